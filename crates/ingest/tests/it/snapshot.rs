//! Snapshots of invented documents, showing the words under every span.

use dossier_ingest::{parse, Config};
use dossier_model::{Document, Layer, Span};
use std::fmt::Write;
use std::path::Path;

fn words(doc: &Document, original: &[u8], span: Option<Span>, layer: Layer) -> String {
    match (span, layer) {
        (None, _) => "(inferred)".to_string(),
        (Some(s), Layer::Text) => format!("text{s} {:?}", s.slice(&doc.text)),
        (Some(s), Layer::Original) => format!(
            "original{s} {:?}",
            String::from_utf8_lossy(original.get(s.range()).unwrap_or(b""))
        ),
    }
}

fn render(name: &str, input: &str) -> String {
    let doc = parse(Path::new(name), input.as_bytes(), &Config::default()).expect("parses");
    let original = input.as_bytes();
    let mut out = String::new();
    let m = &doc.meta;
    for (field, value) in [
        ("title", &m.title),
        ("publisher", &m.publisher),
        ("published", &m.published),
        ("updated", &m.updated),
        ("number", &m.number),
        ("language", &m.language),
    ] {
        if let Some(f) = value {
            writeln!(
                out,
                "{field} {:?} [{}] {}",
                f.value,
                f.rule,
                words(&doc, original, f.span, f.layer)
            )
            .unwrap();
        }
    }
    if let Some(p) = &m.period {
        writeln!(
            out,
            "period {}..{} [{}] {}",
            p.value.start,
            p.value.end,
            p.rule,
            words(&doc, original, p.span, p.layer)
        )
        .unwrap();
    }
    for d in &doc.dropped {
        writeln!(
            out,
            "dropped [{}] {:?}",
            d.rule,
            String::from_utf8_lossy(&original[d.span.range()])
        )
        .unwrap();
    }
    for w in &doc.warnings {
        writeln!(out, "warning {w}").unwrap();
    }
    for p in &doc.passages {
        writeln!(out, "passage {p} {:?}", p.slice(&doc.text)).unwrap();
    }
    out
}

#[test]
fn refworld_like_page() {
    let input = "Skip to main content\n\nLast Updated: Monday, 2 March 2020, 10:15 GMT\n\nExample Watch Report 2019 - Ruritania\n\nPublisher Example Watch\nPublication Date 14 February 2019\nCite as Example Watch, Example Watch Report 2019 - Ruritania, 14 February 2019, available at: [accessed 2 March 2020]\nDisclaimerThis is not an ACME publication. ACME does not endorse its content.\n\nCovering events from January - December 2018\n\nThe courts of Ruritania handed down three death sentences in 2018.\n\nPrisons\n\n  • In May two inmates were\n    moved to a new facility.\n  • In June a hunger strike ended.\n\nCopyright notice: © Copyright Example Watch\n\nSearch ExampleSite";
    insta::assert_snapshot!(render("page.txt", input));
}

#[test]
fn html_article() {
    let input = r#"<!doctype html><html lang="en"><head><title>Hearing report | Example Courts Monitor</title>
<meta name="dc.publisher" content="Example Courts Monitor"><meta property="article:published_time" content="2018-09-30T08:00:00+00:00"></head>
<body><header><a href="/">Home</a> <a href="/about">About</a></header>
<div id="cookie-notice">We use cookies. <button>OK</button></div>
<article><h1>Hearing in the capital postponed</h1>
<p>The appeal hearing of two journalists was postponed to 12&nbsp;October&nbsp;2018 &mdash; for the third time.</p>
<p>Observers were not admitted.</p></article>
<aside>Related: other hearings</aside><footer>&copy; 2018 Example Courts Monitor</footer></body></html>"#;
    insta::assert_snapshot!(render("hearing.html", input));
}
