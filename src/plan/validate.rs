//! Checks serde cannot make: real dates, months and times, `to` after
//! `from`, required content. All problems are collected, so a specialist
//! fixes a file in one pass instead of one error per run.

use super::model::*;
use super::source::SpanIndex;
use crate::error::{Error, ErrorKind, Location, Warning, WarningKind};
use crate::pictograms::{Lookup, label_en, label_ja};

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

    /// Checks a date and, when it is written in 和暦, turns it into
    /// `YYYY-MM-DD`: the model keeps western dates.
    fn date(&mut self, path: &str, d: Option<&mut Date>) {
        let Some(d) = d else { return };
        if let Some(Err(e)) = super::wareki::date(&d.0) {
            self.era(path, &d.0, e);
        } else if let Some(date) = d.parse() {
            let iso = format!("{:04}-{:02}-{:02}", date.year(), date.month() as u8, date.day());
            d.0 = iso;
        } else {
            let suggestion = suggest_date(&d.0);
            self.push(path, ErrorKind::BadDate { value: d.0.clone(), suggestion });
        }
    }

    /// Checks a month and, when it is written in 和暦, turns it into
    /// `YYYY-MM`.
    fn month(&mut self, path: &str, m: Option<&mut Month>) {
        let Some(m) = m else { return };
        if let Some(Err(e)) = super::wareki::month(&m.0) {
            self.era(path, &m.0, e);
        } else if let Some((y, n)) = m.parse() {
            m.0 = format!("{y:04}-{n:02}");
        } else {
            let suggestion = suggest_month(&m.0);
            self.push(path, ErrorKind::BadMonth { value: m.0.clone(), suggestion });
        }
    }

    fn era(&mut self, path: &str, value: &str, e: super::wareki::EraError) {
        let kind = ErrorKind::BadEra {
            value: value.trim().to_string(),
            era: e.era.name().to_string(),
            problem: e.problem,
            bound: e.bound,
            suggestion: e.suggestion,
        };
        self.push(path, kind);
    }

    fn not_blank(&mut self, path: &str, s: &str) {
        if s.trim().is_empty() {
            self.push(path, ErrorKind::Empty);
        }
    }

    /// A list of at most `limit` items.
    fn at_most(&mut self, path: &str, count: usize, limit: usize) {
        if count > limit {
            self.push(path, ErrorKind::TooMany { count, limit });
        }
    }
}

