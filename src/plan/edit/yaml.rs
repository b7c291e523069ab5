//! Splicing a changed value into YAML text.
//!
//! The old text is read with saphyr's events into a tree that keeps, for
//! every value, the bytes it occupies; the tree is compared with the new
//! value, and only what differs becomes an edit of the text (a range of
//! bytes and what replaces it). Everything outside the edits is the old
//! text byte for byte: comments, blank lines, quoting, indentation.

use std::collections::HashSet;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};
use serde_json::{Map, Value};

use super::emit::{self, Out, Quote};
use super::{Lost, LostKind};
use crate::plan::source::{NodeValue, resolve_plain};

/// A value of the old text and where it is.
struct Node {
    /// First byte: the anchor or tag if any, the `|` of a block scalar,
    /// the `[` of a flow collection, the first key or dash of a block one.
    start: usize,
    /// End of its last character (a block scalar: of its last line that is
    /// not blank).
    end: usize,
    /// What `plan::value` reads there.
    value: Value,
    kind: Kind,
    /// An anchor or tag: such a value is rewritten whole when it changes.
    marked: bool,
}

enum Kind {
    Scalar {
        style: ScalarStyle,
        /// Indentation of a block scalar's content.
        indent: usize,
    },
    Alias(usize),
    Map {
        flow: bool,
        entries: Vec<Entry>,
    },
    Seq {
        flow: bool,
        items: Vec<Item>,
    },
}

struct Entry {
    key: String,
    key_start: usize,
    /// Just after the `:` that ends the key.
    after_colon: usize,
    node: Node,
    /// A key written a second time in this mapping: the reader keeps the first.
    dup: bool,
}

struct Item {
    /// The item's `-` (block sequences only).
    dash: usize,
    node: Node,
}

/// The old text read: its tree and where its comments, anchors, aliases
/// and tags are.
struct Doc<'a> {
    text: &'a str,
    root: Option<Node>,
    /// (byte of `#`, end of its line).
    comments: Vec<(usize, usize)>,
    /// (anchor id, byte) of each anchor.
    anchors: Vec<(usize, usize)>,
    /// (anchor id, byte) of each alias.
    aliases: Vec<(usize, usize)>,
    tags: Vec<usize>,
    line_starts: Vec<usize>,
}

/// Where a value sits in its parent, which decides how its replacement is
/// written.
#[derive(Clone, Copy)]
enum Place {
    /// The value of a block mapping entry whose key starts at column `indent`.
    Value { after: usize, indent: usize },
    /// An item of a block sequence whose `-` is at column `indent`.
    Item { after: usize, indent: usize },
    /// The whole document.
    Root,
}

impl Place {
    /// The indentation of block content below this place.
    fn child_indent(self) -> usize {
        match self {
            Place::Value { indent, .. } | Place::Item { indent, .. } => indent + 2,
            Place::Root => 0,
        }
    }
}

/// Every comment of `text` (a YAML file), reported lost: for when the file
/// is written anew. `None` if it cannot be read.
pub(super) fn comments_of(text: &str) -> Option<Vec<Lost>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n").replace('\u{feff}', "");
    let doc = read(&text)?;
    let mut lost: Vec<Lost> =
        doc.comments.iter().filter_map(|&(at, end)| doc.comment(at, end)).collect();
    lost.dedup();
    Some(lost)
}

