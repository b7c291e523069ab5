//! Readings of Japanese text: which kana to print above which kanji.
//!
//! Readings come, in priority order, from the plan's `readings:` map, the
//! project's welfare dictionary (`data/welfare-readings.tsv`) and the
//! morphological analyser (lindera with IPADIC, built offline by build.rs).
//! Numbers with counters are read by rule, because the analyser reads the
//! digit and the counter apart (３人 → さんにん instead of ３にん, ２人 → ふたり).

use std::borrow::Cow;
use std::sync::LazyLock;

use lindera::dictionary::Dictionary;
use lindera::mode::Mode;
use lindera::segmenter::Segmenter;

use super::align::{Segment, align};
use super::grade::Furigana;
use super::kana::{has_kanji, is_kana, to_hiragana};

mod ipadic {
    lindera_dictionary::embedded_dictionary!("/ipadic", EmbeddedIpadicLoader);
}

/// The analyser, loaded once per process (the dictionary is embedded, so
/// loading maps static bytes: about a millisecond).
static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(|| {
    let dict: Dictionary = ipadic::load().expect("the embedded IPADIC dictionary is valid");
    Segmenter::new(Mode::Normal, dict, None)
});

/// The welfare dictionary shipped with yomeru: `term<TAB>reading` lines.
static WELFARE: &str = include_str!("../../data/welfare-readings.tsv");

/// Readings that win over the analyser, longest term first.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: Vec<(String, String)>,
}

impl Lexicon {
    /// The welfare dictionary plus `extra` (a plan's `readings:`), where
    /// `extra` wins for the same term.
    pub fn with_overrides<'a>(extra: impl IntoIterator<Item = (&'a str, &'a str)>) -> Lexicon {
        let mut entries: Vec<(String, String)> =
            extra.into_iter().map(|(t, r)| (t.to_string(), to_hiragana(r))).collect();
        for line in WELFARE.lines().skip(1) {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some((term, reading)) = line.split_once('\t')
                && !entries.iter().any(|(t, _)| t == term)
            {
                entries.push((term.to_string(), to_hiragana(reading.trim())));
            }
        }
        // Longest first, so 就労継続支援B型 wins over 就労.
        entries.sort_by_key(|e| std::cmp::Reverse(e.0.chars().count()));
        Lexicon { entries }
    }

    /// The welfare dictionary alone.
    pub fn welfare() -> Lexicon {
        Lexicon::with_overrides([])
    }

    fn match_at<'s>(&'s self, text: &str) -> Option<&'s (String, String)> {
        self.entries.iter().find(|(term, _)| text.starts_with(term.as_str()))
    }
}

