//! Abolitions told with the verb elided, as the earlier ones of a row: "Maryland
//! becomes the fifth state in six years to abandon capital punishment, after New
//! Jersey in 2007, New Mexico in 2009, Illinois in 2011 and Connecticut in 2012".
//! The list follows an abolition phrase (`abolished_before` of
//! `rules/status.en.json`); each of its items, "NAME in YEAR", abolished the death
//! penalty in that year, with the scope the phrase's own words give.

use super::evidence::{not_asserted, sentence_around};
use super::lexicon::{abolished_before, lexicon};
use super::{abolition_scope, lower_words, single_spaced, Change, Fact, Judge, Scope};
use crate::name::fold_name;
use crate::place::same_jurisdiction;
use crate::Citation;
use dossier_model::{EventKind, PartialDate, Span, TimeValue};
use regex::Regex;
use std::sync::LazyLock;

/// The past-tense verbs that end the death penalty in a sentence these patterns read
/// ("abolished it in 2004"), one alternation for all of them.
const ABOLISHED: &str = "abolished|repealed|abandoned|outlawed";

/// The items of a list "New Jersey in 2007, New Mexico in 2009 and Illinois in 2011":
/// each name with its year.
fn items(list: &str) -> Vec<(&str, i32)> {
    let mut out = Vec::new();
    for part in list.split(", ").flat_map(|p| p.split(" and ")) {
        let part = part.trim().trim_start_matches("and ").trim();
        let Some((name, year)) = part.rsplit_once(" in ") else {
            continue;
        };
        let name = name.trim();
        let Ok(year) = year.trim().parse::<i32>() else {
            continue;
        };
        if name.starts_with(|c: char| c.is_uppercase()) && (1600..2100).contains(&year) {
            out.push((name, year));
        }
    }
    out
}

/// "Venezuela abolished capital punishment in 1863, Costa Rica in 1877, Ecuador in
/// 1906 ...": one abolition verb, then a row of names each with its own year (the verb
/// gapped). The names and years of the row after the first, and the row's scope.
fn gapped_row(sentence: &str) -> Vec<(String, i32)> {
    static ROW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"\b(?:{ABOLISHED}) (?:the death penalty|capital punishment)(?: [a-z ]{{0,30}}?)? in (?:1[6-9]|20)\d\d, ((?:[a-z][a-z .'-]{{1,40}}? in (?:1[6-9]|20)\d\d(?:,? and |, )?)+)",
        ))
        .expect("a valid pattern")
    });
    let norm = single_spaced(sentence);
    let lower = norm.to_lowercase();
    if lower.len() != norm.len() {
        return Vec::new();
    }
    ROW.captures_iter(&lower)
        .filter_map(|c| c.get(1))
        .flat_map(|list| items(&norm[list.start()..list.end()]))
        .map(|(name, year)| (name.to_string(), year))
        .collect()
}

/// The year a gapped row of abolitions gives the jurisdiction `key` in `sentence`,
/// when it names it after the verb's own subject.
pub(super) fn gapped_year(sentence: &str, key: &str) -> Option<i32> {
    gapped_row(sentence)
        .into_iter()
        .find(|(name, _)| same_jurisdiction(&fold_name(name), key))
        .map(|(_, year)| year)
}

/// "Senegal abolished it for all crimes in 2004, and Togo, which had carried out no
/// execution since 1978, followed in 2009": a second subject that "followed" (or
/// "followed suit") in its own year, after an abolition with its year. The year
/// when that subject is the jurisdiction `key`.
pub(super) fn followed_year(sentence: &str, key: &str) -> Option<i32> {
    static FOLLOWED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"\b(?:{ABOLISHED}) (?:it|the death penalty|capital punishment)\b[^.;]{{0,60}}? in (?:1[6-9]|20)\d\d,? and ([a-z][a-z .'-]{{1,40}}?)(?:, [^,;]{{1,80}},)? followed(?: suit)? in ((?:1[6-9]|20)\d\d)\b",
        ))
        .expect("a valid pattern")
    });
    let norm = single_spaced(sentence);
    let lower = norm.to_lowercase();
    if lower.len() != norm.len() {
        return None;
    }
    FOLLOWED.captures_iter(&lower).find_map(|c| {
        let (name, year) = (c.get(1)?, c.get(2)?);
        let name = norm[name.start()..name.end()].trim();
        (name.starts_with(|c: char| c.is_uppercase()) && same_jurisdiction(&fold_name(name), key))
            .then(|| year.as_str().parse().ok())
            .flatten()
    })
}

