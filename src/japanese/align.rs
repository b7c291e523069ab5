//! Aligning a word's reading to its written form, so that okurigana and
//! other kana in the word are not covered by ruby (食べる → 食[た]べる).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::kana::{is_kanji, to_hiragana};

/// On and kun readings per kanji (KANJIDIC2, `data/kanji-readings.tsv`);
/// name readings (名乗り, the third column) are left out on purpose: they
/// are many and unusual, and would let words read as a whole (今日, 大人)
/// split by accident.
static KANJI_READINGS: LazyLock<HashMap<char, Vec<&'static str>>> = LazyLock::new(|| {
    include_str!("../../data/kanji-readings.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let k = cols.next()?.chars().next()?;
            let rs = cols.next()?.split(',').filter(|r| !r.is_empty()).collect();
            Some((k, rs))
        })
        .collect()
});

/// The first reading KANJIDIC lists for `c` (an on reading, where it has
/// one), for words no dictionary knows.
pub fn first_reading(c: char) -> Option<&'static str> {
    KANJI_READINGS.get(&c).and_then(|rs| rs.first().copied())
}

/// Where a segment stands in the sentence, for the grade filter (which
/// rubies whole words) and 分かち書き (which spaces 文節).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Boundary {
    /// Continues the word of the previous segment (食[た] → べる).
    #[default]
    Inside,
    /// Starts a word inside the same 文節 (作業所 → に).
    Word,
    /// Starts a 文節 (a content word with the particles that follow it).
    Phrase,
}

/// A piece of text and, for kanji, the reading printed above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The written text.
    pub base: String,
    /// Its reading in hiragana (`None` for kana, digits, punctuation).
    pub ruby: Option<String>,
    /// Whether a word or 文節 starts here.
    pub boundary: Boundary,
}

impl Segment {
    /// Text without ruby.
    pub fn plain(s: &str) -> Segment {
        Segment { base: s.to_string(), ruby: None, boundary: Boundary::Inside }
    }

    /// Text with ruby.
    pub fn ruby(base: &str, ruby: &str) -> Segment {
        Segment { base: base.to_string(), ruby: Some(ruby.to_string()), boundary: Boundary::Inside }
    }
}

/// Splits `surface` into runs of kanji and of everything else.
fn runs(surface: &str) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    for c in surface.chars() {
        let k = is_kanji(c);
        match out.last_mut() {
            Some((kind, s)) if *kind == k => s.push(c),
            _ => out.push((k, c.to_string())),
        }
    }
    out
}

/// Aligns `reading` (hiragana) to `surface`: kana in the surface must appear
/// in the reading, and each kanji run takes the reading between them.
///
/// Returns group ruby over the whole word when the alignment is not unique
/// or impossible — a wrong split is worse than a whole-word reading.
pub fn align(surface: &str, reading: &str) -> Vec<Segment> {
    let runs = runs(surface);
    if !runs.iter().any(|(k, _)| *k) {
        return vec![Segment::plain(surface)];
    }
    let reading: Vec<char> = to_hiragana(reading).chars().collect();
    let mut solutions = Vec::new();
    search(&runs, 0, &reading, 0, &mut Vec::new(), &mut solutions);
    if solutions.len() == 1 {
        let parts = solutions.pop().unwrap_or_default();
        let mut out = Vec::new();
        for ((k, base), r) in runs.iter().zip(parts) {
            if *k {
                out.extend(mono(base, &r));
            } else {
                out.push(Segment::plain(base));
            }
        }
        return out;
    }
    vec![Segment::ruby(surface, &reading.iter().collect::<String>())]
}

/// Splits a run of kanji and its reading into one reading per kanji when
/// exactly one split agrees with the kanji's known readings (生活 →
/// 生[せい]活[かつ]); otherwise the run keeps one reading over the whole
/// (今日[きょう]), because a wrong split misleads more than a group does.
pub fn mono(base: &str, reading: &str) -> Vec<Segment> {
    let kanji: Vec<char> = base.chars().collect();
    if kanji.len() > 1 {
        let r: Vec<char> = reading.chars().collect();
        let mut found = Vec::new();
        split(&kanji, 0, &r, 0, &mut Vec::new(), &mut found);
        if found.len() == 1 {
            let parts = found.pop().unwrap_or_default();
            return kanji
                .iter()
                .zip(parts)
                .map(|(k, p)| Segment::ruby(&k.to_string(), &p))
                .collect();
        }
    }
    vec![Segment::ruby(base, reading)]
}

