//! Goals said as goals: a goal field's sentence that ends in what can be
//! done or what is so (食べられます, 知っています) reads, under the easy
//! version's めざす こと, as already true. It is said as what it is to
//! become (食べられるようになります) or to be made so (知っているように
//! します). A deed (書きます, 続けます) already says what will be done.
//! And in a report, what was done: a deed's noun at a sentence's end
//! (体験利用を実施。) said as done.

use super::negation::potential_of;
use super::{Change, Rule};
use crate::japanese::reading::morphemes;

/// `sentence` (one polite sentence of a goal, in its written form) said as
/// a goal, the change listed.
pub fn aimed(sentence: &str, changes: &mut Vec<Change>) -> String {
    let Some(ms) = super::before_masu(sentence) else {
        return sentence.to_string();
    };
    let Some(last) = ms.last() else {
        return sentence.to_string();
    };
    let stem = &sentence[..last.span.start];
    // 知って|い, 通って|い: a state.
    let state = last.base == "いる"
        && last.pos.1 == "非自立"
        && ms.len() >= 2
        && matches!(ms[ms.len() - 2].surface.as_str(), "て" | "で");
    let able = last.base == "できる"
        || (last.base == "られる" || last.base == "れる") && last.pos.1 == "接尾"
        || last.pos.0 == "動詞" && last.conj_type == "一段" && real_potential(last);
    let aimed = if state {
        format!("{stem}いるようにします。")
    } else if able && last.conj_form == "連用形" {
        // 働け → 働ける, でき → できる: the 一段 dictionary form.
        format!("{stem}{}ようになります。", last.base)
    } else {
        return sentence.to_string();
    };
    changes.push(Change::new(Rule::Ending, sentence, aimed.clone()));
    aimed
}

/// `sentence` of a report said as done where it ends in a deed's noun
/// with its object (体験利用を実施。, 目標をほぼ達成。): in a report that
/// noun says what was done (実施した), not what is to be.
pub fn done(sentence: &str, changes: &mut Vec<Change>) -> String {
    let Some(body) = sentence.strip_suffix('。') else { return sentence.to_string() };
    let ms = morphemes(body);
    let n = ms.len();
    // (通所, 通院 and 通学 are deeds the analyser takes for plain nouns.)
    let deed = ms.last().is_some_and(|m| {
        m.pos == ("名詞".into(), "サ変接続".into())
            || ["通所", "通院", "通学"].contains(&m.surface.as_str())
    });
    // After a particle (を, は) or a manner (ほぼ達成, 休まず通所): not
    // after の (面談の実施 names a deed), nor inside a compound noun.
    let said_of = n >= 2
        && (ms[n - 2].pos.0 == "助詞" && ms[n - 2].surface != "の"
            || ms[n - 2].pos.0 == "副詞"
            || ms[n - 2].pos.0 == "助動詞" && ms[n - 2].surface == "ず");
    // (Not what goes on or is to come: 今後も見守りを継続。, 引き続き支援。)
    const ON: &[&str] = &["今後", "引き続き", "これから", "次回", "来月", "来年", "継続"];
    if !deed || !said_of || ON.iter().any(|w| body.contains(w)) {
        return sentence.to_string();
    }
    let said = format!("{body}した。");
    changes.push(Change::new(Rule::Ending, sentence, said.clone()));
    said
}

/// Whether `verb` (一段) is the potential of a verb in う (働ける of 働く):
/// its verb in う is one the analyser knows (見せる has no 見す).
fn real_potential(verb: &crate::japanese::reading::Morpheme) -> bool {
    // (Verbs of their own that look like one: やめる, とめる, 育てる.
    // A verb written in kana alone is not judged: the list is in kanji.)
    const OWN: &[&str] = &["止める", "辞める", "育てる", "決める", "見せる", "集める", "始める"];
    if OWN.contains(&verb.base.as_str()) || !crate::japanese::kana::has_kanji(&verb.base) {
        return false;
    }
    potential_of(verb).is_some_and(|godan| {
        let ms = morphemes(&godan);
        ms.len() == 1 && ms[0].pos.0 == "動詞" && ms[0].base == godan
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aim(s: &str) -> String {
        aimed(s, &mut Vec::new())
    }

    #[test]
    fn what_can_be_done_or_is_so_is_said_as_to_become() {
        assert_eq!(aim("母が安心して働けます。"), "母が安心して働けるようになります。");
        assert_eq!(aim("部屋の中を一人で動けます。"), "部屋の中を一人で動けるようになります。");
        assert_eq!(aim("ご飯を食べられます。"), "ご飯を食べられるようになります。");
        assert_eq!(aim("ゴミをためないで暮らせます。"), "ゴミをためないで暮らせるようになります。");
        assert_eq!(aim("次のことができます。"), "次のことができるようになります。");
        assert_eq!(aim("「いいよ」が言えます。"), "「いいよ」が言えるようになります。");
        assert_eq!(
            aim("全てのヘルパーが知っています。"),
            "全てのヘルパーが知っているようにします。"
        );
    }

    #[test]
    fn a_report_says_a_deed_noun_at_the_end_as_done() {
        let done = |s: &str| super::done(s, &mut Vec::new());
        assert_eq!(done("体験利用を実施。"), "体験利用を実施した。");
        assert_eq!(done("目標をほぼ達成。"), "目標をほぼ達成した。");
        assert_eq!(done("週5日、休まず通所。"), "週5日、休まず通所した。");
        // 面談の実施 names a deed; a noun that is no deed is left.
        assert_eq!(done("定期的な面談の実施。"), "定期的な面談の実施。");
        assert_eq!(done("今の方針を続ける。"), "今の方針を続ける。");
    }

    #[test]
    fn a_deed_or_a_goal_said_already_is_left() {
        for s in [
            "絵を見せます。",
            "記事を書きます。",
            "薬を飲むことを続けます。",
            "遊べるようになります。",
            "入院しないで過ごします。",
        ] {
            assert_eq!(aim(s), s);
        }
    }
}
