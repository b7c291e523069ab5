//! The plan stage: read a plan, check it, and say exactly where it is wrong.
//!
//! Nothing here touches the disk. A plan is parsed from text in steps that
//! each report every problem they find, located by line, column and key
//! path:
//! 1. parse the text (YAML, JSON or TOML) into a tree that keeps the
//!    position of every key ([`source`]); a syntax error is explained in
//!    the reader's words ([`syntax`]);
//! 2. check the tree's shape against the format's schema, all at once
//!    (`structure`): unknown, missing and mistyped keys;
//! 3. deserialise into [`Plan`] with serde and validate what serde cannot
//!    check (dates, times, ids, pictograms);
//! 4. [`load`] then fetches what the plan names (photos, the plan a
//!    monitoring report follows up) through a [`Resolver`]: the file
//!    system for the command line, the editor's own for unsaved plans.

mod clean;
pub mod edit;
pub mod fields;
pub mod limits;
mod model;
pub mod schema;
pub mod source;
mod structure;
pub mod syntax;
mod validate;
pub mod wareki;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use fields::{Field, FieldValue};
pub use model::*;
pub use source::{Format, SpanIndex};

use crate::error::{
    Error, ErrorKind, IoProblem, Limit, Location, PhotoProblem, Result, ValueType, Warning,
};

pub use limits::MAX_PLAN_BYTES;

/// A plan read and checked, with everything it names.
#[derive(Debug, Clone)]
pub struct LoadedPlan {
    /// The checked plan.
    pub plan: Plan,
    /// Where it came from (a file path, or the name an editor gives an
    /// unsaved plan): errors and warnings name it.
    pub path: PathBuf,
    /// Where every key path was written (for later, located warnings).
    pub spans: SpanIndex,
    /// For a monitoring report, the plan it follows up (`monitoring.plan`),
    /// whose goals and header fields are carried over.
    pub monitored: Option<Box<LoadedPlan>>,
    /// The photos the plan names, read and checked.
    pub photos: Vec<Photo>,
    /// What was noticed while reading it (invisible characters removed),
    /// located in this file or the monitored plan's.
    pub warnings: Vec<Warning>,
}

/// A plan read from text: the plan, where its keys were written, and what
/// was noticed on the way.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The checked plan.
    pub plan: Plan,
    /// Where every key path was written.
    pub spans: SpanIndex,
    /// Located warnings without a file name (invisible characters removed).
    pub warnings: Vec<Warning>,
}

/// A photo a plan names, as read by the [`Resolver`].
#[derive(Debug, Clone)]
pub struct Photo {
    /// Its key path (`needs[1].photo`).
    pub key: String,
    /// The path as written in the plan.
    pub written: String,
    /// The file's bytes.
    pub bytes: Arc<[u8]>,
}

/// Reads the files a plan names. The command line reads them from the
/// plan's folder; the editor confines them to its caseload folder.
pub trait Resolver {
    /// The bytes of `written`, a path written in the plan at `plan`
    /// (relative to the plan's folder), refusing files over `limit` bytes
    /// before reading them.
    fn read(&self, plan: &Path, written: &str, limit: u64) -> Result<Resolved, ResolveError>;
}

/// A file a [`Resolver`] found.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Where it was found (for messages).
    pub path: PathBuf,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// Why a [`Resolver`] could not give a file.
#[derive(Debug)]
pub enum ResolveError {
    /// There is no such file (or it may not be read from here).
    NotFound,
    /// The file is larger than the limit.
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
    },
    /// It could not be read.
    Io(Error),
}

/// A resolver for plans that name no file: every file is missing.
pub struct NoFiles;

impl Resolver for NoFiles {
    fn read(&self, _: &Path, _: &str, _: u64) -> Result<Resolved, ResolveError> {
        Err(ResolveError::NotFound)
    }
}

impl LoadedPlan {
    /// The location of a key path in the plan file.
    pub fn locate(&self, path: &str) -> Location {
        let pos = self.spans.value(path);
        Location {
            file: Some(self.path.clone()),
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.column),
            path: Some(path.to_string()),
        }
    }

    /// The language of the plan's labels: its `language:` key, else `fallback`.
    pub fn language<'a>(&'a self, fallback: &'a str) -> &'a str {
        self.plan.language.as_deref().unwrap_or(fallback)
    }
}