/// `text` (cleaned as `plan::value` cleans it, ending with a line break
/// unless empty) changed to `new`, with what was lost; `None` if it cannot
/// be read or a change cannot be spliced.
pub(super) fn update(text: &str, new: &Value) -> Option<(String, Vec<Lost>)> {
    let doc = read(text)?;
    // The tree must read as the project's reader does, or "unchanged"
    // would be judged wrongly.
    let read_back = crate::plan::value(text, crate::plan::Format::Yaml).ok()?;
    if doc.root.as_ref().map_or(Value::Null, |n| n.value.clone()) != read_back {
        return None;
    }
    // Aliases of an anchor whose text is replaced or removed must be
    // written out in full; that may replace more text (an alias inside a
    // flow collection), so repeat until nothing more is needed.
    let mut forced: HashSet<usize> = HashSet::new();
    for _ in 0..8 {
        let mut editor = Editor { doc: &doc, edits: Vec::new(), lost: Vec::new(), forced: &forced };
        editor.run(new);
        let gone = |at: usize| editor.edits.iter().any(|e| e.start <= at && at < e.end);
        let dropped: HashSet<usize> =
            doc.anchors.iter().filter(|(_, at)| gone(*at)).map(|(id, _)| *id).collect();
        let more: Vec<usize> = doc
            .aliases
            .iter()
            .filter(|(id, at)| dropped.contains(id) && !forced.contains(id) && !gone(*at))
            .map(|(id, _)| *id)
            .collect();
        if more.is_empty() {
            return editor.finish();
        }
        forced.extend(more);
    }
    None
}

