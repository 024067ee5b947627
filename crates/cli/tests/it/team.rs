//! Judgments and team mode from the command line: `dossier judge`, `dossier
//! judgments`, and `--store postgres://...` (skipped, saying so, without
//! PostgreSQL).

use super::{json, stderr, stdout};
use std::path::Path;
use std::process::{Command, Output};

fn run(store: &Path, index: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--store")
        .arg(store)
        .args(args)
        .env_remove("DOSSIER_STORE")
        .env("DOSSIER_INDEX_DIR", index)
        .output()
        .expect("run dossier")
}

/// Judge an event's date, list it, re-ingest a changed version: the judgment
/// stays, with its author, and says its evidence is gone.
fn judgments_from_the_command_line(store: &Path, tmp: &Path) {
    let index = tmp.join("index");
    let corpus = tmp.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    let file = corpus.join("court.txt");
    std::fs::write(&file, "The court sentenced him on 3 May 2011.\n").unwrap();
    let ingest = run(store, &index, &["ingest", file.to_str().unwrap()]);
    assert!(ingest.status.success(), "{}", stderr(&ingest));

    let judged = run(
        store,
        &index,
        &[
            "--json",
            "judge",
            "reject-date",
            "event 1",
            "--value",
            "2012-05-03",
            "--note",
            "the hearing was a year later",
            "--evidence",
            "court.txt:27-37",
            "--author",
            "ana",
        ],
    );
    let id = json(&judged)["id"].as_i64().expect("an id");
    let listed = json(&run(store, &index, &["--json", "judgments"]));
    let first = &listed["judgments"][0];
    assert_eq!(first["id"], id);
    assert_eq!(first["kind"], "reject_date");
    assert_eq!(first["author"], "ana");
    assert_eq!(first["evidence"]["quote"], "3 May 2011");
    assert_eq!(first["evidence_document"], "court.txt");
    assert!(first["at"].as_str().is_some_and(|at| at.ends_with('Z')));

    // Refused, exit 1: an unknown kind, a range outside the text, no such document.
    let reject_date = |evidence| {
        [
            "judge",
            "reject-date",
            "x",
            "--evidence",
            evidence,
            "--author",
            "ana",
        ]
    };
    for args in [
        &["judge", "reject-everything", "x", "--author", "ana"][..],
        &reject_date("court.txt:30-999"),
        &reject_date("none.txt:0-3"),
        &reject_date("court.txt"),
    ] {
        let refused = run(store, &index, args);
        assert_eq!(
            refused.status.code(),
            Some(1),
            "{args:?}: {}",
            stderr(&refused)
        );
    }

    // A changed version: the judgment stays; its evidence is gone from the store.
    std::fs::write(&file, "The court sentenced him on 4 May 2011, it said.\n").unwrap();
    let again = run(store, &index, &["ingest", file.to_str().unwrap()]);
    assert!(again.status.success(), "{}", stderr(&again));
    let text = stdout(&run(store, &index, &["judgments"]));
    assert!(
        text.contains("reject-date event 1 -> 2012-05-03  by ana"),
        "{text}"
    );
    assert!(
        text.contains("\"3 May 2011\" (its document is no longer in the store)"),
        "{text}"
    );
    assert!(text.contains("1 judgment(s)"), "{text}");
}

#[test]
fn judgments_in_an_embedded_store() {
    let tmp = tempfile::tempdir().unwrap();
    judgments_from_the_command_line(&tmp.path().join("store"), tmp.path());
}

#[test]
fn judgments_and_ingest_in_a_postgres_store() {
    let Some(cluster) = dossier_store::testing::TempCluster::start() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    judgments_from_the_command_line(Path::new(&cluster.database()), tmp.path());
}
