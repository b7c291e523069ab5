//! The official 週間計画表 as a reader at the municipality meets it: the
//! whole day on one page, a night service drawn across midnight into the
//! next morning, every slot named in its own cell at a size that can be
//! read on paper, found by the day headers and the time axis.

use std::collections::BTreeMap;

use crate::common::*;
use yomeru::render::{Print, Variant};

/// The official PDF of `examples/<path>` and the number of its weekly page
/// (the last: the grid and the boxes under it stay on one page).
fn official(path: &str) -> (Vec<u8>, usize) {
    let plan = load_plan(&root().join("examples").join(path)).unwrap();
    variant_pdf(&plan, Variant::Official, Print::default())
}

/// The grid as a reader finds things in it: each day's column, across, from
/// the day headers, and the top of each hour's row, down, from the time
/// axis (`"14:00"`, `"翌2:00"`).
struct Grid {
    days: Vec<(f64, f64)>,
    hours: BTreeMap<String, f64>,
}

const DAYS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日・祝"];

impl Grid {
    fn read(pdf: &[u8], page: usize) -> Grid {
        // The header row is where 日・祝 stands; 月 also stands in dates.
        let header = text_boxes(pdf, page, "日・祝")[0];
        let centre = |label: &str| {
            let b = text_boxes(pdf, page, label)
                .into_iter()
                .find(|b| (b.top - header.top).abs() < 1.0)
                .unwrap_or_else(|| panic!("day header {label}"));
            (b.x0 + b.x1) / 2.0
        };
        let centres: Vec<f64> = DAYS.iter().map(|d| centre(d)).collect();
        // Day columns are equally wide: each reaches halfway to the next.
        let w = (centres[6] - centres[0]) / 6.0;
        let days = centres.iter().map(|c| (c - w / 2.0, c + w / 2.0)).collect::<Vec<_>>();
        let mut hours = BTreeMap::new();
        for (word, b) in words(pdf, page) {
            // The axis is left of Monday, under the header.
            if b.x1 < days[0].0 && b.top > header.bottom && word.ends_with(":00") {
                // A label sits just under its hour's line: its box (a type
                // size tall, from the font's ascent) starts within a point.
                hours.insert(word, b.top - 0.7);
            }
        }
        Grid { days, hours }
    }

    /// The area of `day` (0 = Monday) from hour label `from` to `to`.
    fn cell(&self, day: usize, from: &str, to: &str) -> (f64, f64, f64, f64) {
        let y = |h: &str| *self.hours.get(h).unwrap_or_else(|| panic!("{h} on the time axis"));
        (self.days[day].0, y(from), self.days[day].1, y(to))
    }
}

/// The smallest type a slot's name and time may have on paper.
const FLOOR: f64 = 7.5;

#[test]
fn the_heavy_examples_night_care_is_drawn_whole_across_midnight() {
    let (pdf, page) = official("watanabe-takeshi.yaml");
    let text = page_text(&pdf, page);
    assert!(text.contains("週間計画表"), "{text}");
    // The whole day is on the axis, the small hours included. The night
    // ends at 翌7:00, so the days are drawn from 7:00 (the form's 6:00 would
    // cut it in two).
    let grid = Grid::read(&pdf, page);
    let axis: Vec<&str> = grid.hours.keys().map(String::as_str).collect();
    for h in ["7:00", "翌3:00", "翌4:00", "翌5:00", "翌6:00"] {
        assert!(axis.contains(&h), "{h} on the time axis: {axis:?}");
    }
    assert!(!axis.contains(&"6:00"), "{axis:?}");
    assert!(
        grid.hours["翌6:00"] > grid.hours["翌5:00"] && grid.hours["翌5:00"] > grid.hours["23:00"]
    );
    // 22:00〜翌7:00 every night: one block from 22:00 down to the foot of
    // the day, never a second piece in the next day's column.
    let name = "重度訪問介護（夜間）";
    let bottom = grid.hours["翌6:00"] + (grid.hours["翌6:00"] - grid.hours["翌5:00"]);
    for (day, _) in DAYS.iter().enumerate() {
        let (x0, _, x1, _) = grid.cell(day, "7:00", "8:00");
        let night = (x0, grid.hours["22:00"], x1, bottom);
        let named = |needle: &str, area| {
            text_boxes(&pdf, page, needle).into_iter().any(|b| b.within(area, 1.0))
        };
        assert!(named(name, night), "{}: the night's name from 22:00", DAYS[day]);
        assert!(named("22:00〜翌7:00", night), "{}: the night's time", DAYS[day]);
        assert!(!named(name, grid.cell(day, "7:00", "8:00")), "{}: no morning piece", DAYS[day]);
    }
    assert!(!text.contains("前日22:00"), "{text}");
    // The day's care starts where the night's ends.
    assert!(text.contains("重度訪問介護（日中）07:00〜22:00"), "{text}");
}

