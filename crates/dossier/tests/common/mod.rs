//! What the engine's integration tests share: ingesting with the default
//! configuration, searching, writing a test's own texts, and the lock of the
//! process environment. Each test crate uses part of it.
#![allow(dead_code)]

use dossier::{Engine, Hit, IngestConfig, IngestReport, SearchRequest};
use std::path::{Path, PathBuf};

/// Held by each test that sets the environment (`DOSSIER_INDEX_DIR`): one at a
/// time (`cargo test` runs them on threads of one process).
pub static ENVIRONMENT: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// `paths` ingested by `engine` with the default configuration, silently.
pub fn ingest(engine: &mut Engine, paths: &[PathBuf]) -> IngestReport {
    engine
        .ingest(paths, &IngestConfig::default(), &dossier::pipeline::Silent)
        .unwrap()
}

/// A new engine on `store` (created) with `paths` ingested, and the run's report.
pub fn ingested(store: &Path, paths: &[PathBuf]) -> (Engine, IngestReport) {
    let mut engine = Engine::open_or_create(store).unwrap();
    let report = ingest(&mut engine, paths);
    (engine, report)
}

/// The first `limit` hits of `query`.
pub fn search(engine: &Engine, query: &str, limit: usize) -> Vec<Hit> {
    engine
        .search(&SearchRequest {
            query: query.into(),
            limit,
            ..Default::default()
        })
        .unwrap()
}

/// `text` written to `dir/name` (the folder made if need be).
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// The repository's example corpus.
pub fn examples_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}