/// Reads `text` into a [`Doc`], or `None` if saphyr cannot.
fn read(text: &str) -> Option<Doc<'_>> {
    enum Frame {
        Map {
            start: usize,
            flow: bool,
            marked: bool,
            entries: Vec<Entry>,
            pending: Option<(String, usize, usize)>,
            keys: HashSet<String>,
            map: Map<String, Value>,
        },
        Seq {
            start: usize,
            span_end: usize,
            flow: bool,
            marked: bool,
            items: Vec<Item>,
        },
    }
    // saphyr counts in characters; edits are in bytes.
    let mut bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    bytes.push(text.len());
    let at = |m: &saphyr_parser::Marker| bytes[m.index().min(bytes.len() - 1)];
    let mut line_starts = vec![0];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let mut doc = Doc {
        text,
        root: None,
        comments: Vec::new(),
        anchors: Vec::new(),
        aliases: Vec::new(),
        tags: Vec::new(),
        line_starts,
    };
    // Text inside scalars, where `#` starts no comment.
    let mut zones: Vec<(usize, usize)> = Vec::new();
    let mut values: std::collections::HashMap<usize, Value> = std::collections::HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    for item in Parser::new_from_str(text) {
        let (event, span): (Event, Span) = item.ok()?;
        let (s, mut e) = (at(&span.start), at(&span.end));
        let node = match event {
            Event::Scalar(v, style, anchor, tag) => {
                // saphyr's span of a quoted scalar runs on over the blanks
                // and comment after it; it ends at its closing quote.
                if matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted) {
                    e = quoted_end(text, s, style)?;
                }
                zones.push((s, e));
                let forced_str = tag.as_ref().is_some_and(|t| t.suffix == "str");
                let value = if style == ScalarStyle::Plain && !forced_str {
                    json_of(resolve_plain(&v))
                } else {
                    Value::String(v.into_owned())
                };
                let (start, end, indent) = match style {
                    ScalarStyle::Literal | ScalarStyle::Folded => {
                        let (start, end) = doc.block_scalar(s, e)?;
                        (start, end, s - doc.line_start(s))
                    }
                    _ => (s, e, 0),
                };
                if anchor > 0 {
                    doc.anchors.push((anchor, start));
                    values.insert(anchor, value.clone());
                }
                if tag.is_some() {
                    doc.tags.push(start);
                }
                let kind = Kind::Scalar { style, indent };
                Node { start, end, value, kind, marked: anchor > 0 || tag.is_some() }
            }
            Event::Alias(id) => {
                zones.push((s, e));
                doc.aliases.push((id, s));
                let value = values.get(&id)?.clone();
                Node { start: s, end: e, value, kind: Kind::Alias(id), marked: false }
            }
            Event::MappingStart(anchor, ref tag) | Event::SequenceStart(anchor, ref tag) => {
                // A block collection's span is empty (or its anchor and
                // tag); a flow one's ends with its bracket.
                let flow = text[s..e].trim_end().ends_with(['[', '{']);
                if anchor > 0 {
                    doc.anchors.push((anchor, s));
                }
                if tag.is_some() {
                    doc.tags.push(s);
                }
                let marked = anchor > 0 || tag.is_some();
                stack.push(match &event {
                    Event::MappingStart(..) => Frame::Map {
                        start: s,
                        flow,
                        marked,
                        entries: Vec::new(),
                        pending: None,
                        keys: HashSet::new(),
                        map: Map::new(),
                    },
                    _ => Frame::Seq { start: s, span_end: e, flow, marked, items: Vec::new() },
                });
                // The anchor's value is known at the end.
                if anchor > 0 {
                    values.insert(anchor, Value::Null);
                }
                continue;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                // A flow collection's end span also runs on over a comment
                // after it: it ends just after its bracket.
                e = (s + 1).min(text.len());
                let node = match stack.pop()? {
                    Frame::Map { start, flow, marked, entries, map, .. } => {
                        let end = if flow { e } else { entries.last()?.node.end };
                        let kind = Kind::Map { flow, entries };
                        Node { start, end, value: Value::Object(map), kind, marked }
                    }
                    Frame::Seq { start, flow, marked, items, .. } => {
                        let end = if flow { e } else { items.last()?.node.end };
                        let value =
                            Value::Array(items.iter().map(|i| i.node.value.clone()).collect());
                        Node { start, end, value, kind: Kind::Seq { flow, items }, marked }
                    }
                };
                // An anchored collection: its anchor was recorded at its start.
                if let Some((id, _)) = doc.anchors.iter().rev().find(|(_, a)| *a == node.start)
                    && values.get(id) == Some(&Value::Null)
                {
                    values.insert(*id, node.value.clone());
                }
                node
            }
            Event::DocumentStart(_) if doc.root.is_some() => return None,
            _ => continue,
        };
        match stack.last_mut() {
            None => doc.root = Some(node),
            Some(Frame::Seq { span_end, flow, items, .. }) => {
                let mut node = node;
                let dash = if *flow {
                    0
                } else {
                    let from = items.last().map_or(*span_end, |i| i.node.end);
                    let dash = doc.skip_blank(from);
                    if text.as_bytes().get(dash) != Some(&b'-') {
                        return None;
                    }
                    // An empty item's span is at its dash.
                    if node.start <= dash {
                        node.start = dash + 1;
                        node.end = dash + 1;
                    }
                    dash
                };
                items.push(Item { dash, node });
            }
            Some(Frame::Map { entries, pending, keys, map, .. }) => match pending.take() {
                None => {
                    let key = match &node.value {
                        Value::String(s) => s.clone(),
                        Value::Number(n) => match n.as_i64() {
                            Some(i) => i.to_string(),
                            None => n.as_f64()?.to_string(),
                        },
                        Value::Bool(b) => b.to_string(),
                        Value::Null => "null".into(),
                        _ => return None,
                    };
                    *pending = Some((key, node.start, node.end));
                }
                Some((key, key_start, key_end)) => {
                    let mut node = node;
                    let rest = &text[key_end..];
                    let colon = key_end + rest.find(|c: char| c != ' ' && c != '\t')?;
                    if text.as_bytes()[colon] != b':' {
                        return None;
                    }
                    let after_colon = colon + 1;
                    // An empty value's span is at the colon.
                    if node.start < after_colon {
                        node.start = after_colon;
                        node.end = after_colon;
                    }
                    let dup = !keys.insert(key.clone());
                    if !dup {
                        map.insert(key.clone(), node.value.clone());
                    }
                    entries.push(Entry { key, key_start, after_colon, node, dup });
                }
            },
        }
    }
    zones.sort_unstable();
    doc.comments = find_comments(text, &zones);
    Some(doc)
}

/// The end of the quoted scalar whose text (anchor and tag first) starts
/// at `start`: just after its closing quote.
fn quoted_end(text: &str, start: usize, style: ScalarStyle) -> Option<usize> {
    let quote = if style == ScalarStyle::SingleQuoted { '\'' } else { '"' };
    let open = start + text[start..].find(quote)?;
    let mut chars = text[open + 1..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            // `''` is a quote inside single quotes.
            '\'' if quote == '\'' && chars.peek().map(|p| p.1) == Some('\'') => {
                chars.next();
            }
            c if c == quote => return Some(open + 1 + i + 1),
            _ => {}
        }
    }
    None
}

