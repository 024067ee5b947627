//! dossier: the engine behind the CLI and the server.
//!
//! [`Engine`] owns a store and its search index. Writes go through
//! [`Engine::ingest`] (see [`pipeline`]); reads are the query modules under
//! [`query`]. `cli` and `server` call only this crate.
//!
//! **Invariant:** the core is synchronous: rayon per document, one writer.

mod analysis;
pub mod auth;
pub mod check;
pub mod index;
pub mod judged;
pub mod pipeline;
pub mod query;

use dossier_store::{Mode, Store};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use dossier_reconcile::Verdict;
pub use dossier_store::{Evidence, Judgment, JudgmentKind, Location, NewJudgment};
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
            S::NotAStore { .. } | S::NewerSchema { .. } | S::Locked { .. } | S::Invalid(_) => {
                Error::User(e.to_string())
            }
            other => Error::Internal(other.to_string()),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A store opened for queries (and, through [`Engine::ingest`], writes).
///
/// The store is a directory (the embedded backend) or, in team mode, a PostgreSQL
/// database named by a `postgres://` URL given where a directory would be. The
/// engine works through the [`Store`] / [`dossier_store::StoreWriter`] traits
/// alone. The search index and its lock live in the engine's local directory
/// ([`Engine::dir`]): the store directory itself, or in team mode a directory of
/// this machine's ([`local_dir`]), built from the database and brought up to its
/// generation like an embedded store's.
pub struct Engine {
    location: Location,
    dir: PathBuf,
    store: Box<dyn Store>,
    index: index::SearchIndex,
    /// The store generation when this engine was opened.
    generation: u64,
    /// Whether the index matched that generation (it lags while another process
    /// is between its store commit and its index commit, or rebuilds it).
    index_current: bool,
    /// The document list, read once per snapshot (and shared by the engines of one
    /// process that show the same generation of the store).
    summaries: std::cell::OnceCell<std::sync::Arc<Summaries>>,
    /// The stored graph, parsed once per store generation (parsing it takes about a
    /// second on ten thousand documents, and every graph query needs it).
    graph: std::cell::RefCell<Option<(u64, std::sync::Arc<dossier_reconcile::Graph>)>>,
    /// Every entity's names folded (`dossier_reconcile::fold_name`) to the first
    /// entity that has it, per store generation: `Engine::find_entity` without
    /// folding every name of the graph on each query.
    entity_keys: std::cell::RefCell<Option<(u64, EntityKeys)>>,
}

/// Folded entity names to the index of the first entity that has the name.
pub(crate) type EntityKeys = std::sync::Arc<std::collections::HashMap<String, usize>>;

/// The document list and where each key is in it.
struct Summaries {
    list: Vec<dossier_store::DocSummary>,
    by_key: std::collections::HashMap<i64, usize>,
    /// Where the pages of each paged document (PDF) begin, by name: read on the
    /// first citation that needs a page (`query::Engine::page_of`).
    pages: std::sync::OnceLock<std::collections::HashMap<String, Vec<u32>>>,
}

/// Engines of one process (a server's pool) share one document list per store and
/// generation: reading it walks every row of the store (a quarter of a second on
/// ten thousand documents), and each engine the pool opens would read it again.
type SharedSummaries = std::sync::Mutex<HashMap<PathBuf, (u64, Arc<Summaries>)>>;

fn shared_summaries() -> &'static SharedSummaries {
    static SHARED: std::sync::OnceLock<SharedSummaries> = std::sync::OnceLock::new();
    SHARED.get_or_init(Default::default)
}

/// `STORE/index.lock`: whoever writes the search index (an ingest for its whole
/// run, a reader rebuilding a stale or damaged index) holds it. A reader that
/// cannot take it never touches the index: it reads what is there.
pub(crate) const INDEX_LOCK: &str = "index.lock";