/// Returns every problem found in `plan`, located through `spans`; what
/// does not stop a render (a pictogram word naming several pictures) goes
/// to `warnings`.
pub fn validate(plan: &mut Plan, spans: &SpanIndex, warnings: &mut Vec<Warning>) -> Vec<Error> {
    let mut c = Checker { spans, errors: Vec::new() };
    dates(&mut c, plan);
    let plan = &*plan;
    // The plan's words, walked once for every check that needs them.
    let fields = super::fields::fields(plan);
    counts(&mut c, plan, &fields);
    if plan.format != 1 {
        c.push("format", ErrorKind::BadFormatVersion { found: plan.format.to_string() });
    }
    c.not_blank("person.name", &plan.person.name);
    c.not_blank("person.name_reading", &plan.person.name_reading);

    if plan.kind != Kind::Monitoring && plan.needs.is_empty() {
        c.push("needs", ErrorKind::NoNeeds);
    }
    let mut ids: Vec<&str> = Vec::new();
    if let Some(n) = plan.dates.monitoring_every_months
        && !(1..=12).contains(&n)
    {
        let kind = ErrorKind::OutOfRange { value: n.to_string(), min: Some(1), max: Some(12) };
        c.push("dates.monitoring_every_months", kind);
    }
    if let Some(g) = &plan.person.guardian {
        c.not_blank("person.guardian.name", &g.name);
    }
    for (i, s) in plan.supporters.iter().enumerate() {
        c.not_blank(&format!("supporters[{i}].name"), &s.name);
    }
    for (i, issue) in plan.community_issues.iter().enumerate() {
        c.not_blank(&format!("community_issues[{i}].text"), &issue.text.text);
    }
    for (i, need) in plan.needs.iter().enumerate() {
        let p = format!("needs[{i}]");
        c.not_blank(&format!("{p}.id"), &need.id);
        c.not_blank(&format!("{p}.need"), &need.need.text);
        if ids.contains(&need.id.as_str()) {
            c.push(&format!("{p}.id"), ErrorKind::DuplicateId { id: need.id.clone() });
        }
        ids.push(&need.id);
        for (j, s) in need.services.iter().enumerate() {
            c.not_blank(&format!("{p}.services[{j}].kind"), &s.kind);
        }
    }
    for (i, slot) in plan.weekly.slots.iter().enumerate() {
        let p = format!("weekly.slots[{i}]");
        c.not_blank(&format!("{p}.label"), &slot.label.text);
        if slot.days.is_empty() {
            c.push(&format!("{p}.days"), ErrorKind::Empty);
        }
        let from = slot.from.minutes();
        let to = slot.to.minutes();
        if from.is_none() {
            let (value, suggestion) = (slot.from.0.clone(), suggest_time(&slot.from.0));
            c.push(&format!("{p}.from"), ErrorKind::BadTime { value, suggestion });
        }
        if to.is_none() {
            let (value, suggestion) = (slot.to.0.clone(), suggest_time(&slot.to.0));
            c.push(&format!("{p}.to"), ErrorKind::BadTime { value, suggestion });
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
    if let Some(lang) = &plan.language
        && crate::locale::Locale::get(lang).is_none()
    {
        let available =
            crate::locale::languages().into_iter().map(str::to_string).collect::<Vec<_>>();
        c.push("language", ErrorKind::UnknownLanguage { lang: lang.clone(), available });
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
    for (path, word) in fields.iter().filter_map(|f| match &f.value {
        super::FieldValue::Text(t) => t.pictogram.clone().map(|id| (&f.path, id)),
        super::FieldValue::Str(_) => None,
    }) {
        let path = format!("{path}.pictogram");
        match crate::pictograms::lookup(&word) {
            Lookup::Found { others, .. } if others.is_empty() => {}
            Lookup::Found { concept, others } => {
                let pos = spans.value(&path);
                let location = Location {
                    line: pos.map(|p| p.line),
                    column: pos.map(|p| p.column),
                    path: Some(path),
                    file: None,
                };
                let kind = WarningKind::AmbiguousPictogram {
                    word,
                    chosen_ja: label_ja(concept),
                    chosen_en: label_en(concept),
                    others_ja: others.iter().map(|c| label_ja(c)).collect(),
                    others_en: others.iter().map(|c| label_en(c)).collect(),
                };
                warnings.push(Warning { location, kind });
            }
            Lookup::Unknown { closest } => {
                // In the office's words: names with their ids, never a file.
                let kind = ErrorKind::UnknownPictogram {
                    id: word,
                    suggestion: closest.first().map(|c| c.id.to_string()),
                    names_ja: closest.iter().map(|c| label_ja(c)).collect(),
                    names_en: closest.iter().map(|c| label_en(c)).collect(),
                };
                c.push(&path, kind);
            }
        }
    }
    c.errors
}

/// Every date and month of `plan` checked, and those written in 和暦
/// turned into the western form the model keeps.
fn dates(c: &mut Checker, plan: &mut Plan) {
    c.date("person.birth_date", plan.person.birth_date.as_mut());
    c.date("dates.created", Some(&mut plan.dates.created));
    c.month("dates.start", plan.dates.start.as_mut());
    c.month("dates.monitoring_from", plan.dates.monitoring_from.as_mut());
    c.date("dates.monitored_on", plan.dates.monitored_on.as_mut());
    c.date("consent.date", plan.consent.date.as_mut());
    c.month("certificates.valid_until", plan.certificates.valid_until.as_mut());
    for (i, need) in plan.needs.iter_mut().enumerate() {
        c.month(&format!("needs[{i}].achieve_by"), need.achieve_by.as_mut());
        c.month(&format!("needs[{i}].review_at"), need.review_at.as_mut());
        for (j, s) in need.services.iter_mut().enumerate() {
            let since = s.unmet.as_mut().and_then(|u| u.since.as_mut());
            c.month(&format!("needs[{i}].services[{j}].unmet.since"), since);
        }
    }
}

/// Every list within its count limit and every text within its length,
/// before anything is typeset (see `plan::limits`).
fn counts(c: &mut Checker, plan: &Plan, fields: &[super::Field]) {
    use super::limits::*;
    c.at_most("needs", plan.needs.len(), MAX_NEEDS);
    for (i, need) in plan.needs.iter().enumerate() {
        c.at_most(&format!("needs[{i}].services"), need.services.len(), MAX_SERVICES);
    }
    c.at_most("weekly.slots", plan.weekly.slots.len(), MAX_SLOTS);
    c.at_most("weekly.daily_life", plan.weekly.daily_life.len(), MAX_ITEMS);
    c.at_most("strengths", plan.strengths.len(), MAX_ITEMS);
    c.at_most("supporters", plan.supporters.len(), MAX_ITEMS);
    if let Some(m) = &plan.monitoring {
        c.at_most("monitoring.rows", m.rows.len(), MAX_ITEMS);
    }
    c.at_most("readings", plan.readings.len(), MAX_READINGS);
    c.at_most("community_issues", plan.community_issues.len(), MAX_ITEMS);
    // What no font can print is said with the other problems, so `check`
    // and `render` refuse it alike, whatever the PDF standard.
    for field in fields {
        let chars = field.unprintable();
        if !chars.is_empty() {
            c.push(&field.path, ErrorKind::MissingGlyph { chars });
        }
    }
    for field in fields {
        let (text, plain) = match &field.value {
            super::FieldValue::Str(s) => (s.as_str(), None),
            super::FieldValue::Text(t) => (t.text.as_str(), t.plain.as_deref()),
        };
        for (path, s) in
            [(field.path.clone(), Some(text)), (format!("{}.plain", field.path), plain)]
        {
            let chars = s.map_or(0, |s| s.chars().count());
            if chars > MAX_TEXT_CHARS {
                c.push(&path, ErrorKind::TooLong { chars, limit: MAX_TEXT_CHARS });
            }
        }
    }
}

/// The numbers of a date, month or time written the way people write them
/// (`2026/4/1`, `2026年4月1日`, `9時30分`): every run of digits. (和暦 is
/// read as it is, by `plan::wareki`.)
fn numbers(written: &str) -> Vec<u32> {
    let s: String = written
        .trim()
        .chars()
        .map(|c| match c {
            // Full-width digits, as an IME types them.
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            _ => c,
        })
        .collect();
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect()
}

/// `2026-04-01` for a date written another way, if it is a real date.
fn suggest_date(written: &str) -> Option<String> {
    let [y, m, d] = numbers(written)[..] else { return None };
    let s = format!("{y:04}-{m:02}-{d:02}");
    (Date(s.clone()).parse().is_some() && s != written.trim()).then_some(s)
}

/// `2026-04` for a month written another way, if it is a real month.
fn suggest_month(written: &str) -> Option<String> {
    let [y, m] = numbers(written)[..] else { return None };
    let s = format!("{y:04}-{m:02}");
    (Month(s.clone()).parse().is_some() && s != written.trim()).then_some(s)
}

/// `"15:30"` for a time written another way (`15時30分`, `午後3時半`;
/// `翌6:00` → `"30:00"`).
fn suggest_time(written: &str) -> Option<String> {
    let afternoon = written.contains("午後") || written.to_lowercase().contains("pm");
    let (mut h, m) = match numbers(written)[..] {
        [h] => (h, if written.contains('半') { 30 } else { 0 }),
        [h, m] => (h, m),
        _ => return None,
    };
    if afternoon && h < 12 {
        h += 12;
    }
    // 翌6:00 (the next morning) is 30:00 on the plan's clock.
    if (written.contains('翌') || written.contains("次の日") || written.contains("つぎの日"))
        && h < 24
    {
        h += 24;
    }
    let s = format!("{h:02}:{m:02}");
    (Time(s.clone()).minutes().is_some() && s != written.trim()).then(|| format!("\"{s}\""))
}

#[cfg(test)]
mod tests {
    use crate::error::{ErrorKind, WarningKind};
    use crate::plan::{Format, parse};

    const BASE: &str = "format: 1\nkind: plan\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\ndates:\n  created: 2026-04-01\nneeds:\n  - id: a\n    need: はたらきたい\n    achieve_by: 2026-10\nweekly:\n  slots:\n    - days: [mon]\n      from: \"09:30\"\n      to: \"15:30\"\n      label: 作業所\n";

    #[test]
    fn a_next_morning_time_is_suggested_past_24() {
        assert_eq!(super::suggest_time("翌06:00").as_deref(), Some("\"30:00\""));
        assert_eq!(super::suggest_time("午後3時半").as_deref(), Some("\"15:30\""));
    }

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
        assert_eq!(all[0].0, ErrorKind::BadDate { value: "2026-13-01".into(), suggestion: None });
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
        let ErrorKind::UnknownPictogram { id, suggestion, names_ja, names_en } = e.kind() else {
            panic!("{e}")
        };
        assert_eq!((id.as_str(), suggestion.as_deref()), ("wrok", Some("work")));
        assert_eq!(names_ja[0], "仕事（work）");
        assert_eq!(names_en[0], "work (仕事)");
        assert_eq!(e.location().path.as_deref(), Some("needs[0].need.pictogram"));
        assert_eq!(e.location().line, Some(12));
        parse(&text.replace("wrok", "work"), Format::Yaml).unwrap();
    }

    #[test]
    fn a_pictogram_is_named_by_a_word_and_an_ambiguous_one_is_said() {
        let with = |word: &str| {
            BASE.replace(
                "    need: はたらきたい\n",
                &format!("    need:\n      text: はたらきたい\n      pictogram: {word}\n"),
            )
        };
        for word in ["house", "家", "いえ", "home"] {
            let parsed = crate::plan::read(&with(word), Format::Yaml).unwrap();
            assert!(parsed.warnings.is_empty(), "{word}: {:?}", parsed.warnings);
        }
        let parsed = crate::plan::read(&with("日中"), Format::Yaml).unwrap();
        let [w] = &parsed.warnings[..] else { panic!("{:?}", parsed.warnings) };
        assert_eq!(w.location.path.as_deref(), Some("needs[0].need.pictogram"));
        assert_eq!(w.location.line, Some(12));
        let WarningKind::AmbiguousPictogram { chosen_ja, others_ja, .. } = &w.kind else {
            panic!("{w:?}")
        };
        assert_eq!(chosen_ja, "日中活動（day-activity）");
        assert_eq!(others_ja, &["昼（daytime）"]);
    }

    #[test]
    fn dates_months_and_times_written_otherwise_get_the_right_form() {
        assert_eq!(super::suggest_date("2026/4/1").as_deref(), Some("2026-04-01"));
        assert_eq!(super::suggest_date("2026年４月１日").as_deref(), Some("2026-04-01"));
        assert_eq!(super::suggest_date("2026/2/30"), None, "not a real date");
        assert_eq!(super::suggest_date("2026-13-01"), None);
        assert_eq!(super::suggest_month("2026年10月").as_deref(), Some("2026-10"));
        assert_eq!(super::suggest_time("9時30分").as_deref(), Some("\"09:30\""));
        assert_eq!(super::suggest_time("午後3時半").as_deref(), Some("\"15:30\""));
        assert_eq!(super::suggest_time("37:00"), None);
    }

    #[test]
    fn feb_29_only_in_leap_years() {
        parse(&BASE.replace("2026-04-01", "2028-02-29"), Format::Yaml).unwrap();
        assert!(parse(&BASE.replace("2026-04-01", "2026-02-29"), Format::Yaml).is_err());
    }
}
