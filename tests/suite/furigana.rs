//! Official PDFs with `--furigana`: every kanji the plan's text and the
//! labels print has its reading above it, names are never guessed, and a
//! screen reader gets each word once.

use crate::common::*;
use yomeru::japanese::grade::Furigana;
use yomeru::japanese::kana::is_kanji;
use yomeru::render::Variant;
use yomeru::session::{Document, Settings};

const OFFICIAL: Document = Document::One(Variant::Official);

fn with_furigana(furigana: Furigana) -> Settings {
    Settings { furigana: Some(furigana), ..Settings::default() }
}

/// The official documents' generated Typst with `furigana`.
fn official_typ(plan: &yomeru::plan::LoadedPlan, furigana: Furigana) -> String {
    main_typ(plan, OFFICIAL, with_furigana(furigana))
}

/// The string literals of Typst source, each with whether it is an
/// argument of a `ruby(…)` or `ruby-measured(…)` call (a base or reading).
fn literals(src: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut in_ruby = false;
    while i < chars.len() {
        let rest: String = chars[i..chars.len().min(i + 14)].iter().collect();
        if rest.starts_with("ruby(") || rest.starts_with("ruby-measured(") {
            in_ruby = true;
        }
        match chars[i] {
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    s.push(chars[i]);
                    i += 1;
                }
                out.push((s, in_ruby));
            }
            ')' => in_ruby = false,
            _ => {}
        }
        i += 1;
    }
    out
}

