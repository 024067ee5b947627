//! Whole-graph tests on a synthetic corpus about an invented country, Veloria, whose
//! timeline mirrors the reference corpus (executions 2003, moratorium December 2003,
//! amendment 2007 with exceptions, abolition 2021). Every sentence is ours.

use crate::testkit::{inputs, pd, TestDoc};
use crate::{find_entity, reconcile, status, ConflictKind, DocInput, Graph};
use dossier_model::{EventKind, MentionKind, Modality, Role, StatementKind};
use std::fmt::Write;

/// Encyclopedia-style page: no publisher, no date.
fn encyclopedia() -> TestDoc {
    let mut d = TestDoc::new("enc.txt");
    d.place("Veloria");
    d.event(
        EventKind::Abolition,
        "Veloria abolished the death penalty for all crimes in 2021.",
        Some("2021"),
        &[],
    );
    d.paragraph();
    d.count(
        EventKind::Execution,
        "Seventeen prisoners were shot between May and November 2003.",
        "2003-05/2003-11",
        17.0,
    );
    d.event(
        EventKind::Moratorium,
        "On 17 December 2003 President Arman Velikov suspended all executions.",
        Some("2003-12-17"),
        &["Arman Velikov"],
    );
    d.event(
        EventKind::ConstitutionalAmendment,
        "A constitutional change of 2007 abolished the death penalty except for terrorist murders and grave crimes in wartime.",
        Some("2007"),
        &[],
    );
    d.statement(
        StatementKind::ExcludedGroup,
        "Women may not be sentenced to death there.",
        "women",
        None,
    );
    d.place("Veloria");
    d.mention(
        MentionKind::Organisation,
        None,
        "Freedom Party of Veloria",
        Some("SPV"),
    );
    d.done()
}

/// Annual report on 2003 by a rights group.
fn report_2004() -> TestDoc {
    let mut d = TestDoc::new("rw2004.txt")
        .publisher("Rights Watchers")
        .published("2004-05-20")
        .period("2003");
    d.place("Veloria");
    d.count(
        EventKind::Execution,
        "In November the group heard that four men had been shot.",
        "2003-11",
        4.0,
    );
    d.event(
        EventKind::Moratorium,
        "In December President Velikov signed a moratorium into law.",
        Some("2003-12"),
        &["Velikov"],
    );
    d.event_full(
        EventKind::Moratorium,
        "In April the President urged a moratorium.",
        Some("2003-04"),
        &[("Velikov", Role::Agent)],
        None,
        None,
        Modality::Planned,
    );
    d.mention(MentionKind::Organisation, None, "FPV", None);
    d.place("Velorija");
    d.done()
}

/// Annual report on 2002 by the same group; one detainee, two first names.
fn report_2003() -> TestDoc {
    let mut d = TestDoc::new("rw2003.txt")
        .publisher("Rights Watchers")
        .published("2003-05-21")
        .period("2002");
    d.place("Veloria");
    d.statement(
        StatementKind::Status,
        "Death penalty: retentionist",
        "retentionist",
        None,
    );
    d.paragraph();
    d.event_full(
        EventKind::DeathInCustody,
        "Stanislav Orlov died in police custody on 11 September.",
        Some("2002-09-11"),
        &[("Stanislav Orlov", Role::Victim)],
        None,
        None,
        Modality::Asserted,
    );
    d.say("Officers told the mother of ");
    d.person("Stanimir Orlov");
    d.paragraph();
    d.mention(MentionKind::Person, Some("journalist"), "Ivan Petrov", None);
    d.say("and his brother ");
    d.person("Sergei Petrov");
    d.mention(MentionKind::Organisation, None, "SPV", None);
    d.mention(MentionKind::Person, None, "NOVAK Ilona", None);
    d.done()
}

/// A law database page, undated, still in the present tense.
fn law_page() -> TestDoc {
    let mut d = TestDoc::new("lawdb.txt");
    d.place("Veloria");
    d.statement(
        StatementKind::CapitalOffence,
        "The Constitution allows execution for terrorist murders.",
        "terrorist murders",
        None,
    );
    d.mention(MentionKind::Person, None, "Ilona Novák", None);
    d.done()
}

fn corpus() -> Vec<TestDoc> {
    let original = report_2004();
    let mut mirror = original.clone().copy_of("rw2004.txt");
    mirror.name = "mirror.txt".into();
    mirror.publisher = None;
    vec![encyclopedia(), original, report_2003(), law_page(), mirror]
}

