//! What is due across a caseload: the next monitoring month of each
//! person's latest plan, and the end of its certificate period.
//!
//! Worked out from the plan files' values as written (`plan::value`), so a
//! plan with errors elsewhere still shows what is due: a specialist must
//! not lose sight of a monitoring because a goal has a typo. The rules are
//! `plan-format.md`'s: a person is found by `certificates.welfare_number`,
//! else `certificates.day_service_number`, else `person.name_reading` with
//! `person.birth_date`; their latest plan (by `dates.created`; a draft
//! only when they have no 本計画) counts; a
//! monitoring is due in `dates.monitoring_from` and every
//! `dates.monitoring_every_months` months after, until a monitoring report
//! of that person has `dates.monitored_on` in that month.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

/// A calendar month, ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The year (2026).
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
}

impl Month {
    /// Reads `2026-07` (or the month of `2026-07-15`), or a month or date
    /// in 和暦 (`令和8年7月`, `R8.7.15`) as plan files may write them.
    pub fn parse(s: &str) -> Option<Month> {
        let mut parts = s.trim().split('-');
        let western = (|| {
            let year: i32 = parts.next()?.parse().ok()?;
            let month: u32 = parts.next()?.parse().ok()?;
            (1..=12).contains(&month).then_some(Month { year, month })
        })();
        western.or_else(|| {
            let (year, month) = crate::plan::Month(s.to_string()).parse().or_else(|| {
                let d = crate::plan::Date(s.to_string()).parse()?;
                Some((d.year(), d.month() as u8))
            })?;
            Some(Month { year, month: u32::from(month) })
        })
    }

    /// The month of `date`.
    pub fn of(date: time::Date) -> Month {
        Month { year: date.year(), month: date.month() as u32 }
    }

    /// The month `n` months later.
    pub fn plus(self, n: u32) -> Month {
        let index = self.index() + i64::from(n);
        Month { year: index.div_euclid(12) as i32, month: index.rem_euclid(12) as u32 + 1 }
    }

    fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// Months from `self` to `later` (negative when `later` is earlier).
    pub fn until(self, later: Month) -> i64 {
        later.index() - self.index()
    }
}

impl serde::Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// The month it is now in Japan, where the plans' months are counted
/// (a municipality's month, not the computer's time zone's).
pub fn this_month() -> Month {
    let japan = time::OffsetDateTime::now_utc() + time::Duration::hours(9);
    Month::of(japan.date())
}

/// What the due rules read of one plan file.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// `kind` (`plan` when not written).
    pub kind: String,
    /// Who it is about, when the file says enough to tell.
    pub person: Option<String>,
    /// `dates.created`, read (和暦 too).
    pub created: Option<time::Date>,
    /// `dates.monitoring_from`.
    pub monitoring_from: Option<Month>,
    /// `dates.monitoring_every_months`.
    pub every_months: Option<u32>,
    /// `dates.monitored_on` (monitoring reports).
    pub monitored_on: Option<Month>,
    /// `certificates.valid_until`.
    pub valid_until: Option<Month>,
    /// For a monitoring report, the entry of the plan its `monitoring.plan`
    /// names (set by the caller, who knows where the files are): a report
    /// that does not repeat the person's numbers is theirs through it.
    pub follows: Option<usize>,
}

fn text<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    let mut v = v;
    for key in path {
        v = v.get(key)?;
    }
    v.as_str().map(str::trim).filter(|s| !s.is_empty())
}

