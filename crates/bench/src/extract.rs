//! `extract`: extraction alone over parsed documents, on one thread and with rayon;
//! with `--stages`, every other stage of the write path timed on its own too.

use crate::corpus;
use crate::stats::{Target, Throughput};
use crate::sys::{self, Machine, Memory};
use anyhow::{anyhow, Result};
use dossier_model::{Document, Extraction};
use dossier_store::NewDocument;
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;
use std::time::Instant;

pub struct Options {
    pub corpus: Vec<PathBuf>,
    /// Only the first files up to this many bytes.
    pub limit_bytes: Option<u64>,
    /// Also time fingerprinting, near-duplicate checks, store inserts and indexing.
    pub stages: bool,
}

#[derive(Debug, Default, Serialize)]
pub struct Counts {
    pub times: usize,
    pub mentions: usize,
    pub events: usize,
    pub statements: usize,
    pub diagnostics: usize,
}

impl Counts {
    fn of(extractions: &[Extraction]) -> Counts {
        let mut counts = Counts::default();
        for e in extractions {
            counts.times += e.times.len();
            counts.mentions += e.mentions.len();
            counts.events += e.events.len();
            counts.statements += e.statements.len();
            counts.diagnostics += e.diagnostics.len();
        }
        counts
    }
}

/// Wall-clock and CPU seconds of one stage.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct StageTime {
    pub wall_s: f64,
    /// CPU time of this process meanwhile (all threads, tantivy's included): the
    /// cost a loaded machine does not skew.
    pub cpu_s: f64,
}

/// Run `f`, timing it.
fn timed<T>(f: impl FnOnce() -> T) -> (T, StageTime) {
    let cpu_before = sys::cpu_seconds();
    let started = Instant::now();
    let out = f();
    let time = StageTime {
        wall_s: started.elapsed().as_secs_f64(),
        cpu_s: sys::cpu_seconds() - cpu_before,
    };
    (out, time)
}

/// Each stage of the write path run alone over the whole corpus. Parallel stages
/// use rayon; serial ones one thread, as in `Engine::ingest`.
#[derive(Debug, Default, Serialize)]
pub struct Stages {
    pub read_parallel: StageTime,
    pub parse_parallel: StageTime,
    pub extract_parallel: StageTime,
    pub fingerprint_parallel: StageTime,
    pub dedup_check_serial: StageTime,
    pub store_put_serial: StageTime,
    pub store_commit: StageTime,
    pub index_add_serial: StageTime,
    pub index_commit: StageTime,
    pub store_mb: f64,
    pub index_mb: f64,
}

#[derive(Debug, Serialize)]
pub struct ExtractFigures {
    pub corpus: Vec<String>,
    pub documents: usize,
    pub failed: usize,
    /// Bytes of the originals; throughput below is over these.
    pub bytes: u64,
    /// Bytes of kept text (what extraction reads).
    pub text_bytes: u64,
    pub single_thread: Throughput,
    pub parallel: Throughput,
    pub counts: Counts,
    pub stages: Option<Stages>,
    pub memory: Memory,
    pub targets: Vec<Target>,
    pub machine: Machine,
}

pub fn run(options: &Options) -> Result<ExtractFigures> {
    let machine = Machine::now();
    let files = corpus::limit(corpus::scan(&options.corpus)?, options.limit_bytes);
    let (loaded, load_time) = timed(|| corpus::load(&files));
    let documents = &loaded.documents;
    let text_bytes: u64 = documents.iter().map(|d| d.text.len() as u64).sum();

    // Compile the extractor's patterns before timing (a one-time cost per process).
    if let Some(first) = documents.first() {
        std::hint::black_box(dossier_extract::extract(first));
    }
    let cpu_before = sys::cpu_seconds();
    let started = Instant::now();
    let single: Vec<Extraction> = documents.iter().map(dossier_extract::extract).collect();
    let single_seconds = started.elapsed().as_secs_f64();
    let single_cpu = sys::cpu_seconds() - cpu_before;
    drop(single);

    let cpu_before = sys::cpu_seconds();
    let started = Instant::now();
    let extractions: Vec<Extraction> = documents.par_iter().map(dossier_extract::extract).collect();
    let parallel_seconds = started.elapsed().as_secs_f64();
    let parallel_cpu = sys::cpu_seconds() - cpu_before;

    let threads = rayon::current_num_threads();
    let parallel = Throughput::new(loaded.bytes, parallel_seconds, threads).with_cpu(parallel_cpu);
    let stages = if options.stages {
        let mut stages = write_stages(documents, &extractions)?;
        // Read and parse were timed together for CPU: split it in proportion to wall.
        let wall = (loaded.read_seconds + loaded.parse_seconds).max(1e-9);
        stages.read_parallel = StageTime {
            wall_s: loaded.read_seconds,
            cpu_s: load_time.cpu_s * loaded.read_seconds / wall,
        };
        stages.parse_parallel = StageTime {
            wall_s: loaded.parse_seconds,
            cpu_s: load_time.cpu_s * loaded.parse_seconds / wall,
        };
        stages.extract_parallel = StageTime {
            wall_s: parallel_seconds,
            cpu_s: parallel_cpu,
        };
        Some(stages)
    } else {
        None
    };
    Ok(ExtractFigures {
        corpus: options
            .corpus
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        documents: documents.len(),
        failed: loaded.failed,
        bytes: loaded.bytes,
        text_bytes,
        single_thread: Throughput::new(loaded.bytes, single_seconds, 1).with_cpu(single_cpu),
        parallel,
        counts: Counts::of(&extractions),
        stages,
        memory: sys::memory(),
        targets: vec![
            Target::at_least(
                "extraction per core (one thread)",
                "MB/s",
                5.0,
                loaded.bytes as f64 / 1e6 / single_seconds.max(1e-9),
            ),
            Target::at_least(
                "extraction per core (rayon)",
                "MB/s",
                5.0,
                parallel.mb_per_s_per_core,
            ),
        ],
        machine: machine.finish(),
    })
}

