//! dossier-reconcile: per-document extractions to one knowledge graph.
//!
//! **Invariant:** pure; reads extractions (and the kept text they point into), never
//! the store, the clock or the file system. "Today" is the caller's `as_of`.
//!
//! [`reconcile`] resolves entities across documents ([`entity`], with the folding
//! rules of [`name`]), clusters reports of one real-world event ([`cluster`]) and
//! lists the conflicts between documents ([`conflict`]); [`status()`] derives a
//! jurisdiction's death-penalty status at a date from events and statements
//! ([`mod@status`]). Output order is deterministic: same input, same output.

use dossier_model::{Extraction, PartialDate, Span, TimeValue};
use serde::Serialize;

pub mod cluster;
pub mod conflict;
pub mod entity;
pub mod judge;
pub mod name;
mod place;
pub mod status;

pub use cluster::{EventCluster, EventRef, ParticipantRef};
pub use conflict::{Conflict, ConflictKind};
pub use dossier_model::JudgmentKind;
pub use entity::{find_entity, Alias, DoubtfulLink, Entity};
pub use judge::{Judged, Ruling, Verdict};
pub use name::fold_name;
pub use status::{status, Period, StatusReport};

/// One document as reconcile sees it: its name, metadata and extraction.
#[derive(Clone, Copy, Debug)]
pub struct DocInput<'a> {
    /// Document name (what citations name), e.g. `001_3ab414621cae125b.txt`.
    pub name: &'a str,
    /// The kept text the extraction's spans point into.
    pub text: &'a str,
    pub publisher: Option<&'a str>,
    pub published: Option<PartialDate>,
    pub updated: Option<PartialDate>,
    /// Period covered ("Covering events from January - December 2003").
    pub period: Option<TimeValue>,
    /// Name of the document this one is a copy of (same report, other chrome).
    pub duplicate_of: Option<&'a str>,
    pub extraction: &'a Extraction,
}

impl<'a> DocInput<'a> {
    /// A document with no metadata.
    pub fn new(name: &'a str, text: &'a str, extraction: &'a Extraction) -> Self {
        DocInput {
            name,
            text,
            publisher: None,
            published: None,
            updated: None,
            period: None,
            duplicate_of: None,
            extraction,
        }
    }

    /// The document's own date: last updated, else published, else unknown.
    pub fn date(&self) -> Option<PartialDate> {
        self.updated.or(self.published)
    }

    /// The point dates (no duration, no range) written inside `span`, in text order.
    pub fn point_dates_in(&self, span: Span) -> impl Iterator<Item = TimeValue> + '_ {
        self.extraction
            .times
            .iter()
            .filter(move |t| span.contains(t.span) && !t.is_duration)
            .filter_map(|t| t.value.filter(|v| v.is_point()))
    }
}

/// The exact words something came from: a byte span of one document's kept text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub struct Citation {
    /// Document name.
    pub doc: String,
    pub span: Span,
}

impl Citation {
    pub fn new(doc: &str, span: Span) -> Self {
        Citation {
            doc: doc.to_string(),
            span,
        }
    }
}

/// Everything reconciled across documents.
#[derive(Clone, Debug, Default, PartialEq, Serialize, serde::Deserialize)]
pub struct Graph {
    pub entities: Vec<Entity>,
    pub events: Vec<EventCluster>,
    pub conflicts: Vec<Conflict>,
    /// What analysts' judgments changed ([`judge::apply`]); empty in the graph
    /// reconcile derives and stores.
    #[serde(default, skip_serializing_if = "Judged::is_empty")]
    pub judged: Judged,
}

/// Resolve entities, cluster events and find conflicts across `docs`.
pub fn reconcile(docs: &[DocInput]) -> Graph {
    let resolution = entity::resolve(docs);
    let events = cluster::cluster(docs, &resolution);
    let conflicts = conflict::find(docs, &resolution, &events);
    Graph {
        entities: resolution.entities,
        events,
        conflicts,
        judged: Judged::default(),
    }
}

/// The many small string and integer keys of reconciliation are hashed with FxHash.
pub(crate) use dossier_model::fx::FxHashMap as FxMap;

/// Sort and deduplicate citations in place.
pub(crate) fn tidy(citations: &mut Vec<Citation>) {
    citations.sort();
    citations.dedup();
}

#[cfg(test)]
pub(crate) mod testkit;

#[cfg(test)]
mod tests;
