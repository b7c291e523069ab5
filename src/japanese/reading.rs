//! Readings of Japanese text: which kana to print above which kanji.
//!
//! Readings come, in priority order, from the plan's `readings:` map, the
//! welfare glossary (`data/glossary.toml`) and everyday words (`data/welfare-readings.tsv`), then the
//! morphological analyser (lindera with IPADIC, built offline by build.rs).
//! Numbers with counters are read by rule, because the analyser reads the
//! digit and the counter apart (３人 → さんにん instead of ３にん, ２人 → ふたり).

use std::borrow::Cow;
use std::sync::LazyLock;

use lindera::dictionary::Dictionary;
use lindera::mode::Mode;
use lindera::segmenter::Segmenter;

use super::align::{Boundary, Segment, align};
use super::grade::Furigana;
use super::kana::{has_kanji, is_kana, to_hiragana};
use crate::memo::{Bounded, hash128};

mod ipadic {
    lindera_dictionary::embedded_dictionary!("/ipadic", EmbeddedIpadicLoader);
}

/// The analyser, loaded once per process (the dictionary is embedded, so
/// loading maps static bytes: about a millisecond).
static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(new_segmenter);

fn new_segmenter() -> Segmenter {
    let dict: Dictionary = ipadic::load().expect("the embedded IPADIC dictionary is valid");
    Segmenter::new(Mode::Normal, dict, None)
}

/// Loads the embedded dictionary afresh, apart from the process-wide copy,
/// and segments one word with it: what the first reading of a process
/// costs (measured by `benches/furigana.rs`).
pub fn load_analyser_once() -> usize {
    let segmenter = new_segmenter();
    segmenter.segment(Cow::Borrowed("本人")).map_or(0, |t| t.len())
}

/// Everyday words the analyser reads wrongly: `term<TAB>reading` lines (the
/// welfare terms' readings are in the glossary).
static WELFARE: &str = include_str!("../../data/welfare-readings.tsv");

/// The welfare lexicon: services, certificates, roles, conditions, care and
/// plan words from the laws' service catalogues, the official forms and care
/// records (`data/welfare-lexicon-sources.md`), `term<TAB>reading<TAB>…`.
static LEXICON: &str = include_str!("../../data/welfare-lexicon.tsv");

/// Readings that win over the analyser, longest term first. A term without
/// a reading is printed as written: names the plan gives no reading for are
/// never guessed.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Term, reading, and whether the term is read wherever it appears
    /// (the plan's own `readings:`) or only where a word starts.
    entries: Vec<(String, Option<String>, bool)>,
    /// For each first character, the entries starting with it, longest first.
    index: std::collections::HashMap<char, Vec<usize>>,
    /// Names of people, offices and places the plan gives no reading for:
    /// inside them, proper nouns and words the dictionary does not know are
    /// name parts, printed as written; the common words are read.
    names: Vec<String>,
    /// A hash of `entries` and `names`, naming this lexicon in the reading cache.
    key: u128,
}

impl Lexicon {
    /// The welfare dictionary plus `extra` (a plan's `readings:`), where
    /// `extra` wins for the same term.
    pub fn with_overrides<'a>(extra: impl IntoIterator<Item = (&'a str, &'a str)>) -> Lexicon {
        let mut lexicon = Lexicon::unsorted(extra);
        lexicon.sort();
        lexicon
    }

    /// The plan's readings and the welfare dictionary, not yet sorted.
    fn unsorted<'a>(extra: impl IntoIterator<Item = (&'a str, &'a str)>) -> Lexicon {
        let mut entries: Vec<(String, Option<String>, bool)> = extra
            .into_iter()
            .filter(|(t, _)| !t.is_empty())
            .map(|(t, r)| (t.to_string(), Some(to_hiragana(r)), true))
            .collect();
        let mut seen: std::collections::HashSet<String> =
            entries.iter().map(|e| e.0.clone()).collect();
        for (term, reading) in welfare_entries() {
            if seen.insert(term.clone()) {
                entries.push((term.to_string(), Some(reading.clone()), false));
            }
        }
        Lexicon { entries, index: Default::default(), names: Vec::new(), key: 0 }
    }

    /// A plan's lexicon in one go: [`Lexicon::with_overrides`], then each
    /// of `names` as [`Lexicon::name`] and `protected` as
    /// [`Lexicon::protect`], sorted once (a caseload builds hundreds).
    pub fn for_names<'a>(
        overrides: impl IntoIterator<Item = (&'a str, &'a str)>,
        names: &[(&str, &str)],
        protected: impl IntoIterator<Item = &'a str>,
    ) -> Lexicon {
        let mut lexicon = Lexicon::unsorted(overrides);
        for (name, reading) in names {
            if !lexicon.add_name(name, reading) {
                lexicon.add_protected([*name]);
            }
        }
        lexicon.add_protected(protected);
        lexicon.sort();
        lexicon
    }

    /// The welfare dictionary alone.
    pub fn welfare() -> Lexicon {
        Lexicon::with_overrides([])
    }

    /// Marks `names` (offices, providers, supporters) as names: wherever one
    /// appears, its common words are read (相談支援センター, 作業所), the
    /// plan's `readings:` apply inside it, and only its name parts (proper
    /// nouns and words the dictionary does not know) are printed without a
    /// reading, each reported by [`doubts`] so the specialist can give it.
    pub fn protect<'a>(mut self, names: impl IntoIterator<Item = &'a str>) -> Lexicon {
        self.add_protected(names);
        self.sort();
        self
    }

    fn add_protected<'a>(&mut self, names: impl IntoIterator<Item = &'a str>) {
        for name in names {
            let name = name.trim();
            if !name.is_empty() && !self.names.iter().any(|n| n == name) {
                self.names.push(name.to_string());
            }
        }
    }

    /// Adds `name` read as `reading` (a person's `name_reading`), printed as
    /// one word; the plan's own `readings:` still win.
    ///
    /// A name longer than ten characters would be one unbreakable ruby
    /// wider than a page's column; it is read part by part (the parts
    /// between spaces, when the reading has as many), or left without a
    /// reading rather than run off the page.
    pub fn name(mut self, name: &str, reading: &str) -> Lexicon {
        if !self.add_name(name, reading) {
            return self.protect([name]);
        }
        self.sort();
        self
    }

    /// Adds `name` read as `reading` (see [`Lexicon::name`]) without
    /// sorting; `false` when the reading is empty (nothing added).
    fn add_name(&mut self, name: &str, reading: &str) -> bool {
        let name = name.trim();
        let reading = to_hiragana(reading.trim());
        if reading.is_empty() {
            return false;
        }
        let parts: Vec<(&str, &str)> = if name.chars().count() <= 10 {
            vec![(name, reading.as_str())]
        } else {
            let names: Vec<&str> = name.split([' ', '　']).filter(|p| !p.is_empty()).collect();
            let readings: Vec<&str> =
                reading.split([' ', '　']).filter(|p| !p.is_empty()).collect();
            if names.len() == readings.len() && names.iter().all(|n| n.chars().count() <= 10) {
                names.into_iter().zip(readings).collect()
            } else {
                Vec::new()
            }
        };
        for (name, reading) in parts {
            if !name.is_empty() && !self.entries.iter().any(|(t, ..)| t == name) {
                self.entries.push((name.to_string(), Some(reading.to_string()), true));
            }
        }
        true
    }

    fn sort(&mut self) {
        // Longest first, so 就労継続支援B型 wins over 就労.
        self.entries.sort_by_cached_key(|e| std::cmp::Reverse(e.0.chars().count()));
        self.names.sort_by_cached_key(|n| std::cmp::Reverse(n.chars().count()));
        self.index.clear();
        for (i, (term, ..)) in self.entries.iter().enumerate() {
            if let Some(c) = term.chars().next() {
                self.index.entry(c).or_default().push(i);
            }
        }
        self.key = hash128(&(&self.entries, &self.names));
    }

    /// Byte offsets of the spaces in `text` that lie inside a name of
    /// the plan written with one (高橋 美咲, 母（佐藤 良子）).
    fn spaces_in_names(&self, text: &str) -> Vec<usize> {
        if !text.contains([' ', '　']) {
            return Vec::new();
        }
        let spaced = |n: &&str| n.contains([' ', '　']);
        let names = self.entries.iter().filter(|e| e.2).map(|e| e.0.as_str());
        let mut out = Vec::new();
        for name in names.chain(self.names.iter().map(String::as_str)).filter(spaced) {
            for (at, _) in text.match_indices(name) {
                out.extend(
                    name.char_indices()
                        .filter(|(_, c)| *c == ' ' || *c == '　')
                        .map(|(i, _)| at + i),
                );
            }
        }
        out
    }

    /// Byte ranges of `text` that lie inside one of the names.
    fn name_spans(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        let mut spans = Vec::new();
        for name in &self.names {
            spans.extend(text.match_indices(name.as_str()).map(|(at, n)| at..at + n.len()));
        }
        spans
    }

    /// The longest term at the start of `text`; a term of the welfare
    /// dictionaries only where `word` says a word of that length is (so
    /// that 日中 is not found inside 今日中); the plan's own anywhere.
    fn match_at(
        &self,
        text: &str,
        word: impl Fn(usize) -> bool,
    ) -> Option<(&String, &Option<String>)> {
        let first = text.chars().next()?;
        self.index
            .get(&first)?
            .iter()
            .map(|&i| &self.entries[i])
            .find(|(term, _, anywhere)| {
                text.starts_with(term.as_str()) && (*anywhere || word(term.len()))
            })
            .map(|(t, r, _)| (t, r))
    }
}

/// The welfare terms of the glossary and the everyday words, parsed once
/// per process.
fn welfare_entries() -> &'static [(String, String)] {
    static ENTRIES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
        let glossary = super::glossary::terms().iter().flat_map(|t| {
            std::iter::once(&t.term)
                .chain(&t.aliases)
                .map(|name| (name.clone(), to_hiragana(&t.reading)))
        });
        // An alias in katakana (グループホーム) needs no reading of the term's.
        let glossary = glossary.filter(|(name, _)| has_kanji(name));
        let everyday = WELFARE
            .lines()
            .skip(1)
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(t, r)| (t.to_string(), to_hiragana(r.trim())));
        let lexicon = LEXICON
            .lines()
            .skip(1)
            .filter_map(|l| {
                let mut cols = l.split('\t');
                Some((cols.next()?.trim().to_string(), to_hiragana(cols.next()?.trim())))
            })
            .filter(|(t, r)| has_kanji(t) && !r.is_empty());
        glossary.chain(everyday).chain(lexicon).collect()
    });
    &ENTRIES
}

/// A word whose printed reading someone should confirm once, in the plan's
/// `readings:` (`yomeru check` lists them).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Doubt {
    /// The word as written.
    pub word: String,
    /// Why it is in doubt.
    pub kind: DoubtKind,
    /// The reading printed above it (hiragana), if any.
    pub reading: Option<String>,
}

/// Why a word's reading is in doubt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DoubtKind {
    /// A part of a name the plan gives no reading for: printed without one,
    /// because a name read wrongly is worse than a name not read.
    Name,
    /// A word the dictionary does not know: read kanji by kanji.
    Unknown,
    /// A word the dictionary reads several ways (今日 きょう・こんにち).
    Ambiguous,
}

/// Segments and doubts of one text, as cached.
#[derive(Debug, Clone, Default)]
struct Reading {
    segments: Vec<Segment>,
    doubts: Vec<Doubt>,
}

/// Reads `text` into segments: kanji words with their reading, everything
/// else as written, each marked with where words and 文節 start.
pub fn read(text: &str, lexicon: &Lexicon) -> Vec<Segment> {
    read_all(text, lexicon).segments
}

/// The words of `text` whose reading someone should confirm, each once, in
/// order of first appearance.
pub fn doubts(text: &str, lexicon: &Lexicon) -> Vec<Doubt> {
    read_all(text, lexicon).doubts
}

fn read_all(text: &str, lexicon: &Lexicon) -> Reading {
    // Reading is a fifth of a warm render (analyser, lexicon scan,
    // alignment), and the same texts come back: every render of a plan in
    // `yomeru watch`, and the labels and phrases that plans of a caseload
    // share. Keyed by a 128-bit hash of lexicon and text, as Typst keys its
    // own caches; cleared when full, so memory stays bounded.
    static CACHE: Bounded<u128, Reading> = Bounded::new(20_000);
    let key = hash128(&(lexicon.key, text));
    CACHE.get_or_make(key, || analyse(&lex_tokens(text, lexicon)))
}

/// A word of a sentence as the analyser sees it, for readability checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// As written.
    pub surface: String,
    /// Dictionary form (食べ → 食べる); the surface for lexicon terms.
    pub base: String,
    /// Part of speech.
    pub pos: Pos,
    /// From the welfare dictionary or the plan's `readings:`.
    pub known: bool,
}

/// The words of `text`, lexicon terms as single nouns.
pub fn words(text: &str, lexicon: &Lexicon) -> Vec<Word> {
    lex_tokens(text, lexicon)
        .into_iter()
        .map(|t| Word {
            base: t.base.unwrap_or_else(|| t.surface.clone()),
            surface: t.surface,
            pos: t.pos,
            known: t.fixed,
        })
        .collect()
}

