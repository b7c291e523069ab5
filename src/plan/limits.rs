//! How much a plan may hold: every limit yomeru enforces before it starts
//! work, with why its value.
//!
//! A plan is written by a person about a person: a few kilobytes, a handful
//! of needs, a week of slots. Each limit here is far above any real plan
//! (the shipped examples use a tenth or less of each) and far below what
//! makes a render take minutes or gigabytes. A plan over a limit is a
//! located error, said before anything is read further or typeset.

/// Largest plan file read, in bytes. The largest example is 9 KB; 1 MiB
/// holds a hundred plans' worth of text. (A 52 MB file took 71 s and
/// 5.9 GB before it was refused.)
pub const MAX_PLAN_BYTES: u64 = 1024 * 1024;

/// Most values (keys' values, list items, scalars) a plan file may hold
/// once YAML aliases are expanded. An example plan has about 400; a plan
/// at every count limit below has about 20,000. Aliases are expanded by
/// copying, so without this 370 bytes of nested aliases became 3.3 GB.
pub const MAX_VALUES: usize = 50_000;

/// Most bytes of text a plan file may hold once YAML aliases are
/// expanded: four times the file itself. An alias copies its anchor, so
/// without this one long text and many aliases of it fill the memory.
pub const MAX_EXPANDED_BYTES: usize = 4 * MAX_PLAN_BYTES as usize;

/// Deepest nesting of lists and maps. The format itself is five levels
/// deep (`needs[0].services[0].detail.text`); the checks walk the tree
/// recursively, so a file nested thousands deep would exhaust the stack.
pub const MAX_DEPTH: usize = 24;

/// Most needs in one plan. The official form has room for five to ten; a
/// plan with more is usually two plans, and each need prints at least a
/// third of a page in the easy version.
pub const MAX_NEEDS: usize = 40;

/// Most services answering one need (real plans have one to three).
pub const MAX_SERVICES: usize = 20;

/// Most weekly slots. Seven days of eight activities each is 56; 5,000
/// slots took 81 s and 5.3 GB to typeset.
pub const MAX_SLOTS: usize = 200;

/// Most entries in other lists of text (strengths, supporters, daily
/// life, monitoring rows): a page or two each at most.
pub const MAX_ITEMS: usize = 60;

/// Most reading overrides in one plan: names, places and providers of one
/// person's life. Every reading is tried on every text, so the count
/// bounds the work of giving readings.
pub const MAX_READINGS: usize = 500;

/// Longest text in one field, in characters. The longest field of the
/// examples (a 総合的な援助の方針) has 230; ten times a long field still
/// fits. Longer text is a document of its own, and an easy-read page
/// cannot carry it.
pub const MAX_TEXT_CHARS: usize = 4_000;

/// Longest chain of monitoring reports followed through `monitoring.plan`
/// to reach the plan (a report may follow up the previous report). A
/// year of monthly monitoring is 12.
pub const MAX_MONITORING_CHAIN: usize = 24;

/// Years a date or month may have: a birth date a century ago to plans
/// decades ahead. Outside it a year is a typing mistake (`0000`, `20266`).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;
