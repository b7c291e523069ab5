//! clap's help and errors in the user's language, from message ids.
//!
//! clap 4 writes a few words itself, in English: the section headings (`Usage:`,
//! `Arguments:`, `Options:`, `Commands:`), `[default: …]`, `[possible values: …]`,
//! the `-h`/`-V` descriptions, the `help` subcommand, and every error. This module
//! replaces all of them through clap's own API, so nothing is parsed out of clap's
//! English output:
//!
//! - [`Localizer::localize`] rewrites a [`Command`] tree before parsing: about texts,
//!   argument help, headings (through [`Arg::help_heading`] and
//!   [`Command::subcommand_help_heading`]), a [`Command::help_template`] with the
//!   usage heading, defaults and possible values (hidden from clap and written into
//!   the help text), and its own `--help`/`--version` arguments
//!   ([`Command::disable_help_flag`]).
//! - [`Localizer::localize_error`] turns a parse error into one whose text is built
//!   from [`clap::Error::kind`] and [`clap::Error::get`], printed by clap itself
//!   ([`clap::Error::exit`]: colours, stdout/stderr, exit code 0 or 2).
//!
//! What the program supplies:
//! - a [`Messages`] lookup (any `Fn(&str, &[(&str, String)]) -> Option<String>`), for
//!   yomeru `Locale::try_format`;
//! - optionally the argument groups that share ids ([`Localizer::share`]) and the
//!   `FromStr` error types that can explain themselves ([`Localizer::reason`]).
//!
//! Message ids (see [`Localizer::required_ids`], which a test compares with each
//! language): `cli-about[-<path>]` per command, `cli-arg[-<path>]-<arg>` per argument
//! (`cli-arg-<arg>` when shared or at the top), `cli-value-<arg part>-<value>` per
//! possible value, `cli-heading-<slug>` per custom heading, and the fixed ids in
//! [`FIXED_IDS`]. `<path>` is the subcommand path joined by `-`; `_` becomes `-`.
//!
//! Needs: clap 4.6 with its default features (`error-context` and `suggestions`
//! fill the error context read here) plus `string` (texts made at run time), and
//! `strsim` 0.11 (clap's own similarity measure, for one tip). Message arguments
//! may carry ANSI style codes, which clap strips when colour is off; the messages
//! should not add bidi isolation marks around them (yomeru's `Locale` does not).

use std::error::Error as StdError;
use std::ffi::OsString;
use std::fmt::Write as _;

use clap::builder::{PossibleValue, StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command, FromArgMatches};

/// Where the texts come from: the message `id` formatted with `args`, or `None`
/// when the language has no such message.
pub trait Messages {
    /// The text of message `id`, or `None` if it does not exist.
    fn message(&self, id: &str, args: &[(&str, String)]) -> Option<String>;
}

impl<F> Messages for F
where
    F: Fn(&str, &[(&str, String)]) -> Option<String>,
{
    fn message(&self, id: &str, args: &[(&str, String)]) -> Option<String> {
        self(id, args)
    }
}

/// A message id with its arguments.
pub type Reason = (&'static str, Vec<(&'static str, String)>);

/// An error of a `FromStr` value parser that can be said in the user's language.
///
/// clap keeps such an error as the source of its `ValueValidation` error; a type
/// registered with [`Localizer::reason`] is recognised there by `downcast_ref`.
pub trait LocalizedError: StdError + 'static {
    /// Every message id [`LocalizedError::reason`] can return (for the tests).
    const IDS: &'static [&'static str];
    /// The message id and arguments that explain this error.
    fn reason(&self) -> Reason;
}

impl LocalizedError for std::num::ParseIntError {
    const IDS: &'static [&'static str] =
        &[REASON_NOT_INTEGER, REASON_INTEGER_TOO_LARGE, REASON_INTEGER_TOO_SMALL];
    fn reason(&self) -> Reason {
        use std::num::IntErrorKind;
        let id = match self.kind() {
            IntErrorKind::PosOverflow => REASON_INTEGER_TOO_LARGE,
            IntErrorKind::NegOverflow | IntErrorKind::Zero => REASON_INTEGER_TOO_SMALL,
            _ => REASON_NOT_INTEGER,
        };
        (id, Vec::new())
    }
}

impl LocalizedError for std::num::ParseFloatError {
    const IDS: &'static [&'static str] = &[REASON_NOT_NUMBER];
    fn reason(&self) -> Reason {
        (REASON_NOT_NUMBER, Vec::new())
    }
}

