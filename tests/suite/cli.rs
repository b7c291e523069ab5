//! The command line as a specialist uses it: bad plans are refused with the
//! line and key path, nothing is written, and exit codes follow the rules.

use crate::common::*;

const GOOD: &str = include_str!("../../examples/sato-kenta.yaml");

/// Runs `yomeru render` on `text` saved as `name`; returns (exit code, stderr, files written).
fn render_text(name: &str, text: &str, extra: &[&str]) -> (i32, String, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join(name);
    std::fs::write(&plan, text).unwrap();
    let out_dir = dir.path().join("out");
    let out =
        yomeru().arg("render").arg(&plan).arg("-o").arg(&out_dir).args(extra).output().unwrap();
    let files = list(&out_dir);
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned(), files)
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect(needle) + 1
}

#[track_caller]
fn assert_refused(text: &str, line: usize, path: &str) -> String {
    let (code, err, files) = render_text("plan.yaml", text, &[]);
    assert_eq!(code, 1, "exit code; stderr: {err}");
    assert!(files.is_empty(), "no file may be written, found {files:?}");
    assert!(err.contains(&format!("plan.yaml:{line}:")), "line {line} in: {err}");
    assert!(err.contains(path), "key path {path} in: {err}");
    err
}

#[test]
fn good_plan_renders_pdf() {
    // Both the official form and the easy version, by default.
    let (code, err, mut files) = render_text("kenta.yaml", GOOD, &[]);
    assert_eq!(code, 0, "{err}");
    files.sort();
    assert_eq!(files, ["kenta.easy.pdf", "kenta.official.pdf"]);
    // Print options are in the names: nothing overwrites the everyday copy.
    let (code, err, mut files) =
        render_text("kenta.yaml", GOOD, &["--variant", "easy", "--paper", "a3", "--monochrome"]);
    assert_eq!(code, 0, "{err}");
    files.sort();
    assert_eq!(files, ["kenta.easy.a3.mono.pdf"]);
}

#[test]
fn missing_name_reading_is_refused() {
    let text = GOOD.replace("  name_reading: さとう けんた\n", "");
    let err = assert_refused(&text, line_of(GOOD, "person:"), "person.name_reading");
    assert!(err.contains("必ず書く項目"), "Japanese by default: {err}");
}

#[test]
fn unknown_key_is_refused_with_suggestion() {
    let text = GOOD.replace(
        "    achieve_by: 2026-10\n    services:\n      - kind: 共同生活援助",
        "    acheive_by: 2026-10\n    services:\n      - kind: 共同生活援助",
    );
    let line = line_of(&text, "acheive_by");
    let err = assert_refused(&text, line, "needs[0].acheive_by");
    assert!(err.contains("achieve_by"), "suggestion in: {err}");
}

#[test]
fn impossible_date_is_refused() {
    let text = GOOD.replace("created: 2026-04-01", "created: 2026-13-01");
    assert_refused(&text, line_of(&text, "created:"), "dates.created");
}

#[test]
fn end_before_start_is_refused() {
    let text = GOOD.replace(
        "      from: \"17:00\"\n      to: \"18:00\"",
        "      from: \"17:00\"\n      to: \"16:00\"",
    );
    assert_refused(&text, line_of(&text, "to: \"16:00\""), "weekly.slots[1].to");
}

#[test]
fn yaml_syntax_error_is_refused_with_line() {
    let text = GOOD.replace("  called: けんたさん", "  called: \"けんたさん");
    let (code, err, files) = render_text("plan.yaml", &text, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(files.is_empty());
    let line = line_of(&text, "called:");
    assert!(err.contains(&format!("plan.yaml:{line}:")), "line {line} in: {err}");
    assert!(err.contains("person.called"), "key path in: {err}");
}

#[test]
fn english_messages_with_lang_en() {
    let text = GOOD.replace("created: 2026-04-01", "created: 2026-02-30");
    let (code, err, _) = render_text("plan.yaml", &text, &["--lang", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("not a valid date"), "{err}");
    assert!(err.contains("dates.created"), "{err}");
}

#[test]
fn messages_and_documents_have_separately_named_languages() {
    let dir = tempfile::tempdir().unwrap();
    let plan = root().join("examples/sato-kenta.yaml");
    let run = |args: &[&str]| {
        let out = dir.path().join(args.join("_"));
        let o = yomeru().args(args).arg("render").arg(&plan).arg("-o").arg(&out).output().unwrap();
        (o, out)
    };
    // --lang: what yomeru says; the documents stay in the plan's Japanese.
    let (o, out) = run(&["--lang", "en"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("wrote"), "{o:?}");
    let easy = pdf_text(&std::fs::read(out.join("sato-kenta.easy.pdf")).unwrap());
    assert!(squash(&easy).contains("けんたさんのくらしのけいかく"), "{easy}");
    // --document-lang: the documents' labels, over the plan's language:;
    // messages stay Japanese, and English dates read as English.
    let out = dir.path().join("en-docs");
    let o = yomeru()
        .args(["render", "--document-lang", "en", "-o"])
        .arg(&out)
        .arg(&plan)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stdout).contains("書き出しました"), "{o:?}");
    let easy = pdf_text(&std::fs::read(out.join("sato-kenta.easy.pdf")).unwrap());
    assert!(easy.contains("Wednesday 1 April 2026"), "{easy}");
    assert!(easy.contains("May 2026"), "{easy}");
    let official = pdf_text(&std::fs::read(out.join("sato-kenta.official.pdf")).unwrap());
    assert!(official.contains("1 Apr 2026"), "{official}");
    // A language with no labels is refused, naming the ones there are.
    let o = yomeru().args(["render", "--document-lang", "xx"]).arg(&plan).output().unwrap();
    assert_ne!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stderr).contains("ja"), "{o:?}");
}

