//! dossier-store: the storage seam.
//!
//! **Invariant:** the only crate that knows SQL. The engine talks to [`Store`] and
//! [`StoreWriter`], opened from a [`Location`] by [`open`] and [`writer`]: the
//! embedded SQLite backend ([`embedded::SqliteStore`], a directory) is the default,
//! and the PostgreSQL backend ([`postgres::PgStore`], a `postgres://` URL) is team
//! mode. No backend type appears in these traits or in [`Error`]; [`conformance`]
//! holds the behaviours every backend must show, run against each of them.
//!
//! **Invariant:** one ingest run is one transaction. A [`StoreWriter`] sees its own
//! writes; nothing is visible to readers until [`StoreWriter::commit`], and dropping a
//! writer without committing leaves the store exactly as it was.

pub mod conformance;
pub mod embedded;
pub mod postgres;
#[doc(hidden)]
pub mod testing;

use dossier_model::{Document, Extraction};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The schema version this build reads and writes (embedded stores).
pub const SCHEMA_VERSION: u32 = 6;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: not a dossier store ({reason})")]
    NotAStore { path: PathBuf, reason: String },
    #[error("{path}: store schema version {found} is newer than this dossier understands ({supported}); upgrade dossier")]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{path}: store is locked by another dossier process writing to it")]
    Locked { path: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// An error of the backend's database (its own message; the type is not
    /// exposed).
    #[error("storage: {0}")]
    Storage(Box<dyn std::error::Error + Send + Sync>),
    #[error("storage: corrupt record: {0}")]
    Corrupt(String),
    /// A request the store cannot carry out as asked (the caller's to fix).
    #[error("{0}")]
    Invalid(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::Storage(Box::new(e))
    }
}

impl From<::postgres::Error> for Error {
    fn from(e: ::postgres::Error) -> Error {
        Error::Storage(Box::new(e))
    }
}

/// How to open a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Open an existing store for reading; fail if there is none.
    Read,
    /// Open for writing, creating the store if there is none yet.
    Write,
}

/// Where a store lives: a directory (the embedded backend) or a PostgreSQL database
/// (team mode), from `--store` / `DOSSIER_STORE`.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    Dir(PathBuf),
    /// A `postgres://` or `postgresql://` connection URL (libpq's syntax).
    Postgres(String),
}

impl Location {
    /// `postgres://...` and `postgresql://...` name a database; anything else a
    /// directory.
    pub fn parse(store: &Path) -> Location {
        match store.to_str() {
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Location::Postgres(url.to_string())
            }
            _ => Location::Dir(store.to_path_buf()),
        }
    }

    /// The directory, for the embedded backend.
    pub fn dir(&self) -> Option<&Path> {
        match self {
            Location::Dir(dir) => Some(dir),
            Location::Postgres(_) => None,
        }
    }

    /// How the store is named in messages: a URL without its password.
    pub fn display_name(&self) -> String {
        match self {
            Location::Dir(dir) => dir.display().to_string(),
            Location::Postgres(url) => postgres::redact(url),
        }
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display_name())
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display_name())
    }
}

/// Open the store at `location` (in [`Mode::Write`], creating it if need be).
pub fn open(location: &Location, mode: Mode) -> Result<Box<dyn Store>> {
    Ok(match location {
        Location::Dir(dir) => Box::new(embedded::SqliteStore::open(dir, mode)?),
        Location::Postgres(url) => Box::new(postgres::PgStore::open(url, mode)?),
    })
}

/// Open the store at `location` for writing (creating it if need be) and start the
/// one transaction of an ingest run. Another run writing to the same store is
/// waited for a while, then reported as [`Error::Locked`].
pub fn writer(location: &Location) -> Result<Box<dyn StoreWriter>> {
    match location {
        Location::Dir(dir) => embedded::SqliteStore::open(dir, Mode::Write)?.writer(),
        Location::Postgres(url) => postgres::PgStore::open(url, Mode::Write)?.writer(),
    }
}

/// One row of the document list: everything but the text.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct DocSummary {
    /// Internal row id, stable for the life of the document.
    pub key: i64,
    pub sha256: String,
    pub name: String,
    pub path: String,
    pub format: String,
    pub bytes: u64,
    pub meta: dossier_model::Metadata,
    /// Name of the document this one duplicates (exactly or nearly), if any.
    pub duplicate_of: Option<String>,
    pub similarity: Option<f64>,
}

/// What the store remembers about a path, to skip unchanged files without reading them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathState {
    pub sha256: String,
    pub size: u64,
    pub mtime_ns: i64,
}

