//! No API route tells where the server keeps files (issue 16, item 15): documents
//! ingested from a folder and uploads are shown by name or by their place in the
//! store, and no response of any route holds the server's directories.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use common::send;
use dossier_server::{router, state, Config};
use serde_json::Value;
use std::path::Path;

async fn get(app: &Router, uri: &str) -> (StatusCode, String) {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[tokio::test]
async fn no_route_shows_a_server_path() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("srv-secret-layout");
    let corpus = secret.join("reports");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus"),
        &corpus,
    );
    let store = secret.join("store");
    let mut engine = dossier::Engine::open_or_create(&store).unwrap();
    let report = engine
        .ingest(
            std::slice::from_ref(&corpus),
            &dossier::IngestConfig::default(),
            &dossier::pipeline::Silent,
        )
        .unwrap();
    assert!(report.added > 0 && report.failed.is_empty(), "{report:?}");
    drop(engine);
    let app = router(
        state(&Config {
            store: store.clone(),
            ..Config::default()
        })
        .unwrap(),
    );
    let leaks = |what: &str, body: &str| {
        assert!(
            !body.contains("srv-secret-layout"),
            "{what} shows a server path: {body}"
        );
    };

    // An upload that lands and one that fails (an empty file).
    let upload = |name: &str, bytes: &[u8]| {
        Request::post(format!("/api/ingest?name={name}"))
            .header(header::CONTENT_TYPE, "application/octet-stream")
            .body(Body::from(bytes.to_vec()))
            .unwrap()
    };
    let (status, body) = send(
        &app,
        upload(
            "upload.txt",
            b"On 3 March 2019 a court in Orsk sentenced a farmer to death.\n",
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    leaks("POST /api/ingest", &body);
    let (status, body) = send(&app, upload("empty.txt", b"")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    leaks("POST /api/ingest (failed)", &body);
    let report: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        report["report"]["failed"][0]["path"], "uploads/empty.txt",
        "{body}"
    );

    let (status, body) = get(&app, "/api/docs").await;
    assert_eq!(status, StatusCode::OK);
    leaks("GET /api/docs", &body);
    let docs: Value = serde_json::from_str(&body).unwrap();
    let docs = docs["documents"].as_array().unwrap().clone();
    assert!(docs.len() > 1);
    for doc in &docs {
        let name = doc["document"].as_str().unwrap();
        let path = doc["path"].as_str().unwrap();
        // Inside the store: relative to it; elsewhere: the document's name.
        if name == "upload.txt" {
            assert_eq!(path, "uploads/upload.txt");
        } else {
            assert_eq!(path, name);
        }
        for uri in [
            format!("/api/docs/{}", encode(name)),
            format!("/api/docs?doc={}", encode(name)),
        ] {
            let (status, body) = get(&app, &uri).await;
            assert_eq!(status, StatusCode::OK, "{uri}: {body}");
            leaks(&uri, &body);
        }
    }
    let (_, body) = get(&app, "/api/entities").await;
    leaks("GET /api/entities", &body);
    let entities: Value = serde_json::from_str(&body).unwrap();
    let mut uris = vec![
        "/api/search?q=court&facets=1".to_string(),
        "/api/timeline".to_string(),
        "/api/conflicts".to_string(),
        "/api/ask?q=Who%20was%20sentenced%20to%20death%3F".to_string(),
        "/api/status/Kazakhstan".to_string(),
        "/api/docs/no-such-document".to_string(),
        "/api/openapi.json".to_string(),
    ];
    if let Some(name) = entities["entities"][0]["name"].as_str() {
        uris.push(format!("/api/entities/{}", encode(name)));
    }
    for uri in &uris {
        let (_, body) = get(&app, uri).await;
        leaks(uri, &body);
    }
}
