//! Conformance tests for the embedded backend. The same checks are meant to run on
//! every backend: they only use the `Store` and `StoreWriter` traits after opening.

use super::*;
use crate::conformance::doc;
use dossier_model::{DocId, Document, Extraction, Format};

/// A writer on the store in `dir` (created if need be).
fn open_writer(dir: &Path) -> Box<dyn StoreWriter> {
    SqliteStore::open(dir, Mode::Write)
        .unwrap()
        .writer()
        .unwrap()
}

fn put(writer: &mut Box<dyn StoreWriter>, document: &Document) -> Put {
    put_with_original(writer, document, document.text.as_bytes())
}

/// The key of `document`, newly added with `original` as its source bytes.
fn added(writer: &mut Box<dyn StoreWriter>, document: &Document, original: &[u8]) -> i64 {
    match put_with_original(writer, document, original) {
        Put::Added { key, .. } => key,
        other => panic!("not added: {other:?}"),
    }
}

fn put_with_original(
    writer: &mut Box<dyn StoreWriter>,
    document: &Document,
    original: &[u8],
) -> Put {
    writer
        .put(NewDocument {
            document,
            original,
            extraction: &Extraction::default(),
            fingerprint: b"fp",
            duplicate_of: None,
            size: document.bytes,
            mtime_ns: 1,
        })
        .unwrap()
}

#[test]
fn creates_writes_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Write).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let page_size: u32 = store
        .conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    assert_eq!(page_size, PAGE_SIZE);
    let mut writer = store.writer().unwrap();
    let a = doc("a.txt", "First report text.");
    assert!(matches!(
        put(&mut writer, &a),
        Put::Added { replaced: None, .. }
    ));
    // Same bytes again: known, no second row.
    assert!(matches!(put(&mut writer, &a), Put::Known { .. }));
    assert_eq!(writer.reader().documents().unwrap().len(), 1);
    assert_eq!(writer.commit().unwrap(), 1);

    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    let docs = store.documents().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].name, "a.txt");
    let back = store.document(docs[0].key).unwrap().unwrap();
    assert_eq!(back, a);
    assert_eq!(store.find("a.txt").unwrap().unwrap().key, docs[0].key);
    assert_eq!(store.find("a").unwrap().unwrap().key, docs[0].key);
    assert!(store.find("zzz").unwrap().is_none());
    assert_eq!(
        store.path_state("/corpus/a.txt").unwrap().unwrap().sha256,
        a.id.0
    );
}

#[test]
fn uncommitted_writer_leaves_store_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    put(&mut writer, &doc("a.txt", "kept"));
    writer.commit().unwrap();
    let mut writer = open_writer(dir.path());
    put(&mut writer, &doc("b.txt", "never committed"));
    drop(writer);
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.documents().unwrap().len(), 1);
    assert_eq!(store.generation().unwrap(), 1);
}

#[test]
fn changed_file_replaces_its_older_version() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    let old = doc("a.txt", "version one");
    put(&mut writer, &old);
    let new = doc("a.txt", "version two, longer");
    let Put::Added { replaced, .. } = put(&mut writer, &new) else {
        panic!("expected Added")
    };
    assert!(replaced.is_some());
    let docs = writer.reader().documents().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].sha256, new.id.0);
    writer.commit().unwrap();
}

#[test]
fn refuses_foreign_and_newer_stores() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let err = SqliteStore::open(dir.path(), Mode::Write).err().unwrap();
    assert!(err.to_string().contains("not a dossier store"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(DB_FILE),
        b"this is not sqlite at all, just bytes",
    )
    .unwrap();
    let err = SqliteStore::open(dir.path(), Mode::Read).err().unwrap();
    assert!(err.to_string().contains("not a dossier store"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    SqliteStore::open(dir.path(), Mode::Write).unwrap();
    let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
    conn.execute(
        "UPDATE meta SET value = '999' WHERE key = 'schema_version'",
        [],
    )
    .unwrap();
    drop(conn);
    let err = SqliteStore::open(dir.path(), Mode::Read).err().unwrap();
    assert!(
        matches!(err, Error::NewerSchema { found: 999, .. }),
        "{err}"
    );

    let missing = dir.path().join("nope");
    let err = SqliteStore::open(&missing, Mode::Read).err().unwrap();
    assert!(err.to_string().contains("no store here yet"), "{err}");
}

#[test]
fn derived_blobs_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    writer.set_derived("graph", b"{}").unwrap();
    writer.set_derived("graph", b"{\"v\":2}").unwrap();
    writer.commit().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.derived("graph").unwrap().unwrap(), b"{\"v\":2}");
    assert!(store.derived("other").unwrap().is_none());
}

