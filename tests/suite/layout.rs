//! The easy version's pages as a reader meets them: a need is one block on
//! one page, no heading ends a page, pictures in need blocks are large, a
//! word never breaks across lines, readings open no false gaps, times are
//! written one way, wishes are called wishes, and the consent page is a
//! real choice. Read back from the PDFs: glyph and picture positions.

use crate::common::*;
use crate::pdf::{Seen, glyphs, pictures};
use yomeru::locale::Locale;
use yomeru::render::{Print, Variant};

/// Points in a millimetre.
const MM: f64 = 72.0 / 25.4;

fn easy_pdf(path: &std::path::Path) -> Vec<u8> {
    let plan = load_plan(path).unwrap_or_else(|e| panic!("{e}"));
    variant_pdf(&plan, Variant::Easy, Print::default()).0
}

/// A page's words (readings and page furniture left out), without spaces,
/// with the glyph each character came from.
fn words(page: &[Seen]) -> (String, Vec<&Seen>) {
    let mut text = String::new();
    let mut from = Vec::new();
    for g in page.iter().filter(|g| !g.artifact) {
        for c in g.text.chars().filter(|c| !c.is_whitespace()) {
            text.push(c);
            from.push(g);
        }
    }
    (text, from)
}

/// The top (PDF points from the page's foot) of the last place `label`
/// is written on `page`.
fn label_top(page: &[Seen], label: &str) -> f64 {
    let (text, from) = words(page);
    let at = *finds(&text, label).last().unwrap_or_else(|| panic!("{label} not on the page"));
    from[at].bbox[3]
}

/// The height of page `p` (points).
fn page_height(pdf: &[u8], p: usize) -> f64 {
    f64::from(crate::common::page_sizes(pdf)[p].1)
}

/// Where `needle` starts in `hay`, counted in characters, for each match
/// not preceded by a digit (「1つめ」 is not in 「11つめ」).
fn finds(hay: &str, needle: &str) -> Vec<usize> {
    let chars: Vec<char> = hay.chars().collect();
    hay.match_indices(needle)
        .map(|(b, _)| hay[..b].chars().count())
        .filter(|&i| i == 0 || !chars[i - 1].is_ascii_digit())
        .collect()
}

/// For each need of an easy version: the page its block starts on and the
/// vertical span (y top, y bottom) from its number to its last row. The
/// block is the last place its number appears (the overview lists it
/// first); its last row is the first label, after it, of the row the plan
/// gives it last (its notes, what the person does, or its last service).
fn need_blocks(pdf: &[u8], plan: &yomeru::plan::Plan) -> Vec<(usize, Option<(f64, f64)>)> {
    let pages = glyphs(pdf);
    let easy = Locale::get("ja-easy").unwrap();
    let needs = plan.needs.len();
    plan.needs
        .iter()
        .enumerate()
        .map(|(i, need)| {
            let n = i + 1;
            let label = squash(&easy.format(
                "easy-need-number",
                &[("n", (n as i64).into()), ("total", (needs as i64).into())],
            ));
            let last = last_row_label(&easy, need);
            let (p, at) = pages
                .iter()
                .enumerate()
                .flat_map(|(p, g)| finds(&words(g).0, &label).into_iter().map(move |i| (p, i)))
                .next_back()
                .unwrap_or_else(|| panic!("need {n} not found"));
            let (text, from) = words(&pages[p]);
            let after: String = text.chars().skip(at).collect();
            let span = after.find(&last).map(|b| {
                let end = at + after[..b].chars().count();
                (from[at].bbox[3], from[end].bbox[1])
            });
            (p, span)
        })
        .collect()
}

/// The label of the row a need's block ends with, as read from the page
/// (readings are artifacts, left out).
fn last_row_label(easy: &Locale, need: &yomeru::plan::Need) -> String {
    let id = if need.notes.is_some() {
        "easy-notes"
    } else if need.my_role.is_some() {
        "easy-my-role"
    } else {
        match need.services.last() {
            Some(s) if s.unmet.is_some() => "easy-services-wanted",
            Some(s) if !s.formal => "easy-informal-help",
            Some(_) => "easy-services",
            None => "easy-review-at",
        }
    };
    let text = squash(&easy.text(id));
    text.split('：').next().unwrap().to_string()
}

