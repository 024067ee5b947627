//! HTTP caching of the API's answers, and how long the server took for each.
//!
//! A read of the API answers the same for as long as the store's generation does
//! not move (every ingest and judgment commits a new one). So a `GET` under `/api/`
//! gets an `ETag` naming this server process, the store's generation and today's
//! date (`status` and `ask` read "today" when no date is asked), with
//! `Cache-Control: private, no-cache`: a browser asks again on every visit, with
//! `If-None-Match`, and while nothing changed the server answers `304 Not Modified`
//! without computing anything. A new server process (another build, perhaps) never
//! reuses an older process's tags.
//!
//! Not tagged: the caller's own session, the audit log and the judgments list
//! (who asks matters); any answer given while the server's warm-up still runs
//! (some are partial until it is done: the entity list, search facets); and any
//! answer whose handler says `Cache-Control: no-store`.
//!
//! Every API answer also says how long the server spent on it (`Server-Timing:
//! app;dur=MS`), which the browser shows in its network panel and `web/e2e/scale.mjs`
//! reads to tell the server's time from the page's.

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;

/// Paths whose answers depend on who asks, or are not reads of the store.
const UNTAGGED: &[&str] = &["/api/session", "/api/audit", "/api/judgments"];

/// This process's part of every tag: its start time.
fn process_token() -> &'static str {
    static TOKEN: OnceLock<String> = OnceLock::new();
    TOKEN.get_or_init(|| {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        format!("{:x}", nanos ^ u128::from(std::process::id()))
    })
}

/// The tag of every answer of this store's `generation` today.
pub fn tag(generation: u64) -> String {
    format!("\"{}-{generation}-{}\"", process_token(), dossier::today())
}

/// Whether `If-None-Match` names `tag` (or is `*`).
fn matches(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|v| v.trim().trim_start_matches("W/"))
        .any(|v| v == tag || v == "*")
}

fn cacheable(request: &Request) -> bool {
    let path = request.uri().path();
    matches!(*request.method(), Method::GET | Method::HEAD)
        && path.starts_with("/api/")
        && !UNTAGGED
            .iter()
            .any(|p| path == *p || path.starts_with(&format!("{p}/")))
}

/// The store's generation, or `None` while the warm-up runs (answers may be partial
/// then) or if it cannot be read.
async fn generation(state: &AppState) -> Option<u64> {
    state
        .pool
        .read(|engine| {
            let generation = engine.store().generation().map_err(dossier::Error::from)?;
            Ok((!crate::cache::warming(engine.dir())).then_some(generation))
        })
        .await
        .ok()
        .flatten()
}

/// The middleware: `304` for a tag the caller already holds, tags on what may be
/// cached, `Server-Timing` on every API answer.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = std::time::Instant::now();
    let api = request.uri().path().starts_with("/api/");
    let before = if cacheable(&request) {
        generation(&state).await
    } else {
        None
    };
    if let Some(generation) = before {
        let tag = tag(generation);
        if matches(request.headers(), &tag) {
            let mut response = StatusCode::NOT_MODIFIED.into_response();
            set_tag(response.headers_mut(), &tag);
            timing(&mut response, started);
            return response;
        }
    }
    let mut response = next.run(request).await;
    if let Some(generation) = before {
        let store_says_no = response
            .headers()
            .get(header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("no-store"));
        // Tagged only if no commit came while the answer was computed.
        if response.status() == StatusCode::OK
            && !store_says_no
            && generation_now(&state).await == Some(generation)
        {
            set_tag(response.headers_mut(), &tag(generation));
        }
    }
    if api {
        timing(&mut response, started);
    }
    response
}

async fn generation_now(state: &AppState) -> Option<u64> {
    state
        .pool
        .read(|engine| Ok(engine.store().generation().map_err(dossier::Error::from)?))
        .await
        .ok()
}

fn set_tag(headers: &mut HeaderMap, tag: &str) {
    if let Ok(value) = HeaderValue::from_str(tag) {
        headers.insert(header::ETAG, value);
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
    }
}

fn timing(response: &mut Response, started: std::time::Instant) {
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if let Ok(value) = HeaderValue::from_str(&format!("app;dur={ms:.1}")) {
        response.headers_mut().insert("server-timing", value);
    }
}
