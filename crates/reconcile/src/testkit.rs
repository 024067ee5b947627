//! Compact builders for hand-made extractions in tests. Text is written piece by
//! piece; each piece that is a mention, event or statement records its own span.

use crate::DocInput;
use dossier_model::{
    Event, EventKind, Extraction, Mention, MentionKind, Modality, PartialDate, Participant,
    Quantity, Role, Span, Statement, StatementKind, TimeValue,
};

/// `2003`, `2003-11`, `2003-05/2003-11`, `2003-12-17/`, `/2021`.
pub fn tv(iso: &str) -> TimeValue {
    match iso.split_once('/') {
        Some((start, end)) => TimeValue {
            start: PartialDate::parse(start),
            end: PartialDate::parse(end),
        },
        None => TimeValue::point(PartialDate::parse(iso).expect("test date")),
    }
}

pub fn pd(iso: &str) -> PartialDate {
    PartialDate::parse(iso).expect("test date")
}

#[derive(Clone, Debug, Default)]
pub struct TestDoc {
    pub name: String,
    pub text: String,
    pub publisher: Option<String>,
    pub published: Option<PartialDate>,
    pub updated: Option<PartialDate>,
    pub period: Option<TimeValue>,
    pub duplicate_of: Option<String>,
    pub extraction: Extraction,
}