const HEADING_USAGE: &str = "cli-heading-usage";
const HEADING_ARGUMENTS: &str = "cli-heading-arguments";
const HEADING_OPTIONS: &str = "cli-heading-options";
const HEADING_COMMANDS: &str = "cli-heading-commands";
const HELP_FLAG: &str = "cli-help-flag";
const HELP_FLAG_MORE: &str = "cli-help-flag-more";
const HELP_FLAG_SUMMARY: &str = "cli-help-flag-summary";
const VERSION_FLAG: &str = "cli-version-flag";
const HELP_ABOUT: &str = "cli-about-help";
const HELP_ARG: &str = "cli-arg-help-command";
const HELP_DEFAULT: &str = "cli-help-default";
const HELP_VALUES: &str = "cli-help-possible-values";
const HELP_VALUES_HEADING: &str = "cli-help-possible-values-heading";
const ERROR: &str = "cli-error";
const TIP: &str = "cli-error-tip";
const TRY_HELP: &str = "cli-error-try-help";
const UNKNOWN_ARGUMENT: &str = "cli-error-unknown-argument";
const UNKNOWN_SUBCOMMAND: &str = "cli-error-unknown-subcommand";
const INVALID_VALUE: &str = "cli-error-invalid-value";
const VALUE_MISSING: &str = "cli-error-value-missing";
const POSSIBLE_VALUES: &str = "cli-error-possible-values";
const VALUE_VALIDATION: &str = "cli-error-value-validation";
const TOO_MANY_VALUES: &str = "cli-error-too-many-values";
const TOO_FEW_VALUES: &str = "cli-error-too-few-values";
const WRONG_NUMBER: &str = "cli-error-wrong-number-of-values";
const NO_EQUALS: &str = "cli-error-no-equals";
const CONFLICT: &str = "cli-error-conflict";
const CONFLICT_MANY: &str = "cli-error-conflict-many";
const CONFLICT_ANY: &str = "cli-error-conflict-any";
const USED_TWICE: &str = "cli-error-used-twice";
const SUB_CONFLICT: &str = "cli-error-subcommand-conflict";
const SUB_CONFLICT_MANY: &str = "cli-error-subcommand-conflict-many";
const SUB_CONFLICT_ANY: &str = "cli-error-subcommand-conflict-any";
const MISSING_REQUIRED: &str = "cli-error-missing-required";
const MISSING_SUBCOMMAND: &str = "cli-error-missing-subcommand";
const POSSIBLE_SUBCOMMANDS: &str = "cli-error-possible-subcommands";
const INVALID_UTF8: &str = "cli-error-invalid-utf8";
const TIP_SIMILAR_ARGUMENT: &str = "cli-error-tip-similar-argument";
const TIP_SIMILAR_SUBCOMMAND: &str = "cli-error-tip-similar-subcommand";
const TIP_SIMILAR_VALUE: &str = "cli-error-tip-similar-value";
const TIP_SUBCOMMAND_ARGUMENT: &str = "cli-error-tip-subcommand-argument";
const TIP_AFTER_DASHES: &str = "cli-error-tip-after-dashes";
const TIP_REMOVE_DASHES: &str = "cli-error-tip-remove-dashes";
const REASON_NOT_INTEGER: &str = "cli-reason-not-integer";
const REASON_INTEGER_TOO_LARGE: &str = "cli-reason-integer-too-large";
const REASON_INTEGER_TOO_SMALL: &str = "cli-reason-integer-too-small";
const REASON_NOT_NUMBER: &str = "cli-reason-not-number";

/// The ids every program needs, whatever its commands: headings, the help and
/// version flags, the `help` subcommand, help decorations and the error texts.
// Like the id listings below, for the program's tests, not its run.
#[cfg_attr(not(test), allow(dead_code))]
pub const FIXED_IDS: &[&str] = &[
    HEADING_USAGE,
    HEADING_ARGUMENTS,
    HEADING_OPTIONS,
    HEADING_COMMANDS,
    HELP_FLAG,
    HELP_FLAG_MORE,
    HELP_FLAG_SUMMARY,
    VERSION_FLAG,
    HELP_ABOUT,
    HELP_ARG,
    HELP_DEFAULT,
    HELP_VALUES,
    HELP_VALUES_HEADING,
    ERROR,
    TIP,
    TRY_HELP,
    UNKNOWN_ARGUMENT,
    UNKNOWN_SUBCOMMAND,
    INVALID_VALUE,
    VALUE_MISSING,
    POSSIBLE_VALUES,
    VALUE_VALIDATION,
    TOO_MANY_VALUES,
    TOO_FEW_VALUES,
    WRONG_NUMBER,
    NO_EQUALS,
    CONFLICT,
    CONFLICT_MANY,
    CONFLICT_ANY,
    USED_TWICE,
    SUB_CONFLICT,
    SUB_CONFLICT_MANY,
    SUB_CONFLICT_ANY,
    MISSING_REQUIRED,
    MISSING_SUBCOMMAND,
    POSSIBLE_SUBCOMMANDS,
    INVALID_UTF8,
    TIP_SIMILAR_ARGUMENT,
    TIP_SIMILAR_SUBCOMMAND,
    TIP_SIMILAR_VALUE,
    TIP_SUBCOMMAND_ARGUMENT,
    TIP_AFTER_DASHES,
    TIP_REMOVE_DASHES,
];

/// clap's indentation of the lines under an error message.
const TAB: &str = "  ";

/// The display order clap gives its own `--help` and `--version` (none set, read
/// as 999), so that they stay at the end instead of taking the next number.
const BUILT_IN_ORDER: usize = 999;

/// The id, flags and English help of an argument of a shared group.
struct SharedArg {
    id: String,
    short: Option<char>,
    long: Option<String>,
    help: Option<String>,
}

