//! Questions that combine two answers. Each part is asked on its own; the parts'
//! answers are combined only when every part is answered, and the answer cites the
//! evidence of every part. A question of one of these shapes whose parts cannot all
//! be answered gets no answer: answering it as one plain question would return a
//! part's value as if it were the combination ("76" for "by how many did 79
//! exceed 76").
//!
//! - **Order**: "Which was decided first: A or B?" asks when each was decided and
//!   names the earlier (or later) one.
//! - **Comparison**: "Which country executed more people in 2016, A or B?" asks how
//!   many for each and names the larger (or smaller).
//! - **Difference**: "By how many did X exceed Y?" asks "how many" of each.
//! - **Interval**: "How many days after X was Y?" / "How many years passed between
//!   X and Y?" asks when each was, and counts whole units between the dates, only when
//!   both are written as precisely as the unit needs.
//! - **Agreement**: "Which country, said by X to be P, carried out Q?" / "Which
//!   country did P and also Q?" asks each clause; the answer stands only when both
//!   clauses give the same one.

use super::{fold_word, person_matches, Answer};
use crate::{Engine, Result};
use dossier_model::PartialDate;

/// Confidence of an agreement beyond its better part: two clauses that name the same
/// answer independently are rarely both wrong.
const AGREEMENT_BONUS: f32 = 0.1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, PartialEq)]
enum Plan {
    Order {
        options: [String; 2],
        subs: [String; 2],
        earlier: bool,
    },
    Compare {
        options: [String; 2],
        subs: [String; 2],
        more: bool,
    },
    Difference {
        subs: [String; 2],
    },
    Interval {
        unit: Unit,
        subs: [String; 2],
    },
    Agree {
        subs: [String; 2],
    },
}

/// Words that ask for the earlier of two ("first") or the later ("last").
const EARLIER: &[&str] = &["first", "earlier", "sooner", "earliest"];
const LATER: &[&str] = &["last", "later", "latest", "more recently", "most recently"];
const MORE: &[&str] = &[
    "more",
    "most",
    "the most",
    "a greater number of",
    "a larger number of",
];
const FEWER: &[&str] = &["fewer", "less", "the fewest", "fewest", "the least"];
/// Nouns of a place the comparison is about ("which country executed more ...").
const PLACE_NOUNS: &[&str] = &[
    "country",
    "state",
    "nation",
    "jurisdiction",
    "province",
    "region",
    "city",
    "territory",
];
/// Participles that introduce an aside about the asked thing ("Which country, said
/// by ... to be ..., carried out ...?").
const ASIDE_PARTICIPLES: &[&str] = &[
    "said",
    "described",
    "called",
    "named",
    "known",
    "reported",
    "believed",
    "thought",
    "alleged",
    "considered",
    "identified",
    "cited",
    "listed",
    "ranked",
];

/// The plan of a question of one of the shapes above, or `None` for a plain one.
fn plan(question: &str) -> Option<Plan> {
    let q = question.trim().trim_end_matches('?').trim();
    let lower = q.to_lowercase();
    order(q, &lower)
        .or_else(|| compare(q, &lower))
        .or_else(|| difference(q, &lower))
        .or_else(|| interval(q, &lower))
        .or_else(|| agree(q, &lower))
}

/// `text` with the byte range of `lower` (same length: ASCII lowercasing keeps byte
/// offsets only for ASCII; fall back to the lowercase text otherwise).
fn orig<'a>(q: &'a str, lower: &'a str, start: usize, end: usize) -> &'a str {
    if q.len() == lower.len() && q.is_char_boundary(start) && q.is_char_boundary(end) {
        q[start..end].trim()
    } else {
        lower[start..end].trim()
    }
}