/// A text view of the graph that shows the words under every span.
fn render(docs: &[DocInput], graph: &Graph) -> String {
    let quote = |c: &crate::Citation| {
        let text = docs
            .iter()
            .find(|d| d.name == c.doc)
            .map(|d| c.span.slice(d.text))
            .unwrap_or("?");
        format!("{} {} {text:?}", c.doc, c.span)
    };
    let mut out = String::new();
    for e in &graph.entities {
        let _ = writeln!(
            out,
            "entity {} {} {:?} roles={:?} docs={:?}",
            e.id,
            e.kind.as_str(),
            e.name,
            e.roles,
            e.documents
        );
        for a in &e.aliases {
            let _ = writeln!(out, "  alias {:?} x{}", a.text, a.citations.len());
        }
        for d in &e.doubtful {
            let _ = writeln!(out, "  doubtful {} : {}", d.other, d.reason);
        }
    }
    for c in &graph.events {
        let date = c.date.map(|d| d.iso()).unwrap_or_default();
        let who: Vec<&str> = c.participants.iter().map(|p| p.name.as_str()).collect();
        let _ = writeln!(
            out,
            "event {} {date} x{} publishers={:?} who={who:?} qty={:?}",
            c.kind.as_str(),
            c.corroboration,
            c.publishers,
            c.quantity
        );
        for citation in &c.citations {
            let _ = writeln!(out, "  {}", quote(citation));
        }
    }
    for c in &graph.conflicts {
        let _ = writeln!(
            out,
            "conflict {:?} compatible={:?}: {}",
            c.kind, c.compatible, c.reason
        );
        for citation in &c.citations {
            let _ = writeln!(out, "  {}", quote(citation));
        }
    }
    out
}

#[test]
fn graph_snapshot() {
    let docs = corpus();
    let inputs = inputs(&docs);
    let graph = reconcile(&inputs);
    insta::assert_snapshot!(render(&inputs, &graph));
}

#[test]
fn deterministic() {
    let docs = corpus();
    let inputs = inputs(&docs);
    let first = reconcile(&inputs);
    for _ in 0..3 {
        assert_eq!(reconcile(&inputs), first);
    }
    let json = serde_json::to_string(&first).expect("serialises");
    assert!(json.contains("\"kind\":\"stale\""));
}

#[test]
fn status_over_time() {
    let docs = corpus();
    let inputs = inputs(&docs);
    let graph = reconcile(&inputs);
    // (as of, status, moratorium, since, words the reason must hold)
    type Case<'a> = (
        &'a str,
        Option<&'a str>,
        bool,
        Option<&'a str>,
        &'a [&'a str],
    );
    let cases: &[Case] = &[
        ("1995-01-01", None, false, None, &["no evidence"]),
        (
            "2002-06-01",
            Some("retentionist"),
            false,
            Some("2002"),
            &["stated to be retentionist"],
        ),
        (
            "2005-01-01",
            Some("retentionist"),
            true,
            Some("2002"),
            &[
                "moratorium on executions since 2003-12-17",
                "last known executions 2003-05 to 2003-11",
                "10 years",
            ],
        ),
        (
            "2010-01-01",
            Some("abolitionist_for_ordinary_crimes"),
            true,
            Some("2007"),
            &["moratorium on executions since 2003-12-17"],
        ),
        (
            "2023-01-01",
            Some("abolitionist_for_all_crimes"),
            false,
            Some("2021"),
            &["all crimes"],
        ),
    ];
    for (as_of, expect, moratorium, since, words) in cases {
        let report = status(&inputs, &graph, "Veloria", pd(as_of)).expect("Veloria is known");
        assert_eq!(report.status, *expect, "{as_of}: {}", report.reason);
        assert_eq!(report.moratorium, *moratorium, "{as_of}: {}", report.reason);
        assert_eq!(report.since.as_deref(), *since, "{as_of}");
        for word in *words {
            assert!(
                report.reason.contains(word),
                "{as_of}: {:?} lacks {word:?}",
                report.reason
            );
        }
        if expect.is_some() {
            assert!(!report.citations.is_empty(), "{as_of}");
        }
    }
    let ordinary = status(&inputs, &graph, "Velorija", pd("2010-01-01")).expect("variant spelling");
    assert_eq!(
        ordinary.capital_offences,
        vec!["terrorist murders", "grave crimes in wartime"]
    );
    assert_eq!(ordinary.excluded, vec!["women"]);
    let abolished = status(&inputs, &graph, "Veloria", pd("2023-01-01")).expect("known");
    assert!(abolished.capital_offences.is_empty() && abolished.excluded.is_empty());
    assert_eq!(abolished.history.len(), 4);
    assert!(status(&inputs, &graph, "Atlantis", pd("2010-01-01")).is_none());
}

