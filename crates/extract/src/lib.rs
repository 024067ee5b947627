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
pub mod law;
pub mod quantity;
pub mod rules;
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
    let ctx = time::AnchorContext::from_document(document);
    let times = time::tag(&document.text, &ctx);
    extract_with_times(document, rules, times)
}

/// Extract with time mentions found elsewhere (another tagger, or tests): mentions,
/// events and statements attach to these.
pub fn extract_with_times(
    document: &Document,
    rules: &Rules,
    times: Vec<dossier_model::TimeMention>,
) -> Extraction {
    let text = document.text.as_str();
    let ctx = time::AnchorContext::from_document(document);
    let sentences = text::sentences(text);
    let mentions = mentions(text, rules, &times);
    let period = ctx.period;
    let input = event::Input {
        text,
        sentences: &sentences,
        mentions: &mentions,
        times: &times,
        rules,
        period,
    };
    let events = event::events(&input);
    let mut statements = statement::statements(&input);
    statements.extend(statement::from_events(&input, &events));
    statements.sort_by_key(|s| s.span);
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

    extraction
}

/// Entities, laws and quantities, minus what overlaps a time expression or a law.
fn mentions(text: &str, rules: &Rules, times: &[dossier_model::TimeMention]) -> Vec<Mention> {
    let laws = law::laws(text);
    let mut out: Vec<Mention> = Vec::new();
    for m in entity::entities(text, rules) {
        // A name inside a law or treaty title is part of that title.
        let inside_law = laws
            .iter()
            .any(|l| l.span.contains(m.span) && m.kind != MentionKind::Person);
        if !inside_law {
            out.push(m);
        }
    }
    for q in quantity::quantities(text) {
        let clash = times.iter().any(|t| {
            t.span.overlaps(q.name_span)
                || t.span.overlaps(Span {
                    start: q.span.start,
                    end: q.name_span.start,
                })
        }) || laws.iter().any(|l| l.span.overlaps(q.span));
        if !clash {
            out.push(q);
        }
    }
    out.extend(laws);
    out.sort_by_key(|m| (m.span, m.kind));
    out
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
        let anchored = t
            .anchor_words(&document.meta, text, &extraction.times)
            .map(|words| format!(" (anchored on {words})"))
            .unwrap_or_default();
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
