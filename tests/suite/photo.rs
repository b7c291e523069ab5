//! Photos: only pixels reach the PDF (no EXIF, no GPS), turned upright,
//! and bad photos are located errors.

use crate::common::*;
use yomeru::error::{ErrorKind, PhotoProblem};
use yomeru::locale::Locale;
use yomeru::render::Variant;

/// A JPEG of `w`×`h` pixels carrying EXIF: orientation 6 (turn 90°
/// clockwise), an image description and a GPS position.
pub fn jpeg_with_exif(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, _| {
        if x < w / 2 { image::Rgb([200, 30, 30]) } else { image::Rgb([30, 30, 200]) }
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&img).unwrap();
    // TIFF, little-endian. IFD0 at 8 with 3 entries (2 + 3·12 + 4 = 42 bytes),
    // then the description, then the GPS IFD and its rational values.
    let description = b"SECRET-HOME-35.6895N\0";
    let desc_at = 8 + 42;
    let gps_at = desc_at + description.len() as u32;
    let lat_at = gps_at + 2 + 2 * 12 + 4;
    let mut t: Vec<u8> = b"II*\0".to_vec();
    t.extend(8u32.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend(tag.to_le_bytes());
        t.extend(kind.to_le_bytes());
        t.extend(count.to_le_bytes());
        t.extend(value.to_le_bytes());
    };
    t.extend(3u16.to_le_bytes());
    entry(&mut t, 0x010E, 2, description.len() as u32, desc_at); // ImageDescription
    entry(&mut t, 0x0112, 3, 1, 6); // Orientation
    entry(&mut t, 0x8825, 4, 1, gps_at); // GPS IFD
    t.extend(0u32.to_le_bytes());
    t.extend(description);
    t.extend(2u16.to_le_bytes());
    entry(&mut t, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0")); // GPSLatitudeRef
    entry(&mut t, 0x0002, 5, 3, lat_at); // GPSLatitude
    t.extend(0u32.to_le_bytes());
    for (n, d) in [(35u32, 1u32), (41, 1), (22, 1)] {
        t.extend(n.to_le_bytes());
        t.extend(d.to_le_bytes());
    }
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(&t);
    let mut out = jpeg[..2].to_vec(); // SOI
    out.extend([0xFF, 0xE1]);
    out.extend(((app1.len() + 2) as u16).to_be_bytes());
    out.extend(&app1);
    out.extend(&jpeg[2..]);
    out
}

fn plan_with_photo(dir: &std::path::Path, photo: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(root().join("examples/sato-kenta.yaml"))
        .unwrap()
        .replace("  called: けんたさん\n", &format!("  called: けんたさん\n  photo: {photo}\n"));
    let path = dir.join("plan.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn gps_and_exif_never_reach_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let original = jpeg_with_exif(80, 40);
    assert!(contains(&original, b"SECRET-HOME") && contains(&original, b"Exif"));
    std::fs::write(dir.path().join("me.jpg"), &original).unwrap();
    let path = plan_with_photo(dir.path(), "me.jpg");
    let plan = load_plan(&path).unwrap();

    // The prepared photo: upright (orientation 6 turns 80×40 into 40×80), no metadata.
    let prepared = yomeru::photo::prepare(
        &plan.photos.iter().find(|p| p.key == "person.photo").unwrap().bytes,
        "me.jpg",
    )
    .unwrap();
    for marker in [&b"Exif"[..], b"SECRET-HOME", b"GPS", &[0xFF, 0xE1]] {
        assert!(!contains(&prepared, marker), "prepared photo has {marker:?}");
    }
    let img = image::load_from_memory(&prepared).unwrap();
    assert_eq!((img.width(), img.height()), (40, 80));

    let (pdf, _) = variant_pdf(&plan, Variant::Easy, yomeru::render::Print::default());
    for marker in [&b"SECRET-HOME"[..], b"Exif", b"35.6895"] {
        assert!(!contains(&pdf, marker), "the PDF has {:?}", String::from_utf8_lossy(marker));
    }
    // The photo is in the PDF (one more image than without it), with alt text.
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let images = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict.get(b"Subtype").ok().and_then(|t| t.as_name().ok()) == Some(b"Image".as_slice())
        })
        .count();
    assert!(images >= 1);
}

#[test]
fn bad_photos_are_located_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_with_photo(dir.path(), "missing.jpg");
    let line =
        std::fs::read_to_string(&path).unwrap().lines().position(|l| l.contains("photo:")).unwrap()
            + 1;
    let e = load_plan(&path).unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::Photo { problem: PhotoProblem::Missing { .. } }),
        "{e:?}"
    );
    assert_eq!(e.location().path.as_deref(), Some("person.photo"));
    assert_eq!(e.location().line, Some(line));

    std::fs::write(dir.path().join("notes.jpg"), "not a picture").unwrap();
    let path = plan_with_photo(dir.path(), "notes.jpg");
    let e = load_plan(&path).unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::Photo { problem: PhotoProblem::NotAnImage { .. } }),
        "{e:?}"
    );

    // A PNG header claiming 20,000 × 20,000 pixels (a decompression bomb)
    // is refused from its header, before any decoding.
    let mut png = Vec::new();
    png.extend([0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]);
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(20_000u32.to_be_bytes());
    ihdr.extend(20_000u32.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc32(&ihdr).to_be_bytes());
    // An IDAT with a few bytes of a zlib stream and the end: the header is
    // all a decoder needs to know the size.
    for (name, data) in [(&b"IDAT"[..], &[0x78u8, 0x9C, 0x03, 0x00][..]), (b"IEND", &[][..])] {
        let mut chunk = name.to_vec();
        chunk.extend(data);
        png.extend((data.len() as u32).to_be_bytes());
        png.extend(&chunk);
        png.extend(crc32(&chunk).to_be_bytes());
    }
    std::fs::write(dir.path().join("bomb.png"), &png).unwrap();
    let path = plan_with_photo(dir.path(), "bomb.png");
    let e = load_plan(&path).unwrap_err();
    assert!(
        matches!(e.kind(), ErrorKind::Photo { problem: PhotoProblem::TooManyPixels { .. } }),
        "{e:?}"
    );
    let en = e.report(&Locale::get("en").unwrap());
    assert!(
        en.contains("plan.yaml:") && en.contains("person.photo") && en.contains("megapixels"),
        "{en}"
    );
}

/// CRC-32 of PNG chunks.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
