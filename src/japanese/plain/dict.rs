//! The paraphrase dictionary (`data/plain-words.tsv`): formal or hard words
//! and the everyday words a suggestion uses instead.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

/// How an entry's formal side is matched (the file's third column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Whole words of the analysed text (名詞).
    Noun,
    /// A する-noun followed by する (サ変): becomes the plain verb.
    Sahen,
    /// A verb by its dictionary form (動詞).
    Verb,
    /// An adjective by its dictionary form (形容詞).
    Adjective,
    /// A phrase as written (句), also 副詞.
    Phrase,
}

/// One entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The formal word.
    pub formal: String,
    /// The everyday words.
    pub plain: String,
    /// How `formal` is matched.
    pub kind: Kind,
    /// Where the entry comes from (`dev-readme`, `glossary`, `yomeru`).
    pub source: String,
}

/// The dictionary, indexed for each kind of match.
pub struct Dictionary {
    entries: Vec<Entry>,
    by_word: HashMap<(Kind, String), usize>,
    phrases: AhoCorasick,
    phrase_entries: Vec<usize>,
    /// Longest formal noun, in characters: how many words a match may span.
    pub longest: usize,
}

impl Dictionary {
    /// Reads the dictionary's text; `Err` names the first bad line.
    pub fn parse(text: &str) -> Result<Dictionary, String> {
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [formal, plain, kind, source] = cols[..] else {
                return Err(format!("line {}: expected 4 columns, found {}", n + 1, cols.len()));
            };
            let kind = match kind {
                "名詞" => Kind::Noun,
                "サ変" => Kind::Sahen,
                "動詞" => Kind::Verb,
                "形容詞" => Kind::Adjective,
                "句" | "副詞" => Kind::Phrase,
                other => return Err(format!("line {}: unknown kind {other}", n + 1)),
            };
            if formal.is_empty() || plain.is_empty() || formal == plain {
                return Err(format!("line {}: an entry must change a word", n + 1));
            }
            let entry =
                Entry { formal: formal.into(), plain: plain.into(), kind, source: source.into() };
            entries.push(entry);
        }
        let mut by_word = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if by_word.insert((e.kind, e.formal.clone()), i).is_some() {
                return Err(format!("{} ({:?}) is in the dictionary twice", e.formal, e.kind));
            }
        }
        let phrase_entries: Vec<usize> =
            (0..entries.len()).filter(|i| entries[*i].kind == Kind::Phrase).collect();
        let phrases = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(phrase_entries.iter().map(|i| &entries[*i].formal))
            .map_err(|e| e.to_string())?;
        let longest = entries
            .iter()
            .filter(|e| e.kind == Kind::Noun)
            .map(|e| e.formal.chars().count())
            .max()
            .unwrap_or(0);
        Ok(Dictionary { entries, by_word, phrases, phrase_entries, longest })
    }

    /// The entry of `kind` for `formal`.
    pub fn get(&self, kind: Kind, formal: &str) -> Option<&Entry> {
        self.by_word.get(&(kind, formal.to_string())).map(|i| &self.entries[*i])
    }

    /// The phrase entries found in `text`, leftmost-longest, as byte ranges.
    pub fn phrases_in<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (std::ops::Range<usize>, &'a Entry)> + 'a {
        self.phrases
            .find_iter(text)
            .map(|m| (m.range(), &self.entries[self.phrase_entries[m.pattern().as_usize()]]))
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

/// The shipped dictionary.
pub fn shipped() -> &'static Dictionary {
    static DICT: LazyLock<Dictionary> = LazyLock::new(|| {
        Dictionary::parse(include_str!("../../../data/plain-words.tsv"))
            .expect("data/plain-words.tsv is valid (checked by tests)")
    });
    &DICT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_dictionary_reads_and_every_source_is_named() {
        let d = Dictionary::parse(include_str!("../../../data/plain-words.tsv")).unwrap();
        assert!(d.entries().len() > 200);
        for e in d.entries() {
            assert!(
                ["dev-readme", "glossary", "yomeru"].contains(&e.source.as_str()),
                "{}: source {}",
                e.formal,
                e.source
            );
        }
    }

    #[test]
    fn bad_lines_are_refused_with_their_line() {
        assert!(Dictionary::parse("a\tb\t名詞").err().unwrap().contains("line 1"));
        assert!(Dictionary::parse("a\ta\t名詞\tyomeru").err().unwrap().contains("change"));
        assert!(Dictionary::parse("a\tb\t謎\tyomeru").err().unwrap().contains("kind"));
    }
}
