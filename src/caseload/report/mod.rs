//! The report of 地域課題 for the (自立支援)協議会, from a whole caseload:
//! how many people, which needed services they cannot use and why, how
//! long that has lasted, by area, and the gaps the specialists named.
//!
//! Anonymous by construction. The figures are counts of what each
//! person's latest plan (and its monitoring reports) says, never names,
//! numbers or birth dates; a service kind is reported only by its
//! catalogue name, an area or an office only by a name no person's name is
//! in. The only words taken from plans are `community_issues` marked
//! `share: true`, and a quote holding a name the caseload knows, a number
//! or the date of a day is dropped. A count under the threshold is never
//! printed as a number, and never left to be worked out from a total: the
//! small ones are put together until they are not small ([`fold`]), or
//! more are hidden ([`protect`]).

mod document;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::caseload::agenda::{Caseload, text_at};
use crate::caseload::due::{Entry, Month, latest_plans};
use crate::plan::{Topic, UnmetReason};

pub use document::{csv, csv_cell, pdf_job};

/// What the report covers and how it protects people.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// First month of the period: plans whose certificate period ended
    /// before it do not count, reports before it are not read.
    pub from: Option<Month>,
    /// Last month of the period: plans made after it do not count.
    pub to: Option<Month>,
    /// The month how long a service has been unusable is counted up to:
    /// `to`, or this month.
    pub as_of: Month,
    /// Counts under this are not shown (3 by default).
    pub min_count: u32,
}

/// A count as published: the number, or hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Shown.
    Shown(u32),
    /// 1 to the threshold − 1: 「3未満」.
    Under,
    /// Hidden so that no hidden count can be worked out from a total:
    /// 「非公表」.
    Withheld,
}

impl Count {
    /// The number, when shown.
    pub fn shown(self) -> Option<u32> {
        match self {
            Count::Shown(n) => Some(n),
            _ => None,
        }
    }

    fn of(n: u32, k: u32) -> Count {
        if n == 0 || n >= k { Count::Shown(n) } else { Count::Under }
    }
}

impl Serialize for Count {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.shown().serialize(s)
    }
}

/// The report's figures.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The period asked for.
    pub from: Option<Month>,
    /// The period asked for.
    pub to: Option<Month>,
    /// The month the months unusable are counted up to.
    pub as_of: Month,
    /// Counts under this are hidden.
    pub threshold: u32,
    /// The offices whose plans were read (by `office.name`).
    pub offices: Vec<String>,
    /// Plans counted (one per person: hidden with the people).
    pub plans_read: Count,
    /// Monitoring reports of them read (hidden with the people).
    pub reports_read: Count,
    /// People counted (each once).
    pub people: Count,
    /// Of them, children (障害児支援利用計画).
    pub children: Count,
    /// Of them, adults.
    pub adults: Count,
    /// Of them, people with a needed service they cannot use.
    pub unmet_people: Count,
    /// People by area.
    pub areas: Vec<AreaRow>,
    /// Services needed but not usable, by kind, with the reasons.
    pub unmet: Vec<UnmetRow>,
    /// Why, across all services: people per reason (a person with two
    /// reasons counts in both); reasons with few people together (None).
    pub reasons: Vec<ReasonRow>,
    /// How long services have been unusable, in bands of months.
    pub waiting: Vec<WaitRow>,
    /// 地域課題 by topic, with the words that may be quoted.
    pub issues: Vec<IssueRow>,
    /// What was not used, and why.
    pub left_out: LeftOut,
}

/// People of one area.
#[derive(Debug, Clone, Serialize)]
pub struct AreaRow {
    /// The area as the plans write it; None: the others together (areas
    /// with few people, and plans without an area).
    pub area: Option<String>,
    /// People living there.
    pub people: Count,
}

/// People who need a kind of service and cannot use it.
#[derive(Debug, Clone, Serialize)]
pub struct UnmetRow {
    /// The catalogue name (短期入所); None: other services together (not in
    /// the catalogue, or with few people).
    pub kind: Option<String>,
    /// How many people.
    pub people: Count,
    /// The median months it has been unusable, when at least
    /// [`MEDIAN_MIN`] of them say since when.
    pub median_months_waited: Option<f64>,
    /// Why, each reason with enough people; the rest together (None).
    pub reasons: Vec<ReasonRow>,
}

/// People of one kind who cannot use it for one reason.
#[derive(Debug, Clone, Serialize)]
pub struct ReasonRow {
    /// Why; None: the other reasons together.
    pub reason: Option<UnmetReason>,
    /// How many people.
    pub people: Count,
    /// The median months, as for the kind.
    pub median_months_waited: Option<f64>,
}

/// Services unusable for a number of months in a band.
#[derive(Debug, Clone, Serialize)]
pub struct WaitRow {
    /// The band's first month count.
    pub from_months: u32,
    /// Its last (None: and longer).
    pub to_months: Option<u32>,
    /// Services (a person with two counts twice).
    pub services: Count,
}

/// 地域課題 of one topic.
#[derive(Debug, Clone, Serialize)]
pub struct IssueRow {
    /// The topic.
    pub topic: Topic,
    /// How many people's plans name it (a person may name several).
    pub people: Count,
    /// The words shared for quoting, each once.
    pub quotes: Vec<String>,
}

