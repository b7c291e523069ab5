//! Explains YAML syntax errors from `saphyr-parser` 0.3 to people who write plan files by hand.
//!
//! saphyr stops at the first thing its scanner cannot make sense of, and says so in
//! parser terms ("mapping values are not allowed in this context"), at the place where it
//! gave up. That place is often not where the mistake is: a tab at the start of line 5 is
//! reported at the first word of line 4, an unclosed `[` at the first `:` on the next line.
//! [`explain`] classifies the error into a [`ProblemKind`] by looking at the source text
//! and at the events saphyr produced before it stopped, and moves the position to the
//! culprit (the tab, the colon, the opening quote).
//!
//! Messages are not built here: each [`Problem`] names its Fluent message and hint
//! ([`Problem::message_id`], [`Problem::hint_id`]) and gives their arguments
//! ([`Problem::args`]), so the wording lives in `syntax.ja.ftl` / `syntax.en.ftl`.
//! [`Problem::fix`] is the culprit line as it should be typed, when one repair is clear.
//!
//! Positions are 1-based lines and 1-based columns counted in characters (not bytes, not
//! display width), with a leading byte order mark not counted: the same convention as
//! saphyr's `Marker` once its 0-based column is shifted.

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError};

use crate::error::{Arg, Error, ErrorKind, Location, SyntaxProblem};

/// A count or line number: a Fluent number, so plural rules apply.
fn num(n: usize) -> Arg {
    Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A syntax problem in a plan file, located at its culprit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong.
    pub kind: ProblemKind,
    /// 1-based line of the culprit.
    pub line: usize,
    /// 1-based column of the culprit, in characters.
    pub column: usize,
    /// The culprit line rewritten as it should be typed, when one repair is clear.
    pub fix: Option<String>,
}

/// Another line that a message refers to ("line 2, `name`, 4 spaces").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineRef {
    /// 1-based line number.
    pub line: usize,
    /// Spaces before the key (or before the `-` of a list item) on that line.
    pub spaces: usize,
    /// The key written on that line, or its first words when it has no key.
    pub key: String,
}

/// What is wrong, with what a message needs to say it precisely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// A tab in the indentation; the position is the tab.
    Tab,
    /// A `: ` inside free text (`need: 目標: 一人で`), read as a second key; the position
    /// is that colon.
    ColonInText {
        /// The key whose value contains the colon.
        key: String,
    },
    /// A full-width `：` where a key's `:` should be (`name：山田`); the position is the `：`.
    FullWidthColon {
        /// The key before it.
        key: String,
    },
    /// A full-width space (U+3000) used as indentation or after `:` / `-`; the position is
    /// that space.
    FullWidthSpace,
    /// A full-width dash (`－`, `ー`, …) used as the list mark; the position is the dash.
    FullWidthDash {
        /// The character that was typed.
        mark: char,
    },
    /// `-id: a`: no space after the list `-`; the position is the `-`.
    DashWithoutSpace,
    /// `name:山田`: no space after a key's `:`; the position is the colon.
    ColonWithoutSpace {
        /// The key before it.
        key: String,
    },
    /// A line where a key is expected but that has no `:`; the position is where the colon
    /// should go (or the start of the line).
    MissingColon,
    /// A separator line such as `-----` or `=====`; the position is its start.
    Divider {
        /// The line's text.
        text: String,
    },
    /// A line whose indentation lines up with nothing above it; the position is its first
    /// character.
    Misaligned {
        /// Spaces before the line's content.
        found: usize,
        /// The nearest line above with more indentation that the line could line up with.
        deeper: Option<LineRef>,
        /// The nearest line above with less indentation that the line could line up with.
        shallower: Option<LineRef>,
    },
    /// The first line of a group indented otherwise than the lines after it, which have the
    /// usual two spaces more than their parent (`person:` / `   name:` / `  called:`); the
    /// position is that first line.
    OddFirstLine {
        /// A later line of the group, as it should be.
        rest: LineRef,
    },
    /// A key indented more than the key above it, which already has a value, so it cannot
    /// hold it; the position is the key.
    TooDeep {
        /// The key on this line.
        key: String,
        /// The key above that it should line up with.
        sibling: LineRef,
        /// A key with nothing after its `:` right above `sibling`, at the same indentation:
        /// probably meant to hold both lines.
        empty_parent: Option<LineRef>,
    },
    /// A `- ` list item among `key: value` lines; the position is the `-`.
    ListItemInMap {
        /// An earlier list item with other indentation, when there is one.
        list: Option<LineRef>,
    },
    /// A line at the depth of the `- ` items above it that does not start with `- `;
    /// the position is its first character.
    KeyInList {
        /// The list item above (`line` of its `-`, `key` its first key if it has one).
        item: LineRef,
        /// Spaces that would put the line inside that item, when the item is `- key: …`.
        key_spaces: Option<usize>,
    },
    /// A line of a `|` or `>` text indented less than the text's first line.
    BlockTextIndent {
        /// The `key: |` line.
        key: LineRef,
        /// Spaces before the text's first line.
        spaces: usize,
    },
    /// A `#` note that cuts a text spread over several lines; the position is the `#`.
    CommentInText,
    /// A `#` right after a quoted value or a bracket (`"09:30"#開始`), which YAML takes
    /// neither as a note nor as text; the position is the `#`.
    HashWithoutSpace,
    /// A quote that is never closed; the position is the opening quote.
    UnclosedQuote {
        /// `"` or `'`.
        quote: char,
    },
    /// A quoted text over several lines whose next lines are not indented enough; the
    /// position is the first such line.
    QuotedTextIndent {
        /// `"` or `'`.
        quote: char,
    },
    /// A value that starts with a quote and goes on after the closing quote
    /// (`'希望'を大切に`); the position is the opening quote.
    QuoteAtStart {
        /// `"` or `'`.
        quote: char,
    },
    /// A `[` or `{` that is not closed on its line; the position is the bracket.
    UnclosedBracket {
        /// `[` or `{`.
        open: char,
        /// `]` or `}`.
        close: char,
    },
    /// A value that starts with `[` or `{` and goes on after the closing bracket
    /// (`[重要] 通院`); the position is the bracket.
    TextAfterBracket {
        /// `[` or `{`.
        open: char,
    },
    /// A value starting with a character that YAML reserves (`@`, `` ` ``, `%`, `*`, `&`,
    /// `!`, `|`, `>`, `-`, `,`); the position is that character.
    SpecialChar {
        /// The character.
        ch: char,
    },
    /// A `\` in double quotes that is not a valid escape (`"C:\Users"`); the position is
    /// the backslash.
    Backslash {
        /// The backslash and the character after it.
        sequence: String,
    },
    /// A byte order mark (U+FEFF) after the start of the file; the position is the mark.
    Bom,
    /// A second `---`, which starts a second document. saphyr accepts several documents,
    /// so [`explain`] never returns this: a caller that finds a second document builds it.
    ExtraDocument,
    /// Anything else; saphyr's English text is kept as a detail.
    Other {
        /// saphyr's message.
        message: String,
    },
}

/// Every Fluent message id that [`Problem::message_id`] and [`Problem::hint_id`] can return,
/// for locale completeness checks.
#[cfg(test)]
const FLUENT_IDS: &[&str] = &[
    "syntax-tab",
    "syntax-tab-hint",
    "syntax-colon-in-text",
    "syntax-colon-in-text-hint",
    "syntax-full-width-colon",
    "syntax-full-width-colon-hint",
    "syntax-full-width-space",
    "syntax-full-width-space-hint",
    "syntax-full-width-dash",
    "syntax-full-width-dash-hint",
    "syntax-dash-without-space",
    "syntax-dash-without-space-hint",
    "syntax-colon-without-space",
    "syntax-colon-without-space-hint",
    "syntax-missing-colon",
    "syntax-missing-colon-hint",
    "syntax-divider",
    "syntax-divider-hint",
    "syntax-misaligned",
    "syntax-misaligned-hint",
    "syntax-misaligned-hint-one",
    "syntax-odd-first-line",
    "syntax-odd-first-line-hint",
    "syntax-too-deep",
    "syntax-too-deep-hint",
    "syntax-too-deep-hint-parent",
    "syntax-too-deep-hint-parent-lines",
    "syntax-list-item-in-map",
    "syntax-list-item-in-map-hint",
    "syntax-list-item-in-map-hint-list",
    "syntax-key-in-list",
    "syntax-key-in-list-hint",
    "syntax-key-in-list-hint-key",
    "syntax-block-text-indent",
    "syntax-block-text-indent-hint",
    "syntax-comment-in-text",
    "syntax-comment-in-text-hint",
    "syntax-hash-without-space",
    "syntax-hash-without-space-hint",
    "syntax-unclosed-quote",
    "syntax-unclosed-quote-hint",
    "syntax-quoted-text-indent",
    "syntax-quoted-text-indent-hint",
    "syntax-quote-at-start",
    "syntax-quote-at-start-hint",
    "syntax-unclosed-bracket",
    "syntax-unclosed-bracket-hint",
    "syntax-text-after-bracket",
    "syntax-text-after-bracket-hint",
    "syntax-special-char",
    "syntax-special-char-hint",
    "syntax-backslash",
    "syntax-backslash-hint",
    "syntax-bom",
    "syntax-bom-hint",
    "syntax-extra-document",
    "syntax-extra-document-hint",
    "syntax-other",
    "syntax-other-hint",
    "syntax-fix",
];

