//! Counted quantities: a number and the noun it counts, with its approximation
//! ("some 40 inmates", "over 15 000 convicted individuals", "at least five people").
//!
//! Not quantities: years, article and document numbers, days of dates, times of
//! day, ordinals, and durations (those are the time tagger's).

//!
//! The word lists (scales, approximation cues, identifiers, time nouns, ...) are rule
//! data (`rules/quantity.en.json`). The number words stay here, as closed-class
//! words the per-word fast path is built from at compile time ([`UNITS_BY_INITIAL`]);
//! so do the month names, which the answerer reads too (one list, see `time`).

use crate::rules::{QuantityRules, Rules};
use dossier_model::{Mention, MentionKind, Span};

const UNITS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
];

/// Find counted quantities in `text` with the builtin rules.
pub fn quantities(text: &str) -> Vec<Mention> {
    quantities_with(text, Rules::builtin())
}

/// Find counted quantities in `text` with `rules`.
pub fn quantities_with(text: &str, rules: &Rules) -> Vec<Mention> {
    let words = &rules.quantity;
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0usize;
    loop {
        i = next_word_start(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let parsed = if bytes[i].is_ascii_digit() {
            parse_digits(text, i)
        } else {
            parse_words(&words.scales, text, i)
                .map(|(value, end)| (value, restated(text, end, value)))
        };
        let Some((value, end)) = parsed else {
            i = skip_word(bytes, i);
            continue;
        };
        if let Some(mention) = classify(rules, text, i, end, value) {
            i = mention.span.end as usize;
            out.push(mention);
        } else if let Some(mention) = elided(rules, text, i, end, value, out.last()) {
            i = end;
            out.push(mention);
        } else {
            i = end.max(i + 1);
        }
    }
    if let Some(label) = &words.total_label {
        total_lines(text, label, &mut out);
    }
    out.sort_by_key(|m| m.span);
    out
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80
}

/// The first ASCII letter or digit at or after `from` that starts a word (follows
/// no word byte), or `bytes.len()`. Eight bytes at a time (see
/// [`dossier_model::swar`]): most of a text is inside words or between them.
fn next_word_start(bytes: &[u8], mut from: usize) -> usize {
    use dossier_model::swar::next_word_candidate;
    loop {
        let at = next_word_candidate(bytes, from);
        if at >= bytes.len() {
            return bytes.len();
        }
        if bytes[at].is_ascii() && (at == 0 || !is_word(bytes[at - 1])) {
            return at;
        }
        // Inside a word (after a hyphen or a non-ASCII char): none of it starts one.
        from = skip_word(bytes, at);
    }
}

/// Where the run of word bytes ([`is_word`]) from `i` ends (at least `i + 1`).
fn skip_word(bytes: &[u8], i: usize) -> usize {
    use dossier_model::swar::{lanes_equal, load, Classes, HIGH};
    let mut at = i;
    loop {
        let chunk = load(bytes, at);
        let classes = Classes::of(chunk);
        let word = classes.alphanumeric | classes.non_ascii | lanes_equal(chunk, b'-');
        let stop = !word & HIGH;
        if stop != 0 {
            // Past the end, `load` reads zeros: not word bytes.
            return (at + stop.trailing_zeros() as usize / 8).max(i + 1);
        }
        at += 8;
    }
}

/// Digits with optional thousands groups ("15 000", "1,500"). Returns (value, end).
pub(crate) fn parse_digits(text: &str, start: usize) -> Option<(f64, usize)> {
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    let mut digits: String = text[start..end].to_string();
    if digits.len() <= 3 {
        loop {
            let sep_len = if bytes.get(end) == Some(&b' ') || bytes.get(end) == Some(&b',') {
                1
            } else if text[end..].starts_with('\u{a0}') || text[end..].starts_with('\u{202f}') {
                text[end..].chars().next().map_or(1, char::len_utf8)
            } else {
                0
            };
            if sep_len == 0 {
                break;
            }
            let g = end + sep_len;
            let group_ok = bytes.len() >= g + 3
                && bytes[g..g + 3].iter().all(u8::is_ascii_digit)
                && !bytes.get(g + 3).is_some_and(|b| b.is_ascii_alphanumeric());
            if !group_ok {
                break;
            }
            digits.push_str(&text[g..g + 3]);
            end = g + 3;
        }
    }
    // Decimals, ordinals, identifiers and times are not counts.
    match bytes.get(end) {
        Some(b'.') if bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => return None,
        Some(b'/' | b':' | b'(' | b'-' | b'%') => return None,
        Some(b) if b.is_ascii_alphabetic() || *b >= 0x80 => return None,
        _ => {}
    }
    Some((digits.parse().ok()?, end))
}

/// Number words read as one number: "five", "twenty-five", "nine hundred and
/// eighty-eight", "one thousand one hundred and ninety-nine", "five hundred million"
/// (a scale word of `scales` multiplies what comes before it; "and" joins only after
/// "hundred" or a scale, and only a number below a hundred). Returns (value, end).
fn parse_words(scales: &[(String, f64)], text: &str, start: usize) -> Option<(f64, usize)> {
    let (first, mut end) = parse_word(text, start)?;
    let (mut total, mut current) = (0.0, f64::from(first));
    // Whether the last word read was "hundred" or a scale: a smaller number may follow.
    let mut after_scale = first == 100;
    while let Some((s, e)) = next_word(text, end).filter(|&(s, _)| s == end + 1) {
        let word = &text[s..e];
        let scale = scales
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, f)| *f);
        if let Some(factor) = scale.filter(|_| current > 0.0) {
            total += current * factor;
            current = 0.0;
            after_scale = true;
            end = e;
            continue;
        }
        let joined = if word == "and" && after_scale {
            next_word(text, e).filter(|&(s2, _)| s2 == e + 1)
        } else {
            Some((s, e))
        };
        let Some((value, e)) = joined.and_then(|(s2, _)| parse_word(text, s2)) else {
            break;
        };
        // "ten thousand and twelve thousand", "two hundred and three hundred": a
        // "hundred" or a scale after the joined number makes it a second number.
        if word == "and"
            && next_word(text, e).is_some_and(|(s3, e3)| {
                let next = &text[s3..e3];
                s3 == e + 1
                    && (next.eq_ignore_ascii_case("hundred")
                        || scales.iter().any(|(w, _)| w.eq_ignore_ascii_case(next)))
            })
        {
            break;
        }
        if value == 100 && current > 0.0 && current < 100.0 && word != "and" {
            current *= 100.0;
            after_scale = true;
        } else if value < 100 && after_scale {
            current += f64::from(value);
            after_scale = false;
        } else {
            break;
        }
        end = e;
    }
    Some((total + current, end))
}

