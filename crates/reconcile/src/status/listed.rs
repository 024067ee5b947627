//! Countries a document lists by category: an annex's heading ("3. ABOLITIONIST IN
//! PRACTICE", an optional definition ending in a colon, then "Algeria, Brunei
//! Darussalam, Grenada, Mali, ...") or a table's row ("Kiribati  Abolitionist for all
//! crimes  never"). The category's name must stand at the start of the heading or in
//! the row's cell, whole (`category_names` of `rules/status.en.json`); a map legend
//! (category names one after another, a "no data" line of territories) lists nobody.
//! The list speaks for the day its document says it is "as of" (`as_of_cues`), else
//! for the document's own day.

use super::lexicon::{lexicon, Category};
use super::lower_words;
use super::{Change, Fact, Judge};
use crate::name::fold_name;
use crate::place::same_jurisdiction;
use crate::{Citation, DocInput};
use dossier_model::{PartialDate, Span, TimeValue};

/// Most definition lines between a category heading and its list.
const DEFINITION_LINES: usize = 2;
/// Most words of a listed name ("Saint Vincent and the Grenadines").
const NAME_WORDS: usize = 6;
/// Fewest names a list under a heading must hold.
const LIST_NAMES: usize = 3;
/// Most words after the category in a table row ("1997", "never").
const ROW_TAIL_WORDS: usize = 3;
/// Most cells after the code of a coded row ("R  -  1997  b/": year abolished, last
/// execution, a note).
const ROW_CELLS: usize = 4;
/// Longest line that may be a coded table's header.
const TABLE_HEAD_LINE: usize = 120;
/// Fewest column names (`table_columns`) a coded table's header names.
const TABLE_HEAD_COLUMNS: usize = 2;
/// Most lines between a ranked table's row and its header (rows and blank lines).
const RANKED_HEADER_LINES: usize = 80;
/// Longest line that may state the day a list is "as of".
const AS_OF_LINE: usize = 240;

/// The document's lines with their byte offsets, trimmed (empty lines kept).
fn lines_of(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in text.split('\n') {
        let lead = raw.len() - raw.trim_start().len();
        out.push((at + lead, raw.trim()));
        at += raw.len() + 1;
    }
    out
}

/// The category whose name opens `line` (after a numbering such as "1." or "c)"),
/// and the byte offset right after the name.
fn category_at_start(line: &str) -> Option<(Category, usize)> {
    let lower = line.to_ascii_lowercase();
    let mut start = 0;
    if let Some((number, _)) = lower.split_once(' ') {
        let body = number.trim_end_matches(['.', ')']);
        if number.len() > body.len()
            && body.len() <= 3
            && body.chars().all(|c| c.is_ascii_alphanumeric())
        {
            start = number.len() + 1;
        }
    }
    let rest = &lower[start..];
    lexicon()
        .category_names
        .iter()
        .find(|(name, _)| {
            rest.starts_with(name.as_str())
                && !rest[name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        })
        .map(|(name, category)| (*category, start + name.len()))
}

/// One name of a list, when the item looks like one: capitalised, short, no colon
/// and no digits ("Congo (Republic of)", "and Zambia").
fn name_item(item: &str) -> Option<&str> {
    let item = item.trim().trim_end_matches(['.', ';']).trim();
    let item = item.strip_prefix("and ").unwrap_or(item).trim();
    let ok = item.starts_with(|c: char| c.is_uppercase())
        && item.split_whitespace().count() <= NAME_WORDS
        && !item.contains(':')
        && !item.chars().any(|c| c.is_ascii_digit());
    ok.then_some(item)
}

/// The names of a list line ("Algeria, Brunei Darussalam, Grenada"; one name alone
/// on its line, as a list of items is laid out), or `None` when the line is prose.
fn list_line(line: &str) -> Option<Vec<&str>> {
    let items: Vec<&str> = line.split(',').collect();
    let mut names = Vec::new();
    for (i, item) in items.iter().enumerate() {
        // "Trinidad and Tobago, Uganda and Zambia": the last item may join two.
        if i + 1 == items.len() && items.len() > 1 {
            if let Some((a, b)) = item.split_once(" and ") {
                if name_item(a).is_some() && name_item(b).is_some() {
                    names.push(item.trim());
                    names.extend(name_item(a));
                    names.extend(name_item(b));
                    continue;
                }
            }
        }
        names.push(name_item(item)?);
    }
    Some(names)
}

/// The names of a column table laid out on one line (a `<PRE>` block whose spacing
/// the text lost): a header opening with "COUNTRY" and its capitalised column names
/// ("COUNTRY DATE (AFC) DATE (AOC) DATE (LAST EX.)"), then rows of a name and its
/// years ("Andorra 1990 1943 Austria 1968 1950 1950 Sao Tome and Principe 1990 K").
/// `None` unless every row is a short name followed by years (or "K").
fn column_table(line: &str) -> Option<Vec<&str>> {
    let tokens: Vec<(usize, &str)> = line
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - line.as_ptr() as usize, t))
        .collect();
    let (_, first) = tokens.first()?;
    if !first.eq_ignore_ascii_case("country") {
        return None;
    }
    // The column names: no lower-case letter in them.
    let body = tokens
        .iter()
        .skip(1)
        .position(|(_, t)| t.chars().any(|c| c.is_lowercase()))?
        + 1;
    if body < 2 {
        return None;
    }
    let year = |t: &str| t.len() == 4 && t.chars().all(|c| c.is_ascii_digit());
    let mut names = Vec::new();
    let mut at = body;
    while at < tokens.len() {
        let from = at;
        while at < tokens.len() && !year(tokens[at].1) && tokens[at].1 != "K" {
            at += 1;
        }
        if at == from || at == tokens.len() {
            return None;
        }
        let (start, _) = tokens[from];
        let (end_at, end) = tokens[at - 1];
        let name = &line[start..end_at + end.len()];
        if name_item(name) != Some(name) {
            return None;
        }
        names.push(name);
        while at < tokens.len() && (year(tokens[at].1) || tokens[at].1 == "K") {
            at += 1;
        }
    }
    (!names.is_empty()).then_some(names)
}

