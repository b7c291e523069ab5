//! 尊敬語 and 謙譲語 said in plain polite Japanese: 連絡いたします →
//! 連絡します, 確認させていただきます → 確認します, ご利用になる → 利用する.
//! A respectful word whose plain meaning depends on what is meant
//! (いらっしゃる: to be, to come or to go) is said by its context where the
//! context decides, and otherwise the sentence is left and flagged.

use super::{Change, Rule, Splice, conjugate, names_a_time, people};
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

/// Respectful and humble verbs whose plain meaning is not one word, with
/// their meanings: the sentence is flagged unless [`by_context`] decides.
const MANY_MEANINGS: &[(&str, &str)] = &[
    ("参る", "行く・来る"),
    ("まいる", "行く・来る"),
    ("伺う", "聞く・行く"),
    ("うかがう", "聞く・行く"),
    ("召し上がる", "食べる・飲む"),
    ("召しあがる", "食べる・飲む"),
    ("めしあがる", "食べる・飲む"),
    ("存じる", "知る・思う"),
    ("存ずる", "知る・思う"),
    ("承る", "聞く・受ける"),
    ("いただく", "もらう・食べる"),
    ("頂く", "もらう・食べる"),
];

/// Respectful words this rule says by their own arms (いらっしゃる by
/// [`irassharu`], 拝見する and ご覧ください / ご覧になる in [`plain_at`]),
/// with their meanings.
const SAID_APART: &[(&str, &str)] =
    &[("いらっしゃる", "いる・行く・来る"), ("拝見", "見る"), ("ご覧", "見る"), ("御覧", "見る")];

/// The everyday word for a respectful or humble word, by its dictionary
/// form: the readability checker finds with the same tables this rule
/// rewrites with. Not くださる, whose 〜ください is already plain polite
/// (the checker sees no forms to tell them apart).
pub(crate) fn everyday(base: &str) -> Option<&'static str> {
    if matches!(base, "くださる" | "下さる") {
        return None;
    }
    ONE_MEANING
        .iter()
        .map(|(word, plain, _)| (*word, *plain))
        .chain(MANY_MEANINGS.iter().copied())
        .chain(SAID_APART.iter().copied())
        .find_map(|(word, plain)| (word == base).then_some(plain))
}

/// The case particle (を, に, へ) nearest before a verb in its clause,
/// past adverbs (丁寧に伺う: the を of 意向を丁寧に伺う).
fn nearest_case(before: &[Morpheme]) -> &str {
    for m in before.iter().rev() {
        if m.surface == "、" || matches!(m.pos.0.as_str(), "動詞" | "助動詞") {
            break;
        }
        if m.pos.1 == "格助詞" && matches!(m.surface.as_str(), "を" | "に" | "へ") {
            return &m.surface;
        }
    }
    ""
}

/// The plain verb for a respectful word of many meanings, when the words
/// before it decide which: after て it helps another verb (続けて参ります:
/// いく; 教えていただく: もらう); with を, 伺う is to ask (意向を伺う: 聞く)
/// and いただく to be given (資料をいただく: もらう); with に or へ, 伺う and
/// 参る are to go (事業所に伺う: 行く; to the reader, 来る).
fn by_context(base: &str, before: &[Morpheme]) -> Option<(&'static str, &'static str)> {
    let after_te = before.last().is_some_and(|m| matches!(m.surface.as_str(), "て" | "で"));
    let case = nearest_case(before);
    // 自宅に伺う, 週に1回伺う: the writer visits the reader, who reads it
    // as coming (来る, which no later rule can take for 行う as it may
    // 行って). Not to another place (事業所に伺う: 行く).
    let to_the_reader = || {
        // The nearest に or へ in the verb's own clause.
        let clause = before
            .iter()
            .rposition(|m| m.surface == "、" || matches!(m.pos.0.as_str(), "動詞" | "助動詞"))
            .map_or(0, |k| k + 1);
        let at = before[clause..]
            .iter()
            .rposition(|m| matches!(m.surface.as_str(), "に" | "へ") && m.pos.1 == "格助詞")
            .map(|k| k + clause);
        let place = at.and_then(|k| k.checked_sub(1)).map(|k| before[k].surface.as_str());
        match place {
            // 改めて伺います: to ask or to visit; not guessed.
            None => false,
            Some(p) => {
                ["週", "月", "年", "日", "回"].iter().any(|t| p.ends_with(t))
                    // The reader's own home; not 実家 or 姉宅.
                    || ["自宅", "家", "お宅", "住まい", "部屋", "ホーム", "グループホーム"].contains(&p)
            }
        }
    };
    // …話していたことを訪問時に伺った: with an object in its clause, 伺う
    // is to hear, though a time's に (訪問時に) is nearer; not where the
    // nearest に or へ is a place (目的に自宅へ伺う).
    let clause: Vec<&Morpheme> = before
        .iter()
        .rev()
        .take_while(|m| m.surface != "、" && !matches!(m.pos.0.as_str(), "動詞" | "助動詞"))
        .collect();
    // (Or what one hears, said with も or は: 家族の心配も伺いながら.)
    const HEARD: &[&str] =
        &["心配", "意見", "意向", "話", "気持ち", "要望", "希望", "思い", "考え", "不安", "声"];
    let object = clause.iter().any(|m| m.surface == "を" && m.pos.1 == "格助詞")
        || clause.windows(2).any(|w| {
            matches!(w[0].surface.as_str(), "も" | "は")
                && w[0].pos.0 == "助詞"
                && HEARD.contains(&w[1].surface.as_str())
        });
    let to_a_place = clause
        .windows(2)
        .find(|w| matches!(w[0].surface.as_str(), "に" | "へ") && w[0].pos.1 == "格助詞")
        .is_some_and(|w| {
            !["時", "際", "中", "後", "前", "日", "月", "週", "年", "回"]
                .iter()
                .any(|t| w[1].surface.ends_with(t))
        });
    // ご家族様から伺った: from someone, to hear (a time's に before it,
    // 訪問時に, is no place to go to).
    let from_someone = before.len() >= 2
        && before[before.len() - 1].surface == "から"
        && people::names_someone(&before[before.len() - 2].surface);
    match base {
        "伺う" | "うかがう" if (object && !to_a_place) || from_someone => {
            Some(("聞く", "五段・カ行イ音便"))
        }
        "伺う" | "うかがう" if to_the_reader() => Some(("来る", "カ変・来ル")),
        "参る" | "まいる" if after_te => Some(("いく", "五段・カ行促音便")),
        "参る" | "まいる" | "伺う" | "うかがう" if matches!(case, "に" | "へ") => {
            Some(("行く", "五段・カ行促音便"))
        }
        // 面談で伺ったところ: one is not visited "at" something; 伺う
        // right after で is to hear.
        "伺う" | "うかがう"
            if before.last().is_some_and(|m| m.surface == "で" && m.pos.1 == "格助詞") =>
        {
            Some(("聞く", "五段・カ行イ音便"))
        }
        // …持てるようになったと伺った: what was said, heard.
        "伺う" | "うかがう"
            if before.last().is_some_and(|m| m.surface == "と" && m.pos.0 == "助詞")
                && before.len() >= 2
                && matches!(
                    before[before.len() - 2].pos.0.as_str(),
                    "助動詞" | "動詞" | "形容詞"
                ) | (before[before.len() - 2].surface == "」") =>
        {
            Some(("聞く", "五段・カ行イ音便"))
        }
        // 奥様から伺った: from someone, 伺う is to hear (not 3時から伺う,
        // from a time).
        "伺う" | "うかがう"
            if before.len() >= 2
                && before[before.len() - 1].surface == "から"
                && before[before.len() - 1].pos.1 == "格助詞"
                && people::names_someone(&before[before.len() - 2].surface) =>
        {
            Some(("聞く", "五段・カ行イ音便"))
        }
        "いただく" | "頂く" if after_te || case == "を" => {
            Some(("もらう", "五段・ワ行促音便"))
        }
        _ => None,
    }
}