/// Recognises one [`LocalizedError`] type among value-parser errors.
struct ReasonHook {
    #[cfg_attr(not(test), allow(dead_code))]
    ids: &'static [&'static str],
    get: fn(&(dyn StdError + 'static)) -> Option<Reason>,
}

fn downcast_reason<E: LocalizedError>(e: &(dyn StdError + 'static)) -> Option<Reason> {
    e.downcast_ref::<E>().map(E::reason)
}

/// What a command inherits from its parent that decides its own flags.
#[derive(Clone, Copy, Default)]
struct Inherited {
    /// An ancestor disabled `--help` (clap propagates that setting).
    help_disabled: bool,
    /// An ancestor's `--version` is propagated here.
    version: bool,
    /// An ancestor has a global argument with a long help.
    long_help: bool,
}

/// Localises a clap [`Command`] and its errors with [`Messages`].
pub struct Localizer<'m> {
    messages: &'m dyn Messages,
    shared: Vec<SharedArg>,
    reasons: Vec<ReasonHook>,
}

impl<'m> Localizer<'m> {
    /// A localizer taking its texts from `messages`; integer and decimal parse
    /// errors are already recognised.
    pub fn new(messages: &'m dyn Messages) -> Self {
        Localizer { messages, shared: Vec::new(), reasons: Vec::new() }
            .reason::<std::num::ParseIntError>()
            .reason::<std::num::ParseFloatError>()
    }

    /// Gives the arguments of `group` one id each, `cli-arg-<arg>`, wherever they
    /// appear. Build `group` with `MyArgs::augment_args(Command::new("group"))`.
    ///
    /// clap does not record where a flattened argument came from, so an argument
    /// counts as the group's when its id, short, long and English help all match:
    /// an unrelated argument of the same name (`check --format`) keeps its own id.
    pub fn share(mut self, group: &Command) -> Self {
        for arg in group.get_arguments() {
            self.shared.push(SharedArg {
                id: arg.get_id().to_string(),
                short: arg.get_short(),
                long: arg.get_long().map(str::to_string),
                help: arg.get_help().map(ToString::to_string),
            });
        }
        self
    }

    /// Explains value-parser errors of type `E` with their own messages instead of
    /// their (English) `Display`.
    pub fn reason<E: LocalizedError>(mut self) -> Self {
        self.reasons.push(ReasonHook { ids: E::IDS, get: downcast_reason::<E> });
        self
    }

    /// Every message id `cmd` needs: [`FIXED_IDS`], the ids of the registered
    /// reasons, and one per command, visible argument and possible value.
    /// Walks the tree as given, before [`Localizer::localize`].
    // The id listings serve the program's tests, not its run.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn required_ids(&self, cmd: &Command) -> Vec<String> {
        let mut ids: Vec<String> = FIXED_IDS.iter().map(|s| s.to_string()).collect();
        ids.extend(self.reasons.iter().flat_map(|r| r.ids).map(|s| s.to_string()));
        self.walk(cmd, &mut Vec::new(), &mut |id, _| ids.push(id));
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(id.clone()));
        ids
    }

    /// The ids of [`Localizer::required_ids`] that the messages lack.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn missing_ids(&self, cmd: &Command) -> Vec<String> {
        self.required_ids(cmd)
            .into_iter()
            .filter(|id| self.messages.message(id, &[]).is_none())
            .collect()
    }

    /// Ids given to arguments that are not the same (different English help or
    /// values): one text cannot describe both, so each needs its own id.
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn conflicting_ids(&self, cmd: &Command) -> Vec<String> {
        let mut seen: Vec<(String, String)> = Vec::new();
        let mut conflicts = Vec::new();
        self.walk(cmd, &mut Vec::new(), &mut |id, what| {
            let Some(what) = what else { return };
            match seen.iter().find(|(i, _)| *i == id) {
                Some((_, w)) if *w != what && !conflicts.contains(&id) => conflicts.push(id),
                Some(_) => {}
                None => seen.push((id, what)),
            }
        });
        conflicts
    }

    /// Calls `f` with each id of the tree; for arguments also with a description
    /// of what the id stands for (for [`Localizer::conflicting_ids`]).
    #[cfg_attr(not(test), allow(dead_code))]
    fn walk(
        &self,
        cmd: &Command,
        path: &mut Vec<String>,
        f: &mut dyn FnMut(String, Option<String>),
    ) {
        f(about_id(path), None);
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = self.arg_id(path, arg);
            let values = possible_values(arg);
            let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
            let what = format!("{:?} {:?}", arg.get_help().map(ToString::to_string), names);
            for v in &values {
                f(value_id(&id, v.get_name()), None);
            }
            if let Some(heading) = arg.get_help_heading() {
                f(heading_id(heading), None);
            }
            f(id, Some(what));
        }
        for sub in cmd.get_subcommands() {
            path.push(slug(sub.get_name()));
            self.walk(sub, path, f);
            path.pop();
        }
    }

    fn is_shared(&self, arg: &Arg) -> bool {
        self.shared.iter().any(|s| {
            s.id == arg.get_id().as_str()
                && s.short == arg.get_short()
                && s.long.as_deref() == arg.get_long()
                && s.help == arg.get_help().map(ToString::to_string)
        })
    }

    fn arg_id(&self, path: &[String], arg: &Arg) -> String {
        let name = slug(arg.get_id().as_str());
        if path.is_empty() || self.is_shared(arg) {
            format!("cli-arg-{name}")
        } else {
            format!("cli-arg-{}-{name}", path.join("-"))
        }
    }

    /// The text of `id`; a missing message shows as its id, so a gap is visible
    /// (and the completeness test names it).
    fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    fn format(&self, id: &str, args: &[(&str, String)]) -> String {
        self.messages.message(id, args).unwrap_or_else(|| id.to_string())
    }

    /// `cmd` with every text clap shows replaced by a message, built and ready to
    /// parse (use `try_get_matches_from_mut` to keep it for
    /// [`Localizer::localize_error`]).
    pub fn localize(&self, cmd: Command) -> Command {
        let mut cmd = self.localize_tree(cmd, &mut Vec::new(), Inherited::default());
        // The `help` subcommand only exists once clap has built the tree.
        cmd.build();
        self.localize_help_subcommand(&mut cmd);
        pin_usage(&mut cmd);
        cmd
    }

    fn localize_tree(&self, cmd: Command, path: &mut Vec<String>, from: Inherited) -> Command {
        let styles = cmd.get_styles().clone();
        let mut cmd = cmd.about(self.text(&about_id(path))).long_about(None);
        let path_now = path.clone();
        let mut positional = 0;
        cmd = cmd.mut_args(|arg| {
            if arg.is_hide_set() {
                return arg;
            }
            let id = self.arg_id(&path_now, &arg);
            let mut arg = self.localize_arg(arg, &id, &styles);
            if arg.is_positional() {
                // Positionals now sit under a custom heading, where clap orders by
                // display order instead of by index.
                arg = arg.display_order(positional);
                positional += 1;
            }
            arg
        });
        let long_help = from.long_help || has_long_help(&cmd);
        let help_disabled = from.help_disabled || cmd.is_disable_help_flag_set();
        if !help_disabled {
            let help = Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .display_order(BUILT_IN_ORDER)
                .help_heading(self.text(HEADING_OPTIONS));
            let help = if long_help {
                help.help(self.text(HELP_FLAG_MORE)).long_help(self.text(HELP_FLAG_SUMMARY))
            } else {
                help.help(self.text(HELP_FLAG))
            };
            cmd = cmd.disable_help_flag(true).arg(help);
        }
        let version = from.version || !cmd.is_disable_version_flag_set();
        if version {
            let arg = Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(BUILT_IN_ORDER)
                .help(self.text(VERSION_FLAG))
                .help_heading(self.text(HEADING_OPTIONS));
            cmd = cmd.disable_version_flag(true).arg(arg);
        }
        let inherited = Inherited {
            help_disabled,
            version: version && cmd.is_propagate_version_set(),
            long_help: from.long_help
                || cmd.get_arguments().any(|a| a.is_global_set() && a.get_long_help().is_some()),
        };
        cmd = self.decorate(cmd);
        cmd.mut_subcommands(|sub| {
            path.push(slug(sub.get_name()));
            let sub = self.localize_tree(sub, path, inherited);
            path.pop();
            sub
        })
    }

    /// The parts of a command's help that do not depend on its own messages: the
    /// template with the usage heading and the heading of subcommands.
    fn decorate(&self, cmd: Command) -> Command {
        // clap's default template, with the heading written instead of
        // `{usage-heading}` (always "Usage:").
        let usage = cmd.get_styles().get_usage();
        let heading = self.text(HEADING_USAGE);
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n\
             {usage}{heading}:{usage:#} {{usage}}\n\n\
             {{all-args}}{{after-help}}"
        );
        cmd.help_template(template).subcommand_help_heading(self.text(HEADING_COMMANDS))
    }

    /// Help text, heading, default and possible values of one argument.
    fn localize_arg(&self, arg: Arg, id: &str, styles: &Styles) -> Arg {
        let ctx = styles.get_context();
        let literal = styles.get_literal();
        let mut short = StyledStr::new();
        short.push_str(&self.text(id));
        let mut long = short.clone();
        let takes_values = arg.get_action().takes_values();
        let values = possible_values(&arg);
        let defaults: Vec<String> = if takes_values {
            arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect()
        } else {
            Vec::new()
        };
        let default = (!defaults.is_empty())
            .then(|| self.format(HELP_DEFAULT, &[("value", defaults.join(" "))]));
        if let Some(default) = &default {
            let _ = write!(short, " {ctx}{default}{ctx:#}");
        }
        if !values.is_empty() {
            let names: Vec<&str> = values.iter().map(PossibleValue::get_name).collect();
            let list = self.format(HELP_VALUES, &[("values", names.join(", "))]);
            let _ = write!(short, " {ctx}{list}{ctx:#}");
            // The long help lists each value with its description, like clap's
            // own "Possible values:" block.
            let width = names.iter().map(|n| n.len()).max().unwrap_or(0);
            let _ = write!(long, "\n\n{}", self.text(HELP_VALUES_HEADING));
            for v in &values {
                let name = v.get_name();
                let pad = width - name.len();
                let help = self.text(&value_id(id, name));
                let _ = write!(long, "\n- {literal}{name}{literal:#}: {:pad$}{help}", "");
            }
            if let Some(default) = &default {
                let _ = write!(long, "\n\n{ctx}{default}{ctx:#}");
            }
        }
        let heading = match arg.get_help_heading() {
            Some(h) => self.text(&heading_id(h)),
            None if arg.is_positional() => self.text(HEADING_ARGUMENTS),
            None => self.text(HEADING_OPTIONS),
        };
        // A long help of the original (a doc comment of several paragraphs) would
        // stay English: it is replaced or removed.
        let arg = if values.is_empty() { arg.long_help(None) } else { arg.long_help(long) };
        // clap asserts that only arguments taking values hide them.
        let arg = if takes_values {
            arg.hide_default_value(true).hide_possible_values(true)
        } else {
            arg
        };
        arg.help(short).help_heading(heading)
    }

    /// clap's `help` subcommand (and the `help` copies inside it), which only
    /// exists after [`Command::build`]. `get_subcommands_mut` keeps the order.
    fn localize_help_subcommand(&self, cmd: &mut Command) {
        for sub in cmd.get_subcommands_mut() {
            // A program's own subcommand called `help` is not supported: clap
            // would add its own beside it.
            if sub.get_name() == "help" {
                self.localize_help_tree(sub);
            } else {
                self.localize_help_subcommand(sub);
            }
        }
    }

    fn localize_help_tree(&self, cmd: &mut Command) {
        let mut help = self.decorate(std::mem::take(cmd));
        if help.get_name() == "help" {
            help = help.about(self.text(HELP_ABOUT));
        }
        // Without the expanded tree the subcommands are one positional argument.
        // `mut_args` keeps the order, which a built command's lookup table needs.
        let heading = self.text(HEADING_ARGUMENTS);
        let arg_help = self.text(HELP_ARG);
        *cmd = help.mut_args(|a| {
            if a.get_id() == "subcommand" {
                a.help(arg_help.clone()).help_heading(heading.clone())
            } else {
                a
            }
        });
        for sub in cmd.get_subcommands_mut() {
            self.localize_help_tree(sub);
        }
    }

    /// `err` with its text in the user's language, for [`clap::Error::exit`].
    ///
    /// `cmd` is the command returned by [`Localizer::localize`] (after parsing with
    /// it) and `argv` the arguments parsed. Help and version output, and errors
    /// clap made from a ready-made message, keep clap's text.
    pub fn localize_error(
        &self,
        cmd: &Command,
        err: clap::Error,
        argv: &[OsString],
    ) -> clap::error::Error<Prerendered> {
        let (text, err) = match self.render_error(cmd, &err, argv) {
            Some(text) => (text, err),
            None => {
                // clap's own text; `format` completes errors made from a message.
                let err = err.format(&mut cmd.clone());
                (err.render(), err)
            }
        };
        let mut err = err.apply::<Prerendered>();
        err.insert(ContextKind::Custom, ContextValue::StyledStr(text));
        err
    }

    /// Localises `cmd`, parses `argv` into `T`; help, version and errors are
    /// printed (localised) and the process exits, with 0 or 2 as clap does.
    pub fn parse_from<T, I, A>(&self, cmd: Command, argv: I) -> T
    where
        T: FromArgMatches,
        I: IntoIterator<Item = A>,
        A: Into<OsString>,
    {
        self.try_parse_from(cmd, argv).unwrap_or_else(|e| e.exit())
    }

    /// As [`Localizer::parse_from`], but returns the localised error.
    pub fn try_parse_from<T, I, A>(
        &self,
        cmd: Command,
        argv: I,
    ) -> Result<T, clap::error::Error<Prerendered>>
    where
        T: FromArgMatches,
        I: IntoIterator<Item = A>,
        A: Into<OsString>,
    {
        let argv: Vec<OsString> = argv.into_iter().map(Into::into).collect();
        let mut cmd = self.localize(cmd);
        cmd.try_get_matches_from_mut(argv.clone())
            .and_then(|mut m| T::from_arg_matches_mut(&mut m))
            .map_err(|e| self.localize_error(&cmd, e, &argv))
    }

    /// The localised text of `err`, or `None` when clap's text must stay (help,
    /// version, errors without the context this needs).
    pub fn render_error(
        &self,
        cmd: &Command,
        err: &clap::Error,
        argv: &[OsString],
    ) -> Option<StyledStr> {
        // The failing command: the one whose (pinned) usage the error carries;
        // value-validation errors carry none, so follow the subcommands in argv.
        let usage = err.get(ContextKind::Usage);
        let node = match usage {
            Some(ContextValue::StyledStr(u)) => find_by_usage(cmd, u),
            _ => Some(find_by_argv(cmd, argv)),
        };
        let styles = node.unwrap_or(cmd).get_styles();
        let (main, details, tips) = self.error_text(err, node, argv, styles)?;

        let (error, valid) = (styles.get_error(), styles.get_valid());
        let mut out = StyledStr::new();
        let _ = write!(out, "{error}{}{error:#} {main}", self.text(ERROR));
        for line in details {
            let _ = write!(out, "\n{TAB}{line}");
        }
        if !tips.is_empty() {
            out.push_str("\n");
        }
        for tip in tips {
            let _ = write!(out, "\n{TAB}{valid}{}{valid:#} {tip}", self.text(TIP));
        }
        match (node, usage) {
            (Some(node), Some(_)) => {
                let style = styles.get_usage();
                let body = node.get_overridden_usage().cloned().unwrap_or_default();
                let _ = write!(out, "\n\n{style}{}:{style:#} ", self.text(HEADING_USAGE));
                out.push_str(&body.ansi().to_string());
            }
            // Not found (a usage this module did not pin): clap's own line.
            (None, Some(ContextValue::StyledStr(u))) => {
                let _ = write!(out, "\n\n{}", u.ansi());
            }
            _ => {}
        }
        let bin = node.map(|n| n.get_bin_name().unwrap_or(n.get_name()).to_string());
        let literal = styles.get_literal();
        let command = match bin {
            Some(bin) => format!("{literal}{bin} --help{literal:#}"),
            None => format!("{literal}--help{literal:#}"),
        };
        let _ = write!(out, "\n\n{}\n", self.format(TRY_HELP, &[("command", command)]));
        Some(out)
    }

    /// The message, the lines under it and the tips of one error.
    fn error_text(
        &self,
        err: &clap::Error,
        node: Option<&Command>,
        argv: &[OsString],
        styles: &Styles,
    ) -> Option<(String, Vec<String>, Vec<String>)> {
        let (invalid, valid, literal) =
            (styles.get_invalid(), styles.get_valid(), styles.get_literal());
        let bad = |s: &str| format!("{invalid}{s}{invalid:#}");
        let good = |s: &str| format!("{valid}{s}{valid:#}");
        let lit = |s: &str| format!("{literal}{s}{literal:#}");
        let string = |k| match err.get(k) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let strings = |k| match err.get(k) {
            Some(ContextValue::Strings(s)) => Some(s.clone()),
            _ => None,
        };
        let number = |k| match err.get(k) {
            Some(ContextValue::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let mut details = Vec::new();
        let mut tips = Vec::new();
        let main = match err.kind() {
            ErrorKind::UnknownArgument => {
                let arg = string(ContextKind::InvalidArg)?;
                let similar = string(ContextKind::SuggestedArg);
                let in_sub = match (&similar, node) {
                    (None, Some(node)) if arg.starts_with("--") => {
                        flag_in_subcommand(node, &arg, argv)
                    }
                    _ => None,
                };
                if let Some(s) = &similar {
                    tips.push(self.format(TIP_SIMILAR_ARGUMENT, &[("suggestion", good(s))]));
                }
                if let Some(s) = &in_sub {
                    tips.push(self.format(TIP_SUBCOMMAND_ARGUMENT, &[("suggestion", good(s))]));
                }
                // The same conditions as clap's own tips (parser.rs).
                let has_positionals = node.is_some_and(|n| n.get_positionals().next().is_some());
                let captures = node.is_some_and(|n| {
                    n.get_positionals().any(|a| a.is_last_set() || a.is_trailing_var_arg_set())
                });
                if arg.starts_with('-')
                    && has_positionals
                    && ((similar.is_none() && in_sub.is_none()) || captures)
                {
                    let example = good(&format!("-- {arg}"));
                    tips.push(
                        self.format(
                            TIP_AFTER_DASHES,
                            &[("value", bad(&arg)), ("example", example)],
                        ),
                    );
                }
                if !arg.starts_with('-') && node.is_some_and(|n| n.find_subcommand(&arg).is_some())
                {
                    tips.push(self.format(TIP_REMOVE_DASHES, &[("subcommand", good(&arg))]));
                }
                self.format(UNKNOWN_ARGUMENT, &[("arg", bad(&arg))])
            }
            ErrorKind::InvalidSubcommand => {
                let sub = string(ContextKind::InvalidSubcommand)?;
                // clap lists candidates from least to most similar.
                if let Some(best) =
                    strings(ContextKind::SuggestedSubcommand).and_then(|s| s.last().cloned())
                {
                    tips.push(self.format(TIP_SIMILAR_SUBCOMMAND, &[("suggestion", good(&best))]));
                }
                if sub.starts_with('-')
                    && node.is_some_and(|n| n.get_positionals().next().is_some())
                {
                    let bin = node.map(|n| n.get_bin_name().unwrap_or(n.get_name())).unwrap_or("");
                    let example = good(&format!("{bin} -- {sub}"));
                    tips.push(
                        self.format(
                            TIP_AFTER_DASHES,
                            &[("value", bad(&sub)), ("example", example)],
                        ),
                    );
                }
                self.format(UNKNOWN_SUBCOMMAND, &[("subcommand", bad(&sub))])
            }
            ErrorKind::InvalidValue => {
                let arg = string(ContextKind::InvalidArg)?;
                let value = string(ContextKind::InvalidValue)?;
                if let Some(values) = strings(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                    let values: Vec<String> = values.iter().map(|v| good(v)).collect();
                    details.push(self.format(POSSIBLE_VALUES, &[("values", values.join(", "))]));
                }
                if let Some(s) = string(ContextKind::SuggestedValue) {
                    tips.push(self.format(TIP_SIMILAR_VALUE, &[("suggestion", good(&s))]));
                }
                if value.is_empty() {
                    self.format(VALUE_MISSING, &[("arg", lit(&arg))])
                } else {
                    self.format(INVALID_VALUE, &[("value", bad(&value)), ("arg", lit(&arg))])
                }
            }
            ErrorKind::ValueValidation => {
                let arg = string(ContextKind::InvalidArg)?;
                let value = string(ContextKind::InvalidValue)?;
                let reason = self.explain(err);
                self.format(
                    VALUE_VALIDATION,
                    &[("value", bad(&value)), ("arg", lit(&arg)), ("reason", reason)],
                )
            }
            ErrorKind::ArgumentConflict => {
                let prior = err.get(ContextKind::PriorArg);
                let (one, many, any, key, name) = match string(ContextKind::InvalidArg) {
                    Some(arg) => (CONFLICT, CONFLICT_MANY, CONFLICT_ANY, "arg", arg),
                    None => {
                        let sub = string(ContextKind::InvalidSubcommand)?;
                        (SUB_CONFLICT, SUB_CONFLICT_MANY, SUB_CONFLICT_ANY, "subcommand", sub)
                    }
                };
                match prior {
                    Some(ContextValue::String(p)) if *p == name && key == "arg" => {
                        self.format(USED_TWICE, &[("arg", bad(&name))])
                    }
                    Some(ContextValue::String(p)) => {
                        self.format(one, &[(key, bad(&name)), ("other", bad(p))])
                    }
                    Some(ContextValue::Strings(ps)) => {
                        details.extend(ps.iter().map(|p| bad(p)));
                        self.format(many, &[(key, bad(&name))])
                    }
                    _ => self.format(any, &[(key, bad(&name))]),
                }
            }
            ErrorKind::MissingRequiredArgument => {
                let args = strings(ContextKind::InvalidArg)?;
                details.extend(args.iter().map(|a| good(a)));
                self.text(MISSING_REQUIRED)
            }
            ErrorKind::MissingSubcommand => {
                let parent = string(ContextKind::InvalidSubcommand)?;
                if let Some(subs) = strings(ContextKind::ValidSubcommand).filter(|v| !v.is_empty())
                {
                    let subs: Vec<String> = subs.iter().map(|v| good(v)).collect();
                    details.push(self.format(POSSIBLE_SUBCOMMANDS, &[("values", subs.join(", "))]));
                }
                self.format(MISSING_SUBCOMMAND, &[("command", bad(&parent))])
            }
            ErrorKind::TooManyValues => {
                let arg = string(ContextKind::InvalidArg)?;
                let value = string(ContextKind::InvalidValue)?;
                self.format(TOO_MANY_VALUES, &[("value", bad(&value)), ("arg", lit(&arg))])
            }
            ErrorKind::TooFewValues => self.format(
                TOO_FEW_VALUES,
                &[
                    ("arg", lit(&string(ContextKind::InvalidArg)?)),
                    ("min", good(&number(ContextKind::MinValues)?)),
                    ("actual", bad(&number(ContextKind::ActualNumValues)?)),
                ],
            ),
            ErrorKind::WrongNumberOfValues => self.format(
                WRONG_NUMBER,
                &[
                    ("arg", lit(&string(ContextKind::InvalidArg)?)),
                    ("expected", good(&number(ContextKind::ExpectedNumValues)?)),
                    ("actual", bad(&number(ContextKind::ActualNumValues)?)),
                ],
            ),
            ErrorKind::NoEquals => {
                self.format(NO_EQUALS, &[("arg", bad(&string(ContextKind::InvalidArg)?))])
            }
            ErrorKind::InvalidUtf8 => self.text(INVALID_UTF8),
            // Help and version are clap's rendering of the localised command;
            // Io and Format carry a ready-made message; ErrorKind is non-exhaustive.
            _ => return None,
        };
        Some((main, details, tips))
    }

    /// Why a value parser refused a value: a registered [`LocalizedError`], else
    /// the parser's own (untranslated) text.
    fn explain(&self, err: &clap::Error) -> String {
        let Some(source) = StdError::source(err) else {
            return String::new();
        };
        for hook in &self.reasons {
            if let Some((id, args)) = (hook.get)(source) {
                let args: Vec<(&str, String)> = args.into_iter().collect();
                return self.format(id, &args);
            }
        }
        source.to_string()
    }
}

/// Formats errors made by [`Localizer::localize_error`]: their text is rendered in
/// advance and kept in [`ContextKind::Custom`], since an [`ErrorFormatter`] gets
/// no state of its own to find the messages with.
pub struct Prerendered;

impl ErrorFormatter for Prerendered {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        match error.get(ContextKind::Custom) {
            Some(ContextValue::StyledStr(text)) => text.clone(),
            _ => StyledStr::from(format!("{}\n", error.kind())),
        }
    }
}