fn split(
    kanji: &[char],
    i: usize,
    reading: &[char],
    pos: usize,
    acc: &mut Vec<String>,
    out: &mut Vec<Vec<String>>,
) {
    if out.len() > 1 {
        return;
    }
    if i == kanji.len() {
        if pos == reading.len() && !out.contains(acc) {
            out.push(acc.clone());
        }
        return;
    }
    let last = i + 1 == kanji.len();
    let mut candidates: Vec<String> = Vec::new();
    let base_readings: Vec<String> = if matches!(kanji[i], '々' | '〻') {
        // The iteration mark repeats the previous kanji's reading (人々 ひと|びと).
        acc.last().cloned().into_iter().collect()
    } else {
        KANJI_READINGS
            .get(&kanji[i])
            .map(|rs| rs.iter().map(|r| r.to_string()).collect())
            .unwrap_or_default()
    };
    for r in base_readings {
        for v in variants(&r, i > 0, !last) {
            if !candidates.contains(&v) {
                candidates.push(v);
            }
        }
    }
    for c in candidates {
        let c_chars: Vec<char> = c.chars().collect();
        let end = pos + c_chars.len();
        if end <= reading.len() && reading[pos..end] == c_chars[..] {
            acc.push(c);
            split(kanji, i + 1, reading, end, acc, out);
            acc.pop();
        }
    }
}

/// A reading as it may sound inside a compound: voiced at the start
/// (連濁: 人々 ひとびと, 本棚 ほんだな) when not first, and with a small っ at
/// the end (促音化: 学校 がっこう, 一緒 いっしょ) when not last.
fn variants(r: &str, voiced: bool, geminate: bool) -> Vec<String> {
    let mut heads = vec![r.to_string()];
    if voiced && let Some(first) = r.chars().next() {
        let tail = &r[first.len_utf8()..];
        for v in voicings(first) {
            heads.push(format!("{v}{tail}"));
        }
    }
    let mut out = heads.clone();
    if geminate {
        for h in &heads {
            let chars: Vec<char> = h.chars().collect();
            if chars.len() >= 2 && matches!(chars[chars.len() - 1], 'つ' | 'く' | 'ち' | 'き') {
                out.push(chars[..chars.len() - 1].iter().chain(['っ'].iter()).collect());
            }
            if h == "じゅう" {
                out.push("じゅっ".into());
                out.push("じっ".into());
            }
        }
    }
    out
}

/// The kana a written kana run stands for in a reading: hiragana, with the
/// kana iteration marks ゝゞ (ヽヾ) spelled out from the kana before them
/// (いすゞ → いすず, こゝろ → こころ). `before` is the reading's previous kana.
fn expected_kana(text: &str, before: Option<char>) -> Vec<char> {
    let mut out: Vec<char> = Vec::new();
    for c in to_hiragana(text).chars() {
        // Latin letters read by their names (B型 びーがた, NPO えぬぴーおー).
        if let Some(name) = letter_name(c) {
            out.extend(name.chars());
            continue;
        }
        let prev = out.last().copied().or(before);
        let c = match (c, prev) {
            ('ゝ', Some(p)) => p,
            ('ゞ', Some(p)) => voicings(p).first().copied().unwrap_or(p),
            _ => c,
        };
        out.push(c);
    }
    out
}

/// How a Latin letter (ASCII or full-width) is read in Japanese.
fn letter_name(c: char) -> Option<&'static str> {
    const NAMES: [&str; 26] = [
        "えー",
        "びー",
        "しー",
        "でぃー",
        "いー",
        "えふ",
        "じー",
        "えいち",
        "あい",
        "じぇー",
        "けー",
        "える",
        "えむ",
        "えぬ",
        "おー",
        "ぴー",
        "きゅー",
        "あーる",
        "えす",
        "てぃー",
        "ゆー",
        "ぶい",
        "だぶりゅー",
        "えっくす",
        "わい",
        "ぜっと",
    ];
    let c = match c {
        'Ａ'..='Ｚ' => char::from_u32(c as u32 - 'Ａ' as u32 + 'A' as u32)?,
        'ａ'..='ｚ' => char::from_u32(c as u32 - 'ａ' as u32 + 'a' as u32)?,
        _ => c,
    };
    c.is_ascii_alphabetic().then(|| NAMES[(c.to_ascii_uppercase() as u8 - b'A') as usize])
}

fn voicings(c: char) -> &'static [char] {
    match c {
        'か' => &['が'],
        'き' => &['ぎ'],
        'く' => &['ぐ'],
        'け' => &['げ'],
        'こ' => &['ご'],
        'さ' => &['ざ'],
        'し' => &['じ'],
        'す' => &['ず'],
        'せ' => &['ぜ'],
        'そ' => &['ぞ'],
        'た' => &['だ'],
        'ち' => &['ぢ'],
        'つ' => &['づ'],
        'て' => &['で'],
        'と' => &['ど'],
        'は' => &['ば', 'ぱ'],
        'ひ' => &['び', 'ぴ'],
        'ふ' => &['ぶ', 'ぷ'],
        'へ' => &['べ', 'ぺ'],
        'ほ' => &['ぼ', 'ぽ'],
        _ => &[],
    }
}

