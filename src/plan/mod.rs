//! The plan stage: read a plan file, check it, and say exactly where it is wrong.
//!
//! Loading runs in three steps, each of which can fail with a located error:
//! 1. parse the file (YAML, JSON or TOML by extension) into a tree that keeps
//!    the line of every key ([`source`]);
//! 2. deserialise the tree into [`Plan`] with serde, tracking the key path;
//! 3. [`validate`] the values serde cannot check (dates, times, required
//!    content), reporting all problems of the file at once.

mod model;
pub mod schema;
pub mod source;
mod validate;

use std::path::{Path, PathBuf};

pub use model::*;
pub use source::Format;
use source::{SpanIndex, join_key};

use crate::error::{Error, ErrorKind, Location, Result};

/// A plan read from a file, with where it came from.
#[derive(Debug, Clone)]
pub struct LoadedPlan {
    /// The checked plan.
    pub plan: Plan,
    /// The file it was read from.
    pub path: PathBuf,
    /// Where every key path was written (for later, located warnings).
    pub spans: SpanIndex,
    /// For a monitoring report, the plan it follows up (`monitoring.plan`),
    /// whose goals and header fields are carried over.
    pub monitored: Option<Box<LoadedPlan>>,
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
}

/// Reads, parses and validates the plan file at `path`.
pub fn load(path: &Path) -> Result<LoadedPlan> {
    let bytes = std::fs::read(path)
        .map_err(|e| Error::new(ErrorKind::Io { message: e.to_string() }).in_file(path))?;
    let text =
        String::from_utf8(bytes).map_err(|_| Error::new(ErrorKind::NotUtf8).in_file(path))?;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let format = Format::from_extension(ext).ok_or_else(|| {
        Error::new(ErrorKind::UnknownExtension { ext: ext.to_string() }).in_file(path)
    })?;
    let (plan, spans) = parse_str(&text, format).map_err(|e| e.in_file(path))?;
    let mut loaded = LoadedPlan { plan, path: path.to_path_buf(), spans, monitored: None };
    if let Some(e) = Error::join(check_photos(&loaded)) {
        return Err(e.in_file(path));
    }
    if loaded.plan.kind == Kind::Monitoring {
        loaded.monitored = load_monitored(&loaded)?.map(Box::new);
        if let Some(e) = Error::join(check_monitoring_rows(&loaded)) {
            return Err(e);
        }
    }
    Ok(loaded)
}

/// The plan named by `monitoring.plan`, relative to the report's folder.
fn load_monitored(report: &LoadedPlan) -> Result<Option<LoadedPlan>> {
    let Some(written) = report.plan.monitoring.as_ref().and_then(|m| m.plan.as_deref()) else {
        return Ok(None);
    };
    let here = report.locate("monitoring.plan");
    let path = report.path.parent().unwrap_or(Path::new(".")).join(written);
    if !path.is_file() {
        let message = format!("{}: not found", path.display());
        return Err(Error::new(ErrorKind::Io { message }).at(here));
    }
    // The plan's own errors are located in the plan's file.
    let plan = load(&path)?;
    if plan.plan.kind == Kind::Monitoring {
        return Err(Error::new(ErrorKind::MonitoredNotAPlan).at(here));
    }
    Ok(Some(plan))
}

/// Every monitoring row must name a need of the monitored plan (or of the
/// report itself when it lists the needs).
fn check_monitoring_rows(report: &LoadedPlan) -> Vec<Error> {
    let Some(m) = &report.plan.monitoring else {
        return vec![
            Error::new(ErrorKind::MissingKey { key: "monitoring".into() }).at(report.locate("")),
        ];
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
            let suggestion = ids
                .iter()
                .map(|id| (strsim::jaro_winkler(id, &r.need), id))
                .filter(|(score, _)| *score > 0.7)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, id)| id.clone());
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
        let Some(base) = &self.monitored else { return std::borrow::Cow::Borrowed(&self.plan) };
        let base = &base.plan;
        let mut p = self.plan.clone();
        let c = &mut p.certificates;
        let bc = &base.certificates;
        c.support_category = c.support_category.take().or_else(|| bc.support_category.clone());
        c.welfare_number = c.welfare_number.take().or_else(|| bc.welfare_number.clone());
        c.community_number = c.community_number.take().or_else(|| bc.community_number.clone());
        c.day_service_number =
            c.day_service_number.take().or_else(|| bc.day_service_number.clone());
        c.copay_limit_yen = c.copay_limit_yen.or(bc.copay_limit_yen);
        let o = &mut p.office;
        let bo = &base.office;
        o.name = o.name.take().or_else(|| bo.name.clone());
        o.planner = o.planner.take().or_else(|| bo.planner.clone());
        o.planner_reading = o.planner_reading.take().or_else(|| bo.planner_reading.clone());
        o.phone = o.phone.take().or_else(|| bo.phone.clone());
        let d = &mut p.dates;
        d.start = d.start.take().or_else(|| base.dates.start.clone());
        d.monitoring_every_months =
            d.monitoring_every_months.or(base.dates.monitoring_every_months);
        d.monitoring_from = d.monitoring_from.take().or_else(|| base.dates.monitoring_from.clone());
        let person = &mut p.person;
        person.called = person.called.take().or_else(|| base.person.called.clone());
        person.birth_date = person.birth_date.take().or_else(|| base.person.birth_date.clone());
        person.guardian = person.guardian.take().or_else(|| base.person.guardian.clone());
        person.child |= base.person.child;
        p.policy = p.policy.take().or_else(|| base.policy.clone());
        p.long_term_goal = p.long_term_goal.take().or_else(|| base.long_term_goal.clone());
        p.short_term_goal = p.short_term_goal.take().or_else(|| base.short_term_goal.clone());
        // Photos are files beside the plan, not the report: copied needs
        // and supporters are shown with their pictograms instead.
        if p.needs.is_empty() {
            p.needs = base.needs.iter().cloned().map(|n| Need { photo: None, ..n }).collect();
        }
        if p.supporters.is_empty() {
            p.supporters =
                base.supporters.iter().cloned().map(|s| Supporter { photo: None, ..s }).collect();
        }
        for (k, v) in &base.readings {
            p.readings.entry(k.clone()).or_insert_with(|| v.clone());
        }
        std::borrow::Cow::Owned(p)
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