/// What the report did not use, or put together.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LeftOut {
    /// Files that could not be read.
    pub unreadable_files: usize,
    /// Plans replaced by a later plan of the same person, made after the
    /// period, or not in force in it.
    pub plans_not_counted: usize,
    /// 地域課題 not marked `share: true`: counted, not quoted.
    pub issues_not_shared: usize,
    /// Shared words not quoted because they name a person.
    pub quotes_with_names: usize,
    /// Shared words not quoted because they hold a number or a date.
    pub quotes_with_numbers: usize,
    /// Shared words not quoted because their topic's count is hidden.
    pub quotes_of_hidden_topics: usize,
    /// Areas with few people, put together.
    pub areas_put_together: usize,
    /// Kinds of service with few people, put together.
    pub kinds_put_together: usize,
}

/// A median is printed only of at least this many people: of three, a
/// reader who knows two of them learns the third's month.
pub const MEDIAN_MIN: usize = 5;

/// The catalogue's services: a kind is reported by one of these names or
/// as "another service", never as written (it may hold a name).
const SERVICES: &[&str] = &[
    "居宅介護",
    "重度訪問介護",
    "同行援護",
    "行動援護",
    "重度障害者等包括支援",
    "短期入所",
    "療養介護",
    "生活介護",
    "施設入所支援",
    "自立訓練",
    "就労移行支援",
    "就労継続支援A型",
    "就労継続支援B型",
    "就労定着支援",
    "就労選択支援",
    "共同生活援助",
    "自立生活援助",
    "地域移行支援",
    "地域定着支援",
    "移動支援",
    "日中一時支援",
    "地域活動支援センター",
    "児童発達支援",
    "放課後等デイサービス",
    "保育所等訪問支援",
    "居宅訪問型児童発達支援",
    "計画相談支援",
    "訪問看護",
    "補装具",
];

/// The catalogue name of a service kind as written, if it names one
/// (グループホーム → 共同生活援助).
pub fn catalogue_kind(kind: &str) -> Option<&'static str> {
    // 就労継続支援Ｂ型 is 就労継続支援B型; 居宅介護（通院等介助） is 居宅介護,
    // though 通院等介助 is a longer glossary word: only services match.
    let compact: String = kind
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect();
    crate::japanese::glossary::names()
        .filter(|n| compact.contains(n))
        .filter_map(|n| {
            let term = crate::japanese::glossary::find(n)?;
            let service = SERVICES.iter().copied().find(|s| *s == term.term)?;
            Some((n.chars().count(), service))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, service)| service)
}

/// Bands of months unusable.
const WAIT_BANDS: [(u32, Option<u32>); 4] = [(0, Some(2)), (3, Some(5)), (6, Some(11)), (12, None)];

/// What one person counts as.
#[derive(Debug, Default)]
struct Person {
    child: bool,
    area: Option<String>,
    /// Catalogue kind (None: another) → one reason, and the months it has
    /// been unusable when known.
    unmet: BTreeMap<Option<&'static str>, (UnmetReason, Option<u32>)>,
    topics: BTreeSet<Topic>,
}

/// The report of `caseload` for `options`.
pub fn report(caseload: &Caseload, options: &Options) -> Report {
    let k = options.min_count.max(1);
    let entries = caseload.entries();
    let values: Vec<&Value> = caseload.files.iter().map(|f| &f.value).collect();
    let names = Names::of(&values, true);
    // Areas and offices are checked against people's names only: a
    // reading given for an area's own name must not hide it.
    let people_names = Names::of(&values, false);
    let mut left = LeftOut { unreadable_files: caseload.unreadable.len(), ..LeftOut::default() };
    let latest = counted_plans(&entries, options, &mut left);
    let mut people: Vec<Person> = Vec::new();
    let mut quotes: BTreeMap<Topic, BTreeSet<String>> = BTreeMap::new();
    let mut offices: BTreeSet<String> = BTreeSet::new();
    let mut reports_read = 0;
    for &plan in &latest {
        // The plan, then its reports in the period, oldest first: the last
        // that lists needs says what is unmet now.
        let mut docs = vec![plan];
        let mut reports: Vec<usize> = (0..entries.len())
            .filter(|&j| entries[j].kind == "monitoring" && entries[j].follows == Some(plan))
            .filter(|&j| in_period(report_month(&entries[j]), options))
            .collect();
        reports.sort_by(|&a, &b| entries[a].created.cmp(&entries[b].created));
        reports_read += reports.len();
        docs.extend(reports);
        let mut p = Person {
            child: values[plan].pointer("/person/child").and_then(Value::as_bool).unwrap_or(false),
            ..Person::default()
        };
        if let Some(office) = text_at(values[plan], &["office", "name"])
            && !people_names.names_in(office)
        {
            offices.insert(office.to_string());
        }
        for &d in &docs {
            let v = values[d];
            if let Some(area) = text_at(v, &["person", "area"]) {
                p.area = Some(area.to_string());
            }
            if v.get("needs").and_then(Value::as_array).is_some_and(|n| !n.is_empty()) {
                p.unmet = unmet(v, options.as_of);
            }
            for issue in v.get("community_issues").and_then(Value::as_array).into_iter().flatten() {
                let Some(topic) = issue.get("topic").and_then(topic_of) else { continue };
                p.topics.insert(topic);
                let Some(text) = text_at(issue, &["text"]) else { continue };
                if issue.get("share").and_then(Value::as_bool) != Some(true) {
                    left.issues_not_shared += 1;
                    continue;
                }
                match names.quote(text) {
                    Quote::Kept(q) => {
                        quotes.entry(topic).or_default().insert(q);
                    }
                    Quote::Name => left.quotes_with_names += 1,
                    Quote::NumberOrDate => left.quotes_with_numbers += 1,
                }
            }
        }
        // An area that holds a name the caseload knows is not printed.
        if p.area.as_deref().is_some_and(|a| people_names.names_in(a)) {
            p.area = None;
        }
        people.push(p);
    }
    let mut report = figures(&people, quotes, k, options, left);
    report.offices = offices.into_iter().collect();
    // One plan per person: the count of plans is the count of people.
    if report.people.shown().is_some() {
        report.plans_read = Count::Shown(latest.len() as u32);
        report.reports_read = Count::Shown(reports_read as u32);
    }
    report
}