#[test]
fn a_need_block_stays_on_one_page_and_no_heading_ends_a_page() {
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let pdf = easy_pdf(&path);
        let pages = glyphs(&pdf);
        let easy = Locale::get("ja-easy").unwrap();
        let needs = plan.plan.needs.len();
        for (n, (page, span)) in need_blocks(&pdf, &plan.plan).iter().enumerate() {
            if span.is_some() {
                continue;
            }
            // A block taller than a page (kobayashi-yui's first need, with
            // its notes) begins on a page of its own when less than half a
            // page is left, and goes on, with its need said again, on the
            // next: never begun at a page's foot.
            let label = squash(&easy.format(
                "easy-need-number",
                &[("n", (n as i64 + 1).into()), ("total", (needs as i64).into())],
            ));
            let top = label_top(&pages[*page], &label);
            assert!(
                top > page_height(&pdf, *page) / 2.0,
                "{}: need {} starts low on page {} ({top:.0} pt) and ends on another",
                path.display(),
                n + 1,
                page + 1
            );
            let next: String = pages[page + 1].iter().flat_map(|g| g.text.chars()).collect();
            assert!(
                squash(&next).contains(&label),
                "{}: need {} goes on to page {} without its number",
                path.display(),
                n + 1,
                page + 2
            );
        }
        // The lowest line of words on a page is never a heading's.
        let headings: Vec<String> = struct_tree(&pdf)
            .into_iter()
            .filter(|(tag, _)| tag.starts_with('H'))
            .map(|(_, text)| squash(&text))
            .collect();
        for (p, page) in glyphs(&pdf).iter().enumerate() {
            let body: Vec<&Seen> = page.iter().filter(|g| !g.artifact).collect();
            let Some(low) = body.iter().map(|g| g.bbox[1]).reduce(f64::min) else { continue };
            let last: String = body
                .iter()
                .filter(|g| (g.bbox[1] - low).abs() < 2.0)
                .flat_map(|g| g.text.chars())
                .filter(|c| !c.is_whitespace())
                .collect();
            assert!(
                !headings.iter().any(|h| h.ends_with(&last)),
                "{}: page {} ends with the heading line {last}",
                path.display(),
                p + 1
            );
        }
    }
}

#[test]
fn pictures_in_need_blocks_are_at_least_25_mm() {
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let pdf = easy_pdf(&path);
        let placed = pictures(&pdf);
        let pages = glyphs(&pdf);
        let easy = Locale::get("ja-easy").unwrap();
        let needs = plan.plan.needs.len();
        for (n, (page, span)) in need_blocks(&pdf, &plan.plan).iter().enumerate() {
            // A block over two pages is measured on its first, from its
            // number down.
            let (top, bottom) = span.unwrap_or_else(|| {
                let label = squash(&easy.format(
                    "easy-need-number",
                    &[("n", (n as i64 + 1).into()), ("total", (needs as i64).into())],
                ));
                (label_top(&pages[*page], &label), 30.0 * MM)
            });
            let inside: Vec<&[f64; 4]> = placed[*page]
                .iter()
                .filter(|b| (b[1] + b[3]) / 2.0 < top && (b[1] + b[3]) / 2.0 > bottom - 30.0 * MM)
                .collect();
            assert!(inside.len() >= 2, "{}: need {}: pictures {inside:?}", path.display(), n + 1);
            for b in inside {
                let (w, h) = (b[2] - b[0], b[3] - b[1]);
                assert!(
                    w.max(h) >= 25.0 * MM - 0.5,
                    "{}: need {}: a picture {:.1} × {:.1} mm",
                    path.display(),
                    n + 1,
                    w / MM,
                    h / MM
                );
            }
        }
    }
}

/// A plan whose easy version has long words in every place a word could
/// break: a need, a service kind in a narrow row, a reading wider than its
/// kanji at a phrase start.
const WORDS: &str = r#"
format: 1
kind: plan
person:
  name: 試験 花子
  name_reading: しけん はなこ
  called: はなこさん
dates:
  created: 2026-04-01
office:
  name: さくら相談支援センター
  planner: 山田 一郎
  planner_reading: やまだ いちろう
  phone: 03-0000-2222
wishes:
  person:
    text: 作業所で袋詰めをしながら、ずっとこの町で暮らしたい。
    voice: true
strengths:
  - 電車の時刻表にくわしい
  - 日程調整と振り返り
needs:
  - id: work
    need: 就労継続支援B型の作業所で袋詰めの仕事を続けながら、一人暮らしを始めたいと思っています。
    goal: 袋詰めの仕事を続ける。
    services:
      - kind: 就労継続支援B型
        detail: 袋詰め
        amount: 週5日
weekly:
  daily_life:
    - 6:30 起きる
    - 12:00 ひるごはん
    - 22:30 ねる
"#;

fn words_plan() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("yomeru-layout-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("words.yaml");
    std::fs::write(&path, WORDS).unwrap();
    path
}

