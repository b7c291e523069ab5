//! Writing JSON values as YAML text in the style of hand-written plan files:
//! block collections indented by two spaces, plain scalars wherever they
//! read back as the same string, quotes only where needed.

use serde_json::Value;

use crate::plan::source::{NodeValue, resolve_plain};

/// How a scalar was quoted in the old file, so that a changed value keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Quote {
    Plain,
    Single,
    Double,
}

/// A value as YAML text at some indentation.
pub(super) enum Out {
    /// Goes after `key: ` or `- ` on the same line (a scalar, `[]`, `{}`,
    /// or a block scalar whose header is on that line and whose content
    /// lines are already indented).
    Inline(String),
    /// Whole lines, each starting with the indentation, without the last
    /// line break: a block mapping or sequence.
    Lines(String),
}

/// Characters that no quoting style but double quotes with an escape can
/// carry through `plan::value`, which also takes byte-order marks and
/// carriage returns out of the whole text before parsing.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}')
}

/// Whether `s` may be written plain (unquoted) and read back as the same
/// string. Deliberately stricter than YAML: a plain scalar that some reader
/// could take differently costs a specialist a confusing error, quotes cost
/// nothing.
pub(super) fn plain_ok(s: &str, flow: bool) -> bool {
    let (Some(first), Some(last)) = (s.chars().next(), s.chars().last()) else {
        return false;
    };
    if first.is_whitespace() || last.is_whitespace() {
        return false;
    }
    // `true`, `null`, `~`, `12`, `1.5` are other types; `09:30`, `yes` and
    // dates are strings in this project (source::resolve_plain).
    if !matches!(resolve_plain(s), NodeValue::Str(_)) {
        return false;
    }
    if s.chars().any(|c| needs_escape(c) || c == '\t') {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) || s.starts_with("---") || s.starts_with("...") {
        return false;
    }
    if s.contains(": ") || s.ends_with(':') || s.contains(" #") {
        return false;
    }
    // Times (`09:30`) are text to this project's reader, but numbers in
    // base 60 to YAML 1.1 readers; hand-written plans quote them.
    if s.split(':').count() > 1
        && s.split(':').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    // In a flow collection these end the scalar; `:` there also needs a
    // space after it to be an indicator, but not every reader agrees.
    !(flow && s.contains([',', '[', ']', '{', '}', ':']))
}

/// `s` single-quoted, if single quotes can carry it (one line, nothing to escape).
fn single(s: &str) -> Option<String> {
    if s.chars().any(needs_escape) {
        return None;
    }
    Some(format!("'{}'", s.replace('\'', "''")))
}

