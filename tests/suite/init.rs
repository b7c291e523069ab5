//! `yomeru init`: a blank file for each document, named after the person,
//! holding no one else's data, every key of the form with the form's words
//! beside it; filled in with the least a plan needs, it renders; it never
//! writes over a file.

use std::path::Path;

use crate::common::*;
use yomeru::plan::{FieldValue, Format};

/// The documents `init` writes: its options and the title the official
/// form prints.
const DOCUMENTS: &[(&[&str], &str)] = &[
    (&[], "サービス等利用計画"),
    (&["--child"], "障害児支援利用計画"),
    (&["--kind", "plan-draft"], "サービス等利用計画【案】"),
    (&["--kind", "plan-draft", "--child"], "障害児支援利用計画【案】"),
    (&["--kind", "monitoring"], "モニタリング報告書（継続サービス利用支援）"),
    (&["--kind", "monitoring", "--child"], "モニタリング報告書（継続障害児支援利用援助）"),
];

/// `yomeru init ARGS -o DIR 山田 花子`: exit code and what it said.
fn init(dir: &Path, args: &[&str]) -> (i32, String) {
    let out =
        yomeru().arg("init").args(args).arg("-o").arg(dir).args(["山田", "花子"]).output().unwrap();
    let said =
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), said)
}

/// Every name, number and place of the shipped examples: none may reach a
/// blank file.
fn example_data() -> Vec<String> {
    let mut out = Vec::new();
    for path in all_examples() {
        let plan = load_plan(&path).unwrap().plan;
        for f in yomeru::plan::fields::fields(&plan) {
            let keep = ["name", "reading", "called", "planner", "phone", "provider", "contact"]
                .iter()
                .any(|k| f.path.ends_with(k));
            if let (true, FieldValue::Str(s)) = (keep, f.value) {
                out.push(s);
            }
        }
        let c = &plan.certificates;
        out.extend(c.welfare_number.iter().chain(&c.day_service_number).cloned());
        out.extend(plan.readings.keys().cloned());
        out.extend(plan.needs.iter().map(|n| n.need.text.clone()));
    }
    out.retain(|s| s.chars().count() >= 2);
    out
}

/// The top-level keys of a YAML file, in order, each with its comment.
fn top_level_keys(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .map(|l| {
            let key = l.split(':').next().unwrap().to_string();
            let comment = l.split_once("  # ").map_or("", |(_, c)| c).to_string();
            (key, comment)
        })
        .collect()
}

