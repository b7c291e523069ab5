//! Reading a plan file into a tree that remembers where every value was.
//!
//! serde alone forgets positions, and the specialist who made a typo in
//! `needs[3].achieve_by` needs the line to fix it. So each format is parsed
//! into a [`Node`] tree with line and column on every key and value; the tree
//! is then turned into a `serde_json::Value` for typed deserialisation, and a
//! [`SpanIndex`] maps key paths (`needs[3].achieve_by`) back to positions.

use std::collections::{HashMap, HashSet};

use saphyr_parser::{Event, Parser, ScalarStyle};

use crate::error::{Error, ErrorKind, Limit, Location, SyntaxProblem};

/// The file formats a plan may be written in, chosen by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.yaml` / `.yml`: what specialists edit by hand.
    Yaml,
    /// `.json`: what other software exports.
    Json,
    /// `.toml`.
    Toml,
}

impl Format {
    /// Picks the format from a file extension (case-insensitive).
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "yaml" | "yml" => Some(Format::Yaml),
            "json" => Some(Format::Json),
            "toml" => Some(Format::Toml),
            _ => None,
        }
    }
}

/// A position in the plan file: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

/// A parsed value with its position.
#[derive(Debug, Clone)]
pub struct Node {
    /// Where the value starts.
    pub pos: Pos,
    /// The value.
    pub value: NodeValue,
}

/// The value of a [`Node`].
#[derive(Debug, Clone)]
pub enum NodeValue {
    /// `null`, `~` or an empty value.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A floating-point number.
    Float(f64),
    /// A string (quoted, or plain that is no other type).
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in file order; each key keeps its own position.
    Map(Vec<(String, Pos, Node)>),
}

/// Where each key path of a plan file was written.
#[derive(Debug, Default, Clone)]
pub struct SpanIndex {
    pub(crate) keys: HashMap<String, Pos>,
    pub(crate) values: HashMap<String, Pos>,
}

impl SpanIndex {
    /// Position of the value at `path`, or of its nearest written ancestor.
    pub fn value(&self, path: &str) -> Option<Pos> {
        self.lookup(path, &self.values)
    }

    /// Position of the key at `path` (falls back to the value, then ancestors).
    pub fn key(&self, path: &str) -> Option<Pos> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }

    fn lookup(&self, path: &str, map: &HashMap<String, Pos>) -> Option<Pos> {
        let mut p = path;
        loop {
            if let Some(pos) = map.get(p) {
                return Some(*pos);
            }
            if p.is_empty() {
                return None;
            }
            p = parent_path(p);
        }
    }
}

/// `needs[1].goal` → `needs[1]` → `needs` → ``.
fn parent_path(path: &str) -> &str {
    match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    }
}

/// `path.key`, or `key` at the top.
pub fn join_key(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

impl Node {
    /// Converts to JSON, filling `index` with the position of every path.
    pub fn to_json(&self, path: &str, index: &mut SpanIndex) -> serde_json::Value {
        use serde_json::Value;
        index.values.insert(path.to_string(), self.pos);
        match &self.value {
            NodeValue::Null => Value::Null,
            NodeValue::Bool(b) => Value::Bool(*b),
            NodeValue::Int(i) => Value::from(*i),
            NodeValue::Float(f) => {
                serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
            }
            NodeValue::Str(s) => Value::String(s.clone()),
            NodeValue::Seq(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, n)| n.to_json(&format!("{path}[{i}]"), index))
                    .collect(),
            ),
            NodeValue::Map(entries) => {
                let mut map = serde_json::Map::new();
                for (k, kpos, v) in entries {
                    let p = join_key(path, k);
                    index.keys.insert(p.clone(), *kpos);
                    map.insert(k.clone(), v.to_json(&p, index));
                }
                Value::Object(map)
            }
        }
    }
}

/// Parses `text` in `format` into a node tree.
///
/// Syntax errors come back located, the file name is added by the caller.
/// A key written twice in one place does not stop the reading: the tree
/// keeps the first, and the problem is returned beside it.
pub fn parse(text: &str, format: Format) -> Result<(Node, Vec<Error>), Error> {
    match format {
        Format::Yaml => parse_yaml(text),
        Format::Json => {
            // serde_json gives the precise JSON syntax error; the YAML parser
            // (JSON is a subset of YAML 1.2) then gives positions for every value.
            if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
                return Err(
                    Error::new(syntax(e.to_string())).at(Location::pos(e.line(), e.column()))
                );
            }
            parse_yaml(text)
        }
        Format::Toml => Ok((parse_toml(text)?, Vec::new())),
    }
}