#[test]
fn derived_data_streams_in_and_must_be_written_the_same_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let mut write_in_pieces = |out: &mut dyn std::io::Write| {
        for piece in data.chunks(7_777) {
            out.write_all(piece)?;
        }
        Ok(())
    };
    writer.set_derived("graph", b"old").unwrap();
    writer
        .set_derived_streamed("graph", &mut write_in_pieces)
        .unwrap();
    // Less, or more, the second time (when it is stored) than the first (when it
    // was measured) is refused.
    let changing = |first: &'static [u8], then: &'static [u8]| {
        let mut calls = 0;
        move |out: &mut dyn std::io::Write| {
            calls += 1;
            out.write_all(if calls == 1 { first } else { then })
        }
    };
    let short = writer.set_derived_streamed("short", &mut changing(b"0123456789", b"abc"));
    assert!(short
        .unwrap_err()
        .to_string()
        .contains("3 bytes written of 10"));
    let long = writer.set_derived_streamed("long", &mut changing(b"ab", b"abc"));
    assert!(long.is_err());
    writer.commit().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.derived("graph").unwrap().unwrap(), data);
}

#[test]
fn kept_text_found_in_the_original_is_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Write).unwrap();
    let mut writer = store.writer().unwrap();
    let same = doc("same.txt", "A clean text file, kept as it is.");
    let Put::Added { key: same_key, .. } = put(&mut writer, &same) else {
        panic!("not added")
    };
    // Kept text is the original minus a line of chrome: one run of it.
    let mut trimmed = doc("trimmed.txt", "The body of the report.");
    trimmed.offsets.segments = vec![dossier_model::Segment {
        text: 0,
        original: 9,
        len: 23,
    }];
    let trimmed_key = added(
        &mut writer,
        &trimmed,
        b"Skip nav\nThe body of the report.\n",
    );
    // Kept text differs from the original bytes (markup dropped): stored as such.
    let cleaned = doc("page.html", "Only the article.");
    let cleaned_key = added(
        &mut writer,
        &cleaned,
        b"<nav>Menu</nav><p>Only the article.</p>",
    );
    writer.commit().unwrap();

    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    type Row = (i64, String, Option<i64>, Option<i64>);
    let stored: Vec<Row> = store
        .conn
        .prepare("SELECT key, text, text_start, text_end FROM documents ORDER BY key")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        stored,
        vec![
            (same_key, String::new(), Some(0), Some(33)),
            (trimmed_key, String::new(), Some(9), Some(32)),
            (cleaned_key, "Only the article.".to_string(), None, None)
        ]
    );
    assert_eq!(store.text(same_key).unwrap().unwrap(), same.text);
    assert_eq!(store.document(same_key).unwrap().unwrap().text, same.text);
    assert_eq!(store.text(cleaned_key).unwrap().unwrap(), cleaned.text);
    assert_eq!(store.text(trimmed_key).unwrap().unwrap(), trimmed.text);
    assert_eq!(
        store.document(trimmed_key).unwrap().unwrap().text,
        trimmed.text
    );
    assert_eq!(store.text(12345).unwrap(), None);
}

