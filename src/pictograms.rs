//! Pictograms: concepts (`bath`, `packing`, …) with their Japanese and
//! English names and words, drawn by the OpenMoji SVGs shipped in
//! `pictograms/openmoji/{color,black}/` (`pictograms/catalogue.tsv`).
//!
//! A plan names a picture by an id, an alias or a word in either language
//! (`pictogram: home`, `house`, `家`, `いえ`): [`lookup`] finds the concept
//! and says when a word could mean several. A text without a named picture
//! gets the one its words call for ([`guess`]), the most specific word
//! winning. Words from the Unicode CLDR emoji annotations
//! (`pictograms/cldr-words.tsv`) widen what a typed word finds but never
//! choose a picture from a sentence: their names are often odd.
//!
//! Alt text is the Fluent message `picto-<id>` of the document's language
//! where one was written, else the catalogue's name (see [`alt_text`]).

use std::collections::HashMap;
use std::sync::LazyLock;

/// The SVGs embedded from `pictograms/openmoji/`, as (relative path, bytes).
static SVGS: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/pictograms.rs"));

const CATALOGUE: &str = include_str!("../pictograms/catalogue.tsv");
const CLDR: &str = include_str!("../pictograms/cldr-words.tsv");

/// One concept of the catalogue.
#[derive(Debug)]
pub struct Concept {
    /// The id a plan writes (`bath`); a contract, never renamed.
    pub id: &'static str,
    /// The OpenMoji file name without `.svg` (`1F6C1`).
    pub file: &'static str,
    /// The Japanese name (お風呂).
    pub ja: &'static str,
    /// The Japanese name's reading in hiragana (おふろ).
    pub reading: &'static str,
    /// The English name (bath).
    pub en: &'static str,
    /// Other ids that name only this concept (`bathtub`).
    pub aliases: Vec<&'static str>,
    /// Curated Japanese and English words for it (風呂, 入浴, …).
    pub words: Vec<&'static str>,
    /// Words of its picture from the CLDR annotations, Japanese then English.
    pub cldr: Vec<&'static str>,
    /// A place or general idea (家, 仕事): a more specific word in the same
    /// text wins over it.
    pub broad: bool,
    /// Its one-character words (薬) also count when found in a text.
    short_hints: bool,
    /// Its words name it when typed but never choose it from a sentence
    /// (feelings, gestures: できる in a need is no OK sign).
    typed_only: bool,
    /// An umbrella over many activities (work, day activities, help): a
    /// service pictured by it is better pictured by what its detail names.
    pub umbrella: bool,
}

/// How well a typed word names a concept; a higher rank wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Cldr,
    Word,
    Reading,
    Name,
    Alias,
    Id,
}

struct Index {
    concepts: Vec<Concept>,
    /// Normalised word → (concept, rank), best rank per concept.
    words: HashMap<String, Vec<(usize, Rank)>>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let concepts = parse(CATALOGUE, CLDR).expect("pictograms/catalogue.tsv is valid (tested)");
    let mut words: HashMap<String, Vec<(usize, Rank)>> = HashMap::new();
    let mut add = |word: &str, i: usize, rank: Rank| {
        for key in keys(word) {
            let entry = words.entry(key).or_default();
            match entry.iter_mut().find(|(c, _)| *c == i) {
                Some((_, r)) => *r = (*r).max(rank),
                None => entry.push((i, rank)),
            }
        }
    };
    for (i, c) in concepts.iter().enumerate() {
        add(c.id, i, Rank::Id);
        c.aliases.iter().for_each(|a| add(a, i, Rank::Alias));
        add(c.ja, i, Rank::Name);
        add(c.en, i, Rank::Name);
        add(c.reading, i, Rank::Reading);
        c.words.iter().for_each(|w| add(w, i, Rank::Word));
        c.cldr.iter().for_each(|w| add(w, i, Rank::Cldr));
    }
    Index { concepts, words }
});

