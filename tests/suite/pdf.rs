//! Reads the produced PDFs back in pure Rust, the way a person and a screen
//! reader meet them: the drawn text in content order (like `pdftotext -raw`),
//! the text of the tagged structure tree (like `pdfinfo -struct-text`), and
//! text that runs off the paper (like `pdftotext -bbox`). Poppler stays the
//! independent second reader in CI; this module needs nothing but lopdf.
//!
//! Why a small interpreter rather than a text-extraction crate: lopdf 0.38's
//! `Document::extract_text` cannot read Typst's ToUnicode CMaps (its parser
//! stops at their `/CMapVersion` and `/WMode` lines, so every glyph comes out
//! as U+FFFD), and no lopdf version gives glyph positions or marked content;
//! pdf-extract (0.12) has positions but hides marked content (so it cannot
//! tell readings, which are artifacts, from words) and pulls in a second,
//! newer lopdf. Here lopdf parses the file and the content streams; this
//! module keeps the text state, the marked-content stack, the glyph widths
//! and a small ToUnicode reader, which is all the four questions need.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};

/// All drawn text of a PDF in content-stream order, like `pdftotext -raw`
/// (and for Typst's PDFs byte for byte the same): one table cell's text stays
/// together, ruby readings (artifacts) come right after their word, as Typst
/// draws them. Lines and spaces follow poppler's rules (see `layout`), a
/// form feed ends each page, and text wholly off the page is left out.
pub fn pdf_text(pdf: &[u8]) -> String {
    read(pdf).iter().map(|p| layout(p) + "\x0c").collect()
}

/// The text of page `n` (from 1) of a PDF, without whitespace; empty when the
/// PDF has fewer pages.
pub fn page_text(pdf: &[u8], n: usize) -> String {
    read(pdf).get(n.wrapping_sub(1)).map(|p| squash(&layout(p))).unwrap_or_default()
}

/// One glyph as a reader sees it on a page: its text, its box (x0, y0,
/// x1, y1 in points, y upwards), its type size, and whether it is a reading
/// (ruby) or page furniture rather than a word of the text.
#[derive(Debug, Clone)]
pub struct Seen {
    pub text: String,
    pub bbox: [f64; 4],
    pub size: f64,
    pub artifact: bool,
}

/// The visible glyphs of each page, in content order.
pub fn glyphs(pdf: &[u8]) -> Vec<Vec<Seen>> {
    read(pdf)
        .iter()
        .map(|p| {
            p.visible()
                .map(|g| Seen {
                    text: g.text.clone(),
                    bbox: g.bbox,
                    size: g.size,
                    artifact: g.artifact,
                })
                .collect()
        })
        .collect()
}

/// The boxes (points, y upwards: x0, y0, x1, y1) of the pictures on each
/// page, as the tagged PDF declares them to assistive technology: every
/// `Figure` element's layout `BBox` on its page (`/Pg`).
pub fn pictures(pdf: &[u8]) -> Vec<Vec<[f64; 4]>> {
    let doc = load(pdf);
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let mut out = vec![Vec::new(); pages.len()];
    for obj in doc.objects.values() {
        let Ok(d) = obj.as_dict() else { continue };
        if d.get(b"S").and_then(Object::as_name).ok() != Some(b"Figure") {
            continue;
        }
        let Some(page) = d.get(b"Pg").and_then(Object::as_reference).ok() else { continue };
        let Some(p) = pages.iter().position(|id| *id == page) else { continue };
        let attrs = match deref(&doc, d.get(b"A").ok()) {
            Some(Object::Array(items)) => {
                items.iter().filter_map(|i| deref(&doc, Some(i))).collect()
            }
            Some(one) => vec![one],
            None => Vec::new(),
        };
        for a in attrs {
            let Ok(a) = a.as_dict() else { continue };
            let Some(b) = a.get(b"BBox").and_then(Object::as_array).ok() else { continue };
            let v: Vec<f64> = b.iter().filter_map(|o| num(&doc, o)).collect();
            if v.len() == 4 {
                out[p].push([v[0], v[1], v[2], v[3]]);
            }
        }
    }
    out
}

/// What a screen reader reads, without whitespace: the text of the tagged
/// structure tree in structure order (readings and page furniture are
/// artifacts, outside the tree). An untagged PDF falls back to the text drawn
/// outside artifacts, in content order.
pub fn spoken(pdf: &[u8]) -> String {
    let doc = load(pdf);
    let pages = read_doc(&doc);
    match structure(&doc, &pages) {
        Some(tree) => squash(&tree.text),
        None => squash(
            &pages
                .iter()
                .flat_map(Page::visible)
                .filter(|g| !g.artifact)
                .map(|g| g.text.as_str())
                .collect::<String>(),
        ),
    }
}

/// Every structure element in document order (pre-order) as its type after
/// role mapping (`Document`, `P`, `H1`, `TD`, `Span` …) and all the text
/// beneath it, whitespace kept as drawn (none is added between pieces).
/// Empty for an untagged PDF. With it a test can check, for example, that a
/// rubied word is part of its paragraph or cell and not an element of its
/// own.
pub fn struct_tree(pdf: &[u8]) -> Vec<(String, String)> {
    let doc = load(pdf);
    let pages = read_doc(&doc);
    structure(&doc, &pages).map(|t| t.elements).unwrap_or_default()
}

