//! Double negatives undone: 忘れないわけではない → 忘れることもある,
//! 飲まなければならない → 飲む. One the engine has no plain way to say
//! (休まずにはいられない) leaves the sentence as it was, flagged.

use super::{Change, Rule, Splice, conjugate};
use crate::japanese::reading::{Morpheme, morphemes};

/// What a double negative says, plainly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Says {
    /// 〜ないわけではない, 〜ないことはない: it does happen, sometimes.
    Sometimes,
    /// 〜ないとは限らない: it may happen.
    Maybe,
    /// 〜なければならない, 〜ないといけない: it is to be done.
    Must,
    /// 〜ざるを得ない, 〜ないわけにはいかない: it will have to be done.
    HasTo,
    /// 〜ずにはいられない: no plain way that keeps its meaning.
    Unsaid,
}

impl Says {
    /// How to say it plainly, as the readability checker's fix hint.
    fn hint(self) -> &'static str {
        match self {
            Says::Sometimes => "〜することもある・ある程度できる",
            Says::Maybe => "〜かもしれない",
            Says::Must => "〜する必要がある",
            Says::HasTo => "〜するしかない",
            Says::Unsaid => "どうしても〜したい",
        }
    }
}

/// Every double negative in kana (as a sentence's reading writes it), with
/// the plain way to say it: the readability checker finds with the same
/// table this rule undoes with.
pub(crate) fn double_negatives() -> impl Iterator<Item = (&'static str, &'static str)> {
    // The checker matches a sentence's reading, all kana: a pattern with
    // kanji in it (〜状況である) could never be found there.
    PATTERNS
        .iter()
        .filter(|(p, _)| p.chars().all(|c| ('ぁ'..='ゖ').contains(&c)))
        .map(|(p, says)| (*p, says.hint()))
}

/// The double negatives after a verb's 未然形, in their plain (ない) and
/// polite (ません) endings; 訳, 無い, 限ら and 得 are also matched as
/// written in kanji.
const PATTERNS: &[(&str, Says)] = &[
    ("ないわけではない", Says::Sometimes),
    ("ないわけでもない", Says::Sometimes),
    ("ないわけではありません", Says::Sometimes),
    ("ないわけでもありません", Says::Sometimes),
    ("ないことはない", Says::Sometimes),
    ("ないこともない", Says::Sometimes),
    ("ないことはありません", Says::Sometimes),
    ("ないこともありません", Says::Sometimes),
    ("なくはない", Says::Sometimes),
    ("なくもない", Says::Sometimes),
    ("ないとはかぎらない", Says::Maybe),
    ("ないとはかぎりません", Says::Maybe),
    ("なければならない", Says::Must),
    ("なければなりません", Says::Must),
    ("なければいけない", Says::Must),
    ("なければいけません", Says::Must),
    ("なくてはならない", Says::Must),
    ("なくてはなりません", Says::Must),
    ("なくてはいけない", Says::Must),
    ("なくてはいけません", Says::Must),
    ("ないといけない", Says::Must),
    ("ないといけません", Says::Must),
    ("ざるをえない状況にある", Says::HasTo),
    ("ざるをえない状況にあります", Says::HasTo),
    ("ざるをえない状況である", Says::HasTo),
    ("ざるをえない状況です", Says::HasTo),
    ("ざるをえない状況だ", Says::HasTo),
    ("ざるをえない", Says::HasTo),
    // 行わざるを得なくなっている: the same, and it has come to that.
    ("ざるをえなく", Says::HasTo),
    ("ざるをえません", Says::HasTo),
    // 難しいと言わざるを得ず、: the same, joining what follows.
    ("ざるをえず", Says::HasTo),
    ("ないわけにはいかない", Says::HasTo),
    // 増やさないわけにはいかず、: the same, joining what follows.
    ("ないわけにはいかず", Says::HasTo),
    ("ないわけにはいきません", Says::HasTo),
    ("ずにはいられない", Says::Unsaid),
    ("ずにはいられません", Says::Unsaid),
    ("ないではいられない", Says::Unsaid),
    ("ないではいられません", Says::Unsaid),
];

/// How a pattern may be written: each kana spelling and its kanji one.
const SPELLINGS: &[(&str, &str)] =
    &[("わけ", "訳"), ("かぎら", "限ら"), ("かぎり", "限り"), ("え", "得")];

