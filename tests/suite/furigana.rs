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
        "  time-range:",
        "  continued:",
    ];
    src.lines()
        .filter(|l| !NOT_TEXT.iter().any(|p| l.starts_with(p)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_printed_kanji_has_a_reading_except_names() {
    for path in examples() {
        let plan = load_plan(&path).unwrap();
        let p = &plan.plan;
        // Names the plan gives no reading for are printed as written.
        let mut names: Vec<String> = vec![p.person.name.clone()];
        names.extend(p.office.name.clone());
        names.extend(p.office.planner.clone());
        names.extend(p.person.guardian.iter().map(|g| g.name.clone()));
        names.extend(p.supporters.iter().map(|s| s.name.clone()));
        for s in p.needs.iter().flat_map(|n| &n.services) {
            // A provider and its contact person ("管理者 中村 03-…").
            names.extend(s.provider.clone());
            names.extend(s.contact.clone());
        }
        let src = official_typ(&plan, Furigana::All);
        let mut bare = Vec::new();
        for (lit, in_ruby) in literals(&printed_source(&src)) {
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
        assert!(src.contains("#ruby("), "{}", path.display());
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
