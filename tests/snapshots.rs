//! insta snapshots of the generated Typst source, one per plan in
//! `tests/inputs/` and `examples/` (plans and monitoring reports): a
//! template change shows up as a diff.

mod common;

use yomeru::locale::Locale;
use yomeru::render::{Renderer, Variant};

fn generated(path: &std::path::Path) -> String {
    let plan = yomeru::plan::load(path).unwrap_or_else(|e| panic!("{e}"));
    let renderer =
        Renderer::new(Locale::get(yomeru::label_language(&plan, "ja")).unwrap(), None).unwrap();
    // The official documents: the plan set, or the モニタリング報告書.
    let rendered = renderer.render_variant(Variant::Official, &plan).unwrap();
    // Every snapshot must also compile.
    yomeru::typeset::compile(&rendered.job).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (_, main) = rendered.job.files.iter().find(|(name, _)| name == "main.typ").unwrap();
    String::from_utf8(main.clone()).unwrap()
}

#[test]
fn generated_typst_of_inputs() {
    insta::glob!("inputs/*", |path| {
        insta::assert_snapshot!(generated(path));
    });
}

#[test]
fn generated_typst_of_examples() {
    insta::glob!(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"), "*.yaml", |path| {
        insta::assert_snapshot!(generated(path));
    });
    insta::glob!(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"), "monitoring/*.yaml", |path| {
        insta::assert_snapshot!(generated(path));
    });
}