/// Whether `text` starts with `pattern` as written or with a kanji
/// spelling of its parts, and how many bytes it takes.
fn starts_with(text: &str, pattern: &str) -> Option<usize> {
    if text.starts_with(pattern) {
        return Some(pattern.len());
    }
    // The sentence-final ない written 無い, and the kanji spellings.
    let mut spelled = pattern.to_string();
    for (kana, kanji) in SPELLINGS {
        spelled = spelled.replace(kana, kanji);
    }
    let mut candidates = vec![spelled.clone()];
    candidates.extend(spelled.strip_suffix("ない").map(|stem| format!("{stem}無い")));
    candidates.into_iter().find(|c| text.starts_with(c)).map(|c| c.len())
}

/// `sentence` with its double negatives undone, or the double negative
/// that has no plain way to be said.
pub fn apply(sentence: &str, changes: &mut Vec<Change>) -> Result<String, String> {
    // Every pattern starts with な, ざ or ず: most sentences need no
    // analysis.
    if !["ない", "なけれ", "なく", "ざる", "ずに", "無い"].iter().any(|p| sentence.contains(p))
    {
        return Ok(sentence.to_string());
    }
    let ms = morphemes(sentence);
    let mut out = Splice::new(sentence);
    for (i, verb) in ms.iter().enumerate() {
        // 「訓練はきついが、行きたくないわけではない」: someone's own words
        // are kept as they said them, their hedge with them.
        if !out.ahead(verb.span.start) || super::quoted_at(sentence, verb.span.start) {
            continue;
        }
        // 意欲がないわけではない → 意欲もある: the negative is the adjective
        // ない itself, and its subject's が or は becomes も.
        if let Some((start, len, plain)) = there_is(sentence, &ms, i)
            && out.ahead(start)
        {
            let end = verb.span.end + len;
            out.replace(start..end, &plain);
            changes.push(Change::new(Rule::Negation, &sentence[start..end], plain));
            continue;
        }
        let Some(next) = ms.get(i + 1) else { break };
        // 楽しくないわけではない: it is so at times (楽しいこともある); an
        // adjective's negative said of the adjective.
        if verb.pos.0 == "形容詞"
            && verb.conj_form.starts_with("連用")
            && verb.base != "ない"
            && let Some((len, polite)) = PATTERNS.iter().find_map(|(p, says)| {
                // (Only わけではない: 難しくなくはない is left to the writer.)
                (*says == Says::Sometimes && p.contains("わけ"))
                    .then(|| starts_with(&sentence[next.span.start..], p))
                    .flatten()
                    .map(|len| (len, polite(p)))
            })
        {
            let end = next.span.start + len;
            let plain = format!("{}こともあ{}", verb.base, if polite { "ります" } else { "る" });
            changes.push(Change::new(Rule::Negation, &sentence[verb.span.start..end], &plain));
            out.replace(verb.span.start..end, &plain);
            continue;
        }
        // 登校したくないわけではない: the wish is there too (登校したい気持ち
        // もある), said of the wish, not of the deed.
        // (Not after 全く or 決して, which would be left before a yes: the
        // sentence is left to the writer.)
        if verb.pos.0 == "助動詞"
            && verb.base == "たい"
            && verb.surface == "たく"
            && at_all(&ms, i).is_none()
            && !ms[..i].iter().any(|m| {
                matches!(
                    m.surface.as_str(),
                    "決して" | "けっして" | "必ずしも" | "全く" | "まったく" | "全然" | "ぜんぜん"
                )
            })
            && let Some((len, polite)) = PATTERNS.iter().find_map(|(p, says)| {
                (*says == Says::Sometimes)
                    .then(|| starts_with(&sentence[next.span.start..], p))
                    .flatten()
                    .map(|len| (len, polite(p)))
            })
        {
            let end = next.span.start + len;
            let plain = format!("たい気持ちも{}", if polite { "あります" } else { "ある" });
            changes.push(Change::new(Rule::Negation, &sentence[verb.span.start..end], &plain));
            out.replace(verb.span.start..end, &plain);
            continue;
        }
        if !is_stem(verb) {
            continue;
        }
        let rest = &sentence[next.span.start..];
        let Some((len, says, polite)) = PATTERNS
            .iter()
            .find_map(|(p, says)| starts_with(rest, p).map(|len| (len, *says, polite(p))))
        else {
            continue;
        };
        let end = next.span.start + len;
        let formal = &sentence[verb.span.start..end];
        if says == Says::Unsaid {
            return Err(formal.to_string());
        }
        // 減らせなくはない: the analyser reads 減ら|せ (減る made to), but
        // it is as well 減らせる, the potential of 減らす: can be reduced.
        if says == Says::Sometimes
            && let Some(godan) = i.checked_sub(1).and_then(|k| sa_potential(&ms[k], verb))
        {
            let start = ms[i - 1].span.start;
            let plain = format!(
                "{godan}ことは{}",
                if polite { "ある程度できます" } else { "ある程度できる" }
            );
            changes.push(Change::new(Rule::Negation, &sentence[start..end], plain.clone()));
            out.replace(start..end, &plain);
            continue;
        }
        // 続けられないわけではない: it can be done to some degree (ある程度
        // 続けられる), ある程度 before the verb the potential is of. Not
        // where someone is named by whom (母に見られない…): a passive.
        // (Only られる after a 一段 or カ変 verb: after a 五段 verb (叱られ)
        // or する (指摘され) it is a passive, never can.)
        if says == Says::Sometimes
            && verb.pos.1 == "接尾"
            && verb.base == "られる"
            && let Some(stem) = i.checked_sub(1).map(|k| &ms[k]).filter(|v| {
                v.pos.0 == "動詞"
                    && (v.conj_type == "一段" || v.conj_type.starts_with("カ変"))
                    && v.span.end == verb.span.start
                    && out.ahead(v.span.start)
            })
            && !ms[..i].iter().rev().take_while(|m| m.surface != "、").any(|m| {
                m.pos.0 == "助詞" && matches!(m.surface.as_str(), "に" | "から" | "により")
            })
        {
            let can = if polite { "ます" } else { "る" };
            let plain = format!("ある程度{}{}{can}", stem.surface, verb.surface);
            changes.push(Change::new(
                Rule::Negation,
                &sentence[stem.span.start..end],
                plain.clone(),
            ));
            out.replace(stem.span.start..end, &plain);
            continue;
        }
        let joins = ["なく", "かず", "えず", "得ず"].iter().any(|e| rest[..len].ends_with(e));
        let Some(plain) = undone(verb, says, polite, joins) else {
            continue;
        };
        // 家事を全くしないわけではない: it is done sometimes, and 全く,
        // which only strengthened the negative, goes with it (left, it
        // would say 全くすることもある).
        let (start, said) = match at_all(&ms, i)
            .filter(|k| says == Says::Sometimes && out.ahead(ms[*k].span.start))
        {
            Some(k) => {
                out.replace(ms[k].span.clone(), "");
                (ms[k].span.start, format!("{}{plain}", &sentence[ms[k].span.end..verb.span.start]))
            }
            None => (verb.span.start, plain.clone()),
        };
        // 理解できないわけではない: ある程度 goes before the する-noun
        // (ある程度理解できる), not between it and できる.
        if let Some(noun) = i.checked_sub(1).map(|k| &ms[k]).filter(|n| {
            n.pos == ("名詞".into(), "サ変接続".into())
                && n.span.end == verb.span.start
                && plain.starts_with("ある程度")
                && out.ahead(n.span.start)
        }) {
            let said = format!("ある程度{}{}", noun.surface, &plain["ある程度".len()..]);
            out.replace(noun.span.start..end, &said);
            changes.push(Change::new(Rule::Negation, &sentence[noun.span.start..end], said));
            continue;
        }
        // 一人でできなくはない → 一人で、ある程度できる: right after で,
        // ある would be read with it (一人である, "is alone").
        let plain = match i.checked_sub(1).map(|k| &ms[k]) {
            Some(de)
                if de.surface == "で"
                    && de.span.end == verb.span.start
                    && plain.starts_with("ある") =>
            {
                format!("、{plain}")
            }
            _ => plain,
        };
        out.replace(verb.span.start..end, &plain);
        changes.push(Change::new(Rule::Negation, &sentence[start..end], said));
    }
    let out = out.finish();
    // One this could not undo (after an adjective: 難しくなくはない) is not
    // left in a suggestion unmarked.
    // (Not one inside someone's own words, kept as they said them.)
    if let Some(left) = left_in(&super::unquoted(&out)) {
        return Err(left);
    }
    Ok(out)
}

