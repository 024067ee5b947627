//! Event reconciliation: reports of one real-world event become one cluster.
//!
//! Two asserted (or hedged) events join when they have the same kind, overlapping
//! dates (`2003-12` and `2003-12-17` yes; `2003` and `2004` no), no two different
//! counts, and either a shared participant (resolved entity, else folded surname) or,
//! when one side names nobody, the same jurisdiction. Events that happened to
//! different people (disjoint subjects or victims) never join, whoever acted in both.
//! Undated events join only on a
//! shared participant. Joining is greedy, most precise dates first, and a cluster
//! keeps the intersection of its members' dates, so a coarse date never chains two
//! incompatible precise ones. Work is blocked by (kind, start year, participant or
//! jurisdiction): no comparison across the whole corpus.
//!
//! Corroboration counts independent sources: a document that is a copy
//! (`duplicate_of`) counts as its original; documents of one publisher count once;
//! a document of unknown publisher counts as its own source (we cannot tell two
//! unknown publishers apart, and copies are caught by `duplicate_of`).

use crate::entity::{Resolution, Who};
use crate::name::fold_name;
use crate::place::Places;
use crate::FxMap;
use crate::{tidy, Citation, DocInput};
use dossier_model::{Event, EventKind, Modality, PartialDate, Role, Span, TimeValue};
use serde::Serialize;

/// One real-world event and every report of it.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
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
    /// A moratorium's lifting ([`Event::is_lifting`]), kept apart from the
    /// moratorium itself: its date is the end's, not the start's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lifting: bool,
}

/// One member report: event `index` of document `doc`.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct EventRef {
    pub doc: String,
    pub index: usize,
    pub span: Span,
    /// The member's own date.
    pub date: Option<TimeValue>,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct ParticipantRef {
    /// The entity's name when resolved, else as written.
    pub name: String,
    pub role: Role,
    pub entity: Option<String>,
}

/// First and last day an event's date covers (open ends far away).
pub(crate) fn bounds(value: &TimeValue) -> (String, String) {
    let lo = value
        .start
        .map(|d| d.first_day())
        .unwrap_or_else(|| "0000-00-00".into());
    let hi = value
        .end
        .map(|d| d.last_day())
        .unwrap_or_else(|| "9999-99-99".into());
    (lo, hi)
}

/// Whether an event is asserted enough to count.
pub(crate) fn counts(event: &Event) -> bool {
    matches!(event.modality, Modality::Asserted | Modality::Hedged)
}

/// For each document, the document it is a copy of (following `duplicate_of`), or
/// itself.
pub(crate) fn originals(docs: &[DocInput]) -> Vec<usize> {
    let by_name: FxMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.name, i)).collect();
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
                Some(publisher) => (
                    format!("pub:{}", fold_name(publisher)),
                    publisher.to_string(),
                ),
                None => (
                    format!("doc:{}", doc.name),
                    format!("unknown ({})", doc.name),
                ),
            }
        })
        .collect()
}

/// Participants of one document already resolved: name as written -> who.
type Participants<'a> = FxMap<&'a str, Who>;

/// A day as a sortable number (`20031217`); open ends far away.
pub(crate) fn day_number(date: Option<PartialDate>, last: bool) -> i32 {
    match date {
        None if last => i32::MAX,
        None => i32::MIN,
        Some(d) => {
            let month = d.month.unwrap_or(if last { 12 } else { 1 });
            let day = d.day.unwrap_or(if last {
                days_in_month(d.year, month)
            } else {
                1
            });
            d.year
                .saturating_mul(10_000)
                .saturating_add(i32::from(month) * 100 + i32::from(day))
        }
    }
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// First and last day of a date as numbers.
pub(crate) fn day_range(value: &TimeValue) -> (i32, i32) {
    (day_number(value.start, false), day_number(value.end, true))
}

/// Ids of resolved entities among participant ids (names get small ids).
const ENTITY_IDS: u32 = 1 << 31;

/// Small integer ids for strings compared often.
#[derive(Default)]
struct Interner(FxMap<String, u32>);

impl Interner {
    fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.0.get(key) {
            return id;
        }
        let id = self.0.len() as u32 + 1;
        self.0.insert(key.to_string(), id);
        id
    }
}