/// The figures of `people`, protected at threshold `k`.
fn figures(
    people: &[Person],
    mut quotes: BTreeMap<Topic, BTreeSet<String>>,
    k: u32,
    options: &Options,
    mut left: LeftOut,
) -> Report {
    let total = people.len() as u32;
    let mut report = Report {
        from: options.from,
        to: options.to,
        as_of: options.as_of,
        threshold: k,
        offices: Vec::new(),
        plans_read: Count::Under,
        reports_read: Count::Under,
        people: Count::of(total, k),
        children: Count::Under,
        adults: Count::Under,
        unmet_people: Count::Under,
        areas: Vec::new(),
        unmet: Vec::new(),
        reasons: Vec::new(),
        waiting: Vec::new(),
        issues: Vec::new(),
        left_out: LeftOut::default(),
    };
    if total == 0 {
        (report.children, report.adults, report.unmet_people) =
            (Count::Shown(0), Count::Shown(0), Count::Shown(0));
    }
    if total < k {
        // Too few people to say anything of them.
        left.quotes_of_hidden_topics += quotes.values().map(BTreeSet::len).sum::<usize>();
        report.left_out = left;
        return report;
    }
    let children = people.iter().filter(|p| p.child).count() as u32;
    let split = protect(&[children, total - children], k);
    (report.children, report.adults) = (split[0], split[1]);
    // Those without an unusable service are the rest of the total: a
    // pair, protected as children and adults are.
    let with_unmet = people.iter().filter(|p| !p.unmet.is_empty()).count() as u32;
    report.unmet_people = protect(&[with_unmet, total - with_unmet], k)[0];

    // Areas: small ones go together with the plans without an area, so
    // every area count shown is k or more and they add up to the total.
    let mut by_area: BTreeMap<Option<&str>, Vec<&Person>> = BTreeMap::new();
    for p in people {
        by_area.entry(p.area.as_deref()).or_default().push(p);
    }
    let groups: Vec<(Option<&str>, Vec<&Person>)> = by_area.into_iter().collect();
    let (named, rest, together) = fold(groups, k, |ps: &Vec<&Person>| ps.len() as u32);
    left.areas_put_together = together;
    // Only how many people: how many of them have an unusable service
    // would, with the area's total, tell how many have none.
    report.areas = named
        .iter()
        .map(|(a, ps)| AreaRow {
            area: a.map(str::to_string),
            people: Count::Shown(ps.len() as u32),
        })
        .collect();
    if !rest.is_empty() {
        report.areas.push(AreaRow { area: None, people: Count::of(rest.len() as u32, k) });
    }

    report.unmet = unmet_rows(people, k, &mut left);
    report.reasons = reason_rows(people, k);

    // How long: fixed bands, whose total is not printed but is not
    // secret either: protected as a group.
    let waits: Vec<u32> =
        people.iter().flat_map(|p| p.unmet.values().filter_map(|u| u.1)).collect();
    if !waits.is_empty() {
        let counts: Vec<u32> = WAIT_BANDS
            .iter()
            .map(|(lo, hi)| {
                waits.iter().filter(|w| *w >= lo && hi.is_none_or(|h| **w <= h)).count() as u32
            })
            .collect();
        report.waiting = WAIT_BANDS
            .iter()
            .zip(protect(&counts, k))
            .map(|((lo, hi), services)| WaitRow { from_months: *lo, to_months: *hi, services })
            .collect();
    }

    // 地域課題 by topic; words only where the count is shown, so the
    // number of quotes cannot tell a hidden count.
    let mut topics: BTreeMap<Topic, u32> = BTreeMap::new();
    for p in people {
        for t in &p.topics {
            *topics.entry(*t).or_default() += 1;
        }
    }
    for t in Topic::ALL {
        // Every topic, none too: a gap no plan names is a figure as well.
        let words = quotes.remove(&t).unwrap_or_default();
        let people = Count::of(topics.get(&t).copied().unwrap_or(0), k);
        let quotes = if people.shown().is_some() {
            words.into_iter().collect()
        } else {
            left.quotes_of_hidden_topics += words.len();
            Vec::new()
        };
        report.issues.push(IssueRow { topic: t, people, quotes });
    }
    // Most people first; hidden counts (1 or more) before topics no one
    // named.
    report.issues.sort_by_key(|r| match r.people {
        Count::Shown(0) => (2, std::cmp::Reverse(0)),
        Count::Shown(n) => (0, std::cmp::Reverse(n)),
        _ => (1, std::cmp::Reverse(0)),
    });
    report.left_out = left;
    report
}

