//! The caseload: plan files in folders on disk, and what is rendered from
//! them.
//!
//! This is where yomeru meets the file system: finding the plans under a
//! folder, reading a plan and the files it names ([`FileResolver`]),
//! writing outputs all or nothing ([`write`]), and skipping plans whose
//! outputs are up to date ([`stamp`]). Rendering itself is the
//! [`Session`]'s.

pub mod agenda;
pub mod due;
pub mod report;
mod stamp;
pub mod starter;
mod write;

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{Error, ErrorKind, IoProblem, Result, Warning};
use crate::plan::{LoadedPlan, ResolveError, Resolved, Resolver};
use crate::session::{OutputFile, Session};

pub use write::{remove_temporary_files, write_all_atomic};

/// Plan files in `inputs`: files as given, folders searched recursively
/// (hidden entries skipped), each with the folder its outputs go to,
/// relative to the output folder, so the outputs mirror the input tree.
/// `skip` (the output folder) is not searched. Symbolic links are
/// followed, but each real folder is searched once and each real file
/// listed once, so a link back up the tree ends the search there.
pub fn find_plans(inputs: &[PathBuf], skip: Option<&Path>) -> Result<Vec<(PathBuf, PathBuf)>> {
    let mut out = Vec::new();
    let mut seen = Seen::default();
    for input in inputs {
        if input.is_dir() {
            if seen.folders.insert(real(input)) {
                walk(input, input, skip, &mut seen, &mut out)?;
            }
        } else if seen.files.insert(real(input)) {
            out.push((input.clone(), PathBuf::new()));
        }
    }
    Ok(out)
}

/// Real paths (links resolved) already searched or listed.
#[derive(Default)]
struct Seen {
    folders: std::collections::HashSet<PathBuf>,
    files: std::collections::HashSet<PathBuf>,
}

