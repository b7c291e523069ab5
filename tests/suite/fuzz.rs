//! The fuzz harness that stays: generated plans and broken plan files,
//! asserting that yomeru answers every one with a PDF or a located error,
//! never a panic, and never prints a PDF with text missing.
//!
//! Two properties, bounded so the suite stays fast; raise the counts with
//! `YOMERU_FUZZ_CASES` (hostile plans) and `YOMERU_FUZZ_FILES` (broken
//! files) to run longer locally (`YOMERU_FUZZ_SAY=1` prints why each
//! refused plan was refused). `cargo test` runs 10 hostile plans and 600
//! broken files; issue 12 was closed after 200 and 20,000.
//! - **hostile text in every field** of a structurally valid plan (all
//!   Unicode planes, controls and invisible characters, Typst and Jinja
//!   syntax, long runs without a space), written as JSON, read, rendered
//!   official and easy: a render that succeeds holds every character of
//!   every field in the official PDF's text;
//! - **broken files**: example plans mutated byte by byte and token by
//!   token (aliases, brackets, tabs, quotes, document markers, invalid
//!   UTF-8) in YAML, JSON and TOML: the parser returns a plan or errors
//!   that each name the file and a line or key path.

use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use yomeru::plan::{LoadedPlan, NoFiles};
use yomeru::render::Variant;
use yomeru::session::{Document, Session};

use crate::common::*;

pub fn cases(var: &str, default: u32) -> u32 {
    std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// One character a hostile plan may hold; `any_plane` adds scalar values
/// of every plane, mostly characters no font has (such a plan is refused,
/// so without them most plans would never reach Typst).
fn hostile_char(any_plane: bool) -> impl Strategy<Value = char> {
    prop_oneof![
        u32::from(any_plane) => any::<char>(),
        // Controls and invisible format characters.
        1 => prop::sample::select(vec![
            '\u{0}', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{ad}', '\u{200b}', '\u{200d}',
            '\u{200e}', '\u{2028}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{feff}', '\u{e0041}',
        ]),
        // Syntax of the layers a text passes through.
        3 => prop::sample::select(vec![
            '#', '$', '[', ']', '{', '}', '<', '>', '@', '*', '_', '\\', '/', '"', '\'', '`',
            '%', '=', '-', '+', ':', ';', '~', '|', '&',
        ]),
        2 => prop::char::range('!', '~'),
        3 => prop::char::range('ぁ', 'ゖ'),
        1 => prop::char::range('ァ', 'ヺ'),
        3 => prop::sample::select("福祉支援計画生活介護就労継続障害区分利用者佐藤渡辺髙橋﨑𠮷".chars().collect::<Vec<_>>()),
        1 => prop::sample::select(vec![' ', '　', '\n', '\t']),
    ]
}

/// A hostile text: short mixes, Typst and Jinja snippets, long runs.
fn hostile_text(any_plane: bool) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::collection::vec(hostile_char(any_plane), 0..30).prop_map(|v| v.into_iter().collect()),
        1 => prop::sample::select(vec![
            "#panic(\"x\")", "]) #set page(width: 1pt) #([", "{{ plan }}{% raw %}", "$ x $",
            "/* // */", "\\\" \\u{41}", "= 見出し\n- 項目", "#import \"@preview/x:0.1.0\"",
        ])
        .prop_map(str::to_string),
        1 => (prop::sample::select(vec!["x", "あ", "https://example.jp/", "0"]), 50..400usize)
            .prop_map(|(s, n)| s.repeat(n / s.chars().count().max(1))),
    ]
}

/// The example plan the hostile texts go into, as JSON, with the photos
/// (files beside the example) left out.
pub fn base() -> serde_json::Value {
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let mut json = serde_json::to_value(&plan.plan).unwrap();
    strip_photos(&mut json);
    json
}

fn strip_photos(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("photo");
            m.values_mut().for_each(strip_photos);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_photos),
        _ => {}
    }
}

/// `needs[1].goal` → `/needs/1/goal`.
fn pointer(path: &str) -> String {
    let mut p = String::new();
    for part in path.split('.') {
        for (i, piece) in part.split('[').enumerate() {
            p.push('/');
            p.push_str(if i == 0 { piece } else { piece.trim_end_matches(']') });
        }
    }
    p
}

/// `json` with `texts` written into its printable fields, in order.
pub fn with_texts(
    json: &serde_json::Value,
    paths: &[String],
    texts: &[String],
) -> serde_json::Value {
    let mut out = json.clone();
    for (path, text) in paths.iter().zip(texts) {
        let target = out.pointer_mut(&pointer(path)).expect("a field of the plan");
        match target {
            serde_json::Value::Object(m) => {
                m.insert("text".into(), text.clone().into());
                m.remove("plain");
            }
            v => *v = text.clone().into(),
        }
    }
    out
}

/// The count of each visible character of `s`.
fn counts(s: &str) -> std::collections::HashMap<char, usize> {
    let mut m = std::collections::HashMap::new();
    for c in s.chars().filter(|c| !c.is_whitespace() && !yomeru::error::is_invisible(*c)) {
        *m.entry(c).or_insert(0) += 1;
    }
    m
}

