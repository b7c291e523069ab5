//! The render stage: minijinja templates turn a plan into Typst source.
//!
//! Templates live in `templates/` (embedded at build time); an office may
//! pass `--templates DIR` to use customised copies, file by file. Labels come
//! from Fluent through the `t()` function, and every printed value goes
//! through [`escape`], which writes Typst literals, never markup.

pub mod escape;
mod weekly;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use minijinja::value::{Kwargs, Object, Value};
use minijinja::{AutoEscape, Environment, State, UndefinedBehavior};
use serde::Serialize;

use crate::error::{Error, ErrorKind, Location, Result, Warning, WarningKind};
use crate::japanese::grade::Furigana;
use crate::japanese::reading::{Lexicon, annotate, typst_segments};
use crate::locale::{Locale, arg};
use crate::plan::{Kind, LoadedPlan, SupportCategory};
use crate::typeset::{Fonts, Job};

/// The templates embedded from `templates/`, as (relative path, content).
static EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// The Typst library file every generated document imports.
pub const LIBRARY_FILE: &str = "yomeru.typ";

/// How Japanese text is printed: which words get furigana, and whether
/// 文節 are spaced (分かち書き).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// Which kanji words get their reading above them.
    pub furigana: Furigana,
    /// Spaces between 文節.
    pub wakachi: bool,
}

impl Default for TextStyle {
    /// The official form as offices print it: no furigana, no spaces.
    fn default() -> TextStyle {
        TextStyle { furigana: Furigana::None, wakachi: false }
    }
}

impl TextStyle {
    fn changes_text(self) -> bool {
        self.furigana != Furigana::None || self.wakachi
    }
}

/// Turns plans into Typst jobs for one language and one template set.
pub struct Renderer {
    env: Environment<'static>,
    locale: Arc<Locale>,
    typst_files: Vec<(String, Vec<u8>)>,
    style: TextStyle,
}

/// What the `text` and `furi` filters need to annotate one plan's text:
/// the readings it gives (names are read as written there, or not at all).
#[derive(Debug)]
struct Annotator {
    lexicon: Lexicon,
    style: TextStyle,
}

impl Object for Annotator {}

/// The context key under which templates find the [`Annotator`].
const ANNOTATOR: &str = "__annotator";

impl Annotator {
    fn new(loaded: &LoadedPlan, style: TextStyle) -> Annotator {
        let plan = &loaded.plan;
        let mut lexicon =
            Lexicon::with_overrides(plan.readings.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                .name(&plan.person.name, &plan.person.name_reading);
        if let Some(g) = &plan.person.guardian {
            lexicon = lexicon.name(&g.name, g.name_reading.as_deref().unwrap_or_default());
        }
        if let (Some(planner), Some(reading)) = (&plan.office.planner, &plan.office.planner_reading)
        {
            lexicon = lexicon.name(planner, reading);
        }
        // Names with no reading in the plan are printed as written.
        let mut names: Vec<&str> = plan.office.name.as_deref().into_iter().collect();
        names.extend(plan.office.planner.as_deref());
        names.extend(plan.supporters.iter().map(|s| s.name.as_str()));
        for n in &plan.needs {
            for sv in &n.services {
                names.extend(sv.provider.as_deref());
            }
        }
        Annotator { lexicon: lexicon.protect(names), style }
    }

    /// `s` as Typst markup with ruby and spaces, or `None` when the style
    /// prints text as written.
    fn markup(&self, s: &str) -> Option<Value> {
        if !self.style.changes_text() || s.is_empty() {
            return None;
        }
        let segs = annotate(s, &self.lexicon, self.style.furigana, self.style.wakachi);
        Some(Value::from_safe_string(format!("[{}]", typst_segments(&segs))))
    }
}

/// The `furi` filter: a string with the renderer's furigana and spacing.
fn furi(state: &State, v: Value) -> Value {
    let annotator = state.lookup(ANNOTATOR);
    let annotator = annotator.as_ref().and_then(|a| a.downcast_object_ref::<Annotator>());
    match (annotator, v.as_str()) {
        (Some(a), Some(s)) => a.markup(s).unwrap_or(v),
        _ => v,
    }
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer").field("locale", &self.locale.lang()).finish()
    }
}

/// Generated Typst source and what was noticed while making it.
#[derive(Debug)]
pub struct Rendered {
    /// Files for the Typst world: `main.typ` plus the support library.
    pub job: Job,
    /// Located warnings (characters no font has, …).
    pub warnings: Vec<Warning>,
}

