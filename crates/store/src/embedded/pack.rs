//! `originals.pack`: the original bytes of the documents, one after another.
//!
//! Original files are most of what a store holds (the kept text of a plain `.txt`
//! is a range of its original). Written into SQLite they would cross its log twice,
//! written to the WAL during the run and copied into the database by the
//! checkpoint, with both files synced at the commit, while nothing else can
//! happen. Appended to one file they are written once, and synced in the
//! background as the run goes on, so the commit only waits for the last few
//! megabytes.
//!
//! **Crash safety.** The file only grows. The database records its committed length
//! (`meta.pack_length`) in the same transaction as the rows that point into it, and
//! the pack is synced before that transaction commits. Bytes past the committed
//! length belong to a run that did not commit: the next writer cuts them off (and a
//! writer that rolls back does so at once). A reader only follows rows of its own
//! snapshot, which point below that snapshot's committed length: bytes it may read
//! are never rewritten.
//!
//! The original of a replaced document is left in place, and its range recorded
//! (`pack_dead`); a writer punches out (`fallocate(PUNCH_HOLE)`) everything
//! between live originals after its own commit, once a complete checkpoint has
//! shown that the commit is on disk and that no reader still holds a snapshot from
//! before it (readers look up a range and read it inside one read transaction),
//! and only then forgets the recorded ranges. The disk space comes back (whole
//! blocks, those shared by two replaced originals too), the file keeps its length
//! and every other offset stays valid. (On a filesystem without hole punching the
//! bytes just stay.)

use crate::{Error, Result};
use std::fs::{File, OpenOptions};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::sync::OnceLock;
use std::thread::JoinHandle;

pub const PACK_FILE: &str = "originals.pack";

/// Bytes appended between two background syncs.
const SYNC_EVERY: u64 = 32 * 1024 * 1024;

/// Reads originals out of the pack; opens the file on first use.
pub(crate) struct PackReader {
    path: PathBuf,
    file: OnceLock<File>,
}

impl PackReader {
    pub fn new(dir: &Path) -> PackReader {
        PackReader {
            path: dir.join(PACK_FILE),
            file: OnceLock::new(),
        }
    }

    fn file(&self) -> Result<&File> {
        if let Some(file) = self.file.get() {
            return Ok(file);
        }
        let file = File::open(&self.path).map_err(|e| self.damaged(&e.to_string()))?;
        Ok(self.file.get_or_init(|| file))
    }

    /// `length` bytes at `offset`.
    pub fn read(&self, offset: u64, length: u64) -> Result<Vec<u8>> {
        let mut bytes = vec![0; usize::try_from(length).map_err(|_| self.damaged("length"))?];
        self.file()?
            .read_exact_at(&mut bytes, offset)
            .map_err(|e| {
                self.damaged(&format!(
                    "cannot read {length} bytes at offset {offset}: {e}"
                ))
            })?;
        Ok(bytes)
    }

    fn damaged(&self, reason: &str) -> Error {
        Error::Corrupt(format!("{}: {reason}", self.path.display()))
    }
}

/// Appends to the pack during one write transaction.
pub(crate) struct PackWriter {
    path: PathBuf,
    file: File,
    /// The length the database records as committed.
    committed: u64,
    /// Where the next original goes.
    end: u64,
    /// `end` at the last background sync request.
    requested: u64,
    /// Everything before this is durable.
    synced: u64,
    syncer: Option<(SyncSender<()>, JoinHandle<std::io::Result<()>>)>,
}

