//! 和暦: plan files written in Japanese era dates read as the same plan,
//! dates an era does not have are refused where they are written, and
//! `render --wareki` prints every date and month of both documents in 和暦
//! (in Japanese labels; English labels keep the western date).

use crate::common::*;
use yomeru::plan::Format;
use yomeru::render::{Calendar, Variant};
use yomeru::session::{Document, Session, Settings};

/// A plan with a value in every date and month key, in ISO.
const ISO: &str = "format: 1
kind: plan
person:
  name: 山田 花子
  name_reading: やまだ はなこ
  birth_date: 1999-08-21
dates:
  created: 2026-04-01
  start: 2026-05
  monitoring_every_months: 3
  monitoring_from: 2026-07
  monitored_on: 2026-06-30
needs:
  - id: work
    need: 作業所で働きたい。
    achieve_by: 2027-03
    review_at: 2026-07
  - id: home
    need: 一人で暮らしたい。
    achieve_by: 2019-05
    review_at: 2019-04
consent:
  signed_by: person
  date: 2026-04-01
";

/// The same plan with every date and month in 和暦, written each way a
/// specialist types it.
const WAREKI: &str = "format: 1
kind: plan
person:
  name: 山田 花子
  name_reading: やまだ はなこ
  birth_date: H11.8.21
dates:
  created: 令和8年4月1日
  start: 令和８年５月
  monitoring_every_months: 3
  monitoring_from: R8/7
  monitored_on: R8.6.30
needs:
  - id: work
    need: 作業所で働きたい。
    achieve_by: 令和9年3月
    review_at: R8.7
  - id: home
    need: 一人で暮らしたい。
    achieve_by: 令和元年5月
    review_at: 平成31年4月
consent:
  signed_by: person
  date: 令和 8年 4月 1日
";

#[test]
fn a_plan_in_wareki_is_the_same_plan_as_in_iso() {
    let iso = yomeru::plan::parse(ISO, Format::Yaml).unwrap_or_else(|e| panic!("{e}")).0;
    let wareki = yomeru::plan::parse(WAREKI, Format::Yaml).unwrap_or_else(|e| panic!("{e}")).0;
    assert_eq!(serde_json::to_value(&wareki).unwrap(), serde_json::to_value(&iso).unwrap());
    assert_eq!(wareki.dates.created.0, "2026-04-01", "kept as ISO");
    // TOML and JSON are read the same way.
    let toml = "format = 1\nkind = \"plan\"\n[person]\nname = \"山田 花子\"\nname_reading = \"やまだ はなこ\"\n[dates]\ncreated = \"R8.4.1\"\nstart = \"令和8年5月\"\n[[needs]]\nid = \"a\"\nneed = \"働きたい\"\n";
    let plan = yomeru::plan::parse(toml, Format::Toml).unwrap_or_else(|e| panic!("{e}")).0;
    assert_eq!(
        (plan.dates.created.0.as_str(), plan.dates.start.unwrap().0.as_str()),
        ("2026-04-01", "2026-05")
    );
}

#[test]
fn a_date_its_era_does_not_have_is_refused_where_it_is_written() {
    let text = WAREKI
        .replace("created: 令和8年4月1日", "created: 平成38年4月1日")
        .replace("review_at: 平成31年4月", "review_at: 令和0年4月");
    let e = yomeru::plan::parse(&text, Format::Yaml).unwrap_err();
    let found: Vec<(String, Option<usize>, String)> = e
        .all()
        .map(|e| {
            let l = e.location();
            let ja = e.message(&yomeru::locale::Locale::default_lang());
            (l.path.clone().unwrap_or_default(), l.line, ja)
        })
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].1), ("dates.created", Some(8)));
    assert!(
        found[0].2.contains("平成31年4月30日") && found[0].2.contains("令和8年4月1日"),
        "{found:?}"
    );
    assert_eq!((found[1].0.as_str(), found[1].1), ("needs[1].review_at", Some(21)));
    assert!(found[1].2.contains("元年"), "{found:?}");
}

/// The official form and the easy version of `text` as a screen reader
/// reads them (no readings, no spaces), with `calendar` and label
/// language `lang`.
fn documents(text: &str, calendar: Calendar, lang: &str) -> Vec<(Variant, Vec<u8>, String)> {
    let session = Session::new(Settings {
        documents: vec![Document::One(Variant::Official), Document::One(Variant::Easy)],
        calendar,
        document_language: Some(lang.into()),
        ..Settings::default()
    });
    let plan =
        session.load(text.as_bytes(), "hanako.yaml".as_ref(), &yomeru::plan::NoFiles).unwrap();
    let out = session.render(&plan, "hanako").unwrap_or_else(|e| panic!("{e}"));
    [Variant::Official, Variant::Easy]
        .into_iter()
        .zip(out.files)
        .map(|(v, f)| {
            let text = spoken(&f.bytes);
            (v, f.bytes, text)
        })
        .collect()
}

