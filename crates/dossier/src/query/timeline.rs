//! The chronology: asserted (and hedged) events in date order, each with the words
//! that state it.

use super::graph::Loaded;
use super::Citation;
use crate::{Engine, Result};
use dossier_model::{EventKind, Modality, PartialDate, TimeValue};
use dossier_reconcile::Graph;
use dossier_store::Store;
use serde::Serialize;

#[derive(Clone, Debug, Default)]
pub struct TimelineRequest {
    /// Only events with a participant (or cited text) matching this name.
    pub about: Option<String>,
    pub kinds: Vec<EventKind>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DateOut {
    pub start: Option<String>,
    pub end: Option<String>,
    /// The words the date was read from.
    pub text: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ParticipantOut {
    pub name: String,
    pub role: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct TimelineEvent {
    #[serde(rename = "type")]
    pub kind: String,
    pub date: DateOut,
    pub participants: Vec<ParticipantOut>,
    pub quantity: Option<f64>,
    pub place: Option<String>,
    pub modality: Modality,
    pub summary: String,
    pub citations: Vec<Citation>,
    /// Independent publishers that report it.
    pub publishers: Vec<String>,
    /// How many independent sources report it.
    pub corroboration: usize,
    /// Ids of the resolved entities taking part.
    pub entities: Vec<String>,
    #[serde(skip)]
    pub sort_key: String,
}

pub fn date_out(date: Option<&TimeValue>, text: Option<String>) -> DateOut {
    DateOut {
        start: date.and_then(|d| d.start).map(|d| d.to_string()),
        end: date.and_then(|d| d.end).map(|d| d.to_string()),
        text,
    }
}

/// Whether a timeline shows an event of this modality.
pub fn shown(modality: Modality) -> bool {
    matches!(modality, Modality::Asserted | Modality::Hedged)
}

impl Engine {
    /// Events in date order: one entry per real-world event, citing every report of it.
    pub fn timeline(&self, request: &TimelineRequest) -> Result<Vec<TimelineEvent>> {
        let graph = self.graph()?;
        self.timeline_from_graph(&graph, request, &|_| true)
    }

    /// The timeline of the clusters `keep` accepts (only their documents are read).
    pub(crate) fn timeline_from_graph(
        &self,
        graph: &Graph,
        request: &TimelineRequest,
        keep: &dyn Fn(&dossier_reconcile::EventCluster) -> bool,
    ) -> Result<Vec<TimelineEvent>> {
        let names: std::collections::HashSet<&str> = graph
            .events
            .iter()
            .filter(|c| keep(c))
            .flat_map(|c| c.citations.iter().map(|c| c.doc.as_str()))
            .collect();
        let keys: Vec<i64> = self
            .store
            .documents()?
            .into_iter()
            .filter(|d| names.contains(d.name.as_str()))
            .map(|d| d.key)
            .collect();
        let loaded = Loaded::load(&self.store, Some(&keys))?;
        let about = request.about.as_ref().map(|name| {
            (
                crate::query::fold(name),
                dossier_reconcile::find_entity(graph, name),
            )
        });
        let mut out = Vec::new();
        for cluster in graph.events.iter().filter(|c| keep(c)) {
            if !request.kinds.is_empty() && !request.kinds.contains(&cluster.kind) {
                continue;
            }
            if !in_range(cluster.date.as_ref(), request.from, request.to) {
                continue;
            }
            let citations: Vec<Citation> =
                cluster.citations.iter().map(|c| loaded.cite(c)).collect();
            if let Some((folded, entity)) = &about {
                let by_entity = entity.is_some_and(|e| {
                    cluster
                        .participants
                        .iter()
                        .any(|p| p.entity.as_deref() == Some(e.id.as_str()))
                });
                let by_text = cluster
                    .participants
                    .iter()
                    .any(|p| crate::query::fold(&p.name).contains(folded.as_str()))
                    || citations
                        .iter()
                        .any(|c| crate::query::fold(&c.quote).contains(folded.as_str()));
                if !by_entity && !by_text {
                    continue;
                }
            }
            // The words the date was read from, in the first member that has them.
            let date_text = cluster.members.iter().find_map(|member| {
                let (_, text, extraction) = loaded.get(&member.doc)?;
                let span = extraction.events.get(member.index)?.date_span?;
                Some(span.slice(text).to_string())
            });
            let modality = cluster
                .members
                .iter()
                .find_map(|member| {
                    let (_, _, extraction) = loaded.get(&member.doc)?;
                    Some(extraction.events.get(member.index)?.modality)
                })
                .unwrap_or(Modality::Asserted);
            out.push(TimelineEvent {
                kind: cluster.kind.as_str().to_string(),
                date: date_out(cluster.date.as_ref(), date_text),
                participants: cluster
                    .participants
                    .iter()
                    .map(|p| ParticipantOut {
                        name: p.name.clone(),
                        role: format!("{:?}", p.role).to_lowercase(),
                    })
                    .collect(),
                entities: cluster
                    .participants
                    .iter()
                    .filter_map(|p| p.entity.clone())
                    .collect(),
                quantity: cluster.quantity,
                place: cluster.place.clone(),
                modality,
                summary: citations
                    .first()
                    .map(|c| c.quote.split_whitespace().collect::<Vec<_>>().join(" "))
                    .unwrap_or_default(),
                sort_key: cluster
                    .date
                    .map(|d| d.sort_key())
                    .unwrap_or_else(|| "9999".into()),
                publishers: cluster.publishers.clone(),
                corroboration: cluster.corroboration,
                citations,
            });
        }
        out.sort_by(|a, b| {
            a.sort_key
                .cmp(&b.sort_key)
                .then_with(|| a.kind.cmp(&b.kind))
        });
        Ok(out)
    }
}

fn in_range(date: Option<&TimeValue>, from: Option<PartialDate>, to: Option<PartialDate>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    let Some(date) = date else { return false };
    let window = TimeValue {
        start: from,
        end: to,
    };
    date.overlaps(&window)
}
