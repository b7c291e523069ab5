//! Readability checks: which sentences are hard to read, why, and a score.
//!
//! Each rule looks at one sentence and, when it fires, says why and how to
//! fix it (the words are the readability report's, from `locales/*/check.ftl`). The score summarises a
//! text from 0 (very hard) to 100 (very easy); its formula is documented on
//! [`Score`] and in `docs/readability.md`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::grade::grade;
use super::kana::is_kanji;
use super::reading::{COUNTERS, Lexicon, Pos, Word, hiragana, kanji_number, words};

/// What the checker is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Sentences longer than this many characters (spaces not counted) are flagged.
    pub max_sentence: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { max_sentence: 30 }
    }
}

/// The rules, each with an id used in messages (`check-<id>`) and JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// A sentence over the configured length.
    LongSentence,
    /// Four or more kanji in a row that the glossary does not explain.
    KanjiRun,
    /// Ten or more katakana in a row.
    KatakanaRun,
    /// A number written in kanji (三回 instead of 3回).
    KanjiNumeral,
    /// A time in 24-hour form (17:00, 18時) where 午前/午後 is easier.
    Clock24,
    /// Two negatives that make a positive (行かなければならない).
    DoubleNegation,
    /// 尊敬語 or 謙譲語 (いらっしゃる, 伺う).
    Honorific,
    /// A text field with no `plain` wording: the easy-read version prints
    /// the formal text.
    NoPlain,
}

impl Rule {
    /// The id in messages and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Rule::LongSentence => "long-sentence",
            Rule::KanjiRun => "kanji-run",
            Rule::KatakanaRun => "katakana-run",
            Rule::KanjiNumeral => "kanji-numeral",
            Rule::Clock24 => "clock24",
            Rule::DoubleNegation => "double-negation",
            Rule::Honorific => "honorific",
            Rule::NoPlain => "no-plain",
        }
    }
}

/// One thing the checker found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Which rule.
    pub rule: Rule,
    /// The sentence, numbered from 1 within its text (0 for the whole field).
    pub sentence: usize,
    /// The part of the sentence the rule is about, as written.
    pub found: String,
    /// Values for the message and its suggested fix (`len`, `max`, `fix`, …).
    pub args: BTreeMap<&'static str, String>,
}

impl Finding {
    /// A finding of `rule` in sentence `sentence` (0: the whole text) about `found`.
    pub fn new(rule: Rule, sentence: usize, found: &str) -> Finding {
        Finding { rule, sentence, found: found.to_string(), args: BTreeMap::new() }
    }

    fn with(mut self, key: &'static str, value: impl ToString) -> Finding {
        self.args.insert(key, value.to_string());
        self
    }
}

/// How easy a text is, 0–100, higher = easier, and what went into it.
///
/// `score = 100 − (length + kanji + hard kanji + kango + findings)`, clamped
/// to 0–100 and rounded, where
/// - length = 1.2 × max(0, mean sentence length − 12 characters);
/// - kanji = 60 × share of kanji among the characters (letters, kana,
///   kanji and digits; spaces and punctuation not counted);
/// - hard kanji = 25 × share of kanji not taught by the end of grade 3
///   (学年別漢字配当表);
/// - kango = 30 × share of content words that are written in two or more
///   kanji (漢語, the Sino-Japanese words that jReadability finds make
///   Japanese text harder);
/// - findings = 8 × rule findings per sentence.
///
/// Short sentences in kana with everyday words score 90–100; the formal
/// wording of a plan usually scores under 30.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Score {
    /// The score, 0–100.
    pub value: u8,
    /// Number of sentences.
    pub sentences: usize,
    /// Characters counted (no spaces or punctuation).
    pub chars: usize,
    /// Mean sentence length in characters (spaces not counted).
    pub mean_sentence: f64,
    /// Kanji among the characters.
    pub kanji_share: f64,
    /// Kanji beyond grade 3 among the kanji.
    pub hard_kanji_share: f64,
    /// 漢語 among content words.
    pub kango_share: f64,
}

