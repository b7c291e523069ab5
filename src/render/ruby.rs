//! Readings as markup: Typst ruby calls for the documents, HTML `<ruby>`
//! for `yomeru furigana --output html`.
//!
//! The japanese stage gives segments (a base and its reading, with word and
//! 文節 boundaries); how they are drawn is the renderer's business: the
//! `ruby` functions of `templates/yomeru.typ`, boxes that keep a phrase on
//! one line, and how far a wide reading may overhang its neighbours.

use crate::japanese::align::{Boundary, Segment};
use crate::japanese::grade::Furigana;
use crate::japanese::kana::is_kanji;
use crate::japanese::reading::{Lexicon, annotate};

use super::escape::typst_str;

/// Phrases as Typst markup: each phrase of two or more characters in a box,
/// so a line never breaks inside it (easy-read rule: no word split across
/// lines); one wider than its column shrinks to fit it (the `phrase`
/// function of `templates/yomeru.typ`).
pub fn typst_phrases(phrases: &[Vec<Segment>]) -> String {
    let groups: Vec<&[Segment]> = phrases.iter().map(Vec::as_slice).collect();
    let mut out = String::new();
    for (p, code) in phrases.iter().zip(grouped(&groups)) {
        let len: usize = p.iter().map(|s| s.base.chars().count()).sum();
        let blank = p.iter().all(|s| s.base.chars().all(char::is_whitespace));
        // Only a long phrase can be wider than a line (the narrowest
        // text column, a week card, holds more than eight characters);
        // measuring every phrase would double the easy version's time.
        if len > 8 && !blank {
            out.push_str("#phrase[");
            out.push_str(&code);
            out.push(']');
        } else if len >= 2 && !blank {
            out.push_str("#box[");
            out.push_str(&code);
            out.push(']');
        } else {
            out.push_str(&code);
        }
    }
    out
}

/// Phrases cut into words ([`annotate_words`](crate::japanese::reading::annotate_words))
/// as a Typst array of phrases, each an array of its words as content:
/// `(([#"パソコン";], [#"講座";]), …)`, for a layout that decides itself
/// where a line may break. A space between phrases (分かち書き) is a phrase
/// holding a string, not content, so the layout can leave it unboxed.
pub fn typst_words(phrases: &[Vec<Vec<Segment>>]) -> String {
    let groups: Vec<&[Segment]> = phrases.iter().flatten().map(Vec::as_slice).collect();
    let mut words = grouped(&groups).into_iter();
    let mut out = String::from("(");
    for p in phrases {
        out.push('(');
        let blank = p.iter().flatten().all(|s| s.base.chars().all(char::is_whitespace));
        for w in p {
            let code = words.next().unwrap_or_default();
            if blank {
                let space: String = w.iter().map(|s| s.base.as_str()).collect();
                out.push_str(&format!("{}, ", typst_str(&space)));
            } else {
                out.push_str(&format!("[{code}], "));
            }
        }
        out.push_str("), ");
    }
    out.push(')');
    out
}

/// Groups of consecutive segments as markup, one string per group. The
/// groups are printed apart (in boxes) but side by side, so a reading may
/// still reach over the group next to it as over any neighbour: a reading
/// cut off at a group's edge would widen its word and open a gap that reads
/// as a space (「渡辺 誠 ）」).
fn grouped(groups: &[&[Segment]]) -> Vec<String> {
    let all: Vec<Segment> = groups.concat();
    let mut out = vec![String::new(); groups.len()];
    let mut g = 0;
    let mut left = groups.first().map_or(0, |s| s.len());
    for (n, call) in calls(&all) {
        while left == 0 && g + 1 < groups.len() {
            g += 1;
            left = groups[g].len();
        }
        out[g].push_str(&call);
        // A call prints a word or a compound of words; it goes into the
        // group it starts in, and the groups it reaches into start later.
        let mut need = n;
        while need > 0 {
            let take = need.min(left);
            (left, need) = (left - take, need - take);
            if need > 0 && g + 1 < groups.len() {
                g += 1;
                left = groups[g].len();
            } else if need > 0 {
                break;
            }
        }
    }
    out
}

