//! The report of 地域課題 for the (自立支援)協議会, from a whole caseload:
//! how many people, which needed services they cannot use and why, how
//! long they have waited, by area, and the gaps the specialists named.
//!
//! Anonymous by construction. The figures are built from counts of what
//! each person's latest plan (and its monitoring reports) says, never from
//! names, numbers or birth dates; a service kind is reported only by its
//! catalogue name, an area only by a name no person's name is in. The only
//! words taken from plans are `community_issues` marked `share: true`, and
//! from them every name the caseload knows is removed; a quote with a
//! number or a date of a day is dropped. Counts under the threshold are
//! hidden, and where a total could give a hidden count back by
//! subtraction, more are hidden ([`protect`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use serde_json::Value;

use super::agenda::{Caseload, text_at};
use super::due::{Entry, Month};
use crate::plan::{Topic, UnmetReason};

/// What the report covers and how it protects people.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// First month of the period (plans whose certificate period ended
    /// before it do not count; reports before it are not read).
    pub from: Option<Month>,
    /// Last month of the period (plans made after it do not count).
    pub to: Option<Month>,
    /// The month the waiting is counted up to: `to`, or this month.
    pub as_of: Month,
    /// Counts under this are not shown (3 by default).
    pub min_count: u32,
}

/// A count as published: the number, or hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Shown.
    Shown(u32),
    /// Under the threshold: 「3未満」.
    Under,
    /// At or over the threshold, hidden so that no hidden count can be
    /// worked out from a total: 「非公表」.
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
    /// The month the waiting is counted up to.
    pub as_of: Month,
    /// Counts under this are hidden.
    pub threshold: u32,
    /// People counted (each once).
    pub people: Count,
    /// Of them, children (障害児支援利用計画).
    pub children: Count,
    /// Of them, adults.
    pub adults: Count,
    /// People by area, and how many of them wait for a service.
    pub areas: Vec<AreaRow>,
    /// Services needed but not usable, by kind and reason.
    pub unmet: Vec<UnmetRow>,
    /// How long the waiting has lasted, in bands of months.
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
    /// Of them, people with a needed service they cannot use.
    pub unmet_people: Count,
}

/// People who need a kind of service and cannot use it, for one reason.
#[derive(Debug, Clone, Serialize)]
pub struct UnmetRow {
    /// The catalogue name (短期入所); None: a kind not in the catalogue.
    pub kind: Option<String>,
    /// Why.
    pub reason: UnmetReason,
    /// How many people.
    pub people: Count,
    /// The median of how many months they have waited (of those whose
    /// plan says since when), when the count is shown.
    pub median_months_waited: Option<f64>,
}

/// People waiting for a number of months in a band.
#[derive(Debug, Clone, Serialize)]
pub struct WaitRow {
    /// The band's first month count.
    pub from_months: u32,
    /// Its last (None: and longer).
    pub to_months: Option<u32>,
    /// Waits (a person with two services waiting counts twice).
    pub waits: Count,
}

/// 地域課題 of one topic.
#[derive(Debug, Clone, Serialize)]
pub struct IssueRow {
    /// The topic.
    pub topic: Topic,
    /// How many people's plans name it.
    pub people: Count,
    /// The words shared for quoting, names removed, each once.
    pub quotes: Vec<String>,
}

/// What the report did not use.
#[derive(Debug, Clone, Default, Serialize)]
pub struct LeftOut {
    /// Files that could not be read.
    pub unreadable_files: usize,
    /// Plans made after the period, or replaced by a later plan of the
    /// same person, or whose certificate period ended before it.
    pub plans_not_counted: usize,
    /// 地域課題 not marked `share: true`: counted, not quoted.
    pub issues_not_shared: usize,
    /// Quotes from which a name was removed.
    pub quotes_names_removed: usize,
    /// Quotes dropped because they held a number or a date.
    pub quotes_dropped: usize,
    /// Quotes not printed because their topic's count is hidden.
    pub quotes_of_hidden_topics: usize,
    /// Areas with few people, put together.
    pub areas_put_together: usize,
}

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
    let compact: String = kind.chars().filter(|c| !c.is_whitespace()).collect();
    let term = crate::japanese::glossary::names()
        .filter(|n| compact.contains(n))
        .max_by_key(|n| n.chars().count())
        .and_then(crate::japanese::glossary::find)?;
    SERVICES.iter().copied().find(|s| *s == term.term)
}

