//! Long sentences split at their joints into one idea each, and every
//! sentence ended in です・ます.

use super::{Change, Rule, conjugate};
use crate::japanese::reading::{Morpheme, morphemes};

/// How one clause is joined to the next, and the word that says so at the
/// start of the next sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    /// 〜し、〜て、: one thing after another, no word needed.
    Then,
    /// 〜ながら、〜ことで、〜とともに、: そして.
    And,
    /// 〜ので、〜から、〜ため、〜ことから、: だから.
    Because,
    /// 〜ように、〜よう、: その ために (what follows is how).
    SoThat,
    /// 〜が、〜けれど、: でも.
    But,
    /// 〜たことで、: それで (what happened led to what follows).
    So,
    /// 〜たところ、: すると (what was found after it was done).
    Found,
    /// 〜するため、: そのために (what follows is done for it).
    For,
}

impl Joint {
    fn word(self) -> &'static str {
        match self {
            Joint::Then => "",
            Joint::And => "そして、",
            Joint::Because => "だから、",
            Joint::SoThat => "そのために、",
            Joint::But => "でも、",
            Joint::So => "それで、",
            Joint::Found => "すると、",
            Joint::For => "そのために、",
        }
    }
}

/// `sentence` (one formal sentence after the word rules) as one or more
/// sentences, each ending in です・ます and 。.
pub fn apply(sentence: &str, changes: &mut Vec<Change>) -> Vec<String> {
    let body = sentence.trim_end_matches(['。', '．', '.']);
    let ms = morphemes(body);
    let mut out = Vec::new();
    let mut start = 0;
    let mut joint: Option<Joint> = None;
    let mut joints = Vec::new();
    // A sentence longer than a reader takes in at once is also cut where a
    // clause ends without a 、 (見ているため朝起きられず).
    let long = body.chars().filter(|c| !c.is_whitespace()).count() > LONG;
    // 本人が、…受けながら、…送れるよう支援する: what comes before a よう
    // with no 、 after it is all inside the purpose, its subject too. It is
    // cut only at that よう, or the subject would seem to do what follows.
    let purpose = inner_purpose(&ms);
    for (i, m) in ms.iter().enumerate() {
        if purpose.is_some_and(|p| i < p) && m.surface == "、" {
            continue;
        }
        let bare = (long && bare_joint(&ms, i)) || purpose == Some(i);
        if (m.surface != "、" && !bare) || i == 0 {
            continue;
        }
        let before = if bare { &ms[..=i] } else { &ms[..i] };
        let Some((kind, cut)) = joint_before(before) else { continue };
        // Before ながら, つつ or a bare 、 the verb is in its 連用形 already:
        // ます goes straight after it (気を付け → 気を付けます), where reading
        // the clause alone could take the verb for a noun (付け).
        let renyou = ms[..i]
            .iter()
            .rev()
            .find(|m| m.span.end <= cut)
            .is_some_and(|m| m.pos.0 == "動詞" && m.conj_form == "連用形" && m.span.end == cut);
        let clause = &body[start..cut];
        // A clause too short to stand alone (本人が、) stays joined.
        if clause.chars().count() < 6 || quoted_at(body, cut) {
            continue;
        }
        // 保護者は、就学のために、…積ませたいと希望している: the one set
        // off at the start wants; cut at the purpose, they would seem to
        // be the one who does it.
        if matches!(kind, Joint::For | Joint::SoThat)
            && purpose != Some(i)
            && set_off(&ms, start, cut)
        {
            continue;
        }
        let ending = match kind {
            Joint::SoThat => Ending::Purpose,
            _ if renyou => Ending::Masu,
            _ => Ending::Analyse,
        };
        let mut said = finish(clause, joint, ending, changes);
        // 2回行った結果、…発言が聞かれ、: what followed a past event has
        // happened too; a clause cut from the sentence keeps that.
        if (clause.contains("た結果") || clause.contains("だ結果"))
            && let Some(stem) = said.strip_suffix("ます。")
        {
            said = format!("{stem}ました。");
        }
        out.push(said);
        joints.push(kind);
        joint = Some(kind);
        // After a よう, its に goes with it (送れるように します).
        start = match ms.get(i + 1) {
            Some(ni) if bare && ni.surface == "に" => ni.span.end,
            _ => m.span.end,
        };
    }
    let last = &body[start..];
    // A heading-like text without 。 that ends in a noun (見学の日程調整と
    // 振り返り, 週末の付き添い) is a name for something, not a sentence:
    // it keeps its noun ending.
    if body == sentence && names_a_thing(last) {
        out.push(format!("{}{last}", joint.map_or("", Joint::word)));
    } else {
        out.push(finish(last, joint, Ending::Analyse, changes));
    }
    past_throughout(&mut out, &joints);
    if out.len() > 1 {
        changes.push(Change::new(Rule::Split, sentence, out.concat()));
    }
    out
}

