//! One error type for the whole library, located and localised.
//!
//! Every error can carry the file, line, column and key path it is about.
//! Its message is not a Rust string but a stable id with typed arguments
//! ([`Error::id`], [`Error::args`]), turned into words by Fluent, so the
//! same error prints in Japanese (the default) or English, and serialises
//! to JSON for the editor and `yomeru check --format json`.
//!
//! Like minijinja's, the representation is one private, boxed struct: the
//! happy path carries one pointer, and fields can change without breaking
//! anyone who matches on [`ErrorKind`].

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::locale::{Locale, arg};

/// How many errors a report prints before it says how many more there are.
pub const REPORT_CAP: usize = 50;

/// Where an error is: file, line, column and key path, each optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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

/// The kinds of value a plan file can hold, to say what was expected and
/// what was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueType {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// A number with a fraction.
    Number,
    /// `true` or `false`.
    Bool,
    /// A list (`- ` lines).
    List,
    /// Keys with values.
    Map,
    /// An empty value.
    Null,
}

impl ValueType {
    fn message_id(self) -> &'static str {
        match self {
            ValueType::String => "type-string",
            ValueType::Integer => "type-integer",
            ValueType::Number => "type-number",
            ValueType::Bool => "type-bool",
            ValueType::List => "type-list",
            ValueType::Map => "type-map",
            ValueType::Null => "type-null",
        }
    }
}

/// Why a file could not be read or written, in words a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoProblem {
    /// There is no such file or folder.
    NotFound,
    /// The operating system refused access.
    PermissionDenied,
    /// The file already exists and is not overwritten.
    AlreadyExists,
    /// The file is larger than anything of its kind (a plan of megabytes).
    TooLarge {
        /// Its size in bytes.
        bytes: u64,
        /// The most that is read.
        limit: u64,
    },
    /// A folder was expected.
    NotAFolder,
    /// A file was expected, not a folder.
    IsAFolder,
    /// Not a regular file: a FIFO, a device or a file of `/proc`, which
    /// may never end or never answer.
    NotAFile,
    /// Anything else, with the operating system's words.
    Other(String),
}

impl IoProblem {
    /// The problem an I/O error stands for.
    pub fn of(e: &std::io::Error) -> IoProblem {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::NotFound => IoProblem::NotFound,
            K::PermissionDenied => IoProblem::PermissionDenied,
            K::AlreadyExists => IoProblem::AlreadyExists,
            K::NotADirectory => IoProblem::NotAFolder,
            K::IsADirectory => IoProblem::IsAFolder,
            _ => IoProblem::Other(e.to_string()),
        }
    }
}

/// Why a 和暦 date or month does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EraProblem {
    /// Year 0: the years of an era count from 1 (元年).
    YearZero,
    /// Before the era began (令和元年4月1日).
    Before,
    /// After the era ended (平成32年).
    After,
}

