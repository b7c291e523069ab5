//! Pictograms: concept ids (`bath`, `work`, …) mapped to the OpenMoji SVGs
//! shipped in `pictograms/openmoji/{color,black}/` (`pictograms/catalogue.toml`).
//!
//! Alt text is not here: it is the Fluent message `picto-<id>` of the
//! document's language, so a family language brings its own.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

/// The SVGs embedded from `pictograms/openmoji/`, as (relative path, bytes).
static SVGS: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/pictograms.rs"));

#[derive(Deserialize)]
struct Catalogue {
    concepts: BTreeMap<String, String>,
    #[serde(default)]
    keywords: BTreeMap<String, Vec<String>>,
}

static PARSED: LazyLock<Catalogue> = LazyLock::new(|| {
    toml_edit::de::from_str(include_str!("../pictograms/catalogue.toml"))
        .expect("pictograms/catalogue.toml is valid (checked by tests)")
});
static CATALOGUE: LazyLock<&'static BTreeMap<String, String>> = LazyLock::new(|| &PARSED.concepts);

/// The concept a text suggests by its words (外出 → outing), if any: the
/// keyword found earliest in the text.
pub fn guess(text: &str) -> Option<&'static str> {
    PARSED
        .keywords
        .iter()
        .flat_map(|(id, words)| {
            words.iter().filter_map(move |w| text.find(w.as_str()).map(|at| (at, id.as_str())))
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, id)| id)
}

/// Which drawing of a pictogram.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// Colour, for screen and colour print.
    #[default]
    Color,
    /// Black line art, for black-and-white print.
    Black,
}

impl Style {
    fn folder(self) -> &'static str {
        match self {
            Style::Color => "color",
            Style::Black => "black",
        }
    }
}

/// Every concept id, sorted.
pub fn ids() -> impl Iterator<Item = &'static str> {
    CATALOGUE.keys().map(String::as_str)
}

/// Whether `id` names a concept.
pub fn exists(id: &str) -> bool {
    CATALOGUE.contains_key(id)
}

/// The closest concept id to a misspelt one.
pub fn suggest(id: &str) -> Option<&'static str> {
    ids()
        .map(|c| (strsim::jaro_winkler(id, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// The path of `id`'s SVG in the Typst world (`/pictograms/color/1F6C1.svg`).
pub fn path(id: &str, style: Style) -> Option<String> {
    CATALOGUE.get(id).map(|file| format!("/pictograms/{}/{file}.svg", style.folder()))
}

/// The SVG files of `style`, as (path in the Typst world, bytes).
pub fn files(style: Style) -> impl Iterator<Item = (String, &'static [u8])> {
    let prefix = format!("{}/", style.folder());
    SVGS.iter()
        .filter(move |(p, _)| p.starts_with(&prefix))
        .map(|(p, bytes)| (format!("/pictograms/{p}"), *bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_concept_has_both_drawings_and_alt_text() {
        let color: Vec<String> = files(Style::Color).map(|(p, _)| p).collect();
        let black: Vec<String> = files(Style::Black).map(|(p, _)| p).collect();
        for id in ids() {
            assert!(color.contains(&path(id, Style::Color).unwrap()), "{id}: colour SVG");
            assert!(black.contains(&path(id, Style::Black).unwrap()), "{id}: black SVG");
            for lang in ["ja-easy", "en", "pt"] {
                let l = crate::locale::Locale::get(lang).unwrap();
                assert!(l.has(&format!("picto-{id}")), "{lang} has no alt text for {id}");
            }
        }
        assert!(ids().count() >= 70);
    }

    #[test]
    fn keywords_name_known_concepts() {
        for id in PARSED.keywords.keys() {
            assert!(exists(id), "keyword concept {id}");
        }
        assert_eq!(guess("山本さんと外出"), Some("outing"));
        assert_eq!(guess("実家で過ごす"), Some("home"));
        assert_eq!(guess("なにもない"), None);
    }

    #[test]
    fn suggests_close_ids() {
        assert_eq!(suggest("baht"), Some("bath"));
        assert_eq!(suggest("grouphome"), Some("group-home"));
        assert_eq!(suggest("zzzzzz"), None);
    }
}
