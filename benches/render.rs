//! Warm render time per document: template → Typst → PDF bytes, with
//! fonts, dictionary and Typst's caches loaded (the first iterations warm
//! them), as `yomeru batch` and `yomeru watch` see it.
//!
//! Documents: the official set and the easy version of a 3-need plan
//! (examples/sato-kenta.yaml) and of a 12-need plan (watanabe-takeshi's 11
//! needs and one more), the 3 examples' official PDFs, and plan loading.
//!
//! Run: `cargo bench --bench render`.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use yomeru::plan::LoadedPlan;
use yomeru::render::Variant;
use yomeru::session::{Document, Session, Settings};

fn load(path: &std::path::Path) -> LoadedPlan {
    yomeru::caseload::read_plan(&Session::new(Settings::default()), path).plan.unwrap()
}

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples").join(name)
}

/// watanabe-takeshi's plan with a twelfth need.
fn twelve_needs() -> LoadedPlan {
    let mut plan = load(&example("watanabe-takeshi.yaml"));
    let mut extra = plan.plan.needs[1].clone();
    extra.id = "library".into();
    extra.priority = Some(12);
    plan.plan.needs.push(extra);
    assert_eq!(plan.plan.needs.len(), 12);
    plan
}

fn bench(c: &mut Criterion) {
    let three = load(&example("sato-kenta.yaml"));
    let twelve = twelve_needs();
    assert_eq!(three.plan.needs.len(), 3);
    let mut group = c.benchmark_group("warm_render_pdf");
    group.sample_size(20);
    for (variant, name) in [(Variant::Official, "official"), (Variant::Easy, "easy")] {
        let session = Session::new(Settings {
            documents: vec![Document::One(variant)],
            ..Settings::default()
        });
        for (plan, needs) in [(&three, 3), (&twelve, 12)] {
            group.bench_function(format!("{name}_{needs}_needs"), |b| {
                b.iter(|| session.render(plan, "bench").unwrap().files.len())
            });
        }
    }
    group.finish();
    let mut group = c.benchmark_group("official_pdf");
    group.sample_size(20);
    let session = Session::new(Settings::default());
    for name in ["kobayashi-yui", "sato-kenta", "watanabe-takeshi"] {
        let plan = load(&example(&format!("{name}.yaml")));
        group.bench_function(name, |b| {
            b.iter(|| session.render(&plan, "bench").unwrap().files.len())
        });
    }
    group.finish();
    let path = example("sato-kenta.yaml");
    c.bench_function("load_and_validate", |b| b.iter(|| load(&path)));
}

criterion_group!(benches, bench);
criterion_main!(benches);