/// A value written as a number or as digits in quotes.
fn number(v: &Value, path: &[&str]) -> Option<u32> {
    let mut v = v;
    for key in path {
        v = v.get(key)?;
    }
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

impl Entry {
    /// What the due rules need of a plan file's value.
    pub fn of(value: &Value) -> Entry {
        let welfare = text(value, &["certificates", "welfare_number"]);
        let day = text(value, &["certificates", "day_service_number"]);
        let reading = text(value, &["person", "name_reading"]);
        let birth = text(value, &["person", "birth_date"]);
        // Numbers are compared without spaces or hyphens, readings without
        // spaces: the same person typed twice must be one person.
        let compact =
            |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect() };
        let person = match (welfare, day, reading, birth) {
            (Some(w), _, _, _) => Some(format!("welfare:{}", compact(w))),
            (None, Some(d), _, _) => Some(format!("day:{}", compact(d))),
            (None, None, Some(r), Some(b)) => Some(format!("name:{}:{b}", compact(r))),
            _ => None,
        };
        Entry {
            kind: text(value, &["kind"]).unwrap_or("plan").to_string(),
            person,
            created: text(value, &["dates", "created"])
                .and_then(|s| crate::plan::Date(s.to_string()).parse()),
            monitoring_from: text(value, &["dates", "monitoring_from"]).and_then(Month::parse),
            every_months: number(value, &["dates", "monitoring_every_months"]).filter(|&n| n > 0),
            monitored_on: text(value, &["dates", "monitored_on"]).and_then(Month::parse),
            valid_until: text(value, &["certificates", "valid_until"]).and_then(Month::parse),
            follows: None,
        }
    }

    /// The path a monitoring report's `monitoring.plan` gives, as written.
    pub fn monitored_plan(value: &Value) -> Option<&str> {
        text(value, &["monitoring", "plan"])
    }

    fn is_plan(&self) -> bool {
        self.kind != "monitoring"
    }

    /// A 本計画, not a draft: a renewal being drafted does not replace the
    /// plan in force.
    fn is_final(&self) -> bool {
        self.kind != "monitoring" && self.kind != "plan-draft"
    }
}

/// The plan that counts for each person among the plans `include`
/// accepts: their latest 本計画 by `dates.created` (a draft only when they
/// have no 本計画), the later file winning a tie, as a copy made to renew.
/// A plan whose file does not say who it is about is a person of its own
/// (keyed `file:INDEX`). Keys are the entries' [`Entry::person`].
pub fn latest_plans(entries: &[Entry], include: impl Fn(&Entry) -> bool) -> HashMap<String, usize> {
    let mut latest: HashMap<String, usize> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if !e.is_plan() || !include(e) {
            continue;
        }
        let who = e.person.clone().unwrap_or_else(|| format!("file:{i}"));
        let rank = |e: &Entry| (e.is_final(), e.created);
        let newer = latest.get(&who).is_none_or(|&j| rank(&entries[j]) <= rank(e));
        if newer {
            latest.insert(who, i);
        }
    }
    latest
}

/// What is due for one plan file of a caseload.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Due {
    /// The earliest monitoring month of the person's latest plan not yet
    /// covered by a monitoring report (it may be past: then it is late).
    /// None for monitoring reports, for plans a later plan replaced, and
    /// for plans without a monitoring schedule.
    pub next_monitoring: Option<Month>,
    /// Every scheduled monitoring month up to the month asked about (that
    /// month included) with no monitoring report: the earlier ones are late.
    pub pending: Vec<Month>,
    /// The end of the certificate period, for the person's latest plan.
    pub valid_until: Option<Month>,
    /// Whether this is the latest plan of its person (or of a person the
    /// file does not identify).
    pub latest: bool,
}

/// Where a plan's certificate period stands in a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Certificate {
    /// It ends within [`ENDING_MONTHS`] months (this month included): the
    /// plan must be renewed.
    Ending,
    /// It has ended and no later plan replaced this one.
    Ended,
}

/// How many months ahead a certificate period's end is shown as near.
pub const ENDING_MONTHS: u32 = 3;

impl Due {
    /// Whether a monitoring is scheduled in `at` and not yet done.
    pub fn due_in(&self, at: Month) -> bool {
        self.pending.contains(&at)
    }

    /// The monitoring months before `at` with no report: late.
    pub fn late(&self, at: Month) -> impl Iterator<Item = Month> + '_ {
        self.pending.iter().copied().filter(move |m| *m < at)
    }

    /// Where the certificate period stands in `at`, when it needs doing
    /// something about.
    pub fn certificate(&self, at: Month) -> Option<Certificate> {
        let end = self.valid_until?;
        if end < at {
            Some(Certificate::Ended)
        } else if end <= at.plus(ENDING_MONTHS) {
            Some(Certificate::Ending)
        } else {
            None
        }
    }
}

/// How far ahead the monitoring months are searched: a plan monitored
/// monthly for 50 years still ends.
const HORIZON_MONTHS: u32 = 600;

