//! The document list and single documents, in the JSON shape of the evaluation
//! contract (`docs --json`).

use crate::{Engine, Error, Result};
use dossier_model::{Document, Extraction, MetaField, Metadata};
use dossier_store::{DocSummary, Store};
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct Period {
    pub start: String,
    pub end: String,
}

/// One document as listed by `docs`.
#[derive(Clone, Debug, Serialize)]
pub struct DocInfo {
    pub document: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub updated: Option<String>,
    pub period: Option<Period>,
    pub number: Option<String>,
    pub language: Option<String>,
    pub format: String,
    pub bytes: u64,
    pub sha256: String,
    pub duplicate_of: Option<String>,
    pub path: String,
    /// Analysts' tags (`value`), with who tagged it and when.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<dossier_reconcile::Verdict>,
}

fn value(field: &Option<MetaField<String>>) -> Option<String> {
    field.as_ref().map(|f| f.value.clone())
}

impl DocInfo {
    pub fn from_summary(summary: &DocSummary) -> DocInfo {
        let meta: &Metadata = &summary.meta;
        DocInfo {
            document: summary.name.clone(),
            title: value(&meta.title),
            publisher: value(&meta.publisher),
            published: value(&meta.published),
            updated: value(&meta.updated),
            period: meta.period.as_ref().map(|p| Period {
                start: p.value.start.clone(),
                end: p.value.end.clone(),
            }),
            number: value(&meta.number),
            language: value(&meta.language),
            format: summary.format.clone(),
            bytes: summary.bytes,
            sha256: summary.sha256.clone(),
            duplicate_of: summary.duplicate_of.clone(),
            path: summary.path.clone(),
            tags: Vec::new(),
        }
    }
}

/// A whole document: metadata, kept text, extraction.
pub struct DocView {
    pub info: DocInfo,
    pub key: i64,
    pub document: Document,
    pub extraction: Extraction,
}

impl DocView {
    /// The JSON of `show --json` and `GET /api/docs/{doc}`: metadata (with the span
    /// each value was read from), kept text, passages, dropped chrome, warnings and,
    /// when asked, the extraction.
    pub fn to_json(&self, with_extraction: bool) -> serde_json::Value {
        let mut value = serde_json::json!({
            "document": self.info,
            "metadata": self.document.meta,
            "text": self.document.text,
            "passages": self.document.passages,
            "dropped": self.document.dropped,
            "warnings": self.document.warnings,
        });
        if with_extraction {
            value["extraction"] = serde_json::json!(self.extraction);
        }
        value
    }
}

impl Engine {
    pub fn docs(&self) -> Result<Vec<DocInfo>> {
        let mut tags = self.tags()?;
        Ok(self
            .store
            .documents()?
            .iter()
            .map(|summary| DocInfo {
                tags: tags.remove(&summary.name).unwrap_or_default(),
                ..DocInfo::from_summary(summary)
            })
            .collect())
    }

    /// Find a document by file name (or a unique prefix of it), path or sha256.
    pub fn find_doc(&self, key: &str) -> Result<DocSummary> {
        self.store
            .find(key)?
            .ok_or_else(|| Error::User(format!("no document matches {key:?} (try `dossier docs`)")))
    }

    pub fn show(&self, key: &str) -> Result<DocView> {
        let summary = self.find_doc(key)?;
        let document = self
            .store
            .document(summary.key)?
            .ok_or_else(|| Error::internal(format!("document {} vanished", summary.name)))?;
        let extraction = self.store.extraction(summary.key)?.unwrap_or_default();
        Ok(DocView {
            info: DocInfo {
                tags: self.tags()?.remove(&summary.name).unwrap_or_default(),
                ..DocInfo::from_summary(&summary)
            },
            key: summary.key,
            document,
            extraction,
        })
    }

    pub fn original(&self, key: &str) -> Result<Vec<u8>> {
        let summary = self.find_doc(key)?;
        self.store
            .original(summary.key)?
            .ok_or_else(|| Error::internal("original bytes missing"))
    }
}