#[test]
fn no_word_breaks_across_lines_and_readings_open_no_gaps() {
    let pdf = easy_pdf(&words_plan());
    let pages = glyphs(&pdf);
    let mut seen = 0;
    for page in &pages {
        let (text, from) = words(page);
        for word in ["就労継続支援B型", "作業所", "袋詰め", "暮らしたい", "続けながら"]
        {
            for at in finds(&text, word) {
                seen += 1;
                let gs = &from[at..at + word.chars().count()];
                let base = gs[0].bbox[1];
                assert!(
                    gs.iter().all(|g| (g.bbox[1] - base).abs() < 0.5),
                    "{word} is broken across lines"
                );
                // Each glyph starts where the one before it ends: no gap
                // opened by a wide reading (袋 ふくろ before 詰め).
                for pair in gs.windows(2) {
                    let gap = pair[1].bbox[0] - pair[0].bbox[2];
                    assert!(
                        gap.abs() < 0.05 * pair[0].size + 0.3,
                        "{word}: a gap of {gap:.2} pt after {}",
                        pair[0].text
                    );
                }
            }
        }
    }
    assert!(seen >= 8, "the words were found {seen} times");
}

#[test]
fn times_are_written_one_way_and_wishes_are_called_wishes() {
    let path = words_plan();
    let pdf = easy_pdf(&path);
    let text = spoken(&pdf);
    // The plan's own 6:30 and 22:30 are written as the calendar writes
    // times; noon is named.
    for t in ["午前6時30分", "ひるの12時", "午後10時30分"] {
        assert!(text.contains(t), "{t} missing");
    }
    for t in ["6:30", "12:00", "22:30"] {
        assert!(!text.contains(t), "{t} printed as written");
    }
    // The need is a wish (〜たい): its section says so.
    let ja = Locale::get("ja-easy").unwrap();
    let wishes = squash(&yomeru::locale::Locale::format(
        &ja,
        "easy-section-needs-wishes",
        &[("called", yomeru::locale::arg("はなこさん".to_string()))],
    ));
    assert!(text.contains(&wishes), "no {wishes} in {text}");
    assert!(!text.contains(&squash(&ja.text("easy-section-needs"))));
    // check suggests the same words the easy version prints.
    let out = yomeru().args(["check", path.to_str().unwrap()]).output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("午前6時30分") && report.contains("ひるの12時"), "{report}");
}

#[test]
fn the_consent_page_is_a_real_choice() {
    let pdf = easy_pdf(&words_plan());
    let ja = Locale::get("ja-easy").unwrap();
    let pages = glyphs(&pdf);
    let title = squash(&ja.text("easy-section-consent"));
    let p = pages.iter().position(|g| words(g).0.contains(&title)).expect("a consent page");
    let (text, _) = words(&pages[p]);
    for key in ["easy-consent-ok", "easy-consent-change", "easy-consent-not-yet"] {
        assert!(text.contains(&squash(&ja.text(key))), "{key} missing on the consent page");
    }
    // Whom to ask, named with さん, and the number to call.
    assert!(text.contains("山田一郎さんに"), "{text}");
    assert!(text.contains("03-0000-2222"), "{text}");
    assert!(text.contains("はなこさんの名前か、はなこさんのしるし"), "{text}");
    // Everything of the choice is on this one page, the last: the words
    // are explained before the person is asked to agree.
    assert_eq!(p + 1, pages.len(), "the consent page is the last");
    let glossary = squash(&ja.text("easy-section-glossary"));
    assert!(pages[..p].iter().any(|g| words(g).0.contains(&glossary)));
    // In large print too, on A4 and A3, the choice is one page.
    let plan = load_plan(&words_plan()).unwrap();
    let large = Print { large: true, ..Print::default() };
    let a3 = Print { paper: yomeru::render::Paper::A3, ..large };
    for print in [large, a3] {
        let pages = glyphs(&variant_pdf(&plan, Variant::Easy, print).0);
        let last = words(pages.last().unwrap()).0;
        assert!(last.contains(&title) && last.contains("03-0000-2222"), "{print:?}: {last}");
    }
}

#[test]
fn one_picture_keeps_one_meaning_in_a_document() {
    let ja = Locale::get("ja-easy").unwrap();
    let alt = |id: &str| {
        let c = yomeru::pictograms::resolve(id).unwrap();
        let m = format!("picto-{id}");
        if ja.has(&m) { ja.text(&m) } else { yomeru::pictograms::alt_text(c, "ja-easy").into() }
    };
    let (star, myself) = (alt("star"), alt("strength"));
    assert_ne!(star, myself);
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let alts = pdf_facts(&easy_pdf(&path)).figure_alts;
        let count = |a: &str| alts.iter().filter(|x| x.as_deref() == Some(a)).count();
        // The star marks the strengths and nothing else: words never pick it.
        let strengths = usize::from(!plan.plan.strengths.is_empty());
        assert_eq!(count(&star), strengths, "{}: {alts:?}", path.display());
        // がんばる marks what the person does themselves.
        let roles = plan.plan.needs.iter().filter(|n| n.my_role.is_some()).count();
        assert_eq!(count(&myself), roles, "{}: {alts:?}", path.display());
    }
}
