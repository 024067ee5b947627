//! The chronology: asserted (and hedged) events in date order, each with the words
//! that state it.

use super::Citation;
use crate::{Engine, Result};
use dossier_model::{Event, EventKind, Modality, PartialDate, TimeValue};
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

fn matches_name(event: &Event, quote: &str, name: &str) -> bool {
    let folded = crate::query::fold(name);
    event
        .participants
        .iter()
        .any(|p| crate::query::fold(&p.name).contains(&folded))
        || crate::query::fold(quote).contains(&folded)
}

impl Engine {
    pub fn timeline(&self, request: &TimelineRequest) -> Result<Vec<TimelineEvent>> {
        let mut out = Vec::new();
        for summary in self.store.documents()? {
            let Some(extraction) = self.store.extraction(summary.key)? else {
                continue;
            };
            if extraction.events.is_empty() {
                continue;
            }
            let Some(document) = self.store.document(summary.key)? else {
                continue;
            };
            let text = &document.text;
            for event in extraction.events.iter().filter(|e| shown(e.modality)) {
                if !request.kinds.is_empty() && !request.kinds.contains(&event.kind) {
                    continue;
                }
                let citation = Citation::new(&summary.name, text, event.span);
                if let Some(name) = &request.about {
                    if !matches_name(event, &citation.quote, name) {
                        continue;
                    }
                }
                if !in_range(event.date.as_ref(), request.from, request.to) {
                    continue;
                }
                out.push(TimelineEvent {
                    kind: event.kind.as_str().to_string(),
                    date: date_out(
                        event.date.as_ref(),
                        event.date_span.map(|s| s.slice(text).to_string()),
                    ),
                    participants: event
                        .participants
                        .iter()
                        .map(|p| ParticipantOut {
                            name: p.name.clone(),
                            role: format!("{:?}", p.role).to_lowercase(),
                        })
                        .collect(),
                    quantity: event.quantity.as_ref().map(|q| q.value),
                    place: event.place.clone(),
                    modality: event.modality,
                    summary: citation
                        .quote
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    sort_key: event
                        .date
                        .map(|d| d.sort_key())
                        .unwrap_or_else(|| "9999".into()),
                    publishers: summary
                        .meta
                        .publisher
                        .iter()
                        .map(|p| p.value.clone())
                        .collect(),
                    citations: vec![citation],
                });
            }
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
