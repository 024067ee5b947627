//! A table of events: a header row naming a column of dates by the event its rows
//! record ("No. Name Race Age Date of execution County Method", `table_date_columns`
//! in `rules/events.en.json`) and the rows right below it, each on its own line with
//! one full date ("1 Ann Roe White 70 January 30, 2019 Bosque Lethal injection"):
//! each row is that event, dated by its date, its evidence the row, its subject the
//! person the row names. A row that states an event in words keeps that event.

use super::{word_count, Input};
use crate::rules::on_word_boundaries;
use dossier_model::{Event, MentionKind, Modality, Participant, Role, Span};

/// The longest header row read as one (a sentence is not a header).
const MAX_HEADER_WORDS: usize = 20;
/// The longest row read as one.
const MAX_ROW_WORDS: usize = 30;

pub(super) fn table_rows(input: &Input, out: &mut Vec<Event>) {
    let columns = &input.rules.event_words.table_date_columns;
    if columns.is_empty() {
        return;
    }
    let sentences = input.sentences;
    let mut extra = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        let header = sentences[i];
        let Some(kind) = header_kind(input, header, columns) else {
            i += 1;
            continue;
        };
        let mut prev = header;
        let mut j = i + 1;
        while let Some(&row) = sentences.get(j) {
            let Some(date) = row_date(input, prev, row) else {
                break;
            };
            let stated = out
                .iter()
                .any(|e| e.span.start < row.end && row.start < e.span.end);
            if !stated {
                let participants = input
                    .mentions
                    .iter()
                    .filter(|m| m.kind == MentionKind::Person && row.contains(m.span))
                    .map(|m| Participant {
                        name: m.name.clone(),
                        role: Role::Subject,
                        span: m.name_span,
                    })
                    .collect();
                extra.push(Event {
                    kind,
                    span: row,
                    trigger: date.span,
                    date: date.value,
                    date_span: Some(date.span),
                    participants,
                    quantity: None,
                    place: None,
                    modality: Modality::Asserted,
                    rule: format!("{}.table_row", kind.as_str()),
                });
            }
            prev = row;
            j += 1;
        }
        i = j.max(i + 1);
    }
    out.extend(extra);
}

/// The kind a header row's date column records: a short line, no date of its own,
/// no full stop, naming one of the columns.
fn header_kind(
    input: &Input,
    header: Span,
    columns: &std::collections::BTreeMap<dossier_model::EventKind, Vec<String>>,
) -> Option<dossier_model::EventKind> {
    let s = input.text.get(header.start as usize..header.end as usize)?;
    if word_count(s) > MAX_HEADER_WORDS
        || s.trim_end().ends_with(['.', ':', ';', ','])
        || input.times.iter().any(|t| header.contains(t.span))
    {
        return None;
    }
    let lower = s.to_lowercase();
    columns.iter().find_map(|(kind, heads)| {
        heads
            .iter()
            .any(|h| {
                lower
                    .match_indices(h.as_str())
                    .any(|(at, _)| on_word_boundaries(&lower, at, at + h.len()))
            })
            .then_some(*kind)
    })
}

/// A row's one full date: the row stands on its own line right after the one
/// before, is short, and holds exactly one date, of a day.
fn row_date<'t>(input: &'t Input, prev: Span, row: Span) -> Option<&'t dossier_model::TimeMention> {
    let text = input.text;
    let gap = text.get(prev.end as usize..row.start as usize)?;
    let s = text.get(row.start as usize..row.end as usize)?;
    if !gap.contains('\n') || word_count(s) > MAX_ROW_WORDS || s.contains('\n') {
        return None;
    }
    let from = input.times.partition_point(|t| t.span.start < row.start);
    let mut dates = input.times[from..]
        .iter()
        .take_while(|t| t.span.start < row.end)
        .filter(|t| row.contains(t.span) && !t.is_duration);
    let date = dates.next()?;
    let day = date
        .value
        .filter(|v| v.is_point())
        .and_then(|v| v.start)
        .is_some_and(|d| d.day.is_some());
    (day && dates.next().is_none()).then_some(date)
}