use crate::locale::marked;
pub use crate::locale::{MARK_CLOSE, MARK_OPEN, MARK_READING, unmark};

fn lex_tokens(text: &str, lexicon: &Lexicon) -> Vec<Token> {
    let mut names = lexicon.name_spans(text);
    // Where the analyser, reading the whole text, starts and ends words.
    let mut whole = SEGMENTER.segment(Cow::Borrowed(text)).ok();
    if let Some(toks) = whole.as_mut() {
        names.extend(kana_names(toks));
    }
    let bounds: std::collections::HashSet<usize> = match &whole {
        Some(toks) => toks.iter().flat_map(|t| [t.byte_start, t.byte_end]).collect(),
        None => std::collections::HashSet::new(),
    };
    let mut toks = Vec::new();
    // The text between dictionary terms is read with the analyser's words
    // of the whole text where its ends are word ends there too: read alone,
    // a fragment that starts with が (看護師|がくすりを) is taken for the
    // conjunction, and its 文節 are spaced wrongly.
    let mut words = whole.take().map(|w| w.into_iter().peekable());
    let mut between = |from: usize, to: usize, toks: &mut Vec<Token>| {
        let aligned =
            (from == 0 || bounds.contains(&from)) && (to == text.len() || bounds.contains(&to));
        match words.as_mut() {
            Some(words) if aligned && from < to => {
                while words.next_if(|t| t.byte_end <= from).is_some() {}
                let mut part = Vec::new();
                while let Some(mut t) = words.next_if(|t| t.byte_end <= to) {
                    t.byte_start -= from;
                    t.byte_end -= from;
                    part.push(t);
                }
                toks.extend(tokens_of(&text[from..to], from, &names, part));
            }
            _ => toks.extend(tokens(&text[from..to], from, &names)),
        }
    };
    // Where the text not yet given to the analyser starts, and where we are.
    let (mut free, mut at) = (0, 0);
    while at < text.len() {
        let rest = &text[at..];
        let fixed = marked(rest)
            .map(|(base, reading, len)| (base.to_string(), Some(to_hiragana(reading)), len))
            .or_else(|| {
                // A dictionary term is a word of the text only where the
                // analyser too has a word start there; a term ending in a
                // suffix kanji, before more kanji, also needs a word end
                // after it (利用時 is not in 利用時間; 昼食 is in 昼食前,
                // which IPADIC cuts 昼/食前).
                let word = |len: usize| {
                    let term = &text[at..at + len];
                    // After a number, a counter is a counter (1日中 is not 1 + 日中).
                    let counted = text[..at].ends_with(is_digit)
                        && COUNTERS.iter().any(|c| term.starts_with(c));
                    !counted
                        && (at == free || bounds.contains(&at))
                        && (!term.ends_with(|c| SUFFIX_KANJI.contains(c))
                            || !text[at + len..].starts_with(super::kana::is_kanji)
                            || bounds.contains(&(at + len)))
                };
                lexicon.match_at(rest, word).map(|(t, r)| (t.clone(), r.clone(), t.len()))
            });
        if let Some((surface, reading, len)) = fixed {
            between(free, at, &mut toks);
            let name = span_at(&names, at, at + len);
            toks.push(Token { reading, name, ..Token::fixed(&surface) });
            at += len;
            free = at;
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    between(free, text.len(), &mut toks);
    toks
}

/// `text` as printed: readings filtered by `furigana`, spaces between 文節
/// when `wakachi` is on, neighbouring plain text joined.
pub fn annotate(text: &str, lexicon: &Lexicon, furigana: Furigana, wakachi: bool) -> Vec<Segment> {
    let segs = furigana.apply(read(text, lexicon));
    merge_plain(if wakachi { space_phrases(segs) } else { segs })
}

/// `text` as printed, in 文節 (phrases), so that a layout can keep each
/// phrase on one line; spaces of 分かち書き are phrases of their own.
pub fn annotate_phrases(
    text: &str,
    lexicon: &Lexicon,
    furigana: Furigana,
    wakachi: bool,
) -> Vec<Vec<Segment>> {
    annotate_words(text, lexicon, furigana, wakachi)
        .into_iter()
        .map(|words| merge_plain(words.concat()))
        .collect()
}

/// Byte offsets of the spaces of `text` between how often and the count
/// (月に 1回, 週に 3日): a line broken there leaves 「月に」 with nothing
/// it counts, and the count alone at the start of the next.
fn spaces_in_counts(text: &str) -> Vec<usize> {
    const PER: &[&str] = &["週に", "月に", "年に", "日に"];
    text.char_indices()
        .filter(|&(at, c)| {
            (c == ' ' || c == '　')
                && PER.iter().any(|p| text[..at].ends_with(p))
                && text[at + c.len_utf8()..]
                    .starts_with(|d: char| d.is_ascii_digit() || ('０'..='９').contains(&d))
        })
        .map(|(at, _)| at)
        .collect()
}

/// Like [`annotate_phrases`], each phrase cut into its words, for a layout
/// that keeps a phrase on one line where it fits and otherwise breaks it
/// only between words. A bracket or punctuation mark stays with the word it
/// touches, so no line begins with 」 or ends with （.
pub fn annotate_words(
    text: &str,
    lexicon: &Lexicon,
    furigana: Furigana,
    wakachi: bool,
) -> Vec<Vec<Vec<Segment>>> {
    let segs = furigana.apply(read(text, lexicon));
    // Text already spaced by its writer (plain wording in kana) has its
    // phrases marked by the spaces; the analyser cuts kana-only text badly
    // (じぶんに → じ / ぶん / に), so the writer's spaces win.
    // (Not the space after a label's colon, どれくらい： 週3日: the value
    // after it is spaced as any other.)
    let spaced = text
        .match_indices([' ', '　'])
        .any(|(at, space)| space != " " || !text[..at].ends_with('：'));
    let segs = if wakachi && !spaced { space_phrases(segs) } else { segs };
    let mut phrases: Vec<Vec<Vec<Segment>>> = Vec::new();
    // The space inside a person's name (高橋 美咲) joins its parts: a line
    // broken there reads as two people.
    // (Found in the segments' text: the text given may hold marks the
    // reading drops, such as the isolating marks around a message's name.)
    let read_text: String = segs.iter().map(|s| s.base.as_str()).collect();
    let mut name_spaces = lexicon.spaces_in_names(&read_text);
    name_spaces.extend(spaces_in_counts(&read_text));
    let mut at = 0;
    for mut s in segs {
        let in_name = name_spaces.contains(&at);
        at += s.base.len();
        if in_name
            && s.base.chars().all(char::is_whitespace)
            && let Some(word) = phrases.last_mut().and_then(|p| p.last_mut())
        {
            s.base = "\u{a0}".to_string();
            s.boundary = Boundary::Inside;
            word.push(s);
            continue;
        }
        let space = s.base.chars().all(char::is_whitespace);
        let last = phrases.last().and_then(|p| p.last()).and_then(|w| w.last());
        let after_comma = last.is_some_and(|l| l.base.ends_with(['、', '。', '，', '：']));
        let starts = (s.boundary == Boundary::Phrase && !spaced)
            || (spaced && after_comma)
            || space
            || phrases.last().is_none_or(|p| {
                p.iter().flatten().all(|x| x.base.chars().all(char::is_whitespace))
            });
        if starts {
            phrases.push(vec![vec![s]]);
        } else if let Some(phrase) = phrases.last_mut() {
            match phrase.last_mut() {
                Some(word) if s.boundary == Boundary::Inside => word.push(s),
                _ => phrase.push(vec![s]),
            }
        }
    }
    phrases
        .into_iter()
        .map(|p| attach_punctuation(p).into_iter().map(merge_plain).collect())
        .fold(Vec::new(), glue_short)
}

/// Adds `phrase` to `phrases`, joined with a no-break space to the phrase
/// before the space before it where a line broken there would cut the
/// meaning: a 形式名詞 after a short phrase (のむ / ことを), みる after
/// て (とまって / みました: a line that starts with みました reads "saw"),
/// つける after みに (みに / つけて: みに alone reads 見に).
fn glue_short(
    mut phrases: Vec<Vec<Vec<Segment>>>,
    phrase: Vec<Vec<Segment>>,
) -> Vec<Vec<Vec<Segment>>> {
    let text =
        |p: &[Vec<Segment>]| -> String { p.iter().flatten().map(|s| s.base.as_str()).collect() };
    let blank =
        |p: &[Vec<Segment>]| p.iter().flatten().all(|s| s.base.chars().all(char::is_whitespace));
    let n = phrases.len();
    let glued = n >= 2
        && blank(&phrases[n - 1])
        && !blank(&phrases[n - 2])
        && {
            let (before, after) = (text(&phrases[n - 2]), text(&phrase));
            let short = before.chars().count() <= 4
                && !before.ends_with(['、', '。', '，', '：', '）', '」']);
            short
            // (The word itself, with its particle: not ことば, ものがたり.)
            && (FORMAL_NOUNS.iter().filter(|f| f.chars().all(crate::japanese::kana::is_kana)).any(|f| {
                after.strip_prefix(f).is_some_and(|rest| {
                    rest.chars().next().is_none_or(|c| "をがはにでものとやかま、。だじ）」".contains(c))
                })
            })
                || before.ends_with(['て', 'で']) && after.starts_with('み')
                || before == "みに" && after.starts_with("つけ"))
        };
    if !glued {
        phrases.push(phrase);
        return phrases;
    }
    let space = phrases.pop().unwrap_or_default();
    let before = phrases.last_mut().expect("a phrase before the space");
    for mut s in space.into_iter().flatten() {
        s.base = "\u{a0}".to_string();
        s.boundary = Boundary::Inside;
        if let Some(word) = before.last_mut() {
            word.push(s);
        }
    }
    before.extend(phrase);
    phrases
}

/// Joins a word of opening brackets to the word after it, one of closing
/// brackets or punctuation to the word before it, and words that meet
/// inside a run of hiragana or of katakana: the analyser cuts names and
/// words it does not know there (ひだまり → ひだ / まり, ホーム / ヘルプ).
fn attach_punctuation(words: Vec<Vec<Segment>>) -> Vec<Vec<Segment>> {
    const OPENING: &str = "（(「『【［〈《〔";
    const CLOSING: &str = "）)」』】］〉》〕、。，．！？!?";
    let all_of = |w: &[Segment], set: &str| {
        w.iter().all(|s| {
            s.ruby.is_none() && !s.base.is_empty() && s.base.chars().all(|c| set.contains(c))
        })
    };
    let mut out: Vec<Vec<Segment>> = Vec::with_capacity(words.len());
    let mut pending: Vec<Segment> = Vec::new();
    let script = |c: char| match c {
        'ぁ'..='ゖ' => 1,
        'ァ'..='ヺ' | 'ー' => 2,
        _ => 0,
    };
    let kana_run = |prev: &[Segment], next: &[Segment]| {
        let a = prev.last().and_then(|s| s.base.chars().last()).map_or(0, script);
        let b = next.first().and_then(|s| s.base.chars().next()).map_or(0, script);
        a != 0 && a == b
    };
    for word in words {
        if (all_of(&word, CLOSING) || out.last().is_some_and(|p| kana_run(p, &word)))
            && pending.is_empty()
            && let Some(prev) = out.last_mut()
        {
            prev.extend(word);
        } else if all_of(&word, OPENING) {
            pending.extend(word);
        } else {
            let mut joined = std::mem::take(&mut pending);
            joined.extend(word);
            out.push(joined);
        }
    }
    if !pending.is_empty() {
        match out.last_mut() {
            Some(prev) => prev.extend(pending),
            None => out.push(pending),
        }
    }
    out
}

/// The whole of `text` in hiragana, with digits, Latin letters and
/// punctuation as written (`yomeru furigana --output hiragana`).
pub fn hiragana(text: &str, lexicon: &Lexicon, wakachi: bool) -> String {
    annotate(text, lexicon, Furigana::All, wakachi)
        .into_iter()
        .map(|s| match s.ruby {
            Some(r) => r,
            None => to_hiragana(&s.base),
        })
        .collect()
}

/// Inserts a space before each 文節 except at the start, after a space or
/// opening bracket, and after Japanese punctuation.
fn space_phrases(segs: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len() * 2);
    for s in segs {
        if s.boundary == Boundary::Phrase
            && let Some(prev) = out.last()
            && !prev.base.ends_with(|c: char| {
                c.is_whitespace() || "、。，．「『（(【［〈《・：:".contains(c)
            })
            && !s.base.starts_with(char::is_whitespace)
        {
            out.push(Segment::plain(" "));
        }
        out.push(s);
    }
    out
}

/// What a word is, as far as 文節, reading and readability rules need
/// (from IPADIC's part of speech).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    /// Other nouns, and unknown words.
    Noun,
    /// 名詞-サ変接続 (通所, 支援): する after it belongs to it.
    SahenNoun,
    /// 名詞-数: digits and 漢数字.
    Number,
    /// 名詞-接尾 (さん, 回, 的) and 名詞-非自立 (こと as in 読むこと, の).
    NounTail,
    /// 接頭詞 (お, ご, 各).
    Prefix,
    /// 動詞-自立, and 補助動詞.
    Verb,
    /// する, after a サ変 noun.
    Suru,
    /// 動詞-接尾 (れる, させる), 形容詞-非自立 (やすい in 読みやすい).
    Dependent,
    /// The second part of a compound verb (合う in 伝え合う): part of the
    /// verb before it, but a word of its own after て (落ち着いて 続ける).
    CompoundTail,
    /// 形容詞-自立.
    Adjective,
    /// 助詞.
    Particle,
    /// 助動詞.
    Auxiliary,
    /// 記号-括弧開.
    OpenBracket,
    /// Other symbols and punctuation.
    Symbol,
    /// Adverbs, adnominals, conjunctions, interjections: content words.
    Other,
}

