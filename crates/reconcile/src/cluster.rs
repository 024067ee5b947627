//! Event reconciliation: reports of one real-world event become one cluster.
//!
//! Two asserted (or hedged) events join when they have the same kind, overlapping
//! dates (`2003-12` and `2003-12-17` yes; `2003` and `2004` no), no two different
//! counts, and either a shared participant (resolved entity, else folded surname) or,
//! when one side names nobody, the same jurisdiction. Undated events join only on a
//! shared participant. Joining is greedy, most precise dates first, and a cluster
//! keeps the intersection of its members' dates, so a coarse date never chains two
//! incompatible precise ones. Work is blocked by (kind, start year, participant or
//! jurisdiction): no comparison across the whole corpus.
//!
//! Corroboration counts independent sources: a document that is a copy
//! (`duplicate_of`) counts as its original; documents of one publisher count once;
//! a document of unknown publisher counts as its own source (we cannot tell two
//! unknown publishers apart, and copies are caught by `duplicate_of`).

use crate::entity::Resolution;
use crate::name::fold_name;
use crate::place::Places;
use crate::{tidy, Citation, DocInput};
use dossier_model::{Event, EventKind, Modality, Role, Span, TimeValue};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap, HashSet};

/// One real-world event and every report of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventCluster {
    pub kind: EventKind,
    /// The most precise member date consistent with all members.
    pub date: Option<TimeValue>,
    pub members: Vec<EventRef>,
    pub citations: Vec<Citation>,
    /// Independent sources, by publisher (`unknown (<document>)` when unknown).
    pub publishers: Vec<String>,
    /// Number of independent sources.
    pub corroboration: usize,
    pub participants: Vec<ParticipantRef>,
    pub quantity: Option<f64>,
    pub place: Option<String>,
}

/// One member report: event `index` of document `doc`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EventRef {
    pub doc: String,
    pub index: usize,
    pub span: Span,
    /// The member's own date.
    pub date: Option<TimeValue>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParticipantRef {
    /// The entity's name when resolved, else as written.
    pub name: String,
    pub role: Role,
    pub entity: Option<String>,
}

/// First and last day an event's date covers (open ends far away).
pub(crate) fn bounds(value: &TimeValue) -> (String, String) {
    let lo = value.start.map(|d| d.first_day()).unwrap_or_else(|| "0000-00-00".into());
    let hi = value.end.map(|d| d.last_day()).unwrap_or_else(|| "9999-99-99".into());
    (lo, hi)
}

/// Whether an event is asserted enough to count.
pub(crate) fn counts(event: &Event) -> bool {
    matches!(event.modality, Modality::Asserted | Modality::Hedged)
}

/// For each document, the document it is a copy of (following `duplicate_of`), or
/// itself.
pub(crate) fn originals(docs: &[DocInput]) -> Vec<usize> {
    let by_name: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.name, i)).collect();
    (0..docs.len())
        .map(|start| {
            let mut idx = start;
            for _ in 0..docs.len() {
                match docs[idx].duplicate_of.and_then(|orig| by_name.get(orig)) {
                    Some(&orig) if orig != idx => idx = orig,
                    _ => break,
                }
            }
            idx
        })
        .collect()
}

/// Independent-source key and display name of each document.
pub(crate) fn sources(docs: &[DocInput]) -> Vec<(String, String)> {
    originals(docs)
        .into_iter()
        .map(|idx| {
            let doc = &docs[idx];
            match doc.publisher.map(str::trim).filter(|p| !p.is_empty()) {
                Some(publisher) => (format!("pub:{}", fold_name(publisher)), publisher.to_string()),
                None => (format!("doc:{}", doc.name), format!("unknown ({})", doc.name)),
            }
        })
        .collect()
}

/// Participants already resolved: (document, name as written) -> (key, entity).
type Participants<'a> = HashMap<(usize, &'a str), (String, Option<usize>)>;

struct Building {
    kind: EventKind,
    lo: String,
    hi: String,
    dated: bool,
    participants: BTreeSet<String>,
    jurisdiction: Option<String>,
    quantity: Option<f64>,
    members: Vec<(usize, usize)>,
    /// Blocks this cluster is listed under.
    blocks: HashSet<(EventKind, Option<i32>, String)>,
}

