//! The suggestion written as easy-read practice writes: kana except a few
//! everyday kanji, official terms in 「」 as written, and a space between
//! phrases (分かち書き).

use super::{Change, Rule};
use crate::japanese::align::{Boundary, Segment};
use crate::japanese::grade::Furigana;
use crate::japanese::kana::to_hiragana;
use crate::japanese::reading::{DoubtKind, Lexicon, annotate, doubts, morphemes};

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
        let mut pieces: Vec<Piece> = Vec::new();
        for run in words {
            let base: String = run.iter().map(|s| s.base.as_str()).collect();
            if kept(run) {
                pieces.push(Piece { text: base, kanji: 0 });
            } else if let Some(period) = counted_period(&base) {
                changes.push(Change::new(Rule::Kana, base.clone(), period.clone()));
                pieces.push(Piece { text: period, kanji: 0 });
            } else {
                let read: String = run.iter().filter_map(|s| s.ruby.as_deref()).collect();
                changes.push(Change::new(Rule::Kana, base.clone(), read.clone()));
                pieces.extend(members(&base, &read));
            }
        }
        out.push_str(&spaced_compound(&pieces));
        i = end;
    }
    out
}

/// A number with a kept counter and 間 (3日間, read みっかかん as one
/// word): the number and counter kept, 間 in kana (3日かん), as 3か月かん
/// already is; read whole, the digits would go.
fn counted_period(word: &str) -> Option<String> {
    let counter = word.trim_start_matches(|c: char| c.is_ascii_digit()).strip_suffix('間')?;
    (counter.len() < word.len() - '間'.len_utf8() && KEPT_KANJI.contains(&counter))
        .then(|| format!("{}かん", &word[..word.len() - '間'.len_utf8()]))
}

/// A word of a kanji run as written in the suggestion, and how many kanji
/// it was written with (0 when it keeps them).
struct Piece {
    text: String,
    kanji: usize,
}

/// The kana reading a compound is cut at from this length: a reader takes
/// in とくべつ しえん がっこう, not とくべつしえんがっこう.
const LONG_KANA: usize = 7;

/// `base` read `read` as the words it is made of, where the analyser's
/// words read the same (the welfare lexicon gives 高次脳機能障害 as one
/// word; IPADIC gives 高次, 脳, 機能, 障害).
fn members(base: &str, read: &str) -> Vec<Piece> {
    let whole = || vec![Piece { text: read.to_string(), kanji: base.chars().count() }];
    if read.chars().count() < LONG_KANA {
        return whole();
    }
    let ms = morphemes(base);
    let readings: Vec<String> = ms.iter().map(|m| to_hiragana(&m.reading)).collect();
    if ms.len() < 2 || readings.concat() != read {
        return whole();
    }
    ms.iter()
        .zip(readings)
        .map(|(m, r)| Piece { text: r, kanji: m.surface.chars().count() })
        .collect()
}

/// The pieces of one kanji run joined, with a space between the members
/// of a long compound written in kana where each side has at least two
/// kanji (障害者 stays しょうがいしゃ).
fn spaced_compound(pieces: &[Piece]) -> String {
    let kana: usize = pieces.iter().filter(|p| p.kanji > 0).map(|p| p.text.chars().count()).sum();
    let mut out = String::new();
    // Kanji written since the last space.
    let mut since = 0;
    for (k, p) in pieces.iter().enumerate() {
        let after_kana = k.checked_sub(1).is_some_and(|j| pieces[j].kanji > 0);
        if kana >= LONG_KANA && after_kana && p.kanji >= 2 && since >= 2 {
            out.push(' ');
            since = 0;
        }
        since += p.kanji;
        out.push_str(&p.text);
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
