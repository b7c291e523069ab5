//! `yomeru check` as a specialist and a script use it: which sentences are
//! hard and why, per field with line and key path, and scores.

use std::io::Write;
use std::process::Stdio;

use crate::common::*;

/// Runs `yomeru` with `args`, feeding `input` on standard input.
fn run_with_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = yomeru()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn stdin_json_has_one_object_per_line_with_score_and_warnings() {
    let input = "まいにち さぎょうしょに いきます。\n本人は17:30に帰宅しなければならない。\n\n";
    let (code, out, err) = run_with_stdin(&["check", "--stdin", "--format", "json"], input);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let lines = v.as_array().unwrap();
    assert_eq!(lines.len(), 3, "one object per input line, the empty one too");
    let easy = lines[0]["score"].as_u64().unwrap();
    let hard = lines[1]["score"].as_u64().unwrap();
    assert!(easy > hard && easy >= 90, "{easy} {hard}");
    assert!(lines[0]["warnings"].as_array().unwrap().is_empty());
    let rules: Vec<&str> = lines[1]["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["clock24", "double-negation"]);
    let w = &lines[1]["warnings"][0];
    assert_eq!(w["found"], "17:30");
    assert!(w["suggestion"].as_str().unwrap().contains("午後5時30分"), "{w}");
    assert!(w["message"].as_str().unwrap().contains("24時間制"), "{w}");
    assert_eq!(lines[2]["score"], 100);
}

#[test]
fn stdin_text_in_english_and_configurable_length() {
    let input = "わたしは まいにち さぎょうしょに いきます。\n";
    let (code, out, _) = run_with_stdin(&["--lang", "en", "check", "--stdin"], input);
    assert_eq!(code, 0);
    assert!(out.starts_with("line 1: readability "), "{out}");
    assert!(!out.contains("too long"));
    let (_, out, _) =
        run_with_stdin(&["--lang", "en", "check", "--stdin", "--max-sentence", "10"], input);
    assert!(out.contains("too long (20 characters; aim for 10 at most)"), "{out}");
    assert!(out.contains("→ split it"), "the fix follows the finding: {out}");
}

#[test]
fn plan_check_names_field_line_and_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.yaml");
    let text = include_str!("../../examples/sato-kenta.yaml")
        .replace("policy: ", "policy: 毎月三回、先生がいらっしゃる予定です。\n_old_policy: ");
    // Keep the file valid: drop the old policy line we renamed.
    let text: String =
        text.lines().filter(|l| !l.starts_with("_old_policy")).collect::<Vec<_>>().join("\n");
    std::fs::write(&plan, &text).unwrap();
    let line = text.lines().position(|l| l.starts_with("policy:")).unwrap() + 1;
    let out = yomeru().arg("check").arg(&plan).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The policy's line, then its indented findings.
    let mut lines = stdout.lines().skip_while(|l| !l.contains(": policy:"));
    let mut block: Vec<&str> = lines.next().into_iter().collect();
    block.extend(lines.take_while(|l| l.starts_with(' ')));
    assert!(block[0].contains(&format!("plan.yaml:{line}:")), "{block:?}");
    assert!(block[0].contains("読みやすさ"), "{block:?}");
    let block = block.join("\n");
    assert!(block.contains("plain"), "no plain: {block}");
    assert!(
        block.contains(
            "文1「毎月三回、先生がいらっしゃる予定…」: 数が漢数字で書かれています：「三回」"
        ),
        "{block}"
    );
    assert!(block.contains("→ 算用数字で「3回」と書いてください。"), "{block}");
    assert!(block.contains("尊敬語・謙譲語です：「いらっしゃる」"), "{block}");
    assert!(stdout.contains("文書全体の読みやすさ"), "{stdout}");
}

#[test]
fn plan_check_json_lists_every_text_field() {
    let path = root().join("examples/sato-kenta.yaml");
    let out = yomeru().args(["check", "--format", "json"]).arg(&path).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let plan = &v[0];
    let score = plan["score"].as_u64().unwrap();
    assert!(score <= 100);
    let fields = plan["fields"].as_array().unwrap();
    let person = fields.iter().find(|f| f["path"] == "wishes.person").unwrap();
    // The person's own words: scored, never flagged.
    assert_eq!(person["voice"], true);
    assert!(person["warnings"].as_array().unwrap().is_empty());
    let policy = fields.iter().find(|f| f["path"] == "policy").unwrap();
    assert_eq!(policy["checked"], "text");
    assert!(policy["line"].as_u64().unwrap() > 1);
    let rules: Vec<&str> = policy["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"no-plain") && rules.contains(&"long-sentence"), "{rules:?}");
    // Fields with plain wording are checked on it.
    assert!(fields.iter().any(|f| f["checked"] == "plain"));
    assert_eq!(
        plan["missing_plain"].as_u64().unwrap() as usize,
        fields.iter().filter(|f| f["checked"] == "text" && f["voice"] == false).count()
    );
}

#[test]
fn check_needs_plans_or_stdin() {
    let out = yomeru().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
