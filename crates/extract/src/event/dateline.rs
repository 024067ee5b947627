//! Relative days under a news agency's dateline.
//!
//! A page of agency items ("Buraydah, Rabi' Al-Awwal 21, 1445, October 06, 2023, SPA --
//! The Ministry ...", "Riyadh, October 04, 2023 (KUNA) -- ...") may carry no publication
//! date of its own, and each item its own day: the time tagger then leaves "today",
//! "yesterday" and weekdays unresolved. Each such mention takes the day of the nearest
//! dateline above it: "today" and "tonight" that day, "yesterday" the day before, a
//! weekday the latest day of that name on or before it. A mention the tagger resolved
//! keeps its value. A newsroom page's date line above a release that opens with its
//! place ("March 14, 2024" / "OKLAHOMA CITY – ...") is such a dateline too.

use crate::time::{add_days, weekday_of};
use dossier_model::{PartialDate, TimeMention, TimeValue, WEEKDAYS};
use regex::Regex;
use std::sync::LazyLock;

/// What may stand before a dateline's day: a place (capitalised words), then up to two
/// comma-separated parts (a region, another calendar's date), ending with a comma.
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L} .'’-]{1,40}(?:,\s*[\p{L}\d .'’-]{1,30}){0,3},\s*$").unwrap()
});
/// What follows a dateline's day: an agency (", SPA", " (KUNA)"), then a dash.
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s*\p{Lu}[\p{L}.&' ]{1,30})?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–|-)\s")
        .unwrap()
});

/// A press release's opening below its date line: a place in capitals, then a dash
/// ("OKLAHOMA CITY – Governor ...", "WASHINGTON, D.C. — The ..."); the place has three
/// letters or more and is no Roman numeral ("II – THE FACTS" is a part's heading).
static PLACE_DASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{Lu} .'’-]{1,40})(?:,\s*\p{Lu}[\p{L}.' ]{1,30})?\s*(?:--|—|–|-)\s")
        .unwrap()
});

/// A line opening with a place in capitals and a dash (`PLACE_DASH`).
fn opens_with_place(line: &str) -> bool {
    PLACE_DASH.captures(line).is_some_and(|c| {
        let place = c[1].trim();
        place.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !place.chars().all(|c| "IVXLC".contains(c))
    })
}

/// The day a dateline line gives, with the end of its date mention.
pub(super) fn dateline_at(text: &str, t: &TimeMention) -> Option<PartialDate> {
    let v = t.value.filter(|v| !t.is_duration && v.start == v.end)?;
    let day = v.start.filter(|d| d.day.is_some())?;
    let (start, end) = (t.span.start as usize, t.span.end as usize);
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |k| k + 1);
    let before = text.get(line_start..start)?;
    let after = text.get(end..)?;
    let inline = before.len() <= 100 && BEFORE.is_match(before) && AFTER.is_match(after);
    (inline || above_release(before, after)).then_some(day)
}

/// A newsroom page's item: its date alone on a line, the release below opening with
/// its place in capitals and a dash ("March 14, 2024" / "OKLAHOMA CITY – Governor ...
/// today commuted ...").
fn above_release(before: &str, after: &str) -> bool {
    let line_end = after.find('\n').unwrap_or(after.len());
    before.trim().is_empty()
        && after[..line_end].trim().is_empty()
        && opens_with_place(after[line_end..].trim_start())
}

/// The day a relative mention names against the dateline's `day`.
fn relative_day(word: &str, day: PartialDate) -> Option<PartialDate> {
    let w = word.trim().trim_start_matches("on ").to_lowercase();
    let offset = match w.as_str() {
        "today" | "tonight" | "this morning" | "this afternoon" | "this evening" => 0,
        "yesterday" | "last night" => 1,
        _ => {
            let want = WEEKDAYS.iter().position(|(name, _)| *name == w)? as i32;
            // (`weekday_of`: Monday = 1.)
            let have = i32::from(weekday_of(day)?) - 1;
            (have - want).rem_euclid(7)
        }
    };
    add_days(day, -offset)
}

