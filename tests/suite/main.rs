//! yomeru's integration tests, in one binary (each binary would link the
//! fonts and the dictionary again).
//!
//! They check what a person sees: the text read back from the PDFs, pages
//! counted, where glyphs fall, the command line's messages and exit codes,
//! and snapshots of the generated Typst and of error reports.

mod common;
mod pdf;

mod accessibility;
mod batch;
#[cfg(unix)]
mod browser;
mod caseload;
mod check;
mod cli;
mod determinism;
mod easy;
#[cfg(unix)]
mod editor;
mod errors;
mod escaping;
mod examples;
mod features;
mod furigana;
mod fuzz;
mod init;
mod layering;
mod layout;
mod monitoring;
mod photo;
mod pictograms;
mod plain;
mod poppler;
mod print;
mod robust;
mod serve;
mod snapshots;
mod wareki;
mod week;
mod weekly;
