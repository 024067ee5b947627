//! A jurisdiction's death-penalty status over time, derived only from events and
//! statements (never typed per country).
//!
//! Facts, in date order, move a small state machine (status, moratorium):
//!
//! | fact                                              | effect                                   |
//! |---------------------------------------------------|------------------------------------------|
//! | executions (dated)                                | retentionist (unless abolitionist)       |
//! | status label (statement over its period / date)   | that status                              |
//! | moratorium event, or statement "suspended"        | moratorium on                            |
//! | statement "resumed"                               | moratorium off                           |
//! | amendment/law/abolition "except X", "ordinary"    | abolitionist_for_ordinary_crimes         |
//! | abolition (for all crimes)                        | abolitionist_for_all_crimes, moratorium moot |
//! | 10 years after the last execution, retentionist,  | abolitionist_in_practice (Amnesty's rule); |
//! | and the corpus still reports on the country       | only when later evidence exists          |
//!
//! Facts are attributed to a jurisdiction as [`crate::place`] says. Before the first
//! fact the status is unknown (`None`).

use crate::cluster::{bounds, counts};
use crate::name::fold_name;
use crate::place::{same_jurisdiction, Places};
use crate::FxMap;
use crate::{tidy, Citation, DocInput, Graph};
use dossier_model::{EventKind, Modality, PartialDate, StatementKind, TimeValue};
use serde::Serialize;

pub const RETENTIONIST: &str = "retentionist";
pub const IN_PRACTICE: &str = "abolitionist_in_practice";
pub const ORDINARY: &str = "abolitionist_for_ordinary_crimes";
pub const ALL_CRIMES: &str = "abolitionist_for_all_crimes";

/// Status of one jurisdiction at one date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusReport {
    pub jurisdiction: String,
    pub as_of: PartialDate,
    pub status: Option<&'static str>,
    pub moratorium: bool,
    pub capital_offences: Vec<String>,
    pub excluded: Vec<String>,
    /// ISO date the current status began.
    pub since: Option<String>,
    pub reason: String,
    pub citations: Vec<Citation>,
    pub history: Vec<Period>,
}

/// A stretch of time with one (status, moratorium).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Period {
    /// ISO date, at the precision of the evidence that opened it.
    pub start: String,
    /// Start of the next period (exclusive), `None` while it lasts.
    pub end: Option<String>,
    pub status: Option<&'static str>,
    pub moratorium: bool,
    /// What opened the period, in words.
    pub basis: String,
    pub citations: Vec<Citation>,
    #[serde(skip)]
    lo: String,
    #[serde(skip)]
    exceptions: Vec<String>,
}

/// Scope of an abolition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    All,
    Ordinary,
}

const EXCEPT_WORDS: &[&str] = &["except", "save for", "other than", "with the exception of"];
const ORDINARY_WORDS: &[&str] = &[
    "ordinary crime",
    "peacetime",
    "peace time",
    "in time of peace",
];
const ALL_WORDS: &[&str] = &[
    "all crimes",
    "all offences",
    "all offenses",
    "all circumstances",
    "entirely",
    "completely",
];

/// Whether an event abolishes the death penalty, and for which crimes, from its
/// evidence text.
pub(crate) fn abolition_scope(kind: EventKind, evidence: &str) -> Option<Scope> {
    let text = evidence.to_lowercase();
    let abolishes = text.contains("abolish") || text.contains("abolition");
    match kind {
        EventKind::Abolition => {}
        EventKind::ConstitutionalAmendment | EventKind::LawAdopted if abolishes => {}
        _ => return None,
    }
    if EXCEPT_WORDS.iter().any(|w| text.contains(w)) {
        return Some(Scope::Ordinary);
    }
    if ALL_WORDS.iter().any(|w| text.contains(w)) {
        return Some(Scope::All);
    }
    if ORDINARY_WORDS.iter().any(|w| text.contains(w)) {
        return Some(Scope::Ordinary);
    }
    Some(Scope::All)
}

