//! The command line as clap parses it (raw arguments), and the validated
//! [`Settings`] made from it: nothing below the CLI reads an argument.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use yomeru::Error;
use yomeru::japanese::grade::Furigana;
use yomeru::render::{Calendar, Paper, Print, Variant};
use yomeru::session::{Document, Format, Settings};
use yomeru::typeset::{Pages, PdfStandard};

/// yomeru（読める）: サービス等利用計画を、本人が読める PDF に。
#[derive(Parser, Debug)]
#[command(name = "yomeru", version, about, long_about = None)]
pub struct Cli {
    /// Language of messages (ja, en): what yomeru says on the screen. The
    /// documents' language is `--document-lang` or the plan's `language:`.
    #[arg(long, global = true, default_value = "ja")]
    pub lang: String,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Render plan files to PDF (or PNG/SVG page previews).
    Render {
        /// Plan files (.yaml, .yml, .json, .toml).
        #[arg(required = true)]
        plans: Vec<PathBuf>,
        /// Output folder.
        #[arg(short, long, default_value = ".")]
        output: PathBuf,
        /// Also write the generated Typst source and its files (fonts aside)
        /// into this folder, one subfolder per document, to compile with the
        /// typst CLI.
        #[arg(long)]
        emit_typst: Option<PathBuf>,
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
    /// Suggest plain wording for the text fields the easy version would
    /// print in their formal wording.
    Plain {
        /// Plan files.
        #[arg(required_unless_present = "stdin", conflicts_with = "stdin")]
        plans: Vec<PathBuf>,
        /// Rewrite text from standard input instead, one paragraph per line.
        #[arg(long)]
        stdin: bool,
        /// Output: text for people, json for machines.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// Write the suggestions into each file's `plain` where it has none
        /// (comments, key order and layout stay).
        #[arg(long, conflicts_with = "stdin")]
        write: bool,
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
        furigana: Furigana,
        /// Put a space between 文節 (分かち書き).
        #[arg(long)]
        wakachi: bool,
    },
    /// List the pictures a plan can name (`pictogram:`), or those a word
    /// finds; with --sheet, print them as a PDF catalogue.
    Pictograms {
        /// A Japanese or English word, a reading or an id (家, いえ, house).
        word: Option<String>,
        /// Write a printable PDF catalogue (pictures, names, words) instead.
        #[arg(long)]
        sheet: bool,
        /// Folder for the catalogue.
        #[arg(short, long, default_value = ".", requires = "sheet")]
        output: PathBuf,
        /// The catalogue in black line art.
        #[arg(long, requires = "sheet")]
        monochrome: bool,
    },
    /// Open the editor: a page in the browser, on this computer only, to
    /// write and read the plans of a folder together.
    Serve {
        /// The caseload folder (default: the current folder).
        dir: Option<PathBuf>,
        /// The port (default: a free one).
        #[arg(long)]
        port: Option<u16>,
        /// Print the address without opening the browser.
        #[arg(long)]
        no_open: bool,
    },
    /// List, per person, what is due in a month across a caseload:
    /// monitorings due or late, certificate periods ending or ended.
    Due {
        /// Caseload folders (or plan files).
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// The month (2026-07); default: this month.
        #[arg(long)]
        month: Option<String>,
        /// Output: text for people, json or csv for other programs.
        #[arg(long, value_enum, default_value_t = DueFormat::Text)]
        format: DueFormat,
        /// Also write an iCalendar file of the monitorings and certificate
        /// ends, for a calendar application.
        #[arg(long)]
        ics: Option<PathBuf>,
    },
    /// Write the report of 地域課題 for the 協議会 from a caseload: a PDF
    /// with charts and the same figures as CSV, anonymous by construction.
    Report {
        /// Caseload folders (or plan files).
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Output folder for report.pdf and report.csv.
        #[arg(short, long, default_value = ".")]
        output: PathBuf,
        /// pdf: the PDF and the CSV; json: print the figures.
        #[arg(long, value_enum, default_value_t = ReportFormat::Pdf)]
        format: ReportFormat,
        /// First month of the period (2026-04).
        #[arg(long)]
        from: Option<String>,
        /// Last month of the period (2027-03); months waited are counted up
        /// to it (default: this month).
        #[arg(long)]
        to: Option<String>,
        /// Counts under this are hidden.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=100))]
        min_count: u32,
        /// Also write the report's Typst source (main.typ) into this
        /// folder, to compile with the typst CLI.
        #[arg(long)]
        emit_typst: Option<PathBuf>,
    },
    /// Write a blank plan file to start from, with the official form's
    /// words beside each key, named after the person.
    Init {
        /// The person's name: written into the file, which is named after it
        /// (山田 花子 → 山田_花子.yaml); without it, plan.yaml.
        name: Vec<String>,
        /// The document: plan (本計画), plan-draft (計画案) or monitoring
        /// (モニタリング報告書).
        #[arg(long, value_enum, default_value_t = InitKind::Plan)]
        kind: InitKind,
        /// A 障害児支援利用計画 (a child's plan: guardian, 通所受給者証番号).
        #[arg(long)]
        child: bool,
        /// Folder to write into (default: the current folder).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// The document `init` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InitKind {
    /// サービス等利用計画 (本計画).
    Plan,
    /// サービス等利用計画案.
    PlanDraft,
    /// モニタリング報告書.
    Monitoring,
}

impl InitKind {
    /// The plan file's `kind`.
    pub fn kind(self) -> yomeru::plan::Kind {
        match self {
            InitKind::Plan => yomeru::plan::Kind::Plan,
            InitKind::PlanDraft => yomeru::plan::Kind::PlanDraft,
            InitKind::Monitoring => yomeru::plan::Kind::Monitoring,
        }
    }
}

/// How to render: shared by `render`, `batch` and `watch`.
#[derive(clap::Args, Debug, Clone)]
pub struct RenderArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Pdf)]
    format: FormatArg,
    /// Resolution of PNG pages in pixels per inch.
    #[arg(long, default_value_t = 144.0)]
    ppi: f32,
    /// Folder with customised templates (files missing there come from the built-in set).
    #[arg(long)]
    templates: Option<PathBuf>,
    /// Which document: all (official and easy, the default), official
    /// (計画・週間計画表), easy (わかりやすい版), or meeting (easy then official,
    /// one PDF for a サービス担当者会議).
    #[arg(long, value_enum, default_value_t = VariantArg::All)]
    variant: VariantArg,
    /// Readings above kanji: none, all, or grade:N (only kanji not taught by school
    /// grade N). Default: none for official, all for easy.
    #[arg(long)]
    furigana: Option<Furigana>,
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
    /// Refuse to write an easy version that would print a field's formal text
    /// because it has no plain wording (each such field is named).
    #[arg(long)]
    require_plain: bool,
    /// Print dates and months in 和暦 (令和8年4月1日, 令和8年5月).
    #[arg(long)]
    wareki: bool,
    /// Language of the documents' labels (ja, en, pt), over the plan's
    /// `language:`; messages follow `--lang`.
    #[arg(long, value_name = "LANG")]
    document_lang: Option<String>,
}

