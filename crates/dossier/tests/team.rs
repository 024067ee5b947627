//! Team mode: engines on two machines (two local index directories) sharing one
//! PostgreSQL store. Skipped, saying so, where PostgreSQL is not installed.

mod common;

use common::{ingest, search, write, ENVIRONMENT};
use dossier::Engine;
use std::path::{Path, PathBuf};

fn hits(engine: &Engine, query: &str) -> Vec<String> {
    search(engine, query, 10)
        .into_iter()
        .map(|hit| hit.document)
        .collect()
}

/// Open the engine of "machine" `index` (its own index directory) on `store`.
fn open_on(store: &Path, index: &Path) -> Engine {
    // Set under ENVIRONMENT, before each open.
    std::env::set_var(dossier::INDEX_DIR_ENV, index);
    Engine::open_or_create(store).unwrap()
}

#[test]
fn two_machines_share_one_postgres_store() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let Some(cluster) = dossier_store::testing::TempCluster::start() else {
        return;
    };
    let url = PathBuf::from(cluster.database());
    let tmp = tempfile::tempdir().unwrap();
    let (index_a, index_b) = (tmp.path().join("a"), tmp.path().join("b"));
    let corpus = tmp.path().join("corpus");

    // Machine A ingests; its index is in its own directory, not in the database.
    let mut a = open_on(&url, &index_a);
    assert_eq!(a.dir(), index_a);
    let first = write(
        &corpus,
        "court.txt",
        "The regional court sentenced the activist on 2 March 2011.\n",
    );
    let report = ingest(&mut a, std::slice::from_ref(&first));
    assert_eq!(report.documents_total, 1, "{report:?}");
    assert_eq!(hits(&a, "activist"), ["court.txt"]);
    assert!(index_a.join("index").is_dir());

    // Machine B builds its index from the database and finds it.
    let mut b = open_on(&url, &index_b);
    assert_eq!(hits(&b, "activist"), ["court.txt"]);
    assert_eq!(b.docs().unwrap().len(), 1);
    // The unchanged file is not read again, from either machine.
    let again = ingest(&mut b, &[first]);
    assert_eq!(again.unchanged, 1);

    // B ingests; A's engine is no longer current, and a reopened one finds it.
    let second = write(
        &corpus,
        "law.md",
        "In 2012 parliament abolished the death penalty.\n",
    );
    ingest(&mut b, &[second]);
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
    ingest(&mut b, &[third]);
    let fourth = write(&corpus, "press.txt", "The press reported the verdict.\n");
    ingest(&mut a, &[fourth]);
    assert_eq!(hits(&a, "observer"), ["ngo.txt"]);
    assert_eq!(hits(&a, "verdict"), ["press.txt"]);
    assert_eq!(hits(&a, "parliament"), ["law.md"]);
    assert_eq!(a.docs().unwrap().len(), 4);
    assert!(!stale.is_current().unwrap());

    // A read-only engine (`serve --read-only`) of a third machine writes nothing to
    // the database, and builds its own index.
    std::env::set_var(dossier::INDEX_DIR_ENV, tmp.path().join("c"));
    let before = a.store().generation().unwrap();
    let reader = Engine::open_read_only(&url).unwrap();
    assert_eq!(hits(&reader, "verdict"), ["press.txt"]);
    assert!(reader.is_current().unwrap());
    assert_eq!(a.store().generation().unwrap(), before);
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

/// A judgment through the engine, on each backend: checked against its evidence,
/// kept with its author across a re-ingest of a changed version, and no reason to
/// rebuild the search index.
#[test]
fn judgments_made_through_the_engine_survive_a_changed_version_on_both_backends() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = tempfile::tempdir().unwrap();
    let cluster = dossier_store::testing::TempCluster::start();
    let mut stores = vec![tmp.path().join("embedded")];
    if let Some(cluster) = &cluster {
        stores.push(PathBuf::from(cluster.database()));
    }
    for (n, store) in stores.iter().enumerate() {
        let corpus = tmp.path().join(format!("corpus{n}"));
        let file = write(
            &corpus,
            "court.txt",
            "The court sentenced him on 3 May 2011.\n",
        );
        let mut engine = open_on(store, &tmp.path().join(format!("index{n}")));
        ingest(&mut engine, std::slice::from_ref(&file));
        let sha = engine.docs().unwrap()[0].sha256.clone();
        let evidence = |start, end, quote: &str| dossier_store::Evidence {
            document: sha.clone(),
            start,
            end,
            quote: quote.into(),
        };
        let judgment = dossier_store::NewJudgment {
            kind: dossier_store::JudgmentKind::RejectDate,
            target: "event 1".into(),
            value: Some("2012-05-03".into()),
            note: None,
            evidence: Some(evidence(27, 37, "3 May 2011")),
            author: "ana".into(),
        };
        // Evidence that does not quote the document is refused.
        let wrong = dossier_store::NewJudgment {
            evidence: Some(evidence(0, 3, "Not")),
            ..judgment.clone()
        };
        assert!(engine.judge(&wrong).unwrap_err().is_user());
        let id = engine.judge(&judgment).unwrap();
        // The index was tagged with the judgment's commit, not made stale by it.
        assert!(engine.is_current().unwrap(), "{store:?}");
        assert_eq!(hits(&engine, "sentenced"), ["court.txt"]);

        // A changed version of the file: the judgment stays, its evidence gone.
        std::fs::write(&file, "The court sentenced him on 3 May 2012, it said.\n").unwrap();
        ingest(&mut engine, &[file]);
        let kept = engine.judgments().unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!((kept[0].id, &kept[0].judgment), (id, &judgment));
        assert_eq!(engine.store().key_of_sha(&sha).unwrap(), None);
        engine.withdraw_judgment(id, "ben").unwrap();
        assert!(engine.withdraw_judgment(id, "ben").unwrap_err().is_user());
        assert_eq!(
            engine.judgments().unwrap()[0]
                .withdrawn
                .as_ref()
                .map(|w| w.0.as_str()),
            Some("ben")
        );
    }
}