impl Score {
    /// A word for the score band: 5 (とても やさしい) … 1 (とても むずかしい).
    pub fn band(&self) -> u8 {
        band_of(self.value)
    }

    /// The character-weighted mean of several scores (a document's score
    /// from its fields').
    pub fn mean<'a>(scores: impl IntoIterator<Item = &'a Score>) -> Option<u8> {
        let (mut sum, mut weight) = (0.0, 0.0);
        for s in scores {
            sum += f64::from(s.value) * s.chars as f64;
            weight += s.chars as f64;
        }
        (weight > 0.0).then(|| (sum / weight).round() as u8)
    }
}

/// The band (1 very hard … 5 very easy) of a score `value`, 0–100.
pub fn band_of(value: u8) -> u8 {
    match value {
        80..=100 => 5,
        60..=79 => 4,
        40..=59 => 3,
        20..=39 => 2,
        _ => 1,
    }
}

/// The findings and score of one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The text's sentences, as split for numbering.
    pub sentences: Vec<String>,
    /// What the rules found, in sentence order.
    pub findings: Vec<Finding>,
    /// How easy the text is.
    pub score: Score,
}

/// Checks `text`. With `rules` false (the person's own words, printed as
/// they said them) only the score is computed.
pub fn check(text: &str, lexicon: &Lexicon, options: &Options, rules: bool) -> Report {
    let sentences = sentences(text);
    let mut findings = Vec::new();
    let mut counts = Counts::default();
    for (i, s) in sentences.iter().enumerate() {
        let n = i + 1;
        let ws = words(s, lexicon);
        counts.add(s, &ws);
        if !rules {
            continue;
        }
        let len = s.chars().filter(|c| !c.is_whitespace()).count();
        if len > options.max_sentence {
            findings.push(
                Finding::new(Rule::LongSentence, n, s)
                    .with("len", len)
                    .with("max", options.max_sentence),
            );
        }
        findings.extend(kanji_runs(s, n));
        findings.extend(katakana_runs(s, n));
        findings.extend(kanji_numerals(&ws, n));
        findings.extend(clock24(s, n));
        findings.extend(double_negation(s, lexicon, n));
        findings.extend(honorifics(&ws, n));
    }
    let score = counts.score(sentences.len(), findings.len());
    Report { sentences, findings, score }
}

/// Splits text into sentences at 。！？!? and line breaks; closing
/// brackets after the full stop stay with the sentence (「…。」).
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' || c == '\r' {
            push_sentence(&mut out, &mut cur);
            continue;
        }
        cur.push(c);
        if "。！？!?．".contains(c) {
            while let Some(&n) = chars.peek() {
                if "」』）)】〕”’！？!?".contains(n) {
                    cur.push(n);
                    chars.next();
                } else {
                    break;
                }
            }
            push_sentence(&mut out, &mut cur);
        }
    }
    push_sentence(&mut out, &mut cur);
    out
}

fn push_sentence(out: &mut Vec<String>, cur: &mut String) {
    let s = cur.trim();
    if !s.is_empty() {
        out.push(s.to_string());
    }
    cur.clear();
}

