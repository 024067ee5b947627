//! Analysts' judgments as queries see them.
//!
//! The stored graph is what reconcile derived from the extractions; each reader
//! applies the store's judgments to it once per store generation
//! ([`Engine::graph`], [`dossier_reconcile::judge::apply`]), so a judgment takes
//! effect with its own commit and again after any re-ingest. A judgment's evidence
//! is found again by content: in its document (by content hash) at its span, else
//! where that document now has the quote, else in whichever documents now hold the
//! quote (a changed version of the file). Evidence found nowhere is reported
//! ([`Engine::judgment_report`]) and the judgment is not applied.

use crate::{Engine, Result};
use dossier_reconcile::judge::{Ruling, Verdict};
use dossier_reconcile::{Citation as At, Graph};
use dossier_store::{Evidence, Judgment, JudgmentKind};
use serde::Serialize;

/// A quote shorter than this is not looked for in other documents: too likely to
/// be found where it means something else.
const MIN_QUOTE_ELSEWHERE: usize = 12;

/// Refuse a judgment that could never be applied: an event, date or status ground
/// is named by its evidence; a merge or split needs both names; a corrected date
/// must be a date.
pub(crate) fn check(judgment: &dossier_store::NewJudgment) -> Result<()> {
    let kind = judgment.kind.as_str().replace('_', "-");
    let value = judgment
        .value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty());
    match judgment.kind {
        JudgmentKind::ConfirmEvent
        | JudgmentKind::RejectEvent
        | JudgmentKind::ConfirmDate
        | JudgmentKind::RejectDate
        | JudgmentKind::ConfirmStatus
        | JudgmentKind::RejectStatus
            if judgment.evidence.is_none() =>
        {
            Err(crate::Error::User(format!(
                "{kind} needs its evidence: the words that state it (a citation's document and span)"
            )))
        }
        JudgmentKind::MergeEntities | JudgmentKind::SplitEntity | JudgmentKind::TagDocument if value.is_none() => {
            Err(crate::Error::User(format!(
                "{kind} needs a value: {}",
                match judgment.kind {
                    JudgmentKind::MergeEntities => "the other name",
                    JudgmentKind::SplitEntity => "the spelling that names someone else",
                    _ => "the tag",
                }
            )))
        }
        JudgmentKind::RejectDate
            if value.is_some_and(|v| dossier_reconcile::judge::parse_date(v).is_none()) =>
        {
            Err(crate::Error::User(format!(
                "{kind}: {:?} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or START/END)",
                value.unwrap_or_default()
            )))
        }
        _ => Ok(()),
    }
}

pub fn verdict(judgment: &Judgment) -> Verdict {
    Verdict {
        id: judgment.id,
        kind: judgment.judgment.kind.as_str().to_string(),
        author: judgment.judgment.author.clone(),
        at: judgment.at.clone(),
        value: judgment.judgment.value.clone(),
        note: judgment.judgment.note.clone(),
    }
}

/// A judgment with what became of it, as `dossier judgments` and the API list it.
#[derive(Clone, Debug, Serialize)]
pub struct JudgmentState {
    #[serde(flatten)]
    pub judgment: Judgment,
    /// The name of the document its evidence was taken from, if still stored.
    pub evidence_document: Option<String>,
    /// Where its evidence is now (a changed document's words found again).
    pub evidence_now: Vec<crate::query::Citation>,
    /// `applied`, `withdrawn`, `evidence_gone` (its words are in no document any
    /// more) or `not_applied` (`reason` says why).
    pub state: &'static str,
    pub reason: Option<String>,
}

/// A judgment's evidence searched for in every document's text.
struct Pending {
    id: i64,
    quote: String,
}

fn find_nearest(text: &str, quote: &str, near: usize) -> Option<usize> {
    if quote.is_empty() {
        return None;
    }
    let finder = memchr::memmem::Finder::new(quote.as_bytes());
    finder
        .find_iter(text.as_bytes())
        .filter(|&at| text.is_char_boundary(at) && text.is_char_boundary(at + quote.len()))
        .min_by_key(|&at| at.abs_diff(near))
}

