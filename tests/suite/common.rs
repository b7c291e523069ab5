//! Helpers shared by the integration tests: load and render through the
//! library's session or run the binary, and read PDFs back the way a person
//! would.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use yomeru::Error;
use yomeru::japanese::grade::Furigana;
use yomeru::plan::{FieldValue, LoadedPlan};
use yomeru::render::{Print, Variant};
use yomeru::session::{Document, Output, Session, Settings};

pub use crate::pdf::{
    find_on_page, page_text, pdf_text, spoken, struct_tree, text_boxes, words, words_off_the_page,
};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every example plan in `examples/`.
pub fn examples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json" || e == "toml"))
        .collect();
    v.sort();
    v
}

/// Reads the plan file at `path` (and what it names) as the command line does.
pub fn load_plan(path: &Path) -> Result<LoadedPlan, Error> {
    yomeru::caseload::read_plan(&Session::new(Settings::default()), path).plan
}

/// Settings rendering `documents` and otherwise the defaults.
pub fn settings(documents: &[Document]) -> Settings {
    Settings { documents: documents.to_vec(), ..Settings::default() }
}

/// Typesets `document` of `plan` with `settings`.
pub fn typeset(plan: &LoadedPlan, document: Document, settings: Settings) -> Output {
    Session::new(settings).typeset(document, plan).unwrap_or_else(|e| panic!("{e}"))
}

/// PDF bytes and page count of `document` of `plan` with `settings`.
pub fn pdf_of(plan: &LoadedPlan, document: Document, settings: Settings) -> (Vec<u8>, usize) {
    let standard = settings.standard;
    let out = typeset(plan, document, settings);
    (out.compiled.pdf_with(standard).unwrap(), out.compiled.page_count())
}

/// The official documents of `plan` as PDF, with their page count.
pub fn render_pdf(plan: &LoadedPlan) -> (Vec<u8>, usize) {
    pdf_of(plan, Document::One(Variant::Official), Settings::default())
}

/// The generated `main.typ` of `document` of `plan` with `settings`.
pub fn main_typ(plan: &LoadedPlan, document: Document, settings: Settings) -> String {
    let rendered = Session::new(settings).source(document, plan).unwrap_or_else(|e| panic!("{e}"));
    let (_, main) = rendered.job.files.iter().find(|(name, _)| name == "main.typ").unwrap();
    String::from_utf8(main.clone()).unwrap()
}

/// `s` without any whitespace, for comparing text across line breaks.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The names of the files in `dir` (none when it does not exist).
pub fn list(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|r| r.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default()
}

/// The `yomeru` binary.
pub fn yomeru() -> Command {
    Command::new(env!("CARGO_BIN_EXE_yomeru"))
}

/// Every string of the plan that the official PDF must show verbatim, with
/// its key path (from the plan's own list of fields). Left out: the
/// easy-read-only parts (`readings`, `called`, `plain`, pictogram ids,
/// photo paths), machine words (kind, language, days, signed_by, need ids,
/// which are the plan's own keys) and dates and times, which are printed
/// formatted.
pub fn printable_strings(plan: &yomeru::plan::Plan) -> Vec<(String, String)> {
    const SKIP: &[&str] = &[
        "readings",
        "called",
        "photo",
        "language",
        "birth_date",
        "created",
        "start",
        "monitoring_from",
        "monitored_on",
        "achieve_by",
        "review_at",
        "from",
        "to",
        "date",
        // For the caseload, not printed: the area and the certificate
        // period's end; an unmet service prints its reason's words.
        "area",
        "valid_until",
        "unmet",
        "community_issues",
    ];
    yomeru::plan::fields::fields(plan)
        .into_iter()
        .filter(|f| {
            !f.path.split(['.', '[']).any(|part| SKIP.contains(&part.trim_end_matches(']')))
        })
        .filter(|f| {
            let monitored_need =
                f.path.starts_with("monitoring.rows[") && f.path.ends_with(".need");
            !f.path.ends_with(".id") && !monitored_need
        })
        .map(|f| match f.value {
            FieldValue::Text(t) => (f.path, t.text),
            FieldValue::Str(s) => (f.path, s),
        })
        .filter(|(_, s)| !s.trim().is_empty())
        .collect()
}

