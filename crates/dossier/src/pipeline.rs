//! The write path: files in, documents, extractions and index entries out.
//!
//! 1. **Scan** expands the given paths into files (recursively), noting each file's
//!    size and modification time. A path whose size and mtime match what the store
//!    remembers is unchanged and is not even read.
//! 2. **Read + Extract** run in parallel over chunks of files bounded in bytes, so
//!    memory stays bounded whatever the corpus size.
//! 3. **Write**: one thread puts each document into the store's single open
//!    transaction and the index batch, in input order, while the next chunk is read
//!    and extracted (and tantivy's own threads index the previous ones).
//! 4. **Reconcile** rebuilds the cross-document graph when anything changed.
//! 5. **Commit**: the store first, then the index, tagged with the store's generation
//!    (see [`crate::index`]). A failure or interrupt before this point leaves both as
//!    they were.
//!
//! A file that cannot be read or parsed is reported (path and reason) and skipped;
//! the others land.

use crate::{Engine, Error, Result};
use dossier_model::{Document, Extraction};
use dossier_store::{NewDocument, Put, StoreWriter};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

pub use dossier_ingest::Config as ReadConfig;

/// Stages of an ingest run, as reported to a [`Progress`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Scan,
    Ingest,
    Reconcile,
    Commit,
}

impl Step {
    pub fn label(&self) -> &'static str {
        match self {
            Step::Scan => "scanning",
            Step::Ingest => "ingesting",
            Step::Reconcile => "reconciling",
            Step::Commit => "committing",
        }
    }
}

/// Receives progress from an ingest run. All methods default to doing nothing.
pub trait Progress: Sync {
    fn step(&self, _step: Step) {}
    /// The work ahead: files to read and their total size.
    fn plan(&self, _files: u64, _bytes: u64) {}
    fn file_done(&self, _path: &Path, _bytes: u64) {}
    fn file_failed(&self, _path: &Path, _reason: &str) {}
}

/// A [`Progress`] that reports nothing.
pub struct Silent;
impl Progress for Silent {}

#[derive(Clone, Debug)]
pub struct IngestConfig {
    pub read: dossier_ingest::Config,
    /// Run extraction (dates, mentions, events) while ingesting.
    pub extract: bool,
    /// Extraction rules; the builtin set when `None` (see `dossier --rules DIR`).
    pub rules: Option<Arc<dossier_extract::rules::Rules>>,
    /// Set from a Ctrl-C handler: stop, write nothing.
    pub interrupt: Option<Arc<AtomicBool>>,
    /// Upper bound on the bytes read into memory at once.
    pub chunk_bytes: u64,
    /// Upper bound on one file's extraction time (`None`: no bound). Checked after
    /// each extraction phase (dates, mentions, events, statements); a file over it
    /// is reported and skipped. See `dossier ingest --max-extract-seconds`.
    pub max_extract: Option<std::time::Duration>,
    /// Who the run is recorded as in the audit log (the signed-in account of an
    /// upload); the system user ([`crate::auth::os_user`]) when `None`.
    pub actor: Option<String>,
    /// Tests only: fail the first step after the store's commit (reading the
    /// committed store back), as a full disk or a lost file system would.
    #[doc(hidden)]
    pub fail_after_commit: bool,
}

