//! The behaviours every store backend must show, written once against the
//! [`Store`] and [`StoreWriter`] traits and run against each backend by
//! [`conformance_tests!`](crate::conformance_tests) (as tantivy runs one suite over
//! its directories): `crates/store/tests/conformance.rs` instantiates it for the
//! embedded store and for PostgreSQL. What only one backend can show (the pack's
//! space, SQLite's page size, a damaged file) stays in that backend's own tests.
//!
//! Test support, not part of the store's API: a failed check panics.

use crate::{
    Evidence, JudgmentKind, NewAudit, NewDocument, NewJudgment, Put, Role, Store, StoreWriter,
};
use dossier_model::{DocId, Document, Extraction, Format, Metadata, OffsetMap, Span};

/// A fresh, empty store of one backend.
pub trait Backend: Sync {
    /// A writer on the store (created on first use): one transaction.
    fn writer(&self) -> Box<dyn StoreWriter>;
    /// A new reader of what is committed.
    fn reader(&self) -> Box<dyn Store>;
}

/// The embedded backend in a temporary directory.
pub struct Embedded(tempfile::TempDir);

impl Backend for Embedded {
    fn writer(&self) -> Box<dyn StoreWriter> {
        crate::writer(&crate::Location::Dir(self.0.path().to_path_buf())).unwrap()
    }
    fn reader(&self) -> Box<dyn Store> {
        crate::open(
            &crate::Location::Dir(self.0.path().to_path_buf()),
            crate::Mode::Read,
        )
        .unwrap()
    }
}

/// A fresh embedded store.
pub fn embedded() -> Option<Box<dyn Backend>> {
    let dir = tempfile::tempdir().unwrap();
    // Created by a writer's open, as `dossier ingest` does.
    drop(
        crate::open(
            &crate::Location::Dir(dir.path().to_path_buf()),
            crate::Mode::Write,
        )
        .unwrap(),
    );
    Some(Box::new(Embedded(dir)))
}

/// The PostgreSQL backend on a database of a throwaway cluster.
pub struct Postgres {
    _cluster: crate::testing::TempCluster,
    url: String,
}

