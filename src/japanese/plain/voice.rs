//! A passive said actively where the sentence names who acts: ヘルパーによ
//! り入浴介助が行われる → ヘルパーが入浴介助を行う. Without an agent
//! (により, によって) the passive is left: who acts is not to be guessed.

use super::{Change, Rule, Splice, conjugate, people};
use crate::japanese::reading::{Morpheme, morphemes};

/// `sentence` with someone's deed said with its doer: 職員による確認 →
/// 職員がする確認 (の would say whose: the staff's skin).
fn doer(sentence: &str, changes: &mut Vec<Change>) -> String {
    if !sentence.contains("による") {
        return sentence.to_string();
    }
    let ms = morphemes(sentence);
    let mut out = Splice::new(sentence);
    for (k, m) in ms.iter().enumerate() {
        let by = m.surface == "による"
            || (m.surface == "に" && ms.get(k + 1).is_some_and(|n| n.surface == "よる"));
        if !by || k == 0 || sentence[..m.span.start].ends_with("事業所") {
            continue;
        }
        let before = &sentence[..m.span.start];
        let person = people::names_someone(before);
        if !person || ms[k - 1].pos.0 != "名詞" {
            continue;
        }
        let end = if m.surface == "による" { m.span.end } else { ms[k + 1].span.end };
        // 職員によると: according to them, not their deed.
        if sentence[end..].starts_with('と') {
            continue;
        }
        out.replace(m.span.start..end, "がする");
        changes.push(Change::new(Rule::Voice, &sentence[m.span.start..end], "がする"));
    }
    out.finish()
}

/// 訪問看護（週1回）により服薬状況の確認を行い、…報告する: a visiting
/// service's staff are the ones who act (訪問看護（週1回）の看護師さんが
/// …). Said with で, as a means, the deeds would read as the person's.
/// (Not before a passive, which the agent's rule makes active.)
fn by_service_staff(sentence: &str, changes: &mut Vec<Change>) -> String {
    if !sentence.contains("により") && !sentence.contains("によって") {
        return sentence.to_string();
    }
    let ms = morphemes(sentence);
    if ms.iter().any(|m| {
        m.pos == ("動詞".into(), "接尾".into()) && matches!(m.base.as_str(), "れる" | "られる")
    }) {
        return sentence.to_string();
    }
    for (service, doer) in people::VISITING {
        let Some(at) = sentence.find(service) else { continue };
        let mut after = &sentence[at + service.len()..];
        // (The formal text's own brackets: 「訪問看護」により.)
        after = after.strip_prefix('」').unwrap_or(after);
        // (A note of how often may stand between: 訪問看護（週1回）により.)
        if let Some(note) = after.strip_prefix('（').and_then(|a| a.split_once('）')) {
            after = note.1;
        }
        let Some(by) = ["により", "によって"].into_iter().find(|b| after.starts_with(b))
        else {
            continue;
        };
        // (Only where the staff carry out deeds in the clause after it,
        // …の確認を行い: 同行援護により通所時の安全の確保に努める is the
        // means, ヘルパーが通う時 would be the helper's commute; nor where
        // that clause has a subject of its own, 体調が安定し.)
        let rest = &after[by.len()..];
        let clause = rest.split('、').next().unwrap_or(rest);
        let own_subject = morphemes(clause)
            .iter()
            .any(|m| m.pos.0 == "助詞" && matches!(m.surface.as_str(), "が" | "は"));
        if !["を行", "を実施"].iter().any(|d| clause.contains(d)) || own_subject {
            continue;
        }
        let from = sentence.len() - after.len();
        // (看護師, as the formal text names them: the word rules add さん.)
        let said = format!("の{}が", doer.trim_end_matches("さん"));
        let out = format!("{}{said}{}", &sentence[..from], &after[by.len()..]);
        changes.push(Change::new(Rule::Voice, by, said));
        return out;
    }
    sentence.to_string()
}

