//! Placing weekly slots on the 週間計画表 grid.
//!
//! Typst draws the cells; deciding columns, the part of a night that goes
//! on in the next day's column, side-by-side lanes for overlapping slots
//! and the pieces of a slot's shape is easier to get right (and to test)
//! here.

use serde::Serialize;

use crate::plan::{Day, Weekly};

/// Each day column runs 24 hours from the morning: the form's time axis is
/// labelled 6:00 … 翌4:00 in two-hour bands, the last band ending at
/// 翌6:00, so the paper grid is the whole of one day starting at 6:00.
/// Readers at the municipality look for a day in that shape, and 24-hour
/// care then shows without a gap. Times up to 6:00 belong to the night
/// before, at the foot of its column, as on the form.
pub const GRID_START: u32 = 6 * 60;
/// The hour the grid's days start at: the form's 6:00, unless a night's
/// support would be cut in two there and another early hour (7:00, 5:00,
/// 4:00) cuts fewer slots. 22:00〜翌7:00 care is then drawn whole in its
/// day's column, down to the grid's foot at 翌7:00, rather than as two
/// pieces in two columns.
pub fn grid_start(weekly: &Weekly) -> u32 {
    let spans: Vec<(u32, u32)> = weekly
        .slots
        .iter()
        .filter_map(|s| Some((s.from.minutes()?, s.to.minutes()?)))
        .map(|(f, t)| if t <= GRID_START { (f + DAY, t + DAY) } else { (f, t) })
        .collect();
    let cuts = |start: u32| {
        spans.iter().filter(|(f, t)| [start, start + DAY].iter().any(|k| f < k && k < t)).count()
    };
    [6, 7, 5, 4].map(|h| h * 60).into_iter().min_by_key(|&h| cuts(h)).unwrap_or(GRID_START)
}

const DAY: u32 = 24 * 60;

/// One cell of the grid: a slot in one day column, or a piece of it.
///
/// A slot that overlaps others shares its column in side-by-side lanes
/// only while they overlap; before and after, it takes the free lanes to
/// its right too, as one draws a long service by hand with a short visit
/// boxed inside it. Its cells are then pieces of one shape: only the outer
/// edges are drawn, and one piece, the widest, prints the name and time.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Block {
    /// Column: 0 = Monday … 5 = Saturday, 6 = Sunday and holidays.
    pub col: usize,
    /// Start, in minutes after the column day's midnight, within the grid.
    pub start: u32,
    /// End, like `start`.
    pub end: u32,
    /// First lane of the column (0-based) the cell covers.
    pub lane: usize,
    /// Number of lanes it covers.
    pub span: usize,
    /// Index of the slot in `weekly.slots`.
    pub slot: usize,
    /// This cell prints the slot's name and time (one cell of each slot in
    /// a column does).
    pub label: bool,
    /// The cell begins the slot's shape in this column (its top edge is
    /// drawn).
    pub top: bool,
    /// The cell ends it (its bottom edge is drawn).
    pub bottom: bool,
    /// The slot's start as seen from this column: as written (`09:30`), or
    /// the clock time (`22:00`, `2:00`) when it falls on the day before or
    /// after the column's day.
    pub from: String,
    /// The slot's end, like `from`.
    pub to: String,
    /// The start is on the next day (the template prints 翌).
    pub from_next_day: bool,
    /// The end is on the next day.
    pub to_next_day: bool,
    /// The start is on the day before (the template prints 前日): this part
    /// continues, at the top of the column, a slot begun the night before.
    pub from_day_before: bool,
    /// The slot goes on past the foot of the column, into the next day's.
    pub continues: bool,
}

/// The weekly grid's cells.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Layout {
    /// All cells, by column, then start, then lane.
    pub blocks: Vec<Block>,
    /// Relative widths of each day's lanes (one lane for a day without
    /// overlapping slots).
    pub lanes: Vec<Vec<u32>>,
    /// Grid start in minutes.
    pub start: u32,
    /// Grid end in minutes.
    pub end: u32,
}

/// A slot in one column before it is cut into cells.
#[derive(Debug, Clone, PartialEq)]
struct Part {
    col: usize,
    start: u32,
    end: u32,
    slot: usize,
    lane: usize,
    from: (String, i64),
    to: (String, i64),
    continues: bool,
}

fn column(day: Day) -> usize {
    match day {
        Day::Mon => 0,
        Day::Tue => 1,
        Day::Wed => 2,
        Day::Thu => 3,
        Day::Fri => 4,
        Day::Sat => 5,
        Day::Sun | Day::Hol => 6,
    }
}

