//! One error type for the whole library, located and localised.
//!
//! Every error can carry the file, line, column and key path it is about.
//! Its message is not a Rust string but a Fluent message id with arguments,
//! so the same error prints in Japanese (the default) or English.

use std::fmt;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;

use crate::locale::{Locale, arg};

/// Where an error is: file, line, column and key path, each optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// The file (plan, template or photo).
    pub file: Option<PathBuf>,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column in characters.
    pub column: Option<usize>,
    /// Key path in the plan, e.g. `needs[1].achieve_by`.
    pub path: Option<String>,
}

impl Location {
    /// A line and column.
    pub fn pos(line: usize, column: usize) -> Location {
        Location { line: Some(line), column: Some(column), ..Location::default() }
    }
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read or written.
    Io {
        /// The operating system's message.
        message: String,
    },
    /// The plan file is not UTF-8.
    NotUtf8,
    /// The extension names no supported format.
    UnknownExtension {
        /// The extension as written.
        ext: String,
    },
    /// The file is not valid YAML, JSON or TOML.
    Syntax {
        /// The parser's message.
        message: String,
    },
    /// A key appears twice in one map.
    DuplicateKey {
        /// The key.
        key: String,
    },
    /// A key the format does not have.
    UnknownKey {
        /// The key as written.
        key: String,
        /// The closest known key, if one is close.
        suggestion: Option<String>,
        /// All keys allowed here.
        expected: Vec<String>,
    },
    /// A value that is not one of the allowed words.
    UnknownValue {
        /// The value as written.
        value: String,
        /// The closest allowed word, if one is close.
        suggestion: Option<String>,
        /// All allowed words.
        expected: Vec<String>,
    },
    /// A required key is missing.
    MissingKey {
        /// The missing key.
        key: String,
    },
    /// A value of the wrong type or out of range.
    WrongValue {
        /// What was found, as serde describes it.
        found: String,
        /// What was expected, as serde describes it.
        expected: String,
    },
    /// Not a `YYYY-MM-DD` date.
    BadDate {
        /// The value as written.
        value: String,
    },
    /// Not a `YYYY-MM` month.
    BadMonth {
        /// The value as written.
        value: String,
    },
    /// Not an `HH:MM` time.
    BadTime {
        /// The value as written.
        value: String,
    },
    /// `to` is not after `from`.
    EndBeforeStart {
        /// Start as written.
        from: String,
        /// End as written.
        to: String,
    },
    /// A plan without needs.
    NoNeeds,
    /// A format version this program does not know.
    BadFormatVersion {
        /// The version found.
        found: String,
    },
    /// A value that must not be empty.
    Empty,
    /// Two needs with the same id.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A pictogram id the catalogue does not have.
    UnknownPictogram {
        /// The id as written.
        id: String,
        /// The closest known id, if one is close.
        suggestion: Option<String>,
    },
    /// A photo that cannot be used.
    Photo {
        /// What is wrong with it.
        problem: PhotoProblem,
    },
    /// A language with no `locales/` folder.
    UnknownLanguage {
        /// The language code.
        lang: String,
        /// The languages available.
        available: Vec<String>,
    },
    /// A template failed to load or render.
    Template {
        /// minijinja's message.
        message: String,
    },
    /// Typst failed to compile the generated document.
    Typeset {
        /// Typst's message.
        message: String,
        /// Typst's hints.
        hints: Vec<String>,
    },
    /// A page number beyond the document.
    NoSuchPage {
        /// The page asked for.
        page: usize,
        /// The document's page count.
        count: usize,
    },
    /// A monitoring row names a need the plan does not have.
    UnknownNeed {
        /// The id as written.
        id: String,
        /// The closest id of the plan, if one is close.
        suggestion: Option<String>,
        /// The plan's need ids.
        ids: Vec<String>,
    },
    /// A monitoring report with no plan to carry goals over from.
    NoMonitoredPlan,
    /// `monitoring.plan` names a file that is not a plan.
    MonitoredNotAPlan,

