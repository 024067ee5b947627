//! Temporal expressions: find, normalise against the document's anchors.
//!
//! STUB: the real tagger lands with issue 3.

use dossier_model::{Document, PartialDate, TimeMention, TimeValue};

/// What partial and relative dates are resolved against.
#[derive(Clone, Debug, Default)]
pub struct AnchorContext {
    /// The period the document covers ("Covering events from January - December 2003").
    pub period: Option<TimeValue>,
    /// The publication date.
    pub published: Option<PartialDate>,
}

impl AnchorContext {
    pub fn from_document(document: &Document) -> Self {
        let period = document.meta.period.as_ref().and_then(|p| {
            Some(TimeValue::range(PartialDate::parse(&p.value.start)?, PartialDate::parse(&p.value.end)?))
        });
        let published = document.meta.published.as_ref().and_then(|p| PartialDate::parse(&p.value));
        AnchorContext { period, published }
    }
}

/// Find and normalise every temporal expression in `text`.
pub fn tag(_text: &str, _ctx: &AnchorContext) -> Vec<TimeMention> {
    Vec::new()
}
