//! Conflicts between what documents say. Never resolved silently: each one cites
//! every side and says in one line why it is (or is not) a contradiction.
//!
//! - `name`: one person given two first names in one document ([`crate::entity`]
//!   keeps them apart and records a doubtful link).
//! - `value`: counts of one event kind over overlapping periods in different
//!   documents, compatible or not (a sub-period's count may not exceed the
//!   containing period's; two counts for the same period must agree); and two
//!   non-overlapping dates for a once-only event (execution, death in custody,
//!   moratorium, abolition) of the same participants.
//! - `stale`: a present-tense statement that the death penalty is in force (a capital
//!   offence, a non-abolitionist status) on a page with no period covered, undated or
//!   dated before an abolition for all crimes that another document reports.

use crate::cluster::{bounds, counts, EventCluster};
use crate::entity::Resolution;
use crate::place::Places;
use crate::status::{abolition_scope, Scope};
use crate::{tidy, Citation, DocInput};
use dossier_model::{EventKind, StatementKind, TimeValue};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    Value,
    Stale,
    Name,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// One line: what disagrees and why it is (or is not) compatible.
    pub reason: String,
    /// Every side.
    pub citations: Vec<Citation>,
    /// The values on each side, as text.
    pub values: Vec<String>,
    /// For counts: whether both can hold.
    pub compatible: Option<bool>,
}

/// Kinds that happen once for the same participants: two dates are a conflict.
const ONCE_ONLY: &[EventKind] = &[
    EventKind::Execution,
    EventKind::DeathInCustody,
    EventKind::Moratorium,
    EventKind::Abolition,
];

pub(crate) fn find(
    docs: &[DocInput],
    resolution: &Resolution,
    clusters: &[EventCluster],
) -> Vec<Conflict> {
    let places = Places::new(docs);
    let mut out = Vec::new();
    name_conflicts(docs, resolution, &mut out);
    count_conflicts(docs, &places, &mut out);
    date_conflicts(clusters, &mut out);
    stale_conflicts(docs, &places, clusters, &mut out);
    for conflict in &mut out {
        tidy(&mut conflict.citations);
    }
    out.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(a.citations.cmp(&b.citations))
            .then(a.reason.cmp(&b.reason))
    });
    out.dedup();
    out
}

fn name_conflicts(docs: &[DocInput], resolution: &Resolution, out: &mut Vec<Conflict>) {
    for doubt in &resolution.name_doubts {
        out.push(Conflict {
            kind: ConflictKind::Name,
            reason: format!(
                "one {} named '{}' and '{}' in the same report ({})",
                doubt.noun, doubt.written_a, doubt.written_b, docs[doubt.doc].name
            ),
            citations: doubt.citations.clone(),
            values: vec![doubt.written_a.clone(), doubt.written_b.clone()],
            compatible: None,
        });
        let _ = (doubt.a, doubt.b);
    }
}

/// A count as a range: "at least 4" is [4, inf), "some 40" is [32, 48].
fn count_range(value: f64, approx: &str) -> (f64, f64) {
    match approx {
        "at_least" | "over" | "more_than" => (value, f64::INFINITY),
        "at_most" | "under" | "fewer_than" => (0.0, value),
        "approximately" | "about" | "some" => (value * 0.8, value * 1.2),
        _ => (value, value),
    }
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

struct Count<'a> {
    doc: &'a str,
    citation: Citation,
    date: TimeValue,
    lo: String,
    hi: String,
    value: f64,
    range: (f64, f64),
}

fn count_conflicts(docs: &[DocInput], places: &Places, out: &mut Vec<Conflict>) {
    let originals = crate::cluster::originals(docs);
    let mut groups: BTreeMap<(EventKind, Option<String>), Vec<Count>> = BTreeMap::new();
    for (doc_idx, doc) in docs.iter().enumerate() {
        if originals[doc_idx] != doc_idx {
            continue; // a copy says nothing its original does not
        }
        for event in &doc.extraction.events {
            let (Some(quantity), Some(date)) = (&event.quantity, event.date) else {
                continue;
            };
            if !counts(event) || !quantity.value.is_finite() {
                continue;
            }
            let (lo, hi) = bounds(&date);
            groups
                .entry((event.kind, places.of_event(doc_idx, event)))
                .or_default()
                .push(Count {
                    doc: doc.name,
                    citation: Citation::new(doc.name, event.span),
                    date,
                    lo,
                    hi,
                    value: quantity.value,
                    range: count_range(quantity.value, &quantity.approx),
                });
        }
    }
    for ((kind, _), mut list) in groups {
        list.sort_by(|a, b| (&a.lo, &a.hi, a.doc).cmp(&(&b.lo, &b.hi, b.doc)));
        // One representative per (period, count, document): repeats add nothing.
        list.dedup_by(|a, b| a.lo == b.lo && a.hi == b.hi && a.value == b.value && a.doc == b.doc);
        for i in 0..list.len() {
            for j in i + 1..list.len() {
                let (a, b) = (&list[i], &list[j]);
                if b.lo > a.hi {
                    break;
                }
                if a.doc == b.doc {
                    continue;
                }
                if let Some(conflict) = compare_counts(kind, a, b) {
                    out.push(conflict);
                }
            }
        }
    }
}