/// The value of `--<long> X` or `--<long>=X` in `argv` (program name first),
/// read before clap parses so that its help and errors can be in that language.
/// Stops at `--`; the first occurrence wins.
pub fn scan_option(argv: &[OsString], long: &str) -> Option<String> {
    let flag = format!("--{long}");
    let prefix = format!("--{long}=");
    let mut args = argv.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        match arg {
            Some("--") => return None,
            Some(a) if a == flag => return args.next().flatten().map(str::to_string),
            Some(a) if a.starts_with(&prefix) => return Some(a[prefix.len()..].to_string()),
            _ => {}
        }
    }
    None
}

fn about_id(path: &[String]) -> String {
    if path.is_empty() { "cli-about".to_string() } else { format!("cli-about-{}", path.join("-")) }
}

/// `cli-value-<arg part>-<value>` for the argument message `arg_id`.
fn value_id(arg_id: &str, value: &str) -> String {
    format!("cli-value-{}-{}", arg_id.trim_start_matches("cli-arg-"), slug(value))
}

/// A custom heading (`next_help_heading`) is English text; its id is made from it.
fn heading_id(heading: &str) -> String {
    format!("cli-heading-{}", slug(heading))
}

/// A Fluent-safe id part: ASCII letters, digits and `-`.
fn slug(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect()
}

