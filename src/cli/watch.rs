//! `yomeru watch`: render a plan again each time it or a file it names
//! changes, keeping the last good files when a render fails.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use yomeru::Error;
use yomeru::locale::{Locale, arg};
use yomeru::session::{Session, Settings};

/// The same plan is rendered again after a small edit, and most of its
/// layout is reused: keep Typst's results for a few renders.
const KEEP_RENDERS: usize = 4;

/// The session `watch` renders with.
pub fn session(settings: Settings) -> Session {
    Session::new(settings).keep_layouts(KEEP_RENDERS)
}

/// The files a plan's output depends on, with their modification times.
fn watched(session: &Session, path: &Path) -> Vec<(PathBuf, Option<SystemTime>)> {
    yomeru::caseload::read_plan(session, path)
        .inputs
        .into_iter()
        .map(|f| {
            let t = std::fs::metadata(&f).and_then(|m| m.modified()).ok();
            (f, t)
        })
        .collect()
}

/// Renders `plan`, then again each time it or a file it uses changes.
/// Runs until interrupted.
pub fn run(
    session: &Session,
    plan: &Path,
    out: &Path,
    interval: f64,
    locale: &Locale,
) -> Result<bool, Error> {
    let interval = Duration::from_secs_f64(interval.max(0.05));
    println!(
        "{}",
        locale.format("cli-watch-watching", &[("file", arg(plan.display().to_string()))])
    );
    let mut seen = Vec::new();
    loop {
        let now = watched(session, plan);
        if now != seen {
            seen = now;
            match yomeru::caseload::render_file(session, plan, out, None) {
                Ok(written) => super::report_written(&written, locale),
                Err(e) => {
                    eprintln!("{}", e.report(locale));
                    eprintln!("{}", locale.text("cli-watch-kept"));
                }
            }
        }
        std::thread::sleep(interval);
    }
}
