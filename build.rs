//! Embeds `templates/` and `locales/` into the binary.
//!
//! Both folders are data an office may customise (`--templates DIR`) or
//! extend (a new language is a new folder of `.ftl` files), so we list them
//! at build time instead of naming files in Rust: adding a file needs no code.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for (dir, name) in [("templates", "templates.rs"), ("locales", "locales.rs")] {
        let base = root.join(dir);
        println!("cargo:rerun-if-changed={}", base.display());
        let mut files = Vec::new();
        collect(&base, &mut files);
        files.sort();
        let mut code = String::from("&[\n");
        for file in &files {
            let rel = file.strip_prefix(&base).unwrap().to_str().unwrap().replace('\\', "/");
            println!("cargo:rerun-if-changed={}", file.display());
            writeln!(code, "    ({rel:?}, include_str!({:?})),", file.display().to_string())
                .unwrap();
        }
        code.push(']');
        std::fs::write(out.join(name), code).unwrap();
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "ftl" || e == "j2" || e == "typ") {
            files.push(path);
        }
    }
}