#[test]
fn a_version_1_store_is_migrated_and_keeps_its_documents() {
    let dir = tempfile::tempdir().unwrap();
    {
        // The schema as version 1 left it, with one document.
        let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
             INSERT INTO meta(key, value) VALUES ('app', 'dossier'), ('generation', '3'), ('schema_version', '1');
             INSERT INTO documents(key, sha256, name, path, format, bytes, meta, text, body, fingerprint)
               VALUES (7, 'c9b51ce448cde9c92f893a991b4fa97cad2606e71cb00a447488cf3d3c98db5d', 'old.txt', '/old.txt', 'txt', 9, '{}', 'Old text.',
                       '{\"offsets\":{\"segments\":[]},\"passages\":[],\"dropped\":[],\"warnings\":[]}', x'00');
             INSERT INTO originals(key, bytes) VALUES (7, x'4f6c6420746578742e');",
        )
        .unwrap();
    }
    // A reader refuses to migrate; a writer migrates.
    assert!(SqliteStore::open(dir.path(), Mode::Read).is_err());
    let store = SqliteStore::open(dir.path(), Mode::Write).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.generation().unwrap(), 3);
    assert_eq!(store.text(7).unwrap().as_deref(), Some("Old text."));
}

fn pack_len(dir: &Path) -> u64 {
    std::fs::metadata(dir.join(PACK_FILE)).map_or(0, |m| m.len())
}

#[test]
fn originals_go_to_the_pack_and_read_back_through_the_open_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    let a = doc("a.txt", "A plain note on a hearing.");
    let original_b = b"<p>Kept words of a page.</p>";
    let b = Document {
        id: DocId(sha256_hex(original_b)),
        ..doc("b.html", "Kept words of a page.")
    };
    let key_a = added(&mut writer, &a, a.text.as_bytes());
    let key_b = added(&mut writer, &b, original_b);
    // Readable before the commit, by the writer's own reader.
    assert_eq!(writer.reader().text(key_a).unwrap().unwrap(), a.text);
    assert_eq!(
        writer.reader().original(key_b).unwrap().unwrap(),
        original_b
    );
    writer.commit().unwrap();
    assert_eq!(
        pack_len(dir.path()),
        (a.text.len() + original_b.len()) as u64
    );
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.text(key_a).unwrap().unwrap(), a.text);
    assert_eq!(store.text(key_b).unwrap().unwrap(), b.text);
    assert_eq!(store.original(key_b).unwrap().unwrap(), original_b);
    assert_eq!(store.pack_length().unwrap(), pack_len(dir.path()));
}

#[test]
fn a_run_that_does_not_commit_leaves_the_pack_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    put(&mut writer, &doc("a.txt", "kept"));
    writer.commit().unwrap();
    let committed = pack_len(dir.path());

    // Rolled back: the bytes it appended are cut off at once.
    let mut writer = open_writer(dir.path());
    put(&mut writer, &doc("b.txt", "never committed"));
    assert!(pack_len(dir.path()) > committed);
    drop(writer);
    assert_eq!(pack_len(dir.path()), committed);

    // A run that died without rolling back leaves bytes past the committed length:
    // the next writer cuts them off and appends after the committed ones.
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(dir.path().join(PACK_FILE))
        .unwrap();
    std::io::Write::write_all(&mut file, b"half a document").unwrap();
    let mut writer = open_writer(dir.path());
    let c = doc("c.txt", "after the crash");
    let key = added(&mut writer, &c, c.text.as_bytes());
    writer.commit().unwrap();
    assert_eq!(pack_len(dir.path()), committed + c.text.len() as u64);
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.text(key).unwrap().unwrap(), c.text);
    assert_eq!(store.documents().unwrap().len(), 2);
}

#[test]
fn a_pack_shorter_than_recorded_is_reported_as_damage() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    let a = doc("a.txt", "Some words that will be lost.");
    let key = added(&mut writer, &a, a.text.as_bytes());
    writer.commit().unwrap();
    std::fs::OpenOptions::new()
        .write(true)
        .open(dir.path().join(PACK_FILE))
        .unwrap()
        .set_len(4)
        .unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    let err = store.text(key).unwrap_err().to_string();
    assert!(err.contains(PACK_FILE), "{err}");
    let err = match SqliteStore::open(dir.path(), Mode::Write).unwrap().writer() {
        Err(e) => e.to_string(),
        Ok(_) => panic!("a writer opened a damaged pack"),
    };
    assert!(err.contains("damaged"), "{err}");
}