/// The plan file `text` as the JSON value of its keys, in file order, with
/// nothing checked beyond its syntax: what the editor shows and sends back,
/// even for a plan with errors. A syntax error is returned located.
pub fn value(text: &str, format: Format) -> Result<serde_json::Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let (text, _) = without_marks(&text);
    let (node, _) = source::parse(&text, format)?;
    Ok(node.to_json("", &mut SpanIndex::default()))
}

/// Parses and checks plan text in `format`; errors carry lines and key
/// paths but no file name (the caller adds it). See [`read`] for the
/// warnings too.
pub fn parse(text: &str, format: Format) -> Result<(Plan, SpanIndex)> {
    read(text, format).map(|p| (p.plan, p.spans))
}

/// Parses and checks plan text in `format`, with the warnings of reading
/// it; errors carry lines and key paths but no file name.
pub fn read(text: &str, format: Format) -> Result<Parsed> {
    // A byte-order mark and Windows line ends are common in files saved by
    // office software; neither may reach the PDF.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let normalised;
    let text = if text.contains('\r') {
        normalised = text.replace("\r\n", "\n").replace('\r', "\n");
        normalised.as_str()
    } else {
        text
    };
    // A byte-order mark inside the text (files pasted together) is a YAML
    // syntax error outside quotes; it is taken out before parsing and said
    // where it was, as other invisible characters are after it.
    let (text, marks) = without_marks(text);
    let mut parsed = check_text(&text, format).map_err(|e| with_rest_of_file(e, &text, format))?;
    for (line, column) in marks {
        let path = parsed
            .spans
            .values
            .iter()
            .filter(|(_, p)| p.line == line && p.column <= column)
            .max_by_key(|(k, p)| (p.column, k.len()))
            .map(|(k, _)| k.clone());
        let location = Location { line: Some(line), column: Some(column), path, file: None };
        parsed.warnings.push(Warning {
            location,
            kind: crate::error::WarningKind::Removed { ch: '\u{feff}' },
        });
    }
    parsed.warnings.sort_by_key(|w| (w.location.line, w.location.column));
    Ok(parsed)
}

/// `text` without byte-order marks, with where each was (line, and column
/// in the text without them).
fn without_marks(text: &str) -> (std::borrow::Cow<'_, str>, Vec<(usize, usize)>) {
    if !text.contains('\u{feff}') {
        return (std::borrow::Cow::Borrowed(text), Vec::new());
    }
    let mut marks = Vec::new();
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut column = 1;
        for c in line.chars() {
            if c == '\u{feff}' {
                if marks.last() != Some(&(i + 1, column)) {
                    marks.push((i + 1, column));
                }
            } else {
                out.push(c);
                column += 1;
            }
        }
    }
    (std::borrow::Cow::Owned(out), marks)
}

/// Every step of [`parse`] on normalised text, stopping at a syntax error.
fn check_text(text: &str, format: Format) -> Result<Parsed> {
    let (mut node, duplicates) = source::parse(text, format)?;
    let mut warnings = Vec::new();
    clean::clean(&mut node, "", &mut warnings);
    let mut checked = structure::check(&node);
    checked.errors.extend(duplicates);
    if format == Format::Yaml {
        // Some mistakes are valid YAML read wrongly (`-id: a` is a key `-id`,
        // `name：山田` one word): say what was typed wrong, not what it became.
        for e in &mut checked.errors {
            let mistyped =
                matches!(e.kind(), ErrorKind::UnknownKey { .. } | ErrorKind::WrongType { .. });
            if let (true, Some(line)) = (mistyped, e.location().line)
                && let Some(problem) = syntax::check_line(text, line)
            {
                let path = e.location().path.clone().unwrap_or_default();
                *e = problem.into_error().with_path(path);
            }
        }
        checked.errors = without_consequences(std::mem::take(&mut checked.errors));
    }
    let mut plan: Plan = match serde_path_to_error::deserialize(checked.json) {
        Ok(plan) => plan,
        Err(e) => {
            // The shape check and serde agree on the model, so this is a
            // value only a custom reader refuses: kept in serde's words.
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            let pos = checked.spans.value(&path);
            let at = pos.map(|p| Location::pos(p.line, p.column)).unwrap_or_default();
            let e = Error::new(ErrorKind::Other { message: e.inner().to_string() })
                .at(at)
                .with_path(path);
            return Err(Error::join(checked.errors.into_iter().chain([e])).expect("one error"));
        }
    };
    // Problems of values under a placeholder are the placeholder's, not the
    // file's.
    let placeholders = checked.placeholders;
    let under = |p: &str| {
        placeholders.iter().any(|s| {
            s.is_empty()
                || p == s
                || p.strip_prefix(s.as_str()).is_some_and(|r| r.starts_with(['.', '[']))
        })
    };
    let mut errors = checked.errors;
    errors.extend(
        validate::validate(&mut plan, &checked.spans, &mut warnings)
            .into_iter()
            .filter(|e| !e.location().path.as_deref().is_some_and(under)),
    );
    match Error::join(errors) {
        Some(e) => Err(sorted(e)),
        None => Ok(Parsed { plan, spans: checked.spans, warnings }),
    }
}

