//! Every import points down the pipeline: the layout the crate guide
//! (`src/lib.rs`) draws, checked on the sources themselves.
//!
//! cli → caseload → session, suggest → readability → render → plan, japanese →
//! photo, pictograms → typeset → error → locale, memo. A module may use
//! modules below it, never one above or beside it: the japanese stage
//! knows nothing of plans or Typst, the plan stage nothing of rendering.

use std::path::Path;

use crate::common::root;

/// The layer of each top-level module; higher layers use lower ones.
const LAYERS: &[(&str, u8)] = &[
    ("memo", 0),
    ("locale", 0),
    ("error", 1),
    ("typeset", 2),
    ("photo", 3),
    ("pictograms", 3),
    ("plan", 4),
    ("japanese", 4),
    ("render", 5),
    ("readability", 6),
    ("session", 7),
    ("suggest", 7),
    ("caseload", 8),
    ("editor", 9),
    ("cli", 10),
];

/// Crates only some stages may use: Typst is the typesetter's (and the
/// session's memory policy), templates the renderer's, the analyser the
/// japanese stage's, the command-line parser the CLI's.
const CRATES: &[(&str, &[&str])] = &[
    ("typst", &["typeset", "session"]),
    ("typst_pdf", &["typeset"]),
    ("typst_render", &["typeset"]),
    ("typst_svg", &["typeset"]),
    ("typst_layout", &["typeset"]),
    ("minijinja", &["render", "editor"]),
    ("axum", &["editor"]),
    ("tokio", &["editor"]),
    ("lindera", &["japanese"]),
    ("clap", &["cli"]),
    ("indicatif", &["cli"]),
];

fn layer(module: &str) -> u8 {
    LAYERS
        .iter()
        .find(|(m, _)| *m == module)
        .map(|(_, l)| *l)
        .unwrap_or_else(|| panic!("add the module `{module}` to LAYERS in tests/suite/layering.rs"))
}

/// Rust files under `dir`, with the top-level module each belongs to.
fn sources(dir: &Path, module: Option<&str>, out: &mut Vec<(String, std::path::PathBuf)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let owner = module.map_or(name.clone(), str::to_string);
        if path.is_dir() {
            sources(&path, Some(&owner), out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((owner, path));
        }
    }
}

/// `text` without comments (`//` to the end of a line), so that a module
/// named in a comment is not a use of it.
fn code(text: &str) -> String {
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// The first segment of each path in a `use` tree: `plan` and `render` of
/// `{plan::Plan, render::{self, Variant}}`.
fn tree_heads(tree: &str) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut at_start = true;
    let mut word = String::new();
    for c in tree.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 1 && (c == '{' || c == ',') {
            at_start = true;
            word.clear();
            continue;
        }
        if at_start && depth == 1 {
            if c.is_alphanumeric() || c == '_' {
                word.push(c);
            } else if !word.is_empty() {
                heads.push(std::mem::take(&mut word));
                at_start = false;
            }
        }
    }
    heads
}

/// The modules of this crate (`true`) and the crates (`false`) that a
/// source file's code names. `root` is what `super::` means in this file
/// when it is the crate root (a file directly under `src/`, or a
/// `mod.rs`).
fn named(code: &str, super_is_root: bool) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut prefixes = vec!["crate::", "yomeru::"];
    if super_is_root {
        prefixes.push("super::");
    }
    for prefix in prefixes {
        let mut rest = code;
        while let Some(i) = rest.find(prefix) {
            let before = rest[..i].chars().next_back();
            let after = &rest[i + prefix.len()..];
            rest = after;
            // `my_crate::` or `a.crate::` is not this crate.
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if after.starts_with('{') {
                let end = after.find(';').unwrap_or(after.len());
                out.extend(tree_heads(&after[..end]).into_iter().map(|h| (true, h)));
            } else {
                let name: String =
                    after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if !name.is_empty() {
                    out.push((true, name));
                }
            }
        }
    }
    for (krate, _) in CRATES {
        let as_path = format!("{krate}::");
        let mut rest = code;
        while let Some(i) = rest.find(&as_path) {
            let before = rest[..i].chars().next_back();
            rest = &rest[i + as_path.len()..];
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                out.push((false, krate.to_string()));
                break;
            }
        }
    }
    out
}

#[test]
fn every_import_points_down() {
    let mut files = Vec::new();
    sources(&root().join("src"), None, &mut files);
    let mut wrong = Vec::new();
    for (module, path) in &files {
        // The crate root and the binary's entry point name every module.
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let super_is_root = path.parent() == Some(&root().join("src"))
            || path.file_name().is_some_and(|n| n == "mod.rs");
        let here = path.strip_prefix(root()).unwrap().display().to_string();
        for (ours, name) in named(&code(&text), super_is_root) {
            if ours {
                // `crate::Error` and friends are the crate root's re-exports.
                let target = match name.as_str() {
                    "Error" | "ErrorKind" | "Result" | "Location" | "Warning" | "WarningKind" => {
                        "error"
                    }
                    "Session" => "session",
                    "self" => continue,
                    other => other,
                };
                if target != module && layer(target) >= layer(module) {
                    wrong.push(format!("{here}: {module} uses {target}"));
                }
            } else if let Some((_, allowed)) = CRATES.iter().find(|(k, _)| *k == name)
                && !allowed.contains(&module.as_str())
            {
                wrong.push(format!("{here}: {module} uses the {name} crate"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports that do not point down:\n{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_every_form_of_a_wrong_import() {
    let ours = |code: &str, root: bool| -> Vec<String> {
        named(code, root).into_iter().filter(|(o, _)| *o).map(|(_, n)| n).collect()
    };
    assert_eq!(ours("use crate::plan::Plan;", false), ["plan"]);
    assert_eq!(
        ours("use crate::{plan::Plan, render::{self, Variant}};", false),
        ["plan", "render"]
    );
    assert_eq!(
        ours("use crate::{\n    plan::Plan,\n    session::Session,\n};", false),
        ["plan", "session"]
    );
    assert_eq!(ours("let p = super::plan::parse(t);", true), ["plan"]);
    assert!(ours("let p = super::plan::parse(t);", false).is_empty(), "super of a submodule");
    assert_eq!(ours("    yomeru::caseload::stem(p)", false), ["caseload"]);
    let crates = |code: &str| -> Vec<String> {
        named(code, false).into_iter().filter(|(o, _)| !*o).map(|(_, n)| n).collect()
    };
    assert_eq!(crates("typst::comemo::evict(1);"), ["typst"]);
    assert_eq!(crates("    let x = minijinja::Value::from(1);"), ["minijinja"]);
    assert!(crates("my_typst::x();").is_empty());
    assert_eq!(code("// uses crate::plan\nlet a = 1;"), "\nlet a = 1;");
    assert!(layer("plan") >= layer("japanese"), "japanese may not use plan");
}
