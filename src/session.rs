//! The session: everything a process needs to turn plans into documents,
//! made once and shared by every plan and thread.
//!
//! Fonts, the dictionary, the glossary and the pictograms are process-wide
//! already; the session adds what depends on the run's [`Settings`]: one
//! [`Renderer`] per (label language, variant) with its compiled templates,
//! and the memory policy for Typst's caches. `yomeru render`, `batch`,
//! `watch`, `check` and the editor all go through it; nothing above it
//! builds a renderer or calls Typst.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::error::{Error, ErrorKind, Location, Result, Warning, WarningKind};
use crate::japanese::check::{Options, Report};
use crate::japanese::grade::Furigana;
use crate::locale::{self, Locale};
use crate::plan::{LoadedPlan, Resolver};
use crate::readability::PlanReport;
use crate::render::{Calendar, Print, Rendered, Renderer, Variant};
use crate::typeset::{Compiled, Pages, PdfStandard};

/// One output document of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Document {
    /// The official documents or the easy version.
    One(Variant),
    /// The easy version followed by the official documents, for a
    /// サービス担当者会議.
    Meeting,
}

impl Document {
    /// Its name in output files: `<stem>.<name>.pdf`.
    pub fn name(self) -> &'static str {
        match self {
            Document::One(v) => v.name(),
            Document::Meeting => "meeting",
        }
    }
}

/// Output file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// One PDF per document.
    Pdf,
    /// One PNG per page.
    Png,
    /// One SVG per page.
    Svg,
}

/// What to make of every plan of a run: validated options, shared by all
/// plans (ripgrep's "raw args → validated config" split: the command line
/// builds this and nothing below it reads the arguments).
#[derive(Debug, Clone)]
pub struct Settings {
    /// Documents per plan.
    pub documents: Vec<Document>,
    /// File format.
    pub format: Format,
    /// Resolution of PNG pages.
    pub ppi: f32,
    /// Pages of PNG/SVG previews (all when `None`).
    pub pages: Option<Pages>,
    /// Folder with customised templates.
    pub templates: Option<PathBuf>,
    /// Readings above kanji (the variant's default when `None`).
    pub furigana: Option<Furigana>,
    /// Spaces between 文節.
    pub wakachi: bool,
    /// Pictograms in black line art.
    pub monochrome: bool,
    /// Paper, large print, duplex.
    pub print: Print,
    /// Declared PDF standard.
    pub standard: PdfStandard,
    /// Language of the documents' labels, over the plan's `language:`
    /// (Japanese when neither says). Messages have their own language.
    pub document_language: Option<String>,
    /// Refuse to write an easy version that would print formal text where
    /// a field has no plain wording.
    pub require_plain: bool,
    /// How dates and months are printed (和暦 with `--wareki`).
    pub calendar: Calendar,
}

impl Settings {
    /// What the print options add to output names: `.a3`, `.large`,
    /// `.duplex`, `.mono`, in that order; nothing for A4 in colour.
    pub fn print_tag(&self) -> String {
        let mut tag = String::new();
        if self.print.paper == crate::render::Paper::A3 {
            tag.push_str(".a3");
        }
        for (on, name) in [
            (self.print.large, ".large"),
            (self.print.duplex, ".duplex"),
            (self.monochrome, ".mono"),
        ] {
            if on {
                tag.push_str(name);
            }
        }
        tag
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            documents: vec![Document::One(Variant::Official)],
            format: Format::Pdf,
            ppi: 144.0,
            pages: None,
            templates: None,
            furigana: None,
            wakachi: false,
            monochrome: false,
            print: Print::default(),
            standard: PdfStandard::default(),
            document_language: None,
            require_plain: false,
            calendar: Calendar::Western,
        }
    }
}

/// A typeset document with everything noticed on the way.
pub struct Output {
    /// The laid-out document.
    pub compiled: Compiled,
    /// Located warnings from the plan and from Typst.
    pub warnings: Vec<Warning>,
}

