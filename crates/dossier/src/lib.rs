//! dossier: the engine behind the CLI and the server.
//!
//! [`Engine`] owns a store and its search index. Writes go through
//! [`Engine::ingest`] (see [`pipeline`]); reads are the query modules under
//! [`query`]. `cli` and `server` call only this crate.
//!
//! **Invariant:** the core is synchronous: rayon per document, one writer.

mod analysis;
pub mod index;
pub mod pipeline;
pub mod query;

use dossier_store::embedded::{Mode, SqliteStore};
use dossier_store::Store;
use std::path::{Path, PathBuf};

pub use index::{Hit, SearchRequest};
pub use pipeline::{IngestConfig, IngestReport, Progress, Step};

/// `User` errors are the caller's to fix (bad input: exit 1, HTTP 4xx);
/// `Internal` errors are ours or the machine's (storage, bugs: exit 2, HTTP 5xx).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    User(String),
    #[error("{0}")]
    Internal(String),
    #[error("interrupted: nothing was written")]
    Interrupted,
}

impl Error {
    pub fn internal(message: impl Into<String>) -> Error {
        Error::Internal(message.into())
    }
    pub(crate) fn index(e: tantivy::TantivyError) -> Error {
        Error::Internal(format!("search index: {e}"))
    }
    pub fn is_user(&self) -> bool {
        matches!(self, Error::User(_) | Error::Interrupted)
    }
}

impl From<dossier_store::Error> for Error {
    fn from(e: dossier_store::Error) -> Error {
        use dossier_store::Error as S;
        match e {
            S::NotAStore { .. } | S::NewerSchema { .. } | S::Locked { .. } => {
                Error::User(e.to_string())
            }
            other => Error::Internal(other.to_string()),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A store directory opened for queries (and, through [`Engine::ingest`], writes).
pub struct Engine {
    dir: PathBuf,
    store: SqliteStore,
    index: index::SearchIndex,
    /// The document list, read once per snapshot.
    summaries: std::cell::OnceCell<Summaries>,
}

/// The document list and where each key is in it.
struct Summaries {
    list: Vec<dossier_store::DocSummary>,
    by_key: std::collections::HashMap<i64, usize>,
}

impl Engine {
    /// Open an existing store for reading.
    pub fn open(dir: &Path) -> Result<Engine> {
        let store = SqliteStore::open(dir, Mode::Read)?;
        let index = index::SearchIndex::open(&dir.join("index"))?;
        let engine = Engine {
            dir: dir.to_path_buf(),
            store,
            index,
            summaries: Default::default(),
        };
        if engine.index.generation() != engine.store.generation()? {
            engine.rebuild_index()?;
        }
        Ok(engine)
    }

    /// Open (creating if needed) a store for writing.
    pub fn open_or_create(dir: &Path) -> Result<Engine> {
        drop(SqliteStore::open(dir, Mode::Write)?);
        Engine::open(dir)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn store(&self) -> &dyn Store {
        &self.store
    }

    pub fn index(&self) -> &index::SearchIndex {
        &self.index
    }

    /// Rebuild the search index from the store (after a crash between the store's
    /// commit and the index's, or when the index was deleted).
    pub fn rebuild_index(&self) -> Result<()> {
        let generation = self.store.generation()?;
        let mut batch = self.index.writer()?;
        batch.delete_all()?;
        for summary in self.store.documents()? {
            if summary.duplicate_of.is_some() && summary.similarity == Some(1.0) {
                continue;
            }
            if let Some(document) = self.store.document(summary.key)? {
                batch.add_document(summary.key, &document)?;
            }
        }
        batch.commit(generation)?;
        self.index.reload()
    }

    pub(crate) fn reopen_store(&mut self) -> Result<()> {
        self.store = SqliteStore::open(&self.dir, Mode::Read)?;
        self.summaries = Default::default();
        Ok(())
    }

    /// Every document's summary (no text), cached for the life of this snapshot.
    pub fn summaries(&self) -> Result<&[dossier_store::DocSummary]> {
        Ok(&self.cached_summaries()?.list)
    }

    /// The summary of the document under `key`, from the same cache.
    pub fn summary(&self, key: i64) -> Result<Option<&dossier_store::DocSummary>> {
        let cached = self.cached_summaries()?;
        Ok(cached.by_key.get(&key).map(|&i| &cached.list[i]))
    }

    fn cached_summaries(&self) -> Result<&Summaries> {
        if let Some(cached) = self.summaries.get() {
            return Ok(cached);
        }
        let list = self.store.documents()?;
        let by_key = list.iter().enumerate().map(|(i, d)| (d.key, i)).collect();
        Ok(self.summaries.get_or_init(|| Summaries { list, by_key }))
    }
}

/// Today's date from the system clock (UTC). The pure crates never read the clock;
/// the engine, the CLI and the server pass this down where "today" is asked.
pub fn today() -> dossier_model::PartialDate {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or(0);
    civil_from_days(i64::try_from(days).unwrap_or(0))
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
pub fn civil_from_days(days: i64) -> dossier_model::PartialDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    dossier_model::PartialDate::day(year, month, day)
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_to_dates() {
        let cases = [
            (0, "1970-01-01"),
            (59, "1970-03-01"),
            (10_957, "2000-01-01"),
            (11_016, "2000-02-29"),
            (11_017, "2000-03-01"),
            (19_782, "2024-02-29"),
            (-1, "1969-12-31"),
        ];
        for (days, expect) in cases {
            assert_eq!(super::civil_from_days(days).to_string(), expect, "{days}");
        }
        assert_eq!(super::today().to_string().len(), 10);
    }
}
