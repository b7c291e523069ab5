//! The 地域課題 report as a Typst job and as CSV: the same figures, with
//! bars drawn beside their numbers.
//!
//! The Typst source is written here, like the pictogram catalogue's: it
//! is no plan's. Every text reaches Typst as a string literal through
//! [`escape::typst_str`]; the quotes are plan text.

use std::fmt::Write as _;

use super::{Count, MEDIAN_MIN, Report};
use crate::caseload::due::Month;
use crate::locale::{Locale, arg};
use crate::render::escape;
use crate::typeset::Job;

/// The page, and the bar chart: one row per figure, its label, a bar as
/// long as its share of the largest, and the number in words ("3未満"
/// draws no bar: its size is not known).
const PREAMBLE: &str = r##"#set document(title: {title}, author: "yomeru")
#set text(font: ("BIZ UDPGothic", "yomeru Fallback JP"), size: 10.5pt, lang: {lang}, region: {region}, hyphenate: false)
#set par(leading: 0.75em)
#set page(paper: "a4", margin: (x: 18mm, top: 16mm, bottom: 18mm), footer: context {
  set text(size: 8pt)
  [#{title} #h(1fr) #counter(page).display("1 / 1", both: true)]
})
#show heading.where(level: 1): set text(size: 18pt)
#show heading.where(level: 2): it => block(above: 1.4em, below: 0.7em, sticky: true, text(size: 13pt, it))
#show heading.where(level: 3): it => block(above: 1.1em, below: 0.5em, sticky: true, text(size: 11pt, it))
#let bars(rows, max) = block(breakable: false, grid(
  columns: (38%, 1fr, 17%),
  column-gutter: 3mm,
  row-gutter: 2mm,
  align: (left + horizon, left + horizon, right + horizon),
  ..rows.map(r => (
    r.at(0),
    if r.at(1) == none or r.at(1) == 0 or max == 0 { box(height: 4.5mm) } else {
      box(width: 100% * r.at(1) / max, height: 4.5mm, fill: rgb("#2f6db5"))
    },
    r.at(2),
  )).flatten(),
))
#let figures(caption, head, numeric, rows) = [
  #block(above: 1.2em, below: 0.6em, sticky: true, strong(caption))
  #table(
    columns: head.len(),
    stroke: 0.5pt + luma(150),
    inset: 2mm,
    align: (x, y) => if numeric.at(x) { right + horizon } else { left + horizon },
    table.header(..head.map(h => strong(h))),
    ..rows.flatten(),
  )
]
"##;

/// Labels of one report, in the reader's language.
struct Words<'a> {
    l: &'a Locale,
    k: u32,
}

impl Words<'_> {
    fn t(&self, id: &str) -> String {
        self.l.text(id)
    }
    fn f(&self, id: &str, args: &[(&str, fluent_bundle::FluentValue)]) -> String {
        self.l.format(id, args)
    }
    /// A count of people as the report prints it.
    fn count(&self, c: Count) -> String {
        self.count_of(c, "report-unit")
    }
    /// A count in `unit` (`report-unit`: people, `report-unit-services`).
    fn count_of(&self, c: Count, unit: &str) -> String {
        match c {
            Count::Shown(n) => self.f(unit, &[("n", i64::from(n).into())]),
            Count::Under => self.f("report-under", &[("k", i64::from(self.k).into())]),
            Count::Withheld => self.t("report-withheld"),
        }
    }
    fn month(&self, m: Month) -> String {
        self.f(
            "report-month",
            &[("year", i64::from(m.year).into()), ("month", i64::from(m.month).into())],
        )
    }
    fn kind(&self, kind: Option<&str>) -> String {
        kind.map_or_else(|| self.t("report-kind-other"), str::to_string)
    }
    fn reason(&self, r: crate::plan::UnmetReason) -> String {
        crate::locale::unmark(&self.t(&format!("unmet-{}", r.key()))).into_owned()
    }
    fn topic(&self, t: crate::plan::Topic) -> String {
        self.t(&format!("report-topic-{}", t.key()))
    }
    fn months(&self, m: Option<f64>) -> String {
        match m {
            Some(m) => self.f("report-months", &[("n", arg(trim(m)))]),
            None => self.t("report-none"),
        }
    }
    fn area(&self, a: Option<&str>) -> String {
        a.map_or_else(|| self.t("report-area-other"), str::to_string)
    }
    fn wait_band(&self, from: u32, to: Option<u32>) -> String {
        match to {
            Some(to) => self.f(
                "report-wait-band",
                &[("from", i64::from(from).into()), ("to", i64::from(to).into())],
            ),
            None => self.f("report-wait-band-open", &[("from", i64::from(from).into())]),
        }
    }
}

