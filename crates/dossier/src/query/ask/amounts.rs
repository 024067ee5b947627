//! Amounts a question asks for besides dates: lengths of time ("what prison term",
//! "how long", "how many years") read from the time tagger's durations, ages ("how
//! old", "at what age") read from the sentence's wording, and numbers written without
//! a counted noun ("put the number at 69", "47 were executed").

use dossier_model::{Extraction, MentionKind, Span};

/// Whether a folded question (with a space on either side) asks for a length of
/// time: "how long", "how many years", "what (maximum) prison term", "what length".
pub(super) fn asks_duration(lower: &str) -> bool {
    if lower.contains(" how long ") {
        return true;
    }
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.windows(2).enumerate().any(|(i, pair)| {
        (pair[0] == "how"
            && pair[1] == "many"
            && words.get(i + 2).is_some_and(|w| unit(w).is_some()))
            || (matches!(pair[0], "what" | "which")
                && words[i + 1..words.len().min(i + 4)]
                    .iter()
                    .any(|w| LENGTH_NOUNS.contains(w)))
    })
}

/// Nouns of a length of time after "what": "what prison term", "what length".
const LENGTH_NOUNS: &[&str] = &["term", "length", "duration", "period"];

/// Whether a folded question asks for an age.
pub(super) fn asks_age(lower: &str) -> bool {
    [" how old ", " at what age ", " what age ", " aged how "]
        .iter()
        .any(|cue| lower.contains(cue))
}

/// The unit the question counts in ("in years", "how many months"), as the ISO 8601
/// designator of a duration.
pub(super) fn asked_unit(lower: &str) -> Option<char> {
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.windows(2).find_map(|pair| {
        (matches!(pair[0], "in" | "many"))
            .then(|| unit(pair[1]))
            .flatten()
    })
}

fn unit(word: &str) -> Option<char> {
    match word {
        "year" | "years" => Some('Y'),
        "month" | "months" => Some('M'),
        "week" | "weeks" => Some('W'),
        "day" | "days" => Some('D'),
        _ => None,
    }
}

/// The number of `unit`s in an ISO 8601 duration with that one unit ("P7Y" in years
/// is 7); "P5Y6M" in years is 5.5.
pub(super) fn in_unit(duration: &str, unit: char) -> Option<String> {
    let body = duration.strip_prefix('P')?;
    if body.contains('T') {
        return None;
    }
    let mut total = 0.0f64;
    let mut number = String::new();
    for c in body.chars() {
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
            continue;
        }
        let n: f64 = number.parse().ok()?;
        number.clear();
        let in_days = |u: char| match u {
            'Y' => 365.0,
            'M' => 30.0,
            'W' => 7.0,
            'D' => 1.0,
            _ => f64::NAN,
        };
        total += match (c, unit) {
            (a, b) if a == b => n,
            ('M', 'Y') => n / 12.0,
            ('Y', 'M') => n * 12.0,
            _ => n * in_days(c) / in_days(unit),
        };
    }
    if !total.is_finite() || total <= 0.0 {
        return None;
    }
    let rounded = (total * 100.0).round() / 100.0;
    Some(if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    })
}

/// Ages written in `sentence` of `text`: "aged 17", "at the age of 16", "a
/// 16-year-old", "17 years old", "17 years of age", and "Name, 17," right after a
/// person's name. Each with its span.
pub(super) fn ages_in(text: &str, sentence: Span, extraction: &Extraction) -> Vec<(u32, Span)> {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let lower = s.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut out = Vec::new();
    let number_at = |at: usize| -> Option<(u32, usize)> {
        let end = at
            + bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        let n: u32 = lower.get(at..end)?.parse().ok()?;
        (end > at && (1..=120).contains(&n)).then_some((n, end))
    };
    for (i, _) in lower.char_indices() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            continue;
        }
        let Some((n, end)) = number_at(i) else {
            continue;
        };
        let before = lower[..i].trim_end();
        let after = &lower[end..];
        let by_prefix = ["aged", "age of", "age", "ages of"]
            .iter()
            .any(|p| before.ends_with(p))
            || when_was(before)
            || age_apposition(text, Span::new(base + i, base + end));
        let by_suffix = [
            "-year-old",
            " year-old",
            " years old",
            " years of age",
            "-years-old",
        ]
        .iter()
        .any(|p| after.starts_with(p));
        // "was 23 years at the time the sentence was imposed", "17 years when", "a
        // man who was 16 when he was sentenced": a number of years someone was at a
        // moment (wrapped lines folded).
        let head: String = after
            .chars()
            .take(40)
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let copula = [" was", " is", " were", " being", " of"]
            .iter()
            .any(|p| format!(" {before}").ends_with(p));
        let by_suffix = by_suffix
            || (copula
                && ["years at the time", "years when", "when ", "at the time"]
                    .iter()
                    .any(|p| head.starts_with(p)));
        // "Christopher Simmons, 17, ...": a number between commas right after a name.
        let after_name = before.ends_with(',')
            && after.starts_with(',')
            && extraction.mentions.iter().any(|m| {
                m.kind == MentionKind::Person
                    && m.span.end as usize <= base + i
                    && text[m.span.end as usize..base + i].trim() == ","
            });
        if by_prefix || by_suffix || after_name {
            out.push((n, Span::new(base + i, base + end)));
        }
    }
    out
}

