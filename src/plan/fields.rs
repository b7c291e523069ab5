//! The plan's words, field by field: every text field ([`Text`]) and every
//! other string, each with its key path (`needs[2].goal`).
//!
//! Validation (pictogram ids), the renderer's check for characters no font
//! has, the readability checker and the tests all need "every field that
//! holds words". The model's own `Serialize` is the one description of its
//! shape, so [`fields`] visits it with a small serializer instead of a
//! hand-kept list: a field added to the model is visited without more code.

use serde::ser::{self, Impossible, Serialize};

use super::model::{Plan, Text};

/// A field of the plan that holds words.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Key path, as errors print it (`needs[2].goal`, `person.name`).
    pub path: String,
    /// What it holds.
    pub value: FieldValue,
}

/// What a [`Field`] holds.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// A text field: formal text, plain wording, pictogram, voice.
    Text(Text),
    /// A string (a name, an id, a date as written, a service kind).
    Str(String),
}

/// Every text field and string of `plan`, in model order.
pub fn fields(plan: &Plan) -> Vec<Field> {
    let mut out = Vec::new();
    // The visitor refuses only enum variants with fields, which the model
    // does not have (the examples' tests would fail if it grew one).
    plan.serialize(Visitor { path: String::new(), out: &mut out })
        .expect("the plan model has no enum variants with fields");
    out
}

/// Every text field of `plan` with its key path.
pub fn texts(plan: &Plan) -> Vec<(String, Text)> {
    fields(plan)
        .into_iter()
        .filter_map(|f| match f.value {
            FieldValue::Text(t) => Some((f.path, t)),
            FieldValue::Str(_) => None,
        })
        .collect()
}

/// Every field of `plan` holding characters that no shipped font has,
/// with those characters, each once, in the order written.
pub fn unprintable(plan: &Plan) -> Vec<(String, Vec<char>)> {
    fields(plan)
        .into_iter()
        .map(|f| {
            let missing = f.unprintable();
            (f.path, missing)
        })
        .filter(|(_, missing)| !missing.is_empty())
        .collect()
}

impl Field {
    /// The characters of this field (text and plain wording) that no
    /// shipped font has, each once, in the order written.
    pub fn unprintable(&self) -> Vec<char> {
        let fonts = crate::typeset::Fonts::get();
        let strings: Vec<&str> = match &self.value {
            FieldValue::Str(s) => vec![s],
            FieldValue::Text(t) => {
                std::iter::once(t.text.as_str()).chain(t.plain.as_deref()).collect()
            }
        };
        let mut missing: Vec<char> = Vec::new();
        for c in strings.iter().flat_map(|s| s.chars()) {
            // Variation selectors and joiners have no glyph of their own.
            let no_glyph = c.is_whitespace()
                || c.is_control()
                || matches!(c as u32, 0xFE00..=0xFE0F | 0xE0100..=0xE01EF | 0x200B..=0x200F);
            if !no_glyph && !missing.contains(&c) && !fonts.covers(c) {
                missing.push(c);
            }
        }
        missing
    }
}

#[derive(Debug)]
struct NotAField;

impl std::fmt::Display for NotAField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a plan field")
    }
}

impl std::error::Error for NotAField {}

impl ser::Error for NotAField {
    fn custom<T: std::fmt::Display>(_: T) -> NotAField {
        NotAField
    }
}

/// Visits one value at `path`.
struct Visitor<'a> {
    path: String,
    out: &'a mut Vec<Field>,
}

impl Visitor<'_> {
    fn child(&mut self, key: &str) -> Visitor<'_> {
        let path =
            if self.path.is_empty() { key.to_string() } else { format!("{}.{key}", self.path) };
        Visitor { path, out: self.out }
    }

    fn item(&mut self, i: usize) -> Visitor<'_> {
        Visitor { path: format!("{}[{i}]", self.path), out: self.out }
    }
}

/// Collects the fields of one struct, list or map.
struct Compound<'a> {
    visitor: Visitor<'a>,
    index: usize,
    /// A text field being read, part by part (its model reads it at the end).
    text: Option<serde_json::Map<String, serde_json::Value>>,
    /// The key of a map entry, until its value comes.
    key: Option<String>,
}

