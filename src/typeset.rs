//! The typeset stage: an in-process Typst world over an in-memory file map.
//!
//! Nothing here touches the network or the system's fonts: the fonts are
//! compiled into the binary and parsed once per process, packages are
//! refused with a clear message, and "today" is the plan's own date, so the
//! same plan always gives the same bytes.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, PackageError, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use crate::error::{Error, ErrorKind, Location, Result};
use crate::memo::Bounded;

/// A font file shipped in `fonts/` and compiled into the binary.
struct FontFile {
    data: &'static [u8],
}

/// The shipped fonts, in fallback order.
///
/// BIZ UD first (the UD typefaces the easy-read guidance asks for), then the
/// Noto Sans CJK subset for characters BIZ UD lacks (𠮷, rare extension
/// kanji, Hangul), then Noto Color Emoji.
static FONT_FILES: &[FontFile] = &[
    FontFile { data: include_bytes!("../fonts/BIZUDPGothic-Regular.ttf") },
    FontFile { data: include_bytes!("../fonts/BIZUDPGothic-Bold.ttf") },
    FontFile { data: include_bytes!("../fonts/BIZUDGothic-Regular.ttf") },
    FontFile { data: include_bytes!("../fonts/BIZUDGothic-Bold.ttf") },
    FontFile { data: include_bytes!("../fonts/BIZUDMincho-Regular.ttf") },
    FontFile { data: include_bytes!("../fonts/NotoSansJP-Fallback-Regular.otf") },
    FontFile { data: include_bytes!("../fonts/NotoColorEmoji.ttf") },
];

/// The bytes of a shipped UD font by file name, for the editor's page
/// (the same files the documents are set in; nothing is fetched).
pub fn font_file(name: &str) -> Option<&'static [u8]> {
    match name {
        "BIZUDPGothic-Regular.ttf" => Some(FONT_FILES[0].data),
        "BIZUDPGothic-Bold.ttf" => Some(FONT_FILES[1].data),
        _ => None,
    }
}

/// The fonts of the process: parsed once, shared by every render and thread.
pub struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

impl Fonts {
    /// The shared instance (parsed on first use).
    pub fn get() -> &'static Fonts {
        static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
            let fonts: Vec<Font> =
                FONT_FILES.iter().flat_map(|f| Font::iter(Bytes::new(f.data))).collect();
            Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
        });
        &FONTS
    }

    /// Whether any shipped font has a glyph for `c`.
    pub fn covers(&self, c: char) -> bool {
        // A font's coverage is a list of runs walked from the start; every
        // character of a plan is checked before each preview, so the
        // fonts' union is made once, one bit per code point (136 KiB).
        static COVERED: LazyLock<Vec<u64>> = LazyLock::new(|| {
            let mut bits = vec![0u64; (char::MAX as usize + 1).div_ceil(64)];
            for font in &Fonts::get().fonts {
                for c in font.info().coverage.iter() {
                    if let Some(word) = bits.get_mut(c as usize / 64) {
                        *word |= 1 << (c % 64);
                    }
                }
            }
            bits
        });
        let c = c as usize;
        COVERED[c / 64] & (1 << (c % 64)) != 0
    }
}

fn library() -> &'static LazyHash<Library> {
    // `a11y-extras` gives `pdf.header-cell`, which marks the label column of
    // the form's tables as row headers for screen readers.
    static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| {
        let features = [typst::Feature::A11yExtras].into_iter().collect();
        LazyHash::new(Library::builder().with_features(features).build())
    });
    &LIBRARY
}

/// One document to compile: the generated main file plus supporting files.
#[derive(Debug, Clone)]
pub struct Job {
    /// Files by virtual path (`main.typ`, `yomeru.typ`, images …).
    pub files: Vec<(String, Vec<u8>)>,
    /// The file to compile.
    pub main: String,
    /// The document's date (the plan's `dates.created`): Typst's "today"
    /// and the PDF timestamp.
    pub date: (i32, u8, u8),
}

/// Which PDF standards the output declares and is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PdfStandard {
    /// PDF/UA-1 (accessible) together with PDF/A-2a (archival, tagged):
    /// what a municipality keeps and a screen reader can read.
    #[default]
    Accessible,
    /// PDF/UA-1 alone.
    Ua1,
    /// Plain PDF 1.7, still tagged.
    None,
}

