//! The PostgreSQL backend (team mode): one database, named by a `postgres://` URL.
//!
//! The same records as the embedded backend, in tables of the connection's current
//! schema: `documents`, `originals` (the original bytes as `bytea`, stored
//! uncompressed out of line so that a kept text that is a run of its original is
//! read as a substring without fetching the rest), `extractions`, `paths`,
//! `derived` and `dossier_meta` (app, schema version, generation).
//!
//! - **Versioned migrations** ([`MIGRATIONS`]): entry `i` upgrades version `i` to
//!   `i + 1`, in one transaction under an advisory lock, so two processes opening a
//!   new database at once do it once. A database of a newer schema is refused.
//! - **One transaction per ingest run**: a [`StoreWriter`] is one transaction; it
//!   sees its own writes and nothing is visible to others before the commit.
//! - **Two ingests are serialised**: a writer takes a transaction-scoped advisory
//!   lock before it writes, and waits for another holding it (on any machine) up to
//!   [`LOCK_WAIT`], then reports [`Error::Locked`].
//! - **Readers are never blocked**: they read in autocommit, and PostgreSQL's
//!   snapshots never make a reader wait for a writer.

use crate::embedded::{pages_blob, pages_from_blob, run_in_original, to_json, Body, BodyRef};
use crate::{
    AuditEntry, DocSummary, Error, Judgment, Mode, NewAudit, NewDocument, NewJudgment, PathState,
    Put, Result, Role, Store, StoreWriter, User,
};
use dossier_model::{Document, Extraction, Format};
use postgres::types::ToSql;
use postgres::{Client, NoTls, Row, Statement};
use std::cell::{RefCell, RefMut};
use std::path::PathBuf;
use std::time::Duration;

/// The schema version this build reads and writes in a PostgreSQL store.
pub const PG_SCHEMA_VERSION: u32 = 3;

const APP_ID: &str = "dossier";

/// Advisory lock keys ("dossier" and a number): the one writer, and migrations.
const WRITE_LOCK: i64 = 0x646f_7373_6965_7201;
const MIGRATE_LOCK: i64 = 0x646f_7373_6965_7202;

/// How long a writer waits for another ingest run to finish.
pub const LOCK_WAIT: Duration = Duration::from_secs(60);