/// Reads `text` into segments: kanji words with their reading, everything
/// else as written.
pub fn read(text: &str, lexicon: &Lexicon) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut free = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some((term, reading)) = lexicon.match_at(rest) {
            analyse(&free, &mut out);
            free.clear();
            out.extend(align(term, reading));
            rest = &rest[term.len()..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            free.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    analyse(&free, &mut out);
    merge_plain(out)
}

/// The whole of `text` in hiragana, with digits, Latin letters and
/// punctuation as written (`yomeru furigana --output hiragana`).
pub fn hiragana(text: &str, lexicon: &Lexicon) -> String {
    read(text, lexicon)
        .into_iter()
        .map(|s| match s.ruby {
            Some(r) => r,
            None => to_hiragana(&s.base),
        })
        .collect()
}

/// `text` with `<ruby>` markup on the kanji words `mode` wants, HTML-escaped.
pub fn html(text: &str, lexicon: &Lexicon, mode: Furigana) -> String {
    fn esc(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }
    mode.apply(read(text, lexicon))
        .into_iter()
        .map(|s| match s.ruby {
            Some(r) => format!("<ruby>{}<rt>{}</rt></ruby>", esc(&s.base), esc(&r)),
            None => esc(&s.base),
        })
        .collect()
}

/// `text` as Typst code calling the project's `ruby` function
/// (`templates/yomeru.typ`); plain parts are string literals.
pub fn typst(text: &str, lexicon: &Lexicon, mode: Furigana) -> String {
    use crate::render::escape::typst_str;
    mode.apply(read(text, lexicon))
        .into_iter()
        .map(|s| match s.ruby {
            Some(r) => format!("#ruby({}, {});", typst_str(&s.base), typst_str(&r)),
            None => format!("#{};", typst_str(&s.base)),
        })
        .collect()
}

struct Token {
    surface: String,
    /// Katakana reading from IPADIC, if it has one.
    reading: Option<String>,
}

fn tokens(text: &str) -> Vec<Token> {
    let Ok(mut toks) = SEGMENTER.segment(Cow::Borrowed(text)) else {
        return vec![Token { surface: text.to_string(), reading: None }];
    };
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    for t in toks.iter_mut() {
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
                out.push(Token { surface: num.to_string(), reading: None });
                out.push(Token { surface: rest.to_string(), reading: None });
                continue;
            }
        }
        let d = t.details();
        let reading = d.get(7).filter(|r| **r != "*").map(|r| r.to_string());
        out.push(Token { surface, reading });
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
    Fused(&'static str),
}

fn counter(counter: &str, n: u64, after_month: bool) -> Option<CounterReading> {
    use CounterReading::*;
    let last = n % 10;
    let handakuten = matches!(last, 1 | 3 | 4 | 6 | 8 | 0) && n > 0;
    Some(match counter {
        "人" => match n {
            1 => Fused("ひとり"),
            2 => Fused("ふたり"),
            _ => After("にん"),
        },
        "日" => match n {
            1 if after_month => Fused("ついたち"),
            1 => After("にち"),
            2 => Fused("ふつか"),
            3 => Fused("みっか"),
            4 => Fused("よっか"),
            5 => Fused("いつか"),
            6 => Fused("むいか"),
            7 => Fused("なのか"),
            8 => Fused("ようか"),
            9 => Fused("ここのか"),
            10 => Fused("とおか"),
            14 => Fused("じゅうよっか"),
            20 => Fused("はつか"),
            24 => Fused("にじゅうよっか"),
            _ => After("にち"),
        },
        "つ" => match n {
            1 => Fused("ひとつ"),
            2 => Fused("ふたつ"),
            3 => Fused("みっつ"),
            4 => Fused("よっつ"),
            5 => Fused("いつつ"),
            6 => Fused("むっつ"),
            7 => Fused("ななつ"),
            8 => Fused("やっつ"),
            9 => Fused("ここのつ"),
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
        "日間" => After("にちかん"),
        "人分" => After("にんぶん"),
        _ => return None,
    })
}

/// Counters that may be written after digits, longest first.
const COUNTERS: &[&str] = &[
    "か月", "ヶ月", "カ月", "ヵ月", "ケ月", "箇月", "か所", "ヶ所", "カ所", "箇所", "時間", "週間",
    "年間", "日間", "人分", "人", "日", "つ", "回", "階", "時", "分", "泊", "本", "杯", "匹", "月",
    "週", "年", "歳", "才", "度", "円", "個", "枚", "件", "名", "台", "冊", "割", "点", "秒", "番",
    "号", "級", "倍", "食",
];

fn analyse(text: &str, out: &mut Vec<Segment>) {
    if text.is_empty() {
        return;
    }
    let toks = tokens(text);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // A run of digit tokens (IPADIC splits ３００ into one token, but
        // be safe) followed by a counter.
        if let Some(n) = digits_value(&t.surface) {
            // The counter may start the next token or be the whole of it.
            let after_month = i > 0 && toks[i - 1].surface.ends_with('月');
            let mut rest = String::new();
            let mut j = i + 1;
            while j < toks.len() && rest.chars().count() < 3 {
                rest.push_str(&toks[j].surface);
                j += 1;
            }
            let found = COUNTERS.iter().find(|c| rest.starts_with(*c)).copied();
            if let Some(c) = found
                && let Some(reading) = counter(c, n, after_month)
                && let Some(used) = consumes_whole_tokens(&toks[i + 1..], c)
            {
                match reading {
                    CounterReading::After(r) => {
                        out.push(Segment::plain(&t.surface));
                        out.extend(align(c, r));
                    }
                    CounterReading::Fused(r) => {
                        out.push(Segment::ruby(&format!("{}{}", t.surface, c), r));
                    }
                }
                i += 1 + used;
                continue;
            }
            out.push(Segment::plain(&t.surface));
            i += 1;
            continue;
        }
        out.extend(read_token(&toks, i));
        i += 1;
    }
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
    if !has_kanji(&t.surface) {
        return vec![Segment::plain(&t.surface)];
    }
    let next = toks.get(i + 1).map(|n| n.surface.as_str()).unwrap_or("");
    let reading = match (t.surface.as_str(), t.reading.as_deref()) {
        // 月 before a count (月２回, 月に一度) is つき, IPADIC prefers げつ.
        ("月", _)
            if next.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))
                || next == "に" =>
        {
            Some("つき".to_string())
        }
        // 年に１回: a count per year is ねん, IPADIC says とし.
        ("年", _) if next == "に" => Some("ねん".to_string()),
        (_, r) => r.map(to_hiragana),
    };
    match reading {
        Some(r) if r.chars().all(is_kana) => align(&t.surface, &r),
        _ => vec![Segment::plain(&t.surface)],
    }
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

    fn h(s: &str) -> String {
        hiragana(s, &Lexicon::welfare())
    }

    #[test]
    fn reads_a_plain_sentence() {
        assert_eq!(
            h("本人は週３回、生活介護事業所に通所している。"),
            "ほんにんはしゅう３かい、せいかつかいごじぎょうしょにつうしょしている。"
        );
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
    }

    #[test]
    fn overrides_win_and_welfare_terms_are_read_whole() {
        let lex =
            Lexicon::with_overrides([("ひかり作業所", "ひかりさぎょうしょ"), ("田中", "タナカ")]);
        assert_eq!(hiragana("ひかり作業所の田中さん", &lex), "ひかりさぎょうしょのたなかさん");
        assert_eq!(h("就労継続支援B型"), "しゅうろうけいぞくしえんびーがた");
    }

    #[test]
    fn html_and_typst_outputs() {
        let lex = Lexicon::welfare();
        assert_eq!(
            html("食べる<b>", &lex, Furigana::All),
            "<ruby>食<rt>た</rt></ruby>べる&lt;b&gt;"
        );
        assert_eq!(
            html("山と嚥下", &lex, Furigana::Grade(1)),
            "山と<ruby>嚥下<rt>えんげ</rt></ruby>"
        );
        assert_eq!(typst("食べる\"", &lex, Furigana::All), "#ruby(\"食\", \"た\");#\"べる\\\"\";");
    }

    #[test]
    fn okurigana_stays_outside_ruby() {
        let segs = read("食べる", &Lexicon::welfare());
        assert_eq!(segs[0], Segment::ruby("食", "た"));
        assert_eq!(segs[1], Segment::plain("べる"));
    }
}