/// Services not usable, by kind, then by reason within each kind. Kinds
/// with fewer than `k` people go together as other services, reasons
/// with fewer than `k` as other reasons ([`fold`]): every count printed
/// is `k` or more, so subtracting one from another gives nothing small.
fn unmet_rows(people: &[Person], k: u32, left: &mut LeftOut) -> Vec<UnmetRow> {
    // (person, reason, months) by kind.
    type Waiting = (usize, UnmetReason, Option<u32>);
    let mut by_kind: BTreeMap<Option<&str>, Vec<Waiting>> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        for (kind, (reason, months)) in &p.unmet {
            by_kind.entry(*kind).or_default().push((i, *reason, *months));
        }
    }
    // Groups are as large as the people in them: a person waiting for two
    // small kinds is one.
    let people_in = |w: &Vec<Waiting>| w.iter().map(|x| x.0).collect::<BTreeSet<_>>().len() as u32;
    let groups: Vec<(Option<&str>, Vec<Waiting>)> = by_kind.into_iter().collect();
    let (named, rest, together) = fold(groups, k, people_in);
    left.kinds_put_together = together;
    let row = |kind: Option<&str>, waiting: &[Waiting]| -> UnmetRow {
        // Other services count people, not services: a person waiting for
        // two of them is one.
        let people: BTreeSet<usize> = waiting.iter().map(|w| w.0).collect();
        let people = Count::of(people.len() as u32, k);
        let mut by_reason: BTreeMap<UnmetReason, Vec<Waiting>> = BTreeMap::new();
        for w in waiting {
            by_reason.entry(w.1).or_default().push(*w);
        }
        let groups: Vec<(Option<UnmetReason>, Vec<Waiting>)> =
            by_reason.into_iter().map(|(r, w)| (Some(r), w)).collect();
        let (shown, others, _) = fold(groups, k, people_in);
        let mut reasons: Vec<ReasonRow> = shown
            .iter()
            .map(|(r, w)| ReasonRow {
                reason: *r,
                people: Count::of(people_in(w), k),
                median_months_waited: median(w),
            })
            .collect();
        reasons.sort_by_key(|r| std::cmp::Reverse(r.people.shown()));
        // A kind whose count is hidden says nothing of its reasons.
        if people.shown().is_some() && !others.is_empty() && !reasons.is_empty() {
            reasons.push(ReasonRow {
                reason: None,
                people: Count::of(people_in(&others), k),
                median_months_waited: median(&others),
            });
        }
        if people.shown().is_none() {
            reasons.clear();
        }
        UnmetRow {
            kind: kind.map(str::to_string),
            people,
            median_months_waited: people.shown().and_then(|_| median(waiting)),
            reasons,
        }
    };
    let mut rows: Vec<UnmetRow> = named.iter().map(|(kind, w)| row(*kind, w)).collect();
    rows.sort_by(|a, b| b.people.shown().cmp(&a.people.shown()).then(a.kind.cmp(&b.kind)));
    if !rest.is_empty() {
        rows.push(row(None, &rest));
    }
    rows
}

/// People per reason across all services, most first; reasons with fewer
/// than `k` people go together ([`fold`]), so each printed count holds
/// `k` or more.
fn reason_rows(people: &[Person], k: u32) -> Vec<ReasonRow> {
    type Waiting = (usize, UnmetReason, Option<u32>);
    let mut by_reason: BTreeMap<UnmetReason, Vec<Waiting>> = BTreeMap::new();
    for (i, p) in people.iter().enumerate() {
        for (reason, months) in p.unmet.values() {
            by_reason.entry(*reason).or_default().push((i, *reason, *months));
        }
    }
    let people_in = |w: &Vec<Waiting>| w.iter().map(|x| x.0).collect::<BTreeSet<_>>().len() as u32;
    let groups: Vec<(Option<UnmetReason>, Vec<Waiting>)> =
        by_reason.into_iter().map(|(r, w)| (Some(r), w)).collect();
    let (named, rest, _) = fold(groups, k, people_in);
    let mut rows: Vec<ReasonRow> = named
        .iter()
        .map(|(r, w)| ReasonRow {
            reason: *r,
            people: Count::of(people_in(w), k),
            median_months_waited: median(w),
        })
        .collect();
    if !rest.is_empty() {
        rows.push(ReasonRow {
            reason: None,
            people: Count::of(people_in(&rest), k),
            median_months_waited: median(&rest),
        });
    }
    rows
}

/// The median months of `waiting` that say since when, when at least
/// [`MEDIAN_MIN`] do.
fn median<T>(waiting: &[(T, UnmetReason, Option<u32>)]) -> Option<f64> {
    let mut v: Vec<u32> = waiting.iter().filter_map(|w| w.2).collect();
    if v.len() < MEDIAN_MIN {
        return None;
    }
    v.sort_unstable();
    let n = v.len();
    Some(if n % 2 == 1 {
        f64::from(v[n / 2])
    } else {
        (f64::from(v[n / 2 - 1]) + f64::from(v[n / 2])) / 2.0
    })
}

/// A group of members under a key (None: the others).
pub type Group<K, M> = (Option<K>, Vec<M>);

/// Groups `(key, members)` whose size (`size`) is under `k` are put
/// together with the group whose key is None, and while that is under
/// `k` (and not empty), the smallest named group joins it: every group
/// left named, and the one put together, is `k` or more (or there is only
/// the one). Returns the named groups (largest first), the members put
/// together, and how many named groups were put together.
pub fn fold<K: Copy + Ord, M: Clone>(
    groups: Vec<Group<K, M>>,
    k: u32,
    size: impl Fn(&Vec<M>) -> u32,
) -> (Vec<Group<K, M>>, Vec<M>, usize) {
    let mut rest: Vec<M> = Vec::new();
    let mut named: Vec<Group<K, M>> = Vec::new();
    let mut together = 0;
    for (key, members) in groups {
        if key.is_none() {
            rest.extend(members);
        } else if size(&members) < k {
            together += 1;
            rest.extend(members);
        } else {
            named.push((key, members));
        }
    }
    named.sort_by(|a, b| size(&b.1).cmp(&size(&a.1)).then(a.0.cmp(&b.0)));
    while !rest.is_empty() && size(&rest) < k {
        let Some((_, members)) = named.pop() else { break };
        together += 1;
        rest.extend(members);
    }
    (named, rest, together)
}

