//! `yomeru report`: the 地域課題 report of a caseload, as a PDF and CSV,
//! or its figures as JSON.

use std::path::{Path, PathBuf};

use yomeru::Error;
use yomeru::caseload::agenda::Caseload;
use yomeru::caseload::report::{Options, report};
use yomeru::locale::{Locale, arg};

use super::args::ReportFormat;

/// Reads the plans under `dirs` and writes `report.pdf` and `report.csv`
/// into `output`, or prints the figures as JSON. `Ok(false)` when a file
/// could not be read: the figures miss someone, and the PDF says so.
pub fn run(
    dirs: &[PathBuf],
    output: &Path,
    format: ReportFormat,
    options: &Options,
    emit_typst: Option<&Path>,
    locale: &Locale,
) -> Result<bool, Error> {
    let caseload = Caseload::read(dirs)?;
    for e in &caseload.unreadable {
        eprintln!("{}", e.report(locale));
    }
    let figures = report(&caseload, options);
    match format {
        ReportFormat::Json => {
            println!("{}", serde_json::to_string_pretty(&figures).expect("JSON of plain values"));
        }
        ReportFormat::Pdf => {
            let job = yomeru::caseload::report::pdf_job(&figures, locale);
            if let Some(dir) = emit_typst {
                let files: Vec<(PathBuf, Vec<u8>)> =
                    job.files.iter().map(|(name, bytes)| (dir.join(name), bytes.clone())).collect();
                yomeru::caseload::write_all_atomic(&files)?;
            }
            let compiled = yomeru::typeset::compile(&job)?;
            let pdf = compiled.pdf()?;
            let csv = yomeru::caseload::report::csv(&figures, locale);
            let (pdf_path, csv_path) = (output.join("report.pdf"), output.join("report.csv"));
            yomeru::caseload::write_all_atomic(&[
                (pdf_path.clone(), pdf),
                (csv_path.clone(), csv),
            ])?;
            let pages = compiled.page_count() as i64;
            for (path, pages) in [(pdf_path, Some(pages)), (csv_path, None)] {
                let file = arg(path.display().to_string());
                let line = match pages {
                    Some(p) => locale.format("cli-wrote", &[("file", file), ("pages", p.into())]),
                    None => locale.format("cli-wrote-file", &[("file", file)]),
                };
                println!("{line}");
            }
        }
    }
    Ok(caseload.unreadable.is_empty())
}
