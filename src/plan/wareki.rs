//! 和暦: dates and months written in a Japanese era (`令和8年4月1日`,
//! `R8.4.1`, `令和元年5月`), read into the western calendar the model
//! keeps, and the era a western date falls in, for printing.
//!
//! Municipal forms and the certificates a specialist copies from are dated
//! in 和暦, so plan files accept it wherever a date or a month is typed.
//! A 和暦 value is exact about its era: 平成32年 and 令和元年4月 never
//! existed, and saying so (with the date they stand for) catches the
//! slips of a specialist counting years across the change of era.

/// An era of the Japanese calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Era {
    /// 明治 (M), to 1912-07-29.
    Meiji,
    /// 大正 (T), 1912-07-30 to 1926-12-24.
    Taisho,
    /// 昭和 (S), 1926-12-25 to 1989-01-07.
    Showa,
    /// 平成 (H), 1989-01-08 to 2019-04-30.
    Heisei,
    /// 令和 (R), from 2019-05-01.
    Reiwa,
}

/// A day as (year, month, day), comparable in calendar order.
type Day = (i32, u8, u8);

/// An era as it is written and when it began.
struct Entry {
    era: Era,
    /// 令和.
    name: &'static str,
    /// R.
    letter: char,
    /// ㋿, the one-character form some fonts and IMEs give.
    square: char,
    first: Day,
}

/// The eras in order.
const ERAS: &[Entry] = &[
    // 明治's years count from 1868-01-01 (the edict made the whole year
    // 明治元年); dates before 1900 are outside the plan's years anyway.
    Entry { era: Era::Meiji, name: "明治", letter: 'M', square: '㍾', first: (1868, 1, 1) },
    Entry { era: Era::Taisho, name: "大正", letter: 'T', square: '㍽', first: (1912, 7, 30) },
    Entry { era: Era::Showa, name: "昭和", letter: 'S', square: '㍼', first: (1926, 12, 25) },
    Entry { era: Era::Heisei, name: "平成", letter: 'H', square: '㍻', first: (1989, 1, 8) },
    Entry { era: Era::Reiwa, name: "令和", letter: 'R', square: '㋿', first: (2019, 5, 1) },
];

impl Era {
    fn entry(self) -> &'static Entry {
        ERAS.iter().find(|e| e.era == self).expect("every era is listed")
    }

    /// Its name: 令和.
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    /// Its id in label files (`era-reiwa`), where its name carries its reading.
    pub fn label_id(self) -> &'static str {
        match self {
            Era::Meiji => "era-meiji",
            Era::Taisho => "era-taisho",
            Era::Showa => "era-showa",
            Era::Heisei => "era-heisei",
            Era::Reiwa => "era-reiwa",
        }
    }

    /// Its first day.
    fn first(self) -> Day {
        self.entry().first
    }

    /// Its last day, if it has ended: the day before the next era.
    fn last(self) -> Option<Day> {
        let at = ERAS.iter().position(|e| e.era == self)?;
        let (y, m, d) = ERAS.get(at + 1)?.first;
        let next = time::Date::from_calendar_date(y, time::Month::try_from(m).ok()?, d).ok()?;
        let last = next.previous_day()?;
        Some((last.year(), last.month() as u8, last.day()))
    }

    /// The western year of its year `n` (1 is 元年).
    fn western(self, n: u32) -> i32 {
        self.first().0 + n as i32 - 1
    }
}

/// The era a day falls in and its year of that era (1 is 元年), or `None`
/// before 明治.
pub fn era_of(year: i32, month: u8, day: u8) -> Option<(Era, u32)> {
    let era = ERAS.iter().rev().find(|e| (year, month, day) >= e.first)?.era;
    Some((era, (year - era.first().0 + 1) as u32))
}

/// The era of a month, as forms print it: the era of its first day
/// (2019-04 is 平成31年4月, 2019-05 is 令和元年5月).
pub fn era_of_month(year: i32, month: u8) -> Option<(Era, u32)> {
    era_of(year, month, 1)
}

pub use crate::error::EraProblem;

/// A date or month written in an era that does not have it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EraError {
    /// The era as written.
    pub era: Era,
    /// What is wrong.
    pub problem: EraProblem,
    /// The era's first day (for [`EraProblem::Before`] and
    /// [`EraProblem::YearZero`]) or last day ([`EraProblem::After`]),
    /// in 和暦: 令和元年5月1日.
    pub bound: String,
    /// The same date or month in the era it falls in (平成32年4月1日 is
    /// 令和2年4月1日), when there is one.
    pub suggestion: Option<String>,
}

/// A value as read: year, month and, for a date, the day.
type Parts = (i32, u8, Option<u8>);

