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
/// between phrases. A run of kanji keeps them only when it is made of kept
/// words (毎週, 1週間; not 家族, whose 族 is not kept, nor 日中, which is
/// not 日 and 中). Each run written in kana is listed as a change.
pub fn kana(sentence: &str, lexicon: &Lexicon, changes: &mut Vec<Change>) -> String {
    let segments = annotate(sentence, lexicon, Furigana::All, true);
    let mut out = String::with_capacity(sentence.len() * 2);
    let mut depth = 0usize;
    let mut i = 0;
    while i < segments.len() {
        let s = &segments[i];
        if s.ruby.is_none() || depth > 0 {
            out.push_str(&s.base);
            depth += s.base.matches('「').count();
            depth = depth.saturating_sub(s.base.matches('」').count());
            i += 1;
            continue;
        }
        // The run of segments with readings that starts here.
        let end =
            segments[i..].iter().position(|s| s.ruby.is_none()).map_or(segments.len(), |k| i + k);
        // Cut at word starts: 7時 and 頃 are words of their own, 家 and 族
        // are one word.
        let mut words: Vec<&[Segment]> = Vec::new();
        let mut from = i;
        for k in i + 1..end {
            if segments[k].boundary != Boundary::Inside {
                words.push(&segments[from..k]);
                from = k;
            }
        }
        words.push(&segments[from..end]);
        for run in words {
            let base: String = run.iter().map(|s| s.base.as_str()).collect();
            if kept(run) {
                out.push_str(&base);
            } else {
                let read: String = run.iter().filter_map(|s| s.ruby.as_deref()).collect();
                changes.push(Change::new(Rule::Kana, base, read.clone()));
                out.push_str(&read);
            }
        }
        i = end;
    }
    out
}

/// Whether the kanji of `word` are all parts of [`KEPT_KANJI`] words made
/// of whole segments (午+後 is 午後; 日中, one segment, is not 日 and 中).
fn kept(word: &[Segment]) -> bool {
    // 回 is kept as the counter (3回, かい); in 身の回り it is まわり.
    if word.iter().any(|s| s.base == "回" && s.ruby.as_deref() != Some("かい")) {
        return false;
    }
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
