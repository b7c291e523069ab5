//! The easy version's week as days, as a reader meets it: portrait pages
//! (one per kind of day), the parts of the day named with their readings,
//! the slots down the page in the order of their times, support through
//! the night drawn past midnight into the next morning, days with nothing
//! planned named, the same words in black and white, in large print and
//! on A3. Positions are read from the PDF's glyphs, y from the page's top.

use crate::common::*;
use yomeru::plan::{LoadedPlan, Text};
use yomeru::render::{Paper, Print, Variant};
use yomeru::session::{Document, Settings};

/// The week's title on every page of the week.
const WEEK: &str = "1しゅうかんのよてい";

/// The plan at `name` (from the repository root), its easy version as
/// printed by default, and that version's week pages.
fn example(name: &str) -> (LoadedPlan, Vec<u8>, Vec<usize>) {
    let plan = load_plan(&root().join(name)).unwrap();
    let (pdf, pages) = easy(&plan, Settings::default());
    let week = week_pages(&pdf, pages);
    (plan, pdf, week)
}

/// The easy version with `settings`' print options, and its page count.
fn easy(plan: &LoadedPlan, settings: Settings) -> (Vec<u8>, usize) {
    pdf_of(plan, Document::One(Variant::Easy), settings)
}

/// The pages (from 1) of the week.
fn week_pages(pdf: &[u8], pages: usize) -> Vec<usize> {
    (1..=pages).filter(|&p| page_text(pdf, p).contains(WEEK)).collect()
}

/// What the easy version prints for a text field: its plain wording.
fn printed(t: &Text) -> String {
    squash(t.plain.as_deref().unwrap_or(&t.text))
}

/// The top (y from the page's top) of each place `word` is drawn on page `p`.
fn tops(pdf: &[u8], p: usize, word: &str) -> Vec<f64> {
    find_on_page(pdf, p, word).iter().map(|b| b[1]).collect()
}

#[test]
fn the_heavy_week_is_portrait_days_with_the_night_care_drawn_into_the_morning() {
    let (plan, pdf, week) = example("examples/watanabe-takeshi.yaml");
    let pages = page_sizes(&pdf).len();
    // Seven days, five kinds: 月・水 (bath), 火 (nurse), 木 (computer
    // class), 金 (bath and nurse), 土・日 (care only).
    assert_eq!(week.len(), 5, "{week:?}");
    // Eleven needs, each a block on its page, five week pages: a booklet,
    // but not one that grows without bound.
    assert!(pages <= 27, "the whole easy version: {pages} pages");
    let sizes = page_sizes(&pdf);
    let slots = &plan.plan.weekly.slots;
    let night = printed(&slots[1].label);
    assert_eq!(slots[1].to.0, "31:00", "the example's care goes on to 7:00");
    for &p in &week {
        let (w, h) = sizes[p - 1];
        assert!(w < h, "page {p} is portrait: {w} × {h}");
        let text = page_text(&pdf, p);
        for band in ["朝あさ", "昼ひる", "夕方ゆうがた", "夜よる"] {
            assert!(text.contains(band), "page {p}: {band} in {text}");
        }
        // The night care starts in the night band, before midnight, and is
        // said again after midnight, in the next morning, until when.
        let night_band = tops(&pdf, p, "夜")[0];
        let midnight = tops(&pdf, p, "ここからつぎの日")[0];
        let mornings = tops(&pdf, p, "朝");
        let at = tops(&pdf, p, &night);
        assert_eq!(at.len(), 2, "page {p}: {night} twice: {at:?}");
        assert!(night_band < at[0] && at[0] < midnight, "page {p}: {night_band} {at:?} {midnight}");
        assert!(midnight < at[1], "page {p}: continued past midnight: {at:?} {midnight}");
        assert!(
            mornings.len() == 2 && mornings[0] < night_band && midnight < mornings[1],
            "page {p}: the morning, and the next morning below midnight: {mornings:?}"
        );
        assert!(text.contains("午後ごご10時じからつぎの日ひの午前ごぜん7時じまで"), "{text}");
        // The morning's card says it is the night going on, not a visit.
        assert!(text.contains(&format!("{night}夜よるからのつづき午前ごぜん7時じまで")), "{text}");
        // The slots of the day stand down the page in the order they start.
        let mut shown: Vec<(u32, f64)> = slots
            .iter()
            .filter_map(|s| {
                let y = *tops(&pdf, p, &printed(&s.label)).first()?;
                Some((s.from.minutes().unwrap(), y))
            })
            .collect();
        shown.sort_by_key(|(m, _)| *m);
        assert!(shown.len() >= 2, "page {p}: {shown:?}");
        assert!(shown.windows(2).all(|w| w[0].1 < w[1].1), "page {p}: {shown:?}");
    }
}

