//! The Amnesty report PDFs in ../shared (read at run time, never copied): every gold
//! quote stands in the kept text, and the metadata read from the running footer is
//! right. Skipped with a note when ../shared or `pdftotext` is absent.

use dossier_ingest::{pdf, read_path, Config};
use serde_json::Value;
use std::path::{Path, PathBuf};

mod common;
use common::{image_only_pdf, mutants, PDF_DAMAGE};

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
fn a_long_report_is_cleaned() {
    let Some(dir) = shared() else { return };
    let path = dir.join("bench/pdf/ai-report-2006-countries.pdf");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("note: {} absent, skipped", path.display());
        return;
    };
    let pages = pdf::raw_pages(&bytes, pdf::Extractor::Poppler).expect("bench PDF reads");
    assert!(pages.len() > 200, "{} pages", pages.len());
    // Read in page ranges at once on a machine of several cores: the same pages as
    // one run of the whole file.
    let whole = pdf::poppler::run(&bytes, &[], pdf::poppler::Limits::for_input(bytes.len()))
        .expect("one run reads it");
    assert!(
        pages == pdf::split_pages(&whole),
        "ranges joined differ from one run"
    );
    // How long cleaning takes is a benchmark figure (examples/pdf_phases.rs, README),
    // not a test.
    let cleaned = pdf::layout::clean(&pages);
    eprintln!(
        "cleaned {} pages ({} bytes); {} furniture lines",
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
}

/// Page `page` (from 1) of `pdf` rendered by `pdftoppm` as grey pixels.
fn render_page(pdf: &[u8], page: usize, dpi: usize) -> (usize, usize, Vec<u8>) {
    let (n, r) = (page.to_string(), dpi.to_string());
    let pgm = pdf::poppler::run_program_bytes(
        std::ffi::OsStr::new("pdftoppm"),
        &["-r", &r, "-gray", "-f", &n, "-l", &n, "-"],
        pdf,
        pdf::poppler::Limits::for_input(pdf.len()),
    )
    .expect("pdftoppm renders");
    // "P5" width height 255, one whitespace byte each, then the pixels.
    let header: Vec<&[u8]> = pgm.splitn(5, |b| b.is_ascii_whitespace()).collect();
    assert_eq!(header[0], b"P5", "a PGM image");
    let num = |b: &[u8]| std::str::from_utf8(b).unwrap().parse::<usize>().unwrap();
    let (w, h) = (num(header[1]), num(header[2]));
    (w, h, pgm[pgm.len() - w * h..].to_vec())
}

