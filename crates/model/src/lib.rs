//! dossier-model: the vocabulary every stage shares.
//!
//! **Invariant:** no I/O, no clock, no randomness. Types only, plus the small pure
//! helpers that belong to them (span slicing, ISO rendering of partial dates, the
//! byte classes of [`swar`] that the word scanners share).
//!
//! A [`Span`] is a byte range into [`Document::text`], the kept (cleaned) text of a
//! document. The stage that finds a piece of text creates its span; later stages copy
//! spans and never edit them. Metadata read from site chrome that was dropped from the
//! kept text points into the original bytes instead ([`Layer::Original`]).

use serde::{Deserialize, Serialize};
use std::fmt;

mod date;
pub mod fx;
mod judgment;
pub mod layout;
pub mod swar;
pub use date::{
    days_in_month, is_month_name, is_weekday_name, is_weekday_word, month_number, month_of_word,
    weekday_of, Granularity, PartialDate, TimeValue, MONTHS, WEEKDAYS,
};
pub use judgment::JudgmentKind;

/// Byte range `[start, end)` into a document's kept text.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// The text under the span, or "" when the span does not fit `text`
    /// (out of bounds or not on char boundaries).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.range()).unwrap_or("")
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// Smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}..{}]", self.start, self.end)
    }
}

/// Content identity of a document: lowercase hex SHA-256 of its original bytes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocId(pub String);

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Txt,
    Markdown,
    Html,
    Pdf,
}

impl Format {
    pub fn as_str(&self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "txt" => Format::Txt,
            "md" | "markdown" => Format::Markdown,
            "html" => Format::Html,
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }
}

/// Which byte sequence a metadata span points into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    /// The kept text ([`Document::text`]).
    #[default]
    Text,
    /// The original bytes as read from disk (chrome that was dropped from the text).
    Original,
}

/// A metadata value and the exact words it was read from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MetaField<T> {
    pub value: T,
    /// Where the value was read; `None` when it was inferred (e.g. a publisher
    /// recognised from a document-number convention) rather than read verbatim.
    pub span: Option<Span>,
    #[serde(default)]
    pub layer: Layer,
    /// The rule that produced the value, for `explain`.
    #[serde(default)]
    pub rule: String,
}

impl<T> MetaField<T> {
    pub fn new(value: T, span: Option<Span>, layer: Layer, rule: &str) -> Self {
        MetaField {
            value,
            span,
            layer,
            rule: rule.to_string(),
        }
    }
}

/// ISO dates as strings (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), inclusive bounds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: String,
    pub end: String,
}

/// What a document says about itself. Unknown stays `None`: never the ingest date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<MetaField<String>>,
    pub publisher: Option<MetaField<String>>,
    /// Publication date, ISO (`2004-05-26`).
    pub published: Option<MetaField<String>>,
    /// Last-updated date, ISO, when the page states one that resolves.
    pub updated: Option<MetaField<String>>,
    /// Period covered ("Covering events from January - December 2003").
    pub period: Option<MetaField<Period>>,
    /// Document number ("Doc. 16225" gives "16225").
    pub number: Option<MetaField<String>>,
    /// ISO 639-1 code.
    pub language: Option<MetaField<String>>,
}

/// Piecewise map from kept-text offsets to original-byte offsets.
///
/// Each segment says: `len` bytes of kept text starting at `text` were copied verbatim
/// from the original starting at `original`. Text that was synthesised (a newline
/// joining two blocks, a decoded entity) falls between segments and maps to the
/// start of the next segment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffsetMap {
    pub segments: Vec<Segment>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text: u32,
    pub original: u32,
    pub len: u32,
}

impl OffsetMap {
    /// Original-byte offset of kept-text offset `pos`, or `None` for an empty map.
    pub fn to_original(&self, pos: u32) -> Option<u32> {
        if self.segments.is_empty() {
            return None;
        }
        let idx = self.segments.partition_point(|s| s.text <= pos);
        if idx == 0 {
            return Some(self.segments[0].original);
        }
        let seg = self.segments[idx - 1];
        if pos < seg.text + seg.len {
            Some(seg.original + (pos - seg.text))
        } else if idx < self.segments.len() {
            Some(self.segments[idx].original)
        } else {
            Some(seg.original + seg.len)
        }
    }