/// Cluster the events of `docs`.
pub(crate) fn cluster(docs: &[DocInput], resolution: &Resolution) -> Vec<EventCluster> {
    let places = Places::new(docs);
    struct Candidate {
        doc: usize,
        index: usize,
        precision: u8,
        participants: BTreeSet<String>,
        jurisdiction: Option<String>,
    }
    let mut candidates = Vec::new();
    let mut memo: Participants = HashMap::new();
    let mut folds: HashMap<&str, String> = HashMap::new();
    for (doc_idx, doc) in docs.iter().enumerate() {
        for (index, event) in doc.extraction.events.iter().enumerate() {
            if !counts(event) {
                continue;
            }
            let precision = match &event.date {
                None => 0,
                Some(date) => 1 + date.granularity() as u8 + u8::from(date.is_point()),
            };
            let participants = event
                .participants
                .iter()
                .map(|p| {
                    memo.entry((doc_idx, p.name.as_str()))
                        .or_insert_with(|| {
                            let folded = folds.entry(p.name.as_str()).or_insert_with(|| fold_name(&p.name));
                            resolution.participant(doc_idx, &p.name, folded)
                        })
                        .0
                        .clone()
                })
                .filter(|k| !k.is_empty())
                .collect();
            candidates.push(Candidate {
                doc: doc_idx,
                index,
                precision,
                participants,
                jurisdiction: places.of_event(doc_idx, event),
            });
        }
    }
    candidates.sort_by(|a, b| b.precision.cmp(&a.precision).then(a.doc.cmp(&b.doc)).then(a.index.cmp(&b.index)));

    let mut clusters: Vec<Building> = Vec::new();
    let mut blocks: HashMap<(EventKind, Option<i32>, String), Vec<usize>> = HashMap::new();
    for candidate in &candidates {
        let event = &docs[candidate.doc].extraction.events[candidate.index];
        let year = event.date.and_then(|d| d.start.or(d.end)).map(|d| d.year);
        let (lo, hi) = event.date.as_ref().map(bounds).unwrap_or_default();
        // Blocks: a shared participant (`p:`), or for an event naming nobody, every
        // dated cluster of its jurisdiction (`j:`); an event naming someone also meets
        // clusters that name nobody (`j0:`).
        let jurisdiction = candidate.jurisdiction.as_deref().unwrap_or("");
        let mut keys: Vec<(EventKind, Option<i32>, String)> =
            candidate.participants.iter().map(|p| (event.kind, year, format!("p:{p}"))).collect();
        let query: Vec<(EventKind, Option<i32>, String)> = if event.date.is_none() {
            keys.clone()
        } else if candidate.participants.is_empty() {
            keys.push((event.kind, year, format!("j0:{jurisdiction}")));
            vec![(event.kind, year, format!("j:{jurisdiction}"))]
        } else {
            let mut query = keys.clone();
            query.push((event.kind, year, format!("j0:{jurisdiction}")));
            query
        };
        if event.date.is_some() {
            keys.push((event.kind, year, format!("j:{jurisdiction}")));
        }
        let mut seen: Vec<usize> = query.iter().filter_map(|k| blocks.get(k)).flatten().copied().collect();
        seen.sort_unstable();
        seen.dedup();
        let quantity = event.quantity.as_ref().map(|q| q.value);
        let joined = seen.into_iter().find(|&c| {
            let cluster = &clusters[c];
            if cluster.dated != event.date.is_some() {
                return false;
            }
            if cluster.dated && !(lo <= cluster.hi && cluster.lo <= hi) {
                return false;
            }
            if let (Some(a), Some(b)) = (cluster.quantity, quantity) {
                if a != b {
                    return false;
                }
            }
            if !cluster.participants.is_empty() && !candidate.participants.is_empty() {
                cluster.participants.intersection(&candidate.participants).next().is_some()
            } else {
                cluster.dated && cluster.jurisdiction == candidate.jurisdiction
            }
        });
        let target = match joined {
            Some(c) => {
                let cluster = &mut clusters[c];
                if cluster.dated {
                    cluster.lo = cluster.lo.clone().max(lo);
                    cluster.hi = cluster.hi.clone().min(hi);
                }
                cluster.participants.extend(candidate.participants.iter().cloned());
                cluster.quantity = cluster.quantity.or(quantity);
                cluster.members.push((candidate.doc, candidate.index));
                c
            }
            None => {
                clusters.push(Building {
                    kind: event.kind,
                    lo,
                    hi,
                    dated: event.date.is_some(),
                    participants: candidate.participants.clone(),
                    jurisdiction: candidate.jurisdiction.clone(),
                    quantity,
                    members: vec![(candidate.doc, candidate.index)],
                    blocks: HashSet::new(),
                });
                clusters.len() - 1
            }
        };
        for key in keys {
            if clusters[target].blocks.insert(key.clone()) {
                blocks.entry(key).or_default().push(target);
            }
        }
    }

    let sources = sources(docs);
    let mut out: Vec<(Building, EventCluster)> = clusters
        .into_iter()
        .map(|mut building| {
            building.members.sort_unstable();
            let cluster = finish(docs, resolution, &memo, &sources, &building);
            (building, cluster)
        })
        .collect();
    let mut keyed: Vec<((bool, String, EventKind, Vec<(usize, usize)>), EventCluster)> = out
        .into_iter()
        .map(|(building, cluster)| {
            let date_key = cluster.date.map(|d| d.sort_key()).unwrap_or_default();
            ((cluster.date.is_none(), date_key, building.kind, building.members), cluster)
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, cluster)| cluster).collect()
}

