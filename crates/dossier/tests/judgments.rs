//! Analysts' judgments applied by the engine, on the embedded store and on
//! PostgreSQL (a throwaway cluster; that half is skipped, saying so, where
//! PostgreSQL is not installed): a rejected event leaves the timeline and is listed
//! with who rejected it, a corrected date moves its event, a merge makes two
//! spellings one entity; all of it survives a re-ingest of the same documents and of
//! a changed version whose quoted words are still there; a judgment whose words
//! are gone is reported and not applied.

use dossier::query::timeline::{TimelineEvent, TimelineRequest};
mod common;

use common::ENVIRONMENT;
use dossier::{Engine, Evidence, JudgmentKind, NewJudgment};
use std::path::{Path, PathBuf};

const ARREST: &str = "Police arrested the journalist Amina Dorr in Tarsk on 3 May 2012.";
const HANGING: &str = "Two prisoners were hanged in Tarsk prison on 9 June 2013.";
const LATER: &str =
    "Amina Dorrova told reporters in Tarsk on 1 July 2014 that her trial was unfair.";

/// Ingest `files`, none of which may fail.
fn ingest(engine: &mut Engine, files: &[PathBuf]) {
    let report = common::ingest(engine, files);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
}

fn timeline(engine: &Engine) -> Vec<TimelineEvent> {
    engine.timeline(&TimelineRequest::default()).unwrap()
}

/// The timeline event whose words contain `words`.
fn event_citing<'a>(events: &'a [TimelineEvent], words: &str) -> Option<&'a TimelineEvent> {
    events
        .iter()
        .find(|e| e.citations.iter().any(|c| c.quote.contains(words)))
}

/// Evidence for a judgment: the first citation of the event citing `words`.
fn evidence_of(engine: &Engine, words: &str) -> Evidence {
    let events = timeline(engine);
    let event = event_citing(&events, words)
        .unwrap_or_else(|| panic!("no event cites {words:?}: {events:#?}"));
    let citation = &event.citations[0];
    Evidence {
        document: engine.find_doc(&citation.document).unwrap().sha256,
        start: citation.start.into(),
        end: citation.end.into(),
        quote: citation.quote.clone(),
    }
}

fn judgment(
    kind: JudgmentKind,
    target: &str,
    value: Option<&str>,
    evidence: Option<Evidence>,
) -> NewJudgment {
    NewJudgment {
        kind,
        target: target.into(),
        value: value.map(str::to_string),
        note: Some("checked against the court file".into()),
        evidence,
        author: "ana".into(),
    }
}

fn state_of(engine: &Engine, id: i64) -> dossier::judged::JudgmentState {
    engine
        .judgment_report()
        .unwrap()
        .into_iter()
        .find(|s| s.judgment.id == id)
        .unwrap()
}