impl PdfStandard {
    fn standards(self) -> typst_pdf::PdfStandards {
        use typst_pdf::PdfStandard as S;
        let list: &[S] = match self {
            PdfStandard::Accessible => &[S::Ua_1, S::A_2a],
            PdfStandard::Ua1 => &[S::Ua_1],
            PdfStandard::None => &[],
        };
        // The pairs above are ones Typst accepts together.
        typst_pdf::PdfStandards::new(list).expect("PDF/UA-1 with PDF/A-2a is a valid pair")
    }
}

struct DocWorld {
    main: FileId,
    files: HashMap<FileId, Bytes>,
    sources: HashMap<FileId, Source>,
    today: Option<Datetime>,
}

fn file_id(path: &str) -> Result<FileId> {
    let vpath = VirtualPath::new(path)
        .map_err(|e| Error::new(ErrorKind::Template { message: format!("{path}: {e:?}") }))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// Edits `source` into `new` one changed place at a time. A field is
/// printed in more than one place (a need's words in the overview and on
/// its own page): Typst's `Source::replace` makes one edit from the first
/// change to the last, and everything between is parsed anew, its spans
/// renumbered and its pages laid out again. Edited hunk by hunk, the pages
/// between keep their layout.
fn edit_in_place(source: &mut Source, new: &str) {
    let old = source.text().to_string();
    let diff = similar::TextDiff::from_lines(old.as_str(), new);
    // Where each line starts, by `similar`'s own lines (it also ends one
    // at a lone \r).
    let (old_lines, new_lines) = (line_starts(diff.old_slices()), line_starts(diff.new_slices()));
    // Changed runs of lines, as (old bytes, new bytes); neighbouring
    // deletions and insertions are one run.
    let mut hunks: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for op in diff.ops().iter().filter(|op| op.tag() != similar::DiffTag::Equal) {
        let (o, n) = (op.old_range(), op.new_range());
        let (o, n) = (old_lines[o.start]..old_lines[o.end], new_lines[n.start]..new_lines[n.end]);
        match hunks.last_mut() {
            Some((lo, ln)) if lo.end == o.start && ln.end == n.start => {
                lo.end = o.end;
                ln.end = n.end;
            }
            _ => hunks.push((o, n)),
        }
    }
    // (`similar` may give its runs out of order, a deletion after the
    // equal run that follows it, with lone \r among the lines: edited hunk
    // by hunk, the text would come out wrong. Then one edit, from the
    // first change to the last, as `Source::replace` makes.)
    let in_order =
        hunks.windows(2).all(|w| w[0].0.end <= w[1].0.start && w[0].1.end <= w[1].1.start);
    if !in_order {
        hunks = vec![(0..old.len(), 0..new.len())];
    }
    // From the end, so that the byte offsets before each edit still hold.
    for (o, n) in hunks.into_iter().rev() {
        let (o, n) = narrowed(&old, o, new, n);
        source.edit(o, &new[n]);
    }
}

/// The byte offset of each of `lines`' starts, and the end of the last.
fn line_starts(lines: &[&str]) -> Vec<usize> {
    let mut starts = vec![0];
    for line in lines {
        starts.push(starts[starts.len() - 1] + line.len());
    }
    starts
}

/// `old[o]` → `new[n]` without the characters they begin and end with
/// alike, so that Typst reparses the smallest node holding the change.
fn narrowed(
    old: &str,
    o: Range<usize>,
    new: &str,
    n: Range<usize>,
) -> (Range<usize>, Range<usize>) {
    let (a, b) = (&old[o.clone()], &new[n.clone()]);
    let prefix: usize =
        a.chars().zip(b.chars()).take_while(|(x, y)| x == y).map(|(x, _)| x.len_utf8()).sum();
    let suffix: usize = a[prefix..]
        .chars()
        .rev()
        .zip(b[prefix..].chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    (o.start + prefix..o.end - suffix, n.start + prefix..n.end - suffix)
}

impl DocWorld {
    fn new(job: &Job) -> Result<DocWorld> {
        let mut files = HashMap::new();
        let mut sources = HashMap::new();
        for (path, data) in &job.files {
            let id = file_id(path)?;
            if path.ends_with(".typ") {
                sources.insert(id, parsed(id, data));
            }
            files.insert(id, Bytes::new(data.clone()));
        }
        let (y, m, d) = job.date;
        Ok(DocWorld {
            main: file_id(&job.main)?,
            files,
            sources,
            today: Datetime::from_ymd(y, m, d),
        })
    }

    /// This world made to hold `job`: sources edited in place (Typst
    /// reparses the changed part only), other files replaced.
    fn update(&mut self, job: &Job) -> Result<()> {
        let mut keep = std::collections::HashSet::new();
        for (path, data) in &job.files {
            let id = file_id(path)?;
            keep.insert(id);
            if path.ends_with(".typ") {
                let text = String::from_utf8_lossy(data);
                match self.sources.get_mut(&id) {
                    Some(source) if source.text() == text => {}
                    Some(source) => edit_in_place(source, &text),
                    None => {
                        self.sources.insert(id, Source::new(id, text.into_owned()));
                    }
                }
            }
            if self.files.get(&id).is_none_or(|b| b.as_slice() != data.as_slice()) {
                self.files.insert(id, Bytes::new(data.clone()));
            }
        }
        self.files.retain(|id, _| keep.contains(id));
        self.sources.retain(|id, _| keep.contains(id));
        self.main = file_id(&job.main)?;
        let (y, m, d) = job.date;
        self.today = Datetime::from_ymd(y, m, d);
        Ok(())
    }

    fn refuse_package(&self, id: FileId) -> Option<FileError> {
        let VirtualRoot::Package(spec) = id.root() else { return None };
        Some({
            FileError::Package(PackageError::Other(Some(
                format!(
                    "yomeru works offline and cannot import packages ({spec}); \
                     put the code in a .typ file in your templates folder instead"
                )
                .into(),
            )))
        })
    }
}

/// `data` parsed as the Typst source `id`. The layout libraries are the
/// same in every document, and `yomeru watch` renders the same main file
/// again after an edit to a photo: parsing was a tenth of a warm render.
/// Keyed by a 128-bit hash of the text; the cache is cleared when full, so
/// it holds at most a few documents' sources.
fn parsed(id: FileId, data: &[u8]) -> Source {
    static CACHE: Bounded<(FileId, u128), Source> = Bounded::new(32);
    CACHE.get_or_make((id, crate::memo::hash128(data)), || {
        Source::new(id, String::from_utf8_lossy(data).into_owned())
    })
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &Fonts::get().book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if let Some(e) = self.refuse_package(id) {
            return Err(e);
        }
        match self.sources.get(&id) {
            Some(s) => Ok(s.clone()),
            None if self.files.contains_key(&id) => Err(FileError::NotSource),
            None => Err(FileError::NotFound(id.vpath().get_without_slash().into())),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(e) = self.refuse_package(id) {
            return Err(e);
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        Fonts::get().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}

/// Which pages to export, numbered from 1, in order and without repeats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pages(pub Vec<usize>);

impl Pages {
    /// Pages 1 to `count`.
    pub fn all(count: usize) -> Pages {
        Pages((1..=count).collect())
    }
}

/// Why a `--pages` value was refused (a type of its own, so the command
/// line can say so in the reader's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PagesError {
    /// A part is neither a page number nor a range `a-b`.
    Syntax {
        /// The offending part, e.g. `x` of `1,x`.
        part: String,
    },
    /// A range ends before it starts, e.g. `3-1`.
    Backwards {
        /// The offending part.
        part: String,
    },
    /// A page number past [`MAX_PAGE`].
    TooLarge {
        /// The offending part.
        part: String,
    },
}

/// The largest page number `--pages` takes. A plan at every limit of
/// `plan::limits` makes a few hundred pages; a larger number is a typing
/// mistake, and `1-100000000` once took minutes to list before anything
/// was rendered.
pub const MAX_PAGE: usize = 1000;

impl std::fmt::Display for PagesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PagesError::Syntax { part } => {
                write!(f, "{part:?}: expected a page number or range such as 1-2,4")
            }
            PagesError::Backwards { part } => write!(f, "{part:?}: the range runs backwards"),
            PagesError::TooLarge { part } => write!(f, "{part:?}: pages go up to {MAX_PAGE}"),
        }
    }
}