/// How a time `minutes` after the column day's midnight is printed, and on
/// which day it falls (-1 the day before, 0 the column's day, 1 the next).
/// A time on the day it was written for prints as written (`09:30`).
fn clock(written: &str, minutes: i64, as_written: bool) -> (String, i64) {
    let day = minutes.div_euclid(i64::from(DAY));
    if as_written && day == 0 && written.trim().len() >= 4 {
        (written.trim().get(..5).unwrap_or(written.trim()).to_string(), 0)
    } else {
        let m = minutes.rem_euclid(i64::from(DAY));
        (format!("{}:{:02}", m / 60, m % 60), day)
    }
}

impl Layout {
    /// Lays out `weekly`'s slots (invalid times were rejected by validation).
    ///
    /// A slot runs from its day's column into the next one when it ends
    /// after 翌6:00 (22:00〜翌7:00 fills the foot of its column and the top
    /// of the next day's, as one fills in the paper form by hand), and into
    /// the day before's when it begins before 6:00 and ends after it. The
    /// week wraps: Sunday's night goes on at the top of Monday.
    pub fn new(weekly: &Weekly) -> Layout {
        let (grid_start, grid_end) = (grid_start(weekly), grid_start(weekly) + DAY);
        let mut parts = Vec::new();
        for (i, slot) in weekly.slots.iter().enumerate() {
            let (Some(from), Some(to)) = (slot.from.minutes(), slot.to.minutes()) else {
                continue;
            };
            // Early-morning times written as 0:00–5:59 belong after midnight,
            // at the foot of the day's column, where the form has them.
            let moved = to <= GRID_START;
            let (from, to) = if moved { (from + DAY, to + DAY) } else { (from, to) };
            for d in &slot.days {
                let col = column(*d);
                // The slot as seen from the column before, its own and the next.
                for shift in [-1i64, 0, 1] {
                    let from = i64::from(from) - shift * i64::from(DAY);
                    let to = i64::from(to) - shift * i64::from(DAY);
                    let start = from.max(i64::from(grid_start));
                    let end = to.min(i64::from(grid_end));
                    if end <= start {
                        continue;
                    }
                    let as_written = shift == 0 && !moved;
                    parts.push(Part {
                        col: (col as i64 + shift).rem_euclid(7) as usize,
                        start: start as u32,
                        end: end as u32,
                        slot: i,
                        lane: 0,
                        from: clock(&slot.from.0, from, as_written),
                        to: clock(&slot.to.0, to, as_written),
                        continues: to > i64::from(grid_end),
                    });
                }
            }
        }
        parts.sort_by_key(|p| (p.col, p.start, p.end, p.slot));
        // Sunday and a holiday share a column: one part for both.
        parts.dedup();
        assign_lanes(&mut parts);
        let mut blocks = Vec::new();
        let mut lanes = Vec::new();
        for col in 0..7 {
            let here: Vec<&Part> = parts.iter().filter(|p| p.col == col).collect();
            let n = here.iter().map(|p| p.lane + 1).max().unwrap_or(1);
            let mut weights = vec![1; n];
            for p in &here {
                let cells = cut(p, &here, n);
                // A name printed in lanes narrower than the day needs them
                // wide: such lanes get three times the width of a lane that
                // only carries the narrow waist of a slot named elsewhere.
                for c in cells.iter().filter(|c| c.label && c.span < n) {
                    weights[c.lane..c.lane + c.span].iter_mut().for_each(|w| *w = 3);
                }
                blocks.extend(cells);
            }
            lanes.push(weights);
        }
        blocks.sort_by_key(|b| (b.col, b.start, b.lane));
        Layout { blocks, lanes, start: grid_start, end: grid_end }
    }
}

