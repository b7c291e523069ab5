//! The text of a new plan file: every key of the document in the order of
//! the official form, with the form's words for it in a comment beside it.
//!
//! Required values are `""`, so `check` (and the editor) say where to fill
//! them in; optional ones are left empty (read as not written), and lists
//! whose items have a fixed shape (a week's slot) are shown commented out.
//! The files in `starter/` are the text, with lines for one kind of
//! document only marked `@adult`, `@child`, `@final` (the 本計画) and
//! `@draft`. `yomeru init` and the editor's "new plan" both start here.

use crate::locale::Locale;
use crate::plan::{Kind, Plan};

const PLAN: &str = include_str!("starter/plan.yaml");
const MONITORING: &str = include_str!("starter/monitoring.yaml");
const ROW: &str = include_str!("starter/row.yaml");

/// Where comments begin, in display columns (a kanji is two): they line up
/// in an editor.
const COMMENT_COLUMN: usize = 40;

/// `text` (a starter file) with its creation date written: `date` when it
/// is a date as `2026-12-03`, else the text as it was. The editor's new
/// plans and reports are dated the day they are made, as on paper.
pub fn dated(text: &str, date: &str) -> String {
    if !is_iso_date(date) {
        return text.to_string();
    }
    // The date is 8 characters longer than `""`: the comment after it keeps
    // its column where the spaces allow.
    let padded = "  created: \"\"          ";
    match text.contains(padded) {
        true => text.replacen(padded, &format!("  created: {date}  "), 1),
        false => text.replacen("  created: \"\"", &format!("  created: {date}"), 1),
    }
}

/// Whether `date` is a real calendar date written `2026-12-03` (the only
/// form a new file is dated in: its text goes into YAML as it is).
pub fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    let shape = b.len() == 10
        && b.iter()
            .enumerate()
            .all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    shape && crate::plan::Date(date.to_string()).parse().is_some()
}

/// A blank plan or plan draft for the person `name`, to be saved as
/// `file` (named in its first comment).
pub fn plan(kind: Kind, child: bool, name: Option<&str>, file: &str) -> String {
    let title = title(kind, child);
    let kind = if kind == Kind::PlanDraft { "plan-draft" } else { "plan" };
    let text = fill(
        PLAN,
        &[
            ("title", &title),
            ("kind", kind),
            ("name", &name.map_or("\"\"".into(), scalar)),
            ("file", file),
        ],
    );
    finish(
        &text,
        &[
            ("adult", !child),
            ("child", child),
            ("final", kind == "plan"),
            ("draft", kind != "plan"),
        ],
    )
}

/// A blank monitoring report following `plan_file` (the path written in
/// `monitoring.plan`); with the plan at hand, one row per need of it, so
/// its goals are carried over.
pub fn monitoring(
    child: bool,
    name: Option<&str>,
    file: &str,
    plan_file: &str,
    plan: Option<&Plan>,
) -> String {
    let child = child || plan.is_some_and(|p| p.person.child);
    let name = name.or(plan.map(|p| p.person.name.as_str())).map_or("\"\"".into(), scalar);
    let reading = plan.map_or("\"\"".into(), |p| scalar(&p.person.name_reading));
    let rows: String = match plan {
        Some(p) if !p.needs.is_empty() => p
            .needs
            .iter()
            .map(|n| {
                let about = format!("課題: {}", about(&n.need.text));
                fill(ROW, &[("need", &scalar(&n.id)), ("about", &about)])
            })
            .collect(),
        _ => fill(
            ROW,
            &[("need", "\"\""), ("about", "計画の課題の名前（計画ファイルの needs の id）")],
        ),
    };
    let title = title(Kind::Monitoring, child);
    let text = fill(
        MONITORING,
        &[
            ("title", &title),
            ("name", &name),
            ("name_reading", &reading),
            ("plan", &scalar(plan_file)),
            ("rows", rows.trim_end_matches('\n')),
            ("file", file),
        ],
    );
    finish(&text, &[("adult", !child), ("child", child)])
}