/// The adverb that strengthens a negative (全く, 少しも) in the clause of
/// the verb at `ms[i]` (家事を全くしない, 全く家事をしない).
fn at_all(ms: &[Morpheme], i: usize) -> Option<usize> {
    const AT_ALL: &[&str] =
        &["全く", "まったく", "全然", "ぜんぜん", "一切", "いっさい", "少しも", "すこしも"];
    let clause = ms[..i]
        .iter()
        .rposition(|m| m.surface == "、" || matches!(m.pos.0.as_str(), "動詞" | "助動詞"))
        .map_or(0, |k| k + 1);
    (clause..i).rev().find(|&k| AT_ALL.contains(&ms[k].surface.as_str()))
}

/// The double negative whose first negative is the adjective ない at
/// `ms[i]` (意欲がないわけではない, 事故がないとは限らない): the byte its
/// subject's particle starts at, the length of the pattern after ない, and
/// the plain words from that particle on (もある, があるかもしれない).
fn there_is(sentence: &str, ms: &[Morpheme], i: usize) -> Option<(usize, usize, String)> {
    let m = &ms[i];
    // 不安がなくはない: the adjective's なく starts the pattern too.
    if m.pos.0 != "形容詞"
        || m.base != "ない"
        || !matches!(m.surface.as_str(), "ない" | "なく")
        || i == 0
    {
        return None;
    }
    let particle = &ms[i - 1];
    // (Or も after こと: 行くこともなくはない, it does happen. Not after 何
    // or 一度, 何もない, a total negative.)
    let after_koto = i >= 2 && ms[i - 2].surface == "こと";
    if !(matches!(particle.surface.as_str(), "が" | "は") || particle.surface == "も" && after_koto)
    {
        return None;
    }
    let rest = &sentence[m.span.start..];
    let (len, says, polite) = PATTERNS
        .iter()
        .find_map(|(p, says)| starts_with(rest, p).map(|len| (len, *says, polite(p))))?;
    let there =
        |plain: &'static str, polite_form: &'static str| if polite { polite_form } else { plain };
    let plain = match says {
        Says::Sometimes => format!("も{}", there("ある", "あります")),
        Says::Maybe => format!("が{}", there("あるかもしれない", "あるかもしれません")),
        _ => return None,
    };
    Some((particle.span.start, len - m.surface.len(), plain))
}

