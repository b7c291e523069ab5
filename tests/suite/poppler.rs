//! poppler as a second, independent reader of the PDFs: what `pdftotext`
//! and `pdfinfo` read must be what the tests' own reader (`pdf.rs`) reads,
//! so a bug in one reader cannot hide a bug in the documents.
//!
//! These tests need poppler-utils, which a fresh machine with only Rust
//! does not have: they are ignored by `cargo test`, and `.ci/run`, which
//! installs poppler, runs them with `cargo test -- --ignored poppler`.

use std::path::Path;
use std::process::Command;

use crate::common::*;
use yomeru::render::{Print, Variant};

/// `cmd ARGS PDF AFTER` (poppler writes text to `-`, standard output).
fn run(cmd: &str, args: &[&str], pdf: &Path, after: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .arg(pdf)
        .args(after)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} (poppler-utils) must be installed: {e}"));
    assert!(out.status.success(), "{cmd}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every example in each version, the meeting pack and large print.
fn documents() -> Vec<(String, Vec<u8>)> {
    let mut docs = Vec::new();
    for path in all_examples() {
        let plan = load_plan(&path).unwrap();
        let name = yomeru::caseload::stem(&path);
        for variant in [Variant::Official, Variant::Easy] {
            docs.push((
                format!("{name} {variant:?}"),
                variant_pdf(&plan, variant, Print::default()).0,
            ));
        }
        let large = Print { large: true, ..Print::default() };
        docs.push((format!("{name} meeting, large print"), meeting_pdf(&plan, large).0));
    }
    docs
}

#[test]
#[ignore = "needs poppler-utils; .ci/run installs it and runs this"]
fn poppler_reads_the_same_text_and_structure() {
    let dir = tempfile::tempdir().unwrap();
    for (name, pdf) in documents() {
        let file = dir.path().join("doc.pdf");
        std::fs::write(&file, &pdf).unwrap();
        let drawn = run("pdftotext", &["-raw", "-enc", "UTF-8"], &file, &["-"]);
        assert_eq!(squash(&drawn), squash(&pdf_text(&pdf)), "{name}: drawn text");
        let info = run("pdfinfo", &[], &file, &[]);
        assert!(info.contains("Tagged:          yes"), "{name}: {info}");
        let bbox = run("pdftotext", &["-bbox", "-enc", "UTF-8"], &file, &["-"]);
        assert!(bbox.contains("<word"), "{name}: poppler finds words");
        assert!(words_off_the_page(&pdf).is_empty(), "{name}");
        // `pdfinfo -struct-text` takes seconds per document: the structure
        // is compared on the meeting packs, which hold both versions.
        if !name.contains("meeting") {
            continue;
        }
        let tree = run("pdfinfo", &["-struct-text"], &file, &[]);
        let said: String = tree
            .lines()
            .filter_map(|l| l.trim().strip_prefix('"').and_then(|l| l.strip_suffix('"')))
            .collect();
        assert_eq!(squash(&said), spoken(&pdf), "{name}: what a screen reader reads");
    }
}