/// Verbs that IPADIC marks 非自立 as the second part of a compound verb
/// after a 連用形 (伝え合う, 話し始める, 使い続ける).
const COMPOUND_TAILS: &[&str] = &[
    "合う",
    "始める",
    "続ける",
    "込む",
    "切る",
    "出す",
    "直す",
    "終わる",
    "終える",
    "過ぎる",
    "合わせる",
    // (The same written in kana, as a plain suggestion writes them.)
    "あう",
    "はじめる",
    "つづける",
    "こむ",
    "だす",
    "なおす",
    "おわる",
    "おえる",
    "すぎる",
    "あわせる",
];

impl Pos {
    fn from_ipadic(d: &[&str], surface: &str) -> Pos {
        let (p0, p1) = (d.first().copied().unwrap_or(""), d.get(1).copied().unwrap_or(""));
        match (p0, p1) {
            ("名詞", "数") => Pos::Number,
            ("名詞", "接尾" | "非自立") => Pos::NounTail,
            ("名詞", "サ変接続") => Pos::SahenNoun,
            ("名詞", _) => Pos::Noun,
            ("接頭詞", _) => Pos::Prefix,
            ("動詞", "自立") if d.get(6) == Some(&"する") => Pos::Suru,
            ("動詞", "自立") => Pos::Verb,
            ("形容詞", "自立") => Pos::Adjective,
            // A compound verb's second part (伝え合う, 話し始める) is no
            // word of its own: 「あう」 alone reads as 会う.
            ("動詞", "非自立") if COMPOUND_TAILS.contains(&d.get(6).copied().unwrap_or("")) => {
                Pos::CompoundTail
            }
            // 補助動詞 (いる in 通って いる) is a 文節 of its own in school grammar.
            ("動詞", "非自立") => Pos::Verb,
            ("動詞" | "形容詞", _) => Pos::Dependent,
            ("助詞", _) => Pos::Particle,
            ("助動詞", _) => Pos::Auxiliary,
            ("記号", "括弧開") => Pos::OpenBracket,
            ("記号", _) => Pos::Symbol,
            // Unknown words: Latin letters, rare kanji; punctuation-only
            // runs are symbols.
            _ if surface.chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation()) => {
                Pos::Symbol
            }
            ("副詞" | "連体詞" | "接続詞" | "感動詞" | "フィラー", _) => Pos::Other,
            _ => Pos::Noun,
        }
    }

    /// Whether this token starts a new 文節 after `prev`.
    fn starts_phrase(self, prev: Pos) -> bool {
        use Pos::*;
        match (prev, self) {
            (Particle, CompoundTail) => true,
            (_, Particle | Auxiliary | Dependent | CompoundTail | NounTail | Symbol) => false,
            (Prefix | OpenBracket, _) => false,
            // Compound nouns and numbers: 生活介護事業所, 週３回.
            (Noun | SahenNoun | Number | NounTail, Noun | SahenNoun | Number) => false,
            (Noun | SahenNoun, Suru) => false,
            _ => true,
        }
    }
}

struct Token {
    surface: String,
    /// Reading from IPADIC (katakana) or the lexicon (hiragana), if any.
    reading: Option<String>,
    /// Dictionary form from IPADIC.
    base: Option<String>,
    pos: Pos,
    /// From the lexicon: read as given (or not at all), no rules applied.
    fixed: bool,
    /// What the analyser knows of it, for names and doubts.
    known: Known,
    /// The name it is part of (an index into the text's name spans): a
    /// name is one phrase, never broken across lines.
    name: Option<usize>,
}

/// What the analyser knows of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    /// An ordinary word of the dictionary.
    Word,
    /// A word the dictionary reads several ways.
    Homograph,
    /// A proper noun (固有名詞): a name part inside a name.
    Proper,
    /// A person's name (固有名詞-人名): never guessed.
    PersonName,
    /// Not in the dictionary.
    Unknown,
    /// A proper noun or unknown word inside one of the plan's names.
    NamePart,
}

impl Token {
    /// A lexicon term or marked label word.
    fn fixed(surface: &str) -> Token {
        Token {
            surface: surface.to_string(),
            reading: None,
            base: None,
            pos: Pos::Noun,
            fixed: true,
            known: Known::Word,
            name: None,
        }
    }

    /// Text the analyser skipped (whitespace), kept as written.
    fn symbol(text: &str) -> Token {
        Token {
            surface: text.to_string(),
            reading: None,
            base: None,
            pos: Pos::Symbol,
            fixed: false,
            known: Known::Word,
            name: None,
        }
    }

    /// Text as written with the part of speech `pos`, for digits and counters.
    fn plain(text: &str, pos: Pos) -> Token {
        Token { pos, ..Token::symbol(text) }
    }
}

/// Analyses `text`, which starts at byte `offset` of the whole text whose
/// name spans are `names`.
fn tokens(text: &str, offset: usize, names: &[std::ops::Range<usize>]) -> Vec<Token> {
    if text.is_empty() {
        return Vec::new();
    }
    let Ok(toks) = SEGMENTER.segment(Cow::Borrowed(text)) else {
        return vec![Token { known: Known::Unknown, ..Token::plain(text, Pos::Noun) }];
    };
    tokens_of(text, offset, names, toks)
}

/// グループホームあおぞら, ステーションあさひ: a katakana word and the
/// hiragana right after it that the analyser starts with a filler or an
/// interjection (あ|おぞ|ら): a name the plan has not given, which no
/// plan's sentence says otherwise. Its byte span, so that it is one
/// phrase, never spaced or broken inside.
fn kana_names(toks: &mut [lindera::token::Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let hiragana = |s: &str| s.chars().all(|c| ('\u{3041}'..='\u{3096}').contains(&c) || c == 'ー');
    let katakana = |s: &str| {
        s.chars().count() >= 2
            && s.chars().all(|c| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー')
    };
    let mut spans = Vec::new();
    let mut i = 1;
    while i < toks.len() {
        let filler = matches!(toks[i].details().first().copied(), Some("フィラー" | "感動詞"));
        let (start, joined) = (toks[i - 1].byte_start, toks[i - 1].byte_end == toks[i].byte_start);
        if !(filler && joined && katakana(&toks[i - 1].surface) && hiragana(&toks[i].surface)) {
            i += 1;
            continue;
        }
        let mut end = toks[i].byte_end;
        i += 1;
        while i < toks.len() && toks[i].byte_start == end && hiragana(&toks[i].surface) {
            if matches!(toks[i].details().first().copied(), Some("助詞" | "助動詞")) {
                break;
            }
            end = toks[i].byte_end;
            i += 1;
        }
        spans.push(start..end);
    }
    spans
}

/// [`tokens`] from the analyser's words of `text`.
fn tokens_of(
    text: &str,
    offset: usize,
    names: &[std::ops::Range<usize>],
    mut toks: Vec<lindera::token::Token<'_>>,
) -> Vec<Token> {
    if text.is_empty() {
        return Vec::new();
    }
    let in_name = |start: usize, end: usize| span_at(names, offset + start, offset + end);
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    let mut end = 0;
    for t in toks.iter_mut() {
        // lindera leaves out whitespace between tokens; the spaces of
        // 分かち書き written into a plan must survive.
        if t.byte_start > end
            && let Some(gap) = text.get(end..t.byte_start)
        {
            out.push(Token::symbol(gap));
        }
        end = t.byte_end;
        let surface = t.surface.to_string();
        // IPADIC splits ３０ into ３ and ０; a number is one token for the counter rules.
        if let Some(last) = out.last_mut()
            && digits_value(&last.surface).is_some()
            && digits_value(&surface).is_some()
        {
            last.surface.push_str(&surface);
            continue;
        }
        // After a number IPADIC takes 分の as one word (ぶんの, a share);
        // the counter and the particle are split for the counter rules.
        if out.last().is_some_and(|l| digits_value(&l.surface).is_some())
            && let Some(c) = COUNTERS.iter().find(|c| surface.starts_with(**c))
            && let Some(rest) = surface.strip_prefix(c)
            && PARTICLES.contains(&rest)
        {
            out.push(Token::plain(c, Pos::NounTail));
            out.push(Token { base: Some(rest.to_string()), ..Token::plain(rest, Pos::Particle) });
            continue;
        }
        // IPADIC has words such as ３月 (サンガツ); split off the digits so
        // they stay digits and the counter rules read the rest.
        let split = surface.char_indices().find(|(_, c)| !is_digit(*c)).map(|(i, _)| i);
        if let Some(k) = split.filter(|k| *k > 0) {
            let (num, rest) = surface.split_at(k);
            if COUNTERS.contains(&rest) {
                out.push(Token::plain(num, Pos::Number));
                out.push(Token::plain(rest, Pos::NounTail));
                continue;
            }
        }
        let span = (t.byte_start, t.byte_end);
        let d = t.details();
        let reading = d.get(7).filter(|r| **r != "*").map(|r| r.to_string());
        let pos = if digits_value(&surface).is_some() {
            Pos::Number
        } else {
            Pos::from_ipadic(&d, &surface)
        };
        let base = d.get(6).filter(|b| **b != "*").map(|b| b.to_string());
        // 週1回話をする: after a count, 話 is a talk (はなし), no suffix of
        // the count (as in 昔話, むかしばなし).
        let after_count = out.len() >= 2
            && COUNTERS.contains(&out[out.len() - 1].surface.as_str())
            && out[out.len() - 2].pos == Pos::Number;
        let (pos, reading) = if surface == "話" && after_count {
            (Pos::Noun, Some("ハナシ".to_string()))
        } else {
            (pos, reading)
        };
        let proper = d.get(1) == Some(&"固有名詞");
        let name = in_name(span.0, span.1);
        let known = if !has_kanji(&surface) {
            Known::Word
        } else if (proper || reading.is_none()) && name.is_some() {
            Known::NamePart
        } else if proper && d.get(2) == Some(&"人名") {
            Known::PersonName
        } else if reading.is_none() {
            Known::Unknown
        } else if proper {
            Known::Proper
        } else if homographs().contains(surface.as_str()) {
            Known::Homograph
        } else {
            Known::Word
        };
        out.push(Token { surface, reading, base, pos, fixed: false, known, name });
    }
    if let Some(gap) = text.get(end..).filter(|g| !g.is_empty()) {
        out.push(Token::symbol(gap));
    }
    out
}

/// Which of the name spans holds the bytes `start..end`, if any.
fn span_at(names: &[std::ops::Range<usize>], start: usize, end: usize) -> Option<usize> {
    names.iter().position(|n| n.start <= start && end <= n.end)
}

/// Words IPADIC reads more than one way outside proper nouns (今日, 明日,
/// 上手, 行っ…): `data/homographs.txt`, made by `data/build-homographs.py`.
fn homographs() -> &'static std::collections::HashSet<&'static str> {
    static SET: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
        word_list(include_str!("../../data/homographs.txt")).into_iter().collect()
    });
    &SET
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn digits_value(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for c in s.chars() {
        let d = c
            .to_digit(10)
            .or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))?;
        v = v.checked_mul(10)?.checked_add(u64::from(d))?;
    }
    Some(v)
}

