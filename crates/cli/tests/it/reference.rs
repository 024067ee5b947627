//! The reference corpus (read from ../shared, never copied).

use super::*;

fn ingested() -> Option<(tempfile::TempDir, PathBuf)> {
    Some(store_of(&[&reference_corpus()?]))
}

fn doc<'a>(docs: &'a serde_json::Value, prefix: &str) -> &'a serde_json::Value {
    docs["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["document"].as_str().unwrap().starts_with(prefix))
        .unwrap()
}

#[test]
fn reingest_is_a_no_op() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    let corpus = reference_corpus().unwrap();
    let out = dossier(&store, &["ingest", "--json", corpus.to_str().unwrap()]);
    let report = json(&out);
    assert_eq!(report["unchanged"], 5);
    assert_eq!(report["added"], 0);
    let docs = json(&dossier(&store, &["docs", "--json"]));
    assert_eq!(docs["documents"].as_array().unwrap().len(), 5);
}

#[test]
fn metadata_of_the_reference_documents() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    let docs = json(&dossier(&store, &["docs", "--json"]));
    let d001 = doc(&docs, "001_");
    assert_eq!(d001["publisher"], "Amnesty International");
    assert_eq!(d001["published"], "2004-05-26");
    assert_eq!(d001["period"]["start"], "2003-01-01");
    assert_eq!(d001["period"]["end"], "2003-12-31");
    let d003 = doc(&docs, "003_");
    assert_eq!(d003["published"], "2003-05-28");
    assert_eq!(d003["period"]["start"], "2002-01-01");
    assert_eq!(d003["period"]["end"], "2002-12-31");
    let d004 = doc(&docs, "004_");
    assert_eq!(d004["published"], "2025-07-10");
    assert_eq!(d004["number"], "16225");
    assert_eq!(
        d004["publisher"],
        "Parliamentary Assembly of the Council of Europe"
    );
    assert_eq!(
        doc(&docs, "000_")["title"],
        "Capital punishment in Kazakhstan"
    );
    for d in docs["documents"].as_array().unwrap() {
        assert!(d["updated"] != "2026-11-22", "never the ingest date");
    }
}

#[test]
fn kept_text_has_no_site_chrome() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    for prefix in ["000_", "001_", "002_", "003_", "004_"] {
        let shown = json(&dossier(&store, &["show", prefix, "--json"]));
        let text = shown["text"].as_str().unwrap();
        for chrome in [
            "Skip to main content",
            "Search Refworld",
            "This is not a UNHCR publication",
        ] {
            assert!(!text.contains(chrome), "{prefix} kept {chrome:?}");
        }
    }
}

#[test]
fn search_moratorium_ranks_the_two_narratives_first() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    let hits = json(&dossier(&store, &["search", "moratorium", "--json"]));
    let hits = hits["hits"].as_array().unwrap();
    assert!(hits.len() >= 2);
    let mut top: Vec<&str> = hits[..2]
        .iter()
        .map(|h| &h["document"].as_str().unwrap()[..4])
        .collect();
    top.sort();
    assert_eq!(top, ["000_", "001_"]);
    for hit in hits {
        assert!(hit["snippet"].as_str().unwrap().contains("<mark>"), "{hit}");
        assert!(hit["end"].as_u64() > hit["start"].as_u64());
    }
}

#[test]
fn search_finds_transliteration_variants_and_filters_by_publisher() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    // Fuzzy fallback: a spelling absent from the corpus still finds the name.
    let hits = json(&dossier(&store, &["search", "Nazarbaev", "--json"]));
    assert!(!hits["hits"].as_array().unwrap().is_empty());
    let hits = json(&dossier(
        &store,
        &[
            "search",
            "moratorium",
            "--publisher",
            "Amnesty International",
            "--json",
        ],
    ));
    for hit in hits["hits"].as_array().unwrap() {
        assert!(
            hit["document"].as_str().unwrap().starts_with("001_"),
            "{hit}"
        );
    }
    let hits = json(&dossier(
        &store,
        &[
            "search",
            "\"moratorium on executions\"",
            "--to",
            "2004-12-31",
            "--json",
        ],
    ));
    let hits = hits["hits"].as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits
        .iter()
        .all(|h| h["document"].as_str().unwrap().starts_with("001_")));
}

