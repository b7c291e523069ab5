//! The モニタリング報告書 in both versions: goals and 達成時期 carried over
//! from the plan by need id, the person's own words, the progress scale,
//! the changes, and located errors for rows naming unknown needs.

use crate::common::*;
use yomeru::japanese::grade::Furigana;
use yomeru::render::{Print, Variant};

fn monitoring_examples() -> Vec<std::path::PathBuf> {
    all_examples()
        .into_iter()
        .filter(|p| p.parent().is_some_and(|d| d.ends_with("monitoring")))
        .collect()
}

#[test]
fn both_versions_carry_over_the_goals_and_show_what_was_found() {
    let examples = monitoring_examples();
    assert!(examples.len() >= 2, "at least two monitoring examples");
    for path in examples {
        let loaded = load_plan(&path).unwrap_or_else(|e| panic!("{e}"));
        let name = yomeru::caseload::stem(&path);
        let plan = loaded.monitored.as_ref().expect("the report names its plan");
        let report = loaded.plan.monitoring.as_ref().unwrap();
        let (official, _) = variant_pdf(&loaded, Variant::Official, Print::default());
        let text = squash(&pdf_text(&official));
        assert!(text.contains("モニタリング報告書"), "{name}: title");
        // Header fields come from the plan when the report leaves them out.
        assert!(
            text.contains(&squash(plan.plan.office.name.as_deref().unwrap())),
            "{name}: office"
        );
        assert!(
            text.contains(&squash(plan.plan.policy.as_ref().unwrap().text.as_str())),
            "{name}: policy"
        );
        let monitored = loaded.plan.dates.monitored_on.as_ref().unwrap().parse().unwrap();
        let date =
            format!("{}年{}月{}日", monitored.year(), monitored.month() as u8, monitored.day());
        assert!(text.contains(&date), "{name}: モニタリング実施日 {date}");
        for (i, row) in report.rows.iter().enumerate() {
            let need = plan.plan.needs.iter().find(|n| n.id == row.need).unwrap();
            let goal = squash(&need.goal.as_ref().unwrap().text);
            assert!(text.contains(&goal), "{name}: rows[{i}] carries over the goal {goal}");
            let (y, m) = need.achieve_by.as_ref().unwrap().parse().unwrap();
            assert!(text.contains(&format!("{y}年{m}月")), "{name}: rows[{i}] 達成時期");
            let fields = [&row.status, &row.person_view, &row.achievement, &row.next, &row.notes];
            for t in fields.into_iter().flatten() {
                assert!(text.contains(&squash(&t.text)), "{name}: rows[{i}] {:?}", t.text);
            }
        }
        let changes =
            report.rows.iter().filter(|r| r.change.kind || r.change.amount || r.change.weekly);
        assert!(
            changes.count() > 0 && text.contains("有") && text.contains("無"),
            "{name}: 有・無"
        );

        // The easy version, read without readings: the person's words
        // verbatim, the goals, how far each got, and what changes.
        let none = Some(Furigana::None);
        let (easy, _) = styled_pdf(&loaded, Variant::Easy, Print::default(), none, false);
        let spoken = spoken(&easy);
        let labels = yomeru::locale::Locale::get("ja-easy").unwrap();
        let months = loaded.printed().dates.monitoring_every_months.unwrap();
        let title = labels.format("easy-monitoring-title", &[("months", i64::from(months).into())]);
        assert!(spoken.contains(&squash(&title)), "{name}: {title}");
        for row in &report.rows {
            let view = row.person_view.as_ref().unwrap();
            assert!(view.voice && spoken.contains(&squash(&view.text)), "{name}: {:?}", view.text);
            let need = plan.plan.needs.iter().find(|n| n.id == row.need).unwrap();
            let goal = need.goal.as_ref().unwrap();
            let wording = goal.plain.as_deref().unwrap_or(&goal.text);
            // Glossary explanations may follow a term; the goal's words are there.
            let first = squash(wording).chars().take(6).collect::<String>();
            assert!(spoken.contains(&first), "{name}: goal {wording}");
            let step = row.progress.unwrap();
            let id =
                format!("easy-progress-{}", serde_json::to_value(step).unwrap().as_str().unwrap());
            assert!(spoken.contains(&squash(&labels.text(&id))), "{name}: {id}");
        }
        assert!(
            spoken.contains(&squash(&labels.text("easy-change-amount"))),
            "{name}: what changes"
        );
        // The summary of what changes says what is to be done for each goal
        // that changes, after its heading: the row's これから again.
        let heading = squash(&labels.text("easy-monitoring-changes"));
        let summary = &spoken[spoken.rfind(&heading).unwrap()..];
        for row in
            report.rows.iter().filter(|r| r.change.kind || r.change.amount || r.change.weekly)
        {
            let next = row.next.as_ref().unwrap();
            let wording = squash(next.plain.as_deref().unwrap_or(&next.text));
            let first: String = wording.chars().take(8).collect();
            assert!(summary.contains(&first), "{name}: {first} in {summary}");
        }
        // A report that follows up only some goals says so, or the reader
        // looks for the numbers it skips.
        let followed: std::collections::BTreeSet<_> = report.rows.iter().map(|r| &r.need).collect();
        let numbers: Vec<String> = plan
            .plan
            .needs
            .iter()
            .enumerate()
            .filter(|(_, n)| followed.contains(&n.id))
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        let some = squash(&labels.format(
            "easy-monitoring-goals-some",
            &[
                ("total", (plan.plan.needs.len() as i64).into()),
                ("count", (followed.len() as i64).into()),
                ("numbers", yomeru::locale::arg(numbers.join("、"))),
            ],
        ));
        assert_eq!(
            spoken.contains(&some),
            followed.len() < plan.plan.needs.len(),
            "{name}: {} of {} goals followed up",
            followed.len(),
            plan.plan.needs.len()
        );
    }
}

