//! The `yomeru` command: argument parsing, files and exit codes only.
//!
//! Exit codes: 0 success, 1 bad input or a failed render, 2 bad usage
//! (clap's own convention).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use yomeru::batch::{self, Document, Renderers, Settings};
use yomeru::locale::{Locale, arg};
use yomeru::plan::LoadedPlan;
use yomeru::render::Variant;
use yomeru::typeset::{Pages, PdfStandard};
use yomeru::{Error, ErrorKind};

/// yomeru（読める）: サービス等利用計画を、本人が読める PDF に。
#[derive(Parser, Debug)]
#[command(name = "yomeru", version, about, long_about = None)]
struct Cli {
    /// Language of messages and labels (ja, en, …).
    #[arg(long, global = true, default_value = "ja")]
    lang: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Render plan files to PDF (or PNG/SVG page previews).
    Render {
        /// Plan files (.yaml, .yml, .json, .toml).
        #[arg(required = true)]
        plans: Vec<PathBuf>,
        /// Output folder.
        #[arg(short, long, default_value = ".")]
        output: PathBuf,
        #[command(flatten)]
        options: RenderArgs,
    },
    /// Render every plan under folders (recursively) in parallel, skipping
    /// plans whose inputs have not changed; outputs mirror the input tree.
    Batch {
        /// Folders and plan files.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output folder.
        #[arg(short, long)]
        output: PathBuf,
        /// Render every plan even if its outputs are up to date.
        #[arg(long)]
        force: bool,
        /// Worker threads (default: all cores).
        #[arg(long)]
        jobs: Option<usize>,
        #[command(flatten)]
        options: RenderArgs,
    },
    /// Render a plan, then again whenever it or its photos change; a failed
    /// render keeps the last good files.
    Watch {
        /// The plan file.
        plan: PathBuf,
        /// Output folder.
        #[arg(short, long, default_value = ".")]
        output: PathBuf,
        /// Seconds between checks for changes.
        #[arg(long, default_value_t = 0.3)]
        interval: f64,
        #[command(flatten)]
        options: RenderArgs,
    },
    /// Check plan files without rendering.
    Check {
        /// Plan files.
        #[arg(required_unless_present = "stdin", conflicts_with = "stdin")]
        plans: Vec<PathBuf>,
        /// Score text from standard input instead, one paragraph per line.
        #[arg(long)]
        stdin: bool,
        /// Output: text for people, json for machines.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Flag sentences longer than this many characters.
        #[arg(long, default_value_t = 30)]
        max_sentence: usize,
    },
    /// Print the JSON Schema of the plan format.
    Schema,
    /// Read UTF-8 text on standard input and print each line with its readings.
    Furigana {
        /// hiragana: the whole line in hiragana; html: <ruby> markup; typst: ruby calls.
        #[arg(long, value_enum, default_value_t = FuriganaOutput::Hiragana)]
        output: FuriganaOutput,
        /// Which words get ruby in html/typst output: all, none or grade:1 … grade:6.
        #[arg(long, default_value = "all")]
        furigana: yomeru::japanese::grade::Furigana,
        /// Put a space between 文節 (分かち書き).
        #[arg(long)]
        wakachi: bool,
    },
    /// Write a sample plan to start from.
    Init {
        /// Folder to write `plan.yaml` into.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
}

/// How to render: shared by `render`, `batch` and `watch`.
#[derive(clap::Args, Debug, Clone)]
struct RenderArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    format: Format,
    /// Resolution of PNG pages in pixels per inch.
    #[arg(long, default_value_t = 144.0)]
    ppi: f32,
    /// Folder with customised templates (files missing there come from the built-in set).
    #[arg(long)]
    templates: Option<PathBuf>,
    /// Which document: official (計画・週間計画表), easy (わかりやすい版), all, or
    /// meeting (easy then official, one PDF for a サービス担当者会議).
    #[arg(long, value_enum, default_value_t = VariantArg::Official)]
    variant: VariantArg,
    /// Readings above kanji: none, all, or grade:N (only kanji not taught by school
    /// grade N). Default: none for official, all for easy.
    #[arg(long)]
    furigana: Option<yomeru::japanese::grade::Furigana>,
    /// Put a space between 文節 (分かち書き).
    #[arg(long)]
    wakachi: bool,
    /// Pictograms in black line art, for black-and-white printing.
    #[arg(long)]
    monochrome: bool,
    /// Paper size: a4, or a3 (everything √2 larger, for meetings).
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    paper: PaperArg,
    /// Large print: easy version body 18 pt, official text 14 pt (reflowed, not scaled).
    #[arg(long)]
    large_print: bool,
    /// For two-sided printing: each document starts on a right-hand page.
    #[arg(long)]
    duplex: bool,
    /// PDF standard: ua-1-a-2a (accessible and archival, the default), ua-1, or none.
    #[arg(long, value_enum, default_value_t = StandardArg::Ua1A2a)]
    pdf_standard: StandardArg,
    /// Pages for png/svg previews, e.g. 1 or 1-2,4 (default: all).
    #[arg(long)]
    pages: Option<Pages>,
    /// Also write the generated Typst source and its files (fonts aside)
    /// into this folder, one subfolder per document, to compile with the
    /// typst CLI.
    #[arg(long)]
    emit_typst: Option<PathBuf>,
}

