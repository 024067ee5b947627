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
use crate::place::{same_jurisdiction, Places};
use crate::status::{abolition_scope, Scope};
use crate::{tidy, Citation, DocInput};
use dossier_model::{EventKind, StatementKind, TimeValue};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    Value,
    Stale,
    Name,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
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

/// Most citations kept for one side of a count conflict: the same figure repeated
/// by many documents is one side.
const MAX_SIDE_CITATIONS: usize = 10;

struct Count<'a> {
    doc: &'a str,
    /// Documents giving this figure for this period.
    n_docs: usize,
    citations: Vec<Citation>,
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
                    n_docs: 1,
                    citations: vec![Citation::new(doc.name, event.span)],
                    date,
                    lo,
                    hi,
                    value: quantity.value,
                    range: count_range(quantity.value, &quantity.approx),
                });
        }
    }
    for ((kind, _), mut list) in groups {
        list.sort_by(|a, b| {
            (&a.lo, &a.hi)
                .cmp(&(&b.lo, &b.hi))
                .then(a.value.total_cmp(&b.value))
                .then(a.range.0.total_cmp(&b.range.0))
                .then(a.range.1.total_cmp(&b.range.1))
                .then(a.doc.cmp(b.doc))
        });
        // One side per (period, figure): documents repeating a figure join its side.
        let mut sides: Vec<Count> = Vec::with_capacity(list.len());
        for count in list {
            match sides.last_mut() {
                Some(side)
                    if side.lo == count.lo
                        && side.hi == count.hi
                        && side.value == count.value
                        && side.range == count.range =>
                {
                    if side.citations.last().is_none_or(|c| c.doc != count.doc) {
                        side.n_docs += 1;
                    }
                    if side.citations.len() < MAX_SIDE_CITATIONS {
                        side.citations.extend(count.citations);
                    }
                }
                _ => sides.push(count),
            }
        }
        for i in 0..sides.len() {
            for j in i + 1..sides.len() {
                let (a, b) = (&sides[i], &sides[j]);
                if b.lo > a.hi {
                    break;
                }
                if a.n_docs == 1 && b.n_docs == 1 && a.doc == b.doc {
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
    let side = |c: &Count| match c.n_docs {
        1 => format!("{} ({}, {})", number(c.value), c.date.iso(), c.doc),
        n => format!(
            "{} ({}, {} and {} more)",
            number(c.value),
            c.date.iso(),
            c.doc,
            n - 1
        ),
    };
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
        citations: a.citations.iter().chain(&b.citations).cloned().collect(),
        values: vec![side(a), side(b)],
        compatible: Some(compatible),
    })
}

fn date_conflicts(clusters: &[EventCluster], out: &mut Vec<Conflict>) {
    let mut groups: BTreeMap<(EventKind, Vec<String>), Vec<&EventCluster>> = BTreeMap::new();
    for cluster in clusters {
        // A moratorium's lifting is not the moratorium: its date is the end's.
        if !ONCE_ONLY.contains(&cluster.kind)
            || cluster.lifting
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
    hi: String,
    date: String,
    citations: Vec<Citation>,
    docs: Vec<String>,
}

impl Abolition {
    /// An abolition of `jurisdiction` over the whole of `date`.
    fn over(
        jurisdiction: Option<String>,
        date: TimeValue,
        citations: Vec<Citation>,
        docs: Vec<String>,
    ) -> Abolition {
        let (lo, hi) = bounds(&date);
        Abolition {
            jurisdiction,
            lo,
            hi,
            date: date.iso(),
            citations,
            docs,
        }
    }
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
        out.push(Abolition::over(
            places.of_event(doc_idx, event),
            date,
            cluster.citations.clone(),
            cluster.members.iter().map(|m| m.doc.clone()).collect(),
        ));
    }
    for (doc_idx, doc) in docs.iter().enumerate() {
        for statement in &doc.extraction.statements {
            if statement.kind != StatementKind::Status
                || statement.value != crate::status::ALL_CRIMES
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
            out.push(Abolition::over(
                places.of_statement(doc_idx, statement),
                date,
                vec![Citation::new(doc.name, statement.span)],
                vec![doc.name.to_string()],
            ));
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
                StatementKind::Status => statement.value != crate::status::ALL_CRIMES,
                _ => false,
            };
            if !in_force || statement.modality != dossier_model::Modality::Asserted {
                continue;
            }
            let jurisdiction = places.of_statement(doc_idx, statement);
            let doc_date = doc.date();
            let later = abolitions.iter().find(|a| {
                let same = match (&a.jurisdiction, &jurisdiction) {
                    (Some(x), Some(y)) => same_jurisdiction(x, y),
                    (None, None) => true,
                    _ => false,
                };
                if !same || a.docs.iter().any(|d| d == doc.name) {
                    return false;
                }
                match (statement.date, doc_date) {
                    // "Until 2021 ..." ends with the abolition: not stale. Open-ended
                    // or ending after it: stale.
                    (Some(date), _) => match date.end {
                        None => bounds(&date).0 < a.lo,
                        Some(end) => end.first_day() > a.hi,
                    },
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile;
    use crate::testkit::{inputs, pd, tv, TestDoc};
    use dossier_model::{Modality, Role, Span};

    fn count(doc: &'static str, value: f64, approx: &str, iso: &str) -> Count<'static> {
        let date = tv(iso);
        let (lo, hi) = bounds(&date);
        Count {
            doc,
            n_docs: 1,
            citations: vec![Citation::new(doc, Span::new(0, 1))],
            date,
            lo,
            hi,
            value,
            range: count_range(value, approx),
        }
    }

    #[test]
    fn counts_table() {
        // (a, b, expected: None = no conflict, Some((compatible, reason start)))
        type Side = (f64, &'static str, &'static str);
        type Expect = Option<(bool, &'static str)>;
        let cases: &[(Side, Side, Expect)] = &[
            (
                (17.0, "exact", "2003-05/2003-11"),
                (4.0, "exact", "2003-11"),
                Some((true, "compatible: 4 executions in 2003-11 can be among 17")),
            ),
            (
                (4.0, "exact", "2003-11"),
                (17.0, "exact", "2003-05/2003-11"),
                Some((true, "compatible: 4 executions")),
            ),
            (
                (20.0, "exact", "2003-11"),
                (17.0, "exact", "2003-05/2003-11"),
                Some((
                    false,
                    "incompatible: 20 executions in 2003-11 cannot be among 17",
                )),
            ),
            (
                (10.0, "exact", "2003"),
                (12.0, "exact", "2003"),
                Some((
                    false,
                    "two counts of executions for the same period 2003 differ",
                )),
            ),
            (
                (10.0, "at_least", "2003"),
                (12.0, "exact", "2003"),
                Some((true, "counts of executions for the same period")),
            ),
            (
                (40.0, "approximately", "2003"),
                (44.0, "exact", "2003"),
                Some((true, "counts of executions for the same period")),
            ),
            ((10.0, "exact", "2003"), (10.0, "exact", "2003"), None),
            (
                (5.0, "exact", "2003-01/2003-06"),
                (9.0, "exact", "2003-04/2003-09"),
                Some((
                    true,
                    "compatible: counts of executions over periods that overlap only in part",
                )),
            ),
        ];
        for (a, b, expect) in cases {
            let (ca, cb) = (count("a.txt", a.0, a.1, a.2), count("b.txt", b.0, b.1, b.2));
            let got = compare_counts(EventKind::Execution, &ca, &cb);
            match (got, expect) {
                (None, None) => {}
                (Some(c), Some((compatible, start))) => {
                    assert_eq!(c.compatible, Some(*compatible), "{a:?} {b:?}: {}", c.reason);
                    assert!(c.reason.starts_with(start), "{a:?} {b:?}: {}", c.reason);
                    assert_eq!(c.citations.len(), 2);
                }
                (got, _) => panic!("{a:?} {b:?}: got {got:?}"),
            }
        }
    }

    #[test]
    fn two_dates_for_one_death() {
        let mut a = TestDoc::new("a.txt");
        a.place("Veloria");
        a.event_full(
            EventKind::DeathInCustody,
            "Pavel Orlov died in a cell.",
            Some("2002-09-11"),
            &[("Pavel Orlov", Role::Victim)],
            None,
            None,
            Modality::Asserted,
        );
        a.event_full(
            EventKind::Arrest,
            "Pavel Orlov was held.",
            Some("2002-09-01"),
            &[("Pavel Orlov", Role::Subject)],
            None,
            None,
            Modality::Asserted,
        );
        let mut b = TestDoc::new("b.txt");
        b.place("Veloria");
        b.event_full(
            EventKind::DeathInCustody,
            "Orlov died in custody.",
            Some("2002-10-02"),
            &[("Orlov", Role::Victim)],
            None,
            None,
            Modality::Asserted,
        );
        b.event_full(
            EventKind::Arrest,
            "Orlov was arrested.",
            Some("2002-08"),
            &[("Orlov", Role::Subject)],
            None,
            None,
            Modality::Asserted,
        );
        let docs = vec![a.done(), b.done()];
        let graph = reconcile(&inputs(&docs));
        let values: Vec<&Conflict> = graph
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Value)
            .collect();
        assert_eq!(values.len(), 1, "{values:#?}");
        assert!(
            values[0]
                .reason
                .starts_with("two dates for one death in custody of Pavel Orlov: 2002-09-11"),
            "{}",
            values[0].reason
        );
        assert_eq!(values[0].citations.len(), 2);
    }

    /// A moratorium's lifting is not the moratorium: "imposed a moratorium in 2006"
    /// and "lifted the moratorium in December 2014" are two events, no conflict of
    /// dates; two reports of the imposition told to different years still are one.
    #[test]
    fn a_lifting_is_not_a_second_date_of_the_moratorium() {
        let build = |lifting: bool| {
            let mut a = TestDoc::new("a.txt");
            a.place("Ostland");
            a.event(
                EventKind::Moratorium,
                "King Osric imposed a moratorium on executions in 2006.",
                Some("2006"),
                &["King Osric"],
            );
            let mut b = TestDoc::new("b.txt");
            b.place("Ostland");
            b.event(
                EventKind::Moratorium,
                "King Osric lifted the moratorium on executions in December 2014.",
                Some("2014-12"),
                &["King Osric"],
            );
            if lifting {
                b.extraction.events[0].rule = "moratorium.lifted+gapped".into();
            }
            vec![a.done(), b.done()]
        };
        let docs = build(false);
        let graph = reconcile(&inputs(&docs));
        assert_eq!(
            graph
                .conflicts
                .iter()
                .filter(|c| c.kind == ConflictKind::Value)
                .count(),
            1,
            "two dates for one moratorium when both are impositions"
        );
        let docs = build(true);
        let graph = reconcile(&inputs(&docs));
        let values: Vec<&Conflict> = graph
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Value)
            .collect();
        assert!(values.is_empty(), "{values:#?}");
        let liftings: Vec<bool> = graph.events.iter().map(|c| c.lifting).collect();
        assert_eq!(liftings, vec![false, true]);
    }

    #[test]
    fn stale_table() {
        // (page published, page period, statement date, abolition date, abolition in
        //  the same document, expected reason start or None)
        type Case = (
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            &'static str,
            bool,
            Option<&'static str>,
        );
        let cases: &[Case] = &[
            (
                None,
                None,
                None,
                "2021",
                false,
                Some("page undated; it says 'terror' still holds"),
            ),
            (
                Some("2019-03-01"),
                None,
                None,
                "2021",
                false,
                Some("page dated 2019-03-01"),
            ),
            (Some("2023-03-01"), None, None, "2021", false, None),
            (None, None, Some("/2021"), "2021", false, None),
            (
                None,
                None,
                Some("2015/"),
                "2021",
                false,
                Some("statement dated 2015/"),
            ),
            (None, Some("2019"), None, "2021", false, None),
            (None, None, None, "2021", true, None),
        ];
        for (published, period, stated, abolished, same_doc, expect) in cases {
            let mut page = TestDoc::new("page.txt");
            page.published = published.map(pd);
            page.period = period.map(tv);
            page.place("Veloria");
            page.statement(
                StatementKind::CapitalOffence,
                "Terror is punished by death.",
                "terror",
                *stated,
            );
            let mut other = TestDoc::new("enc.txt");
            other.place("Veloria");
            let target = if *same_doc { &mut page } else { &mut other };
            target.event(
                EventKind::Abolition,
                "It was abolished for all crimes.",
                Some(abolished),
                &[],
            );
            let docs = vec![page.done(), other.done()];
            let graph = reconcile(&inputs(&docs));
            let stale: Vec<&Conflict> = graph
                .conflicts
                .iter()
                .filter(|c| c.kind == ConflictKind::Stale)
                .collect();
            match expect {
                None => assert!(stale.is_empty(), "{published:?} {stated:?}: {stale:#?}"),
                Some(start) => {
                    assert_eq!(stale.len(), 1, "{published:?} {stated:?}");
                    assert!(stale[0].reason.starts_with(start), "{}", stale[0].reason);
                    assert!(
                        stale[0].reason.ends_with("reported for 2021 by enc.txt"),
                        "{}",
                        stale[0].reason
                    );
                }
            }
        }
    }

    #[test]
    fn other_jurisdiction_is_not_stale() {
        let mut page = TestDoc::new("page.txt");
        page.place("Ostland");
        page.statement(
            StatementKind::CapitalOffence,
            "Murder is punished by death.",
            "murder",
            None,
        );
        let mut other = TestDoc::new("enc.txt");
        other.place("Veloria");
        other.event(
            EventKind::Abolition,
            "Veloria abolished it for all crimes.",
            Some("2021"),
            &[],
        );
        let docs = vec![page.done(), other.done()];
        let graph = reconcile(&inputs(&docs));
        assert!(graph.conflicts.is_empty(), "{:#?}", graph.conflicts);
    }
}
