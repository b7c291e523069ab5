//! Throughput of the reading engine (analyser + welfare dictionary +
//! counter rules), in characters per second over the dev sentences.
//!
//! Run: `cargo bench --bench furigana`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use yomeru::japanese::reading::{Lexicon, hiragana};

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
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
