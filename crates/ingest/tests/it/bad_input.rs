//! Bad input: every failure is a clear error naming the file, never a panic.

use crate::common::pdf_file;
use dossier_ingest::{parse, read_path, Config, Error};
use dossier_model::{Format, Layer};
use std::path::Path;

fn check_err(name: &str, bytes: &[u8], config: &Config, expect: &str) {
    let err = parse(Path::new(name), bytes, config).expect_err(name);
    let msg = err.to_string();
    assert!(msg.contains(name), "message {msg:?} lacks the file name");
    assert!(msg.contains(expect), "message {msg:?} lacks {expect:?}");
}

#[test]
fn missing_path() {
    let err = read_path(Path::new("/nonexistent/dir/report.txt"), &Config::default()).unwrap_err();
    assert!(matches!(err, Error::Io { .. }));
    assert!(err.to_string().contains("/nonexistent/dir/report.txt"));
}

#[test]
fn directory_instead_of_file() {
    // Tests run as root, so chmod 000 would not stop a read: a directory is used instead.
    let dir = tempfile::tempdir().unwrap();
    let err = read_path(dir.path(), &Config::default()).unwrap_err();
    assert!(err.to_string().contains("is a directory"), "{err}");
}

#[test]
fn empty_and_whitespace_files() {
    check_err("empty.txt", b"", &Config::default(), "empty file");
    check_err("blank.txt", b"  \n\n\t ", &Config::default(), "empty file");
}

#[test]
fn binary_junk() {
    check_err(
        "junk.txt",
        &[0x00, 0x13, 0x88, 0xFE, 0x00, 0x01, 0x02, 0x41],
        &Config::default(),
        "not a text document",
    );
    check_err(
        "picture.html",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        &Config::default(),
        "PNG image",
    );
    check_err("archive", b"PK\x03\x04\x14\x00", &Config::default(), "ZIP");
}

#[test]
fn latin1_text_decodes_with_a_warning() {
    let bytes =
        b"Le r\xe9dacteur a \xe9t\xe9 lib\xe9r\xe9 en d\xe9cembre.\nDeuxi\xe8me ligne du texte.\n";
    let doc = parse(Path::new("latin.txt"), bytes, &Config::default()).unwrap();
    assert!(doc.text.contains("rédacteur a été libéré"), "{}", doc.text);
    assert!(
        doc.warnings.iter().any(|w| w.contains("not valid UTF-8")),
        "{:?}",
        doc.warnings
    );
    // The second line maps to its start in the original bytes.
    let second = doc.text.find("Deux").unwrap() as u32;
    let original = doc.offsets.to_original(second).unwrap() as usize;
    assert_eq!(&bytes[original..original + 4], b"Deux");
}

#[test]
fn oversize_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(
        &path,
        "A sentence that is long enough to exceed a tiny limit.",
    )
    .unwrap();
    let config = Config { max_file_bytes: 10 };
    let err = read_path(&path, &config).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("big.txt") && msg.contains("54 bytes") && msg.contains("limit of 10 bytes"),
        "{msg}"
    );
    check_err("big.txt", &[b'a'; 11], &config, "limit of 10 bytes");
}

/// A minimal PDF: one page with `content`, an Info dictionary, optional extra trailer keys.
fn pdf(content: &str, extra_objects: &[&str], trailer_extra: &str) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len() + 1),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        "<< /Title (Invented test title) /Author (Example Test Group) /CreationDate (D:20200102030405Z) >>".to_string(),
    ];
    objects.extend(extra_objects.iter().map(|o| o.to_string()));
    pdf_file(&objects, &format!(" /Info 6 0 R {trailer_extra}"))
}

const TEXT_PAGE: &str = "BT /F1 12 Tf 72 700 Td (The committee met twice in the spring.) Tj ET";

#[test]
fn pdf_text_layer_and_info() {
    let doc = parse(
        Path::new("page.pdf"),
        &pdf(TEXT_PAGE, &[], ""),
        &Config::default(),
    )
    .expect("valid PDF parses");
    assert_eq!(doc.format, Format::Pdf);
    assert!(
        doc.text.contains("The committee met twice in the spring."),
        "{:?}",
        doc.text
    );
    let title = doc.meta.title.as_ref().unwrap();
    assert_eq!(
        (title.value.as_str(), title.span, title.layer),
        ("Invented test title", None, Layer::Original)
    );
    // The file's date of making, whose year the text never names, is no day of
    // publication (a chapter cut out of a report, a file exported again).
    assert_eq!(doc.meta.published, None);
    assert!(doc.warnings.iter().any(|w| w.contains("text layer")));
    // A text that names the year: the file's date stands for the day of publication.
    let doc = parse(
        Path::new("page.pdf"),
        &pdf(
            "BT /F1 12 Tf 72 700 Td (The committee met twice in the spring of 2020.) Tj ET",
            &[],
            "",
        ),
        &Config::default(),
    )
    .expect("valid PDF parses");
    assert_eq!(
        doc.meta.published.as_ref().map(|f| f.value.as_str()),
        Some("2020-01-02")
    );
}

