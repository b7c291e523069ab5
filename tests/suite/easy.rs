//! The easy-read version as the person reads it: their own words, every
//! need and service, the consent wording, the glossary, pictures with alt
//! text, photos without their metadata.

use crate::common::*;
use yomeru::locale::Locale;
use yomeru::render::{Print, Variant};
use yomeru::session::{Document, Settings};

/// Renders `plan` as the easy version; returns the PDF.
fn easy_pdf(plan: &yomeru::plan::LoadedPlan) -> Vec<u8> {
    variant_pdf(plan, Variant::Easy, Print::default()).0
}

/// A text field's wording in the easy version (the plan's own rule).
fn wording(t: &yomeru::plan::Text) -> String {
    squash(t.printed(Variant::Easy.wording()))
}

/// `s` without the short explanations the easy version adds after a
/// glossary term's first use.
fn without_explanations(s: &str) -> String {
    let mut out = s.to_string();
    for t in yomeru::japanese::glossary::terms() {
        out = out.replace(&squash(&format!("（{}）", t.short)), "");
    }
    out
}

#[test]
fn every_example_shows_words_needs_services_consent_and_glossary() {
    let glossary_heading = squash(&Locale::get("ja-easy").unwrap().text("easy-section-glossary"));
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let pdf = easy_pdf(&plan);
        let text = spoken(&pdf);
        let (body, glossary) = text
            .split_once(&glossary_heading)
            .unwrap_or_else(|| panic!("{}: no glossary page in {text}", path.display()));
        let body_plain = without_explanations(body);
        let p = &plan.plan;
        if let Some(w) = &p.wishes.person {
            // The person's own words, verbatim: no explanation inserted.
            assert!(body.contains(&wording(w)), "{}: wishes.person", path.display());
        }
        for (i, n) in p.needs.iter().enumerate() {
            assert!(body_plain.contains(&wording(&n.need)), "{}: needs[{i}].need", path.display());
            for (j, s) in n.services.iter().enumerate() {
                assert!(
                    body_plain.contains(&squash(&s.kind)),
                    "{}: needs[{i}].services[{j}].kind {}",
                    path.display(),
                    s.kind
                );
            }
        }
        // The consent page comes last, after the words are explained.
        for label in ["easy-consent-ok", "easy-consent-change", "easy-consent-not-yet"] {
            let l = squash(&Locale::get("ja-easy").unwrap().text(label));
            assert!(glossary.contains(&l), "{}: {label}", path.display());
        }
        // Every glossary term used in the document is on the glossary page
        // (inside a name, such as an office's, it is part of the name).
        let mut body = body.to_string();
        let names = p.office.name.iter().chain(
            p.needs.iter().flat_map(|n| n.services.iter().filter_map(|s| s.provider.as_ref())),
        );
        for name in names {
            body = body.replace(&squash(name), "");
        }
        let mut used = 0;
        for t in yomeru::japanese::glossary::terms() {
            let names = std::iter::once(&t.term).chain(&t.aliases);
            if names.into_iter().any(|n| body.contains(&squash(n))) {
                used += 1;
                assert!(
                    glossary.contains(&squash(&t.term)),
                    "{}: {} not explained",
                    path.display(),
                    t.term
                );
                assert!(glossary.contains(&squash(&t.plain)), "{}: {}", path.display(), t.term);
            }
        }
        assert!(used > 0, "{}: no glossary term found", path.display());
    }
}

#[test]
fn pdftotext_shows_the_words_when_printed_without_furigana() {
    // With readings, pdftotext interleaves them with the words (the test
    // above reads the tagged structure instead); without them the page text
    // itself must carry the person's words, the needs and the consent.
    use yomeru::japanese::grade::Furigana;
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let pdf = styled_pdf(&plan, Variant::Easy, Print::default(), Some(Furigana::None), false);
        let text = squash(&pdf_text(&pdf.0));
        let text_plain = without_explanations(&text);
        let p = &plan.plan;
        if let Some(w) = &p.wishes.person {
            assert!(text.contains(&wording(w)), "{}: wishes.person in {text}", path.display());
        }
        for n in &p.needs {
            assert!(text_plain.contains(&wording(&n.need)), "{}: {}", path.display(), n.need.text);
            for s in &n.services {
                assert!(text_plain.contains(&squash(&s.kind)), "{}: {}", path.display(), s.kind);
            }
        }
        assert!(text.contains("このけいかくでいいです"), "{}", path.display());
    }
}

#[test]
fn first_use_of_a_term_is_explained_once() {
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let text = spoken(&easy_pdf(&plan));
    let term = yomeru::japanese::glossary::find("就労継続支援B型").unwrap();
    let explained = squash(&format!("就労継続支援B型（{}）", term.short));
    assert_eq!(text.matches(&explained).count(), 1, "{text}");
    assert!(text.matches("就労継続支援B型").count() > 1);
    // Never inside a longer word: watanabe-takeshi's note on 訪問看護師
    // (printed before his 訪問看護 service) keeps the word whole.
    let plan = load_plan(&root().join("examples/watanabe-takeshi.yaml")).unwrap();
    let text = spoken(&easy_pdf(&plan));
    assert!(text.contains("訪問看護師") && !text.contains("）師"), "{text}");
}