/// `text` with `<ruby>` markup on the kanji words `mode` wants, HTML-escaped.
pub fn html(text: &str, lexicon: &Lexicon, mode: Furigana, wakachi: bool) -> String {
    fn esc(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }
    // The kanji of one word share one <ruby> element, each with its own <rt>.
    let segs = annotate(text, lexicon, mode, wakachi);
    let mut out = String::new();
    for (i, s) in segs.iter().enumerate() {
        match &s.ruby {
            Some(r) => {
                let continues =
                    s.boundary == Boundary::Inside && i > 0 && segs[i - 1].ruby.is_some();
                if !continues {
                    out.push_str("<ruby>");
                }
                out.push_str(&format!("{}<rt>{}</rt>", esc(&s.base), esc(r)));
                let next_continues = segs
                    .get(i + 1)
                    .is_some_and(|n| n.ruby.is_some() && n.boundary == Boundary::Inside);
                if !next_continues {
                    out.push_str("</ruby>");
                }
            }
            None => out.push_str(&esc(&s.base)),
        }
    }
    out
}

/// `text` as Typst code calling the project's `ruby` function
/// (`templates/yomeru.typ`); plain parts are string literals.
pub fn typst(text: &str, lexicon: &Lexicon, mode: Furigana, wakachi: bool) -> String {
    typst_segments(&annotate(text, lexicon, mode, wakachi))
}

/// Segments as Typst markup: `#ruby(base, reading)` calls and string
/// literals, with the overhang each reading may take over its neighbours.
///
/// A word split per kanji is printed so while every reading fits over its
/// own kanji (生[せい]活[かつ]); when one is wider (障[しょう]害[がい]) the
/// word's readings are spread over the whole word instead, as JIS X 4051
/// does for 熟語ルビ, so the kanji of one word are not pushed apart.
pub fn typst_segments(segs: &[Segment]) -> String {
    calls(segs).into_iter().map(|(_, call)| call).collect()
}

/// The markup of `segs` call by call, each with the number of segments it
/// prints.
fn calls(segs: &[Segment]) -> Vec<(usize, String)> {
    let (units, counts): (Vec<Segment>, Vec<usize>) = jukugo(segs).into_iter().unzip();
    let mut out = Vec::new();
    let mut i = 0;
    while i < units.len() {
        let s = &units[i];
        let Some(r) = &s.ruby else {
            out.push((counts[i], format!("#{};", typst_str(&s.base))));
            i += 1;
            continue;
        };
        // The kanji of one word split per kanji go into one call.
        let mut end = i + 1;
        while end < units.len()
            && units[end].boundary == Boundary::Inside
            && units[end].ruby.is_some()
            && units[end].base.chars().count() == 1
            && s.base.chars().count() == 1
        {
            end += 1;
        }
        let all_kanji = units[i..end].iter().all(|u| u.base.chars().all(is_kanji));
        if end - i > 1 && all_kanji {
            let base: String = units[i..end].iter().map(|u| u.base.as_str()).collect();
            let readings: Vec<String> =
                units[i..end].iter().filter_map(|u| u.ruby.as_deref()).map(typst_str).collect();
            let n = counts[i..end].iter().sum();
            out.push((n, format!("#ruby({}, {});", typst_str(&base), readings.join(", "))));
            i = end;
            continue;
        }
        let before = i.checked_sub(1).and_then(|k| units.get(k));
        let (left, right) = overhang(s, before, units.get(i + 1));
        let f = if all_kanji { "ruby" } else { "ruby-measured" };
        let mut call = format!("#{f}({}, {}", typst_str(&s.base), typst_str(r));
        if left > 0 {
            call.push_str(&format!(", left: {}em", f64::from(left) / 4.0));
        }
        if right > 0 {
            call.push_str(&format!(", right: {}em", f64::from(right) / 4.0));
        }
        call.push_str(");");
        out.push((counts[i], call));
        i += 1;
    }
    out
}

