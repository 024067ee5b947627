//! Full-text search over passages.

use crate::index::{Hit, SearchRequest};
use crate::{Engine, Result};
use dossier_store::Store;
use std::collections::HashMap;

impl Engine {
    /// BM25-ranked passages with highlighted snippets.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<Hit>> {
        let mut hits = self.index.search(request)?;
        let publishers: HashMap<i64, Option<String>> = self
            .store
            .documents()?
            .into_iter()
            .map(|d| (d.key, d.meta.publisher.map(|p| p.value)))
            .collect();
        for hit in &mut hits {
            hit.publisher = publishers.get(&hit.doc_key).cloned().flatten();
        }
        Ok(hits)
    }
}
