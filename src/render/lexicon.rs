//! How a plan's words are read: the welfare dictionary, the plan's own
//! `readings:`, and its people's names.
//!
//! One function, so that the PDF and `yomeru check` read a plan the same
//! way: names are read as the plan gives them (`name_reading`,
//! `planner_reading`) or printed as written, never guessed.

use crate::japanese::reading::Lexicon;
use crate::plan::Plan;

/// The lexicon for printing and checking `plan` (as printed: a monitoring
/// report with what it carries over from its plan).
pub fn for_plan(plan: &Plan) -> Lexicon {
    let mut people = vec![(plan.person.name.as_str(), plan.person.name_reading.as_str())];
    if let Some(g) = &plan.person.guardian {
        people.push((&g.name, g.name_reading.as_deref().unwrap_or_default()));
    }
    if let (Some(planner), Some(reading)) = (&plan.office.planner, &plan.office.planner_reading) {
        people.push((planner, reading));
    }
    // Names are read in their common words; their name parts without a
    // reading in the plan are printed as written. The name the person is
    // called by is one too: in kana among other kana (母とけんたさんの) it
    // would be cut as other words (とけ, んたさん).
    // (Only a name in kana with its さん or ちゃん: a name in kanji is read
    // as the plan's names are, and a bare あい would cut あいさつ.)
    let called = plan.person.called.as_deref().filter(|c| kana_with_honorific(c)).map(|c| (c, c));
    Lexicon::for_names(
        plan.readings.iter().map(|(k, v)| (k.as_str(), v.as_str())).chain(called),
        &people,
        names(plan).into_iter().map(|(_, name)| name),
    )
}

/// Whether `called` is written in kana and ends in an honorific
/// (けんたさん, ゆいちゃん).
fn kana_with_honorific(called: &str) -> bool {
    ["さん", "ちゃん", "くん", "さま"].iter().any(|h| called.len() > h.len() && called.ends_with(h))
        && called.chars().all(crate::japanese::kana::is_kana)
}

/// The names the documents print, with their key paths: office, planner,
/// guardian, supporters, and each service's provider and contact.
pub fn names(plan: &Plan) -> Vec<(String, &str)> {
    let mut out: Vec<(String, Option<&str>)> = vec![
        ("office.name".into(), plan.office.name.as_deref()),
        ("office.planner".into(), plan.office.planner.as_deref()),
        ("person.guardian.name".into(), plan.person.guardian.as_ref().map(|g| g.name.as_str())),
    ];
    for (i, n) in plan.needs.iter().enumerate() {
        for (j, sv) in n.services.iter().enumerate() {
            out.push((format!("needs[{i}].services[{j}].provider"), sv.provider.as_deref()));
            out.push((format!("needs[{i}].services[{j}].contact"), sv.contact.as_deref()));
        }
    }
    for (i, s) in plan.supporters.iter().enumerate() {
        out.push((format!("supporters[{i}].name"), Some(s.name.as_str())));
    }
    out.into_iter().filter_map(|(path, name)| name.map(|n| (path, n))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_kana_name_with_its_honorific_is_a_word_of_its_own() {
        assert!(kana_with_honorific("けんたさん"));
        assert!(kana_with_honorific("ユイちゃん"));
        // A name in kanji is read as the plan's names are; a bare name
        // would cut other words (あいさつ).
        assert!(!kana_with_honorific("健太さん"));
        assert!(!kana_with_honorific("あい"));
        assert!(!kana_with_honorific("さん"));
    }
}