#[test]
fn a_version_2_store_keeps_its_inline_originals_and_packs_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    {
        let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(MIGRATIONS[1]).unwrap();
        conn.execute_batch(
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
             INSERT INTO meta(key, value) VALUES ('app', 'dossier'), ('generation', '2'), ('schema_version', '2');
             INSERT INTO documents(key, sha256, name, path, format, bytes, meta, text, text_start, text_end, body, fingerprint)
               VALUES (7, 'c9b51ce448cde9c92f893a991b4fa97cad2606e71cb00a447488cf3d3c98db5d', 'old.txt', '/old.txt', 'txt', 11, '{}', '', 1, 10,
                       '{\"offsets\":{\"segments\":[]},\"passages\":[],\"dropped\":[],\"warnings\":[]}', x'00');
             INSERT INTO originals(key, bytes) VALUES (7, x'204f6c6420746578742e0a');",
        )
        .unwrap();
    }
    let store = SqliteStore::open(dir.path(), Mode::Write).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.text(7).unwrap().as_deref(), Some("Old text."));
    assert_eq!(store.original(7).unwrap().unwrap(), b" Old text.\n");
    let mut writer = store.writer().unwrap();
    let new = doc("new.txt", "New text.");
    let key = added(&mut writer, &new, new.text.as_bytes());
    writer.commit().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.text(7).unwrap().as_deref(), Some("Old text."));
    assert_eq!(store.text(key).unwrap().unwrap(), new.text);
    assert_eq!(pack_len(dir.path()), new.text.len() as u64);
    // Written before page starts were recorded: no pages.
    assert!(store.pages(7).unwrap().is_empty());
}

#[test]
fn a_version_3_store_is_read_as_it_is_with_no_pages() {
    let dir = tempfile::tempdir().unwrap();
    let key = {
        let mut writer = open_writer(dir.path());
        let d = doc("old.txt", "Old text.");
        let key = added(&mut writer, &d, d.text.as_bytes());
        writer.commit().unwrap();
        key
    };
    {
        // Back to schema 3: as a store written before page starts were kept.
        let conn = Connection::open(dir.path().join(DB_FILE)).unwrap();
        conn.execute_batch(
            "ALTER TABLE documents DROP COLUMN pages;
             DROP TABLE judgments;
             DROP TABLE tokens;
             DROP TABLE users;
             DROP TABLE audit;
             UPDATE meta SET value = '3' WHERE key = 'schema_version';",
        )
        .unwrap();
    }
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.schema_version().unwrap(), 3);
    assert!(store.pages(key).unwrap().is_empty());
    let read = store.document(key).unwrap().unwrap();
    assert_eq!(read.text, "Old text.");
    assert!(read.pages.is_empty());
    assert!(store.judgments().unwrap().is_empty());
    assert!(store.users().unwrap().is_empty());
    assert_eq!(store.user("ana").unwrap(), None);
    assert!(store.audit().unwrap().is_empty());
    // A writer migrates it.
    drop(store);
    let store = SqliteStore::open(dir.path(), Mode::Write).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn page_starts_are_kept_with_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    let paged = Document {
        format: Format::Pdf,
        pages: vec![0, 12, 12, 30],
        ..doc("report.pdf", "Page one... Page three is here, page four.")
    };
    let plain = doc("plain.txt", "No pages here.");
    let paged_key = added(&mut writer, &paged, b"%PDF-1.4 bytes");
    let plain_key = added(&mut writer, &plain, plain.text.as_bytes());
    assert_eq!(
        writer.reader().pages(paged_key).unwrap(),
        vec![0, 12, 12, 30]
    );
    writer.commit().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.pages(paged_key).unwrap(), vec![0, 12, 12, 30]);
    assert_eq!(
        store.document(paged_key).unwrap().unwrap().pages,
        vec![0, 12, 12, 30]
    );
    assert!(store.pages(plain_key).unwrap().is_empty());
    assert!(store.document(plain_key).unwrap().unwrap().pages.is_empty());
    assert!(store.pages(9_999).unwrap().is_empty());
}