/// `path` with every symbolic link resolved, or as it is when it cannot be.
fn real(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

fn walk(
    base: &Path,
    dir: &Path,
    skip: Option<&Path>,
    seen: &mut Seen,
    out: &mut Vec<(PathBuf, PathBuf)>,
) -> Result<()> {
    let read = std::fs::read_dir(dir).map_err(|e| Error::io(e, dir))?;
    let mut entries: Vec<PathBuf> = read.flatten().map(|e| e.path()).collect();
    // Sorted, so the order (and the summary) is the same on every machine.
    entries.sort();
    for p in entries {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let is_skipped = skip.is_some_and(|s| same_file(&p, s));
        if hidden || is_skipped {
            continue;
        }
        if p.is_dir() {
            if seen.folders.insert(real(&p)) {
                walk(base, &p, skip, seen, out)?;
            }
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| crate::plan::Format::from_extension(e).is_some())
            && seen.files.insert(real(&p))
        {
            let rel = p.parent().and_then(|d| d.strip_prefix(base).ok()).unwrap_or(Path::new(""));
            out.push((p.clone(), rel.to_path_buf()));
        }
    }
    Ok(())
}

/// Refuses `plans` (plan file, output folder relative to the output root)
/// when two of them would write the same outputs (`a.yaml` and `a.json`
/// in one folder both write `a.official.pdf`), naming both, before
/// anything is rendered.
pub fn check_outputs(plans: &[(PathBuf, PathBuf)], out: &Path) -> Result<()> {
    let mut first: std::collections::HashMap<PathBuf, &Path> = std::collections::HashMap::new();
    let mut errors = Vec::new();
    for (path, rel) in plans {
        let target = out.join(rel).join(format!("{}.*", stem(path)));
        // Letter case as the file systems of Windows and macOS see it: one
        // name there (`A.yaml` and `a.yaml` write the same PDF).
        let key = PathBuf::from(target.to_string_lossy().to_lowercase());
        match first.get(&key) {
            Some(other) => errors.push(Error::new(ErrorKind::SameOutput {
                output: target.display().to_string(),
                first: other.display().to_string(),
                second: path.display().to_string(),
            })),
            None => {
                first.insert(key, path);
            }
        }
    }
    match Error::join(errors) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Reads the files a plan names from the plan's folder, and remembers
/// every file it was asked for (found or not): what the plan's outputs
/// depend on.
#[derive(Default)]
pub struct FileResolver {
    asked: Mutex<Vec<PathBuf>>,
}

impl FileResolver {
    /// The files asked for so far, in order.
    pub fn asked(&self) -> Vec<PathBuf> {
        self.asked.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

impl Resolver for FileResolver {
    fn read(&self, plan: &Path, written: &str, limit: u64) -> Result<Resolved, ResolveError> {
        let path = plan.parent().unwrap_or(Path::new(".")).join(written);
        self.asked.lock().unwrap_or_else(|e| e.into_inner()).push(path.clone());
        let bytes = read_limited(&path, limit).map_err(|e| match e {
            Limited::NotFound | Limited::Folder => ResolveError::NotFound,
            Limited::NotAFile => ResolveError::Io(not_a_file(&path)),
            Limited::TooLarge(bytes) => ResolveError::TooLarge { bytes },
            Limited::Io(e) => ResolveError::Io(Error::io(e, &path)),
        })?;
        Ok(Resolved { path, bytes })
    }
}

fn not_a_file(path: &Path) -> Error {
    Error::new(ErrorKind::Io { problem: IoProblem::NotAFile }).in_file(path)
}

enum Limited {
    NotFound,
    Folder,
    NotAFile,
    TooLarge(u64),
    Io(std::io::Error),
}

/// The bytes of the regular file at `path`, refusing more than `limit`
/// before reading them.
fn read_limited(path: &Path, limit: u64) -> std::result::Result<Vec<u8>, Limited> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Limited::NotFound,
        _ => Limited::Io(e),
    })?;
    if meta.is_dir() {
        return Err(Limited::Folder);
    }
    // A FIFO never ends until its writer does, a device (`/dev/zero`) never
    // ends, and the files of `/proc` and `/sys` say they are empty: none is
    // a plan or a photo, and each is refused before it is opened.
    let real = real(path);
    let pseudo = ["/proc", "/sys"].iter().any(|p| real.starts_with(p));
    if !meta.is_file() || pseudo {
        return Err(Limited::NotAFile);
    }
    if meta.len() > limit {
        return Err(Limited::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // `take` also bounds a file that grows while it is read.
    // Non-blocking, so a FIFO swapped in since the look cannot hold the
    // open; a regular file reads the same either way.
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(Limited::Io)?;
    // Swapped for something else between the look and the open.
    if !file.metadata().map_err(Limited::Io)?.is_file() {
        return Err(Limited::NotAFile);
    }
    file.take(limit + 1).read_to_end(&mut bytes).map_err(Limited::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Limited::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A plan file read from disk, with the files it was made from.
pub struct ReadPlan {
    /// The plan, or why it cannot be used.
    pub plan: Result<LoadedPlan>,
    /// The plan file and every file it names (found or not): a change to
    /// any of them changes the outputs.
    pub inputs: Vec<PathBuf>,
}

/// Reads the plan file at `path` and the files it names, through `session`.
pub fn read_plan(session: &Session, path: &Path) -> ReadPlan {
    let resolver = FileResolver::default();
    let plan = match read_limited(path, crate::plan::MAX_PLAN_BYTES) {
        Ok(bytes) => session.load(&bytes, path, &resolver),
        Err(Limited::NotFound) => Err(Error::io(std::io::ErrorKind::NotFound.into(), path)),
        Err(Limited::Folder) => Err(Error::io(std::io::ErrorKind::IsADirectory.into(), path)),
        Err(Limited::NotAFile) => Err(not_a_file(path)),
        Err(Limited::TooLarge(bytes)) => {
            let problem = IoProblem::TooLarge { bytes, limit: crate::plan::MAX_PLAN_BYTES };
            Err(Error::new(ErrorKind::Io { problem }).in_file(path))
        }
        Err(Limited::Io(e)) => Err(Error::io(e, path)),
    };
    let mut inputs = vec![path.to_path_buf()];
    inputs.extend(resolver.asked());
    ReadPlan { plan, inputs }
}

/// The file name stem used for outputs: `plans/hanako.yaml` → `hanako`.
pub fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(|| "plan".into(), |s| s.to_string_lossy().into_owned())
}

/// What was written for one plan.
#[derive(Debug)]
pub struct Written {
    /// The files, where they went, with their documents' page counts.
    pub files: Vec<(PathBuf, usize)>,
    /// Located warnings (missing glyphs, Typst warnings).
    pub warnings: Vec<Warning>,
}

/// Renders the plan file at `path` into `out_dir` and writes its files
/// together, all or none (and, with `emit_typst`, its generated sources).
pub fn render_file(
    session: &Session,
    path: &Path,
    out_dir: &Path,
    emit_typst: Option<&Path>,
) -> Result<Written> {
    let plan = read_plan(session, path).plan?;
    let stem = stem(path);
    let output = session.render(&plan, &stem)?;
    let (mut files, written) = placed(out_dir, output.files);
    if let Some(dir) = emit_typst {
        let sources = session.typst_sources(&plan, &stem)?;
        files.extend(sources.into_iter().map(|(p, b)| (dir.join(p), b)));
    }
    write_all_atomic(&files)?;
    Ok(Written { files: written, warnings: output.warnings })
}

/// Files to write: where, and what.
type Files = Vec<(PathBuf, Vec<u8>)>;

/// The files of a plan placed in `dir`: what to write (the bytes are
/// moved, not copied: a meeting pack is megabytes) and what to report.
fn placed(dir: &Path, files: Vec<OutputFile>) -> (Files, Vec<(PathBuf, usize)>) {
    files.into_iter().map(|f| ((dir.join(&f.name), f.bytes), (dir.join(&f.name), f.pages))).unzip()
}

/// What happened to one plan of a batch.
#[derive(Debug)]
pub enum Outcome {
    /// Rendered and written.
    Rendered(Written),
    /// Its outputs were up to date.
    Skipped,
    /// It could not be rendered; nothing was written for it.
    Failed(Error),
}

/// Options of a batch.
#[derive(Debug, Clone, Default)]
pub struct Batch {
    /// Render every plan, even when its outputs are up to date.
    pub force: bool,
    /// Worker threads (all cores when `None`).
    pub jobs: Option<usize>,
}

impl Batch {
    /// Renders every plan in `plans` (plan file, output folder relative to
    /// `out`) in parallel, skipping up-to-date ones; `done` is told about
    /// each plan as it finishes. Returns the outcomes in the order of `plans`.
    pub fn run(
        &self,
        session: &Session,
        plans: &[(PathBuf, PathBuf)],
        out: &Path,
        done: &(dyn Fn(&Path, &Outcome) + Sync),
    ) -> Vec<Outcome> {
        let workers = self
            .jobs
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .min(plans.len().max(1));
        // Each worker takes the next plan when it is done with its last one.
        // Plans are not rayon tasks: Typst parallelises inside a document with
        // rayon, and a rayon thread waiting there would start another plan on
        // top of its own, holding several plans in memory at once (measured on
        // 200 generated plans, two threads: 899 MB peak and 31 s with a rayon
        // pool, 172 MB and 19 s with two workers).
        let run = stamp::run_fingerprint(session.settings());
        let next = AtomicUsize::new(0);
        let work = || {
            let mut mine = Vec::new();
            loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some((path, rel)) = plans.get(index) else { break mine };
                let outcome = self.one(
                    session,
                    &run,
                    path,
                    &out.join(rel),
                    &stamp::stamp_path(out, rel, &stem(path)),
                );
                done(path, &outcome);
                mine.push((index, outcome));
            }
        };
        let mut outcomes: Vec<(usize, Outcome)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..workers).map(|_| scope.spawn(work)).collect();
            workers.into_iter().flat_map(|w| w.join().expect("a batch worker panicked")).collect()
        });
        // In the order the plans were found, whichever worker took them.
        outcomes.sort_by_key(|(i, _)| *i);
        outcomes.into_iter().map(|(_, o)| o).collect()
    }

    /// One plan of a batch: skipped when up to date, else rendered and
    /// written with its stamp, all or nothing. `run` is the run's fingerprint.
    fn one(&self, session: &Session, run: &str, path: &Path, dir: &Path, stamp: &Path) -> Outcome {
        // Read once: what it names is in the fingerprint, and it is what
        // gets rendered.
        let read = read_plan(session, path);
        let fingerprint = stamp::fingerprint(run, &read.inputs);
        if !self.force && stamp::up_to_date(stamp, &fingerprint) {
            return Outcome::Skipped;
        }
        let result = read.plan.and_then(|plan| {
            let output = session.render(&plan, &stem(path))?;
            let stamp_text = stamp::stamp_text(&fingerprint, dir, &output.files);
            let (mut files, written) = placed(dir, output.files);
            // The stamp goes last: it is renamed into place only after every
            // output was.
            files.push((stamp.to_path_buf(), stamp_text.into_bytes()));
            write_all_atomic(&files)?;
            Ok(Written { files: written, warnings: output.warnings })
        });
        match result {
            Ok(written) => Outcome::Rendered(written),
            Err(e) => Outcome::Failed(e),
        }
    }
}
