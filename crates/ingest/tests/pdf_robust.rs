//! PDF input that is truncated, garbled or hostile gives an error that names the file,
//! never a panic or a hang; the child process is bounded in time, output and memory.
//! PDFs are written here, by hand.

use dossier_ingest::pdf::{self, poppler, Extractor};
use dossier_ingest::{parse, Config, Error};
use std::ffi::OsStr;
use std::path::Path;
use std::time::{Duration, Instant};

mod common;
use common::{image_only_pdf, pdf_file};

/// A small valid PDF: one page per entry of `pages`, each line of text on its own row.
fn pdf_with(pages: &[&[&str]]) -> Vec<u8> {
    let mut objects: Vec<String> = Vec::new();
    let n = pages.len();
    // 1: catalog, 2: pages, 3: font, then per page: page object and content stream.
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".to_string());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    objects.push(format!(
        "<< /Type /Pages /Kids [{}] /Count {n} >>",
        kids.join(" ")
    ));
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string());
    for (i, lines) in pages.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {} 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
            5 + 2 * i
        ));
        let mut stream = String::from("BT /F1 11 Tf 14 TL 72 740 Td\n");
        for line in lines.iter() {
            let escaped = line
                .replace('\\', "\\\\")
                .replace('(', "\\(")
                .replace(')', "\\)");
            stream.push_str(&format!("({escaped}) Tj T*\n"));
        }
        stream.push_str("ET");
        objects.push(format!(
            "<< /Length {} >>\nstream\n{stream}\nendstream",
            stream.len()
        ));
    }
    pdf_file(&objects, "")
}

fn has_poppler() -> bool {
    let found =
        poppler::run(b"", &["-v"], poppler::Limits::for_input(0)) != Err(poppler::Failure::Missing);
    if !found {
        eprintln!("note: pdftotext (poppler-utils) absent; its cases are skipped");
    }
    found
}

fn sample() -> Vec<u8> {
    pdf_with(&[
        &[
            "The court sentenced him to five years in prison",
            "on 3 March 2010 after a trial that fell short of",
            "international standards.",
            "",
            "Amnesty International Report 2011",
            "12",
        ],
        &[
            "Death penalty",
            "Two men were executed in March; their families",
            "were not told in advance.",
            "",
            "Amnesty International Report 2011",
            "13",
        ],
    ])
}

#[test]
fn a_hand_written_pdf_reads_with_both_extractors() {
    let bytes = sample();
    let mut extractors = vec![Extractor::Builtin];
    if has_poppler() {
        extractors.push(Extractor::Poppler);
    }
    for extractor in extractors {
        let got = pdf::extract_with(&bytes, extractor).expect("sample PDF reads");
        let folded = got.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            folded.contains("five years in prison on 3 March 2010 after a trial"),
            "{extractor:?}: {:?}",
            got.text
        );
        assert!(
            folded.contains("Two men were executed in March"),
            "{extractor:?}"
        );
        assert_eq!(
            got.text
                .matches("Amnesty International Report 2011")
                .count(),
            1,
            "{extractor:?}: the footer stays once, as the title: {:?}",
            got.text
        );
        let title = got.finds.title.expect("title from the footer");
        assert_eq!(title.value, "Amnesty International Report 2011");
        assert_eq!(
            got.finds.period.expect("period").value.start,
            "2010-01-01",
            "{extractor:?}"
        );
        assert!(!got
            .text
            .lines()
            .any(|l| l.trim() == "12" || l.trim() == "13"));
    }
}

#[test]
fn a_pdf_document_knows_where_each_page_begins_in_its_kept_text() {
    let doc = parse(Path::new("report.pdf"), &sample(), &Config::default()).expect("reads");
    assert_eq!(doc.pages.len(), 2, "{:?}", doc.text);
    assert_eq!(doc.pages[0], 0);
    let second = doc
        .text
        .find("Death penalty")
        .expect("second page's heading") as u32;
    assert_eq!(doc.pages[1], second, "{:?}", doc.text);
    let executed = doc.text.find("Two men were executed").unwrap() as u32;
    let sentenced = doc.text.find("five years").unwrap() as u32;
    assert_eq!(dossier_model::page_at(&doc.pages, sentenced), Some(1));
    assert_eq!(dossier_model::page_at(&doc.pages, executed), Some(2));
    // A text file has no pages.
    let txt = parse(Path::new("a.txt"), b"Plain words.\n", &Config::default()).unwrap();
    assert!(txt.pages.is_empty());
}