/// The offences kept after "except" in an abolition's evidence.
fn exceptions(evidence: &str) -> Vec<String> {
    let lower = evidence.to_lowercase();
    let Some((at, word)) = EXCEPT_WORDS
        .iter()
        .filter_map(|w| lower.find(w).map(|at| (at, *w)))
        .min()
    else {
        return Vec::new();
    };
    // Lower-casing can change byte lengths; fall back to the lower-cased text then.
    let source = if lower.len() == evidence.len() {
        evidence
    } else {
        lower.as_str()
    };
    let rest = source.get(at + word.len()..).unwrap_or("");
    let rest = rest.split(['.', ';']).next().unwrap_or("");
    rest.split(", and ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(", "))
        .map(|p| p.trim().trim_start_matches("for ").trim())
        .filter(|p| p.split_whitespace().count() >= 2)
        .map(str::to_string)
        .collect()
}

/// A status label in Amnesty's categories, from a statement value or a sentence.
fn label(text: &str) -> Option<&'static str> {
    let text = text.to_lowercase().replace('_', " ");
    if text.contains("all crimes") {
        Some(ALL_CRIMES)
    } else if text.contains("ordinary") {
        Some(ORDINARY)
    } else if text.contains("in practice") || text.contains("de facto") {
        Some(IN_PRACTICE)
    } else if text.contains("retentionist") {
        Some(RETENTIONIST)
    } else {
        None
    }
}

#[derive(Clone, Debug)]
enum Change {
    Executions,
    Moratorium(bool),
    Abolish(Scope, Vec<String>),
    Label(&'static str),
}

#[derive(Clone, Debug)]
struct Fact {
    lo: String,
    hi: String,
    date: TimeValue,
    change: Change,
    basis: String,
    citations: Vec<Citation>,
}

/// A statement of the law with the time it holds.
struct Held {
    value: String,
    lo: Option<String>,
    hi: Option<String>,
    dated: bool,
    citation: Citation,
}

fn facts(docs: &[DocInput], graph: &Graph, key: &str) -> (Vec<Fact>, Vec<Held>, Vec<Held>) {
    let places = Places::new(docs);
    let by_name: FxMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.name, i)).collect();
    let here = |j: Option<String>| j.is_some_and(|j| same_jurisdiction(&j, key));
    let mut facts = Vec::new();
    for cluster in &graph.events {
        let Some(date) = cluster.date else { continue };
        let member = cluster.members.iter().find_map(|m| {
            let doc_idx = *by_name.get(m.doc.as_str())?;
            let event = docs[doc_idx].extraction.events.get(m.index)?;
            (counts(event) && here(places.of_event(doc_idx, event))).then_some((doc_idx, event, m))
        });
        let Some((doc_idx, event, member)) = member else {
            continue;
        };
        let text = member.span.slice(docs[doc_idx].text);
        let (change, basis) = match event.kind {
            EventKind::Execution => (
                Change::Executions,
                format!("executions reported for {}", date.iso()),
            ),
            EventKind::Moratorium => (
                Change::Moratorium(true),
                format!("moratorium on executions from {}", date.iso()),
            ),
            EventKind::StatusClassification => match label(text) {
                Some(l) => (
                    Change::Label(l),
                    format!("classified {l} in {}", date.iso()),
                ),
                None => continue,
            },
            kind => match abolition_scope(kind, text) {
                Some(Scope::All) => (
                    Change::Abolish(Scope::All, Vec::new()),
                    format!("abolition for all crimes in {}", date.iso()),
                ),
                Some(Scope::Ordinary) => (
                    Change::Abolish(Scope::Ordinary, exceptions(text)),
                    format!(
                        "{} abolishing for ordinary crimes in {}",
                        kind.as_str().replace('_', " "),
                        date.iso()
                    ),
                ),
                None => continue,
            },
        };
        let (lo, hi) = bounds(&date);
        facts.push(Fact {
            lo,
            hi,
            date,
            change,
            basis,
            citations: cluster.citations.clone(),
        });
    }
    let mut offences = Vec::new();
    let mut excluded = Vec::new();
    for (doc_idx, doc) in docs.iter().enumerate() {
        for statement in &doc.extraction.statements {
            if statement.modality != Modality::Asserted
                || !here(places.of_statement(doc_idx, statement))
            {
                continue;
            }
            let citation = Citation::new(doc.name, statement.span);
            let when = statement.date.or(doc.period);
            let held = |value: &str| {
                let (lo, hi) = match &when {
                    Some(date) => {
                        let (lo, hi) = bounds(date);
                        (Some(lo), Some(hi))
                    }
                    None => (None, None),
                };
                Held {
                    value: value.trim().to_string(),
                    lo,
                    hi,
                    dated: when.is_some(),
                    citation: citation.clone(),
                }
            };
            match statement.kind {
                StatementKind::CapitalOffence => offences.push(held(&statement.value)),
                StatementKind::ExcludedGroup => excluded.push(held(&statement.value)),
                StatementKind::Status | StatementKind::Moratorium => {
                    let Some(date) = when.or(doc.date().map(TimeValue::point)) else {
                        continue;
                    };
                    let (lo, hi) = bounds(&date);
                    let (change, basis) = if statement.kind == StatementKind::Status {
                        let Some(l) = label(&statement.value) else {
                            continue;
                        };
                        (
                            Change::Label(l),
                            format!("status '{l}' stated for {}", date.iso()),
                        )
                    } else {
                        let on = !matches!(statement.value.as_str(), "no" | "resumed" | "false");
                        (
                            Change::Moratorium(on),
                            format!(
                                "executions {} as of {}",
                                if on { "suspended" } else { "resumed" },
                                date.iso()
                            ),
                        )
                    };
                    facts.push(Fact {
                        lo,
                        hi,
                        date,
                        change,
                        basis,
                        citations: vec![citation.clone()],
                    });
                }
            }
        }
    }
    // "Until 2021, ..." says when something ended, not when it began: no change
    // can be placed from it.
    facts.retain(|f| f.date.start.is_some());
    facts.sort_by(|a, b| {
        a.lo.cmp(&b.lo)
            .then(a.hi.cmp(&b.hi))
            .then(a.citations.cmp(&b.citations))
    });
    (facts, offences, excluded)
}

