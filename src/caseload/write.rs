//! Writing output files so that a failed render never leaves a partial file
//! and never replaces a good one.
//!
//! Every file is first written in full to a temporary file beside its
//! target (`.yomeru-<pid>-….tmp`). Only when all of them are written are
//! they renamed over their targets, which is atomic on one file system.
//! The targets they replace are kept as hard links until every rename has
//! succeeded, so when one rename fails the ones before it are undone: a
//! command that writes several files (the official and easy PDFs, PNG
//! pages, the batch stamp) changes all of them or none.
//!
//! Temporary files are removed when a write fails, when the process is
//! interrupted ([`remove_temporary_files`], called from the command line's
//! signal handler), and, for a run that was killed outright, by the next
//! write into the same folder (their process is gone).

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use crate::error::{Error, ErrorKind, IoProblem, Result};

/// Temporary files of this process that are on disk now.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Folders already cleared of stale temporary files by this process.
static SWEPT: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

fn forget(path: &Path) {
    pending().retain(|p| p != path);
}

/// Held while staged files are renamed over their targets (and put back
/// on failure): a signal handler waits for it, so an interrupt never ends
/// the process between the renames of one write.
static COMMIT: Mutex<()> = Mutex::new(());

/// Removes every temporary file this process has on disk; for a signal
/// handler that is about to end the process. Waits for a write that is
/// renaming its files to finish (or undo) them first, and keeps later
/// writes from starting their renames.
pub fn remove_temporary_files() {
    let held = COMMIT.lock().unwrap_or_else(|e| e.into_inner());
    // The process ends with the lock held: no rename starts after this.
    std::mem::forget(held);
    for p in pending().drain(..) {
        let _ = std::fs::remove_file(p);
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::io(e, path)
}

/// The prefix of this process's temporary files.
fn prefix() -> String {
    format!(".yomeru-{}-", std::process::id())
}

/// Writes every `(path, bytes)` pair, all or nothing.
pub fn write_all_atomic(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    // A folder where a file goes cannot be replaced: said before anything
    // is written.
    for (path, _) in files {
        if path.is_dir() {
            return Err(Error::new(ErrorKind::Io { problem: IoProblem::IsAFolder }).in_file(path));
        }
    }
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        sweep(dir);
        let mut builder = tempfile::Builder::new();
        let prefix = prefix();
        builder.prefix(&prefix).suffix(".tmp");
        // Temporary files are private (0600); a finished PDF is an ordinary
        // file the office shares, so give it the usual permissions.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o644));
        }
        let mut tmp = builder.tempfile_in(dir).map_err(io(dir))?;
        pending().push(tmp.path().to_path_buf());
        let written = tmp.write_all(bytes).and_then(|()| tmp.as_file().sync_all());
        if let Err(e) = written {
            forget(tmp.path());
            return Err(io(path)(e));
        }
        staged.push((tmp, path.as_path()));
    }
    commit(staged, |tmp, path| tmp.persist(path).map(drop).map_err(|e| e.error))
}

/// Renames every staged file over its target, or, when one rename fails,
/// undoes the ones before it. `persist` renames one.
fn commit(
    staged: Vec<(tempfile::NamedTempFile, &Path)>,
    persist: impl Fn(tempfile::NamedTempFile, &Path) -> std::io::Result<()>,
) -> Result<()> {
    let _commit = COMMIT.lock().unwrap_or_else(|e| e.into_inner());
    // Dropping a staged temporary file on error removes it.
    let mut done: Vec<(&Path, Option<PathBuf>)> = Vec::with_capacity(staged.len());
    let mut failure = None;
    for (tmp, path) in staged {
        let backup = match backup(path) {
            Ok(b) => b,
            Err(e) => {
                forget(tmp.path());
                failure = Some(e);
                break;
            }
        };
        let tmp_path = tmp.path().to_path_buf();
        match persist(tmp, path) {
            Ok(()) => {
                forget(&tmp_path);
                done.push((path, backup));
            }
            Err(e) => {
                forget(&tmp_path);
                if let Some(b) = backup {
                    let _ = std::fs::remove_file(&b);
                    forget(&b);
                }
                failure = Some(io(path)(e));
                break;
            }
        }
    }
    if let Some(e) = failure {
        // Put back what was there before (or nothing, where nothing was).
        for (path, backup) in done.into_iter().rev() {
            match backup {
                Some(b) => {
                    let _ = std::fs::rename(&b, path);
                    forget(&b);
                }
                None => {
                    let _ = std::fs::remove_file(path);
                }
            }
        }
        return Err(e);
    }
    for (_, backup) in done {
        if let Some(b) = backup {
            let _ = std::fs::remove_file(&b);
            forget(&b);
        }
    }
    Ok(())
}