/// Runs of 4+ kanji with a kanji no glossary term covers.
fn kanji_runs(s: &str, n: usize) -> Vec<Finding> {
    let chars: Vec<char> = s.chars().collect();
    let mut covered = vec![false; chars.len()];
    for term in super::glossary::names() {
        let t: Vec<char> = term.chars().collect();
        for start in 0..chars.len() {
            if chars[start..].starts_with(&t) {
                covered[start..start + t.len()].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    // A counter after a number (週5日, 3回) belongs to the number, not to
    // the kanji after it: 週5日作業所 has no run 日作業所.
    let mut counter = vec![false; chars.len()];
    for at in 1..chars.len() {
        if chars[at - 1].is_ascii_digit() || ('０'..='９').contains(&chars[at - 1]) {
            let rest: String = chars[at..].iter().take(3).collect();
            if let Some(c) = super::reading::COUNTERS.iter().find(|c| rest.starts_with(**c)) {
                counter[at..at + c.chars().count()].iter_mut().for_each(|x| *x = true);
            }
        }
    }
    let kanji = |i: usize| is_kanji(chars[i]) && !counter[i];
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !kanji(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && kanji(i) {
            i += 1;
        }
        if i - start >= 4 && covered[start..i].iter().any(|c| !c) {
            let run: String = chars[start..i].iter().collect();
            out.push(Finding::new(Rule::KanjiRun, n, &run).with("len", i - start));
        }
    }
    out
}

fn is_katakana(c: char) -> bool {
    matches!(c, 'ァ'..='ヺ' | 'ー' | 'ヽ' | 'ヾ')
}

fn katakana_runs(s: &str, n: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut run = String::new();
    for c in s.chars().chain(std::iter::once(' ')) {
        if is_katakana(c) {
            run.push(c);
        } else {
            let len = run.chars().count();
            if len >= 10 {
                out.push(Finding::new(Rule::KatakanaRun, n, &run).with("len", len));
            }
            run.clear();
        }
    }
    out
}

/// Numbers written in kanji where the analyser sees a number (三回, 一人が),
/// not words that merely contain one (一緒, 十分, 一番, 一人で).
fn kanji_numerals(ws: &[Word], n: usize) -> Vec<Finding> {
    numerals(ws)
        .into_iter()
        .map(|(_, found, fix)| Finding::new(Rule::KanjiNumeral, n, &found).with("fix", fix))
        .collect()
}

/// Whether a count as written (`whole`, its numeral and counter) before
/// the word `next` is no count: 一人で and 一人暮らし are "by oneself",
/// written ひとりで as the easy-read rules say (../shared/data/README.md),
/// and 一度も is "never".
fn not_a_count(whole: &str, next: &str) -> bool {
    (whole == "一人" && (next == "で" || next.starts_with('暮')))
        || (whole == "一度" && next == "も")
        // 十分に注意する, 十分な睡眠: "enough", however the analyser cuts it.
        || (whole == "十分" && matches!(next, "に" | "な" | "だ" | "で" | "です" | "では"))
}

/// The kanji numbers of `ws`: the words each takes (indices), as written,
/// and in digits.
fn numerals(ws: &[Word]) -> Vec<(std::ops::Range<usize>, String, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    let next_of = |k: usize| ws.get(k).map_or("", |w| w.surface.as_str());
    while i < ws.len() {
        let w = &ws[i];
        // 1万円, 3千人: digits before a kanji unit are written as people
        // write money and counts already; the unit alone is no number
        // (万 → 10000 would make 1万 read 110000).
        // (１万円 in full-width digits too; all of 1千万円, not 万 alone.)
        let after_digits = i > 0
            && ws[i - 1].pos == Pos::Number
            && ws[i - 1]
                .surface
                .chars()
                .all(|c| digit_value(c).is_some() || c.is_ascii_punctuation());
        if w.pos == Pos::Number && w.surface.chars().any(is_kanji) && after_digits {
            while ws.get(i).is_some_and(|n| n.pos == Pos::Number && n.surface.chars().all(is_kanji))
            {
                i += 1;
            }
            continue;
        }
        if w.pos == Pos::Number && w.surface.chars().any(is_kanji) {
            // IPADIC may split 二十 into 二 and 十: read the run as one number.
            let mut written = w.surface.clone();
            let mut j = i + 1;
            while j < ws.len() && ws[j].pos == Pos::Number && ws[j].surface.chars().all(is_kanji) {
                written.push_str(&ws[j].surface);
                j += 1;
            }
            let counter = ws.get(j).filter(|c| c.pos == Pos::NounTail);
            let tail = counter.map_or("", |c| c.surface.as_str());
            let end = j + usize::from(counter.is_some());
            if let Some(v) = kanji_number(&written)
                && !not_a_count(&format!("{written}{tail}"), next_of(end))
            {
                out.push((i..end, format!("{written}{tail}"), format!("{v}{tail}")));
            }
            i = j;
            continue;
        }
        // IPADIC keeps some counts as one word (一人, 一つ, 二日).
        let numeral: String =
            w.surface.chars().take_while(|c| "〇一二三四五六七八九十百千".contains(*c)).collect();
        let rest = &w.surface[numeral.len()..];
        // 十分 (enough), 一時 (for a while) and 一番 (most) are words, not
        // counts.
        if !numeral.is_empty()
            && !not_a_count(&w.surface, next_of(i + 1))
            && !["十分", "一時", "一番"].contains(&w.surface.as_str())
            && COUNTERS.contains(&rest)
            && let Some(v) = kanji_number(&numeral)
        {
            out.push((i..i + 1, w.surface.clone(), format!("{v}{rest}")));
        }
        i += 1;
    }
    out
}

fn digit_value(c: char) -> Option<u32> {
    c.to_digit(10).or_else(|| ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32))
}

/// A clock time found in a text: where it is (characters), what it says
/// (hours past the midnight the text starts from; 翌7:00 is 31:00).
struct ClockTime {
    start: usize,
    end: usize,
    hour: u32,
    minute: u32,
}

/// `17:30`, `17：30`, `翌7:00`, and `18時` with an hour of 13–30: every
/// clock time a 12-hour reader would have to convert.
fn clock_times(chars: &[char]) -> Vec<ClockTime> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if digit_value(chars[i]).is_none() || (i > 0 && digit_value(chars[i - 1]).is_some()) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut hour = 0;
        while j < chars.len() && j - i < 3 {
            match digit_value(chars[j]) {
                Some(d) => hour = hour * 10 + d,
                None => break,
            }
            j += 1;
        }
        let next_day = i > 0 && chars[i - 1] == '翌';
        let start = if next_day { i - 1 } else { i };
        let day = if next_day { 24 } else { 0 };
        let colon = chars.get(j).is_some_and(|c| *c == ':' || *c == '：');
        let minutes = colon
            && chars.get(j + 1).and_then(|c| digit_value(*c)).is_some()
            && chars.get(j + 2).and_then(|c| digit_value(*c)).is_some()
            && chars.get(j + 3).and_then(|c| digit_value(*c)).is_none();
        if minutes && hour <= 30 {
            let m = digit_value(chars[j + 1]).unwrap_or(0) * 10
                + digit_value(chars[j + 2]).unwrap_or(0);
            out.push(ClockTime { start, end: j + 3, hour: hour + day, minute: m });
            i = j + 3;
            continue;
        }
        // 24時間 is a length of time, not a clock time.
        let ji = chars.get(j) == Some(&'時') && chars.get(j + 1) != Some(&'間');
        // 0時: midnight, よるの12時 (a reader does not count from 0).
        // (午後0時 is noon, and 午前0時 says its half of the day already.)
        let half_given =
            chars[..start].ends_with(&['午', '前']) || chars[..start].ends_with(&['午', '後']);
        if ji && ((13..=30).contains(&hour) || hour == 0 && !half_given || next_day) {
            out.push(ClockTime { start, end: j + 1, hour: hour + day, minute: 0 });
        }
        i = j.max(i + 1);
    }
    out
}