#[test]
fn in_practice_after_ten_years_without_executions() {
    let mut d = TestDoc::new("a.txt");
    d.place("Ostland");
    d.count(
        EventKind::Execution,
        "Two men were hanged in 2001.",
        "2001",
        2.0,
    );
    d.event(
        EventKind::Moratorium,
        "The king halted hangings in March 2002.",
        Some("2002-03"),
        &[],
    );
    d.statement(
        StatementKind::Moratorium,
        "In 2015 hangings remained suspended.",
        "yes",
        Some("2015"),
    );
    let docs = vec![d.done()];
    let inputs = inputs(&docs);
    let graph = reconcile(&inputs);
    let cases = [
        ("2005-01-01", "retentionist", "2001"),
        ("2012-06-01", "abolitionist_in_practice", "2011-12-31"),
        ("2016-01-01", "abolitionist_in_practice", "2011-12-31"),
    ];
    for (as_of, expect, since) in cases {
        let report = status(&inputs, &graph, "Ostland", pd(as_of)).expect("known");
        assert_eq!(report.status, Some(expect), "{as_of}: {}", report.reason);
        assert_eq!(report.since.as_deref(), Some(since), "{as_of}");
        assert!(report.moratorium);
    }
}

#[test]
fn entities_across_documents() {
    let docs = corpus();
    let inputs = inputs(&docs);
    let graph = reconcile(&inputs);
    // (query, expected entity name, kind)
    let cases = [
        ("Velikov", Some(("Arman Velikov", MentionKind::Person))),
        (
            "arman velikov",
            Some(("Arman Velikov", MentionKind::Person)),
        ),
        ("Velorija", Some(("Veloria", MentionKind::Place))),
        (
            "FPV",
            Some(("Freedom Party of Veloria", MentionKind::Organisation)),
        ),
        (
            "SPV",
            Some(("Freedom Party of Veloria", MentionKind::Organisation)),
        ),
        ("Ilona Novak", Some(("Ilona Novák", MentionKind::Person))),
        ("NOVÁK Ilona", Some(("Ilona Novák", MentionKind::Person))),
        (
            "Stanislav Orlov",
            Some(("Stanislav Orlov", MentionKind::Person)),
        ),
        (
            "Stanimir Orlov",
            Some(("Stanimir Orlov", MentionKind::Person)),
        ),
        (
            "Sergey Petrov",
            Some(("Sergei Petrov", MentionKind::Person)),
        ),
        ("Orlov", None),
        ("Nobody", None),
    ];
    for (query, expect) in cases {
        let got = find_entity(&graph, query).map(|e| (e.name.as_str(), e.kind));
        assert_eq!(got, expect, "{query}");
    }
    let orlov = find_entity(&graph, "Stanislav Orlov").expect("found");
    assert_eq!(orlov.doubtful.len(), 1);
    let petrov = find_entity(&graph, "Ivan Petrov").expect("found");
    assert!(
        petrov.doubtful.is_empty(),
        "brothers are not a doubtful merge"
    );
    assert_eq!(petrov.roles, vec!["journalist"]);
    let names = graph
        .conflicts
        .iter()
        .filter(|c| c.kind == ConflictKind::Name)
        .count();
    assert_eq!(names, 1);
}

#[test]
fn conflicts_of_each_kind() {
    let docs = corpus();
    let inputs = inputs(&docs);
    let graph = reconcile(&inputs);
    let find = |kind: ConflictKind| {
        graph
            .conflicts
            .iter()
            .filter(move |c| c.kind == kind)
            .collect::<Vec<_>>()
    };
    let names = find(ConflictKind::Name);
    assert_eq!(
        names[0].reason,
        "one detainee named 'Stanislav Orlov' and 'Stanimir Orlov' in the same report (rw2003.txt)"
    );
    assert_eq!(names[0].citations.len(), 2);
    let values = find(ConflictKind::Value);
    assert_eq!(
        values.len(),
        1,
        "the mirror copy adds no conflict: {values:#?}"
    );
    assert_eq!(values[0].compatible, Some(true));
    assert!(
        values[0]
            .reason
            .starts_with("compatible: 4 executions in 2003-11 can be among 17 in 2003-05/2003-11"),
        "{}",
        values[0].reason
    );
    let stale = find(ConflictKind::Stale);
    assert_eq!(stale.len(), 1);
    assert!(
        stale[0].reason.starts_with("page undated"),
        "{}",
        stale[0].reason
    );
    assert!(
        stale[0].reason.contains("2021 by enc.txt"),
        "{}",
        stale[0].reason
    );
    assert!(
        stale[0].citations.iter().any(|c| c.doc == "lawdb.txt")
            && stale[0].citations.iter().any(|c| c.doc == "enc.txt")
    );
}

