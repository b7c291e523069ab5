//! `yomeru batch`: a whole caseload, in parallel, with progress and a
//! summary of what failed and why.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use yomeru::Error;
use yomeru::caseload::{Batch, Outcome};
use yomeru::locale::{Locale, arg};
use yomeru::session::Session;

/// Renders every plan found under `inputs` into `out`. `Ok(false)` when
/// some plan failed (each is in the summary).
pub fn run(
    session: &Session,
    inputs: &[PathBuf],
    out: &Path,
    batch: Batch,
    locale: &Locale,
) -> Result<bool, Error> {
    let plans = yomeru::caseload::find_plans(inputs, Some(out))?;
    yomeru::caseload::check_outputs(&plans, out)?;
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(plans.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed} {wide_msg}")
                .expect("the template is valid"),
        );
        bar
    });
    let done = |path: &Path, outcome: &Outcome| {
        let key = match outcome {
            Outcome::Rendered(..) => "cli-batch-rendered",
            Outcome::Skipped => "cli-batch-skipped",
            Outcome::Failed(_) => "cli-batch-failed",
        };
        let line = locale.format(key, &[("file", arg(path.display().to_string()))]);
        match &bar {
            Some(bar) => {
                bar.set_message(line);
                bar.inc(1);
            }
            None => eprintln!("{line}"),
        }
    };
    let outcomes = batch.run(session, &plans, out, &done);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let (mut rendered, mut skipped, mut failed) = (0, 0, Vec::new());
    for ((path, _), outcome) in plans.iter().zip(&outcomes) {
        match outcome {
            Outcome::Rendered(written) => {
                rendered += 1;
                for w in &written.warnings {
                    eprintln!("{}", w.report(locale));
                }
            }
            Outcome::Skipped => skipped += 1,
            Outcome::Failed(e) => failed.push((path, e)),
        }
    }
    println!(
        "{}",
        locale.format(
            "cli-batch-summary",
            &[
                ("rendered", (rendered as i64).into()),
                ("skipped", (skipped as i64).into()),
                ("failed", (failed.len() as i64).into()),
            ],
        )
    );
    for (path, e) in &failed {
        eprintln!(
            "{}",
            locale.format("cli-batch-failed", &[("file", arg(path.display().to_string()))])
        );
        eprintln!("{}", e.report(locale));
    }
    Ok(failed.is_empty())
}
