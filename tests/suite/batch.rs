//! `yomeru batch`, `yomeru watch` and `--emit-typst`, as an office uses
//! them: a caseload folder with a bad file or two, re-runs that skip what
//! did not change, and a plan re-rendered while it is edited.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::common::*;

/// A caseload: two good plans in office folders, a malformed plan and a
/// plan whose photo is not an image.
fn caseload() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("office-a")).unwrap();
    std::fs::create_dir_all(input.join("office-b/2026")).unwrap();
    std::fs::copy(root().join("examples/sato-kenta.yaml"), input.join("office-a/sato-kenta.yaml"))
        .unwrap();
    std::fs::copy(
        root().join("examples/kobayashi-yui.yaml"),
        input.join("office-b/2026/kobayashi-yui.yaml"),
    )
    .unwrap();
    std::fs::write(
        input.join("office-a/broken.yaml"),
        "format: 1\nkind: plan\nperson:\n  name: 架空 花子\n  name_reading: かくう はなこ\ndates:\n  created: 2026-13-01\nneeds: []\n",
    )
    .unwrap();
    let photo_plan = std::fs::read_to_string(root().join("examples/sato-kenta.yaml"))
        .unwrap()
        .replace("  called: けんたさん\n", "  called: けんたさん\n  photo: kenta.jpg\n");
    std::fs::write(input.join("office-b/photo.yaml"), photo_plan).unwrap();
    std::fs::write(input.join("office-b/kenta.jpg"), b"this is not a picture").unwrap();
    // Not a plan: ignored.
    std::fs::write(input.join("office-a/notes.txt"), "memo").unwrap();
    dir
}

fn batch(dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let out = yomeru()
        .arg("batch")
        .arg(dir.join("in"))
        .arg("-o")
        .arg(dir.join("out"))
        .args(["--variant", "all"])
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every file under `dir`, relative, sorted, without the stamps.
fn tree(dir: &Path) -> Vec<PathBuf> {
    fn walk(base: &Path, d: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.push(p.strip_prefix(base).unwrap().to_path_buf());
            }
        }
    }
    let mut v = Vec::new();
    walk(dir, dir, &mut v);
    v.retain(|p| !p.starts_with(".yomeru"));
    v.sort();
    v
}

#[test]
fn a_caseload_renders_the_good_plans_and_names_the_bad_ones() {
    let dir = caseload();
    let (code, stdout, stderr) = batch(dir.path(), &[]);
    assert_eq!(code, 1, "a failed plan makes the exit code 1\n{stderr}");
    // Outputs mirror the input tree; nothing for the bad plans.
    let expected: Vec<PathBuf> = [
        "office-a/sato-kenta.easy.pdf",
        "office-a/sato-kenta.official.pdf",
        "office-b/2026/kobayashi-yui.easy.pdf",
        "office-b/2026/kobayashi-yui.official.pdf",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    assert_eq!(tree(&dir.path().join("out")), expected);
    assert!(stdout.contains("出力 2 件、変更なし 0 件、失敗 2 件"), "{stdout}");
    // Each failure with its located error.
    assert!(stderr.contains("broken.yaml:7") && stderr.contains("dates.created"), "{stderr}");
    assert!(stderr.contains("photo.yaml:") && stderr.contains("person.photo"), "{stderr}");
    // No temporary files left behind.
    let all = std::fs::read_dir(dir.path().join("out/office-a")).unwrap();
    assert!(all.flatten().all(|e| !e.file_name().to_string_lossy().ends_with(".tmp")));
}

#[test]
fn a_second_run_skips_what_did_not_change() {
    let dir = caseload();
    batch(dir.path(), &[]);
    let sato = dir.path().join("out/office-a/sato-kenta.official.pdf");
    let before = std::fs::metadata(&sato).unwrap().modified().unwrap();
    let (_, stdout, _) = batch(dir.path(), &[]);
    assert!(stdout.contains("出力 0 件、変更なし 2 件、失敗 2 件"), "{stdout}");
    assert_eq!(std::fs::metadata(&sato).unwrap().modified().unwrap(), before);
    // Touching one plan renders that one again, and only that one.
    let plan = dir.path().join("in/office-b/2026/kobayashi-yui.yaml");
    let file = std::fs::File::options().write(true).open(&plan).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(5)).unwrap();
    let (_, stdout, _) = batch(dir.path(), &[]);
    assert!(stdout.contains("出力 1 件、変更なし 1 件"), "{stdout}");
    assert_eq!(std::fs::metadata(&sato).unwrap().modified().unwrap(), before);
    // A deleted output is made again; --force redoes everything.
    std::fs::remove_file(&sato).unwrap();
    let (_, stdout, _) = batch(dir.path(), &[]);
    assert!(stdout.contains("出力 1 件、変更なし 1 件"), "{stdout}");
    let (_, stdout, _) = batch(dir.path(), &["--force"]);
    assert!(stdout.contains("出力 2 件、変更なし 0 件"), "{stdout}");
    // Other settings are other outputs: not skipped.
    let (_, stdout, _) = batch(dir.path(), &["--large-print"]);
    assert!(stdout.contains("出力 2 件、変更なし 0 件"), "{stdout}");
}