/// 4.0 → "4", 4.5 → "4.5".
fn trim(m: f64) -> String {
    if m.fract() == 0.0 { format!("{m:.0}") } else { format!("{m:.1}") }
}

fn lit(s: &str) -> String {
    escape::typst_str(s)
}

/// A bar chart of `(label, count)`, counts in `unit` (people, services).
fn bars(src: &mut String, rows: &[(String, Count)], w: &Words, unit: &str) {
    let max = rows.iter().filter_map(|(_, c)| c.shown()).max().unwrap_or(0);
    src.push_str("#bars((\n");
    for (label, c) in rows {
        let n = c.shown().map_or("none".to_string(), |n| n.to_string());
        let _ = writeln!(src, "  ({}, {n}, {}),", lit(label), lit(&w.count_of(*c, unit)));
    }
    let _ = writeln!(src, "), {max})");
}

/// A table with a caption and a header row; `right` aligns a column's
/// numbers to the right.
fn table(src: &mut String, caption: &str, head: &[String], rows: &[Vec<String>], right: &[bool]) {
    let _ = write!(src, "#figures({}, (", lit(caption));
    for h in head {
        let _ = write!(src, "{}, ", lit(h));
    }
    src.push_str("), (");
    for r in right {
        let _ = write!(src, "{r}, ");
    }
    src.push_str("), (\n");
    for r in rows {
        src.push_str("  (");
        for c in r {
            let _ = write!(src, "{}, ", lit(c));
        }
        src.push_str("),\n");
    }
    src.push_str("))\n");
}

fn para(src: &mut String, text: &str) {
    let _ = writeln!(src, "#par({})\n", lit(text));
}

fn heading(src: &mut String, level: u8, text: &str) {
    let _ = writeln!(src, "#heading(level: {level}, {})", lit(text));
}

/// The period as the report says it.
fn period(report: &Report, w: &Words) -> String {
    let as_of = w.month(report.as_of);
    match (report.from, report.to) {
        (None, None) => w.f("report-period-all", &[("as_of", arg(as_of))]),
        (from, to) => w.f(
            "report-period",
            &[
                ("from", arg(from.map(|m| w.month(m)).unwrap_or_default())),
                ("to", arg(to.map(|m| w.month(m)).unwrap_or_default())),
                ("as_of", arg(as_of)),
            ],
        ),
    }
}

/// The Typst job of `report` with labels in `locale`.
pub fn pdf_job(report: &Report, locale: &Locale) -> Job {
    let w = Words { l: locale, k: report.threshold };
    let lang = if locale.lang().starts_with("ja") { "ja" } else { locale.lang() };
    let title = w.t("report-title");
    // The figures are about Japanese plans, whatever the labels' language.
    let mut src = PREAMBLE
        .replace("{title}", &lit(&title))
        .replace("{lang}", &lit(lang))
        .replace("{region}", if lang == "ja" { "\"JP\"" } else { "none" });
    heading(&mut src, 1, &title);
    para(&mut src, &w.t("report-subtitle"));
    if !report.offices.is_empty() {
        para(&mut src, &w.f("report-offices", &[("offices", arg(offices(report, &w)))]));
    }
    para(&mut src, &period(report, &w));

    summary(&mut src, report, &w);
    unmet(&mut src, report, &w);
    if !report.waiting.is_empty() {
        heading(&mut src, 2, &w.t("report-wait-heading"));
        para(&mut src, &w.t("report-wait-intro"));
        let rows: Vec<(String, Count)> = report
            .waiting
            .iter()
            .map(|r| (w.wait_band(r.from_months, r.to_months), r.services))
            .collect();
        bars(&mut src, &rows, &w, "report-unit-services");
    }
    areas(&mut src, report, &w);
    issues(&mut src, report, &w);
    how_made(&mut src, report, &w);
    let date = (report.as_of.year, report.as_of.month as u8, 1);
    Job { files: vec![("main.typ".into(), src.into_bytes())], main: "main.typ".into(), date }
}

