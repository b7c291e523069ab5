//! `yomeru check` as a specialist and a script use it: which sentences are
//! hard and why, per field with line and key path, and scores.

use crate::common::*;

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
    let text = include_str!("../../examples/sato-kenta.yaml").replace(
        "long_term_goal: ",
        "long_term_goal: 毎月三回、先生がいらっしゃる予定です。\n_old_goal: ",
    );
    // Keep the file valid: drop the old policy line we renamed.
    let text: String =
        text.lines().filter(|l| !l.starts_with("_old_goal")).collect::<Vec<_>>().join("\n");
    std::fs::write(&plan, &text).unwrap();
    let line = text.lines().position(|l| l.starts_with("long_term_goal:")).unwrap() + 1;
    let out = yomeru().arg("check").arg(&plan).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    // The goal's line, then its indented findings.
    let mut lines = stdout.lines().skip_while(|l| !l.contains(": long_term_goal:"));
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
    // The support policy is in the easy version: checked, on its plain
    // wording; so are the notes on needs (その他留意事項), which hold the
    // person's rights.
    let policy = fields.iter().find(|f| f["path"] == "policy").unwrap();
    assert_eq!(policy["checked"], "plain");
    let notes = fields.iter().find(|f| f["path"] == "needs[0].notes").unwrap();
    assert_eq!(notes["checked"], "text");
    let goal = fields.iter().find(|f| f["path"] == "long_term_goal").unwrap();
    assert_eq!(goal["checked"], "text");
    assert!(goal["line"].as_u64().unwrap() > 1);
    let rules: Vec<&str> =
        goal["warnings"].as_array().unwrap().iter().map(|w| w["rule"].as_str().unwrap()).collect();
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

/// A plan with plain wording on one need only; its policy and notes,
/// which the easy version prints, and an unmet service's note, which it
/// does not, have none.
const HALF_PLAIN: &str = "format: 1
kind: plan
person:
  name: 山田 花子
  name_reading: やまだ はなこ
dates:
  created: 2026-04-01
policy: 本人の意向を尊重し、関係機関と連携して支援する。
needs:
  - id: a
    need:
      text: 就労を継続したい。
      plain: はたらきつづけたい。
    services:
      - kind: 短期入所
        unmet:
          reason: full
          note: 市内2か所とも空きがなく、待機中。
    notes: 体調の変化に留意する。
  - id: b
    need: 金銭管理を習得したい。
";

#[test]
fn render_names_each_field_the_easy_version_prints_in_formal_words() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("half.yaml");
    std::fs::write(&plan, HALF_PLAIN).unwrap();
    let out = dir.path().join("out");
    // The easy version is written, with a located warning per formal field.
    let run = yomeru().args(["render", "--variant", "easy", "-o"]).arg(&out).arg(&plan).output();
    let run = run.unwrap();
    let err = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(0), "{err}");
    assert!(out.join("half.easy.pdf").is_file());
    let warned: Vec<&str> = err.lines().filter(|l| l.contains("plain")).collect();
    assert_eq!(warned.len(), 3, "{err}");
    assert!(warned[0].contains("half.yaml:8") && warned[0].contains("policy"), "{err}");
    assert!(warned[1].contains("half.yaml:19") && warned[1].contains("needs[0].notes"), "{err}");
    assert!(warned[2].contains("half.yaml:21") && warned[2].contains("needs[1].need"), "{err}");
    // Not the unmet service's note, the specialist's words for the caseload.
    assert!(!err.contains("unmet"), "{err}");
    // The official form alone prints no such warning.
    let run =
        yomeru().args(["render", "--variant", "official", "-o"]).arg(&out).arg(&plan).output();
    let run = run.unwrap();
    assert!(!String::from_utf8(run.stderr).unwrap().contains("plain"));
    // --require-plain refuses, names the field in English too, writes nothing.
    let strict = dir.path().join("strict");
    let run = yomeru()
        .args(["--lang", "en", "render", "--variant", "easy", "--require-plain", "-o"])
        .arg(&strict)
        .arg(&plan)
        .output()
        .unwrap();
    let err = String::from_utf8(run.stderr).unwrap();
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(err.contains("needs[1].need") && err.contains("no plain wording"), "{err}");
    assert!(!strict.join("half.easy.pdf").exists());
    // `check` asks for plain wording only where the easy version prints it.
    let run = yomeru().args(["check", "--format", "json"]).arg(&plan).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let v = if v.is_array() { v[0].clone() } else { v };
    assert_eq!(v["missing_plain"], 3, "{v}");
    let paths: Vec<&str> =
        v["fields"].as_array().unwrap().iter().filter_map(|f| f["path"].as_str()).collect();
    assert!(paths.contains(&"policy") && paths.contains(&"needs[0].notes"), "{paths:?}");
    assert!(!paths.iter().any(|p| p.contains("unmet")), "{paths:?}");
    // Valid, but not "no problems": the summary says what it found.
    let run = yomeru().args(["check"]).arg(&plan).output().unwrap();
    let last =
        String::from_utf8(run.stdout).unwrap().lines().last().unwrap_or_default().to_string();
    assert!(last.contains("読みやすさの指摘が") && !last.contains("問題ありません"), "{last}");
}
