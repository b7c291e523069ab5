//! Helpers shared by the integration tests: render through the library or
//! the binary, and read PDFs back the way a person would (pdftotext).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use yomeru::locale::Locale;
use yomeru::plan::LoadedPlan;
use yomeru::render::Renderer;

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

/// Loads and renders `plan` to PDF bytes through the library.
pub fn render_pdf(plan: &LoadedPlan) -> (Vec<u8>, usize) {
    let lang = yomeru::label_language(plan, "ja");
    let renderer = Renderer::new(Locale::get(lang).unwrap(), None).unwrap();
    let out = yomeru::render_official(&renderer, plan).unwrap_or_else(|e| panic!("{e}"));
    (out.compiled.pdf().unwrap(), out.compiled.page_count())
}

/// The text of a PDF as pdftotext extracts it in content order (`-raw`),
/// so that each table cell's text stays together.
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    pdftotext(&path)
}

/// pdftotext of a PDF file.
pub fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// `s` without any whitespace, for comparing text across line breaks.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The `yomeru` binary.
pub fn yomeru() -> Command {
    Command::new(env!("CARGO_BIN_EXE_yomeru"))
}

/// Every string of the plan that the official PDF must show verbatim, with
/// its key path. Left out: the easy-read-only parts (`readings`, `called`,
/// `plain`, pictogram ids, photo paths), machine words (kind, language,
/// days, signed_by) and dates and times, which are printed formatted.
pub fn printable_strings(plan: &yomeru::plan::Plan) -> Vec<(String, String)> {
    let json = serde_json::to_value(plan).unwrap();
    let mut out = Vec::new();
    walk(&json, String::new(), &mut out);
    out
}

fn walk(v: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    const SKIP: &[&str] = &[
        "readings",
        "called",
        "plain",
        "pictogram",
        "photo",
        "language",
        "days",
        "signed_by",
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
    ];
    match v {
        serde_json::Value::String(s) if path != "kind" && !s.trim().is_empty() => {
            out.push((path, s.clone()));
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                if SKIP.contains(&k.as_str()) {
                    continue;
                }
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                walk(item, p, out);
            }
        }
        _ => {}
    }
}

/// Renders `variant` of `plan` in its default text style, laid out for
/// `print`; returns the PDF (PDF/UA-1 with PDF/A-2a) and its page count.
pub fn variant_pdf(
    plan: &LoadedPlan,
    variant: yomeru::render::Variant,
    print: yomeru::render::Print,
) -> (Vec<u8>, usize) {
    variant_pdf_styled(plan, variant, print, variant.default_style())
}

/// Like [`variant_pdf`] with an explicit text style.
pub fn variant_pdf_styled(
    plan: &LoadedPlan,
    variant: yomeru::render::Variant,
    print: yomeru::render::Print,
    style: yomeru::render::TextStyle,
) -> (Vec<u8>, usize) {
    let out = yomeru::render(&variant_renderer(plan, variant, print, style), plan, variant)
        .unwrap_or_else(|e| panic!("{e}"));
    (out.compiled.pdf().unwrap(), out.compiled.page_count())
}

/// The renderer the command line builds for `variant` of `plan`.
pub fn variant_renderer(
    plan: &LoadedPlan,
    variant: yomeru::render::Variant,
    print: yomeru::render::Print,
    style: yomeru::render::TextStyle,
) -> Renderer {
    let lang = yomeru::label_language(plan, "ja");
    let labels = match variant {
        yomeru::render::Variant::Official => Locale::get(lang),
        yomeru::render::Variant::Easy => Locale::easy(lang),
    };
    Renderer::new(labels.unwrap(), None).unwrap().with_style(style).with_print(print)
}

/// The meeting pack of `plan`: easy version, then the official documents.
pub fn meeting_pdf(plan: &LoadedPlan, print: yomeru::render::Print) -> (Vec<u8>, usize) {
    use yomeru::render::Variant;
    let official =
        variant_renderer(plan, Variant::Official, print, Variant::Official.default_style());
    let easy = variant_renderer(plan, Variant::Easy, print, Variant::Easy.default_style());
    let out = yomeru::render_meeting(&official, &easy, plan).unwrap_or_else(|e| panic!("{e}"));
    (out.compiled.pdf().unwrap(), out.compiled.page_count())
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

/// What a screen reader reads: the tagged structure's text (readings are
/// artifacts and not in it), without whitespace.
pub fn spoken(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdfinfo").arg("-struct-text").arg(&file).output().unwrap();
    // Heading titles are printed as raw UTF-16: read leniently.
    let tree = String::from_utf8_lossy(&out.stdout).into_owned();
    squash(
        &tree
            .lines()
            .filter_map(|l| l.trim().strip_prefix('"').and_then(|l| l.strip_suffix('"')))
            .collect::<String>(),
    )
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

/// Words that poppler finds (partly) outside their page: text cut off at
/// the paper's edge. Empty when everything is on the page.
pub fn words_off_the_page(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-bbox", "-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let attr = |tag: &str, name: &str| -> f64 {
        let key = format!("{name}=\"");
        tag.find(&key)
            .and_then(|i| tag[i + key.len()..].split('"').next()?.parse().ok())
            .unwrap_or(0.0)
    };
    let (mut w, mut h) = (0.0, 0.0);
    let mut off = Vec::new();
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            (w, h) = (attr(line, "width"), attr(line, "height"));
        } else if line.starts_with("<word ") {
            let (x0, y0, x1, y1) =
                (attr(line, "xMin"), attr(line, "yMin"), attr(line, "xMax"), attr(line, "yMax"));
            if x0 < 0.0 || y0 < 0.0 || x1 > w + 0.5 || y1 > h + 0.5 {
                off.push(line.to_string());
            }
        }
    }
    off
}

/// The text of page `n` (from 1) of a PDF, without whitespace.
pub fn page_text(pdf: &[u8], n: usize) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("doc.pdf");
    std::fs::write(&file, pdf).unwrap();
    let n = n.to_string();
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", "-f", &n, "-l", &n])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    squash(&String::from_utf8_lossy(&out.stdout))
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
