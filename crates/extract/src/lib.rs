//! dossier-extract: [`Document`] to [`Extraction`].
//!
//! **Invariant:** pure. No I/O (rules are loaded by the caller through
//! [`rules::Rules`]), no clock, no randomness; sees one document at a time; never
//! fails on messy text (problems become [`dossier_model::Diagnostic`]s).
//!
//! Order: sentences, times, mentions (entities, laws, quantities), events,
//! statements. Every output carries spans into `Document::text`.

pub mod entity;
pub mod event;
mod fx;
pub mod law;
mod matcher;
pub mod quantity;
pub mod rules;
pub mod spans;
pub mod statement;
pub mod text;
pub mod time;

use dossier_model::{Document, Extraction, Mention, MentionKind, Span};
use rules::Rules;
use std::fmt::Write as _;

/// Extract everything from one document with the builtin rules.
pub fn extract(document: &Document) -> Extraction {
    extract_with(document, Rules::builtin())
}

/// Extract everything from one document with the given rules.
pub fn extract_with(document: &Document, rules: &Rules) -> Extraction {
    match extract_bounded(document, rules, &|| false) {
        Ok(extraction) => extraction,
        Err(_) => unreachable!("an unbounded extraction never stops"),
    }
}

/// An extraction stopped because its caller's budget ran out (see
/// [`extract_bounded`]): nothing of it is returned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("extraction stopped over its budget (after {after})")]
pub struct OverBudget {
    /// The last phase that completed: "dates", "mentions", "events" or "statements".
    pub after: &'static str,
}

/// [`extract_with`] under a budget: `over` is asked after each phase (dates,
/// mentions, events, statements: each linear in the text) and the extraction stops
/// with [`OverBudget`] as soon as it answers true. The budget is the caller's
/// (a deadline, a cancel flag): this crate reads no clock.
pub fn extract_bounded(
    document: &Document,
    rules: &Rules,
    over: &dyn Fn() -> bool,
) -> Result<Extraction, OverBudget> {
    let ctx = time::AnchorContext::from_document(document);
    let sentences = text::sentences(&document.text);
    // Dates and the mentions' own phrases do not depend on one another: on a free
    // core they are found at once (the mentions are then filtered by the dates).
    let (times, found) = rayon::join(
        || time::tag(&document.text, &ctx),
        || Found::in_text(&document.text, rules, &sentences),
    );
    check(over, "dates")?;
    extract_found_bounded(document, rules, times, found, sentences, over)
}

fn check(over: &dyn Fn() -> bool, after: &'static str) -> Result<(), OverBudget> {
    if over() {
        Err(OverBudget { after })
    } else {
        Ok(())
    }
}

/// Extract with time mentions found elsewhere (another tagger, or tests): mentions,
/// events and statements attach to these.
pub fn extract_with_times(
    document: &Document,
    rules: &Rules,
    times: Vec<dossier_model::TimeMention>,
) -> Extraction {
    match extract_times_bounded(document, rules, times, &|| false) {
        Ok(extraction) => extraction,
        Err(_) => unreachable!("an unbounded extraction never stops"),
    }
}

fn extract_times_bounded(
    document: &Document,
    rules: &Rules,
    times: Vec<dossier_model::TimeMention>,
    over: &dyn Fn() -> bool,
) -> Result<Extraction, OverBudget> {
    let sentences = text::sentences(&document.text);
    let found = Found::in_text(&document.text, rules, &sentences);
    extract_found_bounded(document, rules, times, found, sentences, over)
}

fn extract_found_bounded(
    document: &Document,
    rules: &Rules,
    times: Vec<dossier_model::TimeMention>,
    found: Found,
    sentences: Vec<Span>,
    over: &dyn Fn() -> bool,
) -> Result<Extraction, OverBudget> {
    let text = document.text.as_str();
    let ctx = time::AnchorContext::from_document(document);
    let mentions = found.mentions(&times);
    check(over, "mentions")?;
    let period = ctx.period;
    let input = event::Input {
        text,
        sentences: &sentences,
        mentions: &mentions,
        times: &times,
        rules,
        period,
    };
    // Events and the statements read from the text itself do not depend on one
    // another (statements drawn from events follow): found at once on a free core.
    let (mut events, mut statements) =
        rayon::join(|| event::events(&input), || statement::statements(&input));
    event::judgment_date(document, rules, &sentences, &mut events);
    event::entry_days(text, rules, &sentences, &times, &mut events);
    check(over, "events")?;
    statements.extend(statement::from_events(&input, &events));
    statements.sort_by_key(|s| s.span);
    check(over, "statements")?;
    let mut extraction = Extraction {
        times,
        mentions,
        events,
        statements,
        diagnostics: Vec::new(),
    };
    for t in extraction
        .times
        .iter()
        .filter(|t| t.value.is_none() && !t.is_duration && !time::is_vague_reference(t))
    {
        extraction.diagnostics.push(dossier_model::Diagnostic {
            span: t.span,
            message: "date expression could not be resolved".into(),
        });
    }
    extraction.times.sort_by_key(|t| t.span);

    Ok(extraction)
}

