//! The web UI and the OpenAPI document, embedded in the binary (no CDN, no build step).

use axum::extract::Path;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use std::sync::OnceLock;

macro_rules! web {
    ($path:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/", $path))
    };
}

pub const OPENAPI: &str = web!("openapi.json");
pub const INDEX: &str = web!("index.html");

/// Files under `/static/`: name, content type, body.
pub const STATIC: &[(&str, &str, &str)] = &[
    ("app.css", "text/css; charset=utf-8", web!("static/app.css")),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        web!("static/app.js"),
    ),
    (
        "api.js",
        "text/javascript; charset=utf-8",
        web!("static/api.js"),
    ),
    (
        "util.js",
        "text/javascript; charset=utf-8",
        web!("static/util.js"),
    ),
    (
        "search.js",
        "text/javascript; charset=utf-8",
        web!("static/search.js"),
    ),
    (
        "timeline.js",
        "text/javascript; charset=utf-8",
        web!("static/timeline.js"),
    ),
    (
        "viewer.js",
        "text/javascript; charset=utf-8",
        web!("static/viewer.js"),
    ),
    (
        "docs.js",
        "text/javascript; charset=utf-8",
        web!("static/docs.js"),
    ),
    (
        "ask.js",
        "text/javascript; charset=utf-8",
        web!("static/ask.js"),
    ),
    (
        "entities.js",
        "text/javascript; charset=utf-8",
        web!("static/entities.js"),
    ),
    (
        "judge.js",
        "text/javascript; charset=utf-8",
        web!("static/judge.js"),
    ),
    (
        "conflicts.js",
        "text/javascript; charset=utf-8",
        web!("static/conflicts.js"),
    ),
    (
        "status.js",
        "text/javascript; charset=utf-8",
        web!("static/status.js"),
    ),
    ("favicon.svg", "image/svg+xml", web!("static/favicon.svg")),
];

/// What our own pages may do: load from our origin only, frame only our API's
/// originals, be framed by nobody else.
pub const UI_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'self'";

/// A hash of every file of the UI: the version in `/static/VERSION/FILE`.
pub fn version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        use std::hash::{Hash, Hasher};
        // SipHash with fixed keys: the same files give the same version.
        let mut hasher = std::hash::DefaultHasher::new();
        INDEX.hash(&mut hasher);
        for file in STATIC {
            file.hash(&mut hasher);
        }
        format!("{:016x}", hasher.finish())
    })
}

/// `index.html` with its files under `/static/VERSION/`: a browser keeps them
/// (`immutable`) and loads nothing but the page itself on a later visit, and a
/// new build's page names new addresses. The modules import each other by
/// relative address, so they stay under the same version.
fn versioned_index() -> &'static str {
    static PAGE: OnceLock<String> = OnceLock::new();
    PAGE.get_or_init(|| INDEX.replace("\"/static/", &format!("\"/static/{}/", version())))
}

pub async fn index(headers: HeaderMap) -> Response {
    page(
        &headers,
        versioned_index(),
        "text/html; charset=utf-8",
        false,
    )
}

/// `/static/FILE`: revalidated on every use.
pub async fn file(headers: HeaderMap, Path(name): Path<String>) -> Response {
    static_file(&headers, &name, false).await
}

/// `/static/VERSION/FILE`: kept for good when VERSION is this build's.
pub async fn versioned_file(
    headers: HeaderMap,
    Path((asked, name)): Path<(String, String)>,
) -> Response {
    static_file(&headers, &name, asked == version()).await
}

async fn static_file(headers: &HeaderMap, name: &str, immutable: bool) -> Response {
    match STATIC.iter().find(|(file, _, _)| *file == name) {
        Some((_, content_type, body)) => page(headers, body, content_type, immutable),
        None => crate::api::not_found(
            format!("/static/{}", name.chars().take(100).collect::<String>())
                .parse()
                .unwrap_or_default(),
        )
        .await
        .into_response(),
    }
}

fn page(
    headers: &HeaderMap,
    body: &'static str,
    content_type: &'static str,
    immutable: bool,
) -> Response {
    let tag = format!("\"{}\"", version());
    let cache = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let held = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == tag)
        });
    if held {
        return (
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, tag.as_str()), (header::CACHE_CONTROL, cache)],
        )
            .into_response();
    }
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, UI_CSP),
            (header::CACHE_CONTROL, cache),
            (header::ETAG, tag.as_str()),
        ],
        body,
    )
        .into_response()
}