/// A document as handed to the writer.
pub struct NewDocument<'a> {
    pub document: &'a Document,
    pub original: &'a [u8],
    pub extraction: &'a Extraction,
    /// Near-duplicate fingerprint, opaque to the store.
    pub fingerprint: &'a [u8],
    pub duplicate_of: Option<(String, f64)>,
    pub size: u64,
    pub mtime_ns: i64,
}

pub use dossier_model::JudgmentKind;

/// The evidence a judgment refers to: a span of a document's kept text, by the
/// document's content hash (not its key, which a re-ingest changes), with the
/// quote, so that it can be found again in a changed version of the document, and
/// reported when it has disappeared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// SHA-256 of the document's original.
    pub document: String,
    pub start: u64,
    pub end: u64,
    pub quote: String,
}

/// A judgment as an analyst makes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewJudgment {
    pub kind: JudgmentKind,
    /// What it is about: an event, entity, conflict or document, as the engine
    /// names it.
    pub target: String,
    pub value: Option<String>,
    pub note: Option<String>,
    pub evidence: Option<Evidence>,
    pub author: String,
}

/// A stored judgment: what was said, by whom and when (UTC, RFC 3339, the store's
/// clock), and whether it was withdrawn since.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgment {
    pub id: i64,
    #[serde(flatten)]
    pub judgment: NewJudgment,
    pub at: String,
    /// Who withdrew it, and when.
    pub withdrawn: Option<(String, String)>,
}

/// What an account may do (team mode's sign-in). Each role may do what the ones
/// before it may.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Reads everything.
    Reader,
    /// Also ingests (uploads) and judges.
    Editor,
    /// Also manages accounts and reads the audit log.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Reader, Role::Editor, Role::Admin];

    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Reader => "reader",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// An account as the store keeps it. The password is kept only as its hash (a
/// PHC string, made and checked by the engine); API tokens only as their SHA-256.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub name: String,
    pub role: Role,
    #[serde(skip_serializing)]
    pub password_hash: Option<String>,
    /// When it was made (UTC, RFC 3339, the store's clock).
    pub created: String,
    /// How many API tokens it has.
    pub tokens: u64,
}

/// One entry of the audit log as a writer records it: who did what, on what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAudit {
    /// The account (or, from the command line, the system user) that wrote.
    pub actor: String,
    /// What was done: `ingest`, `judge`, `withdraw_judgment`, `user_add`, ...
    pub action: String,
    /// On what: the files, the judgment's target, the account.
    pub target: String,
    pub detail: Option<String>,
}

/// A recorded audit entry, stamped with the store's clock (UTC, RFC 3339) in the
/// transaction of the write it records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    #[serde(flatten)]
    pub entry: NewAudit,
}

/// Read access. Implementations must be cheap to query concurrently from one thread
/// per request.
pub trait Store: Send {
    fn schema_version(&self) -> Result<u32>;
    /// Monotonic counter bumped by every commit; the search index records the
    /// generation it was built from and is rebuilt when they differ.
    fn generation(&self) -> Result<u64>;
    fn documents(&self) -> Result<Vec<DocSummary>>;
    /// Find by file name, path, sha256 (or a unique prefix of it of 8+ chars).
    fn find(&self, key: &str) -> Result<Option<DocSummary>>;
    fn document(&self, key: i64) -> Result<Option<Document>>;
    fn original(&self, key: i64) -> Result<Option<Vec<u8>>>;
    /// The kept text alone, without the offset map and passages.
    fn text(&self, key: i64) -> Result<Option<String>>;
    /// Where each page of the document begins in its kept text
    /// ([`Document::pages`]); empty when it has no pages (or none were recorded).
    fn pages(&self, key: i64) -> Result<Vec<u32>>;
    fn extraction(&self, key: i64) -> Result<Option<Extraction>>;
    /// Every stored blob of derived data under `name` (e.g. the reconciled graph).
    fn derived(&self, name: &str) -> Result<Option<Vec<u8>>>;
    fn path_state(&self, path: &str) -> Result<Option<PathState>>;
    /// (key, name, fingerprint) of every document, for near-duplicate search.
    fn fingerprints(&self) -> Result<Vec<(i64, String, Vec<u8>)>>;
    fn key_of_sha(&self, sha256: &str) -> Result<Option<i64>>;
    /// Every analyst's judgment, withdrawn ones included, oldest first. They are
    /// kept apart from the documents: re-ingesting (a changed version, or the same
    /// files again) leaves them as they are.
    fn judgments(&self) -> Result<Vec<Judgment>>;
    /// Every account, by name.
    fn users(&self) -> Result<Vec<User>>;
    fn user(&self, name: &str) -> Result<Option<User>>;
    /// The account an API token (given by its SHA-256, hex) belongs to.
    fn token_user(&self, token_sha256: &str) -> Result<Option<User>>;
    /// The key that signs session cookies, once an account has been made.
    fn session_key(&self) -> Result<Option<Vec<u8>>>;
    /// The audit log, oldest first.
    fn audit(&self) -> Result<Vec<AuditEntry>>;
}