impl RenderArgs {
    /// The validated settings of a run, or a usage error.
    fn settings(&self, locale: &Locale) -> Result<Settings, Error> {
        if self.pages.is_some() && self.format == Format::Pdf {
            return Err(Error::new(ErrorKind::Other {
                message: locale.text("cli-pages-need-image"),
            }));
        }
        Ok(Settings {
            documents: self.variant.documents().to_vec(),
            format: match self.format {
                Format::Pdf => batch::Format::Pdf,
                Format::Png => batch::Format::Png,
                Format::Svg => batch::Format::Svg,
            },
            ppi: self.ppi,
            pages: self.pages.clone(),
            templates: self.templates.clone(),
            furigana: self.furigana,
            wakachi: self.wakachi,
            monochrome: self.monochrome,
            print: yomeru::render::Print {
                paper: match self.paper {
                    PaperArg::A4 => yomeru::render::Paper::A4,
                    PaperArg::A3 => yomeru::render::Paper::A3,
                },
                large: self.large_print,
                duplex: self.duplex,
            },
            standard: match self.pdf_standard {
                StandardArg::Ua1A2a => PdfStandard::Accessible,
                StandardArg::Ua1 => PdfStandard::Ua1,
                StandardArg::None => PdfStandard::None,
            },
            lang: locale.lang().to_string(),
        })
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FuriganaOutput {
    Hiragana,
    Html,
    Typst,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum VariantArg {
    Official,
    Easy,
    All,
    /// The easy version, then the official documents, in one PDF for a
    /// サービス担当者会議.
    Meeting,
}

impl VariantArg {
    fn documents(self) -> &'static [Document] {
        match self {
            VariantArg::Official => &[Document::One(Variant::Official)],
            VariantArg::Easy => &[Document::One(Variant::Easy)],
            VariantArg::All => &[Document::One(Variant::Official), Document::One(Variant::Easy)],
            VariantArg::Meeting => &[Document::Meeting],
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum PaperArg {
    A4,
    A3,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum StandardArg {
    /// PDF/UA-1 and PDF/A-2a.
    #[value(name = "ua-1-a-2a")]
    Ua1A2a,
    /// PDF/UA-1 only.
    #[value(name = "ua-1")]
    Ua1,
    /// No declared standard (still tagged).
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Pdf,
    Png,
    Svg,
}

mod cli_batch;

/// A sample plan for `yomeru init`, kept in sync with `examples/` by a test.
const SAMPLE: &str = include_str!("../examples/sato-kenta.yaml");

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(locale) = Locale::get(&cli.lang) else {
        let e = unknown_language(&cli.lang);
        eprintln!("{}", e.report(&Locale::default_lang()));
        return ExitCode::from(2);
    };
    match run(cli.command, &locale) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("{}", e.report(&locale));
            ExitCode::from(1)
        }
    }
}

/// Runs one command; `Ok(false)` means some input failed (already reported).
fn run(command: Command, locale: &Arc<Locale>) -> Result<bool, Error> {
    match command {
        Command::Render { plans, output, options } => {
            let renderers = Renderers::new(options.settings(locale)?);
            let mut ok = true;
            for path in &plans {
                let result =
                    render_to(&renderers, path, &output, options.emit_typst.as_deref(), locale)
                        .map(|written| report_written(&written, locale));
                if let Err(e) = result {
                    eprintln!("{}", e.report(locale));
                    ok = false;
                }
            }
            Ok(ok)
        }
        Command::Batch { inputs, output, force, jobs, options } => {
            let settings = options.settings(locale)?;
            cli_batch::run(&inputs, &output, force, jobs, settings, locale)
        }
        Command::Watch { plan, output, interval, options } => {
            let renderers = Renderers::new(options.settings(locale)?);
            cli_batch::watch(&renderers, &plan, &output, interval, locale)
        }
        Command::Check { plans, stdin, format, max_sentence } => {
            let options = yomeru::japanese::check::Options { max_sentence };
            if stdin {
                check_stdin(format, &options, locale)?;
                return Ok(true);
            }
            let mut ok = true;
            let mut json = Vec::new();
            for path in &plans {
                match yomeru::plan::load(path) {
                    Ok(plan) => {
                        for w in yomeru::render::missing_glyphs(&plan) {
                            eprintln!("{}", w.report(locale));
                        }
                        let report = yomeru::japanese::check::check_plan(&plan, &options);
                        let file = path.display().to_string();
                        if format == CheckFormat::Json {
                            json.push(yomeru::japanese::check::plan_json(&file, &report, locale));
                        } else {
                            let mut out = String::new();
                            yomeru::japanese::check::write_plan(&file, &report, locale, &mut out);
                            print!("{out}");
                            println!("{}", locale.format("cli-check-ok", &[("file", arg(file))]));
                        }
                    }
                    Err(e) => {
                        eprintln!("{}", e.report(locale));
                        ok = false;
                    }
                }
            }
            if format == CheckFormat::Json {
                println!("{}", serde_json::to_string_pretty(&json).expect("reports are JSON"));
            }
            Ok(ok)
        }
        Command::Furigana { output, furigana, wakachi } => {
            use std::io::{BufRead, Write};
            use yomeru::japanese::reading::{Lexicon, hiragana, html, typst};
            let lexicon = Lexicon::welfare();
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            for line in std::io::stdin().lock().lines() {
                let line =
                    line.map_err(|e| Error::new(ErrorKind::Io { message: e.to_string() }))?;
                let text = match output {
                    FuriganaOutput::Hiragana => hiragana(&line, &lexicon, wakachi),
                    FuriganaOutput::Html => html(&line, &lexicon, furigana, wakachi),
                    FuriganaOutput::Typst => typst(&line, &lexicon, furigana, wakachi),
                };
                writeln!(out, "{text}")
                    .map_err(|e| Error::new(ErrorKind::Io { message: e.to_string() }))?;
            }
            Ok(true)
        }
        Command::Schema => {
            let schema = yomeru::plan::schema::schema(locale);
            println!("{}", serde_json::to_string_pretty(&schema).expect("schema is JSON"));
            Ok(true)
        }
        Command::Init { dir } => {
            let path = dir.join("plan.yaml");
            if path.exists() {
                let e = Error::new(ErrorKind::Io { message: locale.text("cli-init-exists") })
                    .in_file(&path);
                return Err(e);
            }
            yomeru::output::write_all_atomic(&[(path.clone(), SAMPLE.as_bytes().to_vec())])?;
            println!(
                "{}",
                locale.format("cli-init-done", &[("file", arg(path.display().to_string()))])
            );
            Ok(true)
        }
    }
}

/// Renders one plan into `out_dir` with the run's shared renderers and
/// writes its files together, all or none. Returns what was written.
fn render_to(
    renderers: &Renderers,
    path: &Path,
    out_dir: &Path,
    emit_typst: Option<&Path>,
    locale: &Locale,
) -> Result<Vec<batch::OutputFile>, Error> {
    let plan: LoadedPlan = yomeru::plan::load(path)?;
    let stem = yomeru::stem(path);
    let output = renderers.render_plan(&plan, &stem, out_dir)?;
    for w in &output.warnings {
        eprintln!("{}", w.report(locale));
    }
    let mut files: Vec<(PathBuf, Vec<u8>)> =
        output.files.iter().map(|f| (f.path.clone(), f.bytes.clone())).collect();
    if let Some(dir) = emit_typst {
        files.extend(renderers.typst_sources(&plan, &stem, dir)?);
    }
    yomeru::output::write_all_atomic(&files)?;
    Ok(output.files)
}

fn report_written(files: &[batch::OutputFile], locale: &Locale) {
    for f in files {
        println!(
            "{}",
            locale.format(
                "cli-wrote",
                &[("file", arg(f.path.display().to_string())), ("pages", (f.pages as i64).into())],
            )
        );
    }
}

/// `yomeru check --stdin`: one report per input line.
fn check_stdin(
    format: CheckFormat,
    options: &yomeru::japanese::check::Options,
    locale: &Locale,
) -> Result<(), Error> {
    use std::io::BufRead;
    use yomeru::japanese::check::{band, check, report_json, write_findings};
    let lexicon = yomeru::japanese::reading::Lexicon::welfare();
    let mut json = Vec::new();
    for (i, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.map_err(|e| Error::new(ErrorKind::Io { message: e.to_string() }))?;
        let report = check(&line, &lexicon, options, true);
        if format == CheckFormat::Json {
            let mut v = report_json(&report, locale);
            v["line"] = (i + 1).into();
            v["text"] = line.into();
            json.push(v);
        } else {
            let score = &report.score;
            let args = [
                ("line", ((i + 1) as i64).into()),
                ("score", i64::from(score.value).into()),
                ("band", arg(band(locale, score))),
            ];
            let mut out = format!("{}\n", locale.format("check-line-score", &args));
            write_findings(&report, locale, &mut out);
            print!("{out}");
        }
    }
    if format == CheckFormat::Json {
        println!("{}", serde_json::to_string_pretty(&json).expect("reports are JSON"));
    }
    Ok(())
}

fn unknown_language(lang: &str) -> Error {
    Error::new(ErrorKind::UnknownLanguage {
        lang: lang.to_string(),
        available: yomeru::locale::available().iter().map(|s| s.to_string()).collect(),
    })
}
