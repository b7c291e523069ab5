//! The `yomeru` command: argument parsing, files and exit codes only.
//!
//! Exit codes: 0 success, 1 bad input or a failed render, 2 bad usage
//! (clap's own convention).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use yomeru::locale::{Locale, arg};
use yomeru::plan::LoadedPlan;
use yomeru::render::{Renderer, Variant};
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
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Pdf)]
        format: Format,
        /// Resolution of PNG pages in pixels per inch.
        #[arg(long, default_value_t = 144.0)]
        ppi: f32,
        /// Folder with customised templates (files missing there come from the built-in set).
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Which document: official (計画・週間計画表), easy (わかりやすい版) or all.
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
        pages: Option<yomeru::typeset::Pages>,
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

/// One output document of a render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Document {
    One(Variant),
    Meeting,
}

impl Document {
    fn name(self) -> &'static str {
        match self {
            Document::One(v) => v.name(),
            Document::Meeting => "meeting",
        }
    }
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
        Command::Render {
            plans,
            output,
            format,
            ppi,
            templates,
            variant,
            furigana,
            wakachi,
            monochrome,
            paper,
            large_print,
            duplex,
            pdf_standard,
            pages,
        } => {
            let settings = RenderSettings {
                out_dir: output,
                format,
                ppi,
                templates,
                documents: variant.documents(),
                furigana,
                wakachi,
                monochrome,
                print: yomeru::render::Print {
                    paper: match paper {
                        PaperArg::A4 => yomeru::render::Paper::A4,
                        PaperArg::A3 => yomeru::render::Paper::A3,
                    },
                    large: large_print,
                    duplex,
                },
                standard: match pdf_standard {
                    StandardArg::Ua1A2a => PdfStandard::Accessible,
                    StandardArg::Ua1 => PdfStandard::Ua1,
                    StandardArg::None => PdfStandard::None,
                },
                pages,
            };
            let mut ok = true;
            for path in &plans {
                if let Err(e) = render_one(path, &settings, locale) {
                    eprintln!("{}", e.report(locale));
                    ok = false;
                }
            }
            Ok(ok)
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

/// What `yomeru render` was asked for, shared by every plan of the run.
struct RenderSettings {
    out_dir: PathBuf,
    format: Format,
    ppi: f32,
    templates: Option<PathBuf>,
    documents: &'static [Document],
    furigana: Option<yomeru::japanese::grade::Furigana>,
    wakachi: bool,
    monochrome: bool,
    print: yomeru::render::Print,
    standard: PdfStandard,
    pages: Option<Pages>,
}

impl RenderSettings {
    /// The renderer for `variant` of a plan whose labels are in `lang`.
    fn renderer(&self, variant: Variant, lang: &str, plan: &LoadedPlan) -> Result<Renderer, Error> {
        let labels = match variant {
            Variant::Official => Locale::get(lang),
            Variant::Easy => Locale::easy(lang),
        }
        .ok_or_else(|| unknown_language(lang).at(plan.locate("language")))?;
        let mut style = variant.default_style();
        style.furigana = self.furigana.unwrap_or(style.furigana);
        style.wakachi |= self.wakachi;
        Ok(Renderer::new(labels, self.templates.as_deref())?
            .with_style(style)
            .with_monochrome(self.monochrome)
            .with_print(self.print))
    }
}

/// Renders every variant asked for; the files of one plan are written
/// together, all or none.
fn render_one(path: &Path, settings: &RenderSettings, locale: &Arc<Locale>) -> Result<(), Error> {
    let plan: LoadedPlan = yomeru::plan::load(path)?;
    let lang = yomeru::label_language(&plan, locale.lang());
    let stem = yomeru::stem(path);
    let mut files = Vec::new();
    let mut pages = Vec::new();
    for &document in settings.documents {
        let output = match document {
            Document::One(variant) => {
                yomeru::render(&settings.renderer(variant, lang, &plan)?, &plan, variant)?
            }
            Document::Meeting => yomeru::render_meeting(
                &settings.renderer(Variant::Official, lang, &plan)?,
                &settings.renderer(Variant::Easy, lang, &plan)?,
                &plan,
            )?,
        };
        for w in &output.warnings {
            eprintln!("{}", w.report(locale));
        }
        let name = document.name();
        let out_dir = &settings.out_dir;
        let compiled = &output.compiled;
        let count = compiled.page_count();
        let selected = match &settings.pages {
            Some(p) => p.clone(),
            None => Pages::all(count),
        };
        match settings.format {
            Format::Pdf => {
                if settings.pages.is_some() {
                    return Err(Error::new(ErrorKind::Other {
                        message: locale.text("cli-pages-need-image"),
                    }));
                }
                let pdf = compiled.pdf_with(settings.standard)?;
                files.push((out_dir.join(format!("{stem}.{name}.pdf")), pdf));
                pages.push(count);
            }
            Format::Png | Format::Svg => {
                let (ext, images) = if settings.format == Format::Png {
                    ("png", compiled.png(&selected, settings.ppi)?)
                } else {
                    ("svg", compiled.svg(&selected)?)
                };
                for (n, bytes) in images {
                    files.push((out_dir.join(format!("{stem}.{name}-{n}.{ext}")), bytes));
                    pages.push(count);
                }
            }
        }
    }
    yomeru::output::write_all_atomic(&files)?;
    for ((file, _), pages) in files.iter().zip(pages) {
        println!(
            "{}",
            locale.format(
                "cli-wrote",
                &[("file", arg(file.display().to_string())), ("pages", (pages as i64).into())],
            )
        );
    }
    Ok(())
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