/// Entities, laws and quantities, minus what overlaps a time expression or a law.
#[cfg(test)]
fn mentions(text: &str, rules: &Rules, times: &[dossier_model::TimeMention]) -> Vec<Mention> {
    Found::in_text(text, rules, &text::sentences(text)).mentions(times)
}

/// The mentions' phrases as found in the text, before the dates are known: entities,
/// laws and quantities.
struct Found {
    entities: Vec<Mention>,
    laws: Vec<Mention>,
    quantities: Vec<Mention>,
}

impl Found {
    fn in_text(text: &str, rules: &Rules, sentences: &[Span]) -> Found {
        Found {
            laws: law::laws_with(text, rules),
            entities: entity::entities_in(text, rules, sentences),
            quantities: quantity::quantities_with(text, rules),
        }
    }

    /// Entities, laws and quantities, minus what overlaps a time expression or a law.
    fn mentions(self, times: &[dossier_model::TimeMention]) -> Vec<Mention> {
        let Found {
            entities,
            laws,
            quantities,
        } = self;
        // Looked up by span, not scanned per item (a long text would be quadratic).
        let law_spans = spans::SpanIndex::new(laws.iter().map(|l| l.span));
        let time_spans = spans::SpanIndex::new(times.iter().map(|t| t.span));
        let mut out: Vec<Mention> = Vec::new();
        for m in entities {
            // A name inside a law or treaty title is part of that title.
            let inside_law =
                m.kind != MentionKind::Person && law_spans.containing(m.span).next().is_some();
            if !inside_law {
                out.push(m);
            }
        }
        for q in quantities {
            let clash = time_spans.overlapping(q.name_span).next().is_some()
                || time_spans
                    .overlapping(Span {
                        start: q.span.start,
                        end: q.name_span.start,
                    })
                    .next()
                    .is_some()
                || law_spans.overlapping(q.span).next().is_some();
            if !clash {
                out.push(q);
            }
        }
        out.extend(laws);
        out.sort_by_key(|m| (m.span, m.kind));
        out
    }
}

