//! Printing for meetings: A3 and large print reflow (the type really is
//! larger, nothing is lost or cut off), duplex starts each document on a
//! right-hand page, the meeting pack, and page previews.

use crate::common::*;
use yomeru::japanese::grade::Furigana;
use yomeru::render::{Paper, Print, Variant};

const A3: Print = Print { paper: Paper::A3, large: false, duplex: false };
const LARGE: Print = Print { paper: Paper::A4, large: true, duplex: false };
const A3_LARGE: Print = Print { paper: Paper::A3, large: true, duplex: false };

/// The easy version without readings, so the body size is what most
/// glyphs are set in (every reading is half size).
fn easy_plain(plan: &yomeru::plan::LoadedPlan, print: Print) -> (Vec<u8>, usize) {
    styled_pdf(plan, Variant::Easy, print, Some(Furigana::None), false)
}

/// Letters of `a`'s body text that `b` does not have (as a multiset), so
/// however the lines fall, nothing of `a` is lost in `b`. The footer (the
/// pictogram credit and n / N, once per page) is left out.
fn missing_letters(a: &[u8], b: &[u8]) -> String {
    let credit = squash(&yomeru::locale::Locale::get("ja-easy").unwrap().text("easy-credit"));
    let count = |pdf: &[u8]| {
        let mut m = std::collections::BTreeMap::<char, usize>::new();
        for c in squash(&pdf_text(pdf)).replace(&credit, "").chars() {
            if !c.is_ascii_digit() && c != '/' {
                *m.entry(c).or_default() += 1;
            }
        }
        m
    };
    let (a, b) = (count(a), count(b));
    a.iter()
        .flat_map(|(c, n)| {
            std::iter::repeat_n(*c, n.saturating_sub(b.get(c).copied().unwrap_or(0)))
        })
        .collect()
}

#[test]
fn large_print_and_a3_set_the_promised_body_size() {
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let official = |p| body_font_size(&variant_pdf(&plan, Variant::Official, p).0);
    let easy = |p| body_font_size(&easy_plain(&plan, p).0);
    assert_eq!(official(Print::default()), 9.0);
    assert_eq!(easy(Print::default()), 15.0);
    assert!(official(LARGE) >= 14.0, "official large print: {}", official(LARGE));
    assert!(easy(LARGE) >= 18.0, "easy large print: {}", easy(LARGE));
    // A3 is A4 enlarged by √2, laid out again.
    assert!((official(A3) - 9.0 * std::f32::consts::SQRT_2).abs() < 0.05, "{}", official(A3));
    assert!(easy(A3_LARGE) >= 18.0 * 1.41, "{}", easy(A3_LARGE));
}

#[test]
fn a3_and_large_print_lose_nothing_and_keep_text_on_the_page() {
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let name = yomeru::caseload::stem(&path);
        let (a4_easy, _) = easy_plain(&plan, Print::default());
        // Every example at the largest setting; one at each of the others.
        let prints: &[Print] =
            if name == "sato-kenta" { &[A3, LARGE, A3_LARGE] } else { &[A3_LARGE] };
        for &print in prints {
            let what = format!("{name} {print:?}");
            let (official, _) = variant_pdf(&plan, Variant::Official, print);
            let text = squash(&pdf_text(&official));
            for (key, value) in printable_strings(&plan.plan) {
                assert!(text.contains(&squash(&value)), "{what}: {key} = {value:?} missing");
            }
            assert_eq!(words_off_the_page(&official), Vec::<String>::new(), "{what} official");
            // The easy version has every letter the A4 one has, in whatever
            // lines and pages (a calendar continued on a new page repeats
            // its day names, so there may be more).
            let (easy, _) = easy_plain(&plan, print);
            let lost = missing_letters(&a4_easy, &easy);
            assert!(lost.is_empty(), "{what}: easy text lost {lost:?}");
            assert_eq!(words_off_the_page(&easy), Vec::<String>::new(), "{what} easy");
            let size = page_sizes(&easy)[0];
            let a3 = print.paper == Paper::A3;
            let expected = if a3 { (841.89, 1190.55) } else { (595.28, 841.89) };
            assert!(
                (size.0 - expected.0).abs() < 1.0 && (size.1 - expected.1).abs() < 1.0,
                "{what}: {size:?}"
            );
        }
    }
}

