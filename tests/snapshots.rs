//! insta snapshots of the generated Typst source, one per plan in
//! `tests/inputs/` and `examples/`: a template change shows up as a diff.

mod common;

use yomeru::locale::Locale;
use yomeru::render::Renderer;

fn generated(path: &std::path::Path) -> String {
    let plan = yomeru::plan::load(path).unwrap_or_else(|e| panic!("{e}"));
    let renderer =
        Renderer::new(Locale::get(yomeru::label_language(&plan, "ja")).unwrap(), None).unwrap();
    let rendered = renderer.render(yomeru::OFFICIAL_TEMPLATE, &plan).unwrap();
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
}
