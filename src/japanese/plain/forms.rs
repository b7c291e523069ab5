//! Times, numbers and periods written the one way the easy version writes
//! them: the readability checker's own fix ([`crate::japanese::check::one_way`]).

use super::{Change, Rule};
use crate::japanese::reading::Lexicon;

/// `sentence` with 13時 → 午後1時, 三回 → 3回, 3ヶ月 → 3か月, and 月1回 →
/// 月に1回 (a period said the way a person says it).
pub fn apply(sentence: &str, lexicon: &Lexicon, changes: &mut Vec<Change>) -> String {
    // Ａ型, ３回: full-width letters and digits as the lexicon and the
    // counters know them (A型 is the service's name).
    let narrow: String = sentence
        .chars()
        .map(|c| match c {
            'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            c => c,
        })
        .collect();
    let mut out = crate::japanese::check::one_way(&narrow, lexicon);
    for unit in ["月", "週", "年", "日"] {
        out = per_period(&out, unit);
    }
    // 月に一度 → 月に1回: a period said one way.
    out = out.replace("に1度", "に1回");
    out = morning(&out);
    // 夜22時 → 夜午後10時 says the half of the day twice: 夜10時.
    for (part, half) in [("夜", "午後"), ("朝", "午前"), ("夕方", "午後")] {
        out = out.replace(&format!("{part}{half}"), part);
    }
    out = after_a_while(&out);
    // 火曜と金曜: said whole (火曜日), or in kana a reader takes かよう for
    // 通う.
    out = whole_weekdays(&out);
    // 8時半: 時 is kept as kanji and 半 is not; as one word the script
    // rule would write the time じはん.
    out = half_past(&out);
    out = ranges(&out);
    if out != sentence {
        for (from, to) in hunks(sentence, &out) {
            changes.push(Change::new(Rule::Forms, from, to));
        }
    }
    out
}