/// Time the stages after extraction, each alone, into a temporary store.
fn write_stages(documents: &[Document], extractions: &[Extraction]) -> Result<Stages> {
    let mut stages = Stages::default();
    let (fingerprints, time) = timed(|| {
        documents
            .par_iter()
            .map(|d| dossier_ingest::fingerprint(&d.text))
            .collect::<Vec<_>>()
    });
    stages.fingerprint_parallel = time;

    let (duplicates, time) = timed(|| {
        let mut dedup = dossier::query::dedup::DedupIndex::default();
        let mut duplicates = Vec::with_capacity(documents.len());
        for (document, fingerprint) in documents.iter().zip(&fingerprints) {
            duplicates.push(dedup.check(&document.name, fingerprint));
            dedup.insert(document.name.clone(), fingerprint.clone());
        }
        duplicates
    });
    stages.dedup_check_serial = time;

    let temp = tempfile::Builder::new()
        .prefix("dossier-bench-stages-")
        .tempdir()?;
    let store_err = |e: dossier_store::Error| anyhow!("store: {e}");
    let store = dossier_store::embedded::SqliteStore::open(
        temp.path(),
        dossier_store::embedded::Mode::Write,
    )
    .map_err(store_err)?;
    let mut writer = store.writer().map_err(store_err)?;
    let (keys, time) = timed(|| -> Result<Vec<(i64, &Document)>> {
        let mut keys = Vec::with_capacity(documents.len());
        for (((document, extraction), fingerprint), duplicate_of) in documents
            .iter()
            .zip(extractions)
            .zip(&fingerprints)
            .zip(duplicates)
        {
            // The original bytes are not kept in memory here; the text stands in, so
            // the insert writes about as many bytes as the engine does.
            let put = writer
                .put(NewDocument {
                    document,
                    original: document.text.as_bytes(),
                    extraction,
                    fingerprint: &dossier::query::dedup::encode(fingerprint),
                    duplicate_of,
                    size: document.bytes,
                    mtime_ns: 0,
                })
                .map_err(store_err)?;
            if let dossier_store::Put::Added { key, .. } = put {
                keys.push((key, document));
            }
        }
        Ok(keys)
    });
    let keys = keys?;
    stages.store_put_serial = time;
    let (generation, time) = timed(|| writer.commit());
    let generation = generation.map_err(store_err)?;
    stages.store_commit = time;
    stages.store_mb = sys::dir_bytes(temp.path()) as f64 / 1e6;

    let index_dir = temp.path().join("bench-index");
    let index = dossier::index::SearchIndex::open(&index_dir).map_err(|e| anyhow!("{e}"))?;
    let mut batch = index.writer().map_err(|e| anyhow!("{e}"))?;
    let (added, time) = timed(|| -> Result<()> {
        for (key, document) in keys {
            batch
                .add_document(key, document)
                .map_err(|e| anyhow!("index: {e}"))?;
        }
        Ok(())
    });
    added?;
    stages.index_add_serial = time;
    let (committed, time) = timed(|| batch.commit(generation));
    committed.map_err(|e| anyhow!("index: {e}"))?;
    stages.index_commit = time;
    stages.index_mb = sys::dir_bytes(&index_dir) as f64 / 1e6;
    Ok(stages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_and_times_every_stage_of_an_invented_corpus() {
        let corpus = tempfile::tempdir().unwrap();
        for (name, text) in [
            ("a.txt", "On 12 May 2003 the Supreme Court upheld the death sentence of a farmer.\n"),
            ("b.txt", "The president signed a decree introducing a moratorium on executions in December 2003.\n"),
        ] {
            std::fs::write(corpus.path().join(name), text).unwrap();
        }
        let figures = run(&Options {
            corpus: vec![corpus.path().to_path_buf()],
            limit_bytes: None,
            stages: true,
        })
        .unwrap();
        assert_eq!(figures.documents, 2);
        assert!(figures.counts.times >= 2, "{:?}", figures.counts);
        let stages = figures.stages.unwrap();
        assert!(stages.index_mb > 0.0 && stages.store_mb > 0.0);
        assert_eq!(figures.targets.len(), 2);
    }
}
