//! Embeds `templates/`, `locales/` and the pictogram SVGs into the binary.
//!
//! Both folders are data an office may customise (`--templates DIR`) or
//! extend (a new language is a new folder of `.ftl` files), so we list them
//! at build time instead of naming files in Rust: adding a file needs no code.
//!
//! It also builds the lindera IPADIC dictionary from the sources shipped in
//! `dict/` (see dict/README.md): lindera's own `embed-ipadic` feature
//! downloads an archive at build time, which must never happen here.

use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use lindera_dictionary::builder::DictionaryBuilder;
use lindera_dictionary::dictionary::metadata::Metadata;

fn main() {
    embed_files();
    build_dictionary().expect("building the IPADIC dictionary from dict/ipadic-src.tar.zst");
}

fn embed_files() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for (dir, name) in [("templates", "templates.rs"), ("locales", "locales.rs")] {
        let base = root.join(dir);
        println!("cargo:rerun-if-changed={}", base.display());
        let mut files = Vec::new();
        collect(&base, &mut files);
        files.sort();
        let mut code = String::from("&[\n");
        for file in &files {
            let rel = file.strip_prefix(&base).unwrap().to_str().unwrap().replace('\\', "/");
            println!("cargo:rerun-if-changed={}", file.display());
            writeln!(code, "    ({rel:?}, include_str!({:?})),", file.display().to_string())
                .unwrap();
        }
        code.push(']');
        std::fs::write(out.join(name), code).unwrap();
    }
    // Pictograms: bytes, as (path under pictograms/openmoji/, bytes).
    let base = root.join("pictograms/openmoji");
    println!("cargo:rerun-if-changed={}", base.display());
    let mut code = String::from("&[\n");
    for style in ["color", "black"] {
        let dir = base.join(style);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = fs::read_dir(&dir)
            .map(|r| {
                r.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "svg"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        for file in files {
            let name = file.file_name().unwrap().to_str().unwrap();
            writeln!(
                code,
                "    ({:?}, include_bytes!({:?})),",
                format!("{style}/{name}"),
                file.display().to_string()
            )
            .unwrap();
        }
    }
    code.push(']');
    fs::write(out.join("pictograms.rs"), code).unwrap();
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "ftl" || e == "j2" || e == "typ") {
            files.push(path);
        }
    }
}

const ARCHIVE: &str = "dict/ipadic-src.tar.zst";
const METADATA: &str = "dict/metadata.json";
/// UniDic's common nouns that IPADIC lacks, as IPADIC entries (EUC-JP,
/// zstd), made by `dict/make-unidic-nouns.py`.
const NOUNS: &str = "dict/unidic-nouns.csv.zst";
/// IPADIC words whose cost is changed, with why (dict/README.md).
const COSTS: &str = "dict/costs.tsv";
/// IPADIC readings in the old spelling (預ける アヅケル), in today's.
const SPELLINGS: &str = "dict/spellings.tsv";