#[test]
fn one_hour_slots_are_named_in_their_cells_at_a_readable_size() {
    // (example, day, the hour's label and the next, the slot's name, its time)
    let slots = [
        ("watanabe-takeshi.yaml", 1, "14:00", "15:00", "訪問看護", "14:00〜15:00"),
        ("watanabe-takeshi.yaml", 4, "14:00", "15:00", "訪問看護", "14:00〜15:00"),
        ("sato-kenta.yaml", 2, "17:00", "18:00", "ホームヘルプ（買い物の練習）", "17:00〜18:00"),
        ("kobayashi-yui.yaml", 5, "10:00", "11:00", "家族で公園へ", "10:00〜11:00"),
    ];
    for (example, day, from, to, name, time) in slots {
        let (pdf, page) = official(example);
        let grid = Grid::read(&pdf, page);
        let cell = grid.cell(day, from, to);
        for needle in [name, time] {
            let found = text_boxes(&pdf, page, needle);
            let b = found.iter().find(|b| b.within(cell, 1.0)).unwrap_or_else(|| {
                panic!("{example}: {needle} in {} {from}: {cell:?}, found {found:?}", DAYS[day])
            });
            assert!(b.size >= FLOOR, "{example}: {needle} at {:.2} pt", b.size);
        }
        let text = page_text(&pdf, page);
        assert!(!text.contains("枠に入りきらない"), "{example}: no slot is sent to a footnote");
    }
}

#[test]
fn every_slot_prints_its_time_and_nothing_goes_to_a_footnote() {
    // Everyday print, large print, and large print on A3.
    let large = Print { large: true, ..Print::default() };
    let a3 = Print { paper: yomeru::render::Paper::A3, ..large };
    for (path, print) in all_examples()
        .into_iter()
        .flat_map(|p| [(p.clone(), Print::default()), (p.clone(), large), (p, a3)])
    {
        let plan = load_plan(&path).unwrap();
        if plan.plan.weekly.slots.is_empty() {
            continue;
        }
        let (pdf, pages) = variant_pdf(&plan, Variant::Official, print);
        let page = (1..=pages).rev().find(|&p| page_text(&pdf, p).contains("週間計画表")).unwrap();
        let text = page_text(&pdf, page);
        for (i, slot) in plan.plan.weekly.slots.iter().enumerate() {
            let label = squash(&slot.label.text);
            assert!(text.contains(&label), "{}: weekly.slots[{i}] named", path.display());
            for b in text_boxes(&pdf, page, &label) {
                assert!(b.size >= FLOOR, "{}: {label} at {:.2} pt", path.display(), b.size);
            }
        }
        assert!(!text.contains("枠に入りきらない"), "{} {print:?}", path.display());
    }
}

#[test]
fn the_weekly_page_is_one_page_for_every_example() {
    for path in all_examples() {
        let plan = load_plan(&path).unwrap();
        if plan.plan.weekly.slots.is_empty() && plan.plan.kind == yomeru::plan::Kind::Monitoring {
            continue;
        }
        let (pdf, pages) = variant_pdf(&plan, Variant::Official, Print::default());
        let last = page_text(&pdf, pages);
        let before = page_text(&pdf, pages - 1);
        let what = path.display();
        assert!(last.contains("週間計画表") && !before.contains("週間計画表"), "{what}");
        // The grid, its whole day and the two boxes under it.
        for part in
            ["6:00", "翌5:00", "主な日常生活上の活動", "週単位以外のサービス", "生活の全体像"]
        {
            assert!(last.contains(part), "{what}: {part} on the weekly page");
        }
    }
}

#[test]
fn no_internal_id_is_printed_on_the_official_documents() {
    for path in all_examples() {
        let plan = load_plan(&path).unwrap();
        let (pdf, _) = variant_pdf(&plan, Variant::Official, Print::default());
        let text = squash(&pdf_text(&pdf));
        let ids = plan.plan.needs.iter().map(|n| n.id.clone());
        let rows = plan.plan.monitoring.iter().flat_map(|m| m.rows.iter().map(|r| r.need.clone()));
        for id in ids.chain(rows) {
            assert!(!text.contains(&id), "{}: need id {id:?} printed", path.display());
        }
    }
}
