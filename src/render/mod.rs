//! The render stage: minijinja templates turn a plan into Typst source.
//!
//! Templates live in `templates/` (embedded at build time); an office may
//! pass `--templates DIR` to use customised copies, file by file. Labels come
//! from Fluent through the `t()` function, and every printed value goes
//! through [`escape`], which writes Typst literals, never markup.

pub mod easy;
pub mod escape;
mod weekly;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use minijinja::value::{Kwargs, Object, Value};
use minijinja::{AutoEscape, Environment, State, UndefinedBehavior};
use serde::Serialize;

use crate::error::{Error, ErrorKind, Location, Result, Warning, WarningKind};
use crate::japanese::glossary::{self, Term};
use crate::japanese::grade::Furigana;
use crate::japanese::reading::{
    Lexicon, annotate, annotate_phrases, typst_phrases, typst_segments,
};
use crate::locale::{Locale, arg};
use crate::plan::{Kind, LoadedPlan, SupportCategory};
use crate::typeset::{Fonts, Job};

/// The templates embedded from `templates/`, as (relative path, content).
static EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/templates.rs"));

/// The Typst library file every generated document imports.
pub const LIBRARY_FILE: &str = "yomeru.typ";

/// How Japanese text is printed: which words get furigana, whether 文節
/// are spaced (分かち書き), and whether a line may break inside a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// Which kanji words get their reading above them.
    pub furigana: Furigana,
    /// Spaces between 文節.
    pub wakachi: bool,
    /// Keep each phrase on one line (the easy version's rule that no word
    /// is split across lines).
    pub keep_words: bool,
}

impl Default for TextStyle {
    /// The official form as offices print it: no furigana, no spaces,
    /// Japanese line breaking.
    fn default() -> TextStyle {
        TextStyle { furigana: Furigana::None, wakachi: false, keep_words: false }
    }
}

impl TextStyle {
    fn changes_text(self) -> bool {
        self.furigana != Furigana::None || self.wakachi || self.keep_words
    }
}

/// Which document a render makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// The official-format plan and weekly schedule.
    Official,
    /// The easy-read version (わかりやすい版).
    Easy,
}

impl Variant {
    /// Its main template.
    pub fn template(self) -> &'static str {
        match self {
            Variant::Official => "official/main.typ.j2",
            Variant::Easy => "easy/main.typ.j2",
        }
    }

    /// Its name in output files (`<stem>.official.pdf`, `<stem>.easy.pdf`).
    pub fn name(self) -> &'static str {
        match self {
            Variant::Official => "official",
            Variant::Easy => "easy",
        }
    }

    /// How text is printed unless the user says otherwise: the official
    /// form as offices print it, the easy version with furigana on every
    /// kanji.
    pub fn default_style(self) -> TextStyle {
        match self {
            Variant::Official => TextStyle::default(),
            Variant::Easy => {
                TextStyle { furigana: Furigana::All, wakachi: false, keep_words: true }
            }
        }
    }
}

/// Turns plans into Typst jobs for one language and one template set.
pub struct Renderer {
    env: Environment<'static>,
    locale: Arc<Locale>,
    typst_files: Vec<(String, Vec<u8>)>,
    style: TextStyle,
    pictograms: crate::pictograms::Style,
}

/// What the text filters need for one render: the readings the plan gives
/// (names are read as written there, or not at all), how text is printed,
/// and, in the easy version, which glossary terms have been used so far.
#[derive(Debug)]
struct Annotator {
    lexicon: Lexicon,
    style: TextStyle,
    /// Explain a glossary term after its first use (easy version).
    explain_terms: bool,
    /// Glossary terms used, in order of first use, and those already
    /// explained in the text.
    used: Mutex<(Vec<&'static Term>, Vec<&'static Term>)>,
    /// Labels, for pictogram alt text.
    locale: Arc<Locale>,
    pictograms: crate::pictograms::Style,
}

impl Object for Annotator {}

/// The context key under which templates find the [`Annotator`].
const ANNOTATOR: &str = "__annotator";