#[test]
fn status_over_time_with_citations() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    let expect = [
        ("2002-06-01", "retentionist", false),
        ("2005-01-01", "retentionist", true),
        ("2010-01-01", "abolitionist_for_ordinary_crimes", true),
        ("2023-01-01", "abolitionist_for_all_crimes", false),
    ];
    for (as_of, status, moratorium) in expect {
        let report = json(&dossier(
            &store,
            &["status", "Kazakhstan", "--as-of", as_of, "--json"],
        ));
        assert_eq!(report["status"], status, "{as_of}: {report}");
        assert_eq!(report["moratorium"], moratorium, "{as_of}: {report}");
        let citations = report["citations"].as_array().unwrap();
        assert!(!citations.is_empty(), "{as_of}: no citations");
        for c in citations {
            assert!(!c["quote"].as_str().unwrap().is_empty());
        }
    }
    // The older spelling is the same jurisdiction.
    let report = json(&dossier(
        &store,
        &["status", "Kazakstan", "--as-of", "2010-01-01", "--json"],
    ));
    assert_eq!(report["status"], "abolitionist_for_ordinary_crimes");
}

#[test]
fn conflicts_name_counts_and_stale_claims() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    let conflicts = json(&dossier(&store, &["conflicts", "--json"]));
    let conflicts = conflicts["conflicts"].as_array().unwrap();
    let of_kind = |kind: &'static str| conflicts.iter().filter(move |c| c["kind"] == kind);
    let name = of_kind("name")
        .find(|c| c["reason"].as_str().unwrap().contains("Shishov"))
        .expect("name conflict");
    assert_eq!(name["citations"].as_array().unwrap().len(), 2);
    let counts = of_kind("value")
        .find(|c| c["reason"].as_str().unwrap().contains("17"))
        .expect("count conflict");
    let docs: Vec<&str> = counts["citations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["document"].as_str().unwrap()[..4])
        .collect();
    assert!(docs.contains(&"000_") && docs.contains(&"001_"), "{docs:?}");
    let stale = of_kind("stale").find(|c| {
        c["citations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["document"].as_str().unwrap().starts_with("002_"))
    });
    assert!(stale.is_some(), "no stale claim from the law database page");
}

#[test]
fn as_of_questions_are_answered_from_the_status_history() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    let cases = [
        (
            "Was the death penalty permitted in Kazakhstan in 2015?",
            "yes",
            "2007",
        ),
        (
            "Is the death penalty still legal in Kazakhstan today?",
            "no",
            "2021",
        ),
        (
            "Were executions suspended by a moratorium in Kazakstan in 2005?",
            "yes",
            "moratorium",
        ),
        // A question in the present asks about now.
        (
            "What is Kazakhstan's death penalty status?",
            "abolitionist_for_all_crimes",
            "2021",
        ),
    ];
    for (question, value, cited) in cases {
        let answer = ask(&store, question);
        assert_eq!(answer["values"][0], value, "{question}: {answer}");
        let quotes: Vec<&str> = answer["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["quote"].as_str().unwrap())
            .collect();
        assert!(
            quotes.iter().any(|q| q.contains(cited)),
            "{question}: {quotes:?}"
        );
    }
}

#[test]
fn questions_the_corpus_does_not_answer_get_null() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    for question in [
        "Who won the football world cup in 2018?",
        "How many journalists were killed in Mexico in 2010?",
        "When was Ivan Petrov arrested?",
        "What is the capital of France?",
    ] {
        let answer = ask(&store, question);
        assert!(answer["answer"].is_null(), "{question}: {answer}");
        assert_eq!(answer["values"].as_array().unwrap().len(), 0);
    }
}

#[test]
fn answers_cite_verbatim_words() {
    let Some((_tmp, store)) = ingested() else {
        return;
    };
    let corpus = reference_corpus().unwrap();
    let answer = ask(
        &store,
        "When did Kazakhstan ratify the Second Optional Protocol?",
    );
    assert_eq!(answer["values"][0], "2022-03-24");
    for citation in answer["citations"].as_array().unwrap() {
        let name = citation["document"].as_str().unwrap();
        let shown = json(&dossier(&store, &["show", name, "--json"]));
        let text = shown["text"].as_str().unwrap();
        let (start, end) = (
            citation["start"].as_u64().unwrap() as usize,
            citation["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], citation["quote"].as_str().unwrap());
        let original = std::fs::read_to_string(corpus.join(name)).unwrap();
        assert!(original.contains(citation["quote"].as_str().unwrap()));
    }
}