/// An abolition of `scope` in `year`, read from a row of them (`how`) in `sentence`.
fn row_abolition(scope: Scope, year: i32, how: &str, doc: &str, sentence: Span) -> Fact {
    let date = TimeValue::point(PartialDate::year(year));
    let scope_words = if scope == Scope::All {
        " for all crimes"
    } else {
        " for ordinary crimes"
    };
    Fact::over(
        date,
        Change::Abolish(scope, Vec::new()),
        format!("abolition{scope_words} in {}, {how}", date.words()),
        vec![Citation::new(doc, sentence)],
    )
}

/// Abolitions told in a gapped row ("..., Costa Rica in 1877, Ecuador in 1906"): each
/// name on its own year, with the scope of the row's sentence.
pub(super) fn abolished_in_gapped_row(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for doc in judge.docs {
        let lower = doc.text.to_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        let mut seen: Vec<Span> = Vec::new();
        static VERB: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(&format!(
                r"\b(?:{ABOLISHED})\s+(?:the\s+death\s+penalty|capital\s+punishment|it\b)"
            ))
            .expect("a valid pattern")
        });
        for m in VERB.find_iter(&lower) {
            let sentence = sentence_around(doc.text, Span::new(m.start(), m.end()));
            if seen.contains(&sentence) {
                continue;
            }
            seen.push(sentence);
            let words = sentence.slice(doc.text);
            if not_asserted(words) {
                continue;
            }
            let Some(year) =
                gapped_year(words, judge.key).or_else(|| followed_year(words, judge.key))
            else {
                continue;
            };
            // "abolished it for all crimes": the pronoun is the penalty.
            let words = words
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace(" it ", " the death penalty ");
            let Some(scope @ (Scope::All | Scope::Ordinary)) =
                abolition_scope(EventKind::Abolition, &words)
            else {
                continue;
            };
            out.push(row_abolition(
                scope,
                year,
                "in a row of abolitions",
                doc.name,
                sentence,
            ));
        }
    }
    out
}

pub(super) fn abolished_before_in_list(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for doc in judge.docs {
        let lower = doc.text.to_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        for caps in abolished_before().captures_iter(&lower) {
            let Some(list) = caps.iter().skip(1).flatten().next() else {
                continue;
            };
            let Some(whole) = caps.get(0) else { continue };
            let sentence = sentence_around(doc.text, Span::new(whole.start(), whole.end()));
            let words = sentence.slice(doc.text);
            if not_asserted(words) {
                continue;
            }
            let phrase = &lower[whole.start()..list.start()];
            let Some(scope @ (Scope::All | Scope::Ordinary)) =
                abolition_scope(EventKind::Abolition, phrase)
            else {
                continue;
            };
            for (name, year) in items(&doc.text[list.start()..list.end()]) {
                if !same_jurisdiction(&fold_name(name), judge.key) {
                    continue;
                }
                out.push(row_abolition(
                    scope,
                    year,
                    "as an earlier one of a row",
                    doc.name,
                    sentence,
                ));
            }
        }
    }
    out
}

