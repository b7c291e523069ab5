//! Every example renders, shows all its text, and renders the same twice.

use crate::common::*;

/// Pages each example must have: the plan pages plus the weekly page.
fn expected_pages(name: &str) -> usize {
    match name {
        "sato-kenta" => 3,
        "kobayashi-yui" => 2,
        "watanabe-takeshi" => 3,
        other => panic!("add {other} to expected_pages"),
    }
}

#[test]
fn every_example_renders_with_all_its_text() {
    let examples = examples();
    assert!(examples.len() >= 3, "at least three examples");
    for path in examples {
        let plan = load_plan(&path).unwrap_or_else(|e| panic!("{e}"));
        let (pdf, pages) = render_pdf(&plan);
        let name = yomeru::caseload::stem(&path);
        assert_eq!(pages, expected_pages(&name), "{name}: page count");
        let text = squash(&pdf_text(&pdf));
        for (key, value) in printable_strings(&plan.plan) {
            assert!(text.contains(&squash(&value)), "{name}: {key} = {value:?} not in the PDF");
        }
        // Formatted values: dates, months and the co-payment limit.
        let created = plan.plan.dates.created.parse().unwrap();
        let date = format!("{}年{}月{}日", created.year(), created.month() as u8, created.day());
        assert!(text.contains(&date), "{name}: created date {date}");
        for (i, need) in plan.plan.needs.iter().enumerate() {
            if let Some((y, m)) = need.achieve_by.as_ref().and_then(|m| m.parse()) {
                assert!(text.contains(&format!("{y}年{m}月")), "{name}: needs[{i}].achieve_by");
            }
        }
        for (i, slot) in plan.plan.weekly.slots.iter().enumerate() {
            assert!(text.contains(&slot.from.0), "{name}: weekly.slots[{i}].from");
        }
    }
}

#[test]
fn titles_follow_kind_and_child() {
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let text = squash(&pdf_text(&render_pdf(&plan).0));
        let title = if plan.plan.person.child {
            "障害児支援利用計画"
        } else {
            "サービス等利用計画"
        };
        assert!(text.contains(title), "{}: title", path.display());
        let draft = plan.plan.kind == yomeru::plan::Kind::PlanDraft;
        assert_eq!(text.contains("【案】"), draft, "{}: draft mark", path.display());
        assert_eq!(text.contains("計画案作成日"), draft);
        // 提供事業者名 belongs to the final plan only.
        assert_eq!(text.contains("提供事業者名"), !draft, "{}: provider column", path.display());
        assert!(text.contains("週間計画表") && text.contains("主な日常生活上の活動"));
        assert!(text.contains(&squash(&plan.plan.person.name)));
    }
}