/// Unpacks the IPADIC sources into OUT_DIR, builds the lindera dictionary
/// there and points `LINDERA_WORKDIR` at it for `embedded_dictionary!`.
fn build_dictionary() -> Result<(), Box<dyn Error>> {
    println!("cargo:rerun-if-changed={ARCHIVE}");
    println!("cargo:rerun-if-changed={METADATA}");
    println!("cargo:rerun-if-changed={NOUNS}");
    println!("cargo:rerun-if-changed={COSTS}");
    println!("cargo:rerun-if-changed={SPELLINGS}");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    let src_dir = out_dir.join("ipadic-src");
    let dict_dir = out_dir.join("ipadic");
    println!("cargo:rustc-env=LINDERA_WORKDIR={}", out_dir.display());
    let stamp = out_dir.join("ipadic.stamp");
    let archive = fs::read(root.join(ARCHIVE))?;
    let nouns = fs::read(root.join(NOUNS))?;
    let costs = fs::read_to_string(root.join(COSTS))?;
    let spellings = fs::read_to_string(root.join(SPELLINGS))?;
    // Bump when the way the sources are prepared changes.
    let key = format!(
        "6-{}-{}-{}-{:x}",
        archive.len(),
        fs::read_to_string(root.join(METADATA))?.len(),
        nouns.len(),
        // The small hand-written files by content: an edit that keeps
        // their length (6000 → 5000) must rebuild too.
        {
            use std::hash::{Hash, Hasher};
            let mut h = std::hash::DefaultHasher::new();
            (&costs, &spellings).hash(&mut h);
            h.finish()
        }
    );
    if fs::read_to_string(&stamp).ok().as_deref() == Some(key.as_str()) && dict_dir.is_dir() {
        return Ok(());
    }
    for d in [&src_dir, &dict_dir] {
        if d.exists() {
            fs::remove_dir_all(d)?;
        }
    }
    fs::create_dir_all(&src_dir)?;
    unpack_sources(&archive, &src_dir)?;
    let mut csv = Vec::new();
    ruzstd::decoding::StreamingDecoder::new(nouns.as_slice())?.read_to_end(&mut csv)?;
    fs::write(src_dir.join("UniDicNouns.csv"), csv)?;
    break_ties(&src_dir, &changed_costs(&costs)?, &respelled(&spellings)?)?;
    let metadata = Metadata::load(&fs::read(root.join(METADATA))?)?;
    DictionaryBuilder::new(metadata).build_dictionary(&src_dir, &dict_dir)?;
    fs::remove_dir_all(&src_dir)?;
    fs::write(stamp, key)?;
    Ok(())
}

/// An entry's surface and reading in EUC-JP, like the sources, and its new
/// cost.
type Cost = (Vec<u8>, Vec<u8>, i32);

/// A base form, the old kana at the start of its reading and today's, in
/// EUC-JP.
type Spelling = (Vec<u8>, Vec<u8>, Vec<u8>);

/// The first three fields of each line of `tsv` (the fourth says why), in
/// EUC-JP, `what` naming them when a line has fewer.
fn rows(tsv: &str, file: &str, what: &str) -> Result<Vec<[Vec<u8>; 3]>, Box<dyn Error>> {
    let euc = |s: &str| encoding_rs::EUC_JP.encode(s).0.into_owned();
    let mut out = Vec::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let [a, b, c, ..] = f[..] else {
            return Err(format!("{file}: {what} and why: {line}").into());
        };
        out.push([euc(a), euc(b), euc(c)]);
    }
    Ok(out)
}

/// `dict/costs.tsv`, read.
fn changed_costs(tsv: &str) -> Result<Vec<Cost>, Box<dyn Error>> {
    rows(tsv, COSTS, "surface, reading, cost")?
        .into_iter()
        .map(|[surface, reading, cost]| Ok((surface, reading, String::from_utf8(cost)?.parse()?)))
        .collect()
}

/// `dict/spellings.tsv`, read.
fn respelled(tsv: &str) -> Result<Vec<Spelling>, Box<dyn Error>> {
    Ok(rows(tsv, SPELLINGS, "base, old kana, new kana")?
        .into_iter()
        .map(|[base, old, new]| (base, old, new))
        .collect())
}

/// `rest` (an entry's fields after its cost) with its reading respelled
/// where `spellings` names its base form: the old kana at the start of
/// the reading replaced.
fn respell(rest: &[u8], spellings: &[Spelling], used: &mut [bool]) -> Vec<u8> {
    let mut fields: Vec<Vec<u8>> = rest.split(|b| *b == b',').map(<[u8]>::to_vec).collect();
    if fields.len() > 7
        && let Some(k) = spellings
            .iter()
            .position(|(base, old, _)| fields[6] == *base && fields[7].starts_with(old))
    {
        let (_, old, new) = &spellings[k];
        fields[7] = [new.as_slice(), &fields[7][old.len()..]].concat();
        used[k] = true;
    }
    fields.join(&b","[..])
}

