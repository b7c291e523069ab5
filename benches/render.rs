//! Warm render time per example: template → Typst → PDF bytes, with fonts
//! and Typst's caches already loaded (the first iteration warms them).
//!
//! Run: `cargo bench --bench render`.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use yomeru::locale::Locale;
use yomeru::render::Renderer;

fn examples() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    v.sort();
    v
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("official_pdf");
    group.sample_size(30);
    for path in examples() {
        let plan = yomeru::plan::load(&path).unwrap();
        let renderer = Renderer::new(Locale::get("ja").unwrap(), None).unwrap();
        group.bench_function(yomeru::stem(&path), |b| {
            b.iter(|| {
                let out = yomeru::render_official(&renderer, &plan).unwrap();
                out.compiled.pdf().unwrap()
            })
        });
    }
    group.finish();
    let path = &examples()[0];
    c.bench_function("load_and_validate", |b| b.iter(|| yomeru::plan::load(path).unwrap()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