impl Postgres {
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Backend for Postgres {
    fn writer(&self) -> Box<dyn StoreWriter> {
        crate::writer(&crate::Location::Postgres(self.url.clone())).unwrap()
    }
    fn reader(&self) -> Box<dyn Store> {
        crate::open(
            &crate::Location::Postgres(self.url.clone()),
            crate::Mode::Read,
        )
        .unwrap()
    }
}

/// A fresh PostgreSQL store on a cluster of its own; `None` (the test is skipped,
/// and says so) when PostgreSQL is not installed.
pub fn postgres() -> Option<Box<dyn Backend>> {
    Some(Box::new(postgres_store()?))
}

/// [`postgres`], with its URL.
pub fn postgres_store() -> Option<Postgres> {
    let cluster = crate::testing::TempCluster::start()?;
    let url = cluster.database();
    // Created (and migrated) by a writer's open, as `dossier ingest` does.
    drop(crate::open(&crate::Location::Postgres(url.clone()), crate::Mode::Write).unwrap());
    Some(Postgres {
        _cluster: cluster,
        url,
    })
}

/// One test per check, run on the backend that `$backend` (an expression of type
/// `Option<impl Deref<Target = dyn Backend>>`; `None` skips) makes afresh for each.
#[macro_export]
macro_rules! conformance_tests {
    ($backend:expr) => {
        $crate::conformance_tests!(@each $backend;
            creates_writes_and_reads_back,
            an_uncommitted_writer_leaves_the_store_unchanged,
            a_changed_file_replaces_its_older_version,
            the_same_bytes_from_another_path_are_known,
            names_that_collide_are_told_apart_by_their_folders,
            documents_are_found_by_name_path_and_hash_or_a_unique_prefix,
            extractions_fingerprints_and_paths_round_trip,
            derived_data_round_trips,
            kept_texts_read_back_whether_or_not_they_are_a_run_of_the_original,
            originals_read_back_through_the_open_transaction,
            page_starts_are_kept_with_the_document,
            readers_see_nothing_of_a_run_before_its_commit_and_are_not_blocked,
            a_second_writer_waits_for_the_first_and_sees_its_commit,
            judgments_are_kept_with_their_author_time_and_evidence,
            judgments_survive_a_re_ingest_of_the_same_and_of_a_changed_document,
            accounts_and_tokens_are_kept_hashed_and_removed_together,
            the_audit_log_keeps_what_each_committed_write_did,
        );
    };
    (@each $backend:expr; $($check:ident),* $(,)?) => {
        $(
            #[test]
            fn $check() {
                if let Some(backend) = $backend {
                    $crate::conformance::$check(&*backend);
                }
            }
        )*
    };
}

/// A plain-text document whose original is its text (its id is their SHA-256).
pub fn doc(name: &str, text: &str) -> Document {
    Document {
        id: DocId(crate::embedded::sha256_hex(text.as_bytes())),
        name: name.to_string(),
        path: format!("/corpus/{name}"),
        format: Format::Txt,
        bytes: text.len() as u64,
        text: text.to_string(),
        offsets: OffsetMap::default(),
        meta: Metadata::default(),
        passages: vec![Span::new(0, text.len())],
        dropped: vec![],
        warnings: vec![],
        pages: vec![],
    }
}

fn put(writer: &mut dyn StoreWriter, document: &Document) -> Put {
    put_with(
        writer,
        document,
        document.text.as_bytes(),
        &Extraction::default(),
    )
}

fn put_with(
    writer: &mut dyn StoreWriter,
    document: &Document,
    original: &[u8],
    extraction: &Extraction,
) -> Put {
    writer
        .put(NewDocument {
            document,
            original,
            extraction,
            fingerprint: b"fp",
            duplicate_of: None,
            size: document.bytes,
            mtime_ns: 1,
        })
        .unwrap()
}

/// `document` with the id that `original` gives it.
fn from_original(document: Document, original: &[u8]) -> Document {
    Document {
        id: DocId(crate::embedded::sha256_hex(original)),
        ..document
    }
}

fn added(writer: &mut dyn StoreWriter, document: &Document, original: &[u8]) -> i64 {
    match put_with(writer, document, original, &Extraction::default()) {
        Put::Added { key, .. } => key,
        other => panic!("not added: {other:?}"),
    }
}

pub fn creates_writes_and_reads_back(backend: &dyn Backend) {
    let reader = backend.reader();
    assert!(reader.schema_version().unwrap() > 0);
    assert_eq!(reader.generation().unwrap(), 0);
    assert!(reader.documents().unwrap().is_empty());
    let mut writer = backend.writer();
    let a = doc("a.txt", "First report text.");
    assert!(matches!(
        put(&mut *writer, &a),
        Put::Added {
            replaced: None,
            renamed: None,
            ..
        }
    ));
    // Same bytes again: known, no second row.
    assert!(matches!(put(&mut *writer, &a), Put::Known { .. }));
    assert_eq!(writer.reader().documents().unwrap().len(), 1);
    assert_eq!(writer.commit().unwrap(), 1);

    let store = backend.reader();
    let docs = store.documents().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].name, "a.txt");
    assert_eq!(docs[0].sha256, a.id.0);
    assert_eq!(docs[0].format, "txt");
    assert_eq!(docs[0].bytes, a.bytes);
    assert_eq!(store.document(docs[0].key).unwrap().unwrap(), a);
    assert_eq!(store.text(docs[0].key).unwrap().unwrap(), a.text);
    assert_eq!(
        store.original(docs[0].key).unwrap().unwrap(),
        a.text.as_bytes()
    );
    assert_eq!(
        store.path_state("/corpus/a.txt").unwrap().unwrap(),
        crate::PathState {
            sha256: a.id.0.clone(),
            size: a.bytes,
            mtime_ns: 1
        }
    );
    assert!(store.document(docs[0].key + 1000).unwrap().is_none());
    assert!(store.original(docs[0].key + 1000).unwrap().is_none());
    assert!(store.path_state("/corpus/none.txt").unwrap().is_none());
    assert_eq!(store.generation().unwrap(), 1);
}