/// Whether `line` is a column table's header alone on its line (a `<PRE>` block that
/// kept its lines): "COUNTRY DATE (AFC) DATE (AOC) DATE (LAST EX.)", no lower-case
/// letter, "COUNTRY" and two column names at least.
fn column_header(line: &str) -> bool {
    let mut tokens = line.split_whitespace();
    tokens
        .next()
        .is_some_and(|first| first.eq_ignore_ascii_case("country"))
        && line.split_whitespace().count() >= 3
        && !line.chars().any(char::is_lowercase)
}

/// The name a column table's row on its own line opens with, followed by years (or
/// "K") only: "Austria              1968         1950         1950".
fn column_row(line: &str) -> Option<&str> {
    let year = |t: &str| t == "K" || (t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()));
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let at = tokens.iter().position(|t| year(t))?;
    if at == 0 || !tokens[at..].iter().all(|t| year(t)) {
        return None;
    }
    let last = tokens[at - 1];
    let end = last.as_ptr() as usize - line.as_ptr() as usize + last.len();
    let name = &line[..end];
    // A name's words are capitalised but for short joining ones ("Sao Tome and
    // Principe", "Cote d'Ivoire"): "Austria abolished it in 1968" is prose.
    let named = name
        .split_whitespace()
        .all(|w| !w.starts_with(char::is_lowercase) || w.len() <= 3 || w.contains('\''));
    (named && name_item(name) == Some(name)).then_some(name)
}

/// Whether a line opens with a numbering ("1.", "c)").
fn numbered(line: &str) -> bool {
    line.split_once(' ').is_some_and(|(number, _)| {
        let body = number.trim_end_matches(['.', ')']);
        number.len() > body.len()
            && !body.is_empty()
            && body.len() <= 3
            && body.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// The members a prose paragraph under a category's heading names in a sentence of
/// its own: "They include Andorra, Cambodia and Venezuela.", "... countries,
/// including Dominica, Palestine (State of) and Syria.", "Brazil, Chile and Peru are
/// in this group." (`member_cues` before the list, `members_after` after it). A
/// parenthesis inside an item is dropped; fewer than three names give nothing.
pub(super) fn prose_members(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    for sentence in paragraph.split(". ") {
        let sentence = sentence.trim().trim_end_matches('.');
        let lower = sentence.to_ascii_lowercase();
        if lower.len() != sentence.len() {
            continue;
        }
        let list = if let Some(cut) = lexicon().members_after.iter().find_map(|cue| {
            lower
                .strip_suffix(cue.as_str())
                .map(|_| sentence.len() - cue.len())
        }) {
            &sentence[..cut]
        } else if let Some(from) = lexicon()
            .member_cues
            .iter()
            .filter_map(|cue| lower.find(cue.as_str()).map(|at| at + cue.len()))
            .min()
        {
            &sentence[from..]
        } else {
            continue;
        };
        let plain = outside_brackets(list)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace(" ,", ",");
        if let Some(names) = member_names(&plain) {
            if names.len() >= LIST_NAMES {
                out.extend(names.into_iter().map(str::to_string));
            }
        }
    }
    out
}

/// The category a row of a table gives the jurisdiction: the line's first cell is
/// its name, the next its category, then at most a few words ("1997", "never").
fn table_row(line: &str, key: &str) -> Option<Category> {
    if let Some(category) = delimited_row(line, key) {
        return Some(category);
    }
    let cells = line.replace(['|', '\t'], " ");
    let lower = cells.to_ascii_lowercase();
    for (name, category) in &lexicon().category_names {
        let Some(at) = lower.find(name.as_str()) else {
            continue;
        };
        let head = cells[..at].trim();
        let tail = cells[at + name.len()..].trim();
        let capitalised = cells[at..].starts_with(|c: char| c.is_uppercase());
        if capitalised
            && !head.is_empty()
            && name_item(head) == Some(head)
            && tail.split_whitespace().count() <= ROW_TAIL_WORDS
            && !tail.ends_with('.')
            && same_jurisdiction(&fold_name(head), key)
        {
            return Some(*category);
        }
    }
    None
}

/// A cell of a ranked table: a rank ("1", "12.", "=3") or a score ("96", "85.5",
/// "7,2").
fn number_cell(token: &str) -> bool {
    let body = token.trim_start_matches('=').trim_end_matches('.');
    !body.is_empty()
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A row of a ranked table whose cells the page's text ran together: "1 Latvia 96
/// Abolished for all crimes 1999 2012 1996", "7 South Korea 71 Abolitionist in
/// practice — — 1997": a rank, the jurisdiction's name, a score or two, the status
/// cell (`row_category_names`, whole), then years and dashes only. The category and
/// the cells after it.
fn ranked_row<'a>(line: &'a str, key: &str) -> Option<(Category, Vec<&'a str>)> {
    ranked_row_of(line)
        .filter(|(name, _, _)| same_jurisdiction(&fold_name(name), key))
        .map(|(_, category, tail)| (category, tail))
}

/// A row of a ranked table for any jurisdiction: its name, category and the cells
/// after the status.
fn ranked_row_of(line: &str) -> Option<(String, Category, Vec<&str>)> {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    if tokens.len() < 3 || !number_cell(tokens[0]) {
        return None;
    }
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    for at in 2..tokens.len() {
        if !tokens[at].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let found = lexicon().row_category_names.iter().find(|(name, _)| {
            let words: Vec<&str> = name.split(' ').collect();
            lower.len() >= at + words.len()
                && lower[at..at + words.len()]
                    .iter()
                    .zip(&words)
                    .all(|(t, w)| t == w)
        });
        let Some((name, category)) = found else {
            continue;
        };
        let tail = &tokens[at + name.split(' ').count()..];
        if tail.len() > ROW_CELLS || !tail.iter().all(|t| row_cell(t)) {
            return None;
        }
        // The name: the words between the rank and the scores.
        let mut end = at;
        while end > 1 && number_cell(tokens[end - 1]) {
            end -= 1;
        }
        if end == 1 || end - 1 > NAME_WORDS {
            return None;
        }
        let name = tokens[1..end].join(" ");
        if name_item(&name) != Some(name.as_str()) {
            return None;
        }
        return Some((name, *category, tail.to_vec()));
    }
    None
}

/// The columns after the status cell that a ranked table's header names, in order:
/// the years of abolition for ordinary and for all crimes and of the last execution
/// ("... Death penalty status Abolished for ordinary crimes Abolished for all crimes
/// Last execution").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum YearColumn {
    Ordinary,
    All,
    LastExecution,
}

fn year_columns(header: &str) -> Vec<YearColumn> {
    let lower = header.to_lowercase();
    let lex = lexicon();
    let mut found: Vec<(usize, YearColumn)> = [
        (&lex.year_column_ordinary, YearColumn::Ordinary),
        (&lex.year_column_all, YearColumn::All),
        (&lex.year_column_last_execution, YearColumn::LastExecution),
    ]
    .into_iter()
    .filter_map(|(names, column)| {
        names
            .iter()
            .filter_map(|n| lower.find(n.as_str()))
            .min()
            .map(|at| (at, column))
    })
    .collect();
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, column)| column).collect()
}