/// The JSON value of a resolved plain scalar, as `Node::to_json` makes it.
fn json_of(v: NodeValue) -> Value {
    match v {
        NodeValue::Null => Value::Null,
        NodeValue::Bool(b) => Value::Bool(b),
        NodeValue::Int(i) => Value::from(i),
        NodeValue::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        NodeValue::Str(s) => Value::String(s),
        NodeValue::Seq(_) | NodeValue::Map(_) => unreachable!("a scalar resolves to a scalar"),
    }
}

/// Every comment outside `zones` (sorted ranges of scalar text): `#` at the
/// start of a line or after a blank, to the end of its line.
fn find_comments(text: &str, zones: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut zone = 0;
    let mut i = 0;
    while i < bytes.len() {
        while zone < zones.len() && zones[zone].1 <= i {
            zone += 1;
        }
        if zone < zones.len() && zones[zone].0 <= i {
            i = zones[zone].1.max(i + 1);
            continue;
        }
        if bytes[i] == b'#' && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n')) {
            let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
            out.push((i, end));
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

impl Doc<'_> {
    fn line_of(&self, at: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= at)
    }

    fn line_start(&self, at: usize) -> usize {
        self.line_starts[self.line_of(at) - 1]
    }

    /// The line break ending the line of `at` (or the end of the text).
    fn eol(&self, at: usize) -> usize {
        self.text[at..].find('\n').map_or(self.text.len(), |n| at + n)
    }

    /// The start of the line after the line of `at`.
    fn next_line(&self, at: usize) -> usize {
        (self.eol(at) + 1).min(self.text.len())
    }

    /// Whether only spaces come before `at` on its line.
    fn starts_line(&self, at: usize) -> bool {
        self.text[self.line_start(at)..at].bytes().all(|b| b == b' ')
    }

    /// The first byte at or after `at` that is not a blank, a line break
    /// or in a comment.
    fn skip_blank(&self, mut at: usize) -> usize {
        let bytes = self.text.as_bytes();
        while at < bytes.len() {
            match bytes[at] {
                b' ' | b'\t' | b'\n' => at += 1,
                b'#' => at = self.eol(at),
                _ => break,
            }
        }
        at
    }

    /// The comment at `at` as lost, unless it says nothing.
    fn comment(&self, at: usize, end: usize) -> Option<Lost> {
        let said = self.text[at + 1..end].trim();
        let what = LostKind::Comment(said.to_string());
        (!said.is_empty()).then(|| Lost { line: self.line_of(at), what })
    }

    /// Whether the line starting at `start` holds only a comment.
    fn comment_line(&self, start: usize) -> bool {
        let first = self.skip_spaces(start);
        self.comments.binary_search_by_key(&first, |c| c.0).is_ok()
    }

    fn skip_spaces(&self, mut at: usize) -> usize {
        while self.text.as_bytes().get(at) == Some(&b' ') {
            at += 1;
        }
        at
    }

    /// The start of the comment lines directly above the line starting at
    /// `start` (or `start`): they go with what that line starts.
    fn above(&self, start: usize) -> usize {
        let mut start = start;
        while start > 0 {
            let prev = self.line_start(start - 1);
            if !self.comment_line(prev) {
                break;
            }
            start = prev;
        }
        start
    }

    /// The `|` or `>` of a block scalar whose content spans `s..e`, and
    /// the end of its last line that is not blank.
    fn block_scalar(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        // The header is on the last line before the content that is not
        // blank; its indicator is the last `|` or `>` followed only by
        // chomping and indentation indicators and maybe a comment.
        let mut line = self.line_start(s);
        loop {
            if line == 0 {
                return None;
            }
            line = self.line_start(line - 1);
            if !self.text[line..self.eol(line)].trim().is_empty() {
                break;
            }
        }
        let header = &self.text[line..self.eol(line)];
        let indicator = header.char_indices().rev().find_map(|(i, c)| {
            let rest = header[i + 1..]
                .trim_start_matches(['+', '-', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
            let rest = rest.trim_start_matches([' ', '\t']);
            (matches!(c, '|' | '>') && (rest.is_empty() || rest.starts_with('#')))
                .then_some(line + i)
        })?;
        let content = self.text[s..e].trim_end_matches([' ', '\t', '\n']);
        let end =
            if content.is_empty() { self.eol(indicator) } else { self.eol(s + content.len()) };
        Some((indicator, end))
    }
}

/// A replacement of the bytes `start..end` of the old text.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// Collects the edits that turn the old text into the new value.
struct Editor<'a> {
    doc: &'a Doc<'a>,
    edits: Vec<Edit>,
    /// What is lost beyond what the replaced text held.
    lost: Vec<Lost>,
    /// Anchors whose aliases are written out.
    forced: &'a HashSet<usize>,
}

impl Editor<'_> {
    fn edit(&mut self, start: usize, end: usize, text: String) {
        self.edits.push(Edit { start, end, text });
    }

    fn run(&mut self, new: &Value) {
        let doc = self.doc;
        match &doc.root {
            // A file of comments only, or `---` and nothing: the value
            // goes after them.
            None => {
                if !new.is_null() {
                    let at = doc.text.len();
                    self.edit(at, at, emit::document(new));
                }
            }
            Some(root) if root.start == root.end && root.value.is_null() && !new.is_null() => {
                let at = doc.text.len();
                self.edit(at, at, emit::document(new));
            }
            Some(root) => self.diff(root, new, Place::Root),
        }
    }

    /// The text with the edits made, and what was lost; `None` if edits overlap.
    fn finish(mut self) -> Option<(String, Vec<Lost>)> {
        let doc = self.doc;
        // Insertions before a replacement starting at the same byte;
        // otherwise in the order made (a nested mapping's new keys before
        // its parent's, both at the end of the same line).
        self.edits.sort_by_key(|e| (e.start, e.end > e.start));
        let mut text = String::with_capacity(doc.text.len());
        let mut at = 0;
        for e in &self.edits {
            if e.start < at {
                return None;
            }
            text.push_str(&doc.text[at..e.start]);
            text.push_str(&e.text);
            at = e.end;
        }
        text.push_str(&doc.text[at..]);
        let gone = |p: usize| self.edits.iter().any(|e| e.start <= p && p < e.end);
        let mut lost = self.lost;
        lost.extend(
            doc.comments.iter().filter(|c| gone(c.0)).filter_map(|&(a, e)| doc.comment(a, e)),
        );
        for (list, what) in [(&doc.anchors, LostKind::Anchor), (&doc.aliases, LostKind::Alias)] {
            lost.extend(
                list.iter()
                    .filter(|(_, a)| gone(*a))
                    .map(|(_, a)| Lost { line: doc.line_of(*a), what: what.clone() }),
            );
        }
        lost.extend(
            doc.tags
                .iter()
                .filter(|a| gone(**a))
                .map(|a| Lost { line: doc.line_of(*a), what: LostKind::Tag }),
        );
        lost.sort_by_key(|l| l.line);
        lost.dedup();
        Some((text, lost))
    }

    /// Whether an alias below `node` must be written out.
    fn forced(&self, node: &Node) -> bool {
        if self.forced.is_empty() {
            return false;
        }
        match &node.kind {
            Kind::Alias(id) => self.forced.contains(id),
            Kind::Scalar { .. } => false,
            Kind::Map { entries, .. } => entries.iter().any(|e| self.forced(&e.node)),
            Kind::Seq { items, .. } => items.iter().any(|i| self.forced(&i.node)),
        }
    }

    /// Edits `node` (at `place`) to read as `new`.
    fn diff(&mut self, node: &Node, new: &Value, place: Place) {
        if node.value == *new && !self.forced(node) {
            return;
        }
        // An anchored or tagged value is rewritten whole: a changed anchor
        // would change its aliases, a tag could change how the new text reads.
        // Each arm says whether it could splice the change.
        let spliced = !node.marked
            && match (&node.kind, new) {
                (Kind::Map { flow: false, entries }, Value::Object(m)) if !m.is_empty() => {
                    self.diff_map(node, entries, m)
                }
                (Kind::Seq { flow: false, items }, Value::Array(a)) if !a.is_empty() => {
                    self.diff_seq(node, items, a)
                }
                (Kind::Scalar { style, indent }, v) if !v.is_array() && !v.is_object() => {
                    self.scalar(node, *style, *indent, v, place);
                    true
                }
                // An empty `[]` or `{}` that gets items becomes a block
                // collection, as lists are written by hand.
                (Kind::Map { flow: true, entries }, Value::Object(_)) => {
                    !entries.is_empty() && self.flow(node, new)
                }
                (Kind::Seq { flow: true, items }, Value::Array(_)) => {
                    !items.is_empty() && self.flow(node, new)
                }
                _ => false,
            };
        if !spliced {
            self.replace(node, new, place);
        }
    }

    /// A changed scalar, in its old quoting style where it can be.
    fn scalar(
        &mut self,
        node: &Node,
        style: ScalarStyle,
        indent: usize,
        new: &Value,
        place: Place,
    ) {
        let prefer = match style {
            ScalarStyle::SingleQuoted => Quote::Single,
            ScalarStyle::DoubleQuoted => Quote::Double,
            _ => Quote::Plain,
        };
        let block = matches!(style, ScalarStyle::Literal | ScalarStyle::Folded);
        let text = match new {
            Value::String(s) if block && emit::block_ok(s) && !matches!(place, Place::Root) => {
                if style == ScalarStyle::Folded {
                    self.lost
                        .push(Lost { line: self.doc.line_of(node.start), what: LostKind::Style });
                }
                emit::literal(s, indent.max(place.child_indent()))
            }
            v => emit::scalar(v, prefer, false),
        };
        self.put(node, Out::Inline(text), place);
    }

    /// A changed one-line flow collection of scalars, again on one line.
    fn flow(&mut self, node: &Node, new: &Value) -> bool {
        let old = &self.doc.text[node.start..node.end];
        if old.contains('\n') {
            return false;
        }
        let spaced = old.starts_with("{ ");
        match emit::flow(new, spaced) {
            Some(text) => {
                self.edit(node.start, node.end, text);
                true
            }
            None => false,
        }
    }

    /// `node` written anew as `new`, in block style.
    fn replace(&mut self, node: &Node, new: &Value, place: Place) {
        let out = match (new, place) {
            (Value::String(s), Place::Root) => Out::Inline(emit::string(s, Quote::Plain, false)),
            _ => emit::emit(new, place.child_indent()),
        };
        let was_flow = matches!(&node.kind, Kind::Map { flow: true, entries } if !entries.is_empty())
            || matches!(&node.kind, Kind::Seq { flow: true, items } if !items.is_empty());
        if was_flow && matches!(out, Out::Lines(_)) {
            self.lost.push(Lost { line: self.doc.line_of(node.start), what: LostKind::Style });
        }
        self.put(node, out, place);
    }

    /// Replaces `node`'s text at `place` with `out`.
    fn put(&mut self, node: &Node, out: Out, place: Place) {
        let doc = self.doc;
        let (after, indent) = match place {
            Place::Value { after, indent } | Place::Item { after, indent } => (after, indent),
            Place::Root => {
                let text = match out {
                    Out::Inline(t) | Out::Lines(t) => t,
                };
                let end = if matches!(node.kind, Kind::Scalar { .. }) {
                    node.end
                } else {
                    doc.eol(node.end)
                };
                return self.edit(node.start, end, text);
            }
        };
        let gap = &doc.text[after..node.start];
        let one_line = matches!(node.kind, Kind::Scalar { .. } | Kind::Alias(_))
            || !doc.text[node.start..node.end].contains('\n');
        match out {
            // In place, keeping what follows on the line (a comment).
            Out::Inline(t) if one_line && gap.bytes().all(|b| b == b' ' || b == b'\t') => {
                let t = if gap.is_empty() { format!(" {t}") } else { t };
                self.edit(node.start, node.end, t);
            }
            Out::Inline(t) => self.edit(after, doc.eol(node.end), format!(" {t}")),
            Out::Lines(b) => {
                // An empty or one-line value that becomes a list or a
                // mapping keeps the comment after it (`strengths:  # 強み`).
                let end = doc.eol(node.end);
                let tail = &doc.text[node.end..end];
                let keep = one_line
                    && gap.bytes().all(|b| b == b' ' || b == b'\t')
                    && tail.trim_start().starts_with('#')
                    && matches!(place, Place::Value { .. });
                if keep {
                    // The old value goes; the comment stays where it is.
                    self.edit(after, node.end, String::new());
                    return self.edit(end, end, format!("\n{b}"));
                }
                let text = match place {
                    Place::Item { .. } => format!(" {}", &b[indent + 2..]),
                    _ => format!("\n{b}"),
                };
                self.edit(after, end, text);
            }
        }
    }

    /// A block mapping changed key by key; `false` (and no edit) if it
    /// must be rewritten whole.
    fn diff_map(&mut self, node: &Node, entries: &[Entry], new: &Map<String, Value>) -> bool {
        let doc = self.doc;
        let first = entries[0].key_start;
        let indent = first - doc.line_start(first);
        let removed: Vec<bool> =
            entries.iter().map(|e| e.dup || !new.contains_key(&e.key)).collect();
        let next_kept = |i: usize| (i + 1..entries.len()).find(|&j| !removed[j]);
        // A removed key that does not start its line (`- id: a`) is cut up
        // to the next kept key, which takes its place after the dash.
        for (i, e) in entries.iter().enumerate() {
            if removed[i] && !doc.starts_line(e.key_start) && next_kept(i).is_none() {
                return false;
            }
        }
        let mut i = 0;
        while i < entries.len() {
            let e = &entries[i];
            if !removed[i] {
                let place = Place::Value { after: e.after_colon, indent };
                self.diff(&e.node, &new[&e.key], place);
                i += 1;
                continue;
            }
            let upto = if doc.starts_line(e.key_start) {
                let start = doc.above(doc.line_start(e.key_start));
                self.edit(start, doc.next_line(e.node.end), String::new());
                i + 1
            } else {
                let j = next_kept(i).expect("checked above");
                self.edit(e.key_start, entries[j].key_start, String::new());
                j
            };
            for e in &entries[i..upto] {
                if e.dup {
                    let what = LostKind::DuplicateKey(e.key.clone());
                    self.lost.push(Lost { line: doc.line_of(e.key_start), what });
                }
            }
            i = upto;
        }
        let mut added = Map::new();
        for (k, v) in new {
            if !entries.iter().any(|e| &e.key == k) {
                added.insert(k.clone(), v.clone());
            }
        }
        if !added.is_empty() {
            let at = doc.next_line(node.end);
            if let Out::Lines(b) = emit::emit(&Value::Object(added), indent) {
                self.edit(at, at, b + "\n");
            }
        }
        true
    }

    /// A block sequence changed item by item; `false` (and no edit) if it
    /// must be rewritten whole.
    fn diff_seq(&mut self, node: &Node, items: &[Item], new: &[Value]) -> bool {
        let doc = self.doc;
        let old: Vec<&Value> = items.iter().map(|i| &i.node.value).collect();
        // A reordered list is rewritten: moving items would move their
        // comments to where other items were.
        if old.len() == new.len()
            && old.iter().zip(new).any(|(a, b)| *a != b)
            && permutation(&old, new)
        {
            return false;
        }
        let ops = align(&old, new);
        let moves = ops.iter().any(|op| !matches!(op, Op::Keep(..)));
        // Items are added and removed as whole lines: each must start its line.
        if moves && !items.iter().all(|i| doc.starts_line(i.dash)) {
            return false;
        }
        let first = items[0].dash;
        let indent = first - doc.line_start(first);
        let mut pending: Vec<Value> = Vec::new();
        let flush = |editor: &mut Self, pending: &mut Vec<Value>, at: usize| {
            if !pending.is_empty()
                && let Out::Lines(b) = emit::emit(&Value::Array(std::mem::take(pending)), indent)
            {
                editor.edit(at, at, b + "\n");
            }
        };
        for op in ops {
            match op {
                Op::Keep(i, j) => {
                    let item = &items[i];
                    flush(self, &mut pending, doc.above(doc.line_start(item.dash)));
                    let place = Place::Item { after: item.dash + 1, indent };
                    self.diff(&item.node, &new[j], place);
                }
                Op::Remove(i) => {
                    let item = &items[i];
                    flush(self, &mut pending, doc.above(doc.line_start(item.dash)));
                    let start = doc.above(doc.line_start(item.dash));
                    self.edit(start, doc.next_line(item.node.end), String::new());
                }
                Op::Insert(j) => pending.push(new[j].clone()),
            }
        }
        flush(self, &mut pending, doc.next_line(node.end));
        true
    }
}

