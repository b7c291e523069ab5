//! Nominalisations said back as verbs: 服薬の確認を行う → 服薬を確認する,
//! 体調の回復に努める → 体調が回復するようにする, and a sentence that ends
//! in one (定期的な面談の実施。) → 面談を実施する. The word rules then put
//! everyday verbs in place (確認する → 確かめる).

use super::{Change, Rule, Splice, conjugate, people};
use crate::japanese::plain::dict::{Kind, shipped};
use crate::japanese::reading::{Morpheme, morphemes};

/// する-nouns that take no object: what is before their の is their
/// subject (体調の回復 → 体調が回復する), not their object.
const INTRANSITIVE: &[&str] = &[
    "回復", "向上", "定着", "自立", "参加", "悪化", "変化", "成長", "上達", "到着", "通所", "通院",
    "通学", "入浴", "外出", "就職", "就労", "入院", "退院", "発生", "減少", "増加", "進行", "安定",
    "改善", "充実", "復職",
];

/// する-nouns of what someone does in their life: what is before their の
/// is their subject only where it names someone (本人の一人暮らし →
/// 本人が一人暮らしする); a school or a home before it (学校の卒業,
/// 小学校の入学) is where, said with a particle of its own (を, に), so
/// only 卒業 and 退所 take を and the others are left as they are.
const DONE_IN_LIFE: &[&str] =
    &["一人暮らし", "生活", "入所", "退所", "入学", "卒業", "転居", "就学", "通園", "登校", "出勤"];

/// `sentence` with its nominalisations said as verbs.
pub fn apply(sentence: &str, changes: &mut Vec<Change>) -> String {
    if !sentence.contains('の') {
        return sentence.to_string();
    }
    let ms = morphemes(sentence);
    let ends = sentence.ends_with('。');
    let mut out = Splice::new(sentence);
    let mut i = 0;
    while i + 2 < ms.len() {
        // 「来年4月の採用に向けて、…来てほしい」: someone's own words are
        // kept as they said them.
        if super::quoted_at(sentence, ms[i].span.start) {
            i += 1;
            continue;
        }
        let Some((taken, said)) = verb_at(&ms, i, ends) else {
            i += 1;
            continue;
        };
        // From the の to the last word taken: the noun before it stays.
        let (start, end) = (ms[i + 1].span.start, ms[i + taken - 1].span.end);
        out.replace(start..end, &said);
        changes.push(Change::new(Rule::Nominal, &sentence[ms[i].span.start..end], {
            format!("{}{said}", ms[i].surface)
        }));
        i += taken;
    }
    out.finish()
}

/// Whether `m` can be what a する-noun acts on or what does it: a noun
/// that names a thing, not a number, a time or a counter (週3回の入浴 is
/// not 3回を入浴する).
fn names_a_thing(m: &Morpheme, before: Option<&Morpheme>) -> bool {
    let thing = |m: &Morpheme| {
        m.pos.0 == "名詞"
            && matches!(m.pos.1.as_str(), "一般" | "サ変接続" | "固有名詞" | "形容動詞語幹")
    };
    // 事業所, 支援員: a suffix after a noun that names a thing; not 3回.
    thing(m) || (m.pos == ("名詞".into(), "接尾".into()) && before.is_some_and(thing))
}