/// The category of a row whose cells are set apart by bars or tabs ("Ghana |
/// Abolitionist in practice | 1993 | Death sentences still imposed"): the first
/// cell the jurisdiction's name, a later one a category's name and nothing else;
/// the other cells (a year, notes) may say anything.
fn delimited_row(line: &str, key: &str) -> Option<Category> {
    if !line.contains(['|', '\t']) {
        return None;
    }
    let mut cells = line
        .split(['|', '\t'])
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let head = cells.next()?;
    if name_item(head) != Some(head) || !same_jurisdiction(&fold_name(head), key) {
        return None;
    }
    // "| Bahamas | Independent state | 2000 | – | Retentionist |": the status cell
    // may stand after other columns; cells of two different categories (two years'
    // columns) say nothing for the page's day.
    let mut found = cells.filter_map(category_cell);
    let category = found.next()?;
    found.all(|other| other == category).then_some(category)
}

/// The category a table cell is, whole and capitalised ("Retentionist",
/// "Abolitionist for all crimes.").
fn category_cell(cell: &str) -> Option<Category> {
    if !cell.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let lower = cell.trim_end_matches('.').to_ascii_lowercase();
    let lex = lexicon();
    lex.category_names
        .iter()
        .chain(&lex.status_cell_names)
        .find(|(name, _)| lower == *name)
        .map(|(_, category)| *category)
}

/// The dated facts of a ranked row's year cells under their header's columns: an
/// abolition for ordinary crimes, for all crimes; the last executions when they came
/// before every abolition the row dates (an execution after an abolition for
/// ordinary crimes may be for an exceptional crime).
fn ranked_years(
    doc: &DocInput,
    start: usize,
    line: &str,
    columns: &[YearColumn],
    tail: &[&str],
) -> Vec<Fact> {
    let year = |t: &str| t.parse::<i32>().ok().filter(|y| (1700..=2100).contains(y));
    let cite = || {
        vec![Citation::new(
            doc.name,
            Span::new(start, start + line.len()),
        )]
    };
    let first_abolition = columns
        .iter()
        .zip(tail)
        .filter(|(c, _)| **c != YearColumn::LastExecution)
        .filter_map(|(_, t)| year(t))
        .min();
    let mut out = Vec::new();
    for (column, cell) in columns.iter().zip(tail) {
        let Some(y) = year(cell) else {
            continue;
        };
        let date = TimeValue::point(PartialDate::year(y));
        match column {
            YearColumn::Ordinary | YearColumn::All => {
                let date = in_force_in_row(doc, start, line, y).unwrap_or(date);
                let scope = if *column == YearColumn::All {
                    super::Scope::All
                } else {
                    super::Scope::Ordinary
                };
                out.push(Fact::over(
                    date,
                    Change::Abolish(scope, Vec::new()),
                    format!("abolished in {} (a ranked table's column)", date.words()),
                    cite(),
                ));
            }
            YearColumn::LastExecution => {
                if first_abolition.is_some_and(|a| a <= y) {
                    continue;
                }
                let mut fact = Fact::over(
                    date,
                    Change::Executions,
                    format!(
                        "last execution in {} (a ranked table's column)",
                        date.words()
                    ),
                    cite(),
                );
                fact.last = true;
                out.push(fact);
            }
        }
    }
    out
}

/// The day of effect a row's cell gives ("| Virginia | 2021 | statute in force 1 July
/// 2021 | 2017 |") for an abolition its year column dates `year`, if it falls in that
/// year or later: the abolition holds from that day.
fn in_force_in_row(doc: &DocInput, start: usize, line: &str, year: i32) -> Option<TimeValue> {
    let row = Span::new(start, start + line.len());
    super::effective_in(doc, row).filter(|e| e.start.is_some_and(|d| d.year >= year))
}

/// The year columns of a delimited table's header ("| Country | Status | Ordinary
/// crimes | All crimes | Last execution |", "| State | Abolished | How | Last
/// execution |"): for each cell after the first, the column it names, if any. A
/// cell that is only "Abolished" (`year_column_abolished`) dates an abolition of
/// no stated scope, read as for all crimes. `None` unless the first cell is a
/// column of names (`table_name_columns`) and two cells name year columns, and
/// none names an abolition undone (`year_column_undone`).
fn delimited_header(line: &str) -> Option<Vec<Option<YearColumn>>> {
    if !line.contains('|') {
        return None;
    }
    let cells: Vec<String> = line
        .trim()
        .trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_lowercase())
        .collect();
    let lex = lexicon();
    let (first, rest) = cells.split_first()?;
    if !lex.table_name_columns.iter().any(|n| n == first) {
        return None;
    }
    // "| State | Abolished | Reinstated | Last execution |": an abolition undone in
    // another column; the row's years do not rank (`year_column_undone`).
    if rest.iter().any(|cell| {
        lex.year_column_undone
            .iter()
            .any(|w| cell.contains(w.as_str()))
    }) {
        return None;
    }
    let columns: Vec<Option<YearColumn>> = rest
        .iter()
        .map(|cell| {
            if lex.year_column_abolished.iter().any(|n| n == cell) {
                return Some(YearColumn::All);
            }
            let named = year_columns(cell);
            (named.len() == 1).then(|| named[0])
        })
        .collect();
    // "| State | Executions since 1976 | Last execution | Governor's action |": a
    // table of the states that keep the penalty dates their last executions alone.
    let last_execution = columns
        .iter()
        .any(|c| matches!(c, Some(YearColumn::LastExecution)));
    (columns.iter().flatten().count() >= 2 || last_execution).then_some(columns)
}

