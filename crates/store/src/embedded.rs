//! The embedded backend: one SQLite file (`dossier.sqlite`) in the store directory.
//!
//! Schema changes go in [`MIGRATIONS`]: entry `i` upgrades version `i` to `i + 1`.
//! A store written by a newer dossier (higher `schema_version`) is refused, never
//! rewritten.

pub use crate::Mode;
use crate::{
    AuditEntry, DocSummary, Error, Judgment, NewAudit, NewDocument, NewJudgment, PathState, Put,
    Result, Role, Store, StoreWriter, User, SCHEMA_VERSION,
};
use dossier_model::{Document, Dropped, Extraction, Format, Metadata, OffsetMap, Span};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

mod check;
mod pack;
pub use check::{DamagedOriginal, StoreCheck};
pub use pack::PACK_FILE;

pub const DB_FILE: &str = "dossier.sqlite";
const APP_ID: &str = "dossier";
/// Page size of a new store's database (SQLite's default is 4096).
const PAGE_SIZE: u32 = 65536;

/// Each entry upgrades the schema by one version, in one transaction.
const MIGRATIONS: &[&str] = &[
    // 0 -> 1
    r#"
    CREATE TABLE documents(
        key          INTEGER PRIMARY KEY,
        sha256       TEXT NOT NULL UNIQUE,
        name         TEXT NOT NULL,
        path         TEXT NOT NULL,
        format       TEXT NOT NULL,
        bytes        INTEGER NOT NULL,
        meta         TEXT NOT NULL,
        text         TEXT NOT NULL,
        body         TEXT NOT NULL,
        fingerprint  BLOB NOT NULL,
        duplicate_of TEXT,
        similarity   REAL
    );
    CREATE INDEX documents_name ON documents(name);
    CREATE TABLE originals(
        key   INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
        bytes BLOB NOT NULL
    );
    CREATE TABLE extractions(
        key  INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
        json TEXT NOT NULL
    );
    CREATE TABLE paths(
        path     TEXT PRIMARY KEY,
        key      INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        size     INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL
    );
    CREATE INDEX paths_key ON paths(key);
    CREATE TABLE derived(
        name TEXT PRIMARY KEY,
        data BLOB NOT NULL
    );
    "#,
    // 1 -> 2: a kept text that is one contiguous run of the original file (a clean
    // .txt, perhaps trimmed) is not stored twice: `text` is left empty and the text is
    // the bytes `text_start..text_end` of `originals`.
    r#"
    ALTER TABLE documents ADD COLUMN text_start INTEGER;
    ALTER TABLE documents ADD COLUMN text_end INTEGER;
    "#,
    // 2 -> 3: originals are appended to `originals.pack` (see `pack`): a row holds
    // their offset and length there and an empty `bytes`. Rows written before keep
    // their bytes inline (both columns NULL). `pack_dead` lists the ranges of
    // originals no document points at any more, for the next writer to give back.
    r#"
    ALTER TABLE originals ADD COLUMN pack_offset INTEGER;
    ALTER TABLE originals ADD COLUMN pack_length INTEGER;
    INSERT INTO meta(key, value) VALUES ('pack_length', '0');
    CREATE TABLE pack_dead(pack_offset INTEGER NOT NULL, pack_length INTEGER NOT NULL);
    "#,
    // 3 -> 4: where each page of a PDF begins in its kept text (`Document::pages`),
    // little-endian u32 offsets; NULL for documents without pages and for those
    // written before (they show no page until ingested again).
    r#"
    ALTER TABLE documents ADD COLUMN pages BLOB;
    "#,
    // 4 -> 5: analysts' judgments, apart from the documents (no key of theirs: a
    // re-ingest replaces documents and leaves judgments), the evidence by content
    // hash, span and quote.
    r#"
    CREATE TABLE judgments(
        id           INTEGER PRIMARY KEY,
        kind         TEXT NOT NULL,
        target       TEXT NOT NULL,
        value        TEXT,
        note         TEXT,
        document     TEXT,
        span_start   INTEGER,
        span_end     INTEGER,
        quote        TEXT,
        author       TEXT NOT NULL,
        at           TEXT NOT NULL,
        withdrawn_by TEXT,
        withdrawn_at TEXT
    );
    "#,
    // 5 -> 6: team mode's accounts (the password as its Argon2 hash), their API
    // tokens (as their SHA-256) and the audit log. The session key is in `meta`.
    r#"
    CREATE TABLE users(
        name          TEXT PRIMARY KEY,
        role          TEXT NOT NULL,
        password_hash TEXT,
        created       TEXT NOT NULL
    );
    CREATE TABLE tokens(
        sha256  TEXT PRIMARY KEY,
        user    TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
        created TEXT NOT NULL
    );
    CREATE INDEX tokens_user ON tokens(user);
    CREATE TABLE audit(
        id     INTEGER PRIMARY KEY,
        at     TEXT NOT NULL,
        actor  TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        detail TEXT
    );
    "#,
];

/// The store's clock, as every timestamp of the embedded store is written.
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";

/// Page starts as stored: little-endian u32 offsets, NULL when there are none.
pub(crate) fn pages_blob(pages: &[u32]) -> Option<Vec<u8>> {
    (!pages.is_empty()).then(|| pages.iter().flat_map(|p| p.to_le_bytes()).collect())
}

pub(crate) fn pages_from_blob(blob: Option<Vec<u8>>) -> Vec<u32> {
    blob.unwrap_or_default()
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .collect()
}