impl RenderArgs {
    /// The validated settings of a run, or a usage error.
    pub fn settings(&self) -> Result<Settings, Error> {
        if let Some(l) = &self.document_lang
            && yomeru::locale::Locale::get(l).is_none()
        {
            return Err(yomeru::session::unknown_language(l));
        }
        if self.pages.is_some() && self.format == FormatArg::Pdf {
            return Err(Error::usage("pages-need-image"));
        }
        // A page at 1,200 ppi is already 10,000 pixels high.
        if !(1.0..=1200.0).contains(&self.ppi) {
            return Err(Error::usage("ppi-out-of-range"));
        }
        if let Some(t) = &self.templates
            && !t.is_dir()
        {
            return Err(Error::usage("templates-not-a-folder").in_file(t));
        }
        if let Some(t) = &self.templates {
            yomeru::session::check_templates(t)?;
        }
        Ok(Settings {
            documents: self.variant.documents().to_vec(),
            format: match self.format {
                FormatArg::Pdf => Format::Pdf,
                FormatArg::Png => Format::Png,
                FormatArg::Svg => Format::Svg,
            },
            ppi: self.ppi,
            pages: self.pages.clone(),
            templates: self.templates.clone(),
            furigana: self.furigana,
            wakachi: self.wakachi,
            monochrome: self.monochrome,
            print: Print {
                paper: match self.paper {
                    PaperArg::A4 => Paper::A4,
                    PaperArg::A3 => Paper::A3,
                },
                large: self.large_print,
                duplex: self.duplex,
            },
            standard: match self.pdf_standard {
                StandardArg::Ua1A2a => PdfStandard::Accessible,
                StandardArg::Ua1 => PdfStandard::Ua1,
                StandardArg::None => PdfStandard::None,
            },
            document_language: self.document_lang.clone(),
            require_plain: self.require_plain,
            calendar: if self.wareki { Calendar::Wareki } else { Calendar::Western },
        })
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FuriganaOutput {
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
pub enum CheckFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Pdf,
    Png,
    Svg,
}

/// How `due` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DueFormat {
    /// For people.
    Text,
    /// For other programs.
    Json,
    /// For a spreadsheet.
    Csv,
}

/// A `--month`, `--from` or `--to` value, or a usage error.
pub fn month_arg(value: Option<&str>) -> Result<Option<yomeru::caseload::due::Month>, Error> {
    let Some(v) = value else { return Ok(None) };
    match yomeru::caseload::due::Month::parse(v) {
        Some(m) => Ok(Some(m)),
        _ => Err(Error::usage("month-bad")),
    }
}

/// What `report` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// report.pdf and report.csv.
    Pdf,
    /// The figures, printed.
    Json,
}