    /// Any other serde message.
    Other {
        /// The message.
        message: String,
    },
}

/// Why a photo cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoProblem {
    /// No file at the path (relative to the plan file).
    Missing {
        /// The path as written.
        path: String,
    },
    /// The file is not a JPEG, PNG or WebP image, or is damaged.
    NotAnImage {
        /// The path as written.
        path: String,
        /// The decoder's message.
        message: String,
    },
    /// The file is larger than the limit.
    TooLarge {
        /// The path as written.
        path: String,
        /// Its size in MB.
        mb: u64,
        /// The limit in MB.
        limit_mb: u64,
    },
    /// The image has more pixels than the limit (a decompression bomb or a
    /// scan far above print resolution).
    TooManyPixels {
        /// The path as written.
        path: String,
        /// Width and height.
        width: u32,
        /// Height.
        height: u32,
        /// The limit in megapixels.
        limit_mp: u32,
    },
}

/// A located, localisable error; it may carry further errors found in the same pass.
///
/// Boxed, like minijinja's error, so that `Result`s stay small on the happy path.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    repr: Box<Repr>,
}

/// The fields of an [`Error`].
#[derive(Debug, Clone, PartialEq)]
pub struct Repr {
    kind: ErrorKind,
    location: Location,
    more: Vec<Error>,
}

impl std::ops::Deref for Error {
    type Target = Repr;
    fn deref(&self) -> &Repr {
        &self.repr
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut Repr {
        &mut self.repr
    }
}

impl Error {
    /// An error without location.
    pub fn new(kind: ErrorKind) -> Error {
        Error { repr: Box::new(Repr { kind, location: Location::default(), more: Vec::new() }) }
    }

    /// Sets line and column (keeps file and path).
    pub fn at(mut self, loc: Location) -> Error {
        self.location.line = loc.line.or(self.location.line);
        self.location.column = loc.column.or(self.location.column);
        if loc.file.is_some() {
            self.location.file = loc.file;
        }
        if loc.path.is_some() {
            self.location.path = loc.path;
        }
        self
    }

    /// Sets the file.
    pub fn in_file(mut self, file: &Path) -> Error {
        self.location.file = Some(file.to_path_buf());
        for e in &mut self.more {
            e.location.file = Some(file.to_path_buf());
        }
        self
    }

    /// Sets the key path.
    pub fn with_path(mut self, path: impl Into<String>) -> Error {
        let p = path.into();
        self.location.path = (!p.is_empty()).then_some(p);
        self
    }