fn plus_ten_years(iso_last_day: &str) -> Option<PartialDate> {
    let date = PartialDate::parse(iso_last_day)?;
    let year = date.year + 10;
    let month = date.month?;
    let day = date.day?.min(days_in_month(year, month));
    Some(PartialDate::day(year, month, day))
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

fn open(periods: &mut Vec<Period>, period: Period) {
    if let Some(previous) = periods.last_mut() {
        previous.end = Some(period.start.clone());
    }
    periods.push(period);
}

fn history(facts: &[Fact]) -> Vec<Period> {
    let mut periods: Vec<Period> = Vec::new();
    let mut status: Option<&'static str> = None;
    let mut moratorium = false;
    let mut exceptions_now: Vec<String> = Vec::new();
    let mut last_exec: Option<(String, String, Vec<Citation>)> = None;
    for fact in facts {
        // Amnesty's rule: ten years without executions.
        if status == Some(RETENTIONIST) {
            if let Some((hi, iso, citations)) = &last_exec {
                if let Some(switch) = plus_ten_years(hi) {
                    // Only after the latest period began: a later label that
                    // still says retentionist is evidence against the rule.
                    let after_latest = periods.last().is_none_or(|p| p.lo < switch.first_day());
                    if after_latest && switch.first_day() <= fact.lo {
                        status = Some(IN_PRACTICE);
                        open(
                            &mut periods,
                            Period {
                                start: switch.to_string(),
                                end: None,
                                status,
                                moratorium,
                                basis: format!("ten years since the last known executions ({iso})"),
                                citations: citations.clone(),
                                lo: switch.first_day(),
                                exceptions: exceptions_now.clone(),
                            },
                        );
                    }
                }
            }
        }
        let (mut new_status, mut new_moratorium) = (status, moratorium);
        match &fact.change {
            Change::Executions => {
                if matches!(status, None | Some(IN_PRACTICE)) {
                    new_status = Some(RETENTIONIST);
                }
                if last_exec.as_ref().is_none_or(|(hi, _, _)| *hi <= fact.hi) {
                    last_exec = Some((fact.hi.clone(), fact.date.iso(), fact.citations.clone()));
                }
            }
            Change::Moratorium(on) => {
                if status != Some(ALL_CRIMES) {
                    new_moratorium = *on;
                }
            }
            Change::Abolish(Scope::Ordinary, exceptions) => {
                if status != Some(ALL_CRIMES) {
                    new_status = Some(ORDINARY);
                    exceptions_now = exceptions.clone();
                }
            }
            Change::Abolish(Scope::All, _) => {
                new_status = Some(ALL_CRIMES);
                new_moratorium = false;
                exceptions_now.clear();
            }
            Change::Label(l) => {
                new_status = Some(l);
                if *l == ALL_CRIMES {
                    new_moratorium = false;
                }
            }
        }
        if new_status != status || new_moratorium != moratorium || periods.is_empty() {
            status = new_status;
            moratorium = new_moratorium;
            open(
                &mut periods,
                Period {
                    start: fact
                        .date
                        .start
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| fact.date.iso()),
                    end: None,
                    status,
                    moratorium,
                    basis: fact.basis.clone(),
                    citations: fact.citations.clone(),
                    lo: fact.lo.clone(),
                    exceptions: exceptions_now.clone(),
                },
            );
        } else if let Some(current) = periods.last_mut() {
            current.citations.extend(fact.citations.iter().cloned());
            tidy(&mut current.citations);
            if current.exceptions.is_empty() {
                current.exceptions = exceptions_now.clone();
            }
        }
    }
    periods
}

