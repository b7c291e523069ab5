//! Measures reading accuracy on a `sentence<TAB>reading` file, through the
//! same code as `yomeru furigana --output hiragana`.
//!
//! Usage: `cargo run --release --example furigana_eval -- ../shared/data/furigana-dev.tsv [--show]`
//!
//! Scoring follows shared/data/README.md: NFKC on both sides, Latin
//! lower-cased, katakana → hiragana (ヵヶ → か), ー kept, every punctuation,
//! symbol, separator, control and mark character and all whitespace removed;
//! sentence accuracy = exact matches / lines, character accuracy =
//! 1 − Σ edit distance / Σ gold length.

use unicode_normalization::UnicodeNormalization;
use yomeru::japanese::reading::{Lexicon, hiragana};

fn normalise(s: &str) -> Vec<char> {
    let s: String = s.nfkc().collect::<String>().to_lowercase();
    s.chars()
        .map(|c| match c {
            'ヵ' | 'ヶ' => 'か',
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c => c,
        })
        // Letters and numbers remain (ー is a letter, Lm); P*, S*, Z*, C*, M* go.
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path =
        args.iter().find(|a| !a.starts_with("--")).expect("usage: furigana_eval FILE [--show]");
    let show = args.iter().any(|a| a == "--show");
    let text = std::fs::read_to_string(path).expect("readable file");
    let lexicon = Lexicon::welfare();
    let (mut lines, mut exact, mut dist, mut total) = (0usize, 0usize, 0usize, 0usize);
    let start = std::time::Instant::now();
    let mut chars = 0usize;
    for line in text.lines() {
        let Some((sentence, gold)) = line.split_once('\t') else { continue };
        let predicted = hiragana(sentence, &lexicon, false);
        chars += sentence.chars().count();
        let (g, p) = (normalise(gold), normalise(&predicted));
        let d = levenshtein(&g, &p);
        lines += 1;
        exact += usize::from(d == 0);
        dist += d;
        total += g.len();
        if show && d > 0 {
            println!("{sentence}\n  gold: {gold}\n  ours: {predicted}");
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "sentences {lines}: sentence accuracy {:.1} %, character accuracy {:.2} % ({} chars in {:.3} s)",
        100.0 * exact as f64 / lines.max(1) as f64,
        100.0 * (1.0 - dist as f64 / total.max(1) as f64),
        chars,
        secs
    );
}
