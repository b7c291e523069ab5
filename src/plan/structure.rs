//! The shape check: a plan file's tree against the format's JSON Schema,
//! reporting every misplaced, misspelt, missing or mistyped key at once.
//!
//! serde stops at the first problem, so a file with three mistakes would
//! take three runs to fix. The schema is derived from the model (schemars),
//! so this check and serde agree on what a plan is; walking the parsed
//! tree (not JSON) keeps the line and column of every key and value.
//!
//! The walk also builds the JSON that serde reads, *repaired*: an unknown
//! key is dropped, a mistyped optional value is left out, a missing or
//! mistyped required value gets a placeholder of the right type. The
//! repaired plan then goes through serde and validation, so their problems
//! are found in the same run; any of theirs that lies under a reported
//! problem (a placeholder's) is dropped.

use std::sync::LazyLock;

use serde_json::{Map, Value};

use super::source::{Node, NodeValue, Pos, SpanIndex, join_key};
use crate::error::{Arg, Error, ErrorKind, Location, SyntaxProblem, ValueType};

/// The plan format's schema, derived once per process.
fn plan_schema() -> &'static Value {
    static SCHEMA: LazyLock<Value> = LazyLock::new(|| {
        serde_json::to_value(schemars::schema_for!(super::Plan)).expect("the schema is JSON")
    });
    &SCHEMA
}

/// The result of the shape check.
pub struct Checked {
    /// The plan as JSON for serde, repaired where there were problems.
    pub json: Value,
    /// Where every key and value was written.
    pub spans: SpanIndex,
    /// Every problem found, in file order.
    pub errors: Vec<Error>,
    /// Key paths where a placeholder stands in for a missing or wrong
    /// value: later checks have nothing to say about them.
    pub placeholders: Vec<String>,
}

/// Checks `root` against the plan format.
pub fn check(root: &Node) -> Checked {
    let schema = plan_schema();
    let mut walk = Walk {
        root: schema,
        spans: SpanIndex::default(),
        errors: Vec::new(),
        placeholders: Vec::new(),
    };
    if matches!(root.value, NodeValue::Null) {
        // Nothing but comments, or nothing at all: one problem, not one per
        // missing key.
        let at = Location::pos(root.pos.line, root.pos.column);
        let json = walk.placeholder(schema);
        let errors = vec![Error::new(ErrorKind::EmptyFile).at(at)];
        return Checked { json, spans: walk.spans, errors, placeholders: vec![String::new()] };
    }
    let json = walk.node(root, schema, "").unwrap_or_else(|| {
        walk.placeholders.push(String::new());
        walk.placeholder(schema)
    });
    let mut errors = walk.errors;
    errors.sort_by_key(|e| (e.location().line, e.location().column));
    Checked { json, spans: walk.spans, errors, placeholders: walk.placeholders }
}

struct Walk<'s> {
    root: &'s Value,
    spans: SpanIndex,
    errors: Vec<Error>,
    placeholders: Vec<String>,
}

fn type_of(v: &NodeValue) -> ValueType {
    match v {
        NodeValue::Null => ValueType::Null,
        NodeValue::Bool(_) => ValueType::Bool,
        NodeValue::Int(_) => ValueType::Integer,
        NodeValue::Float(_) => ValueType::Number,
        NodeValue::Str(_) => ValueType::String,
        NodeValue::Seq(_) => ValueType::List,
        NodeValue::Map(_) => ValueType::Map,
    }
}

fn schema_type(name: &str) -> Option<ValueType> {
    Some(match name {
        "string" => ValueType::String,
        "integer" => ValueType::Integer,
        "number" => ValueType::Number,
        "boolean" => ValueType::Bool,
        "array" => ValueType::List,
        "object" => ValueType::Map,
        "null" => ValueType::Null,
        _ => return None,
    })
}

