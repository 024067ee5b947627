//! Which jurisdiction an event or statement is about.
//!
//! A statement's own `jurisdiction`, or an event's `place` when that place is some
//! document's dominant country; failing that, the dominant country of the document:
//! the place it names most often (folded; ties to the earliest named).

use crate::name::fold_name;
use crate::DocInput;
use crate::FxMap;
use dossier_model::{Event, MentionKind, Statement};
use std::collections::HashSet;

pub(crate) struct Places {
    dominant: Vec<Option<String>>,
    countries: HashSet<String>,
}

impl Places {
    pub fn new(docs: &[DocInput]) -> Self {
        let dominant: Vec<Option<String>> = docs.iter().map(dominant_place).collect();
        let countries = dominant.iter().flatten().cloned().collect();
        Places {
            dominant,
            countries,
        }
    }

    /// Folded key of the dominant country of document `doc`.
    pub fn dominant(&self, doc: usize) -> Option<&str> {
        self.dominant.get(doc).and_then(|d| d.as_deref())
    }

    /// Folded jurisdiction key of an event of document `doc`.
    pub fn of_event(&self, doc: usize, event: &Event) -> Option<String> {
        let own = event
            .place
            .as_deref()
            .map(fold_name)
            .filter(|p| self.countries.contains(p));
        own.or_else(|| self.dominant.get(doc).cloned().flatten())
    }

    /// Folded jurisdiction key of a statement of document `doc`.
    pub fn of_statement(&self, doc: usize, statement: &Statement) -> Option<String> {
        let own = statement
            .jurisdiction
            .as_deref()
            .map(fold_name)
            .filter(|j| !j.is_empty());
        own.or_else(|| self.dominant.get(doc).cloned().flatten())
    }
}

fn dominant_place(doc: &DocInput) -> Option<String> {
    let mut counts: FxMap<String, (usize, usize)> = FxMap::default();
    let names = doc
        .extraction
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Place)
        .map(|m| m.name.as_str())
        .chain(
            doc.extraction
                .statements
                .iter()
                .filter_map(|s| s.jurisdiction.as_deref()),
        );
    for (order, name) in names.enumerate() {
        let key = fold_name(name);
        if key.is_empty() {
            continue;
        }
        let entry = counts.entry(key).or_insert((0, order));
        entry.0 += 1;
    }
    counts
        .into_iter()
        .max_by(|(ka, (ca, oa)), (kb, (cb, ob))| ca.cmp(cb).then(ob.cmp(oa)).then(kb.cmp(ka)))
        .map(|(key, _)| key)
}