    /// Map a kept-text span to the original bytes.
    pub fn span_to_original(&self, span: Span) -> Option<Span> {
        let start = self.to_original(span.start)?;
        let end = if span.end > span.start {
            self.to_original(span.end - 1)? + 1
        } else {
            start
        };
        Some(Span {
            start,
            end: end.max(start),
        })
    }
}

/// An ingested document: identity, metadata, kept text and the way back to the source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocId,
    /// File name, e.g. `001_3ab414621cae125b.txt`. What citations name.
    pub name: String,
    /// Path as given at ingest (for re-ingest and display).
    pub path: String,
    pub format: Format,
    /// Size of the original in bytes.
    pub bytes: u64,
    /// The kept text: what is indexed, extracted from and cited.
    pub text: String,
    pub offsets: OffsetMap,
    pub meta: Metadata,
    /// Paragraph-level passages of `text`, in order, non-overlapping.
    pub passages: Vec<Span>,
    /// Spans of the original that were dropped as chrome, with the rule that dropped them.
    pub dropped: Vec<Dropped>,
    /// Non-fatal problems (encoding guessed, text layer thin, ...).
    pub warnings: Vec<String>,
    /// Where each page of a paged original (PDF) begins in `text`, as a byte offset:
    /// page `n` (from 1) begins at `pages[n - 1]`. Empty for formats without pages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pages: Vec<u32>,
}

/// The page (from 1) that kept-text offset `pos` lies on, given the page starts of
/// [`Document::pages`]; `None` when the document has no pages.
pub fn page_at(pages: &[u32], pos: u32) -> Option<u32> {
    if pages.is_empty() {
        return None;
    }
    Some(pages.partition_point(|&start| start <= pos).max(1) as u32)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    /// Span in the original bytes.
    pub span: Span,
    pub rule: String,
}

// ---------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------

/// Which anchor a relative or partial date was resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// Fully specified in the text itself.
    Absolute,
    /// The document's period covered.
    Period,
    /// The last date the narrative set (within the section).
    Narrative,
    /// The document's publication date.
    Published,
}

impl Anchor {
    /// What a reader is told a date was read against, in words, given the document's
    /// metadata: "written in full", "the period covered (2003-01-01 to 2003-12-31)",
    /// "the publication date (2004-05-26)", "a year written earlier in the section".
    pub fn describe(&self, meta: &Metadata) -> String {
        match self {
            Anchor::Absolute => "written in full".to_string(),
            Anchor::Period => match &meta.period {
                Some(p) => format!("the period covered ({} to {})", p.value.start, p.value.end),
                None => "the period covered".to_string(),
            },
            Anchor::Narrative => {
                "the date the narrative set earlier (same section or sentence)".to_string()
            }
            Anchor::Published => match (&meta.published, &meta.updated) {
                (Some(p), _) => format!("the publication date ({})", p.value),
                (None, Some(u)) => format!("the date of the last update ({})", u.value),
                (None, None) => "the publication date".to_string(),
            },
        }
    }
}

impl TimeMention {
    /// What this date was read against, in words, with the anchor's own value and, for
    /// a date the narrative set, the words that set it ("the date the narrative set
    /// earlier: 'July 2009' at byte 1234"). `times` are the document's time mentions
    /// in text order and `text` its kept text.
    pub fn anchor_words(
        &self,
        meta: &Metadata,
        text: &str,
        times: &[TimeMention],
    ) -> Option<String> {
        let anchor = self.anchor?;
        if anchor != Anchor::Narrative {
            return Some(anchor.describe(meta));
        }
        let value = self.value?;
        let first = value.start.or(value.end)?;
        let year = first.year;
        // A date read relative to a day ("the following week", "the same day") names
        // the day it was read from; a yearless month or a year the year written before.
        let to_day = first.day.is_some();
        let before: Vec<&TimeMention> = times
            .iter()
            .take_while(|t| t.span.start < self.span.start)
            .filter(|t| !t.is_duration && t.span != self.span)
            .filter(|t| t.value.and_then(|v| v.start.or(v.end)).is_some())
            .collect();
        let first_of = |t: &&TimeMention| t.value.and_then(|v| v.start.or(v.end));
        let source = if to_day {
            before
                .iter()
                .rev()
                .find(|t| first_of(t).is_some_and(|d| d.year == year && d.day.is_some()))
        } else {
            before
                .iter()
                .rev()
                .find(|t| {
                    t.anchor == Some(Anchor::Absolute)
                        && first_of(t).is_some_and(|d| d.year == year)
                })
                .or_else(|| {
                    before
                        .iter()
                        .rev()
                        .find(|t| first_of(t).is_some_and(|d| d.year == year))
                })
        }
        // "the following year": the date it follows.
        .or_else(|| before.last());
        Some(match source {
            Some(t) => {
                let mut words = format!(
                    "the date the narrative set earlier: \"{}\" at byte {}",
                    text.get(t.span.start as usize..t.span.end as usize)
                        .unwrap_or(""),
                    t.span.start
                );
                if let Some(a) = t.anchor.filter(|a| *a != Anchor::Absolute) {
                    words.push_str(&format!(", itself read against {}", a.describe(meta)));
                }
                words
            }
            None => anchor.describe(meta),
        })
    }
}