/// `value` read as a 和暦 date (`令和8年4月1日`, `R8.4.1`, `R8/4/1`,
/// `令和元年5月1日`, full-width digits too), in the western calendar:
/// `None` when it is not written in an era at all (an ISO date, or
/// anything else, which the caller checks), `Some(Err)` when its era
/// does not have it. The day itself is not checked (令和8年2月30日 comes
/// back as 2026, 2, 30).
pub fn date(value: &str) -> Option<Result<(i32, u8, u8), EraError>> {
    let (era, n, rest) = era_year(value)?;
    let (m, d) = match numbers_after(&rest, &['月', '.', '/', '-'])? {
        (m, Some((d, tail))) if tail.is_empty() || tail == "日" => (m, d),
        _ => return None,
    };
    let (m, d) = (u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    Some(check(era, n, m, Some(d)).map(|(y, m, d)| (y, m, d.unwrap_or(1))))
}

/// `value` read as a 和暦 month (`令和8年4月`, `R8.4`, `R8/4`), in the
/// western calendar; `None` and `Some(Err)` as for [`date`].
pub fn month(value: &str) -> Option<Result<(i32, u8), EraError>> {
    let (era, n, rest) = era_year(value)?;
    let m = match numbers_after(&rest, &['月', '.', '/', '-'])? {
        (m, None) => m,
        _ => return None,
    };
    let m = u8::try_from(m).ok()?;
    Some(check(era, n, m, None).map(|(y, m, _)| (y, m)))
}

/// The era, the year of the era and the rest of `value` after the year's
/// separator (年 . / -), with full-width letters, digits and spaces made
/// half-width and spaces removed.
fn era_year(value: &str) -> Option<(Era, u32, String)> {
    let s: String = value
        .trim()
        .chars()
        .map(|c| match c {
            // Full-width ASCII (an IME's Ｒ８．４．１) is the same text.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect();
    let (era, rest) = ERAS.iter().find_map(|e| {
        s.strip_prefix(e.name)
            .or_else(|| s.strip_prefix(e.letter))
            .or_else(|| s.strip_prefix(e.letter.to_ascii_lowercase()))
            .or_else(|| s.strip_prefix(e.square))
            .map(|rest| (e.era, rest))
    })?;
    let (n, rest) = match rest.strip_prefix('元') {
        Some(rest) => (1, rest),
        None => {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if digits == 0 || digits > 3 {
                return None;
            }
            (rest[..digits].parse().ok()?, &rest[digits..])
        }
    };
    let rest = rest.strip_prefix(['年', '.', '/', '-'])?;
    Some((era, n, rest.to_string()))
}

/// A number at the start of `s`, then, after one of `separators`, a second
/// number and what follows it; or the first number alone with at most a
/// closing 月.
fn numbers_after<'a>(s: &'a str, separators: &[char]) -> Option<(u32, Option<(u32, &'a str)>)> {
    let number = |s: &'a str| -> Option<(u32, &'a str)> {
        let n = s.chars().take_while(char::is_ascii_digit).count();
        if n == 0 || n > 2 {
            return None;
        }
        Some((s[..n].parse().ok()?, &s[n..]))
    };
    let (first, rest) = number(s)?;
    if rest.is_empty() || rest == "月" {
        return Some((first, None));
    }
    let rest = rest.strip_prefix(separators)?;
    let (second, tail) = number(rest)?;
    Some((first, Some((second, tail))))
}

/// Year `n` of `era`, month `m` (and day `d`) in the western calendar, if
/// the era has it.
fn check(era: Era, n: u32, m: u8, d: Option<u8>) -> Result<Parts, EraError> {
    let y = era.western(n);
    // The date it stands for, said in its own era, only when it exists:
    // 平成32年2月30日 is refused without a suggestion to copy.
    let exists = time::Month::try_from(m)
        .is_ok_and(|month| d.is_none_or(|d| time::Date::from_calendar_date(y, month, d).is_ok()));
    let fail = |problem, bound: Day| EraError {
        era,
        problem,
        bound: written(bound.0, bound.1, Some(bound.2)).unwrap_or_default(),
        suggestion: (exists && problem != EraProblem::YearZero).then(|| written(y, m, d)).flatten(),
    };
    if n == 0 {
        return Err(fail(EraProblem::YearZero, era.first()));
    }
    // A month belongs to the era when any of its days does; a date when it
    // does itself. Checked on the numbers as written, before the day is
    // known to exist (a wrong day is the caller's error).
    let (from, to) = match d {
        Some(d) => ((y, m, d), (y, m, d)),
        None => ((y, m, 31), (y, m, 1)),
    };
    // Other values than these (month 13) are the caller's to refuse.
    let real = (1..=12).contains(&m) && d.is_none_or(|d| (1..=31).contains(&d));
    if real && from < era.first() {
        return Err(fail(EraProblem::Before, era.first()));
    }
    if let Some(last) = era.last()
        && real
        && to > last
    {
        return Err(fail(EraProblem::After, last));
    }
    Ok((y, m, d))
}

/// A western date (or month, without `d`) in 和暦 as it is typed back:
/// 令和2年4月1日, 令和元年5月.
pub fn written(y: i32, m: u8, d: Option<u8>) -> Option<String> {
    let (era, n) = match d {
        Some(d) => era_of(y, m, d)?,
        None => era_of_month(y, m)?,
    };
    let year = if n == 1 { "元".to_string() } else { n.to_string() };
    Some(match d {
        Some(d) => format!("{}{year}年{m}月{d}日", era.name()),
        None => format!("{}{year}年{m}月", era.name()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_every_way_they_are_written() {
        for s in [
            "令和8年4月1日",
            "R8.4.1",
            "R8/4/1",
            "r8-4-1",
            "令和 8年 4月 1日",
            "令和８年４月１日",
            "Ｒ８．４．１",
            "R08.04.01",
            "令和8.4.1",
            "㋿8年4月1日",
        ] {
            assert_eq!(date(s), Some(Ok((2026, 4, 1))), "{s}");
        }
        assert_eq!(date("令和元年5月1日"), Some(Ok((2019, 5, 1))));
        assert_eq!(date("平成31年4月30日"), Some(Ok((2019, 4, 30))));
        assert_eq!(date("昭和64年1月7日"), Some(Ok((1989, 1, 7))));
        assert_eq!(date("平成元年1月8日"), Some(Ok((1989, 1, 8))));
        assert_eq!(date("S49.5.12"), Some(Ok((1974, 5, 12))));
        assert_eq!(date("大正15年12月24日"), Some(Ok((1926, 12, 24))));
        assert_eq!(month("令和8年4月"), Some(Ok((2026, 4))));
        assert_eq!(month("R8.4"), Some(Ok((2026, 4))));
        assert_eq!(month("R8/10"), Some(Ok((2026, 10))));
        assert_eq!(month("令和元年5月"), Some(Ok((2019, 5))));
    }

    #[test]
    fn what_is_not_era_is_left_to_the_caller() {
        for s in ["2026-04-01", "2026/4/1", "", "令和", "令和八年四月一日", "R8", "R8.4.1.2"]
        {
            assert_eq!(date(s), None, "{s}");
        }
        assert_eq!(date("令和8年4月"), None, "a month is not a date");
        assert_eq!(month("令和8年4月1日"), None, "a date is not a month");
        // A day that does not exist is read; the caller refuses it.
        assert_eq!(date("令和8年2月30日"), Some(Ok((2026, 2, 30))));
    }

    #[test]
    fn a_date_outside_its_era_says_which_it_is() {
        let e = date("平成32年4月1日").unwrap().unwrap_err();
        assert_eq!(e.problem, EraProblem::After);
        assert_eq!(e.bound, "平成31年4月30日");
        assert_eq!(e.suggestion.as_deref(), Some("令和2年4月1日"));
        let e = date("令和元年4月1日").unwrap().unwrap_err();
        assert_eq!(e.problem, EraProblem::Before);
        assert_eq!(e.bound, "令和元年5月1日");
        assert_eq!(e.suggestion.as_deref(), Some("平成31年4月1日"));
        let e = date("平成32年2月30日").unwrap().unwrap_err();
        assert_eq!((e.problem, e.suggestion), (EraProblem::After, None), "no such day");
        let e = date("令和0年5月1日").unwrap().unwrap_err();
        assert_eq!((e.problem, e.suggestion), (EraProblem::YearZero, None));
        let e = month("平成31年5月").unwrap().unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("令和元年5月"));
        assert_eq!(month("平成31年4月"), Some(Ok((2019, 4))));
        assert_eq!(month("昭和64年1月"), Some(Ok((1989, 1))));
        assert_eq!(month("平成元年1月"), Some(Ok((1989, 1))));
        let e = date("昭和64年1月8日").unwrap().unwrap_err();
        assert_eq!(e.suggestion.as_deref(), Some("平成元年1月8日"));
    }

    #[test]
    fn western_dates_fall_in_their_era() {
        assert_eq!(era_of(2026, 4, 1), Some((Era::Reiwa, 8)));
        assert_eq!(era_of(2019, 5, 1), Some((Era::Reiwa, 1)));
        assert_eq!(era_of(2019, 4, 30), Some((Era::Heisei, 31)));
        assert_eq!(era_of(1999, 8, 21), Some((Era::Heisei, 11)));
        assert_eq!(era_of(1974, 5, 12), Some((Era::Showa, 49)));
        assert_eq!(era_of(1900, 1, 1), Some((Era::Meiji, 33)));
        assert_eq!(era_of(1867, 12, 31), None);
        assert_eq!(era_of_month(2019, 4), Some((Era::Heisei, 31)));
        assert_eq!(era_of_month(2019, 5), Some((Era::Reiwa, 1)));
        assert_eq!(written(2026, 5, None).as_deref(), Some("令和8年5月"));
    }
}