/// `errors` without a key reported empty right above a line with a typing
/// mistake: `dates:` is empty because the line under it was indented with
/// a full-width space, which is the problem to fix.
fn without_consequences(errors: Vec<Error>) -> Vec<Error> {
    let mistaken: Vec<usize> = errors
        .iter()
        .filter(|e| e.id().starts_with("syntax-"))
        .filter_map(|e| e.location().line)
        .collect();
    errors
        .into_iter()
        .filter(|e| {
            let empty = matches!(e.kind(), ErrorKind::WrongType { found: ValueType::Null, .. });
            !(empty && e.location().line.is_some_and(|l| mistaken.contains(&(l + 1))))
        })
        .collect()
}

/// `errors` in file order, each said once: two problems can lead to the
/// same mistake (a key typed wrong is also the value its parent lacks).
fn sorted(errors: Error) -> Error {
    let mut all = errors.into_all();
    all.sort_by_key(|e| (e.location().line, e.location().column));
    all.dedup_by(|a, b| {
        a.id() == b.id()
            && a.location().line == b.location().line
            && a.location().column == b.location().column
    });
    Error::join(all).expect("at least one error")
}

/// A syntax error (`first`, at the parser's first stop) with the file's
/// other problems: the mistaken lines are repaired in a copy, one at a
/// time, to find the next syntax errors; when the copy then parses, it is
/// checked too, and what it shows on other lines is reported in the same
/// run (a specialist should not have to fix one line to learn of the next).
fn with_rest_of_file(first: Error, text: &str, format: Format) -> Error {
    if format != Format::Yaml || !first.id().starts_with("syntax-") {
        return first;
    }
    let (problems, lines, repaired) =
        syntax::explain_and_repair_lines(text, crate::error::REPORT_CAP);
    let mut all: Vec<Error> = problems
        .into_iter()
        .map(|p| {
            // The parser's own first stop carries the key path.
            if p.line == first.location().line.unwrap_or(0) && p.message_id() == first.id() {
                first.clone()
            } else {
                p.into_error()
            }
        })
        .collect();
    if all.is_empty() {
        all.push(first.clone());
    }
    // Mistakes the YAML parser accepts (a second `---`) repair nothing: the
    // copy is only checked when it is not the text itself.
    if let Some(repaired) = repaired.filter(|r| r != text)
        && let Err(rest) = check_text(&repaired, format)
    {
        // What the copy shows on a mistaken line is the mistake's.
        let rest = rest.into_all().into_iter();
        all.extend(rest.filter(|e| !e.location().line.is_some_and(|l| lines.contains(&l))));
    }
    sorted(Error::join(without_consequences(all)).unwrap_or(first))
}