/// The last `pack_dead` row, and the (offset, length) of every live original in the
/// pack, sorted: what lies between them is unreachable (see
/// `SqliteStore::unreachable`).
type Unreachable = (i64, Vec<(u64, u64)>);

/// Bytes as a row holds them: inline, or as the offset and length of a pack range.
type StoredBytes = (Vec<u8>, Option<i64>, Option<i64>);

/// The parts of a [`Document`] that are stored as one JSON column.
#[derive(Serialize, Deserialize)]
pub(crate) struct Body {
    pub(crate) offsets: OffsetMap,
    pub(crate) passages: Vec<Span>,
    pub(crate) dropped: Vec<Dropped>,
    pub(crate) warnings: Vec<String>,
}

#[derive(Serialize)]
pub(crate) struct BodyRef<'a> {
    pub(crate) offsets: &'a OffsetMap,
    pub(crate) passages: &'a [Span],
    pub(crate) dropped: &'a [Dropped],
    pub(crate) warnings: &'a [String],
}

pub struct SqliteStore {
    conn: Connection,
    dir: PathBuf,
    pack: pack::PackReader,
}

impl SqliteStore {
    /// Take the write lock (`BEGIN IMMEDIATE`); another writer holding it is
    /// [`Error::Locked`].
    fn begin_immediate(&self) -> Result<()> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _)
                    if f.code == rusqlite::ErrorCode::DatabaseBusy =>
                {
                    Error::Locked {
                        path: self.dir.clone(),
                    }
                }
                other => Error::from(other),
            })
    }

    /// Open (or, in [`Mode::Write`], create) the store in `dir`.
    pub fn open(dir: &Path, mode: Mode) -> Result<SqliteStore> {
        let db = dir.join(DB_FILE);
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            source,
        };
        if !db.exists() {
            if dir.exists() {
                if !dir.is_dir() {
                    return Err(Error::NotAStore {
                        path: dir.into(),
                        reason: "it is a file, not a directory".into(),
                    });
                }
                let pack_bytes = std::fs::metadata(dir.join(PACK_FILE)).map_or(0, |m| m.len());
                if pack_bytes > 0 {
                    return Err(Error::NotAStore {
                        path: dir.into(),
                        reason: format!(
                            "{DB_FILE} is missing but {PACK_FILE} holds {pack_bytes} bytes of originals: \
                             restore {DB_FILE} from a backup (nothing was changed)"
                        ),
                    });
                }
                let mut entries = std::fs::read_dir(dir).map_err(io)?;
                // (Another process may have just created the database here.)
                if entries.next().is_some() && !db.exists() {
                    return Err(Error::NotAStore {
                        path: dir.into(),
                        reason: format!("the directory is not empty and has no {DB_FILE}; refusing to write into it"),
                    });
                }
            }
            if mode == Mode::Read {
                return Err(Error::NotAStore {
                    path: dir.into(),
                    reason: "no store here yet; run `dossier ingest PATH` first".into(),
                });
            }
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let flags = match mode {
            Mode::Read => OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            Mode::Write => {
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
            }
        };
        let conn = Connection::open_with_flags(&db, flags).map_err(|e| not_a_store(dir, &e))?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Temporary files (statement journals among them) in memory: with 64 KiB
        // pages, one journalled page would otherwise be a 64 KiB file write.
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;")
            .map_err(|e| not_a_store(dir, &e))?;
        if mode == Mode::Write {
            // The page size only takes on a new, empty database, before WAL mode.
            // Most bytes stored are whole files and texts of tens of kilobytes:
            // larger pages mean fewer overflow pages, log frames and writes.
            // Switching a new database to WAL needs it to itself for a moment: a
            // process creating the same store at the same time makes it busy, and
            // SQLite does not wait for that here; so wait a little, up to 5 s.
            let pragmas = format!(
                "PRAGMA page_size = {PAGE_SIZE}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
            );
            let started = std::time::Instant::now();
            loop {
                match conn.execute_batch(&pragmas) {
                    Ok(()) => break,
                    Err(rusqlite::Error::SqliteFailure(f, _))
                        if matches!(
                            f.code,
                            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                        ) && started.elapsed() < std::time::Duration::from_secs(5) =>
                    {
                        std::thread::sleep(std::time::Duration::from_millis(10));
                    }
                    Err(e) => return Err(not_a_store(dir, &e)),
                }
            }
        }
        let mut store = SqliteStore {
            conn,
            dir: dir.to_path_buf(),
            pack: pack::PackReader::new(dir),
        };
        store.check_and_migrate(mode).map_err(|e| damaged(dir, e))?;
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether the table exists (a store of an older schema opened for reading
    /// lacks the newer ones).
    fn has_table(&self, name: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [name],
            |r| r.get::<_, i64>(0).map(|n| n > 0),
        )?)
    }

    fn users_where(&self, sql: &str, arg: Option<&str>) -> Result<Vec<User>> {
        if !self.has_table("users")? {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT u.name, u.role, u.password_hash, u.created,
                    (SELECT count(*) FROM tokens t WHERE t.user = u.name)
             FROM users u {sql} ORDER BY u.name"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let map =
            |r: &rusqlite::Row<'_>| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?));
        let rows: Vec<(String, String, Option<String>, String, i64)> = match arg {
            Some(arg) => stmt
                .query_map([arg], map)?
                .collect::<rusqlite::Result<_>>()?,
            None => stmt.query_map([], map)?.collect::<rusqlite::Result<_>>()?,
        };
        rows.into_iter()
            .map(|(name, role, hash, created, tokens)| {
                crate::user_of(name, role, hash, created, tokens)
            })
            .collect()
    }

    fn meta_get(&self, key: &str) -> Result<Option<String>> {
        let has_meta: bool = self.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
            [],
            |r| r.get::<_, i64>(0).map(|n| n > 0),
        )?;
        if !has_meta {
            return Ok(None);
        }
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    fn check_and_migrate(&mut self, mode: Mode) -> Result<()> {
        let n_tables: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| not_a_store(&self.dir, &e))?;
        if n_tables == 0 {
            // A new database. If the directory already holds a store's originals,
            // the database was lost (emptied, truncated, replaced): creating a new
            // one would record a pack length of 0 and the next writer would cut
            // every original off. Refuse, and say so.
            let pack = self.dir.join(PACK_FILE);
            let pack_bytes = std::fs::metadata(&pack).map(|m| m.len()).unwrap_or(0);
            if pack_bytes > 0 {
                return Err(Error::NotAStore {
                    path: self.dir.clone(),
                    reason: format!(
                        "{DB_FILE} is empty but {PACK_FILE} holds {pack_bytes} bytes of originals: \
                         the database was lost or damaged; restore {DB_FILE} from a backup \
                         (nothing was changed)"
                    ),
                });
            }
        }
        let app = self.meta_get("app")?;
        if n_tables > 0 && app.as_deref() != Some(APP_ID) {
            return Err(Error::NotAStore {
                path: self.dir.clone(),
                reason: format!("{DB_FILE} is an SQLite database of another application"),
            });
        }
        let version: u32 = match self.meta_get("schema_version")? {
            Some(v) => v
                .parse()
                .map_err(|_| Error::Corrupt(format!("schema_version {v:?}")))?,
            None => 0,
        };
        if version > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                path: self.dir.clone(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        // Schemas 4 to 6 only added `documents.pages`, `judgments` and the
        // accounts and audit log: a reader takes a version-3 to -5 store as it is
        // (no page is known, no judgment or account made) rather than refusing it
        // until a writer opens it.
        if mode == Mode::Read && version >= 3 {
            return Ok(());
        }
        if mode == Mode::Read {
            return Err(Error::NotAStore {
                path: self.dir.clone(),
                reason: format!("schema version {version} needs migrating to {SCHEMA_VERSION}; open it for writing once"),
            });
        }
        // Under the write lock, and read again: two processes creating (or
        // migrating) the same store at once must not both do it.
        self.begin_immediate()?;
        let migrated = self.migrate_locked();
        let end = if migrated.is_ok() {
            "COMMIT"
        } else {
            "ROLLBACK"
        };
        let ended = self.conn.execute_batch(end);
        migrated?;
        ended?;
        Ok(())
    }

    /// [`SqliteStore::check_and_migrate`] inside its write transaction.
    fn migrate_locked(&self) -> Result<()> {
        let version: u32 = match self.meta_get("schema_version")? {
            Some(v) => v
                .parse()
                .map_err(|_| Error::Corrupt(format!("schema_version {v:?}")))?,
            None => 0,
        };
        if version >= SCHEMA_VERSION {
            return Ok(()); // done by another process meanwhile
        }
        if version == 0 && self.meta_get("app")?.is_none() {
            self.conn
                .execute_batch("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);")?;
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES ('app', ?1), ('generation', '0')",
                [APP_ID],
            )?;
        }
        for migration in &MIGRATIONS[version as usize..SCHEMA_VERSION as usize] {
            self.conn.execute_batch(migration)?;
        }
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('schema_version', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [SCHEMA_VERSION.to_string()],
        )?;
        Ok(())
    }

    /// The kept text itself; or where it sits in the original: in the pack, or
    /// (stores from before it) in the inline bytes.
    fn text_now(&self, key: i64) -> Result<Option<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT CASE WHEN d.text_start IS NULL THEN d.text
                         WHEN o.pack_offset IS NULL
                         THEN substr(o.bytes, d.text_start + 1, d.text_end - d.text_start) END,
                    o.pack_offset + d.text_start, d.text_end - d.text_start
             FROM documents d LEFT JOIN originals o ON o.key = d.key WHERE d.key = ?1",
        )?;
        let found: Option<StoredBytes> = stmt
            .query_row([key], |r| {
                let inline = match r.get_ref(0)? {
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        t.to_vec()
                    }
                    _ => Vec::new(),
                };
                Ok((inline, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        found
            .map(|row| self.bytes_of(row))
            .transpose()?
            .map(|b| {
                String::from_utf8(b)
                    .map_err(|e| Error::Corrupt(format!("document {key}: kept text: {e}")))
            })
            .transpose()
    }

    /// Check `bytes` against the SHA-256 of the document under `key`.
    fn verify(&self, key: i64, bytes: &[u8]) -> Result<()> {
        let (sha, name): (String, String) = self
            .conn
            .prepare_cached("SELECT sha256, name FROM documents WHERE key = ?1")?
            .query_row([key], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if sha256_hex(bytes) != sha {
            return Err(Error::Corrupt(format!(
                "{name}: its original's bytes do not match their SHA-256 {sha}: the stored original is damaged (run `dossier check`)"
            )));
        }
        Ok(())
    }

    fn original_now(&self, key: i64) -> Result<Option<Vec<u8>>> {
        let row: Option<StoredBytes> = self
            .conn
            .prepare_cached("SELECT bytes, pack_offset, pack_length FROM originals WHERE key = ?1")?
            .query_row([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        row.map(|row| self.bytes_of(row)).transpose()
    }

    /// The bytes a row points at: a range of the pack, or its inline bytes.
    fn bytes_of(&self, (inline, offset, length): StoredBytes) -> Result<Vec<u8>> {
        match (offset, length) {
            (Some(offset), Some(length)) => self.pack.read(offset as u64, length as u64),
            _ => Ok(inline),
        }
    }

    /// Run `f` in one read transaction (unless one is open, as through a writer),
    /// so that the rows it reads and the pack bytes they point at belong to one
    /// snapshot: a writer only punches out a range once no such snapshot remains.
    fn in_snapshot<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            return f();
        }
        self.conn.execute_batch("BEGIN")?;
        let out = f();
        // A read transaction: nothing to lose if ending it fails.
        let _ = self.conn.execute_batch("COMMIT");
        out
    }

    /// The committed length of `originals.pack`.
    fn pack_length(&self) -> Result<u64> {
        let value = self.meta_get("pack_length")?.unwrap_or_else(|| "0".into());
        value
            .parse()
            .map_err(|_| Error::Corrupt(format!("pack_length {value:?}")))
    }

    /// SQLite's `quick_check`: an error naming the damage if it finds any.
    fn quick_check(&self) -> Result<()> {
        let found: Vec<String> = self
            .conn
            .prepare("PRAGMA quick_check(4)")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()
            .unwrap_or_else(|e| vec![e.to_string()]);
        let found = damage_lines(found);
        if found.is_empty() {
            return Ok(());
        }
        Err(Error::Corrupt(format!(
            "{}: {DB_FILE} is damaged ({}); nothing was written. `dossier check` says more; restore it from a backup",
            self.dir.display(),
            found.join("; ")
        )))
    }

    /// What the pack holds that nothing points at any more, as of this
    /// connection's snapshot: `None` if no replaced original waits to be given back
    /// (`pack_dead` is empty), else the last `pack_dead` row and the ranges of every
    /// live original, sorted (everything between them, below the committed length,
    /// is unreachable).
    fn unreachable(&self) -> Result<Option<Unreachable>> {
        let last: Option<i64> =
            self.conn
                .query_row("SELECT max(rowid) FROM pack_dead", [], |r| r.get(0))?;
        let Some(last) = last else {
            return Ok(None);
        };
        let live: Vec<(i64, i64)> = self
            .conn
            .prepare_cached(
                "SELECT pack_offset, pack_length FROM originals
                 WHERE pack_offset IS NOT NULL ORDER BY pack_offset",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some((
            last,
            live.into_iter()
                .map(|(offset, length)| (offset as u64, length as u64))
                .collect(),
        )))
    }

    /// Start the one transaction of an ingest run.
    pub fn writer(self) -> Result<Box<dyn StoreWriter>> {
        Ok(Box::new(self.begin()?))
    }

    fn begin(self) -> Result<SqliteWriter> {
        // The commit syncs the write-ahead log (FULL), so a run reported done is on
        // disk whether or not the checkpoint after it can complete (a reader may
        // hold it back), and an I/O error on that sync fails the commit. NORMAL
        // would sync only at checkpoints. One sync per run.
        self.conn.execute_batch("PRAGMA synchronous = FULL")?;
        self.begin_immediate()?;
        // A damaged database is not written into (that could only spread the
        // damage): SQLite's quick check, one read of the file (80 ms for 150 MB).
        if let Err(e) = self.quick_check() {
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(e);
        }
        // Under the write lock: no other writer appends to the pack.
        let opened = self
            .pack_length()
            .and_then(|length| pack::PackWriter::open(&self.dir, length));
        let pack = match opened {
            Ok(opened) => opened,
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        };
        Ok(SqliteWriter {
            store: self,
            pack,
            open: true,
        })
    }

    fn summary_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(DocSummary, String)> {
        let meta: String = row.get(6)?;
        Ok((
            DocSummary {
                key: row.get(0)?,
                sha256: row.get(1)?,
                name: row.get(2)?,
                path: row.get(3)?,
                format: row.get(4)?,
                bytes: row.get::<_, i64>(5)? as u64,
                meta: Metadata::default(),
                duplicate_of: row.get(7)?,
                similarity: row.get(8)?,
            },
            meta,
        ))
    }

    fn summaries(&self, sql_where: &str, arg: &str) -> Result<Vec<DocSummary>> {
        let sql = format!(
            "SELECT key, sha256, name, path, format, bytes, meta, duplicate_of, similarity
             FROM documents {sql_where} ORDER BY name, key"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = if sql_where.is_empty() {
            stmt.query_map([], Self::summary_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?
        } else {
            stmt.query_map([arg], Self::summary_row)?
                .collect::<rusqlite::Result<Vec<_>>>()?
        };
        rows.into_iter()
            .map(|(mut summary, meta)| {
                summary.meta = serde_json::from_str(&meta)
                    .map_err(|e| Error::Corrupt(format!("meta: {e}")))?;
                Ok(summary)
            })
            .collect()
    }
}

/// The lines of SQLite's `integrity_check` / `quick_check` rows that report damage
/// (a row may hold several lines under a "*** in database main ***" heading).
pub(crate) fn damage_lines(rows: Vec<String>) -> Vec<String> {
    rows.iter()
        .flat_map(|row| row.lines())
        .map(str::trim)
        .filter(|line| !line.is_empty() && *line != "ok" && !line.starts_with("*** in database"))
        .map(str::to_string)
        .collect()
}

/// SQLite's "malformed" as an error that names the file and what to do.
fn damaged(dir: &Path, e: Error) -> Error {
    let corrupt = match &e {
        Error::Storage(inner) => match inner.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(f, message))
                if f.code == rusqlite::ErrorCode::DatabaseCorrupt =>
            {
                Some(message.clone().unwrap_or_else(|| f.to_string()))
            }
            _ => None,
        },
        _ => None,
    };
    match corrupt {
        Some(message) => Error::Corrupt(format!(
            "{}: {DB_FILE} is damaged ({message}); nothing was written. `dossier check` says more; restore it from a backup",
            dir.display(),
        )),
        None => e,
    }
}

