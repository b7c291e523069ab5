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

/// Readings that win over the analyser, longest term first. A term without
/// a reading is printed as written: names the plan gives no reading for are
/// never guessed.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: Vec<(String, Option<String>)>,
    /// A hash of `entries`, naming this lexicon in the reading cache.
    key: u128,
}

impl Lexicon {
    /// The welfare dictionary plus `extra` (a plan's `readings:`), where
    /// `extra` wins for the same term.
    pub fn with_overrides<'a>(extra: impl IntoIterator<Item = (&'a str, &'a str)>) -> Lexicon {
        let mut entries: Vec<(String, Option<String>)> = extra
            .into_iter()
            .filter(|(t, _)| !t.is_empty())
            .map(|(t, r)| (t.to_string(), Some(to_hiragana(r))))
            .collect();
        for (term, reading) in welfare_entries() {
            if !entries.iter().any(|(t, _)| t == term) {
                entries.push((term.to_string(), Some(reading.clone())));
            }
        }
        let mut lexicon = Lexicon { entries, key: 0 };
        lexicon.sort();
        lexicon
    }

    /// The welfare dictionary alone.
    pub fn welfare() -> Lexicon {
        Lexicon::with_overrides([])
    }

    /// Adds `names` to be printed as written, without a reading, unless the
    /// lexicon already reads them (from the plan's `readings:`).
    pub fn protect<'a>(mut self, names: impl IntoIterator<Item = &'a str>) -> Lexicon {
        for name in names {
            let name = name.trim();
            if !name.is_empty() && !self.entries.iter().any(|(t, _)| t == name) {
                self.entries.push((name.to_string(), None));
            }
        }
        self.sort();
        self
    }

    /// Adds `name` read as `reading` (a person's `name_reading`), printed as
    /// one word; the plan's own `readings:` still win.
    ///
    /// A name longer than ten characters would be one unbreakable ruby
    /// wider than a page's column; it is read part by part (the parts
    /// between spaces, when the reading has as many), or left without a
    /// reading rather than run off the page.
    pub fn name(mut self, name: &str, reading: &str) -> Lexicon {
        let name = name.trim();
        let reading = to_hiragana(reading.trim());
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
            if !name.is_empty() && !self.entries.iter().any(|(t, _)| t == name) {
                self.entries.push((name.to_string(), Some(reading.to_string())));
            }
        }
        self.sort();
        self
    }

    fn sort(&mut self) {
        // Longest first, so 就労継続支援B型 wins over 就労.
        self.entries.sort_by_key(|e| std::cmp::Reverse(e.0.chars().count()));
        self.key = hash128(&self.entries);
    }

    fn match_at<'s>(&'s self, text: &str) -> Option<&'s (String, Option<String>)> {
        self.entries.iter().find(|(term, _)| text.starts_with(term.as_str()))
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
        glossary.chain(everyday).collect()
    });
    &ENTRIES
}

