//! The caseload commands: `yomeru report` (地域課題 for the 協議会) over a
//! caseload whose figures are known, and `yomeru due` across month and
//! year boundaries, with and without monitoring reports.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::*;
use crate::pdf::pdf_text;

/// One fictional person's plan: what the test needs to vary.
struct Person {
    file: &'static str,
    name: &'static str,
    reading: &'static str,
    number: &'static str,
    birth: &'static str,
    child: bool,
    area: Option<&'static str>,
    created: &'static str,
    /// (kind, unmet reason, since)
    services: Vec<(&'static str, Option<&'static str>, Option<&'static str>)>,
    /// (text, topic, share)
    issues: Vec<(&'static str, &'static str, bool)>,
    kind: &'static str,
}

impl Person {
    fn new(
        file: &'static str,
        name: &'static str,
        reading: &'static str,
        number: &'static str,
    ) -> Person {
        Person {
            file,
            name,
            reading,
            number,
            birth: "1990-05-06",
            child: false,
            area: None,
            created: "2026-04-01",
            services: vec![("生活介護", None, None)],
            issues: Vec::new(),
            kind: "plan",
        }
    }

    fn value(&self) -> Value {
        let services: Vec<Value> = self
            .services
            .iter()
            .map(|(kind, reason, since)| {
                let mut s = json!({"kind": kind, "contact": "担当 谷口 06-1234-5678"});
                if let Some(r) = reason {
                    s["unmet"] = json!({"reason": r, "note": "空きを待つ。"});
                    if let Some(since) = since {
                        s["unmet"]["since"] = json!(since);
                    }
                }
                if kind.contains("近所") {
                    s["formal"] = json!(false);
                }
                s
            })
            .collect();
        let mut v = json!({
            "format": 1,
            "kind": self.kind,
            "person": {"name": self.name, "name_reading": self.reading,
                       "birth_date": self.birth, "child": self.child},
            "certificates": {"welfare_number": self.number, "valid_until": "2027-03"},
            "office": {"name": "架空相談支援センター", "planner": "早川 美咲",
                       "planner_reading": "はやかわ みさき", "phone": "03-9876-5432"},
            "dates": {"created": self.created, "monitoring_from": "2026-06",
                      "monitoring_every_months": 3},
            "supporters": [{"name": "姉 小田 ゆり"}],
            "needs": [{"id": "a", "need": "毎日通いたい。", "services": services}],
        });
        if let Some(a) = self.area {
            v["person"]["area"] = json!(a);
        }
        if self.child {
            v["person"]["guardian"] = json!({"name": "小田 智子", "relation": "母"});
        }
        if !self.issues.is_empty() {
            v["community_issues"] = self
                .issues
                .iter()
                .map(|(text, topic, share)| json!({"text": text, "topic": topic, "share": share}))
                .collect();
        }
        v
    }
}

/// Writes `values` as JSON plan files into `dir`.
fn write(dir: &Path, files: &[(&str, Value)]) {
    for (name, v) in files {
        std::fs::write(dir.join(name), serde_json::to_string_pretty(v).unwrap()).unwrap();
    }
}

/// A caseload of 8 people whose every figure is worked out by hand in
/// the comments, with a replaced plan, a draft after the period and two
/// monitoring reports.
fn known_caseload(dir: &Path) -> Vec<Value> {
    let mut p1 = Person::new("p1.json", "森 一郎", "もり いちろう", "1000000001");
    p1.area = Some("北部地区");
    p1.services = vec![
        ("短期入所", Some("full"), Some("2026-01")),
        ("佐藤さん（近所）", Some("other"), None),
    ];
    p1.issues = vec![("森一郎さんの送迎がなく、休日に出かけられない。", "mobility", true)];
    let mut p2_old = Person::new("p2-2025.json", "石井 花", "いしい はな", "1000000002");
    p2_old.created = "2025-04-01";
    p2_old.area = Some("北部地区");
    p2_old.services = vec![("移動支援", Some("cost"), Some("2025-01"))];
    let mut p2 = Person::new("p2.json", "石井　花", "いしい はな", "10000-00002");
    p2.area = Some("北部地区");
    p2.services = vec![("短期入所（ショートステイ）", Some("full"), Some("2025-10"))];
    p2.issues = vec![("短期入所の空きが市内にない。", "respite", true)];
    let mut p3 = Person::new("p3.json", "上原 健", "うえはら けん", "1000000003");
    p3.area = Some("北部地区");
    p3.services = vec![("移動支援", None, None)];
    let mut p4 = Person::new("p4.json", "江口 陽子", "えぐち ようこ", "1000000004");
    p4.area = Some("北部地区");
    p4.services = vec![("短期入所", Some("full"), Some("2026-02"))];
    let mut p5 = Person::new("p5.json", "大野 翼", "おおの つばさ", "1000000005");
    p5.area = Some("南部地区");
    p5.services = vec![
        ("短期入所", Some("full"), Some("2026-03")),
        ("グループホーム", Some("distance"), None),
    ];
    p5.issues = vec![("移動支援を使える時間が短い。", "mobility", false)];
    let mut p6 = Person::new("p6.json", "川田 誠", "かわだ まこと", "1000000006");
    p6.area = Some("南部地区");
    p6.services = vec![("短期入所", Some("full"), None)];
    p6.issues =
        vec![("短期入所の窓口 090-1111-2222 に何度かけてもつながらない。", "respite", true)];
    let mut p7 = Person::new("p7.json", "北山 蓮", "きたやま れん", "1000000007");
    p7.child = true;
    p7.birth = "2016-07-08";
    p7.area = Some("南部地区");
    p7.services = vec![("共同生活援助", Some("distance"), None)];
    p7.issues = vec![("平成28年7月8日生まれの子が入れる住まいがない。", "housing", true)];
    let mut p8 = Person::new("p8.json", "久保 葵", "くぼ あおい", "1000000008");
    p8.child = true;
    p8.birth = "2017-09-10";
    p8.area = Some("山間地区");
    p8.services = vec![("グループホーム", Some("distance"), None)];
    let mut p9 = Person::new("p9.json", "小林 大", "こばやし だい", "1000000009");
    p9.kind = "plan-draft";
    p9.created = "2027-02-01";
    p9.services = vec![("短期入所", Some("full"), Some("2026-01"))];
    let people = [&p1, &p2_old, &p2, &p3, &p4, &p5, &p6, &p7, &p8, &p9];
    let mut files: Vec<(&str, Value)> = people.iter().map(|p| (p.file, p.value())).collect();
    // P3's report lists the need again: 移動支援 now has no provider.
    files.push((
        "p3-report.json",
        json!({"format": 1, "kind": "monitoring",
               "person": {"name": "上原 健", "name_reading": "うえはら けん"},
               "dates": {"created": "2026-09-10", "monitored_on": "2026-09-10"},
               "monitoring": {"plan": "p3.json", "rows": [{"need": "a", "status": "通えている。"}]},
               "needs": [{"id": "a", "need": "毎日通いたい。", "services": [
                   {"kind": "移動支援", "unmet": {"reason": "no_provider", "since": "2026-06"}}]}],
               "community_issues": [{"text": "休日に使える移動支援の事業所が足りない。",
                                     "topic": "mobility", "share": true}]}),
    ));
    // P4's report: the short stay is used now.
    files.push((
        "p4-report.json",
        json!({"format": 1, "kind": "monitoring",
               "person": {"name": "江口 陽子", "name_reading": "えぐち ようこ"},
               "dates": {"created": "2026-09-01", "monitored_on": "2026-09-01"},
               "monitoring": {"plan": "p4.json", "rows": [{"need": "a", "status": "使えた。"}]},
               "needs": [{"id": "a", "need": "毎日通いたい。", "services": [{"kind": "短期入所"}]}]}),
    ));
    write(dir, &files);
    files.into_iter().map(|(_, v)| v).collect()
}

fn report_json(dir: &Path, extra: &[&str]) -> Value {
    let out = yomeru()
        .args(["report", "--format", "json", "--from", "2026-04", "--to", "2026-12"])
        .args(extra)
        .arg(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_report_counts_each_person_once_and_hides_what_could_name_them() {
    let dir = tempfile::tempdir().unwrap();
    known_caseload(dir.path());
    let r = report_json(dir.path(), &[]);
    assert_eq!(r["threshold"], 3);
    assert_eq!(r["as_of"], "2026-12");
    // P1–P8; P2's 2025 plan is replaced, P9's draft is after the period.
    assert_eq!(r["people"], 8);
    // 2 children are under 3; the 6 adults would give them back.
    assert_eq!(r["children"], Value::Null);
    assert_eq!(r["adults"], Value::Null);
    // Of them, 7 have a service they cannot use (P4's report says its
    // short stay is used now): the 1 without would be given back.
    assert_eq!(r["unmet_people"], Value::Null);
    assert_eq!((r["plans_read"].clone(), r["reports_read"].clone()), (json!(8), json!(2)));
    assert_eq!(r["offices"], json!(["架空相談支援センター"]));
    // 北部 4 (P1–P4); 山間 1 is too few, and with it the smallest other
    // area, 南部 3: together 4.
    assert_eq!(r["areas"], json!([{"area": "北部地区", "people": 4}, {"area": null, "people": 4}]));
    // 短期入所: P1, P2, P5, P6, all for want of a place (only three say
    // since when: no median). 移動支援 (P3, from the report) and P1's
    // neighbour (no catalogue service) are too few: with them goes the
    // smallest kind, 共同生活援助 (P5, P7, P8): 5 people, whose reasons are
    // each too few to name.
    assert_eq!(
        r["unmet"],
        json!([
            {"kind": "短期入所", "people": 4, "median_months_waited": null,
             "reasons": [{"reason": "full", "people": 4, "median_months_waited": null}]},
            {"kind": null, "people": 5, "median_months_waited": null, "reasons": []},
        ])
    );
    // By reason over all services: full 4 (P1, P2, P5, P6); distance 3
    // would stand, but other (P1) and no_provider (P3) are too few alone:
    // with distance they make 5.
    assert_eq!(
        r["reasons"],
        json!([
            {"reason": "full", "people": 4, "median_months_waited": null},
            {"reason": null, "people": 5, "median_months_waited": null},
        ])
    );
    // Months: 11, 14, 9 and P3's 6. The 12-or-more band alone (1) would
    // be given back by 6–11 (3): both are withheld; the empty bands show.
    let waits: Vec<Value> =
        r["waiting"].as_array().unwrap().iter().map(|w| w["services"].clone()).collect();
    assert_eq!(waits, [json!(0), json!(0), Value::Null, Value::Null]);
    // mobility: P1 (names himself: not quoted), P3 (report), P5 (not
    // shared); respite P2, P6 (a phone number); housing P7 (a birth date).
    // Every topic is listed: most people first, then the hidden ones (1
    // or 2), then those no plan names (0).
    let issues = r["issues"].as_array().unwrap();
    assert_eq!(issues.len(), 10);
    assert_eq!(
        json!(issues[..4]),
        json!([
            {"topic": "mobility", "people": 3, "quotes": ["休日に使える移動支援の事業所が足りない。"]},
            {"topic": "housing", "people": null, "quotes": []},
            {"topic": "respite", "people": null, "quotes": []},
            {"topic": "daytime", "people": 0, "quotes": []},
        ])
    );
    assert_eq!(
        r["left_out"],
        json!({"unreadable_files": 0, "plans_not_counted": 2, "issues_not_shared": 1,
               "quotes_with_names": 1, "quotes_with_numbers": 2, "quotes_of_hidden_topics": 1,
               "areas_put_together": 2, "kinds_put_together": 2})
    );
    // A lower threshold shows the small counts.
    let r = report_json(dir.path(), &["--min-count", "1"]);
    assert_eq!((r["children"].clone(), r["adults"].clone()), (json!(2), json!(6)));
    assert_eq!(
        r["issues"][1],
        json!({"topic": "respite", "people": 2, "quotes": ["短期入所の空きが市内にない。"]})
    );
}

/// Every name, number and birth date in `values`, as a plan writes them
/// and with spaces and hyphens taken out.
fn secrets(values: &[Value]) -> Vec<String> {
    let mut out = Vec::new();
    for v in values {
        for p in [
            "/person/name",
            "/person/name_reading",
            "/person/guardian/name",
            "/office/planner",
            "/office/planner_reading",
            "/office/phone",
            "/certificates/welfare_number",
            "/supporters/0/name",
            "/person/birth_date",
        ] {
            if let Some(s) = v.pointer(p).and_then(Value::as_str) {
                out.push(s.to_string());
                let compact: String =
                    s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
                out.push(compact);
                // Each part of a name of two characters or more.
                out.extend(
                    s.split_whitespace().filter(|w| w.chars().count() >= 2).map(str::to_string),
                );
            }
        }
        if let Some(b) = v.pointer("/person/birth_date").and_then(Value::as_str) {
            let parts: Vec<u32> = b.split('-').map(|x| x.parse().unwrap()).collect();
            out.push(format!("{}年{}月{}日", parts[0], parts[1], parts[2]));
        }
    }
    out.retain(|s| s != "姉" && s != "担当");
    out.sort();
    out.dedup();
    out
}

#[test]
fn no_name_number_or_birth_date_reaches_the_pdf_csv_or_json() {
    let dir = tempfile::tempdir().unwrap();
    let values = known_caseload(dir.path());
    let out = tempfile::tempdir().unwrap();
    let run = yomeru()
        .args(["report", "--from", "2026-04", "--to", "2026-12", "--min-count", "1", "-o"])
        .arg(out.path())
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let pdf = std::fs::read(out.path().join("report.pdf")).unwrap();
    let text = pdf_text(&pdf);
    let csv = String::from_utf8(std::fs::read(out.path().join("report.csv")).unwrap()).unwrap();
    // The threshold at 1 prints every count and every quote it may.
    let json = report_json(dir.path(), &["--min-count", "1"]).to_string();
    assert!(text.contains("短期入所") && text.contains("空きがない"), "{text}");
    assert!(csv.starts_with('\u{feff}') && csv.contains("短期入所,空きがない,4人,4,"), "{csv}");
    let squashed = squash(&text);
    for secret in secrets(&values) {
        for (what, body) in [("PDF", squashed.as_str()), ("CSV", &csv), ("JSON", &json)] {
            assert!(!body.contains(&secret), "{what} holds {secret:?}");
        }
    }
    // Nor a phone or certificate number in any writing.
    for body in [&squashed, &csv, &json] {
        let digits: String =
            body.chars().map(|c| if c.is_ascii_digit() { c } else { ' ' }).collect();
        assert!(digits.split_whitespace().all(|run| run.len() < 7), "a long number in {body}");
    }
}

#[test]
fn the_report_pdf_is_accessible_and_says_how_it_was_made() {
    let dir = tempfile::tempdir().unwrap();
    known_caseload(dir.path());
    let out = tempfile::tempdir().unwrap();
    let run = yomeru()
        .args(["report", "--from", "2026-04", "--to", "2026-12", "-o"])
        .arg(out.path())
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let pdf = std::fs::read(out.path().join("report.pdf")).unwrap();
    crate::accessibility::assert_accessible(&pdf, "report", "地域課題の報告", true);
    let text = squash(&pdf_text(&pdf));
    for words in [
        "2026年4月〜2026年12月",
        "一人を一度だけ数えました",
        "「3未満」",
        "「非公表」",
        "数えなかった計画（同じ人の新しい計画がある、期間中に有効でない）：2件",
        "番号や日付が入っているので載せなかったことば：2件",
        "人の名前が入っているので載せなかったことば：1件",
        "数えた人：8人（子ども3未満、大人非公表）",
        "計画どおりに使えないサービスがある人：非公表",
        "使えない人が多いサービス：短期入所4人",
        "「休日に使える移動支援の事業所が足りない。」",
    ] {
        assert!(text.contains(&squash(words)), "{words:?} in {text}");
    }
}

#[test]
fn report_refuses_a_period_that_ends_before_it_starts() {
    let dir = tempfile::tempdir().unwrap();
    let out = yomeru()
        .args(["report", "--from", "2027-04", "--to", "2026-03"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--to の月が --from の月より前です"));
    let out = yomeru().args(["report", "--to", "2026-13"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

fn due_json(dir: &Path, month: &str) -> Value {
    let out =
        yomeru().args(["due", "--format", "json", "--month", month]).arg(dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A plan monitored every 3 months from November: Nov, Feb, May …
fn due_caseload(dir: &Path) {
    let plan = |name: &str, reading: &str, number: &str, from: &str, every: u32, until: &str| {
        json!({"format": 1, "kind": "plan",
               "person": {"name": name, "name_reading": reading},
               "certificates": {"welfare_number": number, "valid_until": until},
               "dates": {"created": "2026-10-01", "monitoring_from": from,
                         "monitoring_every_months": every},
               "needs": [{"id": "a", "need": "働きたい。"}]})
    };
    let report = |plan: &str, on: &str| {
        json!({"format": 1, "kind": "monitoring",
               "person": {"name": "x", "name_reading": "x"},
               "dates": {"created": on, "monitored_on": on},
               "monitoring": {"plan": plan}})
    };
    write(
        dir,
        &[
            ("a.json", plan("安藤 一", "あんどう はじめ", "2000000001", "2026-11", 3, "2027-10")),
            ("b.json", plan("坂井 二葉", "さかい ふたば", "2000000002", "2026-12", 1, "2027-02")),
            ("b-dec.json", report("b.json", "2026-12-15")),
            // 和暦 months count too.
            (
                "c.json",
                plan("田辺 三郎", "たなべ さぶろう", "2000000003", "令和9年1月", 6, "2026-12"),
            ),
        ],
    );
}

#[test]
fn due_lists_monitorings_across_the_turn_of_the_year_with_and_without_reports() {
    let dir = tempfile::tempdir().unwrap();
    due_caseload(dir.path());
    let months = |v: &Value, who: &str| -> Vec<String> {
        let p = v["people"].as_array().unwrap().iter().find(|p| p["name"] == who).unwrap();
        p["monitoring"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_str().unwrap().to_string())
            .collect()
    };
    let names = |v: &Value| -> Vec<String> {
        v["people"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    // October: nothing yet for A and B; C's certificate ends within 3
    // months (December).
    let oct = due_json(dir.path(), "2026-10");
    assert_eq!(names(&oct), ["田辺 三郎"]);
    assert_eq!(oct["people"][0]["certificate"], "ending");
    // December: A's November is late; B's December is done (a report),
    // but its certificate now ends within 3 months (February).
    let dec = due_json(dir.path(), "2026-12");
    assert_eq!(months(&dec, "安藤 一"), ["2026-11"]);
    assert_eq!(months(&dec, "坂井 二葉"), Vec::<String>::new());
    let b = dec["people"].as_array().unwrap().iter().find(|p| p["name"] == "坂井 二葉").unwrap();
    assert_eq!(
        (b["certificate"].clone(), b["next_monitoring"].clone()),
        (json!("ending"), json!("2027-01"))
    );
    // January: B's January is due (monthly), its certificate ends in
    // February; C's monitoring (令和9年1月) is due and its certificate has
    // ended.
    let jan = due_json(dir.path(), "2027-01");
    assert_eq!(months(&jan, "坂井 二葉"), ["2027-01"]);
    assert_eq!(months(&jan, "田辺 三郎"), ["2027-01"]);
    let c = jan["people"].as_array().unwrap().iter().find(|p| p["name"] == "田辺 三郎").unwrap();
    assert_eq!(c["certificate"], "ended");
    // February: A's November is still late and February is due.
    let feb = due_json(dir.path(), "2027-02");
    assert_eq!(months(&feb, "安藤 一"), ["2026-11", "2027-02"]);
    assert_eq!(months(&feb, "坂井 二葉"), ["2027-01", "2027-02"]);

    // The same for people: late ones said so, in Japanese by default.
    let out = yomeru().args(["due", "--month", "2027-02"]).arg(dir.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("2027年2月に することがある人：3人"), "{text}");
    assert!(
        text.contains("モニタリング：2026年11月（過ぎています。まだ報告がありません）"),
        "{text}"
    );
    assert!(text.contains("支給決定の有効期間：2026年12月に終わっています"), "{text}");
    let out = yomeru()
        .args(["--lang", "en", "due", "--month", "2027-02"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("Monitoring: November 2026 (past, no report yet)")
    );
}

#[test]
fn due_writes_csv_and_a_calendar_file() {
    let dir = tempfile::tempdir().unwrap();
    due_caseload(dir.path());
    let ics = dir.path().join("out").join("due.ics");
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let out = yomeru()
        .args(["due", "--format", "csv", "--month", "2027-01", "--ics"])
        .arg(&ics)
        .arg(dir.path().join("a.json"))
        .arg(dir.path().join("b.json"))
        .arg(dir.path().join("b-dec.json"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "\u{feff}name,name_reading,file,monitoring_due,late,next_monitoring,valid_until,certificate"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows[0].starts_with("安藤 一,あんどう はじめ,")
            && rows[0].ends_with(",2026-11,true,2026-11,2027-10,"),
        "{csv}"
    );
    assert!(rows[1].ends_with(",2027-01,false,2027-01,2027-02,ending"), "{csv}");
    let cal = std::fs::read_to_string(&ics).unwrap();
    assert!(
        cal.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && cal.ends_with("END:VCALENDAR\r\n")
    );
    assert_eq!(cal.matches("BEGIN:VEVENT").count(), 4, "{cal}");
    assert!(cal.contains("DTSTART;VALUE=DATE:20261101\r\nDTEND;VALUE=DATE:20261102\r\n"), "{cal}");
    assert!(cal.contains("SUMMARY:モニタリング：安藤 一さん"), "{cal}");
    assert!(cal.contains("DTSTART;VALUE=DATE:20270201\r\n"), "{cal}");
    // Every line within 75 octets; the same caseload gives the same file.
    assert!(cal.split("\r\n").all(|l| l.len() <= 75));
    let first = cal.clone();
    let again = yomeru()
        .args(["due", "--month", "2027-01", "--ics"])
        .arg(&ics)
        .arg(dir.path().join("a.json"))
        .arg(dir.path().join("b.json"))
        .arg(dir.path().join("b-dec.json"))
        .output()
        .unwrap();
    assert!(again.status.success());
    assert_eq!(std::fs::read_to_string(&ics).unwrap(), first);
}

#[test]
fn an_unmet_service_is_marked_on_the_official_form_and_said_plainly_in_the_easy_version() {
    let plan = load_plan(&root().join("tests/suite/inputs/unmet.yaml")).unwrap();
    let official =
        pdf_text(&variant_pdf(&plan, yomeru::render::Variant::Official, Default::default()).0);
    assert!(squash(&official).contains("※未利用（空きがない、2026年1月から）"), "{official}");
    assert!(squash(&official).contains("※未利用（事業所がない）"), "{official}");
    let easy =
        squash(&pdf_text(&variant_pdf(&plan, yomeru::render::Variant::Easy, Default::default()).0));
    assert!(easy.contains("つかいたいサービス"), "{easy}");
    assert!(easy.contains("いまはまだつかえません。いっぱいで、あきがありません。"), "{easy}");
    // The note and the 地域課題 are the specialist's: not in the easy version.
    assert!(!easy.contains("待機中") && !easy.contains("事業所が足りない"), "{easy}");
}