/// Render an extraction ruff-style: each item's line, the span underlined, the
/// kind, the normalised value and the rule.
pub fn explain(document: &Document, extraction: &Extraction) -> String {
    let text = document.text.as_str();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {} times, {} mentions, {} events, {} statements",
        document.name,
        extraction.times.len(),
        extraction.mentions.len(),
        extraction.events.len(),
        extraction.statements.len()
    );
    for t in &extraction.times {
        let value = time::timex_value(t)
            .or(t.duration.clone())
            .unwrap_or_else(|| "?".into());
        let anchored = match t.anchor_words(&document.meta, text, &extraction.times) {
            Some(words) => format!(" (anchored on {words})"),
            // Kept, not guessed: no period, publication date or narrative date places it.
            None if value == "?" => " (unresolved: nothing in the document anchors it)".into(),
            None => String::new(),
        };
        item(
            &mut out,
            text,
            t.span,
            &format!("time {value}{anchored}"),
            &t.rule,
        );
    }
    for m in &extraction.mentions {
        let mut label = format!("{} {:?}", m.kind.as_str(), m.name);
        if let Some(r) = &m.role {
            let _ = write!(label, " role={r:?}");
        }
        if let Some(a) = &m.acronym {
            let _ = write!(label, " acronym={a}");
        }
        if let Some(v) = &m.value {
            let _ = write!(label, " value={v}");
        }
        if let Some(a) = &m.approx {
            let _ = write!(label, " ({a})");
        }
        item(&mut out, text, m.span, &label, &m.rule);
    }
    for e in &extraction.events {
        let date = e.date.map(|d| d.iso()).unwrap_or_else(|| "undated".into());
        let mut label = format!("event {} {} {:?}", e.kind.as_str(), date, e.modality);
        for p in &e.participants {
            let _ = write!(label, " {:?}={:?}", p.role, p.name);
        }
        if let Some(q) = &e.quantity {
            let _ = write!(label, " quantity={} ({})", q.value, q.approx);
        }
        if let Some(p) = &e.place {
            let _ = write!(label, " place={p:?}");
        }
        item(&mut out, text, e.trigger, &label, &e.rule);
        let _ = writeln!(
            out,
            "    evidence {} {:?}",
            e.span,
            one_line(e.span.slice(text))
        );
    }
    for s in &extraction.statements {
        let date = s.date.map(|d| d.iso()).unwrap_or_else(|| "present".into());
        let label = format!(
            "statement {:?} {:?} {} {:?} jurisdiction={:?}",
            s.kind,
            s.value,
            date,
            s.modality,
            s.jurisdiction.as_deref().unwrap_or("-")
        );
        item(&mut out, text, s.span, &label, &s.rule);
    }
    for d in &extraction.diagnostics {
        item(
            &mut out,
            text,
            d.span,
            &format!("diagnostic {}", d.message),
            "",
        );
    }
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One explained item: the source line, a caret underline, the label and rule.
fn item(out: &mut String, text: &str, span: Span, label: &str, rule: &str) {
    let start = (span.start as usize).min(text.len());
    let line_start = text[..quantity::floor_char_boundary(text, start)]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[line_start..line_end];
    let (shown, offset) = if line.chars().count() > 160 {
        // Show a window around the span on long lines.
        let from = quantity::floor_char_boundary(text, start.saturating_sub(60).max(line_start));
        let to = quantity::floor_char_boundary(text, (start + 100).min(line_end));
        (&text[from..to], from)
    } else {
        (line, line_start)
    };
    let pad = text[offset..start.max(offset)].chars().count();
    let end = (span.end as usize).min(offset + shown.len()).max(start);
    let width = text.get(start..end).map_or(1, |s| s.chars().count()).max(1);
    let _ = writeln!(out, "{:>6} | {}", span.start, shown.replace('\t', " "));
    let _ = writeln!(
        out,
        "       | {}{} {label}  [{rule}]",
        " ".repeat(pad),
        "^".repeat(width)
    );
}

/// A plain-text document with no metadata, for tests: a register, a digest, a note.
#[cfg(test)]
pub(crate) fn test_document(text: &str) -> Document {
    use dossier_model::{DocId, Format, Metadata, OffsetMap};
    Document {
        id: DocId("test".into()),
        name: "test.txt".into(),
        path: "test.txt".into(),
        format: Format::Txt,
        bytes: text.len() as u64,
        text: text.into(),
        offsets: OffsetMap::default(),
        meta: Metadata::default(),
        passages: Vec::new(),
        dropped: Vec::new(),
        warnings: Vec::new(),
        pages: Vec::new(),
    }
}

#[cfg(test)]
mod budget_tests {
    use super::*;
    use std::cell::Cell;

    fn document(text: &str) -> Document {
        test_document(text)
    }

    const TEXT: &str =
        "In March 2004 the Supreme Court of Kazakhstan sentenced Ivan Petrov to death. \
        A moratorium on executions was declared in December 2003.";

    /// The budget is asked after each phase; the extraction stops at the first
    /// phase after which it has run out, and an unspent budget changes nothing.
    #[test]
    fn a_budget_stops_the_extraction_after_the_phase_it_ran_out_in() {
        let doc = document(TEXT);
        let rules = Rules::builtin();
        for (allowed, phase) in [
            (0, "dates"),
            (1, "mentions"),
            (2, "events"),
            (3, "statements"),
        ] {
            let asked = Cell::new(0);
            let over = || {
                asked.set(asked.get() + 1);
                asked.get() > allowed
            };
            assert_eq!(
                extract_bounded(&doc, rules, &over),
                Err(OverBudget { after: phase })
            );
            assert_eq!(asked.get(), allowed + 1);
        }
        let full = extract_bounded(&doc, rules, &|| false).expect("no budget spent");
        assert!(!full.events.is_empty(), "the sample has events");
        assert_eq!(full, extract_with(&doc, rules));
    }
}
