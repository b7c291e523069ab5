//! What the モニタリング報告書 shows beyond the report's own fields: each
//! row joined with the plan's need (priority, goal, 達成時期 carried over
//! by id, never typed twice), and the dates and scale the easy version
//! writes out.

use serde::Serialize;

use crate::locale::Locale;
use crate::plan::{Kind, MonitoringRow, Need, Plan};

/// One monitored goal with the need it follows up.
#[derive(Debug, Serialize)]
pub struct Row<'a> {
    /// The report's row.
    #[serde(flatten)]
    pub row: &'a MonitoringRow,
    /// The plan's need of that id.
    pub plan_need: &'a Need,
    /// The need's number in the plan's easy version (1-based), for the
    /// headings: the report names a goal as the plan the person holds does
    /// (5つめ), not by the row's place in the report.
    pub n: usize,
    /// Steps reached on the five-step scale, if the report gives them.
    pub step: Option<u8>,
    /// The need's 達成時期, written out for the easy version.
    pub achieve_by_easy: Option<String>,
    /// Pictogram of the need, as in the plan's easy version.
    pub pictogram: String,
    /// Whether anything in the plan changes for this goal.
    pub changes: bool,
}

/// The report as the templates see it.
#[derive(Debug, Serialize)]
pub struct View<'a> {
    /// Rows in the report's order.
    pub rows: Vec<Row<'a>>,
    /// モニタリング実施日, written out for the easy version.
    pub monitored_on_easy: Option<String>,
    /// Months since the plan or the last monitoring, when the plan says.
    pub period_months: Option<u32>,
    /// Whether any row changes the plan.
    pub changes: bool,
    /// Whether the report follows up only some of the plan's goals: the
    /// easy version then says so, or the reader looks for the goals its
    /// numbers skip (1つめ, 5つめ, 6つめ).
    pub some_goals: bool,
    /// The numbers of the goals the report follows up, in order, each once.
    pub followed: Vec<usize>,
    /// The monitored plan's 計画作成日 (ISO), when the report names a plan.
    pub plan_created: Option<&'a str>,
}

impl<'a> View<'a> {
    /// The view of a monitoring report (as printed, with the monitored
    /// plan's needs); `None` for other documents.
    pub fn new(
        plan: &'a Plan,
        monitored: Option<&'a Plan>,
        l: &Locale,
        calendar: super::Calendar,
    ) -> Option<View<'a>> {
        if plan.kind != Kind::Monitoring {
            return None;
        }
        let m = plan.monitoring.as_ref()?;
        let easy = super::easy::EasyView::new(plan, l, calendar);
        let rows: Vec<Row> = m
            .rows
            .iter()
            .filter_map(|row| {
                // Loading refused rows naming an unknown need.
                let at = plan.needs.iter().position(|n| n.id == row.need)?;
                let need = &plan.needs[at];
                let c = &row.change;
                Some(Row {
                    row,
                    plan_need: need,
                    n: easy.needs[at].n,
                    step: row.progress.map(|p| p.step()),
                    achieve_by_easy: need
                        .achieve_by
                        .as_ref()
                        .and_then(|m| super::easy::month(l, calendar, m)),
                    pictogram: easy.needs[at].pictogram.clone(),
                    changes: c.kind || c.amount || c.weekly,
                })
            })
            .collect();
        let followed: Vec<usize> = rows
            .iter()
            .map(|r| r.n)
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        Some(View {
            changes: rows.iter().any(|r| r.changes),
            // (Goals, not rows: two rows may follow up one goal.)
            some_goals: followed.len() < plan.needs.len(),
            followed,
            rows,
            monitored_on_easy: plan
                .dates
                .monitored_on
                .as_ref()
                .and_then(|d| super::easy::date(l, calendar, d)),
            period_months: plan.dates.monitoring_every_months,
            plan_created: monitored.map(|p| p.dates.created.0.as_str()),
        })
    }
}