/// Each entry upgrades the schema by one version, in one transaction.
///
/// Texts are kept as `bytea` (their UTF-8 bytes): PostgreSQL's `text` refuses NUL
/// characters, which a kept text may hold. Names are ordered `COLLATE "C"` (byte
/// order, as the embedded backend orders them) whatever the database's collation.
pub const MIGRATIONS: &[&str] = &[
    // 0 -> 1
    r#"
    CREATE TABLE documents(
        key          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        sha256       text NOT NULL UNIQUE,
        name         text COLLATE "C" NOT NULL,
        path         text COLLATE "C" NOT NULL,
        format       text NOT NULL,
        bytes        bigint NOT NULL,
        meta         text NOT NULL,
        text         bytea,
        text_start   bigint,
        text_end     bigint,
        body         text NOT NULL,
        fingerprint  bytea NOT NULL,
        duplicate_of text,
        similarity   double precision,
        pages        bytea
    );
    CREATE INDEX documents_name ON documents(name);
    CREATE TABLE originals(
        key   bigint PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
        bytes bytea NOT NULL
    );
    ALTER TABLE originals ALTER COLUMN bytes SET STORAGE EXTERNAL;
    CREATE TABLE extractions(
        key  bigint PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
        json text NOT NULL
    );
    CREATE TABLE paths(
        path     text COLLATE "C" PRIMARY KEY,
        key      bigint NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
        size     bigint NOT NULL,
        mtime_ns bigint NOT NULL
    );
    CREATE INDEX paths_key ON paths(key);
    CREATE TABLE derived(
        name text PRIMARY KEY,
        data bytea NOT NULL
    );
    "#,
    // 1 -> 2: analysts' judgments, apart from the documents (a re-ingest replaces
    // documents and leaves judgments), the evidence by content hash, span and quote.
    r#"
    CREATE TABLE judgments(
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind         text NOT NULL,
        target       text NOT NULL,
        value        text,
        note         text,
        document     text,
        span_start   bigint,
        span_end     bigint,
        quote        text,
        author       text NOT NULL,
        at           timestamptz NOT NULL DEFAULT now(),
        withdrawn_by text,
        withdrawn_at timestamptz
    );
    "#,
    // 2 -> 3: team mode's accounts (the password as its Argon2 hash), their API
    // tokens (as their SHA-256) and the audit log. The session key is in
    // `dossier_meta`.
    r#"
    CREATE TABLE users(
        name          text COLLATE "C" PRIMARY KEY,
        role          text NOT NULL,
        password_hash text,
        created       timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE tokens(
        sha256  text PRIMARY KEY,
        "user"  text COLLATE "C" NOT NULL REFERENCES users(name) ON DELETE CASCADE,
        created timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX tokens_user ON tokens("user");
    CREATE TABLE audit(
        id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at     timestamptz NOT NULL DEFAULT now(),
        actor  text NOT NULL,
        action text NOT NULL,
        target text NOT NULL,
        detail text
    );
    "#,
];

/// `to_char` format of the store's timestamps: "2026-12-03T01:45:00Z".
const UTC: &str = r#"'YYYY-MM-DD"T"HH24:MI:SS"Z"'"#;

/// `url` without its password (in the authority or as a `password=` parameter),
/// for messages.
pub fn redact(url: &str) -> String {
    let mut out = url.to_string();
    if let Some(scheme_end) = out.find("://") {
        let rest = scheme_end + 3;
        let authority_end = out[rest..].find(['/', '?']).map_or(out.len(), |i| rest + i);
        if let Some(at) = out[rest..authority_end].rfind('@') {
            let userinfo = &out[rest..rest + at];
            if let Some(colon) = userinfo.find(':') {
                out.replace_range(rest + colon + 1..rest + at, "***");
            }
        }
    }
    if let Some(query) = out.find('?') {
        let (head, params) = out.split_at(query + 1);
        let params: Vec<String> = params
            .split('&')
            .map(|p| {
                if p.to_ascii_lowercase().starts_with("password=") {
                    "password=***".to_string()
                } else {
                    p.to_string()
                }
            })
            .collect();
        out = format!("{head}{}", params.join("&"));
    }
    out
}

pub struct PgStore {
    client: RefCell<Client>,
    /// Statements prepared on this connection, by their text: one round trip per
    /// query instead of two.
    prepared: RefCell<std::collections::HashMap<&'static str, Statement>>,
    /// The URL without its password, for messages.
    name: String,
}

impl PgStore {
    /// Connect to the database at `url`; in [`Mode::Write`], create the store's
    /// tables if the database has none yet (or bring them to this build's schema).
    pub fn open(url: &str, mode: Mode) -> Result<PgStore> {
        let name = redact(url);
        let client = Client::connect(url, NoTls).map_err(|e| Error::NotAStore {
            path: PathBuf::from(&name),
            reason: format!("cannot connect to the database: {e}"),
        })?;
        let store = PgStore {
            client: RefCell::new(client),
            prepared: Default::default(),
            name,
        };
        store.check_and_migrate(mode)?;
        Ok(store)
    }

    fn c(&self) -> RefMut<'_, Client> {
        self.client.borrow_mut()
    }

    /// `sql` prepared once on this connection.
    fn statement(&self, sql: &'static str) -> Result<Statement> {
        if let Some(statement) = self.prepared.borrow().get(sql) {
            return Ok(statement.clone());
        }
        let statement = self.c().prepare(sql)?;
        self.prepared.borrow_mut().insert(sql, statement.clone());
        Ok(statement)
    }

    fn query_opt(&self, sql: &'static str, params: &[&(dyn ToSql + Sync)]) -> Result<Option<Row>> {
        let statement = self.statement(sql)?;
        Ok(self.c().query_opt(&statement, params)?)
    }

    fn query_one(&self, sql: &'static str, params: &[&(dyn ToSql + Sync)]) -> Result<Row> {
        let statement = self.statement(sql)?;
        Ok(self.c().query_one(&statement, params)?)
    }

    fn query(&self, sql: &'static str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        let statement = self.statement(sql)?;
        Ok(self.c().query(&statement, params)?)
    }

    fn execute(&self, sql: &'static str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        let statement = self.statement(sql)?;
        Ok(self.c().execute(&statement, params)?)
    }

    fn not_a_store(&self, reason: impl Into<String>) -> Error {
        Error::NotAStore {
            path: PathBuf::from(&self.name),
            reason: reason.into(),
        }
    }

    fn meta_get(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .query_opt("SELECT value FROM dossier_meta WHERE key = $1", &[&key])?
            .map(|row| row.get(0)))
    }

    fn version(&self) -> Result<u32> {
        match self.meta_get("schema_version")? {
            Some(v) => v
                .parse()
                .map_err(|_| Error::Corrupt(format!("schema_version {v:?}"))),
            None => Ok(0),
        }
    }

    fn check_and_migrate(&self, mode: Mode) -> Result<()> {
        let row = self.query_one(
            "SELECT to_regclass('dossier_meta') IS NOT NULL,
                    (SELECT count(*) FROM information_schema.tables
                     WHERE table_schema = current_schema())",
            &[],
        )?;
        let (has_meta, tables): (bool, i64) = (row.get(0), row.get(1));
        if has_meta {
            if self.meta_get("app")?.as_deref() != Some(APP_ID) {
                return Err(self.not_a_store("its dossier_meta table is another application's"));
            }
            let version = self.version()?;
            if version > PG_SCHEMA_VERSION {
                return Err(Error::NewerSchema {
                    path: PathBuf::from(&self.name),
                    found: version,
                    supported: PG_SCHEMA_VERSION,
                });
            }
            if version == PG_SCHEMA_VERSION {
                return Ok(());
            }
            if mode == Mode::Read {
                return Err(self.not_a_store(format!(
                    "schema version {version} needs migrating to {PG_SCHEMA_VERSION}; open it for writing once"
                )));
            }
        } else {
            if mode == Mode::Read {
                return Err(self.not_a_store("no store here yet; run `dossier ingest PATH` first"));
            }
            if tables > 0 {
                return Err(self.not_a_store(
                    "the database's schema holds other tables and no dossier store; refusing to write into it \
                     (use an empty database, or another schema through the URL's `options=-csearch_path=NAME`)",
                ));
            }
        }
        let mut client = self.c();
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATE_LOCK])?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS dossier_meta(key text PRIMARY KEY, value text NOT NULL);
             INSERT INTO dossier_meta(key, value) VALUES ('app', 'dossier'), ('generation', '0')
             ON CONFLICT (key) DO NOTHING;",
        )?;
        // Read again under the lock: another process may have migrated meanwhile.
        let version: u32 = tx
            .query_opt(
                "SELECT value FROM dossier_meta WHERE key = 'schema_version'",
                &[],
            )?
            .map(|row| row.get::<_, String>(0))
            .map(|v| v.parse().unwrap_or(0))
            .unwrap_or(0);
        for migration in MIGRATIONS
            .get(version as usize..PG_SCHEMA_VERSION as usize)
            .unwrap_or(&[])
        {
            tx.batch_execute(migration)?;
        }
        tx.execute(
            "INSERT INTO dossier_meta(key, value) VALUES ('schema_version', $1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&PG_SCHEMA_VERSION.to_string()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Start the one transaction of an ingest run, waiting up to [`LOCK_WAIT`] for
    /// another run.
    pub fn writer(self) -> Result<Box<dyn StoreWriter>> {
        self.writer_waiting(LOCK_WAIT)
    }

    /// [`PgStore::writer`], waiting up to `wait` for another run.
    pub fn writer_waiting(self, wait: Duration) -> Result<Box<dyn StoreWriter>> {
        self.c().batch_execute("BEGIN")?;
        let writer = PgWriter {
            store: self,
            open: true,
        };
        let locked = writer.store.c().batch_execute(&format!(
            "SET LOCAL lock_timeout = {}; SELECT pg_advisory_xact_lock({WRITE_LOCK});",
            wait.as_millis().max(1)
        ));
        match locked {
            Ok(()) => {}
            Err(e) if e.code() == Some(&postgres::error::SqlState::LOCK_NOT_AVAILABLE) => {
                return Err(Error::Locked {
                    path: PathBuf::from(&writer.store.name),
                })
            }
            Err(e) => return Err(e.into()),
        }
        writer
            .store
            .c()
            .batch_execute("SET LOCAL lock_timeout = 0")?;
        Ok(Box::new(writer))
    }

    fn summaries(&self, sql_where: &str, arg: Option<&str>) -> Result<Vec<DocSummary>> {
        let sql = format!(
            "SELECT key, sha256, name, path, format, bytes, meta, duplicate_of, similarity
             FROM documents {sql_where} ORDER BY name, key"
        );
        let rows = match arg {
            Some(arg) => self.c().query(&sql, &[&arg])?,
            None => self.c().query(&sql, &[])?,
        };
        rows.iter().map(summary_of).collect()
    }

    fn text_now(&self, key: i64) -> Result<Option<String>> {
        let row = self.query_opt(
            "SELECT CASE WHEN d.text_start IS NULL THEN d.text
                         ELSE substring(o.bytes FROM (d.text_start + 1)::int
                                        FOR (d.text_end - d.text_start)::int) END
             FROM documents d LEFT JOIN originals o ON o.key = d.key WHERE d.key = $1",
            &[&key],
        )?;
        row.map(|row| {
            let bytes: Option<Vec<u8>> = row.get(0);
            String::from_utf8(bytes.unwrap_or_default())
                .map_err(|e| Error::Corrupt(format!("document {key}: kept text: {e}")))
        })
        .transpose()
    }
}