pub fn an_uncommitted_writer_leaves_the_store_unchanged(backend: &dyn Backend) {
    let mut writer = backend.writer();
    put(&mut *writer, &doc("a.txt", "kept"));
    writer.set_derived("graph", b"one").unwrap();
    writer.commit().unwrap();
    let mut writer = backend.writer();
    put(&mut *writer, &doc("b.txt", "never committed"));
    put(
        &mut *writer,
        &doc("a.txt", "a changed version, never committed"),
    );
    writer.set_derived("graph", b"two").unwrap();
    drop(writer);
    let store = backend.reader();
    let docs = store.documents().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(store.text(docs[0].key).unwrap().unwrap(), "kept");
    assert_eq!(store.derived("graph").unwrap().unwrap(), b"one");
    assert_eq!(store.generation().unwrap(), 1);
    // And the next writer starts from there.
    let mut writer = backend.writer();
    put(&mut *writer, &doc("c.txt", "after"));
    assert_eq!(writer.commit().unwrap(), 2);
}

pub fn a_changed_file_replaces_its_older_version(backend: &dyn Backend) {
    let mut writer = backend.writer();
    let old = doc("a.txt", "version one");
    let Put::Added { key: old_key, .. } = put(&mut *writer, &old) else {
        panic!("expected Added")
    };
    writer.commit().unwrap();
    let mut writer = backend.writer();
    let new = doc("a.txt", "version two, longer");
    let Put::Added { replaced, .. } = put(&mut *writer, &new) else {
        panic!("expected Added")
    };
    assert_eq!(replaced, Some(old_key));
    writer.commit().unwrap();
    let store = backend.reader();
    let docs = store.documents().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].sha256, new.id.0);
    assert_eq!(docs[0].name, "a.txt");
    assert!(store.document(old_key).unwrap().is_none());
    assert!(store.original(old_key).unwrap().is_none());
    assert!(store.extraction(old_key).unwrap().is_none());
    assert_eq!(
        store.path_state("/corpus/a.txt").unwrap().unwrap().sha256,
        new.id.0
    );
}

pub fn the_same_bytes_from_another_path_are_known(backend: &dyn Backend) {
    let mut writer = backend.writer();
    let a = doc("a.txt", "Shared words.");
    let key = added(&mut *writer, &a, a.text.as_bytes());
    let copy = Document {
        path: "/elsewhere/a.txt".into(),
        ..a.clone()
    };
    assert_eq!(put(&mut *writer, &copy), Put::Known { key });
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.documents().unwrap().len(), 1);
    for path in ["/corpus/a.txt", "/elsewhere/a.txt"] {
        assert_eq!(store.path_state(path).unwrap().unwrap().sha256, a.id.0);
    }
    // One of its paths changes: the document stays for the other.
    let mut writer = backend.writer();
    let changed = doc("a.txt", "Other words now.");
    let Put::Added { replaced, .. } = put(&mut *writer, &changed) else {
        panic!("expected Added")
    };
    assert_eq!(replaced, None);
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.documents().unwrap().len(), 2);
    assert_eq!(store.key_of_sha(&a.id.0).unwrap(), Some(key));
    assert_eq!(
        store
            .path_state("/elsewhere/a.txt")
            .unwrap()
            .unwrap()
            .sha256,
        a.id.0
    );
}