#[test]
fn a_plan_without_weekly_slots_has_no_week() {
    let (_, pdf, week) = example("tests/suite/inputs/minimal.yaml");
    assert!(week.is_empty());
    let text = squash(&pdf_text(&pdf));
    assert!(!text.contains("よていはありません") && !text.contains("ここからつぎの日"), "{text}");
    assert!(page_sizes(&pdf).iter().all(|(w, h)| w < h));
}

#[test]
fn days_alike_share_a_page_and_free_days_are_named() {
    // 月火木金 work, 水 work and the helper, 土 outing, 日 family.
    let (_, pdf, week) = example("examples/sato-kenta.yaml");
    assert_eq!(week.len(), 4);
    // Nothing goes past midnight: the day ends at night, with no next day.
    let text = squash(&pdf_text(&pdf));
    assert!(!text.contains("ここからつぎの日"));
    // Sunday has nothing planned for the child: said, with the days.
    let (_, pdf, week) = example("examples/kobayashi-yui.yaml");
    let last = *week.last().unwrap();
    assert!(page_text(&pdf, last).contains("よていはありません"), "{}", page_text(&pdf, last));
}

#[test]
fn small_hours_overlaps_and_the_sunday_night_are_placed_in_their_night() {
    // 月・火 care 21:00–翌6:00, 月 a nurse 23:00–翌1:00 beside it,
    // 日・祝 a watch 1:00–3:00 (the small hours after Sunday, as on the
    // official form).
    let (_, pdf, week) = example("tests/suite/inputs/night.toml");
    assert_eq!(week.len(), 4, "月, 火, 日 and the free days");
    let monday = page_text(&pdf, week[0]);
    assert!(monday.contains("訪問看護"), "{monday}");
    let sunday = page_text(&pdf, week[2]);
    assert!(sunday.contains("見守みまもり") || sunday.contains("見守り"), "{sunday}");
    assert!(sunday.contains("つぎの日ひの午前ごぜん1時じから"), "{sunday}");
    let midnight = tops(&pdf, week[2], "ここからつぎの日")[0];
    assert!(tops(&pdf, week[2], "見守")[0] > midnight, "after midnight");
    assert!(page_text(&pdf, week[3]).contains("よていはありません"));
}

#[test]
fn the_week_reads_the_same_in_black_and_white_large_print_and_on_a3() {
    let (plan, colour, week) = example("examples/watanabe-takeshi.yaml");
    let pages = page_sizes(&colour).len();
    let words: Vec<String> = week.iter().map(|&p| page_text(&colour, p)).collect();
    // Black and white: the same pages and words (the parts of the day are
    // told apart by their names, pictures and shades, never by colour).
    let (mono, mono_pages) = easy(&plan, Settings { monochrome: true, ..Settings::default() });
    assert_eq!(mono_pages, pages);
    let mono_words: Vec<String> = week.iter().map(|&p| page_text(&mono, p)).collect();
    assert_eq!(mono_words, words);
    let a3 = Print { paper: Paper::A3, ..Print::default() };
    let large = Print { large: true, ..Print::default() };
    for print in [a3, large, Print { large: true, ..a3 }] {
        let what = format!("{print:?}");
        let (pdf, pages) = easy(&plan, Settings { print, ..Settings::default() });
        assert_eq!(words_off_the_page(&pdf), Vec::<String>::new(), "{what}");
        let shown = week_pages(&pdf, pages);
        assert_eq!(shown.len(), week.len(), "{what}: one page per kind of day");
        let sizes = page_sizes(&pdf);
        for &p in &shown {
            let (w, h) = sizes[p - 1];
            assert!(w < h, "{what}: page {p} portrait");
            let text = page_text(&pdf, p);
            assert!(text.contains("ここからつぎの日") && text.contains("夜よる"), "{what}: {text}");
        }
    }
}

#[test]
fn a_day_too_busy_for_its_timeline_lists_every_slot_on_the_page() {
    // Twelve slots on one Monday morning, each overlapping the next: too
    // many lanes for the bars, so the day is a list, and nothing is lost.
    let slots: String = (0..12)
        .map(|i| {
            format!(
                "    - days: [mon]\n      from: \"{:02}:00\"\n      to: \"{:02}:30\"\n      label: 予定{i}番\n",
                8 + i / 2,
                9 + i / 2
            )
        })
        .collect();
    let text = std::fs::read_to_string(root().join("tests/suite/inputs/minimal.yaml")).unwrap()
        + "weekly:\n  slots:\n"
        + &slots;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("busy.yaml");
    std::fs::write(&file, text).unwrap();
    let plan = load_plan(&file).unwrap();
    let (pdf, _) = easy(&plan, Settings::default());
    assert_eq!(words_off_the_page(&pdf), Vec::<String>::new());
    let all = squash(&pdf_text(&pdf));
    for i in 0..12 {
        assert!(all.contains(&format!("予定よてい{i}番ばん")), "slot {i}: {all}");
    }
}