impl Problem {
    /// The Fluent id of the message that says what is wrong.
    pub fn message_id(&self) -> &'static str {
        match &self.kind {
            ProblemKind::Tab => "syntax-tab",
            ProblemKind::ColonInText { .. } => "syntax-colon-in-text",
            ProblemKind::FullWidthColon { .. } => "syntax-full-width-colon",
            ProblemKind::FullWidthSpace => "syntax-full-width-space",
            ProblemKind::FullWidthDash { .. } => "syntax-full-width-dash",
            ProblemKind::DashWithoutSpace => "syntax-dash-without-space",
            ProblemKind::ColonWithoutSpace { .. } => "syntax-colon-without-space",
            ProblemKind::MissingColon => "syntax-missing-colon",
            ProblemKind::Divider { .. } => "syntax-divider",
            ProblemKind::Misaligned { .. } => "syntax-misaligned",
            ProblemKind::OddFirstLine { .. } => "syntax-odd-first-line",
            ProblemKind::TooDeep { .. } => "syntax-too-deep",
            ProblemKind::ListItemInMap { .. } => "syntax-list-item-in-map",
            ProblemKind::KeyInList { .. } => "syntax-key-in-list",
            ProblemKind::BlockTextIndent { .. } => "syntax-block-text-indent",
            ProblemKind::CommentInText => "syntax-comment-in-text",
            ProblemKind::HashWithoutSpace => "syntax-hash-without-space",
            ProblemKind::UnclosedQuote { .. } => "syntax-unclosed-quote",
            ProblemKind::QuotedTextIndent { .. } => "syntax-quoted-text-indent",
            ProblemKind::QuoteAtStart { .. } => "syntax-quote-at-start",
            ProblemKind::UnclosedBracket { .. } => "syntax-unclosed-bracket",
            ProblemKind::TextAfterBracket { .. } => "syntax-text-after-bracket",
            ProblemKind::SpecialChar { .. } => "syntax-special-char",
            ProblemKind::Backslash { .. } => "syntax-backslash",
            ProblemKind::Bom => "syntax-bom",
            ProblemKind::ExtraDocument => "syntax-extra-document",
            ProblemKind::Other { .. } => "syntax-other",
        }
    }

    /// The Fluent id of the hint that says what to type; it takes the same [`Problem::args`].
    ///
    /// [`Problem::fix`], when present, is shown with `syntax-fix` (argument `fix`).
    pub fn hint_id(&self) -> String {
        let variant = match &self.kind {
            ProblemKind::Misaligned { deeper: Some(_), shallower: Some(_), .. } => {
                "syntax-misaligned-hint"
            }
            ProblemKind::Misaligned { .. } => "syntax-misaligned-hint-one",
            ProblemKind::TooDeep { empty_parent: Some(p), sibling, .. }
                if sibling.line > p.line + 1 =>
            {
                "syntax-too-deep-hint-parent-lines"
            }
            ProblemKind::TooDeep { empty_parent: Some(_), .. } => "syntax-too-deep-hint-parent",
            ProblemKind::ListItemInMap { list: Some(_) } => "syntax-list-item-in-map-hint-list",
            ProblemKind::KeyInList { key_spaces: Some(_), .. } => "syntax-key-in-list-hint-key",
            // Every other kind has one hint: its message id with `-hint`.
            _ => return format!("{}-hint", self.message_id()),
        };
        variant.to_string()
    }

    /// Arguments for the message, the hint and `syntax-fix`.
    ///
    /// Always `line` and `column`; `fix` when there is one; then the kind's own fields.
    /// A [`LineRef`] named `x` becomes `x-line`, `x-spaces` and `x-key`.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        let mut args = vec![("line", num(self.line)), ("column", num(self.column))];
        if let Some(fix) = &self.fix {
            args.push(("fix", Arg::Str(fix.clone())));
        }
        let s = |c: &char| Arg::Str(c.to_string());
        let line_ref = |args: &mut Vec<_>, names: [&'static str; 3], r: &LineRef| {
            args.push((names[0], num(r.line)));
            args.push((names[1], num(r.spaces)));
            args.push((names[2], Arg::Str(r.key.clone())));
        };
        match &self.kind {
            ProblemKind::ColonInText { key }
            | ProblemKind::FullWidthColon { key }
            | ProblemKind::ColonWithoutSpace { key } => args.push(("key", Arg::Str(key.clone()))),
            ProblemKind::FullWidthDash { mark } => args.push(("mark", s(mark))),
            ProblemKind::Divider { text } => args.push(("text", Arg::Str(text.clone()))),
            ProblemKind::Misaligned { found, deeper, shallower } => {
                args.push(("found", num(*found)));
                // With one candidate the `-one` hint always reads `deeper-*`, whichever it is.
                let (first, second) = match (deeper, shallower) {
                    (Some(d), s) => (Some(d), s.as_ref()),
                    (None, s) => (s.as_ref(), None),
                };
                if let Some(r) = first {
                    line_ref(&mut args, ["deeper-line", "deeper-spaces", "deeper-key"], r);
                }
                if let Some(r) = second {
                    line_ref(&mut args, ["shallower-line", "shallower-spaces", "shallower-key"], r);
                }
            }
            ProblemKind::OddFirstLine { rest } => {
                line_ref(&mut args, ["rest-line", "rest-spaces", "rest-key"], rest);
            }
            ProblemKind::TooDeep { key, sibling, empty_parent } => {
                args.push(("key", Arg::Str(key.clone())));
                line_ref(&mut args, ["sibling-line", "sibling-spaces", "sibling-key"], sibling);
                if let Some(p) = empty_parent {
                    line_ref(&mut args, ["parent-line", "parent-spaces", "parent-key"], p);
                    // Where both lines go to be inside the parent: Fluent cannot add.
                    args.push(("inside-spaces", num(p.spaces + 2)));
                    args.push(("from-line", num(p.line + 1)));
                }
            }
            ProblemKind::ListItemInMap { list: Some(l) } => {
                line_ref(&mut args, ["list-line", "list-spaces", "list-key"], l);
            }
            ProblemKind::KeyInList { item, key_spaces } => {
                line_ref(&mut args, ["item-line", "item-spaces", "item-key"], item);
                if let Some(n) = key_spaces {
                    args.push(("key-spaces", num(*n)));
                }
            }
            ProblemKind::BlockTextIndent { key, spaces } => {
                line_ref(&mut args, ["key-line", "key-spaces", "key"], key);
                args.push(("spaces", num(*spaces)));
            }
            ProblemKind::UnclosedQuote { quote }
            | ProblemKind::QuotedTextIndent { quote }
            | ProblemKind::QuoteAtStart { quote } => args.push(("quote", s(quote))),
            ProblemKind::UnclosedBracket { open, close } => {
                args.push(("open", s(open)));
                args.push(("close", s(close)));
            }
            ProblemKind::TextAfterBracket { open } => args.push(("open", s(open))),
            ProblemKind::SpecialChar { ch } => args.push(("char", s(ch))),
            ProblemKind::Backslash { sequence } => {
                args.push(("sequence", Arg::Str(sequence.clone())));
            }
            ProblemKind::Other { message } => args.push(("message", Arg::Str(message.clone()))),
            ProblemKind::Tab
            | ProblemKind::FullWidthSpace
            | ProblemKind::DashWithoutSpace
            | ProblemKind::MissingColon
            | ProblemKind::ListItemInMap { list: None }
            | ProblemKind::CommentInText
            | ProblemKind::HashWithoutSpace
            | ProblemKind::Bom
            | ProblemKind::ExtraDocument => {}
        }
        args
    }
}

impl Problem {
    /// The lines this problem is about: its own, and for a group of lines
    /// that belong inside a `key:` above them, the whole group. Later
    /// stages' problems on these lines follow from it.
    pub fn lines(&self) -> std::ops::RangeInclusive<usize> {
        match &self.kind {
            ProblemKind::TooDeep { empty_parent: Some(p), .. } => p.line..=self.line,
            _ => self.line..=self.line,
        }
    }

    /// The problem as a located error of the plan stage.
    pub fn into_error(self) -> Error {
        let at = Location::pos(self.line, self.column);
        let mut args = self.args();
        // The position is the error's own; the message names it by its location.
        args.retain(|(k, _)| !matches!(*k, "line" | "column"));
        Error::new(ErrorKind::Syntax {
            problem: SyntaxProblem { id: self.message_id(), hint: self.hint_id(), args },
        })
        .at(at)
    }
}

/// Explains a saphyr syntax error in `text` (the text that was given to the parser).
///
/// Never fails: what it cannot classify becomes [`ProblemKind::Other`] at saphyr's position.
pub fn explain(text: &str, error: &ScanError) -> Problem {
    let src = Source::new(text);
    let at = src.index_of(error.marker());
    let ctx = Context::replay(text, &src);
    Classifier { src: &src, ctx: &ctx, at }.classify(error.info())
}

/// Explains up to `max` syntax errors of `text`, in file order.
///
/// saphyr stops for good at its first error, so after each one the culprit line is
/// repaired in a copy of the text (with [`Problem::fix`], or with a guess that is not
/// shown) and the copy parsed again. Repairs replace one line by one line, so the lines and
/// columns of later problems are those of `text`. It stops when the copy parses, when a
/// problem cannot be repaired, or when one falls on a line already repaired (its column
/// would be that of the repair, and it is likely a consequence of the guess).
#[cfg(test)]
fn explain_all(text: &str, max: usize) -> Vec<Problem> {
    explain_and_repair(text, max).0
}

/// Like [`explain_all`], and the repaired text when the repairs made it
/// parse: the later stages can then check the rest of the file in the same
/// run (their problems on repaired lines are the repairs', not the file's).
#[cfg(test)]
fn explain_and_repair(text: &str, max: usize) -> (Vec<Problem>, Option<String>) {
    let (problems, _, repaired) = explain_and_repair_lines(text, max);
    (problems, repaired)
}

/// Like [`explain_and_repair`], with every line the problems are about
/// (those of a problem said once for a group of lines included).
pub fn explain_and_repair_lines(
    text: &str,
    max: usize,
) -> (Vec<Problem>, Vec<usize>, Option<String>) {
    let bom = if text.starts_with('\u{feff}') { "\u{feff}" } else { "" };
    let mut lines: Vec<String> = text[bom.len()..].split('\n').map(str::to_string).collect();
    let mut repaired: Vec<usize> = Vec::new();
    let mut covered: Vec<usize> = Vec::new();
    let mut problems: Vec<Problem> = Vec::new();
    loop {
        let current = format!("{bom}{}", lines.join("\n"));
        let Some(error) = Parser::new_from_str(&current).find_map(Result::err) else {
            return (problems, covered, Some(current));
        };
        if problems.len() >= max {
            break;
        }
        let problem = explain(&current, &error);
        if repaired.contains(&problem.line) || problem.line > lines.len() {
            break;
        }
        let repair = problem.fix.clone().or_else(|| guessed_repair(&current, &problem));
        let n = problem.line;
        covered.extend(problem.lines());
        // The lines of a group that belongs inside one `key:` are said once.
        let said = problems.iter().any(|p| same_group(p, &problem));
        if !said {
            problems.push(problem);
        }
        let Some(mut repair) = repair else { break };
        // Keep a CRLF file CRLF: `Source` lines come without their `\r`.
        if lines[n - 1].ends_with('\r') {
            repair.push('\r');
        }
        lines[n - 1] = repair;
        repaired.push(n);
    }
    (problems, covered, None)
}

/// Whether two problems are about one group of lines under the same
/// empty `key:`.
fn same_group(a: &Problem, b: &Problem) -> bool {
    match (&a.kind, &b.kind) {
        (
            ProblemKind::TooDeep { empty_parent: Some(p), .. },
            ProblemKind::TooDeep { empty_parent: Some(q), .. },
        ) => p.line == q.line,
        _ => false,
    }
}

/// A repair of the culprit line for [`explain_all`] when the problem has no `fix`: good
/// enough to let parsing go on, too much of a guess to show.
fn guessed_repair(text: &str, problem: &Problem) -> Option<String> {
    let src = Source::new(text);
    let n = problem.line;
    let line = src.line(n);
    let shape = Shape::of(line);
    match &problem.kind {
        // Indent like the line above, or under it when it opens a block (`key:` alone).
        ProblemKind::Tab | ProblemKind::FullWidthSpace => {
            let (m, above) = src.content_lines_before(n).next()?;
            let opens = src.text(m).trim_end().ends_with(':');
            let spaces = if opens { above.key_col + 2 } else { above.key_col };
            let content: String = line[shape.content..]
                .iter()
                .map(|c| if matches!(c, '\t' | '\u{3000}') { ' ' } else { *c })
                .collect();
            Some(format!("{}{}", " ".repeat(spaces), content.trim_start()))
        }
        ProblemKind::Misaligned { deeper, shallower, .. } => {
            let to = deeper.as_ref().or(shallower.as_ref())?;
            Some(reindented(line, to.spaces))
        }
        // The note goes; the text stays.
        ProblemKind::CommentInText => {
            let col = problem.column - 1;
            let kept: String = line[..col.min(line.len())].iter().collect();
            Some(kept.trim_end().to_string())
        }
        ProblemKind::Divider { .. } | ProblemKind::Bom | ProblemKind::SpecialChar { .. } => {
            Some(String::new())
        }
        _ => None,
    }
}

/// Looks at one line for mistakes that YAML does not reject but reads wrongly: `-id: a`
/// (a key `-id`), `name：山田` or `name:山田` (one text instead of a key and a value),
/// indentation with full-width spaces (a key that starts with `　`), `ー` as a list mark.
///
/// For a later stage that found an unknown key or a text where a list or map was expected:
/// give it the line of that key or value.
pub fn check_line(text: &str, line: usize) -> Option<Problem> {
    let src = Source::new(text);
    if line == 0 || line > src.line_count() {
        return None;
    }
    src.misread(line)
}

// ---------------------------------------------------------------------------------------------
// saphyr's messages.

/// What saphyr said, one variant per message it can give that is classified; all the
/// string matching on saphyr's English is in [`SAPHYR_MESSAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    TabBlockIndent,
    TabInPlainScalar,
    TabInQuotedIndent,
    TabAfterIndicator,
    TabInBlockScalar,
    TabAfterDash,
    MappingValue,
    SimpleKeyNoColon,
    ExpectedKey,
    ExpectedDash,
    InvalidIndentation,
    BlockScalarIndent,
    QuotedIndent,
    QuotedEnd,
    QuotedDocument,
    QuotedTrailing,
    FlowSeqEnd,
    FlowMapEnd,
    NodeContent,
    IllegalColon,
    FlowIndent,
    UnexpectedChar,
    UnknownAnchor,
    AnchorName,
    TagSpace,
    TagBang,
    TagUri,
    BlockScalarHeader,
    SequenceHere,
    DashFlow,
    Bom,
    CommentCut,
    HashGlued,
    FlowKey,
    ColonTab,
    UnknownEscape,
    HexEscape,
    UnicodeEscape,
}

