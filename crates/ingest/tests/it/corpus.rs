//! The reference corpus (read at run time, never copied): metadata, chrome, substance.

use dossier_ingest::{read_path, Config};
use dossier_model::{Document, Layer};
use std::path::PathBuf;

fn corpus_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/kazakhstan"
    ));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} absent, corpus tests skipped", dir.display());
        None
    }
}

fn load(prefix: &str) -> Option<(Document, String)> {
    let dir = corpus_dir()?;
    let path = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })?;
    let original = std::fs::read_to_string(&path).ok()?;
    Some((
        read_path(&path, &Config::default()).expect("corpus document parses"),
        original,
    ))
}

fn value(field: &Option<dossier_model::MetaField<String>>) -> Option<&str> {
    field.as_ref().map(|f| f.value.as_str())
}

fn all() -> Vec<(Document, String)> {
    ["000", "001", "002", "003", "004"]
        .iter()
        .filter_map(|p| load(p))
        .collect()
}

#[test]
fn metadata_of_the_reference_documents() {
    let Some((d0, _)) = load("000") else { return };
    assert_eq!(
        value(&d0.meta.title),
        Some("Capital punishment in Kazakhstan")
    );

    let Some((d1, _)) = load("001") else { return };
    assert_eq!(value(&d1.meta.publisher), Some("Amnesty International"));
    assert_eq!(value(&d1.meta.published), Some("2004-05-26"));
    assert_eq!(value(&d1.meta.updated), Some("2022-01-18"));
    assert!(value(&d1.meta.title)
        .unwrap_or("")
        .contains("Amnesty International Report 2004"));
    let period = d1
        .meta
        .period
        .as_ref()
        .map(|p| (p.value.start.as_str(), p.value.end.as_str()));
    assert_eq!(period, Some(("2003-01-01", "2003-12-31")));

    let Some((d3, _)) = load("003") else { return };
    assert_eq!(value(&d3.meta.published), Some("2003-05-28"));
    let period = d3
        .meta
        .period
        .as_ref()
        .map(|p| (p.value.start.as_str(), p.value.end.as_str()));
    assert_eq!(period, Some(("2002-01-01", "2002-12-31")));

    let Some((d4, _)) = load("004") else { return };
    assert_eq!(value(&d4.meta.published), Some("2025-07-10"));
    assert_eq!(value(&d4.meta.number), Some("16225"));
    assert_eq!(
        value(&d4.meta.publisher),
        Some("Parliamentary Assembly of the Council of Europe")
    );
    assert_eq!(
        value(&d4.meta.title),
        Some("Amnesty law in Kazakhstan marking 30 years of the Constitution")
    );

    let Some((d2, _)) = load("002") else { return };
    assert_eq!(d2.meta.updated, None, "a relative date is not resolved");
    assert!(d2
        .warnings
        .iter()
        .any(|w| w.contains("relative date not resolved")));

    for (doc, _) in all() {
        assert_eq!(value(&doc.meta.language), Some("en"), "{}", doc.name);
    }
}

#[test]
fn chrome_is_gone() {
    let Some((d2, _)) = load("002") else { return };
    assert!(!d2.text.contains("Skip to main content"));
    for (doc, _) in all() {
        for chrome in [
            "Search Refworld",
            "This is not a UNHCR publication",
            "Cite as",
            "Copyright notice",
            "Last Updated",
        ] {
            assert!(
                !doc.text.contains(chrome),
                "{} still holds {chrome:?}",
                doc.name
            );
        }
    }
}

/// Whitespace-collapsed form, as the citation scorer compares.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_substantive_line_is_kept() {
    for (doc, original) in all() {
        let kept = collapse(&doc.text);
        let mut pos = 0;
        for line in original.split_inclusive('\n') {
            let start = pos;
            pos += line.len();
            let in_dropped = doc
                .dropped
                .iter()
                .any(|d| d.span.start as usize <= start && pos <= d.span.end as usize + 1);
            if line.trim().len() > 80 && !in_dropped {
                assert!(
                    kept.contains(&collapse(line)),
                    "{}: lost line {line:?}",
                    doc.name
                );
            }
        }
        // Only lines matched by a rule were dropped, and little of the document.
        let dropped: usize = doc.dropped.iter().map(|d| d.span.len()).sum();
        assert!(
            dropped * 4 < original.len(),
            "{} dropped {dropped} of {} bytes",
            doc.name,
            original.len()
        );
    }
}

#[test]
fn offsets_and_spans_point_at_the_right_words() {
    for (doc, original) in all() {
        for seg in &doc.offsets.segments {
            let kept = &doc.text[seg.text as usize..(seg.text + seg.len) as usize];
            let orig = &original[seg.original as usize..(seg.original + seg.len) as usize];
            assert_eq!(kept, orig, "{}: segment {seg:?} not verbatim", doc.name);
        }
        for span in &doc.passages {
            assert!(!span.slice(&doc.text).trim().is_empty());
            let mapped = doc.offsets.span_to_original(*span).expect("maps");
            assert_eq!(
                collapse(span.slice(&doc.text)),
                collapse(&original[mapped.range()]),
                "{}",
                doc.name
            );
        }
        let m = &doc.meta;
        for field in [&m.title, &m.publisher, &m.published, &m.updated, &m.number]
            .into_iter()
            .flatten()
        {
            let Some(span) = field.span else { continue };
            let words = match field.layer {
                Layer::Text => span.slice(&doc.text),
                Layer::Original => original.get(span.range()).unwrap_or(""),
            };
            assert!(
                !words.is_empty(),
                "{}: {} has an empty span",
                doc.name,
                field.rule
            );
            if matches!(
                field.rule.as_str(),
                "heading" | "first_line" | "publisher_line" | "doc_number"
            ) {
                assert_eq!(words, field.value, "{}: {}", doc.name, field.rule);
            }
        }
    }
}

#[test]
fn dump_for_review() {
    if std::env::var_os("DUMP").is_none() {
        return;
    }
    for prefix in ["000", "001", "002", "003", "004"] {
        let Some((doc, _)) = load(prefix) else { return };
        eprintln!(
            "=== {} {:?}\nmeta: {:#?}\ndropped: {:?}\nwarnings: {:?}",
            doc.name, doc.format, doc.meta, doc.dropped, doc.warnings
        );
        for p in &doc.passages {
            eprintln!(
                "  passage {p}: {:.70}",
                p.slice(&doc.text).replace('\n', "\\n")
            );
        }
    }
}
