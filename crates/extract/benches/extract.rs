//! Extraction throughput over the reference corpus (`../shared/corpus/kazakhstan`
//! beside the workspace), read at run time; skipped with a note when it is absent.
//! Asserts that events are found, so the benchmark is also a test.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;

fn corpus() -> Vec<dossier_model::Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/kazakhstan");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "note: {} is absent; extraction bench skipped",
            dir.display()
        );
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let config = dossier_ingest::Config::default();
    paths
        .iter()
        .filter_map(|p| dossier_ingest::read_path(p, &config).ok())
        .collect()
}

fn extraction(c: &mut Criterion) {
    let documents = corpus();
    if documents.is_empty() {
        return;
    }
    let n_events: usize = documents
        .iter()
        .map(|d| dossier_extract::extract(d).events.len())
        .sum();
    assert!(n_events > 0, "no events in the reference corpus");
    let text_bytes: u64 = documents.iter().map(|d| d.text.len() as u64).sum();

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(text_bytes));
    group.sample_size(20);
    group.bench_function("reference corpus", |b| {
        b.iter(|| {
            for document in &documents {
                black_box(dossier_extract::extract(black_box(document)));
            }
        })
    });
    for document in &documents {
        group.throughput(Throughput::Bytes(document.text.len() as u64));
        group.bench_function(format!("doc {}", document.name), |b| {
            b.iter(|| black_box(dossier_extract::extract(black_box(document))))
        });
    }
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