impl Renderer {
    /// Creates a renderer for `locale`, reading templates from `templates`
    /// first (if given) and from the embedded set otherwise.
    pub fn new(locale: Arc<Locale>, templates: Option<&Path>) -> Result<Renderer> {
        let dir: Option<PathBuf> = templates.map(Path::to_path_buf);
        if let Some(d) = &dir
            && !d.is_dir()
        {
            return Err(Error::new(ErrorKind::Io { message: "not a folder".into() }).in_file(d));
        }
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // Blank lines are paragraph breaks in Typst: tags must leave none.
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .keep_trailing_newline(true)
                .build()
                .expect("default delimiters are valid"),
        );
        env.set_auto_escape_callback(|_| AutoEscape::Custom("typst".into()));
        env.set_formatter(|out, state, value| {
            if matches!(state.auto_escape(), AutoEscape::Custom(_)) && !value.is_safe() {
                let mut s = String::new();
                escape::write_literal(value, &mut s);
                out.write_str(&s)?;
                Ok(())
            } else {
                minijinja::escape_formatter(out, state, value)
            }
        });
        let loader_dir = dir.clone();
        env.set_loader(move |name| {
            if let Some(d) = &loader_dir {
                let p = d.join(name);
                if p.is_file() {
                    return std::fs::read_to_string(&p).map(Some).map_err(|e| {
                        minijinja::Error::new(
                            minijinja::ErrorKind::InvalidOperation,
                            format!("{}: {e}", p.display()),
                        )
                    });
                }
            }
            Ok(EMBEDDED.iter().find(|(p, _)| *p == name).map(|(_, s)| (*s).to_string()))
        });

        let l = locale.clone();
        env.add_function(
            "t",
            move |id: &str, kwargs: Kwargs| -> std::result::Result<String, minijinja::Error> {
                if !l.has(id) {
                    return Err(minijinja::Error::new(
                        minijinja::ErrorKind::UndefinedError,
                        format!("no label {id:?} in locales/{}", l.lang()),
                    ));
                }
                let mut args = Vec::new();
                for key in kwargs.args() {
                    let v: Value = kwargs.get(key)?;
                    let fv = match v.as_i64() {
                        Some(n) => n.into(),
                        None => arg(v.to_string()),
                    };
                    args.push((key, fv));
                }
                Ok(l.format(id, &args))
            },
        );
        let l = locale.clone();
        env.add_filter("date", move |v: Value| fmt_date(&l, &v));
        let l = locale.clone();
        env.add_filter("month", move |v: Value| fmt_month(&l, &v));
        let l = locale.clone();
        env.add_filter("yen", move |v: Value| {
            v.as_i64().map(|n| l.format("yen", &[("amount", arg(group_digits(n)))]))
        });
        env.add_filter("text", |state: &State, v: Value| -> Value {
            // A text field is a string or {text, plain, …}; the official form prints `text`.
            if v.is_none() || v.is_undefined() {
                Value::from(())
            } else {
                furi(state, v.get_attr("text").ok().filter(|t| !t.is_undefined()).unwrap_or(v))
            }
        });
        env.add_filter("furi", furi);
        // A text field's formal wording as a plain string, for use inside a
        // label (`t(…, role=s.role|formal)`), which is annotated as a whole.
        env.add_filter("formal", |v: Value| -> Value {
            v.get_attr("text").ok().filter(|t| !t.is_undefined()).unwrap_or(v)
        });

        // Plain `.typ` files (the layout library and any an office adds) go to
        // the Typst world as they are; a customised copy wins.
        let mut typst_files: Vec<(String, Vec<u8>)> = EMBEDDED
            .iter()
            .filter(|(p, _)| p.ends_with(".typ"))
            .map(|(p, s)| (p.to_string(), s.as_bytes().to_vec()))
            .collect();
        if let Some(d) = &dir {
            collect_typ(d, d, &mut typst_files)?;
        }
        Ok(Renderer { env, locale, typst_files, style: TextStyle::default() })
    }

    /// The same renderer printing text in `style` (furigana, 分かち書き).
    pub fn with_style(mut self, style: TextStyle) -> Renderer {
        self.style = style;
        self
    }

    /// How this renderer prints Japanese text.
    pub fn style(&self) -> TextStyle {
        self.style
    }

    /// The language of labels.
    pub fn locale(&self) -> &Arc<Locale> {
        &self.locale
    }

    /// Renders template `name` (e.g. `official/main.typ.j2`) for `plan`.
    pub fn render(&self, name: &str, plan: &LoadedPlan) -> Result<Rendered> {
        let ctx = Context::new(plan, &self.locale, self.style);
        let template = self.env.get_template(name).map_err(template_error)?;
        let annotator = Value::from_object(Annotator::new(plan, self.style));
        let source = template
            .render(minijinja::context! { __annotator => annotator, ..Value::from(minijinja::value::Serde(&ctx)) })
            .map_err(template_error)?;
        let mut files = self.typst_files.clone();
        files.push(("main.typ".into(), source.into_bytes()));
        let created = plan.plan.dates.created.parse();
        let date = created.map_or((1970, 1, 1), |d| (d.year(), d.month() as u8, d.day()));
        Ok(Rendered {
            job: Job { files, main: "main.typ".into(), date },
            warnings: missing_glyphs(plan),
        })
    }
}