/// Whether `new` holds the same items as `old`, in any order.
fn permutation(old: &[&Value], new: &[Value]) -> bool {
    let mut used = vec![false; new.len()];
    old.iter().all(|a| match (0..new.len()).find(|&j| !used[j] && new[j] == **a) {
        Some(j) => {
            used[j] = true;
            true
        }
        None => false,
    })
}

/// A step from old items to new ones.
#[derive(Debug, PartialEq)]
enum Op {
    /// Old item `.0` becomes new item `.1` (changed inside, or not at all).
    Keep(usize, usize),
    /// Old item removed.
    Remove(usize),
    /// New item inserted here.
    Insert(usize),
}

/// Old items matched to new ones: equal items in order (a longest common
/// subsequence) stay, the items between them are paired in order and
/// changed inside, and what is left over is removed or inserted.
fn align(old: &[&Value], new: &[Value]) -> Vec<Op> {
    let (m, n) = (old.len(), new.len());
    // The table is m × n; past a size no plan reaches, items pair by index.
    let anchors: Vec<(usize, usize)> = if m.saturating_mul(n) > 250_000 {
        Vec::new()
    } else {
        let mut lcs = vec![0u32; (m + 1) * (n + 1)];
        let at = |i: usize, j: usize| i * (n + 1) + j;
        for i in (0..m).rev() {
            for j in (0..n).rev() {
                lcs[at(i, j)] = if *old[i] == new[j] {
                    lcs[at(i + 1, j + 1)] + 1
                } else {
                    lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
                };
            }
        }
        let (mut i, mut j, mut out) = (0, 0, Vec::new());
        while i < m && j < n {
            if *old[i] == new[j] {
                out.push((i, j));
                i += 1;
                j += 1;
            } else if lcs[at(i + 1, j)] >= lcs[at(i, j + 1)] {
                i += 1;
            } else {
                j += 1;
            }
        }
        out
    };
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (ai, aj) in anchors.into_iter().chain([(m, n)]) {
        while i < ai && j < aj {
            ops.push(Op::Keep(i, j));
            i += 1;
            j += 1;
        }
        ops.extend((i..ai).map(Op::Remove));
        ops.extend((j..aj).map(Op::Insert));
        if ai < m {
            ops.push(Op::Keep(ai, aj));
        }
        (i, j) = (ai + 1, aj + 1);
    }
    ops
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Op, align};

    #[test]
    fn align_keeps_equal_items_and_pairs_the_rest() {
        let old = [json!(1), json!(2), json!(3)];
        let old: Vec<&serde_json::Value> = old.iter().collect();
        assert_eq!(
            align(&old, &[json!(1), json!(3)]),
            [Op::Keep(0, 0), Op::Remove(1), Op::Keep(2, 1)]
        );
        assert_eq!(
            align(&old, &[json!(0), json!(1), json!(5), json!(3), json!(4)]),
            [Op::Insert(0), Op::Keep(0, 1), Op::Keep(1, 2), Op::Keep(2, 3), Op::Insert(4)]
        );
        assert_eq!(
            align(&old, &[json!(2), json!(3)]),
            [Op::Remove(0), Op::Keep(1, 0), Op::Keep(2, 1)]
        );
    }
}