fn span(start: usize, len: usize) -> dossier_model::Span {
    dossier_model::Span::new(start, start + len)
}

impl Engine {
    /// Where `evidence` is in its own document now (by content hash): at its span,
    /// else the occurrence of its quote nearest to it.
    fn evidence_in_its_document(&self, evidence: &Evidence) -> Result<Option<At>> {
        let Some(key) = self.store.key_of_sha(&evidence.document)? else {
            return Ok(None);
        };
        let Some(summary) = self.summary(key)? else {
            return Ok(None);
        };
        let Some(text) = self.store.text(key)? else {
            return Ok(None);
        };
        let start = usize::try_from(evidence.start).unwrap_or(usize::MAX);
        let end = usize::try_from(evidence.end).unwrap_or(usize::MAX);
        if text.get(start..end) == Some(evidence.quote.as_str()) {
            return Ok(Some(At::new(&summary.name, span(start, end - start))));
        }
        Ok(find_nearest(&text, &evidence.quote, start)
            .map(|at| At::new(&summary.name, span(at, evidence.quote.len()))))
    }

    /// Evidence for a judgment from a citation as queries give it: the document
    /// (its name, path or content hash) and a byte range of its kept text.
    pub fn evidence(&self, document: &str, start: u64, end: u64) -> Result<Evidence> {
        let found = self.find_doc(document)?;
        let text = self.store.text(found.key)?.unwrap_or_default();
        let quote = usize::try_from(start)
            .ok()
            .zip(usize::try_from(end).ok())
            .filter(|(s, e)| s < e)
            .and_then(|(s, e)| text.get(s..e))
            .ok_or_else(|| {
                crate::Error::User(format!(
                    "evidence {start}-{end} is not a range of {}'s kept text ({} bytes)",
                    found.name,
                    text.len()
                ))
            })?;
        Ok(Evidence {
            document: found.sha256,
            start,
            end,
            quote: quote.to_string(),
        })
    }

    /// Apply the store's judgments to `graph` (see the module's documentation).
    pub(crate) fn apply_judgments(&self, graph: &mut Graph) -> Result<()> {
        let judgments = self.store.judgments()?;
        let active: Vec<&Judgment> = judgments.iter().filter(|j| j.withdrawn.is_none()).collect();
        if active.is_empty() {
            return Ok(());
        }
        let mut found: std::collections::HashMap<i64, Vec<At>> = Default::default();
        let mut pending = Vec::new();
        for judgment in &active {
            let Some(evidence) = &judgment.judgment.evidence else {
                continue;
            };
            match self.evidence_in_its_document(evidence)? {
                Some(at) => {
                    found.insert(judgment.id, vec![at]);
                }
                None if evidence.quote.trim().len() >= MIN_QUOTE_ELSEWHERE => {
                    pending.push(Pending {
                        id: judgment.id,
                        quote: evidence.quote.clone(),
                    })
                }
                None => {}
            }
        }
        // Quotes whose document is gone or no longer holds them: every document
        // is read once, every pending quote looked for in it.
        if !pending.is_empty() {
            let finders: Vec<_> = pending
                .iter()
                .map(|p| memchr::memmem::Finder::new(p.quote.as_bytes()).into_owned())
                .collect();
            for summary in self.summaries()? {
                let Some(text) = self.store.text(summary.key)? else {
                    continue;
                };
                for (p, finder) in pending.iter().zip(&finders) {
                    if let Some(at) = finder.find(text.as_bytes()) {
                        found
                            .entry(p.id)
                            .or_default()
                            .push(At::new(&summary.name, span(at, p.quote.len())));
                    }
                }
            }
        }
        let mut rulings = Vec::new();
        let mut gone = Vec::new();
        let mut unknown_documents = Vec::new();
        for judgment in active {
            let evidence = match (&judgment.judgment.evidence, found.remove(&judgment.id)) {
                (None, _) => Vec::new(),
                (Some(_), Some(at)) => at,
                (Some(_), None) => {
                    gone.push(judgment.id);
                    continue;
                }
            };
            if judgment.judgment.kind == JudgmentKind::TagDocument
                && evidence.is_empty()
                && self.store.find(&judgment.judgment.target)?.is_none()
            {
                unknown_documents.push((
                    judgment.id,
                    format!("no document {:?} is stored", judgment.judgment.target),
                ));
            }
            rulings.push(Ruling {
                kind: judgment.judgment.kind,
                target: judgment.judgment.target.clone(),
                verdict: verdict(judgment),
                evidence,
            });
        }
        dossier_reconcile::judge::apply(graph, &rulings);
        for (id, why) in unknown_documents {
            if let Some(outcome) = graph.judged.outcomes.iter_mut().find(|(i, _)| *i == id) {
                outcome.1 = Some(why);
            }
        }
        graph.judged.evidence_gone = gone;
        Ok(())
    }