/// The cells of a delimited table's row, the first one its name.
fn delimited_cells(line: &str) -> Option<Vec<&str>> {
    let line = line.trim();
    if !line.starts_with('|') {
        return None;
    }
    Some(line.trim_matches('|').split('|').map(str::trim).collect())
}

/// Facts the year columns of a delimited table date for the jurisdiction's row:
/// under a header "| Country | Status | Ordinary crimes | All crimes | Last execution
/// |", the row "| Ostland | Abolished | 1979 | 2015 | 1964 |" abolished it for
/// ordinary crimes in 1979 and for all in 2015, and last executed in 1964. A cell
/// that is no bare year ("-", "never", "c. 1950") dates nothing.
pub(super) fn dated_in_delimited_table(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for doc in judge.docs {
        let lines = lines_of(doc.text);
        let mut header: Option<Vec<Option<YearColumn>>> = None;
        for &(start, line) in &lines {
            if !line.starts_with('|') {
                header = None;
                continue;
            }
            if let Some(found) = delimited_header(line) {
                header = Some(found);
                continue;
            }
            let (Some(columns), Some(cells)) = (header.as_ref(), delimited_cells(line)) else {
                continue;
            };
            let Some((name, rest)) = cells.split_first() else {
                continue;
            };
            if cells.len() != columns.len() + 1
                || name_item(name) != Some(*name)
                || !same_jurisdiction(&fold_name(name), judge.key)
            {
                continue;
            }
            let (kept, tail): (Vec<YearColumn>, Vec<&str>) = columns
                .iter()
                .zip(rest)
                .filter_map(|(c, cell)| c.map(|c| (c, *cell)))
                .unzip();
            out.extend(ranked_years(doc, start, line, &kept, &tail));
        }
    }
    out
}

/// The day a document's lists are "as of" ("ANNEX: ... AS OF 31 DECEMBER 2015",
/// "Status as of 1 January 2020"): the first date after the cue on a short line.
fn as_of_day(doc: &DocInput, lines: &[(usize, &str)]) -> Option<PartialDate> {
    for &(start, line) in lines {
        if line.len() > AS_OF_LINE {
            continue;
        }
        let lower = line.to_ascii_lowercase();
        let to = start + line.len();
        let times = || {
            doc.extraction
                .times
                .iter()
                .filter(move |t| !t.is_duration && (t.span.end as usize) <= to)
        };
        if let Some(cue) = lexicon()
            .as_of_cues
            .iter()
            .filter_map(|c| lower.find(c.as_str()))
            .min()
        {
            let from = start + cue;
            let day = times()
                .filter(|t| t.span.start as usize >= from)
                .min_by_key(|t| t.span.start)
                .and_then(|t| t.value)
                .and_then(|v| v.start);
            if day.is_some() {
                return day;
            }
        }
        // "COUNTRIES BY CATEGORY AT 31 DECEMBER 2014": a bare "at" stands for "as at"
        // only right before a date to the day, on a heading (no sentence's period).
        if line.ends_with('.') {
            continue;
        }
        let bare = bare_as_of(&lower).find_map(|after| {
            times()
                .find(|t| t.span.start as usize == start + after)
                .and_then(|t| t.value)
                .and_then(|v| v.start)
                .filter(|d| d.day.is_some())
        });
        if bare.is_some() {
            return bare;
        }
    }
    None
}

/// Offsets in `lower` right after a bare as-of cue (`as_of_bare_cues`: "at") that a
/// digit follows.
fn bare_as_of(lower: &str) -> impl Iterator<Item = usize> + '_ {
    lexicon().as_of_bare_cues.iter().flat_map(move |cue| {
        lower
            .match_indices(cue.as_str())
            .filter_map(move |(at, c)| {
                let before_ok = lower[..at].ends_with(' ');
                let rest = &lower[at + c.len()..];
                let gap = rest.len() - rest.trim_start().len();
                (before_ok
                    && gap > 0
                    && rest
                        .trim_start()
                        .starts_with(|ch: char| ch.is_ascii_digit()))
                .then_some(at + c.len() + gap)
            })
    })
}

/// The names a list's item may stand for: the item itself, and without a note's
/// marker ("Mongolia (b)", "Peru*") or beside the known country its brackets name
/// ("Republic of Korea (South Korea)"), folded. Brackets that are part of the name
/// ("Congo (Democratic Republic of)") stay.
fn item_names(item: &str) -> Vec<String> {
    let mut out = vec![fold_name(item)];
    let mut bare = item.trim().trim_end_matches(['*', '\u{2020}']).trim_end();
    while let Some(open) = bare.rfind(['(', '[']) {
        let Some(inside) = bare[open + 1..].strip_suffix([')', ']']) else {
            break;
        };
        let inside = inside.trim();
        let marker = !inside.is_empty()
            && inside.len() <= 2
            && inside
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '*');
        if marker {
            bare = bare[..open].trim_end();
            out.push(fold_name(bare));
            continue;
        }
        let alias = fold_name(inside);
        if super::known_jurisdiction(&alias) {
            out.push(alias);
            out.push(fold_name(bare[..open].trim_end()));
        }
        break;
    }
    out.dedup();
    out
}

