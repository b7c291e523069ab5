//! The command line: one module per command over the library's session.
//!
//! Exit codes: 0 success, 1 a plan with errors or a failed render, 2 the
//! command used the wrong way (unknown option, missing argument, bad
//! value), in every command.

mod args;
mod batch;
mod check;
mod due;
mod furigana;
mod i18n;
mod init;
mod pictograms;
mod plain;
mod render;
mod report;
mod schema;
mod serve;
mod watch;

use std::ffi::OsString;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args as _, CommandFactory};
use yomeru::Error;
use yomeru::locale::{DEFAULT_LANG, Locale, arg};
use yomeru::session::Session;

use args::{Cli, Command, RenderArgs};

impl i18n::Messages for Locale {
    fn message(&self, id: &str, args: &[(&str, String)]) -> Option<String> {
        let args: Vec<_> = args.iter().map(|(k, v)| (*k, arg(v.clone()))).collect();
        self.try_format(id, &args)
    }
}

impl i18n::LocalizedError for yomeru::japanese::grade::FuriganaError {
    const IDS: &'static [&'static str] = &["cli-reason-furigana"];
    fn reason(&self) -> i18n::Reason {
        ("cli-reason-furigana", vec![("value", self.value.clone())])
    }
}

impl i18n::LocalizedError for yomeru::typeset::PagesError {
    const IDS: &'static [&'static str] =
        &["cli-reason-pages-syntax", "cli-reason-pages-backwards", "cli-reason-pages-too-large"];
    fn reason(&self) -> i18n::Reason {
        use yomeru::typeset::PagesError;
        match self {
            PagesError::Syntax { part } => {
                ("cli-reason-pages-syntax", vec![("part", part.clone())])
            }
            PagesError::Backwards { part } => {
                ("cli-reason-pages-backwards", vec![("part", part.clone())])
            }
            PagesError::TooLarge { part } => (
                "cli-reason-pages-too-large",
                vec![("part", part.clone()), ("max", yomeru::typeset::MAX_PAGE.to_string())],
            ),
        }
    }
}

/// clap in the reader's language: help, headings and errors from Fluent.
fn localizer(messages: &dyn i18n::Messages) -> i18n::Localizer<'_> {
    i18n::Localizer::new(messages)
        .share(&RenderArgs::augment_args(clap::Command::new("render-args")))
        .reason::<yomeru::japanese::grade::FuriganaError>()
        .reason::<yomeru::typeset::PagesError>()
}

/// Parses the arguments, runs the command and turns the outcome into an
/// exit code.
pub fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    signals(&argv);
    // clap's help and errors need the language before it parses; an unknown
    // one gets Japanese here and is reported below.
    let lang = i18n::scan_option(&argv, "lang").unwrap_or_else(|| DEFAULT_LANG.into());
    let help = Locale::get(&lang).unwrap_or_else(Locale::default_lang);
    let cli: Cli = localizer(&*help).parse_from(Cli::command(), argv);
    let Some(locale) = Locale::get(&cli.lang) else {
        let e = yomeru::session::unknown_language(&cli.lang);
        eprintln!("{}", e.report(&Locale::default_lang()));
        return ExitCode::from(2);
    };
    match run(cli.command, &locale) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("{}", e.report(&locale));
            ExitCode::from(if e.is_usage() { 2 } else { 1 })
        }
    }
}

/// How the process ends on a signal: interrupted (Ctrl-C, SIGTERM,
/// SIGHUP), it finishes or undoes the renames of a write in progress,
/// removes its temporary files and exits 130. A command that writes no
/// files ends quietly, as Unix tools do, when the reader of its output
/// goes away (`check … | head`) instead of panicking in `println!`; one
/// that writes files keeps SIGPIPE ignored, so a closed pipe cannot end it
/// between the renames of one write.
fn signals(argv: &[OsString]) {
    #[cfg(unix)]
    if !argv.iter().skip(1).any(|a| matches!(a.to_str(), Some("render" | "batch" | "watch"))) {
        // SAFETY: restoring the default disposition of SIGPIPE before any
        // thread is started; no Rust state is involved.
        unsafe {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        }
    }
    // Only fails when a handler is already set, which nothing else does.
    let _ = ctrlc::set_handler(|| {
        yomeru::caseload::remove_temporary_files();
        std::process::exit(130);
    });
}

