//! dossier-extract: [`Document`] to [`Extraction`].
//!
//! **Invariant:** pure. No I/O (rules are loaded by the caller through
//! [`rules::Rules`]), no clock, no randomness; sees one document at a time; never
//! fails on messy text (problems become [`dossier_model::Diagnostic`]s).

pub mod entity;
pub mod law;
pub mod quantity;
pub mod rules;
pub mod text;
pub mod time;

use dossier_model::{Document, Extraction};

/// Extract everything from one document.
pub fn extract(document: &Document) -> Extraction {
    let ctx = time::AnchorContext::from_document(document);
    Extraction { times: time::tag(&document.text, &ctx), ..Extraction::default() }
}