impl EraProblem {
    fn id(self) -> &'static str {
        match self {
            EraProblem::YearZero => "year-zero",
            EraProblem::Before => "before",
            EraProblem::After => "after",
        }
    }
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read or written.
    Io {
        /// Why.
        problem: IoProblem,
    },
    /// The plan file (or standard input) is not UTF-8.
    NotUtf8 {
        /// Offset of the first byte that is not UTF-8, from 1.
        byte: u64,
        /// It came from standard input, not a file.
        stdin: bool,
    },
    /// The extension names no supported format.
    UnknownExtension {
        /// The extension as written.
        ext: String,
    },
    /// The file is not valid YAML, JSON or TOML.
    Syntax {
        /// What is wrong.
        problem: SyntaxProblem,
    },
    /// A key appears twice in one map.
    DuplicateKey {
        /// The key.
        key: String,
        /// The map is an item of a list: the second key may start a new item.
        in_item: bool,
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
    /// A value of the wrong kind (text where a list belongs, …).
    WrongType {
        /// What was found.
        found: ValueType,
        /// What may be written here.
        expected: Vec<ValueType>,
    },
    /// A number outside what the key allows.
    OutOfRange {
        /// The number as written.
        value: String,
        /// The smallest allowed.
        min: Option<i64>,
        /// The largest allowed.
        max: Option<i64>,
    },
    /// Not a `YYYY-MM-DD` date.
    BadDate {
        /// The value as written.
        value: String,
        /// The same value in the right form, when it was written another way.
        suggestion: Option<String>,
    },
    /// Not a `YYYY-MM` month.
    BadMonth {
        /// The value as written.
        value: String,
        /// The same value in the right form, when it was written another way.
        suggestion: Option<String>,
    },
    /// A 和暦 date or month its era does not have: 平成32年, 令和元年4月,
    /// 令和0年.
    BadEra {
        /// The value as written.
        value: String,
        /// The era's name (平成).
        era: String,
        /// Why it does not exist.
        problem: EraProblem,
        /// The era's first day (before it, year 0) or last day (after
        /// it), in 和暦.
        bound: String,
        /// The same date or month in the era it falls in, when it exists.
        suggestion: Option<String>,
    },
    /// Not an `HH:MM` time.
    BadTime {
        /// The value as written.
        value: String,
        /// The same value in the right form, when it was written another way.
        suggestion: Option<String>,
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
    /// A file with nothing in it (or only comments).
    EmptyFile,
    /// A part of a text field (`plain:`) written beside the field, not in it.
    TextPartOutside {
        /// The part (`plain`, `pictogram`, `voice`).
        key: String,
        /// The text field beside it.
        field: String,
    },
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
    /// A `pictogram:` word that names no concept of the catalogue.
    UnknownPictogram {
        /// The word as written.
        id: String,
        /// The closest concept's id, if one is close.
        suggestion: Option<String>,
        /// The closest concepts as a Japanese office knows them,
        /// 「家（home）」, best first.
        names_ja: Vec<String>,
        /// The same in English: `home (家)`.
        names_en: Vec<String>,
    },
    /// A photo that cannot be used.
    Photo {
        /// What is wrong with it.
        problem: PhotoProblem,
    },
    /// A file the plan names (`monitoring.plan`) does not exist.
    MissingFile {
        /// The path as written.
        path: String,
    },
    /// A language with no `locales/` folder.
    UnknownLanguage {
        /// The language code.
        lang: String,
        /// The languages available.
        available: Vec<String>,
    },
    /// A customised template under a name the template set no longer has.
    RenamedTemplate {
        /// Its old name.
        old: String,
        /// The name to give it.
        new: String,
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
    /// The easy version would print this text field's formal wording: it
    /// has no `plain` (refused with `--require-plain`).
    FormalInEasy,
    /// A plan holds more than yomeru reads (see `plan::limits`).
    TooMuch {
        /// Which limit.
        what: Limit,
        /// Its value.
        limit: usize,
    },
    /// A list with more items than the format allows.
    TooMany {
        /// Items written.
        count: usize,
        /// The most allowed.
        limit: usize,
    },
    /// A text longer than the format allows.
    TooLong {
        /// Characters written.
        chars: usize,
        /// The most allowed.
        limit: usize,
    },
    /// `monitoring.plan` leads back to a report already on the way.
    MonitoringCycle {
        /// The files followed, as written, ending with the one seen twice.
        chain: Vec<String>,
    },
    /// Characters of one field that no shipped font can draw.
    MissingGlyph {
        /// The characters, each once, in the order they were written.
        chars: Vec<char>,
    },
    /// Two plans would write the same output file.
    SameOutput {
        /// The output file.
        output: String,
        /// The first plan.
        first: String,
        /// The second plan.
        second: String,
    },
    /// A command-line option used the wrong way.
    Usage {
        /// The message id in `cli.ftl`.
        id: &'static str,
    },
    /// A value the model refused for a reason no check above names (the
    /// deserialiser's own words; a check should be added when one shows).
    Other {
        /// The message.
        message: String,
    },
}

/// A limit of `plan::limits` that is not a count of one list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Values in the file, aliases expanded.
    Values,
    /// Nesting of lists and maps.
    Depth,
    /// Monitoring reports followed to reach the plan.
    MonitoringChain,
}

impl Limit {
    fn id(self) -> &'static str {
        match self {
            Limit::Values => "values",
            Limit::Depth => "depth",
            Limit::MonitoringChain => "monitoring-chain",
        }
    }
}

/// A mistake in how a plan file is written (YAML, JSON or TOML syntax), as
/// the plan stage classified it (`plan::syntax`): which one, and what its
/// message and hint need.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxProblem {
    /// Its message id, also its stable id (`syntax-tab`, `syntax-colon-in-text`,
    /// … `syntax-other` when it is not one of the known mistakes).
    pub id: &'static str,
    /// The message id of the hint saying what to type.
    pub hint: String,
    /// The arguments of the message and the hint (`fix`: the line as it
    /// should be typed, when one repair is clear).
    pub args: Vec<(&'static str, Arg)>,
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
        /// Width.
        width: u32,
        /// Height.
        height: u32,
        /// The limit in megapixels.
        limit_mp: u32,
    },
}

/// A typed argument of a message: what JSON carries and Fluent formats.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Arg {
    /// Text as written in the plan or by the system.
    Str(String),
    /// A number.
    Int(i64),
    /// A list of words (allowed keys, ids).
    List(Vec<String>),
}