#[test]
fn the_next_writer_gives_back_the_space_of_replaced_originals() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let blocks = || {
        std::fs::metadata(dir.path().join(PACK_FILE))
            .unwrap()
            .blocks()
    };
    let dead = |store: &SqliteStore| -> i64 {
        store
            .conn
            .query_row("SELECT count(*) FROM pack_dead", [], |r| r.get(0))
            .unwrap()
    };
    let big = |word: &str| doc("report.txt", &format!("{word} ").repeat(40_000));
    let first = big("first");
    let mut writer = open_writer(dir.path());
    added(&mut writer, &first, first.text.as_bytes());
    writer.commit().unwrap();

    // The file changes: its older version goes, and its range is noted; with no
    // reader about, the same commit punches it out (before: the next writer did).
    let second = big("second");
    let mut writer = open_writer(dir.path());
    let key = added(&mut writer, &second, second.text.as_bytes());
    writer.commit().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(dead(&store), 0);

    // Only the live original takes space; offsets and the live text are untouched.
    let writer = open_writer(dir.path());
    writer.commit().unwrap();
    assert!(
        blocks() * 512 <= second.text.len() as u64 + 8192,
        "{} bytes allocated for {} live",
        blocks() * 512,
        second.text.len()
    );
    assert_eq!(
        pack_len(dir.path()),
        (first.text.len() + second.text.len()) as u64
    );
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(dead(&store), 0);
    assert_eq!(store.text(key).unwrap().unwrap(), second.text);
}

#[test]
fn an_empty_database_beside_a_pack_is_refused_and_the_pack_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    added(
        &mut writer,
        &doc("a.txt", "First report text."),
        b"First report text.",
    );
    writer.commit().unwrap();
    let before = pack_len(dir.path());
    assert!(before > 0);
    for file in ["dossier.sqlite-wal", "dossier.sqlite-shm"] {
        let _ = std::fs::remove_file(dir.path().join(file));
    }
    std::fs::write(dir.path().join(DB_FILE), b"").unwrap();
    for mode in [Mode::Write, Mode::Read] {
        let err = SqliteStore::open(dir.path(), mode).err().expect("refused");
        let message = err.to_string();
        assert!(
            matches!(err, Error::NotAStore { .. }) && message.contains("originals"),
            "{message}"
        );
    }
    assert_eq!(pack_len(dir.path()), before, "the originals are untouched");
    // Deleted outright: the same.
    std::fs::remove_file(dir.path().join(DB_FILE)).unwrap();
    let err = SqliteStore::open(dir.path(), Mode::Write)
        .err()
        .expect("refused");
    assert!(err.to_string().contains("is missing"), "{err}");
    assert_eq!(pack_len(dir.path()), before);
}

#[test]
fn a_commit_syncs_its_log_even_when_a_reader_holds_the_checkpoint_back() {
    let dir = tempfile::tempdir().unwrap();
    drop(SqliteStore::open(dir.path(), Mode::Write).unwrap());
    // A reader in the middle of a read transaction: the checkpoint cannot complete,
    // so only the commit's own sync makes the run durable.
    let reader = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    reader.conn.execute_batch("BEGIN").unwrap();
    assert_eq!(reader.documents().unwrap().len(), 0);
    let mut writer = SqliteStore::open(dir.path(), Mode::Write)
        .unwrap()
        .begin()
        .unwrap();
    let level: i64 = writer
        .conn()
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    assert_eq!(level, 2, "synchronous = FULL: the commit syncs the log");
    added_to(&mut writer, &doc("a.txt", "First report text."));
    Box::new(writer).commit().unwrap();
    reader.conn.execute_batch("COMMIT").unwrap();
    assert_eq!(reader.documents().unwrap().len(), 1);
}