/// Facts of the jurisdiction's category from the lists and tables of every document.
pub(super) fn listed_in_category(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    // Facts a ranked table's year columns date.
    let mut dated = Vec::new();
    for doc in judge.docs {
        let lines = lines_of(doc.text);
        let Some(day) = as_of_day(doc, &lines).or_else(|| doc.date()) else {
            continue;
        };
        let date = TimeValue::point(day);
        let mut push = |category: Category, from: usize, to: usize, how: &str| {
            out.push(Fact::over(
                date,
                Change::Label(category.status()),
                format!(
                    "listed as {} {} as of {}",
                    super::in_words(Some(category.status())),
                    how,
                    date.words()
                ),
                vec![Citation::new(doc.name, Span::new(from, to))],
            ));
        };
        for (i, &(start, line)) in lines.iter().enumerate() {
            if line.is_empty() {
                continue;
            }
            if let Some(category) = table_row(line, judge.key) {
                push(category, start, start + line.len(), "in a table row");
                continue;
            }
            if let Some((category, tail)) = ranked_row(line, judge.key) {
                push(category, start, start + line.len(), "in a ranked table");
                // The header above the rows: the first line up that is neither
                // blank nor a row (of a rank), when it names columns of years; each
                // of the row's cells after the status is one. A header that names
                // fewer hides the real one no line further up (a legend) stands for.
                let header = lines[..i]
                    .iter()
                    .rev()
                    .take(RANKED_HEADER_LINES)
                    .map(|(_, l)| *l)
                    .find(|l| {
                        !l.is_empty()
                            && ranked_row_of(l).is_none()
                            && !number_cell(l.split_whitespace().next().unwrap_or("0"))
                    })
                    .filter(|l| year_columns(l).len() >= 2);
                let columns = header.map(year_columns).unwrap_or_default();
                if columns.len() == tail.len() {
                    dated.extend(ranked_years(doc, start, line, &columns, &tail));
                }
                continue;
            }
            let Some((category, after)) = category_at_start(line) else {
                continue;
            };
            // A legend: the line before names a category too (a numbered heading
            // after a legend's last, unnumbered item still opens a list).
            let before = lines[..i].iter().rev().find(|(_, l)| !l.is_empty());
            if before.is_some_and(|(_, l)| {
                category_at_start(l)
                    .is_some_and(|(_, at)| numbered(line) <= numbered(l) || at < l.len())
            }) {
                continue;
            }
            let rest = line[after..].trim();
            let rest = rest
                .strip_prefix('(')
                .and_then(|r| r.split_once(')'))
                .map_or(rest, |(_, r)| r.trim());
            // "ABOLITIONIST FOR ALL CRIMES: Albania, Andorra, ..." on one line.
            let mut names: Vec<(usize, Vec<&str>)> = Vec::new();
            let mut definitions = 0;
            let mut in_prose: Option<usize> = None;
            if let Some(inline) = rest.strip_prefix(':').map(str::trim) {
                if !inline.is_empty() {
                    match list_line(inline) {
                        Some(found) => names.push((start + line.len(), found)),
                        None => continue,
                    }
                }
            } else if !rest.is_empty() {
                continue;
            }
            let mut tabled = false;
            let following = &lines[i + 1..];
            for (j, &(next_start, next)) in following.iter().enumerate() {
                if next.is_empty() {
                    continue;
                }
                if category_at_start(next).is_some() {
                    break;
                }
                // "Countries whose laws ... for any crime." then "COUNTRY DATE (AFC)
                // ... Andorra 1990 1943 ...": a definition before a column table.
                let table_next = || {
                    following[j + 1..]
                        .iter()
                        .find(|(_, l)| !l.is_empty())
                        .is_some_and(|(_, l)| column_table(l).is_some() || column_header(l))
                };
                if names.is_empty() {
                    if let Some(found) = column_table(next) {
                        names.push((next_start + next.len(), found));
                        tabled = true;
                        break;
                    }
                    // The header on its own line, then a row a line.
                    if column_header(next) {
                        let rows: Vec<(usize, &str)> = following[j + 1..]
                            .iter()
                            .take_while(|(_, l)| !l.is_empty())
                            .map_while(|&(at, l)| column_row(l).map(|name| (at + l.len(), name)))
                            .collect();
                        if let Some(&(end, _)) = rows.last() {
                            names.push((end, rows.iter().map(|(_, n)| *n).collect()));
                            tabled = true;
                        }
                        break;
                    }
                }
                match list_line(next) {
                    Some(found) => names.push((next_start + next.len(), found)),
                    None if names.is_empty()
                        && definitions < DEFINITION_LINES
                        && (next.ends_with(':') || table_next()) =>
                    {
                        definitions += 1;
                    }
                    None => {
                        // "...: 32 countries. Grenada, Swaziland and Tonga are among them."
                        if names.is_empty()
                            && prose_members(next)
                                .iter()
                                .any(|n| same_jurisdiction(&fold_name(n), judge.key))
                        {
                            in_prose = Some(next_start + next.len());
                        }
                        break;
                    }
                }
            }
            if let Some(end) = in_prose {
                push(category, start, end, "named under a category's heading");
                continue;
            }
            // A table's header vouches for its rows, however few.
            if !tabled && names.iter().map(|(_, n)| n.len()).sum::<usize>() < LIST_NAMES {
                continue;
            }
            if let Some((end, _)) = names.iter().find(|(_, found)| {
                found.iter().any(|n| {
                    item_names(n)
                        .iter()
                        .any(|name| same_jurisdiction(name, judge.key))
                })
            }) {
                push(category, start, *end, "in a list of countries by category");
            }
        }
    }
    out.extend(dated);
    out
}

/// Facts of the jurisdiction's category from a sentence that names the category
/// and then its members: "Retentionist countries include China, Iran, Saudi Arabia,
/// Egypt, Iraq, the United States, Japan, Singapore and Somalia." The category's
/// name must open the sentence or follow "the"; the list runs to the sentence's
/// end, and every item must be a short capitalised name.
pub(super) fn included_in_category(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for doc in judge.docs {
        let lower = doc.text.to_ascii_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        let lines = lines_of(doc.text);
        let Some(day) = as_of_day(doc, &lines).or_else(|| doc.date()) else {
            continue;
        };
        for (name, category) in &lexicon().category_names {
            for (at, _) in lower.match_indices(name.as_str()) {
                let sentence = super::evidence::sentence_around(doc.text, Span::new(at, at + 1));
                let opening = doc.text[sentence.start as usize..at].trim();
                if !(opening.is_empty() || opening.eq_ignore_ascii_case("the")) {
                    continue;
                }
                let after = &lower[at + name.len()..sentence.end as usize];
                let Some(list_at) = lexicon()
                    .category_list_cues
                    .iter()
                    .find_map(|cue| after.strip_prefix(cue.as_str()).map(|_| cue.len()))
                else {
                    continue;
                };
                let from = at + name.len() + list_at;
                let list = doc.text[from..sentence.end as usize].trim();
                let Some(names) = member_names(list) else {
                    continue;
                };
                if names.len() < LIST_NAMES
                    || !names
                        .iter()
                        .any(|n| same_jurisdiction(&fold_name(n), judge.key))
                {
                    continue;
                }
                let date = TimeValue::point(day);
                out.push(Fact::over(
                    date,
                    Change::Label(category.status()),
                    format!(
                        "named among {} countries as of {}",
                        super::in_words(Some(category.status())),
                        date.words()
                    ),
                    vec![Citation::new(doc.name, sentence)],
                ));
            }
        }
    }
    out
}

