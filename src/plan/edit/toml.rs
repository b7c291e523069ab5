//! Updating a TOML plan file in place with `toml_edit`, which keeps the
//! comments and formatting of every item it is not asked to change.

use serde_json::{Map, Value};
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table};

use super::{Edited, Lost, LostKind};

/// `old` updated to `new`; `None` if `old` is not TOML.
pub(super) fn update(old: &str, new: &Value) -> Option<Edited> {
    let mut doc: DocumentMut = old.parse().ok()?;
    let (new, lost) = writable(new);
    update_table(doc.as_table_mut(), &new);
    Some(Edited { text: doc.to_string(), lost })
}

/// A new file for `new`, and the nulls left out of lists.
pub(super) fn write(new: &Value) -> (String, Vec<Lost>) {
    let mut doc = DocumentMut::new();
    let (new, lost) = writable(new);
    update_table(doc.as_table_mut(), &new);
    (doc.to_string(), lost)
}

/// `new` as TOML can hold it: the top-level table, without nulls (a null
/// field is simply not written; a null in a list is reported).
fn writable(new: &Value) -> (Map<String, Value>, Vec<Lost>) {
    fn clean(v: &Value, path: &str, lost: &mut Vec<Lost>) -> Option<Value> {
        match v {
            Value::Null => None,
            Value::Array(items) => Some(Value::Array(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, x)| {
                        let p = format!("{path}[{i}]");
                        let kept = clean(x, &p, lost);
                        if kept.is_none() {
                            lost.push(Lost { line: 0, what: LostKind::NotWritable(p) });
                        }
                        kept
                    })
                    .collect(),
            )),
            Value::Object(m) => Some(Value::Object(
                m.iter()
                    .filter_map(|(k, x)| {
                        let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                        Some((k.clone(), clean(x, &p, lost)?))
                    })
                    .collect(),
            )),
            v => Some(v.clone()),
        }
    }
    let mut lost = Vec::new();
    match clean(new, "", &mut lost) {
        Some(Value::Object(m)) => (m, lost),
        _ => {
            lost.push(Lost { line: 0, what: LostKind::NotWritable(String::new()) });
            (Map::new(), lost)
        }
    }
}

/// How `plan::value` reads a TOML value (dates and times as text).
fn json(v: &toml_edit::Value) -> Value {
    use toml_edit::Value as V;
    match v {
        V::String(s) => Value::String(s.value().clone()),
        V::Integer(i) => Value::from(*i.value()),
        V::Float(f) => serde_json::Number::from_f64(*f.value()).map_or(Value::Null, Value::Number),
        V::Boolean(b) => Value::Bool(*b.value()),
        V::Datetime(d) => Value::String(d.value().to_string()),
        V::Array(a) => Value::Array(a.iter().map(json).collect()),
        V::InlineTable(t) => {
            Value::Object(t.iter().map(|(k, x)| (k.to_string(), json(x))).collect())
        }
    }
}

fn update_table(table: &mut Table, new: &Map<String, Value>) {
    let old: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    for key in &old {
        match new.get(key) {
            None => {
                table.remove(key);
            }
            Some(v) => update_item(table.get_mut(key).expect("a key just listed"), v),
        }
    }
    for (key, v) in new {
        if !table.contains_key(key) {
            table.insert(key, item(v));
        }
    }
    // An implicit table (only a header for its sub-tables) with nothing
    // left would not be written, and its key would vanish.
    if table.is_empty() {
        table.set_implicit(false);
    }
}

fn update_item(old: &mut Item, new: &Value) {
    match (old, new) {
        (Item::Value(v), _) if compatible(v, new) => update_value(v, new),
        (Item::Table(t), Value::Object(m)) => update_table(t, m),
        (Item::ArrayOfTables(a), Value::Array(items))
            if !items.is_empty() && items.iter().all(Value::is_object) =>
        {
            update_tables(a, items)
        }
        (old, new) => *old = item(new),
    }
}

/// Whether an inline value can be changed into `new` without becoming a
/// table: same kind of collection, or a scalar for a scalar.
fn compatible(old: &toml_edit::Value, new: &Value) -> bool {
    use toml_edit::Value as V;
    match (old, new) {
        (V::Array(_), Value::Array(_)) | (V::InlineTable(_), Value::Object(_)) => true,
        (V::Array(_) | V::InlineTable(_), _) => false,
        (_, Value::Array(_) | Value::Object(_)) => false,
        _ => true,
    }
}