/// A file of a plan's output, with the page count of its document.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Its file name (`<stem>.official.pdf`, `<stem>.easy-2.png`).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Pages of the document it belongs to.
    pub pages: usize,
}

/// Everything one plan produced.
#[derive(Debug)]
pub struct PlanOutput {
    /// Files to write, all or none.
    pub files: Vec<OutputFile>,
    /// Located warnings (missing glyphs, Typst warnings).
    pub warnings: Vec<Warning>,
}

/// How many documents Typst keeps its memoised layout for, by default: a
/// batch renders each plan once, and different plans share little layout
/// (on 60 generated plans keeping results for 8 plans was no faster than
/// for 1, and took 308 MB against 242 MB; without eviction 977 MB).
const KEEP_RENDERS: usize = 1;

/// Shared state for rendering plans: renderers, caches and the memory
/// policy. Cheap to share between threads (`&Session`).
pub struct Session {
    settings: Settings,
    renderers: Mutex<HashMap<(String, Variant), Arc<Renderer>>>,
    keep: usize,
}

impl Session {
    /// A session rendering with `settings`; renderers are built on first
    /// use. Typst's layout cache keeps what the last render used.
    pub fn new(settings: Settings) -> Session {
        Session { settings, renderers: Mutex::new(HashMap::new()), keep: KEEP_RENDERS }
    }

    /// The same session keeping Typst's layout for `renders` renders: for
    /// `watch` and the editor, which render the same plan again after a
    /// small edit and reuse most of its layout.
    pub fn keep_layouts(mut self, renders: usize) -> Session {
        self.keep = renders.max(1);
        self
    }

    /// The settings of the run.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Reads the plan in `bytes`, named `path`, with what it names through
    /// `resolver` (see [`crate::plan::load`]).
    pub fn load(&self, bytes: &[u8], path: &Path, resolver: &dyn Resolver) -> Result<LoadedPlan> {
        crate::plan::load(bytes, path, resolver)
    }