pub fn names_that_collide_are_told_apart_by_their_folders(backend: &dyn Backend) {
    let mut writer = backend.writer();
    let first = Document {
        path: "/corpus/2010/report.txt".into(),
        ..doc("report.txt", "The report of 2010.")
    };
    let second = Document {
        path: "/corpus/2011/report.txt".into(),
        ..doc("report.txt", "The report of 2011.")
    };
    assert!(matches!(
        put(&mut *writer, &first),
        Put::Added { renamed: None, .. }
    ));
    let Put::Added { key, renamed, .. } = put(&mut *writer, &second) else {
        panic!("expected Added")
    };
    assert_eq!(renamed.as_deref(), Some("2011/report.txt"));
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.find("2011/report.txt").unwrap().unwrap().key, key);
    let names: Vec<String> = store
        .documents()
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    // Ordered by name, byte-wise.
    assert_eq!(names, ["2011/report.txt", "report.txt"]);
}

pub fn documents_are_found_by_name_path_and_hash_or_a_unique_prefix(backend: &dyn Backend) {
    let mut writer = backend.writer();
    let a = doc("001_alpha.txt", "Alpha.");
    let b = doc("002_beta.txt", "Beta.");
    let key_a = added(&mut *writer, &a, a.text.as_bytes());
    let key_b = added(&mut *writer, &b, b.text.as_bytes());
    writer.commit().unwrap();
    let store = backend.reader();
    let found = |key: &str| store.find(key).unwrap().map(|d| d.key);
    assert_eq!(found("001_alpha.txt"), Some(key_a));
    assert_eq!(found("/corpus/002_beta.txt"), Some(key_b));
    assert_eq!(found(&a.id.0), Some(key_a));
    assert_eq!(found(&b.id.0[..10]), Some(key_b));
    assert_eq!(found(&b.id.0[..10].to_ascii_uppercase()), Some(key_b));
    assert_eq!(found("002"), Some(key_b));
    // Ambiguous or unknown: nothing.
    assert_eq!(found("00"), None);
    assert_eq!(found("zzz"), None);
    assert_eq!(found("%"), None);
}

pub fn extractions_fingerprints_and_paths_round_trip(backend: &dyn Backend) {
    let mut writer = backend.writer();
    let a = doc("a.txt", "The court sentenced him on 3 May 2011.");
    let extraction = Extraction {
        mentions: vec![dossier_model::Mention {
            kind: dossier_model::MentionKind::Court,
            span: Span::new(4, 9),
            name: "court".into(),
            name_span: Span::new(4, 9),
            role: None,
            acronym: None,
            value: None,
            approx: None,
            rule: "test".into(),
        }],
        ..Extraction::default()
    };
    let key = match put_with(&mut *writer, &a, a.text.as_bytes(), &extraction) {
        Put::Added { key, .. } => key,
        other => panic!("{other:?}"),
    };
    writer.set_fingerprint(key, b"new fingerprint").unwrap();
    writer.touch_path("/corpus/a.txt", 99, 12345).unwrap();
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.extraction(key).unwrap().unwrap(), extraction);
    assert_eq!(
        store.fingerprints().unwrap(),
        vec![(key, "a.txt".to_string(), b"new fingerprint".to_vec())]
    );
    let state = store.path_state("/corpus/a.txt").unwrap().unwrap();
    assert_eq!((state.size, state.mtime_ns), (99, 12345));
    assert_eq!(store.key_of_sha(&a.id.0).unwrap(), Some(key));
    assert_eq!(store.key_of_sha("0123").unwrap(), None);
    assert!(store.extraction(key + 1000).unwrap().is_none());
}

pub fn derived_data_round_trips(backend: &dyn Backend) {
    let mut writer = backend.writer();
    writer.set_derived("graph", b"{}").unwrap();
    writer.set_derived("graph", b"{\"v\":2}").unwrap();
    let data: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let mut write_in_pieces = |out: &mut dyn std::io::Write| {
        for piece in data.chunks(7_777) {
            out.write_all(piece)?;
        }
        Ok(())
    };
    writer.set_derived("big", b"old").unwrap();
    writer
        .set_derived_streamed("big", &mut write_in_pieces)
        .unwrap();
    assert_eq!(writer.reader().derived("big").unwrap().unwrap(), data);
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.derived("graph").unwrap().unwrap(), b"{\"v\":2}");
    assert_eq!(store.derived("big").unwrap().unwrap(), data);
    assert!(store.derived("other").unwrap().is_none());
}