/// The default bound on one file's extraction time: 50 MB of text (the most a
/// file may give at the default `--max-file-mb`) takes about 30 s on one core.
pub const MAX_EXTRACT: std::time::Duration = std::time::Duration::from_secs(300);

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig {
            read: Default::default(),
            extract: true,
            rules: None,
            interrupt: None,
            chunk_bytes: 16 * 1024 * 1024,
            max_extract: Some(MAX_EXTRACT),
            actor: None,
            fail_after_commit: false,
        }
    }
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Failure {
    pub path: String,
    pub reason: String,
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct IngestReport {
    /// Files found under the given paths.
    pub files: u64,
    /// New documents stored.
    pub added: u64,
    /// Of those, how many replaced an older version of the same path.
    pub replaced: u64,
    /// Unchanged since the last ingest (not read again).
    pub unchanged: u64,
    /// Same bytes as a document already stored (under another path).
    pub known: u64,
    /// New documents that nearly duplicate an earlier one (linked, still stored).
    pub near_duplicates: u64,
    pub failed: Vec<Failure>,
    /// Files skipped inside folders because their type is not supported.
    pub skipped: Vec<Failure>,
    pub bytes_read: u64,
    pub documents_total: u64,
    /// Problems that did not stop the run (its documents were saved).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    pub seconds: f64,
}

struct FileEntry {
    path: PathBuf,
    /// The path as the store records it: [`path_key`].
    key: String,
    size: u64,
    mtime_ns: i64,
}

/// A path as text, losing nothing: valid UTF-8 as it is, each byte of a name that
/// is not UTF-8 as `\xNN`. Two names that differ only in such bytes stay two
/// documents (a lossy conversion would make them one, and drop the other).
pub fn path_key(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    if let Some(text) = path.to_str() {
        return text.to_string();
    }
    let mut out = String::new();
    for chunk in path.as_os_str().as_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    out
}

struct Processed {
    document: Document,
    original: Vec<u8>,
    extraction: Extraction,
    fingerprint: dossier_ingest::Fingerprint,
}

/// The extensions ingest reads.
pub use dossier_ingest::format::EXTENSIONS as SUPPORTED;

impl Engine {
    /// Ingest files and folders. See the module documentation.
    pub fn ingest(
        &mut self,
        paths: &[PathBuf],
        config: &IngestConfig,
        progress: &dyn Progress,
    ) -> Result<IngestReport> {
        let started = Instant::now();
        let interrupted = || {
            config
                .interrupt
                .as_ref()
                .is_some_and(|flag| flag.load(Ordering::SeqCst))
        };
        let mut report = IngestReport::default();

        progress.step(Step::Scan);
        let files = scan(paths, &mut report);
        report.files = files.len() as u64;

        // The index lock for the whole run, before the store's write lock (a reader
        // rebuilding the index holds it for a moment; another ingest for its run).
        // Under it, the index is brought up to the store if it lags (while the first
        // files are read: below).
        let lock = crate::IndexLock::take(&self.dir, std::time::Duration::from_secs(5))?;
        self.reopen_store()?;
        let mut todo = Vec::new();
        for file in files {
            match self.store.path_state(&file.key)? {
                Some(state) if state.size == file.size && state.mtime_ns == file.mtime_ns => {
                    report.unchanged += 1
                }
                _ => todo.push(file),
            }
        }
        if todo.is_empty() {
            self.bring_index_up(&lock)?;
            report.documents_total = self.store.documents()?.len() as u64;
            report.seconds = started.elapsed().as_secs_f64();
            return Ok(report);
        }

        // Files are read and extracted from here on, one chunk ahead on the rayon
        // pool, while this thread brings the index up to the store (a new store's
        // index is made), opens the store's writer (its quick check), loads the
        // near-duplicate index and starts the index batch, then writes each chunk:
        // a PDF's `pdftotext` runs meanwhile, not after. At most three chunks are in
        // memory at once. `stop` ends the reading when this thread fails.
        if config.extract && config.rules.is_none() {
            warm_up();
        }
        progress.plan(todo.len() as u64, todo.iter().map(|f| f.size).sum());
        let stop = AtomicBool::new(false);
        let stopped = || interrupted() || stop.load(Ordering::SeqCst);
        let mut changed = Changed::default();
        let mut set_up = None;
        std::thread::scope(|scope| -> Result<()> {
            let (sender, receiver) = std::sync::mpsc::sync_channel(1);
            let chunks = chunks(&todo, config.chunk_bytes);
            let stopped = &stopped;
            scope.spawn(move || {
                for chunk in chunks {
                    if stopped() {
                        break;
                    }
                    let results: Vec<_> = chunk
                        .par_iter()
                        .map(|file| {
                            if stopped() {
                                return Err("interrupted".to_string());
                            }
                            // A bug in a parser or the extractor costs this file,
                            // not the run (nor the server it runs in).
                            let result =
                                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                    process(file, config)
                                }))
                                .unwrap_or_else(|panic| Err(panicked(panic.as_ref())));
                            match &result {
                                Ok(_) => progress.file_done(&file.path, file.size),
                                Err(reason) => progress.file_failed(&file.path, reason),
                            }
                            result
                        })
                        .collect();
                    if sender.send((chunk, results)).is_err() {
                        break; // the writer stopped
                    }
                }
            });
            let written = (|| -> Result<()> {
                self.bring_index_up(&lock)?;
                // The store's one transaction for the run (another run writing to
                // the same store, from this machine or another, is waited for, then
                // reported).
                let mut writer = dossier_store::writer(&self.location)?;
                // Another run committed between this engine's snapshot and the lock
                // (in team mode, from another machine, which has its own index): this
                // index lacks its documents. It is then tagged with the generation it
                // was brought to, so that it is rebuilt from the store after the
                // commit.
                let indexed_generation = self.index.generation();
                let index_behind = writer.reader().generation()? != indexed_generation;
                let (mut dedup, refingerprinted) =
                    crate::query::dedup::DedupIndex::load(&mut *writer)?;
                let mut batch = self.index.writer()?;
                changed.store = refingerprinted > 0;
                // The write stage: the store's transaction and the index batch are open.
                progress.step(Step::Ingest);
                for (chunk, results) in receiver {
                    if interrupted() {
                        return Err(Error::Interrupted);
                    }
                    for (file, result) in chunk.iter().zip(results) {
                        let processed = match result {
                            Ok(processed) => processed,
                            Err(reason) => {
                                report.failed.push(Failure {
                                    path: file.key.clone(),
                                    reason,
                                });
                                continue;
                            }
                        };
                        report.bytes_read += file.size;
                        changed |= store_one(
                            &mut *writer,
                            &mut batch,
                            &mut dedup,
                            file,
                            processed,
                            &mut report,
                        )?;
                    }
                }
                set_up = Some((writer, batch, indexed_generation, index_behind));
                Ok(())
            })();
            if written.is_err() {
                stop.store(true, Ordering::SeqCst);
            }
            written
        })?;
        let Some((mut writer, batch, indexed_generation, index_behind)) = set_up else {
            return Err(Error::internal("the ingest run ended without its writer"));
        };
        if interrupted() {
            return Err(Error::Interrupted);
        }

        if !changed.store {
            // Nothing new: leave the store and index untouched (rollback on drop).
            report.documents_total = self.store.documents()?.len() as u64;
            report.seconds = started.elapsed().as_secs_f64();
            return Ok(report);
        }
        // The index writes out its last segments (and frees their memory) while the
        // graph is rebuilt and the store commits; it becomes visible after the store.
        let mut pending = batch.start_commit();
        progress.step(Step::Reconcile);
        if changed.graph {
            crate::query::graph::rebuild(&mut *writer)?;
        }
        if interrupted() {
            return Err(Error::Interrupted);
        }
        progress.step(Step::Commit);
        report.documents_total = writer.reader().documents()?.len() as u64;
        writer.add_audit(&audit_entry(config, &todo, &report))?;
        // The originals are synced while the index writes out; the store commits
        // only once the index has, so a failure in either rolls both back.
        writer.flush()?;
        pending.wait_prepared()?;
        let stored = writer.commit().map_err(Error::from).map(|generation| {
            if index_behind {
                indexed_generation
            } else {
                generation
            }
        });
        let committed = stored.is_ok();
        match pending.finish(stored) {
            Ok(_) => {}
            Err(e) if !committed => return Err(e),
            // The documents are saved: the store is the source of truth, and an
            // index behind it is rebuilt (under the lock still held, or on the
            // next open). Not a failed run.
            Err(e) => report.warnings.push(format!(
                "the documents are saved, but the search index was not updated ({e}); it is rebuilt from the store"
            )),
        }
        // From here on the documents are saved: an error is a warning, never a
        // failed run (which would say nothing was written).
        let reopened = if config.fail_after_commit {
            Err(Error::internal("injected failure after the commit"))
        } else {
            self.reopen_store()
        };
        if let Err(e) = reopened {
            report.warnings.push(format!(
                "the documents are saved, but the store could not be read back ({e}); the next command reads it afresh"
            ));
            // This engine's snapshot is from before the run: its index is not
            // brought to it (the next open sees the commit and catches up).
            self.index_current = false;
            drop(lock);
            report.seconds = started.elapsed().as_secs_f64();
            return Ok(report);
        }
        let refreshed = if self.index.generation() == self.generation {
            self.index.reload()
        } else {
            self.rebuild_index_locked(&lock)
        };
        if let Err(e) = refreshed {
            report.warnings.push(format!(
                "the search index could not be rebuilt ({e}); the next command retries"
            ));
        }
        self.index_current = self.index.generation() == self.generation;
        drop(lock);
        report.seconds = started.elapsed().as_secs_f64();
        Ok(report)
    }
}

