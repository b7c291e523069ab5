//! Readability of a whole plan: every text field checked in the wording
//! the easy-read version prints, with the reports `yomeru check` writes
//! (text for people, JSON for machines).
//!
//! It sits above the plan and the Japanese stages: the plan says which
//! fields hold words and which wording a document prints; the japanese
//! stage checks a text; the renderer's lexicon says how names are read.

use serde::Serialize;

use crate::error::Location;
use crate::japanese::check::{Finding, Options, Report, Rule, Score, band_of, check};
use crate::locale::{Locale, arg};
use crate::plan::LoadedPlan;
use crate::plan::fields::texts;
use crate::render::Variant;

/// One text field of a plan, checked.
#[derive(Debug, Clone, Serialize)]
pub struct FieldReport {
    /// Key path of the field (`needs[2].goal`).
    pub path: String,
    /// Where the checked wording is in the file.
    #[serde(skip)]
    pub location: Location,
    /// Which wording was checked: `plain`, or `text` when there is no plain.
    pub checked: &'static str,
    /// The person's own words: scored, but no rule applies.
    pub voice: bool,
    /// Findings and score.
    #[serde(flatten)]
    pub report: Report,
}

impl FieldReport {
    /// The key path of the wording that was checked (`needs[2].goal.plain`).
    pub fn key(&self) -> String {
        checked_key(&self.path, self.checked)
    }
}

/// The key path of a field's `checked` wording: its `plain`, or the field.
fn checked_key(path: &str, checked: &str) -> String {
    if checked == "plain" { format!("{path}.plain") } else { path.to_string() }
}

/// A word the easy version prints whose reading someone should confirm:
/// a name part printed without a reading, a word no dictionary knows, or a
/// word the dictionary reads several ways.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingDoubt {
    /// The word as written.
    pub word: String,
    /// `name`, `unknown` or `ambiguous`.
    pub kind: &'static str,
    /// The reading printed above it, if any.
    pub reading: Option<String>,
    /// Key path of the first field that prints it.
    pub path: String,
    /// Where that field is in the file.
    #[serde(skip)]
    pub location: Location,
}

/// A whole plan, checked field by field.
#[derive(Debug, Clone, Serialize)]
pub struct PlanReport {
    /// Every text field, in file order.
    pub fields: Vec<FieldReport>,
    /// Readings to confirm, each word once.
    pub readings: Vec<ReadingDoubt>,
    /// The character-weighted mean of the fields' scores.
    pub score: Option<u8>,
    /// Text fields (not the person's own words) without `plain`.
    pub missing_plain: usize,
}

/// Why `f` was flagged and what to do, in `locale`'s words
/// (`check-<rule>` and `check-<rule>-fix`).
pub fn finding_message(f: &Finding, locale: &Locale) -> (String, String) {
    let mut args: Vec<(&str, fluent_bundle::FluentValue)> =
        f.args.iter().map(|(k, v)| (*k, arg(v.clone()))).collect();
    args.push(("found", arg(f.found.clone())));
    let id = format!("check-{}", f.rule.id());
    (locale.format(&id, &args), locale.format(&format!("{id}-fix"), &args))
}

/// The first characters of a sentence, for messages.
fn excerpt(s: &str) -> String {
    const MAX: usize = 16;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        s.chars().take(MAX).collect::<String>() + "…"
    }
}

/// The name of the band of a score `value` in `locale` (とてもやさしい … とてもむずかしい).
pub fn band(locale: &Locale, value: u8) -> String {
    locale.text(&format!("check-band-{}", band_of(value)))
}

/// One text's report as JSON: `score` (0–100), `band`, the score's
/// components, the sentences and the `warnings`, each with its message and
/// suggestion in `locale`'s words.
pub fn report_json(r: &Report, locale: &Locale) -> serde_json::Value {
    let warnings: Vec<serde_json::Value> = r
        .findings
        .iter()
        .map(|f| {
            let (message, suggestion) = finding_message(f, locale);
            serde_json::json!({
                "rule": f.rule.id(),
                "sentence": f.sentence,
                "found": f.found,
                "message": message,
                "suggestion": suggestion,
            })
        })
        .collect();
    serde_json::json!({
        "score": r.score.value,
        "band": band(locale, r.score.value),
        "details": r.score,
        "sentences": r.sentences,
        "warnings": warnings,
    })
}

