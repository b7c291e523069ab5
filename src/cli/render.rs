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