impl std::error::Error for PagesError {}

impl std::str::FromStr for Pages {
    type Err = PagesError;

    /// `1`, `1-3`, `2,4-5`; open ranges (`3-`) are not allowed, to keep the
    /// choice explicit.
    fn from_str(s: &str) -> std::result::Result<Pages, PagesError> {
        let mut out = Vec::new();
        for part in s.split(',').map(str::trim) {
            let (a, b) = part.split_once('-').unwrap_or((part, part));
            let parse = |x: &str| x.trim().parse::<usize>().ok().filter(|&n| n > 0);
            let (Some(a), Some(b)) = (parse(a), parse(b)) else {
                return Err(PagesError::Syntax { part: part.to_string() });
            };
            if b < a {
                return Err(PagesError::Backwards { part: part.to_string() });
            }
            if b > MAX_PAGE {
                return Err(PagesError::TooLarge { part: part.to_string() });
            }
            out.extend(a..=b);
        }
        // In the order asked, each page once.
        let mut seen = std::collections::HashSet::new();
        out.retain(|n| seen.insert(*n));
        Ok(Pages(out))
    }
}

/// A compiled document and Typst's warnings.
pub struct Compiled {
    /// The laid-out pages.
    pub document: PagedDocument,
    /// Warnings as located messages.
    pub warnings: Vec<String>,
    date: (i32, u8, u8),
}

