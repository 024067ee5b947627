//! Counts over a longer period than the one asked: "How many executions were carried
//! out in the 1970s?" is not answered by "104 executions between 1963 and 2008", nor
//! "How many in 2019?" by "312 death sentences from 2015 to 2020". A total over a span
//! that holds the asked period and more says nothing of the asked part.

use super::Candidate;
use dossier_model::Span;

/// The years a question asks a count for: a decade ("in the 1970s"), a span
/// ("between 1963 and 2008", "from 2015 to 2020") or one year ("in 2019").
fn asked_period(question: &str) -> Option<(i32, i32)> {
    let lower = question.to_ascii_lowercase();
    if let Some(span) = spans_in(&lower).into_iter().next() {
        return Some(span);
    }
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let decade = words.iter().find_map(|w| {
        let digits = w.strip_suffix("s")?.trim_end_matches('\'');
        let year: i32 = digits.parse().ok()?;
        (digits.len() == 4 && year % 10 == 0 && (1000..=2100).contains(&year))
            .then_some((year, year + 9))
    });
    if decade.is_some() {
        return decade;
    }
    let years: Vec<i32> = words
        .iter()
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .filter(|y| (1000..=2100).contains(y))
        .collect();
    match years.as_slice() {
        [y] => Some((*y, *y)),
        _ => None,
    }
}

/// The year spans a folded text writes: "between 1963 and 2008", "from 2015 to
/// 2020", "1990-1999".
fn spans_in(lower: &str) -> Vec<(i32, i32)> {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let year = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_ascii_digit());
        (w.len() == 4)
            .then(|| w.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1000..=2100).contains(y))
    };
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let pair = match (*w, words.get(i + 1), words.get(i + 2), words.get(i + 3)) {
            ("between", Some(a), Some(&"and"), Some(b)) => year(a).zip(year(b)),
            ("from", Some(a), Some(&"to" | &"until" | &"till"), Some(b)) => year(a).zip(year(b)),
            _ => w
                .split_once(['-', '\u{2013}'])
                .and_then(|(a, b)| year(a).zip(year(b))),
        };
        if let Some((a, b)) = pair.filter(|(a, b)| a < b) {
            out.push((a, b));
        }
    }
    out
}

/// Drops the count candidates of `sentence` when it dates its count only by a span
/// that holds the question's asked period and more ("between 1963 and 2008" for
/// "in the 1970s"), and writes no year inside the asked period outside that span.
pub(super) fn weigh(question: &str, text: &str, sentence: Span, out: &mut Vec<Candidate>) {
    let Some((from, to)) = asked_period(question) else {
        return;
    };
    let lower = sentence.slice(text).to_ascii_lowercase();
    let spans = spans_in(&lower);
    let wider = |&(a, b): &(i32, i32)| a <= from && b >= to && (a, b) != (from, to);
    if spans.is_empty() || !spans.iter().all(wider) {
        return;
    }
    // A year of the asked period written on its own ("in 1974, 12 of them") may
    // date a count of its own.
    let own_year = lower
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .any(|y| (from..=to).contains(&y) && !spans.iter().any(|&(a, b)| y == a || y == b));
    if !own_year {
        out.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_a_count_is_asked_for() {
        assert_eq!(
            asked_period("How many men were hanged in Ostland in the 1980s?"),
            Some((1980, 1989))
        );
        assert_eq!(
            asked_period("How many trials were held between 2001 and 2004?"),
            Some((2001, 2004))
        );
        assert_eq!(
            asked_period("How many were fined in 2017?"),
            Some((2017, 2017))
        );
        assert_eq!(asked_period("How many were fined?"), None);
    }

    #[test]
    fn a_total_over_a_longer_span_is_no_count_of_a_part() {
        let text = "The archive lists 230 hangings between 1951 and 1999, most in the early years.";
        let whole = Span::new(0, text.len());
        let keeps = |q: &str| {
            let mut out = vec![Candidate::for_test("230", whole)];
            weigh(q, text, whole, &mut out);
            !out.is_empty()
        };
        assert!(!keeps("How many hangings took place in the 1960s?"));
        assert!(!keeps("How many hangings were there in 1977?"));
        assert!(keeps("How many hangings took place between 1951 and 1999?"));
        assert!(keeps("How many hangings are listed?"));
        let text = "From 2010 to 2014 it sentenced 80 people, 30 of them in 2012.";
        let whole = Span::new(0, text.len());
        let mut out = vec![Candidate::for_test("30", whole)];
        weigh(
            "How many people were sentenced in 2012?",
            text,
            whole,
            &mut out,
        );
        assert_eq!(out.len(), 1);
    }
}