/// "twenty-six thousand ... (26,411) persons", "Nine (9) inmates": the same number
/// restated in digits in brackets right after the words; the count reads past it.
fn restated(text: &str, end: usize, value: f64) -> usize {
    let Some(inner) = text[end..].strip_prefix(" (") else {
        return end;
    };
    match parse_digits(inner, 0) {
        Some((digits, close)) if digits == value && inner[close..].starts_with(')') => {
            end + 2 + close + 1
        }
        _ => end,
    }
}

/// One number word, or number words joined by hyphens ("twenty-five"), not part of a
/// name. Returns (value, end).
fn parse_word(text: &str, start: usize) -> Option<(u32, usize)> {
    let bytes = text.as_bytes();
    // Most words start with no number word's letter.
    if !may_start_unit(bytes[start]) {
        return None;
    }
    // Nor are most words that do ("the", "of", "said"): the first part must be one.
    let mut first_end = start;
    while first_end < bytes.len() && bytes[first_end].is_ascii_alphabetic() {
        first_end += 1;
        if first_end - start > UNIT_LONGEST {
            return None;
        }
    }
    unit_value(&text[start..first_end])?;
    let mut end = first_end;
    while end < bytes.len() && (bytes[end].is_ascii_alphabetic() || bytes[end] == b'-') {
        end += 1;
    }
    if bytes.get(end).is_some_and(|&b| b >= 0x80) {
        return None;
    }
    let mut total = 0u32;
    for part in text[start..end].split('-') {
        total += unit_value(part)?;
    }
    if in_a_name(text, start, end) {
        return None;
    }
    Some((total, end))
}

