//! Sentence and section segmentation over a document's kept text.
//!
//! Boundaries: sentence-final punctuation followed by an upper-case start (unless
//! the word before is an abbreviation or an initial), blank lines, bullets, and
//! heading-like lines (short, no final punctuation, after a blank line or another
//! heading). A single newline inside a sentence (hard-wrapped PDF text) is not a
//! boundary.

use dossier_model::Span;

/// The word lists segmentation reads (`rules/segmentation.en.json`): the builtin
/// rules, as segmentation comes before any rules directory is read.
fn words() -> &'static crate::rules::Segmentation {
    &crate::rules::Rules::builtin().segmentation
}

fn listed(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w == word)
}

const BULLETS: &[char] = &['•', '●', '▪', '◦', '‣', '–', '—', '*', '-'];

/// Sentence spans, in order, trimmed of surrounding whitespace and bullets.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for line_block in blocks(text) {
        split_block(text, line_block, &mut out);
    }
    out
}

/// Sections: runs of text between heading lines. Each heading starts a section.
pub fn sections(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for block in blocks(text) {
        if block.is_heading && block.span.start as usize > start {
            push_trimmed(text, start, block.span.start as usize, &mut out);
            start = block.span.start as usize;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Title lines: heading blocks that are not "Label: value" fields, and lines marked
/// up as headings (`#`, `=`). A title names a topic ("The 2007 amendment"); it is
/// never the evidence of an event, and its dates anchor nothing.
pub fn titles(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for block in blocks(text) {
        let line = block.span.slice(text).trim();
        let marked = !line.contains('\n')
            && (line.starts_with('#') || (line.starts_with('=') && line.ends_with('=')));
        if marked || (block.is_heading && !line.contains(':')) {
            push_trimmed(
                text,
                block.span.start as usize,
                block.span.end as usize,
                &mut out,
            );
        }
    }
    out
}

#[derive(Clone, Copy, Debug)]
struct Block {
    span: Span,
    is_heading: bool,
}

/// Lines grouped into blocks: a block ends at a blank line, before a bullet line,
/// and around heading lines.
fn blocks(text: &str) -> Vec<Block> {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0usize;
    for line in text.split_inclusive('\n') {
        let end = pos + line.len();
        let content_end = pos + line.trim_end_matches(['\n', '\r']).len();
        lines.push((pos, content_end));
        pos = end;
    }
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut prev_blank = true;
    let mut prev_heading = false;
    let mut prev_row = false;
    let mut prev_date_cell = false;
    for (i, &(start, end)) in lines.iter().enumerate() {
        let line = &text[start..end];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            // A line wrapped mid-sentence with a blank line after it (text taken
            // from a double-spaced PDF): the paragraph goes on when the next line
            // starts in lower case.
            if let Some((s, e)) = current {
                let open = !text[s..e]
                    .trim_end()
                    .ends_with(['.', '!', '?', ':', ';', '"', '\u{201d}', ')']);
                let next_line = lines[i + 1..]
                    .iter()
                    .map(|&(ls, le)| text[ls..le].trim())
                    .find(|l| !l.is_empty());
                if open && next_line.is_some_and(|l| l.starts_with(|c: char| c.is_lowercase())) {
                    continue;
                }
            }
            if let Some((s, e)) = current.take() {
                out.push(Block {
                    span: Span::new(s, e),
                    is_heading: false,
                });
            }
            prev_blank = true;
            prev_heading = false;
            prev_row = false;
            continue;
        }
        let next = lines
            .get(i + 1)
            .map(|&(s, e)| text[s..e].trim())
            .unwrap_or("");
        // A pipe-table row ("| 3 August 2016 | The court finds her guilty. |") is a
        // block of its own: a row's cells never run on into the next row. A row whose
        // cell ends a sentence is a table's entry, never a heading.
        let row = is_pipe_row(trimmed);
        // The entry of a chronology whose layout set the date cell on a line of its own
        // ("14 Aug 2019" / "Trial opens at the People's Court"): never a heading.
        let entry = prev_date_cell && !is_date_cell(trimmed);
        let heading = is_heading(trimmed, next, prev_blank || prev_heading)
            && !(row && trimmed.contains(". |"))
            && !entry;
        let bullet = trimmed.starts_with(BULLETS) && !trimmed.starts_with("--");
        if heading || bullet || prev_heading || row || prev_row {
            if let Some((s, e)) = current.take() {
                out.push(Block {
                    span: Span::new(s, e),
                    is_heading: false,
                });
            }
        }
        if heading {
            out.push(Block {
                span: Span::new(start, end),
                is_heading: true,
            });
        } else {
            current = Some(match current {
                Some((s, _)) => (s, end),
                None => (start, end),
            });
        }
        prev_blank = false;
        prev_heading = heading;
        prev_row = row;
        prev_date_cell = heading && is_date_cell(trimmed);
    }
    if let Some((s, e)) = current.take() {
        out.push(Block {
            span: Span::new(s, e),
            is_heading: false,
        });
    }
    out
}

/// A line that is only a date with its day or month ("14 Aug 2019", "2 September 2023",
/// "Sep 2019", "03.11.2015"): a chronology's date cell. A year alone is not one (a page
/// number or a heading).
pub fn is_date_cell(line: &str) -> bool {
    let tokens: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.')))
        .filter(|w| !w.is_empty())
        .collect();
    if tokens.is_empty() || tokens.len() > 4 {
        return false;
    }
    let mut year = false;
    let mut month = false;
    for t in &tokens {
        let lower = t.to_lowercase();
        let digits = t.chars().all(|c| c.is_ascii_digit());
        if digits && t.len() == 4 {
            year = true;
        } else if digits && t.len() <= 2 {
        } else if dossier_model::month_of_word(&lower).is_some() {
            month = true;
        } else if ["st", "nd", "rd", "th"].iter().any(|x| {
            lower.strip_suffix(x).is_some_and(|d| {
                !d.is_empty() && d.len() <= 2 && d.chars().all(|c| c.is_ascii_digit())
            })
        }) {
        } else {
            let parts: Vec<&str> = t.split(['.', '/', '-']).collect();
            let numeric = parts.len() == 3
                && parts
                    .iter()
                    .all(|p| p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty())
                && parts[2].len() == 4
                && parts[0].len() <= 2
                && parts[1].len() <= 2;
            if !numeric {
                return false;
            }
            year = true;
            month = true;
        }
    }
    year && month
}

/// A row of a pipe table: opens and closes with `|`, with a cell between.
fn is_pipe_row(line: &str) -> bool {
    line.len() > 2 && line.starts_with('|') && line.ends_with('|')
}

fn is_heading(line: &str, next: &str, after_break: bool) -> bool {
    if !after_break || line.chars().count() > 90 {
        return false;
    }
    let last = line.chars().last().unwrap_or('.');
    if matches!(
        last,
        '.' | '!' | '?' | ',' | ';' | '-' | '(' | '"' | '\u{201c}'
    ) {
        return false;
    }
    let last_word = line.rsplit(' ').next().unwrap_or("").to_lowercase();
    if listed(&words().heading_function_words, &last_word) {
        return false;
    }
    let next_ok = match next.chars().next() {
        None => true,
        Some(c) => {
            c.is_uppercase() || c.is_ascii_digit() || BULLETS.contains(&c) || !c.is_alphanumeric()
        }
    };
    let first_ok = line.chars().next().is_some_and(|c| !c.is_lowercase());
    next_ok && first_ok && !wrapped_prose(line, next) && !closes_with_note(line)
}

/// The first line of a hard-wrapped paragraph, not a heading: long, at least 45 in a
/// hundred of its words in lower case, and a line after it as long or closing the
/// sentence ("The High Court in Johor Bahru convicted Ravi of drug trafficking under"
/// before "Section 39B of the Dangerous Drugs Act 1952 on 9 January 2015 and passed").
fn wrapped_prose(line: &str, next: &str) -> bool {
    let words: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect();
    let lower = words
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    let (len, next_len) = (line.chars().count(), next.chars().count());
    // A numbered paragraph ("1. The Special Rapporteur ...") or a bullet opens below a
    // heading, not in the middle of a wrapped sentence.
    let numbered = next
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix(['.', ')'])
        .is_some_and(|rest| {
            rest.starts_with(' ') && next.starts_with(|c: char| c.is_ascii_digit())
        });
    let bullet = next.starts_with(BULLETS);
    len >= 60
        && !numbered
        && !bullet
        && words.len() >= 8
        && lower * 20 >= words.len() * 9
        && (next_len + 20 >= len || (next_len > 0 && next.ends_with('.')))
}

/// A sentence closed by a footnote number after its stop ("... was tabled in Parliament
/// in June 2021.12"): a line of prose, not a heading.
fn closes_with_note(line: &str) -> bool {
    let body = line.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = line.len() - body.len();
    (1..=2).contains(&digits)
        && body.ends_with('.')
        && body[..body.len() - 1].ends_with(char::is_alphanumeric)
        && line.split_whitespace().count() >= 6
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = &text[start..end];
    let lead = slice.len()
        - slice
            .trim_start_matches(|c: char| c.is_whitespace() || BULLETS.contains(&c))
            .len();
    let trail = slice.len() - slice.trim_end().len();
    // A lone bullet or dash line trims to nothing.
    if start + lead < end - trail {
        out.push(Span::new(start + lead, end - trail));
    }
}

/// Split one block at sentence-final punctuation.
fn split_block(text: &str, block: Block, out: &mut Vec<Span>) {
    let (start, end) = (block.span.start as usize, block.span.end as usize);
    if block.is_heading {
        push_trimmed(text, start, end, out);
        return;
    }
    let mut from = start;
    for cut in recital_starts(text, start, end) {
        split_range(text, from, cut, out);
        from = cut;
    }
    split_range(text, from, end, out);
}

/// Where a recital opens inside `start..end`: an opener of `recital_openers`
/// ("WHEREAS,", "whereas", "NOW, THEREFORE") after a semicolon or at a line's start,
/// not at the block's start. Recitals are joined by semicolons, so no full stop parts
/// them ("...; WHEREAS, the Republic ...; NOW, THEREFORE, IT IS ENACTED").
fn recital_starts(text: &str, start: usize, end: usize) -> Vec<usize> {
    let openers = &words().recital_openers;
    if openers.is_empty() {
        return Vec::new();
    }
    let slice = &text[start..end];
    let lower = slice.to_lowercase();
    if lower.len() != slice.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for opener in openers {
        let mut from = 0;
        while let Some(at) = lower[from..].find(opener.as_str()) {
            let pos = from + at;
            from = pos + opener.len();
            let after_ok = lower[from..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let before = lower[..pos].trim_end_matches([' ', '\t']);
            let at_line_start = before.ends_with('\n');
            let before = before.trim_end();
            if pos == 0 || !after_ok || before.is_empty() {
                continue;
            }
            // Only written with a capital: a wrapped line may open on the conjunction
            // ("... was upheld,\nwhereas the ..."), and a lettered recital's "; whereas"
            // goes on with its own subject ("B. whereas X was sentenced ...; whereas the
            // court upheld her sentence").
            let capital = slice[pos..].starts_with(char::is_uppercase);
            if capital && (at_line_start || before.ends_with(';')) {
                out.push(start + pos);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Sentences of `start..end`, a block or a recital of one.
fn split_range(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut sentence_start = start;
    let mut i = start;
    // memchr3 jumps to the next mark, many bytes at a time.
    while let Some(at) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..end]) {
        i += at;
        let b = bytes[i];
        {
            // Skip closing quotes and brackets after the mark.
            let mut j = i + 1;
            while j < end {
                let rest = &text[j..end];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | ')' | ']' | '\u{201d}' | '\u{2019}' | '*') {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            // A footnote marker after the mark belongs to the sentence it closes:
            // ".[1] Karl", ".[12][13] The", ".² The".
            j = skip_footnote_marks(text, j, end);
            if b == b'.' {
                j = skip_year_note(text, sentence_start, i, j, end);
            }
            let ws_end = j + text[j..end].len() - text[j..end].trim_start().len();
            // "... was never ratified.\nd A law of 2004 ...": a lettered note's marker
            // opening the next line starts a sentence, and stays out of it.
            let note = lettered_note_at(text, j, ws_end, end);
            let ws_end = ws_end + note;
            let next_char = text[ws_end..end].chars().next();
            let boundary = ws_end > j
                && match next_char {
                    None => true,
                    Some(c) => {
                        c.is_uppercase()
                            || c.is_ascii_digit()
                            || matches!(c, '"' | '\u{201c}' | '(' | '[' | '\'')
                            || BULLETS.contains(&c)
                    }
                }
                && !(b == b'.' && is_abbreviation(&text[sentence_start..i], next_char));
            if boundary || next_char.is_none() {
                push_trimmed(text, sentence_start, j, out);
                sentence_start = ws_end;
                i = ws_end;
                continue;
            }
            i = j.max(i + 1);
        }
    }
    if sentence_start < end {
        push_trimmed(text, sentence_start, end, out);
    }
}

/// The length of a lettered note's marker ("d ") at `at`, the start of a line after a
/// full stop (the whitespace `from..at` holds a line break): one lower-case letter, a
/// space, then a capital; 0 when there is none.
fn lettered_note_at(text: &str, from: usize, at: usize, end: usize) -> usize {
    let rest = &text.as_bytes()[at..end];
    let marker = rest.len() >= 3
        && rest[0].is_ascii_lowercase()
        && rest[1] == b' '
        && rest[2].is_ascii_uppercase()
        && text[from..at].contains('\n');
    if marker {
        2
    } else {
        0
    }
}

/// The end of the footnote markers that start at `pos`: bracketed reference numbers
/// ("[1]", "[12][13]") and superscript digits; `pos` when there are none.
fn skip_footnote_marks(text: &str, mut pos: usize, end: usize) -> usize {
    loop {
        let rest = &text[pos..end];
        if let Some(inner) = rest.strip_prefix('[') {
            let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && inner.as_bytes().get(digits) == Some(&b']') {
                pos += digits + 2;
                continue;
            }
        }
        let superscripts: usize = rest
            .chars()
            .take_while(|c| matches!(c, '\u{b9}' | '\u{b2}' | '\u{b3}' | '\u{2070}'..='\u{2079}'))
            .map(char::len_utf8)
            .sum();
        if superscripts == 0 {
            return pos;
        }
        pos += superscripts;
    }
}

/// "adopted in 1988.4 The Board", "to abolish the death penalty.13 President": a note
/// number of one or two digits glued to the full stop at `stop` after a four-digit year
/// or a lower-case word belongs to the sentence it closes; the end of the note when
/// there is one, else `pos`.
fn skip_year_note(text: &str, from: usize, stop: usize, pos: usize, end: usize) -> usize {
    let before = &text.as_bytes()[from..stop];
    let year = before.len() >= 4
        && before[before.len() - 4..].iter().all(u8::is_ascii_digit)
        && before
            .get(before.len().wrapping_sub(5))
            .is_none_or(|b| !b.is_ascii_digit() && *b != b'.')
        && matches!(before[before.len() - 4], b'1' | b'2');
    let word = before.len() >= 2
        && before[before.len() - 2..]
            .iter()
            .all(u8::is_ascii_lowercase);
    let digits = text[pos..end]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    let spaced = text[pos + digits..end]
        .chars()
        .next()
        .is_some_and(char::is_whitespace);
    if (year || word) && (1..=2).contains(&digits) && spaced {
        pos + digits
    } else {
        pos
    }
}

/// Whether the word just before a full stop (the end of `before`) is an
/// abbreviation or an initial.
fn is_abbreviation(before: &str, next: Option<char>) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    // Initials: "A" in "A. B. Smith".
    if first.is_uppercase() && chars.next().is_none() {
        return true;
    }
    let lower = word.to_lowercase();
    if listed(&words().numbered_abbreviations, &lower) {
        return next.is_some_and(|c| c.is_ascii_digit());
    }
    listed(&words().abbreviations, &lower)
}

/// The text with every line break and tab inside a sentence turned into a space, byte
/// for byte (offsets unchanged): phrase rules then match hard-wrapped text ("were\nshot").
pub fn flatten(text: &str, sentences: &[Span]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for s in sentences {
        let range = (s.start as usize).min(bytes.len())..(s.end as usize).min(bytes.len());
        // Most of a sentence has no break: memchr3 finds the few, many bytes at a time.
        let mut at = range.start;
        while let Some(found) = memchr::memchr3(b'\n', b'\r', b'\t', &bytes[at..range.end]) {
            bytes[at + found] = b' ';
            at += found + 1;
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes, so the text is still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// Index of the sentence containing byte `pos`, by binary search.
pub fn sentence_at(sentences: &[Span], pos: u32) -> Option<usize> {
    let idx = sentences.partition_point(|s| s.end <= pos);
    sentences.get(idx).filter(|s| s.start <= pos).map(|_| idx)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &[&str]) {
        let got: Vec<&str> = sentences(input).iter().map(|s| s.slice(input)).collect();
        assert_eq!(got, expect, "input: {input:?}");
    }

    #[test]
    fn each_recital_is_a_sentence() {
        // Session 37 (asks-20): an Act's recitals, joined by semicolons under an
        // upper-case title, were one sentence, and a neighbour's year answered for the
        // enacting State.
        check(
            "AN ACT TO REFORM THE PRISONS ACT OF\nTHE REPUBLIC\nWHEREAS, the Republic ratified the Convention on March 2, 1999; WHEREAS, the State of Ruritania abolished flogging in 2012;\nNOW, THEREFORE, IT IS ENACTED:",
            &[
                "AN ACT TO REFORM THE PRISONS ACT OF\nTHE REPUBLIC",
                "WHEREAS, the Republic ratified the Convention on March 2, 1999;",
                "WHEREAS, the State of Ruritania abolished flogging in 2012;",
                "NOW, THEREFORE, IT IS ENACTED:",
            ],
        );
        check(
            "B. whereas the council met in May; whereas it adopted no decision;",
            &["B. whereas the council met in May; whereas it adopted no decision;"],
        );
        // A wrapped line opening on the conjunction goes on.
        check(
            "The first appeal was upheld,\nwhereas the second was dismissed.",
            &["The first appeal was upheld,\nwhereas the second was dismissed."],
        );
    }

    #[test]
    fn a_wrapped_paragraph_first_line_is_no_heading() {
        // Session 35 (events-23): a paragraph's first line, wrapped before a capital,
        // was read as a heading and its sentence lost.
        check(
            "Intro.\n\nThe High Court in Johor Bahru convicted Ravi of drug trafficking under\nSection 39B of the Dangerous Drugs Act 1952 on 9 January 2015 and passed\nthe mandatory death sentence.",
            &[
                "Intro.",
                "The High Court in Johor Bahru convicted Ravi of drug trafficking under\nSection 39B of the Dangerous Drugs Act 1952 on 9 January 2015 and passed\nthe mandatory death sentence.",
            ],
        );
        check(
            "Intro.\n\nMr. Kondwani Mvula, who had been on death row since 2011, was acquitted by the Malawi\nSupreme Court of Appeal on 12 June 2024.",
            &[
                "Intro.",
                "Mr. Kondwani Mvula, who had been on death row since 2011, was acquitted by the Malawi\nSupreme Court of Appeal on 12 June 2024.",
            ],
        );
    }

    #[test]
    fn mendx_a_long_sentence_case_heading_over_a_numbered_paragraph() {
        // Mend (mendx): a long sentence-case heading above a numbered paragraph or a
        // bullet stays a heading.
        check(
            "Report of the Special Rapporteur on the situation of human rights in Belarus\n1. The Special Rapporteur visited the country in May and met officials of the courts.",
            &[
                "Report of the Special Rapporteur on the situation of human rights in Belarus",
                "1.",
                "The Special Rapporteur visited the country in May and met officials of the courts.",
            ],
        );
        check(
            "Report of the Special Rapporteur on the situation of human rights in Belarus\n• The Special Rapporteur visited the country in May and met officials of the courts.",
            &[
                "Report of the Special Rapporteur on the situation of human rights in Belarus",
                "The Special Rapporteur visited the country in May and met officials of the courts.",
            ],
        );
        // A line ending on "against" is cut by the layout, no heading.
        check(
            "Intro.\n\nThe court ruled against\nThe State of Ostland on 3 May 2015.",
            &[
                "Intro.",
                "The court ruled against\nThe State of Ostland on 3 May 2015.",
            ],
        );
    }

    #[test]
    fn a_short_or_title_case_line_stays_a_heading() {
        check(
            "Some background for those who joined the list recently\nRavi was arrested in Johor Bahru on 14 May 2012, aged 23, with a package.",
            &[
                "Some background for those who joined the list recently",
                "Ravi was arrested in Johor Bahru on 14 May 2012, aged 23, with a package.",
            ],
        );
        check(
            "Report of the Special Rapporteur on Extrajudicial, Summary or Arbitrary Executions\nThe Special Rapporteur visited the country in May and met officials of the courts.",
            &[
                "Report of the Special Rapporteur on Extrajudicial, Summary or Arbitrary Executions",
                "The Special Rapporteur visited the country in May and met officials of the courts.",
            ],
        );
    }

    #[test]
    fn a_line_closed_by_a_note_number_is_no_heading() {
        // Session 35 (events-23): "... in June 2021.12" read as a heading took the next
        // line's sentence with it.
        check(
            "Intro.\n\nThe bill was tabled in Parliament in June 2021.12\nParliament voted on 23 July 2021 to abolish the death penalty.13",
            &[
                "Intro.",
                "The bill was tabled in Parliament in June 2021.12",
                "Parliament voted on 23 July 2021 to abolish the death penalty.13",
            ],
        );
    }

    #[test]
    fn a_note_number_after_a_word_closes_its_sentence() {
        // Session 35 (events-23): "... the death penalty.13 President ..." ran into the
        // next sentence.
        check(
            "Parliament voted on 23 July 2021 to abolish the death penalty.13 President Bio signed the Act on 8 October 2021.14",
            &[
                "Parliament voted on 23 July 2021 to abolish the death penalty.13",
                "President Bio signed the Act on 8 October 2021.14",
            ],
        );
    }

    #[test]
    fn a_note_number_after_a_year_closes_its_sentence() {
        // Session 34 (events-22): "since 1992.2 The courts ..." ran into the next
        // sentence; a decimal after a year does not end one.
        check(
            "No hangings since 1992.2 The courts still sentence. It grew to 2024.5 million in all.",
            &[
                "No hangings since 1992.2",
                "The courts still sentence.",
                "It grew to 2024.5 million in all.",
            ],
        );
    }

    #[test]
    fn a_lettered_note_opening_a_line_starts_a_sentence_without_its_letter() {
        // Session 39 (status-27): a PDF's lettered notes ran together ("... was never
        // ratified. d A law of 2004 ..."), so one country's note took the next one's
        // facts. Guard: a capital after the stop needs no marker; "e.g." stays whole.
        check(
            "The treaty was signed in 1997 and never ratified.\nd A law of 2004 suspended executions.\nThe code keeps five offences, e.g. murder.",
            &[
                "The treaty was signed in 1997 and never ratified.",
                "A law of 2004 suspended executions.",
                "The code keeps five offences, e.g. murder.",
            ],
        );
    }

    #[test]
    fn a_pipe_table_row_is_a_sentence_of_its_own() {
        // Session 31 (events-19): a chronology annex's rows ran into one sentence, so
        // each row's verb took another row's date.
        check(
            "| When | What |\n| --- | --- |\n| 2 May 2019 | The tribunal convicts the editor. |\n| 9 June 2020 | The appeal court upholds the verdict. |\nNotes follow.",
            &[
                "| When | What |",
                "| --- | --- |",
                "| 2 May 2019 | The tribunal convicts the editor. |",
                "| 9 June 2020 | The appeal court upholds the verdict. |",
                "Notes follow.",
            ],
        );
    }

    #[test]
    fn segments_kinds_of_text() {
        let cases: &[(&str, &[&str])] = &[
            ("The court met. It adjourned.", &["The court met.", "It adjourned."]),
            ("See Art. 12 of the code. Done.", &["See Art. 12 of the code.", "Done."]),
            ("Mr. Smith spoke. Ms. Jones replied.", &["Mr. Smith spoke.", "Ms. Jones replied."]),
            ("Cited in Doc. 1234 and No. 5 here.", &["Cited in Doc. 1234 and No. 5 here."]),
            ("Some states, e.g. Chad, agreed.", &["Some states, e.g. Chad, agreed."]),
            ("A. B. Karimov was held. He left.", &["A. B. Karimov was held.", "He left."]),
            (
                "He was held for a long\ntime without charge. Then\nhe was freed.",
                &["He was held for a long\ntime without charge.", "Then\nhe was freed."],
            ),
            ("Prisons\n\nConditions were harsh.", &["Prisons", "Conditions were harsh."]),
            (
                "Intro text here.\n  • First item is here.\n  • Second item.",
                &["Intro text here.", "First item is here.", "Second item."],
            ),
            (
                "\nHead of state: Jane Doe\nHead of government: John Roe\nDeath penalty: abolitionist\n\nBody.",
                &["Head of state: Jane Doe", "Head of government: John Roe", "Death penalty: abolitionist", "Body."],
            ),
            ("He said \"no.\" Then he left.", &["He said \"no.\"", "Then he left."]),
            ("Version 2.5 of the text.", &["Version 2.5 of the text."]),
            ("", &[]),
            ("Ünïcödé «test». Ещё раз.", &["Ünïcödé «test».", "Ещё раз."]),
            ("thank my friend,\nMr. Roe, for that.", &["thank my friend,\nMr. Roe, for that."]),
            // Double-spaced lines from a PDF: a blank line inside a sentence.
            (
                "the appellant was a boy of 16 at the time the offence was\n\ncommitted.\n\nThe court agreed.",
                &["the appellant was a boy of 16 at the time the offence was\n\ncommitted.", "The court agreed."],
            ),
            // ... but a heading stays a heading.
            ("Prisons\n\nconditions were harsh.", &["Prisons", "conditions were harsh."]),
            // A footnote marker after the full stop closes the sentence it follows.
            (
                "The appeal was refused.[4] He was hanged in May 1990.",
                &["The appeal was refused.[4]", "He was hanged in May 1990."],
            ),
            (
                "It was signed in 1976.[12][13] The law took effect later.",
                &["It was signed in 1976.[12][13]", "The law took effect later."],
            ),
            ("A decree followed.\u{b2} Two men were freed.", &["A decree followed.\u{b2}", "Two men were freed."]),
            // ... but a bracket that is no reference number does not.
            ("See the note.[a] It stays.", &["See the note.[a] It stays."]),
            ("Cited in [2019] EWCA 1. Done.", &["Cited in [2019] EWCA 1.", "Done."]),
        ];
        for (input, expect) in cases {
            check(input, expect);
        }
    }

    #[test]
    fn sections_split_at_headings() {
        let text = "Title line\n\nFirst para. More.\n\nSecond heading\n\nBody two.";
        let got: Vec<&str> = sections(text).iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            vec![
                "Title line\n\nFirst para. More.",
                "Second heading\n\nBody two."
            ]
        );
    }

    #[test]
    fn sentence_at_finds_index() {
        let text = "One. Two. Three.";
        let s = sentences(text);
        assert_eq!(sentence_at(&s, 6), Some(1));
        assert_eq!(sentence_at(&s, 4), None);
    }
}
