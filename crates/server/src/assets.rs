//! The web UI and the OpenAPI document, embedded in the binary (no CDN, no build step).

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

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

pub async fn index() -> Response {
    page(INDEX, "text/html; charset=utf-8")
}

pub async fn file(Path(name): Path<String>) -> Response {
    match STATIC.iter().find(|(file, _, _)| *file == name) {
        Some((_, content_type, body)) => page(body, content_type),
        None => crate::api::not_found(
            format!("/static/{}", name.chars().take(100).collect::<String>())
                .parse()
                .unwrap_or_default(),
        )
        .await
        .into_response(),
    }
}

fn page(body: &'static str, content_type: &'static str) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, UI_CSP),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}
