//! Team mode: engines on two machines (two local index directories) sharing one
//! PostgreSQL store. Skipped, saying so, where PostgreSQL is not installed.

use dossier::{Engine, IngestConfig, SearchRequest};
use std::path::{Path, PathBuf};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn hits(engine: &Engine, query: &str) -> Vec<String> {
    engine
        .search(&SearchRequest {
            query: query.into(),
            limit: 10,
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|hit| hit.document)
        .collect()
}

/// Open the engine of "machine" `index` (its own index directory) on `store`.
fn open_on(store: &Path, index: &Path) -> Engine {
    // The only test of this binary sets it: no other thread reads the environment.
    std::env::set_var(dossier::INDEX_DIR_ENV, index);
    Engine::open_or_create(store).unwrap()
}

#[test]
fn two_machines_share_one_postgres_store() {
    let Some(cluster) = dossier_store::testing::TempCluster::start() else {
        return;
    };
    let url = PathBuf::from(cluster.database());
    let tmp = tempfile::tempdir().unwrap();
    let (index_a, index_b) = (tmp.path().join("a"), tmp.path().join("b"));
    let corpus = tmp.path().join("corpus");
    let config = IngestConfig::default();
    let silent = &dossier::pipeline::Silent;

    // Machine A ingests; its index is in its own directory, not in the database.
    let mut a = open_on(&url, &index_a);
    assert_eq!(a.dir(), index_a);
    let first = write(
        &corpus,
        "court.txt",
        "The regional court sentenced the activist on 2 March 2011.\n",
    );
    let report = a
        .ingest(std::slice::from_ref(&first), &config, silent)
        .unwrap();
    assert_eq!(report.documents_total, 1, "{report:?}");
    assert_eq!(hits(&a, "activist"), ["court.txt"]);
    assert!(index_a.join("index").is_dir());

    // Machine B builds its index from the database and finds it.
    let mut b = open_on(&url, &index_b);
    assert_eq!(hits(&b, "activist"), ["court.txt"]);
    assert_eq!(b.docs().unwrap().len(), 1);
    // The unchanged file is not read again, from either machine.
    let again = b.ingest(&[first], &config, silent).unwrap();
    assert_eq!(again.unchanged, 1);

    // B ingests; A's engine is no longer current, and a reopened one finds it.
    let second = write(
        &corpus,
        "law.md",
        "In 2012 parliament abolished the death penalty.\n",
    );
    b.ingest(&[second], &config, silent).unwrap();
    assert!(!a.is_current().unwrap());
    let reopened = open_on(&url, &index_a);
    assert_eq!(hits(&reopened, "parliament"), ["law.md"]);
    drop(reopened);

    // A ingests from its stale engine (B committed since A's index was built):
    // A's index is rebuilt and holds B's documents as well as its own.
    let stale = open_on(&url, &index_b);
    let third = write(
        &corpus,
        "ngo.txt",
        "An observer from the NGO attended the hearing.\n",
    );
    b.ingest(&[third], &config, silent).unwrap();
    let fourth = write(&corpus, "press.txt", "The press reported the verdict.\n");
    a.ingest(&[fourth], &config, silent).unwrap();
    assert_eq!(hits(&a, "observer"), ["ngo.txt"]);
    assert_eq!(hits(&a, "verdict"), ["press.txt"]);
    assert_eq!(hits(&a, "parliament"), ["law.md"]);
    assert_eq!(a.docs().unwrap().len(), 4);
    assert!(!stale.is_current().unwrap());
}

#[test]
fn a_postgres_url_that_cannot_be_reached_is_a_user_error_without_its_password() {
    let url = PathBuf::from("postgresql://ana:s3cret@/nowhere?host=/nonexistent-dir-for-dossier");
    let err = Engine::open(&url).err().expect("refused");
    assert!(err.is_user(), "{err}");
    let message = err.to_string();
    assert!(message.contains("cannot connect"), "{message}");
    assert!(!message.contains("s3cret"), "{message}");
}