/// A syntax error no common mistake explains, in the parser's words.
fn syntax(detail: String) -> ErrorKind {
    let problem = SyntaxProblem {
        id: "syntax-other",
        hint: "syntax-other-hint".into(),
        args: vec![("message", crate::error::Arg::Str(detail))],
    };
    ErrorKind::Syntax { problem }
}

fn pos_of(marker: &saphyr_parser::Marker) -> Pos {
    Pos { line: marker.line(), column: marker.col() + 1 }
}

fn parse_yaml(text: &str) -> Result<(Node, Vec<Error>), Error> {
    // A map's keys so far are kept in a set beside its entries: a file of
    // 200,000 `readings:` took 61 s when each key was compared with all
    // before it.
    enum Frame {
        Seq(Pos, Vec<Node>),
        Map(Pos, Vec<(String, Pos, Node)>, Option<(String, Pos)>, HashSet<String>),
    }
    let mut stack: Vec<(Frame, usize)> = Vec::new();
    // Each anchored node with its size in values: an alias copies it, and
    // the copies count against the limit before they are made.
    // (node, values, bytes of text, levels of nesting) of each anchor.
    let mut anchors: HashMap<usize, (Node, usize, usize, usize)> = HashMap::new();
    // The deepest nesting below each open collection, aliases included.
    let mut heights: Vec<usize> = Vec::new();
    // Values so far, aliases expanded; the size of each open collection
    // is the count when it started subtracted from the count at its end.
    let mut values: usize = 0;
    // Bytes of text so far, aliases expanded: one alias of a long text
    // copies all of it (30,000 aliases of a 900 KB text are 27 GB).
    let mut bytes: usize = 0;
    let mut byte_starts: Vec<usize> = Vec::new();
    let too_many = |pos: Pos, what: Limit| {
        let limit = match what {
            Limit::Depth => super::limits::MAX_DEPTH,
            _ => super::limits::MAX_VALUES,
        };
        Error::new(ErrorKind::TooMuch { what, limit }).at(Location::pos(pos.line, pos.column))
    };
    let mut starts: Vec<usize> = Vec::new();
    // Maps whose duplicate key was said.
    let mut said: HashSet<Pos> = HashSet::new();
    let mut root: Option<Node> = None;
    let mut documents = 0;
    let mut duplicates: Vec<(Pos, Error)> = Vec::new();

    // The key path being read when a syntax error stops the parser.
    let path_of = |stack: &[(Frame, usize)]| {
        let mut path = String::new();
        for (frame, _) in stack {
            match frame {
                Frame::Seq(_, items) => path.push_str(&format!("[{}]", items.len())),
                Frame::Map(_, _, Some((key, _)), _) => path = join_key(&path, key),
                Frame::Map(_, _, None, _) => {}
            }
        }
        path
    };
    for item in Parser::new_from_str(text) {
        let (event, span) = match item {
            Ok(ok) => ok,
            Err(e) => {
                // The parser stops at its first error: it is explained here,
                // with the key being read when the culprit is where the parser
                // stopped; the plan stage looks for the next ones.
                let problem = super::syntax::explain(text, &e);
                let here = problem.line == e.marker().line();
                let mut path = path_of(&stack);
                if let super::syntax::ProblemKind::ColonInText { key } = &problem.kind
                    && !path.ends_with(key.as_str())
                {
                    path = join_key(&path, key);
                }
                let error = problem.into_error();
                return Err(if here { error.with_path(path) } else { error });
            }
        };
        let pos = pos_of(&span.start);
        if matches!(event, Event::Scalar(..) | Event::SequenceStart(..) | Event::MappingStart(..)) {
            values += 1;
            if values > super::limits::MAX_VALUES {
                return Err(too_many(pos, Limit::Values));
            }
        }
        let node = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    let kind = super::syntax::ProblemKind::ExtraDocument;
                    let problem = super::syntax::Problem {
                        kind,
                        line: pos.line,
                        column: pos.column,
                        fix: None,
                    };
                    return Err(problem.into_error());
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                bytes += value.len();
                let forced_str = tag.as_ref().is_some_and(|t| t.suffix == "str");
                let v = if style == ScalarStyle::Plain && !forced_str {
                    resolve_plain(&value)
                } else {
                    NodeValue::Str(value.into_owned())
                };
                let node = Node { pos, value: v };
                if anchor > 0 {
                    let size = match &node.value {
                        NodeValue::Str(s) => s.len(),
                        _ => 0,
                    };
                    anchors.insert(anchor, (node.clone(), 1, size, 0));
                }
                node
            }
            Event::Alias(id) => match anchors.get(&id) {
                Some((n, size, text, height)) => {
                    values += size;
                    bytes += text;
                    // A copy nests as deep as its anchor did, wherever it goes.
                    if stack.len() + height > super::limits::MAX_DEPTH {
                        return Err(too_many(pos, Limit::Depth));
                    }
                    if let Some(h) = heights.last_mut() {
                        *h = (*h).max(*height);
                    }
                    if values > super::limits::MAX_VALUES
                        || bytes > super::limits::MAX_EXPANDED_BYTES
                    {
                        return Err(too_many(pos, Limit::Values));
                    }
                    Node { pos, value: n.value.clone() }
                }
                None => {
                    return Err(Error::new(syntax("unknown alias".into()))
                        .at(Location::pos(pos.line, pos.column)));
                }
            },
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                if stack.len() >= super::limits::MAX_DEPTH {
                    return Err(too_many(pos, Limit::Depth));
                }
                let frame = match event {
                    Event::SequenceStart(..) => Frame::Seq(pos, Vec::new()),
                    _ => Frame::Map(pos, Vec::new(), None, HashSet::new()),
                };
                starts.push(values);
                byte_starts.push(bytes);
                heights.push(0);
                stack.push((frame, anchor));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (frame, anchor) = stack.pop().expect("balanced YAML events");
                let started = starts.pop().expect("balanced YAML events");
                let bytes_started = byte_starts.pop().expect("balanced YAML events");
                let height = heights.pop().expect("balanced YAML events") + 1;
                if let Some(h) = heights.last_mut() {
                    *h = (*h).max(height);
                }
                let node = match frame {
                    Frame::Seq(p, items) => Node { pos: p, value: NodeValue::Seq(items) },
                    Frame::Map(p, entries, ..) => Node { pos: p, value: NodeValue::Map(entries) },
                };
                if anchor > 0 {
                    // Its own start counted as one value.
                    anchors.insert(
                        anchor,
                        (node.clone(), values - started + 1, bytes - bytes_started, height),
                    );
                }
                node
            }
            _ => continue,
        };
        // A map that is an item of a list: a second `kind:` in it is often
        // a second item missing its `- `.
        let in_item = stack.len() >= 2 && matches!(stack[stack.len() - 2].0, Frame::Seq(..));
        // Attach the finished node to its parent.
        match stack.last_mut() {
            None => root = Some(node),
            Some((Frame::Seq(_, items), _)) => items.push(node),
            Some((Frame::Map(map_pos, entries, pending, keys), _)) => match pending.take() {
                None => {
                    let key = match node.value {
                        NodeValue::Str(s) => s,
                        NodeValue::Int(i) => i.to_string(),
                        NodeValue::Bool(b) => b.to_string(),
                        NodeValue::Float(f) => f.to_string(),
                        NodeValue::Null => "null".to_string(),
                        _ => {
                            let problem = SyntaxProblem {
                                id: "syntax-key-not-a-word",
                                hint: "syntax-key-not-a-word-hint".into(),
                                args: Vec::new(),
                            };
                            return Err(Error::new(ErrorKind::Syntax { problem })
                                .at(Location::pos(node.pos.line, node.pos.column)));
                        }
                    };
                    // Said once per map: a second item missing its `- ` repeats
                    // every key of the first.
                    if keys.contains(&key) && said.insert(*map_pos) {
                        let at = Location::pos(node.pos.line, node.pos.column);
                        let kind = ErrorKind::DuplicateKey { key: key.clone(), in_item };
                        duplicates.push((*map_pos, Error::new(kind).at(at)));
                    }
                    *pending = Some((key, node.pos));
                }
                // The first of a key written twice is kept.
                Some((key, _)) if keys.contains(&key) => {}
                Some((key, kpos)) => {
                    keys.insert(key.clone());
                    entries.push((key, kpos, node));
                }
            },
        }
    }
    let root = root.unwrap_or(Node { pos: Pos { line: 1, column: 1 }, value: NodeValue::Null });
    Ok((root, duplicates.into_iter().map(|(_, e)| e).collect()))
}

