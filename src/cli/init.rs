//! `yomeru init`: a blank plan file to start from, named after the person.
//!
//! The file holds no one's data: every key of the document in the order
//! of the official form, with the form's words for it in a comment beside
//! it. Required values are `""`, so `check` says where to fill them in;
//! optional ones are left empty (read as not written), and lists whose
//! items have a fixed shape (a week's slot) are shown commented out.
//! The files in `init/` are the text, with lines for one kind of document
//! only marked `@adult`, `@child`, `@final` (the 本計画) and `@draft`.

use std::path::{Path, PathBuf};

use yomeru::Error;
use yomeru::caseload::starter::{monitoring, plan};
use yomeru::error::{ErrorKind, IoProblem};
use yomeru::locale::{Locale, arg};
use yomeru::plan::{Kind, Plan};

/// What to write.
#[derive(Debug, Clone)]
pub struct Request {
    /// The document.
    pub kind: Kind,
    /// A 障害児支援利用計画.
    pub child: bool,
    /// The person's name, as typed (words joined by a space).
    pub name: Option<String>,
    /// The folder to write into, when given with `-o`.
    pub output: Option<PathBuf>,
}

/// Writes the blank file of `request`, never over an existing file.
pub fn run(request: &Request, locale: &Locale) -> Result<bool, Error> {
    let (dir, name) = folder_and_name(request);
    let stem = match &name {
        Some(name) => file_stem(name)?,
        None => "plan".to_string(),
    };
    let plan_file = format!("{stem}.yaml");
    let file = match request.kind {
        Kind::Monitoring if name.is_some() => format!("{stem}.monitoring.yaml"),
        Kind::Monitoring => "monitoring.yaml".to_string(),
        Kind::Plan | Kind::PlanDraft => plan_file.clone(),
    };
    // Said as typed: `plan.yaml`, not `./plan.yaml`.
    let path = if dir == Path::new(".") { PathBuf::from(&file) } else { dir.join(&file) };
    if path.exists() {
        return Err(Error::new(ErrorKind::Io { problem: IoProblem::AlreadyExists }).in_file(&path));
    }
    let text = match request.kind {
        Kind::Monitoring => {
            // The plan it follows, when it is already there: its needs
            // become the rows, its name and reading the report's.
            let plan = read_plan(&dir.join(&plan_file));
            monitoring(request.child, name.as_deref(), &file, &plan_file, plan.as_ref())
        }
        kind => plan(kind, request.child, name.as_deref(), &file),
    };
    yomeru::caseload::write_all_atomic(&[(path.clone(), text.into_bytes())])?;
    println!("{}", locale.format("cli-init-done", &[("file", arg(path.display().to_string()))]));
    Ok(true)
}

/// The folder to write into and the person's name. `yomeru init FOLDER`
/// wrote `FOLDER/plan.yaml` before names were given: a name that is an
/// existing folder, without `-o`, is still taken as the folder.
fn folder_and_name(request: &Request) -> (PathBuf, Option<String>) {
    let name = request.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    match (&request.output, name) {
        (None, Some(n)) if Path::new(n).is_dir() => (PathBuf::from(n), None),
        // A folder that is not there yet is made, as `render -o` makes it.
        (output, name) => {
            let dir = output.clone().unwrap_or_else(|| PathBuf::from("."));
            (dir, name.map(str::to_string))
        }
    }
}

/// The file name a person's name gives: the name as typed with its spaces
/// (half- or full-width, in a row) as one `_`, refused if it holds a path
/// separator, a character Windows refuses in names, or one no one can see.
fn file_stem(name: &str) -> Result<String, Error> {
    if name.contains(['/', '\\']) {
        return Err(Error::usage("init-name-path"));
    }
    let refused =
        |c: char| c.is_control() || yomeru::error::is_invisible(c) || "<>:\"|?*".contains(c);
    if name.chars().any(refused) || name.starts_with('.') {
        return Err(Error::usage("init-name-bad"));
    }
    Ok(name.split_whitespace().collect::<Vec<_>>().join("_"))
}

/// The plan it follows, if it is there and reads as a plan.
fn read_plan(path: &Path) -> Option<Plan> {
    if !path.is_file() {
        return None;
    }
    let session = yomeru::session::Session::new(yomeru::session::Settings::default());
    let loaded = yomeru::caseload::read_plan(&session, path).plan.ok()?;
    (loaded.plan.kind != Kind::Monitoring).then_some(loaded.plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_safe_file_names() {
        assert_eq!(file_stem("山田 花子").unwrap(), "山田_花子");
        assert_eq!(file_stem("山田　 花子").unwrap(), "山田_花子");
        assert_eq!(file_stem("Maria Silva").unwrap(), "Maria_Silva");
        for bad in ["../x", "a/b", "a\\b", "a:b", "a*b", "a\u{202E}b", ".hidden"] {
            assert!(file_stem(bad).is_err(), "{bad}");
        }
    }
}