/// Real documents, read at run time: capitalised words become mentions, so the
/// country's spellings must resolve to one entity. Skipped when the corpus is absent.
#[test]
fn reference_corpus_smoke() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/kazakhstan"
    );
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("note: {dir} absent, skipping");
        return;
    };
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    files.sort();
    let mut docs = Vec::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let mut doc = TestDoc::new(&name);
        for (start, word) in text.split_word_bound_indices_lite() {
            if word.starts_with(|c: char| c.is_uppercase()) && word.chars().count() > 3 {
                doc.extraction.mentions.push(dossier_model::Mention {
                    kind: MentionKind::Place,
                    span: dossier_model::Span::new(start, start + word.len()),
                    name: word.to_string(),
                    name_span: dossier_model::Span::new(start, start + word.len()),
                    role: None,
                    acronym: None,
                    value: None,
                    approx: None,
                    rule: "test".into(),
                });
            }
        }
        doc.text = text;
        docs.push(doc);
    }
    let inputs = inputs(&docs);
    let graph = reconcile(&inputs);
    let country = find_entity(&graph, "Qazaqstan").expect("the country");
    let aliases: Vec<&str> = country.aliases.iter().map(|a| a.text.as_str()).collect();
    assert!(
        aliases.contains(&"Kazakstan") && aliases.contains(&"Kazakhstan"),
        "{aliases:?}"
    );
    assert!(country.documents.len() >= 4);
    for entity in &graph.entities {
        for c in &entity.mentions {
            let doc = inputs.iter().find(|d| d.name == c.doc).expect("doc");
            assert!(!c.span.slice(doc.text).is_empty());
        }
    }
}

/// Words of a text with their byte offsets (letters only).
trait WordIndices {
    fn split_word_bound_indices_lite(&self) -> Vec<(usize, &str)>;
}

impl WordIndices for String {
    fn split_word_bound_indices_lite(&self) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in self.char_indices() {
            match (c.is_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, &self[s..i]));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, &self[s..]));
        }
        out
    }
}

/// 10,000 documents of 50 events each must reconcile in a second or two (release).
#[test]
#[ignore = "timing: run with --release -- --ignored"]
fn ten_thousand_documents() {
    scale(10_000);
}

#[test]
fn one_thousand_documents() {
    scale(1_000);
}

/// A pronounceable word for a number, distinct numbers far apart in spelling.
fn word(mut n: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "ro", "mi", "tu", "sel", "dan", "vor", "pli", "gua", "nem", "zo", "ish", "bar",
        "lek", "ut", "fen",
    ];
    let mut out = String::new();
    for _ in 0..3 {
        out.push_str(SYLLABLES[n % 16]);
        n /= 16;
    }
    let mut chars = out.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn scale(n_docs: usize) {
    let kinds = [
        EventKind::Execution,
        EventKind::Arrest,
        EventKind::Trial,
        EventKind::DeathSentence,
        EventKind::Commutation,
    ];
    let mut docs = Vec::with_capacity(n_docs);
    for doc_idx in 0..n_docs {
        let mut d = TestDoc::new(&format!("{doc_idx:05}.txt"));
        if doc_idx % 3 == 0 {
            d = d.publisher(&format!("Publisher {}", doc_idx % 40));
        }
        d.place(&format!("Country{}", doc_idx % 50));
        for event_idx in 0..50 {
            // 2,000 people, each named in many documents.
            let who = (doc_idx * 31 + event_idx * 17) % 2000;
            let person = format!("{} {}", word(who % 97), word(1000 + who));
            let date = format!(
                "{}-{:02}",
                1990 + (event_idx % 30),
                1 + (doc_idx + event_idx) % 12
            );
            let kind = kinds[event_idx % kinds.len()];
            match event_idx % 10 {
                // Nobody named, with a count.
                0 => d.count(kind, "Some were sentenced.", &date, (doc_idx % 7) as f64),
                // Surname only.
                1 => d.event(
                    kind,
                    "He was tried.",
                    Some(&date),
                    &[word(1000 + who).as_str()],
                ),
                _ => d.event(
                    kind,
                    "Someone did something.",
                    Some(&date),
                    &[person.as_str()],
                ),
            };
        }
        docs.push(d.done());
    }
    let inputs = inputs(&docs);
    let started = std::time::Instant::now();
    let graph = reconcile(&inputs);
    let elapsed = started.elapsed();
    eprintln!(
        "{n_docs} docs: {} entities, {} clusters, {} conflicts in {elapsed:?}",
        graph.entities.len(),
        graph.events.len(),
        graph.conflicts.len()
    );
    assert!(!graph.events.is_empty());
}