/// The two options of "..., A or B" / "...: A or B": the text after the last comma
/// or colon before " or ", split at " or ".
fn options_at_end(q: &str, lower: &str) -> Option<(usize, [String; 2])> {
    let or = lower.rfind(" or ")?;
    let head = &lower[..or];
    let cut = head.rfind([',', ':'])?;
    let a = orig(q, lower, cut + 1, or);
    let b = orig(q, lower, or + 4, lower.len());
    if a.is_empty() || b.is_empty() || a.split_whitespace().count() > 12 {
        return None;
    }
    Some((cut, [a.to_string(), b.to_string()]))
}

/// "Which was decided first: A or B?", "Which came first, A or B?".
fn order(q: &str, lower: &str) -> Option<Plan> {
    let rest = lower
        .strip_prefix("which ")
        .or_else(|| lower.strip_prefix("what "))?;
    let (cut, options) = options_at_end(q, lower)?;
    let head = &lower[lower.len() - rest.len()..cut];
    let words: Vec<&str> = head.split_whitespace().collect();
    let (earlier, n) = ends_with_any(&words, EARLIER)
        .map(|n| (true, n))
        .or_else(|| ends_with_any(&words, LATER).map(|n| (false, n)))?;
    let verb_words = &words[..words.len() - n];
    // "was decided", "came", "happened", "took place", "of the two was adopted".
    let verb_words: Vec<&str> = verb_words
        .iter()
        .copied()
        .skip_while(|w| matches!(*w, "of" | "the" | "two" | "these" | "both" | "one"))
        .collect();
    let subs = match verb_words.as_slice() {
        [] | ["came"] | ["happened"] | ["occurred"] | ["took", "place"] => {
            options.clone().map(|o| format!("When was {o}?"))
        }
        ["was" | "were" | "is", participle] => options
            .clone()
            .map(|o| format!("When was {o} {participle}?")),
        ["was" | "were", participle, prep] if is_preposition(prep) => options
            .clone()
            .map(|o| format!("When was {o} {participle}?")),
        _ => return None,
    };
    Some(Plan::Order {
        options,
        subs,
        earlier,
    })
}

fn is_preposition(w: &str) -> bool {
    matches!(w, "by" | "in" | "at" | "on")
}

/// How many words of `words` end with one of `phrases`.
fn ends_with_any(words: &[&str], phrases: &[&str]) -> Option<usize> {
    phrases.iter().find_map(|p| {
        let pw: Vec<&str> = p.split_whitespace().collect();
        words.ends_with(&pw).then_some(pw.len())
    })
}

/// "Which country executed more people in 2016, Pakistan or Nigeria?"
fn compare(q: &str, lower: &str) -> Option<Plan> {
    let rest = lower.strip_prefix("which ")?;
    let (cut, options) = options_at_end(q, lower)?;
    let start = lower.len() - rest.len();
    let head = &lower[start..cut];
    let words: Vec<&str> = head.split_whitespace().collect();
    let noun = *words.first()?;
    let (pos, n, more) = (1..words.len()).find_map(|i| {
        let tail = &words[i..];
        let starts = |ps: &[&str]| {
            ps.iter().find_map(|p| {
                let pw: Vec<&str> = p.split_whitespace().collect();
                tail.starts_with(&pw).then_some(pw.len())
            })
        };
        starts(MORE)
            .map(|n| (i, n, true))
            .or_else(|| starts(FEWER).map(|n| (i, n, false)))
    })?;
    let verb = words[1..pos].join(" ");
    let counted: Vec<&str> = words[pos + n..].to_vec();
    if verb.is_empty() || counted.is_empty() {
        return None;
    }
    // The counted noun runs to the first preposition; the rest qualifies it.
    let split = counted
        .iter()
        .position(|w| {
            matches!(
                *w,
                "in" | "during" | "since" | "between" | "by" | "than" | "over"
            )
        })
        .unwrap_or(counted.len());
    let focus = counted[..split].join(" ");
    let tail = counted[split..].join(" ");
    if focus.is_empty() {
        return None;
    }
    let place = PLACE_NOUNS.contains(&noun.trim_end_matches('s'));
    let subs = options.clone().map(|o| {
        let sub = match verb.as_str() {
            "had" | "has" | "have" => format!("How many {focus} did {o} have {tail}"),
            v if place && v.ends_with("ed") => format!("How many {focus} were {v} in {o} {tail}"),
            v => format!("How many {focus} {v} {o} {tail}"),
        };
        format!("{}?", sub.trim_end())
    });
    Some(Plan::Compare {
        options,
        subs,
        more,
    })
}

