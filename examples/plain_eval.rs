//! Measures `yomeru plain` against people's rewrites: a `formal<TAB>plain`
//! file (../shared/data/plain-dev.tsv), through the same code as
//! `yomeru plain --stdin`.
//!
//! Usage: `cargo run --release --example plain_eval -- ../shared/data/plain-dev.tsv [--show]`
//!
//! For each pair it reports chrF (character n-grams 1–6, β = 2, spaces
//! removed, as sacrebleu computes it) of the suggestion and of the formal
//! text against the person's rewrite, and the readability score
//! (`yomeru check`) of both: the share of pairs where the suggestion is
//! closer, and where it scores easier.

use yomeru::japanese::check::{Options as CheckOptions, check};
use yomeru::japanese::plain::measure::chrf;
use yomeru::japanese::plain::{Options, suggest};
use yomeru::japanese::reading::Lexicon;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.iter().find(|a| !a.starts_with("--")).expect("usage: plain_eval FILE [--show]");
    let show = args.iter().any(|a| a == "--show");
    let text = std::fs::read_to_string(path).expect("readable file");
    let lexicon = Lexicon::welfare();
    let options = CheckOptions::default();
    let (mut n, mut closer, mut easier, mut flagged) = (0, 0, 0, 0);
    let (mut sum_s, mut sum_f) = (0.0, 0.0);
    let start = std::time::Instant::now();
    for line in text.lines() {
        let Some((formal, gold)) = line.split_once('\t') else { continue };
        let s = suggest(formal, &lexicon, &Options::default());
        let (cs, cf) = (chrf(&s.text, gold), chrf(formal, gold));
        let score = |t: &str| check(t, &lexicon, &options, true).score.value;
        let (es, ef) = (score(&s.text), score(formal));
        n += 1;
        closer += usize::from(cs > cf);
        easier += usize::from(es > ef);
        flagged += usize::from(!s.flags.is_empty());
        sum_s += cs;
        sum_f += cf;
        if show {
            println!(
                "{formal}\n  ours ({cs:.1}, {es}): {}\n  gold ({cf:.1}, {ef}): {gold}",
                s.text
            );
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!(
        "pairs {n}: closer {closer} ({:.1} %), easier {easier} ({:.1} %), flagged {flagged}; mean chrF suggestion {:.1} vs formal {:.1}; {:.3} s",
        pct(closer),
        pct(easier),
        sum_s / n.max(1) as f64,
        sum_f / n.max(1) as f64,
        start.elapsed().as_secs_f64()
    );
}