/// Joins the per-kanji readings of a word into one when any of them is
/// wider than its kanji.
fn jukugo(segs: &[Segment]) -> Vec<(Segment, usize)> {
    let mut out: Vec<(Segment, usize)> = Vec::with_capacity(segs.len());
    let mut i = 0;
    while i < segs.len() {
        let mut end = i + 1;
        if segs[i].ruby.is_some() {
            while end < segs.len()
                && segs[end].ruby.is_some()
                && segs[end].boundary == Boundary::Inside
            {
                end += 1;
            }
        }
        // A compound of kanji words (時刻 + 表) is one word for its readings
        // when one is wider than its kanji and the whole about fits over
        // the whole: じこくひょう over 時刻表, not a gap after 刻.
        let kanji = |s: &Segment| s.ruby.is_some() && s.base.chars().all(is_kanji);
        if segs[i..end].iter().all(kanji) {
            let mut far = end;
            while far < segs.len() && segs[far].boundary == Boundary::Word && kanji(&segs[far]) {
                far += 1;
                while far < segs.len()
                    && segs[far].boundary == Boundary::Inside
                    && kanji(&segs[far])
                {
                    far += 1;
                }
            }
            let run = &segs[i..far];
            let wide = |s: &Segment| {
                s.ruby.as_ref().is_some_and(|r| r.chars().count() as i32 * 2 > quarters(&s.base))
            };
            let reading: i32 = run
                .iter()
                .filter_map(|s| s.ruby.as_ref())
                .map(|r| r.chars().count() as i32 * 2)
                .sum();
            let base: i32 = run.iter().map(|s| quarters(&s.base)).sum();
            // Half an em more than the whole is still one word: the
            // reading reaches over the kana around it (にっていちょうせい
            // over 日程調整).
            if far > end && run.iter().any(wide) && reading <= base + 2 {
                end = far;
            }
        }
        let word = &segs[i..end];
        let too_wide = word.iter().any(|s| {
            s.ruby.as_ref().is_some_and(|r| r.chars().count() as i32 * 2 > quarters(&s.base))
        });
        if word.len() > 1 && too_wide {
            let mut joined = Segment::ruby(
                &word.iter().map(|s| s.base.as_str()).collect::<String>(),
                &word.iter().filter_map(|s| s.ruby.as_deref()).collect::<String>(),
            );
            joined.boundary = word[0].boundary;
            out.push((joined, word.len()));
        } else {
            out.extend(word.iter().map(|s| (s.clone(), 1)));
        }
        i = end;
    }
    out
}

/// Width of `s` in quarter ems, counting CJK and kana as full width and the
/// rest as half (close enough for BIZ UD fonts to decide overhang).
fn quarters(s: &str) -> i32 {
    s.chars().map(|c| if (c as u32) < 0x2E80 { 2 } else { 4 }).sum()
}