#[test]
fn broken_pdfs_are_errors_that_name_the_file() {
    let good = sample();
    let mut cases: Vec<(String, Vec<u8>)> = vec![
        ("header only".into(), b"%PDF-1.7\n".to_vec()),
        ("header and garbage".into(), {
            let mut v = b"%PDF-1.4\n".to_vec();
            let mut x: u32 = 12345;
            for _ in 0..20_000 {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                v.push((x >> 16) as u8);
            }
            v
        }),
        (
            "objects without pages".into(),
            b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .to_vec(),
        ),
        (
            "self-referencing page tree".into(),
            b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .to_vec(),
        ),
    ];
    for cut in [20, 100, good.len() / 3, good.len() / 2, good.len() - 40] {
        cases.push((format!("cut at {cut}"), good[..cut].to_vec()));
    }
    let path = Path::new("/tmp/broken-report.pdf");
    for (what, bytes) in cases {
        let start = Instant::now();
        match parse(path, &bytes, &Config::default()) {
            Err(e) => {
                let message = e.to_string();
                assert!(message.contains("broken-report.pdf"), "{what}: {message}");
                assert!(
                    matches!(
                        e,
                        Error::Pdf { .. } | Error::Binary { .. } | Error::Invalid { .. }
                    ),
                    "{what}: {e:?}"
                );
            }
            // A cut that leaves whole pages may still read: then the text is real.
            Ok(doc) => assert!(doc.text.contains("court"), "{what}: {:?}", doc.text),
        }
        for extractor in [Extractor::Builtin, Extractor::Auto] {
            let _ = pdf::extract_with(&bytes, extractor);
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what} took too long"
        );
    }
}

#[test]
fn the_child_process_is_bounded() {
    let sh = OsStr::new("sh");
    // A missing program is reported as missing (so the built-in extractor takes over).
    assert_eq!(
        poppler::run_program(
            OsStr::new("/nonexistent/pdftotext"),
            &[],
            b"",
            poppler::Limits::for_input(0)
        ),
        Err(poppler::Failure::Missing)
    );
    let limits = poppler::Limits {
        timeout: Duration::from_millis(500),
        memory: 1 << 30,
        output: 1 << 20,
    };
    // A hang is killed at the timeout.
    let start = Instant::now();
    match poppler::run_program(sh, &["-c", "sleep 30"], b"", limits) {
        Err(poppler::Failure::Killed(reason)) => assert!(reason.contains("longer than")),
        other => panic!("sleep: {other:?}"),
    }
    assert!(start.elapsed() < Duration::from_secs(5));
    // Endless output is cut at the cap.
    let start = Instant::now();
    match poppler::run_program(sh, &["-c", "yes"], b"", limits) {
        Err(poppler::Failure::Killed(reason)) => assert!(reason.contains("more than")),
        other => panic!("yes: {:?}", other.map(|s| s.len())),
    }
    assert!(start.elapsed() < Duration::from_secs(5));
    // A failing program is refused with its message; stdin is fed (and may go unread).
    match poppler::run_program(
        sh,
        &["-c", "echo broken xref >&2; exit 3"],
        &[0; 1 << 20],
        limits,
    ) {
        Err(poppler::Failure::Refused(reason)) => {
            assert!(
                reason.contains("exit status 3") && reason.contains("broken xref"),
                "{reason}"
            )
        }
        other => panic!("exit 3: {other:?}"),
    }
    // Input goes in on stdin and output comes back.
    assert_eq!(
        poppler::run_program(sh, &["-c", "cat"], b"page one\x0cpage two", limits),
        Ok("page one\u{c}page two".to_string())
    );
    // The address-space limit holds (the child cannot allocate past it).
    if cfg!(target_os = "linux") && Path::new("/usr/bin/python3").exists() {
        let out = poppler::run_program(
            sh,
            &["-c", "sleep 0.2; exec python3 -c 'bytearray(3 << 30)'"],
            b"",
            poppler::Limits {
                timeout: Duration::from_secs(10),
                ..limits
            },
        );
        assert!(matches!(out, Err(poppler::Failure::Refused(_))), "{out:?}");
    }
}