/// The first double negative in `text`, if any.
fn left_in(text: &str) -> Option<String> {
    text.char_indices().find_map(|(at, _)| {
        PATTERNS.iter().find_map(|(p, _)| {
            starts_with(&text[at..], p).map(|len| text[at..at + len].to_string())
        })
    })
}

/// Whether a pattern ends politely (〜ません, 〜状況です).
fn polite(pattern: &str) -> bool {
    ["ません", "ます", "です"].iter().any(|e| pattern.ends_with(e))
}

/// Whether `m` is a verb (or a verb's ending: 食べられ) in the form a
/// negative follows.
fn is_stem(m: &Morpheme) -> bool {
    (m.pos.0 == "動詞" || (m.pos.0 == "助動詞" && m.conj_type.starts_with("一段")))
        && m.conj_form.starts_with("未然")
}

/// The 五段 verb `verb` is the potential of (歩く for 歩ける): a 一段 verb
/// in え and る whose 五段 verb in う the analyser knows, and not one of
/// the everyday verbs of their own that look the same (伝える, 続ける).
pub(crate) fn potential_of(verb: &Morpheme) -> Option<String> {
    const E_TO_U: &[(char, char)] = &[
        ('け', 'く'),
        ('げ', 'ぐ'),
        ('せ', 'す'),
        ('て', 'つ'),
        ('ね', 'ぬ'),
        ('べ', 'ぶ'),
        ('め', 'む'),
        ('れ', 'る'),
        ('え', 'う'),
    ];
    let stem = verb.base.strip_suffix('る')?;
    let last = stem.chars().last()?;
    let (_, u) = E_TO_U.iter().find(|(e, _)| *e == last)?;
    let godan = format!("{}{u}", &stem[..stem.len() - last.len_utf8()]);
    // Verbs of their own, most that do something to something, paired
    // with one in う that happens (続ける, 続く), or that happen (切れる):
    // not potentials. Those a plan may say with a double negative.
    const DOING: &[&str] = &[
        "伝える",
        "付ける",
        "向ける",
        "進める",
        "任せる",
        "知らせる",
        "合わせる",
        "済ませる",
        "込める",
        "詰める",
        "添える",
        "整える",
        "揃える",
        "構える",
        "支える",
        "休める",
        "切れる",
        "売れる",
        "折れる",
        "取れる",
        "割れる",
        "抜ける",
        "溶ける",
        "分かれる",
        "揺れる",
        "明ける",
        "欠ける",
        "助ける",
        "浮かべる",
        "傾ける",
        "含める",
        "沈める",
        "温める",
        "慰める",
        "染める",
        "叶える",
        "告げる",
        "役立てる",
        "寝かせる",
        "聞かせる",
        "掛ける",
        "避ける",
        "解ける",
        "求める",
        "触れる",
        "恐れる",
        "忘れる",
        "続ける",
        "つける",
        "開ける",
        "育てる",
        "立てる",
        "建てる",
        "並べる",
        "届ける",
        "片付ける",
        "止める",
        "入れる",
        "空ける",
        "焼ける",
    ];
    let known = morphemes(&godan).first().is_some_and(|m| {
        m.surface == godan && m.pos.0 == "動詞" && m.conj_type.starts_with("五段")
    });
    (verb.conj_type == "一段" && !DOING.contains(&verb.base.as_str()) && known).then_some(godan)
}