impl Compiled {
    /// Number of pages.
    pub fn page_count(&self) -> usize {
        self.document.pages().len()
    }

    /// A fingerprint of each page's layout: equal pages, equal
    /// fingerprints, so a preview replaces only the pages that changed.
    pub fn page_fingerprints(&self) -> Vec<u128> {
        self.document.pages().iter().map(|p| typst::utils::hash128(&p.frame)).collect()
    }

    /// Exports the PDF as PDF/UA-1 with PDF/A-2a (see [`Compiled::pdf_with`]).
    pub fn pdf(&self) -> Result<Vec<u8>> {
        self.pdf_with(PdfStandard::default())
    }

    /// Exports the PDF declaring `standard`, timestamped with the plan's
    /// date so that the same plan always gives the same bytes.
    pub fn pdf_with(&self, standard: PdfStandard) -> Result<Vec<u8>> {
        let (y, m, d) = self.date;
        let timestamp = Datetime::from_ymd_hms(y, m, d, 0, 0, 0).map(typst_pdf::Timestamp::new_utc);
        let options = typst_pdf::PdfOptions {
            ident: Smart::Auto,
            creator: Smart::Custom(Some(format!("yomeru {}", env!("CARGO_PKG_VERSION")))),
            timestamp,
            page_ranges: None,
            standards: standard.standards(),
            tagged: true,
            pretty: false,
        };
        typst_pdf::pdf(&self.document, &options).map_err(|diags| {
            Error::new(ErrorKind::Typeset {
                message: diags.iter().map(|d| d.message.to_string()).collect::<Vec<_>>().join("; "),
                hints: Vec::new(),
            })
        })
    }

