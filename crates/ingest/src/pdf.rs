//! PDF text layer via `pdf-extract` (on top of `lopdf`).
//!
//! **Offsets for PDF:** a PDF has no byte range that spells its words, so the "original"
//! of a PDF document is its extracted text layer: kept-text spans map into that string,
//! not into the file bytes. A warning on every PDF document says so.
//!
//! Failures are errors, never panics: both the parser and the extractor run under
//! `catch_unwind` (PDF crates can panic on malformed input). An encrypted file that the
//! empty user password does not open is refused as "encrypted"; a file whose pages have
//! no text is refused as "no text layer (scanned?)". The Info dictionary's `Title`,
//! `Author` and `CreationDate` become metadata (title, publisher fallback, published)
//! with no span, since they are not in the text.

use crate::meta::{parse_date, Finds, Found, Loc};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The text layer and what the Info dictionary says.
#[derive(Debug, Default)]
pub struct PdfText {
    pub text: String,
    pub finds: Finds,
    pub warnings: Vec<String>,
}

/// Extract the text layer of a PDF; `Err` carries the reason.
pub fn extract(bytes: &[u8]) -> Result<PdfText, String> {
    let has_encrypt = memchr::memmem::find(bytes, b"/Encrypt").is_some();
    let loaded = catch_unwind(AssertUnwindSafe(|| lopdf::Document::load_mem(bytes)));
    let mut doc = match loaded {
        Err(_) => return Err("corrupt PDF (the parser panicked)".to_string()),
        Ok(Err(e)) if has_encrypt => return Err(format!("encrypted PDF: cannot open it ({e})")),
        Ok(Err(e)) => return Err(format!("corrupt PDF: {e}")),
        Ok(Ok(doc)) => doc,
    };
    let mut warnings =
        vec!["PDF: offsets refer to the extracted text layer, not to the file bytes".to_string()];
    if doc.is_encrypted() {
        match catch_unwind(AssertUnwindSafe(|| doc.decrypt(""))) {
            Ok(Ok(())) => {
                warnings.push("PDF was encrypted with an empty password; decrypted".to_string())
            }
            _ => return Err("encrypted PDF: a password is required".to_string()),
        }
    }
    let finds = info(&doc);
    let extracted = catch_unwind(AssertUnwindSafe(|| {
        let mut text = String::new();
        let mut output = pdf_extract::PlainTextOutput::new(&mut text);
        pdf_extract::output_doc(&doc, &mut output).map(|()| text)
    }));
    let text = match extracted {
        Err(_) => return Err("corrupt PDF (the text extractor panicked)".to_string()),
        Ok(Err(e)) if has_encrypt => {
            return Err(format!("encrypted PDF: cannot read its text ({e})"))
        }
        Ok(Err(e)) => return Err(format!("corrupt PDF: {e}")),
        Ok(Ok(text)) => text,
    };
    if !text.chars().any(char::is_alphanumeric) {
        return Err(if has_encrypt {
            "encrypted PDF: no readable text".to_string()
        } else {
            "no text layer (scanned?): the pages hold no extractable text".to_string()
        });
    }
    Ok(PdfText {
        text,
        finds,
        warnings,
    })
}

/// Title, Author and CreationDate from the Info dictionary.
fn info(doc: &lopdf::Document) -> Finds {
    let mut finds = Finds::default();
    let Ok(info) = doc.trailer.get(b"Info") else {
        return finds;
    };
    let Ok((_, info)) = doc.dereference(info) else {
        return finds;
    };
    let Ok(dict) = info.as_dict() else {
        return finds;
    };
    let text = |key: &[u8]| {
        dict.get(key)
            .ok()
            .and_then(|o| lopdf::decode_text_string(o).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    if let Some(title) = text(b"Title") {
        finds.title = Some(Found::new(title, Loc::None, "pdf_info_title"));
    }
    if let Some(author) = text(b"Author") {
        finds.publisher = Some(Found::new(author, Loc::None, "pdf_info_author"));
    }
    if let Some(hit) = text(b"CreationDate").as_deref().and_then(parse_date) {
        finds.published = Some(Found::new(hit.iso, Loc::None, "pdf_info_creation_date"));
    }
    finds
}