/// Reads the plan in `bytes`, named `path` (its extension gives the
/// format), and everything it names through `resolver`. Every problem of
/// the plan is reported at once.
pub fn load(bytes: &[u8], path: &Path, resolver: &dyn Resolver) -> Result<LoadedPlan> {
    let mut loaded = decode(bytes, path)?;
    let mut errors = Vec::new();
    for (key, written) in photos(&loaded.plan) {
        match read_photo(resolver, path, written) {
            Ok(bytes) => loaded.photos.push(Photo { key, written: written.to_string(), bytes }),
            Err(e) => errors.push(e.at(loaded.locate(&key))),
        }
    }
    if loaded.plan.kind == Kind::Monitoring {
        match load_monitored(&loaded, resolver) {
            Ok(m) => {
                // What the monitored plan's text lost is printed here too.
                loaded.warnings.extend(m.iter().flat_map(|m| m.warnings.iter().cloned()));
                loaded.monitored = m.map(Box::new);
                errors.extend(check_monitoring_rows(&loaded));
            }
            // The rows are checked against the plan once it can be read.
            Err(e) => errors.push(e),
        }
    }
    match Error::join(errors) {
        Some(e) => Err(sorted(e).in_file(path)),
        None => Ok(loaded),
    }
}

/// A plan file's bytes, parsed and checked, as a plan that names nothing
/// yet (no photos, no monitored plan).
fn decode(bytes: &[u8], path: &Path) -> Result<LoadedPlan> {
    let text = utf8(bytes, false).map_err(|e| e.in_file(path))?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let format = Format::from_extension(ext).ok_or_else(|| {
        Error::new(ErrorKind::UnknownExtension { ext: ext.to_string() }).in_file(path)
    })?;
    let parsed = read(text, format).map_err(|e| e.in_file(path))?;
    let mut warnings = parsed.warnings;
    for w in &mut warnings {
        w.location.file = Some(path.to_path_buf());
    }
    Ok(LoadedPlan {
        plan: parsed.plan,
        path: path.to_path_buf(),
        spans: parsed.spans,
        monitored: None,
        photos: Vec::new(),
        warnings,
    })
}

/// `bytes` as text, or where they stop being UTF-8: the line and the
/// byte (from 1), so an editor's "go to" finds it. `stdin` says where the
/// bytes came from.
pub fn utf8(bytes: &[u8], stdin: bool) -> Result<&str> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let before = &bytes[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // The valid part of the line is text: its characters give the column.
        let column =
            std::str::from_utf8(&before[line_start..]).map_or(1, |s| s.chars().count() + 1);
        Error::new(ErrorKind::NotUtf8 { byte: at as u64 + 1, stdin })
            .at(Location::pos(line, column))
    })
}

fn read_photo(resolver: &dyn Resolver, plan: &Path, written: &str) -> Result<Arc<[u8]>> {
    let photo = |problem| Error::new(ErrorKind::Photo { problem });
    let limit = crate::photo::MAX_FILE_MB * 1024 * 1024;
    let bytes = match resolver.read(plan, written, limit) {
        Ok(r) => r.bytes,
        Err(ResolveError::NotFound) => {
            return Err(photo(PhotoProblem::Missing { path: written.to_string() }));
        }
        Err(ResolveError::TooLarge { bytes }) => {
            return Err(photo(PhotoProblem::TooLarge {
                path: written.to_string(),
                mb: bytes.div_ceil(1024 * 1024),
                limit_mb: crate::photo::MAX_FILE_MB,
            }));
        }
        Err(ResolveError::Io(e)) => return Err(e),
    };
    crate::photo::check(&bytes, written)?;
    Ok(bytes.into())
}