/// The offices, the first three by name.
fn offices(report: &Report, w: &Words) -> String {
    let sep = w.t("report-list-separator");
    let shown: Vec<&str> = report.offices.iter().take(3).map(String::as_str).collect();
    let more = report.offices.len().saturating_sub(3);
    if more == 0 {
        shown.join(&sep)
    } else {
        w.f(
            "report-offices-more",
            &[("offices", arg(shown.join(&sep))), ("n", (more as i64).into())],
        )
    }
}

/// The figures a council member reads first.
fn summary(src: &mut String, report: &Report, w: &Words) {
    src.push_str(
        "#block(fill: luma(242), inset: 4mm, radius: 2mm, width: 100%, breakable: false)[\n",
    );
    heading(src, 2, &w.t("report-summary-heading"));
    let mut items = vec![w.f(
        "report-summary-people",
        &[
            ("people", arg(w.count(report.people))),
            ("children", arg(w.count(report.children))),
            ("adults", arg(w.count(report.adults))),
        ],
    )];
    let share = match (report.unmet_people.shown(), report.people.shown()) {
        (Some(u), Some(p)) if p > 0 => format!("{}%", (u * 100 + p / 2) / p),
        _ => w.t("report-none"),
    };
    items.push(w.f(
        "report-summary-unmet",
        &[("n", arg(w.count(report.unmet_people))), ("share", arg(share))],
    ));
    let top: Vec<String> = report
        .unmet
        .iter()
        .filter(|r| r.kind.is_some() && r.people.shown().is_some())
        .take(3)
        .map(|r| {
            w.f(
                "report-kind-count",
                &[("kind", arg(w.kind(r.kind.as_deref()))), ("n", arg(w.count(r.people)))],
            )
        })
        .collect();
    if !top.is_empty() {
        items.push(
            w.f("report-summary-kinds", &[("kinds", arg(top.join(&w.t("report-list-separator"))))]),
        );
    }
    if let Some(long) = report
        .waiting
        .iter()
        .filter(|r| r.services.shown().is_some())
        .max_by_key(|r| r.services.shown())
    {
        items.push(w.f(
            "report-summary-wait",
            &[
                ("band", arg(w.wait_band(long.from_months, long.to_months))),
                ("n", arg(w.count_of(long.services, "report-unit-services"))),
            ],
        ));
    }
    let topics: Vec<String> = report
        .issues
        .iter()
        .filter(|r| r.people.shown().is_some_and(|n| n > 0))
        .take(3)
        .map(|r| {
            w.f(
                "report-kind-count",
                &[("kind", arg(w.topic(r.topic))), ("n", arg(w.count(r.people)))],
            )
        })
        .collect();
    if !topics.is_empty() {
        items.push(w.f(
            "report-summary-topics",
            &[("topics", arg(topics.join(&w.t("report-list-separator"))))],
        ));
    }
    src.push_str("#list(\n");
    for i in items {
        let _ = writeln!(src, "  {},", lit(&i));
    }
    src.push_str(")\n]\n");
}