#[test]
fn duplex_starts_each_document_on_a_right_hand_page() {
    // kobayashi-yui's plan is one page, so its weekly schedule moves from
    // page 2 to page 3, and page 2 is left blank.
    let plan = load_plan(&root().join("examples/kobayashi-yui.yaml")).unwrap();
    let weekly = "週間計画表";
    let (simplex, n) = variant_pdf(&plan, Variant::Official, Print::default());
    assert_eq!(n, 2);
    assert!(page_text(&simplex, 2).contains(weekly));
    let duplex = Print { duplex: true, ..Print::default() };
    let (pdf, n) = variant_pdf(&plan, Variant::Official, duplex);
    assert_eq!(n, 3);
    assert!(page_text(&pdf, 3).contains(weekly));
    assert!(!page_text(&pdf, 2).contains(weekly), "page 2 is the blank back of page 1");
    // In the meeting pack every part starts on an odd page.
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let (pdf, pages) = meeting_pdf(&plan, duplex);
        let starts: Vec<usize> = (1..=pages)
            .filter(|&p| {
                let t = page_text(&pdf, p);
                t.contains("利用者氏名") || t.contains("児童氏名")
            })
            .collect();
        assert!(!starts.is_empty(), "{}: official pages found", path.display());
        assert!(
            starts.iter().all(|p| p % 2 == 1),
            "{}: official parts start on {starts:?}",
            path.display()
        );
        assert_eq!(pages % 2, 1, "{}: {pages} pages", path.display());
    }
}

#[test]
fn the_meeting_pack_has_the_easy_version_then_the_official_documents() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = root().join("examples/sato-kenta.yaml");
    let out = yomeru()
        .args(["render", "--variant", "meeting", "--paper", "a3", "-o"])
        .arg(dir.path())
        .arg(&plan_path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pdf = std::fs::read(dir.path().join("sato-kenta.meeting.a3.pdf")).unwrap();
    let sizes = page_sizes(&pdf);
    let plan = load_plan(&plan_path).unwrap();
    let (_, easy_pages) = variant_pdf(&plan, Variant::Easy, A3);
    // The easy version first (A3 portrait, its week too), then the plan and
    // the weekly schedule (A3 landscape).
    assert!(page_text(&pdf, 1).contains("けんたさんの"));
    assert!(sizes[0].0 < sizes[0].1 && (sizes[0].1 - 1190.55).abs() < 1.0, "{sizes:?}");
    assert!(sizes[..easy_pages].iter().all(|s| s.0 < s.1), "{sizes:?}");
    assert!(page_text(&pdf, easy_pages + 1).contains("サービス等利用計画"));
    assert!(sizes[easy_pages..].iter().all(|s| s.0 > s.1), "{sizes:?}");
    assert!(page_text(&pdf, sizes.len()).contains("週間計画表"));
}

#[test]
fn no_meaning_rests_on_colour_in_the_layouts() {
    // Everything the layouts draw is black, white or grey: the meaning of a
    // fill (a label cell, a slot, a step of the progress scale) survives a
    // black-and-white copier. Pictograms are in colour but always come with
    // words and alt text, and --monochrome swaps them for line art.
    for file in ["templates/yomeru.typ", "templates/easy.typ"] {
        let src = std::fs::read_to_string(root().join(file)).unwrap();
        let colours = [
            "rgb", "cmyk", "oklab", "oklch", "hsl", "hsv", "red", "blue", "green", "yellow",
            "orange", "purple", "aqua", "maroon", "navy", "teal", "olive", "fuchsia", "lime",
            "eastern",
        ];
        for line in src.lines().filter(|l| !l.trim_start().starts_with("//")) {
            let words = line.split(|c: char| !c.is_ascii_alphanumeric());
            let found: Vec<&str> = words.filter(|w| colours.contains(w)).collect();
            assert!(found.is_empty(), "{file}: {found:?} in {line}");
        }
    }
}

#[test]
fn previews_of_chosen_pages_as_png_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let plan = root().join("examples/sato-kenta.yaml");
    for format in ["png", "svg"] {
        let out = yomeru()
            .args([
                "render",
                "--variant",
                "easy",
                "--format",
                format,
                "--pages",
                "1-2,5",
                "--ppi",
                "50",
                "-o",
            ])
            .arg(dir.path())
            .arg(&plan)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        for n in [1, 2, 5] {
            let bytes =
                std::fs::read(dir.path().join(format!("sato-kenta.easy-{n}.{format}"))).unwrap();
            if format == "png" {
                let img = image::load_from_memory(&bytes).unwrap();
                // A4 portrait at 50 ppi.
                assert_eq!((img.width(), img.height()), (413, 585), "page {n}");
            } else {
                let svg = String::from_utf8(bytes).unwrap();
                assert!(svg.starts_with("<svg") && svg.contains("viewBox"), "page {n}");
            }
        }
        assert!(!dir.path().join(format!("sato-kenta.easy-3.{format}")).exists());
    }
    // A page the document does not have is a clear error; nothing is written.
    let out = yomeru()
        .args(["render", "--format", "png", "--pages", "7", "-o"])
        .arg(dir.path().join("none"))
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("7 ページ目はありません"));
    assert!(!dir.path().join("none").exists());
    let out = yomeru()
        .args(["--lang", "en", "render", "--pages", "1", "-o"])
        .arg(dir.path())
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "a usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--pages is for png or svg"));
    let bad =
        yomeru().args(["render", "--format", "png", "--pages", "3-1"]).arg(&plan).output().unwrap();
    assert_eq!(bad.status.code(), Some(2), "a backwards range is a usage error");
}
