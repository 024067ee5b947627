//! Analysts' judgments applied to a reconciled graph.
//!
//! The graph reconcile derives from the extractions is stored as it is; a reader
//! applies the judgments to it ([`apply`]), so that a judgment takes effect at once
//! (no rebuild) and is applied again to whatever a re-ingest derives. A judgment
//! names what it is about by its evidence: the words of a document it rests on,
//! found again by the caller in the documents as they are now ([`Ruling::evidence`]).
//! An event or a date is the event cluster that cites words overlapping the
//! evidence; an entity is named (any of its spellings); a conflict is one citing
//! the evidence, or whose reason is the target.
//!
//! **Invariant:** pure, like the rest of the crate; nothing is dropped silently: a
//! rejected event moves to [`Judged::rejected`] with who rejected it, and a ruling
//! that finds nothing to apply to says why ([`Judged::outcomes`]).

use crate::{fold_name, Citation, Entity, EventCluster, Graph};
use dossier_model::{JudgmentKind, PartialDate, TimeValue};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who said it, when and why: what readers show next to what it changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub id: i64,
    /// The judgment's kind (`reject_event`, ...).
    pub kind: String,
    pub author: String,
    /// UTC, RFC 3339.
    pub at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One judgment as [`apply`] takes it.
#[derive(Clone, Debug)]
pub struct Ruling {
    pub kind: JudgmentKind,
    pub target: String,
    pub verdict: Verdict,
    /// Where its evidence is in the documents as they are now (a changed document's
    /// words found again); empty when the judgment gave none.
    pub evidence: Vec<Citation>,
}

/// The judgments' effect on a graph, beside it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Judged {
    /// Per event (index into [`Graph::events`], rejected ones removed): the
    /// verdicts that confirm it or its date, or correct its date.
    pub events: BTreeMap<usize, Vec<Verdict>>,
    /// Events an analyst rejected, taken out of [`Graph::events`], each with its
    /// verdicts (the rejection among them).
    pub rejected: Vec<(EventCluster, Vec<Verdict>)>,
    /// Per entity id: the merges and splits that made it.
    pub entities: BTreeMap<String, Vec<Verdict>>,
    /// Per conflict (index into [`Graph::conflicts`]): the verdicts resolving it.
    pub conflicts: BTreeMap<usize, Vec<Verdict>>,
    /// Per judgment (by id), in the order given: `None` when applied, else why not.
    pub outcomes: Vec<(i64, Option<String>)>,
    /// Where each judgment's evidence is now (by id), as the caller found it.
    pub evidence: BTreeMap<i64, Vec<Citation>>,
    /// Judgments whose evidence is in no document any more (not applied).
    pub evidence_gone: Vec<i64>,
}

impl Judged {
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
            && self.rejected.is_empty()
            && self.entities.is_empty()
            && self.conflicts.is_empty()
            && self.outcomes.is_empty()
            && self.evidence_gone.is_empty()
    }

    /// What became of judgment `id`: `Some(None)` applied, `Some(Some(why))` not.
    pub fn outcome(&self, id: i64) -> Option<&Option<String>> {
        self.outcomes.iter().find(|(i, _)| *i == id).map(|(_, o)| o)
    }
}

/// A date as an analyst writes it: `2012`, `2012-05`, `2012-05-03`, or a range
/// `START/END` (either end may be left open).
pub fn parse_date(value: &str) -> Option<TimeValue> {
    let value = value.trim();
    match value.split_once('/') {
        Some((start, end)) => {
            let start = match start.trim() {
                "" => None,
                s => Some(PartialDate::parse(s)?),
            };
            let end = match end.trim() {
                "" => None,
                s => Some(PartialDate::parse(s)?),
            };
            (start.is_some() || end.is_some()).then_some(TimeValue { start, end })
        }
        None => PartialDate::parse(value).map(TimeValue::point),
    }
}

fn cites(cluster: &EventCluster, evidence: &[Citation]) -> bool {
    cluster.citations.iter().any(|c| {
        evidence
            .iter()
            .any(|e| e.doc == c.doc && e.span.overlaps(c.span))
    })
}