fn is_japanese(s: &str) -> bool {
    s.chars()
        .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// `text` with the values `init` leaves for the writer filled in with the
/// least each document needs.
fn filled(text: &str) -> String {
    text.replace("name_reading: \"\"", "name_reading: やまだ はなこ")
        .replace("    name: \"\"", "    name: 山田 良子")
        .replace("created: \"\"", "created: 令和8年4月1日")
        .replace("need: \"\"", "need: 作業所で働きたい。")
        .replace("kind: \"\"", "kind: 生活介護")
}

#[test]
fn init_writes_a_blank_file_for_each_document_that_renders_once_filled_in() {
    let others = example_data();
    assert!(others.len() > 20, "{others:?}");
    for (args, title) in DOCUMENTS {
        let dir = tempfile::tempdir().unwrap();
        let monitoring = args.contains(&"monitoring");
        if monitoring {
            // The plan it follows, made and filled in the same way.
            let plan_args: Vec<&str> =
                args.iter().copied().filter(|a| a.starts_with("--c")).collect();
            assert_eq!(init(dir.path(), &plan_args).0, 0);
            let plan = dir.path().join("山田_花子.yaml");
            std::fs::write(&plan, filled(&std::fs::read_to_string(&plan).unwrap())).unwrap();
        }
        let (code, said) = init(dir.path(), args);
        assert_eq!(code, 0, "{args:?}: {said}");
        let name = if monitoring { "山田_花子.monitoring.yaml" } else { "山田_花子.yaml" };
        assert!(said.contains(name), "{args:?}: {said}");
        let path = dir.path().join(name);
        let text = std::fs::read_to_string(&path).unwrap();

        // (a) No one else's data: the person's name only.
        for s in &others {
            assert!(!text.contains(s.as_str()), "{args:?}: {s:?} from an example");
        }
        assert!(text.contains("name: 山田 花子"), "{args:?}");

        // (b) Every top-level key in the form's order, each with the form's
        // words beside it.
        let keys = top_level_keys(&text);
        for (key, comment) in &keys {
            assert!(is_japanese(comment), "{args:?}: {key} has no Japanese comment");
        }
        let names: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
        let expected: &[&str] = if monitoring {
            &["format", "kind", "person", "dates", "monitoring", "weekly", "consent"]
        } else {
            &[
                "format",
                "kind",
                "person",
                "certificates",
                "office",
                "dates",
                "wishes",
                "policy",
                "long_term_goal",
                "short_term_goal",
                "strengths",
                "supporters",
                "needs",
                "weekly",
                "consent",
                "readings",
            ]
        };
        assert_eq!(names, expected, "{args:?}");
        let child = args.contains(&"--child");
        assert_eq!(text.contains("児童氏名"), child, "{args:?}");
        if !monitoring {
            assert_eq!(text.contains("保護者氏名"), child, "{args:?}");
            assert_eq!(text.contains("通所受給者証番号"), child, "{args:?}");
            let draft = args.contains(&"plan-draft");
            assert_eq!(text.contains("提供事業者名"), !draft, "{args:?}: 本計画 only");
            assert_eq!(text.contains("計画案作成日"), draft, "{args:?}");
        }

        // (c) As written, it parses into clear, located "fill this in"
        // errors; never a syntax error or a crash.
        if !monitoring {
            let e = yomeru::plan::parse(&text, Format::Yaml).unwrap_err();
            for e in e.all() {
                assert!(matches!(e.id(), "empty" | "bad-date"), "{args:?}: {e}");
                assert!(e.location().line.is_some() && e.location().path.is_some(), "{e}");
            }
        }
        let check = yomeru().current_dir(dir.path()).args(["check", name]).output().unwrap();
        assert_eq!(check.status.code(), Some(1), "{args:?}");
        let said = String::from_utf8_lossy(&check.stderr);
        assert!(said.contains(&format!("{name}:")) && said.contains("dates.created"), "{said}");

        // Filled in with the least it needs, it renders.
        std::fs::write(&path, filled(&text)).unwrap();
        let out =
            yomeru().current_dir(dir.path()).args(["render", name, "-o", "out"]).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stem = name.trim_end_matches(".yaml");
        let pdf = std::fs::read(dir.path().join(format!("out/{stem}.official.pdf"))).unwrap();
        let read = spoken(&pdf);
        assert!(read.contains(title), "{args:?}: {title} in {read}");
        assert!(read.contains("山田花子") && read.contains("2026年4月1日"), "{args:?}: {read}");
        assert!(dir.path().join(format!("out/{stem}.easy.pdf")).is_file());
    }
}

#[test]
fn a_monitoring_report_starts_from_the_plans_needs() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(init(dir.path(), &[]).0, 0);
    let plan = dir.path().join("山田_花子.yaml");
    let text = filled(&std::fs::read_to_string(&plan).unwrap()).replace("id: need-1", "id: work");
    std::fs::write(&plan, text).unwrap();
    assert_eq!(init(dir.path(), &["--kind", "monitoring"]).0, 0);
    let report = std::fs::read_to_string(dir.path().join("山田_花子.monitoring.yaml")).unwrap();
    assert!(report.contains("plan: 山田_花子.yaml"), "{report}");
    assert!(report.contains("- need: work"), "{report}");
    assert!(report.contains("作業所で働きたい。"), "the need's words beside its row");
    assert!(report.contains("name_reading: やまだ はなこ"), "{report}");
}

#[test]
fn init_never_writes_over_a_file_nor_outside_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(init(dir.path(), &[]).0, 0);
    let path = dir.path().join("山田_花子.yaml");
    std::fs::write(&path, "mine").unwrap();
    let (code, said) = init(dir.path(), &[]);
    assert_eq!(code, 1, "{said}");
    assert!(said.contains("上書きしません"), "{said}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    // A name is a file name, never a path.
    for name in ["../山田", "a/b", "a\\b", "a:b"] {
        let out = yomeru().arg("init").arg("-o").arg(dir.path()).arg(name).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("init-name"),
            "a message, not its id"
        );
    }
    let mut files = list(dir.path());
    files.sort();
    assert_eq!(files, ["山田_花子.yaml"]);
}

#[test]
fn without_a_name_init_writes_plan_yaml_as_before() {
    let dir = tempfile::tempdir().unwrap();
    // `yomeru init FOLDER` still writes FOLDER/plan.yaml.
    let out = yomeru().arg("init").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(dir.path().join("plan.yaml")).unwrap();
    let e = yomeru::plan::parse(&text, Format::Yaml).unwrap_err();
    assert!(e.all().any(|e| e.location().path.as_deref() == Some("person.name")), "{e}");
    let out =
        yomeru().current_dir(dir.path()).args(["init", "--kind", "monitoring"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report = std::fs::read_to_string(dir.path().join("monitoring.yaml")).unwrap();
    assert!(report.contains("plan: plan.yaml"), "{report}");
}
