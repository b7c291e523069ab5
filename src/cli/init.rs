//! `yomeru init`: a sample plan to start from.

use std::path::Path;

use yomeru::Error;
use yomeru::error::{ErrorKind, IoProblem};
use yomeru::locale::{Locale, arg};

/// A sample plan, kept in sync with `examples/` by a test.
const SAMPLE: &str = include_str!("../../examples/sato-kenta.yaml");

/// Writes `plan.yaml` into `dir`, never over an existing file.
pub fn run(dir: &Path, locale: &Locale) -> Result<bool, Error> {
    let path = dir.join("plan.yaml");
    if path.exists() {
        return Err(Error::new(ErrorKind::Io { problem: IoProblem::AlreadyExists }).in_file(&path));
    }
    yomeru::caseload::write_all_atomic(&[(path.clone(), SAMPLE.as_bytes().to_vec())])?;
    println!("{}", locale.format("cli-init-done", &[("file", arg(path.display().to_string()))]));
    Ok(true)
}
