//! Helpers shared by the integration tests: render through the library or
//! the binary, and read PDFs back the way a person would (pdftotext).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use yomeru::locale::Locale;
use yomeru::plan::LoadedPlan;
use yomeru::render::Renderer;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every example plan in `examples/`.
pub fn examples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json" || e == "toml"))
        .collect();
    v.sort();
    v
}

/// Loads and renders `plan` to PDF bytes through the library.
pub fn render_pdf(plan: &LoadedPlan) -> (Vec<u8>, usize) {
    let lang = yomeru::label_language(plan, "ja");
    let renderer = Renderer::new(Locale::get(lang).unwrap(), None).unwrap();
    let out = yomeru::render_official(&renderer, plan).unwrap_or_else(|e| panic!("{e}"));
    (out.compiled.pdf().unwrap(), out.compiled.page_count())
}

/// The text of a PDF as pdftotext extracts it in content order (`-raw`),
/// so that each table cell's text stays together.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    pdftotext(&path)
}

/// pdftotext of a PDF file.
pub fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// `s` without any whitespace, for comparing text across line breaks.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The `yomeru` binary.
pub fn yomeru() -> Command {
    Command::new(env!("CARGO_BIN_EXE_yomeru"))
}

/// Every string of the plan that the official PDF must show verbatim, with
/// its key path. Left out: the easy-read-only parts (`readings`, `called`,
/// `plain`, pictogram ids, photo paths), machine words (kind, language,
/// days, signed_by) and dates and times, which are printed formatted.
pub fn printable_strings(plan: &yomeru::plan::Plan) -> Vec<(String, String)> {
    let json = serde_json::to_value(plan).unwrap();
    let mut out = Vec::new();
    walk(&json, String::new(), &mut out);
    out
}

fn walk(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    const SKIP: &[&str] = &[
        "readings",
        "called",
        "plain",
        "pictogram",
        "photo",
        "language",
        "days",
        "signed_by",
        "birth_date",
        "created",
        "start",
        "monitoring_from",
        "monitored_on",
        "achieve_by",
        "review_at",
        "from",
        "to",
        "date",
    ];
    match v {
        serde_json::Value::String(s) if path != "kind" && !s.trim().is_empty() => {
            out.push((path, s.clone()));
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                if SKIP.contains(&k.as_str()) {
                    continue;
                }
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                walk(item, p, out);
            }
        }
        _ => {}
    }
}