fn clock24(s: &str, n: usize) -> Vec<Finding> {
    let chars: Vec<char> = s.chars().collect();
    clock_times(&chars)
        .into_iter()
        .map(|t| {
            let written: String = chars[t.start..t.end].iter().collect();
            Finding::new(Rule::Clock24, n, &written).with("fix", twelve_hour(t.hour, t.minute))
        })
        .collect()
}

/// The one way the easy version writes a time of day: 17:30 → 午後5時30分;
/// 9:00 → 午前9時; noon and midnight, which 午後0時 and 午前0時 leave
/// unclear, → ひるの12時 and よるの12時; 翌7:00 (31:00) → つぎの日の午前7時.
pub fn twelve_hour(hour: u32, minute: u32) -> String {
    let h = hour % 24;
    let (half, h12) = match h {
        0 => ("よるの", 12),
        12 => ("ひるの", 12),
        1..=11 => ("午前", h),
        _ => ("午後", h - 12),
    };
    // つぎの日, not つぎの 日: 日 standing alone after a space is read
    // にち, as a counter.
    // (24時 and 24時30分 are midnight of this night, よるの12時: つぎの日の
    // よるの12時 would read as a day later.)
    let day = if hour >= 25 { "つぎの日の " } else { "" };
    if minute == 0 {
        format!("{day}{half}{h12}時")
    } else {
        format!("{day}{half}{h12}時{minute}分")
    }
}