/// Reads `text` into segments: kanji words with their reading, everything
/// else as written, each marked with where words and 文節 start.
pub fn read(text: &str, lexicon: &Lexicon) -> Vec<Segment> {
    // Reading is a fifth of a warm render (analyser, lexicon scan,
    // alignment), and the same texts come back: every render of a plan in
    // `yomeru watch`, and the labels and phrases that plans of a caseload
    // share. Keyed by a 128-bit hash of lexicon and text, as Typst keys its
    // own caches; cleared when full, so memory stays bounded.
    static CACHE: Bounded<u128, Vec<Segment>> = Bounded::new(20_000);
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

fn lex_tokens(text: &str, lexicon: &Lexicon) -> Vec<Token> {
    let mut toks = Vec::new();
    let mut free = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some((term, reading)) = lexicon.match_at(rest) {
            toks.extend(tokens(&free));
            free.clear();
            toks.push(Token {
                surface: term.clone(),
                reading: reading.clone(),
                base: None,
                pos: Pos::Noun,
                fixed: true,
            });
            rest = &rest[term.len()..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            free.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    toks.extend(tokens(&free));
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
    let segs = furigana.apply(read(text, lexicon));
    // Text already spaced by its writer (plain wording in kana) has its
    // phrases marked by the spaces; the analyser cuts kana-only text badly
    // (じぶんに → じ / ぶん / に), so the writer's spaces win.
    let spaced = text.contains([' ', '　']);
    let segs = if wakachi && !spaced { space_phrases(segs) } else { segs };
    let mut phrases: Vec<Vec<Segment>> = Vec::new();
    for s in segs {
        let space = s.base.chars().all(char::is_whitespace);
        let after_comma = phrases
            .last()
            .and_then(|p| p.last())
            .is_some_and(|l| l.base.ends_with(['、', '。', '，']));
        let starts = (s.boundary == Boundary::Phrase && !spaced)
            || (spaced && after_comma)
            || space
            || phrases
                .last()
                .is_none_or(|p| p.iter().all(|x| x.base.chars().all(char::is_whitespace)));
        if starts {
            phrases.push(vec![s]);
        } else if let Some(last) = phrases.last_mut() {
            last.push(s);
        }
    }
    phrases.into_iter().map(merge_plain).collect()
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
            (_, Particle | Auxiliary | Dependent | NounTail | Symbol) => false,
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
}

impl Token {
    /// Text the analyser skipped (whitespace), kept as written.
    fn symbol(text: &str) -> Token {
        Token {
            surface: text.to_string(),
            reading: None,
            base: None,
            pos: Pos::Symbol,
            fixed: false,
        }
    }
}

fn tokens(text: &str) -> Vec<Token> {
    if text.is_empty() {
        return Vec::new();
    }
    let Ok(mut toks) = SEGMENTER.segment(Cow::Borrowed(text)) else {
        return vec![Token {
            surface: text.to_string(),
            reading: None,
            base: None,
            pos: Pos::Noun,
            fixed: false,
        }];
    };
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
        // IPADIC has words such as ３月 (サンガツ); split off the digits so
        // they stay digits and the counter rules read the rest.
        let split = surface.char_indices().find(|(_, c)| !is_digit(*c)).map(|(i, _)| i);
        if let Some(k) = split.filter(|k| *k > 0) {
            let (num, rest) = surface.split_at(k);
            if COUNTERS.contains(&rest) {
                out.push(Token {
                    surface: num.to_string(),
                    reading: None,
                    base: None,
                    pos: Pos::Number,
                    fixed: false,
                });
                out.push(Token {
                    surface: rest.to_string(),
                    reading: None,
                    base: None,
                    pos: Pos::NounTail,
                    fixed: false,
                });
                continue;
            }
        }
        let d = t.details();
        let reading = d.get(7).filter(|r| **r != "*").map(|r| r.to_string());
        let pos = if digits_value(&surface).is_some() {
            Pos::Number
        } else {
            Pos::from_ipadic(&d, &surface)
        };
        let base = d.get(6).filter(|b| **b != "*").map(|b| b.to_string());
        out.push(Token { surface, reading, base, pos, fixed: false });
    }
    if let Some(gap) = text.get(end..).filter(|g| !g.is_empty()) {
        out.push(Token::symbol(gap));
    }
    out
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
        "階" => After(if last == 3 { "がい" } else { "かい" }),
        "時" => After("じ"),
        "時間" => After("じかん"),
        "分" => After(if handakuten { "ぷん" } else { "ふん" }),
        "泊" => After(if matches!(last, 1 | 3 | 6 | 8 | 0) { "ぱく" } else { "はく" }),
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
        // ３日間 is みっかかん: the fused day and かん.
        "日間" => match counter("日", n, false) {
            Some(Fused(day)) => Fused(Cow::Owned(format!("{day}かん"))),
            _ => After("にちかん"),
        },
        "人分" => After("にんぶん"),
        _ => return None,
    })
}

/// Counters that may be written after digits, longest first.
pub(crate) const COUNTERS: &[&str] = &[
    "か月", "ヶ月", "カ月", "ヵ月", "ケ月", "箇月", "か所", "ヶ所", "カ所", "箇所", "時間", "週間",
    "年間", "日間", "人分", "人", "日", "つ", "回", "階", "時", "分", "泊", "本", "杯", "匹", "月",
    "週", "年", "歳", "才", "度", "円", "個", "枚", "件", "名", "台", "冊", "割", "点", "秒", "番",
    "号", "級", "倍", "食",
];