/// Apply `rulings` to `graph` (in order: a later ruling sees what earlier ones
/// did) and record their effect in `graph.judged`.
pub fn apply(graph: &mut Graph, rulings: &[Ruling]) {
    let mut judged = Judged {
        evidence: rulings
            .iter()
            .filter(|r| !r.evidence.is_empty())
            .map(|r| (r.verdict.id, r.evidence.clone()))
            .collect(),
        ..Judged::default()
    };
    // Verdicts on events by position in `graph.events` until the rejected ones
    // are taken out, at the end.
    let mut on_events: BTreeMap<usize, Vec<Verdict>> = BTreeMap::new();
    let mut rejected: Vec<usize> = Vec::new();
    for ruling in rulings {
        let verdict = ruling.verdict.clone();
        let outcome = match ruling.kind {
            JudgmentKind::ConfirmEvent
            | JudgmentKind::RejectEvent
            | JudgmentKind::ConfirmDate
            | JudgmentKind::RejectDate => {
                event_ruling(graph, ruling, &mut on_events, &mut rejected)
            }
            JudgmentKind::MergeEntities => merge(graph, ruling, &mut judged.entities),
            JudgmentKind::SplitEntity => split(graph, ruling, &mut judged.entities),
            JudgmentKind::ResolveConflict => {
                let hit = conflicts_judged(graph, ruling);
                if hit.is_empty() {
                    Some("no conflict cites its evidence or has its reason".to_string())
                } else {
                    for i in hit {
                        judged.conflicts.entry(i).or_default().push(verdict.clone());
                    }
                    None
                }
            }
            // Status grounds and tags are not in the graph: the caller applies them
            // (status reads the documents; tags belong to a document).
            JudgmentKind::ConfirmStatus
            | JudgmentKind::RejectStatus
            | JudgmentKind::TagDocument => None,
        };
        judged.outcomes.push((ruling.verdict.id, outcome));
    }
    // Take the rejected events out; renumber the verdicts on the others.
    rejected.sort_unstable();
    rejected.dedup();
    let events = std::mem::take(&mut graph.events);
    for (i, cluster) in events.into_iter().enumerate() {
        let verdicts = on_events.remove(&i).unwrap_or_default();
        if rejected.binary_search(&i).is_ok() {
            judged.rejected.push((cluster, verdicts));
        } else {
            if !verdicts.is_empty() {
                judged.events.insert(graph.events.len(), verdicts);
            }
            graph.events.push(cluster);
        }
    }
    graph.judged = judged;
}

/// The conflicts a ruling is about: those citing its evidence (all when it has
/// none), narrowed to those whose reason is its target when some are; with no
/// evidence, only those whose reason is its target.
fn conflicts_judged(graph: &Graph, ruling: &Ruling) -> Vec<usize> {
    let target = ruling.target.trim();
    let cited: Vec<usize> = graph
        .conflicts
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            if ruling.evidence.is_empty() {
                return c.reason == target;
            }
            c.citations.iter().any(|c| {
                ruling
                    .evidence
                    .iter()
                    .any(|e| e.doc == c.doc && e.span.overlaps(c.span))
            })
        })
        .map(|(i, _)| i)
        .collect();
    let named: Vec<usize> = cited
        .iter()
        .copied()
        .filter(|&i| graph.conflicts[i].reason == target)
        .collect();
    if named.is_empty() {
        cited
    } else {
        named
    }
}

fn event_ruling(
    graph: &mut Graph,
    ruling: &Ruling,
    on_events: &mut BTreeMap<usize, Vec<Verdict>>,
    rejected: &mut Vec<usize>,
) -> Option<String> {
    if ruling.evidence.is_empty() {
        return Some("an event is named by its evidence, and this judgment has none".into());
    }
    let corrected = match (ruling.kind, ruling.verdict.value.as_deref()) {
        (JudgmentKind::RejectDate, Some(value)) if !value.trim().is_empty() => {
            match parse_date(value) {
                Some(date) => Some(Some(date)),
                None => {
                    return Some(format!(
                        "{value:?} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or START/END)"
                    ))
                }
            }
        }
        (JudgmentKind::RejectDate, _) => Some(None),
        _ => None,
    };
    let mut found = false;
    for (i, cluster) in graph.events.iter_mut().enumerate() {
        if !cites(cluster, &ruling.evidence) {
            continue;
        }
        found = true;
        if let Some(date) = corrected {
            cluster.date = date;
        }
        if ruling.kind == JudgmentKind::RejectEvent {
            rejected.push(i);
        }
        on_events.entry(i).or_default().push(ruling.verdict.clone());
    }
    (!found).then(|| "no event cites its evidence".to_string())
}