/// `text` with its times, numbers and periods written the one way the
/// easy version writes them, as `check` suggests: clock times in 午前/午後
/// ([`twelve_hour`]), numbers before a counter in digits (三回 → 3回), and
/// months as か月 (3ヶ月, 3カ月, 3箇月 → 3か月). The person's own words
/// are not given to it: they are quoted as said.
pub fn one_way(text: &str, lexicon: &Lexicon) -> String {
    // Numbers first, so that a time written in kanji (十八時) is a clock
    // time too.
    // Each number is put in place where it was found: the same numeral
    // may also stand where it is no count (一人で通い、職員一人が).
    let ws = words(text, lexicon);
    let mut digits = String::with_capacity(text.len());
    let mut at = 0;
    for (range, _, fix) in numerals(&ws) {
        digits.extend(ws[at..range.start].iter().map(|w| w.surface.as_str()));
        digits.push_str(&fix);
        at = range.end;
    }
    digits.extend(ws[at..].iter().map(|w| w.surface.as_str()));
    // Words that do not spell the text back (a lexicon term may be
    // written otherwise) leave it as it was.
    if ws.iter().map(|w| w.surface.as_str()).collect::<String>() != text {
        digits = text.to_string();
    }
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(digits.len());
    let mut at = 0;
    for t in clock_times(&chars) {
        out.extend(&chars[at..t.start]);
        out.push_str(&twelve_hour(t.hour, t.minute));
        at = t.end;
    }
    out.extend(&chars[at..]);
    let chars: Vec<char> = out.chars().collect();
    let mut months = String::with_capacity(out.len());
    for (i, c) in chars.iter().enumerate() {
        let counter = matches!(c, 'ヶ' | 'ケ' | 'カ' | 'ヵ' | '箇')
            && i > 0
            && digit_value(chars[i - 1]).is_some()
            && chars.get(i + 1) == Some(&'月');
        months.push(if counter { 'か' } else { *c });
    }
    months
}

/// Double negatives, found in the sentence's reading so that 無い and ない,
/// 訳 and わけ are the same.
fn double_negation(s: &str, lexicon: &Lexicon, n: usize) -> Vec<Finding> {
    // Every pattern has ない, ません or ざる, which a sentence writes in kana
    // (or 無い): one without them needs no reading (the readings are the
    // costly part of checking a caseload).
    if !["ない", "無い", "ません", "なく", "ざる"].iter().any(|end| s.contains(end)) {
        return Vec::new();
    }
    let reading: String =
        hiragana(s, lexicon, false).chars().filter(|c| !c.is_whitespace()).collect();
    let mut hits: Vec<(usize, &str, &str)> = crate::japanese::plain::negation::double_negatives()
        .flat_map(|(p, fix)| reading.match_indices(p).map(move |(at, _)| (at, p, fix)))
        .collect();
    hits.sort_by_key(|(at, p, _)| (*at, std::cmp::Reverse(p.len())));
    // Each place once, even where two patterns overlap.
    let mut out = Vec::new();
    let mut end = 0;
    for (at, p, fix) in hits {
        if at >= end {
            end = at + p.len();
            out.push(Finding::new(Rule::DoubleNegation, n, p).with("fix", fix));
        }
    }
    out
}

