//! The printable pictogram catalogue (`yomeru pictograms --sheet`): every
//! concept with its picture, names, reading, id and words, for an office to
//! choose pictures from on paper.
//!
//! The Typst source is written here, not in a template: it has no plan.
//! Every catalogue text reaches Typst as a string literal through
//! [`escape::typst_str`], like plan text in the documents.

use super::escape;
use crate::locale::Locale;
use crate::pictograms::{self, Concept, Style};
use crate::typeset::Job;

/// How many of a concept's words the sheet prints: enough to recognise
/// it, few enough to keep every card the same height.
const WORDS: usize = 8;

/// The page, the card of one concept and the start of the grid; the
/// `{…}` holes take string literals.
const PREAMBLE: &str = r##"#set document(title: {title})
#set text(font: ("BIZ UDPGothic", "yomeru Fallback JP"), size: 9pt, lang: {lang}, hyphenate: false)
#set page(paper: "a4", margin: (x: 12mm, top: 14mm, bottom: 16mm), footer: context {
  set text(size: 7pt)
  [#{credit} #h(1fr) #counter(page).display("1 / 1", both: true)]
})
#heading(level: 1, {title})
#text(size: 8pt, {intro})
#v(3mm)
#let card(path, alt, name, reading, english, id, words) = block(breakable: false, width: 100%, inset: 2.5mm, radius: 2mm, stroke: 0.5pt + luma(180))[
  #align(center, image(path, alt: alt, width: 16mm, height: 16mm, fit: "contain"))
  #text(size: 11pt, weight: "bold", name) #text(size: 7pt, "（" + reading + "）") \
  #text(size: 9pt, fill: rgb("#1a4f8b"), weight: "bold", id) \
  #text(size: 8pt, english) \
  #text(size: 6.5pt, fill: luma(70), words)
]
#grid(columns: (1fr,) * 4, gutter: 2.5mm,
"##;

/// The Typst job of a catalogue of `concepts` with labels in `locale`'s
/// language, pictures in `style`.
pub fn sheet(concepts: &[&Concept], locale: &Locale, style: Style) -> Job {
    let lit = |s: &str| escape::typst_str(s);
    let lang = if locale.lang().starts_with("ja") { "ja" } else { locale.lang() };
    let mut src = PREAMBLE
        .replace("{title}", &lit(&locale.text("sheet-title")))
        .replace("{intro}", &lit(&locale.text("sheet-intro")))
        .replace("{credit}", &lit(&locale.text("sheet-credit")))
        .replace("{lang}", &lit(lang));
    for c in concepts {
        let words: Vec<&str> = c.words.iter().copied().take(WORDS).collect();
        let alt = pictograms::alt_text(c, locale.lang());
        src.push_str(&format!(
            "  card({}, {}, {}, {}, {}, {}, {}),\n",
            lit(&pictograms::file_path(c, style)),
            lit(alt),
            lit(c.ja),
            lit(c.reading),
            lit(c.en),
            lit(c.id),
            lit(&words.join(&locale.text("list-separator"))),
        ));
    }
    src.push_str(")\n");
    let mut files: Vec<(String, Vec<u8>)> = pictograms::files(style)
        .filter(|(p, _)| src.contains(p.as_str()))
        .map(|(p, bytes)| (p.trim_start_matches('/').to_string(), bytes.to_vec()))
        .collect();
    files.push(("main.typ".into(), src.into_bytes()));
    Job { files, main: "main.typ".into(), date: (2026, 1, 1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_text_reaches_typst_only_as_string_literals() {
        let l = Locale::get("ja").unwrap();
        let all: Vec<&Concept> = pictograms::concepts().iter().collect();
        let job = sheet(&all, &l, Style::Color);
        let main = String::from_utf8(job.files.last().unwrap().1.clone()).unwrap();
        assert!(main.contains(
            r#"card("/pictograms/color/1F3E0.svg", "家", "家", "いえ", "home", "home", "#
        ));
        // One picture file per drawing used, none unused.
        assert_eq!(
            job.files.len() - 1,
            all.iter().map(|c| c.file).collect::<std::collections::HashSet<_>>().len()
        );
    }
}