fn update_tables(old: &mut ArrayOfTables, new: &[Value]) {
    while old.len() > new.len() {
        old.remove(old.len() - 1);
    }
    for (i, v) in new.iter().enumerate() {
        let Value::Object(m) = v else { unreachable!("checked by the caller") };
        match old.get_mut(i) {
            Some(t) => update_table(t, m),
            None => old.push(table(m)),
        }
    }
}

fn update_value(old: &mut toml_edit::Value, new: &Value) {
    if json(old) == *new {
        return;
    }
    match (&mut *old, new) {
        (toml_edit::Value::Array(a), Value::Array(items)) => {
            while a.len() > items.len() {
                a.remove(a.len() - 1);
            }
            for (i, v) in items.iter().enumerate() {
                match a.get_mut(i) {
                    Some(x) if compatible(x, v) => update_value(x, v),
                    Some(x) => *x = value(v, None),
                    None => a.push(value(v, None)),
                }
            }
        }
        (toml_edit::Value::InlineTable(t), Value::Object(m)) => {
            let keys: Vec<String> = t.iter().map(|(k, _)| k.to_string()).collect();
            for key in &keys {
                match m.get(key) {
                    None => {
                        t.remove(key);
                    }
                    Some(v) => {
                        let x = t.get_mut(key).expect("a key just listed");
                        if compatible(x, v) {
                            update_value(x, v);
                        } else {
                            *x = value(v, None);
                        }
                    }
                }
            }
            for (key, v) in m {
                if !t.contains_key(key) {
                    t.insert(key.as_str(), value(v, None));
                }
            }
        }
        (old, new) => {
            // A scalar changed: its spacing and trailing comment stay.
            let decor = old.decor().clone();
            *old = value(new, Some(old));
            *old.decor_mut() = decor;
        }
    }
}

/// `v` as a TOML item in a table: a non-empty object becomes a table
/// (`[a.b]`), a list of objects an array of tables (`[[needs]]`), as they
/// are written by hand.
fn item(v: &Value) -> Item {
    match v {
        Value::Object(m) if !m.is_empty() => Item::Table(table(m)),
        Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_object) => {
            let mut a = ArrayOfTables::new();
            for x in items {
                let Value::Object(m) = x else { unreachable!("checked above") };
                a.push(table(m));
            }
            Item::ArrayOfTables(a)
        }
        v => Item::Value(value(v, None)),
    }
}

fn table(m: &Map<String, Value>) -> Table {
    let mut t = Table::new();
    update_table(&mut t, m);
    t
}

/// `v` as an inline TOML value. A text that was a TOML date and is still
/// one keeps being a date.
fn value(v: &Value, was: Option<&toml_edit::Value>) -> toml_edit::Value {
    match v {
        Value::String(s) => {
            if matches!(was, Some(toml_edit::Value::Datetime(_)))
                && let Ok(d) = s.parse::<toml_edit::Datetime>()
                && d.to_string() == *s
            {
                return toml_edit::Value::from(d);
            }
            // `plan::value` takes byte-order marks out of the whole text,
            // so one inside a string must be escaped, which only a basic
            // string can do; toml_edit would write it raw.
            if s.contains('\u{feff}') {
                let escaped: String = s
                    .chars()
                    .map(|c| match c {
                        '"' => "\\\"".to_string(),
                        '\\' => "\\\\".to_string(),
                        c if c.is_control() || c == '\u{feff}' => format!("\\u{:04X}", c as u32),
                        c => c.to_string(),
                    })
                    .collect();
                if let Ok(v) = format!("\"{escaped}\"").parse::<toml_edit::Value>() {
                    return v;
                }
            }
            toml_edit::Value::from(s.as_str())
        }
        Value::Bool(b) => toml_edit::Value::from(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => toml_edit::Value::from(i),
            None => toml_edit::Value::from(n.as_f64().expect("a JSON number is i64, u64 or f64")),
        },
        Value::Array(items) => {
            let mut a = Array::new();
            for x in items {
                a.push(value(x, None));
            }
            toml_edit::Value::Array(a)
        }
        Value::Object(m) => {
            let mut t = InlineTable::new();
            for (k, x) in m {
                t.insert(k.as_str(), value(x, None));
            }
            toml_edit::Value::InlineTable(t)
        }
        Value::Null => unreachable!("nulls are taken out before"),
    }
}