/// Sets `path`'s modification time `secs` seconds ahead, as an edit would.
fn touch(path: &Path, secs: u64) {
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(secs)).unwrap();
}

#[test]
fn a_changed_photo_or_monitored_plan_renders_its_plan_again() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("monitoring")).unwrap();
    let plan = std::fs::read_to_string(root().join("examples/sato-kenta.yaml"))
        .unwrap()
        .replace("  called: けんたさん\n", "  called: けんたさん\n  photo: me.png\n");
    std::fs::write(input.join("sato-kenta.yaml"), plan).unwrap();
    std::fs::copy(
        root().join("examples/monitoring/sato-kenta-2026-07.yaml"),
        input.join("monitoring/sato-kenta-2026-07.yaml"),
    )
    .unwrap();
    let photo = input.join("me.png");
    image::RgbImage::from_pixel(40, 40, image::Rgb([200, 120, 40])).save(&photo).unwrap();
    let run = || {
        let out = yomeru().arg("batch").arg(&input).arg("-o").arg(dir.path().join("out")).output();
        String::from_utf8_lossy(&out.unwrap().stdout).into_owned()
    };
    assert!(run().contains("出力 2 件、変更なし 0 件、失敗 0 件"));
    assert!(run().contains("出力 0 件、変更なし 2 件"));
    // The photo is one of the plan's inputs, not the report's.
    touch(&photo, 5);
    assert!(run().contains("出力 1 件、変更なし 1 件"), "the plan, for its photo");
    // The monitored plan is one of the report's inputs (and the plan's own).
    touch(&input.join("sato-kenta.yaml"), 10);
    assert!(run().contains("出力 2 件、変更なし 0 件"), "the plan and the report that follows it");
}

#[test]
fn parallel_output_is_byte_identical_to_sequential() {
    let dir = caseload();
    let run = |jobs: &str, out: &str| {
        yomeru()
            .arg("batch")
            .arg(dir.path().join("in"))
            .arg("-o")
            .arg(dir.path().join(out))
            .args(["--variant", "all", "--jobs", jobs])
            .output()
            .unwrap();
    };
    run("1", "seq");
    run("4", "par");
    let files = tree(&dir.path().join("seq"));
    assert_eq!(files.len(), 4);
    assert_eq!(files, tree(&dir.path().join("par")));
    for f in files {
        let a = std::fs::read(dir.path().join("seq").join(&f)).unwrap();
        let b = std::fs::read(dir.path().join("par").join(&f)).unwrap();
        assert!(a == b, "{} differs", f.display());
    }
}

#[test]
fn emitted_typst_compiles_on_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let out = yomeru()
        .args(["render", "--variant", "all", "-o"])
        .arg(dir.path().join("pdf"))
        .arg("--emit-typst")
        .arg(dir.path().join("typst"))
        .arg(root().join("examples/sato-kenta.yaml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for doc in ["official", "easy"] {
        let folder = dir.path().join(format!("typst/sato-kenta.{doc}"));
        assert!(
            std::fs::read_to_string(folder.join("COMPILE.txt")).unwrap().contains("typst compile")
        );
        // Only the emitted files: the folder holds everything the document needs.
        let files: Vec<(String, Vec<u8>)> = tree(&folder)
            .into_iter()
            .map(|p| (p.to_string_lossy().into_owned(), std::fs::read(folder.join(&p)).unwrap()))
            .collect();
        let job = yomeru::typeset::Job { files, main: "main.typ".into(), date: (2026, 4, 1) };
        let compiled = yomeru::typeset::compile(&job).unwrap_or_else(|e| panic!("{doc}: {e}"));
        let pdf = compiled.pdf().unwrap();
        let original = std::fs::read(dir.path().join(format!("pdf/sato-kenta.{doc}.pdf"))).unwrap();
        assert!(pdf == original, "{doc}: the emitted source gives the same PDF");
    }
}