/// The concepts of `catalogue` (the TSV of `pictograms/catalogue.tsv`),
/// with the CLDR words of `cldr` joined by file, or the first bad line.
fn parse(catalogue: &'static str, cldr: &'static str) -> Result<Vec<Concept>, String> {
    let list = |s: &'static str| -> Vec<&'static str> {
        s.split(',').map(str::trim).filter(|w| !w.is_empty()).collect()
    };
    let rows = |text: &'static str| {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
            .skip(1) // the header
    };
    let mut cldr_words: HashMap<&str, Vec<&str>> = HashMap::new();
    for (_, line) in rows(cldr) {
        let mut cols = line.split('\t');
        let file = cols.next().unwrap_or_default();
        cldr_words.entry(file).or_default().extend(cols.flat_map(list));
    }
    let mut concepts = Vec::new();
    for (n, line) in rows(catalogue) {
        let cols: Vec<&'static str> = line.split('\t').collect();
        let [id, file, ja, reading, en, aliases, words, flags] = cols[..] else {
            return Err(format!("line {}: 8 columns expected, found {}", n + 1, cols.len()));
        };
        let flags = list(flags);
        concepts.push(Concept {
            id,
            file,
            ja,
            reading,
            en,
            aliases: list(aliases),
            words: list(words),
            cldr: cldr_words.get(file).cloned().unwrap_or_default(),
            broad: flags.contains(&"broad"),
            short_hints: flags.contains(&"hint1"),
            typed_only: flags.contains(&"typed"),
            umbrella: flags.contains(&"umbrella"),
        });
    }
    Ok(concepts)
}

/// `word` as it is compared: trimmed, full-width letters and digits made
/// ASCII, ASCII lower-cased, spaces and underscores as hyphens
/// (`Group Home` → `group-home`).
fn normalise(word: &str) -> String {
    word.trim()
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' | ' ' | '_' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Katakana as hiragana (バス → ばす), so a word typed in either kana finds
/// a reading.
fn hiragana(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// The keys a word is indexed and looked up under.
fn keys(word: &str) -> Vec<String> {
    let n = normalise(word);
    let k = hiragana(&n);
    if k == n { vec![n] } else { vec![n, k] }
}

/// Every concept, in catalogue order.
pub fn concepts() -> &'static [Concept] {
    &INDEX.concepts
}

/// Every concept id, in catalogue order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    concepts().iter().map(|c| c.id)
}

/// The concept whose id is exactly `id`.
pub fn by_id(id: &str) -> Option<&'static Concept> {
    concepts().iter().find(|c| c.id == id)
}

/// What a word given as `pictogram:` names.
#[derive(Debug)]
pub enum Lookup {
    /// The concept it names best, and others it names as well (by the same
    /// kind of match: two concepts share the word), best first.
    Found {
        /// The concept used.
        concept: &'static Concept,
        /// Other concepts the word names as well.
        others: Vec<&'static Concept>,
    },
    /// Nothing is called so; the closest concepts by spelling, best first.
    Unknown {
        /// Up to [`CLOSEST`] concepts.
        closest: Vec<&'static Concept>,
    },
}

/// How many close concepts an unknown word is answered with.
pub const CLOSEST: usize = 3;

/// The concept `word` names: an id (`bath`), an alias (`bathtub`), a
/// name or word in Japanese or English (お風呂, 風呂, ふろ, bath).
pub fn lookup(word: &str) -> Lookup {
    let index = &*INDEX;
    let mut found: Vec<(usize, Rank)> = Vec::new();
    for key in keys(word) {
        for &(i, rank) in index.words.get(&key).into_iter().flatten() {
            match found.iter_mut().find(|(c, _)| *c == i) {
                Some((_, r)) => *r = (*r).max(rank),
                None => found.push((i, rank)),
            }
        }
    }
    let Some(best) = found.iter().map(|(_, r)| *r).max() else {
        return Lookup::Unknown { closest: closest(word) };
    };
    // Same rank: the catalogue's order, which lists everyday concepts first.
    let mut top: Vec<usize> = found.iter().filter(|(_, r)| *r == best).map(|(i, _)| *i).collect();
    top.sort_unstable();
    let concept = &index.concepts[top[0]];
    let others = top[1..].iter().map(|&i| &index.concepts[i]).collect();
    Lookup::Found { concept, others }
}

/// The concept `word` names, if any (ambiguity resolved as [`lookup`] does).
pub fn resolve(word: &str) -> Option<&'static Concept> {
    match lookup(word) {
        Lookup::Found { concept, .. } => Some(concept),
        Lookup::Unknown { .. } => None,
    }
}

/// Whether `word` names a concept.
pub fn exists(word: &str) -> bool {
    resolve(word).is_some()
}

/// The closest concept id to a word that names none.
pub fn suggest(word: &str) -> Option<&'static str> {
    closest(word).first().map(|c| c.id)
}