/// Where `needle` is drawn on page `n` (from 1), each time it is: the box
/// of its glyphs as `pdftotext -bbox` gives a word's, in points with x from
/// the page's left edge and y from its top edge (`[x0, y0, x1, y1]`,
/// `y0` above `y1`), in the order the page draws them. Readings
/// (artifacts) and whitespace are skipped, so a rubied word is found by
/// its letters alone.
pub fn find_on_page(pdf: &[u8], n: usize, needle: &str) -> Vec<[f64; 4]> {
    let pages = read(pdf);
    let Some(page) = pages.get(n.wrapping_sub(1)) else { return Vec::new() };
    let top = page.media_box[3];
    let glyphs: Vec<&Glyph> =
        page.visible().filter(|g| !g.artifact && !g.text.trim().is_empty()).collect();
    let letters: Vec<char> = glyphs.iter().flat_map(|g| g.text.chars()).collect();
    // Which glyph drew each letter.
    let owner: Vec<usize> =
        glyphs.iter().enumerate().flat_map(|(i, g)| g.text.chars().map(move |_| i)).collect();
    let needle: Vec<char> = squash(needle).chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    (0..letters.len().saturating_sub(needle.len() - 1))
        .filter(|&at| letters[at..at + needle.len()] == needle[..])
        .map(|at| {
            let (first, last) = (owner[at], owner[at + needle.len() - 1]);
            glyphs[first..=last].iter().fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, g| {
                let [x0, y0, x1, y1] = g.bbox;
                [b[0].min(x0), b[1].min(top - y1), b[2].max(x1), b[3].max(top - y0)]
            })
        })
        .collect()
}

/// Glyph runs (the glyphs of one text-showing operator) that lie at least
/// partly outside their page's MediaBox, i.e. text cut off at the paper's
/// edge, each described with its page, text and box in points. Empty when
/// all text is on the page. A glyph's box spans its advance width and the
/// font's descent to ascent, as poppler's `pdftotext -bbox` measures words;
/// half a point of overhang is tolerated, as in the poppler-based check.
pub fn words_off_the_page(pdf: &[u8]) -> Vec<String> {
    const SLACK: f64 = 0.5;
    let mut off = Vec::new();
    for (i, page) in read(pdf).iter().enumerate() {
        let [mx0, my0, mx1, my1] = page.media_box;
        // (run, text, box of its visible glyphs, whether one lies outside)
        let mut runs: Vec<(usize, String, Option<[f64; 4]>, bool)> = Vec::new();
        for g in &page.glyphs {
            if runs.last().is_none_or(|r| r.0 != g.run) {
                runs.push((g.run, String::new(), None, false));
            }
            let Some((_, text, bbox, out)) = runs.last_mut() else { continue };
            text.push_str(&g.text);
            // A space has no ink: it cannot be cut off.
            if g.text.trim().is_empty() {
                continue;
            }
            let b = g.bbox;
            *out |= b[0] < mx0 - SLACK
                || b[1] < my0 - SLACK
                || b[2] > mx1 + SLACK
                || b[3] > my1 + SLACK;
            *bbox =
                Some(bbox.map_or(b, |a| {
                    [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
                }));
        }
        for (_, text, bbox, _) in runs.into_iter().filter(|r| r.3) {
            let [x0, y0, x1, y1] = bbox.unwrap_or_default();
            off.push(format!(
                "page {}: {text:?} at x {x0:.1}..{x1:.1}, y {y0:.1}..{y1:.1} \
                 (MediaBox {mx0:.1} {my0:.1} {mx1:.1} {my1:.1})",
                i + 1
            ));
        }
    }
    off
}

/// Where a text is drawn: the box around its glyphs, in points from the
/// page's top-left corner (as `pdftotext -bbox` reports words: advance
/// width across, the font's descent to ascent down), and the smallest type
/// size among them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextBox {
    pub x0: f64,
    pub top: f64,
    pub x1: f64,
    pub bottom: f64,
    pub size: f64,
}

impl TextBox {
    /// Whether the box lies within `x0..x1` across and `top..bottom` down,
    /// give or take `slack` points.
    pub fn within(&self, (x0, top, x1, bottom): (f64, f64, f64, f64), slack: f64) -> bool {
        self.x0 >= x0 - slack
            && self.x1 <= x1 + slack
            && self.top >= top - slack
            && self.bottom <= bottom + slack
    }
}

/// Every place `needle` (whitespace ignored) is drawn on page `n` (from 1):
/// matched against the page's visible glyphs in content order, so a text
/// wrapped over several lines of one cell is found whole. Readings
/// (artifacts) are left out, as a reader of the words skips them.
pub fn text_boxes(pdf: &[u8], n: usize, needle: &str) -> Vec<TextBox> {
    let pages = read(pdf);
    let Some(page) = pages.get(n.wrapping_sub(1)) else { return Vec::new() };
    let glyphs: Vec<&Glyph> =
        page.visible().filter(|g| !g.artifact && !g.text.trim().is_empty()).collect();
    // The page's text, and the glyph each byte of it comes from.
    let mut text = String::new();
    let mut owner = Vec::new();
    for (i, g) in glyphs.iter().enumerate() {
        let t = squash(&g.text);
        owner.extend(std::iter::repeat_n(i, t.len()));
        text.push_str(&t);
    }
    let needle = squash(needle);
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(&needle)
        .map(|(at, m)| text_box(page, &glyphs[owner[at]..=owner[at + m.len() - 1]]))
        .collect()
}

