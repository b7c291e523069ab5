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
        // A phrase ending in a verb is matched in the forms a sentence
        // goes on from too (を受診する: を受診し、を受診して、を受診した),
        // its plain side put in the same form; one the file writes out
        // itself is left as written.
        let written = entries.len();
        for i in 0..written {
            for (formal, plain) in conjugated(&entries[i]) {
                if let std::collections::hash_map::Entry::Vacant(slot) =
                    by_word.entry((Kind::Phrase, formal.clone()))
                {
                    slot.insert(entries.len());
                    entries.push(Entry { formal, plain, ..entries[i].clone() });
                }
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

/// The forms of a phrase entry that ends in a verb in its dictionary form
/// (見学に行く → 見に行く) that a sentence goes on from: its 連用形 (見学に
/// 行き → 見に行き) and its て and た (見学に行って → 見に行って, 見学に
/// 行った → 見に行った). Empty for other entries, or where either side
/// cannot be put in the form.
fn conjugated(e: &Entry) -> Vec<(String, String)> {
    use super::conjugate::{phrase, te_of};
    use crate::japanese::reading::morphemes;
    let ends_in_verb = |text: &str| {
        text.ends_with("する")
            || morphemes(text).last().is_some_and(|m| m.pos.0 == "動詞" && m.conj_form == "基本形")
    };
    if e.kind != Kind::Phrase || !ends_in_verb(&e.formal) || !ends_in_verb(&e.plain) {
        return Vec::new();
    }
    let mut forms = Vec::new();
    if let (Some(f), Some(p)) = (phrase(&e.formal, "連用形"), phrase(&e.plain, "連用形")) {
        forms.push((f, p));
    }
    if let (Some(f), Some(p)) = (phrase(&e.formal, "連用タ接続"), phrase(&e.plain, "連用タ接続"))
    {
        let (ft, pt) = (te_of(&f, &e.formal), te_of(&p, &e.plain));
        let past = |te: &str| if te == "で" { "だ" } else { "た" };
        forms.push((format!("{f}{ft}"), format!("{p}{pt}")));
        forms.push((format!("{f}{}", past(ft)), format!("{p}{}", past(pt))));
    }
    forms
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
    fn a_phrase_ending_in_a_verb_is_found_in_the_forms_that_go_on() {
        let d = Dictionary::parse("見学に行く\t見に行く\t句\tyomeru\nを受診する\tで診てもらう\t句\tyomeru\nを受診し\tで診察を受け\t句\tyomeru").unwrap();
        let plain = |f: &str| d.get(Kind::Phrase, f).map(|e| e.plain.as_str());
        assert_eq!(plain("見学に行き"), Some("見に行き"));
        assert_eq!(plain("見学に行って"), Some("見に行って"));
        assert_eq!(plain("見学に行った"), Some("見に行った"));
        assert_eq!(plain("を受診して"), Some("で診てもらって"));
        // One the file writes out is left as written.
        assert_eq!(plain("を受診し"), Some("で診察を受け"));
        let found: Vec<_> =
            d.phrases_in("病院を受診した。").map(|(r, e)| (r, e.plain.clone())).collect();
        assert_eq!(found, vec![(6..21, "で診てもらった".to_string())]);
        // A form the analyser reads as 未然形 before ない is not matched
        // here but where the words are (words::phrases); the entry holds.
        assert_eq!(plain("見学に行か"), None);
    }

    #[test]
    fn bad_lines_are_refused_with_their_line() {
        assert!(Dictionary::parse("a\tb\t名詞").err().unwrap().contains("line 1"));
        assert!(Dictionary::parse("a\ta\t名詞\tyomeru").err().unwrap().contains("change"));
        assert!(Dictionary::parse("a\tb\t謎\tyomeru").err().unwrap().contains("kind"));
    }
}