/// "at Mile Two prison", "in Cell Block Four.": a capitalised number word after a
/// capitalised word (one space between) and before a lower-case word or punctuation
/// is part of a name, not a count. A title-case headline ("Court Sentences Two Men")
/// keeps its counts: the word after is capitalised too.
fn in_a_name(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    if !bytes[start].is_ascii_uppercase() || start < 2 || bytes[start - 1] != b' ' {
        return false;
    }
    let before = &text[..start - 1];
    let previous = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !previous.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // The word before must not open the sentence ("In August Two men ...").
    let opener = before[..before.len() - previous.len()]
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '"' | '\u{201c}'));
    if opener {
        return false;
    }
    match text[end..].chars().next() {
        Some(' ') => text[end + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase()),
        Some(c) => matches!(c, '.' | ',' | ';' | ':' | ')'),
        None => true,
    }
}

/// The first letters of [`UNITS`] (bit `letter - 'a'`) and their longest length: most
/// words of a text are turned down by these two checks alone.
const UNIT_INITIALS: u32 = {
    let mut mask = 0u32;
    let mut i = 0;
    while i < UNITS.len() {
        mask |= 1 << (UNITS[i].0.as_bytes()[0] - b'a');
        i += 1;
    }
    mask
};
const UNIT_LONGEST: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < UNITS.len() {
        if UNITS[i].0.len() > longest {
            longest = UNITS[i].0.len();
        }
        i += 1;
    }
    longest
};

/// Whether a number word ([`UNITS`]) can start with `byte`, in any case.
fn may_start_unit(byte: u8) -> bool {
    let first = byte.to_ascii_lowercase();
    first.is_ascii_lowercase() && UNIT_INITIALS & (1 << (first - b'a')) != 0
}

/// The value of a one-word number ("seven", "Twenty"), in any case.
pub fn number_word(word: &str) -> Option<u32> {
    unit_value(word)
}

/// The value of a number word ("seven", "Twenty"), in any case.
fn unit_value(word: &str) -> Option<u32> {
    if word.len() > UNIT_LONGEST || !may_start_unit(*word.as_bytes().first()?) {
        return None;
    }
    let first = word.as_bytes()[0].to_ascii_lowercase();
    let mut candidates = UNITS_BY_INITIAL[usize::from(first - b'a')];
    while candidates != 0 {
        let (unit, value) = UNITS[candidates.trailing_zeros() as usize];
        if unit.len() == word.len() && unit.eq_ignore_ascii_case(word) {
            return Some(value);
        }
        candidates &= candidates - 1;
    }
    None
}

/// For each first letter, the [`UNITS`] that start with it (bit = index in [`UNITS`]):
/// a word is compared with a handful of number words, not all of them.
const UNITS_BY_INITIAL: [u32; 26] = {
    assert!(UNITS.len() <= 32);
    let mut table = [0u32; 26];
    let mut i = 0;
    while i < UNITS.len() {
        table[(UNITS[i].0.as_bytes()[0] - b'a') as usize] |= 1 << i;
        i += 1;
    }
    table
};