pub fn kept_texts_read_back_whether_or_not_they_are_a_run_of_the_original(backend: &dyn Backend) {
    let mut writer = backend.writer();
    let same = doc("same.txt", "A clean text file, kept as it is.");
    let same_key = added(&mut *writer, &same, same.text.as_bytes());
    // Kept text is the original minus a line of chrome: one run of it.
    let trimmed_original = b"Skip nav\nThe body of the report.\n";
    let mut trimmed = from_original(
        doc("trimmed.txt", "The body of the report."),
        trimmed_original,
    );
    trimmed.offsets.segments = vec![dossier_model::Segment {
        text: 0,
        original: 9,
        len: 23,
    }];
    let trimmed_key = added(&mut *writer, &trimmed, trimmed_original);
    // Kept text differs from the original bytes (markup dropped).
    let cleaned_original = b"<nav>Menu</nav><p>Only the article.</p>";
    let cleaned = from_original(doc("page.html", "Only the article."), cleaned_original);
    let cleaned_key = added(&mut *writer, &cleaned, cleaned_original);
    // Not ASCII, and a NUL in it.
    let odd = from_original(
        doc("odd.txt", "Zoë's \u{0} café — ünïcode."),
        b"not the text",
    );
    let odd_key = added(&mut *writer, &odd, b"not the text");
    writer.commit().unwrap();
    let store = backend.reader();
    for (key, document) in [
        (same_key, &same),
        (trimmed_key, &trimmed),
        (cleaned_key, &cleaned),
        (odd_key, &odd),
    ] {
        assert_eq!(store.text(key).unwrap().unwrap(), document.text);
        assert_eq!(&store.document(key).unwrap().unwrap(), document);
    }
    assert_eq!(
        store.original(trimmed_key).unwrap().unwrap(),
        trimmed_original
    );
    assert_eq!(
        store.original(cleaned_key).unwrap().unwrap(),
        cleaned_original
    );
    assert_eq!(store.text(12345).unwrap(), None);
}

pub fn originals_read_back_through_the_open_transaction(backend: &dyn Backend) {
    let mut writer = backend.writer();
    let a = doc("a.txt", "A plain note on a hearing.");
    let original_b: Vec<u8> = (0..=255u8).cycle().take(200_000).collect();
    let b = from_original(doc("b.pdf", "Kept words of a file."), &original_b);
    let key_a = added(&mut *writer, &a, a.text.as_bytes());
    let key_b = added(&mut *writer, &b, &original_b);
    // Readable before the commit, by the writer's own reader.
    assert_eq!(writer.reader().text(key_a).unwrap().unwrap(), a.text);
    assert_eq!(
        writer.reader().original(key_b).unwrap().unwrap(),
        original_b
    );
    assert_eq!(writer.reader().documents().unwrap().len(), 2);
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.text(key_b).unwrap().unwrap(), b.text);
    assert_eq!(store.original(key_b).unwrap().unwrap(), original_b);
}

pub fn page_starts_are_kept_with_the_document(backend: &dyn Backend) {
    let mut writer = backend.writer();
    let paged = Document {
        format: Format::Pdf,
        pages: vec![0, 12, 12, 30],
        ..doc("report.pdf", "Page one... Page three is here, page four.")
    };
    let plain = doc("plain.txt", "No pages here.");
    let paged_key = added(&mut *writer, &paged, b"%PDF-1.4 bytes");
    let plain_key = added(&mut *writer, &plain, plain.text.as_bytes());
    assert_eq!(
        writer.reader().pages(paged_key).unwrap(),
        vec![0, 12, 12, 30]
    );
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.pages(paged_key).unwrap(), vec![0, 12, 12, 30]);
    assert_eq!(
        store.document(paged_key).unwrap().unwrap().pages,
        vec![0, 12, 12, 30]
    );
    assert!(store.pages(plain_key).unwrap().is_empty());
    assert!(store.pages(9_999).unwrap().is_empty());
}