/// What is due for each of `entries` (in the same order), in month `at`.
pub fn due(entries: &[Entry], at: Month) -> Vec<Due> {
    let latest = latest_plans(entries, |_| true);
    let mut done: HashMap<&str, BTreeSet<Month>> = HashMap::new();
    fn person_of<'a>(entries: &'a [Entry], e: &'a Entry) -> Option<&'a str> {
        e.person.as_deref().or_else(|| e.follows.and_then(|j| entries.get(j)?.person.as_deref()))
    }
    for e in entries.iter().filter(|e| !e.is_plan()) {
        if let (Some(person), Some(m)) = (person_of(entries, e), e.monitored_on) {
            done.entry(person).or_default().insert(m);
        }
    }
    entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            if !e.is_plan() {
                return Due::default();
            }
            let who = e.person.clone().unwrap_or_else(|| format!("file:{i}"));
            let is_latest = latest.get(&who) == Some(&i);
            if !is_latest {
                return Due::default();
            }
            let empty = BTreeSet::new();
            let done = e.person.as_deref().and_then(|p| done.get(p)).unwrap_or(&empty);
            Due {
                next_monitoring: next_monitoring(e, done),
                pending: scheduled(e)
                    .take_while(|m| *m <= at)
                    .filter(|m| !done.contains(m))
                    .collect(),
                valid_until: e.valid_until,
                latest: true,
            }
        })
        .collect()
}

/// The first scheduled month of `plan` without a monitoring in `done`.
fn next_monitoring(plan: &Entry, done: &BTreeSet<Month>) -> Option<Month> {
    scheduled(plan).find(|m| !done.contains(m))
}

/// The monitoring months of `plan`, in order, within the horizon.
fn scheduled(plan: &Entry) -> impl Iterator<Item = Month> {
    let from = plan.monitoring_from;
    let every = plan.every_months.unwrap_or(1);
    (0..)
        .map_while(move |k: u32| Some(from?.plus(k * every)))
        .take_while(move |m| from.is_some_and(|f| f.until(*m) <= i64::from(HORIZON_MONTHS)))
}