impl Arg {
    fn fluent(&self, locale: &Locale) -> FluentValue<'static> {
        match self {
            Arg::Str(s) => arg(visible(s)),
            Arg::Int(n) => (*n).into(),
            Arg::List(items) => arg(visible(&items.join(&locale.text("list-separator")))),
        }
    }
}

/// Whether `c` is an invisible control or format character: C0 and C1
/// controls except tab and line feed, the soft hyphen, bidirectional
/// marks, embeddings, overrides and isolates, zero-width spaces and
/// joiners, word joiners and invisible operators, line and paragraph
/// separators, the byte-order mark, interlinear annotation marks and tag
/// characters. The plan stage removes them from plan text; messages show
/// them escaped. Variation selectors are not among them: they choose a
/// kanji's form in names (葛󠄀).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c as u32,
        0x00..=0x08
            | 0x0B..=0x1F
            | 0x7F..=0x9F
            | 0xAD
            | 0x061C
            | 0x180E
            | 0x200B..=0x200F
            | 0x2028..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0xE0001
            | 0xE0020..=0xE007F
    )
}

/// `s` with every invisible character written as `<U+001B>`: a value from
/// a plan (a key, a file name) printed in a message must not move the
/// terminal's cursor, clear it, or turn the message around.
pub fn visible(s: &str) -> String {
    if !s.chars().any(is_invisible) {
        return s.to_string();
    }
    s.chars()
        .map(|c| if is_invisible(c) { format!("<U+{:04X}>", c as u32) } else { c.to_string() })
        .collect()
}

fn s(v: impl Into<String>) -> Arg {
    Arg::Str(v.into())
}

fn n(v: impl TryInto<i64>) -> Arg {
    Arg::Int(v.try_into().unwrap_or(i64::MAX))
}

/// A located, localisable error; it may carry further errors found in the
/// same pass (every problem of a plan file is reported in one run).
#[derive(Clone)]
pub struct Error {
    repr: Box<ErrorRepr>,
}

#[derive(Clone)]
struct ErrorRepr {
    kind: ErrorKind,
    location: Location,
    more: Vec<Error>,
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

impl PartialEq for Error {
    /// Errors are equal when they say the same thing at the same place;
    /// the underlying system error is not compared.
    fn eq(&self, other: &Error) -> bool {
        self.repr.kind == other.repr.kind
            && self.repr.location == other.repr.location
            && self.repr.more == other.repr.more
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Error");
        d.field("kind", &self.repr.kind).field("location", &self.repr.location);
        if !self.repr.more.is_empty() {
            d.field("more", &self.repr.more);
        }
        if let Some(s) = &self.repr.source {
            d.field("source", s);
        }
        d.finish()
    }
}

impl Error {
    /// An error without location.
    pub fn new(kind: ErrorKind) -> Error {
        Error {
            repr: Box::new(ErrorRepr {
                kind,
                location: Location::default(),
                more: Vec::new(),
                source: None,
            }),
        }
    }

    /// A file system error about `path`, keeping the system error as the
    /// [`source`](std::error::Error::source).
    pub fn io(e: std::io::Error, path: &Path) -> Error {
        let mut error = Error::new(ErrorKind::Io { problem: IoProblem::of(&e) }).in_file(path);
        error.repr.source = Some(Arc::new(e));
        error
    }

    /// A command-line usage error (exit code 2), worded by `cli-<id>`.
    pub fn usage(id: &'static str) -> Error {
        Error::new(ErrorKind::Usage { id })
    }

    /// Sets what `loc` gives (line and column, file, key path), keeping
    /// the rest.
    pub fn at(mut self, loc: Location) -> Error {
        let l = &mut self.repr.location;
        l.line = loc.line.or(l.line);
        l.column = loc.column.or(l.column);
        if loc.file.is_some() {
            l.file = loc.file;
        }
        if loc.path.is_some() {
            l.path = loc.path;
        }
        self
    }

    /// Sets the file of this error and of those found with it that have none.
    pub fn in_file(mut self, file: &Path) -> Error {
        self.repr.location.file.get_or_insert_with(|| file.to_path_buf());
        for e in &mut self.repr.more {
            e.repr.location.file.get_or_insert_with(|| file.to_path_buf());
        }
        self
    }

    /// Sets the key path.
    pub fn with_path(mut self, path: impl Into<String>) -> Error {
        let p = path.into();
        self.repr.location.path = (!p.is_empty()).then_some(p);
        self
    }

    /// Joins several errors into one; `None` if the list is empty.
    pub fn join(errors: impl IntoIterator<Item = Error>) -> Option<Error> {
        let mut all = errors.into_iter().flat_map(Error::into_all);
        let mut first = all.next()?;
        first.repr.more.extend(all);
        Some(first)
    }

    /// This error and the ones found with it, each on its own.
    pub fn into_all(mut self) -> Vec<Error> {
        let more = std::mem::take(&mut self.repr.more);
        std::iter::once(self).chain(more).collect()
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.repr.kind
    }