/// Verbs whose れる is respect, not a passive, by dictionary form: those
/// that take no object, and 話す, which a plan only says of someone's
/// saying (「…」と話された).
const NO_OBJECT: &[&str] = &[
    "取り組む",
    "励む",
    "通う",
    "頑張る",
    "がんばる",
    "なる",
    "過ごす",
    "行く",
    "来る",
    "帰る",
    "休む",
    "働く",
    "暮らす",
    "住む",
    "慣れる",
    "歩く",
    "出かける",
    "起きる",
    "寝る",
    "戻る",
    // A plan reports what someone said: 「…」と話された is respect.
    "話す",
];

/// する-nouns that take no object (参加される is respect).
const NO_OBJECT_NOUNS: &[&str] = &[
    "参加", "通所", "通院", "通学", "外出", "入院", "退院", "生活", "就職", "就労", "入所", "帰宅",
    "転倒", "転居", "来所", "退所", "入学", "卒業", "退職", "休職", "復職", "帰省", "外泊", "受診",
    // They take an object, but in a plan 希望される is only ever said of
    // a person, with respect.
    "希望", "要望",
    // No one has an assent or an ease done to them: 納得される is respect.
    // (Not 同意 or 承諾, which take what is agreed to: 申請が承諾された.)
    "納得", "安心", "満足", // Nor a confusion: 混乱された際は is respect.
    "混乱",
];

/// Whether the clause that `before` ends names who did it (家族から,
/// 職員により): then the れる after the verb is a passive (家族から要望
/// された), not respect.
fn agent_named(before: &[Morpheme]) -> bool {
    // (reversed: w[1] is the word before the particle w[0])
    let from_a_time =
        |w: &[&Morpheme]| w[0].surface == "から" && w.get(1).is_some_and(|t| names_a_time(t));
    let clause: Vec<&Morpheme> = before.iter().rev().take_while(|m| m.surface != "、").collect();
    (0..clause.len()).any(|k| {
        let w = &clause[k..(k + 2).min(clause.len())];
        // (胃ろうからの注入: a から that names a thing, not a doer.)
        let of_a_thing = k > 0 && clause[k - 1].surface == "の";
        w[0].pos.0 == "助詞"
            && matches!(w[0].surface.as_str(), "から" | "により" | "によって")
            && !from_a_time(w)
            && !of_a_thing
    })
}

/// Whether the clause that `before` ends says the one it is about does it
/// of their own accord (自分から挨拶される): no passive can say that, so
/// the れる after the verb is respect.
fn on_their_own(before: &[Morpheme]) -> bool {
    // Only up to the last deed before it: 自分から話しかけたが無視された
    // is done on their own, and then done to them.
    let self_judged =
        before.iter().any(|b| matches!(b.surface.as_str(), "自己判断" | "自己" | "自分"));
    before
        .windows(2)
        .rev()
        .take_while(|w| w[1].surface != "、" && !matches!(w[1].pos.0.as_str(), "動詞" | "助動詞"))
        .any(|w| {
            w[0].surface == "自分" && w[1].surface == "から"
                // 自己判断で中断された: by one's own judgement.
                || matches!(w[0].surface.as_str(), "自己判断" | "判断")
                    && w[1].surface == "で"
                    && self_judged
        })
}

/// Whether `m` is a verb of showing or giving out (大声を出される, 不安を
/// 示される) with what one shows of oneself as its object and no one named
/// who does it to the person: no one suffers a showing, so the れる is
/// respect. Not what is given out to them (薬を出される), nor verbs of
/// harm (財布を盗まれる), which are passives with or without a doer.
fn shows_with_object(m: &Morpheme, before: &[Morpheme]) -> bool {
    // (五段 verbs only: the rule it serves matches れる, not られる.)
    const SHOWS: &[&str] = &["出す", "示す", "表す"];
    // What a person shows of themselves: a voice, a feeling, a will.
    const OF_ONESELF: &[&str] = &[
        "声",
        "大声",
        "奇声",
        "不安",
        "意欲",
        "関心",
        "興味",
        "意思",
        "意向",
        "表情",
        "拒否",
        "拒否感",
        "抵抗",
        "怒り",
        "気持ち",
        "希望",
        "反応",
        "感情",
        "サイン",
        "笑顔",
        "難色",
        "理解",
        "同意",
        "緊張",
        "元気",
        "やる気",
    ];
    let clause = own_clause(before);
    // (reversed: the word before を comes after it)
    SHOWS.contains(&m.base.as_str())
        && clause.windows(2).any(|w| {
            w[0].surface == "を"
                && w[0].pos.1 == "格助詞"
                && OF_ONESELF.iter().any(|o| w[1].surface.ends_with(o))
        })
        && !done_by_someone(&clause)
}

/// Whether a clause (its words nearest first, [`own_clause`]) names who
/// does its deed to the one it is about: から, により, or someone with に
/// (職員に注意される).
fn done_by_someone(clause: &[&Morpheme]) -> bool {
    // (reversed: w[0] is the particle, w[1] the word before it)
    clause.windows(2).any(|w| {
        w[0].pos.0 == "助詞"
            && (matches!(w[0].surface.as_str(), "から" | "により" | "によって")
                || w[0].surface == "に" && people::names_someone(&w[1].surface))
    })
}

/// Whether `before` names someone with respect (ご本人, お母様, 奥様): a
/// text that does speaks of them with respect throughout.
fn honoured_in(before: &[Morpheme]) -> bool {
    before.windows(2).any(|w| {
        (w[0].pos.0 == "接頭詞" && matches!(w[0].surface.as_str(), "ご" | "お"))
            && people::names_someone(&w[1].surface)
            || people::names_someone(&w[0].surface) && w[0].surface.ends_with('様')
    })
}