/// The lock on a store's index, released when dropped.
pub(crate) struct IndexLock(#[allow(dead_code)] std::fs::File);

impl IndexLock {
    /// Take the lock if it is free; `None` if another process (or engine) holds
    /// it, or the store directory cannot be written.
    pub(crate) fn try_take(dir: &Path) -> Option<IndexLock> {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(dir.join(INDEX_LOCK))
            .ok()?;
        file.try_lock().ok().map(|()| IndexLock(file))
    }

    /// Take the lock, waiting up to `patience` for the process holding it.
    pub(crate) fn take(dir: &Path, patience: std::time::Duration) -> Result<IndexLock> {
        let started = std::time::Instant::now();
        loop {
            if let Some(lock) = IndexLock::try_take(dir) {
                return Ok(lock);
            }
            if started.elapsed() >= patience {
                return Err(dossier_store::Error::Locked {
                    path: dir.to_path_buf(),
                }
                .into());
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

/// `DOSSIER_INDEX_DIR`: where team mode keeps this machine's search index.
pub const INDEX_DIR_ENV: &str = "DOSSIER_INDEX_DIR";

/// The engine's local directory for the store given as `store` (a directory, or a
/// `postgres://` URL): the directory itself; for a database, `DOSSIER_INDEX_DIR` if
/// set, else `dossier/pg-HASH` under `$XDG_CACHE_HOME` (or `~/.cache`), HASH naming
/// the database (its URL without the password).
pub fn local_dir(store: &Path) -> Result<PathBuf> {
    match Location::parse(store) {
        Location::Dir(dir) => Ok(dir),
        location => {
            if let Some(dir) = std::env::var_os(INDEX_DIR_ENV).filter(|d| !d.is_empty()) {
                return Ok(PathBuf::from(dir));
            }
            let cache = std::env::var_os("XDG_CACHE_HOME")
                .filter(|d| !d.is_empty())
                .map(PathBuf::from)
                .or_else(|| {
                    std::env::var_os("HOME")
                        .filter(|d| !d.is_empty())
                        .map(|home| PathBuf::from(home).join(".cache"))
                })
                .ok_or_else(|| {
                    Error::User(format!(
                        "{location}: no directory for the local search index: set {INDEX_DIR_ENV}"
                    ))
                })?;
            let hash = dossier_store::embedded::sha256_hex(location.display_name().as_bytes());
            Ok(cache.join("dossier").join(format!("pg-{}", &hash[..16])))
        }
    }
}

impl Engine {
    /// Open an existing store for reading.
    ///
    /// The search index is derived data: one that is missing, damaged, of another
    /// format or behind the store is rebuilt from the store, by whoever can take
    /// the index lock. While another process holds it (an ingest is running) the
    /// index is read as it is (hits on documents the store no longer holds are
    /// left out), or, if it cannot be read, searched as empty.
    pub fn open(dir: &Path) -> Result<Engine> {
        Engine::open_with(dir, true)
    }

    /// Open an existing store for reading and write nothing, not even the index:
    /// one that is behind the store is read as it is, one that is missing or
    /// damaged is searched as empty (`dossier serve --read-only`; any other command,
    /// or `dossier check --repair`, rebuilds it). In team mode it writes nothing to
    /// the database, and does build this machine's index.
    pub fn open_read_only(dir: &Path) -> Result<Engine> {
        Engine::open_with(dir, false)
    }

    fn open_with(store: &Path, may_rebuild: bool) -> Result<Engine> {
        let location = Location::parse(store);
        let opened = dossier_store::open(&location, Mode::Read)?;
        let dir = &local_dir(store)?;
        let store = opened;
        // In team mode the index is this machine's cache, not part of the store: a
        // read-only engine (it writes nothing to the database) still builds it.
        let may_rebuild = may_rebuild || location.dir().is_none();
        if location.dir().is_none() {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::User(format!(
                    "{}: cannot create the local index directory: {e} (set {INDEX_DIR_ENV})",
                    dir.display()
                ))
            })?;
        }
        let generation = store.generation()?;
        let index_dir = dir.join("index");
        let found = index::SearchIndex::open_existing(&index_dir);
        let lock = || may_rebuild.then(|| IndexLock::try_take(dir)).flatten();
        let (index, index_current) = match found {
            Ok(Some(index)) if index.generation() == generation => (index, true),
            found => match lock() {
                Some(lock) => {
                    let index =
                        Engine::rebuild_locked(&location, dir, &lock, found.ok().flatten())?;
                    let current = index.generation() == store.generation()?;
                    (index, current)
                }
                None => match found {
                    Ok(Some(index)) => (index, false),
                    // Unreadable while a writer works on it: most likely a segment
                    // it merged away between our reading the list and the file.
                    // Read it again a few times before searching an empty one.
                    _ => {
                        let retried = (0..3).find_map(|_| {
                            std::thread::sleep(std::time::Duration::from_millis(20));
                            index::SearchIndex::open_existing(&index_dir).ok().flatten()
                        });
                        match retried {
                            Some(index) => {
                                let current = index.generation() == generation;
                                (index, current)
                            }
                            None => (index::SearchIndex::empty()?, false),
                        }
                    }
                },
            },
        };
        Ok(Engine {
            location,
            dir: dir.to_path_buf(),
            store,
            index,
            generation,
            index_current,
            summaries: Default::default(),
            graph: Default::default(),
            entity_keys: Default::default(),
        })
    }

    /// Open (creating if needed) a store for writing.
    pub fn open_or_create(store: &Path) -> Result<Engine> {
        drop(dossier_store::open(&Location::parse(store), Mode::Write)?);
        Engine::open(store)
    }

    /// The engine's local directory: the store directory, or in team mode where
    /// this machine keeps its search index (see [`local_dir`]).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the store is.
    pub fn location(&self) -> &Location {
        &self.location
    }

    pub fn store(&self) -> &dyn Store {
        &*self.store
    }

    pub fn index(&self) -> &index::SearchIndex {
        &self.index
    }

    /// Whether this engine still shows the latest committed state of its store
    /// (its store and index snapshots are of the last generation). A long-lived
    /// reader (the server) reopens an engine that is not.
    pub fn is_current(&self) -> Result<bool> {
        Ok(self.index_current && self.store.generation()? == self.generation)
    }

    /// Rebuild the search index from the store (after a crash between the store's
    /// commit and the index's, or when the index was deleted or damaged). Waits a
    /// few seconds for an ingest in another process to finish.
    pub fn rebuild_index(&mut self) -> Result<()> {
        let lock = IndexLock::take(&self.dir, std::time::Duration::from_secs(5))?;
        self.rebuild_index_locked(&lock)
    }

    /// [`Engine::rebuild_index`] under the index lock.
    pub(crate) fn rebuild_index_locked(&mut self, lock: &IndexLock) -> Result<()> {
        let found = index::SearchIndex::open_existing(&self.dir.join("index"))
            .ok()
            .flatten();
        // Dropped first: the directory may be replaced.
        self.index = index::SearchIndex::empty()?;
        self.index = Engine::rebuild_locked(&self.location, &self.dir, lock, found)?;
        self.reopen_store()?;
        self.index_current = self.index.generation() == self.generation;
        Ok(())
    }

    /// Under the index lock: bring the index in `dir/index` up to the store's
    /// generation. `found` is the index there if it could be opened; one that could
    /// not (damaged, another format, never committed) is deleted and made anew.
    fn rebuild_locked(
        location: &Location,
        dir: &Path,
        _lock: &IndexLock,
        found: Option<index::SearchIndex>,
    ) -> Result<index::SearchIndex> {
        let index_dir = dir.join("index");
        // A fresh connection, under the lock: no writer on this machine can commit
        // meanwhile (in team mode one elsewhere can: the index then records the
        // generation read first, and is brought up to date on the next open).
        let store = dossier_store::open(location, Mode::Read)?;
        let generation = store.generation()?;
        let index = match found {
            Some(index) if index.generation() == generation => return Ok(index),
            Some(index) => index,
            None => index::SearchIndex::recreate(&index_dir)?,
        };
        let mut batch = index.writer()?;
        batch.delete_all()?;
        for summary in store.documents()? {
            if summary.duplicate_of.is_some() && summary.similarity == Some(1.0) {
                continue;
            }
            if let Some(document) = store.document(summary.key)? {
                batch.add_document(summary.key, &document)?;
            }
        }
        batch.commit(generation)?;
        index.reload()?;
        Ok(index)
    }

    pub(crate) fn reopen_store(&mut self) -> Result<()> {
        self.store = dossier_store::open(&self.location, Mode::Read)?;
        self.generation = self.store.generation()?;
        self.summaries = Default::default();
        Ok(())
    }

    /// Every document's summary (no text), cached for the life of this snapshot.
    pub fn summaries(&self) -> Result<&[dossier_store::DocSummary]> {
        Ok(&self.cached_summaries()?.list)
    }

    /// Every analyst's judgment on this store, withdrawn ones included, oldest first.
    pub fn judgments(&self) -> Result<Vec<dossier_store::Judgment>> {
        Ok(self.store.judgments()?)
    }

    /// Record an analyst's judgment (its own write, serialised with ingests like
    /// one); returns its id. Evidence, if given, must quote the kept text of a
    /// stored document exactly.
    pub fn judge(&mut self, judgment: &dossier_store::NewJudgment) -> Result<i64> {
        if judgment.author.trim().is_empty() {
            return Err(Error::User("a judgment needs its author".into()));
        }
        judged::check(judgment)?;
        if let Some(evidence) = &judgment.evidence {
            let key = self.store.key_of_sha(&evidence.document)?.ok_or_else(|| {
                Error::User(format!(
                    "no document {} holds the evidence",
                    evidence.document
                ))
            })?;
            let text = self.store.text(key)?.unwrap_or_default();
            let quoted = usize::try_from(evidence.start)
                .ok()
                .zip(usize::try_from(evidence.end).ok())
                .and_then(|(start, end)| text.get(start..end));
            if quoted != Some(evidence.quote.as_str()) {
                return Err(Error::User(format!(
                    "the evidence {}..{} does not quote {:?} from its document",
                    evidence.start, evidence.end, evidence.quote
                )));
            }
        }
        self.write_without_documents(|writer| {
            let id = writer.add_judgment(judgment)?;
            writer.add_audit(&dossier_store::NewAudit {
                actor: judgment.author.clone(),
                action: "judge".into(),
                target: format!("{} {}", judgment.kind.as_str(), judgment.target),
                detail: Some(format!("judgment {id}")),
            })?;
            Ok(id)
        })
    }

    /// Withdraw the judgment `id` (kept, marked withdrawn by `by`).
    pub fn withdraw_judgment(&mut self, id: i64, by: &str) -> Result<()> {
        self.write_without_documents(|writer| {
            writer.withdraw_judgment(id, by)?;
            writer.add_audit(&dossier_store::NewAudit {
                actor: by.to_string(),
                action: "withdraw_judgment".into(),
                target: format!("judgment {id}"),
                detail: None,
            })?;
            Ok(())
        })
    }

    /// A store write that changes no document (a judgment). The commit bumps the
    /// store generation; an index that matched the one before is tagged with the
    /// new one (an empty index commit, under the index lock), so no reader rebuilds
    /// it for a judgment.
    fn write_without_documents<T>(
        &mut self,
        write: impl FnOnce(&mut dyn dossier_store::StoreWriter) -> Result<T>,
    ) -> Result<T> {
        let _ = std::fs::create_dir_all(&self.dir);
        let _lock = IndexLock::take(&self.dir, std::time::Duration::from_secs(5))?;
        let mut writer = dossier_store::writer(&self.location)?;
        let base = writer.reader().generation()?;
        let out = write(&mut *writer)?;
        if self.index.is_on_disk() && self.index.generation() == base {
            self.index
                .writer()?
                .commit_after(move || Ok(writer.commit()?))?;
            self.index.reload()?;
        } else {
            writer.commit()?;
        }
        self.reopen_store()?;
        self.index_current = self.index.generation() == self.generation;
        Ok(out)
    }

    /// The summary of the document under `key`, from the same cache.
    pub fn summary(&self, key: i64) -> Result<Option<&dossier_store::DocSummary>> {
        let cached = self.cached_summaries()?;
        Ok(cached.by_key.get(&key).map(|&i| &cached.list[i]))
    }

    /// Page starts of every paged document, by name, for the life of this snapshot.
    pub(crate) fn page_starts(&self) -> Result<&std::collections::HashMap<String, Vec<u32>>> {
        let cached = self.cached_summaries()?;
        if let Some(pages) = cached.pages.get() {
            return Ok(pages);
        }
        let mut pages = std::collections::HashMap::new();
        for summary in cached.list.iter().filter(|s| s.format == "pdf") {
            let starts = self.store.pages(summary.key)?;
            if !starts.is_empty() {
                pages.insert(summary.name.clone(), starts);
            }
        }
        Ok(cached.pages.get_or_init(|| pages))
    }

    fn cached_summaries(&self) -> Result<&Summaries> {
        if let Some(cached) = self.summaries.get() {
            return Ok(cached);
        }
        let lock = || {
            shared_summaries()
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        let found = match lock().get(&self.dir) {
            Some((generation, list)) if *generation == self.generation => Some(list.clone()),
            _ => None,
        };
        let summaries = match found {
            Some(list) => list,
            None => {
                // Shared only if the rows read are those of this engine's generation
                // (no commit came between).
                let before = self.store.generation()?;
                let list = self.store.documents()?;
                let after = self.store.generation()?;
                let by_key = list.iter().enumerate().map(|(i, d)| (d.key, i)).collect();
                let summaries = Arc::new(Summaries {
                    list,
                    by_key,
                    pages: Default::default(),
                });
                if before == after && after == self.generation {
                    let mut shared = lock();
                    // A list no engine holds any more is let go.
                    shared.retain(|_, (_, held)| Arc::strong_count(held) > 1);
                    shared.insert(self.dir.clone(), (after, summaries.clone()));
                }
                summaries
            }
        };
        Ok(self.summaries.get_or_init(|| summaries))
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