    /// Where.
    pub fn location(&self) -> &Location {
        &self.repr.location
    }

    /// This error and the ones found with it.
    pub fn all(&self) -> impl Iterator<Item = &Error> {
        std::iter::once(self).chain(self.repr.more.iter())
    }

    /// Whether this is a command-line usage error (exit code 2).
    pub fn is_usage(&self) -> bool {
        matches!(
            self.repr.kind,
            ErrorKind::Usage { .. }
                | ErrorKind::UnknownLanguage { .. }
                | ErrorKind::RenamedTemplate { .. }
                | ErrorKind::SameOutput { .. }
        )
    }

    /// The stable id of this kind of error (`unknown-key`, `bad-date`, …),
    /// the same in every language: for scripts, the editor and tests.
    pub fn id(&self) -> &'static str {
        match &self.repr.kind {
            ErrorKind::Io { .. } => "io",
            ErrorKind::NotUtf8 { .. } => "not-utf8",
            ErrorKind::TooMuch { .. } => "too-much",
            ErrorKind::TooMany { .. } => "too-many",
            ErrorKind::TooLong { .. } => "too-long",
            ErrorKind::MonitoringCycle { .. } => "monitoring-cycle",
            ErrorKind::MissingGlyph { .. } => "missing-glyph",
            ErrorKind::SameOutput { .. } => "same-output",
            ErrorKind::UnknownExtension { .. } => "unknown-extension",
            ErrorKind::Syntax { problem } => problem.id,
            ErrorKind::DuplicateKey { .. } => "duplicate-key",
            ErrorKind::UnknownKey { .. } => "unknown-key",
            ErrorKind::UnknownValue { .. } => "unknown-value",
            ErrorKind::MissingKey { .. } => "missing-key",
            ErrorKind::WrongType { .. } => "wrong-type",
            ErrorKind::OutOfRange { .. } => "out-of-range",
            ErrorKind::BadDate { .. } => "bad-date",
            ErrorKind::BadMonth { .. } => "bad-month",
            ErrorKind::BadEra { .. } => "bad-era",
            ErrorKind::BadTime { .. } => "bad-time",
            ErrorKind::EndBeforeStart { .. } => "end-before-start",
            ErrorKind::NoNeeds => "no-needs",
            ErrorKind::EmptyFile => "empty-file",
            ErrorKind::TextPartOutside { .. } => "text-part-outside",
            ErrorKind::BadFormatVersion { .. } => "format-version",
            ErrorKind::Empty => "empty",
            ErrorKind::DuplicateId { .. } => "duplicate-id",
            ErrorKind::UnknownPictogram { .. } => "unknown-pictogram",
            ErrorKind::Photo { problem } => match problem {
                PhotoProblem::Missing { .. } => "photo-missing",
                PhotoProblem::NotAnImage { .. } => "photo-not-image",
                PhotoProblem::TooLarge { .. } => "photo-too-large",
                PhotoProblem::TooManyPixels { .. } => "photo-too-many-pixels",
            },
            ErrorKind::MissingFile { .. } => "missing-file",
            ErrorKind::UnknownLanguage { .. } => "unknown-language",
            ErrorKind::RenamedTemplate { .. } => "renamed-template",
            ErrorKind::Template { .. } => "template",
            ErrorKind::Typeset { .. } => "typeset",
            ErrorKind::NoSuchPage { .. } => "no-such-page",
            ErrorKind::UnknownNeed { .. } => "unknown-need",
            ErrorKind::NoMonitoredPlan => "no-monitored-plan",
            ErrorKind::FormalInEasy => "formal-in-easy",
            ErrorKind::Usage { id } => id,
            ErrorKind::Other { .. } => "other",
        }
    }

