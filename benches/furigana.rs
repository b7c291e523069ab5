//! Throughput of the reading engine (analyser + welfare dictionary +
//! counter rules), in characters per second over the dev sentences.
//!
//! Run: `cargo bench --bench furigana`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use yomeru::japanese::check::{Options, check};
use yomeru::japanese::reading::{Lexicon, hiragana, load_analyser_once};
use yomeru::render::ruby::typst;

fn bench(c: &mut Criterion) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/furigana-dev.tsv");
    let text = std::fs::read_to_string(path).unwrap_or_else(|_| {
        // Without ../shared, a built-in sample keeps the bench runnable.
        "本人は週３回、生活介護事業所に通所している。\t\n".repeat(50)
    });
    let sentences: Vec<&str> = text.lines().filter_map(|l| l.split('\t').next()).collect();
    let chars: usize = sentences.iter().map(|s| s.chars().count()).sum();
    let lexicon = Lexicon::welfare();
    let mut group = c.benchmark_group("furigana");
    group.throughput(Throughput::Elements(chars as u64));
    group.bench_function("hiragana_dev_set_chars", |b| {
        b.iter(|| sentences.iter().map(|s| hiragana(s, &lexicon, false).len()).sum::<usize>())
    });
    // What the PDFs use: readings, mono-ruby split, grade filter, Typst markup.
    group.bench_function("typst_ruby_dev_set_chars", |b| {
        b.iter(|| {
            sentences
                .iter()
                .map(|s| typst(s, &lexicon, yomeru::japanese::grade::Furigana::All, true).len())
                .sum::<usize>()
        })
    });
    group.bench_function("check_dev_set_chars", |b| {
        let options = Options::default();
        b.iter(|| {
            sentences
                .iter()
                .map(|s| check(s, &lexicon, &options, true).findings.len())
                .sum::<usize>()
        })
    });
    group.finish();
    // Loading the embedded IPADIC (done once per process).
    c.bench_function("dictionary_load", |b| b.iter(load_analyser_once));
}

criterion_group!(benches, bench);
criterion_main!(benches);