/// Whether `word` (with the `prefix` word before it, if any) is said with
/// respect: お父様, ご家族, 奥さま, or ご and 本人 apart.
fn named_with_respect(word: &Morpheme, prefix: Option<&Morpheme>) -> bool {
    ["様", "さま"].iter().any(|e| word.surface.ends_with(e))
        || ["お", "ご", "御"].iter().any(|p| word.surface.starts_with(p))
        || prefix.is_some_and(|p| {
            p.pos.0 == "接頭詞" && matches!(p.surface.as_str(), "ご" | "お" | "御")
        })
}

/// Whether `m` is 望む or 願う with someone set off before it as the one
/// who wishes (お父様は、…ことを強く望まれている): then the れる is respect.
/// With no one named (早めの受診が望まれる) it says what is advisable.
fn wished_by_someone(m: &Morpheme, before: &[Morpheme]) -> bool {
    // Within its own clause (not 本人は嫌がっているが、早めの受診が望まれ
    // る), with what is wished as its object (を), not its subject (が).
    let clause: Vec<&Morpheme> = before
        .iter()
        .rev()
        .take_while(|w| w.surface != "、" && !matches!(w.pos.0.as_str(), "動詞" | "助動詞"))
        .collect();
    // (Or what is wished is said before と, お父様は、二人が…ようになって
    // ほしいと望まれている: only where who wishes is named with respect, or
    // the wish names its own subject or is one's own (〜たいと). 本人は、
    // …なってほしいと望まれている is a passive: others wish it of them.)
    let quoted = before.last().is_some_and(|w| w.surface == "と" && w.pos.0 == "助詞")
        && (before.len() >= 2 && before[before.len() - 2].base == "たい"
            // (ご両親は: the ご a word of its own.)
            || before.windows(2).enumerate().any(|(k, w)| {
                let prefix = k.checked_sub(1).map(|p| &before[p]);
                w[1].surface == "は" && w[1].pos.1 == "係助詞" && named_with_respect(&w[0], prefix)
            })
            || before
                .iter()
                .rev()
                .skip(1)
                .take_while(|w| w.surface != "、")
                .any(|w| w.surface == "が" && w.pos.1 == "格助詞"));
    ["望む", "願う"].contains(&m.base.as_str())
        && (quoted || clause.iter().any(|w| w.surface == "を" && w.pos.1 == "格助詞"))
        && !clause.iter().any(|w| w.surface == "が" && w.pos.1 == "格助詞")
        && before.windows(2).any(|w| {
            w[1].surface == "は" && w[1].pos.1 == "係助詞" && people::names_someone(&w[0].surface)
        })
}

/// Whether `ms[i]` is a verb of showing or of one's own will said with
/// れる before the one it is about, named with respect (表情や指差しで
/// 示されるご本人の思い, ご本人の望まれる暮らし is said apart): what the
/// person shows or wishes is theirs; no one shows it to them. Not verbs of
/// what is done to someone (叱られるご本人の気持ち is a passive).
fn shown_by_honoured_after(ms: &[Morpheme], i: usize) -> bool {
    const OWN: &[&str] =
        &["示す", "表す", "出す", "望む", "願う", "選ぶ", "話す", "思う", "感じる"];
    let after = |k: usize| ms.get(i + k);
    OWN.contains(&ms[i].base.as_str())
        && after(1).is_some_and(|r| r.base == "れる" && r.conj_form == "基本形")
        && after(2).is_some_and(|w| {
            w.pos.0 == "接頭詞"
                && matches!(w.surface.as_str(), "ご" | "お")
                && after(3).is_some_and(|p| people::names_someone(&p.surface))
                || people::names_someone(&w.surface) && named_with_respect(w, None)
        })
}

/// Whether `m` is a deed of one's own will (望む, 選ぶ, 話す) whose
/// subject, in its own clause, is someone named with respect (ご本人が,
/// お母様が): ご本人が望まれるペース is the pace they wish, and no one is
/// wished or chosen by the person in a plan. Not with an object or a doer
/// in the clause (ご本人が職員に注意される is done to them).
fn willed_by_honoured(m: &Morpheme, before: &[Morpheme]) -> bool {
    const WILLED: &[&str] =
        &["望む", "願う", "選ぶ", "決める", "話す", "言う", "思う", "考える", "感じる", "好む"];
    // (Through a deed joined by て: お姉様が泊まり込んで対応された is hers.)
    let clause = clause_through_te(before);
    // (reversed: w[1] is the word before the particle w[0], w[2] before it)
    let honoured = |w: &[&Morpheme]| {
        people::names_someone(&w[1].surface) && named_with_respect(w[1], w.get(2).copied())
    };
    // Deeds of one's own done with a thing (同じ質問を繰り返される, 掲示を
    // 確認される, お母様が送迎される, お姉様が泊まり込んで対応された):
    // after someone named with respect in the clause, with or without an
    // object, respect.
    const OWN_DEEDS: &[&str] = &["繰り返す", "続ける"];
    const OWN_DEED_NOUNS: &[&str] =
        &["確認", "送迎", "利用", "持参", "管理", "記録", "準備", "対応"];
    // (Not of the person: ご本人は職員2名で対応された, ご本人が…職員の車で
    // 送迎された are the care they receive, passives.)
    let deed_noun = m.base == "する"
        && before.last().is_some_and(|n| OWN_DEED_NOUNS.contains(&n.surface.as_str()));
    let own_deed = OWN_DEEDS.contains(&m.base.as_str()) || deed_noun;
    let the_person = |w: &[&Morpheme]| people::THE_PERSON.iter().any(|p| w[1].surface.ends_with(p));
    (WILLED.contains(&m.base.as_str()) || own_deed)
        && (0..clause.len().saturating_sub(1)).any(|k| {
            let w = &clause[k..(k + 3).min(clause.len())];
            matches!(w[0].surface.as_str(), "が" | "は")
                && w[0].pos.0 == "助詞"
                && honoured(w)
                && !(deed_noun && the_person(w))
        })
        && !clause.iter().enumerate().any(|(k, w)| {
            // (A に of a doer only, for a deed of one's own: 年に2回 is when.)
            let doer = clause.get(k + 1).is_some_and(|d| {
                people::names_someone(&d.surface) || people::names_a_body(&d.surface)
            });
            w.pos.0 == "助詞"
                && (matches!(w.surface.as_str(), "から" | "により" | "によって")
                    || w.surface == "に" && (!own_deed || doer)
                    || w.surface == "を" && !own_deed)
        })
}