/// How a counter reads after the number `n` (digits kept), or the fused
/// native word that replaces number and counter (`ふたり`).
enum CounterReading {
    /// Digits stay, the counter reads so.
    After(&'static str),
    /// Number and counter are one native word.
    Fused(Cow<'static, str>),
}

fn counter(word: &str, n: u64, after_month: bool) -> Option<CounterReading> {
    use CounterReading::*;
    let last = n % 10;
    let handakuten = matches!(last, 1 | 3 | 4 | 6 | 8 | 0) && n > 0;
    Some(match word {
        "人" => match n {
            1 => Fused(Cow::Borrowed("ひとり")),
            2 => Fused(Cow::Borrowed("ふたり")),
            _ => After("にん"),
        },
        "日" => match n {
            1 if after_month => Fused(Cow::Borrowed("ついたち")),
            1 => After("にち"),
            2 => Fused(Cow::Borrowed("ふつか")),
            3 => Fused(Cow::Borrowed("みっか")),
            4 => Fused(Cow::Borrowed("よっか")),
            5 => Fused(Cow::Borrowed("いつか")),
            6 => Fused(Cow::Borrowed("むいか")),
            7 => Fused(Cow::Borrowed("なのか")),
            8 => Fused(Cow::Borrowed("ようか")),
            9 => Fused(Cow::Borrowed("ここのか")),
            10 => Fused(Cow::Borrowed("とおか")),
            14 => Fused(Cow::Borrowed("じゅうよっか")),
            20 => Fused(Cow::Borrowed("はつか")),
            24 => Fused(Cow::Borrowed("にじゅうよっか")),
            _ => After("にち"),
        },
        "つ" => match n {
            1 => Fused(Cow::Borrowed("ひとつ")),
            2 => Fused(Cow::Borrowed("ふたつ")),
            3 => Fused(Cow::Borrowed("みっつ")),
            4 => Fused(Cow::Borrowed("よっつ")),
            5 => Fused(Cow::Borrowed("いつつ")),
            6 => Fused(Cow::Borrowed("むっつ")),
            7 => Fused(Cow::Borrowed("ななつ")),
            8 => Fused(Cow::Borrowed("やっつ")),
            9 => Fused(Cow::Borrowed("ここのつ")),
            _ => return None,
        },
        "回" => After("かい"),
        "歩" => After(if matches!(last, 1 | 3 | 6 | 8 | 0) { "ぽ" } else { "ほ" }),
        "階" => After(if last == 3 { "がい" } else { "かい" }),
        "時" => After("じ"),
        "時間" => After("じかん"),
        "分" => After(if handakuten { "ぷん" } else { "ふん" }),
        "分間" => After(if handakuten { "ぷんかん" } else { "ふんかん" }),
        "泊" => After(if matches!(last, 1 | 3 | 6 | 8 | 0) { "ぱく" } else { "はく" }),
        "本" if n >= 1000 && n.is_multiple_of(1000) => After("ぼん"),
        "本" => After(match last {
            1 | 6 | 8 | 0 => "ぽん",
            3 => "ぼん",
            _ => "ほん",
        }),
        "杯" => After(match last {
            1 | 6 | 8 | 0 => "ぱい",
            3 => "ばい",
            _ => "はい",
        }),
        "匹" => After(match last {
            1 | 6 | 8 | 0 => "ぴき",
            3 => "びき",
            _ => "ひき",
        }),
        "月" => After("がつ"),
        "か月" | "ヶ月" | "カ月" | "ヵ月" | "ケ月" | "箇月" => After("かげつ"),
        "か所" | "ヶ所" | "カ所" | "箇所" => After("かしょ"),
        "週" => After("しゅう"),
        "週間" => After("しゅうかん"),
        "年" => After("ねん"),
        "年間" => After("ねんかん"),
        "歳" | "才" => After("さい"),
        "度" => After("ど"),
        "円" => After("えん"),
        "個" => After("こ"),
        "枚" => After("まい"),
        "件" => After("けん"),
        "名" => After("めい"),
        "台" => After("だい"),
        "冊" => After("さつ"),
        "割" => After("わり"),
        "点" => After("てん"),
        "秒" => After("びょう"),
        "番" => After("ばん"),
        "号" => After("ごう"),
        "級" => After("きゅう"),
        "等" => After("とう"),
        "倍" => After("ばい"),
        "食" => After("しょく"),
        "棟" => After("とう"),
        // ３日間 is みっかかん: the fused day and かん.
        "日間" => match counter("日", n, false) {
            Some(Fused(day)) => Fused(Cow::Owned(format!("{day}かん"))),
            _ => After("にちかん"),
        },
        "人分" => After("にんぶん"),
        _ => return None,
    })
}

/// Particles IPADIC may join to a counter after a number (分の).
const PARTICLES: &[&str] =
    &["の", "は", "が", "に", "を", "で", "と", "も", "へ", "から", "まで", "ほど", "ずつ", "ごと"];

/// Counters that may be written after digits, longest first.
pub(crate) const COUNTERS: &[&str] = &[
    "か月", "ヶ月", "カ月", "ヵ月", "ケ月", "箇月", "か所", "ヶ所", "カ所", "箇所", "時間", "週間",
    "年間", "日間", "分間", "人分", "人", "日", "つ", "回", "階", "時", "分", "泊", "本", "杯",
    "匹", "月", "週", "年", "歳", "才", "度", "円", "個", "枚", "件", "名", "台", "冊", "割", "点",
    "秒", "番", "号", "級", "倍", "食", "棟", "歩",
];

/// Times said from today or as a habit (来月, 毎朝): IPADIC's nouns that
/// also work as adverbs, which start no compound with the noun after them.
const WHEN: &[&str] = &[
    "今日",
    "明日",
    "昨日",
    "毎日",
    "毎朝",
    "毎晩",
    "毎週",
    "毎月",
    "毎年",
    "今週",
    "来週",
    "先週",
    "今月",
    "来月",
    "先月",
    "今年",
    "来年",
    "昨年",
    "去年",
    "翌日",
    "翌朝",
    "前日",
    "当日",
    "今回",
    "前回",
    "次回",
    "今朝",
    "今晩",
    "今夜",
    "翌月",
    "翌週",
    "前月",
    "当月",
    // (said as adverbs too: いつか会社に, 全部大事, いつも家で)
    "いつか",
    "いつも",
    "全部",
    "全て",
    "すべて",
    "将来",
    "今後",
    "時々",
    "ときどき",
];

/// Whether `prev` is a verb's 連用形 that makes a compound with もの
/// (かいもの, たべもの, わすれもの), whatever the analyser takes it for (it
/// reads かい as an adjective).
fn kana_stem(prev: &Token) -> bool {
    const KANA_STEMS: &[&str] =
        &["かい", "たべ", "のみ", "わすれ", "おとし", "あらい", "いれ", "のり", "はき", "き"];
    prev.pos == Pos::Verb && !prev.surface.ends_with(|c: char| "うくぐすずつづぬぶむる".contains(c))
        || KANA_STEMS.contains(&prev.surface.as_str())
}

/// What one goes into (部屋に入る, 支援に入る): before に, 入れる is 入る's
/// can.
const ENTERED: &[&str] = &["支援", "手伝い", "てつだい", "介助", "介護", "夜勤", "シフト", "現場"];

/// 形式名詞: nouns that name the clause before them (こと, ため, よう)
/// rather than a thing, IPADIC's 名詞-非自立 that easy-read practice spaces.
const FORMAL_NOUNS: &[&str] = &[
    "こと",
    "事",
    "とき",
    "時",
    "ため",
    "為",
    "よう",
    "様",
    "ところ",
    "もの",
    "物",
    "まま",
    "うち",
    // かよう日: glued, read かようび (火曜日).
    "日",
];

fn analyse(toks: &[Token]) -> Reading {
    let mut out = Vec::new();
    let mut doubts: Vec<Doubt> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let boundary = match i.checked_sub(1).map(|k| &toks[k]) {
            // Inside a name: one phrase (ヘルパーステーションあおぞら is
            // not broken after あ, where the analyser cuts it).
            Some(prev) if t.name.is_some() && prev.name == t.name => Boundary::Word,
            // 来月手術を, 毎朝血圧を: a time said from today is a phrase of
            // its own, not the start of a compound.
            Some(prev)
                if WHEN.contains(&prev.surface.as_str())
                    && (matches!(t.pos, Pos::Noun | Pos::SahenNoun | Pos::Number)
                        || t.surface == "家") =>
            {
                Boundary::Phrase
            }
            // 午前8時家を, 10時作業所へ, 15分間席に, 週4回提供: a count is a
            // phrase of its own (not 8時半, 8時頃, nor one of people:
            // 一人部屋, 2人暮らし).
            Some(prev)
                if COUNTERS.contains(&prev.surface.as_str())
                    && !matches!(prev.surface.as_str(), "人" | "名" | "つ")
                    && i >= 2
                    && matches!(toks[i - 2].pos, Pos::Number)
                    && (t.surface == "家"
                        || matches!(t.pos, Pos::Noun | Pos::SahenNoun)
                            && ![
                                "半",
                                "頃",
                                "前",
                                "過ぎ",
                                "以降",
                                "以前",
                                "ちょうど",
                                "前後",
                                "暮らし",
                                "連続",
                                "おき",
                                "ぶり",
                                "毎",
                            ]
                            .contains(&t.surface.as_str())) =>
            {
                Boundary::Phrase
            }
            // 困った|ときは, できる|ように, その|ために: a 形式名詞 after
            // the clause it names is a 文節 of its own, as easy-read
            // practice writes it; so is the noun after it (するよう|本人と),
            // and みる after て (して|みたい, which IPADIC takes for a noun).
            // (Not もの after a verb's 連用形, a compound: かいもの, たべもの.)
            Some(prev)
                if t.pos == Pos::NounTail
                    && FORMAL_NOUNS.contains(&t.surface.as_str())
                    && !(matches!(t.surface.as_str(), "もの" | "物" | "様") && kana_stem(prev))
                    && !matches!(
                        prev.pos,
                        Pos::Noun
                            | Pos::SahenNoun
                            | Pos::Number
                            | Pos::Prefix
                            | Pos::NounTail
                            | Pos::OpenBracket
                            | Pos::Symbol
                    ) =>
            {
                Boundary::Phrase
            }
            Some(prev)
                if prev.pos == Pos::NounTail
                    && FORMAL_NOUNS.contains(&prev.surface.as_str())
                    // (Not after a suffix's use, 田中様宅, 8時30分.)
                    && !(i >= 2
                        && matches!(
                            toks[i - 2].pos,
                            Pos::Number | Pos::Noun | Pos::SahenNoun | Pos::Prefix
                        ))
                    && matches!(t.pos, Pos::Noun | Pos::SahenNoun | Pos::Number) =>
            {
                Boundary::Phrase
            }
            // 机の|上に, 家の|中で: a place said after の is a 文節 of its
            // own, as easy-read practice writes it (つくえの うえに).
            Some(prev)
                if t.pos == Pos::NounTail
                    && prev.surface == "の"
                    && ["上", "下", "中", "前", "後ろ", "横", "間", "外", "隣", "奥", "そば"]
                        .contains(&t.surface.as_str()) =>
            {
                Boundary::Phrase
            }
            Some(prev) if t.surface == "みたい" && matches!(prev.surface.as_str(), "て" | "で") => {
                Boundary::Phrase
            }
            Some(prev) if !t.pos.starts_phrase(prev.pos) => Boundary::Word,
            _ => Boundary::Phrase,
        };
        let first = out.len();
        let mut used = 1;
        // A number in kanji fused with its counter (二十日 はつか, 三日間
        // みっかかん) is read as one word; other kanji counts are left to the
        // analyser, which reads them with the right sound changes.
        if let Some((n, k, numeral)) = kanji_numeral_run(toks, i)
            && let Some((c, used_counter, reading)) =
                counter_after(toks, i + k, n, date_month(toks, i))
            && let Some(r) = match reading {
                CounterReading::Fused(r) => Some(r.into_owned()),
                CounterReading::After(r) => kanji_count(n, c, r),
            }
        {
            out.push(Segment::ruby(&format!("{numeral}{c}"), &r));
            if let Some(s) = out.get_mut(first) {
                s.boundary = boundary;
            }
            i += k + used_counter;
            continue;
        }
        if let Some(n) = digits_value(&t.surface).filter(|_| !t.fixed) {
            // The counter may start the next token or be the whole of it.
            let after_month = date_month(toks, i);
            if let Some((c, k, reading)) = counter_after(toks, i + 1, n, after_month) {
                match reading {
                    CounterReading::After(r) => {
                        out.push(Segment::plain(&t.surface));
                        let at = out.len();
                        out.extend(align(c, r));
                        // The counter is a word of its own for the grade filter.
                        if let Some(s) = out.get_mut(at) {
                            s.boundary = Boundary::Word;
                        }
                    }
                    CounterReading::Fused(r) => {
                        out.push(Segment::ruby(&format!("{}{}", t.surface, c), &r));
                    }
                }
                used += k;
            } else {
                out.push(Segment::plain(&t.surface));
            }
        } else {
            let (segs, doubt) = read_token(toks, i);
            out.extend(segs);
            if let Some(d) = doubt.filter(|d| !doubts.contains(d)) {
                doubts.push(d);
            }
        }
        if let Some(s) = out.get_mut(first) {
            s.boundary = boundary;
        }
        i += used;
    }
    Reading { segments: out, doubts }
}

/// Whether token `i` follows the month of a date (４月, 四月, 毎月): the
/// first of it is ついたち; after 月 meaning "a month" (月1日程度) it is
/// いちにち.
fn date_month(toks: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else { return false };
    if !prev.surface.ends_with('月') {
        return false;
    }
    let month = prev.surface.trim_end_matches('月');
    let number =
        |s: &str| !s.is_empty() && (digits_value(s).is_some() || kanji_number(s).is_some());
    number(month)
        || i >= 2 && number(&toks[i - 2].surface)
        || ["毎月", "今月", "来月", "先月", "翌月", "前月", "同月", "当月"]
            .contains(&prev.surface.as_str())
}

/// The counter starting at token `j` (its text, how many tokens it takes)
/// and how it reads after the number `n`.
fn counter_after(
    toks: &[Token],
    j: usize,
    n: u64,
    after_month: bool,
) -> Option<(&'static str, usize, CounterReading)> {
    let rest: String = toks.get(j..)?.iter().take(3).map(|t| t.surface.as_str()).collect();
    let c = COUNTERS.iter().find(|c| rest.starts_with(*c)).copied()?;
    let reading = counter(c, n, after_month)?;
    let k = consumes_whole_tokens(&toks[j..], c)?;
    Some((c, k, reading))
}

/// How a number written in kanji (1 to 9999) reads before `counter`, whose
/// own reading after it is `after`, with the sound changes between them
/// (一週間 いっしゅうかん, 六回 ろっかい, 四時 よじ); `None` for other numbers.
fn kanji_count(n: u64, counter: &str, after: &str) -> Option<String> {
    // 十分 is mostly "enough", read by the analyser; 二十歳 is はたち.
    if counter == "分" {
        return (n == 10).then(|| "じゅうぶん".to_string());
    }
    if !(1..=9999).contains(&n) {
        return None;
    }
    if n == 20 && matches!(counter, "歳" | "才") {
        return Some("はたち".to_string());
    }
    const DIGITS: [&str; 10] =
        ["", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"];
    let (th, hu, te, on) = (n / 1000, n / 100 % 10, n / 10 % 10, n % 10);
    let mut r = String::new();
    r.push_str(match th {
        0 => "",
        1 => "せん",
        3 => "さんぜん",
        8 => "はっせん",
        d => DIGITS[d as usize],
    });
    if th > 1 && th != 3 && th != 8 {
        r.push_str("せん");
    }
    r.push_str(match hu {
        0 => "",
        1 => "ひゃく",
        3 => "さんびゃく",
        6 => "ろっぴゃく",
        8 => "はっぴゃく",
        d => DIGITS[d as usize],
    });
    if hu > 1 && !matches!(hu, 3 | 6 | 8) {
        r.push_str("ひゃく");
    }
    if te > 1 {
        r.push_str(DIGITS[te as usize]);
    }
    if te > 0 {
        r.push_str("じゅう");
    }
    let ones = match (on, counter) {
        (4, "時" | "年" | "人" | "時間" | "年間") => "よ",
        (4, "月") => "し",
        (7, "時" | "月" | "時間" | "日") => "しち",
        (9, "時" | "月" | "時間" | "日") => "く",
        (d, _) => DIGITS[d as usize],
    };
    r.push_str(ones);
    // A small っ where the counter starts with k, s, t or p (一回 いっかい).
    let next = after.chars().next()?;
    let hard = "かきくけこさしすせそたちつてとぱぴぷぺぽ".contains(next);
    let kp = "かきくけこぱぴぷぺぽ".contains(next);
    for (end, small, only_kp) in [
        ("いち", "いっ", false),
        ("はち", "はっ", false),
        ("じゅう", "じゅっ", false),
        ("ろく", "ろっ", true),
        ("ひゃく", "ひゃっ", true),
    ] {
        if hard && (kp || !only_kp) && r.ends_with(end) {
            r.truncate(r.len() - end.len());
            r.push_str(small);
            break;
        }
    }
    Some(r + after)
}

/// A number written in kanji starting at token `i` (IPADIC may split 二十
/// into 二 and 十): its value, how many tokens it takes, and its text.
fn kanji_numeral_run(toks: &[Token], i: usize) -> Option<(u64, usize, String)> {
    let numeral = |t: &Token| {
        !t.fixed
            && t.pos == Pos::Number
            && t.surface.chars().all(|c| "〇一二三四五六七八九十百千".contains(c))
    };
    let k = toks[i..].iter().take_while(|t| numeral(t)).count();
    if k == 0 {
        return None;
    }
    let text: String = toks[i..i + k].iter().map(|t| t.surface.as_str()).collect();
    Some((kanji_number(&text)?, k, text))
}

/// The value of a number written in kanji (三, 二十, 百五十, 二〇二六).
pub fn kanji_number(s: &str) -> Option<u64> {
    let digit = |c| "〇一二三四五六七八九".chars().position(|d| d == c).map(|d| d as u64);
    let (mut total, mut section, mut current) = (0u64, 0u64, None::<u64>);
    let mut any = false;
    for c in s.chars() {
        any = true;
        if let Some(d) = digit(c) {
            // 二〇二六 is written digit by digit.
            current = Some(current.map_or(d, |v| v * 10 + d));
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => 10_000,
            '億' => 100_000_000,
            _ => return None,
        };
        if unit >= 10_000 {
            total += (section + current.unwrap_or(0)).max(1) * unit;
            section = 0;
        } else {
            section += current.unwrap_or(1) * unit;
        }
        current = None;
    }
    any.then_some(total + section + current.unwrap_or(0))
}

/// How many whole tokens make up exactly `counter`, if it ends on a token boundary.
fn consumes_whole_tokens(toks: &[Token], counter: &str) -> Option<usize> {
    let mut acc = String::new();
    for (k, t) in toks.iter().enumerate() {
        acc.push_str(&t.surface);
        if acc == counter {
            return Some(k + 1);
        }
        if !counter.starts_with(acc.as_str()) {
            return None;
        }
    }
    None
}

fn read_token(toks: &[Token], i: usize) -> (Vec<Segment>, Option<Doubt>) {
    let t = &toks[i];
    if t.fixed {
        let segs = match &t.reading {
            Some(r) => align(&t.surface, r),
            None => vec![Segment::plain(&t.surface)],
        };
        return (segs, None);
    }
    if !has_kanji(&t.surface) {
        return (vec![Segment::plain(&t.surface)], None);
    }
    if let Some(r) = weekday(toks, i) {
        return (vec![Segment::ruby(&t.surface, r)], None);
    }
    // Weekdays run together (月水金, 火木), which IPADIC takes for words.
    if t.surface.chars().count() > 1
        && !matches!(t.surface.as_str(), "月日" | "日月" | "水木" | "金木")
        && t.surface.chars().all(|c| WEEKDAYS.iter().any(|(w, _)| *w == c))
    {
        let segs = t
            .surface
            .chars()
            .filter_map(|c| WEEKDAYS.iter().find(|(w, _)| *w == c))
            .map(|(w, r)| Segment::ruby(&w.to_string(), r))
            .collect();
        return (segs, None);
    }
    // 〇〇 standing for a name left out (〇〇市, 〇〇さん) is not read
    // れいれい; only a 〇 inside a number written in kanji (二〇二六) is.
    let numeral = |k: Option<&Token>| {
        k.is_some_and(|k| k.surface.chars().any(|c| "一二三四五六七八九十百千".contains(c)))
    };
    if t.surface.chars().all(|c| matches!(c, '〇' | '○' | '◯'))
        && !numeral(i.checked_sub(1).map(|k| &toks[k]))
        && !numeral(toks.get(i + 1))
    {
        return (vec![Segment::plain(&t.surface)], None);
    }
    let next = toks.get(i + 1).map(|n| n.surface.as_str()).unwrap_or("");
    let before = |k: usize| i.checked_sub(k).map_or("", |j| toks[j].surface.as_str());
    // A name part the plan gives no reading for is printed as written:
    // a name read wrongly is worse than a name not read.
    let name = match t.known {
        Known::NamePart => true,
        // IPADIC takes some single kanji for names (金 キム); a person's
        // name is a surname of two or more, or one before さん.
        Known::PersonName => {
            t.surface.chars().count() > 1 || HONORIFICS.iter().any(|h| next.starts_with(h))
        }
        // Inside a name, a given name after a surname (渡辺 誠) or before
        // さん is a name part even when it is also a word (誠 まこと).
        _ if t.name.is_some() => {
            let after_surname =
                before(1).trim().is_empty() && i >= 2 && toks[i - 2].name == t.name && {
                    // A surname: a name part, or a short kanji word the plan
                    // gives a reading for (渡辺: わたなべ).
                    let s = &toks[i - 2];
                    matches!(s.known, Known::NamePart | Known::PersonName)
                        || s.fixed
                            && s.surface.chars().count() <= 3
                            && s.surface.chars().all(super::kana::is_kanji)
                };
            after_surname || HONORIFICS.iter().any(|h| next.starts_with(h))
        }
        _ => false,
    };
    if name {
        let doubt = Doubt { word: t.surface.clone(), kind: DoubtKind::Name, reading: None };
        return (vec![Segment::plain(&t.surface)], Some(doubt));
    }
    // Whether a rule chose the reading (then it is not in doubt).
    let mut ruled = true;
    let reading = match (t.surface.as_str(), t.reading.as_deref()) {
        // 入る is はいる in today's Japanese; IPADIC reads the verb いる
        // (気に入る keeps it).
        (_, Some(r))
            if t.base.as_deref() == Some("入る")
                && r.starts_with('イ')
                && !(before(1) == "に" && before(2) == "気") =>
        {
            Some(format!("は{}", to_hiragana(r)))
        }
        // 支援に入れなかった, お風呂に入れない: with a place or a support
        // to go into and nothing put there, 入れる is 入る's can (はいれる),
        // not putting in (袋に入れる).
        (_, Some(r))
            if t.base.as_deref() == Some("入れる")
                && r.starts_with('イ')
                && before(1) == "に"
                && ENTERED.iter().any(|e| before(2).ends_with(e))
                && !has_object(toks, i) =>
        {
            Some(format!("は{}", to_hiragana(r)))
        }
        // After a count (週１回入り: a service comes in) 入り is the verb
        // はいり, not the suffix いり of 砂糖入り that IPADIC takes it for.
        ("入り", _)
            if i > 0
                && matches!(toks[i - 1].pos, Pos::NounTail | Pos::Number)
                && COUNTERS.contains(&before(1)) =>
        {
            Some("はいり".to_string())
        }
        // 行った is written alike for going (いった) and doing (おこなった):
        // with an object (面談を…行った) it is doing; to a place (へ, or に
        // after a noun that is not a manner like 十分) it is going.
        // 見に行って, 見学しに行った: a verb's に is where one goes to do it,
        // whatever object that verb has (施設を見に行った).
        ("行っ", _) if goes_to_do(toks, i) => Some("いっ".to_string()),
        // 映画館へ行って: へ right before it is where one goes, whatever
        // object an earlier verb of the clause has (支援を利用して).
        ("行っ", _) if before(1) == "へ" => Some("いっ".to_string()),
        ("行っ", _) if has_object(toks, i) || before(1) == "に" && manner(before(2)) => {
            Some("おこなっ".to_string())
        }
        ("行っ", _) if before(1) == "へ" || before(1) == "に" && !manner(before(2)) => {
            Some("いっ".to_string())
        }
        // 通った is written alike for commuting (かよった) and passing
        // (とおった); IPADIC reads とおっ.
        ("通っ", _) if commutes(before(1), before(2)) => Some("かよっ".to_string()),
        // 描く is かく in everyday words; IPADIC prefers えがく.
        (_, Some(r)) if t.base.as_deref() == Some("描く") && r.starts_with("エガ") => {
            Some(format!("か{}", to_hiragana(&r["エガ".len()..])))
        }
        // 人気のない, 人気の少ない: no people about (ひとけ), not popularity.
        ("人気", _)
            if matches!(next, "の" | "が")
                && toks.get(i + 2).is_some_and(|n| {
                    n.surface.starts_with(['少', '無', 'な']) || n.base.as_deref() == Some("ない")
                }) =>
        {
            Some("ひとけ".to_string())
        }
        // 年中クラス, 年中さん: the middle year of a kindergarten.
        ("年中", _) if ["クラス", "組", "さん", "児"].iter().any(|w| next.starts_with(w)) => {
            Some("ねんちゅう".to_string())
        }
        // ４月一日: the first of a month (IPADIC keeps 一日 as one word).
        ("一日", _) if before(1).ends_with('月') => Some("ついたち".to_string()),
        _ if suffix(toks, i).is_some() => suffix(toks, i).map(str::to_string),
        // 後 on its own (終わった後, 食事の後) is あと; IPADIC says のち.
        ("後", Some("ノチ")) => Some("あと".to_string()),
        // の間 (夏休みの間, 二人の間) is あいだ, not ま; so is it after a
        // verb (入院している間は).
        // (寝る間も惜しんで: ま.)
        ("間", _) if before(1) == "寝る" => Some("ま".to_string()),
        ("間", _)
            if before(1) == "の"
                || i > 0
                    && matches!(
                        toks[i - 1].pos,
                        Pos::Verb | Pos::Suru | Pos::Dependent | Pos::Auxiliary
                    ) =>
        {
            Some("あいだ".to_string())
        }
        // その間 (meanwhile), この間 (the other day): IPADIC keeps each as
        // one word, read そのかん, このかん.
        ("その間", _) => Some("そのあいだ".to_string()),
        // 10時〜15時の間: IPADIC's 時の間 (ときのま, a moment) after a
        // number is the hour and the time between (じの あいだ).
        ("時の間", _)
            if before(1)
                .chars()
                .last()
                .is_some_and(|c| c.is_numeric() || "〇一二三四五六七八九十".contains(c)) =>
        {
            Some("じのあいだ".to_string())
        }
        ("この間", _) => Some("このあいだ".to_string()),
        // の方 after a word for people is かた (ご家族の方, 担当の方);
        // elsewhere (こちらの方が) it is ほう, as IPADIC reads it.
        ("方", _) if before(1) == "の" && people().contains(&before(2)) => {
            Some("かた".to_string())
        }
        // 8時家を出る: after a count, 家 is the home (いえ), not the suffix
        // か of 専門家 that IPADIC takes it for.
        // 週2回通い、: after a count, 通い is the verb (かよい), not the
        // suffix がよい of 病院通い that IPADIC takes it for.
        ("通い", _)
            if i > 0
                && matches!(toks[i - 1].pos, Pos::NounTail | Pos::Number)
                && COUNTERS.contains(&before(1)) =>
        {
            Some("かよい".to_string())
        }
        ("家", _)
            if WHEN.contains(&before(1))
                || i > 0
                    && matches!(toks[i - 1].pos, Pos::NounTail | Pos::Number)
                    && COUNTERS.contains(&before(1)) =>
        {
            Some("いえ".to_string())
        }
        // 月 before a count (月２回, 月に一度) is つき, IPADIC prefers げつ.
        ("月", _) if next.starts_with(is_digit) || next == "に" => Some("つき".to_string()),
        // 年に１回, 年2回: a count per year is ねん, IPADIC says とし.
        ("年", _) if next == "に" || next.starts_with(is_digit) => Some("ねん".to_string()),
        (_, r) => {
            ruled = false;
            r.map(to_hiragana)
        }
    };
    match reading {
        Some(r) if r.chars().all(is_kana) => {
            let doubt = (t.known == Known::Homograph && !ruled).then(|| Doubt {
                word: t.surface.clone(),
                kind: DoubtKind::Ambiguous,
                reading: Some(r.clone()),
            });
            (align(&t.surface, &r), doubt)
        }
        // Not in the dictionary: read kanji by kanji (their first reading
        // in KANJIDIC, an on reading where there is one), and say so.
        _ => match kanji_by_kanji(&t.surface) {
            Some(r) => {
                let doubt = Doubt {
                    word: t.surface.clone(),
                    kind: DoubtKind::Unknown,
                    reading: Some(r.clone()),
                };
                (align(&t.surface, &r), Some(doubt))
            }
            None => {
                let doubt = Doubt { word: t.surface.clone(), kind: DoubtKind::Name, reading: None };
                (vec![Segment::plain(&t.surface)], Some(doubt))
            }
        },
    }
}

/// Whether token `i` (行っ) comes after a verb and its に (見に, 買いに):
/// going somewhere to do that.
fn goes_to_do(toks: &[Token], i: usize) -> bool {
    i >= 2 && toks[i - 1].surface == "に" && matches!(toks[i - 2].pos, Pos::Verb | Pos::Suru)
}

/// Whether the clause before token `i` has an object (を).
fn has_object(toks: &[Token], i: usize) -> bool {
    toks[..i]
        .iter()
        .rev()
        .take_while(|t| !t.surface.contains(['、', '。', '「', '」', '，', '．']))
        .any(|t| t.surface == "を")
}

/// Whether 通っ after `particle` and `noun` is commuting (通う, 作業所に
/// 通った, 学校まで通った), not passing (通る: 駅の前を通った, 審査に通った).
pub(crate) fn commutes(particle: &str, noun: &str) -> bool {
    const PASSED: &[&str] = &["試験", "審査", "面接", "選考", "検査", "テスト", "オーディション"];
    matches!(particle, "に" | "へ" | "まで") && !PASSED.iter().any(|p| noun.ends_with(p))
}

/// Words that make an adverb with に (十分に, 定期的に): 〜に行った after
/// them is doing, not going (一緒に行った is going together).
fn manner(word: &str) -> bool {
    word.ends_with('的')
        || [
            "十分",
            "充分",
            "安全",
            "丁寧",
            "確実",
            "適切",
            "同時",
            "順番",
            "交互",
            "個別",
            "別々",
            "慎重",
            "簡単",
            "自由",
            "無理",
            "スムーズ",
            "上手",
            "静か",
            "きれい",
            "まとめて",
        ]
        .contains(&word)
}

/// Titles after a person's name.
const HONORIFICS: &[&str] = &["さん", "くん", "君", "ちゃん", "様", "さま", "氏", "先生"];

/// The reading of a word no dictionary knows, kanji by kanji, kana as
/// written; `None` when a kanji has no known reading.
fn kanji_by_kanji(surface: &str) -> Option<String> {
    surface
        .chars()
        .map(|c| {
            if is_kana(c) {
                Some(to_hiragana(&c.to_string()))
            } else if super::kana::is_kanji(c) {
                super::align::first_reading(c).map(str::to_string)
            } else {
                Some(c.to_string())
            }
        })
        .collect()
}

/// Weekday names as written in lists and dates: （水）, 月・水・金, 月〜金,
/// 土・日・祝, or a text that is a weekday alone (a calendar's header).
const WEEKDAYS: &[(char, &str)] = &[
    ('月', "げつ"),
    ('火', "か"),
    ('水', "すい"),
    ('木', "もく"),
    ('金', "きん"),
    ('土', "ど"),
    ('日', "にち"),
    ('祝', "しゅく"),
];

/// Between the weekdays of a list.
fn weekday_separator(s: &str) -> bool {
    matches!(s, "・" | "、" | "," | "，" | "/" | "／" | "〜" | "～" | "-" | "－" | "‐")
}

fn weekday_of(t: &Token) -> Option<&'static str> {
    let mut chars = t.surface.chars();
    let (c, rest) = (chars.next()?, chars.as_str());
    let reading = WEEKDAYS.iter().find(|(w, _)| *w == c).map(|(_, r)| *r)?;
    (rest.starts_with('曜') || !t.fixed && rest.is_empty()).then_some(reading)
}

/// The weekday reading of token `i`, when it is a weekday by its place.
fn weekday(toks: &[Token], i: usize) -> Option<&'static str> {
    let reading = weekday_of(&toks[i])?;
    if toks[i].surface.chars().count() != 1 {
        return None;
    }
    // The list around it: weekdays, side by side or between separators.
    let mut first = i;
    while first > 0 {
        if weekday_of(&toks[first - 1]).is_some() {
            first -= 1;
        } else if first > 1
            && weekday_separator(&toks[first - 1].surface)
            && weekday_of(&toks[first - 2]).is_some()
        {
            first -= 2;
        } else {
            break;
        }
    }
    let mut last = i;
    while last + 1 < toks.len() {
        if weekday_of(&toks[last + 1]).is_some() {
            last += 1;
        } else if last + 2 < toks.len()
            && weekday_separator(&toks[last + 1].surface)
            && weekday_of(&toks[last + 2]).is_some()
        {
            last += 2;
        } else {
            break;
        }
    }
    let days = toks[first..=last].iter().filter(|t| weekday_of(t).is_some()).count();
    let open = first.checked_sub(1).map(|k| toks[k].surface.as_str());
    let close = toks.get(last + 1).map(|t| t.surface.as_str());
    let bracketed = matches!(open, Some("（" | "(")) && matches!(close, Some("）" | ")"));
    let alone =
        toks.iter().filter(|t| t.pos != Pos::Symbol || !t.surface.trim().is_empty()).count() == 1;
    (days >= 2 || bracketed || alone).then_some(reading)
}