    /// The renderer for `variant` with labels in `lang`.
    fn renderer(&self, variant: Variant, lang: &str, plan: &LoadedPlan) -> Result<Arc<Renderer>> {
        let key = (lang.to_string(), variant);
        if let Some(r) = self.renderers.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(r.clone());
        }
        let labels = match variant {
            Variant::Official => Locale::get(lang),
            Variant::Easy => Locale::easy(lang),
        }
        .ok_or_else(|| unknown_language(lang).at(plan.locate("language")))?;
        let s = &self.settings;
        let mut style = variant.default_style();
        style.furigana = s.furigana.unwrap_or(style.furigana);
        style.wakachi |= s.wakachi;
        let renderer = Arc::new(
            Renderer::new(labels, s.templates.as_deref())?
                .with_style(style)
                .with_monochrome(s.monochrome)
                .with_print(s.print)
                .with_calendar(s.calendar),
        );
        let mut cache = self.renderers.lock().unwrap_or_else(|e| e.into_inner());
        Ok(cache.entry(key).or_insert(renderer).clone())
    }

    /// The generated Typst of `document` for `plan`.
    pub fn source(&self, document: Document, plan: &LoadedPlan) -> Result<Rendered> {
        // A plan loaded without the session is checked here: Typst's own
        // error for a missing glyph names no line or key.
        printable(plan)?;
        let lang = match &self.settings.document_language {
            Some(l) => l.clone(),
            None => plan.language(locale::DEFAULT_LANG).to_string(),
        };
        match document {
            Document::One(variant) => {
                self.renderer(variant, &lang, plan)?.render_variant(variant, plan)
            }
            Document::Meeting => {
                let official = self.renderer(Variant::Official, &lang, plan)?;
                let easy = self.renderer(Variant::Easy, &lang, plan)?;
                let parts = vec![
                    easy.render_variant(Variant::Easy, plan)?,
                    official.render_variant(Variant::Official, plan)?,
                ];
                let labels = official.locale();
                let title = labels.format(
                    "doc-title",
                    &[
                        ("title", locale::arg(labels.text("title-meeting"))),
                        ("name", locale::arg(plan.plan.person.name.clone())),
                    ],
                );
                Ok(crate::render::bundle(parts, &title, plan.plan.office.planner.as_deref()))
            }
        }
    }

    /// Typesets `document` of `plan`, with the plan's warnings and Typst's.
    /// Afterwards Typst's caches keep only what the session's last renders
    /// used, so an editor previewing edit after edit keeps its memory.
    pub fn typeset(&self, document: Document, plan: &LoadedPlan) -> Result<Output> {
        self.typeset_with(document, plan, crate::typeset::compile)
    }

    /// Typesets `document` of `plan` in `preview`'s long-lived world, which
    /// is updated in place: for the editor, which typesets the same
    /// document after every few keystrokes.
    pub fn typeset_in(
        &self,
        preview: &crate::typeset::Preview,
        document: Document,
        plan: &LoadedPlan,
    ) -> Result<Output> {
        self.typeset_with(document, plan, |job| preview.compile(job))
    }

    fn typeset_with(
        &self,
        document: Document,
        plan: &LoadedPlan,
        compile: impl FnOnce(&crate::typeset::Job) -> Result<Compiled>,
    ) -> Result<Output> {
        let rendered = self.source(document, plan)?;
        let compiled = compile(&rendered.job);
        typst::comemo::evict(self.keep);
        let compiled = compiled?;
        let mut warnings = rendered.warnings;
        warnings.extend(compiled.warnings.iter().map(|m| Warning {
            location: Location { file: Some(plan.path.clone()), ..Location::default() },
            kind: WarningKind::Typeset { message: m.clone() },
        }));
        Ok(Output { compiled, warnings })
    }

    /// Renders every document of the settings for `plan` into files named
    /// after `stem`; nothing is written here.
    pub fn render(&self, plan: &LoadedPlan, stem: &str) -> Result<PlanOutput> {
        let s = &self.settings;
        let mut files = Vec::new();
        let mut warnings = Vec::new();
        // What the easy version prints in formal words, said once per
        // field, or refused before anything is typeset.
        let easy = s
            .documents
            .iter()
            .any(|d| matches!(d, Document::One(Variant::Easy) | Document::Meeting));
        if easy {
            let formal = crate::readability::formal_in_easy(plan);
            if s.require_plain {
                let errors = formal.iter().map(|(path, location)| {
                    Error::new(ErrorKind::FormalInEasy).at(location.clone()).with_path(path.clone())
                });
                if let Some(e) = Error::join(errors) {
                    return Err(e);
                }
            }
            warnings.extend(formal.into_iter().map(|(path, mut location)| {
                location.path = Some(path);
                Warning { location, kind: WarningKind::FormalInEasy }
            }));
        }
        for &document in &s.documents {
            let output = self.typeset(document, plan)?;
            // The plan's warnings are the same in each document: said once.
            for w in output.warnings {
                if !warnings.contains(&w) {
                    warnings.push(w);
                }
            }
            let compiled = &output.compiled;
            let pages = compiled.page_count();
            // Print options are in the name (sato.easy.a3.pdf), so a large
            // print never overwrites the everyday copy.
            let name = format!("{}{}", document.name(), s.print_tag());
            let selected = s.pages.clone().unwrap_or_else(|| Pages::all(pages));
            let (ext, images) = match s.format {
                Format::Pdf => {
                    let bytes = compiled.pdf_with(s.standard)?;
                    files.push(OutputFile { name: format!("{stem}.{name}.pdf"), bytes, pages });
                    continue;
                }
                Format::Png => ("png", compiled.png(&selected, s.ppi)?),
                Format::Svg => ("svg", compiled.svg(&selected)?),
            };
            for (n, bytes) in images {
                files.push(OutputFile { name: format!("{stem}.{name}-{n}.{ext}"), bytes, pages });
            }
        }
        Ok(PlanOutput { files, warnings })
    }

    /// The generated Typst of every document of `plan` as files under
    /// `<stem>.<document>/` (main.typ, the layout libraries, print.typ,
    /// pictograms and photos, and `COMPILE.txt`), to compile with the typst
    /// CLI and the fonts in `fonts/`.
    pub fn typst_sources(&self, plan: &LoadedPlan, stem: &str) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let mut out = Vec::new();
        for &document in &self.settings.documents {
            let folder = PathBuf::from(format!("{stem}.{}", document.name()));
            let rendered = self.source(document, plan)?;
            for (path, bytes) in rendered.job.files {
                out.push((folder.join(path), bytes));
            }
            let (y, m, d) = rendered.job.date;
            // Typst's clock is the plan's date, as in yomeru; SOURCE_DATE_EPOCH
            // gives the typst CLI the same.
            let epoch = time::Date::from_calendar_date(
                y,
                time::Month::try_from(m).unwrap_or(time::Month::January),
                d,
            )
            .map(|date| date.midnight().assume_utc().unix_timestamp())
            .unwrap_or(0);
            let readme = format!(
                "Generated by yomeru {} for {}.\n\nCompile with the typst CLI (0.15) from this folder:\n\n  SOURCE_DATE_EPOCH={epoch} typst compile --features a11y-extras --ignore-system-fonts --font-path FONTS --pdf-standard ua-1,a-2a main.typ\n\nwhere FONTS is yomeru's fonts/ folder.\n",
                env!("CARGO_PKG_VERSION"),
                plan.path.display()
            );
            out.push((folder.join("COMPILE.txt"), readme.into_bytes()));
        }
        Ok(out)
    }

    /// The readability of every text field of `plan`, read as the easy
    /// version prints it (the same lexicon as the renderer).
    pub fn check(&self, plan: &LoadedPlan, options: &Options) -> PlanReport {
        crate::readability::check_plan(plan, options)
    }

    /// The readability score of `plan` alone (see [`Session::check`]).
    pub fn score(&self, plan: &LoadedPlan, options: &Options) -> Option<u8> {
        crate::readability::plan_score(plan, options)
    }

    /// The readability of any text, read with the welfare dictionary.
    pub fn check_text(&self, text: &str, options: &Options) -> Report {
        crate::japanese::check::check(text, &welfare(), options, true)
    }

    /// `text` with its readings, as `markup` (`yomeru furigana`).
    pub fn readings(
        &self,
        text: &str,
        markup: Markup,
        furigana: Furigana,
        wakachi: bool,
    ) -> String {
        let lexicon = welfare();
        match markup {
            Markup::Hiragana => crate::japanese::reading::hiragana(text, &lexicon, wakachi),
            Markup::Html => crate::render::ruby::html(text, &lexicon, furigana, wakachi),
            Markup::Typst => crate::render::ruby::typst(text, &lexicon, furigana, wakachi),
        }
    }
}

/// How [`Session::readings`] writes a text's readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// The whole text in hiragana.
    Hiragana,
    /// HTML `<ruby>` markup.
    Html,
    /// Calls of the layout library's `ruby` function.
    Typst,
}

/// Every character of `plan` (and of the plan it monitors) that no
/// shipped font has, as one located error each.
fn printable(plan: &LoadedPlan) -> Result<()> {
    match Error::join(crate::render::missing_glyphs(plan)) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The welfare dictionary alone, made once per process.
fn welfare() -> crate::japanese::reading::Lexicon {
    static LEXICON: std::sync::LazyLock<crate::japanese::reading::Lexicon> =
        std::sync::LazyLock::new(crate::japanese::reading::Lexicon::welfare);
    LEXICON.clone()
}

/// Checks a folder of customised templates before a run: every file in
/// it must be one the renderer would use under its name.
pub fn check_templates(dir: &Path) -> Result<()> {
    crate::render::check_renamed(dir)
}

/// A language with no `locales/` folder.
pub fn unknown_language(lang: &str) -> Error {
    Error::new(ErrorKind::UnknownLanguage {
        lang: lang.to_string(),
        available: locale::languages().iter().map(|s| s.to_string()).collect(),
    })
}