/// The plan named by `monitoring.plan`, read through `resolver`. A report
/// may follow up the previous report: its `monitoring.plan` is followed in
/// turn, up to the plan (or a report with needs of its own), refusing a
/// chain that comes back to a file already on it or grows past
/// [`limits::MAX_MONITORING_CHAIN`].
fn load_monitored(report: &LoadedPlan, resolver: &dyn Resolver) -> Result<Option<LoadedPlan>> {
    let Some(first) = report.plan.monitoring.as_ref().and_then(|m| m.plan.as_deref()) else {
        return Ok(None);
    };
    let here = report.locate("monitoring.plan");
    let mut chain = vec![report.path.display().to_string()];
    let mut seen = vec![lexical(&report.path)];
    let (mut from, mut written) = (report.path.clone(), first.to_string());
    loop {
        if seen.len() > limits::MAX_MONITORING_CHAIN {
            let limit = limits::MAX_MONITORING_CHAIN;
            let kind = ErrorKind::TooMuch { what: Limit::MonitoringChain, limit };
            return Err(Error::new(kind).at(here));
        }
        let found = match resolver.read(&from, &written, MAX_PLAN_BYTES) {
            Ok(found) => found,
            Err(ResolveError::NotFound) => {
                return Err(Error::new(ErrorKind::MissingFile { path: written }).at(here));
            }
            Err(ResolveError::TooLarge { bytes }) => {
                let problem = IoProblem::TooLarge { bytes, limit: MAX_PLAN_BYTES };
                return Err(Error::new(ErrorKind::Io { problem }).at(here));
            }
            Err(ResolveError::Io(e)) => return Err(e.at(here)),
        };
        chain.push(found.path.display().to_string());
        let key = lexical(&found.path);
        if seen.contains(&key) {
            return Err(Error::new(ErrorKind::MonitoringCycle { chain }).at(here));
        }
        seen.push(key);
        // The plan's own errors are located in the plan's file.
        let base = decode(&found.bytes, &found.path)?;
        let next = base.plan.monitoring.as_ref().and_then(|m| m.plan.clone());
        match next {
            Some(next) if base.plan.kind == Kind::Monitoring => {
                (from, written) = (found.path, next)
            }
            _ => return Ok(Some(base)),
        }
    }
}

/// `path` with `.` and `a/..` taken out, so two spellings of one file in
/// a monitoring chain are seen as one (without touching the disk; a
/// symbolic link is caught by the chain's length limit instead).
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.iter().collect()
}

/// Every monitoring row must name a need of the monitored plan (or of the
/// report itself when it lists the needs).
fn check_monitoring_rows(report: &LoadedPlan) -> Vec<Error> {
    let Some(m) = &report.plan.monitoring else {
        let kind = ErrorKind::MissingKey { key: "monitoring".into() };
        return vec![Error::new(kind).at(report.locate("monitoring"))];
    };
    let needs = match &report.monitored {
        Some(p) => &p.plan.needs,
        None => &report.plan.needs,
    };
    if needs.is_empty() {
        return vec![Error::new(ErrorKind::NoMonitoredPlan).at(report.locate("monitoring"))];
    }
    let ids: Vec<String> = needs.iter().map(|n| n.id.clone()).collect();
    m.rows
        .iter()
        .enumerate()
        .filter(|(_, r)| !ids.contains(&r.need))
        .map(|(i, r)| {
            // Need ids are short (`work`, `home`): a looser match than keys'.
            let suggestion = suggest_within(&r.need, &ids, 0.7);
            Error::new(ErrorKind::UnknownNeed { id: r.need.clone(), suggestion, ids: ids.clone() })
                .at(report.locate(&format!("monitoring.rows[{i}].need")))
        })
        .collect()
}

impl LoadedPlan {
    /// The document as printed: for a monitoring report, what the report
    /// leaves out is carried over from the monitored plan (header fields,
    /// policy, goals, needs, supporters, readings); the report's own values
    /// win. Other documents are returned as they are.
    pub fn printed(&self) -> std::borrow::Cow<'_, Plan> {
        match &self.monitored {
            Some(base) => std::borrow::Cow::Owned(carry_over(&self.plan, &base.plan)),
            None => std::borrow::Cow::Borrowed(&self.plan),
        }
    }
}