/// Kanji that, after a word, are suffixes with a reading of their own
/// (障害者 しゃ, not もの): the analyser reads them alone when a lexicon
/// term stands before them, and IPADIC's choice between にん and じん
/// follows no rule.
fn suffix(toks: &[Token], i: usize) -> Option<&'static str> {
    let t = &toks[i];
    let mut chars = t.surface.chars();
    let c = chars.next()?;
    if !chars.as_str().is_empty() || i == 0 {
        return None;
    }
    let prev = &toks[i - 1];
    let next = toks.get(i + 1).map_or("", |n| n.surface.as_str());
    let last = prev.surface.chars().last()?;
    let noun = matches!(prev.pos, Pos::Noun | Pos::SahenNoun | Pos::NounTail);
    // A kanji prefix counts too (他児 たじ), a kana one not (お店 おみせ).
    let after_kanji = (noun || prev.pos == Pos::Prefix) && super::kana::is_kanji(last);
    // Names of homes and shops end so after a kana word too (ひまわり園).
    let after_word = noun && (after_kanji || is_kana(last));
    // A one-kanji entry is the whole word before (曲者), not its end (作曲者).
    let ends = |words: &[&str]| {
        words.iter().any(|w| {
            if w.chars().count() == 1 { prev.surface == *w } else { prev.surface.ends_with(w) }
        })
    };
    let counter = prev.pos == Pos::NounTail && COUNTERS.contains(&prev.surface.as_str());
    let analyser = t.reading.as_deref().map(to_hiragana);
    let keep = |readings: &[&'static str]| {
        readings.iter().find(|r| analyser.as_deref() == Some(**r)).copied()
    };
    Some(match c {
        '者' if after_kanji => {
            if ends(MONO) {
                "もの"
            } else {
                "しゃ"
            }
        }
        '所' if after_kanji => {
            if ends(JO) {
                "じょ"
            } else {
                keep(&["しょ", "じょ"]).unwrap_or("しょ")
            }
        }
        // 車いす keeps くるま.
        '車' if after_kanji && !["いす", "椅子", "イス"].iter().any(|w| next.starts_with(w)) => {
            "しゃ"
        }
        '時' if after_kanji => {
            if ends(DOKI) {
                "どき"
            } else {
                "じ"
            }
        }
        '人' if after_kanji => {
            if prev.pos == Pos::SahenNoun && !ends(JIN) || ends(NIN) {
                "にん"
            } else {
                "じん"
            }
        }
        '中' if after_kanji => {
            // 一日中, and 1日中 after a count.
            if ends(JUU) || counter { "じゅう" } else { "ちゅう" }
        }
        '日' if after_kanji && prev.pos != Pos::NounTail && prev.surface.chars().count() >= 2 => {
            "び"
        }
        '後' if after_kanji => "ご",
        '児' if after_kanji => "じ",
        '内' if after_kanji => {
            if ends(UCHI) {
                "うち"
            } else {
                "ない"
            }
        }
        '外' if after_kanji => "がい",
        '面' if after_kanji => "めん",
        '代' if after_kanji => "だい",
        '費' if after_kanji => "ひ",
        '料' if after_kanji => "りょう",
        '用' if after_kanji => "よう",
        '式' if after_kanji => "しき",
        '課' if after_kanji => "か",
        '側' if after_kanji => "がわ",
        '先' if after_kanji => "さき",
        // 3歳上 is うえ: above by a count.
        '上' if counter => "うえ",
        '上' if after_kanji => "じょう",
        '間' if after_kanji && !counter => "かん",
        '帯' if after_kanji => "たい",
        '員' if after_kanji => "いん",
        '長' if after_kanji => "ちょう",
        '性' if after_kanji => {
            if ends(SHOU) {
                "しょう"
            } else {
                "せい"
            }
        }
        '的' if after_kanji => "てき",
        '化' if after_kanji => "か",
        '等' if after_kanji => "とう",
        '園' | '苑' if after_word => "えん",
        '寮' if after_word => "りょう",
        '館' if after_word => "かん",
        '荘' if after_word => "そう",
        '店' if after_word => "てん",
        '会' if after_word => "かい",
        '室' if after_word => "しつ",
        _ => return None,
    })
}