#[test]
fn corrupt_pdf() {
    check_err(
        "broken.pdf",
        b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R\ngarbage",
        &Config::default(),
        "corrupt PDF",
    );
    // Truncated files of every length: errors or documents, never panics.
    let whole = pdf(TEXT_PAGE, &[], "");
    for cut in (10..whole.len()).step_by(37) {
        let _ = parse(Path::new("cut.pdf"), &whole[..cut], &Config::default());
    }
}

#[test]
fn encrypted_pdf() {
    let encrypt = "<< /Filter /Standard /V 1 /R 2 /O <0000000000000000000000000000000000000000000000000000000000000000> /U <1111111111111111111111111111111111111111111111111111111111111111> /P -4 >>";
    let bytes = pdf(TEXT_PAGE, &[encrypt], "/Encrypt 7 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]");
    check_err("locked.pdf", &bytes, &Config::default(), "encrypted");
}

#[test]
fn image_only_pdf() {
    let drawing = "q 0 0 1 rg 72 72 200 200 re f Q";
    check_err(
        "scan.pdf",
        &pdf(drawing, &[], ""),
        &Config::default(),
        "no text layer (scanned?)",
    );
}

#[test]
fn html_end_to_end() {
    let page = r##"<!DOCTYPE html><html lang="en"><head><title>Prison visits | Example</title>
<meta name="citation_publisher" content="Example Monitor"><meta name="dc.date" content="2019-11-04"></head>
<body><a href="#main">Skip to main content</a><nav><a href="/">Home</a></nav>
<div class="cookie-consent">We use cookies.</div>
<main><h1>Prison visits in the north</h1><p>Monitors visited four prisons &amp; two
   detention centres in October.</p><ul><li>Two cells were overcrowded.</li></ul></main>
<footer>© 2019 Example Monitor</footer></body></html>"##;
    let doc = parse(Path::new("saved_page"), page.as_bytes(), &Config::default()).unwrap();
    assert_eq!(doc.format, Format::Html);
    assert_eq!(doc.text, "Prison visits in the north\n\nMonitors visited four prisons & two detention centres in October.\n\nTwo cells were overcrowded.");
    let title = doc.meta.title.as_ref().unwrap();
    assert_eq!(
        (title.value.as_str(), title.layer),
        ("Prison visits in the north", Layer::Text)
    );
    assert_eq!(
        title.span.map(|s| s.slice(&doc.text)),
        Some("Prison visits in the north")
    );
    assert_eq!(
        doc.meta.publisher.as_ref().map(|f| f.value.as_str()),
        Some("Example Monitor")
    );
    assert_eq!(
        doc.meta.published.as_ref().map(|f| f.value.as_str()),
        Some("2019-11-04")
    );
    assert_eq!(
        doc.meta.language.as_ref().map(|f| f.rule.as_str()),
        Some("html_lang")
    );
    assert_eq!(doc.passages.len(), 3);
    // Words map back to the same words in the page.
    let at = doc.text.find("detention").unwrap() as u32;
    let orig = doc.offsets.to_original(at).unwrap() as usize;
    assert!(page[orig..].starts_with("detention"));
    let rules: Vec<&str> = doc.dropped.iter().map(|d| d.rule.as_str()).collect();
    for rule in ["html_nav", "html_class_cookie", "html_footer", "skip_link"] {
        assert!(rules.contains(&rule), "{rules:?} lacks {rule}");
    }
}

#[test]
fn utf8_bom_offsets_point_to_original_bytes() {
    let bytes = "\u{feff}First line of a note.\n\nSecond paragraph here.".as_bytes();
    let doc = parse(Path::new("bom.txt"), bytes, &Config::default()).unwrap();
    assert!(doc.text.starts_with("First"));
    assert_eq!(doc.offsets.to_original(0), Some(3));
    assert_eq!(doc.passages.len(), 2);
}
