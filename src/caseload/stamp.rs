//! Skipping plans whose outputs are up to date: a fingerprint of what a
//! plan's outputs are made from, kept in a stamp beside them.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::memo::hash128;
use crate::session::{OutputFile, Settings};

/// What the outputs of every plan of a run depend on alike: the program
/// (its version and executable), the settings and the templates folder.
/// Made once per run and given to [`fingerprint`].
pub fn run_fingerprint(settings: &Settings) -> String {
    let mut parts: Vec<String> = vec![
        format!("yomeru {}", env!("CARGO_PKG_VERSION")),
        // The version alone stays 0.1.0 across builds; the executable's size
        // and time change with every build, and with it the embedded
        // templates, fonts and dictionary.
        std::env::current_exe().map(|exe| stat(&exe)).unwrap_or_default(),
        format!("{settings:?}"),
    ];
    if let Some(t) = &settings.templates {
        let mut files = Vec::new();
        let _ = collect_files(t, &mut files);
        files.sort();
        parts.extend(files.iter().map(|f| stat(f)));
    }
    format!("{:032x}", hash128(&parts))
}

/// A fingerprint of what a plan's outputs depend on: the run's
/// ([`run_fingerprint`]) and the plan's input files. Files count by size
/// and modification time, so touching a plan renders it again.
pub fn fingerprint(run: &str, inputs: &[PathBuf]) -> String {
    let parts: Vec<String> =
        std::iter::once(run.to_string()).chain(inputs.iter().map(|f| stat(f))).collect();
    format!("{:032x}", hash128(&parts))
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)?.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_files(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

fn stat(path: &Path) -> String {
    match std::fs::metadata(path) {
        Ok(m) => {
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {} {mtime}", path.display(), m.len())
        }
        Err(_) => format!("{} missing", path.display()),
    }
}

/// Where the fingerprint of a plan's outputs is kept: in a hidden folder of
/// the output tree.
pub fn stamp_path(out_root: &Path, rel: &Path, stem: &str) -> PathBuf {
    out_root.join(".yomeru").join(rel).join(format!("{stem}.stamp"))
}

/// Whether the outputs of a plan are up to date: the stamp matches and
/// every file it lists is still there as it was written (same size and
/// contents: an output truncated or edited since is written again).
pub fn up_to_date(stamp: &Path, fingerprint: &str) -> bool {
    let Ok(text) = std::fs::read_to_string(stamp) else { return false };
    let mut lines = text.lines();
    lines.next() == Some(fingerprint)
        && lines.all(|line| {
            let mut parts = line.rsplitn(3, '\t');
            let (Some(hash), Some(size), Some(file)) = (parts.next(), parts.next(), parts.next())
            else {
                return false;
            };
            let file = Path::new(file);
            // The size first: most changes show there without a read.
            std::fs::metadata(file).is_ok_and(|m| m.len().to_string() == size)
                && std::fs::read(file).is_ok_and(|bytes| content_hash(&bytes) == hash)
        })
}

fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", hash128(&bytes))
}

/// The stamp's contents: the fingerprint, then each file written (in
/// `dir`) with its size and a hash of its contents, tab-separated.
pub fn stamp_text(fingerprint: &str, dir: &Path, files: &[OutputFile]) -> String {
    let mut s = format!("{fingerprint}\n");
    for f in files {
        let path = dir.join(&f.name).display().to_string();
        s.push_str(&format!("{path}\t{}\t{}\n", f.bytes.len(), content_hash(&f.bytes)));
    }
    s
}