fn collect_typ(base: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::new(ErrorKind::Io { message: e.to_string() }).in_file(dir))?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect_typ(base, &p, out)?;
        } else if p.extension().is_some_and(|e| e == "typ") {
            let rel = p.strip_prefix(base).unwrap_or(&p).to_string_lossy().replace('\\', "/");
            let data = std::fs::read(&p)
                .map_err(|e| Error::new(ErrorKind::Io { message: e.to_string() }).in_file(&p))?;
            out.retain(|(name, _)| *name != rel);
            out.push((rel, data));
        }
    }
    Ok(())
}

fn template_error(e: minijinja::Error) -> Error {
    let mut message = e.detail().map_or_else(|| e.kind().to_string(), str::to_string);
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        message.push_str(&format!(": {s}"));
        source = s.source();
    }
    let loc = Location { file: e.name().map(Into::into), line: e.line(), ..Location::default() };
    Error::new(ErrorKind::Template { message }).at(loc)
}

fn fmt_date(l: &Locale, v: &Value) -> Option<String> {
    let d = crate::plan::Date(v.as_str()?.to_string()).parse()?;
    Some(l.format(
        "date",
        &[
            ("year", i64::from(d.year()).into()),
            ("month", (d.month() as u8 as i64).into()),
            ("day", i64::from(d.day()).into()),
        ],
    ))
}

fn fmt_month(l: &Locale, v: &Value) -> Option<String> {
    let (y, m) = crate::plan::Month(v.as_str()?.to_string()).parse()?;
    Some(l.format("month", &[("year", i64::from(y).into()), ("month", i64::from(m).into())]))
}

/// 9300 → "9,300".
fn group_digits(n: i64) -> String {
    let s = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// What templates see besides the plan itself.
#[derive(Serialize)]
struct Context<'a> {
    plan: &'a crate::plan::Plan,
    /// `plan`, `plan-draft` or `monitoring`.
    kind: &'static str,
    draft: bool,
    child: bool,
    /// The 提供事業者名 column belongs to the final plan only.
    with_provider: bool,
    support_category: Option<String>,
    weekly: weekly::Layout,
    lang: String,
    /// Readings are printed: the layout makes room above each line.
    furigana: bool,
}

impl<'a> Context<'a> {
    fn new(loaded: &'a LoadedPlan, locale: &Locale, style: TextStyle) -> Context<'a> {
        let plan = &loaded.plan;
        let support_category = plan.certificates.support_category.as_ref().map(|c| match c {
            SupportCategory::Level(n) => {
                locale.format("support-category", &[("level", i64::from(*n).into())])
            }
            SupportCategory::Word(w) => w.clone(),
        });
        Context {
            plan,
            kind: match plan.kind {
                Kind::Plan => "plan",
                Kind::PlanDraft => "plan-draft",
                Kind::Monitoring => "monitoring",
            },
            draft: plan.kind == Kind::PlanDraft,
            child: plan.person.child,
            with_provider: plan.kind != Kind::PlanDraft,
            support_category,
            weekly: weekly::Layout::new(&plan.weekly),
            lang: locale.lang().to_string(),
            furigana: style.furigana != Furigana::None,
        }
    }
}

/// Every plan string, with its key path, whose characters no shipped font has.
pub fn missing_glyphs(loaded: &LoadedPlan) -> Vec<Warning> {
    let fonts = Fonts::get();
    let json = serde_json::to_value(&loaded.plan).unwrap_or_default();
    let mut out = Vec::new();
    walk_strings(&json, String::new(), &mut |path, s| {
        let mut seen = Vec::new();
        for c in s.chars() {
            if c.is_whitespace() || c.is_control() || seen.contains(&c) {
                continue;
            }
            // Variation selectors and joiners have no glyph of their own.
            if matches!(c as u32, 0xFE00..=0xFE0F | 0xE0100..=0xE01EF | 0x200B..=0x200F) {
                continue;
            }
            seen.push(c);
            if !fonts.covers(c) {
                // A text field's `text` is reported at the field itself.
                let key = path.strip_suffix(".text").unwrap_or(path).to_string();
                out.push(Warning {
                    location: loaded.locate(&key),
                    kind: WarningKind::MissingGlyph { ch: c },
                });
            }
        }
    });
    out
}

fn walk_strings(v: &serde_json::Value, path: String, f: &mut impl FnMut(&str, &str)) {
    match v {
        serde_json::Value::String(s) => f(&path, s),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk_strings(item, format!("{path}[{i}]"), f);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                walk_strings(item, crate::plan::source::join_key(&path, k), f);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped() {
        assert_eq!(group_digits(9300), "9,300");
        assert_eq!(group_digits(37200), "37,200");
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(1234567), "1,234,567");
    }
}
