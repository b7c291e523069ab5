//! `yomeru plain`: suggested plain wording for each text field the easy
//! version would print in its formal wording, or for lines of standard
//! input; with `--write`, the suggestions written into the plan files.

use std::path::{Path, PathBuf};

use yomeru::Error;
use yomeru::locale::{Locale, arg};
use yomeru::session::Session;
use yomeru::suggest::FieldSuggestion;

use super::args::CheckFormat;

/// Suggests plain wording for each plan file (and writes it with
/// `write`); false when any file could not be read or written.
pub fn files(
    session: &Session,
    plans: &[PathBuf],
    format: CheckFormat,
    write: bool,
    locale: &Locale,
) -> bool {
    let mut ok = true;
    let mut json = Vec::new();
    for path in plans {
        let file = path.display().to_string();
        let loaded = match yomeru::caseload::read_plan(session, path).plan {
            Ok(plan) => plan,
            Err(e) => {
                ok = false;
                eprintln!("{}", e.report(locale));
                continue;
            }
        };
        let fields = yomeru::suggest::plan(&loaded);
        let written = if write {
            match write_file(path, &fields) {
                Ok(n) => Some(n),
                Err(e) => {
                    ok = false;
                    eprintln!("{}", e.report(locale));
                    None
                }
            }
        } else {
            None
        };
        match format {
            CheckFormat::Json => json.push(serde_json::json!({
                "file": file,
                "fields": fields.iter().map(field_json).collect::<Vec<_>>(),
                "written": written,
            })),
            CheckFormat::Text => print_text(&file, &fields, written, locale),
        }
    }
    if format == CheckFormat::Json {
        println!("{}", serde_json::to_string_pretty(&json).expect("suggestions are JSON"));
    }
    ok
}

fn field_json(f: &FieldSuggestion) -> serde_json::Value {
    let mut v = serde_json::to_value(f).expect("a suggestion is JSON");
    v["line"] = f.location.line.into();
    v
}

fn print_text(file: &str, fields: &[FieldSuggestion], written: Option<usize>, locale: &Locale) {
    for f in fields {
        let line = f.location.line.map(|l| format!(":{l}")).unwrap_or_default();
        println!("{file}{line}: {}", f.path);
        println!("  {} {}", locale.format("cli-plain-formal", &[]), f.formal);
        println!("  {} {}", locale.format("cli-plain-suggestion", &[]), f.suggestion.text);
        for flag in &f.suggestion.flags {
            println!("  {}", flag_message(flag, locale));
        }
        println!();
    }
    let args = [
        ("file", arg(file.to_string())),
        ("fields", (fields.len() as i64).into()),
        ("written", (written.unwrap_or(0) as i64).into()),
    ];
    let id = match written {
        Some(_) => "cli-plain-written",
        None if fields.is_empty() => "cli-plain-none",
        None => "cli-plain-found",
    };
    println!("{}", locale.format(id, &args));
}

/// Why a sentence was left as it was, in the user's language.
fn flag_message(flag: &yomeru::japanese::plain::Flag, locale: &Locale) -> String {
    let args = [("sentence", arg(flag.sentence.clone())), ("word", arg(flag.word.clone()))];
    locale.format(&format!("cli-plain-flag-{}", flag.reason), &args)
}

/// Writes the suggestions into the file at `path`, all or nothing: how
/// many fields were given a `plain`.
fn write_file(path: &Path, fields: &[FieldSuggestion]) -> Result<usize, Error> {
    let old = std::fs::read_to_string(path).map_err(|e| Error::io(e, path))?;
    let format = path
        .extension()
        .and_then(|e| e.to_str())
        .and_then(yomeru::plan::Format::from_extension)
        .unwrap_or(yomeru::plan::Format::Yaml);
    let Some((edited, written)) = yomeru::suggest::write(&old, format, fields) else {
        return Ok(0);
    };
    if written > 0 {
        yomeru::caseload::write_all_atomic(&[(path.to_path_buf(), edited.text.into_bytes())])?;
    }
    Ok(written)
}

/// `yomeru plain --stdin`: one suggestion per input line; in text, a line
/// left as it was says why on standard error, so that the output stays one
/// line per input line.
pub fn stdin(format: CheckFormat, locale: &Locale) -> Result<(), Error> {
    let text = super::check::stdin_text()?;
    let lexicon = yomeru::japanese::reading::Lexicon::welfare();
    let options = yomeru::japanese::plain::Options::default();
    let mut json = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let s = yomeru::japanese::plain::suggest(line, &lexicon, &options);
        match format {
            CheckFormat::Text => {
                println!("{}", s.text);
                for flag in &s.flags {
                    eprintln!("{}: {}", i + 1, flag_message(flag, locale));
                }
            }
            CheckFormat::Json => {
                let mut v = serde_json::to_value(&s).expect("a suggestion is JSON");
                v["line"] = (i + 1).into();
                v["formal"] = line.into();
                json.push(v);
            }
        }
    }
    if format == CheckFormat::Json {
        println!("{}", serde_json::to_string_pretty(&json).expect("suggestions are JSON"));
    }
    Ok(())
}
