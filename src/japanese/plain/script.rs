//! The suggestion written as easy-read practice writes: kana except a few
//! everyday kanji, official terms in 「」 as written, and a space between
//! phrases (分かち書き).

use super::{Change, Rule};
use crate::japanese::align::{Boundary, Segment};
use crate::japanese::grade::Furigana;
use crate::japanese::reading::{DoubtKind, Lexicon, annotate, doubts};

/// The kanji words easy-read practice keeps (the plain-dev writing rules
/// of `../shared/data/README.md`, and the days of the week): everything
/// else is written in kana, and the easy version adds furigana anyway.
pub const KEPT_KANJI: &[&str] = &[
    "日",
    "月",
    "年",
    "時",
    "時間",
    "週",
    "週間",
    "回",
    "午前",
    "午後",
    "毎日",
    "毎朝",
    "毎週",
    "毎月",
    "朝",
    "人",
    "子",
    "家",
    "学校",
    "小学校",
    "先生",
    "体",
    "自分",
    "金",
    "今",
    "前",
    "中",
    "会社",
    "電車",
    "市",
    "月曜日",
    "火曜日",
    "水曜日",
    "木曜日",
    "金曜日",
    "土曜日",
    "日曜日",
    "友",
    "か月",
];

/// The first word of `sentence` that cannot be read (not in the analyser's
/// dictionary, the welfare lexicon or the plan's readings): a sentence with
/// one is left as it was, since its kana would be a guess.
pub fn unreadable(sentence: &str, lexicon: &Lexicon) -> Option<String> {
    doubts(sentence, lexicon).into_iter().find(|d| d.kind == DoubtKind::Unknown).map(|d| d.word)
}

/// `sentence` in kana except [`KEPT_KANJI`] and text in 「」, with spaces
/// between phrases. A word keeps its kanji only when every kanji of it
/// belongs to a kept word (毎週, 1週間; not 家族, whose 族 is not kept).
/// Each word written in kana is listed as a change.
pub fn kana(sentence: &str, lexicon: &Lexicon, changes: &mut Vec<Change>) -> String {
    let mut words: Vec<Vec<Segment>> = Vec::new();
    for s in annotate(sentence, lexicon, Furigana::All, true) {
        match words.last_mut() {
            Some(word) if s.boundary == Boundary::Inside => word.push(s),
            _ => words.push(vec![s]),
        }
    }
    let mut out = String::with_capacity(sentence.len() * 2);
    let mut depth = 0usize;
    for word in words {
        let keep = depth > 0 || kept(&word);
        let base: String = word.iter().map(|s| s.base.as_str()).collect();
        let mut written = String::new();
        for s in &word {
            match &s.ruby {
                Some(ruby) if !keep => written.push_str(ruby),
                _ => written.push_str(&s.base),
            }
        }
        if written != base {
            changes.push(Change::new(Rule::Kana, base.clone(), written.clone()));
        }
        out.push_str(&written);
        depth += base.matches('「').count();
        depth = depth.saturating_sub(base.matches('」').count());
    }
    out
}

/// Whether the kanji of `word` are all parts of [`KEPT_KANJI`] words made
/// of whole segments (午+後 is 午後; 日中, one segment, is not 日 and 中).
fn kept(word: &[Segment]) -> bool {
    // A number with its counter (3回, 5日) keeps its digits where the
    // counter is a kept kanji: 5日 is not いつか.
    let kanji: Vec<&str> = word
        .iter()
        .filter(|s| s.ruby.is_some())
        .map(|s| s.base.trim_start_matches(|c: char| c.is_ascii_digit()))
        .collect();
    if kanji.is_empty() {
        return true;
    }
    // ok[i]: the first i kanji segments are made of kept words.
    let mut ok = vec![false; kanji.len() + 1];
    ok[0] = true;
    for i in 0..kanji.len() {
        if !ok[i] {
            continue;
        }
        let mut joined = String::new();
        for (j, piece) in kanji.iter().enumerate().skip(i) {
            joined.push_str(piece);
            if KEPT_KANJI.contains(&joined.as_str()) {
                ok[j + 1] = true;
            }
        }
    }
    ok[kanji.len()]
}