fn added_to(writer: &mut SqliteWriter, document: &Document) {
    writer
        .put(NewDocument {
            document,
            original: document.text.as_bytes(),
            extraction: &Extraction::default(),
            fingerprint: b"fp",
            duplicate_of: None,
            size: document.bytes,
            mtime_ns: 1,
        })
        .unwrap();
}

#[test]
fn replaced_originals_are_given_back_after_a_reader_held_them() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let blocks = || {
        std::fs::metadata(dir.path().join(PACK_FILE))
            .unwrap()
            .blocks()
    };
    let dead = || -> i64 {
        let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
        store
            .conn
            .query_row("SELECT count(*) FROM pack_dead", [], |r| r.get(0))
            .unwrap()
    };
    let big = |word: &str| doc("report.txt", &format!("{word} ").repeat(40_000));
    let mut writer = open_writer(dir.path());
    let first = big("first");
    added(&mut writer, &first, first.text.as_bytes());
    writer.commit().unwrap();
    // A reader stays in a read transaction over several edits of the file.
    let reader = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    reader.conn.execute_batch("BEGIN").unwrap();
    assert_eq!(reader.documents().unwrap().len(), 1);
    for word in ["second", "third", "fourth"] {
        let mut writer = open_writer(dir.path());
        let next = big(word);
        added(&mut writer, &next, next.text.as_bytes());
        writer.commit().unwrap();
    }
    // Nothing could be punched while the reader looked, and nothing was forgotten.
    assert_eq!(dead(), 3);
    assert_eq!(reader.documents().unwrap().len(), 1);
    reader.conn.execute_batch("COMMIT").unwrap();
    drop(reader);
    let before = blocks();
    open_writer(dir.path()).commit().unwrap();
    assert_eq!(dead(), 0);
    let freed = (before - blocks()) * 512;
    assert!(
        freed >= 3 * 200_000,
        "{freed} bytes given back of 3 replaced originals"
    );
}

#[test]
fn a_damaged_original_is_reported_not_returned() {
    let dir = tempfile::tempdir().unwrap();
    let original = b"<p>The appeal was heard on 2 May 2004.</p>";
    let page = Document {
        id: DocId(sha256_hex(original)),
        ..doc("page.html", "The appeal was heard on 2 May 2004.")
    };
    let mut writer = open_writer(dir.path());
    let key = added(&mut writer, &page, original);
    writer.commit().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert_eq!(store.original(key).unwrap().unwrap(), original);
    // One byte overwritten inside the original.
    let pack = std::fs::OpenOptions::new()
        .write(true)
        .open(dir.path().join(PACK_FILE))
        .unwrap();
    std::os::unix::fs::FileExt::write_all_at(&pack, b"X", 10).unwrap();
    let err = store.original(key).unwrap_err().to_string();
    assert!(
        err.contains("page.html") && err.contains("SHA-256"),
        "{err}"
    );
}

#[test]
fn check_finds_a_damaged_original_and_its_bytes_restore_it() {
    let dir = tempfile::tempdir().unwrap();
    let one = b"<p>The appeal was heard on 2 May 2004.</p>".to_vec();
    let two = b"<p>The verdict was upheld on 9 June 2004.</p>".to_vec();
    let mut writer = open_writer(dir.path());
    let mut keys = Vec::new();
    for (name, original) in [("one.html", &one), ("two.html", &two)] {
        let document = Document {
            id: DocId(sha256_hex(original)),
            ..doc(name, "kept")
        };
        keys.push(added(&mut writer, &document, original));
    }
    writer.commit().unwrap();
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    let clean = store.check().unwrap();
    assert!(clean.is_ok(), "{clean:?}");
    assert_eq!((clean.documents, clean.originals_checked), (2, 2));

    // A byte of the second original overwritten.
    let pack = std::fs::OpenOptions::new()
        .write(true)
        .open(dir.path().join(PACK_FILE))
        .unwrap();
    std::os::unix::fs::FileExt::write_all_at(&pack, b"#", (one.len() + 5) as u64).unwrap();
    let found = store.check().unwrap();
    assert!(!found.is_ok());
    assert_eq!(found.damaged.len(), 1);
    assert_eq!(found.damaged[0].name, "two.html");
    assert_eq!(found.damaged[0].paths, ["/corpus/two.html"]);

    // Other bytes are refused; its own bytes put it right.
    assert!(store.restore_original(keys[1], b"other bytes").is_err());
    store.restore_original(keys[1], &two).unwrap();
    assert!(store.check().unwrap().is_ok());
    assert_eq!(store.original(keys[1]).unwrap().unwrap(), two);
    assert_eq!(store.original(keys[0]).unwrap().unwrap(), one);
}

