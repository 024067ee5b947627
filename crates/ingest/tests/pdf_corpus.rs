//! The Amnesty report PDFs in ../shared (read at run time, never copied): every gold
//! quote stands in the kept text, and the metadata read from the running footer is
//! right. Skipped with a note when ../shared or `pdftotext` is absent.

use dossier_ingest::{pdf, read_path, Config};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared"));
    let pdfs = dir.join("corpus/ai-report-pdfs");
    if !pdfs.is_dir() {
        eprintln!("note: {} absent, PDF corpus tests skipped", pdfs.display());
        return None;
    }
    if pdf::poppler::run(b"", &["-v"], pdf::poppler::Limits::for_input(0))
        == Err(pdf::poppler::Failure::Missing)
    {
        eprintln!("note: pdftotext (poppler-utils) absent, PDF corpus tests skipped");
        return None;
    }
    Some(dir)
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .expect("gold file reads")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line is JSON"))
        .collect()
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_gold_quote_stands_in_the_kept_text() {
    let Some(dir) = shared() else { return };
    let gold = jsonl(&dir.join("eval/ai-report-pdfs/events.jsonl"));
    let mut missed = Vec::new();
    let mut total = 0;
    let mut docs: Vec<String> = gold
        .iter()
        .filter_map(|g| g["doc"].as_str().map(str::to_string))
        .collect();
    docs.dedup();
    for doc in docs {
        let path = dir.join(format!("corpus/ai-report-pdfs/{doc}.pdf"));
        let parsed = read_path(&path, &Config::default()).expect("report PDF parses");
        let kept = fold(&parsed.text);
        let quotes: Vec<&str> = gold
            .iter()
            .filter(|g| g["doc"] == doc.as_str())
            .filter_map(|g| g["quote"].as_str())
            .collect();
        let found = quotes.iter().filter(|q| kept.contains(&fold(q))).count();
        eprintln!(
            "{doc}: {found}/{} gold quotes in the kept text",
            quotes.len()
        );
        total += quotes.len();
        for q in quotes.iter().filter(|q| !kept.contains(&fold(q))) {
            missed.push(format!("{doc}: {q}"));
        }
    }
    assert!(total >= 100, "gold quotes: only {total}");
    assert!(
        missed.is_empty(),
        "quotes not in the kept text:\n{}",
        missed.join("\n")
    );
}

#[test]
fn metadata_comes_from_the_running_footer() {
    let Some(dir) = shared() else { return };
    let gold = jsonl(&dir.join("eval/ai-report-pdfs/meta.jsonl"));
    let mut right = 0;
    let mut wrong = Vec::new();
    for g in &gold {
        let name = g["document"].as_str().expect("document name");
        let doc = read_path(
            &dir.join("corpus/ai-report-pdfs").join(name),
            &Config::default(),
        )
        .expect("report PDF parses");
        let publisher = doc.meta.publisher.as_ref().map(|f| f.value.as_str());
        let period = doc
            .meta
            .period
            .as_ref()
            .map(|f| (f.value.start.as_str(), f.value.end.as_str()));
        let title = doc.meta.title.as_ref().map(|f| f.value.as_str());
        let ok = publisher == g["publisher"].as_str()
            && period
                == Some((
                    g["period"]["start"].as_str().unwrap_or(""),
                    g["period"]["end"].as_str().unwrap_or(""),
                ))
            && title.is_some_and(|t| t.contains(g["title_contains"].as_str().unwrap_or("?")));
        if ok {
            right += 1;
            // The title is cited: its span holds the footer's words in the kept text.
            let field = doc.meta.title.as_ref().expect("title");
            let span = field.span.expect("title span");
            assert_eq!(&doc.text[span.range()], field.value, "{name}: title span");
            let field = doc.meta.publisher.as_ref().expect("publisher");
            let span = field.span.expect("publisher span");
            assert_eq!(
                &doc.text[span.range()],
                field.value,
                "{name}: publisher span"
            );
        } else {
            wrong.push(format!("{name}: {title:?} {publisher:?} {period:?}"));
        }
    }
    eprintln!("metadata: {right}/{} right", gold.len());
    assert!(
        right * 100 >= gold.len() * 95,
        "metadata right for {right}/{}:\n{}",
        gold.len(),
        wrong.join("\n")
    );
}

#[test]
fn furniture_is_gone_from_the_kept_text() {
    let Some(dir) = shared() else { return };
    for entry in std::fs::read_dir(dir.join("corpus/ai-report-pdfs")).expect("corpus lists") {
        let path = entry.expect("entry").path();
        let doc = read_path(&path, &Config::default()).expect("report PDF parses");
        let name = doc.name.clone();
        let footers = doc.text.matches("Amnesty International Report 20").count();
        assert_eq!(
            footers, 1,
            "{name}: the running title stays once, at the top"
        );
        for line in doc.text.lines() {
            let t = line.trim();
            assert!(
                !(1..=4).contains(&t.len()) || !t.bytes().all(|b| b.is_ascii_digit()),
                "{name}: bare page number {t:?} kept"
            );
        }
        // Sentences are whole: no line of running text ends in the middle of a phrase
        // such as "the" before the next line goes on.
        let broken = doc
            .text
            .lines()
            .filter(|l| l.ends_with(" the") || l.ends_with(" of"))
            .count();
        assert!(broken <= 2, "{name}: {broken} lines end in 'the'/'of'");
    }
}

#[test]
fn cleaning_a_long_report_is_quick() {
    let Some(dir) = shared() else { return };
    let path = dir.join("bench/pdf/ai-report-2006-countries.pdf");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("note: {} absent, skipped", path.display());
        return;
    };
    let pages = pdf::raw_pages(&bytes, pdf::Extractor::Poppler).expect("bench PDF reads");
    assert!(pages.len() > 200, "{} pages", pages.len());
    let start = std::time::Instant::now();
    let cleaned = pdf::layout::clean(&pages);
    let took = start.elapsed();
    eprintln!(
        "cleaned {} pages ({} bytes) in {took:?}; {} furniture lines",
        pages.len(),
        cleaned.text.len(),
        cleaned.furniture_lines
    );
    assert!(
        cleaned.furniture_lines > pages.len(),
        "footers and page numbers go"
    );
    assert_eq!(
        cleaned.running.as_ref().map(|r| r.0.title.as_str()),
        Some("Amnesty International Report 2006")
    );
    // Debug builds are slow; this still catches anything quadratic.
    assert!(took < std::time::Duration::from_secs(3), "took {took:?}");
}
