//! Rendering many plans: what to write for each plan, shared renderers, the
//! caseload under a folder, and skipping plans whose inputs have not changed.
//!
//! `yomeru render` and `yomeru batch` both go through [`Renderers`], which
//! builds one [`Renderer`] per (language, variant) and shares it between
//! plans and threads: the templates are compiled once, and fonts,
//! dictionary, glossary and pictograms are process-wide already.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::UNIX_EPOCH;

use crate::error::{Error, ErrorKind, Result, Warning};
use crate::japanese::grade::Furigana;
use crate::locale::Locale;
use crate::plan::LoadedPlan;
use crate::render::{Print, Rendered, Renderer, Variant};
use crate::typeset::{Pages, PdfStandard};

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
/// builds this and nothing else reads the arguments).
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
    /// Language of labels when the plan does not say.
    pub lang: String,
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
            lang: "ja".into(),
        }
    }
}

/// A file to write, with the page count of its document.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Where it goes.
    pub path: PathBuf,
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

/// Renderers shared by every plan and thread of a run.
pub struct Renderers {
    settings: Settings,
    cache: Mutex<HashMap<(String, Variant), Arc<Renderer>>>,
}

impl Renderers {
    /// Renderers for `settings` (built on first use).
    pub fn new(settings: Settings) -> Renderers {
        Renderers { settings, cache: Mutex::new(HashMap::new()) }
    }

    /// The settings of the run.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The renderer for `variant` with labels in `lang`.
    fn get(&self, variant: Variant, lang: &str, plan: &LoadedPlan) -> Result<Arc<Renderer>> {
        let key = (lang.to_string(), variant);
        if let Some(r) = self.cache.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(r.clone());
        }
        let labels = match variant {
            Variant::Official => Locale::get(lang),
            Variant::Easy => Locale::easy(lang),
        }
        .ok_or_else(|| {
            Error::new(ErrorKind::UnknownLanguage {
                lang: lang.to_string(),
                available: crate::locale::available().iter().map(|s| s.to_string()).collect(),
            })
            .at(plan.locate("language"))
        })?;
        let s = &self.settings;
        let mut style = variant.default_style();
        style.furigana = s.furigana.unwrap_or(style.furigana);
        style.wakachi |= s.wakachi;
        let renderer = Arc::new(
            Renderer::new(labels, s.templates.as_deref())?
                .with_style(style)
                .with_monochrome(s.monochrome)
                .with_print(s.print),
        );
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        Ok(cache.entry(key).or_insert(renderer).clone())
    }

    /// The generated Typst of `document` for `plan`.
    pub fn source(&self, document: Document, plan: &LoadedPlan) -> Result<Rendered> {
        let lang = crate::label_language(plan, &self.settings.lang).to_string();
        match document {
            Document::One(variant) => self.get(variant, &lang, plan)?.render_variant(variant, plan),
            Document::Meeting => crate::meeting_source(
                &*self.get(Variant::Official, &lang, plan)?,
                &*self.get(Variant::Easy, &lang, plan)?,
                plan,
            ),
        }
    }

    /// The generated Typst of every document of `plan` as files under
    /// `dir/<stem>.<document>/` (main.typ, the layout libraries, print.typ,
    /// pictograms and photos), to compile with the typst CLI and the fonts
    /// in `fonts/`.
    pub fn typst_sources(
        &self,
        plan: &LoadedPlan,
        stem: &str,
        dir: &Path,
    ) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let mut out = Vec::new();
        for &document in &self.settings.documents {
            let folder = dir.join(format!("{stem}.{}", document.name()));
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

    /// Renders every document of `plan` into files under `out_dir`, named
    /// after `stem`; nothing is written here.
    pub fn render_plan(&self, plan: &LoadedPlan, stem: &str, out_dir: &Path) -> Result<PlanOutput> {
        let s = &self.settings;
        let mut files = Vec::new();
        let mut warnings = Vec::new();
        for &document in &s.documents {
            let output = crate::typeset_rendered(self.source(document, plan)?, plan)?;
            warnings.extend(output.warnings);
            let compiled = &output.compiled;
            let pages = compiled.page_count();
            let name = document.name();
            let selected = s.pages.clone().unwrap_or_else(|| Pages::all(pages));
            let images = match s.format {
                Format::Pdf => {
                    let bytes = compiled.pdf_with(s.standard)?;
                    files.push(OutputFile {
                        path: out_dir.join(format!("{stem}.{name}.pdf")),
                        bytes,
                        pages,
                    });
                    continue;
                }
                Format::Png => ("png", compiled.png(&selected, s.ppi)?),
                Format::Svg => ("svg", compiled.svg(&selected)?),
            };
            let (ext, images) = images;
            for (n, bytes) in images {
                files.push(OutputFile {
                    path: out_dir.join(format!("{stem}.{name}-{n}.{ext}")),
                    bytes,
                    pages,
                });
            }
        }
        Ok(PlanOutput { files, warnings })
    }
}