#[test]
fn pages_without_text_are_refused_as_scanned() {
    let blank = pdf_with(&[&[], &[]]);
    let mut extractors = vec![Extractor::Builtin];
    if has_poppler() {
        extractors.push(Extractor::Poppler);
    }
    for extractor in extractors {
        let err = pdf::extract_with(&blank, extractor).expect_err("no text layer");
        assert!(err.contains("no text layer"), "{extractor:?}: {err}");
    }
}

#[test]
fn a_scanned_page_is_read_by_ocr() {
    if !has_poppler() || !pdf::ocr::available() {
        eprintln!("note: tesseract-ocr or poppler absent; OCR case skipped");
        return;
    }
    // Render the first page of the sample to grey pixels (PGM), then make a PDF that
    // holds only that picture: a "scan" with no text layer.
    let pgm = poppler::run_program_bytes(
        OsStr::new("pdftoppm"),
        &["-r", "150", "-gray", "-f", "1", "-l", "1", "-"],
        &sample(),
        poppler::Limits::for_input(0),
    )
    .expect("pdftoppm renders");
    let header: Vec<&[u8]> = pgm.splitn(5, |b| b.is_ascii_whitespace()).collect();
    assert_eq!(header[0], b"P5", "a PGM image");
    let num = |b: &[u8]| std::str::from_utf8(b).unwrap().parse::<usize>().unwrap();
    let (w, h) = (num(header[1]), num(header[2]));
    let pixels = &pgm[pgm.len() - w * h..];
    let scan = image_only_pdf(&[(w, h, pixels.to_vec())], 150);

    let got = pdf::extract_with(&scan, Extractor::Poppler).expect("the scan reads by OCR");
    let folded = got.text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        folded.contains("sentenced him to five years"),
        "{:?}",
        got.text
    );
    assert!(
        got.warnings.iter().any(|w| w.contains("OCR")),
        "{:?}",
        got.warnings
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// Cleaning never panics on any text, adds no letters or digits, and leaves no
    /// control characters but line breaks.
    #[test]
    fn cleaning_arbitrary_pages_never_panics(
        pages in proptest::collection::vec(
            "([A-Za-z“”’«»ü€\u{2}\u{f0b7}é0-9 .,;:-]{0,70}\n{1,2}){0,12}",
            0..6,
        ),
        joined in proptest::bool::ANY,
    ) {
        let out = pdf::layout::clean_with(&pages, joined);
        let count = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
        let input: usize = pages.iter().map(|p| count(p)).sum();
        proptest::prop_assert!(count(&out.text) <= input + 80, "{:?}", out.text);
        proptest::prop_assert!(
            !out.text.chars().any(|c| c.is_control() && c != '\n'),
            "{:?}",
            out.text
        );
    }
}

#[test]
fn the_front_matter_period_wins_over_the_footer_year() {
    let with_footer = pdf_with(&[
        &[
            "Annual report on the situation of human rights",
            "This report covers the period January to December 2010 and",
            "was written by the staff of the office.",
            "",
            "Amnesty International Report 2012",
        ],
        &[
            "Death penalty",
            "Two men were executed in March.",
            "",
            "Amnesty International Report 2012",
        ],
    ]);
    let without_footer = pdf_with(&[&[
        "This report covers the period from March 2009 to February 2010",
        "and was written by the staff of the office in the capital.",
    ]]);
    let mut extractors = vec![Extractor::Builtin];
    if has_poppler() {
        extractors.push(Extractor::Poppler);
    }
    for extractor in extractors {
        let got = pdf::extract_with(&with_footer, extractor).expect("reads");
        let period = got.finds.period.expect("period");
        assert_eq!(
            (period.value.start.as_str(), period.value.end.as_str()),
            ("2010-01-01", "2010-12-31"),
            "{extractor:?}"
        );
        assert_eq!(period.rule, "pdf_covers_the_period");
        let dossier_ingest::meta::Loc::Source(range) = period.loc else {
            panic!("the period is cited")
        };
        assert_eq!(&got.text[range], "January to December 2010");
        // The footer still gives title and publisher.
        assert_eq!(
            got.finds.publisher.expect("publisher").value,
            "Amnesty International"
        );

        let got = pdf::extract_with(&without_footer, extractor).expect("reads");
        let period = got.finds.period.expect("period");
        assert_eq!(
            (period.value.start.as_str(), period.value.end.as_str()),
            ("2009-03-01", "2010-02-28"),
            "{extractor:?}"
        );
        assert!(got
            .finds
            .title
            .is_none_or(|t| t.rule != "pdf_running_title"));
    }
}