/// The 五段 verb in す whose potential `stem` and `seru` (減ら|せ) also
/// are (減らす), where the analyser knows it.
fn sa_potential(stem: &Morpheme, seru: &Morpheme) -> Option<String> {
    if seru.base != "せる" || seru.pos.1 != "接尾" || stem.pos.0 != "動詞" {
        return None;
    }
    // Only where making it happen and doing it are one (減ら, 延ば, 増や:
    // 減らせる is both); not 飲ませる (to make someone drink) or する's
    // さ (外出させる).
    if !stem.conj_type.starts_with("五段") || !stem.surface.ends_with(['ら', 'ば', 'や']) {
        return None;
    }
    let godan = format!("{}す", stem.surface);
    morphemes(&godan)
        .first()
        .is_some_and(|m| m.surface == godan && m.pos.0 == "動詞" && m.conj_type.starts_with("五段"))
        .then_some(godan)
}

/// The plain way to say `verb` with a double negative that `says`, polite
/// when the negative was.
/// With `joins`, the negative is in a form that joins what follows (〜を
/// 得なくなる, 〜いかず、): only 〜しかなく says that.
fn undone(verb: &Morpheme, says: Says, polite: bool, joins: bool) -> Option<String> {
    let base = &verb.base;
    if joins {
        return (says == Says::HasTo).then(|| format!("{base}しかなく"));
    }
    let end = |plain: &str, polite_form: &str| if polite { polite_form } else { plain }.to_string();
    Some(match says {
        // 理解していないわけではない: it is so (理解している), a state, not
        // one that is so sometimes.
        Says::Sometimes if base == "いる" && verb.pos.1 == "非自立" => end("いる", "います"),
        // できないわけではない: it can be done, not that it sometimes is.
        Says::Sometimes if base == "できる" => format!("ある程度{}", end("できる", "できます")),
        // 一人での通所を認めないわけではない: a hedged yes, not one given
        // now and then (認めることもある).
        Says::Sometimes if matches!(base.as_str(), "認める" | "許す" | "受け入れる") => {
            let polite_form = conjugate::verb(base, &verb.conj_type, "連用形")
                .map_or_else(|| base.to_string(), |r| format!("{r}ます"));
            format!("ある程度{}", if polite { polite_form } else { base.to_string() })
        }
        // 歩けないことはない: it can be done, to a degree (歩くことはある程度
        // できる: the hedge kept), not that
        // it sometimes is. A verb in え and る may be a potential (歩ける)
        // or a verb of its own (伝える), which `potential_of` knows by
        // list.
        // 達成できていると言えなくはない: it may be said (言ってもよい);
        // 言うことはある程度できる would be about the reader's saying.
        Says::Sometimes if potential_of(verb).as_deref() == Some("言う") => {
            format!("言っても{}", end("よい", "よいです"))
        }
        Says::Sometimes if let Some(godan) = potential_of(verb) => {
            format!("{godan}ことは{}", end("ある程度できる", "ある程度できます"))
        }
        // 叱られないわけではない (a passive, someone named): no plain way
        // that keeps it; the sentence is left to the specialist.
        Says::Sometimes if verb.pos.1 == "接尾" => return None,
        Says::Sometimes => format!("{base}ことも{}", end("ある", "あります")),
        Says::Maybe => format!("{base}かも{}", end("しれない", "しれません")),
        // 休まざるを得ない: there is no other way (休むしかない).
        Says::HasTo => format!("{base}しか{}", end("ない", "ありません")),
        // 飲まなければならない: it is needed, said as such (飲む alone
        // would say it is done).
        Says::Must => format!("{base}必要が{}", end("ある", "あります")),
        Says::Unsaid => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> Result<String, String> {
        apply(s, &mut Vec::new())
    }

    #[test]
    fn double_negatives_are_undone() {
        for (formal, said) in [
            ("服薬を忘れないわけではない。", "服薬を忘れることもある。"),
            ("外出しないことはありません。", "外出することもあります。"),
            ("体調を崩さないとは限らない。", "体調を崩すかもしれない。"),
            ("毎日薬を飲まなければならない。", "毎日薬を飲む必要がある。"),
            ("自分で連絡しなければなりません。", "自分で連絡する必要があります。"),
            ("休まざるを得ない時は連絡する。", "休むしかない時は連絡する。"),
            ("自己管理ができないわけではないが、", "自己管理がある程度できるが、"),
            ("延ばすことはできないことはない。", "延ばすことはある程度できる。"),
            ("薬を続けないことはない。", "薬を続けることもある。"),
            ("休まざるを得ない状況である。", "休むしかない。"),
            ("兄が代わりに行わざるを得なくなっている。", "兄が代わりに行うしかなくなっている。"),
            ("一人暮らしへの不安がなくはない。", "一人暮らしへの不安もある。"),
            ("指示を理解できないわけではない。", "指示をある程度理解できる。"),
            ("服薬の必要性を理解していないわけではないが、", "服薬の必要性を理解しているが、"),
            ("一人暮らしを続けられないわけではないが、", "一人暮らしをある程度続けられるが、"),
            ("一人で食べられないことはありません。", "一人である程度食べられます。"),
            ("難しいと言わざるを得ず、進める。", "難しいと言うしかなく、進める。"),
            ("日数を増やさないわけにはいかず、", "日数を増やすしかなく、"),
            ("家族が介助を行わざるを得ない状況にある。", "家族が介助を行うしかない。"),
            ("働く意欲がないわけではないが、", "働く意欲もあるが、"),
            ("飛び出しがないとは限らない。", "飛び出しがあるかもしれない。"),
            ("家事を全くしないわけではないが、", "家事をすることもあるが、"),
            ("全く外出しないわけではない。", "外出することもある。"),
            ("本人が登校したくないわけではない。", "本人が登校したい気持ちもある。"),
            ("一人での通所を認めないわけではない。", "一人での通所をある程度認める。"),
            ("仕事は楽しくないわけではない。", "仕事は楽しいこともある。"),
            ("全く家事をしないわけではない。", "家事をすることもある。"),
        ] {
            assert_eq!(plain(formal).as_deref(), Ok(said), "{formal}");
        }
        assert_eq!(plain("まだ決まらない。").as_deref(), Ok("まだ決まらない。"));
    }

    #[test]
    fn a_double_negative_with_no_plain_way_is_not_guessed() {
        assert_eq!(plain("つい確かめずにはいられない。"), Err("確かめずにはいられない".into()));
        // Someone's own words keep their hedge, and are no reason to leave
        // the sentence.
        assert_eq!(
            plain("本人は「行きたくないわけではない」と話す。"),
            Ok("本人は「行きたくないわけではない」と話す。".into())
        );
        assert_eq!(plain("説明が難しくなくはない。"), Err("なくはない".into()));
        // A passive with whom named: 叱られることもある would be a guess.
        assert_eq!(plain("母に叱られないわけではない。"), Err("ないわけではない".into()));
        assert_eq!(plain("時々叱られないわけではない。"), Err("ないわけではない".into()));
        assert_eq!(plain("私語を指摘されないわけではない。"), Err("ないわけではない".into()));
        // 飲ませ is made to drink, not a potential of 飲ます.
        assert_eq!(plain("薬を飲ませないわけではない。"), Err("ないわけではない".into()));
    }

    #[test]
    fn what_can_be_done_stays_what_can_be_done() {
        for (formal, said) in [
            ("一人で歩けないことはない。", "一人で歩くことはある程度できる。"),
            ("時間を減らせなくはないが、", "時間を減らすことはある程度できるが、"),
            ("時間を延ばせなくはない。", "時間を延ばすことはある程度できる。"),
            ("電車に乗れないことはありません。", "電車に乗ることはある程度できます。"),
            // 伝える is a verb of its own, not the potential of 伝う.
            ("気持ちを伝えないことはない。", "気持ちを伝えることもある。"),
        ] {
            assert_eq!(plain(formal).as_deref(), Ok(said), "{formal}");
        }
    }
}
