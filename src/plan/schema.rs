//! The JSON Schema of the plan format, for editors that complete and check
//! plan files as they are typed.
//!
//! schemars derives the structure from the Rust types; the descriptions come
//! from Fluent (`schema-<Type>-<key>` in `locales/<lang>/schema.ftl`), so a
//! Japanese specialist sees the official field names (利用者氏名, 達成時期, …).

use serde_json::Value;

use super::Plan;
use crate::locale::Locale;

/// The JSON Schema of [`Plan`] with descriptions in `locale`'s language.
pub fn schema(locale: &Locale) -> Value {
    let mut schema = serde_json::to_value(schemars::schema_for!(Plan)).expect("schema is JSON");
    describe(&mut schema, "Plan", locale);
    if let Some(Value::Object(defs)) = schema.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            describe(def, name, locale);
        }
    }
    schema
}

fn describe(def: &mut Value, name: &str, locale: &Locale) {
    let Value::Object(obj) = def else { return };
    if let Some(text) = locale.try_format(&format!("schema-{name}"), &[]) {
        obj.insert("description".into(), Value::String(text));
    }
    if let Some(Value::Object(props)) = obj.get_mut("properties") {
        for (key, prop) in props.iter_mut() {
            if let (Some(text), Value::Object(p)) =
                (locale.try_format(&format!("schema-{name}-{key}"), &[]), prop)
            {
                p.insert("description".into(), Value::String(text));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_property_has_a_japanese_description() {
        let s = schema(&Locale::default_lang());
        let mut missing = Vec::new();
        let mut check = |name: &str, def: &Value| {
            if let Some(Value::Object(props)) = def.get("properties") {
                for (k, p) in props {
                    if p.get("description").is_none() {
                        missing.push(format!("schema-{name}-{k}"));
                    }
                }
            }
        };
        check("Plan", &s);
        for (name, def) in s["$defs"].as_object().unwrap() {
            check(name, def);
        }
        assert!(missing.is_empty(), "no description for {missing:?}");
        // From Fluent, not the English doc comment.
        let progress = &s["$defs"]["MonitoringRow"]["properties"]["progress"]["description"];
        assert!(progress.as_str().unwrap().starts_with("達成の段階"), "{progress}");
        assert_eq!(s["properties"]["person"]["description"], "利用者");
    }
}
