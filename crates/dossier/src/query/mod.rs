//! Reads: every query takes the engine's current snapshot and returns results that
//! carry citations (`document`, byte `start`/`end` into the kept text, `quote`).

pub mod ask;
pub mod dedup;
pub mod docs;
pub mod graph;
pub mod search;
pub mod timeline;

use dossier_model::Span;
use serde::Serialize;

/// A pointer to the exact words that support a result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Citation {
    pub document: String,
    pub start: u32,
    pub end: u32,
    pub quote: String,
}

impl Citation {
    pub fn new(document: &str, text: &str, span: Span) -> Citation {
        Citation {
            document: document.to_string(),
            start: span.start,
            end: span.end,
            quote: span.slice(text).to_string(),
        }
    }
}

/// Case- and diacritics-insensitive form for matching names typed by a user.
pub fn fold(s: &str) -> String {
    crate::index::facet_key(s)
}