    /// Joins several errors into one; `None` if the list is empty.
    pub fn join(mut errors: Vec<Error>) -> Option<Error> {
        if errors.is_empty() {
            return None;
        }
        let mut first = errors.remove(0);
        first.more.extend(errors);
        Some(first)
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Where.
    pub fn location(&self) -> &Location {
        &self.location
    }

    /// This error and the ones found with it.
    pub fn all(&self) -> impl Iterator<Item = &Error> {
        std::iter::once(self).chain(self.more.iter())
    }

    /// The message alone, in `locale`'s language.
    pub fn message(&self, locale: &Locale) -> String {
        let (id, args): (&str, Vec<(&str, FluentValue)>) = match &self.kind {
            ErrorKind::Io { message } => ("error-io", vec![("message", arg(message))]),
            ErrorKind::NotUtf8 => ("error-not-utf8", vec![]),
            ErrorKind::UnknownExtension { ext } => {
                ("error-unknown-extension", vec![("ext", arg(ext))])
            }
            ErrorKind::Syntax { message } => ("error-syntax", vec![("message", arg(message))]),
            ErrorKind::DuplicateKey { key } => ("error-duplicate-key", vec![("key", arg(key))]),
            ErrorKind::UnknownKey { key, suggestion, expected } => (
                if suggestion.is_some() {
                    "error-unknown-key-suggest"
                } else {
                    "error-unknown-key"
                },
                vec![
                    ("key", arg(key)),
                    ("suggestion", arg(suggestion.clone().unwrap_or_default())),
                    ("expected", arg(expected.join(", "))),
                ],
            ),
            ErrorKind::UnknownValue { value, suggestion, expected } => (
                if suggestion.is_some() {
                    "error-unknown-value-suggest"
                } else {
                    "error-unknown-value"
                },
                vec![
                    ("value", arg(value)),
                    ("suggestion", arg(suggestion.clone().unwrap_or_default())),
                    ("expected", arg(expected.join(", "))),
                ],
            ),
            ErrorKind::MissingKey { key } => ("error-missing-key", vec![("key", arg(key))]),
            ErrorKind::WrongValue { found, expected } => (
                "error-wrong-value",
                vec![
                    ("found", arg(describe(locale, found))),
                    ("expected", arg(describe(locale, expected))),
                ],
            ),
            ErrorKind::BadDate { value } => ("error-bad-date", vec![("value", arg(value))]),
            ErrorKind::BadMonth { value } => ("error-bad-month", vec![("value", arg(value))]),
            ErrorKind::BadTime { value } => ("error-bad-time", vec![("value", arg(value))]),
            ErrorKind::EndBeforeStart { from, to } => {
                ("error-end-before-start", vec![("from", arg(from)), ("to", arg(to))])
            }
            ErrorKind::NoNeeds => ("error-no-needs", vec![]),
            ErrorKind::BadFormatVersion { found } => {
                ("error-format-version", vec![("found", arg(found))])
            }
            ErrorKind::Empty => ("error-empty", vec![]),
            ErrorKind::DuplicateId { id } => ("error-duplicate-id", vec![("id", arg(id))]),
            ErrorKind::UnknownPictogram { id, suggestion } => (
                if suggestion.is_some() {
                    "error-unknown-pictogram-suggest"
                } else {
                    "error-unknown-pictogram"
                },
                vec![("id", arg(id)), ("suggestion", arg(suggestion.clone().unwrap_or_default()))],
            ),
            ErrorKind::Photo { problem } => match problem {
                PhotoProblem::Missing { path } => {
                    ("error-photo-missing", vec![("path", arg(path))])
                }
                PhotoProblem::NotAnImage { path, message } => {
                    ("error-photo-not-image", vec![("path", arg(path)), ("message", arg(message))])
                }
                PhotoProblem::TooLarge { path, mb, limit_mb } => (
                    "error-photo-too-large",
                    vec![
                        ("path", arg(path)),
                        ("mb", (*mb as i64).into()),
                        ("limit", (*limit_mb as i64).into()),
                    ],
                ),
                PhotoProblem::TooManyPixels { path, width, height, limit_mp } => (
                    "error-photo-too-many-pixels",
                    vec![
                        ("path", arg(path)),
                        ("width", i64::from(*width).into()),
                        ("height", i64::from(*height).into()),
                        ("limit", i64::from(*limit_mp).into()),
                    ],
                ),
            },
            ErrorKind::UnknownLanguage { lang, available } => (
                "error-unknown-language",
                vec![("lang", arg(lang)), ("available", arg(available.join(", ")))],
            ),
            ErrorKind::Template { message } => ("error-template", vec![("message", arg(message))]),
            ErrorKind::Typeset { message, .. } => {
                ("error-typeset", vec![("message", arg(message))])
            }
            ErrorKind::NoSuchPage { page, count } => (
                "error-no-such-page",
                vec![("page", (*page as i64).into()), ("count", (*count as i64).into())],
            ),
            ErrorKind::UnknownNeed { id, suggestion, ids } => match suggestion {
                Some(s) => (
                    "error-unknown-need-suggest",
                    vec![("id", arg(id)), ("suggestion", arg(s)), ("ids", arg(ids.join(", ")))],
                ),
                None => ("error-unknown-need", vec![("id", arg(id)), ("ids", arg(ids.join(", ")))]),
            },
            ErrorKind::NoMonitoredPlan => ("error-no-monitored-plan", vec![]),
            ErrorKind::MonitoredNotAPlan => ("error-monitored-not-a-plan", vec![]),

            ErrorKind::Other { message } => ("error-other", vec![("message", arg(message))]),
        };
        let mut text = locale.format(id, &args);
        if let ErrorKind::Typeset { hints, .. } = &self.kind {
            for h in hints {
                text.push('\n');
                text.push_str(&locale.format("hint", &[("hint", arg(h))]));
            }
        }
        text
    }

    /// `file:line:col: path: message` for this error and the ones found with it,
    /// one per line, in `locale`'s language.
    pub fn report(&self, locale: &Locale) -> String {
        self.all().map(|e| e.report_one(locale)).collect::<Vec<_>>().join("\n")
    }

    fn report_one(&self, locale: &Locale) -> String {
        let loc = &self.location;
        let mut head = String::new();
        if let Some(f) = &loc.file {
            head.push_str(&f.display().to_string());
            if let Some(l) = loc.line {
                head.push_str(&format!(":{l}"));
                if let Some(c) = loc.column {
                    head.push_str(&format!(":{c}"));
                }
            }
        } else if let Some(l) = loc.line {
            head.push_str(&locale.format("error-line", &[("line", l.into())]));
        }
        let mut out = locale.text("error-prefix");
        out.push(' ');
        if !head.is_empty() {
            out.push_str(&head);
            out.push_str(": ");
        }
        if let Some(p) = &loc.path {
            out.push_str(&locale.format("error-path", &[("path", arg(p))]));
            out.push_str(": ");
        }
        out.push_str(&self.message(locale));
        out
    }
}

/// Translates serde's type descriptions ("a string", "u32") through Fluent.
fn describe(locale: &Locale, serde_text: &str) -> String {
    let key = match serde_text {
        t if t.starts_with("a string") || t.starts_with("string") => "type-string",
        t if t.starts_with("a sequence") || t.starts_with("sequence") => "type-list",
        t if t.starts_with("a boolean") || t.starts_with("boolean") => "type-bool",
        t if t.starts_with("struct ") || t.starts_with("a map") || t == "map" => "type-map",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i64" | "i32" => "type-number",
        t if t.starts_with("integer") || t.starts_with("floating point") => "type-number",
        "null" | "unit value" => "type-null",
        t if t.starts_with("a number from 1 to 6") => "type-support-category",
        _ => return serde_text.to_string(),
    };
    let value = serde_text.split_once('`').and_then(|(_, r)| r.split_once('`')).map(|(v, _)| v);
    match value {
        Some(v) => {
            locale.format("type-with-value", &[("type", arg(locale.text(key))), ("value", arg(v))])
        }
        None => locale.text(key),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let en = Locale::get("en").unwrap_or_else(Locale::default_lang);
        f.write_str(&self.report(&en))
    }
}

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Something worth telling the user that does not stop the render.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// Where (file, line, key path).
    pub location: Location,
    /// What.
    pub kind: WarningKind,
}

/// What a [`Warning`] is about.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WarningKind {
    /// No shipped font has this character: it would print as a blank box.
    MissingGlyph {
        /// The character.
        ch: char,
    },
    /// A warning from Typst.
    Typeset {
        /// Typst's message.
        message: String,
    },
}

impl Warning {
    /// `file:line:col: path: message` in `locale`'s language.
    pub fn report(&self, locale: &Locale) -> String {
        let message = match &self.kind {
            WarningKind::MissingGlyph { ch } => locale.format(
                "warning-missing-glyph",
                &[("char", arg(ch.to_string())), ("code", arg(format!("U+{:04X}", *ch as u32)))],
            ),
            WarningKind::Typeset { message } => {
                locale.format("warning-typeset", &[("message", arg(message))])
            }
        };
        let mut e = Error::new(ErrorKind::Other { message });
        e.location = self.location.clone();
        let text = e.report_one(locale);
        let err_prefix = locale.text("error-prefix");
        format!(
            "{} {}",
            locale.text("warning-prefix"),
            text.strip_prefix(&err_prefix).unwrap_or(&text).trim_start()
        )
    }
}