/// How close `word` is to `name`, from 0 to 1: containing one another
/// (風呂 in お風呂の掃除) counts as close, else Jaro-Winkler on kana-folded
/// forms.
fn similarity(word: &str, name: &str) -> f64 {
    if word.is_empty() || name.is_empty() {
        return 0.0;
    }
    let (w, n) = (hiragana(word), hiragana(name));
    let (wl, nl) = (w.chars().count(), n.chars().count());
    // Containing counts for words, not fragments: two kana or kanji, or
    // four letters (`ok` is no neighbour of `wrok`).
    let least = |s: &str| if s.is_ascii() { 4 } else { 2 };
    let (short, shortest) = if wl <= nl { (&w, wl) } else { (&n, nl) };
    if shortest >= least(short) && (n.contains(&w) || w.contains(&n)) {
        // The nearer in length, the closer.
        return 0.85 + 0.1 * (wl.min(nl) as f64 / wl.max(nl) as f64);
    }
    strsim::jaro_winkler(&w, &n)
}

/// Up to [`CLOSEST`] concepts whose names, readings or words are spelt
/// like `word`.
fn closest(word: &str) -> Vec<&'static Concept> {
    let w = normalise(word);
    let mut scored: Vec<(f64, usize)> = INDEX
        .concepts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let names = [c.id, c.ja, c.reading, c.en].into_iter().chain(c.aliases.iter().copied());
            let score = names
                .chain(c.words.iter().copied())
                .map(|n| similarity(&w, &normalise(n)))
                .fold(0.0, f64::max);
            (score, i)
        })
        .filter(|(s, _)| *s >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(CLOSEST).map(|(_, i)| &INDEX.concepts[i]).collect()
}

/// The concepts a person looking for `word` wants to see, best first:
/// what [`lookup`] finds, then every concept whose names or words contain
/// it (風呂 → お風呂, 風呂掃除…), or whose names it contains. Empty when
/// nothing matches ([`lookup`] then gives the closest by spelling).
pub fn search(word: &str) -> Vec<&'static Concept> {
    let w = hiragana(&normalise(word));
    if w.is_empty() {
        return concepts().iter().collect();
    }
    let mut out: Vec<&'static Concept> = match lookup(word) {
        Lookup::Found { concept, others } => std::iter::once(concept).chain(others).collect(),
        Lookup::Unknown { .. } => Vec::new(),
    };
    for c in concepts() {
        let names = [c.id, c.ja, c.reading, c.en].into_iter().chain(c.aliases.iter().copied());
        let hit = names.chain(c.words.iter().copied()).chain(c.cldr.iter().copied()).any(|n| {
            let n = hiragana(&normalise(n));
            // A name inside the word counts when it is a word, not a
            // fragment: two kana or kanji, or four letters (not `ok` in `wrok`).
            let least = if n.is_ascii() { 4 } else { 2 };
            n.contains(&w) || (n.chars().count() >= least && w.contains(&n))
        });
        if hit && !out.iter().any(|o| std::ptr::eq(*o, c)) {
            out.push(c);
        }
    }
    out
}

/// A word of a text that calls for a concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    /// The concept's id.
    pub id: &'static str,
    /// Where the word starts in the text (bytes).
    pub at: usize,
    /// Where it ends (bytes).
    pub end: usize,
    /// The word's length in characters.
    pub chars: usize,
    /// Whether the concept is a broad one (a place, a general idea).
    pub broad: bool,
    /// Whether the concept is an umbrella over many activities
    /// ([`Concept::umbrella`]).
    pub umbrella: bool,
}

impl Hint {
    /// Orders hints so that the best is the greatest: a specific concept
    /// before a broad one, then the longer word (袋詰め over 仕事, 眠れない
    /// over 夜), then the earlier in the text.
    pub fn strength(&self) -> (bool, usize, std::cmp::Reverse<usize>) {
        (!self.broad, self.chars, std::cmp::Reverse(self.at))
    }

    /// Whether this word lies inside a longer word found in the same text
    /// (ホーム inside グループホーム): it is part of that word, not a word.
    pub fn inside(&self, other: &Hint) -> bool {
        other.at <= self.at && self.end <= other.end && other.chars > self.chars
    }
}

/// Whether `w` is a word to look for inside sentences: Japanese, and two
/// characters or more, or one kanji where its concept allows it (薬; never
/// one kana: え is in every other sentence).
fn text_word(w: &str, short: bool) -> bool {
    let mut chars = w.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => short && !c.is_ascii() && !('\u{3040}'..='\u{30FF}').contains(&c),
        (Some(_), Some(_)) => !w.is_ascii(),
        (None, _) => false,
    }
}