/// A clause cut at 〜し、 or 〜て、 takes its tense from the sentence it
/// was joined to (慣れ、…できるようになった: both happened): each sentence
/// before a past one, joined that way, is made past too.
fn past_throughout(out: &mut [String], joints: &[Joint]) {
    // joints[i] joins out[i] to out[i + 1].
    for i in (0..out.len().saturating_sub(1)).rev() {
        let next_past = out[i + 1].ends_with("ました。") || out[i + 1].ends_with("でした。");
        if !next_past || !matches!(joints.get(i), Some(Joint::Then | Joint::And)) {
            continue;
        }
        let s = &mut out[i];
        if let Some(stem) = s.strip_suffix("ます。") {
            *s = format!("{stem}ました。");
        } else if let Some(stem) = s.strip_suffix("ません。") {
            *s = format!("{stem}ませんでした。");
        }
    }
}

/// Whether the words between bytes `start` and `end` set off who the
/// sentence is about with a 、 (保護者は、 本人が、).
fn set_off(ms: &[Morpheme], start: usize, end: usize) -> bool {
    ms.windows(2).any(|w| {
        w[0].span.start >= start
            && w[1].span.end <= end
            && w[0].pos.0 == "助詞"
            && matches!(w[0].surface.as_str(), "は" | "が")
            && w[1].surface == "、"
    })
}

/// Whether byte `at` of `text` is inside 「」.
fn quoted_at(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.matches('「').count() > before.matches('」').count()
}

/// How a clause is given its polite ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// It ends in a verb's 連用形: ます after it.
    Masu,
    /// A purpose (〜ように): します after it.
    Purpose,
    /// By its last word ([`polite`]).
    Analyse,
}

/// The clause `clause` made a sentence: the joining word of the clause
/// before it, a polite ending, and 。.
fn finish(clause: &str, after: Option<Joint>, ending: Ending, changes: &mut Vec<Change>) -> String {
    let lead = after.map_or("", Joint::word);
    let ended = match ending {
        Ending::Purpose if clause.ends_with("よう") => format!("{clause}にします"),
        Ending::Purpose => format!("{clause}します"),
        Ending::Masu => format!("{clause}ます"),
        Ending::Analyse => polite(clause),
    };
    if ended != clause {
        changes.push(Change::new(Rule::Ending, clause, ended.clone()));
    }
    format!("{lead}{ended}。")
}

/// The index of a よう (or ように) that says what the helpers help towards
/// (送れるよう手伝う), with no 、 after it and its subject before the
/// first 、.
fn inner_purpose(ms: &[Morpheme]) -> Option<usize> {
    let p = ms.iter().rposition(|m| m.surface == "よう")?;
    let mut next = p + 1;
    if ms.get(next).is_some_and(|m| m.surface == "に") {
        next += 1;
    }
    let helps = ms.get(next).is_some_and(|m| {
        matches!(m.base.as_str(), "手伝う" | "てつだう" | "支援" | "援助" | "サポート" | "見守る")
    });
    // Only where the purpose's subject (本人が) comes before its first
    // 、: cut there, it would seem to be the one who helps.
    let first_comma = ms[..p].iter().position(|m| m.surface == "、")?;
    // A が inside a clause that ends at that 、 (予定が変わるため、) is
    // that clause's own, not the purpose's.
    let subject_first = ms[..first_comma].iter().any(|m| m.surface == "が" && m.pos.1 == "格助詞")
        && first_comma > 0
        && joint_before(&ms[..first_comma]).is_none();
    (helps && subject_first && p > 0 && inflects(&ms[p - 1])).then_some(p)
}

/// The length, in characters without spaces, over which a sentence is too
/// long to take in at once: easy-read practice keeps sentences to about 30.
const LONG: usize = 30;

/// Whether `ms[i]` ends a clause with no 、 after it (ので or ため after
/// a reason, とともに) and leaves enough of the sentence after it to stand
/// alone. Not ながら: cut there, the one who watches while another works
/// (スタッフが見守りながら自分で取り組む) would seem to do both.
fn bare_joint(ms: &[Morpheme], i: usize) -> bool {
    let m = &ms[i];
    let Some(prev) = i.checked_sub(1).map(|k| &ms[k]) else { return false };
    let joins = match m.surface.as_str() {
        "ので" | "ため" => inflects(prev),
        "とともに" => m.pos.0 == "助詞" && inflects(prev),
        _ => false,
    };
    let next = ms.get(i + 1).map_or("", |n| n.surface.as_str());
    let rest: usize = ms[i + 1..].iter().map(|n| n.surface.chars().count()).sum();
    joins && !matches!(next, "、" | "に" | "の" | "で" | "だ" | "です" | "も" | "") && rest >= 8
}

