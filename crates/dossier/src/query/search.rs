//! Full-text search over passages.

use crate::index::{Hit, SearchRequest};
use crate::{Engine, Result};
use std::collections::HashMap;

impl Engine {
    /// BM25-ranked passages with highlighted snippets.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<Hit>> {
        let mut hits = self.index.search(request)?;
        let summaries = self.summaries()?;
        let publishers: HashMap<i64, &str> = summaries
            .iter()
            .filter_map(|d| Some((d.key, d.meta.publisher.as_ref()?.value.as_str())))
            .collect();
        for hit in &mut hits {
            hit.publisher = publishers.get(&hit.doc_key).map(|p| p.to_string());
        }
        Ok(hits)
    }
}
