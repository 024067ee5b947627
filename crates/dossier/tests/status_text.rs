//! A jurisdiction's status read end to end from short texts of our own: who a
//! relative clause speaks of, a timeline's bracketed "(restored ...)", and two
//! countries whose names are one letter apart.

mod common;

use common::ENVIRONMENT;
use dossier::Engine;

/// The status of `name` on `day` once `texts` are ingested, as its category.
fn status_after(texts: &[(&str, &str)], name: &str, day: &str) -> Option<String> {
    let tmp = tempfile::tempdir().unwrap();
    std::env::set_var(dossier::INDEX_DIR_ENV, tmp.path().join("index"));
    let corpus = tmp.path().join("corpus");
    for (file, text) in texts {
        common::write(&corpus, file, text);
    }
    let mut engine = Engine::open_or_create(&tmp.path().join("store")).unwrap();
    let report = common::ingest(&mut engine, &[corpus]);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let as_of = dossier_model::PartialDate::parse(day).unwrap();
    engine
        .status(name, as_of)
        .unwrap()
        .status
        .map(|s| s.to_string())
}

/// "Neighbouring Benin, which lies east of Togo and abolished ...": the abolition
/// in the relative clause is its antecedent's, not the other country the clause names.
#[test]
fn a_relative_clause_speaks_of_its_antecedent() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "LOME, 3 March 2021 - Prison officials in Togo said on Wednesday that the \
        number of prisoners held in Lome had doubled.\n\nNeighbouring Benin, which lies east \
        of Togo and abolished the death penalty for all crimes in 2016, sent observers to the \
        prison.\n";
    let togo = status_after(&[("togo.txt", text)], "Togo", "2020-01-01");
    assert_ne!(togo.as_deref(), Some("abolitionist_for_all_crimes"));
}

/// A timeline entry "abolishes ... (restored 1925)" ends the abolition in 1925; a
/// return for wartime military crimes only leaves the ordinary crimes abolished.
#[test]
fn a_bracketed_restoration_ends_a_timeline_abolition() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Milestones of abolition\n\n1903 - Ecuador abolishes the death penalty for all \
        crimes in its new code (restored 1925).\n\n1911 - Peru abolishes the death penalty for \
        all crimes (restored 1920 for military crimes in wartime).\n";
    let texts = [("milestones.txt", text)];
    assert_eq!(
        status_after(&texts, "Ecuador", "1910-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    assert_ne!(
        status_after(&texts, "Ecuador", "1930-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    assert_eq!(
        status_after(&texts, "Peru", "1925-01-01").as_deref(),
        Some("abolitionist_for_ordinary_crimes")
    );
}

/// "Zambia" and "Gambia" are one edit apart but two countries: asking of one does
/// not answer with the other's executions.
#[test]
fn near_spelled_countries_stay_apart() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let texts = [
        (
            "lusaka.txt",
            "LUSAKA, 5 January 2023 - Zambia abolished the death penalty for all crimes in \
             December 2022, the justice minister said.\n",
        ),
        (
            "banjul.txt",
            "BANJUL, 30 August 2012 - The Gambia executed nine prisoners by firing squad last \
             week, the first executions in the country in decades.\n",
        ),
    ];
    assert_eq!(
        status_after(&texts, "Zambia", "2023-06-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}