/// The items of a list after a colon, "New Jersey (2007), New York (2007), Connecticut
/// (2012, made retroactive in 2015) and Virginia (2021)": each name with the year that
/// opens its brackets.
fn bracketed_items(list: &str) -> Vec<(&str, i32)> {
    let mut out = Vec::new();
    let mut rest = list;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        let name = rest[..open]
            .trim()
            .trim_start_matches(',')
            .trim()
            .trim_start_matches("and ")
            .trim();
        let year = rest[open + 1..close]
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| (1600..2100).contains(y));
        let one_name = name.split_whitespace().count() <= LIST_NAME_WORDS
            && name.starts_with(|c: char| c.is_uppercase())
            && !name.contains([',', ';', '.']);
        match year {
            Some(year) if one_name => out.push((name, year)),
            _ => return Vec::new(),
        }
        rest = &rest[close + 1..];
        if !(rest.trim_start().starts_with(',') || rest.trim_start().starts_with("and ")) {
            break;
        }
    }
    out
}

/// Most words of a name in a bracketed list ("Saint Vincent and the Grenadines").
const LIST_NAME_WORDS: usize = 5;
/// Fewest items a bracketed list must hold.
const LIST_ITEMS: usize = 2;

/// "Since 2007 the following states have ended capital punishment, by statute or by
/// a ruling of the state's highest court: New Jersey (2007), New York (2007), ...":
/// an abolition sentence whose words before a colon abolish, and after it a list of
/// names each with its year in brackets. Each name abolished on its year, with the
/// scope of the words before the colon.
pub(super) fn abolished_in_bracketed_list(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for doc in judge.docs {
        let mut seen: Vec<Span> = Vec::new();
        for (colon, _) in doc.text.match_indices(": ") {
            let sentence = sentence_around(doc.text, Span::new(colon, colon + 1));
            if seen.contains(&sentence) {
                continue;
            }
            seen.push(sentence);
            let words = sentence.slice(doc.text);
            let head = &doc.text[sentence.start as usize..colon];
            if not_asserted(words) || !ENDED.is_match(&lower_words(head)) {
                continue;
            }
            let list = &doc.text[colon + 1..sentence.end as usize];
            let list = single_spaced(list);
            let items = bracketed_items(&list);
            if items.len() < LIST_ITEMS {
                continue;
            }
            let Some(scope @ (Scope::All | Scope::Ordinary)) =
                abolition_scope(EventKind::Abolition, head)
            else {
                continue;
            };
            for (name, year) in items {
                if same_jurisdiction(&fold_name(name), judge.key) {
                    out.push(row_abolition(
                        scope,
                        year,
                        "in a list of abolitions",
                        doc.name,
                        sentence,
                    ));
                }
            }
        }
    }
    out
}

/// "1998 – Lithuania (all crimes; last execution 1995)", "1979 – Norway (all
/// crimes); Luxembourg (all crimes)": a timeline line that opens with a year and a
/// dash, then names each with brackets that open on the scope of an abolition. The
/// names and scopes of the line's items.
fn timeline_items(line: &str) -> Option<(i32, Vec<(&str, Scope)>)> {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[-*\u{2022}]\s+)?((?:1[5-9]|20)\d\d)\s*[\u{2013}\u{2014}-]\s+")
            .expect("a valid pattern")
    });
    let head = HEAD.captures(line.trim())?;
    let year = head.get(1)?.as_str().parse().ok()?;
    let rest = &line.trim()[head.get(0)?.end()..];
    let lex = lexicon();
    if lex
        .reinstatement_words
        .iter()
        .any(|w| rest.to_lowercase().contains(w.as_str()))
    {
        return None;
    }
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut from = 0;
    for (i, c) in rest.char_indices().chain([(rest.len(), ';')]) {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' if depth == 0 => {
                items.extend(timeline_item(&rest[from..i]));
                from = (i + 1).min(rest.len());
            }
            _ => {}
        }
    }
    Some((year, items))
}

/// One item of a timeline line, "Norway (all crimes)": its name (before any comma:
/// "Connecticut, United States") and the scope its brackets open on.
fn timeline_item(item: &str) -> Option<(&str, Scope)> {
    let (name, inside) = item.split_once('(')?;
    let name = name.split(',').next()?.trim();
    if name.split_whitespace().count() > LIST_NAME_WORDS
        || !name.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let first = inside.split([';', ',', ')']).next()?.trim().to_lowercase();
    // "(ordinary crimes abolished 1972)": the scope's own year is not the line's.
    if first
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4)
    {
        return None;
    }
    let lex = lexicon();
    let opens = |words: &[String]| words.iter().any(|w| first.starts_with(w.as_str()));
    let scope = if opens(&lex.all_words) {
        Scope::All
    } else if opens(&lex.ordinary_words) {
        Scope::Ordinary
    } else {
        return None;
    };
    Some((name, scope))
}

