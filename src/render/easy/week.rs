//! The week of the easy version as days: each kind of day is one portrait
//! timeline from morning to night, in bands (朝, 昼, 夕方, 夜) with their
//! pictures, each slot as a bar as long as it lasts and a card with its
//! picture, words and times. Days with the same slots share a page (月〜金
//! at work is one page, not five); days with nothing planned are named as
//! free. Support through the night is drawn across midnight into the next
//! morning, where a second card says until when it goes on.
//!
//! Here the slots are cut into days, the day's start hour chosen, the
//! bands and lanes laid out; `easy.typ` measures the cards and draws.

use serde::Serialize;

use super::{clock_time, minutes_time, term_in, words_picture};
use crate::locale::{Locale, arg};
use crate::plan::{Day, Plan, Slot, Text};
use crate::render::weekly::lanes;

const HOUR: u32 = 60;
const DAY: u32 = 24 * HOUR;

/// Hours a day may start at, the usual first: the one that cuts the
/// fewest slots wins, so that care ending at 7:00 is not cut at 6:00.
const DAY_STARTS: [u32; 8] = [6, 7, 5, 8, 4, 9, 3, 10];

/// Parts of the day by the clock, in minutes after the plan day's
/// midnight (up to the next morning): kind, label id, pictogram.
const BANDS: [(u32, u32, &str, &str, &str); 6] = [
    (0, 5 * HOUR, "night", "easy-band-night", "night"),
    (5 * HOUR, 12 * HOUR, "morning", "easy-band-morning", "sunrise"),
    (12 * HOUR, 17 * HOUR, "day", "easy-band-day", "daytime"),
    (17 * HOUR, 20 * HOUR, "evening", "easy-band-evening", "sunset"),
    (20 * HOUR, 29 * HOUR, "night", "easy-band-night", "night"),
    (29 * HOUR, 36 * HOUR, "morning", "easy-band-morning", "sunrise"),
];

/// A band shorter than this has no room for its picture and name: it
/// joins its neighbour.
const SHORTEST_BAND: u32 = 90;

/// The day columns, as on the official form: Monday … Saturday, then
/// Sunday with holidays.
const COLUMNS: [(&str, &[Day]); 7] = [
    ("easy-day-mon", &[Day::Mon]),
    ("easy-day-tue", &[Day::Tue]),
    ("easy-day-wed", &[Day::Wed]),
    ("easy-day-thu", &[Day::Thu]),
    ("easy-day-fri", &[Day::Fri]),
    ("easy-day-sat", &[Day::Sat]),
    ("easy-day-sun-hol", &[Day::Sun, Day::Hol]),
];

/// The week as the easy version draws it.
#[derive(Debug, Serialize)]
pub struct Week<'a> {
    /// The seven day names (月 … 日・休み), marked, each in its words (a
    /// line may break between them, never inside one).
    pub days: Vec<Vec<String>>,
    /// Where each timeline starts, in minutes after the plan day's
    /// midnight.
    pub start: u32,
    /// Where it ends: midnight, or a whole day after `start` when
    /// something goes on past midnight.
    pub end: u32,
    /// The parts of the day, top to bottom.
    pub bands: Vec<Band>,
    /// Where midnight is drawn, when the timelines go past it.
    pub midnight: Option<u32>,
    /// One timeline per kind of day, in the order of their first day.
    pub pages: Vec<DayPage<'a>>,
    /// Days with nothing planned (indices into `days`).
    pub free: Vec<usize>,
}

/// A part of the day: a background band with its picture and name.
#[derive(Debug, Serialize)]
pub struct Band {
    /// `morning`, `day`, `evening` or `night`: how it is shaded.
    pub kind: &'static str,
    /// Its name (朝), marked, in its words.
    pub name: Vec<String>,
    /// Pictogram concept.
    pub pictogram: &'static str,
    /// Start, in minutes.
    pub start: u32,
    /// End, in minutes.
    pub end: u32,
}

/// The timeline of one or more days that have the same slots.
#[derive(Debug, Serialize)]
pub struct DayPage<'a> {
    /// Which days (indices into [`Week::days`]).
    pub days: Vec<usize>,
    /// The slots as bars, by start.
    pub bars: Vec<Bar>,
    /// What the bars are, by where they are drawn.
    pub cards: Vec<Card<'a>>,
}

/// A slot's time on a day: a bar from `start` to `end`.
#[derive(Debug, Serialize)]
pub struct Bar {
    /// Start, in minutes (the timeline's start when it began the day before).
    pub start: u32,
    /// End, in minutes (the timeline's end when it goes on the next day).
    pub end: u32,
    /// Lane, when slots overlap (0-based).
    pub lane: usize,
    /// Lanes of its group of overlapping slots.
    pub lanes: usize,
}