/// Makes the first of several IPADIC entries with the same surface, context
/// ids and cost the cheapest (its cost unchanged, each later one's raised
/// by one), as MeCab's choice is: lindera breaks such ties the other way,
/// and read 遠方 おちかた where MeCab and every reader say えんぽう. The
/// lines are EUC-JP, whose multi-byte characters never hold a comma, so the
/// fields are split as bytes.
///
/// Also sets the cost of the entries `costs` names (surface and reading),
/// and respells the readings `spellings` names.
fn break_ties(dir: &Path, costs: &[Cost], spellings: &[Spelling]) -> Result<(), Box<dyn Error>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    let mut seen = std::collections::HashSet::new();
    let mut changed = vec![false; costs.len()];
    let mut respelt = vec![false; spellings.len()];
    for path in files {
        let text = fs::read(&path)?;
        let mut out = Vec::with_capacity(text.len());
        for line in text.split_inclusive(|b| *b == b'\n') {
            let fields: Vec<&[u8]> = line.splitn(5, |b| *b == b',').collect();
            let cost = fields.get(3).and_then(|c| std::str::from_utf8(c).ok()?.parse::<i32>().ok());
            match (cost, fields.len()) {
                (Some(cost), 5) => {
                    // The reading is the 12th field: the 8th of the rest.
                    let reading = fields[4].split(|b| *b == b',').nth(7);
                    let at = costs
                        .iter()
                        .position(|(s, r, _)| *s == fields[0] && Some(r.as_slice()) == reading);
                    let mut cost = at.map_or(cost, |k| costs[k].2);
                    if let Some(k) = at {
                        changed[k] = true;
                    }
                    while !seen.insert((
                        fields[0].to_vec(),
                        fields[1].to_vec(),
                        fields[2].to_vec(),
                        cost,
                    )) {
                        cost += 1;
                    }
                    for f in &fields[..3] {
                        out.extend_from_slice(f);
                        out.push(b',');
                    }
                    out.extend_from_slice(cost.to_string().as_bytes());
                    out.push(b',');
                    out.extend_from_slice(&respell(fields[4], spellings, &mut respelt));
                }
                _ => out.extend_from_slice(line),
            }
        }
        fs::write(&path, out)?;
    }
    // A line that matches no entry (a typo, a reading in hiragana) would
    // change nothing without a word.
    if let Some(k) = changed.iter().position(|c| !c) {
        return Err(format!("{COSTS}: line {} names no IPADIC entry", k + 1).into());
    }
    if let Some(k) = respelt.iter().position(|c| !c) {
        return Err(format!("{SPELLINGS}: line {} names no IPADIC entry", k + 1).into());
    }
    Ok(())
}

/// Streams the tar.zst into `dest`; `matrix.def.costs` (header plus the cost
/// column) is expanded back into MeCab's `matrix.def` ("left right cost",
/// left-major order).
fn unpack_sources(archive: &[u8], dest: &Path) -> Result<(), Box<dyn Error>> {
    let zst = ruzstd::decoding::StreamingDecoder::new(archive)?;
    let mut tar = tar::Archive::new(zst);
    for entry in tar.entries()? {
        let mut entry = entry?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let path = entry.path()?.into_owned();
        let name = path.file_name().and_then(|n| n.to_str()).ok_or("bad entry name")?.to_owned();
        if name == "matrix.def.costs" {
            expand_matrix(&mut entry, &dest.join("matrix.def"))?;
        } else if name.ends_with(".csv") || name == "char.def" || name == "unk.def" {
            // Plain file names only: never trust paths from an archive.
            entry.unpack(dest.join(&name))?;
        }
    }
    for needed in ["matrix.def", "char.def", "unk.def", "Noun.csv"] {
        if !dest.join(needed).is_file() {
            return Err(format!("{needed} missing from {ARCHIVE}").into());
        }
    }
    Ok(())
}

fn expand_matrix(costs: impl Read, out: &Path) -> Result<(), Box<dyn Error>> {
    let mut lines = BufReader::new(costs).lines();
    let header = lines.next().ok_or("empty matrix.def.costs")??;
    let mut dims = header.split_ascii_whitespace().map(str::parse::<usize>);
    let (Some(Ok(_left)), Some(Ok(right))) = (dims.next(), dims.next()) else {
        return Err(format!("bad matrix header {header:?}").into());
    };
    let mut w = BufWriter::new(fs::File::create(out)?);
    writeln!(w, "{header}")?;
    for (i, cost) in lines.enumerate() {
        writeln!(w, "{} {} {}", i / right, i % right, cost?)?;
    }
    w.flush()?;
    Ok(())
}