/// "when he was", "when she was only": the words before an age at a moment.
fn when_was(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let words: Vec<&str> = words
        .into_iter()
        .filter(|w| !matches!(*w, "only" | "just" | "still" | "barely"))
        .collect();
    matches!(
        words.as_slice(),
        [
            "was" | "were",
            "he" | "she" | "they" | "i" | "we",
            "when",
            ..
        ]
    )
}

/// Whether the age at `span` is someone's age at a moment of the past ("when he was
/// 19", "17 at the time", "at the age of 16"), not their age as the text is written
/// ("Teruhiko Seki, 44, ...").
pub(super) fn age_at_a_moment(text: &str, span: Span) -> bool {
    let before = text[..span.start as usize].to_ascii_lowercase();
    let before = before.trim_end();
    let after: String = text[span.end as usize..]
        .chars()
        .take(40)
        .collect::<String>()
        .to_ascii_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    when_was(before)
        || ["at the age of", "at the age", "at age"]
            .iter()
            .any(|p| before.ends_with(p))
        || [
            "years at the time",
            "years when",
            "when ",
            "at the time",
            "years old at the time",
            "years old when",
            "years of age at the time",
            "-year-old at the time",
        ]
        .iter()
        .any(|p| after.starts_with(p))
}

/// A number set off by commas right after a name ("Jane Roe, 46, was ...") is the
/// person's age.
pub(super) fn age_apposition(text: &str, span: Span) -> bool {
    let (start, end) = (span.start as usize, span.end as usize);
    let written = &text[start..end];
    if !written.bytes().all(|b| b.is_ascii_digit()) || written.len() > 3 {
        return false;
    }
    let before = text[..start].strip_suffix(", ");
    let after_comma = text[end..].starts_with(',');
    before.is_some_and(|b| {
        b.rsplit(' ')
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }) && after_comma
}

/// Numbers written as digits in `sentence` that no extraction claims (not a date, a
/// quantity, a law's number or part of a name): "put the number at 69". Years
/// (1800-2100 without a counted noun) are left out.
pub(super) fn bare_numbers(
    text: &str,
    sentence: Span,
    extraction: &Extraction,
) -> Vec<(String, Span)> {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit()
            || (i > 0
                && (bytes[i - 1].is_ascii_alphanumeric()
                    || matches!(bytes[i - 1], b'/' | b'.' | b'-')))
        {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || (bytes[end] == b',' && bytes.get(end + 1).is_some_and(|b| b.is_ascii_digit())))
        {
            end += 1;
        }
        let glued = bytes
            .get(end)
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'%'))
            || (bytes.get(end) == Some(&b'.')
                && bytes.get(end + 1).is_some_and(|b| b.is_ascii_digit()));
        let digits: String = s[i..end].chars().filter(|c| c.is_ascii_digit()).collect();
        let span = Span::new(base + i, base + end);
        let year_like = digits.len() == 4
            && digits
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y));
        // "[1]", "(2)": a footnote or list marker; but not "one thousand two hundred
        // and seven (1,207)", the number before it restated in digits.
        let marker = i > 0
            && matches!(
                (bytes[i - 1], bytes.get(end)),
                (b'[', Some(b']')) | (b'(', Some(b')'))
            )
            && !after_number_words(&s[..i - 1]);
        // "Section 4 of the Act", "s 47": a label, no count.
        let labelled = s[..i]
            .split_whitespace()
            .next_back()
            .is_some_and(super::phrases::is_number_label);
        if !glued && !year_like && !marker && !labelled && !claimed(extraction, span) {
            out.push((digits.trim_start_matches('0').to_string(), span));
        }
        i = end.max(i + 1);
    }
    out.retain(|(v, _)| !v.is_empty());
    out
}