/// Waits up to 60 s for `f` to hold.
fn wait_for(what: &str, f: impl Fn() -> bool) {
    let start = Instant::now();
    while !f() {
        assert!(start.elapsed() < Duration::from_secs(60), "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn watch_re_renders_on_change_and_keeps_the_last_good_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.yaml");
    let text = std::fs::read_to_string(root().join("examples/kobayashi-yui.yaml")).unwrap();
    std::fs::write(&plan, &text).unwrap();
    let pdf = dir.path().join("out/plan.official.pdf");
    let mut child = yomeru()
        .args(["watch", "--interval", "0.05", "-o"])
        .arg(dir.path().join("out"))
        .arg(&plan)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for("the first render", || pdf.exists());
    let first = std::fs::read(&pdf).unwrap();
    // An edit renders again.
    std::fs::write(&plan, text.replace("電車の絵をいっぱいかきたい", "電車の絵をもっとかきたい"))
        .unwrap();
    wait_for("the edit", || std::fs::read(&pdf).is_ok_and(|b| b != first));
    assert!(pdf_text(&std::fs::read(&pdf).unwrap()).contains("電車の絵をもっとかきたい"));
    let good = std::fs::read(&pdf).unwrap();
    // A mistake is reported, and the good PDF stays.
    std::fs::write(&plan, text.replace("created: 2026-03-10", "created: 2026-03-40")).unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(std::fs::read(&pdf).unwrap(), good, "the last good PDF is kept");
    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("plan.yaml:") && stderr.contains("dates.created"), "{stderr}");
    assert!(stderr.contains("前に出力したファイルはそのままです"), "{stderr}");
}

/// The `gen_plans` example, which `cargo test` builds beside the tests.
fn gen_plans() -> PathBuf {
    let deps = std::env::current_exe().unwrap();
    let bin = deps.parent().unwrap().parent().unwrap().join("examples/gen_plans");
    assert!(bin.exists(), "cargo test builds examples: {}", bin.display());
    bin
}

#[test]
fn a_generated_caseload_renders_without_a_failure_or_warning() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("in");
    let generate = |to: &Path| {
        let out = std::process::Command::new(gen_plans()).arg("24").arg(to).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    generate(&plans);
    // The same count and seed give the same files.
    let again = dir.path().join("again");
    generate(&again);
    assert_eq!(tree(&plans), tree(&again));
    for f in tree(&plans) {
        assert_eq!(std::fs::read(plans.join(&f)).unwrap(), std::fs::read(again.join(&f)).unwrap());
    }
    let (code, stdout, stderr) = batch(dir.path(), &[]);
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    assert!(stdout.contains("出力 24 件、変更なし 0 件、失敗 0 件"), "{stdout}");
    // Plain log lines (no terminal): one per plan, and no warnings but the
    // fields the generator leaves without plain wording, which the easy
    // version prints in formal words (each named).
    let formal = |l: &&str| l.contains("やさしい言い換え（plain）がない");
    assert_eq!(stderr.lines().filter(|l| !formal(l)).count(), 24, "{stderr}");
    assert!(stderr.lines().any(|l| formal(&l)), "{stderr}");
    let pdfs = tree(&dir.path().join("out"));
    assert_eq!(pdfs.len(), 48, "official and easy for every plan: {pdfs:?}");
    // Generated plans vary: some have many needs, which the official PDF
    // shows as more rows (and pages) than a one-need plan.
    let pages: Vec<usize> = pdfs
        .iter()
        .filter(|p| p.to_string_lossy().ends_with(".official.pdf"))
        .map(|p| page_sizes(&std::fs::read(dir.path().join("out").join(p)).unwrap()).len())
        .collect();
    assert!(pages.iter().max() > pages.iter().min(), "{pages:?}");
}