/// Counts of a group whose total is known, protected at threshold `k`:
/// each count from 1 to k − 1 is [`Count::Under`] (0 is shown: it is no
/// one); then, while a hidden count could be worked out from the total
/// and the shown counts (knowing each 「3未満」 is 1 to k − 1 and each
/// 「非公表」 at least k), the smallest shown count is withheld too. When
/// nothing is left to withhold, every hidden count is withheld, which
/// claims nothing of its size. A total under `k` is itself hidden by
/// whoever prints it.
pub fn protect(values: &[u32], k: u32) -> Vec<Count> {
    let total: u32 = values.iter().sum();
    let mut out: Vec<Count> = values.iter().map(|&v| Count::of(v, k)).collect();
    if total < k {
        // The total is not printed either: nothing to subtract from.
        return out;
    }
    loop {
        if !recoverable(&out, values, k, total) {
            return out;
        }
        let smallest = (0..values.len())
            .filter(|&i| matches!(out[i], Count::Shown(n) if n > 0))
            .min_by_key(|&i| (values[i], i));
        match smallest {
            Some(i) => out[i] = Count::Withheld,
            None => {
                for c in out.iter_mut().filter(|c| c.shown().is_none()) {
                    *c = Count::Withheld;
                }
                // Withheld as a whole, the hidden ones claim nothing each;
                // if that still pins one, nothing of the group is shown.
                if recoverable(&out, values, k, total) {
                    out.fill(Count::Withheld);
                }
                return out;
            }
        }
    }
}

/// Whether some hidden count of a group is pinned to one value by the
/// total and the bounds a reader knows.
fn recoverable(out: &[Count], values: &[u32], k: u32, total: u32) -> bool {
    let hidden: Vec<usize> = (0..out.len()).filter(|&i| out[i].shown().is_none()).collect();
    if hidden.is_empty() {
        return false;
    }
    let any_under = out.contains(&Count::Under);
    let bounds = |c: Count| -> (i64, i64) {
        match c {
            Count::Under => (1, i64::from(k) - 1),
            // With no 「3未満」 beside it, a withheld count may be any size.
            Count::Withheld if !any_under => (0, i64::from(total)),
            _ => (i64::from(k), i64::from(total)),
        }
    };
    let rest: i64 = hidden.iter().map(|&i| i64::from(values[i])).sum();
    hidden.iter().any(|&i| {
        let (lo, hi) = bounds(out[i]);
        let others_lo: i64 = hidden.iter().filter(|&&j| j != i).map(|&j| bounds(out[j]).0).sum();
        let others_hi: i64 = hidden.iter().filter(|&&j| j != i).map(|&j| bounds(out[j]).1).sum();
        let min = lo.max(rest - others_hi);
        let max = hi.min(rest - others_lo);
        min >= max
    })
}

/// The plan that counts for each person in the period (the caseload's
/// rule, [`latest_plans`]), in caseload order: of the plans made by the
/// period's end, and not if its certificate period ended before the
/// period began.
fn counted_plans(entries: &[Entry], options: &Options, left: &mut LeftOut) -> Vec<usize> {
    let made_by_end = |e: &Entry| match (options.to, e.created) {
        (Some(to), Some(made)) => Month::of(made) <= to,
        _ => true,
    };
    let mut out: Vec<usize> = latest_plans(entries, made_by_end)
        .into_values()
        .filter(|&i| match (options.from, entries[i].valid_until) {
            (Some(from), Some(end)) => end >= from,
            _ => true,
        })
        .collect();
    let plans = entries.iter().filter(|e| e.kind != "monitoring").count();
    left.plans_not_counted = plans - out.len();
    out.sort_unstable();
    out
}

fn report_month(e: &Entry) -> Option<Month> {
    e.monitored_on.or_else(|| e.created.map(Month::of))
}

fn in_period(m: Option<Month>, options: &Options) -> bool {
    let Some(m) = m else { return true };
    options.from.is_none_or(|f| m >= f) && options.to.is_none_or(|t| m <= t)
}

fn topic_of(v: &Value) -> Option<Topic> {
    serde_json::from_value(v.clone()).ok()
}

/// Each needed service a plan's value says is not usable, by catalogue
/// kind, with its reason and the months unusable up to `as_of` when it
/// says since when. A person counts once per kind: where one kind is
/// unmet twice, the longer-lasting (then the first) is kept.
fn unmet(v: &Value, as_of: Month) -> BTreeMap<Option<&'static str>, (UnmetReason, Option<u32>)> {
    let mut out: BTreeMap<Option<&'static str>, (UnmetReason, Option<u32>)> = BTreeMap::new();
    let needs = v.get("needs").and_then(Value::as_array).into_iter().flatten();
    for s in needs.flat_map(|n| n.get("services").and_then(Value::as_array).into_iter().flatten()) {
        let Some(u) = s.get("unmet").filter(|u| u.is_object()) else { continue };
        let Some(reason) = u.get("reason").and_then(|r| serde_json::from_value(r.clone()).ok())
        else {
            continue;
        };
        let kind = text_at(s, &["kind"]).and_then(catalogue_kind);
        let months = text_at(u, &["since"])
            .and_then(Month::parse)
            .map(|since| since.until(as_of).max(0) as u32);
        match out.get(&kind) {
            Some((_, m)) if *m >= months => {}
            _ => {
                out.insert(kind, (reason, months));
            }
        }
    }
    out
}