/// Whether `m` asks or complains in words quoted just before it, with no
/// one named who does it to them (「あした、せんせいくる？」と何度も尋ねられ
/// る, 「痛い」と訴えられた): the one it is about says the quote, so the
/// られる is respect, neither a passive nor can.
fn quoted_asking(ms: &[Morpheme], i: usize) -> bool {
    // (Not 聞く: 「何歳？」と聞かれても is asked of them.)
    const ASKS: &[&str] = &["尋ねる", "訴える"];
    let m = &ms[i];
    // 「隣から悪口が聞こえる」と夜中に何度も電話をされ: a call made to say
    // the quote, the same (電話を, then the quote's と before it).
    let phoned =
        m.base == "する" && i >= 2 && ms[i - 1].surface == "を" && ms[i - 2].surface == "電話";
    if !ASKS.contains(&m.base.as_str()) && !phoned {
        return false;
    }
    let clause = own_clause(&ms[..i]);
    // (reversed: w[1] is the word before the particle w[0])
    // (The quote's と is the verb's nearest case: not …との感想が聞かれた,
    // where what is heard is the subject.)
    let quote_at = |k: usize| {
        clause[k].surface == "と" && clause.get(k + 1).is_some_and(|q| q.surface.ends_with('」'))
    };
    let quoted = if phoned {
        // (After 電話を: the next case is the quote's, with no other between.)
        clause
            .iter()
            .skip(2)
            .position(|w| w.pos.1 == "格助詞" && w.surface != "に")
            .is_some_and(|k| quote_at(k + 2))
    } else {
        clause.iter().position(|w| w.pos.1 == "格助詞").is_some_and(quote_at)
    };
    quoted && !done_by_someone(&clause) && asked_as_told(ms, i)
}

/// Whether `m` is the する of …を…とされる after someone named with respect
/// (ご本人は手話を第一言語とされている): one holds a thing as something of
/// their own; no one suffers a regarding with an object, so the れる is
/// respect. Not with no one honoured (手話を第一言語とされる, what is held).
fn regarded_with_respect(m: &Morpheme, before: &[Morpheme]) -> bool {
    let clause = own_clause(before);
    m.base == "する"
        && clause.first().is_some_and(|t| t.surface == "と" && t.pos.0 == "助詞")
        && clause.iter().any(|w| w.surface == "を" && w.pos.1 == "格助詞")
        && honoured_in(before)
}

/// Whether `m` is the する of a doing no one does to another (夜更かしを
/// されていた, 無理をされる): its れる is respect.
fn done_of_oneself(m: &Morpheme, before: &[Morpheme]) -> bool {
    const OWN: &[&str] = &["夜更かし", "無理", "我慢", "散歩", "昼寝", "早起き", "寝坊", "遠慮"];
    let [.., what, wo] = before else { return false };
    m.base == "する" && wo.surface == "を" && OWN.contains(&what.surface.as_str())
}

/// Whether the られる after the asking at `i` tells what they did, not a
/// case of being asked (尋ねられても, 尋ねられると, 尋ねられること).
fn asked_as_told(ms: &[Morpheme], i: usize) -> bool {
    let next = |k: usize| ms.get(i + k).map_or("", |m| m.surface.as_str());
    // (…尋ねられるとのこと is what was heard of it.)
    let when = next(2) == "と" && next(3) != "の";
    !(next(2) == "て" && next(3) == "も" || when || matches!(next(2), "ば" | "こと"))
}

/// The words of the clause `before` ends, nearest first, back to its
/// 、 or to the last verb.
fn own_clause(before: &[Morpheme]) -> Vec<&Morpheme> {
    clause(before, false)
}

/// [`own_clause`], and on through each verb joined to it by て or で
/// (泊まり込んで, 有給休暇を取って): a chain of deeds shares its subject.
fn clause_through_te(before: &[Morpheme]) -> Vec<&Morpheme> {
    clause(before, true)
}

/// The words of the clause `before` ends, nearest first, back to its 、
/// or to the last verb (`through_te`: a verb joined by て or で does not
/// end it).
fn clause(before: &[Morpheme], through_te: bool) -> Vec<&Morpheme> {
    let verb = |w: &Morpheme| matches!(w.pos.0.as_str(), "動詞" | "助動詞");
    let mut out = Vec::new();
    let mut words = before.iter().rev().peekable();
    while let Some(w) = words.next() {
        if w.surface == "、" || verb(w) {
            break;
        }
        out.push(w);
        if through_te && w.pos.1 == "接続助詞" && matches!(w.surface.as_str(), "て" | "で") {
            while let Some(v) = words.next_if(|v| verb(v)) {
                out.push(v);
            }
        }
    }
    out
}

/// Whether `m` is a deed done with a thing of one's own (点字を使われない,
/// 薬を飲まれる, 手を痛められた, 母を亡くされた) whose れる is respect. The
/// same words say a harm done to someone (貯金を使われていた, 悪口を書かれ
/// た), so only where the thing is one's own means, body or family, or the
/// sentence names the one it is about with respect (ご本人は, お母様が).
fn used_with_respect(m: &Morpheme, before: &[Morpheme]) -> bool {
    const DONE_WITH: &[&str] =
        &["亡くす", "痛める", "使う", "飲む", "読む", "持つ", "吸う", "好む", "楽しむ", "崩す"];
    // One's own means, body or family: no one does a harm with them.
    const OWN: &[&str] = &[
        "点字",
        "薬",
        "車いす",
        "車椅子",
        "杖",
        "補聴器",
        "眼鏡",
        "手",
        "足",
        "腰",
        "体調",
        "調子",
        "膝",
        "肩",
        "母",
        "父",
        "お母様",
        "お父様",
        "ご主人",
        "奥様",
        "妻",
        "夫",
    ];
    let clause = own_clause(before);
    let object = clause
        .windows(2)
        .find(|w| w[0].surface == "を" && w[0].pos.1 == "格助詞")
        .map(|w| w[1].surface.as_str());
    let honoured = honoured_in(before);
    DONE_WITH.contains(&m.base.as_str())
        // (五段 only, whose れる no potential shares; and 痛める, of which
        // 手を痛められた says no can.)
        && (m.conj_type.starts_with("五段") || m.base == "痛める")
        && object.is_some_and(|o| honoured || OWN.iter().any(|w| o.ends_with(w)))
        && !clause.iter().any(|w| {
            w.pos.0 == "助詞" && matches!(w.surface.as_str(), "に" | "から" | "により" | "によって")
        })
}

/// Whether `m` is the する of a worry (…を心配されている) with what it is
/// about as its object: no one is worried about with を, so the れる is
/// respect. With が (再発が心配される) it says what is feared. (Not 期待:
/// 成長を期待されている is what others expect of them.)
fn feels_about(m: &Morpheme, before: &[Morpheme]) -> bool {
    const FEELINGS: &[&str] = &["心配", "懸念"];
    let Some((noun, rest)) = before.split_last() else { return false };
    m.base == "する"
        && FEELINGS.contains(&noun.surface.as_str())
        && rest.last().is_some_and(|w| w.surface == "を" && w.pos.1 == "格助詞")
}

/// Whether `ms[i]` is the helping くる of …てこられた after a deed that is
/// no going or coming (これまで築いてこられた): the られる is respect. After
/// a going (帰ってこられる) or before ようになる it says can.
fn came_with_respect(ms: &[Morpheme], i: usize) -> bool {
    const MOVES: &[&str] =
        &["帰る", "戻る", "行く", "来る", "通う", "歩く", "出る", "逃げる", "入る", "上がる"];
    let m = &ms[i];
    let deed = i.checked_sub(2).map(|k| &ms[k]);
    m.base == "くる"
        && m.pos.1 == "非自立"
        && i >= 1
        && matches!(ms[i - 1].surface.as_str(), "て" | "で")
        && deed.is_some_and(|d| d.pos.0 == "動詞" && !MOVES.contains(&d.base.as_str()))
        && ms.get(i + 1).is_some_and(|r| r.base == "られる" && r.pos.1 == "接尾")
        && ms.get(i + 2).is_some_and(|n| matches!(n.surface.as_str(), "た" | "て"))
}