/// A second name for the file at `path`, if there is one, to put it back
/// if a later rename of the same write fails.
fn backup(path: &Path) -> Result<Option<PathBuf>> {
    if !path.exists() {
        return Ok(None);
    }
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    loop {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let b = dir.join(format!("{}backup-{n}.tmp", prefix()));
        // Registered first: a signal between the link and the push would
        // otherwise leave it.
        pending().push(b.clone());
        match std::fs::hard_link(path, &b) {
            Ok(()) => return Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => forget(&b),
            // A file system without hard links: a copy does as well.
            Err(_) => {
                return match std::fs::copy(path, &b) {
                    Ok(_) => Ok(Some(b)),
                    Err(e) => {
                        forget(&b);
                        let _ = std::fs::remove_file(&b);
                        Err(io(path)(e))
                    }
                };
            }
        }
    }
}

/// Removes, once per folder and process, temporary files left in `dir` by
/// a yomeru process that no longer runs (killed while writing).
fn sweep(dir: &Path) {
    {
        let mut swept = SWEPT.lock().unwrap_or_else(|e| e.into_inner());
        if !swept.get_or_insert_with(HashSet::new).insert(dir.to_path_buf()) {
            return;
        }
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if is_stale(&name, &e.path()) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether `name` is a temporary file of a yomeru process that has ended:
/// older than ten minutes (a write takes milliseconds; a yomeru on another
/// computer writing to the same shared folder is not in this one's process
/// list) and its process id is not running here (Linux's `/proc`), or,
/// where that cannot be known, more than a day old.
fn is_stale(name: &str, path: &Path) -> bool {
    let Some(rest) = name.strip_prefix(".yomeru-") else { return false };
    if !rest.ends_with(".tmp") {
        return false;
    }
    let age = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .map_or(0, |age| age.as_secs());
    let pid: Option<u32> = rest.split('-').next().and_then(|p| p.parse().ok());
    match pid {
        Some(p) if p == std::process::id() => false,
        Some(p) if Path::new("/proc/self").exists() => {
            age > 600 && !Path::new("/proc").join(p.to_string()).exists()
        }
        _ => age > 24 * 3600,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_and_replaces_without_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("out/a.pdf");
        write_all_atomic(&[(a.clone(), b"one".to_vec())]).unwrap();
        write_all_atomic(&[(a.clone(), b"two".to_vec())]).unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"two");
        assert_eq!(names(&dir.path().join("out")), ["a.pdf"]);
    }

    #[test]
    fn a_failed_rename_puts_back_what_was_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b, c) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"), dir.path().join("c"));
        std::fs::write(&a, b"old a").unwrap();
        let stage = |_target: &Path| {
            let mut t = tempfile::Builder::new().prefix(&prefix()).tempfile_in(dir.path()).unwrap();
            t.write_all(b"new").unwrap();
            t
        };
        let staged =
            vec![(stage(&a), a.as_path()), (stage(&b), b.as_path()), (stage(&c), c.as_path())];
        // The third rename fails, as when its disk is full or taken away.
        let result = commit(staged, |tmp, path| {
            if path == c {
                Err(std::io::Error::other("disk gone"))
            } else {
                tmp.persist(path).map(drop).map_err(|e| e.error)
            }
        });
        assert!(result.is_err());
        assert_eq!(std::fs::read(&a).unwrap(), b"old a", "the replaced file is back");
        assert_eq!(names(dir.path()), ["a.pdf"], "nothing new, no temporary file");
    }

    #[test]
    fn stale_temporary_files_of_ended_processes_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        // Process ids wrap far below this.
        let stale = dir.path().join(".yomeru-4000000000-abc.tmp");
        let recent = dir.path().join(".yomeru-4000000001-abc.tmp");
        let mine = dir.path().join(format!("{}x.tmp", prefix()));
        for p in [&stale, &recent, &mine] {
            std::fs::write(p, b"partial").unwrap();
        }
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options().write(true).open(&stale).unwrap().set_modified(hour_ago).unwrap();
        write_all_atomic(&[(dir.path().join("a.pdf"), b"a".to_vec())]).unwrap();
        assert!(!stale.exists());
        assert!(recent.exists(), "perhaps a yomeru on another computer, still writing");
        assert!(mine.exists());
    }
}
