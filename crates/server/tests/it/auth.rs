//! Sign-in, roles and the audit log over HTTP, on an embedded store served with
//! `--require-sign-in` and on PostgreSQL (team mode: always; skipped, saying so,
//! where PostgreSQL is not installed).

use super::{multipart, send, Reply};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use dossier::auth::Role;
use dossier_server::{router, state, Config};
use std::path::Path;

/// `f` on a thread of its own: the synchronous engine and database client (which
/// runs a runtime of its own) off the test's async threads.
fn off<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| scope.spawn(f).join().expect("no panic"))
}

fn basic(name: &str, password: &str) -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{name}:{password}"))
    )
}

async fn call(app: &Router, method: Method, uri: &str, auth: Option<&str>) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(auth) = auth {
        let (name, value) = auth
            .strip_prefix("Cookie ")
            .map_or((header::AUTHORIZATION, auth), |c| (header::COOKIE, c));
        request = request.header(name, value);
    }
    send(app, request.body(Body::empty()).unwrap()).await
}

async fn upload(app: &Router, auth: Option<&str>, name: &str, text: &str) -> Reply {
    let (content_type, body) = multipart(&[(name, text)]);
    let mut request = Request::post("/api/ingest").header(header::CONTENT_TYPE, content_type);
    if let Some(auth) = auth {
        request = match auth.strip_prefix("Cookie ") {
            Some(cookie) => request.header(header::COOKIE, cookie),
            None => request.header(header::AUTHORIZATION, auth),
        };
    }
    send(app, request.body(Body::from(body)).unwrap()).await
}