/// Whether a shared quote may be printed.
#[derive(Debug, PartialEq, Eq)]
pub enum Quote {
    /// It may, as written (trimmed).
    Kept(String),
    /// It names someone the caseload knows: it is about one person.
    Name,
    /// It holds a number (a phone or certificate number) or the date of a
    /// day (a birth date in any writing).
    NumberOrDate,
}

/// Every name and number the caseload knows.
#[derive(Debug)]
pub struct Names {
    /// Names without spaces, searched for at once.
    names: aho_corasick::AhoCorasick,
    /// Certificate numbers and phone numbers, digits only.
    numbers: Vec<String>,
}

/// Words after a name that make even one character of it a name.
const HONORIFICS: &[&str] = &["さん", "くん", "君", "ちゃん", "様", "さま", "氏", "先生"];

impl Names {
    /// The names (people, family, supporters, planners, contacts, and with
    /// `readings` the words given readings) and numbers in `values`.
    pub fn of(values: &[&Value], readings: bool) -> Names {
        let mut names: BTreeSet<String> = BTreeSet::new();
        let mut numbers: BTreeSet<String> = BTreeSet::new();
        // 「近所の田中さん」: the word before an honorific is a name.
        let embedded = |s: &str, names: &mut BTreeSet<String>| {
            for (at, _) in HONORIFICS.iter().flat_map(|h| s.match_indices(h)) {
                let before: Vec<char> = s[..at].chars().collect();
                // One script: 「近所の田中」 gives 田中, not 近所の田中.
                let Some(&last) = before.last() else { continue };
                let name: String = before
                    .iter()
                    .rev()
                    .take_while(|c| script(**c).is_some() && script(**c) == script(last))
                    .take(6)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                if name.chars().count() >= 2 {
                    names.insert(name.clone());
                }
                for h in HONORIFICS {
                    names.insert(format!("{name}{h}"));
                }
            }
        };
        let add = |s: &str, names: &mut BTreeSet<String>| {
            let s = &fold_text(s);
            embedded(s, names);
            let parts: Vec<&str> = s
                .split(|c: char| c.is_whitespace() || "（）()、".contains(c))
                .filter(|p| !p.is_empty())
                .collect();
            let whole: String = parts.concat();
            let whole = strip_honorific(&whole);
            if whole.chars().count() >= 2 {
                names.insert(whole.to_string());
            }
            for part in parts {
                let part = strip_honorific(part);
                if part.chars().count() >= 2 {
                    names.insert(part.to_string());
                }
                // One character is a name only before an honorific (森さん).
                for h in HONORIFICS {
                    names.insert(format!("{part}{h}"));
                }
            }
        };
        for v in values {
            for path in [
                &["person", "name"][..],
                &["person", "name_reading"],
                &["person", "called"],
                &["person", "guardian", "name"],
                &["person", "guardian", "name_reading"],
                &["office", "planner"],
                &["office", "planner_reading"],
            ] {
                if let Some(s) = text_at(v, path) {
                    add(s, &mut names);
                }
            }
            for s in v.get("supporters").and_then(Value::as_array).into_iter().flatten() {
                if let Some(n) = text_at(s, &["name"]) {
                    add(n, &mut names);
                }
            }
            if let Some(Value::Object(r)) = v.get("readings").filter(|_| readings) {
                for (word, reading) in r {
                    add(word, &mut names);
                    if let Some(reading) = reading.as_str() {
                        add(reading, &mut names);
                    }
                }
            }
            for path in [
                &["certificates", "welfare_number"][..],
                &["certificates", "community_number"],
                &["certificates", "day_service_number"],
                &["office", "phone"],
            ] {
                if let Some(v) = v.pointer(&format!("/{}", path.join("/"))) {
                    let s = match v {
                        Value::Number(n) => n.to_string(),
                        Value::String(s) => s.clone(),
                        _ => continue,
                    };
                    numbers.insert(digits(&s));
                }
            }
            // Contacts: 「加藤 06-0000-1111」 is a name and a number; an
            // informal helper is often named by its kind (祖母（小林 芳子）).
            let needs = v.get("needs").and_then(Value::as_array).into_iter().flatten();
            for s in needs
                .flat_map(|n| n.get("services").and_then(Value::as_array).into_iter().flatten())
            {
                // An informal helper's kind is a word (祖母, 家族), but may
                // hold a name: 祖母（小林 芳子）, 佐藤さん（近所）.
                let informal = s.get("formal").and_then(Value::as_bool) == Some(false);
                for key in ["kind", "provider"] {
                    let Some(text) = text_at(s, &[key]).filter(|_| informal) else { continue };
                    let text = fold_text(text);
                    embedded(&text, &mut names);
                    for inside in text.split(['（', '(']).skip(1) {
                        let inside = inside.split(['）', ')']).next().unwrap_or_default();
                        // A full name is written with a space; 「近所」 is not one.
                        if inside.trim().contains(char::is_whitespace) {
                            add(inside, &mut names);
                        }
                    }
                }
                if let Some(c) = text_at(s, &["contact"]) {
                    numbers.insert(digits(c));
                    let words: String = c
                        .chars()
                        .map(|ch| if ch.is_ascii_digit() || ch == '-' { ' ' } else { ch })
                        .collect();
                    add(&words, &mut names);
                }
            }
        }
        numbers.retain(|n| n.len() >= 4);
        let names = aho_corasick::AhoCorasick::new(names).expect("names make an automaton");
        Names { names, numbers: numbers.into_iter().collect() }
    }

