//! `yomeru check`: every error of each plan file, then how readable the
//! easy version's words are; or any text from standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

use yomeru::Error;
use yomeru::japanese::check::Options;
use yomeru::locale::{Locale, arg};
use yomeru::readability::{band, plan_json, report_json, write_findings, write_plan};
use yomeru::session::Session;

use super::args::CheckFormat;

/// Checks each plan file; false when any has errors. With JSON, one object
/// per file: its `diagnostics` (errors and warnings) and, when it loads,
/// its readability report.
pub fn files(
    session: &Session,
    plans: &[PathBuf],
    format: CheckFormat,
    options: &Options,
    locale: &Locale,
) -> bool {
    let mut ok = true;
    let mut json = Vec::new();
    for path in plans {
        let file = path.display().to_string();
        let read = yomeru::caseload::read_plan(session, path);
        let plan = match read.plan {
            Ok(plan) => plan,
            Err(e) => {
                ok = false;
                match format {
                    CheckFormat::Json => json.push(serde_json::json!({
                        "file": file,
                        "diagnostics": e.diagnostics(locale),
                    })),
                    CheckFormat::Text => eprintln!("{}", e.report(locale)),
                }
                continue;
            }
        };
        let warnings = &plan.warnings;
        let report = session.check(&plan, options);
        match format {
            CheckFormat::Json => {
                let mut v = plan_json(&file, &report, locale);
                v["diagnostics"] = serde_json::to_value(
                    warnings.iter().map(|w| w.diagnostic(locale)).collect::<Vec<_>>(),
                )
                .expect("diagnostics are JSON");
                json.push(v);
            }
            CheckFormat::Text => {
                for w in warnings {
                    eprintln!("{}", w.report(locale));
                }
                let mut out = String::new();
                write_plan(&file, &report, locale, &mut out);
                print!("{out}");
                // Valid is not the same as nothing to do: say what was found.
                let findings: usize = report.fields.iter().map(|f| f.report.findings.len()).sum();
                let readings = report.readings.len();
                if findings + readings == 0 {
                    println!("{}", locale.format("cli-check-ok", &[("file", arg(file))]));
                } else {
                    let args = [
                        ("file", arg(file)),
                        ("findings", (findings as i64).into()),
                        ("readings", (readings as i64).into()),
                    ];
                    println!("{}", locale.format("cli-check-found", &args));
                }
            }
        }
    }
    if format == CheckFormat::Json {
        println!("{}", serde_json::to_string_pretty(&json).expect("reports are JSON"));
    }
    ok
}

/// `yomeru check --stdin`: one report per input line.
pub fn stdin(
    session: &Session,
    format: CheckFormat,
    options: &Options,
    locale: &Locale,
) -> Result<(), Error> {
    let mut json = Vec::new();
    let text = stdin_text()?;
    for (i, line) in text.lines().enumerate() {
        let report = session.check_text(line, options);
        if format == CheckFormat::Json {
            let mut v = report_json(&report, locale);
            v["line"] = (i + 1).into();
            v["text"] = line.to_string().into();
            json.push(v);
        } else {
            let score = &report.score;
            let args = [
                ("line", ((i + 1) as i64).into()),
                ("score", i64::from(score.value).into()),
                ("band", arg(band(locale, score.value))),
            ];
            let mut out = format!("{}\n", locale.format("check-line-score", &args));
            write_findings(&report, locale, &mut out);
            print!("{out}");
        }
    }
    if format == CheckFormat::Json {
        println!("{}", serde_json::to_string_pretty(&json).expect("reports are JSON"));
    }
    Ok(())
}

/// Standard input as text, bounded like a plan file (`yes | yomeru check
/// --stdin` must end), without a byte-order mark (office software writes
/// one; as in plan files, it is not text).
pub fn stdin_text() -> Result<String, Error> {
    let mut bytes = Vec::new();
    let limit = yomeru::plan::MAX_PLAN_BYTES;
    std::io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(e, Path::new("-")))?;
    if bytes.len() as u64 > limit {
        let problem = yomeru::error::IoProblem::TooLarge { bytes: bytes.len() as u64, limit };
        return Err(Error::new(yomeru::ErrorKind::Io { problem }));
    }
    let text = yomeru::plan::utf8(&bytes, true)?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
}