/// The entity with this name or spelling (case, diacritics, transliteration folded).
fn entity_named(graph: &Graph, name: &str) -> Option<usize> {
    let key = fold_name(name);
    if key.is_empty() {
        return None;
    }
    graph.entities.iter().position(|e| {
        fold_name(&e.name) == key || e.aliases.iter().any(|a| fold_name(&a.text) == key)
    })
}

fn merge(
    graph: &mut Graph,
    ruling: &Ruling,
    on_entities: &mut BTreeMap<String, Vec<Verdict>>,
) -> Option<String> {
    let other = ruling.verdict.value.as_deref().unwrap_or("").trim();
    let Some(a) = entity_named(graph, &ruling.target) else {
        return Some(format!("no entity is known as {:?}", ruling.target));
    };
    let Some(b) = entity_named(graph, other) else {
        return Some(format!("no entity is known as {other:?}"));
    };
    if a != b {
        let gone = graph.entities.remove(b);
        let a = if b < a { a - 1 } else { a };
        let kept = &mut graph.entities[a];
        absorb(kept, gone.clone());
        let (from, to) = (gone.id.clone(), kept.id.clone());
        for cluster in graph.events.iter_mut() {
            for p in cluster.participants.iter_mut() {
                if p.entity.as_deref() == Some(from.as_str()) {
                    p.entity = Some(to.clone());
                    p.name = kept.name.clone();
                }
            }
        }
        for entity in graph.entities.iter_mut() {
            entity
                .doubtful
                .retain(|d| d.other != from || entity.id == to);
            for d in entity.doubtful.iter_mut() {
                if d.other == from {
                    d.other = to.clone();
                }
            }
        }
        if let Some(verdicts) = on_entities.remove(&from) {
            on_entities.entry(to.clone()).or_default().extend(verdicts);
        }
    }
    let id = graph.entities[entity_named(graph, &ruling.target).unwrap_or(0)]
        .id
        .clone();
    on_entities
        .entry(id)
        .or_default()
        .push(ruling.verdict.clone());
    None
}

/// `gone`'s spellings, mentions, documents and roles, now `kept`'s.
fn absorb(kept: &mut Entity, gone: Entity) {
    let gone_id = gone.id.clone();
    let kept_id = kept.id.clone();
    for alias in gone.aliases {
        match kept.aliases.iter_mut().find(|a| a.text == alias.text) {
            Some(same) => {
                same.citations.extend(alias.citations);
                crate::tidy(&mut same.citations);
            }
            None => kept.aliases.push(alias),
        }
    }
    if !kept.aliases.iter().any(|a| a.text == gone.name) {
        kept.aliases.push(crate::Alias {
            text: gone.name,
            citations: Vec::new(),
        });
    }
    kept.mentions.extend(gone.mentions);
    crate::tidy(&mut kept.mentions);
    kept.documents.extend(gone.documents);
    kept.documents.sort();
    kept.documents.dedup();
    for role in gone.roles {
        if !kept.roles.contains(&role) {
            kept.roles.push(role);
        }
    }
    kept.doubtful.extend(gone.doubtful);
    kept.doubtful
        .retain(|d| d.other != gone_id && d.other != kept_id);
}

