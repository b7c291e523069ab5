//! `yomeru schema`: the plan format as JSON Schema, for editors.

use yomeru::locale::Locale;

/// Prints the schema with descriptions in `locale`'s language.
pub fn run(locale: &Locale) {
    let schema = yomeru::plan::schema::schema(locale);
    println!("{}", serde_json::to_string_pretty(&schema).expect("the schema is JSON"));
}
