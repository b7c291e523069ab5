//! Writing output files so that a failed render never leaves a partial file
//! and never replaces a good one.
//!
//! Every file is written to a temporary file in the target folder and then
//! renamed over the target, which is atomic on one file system. When a
//! render produces several files (PNG pages), all are written to temporary
//! files first and only renamed once every one succeeded.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::io(e, path)
}

/// Writes every `(path, bytes)` pair, all or nothing.
pub fn write_all_atomic(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let mut builder = tempfile::Builder::new();
        builder.prefix(".yomeru-").suffix(".tmp");
        // Temporary files are private (0600); a finished PDF is an ordinary
        // file the office shares, so give it the usual permissions.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o644));
        }
        let mut tmp = builder.tempfile_in(dir).map_err(io(dir))?;
        tmp.write_all(bytes).map_err(io(path))?;
        tmp.as_file().sync_all().map_err(io(path))?;
        staged.push((tmp, path));
    }
    // Dropping a staged temporary file on error removes it.
    for (tmp, path) in staged {
        tmp.persist(path).map_err(|e| io(path)(e.error))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_without_leftovers() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("out/a.pdf");
        write_all_atomic(&[(a.clone(), b"one".to_vec())]).unwrap();
        write_all_atomic(&[(a.clone(), b"two".to_vec())]).unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("out"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
}