/// Whether the verb `m` (after the word `before`) takes no object.
fn takes_no_object(m: &Morpheme, before: Option<&Morpheme>) -> bool {
    if m.base == "する" {
        return before.is_some_and(|b| NO_OBJECT_NOUNS.contains(&b.surface.as_str()));
    }
    // よくなる, 慣れる: a compound in なる too.
    // 取り組む is read 取り + 組む.
    let compound = before.map(|b| format!("{}{}", b.surface, m.base)).unwrap_or_default();
    NO_OBJECT.contains(&m.base.as_str())
        || NO_OBJECT.contains(&compound.as_str())
        || m.base.ends_with("なる")
}

/// いらっしゃる in each of its forms, as written; the analyser does not
/// know all of them (いらっしゃり), so they are found in the text. Each
/// with the same form of いる.
const IRASSHARU: &[(&str, &str)] = &[
    ("いらっしゃる", "いる"),
    ("いらっしゃれ", "いれ"),
    ("いらっしゃり", "い"),
    ("いらっしゃい", "い"),
    ("いらっしゃっ", "い"),
    ("いらっしゃら", "い"),
];

/// `sentence` with いらっしゃる said as いる where it means to be: after て
/// (話していらっしゃる) or after its subject (ご家族がいらっしゃる). After
/// に or へ it may as well be to come or to go: the word is returned.
fn irassharu(sentence: &str, changes: &mut Vec<Change>) -> Result<String, String> {
    let mut out = String::with_capacity(sentence.len());
    let mut rest = sentence;
    while let Some(at) = rest.find("いらっしゃ") {
        let Some((formal, plain)) = IRASSHARU.iter().find(|(f, _)| rest[at..].starts_with(f))
        else {
            out.push_str(&rest[..at + "いらっしゃ".len()]);
            rest = &rest[at + "いらっしゃ".len()..];
            continue;
        };
        let before = format!("{out}{}", &rest[..at]);
        // (ほとんど自室にいらっしゃり: staying in one's own room or home
        // one is there; without how long, 自室にいらっしゃり may be going.)
        let at_home =
            ["自室に", "自宅に", "居室に", "寝室に", "部屋に"].iter().any(|p| before.ends_with(p))
                && ["ほとんど", "ずっと", "いつも", "一日中", "終日"]
                    .iter()
                    .any(|w| before.contains(w));
        let is_there = before.ends_with(['て', 'で', 'が', 'は', 'も']) || at_home;
        if !is_there {
            return Err("いらっしゃる".to_string());
        }
        out.push_str(&rest[..at]);
        // 話していらっしゃり、: いて、 (い、 alone is no word).
        let plain = match (*formal, rest[at + formal.len()..].starts_with('、')) {
            ("いらっしゃり" | "いらっしゃい", true) => "いて",
            _ => plain,
        };
        out.push_str(plain);
        changes.push(Change::new(Rule::Honorific, *formal, plain));
        rest = &rest[at + formal.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `sentence` with its respectful and humble words said plainly, or the
/// word that could not be said plainly without guessing.
pub fn apply(
    sentence: &str,
    options: &super::Options,
    changes: &mut Vec<Change>,
) -> Result<String, String> {
    let names_the_person = !options.others_before;
    let sentence = irassharu(sentence, changes)?;
    let ms = morphemes(&sentence);
    let mut out = Splice::new(&sentence);
    let mut i = 0;
    // Whether a respect was taken from a first clause that names no one:
    // 点字を使われないので、… said 点字を使わないので would read as no
    // one's, or the writer's; the respect said it was the person's.
    let mut unnamed = false;
    while i < ms.len() {
        let Some((taken, plain)) = plain_at(&ms, i)? else {
            i += 1;
            continue;
        };
        let respect = taken >= 2
            && ms[i].pos.0 == "動詞"
            && ms[i + 1].pos.1 == "接尾"
            && matches!(ms[i + 1].base.as_str(), "れる" | "られる");
        // (Only where the verb ends its clause, not one inside a noun's,
        // これまで築いてこられたつながり: the sentence's subject is another.)
        let ends_clause = ms[i + taken..]
            .iter()
            .find(|m| m.pos.0 != "助動詞")
            .is_none_or(|m| m.pos.0 == "記号" || m.pos.1 == "接続助詞");
        // (Not a request to the one addressed, 同じにされたい → してほしい.)
        // (Nor a worry, …を心配されている: whose it is, the text before knows.)
        let worry = i >= 1 && feels_about(&ms[i], &ms[..i]);
        if respect
            && ends_clause
            && !worry
            && !plain.contains("ほしい")
            && !ms[..i].iter().any(|m| {
                m.surface == "、"
                    || m.pos.0 == "助詞" && matches!(m.surface.as_str(), "は" | "が" | "も")
            })
            && !ms.iter().any(|m| people::names_someone(&m.surface) || m.surface.ends_with('様'))
        {
            unnamed = true;
        }
        let (start, end) = (ms[i].span.start, ms[i + taken - 1].span.end);
        let plain = if ms.get(i + taken).is_some_and(|m| m.surface == "、") {
            joined(plain)
        } else {
            plain
        };
        out.replace(start..end, &plain);
        changes.push(Change::new(Rule::Honorific, &sentence[start..end], plain));
        i += taken;
    }
    let mut plain = out.finish();
    // 困った点は事業所へお伝えいただく, in the person's own role: what they
    // are asked to do is their deed (伝える); 伝えてもらう would read as
    // someone doing it for them.
    if options.role
        && ["いただく。", "いただきます。", "いただく"].iter().any(|e| sentence.ends_with(e))
        && let Some(own) = own_deed(&plain)
    {
        changes.push(Change::new(Rule::Honorific, plain.as_str(), own.as_str()));
        plain = own;
    }
    if unnamed && names_the_person {
        changes.push(Change::new(Rule::Honorific, "", "本人は"));
        return Ok(format!("本人は{plain}"));
    }
    Ok(plain)
}

/// `plain` (…伝えてもらう。) with its last verb's もらう left out and the
/// verb in もらう's form (…伝える。), or `None` where it ends otherwise.
fn own_deed(plain: &str) -> Option<String> {
    let ms = morphemes(plain);
    let k = ms.iter().rposition(|m| m.base == "もらう" && m.pos.0 == "動詞")?;
    let (te, verb, get) = (ms.get(k.checked_sub(1)?)?, ms.get(k.checked_sub(2)?)?, &ms[k]);
    if !matches!(te.surface.as_str(), "て" | "で") || verb.pos.0 != "動詞" {
        return None;
    }
    let said = conjugate::verb(&verb.base, &verb.conj_type, &get.conj_form)?;
    Some(format!("{}{said}{}", &plain[..verb.span.start], &plain[get.span.end..]))
}

/// `plain`, said where a clause ends at 、, with its last verb in its て
/// form (感じておられ、 → 感じていて、, 伺い、 → 行って、): a 連用形 alone
/// may read as no word (い、) or a noun, and the sentence rules end a て
/// clause where they cut.
fn joined(plain: String) -> String {
    let ms = morphemes(&plain);
    match ms.last() {
        Some(v) if v.pos.0 == "動詞" && v.conj_form == "連用形" => match conjugate::te(v) {
            Some(te) => format!("{}{te}", &plain[..v.span.start]),
            None => plain,
        },
        _ => plain,
    }
}

/// もらう (or もらえる) in `form` for `v`, where it is いただく (いただける):
/// what someone is asked to do, after a verb's て.
fn get_done(v: &Morpheme, form: &str) -> Option<String> {
    match v.base.as_str() {
        "いただく" | "頂く" => conjugate::verb("もらう", "五段・ワ行促音便", form),
        "いただける" | "頂ける" => conjugate::verb("もらえる", "一段", form),
        _ => None,
    }
}

/// `word` (the word after an honorific prefix: 伝え, 説明, 住まい) as a
/// verb in `form`: 伝え, 説明し, 住まい. `None` when it is not one.
fn as_verb(word: &Morpheme, form: &str) -> Option<String> {
    if word.pos.0 == "動詞" && word.conj_form == "連用形" {
        return conjugate::verb(&word.base, &word.conj_type, form);
    }
    if word.pos == ("名詞".into(), "サ変接続".into()) {
        return Some(format!("{}{}", word.surface, conjugate::verb("する", "サ変・スル", form)?));
    }
    // お伝え, お住まい read as nouns: a verb's 連用形 when ます follows.
    let stem = &word.surface;
    let read = morphemes(&format!("{stem}ます"));
    match read.first() {
        Some(v) if v.pos.0 == "動詞" && v.surface == *stem && v.conj_form == "連用形" => {
            conjugate::verb(&v.base, &v.conj_type, form)
        }
        _ => None,
    }
}

/// The plain words for the respectful words starting at `ms[i]`, and how
/// many words they take; `Err` with the word when its meaning is not
/// decided by its context.
fn plain_at(ms: &[Morpheme], i: usize) -> Result<Option<(usize, String)>, String> {
    let m = &ms[i];
    let at = |k: usize| ms.get(i + k);
    let next_of = |k: usize| at(k).map_or("", |n| n.surface.as_str());
    let verb_form = |v: &Morpheme, k: usize| conjugate::form_before(&v.conj_form, next_of(k));
    let is_suru = |v: &Morpheme| matches!(v.base.as_str(), "する" | "いたす" | "致す");
    let honorific_prefix = m.pos.0 == "接頭詞" && matches!(m.surface.as_str(), "お" | "ご" | "御");
    if honorific_prefix && let Some(word) = at(1) {
        // お伝えする, ご説明いたします: the verb in する's form.
        // ご説明申し上げる: 申し上げる after a noun is する.
        if let Some(suru) = at(2).filter(|v| {
            v.pos.0 == "動詞"
                && (is_suru(v) || matches!(v.base.as_str(), "申し上げる" | "申しあげる"))
        }) && let Some(plain) = as_verb(word, &verb_form(suru, 3))
        {
            return Ok(Some((3, plain)));
        }
        // お読みになる, ご利用になります, お住まいになる, ご覧になる: the
        // verb in なる's form.
        if let (Some(ni), Some(naru)) = (at(2), at(3))
            && ni.surface == "に"
            && naru.base == "なる"
        {
            let form = verb_form(naru, 4);
            let plain = if word.surface == "覧" {
                conjugate::verb("見る", "一段", &form)
            } else {
                as_verb(word, &form)
            };
            if let Some(plain) = plain {
                return Ok(Some((4, plain)));
            }
        }
        // お待ちください → 待ってください, ご連絡ください → 連絡してください;
        // ご確認いただく → 確認してもらう.
        if let Some(after) = at(2)
            && let Some(stem) = as_verb(word, "連用タ接続")
        {
            if matches!(after.surface.as_str(), "ください" | "下さい") {
                return Ok(Some((
                    3,
                    format!(
                        "{stem}{}{}",
                        conjugate::te_after(&stem, &word.conj_type),
                        after.surface
                    ),
                )));
            }
            if let Some(get) = get_done(after, &verb_form(after, 3)) {
                return Ok(Some((
                    3,
                    format!("{stem}{}{get}", conjugate::te_after(&stem, &word.conj_type)),
                )));
            }
        }
        // ご家族, ご自宅, ご同意: the word needs no ご in plain words.
        if m.surface == "ご" && word.pos.0 == "名詞" {
            return Ok(Some((2, word.surface.clone())));
        }
    }
    // お伝えします, read as one noun お伝え: the verb 伝える in する's form;
    // お願い申し上げる: お願いする. お願いします is itself the plain polite
    // way to ask.
    if m.pos == ("名詞".into(), "サ変接続".into())
        && let Some(stem) = m.surface.strip_prefix('お').or_else(|| m.surface.strip_prefix('ご'))
        && let Some(suru) = at(1).filter(|v| is_suru(v) || v.base.starts_with("申し"))
    {
        // お話しくださった: 話してくれた.
        let kind = at(2).filter(|v| matches!(v.base.as_str(), "くださる" | "下さる"));
        let form = if kind.is_some() { "連用タ接続".to_string() } else { verb_form(suru, 2) };
        let plain = if m.surface == "お願い" {
            conjugate::verb("お願いする", "サ変・スル", &form)
        } else {
            let word = Morpheme { surface: stem.to_string(), ..m.clone() };
            let said = morphemes(&format!("{stem}ます"));
            match said.first() {
                Some(v) if v.pos.0 == "動詞" && v.surface == stem => as_verb(v, &form),
                _ => as_verb(&word, &form),
            }
        };
        if let Some(plain) = plain.filter(|p| p != &format!("{}{}", m.surface, suru.surface)) {
            if let Some(kind) = kind {
                let give = conjugate::verb("くれる", "一段", &verb_form(kind, 3));
                return Ok(give.map(|g| {
                    (3, format!("{plain}{}{g}", conjugate::te_after(&plain, &m.conj_type)))
                }));
            }
            return Ok(Some((2, plain)));
        }
    }
    // お伝えいただく, ご用意いただき: 伝えてもらう, 用意してもらい.
    if m.pos == ("名詞".into(), "サ変接続".into())
        && let Some(stem) = m.surface.strip_prefix('お').or_else(|| m.surface.strip_prefix('ご'))
        && let Some(get) = at(1).and_then(|v| get_done(v, &verb_form(v, 2)))
        && let Some(plain) = {
            let said = morphemes(&format!("{stem}ます"));
            match said.first() {
                Some(v) if v.pos.0 == "動詞" && v.surface == stem => as_verb(v, "連用タ接続"),
                _ => as_verb(&Morpheme { surface: stem.to_string(), ..m.clone() }, "連用タ接続"),
            }
        }
    {
        return Ok(Some((2, format!("{plain}{}{get}", conjugate::te_after(&plain, &m.conj_type)))));
    }
    // 拝見する, 拝見いたしました: 見る.
    if m.surface == "拝見"
        && let Some(suru) = at(1).filter(|v| is_suru(v))
        && let Some(plain) = conjugate::verb("見る", "一段", &verb_form(suru, 2))
    {
        return Ok(Some((2, plain)));
    }
    // ご覧ください: 見てください; ご覧になる: 見る.
    if matches!(m.surface.as_str(), "ご覧" | "御覧") {
        if at(1).is_some_and(|v| matches!(v.base.as_str(), "くださる" | "下さる")) {
            return Ok(Some((1, "見て".into())));
        }
        // ご覧いただく: 見てもらう.
        if let Some(get) = at(1).filter(|v| matches!(v.base.as_str(), "いただく" | "頂く"))
            && let Some(plain) = conjugate::verb("もらう", "五段・ワ行促音便", &verb_form(get, 2))
        {
            return Ok(Some((2, format!("見て{plain}"))));
        }
        if next_of(1) == "に"
            && let Some(naru) = at(2).filter(|v| v.base == "なる")
            && let Some(plain) = conjugate::verb("見る", "一段", &verb_form(naru, 3))
        {
            return Ok(Some((3, plain)));
        }
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
    // 感じておられる: おる and the れる of respect together are いる.
    if m.base == "おる"
        && let Some(reru) = at(1).filter(|r| r.base == "れる" && r.pos.1 == "接尾")
        && let Some(plain) = conjugate::verb("いる", "一段", &verb_form(reru, 2))
    {
        return Ok(Some((2, plain)));
    }
    // 座席を同じにされたい。, ご配慮されたい。: at the end of a plan's
    // sentence, a request to the one addressed (してほしい), not their wish.
    if let (Some(reru), Some(tai)) = (at(1), at(2))
        && reru.pos == ("動詞".into(), "接尾".into())
        && matches!(reru.base.as_str(), "れる" | "られる")
        && tai.base == "たい"
        && tai.conj_form == "基本形"
        && at(3).is_none_or(|end| matches!(end.surface.as_str(), "。" | "．"))
        && let Some(stem) = conjugate::verb(&m.base, &m.conj_type, "連用タ接続")
    {
        let te = conjugate::te_after(&stem, &m.conj_type);
        return Ok(Some((3, format!("{stem}{te}ほしい"))));
    }
    // 手術を受けられる予定: what is planned is not what one can do; the
    // られる is respect. Only for 受ける and deeds with no object, and no
    // one named who does it: 預けられる予定 may be done to them.
    if m.pos.0 == "動詞"
        && m.conj_form == "未然形"
        && (m.base == "受ける" || takes_no_object(m, i.checked_sub(1).map(|k| &ms[k])))
        && !agent_named(&ms[..i])
        && let Some(reru) = at(1)
        && reru.pos == ("動詞".into(), "接尾".into())
        && matches!(reru.base.as_str(), "れる" | "られる")
        && reru.conj_form == "基本形"
        && next_of(2) == "予定"
        && let Some(plain) = conjugate::verb(&m.base, &m.conj_type, "基本形")
    {
        return Ok(Some((2, plain)));
    }
    // 通われている, 頑張られた: a verb that takes no object has no passive
    // to speak of; its れる is respect, and goes. Not られる: after 起き or
    // 出かけ it says can (起きられず: cannot get up).
    let asking = quoted_asking(ms, i);
    if let Some(reru) = at(1)
        && reru.pos == ("動詞".into(), "接尾".into())
        && (reru.base == "れる"
            || came_with_respect(ms, i)
            || m.base == "痛める"
            || asking)
        && (takes_no_object(m, i.checked_sub(1).map(|k| &ms[k]))
            || asking
            || came_with_respect(ms, i)
            || on_their_own(&ms[..i])
            || shows_with_object(m, &ms[..i])
            || wished_by_someone(m, &ms[..i])
            || willed_by_honoured(m, &ms[..i])
            || shown_by_honoured_after(ms, i)
            || used_with_respect(m, &ms[..i])
            || regarded_with_respect(m, &ms[..i])
            || done_of_oneself(m, &ms[..i])
            || feels_about(m, &ms[..i]))
        // 病気の進行により転倒された: before a deed with no object, により
        // says why; no one does a fall to someone.
        && (!agent_named(&ms[..i])
            || m.base == "する"
                && i >= 1
                && !["希望", "要望"].contains(&ms[i - 1].surface.as_str()))
        && let Some(plain) = conjugate::verb(&m.base, &m.conj_type, &verb_form(reru, 2))
    {
        // 取り組まれて → 取り組んで: the て after it voiced as the verb needs.
        if next_of(2) == "て" && conjugate::te_after(&plain, &m.conj_type) == "で" {
            return Ok(Some((3, format!("{plain}で"))));
        }
        // 選ばれた → 選んだ: so its た.
        if next_of(2) == "た" && conjugate::te_after(&plain, &m.conj_type) == "で" {
            return Ok(Some((3, format!("{plain}だ"))));
        }
        // 不安を示されるため: why (the plain 示すため would read as what for).
        if next_of(2) == "ため" && reru.conj_form == "基本形" {
            return Ok(Some((3, format!("{plain}ので"))));
        }
        return Ok(Some((2, plain)));
    }
    // くださる's imperative (〜てください) is already plain polite.
    if m.conj_form.starts_with("命令") {
        return Ok(None);
    }
    let plain = ONE_MEANING
        .iter()
        .find(|(word, _, _)| *word == m.base)
        .map(|(_, plain, conj)| (*plain, *conj))
        .or_else(|| by_context(&m.base, &ms[..i]));
    match plain {
        // 週に1回伺い、: 来て、 (来、 alone reads as らい). The same where
        // the clause ends with no 、 (続いており精神科の…: 続いていて).
        Some((plain, conj))
            if m.conj_form == "連用形"
                && at(1).is_none_or(|n| {
                    n.surface == "、"
                        || !matches!(n.pos.0.as_str(), "助動詞" | "動詞" | "助詞" | "記号")
                }) =>
        {
            let stem = conjugate::verb(plain, conj, "連用タ接続");
            Ok(stem.map(|s| (1, format!("{s}{}", conjugate::te_after(&s, conj)))))
        }
        Some((plain, conj)) => {
            let form = verb_form(m, 1);
            Ok(conjugate::verb(plain, conj, &form).map(|p| (1, p)))
        }
        None if MANY_MEANINGS.iter().any(|(word, _)| *word == m.base) => Err(m.surface.clone()),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> Result<String, String> {
        apply(s, &super::super::Options::default(), &mut Vec::new())
    }

    #[test]
    fn humble_and_respectful_words_are_said_plainly() {
        for (formal, said) in [
            ("事業所に連絡いたします。", "事業所に連絡します。"),
            ("ご本人の意向を確認させていただきます。", "本人の意向を確認します。"),
            ("作業所に通っております。", "作業所に通っています。"),
            ("不眠が続いており受診が途切れた。", "不眠が続いていて受診が途切れた。"),
            ("ご家族がいらっしゃる時に面談します。", "家族がいる時に面談します。"),
            ("日中はほとんど自室にいらっしゃり、", "日中はほとんど自室にいて、"),
            ("計画の内容をお伝えします。", "計画の内容を伝えます。"),
            ("サービスをご利用になる。", "サービスを利用する。"),
            ("担当者からご説明いたします。", "担当者から説明します。"),
            ("変わったことがあればご連絡ください。", "変わったことがあれば連絡してください。"),
            ("自宅に伺い、お話を伺います。", "自宅に来て、お話を聞きます。"),
            ("事業所に伺い、お話を伺います。", "事業所に行って、お話を聞きます。"),
            ("面談で伺ったところ、", "面談で聞いたところ、"),
            ("奥様から伺った。", "奥様から聞いた。"),
            ("通えるようになったと伺った。", "通えるようになったと聞いた。"),
            ("週に1回伺い、様子を見ます。", "週に1回来て、様子を見ます。"),
            ("一緒に考えて参ります。", "一緒に考えていきます。"),
            ("意向を丁寧に伺いながら進めます。", "意向を丁寧に聞きながら進めます。"),
            ("ご家族に改めてご確認いただく。", "家族に改めて確認してもらう。"),
            ("お願い申し上げました。", "お願いしました。"),
            ("退院後にお住まいになる場所。", "退院後に住まう場所。"),
            ("様子を拝見いたしました。", "様子を見ました。"),
            ("写真をご覧ください。", "写真を見てください。"),
            ("不安を感じておられ、", "本人は不安を感じていて、"),
            ("「また行きたい」と話されていた。", "本人は「また行きたい」と話していた。"),
            ("母親は利用を希望されている。", "母親は利用を希望している。"),
            ("その旨をご説明申し上げた。", "その旨を説明した。"),
            ("笑顔でお話しくださった。", "笑顔で話してくれた。"),
            ("家族から要望された。", "家族から要望された。"),
            ("お父様は、本人の自立を強く望まれている。", "お父様は、本人の自立を強く望んでいる。"),
            ("訪問時にご家族様から伺ったところ、", "訪問時に家族様から聞いたところ、"),
            ("これまで築いてこられたつながり", "これまで築いてきたつながり"),
            ("一人で自宅に帰ってこられるようになる。", "一人で自宅に帰ってこられるようになる。"),
            (
                "本人は通院を嫌がっているが、早めの受診が望まれる。",
                "本人は通院を嫌がっているが、早めの受診が望まれる。",
            ),
            ("早めの受診が望まれる。", "早めの受診が望まれる。"),
            (
                "お父様は、二人が遊べるようになってほしいと望まれている。",
                "お父様は、二人が遊べるようになってほしいと望んでいる。",
            ),
            ("早く受診してほしいと望まれる。", "早く受診してほしいと望まれる。"),
            (
                "本人は、地域で暮らせるようになってほしいと望まれている。",
                "本人は、地域で暮らせるようになってほしいと望まれている。",
            ),
            ("写真をご覧下さい。", "写真を見て下さい。"),
            ("写真をご覧いただく。", "写真を見てもらう。"),
            ("作品をご覧になった。", "作品を見た。"),
            ("毎日作業所に通われている。", "本人は毎日作業所に通っている。"),
            ("先月自宅で転倒された。", "本人は先月自宅で転倒した。"),
            ("職員に自分から挨拶される場面も増えた。", "職員に自分から挨拶する場面も増えた。"),
            ("人混みで大声を出された際に", "人混みで大声を出した際に"),
            ("予定の変更に強い不安を示される。", "本人は予定の変更に強い不安を示す。"),
            ("強い不安を示されるため、", "本人は強い不安を示すので、"),
            ("財布を盗まれた。", "財布を盗まれた。"),
            ("来月手術を受けられる予定である。", "来月手術を受ける予定である。"),
            ("来月から通われる予定である。", "来月から通う予定である。"),
            ("来月から入院される予定である。", "来月から入院する予定である。"),
            ("座席の位置を毎回同じにされたい。", "座席の位置を毎回同じにしてほしい。"),
            ("連絡帳で様子を伝えられたい。", "連絡帳で様子を伝えてほしい。"),
            ("本人は参加されたいと話す。", "本人は参加したいと話す。"),
            ("週末は祖母に預けられる予定である。", "週末は祖母に預けられる予定である。"),
            ("病院で薬を出されている。", "病院で薬を出されている。"),
            ("自分から話しかけたが無視された。", "自分から話しかけたが無視された。"),
            ("病気の進行により浴室で転倒された。", "本人は病気の進行により浴室で転倒した。"),
            ("行事に参加されました。", "本人は行事に参加しました。"),
            ("作業に意欲的に取り組まれております。", "作業に意欲的に取り組んでいます。"),
            ("皮膚の状態もよくなられた。", "皮膚の状態もよくなった。"),
            ("ご本人が望まれるペースで増やす。", "本人が望むペースで増やす。"),
            ("お母様が選ばれた店で買う。", "お母様が選んだ店で買う。"),
            ("ご本人が職員に注意される。", "本人が職員に注意される。"),
            ("母は進学を心配されている。", "母は進学を心配している。"),
            ("再発が心配される。", "再発が心配される。"),
            ("点字を使われないので、", "本人は点字を使わないので、"),
            ("兄に携帯電話を使われる。", "兄に携帯電話を使われる。"),
            ("貯金を使われていたことが分かった。", "貯金を使われていたことが分かった。"),
            ("ネットで悪口を書かれ、落ち込んでいる。", "ネットで悪口を書かれ、落ち込んでいる。"),
            ("今後の成長を期待されている。", "今後の成長を期待されている。"),
            ("本人が望まれる生活", "本人が望まれる生活"),
            ("通帳を見せていただいた。", "通帳を見せてもらった。"),
        ] {
            assert_eq!(plain(formal).as_deref(), Ok(said), "{formal}");
        }
    }

    #[test]
    fn a_word_of_many_meanings_is_not_guessed() {
        assert_eq!(plain("夕食を召し上がる。"), Err("召し上がる".to_string()));
        assert_eq!(plain("事業所にいらっしゃる。"), Err("いらっしゃる".to_string()));
        assert_eq!(plain("自室にいらっしゃり、休む。"), Err("いらっしゃる".to_string()));
        assert_eq!(plain("ご本人は話していらっしゃり、"), Ok("本人は話していて、".to_string()));
        // With no one to hear it from: to ask or to visit.
        assert_eq!(plain("月に1回、改めて伺う。"), Err("伺う".to_string()));
        // Not their own home: 行く.
        assert_eq!(plain("実家に伺い、"), Ok("実家に行って、".to_string()));
    }
}