/// 午後9時～翌朝8時 → 午後9時から翌朝8時まで: a range of times said in
/// words; the dash is no word a reader says, and the analyser takes it for
/// a noun (which joined 翌朝 to it: 〜の次の日の朝). Only between two clock
/// times.
fn ranges(s: &str) -> String {
    const DASHES: &[char] = &['～', '〜', '~'];
    const BEFORE_TIME: &[&str] = &["翌朝", "翌日", "翌", "午前", "午後", "朝", "夜", ""];
    // The length in bytes of a clock time at the start of `t` (9時, 9時30分).
    let clock = |t: &str| -> Option<usize> {
        let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let rest = t[digits..].strip_prefix('時')?;
        let mut len = digits + '時'.len_utf8();
        let mins = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        if mins > 0 && rest[mins..].starts_with('分') {
            len += mins + '分'.len_utf8();
        }
        (digits > 0).then_some(len)
    };
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(at) = rest.find(DASHES) {
        let dash = rest[at..].chars().next().map_or(1, char::len_utf8);
        let before = rest[..at].trim_end();
        let after = rest[at + dash..].trim_start();
        let ends_in_time =
            before.ends_with('時') || before.ends_with('分') && before.contains('時');
        let second = BEFORE_TIME
            .iter()
            .find_map(|p| after.strip_prefix(p).and_then(|t| clock(t).map(|n| p.len() + n)));
        match second {
            Some(n) if ends_in_time => {
                out.push_str(before);
                out.push_str("から");
                out.push_str(&after[..n]);
                if !after[n..].starts_with("まで") {
                    out.push_str("まで");
                }
                rest = &after[n..];
                // 10時～15時に利用する: all that time (まで), not by then (までに).
                if rest.starts_with('に') && !rest.starts_with("には") {
                    rest = &rest['に'.len_utf8()..];
                }
            }
            _ => {
                out.push_str(&rest[..at + dash]);
                rest = &rest[at + dash..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The places where `out` differs from `sentence`, each as what was written
/// and what it became (15時 → 午後3時, 後を目途 → たつころまで): a change
/// listed where it was made, not as the whole sentence. Equal runs of one
/// character inside a change are taken into it, so that it reads whole.
fn hunks(sentence: &str, out: &str) -> Vec<(String, String)> {
    let diff = similar::TextDiff::from_chars(sentence, out);
    let mut found: Vec<(String, String)> = Vec::new();
    let mut open = false;
    let ops = diff.ops();
    for (k, op) in ops.iter().enumerate() {
        let old = &diff.old_slices()[op.old_range()].concat();
        let new = &diff.new_slices()[op.new_range()].concat();
        let short_gap = op.tag() == similar::DiffTag::Equal
            && op.old_range().len() <= 1
            && open
            && k + 1 < ops.len();
        match op.tag() {
            similar::DiffTag::Equal if !short_gap => open = false,
            _ => {
                if open && let Some(last) = found.last_mut() {
                    last.0.push_str(old);
                    last.1.push_str(new);
                } else {
                    // An insertion (月 → 月に) is listed with the character
                    // before it, so that it says where.
                    let before = (k > 0 && old.is_empty())
                        .then(|| diff.old_slices()[ops[k - 1].old_range()].last().copied())
                        .flatten()
                        .unwrap_or("");
                    // (At the start, with the character after it.)
                    let after = (k == 0 && old.is_empty())
                        .then(|| {
                            ops.get(1)
                                .and_then(|o| diff.old_slices()[o.old_range()].first().copied())
                        })
                        .flatten()
                        .unwrap_or("");
                    found.push((format!("{before}{old}{after}"), format!("{before}{new}{after}")));
                }
                open = true;
            }
        }
    }
    found
}

/// 3か月後 → 3か月たったあと: read in kana, 3かげつご would end in ご,
/// which a reader takes for ごと (every three months) before と or に; and
/// 3か月のあと reads as after the three months of something.
fn after_a_while(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s;
    while let Some(at) = rest.find('後') {
        let before = &rest[..at];
        let counted = ["か月", "週間", "日", "年", "時間", "分"].iter().any(|unit| {
            before.strip_suffix(unit).is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
        });
        out.push_str(before);
        rest = &rest[at + '後'.len_utf8()..];
        // 3か月後までに: by the time three months have passed; 3年後頃
        // (までに): about when they have.
        let about = [
            ("頃", "たつころ"),
            ("ごろ", "たつころ"),
            ("を目途に", "たつころまでに"),
            ("をめどに", "たつころまでに"),
        ]
        .iter()
        .find(|(w, _)| rest.starts_with(*w));
        if let (true, Some((w, said))) = (counted, about) {
            rest = &rest[w.len()..];
            out.push_str(said);
            continue;
        }
        out.push_str(match (counted, rest.starts_with("まで")) {
            (true, true) => "たつ",
            (true, false) => "たったあと",
            (false, _) => "後",
        });
    }
    out.push_str(rest);
    out
}

/// 8時半 → 8時はん after a digit only (not 当時半年).
fn half_past(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("時半") {
        out.push_str(&rest[..at]);
        let digit = rest[..at].ends_with(|c: char| c.is_ascii_digit());
        out.push_str(if digit { "時はん" } else { "時半" });
        rest = &rest[at + "時半".len()..];
    }
    out.push_str(rest);
    out
}

/// Whether the days of a run are listed with ・ (月・水・金), not 、, which
/// may join other words (土、日).
fn sep_is_dot(run: &[char]) -> bool {
    run.iter().filter(|c| !"月火水木金土日".contains(**c)).all(|c| *c == '・')
}

/// 火曜 → 火曜日 where 日 does not follow already, and each day of a
/// list said whole (火・木曜日 → 火曜日・木曜日: 火 alone reads か).
fn whole_weekdays(s: &str) -> String {
    let days = "月火水木金土日";
    let chars: Vec<char> = s.chars().collect();
    let mut listed = String::with_capacity(s.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        // A run like 火・木曜: day, (・ or 、 day)+, 曜.
        let mut j = i;
        let mut run = Vec::new();
        while j < chars.len()
            && days.contains(chars[j])
            && (j == i || "・、".contains(chars[j - 1]))
        {
            run.push(chars[j]);
            j += 1;
            if j < chars.len()
                && "・、".contains(chars[j])
                && chars.get(j + 1).is_some_and(|c| days.contains(*c))
            {
                j += 1;
            } else {
                break;
            }
        }
        // (Not the 日 of 毎日 or 15日, nor the 月 of 3月: 毎日、月曜は is
        // no list of days.)
        let date = i > 0
            && "月日".contains(chars[i])
            && (chars[i - 1] == '毎' || chars[i - 1].is_ascii_digit());
        let starts_word = !date
            && (i == 0
                || !chars[i - 1].is_alphanumeric()
                || "毎週第".contains(chars[i - 1])
                || chars[i - 1].is_ascii_digit());
        // （火・金、10時〜）: days listed with no 曜 are days too; said
        // alone, 火 in kana reads as か (or).
        // (After kana or a bracket too, を月・水・金に: not after a kanji,
        // which the first day may end a word with.)
        let bare = chars.get(j).is_none_or(|c| "、）)。 のにはもと".contains(*c));
        let apart = i == 0
            || !crate::japanese::kana::is_kanji(chars[i - 1])
            || "毎週第".contains(chars[i - 1]);
        if run.len() > 1 && bare && apart && !date && sep_is_dot(&chars[i..j]) {
            let said: Vec<String> = run.iter().map(|d| format!("{d}曜日")).collect();
            listed.push_str(&said.join("・"));
            i = j;
            continue;
        }
        if run.len() > 1 && chars.get(j) == Some(&'曜') && starts_word {
            let sep = chars[i + 1];
            let said: Vec<String> = run.iter().map(|d| format!("{d}曜日")).collect();
            listed.push_str(&said.join(&sep.to_string()));
            i = j + 1;
            if chars.get(i) == Some(&'日') {
                i += 1;
            }
            continue;
        }
        listed.push(chars[i]);
        i += 1;
    }
    let s = listed.as_str();
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s;
    while let Some(at) = rest.find('曜') {
        let day = rest[..at].chars().next_back();
        let after = &rest[at + '曜'.len_utf8()..];
        out.push_str(&rest[..at + '曜'.len_utf8()]);
        if day.is_some_and(|d| "月火水木金土日".contains(d)) && !after.starts_with('日') {
            out.push('日');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// 7時 → 午前7時 for the hours 6 to 11 with nothing before them that says
/// which half of the day (朝, 夜, 午前 …): a plan writes afternoon hours as
/// 13時 and later, which `one_way` has already made 午後.
fn morning(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i > start {
            let digits: String = chars[start..i].iter().collect();
            let hour: u32 = digits.parse().unwrap_or(0);
            let clock = chars.get(i) == Some(&'時') && chars.get(i + 1) != Some(&'間');
            let before: String =
                chars[..start].iter().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
            let said = ["前", "後", "朝", "夜", "夕", "晩", "方", "昼"]
                .iter()
                .any(|w| before.ends_with(w))
                || chars[..start].last().is_some_and(|c| c.is_ascii_digit() || *c == ':');
            if clock && (6..=11).contains(&hour) && !said {
                out.push_str("午前");
            }
            // 12時 with nothing before it is noon in a plan (midnight is
            // written 0時 or 24時); alone it reads as either.
            // (Not after の: よるの12時 is said already; nor in a sentence of
            // the night, 12時過ぎに就寝, 夜中12時.)
            let night = ["夜", "寝", "眠", "深夜"].iter().any(|w| s.contains(w));
            if clock && hour == 12 && !said && !before.ends_with('の') && !night {
                out.push_str("昼の");
            }
            out.push_str(&digits);
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// 月1回 → 月に1回 (not 毎月1回, not 1か月1回).
fn per_period(s: &str, unit: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find(unit) {
        let after = &rest[at + unit.len()..];
        let before = &rest[..at];
        out.push_str(before);
        out.push_str(unit);
        let prefixed = before.ends_with(|c: char| {
            c.is_ascii_digit()
                || "毎か今先来翌曜間".contains(c)
                || c.is_alphabetic() && !is_kana_or_punct(c)
        });
        if after.starts_with(|c: char| c.is_ascii_digit()) && !prefixed {
            out.push('に');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn is_kana_or_punct(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ' | 'ァ'..='ヺ' | 'ー' | '、' | '。' | '「' | '」' | '（' | '）')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_numbers_and_periods() {
        let lex = Lexicon::welfare();
        let mut c = Vec::new();
        assert_eq!(
            apply("21時～翌朝8時は滞在する。", &lex, &mut Vec::new()),
            "午後9時から翌朝8時までは滞在する。"
        );
        assert_eq!(
            apply("9時30分〜15時まで通う。", &lex, &mut Vec::new()),
            "午前9時30分から午後3時まで通う。"
        );
        assert_eq!(apply("1～2回", &lex, &mut Vec::new()), "1～2回");
        assert_eq!(
            apply("10時～14時に利用する。", &lex, &mut Vec::new()),
            "午前10時から午後2時まで利用する。"
        );
        assert_eq!(
            apply("月1回、13時から利用する。", &lex, &mut c),
            "月に1回、午後1時から利用する。"
        );
        assert_eq!(
            apply("週3回、三か月ごとに見直す。", &lex, &mut c),
            "週に3回、3か月ごとに見直す。"
        );
        assert_eq!(apply("毎月1回", &lex, &mut c), "毎月1回");
        assert_eq!(apply("3か月1回", &lex, &mut c), "3か月1回");
        // Two places in each of the first two, none in the last two.
        let listed: Vec<(&str, &str)> =
            c.iter().map(|c| (c.from.as_str(), c.to.as_str())).collect();
        assert_eq!(listed, [("月", "月に"), ("、13", "、午後1"), ("週", "週に"), ("三", "3")]);
        assert_eq!(apply("3か月後に見直す。", &lex, &mut c), "3か月たったあとに見直す。");
        assert_eq!(apply("3か月後までに通う。", &lex, &mut c), "3か月たつまでに通う。");
        assert_eq!(apply("3年後頃までに暮らす。", &lex, &mut c), "3年たつころまでに暮らす。");
        assert_eq!(apply("8時半に起きる。", &lex, &mut c), "午前8時はんに起きる。");
        assert_eq!(apply("当時半年ほど休んだ。", &lex, &mut c), "当時半年ほど休んだ。");
        assert_eq!(apply("火曜と金曜日に通う。", &lex, &mut c), "火曜日と金曜日に通う。");
        assert_eq!(apply("毎週火・木曜日に通う。", &lex, &mut c), "毎週火曜日・木曜日に通う。");
        // 毎日 and 15日 are no Sunday.
        assert_eq!(apply("毎日、月曜は早く出る。", &lex, &mut c), "毎日、月曜日は早く出る。");
        assert_eq!(apply("15日、火曜に通う。", &lex, &mut c), "15日、火曜日に通う。");
        assert_eq!(apply("3年後を目途に暮らす。", &lex, &mut c), "3年たつころまでに暮らす。");
        assert_eq!(apply("夜22時に寝る。", &lex, &mut c), "夜10時に寝る。");
        assert_eq!(
            apply("9時半から12時まで通う。", &lex, &mut c),
            "午前9時はんから昼の12時まで通う。"
        );
        assert_eq!(apply("12時間眠る。", &lex, &mut c), "12時間眠る。");
        assert_eq!(apply("12時過ぎに就寝する。", &lex, &mut c), "12時過ぎに就寝する。");
        // Each change listed where it was made.
        let mut c = Vec::new();
        apply("週2回、15時から通う。", &lex, &mut c);
        let listed: Vec<(&str, &str)> =
            c.iter().map(|c| (c.from.as_str(), c.to.as_str())).collect();
        assert_eq!(listed, [("週", "週に"), ("15", "午後3")]);
    }
}