pub fn readers_see_nothing_of_a_run_before_its_commit_and_are_not_blocked(backend: &dyn Backend) {
    let mut writer = backend.writer();
    put(&mut *writer, &doc("a.txt", "first"));
    writer.commit().unwrap();
    let before = backend.reader();
    let mut writer = backend.writer();
    put(&mut *writer, &doc("b.txt", "second"));
    writer.set_derived("graph", b"new").unwrap();
    // Readers old and new read the last commit at once while the run is open.
    let started = std::time::Instant::now();
    for reader in [&before, &backend.reader()] {
        assert_eq!(reader.documents().unwrap().len(), 1);
        assert_eq!(reader.generation().unwrap(), 1);
        assert!(reader.derived("graph").unwrap().is_none());
        assert!(reader.find("b.txt").unwrap().is_none());
    }
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "readers waited for the writer"
    );
    assert_eq!(writer.commit().unwrap(), 2);
    // A reader that was open sees the commit on its next reads.
    assert_eq!(before.generation().unwrap(), 2);
    assert_eq!(before.documents().unwrap().len(), 2);
}

pub fn a_second_writer_waits_for_the_first_and_sees_its_commit(backend: &dyn Backend) {
    let mut first = backend.writer();
    put(&mut *first, &doc("a.txt", "from the first run"));
    std::thread::scope(|scope| {
        let second = scope.spawn(|| {
            let mut second = backend.writer();
            // It only starts once the first has committed, and builds on it.
            let seen = second.reader().documents().unwrap().len();
            put(&mut *second, &doc("b.txt", "from the second run"));
            (seen, second.commit().unwrap())
        });
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert_eq!(first.commit().unwrap(), 1);
        assert_eq!(second.join().unwrap(), (1, 2));
    });
    assert_eq!(backend.reader().documents().unwrap().len(), 2);
}

fn judgment(kind: JudgmentKind, target: &str, author: &str) -> NewJudgment {
    NewJudgment {
        kind,
        target: target.into(),
        value: None,
        note: None,
        evidence: None,
        author: author.into(),
    }
}

pub fn judgments_are_kept_with_their_author_time_and_evidence(backend: &dyn Backend) {
    assert!(backend.reader().judgments().unwrap().is_empty());
    let a = doc("a.txt", "The court sentenced him on 3 May 2011.");
    let misdated = NewJudgment {
        value: Some("2012-05-03".into()),
        note: Some("the hearing was a year later".into()),
        evidence: Some(Evidence {
            document: a.id.0.clone(),
            start: 27,
            end: 37,
            quote: "3 May 2011".into(),
        }),
        ..judgment(JudgmentKind::RejectDate, "event 4", "ana")
    };
    let merge = NewJudgment {
        value: Some("Nursultan Nazarbaev".into()),
        ..judgment(JudgmentKind::MergeEntities, "Nursultan Nazarbayev", "ben")
    };
    let mut writer = backend.writer();
    put(&mut *writer, &a);
    let first = writer.add_judgment(&misdated).unwrap();
    let second = writer.add_judgment(&merge).unwrap();
    assert_ne!(first, second);
    // Seen through the open transaction, by nobody else yet.
    assert_eq!(writer.reader().judgments().unwrap().len(), 2);
    assert!(backend.reader().judgments().unwrap().is_empty());
    let generation = writer.commit().unwrap();

    let kept = backend.reader().judgments().unwrap();
    assert_eq!(kept.len(), 2);
    assert_eq!((kept[0].id, &kept[0].judgment), (first, &misdated));
    assert_eq!((kept[1].id, &kept[1].judgment), (second, &merge));
    for judgment in &kept {
        // "2026-12-03T01:45:00Z": the store's clock, UTC.
        let at = &judgment.at;
        assert!(
            at.len() == 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T',
            "{at}"
        );
        assert_eq!(judgment.withdrawn, None);
    }

    // A judgment not committed is not kept.
    let mut writer = backend.writer();
    writer
        .add_judgment(&judgment(JudgmentKind::ConfirmEvent, "event 1", "ana"))
        .unwrap();
    drop(writer);
    assert_eq!(backend.reader().judgments().unwrap().len(), 2);

    // Withdrawn: kept, marked with who withdrew it; once only.
    let mut writer = backend.writer();
    writer.withdraw_judgment(second, "carla").unwrap();
    let again = writer.withdraw_judgment(second, "carla").unwrap_err();
    assert!(matches!(again, crate::Error::Invalid(_)), "{again}");
    let unknown = writer
        .withdraw_judgment(second + 1000, "carla")
        .unwrap_err();
    assert!(unknown.to_string().contains("no judgment"), "{unknown}");
    assert_eq!(writer.commit().unwrap(), generation + 1);
    let kept = backend.reader().judgments().unwrap();
    assert_eq!(kept[0].withdrawn, None);
    let (by, at) = kept[1].withdrawn.clone().expect("withdrawn");
    assert_eq!(by, "carla");
    assert!(at.ends_with('Z'), "{at}");
}