/// Lowercased letter runs of four letters or more.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// A public report printed to pictures and wrapped as an image-only PDF (at run time:
/// nothing of it is kept in the repository) is read by OCR; its words are found on the
/// page they were printed on.
#[test]
fn a_scan_of_a_report_is_read_by_ocr_page_by_page() {
    let Some(dir) = shared() else { return };
    if !pdf::ocr::available() {
        eprintln!("note: tesseract (tesseract-ocr) absent; the scan case is skipped");
        return;
    }
    let original =
        std::fs::read(dir.join("corpus/ai-report-pdfs/ai-report-2006-uzbekistan.pdf")).unwrap();
    let layer = pdf::raw_pages(&original, pdf::Extractor::Poppler).expect("text layer");
    let layer: Vec<&String> = layer.iter().filter(|p| !p.trim().is_empty()).collect();
    assert!(layer.len() >= 3, "{} pages", layer.len());
    let dpi = 150;
    let images: Vec<_> = (1..=layer.len())
        .map(|p| render_page(&original, p, dpi))
        .collect();
    let scan = image_only_pdf(&images, dpi);
    assert!(
        pdf::raw_pages(&scan, pdf::Extractor::Poppler)
            .unwrap()
            .iter()
            .all(|p| !p.chars().any(char::is_alphanumeric)),
        "the scan has no text layer"
    );

    let doc = dossier_ingest::parse(Path::new("scan.pdf"), &scan, &Config::default())
        .expect("the scan is read by OCR");
    assert!(
        doc.warnings.iter().any(|w| w.contains("OCR")),
        "{:?}",
        doc.warnings
    );
    assert_eq!(doc.pages.len(), layer.len(), "a page start per page");
    // Each page's words (those printed on that page only) are in the kept text, and
    // where they are found is that page.
    // Where each word of the kept text stands.
    let mut at: std::collections::HashMap<String, Vec<usize>> = Default::default();
    let mut start = None;
    for (pos, c) in doc.text.char_indices().chain([(doc.text.len(), ' ')]) {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(pos),
            (false, Some(s)) => {
                at.entry(doc.text[s..pos].to_lowercase())
                    .or_default()
                    .push(s);
                start = None;
            }
            _ => {}
        }
    }
    for (i, page) in layer.iter().enumerate() {
        let others: std::collections::HashSet<String> = layer
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .flat_map(|(_, p)| words(p))
            .collect();
        let own: std::collections::BTreeSet<String> = words(page)
            .into_iter()
            .filter(|w| !others.contains(w))
            .collect();
        let (mut found, mut misplaced, mut missing) = (0, Vec::new(), Vec::new());
        for w in &own {
            let on: std::collections::BTreeSet<u32> = at
                .get(w.as_str())
                .into_iter()
                .flatten()
                .filter_map(|&pos| dossier_model::page_at(&doc.pages, pos as u32))
                .collect();
            if on.contains(&(i as u32 + 1)) {
                found += 1;
            } else if on.is_empty() {
                missing.push(w.as_str());
            } else {
                misplaced.push(format!("{w} on {on:?}"));
            }
        }
        eprintln!(
            "page {}: {found} of {} words of its own found by OCR; not found: {missing:?}",
            i + 1,
            own.len()
        );
        assert!(own.len() >= 50, "page {}: {} words", i + 1, own.len());
        assert!(
            found * 100 >= own.len() * 90,
            "page {}: {found} of {}",
            i + 1,
            own.len()
        );
        // OCR may misread a word into one that another page holds: allow a few.
        assert!(
            misplaced.len() * 100 <= own.len() * 2,
            "page {}: {misplaced:?}",
            i + 1
        );
    }
}

/// The public PDFs, damaged many ways at run time, through `pdftotext` and through the
/// built-in extractor: a result or an error naming the file, never a panic; each file
/// within its time bound.
#[test]
fn mutated_public_pdfs_never_panic() {
    let Some(dir) = shared() else { return };
    let started = std::time::Instant::now();
    let (mut read, mut refused, mut n) = (0, 0, 0);
    for name in [
        "ai-report-2007-belarus.pdf",
        "ai-report-2011-iran.pdf",
        "ai-report-2013-usa.pdf",
    ] {
        let bytes = std::fs::read(dir.join("corpus/ai-report-pdfs").join(name)).unwrap();
        for (i, m) in mutants(&bytes, 30, PDF_DAMAGE).into_iter().enumerate() {
            n += 1;
            match dossier_ingest::parse(Path::new("mutant.pdf"), &m, &Config::default()) {
                Ok(doc) => {
                    read += 1;
                    assert!(doc.pages.windows(2).all(|w| w[0] <= w[1]));
                    assert!(doc.pages.iter().all(|&p| p as usize <= doc.text.len()));
                }
                Err(e) => {
                    refused += 1;
                    assert!(e.to_string().contains("mutant.pdf"), "{name} #{i}: {e}");
                }
            }
            // The built-in extractor runs in this process: its panics must be caught.
            if i % 4 == 0 {
                let _ = pdf::extract_with(&m, pdf::Extractor::Builtin);
            }
        }
    }
    eprintln!(
        "{n} mutants: {read} read, {refused} refused, in {:?}",
        started.elapsed()
    );
}