/// A few sentences of the kinds extraction reads (dates, people, places, events,
/// amounts, a statement about a law), written for the warm-up.
const WARM_UP_TEXT: &str = "Annual report 2020\n\nOn 3 March 2019 police in the capital arrested 12 protesters, \
including the journalist Jane Doe; the Ministry of Justice said on Friday that they would be tried. \
The new law adopted in June 2019 allows detention without charge for up to 30 days. \
Two men were sentenced to death by the Supreme Court last year, and one was executed in 2020.\n";

impl Engine {
    /// Under the index lock: reload the index, or rebuild it from the store when it
    /// lags behind it (or is missing).
    fn bring_index_up(&mut self, lock: &crate::IndexLock) -> Result<()> {
        if self.index.is_on_disk() && self.index.generation() == self.generation {
            self.index.reload()
        } else {
            self.rebuild_index_locked(lock)
        }
    }
}

/// Compile what the first document's reading and extraction would compile on first
/// use (the builtin rule set, the patterns of metadata, dates and statements) on a
/// thread of its own, once per process, by reading and extracting a few sentences:
/// it runs while the run's first files are read (a PDF's `pdftotext`), not after.
/// Nothing it makes is kept; a failure there only means the first file compiles them.
fn warm_up() {
    static STARTED: std::sync::Once = std::sync::Once::new();
    STARTED.call_once(|| {
        let _ = std::thread::Builder::new()
            .name("warm-up".into())
            .spawn(|| {
                let read = ReadConfig::default();
                let path = Path::new("warm-up.txt");
                if let Ok(document) = dossier_ingest::parse(path, WARM_UP_TEXT.as_bytes(), &read) {
                    let rules = dossier_extract::rules::Rules::builtin();
                    let _ = dossier_extract::extract_with(&document, rules);
                    let _ = dossier_ingest::fingerprint(&document.text);
                }
            });
    });
}

