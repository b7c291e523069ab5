//! insta snapshots of the generated Typst source, official and easy, one
//! per plan in `tests/suite/inputs/` and `examples/` (plans and monitoring
//! reports): a template change shows up as a diff.

use crate::common::*;
use yomeru::render::Variant;
use yomeru::session::{Document, Session, Settings};

/// The generated `main.typ` of `variant` for the plan at `path`, checked to
/// compile.
fn generated(path: &std::path::Path, variant: Variant) -> String {
    let plan = load_plan(path).unwrap_or_else(|e| panic!("{e}"));
    let session = Session::new(Settings::default());
    // Every snapshot must also compile.
    session
        .typeset(Document::One(variant), &plan)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    main_typ(&plan, Document::One(variant), Settings::default())
}

/// Whether `path` is not a good plan: an error case (`err_*`, snapshotted
/// by `errors.rs`) or a file one names.
fn is_error_case(path: &std::path::Path) -> bool {
    let plan = path.extension().is_some_and(|e| e == "yaml" || e == "json" || e == "toml");
    !plan || path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("err_"))
}

#[test]
fn generated_typst_of_inputs() {
    insta::glob!("inputs/*", |path| {
        if is_error_case(path) {
            return;
        }
        insta::assert_snapshot!("official", generated(path, Variant::Official));
        insta::assert_snapshot!("easy", generated(path, Variant::Easy));
    });
}

#[test]
fn generated_typst_of_examples() {
    for pattern in ["*.yaml", "monitoring/*.yaml"] {
        insta::glob!(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"), pattern, |path| {
            insta::assert_snapshot!("official", generated(path, Variant::Official));
            insta::assert_snapshot!("easy", generated(path, Variant::Easy));
        });
    }
}
