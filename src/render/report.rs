//! The 地域課題 report (`yomeru report`) as a Typst job and as CSV: the
//! same figures, with bars drawn beside their numbers.
//!
//! The Typst source is written here, like the pictogram catalogue: it has
//! no plan. Every text reaches Typst as a string literal through
//! [`escape::typst_str`]; the quotes are plan text.

use std::fmt::Write as _;

use super::escape;
use crate::caseload::due::Month;
use crate::caseload::report::{Count, Report};
use crate::locale::{Locale, arg};
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
#show heading.where(level: 2): it => block(above: 1.4em, below: 0.7em, text(size: 13pt, it))
#show heading.where(level: 3): set text(size: 11pt)
#let bars(rows, max) = grid(
  columns: (38%, 1fr, 17%),
  column-gutter: 3mm,
  row-gutter: 2mm,
  align: (left + horizon, left + horizon, right + horizon),
  ..rows.map(r => (
    r.at(0),
    if r.at(1) == none or max == 0 { [] } else {
      box(width: 100% * r.at(1) / max, height: 4.5mm, fill: rgb("#2f6db5"))
    },
    strong(r.at(2)),
  )).flatten(),
)
#let figures(head, rows) = table(
  columns: head.len(),
  stroke: 0.5pt + luma(150),
  inset: 2mm,
  align: (x, y) => if x == 0 { left } else { right },
  table.header(..head.map(h => strong(h))),
  ..rows.flatten(),
)
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
    fn count(&self, c: Count) -> String {
        match c {
            Count::Shown(n) => self.f("report-unit", &[("n", i64::from(n).into())]),
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

/// A bar chart of `(label, count)`.
fn bars(src: &mut String, rows: &[(String, Count)], w: &Words) {
    let max = rows.iter().filter_map(|(_, c)| c.shown()).max().unwrap_or(0);
    src.push_str("#bars((\n");
    for (label, c) in rows {
        let n = c.shown().map_or("none".to_string(), |n| n.to_string());
        let _ = writeln!(src, "  ({}, {n}, {}),", lit(label), lit(&w.count(*c)));
    }
    let _ = writeln!(src, "), {max})");
}

/// A table with a header row.
fn table(src: &mut String, head: &[String], rows: &[Vec<String>]) {
    src.push_str("#figures((");
    for h in head {
        let _ = write!(src, "{}, ", lit(h));
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

/// The Typst job of `report` with labels in `locale`; `files` is how
/// many plan files were read.
pub fn pdf_job(report: &Report, files: usize, locale: &Locale) -> Job {
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
    para(&mut src, &period(report, &w));

    // How it was made and what was left out, before any figure.
    src.push_str("#block(fill: luma(242), inset: 4mm, radius: 2mm, width: 100%)[\n");
    heading(&mut src, 2, &w.t("report-how-heading"));
    para(&mut src, &w.f("report-how", &[("files", (files as i64).into())]));
    para(&mut src, &w.f("report-how-threshold", &[("k", i64::from(report.threshold).into())]));
    para(&mut src, &w.t("report-how-quotes"));
    heading(&mut src, 3, &w.t("report-left-heading"));
    let left = &report.left_out;
    let items = [
        ("report-left-unreadable", left.unreadable_files),
        ("report-left-plans", left.plans_not_counted),
        ("report-left-not-shared", left.issues_not_shared),
        ("report-left-names", left.quotes_names_removed),
        ("report-left-dropped", left.quotes_dropped),
        ("report-left-hidden-topics", left.quotes_of_hidden_topics),
        ("report-left-areas", left.areas_put_together),
    ];
    src.push_str("#list(\n");
    for (id, n) in items {
        let _ = writeln!(src, "  {},", lit(&w.f(id, &[("n", (n as i64).into())])));
    }
    src.push_str(")\n]\n");

    heading(&mut src, 2, &w.t("report-people-heading"));
    let people = [
        (w.t("report-people"), report.people),
        (w.t("report-children"), report.children),
        (w.t("report-adults"), report.adults),
    ];
    bars(&mut src, &people, &w);

    heading(&mut src, 2, &w.t("report-unmet-heading"));
    if report.unmet.is_empty() {
        para(&mut src, &w.t("report-unmet-none"));
    } else {
        para(&mut src, &w.t("report-unmet-intro"));
        // The chart draws the counts that are shown; the table below lists
        // every row, the hidden ones too.
        let rows: Vec<(String, Count)> = report
            .unmet
            .iter()
            .filter(|r| r.people.shown().is_some())
            .map(|r| {
                let label = w.f(
                    "report-kind-reason",
                    &[
                        ("kind", arg(w.kind(r.kind.as_deref()))),
                        ("reason", arg(w.reason(r.reason))),
                    ],
                );
                (label, r.people)
            })
            .collect();
        if !rows.is_empty() {
            bars(&mut src, &rows, &w);
        }
        let hidden = report.unmet.len() - rows.len();
        if hidden > 0 {
            let k = i64::from(report.threshold);
            para(
                &mut src,
                &w.f("report-unmet-hidden", &[("n", (hidden as i64).into()), ("k", k.into())]),
            );
        }
        src.push_str("#v(3mm)\n");
        let head =
            ["report-col-kind", "report-col-reason", "report-col-people", "report-col-median"]
                .map(|id| w.t(id));
        let rows: Vec<Vec<String>> = report
            .unmet
            .iter()
            .map(|r| {
                vec![
                    w.kind(r.kind.as_deref()),
                    w.reason(r.reason),
                    w.count(r.people),
                    w.months(r.median_months_waited),
                ]
            })
            .collect();
        table(&mut src, &head, &rows);
    }

    if !report.waiting.is_empty() {
        heading(&mut src, 2, &w.t("report-wait-heading"));
        para(&mut src, &w.t("report-wait-intro"));
        let rows: Vec<(String, Count)> = report
            .waiting
            .iter()
            .map(|r| (w.wait_band(r.from_months, r.to_months), r.waits))
            .collect();
        bars(&mut src, &rows, &w);
    }

    if !report.areas.is_empty() {
        heading(&mut src, 2, &w.t("report-area-heading"));
        let rows: Vec<(String, Count)> =
            report.areas.iter().map(|r| (w.area(r.area.as_deref()), r.people)).collect();
        bars(&mut src, &rows, &w);
        src.push_str("#v(3mm)\n");
        let head =
            ["report-col-area", "report-col-people", "report-col-unmet-people"].map(|id| w.t(id));
        let rows: Vec<Vec<String>> = report
            .areas
            .iter()
            .map(|r| vec![w.area(r.area.as_deref()), w.count(r.people), w.count(r.unmet_people)])
            .collect();
        table(&mut src, &head, &rows);
    }

    heading(&mut src, 2, &w.t("report-issues-heading"));
    if report.issues.is_empty() {
        para(&mut src, &w.t("report-issues-none"));
    } else {
        let rows: Vec<(String, Count)> =
            report.issues.iter().map(|r| (w.topic(r.topic), r.people)).collect();
        bars(&mut src, &rows, &w);
        for r in report.issues.iter().filter(|r| !r.quotes.is_empty()) {
            heading(&mut src, 3, &w.f("report-quotes", &[("topic", arg(w.topic(r.topic)))]));
            src.push_str("#list(\n");
            for q in &r.quotes {
                let _ =
                    writeln!(src, "  {},", lit(&w.f("report-quote", &[("text", arg(q.clone()))])));
            }
            src.push_str(")\n");
        }
    }
    let date = (report.as_of.year, report.as_of.month as u8, 1);
    Job { files: vec![("main.typ".into(), src.into_bytes())], main: "main.typ".into(), date }
}

/// The same figures as CSV, one per row: what it counts, the two words
/// that say of what, the count as the PDF prints it, the number (empty
/// when hidden), and for waiting services the median months. UTF-8 with
/// a byte-order mark, which Excel needs to read Japanese.
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
    let mut row = |section: &str, item: String, detail: String, c: Count, median: Option<f64>| {
        let number = c.shown().map(|n| n.to_string()).unwrap_or_default();
        let median = median.map(trim).unwrap_or_default();
        rows.push([w.t(section), item, detail, w.count(c), number, median]);
    };
    row("report-people", String::new(), String::new(), report.people, None);
    row("report-children", String::new(), String::new(), report.children, None);
    row("report-adults", String::new(), String::new(), report.adults, None);
    for r in &report.unmet {
        let (kind, reason) = (w.kind(r.kind.as_deref()), w.reason(r.reason));
        row("report-unmet-heading", kind, reason, r.people, r.median_months_waited);
    }
    for r in &report.waiting {
        row(
            "report-wait-heading",
            w.wait_band(r.from_months, r.to_months),
            String::new(),
            r.waits,
            None,
        );
    }
    for r in &report.areas {
        row(
            "report-area-heading",
            w.area(r.area.as_deref()),
            w.t("report-col-people"),
            r.people,
            None,
        );
        let detail = w.t("report-col-unmet-people");
        row("report-area-heading", w.area(r.area.as_deref()), detail, r.unmet_people, None);
    }
    for r in &report.issues {
        row("report-issues-heading", w.topic(r.topic), String::new(), r.people, None);
    }
    for r in rows {
        out.write_record(&r).expect("CSV into memory");
    }
    out.into_inner().expect("CSV into memory")
}
