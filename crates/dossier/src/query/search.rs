//! Full-text search over passages.

use crate::index::{Hit, SearchRequest};
use crate::{Engine, Result};
use std::collections::HashMap;

impl Engine {
    /// BM25-ranked passages with highlighted snippets.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<Hit>> {
        use dossier_store::Store;
        let (mut hits, snippets) = self.index.search(request)?;
        // The index stores no names: each hit's document is named from the store's
        // (cached) list. A hit on a document this snapshot of the store does not hold
        // (replaced since the index was read) is left out.
        for hit in &mut hits {
            if let Some(summary) = self.summary(hit.doc_key)? {
                hit.document = summary.name.clone();
                hit.publisher = summary.meta.publisher.as_ref().map(|p| p.value.clone());
            }
        }
        hits.retain(|hit| !hit.document.is_empty());
        let mut texts: HashMap<i64, Option<String>> = HashMap::new();
        for hit in &mut hits {
            let text = match texts.entry(hit.doc_key) {
                std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
                std::collections::hash_map::Entry::Vacant(entry) => {
                    entry.insert(self.store.text(hit.doc_key)?)
                }
            };
            let passage = text
                .as_deref()
                .and_then(|text| text.get(hit.start as usize..hit.end as usize));
            if let Some(passage) = passage {
                snippets.fill(hit, passage);
            }
        }
        Ok(hits)
    }
}

impl Engine {
    /// How many passages match `request` in all (the search returns the best
    /// `limit`). Passages of documents this snapshot no longer holds may be counted.
    pub fn search_count(&self, request: &SearchRequest) -> Result<usize> {
        self.index.count(request)
    }

    /// Every passage that matches `request`, counted by its document's publisher and
    /// year of publication ("unknown" when the document has none), most first.
    pub fn search_facet_counts(&self, request: &SearchRequest) -> Result<SearchFacetCounts> {
        let mut publishers: HashMap<String, usize> = HashMap::new();
        let mut years: HashMap<String, usize> = HashMap::new();
        let mut total = 0;
        for key in self.index.matching_keys(request)? {
            // A passage of a document this snapshot no longer holds is left out.
            let Some(summary) = self.summary(key)? else {
                continue;
            };
            total += 1;
            let publisher = summary.meta.publisher.as_ref().map(|p| p.value.clone());
            *publishers
                .entry(publisher.unwrap_or_else(|| "unknown".into()))
                .or_default() += 1;
            let year = summary
                .meta
                .published
                .as_ref()
                .and_then(|p| p.value.get(..4).map(str::to_string))
                .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
            *years
                .entry(year.unwrap_or_else(|| "unknown".into()))
                .or_default() += 1;
        }
        let ranked = |counts: HashMap<String, usize>| {
            let mut list: Vec<(String, usize)> = counts.into_iter().collect();
            list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            list
        };
        Ok(SearchFacetCounts {
            total,
            publisher: ranked(publishers),
            year: ranked(years),
        })
    }
}

/// Every match of a search counted by publisher and by year of publication.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct SearchFacetCounts {
    /// Passages that match (of documents this snapshot holds).
    pub total: usize,
    pub publisher: Vec<(String, usize)>,
    pub year: Vec<(String, usize)>,
}

/// What was extracted from a hit's passage: the facets of a search page.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct HitFacets {
    /// Event types stated in the passage (asserted or hedged).
    pub event_types: Vec<String>,
    /// People, organisations, places and courts named in the passage.
    pub entities: Vec<String>,
}

impl Engine {
    /// The facets of each hit, in order. Loads each hit document's extraction once.
    pub fn hit_facets(&self, hits: &[Hit]) -> Result<Vec<HitFacets>> {
        use dossier_model::MentionKind;
        use dossier_store::Store;
        let mut extractions: HashMap<i64, dossier_model::Extraction> = HashMap::new();
        let mut out = Vec::with_capacity(hits.len());
        for hit in hits {
            let extraction = match extractions.entry(hit.doc_key) {
                std::collections::hash_map::Entry::Occupied(entry) => entry.into_mut(),
                std::collections::hash_map::Entry::Vacant(entry) => {
                    entry.insert(self.store.extraction(hit.doc_key)?.unwrap_or_default())
                }
            };
            let passage = dossier_model::Span {
                start: hit.start,
                end: hit.end,
            };
            let mut facets = HitFacets::default();
            for event in &extraction.events {
                if passage.overlaps(event.span) && crate::query::timeline::shown(event.modality) {
                    facets.event_types.push(event.kind.as_str().to_string());
                }
            }
            for mention in &extraction.mentions {
                let named = matches!(
                    mention.kind,
                    MentionKind::Person
                        | MentionKind::Organisation
                        | MentionKind::Place
                        | MentionKind::Court
                );
                if named && passage.contains(mention.span) {
                    facets.entities.push(mention.name.clone());
                }
            }
            facets.event_types.sort();
            facets.event_types.dedup();
            facets.entities.sort();
            facets.entities.dedup();
            out.push(facets);
        }
        Ok(out)
    }
}