impl PackWriter {
    /// Open the pack for appending after its `committed` length, cutting off what a
    /// run that did not commit left past it.
    pub fn open(dir: &Path, committed: u64) -> Result<PackWriter> {
        let path = dir.join(PACK_FILE);
        let io = |e: std::io::Error| Error::Io {
            path: path.clone(),
            source: e,
        };
        let existed = path.exists();
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(io)?;
        if !existed {
            // The new file's directory entry, durable before anything points into it.
            File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
        }
        let length = file.metadata().map_err(io)?.len();
        if length < committed {
            return Err(Error::Corrupt(format!(
                "{}: {length} bytes long, but the store records {committed}: the store is damaged",
                path.display()
            )));
        }
        if length > committed {
            file.set_len(committed).map_err(io)?;
        }
        Ok(PackWriter {
            path,
            file,
            committed,
            end: committed,
            requested: committed,
            synced: committed,
            syncer: None,
        })
    }

    fn io(&self, e: std::io::Error) -> Error {
        Error::Io {
            path: self.path.clone(),
            source: e,
        }
    }

    /// Append `bytes`; returns their offset. They can be read back at once (through
    /// the page cache); they are durable once [`PackWriter::sync`] returns.
    pub fn append(&mut self, bytes: &[u8]) -> Result<u64> {
        let offset = self.end;
        self.file
            .write_all_at(bytes, offset)
            .map_err(|e| self.io(e))?;
        self.end += bytes.len() as u64;
        if self.end - self.requested >= SYNC_EVERY {
            self.requested = self.end;
            self.request_sync()?;
        }
        Ok(offset)
    }

    /// Ask the background thread to sync what has been written so far (skipped if
    /// it is still busy with the last request: the next one covers both).
    fn request_sync(&mut self) -> Result<()> {
        if self.syncer.is_none() {
            let file = self.file.try_clone().map_err(|e| self.io(e))?;
            let (sender, receiver) = sync_channel::<()>(1);
            let thread = std::thread::Builder::new()
                .name("pack-sync".into())
                .spawn(move || {
                    for () in receiver {
                        file.sync_data()?;
                    }
                    Ok(())
                })
                .map_err(|e| self.io(e))?;
            self.syncer = Some((sender, thread));
        }
        if let Some((sender, _)) = &self.syncer {
            match sender.try_send(()) {
                Ok(()) | Err(TrySendError::Full(())) => {}
                // The thread ended: its error comes out of `sync`.
                Err(TrySendError::Disconnected(())) => {}
            }
        }
        Ok(())
    }

    /// The length to record as committed once everything appended is durable.
    pub fn end(&self) -> u64 {
        self.end
    }

    /// Make everything appended durable (before the transaction that points at it
    /// commits).
    pub fn sync(&mut self) -> Result<()> {
        if let Some((sender, thread)) = self.syncer.take() {
            drop(sender);
            thread
                .join()
                .map_err(|_| self.io(std::io::Error::other("sync thread panicked")))?
                .map_err(|e| self.io(e))?;
        }
        if self.end > self.synced {
            self.file.sync_data().map_err(|e| self.io(e))?;
            self.synced = self.end;
        }
        Ok(())
    }

    /// The length the database records as committed.
    pub fn committed_length(&self) -> u64 {
        self.committed
    }

    /// The transaction was committed with [`PackWriter::end`] as the new length.
    pub fn committed(&mut self) {
        self.committed = self.end;
    }

    /// Give back the disk space of `length` bytes at `offset`, which nothing points
    /// at any more. Best effort: a filesystem that cannot punch holes keeps them.
    pub fn punch(&self, offset: u64, length: u64) {
        use rustix::fs::{fallocate, FallocateFlags};
        if length > 0 && offset + length <= self.committed {
            let mode = FallocateFlags::PUNCH_HOLE | FallocateFlags::KEEP_SIZE;
            let _ = fallocate(&self.file, mode, offset, length);
        }
    }

    /// Cut off what this run appended (its transaction rolled back). Best effort: if
    /// it fails, the next writer does it.
    pub fn roll_back(&mut self) {
        if let Some((sender, thread)) = self.syncer.take() {
            drop(sender);
            let _ = thread.join();
        }
        if self.end > self.committed && self.file.set_len(self.committed).is_ok() {
            self.end = self.committed;
        }
    }
}