#[test]
fn bad_usage_exits_2_in_every_command() {
    let cases: &[&[&str]] = &[
        &["render"],
        &["--lang", "xx", "schema"],
        &["render", "x.yaml", "--pages", "1"],
        &["render", "x.yaml", "--templates", "/no/such/folder"],
        &["render", "x.yaml", "--formt", "png"],
        &["batch", "x"],
        &["batch", "x", "-o", "out", "--jobs", "many"],
        &["watch"],
        &["check"],
        &["check", "--stdin", "x.yaml"],
        &["furigana", "--furigana", "grade:9"],
        &["init", "--kind", "plans"],
        &["schema", "extra"],
        &["nosuchcommand"],
        &[],
    ];
    for args in cases {
        let out = yomeru().args(*args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty() || args.is_empty(), "{args:?}");
    }
}

#[test]
fn help_and_usage_errors_speak_japanese_or_english() {
    let text = |args: &[&str]| {
        let out = yomeru().args(args).output().unwrap();
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    };
    let commands = ["render", "batch", "watch", "check", "schema", "furigana", "init"];
    for lang in ["ja", "en"] {
        let top = text(&["--lang", lang, "--help"]);
        for c in commands {
            let help = text(&["--lang", lang, c, "--help"]);
            // A message missing from locales/ would show as its id.
            assert!(!help.contains("cli-"), "{lang} {c}: {help}");
            assert!(top.contains(c), "{lang}: {c} in {top}");
        }
    }
    let ja = text(&["--help"]);
    assert!(ja.contains("使い方") && ja.contains("計画ファイル"), "{ja}");
    let en = text(&["--lang", "en", "--help"]);
    assert!(en.contains("Usage") && en.contains("Render plan files"), "{en}");
    let ja = text(&["render", "x.yaml", "--formt", "png"]);
    assert!(ja.contains("「--formt」") && ja.contains("「--format」"), "{ja}");
    let en = text(&["--lang", "en", "render", "x.yaml", "--formt", "png"]);
    assert!(en.contains("'--formt'") && en.contains("--format"), "{en}");
}

#[test]
fn failed_render_keeps_the_previous_good_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("p.yaml");
    let out_dir = dir.path().join("out");
    std::fs::write(&plan, GOOD).unwrap();
    assert!(yomeru().arg("render").arg(&plan).arg("-o").arg(&out_dir).status().unwrap().success());
    let pdf = out_dir.join("p.official.pdf");
    let before = std::fs::read(&pdf).unwrap();
    std::fs::write(&plan, GOOD.replace("format: 1", "format: 1\nbogus: 1")).unwrap();
    let out = yomeru().arg("render").arg(&plan).arg("-o").arg(&out_dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bogus"));
    assert_eq!(std::fs::read(&pdf).unwrap(), before, "the good PDF is untouched");
    let mut files = list(&out_dir);
    files.sort();
    assert_eq!(files, ["p.easy.pdf", "p.official.pdf"], "no temporary files left");
}

#[test]
fn png_pages_and_json_toml_inputs() {
    let args = ["--format", "png", "--ppi", "30", "--variant", "official"];
    let (code, err, mut files) = render_text("k.yaml", GOOD, &args);
    assert_eq!(code, 0, "{err}");
    files.sort();
    assert_eq!(files, vec!["k.official-1.png", "k.official-2.png", "k.official-3.png"]);
    // The same plan as JSON and TOML renders too.
    let plan = load_plan(&root().join("examples/sato-kenta.yaml")).unwrap();
    let json = serde_json::to_string_pretty(&plan.plan).unwrap();
    let (code, err, _) = render_text("k.json", &json, &[]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn check_and_schema() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.yaml");
    std::fs::write(&plan, GOOD).unwrap();
    let out = yomeru().arg("check").arg(&plan).output().unwrap();
    assert!(out.status.success());
    let out = yomeru().arg("schema").output().unwrap();
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        schema["$defs"]["Need"]["properties"]["achieve_by"]["description"],
        "達成時期（YYYY-MM か和暦: 令和8年10月）"
    );
}
