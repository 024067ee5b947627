//! Tables that list events: a header row with a date column and a name column, under a
//! heading (or with header cells) naming the kind ("Recent executions" over "Date |
//! Name | Place of execution"). Each row below is one event of that kind, dated by its
//! date cell (a full date only) and naming the person of its name cell.
//!
//! Two shapes: cells a `|` or a tab keeps apart ([`table_rows`]), and rows whose cells
//! a page's layout ran together with spaces ([`spaced_rows`]: an HTML table's row read
//! as one line), known by a header that names a column of dates by its event.

use super::*;

/// The cells of a line split on `|` or a tab, with their spans (trimmed), and the
/// separator; `None` for a line with fewer than two cells.
fn split_cells(line: &str, base: usize) -> Option<(char, Vec<Span>)> {
    let sep = ['|', '\t'].into_iter().find(|&c| line.contains(c))?;
    let mut cells = Vec::new();
    let mut from = 0;
    for part in line.split(sep) {
        let lead = part.len() - part.trim_start().len();
        let t = part.trim();
        let start = base + from + lead;
        cells.push(Span::new(start, start + t.len()));
        from += part.len() + 1;
    }
    // A leading and trailing bar ("| a | b |") open and close the row.
    if cells.first().is_some_and(|c| c.start == c.end) {
        cells.remove(0);
    }
    if cells.last().is_some_and(|c| c.start == c.end) {
        cells.pop();
    }
    (cells.len() >= 2).then_some((sep, cells))
}

fn has_word(hay: &str, word: &str) -> bool {
    hay.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// A person's name as a table cell gives it: capitalised words, no digits, short.
fn is_name(cell: &str) -> bool {
    let words = word_count(cell);
    (1..=6).contains(&words)
        && cell.chars().next().is_some_and(|c| c.is_uppercase())
        && !cell.chars().any(|c| c.is_ascii_digit())
        && cell.len() < 60
}

/// A name cell that counts people instead of naming one ("seven men (names withheld)",
/// "3 prisoners"): the count, read from a quantity mention opening the cell.
fn counted_group(input: &Input, cell: Span) -> Option<Quantity> {
    let m = mentions_in(input.mentions, cell).find(|m| {
        m.kind == MentionKind::Quantity && m.span.start == cell.start && m.value.is_some()
    })?;
    let value: f64 = m.value.as_deref()?.parse().ok()?;
    (value >= 1.0).then(|| Quantity {
        value,
        approx: m.approx.clone().unwrap_or_else(|| "exact".to_string()),
        span: m.span,
    })
}

/// Events listed in tables of `raw` (the text as laid out, lines intact).
pub(super) fn table_rows(raw: &str, input: &Input, out: &mut Vec<Event>) {
    let words = &input.rules.event_words;
    if words.table_kinds.is_empty() {
        return;
    }
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for l in raw.split('\n') {
        lines.push((pos, l));
        pos += l.len() + 1;
    }
    let mut added: Vec<Event> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (off, line) = lines[i];
        let Some((sep, header)) = split_cells(line, off) else {
            i += 1;
            continue;
        };
        let lower: Vec<String> = header.iter().map(|c| c.slice(raw).to_lowercase()).collect();
        let date_col = lower.iter().position(|c| {
            words
                .table_date_headers
                .iter()
                .any(|h| c == h || c.starts_with(&format!("{h} ")))
        });
        let name_col = lower
            .iter()
            .position(|c| words.table_name_headers.iter().any(|h| c == h));
        let (Some(date_col), Some(name_col)) = (date_col, name_col) else {
            i += 1;
            continue;
        };
        // The heading: the nearest non-blank line above, when it is short and no row.
        let heading = lines[..i]
            .iter()
            .rev()
            .map(|(_, l)| l.trim())
            .find(|l| !l.is_empty())
            .filter(|l| word_count(l) <= 8 && !l.contains('|') && !l.contains('\t'))
            .unwrap_or("")
            .to_lowercase();
        let kind = words.table_kinds.iter().find(|t| {
            t.topic
                .iter()
                .any(|w| has_word(&heading, w) || lower.iter().any(|c| has_word(c, w)))
        });
        let Some(kind) = kind.map(|t| t.kind) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < lines.len() {
            let (off, line) = lines[j];
            let Some((s, cells)) = split_cells(line, off) else {
                break;
            };
            if s != sep || cells.len() != header.len() {
                break;
            }
            let date_cell = cells[date_col];
            let name_cell = cells[name_col];
            let name = name_cell.slice(raw);
            let from = input
                .times
                .partition_point(|t| t.span.start < date_cell.start);
            let date = input.times[from..]
                .iter()
                .take_while(|t| t.span.start < date_cell.end)
                .filter(|t| date_cell.contains(t.span) && !t.is_duration)
                .find_map(|t| {
                    t.value
                        .filter(|v| v.is_point() && v.granularity() == Granularity::Day)
                        .map(|v| (v, t.span))
                });
            // "seven men (names withheld)": a row of a counted group, no name.
            let group = (!is_name(name))
                .then(|| counted_group(input, name_cell))
                .flatten();
            if let (Some((value, span)), true) = (date, is_name(name) || group.is_some()) {
                let row = Span::new(cells[0].start as usize, cells[cells.len() - 1].end as usize);
                let participants = if group.is_some() {
                    Vec::new()
                } else {
                    vec![Participant {
                        name: name.to_string(),
                        role: Role::Subject,
                        span: name_cell,
                    }]
                };
                added.push(Event {
                    kind,
                    span: row,
                    trigger: name_cell,
                    date: Some(value),
                    date_span: Some(span),
                    participants,
                    quantity: group,
                    place: None,
                    modality: Modality::Asserted,
                    rule: "table.row".to_string(),
                });
            }
            j += 1;
        }
        i = j;
    }
    // A row that repeats an event the prose told (same kind, day and person) adds nothing.
    added.retain(|a| {
        let Some(who) = a.participants.first() else {
            return true;
        };
        !out.iter().any(|e| {
            e.kind == a.kind
                && e.date.map(|d| d.iso()) == a.date.map(|d| d.iso())
                && e.participants.iter().any(|p| p.name == who.name)
        })
    });
    out.extend(added);
}