fn compare_counts(kind: EventKind, a: &Count, b: &Count) -> Option<Conflict> {
    let what = format!("{}s", kind.as_str().replace('_', " "));
    let side = |c: &Count| format!("{} ({}, {})", number(c.value), c.date.iso(), c.doc);
    let (compatible, why) = if a.lo == b.lo && a.hi == b.hi {
        if a.value == b.value {
            return None;
        }
        let overlap = a.range.0 <= b.range.1 && b.range.0 <= a.range.1;
        let why = if overlap {
            format!("counts of {what} for the same period {} can both hold (one is approximate or a bound)", a.date.iso())
        } else {
            format!(
                "two counts of {what} for the same period {} differ: {} vs {}",
                a.date.iso(),
                side(a),
                side(b)
            )
        };
        (overlap, why)
    } else {
        let a_in_b = b.lo <= a.lo && a.hi <= b.hi;
        let b_in_a = a.lo <= b.lo && b.hi <= a.hi;
        if a_in_b || b_in_a {
            let (sub, sup) = if a_in_b { (a, b) } else { (b, a) };
            let ok = sub.range.0 <= sup.range.1;
            let why = format!(
                "{}: {} {what} in {} {} among {} in {}: {} lies within {} and {} {} {}",
                if ok { "compatible" } else { "incompatible" },
                number(sub.value),
                sub.date.iso(),
                if ok { "can be" } else { "cannot be" },
                number(sup.value),
                sup.date.iso(),
                sub.date.iso(),
                sup.date.iso(),
                number(sub.value),
                if ok { "<=" } else { ">" },
                number(sup.value)
            );
            (ok, why)
        } else {
            (
                true,
                format!(
                    "compatible: counts of {what} over periods that overlap only in part ({} and {}) can both hold",
                    a.date.iso(),
                    b.date.iso()
                ),
            )
        }
    };
    Some(Conflict {
        kind: ConflictKind::Value,
        reason: why,
        citations: vec![a.citation.clone(), b.citation.clone()],
        values: vec![side(a), side(b)],
        compatible: Some(compatible),
    })
}

