//! Accessible PDF by default: every document of every example declares
//! PDF/UA-1 (with PDF/A-2a), is tagged, has a language and a title, real
//! headings, tables with header cells, lists, and alt text on every
//! picture. All read back from the PDF bytes with lopdf.

use crate::common::*;
use yomeru::render::{Print, Variant};

/// The checks every yomeru PDF must pass; `what` names it in failures.
pub(crate) fn assert_accessible(pdf: &[u8], what: &str, title_has: &str, tables: bool) {
    let f = pdf_facts(pdf);
    assert_eq!(f.ua_part.as_deref(), Some("1"), "{what}: PDF/UA-1 declared");
    assert_eq!(f.pdfa, Some(("2".into(), "A".into())), "{what}: PDF/A-2a declared");
    assert!(f.tagged, "{what}: tagged");
    // The plan's text is Japanese whatever the label language.
    assert_eq!(f.lang.as_deref(), Some("ja-JP"), "{what}: /Lang");
    let title = f.title.clone().unwrap_or_default();
    assert!(title.contains(title_has), "{what}: title {title:?} names {title_has}");
    assert!(f.display_title, "{what}: viewers show the title, not the file name");
    assert!(f.count("H1") >= 1, "{what}: real headings: {:?}", f.tags);
    if tables {
        assert!(f.count("Table") >= 1 && f.count("TH") >= 1, "{what}: tables with header cells");
    }
    let missing = f.figure_alts.iter().filter(|a| a.as_deref().is_none_or(|a| a.trim().is_empty()));
    assert_eq!(missing.count(), 0, "{what}: every picture has alt text");
}

#[test]
fn every_document_of_every_example_is_accessible() {
    for path in all_examples() {
        let plan = load_plan(&path).unwrap();
        let name = &plan.plan.person.name;
        for variant in [Variant::Official, Variant::Easy] {
            let (pdf, _) = variant_pdf(&plan, variant, Print::default());
            let what = format!("{} {}", path.display(), variant.name());
            // The easy version has no tables: its week is a page per kind
            // of day, a heading naming the days, then the day in order.
            let tables = variant == Variant::Official;
            assert_accessible(&pdf, &what, name, tables);
            let f = pdf_facts(&pdf);
            if variant == Variant::Easy {
                assert!(f.figure_alts.len() > 10, "{what}: pictograms are figures");
            } else {
                // The form's label column names its row for a screen reader.
                assert!(
                    f.th_scopes.get("Row").copied().unwrap_or(0) >= 8,
                    "{what}: {:?}",
                    f.th_scopes
                );
                if !plan.plan.strengths.is_empty() {
                    assert!(
                        f.count("L") >= 1 && f.count("LI") >= 2,
                        "{what}: strengths are a list"
                    );
                }
            }
        }
    }
}

#[test]
fn the_weekly_schedule_is_a_table_with_day_and_time_headers() {
    let plan = load_plan(&root().join("examples/watanabe-takeshi.yaml")).unwrap();
    let (pdf, _) = variant_pdf(&plan, Variant::Official, Print::default());
    let f = pdf_facts(&pdf);
    // Needs table, weekly grid and the boxes under it are tables; the
    // weekly grid alone has 7 day headers, a time header, the daily-life
    // header and a row header per hour of the whole day (6:00 … 翌5:00).
    assert!(f.count("Table") >= 3, "{:?}", f.tags);
    assert!(f.th_scopes.get("Column").copied().unwrap_or(0) >= 9 + 9, "{:?}", f.th_scopes);
    let spoken = spoken(&pdf);
    for label in
        ["月", "日・祝", "主な日常生活上の活動", "時刻", "翌0:00", "翌5:00", "重度訪問介護（夜間）"]
    {
        assert!(spoken.contains(label), "{label} is read out: {spoken}");
    }
}

#[test]
fn each_page_of_the_easy_week_is_headed_by_its_days_alone() {
    let plan = load_plan(&root().join("examples/watanabe-takeshi.yaml")).unwrap();
    let (pdf, _) = variant_pdf(&plan, Variant::Easy, Print::default());
    // The week's seven days are drawn on every page, the page's own in
    // white on black; a screen reader hears only the page's own.
    let days: Vec<String> = struct_tree(&pdf)
        .into_iter()
        .filter(|(tag, _)| tag == "H2")
        .map(|(_, text)| squash(&text))
        .filter(|t| t.chars().all(|c| "月火水木金土日・休み".contains(c)))
        .collect();
    assert_eq!(days, ["月水", "火", "木", "金", "土日・休み"]);
    let spoken = spoken(&pdf);
    let night = plan.plan.weekly.slots[1].label.plain.clone().unwrap();
    assert!(spoken.contains(&squash(&night)), "{spoken}");
}

#[test]
fn the_meeting_pack_is_one_accessible_pdf() {
    for path in all_examples() {
        let plan = load_plan(&path).unwrap();
        let (pdf, pages) = meeting_pdf(&plan, Print::default());
        let (_, easy_pages) = variant_pdf(&plan, Variant::Easy, Print::default());
        let (_, official_pages) = variant_pdf(&plan, Variant::Official, Print::default());
        let what = format!("{} meeting pack", path.display());
        assert_eq!(pages, easy_pages + official_pages, "{what}");
        assert_accessible(&pdf, &what, "サービス担当者会議", true);
    }
}

#[test]
fn pdf_standard_none_opts_out_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let plan = root().join("examples/kobayashi-yui.yaml");
    for (arg, ua) in [("none", None), ("ua-1", Some("1")), ("ua-1-a-2a", Some("1"))] {
        let out = yomeru()
            .args(["render", "--pdf-standard", arg, "-o"])
            .arg(dir.path())
            .arg(&plan)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let f = pdf_facts(&std::fs::read(dir.path().join("kobayashi-yui.official.pdf")).unwrap());
        assert_eq!(f.ua_part.as_deref(), ua, "--pdf-standard {arg}");
        assert_eq!(f.pdfa.is_some(), arg == "ua-1-a-2a", "--pdf-standard {arg}");
        // Tagging stays on either way.
        assert!(f.tagged);
    }
}
