//! Writing a plan back to its file after the editor changed it.
//!
//! The editor (`yomeru serve`) sends a plan as a JSON value; the file it
//! came from was often written by hand, with comments, blank lines and a
//! key order the specialist chose. [`update`] changes only the text of
//! what changed, so the file's diff is the edit and nothing else, and says
//! in [`Edited::lost`] what of the old text could not be kept (a comment on
//! a removed field, say). [`write`] writes a new file.
//!
//! Whatever the old text, the new text reads back (with
//! [`crate::plan::value`]) as exactly the value given: each YAML update is
//! read back before it is returned, and if it does not read back as the
//! value (a layout this module does not know how to splice), the whole
//! file is written anew and every comment is reported lost.

mod emit;
mod toml;
mod yaml;

#[cfg(test)]
mod tests;

use serde_json::Value;

use crate::plan::Format;

/// The text of a plan file updated to a new value, and what could not be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edited {
    /// The new text of the file.
    pub text: String,
    /// What of the old text the new text does not keep, in file order.
    pub lost: Vec<Lost>,
}

/// Something of the old file that the new text does not keep (a comment on
/// a removed field, a YAML anchor, a flow collection rewritten in block
/// style ...), with its line in the old file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lost {
    /// 1-based line in the old file (after a leading byte-order mark);
    /// 0 for what is about the new value rather than the old text
    /// ([`LostKind::NotWritable`]).
    pub line: usize,
    /// What it was.
    pub what: LostKind,
}

/// What kind of thing was lost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LostKind {
    /// A comment, with its text (without `#` and surrounding blanks).
    Comment(String),
    /// A YAML anchor (`&name`) on a value that changed or was removed:
    /// the value is written out in full wherever it was used.
    Anchor,
    /// A YAML alias (`*name`) whose anchor is gone: written out in full.
    Alias,
    /// A YAML tag (`!!str`) on a value that changed.
    Tag,
    /// How a value was laid out: a flow collection (`[a, b]`, `{k: v}`)
    /// rewritten in block style, a folded block scalar (`>`) rewritten as
    /// a literal one (`|`).
    Style,
    /// A key written a second time in the same mapping (the reader keeps
    /// the first), removed so that it cannot take effect later.
    DuplicateKey(String),
    /// A value TOML cannot hold (`null` in a list), left out; the text is
    /// the key path (`needs[0].days[2]`).
    NotWritable(String),
    /// The old text could not be read, so the file was written anew.
    Unreadable,
}

impl Lost {
    /// What was lost, for a message beside its line (`the comment “…”`).
    pub fn describe(&self) -> String {
        match &self.what {
            LostKind::Comment(text) => format!("the comment “{text}”"),
            LostKind::Anchor => "an anchor (&), its value written out in full".into(),
            LostKind::Alias => "an alias (*), its value written out in full".into(),
            LostKind::Tag => "a tag (!)".into(),
            LostKind::Style => "the layout of a value (flow or folded style)".into(),
            LostKind::DuplicateKey(key) => format!("the repeated key “{key}”"),
            LostKind::NotWritable(path) => format!("{path}: a null, which TOML cannot hold"),
            LostKind::Unreadable => "the old text, which could not be read".into(),
        }
    }
}

impl std::fmt::Display for Lost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => f.write_str(&self.describe()),
            line => write!(f, "line {line}: {}", self.describe()),
        }
    }
}

/// `old` (the file's text in `format`) rewritten so that its value is
/// `new`, keeping comments, key order, quoting and layout wherever the
/// field still exists. What could not be kept is listed in
/// [`Edited::lost`].
///
/// YAML: an unchanged field keeps its exact text; a changed scalar is
/// rewritten in place in its old quoting style; a new key goes at the end
/// of its mapping, a new list item where it was inserted; a removed field
/// takes its lines and the comment lines directly above it. JSON is
/// written anew (it has no comments). TOML is edited in place with
/// `toml_edit`; a `null` field is left out (TOML has none).
///
/// For TOML the top level must be an object (a TOML file is a table);
/// any other value is written as an empty file.
pub fn update(old: &str, format: Format, new: &Value) -> Edited {
    // A key left empty in the file (`called:  # 呼び名`) and a key left out
    // read the same. The editor leaves out what it never had to write: such
    // a key stays as it is, with its comment.
    let kept;
    let before = (format == Format::Yaml).then(|| crate::plan::value(old, format).ok()).flatten();
    let new = match before {
        Some(before) => {
            kept = with_empty_keys(&before, new);
            &kept
        }
        None => new,
    };
    match format {
        Format::Json => Edited { text: write(new, format), lost: Vec::new() },
        Format::Toml => toml::update(old, new).unwrap_or_else(|| {
            let (text, lost) = toml::write(new);
            let mut all = vec![Lost { line: 1, what: LostKind::Unreadable }];
            all.extend(lost);
            Edited { text, lost: all }
        }),
        Format::Yaml => yaml_update(old, new),
    }
}