impl TestDoc {
    pub fn new(name: &str) -> Self {
        TestDoc {
            name: name.to_string(),
            ..TestDoc::default()
        }
    }
    pub fn publisher(mut self, publisher: &str) -> Self {
        self.publisher = Some(publisher.to_string());
        self
    }
    pub fn published(mut self, iso: &str) -> Self {
        self.published = Some(pd(iso));
        self
    }
    pub fn period(mut self, iso: &str) -> Self {
        self.period = Some(tv(iso));
        self
    }
    pub fn copy_of(mut self, name: &str) -> Self {
        self.duplicate_of = Some(name.to_string());
        self
    }
    pub fn input(&self) -> DocInput<'_> {
        DocInput {
            name: &self.name,
            text: &self.text,
            publisher: self.publisher.as_deref(),
            published: self.published,
            updated: self.updated,
            period: self.period,
            duplicate_of: self.duplicate_of.as_deref(),
            extraction: &self.extraction,
        }
    }

    /// Append plain text.
    pub fn say(&mut self, text: &str) -> Span {
        let start = self.text.len();
        self.text.push_str(text);
        Span::new(start, self.text.len())
    }

    /// Append a mention: `role` is written before the name.
    pub fn mention(
        &mut self,
        kind: MentionKind,
        role: Option<&str>,
        name: &str,
        acronym: Option<&str>,
    ) -> &mut Self {
        let start = self.text.len();
        if let Some(role) = role {
            self.say(role);
            self.say(" ");
        }
        let name_span = self.say(name);
        if let Some(acronym) = acronym {
            self.say(&format!(" ({acronym})"));
        }
        let span = Span::new(start, self.text.len());
        self.say(". ");
        self.extraction.mentions.push(Mention {
            kind,
            span,
            name: name.to_string(),
            name_span,
            role: role.map(str::to_string),
            acronym: acronym.map(str::to_string),
            value: None,
            approx: None,
            rule: "test".into(),
        });
        self
    }

    pub fn person(&mut self, name: &str) -> &mut Self {
        self.mention(MentionKind::Person, None, name, None)
    }

    pub fn place(&mut self, name: &str) -> &mut Self {
        self.mention(MentionKind::Place, None, name, None)
    }

    pub fn paragraph(&mut self) -> &mut Self {
        self.say("\n\n");
        self
    }

    /// Append an event whose evidence is `text`; participants are named inside it
    /// (their spans point at the name when found) and also recorded as mentions.
    #[allow(clippy::too_many_arguments)]
    pub fn event_full(
        &mut self,
        kind: EventKind,
        text: &str,
        date: Option<&str>,
        who: &[(&str, Role)],
        quantity: Option<(f64, &str)>,
        place: Option<&str>,
        modality: Modality,
    ) -> &mut Self {
        let span = self.say(text);
        self.say(" ");
        let locate = |needle: &str| match text.find(needle) {
            Some(at) => Span::new(
                span.start as usize + at,
                span.start as usize + at + needle.len(),
            ),
            None => span,
        };
        let participants: Vec<Participant> = who
            .iter()
            .map(|(name, role)| Participant {
                name: name.to_string(),
                role: *role,
                span: locate(name),
            })
            .collect();
        for participant in &participants {
            self.extraction.mentions.push(Mention {
                kind: MentionKind::Person,
                span: participant.span,
                name: participant.name.clone(),
                name_span: participant.span,
                role: None,
                acronym: None,
                value: None,
                approx: None,
                rule: "test".into(),
            });
        }
        self.extraction.events.push(Event {
            kind,
            span,
            trigger: span,
            date: date.map(tv),
            date_span: None,
            participants,
            quantity: quantity.map(|(value, approx)| Quantity {
                value,
                approx: approx.to_string(),
                span,
            }),
            place: place.map(str::to_string),
            modality,
            rule: "test".into(),
        });
        self
    }

    pub fn event(
        &mut self,
        kind: EventKind,
        text: &str,
        date: Option<&str>,
        who: &[&str],
    ) -> &mut Self {
        let who: Vec<(&str, Role)> = who.iter().map(|w| (*w, Role::Agent)).collect();
        self.event_full(kind, text, date, &who, None, None, Modality::Asserted)
    }

    pub fn count(&mut self, kind: EventKind, text: &str, date: &str, n: f64) -> &mut Self {
        self.event_full(
            kind,
            text,
            Some(date),
            &[],
            Some((n, "exact")),
            None,
            Modality::Asserted,
        )
    }

    pub fn statement(
        &mut self,
        kind: StatementKind,
        text: &str,
        value: &str,
        date: Option<&str>,
    ) -> &mut Self {
        let span = self.say(text);
        self.say(" ");
        self.extraction.statements.push(Statement {
            kind,
            span,
            value: value.to_string(),
            jurisdiction: None,
            date: date.map(tv),
            modality: Modality::Asserted,
            rule: "test".into(),
        });
        self
    }

    /// Says `text`, a date written in full whose value is `iso` (an open range
    /// `1997/` for "since 1997").
    pub fn date(&mut self, text: &str, iso: &str) -> &mut Self {
        let span = self.say(text);
        let value = match iso.strip_suffix('/') {
            Some(start) => TimeValue {
                start: Some(pd(start)),
                end: None,
            },
            None => tv(iso),
        };
        self.extraction.times.push(dossier_model::TimeMention {
            span,
            value: Some(value),
            anchor: Some(dossier_model::Anchor::Absolute),
            is_duration: false,
            duration: None,
            rule: "test".into(),
        });
        self
    }

    /// Marks the last `needle` already said as a date written in full whose value is
    /// `iso`.
    pub fn time_at(&mut self, needle: &str, iso: &str) -> &mut Self {
        let at = self.text.rfind(needle).expect("said before");
        self.extraction.times.push(dossier_model::TimeMention {
            span: Span::new(at, at + needle.len()),
            value: Some(tv(iso)),
            anchor: Some(dossier_model::Anchor::Absolute),
            is_duration: false,
            duration: None,
            rule: "test".into(),
        });
        self
    }

    /// Narrows the last event's trigger to the last `needle` of its evidence.
    pub fn trigger(&mut self, needle: &str) -> &mut Self {
        let event = self.extraction.events.last_mut().expect("an event");
        let evidence = event.span.slice(&self.text);
        let at = event.span.start as usize + evidence.rfind(needle).expect("in the evidence");
        event.trigger = Span::new(at, at + needle.len());
        self
    }

    pub fn done(&mut self) -> Self {
        self.clone()
    }
}

/// Inputs for a slice of test documents.
pub fn inputs(docs: &[TestDoc]) -> Vec<DocInput<'_>> {
    docs.iter().map(TestDoc::input).collect()
}
