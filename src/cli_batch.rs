//! `yomeru batch` and `yomeru watch`: the command-line side (threads,
//! progress, messages). What to render and how lives in `yomeru::batch`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use indicatif::{ProgressBar, ProgressStyle};
use yomeru::Error;
use yomeru::batch::{self, Renderers, Settings};
use yomeru::locale::{Locale, arg};

/// What happened to one plan of a batch.
enum Outcome {
    Rendered(Vec<yomeru::Warning>),
    Skipped,
    Failed(Error),
}

/// How long Typst's memoised results are kept in a batch: results the last
/// plan did not use are evicted after each plan. Different plans share
/// little layout work (measured on 60 generated plans, when plans were
/// still rayon tasks: keeping results for 8 plans rendered no faster than
/// keeping them for 1, but peak memory was 308 MB against 242 MB; without
/// eviction it was 977 MB).
const BATCH_MEMO_AGE: usize = 1;

/// In `watch`, the same plan is rendered again after a small edit, and
/// most of its layout is reused: keep results for a few renders.
const WATCH_MEMO_AGE: usize = 4;

/// Renders every plan found under `inputs` into `out`, in parallel.
/// `Ok(false)` when some plan failed (each is in the summary).
pub fn run(
    inputs: &[PathBuf],
    out: &Path,
    force: bool,
    jobs: Option<usize>,
    settings: Settings,
    locale: &Locale,
) -> Result<bool, Error> {
    let plans = batch::find_plans(inputs, Some(out))?;
    let renderers = Renderers::new(settings);
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(plans.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed} {wide_msg}")
                .expect("the template is valid"),
        );
        Some(bar)
    } else {
        None
    };
    let workers = jobs
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(plans.len().max(1));
    // Each worker takes the next plan when it is done with its last one.
    // Plans are not rayon tasks: Typst parallelises inside a document with
    // rayon, and a rayon thread waiting there would start another plan on
    // top of its own, holding several plans in memory at once (measured on
    // 200 generated plans, two threads: 899 MB peak and 31 s with a rayon
    // pool, 172 MB and 19 s with two workers).
    let run = batch::run_fingerprint(renderers.settings());
    let next = AtomicUsize::new(0);
    let report = |path: &Path, outcome: &Outcome| {
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
    // A worker: plans until none is left, each with its index.
    let work = || {
        let mut mine = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some((path, rel)) = plans.get(index) else { break mine };
            let outcome = one(&renderers, &run, (path, rel), out, force);
            report(path, &outcome);
            typst::comemo::evict(BATCH_MEMO_AGE);
            mine.push((index, outcome));
        }
    };
    let mut outcomes: Vec<(usize, Outcome)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..workers).map(|_| scope.spawn(work)).collect();
        workers.into_iter().flat_map(|w| w.join().expect("a batch worker panicked")).collect()
    });
    // In the order the plans were found, whichever worker took them.
    outcomes.sort_by_key(|(i, _)| *i);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let (mut rendered, mut skipped, mut failed) = (0, 0, Vec::new());
    for ((path, _), (_, outcome)) in plans.iter().zip(&outcomes) {
        match outcome {
            Outcome::Rendered(warnings) => {
                rendered += 1;
                for w in warnings {
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

/// One plan of a batch: skipped when up to date, else rendered and written
/// with its stamp, all or nothing. `run` is the run's fingerprint.
fn one(renderers: &Renderers, run: &str, job: (&Path, &Path), out: &Path, force: bool) -> Outcome {
    let (path, rel) = job;
    let stem = yomeru::stem(path);
    let stamp = batch::stamp_path(out, rel, &stem);
    // Loaded once: its photos and monitored plan are in the fingerprint,
    // and it is what gets rendered.
    let loaded = yomeru::plan::load(path);
    let fingerprint = batch::fingerprint(run, &batch::inputs(path, loaded.as_ref().ok()));
    if !force && batch::up_to_date(&stamp, &fingerprint) {
        return Outcome::Skipped;
    }
    let result = loaded.and_then(|plan| {
        let output = renderers.render_plan(&plan, &stem, &out.join(rel))?;
        let stamp_text = batch::stamp_text(&fingerprint, &output.files);
        let mut files: Vec<(PathBuf, Vec<u8>)> =
            output.files.into_iter().map(|f| (f.path, f.bytes)).collect();
        // The stamp goes last: it is renamed into place only after every
        // output was.
        files.push((stamp, stamp_text.into_bytes()));
        yomeru::output::write_all_atomic(&files)?;
        Ok(Outcome::Rendered(output.warnings))
    });
    result.unwrap_or_else(Outcome::Failed)
}

/// The files a plan's output depends on, with their modification times.
fn watched(path: &Path) -> Vec<(PathBuf, Option<SystemTime>)> {
    let plan = yomeru::plan::load(path).ok();
    batch::inputs(path, plan.as_ref())
        .into_iter()
        .map(|f| {
            let t = std::fs::metadata(&f).and_then(|m| m.modified()).ok();
            (f, t)
        })
        .collect()
}

/// Renders `plan`, then again each time it or a file it uses changes.
/// Runs until interrupted; a failed render prints its error and keeps the
/// last good files.
pub fn watch(
    renderers: &Renderers,
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
        let now = watched(plan);
        if now != seen {
            seen = now;
            match super::render_to(renderers, plan, out, None, locale) {
                Ok(files) => super::report_written(&files, locale),
                Err(e) => {
                    eprintln!("{}", e.report(locale));
                    eprintln!("{}", locale.text("cli-watch-kept"));
                }
            }
            typst::comemo::evict(WATCH_MEMO_AGE);
        }
        std::thread::sleep(interval);
    }
}
