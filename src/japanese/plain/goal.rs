//! Goals said as goals: a goal field's sentence that ends in what can be
//! done or what is so (食べられます, 知っています) reads, under the easy
//! version's めざす こと, as already true. It is said as what it is to
//! become (食べられるようになります) or to be made so (知っているように
//! します). A deed (書きます, 続けます) already says what will be done.

use super::negation::potential_of;
use super::{Change, Rule};
use crate::japanese::reading::morphemes;

/// `sentence` (one polite sentence of a goal, in its written form) said as
/// a goal, the change listed.
pub fn aimed(sentence: &str, changes: &mut Vec<Change>) -> String {
    let Some(body) = sentence.strip_suffix("ます。") else {
        return sentence.to_string();
    };
    let ms = morphemes(body);
    let Some(last) = ms.last() else {
        return sentence.to_string();
    };
    let stem = &body[..last.span.start];
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

/// Whether `verb` (一段) is the potential of a verb in う (働ける of 働く):
/// its verb in う is one the analyser knows (見せる has no 見す).
fn real_potential(verb: &crate::japanese::reading::Morpheme) -> bool {
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
        assert_eq!(aim("次のことができます。"), "次のことができるようになります。");
        assert_eq!(aim("「いいよ」が言えます。"), "「いいよ」が言えるようになります。");
        assert_eq!(
            aim("全てのヘルパーが知っています。"),
            "全てのヘルパーが知っているようにします。"
        );
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