/// The nominalisation whose noun is `ms[i]`, and how many words from
/// `ms[i]` it takes, with the text that replaces all but that noun.
fn verb_at(ms: &[Morpheme], i: usize, sentence_ends: bool) -> Option<(usize, String)> {
    let (noun, no, deed) = (&ms[i], &ms[i + 1], &ms[i + 2]);
    let sahen = deed.pos == ("名詞".into(), "サ変接続".into());
    let before = i.checked_sub(1).map(|k| &ms[k]);
    if !names_a_thing(noun, before) || no.surface != "の" || no.pos.1 != "連体化" || !sahen {
        return None;
    }
    // 関わり方の統一及び環境の調整を行う: the doing is of both; said as a
    // verb, the second alone would be done and the first left a noun.
    // (The word before the noun's whole run: 及び生活リズムの調整.)
    let run_start = ms[..i]
        .iter()
        .rposition(|m| !matches!(m.pos.0.as_str(), "名詞" | "接頭詞"))
        .map_or(0, |k| k + 1);
    // (Only after another nominalisation, の統一及び: in 面談や契約内容の
    // 説明 both nouns are what is explained.)
    let joined = run_start.checked_sub(1).filter(|&k| {
        k >= 2
            && matches!(ms[k].surface.as_str(), "及び" | "および" | "並びに" | "や")
            && ms[k - 1].pos.1 == "サ変接続"
            && ms[k - 2].surface == "の"
    });
    // 2時間おきの体位交換と、必要時の痰の吸引を行う: a doing listed with
    // と before it shares the 行う; said as a verb, the first would be left
    // a noun with nothing done to it. (Only for 行う: …の確保と…の軽減を
    // 図る is said as aimed at either way.)
    let listed = ms[..i]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, m)| !matches!(m.pos.0.as_str(), "動詞" | "助動詞") && m.surface != "。")
        .any(|(k, m)| {
            // (A doing of its own, set apart by 、: not 買い物と調理の支援,
            // one doing of two things.)
            m.surface == "と"
                && m.pos.0 == "助詞"
                && k >= 1
                && ms[k - 1].pos.1 == "サ変接続"
                && ms.get(k + 1).is_some_and(|c| c.surface == "、")
        });
    if joined.is_some() {
        return None;
    }
    let particle = if INTRANSITIVE.contains(&deed.surface.as_str()) {
        "が"
    } else if DONE_IN_LIFE.contains(&deed.surface.as_str()) {
        if people::names_someone(&noun.surface) {
            "が"
        } else if matches!(deed.surface.as_str(), "卒業" | "退所") {
            "を"
        } else {
            return None;
        }
    } else {
        "を"
    };
    let word = |k: usize| ms.get(i + k);
    let surface = |k: usize| word(k).map_or("", |m| m.surface.as_str());
    // 〜の確認を行う, 〜の確認をする: the doing is the verb.
    if surface(3) == "を"
        && let Some(does) = word(4)
        && does.pos.0 == "動詞"
        && matches!(does.base.as_str(), "行う" | "する")
        && particle == "を"
        && !listed
    {
        let form = conjugate::form_before(&does.conj_form, surface(5));
        let verb = conjugate::verb("する", "サ変・スル", &form)?;
        return Some((5, format!("を{}{verb}", deed.surface)));
    }
    // 休息日の確保を図る: to work at it is to see that it is done (を確保
    // するようにする). Not where the dictionary says it as a phrase (の軽減
    // を図る), nor after another doing listed with と or や (負担の軽減と
    // 生活費の確保を図る): said as a verb, the first would be left a noun.
    if surface(3) == "を"
        && let Some(aims) = word(4)
        && aims.base == "図る"
        && shipped().get(Kind::Phrase, &format!("の{}を図る", deed.surface)).is_none()
        && !ms[..i]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, m)| {
                !matches!(m.pos.0.as_str(), "動詞" | "助動詞") && m.surface != "、"
            })
            .any(|(k, m)| {
                matches!(m.surface.as_str(), "と" | "や")
                    && m.pos.0 == "助詞"
                    && k >= 1
                    && ms[k - 1].pos.1 == "サ変接続"
            })
    {
        let form = conjugate::form_before(&aims.conj_form, surface(5));
        let verb = conjugate::verb("する", "サ変・スル", &form)?;
        return Some((5, format!("{particle}{}するように{verb}", deed.surface)));
    }
    // 後見人等の選任を目指す: what is aimed at is the doing (後見人等を
    // 選任することを目指す), so the words rules can say it as a verb.
    if surface(3) == "を" && word(4).is_some_and(|m| matches!(m.base.as_str(), "目指す" | "めざす"))
    {
        return Some((3, format!("{particle}{}すること", deed.surface)));
    }
    // 〜の回復に努める: to try for it is to see that it happens.
    if surface(3) == "に"
        && let Some(tries) = word(4)
        && matches!(tries.base.as_str(), "努める" | "取り組む" | "努力" | "励む")
    {
        let (taken, doer) = if tries.base == "努力" && surface(5) == "する" {
            (6, word(5)?)
        } else if tries.base == "努力" {
            return None;
        } else {
            (5, tries)
        };
        let form = conjugate::form_before(&doer.conj_form, surface(taken));
        let verb = conjugate::verb("する", "サ変・スル", &form)?;
        return Some((taken, format!("{particle}{}するように{verb}", deed.surface)));
    }
    // 〜の確保に向けて: so that it happens, ように.
    if surface(3) == "に" && word(4).is_some_and(|m| m.base == "向ける") {
        // 〜の利用に向けた準備: before a noun, what is for it (するための).
        return Some(match surface(5) {
            "て" => (6, format!("{particle}{}するように", deed.surface)),
            "た" => (6, format!("{particle}{}するための", deed.surface)),
            _ => (5, format!("{particle}{}するように", deed.surface)),
        });
    }
    // 保護者の就労のため: what is for it or why, said with its verb
    // (保護者が就労するため), so the one who does it stays its subject.
    // (Only before 、, where the sentence is cut and the reason said with
    // だから; in （母の就労のため） a verb before ため reads as what for.)
    if surface(3) == "の" && surface(4) == "ため" && surface(5) == "、" {
        return Some((5, format!("{particle}{}するため", deed.surface)));
    }
    // 〜の実施が望ましい, 〜の継続が必要: what is advised or needed is
    // the doing (〜をすることが).
    if surface(3) == "が" && ["望ましい", "必要", "大切", "重要"].contains(&surface(4)) {
        return Some((4, format!("{particle}{}することが", deed.surface)));
    }
    // A sentence that ends in the nominalisation: 〜の実施。
    // Only where it is the sentence's one predicate: in a list (〜の実施と、
    // 〜の確認。) or after a verb it stays a noun.
    let alone =
        !ms[..i].iter().any(|m| m.pos.0 == "動詞" || m.pos.1 == "並立助詞" || m.surface == "と");
    if sentence_ends && alone && surface(3) == "。" && i + 4 == ms.len() {
        return Some((3, format!("{particle}{}する", deed.surface)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        apply(s, &mut Vec::new())
    }

    #[test]
    fn a_nominalisation_is_said_as_a_verb() {
        assert_eq!(plain("服薬の確認を行う。"), "服薬を確認する。");
        assert_eq!(
            plain("月に1回、事業所の見学を行い、話し合う。"),
            "月に1回、事業所を見学し、話し合う。"
        );
        assert_eq!(plain("体調の回復に努める。"), "体調が回復するようにする。");
        assert_eq!(plain("家族の休息日の確保を図る。"), "家族の休息日を確保するようにする。");
        // (A phrase of the dictionary says it; a doing listed before stays.)
        assert_eq!(plain("介護負担の軽減を図る。"), "介護負担の軽減を図る。");
        assert_eq!(
            plain("母の負担の軽減と生活費の確保を図る。"),
            "母の負担の軽減と生活費の確保を図る。"
        );
        assert_eq!(plain("後見人等の選任を目指す。"), "後見人等を選任することを目指す。");
        // Someone's own words are kept.
        assert_eq!(
            plain("「4月の採用に向けて来てほしい」と話す。"),
            "「4月の採用に向けて来てほしい」と話す。"
        );
        assert_eq!(plain("服薬の継続に取り組む。"), "服薬を継続するようにする。");
        assert_eq!(plain("定期的な面談の実施。"), "定期的な面談を実施する。");
        assert_eq!(plain("日中活動の場の確保に努める。"), "日中活動の場を確保するようにする。");
        // Of both, not of the second alone.
        assert_eq!(
            plain("関わり方の統一及び環境の調整を行う。"),
            "関わり方の統一及び環境の調整を行う。"
        );
        assert_eq!(
            plain("関わり方の統一及び生活リズムの調整を行う。"),
            "関わり方の統一及び生活リズムの調整を行う。"
        );
        assert_eq!(plain("就職の実現に向けて、練習する。"), "就職を実現するように、練習する。");
        assert_eq!(plain("制度の利用に向けた準備を進める。"), "制度を利用するための準備を進める。");
        assert_eq!(plain("保護者の就労のため、利用する。"), "保護者が就労するため、利用する。");
        assert_eq!(plain("工夫の実施が望ましい。"), "工夫を実施することが望ましい。");
    }

    #[test]
    fn a_noun_that_is_not_what_is_acted_on_is_left() {
        assert_eq!(plain("週3回の入浴の介助を行う。"), "週3回の入浴の介助を行う。");
        assert_eq!(plain("面談の実施"), "面談の実施", "a heading without 。 names a thing");
        assert_eq!(plain("本人の参加を促す。"), "本人の参加を促す。");
        assert_eq!(plain("入浴の実施と、皮膚の確認。"), "入浴の実施と、皮膚の確認。");
    }
}
