//! The japanese stage: readings, furigana alignment, 分かち書き and
//! readability checks.
//!
//! Readings come from, in priority order, the plan's `readings:` map, the
//! project's welfare dictionary and the morphological analyser; this module
//! holds the pieces that do not depend on where a reading came from.

pub mod align;
pub mod check;
pub mod glossary;
pub mod grade;
pub mod kana;
pub mod plain;
pub mod reading;
