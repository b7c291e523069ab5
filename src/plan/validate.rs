//! Checks serde cannot make: real dates, months and times, `to` after
//! `from`, required content. All problems are collected, so a specialist
//! fixes a file in one pass instead of one error per run.

use super::model::*;
use super::source::SpanIndex;
use crate::error::{Error, ErrorKind, Location};

struct Checker<'a> {
    spans: &'a SpanIndex,
    errors: Vec<Error>,
}

impl Checker<'_> {
    fn push(&mut self, path: &str, kind: ErrorKind) {
        let pos = self.spans.value(path);
        let loc = Location {
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.column),
            ..Location::default()
        };
        self.errors.push(Error::new(kind).at(loc).with_path(path));
    }

    fn date(&mut self, path: &str, d: &Option<Date>) {
        if let Some(d) = d
            && d.parse().is_none()
        {
            self.push(path, ErrorKind::BadDate { value: d.0.clone() });
        }
    }

    fn month(&mut self, path: &str, m: &Option<Month>) {
        if let Some(m) = m
            && m.parse().is_none()
        {
            self.push(path, ErrorKind::BadMonth { value: m.0.clone() });
        }
    }

    fn not_blank(&mut self, path: &str, s: &str) {
        if s.trim().is_empty() {
            self.push(path, ErrorKind::Empty);
        }
    }
}

/// Returns every problem found in `plan`, located through `spans`.
pub fn validate(plan: &Plan, spans: &SpanIndex) -> Vec<Error> {
    let mut c = Checker { spans, errors: Vec::new() };
    if plan.format != 1 {
        c.push("format", ErrorKind::BadFormatVersion { found: plan.format.to_string() });
    }
    c.not_blank("person.name", &plan.person.name);
    c.not_blank("person.name_reading", &plan.person.name_reading);
    c.date("person.birth_date", &plan.person.birth_date);
    c.date("dates.created", &Some(plan.dates.created.clone()));
    c.month("dates.start", &plan.dates.start);
    c.month("dates.monitoring_from", &plan.dates.monitoring_from);
    c.date("dates.monitored_on", &plan.dates.monitored_on);
    c.date("consent.date", &plan.consent.date);

    if plan.kind != Kind::Monitoring && plan.needs.is_empty() {
        c.push("needs", ErrorKind::NoNeeds);
    }
    let mut ids: Vec<&str> = Vec::new();
    for (i, need) in plan.needs.iter().enumerate() {
        let p = format!("needs[{i}]");
        c.not_blank(&format!("{p}.id"), &need.id);
        if ids.contains(&need.id.as_str()) {
            c.push(&format!("{p}.id"), ErrorKind::DuplicateId { id: need.id.clone() });
        }
        ids.push(&need.id);
        c.month(&format!("{p}.achieve_by"), &need.achieve_by);
        c.month(&format!("{p}.review_at"), &need.review_at);
        for (j, s) in need.services.iter().enumerate() {
            c.not_blank(&format!("{p}.services[{j}].kind"), &s.kind);
        }
    }
    for (i, slot) in plan.weekly.slots.iter().enumerate() {
        let p = format!("weekly.slots[{i}]");
        if slot.days.is_empty() {
            c.push(&format!("{p}.days"), ErrorKind::Empty);
        }
        let from = slot.from.minutes();
        let to = slot.to.minutes();
        if from.is_none() {
            c.push(&format!("{p}.from"), ErrorKind::BadTime { value: slot.from.0.clone() });
        }
        if to.is_none() {
            c.push(&format!("{p}.to"), ErrorKind::BadTime { value: slot.to.0.clone() });
        }
        if let (Some(f), Some(t)) = (from, to)
            && t <= f
        {
            c.push(
                &format!("{p}.to"),
                ErrorKind::EndBeforeStart { from: slot.from.0.clone(), to: slot.to.0.clone() },
            );
        }
    }
    if let Some(SupportCategory::Word(w)) = &plan.certificates.support_category
        && !matches!(w.as_str(), "非該当" | "なし")
    {
        let expected: Vec<String> =
            (1..=6).map(|n| n.to_string()).chain(["非該当".into(), "なし".into()]).collect();
        c.push(
            "certificates.support_category",
            ErrorKind::UnknownValue { value: w.clone(), suggestion: None, expected },
        );
    }
    for (path, text) in super::fields::texts(plan) {
        let Some(id) = text.pictogram else { continue };
        if !crate::pictograms::exists(&id) {
            let suggestion = crate::pictograms::suggest(&id).map(str::to_string);
            c.push(&format!("{path}.pictogram"), ErrorKind::UnknownPictogram { id, suggestion });
        }
    }
    c.errors
}

#[cfg(test)]
mod tests {
    use crate::error::ErrorKind;
    use crate::plan::{Format, parse};

    const BASE: &str = "format: 1\nkind: plan\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\ndates:\n  created: 2026-04-01\nneeds:\n  - id: a\n    need: はたらきたい\n    achieve_by: 2026-10\nweekly:\n  slots:\n    - days: [mon]\n      from: \"09:30\"\n      to: \"15:30\"\n      label: 作業所\n";

    #[test]
    fn base_is_valid() {
        parse(BASE, Format::Yaml).unwrap();
    }

    #[test]
    fn bad_date_month_and_time_are_all_reported() {
        let text = BASE
            .replace("created: 2026-04-01", "created: 2026-13-01")
            .replace("achieve_by: 2026-10", "achieve_by: 2026-00")
            .replace("to: \"15:30\"", "to: \"09:00\"");
        let e = parse(&text, Format::Yaml).unwrap_err();
        let all: Vec<_> = e.all().map(|e| (e.kind().clone(), e.location().clone())).collect();
        assert_eq!(all.len(), 3, "{all:?}");
        assert_eq!(all[0].0, ErrorKind::BadDate { value: "2026-13-01".into() });
        assert_eq!(all[0].1.line, Some(7));
        assert_eq!(all[0].1.path.as_deref(), Some("dates.created"));
        assert_eq!(all[1].1.path.as_deref(), Some("needs[0].achieve_by"));
        assert_eq!(all[1].1.line, Some(11));
        assert!(matches!(all[2].0, ErrorKind::EndBeforeStart { .. }));
        assert_eq!(all[2].1.path.as_deref(), Some("weekly.slots[0].to"));
        assert_eq!(all[2].1.line, Some(16));
    }

    #[test]
    fn next_day_times_are_allowed() {
        let text = BASE
            .replace("from: \"09:30\"", "from: \"22:00\"")
            .replace("to: \"15:30\"", "to: \"28:00\"");
        parse(&text, Format::Yaml).unwrap();
    }

    #[test]
    fn unknown_pictogram_is_located_with_a_suggestion() {
        let text = BASE.replace(
            "    need: はたらきたい\n",
            "    need:\n      text: はたらきたい\n      pictogram: wrok\n",
        );
        let e = parse(&text, Format::Yaml).unwrap_err();
        assert_eq!(
            e.kind(),
            &ErrorKind::UnknownPictogram { id: "wrok".into(), suggestion: Some("work".into()) }
        );
        assert_eq!(e.location().path.as_deref(), Some("needs[0].need.pictogram"));
        assert_eq!(e.location().line, Some(12));
        parse(&text.replace("wrok", "work"), Format::Yaml).unwrap();
    }

    #[test]
    fn feb_29_only_in_leap_years() {
        parse(&BASE.replace("2026-04-01", "2028-02-29"), Format::Yaml).unwrap();
        assert!(parse(&BASE.replace("2026-04-01", "2026-02-29"), Format::Yaml).is_err());
    }
}