pub fn judgments_survive_a_re_ingest_of_the_same_and_of_a_changed_document(backend: &dyn Backend) {
    let old = doc("report.txt", "Version one says 3 May 2011.");
    let mut writer = backend.writer();
    put(&mut *writer, &old);
    let rejected = NewJudgment {
        evidence: Some(Evidence {
            document: old.id.0.clone(),
            start: 17,
            end: 27,
            quote: "3 May 2011".into(),
        }),
        ..judgment(JudgmentKind::RejectEvent, "event 1", "ana")
    };
    let tag = NewJudgment {
        value: Some("priority".into()),
        ..judgment(JudgmentKind::TagDocument, "report.txt", "ben")
    };
    writer.add_judgment(&rejected).unwrap();
    writer.add_judgment(&tag).unwrap();
    writer.commit().unwrap();
    // The same file again, then a changed version of it.
    let mut writer = backend.writer();
    assert!(matches!(put(&mut *writer, &old), Put::Known { .. }));
    writer.commit().unwrap();
    let new = doc("report.txt", "Version two says 3 May 2012.");
    let mut writer = backend.writer();
    assert!(matches!(
        put(&mut *writer, &new),
        Put::Added {
            replaced: Some(_),
            ..
        }
    ));
    writer.commit().unwrap();
    let store = backend.reader();
    let kept: Vec<NewJudgment> = store
        .judgments()
        .unwrap()
        .into_iter()
        .map(|j| j.judgment)
        .collect();
    assert_eq!(kept, [rejected.clone(), tag]);
    // Its evidence's document is gone: the caller can tell, and say so.
    let evidence = rejected.evidence.unwrap();
    assert_eq!(store.key_of_sha(&evidence.document).unwrap(), None);
    assert_eq!(store.documents().unwrap().len(), 1);
}

fn is_utc(at: &str) -> bool {
    at.len() == 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T'
}