/// The visible possible values of `arg` (from its value parser: a `ValueEnum`).
fn possible_values(arg: &Arg) -> Vec<PossibleValue> {
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    let values = arg.get_value_parser().possible_values();
    values.map(|v| v.filter(|v| !v.is_hide_set()).collect()).unwrap_or_default()
}

/// Whether `-h` and `--help` differ, as clap decides it (`long_help_exists_`);
/// possible values no longer count: they are hidden and part of the long help.
fn has_long_help(cmd: &Command) -> bool {
    cmd.get_long_about().is_some()
        || cmd.get_before_long_help().is_some()
        || cmd.get_after_long_help().is_some()
        || cmd.get_arguments().any(|a| {
            !a.is_hide_set()
                && (a.get_long_help().is_some()
                    || a.is_hide_long_help_set()
                    || a.is_hide_short_help_set())
        })
}

/// Fixes every command's usage to the one its help shows.
///
/// clap writes "Usage:" into the usage it attaches to errors; pinning the usage
/// body makes that value equal to `render_usage()` of exactly one command, so the
/// failing command is found by comparison and its body printed under a
/// translated heading. (Errors about missing arguments lose clap's shortened
/// usage; they show the full one.)
fn pin_usage(cmd: &mut Command) {
    let mut probe = cmd.clone().help_template("{usage}");
    let body = probe.render_help().ansi().to_string();
    *cmd = std::mem::take(cmd).override_usage(body.trim_end().to_string());
    for sub in cmd.get_subcommands_mut() {
        pin_usage(sub);
    }
}

