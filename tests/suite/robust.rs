//! Robust under any input: each test is one way a plan file, a folder or
//! an option once crashed yomeru, hung it, exhausted its memory or lost
//! work (issue 12), run as a user would run it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

const MINIMAL: &str = "format: 1\nkind: plan\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\ndates:\n  created: 2026-04-01\nneeds:\n  - id: a\n    need: 働きたい。\n";

/// Waits for `child` at most `limit`; a process still running then is
/// killed and the test fails: a hang must fail the suite, not stall it.
fn finish(mut child: Child, limit: Duration) -> Output {
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs yomeru with `args` in `dir` (and `lang`), at most 60 seconds.
fn run_in(dir: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let child = yomeru()
        .current_dir(dir)
        .args(["--lang", lang])
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = finish(child, Duration::from_secs(60));
    let code = out.status.code().unwrap_or(-1);
    (code, String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

/// A folder holding `files` (name, contents).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

/// `yomeru check FILE` in Japanese and English: exit code and stderr of each.
fn check_both(dir: &Path, file: &str) -> [(i32, String); 2] {
    ["ja", "en"].map(|lang| {
        let (code, _, err) = run_in(dir, lang, &["check", file]);
        (code, err)
    })
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|r| r.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn a_name_no_font_can_draw_is_a_located_error_in_check_and_render() {
    // Foreign residents' names are real; the fonts cover Japanese and Latin.
    let plan = MINIMAL.replace("山田 花子", "देवी สมชาย");
    let dir = folder(&[("p.yaml", &plan)]);
    let [(ja_code, ja), (en_code, en)] = check_both(dir.path(), "p.yaml");
    assert_eq!((ja_code, en_code), (1, 1), "{ja}{en}");
    for (report, words) in [(&ja, "印刷できません"), (&en, "cannot be printed")] {
        assert!(report.contains("p.yaml:4:9: "), "file, line and column: {report}");
        assert!(report.contains("person.name"), "{report}");
        assert!(report.contains("U+0926") && report.contains("U+0E2A"), "{report}");
        assert!(report.contains(words), "{report}");
    }
    for standard in ["ua-1-a-2a", "ua-1", "none"] {
        let (code, _, err) = run_in(
            dir.path(),
            "en",
            &["render", "p.yaml", "-o", "out", "--pdf-standard", standard],
        );
        assert_eq!(code, 1, "{standard}: {err}");
        assert!(err.contains("p.yaml:4:9: ") && err.contains("U+0926"), "{standard}: {err}");
        assert!(!err.contains("could not be displayed"), "not Typst's unlocated words: {err}");
        assert!(files_in(&dir.path().join("out")).is_empty());
    }
}

#[test]
fn invisible_controls_are_removed_said_and_never_echoed() {
    // U+202E once printed 佐藤 as 藤佐; U+FEFF failed PDF/A; ESC sequences
    // in a value cleared the terminal when a message echoed them.
    let plan = MINIMAL
        .replace("山田 花子", "佐\u{202E}藤\u{FEFF} 花子")
        .replace(
            "need: 働きたい。",
            "need:\n      text: 働きたい。\n      pictogram: \"wo\\u200Brk\\e\"",
        )
        .replace("dates:", "\"\\e[31mnote\": x\ndates:");
    let dir = folder(&[("p.yaml", &plan)]);
    for lang in ["ja", "en"] {
        let (_, _, err) = run_in(dir.path(), lang, &["check", "p.yaml"]);
        assert!(!err.contains('\u{1b}'), "no raw escape in messages: {err:?}");
        assert!(err.contains("<U+001B>[31mnote"), "the key is shown escaped: {err}");
    }
    // The same plan without the unknown key renders, with the removals said.
    let plan = plan.replace("\"\\e[31mnote\": x\n", "");
    std::fs::write(dir.path().join("p.yaml"), &plan).unwrap();
    for (lang, words) in [("ja", "取り除きました"), ("en", "was removed")] {
        let (code, _, err) = run_in(dir.path(), lang, &["render", "p.yaml", "-o", "out"]);
        assert_eq!(code, 0, "{err}");
        for code in ["U+202E", "U+FEFF", "U+200B", "U+001B"] {
            assert!(err.contains(code) && err.contains(words), "{code}: {err}");
        }
        assert!(err.contains("p.yaml:4:9: person.name"), "{err}");
        assert!(!err.contains('\u{1b}'), "{err:?}");
    }
    let pdf = std::fs::read(dir.path().join("out/p.official.pdf")).unwrap();
    let text = squash(&pdf_text(&pdf));
    assert!(text.contains("佐藤花子"), "printed in the order written: {text}");
}

#[test]
fn an_alias_bomb_is_refused_at_once() {
    // 520 bytes of nested aliases once aborted the process after 3.3 GB.
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        let items = vec![format!("*{prev}"); 9].join(",");
        bomb.push_str(&format!("{name}: &{name} [{items}]\n"));
    }
    let dir = folder(&[("bomb.yaml", &bomb)]);
    let [(ja_code, ja), (en_code, en)] = check_both(dir.path(), "bomb.yaml");
    assert_eq!((ja_code, en_code), (1, 1));
    assert!(ja.contains("値が多すぎます") && ja.contains("50000"), "{ja}");
    assert!(en.contains("too many values") && en.contains("bomb.yaml:"), "{en}");
    // Few values, but each alias a copy of a long text.
    let long = format!("a: &x \"{}\"\nb: [{}]\n", "x".repeat(200_000), vec!["*x"; 100].join(","));
    // A TOML array of half a million numbers (no aliases, as many values).
    let array = format!("a = [{}]\n", vec!["0"; 500_000].join(","));
    let dir = folder(&[("long.yaml", &long), ("array.toml", &array)]);
    for file in ["long.yaml", "array.toml"] {
        let (code, _, err) = run_in(dir.path(), "en", &["check", file]);
        assert_eq!(code, 1, "{file}: {err}");
        assert!(err.contains("too many values") && err.contains(&format!("{file}:")), "{err}");
    }
}

#[test]
fn nesting_thousands_deep_is_refused_without_overflowing_the_stack() {
    for (name, text) in [
        ("deep.yaml", format!("a: {}{}\n", "[".repeat(20_000), "]".repeat(20_000))),
        ("deep.json", format!("{{\"a\": {}{}}}", "[".repeat(20_000), "]".repeat(20_000))),
        ("deep.toml", format!("a = {}{}\n", "[".repeat(5_000), "]".repeat(5_000))),
        // Aliases of a deep anchor placed deep again.
        ("aliases.yaml", {
            let mut t = format!("a0: &a0 {}1{}\n", "[".repeat(20), "]".repeat(20));
            for i in 1..60 {
                t.push_str(&format!(
                    "a{i}: &a{i} {}*a{}{}\n",
                    "[".repeat(20),
                    i - 1,
                    "]".repeat(20)
                ));
            }
            t
        }),
    ] {
        let dir = folder(&[(name, &text)]);
        let (code, _, err) = run_in(dir.path(), "en", &["check", name]);
        assert_eq!(code, 1, "{name}: {err}");
        assert!(err.contains(&format!("{name}:")), "{name}: {err}");
    }
}

/// A monitoring report of `plan` named `name`.
fn report(plan: &str) -> String {
    format!(
        "format: 1\nkind: monitoring\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\ndates:\n  created: 2026-07-20\nmonitoring:\n  plan: {plan}\n  overall: 順調です。\n  rows:\n    - need: a\n      status: 通っています。\n"
    )
}

#[test]
fn monitoring_plans_that_lead_back_to_themselves_are_refused() {
    let dir = folder(&[
        ("self.yaml", &report("self.yaml")),
        ("a.yaml", &report("b.yaml")),
        ("b.yaml", &report("./a.yaml")),
        ("good.yaml", MINIMAL),
    ]);
    for file in ["self.yaml", "a.yaml"] {
        let [(ja_code, ja), (en_code, en)] = check_both(dir.path(), file);
        assert_eq!((ja_code, en_code), (1, 1), "{ja}{en}");
        assert!(
            ja.contains("同じファイルに戻ってしまいます") && ja.contains("monitoring.plan"),
            "{ja}"
        );
        assert!(en.contains("comes back to a file") && en.contains(&format!("{file}:9:9")), "{en}");
        assert!(en.contains(&format!("{file} → ")), "the chain is shown: {en}");
    }
    // In a batch the good plan is still written.
    let (code, _, err) = run_in(dir.path(), "en", &["batch", ".", "-o", "out"]);
    assert_eq!(code, 1, "{err}");
    assert!(dir.path().join("out/good.official.pdf").is_file(), "{err}");
}

#[test]
fn a_report_may_follow_up_the_previous_report() {
    let dir = folder(&[
        (
            "plan.yaml",
            &MINIMAL.replace("need: 働きたい。", "need: 働きたい。\n    goal: 週3日通う。"),
        ),
        ("first.yaml", &report("plan.yaml")),
        ("second.yaml", &report("first.yaml").replace("順調です。", "二回目です。")),
    ]);
    let (code, _, err) = run_in(dir.path(), "ja", &["render", "second.yaml", "-o", "out"]);
    assert_eq!(code, 0, "{err}");
    let text =
        squash(&pdf_text(&std::fs::read(dir.path().join("out/second.official.pdf")).unwrap()));
    assert!(
        text.contains("二回目です。") && text.contains("週3日通う。"),
        "the plan's goal: {text}"
    );
}

#[test]
fn times_dates_and_numbers_out_of_range_are_refused() {
    let cases = [
        // `71582789:00` wrapped to 0:44 and was accepted.
        (
            "time",
            MINIMAL.to_string()
                + "weekly:\n  slots:\n    - days: [mon]\n      from: \"71582789:00\"\n      to: \"10:00\"\n      label: 作業\n",
            "weekly.slots[0].from",
        ),
        ("signed-year", MINIMAL.replace("2026-04-01", "+202-04-01"), "dates.created"),
        ("year-zero", MINIMAL.replace("2026-04-01", "0000-04-01"), "dates.created"),
        (
            "every-zero",
            MINIMAL.replace(
                "  created: 2026-04-01\n",
                "  created: 2026-04-01\n  monitoring_every_months: 0\n",
            ),
            "dates.monitoring_every_months",
        ),
        ("empty-need", MINIMAL.replace("need: 働きたい。", "need: ''"), "needs[0].need"),
        ("huge-number", MINIMAL.replace("format: 1", "format: 99999999999999999999999"), "format"),
    ];
    for (name, text, path) in cases {
        let file = format!("{name}.yaml");
        let dir = folder(&[(&file, &text)]);
        for (code, err) in check_both(dir.path(), &file) {
            assert_eq!(code, 1, "{name}: {err}");
            assert!(err.contains(&format!("{file}:")) && err.contains(path), "{name}: {err}");
        }
    }
    let dir =
        folder(&[("huge.yaml", &MINIMAL.replace("format: 1", "format: 99999999999999999999999"))]);
    let (_, en) = &check_both(dir.path(), "huge.yaml")[1];
    assert!(en.contains("too large") || en.contains("out of range"), "a number, not text: {en}");
}

#[test]
fn a_list_at_the_root_is_not_a_plan() {
    let dir = folder(&[("list.yaml", "- 1\n- plan\n- 山田 花子\n")]);
    for (code, err) in check_both(dir.path(), "list.yaml") {
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("list.yaml:1:1"), "{err}");
    }
}

#[test]
fn bytes_that_are_not_utf8_are_located_by_line_and_byte() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("sjis.yaml"),
        b"format: 1\nkind: plan\nperson:\n  name: \x8eR\x93c\n",
    )
    .unwrap();
    let [(_, ja), (_, en)] = check_both(dir.path(), "sjis.yaml");
    assert!(ja.contains("sjis.yaml:4:9:") && ja.contains("38 バイト目"), "{ja}");
    assert!(en.contains("sjis.yaml:4:9:") && en.contains("byte 38"), "{en}");
    // From standard input it is said as such, not as a file error.
    for (lang, words) in [("ja", "標準入力"), ("en", "standard input")] {
        let mut child = yomeru()
            .args(["--lang", lang, "check", "--stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(b"ok\n\xff\xfe\n").unwrap();
        let out = finish(child, Duration::from_secs(30));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains(words) && err.contains('2') && err.contains('4'), "{err}");
    }
}

#[test]
fn plans_over_a_limit_are_located_errors_before_any_work() {
    use yomeru::plan::limits::*;
    let needs: String =
        (0..=MAX_NEEDS).map(|i| format!("  - id: n{i}\n    need: 課題{i}\n")).collect();
    let many_needs = MINIMAL.replace("  - id: a\n    need: 働きたい。\n", &needs);
    let long_text = MINIMAL.replace("働きたい。", &"あ".repeat(MAX_TEXT_CHARS + 1));
    let readings: String = (0..=MAX_READINGS).map(|i| format!("  語{i}: ご\n")).collect();
    let many_readings = format!("{MINIMAL}readings:\n{readings}");
    let big = format!("{MINIMAL}# {}\n", "x".repeat(MAX_PLAN_BYTES as usize));
    // 5,000 weekly slots once took 81 s and 5.3 GB to typeset; so many are
    // refused as too many values, 1,000 as too many slots.
    let slot = "    - days: [mon]\n      from: \"09:00\"\n      to: \"10:00\"\n      label: 作業\n";
    let many_slots = format!("{MINIMAL}weekly:\n  slots:\n{}", slot.repeat(1_000));
    for (name, text, words_ja, words_en, at) in [
        ("needs", many_needs, "ここは 40 個まで", "at most 40", "needs"),
        ("long", long_text, "4000 文字まで", "at most 4000", "needs[0].need"),
        ("readings", many_readings, "ここは 500 個まで", "at most 500", "readings"),
        ("big", big, "1 MB まで", "at most 1 MB", "big.yaml"),
        ("slots", many_slots, "ここは 200 個まで", "at most 200", "weekly.slots"),
    ] {
        let file = format!("{name}.yaml");
        let dir = folder(&[(&file, &text)]);
        let [(_, ja), (_, en)] = check_both(dir.path(), &file);
        assert!(ja.contains(words_ja) && ja.contains(at), "{name}: {ja}");
        assert!(en.contains(words_en) && en.contains(at), "{name}: {en}");
    }
}

#[test]
fn two_plans_that_would_write_the_same_file_are_refused_before_writing() {
    let other = MINIMAL.replace("山田 花子", "鈴木 一郎");
    let dir = folder(&[("cases/a.yaml", MINIMAL), ("cases/a.json", "{}"), ("cases/a.yml", &other)]);
    for lang in ["ja", "en"] {
        let (code, _, err) = run_in(dir.path(), lang, &["batch", "cases", "-o", "out"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("cases/a.yaml") && err.contains("cases/a.yml"), "{err}");
        assert!(files_in(&dir.path().join("out")).is_empty(), "nothing written");
        let (code, _, err) =
            run_in(dir.path(), lang, &["render", "cases/a.yaml", "cases/a.yml", "-o", "out"]);
        assert_eq!(code, 2, "{err}");
        assert!(files_in(&dir.path().join("out")).is_empty(), "nothing written");
    }
    // The same file given twice is one plan.
    let (code, _, err) =
        run_in(dir.path(), "en", &["render", "cases/a.yaml", "cases/../cases/a.yaml", "-o", "out"]);
    assert_eq!(code, 0, "{err}");
}

#[cfg(unix)]
#[test]
fn folder_loops_fifos_and_devices_do_not_hang_a_batch() {
    let dir = folder(&[
        ("cases/a.yaml", MINIMAL),
        ("cases/sub/b.yaml", &MINIMAL.replace("山田", "川田")),
    ]);
    let cases = dir.path().join("cases");
    std::os::unix::fs::symlink("..", cases.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(&cases, cases.join("sub/again")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", cases.join("zero.yaml")).unwrap();
    let fifo = cases.join("fifo.yaml");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for lang in ["ja", "en"] {
        let (code, _, err) = run_in(dir.path(), lang, &["batch", "cases", "-o", "out", "--force"]);
        assert_eq!(code, 1, "{err}");
        // Each real plan once, at its own place (leaving out the warnings
        // about its formal text in the easy version); the FIFO and the
        // device refused.
        let said: String = err
            .lines()
            .filter(|l| !l.starts_with("警告") && !l.starts_with("warning"))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(said.matches("a.yaml").count(), 1, "{err}");
        assert_eq!(said.matches("b.yaml").count(), 1, "{err}");
        let refused = if lang == "ja" {
            "ふつうのファイルではありません"
        } else {
            "not a regular file"
        };
        assert_eq!(err.matches(refused).count(), 2, "{err}");
    }
    assert_eq!(
        files_in(&dir.path().join("out")),
        [".yomeru", "a.easy.pdf", "a.official.pdf", "sub"]
    );
    assert_eq!(files_in(&dir.path().join("out/sub")), ["b.easy.pdf", "b.official.pdf"]);
}

#[test]
fn variant_all_replaces_both_pdfs_or_neither() {
    let dir = folder(&[("p.yaml", MINIMAL), ("out/p.official.pdf", "the good old one")]);
    // The easy PDF cannot be written: a folder is in its place.
    std::fs::create_dir_all(dir.path().join("out/p.easy.pdf/x")).unwrap();
    let (code, _, err) =
        run_in(dir.path(), "ja", &["render", "p.yaml", "-o", "out", "--variant", "all"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("p.easy.pdf"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out/p.official.pdf")).unwrap(),
        "the good old one"
    );
    assert_eq!(
        files_in(&dir.path().join("out")),
        ["p.easy.pdf", "p.official.pdf"],
        "no temporary file"
    );
}

#[test]
fn temporary_files_of_a_killed_run_are_swept_and_changed_outputs_rewritten() {
    let dir = folder(&[("cases/p.yaml", MINIMAL)]);
    std::fs::create_dir_all(dir.path().join("out")).unwrap();
    // What a run killed during its write leaves (its process is gone).
    let stale = dir.path().join("out/.yomeru-4000000000-Ab12Cd.tmp");
    std::fs::write(&stale, b"%PDF-1.7 partial").unwrap();
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options().write(true).open(&stale).unwrap().set_modified(hour_ago).unwrap();
    let (code, _, err) = run_in(dir.path(), "en", &["batch", "cases", "-o", "out"]);
    assert_eq!(code, 0, "{err}");
    assert!(!stale.exists(), "swept");
    // A PDF cut short since is noticed and written again, not skipped.
    let pdf = dir.path().join("out/p.official.pdf");
    let good = std::fs::read(&pdf).unwrap();
    std::fs::write(&pdf, &good[..good.len() / 2]).unwrap();
    let (_, out, err) = run_in(dir.path(), "en", &["batch", "cases", "-o", "out"]);
    assert!((out.clone() + &err).contains("1 rendered, 0 unchanged"), "{out}{err}");
    assert_eq!(std::fs::read(&pdf).unwrap(), good);
    let (_, out, err) = run_in(dir.path(), "en", &["batch", "cases", "-o", "out"]);
    assert!((out.clone() + &err).contains("0 rendered, 1 unchanged"), "{out}{err}");
}

#[cfg(unix)]
#[test]
fn an_interrupted_batch_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let cases = dir.path().join("cases");
    std::fs::create_dir_all(&cases).unwrap();
    for example in examples() {
        std::fs::copy(&example, cases.join(example.file_name().unwrap())).unwrap();
    }
    let photos = root().join("examples/photos");
    if photos.is_dir() {
        std::fs::create_dir_all(cases.join("photos")).unwrap();
        for p in std::fs::read_dir(photos).unwrap().flatten() {
            std::fs::copy(p.path(), cases.join("photos").join(p.file_name())).unwrap();
        }
    }
    for wait in [300, 900] {
        let child = yomeru()
            .current_dir(dir.path())
            .args(["batch", "cases", "-o", "out", "--force", "--variant", "all"])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait));
        terminate(child.id());
        let out = finish(child, Duration::from_secs(60));
        // Interrupted (130), or already done (0): either way nothing is left.
        assert!(matches!(out.status.code(), Some(130) | Some(0)), "{:?}", out.status);
        let leftovers: Vec<PathBuf> = walk(&dir.path().join("out"))
            .into_iter()
            .filter(|p| p.file_name().unwrap().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }
}

#[cfg(unix)]
fn terminate(pid: u32) {
    // SAFETY: a signal to a child this test started and has not waited for.
    assert_eq!(unsafe { libc::kill(pid as libc::pid_t, libc::SIGTERM) }, 0);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn out_of_range_ppi_and_pages_are_usage_errors() {
    let dir = folder(&[("p.yaml", MINIMAL)]);
    for args in [
        &["--ppi", "inf"][..],
        &["--ppi", "0"],
        &["--ppi", "100000"],
        &["--ppi", "NaN"],
        &["--pages", "1-100000000"],
        &["--pages", "0"],
    ] {
        for lang in ["ja", "en"] {
            let (code, _, err) = run_in(
                dir.path(),
                lang,
                &[&["render", "p.yaml", "-o", "out", "--format", "png"][..], args].concat(),
            );
            assert_eq!(code, 2, "{args:?}: {err}");
            assert!(!err.contains("panicked"), "{err}");
        }
    }
    assert!(files_in(&dir.path().join("out")).is_empty());
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let mut child = yomeru()
        .args(["furigana"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, then go away as `| head -1` does, while yomeru still
    // has far more to write than a pipe holds.
    use std::io::{Read, Write};
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all("福祉サービスを利用します。\n".repeat(20_000).as_bytes());
    });
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    writer.join().unwrap();
    let out = finish(child, Duration::from_secs(30));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked") && out.status.code() != Some(101), "{err}");
}

/// Whether the characters of `needle` appear in `hay` in order (other
/// characters, such as readings and repeated table headers, may come
/// between).
fn in_order(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle.chars().all(|c| hay.any(|h| h == c))
}

#[test]
fn every_text_field_at_ten_times_its_length_is_printed_whole() {
    use yomeru::plan::NoFiles;
    use yomeru::render::Variant;
    use yomeru::session::{Document, Session};
    let json = crate::fuzz::base();
    let plan: yomeru::plan::Plan = serde_json::from_value(json.clone()).unwrap();
    let fields: Vec<(String, String)> = printable_strings(&plan)
        .into_iter()
        .filter(|(p, _)| {
            !p.ends_with(".id") && !p.ends_with(".service") && !p.contains("support_category")
        })
        .collect();
    let paths: Vec<String> = fields.iter().map(|(p, _)| p.clone()).collect();
    let texts: Vec<String> = fields.iter().enumerate().map(|(i, (_, t))| marked(i, t)).collect();
    let text = serde_json::to_string(&crate::fuzz::with_texts(&json, &paths, &texts)).unwrap();
    let session =
        Session::new(settings(&[Document::One(Variant::Official), Document::One(Variant::Easy)]));
    let loaded = session.load(text.as_bytes(), Path::new("long.json"), &NoFiles).unwrap();
    let output = session.render(&loaded, "long").unwrap_or_else(|e| panic!("{e}"));
    printed_whole(&output.files[0], &paths, &texts, true);
    let printed_in_easy = printed_whole(&output.files[1], &paths, &texts, false);
    for path in
        ["wishes.person", "needs[0].need", "needs[0].goal", "weekly.daily_life[0]", "strengths[0]"]
    {
        assert!(
            printed_in_easy.iter().any(|p| p == path),
            "easy version: {path} in {printed_in_easy:?}"
        );
    }
}

#[test]
fn long_urls_and_long_daily_lists_stay_on_the_page() {
    // An 80-character URL in an easy-version goal lost its last 9
    // characters past the right edge; 30 daily-life entries pushed 4 off
    // the weekly page; a 1,000-character entry was cut at about 590.
    let url = "https://example.jp/fukushi/soudan/keikaku/2026/04/yamada-hanako/mokuhyou-ichiran";
    let entry = "朝は決まった時間に起きて顔を洗い、朝ご飯を食べてから薬を飲む。".repeat(34);
    let mut daily: Vec<String> = (0..30).map(|i| format!("DL{i}X 6:{i:02} 起きる")).collect();
    daily.push(format!("DLLONGX{entry}DLENDX"));
    let list: String = daily.iter().map(|d| format!("    - \"{d}\"\n")).collect();
    let plan = MINIMAL
        .replace("need: 働きたい。", &format!("need: 働きたい。\n    goal: 調べる {url} を見る"))
        + &format!("weekly:\n  daily_life:\n{list}");
    let dir = folder(&[("p.yaml", &plan)]);
    let (code, _, err) =
        run_in(dir.path(), "ja", &["render", "p.yaml", "-o", "out", "--variant", "all"]);
    assert_eq!(code, 0, "{err}");
    for name in ["p.official.pdf", "p.easy.pdf"] {
        let pdf = std::fs::read(dir.path().join("out").join(name)).unwrap();
        assert!(words_off_the_page(&pdf).is_empty(), "{name}: {:?}", words_off_the_page(&pdf));
        let text = squash(&pdf_text(&pdf));
        if name == "p.easy.pdf" {
            assert!(in_order(url, &text), "{name}: the whole URL");
        } else {
            for d in &daily {
                let d = squash(d);
                assert!(text.contains(&d) || in_order(&d, &text), "{name}: {d}");
            }
            let from = text.find("DLLONGX").expect("the long entry starts");
            assert!(text[from..].contains("DLENDX"), "{name}: the long entry is whole");
        }
    }
}

#[test]
fn every_text_field_of_a_monitoring_report_at_ten_times_its_length_is_printed_whole() {
    use yomeru::render::Variant;
    use yomeru::session::{Document, Session};
    let report = load_plan(&root().join("examples/monitoring/sato-kenta-2026-07.yaml")).unwrap();
    let mut json = serde_json::to_value(&report.plan).unwrap();
    json["monitoring"]["plan"] = "plan.json".into();
    let fields: Vec<String> = printable_strings(&report.plan)
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.starts_with("monitoring.") && !p.ends_with(".need") && !p.ends_with(".plan"))
        .collect();
    assert!(fields.len() >= 5, "{fields:?}");
    let texts: Vec<String> = fields
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let t = printable_strings(&report.plan).into_iter().find(|(q, _)| q == p).unwrap().1;
            marked(i, &t)
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let mut base = crate::fuzz::base();
    base["readings"] = serde_json::json!({});
    std::fs::write(dir.path().join("plan.json"), base.to_string()).unwrap();
    let long = crate::fuzz::with_texts(&json, &fields, &texts);
    std::fs::write(dir.path().join("report.json"), long.to_string()).unwrap();
    let session =
        Session::new(settings(&[Document::One(Variant::Official), Document::One(Variant::Easy)]));
    let loaded =
        yomeru::caseload::read_plan(&session, &dir.path().join("report.json")).plan.unwrap();
    let output = session.render(&loaded, "report").unwrap_or_else(|e| panic!("{e}"));
    printed_whole(&output.files[0], &fields, &texts, true);
    let easy = printed_whole(&output.files[1], &fields, &texts, false);
    assert!(easy.len() >= 4, "only {easy:?} printed in the easy version");
}

/// The key paths of `paths` whose marked text (`QZ<i>Q…QY<i>Q`, see
/// [`marked`]) `file` prints whole and on the page; with `all`, every one
/// must be printed.
fn printed_whole(
    file: &yomeru::session::OutputFile,
    paths: &[String],
    texts: &[String],
    all: bool,
) -> Vec<String> {
    let off = words_off_the_page(&file.bytes);
    assert!(off.is_empty(), "{}: {off:?}", file.name);
    let pdf = squash(&pdf_text(&file.bytes));
    let mut printed = Vec::new();
    for (i, (path, text)) in paths.iter().zip(texts).enumerate() {
        let Some(from) = pdf.find(&format!("QZ{i}Q")) else {
            assert!(!all, "{}: {path} is missing", file.name);
            continue;
        };
        let end = format!("QY{i}Q");
        let to = pdf[from..].find(&end).map(|t| from + t + end.len());
        let to = to.unwrap_or_else(|| panic!("{}: {path} is cut short", file.name));
        // The easy version writes times and numbers its one way (6:30 →
        // 午前6時30分), except in the person's own words.
        let lexicon = yomeru::japanese::reading::Lexicon::welfare();
        let one_way = yomeru::japanese::check::one_way(text, &lexicon);
        let shown = &pdf[from..to];
        assert!(
            in_order(&squash(text), shown) || (!all && in_order(&squash(&one_way), shown)),
            "{}: {path} lost characters",
            file.name
        );
        printed.push(path.clone());
    }
    printed
}

/// `text` ten times, as a person writes at length (with spaces between),
/// between markers numbered `i`.
fn marked(i: usize, text: &str) -> String {
    format!("QZ{i}Q{}QY{i}Q", [text; 10].join(" "))
}