/// The cells of `part` among the parts `column` of its column (`n` lanes):
/// cut where another part begins or ends, each piece as wide as the free
/// lanes to its right allow, pieces of the same width joined.
fn cut(part: &Part, column: &[&Part], n: usize) -> Vec<Block> {
    let mut marks = vec![part.start, part.end];
    for q in column {
        marks.extend([q.start, q.end].into_iter().filter(|t| *t > part.start && *t < part.end));
    }
    marks.sort_unstable();
    marks.dedup();
    let mut pieces: Vec<(u32, u32, usize)> = Vec::new();
    for w in marks.windows(2) {
        let (a, b) = (w[0], w[1]);
        let busy = |lane: usize| {
            column
                .iter()
                .any(|q| !std::ptr::eq(*q, part) && q.lane == lane && q.start < b && q.end > a)
        };
        let span = 1 + (part.lane + 1..n).take_while(|l| !busy(*l)).count();
        match pieces.last_mut() {
            Some(last) if last.2 == span => last.1 = b,
            _ => pieces.push((a, b, span)),
        }
    }
    // The name goes where it has the most room: the widest piece, the
    // first of them lasting an hour, else the longest.
    let widest = pieces.iter().map(|p| p.2).max().unwrap_or(1);
    let wide = || pieces.iter().enumerate().filter(|(_, p)| p.2 == widest);
    let named = wide()
        .find(|(_, p)| p.1 - p.0 >= 60)
        .or_else(|| wide().max_by_key(|(i, p)| (p.1 - p.0, std::cmp::Reverse(*i))))
        .map_or(0, |(i, _)| i);
    let last = pieces.len().saturating_sub(1);
    pieces
        .iter()
        .enumerate()
        .map(|(i, &(start, end, span))| Block {
            col: part.col,
            start,
            end,
            lane: part.lane,
            span,
            slot: part.slot,
            label: i == named,
            top: i == 0,
            bottom: i == last,
            from: part.from.0.clone(),
            to: part.to.0.clone(),
            from_next_day: part.from.1 > 0,
            to_next_day: part.to.1 > 0,
            from_day_before: part.from.1 < 0,
            continues: part.continues,
        })
        .collect()
}

/// Gives overlapping parts of a column side-by-side lanes: each takes the
/// first lane free at its start (parts come by column, then start).
fn assign_lanes(parts: &mut [Part]) {
    let mut i = 0;
    while i < parts.len() {
        let n = parts[i..].iter().take_while(|p| p.col == parts[i].col).count();
        let spans: Vec<(u32, u32)> = parts[i..i + n].iter().map(|p| (p.start, p.end)).collect();
        for (p, (lane, _)) in parts[i..i + n].iter_mut().zip(lanes(&spans)) {
            p.lane = lane;
        }
        i += n;
    }
}