/// saphyr-parser 0.3.4's messages that [`explain`] classifies, with the variant each means.
/// Those not listed (directives, tags in `%TAG`, recursion limit, …) do not occur in plan
/// files written by hand and fall back to [`ProblemKind::Other`].
const SAPHYR_MESSAGES: &[(&str, Said)] = &[
    ("tabs disallowed within this context (block indentation)", Said::TabBlockIndent),
    ("while scanning a plain scalar, found a tab", Said::TabInPlainScalar),
    ("tab cannot be used as indentation", Said::TabInQuotedIndent),
    ("tabs disallowed in this context", Said::TabAfterIndicator),
    ("a block scalar content cannot start with a tab", Said::TabInBlockScalar),
    ("'-' must be followed by a valid YAML whitespace", Said::TabAfterDash),
    ("mapping values are not allowed in this context", Said::MappingValue),
    ("simple key expect ':'", Said::SimpleKeyNoColon),
    ("while parsing a block mapping, did not find expected key", Said::ExpectedKey),
    ("while parsing a block collection, did not find expected '-' indicator", Said::ExpectedDash),
    ("invalid indentation", Said::InvalidIndentation),
    ("wrongly indented line in block scalar", Said::BlockScalarIndent),
    ("invalid indentation in quoted scalar", Said::QuotedIndent),
    ("while scanning a quoted scalar, found unexpected end of stream", Said::QuotedEnd),
    ("while scanning a quoted scalar, found unexpected document indicator", Said::QuotedDocument),
    // saphyr says "double-quoted" for single quotes too.
    ("invalid trailing content after double-quoted scalar", Said::QuotedTrailing),
    ("while parsing a flow sequence, expected ',' or ']'", Said::FlowSeqEnd),
    ("while parsing a flow mapping, did not find expected ',' or '}'", Said::FlowMapEnd),
    ("while parsing a node, did not find expected node content", Said::NodeContent),
    ("illegal placement of ':' indicator", Said::IllegalColon),
    ("invalid indentation in flow construct", Said::FlowIndent),
    // The only message with a variable part: "unexpected character: `@'".
    ("unexpected character: ", Said::UnexpectedChar),
    ("while parsing node, found unknown anchor", Said::UnknownAnchor),
    (
        "while scanning an anchor or alias, did not find expected alphabetic or numeric character",
        Said::AnchorName,
    ),
    ("while scanning a tag, did not find expected whitespace or line break", Said::TagSpace),
    ("while scanning a tag, did not find expected '!'", Said::TagBang),
    ("while parsing a tag, did not find expected tag URI", Said::TagUri),
    ("the handle wasn't declared", Said::TagBang),
    (
        "while scanning a block scalar, did not find expected comment or line break",
        Said::BlockScalarHeader,
    ),
    ("block sequence entries are not allowed in this context", Said::SequenceHere),
    ("\"-\" is only valid inside a block", Said::DashFlow),
    ("a byte order mark must not appear inside a document", Said::Bom),
    ("comment intercepting the multiline text", Said::CommentCut),
    // From `Input::skip_ws_to_eol` (input.rs), passed through `ScanError::new_str`.
    ("comments must be separated from other tokens by whitespace", Said::HashGlued),
    // Raised at the end of the text while a `[` or `{` is still open.
    ("simple key expected", Said::FlowKey),
    ("':' must be followed by a valid YAML whitespace", Said::ColonTab),
    ("while parsing a quoted scalar, found unknown escape character", Said::UnknownEscape),
    ("while parsing a quoted scalar, did not find expected hexadecimal number", Said::HexEscape),
    (
        "while parsing a quoted scalar, found invalid Unicode character escape code",
        Said::UnicodeEscape,
    ),
];

impl Said {
    fn of(info: &str) -> Option<Said> {
        SAPHYR_MESSAGES.iter().find_map(|&(text, said)| {
            let hit =
                if said == Said::UnexpectedChar { info.starts_with(text) } else { info == text };
            hit.then_some(said)
        })
    }
}

// ---------------------------------------------------------------------------------------------
// The source text.

/// The text as characters, because saphyr's positions count characters.
struct Source {
    chars: Vec<char>,
    /// Char index of the start of each line; `starts[0]` is line 1.
    starts: Vec<usize>,
    /// 1 when the text starts with a BOM: saphyr counts it in indices but not in columns.
    bom: usize,
}

impl Source {
    fn new(text: &str) -> Source {
        let bom = usize::from(text.starts_with('\u{feff}'));
        let chars: Vec<char> = text.chars().skip(bom).collect();
        let mut starts = vec![0];
        starts.extend(chars.iter().enumerate().filter(|(_, c)| **c == '\n').map(|(i, _)| i + 1));
        Source { chars, starts, bom }
    }

    fn line_count(&self) -> usize {
        self.starts.len()
    }

    fn index_of(&self, m: &Marker) -> usize {
        m.index().saturating_sub(self.bom).min(self.chars.len())
    }

    /// Line `n` (1-based) without its line break.
    fn line(&self, n: usize) -> &[char] {
        let Some(&start) = self.starts.get(n.wrapping_sub(1)) else { return &[] };
        let end = self.starts.get(n).map_or(self.chars.len(), |s| s - 1);
        let line = &self.chars[start..end.max(start)];
        line.strip_suffix(&['\r']).unwrap_or(line)
    }

    fn text(&self, n: usize) -> String {
        self.line(n).iter().collect()
    }

    /// (line, 0-based column) of a char index.
    fn pos(&self, index: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= index);
        (line, index - self.starts[line - 1])
    }

    fn char_at(&self, index: usize) -> Option<char> {
        self.chars.get(index).copied()
    }

    fn problem(&self, kind: ProblemKind, index: usize, fix: Option<String>) -> Problem {
        let (line, col) = self.pos(index.min(self.chars.len()));
        Problem { kind, line, column: col + 1, fix }
    }

    fn at(&self, kind: ProblemKind, line: usize, col: usize, fix: Option<String>) -> Problem {
        Problem { kind, line, column: col + 1, fix }
    }

    /// Lines from `from` on that are neither blank nor comments.
    fn content_lines_before(&self, line: usize) -> impl Iterator<Item = (usize, Shape)> + '_ {
        (1..line).rev().map(|n| (n, Shape::of(self.line(n)))).filter(|(_, s)| s.is_content())
    }

    /// The first of the typing mistakes that YAML reads wrongly, on line `n`.
    fn misread(&self, n: usize) -> Option<Problem> {
        let line = self.line(n);
        let shape = Shape::of(line);
        let text = self.text(n);
        // Leading whitespace: spaces, and the tabs and full-width spaces that look like them.
        for (i, c) in
            line.iter().enumerate().take_while(|(_, c)| matches!(c, ' ' | '\t' | '\u{3000}'))
        {
            match c {
                '\t' => return Some(self.at(ProblemKind::Tab, n, i, None)),
                '\u{3000}' => {
                    let fix = self.aligned_fix(n, full_width_spaces_fixed(line));
                    return Some(self.at(ProblemKind::FullWidthSpace, n, i, fix));
                }
                _ => {}
            }
        }
        if !shape.is_content() {
            return None;
        }
        let c0 = shape.content;
        let first = line[c0];
        let next = line.get(c0 + 1).copied();
        if is_full_width_dash(first) && matches!(next, Some(' ' | '\u{3000}')) {
            let mut fixed = line.to_vec();
            fixed[c0] = '-';
            fixed[c0 + 1] = ' ';
            let fix = Some(fixed.iter().collect());
            return Some(self.at(ProblemKind::FullWidthDash { mark: first }, n, c0, fix));
        }
        if first == '-' && next == Some('\u{3000}') {
            let fix = Some(full_width_spaces_fixed(line));
            return Some(self.at(ProblemKind::FullWidthSpace, n, c0 + 1, fix));
        }
        if is_divider(&text[text.len() - text.trim_start().len()..]) {
            let text = text.trim().to_string();
            return Some(self.at(ProblemKind::Divider { text }, n, c0, None));
        }
        if first == '-' && next.is_some_and(|c| !matches!(c, ' ' | '-' | '\t')) {
            // Only when the rest reads as `key: …`, or the line above is a list
            // item at the same place (`- 絵` then `-歌`): `-5` or `-` in a text is
            // no list mark.
            let item_above = self
                .content_lines_before(n)
                .next()
                .is_some_and(|(_, above)| above.dash && above.content == c0);
            if key_end(&line[c0 + 1..]).is_some() || item_above {
                let mut fixed = line.to_vec();
                fixed.insert(c0 + 1, ' ');
                let fix = Some(fixed.iter().collect());
                return Some(self.at(ProblemKind::DashWithoutSpace, n, c0, fix));
            }
        }
        let k0 = shape.key_col;
        let rest = &line[k0..];
        // A key's colon comes before any space: the first `:`/`：` of a sentence does not.
        let word_end = rest.iter().position(|c| matches!(c, ' ' | '\t' | '\u{3000}'));
        let colon = rest.iter().position(|c| matches!(c, ':' | '：'))?;
        if word_end.is_some_and(|w| w < colon) || colon == 0 || is_quote_or_bracket(rest[0]) {
            return None;
        }
        let key: String = rest[..colon].iter().collect();
        let after = rest.get(colon + 1).copied();
        if rest[colon] == '：' {
            let mut fixed: Vec<char> = line[..k0 + colon].to_vec();
            fixed.push(':');
            let value: String = rest[colon + 1..].iter().collect();
            let value = value.trim_start_matches([' ', '\u{3000}']);
            if !value.is_empty() {
                fixed.push(' ');
                fixed.extend(value.chars());
            }
            let fix = Some(fixed.iter().collect());
            return Some(self.at(ProblemKind::FullWidthColon { key }, n, k0 + colon, fix));
        }
        if after == Some('\u{3000}') {
            let fix = Some(full_width_spaces_fixed(line));
            return Some(self.at(ProblemKind::FullWidthSpace, n, k0 + colon + 1, fix));
        }
        // `7:00 起床` and `http://…` are texts, not a key glued to its value.
        // `key:#…` is a broken note more than a glued value.
        let glued = after.is_some_and(|c| !c.is_whitespace() && !matches!(c, '/' | ':' | '#'))
            && !after.is_some_and(|c| c.is_ascii_digit())
            && !key.starts_with(|c: char| c.is_ascii_digit());
        if glued {
            let mut fixed = line.to_vec();
            fixed.insert(k0 + colon + 1, ' ');
            let fix = Some(fixed.iter().collect());
            return Some(self.at(ProblemKind::ColonWithoutSpace { key }, n, k0 + colon, fix));
        }
        None
    }

    /// `fixed` as the fix for line `n` if its indentation lines up with a line above: a
    /// full-width space is as wide as two spaces, but whether the writer meant two is a guess
    /// that only a matching line above confirms.
    fn aligned_fix(&self, n: usize, fixed: String) -> Option<String> {
        let chars: Vec<char> = fixed.chars().collect();
        let shape = Shape::of(&chars);
        if !shape.is_content() {
            return None;
        }
        // The first line under `key:` goes two spaces in, as everywhere in plan files.
        let opens = self.content_lines_before(n).next().is_some_and(|(m, s)| {
            let above: String = self.line(m).iter().collect();
            above.trim_end().ends_with(':') && s.key_col + 2 == shape.indent
        });
        let lines_up = shape.indent == 0
            || opens
            || self
                .content_lines_before(n)
                .take(50)
                .any(|(_, s)| s.indent == shape.indent || (s.dash && s.key_col == shape.indent));
        lines_up.then_some(fixed)
    }

    /// The first tab in the indentation of a line from `from` on; else the first tab after
    /// `index`.
    fn find_tab(&self, from: usize, index: usize) -> Option<usize> {
        for n in from..=self.line_count() {
            let start = self.starts[n - 1];
            let lead = self.line(n).iter().take_while(|c| matches!(c, ' ' | '\t' | '\u{3000}'));
            if let Some(i) = lead.clone().position(|c| *c == '\t') {
                // A line of whitespace only is no indentation.
                if lead.count() < self.line(n).len() {
                    return Some(start + i);
                }
            }
        }
        self.chars[index..].iter().position(|c| *c == '\t').map(|i| index + i)
    }
}

/// The layout of one line.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Spaces before the first other character.
    indent: usize,
    /// Column of the first character that is not a space, tab or full-width space.
    content: usize,
    /// Column of the key: after `- ` when the line is a list item.
    key_col: usize,
    /// Whether the line starts with `- ` (or is just `-`).
    dash: bool,
    /// Length of the line.
    len: usize,
    /// Whether the content starts with `#`.
    comment: bool,
}

impl Shape {
    fn of(line: &[char]) -> Shape {
        let indent = line.iter().take_while(|c| **c == ' ').count();
        let content = indent
            + line[indent..].iter().take_while(|c| matches!(c, ' ' | '\t' | '\u{3000}')).count();
        let dash = line.get(content) == Some(&'-')
            && line.get(content + 1).is_none_or(|c| matches!(c, ' ' | '\t'));
        let key_col = if dash {
            content + 1 + line[content + 1..].iter().take_while(|c| matches!(c, ' ')).count()
        } else {
            content
        };
        let comment = line.get(content) == Some(&'#');
        Shape { indent, content, key_col, dash, len: line.len(), comment }
    }

    fn is_content(&self) -> bool {
        self.content < self.len && !self.comment
    }
}

/// The key of a line (up to `: ` or a final `:`), or its first words.
fn key_of(line: &[char], shape: &Shape) -> String {
    let rest = &line[shape.key_col.min(line.len())..];
    let end = key_end(rest).unwrap_or_else(|| rest.len().min(12));
    let key: String = rest[..end].iter().collect();
    if shape.dash && key.is_empty() { "-".to_string() } else { key.trim_end().to_string() }
}