    /// Whether `text` may be quoted: not when it holds a name the
    /// caseload knows (in any spacing), a known number, a long number or
    /// the date of a day. Such a quote is dropped, not mended: 「○○さんの
    /// ように」 still points at one person.
    pub fn quote(&self, text: &str) -> Quote {
        let normal = fold_text(text);
        let spaceless: String = normal.chars().filter(|c| !c.is_whitespace()).collect();
        if has_day_date(&spaceless) || has_number(&normal, &self.numbers) {
            return Quote::NumberOrDate;
        }
        if self.names_in(&normal) {
            return Quote::Name;
        }
        Quote::Kept(text.trim().to_string())
    }

    /// Whether `text` holds a known name, spaces aside (「佐藤　健太」 and
    /// 「佐藤健太」 are one name).
    pub fn names_in(&self, text: &str) -> bool {
        let compact: String = fold_text(text).chars().filter(|c| !c.is_whitespace()).collect();
        self.names.is_match(&compact)
    }
}

fn strip_honorific(s: &str) -> &str {
    HONORIFICS.iter().find_map(|h| s.strip_suffix(h)).unwrap_or(s)
}

fn half_width_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        c => c,
    }
}

/// `s` as names and quotes are compared: full-width letters and digits as
/// ASCII, katakana as hiragana (タナカ is たなか), Latin letters lower case.
fn fold_text(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The script of a character a name may be written in (kanji with 々,
/// hiragana, katakana, Latin letters), or None.
fn script(c: char) -> Option<u8> {
    match c {
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{20000}'..='\u{2FFFF}' | '々' => {
            Some(0)
        }
        '\u{3041}'..='\u{309F}' => Some(1),
        '\u{30A0}'..='\u{30FF}' => Some(2),
        c if c.is_ascii_alphabetic() => Some(3),
        _ => None,
    }
}

fn digits(s: &str) -> String {
    s.chars().map(half_width_digit).filter(char::is_ascii_digit).collect()
}

/// Whether `s` holds a known number, or a run of 7 or more digits (with
/// hyphens or spaces between them): a phone or certificate number.
fn has_number(s: &str, known: &[String]) -> bool {
    let mut runs: Vec<String> = vec![String::new()];
    let chars: Vec<char> = s.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            runs.last_mut().expect("never empty").push(*c);
        } else {
            let between =
                matches!(c, '-' | '‐' | '－' | 'ー' | ' ' | '　' | '(' | ')' | '（' | '）')
                    && i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !between {
                runs.push(String::new());
            }
        }
    }
    runs.iter().any(|r| r.len() >= 7 || known.iter().any(|k| r.contains(k.as_str())))
}