impl Annotator {
    fn new(loaded: &LoadedPlan, renderer: &Renderer, variant: Variant) -> Annotator {
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
        Annotator {
            lexicon: lexicon.protect(names),
            style: renderer.style,
            explain_terms: variant == Variant::Easy,
            used: Mutex::new((Vec::new(), Vec::new())),
            locale: renderer.locale.clone(),
            pictograms: renderer.pictograms,
        }
    }

    /// `s` as Typst markup with ruby and spaces, or `None` when the style
    /// prints text as written.
    fn markup(&self, s: &str) -> Option<Value> {
        if !self.style.changes_text() || s.is_empty() {
            return None;
        }
        let code = if self.style.keep_words {
            typst_phrases(&annotate_phrases(
                s,
                &self.lexicon,
                self.style.furigana,
                self.style.wakachi,
            ))
        } else {
            typst_segments(&annotate(s, &self.lexicon, self.style.furigana, self.style.wakachi))
        };
        Some(Value::from_safe_string(format!("[{code}]")))
    }

    /// `s` with each glossary term recorded as used and, the first time it
    /// appears in the document, followed by its short explanation.
    fn explain(&self, s: &str, insert: bool) -> String {
        if !self.explain_terms {
            return s.to_string();
        }
        let mut guard = self.used.lock().unwrap_or_else(|e| e.into_inner());
        let (used, explained) = &mut *guard;
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while !rest.is_empty() {
            let hit = glossary::names()
                .filter(|n| rest.starts_with(n))
                .max_by_key(|n| n.len())
                .and_then(|n| glossary::find(n).map(|t| (n, t)));
            match hit {
                Some((name, term)) => {
                    out.push_str(name);
                    rest = &rest[name.len()..];
                    if !used.iter().any(|t| std::ptr::eq(*t, term)) {
                        used.push(term);
                    }
                    // Already explained in brackets right after? Then leave it.
                    if insert && !explained.iter().any(|t| std::ptr::eq(*t, term)) {
                        explained.push(term);
                        if !rest.starts_with('（') && !rest.starts_with('(') {
                            out.push('（');
                            out.push_str(&term.short);
                            out.push('）');
                        }
                    }
                }
                None => {
                    let c = rest.chars().next().unwrap_or(' ');
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        out
    }

    /// A picture for the layout: `(path: …, alt: …)`.
    fn pictogram(&self, id: &str) -> Option<Value> {
        let path = crate::pictograms::path(id, self.pictograms)?;
        let alt = self.locale.text(&format!("picto-{id}"));
        Some(Value::from_safe_string(format!(
            "(path: {}, alt: {})",
            escape::typst_str(&path),
            escape::typst_str(&alt)
        )))
    }
}

fn annotator(state: &State) -> Option<Value> {
    state.lookup(ANNOTATOR)
}

/// The `easy` filter: a text field's plain wording (its formal text when
/// there is none), with glossary terms explained at first use, furigana and
/// spacing.
fn easy_text(
    state: &State,
    v: Value,
    kwargs: Kwargs,
) -> std::result::Result<Value, minijinja::Error> {
    // The person's own words are quoted as they are: terms in them count as
    // used, but no explanation is inserted into the quote.
    let quote: Option<bool> = kwargs.get("quote")?;
    kwargs.assert_all_used()?;
    if v.is_none() || v.is_undefined() {
        return Ok(Value::from(()));
    }
    let pick =
        |k: &str| v.get_attr(k).ok().filter(|t| t.as_str().is_some_and(|s| !s.trim().is_empty()));
    let wording = pick("plain").or_else(|| pick("text")).unwrap_or(v.clone());
    let Some(s) = wording.as_str() else { return Ok(wording) };
    let a = annotator(state);
    Ok(match a.as_ref().and_then(|a| a.downcast_object_ref::<Annotator>()) {
        Some(a) => {
            let explained = a.explain(s, !quote.unwrap_or(false));
            a.markup(&explained).unwrap_or_else(|| Value::from(explained))
        }
        None => wording,
    })
}

/// The `furi` filter: a string with the renderer's furigana and spacing.
fn furi(state: &State, v: Value) -> Value {
    let annotator = annotator(state);
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
        env.add_filter("easy", easy_text);
        env.add_function("picto", |state: &State, id: &str| -> Value {
            let a = annotator(state);
            a.as_ref()
                .and_then(|a| a.downcast_object_ref::<Annotator>())
                .and_then(|a| a.pictogram(id))
                .unwrap_or(Value::from(()))
        });
        // The concept a text's words suggest, or `fallback`.
        env.add_function("guess_picto", |text: Option<&str>, fallback: &str| -> String {
            text.and_then(crate::pictograms::guess).unwrap_or(fallback).to_string()
        });
        // The glossary terms used so far (call it last): term, explanation
        // and pictogram, annotated like the text around them.
        env.add_function("glossary_used", |state: &State| -> Vec<Value> {
            let a = annotator(state);
            let Some(a) = a.as_ref().and_then(|a| a.downcast_object_ref::<Annotator>()) else {
                return Vec::new();
            };
            let used = a.used.lock().unwrap_or_else(|e| e.into_inner()).0.clone();
            used.iter()
                .map(|t| {
                    let term = a.markup(&t.term).unwrap_or_else(|| Value::from(t.term.clone()));
                    let plain = a.markup(&t.plain).unwrap_or_else(|| Value::from(t.plain.clone()));
                    minijinja::context! {
                        term => term,
                        plain => plain,
                        pictogram => a.pictogram(&t.pictogram).unwrap_or(Value::from(())),
                    }
                })
                .collect()
        });
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
        Ok(Renderer {
            env,
            locale,
            typst_files,
            style: TextStyle::default(),
            pictograms: crate::pictograms::Style::Color,
        })
    }

    /// The same renderer printing text in `style` (furigana, 分かち書き).
    pub fn with_style(mut self, style: TextStyle) -> Renderer {
        self.style = style;
        self
    }

    /// The same renderer drawing pictograms in black line art, for
    /// black-and-white printing.
    pub fn with_monochrome(mut self, monochrome: bool) -> Renderer {
        self.pictograms = if monochrome {
            crate::pictograms::Style::Black
        } else {
            crate::pictograms::Style::Color
        };
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

    /// Renders template `name` (e.g. `official/main.typ.j2`) for `plan` as
    /// an official-format document.
    pub fn render(&self, name: &str, plan: &LoadedPlan) -> Result<Rendered> {
        self.render_template(name, Variant::Official, plan)
    }

    /// Renders `variant`'s main template for `plan`, with the pictograms and
    /// photos the easy version needs.
    pub fn render_variant(&self, variant: Variant, plan: &LoadedPlan) -> Result<Rendered> {
        self.render_template(variant.template(), variant, plan)
    }

    fn render_template(&self, name: &str, variant: Variant, plan: &LoadedPlan) -> Result<Rendered> {
        let ctx = Context::new(plan, &self.locale, self.style);
        let template = self.env.get_template(name).map_err(template_error)?;
        let annotator = Value::from_object(Annotator::new(plan, self, variant));
        let easy = match variant {
            Variant::Easy => Some(easy::EasyView::new(plan, &self.locale)),
            Variant::Official => None,
        };
        let source = template
            .render(minijinja::context! {
                __annotator => annotator,
                easy => Value::from(minijinja::value::Serde(&easy)),
                ..Value::from(minijinja::value::Serde(&ctx))
            })
            .map_err(template_error)?;
        let mut files = self.typst_files.clone();
        if variant == Variant::Easy {
            files.extend(
                crate::pictograms::files(self.pictograms)
                    .map(|(p, bytes)| (p.trim_start_matches('/').to_string(), bytes.to_vec())),
            );
            for (key, written) in crate::plan::photos(&plan.plan) {
                let jpeg = crate::photo::prepare(&plan.path, written)
                    .map_err(|e| e.at(plan.locate(&key)).in_file(&plan.path))?;
                files.push((easy::photo_path(&key).trim_start_matches('/').to_string(), jpeg));
            }
        }
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
    crate::plan::source::walk(&json, "", &mut |path, v| {
        let Some(s) = v.as_str() else { return true };
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
        true
    });
    out
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