/// The words a value written as `v` would be compared with (`kind: plan`).
fn scalar_text(v: &NodeValue) -> Option<String> {
    match v {
        NodeValue::Str(s) => Some(s.clone()),
        NodeValue::Int(i) => Some(i.to_string()),
        NodeValue::Float(f) => Some(f.to_string()),
        NodeValue::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

impl<'s> Walk<'s> {
    /// `schema` with references followed.
    fn resolve(&self, mut schema: &'s Value) -> &'s Value {
        // Schemas of this model reference each other only through $defs,
        // never in a cycle without a value in between, so a short chain.
        for _ in 0..8 {
            let Some(r) = schema.get("$ref").and_then(Value::as_str) else { break };
            let name = r.trim_start_matches("#/$defs/");
            match self.root.get("$defs").and_then(|d| d.get(name)) {
                Some(s) => schema = s,
                None => break,
            }
        }
        schema
    }

    /// The alternatives of `schema`: its `anyOf`/`oneOf` branches, each
    /// followed through references and flattened, or itself.
    fn branches(&self, schema: &'s Value) -> Vec<&'s Value> {
        let schema = self.resolve(schema);
        let alts = schema.get("anyOf").or_else(|| schema.get("oneOf")).and_then(Value::as_array);
        match alts {
            Some(alts) => alts.iter().flat_map(|a| self.branches(a)).collect(),
            None => vec![schema],
        }
    }

    /// The types a single (non-alternative) schema allows.
    fn types(schema: &Value) -> Vec<ValueType> {
        match schema.get("type") {
            Some(Value::String(t)) => schema_type(t).into_iter().collect(),
            Some(Value::Array(ts)) => {
                ts.iter().filter_map(|t| t.as_str().and_then(schema_type)).collect()
            }
            // `const` without a type: a word.
            _ if schema.get("const").is_some() || schema.get("enum").is_some() => {
                vec![ValueType::String]
            }
            _ => Vec::new(),
        }
    }

    /// Whether a value of type `t` may stand where `allowed` types are.
    fn fits(t: ValueType, allowed: &[ValueType]) -> bool {
        allowed.contains(&t)
            || (t == ValueType::Integer && allowed.contains(&ValueType::Number))
            // Plan files hold numbers where text is meant (a phone number,
            // an amount): a whole number is read as its digits.
            || (t == ValueType::Integer && allowed.contains(&ValueType::String))
    }

    fn error(&mut self, kind: ErrorKind, pos: Pos, path: &str) {
        self.errors.push(Error::new(kind).at(Location::pos(pos.line, pos.column)).with_path(path));
    }

    /// Checks `node` against `schema`; returns its JSON, or `None` when it
    /// cannot stand (the caller leaves it out or puts a placeholder).
    fn node(&mut self, node: &Node, schema: &'s Value, path: &str) -> Option<Value> {
        self.spans.values.insert(path.to_string(), node.pos);
        let found = type_of(&node.value);
        let branches = self.branches(schema);
        // Digits too many for any integer are read as text; where only a
        // number may stand, they are a number out of range, not "text".
        if let NodeValue::Str(digits) = &node.value
            && digits.strip_prefix(['-', '+']).unwrap_or(digits).len() > 18
            && digits.strip_prefix(['-', '+']).unwrap_or(digits).bytes().all(|b| b.is_ascii_digit())
            && let Some(b) = branches.iter().find(|b| Self::types(b).contains(&ValueType::Integer))
            && !branches.iter().any(|b| Self::types(b).contains(&ValueType::String))
        {
            let (min, max) = (
                b.get("minimum").and_then(Value::as_i64),
                b.get("maximum").and_then(Value::as_i64).or(Some(i64::from(u32::MAX))),
            );
            let kind = ErrorKind::OutOfRange { value: digits.clone(), min, max };
            self.error(kind, node.pos, path);
            return None;
        }
        let fitting: Vec<&Value> = branches
            .iter()
            .copied()
            .filter(|b| Self::fits(found, &Self::types(b)) || Self::types(b).is_empty())
            .collect();
        if fitting.is_empty() {
            let mut expected: Vec<ValueType> = Vec::new();
            for t in branches.iter().flat_map(|b| Self::types(b)) {
                if !expected.contains(&t) {
                    expected.push(t);
                }
            }
            // An optional key may also be left empty: true, but not what
            // the writer needs to hear.
            if expected.len() > 1 {
                expected.retain(|t| *t != ValueType::Null);
            }
            self.error(ErrorKind::WrongType { found, expected }, node.pos, path);
            return None;
        }
        // `- 得意なこと: あいさつが元気`: text with `: ` in it, read as a one-key
        // map where text may stand. Said as the typing mistake it is, and
        // read on as the text that was meant.
        if let NodeValue::Map(entries) = &node.value
            && let [(key, _, value)] = entries.as_slice()
            && let Some(rest) = scalar_text(&value.value)
            && branches.iter().any(|b| Self::types(b).contains(&ValueType::String))
            && !fitting.iter().any(|b| b.get("properties").and_then(|p| p.get(key)).is_some())
        {
            let meant = format!("{key}: {rest}");
            let problem = SyntaxProblem {
                id: "syntax-colon-in-item",
                hint: "syntax-colon-in-item-hint".into(),
                args: vec![("fix", Arg::Str(format!("\"{meant}\"")))],
            };
            self.error(ErrorKind::Syntax { problem }, node.pos, path);
            return Some(Value::String(meant));
        }
        // Words: one of the `const`/`enum` values of the fitting branches.
        let words: Vec<String> = fitting
            .iter()
            .flat_map(|b| {
                let consts = b.get("const").into_iter();
                let enums = b.get("enum").and_then(Value::as_array).into_iter().flatten();
                consts.chain(enums).filter_map(|v| v.as_str().map(str::to_string))
            })
            .collect();
        let free = fitting.iter().any(|b| b.get("const").is_none() && b.get("enum").is_none());
        if !words.is_empty() && !free {
            let written = scalar_text(&node.value).unwrap_or_default();
            if words.contains(&written) {
                return Some(Value::String(written));
            }
            let suggestion = super::suggest(&written, &words);
            self.error(
                ErrorKind::UnknownValue { value: written, suggestion, expected: words },
                node.pos,
                path,
            );
            return None;
        }
        // Prefer the branch of the exact type (a map for a text field written
        // as a map, not its string form).
        let branch =
            fitting.iter().copied().find(|b| Self::types(b).contains(&found)).unwrap_or(fitting[0]);
        match &node.value {
            NodeValue::Null => Some(Value::Null),
            NodeValue::Bool(b) => Some(Value::Bool(*b)),
            NodeValue::Str(s) => Some(Value::String(s.clone())),
            NodeValue::Float(f) => {
                Some(serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number))
            }
            NodeValue::Int(i) => {
                if !Self::types(branch).contains(&ValueType::Integer) {
                    return Some(Value::String(i.to_string()));
                }
                self.range(*i, branch, node.pos, path).then(|| Value::from(*i))
            }
            NodeValue::Seq(items) => {
                let item_schema = branch.get("items").unwrap_or(&Value::Bool(true));
                // A wrong item keeps its place (as a placeholder), so the
                // items after it keep their numbers.
                let out = items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let p = format!("{path}[{i}]");
                        self.node(item, item_schema, &p).unwrap_or_else(|| {
                            self.placeholders.push(p);
                            self.placeholder(item_schema)
                        })
                    })
                    .collect();
                Some(Value::Array(out))
            }
            NodeValue::Map(entries) => Some(self.map(entries, node.pos, branch, path)),
        }
    }

    /// Whether `i` is within the bounds `schema` gives (its `minimum`,
    /// `maximum`, and the range of its Rust type); reports it if not.
    fn range(&mut self, i: i64, schema: &Value, pos: Pos, path: &str) -> bool {
        let (type_min, type_max) = match schema.get("format").and_then(Value::as_str) {
            Some("uint8") => (Some(0), Some(i64::from(u8::MAX))),
            Some("uint16") => (Some(0), Some(i64::from(u16::MAX))),
            Some("uint32") => (Some(0), Some(i64::from(u32::MAX))),
            Some("int32") => (Some(i64::from(i32::MIN)), Some(i64::from(i32::MAX))),
            _ => (None, None),
        };
        let (min, max) = (
            schema.get("minimum").and_then(Value::as_i64),
            schema.get("maximum").and_then(Value::as_i64),
        );
        // A bound that comes only from the Rust type (4294967295) is named only
        // when it is the one crossed.
        let (below, above) =
            (min.or(type_min).is_some_and(|m| i < m), max.or(type_max).is_some_and(|m| i > m));
        let kind = match (below, above) {
            (true, _) => ErrorKind::OutOfRange { value: i.to_string(), min: min.or(type_min), max },
            (_, true) => ErrorKind::OutOfRange { value: i.to_string(), min, max: max.or(type_max) },
            _ => return true,
        };
        self.error(kind, pos, path);
        false
    }

    fn map(
        &mut self,
        entries: &[(String, Pos, Node)],
        pos: Pos,
        schema: &'s Value,
        path: &str,
    ) -> Value {
        let props = schema.get("properties").and_then(Value::as_object);
        let extra = schema.get("additionalProperties");
        let closed = matches!(extra, Some(Value::Bool(false)));
        let mut out = Map::new();
        // Keys the misspelt ones stand for: not reported missing as well.
        let mut meant: Vec<String> = Vec::new();
        for (key, kpos, value) in entries {
            let p = join_key(path, key);
            self.spans.keys.insert(p.clone(), *kpos);
            let sub = match (props.and_then(|m| m.get(key)), extra) {
                (Some(s), _) => s,
                (None, Some(s)) if !closed && s.is_object() => s,
                (None, _) if !closed => &Value::Bool(true),
                (None, _) => {
                    self.spans.values.insert(p.clone(), value.pos);
                    let kind = self.unknown_key(key, entries, props);
                    if let ErrorKind::UnknownKey { suggestion: Some(s), .. } = &kind {
                        meant.push(s.clone());
                    }
                    self.error(kind, *kpos, &p);
                    continue;
                }
            };
            // An optional key left empty (`strengths:` over commented-out
            // lines, as `yomeru init` writes them) is one not written: its
            // default, whatever its type, as an empty text already was.
            if matches!(value.value, NodeValue::Null) && !self.required(schema, key) {
                self.spans.values.insert(p, value.pos);
                continue;
            }
            if let Some(v) = self.node(value, sub, &p) {
                out.insert(key.clone(), v);
            } else if self.required(schema, key) {
                out.insert(key.clone(), self.placeholder(sub));
                self.placeholders.push(p);
            }
        }
        for key in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let Some(key) = key.as_str() else { continue };
            if out.contains_key(key) || entries.iter().any(|(k, _, _)| k == key) {
                continue;
            }
            // Said at the key of the map that lacks it (`person:`), where
            // the line is to be added; not said when a misspelt key stands
            // for it.
            if !meant.iter().any(|m| m == key) {
                let at = self.spans.keys.get(path).copied().unwrap_or(pos);
                let kind = ErrorKind::MissingKey { key: key.to_string() };
                self.error(kind, at, &join_key(path, key));
            }
            let sub = props.and_then(|m| m.get(key)).unwrap_or(&Value::Bool(true));
            out.insert(key.to_string(), self.placeholder(sub));
            self.placeholders.push(join_key(path, key));
        }
        Value::Object(out)
    }

    /// What is wrong with `key`, which the map (`entries`, allowed keys
    /// `props`) does not have.
    fn unknown_key(
        &self,
        key: &str,
        entries: &[(String, Pos, Node)],
        props: Option<&Map<String, Value>>,
    ) -> ErrorKind {
        let expected: Vec<String> = props.map(|m| m.keys().cloned().collect()).unwrap_or_default();
        // `role: 送迎` then `plain: おくりむかえ` beside it: the parts of a text
        // field go inside it.
        if matches!(key, "plain" | "pictogram" | "voice") {
            let field = entries.iter().find(|(k, _, v)| {
                matches!(v.value, NodeValue::Str(_))
                    && props.and_then(|m| m.get(k)).is_some_and(|s| self.is_text_field(s))
            });
            if let Some((field, _, _)) = field {
                return ErrorKind::TextPartOutside { key: key.to_string(), field: field.clone() };
            }
        }
        let suggestion = super::suggest(key, &expected).or_else(|| {
            // `-id: a`: a list item without its space.
            key.strip_prefix('-')
                .filter(|k| expected.iter().any(|e| e == k))
                .map(|k| format!("- {k}"))
        });
        ErrorKind::UnknownKey { key: key.to_string(), suggestion, expected }
    }

    /// Whether `schema` is a text field's (a string, or a map with `text`
    /// and `plain`).
    fn is_text_field(&self, schema: &'s Value) -> bool {
        self.branches(schema).iter().any(|b| {
            b.get("properties").is_some_and(|p| p.get("text").is_some() && p.get("plain").is_some())
        })
    }

    fn required(&self, schema: &Value, key: &str) -> bool {
        schema
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| r.iter().any(|k| k.as_str() == Some(key)))
    }

    /// A value of the right type for `schema`, standing in for a missing or
    /// wrong one so the rest of the file can still be checked.
    fn placeholder(&self, schema: &'s Value) -> Value {
        let b = self.branches(schema)[0];
        if let Some(c) = b.get("const") {
            return c.clone();
        }
        if let Some(first) = b.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
            return first.clone();
        }
        match Self::types(b).first() {
            Some(ValueType::String) => Value::String(String::new()),
            Some(ValueType::Integer | ValueType::Number) => {
                Value::from(b.get("minimum").and_then(Value::as_i64).unwrap_or(1))
            }
            Some(ValueType::Bool) => Value::Bool(false),
            Some(ValueType::List) => Value::Array(Vec::new()),
            Some(ValueType::Map) => {
                let mut out = Map::new();
                let props = b.get("properties").and_then(Value::as_object);
                for key in b.get("required").and_then(Value::as_array).into_iter().flatten() {
                    if let (Some(k), Some(s)) = (key.as_str(), props) {
                        let sub = s.get(k).unwrap_or(&Value::Bool(true));
                        out.insert(k.to_string(), self.placeholder(sub));
                    }
                }
                Value::Object(out)
            }
            Some(ValueType::Null) | None => Value::Null,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::source::{Format, parse};

    fn errors(text: &str) -> Vec<(String, String, usize)> {
        let (node, _) = parse(text, Format::Yaml).unwrap();
        check(&node)
            .errors
            .iter()
            .map(|e| {
                let l = e.location();
                (e.id().to_string(), l.path.clone().unwrap_or_default(), l.line.unwrap_or(0))
            })
            .collect()
    }

    const OK: &str = "format: 1\nkind: plan\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\ndates:\n  created: 2026-04-01\nneeds:\n  - id: a\n    need: はたらきたい\n";

    #[test]
    fn a_good_plan_has_no_problem() {
        assert_eq!(errors(OK), []);
    }

    #[test]
    fn every_problem_is_found_in_one_pass() {
        let text = OK
            .replace("kind: plan", "kind: plna")
            .replace("  name_reading: やまだ はなこ\n", "  nmae_reading: やまだ はなこ\n")
            .replace(
                "    need: はたらきたい\n",
                "    need: はたらきたい\n    priority: -1\n    services: 3\n",
            );
        let found = errors(&text);
        assert_eq!(
            found,
            [
                ("unknown-value".into(), "kind".into(), 2),
                ("unknown-key".into(), "person.nmae_reading".into(), 5),
                ("out-of-range".into(), "needs[0].priority".into(), 11),
                ("wrong-type".into(), "needs[0].services".into(), 12),
            ],
            "{found:?}"
        );
    }

    #[test]
    fn the_repaired_plan_deserialises() {
        let text =
            OK.replace("  name_reading: やまだ はなこ\n", "").replace("format: 1", "format: x");
        let (node, _) = parse(&text, Format::Yaml).unwrap();
        let checked = check(&node);
        assert_eq!(checked.errors.len(), 2);
        let plan: crate::plan::Plan = serde_json::from_value(checked.json).unwrap();
        assert_eq!(plan.person.name, "山田 花子");
    }

    #[test]
    fn an_optional_key_left_empty_is_one_not_written() {
        let text = format!(
            "{OK}strengths:\n  # - 絵をかく\nweekly:\n  slots:\n  daily_life:\nreadings:\nconsent:\n"
        );
        assert_eq!(errors(&text), []);
        // A required one is still said to be missing its value.
        let text = OK.replace("name: 山田 花子", "name:");
        assert_eq!(errors(&text), [("wrong-type".into(), "person.name".into(), 4)]);
    }

    #[test]
    fn whole_numbers_are_read_as_text_where_text_is_meant() {
        let text = OK.replace("    need: はたらきたい\n", "    need: 42\n");
        assert_eq!(errors(&text), []);
    }
}