/// The joint that ends `ms` (the words before a 、), and the byte where the
/// clause before it ends (the joining words left out).
fn joint_before(ms: &[Morpheme]) -> Option<(Joint, usize)> {
    let n = ms.len();
    let last = &ms[n - 1];
    let prev = n.checked_sub(2).map(|i| &ms[i]);
    let is = |m: Option<&Morpheme>, s: &str| m.is_some_and(|m| m.surface == s);
    let pos = |m: &Morpheme, p: &str| m.pos.0 == p;
    match last.surface.as_str() {
        // 〜し、 〜続け、: a verb in its 連用形.
        // 〜し、 〜続け、: a verb in its 連用形; not one used as a noun
        // after の (学校への迎え、宿題の見守り、).
        _ if pos(last, "動詞") && last.conj_form == "連用形" && !is(prev, "の") => {
            Some((Joint::Then, last.span.end))
        }
        // A verb the word rules replaced, left in its dictionary form.
        _ if pos(last, "動詞") && last.conj_form == "基本形" => {
            Some((Joint::Then, last.span.end))
        }
        // 長く、 苦手で、 作れず、: an adjective, a noun's だ or a negative
        // in the form that joins.
        _ if pos(last, "形容詞") && last.conj_form == "連用テ接続" => {
            Some((Joint::Then, last.span.end))
        }
        // Only after an adjectival noun: after another noun, で may be the
        // particle (看護師で、 by the nurse) the analyser takes for だ.
        "で" if last.base == "だ" && prev.is_some_and(|p| p.pos.1 == "形容動詞語幹") => {
            Some((Joint::Then, last.span.end))
        }
        "ず" if last.base == "ぬ" && prev.is_some_and(|p| pos(p, "動詞")) => {
            Some((Joint::Then, last.span.end))
        }
        // 指示に従い、: the analyser's one particle, a verb's 連用形 inside.
        "に従い" if pos(last, "助詞") => Some((Joint::Then, last.span.end)),
        // 貼ったところ、: it was done, and then.
        "ところ" if is(prev, "た") => Some((Joint::Found, last.span.start)),
        "とともに" if pos(last, "助詞") => Some((Joint::And, last.span.start)),
        "ながら" | "つつ" if pos(last, "助詞") => Some((Joint::And, last.span.start)),
        "て" | "で" if pos(last, "助詞") && last.pos.1 == "接続助詞" => {
            // The clause keeps its て; `polite` makes the verb before it
            // polite (通って → 通います).
            Some((Joint::Then, last.span.end))
        }
        // After a verb or adjective only: 〜のため、 (a noun's) has no
        // clause before it to end.
        // 検討するため、: to do it (a purpose); 続いているため、: because.
        "ため" if prev.is_some_and(purpose) => Some((Joint::For, last.span.start)),
        "ので" | "ため" if prev.is_some_and(inflects) => {
            Some((Joint::Because, last.span.start))
        }
        "に" if is(prev, "ため") && n >= 3 && purpose(&ms[n - 3]) => {
            Some((Joint::For, ms[n - 2].span.start))
        }
        "から" if last.pos.1 == "接続助詞" => Some((Joint::Because, last.span.start)),
        "から" if is(prev, "こと") => Some((Joint::Because, ms[n - 2].span.start)),
        "に" if is(prev, "ため") && n >= 3 && inflects(&ms[n - 3]) => {
            Some((Joint::Because, ms[n - 2].span.start))
        }
        // 続いたことで、: it happened, and that is why; 持つことで、: by doing it.
        "で" if is(prev, "こと") && n >= 3 && ms[n - 3].base == "た" => {
            Some((Joint::So, ms[n - 2].span.start))
        }
        "で" if is(prev, "こと") => Some((Joint::And, ms[n - 2].span.start)),
        "に" if is(prev, "よう") => Some((Joint::SoThat, last.span.end)),
        "よう" => Some((Joint::SoThat, last.span.end)),
        "が" | "けれど" | "けど" if last.pos.1 == "接続助詞" => {
            Some((Joint::But, last.span.start))
        }
        "に" if is(prev, "とも") && n >= 3 && ms[n - 3].surface == "と" => {
            Some((Joint::And, ms[n - 3].span.start))
        }
        _ => None,
    }
}