/// How far (in quarter ems, before and after) a reading wider than its
/// base may reach over its neighbours instead of spreading the text: a
/// quarter em over plain text (half a ruby character, as JIS X 4051 allows
/// over kana), and over a rubied neighbour only the room its own reading
/// leaves free. What one side cannot take the other may, so a reading
/// beside a line start or a full neighbour does not open a gap that reads
/// as a space between words (袋 詰め).
fn overhang(s: &Segment, before: Option<&Segment>, after: Option<&Segment>) -> (i32, i32) {
    let Some(r) = &s.ruby else { return (0, 0) };
    let excess = r.chars().count() as i32 * 2 - quarters(&s.base);
    if excess <= 0 {
        return (0, 0);
    }
    // `edge`: the neighbour's character next to the reading. A reading
    // never reaches over a colon, comma or full stop: they are small marks
    // whose space is what separates (どれくらい：週1回 would read as one
    // run). Brackets are tall and the reading passes above them (誠）).
    let room = |n: Option<&Segment>, edge: Option<char>| match n {
        None => 0,
        Some(_) if edge.is_some_and(|c| "：:、。，．・".contains(c)) => 0,
        Some(n)
            if n.base.starts_with(char::is_whitespace) || n.base.ends_with(char::is_whitespace) =>
        {
            1
        }
        Some(Segment { ruby: None, .. }) => 1,
        Some(Segment { ruby: Some(nr), base, .. }) => {
            ((quarters(base) - nr.chars().count() as i32 * 2) / 2).max(0)
        }
    };
    let (rb, ra) = (
        room(before, before.and_then(|b| b.base.chars().last())),
        room(after, after.and_then(|a| a.base.chars().next())),
    );
    let left = rb.min((excess + 1) / 2);
    let right = ra.min(excess - left);
    let left = rb.min(excess - right);
    (left, right)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::japanese::reading::annotate_phrases;

    #[test]
    fn phrases_are_boxed() {
        let lex = Lexicon::welfare();
        let p = annotate_phrases("ともだちと いっしょに くらしたい。", &lex, Furigana::All, false);
        assert_eq!(
            typst_phrases(&p),
            "#box[#\"ともだちと\";]#\" \";#box[#\"いっしょに\";]#\" \";#box[#\"くらしたい。\";]"
        );
    }

    #[test]
    fn html_and_typst_outputs() {
        let lex = Lexicon::welfare();
        assert_eq!(
            html("食べる<b>", &lex, Furigana::All, false),
            "<ruby>食<rt>た</rt></ruby>べる&lt;b&gt;"
        );
        assert_eq!(
            html("山と嚥下", &lex, Furigana::Grade(1), false),
            "山と<ruby>嚥<rt>えん</rt>下<rt>げ</rt></ruby>"
        );
        assert_eq!(
            typst("食べる\"", &lex, Furigana::All, false),
            "#ruby(\"食\", \"た\");#\"べる\\\"\";"
        );
    }

    #[test]
    fn a_word_with_a_wide_reading_is_rubied_as_a_whole() {
        let lex = Lexicon::welfare();
        // 生活: せい and かつ each fit over their kanji.
        assert_eq!(
            typst("生活", &lex, Furigana::All, false),
            "#ruby(\"生活\", \"せい\", \"かつ\");"
        );
        // 障害: しょう is wider than 障, so the word's reading spreads over both.
        assert_eq!(typst("障害", &lex, Furigana::All, false), "#ruby(\"障害\", \"しょうがい\");");
        // A base with digits is measured by Typst.
        assert_eq!(
            typst("2日", &lex, Furigana::All, false),
            "#ruby-measured(\"2日\", \"ふつか\");"
        );
    }

    #[test]
    fn a_reading_reaches_into_the_next_phrase() {
        // 袋 (ふくろ) starts a phrase after で: it overhangs で and を, so
        // no gap opens before it; 袋詰め shares ふくろつ over 袋詰.
        let phrases = vec![
            vec![Segment::plain("作業所で")],
            vec![Segment::ruby("袋", "ふくろ"), Segment::plain("を")],
        ];
        let out = typst_phrases(&phrases);
        assert!(out.contains("#ruby(\"袋\", \"ふくろ\", left: 0.25em, right: 0.25em)"), "{out}");
        let phrases = vec![vec![
            Segment::ruby("袋", "ふくろ"),
            Segment { boundary: Boundary::Word, ..Segment::ruby("詰", "つ") },
            Segment::plain("め"),
        ]];
        assert!(typst_phrases(&phrases).contains("#ruby(\"袋詰\", \"ふくろつ\")"));
    }

    #[test]
    fn a_compound_of_kanji_words_shares_its_readings() {
        let segs = [
            Segment::ruby("時", "じ"),
            Segment::ruby("刻", "こく"),
            Segment { boundary: Boundary::Word, ..Segment::ruby("表", "ひょう") },
            Segment::plain("に"),
        ];
        assert_eq!(typst_segments(&segs), "#ruby(\"時刻表\", \"じこくひょう\");#\"に\";");
        // Split into words, each word's code in its own group.
        let groups: Vec<&[Segment]> = vec![&segs[..2], &segs[2..3], &segs[3..]];
        assert_eq!(grouped(&groups), ["#ruby(\"時刻表\", \"じこくひょう\");", "", "#\"に\";"]);
    }

    #[test]
    fn a_reading_never_covers_punctuation() {
        // どれくらい：週1回 — 週 (しゅう) may not reach over the ：.
        let segs =
            [Segment::plain("どれくらい："), Segment::ruby("週", "しゅう"), Segment::plain("1回")];
        assert_eq!(
            typst_segments(&segs),
            "#\"どれくらい：\";#ruby(\"週\", \"しゅう\", right: 0.25em);#\"1回\";"
        );
    }

    #[test]
    fn long_readings_overhang_plain_neighbours_only() {
        // 業 (ぎょう, 1.5 em of ruby over 1 em) may reach a quarter em over
        // the kana beside it; before 所, whose しょ fills its width, the two
        // words share their reading (業所: ぎょうしょ) and take what room
        // there is on the other side.
        let segs = [
            Segment::plain("の"),
            Segment::ruby("業", "ぎょう"),
            Segment::plain("を"),
            Segment::ruby("業", "ぎょう"),
            Segment { boundary: Boundary::Word, ..Segment::ruby("所", "しょ") },
        ];
        assert_eq!(
            typst_segments(&segs),
            "#\"の\";#ruby(\"業\", \"ぎょう\", left: 0.25em, right: 0.25em);#\"を\";#ruby(\"業所\", \"ぎょうしょ\", left: 0.25em);"
        );
    }
}
