//! yomeru（読める）: one service-use plan file in, PDFs the person can read out.
//!
//! The pipeline has one module per stage; each imports only the stages
//! below it:
//!
//! ```text
//! cli (the yomeru binary)  one module per command
//! editor        `yomeru serve`: the local web editor and its JSON API
//!  └ caseload      plan files in folders: find, read, skip, write all or nothing
//!   └ session      renderers, caches and memory for a process; every render goes here
//!   └ suggest      suggested plain wording for a plan's fields, written into its file
//!    └ readability a plan's words checked as the easy version prints them
//!     └ render     minijinja templates → Typst source; labels from Fluent
//!      ├ plan      model, parsing, validation, located errors (no I/O)
//!      └ japanese  readings, furigana, 分かち書き, readability and plain rewriting of a text
//!       └ photo, pictograms   pictures for the easy version
//!        └ typeset  an in-process Typst world → PDF, PNG, SVG
//!         └ error   located errors
//!          └ locale, memo   Fluent messages, bounded caches
//! ```
//!
//! `tests/suite/layering.rs` checks that every import points down this list.
//!
//! A plan is parsed from bytes, without touching the disk: the files it
//! names (photos, the plan a monitoring report follows) come through a
//! [`plan::Resolver`]. A [`session::Session`] renders it:
//!
//! ```
//! use yomeru::plan::NoFiles;
//! use yomeru::session::{Document, Session, Settings};
//! use yomeru::render::Variant;
//!
//! let text = "format: 1
//! kind: plan
//! person:
//!   name: 山田 花子
//!   name_reading: やまだ はなこ
//! dates:
//!   created: 2026-04-01
//! needs:
//!   - id: work
//!     need:
//!       text: 就労継続支援B型で働き続けたい
//!       plain: さぎょうしょで はたらきつづけたい
//! ";
//! let session = Session::new(Settings {
//!     documents: vec![Document::One(Variant::Official), Document::One(Variant::Easy)],
//!     ..Settings::default()
//! });
//! let plan = session.load(text.as_bytes(), "hanako.yaml".as_ref(), &NoFiles)?;
//! let output = session.render(&plan, "hanako")?;
//! assert_eq!(output.files[0].name, "hanako.official.pdf");
//! assert_eq!(output.files[1].name, "hanako.easy.pdf");
//! assert!(output.files[1].bytes.starts_with(b"%PDF"));
//! # Ok::<(), yomeru::Error>(())
//! ```

pub mod caseload;
pub mod editor;
pub mod error;
pub mod japanese;
pub mod locale;
mod memo;
pub mod photo;
pub mod pictograms;
pub mod plan;
pub mod readability;
pub mod render;
pub mod session;
pub mod suggest;
pub mod typeset;

pub use error::{Error, ErrorKind, Limit, Location, Result, Warning, WarningKind};
pub use session::Session;