/// Bands of months waited.
const WAIT_BANDS: [(u32, Option<u32>); 4] = [(0, Some(2)), (3, Some(5)), (6, Some(11)), (12, None)];

/// What one person counts as.
#[derive(Debug, Default)]
struct Person {
    child: bool,
    area: Option<String>,
    /// (kind, reason) → months waited, if known.
    unmet: BTreeMap<(Option<&'static str>, UnmetReason), Option<u32>>,
    topics: BTreeSet<Topic>,
}

/// The report of `caseload` for `options`.
pub fn report(caseload: &Caseload, options: &Options) -> Report {
    let k = options.min_count.max(1);
    let entries = caseload.entries();
    let values: Vec<&Value> = caseload.files.iter().map(|f| &f.value).collect();
    let names = Names::of(&values, true);
    // Areas are checked against people's names only: a reading given for
    // an area's own name must not hide it.
    let people_names = Names::of(&values, false);
    let mut left = LeftOut { unreadable_files: caseload.unreadable.len(), ..LeftOut::default() };
    let latest = latest_plans(&entries, options, &mut left);
    let mut people: Vec<Person> = Vec::new();
    let mut quotes: BTreeMap<Topic, BTreeSet<String>> = BTreeMap::new();
    for plan in latest {
        // The plan, then its reports in the period, oldest first: the last
        // that lists needs says what is unmet now.
        let mut docs = vec![plan];
        let mut reports: Vec<usize> = (0..entries.len())
            .filter(|&j| entries[j].kind == "monitoring" && entries[j].follows == Some(plan))
            .filter(|&j| in_period(report_month(&entries[j]), options))
            .collect();
        reports.sort_by(|&a, &b| entries[a].created.cmp(&entries[b].created));
        docs.extend(reports);
        let mut p = Person {
            child: values[plan].pointer("/person/child").and_then(Value::as_bool).unwrap_or(false),
            ..Person::default()
        };
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
                match names.scrub(text) {
                    Scrubbed::Kept(q) => {
                        quotes.entry(topic).or_default().insert(q);
                    }
                    Scrubbed::NamesRemoved(q) => {
                        left.quotes_names_removed += 1;
                        quotes.entry(topic).or_default().insert(q);
                    }
                    Scrubbed::Dropped => left.quotes_dropped += 1,
                }
            }
        }
        // An area that holds a name the caseload knows is not printed.
        if p.area.as_deref().is_some_and(|a| !matches!(people_names.scrub(a), Scrubbed::Kept(_))) {
            p.area = None;
        }
        people.push(p);
    }
    figures(&people, quotes, k, options, left)
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
        people: if total >= k { Count::Shown(total) } else { Count::Under },
        children: Count::Under,
        adults: Count::Under,
        areas: Vec::new(),
        unmet: Vec::new(),
        waiting: Vec::new(),
        issues: Vec::new(),
        left_out: LeftOut::default(),
    };
    if total < k {
        // Too few people to say anything of them.
        left.quotes_of_hidden_topics += quotes.values().map(BTreeSet::len).sum::<usize>();
        report.left_out = left;
        return report;
    }
    let children = people.iter().filter(|p| p.child).count() as u32;
    let split = protect(&[children, total - children], k);
    (report.children, report.adults) = (split[0], split[1]);

    // Areas: those with fewer than k people go together with the plans
    // without an area, and the group takes the smallest areas until it
    // is k or more: every area count is shown, and they add up to the
    // total without giving anything away.
    let mut by_area: BTreeMap<Option<&str>, (u32, u32)> = BTreeMap::new();
    for p in people {
        let e = by_area.entry(p.area.as_deref()).or_default();
        e.0 += 1;
        e.1 += u32::from(!p.unmet.is_empty());
    }
    let mut named: Vec<(&str, (u32, u32))> =
        by_area.iter().filter_map(|(a, c)| a.map(|a| (a, *c))).collect();
    let mut rest = by_area.get(&None).copied().unwrap_or_default();
    let small = named.iter().filter(|(_, c)| c.0 < k).count();
    left.areas_put_together = small;
    for (_, c) in named.iter().filter(|(_, c)| c.0 < k) {
        rest = (rest.0 + c.0, rest.1 + c.1);
    }
    named.retain(|(_, c)| c.0 >= k);
    named.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    while rest.0 > 0 && rest.0 < k {
        let Some((_, c)) = named.pop() else { break };
        left.areas_put_together += 1;
        rest = (rest.0 + c.0, rest.1 + c.1);
    }
    let shown = |n: u32| if n >= k { Count::Shown(n) } else { Count::Under };
    for (area, (n, unmet)) in &named {
        report.areas.push(AreaRow {
            area: Some(area.to_string()),
            people: shown(*n),
            unmet_people: shown(*unmet),
        });
    }
    if rest.0 > 0 {
        report.areas.push(AreaRow {
            area: None,
            people: shown(rest.0),
            unmet_people: shown(rest.1),
        });
    }

    // Services not usable: rows have no total, so a count is hidden only
    // when it is small.
    let mut unmet: BTreeMap<(Option<&str>, UnmetReason), Vec<Option<u32>>> = BTreeMap::new();
    for p in people {
        for (key, waited) in &p.unmet {
            unmet.entry(*key).or_default().push(*waited);
        }
    }
    let mut rows: Vec<UnmetRow> = unmet
        .into_iter()
        .map(|((kind, reason), waits)| {
            let people = shown(waits.len() as u32);
            let mut months: Vec<u32> = waits.iter().flatten().copied().collect();
            let median =
                (people.shown().is_some() && months.len() as u32 >= k).then(|| median(&mut months));
            UnmetRow {
                kind: kind.map(str::to_string),
                reason,
                people,
                median_months_waited: median,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.people.shown().cmp(&a.people.shown()).then((&a.kind, a.reason).cmp(&(&b.kind, b.reason)))
    });
    report.unmet = rows;

    // How long: the bands add up to the waits with a known start, which
    // the rows above may give: protected as a group with a total.
    let waits: Vec<u32> = people.iter().flat_map(|p| p.unmet.values().flatten().copied()).collect();
    if !waits.is_empty() {
        let counts: Vec<u32> = WAIT_BANDS
            .iter()
            .map(|(lo, hi)| {
                waits.iter().filter(|w| *w >= lo && hi.is_none_or(|h| **w <= h)).count() as u32
            })
            .collect();
        let protected = protect(&counts, k);
        report.waiting = WAIT_BANDS
            .iter()
            .zip(protected)
            .map(|((lo, hi), waits)| WaitRow { from_months: *lo, to_months: *hi, waits })
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
        let Some(n) = topics.get(&t).copied() else {
            left.quotes_of_hidden_topics += quotes.remove(&t).map_or(0, |q| q.len());
            continue;
        };
        let people = shown(n);
        let words = quotes.remove(&t).unwrap_or_default();
        let quotes = if people.shown().is_some() {
            words.into_iter().collect()
        } else {
            left.quotes_of_hidden_topics += words.len();
            Vec::new()
        };
        report.issues.push(IssueRow { topic: t, people, quotes });
    }
    report.issues.sort_by_key(|r| std::cmp::Reverse(r.people.shown()));
    report.left_out = left;
    report
}

