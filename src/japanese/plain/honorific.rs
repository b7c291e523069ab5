//! 尊敬語 and 謙譲語 said in plain polite Japanese: 連絡いたします →
//! 連絡します, 確認させていただきます → 確認します, ご利用になる → 利用する.
//! A respectful word whose plain meaning depends on what is meant
//! (いらっしゃる: to be, to come or to go) is said by its context where the
//! context decides, and otherwise the sentence is left and flagged.

use super::{Change, Rule, conjugate};
use crate::japanese::reading::{Morpheme, morphemes};

/// Respectful and humble verbs with one plain meaning, by dictionary form:
/// the plain verb and its conjugation type.
const ONE_MEANING: &[(&str, &str, &str)] = &[
    ("いたす", "する", "サ変・スル"),
    ("致す", "する", "サ変・スル"),
    ("なさる", "する", "サ変・スル"),
    ("おる", "いる", "一段"),
    ("申す", "言う", "五段・ワ行促音便"),
    ("申し上げる", "言う", "五段・ワ行促音便"),
    ("申しあげる", "言う", "五段・ワ行促音便"),
    ("おっしゃる", "言う", "五段・ワ行促音便"),
    ("仰る", "言う", "五段・ワ行促音便"),
    ("差し上げる", "あげる", "一段"),
    ("さしあげる", "あげる", "一段"),
    ("くださる", "くれる", "一段"),
    ("下さる", "くれる", "一段"),
];

/// Respectful and humble verbs whose plain meaning is not one word: the
/// sentence is flagged unless [`by_context`] decides.
const MANY_MEANINGS: &[&str] = &[
    "いらっしゃる",
    "参る",
    "まいる",
    "伺う",
    "うかがう",
    "召し上がる",
    "召しあがる",
    "めしあがる",
    "存じる",
    "存ずる",
    "承る",
    "いただく",
    "頂く",
];

/// The plain verb for a respectful word of many meanings, when the words
/// around it decide which: after て it helps another verb (話していらっし
/// ゃる: いる; 続けて参ります: いく; 教えていただく: もらう); after を,
/// 伺う is to ask (話を伺う: 聞く) and いただく to be given (資料を
/// いただく: もらう); after に or へ, 伺う and 参る are to go (自宅に伺う).
fn by_context(base: &str, before: Option<&Morpheme>) -> Option<(&'static str, &'static str)> {
    let before = before.map_or("", |m| m.surface.as_str());
    let after_te = matches!(before, "て" | "で");
    match base {
        "いらっしゃる" if after_te => Some(("いる", "一段")),
        // ご家族がいらっしゃる: to be there. After に or へ it may be to come
        // or to go.
        "いらっしゃる" if matches!(before, "が" | "は" | "も") => Some(("いる", "一段")),
        "参る" | "まいる" if after_te => Some(("いく", "五段・カ行促音便")),
        "参る" | "まいる" | "伺う" | "うかがう" if matches!(before, "に" | "へ") => {
            Some(("行く", "五段・カ行促音便"))
        }
        "伺う" | "うかがう" if before == "を" => Some(("聞く", "五段・カ行イ音便")),
        "いただく" | "頂く" if after_te || before == "を" => {
            Some(("もらう", "五段・ワ行促音便"))
        }
        _ => None,
    }
}

/// `sentence` with its respectful and humble words said plainly, or the
/// word that could not be said plainly without guessing.
pub fn apply(sentence: &str, changes: &mut Vec<Change>) -> Result<String, String> {
    let ms = morphemes(sentence);
    let mut out = String::with_capacity(sentence.len());
    let mut at = 0;
    let mut i = 0;
    while i < ms.len() {
        let Some((taken, plain)) = plain_at(&ms, i)? else {
            i += 1;
            continue;
        };
        let (start, end) = (ms[i].span.start, ms[i + taken - 1].span.end);
        out.push_str(&sentence[at..start]);
        out.push_str(&plain);
        changes.push(Change::new(Rule::Honorific, &sentence[start..end], plain));
        at = end;
        i += taken;
    }
    out.push_str(&sentence[at..]);
    Ok(out)
}