/// Block tags: shared participant, any dated cluster of a jurisdiction, dated
/// clusters naming nobody in a jurisdiction.
const BY_PARTICIPANT: u8 = 0;
const BY_PLACE: u8 = 1;
const BY_PLACE_NOBODY: u8 = 2;

type Block = (EventKind, Option<i32>, u8, u32);

struct Building {
    kind: EventKind,
    lo: i32,
    hi: i32,
    dated: bool,
    participants: Vec<u32>,
    jurisdiction: u32,
    quantity: Option<f64>,
    /// A moratorium's lifting: never one event with the moratorium's introduction.
    lifting: bool,
    /// Who the cluster's events happened to (subjects and victims).
    subjects: Vec<u32>,
    /// (document, event index, candidate index)
    members: Vec<(usize, usize, usize)>,
    /// Blocks this cluster is listed under.
    blocks: Vec<Block>,
}

/// Cluster the events of `docs`.
pub(crate) fn cluster(docs: &[DocInput], resolution: &Resolution) -> Vec<EventCluster> {
    let places = Places::new(docs);
    struct Candidate {
        doc: usize,
        index: usize,
        precision: u8,
        participants: Vec<u32>,
        subjects: Vec<u32>,
        jurisdiction: u32,
    }
    let mut candidates = Vec::new();
    // Who each candidate's participants are, by candidate index.
    let mut whos: Vec<Vec<Who>> = Vec::new();
    let mut memo: Participants = FxMap::default();
    let mut folds: FxMap<&str, String> = FxMap::default();
    let mut ids = Interner::default();
    for (doc_idx, doc) in docs.iter().enumerate() {
        let dominant_id = places.dominant(doc_idx).map(|j| ids.id(&format!("@{j}")));
        memo.clear();
        for (index, event) in doc.extraction.events.iter().enumerate() {
            if !counts(event) {
                continue;
            }
            let precision = match &event.date {
                None => 0,
                Some(date) => 1 + date.granularity() as u8 + u8::from(date.is_point()),
            };
            let mut participants: Vec<u32> = Vec::with_capacity(event.participants.len());
            let mut subjects: Vec<u32> = Vec::new();
            let mut who_list = Vec::with_capacity(event.participants.len());
            for p in &event.participants {
                let who = memo.entry(p.name.as_str()).or_insert_with(|| {
                    let folded = folds
                        .entry(p.name.as_str())
                        .or_insert_with(|| fold_name(&p.name));
                    resolution.participant(doc_idx, &p.name, folded)
                });
                let id = match who {
                    Who::Entity(entity) => Some(ENTITY_IDS | *entity as u32),
                    Who::Name(name) if !name.is_empty() => Some(ids.id(name)),
                    Who::Name(_) => None,
                };
                if let Some(id) = id {
                    participants.push(id);
                    if matches!(p.role, Role::Subject | Role::Victim) {
                        subjects.push(id);
                    }
                }
                who_list.push(who.clone());
            }
            whos.push(who_list);
            participants.sort_unstable();
            participants.dedup();
            subjects.sort_unstable();
            subjects.dedup();
            let jurisdiction = match (&event.place, dominant_id) {
                (None, Some(id)) => id,
                _ => places
                    .of_event(doc_idx, event)
                    .map_or(0, |j| ids.id(&format!("@{j}"))),
            };
            candidates.push(Candidate {
                doc: doc_idx,
                index,
                precision,
                participants,
                subjects,
                jurisdiction,
            });
        }
    }
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&candidates[a], &candidates[b]);
        b.precision
            .cmp(&a.precision)
            .then(a.doc.cmp(&b.doc))
            .then(a.index.cmp(&b.index))
    });

    let mut clusters: Vec<Building> = Vec::new();
    let mut blocks: FxMap<Block, Vec<usize>> = FxMap::default();
    let mut seen: Vec<usize> = Vec::new();
    for &candidate_idx in &order {
        let candidate = &candidates[candidate_idx];
        let event = &docs[candidate.doc].extraction.events[candidate.index];
        let year = event.date.and_then(|d| d.start.or(d.end)).map(|d| d.year);
        let dated = event.date.is_some();
        let (lo, hi) = event.date.as_ref().map(day_range).unwrap_or((0, 0));
        // Blocks: a shared participant, or for an event naming nobody, every dated
        // cluster of its jurisdiction; an event naming someone also meets dated
        // clusters that name nobody.
        let kind = event.kind;
        let mut keys: Vec<Block> = candidate
            .participants
            .iter()
            .map(|p| (kind, year, BY_PARTICIPANT, *p))
            .collect();
        let mut query = keys.clone();
        if dated {
            let place = candidate.jurisdiction;
            if candidate.participants.is_empty() {
                keys.push((kind, year, BY_PLACE_NOBODY, place));
                query = vec![(kind, year, BY_PLACE, place)];
            } else {
                query.push((kind, year, BY_PLACE_NOBODY, place));
            }
            keys.push((kind, year, BY_PLACE, place));
        }
        seen.clear();
        seen.extend(
            query
                .iter()
                .filter_map(|k| blocks.get(k))
                .flatten()
                .copied(),
        );
        seen.sort_unstable();
        seen.dedup();
        let quantity = event.quantity.as_ref().map(|q| q.value);
        let lifting = event.is_lifting();
        let joined = seen.iter().copied().find(|&c| {
            let cluster = &clusters[c];
            if cluster.dated != dated || cluster.lifting != lifting {
                return false;
            }
            if dated && !(lo <= cluster.hi && cluster.lo <= hi) {
                return false;
            }
            if let (Some(a), Some(b)) = (cluster.quantity, quantity) {
                if a != b {
                    return false;
                }
            }
            // A tally of several naming nobody, dated in its own words ("executed 42
            // men in 2019"), is not one named person's act told to a finer date ("On 3
            // May 2019 A was hanged"): the tally holds it, it is not it. (A tally dated
            // only by the period a report covers, or counting just the people named,
            // stays one event with them.)
            if quantity.is_some_and(|q| q > cluster.subjects.len() as f64)
                && event.date_span.is_some()
                && candidate.subjects.is_empty()
                && !cluster.subjects.is_empty()
                && (lo < cluster.lo || hi > cluster.hi)
            {
                return false;
            }
            // Events that happened to different people are different events, even
            // when one court or one official acted in both.
            if !cluster.subjects.is_empty()
                && !candidate.subjects.is_empty()
                && !candidate
                    .subjects
                    .iter()
                    .any(|p| cluster.subjects.contains(p))
            {
                return false;
            }
            if !cluster.participants.is_empty() && !candidate.participants.is_empty() {
                candidate
                    .participants
                    .iter()
                    .any(|p| cluster.participants.contains(p))
            } else {
                dated && cluster.jurisdiction == candidate.jurisdiction
            }
        });
        let target = match joined {
            Some(c) => {
                let cluster = &mut clusters[c];
                if dated {
                    cluster.lo = cluster.lo.max(lo);
                    cluster.hi = cluster.hi.min(hi);
                }
                for p in &candidate.participants {
                    if !cluster.participants.contains(p) {
                        cluster.participants.push(*p);
                    }
                }
                for p in &candidate.subjects {
                    if !cluster.subjects.contains(p) {
                        cluster.subjects.push(*p);
                    }
                }
                cluster.quantity = cluster.quantity.or(quantity);
                cluster
                    .members
                    .push((candidate.doc, candidate.index, candidate_idx));
                c
            }
            None => {
                clusters.push(Building {
                    kind,
                    lo,
                    hi,
                    dated,
                    participants: candidate.participants.clone(),
                    subjects: candidate.subjects.clone(),
                    jurisdiction: candidate.jurisdiction,
                    quantity,
                    lifting,
                    members: vec![(candidate.doc, candidate.index, candidate_idx)],
                    blocks: Vec::new(),
                });
                clusters.len() - 1
            }
        };
        for key in keys {
            if !clusters[target].blocks.contains(&key) {
                clusters[target].blocks.push(key);
                blocks.entry(key).or_default().push(target);
            }
        }
    }

    let sources = sources(docs);
    let out: Vec<(Building, EventCluster)> = clusters
        .into_iter()
        .map(|mut building| {
            building.members.sort_unstable();
            let cluster = finish(docs, resolution, &whos, &sources, &building);
            (building, cluster)
        })
        .collect();
    type Keyed = (
        (bool, i32, EventKind, Vec<(usize, usize, usize)>),
        EventCluster,
    );
    let mut keyed: Vec<Keyed> = out
        .into_iter()
        .map(|(building, cluster)| {
            let date_key = cluster.date.map_or(0, |d| day_number(d.start, false));
            (
                (
                    cluster.date.is_none(),
                    date_key,
                    building.kind,
                    building.members,
                ),
                cluster,
            )
        })
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.into_iter().map(|(_, cluster)| cluster).collect()
}