// Rows whose cells the page ran together.
//
// A table of events: a header row naming a column of dates by the event its rows
// record ("No. Name Race Age Date of execution County Method", `table_date_columns`
// in `rules/events.en.json`) and the rows right below it, each on its own line with
// one full date ("1 Ann Roe White 70 January 30, 2019 Bosque Lethal injection"):
// each row is that event, dated by its date, its evidence the row, its subject the
// person the row names. A row that states an event in words keeps that event.

/// The longest header row read as one (a sentence is not a header).
const MAX_HEADER_WORDS: usize = 20;
/// The longest row read as one.
const MAX_ROW_WORDS: usize = 30;

pub(super) fn spaced_rows(input: &Input, out: &mut Vec<Event>) {
    let columns = &input.rules.event_words.table_date_columns;
    if columns.is_empty() {
        return;
    }
    let sentences = input.sentences;
    let mut extra = Vec::new();
    let mut i = 0;
    while i < sentences.len() {
        let header = sentences[i];
        let named = header_kind(input, header, columns).map(|k| (k, false));
        let Some((kind, first_only)) = named.or_else(|| headed_kind(input, i).map(|k| (k, true)))
        else {
            i += 1;
            continue;
        };
        let mut prev = header;
        let mut j = i + 1;
        let mut order = None;
        while let Some(&row) = sentences.get(j) {
            let Some(date) = row_date(input, prev, row, &mut order) else {
                break;
            };
            let stated = out
                .iter()
                .any(|e| e.span.start < row.end && row.start < e.span.end);
            if !stated {
                // Under a "Name" column, the row's first person is its subject (a
                // later one is a victim's column).
                let participants = input
                    .mentions
                    .iter()
                    .filter(|m| m.kind == MentionKind::Person && row.contains(m.span))
                    .take(if first_only { 1 } else { usize::MAX })
                    .map(|m| Participant {
                        name: m.name.clone(),
                        role: Role::Subject,
                        span: m.name_span,
                    })
                    .collect();
                extra.push(Event {
                    kind,
                    span: row,
                    trigger: date.1,
                    date: Some(date.0),
                    date_span: Some(date.1),
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

/// The kind of a header row of plain column names ("# Date Name Age State Method"):
/// a short line, no date, naming a date column (`table_date_headers`) and a name column
/// (`table_name_headers`), under a short heading on its own line that names the kind
/// (`table_kinds`: "Executions in 2024") and no act to come (`table_unrealised_headings`:
/// "Upcoming executions"). A row of cells a bar or tab keeps apart is [`table_rows`]'.
fn headed_kind(input: &Input, i: usize) -> Option<dossier_model::EventKind> {
    let words = &input.rules.event_words;
    let text = input.text;
    let header = input.sentences[i];
    let heading = input.sentences.get(i.checked_sub(1)?)?;
    let s = text.get(header.range())?;
    let h = text.get(heading.range())?;
    let gap = text.get(heading.end as usize..header.start as usize)?;
    // The cheap tests first: this runs for every sentence of every document.
    if word_count(s) > MAX_HEADER_WORDS
        || s.trim_end().ends_with(['.', ':', ';', ','])
        || s.contains(['|', '\t'])
        || !gap.contains('\n')
        || h.contains('\n')
        || word_count(h) > 8
        || h.trim_end().ends_with(['.', ':', ';', ','])
        || input.times.iter().any(|t| header.contains(t.span))
    {
        return None;
    }
    // Whole words, compared without allocating: the lexicons are lower-case ASCII.
    let found = |list: &[String], x: &str| {
        x.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
    };
    if !found(&words.table_date_headers, s)
        || !found(&words.table_name_headers, s)
        || found(&words.table_unrealised_headings, h)
    {
        return None;
    }
    words
        .table_kinds
        .iter()
        .find(|t| found(&t.topic, h))
        .map(|t| t.kind)
}

/// A row's one full date: the row stands on its own line right after the one
/// before, is short, and holds exactly one date, of a day. A slash date the time tagger
/// left unread for want of an order ("03/06/2024") takes the order of the column's
/// earlier rows ("01/25/2024": month first); `order` keeps it (true: month first).
fn row_date(
    input: &Input,
    prev: Span,
    row: Span,
    order: &mut Option<bool>,
) -> Option<(TimeValue, Span)> {
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
    let slash = slash_date(s);
    let Some(date) = dates.next() else {
        // No date the tagger read: an ambiguous slash date, read in the column's order.
        let ((a, b, y), at, len) = slash?;
        let month_first = (*order)?;
        let (m, d) = if month_first { (a, b) } else { (b, a) };
        let v = PartialDate::day(y, m, d);
        v.day_count()?;
        let at = row.start as usize + at;
        return Some((TimeValue::point(v), Span::new(at, at + len)));
    };
    let day = date
        .value
        .filter(|v| v.is_point())
        .and_then(|v| v.start)
        .filter(|d| d.day.is_some())?;
    if dates.next().is_some() {
        return None;
    }
    // A slash date read one way fixes the column's order.
    if let Some(((a, b, _), _, _)) = slash {
        if date.span.slice(text).contains('/') {
            if day.month == Some(a) && day.day == Some(b) && a != b {
                *order = Some(true);
            } else if day.month == Some(b) && day.day == Some(a) && a != b {
                *order = Some(false);
            }
        }
    }
    Some((TimeValue::point(day), date.span))
}

/// The first "NN/NN/NNNN" of a row: its two numbers and year, offset and length.
fn slash_date(s: &str) -> Option<((u8, u8, i32), usize, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let boundary = s.is_char_boundary(i) && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if boundary {
            let rest = &s[i..];
            let mut parts = rest.splitn(3, '/');
            let (Some(x), Some(y)) = (parts.next(), parts.next()) else {
                return None;
            };
            let z: String = parts
                .next()
                .unwrap_or("")
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let digits =
                |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
            if digits(x) && digits(y) && z.len() == 4 {
                let len = x.len() + y.len() + z.len() + 2;
                let after = rest.as_bytes().get(len);
                if after.is_none_or(|c| !c.is_ascii_alphanumeric()) {
                    return Some(((x.parse().ok()?, y.parse().ok()?, z.parse().ok()?), i, len));
                }
            }
        }
        i += 1;
    }
    None
}
