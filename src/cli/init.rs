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
use yomeru::error::{ErrorKind, IoProblem};
use yomeru::locale::{Locale, arg};
use yomeru::plan::{Kind, Plan};

const PLAN: &str = include_str!("init/plan.yaml");
const MONITORING: &str = include_str!("init/monitoring.yaml");
const ROW: &str = include_str!("init/row.yaml");

/// Where comments begin, in display columns (a kanji is two): they line up
/// in an editor.
const COMMENT_COLUMN: usize = 40;

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

/// A blank plan or plan draft.
fn plan(kind: Kind, child: bool, name: Option<&str>, file: &str) -> String {
    let title = title(kind, child);
    let kind = if kind == Kind::PlanDraft { "plan-draft" } else { "plan" };
    let text = fill(
        PLAN,
        &[
            ("title", &title),
            ("kind", kind),
            ("name", &name.map_or("\"\"".into(), scalar)),
            ("file", file),
        ],
    );
    finish(
        &text,
        &[
            ("adult", !child),
            ("child", child),
            ("final", kind == "plan"),
            ("draft", kind != "plan"),
        ],
    )
}

/// A blank monitoring report following `plan_file`; with the plan at
/// hand, one row per need of it.
fn monitoring(
    child: bool,
    name: Option<&str>,
    file: &str,
    plan_file: &str,
    plan: Option<&Plan>,
) -> String {
    let child = child || plan.is_some_and(|p| p.person.child);
    let name = name.or(plan.map(|p| p.person.name.as_str())).map_or("\"\"".into(), scalar);
    let reading = plan.map_or("\"\"".into(), |p| scalar(&p.person.name_reading));
    let rows: String = match plan {
        Some(p) if !p.needs.is_empty() => p
            .needs
            .iter()
            .map(|n| {
                let about = format!("課題: {}", about(&n.need.text));
                fill(ROW, &[("need", &scalar(&n.id)), ("about", &about)])
            })
            .collect(),
        _ => fill(
            ROW,
            &[("need", "\"\""), ("about", "計画の課題の名前（計画ファイルの needs の id）")],
        ),
    };
    let title = title(Kind::Monitoring, child);
    let text = fill(
        MONITORING,
        &[
            ("title", &title),
            ("name", &name),
            ("name_reading", &reading),
            ("plan", &scalar(plan_file)),
            ("rows", rows.trim_end_matches('\n')),
            ("file", file),
        ],
    );
    finish(&text, &[("adult", !child), ("child", child)])
}

/// The document's title as the official form prints it.
fn title(kind: Kind, child: bool) -> String {
    let ja = Locale::default_lang();
    match (kind, child) {
        (Kind::Monitoring, false) => ja.text("title-monitoring"),
        (Kind::Monitoring, true) => ja.text("title-monitoring-child"),
        (kind, child) => {
            let title = ja.text(if child { "title-plan-child" } else { "title-plan" });
            let mark =
                if kind == Kind::PlanDraft { ja.text("title-draft-mark") } else { String::new() };
            format!("{title}{mark}")
        }
    }
}

/// A need's words for the comment beside its row: one line, cut short.
fn about(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = line.chars().take(30).collect();
    if cut.len() < line.len() { format!("{cut}…") } else { cut }
}

/// `template` with each `{{key}}` replaced.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |t, (k, v)| t.replace(&format!("{{{{{k}}}}}"), v))
}

/// The lines of `text` for this document: a line marked `@tag ` is kept
/// (without its mark) when `tag` is on. Comments are lined up.
fn finish(text: &str, tags: &[(&str, bool)]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for line in text.lines() {
        let line = match line.strip_prefix('@').and_then(|l| l.split_once(' ')) {
            Some((tag, rest)) => match tags.iter().find(|(t, _)| *t == tag) {
                Some((_, true)) => rest,
                _ => continue,
            },
            None => line,
        };
        out.push_str(&aligned(line));
        out.push('\n');
    }
    out
}

/// `line` with the comment after its value moved to [`COMMENT_COLUMN`].
fn aligned(line: &str) -> String {
    let Some((at, _)) = line.rmatch_indices("  # ").find(|(at, _)| !line[..*at].trim().is_empty())
    else {
        return line.to_string();
    };
    let (value, comment) = (&line[..at], &line[at..].trim_start());
    let width: usize = value.chars().map(|c| if c.len_utf8() >= 3 { 2 } else { 1 }).sum();
    let pad = COMMENT_COLUMN.saturating_sub(width).max(2);
    format!("{value}{}{comment}", " ".repeat(pad))
}

/// `s` as a YAML value: as it is when it is only letters, digits and the
/// marks of names and file names, else in double quotes (JSON's escaping
/// is YAML's).
fn scalar(s: &str) -> String {
    let plain = s.chars().next().is_some_and(char::is_alphabetic)
        && s.chars().all(|c| c.is_alphanumeric() || " 　・ー々-_.".contains(c))
        && !s.ends_with(' ')
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain { s.to_string() } else { serde_json::to_string(s).unwrap_or_default() }
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

    #[test]
    fn values_are_quoted_only_when_yaml_would_misread_them() {
        for plain in ["山田 花子", "山田_花子.yaml", "need-1"] {
            assert_eq!(scalar(plain), plain);
        }
        for quoted in ["yes", "a: b", "#1", "12", "a\"b"] {
            let back: String = serde_json::from_str(&scalar(quoted)).unwrap();
            assert_eq!(back, quoted, "{quoted} comes back as written");
        }
    }

    #[test]
    fn comments_line_up() {
        assert_eq!(
            aligned("  name: 山田  # 氏名"),
            format!("  name: 山田{}# 氏名", " ".repeat(28))
        );
        assert_eq!(aligned("  # - days: [mon]  # 曜日").find('#'), Some(2));
        assert_eq!(aligned("  # 2つ目の課題は"), "  # 2つ目の課題は");
    }
}
