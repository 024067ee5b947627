//! What an analyst's judgment says: one vocabulary for the store, which keeps it,
//! and reconcile, which applies it.

use serde::{Deserialize, Serialize};

/// What an analyst's judgment says. Stored and serialised as its
/// [`as_str`](JudgmentKind::as_str) name (`reject_event`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JudgmentKind {
    /// An extracted event happened as extracted (`target`: the event).
    ConfirmEvent,
    /// An extracted event is wrong (not an event, misread).
    RejectEvent,
    /// The date of an event is right.
    ConfirmDate,
    /// The date of an event is wrong; `value` may give the right one (`YYYY`,
    /// `YYYY-MM`, `YYYY-MM-DD`, or `START/END`); none: the event has no date the
    /// analyst accepts.
    RejectDate,
    /// A status ground (what a status over time rests on) is right.
    ConfirmStatus,
    /// A status ground is wrong.
    RejectStatus,
    /// Two entities are one (`target` and `value`: their names).
    MergeEntities,
    /// Names resolved to one entity are two (`target`: the entity, `value`: the
    /// name that goes apart).
    SplitEntity,
    /// A conflict is resolved (`note` says how).
    ResolveConflict,
    /// A document carries a tag (`target`: the document, `value`: the tag).
    TagDocument,
}

impl JudgmentKind {
    pub const ALL: [JudgmentKind; 10] = [
        JudgmentKind::ConfirmEvent,
        JudgmentKind::RejectEvent,
        JudgmentKind::ConfirmDate,
        JudgmentKind::RejectDate,
        JudgmentKind::ConfirmStatus,
        JudgmentKind::RejectStatus,
        JudgmentKind::MergeEntities,
        JudgmentKind::SplitEntity,
        JudgmentKind::ResolveConflict,
        JudgmentKind::TagDocument,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            JudgmentKind::ConfirmEvent => "confirm_event",
            JudgmentKind::RejectEvent => "reject_event",
            JudgmentKind::ConfirmDate => "confirm_date",
            JudgmentKind::RejectDate => "reject_date",
            JudgmentKind::ConfirmStatus => "confirm_status",
            JudgmentKind::RejectStatus => "reject_status",
            JudgmentKind::MergeEntities => "merge_entities",
            JudgmentKind::SplitEntity => "split_entity",
            JudgmentKind::ResolveConflict => "resolve_conflict",
            JudgmentKind::TagDocument => "tag_document",
        }
    }

    pub fn parse(s: &str) -> Option<JudgmentKind> {
        JudgmentKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::JudgmentKind;

    #[test]
    fn serialised_as_stored() {
        for kind in JudgmentKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(JudgmentKind::parse(kind.as_str()), Some(kind));
        }
    }
}