/// Every place in `text` where a catalogue name or word calls for a
/// concept (only concepts chosen from sentences: not feelings, gestures).
/// Without the analyser's words (see [`hints_in`]), a word in hiragana
/// counts only where it is the whole text; katakana words count anywhere.
pub fn hints(text: &str) -> Vec<Hint> {
    hints_in(text, &|at, end| {
        (at == 0 && end == text.len())
            || !text[at..end].chars().any(|c| ('\u{3040}'..='\u{309F}').contains(&c))
    })
}

/// [`hints`], a word in kana counting where `is_word(start, end)` (byte
/// offsets) says it is a whole word of `text`: さぎ (詐欺) is not in
/// さぎょうしょ, nor まつ (待つ) in しゅうまつ. Kanji carry their meaning
/// inside compounds, and longer words win anyway. The caller knows the
/// words (the japanese stage's analyser is above this module).
pub fn hints_in(text: &str, is_word: &dyn Fn(usize, usize) -> bool) -> Vec<Hint> {
    let words = &*TEXT_WORDS;
    let concepts = concepts();
    // (catalogue order of the word, start, end, concept): sorted below so
    // that hints come in catalogue order, then by place, as `best` expects.
    let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
    // A word counts again only after its last place ends (as
    // `str::match_indices`: ああ is once in あああ).
    let mut free_from: HashMap<usize, usize> = HashMap::new();
    for m in words.automaton.find_overlapping_iter(text) {
        let pattern = m.pattern().as_usize();
        let from = free_from.entry(pattern).or_insert(0);
        if m.start() < *from {
            continue;
        }
        *from = m.end();
        let (kana, owners) = &words.owners[pattern];
        if *kana && !is_word(m.start(), m.end()) {
            continue;
        }
        found.extend(owners.iter().map(|&(order, c)| (order, m.start(), m.end(), c)));
    }
    found.sort_unstable();
    found
        .into_iter()
        .map(|(_, at, end, c)| Hint {
            id: concepts[c].id,
            at,
            end,
            chars: text[at..end].chars().count(),
            broad: concepts[c].broad,
            umbrella: concepts[c].umbrella,
        })
        .collect()
}

/// The words that choose a concept from a sentence, as one automaton: a
/// plan's every text is searched for every word before each preview.
struct TextWords {
    automaton: aho_corasick::AhoCorasick,
    /// Per pattern: whether it is all kana, and who it names as (catalogue
    /// order of the word, concept index).
    owners: Vec<(bool, Vec<(usize, usize)>)>,
}

static TEXT_WORDS: LazyLock<TextWords> = LazyLock::new(|| {
    let mut patterns: Vec<&'static str> = Vec::new();
    let mut owners: Vec<(bool, Vec<(usize, usize)>)> = Vec::new();
    let mut order = 0;
    for (i, c) in concepts().iter().enumerate().filter(|(_, c)| !c.typed_only) {
        for &w in std::iter::once(&c.ja).chain(&c.words) {
            if !text_word(w, c.short_hints) {
                continue;
            }
            let p = match patterns.iter().position(|p| *p == w) {
                Some(p) => p,
                None => {
                    patterns.push(w);
                    let kana = w.chars().all(|c| ('\u{3040}'..='\u{30FF}').contains(&c));
                    owners.push((kana, Vec::new()));
                    patterns.len() - 1
                }
            };
            owners[p].1.push((order, i));
            order += 1;
        }
    }
    let automaton = aho_corasick::AhoCorasick::new(&patterns).expect("the catalogue's words");
    TextWords { automaton, owners }
});

/// The best of `hints` by [`Hint::strength`], leaving out those that are
/// part of a longer word found.
pub fn best(hints: &[Hint]) -> Option<Hint> {
    hints
        .iter()
        .filter(|h| !hints.iter().any(|o| h.inside(o)))
        .copied()
        // Equal strength: the first found (catalogue order).
        .reduce(|b, h| if h.strength() > b.strength() { h } else { b })
}

/// The best word of `text` that calls for a concept ([`best`] of [`hints`]).
pub fn hint(text: &str) -> Option<Hint> {
    best(&hints(text))
}

/// The concept a text calls for by its words (外出 → outing, お金の管理 →
/// money, 作業所で袋詰め → packing), if any.
pub fn guess(text: &str) -> Option<&'static str> {
    hint(text).map(|h| h.id)
}

/// Whether the concept `id` is a broad one ([`Concept::broad`]).
pub fn is_broad(id: &str) -> bool {
    resolve(id).is_some_and(|c| c.broad)
}

