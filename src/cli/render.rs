//! `yomeru render`: each plan file to its documents, written all or none.

use std::path::{Path, PathBuf};

use yomeru::locale::Locale;
use yomeru::session::Session;

/// Renders each of `plans` into `out`; false when any failed (reported).
pub fn run(
    session: &Session,
    plans: &[PathBuf],
    out: &Path,
    emit_typst: Option<&Path>,
    locale: &Locale,
) -> bool {
    let mut ok = true;
    for path in plans {
        match yomeru::caseload::render_file(session, path, out, emit_typst) {
            Ok(written) => super::report_written(&written, locale),
            Err(e) => {
                eprintln!("{}", e.report(locale));
                ok = false;
            }
        }
    }
    ok
}

/// `plans` with a file given twice listed once; refused when two would
/// write the same outputs in `out` (`a.yaml` and `a.json`), before
/// anything is rendered.
pub fn distinct(plans: &[PathBuf], out: &Path) -> Result<Vec<PathBuf>, yomeru::Error> {
    let mut seen = std::collections::HashSet::new();
    let plans: Vec<PathBuf> = plans
        .iter()
        .filter(|p| seen.insert(p.canonicalize().unwrap_or_else(|_| p.to_path_buf())))
        .cloned()
        .collect();
    let pairs: Vec<(PathBuf, PathBuf)> =
        plans.iter().map(|p| (p.clone(), PathBuf::new())).collect();
    yomeru::caseload::check_outputs(&pairs, out)?;
    Ok(plans)
}