/// The words and picture of a bar, beside it.
#[derive(Debug, Serialize)]
pub struct Card<'a> {
    /// The bar it belongs to (index into [`DayPage::bars`]).
    pub bar: usize,
    /// Where it points on the timeline, in minutes.
    pub at: u32,
    /// The card ends at `at` (it tells until when something goes on)
    /// rather than starting there.
    pub ends: bool,
    /// What happens.
    pub label: &'a Text,
    /// Pictogram concept.
    pub pictogram: String,
    /// Its times (午前7時から, 午後10時まで), marked.
    pub times: Vec<String>,
}

/// A piece of a slot on one day's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    slot: usize,
    start: u32,
    end: u32,
    /// Where the slot really starts and ends, in the day's minutes (before
    /// the timeline's start, or after its end, when it crosses them).
    from: i64,
    to: i64,
}

/// Minutes of a slot in its plan day: early-morning times that end by
/// the day's start belong to the night after it, as on the official form.
fn span(slot: &Slot, day_start: u32) -> Option<(u32, u32)> {
    let (from, to) = (slot.from.minutes()?, slot.to.minutes()?);
    if to <= from {
        return None;
    }
    Some(if to <= day_start { (from + DAY, to + DAY) } else { (from, to) })
}

/// The day's start hour that cuts the fewest slots.
fn day_start(slots: &[Slot]) -> u32 {
    let cuts = |w: u32| {
        slots
            .iter()
            .filter_map(|s| span(s, w))
            .filter(|&(a, b)| (a < w && w < b) || (a < w + DAY && w + DAY < b))
            .count()
    };
    DAY_STARTS.iter().map(|h| h * HOUR).min_by_key(|&w| cuts(w)).unwrap_or(6 * HOUR)
}

impl<'a> Week<'a> {
    /// The week of `plan` with labels from `l`; `None` when it has no slots.
    pub fn new(plan: &'a Plan, l: &Locale) -> Option<Week<'a>> {
        let slots = &plan.weekly.slots;
        let start = day_start(slots);
        let mut columns: Vec<Vec<Piece>> = vec![Vec::new(); COLUMNS.len()];
        for (i, slot) in slots.iter().enumerate() {
            let Some((a, b)) = span(slot, start) else { continue };
            for (c, (_, days)) in COLUMNS.iter().enumerate() {
                if !slot.days.iter().any(|d| days.contains(d)) {
                    continue;
                }
                // Cut where the timelines start: what lies before goes to
                // the previous day's night, what lies after to the next
                // day's morning (the week goes round).
                let (from, to) = (i64::from(a), i64::from(b));
                let mut put = |col: usize, shift: i64| {
                    let s = (from + shift).max(i64::from(start));
                    let e = (to + shift).min(i64::from(start + DAY));
                    if s < e {
                        let piece = Piece {
                            slot: i,
                            start: s as u32,
                            end: e as u32,
                            from: from + shift,
                            to: to + shift,
                        };
                        columns[col].push(piece);
                    }
                };
                put(c, 0);
                put((c + 1) % COLUMNS.len(), -i64::from(DAY));
                put((c + COLUMNS.len() - 1) % COLUMNS.len(), i64::from(DAY));
            }
        }
        if columns.iter().all(Vec::is_empty) {
            return None;
        }
        for pieces in &mut columns {
            pieces.sort_by_key(|p| (p.start, p.end, p.slot));
            pieces.dedup();
        }
        let overnight = columns.iter().flatten().any(|p| p.end > DAY);
        let end = if overnight { start + DAY } else { DAY };
        let bands = bands(l, start, end);
        let mut pages: Vec<DayPage> = Vec::new();
        let mut seen: Vec<&Vec<Piece>> = Vec::new();
        let mut free = Vec::new();
        for (c, pieces) in columns.iter().enumerate() {
            if pieces.is_empty() {
                free.push(c);
            } else if let Some(k) = seen.iter().position(|s| *s == pieces) {
                pages[k].days.push(c);
            } else {
                seen.push(pieces);
                pages.push(page(plan, l, c, pieces));
            }
        }
        Some(Week {
            days: COLUMNS.iter().map(|(id, _)| words(&l.text_marked(id))).collect(),
            start,
            end,
            bands,
            midnight: (end > DAY).then_some(DAY),
            pages,
            free,
        })
    }
}

/// A label's words: the layout breaks a line between them, never inside.
fn words(label: &str) -> Vec<String> {
    label.split(' ').map(str::to_string).collect()
}

/// The bands between `start` and `end`; one too short for its picture
/// joins its neighbour.
fn bands(l: &Locale, start: u32, end: u32) -> Vec<Band> {
    let mut out: Vec<Band> = BANDS
        .iter()
        .filter(|b| b.0 < end && b.1 > start)
        .map(|&(s, e, kind, name, pictogram)| Band {
            kind,
            name: words(&l.text_marked(name)),
            pictogram,
            start: s.max(start),
            end: e.min(end),
        })
        .collect();
    if out.len() > 1 && out[0].end - out[0].start < SHORTEST_BAND {
        let first = out.remove(0);
        out[0].start = first.start;
    }
    if out.len() > 1 && out.last().is_some_and(|b| b.end - b.start < SHORTEST_BAND) {
        let last = out.pop().expect("more than one band");
        if let Some(b) = out.last_mut() {
            b.end = last.end;
        }
    }
    out
}

/// The timeline of the day in column `c`: bars in lanes, a card at the
/// start of each bar, and for a bar that goes on through midnight a second
/// card at its end, in the next morning, saying until when.
fn page<'a>(plan: &'a Plan, l: &Locale, c: usize, pieces: &[Piece]) -> DayPage<'a> {
    let spans: Vec<(u32, u32)> = pieces.iter().map(|p| (p.start, p.end)).collect();
    let bars: Vec<Bar> = pieces
        .iter()
        .zip(lanes(&spans))
        .map(|(p, (lane, lanes))| Bar { start: p.start, end: p.end, lane, lanes })
        .collect();
    let time = |id: &str, t: String| l.format_marked(id, &[("time", arg(t))]);
    let mut cards = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let slot = &plan.weekly.slots[p.slot];
        let card = |at: u32, ends: bool, times: Vec<String>| Card {
            bar: i,
            at,
            ends,
            label: &slot.label,
            pictogram: slot_picture(slot),
            times,
        };
        let until = time("easy-time-to", clock_time(l, clock(p.to)));
        if p.from < i64::from(p.start) {
            // Begun the day before: only until when.
            cards.push(card(p.start, false, vec![until]));
            continue;
        }
        let from = time("easy-time-from", day_time(l, p.from));
        // 「つぎの 日の」 once: an end on the same next day as the start is
        // its clock time alone.
        let next_day = i64::from(DAY)..=2 * i64::from(DAY);
        let to = if next_day.contains(&p.from) && next_day.contains(&p.to) {
            until.clone()
        } else {
            time("easy-time-to", day_time(l, p.to))
        };
        cards.push(card(p.start, false, vec![from, to]));
        // Through midnight into the morning, with room for a second card.
        // It says it is the same support going on, not a second visit.
        if p.start < DAY && p.end >= DAY + 2 * HOUR {
            cards.push(card(p.end, true, vec![l.text_marked("easy-week-continues"), until]));
        }
    }
    DayPage { days: vec![c], bars, cards }
}