    /// The arguments of the message, by name.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        let opt = |o: &Option<String>| o.clone().map(s);
        let mut args: Vec<(&'static str, Option<Arg>)> = match &self.repr.kind {
            ErrorKind::Io { problem } => match problem {
                IoProblem::Other(m) => vec![("message", Some(s(m)))],
                IoProblem::TooLarge { bytes, limit } => vec![
                    ("mb", Some(n(bytes.div_ceil(1024 * 1024)))),
                    ("limit", Some(n(limit / (1024 * 1024)))),
                ],
                _ => vec![],
            },
            ErrorKind::NotUtf8 { byte, .. } => vec![("byte", Some(n(*byte)))],
            ErrorKind::TooMuch { what, limit } => {
                vec![("what", Some(s(what.id()))), ("limit", Some(n(*limit)))]
            }
            ErrorKind::TooMany { count, limit } => {
                vec![("count", Some(n(*count))), ("limit", Some(n(*limit)))]
            }
            ErrorKind::TooLong { chars, limit } => {
                vec![("chars", Some(n(*chars))), ("limit", Some(n(*limit)))]
            }
            ErrorKind::MonitoringCycle { chain } => vec![("chain", Some(s(chain.join(" → "))))],
            ErrorKind::MissingGlyph { chars } => vec![(
                "chars",
                Some(Arg::List(
                    chars.iter().map(|c| format!("{c} (U+{:04X})", *c as u32)).collect(),
                )),
            )],
            ErrorKind::SameOutput { output, first, second } => vec![
                ("output", Some(s(output))),
                ("first", Some(s(first))),
                ("second", Some(s(second))),
            ],
            ErrorKind::NoNeeds
            | ErrorKind::EmptyFile
            | ErrorKind::Empty
            | ErrorKind::NoMonitoredPlan
            | ErrorKind::FormalInEasy
            | ErrorKind::Usage { .. } => vec![],
            ErrorKind::UnknownExtension { ext } => vec![("ext", Some(s(ext)))],
            ErrorKind::Syntax { problem } => {
                problem.args.iter().map(|(k, v)| (*k, Some(v.clone()))).collect()
            }
            ErrorKind::DuplicateKey { key, .. } => vec![("key", Some(s(key)))],
            ErrorKind::TextPartOutside { key, field } => {
                vec![("key", Some(s(key))), ("field", Some(s(field)))]
            }
            ErrorKind::UnknownKey { key, suggestion, expected } => vec![
                ("key", Some(s(key))),
                ("suggestion", opt(suggestion)),
                ("expected", Some(Arg::List(expected.clone()))),
            ],
            ErrorKind::UnknownValue { value, suggestion, expected } => vec![
                ("value", Some(s(value))),
                ("suggestion", opt(suggestion)),
                ("expected", Some(Arg::List(expected.clone()))),
            ],
            ErrorKind::MissingKey { key } => vec![("key", Some(s(key)))],
            ErrorKind::WrongType { found, expected } => vec![
                ("found", Some(s(kebab(found)))),
                ("expected", Some(Arg::List(expected.iter().map(kebab).collect()))),
            ],
            ErrorKind::OutOfRange { value, min, max } => vec![
                ("value", Some(s(value))),
                ("min", min.map(Arg::Int)),
                ("max", max.map(Arg::Int)),
            ],
            ErrorKind::BadDate { value, suggestion }
            | ErrorKind::BadMonth { value, suggestion }
            | ErrorKind::BadTime { value, suggestion } => {
                vec![("value", Some(s(value))), ("suggestion", opt(suggestion))]
            }
            ErrorKind::BadEra { value, era, problem, bound, suggestion } => vec![
                ("value", Some(s(value))),
                ("era", Some(s(era))),
                ("problem", Some(s(problem.id()))),
                ("bound", Some(s(bound))),
                ("suggestion", opt(suggestion)),
            ],
            ErrorKind::EndBeforeStart { from, to } => {
                // Care through the night ends the next morning: 06:00 is
                // written 30:00, which is what the writer most often meant.
                let next = to
                    .split_once(':')
                    .and_then(|(h, m)| Some((h.trim().parse::<u32>().ok()?, m)))
                    .filter(|(h, _)| *h < 12)
                    .map(|(h, m)| format!("\"{}:{m}\"", h + 24))
                    .unwrap_or_else(|| "\"30:00\"".into());
                vec![("from", Some(s(from))), ("to", Some(s(to))), ("next", Some(s(&next)))]
            }
            ErrorKind::BadFormatVersion { found } => vec![("found", Some(s(found)))],
            ErrorKind::DuplicateId { id } => vec![("id", Some(s(id)))],
            ErrorKind::UnknownPictogram { id, suggestion, names_ja, names_en } => vec![
                ("id", Some(s(id))),
                ("suggestion", opt(suggestion)),
                ("names_ja", Some(Arg::List(names_ja.clone()))),
                ("names_en", Some(Arg::List(names_en.clone()))),
            ],
            ErrorKind::Photo { problem } => match problem {
                PhotoProblem::Missing { path } => vec![("path", Some(s(path)))],
                PhotoProblem::NotAnImage { path, message } => {
                    vec![("path", Some(s(path))), ("message", Some(s(message)))]
                }
                PhotoProblem::TooLarge { path, mb, limit_mb } => vec![
                    ("path", Some(s(path))),
                    ("mb", Some(n(*mb))),
                    ("limit", Some(n(*limit_mb))),
                ],
                PhotoProblem::TooManyPixels { path, width, height, limit_mp } => vec![
                    ("path", Some(s(path))),
                    ("width", Some(n(*width))),
                    ("height", Some(n(*height))),
                    ("limit", Some(n(*limit_mp))),
                ],
            },
            ErrorKind::MissingFile { path } => vec![("path", Some(s(path)))],
            ErrorKind::UnknownLanguage { lang, available } => {
                vec![("lang", Some(s(lang))), ("available", Some(Arg::List(available.clone())))]
            }
            ErrorKind::RenamedTemplate { old, new } => {
                vec![("old", Some(s(old))), ("new", Some(s(new)))]
            }
            ErrorKind::Template { message } | ErrorKind::Other { message } => {
                vec![("message", Some(s(message)))]
            }
            ErrorKind::Typeset { message, hints } => vec![
                ("message", Some(s(message))),
                ("hints", (!hints.is_empty()).then(|| Arg::List(hints.clone()))),
            ],
            ErrorKind::NoSuchPage { page, count } => {
                vec![("page", Some(n(*page))), ("count", Some(n(*count)))]
            }
            ErrorKind::UnknownNeed { id, suggestion, ids } => vec![
                ("id", Some(s(id))),
                ("suggestion", opt(suggestion)),
                ("ids", Some(Arg::List(ids.clone()))),
            ],
        };
        args.retain(|(_, v)| v.is_some());
        args.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()
    }

    /// The Fluent id of the message: a few kinds have a second wording for
    /// when there is a suggestion or a bound.
    fn message_id(&self) -> String {
        let has = |name: &str| self.args().iter().any(|(k, _)| *k == name);
        match &self.repr.kind {
            ErrorKind::Usage { id } => format!("cli-{id}"),
            ErrorKind::Io { problem } => {
                let p = match problem {
                    IoProblem::NotFound => "not-found",
                    IoProblem::PermissionDenied => "permission",
                    IoProblem::AlreadyExists => "exists",
                    IoProblem::TooLarge { .. } => "too-large",
                    IoProblem::NotAFolder => "not-a-folder",
                    IoProblem::IsAFolder => "is-a-folder",
                    IoProblem::NotAFile => "not-a-file",
                    IoProblem::Other(_) => "other",
                };
                format!("error-io-{p}")
            }
            ErrorKind::Syntax { problem } => problem.id.to_string(),
            ErrorKind::NotUtf8 { stdin: true, .. } => "error-not-utf8-stdin".into(),
            ErrorKind::TooMuch { what, .. } => format!("error-too-much-{}", what.id()),
            ErrorKind::DuplicateKey { in_item: true, .. } => "error-duplicate-key-in-item".into(),
            // A number or true/false where text belongs: quotes make it text.
            ErrorKind::WrongType { found: ValueType::Number | ValueType::Bool, expected }
                if expected.contains(&ValueType::String) =>
            {
                "error-wrong-type-quote".into()
            }
            ErrorKind::OutOfRange { min, max, .. } => match (min, max) {
                (Some(_), Some(_)) => "error-out-of-range".into(),
                (Some(_), None) => "error-out-of-range-min".into(),
                _ => "error-out-of-range-max".into(),
            },
            // Nothing written: said as a value to fill in, not a wrong one.
            ErrorKind::BadDate { value, .. } | ErrorKind::BadMonth { value, .. }
                if value.trim().is_empty() =>
            {
                format!("error-{}-empty", self.id())
            }
            ErrorKind::BadEra { problem, suggestion, .. } => {
                let suggest = if suggestion.is_some() { "-suggest" } else { "" };
                format!("error-era-{}{suggest}", problem.id())
            }
            _ if has("suggestion") => format!("error-{}-suggest", self.id()),
            _ => format!("error-{}", self.id()),
        }
    }

    /// The message alone, in `locale`'s language.
    pub fn message(&self, locale: &Locale) -> String {
        let mut args: Vec<(&str, FluentValue)> = Vec::new();
        for (name, value) in self.args() {
            let v = match (&self.repr.kind, name, &value) {
                // Types are words of the reader's language.
                (ErrorKind::WrongType { found, .. }, "found", _) => {
                    arg(locale.text(found.message_id()))
                }
                (ErrorKind::WrongType { expected, .. }, "expected", _) => {
                    let words: Vec<String> =
                        expected.iter().map(|t| locale.text(t.message_id())).collect();
                    arg(words.join(&locale.text("list-or")))
                }
                _ => value.fluent(locale),
            };
            args.push((name, v));
        }
        let mut text = locale.format(&self.message_id(), &args);
        if let ErrorKind::Typeset { hints, .. } = &self.repr.kind {
            for h in hints {
                text.push('\n');
                text.push_str(&locale.format("hint", &[("hint", arg(h))]));
            }
        }
        text
    }

    /// How to fix it, when the message alone does not say.
    pub fn hint(&self, locale: &Locale) -> Option<String> {
        let args: Vec<(&str, FluentValue)> =
            self.args().iter().map(|(k, v)| (*k, v.fluent(locale))).collect();
        let id = match &self.repr.kind {
            ErrorKind::Syntax { problem } => problem.hint.clone(),
            _ => format!("{}-hint", self.message_id()),
        };
        let mut hint = locale.try_format(&id, &args)?;
        // The line as it should be typed, when one repair is clear.
        if let Some((_, fix)) = self.args().into_iter().find(|(k, _)| *k == "fix") {
            hint.push_str("\n    ");
            hint.push_str(&locale.format("syntax-fix", &[("fix", fix.fluent(locale))]));
        }
        Some(hint)
    }

    /// `file:line:col: path: message` for this error and the ones found with
    /// it, one per line (with its hint on the next), in `locale`'s language;
    /// at most [`REPORT_CAP`] errors, then how many more there are.
    pub fn report(&self, locale: &Locale) -> String {
        let mut lines: Vec<String> =
            self.all().take(REPORT_CAP).map(|e| e.report_one(locale)).collect();
        let total = self.all().count();
        if total > REPORT_CAP {
            lines.push(
                locale.format("error-more", &[("count", n(total - REPORT_CAP).fluent(locale))]),
            );
        }
        lines.join("\n")
    }

    fn report_one(&self, locale: &Locale) -> String {
        let mut out = locale.text("error-prefix");
        out.push(' ');
        out.push_str(&located(&self.repr.location, locale));
        out.push_str(&self.message(locale));
        if let Some(h) = self.hint(locale) {
            out.push_str("\n  ");
            out.push_str(&locale.format("hint", &[("hint", arg(h))]));
        }
        out
    }

    /// This error and those found with it as diagnostics, in `locale`'s
    /// language (the shape `serve-api.md` gives, with the arguments).
    pub fn diagnostics(&self, locale: &Locale) -> Vec<Diagnostic> {
        self.all()
            .map(|e| Diagnostic {
                severity: Severity::Error,
                id: e.id().to_string(),
                args: e.args().into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
                file: e.repr.location.file.as_ref().map(|f| f.display().to_string()),
                line: e.repr.location.line,
                column: e.repr.location.column,
                path: e.repr.location.path.clone(),
                message: e.message(locale),
                hint: e.hint(locale),
            })
            .collect()
    }
}