/// The plain words for the respectful words starting at `ms[i]`, and how
/// many words they take; `Err` with the word when its meaning is not
/// decided by its context.
fn plain_at(ms: &[Morpheme], i: usize) -> Result<Option<(usize, String)>, String> {
    let m = &ms[i];
    let at = |k: usize| ms.get(i + k);
    let next_of = |k: usize| at(k).map_or("", |n| n.surface.as_str());
    let verb_form = |v: &Morpheme, k: usize| conjugate::form_before(&v.conj_form, next_of(k));
    let honorific_prefix = m.pos.0 == "接頭詞" && matches!(m.surface.as_str(), "お" | "ご" | "御");
    if honorific_prefix && let Some(word) = at(1) {
        // The word under the prefix as a verb in `form`: お伝え → 伝え…,
        // ご説明 → 説明し….
        let said = |form: &str| -> Option<String> {
            if word.pos.0 == "動詞" && word.conj_form == "連用形" {
                conjugate::verb(&word.base, &word.conj_type, form)
            } else if word.pos == ("名詞".into(), "サ変接続".into()) {
                Some(format!("{}{}", word.surface, conjugate::verb("する", "サ変・スル", form)?))
            } else {
                None
            }
        };
        // お伝えする, ご説明いたします: the verb in する's form.
        if let Some(suru) = at(2)
            && suru.pos.0 == "動詞"
            && matches!(suru.base.as_str(), "する" | "いたす" | "致す")
            && let Some(plain) = said(&verb_form(suru, 3))
        {
            return Ok(Some((3, plain)));
        }
        // お読みになる, ご利用になります: the verb in なる's form.
        if let (Some(ni), Some(naru)) = (at(2), at(3))
            && ni.surface == "に"
            && naru.base == "なる"
        {
            let plain = if word.surface == "覧" {
                conjugate::verb("見る", "一段", &verb_form(naru, 4))
            } else {
                said(&verb_form(naru, 4))
            };
            if let Some(plain) = plain {
                return Ok(Some((4, plain)));
            }
        }
        // お待ちください → 待ってください, ご連絡ください → 連絡してください.
        if let Some(kudasai) = at(2)
            && matches!(kudasai.surface.as_str(), "ください" | "下さい")
            && let Some(stem) = said("連用タ接続")
        {
            let te = if stem.ends_with('ん') || word.conj_type.contains("ガ行") {
                "で"
            } else {
                "て"
            };
            return Ok(Some((3, format!("{stem}{te}{}", kudasai.surface))));
        }
    }
    // お伝えします, read as one noun お伝え: the verb 伝える in する's form.
    // お願いします is itself the plain polite way to ask.
    if m.pos == ("名詞".into(), "サ変接続".into())
        && m.surface != "お願い"
        && let Some(stem) = m.surface.strip_prefix('お').or_else(|| m.surface.strip_prefix('ご'))
        && let Some(suru) = at(1).filter(|s| matches!(s.base.as_str(), "する" | "いたす" | "致す"))
    {
        let form = verb_form(suru, 2);
        let as_verb = morphemes(&format!("{stem}ます"));
        let plain = match as_verb.first() {
            Some(v) if v.pos.0 == "動詞" && v.surface == stem => {
                conjugate::verb(&v.base, &v.conj_type, &form)
            }
            _ => conjugate::verb("する", "サ変・スル", &form).map(|s| format!("{stem}{s}")),
        };
        if let Some(plain) = plain {
            return Ok(Some((2, plain)));
        }
    }
    // 拝見する, ご覧: 見る.
    if m.surface == "拝見"
        && let Some(suru) = at(1).filter(|s| s.base == "する")
        && let Some(plain) = conjugate::verb("見る", "一段", &verb_form(suru, 2))
    {
        return Ok(Some((2, plain)));
    }
    if m.pos.0 != "動詞" {
        return Ok(None);
    }
    // 確認させていただく, 使わせていただきます: the verb itself.
    if let (Some(seru), Some(te), Some(itadaku)) = (at(1), at(2), at(3))
        && matches!(seru.base.as_str(), "せる" | "させる")
        && te.surface == "て"
        && matches!(itadaku.base.as_str(), "いただく" | "頂く")
        && let Some(plain) = conjugate::verb(&m.base, &m.conj_type, &verb_form(itadaku, 4))
    {
        return Ok(Some((4, plain)));
    }
    // くださる's imperative (〜てください) is already plain polite.
    if m.conj_form.starts_with("命令") {
        return Ok(None);
    }
    let before = i.checked_sub(1).map(|k| &ms[k]);
    let plain = ONE_MEANING
        .iter()
        .find(|(word, _, _)| *word == m.base)
        .map(|(_, plain, conj)| (*plain, *conj))
        .or_else(|| by_context(&m.base, before));
    match plain {
        Some((plain, conj)) => {
            let form = verb_form(m, 1);
            Ok(conjugate::verb(plain, conj, &form).map(|p| (1, p)))
        }
        None if MANY_MEANINGS.contains(&m.base.as_str()) => Err(m.surface.clone()),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> Result<String, String> {
        apply(s, &mut Vec::new())
    }

    #[test]
    fn humble_and_respectful_words_are_said_plainly() {
        for (formal, said) in [
            ("事業所に連絡いたします。", "事業所に連絡します。"),
            ("ご本人の意向を確認させていただきます。", "ご本人の意向を確認します。"),
            ("作業所に通っております。", "作業所に通っています。"),
            ("ご家族がいらっしゃる時に面談します。", "ご家族がいる時に面談します。"),
            ("計画の内容をお伝えします。", "計画の内容を伝えます。"),
            ("サービスをご利用になる。", "サービスを利用する。"),
            ("担当者からご説明いたします。", "担当者から説明します。"),
            ("変わったことがあればご連絡ください。", "変わったことがあれば連絡してください。"),
            ("自宅に伺い、お話を伺います。", "自宅に行き、お話を聞きます。"),
            ("一緒に考えて参ります。", "一緒に考えていきます。"),
            ("通帳を見せていただいた。", "通帳を見せてもらった。"),
        ] {
            assert_eq!(plain(formal).as_deref(), Ok(said), "{formal}");
        }
    }

    #[test]
    fn a_word_of_many_meanings_is_not_guessed() {
        assert_eq!(plain("夕食を召し上がる。"), Err("召し上がる".to_string()));
        assert_eq!(plain("事業所にいらっしゃる。"), Err("いらっしゃる".to_string()));
    }
}
