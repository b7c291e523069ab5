//! Labels and messages from Fluent files (`locales/<lang>/*.ftl`).
//!
//! No label, heading or message is written in Rust or in a template: they
//! all come from here, so an office can reword a heading and a new language
//! is a new folder. The files are embedded at build time by `build.rs`.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The `.ftl` files embedded from `locales/`, as (relative path, content).
static EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language used when none is given.
pub const DEFAULT_LANG: &str = "ja";

/// A loaded language: every message of `locales/<lang>/*.ftl`, and the
/// language asked when one is missing.
///
/// `ja` and `en` have every message. A language added for families (`pt`)
/// needs only the labels of the documents; its command-line messages come
/// from English. `ja-easy` (the easy-read labels) falls back to `ja`.
pub struct Locale {
    lang: String,
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
    fallback: Option<Arc<Locale>>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("lang", &self.lang).finish()
    }
}

/// Languages with a folder in `locales/`.
pub fn available() -> Vec<&'static str> {
    let mut langs: Vec<&str> =
        EMBEDDED.iter().filter_map(|(path, _)| path.split_once('/').map(|(l, _)| l)).collect();
    langs.dedup();
    langs
}

/// Languages a plan or a run can ask for: the folders of `locales/`
/// without the easy version's label sets (`ja-easy`).
pub fn languages() -> Vec<&'static str> {
    available().into_iter().filter(|l| !l.ends_with("-easy")).collect()
}

static CACHE: LazyLock<Mutex<BTreeMap<String, Arc<Locale>>>> = LazyLock::new(Default::default);

impl Locale {
    /// Loads `lang` (once per process; later calls share it).
    ///
    /// Returns `None` for a language without a `locales/` folder.
    pub fn get(lang: &str) -> Option<Arc<Locale>> {
        {
            let cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(l) = cache.get(lang) {
                return Some(l.clone());
            }
        }
        let fallback = match lang {
            "ja" | "en" => None,
            _ if lang.starts_with("ja-") => Some(Locale::get("ja")?),
            _ => Some(Locale::get("en")?),
        };
        let mut locale = Locale::load(lang)?;
        locale.fallback = fallback;
        let locale = Arc::new(locale);
        let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
        Some(cache.entry(lang.to_string()).or_insert(locale).clone())
    }

    /// The labels of the easy-read version for a document language: the
    /// plain-words variant (`ja-easy`) where there is one.
    pub fn easy(lang: &str) -> Option<Arc<Locale>> {
        Locale::get(&format!("{lang}-easy")).or_else(|| Locale::get(lang))
    }

    /// The default language (Japanese); always present.
    pub fn default_lang() -> Arc<Locale> {
        Locale::get(DEFAULT_LANG).expect("locales/ja is embedded")
    }

    fn load(lang: &str) -> Option<Locale> {
        let prefix = format!("{lang}/");
        let files: Vec<_> = EMBEDDED.iter().filter(|(p, _)| p.starts_with(&prefix)).collect();
        if files.is_empty() {
            return None;
        }
        let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Bidi isolation marks would end up as invisible characters in the PDF.
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        for (path, source) in files {
            let resource = FluentResource::try_new(mark_readings(source))
                .unwrap_or_else(|(_, errs)| panic!("locales/{path}: {errs:?}"));
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
            bundle.add_resource(resource).unwrap_or_else(|errs| panic!("locales/{path}: {errs:?}"));
        }
        Some(Locale { lang: lang.to_string(), bundle, ids, fallback: None })
    }

    /// The language code (`ja`, `en`, …).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether the message `id` exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id) || self.fallback.as_ref().is_some_and(|f| f.has(id))
    }

    /// Ids of all messages, in file order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// Formats message `id` with `args`; `None` if there is no such message.
    pub fn try_format(&self, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
        self.format_with_readings(id, args).map(|s| unmark(&s).into_owned())
    }

    /// Formats message `id` with the readings its words are given in the
    /// locale file (`｜日《ひ》`), marked for the reader
    /// ([`MARK_OPEN`]), so that yomeru's own
    /// labels never go through the analyser. A missing message shows as
    /// its id.
    pub fn format_marked(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.format_with_readings(id, args).unwrap_or_else(|| id.to_string())
    }

    fn format_with_readings(&self, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
        let Some(msg) = self.bundle.get_message(id) else {
            return self.fallback.as_ref()?.format_with_readings(id, args);
        };
        let pattern = msg.value()?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let out = self.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        Some(out.into_owned())
    }

    /// Formats message `id`; a missing message shows as its id, so a gap in
    /// a translation is visible rather than silent.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.try_format(id, args).unwrap_or_else(|| id.to_string())
    }

    /// Formats a message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Formats a message without arguments, its readings marked
    /// ([`Locale::format_marked`]).
    pub fn text_marked(&self, id: &str) -> String {
        self.format_marked(id, &[])
    }
}

/// Marks a word of yomeru's own labels with its reading, so that it never
/// goes through the analyser (the japanese stage reads it as given): `\u{E000}日\u{E001}ひ\u{E002}`. The locale
/// files write it as 青空文庫 ruby (`｜日《ひ》`). Private-use characters
/// cannot come from a plan: no font draws them, so validation refuses them.
pub const MARK_OPEN: char = '\u{E000}';
/// Separates base and reading in a marked word.
pub const MARK_READING: char = '\u{E001}';
/// Ends a marked word.
pub const MARK_CLOSE: char = '\u{E002}';