/// The audit log's entry for a run that writes: who, and the files it stored
/// (their names, not the machine's paths).
fn audit_entry(
    config: &IngestConfig,
    todo: &[FileEntry],
    report: &IngestReport,
) -> dossier_store::NewAudit {
    const SHOWN: usize = 20;
    let stored: Vec<&str> = todo
        .iter()
        .filter(|f| !report.failed.iter().any(|failed| failed.path == f.key))
        .map(|f| f.key.rsplit('/').next().unwrap_or(&f.key))
        .collect();
    let mut target = stored
        .iter()
        .take(SHOWN)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if stored.len() > SHOWN {
        target.push_str(&format!(" and {} more", stored.len() - SHOWN));
    }
    let mut detail = format!(
        "{} added, {} replaced, {} already known",
        report.added, report.replaced, report.known
    );
    if !report.failed.is_empty() {
        detail.push_str(&format!(", {} failed", report.failed.len()));
    }
    dossier_store::NewAudit {
        actor: config.actor.clone().unwrap_or_else(crate::auth::os_user),
        action: "ingest".into(),
        target,
        detail: Some(detail),
    }
}

/// What an ingest run changed.
#[derive(Clone, Copy, Debug, Default)]
struct Changed {
    /// Anything in the store.
    store: bool,
    /// Anything the reconciled graph is built from: a document with extractions was
    /// added, or one was replaced (its old extractions leave the graph).
    graph: bool,
}

impl std::ops::BitOrAssign for Changed {
    fn bitor_assign(&mut self, other: Changed) {
        self.store |= other.store;
        self.graph |= other.graph;
    }
}