/// …ことが多いと担任から報告されている: who reported said first, as the
/// one the report came from (担任から、…と報告されている), so the frame of
/// what was heard takes it. Left after what was reported, the person set
/// off inside the report (ご本人は…) reads as the one it was reported to.
/// A report of a こと (…抱え込んでいたことが実習先から報告されている) is
/// all of what comes before it.
fn reported_by(sentence: &str, changes: &mut Vec<Change>) -> String {
    const REPORTED: &[&str] = &["報告", "連絡", "説明", "指摘"];
    if !sentence.contains("から") || !REPORTED.iter().any(|r| sentence.contains(r)) {
        return sentence.to_string();
    }
    let ms = morphemes(sentence);
    let Some(from) = (1..ms.len().saturating_sub(3)).find(|&f| {
        ms[f].surface == "から"
            && ms[f].pos.1 == "格助詞"
            && REPORTED.contains(&ms[f + 1].surface.as_str())
            && ms[f + 2].base == "する"
            && ms[f + 2].conj_form == "未然レル接続"
            && ms[f + 3].pos == ("動詞".into(), "接尾".into())
            && ms[f + 3].base == "れる"
    }) else {
        return sentence.to_string();
    };
    // The one who reported: the nouns between と (or こと が) and から,
    // someone or a body that acts (学校の先生, 担任, 事業所, 実習先).
    let Some(to) = ms[..from]
        .iter()
        .rposition(|m| m.pos.0 == "助詞" && (m.surface == "と" || m.surface == "が"))
    else {
        return sentence.to_string();
    };
    let of_a_thing = ms[to].surface == "が";
    if of_a_thing && (to == 0 || ms[to - 1].surface != "こと") {
        return sentence.to_string();
    }
    // A quoting と follows what is said (多いと, 来たと, 「…」と), not a
    // noun it joins to another (母と父から).
    if !of_a_thing
        && (to == 0
            || !matches!(ms[to - 1].pos.0.as_str(), "動詞" | "形容詞" | "助動詞")
                && ms[to - 1].surface != "」")
    {
        return sentence.to_string();
    }
    // The report ends its clause (報告されている, 報告された。), not one
    // that names a noun after it (本人から報告された困りごと).
    let after = ms.get(from + 4);
    if after.is_some_and(|m| m.pos.0 == "名詞") {
        return sentence.to_string();
    }
    let agent = &ms[to + 1..from];
    let nouns = !agent.is_empty()
        && agent.iter().all(|m| matches!(m.pos.0.as_str(), "名詞" | "接頭詞") || m.surface == "の");
    if to < 2 || !nouns {
        return sentence.to_string();
    }
    let who = &sentence[agent[0].span.start..agent[agent.len() - 1].span.end];
    let acts = people::names_someone(who) || people::names_a_body(who) || who.ends_with('先');
    if !acts {
        return sentence.to_string();
    }
    // What was reported: after the last clause before it ends (体験宿泊
    // を行い、2回目以降は…と報告された: the stays are not the report's),
    // or, for a こと, all before it.
    let start = if of_a_thing {
        0
    } else {
        ms[..to]
            .iter()
            .enumerate()
            .rfind(|(k, m)| m.surface == "、" && *k > 0 && ends_clause(&ms[k - 1]))
            .map_or(0, |(_, m)| m.span.end)
    };
    let end = if of_a_thing { ms[to - 1].span.start } else { ms[to].span.start };
    // (Not where someone else is set off before what was reported, 母は、
    // …と主治医から説明されている: they are the one told.)
    if sentence[start..end].split_once("は、").is_some_and(|(who, _)| people::names_someone(who))
    {
        return sentence.to_string();
    }
    let out = format!(
        "{}{who}から、{}と{}",
        &sentence[..start],
        &sentence[start..end],
        &sentence[ms[from + 1].span.start..]
    );
    changes.push(Change::new(Rule::Voice, sentence, out.clone()));
    out
}