/// A temporal expression and its normalised value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeMention {
    pub span: Span,
    /// `None` when it could not be resolved (no anchor): flagged, never guessed.
    pub value: Option<TimeValue>,
    pub anchor: Option<Anchor>,
    /// True for a duration ("seven years"), whose `duration` holds ISO 8601 (`P7Y`).
    #[serde(default)]
    pub is_duration: bool,
    #[serde(default)]
    pub duration: Option<String>,
    pub rule: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Person,
    Organisation,
    Place,
    Court,
    Law,
    Treaty,
    Quantity,
    Date,
    Duration,
}

impl MentionKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            MentionKind::Person => "person",
            MentionKind::Organisation => "organisation",
            MentionKind::Place => "place",
            MentionKind::Court => "court",
            MentionKind::Law => "law",
            MentionKind::Treaty => "treaty",
            MentionKind::Quantity => "quantity",
            MentionKind::Date => "date",
            MentionKind::Duration => "duration",
        }
    }
}

/// A named thing (or quantity) in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub kind: MentionKind,
    /// The whole mention, including a title or role ("President Nursultan Nazarbayev").
    pub span: Span,
    /// The name alone ("Nursultan Nazarbayev"), in the source's spelling; for a
    /// surname-only mention resolved within the document, the full name.
    pub name: String,
    /// Span of the name alone.
    pub name_span: Span,
    /// Title or role ("President", "former police officer").
    pub role: Option<String>,
    /// Acronym given with the name ("DVK"), or the expansion of an acronym.
    pub acronym: Option<String>,
    /// Normalised value: a number for quantities, ISO for dates and durations.
    pub value: Option<String>,
    /// For quantities: "approximately", "at_least", "over", "exact", ...
    pub approx: Option<String>,
    pub rule: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    DeathSentence,
    Execution,
    Commutation,
    Moratorium,
    Abolition,
    ConstitutionalAmendment,
    LawAdopted,
    TreatySignature,
    TreatyRatification,
    UnVote,
    StatusClassification,
    Amnesty,
    PardonRelease,
    Arrest,
    Conviction,
    Trial,
    DeathInCustody,
    IllTreatment,
    ForcibleReturn,
    Attack,
    Appointment,
    Repatriation,
}

impl EventKind {
    pub const ALL: [EventKind; 22] = [
        EventKind::DeathSentence,
        EventKind::Execution,
        EventKind::Commutation,
        EventKind::Moratorium,
        EventKind::Abolition,
        EventKind::ConstitutionalAmendment,
        EventKind::LawAdopted,
        EventKind::TreatySignature,
        EventKind::TreatyRatification,
        EventKind::UnVote,
        EventKind::StatusClassification,
        EventKind::Amnesty,
        EventKind::PardonRelease,
        EventKind::Arrest,
        EventKind::Conviction,
        EventKind::Trial,
        EventKind::DeathInCustody,
        EventKind::IllTreatment,
        EventKind::ForcibleReturn,
        EventKind::Attack,
        EventKind::Appointment,
        EventKind::Repatriation,
    ];
    pub fn as_str(&self) -> &'static str {
        match self {
            EventKind::DeathSentence => "death_sentence",
            EventKind::Execution => "execution",
            EventKind::Commutation => "commutation",
            EventKind::Moratorium => "moratorium",
            EventKind::Abolition => "abolition",
            EventKind::ConstitutionalAmendment => "constitutional_amendment",
            EventKind::LawAdopted => "law_adopted",
            EventKind::TreatySignature => "treaty_signature",
            EventKind::TreatyRatification => "treaty_ratification",
            EventKind::UnVote => "un_vote",
            EventKind::StatusClassification => "status_classification",
            EventKind::Amnesty => "amnesty",
            EventKind::PardonRelease => "pardon_release",
            EventKind::Arrest => "arrest",
            EventKind::Conviction => "conviction",
            EventKind::Trial => "trial",
            EventKind::DeathInCustody => "death_in_custody",
            EventKind::IllTreatment => "ill_treatment",
            EventKind::ForcibleReturn => "forcible_return",
            EventKind::Attack => "attack",
            EventKind::Appointment => "appointment",
            EventKind::Repatriation => "repatriation",
        }
    }
    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.iter().copied().find(|k| k.as_str() == s)
    }
}