/// A plan's report as JSON: the file, its score and every field with its
/// key path, line and [`report_json`].
pub fn plan_json(file: &str, pr: &PlanReport, locale: &Locale) -> serde_json::Value {
    let fields: Vec<serde_json::Value> = pr
        .fields
        .iter()
        .map(|f| {
            let mut v = report_json(&f.report, locale);
            v["path"] = f.path.clone().into();
            v["line"] = f.location.line.into();
            v["column"] = f.location.column.into();
            v["checked"] = f.checked.into();
            v["voice"] = f.voice.into();
            v
        })
        .collect();
    serde_json::json!({
        "file": file,
        "score": pr.score,
        "missing_plain": pr.missing_plain,
        "fields": fields,
        "readings": pr.readings.iter().map(|d| {
            let (message, suggestion) = doubt_message(d, locale);
            serde_json::json!({
                "word": d.word,
                "kind": d.kind,
                "reading": d.reading,
                "path": d.path,
                "line": d.location.line,
                "message": message,
                "suggestion": suggestion,
            })
        }).collect::<Vec<_>>(),
    })
}

/// Writes one text's findings as indented lines: the sentence, why, and
/// the suggested fix.
pub fn write_findings(r: &Report, locale: &Locale, out: &mut String) {
    for f in &r.findings {
        let (message, fix) = finding_message(f, locale);
        let at = match r.sentences.get(f.sentence.wrapping_sub(1)) {
            Some(s) if f.sentence > 0 => {
                let args = [("n", (f.sentence as i64).into()), ("excerpt", arg(excerpt(s)))];
                format!("{}: ", locale.format("check-sentence", &args))
            }
            _ => String::new(),
        };
        out.push_str(&format!("    {at}{message}\n      → {fix}\n"));
    }
}

/// Writes a plan's report: each field's location, key path and score with
/// its findings, then the document's score.
pub fn write_plan(file: &str, pr: &PlanReport, locale: &Locale, out: &mut String) {
    for f in &pr.fields {
        let score = &f.report.score;
        let args =
            [("score", i64::from(score.value).into()), ("band", arg(band(locale, score.value)))];
        let mut at = file.to_string();
        if let Some(l) = f.location.line {
            at.push_str(&format!(":{l}"));
            if let Some(c) = f.location.column {
                at.push_str(&format!(":{c}"));
            }
        }
        out.push_str(&format!("{at}: {}: {}", f.key(), locale.format("check-field-score", &args)));
        if f.voice {
            out.push_str(&format!(" — {}", locale.text("check-voice")));
        }
        out.push('\n');
        write_findings(&f.report, locale, out);
    }
    for d in &pr.readings {
        let (message, fix) = doubt_message(d, locale);
        let mut at = file.to_string();
        if let Some(l) = d.location.line {
            at.push_str(&format!(":{l}"));
        }
        out.push_str(&format!("{at}: {}: {message}\n      → {fix}\n", d.path));
    }
    if let Some(score) = pr.score {
        let args = [
            ("score", i64::from(score).into()),
            ("band", arg(band(locale, score))),
            ("missing", (pr.missing_plain as i64).into()),
        ];
        out.push_str(&format!("{file}: {}\n", locale.format("check-document-score", &args)));
    }
}

/// Checks the wording the easy-read version will print for every text
/// field of `loaded`: `plain` where present, else `text` (reported as not
/// yet rewritten). The person's own words (`voice`, `wishes.person`) are
/// printed as they said them, so they are scored but never flagged. Words
/// are read with the lexicon the renderer uses for this plan, so the
/// checker reads names and readings as the PDF prints them.
pub fn check_plan(loaded: &LoadedPlan, options: &Options) -> PlanReport {
    let lexicon = crate::render::lexicon::for_plan(&loaded.printed());
    let (fields, missing_plain) = check_fields(loaded, &lexicon, options);
    let score = Score::mean(fields.iter().map(|f| &f.report.score));
    let readings = reading_doubts(loaded, &lexicon);
    PlanReport { fields, readings, score, missing_plain }
}

/// The score of [`check_plan`] alone, without the readings to confirm
/// (a caseload lists hundreds of scores).
pub fn plan_score(loaded: &LoadedPlan, options: &Options) -> Option<u8> {
    let lexicon = crate::render::lexicon::for_plan(&loaded.printed());
    let (fields, _) = check_fields(loaded, &lexicon, options);
    Score::mean(fields.iter().map(|f| &f.report.score))
}