/// The kanji [`suffix`] reads as suffixes.
const SUFFIX_KANJI: &str =
    "者所車時人中日後児内外面代費料用式課側先上間帯員長性的化等園苑寮館荘店会室";

/// Words before 所 read じょ (the rest read しょ: 作業所, 事業所, 事務所).
const JO: &[&str] = &[
    "相談", "保健", "研究", "避難", "休憩", "案内", "停留", "診療", "出張", "紹介", "教習", "授産",
    "給油", "収容", "洗面", "脱衣", "養成", "鑑別", "更生",
];
/// Words before 者 read もの (人気者, 働き者 is one word already).
const MONO: &[&str] = &[
    "人気", "乱暴", "正直", "田舎", "臆病", "律儀", "果報", "新参", "小心", "日陰", "悪", "曲",
    "浮気", "無法", "調子", "厄介", "邪魔", "未熟", "馬鹿", "利口", "大物",
];
/// Words before 時 read どき (食事時, 夕飯時).
const DOKI: &[&str] = &["食事", "夕飯", "昼飯", "晩飯", "朝飯"];
/// Words before 内 read うち (仲間内, 身内).
const UCHI: &[&str] = &["仲間", "身", "内輪", "手"];
/// Words before 性 read しょう (心配性, 苦労性).
const SHOU: &[&str] = &["心配", "苦労", "冷え", "凝り", "飽き", "貧乏", "気", "根", "本"];
/// Words before 人 read にん that are not サ変 nouns (世話人, 保佐人, 後見人).
const NIN: &[&str] = &[
    "世話",
    "保佐",
    "後見",
    "補助",
    "代理",
    "保証",
    "付添",
    "付き添い",
    "住",
    "病",
    "怪我",
    "料理",
    "案内",
    "仲介",
    "相続",
    "弁護",
    "同居",
    "申立",
    "受取",
    "差出",
    "立会",
    "発起",
    "見物",
    "商",
    "職",
    "番",
    "役",
    "管理",
    "介護",
    "証",
];
/// サ変 nouns before 人 that still read じん.
const JIN: &[&str] = &["教養", "趣味"];
/// Words before 中 read じゅう: a whole stretch of time or place (一日中, 世界中).
const JUU: &[&str] = &[
    "一日", "一年", "一晩", "年", "世界", "日本", "家", "町", "体", "部屋", "学校", "国", "今日",
    "今年", "会社", "家族", "市", "村", "県",
];

