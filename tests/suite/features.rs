//! Behaviour around the edges: missing glyphs, offline Typst, custom
//! templates, English labels.

use crate::common::*;
use yomeru::ErrorKind;
use yomeru::locale::Locale;
use yomeru::plan::Text;
use yomeru::render::Variant;
use yomeru::session::{Document, Output, Session, Settings};
use yomeru::typeset::PdfStandard;

const OFFICIAL: Document = Document::One(Variant::Official);

/// The official documents of `plan` with templates from `templates`.
fn official_with(
    plan: &yomeru::plan::LoadedPlan,
    templates: &std::path::Path,
) -> yomeru::Result<Output> {
    let settings = Settings { templates: Some(templates.to_path_buf()), ..Settings::default() };
    Session::new(settings).typeset(OFFICIAL, plan)
}

fn kenta() -> yomeru::plan::LoadedPlan {
    load_plan(&root().join("examples/sato-kenta.yaml")).unwrap()
}

#[test]
fn rare_kanji_and_emoji_need_no_warning() {
    let plan = load_plan(&root().join("examples/kobayashi-yui.yaml")).unwrap();
    let out = typeset(&plan, OFFICIAL, Settings::default());
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let text = pdf_text(&out.compiled.pdf().unwrap());
    assert!(text.contains("𠮷田"), "𠮷 (U+20BB7) is printed from the fallback font");
    assert!(text.contains('🚃'), "emoji is printed");
}

#[test]
fn a_character_no_font_has_is_a_located_error_whatever_the_pdf_standard() {
    let mut plan = kenta();
    // Tamil is in none of the shipped fonts.
    plan.plan.policy = Some(Text { text: "本人の言葉: ஆம்".into(), ..Text::default() });
    for standard in [PdfStandard::Accessible, PdfStandard::Ua1, PdfStandard::None] {
        let session = Session::new(Settings { standard, ..Settings::default() });
        let Err(e) = session.typeset(OFFICIAL, &plan) else {
            panic!("{standard:?} printed blanks")
        };
        assert!(matches!(e.kind(), ErrorKind::MissingGlyph { chars } if chars.contains(&'ஆ')));
        assert_eq!(e.location().path.as_deref(), Some("policy"));
        for (lang, words) in [("ja", "印刷できません"), ("en", "cannot be printed")] {
            let report = e.report(&Locale::get(lang).unwrap());
            assert!(report.contains("policy") && report.contains("U+0B86"), "{report}");
            assert!(report.contains(words), "{report}");
            assert!(report.contains("sato-kenta.yaml:"), "file and line: {report}");
        }
    }
}

fn custom_templates(main: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("official")).unwrap();
    std::fs::write(dir.path().join("official/plan.typ.j2"), main).unwrap();
    dir
}

#[test]
fn package_imports_fail_with_a_clear_message() {
    let dir =
        custom_templates("#import \"@preview/cetz:0.3.0\": canvas\n= {{ plan.person.name }}\n");
    let err = match official_with(&kenta(), dir.path()) {
        Err(e) => e,
        Ok(_) => panic!("a package import must fail"),
    };
    let msg = err.to_string();
    assert!(matches!(err.kind(), ErrorKind::Typeset { .. }), "{msg}");
    assert!(msg.contains("offline") && msg.contains("@preview/cetz"), "{msg}");
}

#[test]
fn an_office_can_override_one_template() {
    // The office's main template reuses the built-in plan part and the layout library.
    let dir = custom_templates(
        "#import \"/yomeru.typ\": *\n#show: setup.with(title: {{ plan.person.name }}, name: {{ plan.person.name }})\n#text(\"みどり事業所版\")\n{% set title = t(\"title-plan\") %}\n{% include \"parts/plan-form.typ.j2\" %}\n",
    );
    let out = official_with(&kenta(), dir.path()).unwrap();
    let text = squash(&pdf_text(&out.compiled.pdf().unwrap()));
    assert!(text.contains("みどり事業所版"));
    assert!(!text.contains("週間計画表"), "the office's version has no weekly page");
    assert!(text.contains("解決すべき課題"));
}

#[test]
fn a_template_under_its_old_name_is_refused_with_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("official")).unwrap();
    std::fs::write(dir.path().join("official/main.typ.j2"), "= {{ plan.person.name }}\n").unwrap();
    let out = yomeru()
        .args(["render", "--templates"])
        .arg(dir.path())
        .arg(root().join("examples/sato-kenta.yaml"))
        .arg("-o")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "a usage error: {err}");
    assert!(err.contains("official/main.typ.j2") && err.contains("official/plan.typ.j2"), "{err}");
    assert!(!dir.path().join("out").exists(), "nothing is written");
}

#[test]
fn template_errors_name_the_template() {
    let dir = custom_templates("{{ plan.no_such_key }}\n");
    let err = official_with(&kenta(), dir.path()).err().expect("strict undefined");
    assert!(matches!(err.kind(), ErrorKind::Template { .. }));
    assert_eq!(err.location().line, Some(1));
    assert!(err.to_string().contains("official/plan.typ.j2"), "{err}");
}

#[test]
fn english_labels() {
    // The plan says `language: ja`; the run's document language wins.
    let plan = kenta();
    let settings = Settings { document_language: Some("en".into()), ..Settings::default() };
    let text = pdf_text(&pdf_of(&plan, OFFICIAL, settings).0);
    assert!(text.contains("Service-use plan") && text.contains("Weekly schedule"), "{text}");
    assert!(text.contains("佐藤 健太") || squash(&text).contains("佐藤健太"));
}

#[test]
fn furigana_typst_output_compiles_with_the_ruby_function() {
    use yomeru::japanese::grade::Furigana;
    use yomeru::session::Markup;
    let body = Session::new(Settings::default()).readings(
        "本人は週３回、生活介護事業所に通所している。",
        Markup::Typst,
        Furigana::All,
        false,
    );
    let lib = std::fs::read(root().join("templates/yomeru.typ")).unwrap();
    let main = format!(
        "#import \"/yomeru.typ\": *\n#set text(font: fonts, lang: \"ja\", region: \"JP\", size: 20pt, top-edge: 1.45em)\n#set page(width: 160mm, height: auto, margin: 10mm)\n{body}\n"
    );
    let job = yomeru::typeset::Job {
        files: vec![
            ("yomeru.typ".into(), lib),
            ("print.typ".into(), yomeru::render::Print::default().typst_module().into_bytes()),
            ("main.typ".into(), main.into_bytes()),
        ],
        main: "main.typ".into(),
        date: (2026, 4, 1),
    };
    let compiled = yomeru::typeset::compile(&job).unwrap_or_else(|e| panic!("{e}"));
    // A fragment without a title: no PDF/UA claim.
    let pdf = compiled.pdf_with(yomeru::typeset::PdfStandard::None).unwrap();
    let text = squash(&pdf_text(&pdf));
    // The page text ignores tags, so each reading (an artifact for screen
    // readers) comes out beside its base here.
    assert!(text.contains("生活介護事業所せいかつかいごじぎょうしょ"), "{text}");
    if let Ok(dir) = std::env::var("YOMERU_PREVIEW_DIR") {
        std::fs::write(
            format!("{dir}/ruby.png"),
            &compiled.png(&yomeru::typeset::Pages(vec![1]), 144.0).unwrap()[0].1,
        )
        .unwrap();
    }
}
