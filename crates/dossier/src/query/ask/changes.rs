//! A value changed: "set aside the sentence of eight years and substitute a sentence
//! of twelve years", "the fine was reduced from 500 to 200 dollars", "commuted his
//! sentence to life imprisonment". A question that asks the changed value ("To how
//! many years did the court increase her sentence?", "What sentence did it
//! substitute?") is answered by the new value, never by the one set aside; where
//! the documents write a new value, a value written with no change (the trial's
//! "sentenced her to eight years") is the old one.

use dossier_model::Span;

/// Question words that ask a changed value.
const ASKS_CHANGE: [&str; 9] = [
    "substitut",
    "increase",
    "raise",
    "reduce",
    "lower",
    "commute",
    "replace",
    "change",
    "vary",
];
/// Words after which the old value stands, to the end of its clause.
const OLD_AFTER: [&str; 4] = ["set aside", "quash", "vacate", "overturn"];
/// Verbs whose " to " (or "with"/"by" for "replac") opens the new value.
const CHANGE_VERBS: [&str; 10] = [
    "increas",
    "raised",
    "raising",
    "raise ",
    "reduc",
    "lowered",
    "commut",
    "replac",
    "changed",
    "substitut",
];

/// Where a value stands in a change.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Zone {
    Old,
    New,
}

/// Whether the question asks the new value of a change.
pub(super) fn asks_change(question: &str) -> bool {
    let lower = question.to_ascii_lowercase();
    lower
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| ASKS_CHANGE.iter().any(|c| w.starts_with(c)))
}

/// The clause around byte `at` of a folded sentence: from after the last ";", ":",
/// " and ", ", " or ". " before it to the first after it.
fn clause(lower: &str, at: usize) -> (usize, usize) {
    const BOUNDS: [&str; 5] = [";", ":", " and ", ", ", ". "];
    let start = BOUNDS
        .iter()
        .filter_map(|b| lower[..at].rfind(b).map(|p| p + b.len()))
        .max()
        .unwrap_or(0);
    let end = BOUNDS
        .iter()
        .filter_map(|b| lower[at..].find(b).map(|p| at + p))
        .min()
        .unwrap_or(lower.len());
    (start, end)
}

/// The zone of the value at `span` in `sentence` of `text`, if it stands in a change.
pub(super) fn zone(text: &str, sentence: Span, span: Span) -> Option<Zone> {
    let said = sentence.slice(text);
    let lower = said.to_ascii_lowercase();
    let at = (span.start as usize).checked_sub(sentence.start as usize)?;
    if at > lower.len() || !lower.is_char_boundary(at) {
        return None;
    }
    let (start, end) = clause(&lower, at);
    let head = &lower[start..at];
    let tail = &lower[at..end];
    // "the sentence of eight years is set aside": the old value before its setting aside.
    if OLD_AFTER.iter().any(|o| head.contains(o))
        || OLD_AFTER
            .iter()
            .any(|o| tail.contains(&format!("is {o}")) || tail.contains(&format!("was {o}")))
    {
        return Some(Zone::Old);
    }
    // "a sentence of twelve years is substituted", "substitute a sentence of twelve".
    if head
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.starts_with("substitut"))
        || tail.contains("is substituted")
        || tail.contains("was substituted")
        || tail.contains("be substituted")
    {
        return Some(Zone::New);
    }
    // "increased her sentence from eight to twelve years", "commuted to life".
    let verb = head
        .match_indices(|c: char| c.is_ascii_alphabetic())
        .map(|(p, _)| p)
        .filter(|&p| p == 0 || !head.as_bytes()[p - 1].is_ascii_alphabetic())
        .rfind(|&p| CHANGE_VERBS.iter().any(|v| head[p..].starts_with(v)))?;
    let after = &head[verb..];
    let opened = |w: &str| after.rfind(w);
    let to = opened(" to ").or_else(|| {
        after
            .starts_with("replac")
            .then(|| opened(" with ").or_else(|| opened(" by ")))
            .flatten()
    });
    match (to, opened(" from ")) {
        (Some(t), Some(f)) if f > t => Some(Zone::Old),
        (Some(_), _) => Some(Zone::New),
        (None, Some(_)) => Some(Zone::Old),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone_of(text: &str, value: &str) -> Option<Zone> {
        let p = text.find(value).unwrap();
        zone(
            text,
            Span::new(0, text.len()),
            Span::new(p, p + value.len()),
        )
    }

    #[test]
    fn the_new_value_of_a_change() {
        let text = "We set aside the term of six years and substitute a term of nine years.";
        assert_eq!(zone_of(text, "six years"), Some(Zone::Old));
        assert_eq!(zone_of(text, "nine years"), Some(Zone::New));
        let text =
            "(c) the term of six years is set aside and a term of nine years is substituted.";
        assert_eq!(zone_of(text, "six years"), Some(Zone::Old));
        assert_eq!(zone_of(text, "nine years"), Some(Zone::New));
        let text = "The tribunal reduced the fine from 900 to 300 dinars.";
        assert_eq!(zone_of(text, "900"), Some(Zone::Old));
        assert_eq!(zone_of(text, "300"), Some(Zone::New));
        let text = "In 2019 the governor commuted his sentence to thirty years.";
        assert_eq!(zone_of(text, "thirty years"), Some(Zone::New));
        let text = "It substituted a term of nine years, holding that the judge had wrongly imposed the death penalty.";
        assert_eq!(zone_of(text, "death penalty"), None);
        let text = "The lower court sentenced him to six years.";
        assert_eq!(zone_of(text, "six years"), None);
        let text = "The magistrate sentenced her to six years in 2017.";
        assert_eq!(zone_of(text, "six years"), None);
        assert!(asks_change("By how much did the tribunal reduce the fine?"));
        assert!(!asks_change("How long was her sentence?"));
    }
}