/// A marked word at the start of `text`: its base, its reading and its
/// length in bytes.
pub(crate) fn marked(text: &str) -> Option<(&str, &str, usize)> {
    let body = text.strip_prefix(MARK_OPEN)?;
    let end = body.find(MARK_CLOSE)?;
    let (base, reading) = body[..end].split_once(MARK_READING)?;
    Some((base, reading, MARK_OPEN.len_utf8() + end + MARK_CLOSE.len_utf8()))
}

/// `text` with every marked word replaced by its base: what a label says
/// where no reading is printed.
pub fn unmark(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(MARK_OPEN) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK_OPEN) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match marked(rest) {
            Some((base, _, len)) => {
                out.push_str(base);
                rest = &rest[len..];
            }
            None => {
                rest = &rest[MARK_OPEN.len_utf8()..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// `source` with each 青空文庫 ruby (`｜日《ひ》`: a full-width bar, the
/// word, its reading in 《》) turned into a marked word for the reader.
fn mark_readings(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(at) = rest.find('｜') {
        out.push_str(&rest[..at]);
        let after = &rest[at + '｜'.len_utf8()..];
        let parsed = after.split_once('《').and_then(|(base, r)| {
            let (reading, tail) = r.split_once('》')?;
            (!base.is_empty() && !base.contains('\n') && !reading.contains('\n'))
                .then_some((base, reading, tail))
        });
        match parsed {
            Some((base, reading, tail)) => {
                out.extend([MARK_OPEN.to_string(), base.to_string(), MARK_READING.to_string()]);
                out.push_str(reading);
                out.push(MARK_CLOSE);
                rest = tail;
            }
            None => {
                out.push('｜');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Shorthand for a string Fluent argument.
pub fn arg<'a>(v: impl Into<String>) -> FluentValue<'a> {
    FluentValue::String(v.into().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Message ids of `locales/<lang>/<file>`.
    fn ids_of(lang: &str, file: &str) -> Vec<String> {
        let path = format!("{lang}/{file}");
        let Some((_, src)) = EMBEDDED.iter().find(|(p, _)| *p == path) else {
            return Vec::new();
        };
        let res = FluentResource::try_new(src.to_string()).unwrap();
        res.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_the_messages_it_needs() {
        let ja = Locale::default_lang();
        let easy = Locale::get("ja-easy").unwrap();
        let en = Locale::get("en").unwrap();
        // ja and en are complete, English for the easy-read labels too.
        let missing: Vec<_> =
            ja.ids().iter().chain(easy.ids()).filter(|id| !en.bundle.has_message(id)).collect();
        assert!(missing.is_empty(), "locales/en lacks {missing:?}");
        for lang in available() {
            let l = Locale::get(lang).unwrap();
            // No message a reference language does not know (a typo in an id).
            let stray: Vec<_> = l
                .ids()
                .iter()
                .filter(|id| !ja.bundle.has_message(id) && !easy.bundle.has_message(id))
                .collect();
            assert!(stray.is_empty(), "locales/{lang} has unknown messages {stray:?}");
            if matches!(lang, "ja" | "en" | "ja-easy") {
                continue;
            }
            // A family language brings every document label itself.
            let needed = ids_of("ja", "official.ftl").into_iter().chain(easy.ids().iter().cloned());
            let missing: Vec<_> = needed.filter(|id| !l.bundle.has_message(id)).collect();
            assert!(missing.is_empty(), "locales/{lang} lacks {missing:?}");
        }
    }

    #[test]
    fn missing_messages_come_from_the_fallback() {
        let easy = Locale::get("ja-easy").unwrap();
        assert_eq!(easy.text("date-weekday-0"), Locale::default_lang().text("date-weekday-0"));
    }

    #[test]
    fn formats_with_arguments_without_isolation_marks() {
        let en = Locale::get("en").unwrap();
        let s = en.format("error-missing-key", &[("key", arg("name"))]);
        assert!(s.contains("name"), "{s}");
        assert!(!s.contains('\u{2068}'));
    }

    #[test]
    fn easy_numbers_of_needs_and_goals_are_said_past_nine() {
        let easy = Locale::get("ja-easy").unwrap();
        let nth = |id: &str, n: i64, total: i64| {
            easy.format(id, &[("n", n.into()), ("total", total.into())])
        };
        assert_eq!(nth("easy-need-number", 3, 5), "3つめ");
        assert_eq!(nth("easy-need-number", 9, 9), "9つめ");
        assert_eq!(nth("easy-need-number", 10, 12), "10ばんめ");
        assert_eq!(nth("easy-need-number", 12, 12), "12ばんめ");
        // One counter for the whole list (the page review: 9つめ, then
        // 10ばんめ read as another kind of item).
        assert_eq!(nth("easy-need-number", 3, 12), "3ばんめ");
        assert_eq!(nth("easy-monitoring-goal-number", 1, 6), "1つめの めあて");
        assert_eq!(nth("easy-monitoring-goal-number", 1, 11), "1ばんめの めあて");
        assert_eq!(nth("easy-monitoring-goal-number", 11, 11), "11ばんめの めあて");
    }
}
