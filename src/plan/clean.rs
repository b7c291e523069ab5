//! Characters no one can see, taken out of a plan's text before anything
//! else reads it.
//!
//! Control characters, bidirectional overrides, zero-width spaces and
//! byte-order marks come into plans by copy and paste from web pages, PDFs
//! and office software. None of them can be seen in an editor, and each
//! does harm in a PDF: U+202E prints 佐藤 as 藤佐, U+FEFF has no glyph and
//! fails PDF/A, an escape sequence echoed in a message clears the terminal.
//! They are removed from every value, and each removal is a located
//! warning, so the specialist knows the file and the PDF differ.

use super::source::{Node, NodeValue, join_key};
pub use crate::error::is_invisible;
use crate::error::{Location, Warning, WarningKind};

/// Removes invisible characters from every string value under `node`
/// (at key path `path`), returning a warning for each kind of character
/// removed from each value.
pub fn clean(node: &mut Node, path: &str, warnings: &mut Vec<Warning>) {
    // Iterative: the tree's depth is bounded, but a stack costs nothing.
    let mut todo: Vec<(&mut Node, String)> = vec![(node, path.to_string())];
    while let Some((node, path)) = todo.pop() {
        let pos = node.pos;
        match &mut node.value {
            NodeValue::Str(s) if s.chars().any(is_invisible) => {
                let mut removed: Vec<char> = Vec::new();
                s.retain(|c| {
                    let gone = is_invisible(c);
                    if gone && !removed.contains(&c) {
                        removed.push(c);
                    }
                    !gone
                });
                for ch in removed {
                    let location = Location {
                        line: Some(pos.line),
                        column: Some(pos.column),
                        path: Some(path.clone()),
                        ..Location::default()
                    };
                    warnings.push(Warning { location, kind: WarningKind::Removed { ch } });
                }
            }
            NodeValue::Seq(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    todo.push((item, format!("{path}[{i}]")));
                }
            }
            NodeValue::Map(entries) => {
                for (key, _, value) in entries.iter_mut() {
                    let p = join_key(&path, key);
                    todo.push((value, p));
                }
            }
            _ => {}
        }
    }
    warnings.sort_by_key(|w| (w.location.line, w.location.column));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::source::{Format, parse};

    #[test]
    fn overrides_and_controls_are_removed_and_said() {
        let text = "a:\n  b: \"佐\u{202E}藤\u{FEFF}\\e[2J\"\n  c: [\"x\u{200B}y\"]\n";
        let (mut node, _) = parse(text, Format::Yaml).unwrap();
        let mut warnings = Vec::new();
        clean(&mut node, "", &mut warnings);
        let NodeValue::Map(top) = &node.value else { panic!() };
        let NodeValue::Map(a) = &top[0].2.value else { panic!() };
        assert!(matches!(&a[0].2.value, NodeValue::Str(s) if s == "佐藤[2J"), "{a:?}");
        let found: Vec<(String, char)> = warnings
            .iter()
            .map(|w| match w.kind {
                WarningKind::Removed { ch } => (w.location.path.clone().unwrap(), ch),
                _ => panic!(),
            })
            .collect();
        assert_eq!(
            found,
            [
                ("a.b".into(), '\u{202E}'),
                ("a.b".into(), '\u{FEFF}'),
                ("a.b".into(), '\u{1B}'),
                ("a.c[0]".into(), '\u{200B}')
            ]
        );
    }

    #[test]
    fn what_people_write_stays() {
        for c in ['\n', '\t', ' ', '　', 'あ', '葛', '\u{E0100}', '\u{FE0F}', 'é', 'ا'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }
}