/// `s` double-quoted with escapes: carries any string on one line.
pub(super) fn double(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02X}"));
                } else {
                    out.push_str(&format!("\\u{n:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s` as a one-line scalar, in the style `prefer` if it can carry it,
/// else the plainest style that can.
pub(super) fn string(s: &str, prefer: Quote, flow: bool) -> String {
    match prefer {
        Quote::Double => double(s),
        Quote::Single => single(s).unwrap_or_else(|| double(s)),
        Quote::Plain if plain_ok(s, flow) => s.to_string(),
        Quote::Plain => single(s).unwrap_or_else(|| double(s)),
    }
}

/// Whether `s` reads back unchanged from a literal block scalar (`|` or
/// `|-`) whose indentation is found from its first line. Strings this
/// rejects are double-quoted instead: leading blanks need an indentation
/// indicator, lines of only blanks and several trailing line breaks need
/// keep chomping, whose trailing lines run into whatever follows.
pub(super) fn block_ok(s: &str) -> bool {
    if !s.contains('\n') || s.starts_with([' ', '\t', '\n']) {
        return false;
    }
    if s.chars().any(|c| needs_escape(c) && c != '\n' && c != '\t') {
        return false;
    }
    let body = s.strip_suffix('\n').unwrap_or(s);
    if body.ends_with('\n') {
        return false;
    }
    body.split('\n').all(|line| line.is_empty() || !line.chars().all(|c| c == ' ' || c == '\t'))
        && !body.ends_with([' ', '\t'])
}

/// `s` (which passes [`block_ok`]) as a literal block scalar: the header,
/// then its lines indented by `indent` spaces, without the last line break.
pub(super) fn literal(s: &str, indent: usize) -> String {
    let (body, header) = match s.strip_suffix('\n') {
        Some(body) => (body, "|"),
        None => (s, "|-"),
    };
    let pad = " ".repeat(indent);
    let mut out = String::from(header);
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    out
}

/// A key of a mapping: plain where it can be, else quoted on one line.
pub(super) fn key(k: &str) -> String {
    string(k, Quote::Plain, false)
}

/// A scalar value (not a collection) on one line.
pub(super) fn scalar(v: &Value, prefer: Quote, flow: bool) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        // serde_json writes floats with ryu (`1e20`, `1.0`), which the
        // reader takes back as floats; Rust's `Display` would write
        // `100000000000000000000`, an integer too large, read as text.
        Value::Number(n) => n.to_string(),
        Value::String(s) => string(s, prefer, flow),
        Value::Array(_) | Value::Object(_) => unreachable!("scalar() is given scalars"),
    }
}

/// `v` as YAML whose lines (after the first, for inline output) are
/// indented by `indent` spaces.
pub(super) fn emit(v: &Value, indent: usize) -> Out {
    let pad = " ".repeat(indent);
    match v {
        Value::String(s) if block_ok(s) => Out::Inline(literal(s, indent)),
        Value::Array(items) if items.is_empty() => Out::Inline("[]".into()),
        Value::Object(map) if map.is_empty() => Out::Inline("{}".into()),
        Value::Array(items) => {
            let lines: Vec<String> = items
                .iter()
                .map(|item| match emit(item, indent + 2) {
                    Out::Inline(t) => format!("{pad}- {t}"),
                    // The first line of the item goes after the dash,
                    // which takes the place of its indentation.
                    Out::Lines(b) => format!("{pad}- {}", &b[indent + 2..]),
                })
                .collect();
            Out::Lines(lines.join("\n"))
        }
        Value::Object(map) => {
            let lines: Vec<String> = map
                .iter()
                .map(|(k, v)| match emit(v, indent + 2) {
                    Out::Inline(t) => format!("{pad}{}: {t}", key(k)),
                    Out::Lines(b) => format!("{pad}{}:\n{b}", key(k)),
                })
                .collect();
            Out::Lines(lines.join("\n"))
        }
        scalar_value => Out::Inline(scalar(scalar_value, Quote::Plain, false)),
    }
}

/// A whole YAML file for `v`.
pub(super) fn document(v: &Value) -> String {
    match v {
        // A block scalar at the top level would sit at indentation zero,
        // where `---` or `...` in its text would end the document.
        Value::String(s) => format!("{}\n", string(s, Quote::Plain, false)),
        _ => match emit(v, 0) {
            Out::Inline(t) | Out::Lines(t) => format!("{t}\n"),
        },
    }
}

/// A collection of scalars as a one-line flow collection (`[a, b]`,
/// `{ k: v }`), or `None` if it holds collections. `spaced` puts spaces
/// inside the braces of a mapping, as the old text did.
pub(super) fn flow(v: &Value, spaced: bool) -> Option<String> {
    let one = |x: &Value| match x {
        Value::Array(_) | Value::Object(_) => None,
        x => Some(scalar(x, Quote::Plain, true)),
    };
    match v {
        Value::Array(items) => {
            let parts: Option<Vec<String>> = items.iter().map(one).collect();
            Some(format!("[{}]", parts?.join(", ")))
        }
        Value::Object(map) => {
            let parts: Option<Vec<String>> = map
                .iter()
                .map(|(k, x)| Some(format!("{}: {}", string(k, Quote::Plain, true), one(x)?)))
                .collect();
            let inner = parts?.join(", ");
            Some(if spaced && !inner.is_empty() {
                format!("{{ {inner} }}")
            } else {
                format!("{{{inner}}}")
            })
        }
        _ => None,
    }
}
