//! Suggested plain wording for a whole plan (`yomeru plain`, the editor's
//! suggestion): for each text field the easy version prints in its formal
//! wording, a first draft of its `plain` from [`crate::japanese::plain`],
//! and the plan file with the drafts written in.

use serde::Serialize;
use serde_json::Value;

use crate::Location;
use crate::japanese::align::Boundary;
use crate::japanese::kana::to_hiragana;
use crate::japanese::plain::{Options, Suggestion, suggest};
use crate::japanese::reading::{Lexicon, hiragana, read};
use crate::plan::edit::{Edited, update};
use crate::plan::{Format, LoadedPlan};

/// A suggestion for one field.
#[derive(Debug, Clone, Serialize)]
pub struct FieldSuggestion {
    /// Its key path (`needs[2].need`).
    pub path: String,
    /// Where it is written.
    #[serde(skip)]
    pub location: Location,
    /// The formal text.
    pub formal: String,
    /// The suggestion, its changes and what was left as it was.
    #[serde(flatten)]
    pub suggestion: Suggestion,
}

/// A suggestion for every field of `loaded` that the easy version prints
/// in its formal wording (no `plain`; the person's own words are never
/// rewritten), in file order. Fields whose every sentence had to be left
/// as it was are listed too, with their flags, and the same text.
pub fn plan(loaded: &LoadedPlan) -> Vec<FieldSuggestion> {
    let printed = loaded.printed();
    let lexicon = crate::render::lexicon::for_plan(&printed);
    let texts = crate::plan::fields::texts(&loaded.plan);
    crate::readability::formal_in_easy(loaded)
        .into_iter()
        .filter_map(|(path, location)| {
            let text = texts.iter().find(|(p, _)| *p == path)?.1.text.clone();
            let options = Options::for_field(printed.person.called.clone(), &path);
            let suggestion = suggest(&text, &lexicon, &options);
            Some(FieldSuggestion { path, location, formal: text, suggestion })
        })
        .collect()
}

/// A piece of a suggestion, and whether its words are new (not the formal
/// text's words merely written in kana): what the editor highlights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// The text, spaces included.
    pub text: String,
    /// Whether the engine changed these words.
    pub changed: bool,
}

/// `suggestion` cut into [`Mark`]s by word: compared in kana with the
/// formal text (both read with `lexicon`; spaces, punctuation and brackets
/// left out), a word of the suggestion is marked changed when any of its
/// sounds is new; the formal words merely written in kana, or kept in
/// kanji, are not.
pub fn marks(formal: &str, suggestion: &str, lexicon: &Lexicon) -> Vec<Mark> {
    let sounds =
        |s: &str| -> Vec<char> { to_hiragana(s).chars().filter(|c| c.is_alphanumeric()).collect() };
    let old = sounds(&hiragana(formal, lexicon, false));
    // The suggestion's words, each with its sounds.
    let mut words: Vec<(String, Vec<char>)> = Vec::new();
    for seg in read(suggestion, lexicon) {
        let said = sounds(seg.ruby.as_deref().unwrap_or(&seg.base));
        match words.last_mut() {
            Some((text, sound)) if seg.boundary == Boundary::Inside => {
                text.push_str(&seg.base);
                sound.extend(said);
            }
            _ => words.push((seg.base.clone(), said)),
        }
    }
    let new: Vec<char> = words.iter().flat_map(|(_, s)| s.iter().copied()).collect();
    let mut changed = vec![false; new.len()];
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new) {
        if let similar::DiffOp::Insert { new_index, new_len, .. }
        | similar::DiffOp::Replace { new_index, new_len, .. } = op
        {
            changed[new_index..new_index + new_len].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut out: Vec<Mark> = Vec::new();
    let mut at = 0;
    for (text, sound) in words {
        let flag = changed[at..at + sound.len()].iter().any(|c| *c);
        at += sound.len();
        // Spaces and punctuation go with what is before them.
        let flag = if sound.is_empty() {
            out.last().is_some_and(|m| m.changed) && !text.contains(['、', '。'])
        } else {
            flag
        };
        match out.last_mut() {
            Some(m) if m.changed == flag => m.text.push_str(&text),
            _ => out.push(Mark { text, changed: flag }),
        }
    }
    out
}

/// `old` (a plan file's text in `format`) with each suggestion written as
/// its field's `plain`, where the file has that field and no `plain` yet
/// and the suggestion changed something; nothing else of the file changes
/// (comments, key order and layout stay, see [`update`]). `None` when the
/// text cannot be read as a plan value.
pub fn write(old: &str, format: Format, fields: &[FieldSuggestion]) -> Option<(Edited, usize)> {
    let mut value = crate::plan::value(old, format).ok()?;
    let mut written = 0;
    for f in fields {
        if f.suggestion.text == f.formal {
            continue;
        }
        if let Some(slot) = at_path(&mut value, &f.path) {
            match slot {
                Value::String(s) if *s == f.formal => {
                    let mut map = serde_json::Map::new();
                    map.insert("text".into(), Value::String(f.formal.clone()));
                    map.insert("plain".into(), Value::String(f.suggestion.text.clone()));
                    *slot = Value::Object(map);
                    written += 1;
                }
                Value::Object(map)
                    if map
                        .get("plain")
                        .is_none_or(|p| p.as_str().is_some_and(|p| p.trim().is_empty()))
                        && map.get("text").and_then(Value::as_str) == Some(f.formal.as_str()) =>
                {
                    map.insert("plain".into(), Value::String(f.suggestion.text.clone()));
                    written += 1;
                }
                _ => {}
            }
        }
    }
    Some((update(old, format, &value), written))
}

/// The value at a key path (`needs[2].services[0].content`), if there is one.
fn at_path<'a>(value: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    let mut at = value;
    for part in path.split('.') {
        let (key, indexes) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            at = at.get_mut(key)?;
        }
        for index in indexes.split(']').filter(|s| !s.is_empty()) {
            let n: usize = index.strip_prefix('[')?.parse().ok()?;
            at = at.get_mut(n)?;
        }
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_words_are_marked_and_words_written_in_kana_are_not() {
        let lexicon = Lexicon::welfare();
        let m = marks("朝の準備を行う。", "朝の じゅんびを します。", &lexicon);
        let changed: String = m.iter().filter(|m| m.changed).map(|m| m.text.as_str()).collect();
        let kept: String = m.iter().filter(|m| !m.changed).map(|m| m.text.as_str()).collect();
        assert!(changed.contains('し'), "{m:?}");
        assert!(kept.contains("じゅんびを"), "{m:?}");
        let all: String = m.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(all, "朝の じゅんびを します。");
    }

    #[test]
    fn key_paths_reach_into_lists() {
        let mut v =
            serde_json::json!({"needs": [{"services": [{"content": "x"}, {"content": "y"}]}]});
        assert_eq!(at_path(&mut v, "needs[0].services[1].content"), Some(&mut Value::from("y")));
        assert_eq!(at_path(&mut v, "needs[1].need"), None);
    }
}