#[test]
fn hostile_text_in_every_field_renders_whole_or_is_a_located_error() {
    let json = base();
    let plan = serde_json::from_value::<yomeru::plan::Plan>(json.clone()).unwrap();
    let paths: Vec<String> = printable_strings(&plan)
        .into_iter()
        .map(|(p, _)| p)
        // Ids and words of the format are checked, not printed as written.
        .filter(|p| {
            !p.ends_with(".id") && !p.ends_with(".service") && !p.contains("support_category")
        })
        .collect();
    let session =
        Session::new(settings(&[Document::One(Variant::Official), Document::One(Variant::Easy)]));
    let mut runner = TestRunner::new(Config {
        cases: cases("YOMERU_FUZZ_CASES", 10),
        failure_persistence: None,
        ..Config::default()
    });
    // A third of the plans hold characters of every plane (refused with a
    // located error); the rest reach Typst.
    let strategy = prop_oneof![
        1 => prop::collection::vec(hostile_text(true), paths.len()),
        2 => prop::collection::vec(hostile_text(false), paths.len()),
    ];
    let (rendered, refused) = (std::cell::Cell::new(0), std::cell::Cell::new(0));
    runner
        .run(&strategy, |texts| {
            let text = serde_json::to_string_pretty(&with_texts(&json, &paths, &texts)).unwrap();
            let loaded = session.load(text.as_bytes(), Path::new("hostile.json"), &NoFiles);
            let plan: LoadedPlan = match loaded {
                Ok(plan) => plan,
                Err(e) => {
                    for e in e.all() {
                        let l = e.location();
                        prop_assert!(
                            l.file.is_some() && (l.line.is_some() || l.path.is_some()),
                            "{e:?}"
                        );
                    }
                    refused.set(refused.get() + 1);
                    if std::env::var("YOMERU_FUZZ_SAY").is_ok() {
                        eprintln!("refused: {:?}", e.all().map(|e| e.id()).collect::<Vec<_>>());
                    }
                    return Ok(());
                }
            };
            let output = session.render(&plan, "hostile");
            let output = match output {
                Ok(o) => o,
                Err(e) => {
                    return Err(TestCaseError::fail(format!(
                        "a loaded plan failed to render: {e}"
                    )));
                }
            };
            rendered.set(rendered.get() + 1);
            let official = &output.files[0].bytes;
            let printed = counts(&pdf_text(official));
            let written: String = texts.concat();
            for (c, n) in counts(&written) {
                let found = printed.get(&c).copied().unwrap_or(0);
                prop_assert!(found >= n, "{c:?} ({:04X}): {n} written, {found} printed", c as u32);
            }
            Ok(())
        })
        .unwrap();
    let (rendered, refused) = (rendered.get(), refused.get());
    eprintln!("hostile plans: {rendered} rendered, {refused} refused with located errors");
}

/// A mutation of a plan file's bytes.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    DuplicateLine(usize),
    Byte(usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let token = prop::sample::select(vec![
        "&a ",
        "*a",
        "<<: *a\n",
        "[",
        "]",
        "{",
        "}",
        "- ",
        ": ",
        "\t",
        "'",
        "\"",
        "#",
        "---\n",
        "? ",
        "!!str ",
        "!!binary ",
        "|\n",
        ">-\n",
        "\n  ",
        "\u{feff}",
        "\u{202e}",
        "　",
        "：",
        "99999999999999999999999",
        "0x1F",
        "1e999",
        "null",
        "~",
        "= ",
        "[[x]]\n",
        "\\",
    ]);
    prop_oneof![
        3 => (any::<usize>(), token).prop_map(|(i, t)| Mutation::Insert(i, t.as_bytes().to_vec())),
        1 => (any::<usize>(), prop::collection::vec(any::<u8>(), 1..4)).prop_map(|(i, b)| Mutation::Insert(i, b)),
        2 => (any::<usize>(), 1..40usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => any::<usize>().prop_map(Mutation::DuplicateLine),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Byte(i, b)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    match m {
        Mutation::Insert(i, t) => {
            let i = i % (bytes.len() + 1);
            bytes.splice(i..i, t.iter().copied());
        }
        Mutation::Delete(i, n) => {
            let i = i % bytes.len();
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::DuplicateLine(i) => {
            let lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
            let k = i % lines.len();
            let mut out = Vec::new();
            for (j, l) in lines.iter().enumerate() {
                out.extend_from_slice(l);
                out.push(b'\n');
                if j == k {
                    out.extend_from_slice(l);
                    out.push(b'\n');
                }
            }
            *bytes = out;
        }
        Mutation::Byte(i, b) => {
            let i = i % bytes.len();
            bytes[i] = *b;
        }
    }
}

#[test]
fn broken_plan_files_give_a_plan_or_located_errors() {
    let json = serde_json::to_string_pretty(&base()).unwrap();
    let toml_text = std::fs::read_to_string(root().join("tests/suite/inputs/night.toml")).unwrap();
    let mut sources: Vec<(String, Vec<u8>)> = examples()
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(p).unwrap()))
        .collect();
    sources.push(("plan.json".into(), json.into_bytes()));
    sources.push(("night.toml".into(), toml_text.into_bytes()));
    let mut runner = TestRunner::new(Config {
        cases: cases("YOMERU_FUZZ_FILES", 600),
        failure_persistence: None,
        ..Config::default()
    });
    let strategy = (0..sources.len(), prop::collection::vec(mutation(), 1..6));
    runner
        .run(&strategy, |(which, mutations)| {
            let (name, original) = &sources[which];
            let mut bytes = original.clone();
            for m in &mutations {
                apply(&mut bytes, m);
            }
            if let Err(e) = yomeru::plan::load(&bytes, Path::new(name), &NoFiles) {
                for e in e.all() {
                    let l = e.location();
                    let whole_file = matches!(e.id(), "empty-file" | "photo-missing");
                    prop_assert_eq!(l.file.as_deref(), Some(Path::new(name)), "{:?}", e);
                    prop_assert!(l.line.is_some() || l.path.is_some() || whole_file, "{:?}", e);
                }
            }
            Ok(())
        })
        .unwrap();
}
