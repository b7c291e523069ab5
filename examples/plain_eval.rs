//! Measures `yomeru plain` against people's rewrites: a `formal<TAB>plain`
//! file (../shared/data/plain-dev.tsv), through the same code as
//! `yomeru plain --stdin`; a third column, where there is one, names the
//! field (`needs[].goal`, `monitoring.rows[].status`) as `yomeru plain` on a
//! plan would.
//!
//! Usage: `cargo run --release --example plain_eval -- ../shared/data/plain-dev.tsv [--show]`
//!
//! For each pair it reports chrF (character n-grams 1–6, β = 2, spaces
//! removed, as sacrebleu computes it) of the suggestion and of the formal
//! text against the person's rewrite, and the readability score
//! (`yomeru check`) of both: the share of pairs where the suggestion is
//! closer, and where it scores easier; and the content words of the
//! formal text (nouns, verbs, adjectives) that a suggestion neither keeps
//! (as written, by its stem or by its reading) nor names as the `from` of
//! a word-level change: words lost without a trace, each printed; and how
//! many of the suggestions' sentences are over 30 characters.

use yomeru::japanese::check::{Options as CheckOptions, check};
use yomeru::japanese::plain::measure::chrf;
use yomeru::japanese::plain::{Options, Rule, Suggestion, suggest};
use yomeru::japanese::reading::{Lexicon, hiragana, morphemes};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.iter().find(|a| !a.starts_with("--")).expect("usage: plain_eval FILE [--show]");
    let show = args.iter().any(|a| a == "--show");
    let text = std::fs::read_to_string(path).expect("readable file");
    let lexicon = Lexicon::welfare();
    let options = CheckOptions::default();
    let (mut n, mut closer, mut easier, mut flagged) = (0, 0, 0, 0);
    let (mut sum_s, mut sum_f) = (0.0, 0.0);
    let (mut content, mut lost) = (0, 0);
    // Sentences of the suggestions, and those longer than the 30
    // characters easy-read practice asks (spaces not counted).
    let (mut sentences, mut long) = (0, 0);
    let start = std::time::Instant::now();
    for line in text.lines() {
        let mut columns = line.split('\t');
        let (Some(formal), Some(gold)) = (columns.next(), columns.next()) else { continue };
        // An optional third column names the field the sentence is from
        // (`needs[].goal`), which words goals and reports as the editor and
        // `yomeru plain` do for that field.
        let field = Options::for_field(None, columns.next().unwrap_or(""));
        let s = suggest(formal, &lexicon, &field);
        for sentence in s.text.split_inclusive('。') {
            sentences += 1;
            long += usize::from(sentence.chars().filter(|c| !c.is_whitespace()).count() > 30);
        }
        let (cs, cf) = (chrf(&s.text, gold), chrf(formal, gold));
        let score = |t: &str| check(t, &lexicon, &options, true).score.value;
        let (es, ef) = (score(&s.text), score(formal));
        n += 1;
        closer += usize::from(cs > cf);
        easier += usize::from(es > ef);
        flagged += usize::from(!s.flags.is_empty());
        sum_s += cs;
        sum_f += cf;
        if s.flags.is_empty() {
            let (words, untraced) = untraced(formal, &s, &lexicon);
            content += words;
            lost += untraced.len();
            for w in untraced {
                println!("untraced: {w} in {formal}");
            }
        }
        if show {
            println!(
                "{formal}\n  ours ({cs:.1}, {es}): {}\n  gold ({cf:.1}, {ef}): {gold}",
                s.text
            );
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!("content words {content}: untraced {lost}");
    println!("sentences {sentences}: over 30 characters {long}");
    println!(
        "pairs {n}: closer {closer} ({:.1} %), easier {easier} ({:.1} %), flagged {flagged}; mean chrF suggestion {:.1} vs formal {:.1}; {:.3} s",
        pct(closer),
        pct(easier),
        sum_s / n.max(1) as f64,
        sum_f / n.max(1) as f64,
        start.elapsed().as_secs_f64()
    );
}

/// How many content words `formal` has, and those its suggestion neither
/// keeps nor lists as replaced. A split lists the whole sentence it cut
/// (which would trace every word) and each joint it said another way
/// (にもかかわらず → でも): only the joints count.
fn untraced(formal: &str, s: &Suggestion, lexicon: &Lexicon) -> (usize, Vec<String>) {
    let out: String = s.text.chars().filter(|c| !c.is_whitespace()).collect();
    let out_kana = hiragana(&out, lexicon, false);
    let froms: Vec<&str> = s
        .changes
        .iter()
        .filter(|c| {
            matches!(
                c.rule,
                Rule::Word
                    | Rule::Forms
                    | Rule::Term
                    | Rule::Honorific
                    | Rule::Negation
                    | Rule::Nominal
                    | Rule::Kana
            ) || (c.rule == Rule::Split && !c.to.contains('。'))
        })
        .map(|c| c.from.as_str())
        .collect();
    // A verb or adjective may come back in another form: its stem is kept.
    let stem = |w: &str| -> String {
        w.chars().take(w.chars().count().saturating_sub(1).max(1)).collect()
    };
    let mut words = 0;
    let mut lost = Vec::new();
    for m in morphemes(formal) {
        let content = (m.pos.0 == "名詞"
            && matches!(m.pos.1.as_str(), "一般" | "サ変接続" | "固有名詞" | "形容動詞語幹"))
            || (matches!(m.pos.0.as_str(), "動詞" | "形容詞") && m.pos.1 == "自立");
        if !content {
            continue;
        }
        words += 1;
        let reading = hiragana(&m.surface, lexicon, false);
        let kept = out.contains(&m.surface)
            || out.contains(&stem(&m.base))
            || out_kana.contains(&reading)
            || out_kana.contains(&stem(&reading));
        if !kept && !froms.iter().any(|f| f.contains(&m.surface) || f.contains(&stem(&m.base))) {
            lost.push(m.surface);
        }
    }
    (words, lost)
}
