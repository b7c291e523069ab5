//! The caseload folder as the editor sees it: paths confined to it, file
//! versions, saves that keep history, and the caseload's summary.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use crate::caseload::FileResolver;
use crate::error::{Error, Result};
use crate::plan::{Format, LoadedPlan, ResolveError, Resolved, Resolver};
use crate::session::{Session, Settings};

/// Shared state of one editor process.
pub struct State {
    /// The caseload folder, with links resolved.
    pub root: PathBuf,
    /// The token of this start.
    pub token: String,
    /// The port it listens on (the Host and Origin it accepts).
    pub port: u16,
    /// Loads and checks plans; renders go through [`crate::editor::preview`].
    pub session: Session,
    /// One save at a time: the version check and the write are one step.
    pub saving: Mutex<()>,
    /// Summaries of plan files by path, reused while the files (and the
    /// files they name) are unchanged.
    pub summaries: Mutex<HashMap<PathBuf, Arc<Summary>>>,
    /// Long-lived previews of the plans being edited.
    pub previews: crate::editor::preview::Previews,
}

impl State {
    /// The state for serving `root` (already canonical).
    pub fn new(root: PathBuf, token: String, port: u16) -> State {
        State {
            root,
            token,
            port,
            session: Session::new(Settings::default()),
            saving: Mutex::new(()),
            summaries: Mutex::new(HashMap::new()),
            previews: crate::editor::preview::Previews::default(),
        }
    }
}

/// Why a path from a request is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Not a path the API accepts at all (`..`, absolute, hidden, not a
    /// plan file): 400.
    Bad,
    /// There is no such file inside the folder (or it leads outside): 404.
    Missing,
}

/// `rel` (a `/`-separated path from a request) as a path inside `root`:
/// no empty, `.`, `..` or hidden parts, no absolute path, no backslash or
/// NUL. The file need not exist; where it (or a folder on the way) does,
/// links are resolved and must stay inside `root`.
pub fn confine(root: &Path, rel: &str) -> std::result::Result<PathBuf, Refused> {
    let bad_char = |c: char| c == '\\' || c == '\0' || c.is_control();
    if rel.is_empty() || rel.starts_with('/') || rel.chars().any(bad_char) {
        return Err(Refused::Bad);
    }
    let mut path = root.to_path_buf();
    for part in rel.split('/') {
        let hidden = part.starts_with('.');
        let one = Path::new(part).components().collect::<Vec<_>>();
        if part.is_empty() || hidden || !matches!(one.as_slice(), [Component::Normal(_)]) {
            return Err(Refused::Bad);
        }
        path.push(part);
    }
    // The deepest part that exists decides: a link anywhere on the way
    // that leads out of the folder refuses the path.
    let mut existing = path.as_path();
    while !existing.exists() {
        match existing.parent() {
            Some(p) => existing = p,
            None => return Err(Refused::Missing),
        }
    }
    let real = existing.canonicalize().map_err(|_| Refused::Missing)?;
    if !real.starts_with(root) {
        return Err(Refused::Missing);
    }
    Ok(path)
}

/// The format of a plan file path, or `Bad` for another extension.
pub fn format_of(path: &Path) -> std::result::Result<Format, Refused> {
    path.extension().and_then(|e| e.to_str()).and_then(Format::from_extension).ok_or(Refused::Bad)
}

/// The opaque version of a file's content: equal bytes, equal version.
pub fn version(bytes: &[u8]) -> String {
    format!("{:032x}", crate::memo::hash128(bytes))
}

/// Reads files a plan names from its folder, refusing any that is not
/// inside the caseload folder (a photo path of `../../etc/passwd`, or a
/// link out).
pub struct Confined<'a> {
    /// The caseload folder.
    pub root: &'a Path,
    /// Reads and remembers what was asked.
    pub files: FileResolver,
}

impl Resolver for Confined<'_> {
    fn read(&self, plan: &Path, written: &str, limit: u64) -> Result<Resolved, ResolveError> {
        let path = plan.parent().unwrap_or(self.root).join(written);
        let inside = path.canonicalize().is_ok_and(|real| real.starts_with(self.root));
        if !inside {
            return Err(ResolveError::NotFound);
        }
        self.files.read(plan, written, limit)
    }
}

/// Loads `bytes` as the plan at `path` with the files it names from inside
/// `root`.
pub fn load(session: &Session, root: &Path, bytes: &[u8], path: &Path) -> Result<LoadedPlan> {
    let resolver = Confined { root, files: FileResolver::default() };
    session.load(bytes, path, &resolver)
}