/// The words drawn on page `n` (from 1), each with its box: the glyphs of
/// one text-showing operator (Typst draws a run of text with one), split
/// at spaces. Readings are left out.
pub fn words(pdf: &[u8], n: usize) -> Vec<(String, TextBox)> {
    let pages = read(pdf);
    let Some(page) = pages.get(n.wrapping_sub(1)) else { return Vec::new() };
    let mut groups: Vec<Vec<&Glyph>> = Vec::new();
    let mut last: Option<(usize, bool)> = None;
    for g in page.visible().filter(|g| !g.artifact) {
        let space = g.text.trim().is_empty();
        if !space && last.is_none_or(|(run, was_space)| run != g.run || was_space) {
            groups.push(Vec::new());
        }
        if !space && let Some(w) = groups.last_mut() {
            w.push(g);
        }
        last = Some((g.run, space));
    }
    groups
        .iter()
        .map(|w| (w.iter().map(|g| g.text.as_str()).collect(), text_box(page, w)))
        .collect()
}

/// The box around `glyphs` of `page`, from its top-left corner.
fn text_box(page: &Page, glyphs: &[&Glyph]) -> TextBox {
    let top = page.media_box[3];
    let fold = |f: fn(f64, f64) -> f64, k: usize, init: f64| {
        glyphs.iter().map(|g| g.bbox[k]).fold(init, f)
    };
    TextBox {
        x0: fold(f64::min, 0, f64::INFINITY),
        top: top - fold(f64::max, 3, f64::NEG_INFINITY),
        x1: fold(f64::max, 2, f64::NEG_INFINITY),
        bottom: top - fold(f64::min, 1, f64::INFINITY),
        size: glyphs.iter().map(|g| g.size).fold(f64::INFINITY, f64::min),
    }
}

/// `s` without any whitespace.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Parses a PDF; tests want a panic on an unreadable one.
fn load(pdf: &[u8]) -> Document {
    Document::load_mem(pdf).expect("lopdf reads the PDF")
}

/// The glyphs of every page.
fn read(pdf: &[u8]) -> Vec<Page> {
    read_doc(&load(pdf))
}

/// One drawn glyph.
#[derive(Debug, Clone)]
struct Glyph {
    /// Its Unicode text from the font's ToUnicode CMap (or the marked
    /// content's `/ActualText`, given to the first glyph of the sequence).
    text: String,
    /// Where the pen was before and after the glyph's advance (user space).
    origin: (f64, f64),
    end: (f64, f64),
    /// Box of advance width × descent..ascent in user space: x0, y0, x1, y1.
    bbox: [f64; 4],
    /// Type size in user space.
    size: f64,
    /// Inside an `/Artifact` marked-content sequence.
    artifact: bool,
    /// The innermost marked-content identifier around it.
    mcid: Option<i64>,
    /// Which text-showing operator drew it.
    run: usize,
}

/// A page's MediaBox and its glyphs in content order.
struct Page {
    id: ObjectId,
    media_box: [f64; 4],
    glyphs: Vec<Glyph>,
}

impl Page {
    /// The glyphs a reader keeps: like poppler, those whose baseline
    /// (origin to advance) lies wholly off the page are dropped, as no one
    /// can see them.
    fn visible(&self) -> impl Iterator<Item = &Glyph> {
        let [x0, y0, x1, y1] = self.media_box;
        self.glyphs.iter().filter(move |g| {
            let (ax, bx) = (g.origin.0.min(g.end.0), g.origin.0.max(g.end.0));
            let (ay, by) = (g.origin.1.min(g.end.1), g.origin.1.max(g.end.1));
            bx >= x0 && ax <= x1 && by >= y0 && ay <= y1
        })
    }
}

