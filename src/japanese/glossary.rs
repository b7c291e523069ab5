//! The welfare glossary (`data/glossary.toml`): each term with its
//! reading, a short explanation printed after its first use in the
//! easy-read version, a plain explanation for the glossary page, and a
//! pictogram concept. The same entries give the readings of the terms.

use std::sync::LazyLock;

use serde::Deserialize;

/// One welfare term.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The official word (就労継続支援B型).
    pub term: String,
    /// Its reading in hiragana.
    pub reading: String,
    /// Other names for the same thing (グループホーム for 共同生活援助).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A few words printed after the term's first use.
    pub short: String,
    /// The explanation on the glossary page.
    pub plain: String,
    /// Pictogram concept id.
    pub pictogram: String,
}

#[derive(Deserialize)]
struct File {
    term: Vec<Term>,
}

static GLOSSARY: LazyLock<Vec<Term>> = LazyLock::new(|| {
    let file: File = toml_edit::de::from_str(include_str!("../../data/glossary.toml"))
        .expect("data/glossary.toml is valid (checked by tests)");
    file.term
});

/// Every term, in file order.
pub fn terms() -> &'static [Term] {
    &GLOSSARY
}

/// The term written `word` (its official name or an alias).
pub fn find(word: &str) -> Option<&'static Term> {
    GLOSSARY.iter().find(|t| t.term == word || t.aliases.iter().any(|a| a == word))
}

/// Every name the glossary explains (terms and aliases).
pub fn names() -> impl Iterator<Item = &'static str> {
    GLOSSARY
        .iter()
        .flat_map(|t| std::iter::once(t.term.as_str()).chain(t.aliases.iter().map(String::as_str)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::japanese::check::{Options, Rule, check};
    use crate::japanese::reading::Lexicon;

    #[test]
    fn parses_and_has_unique_terms() {
        assert!(terms().len() >= 59);
        let mut seen: Vec<&str> = names().collect();
        seen.sort_unstable();
        let n = seen.len();
        seen.dedup();
        assert_eq!(n, seen.len(), "a name appears twice");
        assert_eq!(find("グループホーム").map(|t| t.term.as_str()), Some("共同生活援助"));
    }

    #[test]
    fn explanations_pass_the_readability_checker() {
        let lexicon = Lexicon::welfare();
        for t in terms() {
            for text in [&t.short, &t.plain] {
                let r = check(text, &lexicon, &Options::default(), true);
                let bad: Vec<_> = r.findings.iter().filter(|f| f.rule != Rule::NoPlain).collect();
                assert!(bad.is_empty(), "{}: {text}: {bad:?}", t.term);
            }
        }
    }

    #[test]
    fn glossary_pictograms_exist() {
        for t in super::terms() {
            assert!(crate::pictograms::exists(&t.pictogram), "{}: {}", t.term, t.pictogram);
        }
    }
}