/// Decide whether the number at `[start, end)` counts something; build the mention.
fn classify(rules: &Rules, text: &str, start: usize, end: usize, value: f64) -> Option<Mention> {
    let words = &rules.quantity;
    let has = |list: &[String], w: &str| list.iter().any(|x| x == w);
    let before = prev_words(text, start, 3);
    let prev = before
        .last()
        .map(|w| w.to_ascii_lowercase())
        .unwrap_or_default();
    if has(&words.identifier_before, prev.trim_end_matches('.'))
        || dossier_model::is_month_name(&prev)
    {
        return None;
    }
    let (mut noun_start, mut noun_end) = next_word(text, end)?;
    let mut value = value;
    // "120 million soms": the scale multiplies, the next word is counted.
    if let Some(scale) = words
        .scales
        .iter()
        .find(|(w, _)| text[noun_start..noun_end].eq_ignore_ascii_case(w))
        .map(|(_, v)| *v)
    {
        if let Some((s2, e2)) =
            next_word(text, noun_end).filter(|&(s2, _)| &text[noun_end..s2] == " ")
        {
            value *= scale;
            (noun_start, noun_end) = (s2, e2);
        }
    }
    let noun = &text[noun_start..noun_end];
    let noun_lower = noun.to_ascii_lowercase();
    if has(&words.time_nouns, &noun_lower) || dossier_model::is_month_name(&noun_lower) {
        return None;
    }
    // "two of them", "595 of its nationals": the count of what follows "of".
    let partitive = (noun_lower == "of")
        .then(|| next_word(text, noun_end))
        .flatten()
        .filter(|&(s2, _)| &text[noun_end..s2] == " ")
        .and_then(|(s2, e2)| {
            let word = &text[s2..e2];
            if has(&words.partitive_pronouns, word) {
                Some((s2, e2))
            } else if has(&words.partitive_determiners, word) {
                next_word(text, e2)
                    .filter(|&(s3, e3)| &text[e2..s3] == " " && is_plural(words, &text[s3..e3]))
            } else {
                None
            }
        });
    let (noun_start, noun_end, noun_lower) = match partitive {
        Some((s2, e2)) if value > 1.0 => (s2, e2, text[s2..e2].to_string()),
        _ => (noun_start, noun_end, noun_lower),
    };
    let noun = &text[noun_start..noun_end];
    // "one of", "two and" and the like: the next word must be a counted noun or its adjective.
    if has(&words.not_nouns, &noun_lower) {
        return None;
    }
    if start > 0
        && matches!(
            text.as_bytes()[start - 1],
            b'/' | b'.' | b':' | b'-' | b'#' | b'\\'
        )
    {
        return None;
    }
    let is_digit = text.as_bytes()[start].is_ascii_digit();
    let approx = approx_before_with(rules, text, start);
    let year_like = is_digit && end - start == 4 && (1800.0..=2100.0).contains(&value);
    if year_like && approx.is_none() {
        return None;
    }
    if !is_digit && value == 1.0 && approx.is_none() {
        return None;
    }
    let (span_start, approx_word) = match approx {
        Some((s, a)) => (s, a),
        None => (start, "exact"),
    };
    let name = text[noun_start..noun_end].to_string();
    let mut span_end = noun_end;
    // A second word when the first is an adjective of the counted noun ("Kazakhstani FTFs").
    if let Some((s2, e2)) = next_word(text, noun_end) {
        let second = &text[s2..e2];
        let bridge = &text[noun_end..s2];
        if !is_plural(words, noun)
            && bridge == " "
            && second.len() > 2
            && !second.contains('\'')
            && is_plural(words, second)
        {
            span_end = e2;
        }
    }
    Some(Mention {
        kind: MentionKind::Quantity,
        span: Span::new(span_start, span_end),
        name: if span_end > noun_end {
            text[noun_start..span_end].to_string()
        } else {
            name
        },
        name_span: Span::new(noun_start, span_end),
        role: None,
        acronym: None,
        value: Some(format_number(value)),
        approx: Some(approx_word.to_string()),
        rule: "quantity.counted".to_string(),
    })
}

fn is_plural(words: &QuantityRules, word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let has = |list: &[String]| list.contains(&lower);
    (lower.ends_with('s') && !lower.ends_with("ss") && !has(&words.not_nouns))
        || has(&words.plural_nouns)
}

fn format_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// Up to `n` words before `pos` (nearest last), stopping at sentence punctuation.
fn prev_words(text: &str, pos: usize, n: usize) -> Vec<&str> {
    let window_start = floor_char_boundary(text, pos.saturating_sub(40));
    let window = &text[window_start..pos];
    let cut = window
        .rfind(['.', ';', ':', '\n', '(', ','])
        .map_or(0, |i| i + 1);
    let words: Vec<&str> = window[cut..].split_whitespace().collect();
    let from = words.len().saturating_sub(n);
    // Keep "No." and "Art." distinguishable from sentence ends: look at the raw text too.
    let mut out = words[from..].to_vec();
    if out.is_empty() {
        let raw: Vec<&str> = window.split_whitespace().collect();
        if let Some(last) = raw.last() {
            out.push(last);
        }
    }
    out
}