/// Where the key of `rest` ends: a `:` followed by a space or the end of the line.
fn key_end(rest: &[char]) -> Option<usize> {
    if rest.first().is_some_and(|c| is_quote_or_bracket(*c)) {
        return None;
    }
    rest.iter()
        .enumerate()
        .position(|(i, c)| *c == ':' && rest.get(i + 1).is_none_or(|n| matches!(n, ' ' | '\t')))
}

fn is_quote_or_bracket(c: char) -> bool {
    matches!(c, '"' | '\'' | '[' | '{')
}

fn is_full_width_dash(c: char) -> bool {
    // The dashes a Japanese IME offers for `-`: full-width hyphen-minus, long vowel mark,
    // horizontal bar, box-drawing line, minus sign, hyphen.
    matches!(c, '－' | 'ー' | '―' | '─' | '−' | '‐' | '—')
}

/// `-----`, `=====`, `＝＝＝`, `ーーー`: three or more of the same separator character.
fn is_divider(content: &str) -> bool {
    let t = content.trim_end();
    let mut chars = t.chars();
    let Some(first) = chars.next() else { return false };
    let separator = matches!(first, '-' | '=' | '*' | '_' | '~' | '＝' | '＊' | '・' | '━')
        || is_full_width_dash(first);
    // `---` at the start of a line is a document start, which is valid YAML.
    separator && t.chars().count() >= 3 && chars.all(|c| c == first) && t != "---"
}

/// The line with full-width spaces in its indentation made two spaces each (the width they
/// show), and one after `:` or `-` made one space.
fn full_width_spaces_fixed(line: &[char]) -> String {
    let mut out = String::new();
    let mut leading = true;
    for (i, c) in line.iter().enumerate() {
        match c {
            '\u{3000}' if leading => out.push_str("  "),
            '\u{3000}' if i > 0 && matches!(line[i - 1], ':' | '-') => out.push(' '),
            ' ' | '\t' if leading => out.push(*c),
            _ => {
                leading = false;
                out.push(*c);
            }
        }
    }
    out.trim_end().to_string()
}

/// `prefix` + `value` in quotes, choosing quotes the value does not need escaped; a trailing
/// ` # note` stays outside.
fn quoted_line(line: &[char], value_col: usize) -> String {
    let value_col = value_col.min(line.len());
    let prefix: String = line[..value_col].iter().collect();
    let rest: String = line[value_col..].iter().collect();
    let (value, note) = match rest.find(" #") {
        Some(i) => (rest[..i].trim_end(), &rest[i..]),
        None => (rest.trim_end(), ""),
    };
    if value.contains('"') || value.contains('\\') {
        format!("{prefix}'{}'{note}", value.replace('\'', "''"))
    } else {
        format!("{prefix}\"{value}\"{note}")
    }
}

/// Brackets left open at the end of `text`, not counting those in quotes.
fn bracket_depth(text: &[char]) -> i32 {
    let mut depth = 0i32;
    let mut quote = None;
    for &c in text {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// The line with its indentation set to `spaces`.
fn reindented(line: &[char], spaces: usize) -> String {
    let shape = Shape::of(line);
    let content: String = line[shape.content..].iter().collect();
    format!("{}{content}", " ".repeat(spaces))
}

// ---------------------------------------------------------------------------------------------
// What saphyr had read before it stopped.

/// A collection that was open where saphyr stopped.
#[derive(Debug, Clone, Copy)]
struct Open {
    index: usize,
    line: usize,
    col: usize,
    /// `[` or `{` for a flow collection.
    flow: Option<char>,
    seq: bool,
}

#[derive(Debug, Clone)]
struct Scalar {
    style: ScalarStyle,
    index: usize,
    line: usize,
    col: usize,
    end_line: usize,
}

/// The parser state before the error, from replaying the events: saphyr reports the error
/// position but not what it was reading.
#[derive(Debug, Default)]
struct Context {
    open: Vec<Open>,
    /// The last two scalars, older first.
    scalars: Vec<Scalar>,
    /// Set when the last event closed a flow collection.
    closed_flow: Option<Open>,
    /// Line of the last event.
    last_line: usize,
}

impl Context {
    fn replay(text: &str, src: &Source) -> Context {
        let mut ctx = Context::default();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let index = src.index_of(&span.start);
            let (line, col) = src.pos(index);
            ctx.last_line = line;
            ctx.closed_flow = None;
            match event {
                Event::Scalar(_, style, ..) => {
                    let (end_line, _) = src.pos(src.index_of(&span.end));
                    ctx.scalars.push(Scalar { style, index, line, col, end_line });
                    if ctx.scalars.len() > 2 {
                        ctx.scalars.remove(0);
                    }
                }
                Event::SequenceStart(..) | Event::MappingStart(..) => {
                    let flow = src.char_at(index).filter(|c| matches!(c, '[' | '{'));
                    let seq = matches!(event, Event::SequenceStart(..));
                    ctx.open.push(Open { index, line, col, flow, seq });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    ctx.closed_flow = ctx.open.pop().filter(|o| o.flow.is_some());
                }
                _ => {}
            }
        }
        ctx
    }

    fn last_scalar(&self) -> Option<&Scalar> {
        self.scalars.last()
    }

    /// The scalar before the last one: the key, when the last one is its value.
    fn key_scalar(&self) -> Option<&Scalar> {
        (self.scalars.len() == 2).then(|| &self.scalars[0])
    }
}

// ---------------------------------------------------------------------------------------------
// Classification.

struct Classifier<'a> {
    src: &'a Source,
    ctx: &'a Context,
    /// Char index of saphyr's position.
    at: usize,
}

