//! What a specialist sees when a plan file is wrong: snapshots of
//! `yomeru check` on one input per kind of mistake (`inputs/err_*`), in
//! Japanese and in English, with the exit code. Every mistake of a file is
//! reported in one run, each with its file, line, key path and fix.

use crate::common::*;

/// `yomeru [--lang en] check FILE` run in the inputs folder (so the report
/// names the file as the specialist typed it): exit code and messages.
fn report(path: &std::path::Path, lang: &str) -> String {
    let dir = path.parent().unwrap();
    let name = path.file_name().unwrap();
    let out = yomeru().current_dir(dir).args(["--lang", lang, "check"]).arg(name).output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    assert!(out.stdout.is_empty(), "a plan with errors gets no readability report");
    format!("exit code {code}\n{}", String::from_utf8_lossy(&out.stderr))
}

#[test]
fn error_reports_in_japanese_and_english() {
    insta::glob!("inputs/err_*.yaml", |path| {
        let ja = report(path, "ja");
        assert!(ja.starts_with("exit code 1\n"), "{ja}");
        // Every error line names the file and a line, and its words (after
        // the location) are Japanese.
        let name = path.file_name().unwrap().to_string_lossy();
        for line in ja.lines().filter(|l| l.starts_with("エラー")) {
            assert!(line.contains(&format!("{name}:")), "{line}");
            let kana = line.chars().filter(|c| ('\u{3040}'..='\u{30ff}').contains(c)).count();
            assert!(kana >= 3, "not Japanese: {line}");
        }
        insta::assert_snapshot!("ja", ja);
        insta::assert_snapshot!("en", report(path, "en"));
    });
}

#[test]
fn several_mistakes_are_reported_in_one_run() {
    let path = root().join("tests/suite/inputs/err_several.yaml");
    let ja = report(&path, "ja");
    // The misspelt `nmae_reading` is not also reported as a missing `name_reading`.
    let paths =
        ["kind", "person.nmae_reading", "dates.created", "needs[0].priority", "needs[0].services"];
    for p in paths {
        assert!(ja.contains(&format!(": {p}: ")), "{p} in {ja}");
    }
    // In the order of the file.
    let lines: Vec<usize> =
        ja.lines().filter_map(|l| l.split(':').nth(1).and_then(|n| n.parse().ok())).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
}

#[test]
fn check_json_lists_every_diagnostic_with_id_and_location() {
    let path = root().join("tests/suite/inputs/err_several.yaml");
    let out =
        yomeru().args(["--lang", "en", "check", "--format", "json"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diags = json[0]["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 5, "{diags:?}");
    let first = &diags[0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["id"], "unknown-value");
    assert_eq!(first["path"], "kind");
    assert_eq!(first["line"], 3);
    assert_eq!(first["args"]["suggestion"], "plan");
    assert!(first["message"].as_str().unwrap().contains("did you mean"));
}