/// Resolves a plain YAML scalar with the YAML 1.2 core schema.
///
/// One deliberate exception: an integer written with a leading zero
/// (`0123`) stays a string, because in plan files such values are
/// certificate numbers whose zeros matter.
pub(crate) fn resolve_plain(s: &str) -> NodeValue {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return NodeValue::Null,
        "true" | "True" | "TRUE" => return NodeValue::Bool(true),
        "false" | "False" | "FALSE" => return NodeValue::Bool(false),
        _ => {}
    }
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if digits.len() > 1 && digits.starts_with('0') {
            return NodeValue::Str(s.to_string());
        }
        if let Ok(i) = s.parse::<i64>() {
            return NodeValue::Int(i);
        }
        return NodeValue::Str(s.to_string());
    }
    let looks_float = s.bytes().any(|b| b.is_ascii_digit())
        && s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'));
    if looks_float && let Ok(f) = s.parse::<f64>() {
        return NodeValue::Float(f);
    }
    NodeValue::Str(s.to_string())
}

fn parse_toml(text: &str) -> Result<Node, Error> {
    // TOML has no aliases, but a 1 MiB array holds half a million values:
    // counted before positions are worked out for each.
    let values = text.bytes().filter(|b| matches!(b, b',' | b'=' | b'[' | b'{')).count();
    if values > super::limits::MAX_VALUES {
        let kind = ErrorKind::TooMuch { what: Limit::Values, limit: super::limits::MAX_VALUES };
        return Err(Error::new(kind).at(Location::pos(1, 1)));
    }
    let doc = toml_edit::Document::parse(text).map_err(|e| {
        let loc = e
            .span()
            .map(|r| offset_to_pos(text, r.start))
            .map(|p| Location::pos(p.line, p.column))
            .unwrap_or_default();
        Error::new(syntax(e.message().trim().to_string())).at(loc)
    })?;
    Ok(toml_table(text, doc.as_table(), Pos { line: 1, column: 1 }))
}