impl Classifier<'_> {
    fn classify(&self, info: &str) -> Problem {
        let said = Said::of(info);
        let found = said.and_then(|said| self.by_message(said));
        found.unwrap_or_else(|| {
            self.src.problem(ProblemKind::Other { message: info.to_string() }, self.at, None)
        })
    }

    fn at_line(&self) -> usize {
        self.src.pos(self.at).0
    }

    fn by_message(&self, said: Said) -> Option<Problem> {
        use Said::*;
        match said {
            TabBlockIndent | TabInQuotedIndent => self.tab(self.at_line()),
            // After `-` or `?`: the tab is on saphyr's line but not in its indentation.
            TabAfterIndicator | TabAfterDash | ColonTab => {
                self.tab_on_line().or_else(|| self.tab(1))
            }
            // saphyr reports these at the start of the text being read; the tab is in the
            // indentation of a later line.
            TabInPlainScalar | TabInBlockScalar => self.tab(self.at_line() + 1),
            MappingValue => self.misread_near().or_else(|| self.mapping_value()),
            SimpleKeyNoColon => self.misread_near().or_else(|| self.missing_colon()),
            // A `|` text whose blank first lines carry more spaces than its first line of
            // text: rare, and no words of ours would be clearer than saphyr's.
            BlockScalarIndent => None,
            // In block context saphyr closes what a shallower line ends; "invalid
            // indentation" means it was inside a `[`/`{` that never closed.
            InvalidIndentation => self
                .misread_near()
                .or_else(|| self.unclosed_bracket())
                .or_else(|| self.indentation(said)),
            ExpectedKey | ExpectedDash => self
                .misread_near()
                .or_else(|| self.after_flow(said))
                .or_else(|| self.indentation(said)),
            QuotedIndent | QuotedEnd | QuotedDocument => self.unclosed_quote(said),
            QuotedTrailing => self.quote_at_start(),
            FlowSeqEnd | FlowMapEnd | IllegalColon | FlowIndent | FlowKey => {
                self.unclosed_bracket()
            }
            NodeContent => self.unclosed_bracket().or_else(|| self.special_char()),
            // A `- ` line inside `[`: the `[` was never closed.
            DashFlow => self.unclosed_bracket().or_else(|| self.special_char()),
            UnexpectedChar | UnknownAnchor | AnchorName | TagSpace | TagBang | TagUri
            | BlockScalarHeader | SequenceHere => self.special_char(),
            Bom => Some(self.src.problem(ProblemKind::Bom, self.at, None)),
            CommentCut => Some(self.src.problem(ProblemKind::CommentInText, self.at, None)),
            HashGlued => {
                let (n, col) = self.src.pos(self.at);
                let mut fixed = self.src.line(n).to_vec();
                fixed.insert(col.min(fixed.len()), ' ');
                let fix = Some(fixed.iter().collect());
                Some(self.src.problem(ProblemKind::HashWithoutSpace, self.at, fix))
            }
            UnknownEscape | HexEscape | UnicodeEscape => self.backslash(),
        }
    }

    fn tab(&self, from: usize) -> Option<Problem> {
        let tab = self.src.find_tab(from, self.at)?;
        Some(self.src.problem(ProblemKind::Tab, tab, None))
    }

    fn tab_on_line(&self) -> Option<Problem> {
        let n = self.at_line();
        let start = self.src.starts[n - 1];
        let tab = self.src.line(n).iter().position(|c| *c == '\t')?;
        Some(self.src.problem(ProblemKind::Tab, start + tab, None))
    }

    /// A typing mistake on a line between the last scalars read and the error: saphyr reads
    /// `name：山田` or `-id: a` as text and only stops lines later.
    fn misread_near(&self) -> Option<Problem> {
        let to = self.at_line();
        let from = self.ctx.scalars.iter().map(|s| s.line).min().unwrap_or(to).min(to);
        (from..=to).find_map(|n| self.src.misread(n))
    }

    /// "mapping values are not allowed": a `:` where a key cannot start.
    fn mapping_value(&self) -> Option<Problem> {
        let value = self.ctx.last_scalar()?;
        let line = self.src.line(value.line);
        let key = self.ctx.key_scalar().filter(|k| k.index < value.index);
        let key_text = |k: Option<&Scalar>| {
            k.map(|k| key_of(self.src.line(k.line), &Shape::of(self.src.line(k.line))))
                .unwrap_or_default()
        };
        if value.line == self.at_line() {
            // The colon is on the line where the value starts: `need: 目標: 一人で`.
            if matches!(value.style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted) {
                let quote = line.get(value.col).copied().unwrap_or('"');
                let fix = Some(quoted_line(line, value.col));
                return Some(self.src.problem(
                    ProblemKind::QuoteAtStart { quote },
                    value.index,
                    fix,
                ));
            }
            let fix = Some(quoted_line(line, value.col));
            let kind = ProblemKind::ColonInText { key: key_text(key) };
            return Some(self.src.problem(kind, self.at, fix));
        }
        // The colon is on a later line that saphyr read as more of the value's text.
        let (n, col) = self.src.pos(self.at);
        let here = self.src.line(n);
        let shape = Shape::of(here);
        let would_be_key: String =
            here.get(shape.key_col..col).unwrap_or_default().iter().collect();
        // Plan keys are ASCII words; a Japanese "key" is more likely a sentence with a colon.
        let keyish = !would_be_key.is_empty()
            && would_be_key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
        if !keyish {
            let kind = ProblemKind::ColonInText { key: key_text(key) };
            return Some(self.src.problem(kind, self.at, None));
        }
        let value_shape = Shape::of(line);
        let value_starts_line = value.col == value_shape.key_col;
        let first_line: String = line.get(value.col..).unwrap_or_default().iter().collect();
        if value_starts_line && first_line.trim().contains([' ', '\u{3000}']) {
            // `name 山田` on the value's first line, then `called: はな` as its sibling.
            return Some(self.missing_colon_on(value.line));
        }
        let sibling_line = key.map_or(value.line, |k| k.line);
        let sibling_text = self.src.line(sibling_line);
        let sibling_shape = Shape::of(sibling_text);
        let sibling = LineRef {
            line: sibling_line,
            spaces: sibling_shape.key_col,
            key: key_of(sibling_text, &sibling_shape),
        };
        if let Some(p) = self.enclosing_whitespace(n) {
            return Some(p);
        }
        if let Some(odd) = self.odd_first_line(&sibling, n) {
            return Some(odd);
        }
        let empty_parent = self.empty_parent(&sibling);
        let fix = Some(reindented(here, sibling.spaces));
        let kind = ProblemKind::TooDeep { key: would_be_key, sibling, empty_parent };
        Some(self.src.at(kind, n, shape.content, fix))
    }

    /// A `key:` with nothing after it above `sibling`, at the same indentation,
    /// with only keys that have a value between them: `person:` whose
    /// `name:` and `name_reading:` lines were not indented.
    fn empty_parent(&self, sibling: &LineRef) -> Option<LineRef> {
        for (n, shape) in self.src.content_lines_before(sibling.line) {
            if shape.dash || shape.key_col != sibling.spaces {
                return None;
            }
            let line = self.src.line(n);
            let key = key_of(line, &shape);
            let after_key = line.get(shape.key_col + key.chars().count()..).unwrap_or_default();
            let rest: String = after_key.iter().collect();
            let value = rest.trim_start().strip_prefix(':')?;
            let value = value.trim();
            if value.is_empty() || value.starts_with('#') {
                return Some(LineRef { line: n, spaces: shape.key_col, key });
            }
        }
        None
    }

    /// "simple key expect ':'": a line at key position that never got its colon.
    fn missing_colon(&self) -> Option<Problem> {
        let to = self.at_line();
        let from = (self.ctx.last_line + 1).min(to);
        let n = (from..=to).find(|&n| Shape::of(self.src.line(n)).is_content()).unwrap_or(to);
        Some(self.missing_colon_on(n))
    }

    fn missing_colon_on(&self, n: usize) -> Problem {
        let line = self.src.line(n);
        let shape = Shape::of(line);
        let gap = line[shape.key_col..].iter().position(|c| matches!(c, ' ' | '\u{3000}'));
        match gap {
            Some(g) => {
                let col = shape.key_col + g;
                let mut fixed: Vec<char> = line[..col].to_vec();
                fixed.extend([':', ' ']);
                fixed.extend(line[col..].iter().skip_while(|c| matches!(c, ' ' | '\u{3000}')));
                self.src.at(ProblemKind::MissingColon, n, col, Some(fixed.iter().collect()))
            }
            None => self.src.at(ProblemKind::MissingColon, n, shape.key_col, None),
        }
    }

    /// "did not find expected key" right after `[…]` or `{…}` on the same line: a value
    /// that starts with a bracket and goes on (`[重要] 通院`).
    fn after_flow(&self, said: Said) -> Option<Problem> {
        let flow = self.ctx.closed_flow?;
        if said != Said::ExpectedKey || flow.line != self.at_line() {
            return None;
        }
        let open = flow.flow?;
        let fix = Some(quoted_line(self.src.line(flow.line), flow.col));
        Some(self.src.problem(ProblemKind::TextAfterBracket { open }, flow.index, fix))
    }

    /// A line whose indentation fits nothing above it.
    fn indentation(&self, said: Said) -> Option<Problem> {
        let n = self.at_line();
        if let Some(p) = self.enclosing_whitespace(n) {
            return Some(p);
        }
        let here = self.src.line(n);
        let shape = Shape::of(here);
        let found = shape.indent;

        // A `|` / `>` text whose later line starts left of its first line.
        if let Some(block) = self
            .ctx
            .last_scalar()
            .filter(|s| matches!(s.style, ScalarStyle::Literal | ScalarStyle::Folded) && s.line < n)
        {
            // saphyr's span of a block scalar starts at its text, not at the `|`.
            let key_n = self.ctx.key_scalar().map_or(block.line, |k| k.line);
            let text_start = (key_n + 1..n)
                .map(|m| Shape::of(self.src.line(m)))
                .find(|s| s.content < s.len)
                .map(|s| s.indent);
            let key_line = self.src.line(key_n);
            let key_shape = Shape::of(key_line);
            if let Some(spaces) = text_start.filter(|&s| s > found) {
                let key = LineRef {
                    line: key_n,
                    spaces: key_shape.key_col,
                    key: key_of(key_line, &key_shape),
                };
                let fix = Some(reindented(here, spaces));
                let kind = ProblemKind::BlockTextIndent { key, spaces };
                return Some(self.src.at(kind, n, shape.content, fix));
            }
        }

        // A text cut by a `#` line, whose next line then fits nowhere.
        if let Some(text) = self.ctx.last_scalar().filter(|s| s.style == ScalarStyle::Plain) {
            let comment = (text.end_line + 1..n).find(|&m| Shape::of(self.src.line(m)).comment);
            if let Some(c) = comment {
                let col = Shape::of(self.src.line(c)).content;
                return Some(self.src.at(ProblemKind::CommentInText, c, col, None));
            }
        }

        if shape.dash {
            let list = self
                .src
                .content_lines_before(n)
                .find(|(_, s)| s.dash)
                .filter(|(_, s)| s.content != shape.content)
                .map(|(m, s)| LineRef {
                    line: m,
                    spaces: s.content,
                    key: key_of(self.src.line(m), &s),
                });
            let fix = list.as_ref().map(|l| reindented(here, l.spaces));
            let kind = ProblemKind::ListItemInMap { list };
            return Some(self.src.at(kind, n, shape.content, fix));
        }

        // At the depth of the `- ` items above but without `- `.
        let list = self.ctx.open.iter().rev().find(|o| o.flow.is_none() && o.seq);
        if said == Said::ExpectedDash && list.is_some_and(|l| l.col == found) {
            // Without a `- ` line at that depth above, it is plain misalignment.
            let item = self.src.content_lines_before(n).find(|(_, s)| s.dash && s.content == found);
            if let Some((m, item_shape)) = item {
                let item_line = self.src.line(m);
                let has_key = key_end(&item_line[item_shape.key_col..]).is_some();
                let item = LineRef {
                    line: m,
                    spaces: item_shape.content,
                    key: key_of(item_line, &item_shape),
                };
                let key_spaces = has_key.then_some(item_shape.key_col);
                let fix = key_spaces.map(|s| reindented(here, s));
                let kind = ProblemKind::KeyInList { item, key_spaces };
                return Some(self.src.at(kind, n, shape.content, fix));
            }
        }

        let (deeper, shallower) = self.alignments(n, found, shape.dash);
        if let Some(odd) = deeper.as_ref().and_then(|d| self.odd_first_line(d, n)) {
            return Some(odd);
        }
        let kind = ProblemKind::Misaligned { found, deeper, shallower };
        Some(self.src.at(kind, n, shape.content, None))
    }

    /// `first`, the first line of a group, as the odd one when line `n` after it has the
    /// usual two spaces more than their parent and `first` has not: `person:` /
    /// `   name: …` / `  called: …` is one wrong line, not a wrong line 3 and every line
    /// after it.
    fn odd_first_line(&self, first: &LineRef, n: usize) -> Option<Problem> {
        let first_line = self.src.line(first.line);
        let first_shape = Shape::of(first_line);
        // A `- ` line's key column is set by the `- `, not by its parent.
        if first_shape.dash {
            return None;
        }
        let (_, parent) = self.src.content_lines_before(first.line).next()?;
        let found = Shape::of(self.src.line(n)).key_col;
        let usual = parent.key_col + 2;
        let opens_group = parent.key_col < first.spaces;
        let alone = (first.line + 1..n).all(|m| {
            let s = Shape::of(self.src.line(m));
            !s.is_content() || s.key_col != first.spaces
        });
        if !(opens_group && alone && found == usual && first.spaces != usual) {
            return None;
        }
        let here = self.src.line(n);
        let rest = LineRef { line: n, spaces: found, key: key_of(here, &Shape::of(here)) };
        let fix = Some(reindented(first_line, found));
        let kind = ProblemKind::OddFirstLine { rest };
        Some(self.src.at(kind, first.line, first_shape.content, fix))
    }

    /// A tab or full-width space in the indentation of a line that encloses line `n`:
    /// `　slots:` is read as a key at the top, and saphyr stops only where the next key of
    /// the real parent comes, many lines below.
    fn enclosing_whitespace(&self, n: usize) -> Option<Problem> {
        let mut min = Shape::of(self.src.line(n)).content;
        for (m, s) in self.src.content_lines_before(n) {
            if s.content >= min {
                continue;
            }
            min = s.content;
            let lead = &self.src.line(m)[..s.content];
            if lead.iter().any(|c| matches!(c, '\t' | '\u{3000}')) {
                return self.src.misread(m);
            }
            if min == 0 {
                break;
            }
        }
        None
    }

    /// The columns the lines above leave open for line `n`: walking up, each line that
    /// starts left of all lines below it (down to `n`) opens one; the nearest on either side
    /// of `found` are the candidates.
    fn alignments(&self, n: usize, found: usize, dash: bool) -> (Option<LineRef>, Option<LineRef>) {
        // A line hides the columns right of it from the lines below; a `-` does not hide
        // a key at its own column, whose list it may be (`services:` / `- kind: x`).
        let mut min_key = usize::MAX;
        let mut min_dash = usize::MAX;
        let mut deeper: Option<LineRef> = None;
        let mut shallower: Option<LineRef> = None;
        for (m, s) in self.src.content_lines_before(n) {
            let line = self.src.line(m);
            // A list item opens two columns: its key's and its `-`'s.
            let mut cols = vec![(s.key_col, false)];
            if s.dash {
                cols.push((s.content, true));
            }
            for (col, is_dash) in cols {
                let open = if is_dash { col < min_dash } else { col < min_key };
                if is_dash {
                    min_dash = min_dash.min(col);
                    min_key = min_key.min(col + 1);
                } else {
                    min_dash = min_dash.min(col);
                    min_key = min_key.min(col);
                }
                // A key cannot line up with a `-`; a `-` can line up with either.
                if !open || (is_dash && !dash) {
                    continue;
                }
                let r = LineRef {
                    line: m,
                    spaces: col,
                    key: if is_dash { "-".into() } else { key_of(line, &s) },
                };
                if col > found && deeper.as_ref().is_none_or(|d| col < d.spaces) {
                    deeper = Some(r);
                } else if col < found && shallower.is_none() {
                    shallower = Some(r);
                }
            }
            if min_key == 0 || shallower.is_some() {
                break;
            }
        }
        (deeper, shallower)
    }

    /// saphyr points at the opening quote of a quoted text it could not finish.
    fn unclosed_quote(&self, said: Said) -> Option<Problem> {
        let open = self.at;
        let quote = self.src.char_at(open).filter(|c| matches!(c, '"' | '\''))?;
        let (n, _) = self.src.pos(open);
        let close = self.closing_quote(open, quote);
        // Closed on a later line and nothing after it: a multi-line quoted text whose next
        // lines are not indented enough, not a missing quote.
        if let (Some(close), Said::QuotedIndent) = (close, said) {
            let (m, c) = self.src.pos(close);
            let after: String = self.src.line(m)[c + 1..].iter().collect();
            let after = after.trim();
            if m > n && (after.is_empty() || after.starts_with('#')) {
                let col = Shape::of(self.src.line(n + 1)).content;
                return Some(self.src.at(
                    ProblemKind::QuotedTextIndent { quote },
                    n + 1,
                    col,
                    None,
                ));
            }
        }
        let mut fix = self.src.text(n).trim_end().to_string();
        fix.push(quote);
        Some(self.src.problem(ProblemKind::UnclosedQuote { quote }, open, Some(fix)))
    }

    /// The index of the quote that closes the one at `open`.
    fn closing_quote(&self, open: usize, quote: char) -> Option<usize> {
        let chars = &self.src.chars;
        let mut i = open + 1;
        while i < chars.len() {
            match chars[i] {
                '\\' if quote == '"' => i += 1,
                '\'' if quote == '\'' && chars.get(i + 1) == Some(&'\'') => i += 1,
                c if c == quote => return Some(i),
                _ => {}
            }
            i += 1;
        }
        None
    }

    /// "invalid trailing content": saphyr points after the closing quote; the culprit is
    /// the opening one at the start of the value.
    fn quote_at_start(&self) -> Option<Problem> {
        let close = self.at.checked_sub(1)?;
        let quote = self.src.char_at(close).filter(|c| matches!(c, '"' | '\''))?;
        let chars = &self.src.chars;
        let mut i = close;
        let open = loop {
            i = i.checked_sub(1)?;
            if chars[i] != quote {
                continue;
            }
            if quote == '"' && i > 0 && chars[i - 1] == '\\' {
                continue;
            }
            if quote == '\'' && i > 0 && chars[i - 1] == '\'' {
                i -= 1;
                continue;
            }
            break i;
        };
        let (n, col) = self.src.pos(open);
        let fix = (n == self.at_line()).then(|| quoted_line(self.src.line(n), col));
        Some(self.src.problem(ProblemKind::QuoteAtStart { quote }, open, fix))
    }

    /// A flow collection still open where saphyr stopped, and not closed on its own line.
    fn unclosed_bracket(&self) -> Option<Problem> {
        // saphyr's events lag behind its scanner: the `[` may not have been reported yet.
        let flow = match self.ctx.open.iter().rev().find(|o| o.flow.is_some()) {
            Some(flow) => *flow,
            None => self.unclosed_in_text()?,
        };
        let open = flow.flow?;
        let close = if open == '[' { ']' } else { '}' };
        let line = self.src.line(flow.line);
        let depth = bracket_depth(&line[flow.col..]);
        // Closed on its line: the error is something else inside it.
        if depth <= 0 && self.at_line() == flow.line {
            return None;
        }
        let fixed: String = line.iter().collect();
        let fixed = fixed.trim_end().trim_end_matches(',').trim_end();
        let fix = Some(format!("{fixed}{}", close.to_string().repeat(depth.max(1) as usize)));
        Some(self.src.problem(ProblemKind::UnclosedBracket { open, close }, flow.index, fix))
    }

    /// The nearest `[` or `{` above saphyr's position that starts a value and is not closed
    /// on its line.
    fn unclosed_in_text(&self) -> Option<Open> {
        let to = self.at_line();
        for n in (to.saturating_sub(50).max(1)..=to).rev() {
            let line = self.src.line(n);
            let shape = Shape::of(line);
            if !shape.is_content() {
                continue;
            }
            // Where a value can start: the line's content, after `- `, after `key: `.
            let value_col = key_end(&line[shape.key_col..]).map_or(shape.key_col, |k| {
                let after = shape.key_col + k + 1;
                after + line[after..].iter().take_while(|c| **c == ' ').count()
            });
            let c = line.get(value_col).copied();
            let Some(open @ ('[' | '{')) = c else { continue };
            if bracket_depth(&line[value_col..]) > 0 {
                let index = self.src.starts[n - 1] + value_col;
                return Some(Open {
                    index,
                    line: n,
                    col: value_col,
                    flow: Some(open),
                    seq: open == '[',
                });
            }
        }
        None
    }

    /// A character that YAML reserves at the start of a value.
    fn special_char(&self) -> Option<Problem> {
        let ch = self.src.char_at(self.at)?;
        if !matches!(ch, '@' | '`' | '%' | '*' | '&' | '!' | '|' | '>' | '-' | ',' | '?') {
            return None;
        }
        let (n, col) = self.src.pos(self.at);
        let line = self.src.line(n);
        let shape = Shape::of(line);
        let key_len = key_end(&line[shape.key_col..]);
        // The fix quotes the value; only sure when the character starts the value.
        let at_value = key_len.is_some_and(|k| {
            line.get(shape.key_col + k + 1..col).is_some_and(|gap| gap.iter().all(|c| *c == ' '))
        }) || col == shape.key_col;
        let fix = at_value.then(|| quoted_line(line, col));
        Some(self.src.problem(ProblemKind::SpecialChar { ch }, self.at, fix))
    }

    /// saphyr points at the opening `"`; the culprit is the first invalid `\`.
    fn backslash(&self) -> Option<Problem> {
        let open = self.at;
        let chars = &self.src.chars;
        let close = self.closing_quote(open, '"').unwrap_or(chars.len());
        let mut i = open + 1;
        let bad = loop {
            if i >= close {
                return None;
            }
            if chars[i] != '\\' {
                i += 1;
                continue;
            }
            let next = chars.get(i + 1).copied().unwrap_or(' ');
            let hex = match next {
                'x' => 2,
                'u' => 4,
                'U' => 8,
                _ => 0,
            };
            let simple = "0abt\tnvfre \"/\\N_LP\n\r".contains(next);
            let hex_ok = hex > 0
                && (i + 2..i + 2 + hex).all(|j| chars.get(j).is_some_and(char::is_ascii_hexdigit));
            if !(simple || hex_ok) {
                break i;
            }
            i += 2;
        };
        let sequence: String = chars[bad..(bad + 2).min(chars.len())].iter().collect();
        let (n, col) = self.src.pos(open);
        let (m, _) = self.src.pos(close.min(chars.len().saturating_sub(1)));
        // In single quotes a backslash is an ordinary character.
        let fix = (n == m && close < chars.len()).then(|| {
            let line = self.src.line(n);
            let inner: String = chars[open + 1..close].iter().collect();
            let prefix: String = line[..col].iter().collect();
            let (_, close_col) = self.src.pos(close);
            let suffix: String = line[close_col + 1..].iter().collect();
            format!("{prefix}'{}'{suffix}", inner.replace('\'', "''"))
        });
        Some(self.src.problem(ProblemKind::Backslash { sequence }, bad, fix))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text`, which must fail, and explains the error.
    fn explained(text: &str) -> Problem {
        let err = Parser::new_from_str(text)
            .find_map(Result::err)
            .unwrap_or_else(|| panic!("expected a syntax error in {text:?}"));
        explain(text, &err)
    }

    /// Asserts kind (by pattern), line and column.
    macro_rules! case {
        ($text:expr, $kind:pat, $line:expr, $col:expr) => {{
            let p = explained($text);
            assert!(matches!(p.kind, $kind), "{:?} for {:?}", p, $text);
            assert_eq!((p.line, p.column), ($line, $col), "{:?} for {:?}", p, $text);
            p
        }};
    }

    #[test]
    fn tab_in_indentation_is_reported_at_the_tab() {
        // saphyr: "tabs disallowed within this context (block indentation)" at 2:2.
        case!("person:\n\tname: 山田 花子\n", ProblemKind::Tab, 2, 1);
        case!("person:\n  name: 山田\n  guardian:\n  \tname: 山田 太郎\n", ProblemKind::Tab, 4, 3);
        // saphyr: "while scanning a plain scalar, found a tab" at 1:9, the line before.
        case!("format: 1\n\tkind: plan\n", ProblemKind::Tab, 2, 1);
        case!("policy: 本人の希望を\n\t大切にする\nnext: 1\n", ProblemKind::Tab, 2, 1);
        case!(
            "needs:\n  - id: a\n    services:\n      - kind: 生活介護\n\t  detail: x\n",
            ProblemKind::Tab,
            5,
            1
        );
        case!("needs:\n  - id: a\n\t\tgoal: x\n", ProblemKind::Tab, 3, 1);
        // saphyr: "did not find expected key" at 3:2.
        case!("notes: |\n  一行目\n\t二行目\n", ProblemKind::Tab, 3, 1);
        // saphyr: "tab cannot be used as indentation" inside quotes.
        case!("a: \"x\n\ty\"\n", ProblemKind::Tab, 2, 1);
    }

    #[test]
    fn colon_in_text_points_at_the_colon_and_quotes_the_text() {
        let p = case!(
            "needs:\n  - id: a\n    need: 目標: 一人で買い物に行く\n",
            ProblemKind::ColonInText { .. },
            3,
            13
        );
        assert_eq!(p.kind, ProblemKind::ColonInText { key: "need".into() });
        assert_eq!(p.fix.as_deref(), Some("    need: \"目標: 一人で買い物に行く\""));
        let p = case!("policy: 方針: 本人の希望 # メモ\n", ProblemKind::ColonInText { .. }, 1, 11);
        assert_eq!(p.fix.as_deref(), Some("policy: \"方針: 本人の希望\" # メモ"));
        let p = case!("need: 目標は\"一人で\": 行く\n", ProblemKind::ColonInText { .. }, 1, 15);
        assert_eq!(p.fix.as_deref(), Some("need: '目標は\"一人で\": 行く'"));
        case!("need: 目標:\n", ProblemKind::ColonInText { .. }, 1, 9);
        case!("person:\r\n  need: 目標: x\r\n", ProblemKind::ColonInText { .. }, 2, 11);
        // A Japanese "key" on a continuation line is a sentence, not a misplaced key.
        let p = case!(
            "policy: 本人の希望を\n  大切にする: とても\n",
            ProblemKind::ColonInText { .. },
            2,
            8
        );
        assert_eq!(p.fix, None);
    }

    #[test]
    fn dash_without_space_is_found_on_the_line_above() {
        // saphyr: "mapping values are not allowed in this context" at 3:9.
        let p = case!("needs:\n  -id: a\n    goal: x\n", ProblemKind::DashWithoutSpace, 2, 3);
        assert_eq!(p.fix.as_deref(), Some("  - id: a"));
        case!("needs:\n-id: a\n goal: x\n", ProblemKind::DashWithoutSpace, 2, 1);
        case!(
            "needs:\n  - id: a\n    services:\n      -kind: x\n        detail: y\n",
            ProblemKind::DashWithoutSpace,
            4,
            7
        );
        // Parses without error (a key `-id`): a later stage asks `check_line`.
        let text = "needs:\n  -id: a\n  -id: b\n";
        assert!(Parser::new_from_str(text).all(|e| e.is_ok()));
        let p = check_line(text, 3).unwrap();
        assert_eq!((p.kind, p.line, p.column), (ProblemKind::DashWithoutSpace, 3, 3));
    }

    #[test]
    fn unclosed_quote_points_at_the_opening_quote() {
        // saphyr: "invalid indentation in quoted scalar" at the quote.
        let p = case!(
            "needs:\n  - id: a\n    need: \"一人で買い物に行きたい\n    goal: 月に1回\n",
            ProblemKind::UnclosedQuote { quote: '"' },
            3,
            11
        );
        assert_eq!(p.fix.as_deref(), Some("    need: \"一人で買い物に行きたい\""));
        case!(
            "policy: '本人の希望\nkind: plan\n",
            ProblemKind::UnclosedQuote { quote: '\'' },
            1,
            9
        );
        // saphyr: "found unexpected end of stream".
        case!("policy: \"本人の希望\n", ProblemKind::UnclosedQuote { quote: '"' }, 1, 9);
        // A later quote is not taken for the closing one.
        case!(
            "needs:\n  - need: \"一人で\n    goal: \"x\"\n",
            ProblemKind::UnclosedQuote { .. },
            2,
            11
        );
        // saphyr: "found unexpected document indicator".
        case!("a: \"x\n---\n", ProblemKind::UnclosedQuote { .. }, 1, 4);
        // Closed, but its second line is not indented more than the key.
        case!(
            "needs:\n  - need: \"一人で\n    行く\"\n",
            ProblemKind::QuotedTextIndent { quote: '"' },
            3,
            5
        );
    }

    #[test]
    fn unclosed_bracket_points_at_the_bracket() {
        // saphyr: "illegal placement of ':' indicator" at 4:11.
        let p = case!(
            "weekly:\n  slots:\n    - days: [mon, wed\n      from: \"14:30\"\n",
            ProblemKind::UnclosedBracket { open: '[', close: ']' },
            3,
            13
        );
        assert_eq!(p.fix.as_deref(), Some("    - days: [mon, wed]"));
        // saphyr: "while parsing a flow sequence, expected ',' or ']'" at 2:1.
        case!("days: [mon, wed\n", ProblemKind::UnclosedBracket { .. }, 1, 7);
        let p = case!("days: [mon, wed, \n", ProblemKind::UnclosedBracket { .. }, 1, 7);
        assert_eq!(p.fix.as_deref(), Some("days: [mon, wed]"));
        case!(
            "person: {name: 山田\nnext: 1\n",
            ProblemKind::UnclosedBracket { open: '{', .. },
            1,
            9
        );
    }

    #[test]
    fn brackets_found_in_the_text_when_saphyr_has_not_reported_them() {
        // saphyr: "invalid indentation in flow construct" at 3:3, before any event for `[`.
        case!(
            "weekly:\n  slots:\n    - days: [mon]\n      [from: \"14:30\"\n      to: x\n",
            ProblemKind::UnclosedBracket { open: '[', .. },
            4,
            7
        );
        // saphyr: "simple key expected" at the end of the text.
        case!(
            "readings:\n  𠮷田: よしだ\n[  𠮷川: よしかわ\n",
            ProblemKind::UnclosedBracket { .. },
            3,
            1
        );
        // saphyr: "illegal placement of ':' indicator" at 4:11.
        case!(
            "strengths:\n  - [電車の名前\n  - 絵\nsupporters: x\n",
            ProblemKind::UnclosedBracket { .. },
            2,
            5
        );
    }

    #[test]
    fn hash_glued_and_tab_after_colon() {
        // saphyr: "comments must be separated from other tokens by whitespace" at the `#`.
        let p = case!("to: \"18:00\"#終わり\n", ProblemKind::HashWithoutSpace, 1, 12);
        assert_eq!(p.fix.as_deref(), Some("to: \"18:00\" #終わり"));
        // saphyr: "':' must be followed by a valid YAML whitespace".
        case!("daily_life:\n  - 7:\t00 起床\n  - x: y\n", ProblemKind::Tab, 2, 7);
    }

    #[test]
    fn keys_indented_less_or_between_siblings() {
        // saphyr: "did not find expected key" at 3:3. Two siblings at 4 spaces: line 4 is
        // the odd one.
        let p = case!(
            "person:\n    name: 山田\n    called: はな\n  relation: 母\n",
            ProblemKind::Misaligned { found: 2, .. },
            4,
            3
        );
        let ProblemKind::Misaligned { deeper, shallower, .. } = p.kind else { unreachable!() };
        assert_eq!(deeper, Some(LineRef { line: 3, spaces: 4, key: "called".into() }));
        assert_eq!(shallower, Some(LineRef { line: 1, spaces: 0, key: "person".into() }));
        // saphyr: "did not find expected '-' indicator" at 3:4.
        let p = case!(
            "needs:\n  - id: a\n   goal: x\n",
            ProblemKind::Misaligned { found: 3, .. },
            3,
            4
        );
        let ProblemKind::Misaligned { deeper, .. } = p.kind else { unreachable!() };
        assert_eq!(deeper, Some(LineRef { line: 2, spaces: 4, key: "id".into() }));
        let p = case!(
            "needs:\n  - id: a\n    services:\n    - kind: x\n      detail: y\n   amount: z\n",
            ProblemKind::Misaligned { found: 3, .. },
            6,
            4
        );
        let ProblemKind::Misaligned { deeper, shallower, .. } = p.kind else { unreachable!() };
        assert_eq!(deeper.map(|d| (d.line, d.spaces)), Some((3, 4)));
        assert_eq!(shallower.map(|d| (d.line, d.spaces)), Some((1, 0)));
        case!("person:\n  name: x\n called: y\n", ProblemKind::Misaligned { found: 1, .. }, 3, 2);
    }

    #[test]
    fn the_first_line_of_a_group_is_the_odd_one() {
        // saphyr: "did not find expected key" at 3:3, but `called` has the usual 2 spaces
        // under `person` and `name` is alone at 4.
        let p = case!(
            "person:\n    name: 山田\n  called: はなちゃん\n",
            ProblemKind::OddFirstLine { .. },
            2,
            5
        );
        assert_eq!(
            p.kind,
            ProblemKind::OddFirstLine {
                rest: LineRef { line: 3, spaces: 2, key: "called".into() }
            }
        );
        assert_eq!(p.fix.as_deref(), Some("  name: 山田"));
        // saphyr: "mapping values are not allowed in this context" at 3:11.
        case!("person:\n name: 山田\n  called: はな\n", ProblemKind::OddFirstLine { .. }, 2, 2);
        // With children in between.
        case!(
            "person:\n   guardian:\n     name: x\n  called: y\n",
            ProblemKind::OddFirstLine { .. },
            2,
            4
        );
    }

    #[test]
    fn whitespace_in_an_enclosing_line_is_found_far_above() {
        // `　slots:` is a key at the top; saphyr stops at `daily_life`, 6 lines below.
        let text = concat!(
            "weekly:\n",
            "\u{3000}slots:\n",
            "    - days: [mon]\n",
            "      from: a\n",
            "    - days: [tue]\n",
            "      from: b\n",
            "  daily_life:\n",
            "    - x\n",
        );
        case!(text, ProblemKind::FullWidthSpace, 2, 1);
    }

    #[test]
    fn keys_indented_more_than_a_sibling_with_a_value() {
        // saphyr: "mapping values are not allowed in this context" at 3:11.
        let p = case!(
            "person:\n  name: 山田\n    called: はなちゃん\n",
            ProblemKind::TooDeep { .. },
            3,
            5
        );
        assert_eq!(
            p.kind,
            ProblemKind::TooDeep {
                key: "called".into(),
                sibling: LineRef { line: 2, spaces: 2, key: "name".into() },
                empty_parent: None,
            }
        );
        assert_eq!(p.fix.as_deref(), Some("  called: はなちゃん"));
        case!("format: 1\n kind: plan\n", ProblemKind::TooDeep { .. }, 2, 2);
        case!("needs:\n  - id: a\n     goal: x\n", ProblemKind::TooDeep { .. }, 3, 6);
    }

    #[test]
    fn key_without_value_then_badly_indented_content() {
        // `guardian:` is empty and `name` should have gone under it.
        let p = case!(
            "person:\n  guardian:\n  name: 山田\n    relation: 母\n",
            ProblemKind::TooDeep { .. },
            4,
            5
        );
        let ProblemKind::TooDeep { empty_parent, .. } = &p.kind else { unreachable!() };
        assert_eq!(empty_parent, &Some(LineRef { line: 2, spaces: 2, key: "guardian".into() }));
        assert_eq!(p.hint_id(), "syntax-too-deep-hint-parent");
        let p = case!("person:\nname: 山田\n  called: はな\n", ProblemKind::TooDeep { .. }, 3, 3);
        let ProblemKind::TooDeep { empty_parent, .. } = p.kind else { unreachable!() };
        assert_eq!(empty_parent.map(|p| p.key), Some("person".into()));
        let p = case!(
            "wishes:\n  person:\n  text: 絵をかきたい\n    voice: true\n",
            ProblemKind::TooDeep { .. },
            4,
            5
        );
        assert!(matches!(p.kind, ProblemKind::TooDeep { empty_parent: Some(_), .. }));
        // `guardian:` empty, then its content not indented at all.
        case!("person:\n  guardian:\n name: x\n", ProblemKind::Misaligned { found: 1, .. }, 3, 2);
    }

    #[test]
    fn list_items_and_keys_mixed() {
        // saphyr: "did not find expected key" at 3:5, after the dash.
        case!("person:\n  name: 山田\n  - 絵\n", ProblemKind::ListItemInMap { list: None }, 3, 3);
        let p = case!(
            "strengths:\n  - 絵\n-  歌\n",
            ProblemKind::ListItemInMap { list: Some(_) },
            3,
            1
        );
        assert_eq!(p.fix.as_deref(), Some("  -  歌"));
        // saphyr: "did not find expected '-' indicator" at 3:3.
        let p = case!("needs:\n  - id: a\n  goal: x\n", ProblemKind::KeyInList { .. }, 3, 3);
        assert_eq!(
            p.kind,
            ProblemKind::KeyInList {
                item: LineRef { line: 2, spaces: 2, key: "id".into() },
                key_spaces: Some(4)
            }
        );
        assert_eq!(p.fix.as_deref(), Some("    goal: x"));
        case!(
            "strengths:\n  - 絵\n  name: x\n",
            ProblemKind::KeyInList { key_spaces: None, .. },
            3,
            3
        );
    }

    #[test]
    fn stray_quotes() {
        // Inside a text they are fine; at the start they open a quoted text.
        assert!(Parser::new_from_str("policy: 本人の'希望'を大切に\n").all(|e| e.is_ok()));
        assert!(Parser::new_from_str("policy: 本人の\"希望\"を大切に\n").all(|e| e.is_ok()));
        // saphyr: "invalid trailing content after double-quoted scalar" at 1:13.
        let p = case!("policy: '希望'を大切に\n", ProblemKind::QuoteAtStart { quote: '\'' }, 1, 9);
        assert_eq!(p.fix.as_deref(), Some("policy: \"'希望'を大切に\""));
        let p = case!("policy: \"希望\"を大切に\n", ProblemKind::QuoteAtStart { quote: '"' }, 1, 9);
        assert_eq!(p.fix.as_deref(), Some("policy: '\"希望\"を大切に'"));
        // saphyr: "mapping values are not allowed" after the closing quote.
        case!("need: \"一人で\": 行く\n", ProblemKind::QuoteAtStart { quote: '"' }, 1, 7);
    }

    #[test]
    fn full_width_colon_and_space() {
        // saphyr: "mapping values are not allowed in this context" at 3:9.
        let p = case!(
            "person:\n  name：山田\n  called: はな\n",
            ProblemKind::FullWidthColon { .. },
            2,
            7
        );
        assert_eq!(p.fix.as_deref(), Some("  name: 山田"));
        // saphyr: "simple key expect ':'" at 3:1.
        case!("format: 1\nkind：plan\n", ProblemKind::FullWidthColon { .. }, 2, 5);
        case!("person：\n  name: 山田\n", ProblemKind::FullWidthColon { .. }, 1, 7);
        case!("format: 1\nperson：\n  name: 山田\n", ProblemKind::FullWidthColon { .. }, 2, 7);
        case!("needs:\n  - id：a\n    goal: x\n", ProblemKind::FullWidthColon { .. }, 2, 7);
        // saphyr: "did not find expected '-' indicator" at 3:3.
        let p = case!("needs:\n  - id: a\n  \u{3000}goal: x\n", ProblemKind::FullWidthSpace, 3, 3);
        assert_eq!(p.fix.as_deref(), Some("    goal: x"));
        case!(
            "person:\n  name: 山田\n\u{3000} called: はな\n  relation: 母\n",
            ProblemKind::FullWidthSpace,
            3,
            1
        );
        case!("person:\u{3000}\n  name: x\n", ProblemKind::FullWidthSpace, 1, 8);
        case!("person:\n  name:\u{3000}山田\n  called: x\n", ProblemKind::FullWidthSpace, 2, 8);
        case!("a:\n  b: x\n\u{3000}\n  c: y\n", ProblemKind::FullWidthSpace, 3, 1);
        case!("needs:\n  － id: a\n    goal: x\n", ProblemKind::FullWidthDash { mark: '－' }, 2, 3);
        // Accepted by saphyr: the key is `　name`, the value `name：山田`.
        for (text, line) in [("person:\n\u{3000}name: 山田\n", 2), ("person:\n  name：山田\n", 2)]
        {
            assert!(Parser::new_from_str(text).all(|e| e.is_ok()));
            let p = check_line(text, line).unwrap();
            assert_eq!(p.fix.as_deref(), Some("  name: 山田"), "{text:?}");
        }
        let p = check_line("strengths:\n  ー 絵が得意\n", 2).unwrap();
        assert_eq!(p.kind, ProblemKind::FullWidthDash { mark: 'ー' });
        assert_eq!(p.fix.as_deref(), Some("  - 絵が得意"));
    }

    #[test]
    fn missing_colon_and_dividers() {
        // saphyr: "mapping values are not allowed in this context" at 3:9.
        let p = case!("person:\n  name 山田\n  called: はな\n", ProblemKind::MissingColon, 2, 7);
        assert_eq!(p.fix.as_deref(), Some("  name: 山田"));
        // saphyr: "simple key expect ':'" at 3:1.
        let p = case!("format: 1\nkind plan\n", ProblemKind::MissingColon, 2, 5);
        assert_eq!(p.fix.as_deref(), Some("kind: plan"));
        case!("a: 1\n-----\nb: 2\n", ProblemKind::Divider { .. }, 2, 1);
        case!("a: 1\n=====\nb: 2\n", ProblemKind::Divider { .. }, 2, 1);
    }

    #[test]
    fn colon_without_space() {
        let p = case!(
            "person:\n  name:山田\n  called: はな\n",
            ProblemKind::ColonWithoutSpace { .. },
            2,
            7
        );
        assert_eq!(p.fix.as_deref(), Some("  name: 山田"));
        // Times and addresses are texts.
        assert!(check_line("daily_life:\n  - 7:00 起床\n", 2).is_none());
        assert!(check_line("url: http://example.com\n", 1).is_none());
    }

    #[test]
    fn values_starting_with_reserved_characters() {
        for (text, ch) in [
            ("mail: @example\n", '@'),
            ("note: `x`\n", '`'),
            ("rate: %50\n", '%'),
            ("note: *重要\n", '*'),
            ("note: !重要 です\n", '!'),
            ("note: | とても大事\n", '|'),
            ("note: > とても大事\n", '>'),
            ("need: - 一人で\n", '-'),
            ("note: , x\n", ','),
        ] {
            let p = case!(text, ProblemKind::SpecialChar { .. }, 1, 7);
            assert_eq!(p.kind, ProblemKind::SpecialChar { ch }, "{text:?}");
            assert!(p.fix.as_deref().is_some_and(|f| f.ends_with('"') || f.ends_with('\'')));
        }
        let p = case!("note: [大事] です\n", ProblemKind::TextAfterBracket { open: '[' }, 1, 7);
        assert_eq!(p.fix.as_deref(), Some("note: \"[大事] です\""));
        case!("note: {大事} です\n", ProblemKind::TextAfterBracket { open: '{' }, 1, 7);
    }

    #[test]
    fn backslash_bom_comment_and_block_text() {
        let p = case!("path: \"C:\\Users\\山田\"\n", ProblemKind::Backslash { .. }, 1, 10);
        assert_eq!(p.kind, ProblemKind::Backslash { sequence: "\\U".into() });
        assert_eq!(p.fix.as_deref(), Some("path: 'C:\\Users\\山田'"));
        case!("a: \"x\\qy\"\n", ProblemKind::Backslash { .. }, 1, 6);
        case!("format: 1\n\u{feff}kind: plan\n", ProblemKind::Bom, 2, 1);
        // A BOM at the start is fine and not counted in columns.
        assert!(Parser::new_from_str("\u{feff}format: 1\n").all(|e| e.is_ok()));
        case!("\u{feff}a: b: c\n", ProblemKind::ColonInText { .. }, 1, 5);
        case!("policy: 本人の # メモ\n  希望\n", ProblemKind::CommentInText, 1, 13);
        case!("policy: 本人の\n# メモ\n  希望\n", ProblemKind::CommentInText, 2, 1);
        let p = case!(
            "notes: |\n    一行目\n  二行目\nnext: 1\n",
            ProblemKind::BlockTextIndent { .. },
            3,
            3
        );
        assert_eq!(p.fix.as_deref(), Some("    二行目"));
        case!(
            "a:\n  notes: |\n      一行目\n    二行目\n",
            ProblemKind::BlockTextIndent { spaces: 6, .. },
            4,
            5
        );
    }

    #[test]
    fn unknown_messages_keep_saphyr_text() {
        let p = explained("%YAML 1.2\na: 1\n");
        assert!(matches!(&p.kind, ProblemKind::Other { message } if message.contains("document")));
        assert_eq!(p.hint_id(), "syntax-other-hint");
    }

    #[test]
    fn every_message_of_the_table_is_distinct() {
        for (i, (a, _)) in SAPHYR_MESSAGES.iter().enumerate() {
            assert!(SAPHYR_MESSAGES[i + 1..].iter().all(|(b, _)| a != b), "{a}");
        }
        // Exact matching: "invalid indentation" must not catch the quoted-scalar message.
        assert_eq!(Said::of("invalid indentation in quoted scalar"), Some(Said::QuotedIndent));
        assert_eq!(Said::of("unexpected character: `@'"), Some(Said::UnexpectedChar));
    }

    /// A plan in the shape specialists write, for the mutation test.
    const PLAN: &str = concat!(
        "format: 1\n",
        "kind: plan\n",
        "person:\n",
        "  name: 山田 花子\n",
        "  guardian:\n",
        "    name: 山田 太郎\n",
        "    relation: 父\n",
        "dates:\n",
        "  created: 2026-04-01\n",
        "needs:\n",
        "  - id: shopping\n",
        "    need: 一人で買い物に行きたい。\n",
        "    goal: 月に1回、近くの店で買い物をする。\n",
        "    services:\n",
        "      - kind: 移動支援\n",
        "        amount: 月8時間\n",
        "    notes: |\n",
        "      大きな音が苦手。\n",
        "      静かな店を選ぶ。\n",
        "  - id: work\n",
        "    need: \"働きたい\"\n",
        "weekly:\n",
        "  slots:\n",
        "    - days: [mon, wed]\n",
        "      from: \"09:30\"\n",
        "      label: 放課後等デイサービス　にじいろ\n",
        "readings:\n",
        "  𠮷田: よしだ\n",
    );

    #[test]
    fn never_panics_and_stays_in_the_text() {
        let inserts = [
            "\t", ": ", "：", "\u{3000}", "'", "\"", "[", "{", "]", "- ", "-", "#", "@", "|", "\\",
            "\n", " ", "  ", "---\n", "\u{feff}", "*", "&", "!", ",",
        ];
        let chars: Vec<char> = PLAN.chars().collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut errors = 0;
        for _ in 0..4000 {
            let mut text = chars.clone();
            for _ in 0..1 + next() % 2 {
                let at = (next() % text.len() as u64) as usize;
                match next() % 3 {
                    0 => {
                        text.remove(at);
                    }
                    _ => {
                        let ins = inserts[(next() % inserts.len() as u64) as usize];
                        text.splice(at..at, ins.chars());
                    }
                }
            }
            let text: String = text.into_iter().collect();
            let Some(err) = Parser::new_from_str(&text).find_map(Result::err) else { continue };
            errors += 1;
            let p = explain(&text, &err);
            let src = Source::new(&text);
            assert!(p.line >= 1 && p.line <= src.line_count(), "{p:?} in {text:?}");
            assert!(p.column >= 1 && p.column <= src.line(p.line).len() + 1, "{p:?} in {text:?}");
            assert!(!p.message_id().is_empty() && !p.hint_id().is_empty());
        }
        assert!(errors > 500, "only {errors} mutations failed to parse");
    }

    #[test]
    fn explain_all_finds_the_next_errors_after_repairing_each() {
        let text = concat!(
            "person:\n",
            "\tname: 山田\n",
            "needs:\n",
            "  - id: a\n",
            "    need: 目標: 一人で\n",
            "    goal：x\n",
            "    notes: y\n",
        );
        let all = explain_all(text, 10);
        let found: Vec<_> = all.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(found, [(2, 1), (5, 13), (6, 9)], "{all:?}");
        assert!(matches!(all[2].kind, ProblemKind::FullWidthColon { .. }));
        assert!(explain_all("a: 1\n", 10).is_empty());
        assert_eq!(explain_all(text, 1).len(), 1);
        // CRLF and a BOM survive the repairs.
        let text = "\u{feff}a:\r\n  b: c: d\r\n  e: f: g\r\n";
        let found: Vec<_> = explain_all(text, 10).iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(found, [(2, 7), (3, 7)]);
    }

    /// The table of cases in NOTES.md: snippet, kind, line, column.
    #[test]
    fn cases_of_the_notes() {
        let cases: &[(&str, &str, usize, usize)] = &[
            ("person:\n\tname: 山田 花子\n", "Tab", 2, 1),
            ("person:\n  name: 山田 花子\n  guardian:\n  \tname: 山田 太郎\n", "Tab", 4, 3),
            ("format: 1\n\tkind: plan\n", "Tab", 2, 1),
            ("policy: 本人の希望を\n\t大切にする\nnext: 1\n", "Tab", 2, 1),
            (
                "needs:\n  - id: a\n    services:\n      - kind: 生活介護\n\t  detail: x\n",
                "Tab",
                5,
                1,
            ),
            ("notes: |\n  一行目\n\t二行目\n", "Tab", 3, 1),
            ("needs:\n  - id: a\n  \t- id: b\n", "Tab", 3, 3),
            ("a: \"x\n\ty\"\n", "Tab", 2, 1),
            ("needs:\n  - id: a\n    need: 目標: 一人で買い物に行く\n", "ColonInText", 3, 13),
            ("policy: 方針: 本人の希望\n", "ColonInText", 1, 11),
            ("need: 目標:\n", "ColonInText", 1, 9),
            ("policy: 本人の希望を\n  大切にする: とても\n", "ColonInText", 2, 8),
            ("need: 「目標: 一人で」\n", "ColonInText", 1, 10),
            ("needs:\n  -id: a\n    goal: x\n", "DashWithoutSpace", 2, 3),
            (
                "needs:\n  - id: a\n    services:\n      -kind: x\n        detail: y\n",
                "DashWithoutSpace",
                4,
                7,
            ),
            (
                "needs:\n  - id: a\n    need: \"一人で買い物に行きたい\n    goal: 月に1回\n",
                "UnclosedQuote",
                3,
                11,
            ),
            ("policy: \"本人の希望\n", "UnclosedQuote", 1, 9),
            ("policy: '本人の希望\nkind: plan\n", "UnclosedQuote", 1, 9),
            ("needs:\n  - need: \"一人で\n    goal: \"x\"\n", "UnclosedQuote", 2, 11),
            ("needs:\n  - need: \"一人で\n    行く\"\n", "QuotedTextIndent", 3, 5),
            (
                "weekly:\n  slots:\n    - days: [mon, wed\n      from: \"14:30\"\n",
                "UnclosedBracket",
                3,
                13,
            ),
            ("days: [mon, wed\n", "UnclosedBracket", 1, 7),
            ("days: [mon, wed, \n", "UnclosedBracket", 1, 7),
            ("person: {name: 山田\nnext: 1\n", "UnclosedBracket", 1, 9),
            ("person:\n    name: 山田\n  called: はなちゃん\n", "OddFirstLine", 2, 5),
            ("person:\n  name: x\n called: y\n", "Misaligned", 3, 2),
            ("person:\n  name: 山田\n    called: はなちゃん\n", "TooDeep", 3, 5),
            ("format: 1\n kind: plan\n", "TooDeep", 2, 2),
            ("needs:\n  - id: a\n   goal: x\n", "Misaligned", 3, 4),
            ("needs:\n  - id: a\n     goal: x\n", "TooDeep", 3, 6),
            ("needs:\n  - id: a\n  goal: x\n", "KeyInList", 3, 3),
            ("strengths:\n  - 絵\n  name: x\n", "KeyInList", 3, 3),
            ("person:\n  name: 山田\n  - 絵\n", "ListItemInMap", 3, 3),
            ("strengths:\n  - 絵\n-  歌\n", "ListItemInMap", 3, 1),
            ("person:\nname: 山田\n  called: はな\n", "TooDeep", 3, 3),
            ("person:\n  guardian:\n  name: 山田\n    relation: 母\n", "TooDeep", 4, 5),
            ("wishes:\n  person:\n  text: 絵をかきたい\n    voice: true\n", "TooDeep", 4, 5),
            (
                "needs:\n  - id: a\n    services:\n    - kind: x\n      detail: y\n   amount: z\n",
                "Misaligned",
                6,
                4,
            ),
            ("person:\n  guardian:\n name: x\n", "Misaligned", 3, 2),
            ("policy: '希望'を大切に\n", "QuoteAtStart", 1, 9),
            ("policy: \"希望\"を大切に\n", "QuoteAtStart", 1, 9),
            ("need: \"一人で\": 行く\n", "QuoteAtStart", 1, 7),
            ("person:\n  name：山田\n  called: はな\n", "FullWidthColon", 2, 7),
            ("format: 1\nkind：plan\n", "FullWidthColon", 2, 5),
            ("person：\n  name: 山田\n", "FullWidthColon", 1, 7),
            ("needs:\n  - id：a\n    goal: x\n", "FullWidthColon", 2, 7),
            ("needs:\n  - id: a\n  \u{3000}goal: x\n", "FullWidthSpace", 3, 3),
            (
                "person:\n  name: 山田\n\u{3000} called: はな\n  relation: 母\n",
                "FullWidthSpace",
                3,
                1,
            ),
            ("person:\u{3000}\n  name: x\n", "FullWidthSpace", 1, 8),
            ("person:\n  name:\u{3000}山田\n  called: x\n", "FullWidthSpace", 2, 8),
            ("needs:\n  － id: a\n    goal: x\n", "FullWidthDash", 2, 3),
            ("person:\n  name 山田\n  called: はな\n", "MissingColon", 2, 7),
            ("format: 1\nkind plan\n", "MissingColon", 2, 5),
            ("a: 1\n-----\nb: 2\n", "Divider", 2, 1),
            ("format: 1\n\u{feff}kind: plan\n", "Bom", 2, 1),
            ("email: @example\n", "SpecialChar", 1, 8),
            ("note: *重要\n", "SpecialChar", 1, 7),
            ("note: !重要 です\n", "SpecialChar", 1, 7),
            ("note: | とても大事\n", "SpecialChar", 1, 7),
            ("need: - 一人で\n", "SpecialChar", 1, 7),
            ("note: [大事] です\n", "TextAfterBracket", 1, 7),
            ("note: {大事} です\n", "TextAfterBracket", 1, 7),
            ("path: \"C:\\Users\\山田\"\n", "Backslash", 1, 10),
            ("policy: 本人の # メモ\n  希望\n", "CommentInText", 1, 13),
            ("policy: 本人の\n# メモ\n  希望\n", "CommentInText", 2, 1),
            ("notes: |\n  一行目\n 二行目\n", "BlockTextIndent", 3, 2),
            ("a:\n  notes: |\n      一行目\n    二行目\n", "BlockTextIndent", 4, 5),
            ("to: \"18:00\"#終わり\n", "HashWithoutSpace", 1, 12),
            ("strengths:\n  - [電車の名前\n  - 絵\nsupporters: x\n", "UnclosedBracket", 2, 5),
            ("readings:\n  𠮷田: よしだ\n[  𠮷川: よしかわ\n", "UnclosedBracket", 3, 1),
            ("person:\n name: 山田\n  called: はな\n", "OddFirstLine", 2, 2),
            (
                "weekly:\n\u{3000}slots:\n    - days: [mon]\n      from: a\n    \
                 - days: [tue]\n      from: b\n  daily_life:\n    - x\n",
                "FullWidthSpace",
                2,
                1,
            ),
            ("daily_life:\n  - 7:\t00 起床\n  - x: y\n", "Tab", 2, 7),
        ];
        for &(text, kind, line, column) in cases {
            let p = explained(text);
            let name = format!("{:?}", p.kind);
            let name = name.split([' ', '{']).next().unwrap_or_default();
            assert_eq!((name, p.line, p.column), (kind, line, column), "{text:?}");
        }
    }

    #[test]
    fn ids_are_listed() {
        let p = explained("person:\n\tname: x\n");
        assert!(FLUENT_IDS.contains(&p.message_id()));
        assert!(FLUENT_IDS.contains(&p.hint_id().as_str()));
        assert!(p.args().iter().any(|(k, v)| *k == "line" && *v == num(2)));
    }
}