/// Runs one command; `Ok(false)` means some input failed (already reported).
fn run(command: Command, locale: &Arc<Locale>) -> Result<bool, Error> {
    match command {
        Command::Render { plans, output, emit_typst, options } => {
            let session = Session::new(options.settings()?);
            let plans = render::distinct(&plans, &output)?;
            Ok(render::run(&session, &plans, &output, emit_typst.as_deref(), locale))
        }
        Command::Batch { inputs, output, force, jobs, options } => {
            let session = Session::new(options.settings()?);
            batch::run(&session, &inputs, &output, yomeru::caseload::Batch { force, jobs }, locale)
        }
        Command::Watch { plan, output, interval, options } => {
            let session = watch::session(options.settings()?);
            watch::run(&session, &plan, &output, interval, locale)
        }
        Command::Check { plans, stdin, format, max_sentence } => {
            let options = yomeru::japanese::check::Options { max_sentence };
            let session = Session::new(yomeru::session::Settings::default());
            if stdin {
                check::stdin(&session, format, &options, locale)?;
                return Ok(true);
            }
            Ok(check::files(&session, &plans, format, &options, locale))
        }
        Command::Plain { plans, stdin, format, write } => {
            let session = Session::new(yomeru::session::Settings::default());
            if stdin {
                plain::stdin(format, locale)?;
                return Ok(true);
            }
            Ok(plain::files(&session, &plans, format, write, locale))
        }
        Command::Furigana { output, furigana, wakachi } => {
            furigana::run(output, furigana, wakachi)?;
            Ok(true)
        }
        Command::Schema => {
            schema::run(locale);
            Ok(true)
        }
        Command::Due { dirs, month, format, ics } => {
            let at = args::month_arg(month.as_deref())?
                .unwrap_or_else(yomeru::caseload::due::this_month);
            due::run(&dirs, at, format, ics.as_deref(), locale)
        }
        Command::Report { dirs, output, format, from, to, min_count, emit_typst } => {
            let from = args::month_arg(from.as_deref())?;
            let to = args::month_arg(to.as_deref())?;
            if let (Some(f), Some(t)) = (from, to)
                && t < f
            {
                return Err(Error::usage("period-backwards"));
            }
            let options = yomeru::caseload::report::Options {
                from,
                to,
                // Up to the period's end, but never past today: a
                // fiscal year's report made in December counts to December.
                as_of: {
                    let now = yomeru::caseload::due::this_month();
                    to.map_or(now, |t| t.min(now))
                },
                min_count,
            };
            report::run(&dirs, &output, format, &options, emit_typst.as_deref(), locale)
        }
        Command::Init { name, kind, child, output } => {
            let name = (!name.is_empty()).then(|| name.join(" "));
            init::run(&init::Request { kind: kind.kind(), child, name, output }, locale)
        }
        Command::Serve { dir, port, no_open } => {
            serve::run(dir.unwrap_or_else(|| ".".into()), port.unwrap_or(0), !no_open, locale)
        }
        Command::Pictograms { word, sheet, output, monochrome } => {
            if sheet {
                pictograms::sheet(word.as_deref(), &output, monochrome, locale)
            } else {
                pictograms::list(word.as_deref(), locale)
            }
        }
    }
}

/// Prints the warnings of a render, then what was written, one line per file.
fn report_written(written: &yomeru::caseload::Written, locale: &Locale) {
    for w in &written.warnings {
        eprintln!("{}", w.report(locale));
    }
    for (path, pages) in &written.files {
        println!(
            "{}",
            locale.format(
                "cli-wrote",
                &[("file", arg(path.display().to_string())), ("pages", (*pages as i64).into())],
            )
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ja_and_en_have_every_cli_message() {
        for lang in ["ja", "en"] {
            let locale = Locale::get(lang).unwrap();
            let l = localizer(&*locale);
            assert_eq!(l.missing_ids(&Cli::command()), Vec::<String>::new(), "{lang} lacks");
            assert!(l.conflicting_ids(&Cli::command()).is_empty());
        }
    }
}