fn summary_of(row: &Row) -> Result<DocSummary> {
    let meta: String = row.get(6);
    Ok(DocSummary {
        key: row.get(0),
        sha256: row.get(1),
        name: row.get(2),
        path: row.get(3),
        format: row.get(4),
        bytes: row.get::<_, i64>(5) as u64,
        meta: serde_json::from_str(&meta).map_err(|e| Error::Corrupt(format!("meta: {e}")))?,
        duplicate_of: row.get(7),
        similarity: row.get(8),
    })
}

impl Store for PgStore {
    fn schema_version(&self) -> Result<u32> {
        self.version()
    }

    fn generation(&self) -> Result<u64> {
        Ok(self
            .meta_get("generation")?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0))
    }

    fn documents(&self) -> Result<Vec<DocSummary>> {
        self.summaries("", None)
    }

    fn find(&self, key: &str) -> Result<Option<DocSummary>> {
        for clause in ["WHERE name = $1", "WHERE path = $1", "WHERE sha256 = $1"] {
            if let Some(found) = self.summaries(clause, Some(key))?.into_iter().next() {
                return Ok(Some(found));
            }
        }
        if key.len() >= 8 && key.chars().all(|c| c.is_ascii_hexdigit()) {
            let found = self.summaries(
                "WHERE starts_with(sha256, $1)",
                Some(&key.to_ascii_lowercase()),
            )?;
            if found.len() == 1 {
                return Ok(found.into_iter().next());
            }
        }
        // A unique prefix of a file name ("001" for "001_3ab4...txt").
        let found = self.summaries("WHERE starts_with(name, $1)", Some(key))?;
        Ok(if found.len() == 1 {
            found.into_iter().next()
        } else {
            None
        })
    }

    fn document(&self, key: i64) -> Result<Option<Document>> {
        let row = self.query_opt(
            "SELECT sha256, name, path, format, bytes, meta, body, pages FROM documents WHERE key = $1",
            &[&key],
        )?;
        let Some(row) = row else {
            return Ok(None);
        };
        let format: String = row.get(3);
        let meta: String = row.get(5);
        let body: String = row.get(6);
        let body: Body =
            serde_json::from_str(&body).map_err(|e| Error::Corrupt(format!("body: {e}")))?;
        let text = self.text(key)?.unwrap_or_default();
        Ok(Some(Document {
            id: dossier_model::DocId(row.get(0)),
            name: row.get(1),
            path: row.get(2),
            format: Format::parse(&format)
                .ok_or_else(|| Error::Corrupt(format!("format {format:?}")))?,
            bytes: row.get::<_, i64>(4) as u64,
            text,
            offsets: body.offsets,
            meta: serde_json::from_str(&meta).map_err(|e| Error::Corrupt(format!("meta: {e}")))?,
            passages: body.passages,
            dropped: body.dropped,
            warnings: body.warnings,
            pages: pages_from_blob(row.get(7)),
        }))
    }

    /// The original bytes, checked against the document's SHA-256 (its id).
    fn original(&self, key: i64) -> Result<Option<Vec<u8>>> {
        let row = self.query_opt(
            "SELECT o.bytes, d.sha256, d.name FROM originals o JOIN documents d ON d.key = o.key
             WHERE o.key = $1",
            &[&key],
        )?;
        let Some(row) = row else {
            return Ok(None);
        };
        let (bytes, sha, name): (Vec<u8>, String, String) = (row.get(0), row.get(1), row.get(2));
        if crate::embedded::sha256_hex(&bytes) != sha {
            return Err(Error::Corrupt(format!(
                "{name}: its original's bytes do not match their SHA-256 {sha}: the stored original is damaged"
            )));
        }
        Ok(Some(bytes))
    }

    fn text(&self, key: i64) -> Result<Option<String>> {
        self.text_now(key)
    }

    fn pages(&self, key: i64) -> Result<Vec<u32>> {
        let row = self.query_opt("SELECT pages FROM documents WHERE key = $1", &[&key])?;
        Ok(pages_from_blob(row.and_then(|row| row.get(0))))
    }

    fn extraction(&self, key: i64) -> Result<Option<Extraction>> {
        let row = self.query_opt("SELECT json FROM extractions WHERE key = $1", &[&key])?;
        row.map(|row| {
            serde_json::from_str(row.get::<_, &str>(0))
                .map_err(|e| Error::Corrupt(format!("extraction: {e}")))
        })
        .transpose()
    }

    fn derived(&self, name: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .query_opt("SELECT data FROM derived WHERE name = $1", &[&name])?
            .map(|row| row.get(0)))
    }

    fn path_state(&self, path: &str) -> Result<Option<PathState>> {
        Ok(self
            .query_opt(
                "SELECT d.sha256, p.size, p.mtime_ns FROM paths p JOIN documents d ON d.key = p.key
                 WHERE p.path = $1",
                &[&path],
            )?
            .map(|row| PathState {
                sha256: row.get(0),
                size: row.get::<_, i64>(1) as u64,
                mtime_ns: row.get(2),
            }))
    }

    fn fingerprints(&self) -> Result<Vec<(i64, String, Vec<u8>)>> {
        Ok(self
            .query(
                "SELECT key, name, fingerprint FROM documents ORDER BY key",
                &[],
            )?
            .iter()
            .map(|row| (row.get(0), row.get(1), row.get(2)))
            .collect())
    }

    fn key_of_sha(&self, sha256: &str) -> Result<Option<i64>> {
        Ok(self
            .query_opt("SELECT key FROM documents WHERE sha256 = $1", &[&sha256])?
            .map(|row| row.get(0)))
    }

    fn judgments(&self) -> Result<Vec<Judgment>> {
        let rows = self.c().query(
            &format!(
                "SELECT id, kind, target, value, note, document, span_start, span_end, quote,
                        author, to_char(at AT TIME ZONE 'UTC', {UTC}),
                        withdrawn_by, to_char(withdrawn_at AT TIME ZONE 'UTC', {UTC})
                 FROM judgments ORDER BY id"
            ),
            &[],
        )?;
        rows.iter()
            .map(|r| {
                crate::JudgmentRow {
                    id: r.get(0),
                    kind: r.get(1),
                    target: r.get(2),
                    value: r.get(3),
                    note: r.get(4),
                    document: r.get(5),
                    start: r.get(6),
                    end: r.get(7),
                    quote: r.get(8),
                    author: r.get(9),
                    at: r.get(10),
                    withdrawn_by: r.get(11),
                    withdrawn_at: r.get(12),
                }
                .judgment()
            })
            .collect()
    }

    fn users(&self) -> Result<Vec<User>> {
        self.users_where("", None)
    }

    fn user(&self, name: &str) -> Result<Option<User>> {
        Ok(self.users_where("WHERE u.name = $1", Some(name))?.pop())
    }

    fn token_user(&self, token_sha256: &str) -> Result<Option<User>> {
        Ok(self
            .users_where(
                "WHERE u.name = (SELECT \"user\" FROM tokens WHERE sha256 = $1)",
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
        let rows = self.c().query(
            &format!(
                "SELECT id, to_char(at AT TIME ZONE 'UTC', {UTC}), actor, action, target, detail
                 FROM audit ORDER BY id"
            ),
            &[],
        )?;
        Ok(rows
            .iter()
            .map(|r| AuditEntry {
                id: r.get(0),
                at: r.get(1),
                entry: NewAudit {
                    actor: r.get(2),
                    action: r.get(3),
                    target: r.get(4),
                    detail: r.get(5),
                },
            })
            .collect())
    }
}

impl PgStore {
    fn users_where(&self, sql: &str, arg: Option<&str>) -> Result<Vec<User>> {
        let sql = format!(
            "SELECT u.name, u.role, u.password_hash, to_char(u.created AT TIME ZONE 'UTC', {UTC}),
                    (SELECT count(*) FROM tokens t WHERE t.\"user\" = u.name)
             FROM users u {sql} ORDER BY u.name"
        );
        let rows = match arg {
            Some(arg) => self.c().query(&sql, &[&arg])?,
            None => self.c().query(&sql, &[])?,
        };
        rows.iter()
            .map(|r| crate::user_of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
            .collect()
    }
}

/// The one transaction of an ingest run (see [`PgStore::writer`]).
struct PgWriter {
    store: PgStore,
    open: bool,
}

impl PgWriter {
    fn set_path(&self, path: &str, key: i64, size: u64, mtime_ns: i64) -> Result<Option<i64>> {
        let previous: Option<i64> = self
            .store
            .query_opt("SELECT key FROM paths WHERE path = $1", &[&path])?
            .map(|row| row.get(0));
        self.store.execute(
            "INSERT INTO paths(path, key, size, mtime_ns) VALUES ($1, $2, $3, $4)
             ON CONFLICT (path) DO UPDATE SET key = excluded.key, size = excluded.size,
                                              mtime_ns = excluded.mtime_ns",
            &[&path, &key, &(size as i64), &mtime_ns],
        )?;
        // An older version that no path points at any more is replaced: drop it
        // (its original, extraction and paths go with it).
        if let Some(old) = previous.filter(|&old| old != key) {
            let still_used: i64 = self
                .store
                .query_one("SELECT count(*) FROM paths WHERE key = $1", &[&old])?
                .get(0);
            if still_used == 0 {
                self.store
                    .execute("DELETE FROM documents WHERE key = $1", &[&old])?;
                return Ok(Some(old));
            }
        }
        Ok(None)
    }
}

impl StoreWriter for PgWriter {
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
        let body = to_json(&BodyRef {
            offsets: &doc.offsets,
            passages: &doc.passages,
            dropped: &doc.dropped,
            warnings: &doc.warnings,
        })?;
        let (dup_name, similarity) = match &new.duplicate_of {
            Some((name, sim)) => (Some(name.as_str()), Some(*sim)),
            None => (None, None),
        };
        let name = crate::unique_name(&doc.name, &doc.path, |candidate| {
            Ok(self
                .store
                .query_opt(
                    "SELECT 1 FROM documents WHERE name = $1 AND path != $2 LIMIT 1",
                    &[&candidate, &doc.path],
                )?
                .is_some())
        })?;
        let in_original = run_in_original(doc, new.original);
        let text: Option<&[u8]> = match in_original {
            Some(_) => None,
            None => Some(doc.text.as_bytes()),
        };
        let key: i64 = self
            .store
            .query_one(
                "INSERT INTO documents(sha256, name, path, format, bytes, meta, text, text_start,
                                       text_end, body, fingerprint, duplicate_of, similarity,
                                       pages)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                 RETURNING key",
                &[
                    &doc.id.0,
                    &name,
                    &doc.path,
                    &doc.format.as_str(),
                    &(doc.bytes as i64),
                    &to_json(&doc.meta)?,
                    &text,
                    &in_original.as_ref().map(|run| run.start as i64),
                    &in_original.as_ref().map(|run| run.end as i64),
                    &body,
                    &new.fingerprint,
                    &dup_name,
                    &similarity,
                    &pages_blob(&doc.pages),
                ],
            )?
            .get(0);
        self.store.execute(
            "INSERT INTO originals(key, bytes) VALUES ($1, $2)",
            &[&key, &new.original],
        )?;
        self.store.execute(
            "INSERT INTO extractions(key, json) VALUES ($1, $2)",
            &[&key, &to_json(new.extraction)?],
        )?;
        let replaced = self.set_path(&doc.path, key, new.size, new.mtime_ns)?;
        let renamed = (name != doc.name).then_some(name);
        Ok(Put::Added {
            key,
            replaced,
            renamed,
        })
    }

    fn touch_path(&mut self, path: &str, size: u64, mtime_ns: i64) -> Result<()> {
        self.store.execute(
            "UPDATE paths SET size = $2, mtime_ns = $3 WHERE path = $1",
            &[&path, &(size as i64), &mtime_ns],
        )?;
        Ok(())
    }

    fn set_derived(&mut self, name: &str, data: &[u8]) -> Result<()> {
        self.store.execute(
            "INSERT INTO derived(name, data) VALUES ($1, $2)
             ON CONFLICT (name) DO UPDATE SET data = excluded.data",
            &[&name, &data],
        )?;
        Ok(())
    }

    /// Written once, into memory, then stored (a parameter is sent whole).
    fn set_derived_streamed(
        &mut self,
        name: &str,
        write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let mut data = Vec::new();
        write(&mut data).map_err(|source| Error::Io {
            path: PathBuf::from(&self.store.name),
            source,
        })?;
        self.set_derived(name, &data)
    }

    fn add_judgment(&mut self, judgment: &NewJudgment) -> Result<i64> {
        let evidence = judgment.evidence.as_ref();
        Ok(self
            .store
            .query_one(
                "INSERT INTO judgments(kind, target, value, note, document, span_start, span_end,
                                       quote, author)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                &[
                    &judgment.kind.as_str(),
                    &judgment.target,
                    &judgment.value,
                    &judgment.note,
                    &evidence.map(|e| e.document.as_str()),
                    &evidence.map(|e| e.start as i64),
                    &evidence.map(|e| e.end as i64),
                    &evidence.map(|e| e.quote.as_str()),
                    &judgment.author,
                ],
            )?
            .get(0))
    }

    fn withdraw_judgment(&mut self, id: i64, by: &str) -> Result<()> {
        let changed = self.store.execute(
            "UPDATE judgments SET withdrawn_by = $2, withdrawn_at = now()
             WHERE id = $1 AND withdrawn_by IS NULL",
            &[&id, &by],
        )?;
        if changed == 0 {
            return Err(crate::no_judgment(id));
        }
        Ok(())
    }

    fn add_user(&mut self, name: &str, role: Role, password_hash: Option<&str>) -> Result<()> {
        let added = self.store.execute(
            "INSERT INTO users(name, role, password_hash) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO NOTHING",
            &[&name, &role.as_str(), &password_hash],
        )?;
        if added == 0 {
            return Err(crate::user_exists(name));
        }
        Ok(())
    }

    fn remove_user(&mut self, name: &str) -> Result<()> {
        if self
            .store
            .execute("DELETE FROM users WHERE name = $1", &[&name])?
            == 0
        {
            return Err(crate::no_user(name));
        }
        Ok(())
    }

    fn add_token(&mut self, user: &str, token_sha256: &str) -> Result<()> {
        let added = self.store.execute(
            "INSERT INTO tokens(sha256, \"user\") SELECT $1, name FROM users WHERE name = $2",
            &[&token_sha256, &user],
        )?;
        if added == 0 {
            return Err(crate::no_user(user));
        }
        Ok(())
    }

    fn set_session_key_if_absent(&mut self, key: &[u8]) -> Result<()> {
        self.store.execute(
            "INSERT INTO dossier_meta(key, value) VALUES ('session_key', $1)
             ON CONFLICT (key) DO NOTHING",
            &[&crate::to_hex(key)],
        )?;
        Ok(())
    }

    fn add_audit(&mut self, entry: &NewAudit) -> Result<i64> {
        Ok(self
            .store
            .query_one(
                "INSERT INTO audit(actor, action, target, detail) VALUES ($1, $2, $3, $4)
                 RETURNING id",
                &[&entry.actor, &entry.action, &entry.target, &entry.detail],
            )?
            .get(0))
    }

    fn set_fingerprint(&mut self, key: i64, fingerprint: &[u8]) -> Result<()> {
        self.store.execute(
            "UPDATE documents SET fingerprint = $2 WHERE key = $1",
            &[&key, &fingerprint],
        )?;
        Ok(())
    }

    /// Nothing to do ahead: the server makes the transaction durable at commit.
    fn flush(&mut self) -> Result<()> {
        Ok(())
    }

    fn reader(&self) -> &dyn Store {
        &self.store
    }

    fn commit(mut self: Box<Self>) -> Result<u64> {
        let generation: String = self
            .store
            .query_one(
                "UPDATE dossier_meta SET value = (value::bigint + 1)::text
                 WHERE key = 'generation' RETURNING value",
                &[],
            )?
            .get(0);
        self.open = false;
        self.store.c().batch_execute("COMMIT")?;
        generation
            .parse()
            .map_err(|_| Error::Corrupt(format!("generation {generation:?}")))
    }
}

impl Drop for PgWriter {
    fn drop(&mut self) {
        if self.open {
            // Not committed: nothing of it is kept (a closed connection rolls back
            // too).
            let _ = self.store.c().batch_execute("ROLLBACK");
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn passwords_are_left_out_of_names() {
        assert_eq!(
            super::redact("postgres://ana:s3cret@db.example/team?sslmode=disable"),
            "postgres://ana:***@db.example/team?sslmode=disable"
        );
        assert_eq!(
            super::redact("postgresql:///team?host=/run/pg&password=x&user=ana"),
            "postgresql:///team?host=/run/pg&password=***&user=ana"
        );
        assert_eq!(
            super::redact("postgres://ana@localhost/team"),
            "postgres://ana@localhost/team"
        );
    }
}