/// Abolitions in a timeline by year: each line "YEAR – NAME (SCOPE ...)" abolished
/// the death penalty for its named item in that year.
pub(super) fn abolished_in_timeline(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for doc in judge.docs {
        let mut at = 0;
        for line in doc.text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let Some((year, items)) = timeline_items(line) else {
                continue;
            };
            for (name, scope) in items {
                if !same_jurisdiction(&fold_name(name), judge.key) {
                    continue;
                }
                // Cited from the name on: a bullet or a bold year before it is markup
                // the kept text may have changed.
                let from = start + (name.as_ptr() as usize - line.as_ptr() as usize);
                let item = Span::new(from, start + line.trim_end().len());
                out.push(row_abolition(scope, year, "in a timeline", doc.name, item));
            }
        }
    }
    out
}

/// Words of a list's head that end the death penalty: "have abolished the death
/// penalty", "ended capital punishment".
static ENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:{ABOLISHED}|ended) (?:the death penalty|capital punishment)\b"
    ))
    .expect("a valid pattern")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_of_earlier_abolitions_gives_each_its_year() {
        let text = "Maryland becomes the fifth state in six years to abandon capital punishment, after New Jersey in 2007, New Mexico in 2009, Illinois in 2011 and Connecticut in 2012.";
        let lower = text.to_lowercase();
        let caps = abolished_before().captures(&lower).expect("matched");
        let list = caps.iter().skip(1).flatten().next().expect("a list");
        assert_eq!(
            items(&text[list.start()..list.end()]),
            vec![
                ("New Jersey", 2007),
                ("New Mexico", 2009),
                ("Illinois", 2011),
                ("Connecticut", 2012)
            ]
        );
        // A row of executions is no row of abolitions.
        let other = "It was the fifth execution this year, after Texas in March and Ohio in May.";
        assert!(abolished_before().captures(&other.to_lowercase()).is_none());
    }

    #[test]
    fn a_timeline_item_whose_scope_has_its_own_year_is_not_the_line_s() {
        let (_, items) =
            timeline_items("- 1949 – Westmark (ordinary crimes abolished 1972)").expect("a line");
        assert!(items.is_empty());
        let (_, items) =
            timeline_items("- 1990 – Ostland (all crimes; last execution 1985)").expect("a line");
        assert_eq!(items.len(), 1);
    }

    #[test]
    fn a_timeline_line_gives_each_item_its_scope() {
        let (year, items) = timeline_items(
            "- 1979 – Eastland (all crimes); Westmark (ordinary crimes; last execution 1949)",
        )
        .expect("a timeline line");
        assert_eq!(year, 1979);
        assert_eq!(
            items,
            vec![("Eastland", Scope::All), ("Westmark", Scope::Ordinary)]
        );
        // An item whose brackets open on anything else, and a reinstatement, are none.
        let (_, items) = timeline_items("- 2013 – Northvale, Union (bill signed 2 May 2013)")
            .expect("a timeline line");
        assert!(items.is_empty());
        assert!(timeline_items("- 1993 – Eastland reintroduced it (all crimes)").is_none());
        assert!(timeline_items("Eastland (all crimes) in 1979").is_none());
    }

    #[test]
    fn a_bracketed_list_gives_each_name_its_year() {
        let list =
            "Eastland (1999), North Vale (2004, upheld by its court in 2006) and Westmark (2011).";
        assert_eq!(
            bracketed_items(list),
            vec![("Eastland", 1999), ("North Vale", 2004), ("Westmark", 2011)]
        );
        // A sentence's prose in brackets is no list.
        assert!(
            bracketed_items("the court (in a ruling of 2004) held that it stands (2005)")
                .is_empty()
        );
    }
}