/// A time of the day in minutes after its midnight (the next day's from
/// 24:00) in 午前/午後 form.
fn day_time(l: &Locale, minutes: i64) -> String {
    let m = u32::try_from(minutes).unwrap_or(0);
    if m >= DAY { minutes_time(l, DAY + m % DAY) } else { clock_time(l, m) }
}

/// The clock time of `minutes`, whatever the day.
fn clock(minutes: i64) -> u32 {
    u32::try_from(minutes.rem_euclid(i64::from(DAY))).unwrap_or(0)
}

/// The pictogram of a slot: its label's own, else what its words call for,
/// else its service's glossary term's, else the calendar.
pub fn slot_picture(s: &Slot) -> String {
    s.label
        .pictogram
        .clone()
        .or_else(|| words_picture(&s.label))
        .or_else(|| s.service.as_deref().and_then(term_in).map(|t| t.pictogram.clone()))
        .unwrap_or_else(|| "calendar".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Time;

    fn slot(days: &[Day], from: &str, to: &str, label: &str) -> Slot {
        Slot {
            days: days.to_vec(),
            from: Time(from.into()),
            to: Time(to.into()),
            label: Text { text: label.into(), ..Default::default() },
            service: None,
        }
    }

    fn plan(slots: Vec<Slot>) -> Plan {
        let mut p: Plan = serde_json::from_value(serde_json::json!({
            "format": 1,
            "kind": "plan",
            "person": { "name": "山田 花子", "name_reading": "やまだ はなこ" },
            "dates": { "created": "2026-04-01" },
            "needs": [{ "id": "a", "need": "働きたい。" }],
        }))
        .unwrap();
        p.weekly.slots = slots;
        p
    }

    fn ja() -> std::sync::Arc<Locale> {
        Locale::get("ja-easy").unwrap()
    }

    const WEEKDAYS: [Day; 5] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri];

    #[test]
    fn the_day_starts_where_night_care_ends_and_goes_round_to_the_next_morning() {
        let all = [&WEEKDAYS[..], &[Day::Sat, Day::Sun, Day::Hol]].concat();
        let p = plan(vec![
            slot(&all, "07:00", "22:00", "日中"),
            slot(&all, "22:00", "31:00", "夜間"),
            slot(&[Day::Mon, Day::Wed], "10:00", "11:30", "入浴"),
        ]);
        let w = Week::new(&p, &ja()).unwrap();
        // 6:00 would cut the night care; 7:00 cuts nothing.
        assert_eq!((w.start, w.end, w.midnight), (7 * HOUR, 31 * HOUR, Some(DAY)));
        let kinds: Vec<_> =
            w.bands.iter().map(|b| (b.kind, b.start / HOUR, b.end / HOUR)).collect();
        assert_eq!(
            kinds,
            [
                ("morning", 7, 12),
                ("day", 12, 17),
                ("evening", 17, 20),
                ("night", 20, 29),
                ("morning", 29, 31)
            ]
        );
        // 月・水 alike, the other five alike.
        let days: Vec<_> = w.pages.iter().map(|p| p.days.clone()).collect();
        assert_eq!(days, [vec![0, 2], vec![1, 3, 4, 5, 6]]);
        assert!(w.free.is_empty());
        // The night care: a card where it starts and one where it ends, in
        // the next morning, saying it goes on and until when (the clock
        // time alone).
        let night: Vec<_> = w.pages[1].cards.iter().filter(|c| c.label.text == "夜間").collect();
        assert_eq!(night.len(), 2);
        assert_eq!((night[0].at, night[0].ends), (22 * HOUR, false));
        assert_eq!((night[1].at, night[1].ends), (31 * HOUR, true));
        let unmark = |s: &str| crate::japanese::reading::unmark(s).into_owned();
        assert_eq!(
            night[0].times.iter().map(|t| unmark(t)).collect::<Vec<_>>(),
            ["午後10時から", "つぎの 日の 午前7時まで"]
        );
        // The morning card says it is the night's support going on.
        assert_eq!(
            night[1].times.iter().map(|t| unmark(t)).collect::<Vec<_>>(),
            ["夜からの つづき", "午前7時まで"]
        );
        let bath = &w.pages[0].bars[1];
        assert_eq!((bath.lane, bath.lanes), (1, 2), "beside the day care");
    }

    #[test]
    fn what_crosses_the_day_start_is_cut_there_and_empty_days_are_free() {
        // No hour from 3:00 to 10:00 is free of these; 5:00 cuts two, the
        // fewest.
        let p = plan(vec![
            slot(&[Day::Mon], "05:00", "11:00", "早朝"),
            slot(&[Day::Tue], "02:30", "10:30", "夜明け"),
            slot(&[Day::Wed], "20:00", "34:00", "長い夜"),
        ]);
        let w = Week::new(&p, &ja()).unwrap();
        assert_eq!((w.start, w.end), (5 * HOUR, 29 * HOUR));
        let on = |c: usize| w.pages.iter().find(|p| p.days.contains(&c)).unwrap();
        let spans = |c: usize| on(c).bars.iter().map(|b| (b.start, b.end)).collect::<Vec<_>>();
        let unmark = |s: &str| crate::japanese::reading::unmark(s).into_owned();
        let times =
            |c: usize, i: usize| on(c).cards[i].times.iter().map(|t| unmark(t)).collect::<Vec<_>>();
        // Tuesday's small hours begin in Monday's night, and go on in
        // Tuesday's morning, where only their end is said.
        assert_eq!(spans(0), [(5 * HOUR, 11 * HOUR), (26 * HOUR + 30, 29 * HOUR)]);
        assert_eq!(times(0, 1), ["つぎの 日の 午前2時30分から", "午前10時30分まで"]);
        assert_eq!(spans(1), [(5 * HOUR, 10 * HOUR + 30)]);
        assert_eq!(times(1, 0), ["午前10時30分まで"]);
        // Wednesday's long night goes on into Thursday's morning.
        assert_eq!(spans(2), [(20 * HOUR, 29 * HOUR)]);
        assert_eq!(spans(3), [(5 * HOUR, 10 * HOUR)]);
        assert_eq!(times(3, 0), ["午前10時まで"]);
        assert_eq!(w.free, [4, 5, 6]);
    }

    #[test]
    fn a_week_without_a_night_ends_at_midnight() {
        let p = plan(vec![slot(&WEEKDAYS, "09:30", "15:30", "作業所")]);
        let w = Week::new(&p, &ja()).unwrap();
        assert_eq!((w.start, w.end, w.midnight), (6 * HOUR, DAY, None));
        assert_eq!(w.pages.len(), 1);
        assert_eq!(w.pages[0].cards.len(), 1);
        assert_eq!(w.free, [5, 6]);
        assert!(Week::new(&plan(Vec::new()), &ja()).is_none());
    }
}
