//! `dossier check`: is this store whole? And, asked to, put right what can be.
//!
//! The store's part ([`dossier_store::embedded::StoreCheck`]): SQLite's integrity
//! check, the pack's length, every original against its SHA-256, replaced
//! originals whose space is not yet given back. The index's part: it opens, is of
//! this format and of the store's generation, and holds exactly the documents the
//! store says it should. Repairs: the index is rebuilt from the store; a damaged
//! original is written back from its file if that file still has its bytes; the
//! space of replaced originals is given back. What cannot be repaired is said,
//! with what to do.

use crate::{Engine, IndexLock, Result};
use dossier_store::embedded::{Mode, SqliteStore, StoreCheck};
use dossier_store::Store;
use std::path::Path;

/// The index's part of a check.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct IndexCheck {
    /// What is wrong with it, if anything.
    pub problem: Option<String>,
    pub documents_indexed: u64,
    pub documents_expected: u64,
}

/// What `dossier check` found and did.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct CheckReport {
    pub store: StoreCheck,
    pub index: IndexCheck,
    /// Repairs made (with `--repair`).
    pub repaired: Vec<String>,
    /// Problems left, each with what to do about it.
    pub problems: Vec<String>,
}

impl CheckReport {
    /// Nothing is left wrong.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

impl Engine {
    /// Check the store in `dir`; with `repair`, repair what can be repaired.
    /// Embedded stores only: a PostgreSQL store is checked with PostgreSQL's own
    /// tools (`pg_amcheck`), and its originals are verified on every read.
    pub fn check(dir: &Path, repair: bool) -> Result<CheckReport> {
        if let dossier_store::Location::Postgres(_) = dossier_store::Location::parse(dir) {
            return Err(crate::Error::User(format!(
                "{}: `dossier check` checks embedded stores; check a PostgreSQL database with                  PostgreSQL's own tools (pg_amcheck); its originals are verified against their                  SHA-256 on every read",
                dossier_store::Location::parse(dir)
            )));
        }
        let store = SqliteStore::open(dir, Mode::Read)?;
        let mut report = CheckReport {
            store: store.check()?,
            index: check_index(dir, &store)?,
            ..CheckReport::default()
        };

        if !report.store.database.is_empty() {
            report.problems.push(format!(
                "dossier.sqlite is damaged ({}): restore it from a backup \
                 (`sqlite3 dossier.sqlite .recover` may save what is still readable)",
                report.store.database.join("; ")
            ));
        }
        if report.store.pack_bytes < report.store.pack_recorded {
            report.problems.push(format!(
                "originals.pack is {} bytes long but the store records {}: it was cut short; \
                 restore it from a backup (the originals past its end are lost)",
                report.store.pack_bytes, report.store.pack_recorded
            ));
        }
        for damaged in report.store.damaged.clone() {
            let restored = if repair {
                restore_from_source(&store, &damaged)
            } else {
                None
            };
            match restored {
                Some(path) => report.repaired.push(format!(
                    "{}: original written back from {path}",
                    damaged.name
                )),
                None => report.problems.push(format!(
                    "{}: original damaged ({}); {}",
                    damaged.name,
                    damaged.reason,
                    if repair {
                        format!(
                            "no file with its bytes at {}: ingest the file again if you have it",
                            damaged.paths.join(", ")
                        )
                    } else {
                        "`dossier check --repair` writes it back if its file is unchanged".into()
                    }
                )),
            }
        }

        if let Some(problem) = report.index.problem.clone() {
            if repair {
                let lock = IndexLock::take(dir, std::time::Duration::from_secs(30))?;
                // From nothing: an index of the right generation may still lack
                // documents.
                drop(Engine::rebuild_locked(
                    &dossier_store::Location::Dir(dir.to_path_buf()),
                    dir,
                    &lock,
                    None,
                )?);
                drop(lock);
                report.index = check_index(dir, &store)?;
                match &report.index.problem {
                    None => report
                        .repaired
                        .push(format!("search index rebuilt from the store ({problem})")),
                    Some(left) => report
                        .problems
                        .push(format!("search index: {left} (after a rebuild)")),
                }
            } else {
                report.problems.push(format!(
                    "search index: {problem}; `dossier check --repair` rebuilds it from the store"
                ));
            }
        }

        if repair && report.store.pending_bytes > 0 {
            let pending = report.store.pending_bytes;
            let (given, left) = SqliteStore::open(dir, Mode::Write)?.reclaim()?;
            if given > 0 {
                report
                    .repaired
                    .push(format!("gave back {given} bytes of replaced originals"));
            }
            if left > 0 {
                report.repaired.push(format!(
                    "{left} of {pending} bytes of replaced originals wait for readers to finish; the next ingest gives them back"
                ));
            }
        }
        Ok(report)
    }
}

/// Write a damaged original back from the first of its paths whose file still
/// has its bytes; returns that path.
fn restore_from_source(
    store: &SqliteStore,
    damaged: &dossier_store::embedded::DamagedOriginal,
) -> Option<String> {
    for path in &damaged.paths {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        if store.restore_original(damaged.key, &bytes).is_ok() {
            return Some(path.clone());
        }
    }
    None
}

fn check_index(dir: &Path, store: &SqliteStore) -> Result<IndexCheck> {
    let mut check = IndexCheck::default();
    let mut expected = std::collections::BTreeSet::new();
    for summary in store.documents()? {
        if summary.duplicate_of.is_some() && summary.similarity == Some(1.0) {
            continue;
        }
        let has_text = store
            .text(summary.key)?
            .is_some_and(|t| !t.trim().is_empty());
        if has_text {
            expected.insert(summary.key);
        }
    }
    check.documents_expected = expected.len() as u64;
    let index = match crate::index::SearchIndex::open_existing(&dir.join("index")) {
        Ok(Some(index)) => index,
        Ok(None) => {
            check.problem = Some("missing, never committed, or of another format".into());
            return Ok(check);
        }
        Err(e) => {
            check.problem = Some(format!("cannot be read: {e}"));
            return Ok(check);
        }
    };
    let indexed = index.indexed_keys()?;
    check.documents_indexed = indexed.len() as u64;
    let generation = store.generation()?;
    if index.generation() != generation {
        check.problem = Some(format!(
            "built from store generation {}, the store is at {generation}",
            index.generation()
        ));
    } else if indexed != expected {
        let stale = indexed.difference(&expected).count();
        let missing = expected.difference(&indexed).count();
        check.problem = Some(format!(
            "{missing} document(s) missing from it, {stale} it should not hold"
        ));
    }
    Ok(check)
}
