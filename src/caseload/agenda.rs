//! A caseload folder read for what is due and for the report: every plan
//! file's value as written, each monitoring report linked to its plan,
//! and per person what needs doing in a month (`yomeru due`).
//!
//! Values, not checked plans: a plan with a mistake elsewhere must still
//! show its monitoring, and still count in the report.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::due::{Certificate, Due, Entry, Month, due, link_reports};
use crate::error::{Error, Result};

/// One plan file of a caseload.
#[derive(Debug, Clone)]
pub struct CaseFile {
    /// Where it is.
    pub path: PathBuf,
    /// Its value as written.
    pub value: Value,
}

/// The plan files of a caseload folder, and those that could not be read.
#[derive(Debug, Default)]
pub struct Caseload {
    /// Files read, in the order `batch` finds them.
    pub files: Vec<CaseFile>,
    /// Files that are not a plan file yomeru can read (with why): left out,
    /// and said so.
    pub unreadable: Vec<Error>,
}

impl Caseload {
    /// Reads every plan file under `dirs` (recursively).
    pub fn read(dirs: &[PathBuf]) -> Result<Caseload> {
        let found: Vec<PathBuf> =
            super::find_plans(dirs, None)?.into_iter().map(|(p, _)| p).collect();
        // Parsing is most of the time: on every core, in order.
        let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
        let chunk = found.len().div_ceil(threads).max(1);
        let read: Vec<Result<Value>> = std::thread::scope(|scope| {
            let handles: Vec<_> = found
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || part.iter().map(|p| read_value(p)).collect::<Vec<_>>())
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("reading a plan file does not panic"))
                .collect()
        });
        let mut out = Caseload::default();
        for (path, value) in found.into_iter().zip(read) {
            match value {
                Ok(value) => out.files.push(CaseFile { path, value }),
                Err(e) => out.unreadable.push(e.in_file(&path)),
            }
        }
        Ok(out)
    }

    /// The due rules' entries of the files, reports linked to their plans.
    pub fn entries(&self) -> Vec<Entry> {
        let values: Vec<&Value> = self.files.iter().map(|f| &f.value).collect();
        let paths: Vec<PathBuf> = self.files.iter().map(|f| f.path.clone()).collect();
        let mut entries: Vec<Entry> = values.iter().map(|v| Entry::of(v)).collect();
        link_reports(&paths, &values, &mut entries);
        entries
    }
}

fn read_value(path: &Path) -> Result<Value> {
    use crate::error::{ErrorKind, ValueType};
    let bytes = std::fs::read(path).map_err(|e| Error::io(e, path))?;
    let text = crate::plan::utf8(&bytes, false)?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("yaml");
    let format = crate::plan::Format::from_extension(ext).unwrap_or(crate::plan::Format::Yaml);
    let value = crate::plan::value(text, format)?;
    if value.is_object() {
        Ok(value)
    } else {
        let found = match value {
            Value::Array(_) => ValueType::List,
            Value::Null => ValueType::Null,
            _ => ValueType::String,
        };
        Err(Error::new(ErrorKind::WrongType { found, expected: vec![ValueType::Map] }))
    }
}

/// A string at `path` in `value`, or a text field's `text` there.
pub(crate) fn text_at<'a>(value: &'a Value, path: &[&str]) -> Option<&'a str> {
    let mut v = value;
    for key in path {
        v = v.get(key)?;
    }
    let s = match v {
        Value::String(s) => s.as_str(),
        Value::Object(m) => m.get("text")?.as_str()?,
        _ => return None,
    };
    Some(s.trim()).filter(|s| !s.is_empty())
}

/// What needs doing about one person in a month.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The person's name as the plan writes it.
    pub name: String,
    /// Its reading.
    pub name_reading: Option<String>,
    /// The person's latest plan file.
    pub file: PathBuf,
    /// Monitoring months up to the month asked about with no report; the
    /// earlier ones are late.
    pub monitoring: Vec<Month>,
    /// The first monitoring month not yet done (may be after the month).
    pub next_monitoring: Option<Month>,
    /// The end of the certificate period.
    pub valid_until: Option<Month>,
    /// Where the certificate period stands.
    pub certificate: Option<Certificate>,
}

impl Item {
    /// Whether a monitoring before the month has no report.
    pub fn late(&self, at: Month) -> bool {
        self.monitoring.first().is_some_and(|m| *m < at)
    }
}

/// What is due in `at` across `caseload`, per person (their latest plan):
/// the people with a monitoring due or late, or a certificate period
/// ending or ended, by name reading. Drafts are not monitored.
pub fn agenda(caseload: &Caseload, at: Month) -> Vec<Item> {
    let entries = caseload.entries();
    let dues = due(&entries, at);
    let mut items: Vec<Item> = caseload
        .files
        .iter()
        .zip(&entries)
        .zip(dues)
        .filter(|((_, e), d)| d.latest && e.kind != "plan-draft")
        .filter_map(|((f, _), d)| item(f, d, at))
        .collect();
    items.sort_by(|a, b| {
        (a.name_reading.as_deref().unwrap_or(&a.name), &a.file)
            .cmp(&(b.name_reading.as_deref().unwrap_or(&b.name), &b.file))
    });
    items
}

fn item(file: &CaseFile, d: Due, at: Month) -> Option<Item> {
    let certificate = d.certificate(at);
    if d.pending.is_empty() && certificate.is_none() {
        return None;
    }
    let name = text_at(&file.value, &["person", "name"]).unwrap_or_default().to_string();
    Some(Item {
        name,
        name_reading: text_at(&file.value, &["person", "name_reading"]).map(str::to_string),
        file: file.path.clone(),
        monitoring: d.pending,
        next_monitoring: d.next_monitoring,
        valid_until: d.valid_until,
        certificate,
    })
}