fn toml_table(text: &str, table: &toml_edit::Table, pos: Pos) -> Node {
    let entries = table
        .iter()
        .map(|(k, item)| {
            let kpos = table
                .key(k)
                .and_then(|key| key.span())
                .map_or(pos, |r| offset_to_pos(text, r.start));
            (k.to_string(), kpos, toml_item(text, item, kpos))
        })
        .collect();
    Node { pos, value: NodeValue::Map(entries) }
}

fn toml_item(text: &str, item: &toml_edit::Item, fallback: Pos) -> Node {
    match item {
        toml_edit::Item::None => Node { pos: fallback, value: NodeValue::Null },
        toml_edit::Item::Value(v) => toml_value(text, v, fallback),
        toml_edit::Item::Table(t) => {
            let pos = t.span().map_or(fallback, |r| offset_to_pos(text, r.start));
            toml_table(text, t, pos)
        }
        toml_edit::Item::ArrayOfTables(a) => {
            let pos = a.span().map_or(fallback, |r| offset_to_pos(text, r.start));
            let items = a
                .iter()
                .map(|t| {
                    let p = t.span().map_or(pos, |r| offset_to_pos(text, r.start));
                    toml_table(text, t, p)
                })
                .collect();
            Node { pos, value: NodeValue::Seq(items) }
        }
    }
}

fn toml_value(text: &str, v: &toml_edit::Value, fallback: Pos) -> Node {
    use toml_edit::Value as V;
    let pos = v.span().map_or(fallback, |r| offset_to_pos(text, r.start));
    let value = match v {
        V::String(s) => NodeValue::Str(s.value().clone()),
        V::Integer(i) => NodeValue::Int(*i.value()),
        V::Float(f) => NodeValue::Float(*f.value()),
        V::Boolean(b) => NodeValue::Bool(*b.value()),
        // TOML has native dates and times; the plan model reads them as text.
        V::Datetime(d) => NodeValue::Str(d.value().to_string()),
        V::Array(a) => NodeValue::Seq(a.iter().map(|x| toml_value(text, x, pos)).collect()),
        V::InlineTable(t) => NodeValue::Map(
            t.iter()
                .map(|(k, x)| {
                    let kpos = t
                        .key(k)
                        .and_then(|key| key.span())
                        .map_or(pos, |r| offset_to_pos(text, r.start));
                    (k.to_string(), kpos, toml_value(text, x, kpos))
                })
                .collect(),
        ),
    };
    Node { pos, value }
}