/// "By how many did X exceed Y?", "By how much did X exceed Y?".
fn difference(q: &str, lower: &str) -> Option<Plan> {
    let rest = lower
        .strip_prefix("by how many ")
        .or_else(|| lower.strip_prefix("by how much "))?;
    let start = lower.len() - rest.len();
    let rest = rest
        .strip_prefix("did ")
        .or_else(|| rest.strip_prefix("does "))?;
    let start2 = lower.len() - rest.len();
    let verb = [" exceed ", " outnumber ", " surpass ", " top "]
        .iter()
        .find_map(|v| rest.find(v).map(|i| (i, v.len())))?;
    let _ = start;
    let a = orig(q, lower, start2, start2 + verb.0);
    let b = orig(q, lower, start2 + verb.0 + verb.1, lower.len());
    if a.is_empty() || b.is_empty() {
        return None;
    }
    Some(Plan::Difference {
        subs: [format!("How many: {a}?"), format!("How many: {b}?")],
    })
}

/// "How many days after X was Y?", "How many years passed between X and Y?".
fn interval(q: &str, lower: &str) -> Option<Plan> {
    let rest = lower.strip_prefix("how many ")?;
    let (unit_word, rest) = rest.split_once(' ')?;
    let unit = match unit_word {
        "days" => Unit::Day,
        "weeks" => Unit::Week,
        "months" => Unit::Month,
        "years" => Unit::Year,
        _ => return None,
    };
    let at = lower.len() - rest.len();
    for (link, after) in [("after ", true), ("before ", false)] {
        if let Some(clause) = rest.strip_prefix(link) {
            let c0 = lower.len() - clause.len();
            // The second clause opens at its auxiliary: "... is the Bill dated".
            let aux = [" is ", " was ", " were ", " did ", " does ", " had "]
                .iter()
                .filter_map(|a| clause.find(a).map(|i| (i, *a)))
                .min_by_key(|(i, _)| *i)?;
            let x = orig(q, lower, c0, c0 + aux.0);
            let y = orig(q, lower, c0 + aux.0 + 1, lower.len());
            if x.is_empty() || y.split_whitespace().count() < 2 {
                return None;
            }
            let subs = [format!("When {x}?"), format!("When {y}?")];
            let subs = if after {
                subs
            } else {
                [subs[1].clone(), subs[0].clone()]
            };
            return Some(Plan::Interval { unit, subs });
        }
    }
    // "How many years passed between X and Y?"
    let between = [
        "passed between ",
        "elapsed between ",
        "were there between ",
        "between ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))?;
    let b0 = lower.len() - between.len();
    let and = between.find(" and ")?;
    let x = orig(q, lower, b0, b0 + and);
    let y = orig(q, lower, b0 + and + 5, lower.len());
    let _ = at;
    if x.is_empty() || y.is_empty() {
        return None;
    }
    Some(Plan::Interval {
        unit,
        subs: [format!("When was {x}?"), format!("When was {y}?")],
    })
}

/// "Which country, said by X to be P, carried out Q?" and "Which country's
/// government did P and also Q?".
fn agree(q: &str, lower: &str) -> Option<Plan> {
    let wh = ["which ", "what ", "who "]
        .iter()
        .find(|w| lower.starts_with(*w))?;
    // An aside between commas after the asked noun.
    if let Some(comma) = lower.find(", ") {
        let subject = &lower[..comma];
        let after = &lower[comma + 2..];
        let first = after.split_whitespace().next().unwrap_or("");
        if subject.split_whitespace().count() <= 3 && ASIDE_PARTICIPLES.contains(&first) {
            let close = after.find(", ")?;
            let a0 = comma + 2;
            let aside = orig(q, lower, a0, a0 + close);
            let main = orig(q, lower, a0 + close + 2, lower.len());
            let subj = orig(q, lower, 0, comma);
            if main.split_whitespace().count() < 2 {
                return None;
            }
            let verb = if subj.to_lowercase().starts_with("who") {
                "was"
            } else {
                "is"
            };
            return Some(Plan::Agree {
                subs: [format!("{subj} {main}?"), format!("{subj} {verb} {aside}?")],
            });
        }
    }
    let _ = wh;
    // "... P and also Q": the subject is the wh-phrase before the first verb.
    let also = lower.find(" and also ")?;
    let first = &lower[..also];
    let second = orig(q, lower, also + 10, lower.len());
    let words: Vec<&str> = first.split_whitespace().collect();
    // The wh-phrase: the wh-word and up to three words, ending before a verb (a word
    // the second clause's verb agrees with: both past, or both present).
    let verb_of = |w: &str| {
        w.ends_with("ed")
            || matches!(
                w,
                "brought"
                    | "sued"
                    | "took"
                    | "made"
                    | "gave"
                    | "sent"
                    | "held"
                    | "won"
                    | "lost"
                    | "was"
                    | "were"
                    | "is"
                    | "has"
                    | "had"
            )
    };
    let v = (1..words.len().min(5)).find(|&i| verb_of(words[i]))?;
    let subject_len: usize = words[..v].iter().map(|w| w.len() + 1).sum();
    let subj = orig(q, lower, 0, subject_len.saturating_sub(1));
    let first_clause = orig(q, lower, 0, also);
    if second.split_whitespace().count() < 2 {
        return None;
    }
    Some(Plan::Agree {
        subs: [format!("{first_clause}?"), format!("{subj} {second}?")],
    })
}

impl Engine {
    /// The answer to a question of one of the combined shapes, or `None` when the
    /// question is a plain one.
    pub(super) fn ask_combined(&self, question: &str) -> Result<Option<Answer>> {
        let Some(plan) = plan(question) else {
            return Ok(None);
        };
        let subs = match &plan {
            Plan::Order { subs, .. }
            | Plan::Compare { subs, .. }
            | Plan::Difference { subs }
            | Plan::Interval { subs, .. }
            | Plan::Agree { subs } => subs,
        };
        let parts = [self.ask_plain(&subs[0])?, self.ask_plain(&subs[1])?];
        let asked = format!("asked \"{}\" and \"{}\"", subs[0], subs[1]);
        let Some(answer) = combine(&plan, &parts) else {
            let mut none = Answer::none(
                question,
                &format!("{asked}: the parts could not both be answered, or disagree"),
            );
            none.trace = parts
                .iter()
                .zip(subs)
                .map(|(p, s)| format!("{s} -> {:?} ({:.2})", p.answer, p.confidence))
                .collect();
            return Ok(Some(none));
        };
        let (text, value, confidence) = answer;
        let mut citations = Vec::new();
        for part in &parts {
            for c in &part.citations {
                if !citations.contains(c) {
                    citations.push(c.clone());
                }
            }
        }
        let conflicts = parts.iter().flat_map(|p| p.conflicts.clone()).collect();
        Ok(Some(Answer {
            question: question.to_string(),
            answer: Some(text),
            values: vec![value],
            citations,
            conflicts,
            confidence,
            method: format!(
                "{asked}: {:?} and {:?}",
                parts[0].answer.as_deref().unwrap_or(""),
                parts[1].answer.as_deref().unwrap_or("")
            ),
            trace: parts
                .iter()
                .zip(subs)
                .map(|(p, s)| format!("{s} -> {:?} ({:.2})", p.answer, p.confidence))
                .collect(),
        }))
    }
}

/// The combined answer (text, value, confidence), when every part is answered.
fn combine(plan: &Plan, parts: &[Answer; 2]) -> Option<(String, String, f32)> {
    if parts.iter().any(|p| p.values.is_empty()) {
        return None;
    }
    let least = parts[0].confidence.min(parts[1].confidence);
    match plan {
        Plan::Order {
            options, earlier, ..
        } => {
            let a = date_of(&parts[0])?;
            let b = date_of(&parts[1])?;
            let ordering = compare_dates(&a, &b)?;
            let a_first = ordering == std::cmp::Ordering::Less;
            let pick = if a_first == *earlier { 0 } else { 1 };
            let o = &options[pick];
            Some((o.clone(), o.clone(), least))
        }
        Plan::Compare { options, more, .. } => {
            let a = number_of(&parts[0])?;
            let b = number_of(&parts[1])?;
            if a == b {
                return None;
            }
            let pick = if (a > b) == *more { 0 } else { 1 };
            let o = &options[pick];
            Some((o.clone(), o.clone(), least))
        }
        Plan::Difference { .. } => {
            let a = number_of(&parts[0])?;
            let b = number_of(&parts[1])?;
            let d = a - b;
            let text = trim_number(d);
            Some((text.clone(), text, least))
        }
        Plan::Interval { unit, .. } => {
            let a = date_of(&parts[0])?;
            let b = date_of(&parts[1])?;
            let n = units_between(&a, &b, *unit)?;
            if n < 0 {
                return None;
            }
            let unit_name = match unit {
                Unit::Day => "days",
                Unit::Week => "weeks",
                Unit::Month => "months",
                Unit::Year => "years",
            };
            Some((format!("{n} {unit_name}"), n.to_string(), least))
        }
        Plan::Agree { .. } => {
            let a = &parts[0].values[0];
            let b = &parts[1].values[0];
            if fold_word(a) != fold_word(b) && !person_matches(a, b) {
                return None;
            }
            let better = parts[0].confidence.max(parts[1].confidence);
            let confidence = (better + AGREEMENT_BONUS).min(1.0);
            let text = parts[0].answer.clone().unwrap_or_else(|| a.clone());
            Some((text, a.clone(), confidence))
        }
    }
}

/// The one date a part answered with (the start of a range).
fn date_of(part: &Answer) -> Option<PartialDate> {
    if part.values.len() != 1 {
        return None;
    }
    let v = part.values[0].split('/').next()?;
    PartialDate::parse(v)
}

/// The one number a part answered with.
fn number_of(part: &Answer) -> Option<f64> {
    if part.values.len() != 1 {
        return None;
    }
    part.values[0].replace(',', "").parse().ok()
}

fn trim_number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Which date comes first, when the dates' precision tells (2017-12-14 before
/// 2018-06; 2018 and 2018-06 cannot be ordered).
fn compare_dates(a: &PartialDate, b: &PartialDate) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    match a.year.cmp(&b.year) {
        Equal => {}
        o => return Some(o),
    }
    match (a.month, b.month) {
        (Some(ma), Some(mb)) if ma != mb => return Some(ma.cmp(&mb)),
        (Some(_), Some(_)) => {}
        _ => return None,
    }
    match (a.day, b.day) {
        (Some(da), Some(db)) if da != db => Some(da.cmp(&db)),
        _ => None,
    }
}