#[test]
fn every_picture_has_alt_text() {
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let figs = pdf_facts(&easy_pdf(&plan)).figure_alts;
        assert!(figs.len() > 20, "{}: {} figures", path.display(), figs.len());
        let missing =
            figs.iter().filter(|a| a.as_deref().is_none_or(|a| a.trim().is_empty())).count();
        assert_eq!(
            missing,
            0,
            "{}: {missing} of {} pictures lack alt text",
            path.display(),
            figs.len()
        );
    }
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let alts: Vec<String> = pdf_facts(&easy_pdf(&plan)).figure_alts.into_iter().flatten().collect();
    assert!(alts.iter().any(|a| a == "しごと"), "the work pictogram says しごと: {alts:?}");
}

#[test]
fn monochrome_uses_the_line_art() {
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let settings = Settings { monochrome: true, ..Settings::default() };
    let rendered =
        yomeru::Session::new(settings).source(Document::One(Variant::Easy), &plan).unwrap();
    let names: Vec<&str> = rendered.job.files.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.iter().any(|n| n.starts_with("pictograms/black/")));
    assert!(!names.iter().any(|n| n.starts_with("pictograms/color/")));
}

#[test]
fn english_and_portuguese_labels_through_fluent_only() {
    let mut plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    // The plan says `language: ja`; the run's document language wins.
    plan.plan.language = Some("ja".into());
    for (lang, title) in [("en", "plan for daily life"), ("pt", "Plano de vida")] {
        let settings = Settings { document_language: Some(lang.into()), ..Settings::default() };
        let (pdf, _) = pdf_of(&plan, Document::One(Variant::Easy), settings);
        let text = pdf_text(&pdf);
        assert!(text.contains(title), "{lang}: {text}");
    }
}

#[test]
fn shipped_easy_labels_pass_the_readability_checker() {
    use yomeru::japanese::check::{Options, check};
    use yomeru::japanese::reading::Lexicon;
    use yomeru::locale::arg;
    let l = Locale::get("ja-easy").unwrap();
    let lexicon = Lexicon::welfare();
    let args = [
        ("called", arg("けんたさん")),
        ("name", arg("佐藤 健太")),
        ("planner", arg("高橋 美咲")),
        // A name, not our wording: kept short and plain here.
        ("office", arg("みどりセンター")),
        ("date", arg("2026年4月1日（水）")),
        ("month", arg("2026年5月")),
        ("months", 3.into()),
        ("n", 1.into()),
        ("amount", arg("週5日")),
        ("provider", arg("ひかり作業所")),
        ("time", arg("午後3時")),
        ("half", arg("午後")),
        ("hour", 3.into()),
        ("minute", 30.into()),
        ("page", arg("1")),
        ("total", arg("10")),
        ("count", 2.into()),
        ("numbers", arg("1、3")),
        ("year", 2026.into()),
        ("day", 1.into()),
        ("weekday", arg("水")),
        ("era", arg("令和")),
        ("era_year", 8.into()),
    ];
    let mut bad = Vec::new();
    // The licence credit is worded as the licensor asks, not for reading.
    for id in l.ids().iter().filter(|id| *id != "easy-credit") {
        let text = l.format(id, &args);
        let report = check(&text, &lexicon, &Options::default(), true);
        for f in report.findings {
            bad.push(format!("{id}: {text}: {:?} {}", f.rule, f.found));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn variant_all_writes_both_documents_and_renders_are_identical() {
    let dir = tempfile::tempdir().unwrap();
    let out = yomeru()
        .args(["render", "--variant", "all", "-o"])
        .arg(dir.path())
        .arg(root().join("examples/kobayashi-yui.yaml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let easy = std::fs::read(dir.path().join("kobayashi-yui.easy.pdf")).unwrap();
    assert!(dir.path().join("kobayashi-yui.official.pdf").is_file());
    // Same input, same bytes.
    let plan = load_plan(&root().join("examples/kobayashi-yui.yaml")).unwrap();
    assert_eq!(easy, easy_pdf(&plan));
    assert_eq!(easy_pdf(&plan), easy_pdf(&plan));
}

#[test]
fn blank_text_fields_render_as_blank() {
    // A field holding only spaces or a newline once reached Typst as the
    // field's whole map (found by the monitoring escaping property test).
    let mut plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let blank = |s: &str| yomeru::plan::Text { text: s.into(), ..Default::default() };
    plan.plan.needs[0].goal = Some(blank(" "));
    plan.plan.wishes.family = Some(blank("\n"));
    plan.plan.needs[1].my_role = Some(blank("　"));
    let pdf = easy_pdf(&plan);
    assert!(pdf.starts_with(b"%PDF"));
}