fn applied_and_kept(store: &Path, tmp: &Path) {
    std::env::set_var(dossier::INDEX_DIR_ENV, tmp.join("index"));
    let corpus = tmp.join("corpus");
    let a = common::write(&corpus, "a.txt", &format!("{ARREST}\n\n{HANGING}\n"));
    let b = common::write(&corpus, "b.txt", &format!("{LATER}\n"));
    let files = vec![a.clone(), b.clone()];
    let mut engine = Engine::open_or_create(store).unwrap();
    ingest(&mut engine, &files);

    // An event, a date and a status ground are named by their evidence.
    let refused = judgment(JudgmentKind::RejectEvent, "arrest", None, None);
    assert!(engine.judge(&refused).unwrap_err().is_user());
    let refused = judgment(
        JudgmentKind::RejectDate,
        "hanging",
        Some("next spring"),
        Some(evidence_of(&engine, "hanged")),
    );
    assert!(engine.judge(&refused).unwrap_err().is_user());

    // Reject the arrest: off the timeline, listed as rejected, with who and why.
    let reject = engine
        .judge(&judgment(
            JudgmentKind::RejectEvent,
            "arrest of Amina Dorr",
            None,
            Some(evidence_of(&engine, "arrested")),
        ))
        .unwrap();
    // Correct the hanging's date.
    let redate = engine
        .judge(&judgment(
            JudgmentKind::RejectDate,
            "hanging",
            Some("2013-07-09"),
            Some(evidence_of(&engine, "hanged")),
        ))
        .unwrap();
    // Two spellings of one person.
    let persons = |engine: &Engine| {
        engine
            .entities()
            .unwrap()
            .into_iter()
            .filter(|e| e.kind == "person")
            .map(|e| e.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(persons(&engine).len(), 2, "{:?}", persons(&engine));
    let merge = engine
        .judge(&judgment(
            JudgmentKind::MergeEntities,
            "Amina Dorr",
            Some("Amina Dorrova"),
            None,
        ))
        .unwrap();
    let tag = engine
        .judge(&judgment(
            JudgmentKind::TagDocument,
            "a.txt",
            Some("verified"),
            None,
        ))
        .unwrap();

    let check = |engine: &Engine, when: &str| {
        let events = timeline(engine);
        assert!(
            event_citing(&events, "arrested").is_none(),
            "{when}: {events:#?}"
        );
        let rejected = engine.rejected_events().unwrap();
        assert_eq!(rejected.len(), 1, "{when}");
        assert!(
            rejected[0].citations[0].quote.contains("arrested"),
            "{when}"
        );
        assert_eq!(rejected[0].judgments[0].author, "ana", "{when}");
        assert_eq!(rejected[0].judgments[0].kind, "reject_event", "{when}");

        let hanging = event_citing(&events, "hanged").expect("the hanging stays");
        assert_eq!(hanging.date.start.as_deref(), Some("2013-07-09"), "{when}");
        assert_eq!(hanging.judgments[0].kind, "reject_date", "{when}");

        assert_eq!(persons(engine).len(), 1, "{when}: {:?}", persons(engine));
        let (dorr, _) = engine.entity("Amina Dorrova").unwrap();
        assert!(
            dorr.aliases.iter().any(|a| a == "Amina Dorr"),
            "{when}: {dorr:?}"
        );
        assert!(
            dorr.aliases.iter().any(|a| a == "Amina Dorrova"),
            "{when}: {dorr:?}"
        );
        assert_eq!(dorr.documents, ["a.txt", "b.txt"], "{when}");
        assert!(
            dorr.mentions.iter().any(|m| m.document == "a.txt"),
            "{when}"
        );
        assert!(
            dorr.mentions.iter().any(|m| m.document == "b.txt"),
            "{when}"
        );
        assert_eq!(dorr.judgments[0].author, "ana", "{when}");

        let docs = engine.docs().unwrap();
        let tagged = docs.iter().find(|d| d.document == "a.txt").unwrap();
        assert_eq!(tagged.tags[0].value.as_deref(), Some("verified"), "{when}");

        for id in [reject, redate, merge, tag] {
            assert_eq!(state_of(engine, id).state, "applied", "{when}: {id}");
        }
    };
    check(&engine, "judged");

    // The same documents again, re-extracted.
    drop(engine);
    let mut engine = Engine::open_or_create(store).unwrap();
    ingest(&mut engine, &files);
    check(&engine, "re-ingested");

    // A changed version of a.txt: new words before, the judged ones still there
    // (at other offsets, under another content hash).
    std::fs::write(
        &a,
        format!("Revised edition, with a correction below.\n\n{ARREST}\n\n{HANGING}\n"),
    )
    .unwrap();
    ingest(&mut engine, &files);
    check(&engine, "changed version");
    let state = state_of(&engine, reject);
    assert_eq!(state.evidence_document, None);
    assert_eq!(state.evidence_now[0].document, "a.txt");
    assert!(state.evidence_now[0].quote.contains("arrested"));

    // The arrest's words gone: the rejection is reported, not applied.
    std::fs::write(&a, format!("{HANGING}\n")).unwrap();
    ingest(&mut engine, &files);
    let state = state_of(&engine, reject);
    assert_eq!(state.state, "evidence_gone", "{:?}", state);
    assert!(engine.rejected_events().unwrap().is_empty());
    assert_eq!(state_of(&engine, redate).state, "applied");

    // Withdrawn: the hanging has its own date again.
    engine.withdraw_judgment(redate, "ben").unwrap();
    let events = timeline(&engine);
    let hanging = event_citing(&events, "hanged").unwrap();
    assert_eq!(hanging.date.start.as_deref(), Some("2013-06-09"));
    assert!(hanging.judgments.is_empty());
    assert_eq!(state_of(&engine, redate).state, "withdrawn");

    // A split undoes the merge (both spellings back in the documents).
    std::fs::write(&a, format!("{ARREST}\n\n{HANGING}\n")).unwrap();
    ingest(&mut engine, &files);
    assert_eq!(persons(&engine).len(), 1);
    let split = engine
        .judge(&judgment(
            JudgmentKind::SplitEntity,
            "Amina Dorr",
            Some("Amina Dorrova"),
            None,
        ))
        .unwrap();
    let state = state_of(&engine, split);
    assert_eq!(state.state, "applied", "{state:?}");
    assert_eq!(persons(&engine).len(), 2);
    let (dorrova, _) = engine.entity("Amina Dorrova").unwrap();
    assert_eq!(dorrova.documents, ["b.txt"]);
}

#[test]
fn judgments_are_applied_and_kept_on_the_embedded_store() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = tempfile::tempdir().unwrap();
    applied_and_kept(&tmp.path().join("store"), tmp.path());
}

#[test]
fn judgments_are_applied_and_kept_on_postgres() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let Some(cluster) = dossier_store::testing::TempCluster::start() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    applied_and_kept(Path::new(&cluster.database()), tmp.path());
}

/// A rejected status ground is no longer used by `status`; the status says who
/// rejected it.
#[test]
fn a_rejected_status_ground_is_not_used() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let tmp = tempfile::tempdir().unwrap();
    std::env::set_var(dossier::INDEX_DIR_ENV, tmp.path().join("index"));
    let corpus = tmp.path().join("corpus");
    common::write(
        &corpus,
        "veloria.txt",
        "Veloria abolished the death penalty for all crimes in 2021.\n",
    );
    let mut engine = Engine::open_or_create(&tmp.path().join("store")).unwrap();
    ingest(&mut engine, &[corpus]);
    let as_of = dossier_model::PartialDate::parse("2023").unwrap();
    let before = engine.status("Veloria", as_of).unwrap();
    assert!(before.status.is_some(), "{before:?}");
    let ground = &before.citations[0];
    let evidence = engine
        .evidence(&ground.document, ground.start.into(), ground.end.into())
        .unwrap();
    engine
        .judge(&judgment(
            JudgmentKind::RejectStatus,
            "Veloria",
            None,
            Some(evidence),
        ))
        .unwrap();
    let after = engine.status("Veloria", as_of).unwrap();
    assert_ne!(after.status, before.status, "{after:?}");
    assert!(
        after.citations.iter().all(|c| c.quote != ground.quote),
        "{after:?}"
    );
    assert_eq!(after.judgments[0].verdict.kind, "reject_status");
    assert_eq!(after.judgments[0].verdict.author, "ana");
}
