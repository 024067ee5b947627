//! `ingest`: a fresh store, the whole corpus through `Engine::ingest`, then the same
//! corpus again (nothing changed: the re-ingest should only stat the files).

use crate::stats::{Target, Throughput};
use crate::sys::{self, Machine, Memory};
use anyhow::{Context, Result};
use dossier::pipeline::{IngestConfig, Progress, Step};
use dossier::Engine;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

pub struct Options {
    pub corpus: Vec<PathBuf>,
    pub extract: bool,
    /// Build the store here and keep it (for `search` and `ask`); a temporary
    /// directory otherwise.
    pub keep: Option<PathBuf>,
}

#[derive(Debug, Serialize)]
pub struct StepTime {
    pub step: Step,
    pub seconds: f64,
    /// CPU time of the process during the step (all threads).
    pub cpu_seconds: f64,
}

#[derive(Debug, Serialize)]
pub struct Reingest {
    pub seconds: f64,
    /// Re-ingest time over first-ingest time.
    pub ratio: f64,
    pub unchanged: u64,
    pub added: u64,
}

#[derive(Debug, Serialize)]
pub struct IngestFigures {
    pub extract: bool,
    pub corpus: Vec<String>,
    pub files: u64,
    pub documents: u64,
    pub passages: u64,
    pub failed: usize,
    pub near_duplicates: u64,
    pub throughput: Throughput,
    /// Wall time per pipeline step (from the engine's progress callbacks).
    pub steps: Vec<StepTime>,
    pub memory: Memory,
    pub store_mb: f64,
    pub index_mb: f64,
    pub reingest: Reingest,
    pub targets: Vec<Target>,
    pub machine: Machine,
}

/// Timestamps of the engine's step changes.
struct StepClock {
    marks: Mutex<Vec<(Step, Instant, f64)>>,
}

impl Progress for StepClock {
    fn step(&self, step: Step) {
        if let Ok(mut marks) = self.marks.lock() {
            marks.push((step, Instant::now(), sys::cpu_seconds()));
        }
    }
}

impl StepClock {
    fn durations(&self, end: Instant, end_cpu: f64) -> Vec<StepTime> {
        let marks = self.marks.lock().map(|m| m.clone()).unwrap_or_default();
        marks
            .iter()
            .enumerate()
            .map(|(i, (step, at, cpu))| {
                let (next, next_cpu) = marks
                    .get(i + 1)
                    .map(|(_, t, c)| (*t, *c))
                    .unwrap_or((end, end_cpu));
                StepTime {
                    step: *step,
                    seconds: next.duration_since(*at).as_secs_f64(),
                    cpu_seconds: next_cpu - cpu,
                }
            })
            .collect()
    }
}

pub fn run(options: &Options) -> Result<IngestFigures> {
    let machine = Machine::now();
    let temp;
    let dir: &Path = match &options.keep {
        Some(dir) => dir,
        None => {
            temp = tempfile::Builder::new()
                .prefix("dossier-bench-")
                .tempdir()
                .context("cannot create a temporary store")?;
            temp.path()
        }
    };
    let mut engine =
        Engine::open_or_create(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    let config = IngestConfig {
        extract: options.extract,
        ..IngestConfig::default()
    };

    let clock = StepClock {
        marks: Mutex::new(Vec::new()),
    };
    let cpu_before = sys::cpu_seconds();
    let started = Instant::now();
    let report = engine
        .ingest(&options.corpus, &config, &clock)
        .map_err(|e| anyhow::anyhow!("ingest: {e}"))?;
    let end = Instant::now();
    let seconds = end.duration_since(started).as_secs_f64();
    let end_cpu = sys::cpu_seconds();
    let steps = clock.durations(end, end_cpu);
    let cpu = end_cpu - cpu_before;

    let started = Instant::now();
    let again = engine
        .ingest(&options.corpus, &config, &dossier::pipeline::Silent)
        .map_err(|e| anyhow::anyhow!("re-ingest: {e}"))?;
    let reingest_seconds = started.elapsed().as_secs_f64();
    let memory = sys::memory();

    let threads = rayon::current_num_threads();
    let throughput = Throughput::new(report.bytes_read, seconds, threads).with_cpu(cpu);
    let ratio = reingest_seconds / seconds.max(1e-9);
    let mut targets = vec![
        Target::below("re-ingest / first ingest", "", 0.1, ratio),
        if options.extract {
            Target::below(
                "peak memory (with extraction)",
                "MB",
                1024.0,
                memory.peak_rss_mb,
            )
        } else {
            Target::below(
                "peak memory (no extraction)",
                "MB",
                500.0,
                memory.peak_rss_mb,
            )
        },
    ];
    targets.insert(
        0,
        if options.extract {
            Target::at_least(
                "ingest with extraction per core",
                "MB/s",
                5.0,
                throughput.mb_per_s_per_core,
            )
        } else {
            Target::at_least(
                "ingest without extraction per core",
                "MB/s",
                20.0,
                throughput.mb_per_s_per_core,
            )
        },
    );
    Ok(IngestFigures {
        extract: options.extract,
        corpus: options
            .corpus
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        files: report.files,
        documents: report.documents_total,
        passages: engine.index().num_passages(),
        failed: report.failed.len(),
        near_duplicates: report.near_duplicates,
        throughput,
        steps,
        memory,
        store_mb: sys::dir_bytes(dir) as f64 / 1e6,
        index_mb: sys::dir_bytes(engine.index().dir()) as f64 / 1e6,
        reingest: Reingest {
            seconds: reingest_seconds,
            ratio,
            unchanged: again.unchanged,
            added: again.added,
        },
        targets,
        machine: machine.finish(),
    })
}

/// `files` (name, text) written into a temporary corpus and ingested (with
/// extraction or not) into a store kept in a temporary directory: what the search
/// and ask benchmarks' tests run on.
#[cfg(test)]
pub(crate) fn invented_store(files: &[(&str, &str)], extract: bool) -> tempfile::TempDir {
    let corpus = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(corpus.path().join(name), text).unwrap();
    }
    let store = tempfile::tempdir().unwrap();
    run(&Options {
        corpus: vec![corpus.path().to_path_buf()],
        extract,
        keep: Some(store.path().to_path_buf()),
    })
    .unwrap();
    store
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ingests_a_small_invented_corpus_and_skips_it_the_second_time() {
        let corpus = tempfile::tempdir().unwrap();
        for (name, text) in [
            ("one.txt", "The regional court handed down a death sentence in March 2001.\n\nA lawyer said the trial was unfair.\n"),
            ("two.txt", "Parliament voted to extend the moratorium on executions in 2004.\n"),
        ] {
            std::fs::write(corpus.path().join(name), text).unwrap();
        }
        for extract in [false, true] {
            let figures = run(&Options {
                corpus: vec![corpus.path().to_path_buf()],
                extract,
                keep: None,
            })
            .unwrap();
            assert_eq!(figures.documents, 2);
            assert!(figures.passages >= 2);
            assert_eq!(figures.reingest.unchanged, 2);
            assert_eq!(figures.reingest.added, 0);
            assert!(figures.throughput.mb > 0.0);
            assert!(figures.memory.peak_rss_mb > 0.0);
            assert!(figures.index_mb > 0.0);
            assert_eq!(figures.targets.len(), 3);
            assert!(figures.steps.iter().any(|s| s.step == Step::Ingest));
        }
    }
}