/// The document's title as the official form prints it.
fn title(kind: Kind, child: bool) -> String {
    let ja = Locale::default_lang();
    match (kind, child) {
        (Kind::Monitoring, false) => ja.text("title-monitoring"),
        (Kind::Monitoring, true) => ja.text("title-monitoring-child"),
        (kind, child) => {
            let title = ja.text(if child { "title-plan-child" } else { "title-plan" });
            let mark =
                if kind == Kind::PlanDraft { ja.text("title-draft-mark") } else { String::new() };
            format!("{title}{mark}")
        }
    }
}

/// A need's words for the comment beside its row: one line, cut short.
fn about(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = line.chars().take(30).collect();
    if cut.len() < line.len() { format!("{cut}…") } else { cut }
}

/// `template` with each `{{key}}` replaced.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |t, (k, v)| t.replace(&format!("{{{{{k}}}}}"), v))
}

/// The lines of `text` for this document: a line marked `@tag ` is kept
/// (without its mark) when `tag` is on. Comments are lined up.
fn finish(text: &str, tags: &[(&str, bool)]) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for line in text.lines() {
        let line = match line.strip_prefix('@').and_then(|l| l.split_once(' ')) {
            Some((tag, rest)) => match tags.iter().find(|(t, _)| *t == tag) {
                Some((_, true)) => rest,
                _ => continue,
            },
            None => line,
        };
        out.push_str(&aligned(line));
        out.push('\n');
    }
    out
}

/// `line` with the comment after its value moved to [`COMMENT_COLUMN`].
fn aligned(line: &str) -> String {
    let Some((at, _)) = line.rmatch_indices("  # ").find(|(at, _)| !line[..*at].trim().is_empty())
    else {
        return line.to_string();
    };
    let (value, comment) = (&line[..at], &line[at..].trim_start());
    let width: usize = value.chars().map(|c| if c.len_utf8() >= 3 { 2 } else { 1 }).sum();
    let pad = COMMENT_COLUMN.saturating_sub(width).max(2);
    format!("{value}{}{comment}", " ".repeat(pad))
}

/// `s` as a YAML value: as it is when it is only letters, digits and the
/// marks of names and file names, else in double quotes (JSON's escaping
/// is YAML's).
fn scalar(s: &str) -> String {
    let plain = s.chars().next().is_some_and(char::is_alphabetic)
        && s.chars().all(|c| c.is_alphanumeric() || " 　・ー々-_.".contains(c))
        && !s.ends_with(' ')
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain { s.to_string() } else { serde_json::to_string(s).unwrap_or_default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_dated_the_day_it_is_made_and_only_with_a_date() {
        for kind in [Kind::Plan, Kind::PlanDraft] {
            let text = plan(kind, false, Some("架空 花子"), "x.yaml");
            let dated = dated(&text, "2026-12-03");
            let v = crate::plan::value(&dated, crate::plan::Format::Yaml).unwrap();
            assert_eq!(v["dates"]["created"], "2026-12-03");
            assert_eq!(dated.lines().count(), text.lines().count());
            assert!(dated.lines().any(|l| l.contains("created: 2026-12-03") && l.contains("# ")));
            for bad in
                ["2026-12-3", "x\nkind: plan", "\"\"", "2026/12/03", "2026-13-45", "2026-02-30"]
            {
                assert_eq!(super::dated(&text, bad), text, "{bad:?}");
            }
        }
        let report = monitoring(false, Some("架空 花子"), "r.yaml", "", None);
        let v =
            crate::plan::value(&dated(&report, "2027-01-15"), crate::plan::Format::Yaml).unwrap();
        assert_eq!(v["dates"]["created"], "2027-01-15");
    }

    #[test]
    fn values_are_quoted_only_when_yaml_would_misread_them() {
        for plain in ["山田 花子", "山田_花子.yaml", "need-1"] {
            assert_eq!(scalar(plain), plain);
        }
        for quoted in ["yes", "a: b", "#1", "12", "a\"b"] {
            let back: String = serde_json::from_str(&scalar(quoted)).unwrap();
            assert_eq!(back, quoted, "{quoted} comes back as written");
        }
    }

    #[test]
    fn comments_line_up() {
        assert_eq!(
            aligned("  name: 山田  # 氏名"),
            format!("  name: 山田{}# 氏名", " ".repeat(28))
        );
        assert_eq!(aligned("  # - days: [mon]  # 曜日").find('#'), Some(2));
        assert_eq!(aligned("  # 2つ目の課題は"), "  # 2つ目の課題は");
    }
}