/// Side-by-side lanes for time spans sorted by start: each span's lane
/// (0-based) and the number of lanes of its cluster (the spans that
/// overlap it, directly or through others). The official grid and the
/// easy version's days draw overlapping slots this way.
pub(crate) fn lanes(spans: &[(u32, u32)]) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 1); spans.len()];
    let mut i = 0;
    while i < spans.len() {
        let mut j = i;
        let mut cluster_end = spans[i].1;
        while j + 1 < spans.len() && spans[j + 1].0 < cluster_end {
            j += 1;
            cluster_end = cluster_end.max(spans[j].1);
        }
        let mut lane_ends: Vec<u32> = Vec::new();
        for (k, &(start, end)) in spans.iter().enumerate().take(j + 1).skip(i) {
            let lane = match lane_ends.iter().position(|&e| e <= start) {
                Some(l) => {
                    lane_ends[l] = end;
                    l
                }
                None => {
                    lane_ends.push(end);
                    lane_ends.len() - 1
                }
            };
            out[k].0 = lane;
        }
        for o in &mut out[i..=j] {
            o.1 = lane_ends.len();
        }
        i = j + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// End of the form's grid (翌6:00), where a night it cuts goes on.
    const GRID_END: u32 = GRID_START + DAY;
    use crate::plan::{Slot, Text, Time};

    fn slot(days: &[Day], from: &str, to: &str) -> Slot {
        Slot {
            days: days.to_vec(),
            from: Time(from.into()),
            to: Time(to.into()),
            label: Text::default(),
            service: None,
        }
    }

    #[test]
    fn overlapping_slots_share_a_column_only_while_they_overlap() {
        let weekly = Weekly {
            slots: vec![
                slot(&[Day::Mon, Day::Tue], "09:00", "15:00"),
                slot(&[Day::Mon], "14:00", "16:00"),
                slot(&[Day::Mon], "17:00", "18:00"),
                slot(&[Day::Sun, Day::Hol], "10:00", "12:00"),
            ],
            ..Weekly::default()
        };
        let l = Layout::new(&weekly);
        let mon: Vec<_> = l
            .blocks
            .iter()
            .filter(|b| b.col == 0)
            .map(|b| (b.slot, b.start / 60, b.end / 60, b.lane, b.span, b.label))
            .collect();
        assert_eq!(
            mon,
            vec![
                // 9:00–15:00 is the whole day wide until 14:00, named there.
                (0, 9, 14, 0, 2, true),
                (0, 14, 15, 0, 1, false),
                (1, 14, 16, 1, 1, true),
                (2, 17, 18, 0, 2, true),
            ]
        );
        assert_eq!(l.lanes[0], vec![1, 3], "the lane with a name in it is the wide one");
        assert_eq!(l.lanes[1], vec![1]);
        let first = &l.blocks[0];
        let waist = &l.blocks[1];
        assert!(first.top && !first.bottom && !waist.top && waist.bottom);
        assert_eq!(l.blocks.iter().filter(|b| b.col == 6).count(), 1, "sun+hol is one column");
    }

    #[test]
    fn night_slots_fill_the_foot_of_their_day() {
        let weekly = Weekly {
            slots: vec![slot(&[Day::Wed], "22:00", "30:00"), slot(&[Day::Wed], "00:00", "05:00")],
            ..Weekly::default()
        };
        let l = Layout::new(&weekly);
        assert!(l.blocks.iter().all(|b| b.col == 2 && !b.continues), "both end by 翌6:00");
        let named: Vec<_> = l.blocks.iter().filter(|b| b.label).collect();
        assert_eq!((named[0].start, named[0].end, named[0].span), (22 * 60, 24 * 60, 2));
        assert_eq!((named[0].from.as_str(), named[0].from_next_day), ("22:00", false));
        assert_eq!((named[0].to.as_str(), named[0].to_next_day), ("6:00", true));
        assert_eq!((named[1].from.as_str(), named[1].from_next_day), ("0:00", true));
        assert_eq!((named[1].start, named[1].end, named[1].lane), (24 * 60, 29 * 60, 1));
        let night: Vec<_> = l
            .blocks
            .iter()
            .filter(|b| b.slot == 0)
            .map(|b| (b.start / 60, b.end / 60, b.span))
            .collect();
        assert_eq!(night, vec![(22, 24, 2), (24, 29, 1), (29, 30, 2)]);
    }

    /// Each cell of the layout of `slots`: column, start, end, and the
    /// slot's times as the cell prints them, with 前日 and 翌.
    fn cells(slots: Vec<Slot>) -> Vec<(usize, u32, u32, String, String, bool)> {
        Layout::new(&Weekly { slots, ..Weekly::default() })
            .blocks
            .iter()
            .map(|b| {
                let from = format!("{}{}", if b.from_day_before { "前日" } else { "" }, b.from);
                let to = format!("{}{}", if b.to_next_day { "翌" } else { "" }, b.to);
                let from = if b.from_next_day { format!("翌{from}") } else { from };
                (b.col, b.start, b.end, from, to, b.continues)
            })
            .collect()
    }

    #[test]
    fn a_night_past_six_goes_on_at_the_top_of_the_next_day() {
        // Until 翌9:00: every early hour cuts it, so the form's 6:00 stays.
        assert_eq!(
            cells(vec![slot(&[Day::Sun], "22:00", "33:00")]),
            vec![
                (0, GRID_START, 9 * 60, "前日22:00".into(), "9:00".into(), false),
                (6, 22 * 60, GRID_END, "22:00".into(), "翌9:00".into(), true),
            ],
            "Sunday night ends at the top of Monday"
        );
    }

    #[test]
    fn a_night_until_seven_is_drawn_whole_from_a_seven_oclock_grid() {
        let weekly =
            Weekly { slots: vec![slot(&[Day::Mon], "22:00", "31:00")], ..Weekly::default() };
        assert_eq!(grid_start(&weekly), 7 * 60);
        assert_eq!(
            cells(weekly.slots),
            vec![(0, 22 * 60, 31 * 60, "22:00".into(), "翌7:00".into(), false)]
        );
    }

    #[test]
    fn an_early_start_begins_at_the_foot_of_the_day_before() {
        // Cut by the form's 6:00: the day is drawn from 7:00, and the early
        // visit whole at the foot of the night before (Tuesday's column).
        assert_eq!(
            cells(vec![slot(&[Day::Wed], "05:00", "07:00")]),
            vec![(1, 29 * 60, 31 * 60, "翌5:00".into(), "翌7:00".into(), false)]
        );
        // Cut by every early hour: the form's 6:00, in two pieces.
        assert_eq!(
            cells(vec![slot(&[Day::Wed], "03:00", "08:00")]),
            vec![
                (1, 27 * 60, GRID_END, "翌3:00".into(), "翌8:00".into(), true),
                (2, GRID_START, 8 * 60, "03:00".into(), "08:00".into(), false),
            ]
        );
    }
}