/// `report` with what it leaves out taken from `base`.
///
/// Every field is named (no `..`): a field added to the model must be
/// given a rule here, or this does not compile.
fn carry_over(report: &Plan, base: &Plan) -> Plan {
    fn or<T: Clone>(own: &Option<T>, base: &Option<T>) -> Option<T> {
        own.clone().or_else(|| base.clone())
    }
    let Plan {
        format,
        kind,
        language,
        person,
        certificates,
        office,
        dates,
        wishes,
        policy,
        long_term_goal,
        short_term_goal,
        strengths,
        supporters,
        needs,
        weekly,
        monitoring,
        consent,
        readings,
        community_issues,
    } = report;
    let Person { name, name_reading, called, birth_date, child, guardian, photo, area } = person;
    let Certificates {
        support_category,
        welfare_number,
        community_number,
        day_service_number,
        copay_limit_yen,
        valid_until,
    } = certificates;
    let Office { name: office_name, planner, planner_reading, phone } = office;
    let Dates { created, start, monitoring_every_months, monitoring_from, monitored_on } = dates;
    let (bp, bc, bo, bd) = (&base.person, &base.certificates, &base.office, &base.dates);
    let mut all_readings = base.readings.clone();
    all_readings.extend(readings.iter().map(|(k, v)| (k.clone(), v.clone())));
    Plan {
        // The report's own document: its kind, language, wishes, week,
        // monitoring and consent are about this meeting.
        format: *format,
        kind: *kind,
        language: language.clone(),
        person: Person {
            name: name.clone(),
            name_reading: name_reading.clone(),
            called: or(called, &bp.called),
            birth_date: or(birth_date, &bp.birth_date),
            child: *child || bp.child,
            guardian: or(guardian, &bp.guardian),
            // Photos are files beside the plan, not the report.
            photo: photo.clone(),
            area: or(area, &bp.area),
        },
        certificates: Certificates {
            support_category: or(support_category, &bc.support_category),
            welfare_number: or(welfare_number, &bc.welfare_number),
            community_number: or(community_number, &bc.community_number),
            day_service_number: or(day_service_number, &bc.day_service_number),
            copay_limit_yen: copay_limit_yen.or(bc.copay_limit_yen),
            valid_until: or(valid_until, &bc.valid_until),
        },
        office: Office {
            name: or(office_name, &bo.name),
            planner: or(planner, &bo.planner),
            planner_reading: or(planner_reading, &bo.planner_reading),
            phone: or(phone, &bo.phone),
        },
        dates: Dates {
            created: created.clone(),
            start: or(start, &bd.start),
            monitoring_every_months: monitoring_every_months.or(bd.monitoring_every_months),
            monitoring_from: or(monitoring_from, &bd.monitoring_from),
            monitored_on: monitored_on.clone(),
        },
        wishes: wishes.clone(),
        policy: or(policy, &base.policy),
        long_term_goal: or(long_term_goal, &base.long_term_goal),
        short_term_goal: or(short_term_goal, &base.short_term_goal),
        strengths: strengths.clone(),
        // Copied needs and supporters are shown with their pictograms: their
        // photos are files beside the plan, not the report.
        supporters: if supporters.is_empty() {
            base.supporters.iter().cloned().map(|s| Supporter { photo: None, ..s }).collect()
        } else {
            supporters.clone()
        },
        needs: if needs.is_empty() {
            base.needs.iter().cloned().map(|n| Need { photo: None, ..n }).collect()
        } else {
            needs.clone()
        },
        weekly: weekly.clone(),
        monitoring: monitoring.clone(),
        consent: consent.clone(),
        readings: all_readings,
        // What this meeting saw of the region: the plan's are counted with
        // the plan.
        community_issues: community_issues.clone(),
    }
}

/// Every photo the plan names, with its key path.
pub fn photos(plan: &Plan) -> Vec<(String, &str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    out.extend(plan.person.photo.as_deref().map(|p| ("person.photo".to_string(), p)));
    for (i, n) in plan.needs.iter().enumerate() {
        out.extend(n.photo.as_deref().map(|p| (format!("needs[{i}].photo"), p)));
    }
    for (i, s) in plan.supporters.iter().enumerate() {
        out.extend(s.photo.as_deref().map(|p| (format!("supporters[{i}].photo"), p)));
    }
    out
}

/// The allowed word closest to `word`, if it is close enough to be a typo.
pub fn suggest(word: &str, candidates: &[String]) -> Option<String> {
    suggest_within(word, candidates, 0.8)
}