/// Whether `s` (without spaces) writes the date of a day, with or
/// without its year: 2001-02-03, 2001/2/3, 13年2月3日 (平成13年2月3日, 元年5月1日),
/// 2月3日, 二月三日, H13.2.3. A month alone (2026年4月) is no one's.
fn has_day_date(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let digit = |c: char| c.is_ascii_digit() || "〇一二三四五六七八九十元".contains(c);
    let number = |i: usize| -> usize {
        chars[i.min(chars.len())..].iter().take_while(|c| digit(**c)).count()
    };
    for i in 0..chars.len() {
        if i > 0 && digit(chars[i - 1]) {
            continue;
        }
        let a = number(i);
        if a == 0 {
            continue;
        }
        let j = i + a;
        match chars.get(j) {
            // 2月3日, 13年2月3日
            Some('月') => {
                let d = number(j + 1);
                if d > 0 && chars.get(j + 1 + d) == Some(&'日') {
                    return true;
                }
            }
            // 2001-02-03, 2001/2/3, H13.2.3
            Some(&sep @ ('-' | '/' | '.')) => {
                let b = number(j + 1);
                if b > 0 && chars.get(j + 1 + b) == Some(&sep) && number(j + 2 + b) > 0 {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn counts(v: &[Count]) -> Vec<Option<u32>> {
        v.iter().map(|c| c.shown()).collect()
    }

    #[test]
    fn a_small_count_with_a_total_takes_another_with_it() {
        // 2 children of 52: the adults would give them back.
        assert_eq!(protect(&[2, 50], 3), [Count::Under, Count::Withheld]);
        // Nothing small: all shown; 0 is no one, and shown.
        assert_eq!(counts(&protect(&[5, 0, 3], 3)), [Some(5), Some(0), Some(3)]);
        // Two small ones of 12 with 10 shown leave 2 for both: each is 1.
        // The 10 is withheld too.
        assert_eq!(protect(&[1, 1, 10], 3), [Count::Under, Count::Under, Count::Withheld]);
        // 2 + 1 with 9 shown: 3 for two counts of 1 or 2 could be 1+2 or
        // 2+1.
        assert_eq!(counts(&protect(&[2, 1, 9], 3)), [None, None, Some(9)]);
        // 2 and 2 and nothing else: all withheld, claiming nothing.
        assert_eq!(protect(&[2, 2], 3), [Count::Withheld, Count::Withheld]);
    }

    #[test]
    fn a_median_needs_five_people_who_say_since_when() {
        let w = |m: &[Option<u32>]| -> Vec<((), UnmetReason, Option<u32>)> {
            m.iter().map(|m| ((), UnmetReason::Full, *m)).collect()
        };
        assert_eq!(median(&w(&[Some(3), Some(9), Some(1), None, Some(4)])), None);
        assert_eq!(median(&w(&[Some(3), Some(9), Some(1), Some(7), Some(4)])), Some(4.0));
        assert_eq!(median(&w(&[Some(3), Some(9), Some(1), Some(7), Some(4), Some(8)])), Some(5.5));
    }

    #[test]
    fn small_groups_go_together_until_they_are_not_small() {
        let g = |v: &[(Option<u8>, u32)]| -> Vec<(Option<u8>, Vec<u32>)> {
            v.iter().map(|(k, n)| (*k, vec![0; *n as usize])).collect()
        };
        let size = |m: &Vec<u32>| m.len() as u32;
        // 1 and 2 go together: 3.
        let (named, rest, together) = fold(g(&[(Some(1), 5), (Some(2), 1), (Some(3), 2)]), 3, size);
        assert_eq!((named.len(), rest.len(), together), (1, 3, 2));
        // 1 alone is too few: the smallest named group joins it.
        let (named, rest, together) = fold(g(&[(Some(1), 5), (Some(2), 4), (None, 1)]), 3, size);
        assert_eq!((named[0].0, rest.len(), together), (Some(1), 5, 1));
    }

    #[test]
    fn no_hidden_count_can_be_worked_out_from_its_group() {
        // Every small group: try each way the hidden counts could be and
        // check more than one fits what is printed.
        let k = 3;
        for a in 0..7u32 {
            for b in 0..7u32 {
                for c in 0..7u32 {
                    let v = [a, b, c];
                    let p = protect(&v, k);
                    let total: u32 = v.iter().sum();
                    // A total under k is not printed, so gives nothing.
                    if total < k {
                        assert_eq!(p, v.map(|n| Count::of(n, k)), "{v:?}");
                        continue;
                    }
                    for i in 0..3 {
                        if p[i].shown().is_some() {
                            continue;
                        }
                        let fits = |x: u32| -> bool {
                            // Some values of the others fit the labels and the total.
                            let ok = |j: usize, y: u32| match p[j] {
                                Count::Shown(n) => y == n,
                                Count::Under => (1..k).contains(&y),
                                Count::Withheld => !p.contains(&Count::Under) || y >= k,
                            };
                            if !ok(i, x) {
                                return false;
                            }
                            let others: Vec<usize> = (0..3).filter(|&j| j != i).collect();
                            (0..=total).any(|y| {
                                let z = total as i64 - x as i64 - y as i64;
                                z >= 0 && ok(others[0], y) && ok(others[1], z as u32)
                            })
                        };
                        let possible = (0..=total).filter(|&x| fits(x)).count();
                        assert!(possible > 1, "{v:?} → {p:?}: cell {i} is pinned");
                    }
                }
            }
        }
    }

    #[test]
    fn a_quote_naming_someone_or_holding_a_number_or_date_is_not_printed() {
        let v = json!({
            "person": {"name": "森 一郎", "name_reading": "もり いちろう", "called": "いっちゃん"},
            "office": {"planner": "高橋　良子"},
            "supporters": [{"name": "姉 森 さくら"}, {"name": "近所の田中さん"}],
            "certificates": {"welfare_number": "0000012345"},
            "needs": [{"services": [
                {"kind": "佐藤さん（近所）", "formal": false},
                {"kind": "祖母（小林 芳子）", "formal": false},
                {"kind": "家族", "formal": false},
            ]}],
        });
        let names = Names::of(&[&v], true);
        let q = |t: &str| names.quote(t);
        assert_eq!(
            q(" 休日の移動支援が足りない。"),
            Quote::Kept("休日の移動支援が足りない。".into())
        );
        for named in [
            "森一郎さんは送迎がない。",
            "森　一郎 の送迎",
            "高橋良子が調整した",
            "一郎が困っている",
            "森さんの姉",
            "いっちゃんは",
            "さくらさん",
            "田中が迎えに来る",
            "イチロウが来る",
            "佐藤さんの手伝い",
        ] {
            assert_eq!(q(named), Quote::Name, "{named}");
        }
        // 森 alone is a word (a forest), not a name; 家族 and 近所 are words
        // an informal helper's kind is written in.
        for kept in ["森の近くに事業所がない", "家族が休めない", "近所に店がない"]
        {
            assert_eq!(q(kept), Quote::Kept(kept.into()), "{kept}");
        }
        assert_eq!(q("芳子さんが高齢"), Quote::Name);
        for numbered in [
            "受給者証 0000012345 の更新",
            "電話 06-0000-1111 で",
            "平成13年2月3日生まれ",
            "2001-02-03 生",
            "Ｈ13.2.3 生",
            "１２３４５６７",
            "3月15日に退院",
            "二月三日生まれ",
            "2001年 2月 3日",
        ] {
            assert_eq!(q(numbered), Quote::NumberOrDate, "{numbered}");
        }
        // A month and a count are not a day.
        assert_eq!(q("2026年4月から3人が待機"), Quote::Kept("2026年4月から3人が待機".into()));
    }

    #[test]
    fn kinds_are_reported_by_their_catalogue_names_only() {
        assert_eq!(catalogue_kind("短期入所（ショートステイ）"), Some("短期入所"));
        assert_eq!(catalogue_kind("グループホーム"), Some("共同生活援助"));
        assert_eq!(catalogue_kind("就労継続支援 B型"), Some("就労継続支援B型"));
        assert_eq!(catalogue_kind("佐藤さん（近所）"), None);
        assert_eq!(catalogue_kind("就労継続支援Ｂ型"), Some("就労継続支援B型"));
        assert_eq!(catalogue_kind("居宅介護（通院等介助）"), Some("居宅介護"));
    }
}
