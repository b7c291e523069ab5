//! `yomeru due`: what is due in a month across a caseload, per person, as
//! text, JSON or CSV, and as an iCalendar file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use yomeru::Error;
use yomeru::caseload::agenda::{Caseload, Item, agenda};
use yomeru::caseload::due::{Certificate, Month};
use yomeru::caseload::report::csv_cell;
use yomeru::locale::{Locale, arg};

use super::args::DueFormat;

/// Prints what is due in `at` across the plans under `dirs`; writes `ics`
/// when asked. `Ok(false)` when a file could not be read: the list may
/// miss a person, so the run does not pass as complete.
pub fn run(
    dirs: &[PathBuf],
    at: Month,
    format: DueFormat,
    ics: Option<&Path>,
    locale: &Locale,
) -> Result<bool, Error> {
    let caseload = Caseload::read(dirs)?;
    let items = agenda(&caseload, at);
    for e in &caseload.unreadable {
        eprintln!("{}", e.report(locale));
    }
    if !caseload.unreadable.is_empty() {
        eprintln!(
            "{}",
            locale.format("cli-due-unreadable", &[("n", count(caseload.unreadable.len()))])
        );
    }
    match format {
        DueFormat::Text => print!("{}", text(&items, at, caseload.files.len(), locale)),
        DueFormat::Json => {
            let v = serde_json::json!({ "month": at, "people": items });
            println!("{}", serde_json::to_string_pretty(&v).expect("JSON of plain values"));
        }
        DueFormat::Csv => {
            use std::io::Write as _;
            let bytes = csv(&items, at)?;
            std::io::stdout().write_all(&bytes).map_err(|e| Error::io(e, Path::new("-")))?;
        }
    }
    if let Some(path) = ics {
        let calendar = ical(&items, at, locale);
        yomeru::caseload::write_all_atomic(&[(path.to_path_buf(), calendar.into_bytes())])?;
        eprintln!("{}", locale.format("cli-due-ics", &[("file", arg(path.display().to_string()))]));
    }
    Ok(caseload.unreadable.is_empty())
}

fn count(n: usize) -> fluent_bundle::FluentValue<'static> {
    (n as i64).into()
}

fn month(locale: &Locale, m: Month) -> fluent_bundle::FluentValue<'static> {
    arg(locale.format(
        "cli-due-month",
        &[("year", i64::from(m.year).into()), ("month", i64::from(m.month).into())],
    ))
}

/// The list for people: who, then each thing to do, late first.
fn text(items: &[Item], at: Month, files: usize, l: &Locale) -> String {
    let mut out = String::new();
    if items.is_empty() {
        let args = [("month", month(l, at)), ("files", count(files))];
        let _ = writeln!(out, "{}", l.format("cli-due-none", &args));
        return out;
    }
    let args = [("month", month(l, at)), ("n", count(items.len())), ("files", count(files))];
    let _ = writeln!(out, "{}\n", l.format("cli-due-heading", &args));
    for item in items {
        let reading = item.name_reading.as_deref().map(|r| format!("（{r}）")).unwrap_or_default();
        let _ = writeln!(out, "{}{reading}  {}", item.name, item.file.display());
        for m in &item.monitoring {
            let id = if *m < at { "cli-due-monitoring-late" } else { "cli-due-monitoring-now" };
            let _ = writeln!(out, "  {}", l.format(id, &[("month", month(l, *m))]));
        }
        if let (Some(c), Some(end)) = (item.certificate, item.valid_until) {
            let id = match c {
                Certificate::Ending => "cli-due-certificate-ending",
                Certificate::Ended => "cli-due-certificate-ended",
            };
            let _ = writeln!(out, "  {}", l.format(id, &[("month", month(l, end))]));
        }
        out.push('\n');
    }
    out
}