fn dedup_folded(values: &mut Vec<String>) {
    let mut seen = Vec::new();
    values.retain(|v| {
        let key = fold_name(v);
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
}

/// Status of `jurisdiction` at `as_of`, from the graph's events and the documents'
/// statements. `None` when nothing in the corpus is about that jurisdiction.
pub fn status(
    docs: &[DocInput],
    graph: &Graph,
    jurisdiction: &str,
    as_of: PartialDate,
) -> Option<StatusReport> {
    let key = fold_name(jurisdiction);
    if key.is_empty() {
        return None;
    }
    let (facts, offences, excluded_groups) = facts(docs, graph, &key);
    if facts.is_empty() && offences.is_empty() && excluded_groups.is_empty() {
        return None;
    }
    let periods = history(&facts);
    let day = as_of.first_day();
    let current = periods.iter().rposition(|p| p.lo <= day);
    let mut report = StatusReport {
        jurisdiction: jurisdiction.to_string(),
        as_of,
        status: None,
        moratorium: false,
        capital_offences: Vec::new(),
        excluded: Vec::new(),
        since: None,
        reason: String::new(),
        citations: Vec::new(),
        history: periods.clone(),
    };
    let Some(current) = current else {
        report.reason = match periods.first() {
            Some(first) => format!("no evidence about {jurisdiction} before {}", first.start),
            None => format!("no dated evidence about {jurisdiction}"),
        };
        return Some(report);
    };
    let period = &periods[current];
    let run_start = (0..=current)
        .rev()
        .take_while(|i| periods[*i].status == period.status)
        .last()
        .unwrap_or(current);
    let moratorium_start = (0..=current)
        .rev()
        .take_while(|i| periods[*i].moratorium)
        .last()
        .filter(|_| period.moratorium);
    report.status = period.status;
    report.moratorium = period.moratorium;
    report.since = Some(periods[run_start].start.clone());
    let mut citations: Vec<Citation> = period.citations.clone();
    citations.extend(periods[run_start].citations.iter().cloned());
    if let Some(m) = moratorium_start {
        citations.extend(periods[m].citations.iter().cloned());
    }

    let holds = |h: &Held| match (&h.lo, &h.hi) {
        (Some(lo), Some(hi)) => *lo <= day && day <= *hi,
        _ => true,
    };
    if period.status != Some(ALL_CRIMES) && period.status.is_some() {
        let dated: Vec<&Held> = offences.iter().filter(|h| h.dated && holds(h)).collect();
        let undated: Vec<&Held> = offences.iter().filter(|h| !h.dated).collect();
        // The exceptions the abolition itself names, else statements dated then,
        // else (only once abolished for ordinary crimes) undated present-tense ones.
        if !period.exceptions.is_empty() {
            report.capital_offences = period.exceptions.clone();
        } else if !dated.is_empty() {
            report.capital_offences = dated.iter().map(|h| h.value.clone()).collect();
            citations.extend(dated.iter().map(|h| h.citation.clone()));
        } else if period.status == Some(ORDINARY) {
            report.capital_offences = undated.iter().map(|h| h.value.clone()).collect();
            citations.extend(undated.iter().map(|h| h.citation.clone()));
        }
        let groups: Vec<&Held> = excluded_groups.iter().filter(|h| holds(h)).collect();
        report.excluded = groups.iter().map(|h| h.value.clone()).collect();
        citations.extend(groups.iter().map(|h| h.citation.clone()));
    }
    dedup_folded(&mut report.capital_offences);
    dedup_folded(&mut report.excluded);
    tidy(&mut citations);
    report.citations = citations;

    let mut reason = format!(
        "{} since {} ({})",
        period.status.unwrap_or("unknown"),
        periods[run_start].start,
        periods[run_start].basis
    );
    if let Some(m) = moratorium_start {
        reason.push_str(&format!(
            "; moratorium on executions since {}",
            periods[m].start
        ));
    }
    if period.status != Some(ALL_CRIMES) {
        let last = facts
            .iter()
            .filter(|f| matches!(f.change, Change::Executions) && f.lo <= day)
            .max_by(|a, b| a.hi.cmp(&b.hi).then(b.lo.cmp(&a.lo)));
        if let Some(last) = last {
            reason.push_str(&format!("; last known executions {}", last.date.iso()));
        }
    }
    if period.status == Some(RETENTIONIST) && period.moratorium {
        reason.push_str("; a moratorium alone does not make a country abolitionist in practice (Amnesty: 10 years without executions)");
    }
    report.reason = reason;
    Some(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile;
    use crate::testkit::{inputs, pd, TestDoc};

    #[test]
    fn abolition_scope_table() {
        use EventKind::*;
        let cases = [
            (
                Abolition,
                "The death penalty was abolished for all crimes.",
                Some(Scope::All),
            ),
            (
                Abolition,
                "It abolished capital punishment.",
                Some(Scope::All),
            ),
            (
                Abolition,
                "It was abolished for ordinary crimes only.",
                Some(Scope::Ordinary),
            ),
            (Abolition, "Abolished in peacetime.", Some(Scope::Ordinary)),
            (
                ConstitutionalAmendment,
                "An amendment abolished death for every crime except treason.",
                Some(Scope::Ordinary),
            ),
            (
                ConstitutionalAmendment,
                "An amendment extended presidential terms.",
                None,
            ),
            (
                LawAdopted,
                "A law abolishing the death penalty entirely.",
                Some(Scope::All),
            ),
            (LawAdopted, "A law on moratorium was signed.", None),
            (
                Execution,
                "He was executed after abolition was debated.",
                None,
            ),
        ];
        for (kind, text, expect) in cases {
            assert_eq!(abolition_scope(kind, text), expect, "{text}");
        }
    }

    #[test]
    fn exceptions_table() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "abolished for all crimes except acts of terror causing death and grave crimes in time of war.",
                &["acts of terror causing death", "grave crimes in time of war"],
            ),
            ("abolished save for treason; later, more.", &[]),
            ("abolished, with the exception of military espionage", &["military espionage"]),
            ("abolished for all crimes", &[]),
        ];
        for (text, expect) in cases {
            assert_eq!(exceptions(text), expect, "{text}");
        }
    }

    #[test]
    fn labels_table() {
        let cases = [
            ("retentionist", Some(RETENTIONIST)),
            ("Abolitionist for ordinary crimes only", Some(ORDINARY)),
            ("abolitionist_for_all_crimes", Some(ALL_CRIMES)),
            ("abolitionist in practice", Some(IN_PRACTICE)),
            ("unknown", None),
        ];
        for (text, expect) in cases {
            assert_eq!(label(text), expect, "{text}");
        }
    }

    /// Ten quiet years make a country abolitionist in practice; a later label that
    /// says retentionist wins; a fact that only says when something ended moves
    /// nothing; resumption ends a moratorium. History stays in date order.
    #[test]
    fn history_turns() {
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.count(EventKind::Execution, "One hanging took place.", "1990", 1.0);
        d.event(
            EventKind::Moratorium,
            "Hangings were halted.",
            Some("1991"),
            &[],
        );
        d.event(
            EventKind::Abolition,
            "Until 2030 it was abolished for ordinary crimes.",
            Some("/2030"),
            &[],
        );
        d.statement(
            StatementKind::Status,
            "Status in 2002: retentionist.",
            "retentionist",
            Some("2002"),
        );
        d.count(
            EventKind::Execution,
            "Two hangings took place.",
            "2005-03",
            2.0,
        );
        d.statement(
            StatementKind::Moratorium,
            "Hangings resumed in 2005.",
            "no",
            Some("2005-02"),
        );
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let cases = [
            ("1989-01-01", None, false),
            ("1995-01-01", Some(RETENTIONIST), true),
            ("2001-06-01", Some(IN_PRACTICE), true),
            ("2003-01-01", Some(RETENTIONIST), true),
            ("2006-01-01", Some(RETENTIONIST), false),
        ];
        let starts: Vec<String> = status(&inputs, &graph, "Ostland", pd("2010"))
            .expect("known")
            .history
            .iter()
            .map(|p| p.lo.clone())
            .collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
        for (as_of, expect, moratorium) in cases {
            let report = status(&inputs, &graph, "Ostland", pd(as_of)).expect("known");
            assert_eq!(
                (report.status, report.moratorium),
                (expect, moratorium),
                "{as_of}: {}",
                report.reason
            );
        }
    }
}