/// Put one processed document; returns what it changed.
fn store_one(
    writer: &mut dyn StoreWriter,
    batch: &mut crate::index::IndexBatch,
    dedup: &mut crate::query::dedup::DedupIndex,
    file: &FileEntry,
    processed: Processed,
    report: &mut IngestReport,
) -> Result<Changed> {
    let extracted = !processed.extraction.is_empty();
    let duplicate_of = dedup.check(&processed.document.name, &processed.fingerprint);
    let fingerprint = crate::query::dedup::encode(&processed.fingerprint);
    let put = writer.put(NewDocument {
        document: &processed.document,
        original: &processed.original,
        extraction: &processed.extraction,
        fingerprint: &fingerprint,
        duplicate_of: duplicate_of.clone(),
        size: file.size,
        mtime_ns: file.mtime_ns,
    })?;
    match put {
        Put::Known { .. } => {
            report.known += 1;
            Ok(Changed {
                store: true,
                graph: false,
            })
        }
        Put::Added {
            key,
            replaced,
            renamed,
        } => {
            report.added += 1;
            // Under the name it is stored as: a near-duplicate found later names it.
            let name = renamed.unwrap_or_else(|| processed.document.name.clone());
            dedup.insert(name, processed.fingerprint);
            if let Some(old) = replaced {
                report.replaced += 1;
                batch.delete_document(old);
            }
            match duplicate_of {
                Some((_, similarity)) if similarity >= 1.0 => report.near_duplicates += 1,
                Some(_) => {
                    report.near_duplicates += 1;
                    batch.add_document(key, &processed.document)?;
                }
                None => batch.add_document(key, &processed.document)?,
            }
            Ok(Changed {
                store: true,
                graph: extracted || replaced.is_some(),
            })
        }
    }
}

fn process(file: &FileEntry, config: &IngestConfig) -> Result<Processed, String> {
    if file.size > config.read.max_file_bytes {
        return Err(format!(
            "file too large ({:.1} MB; the limit is {:.1} MB, raise it with --max-file-mb)",
            file.size as f64 / 1e6,
            config.read.max_file_bytes as f64 / 1e6
        ));
    }
    let original = read_bounded(&file.path, config.read.max_file_bytes)?;
    let mut document = dossier_ingest::parse(&file.path, &original, &config.read)
        .map_err(|e| strip_path(&e.to_string(), &file.path))?;
    // Extraction and indexing take ~15 bytes of memory per byte of text and time
    // that grows with it: one document's text is bounded too (half the file limit).
    let max_text = config.read.max_file_bytes / 2;
    if document.text.len() as u64 > max_text {
        return Err(format!(
            "text too long ({:.1} MB of text; at most {:.1} MB per file, half of --max-file-mb: raise it, or split the file)",
            document.text.len() as f64 / 1e6,
            max_text as f64 / 1e6
        ));
    }
    if document.path != file.key {
        document.name = file.key.rsplit('/').next().unwrap_or(&file.key).to_string();
        document.path = file.key.clone();
    }
    let extraction = if config.extract {
        let rules = config
            .rules
            .as_deref()
            .unwrap_or_else(|| dossier_extract::rules::Rules::builtin());
        let started = Instant::now();
        let over = || {
            config
                .max_extract
                .is_some_and(|limit| started.elapsed() >= limit)
                || config
                    .interrupt
                    .as_ref()
                    .is_some_and(|flag| flag.load(Ordering::SeqCst))
        };
        dossier_extract::extract_bounded(&document, rules, &over).map_err(|stop| {
            format!(
                "extraction stopped after {:.1} s, over the limit of {} s per file (after {}; {:.1} MB of text); skipped: split the file, or ingest it from the command line with a higher --max-extract-seconds",
                started.elapsed().as_secs_f64(),
                config.max_extract.map_or(0.0, |d| d.as_secs_f64()),
                stop.after,
                document.text.len() as f64 / 1e6
            )
        })?
    } else {
        Extraction::default()
    };
    let fingerprint = dossier_ingest::fingerprint(&document.text);
    Ok(Processed {
        document,
        original,
        extraction,
        fingerprint,
    })
}

/// The reason a file failed when reading or extracting it panicked.
fn panicked(panic: &(dyn std::any::Any + Send)) -> String {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".into());
    format!("internal error while reading it ({message}); skipped: please report it")
}

