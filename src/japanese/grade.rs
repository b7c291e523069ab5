//! Which kanji a reader at a school grade is expected to know.
//!
//! The table is the 学年別漢字配当表 (1,026 kanji, grades 1–6, in force
//! since 2020), derived from KANJIDIC2 into `data/kanji-grades.tsv`.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::align::{Boundary, Segment};
use super::kana::is_kanji;

static TABLE: LazyLock<HashMap<char, u8>> = LazyLock::new(|| {
    include_str!("../../data/kanji-grades.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (k, g) = l.split_once('\t')?;
            Some((k.chars().next()?, g.trim().parse().ok()?))
        })
        .collect()
});

/// The school grade (1–6) that teaches `c`, or `None` for kanji taught
/// later or not at all.
pub fn grade(c: char) -> Option<u8> {
    TABLE.get(&c).copied()
}

/// Which kanji words get furigana.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Furigana {
    /// Every kanji word (the easy-read default).
    #[default]
    All,
    /// No furigana.
    None,
    /// Only words with a kanji not taught by the end of this grade.
    Grade(u8),
}

/// A `--furigana` value that is not `all`, `none` or `grade:1` … `grade:6`
/// (a type of its own, so the command line can say so in the reader's
/// language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuriganaError {
    /// The value as given.
    pub value: String,
}

impl std::fmt::Display for FuriganaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: expected all, none or grade:1 … grade:6", self.value)
    }
}

impl std::error::Error for FuriganaError {}

impl std::str::FromStr for Furigana {
    type Err = FuriganaError;
    fn from_str(s: &str) -> Result<Self, FuriganaError> {
        match s {
            "all" => Ok(Furigana::All),
            "none" => Ok(Furigana::None),
            _ => s
                .strip_prefix("grade:")
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=6).contains(n))
                .map(Furigana::Grade)
                .ok_or_else(|| FuriganaError { value: s.to_string() }),
        }
    }
}

impl Furigana {
    /// Whether a word written `base` gets its reading printed.
    pub fn wants(self, base: &str) -> bool {
        match self {
            Furigana::All => true,
            Furigana::None => false,
            Furigana::Grade(n) => base
                .chars()
                .filter(|c| is_kanji(*c) && *c != '々')
                .any(|c| grade(c).is_none_or(|g| g > n)),
        }
    }

    /// Drops the readings this mode does not print. The decision is made
    /// per word, so the kanji of one word keep or lose their readings
    /// together even when each has its own (嚥[えん]下[げ] at `grade:6`).
    pub fn apply(self, mut segments: Vec<Segment>) -> Vec<Segment> {
        let mut start = 0;
        while start < segments.len() {
            let mut end = start + 1;
            while end < segments.len() && segments[end].boundary == Boundary::Inside {
                end += 1;
            }
            let word = &mut segments[start..end];
            let kanji: String =
                word.iter().filter(|s| s.ruby.is_some()).map(|s| s.base.as_str()).collect();
            if !kanji.is_empty() && !self.wants(&kanji) {
                word.iter_mut().for_each(|s| s.ruby = None);
            }
            start = end;
        }
        segments
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_the_official_counts() {
        let mut per = [0; 7];
        for g in TABLE.values() {
            per[*g as usize] += 1;
        }
        assert_eq!(&per[1..], &[80, 160, 200, 202, 193, 191]);
    }

    #[test]
    fn grade_filter() {
        // 山 and 生 are grade 1, 活 grade 2, 護 grade 5; 介 and 嚥 are not
        // taught at primary school.
        assert!(!Furigana::Grade(1).wants("山"));
        assert!(Furigana::Grade(1).wants("生活"));
        assert!(!Furigana::Grade(2).wants("生活"));
        assert!(Furigana::Grade(6).wants("介護"));
        assert!(Furigana::Grade(6).wants("嚥下"));
        assert!(Furigana::All.wants("山") && !Furigana::None.wants("嚥下"));
        assert_eq!("grade:3".parse(), Ok(Furigana::Grade(3)));
        assert!("grade:7".parse::<Furigana>().is_err());
    }
}
