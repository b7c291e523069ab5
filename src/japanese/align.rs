//! Aligning a word's reading to its written form, so that okurigana and
//! other kana in the word are not covered by ruby (食べる → 食[た]べる).

use super::kana::{is_kanji, to_hiragana};

/// A piece of text and, for kanji, the reading printed above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The written text.
    pub base: String,
    /// Its reading in hiragana (`None` for kana, digits, punctuation).
    pub ruby: Option<String>,
}

impl Segment {
    /// Text without ruby.
    pub fn plain(s: &str) -> Segment {
        Segment { base: s.to_string(), ruby: None }
    }

    /// Text with ruby.
    pub fn ruby(base: &str, ruby: &str) -> Segment {
        Segment { base: base.to_string(), ruby: Some(ruby.to_string()) }
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
        return runs
            .iter()
            .zip(parts)
            .map(|((k, base), r)| if *k { Segment::ruby(base, &r) } else { Segment::plain(base) })
            .collect();
    }
    vec![Segment::ruby(surface, &reading.iter().collect::<String>())]
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
        let want: Vec<char> = to_hiragana(text).chars().collect();
        if reading.len() >= pos + want.len() && reading[pos..pos + want.len()] == want[..] {
            acc.push(String::new());
            search(runs, i + 1, reading, pos + want.len(), acc, out);
            acc.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(segs: &[Segment]) -> String {
        segs.iter()
            .map(|s| match &s.ruby {
                Some(r) => format!("{}[{}]", s.base, r),
                None => s.base.clone(),
            })
            .collect()
    }

    #[test]
    fn okurigana_is_not_rubied() {
        assert_eq!(show(&align("食べる", "タベル")), "食[た]べる");
        assert_eq!(show(&align("取り扱い", "とりあつかい")), "取[と]り扱[あつか]い");
        assert_eq!(show(&align("お願い", "おねがい")), "お願[ねが]い");
    }

    #[test]
    fn kanji_compound_is_one_group() {
        assert_eq!(show(&align("生活介護", "せいかつかいご")), "生活介護[せいかつかいご]");
        assert_eq!(show(&align("人々", "ひとびと")), "人々[ひとびと]");
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
        // Latin letters are not in the kana reading: the word takes group ruby.
        assert_eq!(show(&align("B型", "びーがた")), "B型[びーがた]");
    }
}