/// A boxed store is a store (the engine holds its backend as `Box<dyn Store>`).
impl<S: Store + ?Sized> Store for Box<S> {
    fn schema_version(&self) -> Result<u32> {
        (**self).schema_version()
    }
    fn generation(&self) -> Result<u64> {
        (**self).generation()
    }
    fn documents(&self) -> Result<Vec<DocSummary>> {
        (**self).documents()
    }
    fn find(&self, key: &str) -> Result<Option<DocSummary>> {
        (**self).find(key)
    }
    fn document(&self, key: i64) -> Result<Option<Document>> {
        (**self).document(key)
    }
    fn original(&self, key: i64) -> Result<Option<Vec<u8>>> {
        (**self).original(key)
    }
    fn text(&self, key: i64) -> Result<Option<String>> {
        (**self).text(key)
    }
    fn pages(&self, key: i64) -> Result<Vec<u32>> {
        (**self).pages(key)
    }
    fn extraction(&self, key: i64) -> Result<Option<Extraction>> {
        (**self).extraction(key)
    }
    fn derived(&self, name: &str) -> Result<Option<Vec<u8>>> {
        (**self).derived(name)
    }
    fn path_state(&self, path: &str) -> Result<Option<PathState>> {
        (**self).path_state(path)
    }
    fn fingerprints(&self) -> Result<Vec<(i64, String, Vec<u8>)>> {
        (**self).fingerprints()
    }
    fn key_of_sha(&self, sha256: &str) -> Result<Option<i64>> {
        (**self).key_of_sha(sha256)
    }
    fn judgments(&self) -> Result<Vec<Judgment>> {
        (**self).judgments()
    }
    fn users(&self) -> Result<Vec<User>> {
        (**self).users()
    }
    fn user(&self, name: &str) -> Result<Option<User>> {
        (**self).user(name)
    }
    fn token_user(&self, token_sha256: &str) -> Result<Option<User>> {
        (**self).token_user(token_sha256)
    }
    fn session_key(&self) -> Result<Option<Vec<u8>>> {
        (**self).session_key()
    }
    fn audit(&self) -> Result<Vec<AuditEntry>> {
        (**self).audit()
    }
}

/// Outcome of [`StoreWriter::put`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Put {
    /// A new document under `key`; `replaced` holds the key of the older version of
    /// the same path that it supersedes.
    Added {
        key: i64,
        replaced: Option<i64>,
        /// The name it is stored under when that is not the document's own (another
        /// document, from another path, has that name: see `SqliteWriter::put`).
        renamed: Option<String>,
    },
    /// The same bytes are already stored (under another path too): recorded the path.
    Known { key: i64 },
}