/// `sentence` with each passive whose agent it names made active, and
/// each deed a person does said with its doer (職員による確認).
pub fn apply(sentence: &str, changes: &mut Vec<Change>) -> String {
    let sentence = &by_service_staff(&reported_by(&doer(sentence, changes), changes), changes);
    if !sentence.contains("により") && !sentence.contains("によって") {
        return sentence.to_string();
    }
    let ms = morphemes(sentence);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut clause_start = 0;
    for (p, reru) in ms.iter().enumerate() {
        // A 、 after a verb, an adjective or a joining particle ends a
        // clause; one after a noun or a case particle (調理と掃除は、…によ
        // り、週2回、) is inside it.
        if reru.surface == "、" && p > 0 && ends_clause(&ms[p - 1]) {
            clause_start = p + 1;
            continue;
        }
        let is_passive = reru.pos == ("動詞".into(), "接尾".into())
            && matches!(reru.base.as_str(), "れる" | "られる");
        if !is_passive || p == 0 {
            continue;
        }
        let verb = &ms[p - 1];
        if verb.pos.0 != "動詞" || !verb.conj_form.starts_with("未然") {
            continue;
        }
        if let Some(mut found) = active(&ms, clause_start, p) {
            edits.append(&mut found);
        }
        clause_start = p + 1;
    }
    if edits.is_empty() {
        return sentence.to_string();
    }
    let mut out = Splice::new(sentence);
    for (start, end, text) in edits {
        // 行われる → する is a word put in place too: listed as one.
        if sentence[start..end].starts_with('行') {
            changes.push(Change::new(Rule::Word, &sentence[start..end], text.clone()));
        }
        out.replace(start..end, &text);
    }
    let out = out.finish();
    changes.push(Change::new(Rule::Voice, sentence, out.clone()));
    out
}

/// Whether a 、 after `m` ends a clause.
fn ends_clause(m: &Morpheme) -> bool {
    matches!(m.pos.0.as_str(), "動詞" | "形容詞" | "助動詞") || m.pos.1 == "接続助詞"
}

