//! Writing template values as Typst code literals.
//!
//! Every value a template prints becomes a Typst *literal* — a string in
//! quotes, a number, `none`, an array or a dictionary — never markup. Plan
//! text therefore cannot run as Typst code or change the layout, whatever
//! characters it holds (`#`, `]`, `//`, `$`, `@`, …): inside a Typst string
//! only `\` and `"` are special, and both are escaped. Templates place
//! `{{ value }}` where Typst expects an expression, e.g. `#cell({{ x }})`.

use std::fmt::Write;

use minijinja::value::{Value, ValueKind};

/// Escapes `s` as the body of a Typst string literal (without the quotes).
pub fn escape_str_body(s: &str, out: &mut String) {
    // A label's marked readings are for the reader; where a label is
    // printed without furigana only its words remain.
    for c in crate::locale::unmark(s).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// `s` as a quoted Typst string literal.
pub fn typst_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    escape_str_body(s, &mut out);
    out.push('"');
    out
}

/// Writes `value` as a Typst literal.
pub fn write_literal(value: &Value, out: &mut String) {
    match value.kind() {
        ValueKind::Undefined | ValueKind::None => out.push_str("none"),
        ValueKind::Bool => out.push_str(if value.is_true() { "true" } else { "false" }),
        ValueKind::Number => {
            let s = value.to_string();
            // Typst reads `1e5` and `inf` differently; print floats plainly.
            if let Some(f) = value.as_i64() {
                let _ = write!(out, "{f}");
            } else if let Ok(f) = f64::try_from(value.clone()) {
                if f.is_finite() {
                    let _ = write!(out, "{f:?}");
                } else {
                    out.push_str("none");
                }
            } else {
                out.push_str(&typst_str(&s));
            }
        }
        ValueKind::String | ValueKind::Bytes | ValueKind::Invalid | ValueKind::Plain => {
            out.push_str(&typst_str(&value.to_string()));
        }
        ValueKind::Seq | ValueKind::Iterable => {
            // `(a, )` is a one-element array and `()` the empty one.
            out.push('(');
            if let Ok(iter) = value.try_iter() {
                for item in iter {
                    write_literal(&item, out);
                    out.push_str(", ");
                }
            }
            out.push(')');
        }
        ValueKind::Map => {
            out.push('(');
            let mut n = 0;
            if let Ok(iter) = value.try_iter() {
                for key in iter {
                    let v = value.get_item(&key).unwrap_or_default();
                    out.push_str(&typst_str(&key.to_string()));
                    out.push_str(": ");
                    write_literal(&v, out);
                    out.push_str(", ");
                    n += 1;
                }
            }
            if n == 0 {
                out.push(':');
            }
            out.push(')');
        }
        _ => out.push_str(&typst_str(&value.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_and_escaped() {
        assert_eq!(typst_str(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(typst_str("x\ny"), r#""x\ny""#);
        assert_eq!(typst_str("#set page(width: 1pt)"), "\"#set page(width: 1pt)\"");
        assert_eq!(typst_str("\u{7}"), r#""\u{7}""#);
    }

    #[test]
    fn collections_become_typst_arrays_and_dicts() {
        let mut out = String::new();
        write_literal(
            &Value::from(minijinja::value::Serde(
                serde_json::json!({"a": [1, "x"], "b": null, "c": []}),
            )),
            &mut out,
        );
        assert_eq!(out, r#"("a": (1, "x", ), "b": none, "c": (), )"#);
        let mut out = String::new();
        write_literal(&Value::from(minijinja::value::Serde(serde_json::json!({}))), &mut out);
        assert_eq!(out, "(:)");
    }
}