pub fn accounts_and_tokens_are_kept_hashed_and_removed_together(backend: &dyn Backend) {
    let store = backend.reader();
    assert!(store.users().unwrap().is_empty());
    assert_eq!(store.session_key().unwrap(), None);
    let mut writer = backend.writer();
    writer
        .add_user(
            "ana",
            Role::Admin,
            Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"),
        )
        .unwrap();
    writer.add_user("ben", Role::Reader, None).unwrap();
    let taken = writer.add_user("ana", Role::Editor, None).unwrap_err();
    assert!(matches!(taken, crate::Error::Invalid(_)), "{taken}");
    writer.add_token("ben", &"b".repeat(64)).unwrap();
    writer.add_token("ben", &"c".repeat(64)).unwrap();
    let nobody = writer.add_token("zoe", &"d".repeat(64)).unwrap_err();
    assert!(nobody.to_string().contains("no account"), "{nobody}");
    writer.set_session_key_if_absent(&[7; 32]).unwrap();
    writer.set_session_key_if_absent(&[8; 32]).unwrap();
    // Seen through the open transaction, by nobody else yet.
    assert_eq!(writer.reader().users().unwrap().len(), 2);
    assert!(backend.reader().users().unwrap().is_empty());
    writer.commit().unwrap();

    let store = backend.reader();
    let users = store.users().unwrap();
    let names: Vec<(&str, Role, u64)> = users
        .iter()
        .map(|u| (u.name.as_str(), u.role, u.tokens))
        .collect();
    assert_eq!(names, [("ana", Role::Admin, 0), ("ben", Role::Reader, 2)]);
    assert!(users.iter().all(|u| is_utc(&u.created)), "{users:?}");
    let ana = store.user("ana").unwrap().expect("ana");
    assert_eq!(
        ana.password_hash.as_deref(),
        Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")
    );
    assert_eq!(store.user("ben").unwrap().unwrap().password_hash, None);
    assert_eq!(store.user("zoe").unwrap(), None);
    assert_eq!(
        store.token_user(&"c".repeat(64)).unwrap().map(|u| u.name),
        Some("ben".to_string())
    );
    assert_eq!(store.token_user(&"d".repeat(64)).unwrap(), None);
    // The first key stays.
    assert_eq!(store.session_key().unwrap(), Some(vec![7; 32]));

    // Removed: the account and its tokens.
    let mut writer = backend.writer();
    writer.remove_user("ben").unwrap();
    let again = writer.remove_user("ben").unwrap_err();
    assert!(again.to_string().contains("no account"), "{again}");
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.users().unwrap().len(), 1);
    assert_eq!(store.token_user(&"b".repeat(64)).unwrap(), None);
    // A new account of the same name does not inherit the old tokens.
    let mut writer = backend.writer();
    writer.add_user("ben", Role::Editor, None).unwrap();
    writer.commit().unwrap();
    let store = backend.reader();
    assert_eq!(store.token_user(&"c".repeat(64)).unwrap(), None);
    assert_eq!(store.user("ben").unwrap().unwrap().tokens, 0);
}

pub fn the_audit_log_keeps_what_each_committed_write_did(backend: &dyn Backend) {
    assert!(backend.reader().audit().unwrap().is_empty());
    let entry = |actor: &str, action: &str, target: &str| NewAudit {
        actor: actor.into(),
        action: action.into(),
        target: target.into(),
        detail: None,
    };
    let upload = NewAudit {
        detail: Some("1 added".into()),
        ..entry("ana", "ingest", "court.txt")
    };
    let mut writer = backend.writer();
    put(
        &mut *writer,
        &doc("court.txt", "The court sat on 3 May 2011."),
    );
    let first = writer.add_audit(&upload).unwrap();
    let second = writer
        .add_audit(&entry("ben", "judge", "reject_date event 4"))
        .unwrap();
    assert!(second > first);
    assert_eq!(writer.reader().audit().unwrap().len(), 2);
    assert!(backend.reader().audit().unwrap().is_empty());
    writer.commit().unwrap();

    // A write rolled back leaves no entry.
    let mut writer = backend.writer();
    writer
        .add_audit(&entry("carla", "user_add", "dan"))
        .unwrap();
    drop(writer);

    let log = backend.reader().audit().unwrap();
    assert_eq!(log.len(), 2);
    assert_eq!((log[0].id, &log[0].entry), (first, &upload));
    assert_eq!(log[1].entry, entry("ben", "judge", "reject_date event 4"));
    assert!(log.iter().all(|e| is_utc(&e.at)), "{log:?}");
}