/// `serde`'s kebab-case name of a value type.
fn kebab(t: &ValueType) -> String {
    serde_json::to_value(t).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// `file:line:col: path: ` (each part when known).
fn located(loc: &Location, locale: &Locale) -> String {
    let mut head = String::new();
    if let Some(f) = &loc.file {
        head.push_str(&visible(&f.display().to_string()));
        if let Some(l) = loc.line {
            head.push_str(&format!(":{l}"));
            if let Some(c) = loc.column {
                head.push_str(&format!(":{c}"));
            }
        }
    } else if let Some(l) = loc.line {
        head.push_str(&locale.format("error-line", &[("line", l.into())]));
    }
    let mut out = String::new();
    if !head.is_empty() {
        out.push_str(&head);
        out.push_str(": ");
    }
    if let Some(p) = &loc.path {
        out.push_str(&locale.format("error-path", &[("path", arg(visible(p)))]));
        out.push_str(": ");
    }
    out
}

/// An error or warning as the editor and JSON reports carry it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// `error` or `warning`.
    pub severity: Severity,
    /// Stable id ([`Error::id`]).
    pub id: String,
    /// The message's arguments.
    pub args: std::collections::BTreeMap<String, Arg>,
    /// The file, as given.
    pub file: Option<String>,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column.
    pub column: Option<usize>,
    /// Key path (`needs[2].achieve_by`).
    pub path: Option<String>,
    /// What is wrong, in the asked language.
    pub message: String,
    /// How to fix it, when the message does not say.
    pub hint: Option<String>,
}