fn find_by_usage<'c>(cmd: &'c Command, usage: &StyledStr) -> Option<&'c Command> {
    if cmd.clone().render_usage() == *usage {
        return Some(cmd);
    }
    cmd.get_subcommands().find_map(|sub| find_by_usage(sub, usage))
}

/// The deepest subcommand named in order in `argv`: good enough to name the
/// command in the `--help` hint of errors that carry no usage.
fn find_by_argv<'c>(cmd: &'c Command, argv: &[OsString]) -> &'c Command {
    let mut node = cmd;
    for arg in argv.iter().skip(1).filter_map(|a| a.to_str()) {
        if arg == "--" {
            break;
        }
        if let Some(sub) = node.find_subcommand(arg) {
            node = sub;
        }
    }
    node
}

/// clap's "'sub --flag' exists": a subcommand named later in `argv` has a flag
/// like `arg` (same similarity as clap's: Jaro above 0.7).
fn flag_in_subcommand(node: &Command, arg: &str, argv: &[OsString]) -> Option<String> {
    let name = arg.trim_start_matches("--");
    let after: Vec<&str> = argv
        .iter()
        .filter_map(|a| a.to_str())
        .skip_while(|a| *a != arg && a.split('=').next() != Some(arg))
        .skip(1)
        .collect();
    node.get_subcommands()
        .filter_map(|sub| {
            let position = after.iter().position(|a| *a == sub.get_name())?;
            let best = sub
                .get_arguments()
                .filter_map(Arg::get_long)
                .map(|l| (strsim::jaro(name, l), l))
                .filter(|(score, _)| *score > 0.7)
                .max_by(|a, b| a.0.total_cmp(&b.0))?;
            Some((position, format!("{} --{}", sub.get_name(), best.1)))
        })
        .min_by_key(|(position, _)| *position)
        .map(|(_, s)| s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    /// Messages that show their id and arguments, so tests see which was used.
    fn ids(id: &str, args: &[(&str, String)]) -> Option<String> {
        let args: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
        Some(format!(
            "<{id}{}>",
            if args.is_empty() { String::new() } else { format!(" {}", args.join(" ")) }
        ))
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Colour {
        Red,
        /// Not red.
        Blue,
    }

    fn toy() -> Command {
        Command::new("toy")
            .version("1.0")
            .about("A toy.")
            .arg(
                Arg::new("quiet")
                    .long("quiet")
                    .global(true)
                    .action(ArgAction::SetTrue)
                    .help("Say less."),
            )
            .subcommand(
                Command::new("paint")
                    .about("Paint.")
                    .arg(Arg::new("file").required(true).help("File."))
                    .arg(
                        Arg::new("colour")
                            .long("colour")
                            .value_parser(clap::value_parser!(Colour))
                            .default_value("red")
                            .help("Colour."),
                    )
                    .arg(
                        Arg::new("count")
                            .long("count")
                            .value_parser(clap::value_parser!(usize))
                            .help("How many."),
                    ),
            )
            .subcommand(
                Command::new("wash")
                    .about("Wash.")
                    .arg(Arg::new("colour").long("colour").help("Wash."))
                    .next_help_heading("Extra care")
                    .arg(Arg::new("dry").long("dry").action(ArgAction::SetTrue).help("Dry.")),
            )
    }

    fn argv(args: &[&str]) -> Vec<OsString> {
        std::iter::once("toy").chain(args.iter().copied()).map(OsString::from).collect()
    }

    fn error_of(args: &[&str]) -> (ErrorKind, String) {
        let l = Localizer::new(&ids);
        let argv = argv(args);
        let mut cmd = l.localize(toy());
        let err = cmd.try_get_matches_from_mut(argv.clone()).unwrap_err();
        let kind = err.kind();
        (kind, l.localize_error(&cmd, err, &argv).render().to_string())
    }

    #[test]
    fn lists_the_ids_of_the_whole_tree() {
        let ids = Localizer::new(&ids).required_ids(&toy());
        for id in [
            "cli-about",
            "cli-about-paint",
            "cli-arg-quiet",
            "cli-arg-paint-file",
            "cli-arg-paint-colour",
            "cli-value-paint-colour-red",
            "cli-value-paint-colour-blue",
            "cli-arg-wash-colour",
            "cli-heading-extra-care",
            "cli-reason-not-integer",
            "cli-heading-usage",
        ] {
            assert!(ids.iter().any(|i| i == id), "{id} in {ids:?}");
        }
    }

    #[test]
    fn missing_messages_are_named() {
        let partial =
            |id: &str, _: &[(&str, String)]| (id != "cli-about-wash").then(|| id.to_string());
        assert_eq!(Localizer::new(&partial).missing_ids(&toy()), vec!["cli-about-wash"]);
    }

    #[test]
    fn shared_arguments_get_one_id_and_collisions_are_found() {
        let group = Command::new("g").arg(Arg::new("colour").long("colour").help("Colour."));
        let l = Localizer::new(&ids).share(&group);
        let ids = l.required_ids(&toy());
        assert!(
            ids.contains(&"cli-arg-colour".to_string())
                && ids.contains(&"cli-arg-wash-colour".to_string())
        );
        assert!(l.conflicting_ids(&toy()).is_empty());
        // A top-level `--colour` with another meaning would share the id.
        let clash = toy().arg(Arg::new("colour").long("colour").help("Other."));
        assert_eq!(l.conflicting_ids(&clash), vec!["cli-arg-colour"]);
    }

    #[test]
    fn help_has_no_english_left() {
        let l = Localizer::new(&ids);
        let mut cmd = l.localize(toy());
        let top = cmd.render_help().to_string();
        let paint = cmd.find_subcommand_mut("paint").unwrap().render_long_help().to_string();
        for text in [&top, &paint] {
            for english in
                ["Usage:", "Options:", "Arguments:", "Commands:", "Print", "[default", "values:"]
            {
                assert!(!text.contains(english), "{english} in\n{text}");
            }
        }
        assert!(top.contains("<cli-heading-usage>: toy [OPTIONS] [COMMAND]"), "{top}");
        assert!(
            top.contains("<cli-heading-commands>:") && top.contains("<cli-about-help>"),
            "{top}"
        );
        assert!(top.contains("-V, --version  <cli-version-flag>"), "{top}");
        assert!(paint.contains("<cli-heading-arguments>:\n  <file>"), "{paint}");
        assert!(paint.contains("<cli-help-default value=red>"), "{paint}");
        assert!(paint.contains("- blue: <cli-value-paint-colour-blue>"), "{paint}");
        assert!(paint.contains("<cli-help-flag-summary>"), "{paint}");
        assert!(paint.contains("--quiet"), "global arguments reach subcommands: {paint}");
        let wash = cmd.find_subcommand_mut("wash").unwrap().render_help().to_string();
        assert!(wash.contains("<cli-heading-extra-care>:\n      --dry"), "{wash}");
    }

    #[test]
    fn errors_are_built_from_their_context() {
        let (kind, text) = error_of(&["paint", "--colr", "x"]);
        assert_eq!(kind, ErrorKind::UnknownArgument);
        assert!(text.starts_with("<cli-error> <cli-error-unknown-argument arg=--colr>"), "{text}");
        assert!(
            text.contains("<cli-error-tip> <cli-error-tip-similar-argument suggestion=--colour>"),
            "{text}"
        );
        assert!(text.contains("<cli-heading-usage>: toy paint [OPTIONS] <file>"), "{text}");
        assert!(text.ends_with("<cli-error-try-help command=toy paint --help>\n"), "{text}");

        let (kind, text) = error_of(&["paint", "f", "--colour", "blu"]);
        assert_eq!(kind, ErrorKind::InvalidValue);
        assert!(text.contains("<cli-error-possible-values values=red, blue>"), "{text}");
        assert!(text.contains("<cli-error-tip-similar-value suggestion=blue>"), "{text}");

        let (kind, text) = error_of(&["paint", "f", "--count", "99999999999999999999999"]);
        assert_eq!(kind, ErrorKind::ValueValidation);
        assert!(text.contains("reason=<cli-reason-integer-too-large>"), "{text}");
        assert!(text.contains("command=toy paint --help"), "{text}");

        let (kind, text) = error_of(&["--colour", "red", "paint", "f"]);
        assert_eq!(kind, ErrorKind::UnknownArgument);
        assert!(text.contains("suggestion=paint --colour"), "{text}");

        let (kind, text) = error_of(&["pain"]);
        assert_eq!(kind, ErrorKind::InvalidSubcommand);
        assert!(text.contains("<cli-error-tip-similar-subcommand suggestion=paint>"), "{text}");

        let (kind, text) = error_of(&["paint"]);
        assert_eq!(kind, ErrorKind::MissingRequiredArgument);
        assert!(text.contains("<cli-error-missing-required>\n  <file>"), "{text}");

        let (kind, text) = error_of(&["paint", "f", "--quiet=yes"]);
        assert_eq!(kind, ErrorKind::TooManyValues);
        assert!(text.contains("<cli-error-too-many-values value=yes arg=--quiet>"), "{text}");

        let (kind, text) = error_of(&["paint", "f", "-x"]);
        assert_eq!(kind, ErrorKind::UnknownArgument);
        assert!(text.contains("<cli-error-tip-after-dashes value=-x example=-- -x>"), "{text}");
    }

    #[test]
    fn help_and_version_keep_clap_behaviour() {
        let l = Localizer::new(&ids);
        let err = l.try_parse_from::<(), _, _>(toy(), argv(&["--help"])).unwrap_err();
        assert_eq!(
            (err.kind(), err.exit_code(), err.use_stderr()),
            (ErrorKind::DisplayHelp, 0, false)
        );
        let err = l.try_parse_from::<(), _, _>(toy(), argv(&["-V"])).unwrap_err();
        assert_eq!(err.render().to_string(), "toy 1.0\n");
        let err = l.try_parse_from::<(), _, _>(toy(), argv(&["help", "paint"])).unwrap_err();
        assert!(err.render().to_string().contains("<cli-about-paint>"));
        let err = l.try_parse_from::<(), _, _>(toy(), argv(&["wash", "--bad"])).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn language_is_found_before_parsing() {
        let scan = |args: &[&str]| scan_option(&argv(args), "lang");
        assert_eq!(scan(&["--lang", "en", "paint"]), Some("en".into()));
        assert_eq!(scan(&["paint", "--lang=en"]), Some("en".into()));
        assert_eq!(scan(&["paint", "--", "--lang", "en"]), None);
        assert_eq!(scan(&["paint", "--lang"]), None);
        assert_eq!(scan(&["--language", "en"]), None);
    }
}