/// An affine matrix `[a b c d e f]`, as PDF writes them.
type Matrix = [f64; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n`: the PDF product `m × n`.
fn mul(m: Matrix, n: Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// The point `(x, y)` moved by `m`.
fn apply(m: Matrix, x: f64, y: f64) -> (f64, f64) {
    (x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5])
}

/// What the interpreter needs of a font: how to cut a string into codes,
/// each code's text and advance width, and its vertical extent.
struct Font<'a> {
    /// The font's ToUnicode CMap: Typst writes one for every font.
    to_unicode: Option<ToUnicode>,
    /// lopdf's decoder for a simple font without ToUnicode.
    encoding: Option<Encoding<'a>>,
    /// Code length in bytes where the CMap's codespace does not say: 2 for
    /// Type0 (Identity-H), else 1.
    code_len: usize,
    /// Advance widths in text space per unit of type size (em), by code
    /// (Identity-H: the code is the CID).
    widths: HashMap<u32, f64>,
    default_width: f64,
    /// Ascent and descent in em (for glyph boxes).
    ascent: f64,
    descent: f64,
}

impl<'a> Font<'a> {
    fn new(doc: &'a Document, dict: &'a Dictionary) -> Font<'a> {
        let subtype = dict.get(b"Subtype").and_then(Object::as_name).unwrap_or_default();
        let to_unicode =
            deref(doc, dict.get(b"ToUnicode").ok()).and_then(|o| o.as_stream().ok()).map(|s| {
                ToUnicode::parse(&s.decompressed_content().unwrap_or_else(|_| s.content.clone()))
            });
        let mut font = Font {
            // Only simple fonts without a ToUnicode CMap need lopdf's
            // encodings (lopdf 0.38 cannot parse Typst's CMaps: it stops
            // at their /CMapVersion and /WMode entries).
            encoding: match to_unicode {
                None if subtype != b"Type0" => dict.get_font_encoding(doc).ok(),
                _ => None,
            },
            to_unicode,
            code_len: if subtype == b"Type0" { 2 } else { 1 },
            widths: HashMap::new(),
            default_width: 0.0,
            ascent: 0.8,
            descent: -0.2,
        };
        // Glyph space → text space: 1/1000 except for Type3, whose
        // FontMatrix says (Typst's colour emoji are Type3).
        let (mut sx, mut sy) = (0.001, 0.001);
        let mut metrics = dict;
        if subtype == b"Type0" {
            let Some(cid) = deref(doc, dict.get(b"DescendantFonts").ok())
                .and_then(|o| o.as_array().ok())
                .and_then(|a| deref(doc, a.first()))
                .and_then(|o| o.as_dict().ok())
            else {
                return font;
            };
            metrics = cid;
            font.default_width =
                cid.get(b"DW").ok().and_then(|o| num(doc, o)).unwrap_or(1000.0) * sx;
            // /W: `c [w1 w2 …]` gives widths from c on; `c1 c2 w` one width
            // for a range.
            let w = deref(doc, cid.get(b"W").ok()).and_then(|o| o.as_array().ok());
            let items: Vec<&Object> = w.map(|a| a.iter().collect()).unwrap_or_default();
            let mut i = 0;
            while i + 1 < items.len() {
                let first = num(doc, items[i]).unwrap_or(0.0) as u32;
                if let Some(list) = deref(doc, Some(items[i + 1])).and_then(|o| o.as_array().ok()) {
                    for (k, w) in list.iter().enumerate() {
                        font.widths.insert(first + k as u32, num(doc, w).unwrap_or(0.0) * sx);
                    }
                    i += 2;
                } else if i + 2 < items.len() {
                    let last = num(doc, items[i + 1]).unwrap_or(0.0) as u32;
                    let w = num(doc, items[i + 2]).unwrap_or(0.0) * sx;
                    for c in first..=last.min(first.saturating_add(0xFFFF)) {
                        font.widths.insert(c, w);
                    }
                    i += 3;
                } else {
                    break;
                }
            }
        } else {
            if subtype == b"Type3" {
                let m = deref(doc, dict.get(b"FontMatrix").ok()).and_then(|o| o.as_array().ok());
                let m: Vec<f64> =
                    m.map(|m| m.iter().filter_map(|o| num(doc, o)).collect()).unwrap_or_default();
                if m.len() == 6 {
                    (sx, sy) = (m[0], m[3]);
                }
            }
            let first = dict.get(b"FirstChar").ok().and_then(|o| num(doc, o)).unwrap_or(0.0) as u32;
            if let Some(list) = deref(doc, dict.get(b"Widths").ok()).and_then(|o| o.as_array().ok())
            {
                for (k, w) in list.iter().enumerate() {
                    font.widths.insert(first + k as u32, num(doc, w).unwrap_or(0.0) * sx);
                }
            }
        }
        // Vertical extent: the descriptor's ascent and descent, else the
        // font's bounding box (Type3), else a plain 0.8 / -0.2 em.
        let descriptor =
            deref(doc, metrics.get(b"FontDescriptor").ok()).and_then(|o| o.as_dict().ok());
        let get = |k: &[u8]| descriptor.and_then(|d| d.get(k).ok()).and_then(|o| num(doc, o));
        let bbox = deref(doc, metrics.get(b"FontBBox").ok())
            .or_else(|| deref(doc, descriptor.and_then(|d| d.get(b"FontBBox").ok())))
            .and_then(|o| o.as_array().ok())
            .map(|a| a.iter().filter_map(|o| num(doc, o)).collect::<Vec<_>>())
            .filter(|b| b.len() == 4 && b[3] != b[1]);
        match (get(b"Ascent"), get(b"Descent"), bbox) {
            (Some(a), Some(d), _) if a > d => (font.ascent, font.descent) = (a * sy, d * sy),
            (_, _, Some(b)) => {
                let (lo, hi) = (b[1] * sy, b[3] * sy);
                (font.ascent, font.descent) = (lo.max(hi), lo.min(hi));
            }
            _ => {}
        }
        font
    }

    /// Cuts a string into character codes.
    fn codes<'s>(&self, bytes: &'s [u8]) -> Vec<&'s [u8]> {
        let mut out = Vec::new();
        let mut rest = bytes;
        while !rest.is_empty() {
            let n = self
                .to_unicode
                .as_ref()
                .and_then(|t| t.code_len(rest))
                .unwrap_or(self.code_len)
                .min(rest.len());
            out.push(&rest[..n]);
            rest = &rest[n..];
        }
        out
    }

    /// The text of one character code; U+FFFD when the font does not say.
    fn text(&self, code: &[u8]) -> String {
        if let Some(t) = &self.to_unicode {
            return t.map.get(code).cloned().unwrap_or_else(|| '\u{FFFD}'.to_string());
        }
        match &self.encoding {
            Some(e) => e.bytes_to_string(code).unwrap_or_else(|_| '\u{FFFD}'.to_string()),
            None => '\u{FFFD}'.to_string(),
        }
    }

    fn width(&self, code: u32) -> f64 {
        self.widths.get(&code).copied().unwrap_or(self.default_width)
    }
}

/// A ToUnicode CMap, read here rather than by lopdf (see `Font::encoding`).
/// Only what text extraction needs: the codespace ranges (how long a code
/// is) and the `bfchar` / `bfrange` mappings.
#[derive(Default)]
struct ToUnicode {
    /// Codespace ranges as (low, high) codes of equal length.
    ranges: Vec<(Vec<u8>, Vec<u8>)>,
    /// The text of each code, by its bytes.
    map: HashMap<Vec<u8>, String>,
}

/// A token of a CMap (PostScript) program.
#[derive(Debug, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Open,
    Close,
    Word(Vec<u8>),
}

impl ToUnicode {
    fn parse(data: &[u8]) -> ToUnicode {
        let tokens = tokens(data);
        let mut cmap = ToUnicode::default();
        let mut i = 0;
        let hex = |t: Option<&Token>| match t {
            Some(Token::Hex(h)) => Some(h.clone()),
            _ => None,
        };
        while i < tokens.len() {
            match &tokens[i] {
                Token::Word(w) if w == b"begincodespacerange" => {
                    i += 1;
                    while let (Some(lo), Some(hi)) = (hex(tokens.get(i)), hex(tokens.get(i + 1))) {
                        cmap.ranges.push((lo, hi));
                        i += 2;
                    }
                }
                Token::Word(w) if w == b"beginbfchar" => {
                    i += 1;
                    while let (Some(src), Some(dst)) = (hex(tokens.get(i)), hex(tokens.get(i + 1)))
                    {
                        cmap.map.insert(src, utf16(&dst));
                        i += 2;
                    }
                }
                Token::Word(w) if w == b"beginbfrange" => {
                    i += 1;
                    while let (Some(lo), Some(hi)) = (hex(tokens.get(i)), hex(tokens.get(i + 1))) {
                        i += 2;
                        let (lo_n, hi_n) = (be(&lo), be(&hi));
                        let count = hi_n.saturating_sub(lo_n).min(0xFFFF);
                        let code =
                            |k: u32| (lo_n + k).to_be_bytes()[4 - lo.len().min(4)..].to_vec();
                        match tokens.get(i) {
                            // One destination for the first code, the last
                            // byte counting up for the next ones.
                            Some(Token::Hex(dst)) => {
                                for k in 0..=count {
                                    let mut d = dst.clone();
                                    if let Some(last) = d.last_mut() {
                                        *last = last.wrapping_add(k as u8);
                                    }
                                    cmap.map.insert(code(k), utf16(&d));
                                }
                                i += 1;
                            }
                            // A destination per code.
                            Some(Token::Open) => {
                                i += 1;
                                let mut k = 0;
                                while let Some(d) = hex(tokens.get(i)) {
                                    cmap.map.insert(code(k), utf16(&d));
                                    (i, k) = (i + 1, k + 1);
                                }
                                if tokens.get(i) == Some(&Token::Close) {
                                    i += 1;
                                }
                            }
                            _ => break,
                        }
                    }
                }
                _ => i += 1,
            }
        }
        cmap
    }

    /// The length of the code at the start of `bytes`, when a codespace
    /// range holds it.
    fn code_len(&self, bytes: &[u8]) -> Option<usize> {
        self.ranges
            .iter()
            .find(|(lo, hi)| {
                bytes.len() >= lo.len()
                    && (0..lo.len()).all(|k| lo[k] <= bytes[k] && bytes[k] <= hi[k])
            })
            .map(|(lo, _)| lo.len())
    }
}

/// A big-endian number.
fn be(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0u32, |n, b| n << 8 | u32::from(*b))
}

/// UTF-16BE bytes as text.
fn utf16(bytes: &[u8]) -> String {
    let units: Vec<u16> =
        bytes.chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect();
    String::from_utf16_lossy(&units)
}

/// Splits a CMap program into the tokens [`ToUnicode::parse`] reads:
/// hex strings, array brackets and words (names, numbers, operators);
/// comments, dictionaries' `<<`/`>>` and literal strings are dropped.
fn tokens(data: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    let delimiter = |b: u8| b.is_ascii_whitespace() || b"[]<>(){}/%".contains(&b);
    while i < data.len() {
        match data[i] {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let end = data[i..].iter().position(|&b| b == b'>').map_or(data.len(), |p| i + p);
                let digits: Vec<u8> =
                    data[i + 1..end].iter().filter(|b| b.is_ascii_hexdigit()).copied().collect();
                let nibble = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
                // An odd last digit is followed by 0, as in PDF hex strings.
                out.push(Token::Hex(
                    digits
                        .chunks(2)
                        .map(|p| nibble(p[0]) << 4 | p.get(1).map_or(0, |&b| nibble(b)))
                        .collect(),
                ));
                i = end + 1;
            }
            b'(' => {
                let mut depth = 0;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                }
            }
            b'[' | b']' => {
                out.push(if data[i] == b'[' { Token::Open } else { Token::Close });
                i += 1;
            }
            b if b.is_ascii_whitespace() || b"{}>)".contains(&b) => i += 1,
            _ => {
                let start = i;
                i += 1;
                while i < data.len() && !delimiter(data[i]) {
                    i += 1;
                }
                out.push(Token::Word(data[start..i].to_vec()));
            }
        }
    }
    out
}

/// Follows references: the object `o` stands for.
fn deref<'a>(doc: &'a Document, o: Option<&'a Object>) -> Option<&'a Object> {
    doc.dereference(o?).ok().map(|(_, o)| o)
}

/// A number, followed through references.
fn num(doc: &Document, o: &Object) -> Option<f64> {
    deref(doc, Some(o))?.as_float().ok().map(f64::from)
}

/// The graphics and text state that `q` saves and `Q` restores.
#[derive(Clone)]
struct State<'a> {
    ctm: Matrix,
    font: Option<Rc<Font<'a>>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    /// Horizontal scaling (Tz / 100).
    scale: f64,
    leading: f64,
    rise: f64,
}

impl State<'_> {
    /// The state at the start of a page.
    fn new() -> Self {
        State {
            ctm: IDENTITY,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// An open marked-content sequence (BMC/BDC … EMC).
struct Mark {
    artifact: bool,
    mcid: Option<i64>,
    actual_text: Option<String>,
    /// Index of the first glyph drawn inside it.
    first: usize,
}

/// Runs the content streams of one page and collects its glyphs.
struct Interpreter<'a> {
    doc: &'a Document,
    /// Fonts parsed so far, by object: each is read once per document.
    fonts: HashMap<ObjectId, Rc<Font<'a>>>,
    glyphs: Vec<Glyph>,
    marks: Vec<Mark>,
    runs: usize,
    /// Form XObjects being run, against cycles.
    forms: Vec<ObjectId>,
}

/// Reads every page.
fn read_doc(doc: &Document) -> Vec<Page> {
    let mut it = Interpreter {
        doc,
        fonts: HashMap::new(),
        glyphs: Vec::new(),
        marks: Vec::new(),
        runs: 0,
        forms: Vec::new(),
    };
    let mut pages = Vec::new();
    for (_, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).ok();
        let media_box = inherited(doc, page, b"MediaBox")
            .and_then(|o| o.as_array().ok())
            .map(|a| a.iter().filter_map(|o| num(doc, o)).collect::<Vec<_>>())
            .filter(|b| b.len() == 4)
            .map_or([0.0, 0.0, 612.0, 792.0], |b| {
                [b[0].min(b[2]), b[1].min(b[3]), b[0].max(b[2]), b[1].max(b[3])]
            });
        let resources = inherited(doc, page, b"Resources").and_then(|o| o.as_dict().ok());
        let ops = Content::decode(&page_content(doc, page)).map(|c| c.operations);
        it.marks.clear();
        it.run(&ops.unwrap_or_default(), resources, State::new());
        pages.push(Page { id, media_box, glyphs: std::mem::take(&mut it.glyphs) });
    }
    pages
}

/// A page's content streams, decoded and joined. (Read here rather than with
/// `Document::get_page_content`, whose signature changed after lopdf 0.38, so
/// that this module builds with lopdf 0.38 to 0.47.)
fn page_content(doc: &Document, page: Option<&Dictionary>) -> Vec<u8> {
    let streams = match deref(doc, page.and_then(|p| p.get(b"Contents").ok())) {
        Some(Object::Array(parts)) => parts.iter().collect(),
        Some(one) => vec![one],
        None => Vec::new(),
    };
    let mut out = Vec::new();
    for part in streams {
        if let Some(Object::Stream(s)) = deref(doc, Some(part)) {
            out.extend(s.decompressed_content().unwrap_or_else(|_| s.content.clone()));
            // Streams split anywhere between tokens, never inside one.
            out.push(b'\n');
        }
    }
    out
}

/// A page attribute that may be inherited from the page tree.
fn inherited<'a>(
    doc: &'a Document,
    mut node: Option<&'a Dictionary>,
    key: &[u8],
) -> Option<&'a Object> {
    for _ in 0..64 {
        let d = node?;
        if let Some(o) = deref(doc, d.get(key).ok()) {
            return Some(o);
        }
        node = deref(doc, d.get(b"Parent").ok()).and_then(|o| o.as_dict().ok());
    }
    None
}

impl<'a> Interpreter<'a> {
    /// Looks `name` up in the resource category `kind` (Font, XObject,
    /// Properties): the object and its id when it is a reference.
    fn resource(
        &self,
        resources: Option<&'a Dictionary>,
        kind: &[u8],
        name: &[u8],
    ) -> Option<(Option<ObjectId>, &'a Object)> {
        let category = deref(self.doc, resources?.get(kind).ok())?.as_dict().ok()?;
        self.doc.dereference(category.get(name).ok()?).ok()
    }

    /// Runs content-stream operations from graphics state `st`.
    fn run(&mut self, ops: &[Operation], resources: Option<&'a Dictionary>, mut st: State<'a>) {
        let mut saved: Vec<State<'a>> = Vec::new();
        // The text matrix and text line matrix live only inside BT … ET and
        // are not part of the saved graphics state.
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        for op in ops {
            let f = |i: usize| {
                op.operands.get(i).and_then(|o| o.as_float().ok()).map_or(0.0, f64::from)
            };
            match op.operator.as_str() {
                "q" => saved.push(st.clone()),
                "Q" => st = saved.pop().unwrap_or(st),
                "cm" => st.ctm = mul([f(0), f(1), f(2), f(3), f(4), f(5)], st.ctm),
                "BT" => (tm, tlm) = (IDENTITY, IDENTITY),
                "Tf" => {
                    st.size = f(1);
                    st.font = op
                        .operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .and_then(|n| self.font(resources, n));
                }
                "Tc" => st.char_spacing = f(0),
                "Tw" => st.word_spacing = f(0),
                "Tz" => st.scale = f(0) / 100.0,
                "TL" => st.leading = f(0),
                "Ts" => st.rise = f(0),
                "Td" | "TD" | "T*" | "'" | "\"" => {
                    let (tx, ty) = match op.operator.as_str() {
                        "Td" | "TD" => (f(0), f(1)),
                        _ => (0.0, -st.leading),
                    };
                    if op.operator == "TD" {
                        st.leading = -ty;
                    }
                    if op.operator == "\"" {
                        (st.word_spacing, st.char_spacing) = (f(0), f(1));
                    }
                    tlm = mul([1.0, 0.0, 0.0, 1.0, tx, ty], tlm);
                    tm = tlm;
                    if let Some(Object::String(s, _)) = op.operands.last() {
                        self.show(&st, &mut tm, s);
                        self.runs += 1;
                    }
                }
                "Tm" => {
                    tlm = [f(0), f(1), f(2), f(3), f(4), f(5)];
                    tm = tlm;
                }
                "Tj" => {
                    if let Some(Object::String(s, _)) = op.operands.first() {
                        self.show(&st, &mut tm, s);
                    }
                    self.runs += 1;
                }
                "TJ" => {
                    for item in
                        op.operands.first().and_then(|o| o.as_array().ok()).into_iter().flatten()
                    {
                        match item {
                            Object::String(s, _) => self.show(&st, &mut tm, s),
                            // A number moves the pen back by thousandths of
                            // the type size (kerning, justification).
                            o => {
                                let n = o.as_float().map_or(0.0, f64::from);
                                let tx = -n / 1000.0 * st.size * st.scale;
                                tm = mul([1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
                            }
                        }
                    }
                    self.runs += 1;
                }
                "BMC" | "BDC" => self.begin_mark(op, resources),
                "EMC" => self.end_mark(),
                "Do" => {
                    if let Some(name) = op.operands.first().and_then(|o| o.as_name().ok()) {
                        self.form(resources, name, &st);
                    }
                }
                _ => {}
            }
        }
    }

    /// The font called `name` in `resources`, parsed once per document.
    fn font(&mut self, resources: Option<&'a Dictionary>, name: &[u8]) -> Option<Rc<Font<'a>>> {
        let (id, obj) = self.resource(resources, b"Font", name)?;
        let dict = obj.as_dict().ok()?;
        match id {
            Some(id) => {
                let doc = self.doc;
                Some(self.fonts.entry(id).or_insert_with(|| Rc::new(Font::new(doc, dict))).clone())
            }
            None => Some(Rc::new(Font::new(self.doc, dict))),
        }
    }

    /// Draws the codes of one string: a glyph per code, the pen advanced by
    /// the glyph's width plus character and word spacing.
    fn show(&mut self, st: &State<'a>, tm: &mut Matrix, bytes: &[u8]) {
        let Some(font) = st.font.clone() else { return };
        let artifact = self.marks.iter().any(|m| m.artifact);
        let mcid = self.marks.iter().rev().find_map(|m| m.mcid);
        for code in font.codes(bytes) {
            let c = be(code);
            let w = font.width(c);
            let trm = mul(mul([st.size * st.scale, 0.0, 0.0, st.size, 0.0, st.rise], *tm), st.ctm);
            let corners =
                [(0.0, font.descent), (w, font.descent), (0.0, font.ascent), (w, font.ascent)]
                    .map(|(x, y)| apply(trm, x, y));
            let xs = corners.map(|p| p.0);
            let ys = corners.map(|p| p.1);
            let min = |v: [f64; 4]| v.into_iter().fold(f64::INFINITY, f64::min);
            let max = |v: [f64; 4]| v.into_iter().fold(f64::NEG_INFINITY, f64::max);
            self.glyphs.push(Glyph {
                text: font.text(code),
                origin: apply(trm, 0.0, 0.0),
                end: apply(trm, w, 0.0),
                bbox: [min(xs), min(ys), max(xs), max(ys)],
                size: (trm[2] * trm[2] + trm[3] * trm[3]).sqrt(),
                artifact,
                mcid,
                run: self.runs,
            });
            // Word spacing applies to the single-byte code 32 only.
            let spacing = st.char_spacing + if code == [32] { st.word_spacing } else { 0.0 };
            *tm = mul([1.0, 0.0, 0.0, 1.0, (w * st.size + spacing) * st.scale, 0.0], *tm);
        }
    }

    fn begin_mark(&mut self, op: &Operation, resources: Option<&'a Dictionary>) {
        let tag = op.operands.first().and_then(|o| o.as_name().ok()).unwrap_or_default();
        // BDC's properties: inline, or named in the /Properties resources.
        let props = match op.operands.get(1) {
            Some(Object::Dictionary(d)) => Some(d),
            Some(Object::Name(n)) => {
                self.resource(resources, b"Properties", n).and_then(|(_, o)| o.as_dict().ok())
            }
            _ => None,
        };
        let prop = |k: &[u8]| props.and_then(|p| p.get(k).ok());
        self.marks.push(Mark {
            artifact: tag == b"Artifact",
            mcid: prop(b"MCID").and_then(|o| o.as_i64().ok()),
            actual_text: prop(b"ActualText").and_then(|o| lopdf::decode_text_string(o).ok()),
            first: self.glyphs.len(),
        });
    }

    /// Closes a marked-content sequence; an `/ActualText` replaces the text
    /// of the glyphs drawn inside it, as poppler does.
    fn end_mark(&mut self) {
        let Some(mark) = self.marks.pop() else { return };
        if let (Some(text), Some(first)) = (mark.actual_text, self.glyphs.get_mut(mark.first)) {
            first.text = text;
            for g in &mut self.glyphs[mark.first + 1..] {
                g.text.clear();
            }
        }
    }

    /// Runs a form XObject's content with its own matrix and resources,
    /// from the graphics state at `Do`.
    fn form(&mut self, resources: Option<&'a Dictionary>, name: &[u8], st: &State<'a>) {
        let Some((id, Object::Stream(stream))) = self.resource(resources, b"XObject", name) else {
            return;
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
            return;
        }
        let id = id.unwrap_or((0, 0));
        if self.forms.contains(&id) || self.forms.len() > 32 {
            return;
        }
        let matrix = stream.dict.get(b"Matrix").and_then(Object::as_array).ok().map(|m| {
            let v: Vec<f64> = m.iter().filter_map(|o| num(self.doc, o)).collect();
            if v.len() == 6 { [v[0], v[1], v[2], v[3], v[4], v[5]] } else { IDENTITY }
        });
        let own =
            deref(self.doc, stream.dict.get(b"Resources").ok()).and_then(|o| o.as_dict().ok());
        let content = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
        let Ok(content) = Content::decode(&content) else { return };
        self.forms.push(id);
        let st = State { ctm: mul(matrix.unwrap_or(IDENTITY), st.ctm), ..st.clone() };
        self.run(&content.operations, own.or(resources), st);
        self.forms.pop();
    }
}

/// Lays glyphs out as text in content order, the way `pdftotext -raw` does:
/// a new line where the baseline moves by half the type size or the next
/// glyph starts more than a fifth of it before the previous one ends (so
/// after Typst's half-width 、 and ：, as poppler does), a space where a space
/// glyph was drawn or a gap wider than a tenth of the type size opens.
fn layout(page: &Page) -> String {
    let mut out = String::new();
    let mut prev: Option<&Glyph> = None;
    let mut space = false;
    for g in page.visible().filter(|g| !g.text.is_empty()) {
        if g.text.trim().is_empty() {
            space = true;
            continue;
        }
        if let Some(p) = prev {
            let size = p.size.max(f64::EPSILON);
            if (g.origin.1 - p.origin.1).abs() > 0.5 * size || g.origin.0 < p.end.0 - 0.2 * size {
                out.push('\n');
            } else if space || g.origin.0 > p.end.0 + 0.1 * size {
                out.push(' ');
            }
        }
        out.push_str(&g.text);
        (prev, space) = (Some(g), false);
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The structure tree read back: each element with its text, and the text
/// of the whole tree in structure order.
struct Tree {
    elements: Vec<(String, String)>,
    text: String,
}

/// Walks `/StructTreeRoot`: marked-content references (an MCID with the page
/// from the nearest `/Pg`, or an `/MCR` dictionary) take the text drawn
/// inside that marked content on that page; object references (links) add
/// none. `None` for an untagged PDF.
fn structure(doc: &Document, pages: &[Page]) -> Option<Tree> {
    let root = deref(doc, doc.catalog().ok()?.get(b"StructTreeRoot").ok())?.as_dict().ok()?;
    let mut content: HashMap<(ObjectId, i64), String> = HashMap::new();
    for p in pages {
        for g in p.visible().filter(|g| !g.artifact) {
            if let Some(mcid) = g.mcid {
                content.entry((p.id, mcid)).or_default().push_str(&g.text);
            }
        }
    }
    let role_map = deref(doc, root.get(b"RoleMap").ok()).and_then(|o| o.as_dict().ok());
    let mut walk = Walk { doc, content, role_map, elements: Vec::new(), seen: HashSet::new() };
    let text = walk.kids(root.get(b"K").ok(), None, 0);
    Some(Tree { elements: walk.elements, text })
}

/// State of the structure-tree walk.
struct Walk<'a> {
    doc: &'a Document,
    /// Text drawn inside each marked-content sequence, by page and MCID.
    content: HashMap<(ObjectId, i64), String>,
    /// The root's `/RoleMap`: custom structure types to standard ones.
    role_map: Option<&'a Dictionary>,
    /// The elements met so far, with their text once walked.
    elements: Vec<(String, String)>,
    /// Objects already visited, against cycles.
    seen: HashSet<ObjectId>,
}

impl<'a> Walk<'a> {
    /// The text of `/K` (one kid or an array of kids) on page `page`.
    fn kids(&mut self, k: Option<&'a Object>, page: Option<ObjectId>, depth: usize) -> String {
        let Some(k) = k else { return String::new() };
        if depth > 256 {
            return String::new();
        }
        let (id, obj) = match self.doc.dereference(k) {
            Ok(found) => found,
            Err(_) => return String::new(),
        };
        if let Some(id) = id
            && !self.seen.insert(id)
        {
            return String::new();
        }
        match obj {
            Object::Integer(mcid) => {
                page.and_then(|p| self.content.get(&(p, *mcid)).cloned()).unwrap_or_default()
            }
            Object::Array(items) => {
                items.iter().map(|i| self.kids(Some(i), page, depth + 1)).collect()
            }
            Object::Dictionary(d) => {
                let pg = d.get(b"Pg").and_then(Object::as_reference).ok().or(page);
                match d.get(b"Type").and_then(Object::as_name).ok() {
                    Some(b"MCR") => {
                        let mcid = d.get(b"MCID").and_then(Object::as_i64).ok();
                        pg.zip(mcid)
                            .and_then(|key| self.content.get(&key).cloned())
                            .unwrap_or_default()
                    }
                    Some(b"OBJR") => String::new(),
                    _ => {
                        let Ok(s) = d.get(b"S").and_then(Object::as_name) else {
                            return String::new();
                        };
                        let i = self.elements.len();
                        self.elements.push((self.role(s), String::new()));
                        let text = self.kids(d.get(b"K").ok(), pg, depth + 1);
                        self.elements[i].1.clone_from(&text);
                        text
                    }
                }
            }
            _ => String::new(),
        }
    }

    /// A structure type after the root's `/RoleMap`.
    fn role(&self, s: &[u8]) -> String {
        let mut s = s.to_vec();
        for _ in 0..8 {
            match self.role_map.and_then(|m| m.get(&s).and_then(Object::as_name).ok()) {
                Some(mapped) if mapped != s.as_slice() => s = mapped.to_vec(),
                _ => break,
            }
        }
        String::from_utf8_lossy(&s).into_owned()
    }
}