macro_rules! ignore {
    ($($name:ident: $ty:ty),*) => {
        $(fn $name(self, _: $ty) -> Result<(), NotAField> { Ok(()) })*
    };
}

impl<'a> ser::Serializer for Visitor<'a> {
    type Ok = ();
    type Error = NotAField;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Impossible<(), NotAField>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Impossible<(), NotAField>;

    ignore!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
        serialize_bytes: &[u8]);

    fn serialize_str(self, v: &str) -> Result<(), NotAField> {
        self.out.push(Field { path: self.path, value: FieldValue::Str(v.to_string()) });
        Ok(())
    }

    fn serialize_none(self) -> Result<(), NotAField> {
        Ok(())
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), NotAField> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), NotAField> {
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), NotAField> {
        Ok(())
    }

    /// Enum words (`kind`, `days`) are the format's, not the writer's.
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), NotAField> {
        Ok(())
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), NotAField> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), NotAField> {
        value.serialize(self)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, NotAField> {
        Ok(Compound { visitor: self, index: 0, text: None, key: None })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, NotAField> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, NotAField> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotAField> {
        Err(NotAField)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'a>, NotAField> {
        self.serialize_seq(len)
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Compound<'a>, NotAField> {
        let text = (name == Text::SERDE_NAME).then(serde_json::Map::new);
        Ok(Compound { visitor: self, index: 0, text, key: None })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotAField> {
        Err(NotAField)
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = NotAField;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NotAField> {
        let i = self.index;
        self.index += 1;
        value.serialize(self.visitor.item(i))
    }

    fn end(self) -> Result<(), NotAField> {
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = NotAField;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NotAField> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), NotAField> {
        Ok(())
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = NotAField;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NotAField> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<(), NotAField> {
        Ok(())
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = NotAField;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), NotAField> {
        self.key = serde_json::to_value(key).ok().and_then(|k| k.as_str().map(str::to_string));
        Ok(())
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), NotAField> {
        let key = self.key.take().unwrap_or_default();
        value.serialize(self.visitor.child(&key))
    }

    fn end(self) -> Result<(), NotAField> {
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = NotAField;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NotAField> {
        let Some(text) = &mut self.text else {
            return value.serialize(self.visitor.child(key));
        };
        text.insert(key.to_string(), serde_json::to_value(value).map_err(|_| NotAField)?);
        Ok(())
    }

    fn end(self) -> Result<(), NotAField> {
        if let Some(parts) = self.text {
            // Read back by the model's own reader: a part added to `Text` is
            // kept without a change here.
            let parts: Vec<_> = parts.into_iter().filter(|(_, v)| !v.is_null()).collect();
            let text: Text =
                serde_json::from_value(serde_json::Value::Object(parts.into_iter().collect()))
                    .map_err(|_| NotAField)?;
            let Visitor { path, out } = self.visitor;
            out.push(Field { path, value: FieldValue::Text(text) });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Format, parse};

    #[test]
    fn text_fields_and_strings_come_with_their_key_paths() {
        let text = "format: 1\nkind: plan\nperson:\n  name: 山田 花子\n  name_reading: やまだ はなこ\ndates:\n  created: 2026-04-01\nneeds:\n  - id: a\n    need:\n      text: 就労したい\n      plain: はたらきたい\n      pictogram: work\n    services:\n      - kind: 就労継続支援B型\n        amount: 週5日\nreadings:\n  山田: やまだ\n";
        let (plan, _) = parse(text, Format::Yaml).unwrap();
        let all = fields(&plan);
        let paths: Vec<&str> = all.iter().map(|f| f.path.as_str()).collect();
        assert!(paths.contains(&"person.name"), "{paths:?}");
        assert!(paths.contains(&"needs[0].services[0].amount"), "{paths:?}");
        assert!(paths.contains(&"readings.山田"), "{paths:?}");
        let texts = texts(&plan);
        assert_eq!(texts.len(), 1);
        assert_eq!(texts[0].0, "needs[0].need");
        assert_eq!(texts[0].1.plain.as_deref(), Some("はたらきたい"));
        assert_eq!(texts[0].1.pictogram.as_deref(), Some("work"));
        // A text field is one field, not its parts.
        assert!(!paths.contains(&"needs[0].need.text"));
    }
}