/// Whether a diagnostic stops the render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Nothing is written.
    Error,
    /// The document is written; the reader should look.
    Warning,
}

impl fmt::Display for Error {
    /// The report in English (Rust's error chains are read by developers).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let en = Locale::get("en").unwrap_or_else(Locale::default_lang);
        f.write_str(&self.report(&en))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.repr.source.as_deref().map(|s| s as &(dyn std::error::Error + 'static))
    }
}

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
    /// An invisible control or format character was taken out of the
    /// text (a bidirectional override, a zero-width space, a control).
    Removed {
        /// The character.
        ch: char,
    },
    /// A warning from Typst.
    Typeset {
        /// Typst's message.
        message: String,
    },
    /// The easy version prints this text field's formal wording, because it
    /// has no `plain`.
    FormalInEasy,
    /// A `pictogram:` word that names several concepts: the best is used.
    AmbiguousPictogram {
        /// The word as written.
        word: String,
        /// The concept used, as 「日中活動（day-activity）」.
        chosen_ja: String,
        /// The concept used, in English: `day-activity (日中活動)`.
        chosen_en: String,
        /// The other concepts it names, like `chosen_ja`.
        others_ja: Vec<String>,
        /// The other concepts it names, like `chosen_en`.
        others_en: Vec<String>,
    },
}