/// Whether `text` ends in a noun, or a verb's 連用形 used as one (振り返り).
fn names_a_thing(text: &str) -> bool {
    let ms = morphemes(text);
    ms.iter().rev().find(|m| m.pos.0 != "記号").is_some_and(|m| {
        m.pos.0 == "名詞" || (m.pos.0 == "動詞" && m.conj_form == "連用形" && m.pos.1 == "自立")
    })
}

/// Whether `m`, before ため, says what is done for a purpose: a verb
/// that is done, in its dictionary form (検討するため); not one that is
/// (あるため, いるため, できるため, なるため), nor a past or a negative.
fn purpose(m: &Morpheme) -> bool {
    m.pos == ("動詞".into(), "自立".into())
        && m.conj_form == "基本形"
        && !matches!(m.base.as_str(), "ある" | "いる" | "できる" | "なる" | "わかる" | "分かる")
}

/// Whether `m` ends a clause that can be made polite (a verb, adjective or
/// auxiliary).
fn inflects(m: &Morpheme) -> bool {
    matches!(m.pos.0.as_str(), "動詞" | "形容詞" | "助動詞")
}

/// `clause` ended in です・ます (通う → 通います, 長い → 長いです,
/// 必要である → 必要です); as it was when it already is, or when its last
/// word is not one this knows.
pub fn polite(clause: &str) -> String {
    let ms = morphemes(clause);
    let Some(k) = ms.iter().rposition(|m| m.pos.0 != "記号") else { return clause.to_string() };
    let m = &ms[k];
    let head = |i: usize| &clause[..ms[i].span.start];
    let tail = &clause[m.span.end..];
    let before = k.checked_sub(1).map(|i| &ms[i]);
    let renyou = |v: &Morpheme| conjugate::verb(&v.base, &v.conj_type, "連用形");
    let made = match (m.pos.0.as_str(), m.base.as_str()) {
        ("助動詞", "ます" | "です") => None,
        ("動詞", _) if matches!(m.conj_form.as_str(), "基本形" | "連用形") => {
            conjugate::polite(m).map(|p| format!("{}{p}", head(k)))
        }
        // 〜て (a clause cut at its て): the verb before it made polite.
        ("助詞", "て" | "で") if let Some(v) = before.filter(|b| b.pos.0 == "動詞") => {
            renyou(v).map(|r| format!("{}{r}ます", head(k - 1)))
        }
        ("助詞", "に従い") => Some(format!("{}に従います", head(k))),
        ("助動詞", "ない") if let Some(v) = before.filter(|b| b.pos.0 == "動詞") => {
            renyou(v).map(|r| format!("{}{r}ません", head(k - 1)))
        }
        ("助動詞", "た") if let Some(v) = before.filter(|b| b.pos.0 == "動詞") => {
            renyou(v).map(|r| format!("{}{r}ました", head(k - 1)))
        }
        // 一度もなかった: ありませんでした; 多かった: 多かったです.
        ("助動詞", "た") if before.is_some_and(|b| b.pos.0 == "形容詞") => {
            let adjective = before.expect("checked");
            if adjective.base == "ない" {
                Some(format!("{}ありませんでした", head(k - 1)))
            } else {
                Some(format!("{}{}{}です", head(k - 1), adjective.surface, m.surface))
            }
        }
        ("助動詞", "た") if before.is_some_and(|b| b.base == "ない") && k >= 2 => {
            renyou(&ms[k - 2]).map(|r| format!("{}{r}ませんでした", head(k - 2)))
        }
        ("助動詞", "ある") if before.is_some_and(|b| b.surface == "で") => {
            Some(format!("{}です", head(k - 1)))
        }
        // 苦手だ, and 苦手な (cut before ので): です.
        ("助動詞", "だ") if matches!(m.surface.as_str(), "だ" | "な") => {
            Some(format!("{}です", head(k)))
        }
        ("形容詞", "ない") => Some(format!("{}ありません", head(k))),
        // 長く (a clause cut at its 、): 長いです.
        ("形容詞", base)
            if m.conj_form == "連用テ接続" && before.is_none_or(|b| b.surface != "の") =>
        {
            Some(format!("{}{base}です", head(k)))
        }
        // 苦手で: 苦手です.
        ("助動詞", "だ") if m.surface == "で" => Some(format!("{}です", head(k))),
        // 作れず: 作れません.
        ("助動詞", "ぬ") if let Some(v) = before.filter(|b| b.pos.0 == "動詞") => {
            renyou(v).map(|r| format!("{}{r}ません", head(k - 1)))
        }
        ("形容詞", _) | ("助動詞", "たい") if m.conj_form == "基本形" => {
            Some(format!("{}{}です", head(k), m.surface))
        }
        // 段差が多く (a clause cut at its 、): read alone as a noun, it is
        // the adjective's 連用形 after its subject: 多いです (not 駅の近く).
        ("名詞", _)
            if before.is_some_and(|b| matches!(b.surface.as_str(), "が" | "は" | "も"))
                && let Some(stem) = m.surface.strip_suffix('く')
                && morphemes(&format!("{stem}い"))
                    .first()
                    .is_some_and(|a| a.pos.0 == "形容詞" && a.surface == format!("{stem}い")) =>
        {
            Some(format!("{}{stem}いです", head(k)))
        }
        ("名詞", _) => Some(format!("{}{}です", head(k), m.surface)),
        _ => None,
    };
    match made {
        Some(s) => format!("{s}{tail}"),
        None => clause.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings_become_polite() {
        assert_eq!(polite("作業所に通う"), "作業所に通います");
        assert_eq!(polite("一緒に考えていく"), "一緒に考えていきます");
        assert_eq!(polite("時間が長い"), "時間が長いです");
        assert_eq!(polite("工夫が必要である"), "工夫が必要です");
        assert_eq!(polite("やり方がわからない"), "やり方がわかりません");
        assert_eq!(polite("一回やめた"), "一回やめました");
        assert_eq!(polite("飲み忘れは一度もなかった"), "飲み忘れは一度もありませんでした");
        assert_eq!(polite("人が多かった"), "人が多かったです");
        assert_eq!(polite("通います"), "通います");
        assert_eq!(polite("欠席はない"), "欠席はありません");
        assert_eq!(polite("時間が長く"), "時間が長いです");
        assert_eq!(polite("坂や段差が多く"), "坂や段差が多いです");
        assert_eq!(polite("駅の近く"), "駅の近くです");
        assert_eq!(polite("掃除が苦手で"), "掃除が苦手です");
        assert_eq!(polite("十分に眠れず"), "十分に眠れません");
    }

    #[test]
    fn a_sentence_is_split_at_its_joints() {
        let mut c = Vec::new();
        assert_eq!(
            apply("薬を飲み続け、落ち着いた様子を保ちながら、働く準備を少しずつ進める。", &mut c),
            [
                "薬を飲み続けます。",
                "落ち着いた様子を保ちます。",
                "そして、働く準備を少しずつ進めます。"
            ]
        );
        assert_eq!(
            apply("起きる時間が遅いので、朝の準備を一緒にする。", &mut c),
            ["起きる時間が遅いです。", "だから、朝の準備を一緒にします。"]
        );
        assert_eq!(
            apply(
                "夜遅くまで動画を見ているため朝起きられず、仕事に遅れることが増えている。",
                &mut c
            ),
            [
                "夜遅くまで動画を見ています。",
                "だから、朝起きられません。",
                "仕事に遅れることが増えています。"
            ]
        );
        assert_eq!(
            apply(
                "一人で暮らす本人が、支援を受けながら、安定した生活を送れるよう支援する。",
                &mut c
            ),
            [
                "一人で暮らす本人が、支援を受けながら、安定した生活を送れるようにします。",
                "そのために、支援します。"
            ]
        );
        assert_eq!(
            apply("住む場所を検討するため、見学に同行する。", &mut c),
            ["住む場所を検討します。", "そのために、見学に同行します。"]
        );
        assert_eq!(
            apply(
                "週3回の入浴の手伝いで、体の清潔を保つとともに皮膚の病気を防ぐようにする。",
                &mut c
            ),
            [
                "週3回の入浴の手伝いで、体の清潔を保ちます。",
                "そして、皮膚の病気を防ぐようにします。"
            ]
        );
        assert_eq!(
            apply("体験を2回した結果、本人から発言が聞かれ、今は準備を進めている。", &mut c),
            ["体験を2回した結果、本人から発言が聞かれました。", "今は準備を進めています。"]
        );
        assert_eq!(
            apply("貼り紙をしたところ、自分で着替えられる日が増えた。", &mut c),
            ["貼り紙をしました。", "すると、自分で着替えられる日が増えました。"]
        );
        assert_eq!(
            apply("9時までに着けるように、朝の準備を一緒にする。", &mut c),
            ["9時までに着けるようにします。", "そのために、朝の準備を一緒にします。"]
        );
    }
}