fn split(
    graph: &mut Graph,
    ruling: &Ruling,
    on_entities: &mut BTreeMap<String, Vec<Verdict>>,
) -> Option<String> {
    let spelling = ruling.verdict.value.as_deref().unwrap_or("").trim();
    let Some(i) = entity_named(graph, &ruling.target) else {
        return Some(format!("no entity is known as {:?}", ruling.target));
    };
    let key = fold_name(spelling);
    let entity = &mut graph.entities[i];
    let going: Vec<crate::Alias> = entity
        .aliases
        .iter()
        .filter(|a| !key.is_empty() && fold_name(&a.text) == key)
        .cloned()
        .collect();
    if going.is_empty() {
        return Some(format!(
            "{:?} is not one of the spellings of {:?}",
            spelling, entity.name
        ));
    }
    if going.len() == entity.aliases.len() {
        return Some(format!(
            "{spelling:?} is every spelling of {:?}: nothing to split",
            entity.name
        ));
    }
    entity.aliases.retain(|a| fold_name(&a.text) != key);
    let moved: Vec<Citation> = going
        .iter()
        .flat_map(|a| a.citations.iter().cloned())
        .collect();
    entity.mentions.retain(|m| !moved.contains(m));
    let documents = |mentions: &[Citation], aliases: &[crate::Alias]| {
        let mut docs: Vec<String> = mentions
            .iter()
            .chain(aliases.iter().flat_map(|a| a.citations.iter()))
            .map(|c| c.doc.clone())
            .collect();
        docs.sort();
        docs.dedup();
        docs
    };
    entity.documents = documents(&entity.mentions, &entity.aliases);
    if entity.name == going[0].text || fold_name(&entity.name) == key {
        // The entity was named by the spelling that goes: the most cited one left names it.
        if let Some(best) = entity.aliases.iter().max_by_key(|a| a.citations.len()) {
            entity.name = best.text.clone();
        }
    }
    let mut mentions = moved;
    crate::tidy(&mut mentions);
    let apart = Entity {
        id: format!("{}--{}", entity.id, key.replace(' ', "-")),
        name: going[0].text.clone(),
        kind: entity.kind,
        documents: documents(&mentions, &going),
        aliases: going,
        roles: Vec::new(),
        mentions,
        doubtful: Vec::new(),
    };
    let (from, to, name) = (entity.id.clone(), apart.id.clone(), apart.name.clone());
    let kept_name = entity.name.clone();
    let kept_mentions = entity.mentions.clone();
    let near = |cluster: &EventCluster, mentions: &[Citation]| {
        cluster.citations.iter().any(|c| {
            mentions
                .iter()
                .any(|m| m.doc == c.doc && m.span.overlaps(c.span))
        })
    };
    for cluster in graph.events.iter_mut() {
        // An event whose words name the entity only by the spelling that goes
        // takes part with the entity split off.
        let to_apart = near(cluster, &apart.mentions) && !near(cluster, &kept_mentions);
        for p in cluster.participants.iter_mut() {
            if p.entity.as_deref() != Some(from.as_str()) {
                continue;
            }
            if to_apart {
                p.entity = Some(to.clone());
                p.name = name.clone();
            } else {
                p.name = kept_name.clone();
            }
        }
    }
    for id in [from, to] {
        on_entities
            .entry(id)
            .or_default()
            .push(ruling.verdict.clone());
    }
    graph.entities.insert(i + 1, apart);
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile;
    use crate::testkit::{inputs, TestDoc};
    use dossier_model::{EventKind, MentionKind, Span};

    fn verdict(id: i64, kind: &str, value: Option<&str>) -> Verdict {
        Verdict {
            id,
            kind: kind.into(),
            author: "ana".into(),
            at: "2026-01-02T03:04:05Z".into(),
            value: value.map(str::to_string),
            note: Some("checked the court record".into()),
        }
    }

    fn ruling(
        kind: JudgmentKind,
        target: &str,
        value: Option<&str>,
        evidence: Vec<Citation>,
    ) -> Ruling {
        Ruling {
            kind,
            target: target.into(),
            verdict: verdict(1, "x", value),
            evidence,
        }
    }

    /// Two documents of our own: an arrest, a trial, and one person written two ways.
    fn docs() -> Vec<TestDoc> {
        let mut a = TestDoc::new("a.txt");
        a.event(
            EventKind::Arrest,
            "Police arrested the editor Lemar Osk in the capital on 3 May 2012.",
            Some("2012-05-03"),
            &["Lemar Osk"],
        );
        a.event(
            EventKind::Execution,
            "Two men were hanged at Tarn prison in June 2013.",
            Some("2013-06"),
            &[],
        );
        let a = a.done();
        let mut b = TestDoc::new("b.txt");
        b.mention(MentionKind::Person, None, "L. Osque", None);
        b.say(" spoke to the press.");
        let b = b.done();
        vec![a, b]
    }

    fn span_of(doc: &TestDoc, words: &str) -> Citation {
        let start = doc.text.find(words).expect("words in the test text");
        Citation::new(&doc.name, Span::new(start, start + words.len()))
    }

    #[test]
    fn a_rejected_event_leaves_the_events_with_its_verdict() {
        let docs = docs();
        let mut graph = reconcile(&inputs(&docs));
        let before = graph.events.len();
        let evidence = vec![span_of(&docs[0], "Two men were hanged")];
        apply(
            &mut graph,
            &[ruling(
                JudgmentKind::RejectEvent,
                "execution",
                None,
                evidence,
            )],
        );
        assert_eq!(graph.events.len(), before - 1);
        assert!(graph.events.iter().all(|e| e.kind != EventKind::Execution));
        assert_eq!(graph.judged.rejected.len(), 1);
        assert_eq!(graph.judged.rejected[0].0.kind, EventKind::Execution);
        assert_eq!(graph.judged.rejected[0].1[0].author, "ana");
        assert_eq!(graph.judged.outcomes, vec![(1, None)]);
    }

    #[test]
    fn a_corrected_date_moves_the_event_and_a_rejected_one_removes_it() {
        let docs = docs();
        let mut graph = reconcile(&inputs(&docs));
        let evidence = vec![span_of(&docs[0], "arrested the editor")];
        apply(
            &mut graph,
            &[ruling(
                JudgmentKind::RejectDate,
                "arrest",
                Some("2012-06-04"),
                evidence.clone(),
            )],
        );
        let arrest = graph
            .events
            .iter()
            .position(|e| e.kind == EventKind::Arrest)
            .unwrap();
        assert_eq!(graph.events[arrest].date, parse_date("2012-06-04"));
        assert_eq!(
            graph.judged.events[&arrest][0].value.as_deref(),
            Some("2012-06-04")
        );

        let mut graph = reconcile(&inputs(&docs));
        apply(
            &mut graph,
            &[ruling(
                JudgmentKind::RejectDate,
                "arrest",
                None,
                evidence.clone(),
            )],
        );
        let arrest = graph
            .events
            .iter()
            .find(|e| e.kind == EventKind::Arrest)
            .unwrap();
        assert_eq!(arrest.date, None);

        let mut graph = reconcile(&inputs(&docs));
        apply(
            &mut graph,
            &[ruling(
                JudgmentKind::RejectDate,
                "arrest",
                Some("soon"),
                evidence,
            )],
        );
        assert!(graph.judged.outcomes[0]
            .1
            .as_deref()
            .unwrap()
            .contains("not a date"));
    }

    #[test]
    fn evidence_no_event_cites_is_reported_not_applied() {
        let docs = docs();
        let mut graph = reconcile(&inputs(&docs));
        let untouched = graph.clone();
        let evidence = vec![span_of(&docs[1], "spoke to the press")];
        apply(
            &mut graph,
            &[ruling(JudgmentKind::RejectEvent, "?", None, evidence)],
        );
        assert_eq!(graph.events, untouched.events);
        assert_eq!(
            graph.judged.outcomes,
            vec![(1, Some("no event cites its evidence".to_string()))]
        );
    }

    #[test]
    fn a_merge_makes_one_entity_and_a_split_undoes_it() {
        let docs = docs();
        let mut graph = reconcile(&inputs(&docs));
        let people = |g: &Graph| {
            g.entities
                .iter()
                .filter(|e| e.kind == MentionKind::Person)
                .count()
        };
        assert_eq!(people(&graph), 2, "{:#?}", graph.entities);
        apply(
            &mut graph,
            &[ruling(
                JudgmentKind::MergeEntities,
                "Lemar Osk",
                Some("L. Osque"),
                vec![],
            )],
        );
        assert_eq!(people(&graph), 1);
        let osk = graph
            .entities
            .iter()
            .find(|e| e.kind == MentionKind::Person)
            .unwrap();
        let spellings: Vec<&str> = osk.aliases.iter().map(|a| a.text.as_str()).collect();
        assert!(spellings.contains(&"Lemar Osk") && spellings.contains(&"L. Osque"));
        assert_eq!(osk.documents, vec!["a.txt", "b.txt"]);
        assert!(osk.mentions.iter().any(|m| m.doc == "b.txt"));
        assert_eq!(graph.judged.entities[&osk.id].len(), 1);
        // The arrest's participant is the merged entity.
        let id = osk.id.clone();
        assert!(graph.events.iter().any(|e| e
            .participants
            .iter()
            .any(|p| p.entity.as_deref() == Some(&id))));

        // Merged, then split again: two people, the arrest with the first.
        let mut graph = reconcile(&inputs(&docs));
        apply(
            &mut graph,
            &[
                ruling(
                    JudgmentKind::MergeEntities,
                    "Lemar Osk",
                    Some("L. Osque"),
                    vec![],
                ),
                ruling(
                    JudgmentKind::SplitEntity,
                    "Lemar Osk",
                    Some("L. Osque"),
                    vec![],
                ),
            ],
        );
        assert_eq!(people(&graph), 2);
        assert_eq!(graph.judged.outcomes, vec![(1, None), (1, None)]);
        let apart = graph
            .entities
            .iter()
            .find(|e| e.name == "L. Osque")
            .unwrap();
        assert_eq!(apart.documents, vec!["b.txt"]);
        let kept = graph
            .entities
            .iter()
            .find(|e| e.name == "Lemar Osk")
            .unwrap();
        assert_eq!(kept.documents, vec!["a.txt"]);

        let mut graph = reconcile(&inputs(&docs));
        apply(
            &mut graph,
            &[ruling(
                JudgmentKind::MergeEntities,
                "Lemar Osk",
                Some("Nobody Here"),
                vec![],
            )],
        );
        assert_eq!(people(&graph), 2);
        assert!(graph.judged.outcomes[0]
            .1
            .as_deref()
            .unwrap()
            .contains("Nobody Here"));
    }

    #[test]
    fn a_resolved_conflict_is_the_one_named_by_its_reason_and_words() {
        let docs = docs();
        let mut graph = reconcile(&inputs(&docs));
        let side = span_of(&docs[0], "Two men were hanged");
        let conflict = |reason: &str| crate::Conflict {
            kind: crate::ConflictKind::Value,
            reason: reason.into(),
            citations: vec![side.clone()],
            values: vec!["2".into(), "3".into()],
            compatible: Some(false),
        };
        graph.conflicts = vec![conflict("two or three men"), conflict("June or July")];
        apply(
            &mut graph,
            &[ruling(
                JudgmentKind::ResolveConflict,
                "June or July",
                None,
                vec![side.clone()],
            )],
        );
        assert_eq!(graph.judged.conflicts.keys().collect::<Vec<_>>(), [&1]);
        let mut graph = reconcile(&inputs(&docs));
        graph.conflicts = vec![conflict("two or three men")];
        apply(
            &mut graph,
            &[ruling(
                JudgmentKind::ResolveConflict,
                "elsewhere",
                None,
                vec![],
            )],
        );
        assert!(graph.judged.conflicts.is_empty());
        assert!(graph.judged.outcomes[0].1.is_some());
    }

    #[test]
    fn dates_as_analysts_write_them() {
        assert_eq!(
            parse_date("2012"),
            PartialDate::parse("2012").map(TimeValue::point)
        );
        assert!(parse_date("2012-05/2012-07").is_some_and(|d| d.end.is_some()));
        assert!(parse_date("/2012").is_some_and(|d| d.start.is_none()));
        assert_eq!(parse_date("/"), None);
        assert_eq!(parse_date("May"), None);
    }
}
