//! Every import points down the pipeline: the layout the crate guide
//! (`src/lib.rs`) draws, checked on the sources themselves.
//!
//! cli → caseload → session → readability → render → plan, japanese →
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
    ("caseload", 8),
    ("cli", 9),
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
    ("minijinja", &["render"]),
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

/// The modules of this crate and the crates a source line names.
fn named(line: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    for (prefix, ours) in [("crate::", true), ("yomeru::", true), ("super::super::", true)] {
        let mut rest = line;
        while let Some(i) = rest.find(prefix) {
            let after = &rest[i + prefix.len()..];
            let name: String =
                after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                out.push((ours, name));
            }
            rest = after;
        }
    }
    let code = line.trim_start();
    for (krate, _) in CRATES {
        let as_path = format!("{krate}::");
        let used = code.starts_with(&format!("use {as_path}"))
            || code.contains(&format!(" {as_path}"))
            || code.contains(&format!("({as_path}"))
            || code.contains(&format!("<{as_path}"))
            || code.contains(&format!("&{as_path}"));
        if used {
            out.push((false, krate.to_string()));
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
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for (ours, name) in named(code) {
                let here = format!("{}:{}", path.strip_prefix(root()).unwrap().display(), n + 1);
                if ours {
                    // `crate::Error` and friends are the crate root's re-exports
                    // of `error`.
                    let target = match name.as_str() {
                        "Error" | "ErrorKind" | "Result" | "Location" | "Warning"
                        | "WarningKind" => "error",
                        "Session" => "session",
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
    }
    assert!(wrong.is_empty(), "imports that do not point down:\n{}", wrong.join("\n"));
}

#[test]
fn the_check_sees_a_wrong_import() {
    // The rule itself must be able to fail: a japanese line naming a plan.
    assert_eq!(named("use crate::plan::Plan;"), [(true, "plan".to_string())]);
    assert!(layer("plan") >= layer("japanese"), "japanese may not use plan");
    assert_eq!(named("    let x = typst::compile(&w);"), [(false, "typst".to_string())]);
}