fn finish(
    docs: &[DocInput],
    resolution: &Resolution,
    whos: &[Vec<Who>],
    sources: &[(String, String)],
    building: &Building,
) -> EventCluster {
    let events: Vec<(usize, usize, &Event)> = building
        .members
        .iter()
        .map(|&(d, i, _)| (d, i, &docs[d].extraction.events[i]))
        .collect();
    let dates: Vec<TimeValue> = events.iter().filter_map(|(_, _, e)| e.date).collect();
    let ranges: Vec<(i32, i32)> = dates.iter().map(day_range).collect();
    // A date overlaps every other one when it starts before all ends and ends after
    // all starts.
    let min_hi = ranges.iter().map(|r| r.1).min().unwrap_or(i32::MAX);
    let max_lo = ranges.iter().map(|r| r.0).max().unwrap_or(i32::MIN);
    let date = dates
        .iter()
        .zip(&ranges)
        .filter(|(_, (lo, hi))| *lo <= min_hi && *hi >= max_lo)
        .max_by(|(a, ra), (b, rb)| {
            (a.granularity(), a.is_point())
                .cmp(&(b.granularity(), b.is_point()))
                .then(rb.cmp(ra))
        })
        .map(|(d, _)| d)
        .or(dates.first())
        .copied();
    let members: Vec<EventRef> = events
        .iter()
        .map(|(d, i, e)| EventRef {
            doc: docs[*d].name.to_string(),
            index: *i,
            span: e.span,
            date: e.date,
        })
        .collect();
    let mut citations: Vec<Citation> = events
        .iter()
        .map(|(d, _, e)| Citation::new(docs[*d].name, e.span))
        .collect();
    tidy(&mut citations);
    let mut source_keys: Vec<&(String, String)> =
        events.iter().map(|(d, _, _)| &sources[*d]).collect();
    source_keys.sort();
    source_keys.dedup_by(|a, b| a.0 == b.0);
    let mut publishers: Vec<String> = source_keys
        .iter()
        .map(|(_, display)| display.clone())
        .collect();
    publishers.sort();
    let mut participants: Vec<ParticipantRef> = Vec::new();
    let mut participant_keys: Vec<Who> = Vec::new();
    for (&(_, _, candidate), (_, _, e)) in building.members.iter().zip(&events) {
        for (p, who) in e.participants.iter().zip(&whos[candidate]) {
            let who = who.clone();
            if participant_keys.contains(&who) {
                continue;
            }
            let entity = match &who {
                Who::Entity(i) => resolution.entities.get(*i),
                Who::Name(_) => None,
            };
            participant_keys.push(who);
            participants.push(ParticipantRef {
                name: entity
                    .map(|e| e.name.clone())
                    .unwrap_or_else(|| p.name.clone()),
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
        lifting: building.lifting,
    }
}

#[cfg(test)]
mod tests {
    use crate::reconcile;
    use crate::testkit::{inputs, TestDoc};
    use dossier_model::{EventKind, Modality, Role};

    /// An event of a test case: document, kind, evidence (also its label), date,
    /// participants, count, modality.
    struct E(
        usize,
        EventKind,
        &'static str,
        Option<&'static str>,
        &'static [&'static str],
        Option<f64>,
        Modality,
    );

    const A: Modality = Modality::Asserted;

    /// `docs`: (name, publisher, copy of). `expect`: groups of labels with their
    /// corroboration and date.
    fn check(
        case: &str,
        docs: &[(&str, Option<&str>, Option<&str>)],
        events: &[E],
        expect: &[(&[&str], usize, Option<&str>)],
    ) {
        let mut built: Vec<TestDoc> = docs
            .iter()
            .map(|(name, publisher, copy)| {
                let mut d = TestDoc::new(name);
                d.publisher = publisher.map(str::to_string);
                d.duplicate_of = copy.map(str::to_string);
                d.place("Veloria");
                d
            })
            .collect();
        for E(doc, kind, text, date, who, qty, modality) in events {
            let who: Vec<(&str, Role)> = who.iter().map(|w| (*w, Role::Agent)).collect();
            let qty = qty.map(|q| (q, "exact"));
            built[*doc].event_full(*kind, text, *date, &who, qty, None, *modality);
        }
        let inputs = inputs(&built);
        let graph = reconcile(&inputs);
        let got: Vec<(Vec<String>, usize, Option<String>)> = graph
            .events
            .iter()
            .map(|c| {
                let mut labels: Vec<String> = c
                    .citations
                    .iter()
                    .map(|cit| {
                        let doc = inputs.iter().find(|d| d.name == cit.doc).expect("doc");
                        cit.span.slice(doc.text).to_string()
                    })
                    .collect();
                labels.sort();
                labels.dedup();
                (labels, c.corroboration, c.date.map(|d| d.iso()))
            })
            .collect();
        let mut got = got;
        got.sort();
        let mut want: Vec<(Vec<String>, usize, Option<String>)> = expect
            .iter()
            .map(|(labels, n, date)| {
                let mut labels: Vec<String> = labels.iter().map(|l| l.to_string()).collect();
                labels.sort();
                (labels, *n, date.map(str::to_string))
            })
            .collect();
        want.sort();
        assert_eq!(got, want, "{case}");
    }

    const ONE: &[(&str, Option<&str>, Option<&str>)] = &[("a.txt", None, None)];
    const TWO: &[(&str, Option<&str>, Option<&str>)] =
        &[("a.txt", None, None), ("b.txt", Some("Watch"), None)];

    /// A year's tally naming nobody holds a named person's execution told to the
    /// day; it is not that execution (merged, the tally took the day's date). Dated
    /// only by the period covered, it stays with it.
    #[test]
    fn a_tally_is_not_the_named_act_it_holds() {
        let mut d = TestDoc::new("a.txt");
        d.place("Veloria");
        d.event_full(
            EventKind::Execution,
            "Authorities executed at least 42 men in 2019.",
            Some("2019"),
            &[],
            Some((42.0, "at_least")),
            None,
            A,
        );
        // Dated in its own words ("in 2019"), not by the period covered.
        let tally = d.extraction.events.last_mut().expect("the tally");
        tally.date_span = Some(tally.span);
        d.event_full(
            EventKind::Execution,
            "On 3 May 2019 Arman Kask was hanged.",
            Some("2019-05-03"),
            &[("Arman Kask", Role::Subject)],
            None,
            None,
            A,
        );
        // One unnamed execution that day, in another report, is the named one.
        let mut b = TestDoc::new("b.txt");
        b.publisher = Some("Watch".into());
        b.place("Veloria");
        b.event_full(
            EventKind::Execution,
            "A man was hanged on 3 May 2019.",
            Some("2019-05-03"),
            &[],
            Some((1.0, "exact")),
            None,
            A,
        );
        let docs = [d.done(), b.done()];
        let graph = reconcile(&inputs(&docs));
        let mut got: Vec<(Option<String>, usize)> = graph
            .events
            .iter()
            .map(|c| (c.date.map(|d| d.iso()), c.citations.len()))
            .collect();
        got.sort();
        assert_eq!(
            got,
            vec![(Some("2019".into()), 1), (Some("2019-05-03".into()), 2)]
        );
        // In the first report alone, the same tally dated only by the period the
        // report covers joins the named act; dated in its own words, it does not.
        let mut first = vec![docs[0].clone()];
        assert_eq!(reconcile(&inputs(&first)).events.len(), 2);
        first[0].extraction.events[0].date_span = None;
        assert_eq!(reconcile(&inputs(&first)).events.len(), 1);
    }

    #[test]
    fn clustering_table() {
        use EventKind::*;
        check(
            "day and month, same agent",
            TWO,
            &[
                E(
                    0,
                    Moratorium,
                    "Arman Velikov halted executions.",
                    Some("2003-12-17"),
                    &["Arman Velikov"],
                    None,
                    A,
                ),
                E(
                    1,
                    Moratorium,
                    "Velikov signed a moratorium.",
                    Some("2003-12"),
                    &["Velikov"],
                    None,
                    A,
                ),
            ],
            &[(
                &[
                    "Arman Velikov halted executions.",
                    "Velikov signed a moratorium.",
                ],
                2,
                Some("2003-12-17"),
            )],
        );
        check(
            "years differ",
            TWO,
            &[
                E(
                    0,
                    Execution,
                    "Hangings took place.",
                    Some("2003"),
                    &[],
                    None,
                    A,
                ),
                E(1, Execution, "Men were shot.", Some("2004"), &[], None, A),
            ],
            &[
                (&["Hangings took place."], 1, Some("2003")),
                (&["Men were shot."], 1, Some("2004")),
            ],
        );
        check(
            "nobody named, same place and year",
            TWO,
            &[
                E(
                    0,
                    Execution,
                    "Hangings in May.",
                    Some("2003-05"),
                    &[],
                    None,
                    A,
                ),
                E(
                    1,
                    Execution,
                    "Hangings that year.",
                    Some("2003"),
                    &[],
                    None,
                    A,
                ),
            ],
            &[(
                &["Hangings in May.", "Hangings that year."],
                2,
                Some("2003-05"),
            )],
        );
        check(
            "different people",
            TWO,
            &[
                E(
                    0,
                    Arrest,
                    "Ivan Sokolov was held.",
                    Some("2002-10"),
                    &["Ivan Sokolov"],
                    None,
                    A,
                ),
                E(
                    1,
                    Arrest,
                    "Oleg Marchenko was held.",
                    Some("2002-10"),
                    &["Oleg Marchenko"],
                    None,
                    A,
                ),
            ],
            &[
                (&["Ivan Sokolov was held."], 1, Some("2002-10")),
                (&["Oleg Marchenko was held."], 1, Some("2002-10")),
            ],
        );
        check(
            "a coarse date does not chain two precise ones",
            &[
                ("a.txt", None, None),
                ("b.txt", None, None),
                ("c.txt", None, None),
            ],
            &[
                E(
                    0,
                    Execution,
                    "Shootings that year.",
                    Some("2003"),
                    &[],
                    None,
                    A,
                ),
                E(
                    1,
                    Execution,
                    "Shootings in February.",
                    Some("2003-02"),
                    &[],
                    None,
                    A,
                ),
                E(
                    2,
                    Execution,
                    "Shootings in October.",
                    Some("2003-10"),
                    &[],
                    None,
                    A,
                ),
            ],
            &[
                (
                    &["Shootings in February.", "Shootings that year."],
                    2,
                    Some("2003-02"),
                ),
                (&["Shootings in October."], 1, Some("2003-10")),
            ],
        );
        check(
            "a copy counts once",
            &[
                ("a.txt", Some("Watch"), None),
                ("b.txt", None, Some("a.txt")),
            ],
            &[
                E(
                    0,
                    Commutation,
                    "Forty sentences were commuted.",
                    Some("2004-01"),
                    &[],
                    None,
                    A,
                ),
                E(
                    1,
                    Commutation,
                    "Forty sentences were commuted.",
                    Some("2004-01"),
                    &[],
                    None,
                    A,
                ),
            ],
            &[(&["Forty sentences were commuted."], 1, Some("2004-01"))],
        );
        check(
            "two documents of unknown publisher count twice",
            &[("a.txt", None, None), ("b.txt", None, None)],
            &[
                E(
                    0,
                    Commutation,
                    "Sentences were commuted.",
                    Some("2004-01"),
                    &[],
                    None,
                    A,
                ),
                E(
                    1,
                    Commutation,
                    "Sentences were commuted.",
                    Some("2004-01"),
                    &[],
                    None,
                    A,
                ),
            ],
            &[(&["Sentences were commuted."], 2, Some("2004-01"))],
        );
        check(
            "one publisher counts once",
            &[
                ("a.txt", Some("Watch"), None),
                ("b.txt", Some("WATCH"), None),
            ],
            &[
                E(
                    0,
                    Commutation,
                    "Sentences were commuted.",
                    Some("2004-01"),
                    &[],
                    None,
                    A,
                ),
                E(
                    1,
                    Commutation,
                    "Sentences were commuted.",
                    Some("2004-01"),
                    &[],
                    None,
                    A,
                ),
            ],
            &[(&["Sentences were commuted."], 1, Some("2004-01"))],
        );
        check(
            "different counts are different reports",
            TWO,
            &[
                E(
                    0,
                    Execution,
                    "Four were shot.",
                    Some("2003-11"),
                    &[],
                    Some(4.0),
                    A,
                ),
                E(
                    1,
                    Execution,
                    "Five were shot.",
                    Some("2003-11"),
                    &[],
                    Some(5.0),
                    A,
                ),
            ],
            &[
                (&["Five were shot."], 1, Some("2003-11")),
                (&["Four were shot."], 1, Some("2003-11")),
            ],
        );
        check(
            "undated: only a shared participant joins",
            TWO,
            &[
                E(
                    0,
                    Trial,
                    "Ivan Sokolov stood trial.",
                    None,
                    &["Ivan Sokolov"],
                    None,
                    A,
                ),
                E(1, Trial, "Sokolov was tried.", None, &["Sokolov"], None, A),
                E(0, Trial, "A trial opened.", None, &[], None, A),
                E(1, Trial, "Another trial opened.", None, &[], None, A),
            ],
            &[
                (
                    &["Ivan Sokolov stood trial.", "Sokolov was tried."],
                    2,
                    None,
                ),
                (&["A trial opened."], 1, None),
                (&["Another trial opened."], 1, None),
            ],
        );
        check(
            "planned or negated is no event",
            ONE,
            &[
                E(
                    0,
                    Moratorium,
                    "He urged a moratorium.",
                    Some("2003-04"),
                    &[],
                    None,
                    Modality::Planned,
                ),
                E(
                    0,
                    Abolition,
                    "It did not abolish it.",
                    Some("2003"),
                    &[],
                    None,
                    Modality::Negated,
                ),
            ],
            &[],
        );
        check(
            "kinds differ",
            ONE,
            &[
                E(
                    0,
                    Arrest,
                    "Ivan Sokolov was held.",
                    Some("2002"),
                    &["Ivan Sokolov"],
                    None,
                    A,
                ),
                E(
                    0,
                    Trial,
                    "Ivan Sokolov was tried.",
                    Some("2002"),
                    &["Ivan Sokolov"],
                    None,
                    A,
                ),
            ],
            &[
                (&["Ivan Sokolov was held."], 1, Some("2002")),
                (&["Ivan Sokolov was tried."], 1, Some("2002")),
            ],
        );
    }

    /// A moratorium lifted in the year it was imposed, by the one official: two
    /// events, the lifting never joining the imposition.
    #[test]
    fn a_lifting_never_joins_the_moratorium() {
        let mut a = TestDoc::new("a.txt");
        a.place("Ostland");
        a.event(
            EventKind::Moratorium,
            "President Vane declared a moratorium on executions in 2009.",
            Some("2009"),
            &["President Vane"],
        );
        let mut b = TestDoc::new("b.txt");
        b.place("Ostland");
        b.event(
            EventKind::Moratorium,
            "President Vane lifted the moratorium on executions in November 2009.",
            Some("2009-11"),
            &["President Vane"],
        );
        b.extraction.events[0].rule = dossier_model::MORATORIUM_LIFTED.into();
        let docs = vec![a.done(), b.done()];
        let graph = reconcile(&inputs(&docs));
        let clusters: Vec<(usize, bool)> = graph
            .events
            .iter()
            .map(|c| (c.members.len(), c.lifting))
            .collect();
        assert_eq!(clusters, vec![(1, false), (1, true)], "{:#?}", graph.events);
    }

    #[test]
    fn different_people_sentenced_by_one_court_are_two_events() {
        use crate::testkit::TestDoc;
        let mut d = TestDoc::new("a.txt");
        d.place("Veloria");
        for (text, who) in [
            (
                "Ana Lind was sentenced to eight years by a court in Orvan in March.",
                "Ana Lind",
            ),
            (
                "In March a court in Orvan sentenced Piet Maras to ten years.",
                "Piet Maras",
            ),
        ] {
            d.event_full(
                EventKind::Conviction,
                text,
                Some("2006-03"),
                &[(who, Role::Subject), ("a court", Role::Authority)],
                None,
                Some("Orvan"),
                A,
            );
        }
        // The same person told twice with the same court is still one event.
        d.event_full(
            EventKind::Conviction,
            "Lind's conviction by a court in March was upheld later.",
            Some("2006-03"),
            &[("Ana Lind", Role::Subject), ("a court", Role::Authority)],
            None,
            Some("Orvan"),
            A,
        );
        let docs = [d];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let sizes: Vec<usize> = graph.events.iter().map(|c| c.citations.len()).collect();
        assert_eq!(graph.events.len(), 2, "{sizes:?}");
        assert!(sizes.contains(&2) && sizes.contains(&1), "{sizes:?}");
    }
}