/// Fill the relative days of `times` (sorted by start) from the datelines above them:
/// those the tagger left unresolved, and those it read against a day more than a week
/// away from the dateline's (a page of briefs whose items carry their own days: "DHAKA,
/// Nov 13 (Agency) - The court on Monday ..." under a page dated in March). A weekday
/// within a week of the dateline keeps the tagger's reading, which knows the tense
/// ("will meet on Friday").
pub(super) fn resolve(text: &str, times: &mut [TimeMention]) {
    let mut current: Option<PartialDate> = None;
    for t in times.iter_mut() {
        if let Some(day) = dateline_at(text, t) {
            current = Some(day);
            continue;
        }
        let Some(day) = current else { continue };
        if t.is_duration || t.value.is_some_and(|v| !far_from(v, day)) {
            continue;
        }
        let Some(word) = text.get(t.span.range()) else {
            continue;
        };
        if let Some(d) = relative_day(word, day) {
            t.value = Some(TimeValue::point(d));
        }
    }
}

/// "DHAKA, Nov 13 (Agency) - The court on Monday upheld ...": the dateline gives the day
/// of the report; a relative day of the sentence ("on Monday", "yesterday"), read
/// against it, dates the event. True for a dateline mention of `cands` when another
/// of them is such a relative day.
pub(super) fn yields_to_relative_day(text: &str, t: &TimeMention, cands: &[&TimeMention]) -> bool {
    let Some(day) = dateline_at(text, t) else {
        return false;
    };
    cands.iter().any(|o| {
        o.span != t.span
            && !o.is_duration
            && text
                .get(o.span.range())
                .and_then(|w| relative_day(w, day))
                .is_some_and(|d| o.value == Some(TimeValue::point(d)))
    })
}

/// A single day more than a week away from `day`.
fn far_from(v: TimeValue, day: PartialDate) -> bool {
    let (Some(a), Some(b)) = (v.start, v.end) else {
        return false;
    };
    match (a.day_count(), b.day_count(), day.day_count()) {
        (Some(a), Some(b), Some(d)) => a == b && (a - d).abs() > 7,
        _ => false,
    }
}

/// "on July 26 last year": a yearless day right before a mention of a whole year ("last
/// year", "the previous year") is of that year, not of the document's.
pub(super) fn year_after_day(text: &str, times: &mut [TimeMention]) {
    for i in 1..times.len() {
        let (head, tail) = times.split_at_mut(i);
        let (day, year) = (&mut head[i - 1], &tail[0]);
        let Some(words) = text.get(year.span.range()) else {
            continue;
        };
        let lower = words.to_lowercase();
        let Some(y) = year
            .value
            .filter(|v| v.is_point())
            .and_then(|v| v.start)
            .filter(|d| d.month.is_none())
        else {
            continue;
        };
        let gap = text.get(day.span.end as usize..year.span.start as usize);
        let Some(d) = day
            .value
            .filter(|v| v.is_point() && !day.is_duration)
            .and_then(|v| v.start)
        else {
            continue;
        };
        let written = text.get(day.span.range()).unwrap_or("");
        if !matches!(gap, Some(" ") | Some(", "))
            || !(lower.starts_with("last ") || lower.starts_with("the previous "))
            || d.month.is_none()
            || !(1..=2).contains(&written.chars().filter(char::is_ascii_digit).count())
            || d.year == y.year
        {
            continue;
        }
        let moved = PartialDate { year: y.year, ..d };
        if moved.day.is_none() || moved.day_count().is_some() {
            day.value = Some(TimeValue::point(moved));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Mend (mendx): a part's heading in Roman numerals ("II – THE FACTS") below a date
    /// line is no press release's place.
    #[test]
    fn a_roman_numeral_heading_is_no_place() {
        assert!(above_release(
            "",
            "\n\nOKLAHOMA CITY – Governor Dale Harrow spoke."
        ));
        assert!(!above_release("", "\n\nII – THE FACTS"));
        assert!(!above_release("", "\n\nXIV – THE LAW"));
        assert!(!above_release("", "\n\nA – THE FACTS"));
    }
}