/// Lines of the generated source that are metadata or functions over
/// labels, not printed plan text: the document title, author and footer
/// name, and the lambdas that fill in page numbers and times.
fn printed_source(src: &str) -> String {
    const NOT_TEXT: &[&str] = &[
        "  title:",
        "  author:",
        "  name:",
        "  page-label:",
        "  next-day:",
        "  day-before:",
        "  time-range:",
        "  continued:",
    ];
    let lines = src
        .lines()
        .filter(|l| !NOT_TEXT.iter().any(|p| l.starts_with(p)))
        .collect::<Vec<_>>()
        .join("\n");
    // A picture's alt text is read aloud, not printed.
    let mut out = String::with_capacity(lines.len());
    let mut rest = lines.as_str();
    while let Some(at) = rest.find("alt: \"") {
        out.push_str(&rest[..at]);
        let body = &rest[at + 6..];
        rest = body.find('"').map_or("", |end| &body[end + 1..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn every_printed_kanji_has_a_reading_except_names() {
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        // Only the name parts `check` lists, for the specialist to give
        // their readings, are printed without one.
        let report = yomeru::readability::check_plan(&plan, &Default::default());
        let mut names: Vec<String> =
            report.readings.iter().filter(|d| d.kind == "name").map(|d| d.word.clone()).collect();
        // The form prints these names with their reading on a line of its
        // own above them (フリガナ), as the official form does.
        names.push(plan.plan.person.name.clone());
        if plan.plan.office.planner_reading.is_some() {
            names.extend(plan.plan.office.planner.clone());
        }
        names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        let official = official_typ(&plan, Furigana::All);
        let easy = main_typ(&plan, Document::One(Variant::Easy), Settings::default());
        let mut bare = Vec::new();
        let sources = [&official, &easy];
        for (lit, in_ruby) in sources.iter().flat_map(|src| literals(&printed_source(src))) {
            if in_ruby || !lit.chars().any(is_kanji) {
                continue;
            }
            let mut rest = lit.clone();
            for n in &names {
                rest = rest.replace(n.as_str(), "");
            }
            if rest.chars().any(is_kanji) {
                bare.push(lit);
            }
        }
        assert!(bare.is_empty(), "{}: kanji without a reading: {bare:?}", path.display());
        // And the ruby calls are there: the policy's first word is read.
        assert!(official.contains("#ruby("), "{}", path.display());
    }
}

#[test]
fn grade_filter_in_the_official_pdf() {
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let all = official_typ(&plan, Furigana::All);
    let g6 = official_typ(&plan, Furigana::Grade(6));
    // 本人 (grade 1) is read in `all` only; 援助 has 援 (secondary school).
    assert!(all.contains("#ruby(\"本人\", \"ほん\", \"にん\");"), "{all}");
    assert!(!g6.contains("#ruby(\"本人\""));
    assert!(g6.contains("ruby(\"援助\""), "援 is read at grade:6");
    // Without furigana nothing changes: no ruby, no taller lines.
    let none = official_typ(&plan, Furigana::None);
    assert!(!none.contains("#ruby(") && none.contains("furigana: false"));
    assert!(all.contains("furigana: true"));
}

#[test]
fn screen_readers_get_each_word_once() {
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let (pdf, _) = pdf_of(&plan, OFFICIAL, with_furigana(Furigana::All));
    // The readings are drawn: the page text (what pdftotext shows) has them.
    let drawn = squash(&pdf_text(&pdf));
    assert!(drawn.contains("せいかつ"), "readings are on the page");
    // The tagged structure (what a screen reader reads) has the words
    // without their readings: the readings are artifacts.
    let said = spoken(&pdf);
    assert!(said.contains("本人が望むグループホームでの生活に向けて"), "{said}");
    assert!(!said.contains("せいかつ"), "a reading is in the structure tree: {said}");
    // Each rubied word stays inside its paragraph or cell, not an element
    // of its own.
    let tree = struct_tree(&pdf);
    let policy = tree.iter().find(|(_, text)| squash(text).starts_with("本人が望むグループホーム"));
    assert!(matches!(policy, Some((tag, _)) if tag == "TD" || tag == "P"), "{policy:?}");
    assert!(
        !tree.iter().any(|(tag, text)| (tag == "P" || tag == "TD") && text == "本"),
        "{tree:?}"
    );
}

#[test]
fn furigana_and_wakachi_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = yomeru()
        .args(["render", "--furigana", "grade:3", "--wakachi", "-o"])
        .arg(dir.path())
        .arg(root().join("examples/sato-kenta.yaml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let pdf = std::fs::read(dir.path().join("sato-kenta.official.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    // 分かち書き: the policy's 文節 are spaced.
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let main = main_typ(&plan, OFFICIAL, Settings { wakachi: true, ..Settings::default() });
    assert!(main.contains("本人が 望む グループホームでの 生活に 向けて"), "{main}");
    let bad = yomeru().args(["render", "--furigana", "grade:9", "x.yaml"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2), "a bad --furigana value is a usage error");
}

/// Every variable a document label uses, given as a number: digits keep
/// the counters after them readable by rule.
const LABEL_ARGS: &[&str] = &[
    "year", "month", "day", "weekday", "hour", "minute", "half", "months", "page", "total", "n",
    "step", "level", "time", "from", "to", "called", "name", "planner", "office", "amount",
    "provider", "date", "title", "weekly", "label", "service", "signed", "role", "relation", "era",
    "era_year", "count", "numbers",
];

/// The document labels of the Japanese locales, formatted with numbers
/// for their variables (an era's name for `era`), readings marked; a 和暦
/// date also in an era's first year (元年).
fn japanese_labels() -> Vec<(String, String, String)> {
    use yomeru::locale::Locale;
    let era = Locale::get("ja").unwrap().format_marked("era-reiwa", &[]);
    let args: Vec<(&str, fluent_bundle::FluentValue)> = LABEL_ARGS
        .iter()
        .map(|a| (*a, if *a == "era" { era.clone().into() } else { 5.into() }))
        .collect();
    let mut first_year = args.clone();
    first_year.retain(|(a, _)| *a != "era_year");
    first_year.push(("era_year", 1.into()));
    let mut out = Vec::new();
    for lang in ["ja-easy", "ja"] {
        let l = Locale::get(lang).unwrap();
        for id in l.ids() {
            // Alt text is read aloud, not printed with readings; the other
            // files of `ja` are messages of the command line.
            let document = id.starts_with("easy-") || lang == "ja" && !is_message_id(id);
            if document {
                out.push((lang.to_string(), id.clone(), l.format_marked(id, &args)));
            }
            if document && id.ends_with("-wareki") {
                let marked = l.format_marked(id, &first_year);
                out.push((lang.to_string(), format!("{id} (元年)"), marked));
            }
        }
    }
    out
}

/// Ids of the command line's messages, errors, checker findings and schema
/// descriptions: everything in `ja` that is not `official.ftl`.
fn is_message_id(id: &str) -> bool {
    let official = include_str!("../../locales/ja/official.ftl");
    !official.lines().any(|l| l.split_once(" = ").is_some_and(|(k, _)| k == id))
}

#[test]
fn every_label_has_its_fixed_reading() {
    use yomeru::japanese::reading::{
        Lexicon, MARK_CLOSE, MARK_OPEN, MARK_READING, hiragana, read, unmark,
    };
    let lexicon = Lexicon::welfare();
    let labels = japanese_labels();
    assert!(labels.len() > 150, "{}", labels.len());
    let mut problems = Vec::new();
    let mut readings = String::new();
    for (lang, id, marked) in &labels {
        // The reading of each marked word is printed as given, in place.
        let segs = read(marked, &lexicon);
        let mut words = Vec::new(); // (start, end, reading) in the unmarked text
        let mut plain_len = 0;
        for (k, part) in marked.split(MARK_OPEN).enumerate() {
            if k == 0 {
                plain_len += part.len();
                continue;
            }
            let (base, rest) = part.split_once(MARK_READING).unwrap();
            let (reading, tail) = rest.split_once(MARK_CLOSE).unwrap();
            words.push((plain_len, plain_len + base.len(), base, reading));
            plain_len += base.len() + tail.len();
        }
        let mut at = 0;
        let mut placed = Vec::new(); // (start, end, ruby)
        for s in &segs {
            placed.push((at, at + s.base.len(), s.ruby.clone()));
            at += s.base.len();
        }
        for (start, end, base, reading) in words {
            let printed: String = placed
                .iter()
                .filter(|(a, b, _)| *a >= start && *b <= end)
                .filter_map(|(_, _, r)| r.clone())
                .collect();
            if printed != reading {
                problems.push(format!("{lang} {id}: {base} printed {printed:?}, not {reading}"));
            }
        }
        // No kanji is left without a reading: every one is marked in the
        // file, or a counter after a number, read by rule.
        for s in &segs {
            if s.ruby.is_none() && s.base.chars().any(is_kanji) {
                problems.push(format!("{lang} {id}: {:?} has no reading", s.base));
            }
        }
        let plain = unmark(marked);
        let unmarked_kanji = marked
            .split(MARK_OPEN)
            .enumerate()
            .map(|(k, p)| if k == 0 { p } else { p.split_once(MARK_CLOSE).map_or("", |x| x.1) })
            .collect::<String>();
        let counters_only =
            unmarked_kanji.char_indices().filter(|(_, c)| is_kanji(*c)).all(|(at, _)| {
                let before = &unmarked_kanji[..at];
                let before = before.trim_end_matches(|c: char| is_kanji(c) || c == 'か');
                before.ends_with(|c: char| c.is_ascii_digit())
            });
        if !counters_only {
            problems.push(format!("{lang} {id}: kanji without a reading in the file: {plain}"));
        }
        readings.push_str(&format!("{lang} {id}: {}\n", hiragana(marked, &lexicon, false)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    insta::assert_snapshot!("label_readings", readings);
}

/// A plan whose office, provider and supporter names mix common words and
/// name parts, with one reading given in `readings:`.
const NAMES_PLAN: &str = "format: 1
kind: plan
person:
  name: 山田 花子
  name_reading: やまだ はなこ
office:
  name: 𠮷祥寺みらい相談室
  planner: 川口 さくら
  planner_reading: かわぐち さくら
dates:
  created: 2026-04-01
needs:
  - id: a
    need: 週3日（月・水・金）、作業所で働きたい。
    services:
      - kind: 就労継続支援B型
        provider: みどり福祉会 ひかり作業所2号店
        contact: 管理者 大河内
supporters:
  - name: 近所の山川さん
    role: 困ったときの相談
readings:
  𠮷祥寺: きちじょうじ
";

#[test]
fn names_are_read_in_their_common_words_and_check_lists_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("names.yaml");
    std::fs::write(&plan, NAMES_PLAN).unwrap();
    // The easy PDF: the plan's reading inside the office name, the common
    // words of the provider's name read, the weekdays read as weekdays.
    let loaded = load_plan(&plan).unwrap();
    let (pdf, _) = variant_pdf(&loaded, Variant::Easy, Default::default());
    let text = squash(&crate::pdf::pdf_text(&pdf));
    // (The page text gives each reading after its kanji.)
    let expected = [
        "𠮷祥寺きちじょうじ",
        "相談室そうだんしつ",
        "作業所さぎょうしょ",
        "2号ごう店てん",
        "福祉ふくし会かい",
    ];
    for read in expected.into_iter().chain(["月げつ・水すい・金きん", "近所きんじょの山川さん"])
    {
        assert!(text.contains(read), "{read} missing from {text}");
    }
    assert!(!text.contains("みず") && !text.contains("きむ"), "{text}");
    // `check` lists each name part it printed without a reading, once, at
    // its field, in Japanese and in English.
    let out = yomeru().args(["check"]).arg(&plan).output().unwrap();
    let ja = String::from_utf8(out.stdout).unwrap();
    for (word, key) in
        [("大河内", "needs[0].services[0].contact:"), ("山川", "supporters[0].name:")]
    {
        let line = ja.lines().find(|l| l.contains(&format!("「{word}」"))).unwrap_or_default();
        assert!(line.contains(key) && line.contains("names.yaml:"), "{word}: {ja}");
        assert!(line.contains("名前"), "{line}");
    }
    assert_eq!(ja.matches("「山川」").count(), 1, "{ja}");
    assert!(!ja.contains("「𠮷祥寺」") && !ja.contains("「作業所」"), "{ja}");
    let out = yomeru().args(["--lang", "en", "check"]).arg(&plan).output().unwrap();
    let en = String::from_utf8(out.stdout).unwrap();
    assert!(en.contains("“大河内” is part of a name"), "{en}");
    assert!(en.contains("readings:"), "{en}");
    // JSON for scripts: the same, with kind and line.
    let out = yomeru().args(["check", "--format", "json"]).arg(&plan).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let v = if v.is_array() { v[0].clone() } else { v };
    let readings = v["readings"].as_array().unwrap();
    let yamakawa = readings.iter().find(|r| r["word"] == "山川").unwrap();
    assert_eq!(yamakawa["kind"], "name");
    assert_eq!(yamakawa["path"], "supporters[0].name");
    assert_eq!(yamakawa["line"], 20);
    // Given its reading, a name part is read and no longer listed.
    std::fs::write(&plan, format!("{NAMES_PLAN}  山川: やまかわ\n  大河内: おおこうち\n")).unwrap();
    let out = yomeru().args(["check"]).arg(&plan).output().unwrap();
    let ja = String::from_utf8(out.stdout).unwrap();
    assert!(!ja.contains("「山川」") && !ja.contains("「大河内」"), "{ja}");
}

#[test]
fn a_reading_wider_than_its_kanji_opens_no_false_space() {
    // 誠 (まこと) begins a phrase of its own and its reading is wider than
    // it; with no room over its neighbours the kanji was pushed apart, and
    // 「兄（渡辺 誠 ）」 read as if spaced before the bracket.
    let plan = load_plan(&root().join("examples/watanabe-takeshi.yaml")).unwrap();
    for (variant, furigana) in [(Variant::Easy, None), (Variant::Official, Some(Furigana::All))] {
        let settings = Settings { furigana, ..Settings::default() };
        let (pdf, pages) = pdf_of(&plan, Document::One(variant), settings);
        let found: Vec<_> = (1..=pages).flat_map(|p| text_boxes(&pdf, p, "誠）")).collect();
        assert!(!found.is_empty(), "{variant:?}");
        for b in found {
            // A full-width kanji and a half-width bracket, side by side.
            let ems = (b.x1 - b.x0) / b.size;
            assert!(ems < 1.55, "{variant:?}: 誠） is {ems:.2} em wide");
        }
    }
}
