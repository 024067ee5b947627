//! OCR for pages without a text layer (scans): poppler's `pdftoppm` renders the page,
//! Debian's `tesseract` (package `tesseract-ocr`) reads it. Both run as bounded child
//! processes like `pdftotext` ([`super::poppler`]). Used only when `pdftotext` ran and a
//! page came back without a letter or digit; at most [`MAX_PAGES`] pages per document.

use super::poppler::{run_program, run_program_bytes, Failure, Limits};
use std::ffi::OsStr;
use std::time::Duration;

/// Most pages OCR'd in one document (OCR takes about a second per page).
pub const MAX_PAGES: usize = 100;
/// Rendering resolution, dots per inch.
const DPI: &str = "300";

/// The program to run for OCR: `$DOSSIER_TESSERACT` when set, else `tesseract`.
fn tesseract() -> std::ffi::OsString {
    std::env::var_os("DOSSIER_TESSERACT").unwrap_or_else(|| "tesseract".into())
}

fn limits() -> Limits {
    Limits {
        timeout: Duration::from_secs(60),
        memory: 2 << 30,
        output: 256 << 20,
    }
}

/// Whether OCR can run here (`tesseract` starts).
pub fn available() -> bool {
    run_program(&tesseract(), &["--version"], b"", limits()) != Err(Failure::Missing)
}

/// The text of page `page` (1-based) of `pdf`, read by OCR. `pdftoppm` reads the PDF
/// from stdin and, given no output prefix, writes the image to stdout (no file).
pub fn page(pdf: &[u8], page: usize) -> Result<String, Failure> {
    let n = page.to_string();
    let image = run_program_bytes(
        OsStr::new("pdftoppm"),
        &["-q", "-r", DPI, "-gray", "-png", "-f", &n, "-l", &n, "-"],
        pdf,
        limits(),
    )?;
    if image.is_empty() {
        return Err(Failure::Refused(format!(
            "pdftoppm rendered no image of page {page}"
        )));
    }
    run_program(
        &tesseract(),
        &["stdin", "stdout", "-l", "eng", "--psm", "3"],
        &image,
        limits(),
    )
}
