//! Full-text search over passages.

use crate::index::{Hit, SearchRequest};
use crate::{Engine, Result};
use dossier_model::Span;
use std::collections::HashMap;

impl Engine {
    /// BM25-ranked passages with highlighted snippets.
    pub fn search(&self, request: &SearchRequest) -> Result<Vec<Hit>> {
        let (hits, snippets) = self.index.search(request)?;
        self.finish_hits(hits, &snippets)
    }

    /// The best `request.limit` passages among those that state an event of the
    /// type `only.event` and name `only.entity` (each when given): the matches are
    /// ranked as [`Engine::search`] ranks them, then kept by what `facets` says
    /// each passage holds.
    pub fn search_only(
        &self,
        request: &SearchRequest,
        only: &FacetFilter,
        facets: &PassageFacets,
    ) -> Result<Vec<Hit>> {
        if only.is_empty() {
            return self.search(request);
        }
        let wide = SearchRequest {
            limit: MAX_FILTERED,
            ..request.clone()
        };
        let (mut hits, snippets) = self.index.search(&wide)?;
        hits.retain(|hit| {
            only.accepts(
                facets,
                hit.doc_key,
                Span::new(hit.start as usize, hit.end as usize),
            )
        });
        hits.truncate(request.limit.max(1));
        self.finish_hits(hits, &snippets)
    }

    /// Name the hits' documents and cut their snippets from the kept texts.
    fn finish_hits(
        &self,
        mut hits: Vec<Hit>,
        snippets: &crate::index::Snippets,
    ) -> Result<Vec<Hit>> {
        use dossier_store::Store;
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
        self.search_facet_counts_with(request, &FacetFilter::default(), None)
    }

    /// [`Engine::search_facet_counts`] over the matches `only` keeps, and with
    /// `facets` also by event type and by entity (each passage counted once per
    /// value it holds).
    pub fn search_facet_counts_with(
        &self,
        request: &SearchRequest,
        only: &FacetFilter,
        facets: Option<&PassageFacets>,
    ) -> Result<SearchFacetCounts> {
        let mut publishers: HashMap<String, usize> = HashMap::new();
        let mut years: HashMap<String, usize> = HashMap::new();
        let mut events: HashMap<&str, usize> = HashMap::new();
        let mut entities: HashMap<&str, usize> = HashMap::new();
        let mut total = 0;
        for (key, passage) in self.index.matching_passages(request)? {
            // A passage of a document this snapshot no longer holds is left out.
            let Some(summary) = self.summary(key)? else {
                continue;
            };
            if let Some(facets) = facets {
                if !only.accepts(facets, key, passage) {
                    continue;
                }
                let (kinds, names) = facets.of(key, passage);
                for kind in kinds {
                    *events.entry(kind).or_default() += 1;
                }
                for name in names {
                    *entities.entry(name).or_default() += 1;
                }
            }
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
        let owned = |counts: HashMap<&str, usize>| {
            counts
                .into_iter()
                .map(|(k, n)| (k.to_string(), n))
                .collect::<HashMap<String, usize>>()
        };
        let mut entity = ranked(owned(entities));
        entity.truncate(MAX_ENTITY_FACETS);
        Ok(SearchFacetCounts {
            total,
            publisher: ranked(publishers),
            year: ranked(years),
            event_type: ranked(owned(events)),
            entity,
        })
    }

    /// What every passage of every document holds (event types, named entities):
    /// reads every extraction, so a server computes it once per store generation.
    pub fn passage_facets(&self) -> Result<PassageFacets> {
        use dossier_store::Store;
        let mut extractions = Vec::new();
        for summary in self.summaries()? {
            if let Some(extraction) = self.store.extraction(summary.key)? {
                extractions.push((summary.key, extraction));
            }
        }
        Ok(PassageFacets::of_documents(
            extractions.iter().map(|(key, x)| (*key, x)),
        ))
    }
}

impl PassageFacets {
    /// The facets of the documents given as (key, extraction).
    pub fn of_documents<'a>(
        documents: impl Iterator<Item = (i64, &'a dossier_model::Extraction)>,
    ) -> PassageFacets {
        let mut out = PassageFacets::default();
        let mut ids: HashMap<String, u32> = HashMap::new();
        for (key, extraction) in documents {
            let mut doc = DocFacets::default();
            for event in &extraction.events {
                if crate::query::timeline::shown(event.modality) {
                    doc.events.push((event.span, event.kind.as_str()));
                }
            }
            for mention in &extraction.mentions {
                let named = is_named(mention.kind);
                if named {
                    let next = out.names.len() as u32;
                    let id = *ids.entry(mention.name.clone()).or_insert_with(|| {
                        out.names.push(mention.name.clone());
                        next
                    });
                    doc.entities.push((mention.span, id));
                }
            }
            doc.events.sort_by_key(|(span, _)| span.start);
            doc.entities.sort_by_key(|(span, _)| span.start);
            if !doc.events.is_empty() || !doc.entities.is_empty() {
                out.by_doc.insert(key, doc);
            }
        }
        out
    }
}

/// How many ranked matches a facet filter looks through for its page of hits.
const MAX_FILTERED: usize = 20_000;
/// How many entities the counts over every match list.
const MAX_ENTITY_FACETS: usize = 50;

/// A search narrowed to the passages that state an event of a type and name an
/// entity (each when given), as the facets count them.
#[derive(Clone, Debug, Default)]
pub struct FacetFilter {
    pub event: Option<String>,
    pub entity: Option<String>,
}

impl FacetFilter {
    pub fn is_empty(&self) -> bool {
        self.event.is_none() && self.entity.is_none()
    }