/// The edits that make the passive ending at `ms[p]` (its verb at `p - 1`)
/// active, within the clause starting at `ms[start]`: the agent's により
/// becomes が, the subject's が or は becomes を, and the verb loses its
/// passive. `None` unless the clause has exactly one agent, a noun, and at
/// most one subject.
fn active(ms: &[Morpheme], start: usize, p: usize) -> Option<Vec<(usize, usize, String)>> {
    let clause = &ms[start..p - 1];
    let agents: Vec<usize> = (0..clause.len())
        .filter(|&k| matches!(clause[k].surface.as_str(), "により" | "によって"))
        .collect();
    let [agent] = agents[..] else { return None };
    if agent == 0 || clause[agent - 1].pos.0 != "名詞" {
        return None;
    }
    // 病気の進行により転倒された: a cause, not someone who acts (and
    // された is then respect); only a person or a body acts.
    // A name (固有名詞) acts; 定員 or 全員 is no one who does.
    let named = &clause[agent - 1];
    let acts = named.pos.1 == "固有名詞"
        || ((people::names_someone(&named.surface) || people::names_a_body(&named.surface))
            && !["定員", "満員", "全員", "人員"].contains(&named.surface.as_str()));
    if !acts {
        return None;
    }
    // The subject is marked が; without one, the topic は is the subject
    // (入浴は…介助されている). A topic beside a が subject (通院時は、…介
    // 助が行われ) stays.
    let marked = |particle: &str, kind: &str| -> Vec<usize> {
        (0..clause.len())
            .filter(|&k| clause[k].surface == particle && clause[k].pos.1 == kind)
            .collect()
    };
    let mut subjects = marked("が", "格助詞");
    if subjects.is_empty() {
        subjects = marked("は", "係助詞");
    }
    if subjects.len() > 1 {
        return None;
    }
    // Agent and subject belong to this verb only when no other verb comes
    // between them and it (助言により…貼ったところ…着替えられる: the
    // agent is of another clause, and られる there says can).
    let from = subjects.first().map_or(agent, |&s| s.min(agent));
    // (A verb's 連用形 before が, を or の is a noun: 宿題の見守りが.)
    let predicate = |k: usize| {
        let m = &clause[k];
        let as_noun = m.conj_form == "連用形"
            && clause
                .get(k + 1)
                .is_some_and(|n| matches!(n.surface.as_str(), "が" | "を" | "の" | "は"));
        matches!(m.pos.0.as_str(), "動詞" | "形容詞" | "助動詞") && !as_noun
    };
    if (from..clause.len()).any(predicate) {
        return None;
    }
    let verb = &ms[p - 1];
    let reru = &ms[p];
    let next = ms.get(p + 1).map_or("", |m| m.surface.as_str());
    let form = conjugate::form_before(&reru.conj_form, next);
    // 行っている would read いっている (to go): 行う is said する.
    let said = if verb.base == "行う" {
        conjugate::verb("する", "サ変・スル", &form)?
    } else {
        conjugate::verb(&verb.base, &verb.conj_type, &form)?
    };
    let mut edits = vec![(clause[agent].span.start, clause[agent].span.end, "が".to_string())];
    if let Some(&s) = subjects.first() {
        edits.push((clause[s].span.start, clause[s].span.end, "を".to_string()));
    }
    edits.push((verb.span.start, reru.span.end, said));
    edits.sort_by_key(|e| e.0);
    Some(edits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        apply(s, &mut Vec::new())
    }

    #[test]
    fn a_passive_with_its_agent_named_is_made_active() {
        assert_eq!(plain("ヘルパーにより入浴の介助が行われる。"), "ヘルパーが入浴の介助をする。");
        // A 、 after the topic is inside the clause: the topic is what is
        // acted on.
        assert_eq!(
            plain("服薬は、訪問看護師によって確認されている。"),
            "服薬を、訪問看護師が確認している。"
        );
        assert_eq!(plain("薬は看護師によって管理される。"), "薬を看護師が管理する。");
        assert_eq!(plain("指導員によって宿題の見守りが行われる。"), "指導員が宿題の見守りをする。");
        assert_eq!(
            plain("通院時は、ヘルパーによって受診の介助が行われる。"),
            "通院時は、ヘルパーが受診の介助をする。"
        );
        assert_eq!(
            plain("毎週、支援員によって見守られています。"),
            "毎週、支援員が見守っています。"
        );
    }

    #[test]
    fn what_someone_reported_is_said_as_their_report() {
        assert_eq!(
            plain("本人は隅に座り込んでいることが多いと担任から報告されている。"),
            "担任から、本人は隅に座り込んでいることが多いと報告されている。"
        );
        assert_eq!(
            plain("体験宿泊を行い、夜も落ち着いて過ごせたと事業所から報告された。"),
            "体験宿泊を行い、事業所から、夜も落ち着いて過ごせたと報告された。"
        );
        // A report of a こと is all before it.
        assert_eq!(
            plain("前回は手が止まり、一人で抱え込んでいたことが実習先から報告されている。"),
            "実習先から、前回は手が止まり、一人で抱え込んでいたと報告されている。"
        );
        // Not a と that joins two who reported, nor a report that names a
        // noun after it, nor one told to someone set off first.
        assert_eq!(
            plain("眠れていないと母と父から報告されている。"),
            "眠れていないと母と父から報告されている。"
        );
        assert_eq!(
            plain("相談員は、本人と母から報告された困りごとを整理する。"),
            "相談員は、本人と母から報告された困りごとを整理する。"
        );
        assert_eq!(
            plain("母は、本人が夜眠れていないと主治医から説明されている。"),
            "母は、本人が夜眠れていないと主治医から説明されている。"
        );
        // Not where it was reported by no one named, or by a cause.
        assert_eq!(plain("転倒したと報告されている。"), "転倒したと報告されている。");
        assert_eq!(
            plain("疲れやすいと検査結果から指摘されている。"),
            "疲れやすいと検査結果から指摘されている。"
        );
    }

    #[test]
    fn a_deed_by_a_person_is_said_with_its_doer() {
        assert_eq!(plain("職員による皮膚の状態の確認。"), "職員がする皮膚の状態の確認。");
        assert_eq!(plain("病気による入院。"), "病気による入院。", "a cause, not a doer");
        assert_eq!(plain("職員によると、疲れている。"), "職員によると、疲れている。", "who says");
    }

    #[test]
    fn a_passive_without_its_agent_is_left() {
        assert_eq!(
            plain("助言により、手順表を貼ったところ、自分で着替えられる日が増えた。"),
            "助言により、手順表を貼ったところ、自分で着替えられる日が増えた。",
            "the agent is of another verb, and られる says can"
        );
        assert_eq!(plain("入浴の介助が行われる。"), "入浴の介助が行われる。");
        assert_eq!(
            plain("病気の進行により浴室で転倒された。"),
            "病気の進行により浴室で転倒された。",
            "a cause is not who acts"
        );
        assert_eq!(plain("ヘルパーによる介助が行われる。"), "ヘルパーがする介助が行われる。");
    }
}