fn date_conflicts(clusters: &[EventCluster], out: &mut Vec<Conflict>) {
    let mut groups: BTreeMap<(EventKind, Vec<String>), Vec<&EventCluster>> = BTreeMap::new();
    for cluster in clusters {
        if !ONCE_ONLY.contains(&cluster.kind)
            || cluster.participants.is_empty()
            || cluster.date.is_none()
        {
            continue;
        }
        let mut who: Vec<String> = cluster
            .participants
            .iter()
            .map(|p| {
                p.entity
                    .clone()
                    .unwrap_or_else(|| crate::fold_name(&p.name))
            })
            .collect();
        who.sort();
        groups.entry((cluster.kind, who)).or_default().push(cluster);
    }
    for ((kind, _), list) in groups {
        // Clusters come in date order: compare neighbours only, so n dates give at
        // most n - 1 conflicts.
        for pair in list.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            {
                let (Some(da), Some(db)) = (a.date, b.date) else {
                    continue;
                };
                if da.overlaps(&db) {
                    continue;
                }
                let docs_a: Vec<&str> = a.members.iter().map(|m| m.doc.as_str()).collect();
                if b.members.iter().all(|m| docs_a.contains(&m.doc.as_str())) {
                    continue; // one document telling two events
                }
                let names: Vec<&str> = a.participants.iter().map(|p| p.name.as_str()).collect();
                out.push(Conflict {
                    kind: ConflictKind::Value,
                    reason: format!(
                        "two dates for one {} of {}: {} ({}) vs {} ({})",
                        kind.as_str().replace('_', " "),
                        names.join(", "),
                        da.iso(),
                        docs_a.join(", "),
                        db.iso(),
                        b.members
                            .iter()
                            .map(|m| m.doc.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    citations: a.citations.iter().chain(&b.citations).cloned().collect(),
                    values: vec![da.iso(), db.iso()],
                    compatible: Some(false),
                });
            }
        }
    }
}

/// An abolition for all crimes: jurisdiction, first day, date as written, citations,
/// documents.
struct Abolition {
    jurisdiction: Option<String>,
    lo: String,
    date: String,
    citations: Vec<Citation>,
    docs: Vec<String>,
}

fn abolitions(docs: &[DocInput], places: &Places, clusters: &[EventCluster]) -> Vec<Abolition> {
    let by_name: BTreeMap<&str, usize> =
        docs.iter().enumerate().map(|(i, d)| (d.name, i)).collect();
    let mut out = Vec::new();
    for cluster in clusters {
        let Some(date) = cluster.date else { continue };
        let Some(first) = cluster.members.first() else {
            continue;
        };
        let Some(&doc_idx) = by_name.get(first.doc.as_str()) else {
            continue;
        };
        let Some(event) = docs[doc_idx].extraction.events.get(first.index) else {
            continue;
        };
        if abolition_scope(event.kind, first.span.slice(docs[doc_idx].text)) != Some(Scope::All) {
            continue;
        }
        out.push(Abolition {
            jurisdiction: places.of_event(doc_idx, event),
            lo: bounds(&date).0,
            date: date.iso(),
            citations: cluster.citations.clone(),
            docs: cluster.members.iter().map(|m| m.doc.clone()).collect(),
        });
    }
    for (doc_idx, doc) in docs.iter().enumerate() {
        for statement in &doc.extraction.statements {
            if statement.kind != StatementKind::Status
                || statement.value != "abolitionist_for_all_crimes"
                || statement.modality != dossier_model::Modality::Asserted
            {
                continue;
            }
            let Some(date) = statement
                .date
                .or(doc.period)
                .or(doc.date().map(TimeValue::point))
            else {
                continue;
            };
            out.push(Abolition {
                jurisdiction: places.of_statement(doc_idx, statement),
                lo: bounds(&date).0,
                date: date.iso(),
                citations: vec![Citation::new(doc.name, statement.span)],
                docs: vec![doc.name.to_string()],
            });
        }
    }
    out.sort_by(|a, b| a.lo.cmp(&b.lo).then(a.citations.cmp(&b.citations)));
    out
}

fn stale_conflicts(
    docs: &[DocInput],
    places: &Places,
    clusters: &[EventCluster],
    out: &mut Vec<Conflict>,
) {
    let abolitions = abolitions(docs, places, clusters);
    if abolitions.is_empty() {
        return;
    }
    for (doc_idx, doc) in docs.iter().enumerate() {
        if doc.period.is_some() {
            continue; // a report about its period: historical, never stale
        }
        for statement in &doc.extraction.statements {
            let in_force = match statement.kind {
                StatementKind::CapitalOffence => true,
                StatementKind::Status => statement.value != "abolitionist_for_all_crimes",
                _ => false,
            };
            if !in_force || statement.modality != dossier_model::Modality::Asserted {
                continue;
            }
            let jurisdiction = places.of_statement(doc_idx, statement);
            let doc_date = doc.date();
            let later = abolitions.iter().find(|a| {
                if a.jurisdiction != jurisdiction || a.docs.iter().any(|d| d == doc.name) {
                    return false;
                }
                match (statement.date, doc_date) {
                    (Some(date), _) => bounds(&date).1 >= a.lo,
                    (None, Some(dd)) => a.lo > dd.last_day(),
                    (None, None) => true,
                }
            });
            let Some(abolition) = later else { continue };
            let page = match (statement.date, doc_date) {
                (Some(date), _) => format!("statement dated {}", date.iso()),
                (None, Some(dd)) => format!("page dated {dd}"),
                (None, None) => "page undated".to_string(),
            };
            let mut citations = vec![Citation::new(doc.name, statement.span)];
            citations.extend(abolition.citations.iter().cloned());
            out.push(Conflict {
                kind: ConflictKind::Stale,
                reason: format!(
                    "{page}; it says '{}' still holds, but abolition for all crimes is reported for {} by {}",
                    statement.value,
                    abolition.date,
                    abolition.docs.first().map(String::as_str).unwrap_or("another document")
                ),
                citations,
                values: vec![statement.value.clone(), format!("abolitionist_for_all_crimes since {}", abolition.date)],
                compatible: Some(false),
            });
        }
    }
}