fn not_a_store(dir: &Path, e: &rusqlite::Error) -> Error {
    Error::NotAStore {
        path: dir.to_path_buf(),
        reason: format!("{DB_FILE} cannot be opened as a database: {e}"),
    }
}

impl Store for SqliteStore {
    fn schema_version(&self) -> Result<u32> {
        Ok(self
            .meta_get("schema_version")?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0))
    }

    fn generation(&self) -> Result<u64> {
        Ok(self
            .meta_get("generation")?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0))
    }

    fn documents(&self) -> Result<Vec<DocSummary>> {
        self.summaries("", "")
    }

    fn find(&self, key: &str) -> Result<Option<DocSummary>> {
        for clause in ["WHERE name = ?1", "WHERE path = ?1", "WHERE sha256 = ?1"] {
            if let Some(found) = self.summaries(clause, key)?.into_iter().next() {
                return Ok(Some(found));
            }
        }
        if key.len() >= 8 && key.chars().all(|c| c.is_ascii_hexdigit()) {
            let found = self.summaries("WHERE sha256 LIKE ?1 || '%'", &key.to_ascii_lowercase())?;
            if found.len() == 1 {
                return Ok(found.into_iter().next());
            }
        }
        // A unique prefix of a file name ("001" for "001_3ab4...txt").
        let found = self.summaries("WHERE substr(name, 1, length(?1)) = ?1", key)?;
        Ok(if found.len() == 1 {
            found.into_iter().next()
        } else {
            None
        })
    }

    fn document(&self, key: i64) -> Result<Option<Document>> {
        let row = self
            .conn
            .query_row(
                "SELECT sha256, name, path, format, bytes, meta, body FROM documents WHERE key = ?1",
                [key],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, i64>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                    ))
                },
            )
            .optional()?;
        let Some((sha, name, path, format, bytes, meta, body)) = row else {
            return Ok(None);
        };
        let text = self.text(key)?.unwrap_or_default();
        let body: Body =
            serde_json::from_str(&body).map_err(|e| Error::Corrupt(format!("body: {e}")))?;
        Ok(Some(Document {
            id: dossier_model::DocId(sha),
            name,
            path,
            format: Format::parse(&format)
                .ok_or_else(|| Error::Corrupt(format!("format {format:?}")))?,
            bytes: bytes as u64,
            text,
            offsets: body.offsets,
            meta: serde_json::from_str(&meta).map_err(|e| Error::Corrupt(format!("meta: {e}")))?,
            passages: body.passages,
            dropped: body.dropped,
            warnings: body.warnings,
            pages: self.pages(key)?,
        }))
    }

    fn text(&self, key: i64) -> Result<Option<String>> {
        self.in_snapshot(|| self.text_now(key))
    }

    fn pages(&self, key: i64) -> Result<Vec<u32>> {
        let mut statement = match self
            .conn
            .prepare_cached("SELECT pages FROM documents WHERE key = ?1")
        {
            Ok(statement) => statement,
            // A version-3 store opened for reading has no such column: no pages.
            Err(e) if e.to_string().contains("no such column") => return Ok(Vec::new()),
            Err(e) => return Err(e.into()),
        };
        let blob: Option<Option<Vec<u8>>> = statement.query_row([key], |r| r.get(0)).optional()?;
        Ok(pages_from_blob(blob.flatten()))
    }

    /// The original bytes, checked against the document's SHA-256 (its id): a
    /// damaged pack is reported, never returned. (Kept texts are not checked on
    /// every read: most are ranges of their original, and hashing a whole original
    /// to return one passage would cost more than the search; `dossier check`
    /// verifies every original.)
    fn original(&self, key: i64) -> Result<Option<Vec<u8>>> {
        self.in_snapshot(|| {
            let Some(bytes) = self.original_now(key)? else {
                return Ok(None);
            };
            self.verify(key, &bytes)?;
            Ok(Some(bytes))
        })
    }

    fn extraction(&self, key: i64) -> Result<Option<Extraction>> {
        let json: Option<String> = self
            .conn
            .query_row("SELECT json FROM extractions WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|e| Error::Corrupt(format!("extraction: {e}")))
        })
        .transpose()
    }

    fn derived(&self, name: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT data FROM derived WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?)
    }

    fn path_state(&self, path: &str) -> Result<Option<PathState>> {
        Ok(self
            .conn
            .query_row(
                "SELECT d.sha256, p.size, p.mtime_ns FROM paths p JOIN documents d ON d.key = p.key WHERE p.path = ?1",
                [path],
                |r| Ok(PathState { sha256: r.get(0)?, size: r.get::<_, i64>(1)? as u64, mtime_ns: r.get(2)? }),
            )
            .optional()?)
    }

    fn fingerprints(&self) -> Result<Vec<(i64, String, Vec<u8>)>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, name, fingerprint FROM documents ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    fn key_of_sha(&self, sha256: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT key FROM documents WHERE sha256 = ?1")?
            .query_row([sha256], |r| r.get(0))
            .optional()?)
    }

    fn judgments(&self) -> Result<Vec<Judgment>> {
        // A store of schema 3 or 4 opened for reading has no such table: none.
        let has_table: bool = self.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'judgments'",
            [],
            |r| r.get::<_, i64>(0).map(|n| n > 0),
        )?;
        if !has_table {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, kind, target, value, note, document, span_start, span_end, quote,
                    author, at, withdrawn_by, withdrawn_at
             FROM judgments ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(crate::JudgmentRow {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    target: r.get(2)?,
                    value: r.get(3)?,
                    note: r.get(4)?,
                    document: r.get(5)?,
                    start: r.get(6)?,
                    end: r.get(7)?,
                    quote: r.get(8)?,
                    author: r.get(9)?,
                    at: r.get(10)?,
                    withdrawn_by: r.get(11)?,
                    withdrawn_at: r.get(12)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(crate::JudgmentRow::judgment).collect()
    }

    fn users(&self) -> Result<Vec<User>> {
        self.users_where("", None)
    }

    fn user(&self, name: &str) -> Result<Option<User>> {
        Ok(self.users_where("WHERE u.name = ?1", Some(name))?.pop())
    }

    fn token_user(&self, token_sha256: &str) -> Result<Option<User>> {
        Ok(self
            .users_where(
                "WHERE u.name = (SELECT user FROM tokens WHERE sha256 = ?1)",
                Some(token_sha256),
            )?
            .pop())
    }

    fn session_key(&self) -> Result<Option<Vec<u8>>> {
        Ok(self
            .meta_get("session_key")?
            .and_then(|hex| crate::from_hex(&hex)))
    }

    fn audit(&self) -> Result<Vec<AuditEntry>> {
        if !self.has_table("audit")? {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, at, actor, action, target, detail FROM audit ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                entry: NewAudit {
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    target: r.get(4)?,
                    detail: r.get(5)?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

struct SqliteWriter {
    store: SqliteStore,
    pack: pack::PackWriter,
    open: bool,
}

impl SqliteWriter {
    fn conn(&self) -> &Connection {
        &self.store.conn
    }

    fn set_path(&self, path: &str, key: i64, size: u64, mtime_ns: i64) -> Result<Option<i64>> {
        let previous: Option<i64> = self
            .conn()
            .prepare_cached("SELECT key FROM paths WHERE path = ?1")?
            .query_row([path], |r| r.get(0))
            .optional()?;
        // An UPDATE or a plain INSERT, not an upsert: a one-row statement needs no
        // statement journal (an upsert does, written out page by page).
        let sql = if previous.is_some() {
            "UPDATE paths SET key = ?2, size = ?3, mtime_ns = ?4 WHERE path = ?1"
        } else {
            "INSERT INTO paths(path, key, size, mtime_ns) VALUES (?1, ?2, ?3, ?4)"
        };
        self.conn()
            .prepare_cached(sql)?
            .execute(params![path, key, size as i64, mtime_ns])?;
        // An older version that no path points at any more is replaced: drop it.
        if let Some(old) = previous.filter(|&old| old != key) {
            let still_used: i64 =
                self.conn()
                    .query_row("SELECT count(*) FROM paths WHERE key = ?1", [old], |r| {
                        r.get(0)
                    })?;
            if still_used == 0 {
                // Its original's bytes in the pack are given back by the next writer:
                // a reader that began before this commit may still read them.
                self.conn().execute(
                    "INSERT INTO pack_dead(pack_offset, pack_length)
                     SELECT pack_offset, pack_length FROM originals
                     WHERE key = ?1 AND pack_offset IS NOT NULL",
                    [old],
                )?;
                self.conn()
                    .execute("DELETE FROM documents WHERE key = ?1", [old])?;
                return Ok(Some(old));
            }
        }
        Ok(None)
    }
}

impl SqliteWriter {
    /// The name a new document from `path` goes by: its file name, unless another
    /// document (from another path) has that name; then as many of its folders as
    /// tell them apart (`2011/report.txt`), so a citation names one document.
    fn unique_name(&self, name: &str, path: &str) -> Result<String> {
        crate::unique_name(name, path, |candidate| {
            Ok(self
                .conn()
                .prepare_cached("SELECT 1 FROM documents WHERE name = ?1 AND path != ?2 LIMIT 1")?
                .query_row(params![candidate, path], |_| Ok(()))
                .optional()?
                .is_some())
        })
    }
}

impl StoreWriter for SqliteWriter {
    fn put(&mut self, new: NewDocument<'_>) -> Result<Put> {
        let doc = new.document;
        if let Some(key) = self.store.key_of_sha(&doc.id.0)? {
            let replaced = self.set_path(&doc.path, key, new.size, new.mtime_ns)?;
            return Ok(if replaced.is_some() {
                Put::Added {
                    key,
                    replaced,
                    renamed: None,
                }
            } else {
                Put::Known { key }
            });
        }
        let body = BodyRef {
            offsets: &doc.offsets,
            passages: &doc.passages,
            dropped: &doc.dropped,
            warnings: &doc.warnings,
        };
        let (dup_name, similarity) = match &new.duplicate_of {
            Some((name, sim)) => (Some(name.as_str()), Some(*sim)),
            None => (None, None),
        };
        let name = self.unique_name(&doc.name, &doc.path)?;
        let in_original = run_in_original(doc, new.original);
        self.conn()
            .prepare_cached(
                "INSERT INTO documents(sha256, name, path, format, bytes, meta, text, text_start,
                                       text_end, body, fingerprint, duplicate_of, similarity,
                                       pages)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?
            .execute(params![
                doc.id.0,
                name,
                doc.path,
                doc.format.as_str(),
                doc.bytes as i64,
                to_json(&doc.meta)?,
                if in_original.is_some() {
                    ""
                } else {
                    doc.text.as_str()
                },
                in_original.as_ref().map(|run| run.start as i64),
                in_original.as_ref().map(|run| run.end as i64),
                to_json(&body)?,
                new.fingerprint,
                dup_name,
                similarity,
                pages_blob(&doc.pages),
            ])?;
        let key = self.conn().last_insert_rowid();
        let offset = self.pack.append(new.original)?;
        self.conn()
            .prepare_cached(
                "INSERT INTO originals(key, bytes, pack_offset, pack_length) VALUES (?1, X'', ?2, ?3)",
            )?
            .execute(params![key, offset as i64, new.original.len() as i64])?;
        self.conn()
            .prepare_cached("INSERT INTO extractions(key, json) VALUES (?1, ?2)")?
            .execute(params![key, to_json(new.extraction)?])?;
        let replaced = self.set_path(&doc.path, key, new.size, new.mtime_ns)?;
        let renamed = (name != doc.name).then_some(name);
        Ok(Put::Added {
            key,
            replaced,
            renamed,
        })
    }

    fn touch_path(&mut self, path: &str, size: u64, mtime_ns: i64) -> Result<()> {
        self.conn().execute(
            "UPDATE paths SET size = ?2, mtime_ns = ?3 WHERE path = ?1",
            params![path, size as i64, mtime_ns],
        )?;
        Ok(())
    }

    fn set_derived(&mut self, name: &str, data: &[u8]) -> Result<()> {
        self.conn().execute(
            "INSERT INTO derived(name, data) VALUES (?1, ?2) ON CONFLICT(name) DO UPDATE SET data = excluded.data",
            params![name, data],
        )?;
        Ok(())
    }

    fn set_derived_streamed(
        &mut self,
        name: &str,
        write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let io = |e: std::io::Error| Error::Io {
            path: self.store.dir.join(DB_FILE),
            source: e,
        };
        // First measured (SQLite sizes a blob before it is written), then stored.
        let mut measured = Counted {
            inner: std::io::sink(),
            bytes: 0,
        };
        write(&mut measured).map_err(io)?;
        let len = measured.bytes;
        let size = i64::try_from(len)
            .map_err(|_| Error::Corrupt(format!("derived {name}: {len} bytes")))?;
        self.conn().execute(
            "INSERT INTO derived(name, data) VALUES (?1, zeroblob(?2))
             ON CONFLICT(name) DO UPDATE SET data = excluded.data",
            params![name, size],
        )?;
        let rowid: i64 =
            self.conn()
                .query_row("SELECT rowid FROM derived WHERE name = ?1", [name], |r| {
                    r.get(0)
                })?;
        let blob = self
            .conn()
            .blob_open(rusqlite::MAIN_DB, "derived", "data", rowid, false)?;
        let mut counted = Counted {
            inner: std::io::BufWriter::with_capacity(1 << 20, blob),
            bytes: 0,
        };
        write(&mut counted)
            .and_then(|()| std::io::Write::flush(&mut counted))
            .map_err(io)?;
        if counted.bytes != len {
            return Err(Error::Corrupt(format!(
                "derived {name}: {} bytes written of {len}",
                counted.bytes
            )));
        }
        Ok(())
    }

    fn add_judgment(&mut self, judgment: &NewJudgment) -> Result<i64> {
        let evidence = judgment.evidence.as_ref();
        self.conn().execute(
            "INSERT INTO judgments(kind, target, value, note, document, span_start, span_end,
                                   quote, author, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
            params![
                judgment.kind.as_str(),
                judgment.target,
                judgment.value,
                judgment.note,
                evidence.map(|e| e.document.as_str()),
                evidence.map(|e| e.start as i64),
                evidence.map(|e| e.end as i64),
                evidence.map(|e| e.quote.as_str()),
                judgment.author,
            ],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    fn withdraw_judgment(&mut self, id: i64, by: &str) -> Result<()> {
        let changed = self.conn().execute(
            "UPDATE judgments SET withdrawn_by = ?2, withdrawn_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
             WHERE id = ?1 AND withdrawn_by IS NULL",
            params![id, by],
        )?;
        if changed == 0 {
            return Err(crate::no_judgment(id));
        }
        Ok(())
    }

    fn add_user(&mut self, name: &str, role: Role, password_hash: Option<&str>) -> Result<()> {
        let added = self.conn().execute(
            &format!(
                "INSERT INTO users(name, role, password_hash, created) VALUES (?1, ?2, ?3, {NOW})
                 ON CONFLICT(name) DO NOTHING"
            ),
            params![name, role.as_str(), password_hash],
        )?;
        if added == 0 {
            return Err(crate::user_exists(name));
        }
        Ok(())
    }

    fn remove_user(&mut self, name: &str) -> Result<()> {
        if self
            .conn()
            .execute("DELETE FROM users WHERE name = ?1", [name])?
            == 0
        {
            return Err(crate::no_user(name));
        }
        Ok(())
    }

    fn add_token(&mut self, user: &str, token_sha256: &str) -> Result<()> {
        let added = self.conn().execute(
            &format!(
                "INSERT INTO tokens(sha256, user, created)
                 SELECT ?1, name, {NOW} FROM users WHERE name = ?2"
            ),
            params![token_sha256, user],
        )?;
        if added == 0 {
            return Err(crate::no_user(user));
        }
        Ok(())
    }

    fn set_session_key_if_absent(&mut self, key: &[u8]) -> Result<()> {
        self.conn().execute(
            "INSERT INTO meta(key, value) VALUES ('session_key', ?1) ON CONFLICT(key) DO NOTHING",
            [crate::to_hex(key)],
        )?;
        Ok(())
    }

    fn add_audit(&mut self, entry: &NewAudit) -> Result<i64> {
        self.conn().execute(
            &format!(
                "INSERT INTO audit(at, actor, action, target, detail)
                 VALUES ({NOW}, ?1, ?2, ?3, ?4)"
            ),
            params![entry.actor, entry.action, entry.target, entry.detail],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    fn set_fingerprint(&mut self, key: i64, fingerprint: &[u8]) -> Result<()> {
        self.conn().execute(
            "UPDATE documents SET fingerprint = ?2 WHERE key = ?1",
            params![key, fingerprint],
        )?;
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        self.pack.sync()
    }

    fn reader(&self) -> &dyn Store {
        &self.store
    }

    fn commit(mut self: Box<Self>) -> Result<u64> {
        let generation = self.store.generation()? + 1;
        self.conn().execute(
            "UPDATE meta SET value = ?1 WHERE key = 'generation'",
            [generation.to_string()],
        )?;
        // The originals first: durable before the rows that point at them are.
        self.pack.sync()?;
        self.conn().execute(
            "UPDATE meta SET value = ?1 WHERE key = 'pack_length'",
            [self.pack.end().to_string()],
        )?;
        // What is unreachable as of this commit (this run's replaced originals
        // included): later commits only append past it or make more unreachable.
        let unreachable = self.store.unreachable()?;
        self.conn().execute_batch("COMMIT")?;
        self.pack.committed();
        self.open = false;
        self.give_back(unreachable);
        Ok(generation)
    }
}

impl SqliteWriter {
    /// End the transaction writing nothing, and give back what earlier runs
    /// listed (see [`SqliteWriter::give_back`]).
    fn give_back_only(mut self) -> Result<()> {
        let unreachable = self.store.unreachable()?;
        self.pack.roll_back();
        self.open = false;
        self.conn().execute_batch("ROLLBACK")?;
        self.give_back(unreachable);
        Ok(())
    }

    /// After the transaction ended: punch out what no original points at any more
    /// (`unreachable`, read in the transaction), if no reader can still see it.
    ///
    /// Punched are the gaps between live originals below the committed length,
    /// not the listed ranges one by one: a 4 KiB block shared by two replaced
    /// originals is freed too. A complete checkpoint shows that every commit so
    /// far is in the database and that no reader holds a snapshot from before
    /// this transaction's; later commits only append past the committed length or
    /// make more unreachable, so nothing punched can be read again. If the
    /// checkpoint cannot complete (a reader is active), the ranges stay listed in
    /// `pack_dead` and the next writer tries again.
    fn give_back(&mut self, unreachable: Option<Unreachable>) {
        // Fold the write-ahead log back into the database so a big run does not leave
        // a log as large as the store beside it. Best effort: a reader may hold it.
        // It does not wait for readers (that would hold the run up to the busy
        // timeout while a server answers queries).
        let _ = self.conn().busy_timeout(std::time::Duration::ZERO);
        let complete = self
            .conn()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            })
            .is_ok_and(|busy| busy == 0);
        let _ = self.conn().busy_timeout(std::time::Duration::from_secs(5));
        let Some((last, live)) = unreachable.filter(|_| complete) else {
            return;
        };
        let end = self.pack.committed_length();
        let mut cursor = 0;
        for (offset, length) in live {
            let stop = offset.min(end);
            if stop > cursor {
                self.pack.punch(cursor, stop - cursor);
            }
            cursor = cursor.max(offset + length);
        }
        if end > cursor {
            self.pack.punch(cursor, end - cursor);
        }
        // Forgotten only once punched (punching twice is harmless). Best effort:
        // if it fails, the next writer punches them again.
        let _ = self
            .conn()
            .execute("DELETE FROM pack_dead WHERE rowid <= ?1", [last]);
    }
}

impl Drop for SqliteWriter {
    fn drop(&mut self) {
        if self.open {
            // Not committed: leave the store exactly as it was. The pack first, while
            // the write lock still keeps the next writer from appending to it.
            self.pack.roll_back();
            let _ = self.store.conn.execute_batch("ROLLBACK");
        }
    }
}

/// A writer that counts what passes through it.
struct Counted<W> {
    inner: W,
    bytes: u64,
}

impl<W: std::io::Write> std::io::Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Where the kept text of `doc` sits in `original` as one contiguous run of bytes,
/// if it does (a plain text file, perhaps trimmed).
pub(crate) fn run_in_original(doc: &Document, original: &[u8]) -> Option<std::ops::Range<usize>> {
    let text = doc.text.as_bytes();
    let start = match doc.offsets.segments.as_slice() {
        [] => 0,
        [segment] if segment.text == 0 && segment.len as usize == text.len() => {
            segment.original as usize
        }
        _ => return None,
    };
    let run = start..start + text.len();
    (original.get(run.clone()) == Some(text)).then_some(run)
}

/// Lowercase hex SHA-256 of `bytes` (a document's id).
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for b in digest {
        hex.push_str(&format!("{b:02x}"));
    }
    hex
}

pub(crate) fn to_json<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Corrupt(format!("serialise: {e}")))
}

#[cfg(test)]
mod tests;
