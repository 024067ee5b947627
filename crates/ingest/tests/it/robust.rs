//! Fuzz-ish robustness: `parse` never panics, and every span it returns fits the text.

use dossier_ingest::{parse, Config};
use dossier_model::{Document, Layer};
use proptest::prelude::*;
use std::path::Path;

use crate::common::{mutants, HTML_DAMAGE};

fn check_spans(doc: &Document, original_len: usize) {
    let text = &doc.text;
    let fits = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    let mut last_end = 0;
    for p in &doc.passages {
        assert!(
            fits(p.start as usize, p.end as usize),
            "passage {p} off text of {} bytes",
            text.len()
        );
        assert!(
            !p.is_empty() && p.start as usize >= last_end,
            "passages empty or overlapping"
        );
        last_end = p.end as usize;
    }
    let m = &doc.meta;
    let spans = [
        m.title.as_ref().map(|f| (f.span, f.layer)),
        m.publisher.as_ref().map(|f| (f.span, f.layer)),
        m.published.as_ref().map(|f| (f.span, f.layer)),
        m.updated.as_ref().map(|f| (f.span, f.layer)),
        m.period.as_ref().map(|f| (f.span, f.layer)),
        m.number.as_ref().map(|f| (f.span, f.layer)),
        m.language.as_ref().map(|f| (f.span, f.layer)),
    ];
    for (span, layer) in spans.into_iter().flatten() {
        if let (Some(span), Layer::Text) = (span, layer) {
            assert!(
                fits(span.start as usize, span.end as usize),
                "meta span {span} off the text"
            );
        }
    }
    for seg in &doc.offsets.segments {
        assert!(
            fits(seg.text as usize, (seg.text + seg.len) as usize),
            "segment {seg:?} off the text"
        );
        if doc.format != dossier_model::Format::Pdf {
            assert!(
                (seg.original + seg.len) as usize <= original_len,
                "segment {seg:?} off the original"
            );
        }
    }
    for d in &doc.dropped {
        assert!(d.span.start <= d.span.end);
    }
}

fn run(name: &str, bytes: &[u8]) {
    if let Ok(doc) = parse(Path::new(name), bytes, &Config::default()) {
        check_spans(&doc, bytes.len());
    }
}

/// HTML-ish soup: tags, attributes, entities, comments and text in any order.
fn html_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"nav menu\">".to_string()),
        Just("</div>".to_string()),
        Just("<script>if(a<b){}".to_string()),
        Just("</script>".to_string()),
        Just("<!-- note".to_string()),
        Just("-->".to_string()),
        Just("<br/>".to_string()),
        Just("<h1>".to_string()),
        Just("</h1>".to_string()),
        Just("<meta name=\"dc.date\" content=\"2001-02-03\">".to_string()),
        Just("&amp;".to_string()),
        Just("&#x1F600;".to_string()),
        Just("&#99999999;".to_string()),
        Just("&".to_string()),
        Just("<".to_string()),
        Just("<a href='x".to_string()),
        Just("é ü — ".to_string()),
        "[a-zA-Z .,\n]{0,30}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| format!("<html>{}", v.concat()))
}

/// Text-ish lines mixing chrome-like and body-like content.
fn text_soup() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("Publisher: Someone".to_string()),
        Just("Last updated: 2 May 2011".to_string()),
        Just("Covering events from May - April 2010".to_string()),
        Just("= Title =".to_string()),
        Just("**Doc. 99**".to_string()),
        Just("  • item".to_string()),
        Just("© Somebody".to_string()),
        Just(String::new()),
        "[^\u{0}-\u{8}]{0,60}",
    ];
    prop::collection::vec(line, 0..30).prop_map(|v| v.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        run("fuzz.txt", &bytes);
        run("fuzz.html", &bytes);
    }

    #[test]
    fn arbitrary_html_never_panics(page in html_soup()) {
        run("fuzz.html", page.as_bytes());
    }

    #[test]
    fn arbitrary_text_never_panics(text in text_soup()) {
        run("fuzz.md", text.as_bytes());
        let mut latin1: Vec<u8> = text.chars().map(|c| if (c as u32) < 256 { c as u8 } else { b'?' }).collect();
        latin1.push(0xE9);
        run("fuzz.txt", &latin1);
    }
}

/// Markdown's markup (`## `, `**`) stays out of the kept text, which is still made
/// of verbatim runs of the file: every segment of the offset map spells the same
/// bytes in both.
#[test]
fn markdown_markup_stays_out_of_the_kept_text() {
    let source = "# The death penalty\n\n## Executions and the 2003 moratorium\n\nIt was **not** carried out after __December__ 2003.\nA snake__case__word and a lone ** stay.\n";
    let doc = dossier_ingest::parse(
        std::path::Path::new("note.md"),
        source.as_bytes(),
        &dossier_ingest::Config::default(),
    )
    .expect("parses");
    assert!(
        !doc.text.contains("##") && !doc.text.contains("**not**"),
        "{:?}",
        doc.text
    );
    assert!(
        doc.text.contains("Executions and the 2003 moratorium"),
        "{:?}",
        doc.text
    );
    assert!(
        doc.text
            .contains("It was not carried out after December 2003."),
        "{:?}",
        doc.text
    );
    assert!(
        doc.text.contains("snake__case__word and a lone ** stay"),
        "{:?}",
        doc.text
    );
    for segment in &doc.offsets.segments {
        let kept =
            &doc.text.as_bytes()[segment.text as usize..(segment.text + segment.len) as usize];
        let original = &source.as_bytes()
            [segment.original as usize..(segment.original + segment.len) as usize];
        assert_eq!(kept, original);
    }
    // Every kept byte but the paragraph breaks comes from the file.
    let mapped: u32 = doc.offsets.segments.iter().map(|s| s.len).sum();
    assert!(
        mapped as usize + 8 >= doc.text.len(),
        "{mapped} of {}",
        doc.text.len()
    );
}

/// The hand-written HTML fixtures, damaged many ways: never a panic, spans fit.
#[test]
fn mutated_html_pages_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("html") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for m in mutants(&bytes, 300, HTML_DAMAGE) {
            run("mutant.html", &m);
            n += 1;
        }
    }
    assert!(n >= 600, "{n} mutants");
}