/// What the caseload list shows of one plan file.
#[derive(Debug, Clone)]
pub struct Summary {
    /// The file's value as written (null when it does not parse).
    pub value: serde_json::Value,
    /// Its errors (syntax or validation) and warnings.
    pub errors: Vec<Error>,
    /// How many warnings loading it gave.
    pub warnings: usize,
    /// The readability score of its easy wording, when it loads.
    pub score: Option<u8>,
    /// The files it was made from, with their times, to know when it is
    /// stale.
    inputs: Vec<(PathBuf, Option<SystemTime>)>,
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl Summary {
    /// Reads and checks the plan file at `path`.
    pub fn read(session: &Session, root: &Path, path: &Path) -> Summary {
        let resolver = Confined { root, files: FileResolver::default() };
        let stamp = modified(path);
        let bytes = std::fs::read(path).unwrap_or_default();
        let format = format_of(path).unwrap_or(Format::Yaml);
        let value = std::str::from_utf8(&bytes)
            .ok()
            .and_then(|t| crate::plan::value(t, format).ok())
            .unwrap_or(serde_json::Value::Null);
        let (errors, warnings, score) = match session.load(&bytes, path, &resolver) {
            Ok(plan) => {
                let options = crate::japanese::check::Options::default();
                (Vec::new(), plan.warnings.len(), session.score(&plan, &options))
            }
            Err(e) => (e.into_all(), 0, None),
        };
        let mut inputs = vec![(path.to_path_buf(), stamp)];
        inputs.extend(resolver.files.asked().into_iter().map(|p| {
            let t = modified(&p);
            (p, t)
        }));
        Summary { value, errors, warnings, score, inputs }
    }

    fn fresh(&self) -> bool {
        self.inputs.iter().all(|(p, t)| modified(p) == *t)
    }
}

/// The summary of every plan file in the folder, in the order `batch`
/// finds them, reusing what is unchanged; new or changed files are read on
/// both cores.
pub fn summaries(state: &State) -> Result<Vec<(PathBuf, Arc<Summary>)>> {
    let found = crate::caseload::find_plans(std::slice::from_ref(&state.root), None)?;
    let paths: Vec<PathBuf> = found.into_iter().map(|(p, _)| p).collect();
    let mut cached = state.summaries.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let stale: Vec<&PathBuf> =
        paths.iter().filter(|p| !cached.get(*p).is_some_and(|s| s.fresh())).collect();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
    let chunk = stale.len().div_ceil(threads).max(1);
    let read: Vec<(PathBuf, Arc<Summary>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = stale
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| {
                            let s = Summary::read(&state.session, &state.root, p);
                            ((*p).clone(), Arc::new(s))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    cached.extend(read);
    cached.retain(|p, _| paths.contains(p));
    let out = paths.iter().filter_map(|p| cached.get(p).map(|s| (p.clone(), s.clone()))).collect();
    *state.summaries.lock().unwrap_or_else(|e| e.into_inner()) = cached;
    Ok(out)
}

/// Where the previous content of `path` is kept: `.yomeru/history/` under
/// the caseload folder, mirroring the plan's path, one file per save named
/// by its time (UTC) so they sort in order.
pub fn history_path(root: &Path, path: &Path, now: time::OffsetDateTime) -> PathBuf {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let stamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}.{:03}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second(),
        now.millisecond()
    );
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("yaml");
    let mut dir = root.join(".yomeru").join("history").join(rel);
    dir.set_extension("");
    let mut candidate = dir.join(format!("{stamp}.{ext}"));
    // Two saves in one millisecond keep both.
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = dir.join(format!("{stamp}-{n}.{ext}"));
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("sub")).unwrap();
        std::fs::write(root.join("sub/a.yaml"), "x").unwrap();
        assert_eq!(confine(&root, "sub/a.yaml"), Ok(root.join("sub/a.yaml")));
        assert_eq!(confine(&root, "sub/new.yaml"), Ok(root.join("sub/new.yaml")));
        assert_eq!(confine(&root, "new/deeper/b.yaml"), Ok(root.join("new/deeper/b.yaml")));
        for bad in [
            "",
            "/etc/passwd",
            "../a.yaml",
            "sub/../../a.yaml",
            "sub/./a.yaml",
            "sub//a.yaml",
            ".yomeru/history/a.yaml",
            "sub\\a.yaml",
            "a\0.yaml",
        ] {
            assert_eq!(confine(&root, bad), Err(Refused::Bad), "{bad:?}");
        }
        #[cfg(unix)]
        {
            let outside = tempfile::tempdir().unwrap();
            std::fs::write(outside.path().join("secret.yaml"), "x").unwrap();
            std::os::unix::fs::symlink(outside.path(), root.join("link")).unwrap();
            std::os::unix::fs::symlink(outside.path().join("secret.yaml"), root.join("s.yaml"))
                .unwrap();
            assert_eq!(confine(&root, "link/secret.yaml"), Err(Refused::Missing));
            assert_eq!(confine(&root, "link/new.yaml"), Err(Refused::Missing));
            assert_eq!(confine(&root, "s.yaml"), Err(Refused::Missing));
        }
    }

    #[test]
    fn history_files_sort_by_time_and_never_collide() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let t = time::macros::datetime!(2026-12-02 20:15:09.123 UTC);
        let a = history_path(root, &root.join("sub/hanako.yaml"), t);
        assert_eq!(a, root.join(".yomeru/history/sub/hanako/20261202T201509.123Z.yaml"));
        std::fs::create_dir_all(a.parent().unwrap()).unwrap();
        std::fs::write(&a, "x").unwrap();
        let b = history_path(root, &root.join("sub/hanako.yaml"), t);
        assert_eq!(b, root.join(".yomeru/history/sub/hanako/20261202T201509.123Z-2.yaml"));
    }
}
