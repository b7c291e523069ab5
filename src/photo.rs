//! Photos for the easy-read version: the person's own pictures.
//!
//! The bytes come from the plan's resolver (the plan stage reads no disk).
//! A photo is decoded with limits (file size, pixels, memory), turned the
//! way its EXIF orientation says, scaled down to print resolution and
//! re-encoded as a new JPEG. Only pixels survive: no EXIF, no GPS
//! position, no camera data of the original file can reach the PDF.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

use crate::error::{Error, ErrorKind, PhotoProblem, Result};

/// Largest photo file accepted, in MB.
pub const MAX_FILE_MB: u64 = 25;
/// Most pixels accepted, in megapixels (a 50 MP camera is fine; a
/// decompression bomb is not).
pub const MAX_MEGAPIXELS: u32 = 64;
/// Longest side after scaling: 1,200 px is 300 dpi at 10 cm, more than any
/// photo in the easy-read layout needs.
pub const MAX_SIDE: u32 = 1200;

fn problem(p: PhotoProblem) -> Error {
    Error::new(ErrorKind::Photo { problem: p })
}

/// Checks that the photo exists, is an image and is within the limits,
/// reading only its header.
pub fn check(bytes: &[u8], written: &str) -> Result<()> {
    let reader = reader(bytes, written)?;
    let (width, height) =
        reader.into_dimensions().map_err(|e| not_image(written, &e.to_string()))?;
    check_pixels(written, width, height)
}

/// The photo as a new JPEG, upright, at most [`MAX_SIDE`] pixels on its
/// longest side, without any metadata.
pub fn prepare(bytes: &[u8], written: &str) -> Result<Vec<u8>> {
    let mut decoder =
        reader(bytes, written)?.into_decoder().map_err(|e| not_image(written, &e.to_string()))?;
    let (width, height) = decoder.dimensions();
    check_pixels(written, width, height)?;
    let orientation = decoder.orientation().map_err(|e| not_image(written, &e.to_string()))?;
    let mut img =
        DynamicImage::from_decoder(decoder).map_err(|e| not_image(written, &e.to_string()))?;
    img.apply_orientation(orientation);
    if img.width().max(img.height()) > MAX_SIDE {
        img = img.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Lanczos3);
    }
    let rgb = img.to_rgb8();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88)
        .encode_image(&rgb)
        .map_err(|e| not_image(written, &e.to_string()))?;
    Ok(out)
}

fn reader<'a>(bytes: &'a [u8], written: &str) -> Result<ImageReader<Cursor<&'a [u8]>>> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| not_image(written, &e.to_string()))?;
    if !matches!(
        reader.format(),
        Some(image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::WebP)
    ) {
        return Err(not_image(written, "unsupported format"));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    // Enough for MAX_MEGAPIXELS in RGBA at 16 bits per channel.
    limits.max_alloc = Some(u64::from(MAX_MEGAPIXELS) * 1_000_000 * 8);
    reader.limits(limits);
    Ok(reader)
}

fn check_pixels(written: &str, width: u32, height: u32) -> Result<()> {
    if u64::from(width) * u64::from(height) > u64::from(MAX_MEGAPIXELS) * 1_000_000 {
        return Err(problem(PhotoProblem::TooManyPixels {
            path: written.to_string(),
            width,
            height,
            limit_mp: MAX_MEGAPIXELS,
        }));
    }
    Ok(())
}

fn not_image(written: &str, message: &str) -> Error {
    problem(PhotoProblem::NotAnImage { path: written.to_string(), message: message.to_string() })
}