/// 尊敬語 and 謙譲語 by dictionary form, with the everyday word to use.
fn honorifics(ws: &[Word], n: usize) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let everyday = crate::japanese::plain::honorific::everyday;
        if let Some(plain) = everyday(&w.base).or_else(|| everyday(&w.surface)) {
            out.push(Finding::new(Rule::Honorific, n, &w.surface).with("fix", plain));
            continue;
        }
        // お/ご + verb stem or noun + に + なる: お読みになる, ご利用になる.
        if w.pos == Pos::Prefix
            && (w.surface == "お" || w.surface == "ご" || w.surface == "御")
            && let (Some(mid), Some(ni), Some(naru)) = (ws.get(i + 1), ws.get(i + 2), ws.get(i + 3))
            && ni.surface == "に"
            && naru.base == "なる"
        {
            let found = format!("{}{}{}{}", w.surface, mid.surface, ni.surface, naru.surface);
            out.push(Finding::new(Rule::Honorific, n, &found).with("fix", &mid.base));
        }
    }
    out
}

/// What the score is computed from.
#[derive(Default)]
struct Counts {
    chars: usize,
    kanji: usize,
    hard_kanji: usize,
    content_words: usize,
    kango: usize,
    sentence_chars: usize,
}

impl Counts {
    fn add(&mut self, sentence: &str, ws: &[Word]) {
        self.sentence_chars += sentence.chars().filter(|c| !c.is_whitespace()).count();
        for c in sentence.chars().filter(|c| c.is_alphanumeric()) {
            self.chars += 1;
            if is_kanji(c) {
                self.kanji += 1;
                if grade(c).is_none_or(|g| g > 3) && c != '々' {
                    self.hard_kanji += 1;
                }
            }
        }
        for w in ws {
            if matches!(w.pos, Pos::Noun | Pos::SahenNoun | Pos::Verb | Pos::Adjective | Pos::Other)
            {
                self.content_words += 1;
                let kanji_only = w.surface.chars().all(is_kanji);
                if matches!(w.pos, Pos::Noun | Pos::SahenNoun)
                    && kanji_only
                    && w.surface.chars().count() >= 2
                {
                    self.kango += 1;
                }
            }
        }
    }