/// The write side: one transaction for one run.
pub trait StoreWriter {
    fn put(&mut self, doc: NewDocument<'_>) -> Result<Put>;
    /// Record that `path` (unchanged on disk) still points at its document.
    fn touch_path(&mut self, path: &str, size: u64, mtime_ns: i64) -> Result<()>;
    fn set_derived(&mut self, name: &str, data: &[u8]) -> Result<()>;
    /// [`StoreWriter::set_derived`] for data too big to hold twice: `write` writes
    /// it, straight into the store. It may be called twice (the embedded backend
    /// measures the data, then stores it) and must write the same bytes both times.
    fn set_derived_streamed(
        &mut self,
        name: &str,
        write: &mut dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()>,
    ) -> Result<()>;
    /// Replace the near-duplicate fingerprint of the document under `key` (one made
    /// by an older version of the algorithm).
    fn set_fingerprint(&mut self, key: i64, fingerprint: &[u8]) -> Result<()>;
    /// Record an analyst's judgment; returns its id. Stamped with the store's
    /// clock at the write.
    fn add_judgment(&mut self, judgment: &NewJudgment) -> Result<i64>;
    /// Withdraw the judgment `id` (it stays, marked withdrawn by `by`); an error
    /// if there is no such judgment or it was withdrawn already.
    fn withdraw_judgment(&mut self, id: i64, by: &str) -> Result<()>;
    /// Make an account; an error if the name is taken.
    fn add_user(&mut self, name: &str, role: Role, password_hash: Option<&str>) -> Result<()>;
    /// Remove an account and its tokens; an error if there is none of that name.
    fn remove_user(&mut self, name: &str) -> Result<()>;
    /// Give `user` an API token (kept as its SHA-256, hex); an error if there is
    /// no such account.
    fn add_token(&mut self, user: &str, token_sha256: &str) -> Result<()>;
    /// Keep `key` as the session key unless there is one already.
    fn set_session_key_if_absent(&mut self, key: &[u8]) -> Result<()>;
    /// Record an entry of the audit log, in this transaction; returns its id.
    fn add_audit(&mut self, entry: &NewAudit) -> Result<i64>;
    /// Make what has been written so far durable ahead of [`StoreWriter::commit`],
    /// which then has less to do (the caller may overlap this with other work).
    /// Nothing becomes visible.
    fn flush(&mut self) -> Result<()>;
    /// Read through the open transaction.
    fn reader(&self) -> &dyn Store;
    /// Make everything visible atomically; returns the new generation.
    fn commit(self: Box<Self>) -> Result<u64>;
}

/// The name a new document from `path` goes by: its file name, unless another
/// document (from another path) has that name (`taken`); then as many of its
/// folders as tell them apart (`2011/report.txt`), so a citation names one
/// document. Every backend names documents this way.
pub(crate) fn unique_name(
    name: &str,
    path: &str,
    mut taken: impl FnMut(&str) -> Result<bool>,
) -> Result<String> {
    if !taken(name)? {
        return Ok(name.to_string());
    }
    let folders: Vec<&str> = path
        .rsplit('/')
        .skip(1)
        .filter(|part| !part.is_empty())
        .collect();
    let mut candidate = name.to_string();
    for folder in folders {
        candidate = format!("{folder}/{candidate}");
        if !taken(&candidate)? {
            return Ok(candidate);
        }
    }
    // The whole path is taken as a name too (a name with a slash in it).
    for n in 2.. {
        let numbered = format!("{candidate} ({n})");
        if !taken(&numbered)? {
            return Ok(numbered);
        }
    }
    unreachable!("an unused name is found")
}

/// A judgment as both backends store it, one column each.
pub(crate) struct JudgmentRow {
    pub id: i64,
    pub kind: String,
    pub target: String,
    pub value: Option<String>,
    pub note: Option<String>,
    pub document: Option<String>,
    pub start: Option<i64>,
    pub end: Option<i64>,
    pub quote: Option<String>,
    pub author: String,
    pub at: String,
    pub withdrawn_by: Option<String>,
    pub withdrawn_at: Option<String>,
}

impl JudgmentRow {
    pub(crate) fn judgment(self) -> Result<Judgment> {
        let kind = JudgmentKind::parse(&self.kind)
            .ok_or_else(|| Error::Corrupt(format!("judgment {}: kind {:?}", self.id, self.kind)))?;
        let evidence = match (self.document, self.start, self.end, self.quote) {
            (Some(document), Some(start), Some(end), Some(quote)) => Some(Evidence {
                document,
                start: start as u64,
                end: end as u64,
                quote,
            }),
            _ => None,
        };
        Ok(Judgment {
            id: self.id,
            judgment: NewJudgment {
                kind,
                target: self.target,
                value: self.value,
                note: self.note,
                evidence,
                author: self.author,
            },
            at: self.at,
            withdrawn: self.withdrawn_by.zip(self.withdrawn_at),
        })
    }
}

/// [`StoreWriter::withdraw_judgment`] of a judgment that is not there to withdraw.
pub(crate) fn no_judgment(id: i64) -> Error {
    Error::Invalid(format!(
        "no judgment {id} to withdraw (there is none of that number, or it was withdrawn already)"
    ))
}

/// [`StoreWriter::add_user`] of a name that is taken.
pub(crate) fn user_exists(name: &str) -> Error {
    Error::Invalid(format!("there is already an account named {name:?}"))
}

/// [`StoreWriter::remove_user`] or [`StoreWriter::add_token`] of no account.
pub(crate) fn no_user(name: &str) -> Error {
    Error::Invalid(format!("there is no account named {name:?}"))
}

/// An account as both backends store it.
pub(crate) fn user_of(
    name: String,
    role: String,
    password_hash: Option<String>,
    created: String,
    tokens: i64,
) -> Result<User> {
    let role = Role::parse(&role)
        .ok_or_else(|| Error::Corrupt(format!("account {name:?}: role {role:?}")))?;
    Ok(User {
        name,
        role,
        password_hash,
        created,
        tokens: tokens.max(0) as u64,
    })
}

/// Lower-case hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// The bytes of a hex string; `None` if it is not one.
pub fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}