/// `new` with the keys that are `null` in `old` (at the same place, within
/// mappings and lists) and missing in `new` put back as `null`, in place.
fn with_empty_keys(old: &Value, new: &Value) -> Value {
    match (old, new) {
        (Value::Object(o), Value::Object(n)) => {
            let mut out = serde_json::Map::new();
            // The old file's order first, so that a kept key is where it was.
            for (k, v) in o {
                match n.get(k) {
                    Some(nv) => {
                        out.insert(k.clone(), with_empty_keys(v, nv));
                    }
                    None if v.is_null() => {
                        out.insert(k.clone(), Value::Null);
                    }
                    None => {}
                }
            }
            for (k, v) in n {
                if !out.contains_key(k) {
                    out.insert(k.clone(), v.clone());
                }
            }
            Value::Object(out)
        }
        // A list item is the old one with the same `id` (a need moved up
        // or down), else the one at its place when the list kept its length.
        (Value::Array(o), Value::Array(n)) => Value::Array(
            n.iter()
                .enumerate()
                .map(|(i, item)| {
                    let id = item.get("id").filter(|id| !id.is_null());
                    let was = match id {
                        Some(id) => o.iter().find(|x| x.get("id") == Some(id)),
                        None if o.len() == n.len() => o.get(i).filter(|x| x.get("id").is_none()),
                        None => None,
                    };
                    match was {
                        Some(was) => with_empty_keys(was, item),
                        None => item.clone(),
                    }
                })
                .collect(),
        ),
        _ => new.clone(),
    }
}

/// A new file's text for `new` (keys in the value's order), in `format`.
///
/// For TOML the top level must be an object and `null` values are left
/// out (see [`update`]).
pub fn write(new: &Value, format: Format) -> String {
    match format {
        Format::Json => {
            // `to_string_pretty` indents by two spaces; only an unwritable
            // number (never in a `Value`) could fail.
            let mut text = serde_json::to_string_pretty(new).expect("a JSON value serialises");
            text.push('\n');
            // `plan::value` takes byte-order marks out of the whole text;
            // serde_json writes one in a string raw, and a raw one can only
            // be in a string, where `\ufeff` means the same.
            text.replace('\u{feff}', "\\ufeff")
        }
        Format::Toml => toml::write(new).0,
        Format::Yaml => emit::document(new),
    }
}

/// The YAML update with its safety net: the spliced text if it reads back
/// as `new`, else the whole file written anew with every comment lost.
fn yaml_update(old: &str, new: &Value) -> Edited {
    if let Some(edited) = yaml_splice(old, new) {
        return edited;
    }
    let text = emit::document(new);
    let lost = match yaml::comments_of(old) {
        Some(comments) => comments,
        None => vec![Lost { line: 1, what: LostKind::Unreadable }],
    };
    Edited { text, lost }
}

/// The spliced YAML update, or `None` if the old text cannot be read or
/// the splice does not read back as `new`.
fn yaml_splice(old: &str, new: &Value) -> Option<Edited> {
    // The same clean-up `plan::value` does before it reads, undone after:
    // a leading byte-order mark and Windows line ends are kept as found.
    let (bom, body) = match old.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", old),
    };
    let crlf = body.contains("\r\n");
    let mut work = body.replace("\r\n", "\n").replace('\r', "\n").replace('\u{feff}', "");
    // Lines are inserted after the line a mapping ends on; a last line
    // without its line break would run into them.
    let final_break = work.is_empty() || work.ends_with('\n');
    if !final_break {
        work.push('\n');
    }
    let (mut text, lost) = yaml::update(&work, new)?;
    if !final_break && text.ends_with('\n') {
        text.pop();
    }
    if crlf {
        text = text.replace('\n', "\r\n");
    }
    text.insert_str(0, bom);
    match crate::plan::value(&text, Format::Yaml) {
        Ok(back) if back == *new => Some(Edited { text, lost }),
        _ => None,
    }
}