/// Whether the text asserts that the event happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    #[default]
    Asserted,
    Negated,
    /// Intended, announced, urged, called for.
    Planned,
    Hypothetical,
    /// Someone claimed or was quoted; the source does not vouch for it.
    Reported,
    /// "allegedly", "reportedly", "apparently": asserted with a hedge.
    Hedged,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Agent,
    Subject,
    Victim,
    Authority,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    pub role: Role,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    pub value: f64,
    /// "exact", "approximately", "at_least", "over", "at_most".
    pub approx: String,
    pub span: Span,
}

/// A typed event, tied to its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    /// The evidence: the clause or sentence(s) that state the event.
    pub span: Span,
    /// The trigger word(s) ("executed", "commuted").
    pub trigger: Span,
    pub date: Option<TimeValue>,
    /// The temporal expression the date came from.
    pub date_span: Option<Span>,
    pub participants: Vec<Participant>,
    pub quantity: Option<Quantity>,
    pub place: Option<String>,
    pub modality: Modality,
    pub rule: String,
}

/// The rule of a moratorium event that tells the moratorium's end ("lifted the
/// moratorium on executions in 2014"), not its introduction. Such an event keeps
/// kind `moratorium` (the kind the event schema scores it as); read it through
/// [`Event::is_lifting`].
pub const MORATORIUM_LIFTED: &str = "moratorium.lifted";

impl Event {
    /// Whether this event ends a moratorium rather than starting or keeping one:
    /// its date is the lifting's, not the moratorium's, so it is neither the
    /// moratorium itself (for clustering and date conflicts) nor one in force.
    /// Derived events keep the mark ("moratorium.lifted+gapped").
    pub fn is_lifting(&self) -> bool {
        self.kind == EventKind::Moratorium && self.rule.split('+').next() == Some(MORATORIUM_LIFTED)
    }
}

/// What a statement about the law asserts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// A status label in Amnesty International's categories; `value` is one of
    /// `retentionist`, `abolitionist_in_practice`, `abolitionist_for_ordinary_crimes`,
    /// `abolitionist_for_all_crimes` ("Death penalty: retentionist").
    Status,
    /// An offence said to be punishable by death; `value` is the offence as written
    /// ("terrorist offences resulting in fatalities").
    CapitalOffence,
    /// A group said to be excluded from the death penalty; `value` is the group ("women").
    ExcludedGroup,
    /// Executions said to be suspended (`value` "yes") or resumed (`value` "no").
    Moratorium,
}

/// A statement about the state of the law, as opposed to an event that changed it.
/// "The Constitution permits the death penalty for terrorist offences" is a statement;
/// it may go stale when a later event changes the law.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
    pub value: String,
    /// The jurisdiction it is about, as written ("Kazakhstan"), when named.
    pub jurisdiction: Option<String>,
    /// When the statement says it held ("Until 2021, ..."); `None` for the present
    /// tense of the document.
    pub date: Option<TimeValue>,
    pub modality: Modality,
    pub rule: String,
}

/// A problem met during extraction, never a failure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