/// Words for people after which の方 means "the person(s)" (かた): data,
/// in `data/people-words.txt`.
fn people() -> &'static [&'static str] {
    static WORDS: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| word_list(include_str!("../../data/people-words.txt")));
    &WORDS
}

/// The words of a word-list file: one per line, `#` starts a comment.
pub fn word_list(text: &'static str) -> Vec<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// Joins neighbouring plain segments (fewer, longer pieces for the layout).
fn merge_plain(segs: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    for s in segs {
        match (out.last_mut(), &s.ruby) {
            (Some(last), None) if last.ruby.is_none() => last.base.push_str(&s.base),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::japanese::align::show;

    fn h(s: &str) -> String {
        hiragana(s, &Lexicon::welfare(), false)
    }

    #[test]
    fn reads_a_plain_sentence() {
        assert_eq!(
            h("本人は週３回、生活介護事業所に通所している。"),
            "ほんにんはしゅう３かい、せいかつかいごじぎょうしょにつうしょしている。"
        );
    }

    #[test]
    fn a_line_never_breaks_where_it_would_cut_the_meaning() {
        let l = Lexicon::welfare();
        let texts = |t: &str| -> Vec<String> {
            annotate_words(t, &l, Furigana::None, true)
                .iter()
                .map(|p| p.iter().flatten().map(|s| s.base.as_str()).collect())
                .collect()
        };
        assert_eq!(
            texts("くすりを のむ ことを つづけます。"),
            ["くすりを", " ", "のむ\u{a0}ことを", " ", "つづけます。"]
        );
        assert!(
            texts("1かい とまって みました。").contains(&"とまって\u{a0}みました。".to_string())
        );
        assert!(
            texts("すこしずつ みに つけてほしいです。")
                .contains(&"みに\u{a0}つけてほしいです。".to_string())
        );
        // After a longer phrase, or what is no 形式名詞, the space parts them.
        assert_eq!(texts("おふろに はいる まえに"), ["おふろに", " ", "はいる", " ", "まえに"]);
        assert_eq!(
            texts("いっしょに つくった ことば"),
            ["いっしょに", " ", "つくった", " ", "ことば"]
        );
    }

    #[test]
    fn a_name_is_never_split_at_its_space() {
        let l = Lexicon::for_names([], &[("高橋 美咲", "たかはし みさき")], ["佐藤 良子"]);
        let text = |p: &Vec<Vec<Segment>>| -> String {
            p.iter().flatten().map(|s| s.base.as_str()).collect()
        };
        let phrases =
            annotate_words("つくった 人：高橋 美咲さんと 母（佐藤 良子）", &l, Furigana::All, true);
        let texts: Vec<String> = phrases.iter().map(text).collect();
        // The name's space is a no-break one inside the phrase.
        // (A line may break after 人：, as after a comma.)
        assert!(texts.contains(&"高橋\u{a0}美咲さんと".to_string()), "{texts:?}");
        assert!(texts.contains(&"母（佐藤\u{a0}良子）".to_string()), "{texts:?}");
        // Other spaces still part phrases.
        assert!(texts.contains(&"つくった".to_string()), "{texts:?}");
    }

    #[test]
    fn how_often_stays_with_its_count() {
        let lex = Lexicon::welfare();
        let p = annotate_words(
            "月に 1回 つかいます。週に ３日、まちに いく。",
            &lex,
            Furigana::All,
            true,
        );
        let texts: Vec<String> =
            p.iter().map(|ph| ph.iter().flatten().map(|s| s.base.as_str()).collect()).collect();
        assert!(texts.contains(&"月に\u{a0}1回".to_string()), "{texts:?}");
        assert!(texts.contains(&"週に\u{a0}３日、".to_string()), "{texts:?}");
        // (Not before a word: 月に いちど is left to part.)
        let p = annotate_words("月に いちど あう", &lex, Furigana::All, true);
        assert_eq!(p.len(), 5, "{p:?}");
    }

    #[test]
    fn phrases_are_boxed() {
        let lex = Lexicon::welfare();
        let p = annotate_phrases("ともだちと いっしょに くらしたい。", &lex, Furigana::All, false);
        let texts: Vec<String> =
            p.iter().map(|ph| ph.iter().map(|s| s.base.as_str()).collect()).collect();
        assert_eq!(texts, ["ともだちと", " ", "いっしょに", " ", "くらしたい。"]);
        // A writer's spaces mark the phrases of kana text.
        let spaced = annotate_phrases("とまってみて、じぶんに あう", &lex, Furigana::All, false);
        let texts: Vec<String> =
            spaced.iter().map(|ph| ph.iter().map(|s| s.base.as_str()).collect()).collect();
        assert_eq!(texts, ["とまってみて、", "じぶんに", " ", "あう"]);
    }

    #[test]
    fn words_keep_brackets_and_kana_runs_whole() {
        let lex = Lexicon::welfare();
        let words = |t: &str| -> Vec<Vec<String>> {
            annotate_words(t, &lex, Furigana::None, false)
                .iter()
                .map(|p| p.iter().map(|w| w.iter().map(|s| s.base.as_str()).collect()).collect())
                .collect()
        };
        // No line may begin with ） or end with （, and the analyser's cut
        // of an unknown name (ひだ / まり) is not a place to break.
        let w = words("パソコン講座（地域活動支援センターひだまり）");
        assert_eq!(w.concat().concat(), "パソコン講座（地域活動支援センターひだまり）");
        for word in w.iter().flatten() {
            assert!(!word.ends_with('（') && !word.starts_with('）'), "{w:?}");
        }
        assert!(w.iter().flatten().any(|word| word.ends_with("ひだまり）")), "{w:?}");
        assert!(words("ホームヘルプ").concat().contains(&"ホームヘルプ".to_string()));
    }

    #[test]
    fn spaces_written_in_the_text_are_kept() {
        assert_eq!(h("いえを でて、 ともだち と"), "いえを でて、 ともだち と");
        assert_eq!(h(" 本人 "), " ほんにん ");
    }

    #[test]
    fn context_readings() {
        assert_eq!(h("看護師が週１回入り、"), "かんごしがしゅう１かいはいり、");
        assert_eq!(h("部屋に入る。"), "へやにはいる。");
        assert_eq!(h("作業所が気に入る。"), "さぎょうしょがきにいる。");
        assert_eq!(h("砂糖入り"), "さとういり");
        assert_eq!(h("ご家族の方にも"), "ごかぞくのかたにも");
        assert_eq!(h("担当の方"), "たんとうのかた");
        assert_eq!(h("こちらの方が近い"), "こちらのほうがちかい");
        assert_eq!(h("終わった後、"), "おわったあと、");
        assert_eq!(h("退院後に"), "たいいんごに");
        assert_eq!(h("夏休みの間は"), "なつやすみのあいだは");
    }

    #[test]
    fn counters_after_digits() {
        assert_eq!(h("２人で話した。"), "ふたりではなした。");
        assert_eq!(h("３か月ごと"), "３かげつごと");
        assert_eq!(h("３０分"), "３０ぷん");
        assert_eq!(h("１泊"), "１ぱく");
        assert_eq!(h("朝７時"), "あさ７じ");
        assert_eq!(h("来年３月末"), "らいねん３がつまつ");
        assert_eq!(h("４月１日"), "４がつついたち");
        assert_eq!(h("月３００時間"), "つき３００じかん");
        assert_eq!(h("３日間"), "みっかかん");
        assert_eq!(h("１０日間"), "とおかかん");
        assert_eq!(h("１５日間"), "１５にちかん");
    }

    #[test]
    fn counters_after_kanji_numerals() {
        assert_eq!(h("二十日に会う。"), "はつかにあう。");
        assert_eq!(h("三日間休む。"), "みっかかんやすむ。");
        assert_eq!(h("４月一日から"), "４がつついたちから");
        assert_eq!(h("一日中休む。"), "いちにちじゅうやすむ。");
        assert_eq!(h("二人で行く。"), "ふたりでいく。");
        assert_eq!(h("三回通う。"), "さんかいかよう。");
    }

    #[test]
    fn overrides_win_and_welfare_terms_are_read_whole() {
        let lex =
            Lexicon::with_overrides([("ひかり作業所", "ひかりさぎょうしょ"), ("田中", "タナカ")]);
        assert_eq!(
            hiragana("ひかり作業所の田中さん", &lex, false),
            "ひかりさぎょうしょのたなかさん"
        );
        // Latin letters are copied as written (the dev data's convention).
        assert_eq!(h("就労継続支援B型"), "しゅうろうけいぞくしえんBがた");
    }

    #[test]
    fn cached_readings_belong_to_their_lexicon() {
        // The same text read with the welfare lexicon, with a plan's
        // reading, with a protected name, and with the welfare lexicon
        // again: each gets its own lexicon's reading, not the cache's last.
        let text = "上野さんと話す。";
        let welfare = Lexicon::welfare();
        let plan = Lexicon::with_overrides([("上野", "かみの")]);
        let protected = Lexicon::welfare().protect(["上野"]);
        for _ in 0..2 {
            // A surname the plan gives no reading for is not guessed.
            assert_eq!(hiragana(text, &welfare, false), "上野さんとはなす。");
            assert_eq!(hiragana(text, &plan, false), "かみのさんとはなす。");
            let segs = read(text, &protected);
            assert!(segs.iter().any(|s| s.base == "上野" && s.ruby.is_none()), "{segs:?}");
        }
    }

    #[test]
    fn okurigana_stays_outside_ruby() {
        let segs = annotate("食べる", &Lexicon::welfare(), Furigana::All, false);
        assert_eq!(show(&segs), "食[た]べる");
    }

    #[test]
    fn grade_filter_keeps_or_drops_a_whole_word() {
        let lex = Lexicon::welfare();
        // 介護 has 介 (not taught at primary school) and 護 (grade 5): at
        // grade:6 both keep their readings; 生活 (grades 1, 2) loses both.
        assert_eq!(
            show(&annotate("生活の介護", &lex, Furigana::Grade(6), false)),
            "生活の介[かい]護[ご]"
        );
        assert_eq!(
            show(&annotate("生活の介護", &lex, Furigana::Grade(1), false)),
            "生[せい]活[かつ]の介[かい]護[ご]"
        );
        // A counter is its own word: 回 (grade 2) after digits.
        assert_eq!(
            show(&annotate("週3回", &lex, Furigana::Grade(1), false)),
            "週[しゅう]3回[かい]"
        );
        assert_eq!(show(&annotate("週3回", &lex, Furigana::Grade(2), false)), "週3回");
    }

    #[test]
    fn wakachi_spaces_phrases() {
        let lex = Lexicon::welfare();
        assert_eq!(
            hiragana("本人は週３回、生活介護事業所に通所している。", &lex, true),
            "ほんにんは しゅう３かい、せいかつかいごじぎょうしょに つうしょして いる。"
        );
        assert_eq!(
            hiragana("毎朝、ヘルパーと一緒に買い物に行きます。", &lex, true),
            "まいあさ、へるぱーと いっしょに かいものに いきます。"
        );
        // A time said from today starts no compound.
        assert_eq!(hiragana("来月手術を受ける。", &lex, true), "らいげつ しゅじゅつを うける。");
        // After a dictionary term, が is the particle of the whole text,
        // not a conjunction starting a phrase of its own.
        assert_eq!(hiragana("看護師がくすりを渡す。", &lex, true), "かんごしが くすりを わたす。");
    }

    #[test]
    fn wakachi_spaces_formal_nouns_and_helping_verbs() {
        let lex = Lexicon::welfare();
        // A 形式名詞 after its clause, and the noun after it.
        assert_eq!(
            hiragana("困った時は相談するよう本人と話す。", &lex, true),
            "こまった ときは そうだんする よう ほんにんと はなす。"
        );
        assert_eq!(hiragana("読むことができる。", &lex, true), "よむ ことが できる。");
        assert_eq!(hiragana("そのために", &lex, true), "その ために");
        // みる after て, which IPADIC takes for the noun みたい.
        assert_eq!(hiragana("挑戦してみたい。", &lex, true), "ちょうせんして みたい。");
        // Not a counter (8時30分), nor the nominal の (行くのが).
        assert_eq!(hiragana("8時30分", &lex, true), "8じ30ぷん");
        assert_eq!(hiragana("行くのが好き", &lex, true), "いくのが すき");
        // Nor a compound of a verb's stem and もの written in kana.
        assert_eq!(hiragana("かいものに行く。", &lex, true), "かいものに いく。");
    }

    #[test]
    fn names_are_read_as_given_or_left_alone() {
        let lex = Lexicon::with_overrides([("ひかり作業所", "ひかりさぎょうしょ")])
            .name("佐藤 健太", "さとう けんた")
            .protect(["近所の山川さん"]);
        assert_eq!(
            show(&annotate("佐藤 健太さんと近所の山川さん", &lex, Furigana::All, false)),
            "佐[さ]藤[とう] 健[けん]太[た]さんと近[きん]所[じょ]の山川さん"
        );
    }

    #[test]
    fn suffix_kanji_read_as_suffixes_with_their_exceptions() {
        // 517 compounds and counter-examples written from sources, not from
        // yomeru's errors (tests/data/suffix-rules.tsv). Where two readings
        // are both in use, either is right.
        let also: &[(&str, &str)] = &[("行き先", "ゆきさき")];
        let rows = include_str!("../../tests/data/suffix-rules.tsv");
        let mut wrong = Vec::new();
        for line in rows.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (word, gold) = (cols[0], cols[1]);
            let got = h(word);
            if got != gold && !also.contains(&(word, got.as_str())) {
                wrong.push(format!("{word}: {got}, not {gold} ({})", cols[3]));
            }
        }
        assert!(rows.lines().count() > 500);
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        // After a lexicon term, the suffix is read as one (送迎 is a term).
        assert_eq!(h("送迎車で通う。"), "そうげいしゃでかよう。");
        assert_eq!(h("車いすを使う。"), "くるまいすをつかう。");
        assert_eq!(h("ひまわり園"), "ひまわりえん");
        assert_eq!(h("お店に行く。"), "おみせにいく。");
    }

    #[test]
    fn weekdays_in_lists_brackets_and_alone() {
        assert_eq!(h("週3日（月・水・金）"), "しゅうみっか（げつ・すい・きん）");
        assert_eq!(h("月〜金"), "げつ〜きん");
        assert_eq!(h("土・日・祝は休み"), "ど・にち・しゅくはやすみ");
        assert_eq!(h("2026年4月1日（水）"), "2026ねん4がつついたち（すい）");
        assert_eq!(h("水"), "すい");
        // Not a list of days: water and tea, the moon.
        assert_eq!(h("水・お茶を持つ"), "みず・おちゃをもつ");
        assert_eq!(h("月が見える"), "つきがみえる");
    }

    #[test]
    fn kanji_numbers_before_counters() {
        assert_eq!(h("一週間"), "いっしゅうかん");
        assert_eq!(h("六回"), "ろっかい");
        assert_eq!(h("三本"), "さんぼん");
        assert_eq!(h("四時に"), "よじに");
        assert_eq!(h("九月"), "くがつ");
        assert_eq!(h("百円"), "ひゃくえん");
        assert_eq!(h("十分に休む"), "じゅうぶんにやすむ");
        // 〇〇 standing for a name is not a number.
        assert_eq!(h("〇〇市"), "〇〇し");
        assert_eq!(h("１回３０分の訪問"), "１かい３０ぷんのほうもん");
    }

    #[test]
    fn context_decides_homographs() {
        assert_eq!(h("絵を描く"), "えをかく");
        assert_eq!(h("人気の少ない時間"), "ひとけのすくないじかん");
        assert_eq!(h("人気がある店"), "にんきがあるみせ");
        assert_eq!(h("年中クラス"), "ねんちゅうくらす");
        assert_eq!(h("買い物に行った。"), "かいものにいった。");
        assert_eq!(h("一緒に行った。"), "いっしょにいった。");
        assert_eq!(h("作業所に通った。"), "さぎょうしょにかよった。");
        assert_eq!(h("施設を見に行った。"), "しせつをみにいった。");
        assert_eq!(h("その間に休む。"), "そのあいだにやすむ。");
        assert_eq!(h("10時〜15時の間に休む。"), "10じ〜15じのあいだにやすむ。");
        assert_eq!(h("午前8時家を出る。"), "ごぜん8じいえをでる。");
        assert_eq!(h("先月家で転んだ。"), "せんげついえでころんだ。");
        assert_eq!(h("入院している間は休む。"), "にゅういんしているあいだはやすむ。");
        assert_eq!(h("寝る間も惜しむ。"), "ねるまもおしむ。");
        assert_eq!(
            h("支援を利用して映画館へ行っている。"),
            "しえんをりようしてえいがかんへいっている。"
        );
        assert_eq!(h("週2回通い、遊ぶ。"), "しゅう2かいかよい、あそぶ。");
        assert_eq!(h("専門家に聞く。"), "せんもんかにきく。");
        assert_eq!(h("駅の前を通った。"), "えきのまえをとおった。");
        assert_eq!(h("審査に通った。"), "しんさにとおった。");
        assert_eq!(h("毎日本人が通う。"), "まいにちほんにんがかよう。");
        assert_eq!(h("面談を十分に行った。"), "めんだんをじゅうぶんにおこなった。");
        assert_eq!(h("面談を行った。"), "めんだんをおこなった。");
    }

    #[test]
    fn labels_carry_their_own_readings() {
        // A word marked in a label is read as marked, never by the analyser.
        let marked = format!("書いた {MARK_OPEN}日{MARK_READING}ひ{MARK_CLOSE}");
        assert_eq!(h(&marked), "かいた ひ");
        assert_eq!(unmark(&marked), "書いた 日");
        assert_eq!(show(&read(&marked, &Lexicon::welfare())), "書[か]いた 日[ひ]");
    }

    #[test]
    fn names_keep_their_common_words_and_doubts_are_listed() {
        let lex = Lexicon::with_overrides([("𠮷祥寺", "きちじょうじ")]).protect([
            "𠮷祥寺みらい相談室",
            "みどり相談支援センター",
            "山川 一郎",
        ]);
        // The plan's reading applies inside a name, and a name's common
        // words are read.
        assert_eq!(hiragana("𠮷祥寺みらい相談室", &lex, false), "きちじょうじみらいそうだんしつ");
        assert_eq!(hiragana("みどり相談支援センター", &lex, false), "みどりそうだんしえんせんたー");
        // The name parts stay bare, and are listed once.
        let text = "山川 一郎さんと山川さん";
        assert_eq!(hiragana(text, &lex, false), text);
        let d = doubts(text, &lex);
        let words: Vec<(&str, DoubtKind)> = d.iter().map(|d| (d.word.as_str(), d.kind)).collect();
        assert_eq!(words, [("山川", DoubtKind::Name), ("一郎", DoubtKind::Name)]);
        // A word the dictionary reads two ways is listed with its reading.
        let d = doubts("生物は冷やす。", &Lexicon::welfare());
        assert!(d.iter().any(|d| d.word == "生物" && d.kind == DoubtKind::Ambiguous), "{d:?}");
    }

    #[test]
    fn cases_found_in_review() {
        let cases = [
            ("年2回の訪問", "ねん2かいのほうもん"),
            ("月〜金曜日", "げつ〜きんようび"),
            ("水〜日曜日", "すい〜にちようび"),
            ("月水金", "げつすいきん"),
            ("事業所間", "じぎょうしょかん"),
            ("夜間帯", "やかんたい"),
            ("家族内", "かぞくない"),
            ("通院日", "つういんび"),
            ("30分間", "30ぷんかん"),
            ("十分間", "じゅっぷんかん"),
            ("十分", "じゅうぶん"),
            ("確認は丁寧に行った", "かくにんはていねいにおこなった"),
            ("月1日程度", "つき1にちていど"),
            ("4月1日", "4がつついたち"),
            ("毎月一日に", "まいつきついたちに"),
            ("1日中", "1にちじゅう"),
            ("作曲者", "さっきょくしゃ"),
            ("帰国中", "きこくちゅう"),
            ("お調子者", "おちょうしもの"),
            ("3歳上", "3さいうえ"),
            ("二十歳", "はたち"),
            ("十七日", "じゅうしちにち"),
            ("1000本", "1000ぼん"),
            ("休所日", "きゅうしょび"),
            ("目標を一歩進める", "もくひょうをいっぽすすめる"),
            ("正しくわかる", "ただしくわかる"),
            ("夕方の迎えと見守り", "ゆうがたのむかえとみまもり"),
        ];
        for (text, reading) in cases {
            assert_eq!(h(text), reading, "{text}");
        }
        // A given name that is also a word stays a name part after a surname.
        let lex = Lexicon::with_overrides([("渡辺", "わたなべ")]).protect(["兄（渡辺 誠）"]);
        assert_eq!(hiragana("兄（渡辺 誠）", &lex, false), "あに（わたなべ 誠）");
        // A rule's choice is not in doubt; the analyser's guess on a listed
        // homograph is.
        assert!(doubts("面談を行った。", &Lexicon::welfare()).is_empty());
        let d = doubts("市場で買う。", &Lexicon::welfare());
        assert_eq!(d.len(), 1, "{d:?}");
    }
}

/// A word as IPADIC analyses it, with what rewriting needs: its part of
/// speech in IPADIC's own terms and how it is conjugated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Morpheme {
    /// As written.
    pub surface: String,
    /// Byte range in the analysed text.
    pub span: std::ops::Range<usize>,
    /// IPADIC part of speech and its first subdivision (動詞, 自立).
    pub pos: (String, String),
    /// Conjugation type (五段・カ行イ音便, 一段, サ変・スル), empty if none.
    pub conj_type: String,
    /// Conjugation form (連用形, 基本形), empty if none.
    pub conj_form: String,
    /// Dictionary form (the surface where IPADIC has none).
    pub base: String,
    /// Reading in katakana, empty for unknown words.
    pub reading: String,
}

/// `text` cut into IPADIC's words, whitespace left out, without the
/// welfare lexicon or any context rule: for rewriting, which needs the
/// conjugation that [`words`] does not keep.
pub fn morphemes(text: &str) -> Vec<Morpheme> {
    let Ok(toks) = SEGMENTER.segment(Cow::Borrowed(text)) else { return Vec::new() };
    let mut ms = toks
        .into_iter()
        .map(|mut t| {
            let surface = t.surface.to_string();
            let span = t.byte_start..t.byte_end;
            let d = t.details();
            let field = |i: usize| d.get(i).filter(|v| **v != "*").map_or("", |v| v).to_string();
            Morpheme {
                base: Some(field(6)).filter(|b| !b.is_empty()).unwrap_or_else(|| surface.clone()),
                pos: (field(0), field(1)),
                conj_type: field(4),
                conj_form: field(5),
                reading: field(7),
                span,
                surface,
            }
        })
        .collect::<Vec<_>>();
    // Where IPADIC reads a word otherwise than the reading rules do, the
    // analysis says what they say.
    let after_count =
        |ms: &[Morpheme], i: usize| ms[i - 1].pos.1 == "接尾" && ms[i - 2].pos.1 == "数";
    for i in 2..ms.len() {
        // 8時家を出る, 先月家で: the home (IPADIC: the suffix of 専門家).
        if ms[i].surface == "家"
            && ms[i].pos.1 == "接尾"
            && (after_count(&ms, i) || WHEN.contains(&ms[i - 1].surface.as_str()))
        {
            ms[i].pos = ("名詞".into(), "一般".into());
            ms[i].reading = "イエ".into();
        }
        // 週2回通い、: the verb (IPADIC: the suffix of 病院通い).
        if ms[i].surface == "通い" && ms[i].pos.1 == "接尾" && after_count(&ms, i) {
            ms[i].pos = ("動詞".into(), "自立".into());
            ms[i].base = "通う".into();
            ms[i].conj_type = "五段・ワ行促音便".into();
            ms[i].conj_form = "連用形".into();
            ms[i].reading = "カヨイ".into();
        }
        // 作業所に通った: 通う (IPADIC: 通る).
        if ms[i].surface == "通っ"
            && ms[i].base == "通る"
            && commutes(&ms[i - 1].surface, &ms[i - 2].surface)
        {
            ms[i].base = "通う".into();
            ms[i].conj_type = "五段・ワ行促音便".into();
            ms[i].reading = "カヨッ".into();
        }
        // 見に行って, 映画館へ行って: 行く (IPADIC: 行う where the clause
        // has an object).
        if ms[i].surface == "行っ"
            && ms[i].base == "行う"
            && (ms[i - 1].surface == "に" && ms[i - 2].pos.0 == "動詞"
                || ms[i - 1].surface == "へ" && ms[i - 1].pos.0 == "助詞")
        {
            ms[i].base = "行く".into();
            ms[i].conj_type = "五段・カ行促音便".into();
            ms[i].reading = "イッ".into();
        }
    }
    // 嫌がらずにつけ: ずに and the verb つける (IPADIC: the particle につけ,
    // "whenever", which never follows ず).
    let mut i = 1;
    while i < ms.len() {
        if ms[i].surface == "につけ" && ms[i].pos.0 == "助詞" && ms[i - 1].surface == "ず" {
            let at = ms[i].span.start;
            let ni = Morpheme {
                surface: "に".into(),
                base: "に".into(),
                pos: ("助詞".into(), "格助詞".into()),
                conj_type: String::new(),
                conj_form: String::new(),
                reading: "ニ".into(),
                span: at..at + "に".len(),
            };
            ms[i] = Morpheme {
                surface: "つけ".into(),
                base: "つける".into(),
                pos: ("動詞".into(), "自立".into()),
                conj_type: "一段".into(),
                conj_form: "連用形".into(),
                reading: "ツケ".into(),
                span: at + "に".len()..ms[i].span.end,
            };
            ms.insert(i, ni);
        }
        i += 1;
    }
    ms
}