/// Whether `before` ends with a number word ("... and seven ", "ninety-nine "): digits
/// in brackets after it restate that number.
fn after_number_words(before: &str) -> bool {
    before
        .strip_suffix(' ')
        .and_then(|b| b.rsplit([' ', '-']).next())
        .is_some_and(|w| dossier_extract::quantity::number_word(w).is_some())
}

/// Whether a date or a mention already claims `span`.
fn claimed(extraction: &Extraction, span: Span) -> bool {
    extraction.times.iter().any(|t| t.span.overlaps(span))
        || extraction.mentions.iter().any(|m| m.span.overlaps(span))
}

/// Numbers written as one word ("six", "Eight") that no mention or date claims,
/// each with its value and span.
pub(super) fn number_words(
    text: &str,
    sentence: Span,
    extraction: &Extraction,
) -> Vec<(String, Span)> {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                start = None;
                let word = &s[from..i];
                // "one of", "a one-off": too common to be a count on its own.
                if word.eq_ignore_ascii_case("one") || c == '-' {
                    continue;
                }
                if let Some(value) = dossier_extract::quantity::number_word(word) {
                    let span = Span::new(base + from, base + i);
                    if !claimed(extraction, span) {
                        out.push((value.to_string(), span));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether a folded question asks for a percentage.
pub(super) fn asks_percent(lower: &str) -> bool {
    [
        " percent",
        " percentage",
        "%",
        " per cent",
        " what share",
        " what proportion",
    ]
    .iter()
    .any(|cue| lower.contains(cue))
}

/// Whether the number at `span` is a percentage ("about 10 per cent of those
/// executed", "12%"): a share, no count of people.
pub(super) fn percent_follows(text: &str, span: Span) -> bool {
    let rest = text[span.end as usize..].trim_start().to_lowercase();
    rest.starts_with('%') || rest.starts_with("per cent") || rest.starts_with("percent")
}

/// Whether a folded question asks for an ordinal ("at which session", "which
/// anniversary").
pub(super) fn asks_ordinal(lower: &str) -> bool {
    [
        " which session",
        " what session",
        " which meeting",
        " what meeting",
        " which anniversary",
    ]
    .iter()
    .any(|cue| lower.contains(cue))
}

/// Percentages in `sentence`: "74%", "80.44 %", "21 percent", "12 per cent".
pub(super) fn percents_in(text: &str, sentence: Span) -> Vec<(String, Span)> {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let lower = s.to_ascii_lowercase();
    numbers_followed_by(s, |rest| {
        let rest_lower = &lower[s.len() - rest.len()..];
        let trimmed = rest_lower.trim_start();
        if trimmed.starts_with('%') {
            Some(rest_lower.len() - trimmed.len() + 1)
        } else if let Some(after) = trimmed.strip_prefix("percent") {
            Some(rest_lower.len() - after.len())
        } else {
            trimmed
                .strip_prefix("per cent")
                .map(|after| rest_lower.len() - after.len())
        }
    })
    .into_iter()
    .map(|(value, range)| (value, Span::new(base + range.start, base + range.end)))
    .collect()
}

/// Amounts of what the question counts written right before its noun, decimals
/// included ("42.72 grams" for "How many grams ...?", whose focus stem is `gram`):
/// a measure, which the counted quantities (whole numbers) leave out.
/// With `whole`, whole numbers before the unit's word ("30 grams") are kept too.
pub(super) fn measures_in(
    text: &str,
    sentence: Span,
    focus: &[String],
    whole: bool,
) -> Vec<(String, Span)> {
    if focus.is_empty() {
        return Vec::new();
    }
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let asked = |word: &str| {
        crate::index::tokens(word)
            .first()
            .is_some_and(|(t, _)| focus.contains(t))
    };
    // "22.71g", "1.5 kg": an abbreviation of the unit (`measure_abbreviations`), glued
    // or spaced, ending the word; whole numbers too, which no counted noun claims.
    let abbreviated = |word: &str| {
        super::phrases::Lexicons::builtin()
            .measure_abbreviations
            .iter()
            .any(|(short, unit)| short == word && asked(unit))
    };
    let unit_after = |rest: &str| {
        let spaced = usize::from(rest.starts_with(' '));
        let after = &rest[spaced..];
        let word_len = after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len());
        let word = &after[..word_len];
        if word.is_empty() {
            None
        } else if abbreviated(word) {
            Some((spaced + word_len, true))
        } else {
            (spaced == 1 && asked(word)).then_some((spaced + word_len, false))
        }
    };
    numbers_followed_by(s, |rest| unit_after(rest).map(|(len, _)| len))
        .into_iter()
        .filter(|(value, range)| {
            whole || value.contains('.') || {
                let number = &s[range.start..range.end];
                let digits = number
                    .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                    .unwrap_or(number.len());
                unit_after(&number[digits..]).is_some_and(|(_, short)| short)
            }
        })
        .map(|(value, range)| (value, Span::new(base + range.start, base + range.end)))
        .collect()
}

/// Sums of money in `sentence`, each as its number (with its scale: "1.3 billion"),
/// as written ("US$1.3 billion", "NT$103 million", "Kshs. 4,500", "2,000 dollars")
/// and with its byte range (the marks are data: `rules/ask.en.json`).
pub(super) fn money_in(sentence: &str) -> Vec<(String, String, std::ops::Range<usize>)> {
    let (before_marks, after_marks, scales) = super::phrases::currency_marks();
    let lower = sentence.to_lowercase();
    if lower.len() != sentence.len() {
        return Vec::new();
    }
    // A scale after the number: "1.3 billion", "5m".
    let scaled = |rest: &str| -> Option<usize> {
        Some(
            scales
                .iter()
                .find_map(|scale| {
                    let spaced = rest.strip_prefix(' ').filter(|_| scale.len() > 2);
                    let tail = spaced.unwrap_or(rest);
                    (tail.starts_with(scale.as_str())
                        && !tail[scale.len()..].starts_with(|c: char| c.is_alphanumeric()))
                    .then(|| rest.len() - tail.len() + scale.len())
                })
                .unwrap_or(0),
        )
    };
    numbers_followed_by(&lower, scaled)
        .into_iter()
        .filter_map(|(number, range)| {
            let before = lower[..range.start].trim_end();
            let mark = before_marks
                .iter()
                .filter(|c| {
                    before.ends_with(c.as_str())
                        && !before[..before.len() - c.len()]
                            .ends_with(|ch: char| ch.is_alphabetic())
                })
                .max_by_key(|c| c.len());
            let span = match mark {
                Some(c) => before.len() - c.len()..range.end,
                None => {
                    let mut after = lower[range.end..].trim_start();
                    // "73,840 Kazakhstani tenge": a country's adjective between.
                    let from = sentence.len() - after.len();
                    if sentence[from..].starts_with(|c: char| c.is_uppercase()) {
                        let word = after.find(' ').unwrap_or(after.len());
                        after = after[word..].trim_start();
                    }
                    let word = after_marks.iter().find(|c| {
                        after.starts_with(c.as_str())
                            && !after[c.len()..].starts_with(|ch: char| ch.is_alphabetic())
                    })?;
                    range.start..lower.len() - after.len() + word.len()
                }
            };
            // The number and its scale ("1.3 billion"), commas dropped.
            let digits = number.len()
                + lower[..range.end]
                    .get(range.start..)
                    .map_or(0, |w| w.matches(',').count());
            let scale = lower[range.start + digits..range.end].trim();
            let value = if scale.is_empty() {
                number
            } else {
                format!("{number} {scale}")
            };
            Some((value, sentence[span.clone()].to_string(), span))
        })
        .collect()
}

/// The currency a text names ("How much, in tenge, ...?"; "US$150"), by its mark.
pub(super) fn currency_named(text: &str) -> Option<&'static str> {
    let (before_marks, after_marks, _) = super::phrases::currency_marks();
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .collect();
    after_marks
        .iter()
        .find(|m| words.iter().any(|w| w == &m.as_str()))
        .or_else(|| {
            before_marks
                .iter()
                .filter(|m| words.iter().any(|w| w.starts_with(m.as_str())))
                .max_by_key(|m| m.len())
        })
        .map(String::as_str)
}

/// Ordinals in `sentence`: "41st", "62nd", "3rd", "15th".
pub(super) fn ordinals_in(text: &str, sentence: Span) -> Vec<(String, Span)> {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    numbers_followed_by(s, |rest| {
        ["st", "nd", "rd", "th"]
            .iter()
            .find(|suffix| {
                rest.starts_with(*suffix) && !rest[2..].starts_with(|c: char| c.is_alphanumeric())
            })
            .map(|_| 2)
    })
    .into_iter()
    .map(|(value, range)| (value, Span::new(base + range.start, base + range.end)))
    .collect()
}

/// A vote's tally: "voted 104 to 54", "by 104 votes to 54", "104-54": the votes
/// for and against, each with its span.
pub(super) fn tallies_in(text: &str, sentence: Span) -> Vec<((String, Span), (String, Span))> {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let lower = s.to_ascii_lowercase();
    let numbers = numbers_followed_by(s, |_| Some(0));
    let mut out = Vec::new();
    for pair in numbers.windows(2) {
        let (a, ra) = &pair[0];
        let (b, rb) = &pair[1];
        let between = lower[ra.end..rb.start].trim();
        let joined = matches!(
            between,
            "to" | "-" | "–" | "votes to" | "votes against" | "in favour to" | "in favor to"
        );
        let voted = lower[..ra.start].trim_end().ends_with("voted")
            || lower[..ra.start].trim_end().ends_with("by")
            || between.starts_with("votes");
        if joined && voted {
            out.push((
                (a.clone(), Span::new(base + ra.start, base + ra.end)),
                (b.clone(), Span::new(base + rb.start, base + rb.end)),
            ));
        }
    }
    out
}

/// Words after which a bare number is a count ("put the number at 69", "a death toll
/// of 12", "the total stood at 40").
const COUNT_LEADS: &[&str] = &[
    "number at",
    "number to",
    "number of",
    "total of",
    "total at",
    "total to",
    "toll of",
    "toll at",
    "toll to",
    "count at",
    "count of",
    "tally of",
    "tally at",
    "figure at",
    "figure of",
    "stood at",
    "rose to",
    "fell to",
    "reached",
    "numbered",
];

/// Whether the bare number at `span` of `sentence` follows a word that makes it a
/// count ([`COUNT_LEADS`]).
pub(super) fn led_as_count(text: &str, sentence: Span, span: Span) -> bool {
    let before = text
        .get(sentence.start as usize..span.start as usize)
        .unwrap_or("")
        .trim_end()
        .to_ascii_lowercase();
    COUNT_LEADS.iter().any(|lead| before.ends_with(lead))
}

/// The subjects that own the numbers of a sentence listing several places with
/// a count each ("Texas executed three prisoners, Alabama executed two, and
/// Mississippi, Missouri and Oklahoma executed one each"): for each number (a
/// byte range of `sentence`), the capitalised names that open its clause, the
/// nearest before it; none when no such name stands before it. A name opens a
/// clause at the sentence's start, after a comma or semicolon, or after "and",
/// "while", "whereas" or "followed by"; names joined by commas and "and" share
/// the clause ("Mississippi, Missouri and Oklahoma").
pub(super) fn count_owners(sentence: &str, numbers: &[std::ops::Range<usize>]) -> Vec<Vec<String>> {
    // Words with their byte ranges.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in sentence.char_indices() {
        let part = c.is_alphanumeric() || c == '\'' || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, sentence.len()));
    }
    let in_number = |(s, e): (usize, usize)| numbers.iter().any(|r| s < r.end && r.start < e);
    let capital = |(s, e): (usize, usize)| {
        let w = &sentence[s..e];
        w.chars().next().is_some_and(|c| c.is_uppercase())
            && !dossier_model::is_month_name(&w.to_lowercase())
            && dossier_extract::quantity::number_word(&w.to_lowercase()).is_none()
            && !w.chars().all(|c| c.is_ascii_digit())
            && !in_number((s, e))
    };
    // Runs of capitalised words (only spaces between), each with whether it opens
    // a clause and whether it continues the list of names before it.
    let mut owners: Vec<(usize, Vec<String>)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !capital(words[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len()
            && capital(words[j])
            && sentence[words[j - 1].1..words[j].0].trim().is_empty()
        {
            j += 1;
        }
        let run = sentence[words[i].0..words[j - 1].1].to_string();
        let gap_before = if i == 0 {
            ""
        } else {
            &sentence[words[i - 1].1..words[i].0]
        };
        let prev = if i == 0 {
            String::new()
        } else {
            sentence[words[i - 1].0..words[i - 1].1].to_lowercase()
        };
        let prev2 = if i < 2 {
            String::new()
        } else {
            sentence[words[i - 2].0..words[i - 2].1].to_lowercase()
        };
        let opens = i == 0
            || gap_before.contains(',')
            || gap_before.contains(';')
            || (gap_before.trim().is_empty()
                && matches!(prev.as_str(), "and" | "while" | "whereas"))
            || (prev == "by" && prev2 == "followed");
        let first = sentence[words[i].0..words[i].1].to_lowercase();
        if opens && !super::phrases::opens_without_a_name(&first) {
            // "Mississippi, Missouri and Oklahoma": a name right after the last
            // owner, joined by a comma or "and", joins its list.
            let joined = owners.last().is_some_and(|(end, _)| {
                let between = sentence[*end..words[i].0]
                    .trim()
                    .trim_start_matches(',')
                    .trim();
                between.is_empty() || between == "and"
            });
            let end = words[j - 1].1;
            if joined {
                let last = owners.last_mut().expect("joined to a list");
                last.0 = end;
                last.1.push(run);
            } else {
                owners.push((end, vec![run]));
            }
        }
        i = j;
    }
    numbers
        .iter()
        .map(|r| {
            owners
                .iter()
                .rev()
                .find(|(end, _)| *end <= r.start)
                .map(|(_, names)| names.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// Numbers written in digits (with a decimal part) whose following text `suffix`
/// accepts, returning how many bytes of it belong to the number's span.
fn numbers_followed_by(
    s: &str,
    suffix: impl Fn(&str) -> Option<usize>,
) -> Vec<(String, std::ops::Range<usize>)> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < bytes.len()
            && (bytes[end].is_ascii_digit()
                || (matches!(bytes[end], b'.' | b',')
                    && bytes.get(end + 1).is_some_and(|b| b.is_ascii_digit())))
        {
            end += 1;
        }
        if let Some(extra) = suffix(&s[end..]) {
            let value: String = s[i..end].chars().filter(|c| *c != ',').collect();
            out.push((value, i..end + extra));
        }
        i = end.max(i + 1);
    }
    out
}

/// The lengths of time written in `text` ("more than five years": `P5Y`), by the
/// date tagger.
fn lengths_in(text: &str) -> Vec<String> {
    dossier_extract::time::tag(text, &dossier_extract::time::AnchorContext::default())
        .into_iter()
        .filter(|t| t.is_duration)
        .filter_map(|t| t.duration)
        .collect()
}

/// The length of time the question gives ("for more than five years": `P5Y`).
pub(super) fn asked_length(question: &str) -> Option<String> {
    lengths_in(question).into_iter().next()
}

/// How a number at `span` fits the length of time `asked` (see [`asked_length`]):
/// in "23 ... for more than ten years and 82 ... for more than five years" each
/// number is qualified by the first length after it and before the next number.
/// `Some(true)` when that length is the asked one, `Some(false)` when it is
/// another, `None` when the number has none.
pub(super) fn fits_length(
    asked: &str,
    text: &str,
    sentence: Span,
    span: Span,
    numbers: &[Span],
) -> Option<bool> {
    let until = numbers
        .iter()
        .filter(|n| n.start >= span.end)
        .map(|n| n.start)
        .min()
        .unwrap_or(sentence.end);
    let after = Span::new(span.end as usize, until as usize);
    let found = lengths_in(after.slice(text));
    Some(found.first()? == asked)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sums_of_money() {
        let found = |s: &str| {
            money_in(s)
                .into_iter()
                .map(|(_, t, _)| t)
                .collect::<Vec<_>>()
        };
        let values = |s: &str| {
            money_in(s)
                .into_iter()
                .map(|(v, _, _)| v)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            values("US$1.3 billion and Kshs. 4,500"),
            vec!["1.3 billion", "4500"]
        );
        assert_eq!(
            found("It gave Ostland US$1.3 billion in aid and NT$103 million more."),
            vec!["US$1.3 billion", "NT$103 million"]
        );
        assert_eq!(
            found("He was robbed of Kshs. 4,500 in cash."),
            vec!["Kshs. 4,500"]
        );
        assert_eq!(found("They paid 2,000 dollars."), vec!["2,000 dollars"]);
        assert_eq!(
            found("It imposed a fine of 73,840 Kazakhstani tenge ($150)."),
            vec!["73,840 Kazakhstani tenge", "$150"]
        );
        assert_eq!(
            currency_named("How much, in tenge, was she fined?"),
            Some("tenge")
        );
        assert_eq!(currency_named("73,840 Kazakhstani tenge"), Some("tenge"));
        assert_eq!(currency_named("$150"), Some("$"));
        assert_eq!(currency_named("How much was she fined?"), None);
        assert!(found("Some 4,400 people were arrested in 2019.").is_empty());
    }

    use super::*;

    #[test]
    fn each_place_owns_the_count_of_its_clause() {
        let s = "Texas executed three prisoners, Alabama executed two, and Mississippi, Missouri and Oklahoma executed one each.";
        let at = |w: &str| {
            let i = s.find(w).unwrap();
            i..i + w.len()
        };
        let owners = count_owners(s, &[at("three"), at("two"), at("one each")]);
        assert_eq!(owners[0], vec!["Texas"]);
        assert_eq!(owners[1], vec!["Alabama"]);
        assert_eq!(owners[2], vec!["Mississippi", "Missouri", "Oklahoma"]);
        let s =
            "California held the largest number (674), followed by Florida (314) and Texas (199).";
        let owners = count_owners(s, &[at_in(s, "674"), at_in(s, "314"), at_in(s, "199")]);
        assert_eq!(owners[0], vec!["California"]);
        assert_eq!(owners[1], vec!["Florida"]);
        assert_eq!(owners[2], vec!["Texas"]);
        // "in Iran and 576 in Saudi Arabia": names after "in" own no count.
        let s = "Amnesty International recorded 883 executions in Iran and 576 in Saudi Arabia.";
        let owners = count_owners(s, &[at_in(s, "883"), at_in(s, "576")]);
        assert_eq!(owners[0], vec!["Amnesty International"]);
        assert_eq!(owners[1], vec!["Amnesty International"]);
    }

    fn at_in(s: &str, w: &str) -> std::ops::Range<usize> {
        let i = s.find(w).unwrap();
        i..i + w.len()
    }

    fn fold(s: &str) -> String {
        format!(" {} ", s.to_lowercase())
    }

    #[test]
    fn questions_that_ask_for_a_length_of_time() {
        assert!(asks_duration(&fold(
            "What prison term, in years, did X receive?"
        )));
        assert!(asks_duration(&fold(
            "What maximum prison term did the bill set?"
        )));
        assert!(asks_duration(&fold("How long was X held?")));
        assert!(asks_duration(&fold(
            "How many years of imprisonment did the court give X?"
        )));
        assert!(!asks_duration(&fold(
            "How many executions were there in 2008?"
        )));
        assert!(!asks_duration(&fold("What offence was X sentenced for?")));
        assert_eq!(
            asked_unit(&fold("what prison term, in years, did x get")),
            Some('Y')
        );
        assert_eq!(asked_unit(&fold("how many months was x held")), Some('M'));
        assert!(asks_age(&fold(
            "How old was the accused when the offence was committed?"
        )));
    }

    #[test]
    fn durations_in_a_unit() {
        assert_eq!(in_unit("P7Y", 'Y').as_deref(), Some("7"));
        assert_eq!(in_unit("P5Y6M", 'Y').as_deref(), Some("5.5"));
        assert_eq!(in_unit("P18M", 'Y').as_deref(), Some("1.5"));
        assert_eq!(in_unit("P2Y", 'M').as_deref(), Some("24"));
        assert_eq!(in_unit("PT5H", 'Y'), None);
    }

    #[test]
    fn a_share_is_no_count() {
        // Session 37 (asks-20): "about 10 per cent of those executed" counted people.
        let text = "Women were about 12 per cent of those hanged; 40 men and 3% of the rest.";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        assert!(percent_follows(text, at("12")));
        assert!(percent_follows(text, at("3")));
        assert!(!percent_follows(text, at("40")));
    }

    #[test]
    fn percents_ordinals_and_tallies() {
        let text = "It was responsible for 74% of executions, 80.44 % of voters and 21 percent more; at its 41st session the Assembly voted 104 to 54.";
        let all = Span::new(0, text.len());
        let values = |v: Vec<(String, Span)>| v.into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert_eq!(values(percents_in(text, all)), vec!["74", "80.44", "21"]);
        assert_eq!(values(ordinals_in(text, all)), vec!["41"]);
        let tallies = tallies_in(text, all);
        assert_eq!(tallies.len(), 1);
        assert_eq!(
            (tallies[0].0 .0.as_str(), tallies[0].1 .0.as_str()),
            ("104", "54")
        );
        assert!(asks_percent(
            " what share of voters, in percent, backed it "
        ));
        assert!(asks_ordinal(" at which session was it examined "));
        let text = "Observers put the number at 69.";
        let at = text.find("69").unwrap();
        assert!(led_as_count(
            text,
            Span::new(0, text.len()),
            Span::new(at, at + 2)
        ));
    }

    #[test]
    fn measures_of_the_asked_unit() {
        let text = "He carried 1.5 kilograms of resin and 30 grams, then 2.25 grams of powder.";
        let all = Span::new(0, text.len());
        let got: Vec<String> = measures_in(text, all, &["gram".to_string()], false)
            .into_iter()
            .map(|(v, span)| format!("{v}={}", span.slice(text)))
            .collect();
        assert_eq!(got, vec!["2.25=2.25 grams"]);
        assert!(measures_in(text, all, &[], false).is_empty());
        // Session 39: a unit's abbreviation, glued or spaced, whole numbers too.
        let text = "The parcel held 3 packets of not less than 41.07g of heroin and 2 kg of ganja.";
        let all = Span::new(0, text.len());
        let got = |unit: &str| -> Vec<String> {
            measures_in(text, all, &[unit.to_string()], false)
                .into_iter()
                .map(|(v, span)| format!("{v}={}", span.slice(text)))
                .collect()
        };
        assert_eq!(got("gram"), vec!["41.07=41.07g"]);
        assert_eq!(got("kilogram"), vec!["2=2 kg"]);
    }

    #[test]
    fn ages_in_apposition() {
        let text = "Jane Roe, 46, was hanged; 12, 14 and 16 others were not.";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        assert!(age_apposition(text, at("46")));
        assert!(!age_apposition(text, at("12")));
    }

    #[test]
    fn ages_and_bare_numbers() {
        let text = "At the age of 17, he was arrested; the 16-year-old and a man aged 54 were held. HRW put the number at 69 in 2012.[1] (2)";
        let e = Extraction::default();
        let all = Span::new(0, text.len());
        let ages: Vec<u32> = ages_in(text, all, &e).into_iter().map(|(n, _)| n).collect();
        assert_eq!(ages, vec![17, 16, 54]);
        let numbers: Vec<String> = bare_numbers(text, all, &e)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(numbers, vec!["17", "54", "69"]);
        // A section, article or case number is a label, not a count.
        let text = "Section 4 of the Act remits every sentence; see s 47 and Rule 39, and No. 23, of whom 12 remain.";
        let numbers: Vec<String> = bare_numbers(text, Span::new(0, text.len()), &e)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(numbers, vec!["12"]);
        // Digits in brackets restating the number words before them are the count.
        let text =
            "At the end of the year the number was one thousand two hundred and seven (1,207).(3)";
        let numbers: Vec<String> = bare_numbers(text, Span::new(0, text.len()), &e)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(numbers, vec!["1207"]);
        let text = "The appellant was 19 years at the time the\n\nsentence was passed; he had\nserved 6 years when the appeal was heard.";
        let ages: Vec<u32> = ages_in(text, Span::new(0, text.len()), &e)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(ages, vec![19]);
        let text = "The court ordered a new hearing for a man who was 16 when he was sentenced; 3 were freed when the law changed.";
        let ages: Vec<u32> = ages_in(text, Span::new(0, text.len()), &e)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(ages, vec![16]);
        let text =
            "Ann Lee, 44, was convicted of a murder committed in 1992, when she was only 19.";
        let found = ages_in(text, Span::new(0, text.len()), &e);
        let ages: Vec<u32> = found.iter().map(|(n, _)| *n).collect();
        assert_eq!(ages, vec![44, 19]);
        assert!(!age_at_a_moment(text, found[0].1));
        assert!(age_at_a_moment(text, found[1].1));
        let text = "He was arrested at the age of 16 and tried aged 17 at the time of the trial.";
        let found = ages_in(text, Span::new(0, text.len()), &e);
        assert!(found.iter().all(|(_, span)| age_at_a_moment(text, *span)));
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn numbers_qualified_by_the_asked_length() {
        let text = "There are now 23 prisoners who have waited for more than ten years and 82 prisoners who have waited for more than five years.";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        let numbers = [at("23 prisoners"), at("82 prisoners")];
        let sentence = Span::new(0, text.len());
        let asked = asked_length("How many prisoners had waited for more than five years?")
            .expect("a length");
        assert_eq!(
            fits_length(&asked, text, sentence, numbers[0], &numbers),
            Some(false)
        );
        assert_eq!(
            fits_length(&asked, text, sentence, numbers[1], &numbers),
            Some(true)
        );
        assert_eq!(asked_length("How many prisoners were there?"), None);
    }
}