/// Photos must exist beside the plan, be images, and stay within the
/// limits (read from their headers only).
fn check_photos(loaded: &LoadedPlan) -> Vec<Error> {
    photos(&loaded.plan)
        .into_iter()
        .filter_map(|(key, written)| {
            crate::photo::check(&loaded.path, written).err().map(|e| e.at(loaded.locate(&key)))
        })
        .collect()
}

/// Parses and validates plan text in `format` (no file name in errors).
pub fn parse_str(text: &str, format: Format) -> Result<(Plan, SpanIndex)> {
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
    let node = source::parse(text, format)?;
    let mut spans = SpanIndex::default();
    let json = node.to_json("", &mut spans);
    let plan: Plan = serde_path_to_error::deserialize(json)
        .map_err(|e| serde_error(e.path().to_string(), e.inner().to_string(), &spans))?;
    if let Some(e) = Error::join(validate::validate(&plan, &spans)) {
        return Err(e);
    }
    Ok((plan, spans))
}

/// Turns a serde message into a typed, located error.
///
/// serde's messages have a stable shape ("unknown field `x`, expected one of
/// `a`, `b`"); reading them back lets us suggest the closest key and
/// translate the message instead of showing English serde text.
fn serde_error(path: String, message: String, spans: &SpanIndex) -> Error {
    let path = if path == "." { String::new() } else { path };
    let ticks: Vec<&str> = message.split('`').skip(1).step_by(2).collect();
    let locate = |p: &str, key: bool| {
        let pos = if key { spans.key(p) } else { spans.value(p) };
        Location { line: pos.map(|p| p.line), column: pos.map(|p| p.column), ..Location::default() }
    };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let key = ticks.first().copied().unwrap_or(rest).to_string();
        let expected: Vec<String> = ticks.iter().skip(1).map(|s| s.to_string()).collect();
        // serde_path_to_error already ends the path with the unknown key.
        let full = if path == key || path.ends_with(&format!(".{key}")) {
            path.clone()
        } else {
            join_key(&path, &key)
        };
        return Error::new(ErrorKind::UnknownKey {
            suggestion: suggest(&key, &expected),
            key,
            expected,
        })
        .at(locate(&full, true))
        .with_path(full);
    }
    if message.starts_with("unknown variant ") {
        let value = ticks.first().copied().unwrap_or_default().to_string();
        let expected: Vec<String> = ticks.iter().skip(1).map(|s| s.to_string()).collect();
        return Error::new(ErrorKind::UnknownValue {
            suggestion: suggest(&value, &expected),
            value,
            expected,
        })
        .at(locate(&path, false))
        .with_path(path);
    }
    if message.starts_with("missing field ") {
        let key = ticks.first().copied().unwrap_or_default().to_string();
        return Error::new(ErrorKind::MissingKey { key: key.clone() })
            .at(locate(&path, true))
            .with_path(join_key(&path, &key));
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            return Error::new(ErrorKind::WrongValue {
                found: found.to_string(),
                expected: expected.to_string(),
            })
            .at(locate(&path, false))
            .with_path(path);
        }
    }
    Error::new(ErrorKind::Other { message }).at(locate(&path, false)).with_path(path)
}

/// The allowed word closest to `word`, if it is close enough to be a typo.
pub fn suggest(word: &str, candidates: &[String]) -> Option<String> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "format: 1\nkind: plan\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\ndates:\n  created: 2026-04-01\nneeds:\n  - id: a\n    need: はたらきたい\n";

    fn err(text: &str) -> Error {
        parse_str(text, Format::Yaml).unwrap_err()
    }

    #[test]
    fn minimal_plan_parses() {
        let (plan, _) = parse_str(MINIMAL, Format::Yaml).unwrap();
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
    }

    #[test]
    fn text_map_form_and_wrong_type() {
        let ok = MINIMAL.replace(
            "need: はたらきたい",
            "need:\n      text: はたらきたい\n      plain: はたらきたい\n      voice: true",
        );
        let (plan, _) = parse_str(&ok, Format::Yaml).unwrap();
        assert!(plan.needs[0].need.voice);
        let e = err(&MINIMAL.replace("need: はたらきたい", "need: [1, 2]"));
        assert!(matches!(e.kind(), ErrorKind::WrongValue { .. }), "{e:?}");
        assert_eq!(e.location().path.as_deref(), Some("needs[0].need"));
        assert_eq!(e.location().line, Some(10));
    }
}