/// Plan files in `inputs`: files as given, folders searched recursively
/// (hidden entries skipped), each with the folder its outputs go to,
/// relative to the output folder, so the outputs mirror the input tree.
pub fn find_plans(inputs: &[PathBuf], skip: Option<&Path>) -> Result<Vec<(PathBuf, PathBuf)>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            walk(input, input, skip, &mut out)?;
        } else {
            out.push((input.clone(), PathBuf::new()));
        }
    }
    Ok(out)
}

fn walk(
    base: &Path,
    dir: &Path,
    skip: Option<&Path>,
    out: &mut Vec<(PathBuf, PathBuf)>,
) -> Result<()> {
    let read = std::fs::read_dir(dir)
        .map_err(|e| Error::new(ErrorKind::Io { message: e.to_string() }).in_file(dir))?;
    let mut entries: Vec<PathBuf> = read.flatten().map(|e| e.path()).collect();
    // Sorted, so the order (and the summary) is the same on every machine.
    entries.sort();
    for p in entries {
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let is_skipped = skip.is_some_and(|s| same_file(&p, s));
        if hidden || is_skipped {
            continue;
        }
        if p.is_dir() {
            walk(base, &p, skip, out)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| crate::plan::Format::from_extension(e).is_some())
        {
            let rel = p.parent().and_then(|d| d.strip_prefix(base).ok()).unwrap_or(Path::new(""));
            out.push((p.clone(), rel.to_path_buf()));
        }
    }
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The files a plan's outputs are made from: the plan file, its photos,
/// and the plan it monitors with that plan's photos. `plan` is the loaded
/// plan; a plan that does not load depends on its own file only.
pub fn inputs(plan_path: &Path, plan: Option<&LoadedPlan>) -> Vec<PathBuf> {
    fn photos(loaded: &LoadedPlan) -> impl Iterator<Item = PathBuf> + '_ {
        let dir = loaded.path.parent().unwrap_or(Path::new("."));
        crate::plan::photos(&loaded.plan).into_iter().map(move |(_, p)| dir.join(p))
    }
    let mut files = vec![plan_path.to_path_buf()];
    if let Some(plan) = plan {
        files.extend(photos(plan));
        if let Some(m) = &plan.monitored {
            files.push(m.path.clone());
            files.extend(photos(m));
        }
    }
    files
}

/// What the outputs of every plan of a run depend on alike: the program
/// (its version and executable), the settings and the templates folder.
/// Made once per run and given to [`fingerprint`].
pub fn run_fingerprint(settings: &Settings) -> String {
    let mut parts: Vec<String> = vec![
        format!("yomeru {}", env!("CARGO_PKG_VERSION")),
        // The version alone stays 0.1.0 across builds; the executable's size
        // and time change with every build, and with it the embedded
        // templates, fonts and dictionary.
        std::env::current_exe().map(|exe| stat(&exe)).unwrap_or_default(),
        format!("{settings:?}"),
    ];
    if let Some(t) = &settings.templates {
        let mut files = Vec::new();
        let _ = collect_files(t, &mut files);
        files.sort();
        parts.extend(files.iter().map(|f| stat(f)));
    }
    format!("{:032x}", typst::utils::hash128(&parts))
}

/// A fingerprint of what a plan's outputs depend on: the run's
/// ([`run_fingerprint`]) and the plan's [`inputs`]. Files count by size and
/// modification time, so touching a plan renders it again.
pub fn fingerprint(run: &str, inputs: &[PathBuf]) -> String {
    let parts: Vec<String> =
        std::iter::once(run.to_string()).chain(inputs.iter().map(|f| stat(f))).collect();
    format!("{:032x}", typst::utils::hash128(&parts))
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)?.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_files(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

fn stat(path: &Path) -> String {
    match std::fs::metadata(path) {
        Ok(m) => {
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {} {mtime}", path.display(), m.len())
        }
        Err(_) => format!("{} missing", path.display()),
    }
}

/// Where the fingerprint of a plan's outputs is kept: beside them, in a
/// hidden folder of the output tree.
pub fn stamp_path(out_root: &Path, rel: &Path, stem: &str) -> PathBuf {
    out_root.join(".yomeru").join(rel).join(format!("{stem}.stamp"))
}

/// Whether the outputs of a plan are up to date: the stamp matches and
/// every file it lists still exists.
pub fn up_to_date(stamp: &Path, fingerprint: &str) -> bool {
    let Ok(text) = std::fs::read_to_string(stamp) else { return false };
    let mut lines = text.lines();
    lines.next() == Some(fingerprint) && lines.all(|f| Path::new(f).exists())
}

/// The stamp's contents: the fingerprint, then the files written.
pub fn stamp_text(fingerprint: &str, files: &[OutputFile]) -> String {
    let mut s = format!("{fingerprint}\n");
    for f in files {
        s.push_str(&f.path.display().to_string());
        s.push('\n');
    }
    s
}