/// Everything extracted from one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub times: Vec<TimeMention>,
    pub mentions: Vec<Mention>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub statements: Vec<Statement>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Extraction {
    /// Nothing found: no times, mentions, events or statements (diagnostics aside).
    pub fn is_empty(&self) -> bool {
        self.times.is_empty()
            && self.mentions.is_empty()
            && self.events.is_empty()
            && self.statements.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_lies_on_the_last_page_begun_before_it() {
        // Page 3 holds no text: it begins where page 4 does.
        let pages = [0, 100, 250, 250];
        assert_eq!(page_at(&pages, 0), Some(1));
        assert_eq!(page_at(&pages, 99), Some(1));
        assert_eq!(page_at(&pages, 100), Some(2));
        assert_eq!(page_at(&pages, 249), Some(2));
        assert_eq!(page_at(&pages, 250), Some(4));
        assert_eq!(page_at(&pages, 9_999), Some(4));
        assert_eq!(page_at(&[], 5), None);
        // A first page that begins after a running title still holds what precedes it.
        assert_eq!(page_at(&[40, 90], 3), Some(1));
    }

    #[test]
    fn a_date_says_what_anchored_it() {
        let text = "He was arrested in July 2009. In March he was freed.";
        let mention = |start: usize, end: usize, value: PartialDate, anchor: Anchor| TimeMention {
            span: Span::new(start, end),
            value: Some(TimeValue::point(value)),
            anchor: Some(anchor),
            is_duration: false,
            duration: None,
            rule: String::new(),
        };
        let times = vec![
            mention(19, 28, PartialDate::month(2009, 7), Anchor::Absolute),
            mention(33, 38, PartialDate::month(2009, 3), Anchor::Narrative),
        ];
        let mut meta = Metadata::default();
        assert_eq!(
            times[1].anchor_words(&meta, text, &times).as_deref(),
            Some("the date the narrative set earlier: \"July 2009\" at byte 19")
        );
        assert_eq!(
            times[0].anchor_words(&meta, text, &times).as_deref(),
            Some("written in full")
        );
        meta.published = Some(MetaField {
            value: "2010-01-05".to_string(),
            span: None,
            layer: Layer::default(),
            rule: String::new(),
        });
        let published = mention(33, 38, PartialDate::month(2009, 3), Anchor::Published);
        assert_eq!(
            published.anchor_words(&meta, text, &times).as_deref(),
            Some("the publication date (2010-01-05)")
        );
    }

    #[test]
    fn a_date_read_from_a_day_names_that_day() {
        let text = "Talks opened on March 12. The following week, they ended.";
        let m = |start: usize, end: usize, value: TimeValue, anchor: Anchor| TimeMention {
            span: Span::new(start, end),
            value: Some(value),
            anchor: Some(anchor),
            is_duration: false,
            duration: None,
            rule: String::new(),
        };
        let times = vec![
            m(
                16,
                24,
                TimeValue::point(PartialDate::day(2013, 3, 12)),
                Anchor::Published,
            ),
            m(
                26,
                44,
                TimeValue::range(PartialDate::day(2013, 3, 18), PartialDate::day(2013, 3, 24)),
                Anchor::Narrative,
            ),
        ];
        let meta = Metadata {
            published: Some(MetaField {
                value: "2013-03-22".to_string(),
                span: None,
                layer: Layer::default(),
                rule: String::new(),
            }),
            ..Default::default()
        };
        assert_eq!(
            times[1].anchor_words(&meta, text, &times).as_deref(),
            Some(
                "the date the narrative set earlier: \"March 12\" at byte 16, itself read \
                 against the publication date (2013-03-22)"
            )
        );
    }

    #[test]
    fn offset_map_maps_inside_and_between_segments() {
        let map = OffsetMap {
            segments: vec![
                Segment {
                    text: 0,
                    original: 10,
                    len: 5,
                },
                Segment {
                    text: 6,
                    original: 30,
                    len: 4,
                },
            ],
        };
        assert_eq!(map.to_original(0), Some(10));
        assert_eq!(map.to_original(4), Some(14));
        assert_eq!(map.to_original(5), Some(30)); // synthesised newline
        assert_eq!(map.to_original(7), Some(31));
        assert_eq!(
            map.span_to_original(Span::new(6, 10)),
            Some(Span::new(30, 34))
        );
    }

    #[test]
    fn span_slice_is_safe() {
        assert_eq!(Span::new(0, 3).slice("abcdef"), "abc");
        assert_eq!(Span::new(4, 30).slice("abcdef"), "");
        assert_eq!(Span::new(1, 2).slice("é"), "");
    }
}