impl Warning {
    /// The stable id of this kind of warning.
    pub fn id(&self) -> &'static str {
        match self.kind {
            WarningKind::Removed { .. } => "removed",
            WarningKind::Typeset { .. } => "typeset",
            WarningKind::AmbiguousPictogram { .. } => "ambiguous-pictogram",
            WarningKind::FormalInEasy => "formal-in-easy",
        }
    }

    fn args(&self) -> Vec<(&'static str, Arg)> {
        match &self.kind {
            WarningKind::Removed { ch } => vec![("code", s(format!("U+{:04X}", *ch as u32)))],
            WarningKind::Typeset { message } => vec![("message", s(message))],
            WarningKind::FormalInEasy => vec![],
            WarningKind::AmbiguousPictogram {
                word,
                chosen_ja,
                chosen_en,
                others_ja,
                others_en,
            } => {
                vec![
                    ("word", s(word)),
                    ("chosen_ja", s(chosen_ja)),
                    ("chosen_en", s(chosen_en)),
                    ("others_ja", Arg::List(others_ja.clone())),
                    ("others_en", Arg::List(others_en.clone())),
                ]
            }
        }
    }

    /// The message alone, in `locale`'s language.
    pub fn message(&self, locale: &Locale) -> String {
        let args: Vec<(&str, FluentValue)> =
            self.args().iter().map(|(k, v)| (*k, v.fluent(locale))).collect();
        locale.format(&format!("warning-{}", self.id()), &args)
    }

    /// `warning: file:line:col: path: message` in `locale`'s language.
    pub fn report(&self, locale: &Locale) -> String {
        format!(
            "{} {}{}",
            locale.text("warning-prefix"),
            located(&self.location, locale),
            self.message(locale)
        )
    }

    /// The warning as a diagnostic, in `locale`'s language.
    pub fn diagnostic(&self, locale: &Locale) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            id: self.id().to_string(),
            args: self.args().into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            file: self.location.file.as_ref().map(|f| f.display().to_string()),
            line: self.location.line,
            column: self.location.column,
            path: self.location.path.clone(),
            message: self.message(locale),
            hint: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_errors_flatten_and_keep_their_order() {
        let a = Error::new(ErrorKind::Empty).with_path("a");
        let b = Error::join([
            Error::new(ErrorKind::NoNeeds).with_path("b"),
            Error::new(ErrorKind::Empty).with_path("c"),
        ])
        .unwrap();
        let all = Error::join([a, b]).unwrap();
        let paths: Vec<_> = all.all().map(|e| e.location().path.clone().unwrap()).collect();
        assert_eq!(paths, ["a", "b", "c"]);
    }

    #[test]
    fn io_errors_keep_their_source_and_speak_japanese() {
        let e = Error::io(std::io::Error::from(std::io::ErrorKind::NotFound), Path::new("x.yaml"));
        assert!(std::error::Error::source(&e).is_some());
        let ja = e.report(&Locale::default_lang());
        assert!(ja.contains("x.yaml") && ja.contains("見つかりません"), "{ja}");
        assert_eq!(e.id(), "io");
    }

    #[test]
    fn diagnostics_carry_id_args_and_location() {
        let e = Error::new(ErrorKind::UnknownKey {
            key: "acheive_by".into(),
            suggestion: Some("achieve_by".into()),
            expected: vec!["achieve_by".into(), "goal".into()],
        })
        .at(Location::pos(12, 5))
        .with_path("needs[0].acheive_by");
        let d = &e.diagnostics(&Locale::get("en").unwrap())[0];
        let json = serde_json::to_value(d).unwrap();
        assert_eq!(json["id"], "unknown-key");
        assert_eq!(json["args"]["suggestion"], "achieve_by");
        assert_eq!(json["args"]["expected"][1], "goal");
        assert_eq!(json["line"], 12);
        assert_eq!(json["path"], "needs[0].acheive_by");
        assert!(d.message.contains("did you mean"), "{}", d.message);
    }

    #[test]
    fn reports_are_capped() {
        let many = Error::join((0..REPORT_CAP + 3).map(|_| Error::new(ErrorKind::Empty))).unwrap();
        let report = many.report(&Locale::get("en").unwrap());
        assert_eq!(report.matches("error:").count(), REPORT_CAP);
        assert!(report.contains("3 more"), "{report}");
    }
}