/// Sets each monitoring report's [`Entry::follows`] to the entry of the
/// plan its `monitoring.plan` names, a path relative to the report's
/// folder; `paths` are the entries' files, as found.
pub fn link_reports(paths: &[std::path::PathBuf], values: &[&Value], entries: &mut [Entry]) {
    let real = |p: &std::path::Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let reals: Vec<std::path::PathBuf> = paths.iter().map(|p| real(p)).collect();
    for (i, (path, value)) in paths.iter().zip(values).enumerate() {
        let Some(written) = Entry::monitored_plan(value) else { continue };
        let target = real(&path.parent().unwrap_or(std::path::Path::new(".")).join(written));
        entries[i].follows = reals.iter().position(|p| *p == target);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn m(s: &str) -> Month {
        Month::parse(s).unwrap()
    }

    #[test]
    fn months_step_across_years() {
        assert_eq!(m("2026-11").plus(3), m("2027-02"));
        assert_eq!(m("2026-12").plus(1), m("2027-01"));
        assert_eq!(m("2026-01").plus(12), m("2027-01"));
        assert_eq!(m("2026-07-15"), m("2026-07"));
        assert_eq!(m("2026-07").to_string(), "2026-07");
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(Month::parse("来月"), None);
        assert_eq!(m("2026-11").until(m("2027-02")), 3);
    }

    fn plan(number: &str, created: &str, from: &str, every: u32) -> Value {
        json!({"kind": "plan",
               "person": {"name": "架空 太郎", "name_reading": "かくう たろう"},
               "certificates": {"welfare_number": number, "valid_until": "2027-03"},
               "dates": {"created": created, "monitoring_from": from,
                         "monitoring_every_months": every}})
    }

    fn report(number: &str, on: &str) -> Value {
        json!({"kind": "monitoring",
               "certificates": {"welfare_number": number},
               "dates": {"created": on, "monitored_on": on}})
    }

    fn next(values: &[Value]) -> Vec<Option<String>> {
        let entries: Vec<Entry> = values.iter().map(Entry::of).collect();
        due(&entries, m("2026-04"))
            .iter()
            .map(|d| d.next_monitoring.map(|m| m.to_string()))
            .collect()
    }

    #[test]
    fn the_next_monitoring_is_the_first_month_not_yet_done() {
        let p = plan("0000000001", "2026-04-01", "2026-07", 3);
        assert_eq!(next(std::slice::from_ref(&p)), [Some("2026-07".into())]);
        // Done in July: October is next; done in October too: January.
        let july = report("0000000001", "2026-07-20");
        assert_eq!(next(&[p.clone(), july.clone()]), [Some("2026-10".into()), None]);
        let oct = report("0000000001", "2026-10-02");
        assert_eq!(next(&[oct, p.clone(), july]), [None, Some("2027-01".into()), None]);
        // A report in a month that was not scheduled covers nothing: July
        // is still due (late).
        let aug = report("0000000001", "2026-08-03");
        assert_eq!(next(&[p, aug]), [Some("2026-07".into()), None]);
    }

    #[test]
    fn only_the_persons_latest_plan_counts_and_others_reports_do_not() {
        let old = plan("0000000002", "2025-04-01", "2025-07", 6);
        let new = plan("00000-00002", "2026-04-01", "2026-06", 1);
        let someone_else = report("0000000003", "2026-06-10");
        let mine = report("0000000002", "2026-06-30");
        let out = next(&[new, old, someone_else, mine]);
        assert_eq!(out, [Some("2026-07".into()), None, None, None]);
    }

    #[test]
    fn a_report_without_numbers_is_the_persons_through_the_plan_it_follows() {
        let p = plan("0000000005", "2026-04-01", "2026-07", 3);
        let mut r = json!({"kind": "monitoring", "dates": {"monitored_on": "2026-07-09"}});
        let mut entries = vec![Entry::of(&p), Entry::of(&r)];
        assert_eq!(due(&entries, m("2026-04"))[0].next_monitoring, Some(m("2026-07")));
        entries[1].follows = Some(0);
        assert_eq!(due(&entries, m("2026-04"))[0].next_monitoring, Some(m("2026-10")));
        r["monitoring"] = json!({"plan": "../a.yaml"});
        assert_eq!(Entry::monitored_plan(&r), Some("../a.yaml"));
    }

    #[test]
    fn a_person_without_numbers_is_found_by_reading_and_birth_date() {
        let mut a = plan("", "2026-04-01", "2026-05", 1);
        a["person"]["birth_date"] = json!("2001-02-03");
        let mut r = report("", "2026-05-11");
        r["person"] = json!({"name_reading": "かくう　たろう", "birth_date": "2001-02-03"});
        assert_eq!(next(&[a, r]), [Some("2026-06".into()), None]);
    }

    #[test]
    fn a_renewal_being_drafted_does_not_replace_the_plan_in_force() {
        let plan = plan("0000000006", "2026-04-01", "2026-07", 3);
        let mut draft = plan.clone();
        draft["kind"] = json!("plan-draft");
        draft["dates"]["created"] = json!("2027-02-01");
        let entries = [Entry::of(&draft), Entry::of(&plan)];
        let d = due(&entries, m("2026-07"));
        assert!(!d[0].latest && d[1].latest);
        assert_eq!(d[1].pending, [m("2026-07")]);
        // With no 本計画, the draft is the person's plan.
        assert!(due(&entries[..1], m("2026-07"))[0].latest);
    }

    #[test]
    fn plans_made_in_the_japanese_era_are_ordered_by_their_date() {
        // 令和8年 is 2026: after 2025, though 「令」 sorts after 「2」 as text.
        let new = plan("0000000007", "令和8年4月1日", "2026-06", 1);
        let old = plan("0000000007", "2025-12-01", "2026-01", 1);
        let d = due(&[Entry::of(&new), Entry::of(&old)], m("2026-06"));
        assert!(d[0].latest && !d[1].latest);
        let newer = plan("0000000007", "2027-01-10", "2027-02", 1);
        let d = due(&[Entry::of(&new), Entry::of(&newer)], m("2027-02"));
        assert!(!d[0].latest && d[1].latest);
    }

    #[test]
    fn a_plan_without_a_schedule_has_nothing_due_but_its_certificate_end() {
        let mut p = plan("0000000004", "2026-04-01", "", 3);
        p["dates"]["monitoring_every_months"] = json!("三か月");
        let entries = [Entry::of(&p)];
        let d = due(&entries, m("2026-04"));
        assert_eq!(d[0].next_monitoring, None);
        assert_eq!(d[0].valid_until, Some(m("2027-03")));
        assert!(d[0].latest);
    }
}