#[test]
fn a_block_shared_by_two_replaced_originals_is_given_back_too() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let allocated = || {
        std::fs::metadata(dir.path().join(PACK_FILE))
            .unwrap()
            .blocks()
            * 512
    };
    // Many small originals that do not end on block boundaries, side by side.
    let version = |n: usize, v: usize| {
        let mut d = doc(&format!("r{n}.txt"), &format!("v{v} n{n} ").repeat(700 + n));
        d.path = format!("/corpus/r{n}.txt");
        d.id = DocId(sha256_hex(d.text.as_bytes()));
        d
    };
    let mut writer = open_writer(dir.path());
    for n in 0..40 {
        let d = version(n, 0);
        added(&mut writer, &d, d.text.as_bytes());
    }
    writer.commit().unwrap();
    // Every file replaced, twice.
    let mut live = 0;
    for v in 1..=2 {
        let mut writer = open_writer(dir.path());
        live = 0;
        for n in 0..40 {
            let d = version(n, v);
            live += d.text.len() as u64;
            added(&mut writer, &d, d.text.as_bytes());
        }
        writer.commit().unwrap();
    }
    // Only the live originals and the blocks they share with a gap stay.
    assert!(
        allocated() <= live + 2 * 4096,
        "{} bytes allocated for {live} live",
        allocated()
    );
}

#[test]
fn a_damaged_database_is_not_written_into() {
    let dir = tempfile::tempdir().unwrap();
    let mut writer = open_writer(dir.path());
    for n in 0..40 {
        let text = format!("Report {n} on the hearings of the year. ").repeat(200);
        let d = Document {
            id: DocId(sha256_hex(text.as_bytes())),
            ..doc(&format!("r{n}.txt"), &text)
        };
        added(&mut writer, &d, d.text.as_bytes());
    }
    writer.commit().unwrap();
    let db = dir.path().join(DB_FILE);
    let len = std::fs::metadata(&db).unwrap().len();
    assert!(len > 3 * u64::from(PAGE_SIZE), "{len}");
    // Garbage over the header of a b-tree page in the middle of the file: an
    // index's that neither opening the store nor `check` reads.
    let root: i64 = Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_derived_1'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let file = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
    let page = root as u64 - 1;
    std::os::unix::fs::FileExt::write_all_at(&file, &[0xA5; 64], page * u64::from(PAGE_SIZE))
        .unwrap();
    drop(file);
    let err = SqliteStore::open(dir.path(), Mode::Write)
        .and_then(|store| store.writer().map(drop))
        .expect_err("refused")
        .to_string();
    assert!(
        err.contains("damaged") && err.contains("nothing was written"),
        "{err}"
    );
    let store = SqliteStore::open(dir.path(), Mode::Read).unwrap();
    assert!(!store.check().unwrap().database.is_empty());
}

#[test]
fn two_processes_creating_one_store_at_once_both_succeed() {
    for _ in 0..10 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store");
        std::fs::create_dir(&path).unwrap();
        let barrier = std::sync::Barrier::new(4);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    barrier.wait();
                    let store = SqliteStore::open(&path, Mode::Write).unwrap();
                    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
                });
            }
        });
    }
}
