//! yomeru（読める）: one service-use plan file in, PDFs the person can read out.
//!
//! The pipeline has one module per stage, each with its own errors located
//! in the plan file:
//!
//! 1. [`plan`]: read YAML/JSON/TOML into the [`plan::Plan`] model and
//!    validate it, with file, line and key path on every error;
//! 2. [`render`]: minijinja templates (`templates/`) produce Typst source,
//!    labels come from Fluent (`locales/`), every value is escaped;
//! 3. [`typeset`]: an in-process Typst world with the shipped fonts turns
//!    the source into pages, then PDF or PNG.
//!
//! The `yomeru` binary is a thin command line over the functions here.

pub mod batch;
pub mod error;
pub mod japanese;
pub mod locale;
mod memo;
pub mod output;
pub mod photo;
pub mod pictograms;
pub mod plan;
pub mod render;
pub mod typeset;

use std::path::Path;

pub use error::{Error, ErrorKind, Location, Result, Warning, WarningKind};

use crate::plan::LoadedPlan;
use crate::render::{Renderer, Variant};
use crate::typeset::Compiled;

/// The official-format document set (計画 + 週間計画表) for one plan.
pub const OFFICIAL_TEMPLATE: &str = "official/main.typ.j2";

/// A typeset document with everything noticed on the way.
pub struct Output {
    /// The laid-out document.
    pub compiled: Compiled,
    /// Located warnings from the plan and from Typst.
    pub warnings: Vec<Warning>,
}

/// Typesets `plan`'s official-format documents with `renderer`.
pub fn render_official(renderer: &Renderer, plan: &LoadedPlan) -> Result<Output> {
    render(renderer, plan, Variant::Official)
}

/// Typesets one variant of `plan` with `renderer`.
pub fn render(renderer: &Renderer, plan: &LoadedPlan, variant: Variant) -> Result<Output> {
    typeset_rendered(renderer.render_variant(variant, plan)?, plan)
}

/// Typesets the pack for a サービス担当者会議: the easy version (rendered
/// with `easy`) followed by the official documents (with `official`), in
/// one PDF, each part starting on a new page (a right-hand one with duplex).
pub fn render_meeting(official: &Renderer, easy: &Renderer, plan: &LoadedPlan) -> Result<Output> {
    typeset_rendered(meeting_source(official, easy, plan)?, plan)
}

/// The generated Typst of the meeting pack (see [`render_meeting`]).
pub fn meeting_source(
    official: &Renderer,
    easy: &Renderer,
    plan: &LoadedPlan,
) -> Result<render::Rendered> {
    let parts = vec![
        easy.render_variant(Variant::Easy, plan)?,
        official.render_variant(Variant::Official, plan)?,
    ];
    let labels = official.locale();
    let title = labels.format(
        "doc-title",
        &[
            ("title", locale::arg(labels.text("title-meeting"))),
            ("name", locale::arg(plan.plan.person.name.clone())),
        ],
    );
    Ok(render::bundle(parts, &title, plan.plan.office.planner.as_deref()))
}

/// Typesets generated Typst, adding Typst's warnings to the render's.
pub fn typeset_rendered(rendered: render::Rendered, plan: &LoadedPlan) -> Result<Output> {
    let compiled = typeset::compile(&rendered.job)?;
    let mut warnings = rendered.warnings;
    warnings.extend(compiled.warnings.iter().map(|m| Warning {
        location: Location { file: Some(plan.path.clone()), ..Location::default() },
        kind: WarningKind::Typeset { message: m.clone() },
    }));
    Ok(Output { compiled, warnings })
}

/// The language of a plan's labels: its `language:` key, else `fallback`.
pub fn label_language<'a>(plan: &'a LoadedPlan, fallback: &'a str) -> &'a str {
    plan.plan.language.as_deref().unwrap_or(fallback)
}

/// The file name stem used for outputs: `plans/hanako.yaml` → `hanako`.
pub fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(|| "plan".into(), |s| s.to_string_lossy().into_owned())
}