#[test]
fn reduced_services_come_with_the_new_weekly_schedule() {
    let loaded =
        load_plan(&root().join("examples/monitoring/watanabe-takeshi-2026-06.yaml")).unwrap();
    let (pdf, pages) = variant_pdf(&loaded, Variant::Official, Print::default());
    assert_eq!(pages, 2);
    let weekly = page_text(&pdf, 2);
    assert!(weekly.contains("モニタリング時の週間計画表"), "{weekly}");
    assert!(weekly.contains("翌0:00〜翌6:00"), "the reduced night support: {weekly}");
}

const REPORT: &str = "format: 1\nkind: monitoring\nperson:\n  name: 佐藤 健太\n  name_reading: さとう けんた\ndates:\n  created: 2026-07-15\n  monitored_on: 2026-07-10\nmonitoring:\n  plan: sato-kenta.yaml\n  overall: 体験利用を1回行った。\n  rows:\n    - need: home\n      status: 予定どおり\n      person_view: { text: 楽しかった, voice: true }\n      progress: half\n      change: { kind: false, amount: true, weekly: false }\n    - need: wrok\n      status: 通所できている\n";

/// Writes `report` beside a copy of the sato-kenta plan.
fn setup(report: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("examples/sato-kenta.yaml"), dir.path().join("sato-kenta.yaml"))
        .unwrap();
    let path = dir.path().join("m.yaml");
    std::fs::write(&path, report).unwrap();
    (dir, path)
}

#[test]
fn a_row_naming_an_unknown_need_is_a_located_error() {
    let (dir, path) = setup(REPORT);
    let e = load_plan(&path).unwrap_err();
    assert_eq!(e.location().path.as_deref(), Some("monitoring.rows[1].need"));
    assert_eq!(e.location().line, Some(18));
    assert!(
        matches!(e.kind(), yomeru::ErrorKind::UnknownNeed { suggestion: Some(s), .. } if s == "work")
    );
    for (lang, words) in [("ja", "「work」ではありませんか"), ("en", "Did you mean \"work\"?")]
    {
        let out = yomeru()
            .args(["--lang", lang, "render", "-o"])
            .arg(dir.path().join("out"))
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("m.yaml:18")
                && err.contains("monitoring.rows[1].need")
                && err.contains(words),
            "{err}"
        );
        let check = yomeru().args(["--lang", lang, "check"]).arg(&path).output().unwrap();
        assert_eq!(check.status.code(), Some(1), "check refuses it too");
    }
    assert!(!dir.path().join("out").exists(), "nothing written");
    // With the id fixed the report renders, and the progress is read.
    let (_dir, fixed) = setup(&REPORT.replace("wrok", "work"));
    let loaded = load_plan(&fixed).unwrap();
    assert_eq!(loaded.plan.monitoring.as_ref().unwrap().rows[0].progress.unwrap().step(), 3);
}

#[test]
fn the_monitored_plan_must_exist_and_be_a_plan() {
    let (_dir, path) = setup(&REPORT.replace("plan: sato-kenta.yaml", "plan: nowhere.yaml"));
    let e = load_plan(&path).unwrap_err();
    assert_eq!(e.location().path.as_deref(), Some("monitoring.plan"));
    assert_eq!(e.location().line, Some(10));
    // A report with neither a plan nor needs has no goals to follow up.
    let (_dir, path) = setup(&REPORT.replace("  plan: sato-kenta.yaml\n", ""));
    let e = load_plan(&path).unwrap_err();
    assert_eq!(e.kind(), &yomeru::ErrorKind::NoMonitoredPlan);
    // A report pointing at the previous report follows it to the plan.
    let (dir, path) = setup(&REPORT.replace("wrok", "work"));
    std::fs::write(
        dir.path().join("other.yaml"),
        REPORT.replace("wrok", "work").replace("sato-kenta.yaml", "m.yaml"),
    )
    .unwrap();
    let other = load_plan(&dir.path().join("other.yaml")).unwrap();
    let base = other.monitored.as_ref().expect("the plan at the end of the chain");
    assert!(base.path.ends_with("sato-kenta.yaml"), "{path:?}");
    // One pointing back at itself is a cycle.
    std::fs::write(&path, REPORT.replace("wrok", "work").replace("sato-kenta.yaml", "m.yaml"))
        .unwrap();
    let e = load_plan(&path).unwrap_err();
    assert!(matches!(e.kind(), yomeru::ErrorKind::MonitoringCycle { .. }), "{e:?}");
    assert_eq!(e.location().path.as_deref(), Some("monitoring.plan"));
}