    /// Renders `pages` as PNG at `ppi` pixels per inch, each with its
    /// page number (from 1).
    pub fn png(&self, pages: &Pages, ppi: f32) -> Result<Vec<(usize, Vec<u8>)>> {
        let opts = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(f64::from(ppi) / 72.0),
            render_bleed: false,
        };
        self.selected(pages)?
            .map(|(n, page)| {
                typst_render::render(page, &opts).encode_png().map(|png| (n, png)).map_err(|e| {
                    let problem = crate::error::IoProblem::Other(e.to_string());
                    Error::new(ErrorKind::Io { problem })
                })
            })
            .collect()
    }

    /// Renders `pages` as SVG (text as outlines, so the picture looks the
    /// same without the fonts), each with its page number.
    pub fn svg(&self, pages: &Pages) -> Result<Vec<(usize, Vec<u8>)>> {
        let opts = typst_svg::SvgOptions::default();
        Ok(self
            .selected(pages)?
            .map(|(n, page)| (n, typst_svg::svg(page, &opts).into_bytes()))
            .collect())
    }

    /// The words of page `n` (from 1) in reading order, one line of the
    /// page per line, without the readings set small above the kanji (a
    /// voice reading the page aloud would say each word twice). None when
    /// there is no such page.
    pub fn page_text(&self, n: usize) -> Option<String> {
        let page = self.document.pages().get(n.checked_sub(1)?)?;
        let mut runs = Vec::new();
        collect_text(&page.frame, typst::layout::Point::zero(), &mut runs);
        // Readings are half the size of the text they read: runs much
        // smaller than the page's usual size are left out.
        let mut sizes: Vec<f64> = runs
            .iter()
            .flat_map(|(_, size, text)| std::iter::repeat_n(*size, text.chars().count()))
            .collect();
        sizes.sort_by(f64::total_cmp);
        let usual = sizes.get(sizes.len() / 2).copied().unwrap_or(0.0);
        // The footer (page number, picture credits) is not read out.
        let footer = page.frame.height().to_pt() * 0.95;
        let mut out = String::new();
        let mut last_y: Option<f64> = None;
        let read = runs.into_iter().filter(|(y, size, _)| *size >= usual * 0.6 && *y < footer);
        for (y, size, text) in read {
            if let Some(ly) = last_y
                && (y - ly).abs() > size * 0.5
            {
                out.push('\n');
            }
            out.push_str(&text);
            last_y = Some(y);
        }
        Some(out.trim().to_string())
    }

    fn selected<'a>(
        &'a self,
        pages: &'a Pages,
    ) -> Result<impl Iterator<Item = (usize, &'a typst_layout::Page)> + 'a> {
        let count = self.page_count();
        if let Some(&missing) = pages.0.iter().find(|&&n| n == 0 || n > count) {
            return Err(Error::new(ErrorKind::NoSuchPage { page: missing, count }));
        }
        Ok(pages.0.iter().map(|&n| (n, &self.document.pages()[n - 1])))
    }
}

/// A long-lived world for one document that is typeset again and again
/// with small changes (the editor's preview of the plan being typed).
///
/// Each compile updates the world's sources in place: Typst reparses only
/// the part of the generated source that changed, and the syntax nodes
/// elsewhere keep their identity, so its memoised layout of everything
/// else is reused and unchanged pages come out equal (a fresh world
/// renumbers every node, and every page differs from the last).
#[derive(Default)]
pub struct Preview {
    world: std::sync::Mutex<Option<DocWorld>>,
}

impl Preview {
    /// An empty preview; the first compile builds its world.
    pub fn new() -> Preview {
        Preview::default()
    }

    /// Compiles `job` in this preview's world, updated to it.
    pub fn compile(&self, job: &Job) -> Result<Compiled> {
        let mut slot = self.world.lock().unwrap_or_else(|e| e.into_inner());
        match slot.as_mut() {
            Some(world) => world.update(job)?,
            None => *slot = Some(DocWorld::new(job)?),
        }
        let world = slot.as_ref().expect("made above");
        compile_in(world, job)
    }
}

/// The text runs of `frame` placed at `at`: (baseline y, size, text), in
/// the frame's order, which is the order they were laid out in.
fn collect_text(
    frame: &typst::layout::Frame,
    at: typst::layout::Point,
    out: &mut Vec<(f64, f64, String)>,
) {
    use typst::layout::FrameItem;
    for (pos, item) in frame.items() {
        let here = at + *pos;
        match item {
            FrameItem::Group(group) => {
                let shifted =
                    here + typst::layout::Point::new(group.transform.tx, group.transform.ty);
                collect_text(&group.frame, shifted, out);
            }
            FrameItem::Text(text) => {
                out.push((here.y.to_pt(), text.size.to_pt(), text.text.to_string()));
            }
            _ => {}
        }
    }
}

/// Compiles `job` to pages.
pub fn compile(job: &Job) -> Result<Compiled> {
    let world = DocWorld::new(job)?;
    compile_in(&world, job)
}

fn compile_in(world: &DocWorld, job: &Job) -> Result<Compiled> {
    let warned = typst::compile::<PagedDocument>(world);
    let warnings = warned.warnings.iter().map(|d| describe(world, d)).collect();
    match warned.output {
        Ok(document) => Ok(Compiled { document, warnings, date: job.date }),
        Err(errors) => {
            let errs: Vec<Error> = errors
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| {
                    let (loc, _) = locate(world, d);
                    Error::new(ErrorKind::Typeset {
                        message: d.message.to_string(),
                        hints: d.hints.iter().map(|h| h.v.to_string()).collect(),
                    })
                    .at(loc)
                })
                .collect();
            Err(Error::join(errs).unwrap_or_else(|| {
                Error::new(ErrorKind::Typeset { message: "unknown error".into(), hints: vec![] })
            }))
        }
    }
}