/// The names of a list that ends a sentence ("China, Iran, the United States and
/// Somalia."), each short and capitalised after an optional "the"; `None` when any
/// item is not one.
fn member_names(list: &str) -> Option<Vec<&str>> {
    let list = list.trim_end_matches(['.', ';']).trim();
    let mut items: Vec<&str> = list.split(',').map(str::trim).collect();
    let last = items.pop()?;
    let last = last.strip_prefix("and ").unwrap_or(last);
    match last.split_once(" and ") {
        Some((a, b)) => items.extend([a.trim(), b.trim()]),
        None => items.push(last),
    }
    items
        .into_iter()
        .map(|item| {
            let item = item.strip_prefix("the ").unwrap_or(item).trim();
            let ok = item.starts_with(|c: char| c.is_uppercase())
                && item.split_whitespace().count() <= NAME_WORDS
                && !item.contains([':', '(', ')'])
                && !item.chars().any(|c| c.is_ascii_digit());
            ok.then_some(item)
        })
        .collect()
}

/// A legend of abbreviations ("(AdF: abolitionist de facto; AO: abolitionist for
/// ordinary crimes only; R: retentionist)"): each short code with the category its
/// words name whole (`category_names`).
fn legend(text: &str) -> Vec<(String, Category)> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        let Some(close) = text[open..].find(')') else {
            continue;
        };
        let inside = &text[open + 1..open + close];
        let found: Option<Vec<_>> = inside
            .split(';')
            .map(|piece| {
                let (code, words) = piece.split_once(':')?;
                coded_category(code.trim(), words, |ch| ch.is_ascii_alphabetic())
            })
            .collect();
        out.extend(found.filter(|f| f.len() >= 2).unwrap_or_default());
    }
    // "Key: AB abolitionist for all crimes; AO abolitionist for ordinary crimes only;
    // AP abolitionist in practice (retains ... executions); R retentionist.": a code
    // in capitals before the category's words, a gloss in brackets dropped.
    for line in text.lines() {
        let lower = line.to_lowercase();
        let Some(at) = lower.find("key:") else {
            continue;
        };
        if lower.len() != line.len() {
            continue;
        }
        let found: Option<Vec<_>> = line[at + 4..].split(';').map(key_entry).collect();
        out.extend(found.filter(|f| f.len() >= 2).unwrap_or_default());
    }
    // "  AA   abolitionist for all crimes" / "AO = abolitionist for ordinary crimes
    // only (the death penalty kept for": a key set out one code a line.
    let lines: Vec<(String, Category)> = text.lines().filter_map(code_line).collect();
    if lines.len() >= 2 {
        out.extend(lines);
    }
    out
}

/// One line of a key set out a code a line: a code in capitals opens it, then
/// (after "=", ":" or a dash) the whole name of a category, and nothing after the
/// name but a gloss ("AP   abolitionist in practice (the death penalty kept ...").
fn code_line(line: &str) -> Option<(String, Category)> {
    let (code, rest) = line.trim().split_once(char::is_whitespace)?;
    if !(1..=4).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let rest = rest
        .trim_start()
        .trim_start_matches(['=', ':', '-', '\u{2013}'])
        .trim_start()
        .to_lowercase();
    let (name, category) = lexicon()
        .category_names
        .iter()
        .filter(|(name, _)| rest.starts_with(name.as_str()))
        .max_by_key(|(name, _)| name.len())?;
    let after = rest[name.len()..].trim_start();
    (after.is_empty() || after.starts_with(['(', ',', ';', '.']))
        .then(|| (code.to_string(), *category))
}

/// One entry of a "Key:" line: "AO abolitionist for ordinary crimes only" (a gloss in
/// brackets dropped, the key's closing sentence cut).
fn key_entry(piece: &str) -> Option<(String, Category)> {
    let bare = outside_brackets(piece);
    // "R retentionist. Superscript letters refer to the notes": the key ends
    // with its sentence.
    let bare = bare.split(". ").next().unwrap_or_default();
    let bare = bare.trim().trim_end_matches('.').trim();
    let (code, words) = bare.split_once(' ')?;
    coded_category(code, words, |ch| ch.is_ascii_uppercase())
}

/// `text` without what stands in round brackets ("Chad (2014) and Togo" -> "Chad  and
/// Togo").
fn outside_brackets(text: &str) -> String {
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    plain
}

/// A legend's entry: a code of one to four letters that all pass `letter`, and the
/// category its words name whole (`category_names`).
fn coded_category(
    code: &str,
    words: &str,
    letter: impl Fn(char) -> bool,
) -> Option<(String, Category)> {
    let words = lower_words(words);
    let category = lexicon()
        .category_names
        .iter()
        .find(|(name, _)| *name == words)
        .map(|(_, c)| *c)?;
    ((1..=4).contains(&code.len()) && code.chars().all(letter))
        .then(|| (code.to_string(), category))
}

/// The name a coded table row opens with, and the code after it: "Burkina Fasoa AB
/// 1988" (a footnote's letter run into the name by the page's superscript), "Viet
/// Nam R 2019", "Comoros  R  -  1997  b/": after the code only years, dashes,
/// "never" and notes' marks (`row_cell`). With the year in the cell right after the
/// code, if any.
fn coded_row_cells(
    line: &str,
    codes: &[(String, Category)],
) -> Option<(String, Category, Option<i32>)> {
    let tokens: Vec<&str> = line.split_whitespace().collect();
    let (i, category) = tokens.iter().enumerate().find_map(|(i, t)| {
        codes
            .iter()
            .find(|(c, _)| c == t)
            .map(|(_, category)| (i, *category))
    })?;
    let rest = &tokens[i + 1..];
    // "Comoros  R  -  1997  b/": years, dashes, "never" and the marks of notes.
    let tail_ok = rest.len() <= ROW_CELLS && rest.iter().all(|t| row_cell(t));
    if i == 0 || i > NAME_WORDS || !tail_ok {
        return None;
    }
    let name = tokens[..i].join(" ");
    if name_item(&name) != Some(name.as_str()) && !name.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let year = rest
        .first()
        .and_then(|t| t.parse::<i32>().ok())
        .filter(|y| (1800..=2100).contains(y));
    Some((name, category, year))
}

