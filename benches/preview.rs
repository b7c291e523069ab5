//! The editor's live preview: from an edit to the updated SVG of the page
//! that holds it, for the easy version of a 12-need plan (watanabe-takeshi's
//! 11 needs and one more), over distinct edits; against one `typst compile`
//! of the same edited source to SVG by the typst CLI, with the same fonts.
//!
//! Each edit goes the way `POST /api/render` takes it: the plan as JSON is
//! read and checked, the easy version's Typst is generated and typeset in
//! the plan's long-lived world (`typeset::Preview`), the first page whose
//! fingerprint changed is found and exported as SVG.
//!
//! Run: `cargo bench --bench preview` (set `TYPST=/path/to/typst` when the
//! typst CLI 0.15.1 is not on PATH; without it only yomeru is measured).
//! Prints medians and 95th percentiles.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use yomeru::plan::NoFiles;
use yomeru::render::Variant;
use yomeru::session::{Document, Session, Settings};
use yomeru::typeset::{Pages, Preview};

/// A document's generated sources, by path.
type Files = Vec<(PathBuf, Vec<u8>)>;

/// Edits measured (each a different field of a different need).
const EDITS: usize = 48;
/// Edits also compiled by the typst CLI (each takes about a second).
const CLI_EDITS: usize = 12;

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples").join(name)
}

/// watanabe-takeshi's plan as the editor holds it (its JSON value), with a
/// twelfth need.
fn twelve_needs() -> Value {
    let text = std::fs::read_to_string(example("watanabe-takeshi.yaml")).unwrap();
    let mut plan = yomeru::plan::value(&text, yomeru::plan::Format::Yaml).unwrap();
    let needs = plan["needs"].as_array_mut().unwrap();
    let mut extra = needs[1].clone();
    extra["id"] = json!("library");
    extra["priority"] = json!(12);
    needs.push(extra);
    assert_eq!(needs.len(), 12);
    plan
}

/// Edit `k`: a word typed at the end of one field of one need, as a
/// specialist types into the form.
fn edit(plan: &mut Value, k: usize) {
    let need = &mut plan["needs"][k % 12];
    let field = ["goal", "need", "my_role"][(k / 12) % 3];
    let typed = format!("（{k}）");
    match &mut need[field] {
        Value::String(s) => s.push_str(&typed),
        Value::Object(m) => {
            let key = if m.contains_key("plain") { "plain" } else { "text" };
            if let Some(Value::String(s)) = m.get_mut(key) {
                s.push_str(&typed);
            }
        }
        other => *other = json!(typed),
    }
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is taken.
    let session = Session::new(Settings::default()).keep_layouts(8);
    let document = Document::One(Variant::Easy);
    let path = example("watanabe-takeshi.json");
    let preview = Preview::new();
    let mut plan = twelve_needs();
    let load = |plan: &Value| {
        let bytes = serde_json::to_vec(plan).unwrap();
        session.load(&bytes, &path, &NoFiles).unwrap()
    };
    // The editor opened the plan: its pages are there.
    let first = session.typeset_in(&preview, document, &load(&plan)).unwrap();
    let mut before = first.compiled.page_fingerprints();
    println!("easy version of a 12-need plan: {} pages", before.len());

    let mut times = Vec::new();
    let mut sources: Vec<(usize, Files)> = Vec::new();
    let mut changed_pages = Vec::new();
    for k in 0..EDITS {
        edit(&mut plan, k);
        let start = Instant::now();
        let loaded = load(&plan);
        let out = session.typeset_in(&preview, document, &loaded).unwrap();
        let after = out.compiled.page_fingerprints();
        let page = (0..after.len()).find(|&i| before.get(i) != Some(&after[i])).unwrap_or(0) + 1;
        let svg = out.compiled.svg(&Pages(vec![page])).unwrap();
        let elapsed = start.elapsed();
        assert!(!svg[0].1.is_empty());
        times.push(elapsed);
        changed_pages.push(after.iter().zip(&before).filter(|(a, b)| a != b).count());
        before = after;
        if k < CLI_EDITS {
            let settings = Settings { documents: vec![document], ..Settings::default() };
            let files = Session::new(settings).typst_sources(&loaded, "bench").unwrap();
            sources.push((page, files));
        }
    }
    let mut sorted = times.clone();
    sorted.sort();
    changed_pages.sort();
    println!(
        "yomeru, edit → SVG of its page ({EDITS} distinct edits): median {}, p95 {}, min {}, max {}; pages changed per edit: median {}",
        ms(quantile(&sorted, 0.5)),
        ms(quantile(&sorted, 0.95)),
        ms(sorted[0]),
        ms(sorted[sorted.len() - 1]),
        changed_pages[changed_pages.len() / 2],
    );

    let typst = std::env::var("TYPST").unwrap_or_else(|_| "typst".into());
    let version = Command::new(&typst).arg("--version").output();
    let Some(version) = version.ok().filter(|o| o.status.success()) else {
        println!("typst CLI not found (set TYPST=…): the comparison was skipped");
        return;
    };
    println!("{}", String::from_utf8_lossy(&version.stdout).trim());
    let dir = tempfile::tempdir().unwrap();
    let fonts = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fonts");
    let mut cli = Vec::new();
    for (i, (page, files)) in sources.iter().enumerate() {
        let root = dir.path().join(format!("edit-{i}"));
        for (p, bytes) in files {
            let p = root.join(p);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, bytes).unwrap();
        }
        let folder = root.join("bench.easy");
        let start = Instant::now();
        let out = compile(&typst, &folder, &fonts, *page);
        cli.push(start.elapsed());
        assert!(
            out.status.success(),
            "typst compile failed in {}:\n{}",
            folder.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    cli.sort();
    let (ym, yp) = (quantile(&sorted, 0.5), quantile(&sorted, 0.95));
    let (cm, cp) = (quantile(&cli, 0.5), quantile(&cli, 0.95));
    println!(
        "typst compile of the same edited source to SVG ({} edits): median {}, p95 {}",
        cli.len(),
        ms(cm),
        ms(cp)
    );
    println!(
        "ratio (typst CLI / yomeru): median {:.1}×, p95 {:.1}×",
        cm.as_secs_f64() / ym.as_secs_f64(),
        cp.as_secs_f64() / yp.as_secs_f64()
    );
}

/// One `typst compile` of `folder/main.typ` to the SVG of `page`, with the
/// shipped fonts only, as its COMPILE.txt says.
fn compile(typst: &str, folder: &Path, fonts: &Path, page: usize) -> std::process::Output {
    Command::new(typst)
        .current_dir(folder)
        .args(["compile", "--features", "a11y-extras", "--ignore-system-fonts", "--font-path"])
        .arg(fonts)
        .args(["--format", "svg", "--pages", &page.to_string(), "main.typ", "out.svg"])
        .output()
        .expect("the typst CLI runs")
}
