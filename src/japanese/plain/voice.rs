//! A passive said actively where the sentence names who acts: ヘルパーによ
//! り入浴介助が行われる → ヘルパーが入浴介助を行う. Without an agent
//! (により, によって) the passive is left: who acts is not to be guessed.

use super::{Change, Rule, conjugate};
use crate::japanese::reading::{Morpheme, morphemes};

/// `sentence` with each passive whose agent it names made active.
pub fn apply(sentence: &str, changes: &mut Vec<Change>) -> String {
    if !sentence.contains("により") && !sentence.contains("によって") {
        return sentence.to_string();
    }
    let ms = morphemes(sentence);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    let mut clause_start = 0;
    for (p, reru) in ms.iter().enumerate() {
        if reru.surface == "、" || reru.surface == "。" {
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
    let mut out = String::with_capacity(sentence.len());
    let mut at = 0;
    for (start, end, text) in edits {
        out.push_str(&sentence[at..start]);
        out.push_str(&text);
        at = end;
    }
    out.push_str(&sentence[at..]);
    changes.push(Change::new(Rule::Voice, sentence, out.clone()));
    out
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
    let subjects: Vec<usize> = (0..clause.len())
        .filter(|&k| {
            let m = &clause[k];
            (m.surface == "が" && m.pos.1 == "格助詞") || (m.surface == "は" && m.pos.1 == "係助詞")
        })
        .collect();
    if subjects.len() > 1 {
        return None;
    }
    let verb = &ms[p - 1];
    let reru = &ms[p];
    let next = ms.get(p + 1).map_or("", |m| m.surface.as_str());
    let said = conjugate::verb(
        &verb.base,
        &verb.conj_type,
        &conjugate::form_before(&reru.conj_form, next),
    )?;
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
        assert_eq!(plain("ヘルパーにより入浴の介助が行われる。"), "ヘルパーが入浴の介助を行う。");
        // The topic stays where it is, before the clause that acts on it.
        assert_eq!(
            plain("服薬は、訪問看護師によって確認されている。"),
            "服薬は、訪問看護師が確認している。"
        );
        assert_eq!(plain("薬は看護師によって管理される。"), "薬を看護師が管理する。");
        assert_eq!(
            plain("毎週、支援員によって見守られています。"),
            "毎週、支援員が見守っています。"
        );
    }

    #[test]
    fn a_passive_without_its_agent_is_left() {
        assert_eq!(plain("入浴の介助が行われる。"), "入浴の介助が行われる。");
        assert_eq!(plain("ヘルパーによる介助が行われる。"), "ヘルパーによる介助が行われる。");
    }
}
