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
    /// The page of the original (PDF) the quote begins on, from 1; absent for
    /// documents without pages. Filled in by [`Engine::with_pages`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

impl Citation {
    pub fn new(document: &str, text: &str, span: Span) -> Citation {
        Citation {
            document: document.to_string(),
            start: span.start,
            end: span.end,
            quote: span.slice(text).to_string(),
            page: None,
        }
    }
}

impl crate::Engine {
    /// The page (from 1) of `document` that kept-text offset `start` lies on; `None`
    /// for a document without pages (any but a PDF) or one this snapshot lacks.
    pub fn page_of(&self, document: &str, start: u32) -> crate::Result<Option<u32>> {
        Ok(self
            .page_starts()?
            .get(document)
            .and_then(|pages| dossier_model::page_at(pages, start)))
    }

    /// `value` (a query's result as JSON) with a `page` beside every cited span of
    /// a paged document in it: any object with a string `document` and a number
    /// `start` (citations, search hits, mentions). The API and the CLI's `--json`
    /// write their results through this.
    pub fn with_pages(&self, mut value: serde_json::Value) -> crate::Result<serde_json::Value> {
        let pages = self.page_starts()?;
        if !pages.is_empty() {
            add_pages(&mut value, pages);
        }
        Ok(value)
    }
}

fn add_pages(value: &mut serde_json::Value, pages: &std::collections::HashMap<String, Vec<u32>>) {
    use serde_json::Value;
    match value {
        Value::Array(items) => items.iter_mut().for_each(|v| add_pages(v, pages)),
        Value::Object(fields) => {
            let page = match (fields.get("document"), fields.get("start")) {
                (Some(Value::String(doc)), Some(Value::Number(start))) => pages
                    .get(doc)
                    .zip(start.as_u64().and_then(|s| u32::try_from(s).ok()))
                    .and_then(|(starts, start)| dossier_model::page_at(starts, start)),
                _ => None,
            };
            if let Some(page) = page {
                fields.insert("page".to_string(), Value::from(page));
            }
            fields.values_mut().for_each(|v| add_pages(v, pages));
        }
        _ => {}
    }
}

/// Case- and diacritics-insensitive form for matching names typed by a user.
pub fn fold(s: &str) -> String {
    crate::index::facet_key(s)
}