fn median(v: &mut [u32]) -> f64 {
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 {
        f64::from(v[n / 2])
    } else {
        (f64::from(v[n / 2 - 1]) + f64::from(v[n / 2])) / 2.0
    }
}

/// Counts of a group whose total is known, protected at threshold `k`:
/// each count under `k` is [`Count::Under`]; then, while a hidden count
/// could be worked out from the total and the shown counts (knowing each
/// 「3未満」 is 0 to k−1 and each 「非公表」 at least k), the smallest shown
/// count is withheld too. When nothing is left to withhold, every hidden
/// count is withheld, which claims nothing of its size. A total under `k`
/// is itself hidden by whoever prints it.
pub fn protect(values: &[u32], k: u32) -> Vec<Count> {
    let total: u32 = values.iter().sum();
    let mut out: Vec<Count> =
        values.iter().map(|&v| if v >= k { Count::Shown(v) } else { Count::Under }).collect();
    if total < k {
        // The total is not printed either: nothing to subtract from.
        return out;
    }
    loop {
        if !recoverable(&out, values, k, total) {
            return out;
        }
        let smallest = (0..values.len())
            .filter(|&i| matches!(out[i], Count::Shown(_)))
            .min_by_key(|&i| (values[i], i));
        match smallest {
            Some(i) => out[i] = Count::Withheld,
            None => {
                out.fill(Count::Withheld);
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
    let bounds = |c: Count| -> (i64, i64) {
        match c {
            Count::Under => (0, i64::from(k) - 1),
            // Withheld where all are: only the group's total bounds it.
            Count::Withheld if out.iter().all(|c| *c == Count::Withheld) => (0, i64::from(total)),
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

/// The latest plan of each person in the period, in caseload order.
fn latest_plans(entries: &[Entry], options: &Options, left: &mut LeftOut) -> Vec<usize> {
    let mut latest: HashMap<String, usize> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut plans = 0;
    for (i, e) in entries.iter().enumerate() {
        if e.kind == "monitoring" {
            continue;
        }
        plans += 1;
        let made = e.created.as_deref().and_then(Month::parse);
        if let (Some(to), Some(made)) = (options.to, made)
            && made > to
        {
            continue;
        }
        // A file that does not say who it is about is a person of its own.
        let who = e.person.clone().unwrap_or_else(|| format!("file:{i}"));
        match latest.get(&who) {
            Some(&j) if entries[j].created > e.created => {}
            Some(_) => {
                latest.insert(who, i);
            }
            None => {
                order.push(who.clone());
                latest.insert(who, i);
            }
        }
    }
    let out: Vec<usize> = order
        .iter()
        .map(|w| latest[w])
        .filter(|&i| match (options.from, entries[i].valid_until) {
            (Some(from), Some(end)) => end >= from,
            _ => true,
        })
        .collect();
    left.plans_not_counted = plans - out.len();
    let mut out = out;
    out.sort_unstable();
    out
}

fn report_month(e: &Entry) -> Option<Month> {
    e.monitored_on.or_else(|| e.created.as_deref().and_then(Month::parse))
}

fn in_period(m: Option<Month>, options: &Options) -> bool {
    let Some(m) = m else { return true };
    options.from.is_none_or(|f| m >= f) && options.to.is_none_or(|t| m <= t)
}

fn topic_of(v: &Value) -> Option<Topic> {
    serde_json::from_value(v.clone()).ok()
}

/// Each needed service a plan's value says is not usable, by catalogue
/// kind and reason, with the months waited up to `as_of` when it says
/// since when (the longest wait where one kind is unmet twice).
fn unmet(v: &Value, as_of: Month) -> BTreeMap<(Option<&'static str>, UnmetReason), Option<u32>> {
    let mut out: BTreeMap<(Option<&'static str>, UnmetReason), Option<u32>> = BTreeMap::new();
    let needs = v.get("needs").and_then(Value::as_array).into_iter().flatten();
    for s in needs.flat_map(|n| n.get("services").and_then(Value::as_array).into_iter().flatten()) {
        let Some(u) = s.get("unmet").filter(|u| u.is_object()) else { continue };
        let Some(reason) = u.get("reason").and_then(|r| serde_json::from_value(r.clone()).ok())
        else {
            continue;
        };
        let kind = text_at(s, &["kind"]).and_then(catalogue_kind);
        let waited = text_at(u, &["since"])
            .and_then(Month::parse)
            .map(|since| since.until(as_of).max(0) as u32);
        let e = out.entry((kind, reason)).or_insert(waited);
        *e = (*e).max(waited);
    }
    out
}

/// What [`Names::scrub`] did to a quote.
#[derive(Debug, PartialEq, Eq)]
pub enum Scrubbed {
    /// Nothing to remove.
    Kept(String),
    /// Names replaced by ○○.
    NamesRemoved(String),
    /// Not quotable: it holds a number or the date of a day.
    Dropped,
}

/// Every name and number the caseload knows.
#[derive(Debug, Default)]
pub struct Names {
    /// Names without spaces, longest first.
    names: Vec<String>,
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
        let add = |s: &str, names: &mut BTreeSet<String>| {
            let parts: Vec<&str> =
                s.split(|c: char| c.is_whitespace()).filter(|p| !p.is_empty()).collect();
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
            // Contacts: 「加藤 06-0000-1111」 is a name and a number.
            let needs = v.get("needs").and_then(Value::as_array).into_iter().flatten();
            for s in needs
                .flat_map(|n| n.get("services").and_then(Value::as_array).into_iter().flatten())
            {
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
        let mut names: Vec<String> = names.into_iter().collect();
        names.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        Names { names, numbers: numbers.into_iter().collect() }
    }

    /// `text` with every known name replaced by ○○ (in any spacing), or
    /// dropped when it holds a known number, a long number or the date of
    /// a day (a birth date in any writing).
    pub fn scrub(&self, text: &str) -> Scrubbed {
        let normal: String = text.chars().map(half_width_digit).collect();
        if has_day_date(&normal) || has_number(&normal, &self.numbers) {
            return Scrubbed::Dropped;
        }
        // Matching ignores spaces: 「佐藤　健太」「佐藤健太」 are one name.
        let chars: Vec<char> = normal.chars().collect();
        let kept: Vec<usize> = (0..chars.len()).filter(|&i| !chars[i].is_whitespace()).collect();
        let compact: Vec<char> = kept.iter().map(|&i| chars[i]).collect();
        let mut hit = vec![false; chars.len()];
        let mut any = false;
        for name in &self.names {
            let n: Vec<char> = name.chars().collect();
            if n.len() > compact.len() {
                continue;
            }
            for start in 0..=compact.len() - n.len() {
                if compact[start..start + n.len()] == n[..] {
                    // From its first character to its last, spaces inside
                    // the name included.
                    hit[kept[start]..=kept[start + n.len() - 1]].fill(true);
                    any = true;
                }
            }
        }
        if !any {
            return Scrubbed::Kept(text.trim().to_string());
        }
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            if hit[i] {
                out.push_str("○○");
                while i < chars.len() && hit[i] {
                    i += 1;
                }
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        Scrubbed::NamesRemoved(out.trim().to_string())
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

/// Whether `s` writes the date of a day: 2001-02-03, 2001/2/3, 13年2月3日
/// (平成13年2月3日, 元年5月1日), H13.2.3.
fn has_day_date(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let number = |i: usize| -> usize {
        let mut j = i;
        while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '元') {
            j += 1;
        }
        j - i
    };
    for i in 0..chars.len() {
        if i > 0 && (chars[i - 1].is_ascii_digit()) {
            continue;
        }
        let a = number(i);
        if a == 0 {
            continue;
        }
        let mut j = i + a;
        let Some(&sep) = chars.get(j) else { continue };
        let second = match sep {
            '年' => Some('月'),
            '-' | '/' | '.' => Some(sep),
            _ => None,
        };
        let Some(second) = second else { continue };
        j += 1;
        let b = number(j);
        if b == 0 || chars.get(j + b) != Some(&second) {
            continue;
        }
        j += b + 1;
        if number(j) > 0 && (sep != '年' || chars.get(j + number(j)) == Some(&'日')) {
            return true;
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
        // Nothing small: all shown.
        assert_eq!(counts(&protect(&[5, 7, 3], 3)), [Some(5), Some(7), Some(3)]);
        // Two small ones that could be 0–2 each: 1 + 1 of a total of 12
        // with 10 shown leaves 2 for both, which could be 0+2, 1+1, 2+0.
        assert_eq!(counts(&protect(&[1, 1, 10], 3)), [None, None, Some(10)]);
        // Both at their largest: 2 + 2 with 4 shown would pin them; one
        // more is withheld.
        let p = protect(&[2, 2, 4, 9], 3);
        assert_eq!(p[0], Count::Under);
        assert_eq!(p[1], Count::Under);
        assert_eq!(p[2], Count::Withheld);
        assert_eq!(p[3], Count::Shown(9));
        // 2 and 2 and nothing else: all withheld, claiming nothing.
        assert_eq!(protect(&[2, 2], 3), [Count::Withheld, Count::Withheld]);
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
                        assert!(p.iter().all(|c| *c == Count::Under), "{v:?} → {p:?}");
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
                                Count::Under => y < k,
                                Count::Withheld => {
                                    p.iter().all(|c| *c == Count::Withheld) || y >= k
                                }
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
    fn names_go_in_any_spacing_and_numbers_and_dates_drop_the_quote() {
        let v = json!({
            "person": {"name": "森 一郎", "name_reading": "もり いちろう", "called": "いっちゃん"},
            "office": {"planner": "高橋　良子"},
            "supporters": [{"name": "姉 森 さくら"}],
            "certificates": {"welfare_number": "0000012345"},
        });
        let names = Names::of(&[&v], true);
        let s = |t: &str| names.scrub(t);
        assert_eq!(
            s("休日の移動支援が足りない。"),
            Scrubbed::Kept("休日の移動支援が足りない。".into())
        );
        assert_eq!(
            s("森一郎さんは送迎がなく通えない。"),
            Scrubbed::NamesRemoved("○○は送迎がなく通えない。".into())
        );
        assert_eq!(s("森　一郎 の送迎"), Scrubbed::NamesRemoved("○○ の送迎".into()));
        assert_eq!(s("高橋良子が調整した"), Scrubbed::NamesRemoved("○○が調整した".into()));
        assert_eq!(s("一郎が困っている"), Scrubbed::NamesRemoved("○○が困っている".into()));
        assert_eq!(s("森さんの姉"), Scrubbed::NamesRemoved("○○の姉".into()));
        // 森 alone is a word (a forest), not a name.
        assert_eq!(s("森の近くに事業所がない"), Scrubbed::Kept("森の近くに事業所がない".into()));
        assert_eq!(s("いっちゃんは"), Scrubbed::NamesRemoved("○○は".into()));
        assert_eq!(s("受給者証 0000012345 の更新"), Scrubbed::Dropped);
        assert_eq!(s("電話 06-0000-1111 で"), Scrubbed::Dropped);
        assert_eq!(s("平成13年2月3日生まれ"), Scrubbed::Dropped);
        assert_eq!(s("2001-02-03 生"), Scrubbed::Dropped);
        assert_eq!(s("Ｈ13.2.3 生"), Scrubbed::Dropped);
        // A month and a count are not a day.
        assert_eq!(s("2026年4月から3人が待機"), Scrubbed::Kept("2026年4月から3人が待機".into()));
    }

    #[test]
    fn kinds_are_reported_by_their_catalogue_names_only() {
        assert_eq!(catalogue_kind("短期入所（ショートステイ）"), Some("短期入所"));
        assert_eq!(catalogue_kind("グループホーム"), Some("共同生活援助"));
        assert_eq!(catalogue_kind("就労継続支援 B型"), Some("就労継続支援B型"));
        assert_eq!(catalogue_kind("佐藤さん（近所）"), None);
    }
}