    /// Every judgment (withdrawn ones included, oldest first) with what became of
    /// it: applied, withdrawn, its evidence gone, or not applied and why.
    pub fn judgment_report(&self) -> Result<Vec<JudgmentState>> {
        let graph = self.graph()?;
        let judged = &graph.judged;
        let mut out = Vec::new();
        for judgment in self.store.judgments()? {
            let evidence_document = match &judgment.judgment.evidence {
                Some(evidence) => match self.store.key_of_sha(&evidence.document)? {
                    Some(key) => self.summary(key)?.map(|s| s.name.clone()),
                    None => None,
                },
                None => None,
            };
            let now = judged
                .evidence
                .get(&judgment.id)
                .cloned()
                .unwrap_or_default();
            let loaded = self.loaded_named(
                now.iter().map(|c| c.doc.as_str()),
                crate::query::graph::Parts::Text,
            )?;
            let evidence_now = now.iter().map(|c| loaded.cite(c)).collect();
            let (state, reason) = if judgment.withdrawn.is_some() {
                ("withdrawn", None)
            } else if judged.evidence_gone.contains(&judgment.id) {
                (
                    "evidence_gone",
                    Some("its evidence is in no stored document any more".to_string()),
                )
            } else {
                match judged.outcome(judgment.id) {
                    Some(Some(why)) => ("not_applied", Some(why.clone())),
                    _ => ("applied", None),
                }
            };
            out.push(JudgmentState {
                judgment,
                evidence_document,
                evidence_now,
                state,
                reason,
            });
        }
        Ok(out)
    }

    /// Every document's tags in force, by document name.
    pub fn tags(&self) -> Result<std::collections::HashMap<String, Vec<Verdict>>> {
        let mut out: std::collections::HashMap<String, Vec<Verdict>> = Default::default();
        let judgments = self.store.judgments()?;
        // The graph (where the outcomes are) is read only when there are tags.
        if !judgments
            .iter()
            .any(|j| j.withdrawn.is_none() && j.judgment.kind == JudgmentKind::TagDocument)
        {
            return Ok(out);
        }
        let graph = self.graph()?;
        for judgment in judgments {
            if judgment.withdrawn.is_some()
                || judgment.judgment.kind != JudgmentKind::TagDocument
                || graph.judged.outcome(judgment.id) != Some(&None)
            {
                continue;
            }
            let names: Vec<String> = match graph.judged.evidence.get(&judgment.id) {
                Some(at) => at.iter().map(|c| c.doc.clone()).collect(),
                None => self
                    .store
                    .find(&judgment.judgment.target)?
                    .map(|s| vec![s.name])
                    .unwrap_or_default(),
            };
            for name in names {
                out.entry(name).or_default().push(verdict(&judgment));
            }
        }
        Ok(out)
    }
}
