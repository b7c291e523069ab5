//! `yomeru pictograms`: the pictures a plan can name, found by a word, or
//! printed as a catalogue to choose from on paper.

use std::io::Write;
use std::path::Path;

use yomeru::Error;
use yomeru::locale::{Locale, arg};
use yomeru::pictograms::{self, Concept, Style};

/// Lists the concepts `word` finds (all without a word), one a line:
/// id, Japanese name, reading, English name, words. False when nothing
/// matches (the closest are said instead).
pub fn list(word: Option<&str>, locale: &Locale) -> Result<bool, Error> {
    let word = word.map(str::trim).unwrap_or_default();
    let found = pictograms::search(word);
    if found.is_empty() {
        // Nothing by that word: the closest by spelling, named as errors do.
        let closest = match pictograms::lookup(word) {
            pictograms::Lookup::Unknown { closest } => closest,
            pictograms::Lookup::Found { .. } => Vec::new(),
        };
        let names: Vec<String> = closest.iter().map(|c| label(c, locale)).collect();
        let w = arg(word.to_string());
        let message = if names.is_empty() {
            locale.format("cli-pictograms-none", &[("word", w)])
        } else {
            let names = arg(names.join(&locale.text("list-separator")));
            locale.format("cli-pictograms-closest", &[("word", w), ("names", names)])
        };
        eprintln!("{message}");
        return Ok(false);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let io = |e| Error::io(e, Path::new("stdout"));
    writeln!(out, "{}", locale.text("cli-pictograms-header")).map_err(io)?;
    for c in found {
        let words = c.words.join(&locale.text("list-separator"));
        writeln!(out, "{}\t{}\t{}\t{}\t{}", c.id, c.ja, c.reading, c.en, words).map_err(io)?;
    }
    out.flush().map_err(io)?;
    Ok(true)
}

/// A concept as messages in `locale`'s language name it.
fn label(c: &Concept, locale: &Locale) -> String {
    if locale.lang().starts_with("ja") { pictograms::label_ja(c) } else { pictograms::label_en(c) }
}

/// Writes the catalogue of every concept (those `word` finds, with a
/// word) as `pictograms.pdf` (`pictograms-black.pdf` in line art) into
/// `dir`.
pub fn sheet(
    word: Option<&str>,
    dir: &Path,
    monochrome: bool,
    locale: &Locale,
) -> Result<bool, Error> {
    let concepts = pictograms::search(word.map(str::trim).unwrap_or_default());
    let style = if monochrome { Style::Black } else { Style::Color };
    let job = yomeru::render::sheet::sheet(&concepts, locale, style);
    let compiled = yomeru::typeset::compile(&job)?;
    let pdf = compiled.pdf()?;
    let name = if monochrome { "pictograms-black.pdf" } else { "pictograms.pdf" };
    let path = dir.join(name);
    yomeru::caseload::write_all_atomic(&[(path.clone(), pdf)])?;
    let pages = compiled.page_count() as i64;
    println!(
        "{}",
        locale.format(
            "cli-wrote",
            &[("file", arg(path.display().to_string())), ("pages", pages.into())]
        )
    );
    Ok(true)
}
