//! Placing weekly slots on the 週間計画表 grid.
//!
//! Typst draws the blocks; deciding columns and side-by-side lanes for
//! overlapping slots is easier to get right (and to test) here.

use serde::Serialize;

use crate::plan::{Day, Weekly};

/// The grid starts at 6:00 and ends at 4:00 the next morning, as on the form.
pub const GRID_START: u32 = 6 * 60;
/// End of the grid in minutes after the plan day's midnight (翌4:00).
pub const GRID_END: u32 = 28 * 60;

/// A slot drawn in one day column.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Block {
    /// Column: 0 = Monday … 5 = Saturday, 6 = Sunday and holidays.
    pub col: usize,
    /// Start, in minutes, clamped to the grid.
    pub start: u32,
    /// End, in minutes, clamped to the grid.
    pub end: u32,
    /// Lane within the column (0-based) when slots overlap.
    pub lane: usize,
    /// Number of lanes in this group of overlapping slots.
    pub lanes: usize,
    /// Index of the slot in `weekly.slots`.
    pub slot: usize,
    /// Start time as written (`09:30`), or the clock time after midnight
    /// (`2:00`) when `from_next_day`.
    pub from: String,
    /// End time, like `from`.
    pub to: String,
    /// The start is after midnight (the template prints 翌).
    pub from_next_day: bool,
    /// The end is after midnight.
    pub to_next_day: bool,
}

/// The weekly grid's blocks.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Layout {
    /// All blocks, by column then start.
    pub blocks: Vec<Block>,
    /// Grid start in minutes.
    pub start: u32,
    /// Grid end in minutes.
    pub end: u32,
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

/// How a time is printed: as written on the plan day (`09:30`), or as the
/// clock time of the next morning (`26:30` → `2:30`, printed 翌2:30).
fn clock(written: &str, minutes: u32) -> (String, bool) {
    if minutes < 24 * 60 && written.len() >= 4 {
        (written.trim().get(..5).unwrap_or(written.trim()).to_string(), false)
    } else {
        let m = minutes % (24 * 60);
        (format!("{}:{:02}", m / 60, m % 60), true)
    }
}

impl Layout {
    /// Lays out `weekly`'s slots (invalid times were rejected by validation).
    pub fn new(weekly: &Weekly) -> Layout {
        let mut blocks = Vec::new();
        for (i, slot) in weekly.slots.iter().enumerate() {
            let (Some(from), Some(to)) = (slot.from.minutes(), slot.to.minutes()) else {
                continue;
            };
            // Early-morning times written as 0:00–5:59 belong after midnight.
            let (from, to) = if to <= GRID_START { (from + 1440, to + 1440) } else { (from, to) };
            let (from_text, from_next_day) = clock(&slot.from.0, from);
            let (to_text, to_next_day) = clock(&slot.to.0, to);
            let mut cols: Vec<usize> = slot.days.iter().map(|d| column(*d)).collect();
            cols.sort_unstable();
            cols.dedup();
            for col in cols {
                blocks.push(Block {
                    col,
                    start: from.clamp(GRID_START, GRID_END),
                    end: to.clamp(GRID_START, GRID_END),
                    lane: 0,
                    lanes: 1,
                    slot: i,
                    from: from_text.clone(),
                    to: to_text.clone(),
                    from_next_day,
                    to_next_day,
                });
            }
        }
        blocks.retain(|b| b.end > b.start);
        blocks.sort_by_key(|b| (b.col, b.start, b.end, b.slot));
        assign_lanes(&mut blocks);
        Layout { blocks, start: GRID_START, end: GRID_END }
    }
}

/// Gives overlapping blocks of a column side-by-side lanes.
fn assign_lanes(blocks: &mut [Block]) {
    let mut i = 0;
    while i < blocks.len() {
        let col = blocks[i].col;
        let n = blocks[i..].iter().take_while(|b| b.col == col).count();
        let spans: Vec<(u32, u32)> = blocks[i..i + n].iter().map(|b| (b.start, b.end)).collect();
        for (b, (lane, count)) in blocks[i..i + n].iter_mut().zip(lanes(&spans)) {
            b.lane = lane;
            b.lanes = count;
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
    fn overlapping_slots_share_a_column_in_lanes() {
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
        let mon: Vec<_> =
            l.blocks.iter().filter(|b| b.col == 0).map(|b| (b.lane, b.lanes)).collect();
        assert_eq!(mon, vec![(0, 2), (1, 2), (0, 1)]);
        assert_eq!(l.blocks.iter().filter(|b| b.col == 6).count(), 1, "sun+hol is one column");
    }

    #[test]
    fn night_slots_run_into_next_morning_and_are_clamped() {
        let weekly = Weekly {
            slots: vec![slot(&[Day::Wed], "22:00", "30:00"), slot(&[Day::Wed], "00:00", "05:00")],
            ..Weekly::default()
        };
        let l = Layout::new(&weekly);
        assert_eq!((l.blocks[0].start, l.blocks[0].end), (22 * 60, GRID_END));
        assert_eq!((l.blocks[0].from.as_str(), l.blocks[0].from_next_day), ("22:00", false));
        assert_eq!((l.blocks[0].to.as_str(), l.blocks[0].to_next_day), ("6:00", true));
        assert_eq!((l.blocks[1].from.as_str(), l.blocks[1].from_next_day), ("0:00", true));
        assert_eq!((l.blocks[1].start, l.blocks[1].end), (24 * 60, GRID_END));
        assert_eq!((l.blocks[0].lanes, l.blocks[1].lane), (2, 1));
    }
}