    fn score(&self, sentences: usize, findings: usize) -> Score {
        let share = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let mean_sentence = share(self.sentence_chars, sentences);
        let kanji_share = share(self.kanji, self.chars);
        let hard_kanji_share = share(self.hard_kanji, self.kanji);
        let kango_share = share(self.kango, self.content_words);
        let penalty = 1.2 * (mean_sentence - 12.0).max(0.0)
            + 60.0 * kanji_share
            + 25.0 * hard_kanji_share
            + 30.0 * kango_share
            + 8.0 * share(findings, sentences);
        Score {
            value: (100.0 - penalty).clamp(0.0, 100.0).round() as u8,
            sentences,
            chars: self.chars,
            mean_sentence: (mean_sentence * 10.0).round() / 10.0,
            kanji_share: (kanji_share * 1000.0).round() / 1000.0,
            hard_kanji_share: (hard_kanji_share * 1000.0).round() / 1000.0,
            kango_share: (kango_share * 1000.0).round() / 1000.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<(Rule, String)> {
        check(text, &Lexicon::welfare(), &Options::default(), true)
            .findings
            .into_iter()
            .map(|f| (f.rule, f.found))
            .collect()
    }

    fn fires(text: &str, rule: Rule) -> bool {
        rules(text).iter().any(|(r, _)| *r == rule)
    }

    #[test]
    fn splits_sentences_and_keeps_closing_brackets() {
        assert_eq!(
            sentences("「家に帰りたい。」と言った。明日も行く！\n改行の後"),
            ["「家に帰りたい。」", "と言った。", "明日も行く！", "改行の後"]
        );
    }

    #[test]
    fn long_sentence() {
        assert!(fires(
            "本人が望むグループホームでの生活に向けて、体験利用を重ねながら生活の力を伸ばす。",
            Rule::LongSentence
        ));
        assert!(!fires("まいにち さぎょうしょに いきます。", Rule::LongSentence));
        // Spaces of 分かち書き do not count.
        let spaced = "わたしは まいにち あさ はやく おきて、 さぎょうしょに いきます。";
        assert!(spaced.chars().count() > 30 && !fires(spaced, Rule::LongSentence));
        let strict = Options { max_sentence: 10 };
        let r = check("まいにち さぎょうしょに いきます。", &Lexicon::welfare(), &strict, true);
        assert_eq!(r.findings[0].args["max"], "10");
    }

    #[test]
    fn kanji_run_unless_the_glossary_explains_it() {
        assert_eq!(
            rules("関係機関連携会議に出る。"),
            [(Rule::KanjiRun, "関係機関連携会議".into())]
        );
        assert!(!fires("就労継続支援B型に通う。", Rule::KanjiRun));
        assert!(!fires("重度訪問介護を使う。", Rule::KanjiRun));
        assert!(!fires("作業所に通う。", Rule::KanjiRun));
    }

    #[test]
    fn katakana_run() {
        assert!(fires("コミュニケーションボードを使う。", Rule::KatakanaRun));
        assert!(!fires("ヘルパーと買い物に行く。", Rule::KatakanaRun));
    }

    #[test]
    fn kanji_numerals_as_numbers() {
        let found = rules("週に三回、一人で二十分歩く。職員一人が付く。一度も休まない。");
        let nums: Vec<&str> = found
            .iter()
            .filter(|(r, _)| *r == Rule::KanjiNumeral)
            .map(|(_, s)| s.as_str())
            .collect();
        // 一人で is "by oneself" (ひとりで), 職員一人 a count.
        assert_eq!(nums, ["三回", "二十分", "一人"]);
        let r = check("週に三回通う。", &Lexicon::welfare(), &Options::default(), true);
        assert_eq!(r.findings[0].args["fix"], "3回");
        // Words that contain a numeral are not numbers.
        assert!(!fires("母と一緒に十分休む。", Rule::KanjiNumeral));
        assert!(!fires("誤食を防ぐよう十分に注意する。", Rule::KanjiNumeral));
        assert!(!fires("週に3回通う。", Rule::KanjiNumeral));
        assert_eq!(kanji_number("二十"), Some(20));
        assert_eq!(kanji_number("百五十"), Some(150));
        assert_eq!(kanji_number("三千二百"), Some(3200));
        assert_eq!(kanji_number("二〇二六"), Some(2026));
        assert_eq!(kanji_number("一万"), Some(10000));
        assert_eq!(kanji_number("回"), None);
    }

    #[test]
    fn clock24() {
        let r = check("17:30に帰る。18時に寝る。", &Lexicon::welfare(), &Options::default(), true);
        let fixes: Vec<(&str, &str)> = r
            .findings
            .iter()
            .filter(|f| f.rule == Rule::Clock24)
            .map(|f| (f.found.as_str(), f.args["fix"].as_str()))
            .collect();
        assert_eq!(fixes, [("17:30", "午後5時30分"), ("18時", "午後6時")]);
        assert!(fires("９：００に出る。", Rule::Clock24));
        assert!(!fires("午後5時に帰る。", Rule::Clock24));
        assert!(!fires("3時に帰る。", Rule::Clock24), "3時 is not 24-hour form");
        assert_eq!(twelve_hour(0, 0), "よるの12時");
        assert_eq!(twelve_hour(24, 0), "よるの12時");
        assert_eq!(twelve_hour(12, 15), "ひるの12時15分");
        assert_eq!(twelve_hour(25, 0), "つぎの日の 午前1時");
        assert_eq!(twelve_hour(13, 5), "午後1時5分");
    }

    #[test]
    fn times_numbers_and_periods_are_written_one_way() {
        let lex = Lexicon::welfare();
        assert_eq!(
            one_way("6:30 起床、22:00〜翌7:00 見守り", &lex),
            "午前6時30分 起床、午後10時〜つぎの日の 午前7時 見守り"
        );
        assert_eq!(one_way("18時に帰る。24時間の支援。", &lex), "午後6時に帰る。24時間の支援。");
        assert_eq!(one_way("3ヶ月に1回、2カ月ごと", &lex), "3か月に1回、2か月ごと");
        assert_eq!(one_way("週三回通う。", &lex), "週3回通う。");
        // Digits before a kanji unit stay as written (not 110000).
        assert_eq!(one_way("月1万円、3千人。", &lex), "月1万円、3千人。");
        assert_eq!(one_way("貯金は1千万円。", &lex), "貯金は1千万円。");
        assert_eq!(one_way("月１万円。", &lex), "月１万円。");
        assert_eq!(one_way("0時を過ぎる。", &lex), "よるの12時を過ぎる。");
        assert_eq!(one_way("午後0時に昼食。", &lex), "午後0時に昼食。");
    }

    #[test]
    fn every_double_negative_has_what_the_quick_test_looks_for() {
        for (p, _) in crate::japanese::plain::negation::double_negatives() {
            assert!(["ない", "ません", "なく", "ざる"].iter().any(|q| p.contains(q)), "{p}");
        }
    }

    #[test]
    fn double_negation() {
        assert!(fires("薬を飲まなければならない。", Rule::DoubleNegation));
        assert!(fires("行けないことはない。", Rule::DoubleNegation));
        assert!(fires("兄が行わざるを得なくなった。", Rule::DoubleNegation));
        assert!(fires("それは無いわけではない。", Rule::DoubleNegation));
        assert!(!fires("薬を飲みます。", Rule::DoubleNegation));
        assert!(!fires("雨なら行かない。", Rule::DoubleNegation));
        assert_eq!(
            rules("飲まなければなりません。")
                .iter()
                .filter(|(r, _)| *r == Rule::DoubleNegation)
                .count(),
            1
        );
    }

    #[test]
    fn honorific_and_humble_forms() {
        assert!(fires("先生がいらっしゃいます。", Rule::Honorific));
        assert!(fires("明日、ご自宅に伺います。", Rule::Honorific));
        assert!(fires("資料を拝見しました。", Rule::Honorific));
        assert!(fires("こちらをお読みになってください。", Rule::Honorific));
        assert!(fires("お話を申し上げます。", Rule::Honorific));
        assert!(!fires("先生がいます。", Rule::Honorific));
        assert!(!fires("ここに来てください。", Rule::Honorific));
        assert!(!fires("お願いします。", Rule::Honorific));
    }

    #[test]
    fn voice_gets_a_score_but_no_findings() {
        let r = check(
            "家を出て、友だちと一緒に暮らしたい。作業所の仕事は続けたい。",
            &Lexicon::welfare(),
            &Options::default(),
            false,
        );
        assert!(r.findings.is_empty());
        assert_eq!(r.score.sentences, 2);
    }

    #[test]
    fn score_orders_plain_above_formal() {
        let score = |t: &str| check(t, &Lexicon::welfare(), &Options::default(), true).score.value;
        let plain = score("まいにち さぎょうしょに いきます。おかねを かせぎます。");
        let mixed = score("週に5日、作業所に通い、自分のお金を稼ぐ。");
        let formal = score(
            "本人が望むグループホームでの生活に向けて、体験利用を重ねながら生活の力を伸ばし、作業所での仕事と余暇を続けられるよう関係機関が連携して支援する。",
        );
        assert!(plain >= 90, "{plain}");
        assert!(plain > mixed && mixed > formal, "{plain} {mixed} {formal}");
        assert!(formal < 30, "{formal}");
        assert_eq!(score(""), 100);
    }

    #[test]
    fn durations_and_counters_are_not_clock_times_or_kanji_runs() {
        let rules = |t: &str| -> Vec<&'static str> {
            check(t, &Lexicon::welfare(), &Options::default(), true)
                .findings
                .iter()
                .map(|f| f.rule.id())
                .collect()
        };
        // 24時間 is a length of time; 18時 is a clock time.
        assert!(!rules("24時間の見守りがある。").contains(&"clock24"));
        assert!(rules("18時に帰る。").contains(&"clock24"));
        // The counter of 週5日 is not the start of a kanji run.
        assert!(!rules("週5日作業所に通う。").contains(&"kanji-run"));
        let r = check("週5日就労継続支援で働く。", &Lexicon::welfare(), &Options::default(), true);
        let run = r.findings.iter().find(|f| f.rule.id() == "kanji-run").unwrap();
        assert_eq!(run.found, "就労継続支援");
    }
}