/// The alt text of a concept in a language without a written
/// `picto-<id>` message: its Japanese name for Japanese, else English.
pub fn alt_text(concept: &Concept, lang: &str) -> &'static str {
    if lang == "ja" || lang.starts_with("ja-") { concept.ja } else { concept.en }
}

/// A concept as a Japanese office knows it: 「家（home）」, the name to
/// read and the id to write.
pub fn label_ja(c: &Concept) -> String {
    format!("{}（{}）", c.ja, c.id)
}

/// A concept in English messages: `home (家)`, or `bath (bath, お風呂)`
/// style when the English name is not the id: `id (English, Japanese)`.
pub fn label_en(c: &Concept) -> String {
    if normalise(c.en) == c.id {
        format!("{} ({})", c.id, c.ja)
    } else {
        format!("{} ({}, {})", c.id, c.en, c.ja)
    }
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

/// The path of the SVG of the concept `word` names in the Typst world
/// (`/pictograms/color/1F6C1.svg`).
pub fn path(word: &str, style: Style) -> Option<String> {
    resolve(word).map(|c| file_path(c, style))
}

/// The path of `concept`'s SVG in the Typst world.
pub fn file_path(concept: &Concept, style: Style) -> String {
    format!("/pictograms/{}/{}.svg", style.folder(), concept.file)
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

    fn id(word: &str) -> Option<&'static str> {
        resolve(word).map(|c| c.id)
    }

    #[test]
    fn the_catalogue_is_whole_and_consistent() {
        let color: Vec<String> = files(Style::Color).map(|(p, _)| p).collect();
        let black: Vec<String> = files(Style::Black).map(|(p, _)| p).collect();
        let mut seen = std::collections::HashSet::new();
        for c in concepts() {
            assert!(color.contains(&file_path(c, Style::Color)), "{}: colour SVG", c.id);
            assert!(black.contains(&file_path(c, Style::Black)), "{}: black SVG", c.id);
            assert!(
                c.id.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
                "{}: ids are lower-case ASCII words",
                c.id
            );
            assert!(!c.ja.is_empty() && !c.en.is_empty(), "{}: names", c.id);
            assert!(
                c.reading.chars().all(|ch| ('\u{3041}'..='\u{3096}').contains(&ch) || ch == 'ー'),
                "{}: the reading {} is hiragana",
                c.id,
                c.reading
            );
            // An id or alias names one concept only.
            for name in std::iter::once(c.id).chain(c.aliases.iter().copied()) {
                assert!(seen.insert(name), "{name} names two concepts");
            }
        }
        // No file is shipped that no concept uses: they cost binary size.
        for p in &color {
            assert!(concepts().iter().any(|c| file_path(c, Style::Color) == *p), "{p} is unused");
        }
        assert!(concepts().len() >= 400, "{}", concepts().len());
    }

    #[test]
    fn every_id_of_yomeru_0_keeps_working() {
        // Plans in the wild use these ids: they must keep their pictures.
        let old = "home-helper home bath meal cooking cleaning laundry shopping money hospital \
            doctor nurse medicine work day-activity group-home short-stay outing guide \
            wheelchair walk bus train car bicycle school after-school family friends child \
            person phone smartphone calendar meeting consult sign agree question help sleep \
            wake-up exercise training music karaoke emergency plan goal star like check clock \
            daytime night office city-hall id-card wish toilet teeth handshake book park cafe \
            write art clothes rest happy smile neutral sad strength";
        for id in old.split_whitespace() {
            let c = by_id(id).unwrap_or_else(|| panic!("{id} is gone"));
            assert!(matches!(lookup(id), Lookup::Found { concept, .. } if concept.id == id));
            // Their alt texts were written by hand in each language.
            for lang in ["ja-easy", "en", "pt"] {
                let l = crate::locale::Locale::get(lang).unwrap();
                assert!(l.has(&format!("picto-{}", c.id)), "{lang} has no alt text for {id}");
            }
        }
        assert_eq!(by_id("home").unwrap().file, "1F3E0");
        assert_eq!(by_id("work").unwrap().file, "1F9D1-200D-1F3ED");
    }

    #[test]
    fn a_picture_is_named_by_id_alias_or_word_in_either_language() {
        for word in ["home", "house", "House", "家", "いえ", "イエ", "ｈｏｕｓｅ", " 家 "]
        {
            assert_eq!(id(word), Some("home"), "{word}");
        }
        assert_eq!(id("お風呂"), Some("bath"));
        assert_eq!(id("風呂"), Some("bath"));
        assert_eq!(id("おふろ"), Some("bath"));
        assert_eq!(id("bathtub"), Some("bath"));
        assert_eq!(id("袋詰め"), Some("packing"));
        assert_eq!(id("group home"), Some("group-home"));
        assert_eq!(id("グループホーム"), Some("group-home"));
        assert_eq!(id("ばす"), Some("bus"));
        // A CLDR word the catalogue lacks still finds its picture.
        assert_eq!(id("泡風呂"), Some("bath"));
        // An exact name is not ambiguous even when other concepts list it.
        assert!(matches!(lookup("家"), Lookup::Found { others, .. } if others.is_empty()));
        assert!(matches!(lookup("歯"), Lookup::Found { concept, .. } if concept.id == "tooth"));
    }

    #[test]
    fn an_ambiguous_word_takes_the_best_match_and_names_the_others() {
        // 日中 is a word of both 日中活動 and 昼.
        let Lookup::Found { concept, others } = lookup("日中") else { panic!() };
        assert_eq!(concept.id, "day-activity");
        assert_eq!(others.iter().map(|c| c.id).collect::<Vec<_>>(), ["daytime"]);
        // A name beats a word: 救急車 names ambulance, emergency lists it.
        let Lookup::Found { concept, others } = lookup("救急車") else { panic!() };
        assert_eq!((concept.id, others.len()), ("ambulance", 0));
    }

    #[test]
    fn an_unknown_word_gets_the_closest_names() {
        let Lookup::Unknown { closest } = lookup("wrok") else { panic!() };
        assert_eq!(closest[0].id, "work");
        let Lookup::Unknown { closest } = lookup("お風呂掃除") else { panic!() };
        assert!(closest.iter().any(|c| c.id == "bath"), "{closest:?}");
        assert_eq!(suggest("baht"), Some("bath"));
        assert_eq!(suggest("grouphome"), Some("group-home"));
        assert_eq!(suggest("xqxqxq"), None);
        assert!(closest.len() <= CLOSEST);
    }

    #[test]
    fn a_text_gets_the_picture_its_most_specific_word_calls_for() {
        assert_eq!(guess("山本さんと外出"), Some("outing"));
        assert_eq!(guess("実家で過ごす"), Some("home"));
        assert_eq!(guess("お金の管理ができるようになりたい"), Some("money"));
        assert_eq!(guess("夜よく眠れない"), Some("sleep"));
        assert_eq!(guess("作業所で袋詰めの仕事をつづけたい"), Some("packing"));
        assert_eq!(guess("自分で料理をつくりたい"), Some("cooking"));
        assert_eq!(guess("グループホームで料理を手伝う"), Some("cooking"));
        assert_eq!(guess("薬を飲み忘れる"), Some("pills"));
        assert_eq!(guess("家族と旅行に行きたい"), Some("travel"));
        assert_eq!(guess("作業所に通いつづけたい"), Some("work"));
        // One-character words only where the catalogue allows them: 目 is
        // not 目標.
        assert_eq!(guess("目標"), Some("goal"));
        // A word inside a longer one is part of it: ホーム (a platform) in
        // グループホーム.
        assert_eq!(guess("グループホームに住みたい"), Some("group-home"));
        // Feelings and gestures are named, not guessed: できる is no OK sign.
        assert_eq!(guess("一人で買い物ができる"), Some("shopping"));
        assert_eq!(guess("なにもない"), None);
        // え (a picture, in kana) is no word inside a sentence.
        assert_eq!(guess("自分の希望をはっきり伝えられる"), Some("speech-balloon"));
    }

    #[test]
    fn search_lists_exact_matches_first_then_words_containing_it() {
        let found: Vec<&str> = search("風呂").iter().map(|c| c.id).collect();
        assert_eq!(found[0], "bath");
        assert!(found.contains(&"bathing"), "{found:?}");
        let found: Vec<&str> = search("house").iter().map(|c| c.id).collect();
        assert_eq!(found[0], "home");
        assert!(found.contains(&"town-house"), "{found:?}");
        assert_eq!(search("").len(), concepts().len());
        assert!(search("wrok").is_empty());
    }

    #[test]
    fn alt_text_comes_from_the_catalogue_names() {
        let c = by_id("packing").unwrap();
        assert_eq!(alt_text(c, "ja-easy"), "袋詰め");
        assert_eq!(alt_text(c, "pt"), "packing");
    }
}