/// Read a regular file of at most `limit` bytes. Opened without blocking (a FIFO
/// swapped in since the scan does not hang the run) and read no further than the
/// limit (a file that grows meanwhile is refused, not read to its end).
fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
        .map_err(|e| format!("cannot read: {}", io_reason(&e)))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot read: {}", io_reason(&e)))?;
    if let Some(kind) = not_regular(&meta.file_type()) {
        return Err(format!("not a regular file ({kind}); refused"));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {}", io_reason(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "file too large (it grew past the limit of {:.1} MB while being read)",
            limit as f64 / 1e6
        ));
    }
    Ok(bytes)
}

/// What a file that is neither a regular file nor a directory is, to name it in
/// the refusal: reading a device (`/dev/zero`) or a FIFO never ends.
fn not_regular(kind: &std::fs::FileType) -> Option<&'static str> {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_file() || kind.is_dir() {
        None
    } else if kind.is_fifo() {
        Some("a FIFO")
    } else if kind.is_char_device() {
        Some("a character device")
    } else if kind.is_block_device() {
        Some("a block device")
    } else if kind.is_socket() {
        Some("a socket")
    } else {
        Some("a special file")
    }
}

/// Ingest errors name the path; the report names it too, so drop the repetition.
fn strip_path(message: &str, path: &Path) -> String {
    let prefix = format!("{}: ", path.display());
    message.strip_prefix(&prefix).unwrap_or(message).to_string()
}

fn chunks(files: &[FileEntry], max_bytes: u64) -> Vec<&[FileEntry]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, file) in files.iter().enumerate() {
        if i > start && (bytes + file.size > max_bytes || i - start >= 1024) {
            out.push(&files[start..i]);
            start = i;
            bytes = 0;
        }
        bytes += file.size;
    }
    if start < files.len() {
        out.push(&files[start..]);
    }
    out
}

fn mtime_ns(meta: &std::fs::Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

fn scan(paths: &[PathBuf], report: &mut IngestReport) -> Vec<FileEntry> {
    let mut files = Vec::new();
    // Each file once; two paths that the store would record alike are refused
    // rather than made one document.
    let mut seen: std::collections::HashMap<String, PathBuf> = Default::default();
    let mut add = |path: &Path, meta: &std::fs::Metadata, report: &mut IngestReport| {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let key = path_key(&path);
        match seen.get(&key) {
            Some(earlier) if *earlier == path => return,
            Some(earlier) => {
                report.failed.push(Failure {
                    path: key.clone(),
                    reason: format!(
                        "its name reads the same as {} once made text; rename one of them",
                        path_key(earlier)
                    ),
                });
                return;
            }
            None => {}
        }
        seen.insert(key.clone(), path.clone());
        files.push(FileEntry {
            path,
            key,
            size: meta.len(),
            mtime_ns: mtime_ns(meta),
        });
    };
    for root in paths {
        let meta = match std::fs::metadata(root) {
            Ok(meta) => meta,
            Err(e) => {
                report.failed.push(Failure {
                    path: root.display().to_string(),
                    reason: io_reason(&e),
                });
                continue;
            }
        };
        if let Some(kind) = not_regular(&meta.file_type()) {
            report.failed.push(Failure {
                path: path_key(root),
                reason: format!("not a regular file ({kind}); refused"),
            });
            continue;
        }
        if !meta.is_dir() {
            add(root, &meta, report);
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        for entry in walker
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let path = e
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| root.display().to_string());
                    report.failed.push(Failure {
                        path,
                        reason: format!("cannot list: {e}"),
                    });
                    continue;
                }
            };
            if entry.file_type().is_dir() {
                continue;
            }
            let path = entry.path();
            if let Some(kind) = not_regular(&entry.file_type()) {
                report.skipped.push(Failure {
                    path: path_key(path),
                    reason: format!("not a regular file ({kind})"),
                });
                continue;
            }
            let supported = match path.extension() {
                None => true,
                Some(ext) => {
                    SUPPORTED.contains(&ext.to_string_lossy().to_ascii_lowercase().as_str())
                }
            };
            if !supported {
                report.skipped.push(Failure {
                    path: path_key(path),
                    reason: "unsupported file type".into(),
                });
                continue;
            }
            match entry.metadata() {
                Ok(meta) => add(path, &meta, report),
                Err(e) => report.failed.push(Failure {
                    path: path_key(path),
                    reason: format!("cannot stat: {e}"),
                }),
            }
        }
    }
    files
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