/// `variant` of `plan` as PDF (PDF/UA-1 with PDF/A-2a) in its default
/// text style, laid out for `print`, with its page count.
pub fn variant_pdf(plan: &LoadedPlan, variant: Variant, print: Print) -> (Vec<u8>, usize) {
    styled_pdf(plan, variant, print, None, false)
}

/// Like [`variant_pdf`] with readings (`None`: the variant's default) and
/// 分かち書き chosen.
pub fn styled_pdf(
    plan: &LoadedPlan,
    variant: Variant,
    print: Print,
    furigana: Option<Furigana>,
    wakachi: bool,
) -> (Vec<u8>, usize) {
    let settings = Settings { print, furigana, wakachi, ..Settings::default() };
    pdf_of(plan, Document::One(variant), settings)
}

/// The meeting pack of `plan`: easy version, then the official documents.
pub fn meeting_pdf(plan: &LoadedPlan, print: Print) -> (Vec<u8>, usize) {
    pdf_of(plan, Document::Meeting, Settings { print, ..Settings::default() })
}

/// Every example: the plans in `examples/` and the monitoring reports in
/// `examples/monitoring/`.
pub fn all_examples() -> Vec<PathBuf> {
    let mut v = examples();
    let mut m: Vec<PathBuf> = std::fs::read_dir(root().join("examples/monitoring"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    m.sort();
    v.extend(m);
    v
}

/// What a PDF declares and how its structure tree is built, read back with
/// lopdf (not taken on trust from the exporter).
#[derive(Debug, Default)]
pub struct PdfFacts {
    /// `pdfuaid:part` in the XMP metadata.
    pub ua_part: Option<String>,
    /// `pdfaid:part` and `pdfaid:conformance`.
    pub pdfa: Option<(String, String)>,
    /// `/MarkInfo /Marked true`.
    pub tagged: bool,
    /// The catalog's `/Lang`.
    pub lang: Option<String>,
    /// The document title (XMP `dc:title`, else `/Info /Title`).
    pub title: Option<String>,
    /// `/ViewerPreferences /DisplayDocTitle true`.
    pub display_title: bool,
    /// Structure elements by type (`H1`, `Table`, `TH`, `Figure`, `L` …).
    pub tags: std::collections::BTreeMap<String, usize>,
    /// Alt text of every `Figure` (`None` when missing).
    pub figure_alts: Vec<Option<String>>,
    /// `/Scope` of header cells (`Row`, `Column`, `Both`).
    pub th_scopes: std::collections::BTreeMap<String, usize>,
}

impl PdfFacts {
    /// Number of structure elements of type `tag`.
    pub fn count(&self, tag: &str) -> usize {
        self.tags.get(tag).copied().unwrap_or(0)
    }
}

/// Reads [`PdfFacts`] from PDF bytes.
pub fn pdf_facts(pdf: &[u8]) -> PdfFacts {
    use lopdf::Object;
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut f = PdfFacts::default();
    let catalog = doc.catalog().unwrap();
    let deref = |o: &Object| doc.dereference(o).map(|(_, o)| o.clone()).ok();
    f.lang = catalog.get(b"Lang").ok().and_then(|o| o.as_str().ok()).map(decode_pdf_text);
    f.tagged = catalog
        .get(b"MarkInfo")
        .ok()
        .and_then(deref)
        .and_then(|o| o.as_dict().ok().and_then(|d| d.get(b"Marked").ok()?.as_bool().ok()))
        .unwrap_or(false);
    f.display_title = catalog
        .get(b"ViewerPreferences")
        .ok()
        .and_then(deref)
        .and_then(|o| o.as_dict().ok().and_then(|d| d.get(b"DisplayDocTitle").ok()?.as_bool().ok()))
        .unwrap_or(false);
    if let Some(Object::Stream(s)) = catalog.get(b"Metadata").ok().and_then(deref) {
        let bytes = s.decompressed_content().unwrap_or_else(|_| s.content.clone());
        let xmp = String::from_utf8_lossy(&bytes).into_owned();
        let tag = |name: &str| {
            let open = format!("<{name}>");
            let start = xmp.find(&open)? + open.len();
            let end = xmp[start..].find('<')? + start;
            Some(xmp[start..end].trim().to_string())
        };
        f.ua_part = tag("pdfuaid:part");
        f.pdfa = tag("pdfaid:part").zip(tag("pdfaid:conformance"));
        f.title = xmp
            .find("<dc:title>")
            .and_then(|i| xmp[i..].find("<rdf:li").map(|j| i + j))
            .and_then(|i| xmp[i..].find('>').map(|j| i + j + 1))
            .and_then(|i| xmp[i..].find('<').map(|j| xmp[i..i + j].to_string()));
    }
    if f.title.is_none()
        && let Ok(info) = doc.trailer.get(b"Info")
        && let Some(Object::Dictionary(d)) = deref(info)
    {
        f.title = d.get(b"Title").ok().and_then(|o| o.as_str().ok()).map(decode_pdf_text);
    }
    for obj in doc.objects.values() {
        let Ok(dict) = obj.as_dict() else { continue };
        let Some(s) = dict.get(b"S").ok().and_then(|s| s.as_name().ok()) else { continue };
        if dict.get(b"P").is_err() {
            continue;
        }
        let s = String::from_utf8_lossy(s).into_owned();
        if s == "Figure" {
            f.figure_alts
                .push(dict.get(b"Alt").ok().and_then(|a| a.as_str().ok()).map(decode_pdf_text));
        }
        if s == "TH" {
            let scope = dict
                .get(b"A")
                .ok()
                .and_then(deref)
                .and_then(|a| {
                    let d = match &a {
                        Object::Array(items) => items
                            .iter()
                            .find_map(|i| deref(i).and_then(|o| o.as_dict().ok().cloned())),
                        Object::Dictionary(d) => Some(d.clone()),
                        _ => None,
                    }?;
                    d.get(b"Scope")
                        .ok()?
                        .as_name()
                        .ok()
                        .map(|n| String::from_utf8_lossy(n).into_owned())
                })
                .unwrap_or_default();
            *f.th_scopes.entry(scope).or_default() += 1;
        }
        *f.tags.entry(s).or_default() += 1;
    }
    f
}

/// A PDF text string: UTF-16BE with a byte-order mark, or PDFDocEncoding
/// (ASCII is enough here).
pub fn decode_pdf_text(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest.chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

/// The type size most of a PDF's glyphs are set in (points), read from the
/// page content streams: the body size, whatever the template claims.
pub fn body_font_size(pdf: &[u8]) -> f32 {
    use lopdf::Object;
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let mut glyphs: std::collections::BTreeMap<u32, usize> = Default::default();
    for (_, page) in doc.get_pages() {
        let content = doc.get_page_content(page).unwrap();
        let ops = lopdf::content::Content::decode(&content).unwrap().operations;
        let mut size = 0.0f32;
        for op in ops {
            match op.operator.as_str() {
                "Tf" => size = op.operands.get(1).and_then(|o| o.as_float().ok()).unwrap_or(0.0),
                "Tj" | "TJ" => {
                    let mut n = 0;
                    for o in &op.operands {
                        match o {
                            Object::String(s, _) => n += s.len() / 2,
                            Object::Array(items) => {
                                n += items
                                    .iter()
                                    .filter_map(|i| i.as_str().ok())
                                    .map(|s| s.len() / 2)
                                    .sum::<usize>()
                            }
                            _ => {}
                        }
                    }
                    *glyphs.entry((size * 100.0).round() as u32).or_default() += n;
                }
                _ => {}
            }
        }
    }
    glyphs.into_iter().max_by_key(|(_, n)| *n).map_or(0.0, |(s, _)| s as f32 / 100.0)
}

/// Page sizes in points (width, height), read with lopdf.
pub fn page_sizes(pdf: &[u8]) -> Vec<(f32, f32)> {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).unwrap();
            let b = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let n = |i: usize| b[i].as_float().unwrap();
            (n(2) - n(0), n(3) - n(1))
        })
        .collect()
}

/// Runs `yomeru` with `args`, feeding `input` on standard input.
pub fn run_with_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = yomeru()
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
