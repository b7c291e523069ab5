//! The same plan gives the same bytes: checked across separate processes
//! (a warm process could hide state that a new one does not have), with
//! different time zones, locales and working folders.

use std::path::Path;

use crate::common::*;

/// Renders every example (plans and monitoring reports) with `args` in a
/// new process with `env`, into `out`.
fn render_all(out: &Path, args: &[&str], env: &[(&str, &str)], cwd: &Path) {
    let mut cmd = yomeru();
    cmd.current_dir(cwd).arg("render").args(all_examples()).arg("-o").arg(out).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let done = cmd.output().unwrap();
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    v.sort();
    v
}

#[test]
fn separate_processes_give_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["--variant", "all"][..], &["--variant", "meeting", "--paper", "a3"][..]] {
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        render_all(&a, args, &[("TZ", "Asia/Tokyo"), ("LC_ALL", "C")], &root());
        render_all(&b, args, &[("TZ", "America/New_York"), ("LANG", "ja_JP.UTF-8")], dir.path());
        let (fa, fb) = (files(&a), files(&b));
        assert_eq!(fa.len(), all_examples().len() * if args[1] == "all" { 2 } else { 1 });
        assert_eq!(fa.len(), fb.len());
        for ((name, x), (_, y)) in fa.iter().zip(&fb) {
            assert!(x == y, "{name} differs between two processes ({args:?})");
        }
        std::fs::remove_dir_all(&a).unwrap();
        std::fs::remove_dir_all(&b).unwrap();
    }
}