/// Services not usable: people per kind as bars, then the reasons.
fn unmet(src: &mut String, report: &Report, w: &Words) {
    heading(src, 2, &w.t("report-unmet-heading"));
    if report.unmet.is_empty() {
        para(src, &w.t("report-unmet-none"));
        return;
    }
    para(src, &w.f("report-unmet-intro", &[("k", i64::from(report.threshold).into())]));
    let rows: Vec<(String, Count)> =
        report.unmet.iter().map(|r| (w.kind(r.kind.as_deref()), r.people)).collect();
    bars(src, &rows, w, "report-unit");
    let head = ["report-col-kind", "report-col-people", "report-col-reasons", "report-col-median"]
        .map(|id| w.t(id));
    let rows: Vec<Vec<String>> = report
        .unmet
        .iter()
        .map(|r| {
            let reasons: Vec<String> = r
                .reasons
                .iter()
                .map(|x| {
                    let reason =
                        x.reason.map_or_else(|| w.t("report-reason-others"), |r| w.reason(r));
                    w.f(
                        "report-kind-count",
                        &[("kind", arg(reason)), ("n", arg(w.count(x.people)))],
                    )
                })
                .collect();
            let reasons = if reasons.is_empty() && r.people.shown().is_some() {
                w.f("report-reasons-small", &[("k", i64::from(report.threshold).into())])
            } else {
                reasons.join(&w.t("report-list-separator"))
            };
            vec![
                w.kind(r.kind.as_deref()),
                w.count(r.people),
                reasons,
                w.months(r.median_months_waited),
            ]
        })
        .collect();
    table(src, &w.t("report-unmet-table"), &head, &rows, &[false, true, false, true]);
    para(src, &w.f("report-median-note", &[("n", (MEDIAN_MIN as i64).into())]));
    if !report.reasons.is_empty() {
        heading(src, 3, &w.t("report-reasons-heading"));
        para(src, &w.t("report-reasons-intro"));
        let rows: Vec<(String, Count)> = report
            .reasons
            .iter()
            .map(|r| {
                let reason = r.reason.map_or_else(|| w.t("report-reason-others"), |x| w.reason(x));
                (reason, r.people)
            })
            .collect();
        bars(src, &rows, w, "report-unit");
    }
}

/// People by area, as bars.
fn areas(src: &mut String, report: &Report, w: &Words) {
    if report.areas.is_empty() {
        return;
    }
    heading(src, 2, &w.t("report-area-heading"));
    let rows: Vec<(String, Count)> =
        report.areas.iter().map(|r| (w.area(r.area.as_deref()), r.people)).collect();
    bars(src, &rows, w, "report-unit");
    para(src, &w.t("report-area-note"));
}

/// 地域課題 by topic, and the words that may be quoted.
fn issues(src: &mut String, report: &Report, w: &Words) {
    heading(src, 2, &w.t("report-issues-heading"));
    if report.issues.is_empty() {
        para(src, &w.t("report-issues-none"));
        return;
    }
    para(src, &w.t("report-issues-intro"));
    let rows: Vec<(String, Count)> =
        report.issues.iter().map(|r| (w.topic(r.topic), r.people)).collect();
    bars(src, &rows, w, "report-unit");
    for r in report.issues.iter().filter(|r| !r.quotes.is_empty()) {
        heading(src, 3, &w.f("report-quotes", &[("topic", arg(w.topic(r.topic)))]));
        src.push_str("#list(\n");
        for q in &r.quotes {
            let _ = writeln!(src, "  {},", lit(&w.f("report-quote", &[("text", arg(q.clone()))])));
        }
        src.push_str(")\n");
    }
}