fn finish(
    docs: &[DocInput],
    resolution: &Resolution,
    memo: &Participants,
    sources: &[(String, String)],
    building: &Building,
) -> EventCluster {
    let events: Vec<(usize, usize, &Event)> =
        building.members.iter().map(|&(d, i)| (d, i, &docs[d].extraction.events[i])).collect();
    let dates: Vec<TimeValue> = events.iter().filter_map(|(_, _, e)| e.date).collect();
    let date = dates
        .iter()
        .filter(|d| dates.iter().all(|o| d.overlaps(o)))
        .max_by(|a, b| {
            let (la, ha) = bounds(a);
            let (lb, hb) = bounds(b);
            (a.granularity(), a.is_point()).cmp(&(b.granularity(), b.is_point())).then((lb, hb).cmp(&(la, ha)))
        })
        .or(dates.first())
        .copied();
    let members: Vec<EventRef> = events
        .iter()
        .map(|(d, i, e)| EventRef { doc: docs[*d].name.to_string(), index: *i, span: e.span, date: e.date })
        .collect();
    let mut citations: Vec<Citation> = events.iter().map(|(d, _, e)| Citation::new(docs[*d].name, e.span)).collect();
    tidy(&mut citations);
    let mut source_keys: Vec<&(String, String)> = events.iter().map(|(d, _, _)| &sources[*d]).collect();
    source_keys.sort();
    source_keys.dedup_by(|a, b| a.0 == b.0);
    let mut publishers: Vec<String> = source_keys.iter().map(|(_, display)| display.clone()).collect();
    publishers.sort();
    let mut participants: Vec<ParticipantRef> = Vec::new();
    let mut participant_keys: Vec<String> = Vec::new();
    for (d, _, e) in &events {
        for p in &e.participants {
            let (key, entity) = match memo.get(&(*d, p.name.as_str())) {
                Some(known) => known.clone(),
                None => resolution.participant(*d, &p.name, &fold_name(&p.name)),
            };
            if participant_keys.contains(&key) {
                continue;
            }
            participant_keys.push(key);
            let entity = entity.map(|i| &resolution.entities[i]);
            participants.push(ParticipantRef {
                name: entity.map(|e| e.name.clone()).unwrap_or_else(|| p.name.clone()),
                role: p.role,
                entity: entity.map(|e| e.id.clone()),
            });
        }
    }
    EventCluster {
        kind: building.kind,
        date,
        members,
        citations,
        corroboration: publishers.len(),
        publishers,
        participants,
        quantity: building.quantity,
        place: events.iter().find_map(|(_, _, e)| e.place.clone()),
    }
}