/// The generated file, line and column a diagnostic points at.
fn locate(world: &DocWorld, d: &SourceDiagnostic) -> (Location, String) {
    let Some(id) = d.span.id() else { return (Location::default(), String::new()) };
    let name = id.vpath().get_without_slash().to_string();
    let mut loc = Location { file: Some(name.clone().into()), ..Location::default() };
    if let (Some(range), Ok(source)) = (world.range(d.span), world.source(id))
        && let Some((line, col)) = source.lines().byte_to_line_column(range.start)
    {
        loc.line = Some(line + 1);
        loc.column = Some(col + 1);
    }
    (loc, name)
}

fn describe(world: &DocWorld, d: &SourceDiagnostic) -> String {
    let (loc, name) = locate(world, d);
    match loc.line {
        Some(l) => format!("{name}:{l}: {}", d.message),
        None => d.message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn source(text: &str) -> Source {
        Source::new(file_id("/main.typ").unwrap(), text.to_string())
    }

    /// A need's words printed twice, as the easy version does.
    fn page(overview: &str, detail: &str) -> String {
        let mut s = String::from("#import \"/easy.typ\": *\n");
        s.push_str(&format!("#overview-row([#box[#\"{overview}\";]])\n"));
        for i in 0..40 {
            s.push_str(&format!("#row([#box[#\"ページ{i}\";]])\n"));
        }
        s.push_str(&format!("#need-page(\n  [#box[#\"{detail}\";]],\n)\n"));
        s
    }

    #[test]
    fn runs_given_out_of_order_are_edited_as_one() {
        // (A case proptest found in CI: lone \r among the lines, and
        // `similar` gave a deletion after the equal run that follows it.)
        let old = page("", "\n;\na\ra\na\r\r\na\r[\n\r\n\r\n\n");
        let new = page("\r", "\n\n\r\r\rb\n\r\rb\n\n");
        let mut s = source(&old);
        edit_in_place(&mut s, &new);
        assert_eq!(s.text(), new);
        assert!(s.root().spanless_eq(source(&new).root()));
    }

    #[test]
    fn an_edit_in_two_places_leaves_the_lines_between_alone() {
        let mut s = source(&page("自分のペースで食べたい。", "自分のペースで食べたい。"));
        let before = s.clone();
        let new = page("自分のペースで食べたい。（1）", "自分のペースで食べたい。（1）");
        edit_in_place(&mut s, &new);
        assert_eq!(s.text(), new);
        assert!(s.root().spanless_eq(source(&new).root()));
        // Every row between the two places keeps its spans.
        let rows = |s: &Source| -> Vec<typst::syntax::Span> {
            s.root().children().map(|n| n.span()).collect()
        };
        let (a, b) = (rows(&before), rows(&s));
        let kept = a.iter().zip(&b).filter(|(x, y)| x == y).count();
        assert!(kept + 8 >= a.len(), "only {kept} of {} top-level nodes kept their spans", a.len());
    }

    proptest! {
        /// Whatever the edits, the edited source is the new text, parsed
        /// as a fresh parse of it would be.
        #[test]
        fn editing_in_place_equals_parsing_anew(
            a in "[ぁ-ん漢字\\[\\]#\"; a-z\n\r]{0,40}",
            b in "[ぁ-ん漢字\\[\\]#\"; a-z\n\r]{0,40}",
            c in "[ぁ-ん漢字\\[\\]#\"; a-z\n\r]{0,40}",
            d in "[ぁ-ん漢字\\[\\]#\"; a-z\n\r]{0,40}",
        ) {
            let old = page(&a, &b);
            let new = page(&c, &d);
            let mut s = source(&old);
            edit_in_place(&mut s, &new);
            prop_assert_eq!(s.text(), new.as_str());
            prop_assert!(s.root().spanless_eq(source(&new).root()));
        }
    }
}