/// The candidate closest to `word` by Jaro-Winkler similarity, if at
/// least `threshold`.
fn suggest_within(word: &str, candidates: &[String], threshold: f64) -> Option<String> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= threshold)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "format: 1\nkind: plan\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\ndates:\n  created: 2026-04-01\nneeds:\n  - id: a\n    need: はたらきたい\n";

    fn err(text: &str) -> Error {
        parse(text, Format::Yaml).unwrap_err()
    }

    #[test]
    fn minimal_plan_parses() {
        let (plan, _) = parse(MINIMAL, Format::Yaml).unwrap();
        assert_eq!(plan.person.name, "山田 花子");
        assert_eq!(plan.needs[0].need.text, "はたらきたい");
    }

    #[test]
    fn unknown_key_suggests_and_locates() {
        let e = err(&MINIMAL.replace("  name_reading", "  name_reading: x\n  nmae_reading"));
        match e.kind() {
            ErrorKind::UnknownKey { key, suggestion, .. } => {
                assert_eq!(key, "nmae_reading");
                assert_eq!(suggestion.as_deref(), Some("name_reading"));
            }
            k => panic!("{k:?}"),
        }
        assert_eq!(e.location().line, Some(6));
        assert_eq!(e.location().path.as_deref(), Some("person.nmae_reading"));
    }

    #[test]
    fn missing_reading_is_located_at_person() {
        let e = err(&MINIMAL.replace("  name_reading: やまだ はなこ\n", ""));
        assert_eq!(e.kind(), &ErrorKind::MissingKey { key: "name_reading".into() });
        assert_eq!(e.location().path.as_deref(), Some("person.name_reading"));
        assert_eq!(e.location().line, Some(3));
        assert_eq!(e.all().count(), 1, "the placeholder reading is not reported as empty");
    }

    #[test]
    fn text_map_form_and_wrong_type() {
        let ok = MINIMAL.replace(
            "need: はたらきたい",
            "need:\n      text: はたらきたい\n      plain: はたらきたい\n      voice: true",
        );
        let (plan, _) = parse(&ok, Format::Yaml).unwrap();
        assert!(plan.needs[0].need.voice);
        let e = err(&MINIMAL.replace("need: はたらきたい", "need: [1, 2]"));
        assert!(matches!(e.kind(), ErrorKind::WrongType { .. }), "{e:?}");
        assert_eq!(e.location().path.as_deref(), Some("needs[0].need"));
        assert_eq!(e.location().line, Some(10));
    }

    #[test]
    fn shape_and_value_problems_come_together() {
        let text = MINIMAL
            .replace("created: 2026-04-01", "created: 2026-13-01\n  strat: 2026-04")
            .replace("kind: plan", "kind: plan\nlanguage: [ja]");
        let e = err(&text);
        let ids: Vec<&str> = e.all().map(Error::id).collect();
        assert_eq!(ids, ["wrong-type", "bad-date", "unknown-key"], "{e:?}");
    }

    #[test]
    fn a_list_item_without_its_space_is_explained_as_typed() {
        // `-id: a` is valid YAML for a key `-id`: `needs` becomes a map.
        let e = err(&MINIMAL.replace("  - id: a\n    need: はたらきたい\n", "  -id: a\n"));
        assert_eq!(e.id(), "syntax-dash-without-space", "{e:?}");
        assert_eq!(e.location().line, Some(9));
        assert_eq!(e.location().path.as_deref(), Some("needs"));
    }

    #[test]
    fn syntax_errors_come_with_the_rest_of_the_files_problems() {
        let text = MINIMAL
            .replace("    need: はたらきたい", "    need: 目標: はたらきたい")
            .replace("created: 2026-04-01", "created: 2026-04-31");
        let e = err(&text);
        let ids: Vec<&str> = e.all().map(Error::id).collect();
        assert_eq!(ids, ["bad-date", "syntax-colon-in-text"], "{e:?}");
    }

    #[test]
    fn carried_over_fields_keep_the_reports_own() {
        let (plan, _) = parse(MINIMAL, Format::Yaml).unwrap();
        let mut base = plan.clone();
        base.office.planner = Some("鈴木".into());
        base.person.called = Some("はなこさん".into());
        let mut report = plan;
        report.person.called = Some("はなちゃん".into());
        let p = carry_over(&report, &base);
        assert_eq!(p.office.planner.as_deref(), Some("鈴木"));
        assert_eq!(p.person.called.as_deref(), Some("はなちゃん"));
    }
}