/// One row per person, for a spreadsheet: UTF-8 with a byte-order mark,
/// which Excel needs to read Japanese as UTF-8.
fn csv(items: &[Item], at: Month) -> Result<Vec<u8>, Error> {
    let mut w = ::csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let problem = |e: ::csv::Error| Error::io(std::io::Error::other(e), Path::new("-"));
    w.write_record([
        "name",
        "name_reading",
        "file",
        "monitoring_due",
        "late",
        "next_monitoring",
        "valid_until",
        "certificate",
    ])
    .map_err(problem)?;
    for i in items {
        let months: Vec<String> = i.monitoring.iter().map(Month::to_string).collect();
        let certificate = match i.certificate {
            Some(Certificate::Ending) => "ending",
            Some(Certificate::Ended) => "ended",
            None => "",
        };
        let file = i.file.display().to_string();
        w.write_record([
            &*csv_cell(&i.name),
            &*csv_cell(i.name_reading.as_deref().unwrap_or_default()),
            &*csv_cell(&file),
            &months.join(" "),
            if i.late(at) { "true" } else { "false" },
            &i.next_monitoring.map(|m| m.to_string()).unwrap_or_default(),
            &i.valid_until.map(|m| m.to_string()).unwrap_or_default(),
            certificate,
        ])
        .map_err(problem)?;
    }
    w.into_inner().map_err(|e| problem(e.into_error().into()))
}

/// An iCalendar (RFC 5545) file: an all-day event on the first day of
/// each monitoring month due and of the next one, and of the month the
/// certificate period ends. Written here rather than with a crate: a
/// dozen lines, and every value (`DTSTAMP` too, the first of the month
/// asked about) comes from the plans and that month, so the same caseload
/// gives the same file and a calendar sees a change once a month is asked
/// about again.
fn ical(items: &[Item], at: Month, l: &Locale) -> String {
    let mut events: Vec<(Month, String, String)> = Vec::new();
    for i in items {
        let mut months = i.monitoring.clone();
        months.extend(i.next_monitoring.filter(|m| !months.contains(m)));
        for m in months {
            let summary = l.format("cli-due-ics-monitoring", &[("name", arg(i.name.clone()))]);
            events.push((m, format!("monitoring-{}", uid(i, m)), summary));
        }
        if let Some(end) = i.valid_until {
            let summary = l.format("cli-due-ics-certificate", &[("name", arg(i.name.clone()))]);
            events.push((end, format!("certificate-{}", uid(i, end)), summary));
        }
    }
    let mut out = String::new();
    let mut line = |s: &str| fold(&mut out, s);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//yomeru//due//JA");
    line("CALSCALE:GREGORIAN");
    line(&format!("X-WR-CALNAME:{}", escape(&l.text("cli-due-ics-name"))));
    for (m, id, summary) in events {
        let next = Day::first(m).next();
        line("BEGIN:VEVENT");
        line(&format!("UID:{id}@yomeru"));
        line(&format!("DTSTAMP:{}T000000Z", Day::first(at)));
        line(&format!("DTSTART;VALUE=DATE:{}", Day::first(m)));
        line(&format!("DTEND;VALUE=DATE:{next}"));
        line(&format!("SUMMARY:{}", escape(&summary)));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// A stable event id: the plan file and the month, so a calendar that
/// subscribes updates its events instead of doubling them.
fn uid(item: &Item, m: Month) -> String {
    use std::hash::Hasher as _;
    // The real path: a folder given once as `.` and once in full is one
    // calendar.
    let file = item.file.canonicalize().unwrap_or_else(|_| item.file.clone());
    let mut h = siphasher::sip::SipHasher13::new();
    h.write(file.to_string_lossy().as_bytes());
    format!("{m}-{:016x}", h.finish())
}

/// A date as iCalendar writes it (20260701).
#[derive(Clone, Copy)]
struct Day(i32, u32, u32);

impl Day {
    fn first(m: Month) -> Day {
        Day(m.year, m.month, 1)
    }
    /// The day after the first of a month: the 2nd.
    fn next(self) -> Day {
        Day(self.0, self.1, self.2 + 1)
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}{:02}{:02}", self.0, self.1, self.2)
    }
}

/// A TEXT value with its special characters escaped (RFC 5545 3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets, never inside a character,
/// with CRLF (RFC 5545 3.1).
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = String::new();
        fold(&mut out, &format!("SUMMARY:{}", "あ".repeat(40)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{l}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "あ".repeat(40)));
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