/// Whole units from `a` to `b`, when both dates are as precise as the unit needs.
fn units_between(a: &PartialDate, b: &PartialDate, unit: Unit) -> Option<i64> {
    match unit {
        Unit::Day | Unit::Week => {
            let days = b.day_count()? - a.day_count()?;
            Some(if unit == Unit::Week { days / 7 } else { days })
        }
        Unit::Month => {
            let months = (b.year - a.year) as i64 * 12 + b.month? as i64 - a.month? as i64;
            Some(months)
        }
        Unit::Year => Some((b.year - a.year) as i64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subs(q: &str) -> Vec<String> {
        match plan(q).unwrap_or_else(|| panic!("no plan for {q:?}")) {
            Plan::Order { subs, .. }
            | Plan::Compare { subs, .. }
            | Plan::Difference { subs }
            | Plan::Interval { subs, .. }
            | Plan::Agree { subs } => subs.to_vec(),
        }
    }

    #[test]
    fn choices_between_two_ask_about_each() {
        assert_eq!(
            subs("Which was signed first: the Geneva accord or the Lisbon treaty?"),
            [
                "When was the Geneva accord signed?",
                "When was the Lisbon treaty signed?"
            ]
        );
        assert_eq!(
            subs("Which came first, the coup or the referendum?"),
            ["When was the coup?", "When was the referendum?"]
        );
        match plan("Which was adopted later: the 1990 code or the 2004 code?") {
            Some(Plan::Order { earlier, .. }) => assert!(!earlier),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            subs("Which country hanged more prisoners in 2019, Ruritania or Freedonia?"),
            [
                "How many prisoners were hanged in Ruritania in 2019?",
                "How many prisoners were hanged in Freedonia in 2019?"
            ]
        );
        match plan("Which province had fewer courts, Alpha or Beta?") {
            Some(Plan::Compare { more, subs, .. }) => {
                assert!(!more);
                assert_eq!(subs[0], "How many courts did Alpha have?");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn differences_and_intervals_ask_for_each_quantity_or_date() {
        assert_eq!(
            subs("By how many did the ministry's count of arrests in 2010 exceed the police tally for 2009?"),
            [
                "How many: the ministry's count of arrests in 2010?",
                "How many: the police tally for 2009?"
            ]
        );
        assert_eq!(
            subs("How many days after the tribunal ruled on the appeal was the new decree signed?"),
            [
                "When the tribunal ruled on the appeal?",
                "When was the new decree signed?"
            ]
        );
        assert_eq!(
            subs("How many years before the election was the moratorium declared?"),
            ["When was the moratorium declared?", "When the election?"]
        );
        assert_eq!(
            subs("How many years passed between the abolition and the last execution?"),
            ["When was the abolition?", "When was the last execution?"]
        );
    }

    #[test]
    fn two_clauses_about_one_answer_are_asked_apart() {
        assert_eq!(
            subs("Which country, described by the monitor as the region's worst jailer, executed nine people in 2021?"),
            [
                "Which country executed nine people in 2021?",
                "Which country is described by the monitor as the region's worst jailer?"
            ]
        );
        assert_eq!(
            subs("Which country's government signed the accord and also sued the bank in 2004?"),
            [
                "Which country's government signed the accord?",
                "Which country's government sued the bank in 2004?"
            ]
        );
    }

    #[test]
    fn plain_questions_have_no_plan() {
        for q in [
            "Were prisoners or their relatives informed of the date in advance?",
            "Who was the rapporteur on extrajudicial, summary or arbitrary executions?",
            "How many people were executed in 2008?",
            "When was the moratorium declared?",
            "Which court sentenced him, and when?",
            "How many years did he serve?",
        ] {
            assert_eq!(plan(q), None, "{q}");
        }
    }

    #[test]
    fn dates_are_ordered_and_counted_only_as_precisely_as_written() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert_eq!(
            compare_dates(&d("2017-12-14"), &d("2018-06")),
            Some(std::cmp::Ordering::Less)
        );
        assert_eq!(compare_dates(&d("2018"), &d("2018-06")), None);
        assert_eq!(compare_dates(&d("2018-06"), &d("2018-06-02")), None);
        assert_eq!(
            units_between(&d("2018-06-27"), &d("2018-08-08"), Unit::Day),
            Some(42)
        );
        assert_eq!(
            units_between(&d("2018-06"), &d("2018-08-08"), Unit::Day),
            None
        );
        assert_eq!(
            units_between(&d("2003-12"), &d("2021-01"), Unit::Year),
            Some(18)
        );
    }
}