/// Every text field the easy version prints, checked as it prints it, and
/// how many of them lack plain wording.
fn check_fields(
    loaded: &LoadedPlan,
    lexicon: &crate::japanese::reading::Lexicon,
    options: &Options,
) -> (Vec<FieldReport>, usize) {
    let mut fields = Vec::new();
    let mut missing_plain = 0;
    for (path, text) in texts(&loaded.plan) {
        // Text the easy version does not print is for the professionals:
        // no plain wording is asked of it, and it does not count.
        if text.text.trim().is_empty() || !crate::render::easy::prints(&path) {
            continue;
        }
        let voice = is_voice(&path, &text);
        // What the easy version prints, by the renderer's own rule.
        let plain = text.has_plain(Variant::Easy.wording());
        let wording = text.printed(Variant::Easy.wording());
        let checked = if plain { "plain" } else { "text" };
        let key = checked_key(&path, checked);
        let location = loaded.locate(&key);
        let location = if location.line.is_none() { loaded.locate(&path) } else { location };
        let mut report = check(wording, lexicon, options, !voice);
        if !plain && !voice {
            missing_plain += 1;
            report.findings.insert(0, Finding::new(Rule::NoPlain, 0, ""));
        }
        fields.push(FieldReport { path, location, checked, voice, report });
    }
    (fields, missing_plain)
}

/// Whether a text field holds the person's own words (`voice`, and
/// `wishes.person` always): printed as said, scored but never flagged.
fn is_voice(path: &str, text: &crate::plan::Text) -> bool {
    text.voice || path == "wishes.person"
}

/// The text fields the easy version prints in their formal wording, because
/// they have no `plain` (the person's own words are quoted as they are):
/// their key paths and where they are. `render` warns about each, and
/// `--require-plain` refuses them.
pub fn formal_in_easy(loaded: &LoadedPlan) -> Vec<(String, Location)> {
    texts(&loaded.plan)
        .into_iter()
        .filter(|(path, text)| {
            !text.text.trim().is_empty()
                && crate::render::easy::prints(path)
                && !is_voice(path, text)
                && !text.has_plain(Variant::Easy.wording())
        })
        .map(|(path, _)| {
            let location = loaded.locate(&path);
            (path, location)
        })
        .collect()
}

/// The words of the easy version whose readings someone should confirm, in
/// file order, each once: from every text field as the easy version prints
/// it and from the names it prints (office, planner, providers,
/// supporters). The plan's `readings:` settle them.
fn reading_doubts(
    loaded: &LoadedPlan,
    lexicon: &crate::japanese::reading::Lexicon,
) -> Vec<ReadingDoubt> {
    use crate::japanese::reading::{DoubtKind, doubts};
    let plan = &loaded.plan;
    let mut printed: Vec<(String, String)> = crate::render::lexicon::names(plan)
        .into_iter()
        .map(|(path, name)| (path, name.to_string()))
        .collect();
    for (path, text) in texts(plan) {
        if !crate::render::easy::prints(&path) {
            continue;
        }
        let plain = text.has_plain(Variant::Easy.wording());
        let key = checked_key(&path, if plain { "plain" } else { "text" });
        printed.push((key, text.printed(Variant::Easy.wording()).to_string()));
    }
    let mut out: Vec<ReadingDoubt> = Vec::new();
    // In file order, as the specialist reads the file.
    let mut printed: Vec<(String, String, Location)> = printed
        .into_iter()
        .map(|(path, text)| {
            let location = loaded.locate(&path);
            (path, text, location)
        })
        .collect();
    printed.sort_by_key(|(_, _, at)| at.line.unwrap_or(usize::MAX));
    for (path, text, location) in printed {
        for d in doubts(&text, lexicon) {
            if out.iter().any(|o| o.word == d.word) {
                continue;
            }
            let kind = match d.kind {
                DoubtKind::Name => "name",
                DoubtKind::Unknown => "unknown",
                DoubtKind::Ambiguous => "ambiguous",
            };
            out.push(ReadingDoubt {
                word: d.word,
                kind,
                reading: d.reading,
                path: path.clone(),
                location: location.clone(),
            });
        }
    }
    out
}

/// Why a reading is listed and what to do, in `locale`'s words.
pub fn doubt_message(d: &ReadingDoubt, locale: &Locale) -> (String, String) {
    let args =
        [("word", arg(d.word.clone())), ("reading", arg(d.reading.clone().unwrap_or_default()))];
    let id = format!("check-reading-{}", d.kind);
    (locale.format(&id, &args), locale.format(&format!("{id}-fix"), &args))
}