    fn accepts(&self, facets: &PassageFacets, key: i64, passage: Span) -> bool {
        if self.is_empty() {
            return true;
        }
        let (kinds, names) = facets.of(key, passage);
        self.event.as_deref().is_none_or(|e| kinds.contains(&e))
            && self.entity.as_deref().is_none_or(|n| names.contains(&n))
    }
}

/// Event types and named entities of every passage, by document (see
/// [`Engine::passage_facets`]).
#[derive(Debug, Default)]
pub struct PassageFacets {
    by_doc: HashMap<i64, DocFacets>,
    /// Entity names, each once (a document's entities point here).
    names: Vec<String>,
}

#[derive(Debug, Default)]
struct DocFacets {
    /// Shown events (asserted, hedged): their span and type, by start.
    events: Vec<(Span, &'static str)>,
    /// Named mentions: their span and name, by start.
    entities: Vec<(Span, u32)>,
}

impl PassageFacets {
    /// The event types (of events overlapping it) and entity names (mentions inside
    /// it) of one passage, each once: what [`Engine::hit_facets`] gives a hit.
    pub fn of(&self, key: i64, passage: Span) -> (Vec<&str>, Vec<&str>) {
        let Some(doc) = self.by_doc.get(&key) else {
            return (Vec::new(), Vec::new());
        };
        let mut kinds: Vec<&str> = doc
            .events
            .iter()
            .take_while(|(span, _)| span.start < passage.end)
            .filter(|(span, _)| passage.overlaps(*span))
            .map(|(_, kind)| *kind)
            .collect();
        let from = doc
            .entities
            .partition_point(|(span, _)| span.start < passage.start);
        let mut names: Vec<&str> = doc.entities[from..]
            .iter()
            .take_while(|(span, _)| span.start < passage.end)
            .filter(|(span, _)| passage.contains(*span))
            .map(|(_, id)| self.names[*id as usize].as_str())
            .collect();
        kinds.sort_unstable();
        kinds.dedup();
        names.sort_unstable();
        names.dedup();
        (kinds, names)
    }
}

/// Every match of a search counted by publisher and by year of publication.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct SearchFacetCounts {
    /// Passages that match (of documents this snapshot holds).
    pub total: usize,
    pub publisher: Vec<(String, usize)>,
    pub year: Vec<(String, usize)>,
    /// Passages stating an event of each type (empty unless passage facets were given).
    pub event_type: Vec<(String, usize)>,
    /// Passages naming each entity, the most named first (at most 50).
    pub entity: Vec<(String, usize)>,
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
                let named = is_named(mention.kind);
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

/// The kinds of entity a search facet lists: people, organisations, places, courts.
fn is_named(kind: dossier_model::MentionKind) -> bool {
    matches!(
        kind,
        dossier_model::MentionKind::Person
            | dossier_model::MentionKind::Organisation
            | dossier_model::MentionKind::Place
            | dossier_model::MentionKind::Court
    )
}