pub(crate) fn floor_char_boundary(text: &str, mut pos: usize) -> usize {
    while pos > 0 && !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// The next word after `pos`, separated only by spaces.
fn next_word(text: &str, pos: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut s = pos;
    while s < bytes.len() && bytes[s] == b' ' {
        s += 1;
    }
    if s == pos && s < bytes.len() {
        return None;
    }
    let mut e = s;
    while e < bytes.len() && (is_word(bytes[e]) || bytes[e] == b'\'') {
        e += 1;
    }
    let word = &text[s..e];
    let word = word.trim_end_matches('\'');
    let e = s + word.len();
    if e == s || !word.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    Some((s, e))
}

/// An approximation cue ending right before `start`: (cue start, approx kind),
/// with the builtin rules.
pub(crate) fn approx_before(text: &str, start: usize) -> Option<(usize, &'static str)> {
    approx_before_with(Rules::builtin(), text, start)
}

/// The same with `rules`.
fn approx_before_with(rules: &Rules, text: &str, start: usize) -> Option<(usize, &'static str)> {
    let window_start = floor_char_boundary(text, start.saturating_sub(20));
    let window = text[window_start..start].to_ascii_lowercase();
    let trimmed = window.trim_end();
    for (cue, kind) in &rules.compiled().quantity_approx {
        if let Some(prefix) = trimmed.strip_suffix(cue) {
            if prefix.is_empty() || prefix.ends_with([' ', '\n', '(', '"']) {
                return Some((window_start + prefix.len(), *kind));
            }
        }
    }
    None
}

/// "At least 41 people were sentenced to death and at least 29 were executed": a
/// number whose noun is left out ([`QuantityRules::elided_verbs`] follows it, a
/// joining word comes before it) counts the noun of the count before it in the same
/// sentence.
fn elided(
    rules: &Rules,
    text: &str,
    start: usize,
    end: usize,
    value: f64,
    previous: Option<&Mention>,
) -> Option<Mention> {
    let words = &rules.quantity;
    let previous = previous?;
    let (verb_start, verb_end) = next_word(text, end)?;
    if &text[end..verb_start] != " " {
        return None;
    }
    let verb = text[verb_start..verb_end].to_ascii_lowercase();
    if !words.elided_verbs.contains(&verb) {
        return None;
    }
    let approx = approx_before_with(rules, text, start);
    let span_start = approx.map_or(start, |(s, _)| s);
    let between = text.get(previous.span.end as usize..span_start)?;
    if between.len() > 120 || between.contains(['.', ';', ':', '\n', '(']) {
        return None;
    }
    let joiner = between
        .trim_end()
        .rsplit([' ', ','])
        .next()
        .map(str::to_ascii_lowercase)?;
    if !words.elided_joiners.contains(&joiner) {
        return None;
    }
    if text.as_bytes()[start].is_ascii_digit()
        && end - start == 4
        && (1800.0..=2100.0).contains(&value)
    {
        return None;
    }
    Some(Mention {
        kind: MentionKind::Quantity,
        span: Span::new(span_start, end),
        name: previous.name.clone(),
        name_span: previous.name_span,
        role: None,
        acronym: None,
        value: Some(format_number(value)),
        approx: Some(approx.map_or("exact", |(_, a)| a).to_string()),
        rule: "quantity.elided".to_string(),
    })
}

/// "Total = 23", "Total: 23" (`label` is "Total").
fn total_lines(text: &str, label: &str, out: &mut Vec<Mention>) {
    let n = label.len();
    // memmem's vectorised search: most texts have no "Total" to find.
    for idx in memchr::memmem::find_iter(text.as_bytes(), label) {
        let rest = &text[idx + n..];
        let sep = rest.len() - rest.trim_start_matches([' ', '=', ':']).len();
        if sep == 0 {
            continue;
        }
        let digits_start = idx + n + sep;
        let digits_len = text[digits_start..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if digits_len == 0 {
            continue;
        }
        let end = digits_start + digits_len;
        let value = text[digits_start..end].to_string();
        out.retain(|m| !m.span.overlaps(Span::new(idx, end)));
        out.push(Mention {
            kind: MentionKind::Quantity,
            span: Span::new(idx, end),
            name: "total".to_string(),
            name_span: Span::new(idx, idx + n),
            role: None,
            acronym: None,
            value: Some(value),
            approx: Some("exact".to_string()),
            rule: "quantity.total".to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-at-a-time scan `quantities` replaced, as the reference.
    fn quantities_reference(text: &str) -> Vec<Mention> {
        let rules = Rules::builtin();
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0usize;
        while i < bytes.len() {
            let b = bytes[i];
            let at_word_start = i == 0 || !is_word(bytes[i - 1]);
            if !at_word_start || !(b.is_ascii_alphanumeric()) {
                i += 1;
                continue;
            }
            let parsed = if b.is_ascii_digit() {
                parse_digits(text, i)
            } else {
                parse_words(&rules.quantity.scales, text, i)
                    .map(|(value, end)| (value, restated(text, end, value)))
            };
            let Some((value, end)) = parsed else {
                while i < bytes.len() && is_word(bytes[i]) {
                    i += 1;
                }
                continue;
            };
            if let Some(mention) = classify(rules, text, i, end, value) {
                i = mention.span.end as usize;
                out.push(mention);
            } else if let Some(mention) = elided(rules, text, i, end, value, out.last()) {
                i = end;
                out.push(mention);
            } else {
                i = end.max(i + 1);
            }
        }
        total_lines(text, "Total", &mut out);
        out.sort_by_key(|m| m.span);
        out
    }

    #[test]
    fn a_cue_added_in_data_takes_effect() {
        let text = "upwards of 300 people were held";
        let approx = |rules: &Rules| {
            quantities_with(text, rules)
                .first()
                .and_then(|m| m.approx.clone())
        };
        assert_eq!(approx(Rules::builtin()).as_deref(), Some("exact"));
        let extra = r#"{"quantity": {"approx": [["upwards of", "over"]]}}"#;
        let file = serde_json::from_str(extra).expect("valid rule file");
        let rules = Rules::builtin().extend(vec![file]).expect("rules compile");
        assert_eq!(approx(&rules).as_deref(), Some("over"));
        let bad = r#"{"quantity": {"approx": [["upwards of", "plenty"]]}}"#;
        let file = serde_json::from_str(bad).expect("valid rule file");
        let err = Rules::builtin().extend(vec![file]).unwrap_err().to_string();
        assert!(err.contains("quantity.approx"), "{err}");
    }

    proptest::proptest! {
        #[test]
        fn the_word_scan_matches_the_byte_scan(
            words in proptest::collection::vec(
                "(two|Twenty-five|ninety|12|1,500|15 000|3rd|five-year|people|Total|é|Ülkü|-|at least|some|of them|prisoners|[a-zA-Z]{1,12}|[0-9]{1,5}|[ .,;:()\n\u{a0}-]{1,3})",
                0..60,
            )
        ) {
            let text = words.join(" ");
            proptest::prop_assert_eq!(quantities(&text), quantities_reference(&text));
        }
    }

    type Case = (
        &'static str,
        &'static [(&'static str, &'static str, &'static str)],
    );

    /// Expect `(value, approx, text under span)` for each quantity.
    fn check(input: &str, expect: &[(&str, &str, &str)]) {
        let got: Vec<(String, String, String)> = quantities(input)
            .iter()
            .map(|m| {
                (
                    m.value.clone().unwrap_or_default(),
                    m.approx.clone().unwrap_or_default(),
                    m.span.slice(input).to_string(),
                )
            })
            .collect();
        let expect: Vec<(String, String, String)> = expect
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, expect, "input: {input:?}");
    }

    #[test]
    fn counts_and_caveats() {
        let cases: &[Case] = &[
            (
                "Guards beat 12 prisoners.",
                &[("12", "exact", "12 prisoners")],
            ),
            (
                "The king pardoned some 30 detainees.",
                &[("30", "approximately", "some 30 detainees")],
            ),
            (
                "It freed over 12 500 convicted people.",
                &[("12500", "over", "over 12 500 convicted people")],
            ),
            ("Approximately 3 000 will go home.", &[]),
            // A count whose noun a clause before it names.
            (
                "At least 41 people were sentenced to death and at least 29 were executed.",
                &[
                    ("41", "at_least", "At least 41 people"),
                    ("29", "at_least", "at least 29"),
                ],
            ),
            (
                "Police held 80 protesters, of whom 12 were released.",
                &[("80", "exact", "80 protesters"), ("12", "exact", "12")],
            ),
            (
                "In 2019 the court tried 4 men. Then 3 were freed.",
                &[("4", "exact", "4 men")],
            ),
            (
                "Approximately 3 000 prisoners will go home.",
                &[("3000", "approximately", "Approximately 3 000 prisoners")],
            ),
            (
                "at least seven people fled",
                &[("7", "at_least", "at least seven people")],
            ),
            (
                "nine guards (including 4 officers) left",
                &[("9", "exact", "nine guards"), ("4", "exact", "4 officers")],
            ),
            (
                "They sent back 310 Tajik nationals.",
                &[("310", "exact", "310 Tajik nationals")],
            ),
            (
                "more than 1,200 families",
                &[("1200", "over", "more than 1,200 families")],
            ),
            (
                "twenty-five journalists",
                &[("25", "exact", "twenty-five journalists")],
            ),
            (
                "at least three of them were hurt",
                &[("3", "at_least", "at least three of them")],
            ),
            (
                "it brought back 240 of its citizens",
                &[("240", "exact", "240 of its citizens")],
            ),
            ("one of them left", &[]),
            ("two of the best", &[]),
        ];
        for (input, expect) in cases {
            check(input, expect);
        }
    }

    #[test]
    fn scaled_counts() {
        check(
            "Relatives paid 120 million soms in compensation.",
            &[("120000000", "exact", "120 million soms")],
        );
    }

    #[test]
    fn compound_number_words_and_their_digits() {
        let cases: &[Case] = &[
            (
                "The jails held twenty-six thousand four hundred and eleven (26,411) persons.",
                &[(
                    "26411",
                    "exact",
                    "twenty-six thousand four hundred and eleven (26,411) persons",
                )],
            ),
            (
                "In all, one thousand and seventy-four women were held.",
                &[("1074", "exact", "one thousand and seventy-four women")],
            ),
            (
                "The fund paid five hundred million shillings.",
                &[("500000000", "exact", "five hundred million shillings")],
            ),
            (
                "Forty-four (44) inmates died, and nine hundred and eighty-eight prisoners left.",
                &[
                    ("44", "exact", "Forty-four (44) inmates"),
                    ("988", "exact", "nine hundred and eighty-eight prisoners"),
                ],
            ),
            // "and" before a number with its own "hundred" or scale starts a second
            // number.
            (
                "They met between ten thousand and twelve thousand people.",
                &[("12000", "exact", "twelve thousand people")],
            ),
            (
                "They met between two hundred and three hundred people.",
                &[("300", "exact", "three hundred people")],
            ),
            (
                "The fund lost five thousand and six million shillings.",
                &[("6000000", "exact", "six million shillings")],
            ),
            // "and" joins two counts, not one number.
            (
                "Police held ten men and twelve women.",
                &[("10", "exact", "ten men"), ("12", "exact", "twelve women")],
            ),
        ];
        for (input, expect) in cases {
            check(input, expect);
        }
    }

    #[test]
    fn not_quantities() {
        let cases: &[&str] = &[
            "In 1999 courts met.",
            "under Article 12 of the code",
            "Art. 41(2) applies",
            "Law No. 101-V of 2015",
            "resolution 65/206 was adopted",
            "On 4 March they left.",
            "on March 4 they left",
            "He served seven years in prison.",
            "She got 10 years' imprisonment.",
            "the 25th anniversary",
            "at 10:30 GMT",
            "one of the leaders",
            "Doc. 4455 is here",
            "a rate of 3.5 percent",
            "were shot at Mile Two prison",
            "held in Cell Block Four.",
        ];
        for input in cases {
            check(input, &[]);
        }
    }

    #[test]
    fn total_line() {
        check(
            "Signed by many\n\nTotal = 31\n",
            &[("31", "exact", "Total = 31")],
        );
    }
}