/// How the report was made and what it left out, at the end.
fn how_made(src: &mut String, report: &Report, w: &Words) {
    heading(src, 2, &w.t("report-how-heading"));
    let read = [
        ("plans", arg(w.count_of(report.plans_read, "report-unit-services"))),
        ("reports", arg(w.count_of(report.reports_read, "report-unit-services"))),
    ];
    para(src, &w.f("report-how", &read));
    para(src, &w.f("report-how-threshold", &[("k", i64::from(report.threshold).into())]));
    para(src, &w.t("report-how-quotes"));
    heading(src, 3, &w.t("report-left-heading"));
    let left = &report.left_out;
    let items = [
        ("report-left-unreadable", left.unreadable_files),
        ("report-left-plans", left.plans_not_counted),
        ("report-left-not-shared", left.issues_not_shared),
        ("report-left-names", left.quotes_with_names),
        ("report-left-numbers", left.quotes_with_numbers),
        ("report-left-hidden-topics", left.quotes_of_hidden_topics),
        ("report-left-areas", left.areas_put_together),
        ("report-left-kinds", left.kinds_put_together),
    ];
    src.push_str("#list(\n");
    for (id, n) in items {
        let _ = writeln!(src, "  {},", lit(&w.f(id, &[("n", (n as i64).into())])));
    }
    src.push_str(")\n");
}

/// `s` safe in a spreadsheet cell: text that a spreadsheet would take for
/// a formula (starting with = + - @, a tab or a carriage return) gets a
/// leading apostrophe, as OWASP advises, so an area named 「=HYPERLINK(…)」
/// stays words.
pub fn csv_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The same figures as CSV, one per row: what it counts, of what, in
/// detail, the count as the PDF prints it, the number (empty when
/// hidden), and the median months where there is one. UTF-8 with a
/// byte-order mark, which Excel needs to read Japanese.
pub fn csv(report: &Report, locale: &Locale) -> Vec<u8> {
    let w = Words { l: locale, k: report.threshold };
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut rows: Vec<[String; 6]> = Vec::new();
    let head = [
        "report-csv-section",
        "report-csv-item",
        "report-csv-detail",
        "report-csv-count",
        "report-csv-number",
        "report-col-median",
    ];
    rows.push(head.map(|id| w.t(id)));
    let none = String::new;
    rows.push([w.t("report-csv-period"), period(report, &w), none(), none(), none(), none()]);
    let mut row = |section: &str, item: String, detail: String, c: Count, median: Option<f64>| {
        let number = c.shown().map(|n| n.to_string()).unwrap_or_default();
        let median = median.map(trim).unwrap_or_default();
        // Waits are counted in services, not people, as the PDF says.
        let unit =
            if section == "report-wait-heading" { "report-unit-services" } else { "report-unit" };
        rows.push([w.t(section), item, detail, w.count_of(c, unit), number, median]);
    };
    row("report-people", String::new(), String::new(), report.people, None);
    row("report-children", String::new(), String::new(), report.children, None);
    row("report-adults", String::new(), String::new(), report.adults, None);
    row("report-csv-unmet-people", String::new(), String::new(), report.unmet_people, None);
    for r in &report.unmet {
        let kind = w.kind(r.kind.as_deref());
        row("report-unmet-heading", kind.clone(), String::new(), r.people, r.median_months_waited);
        for x in &r.reasons {
            let reason = x.reason.map_or_else(|| w.t("report-reason-others"), |r| w.reason(r));
            // The table prints no median per reason: neither does the CSV.
            row("report-unmet-heading", kind.clone(), reason, x.people, None);
        }
    }
    for r in &report.reasons {
        let reason = r.reason.map_or_else(|| w.t("report-reason-others"), |x| w.reason(x));
        row("report-reasons-heading", reason, String::new(), r.people, None);
    }
    for r in &report.waiting {
        let band = w.wait_band(r.from_months, r.to_months);
        row("report-wait-heading", band, String::new(), r.services, None);
    }
    for r in &report.areas {
        row("report-area-heading", w.area(r.area.as_deref()), String::new(), r.people, None);
    }
    for r in &report.issues {
        row("report-issues-heading", w.topic(r.topic), String::new(), r.people, None);
    }
    for r in rows {
        out.write_record(r.iter().map(|c| csv_cell(c).into_owned())).expect("CSV into memory");
    }
    out.into_inner().expect("CSV into memory")
}