fn analyse(toks: &[Token]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let boundary = match i.checked_sub(1).map(|k| toks[k].pos) {
            Some(prev) if !t.pos.starts_phrase(prev) => Boundary::Word,
            _ => Boundary::Phrase,
        };
        let first = out.len();
        let mut used = 1;
        // A number in kanji fused with its counter (二十日 はつか, 三日間
        // みっかかん) is read as one word; other kanji counts are left to the
        // analyser, which reads them with the right sound changes.
        if let Some((n, k, numeral)) = kanji_numeral_run(toks, i)
            && let Some((c, used_counter, CounterReading::Fused(r))) =
                counter_after(toks, i + k, n, i > 0 && toks[i - 1].surface.ends_with('月'))
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
            let after_month = i > 0 && toks[i - 1].surface.ends_with('月');
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
            out.extend(read_token(toks, i));
        }
        if let Some(s) = out.get_mut(first) {
            s.boundary = boundary;
        }
        i += used;
    }
    out
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

fn read_token(toks: &[Token], i: usize) -> Vec<Segment> {
    let t = &toks[i];
    if t.fixed {
        return match &t.reading {
            Some(r) => align(&t.surface, r),
            None => vec![Segment::plain(&t.surface)],
        };
    }
    if !has_kanji(&t.surface) {
        return vec![Segment::plain(&t.surface)];
    }
    let next = toks.get(i + 1).map(|n| n.surface.as_str()).unwrap_or("");
    let before = |k: usize| i.checked_sub(k).map_or("", |j| toks[j].surface.as_str());
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
        // After a count (週１回入り: a service comes in) 入り is the verb
        // はいり, not the suffix いり of 砂糖入り that IPADIC takes it for.
        ("入り", _)
            if i > 0
                && matches!(toks[i - 1].pos, Pos::NounTail | Pos::Number)
                && COUNTERS.contains(&before(1)) =>
        {
            Some("はいり".to_string())
        }
        // ４月一日: the first of a month (IPADIC keeps 一日 as one word).
        ("一日", _) if before(1).ends_with('月') => Some("ついたち".to_string()),
        // 後 on its own (終わった後, 食事の後) is あと; IPADIC says のち.
        ("後", Some("ノチ")) => Some("あと".to_string()),
        // の間 (夏休みの間, 二人の間) is あいだ, not ま.
        ("間", _) if before(1) == "の" => Some("あいだ".to_string()),
        // の方 after a word for people is かた (ご家族の方, 担当の方);
        // elsewhere (こちらの方が) it is ほう, as IPADIC reads it.
        ("方", _) if before(1) == "の" && people().contains(&before(2)) => {
            Some("かた".to_string())
        }
        // 月 before a count (月２回, 月に一度) is つき, IPADIC prefers げつ.
        ("月", _) if next.starts_with(is_digit) || next == "に" => Some("つき".to_string()),
        // 年に１回: a count per year is ねん, IPADIC says とし.
        ("年", _) if next == "に" => Some("ねん".to_string()),
        (_, r) => r.map(to_hiragana),
    };
    match reading {
        Some(r) if r.chars().all(is_kana) => align(&t.surface, &r),
        _ => vec![Segment::plain(&t.surface)],
    }
}

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
            assert_eq!(hiragana(text, &welfare, false), "うえのさんとはなす。");
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
    }

    #[test]
    fn names_are_read_as_given_or_left_alone() {
        let lex = Lexicon::with_overrides([("ひかり作業所", "ひかりさぎょうしょ")])
            .name("佐藤 健太", "さとう けんた")
            .protect(["近所の山川さん"]);
        assert_eq!(
            show(&annotate("佐藤 健太さんと近所の山川さん", &lex, Furigana::All, false)),
            "佐[さ]藤[とう] 健[けん]太[た]さんと近所の山川さん"
        );
    }
}
