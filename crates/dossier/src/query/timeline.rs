//! The chronology: asserted (and hedged) events in date order, each with the words
//! that state it.

use super::Citation;
use crate::{Engine, Result};
use dossier_model::{EventKind, Modality, PartialDate, TimeValue};
use dossier_reconcile::Graph;
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

/// A chronology as the CLI and the API write it: the events it can place in time, in
/// date order, and apart from them the events whose date no report gives (an event
/// with no date has no place on a chronology, but it is still a cited event).
#[derive(Clone, Debug, Serialize)]
pub struct Chronology<'a> {
    pub events: Vec<&'a TimelineEvent>,
    pub undated: Vec<&'a TimelineEvent>,
}

impl TimelineEvent {
    /// Whether a report gives the event a date (a start, an end or both).
    pub fn is_dated(&self) -> bool {
        self.date.start.is_some() || self.date.end.is_some()
    }
}

/// Dated events (in the given order) apart from undated ones.
pub fn chronology(events: &[TimelineEvent]) -> Chronology<'_> {
    let (events, undated) = events.iter().partition(|e| e.is_dated());
    Chronology { events, undated }
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
        let loaded = self.loaded_named(names.into_iter(), super::graph::Parts::All)?;
        let about = match &request.about {
            Some(name) => Some((crate::query::fold(name), self.find_entity(graph, name)?)),
            None => None,
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: &str, start: Option<&str>, end: Option<&str>) -> TimelineEvent {
        TimelineEvent {
            kind: kind.to_string(),
            date: DateOut {
                start: start.map(str::to_string),
                end: end.map(str::to_string),
                text: None,
            },
            participants: Vec::new(),
            quantity: None,
            place: None,
            modality: Modality::Asserted,
            summary: String::new(),
            citations: Vec::new(),
            publishers: Vec::new(),
            corroboration: 1,
            entities: Vec::new(),
            sort_key: String::new(),
        }
    }

    #[test]
    fn undated_events_are_listed_apart_from_the_chronology() {
        let events = vec![
            event("arrest", Some("2004-03"), Some("2004-03")),
            event("moratorium", Some("2010"), None),
            event("release", None, Some("2011-05")),
            event("execution", None, None),
        ];
        let split = chronology(&events);
        let kinds =
            |list: &[&TimelineEvent]| list.iter().map(|e| e.kind.clone()).collect::<Vec<_>>();
        // An open interval ("since 2010", "until May 2011") still has a place in time.
        assert_eq!(kinds(&split.events), ["arrest", "moratorium", "release"]);
        assert_eq!(kinds(&split.undated), ["execution"]);
        let json = serde_json::to_value(&split).expect("json");
        assert_eq!(json["events"].as_array().map(Vec::len), Some(3));
        assert_eq!(json["undated"][0]["type"], "execution");
    }
}