/// A cell of a coded row after its code: a year, "never", a dash, or a note's
/// mark ("b/", "(c)", "d)", "*").
fn row_cell(token: &str) -> bool {
    let year = token.len() == 4 && token.chars().all(|c| c.is_ascii_digit());
    let dash = matches!(token, "-" | "\u{2013}" | "\u{2014}");
    let mark = token.trim_start_matches('(').trim_end_matches([')', '/']);
    let note = token.len() > mark.len()
        && (1..=2).contains(&mark.len())
        && mark.chars().all(|c| c.is_ascii_lowercase());
    year || dash || note || token == "*" || token.eq_ignore_ascii_case("never")
}

/// A coded table's header ("state  code  year abolished  last execution", lower-cased):
/// a word of `table_heads` first, then a space or '|'; short; no sentence ending in
/// '.'; two column names of `table_columns` at least and no article or verb of
/// `table_head_not`, whole words. "State of the death penalty in 2020 ..." is prose.
pub(super) fn table_head(lower: &str) -> bool {
    let lex = lexicon();
    let opens = lex.table_heads.iter().any(|h| {
        lower
            .strip_prefix(h.as_str())
            .is_some_and(|rest| rest.starts_with([' ', '\t', '|']))
    });
    if !opens || lower.len() > TABLE_HEAD_LINE || lower.trim_end().ends_with('.') {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words
        .iter()
        .any(|w| lex.table_head_not.iter().any(|n| n == w))
    {
        return false;
    }
    let padded = format!(" {} ", words.join(" "));
    lex.table_columns
        .iter()
        .filter(|c| padded.contains(&format!(" {c} ")))
        .count()
        >= TABLE_HEAD_COLUMNS
}

#[cfg(test)]
pub(super) fn ranked_row_for_test(line: &str, key: &str) -> Option<Category> {
    ranked_row(line, key).map(|(category, _)| category)
}

#[cfg(test)]
pub(super) fn coded_row_for_test(line: &str) -> Option<(String, Category)> {
    let codes = legend("Key: AB abolitionist for all crimes; R retentionist.");
    coded_row_cells(line, &codes).map(|(name, category, _)| (name, category))
}

/// The jurisdiction `key` names the row's `name`, or the name with one footnote mark
/// run into its end ("Kazakhstanb", "Mongolia2") when the name whole names nothing.
fn names_row(name: &str, key: &str) -> bool {
    if same_jurisdiction(&fold_name(name), key) {
        return true;
    }
    let mut chars = name.chars();
    let Some(last) = chars.next_back() else {
        return false;
    };
    let stem = chars.as_str();
    (last.is_ascii_lowercase() || last.is_ascii_digit())
        && stem.ends_with(|c: char| c.is_alphabetic())
        && same_jurisdiction(&fold_name(stem), key)
}

/// A space-aligned table under a caption "Countries that abolished the death penalty
/// for all crimes, ...", its header "Country  Year  Status on 1 January 2004" and a
/// legend of abbreviations in the document: the row "Greece  2004  AO" gives an
/// abolition for all crimes in 2004 and the category the code names on the header's
/// day. A row with any other cell gives nothing.
pub(super) fn abbreviated_table(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for doc in judge.docs {
        let codes = legend(doc.text);
        if codes.is_empty() {
            continue;
        }
        let lines = lines_of(doc.text);
        // A table under a header "Country Category Last known execution" whose rows
        // give each country a code of the legend, as of the day the page states.
        if let Some(day) = as_of_day(doc, &lines) {
            let day = TimeValue::point(day);
            let mut headed = false;
            // "State  Code  Year abolished  Last execution": the year right after
            // the code is the abolition's when the header names abolition before
            // any execution.
            let mut abolished_column = false;
            for &(start, line) in &lines {
                let lower = line.to_ascii_lowercase();
                if table_head(&lower) {
                    headed = true;
                    abolished_column = lower
                        .find("abolish")
                        .is_some_and(|a| lower.find("execution").is_none_or(|e| a < e));
                    continue;
                }
                if !headed || line.is_empty() {
                    continue;
                }
                let Some((name, category, year)) = coded_row_cells(line, &codes) else {
                    continue;
                };
                if !names_row(&name, judge.key) {
                    continue;
                }
                let scope = match category {
                    Category::AbolitionistForAllCrimes => Some(super::Scope::All),
                    Category::AbolitionistForOrdinaryCrimes => Some(super::Scope::Ordinary),
                    _ => None,
                };
                if let (true, Some(scope), Some(year)) = (abolished_column, scope, year) {
                    let date = TimeValue::point(PartialDate::year(year));
                    out.push(Fact::over(
                        date,
                        Change::Abolish(scope, Vec::new()),
                        format!("abolished in {} (a table's column)", date.words()),
                        vec![Citation::new(
                            doc.name,
                            Span::new(start, start + line.len()),
                        )],
                    ));
                }
                out.push(Fact::over(
                    day,
                    Change::Label(category.status()),
                    format!(
                        "listed as {} on {} in a table",
                        super::in_words(Some(category.status())),
                        day.words()
                    ),
                    vec![Citation::new(
                        doc.name,
                        Span::new(start, start + line.len()),
                    )],
                ));
            }
        }
        let mut status_day: Option<TimeValue> = None;
        let mut abolished = false;
        for (i, &(start, line)) in lines.iter().enumerate() {
            if line.is_empty() {
                status_day = None;
                continue;
            }
            let cells: Vec<&str> = line
                .split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let lower = line.to_lowercase();
            if cells.len() == 3 && lower.starts_with("country") && lower.contains("status on") {
                let span = Span::new(start, start + line.len());
                status_day = doc.point_dates_in(span).find(|v| {
                    v.start
                        .is_some_and(|d| d.granularity() == dossier_model::Granularity::Day)
                });
                let caption = lines[..i]
                    .iter()
                    .rev()
                    .find(|(_, l)| !l.is_empty())
                    .map(|(_, l)| l.to_lowercase())
                    .unwrap_or_default();
                abolished = caption.contains("abolished the death penalty for all crimes");
                continue;
            }
            let Some(day) = status_day else {
                continue;
            };
            let [name, year, code] = cells.as_slice() else {
                status_day = None;
                continue;
            };
            if !same_jurisdiction(&fold_name(name), judge.key) {
                continue;
            }
            let Some(category) = codes.iter().find(|(c, _)| c == code).map(|(_, c)| *c) else {
                continue;
            };
            let citation = vec![Citation::new(
                doc.name,
                Span::new(start, start + line.len()),
            )];
            out.push(Fact::over(
                day,
                Change::Label(category.status()),
                format!(
                    "listed as {} on {} in a table",
                    super::in_words(Some(category.status())),
                    day.words()
                ),
                citation.clone(),
            ));
            let year = year
                .parse::<i32>()
                .ok()
                .filter(|y| (1800..=2100).contains(y))
                .map(PartialDate::year);
            if let (true, Some(y)) = (abolished, year) {
                let date = TimeValue::point(y);
                out.push(Fact::over(
                    date,
                    Change::Abolish(super::Scope::All, Vec::new()),
                    format!("abolition for all crimes in {} (a table)", date.words()),
                    citation,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_item_drops_its_note_marker_and_gives_its_bracketed_country() {
        let names = |item: &str| item_names(item);
        assert!(names("Westmark (c)").contains(&fold_name("Westmark")));
        assert!(names("Westmark [2]").contains(&fold_name("Westmark")));
        assert!(names("Westmark*").contains(&fold_name("Westmark")));
        let korea = names("Republic of Korea (South Korea)");
        assert!(korea.contains(&fold_name("South Korea")));
        assert!(korea.contains(&fold_name("Republic of Korea")));
        // Brackets that are part of the name stay: no "Congo" alone.
        let congo = names("Congo (Democratic Republic of)");
        assert_eq!(congo, vec![fold_name("Congo (Democratic Republic of)")]);
        // A bracket of words that is no country is no alias.
        assert_eq!(names("Ostland (since 2019)").len(), 1);
    }

    #[test]
    fn a_bare_at_before_a_digit_is_an_as_of_cue() {
        let line = "regional table: states by category at 31 march 2011";
        assert_eq!(bare_as_of(line).count(), 1);
        assert_eq!(bare_as_of("hanged at dawn").count(), 0);
        assert_eq!(bare_as_of("that 12 men").count(), 0);
    }

    #[test]
    fn a_heading_opens_with_a_category_name() {
        let heading = category_at_start("3. ABOLITIONIST IN PRACTICE").map(|(c, _)| c);
        assert_eq!(heading, Some(Category::AbolitionistInPractice));
        let inline = category_at_start("Retentionist: Bahamas, Guyana").map(|(c, _)| c);
        assert_eq!(inline, Some(Category::Retentionist));
        assert!(category_at_start("Countries which retain the death penalty").is_none());
        assert!(category_at_start("Retentionists argued").is_none());
    }

    #[test]
    fn a_list_line_holds_names_only() {
        assert_eq!(
            list_line("Algeria, Brunei Darussalam, Grenada and Mali"),
            Some(vec![
                "Algeria",
                "Brunei Darussalam",
                "Grenada and Mali",
                "Grenada",
                "Mali"
            ])
        );
        assert!(list_line("No data or disputed territory: Kosovo, Western Sahara").is_none());
        assert!(
            list_line("In 2015, the courts imposed 12 death sentences, officials said").is_none()
        );
    }

    #[test]
    fn a_list_after_a_category_holds_names_only() {
        assert_eq!(
            member_names("China, Iran, the United States, Japan and Somalia."),
            Some(vec!["China", "Iran", "United States", "Japan", "Somalia"])
        );
        assert_eq!(
            member_names("China, which executes thousands, and Iran."),
            None
        );
    }

    #[test]
    fn a_table_row_gives_its_first_cell_the_category() {
        assert_eq!(
            table_row("Kiribati Abolitionist for all crimes never", "kiribati"),
            Some(Category::AbolitionistForAllCrimes)
        );
        assert_eq!(
            table_row("Saint Lucia | Retentionist | 1995", "saint lucia"),
            Some(Category::Retentionist)
        );
        // Cells set apart by bars: notes after the category say anything.
        assert_eq!(
            table_row(
                "Ghana | Abolitionist in practice | 1993 | Death sentences still imposed",
                "ghana"
            ),
            Some(Category::AbolitionistInPractice)
        );
        assert_eq!(
            table_row(
                "Nigeria | Retentionist | 2016 | Three executions in Edo State",
                "edo state"
            ),
            None
        );
        assert_eq!(
            table_row("Ghana | Death sentences still imposed | 1993", "ghana"),
            None
        );
        assert_eq!(
            table_row("Kiribati Abolitionist for all crimes never", "nauru"),
            None
        );
        // Prose is no row.
        assert_eq!(
            table_row(
                "Kiribati has been abolitionist for all crimes since independence in 1979.",
                "kiribati"
            ),
            None
        );
    }

    #[test]
    fn a_column_table_on_one_line() {
        assert_eq!(
            column_table("COUNTRY DATE (AFC) DATE (AOC) DATE (LAST EX.) Andorra 1990 1943 Sao Tome and Principe 1990 K Cote d'Ivoire 1960 K"),
            Some(vec!["Andorra", "Sao Tome and Principe", "Cote d'Ivoire"])
        );
        assert_eq!(
            column_table("Country profiles are updated yearly 2019"),
            None
        );
        assert_eq!(
            column_table("COUNTRY DATE Andorra 1990 and some prose after"),
            None
        );
    }

    /// The same table with its lines kept: the header alone, then a row a line.
    #[test]
    fn a_column_table_a_row_a_line() {
        assert!(column_header(
            "COUNTRY              DATE (AFC)   DATE (AOC)   DATE (LAST EX.)"
        ));
        assert!(!column_header("Country profiles are updated yearly"));
        assert_eq!(
            column_row("Sao Tome and Principe 1990                     K"),
            Some("Sao Tome and Principe")
        );
        assert_eq!(
            column_row("Austria              1968         1950         1950"),
            Some("Austria")
        );
        assert_eq!(column_row("Austria abolished it in 1968"), None);
        assert_eq!(column_row("1968 1950"), None);
    }
}