#[test]
fn render_wareki_prints_every_date_and_month_in_wareki() {
    let docs = documents(ISO, Calendar::Wareki, "ja");
    let (_, _, official) = &docs[0];
    for date in [
        "平成11年8月21日",
        "令和8年4月1日",
        "令和8年5月",
        "令和8年7月",
        "令和9年3月",
        "令和元年5月",
        "平成31年4月",
    ] {
        assert!(official.contains(date), "official: {date} in {official}");
    }
    let (_, _, easy) = &docs[1];
    for date in ["令和8年4月1日（水）", "令和8年5月", "令和9年3月", "令和元年5月", "令和8年7月"]
    {
        assert!(easy.contains(date), "easy: {date} in {easy}");
    }
    // No western year is left in either document: none of the plan's text
    // holds one, so every year printed is a date's.
    for (variant, _, text) in &docs {
        let chars: Vec<char> = text.chars().collect();
        let western: Vec<String> = chars
            .windows(5)
            .filter(|w| w[..4].iter().all(char::is_ascii_digit) && matches!(w[4], '年' | '-' | '/'))
            .map(|w| w.iter().collect())
            .collect();
        assert!(western.is_empty(), "{variant:?}: {western:?}");
    }
    // Without --wareki the same plan prints western dates.
    let docs = documents(ISO, Calendar::Western, "ja");
    assert!(docs[0].2.contains("2026年4月1日") && !docs[0].2.contains("令和"), "{}", docs[0].2);
}

#[test]
fn english_labels_keep_the_western_date_with_wareki() {
    let docs = documents(ISO, Calendar::Wareki, "en");
    let (_, _, official) = &docs[0];
    assert!(official.contains("1Apr2026"), "{official}");
    let (_, _, easy) = &docs[1];
    assert!(easy.contains("1April2026"), "{easy}");
    for (variant, _, text) in &docs {
        assert!(!text.contains("令和") && !text.contains("Reiwa"), "{variant:?}: {text}");
    }
}

#[test]
fn monitoring_reports_print_their_dates_and_the_plans_in_wareki() {
    let path = root().join("examples/monitoring/sato-kenta-2026-07.yaml");
    let loaded = load_plan(&path).unwrap();
    let settings = Settings { calendar: Calendar::Wareki, ..Settings::default() };
    let (pdf, _) = pdf_of(&loaded, Document::One(Variant::Official), settings.clone());
    let text = spoken(&pdf);
    // モニタリング実施日, 作成日, the plan's 計画作成日 and a goal's 達成時期.
    for date in ["令和8年7月15日", "令和8年7月20日", "令和8年4月1日", "令和8年10月"]
    {
        assert!(text.contains(date), "{date} in {text}");
    }
    for western in ["2026年7月15日", "2026年7月20日", "2026年4月1日", "2026年10月"] {
        assert!(!text.contains(western), "{western} in {text}");
    }
    let (pdf, _) = pdf_of(&loaded, Document::One(Variant::Easy), settings);
    let text = spoken(&pdf);
    assert!(text.contains("令和8年7月15日（水）"), "easy: {text}");
}

#[test]
fn the_same_plan_renders_the_same_bytes_with_wareki() {
    let first = documents(WAREKI, Calendar::Wareki, "ja");
    let second = documents(WAREKI, Calendar::Wareki, "ja");
    for ((v, a, _), (_, b, _)) in first.iter().zip(&second) {
        assert!(a == b, "{v:?} differs between two renders");
    }
    // A plan in 和暦 and the same plan in ISO make the same documents.
    let iso = documents(ISO, Calendar::Wareki, "ja");
    for ((v, a, _), (_, b, _)) in first.iter().zip(&iso) {
        assert!(a == b, "{v:?}: 和暦 input and ISO input differ");
    }
}

#[test]
fn render_wareki_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("hanako.yaml");
    std::fs::write(&plan, WAREKI).unwrap();
    let out = yomeru()
        .args(["render", "--variant", "official", "--wareki", "-o"])
        .arg(dir.path())
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = spoken(&std::fs::read(dir.path().join("hanako.official.pdf")).unwrap());
    assert!(text.contains("令和8年4月1日"), "{text}");
}