/// The whole story on the store at `store`: accounts made as `dossier user add`
/// makes them, then every kind of caller over HTTP.
async fn sign_in_roles_and_audit(store: &Path) {
    // The synchronous engine and database client, off the async threads.
    let token = off(|| {
        let mut engine = dossier::Engine::open_or_create(store).unwrap();
        engine
            .add_user("ada", Role::Admin, Some("admin pass 1"), "root")
            .unwrap();
        engine
            .add_user("rea", Role::Reader, Some("reader pass 1"), "ada")
            .unwrap();
        engine
            .add_user("edi", Role::Editor, Some("editor pass 1"), "ada")
            .unwrap();
        engine.mint_token("rea", "ada").unwrap()
    });
    let config = Config {
        store: store.to_path_buf(),
        require_sign_in: true,
        ..Config::default()
    };
    let app = router(off(|| state(&config)).expect("state"));

    // Without credentials: 401, and a client that is not a browser is offered Basic.
    let refused = call(&app, Method::GET, "/api/docs", None).await;
    refused.error(StatusCode::UNAUTHORIZED, "unauthorized");
    assert!(refused
        .header(header::WWW_AUTHENTICATE)
        .starts_with("Basic"));
    call(&app, Method::GET, "/api/session", None)
        .await
        .error(StatusCode::UNAUTHORIZED, "unauthorized");
    upload(&app, None, "a.txt", "text")
        .await
        .error(StatusCode::UNAUTHORIZED, "unauthorized");
    // The page and its assets, the API's description: public.
    assert_eq!(
        call(&app, Method::GET, "/", None).await.status,
        StatusCode::OK
    );
    let api = call(&app, Method::GET, "/api/openapi.json", None).await;
    assert_eq!(api.status, StatusCode::OK);

    // A wrong password, an unknown name, a bad token, a bad header: 401.
    let reader = basic("rea", "reader pass 1");
    for auth in [
        basic("rea", "reader pass 2"),
        basic("nobody", "reader pass 1"),
        "Bearer dsr_0000".to_string(),
        "Digest x".to_string(),
    ] {
        call(&app, Method::GET, "/api/docs", Some(&auth))
            .await
            .error(StatusCode::UNAUTHORIZED, "bad_credentials");
    }

    // A reader reads (by password or token) and is refused a write: 403.
    let bearer = format!("Bearer {token}");
    for auth in [&reader, &bearer] {
        let docs = call(&app, Method::GET, "/api/docs", Some(auth)).await;
        assert_eq!(docs.status, StatusCode::OK, "{auth}");
        let refused = upload(&app, Some(auth), "reader.txt", "A reader's file.").await;
        refused.error(StatusCode::FORBIDDEN, "forbidden");
        assert!(refused.json()["message"]
            .as_str()
            .unwrap()
            .contains("needs the editor role"));
    }
    call(&app, Method::GET, "/api/audit", Some(&reader))
        .await
        .error(StatusCode::FORBIDDEN, "forbidden");

    // An editor uploads.
    let editor = basic("edi", "editor pass 1");
    let uploaded = upload(
        &app,
        Some(&editor),
        "hearing.txt",
        "The tribunal heard the appeal on 4 June 2013.",
    )
    .await;
    assert_eq!(
        uploaded.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&uploaded.body)
    );
    // A judgment: refused to a reader; an editor's is theirs, whatever header says
    // otherwise.
    let judgment = |auth: &str| {
        Request::post("/api/judgments")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::AUTHORIZATION, auth)
            .header("x-dossier-user", "mallory")
            .body(Body::from(
                r#"{"kind": "tag_document", "target": "hearing.txt", "value": "appeal"}"#,
            ))
            .unwrap()
    };
    send(&app, judgment(&reader))
        .await
        .error(StatusCode::FORBIDDEN, "forbidden");
    let judged = send(&app, judgment(&editor)).await;
    assert_eq!(
        judged.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&judged.body)
    );
    assert_eq!(
        judged.json()["judgment"]["author"],
        "edi",
        "{}",
        judged.json()
    );
    let found = call(&app, Method::GET, "/api/search?q=tribunal", Some(&bearer)).await;
    assert_eq!(found.json()["hits"][0]["document"], "hearing.txt");
    call(&app, Method::GET, "/api/audit", Some(&editor))
        .await
        .error(StatusCode::FORBIDDEN, "forbidden");

    // The web UI's session: a cookie, HttpOnly and SameSite=Strict.
    let signed_in = send(
        &app,
        Request::post("/api/session")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                r#"{"name": "edi", "password": "editor pass 1"}"#,
            ))
            .unwrap(),
    )
    .await;
    assert_eq!(signed_in.status, StatusCode::OK);
    assert_eq!(signed_in.json()["role"], "editor");
    let set_cookie = signed_in.header(header::SET_COOKIE);
    assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
    assert!(set_cookie.contains("SameSite=Strict"), "{set_cookie}");
    let cookie = format!("Cookie {}", set_cookie.split(';').next().unwrap());
    let who = call(&app, Method::GET, "/api/session", Some(&cookie)).await;
    assert_eq!(who.json()["name"], "edi");
    let second = upload(
        &app,
        Some(&cookie),
        "verdict.txt",
        "The verdict was upheld.",
    )
    .await;
    assert_eq!(second.status, StatusCode::OK);
    let wrong = send(
        &app,
        Request::post("/api/session")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(r#"{"name": "edi", "password": "nope nope"}"#))
            .unwrap(),
    )
    .await;
    wrong.error(StatusCode::UNAUTHORIZED, "bad_credentials");
    assert!(wrong.header(header::SET_COOKIE).is_empty());
    // A forged cookie is refused (and cleared).
    let forged = format!("{}0", cookie.trim_end_matches(|c: char| c != '.'));
    let refused = call(&app, Method::GET, "/api/docs", Some(&forged)).await;
    refused.error(StatusCode::UNAUTHORIZED, "session_expired");
    let signed_out = call(&app, Method::DELETE, "/api/session", Some(&cookie)).await;
    assert!(signed_out.header(header::SET_COOKIE).contains("Max-Age=0"));

    // The admin reads the audit log: who wrote what, on what.
    let admin = basic("ada", "admin pass 1");
    let log = call(&app, Method::GET, "/api/audit", Some(&admin)).await;
    assert_eq!(log.status, StatusCode::OK);
    let log = log.json();
    let entries = log["entries"].as_array().unwrap();
    let rows: Vec<(&str, &str, &str)> = entries
        .iter()
        .map(|e| {
            (
                e["actor"].as_str().unwrap(),
                e["action"].as_str().unwrap(),
                e["target"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("root", "user_add", "ada"),
            ("ada", "user_add", "rea"),
            ("ada", "user_add", "edi"),
            ("ada", "token_add", "rea"),
            ("edi", "ingest", "hearing.txt"),
            ("edi", "judge", "tag_document hearing.txt"),
            ("edi", "ingest", "verdict.txt"),
        ]
    );
    assert!(entries[4]["at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(entries[4]["detail"], "1 added, 0 replaced, 0 already known");
    let last = call(&app, Method::GET, "/api/audit?limit=1", Some(&admin)).await;
    assert_eq!(last.json()["total"], 7);
    assert_eq!(last.json()["entries"][0]["target"], "verdict.txt");

    // A removed account's password and tokens stop working at once.
    off(|| {
        let mut engine = dossier::Engine::open(store).unwrap();
        engine.remove_user("rea", "ada").unwrap();
    });
    for auth in [&reader, &bearer] {
        call(&app, Method::GET, "/api/docs", Some(auth))
            .await
            .error(StatusCode::UNAUTHORIZED, "bad_credentials");
    }
    // Its connections to the database close off the async threads.
    off(move || drop(app));
}

#[tokio::test]
async fn an_embedded_store_served_with_sign_in_required() {
    let dir = tempfile::tempdir().unwrap();
    sign_in_roles_and_audit(&dir.path().join("store")).await;
}

#[tokio::test]
async fn team_mode_on_postgres_requires_sign_in() {
    let Some(cluster) = off(dossier_store::testing::TempCluster::start) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // This machine's index and uploads (the only test of this binary that sets it).
    std::env::set_var(dossier::INDEX_DIR_ENV, dir.path().join("local"));
    let url = std::path::PathBuf::from(off(|| cluster.database()));
    // Team mode asks for sign-in without being told, and refuses to start without
    // an account, saying how to make the first.
    let config = Config {
        store: url.clone(),
        ..Config::default()
    };
    let err = off(|| {
        dossier::Engine::open_or_create(&url).unwrap();
        state(&config).err().expect("refused without an account")
    });
    assert!(err.is_user(), "{err}");
    assert!(err.to_string().contains("dossier user add"), "{err}");
    sign_in_roles_and_audit(&url).await;
    let app = router(off(|| state(&config)).unwrap());
    call(&app, Method::GET, "/api/docs", None)
        .await
        .error(StatusCode::UNAUTHORIZED, "unauthorized");
    off(move || drop(app));
}

#[tokio::test]
async fn without_sign_in_nobody_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let config = Config {
        store: store.clone(),
        ..Config::default()
    };
    let app = router(state(&config).unwrap());
    let who = call(&app, Method::GET, "/api/session", None).await;
    assert_eq!(who.status, StatusCode::OK);
    assert_eq!(who.json()["sign_in"], false);
    let uploaded = upload(&app, None, "note.txt", "A note about the hearing.").await;
    assert_eq!(uploaded.status, StatusCode::OK);
    // The write is still in the audit log, as the server's system user.
    let log = call(&app, Method::GET, "/api/audit", None).await.json();
    assert_eq!(log["entries"][0]["action"], "ingest");
    assert_eq!(log["entries"][0]["target"], "note.txt");
    // Asking for sign-in on a store without accounts is refused, saying how.
    let required = Config {
        require_sign_in: true,
        ..config
    };
    let err = state(&required).err().expect("refused");
    assert!(
        err.to_string()
            .contains("dossier user add NAME --role admin"),
        "{err}"
    );
}