/// Turns a byte offset into a 1-based line and character column.
///
/// Positions are asked for in file order (every key and value of a TOML
/// file), so the last answer is kept and the next one counts on from it:
/// counting from the start each time was quadratic in the file's size.
pub fn offset_to_pos(text: &str, offset: usize) -> Pos {
    use std::cell::Cell;
    thread_local! {
        // (text address, text length, offset, position) of the last answer.
        static LAST: Cell<(usize, usize, usize, Pos)> = const { Cell::new((0, 0, 0, Pos { line: 1, column: 1 })) };
    }
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let (addr, len, from, pos) = LAST.get();
    let (mut at, mut pos) = if addr == text.as_ptr() as usize && len == text.len() && from <= offset
    {
        (from, pos)
    } else {
        (0, Pos { line: 1, column: 1 })
    };
    for c in text[at..offset].chars() {
        if c == '\n' {
            pos = Pos { line: pos.line + 1, column: 1 };
        } else {
            pos.column += 1;
        }
    }
    at = offset;
    LAST.set((text.as_ptr() as usize, text.len(), at, pos));
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(text: &str, format: Format) -> (serde_json::Value, SpanIndex) {
        let (node, _) = parse(text, format).unwrap();
        let mut idx = SpanIndex::default();
        (node.to_json("", &mut idx), idx)
    }

    #[test]
    fn yaml_positions_of_nested_keys() {
        let (json, idx) = index("a: 1\nneeds:\n  - id: x\n    goal: g\n", Format::Yaml);
        assert_eq!(json["needs"][0]["goal"], "g");
        assert_eq!(idx.key("needs[0].goal"), Some(Pos { line: 4, column: 5 }));
        assert_eq!(idx.value("needs[0].goal"), Some(Pos { line: 4, column: 11 }));
        // An unwritten path falls back to its nearest ancestor.
        assert_eq!(idx.value("needs[0].missing"), Some(Pos { line: 3, column: 5 }));
    }

    #[test]
    fn yaml_scalars_follow_core_schema_but_keep_leading_zeros() {
        let (json, _) =
            index("a: 09:30\nb: 0123\nc: 12\nd: ~\ne: 'true'\nf: 2026-04-01\n", Format::Yaml);
        assert_eq!(json["a"], "09:30");
        assert_eq!(json["b"], "0123");
        assert_eq!(json["c"], 12);
        assert!(json["d"].is_null());
        assert_eq!(json["e"], "true");
        assert_eq!(json["f"], "2026-04-01");
    }

    #[test]
    fn yaml_duplicate_key_is_located() {
        let (node, problems) = parse("a: 1\nb: 2\na: 3\n", Format::Yaml).unwrap();
        let err = &problems[0];
        assert!(matches!(err.kind(), ErrorKind::DuplicateKey { key, .. } if key == "a"));
        assert_eq!(err.location().line, Some(3));
        // The first is kept.
        assert!(matches!(&node.value, NodeValue::Map(e) if e.len() == 2));
    }

    #[test]
    fn yaml_syntax_error_has_line_and_key_path() {
        let err = parse("a: [1, 2\nb: 3\n", Format::Yaml).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Syntax { .. }));
        assert!(err.location().line.is_some());
        let err = parse("n:\n  - id: a\n    need: \"open\n", Format::Yaml).unwrap_err();
        assert_eq!(err.location().path.as_deref(), Some("n[0].need"));
        assert_eq!(err.location().line, Some(3));
    }

    #[test]
    fn json_and_toml_give_positions() {
        let (json, idx) = index("{\n  \"a\": {\n    \"b\": 1\n  }\n}\n", Format::Json);
        assert_eq!(json["a"]["b"], 1);
        assert_eq!(idx.key("a.b").unwrap().line, 3);
        let (json, idx) = index(
            "x = 1\n[dates]\ncreated = 2026-04-01\n[[needs]]\nid = \"a\"\n[[needs]]\nid = \"b\"\n",
            Format::Toml,
        );
        assert_eq!(json["dates"]["created"], "2026-04-01");
        assert_eq!(json["needs"][1]["id"], "b");
        assert_eq!(idx.key("needs[1].id").unwrap().line, 7);
        assert_eq!(idx.key("dates.created").unwrap().line, 3);
    }
}