fn search(
    runs: &[(bool, String)],
    i: usize,
    reading: &[char],
    pos: usize,
    acc: &mut Vec<String>,
    out: &mut Vec<Vec<String>>,
) {
    if out.len() > 1 {
        return; // ambiguous already
    }
    if i == runs.len() {
        if pos == reading.len() {
            out.push(acc.clone());
        }
        return;
    }
    let (is_kanji_run, text) = &runs[i];
    if *is_kanji_run {
        // At least one reading character per kanji run; leave room for what follows.
        for end in pos + 1..=reading.len() {
            acc.push(reading[pos..end].iter().collect());
            search(runs, i + 1, reading, end, acc, out);
            acc.pop();
        }
    } else {
        let want = expected_kana(text, pos.checked_sub(1).map(|p| reading[p]));
        if reading.len() >= pos + want.len() && reading[pos..pos + want.len()] == want[..] {
            acc.push(String::new());
            search(runs, i + 1, reading, pos + want.len(), acc, out);
            acc.pop();
        }
    }
}

/// Segments as `漢[かん]字[じ]` text, for tests.
#[cfg(test)]
pub(crate) fn show(segs: &[Segment]) -> String {
    segs.iter()
        .map(|s| match &s.ruby {
            Some(r) => format!("{}[{}]", s.base, r),
            None => s.base.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn okurigana_is_not_rubied() {
        assert_eq!(show(&align("食べる", "タベル")), "食[た]べる");
        assert_eq!(show(&align("取り扱い", "とりあつかい")), "取[と]り扱[あつか]い");
        assert_eq!(show(&align("お願い", "おねがい")), "お願[ねが]い");
    }

    #[test]
    fn compounds_split_per_kanji_when_certain() {
        assert_eq!(show(&align("生活介護", "せいかつかいご")), "生[せい]活[かつ]介[かい]護[ご]");
        assert_eq!(show(&align("事業所", "じぎょうしょ")), "事[じ]業[ぎょう]所[しょ]");
        // 連濁 and 促音化 inside compounds.
        assert_eq!(show(&align("本棚", "ほんだな")), "本[ほん]棚[だな]");
        assert_eq!(show(&align("学校", "がっこう")), "学[がっ]校[こう]");
        assert_eq!(show(&align("出発", "しゅっぱつ")), "出[しゅっ]発[ぱつ]");
        // A verb's 連用形 with the okurigana left unwritten.
        assert_eq!(show(&align("受付", "うけつけ")), "受[うけ]付[つけ]");
    }

    #[test]
    fn iteration_mark_repeats_the_reading() {
        assert_eq!(show(&align("人々", "ひとびと")), "人[ひと]々[びと]");
        assert_eq!(show(&align("時々", "ときどき")), "時[とき]々[どき]");
        assert_eq!(show(&align("日々の", "ひびの")), "日[ひ]々[び]の");
    }

    #[test]
    fn kana_iteration_marks_match_the_reading() {
        assert_eq!(
            show(&align("いすゞ自動車", "いすずじどうしゃ")),
            "いすゞ自[じ]動[どう]車[しゃ]"
        );
        // ゝ repeats one kana, so it cannot stand for the rest of a longer word.
        assert_eq!(show(&align("心ゝ", "こころこころ")), "心ゝ[こころこころ]");
        assert_eq!(show(&align("見ゝ", "みみ")), "見[み]ゝ");
    }

    #[test]
    fn words_read_as_a_whole_keep_group_ruby() {
        // 熟字訓: no per-kanji split exists.
        assert_eq!(show(&align("今日", "きょう")), "今日[きょう]");
        assert_eq!(show(&align("大人", "おとな")), "大人[おとな]");
        assert_eq!(show(&align("一人", "ひとり")), "一人[ひとり]");
    }

    #[test]
    fn ambiguous_or_impossible_falls_back_to_group_ruby() {
        // 日の出: の could match either の in a reading like "ひのので" (made up).
        assert_eq!(show(&align("日の出", "ひのので")), "日の出[ひのので]");
        assert_eq!(show(&align("見る", "きく")), "見る[きく]");
    }

    #[test]
    fn kana_and_digits_get_no_ruby() {
        assert_eq!(show(&align("ヘルパー", "ヘルパー")), "ヘルパー");
        // Latin letters match their names in the reading and get no ruby.
        assert_eq!(show(&align("B型", "びーがた")), "B型[がた]");
        assert_eq!(
            show(&align("就労継続支援B型", "しゅうろうけいぞくしえんびーがた")),
            "就[しゅう]労[ろう]継[けい]続[ぞく]支[し]援[えん]B型[がた]"
        );
        assert_eq!(show(&align("Ｂ型", "びーがた")), "Ｂ型[がた]");
    }
}
