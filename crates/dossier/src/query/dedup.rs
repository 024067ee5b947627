//! Duplicate detection across documents.

use crate::Result;
use dossier_model::Document;
use dossier_store::Store;

/// Fingerprint of a document's kept text, stored with it.
pub fn fingerprint_bytes(text: &str) -> Vec<u8> {
    let normalised: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    dossier_ingest::sha256_hex(normalised.as_bytes()).into_bytes()
}

/// The earlier document that `document` duplicates, with the similarity (1.0 for the
/// same kept text).
pub fn near_duplicate(
    store: &dyn Store,
    document: &Document,
    fingerprint: &[u8],
) -> Result<Option<(String, f64)>> {
    for (_, name, other) in store.fingerprints()? {
        if other == fingerprint && name != document.name {
            return Ok(Some((name, 1.0)));
        }
    }
    Ok(None)
}
