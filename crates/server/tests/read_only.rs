//! `dossier serve --read-only` writes nothing (issue 16, item 15): not the
//! database, its log, the index (even a stale or missing one), a lock file or an
//! upload. Every file of the store is the same after every read route has been
//! asked, and an upload is refused. The one exception is `dossier.sqlite-shm`:
//! SQLite's shared memory for readers of a write-ahead-logged database (each
//! reader marks there which commit it reads), not data; a reader cannot read the
//! database without it.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::send;
use dossier_server::{router, state, Config};
use std::collections::BTreeMap;
use std::path::Path;

/// Every file under `dir`: its length, modification time and bytes.
fn tree(dir: &Path) -> BTreeMap<String, (u64, std::time::SystemTime, Vec<u8>)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let entry = entry.unwrap();
            let meta = entry.metadata().unwrap();
            if entry.file_name() == "dossier.sqlite-shm" {
                continue;
            }
            if meta.is_dir() {
                stack.push(entry.path());
                out.insert(
                    entry.path().display().to_string(),
                    (0, meta.modified().unwrap(), Vec::new()),
                );
            } else {
                out.insert(
                    entry.path().display().to_string(),
                    (
                        meta.len(),
                        meta.modified().unwrap(),
                        std::fs::read(entry.path()).unwrap(),
                    ),
                );
            }
        }
    }
    out
}

#[tokio::test]
async fn read_only_leaves_every_file_of_the_store_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let mut engine = dossier::Engine::open_or_create(&store).unwrap();
    engine
        .ingest(
            &[Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")],
            &dossier::IngestConfig::default(),
            &dossier::pipeline::Silent,
        )
        .unwrap();
    drop(engine);
    // A stale index: a writable server would rebuild it.
    std::fs::remove_dir_all(store.join("index")).unwrap();
    let before = tree(&store);
    let app = router(
        state(&Config {
            store: store.clone(),
            read_only: true,
            ..Config::default()
        })
        .unwrap(),
    );
    for uri in [
        "/api/docs",
        "/api/search?q=court&facets=1",
        "/api/timeline",
        "/api/conflicts",
        "/api/entities",
        "/api/status/Kazakhstan",
        "/api/ask?q=When%20was%20the%20moratorium%20declared%3F",
    ] {
        let (status, body) = send(&app, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    }
    let (status, _) = send(
        &app,
        Request::post("/api/ingest?name=x.txt")
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .body(Body::from("The court met on 3 May 2004."))
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let after = tree(&store);
    let names = |t: &BTreeMap<String, _>| t.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&before), names(&after), "files were added or removed");
    for (path, (len, mtime, bytes)) in &before {
        let (len2, mtime2, bytes2) = &after[path];
        assert!(
            len == len2 && mtime == mtime2 && bytes == bytes2,
            "{path} was written"
        );
    }
}
