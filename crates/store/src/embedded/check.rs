//! `dossier check`: verify a store's database and originals, and repair what can
//! be repaired without guessing.
//!
//! Checked: SQLite's own `integrity_check`; the pack's length against the length
//! the database records; every original against its document's SHA-256 (a range
//! past the pack's end counts as damaged); the ranges of replaced originals still
//! waiting to be given back. Repaired: a damaged original whose file is still
//! where it was ingested from with the same SHA-256 is written back in place
//! (same offset and length: nothing else moves); the waiting ranges are punched
//! out once no reader can see them. Not repaired: a damaged database (restore it
//! from a backup), an original whose file is gone or changed (re-ingest it).

use super::{sha256_hex, SqliteStore, PACK_FILE};
use crate::{Error, Result};
use rusqlite::{params, OptionalExtension};
use std::os::unix::fs::FileExt;

/// key, sha256, name, pack offset and length of one document's original.
type OriginalRow = (i64, String, String, Option<i64>, Option<i64>);

/// One damaged original.
#[derive(Clone, Debug, serde::Serialize)]
pub struct DamagedOriginal {
    pub key: i64,
    pub name: String,
    /// Every path the document was ingested from.
    pub paths: Vec<String>,
    pub reason: String,
}

/// What [`SqliteStore::check`] found.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct StoreCheck {
    /// SQLite's `integrity_check` messages; empty when it says "ok".
    pub database: Vec<String>,
    pub documents: u64,
    pub originals_checked: u64,
    pub original_bytes: u64,
    pub damaged: Vec<DamagedOriginal>,
    /// The pack's length on disk and the length the database records.
    pub pack_bytes: u64,
    pub pack_recorded: u64,
    /// Bytes of replaced originals not yet given back, and how many ranges.
    pub pending_bytes: u64,
    pub pending_ranges: u64,
}

impl StoreCheck {
    pub fn is_ok(&self) -> bool {
        self.database.is_empty() && self.damaged.is_empty() && self.pack_bytes >= self.pack_recorded
    }
}

impl SqliteStore {
    /// Verify the database and every original (see the module documentation).
    /// Reads everything once; holds one read snapshot.
    pub fn check(&self) -> Result<StoreCheck> {
        self.in_snapshot(|| self.check_now())
    }

    fn check_now(&self) -> Result<StoreCheck> {
        let mut report = StoreCheck::default();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let messages: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        report.database = super::damage_lines(messages).into_iter().take(20).collect();
        report.pack_recorded = self.pack_length()?;
        report.pack_bytes = std::fs::metadata(self.dir.join(PACK_FILE)).map_or(0, |m| m.len());
        let (ranges, bytes): (i64, Option<i64>) = self.conn.query_row(
            "SELECT count(*), sum(pack_length) FROM pack_dead",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        report.pending_ranges = ranges as u64;
        report.pending_bytes = bytes.unwrap_or(0) as u64;

        let rows: Vec<OriginalRow> = self
            .conn
            .prepare(
                "SELECT d.key, d.sha256, d.name, o.pack_offset, o.pack_length
                 FROM documents d LEFT JOIN originals o ON o.key = d.key ORDER BY d.key",
            )?
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        report.documents = rows.len() as u64;
        for (key, sha, name, offset, length) in rows {
            let reason = match (offset, length) {
                (Some(offset), Some(length)) if (offset + length) as u64 > report.pack_recorded => {
                    Some(format!(
                        "its range {offset}..{} is past the pack's recorded length {}",
                        offset + length,
                        report.pack_recorded
                    ))
                }
                _ => {
                    let read = self.original_now(key);
                    match read {
                        Ok(Some(bytes)) => {
                            report.originals_checked += 1;
                            report.original_bytes += bytes.len() as u64;
                            let found = sha256_hex(&bytes);
                            (found != sha).then(|| {
                                format!("its bytes hash to {found}, not to its SHA-256 {sha}")
                            })
                        }
                        Ok(None) => Some("no original is recorded".into()),
                        Err(e) => Some(e.to_string()),
                    }
                }
            };
            if let Some(reason) = reason {
                report.damaged.push(DamagedOriginal {
                    key,
                    name,
                    paths: self.paths_of(key)?,
                    reason,
                });
            }
        }
        Ok(report)
    }

    fn paths_of(&self, key: i64) -> Result<Vec<String>> {
        let mut paths: Vec<String> = self
            .conn
            .prepare("SELECT path FROM paths WHERE key = ?1 ORDER BY path")?
            .query_map([key], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if paths.is_empty() {
            let path: Option<String> = self
                .conn
                .query_row("SELECT path FROM documents WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
                .optional()?;
            paths.extend(path);
        }
        Ok(paths)
    }

    /// Write `bytes` back as the original of the document under `key`, in place,
    /// if they are its bytes (their SHA-256 is its id and their length the
    /// range's). Under the write lock; nothing else moves.
    pub fn restore_original(&self, key: i64, bytes: &[u8]) -> Result<()> {
        self.begin_immediate()?;
        let result = self.restore_locked(key, bytes);
        let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
        self.conn.execute_batch(end)?;
        result
    }

    fn restore_locked(&self, key: i64, bytes: &[u8]) -> Result<()> {
        let (sha, offset, length): (String, Option<i64>, Option<i64>) = self.conn.query_row(
            "SELECT d.sha256, o.pack_offset, o.pack_length
             FROM documents d JOIN originals o ON o.key = d.key WHERE d.key = ?1",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if sha256_hex(bytes) != sha {
            return Err(Error::Corrupt(format!(
                "document {key}: the replacement bytes are not its original"
            )));
        }
        match (offset, length) {
            (Some(offset), Some(length)) => {
                if length as usize != bytes.len()
                    || (offset + length) as u64 > self.pack_length()?
                {
                    return Err(Error::Corrupt(format!(
                        "document {key}: its pack range cannot hold its original"
                    )));
                }
                let path = self.dir.join(PACK_FILE);
                let io = |source| Error::Io {
                    path: path.clone(),
                    source,
                };
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(&path)
                    .map_err(io)?;
                file.write_all_at(bytes, offset as u64).map_err(io)?;
                file.sync_data().map_err(io)?;
            }
            _ => {
                self.conn.execute(
                    "UPDATE originals SET bytes = ?2 WHERE key = ?1",
                    params![key, bytes],
                )?;
            }
        }
        Ok(())
    }

    /// Give back the space of replaced originals now, if no reader can still see
    /// them (a complete checkpoint). Returns the bytes given back and those still
    /// waiting (a reader was active).
    pub fn reclaim(self) -> Result<(u64, u64)> {
        let dir = self.dir.clone();
        let pending: u64 = self.check_pending()?;
        self.begin()?.give_back_only()?;
        let left = SqliteStore::open(&dir, super::Mode::Read)?.check_pending()?;
        Ok((pending.saturating_sub(left), left))
    }

    fn check_pending(&self) -> Result<u64> {
        let bytes: Option<i64> =
            self.conn
                .query_row("SELECT sum(pack_length) FROM pack_dead", [], |r| r.get(0))?;
        Ok(bytes.unwrap_or(0) as u64)
    }
}
