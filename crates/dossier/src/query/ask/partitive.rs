//! Counts split by a partitive: "Saudi Arabia executed 172 people in 2023, of whom 19
//! were executed for drug offences", "Of the 19 people executed ..., 13 were foreign
//! nationals", "heard nine appeals and confirmed seven of them", "concluded 97 trials.
//! Of these, 12 ended in an acquittal". A question that says words only the part says
//! ("drug offences") asks the part's count, not the whole's; a question that says none
//! of them asks the whole's.

use super::phrases::Lexicons;
use super::{Candidate, DocCtx, Question, ASKED_FORM_TRUST, OTHER_EVENT_TRUST};
use crate::index::token_set;
use dossier_model::Span;
use std::collections::HashSet;

/// The whole a partitive takes its part from, and the part.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Partitive {
    pub whole: Span,
    pub part: Span,
}

/// The partitive of `sentence`: within it ("N people, of whom M ...", "Of the N
/// people ..., M ...", "... N appeals and confirmed M of them"), or across it and the
/// sentence after it (`next`) or before it (`previous`) when one opens with a
/// partitive ("Of these, 71 ended in a conviction").
pub(super) fn split(
    text: &str,
    previous: Option<Span>,
    sentence: Span,
    next: Option<Span>,
) -> Option<Partitive> {
    let lexicon = Lexicons::builtin();
    let opens = |s: Span| {
        let lower = s.slice(text).trim_start().to_ascii_lowercase();
        lexicon
            .partitive_heads
            .iter()
            .any(|h| lower.starts_with(&format!("{h} ")) || lower.starts_with(&format!("{h},")))
    };
    if opens(sentence) {
        return previous.map(|whole| Partitive {
            whole,
            part: sentence,
        });
    }
    if let Some(found) = within(text, sentence) {
        return Some(found);
    }
    next.filter(|&n| opens(n)).map(|part| Partitive {
        whole: sentence,
        part,
    })
}

/// The partitive inside one sentence (see [`split`]).
fn within(text: &str, sentence: Span) -> Option<Partitive> {
    let lexicon = Lexicons::builtin();
    let said = sentence.slice(text);
    let lower = said.to_ascii_lowercase();
    let base = sentence.start as usize;
    let at = |from: usize, to: usize| Span::new(base + from, base + to);
    let cut = |p: usize| Partitive {
        whole: at(0, p),
        part: at(p, said.len()),
    };
    // "172 people in 2023, of whom 19 were ...".
    for head in &lexicon.partitive_heads {
        if let Some(p) = lower.find(&format!(", {head} ")) {
            return Some(cut(p));
        }
    }
    // "According to X, of the 19 people executed ..., 13 were ...": the whole runs
    // from "of the" to the next comma.
    let leading = lower
        .match_indices(&format!("{} ", lexicon.partitive_leading))
        .map(|(p, _)| p)
        .find(|&p| p == 0 || lower[..p].ends_with(", "));
    if let Some(p) = leading {
        if let Some(c) = lower[p..].find(", ").map(|c| p + c) {
            return Some(Partitive {
                whole: at(p, c),
                part: at(c, said.len()),
            });
        }
    }
    // "heard nine appeals ... and confirmed seven of them": the part is the clause of
    // the partitive's count, from the last "and" or comma before it.
    for tail in &lexicon.partitive_tails {
        let Some(p) = lower.find(&format!(" {tail}")) else {
            continue;
        };
        let opener = [" and ", ", "]
            .iter()
            .filter_map(|o| lower[..p].rfind(o))
            .max();
        if let Some(o) = opener {
            return Some(cut(o));
        }
    }
    None
}

/// The question's own words (no names, no figures, no light verbs: "held" in "of
/// whom 146 were held for drug offences" says nothing the whole does not) that the
/// part of `p` says and its whole does not.
fn words_of_the_part(q: &Question, text: &str, p: &Partitive) -> Vec<String> {
    let said = |s: Span| token_set(s.slice(text));
    let (whole, part) = (said(p.whole), said(p.part));
    q.tokens
        .iter()
        .filter(|(t, is_name)| {
            !is_name
                && !t.bytes().all(|b| b.is_ascii_digit())
                && !super::acts::Acts::builtin().is_light_verb(t)
                && part.contains(t)
                && !whole.contains(t)
        })
        .map(|(t, _)| t.clone())
        .collect()
}

/// The words of the group a partitive question counts from ("How many of the people
/// executed for drug offences were foreign nationals?": "people executed for drug
/// offences"), stemmed; empty when the question is no partitive.
fn asked_group(question: &str) -> HashSet<String> {
    let lower = question.to_lowercase();
    let lexicon = Lexicons::builtin();
    let Some(rest) = lexicon
        .partitive_tails
        .iter()
        .find_map(|t| lower.split_once(&format!("how many {t} ")).map(|(_, r)| r))
        .or_else(|| {
            lower
                .split_once(&format!("how many {} ", lexicon.partitive_leading))
                .map(|(_, r)| r)
        })
    else {
        return HashSet::new();
    };
    let end = lexicon
        .partitive_group_ends
        .iter()
        .filter_map(|v| rest.find(&format!(" {v} ")))
        .min()
        .unwrap_or(rest.len());
    token_set(&rest[..end])
}

/// The group of a question that opens "How many of the ...", to its verb ("How many
/// of the men detained after the strike were charged?": "men detained after the
/// strike"), stemmed; empty for any other question ("How many of them were ...?").
fn leading_group(question: &str) -> HashSet<String> {
    let lower = question.to_lowercase();
    let lexicon = Lexicons::builtin();
    let Some((_, rest)) = lower.split_once(&format!("how many {} ", lexicon.partitive_leading))
    else {
        return HashSet::new();
    };
    let rest = format!(" {rest}");
    let end = lexicon
        .partitive_group_ends
        .iter()
        .filter_map(|v| rest.find(&format!(" {v} ")))
        .min();
    match end {
        Some(end) => token_set(&rest[..end]),
        None => HashSet::new(),
    }
}

/// Whether `said` gives a count of the group of a "How many of the ...?" question
/// ("Authorities reported 19 deaths in custody, most from illness" for "How many of
/// the deaths in custody were caused by illness?"): the sentence tells the whole, and
/// leaves the part uncounted.
pub(super) fn states_group_count(question: &str, said: &str) -> bool {
    let group = leading_group(question);
    if group.is_empty() {
        return false;
    }
    let words: Vec<&str> = said
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == ','))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        (w[0].bytes().any(|b| b.is_ascii_digit())
            || dossier_extract::quantity::number_word(w[0]).is_some())
            && token_set(w[1]).iter().any(|t| group.contains(t))
    })
}

/// Whether the count at `span` counts the question's group (`group`, stemmed): the
/// first word after its figure ("19 deaths", "340 people were arrested") is a word of
/// the group. A count followed by "of", "were" or a word the group lacks ("12 women")
/// may be the part.
fn counts_the_group(text: &str, span: Span, group: &HashSet<String>) -> bool {
    let Some(said) = text.get(span.start as usize..) else {
        return false;
    };
    let mut words = said
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == ','))
        .filter(|w| !w.is_empty());
    // Skip to the figure: digits or a number word ("nineteen").
    let figure = words.by_ref().position(|w| {
        w.bytes().any(|b| b.is_ascii_digit()) || dossier_extract::quantity::number_word(w).is_some()
    });
    if figure.is_none() {
        return false;
    }
    match words.next() {
        Some(noun) => token_set(noun).iter().any(|t| group.contains(t)),
        None => false,
    }
}

/// Weighs the count candidates of sentence `idx` by the partitive they stand in: a
/// whole's count is dropped when the question asks the part, a part's count is
/// trusted less when the question asks the whole and more when it asks the part.
pub(super) fn weigh(q: &Question, ctx: &DocCtx, idx: usize, out: &mut Vec<Candidate>) {
    let text = &ctx.document.text;
    // "How many of the people arrested were charged?" against "340 people were
    // arrested; most were released": a count of the group's own noun counts the
    // whole, never the part asked.
    let group = leading_group(&q.text);
    if !group.is_empty() {
        out.retain(|c| !counts_the_group(text, c.span, &group));
    }
    let previous = idx.checked_sub(1).map(|i| ctx.sentences[i]);
    let next = ctx.sentences.get(idx + 1).copied();
    let Some(p) = split(text, previous, ctx.sentences[idx], next) else {
        return;
    };
    // "How many of the people executed for drug offences were foreign nationals?":
    // a part whose own words the question's group says is that group, the whole
    // of the question's partitive, not its answer.
    let group = asked_group(&q.text);
    let own = words_of_the_part(q, text, &p);
    let of_group = !own.is_empty() && own.iter().all(|w| group.contains(w));
    if of_group {
        // The part is the question's group and the whole holds more than it: neither
        // count is the answer.
        out.retain(|c| !p.whole.contains(c.span) && !p.part.contains(c.span));
        return;
    }
    let asks_part = !own.is_empty();
    out.retain(|c| !(asks_part && p.whole.contains(c.span)));
    for c in out.iter_mut().filter(|c| p.part.contains(c.span)) {
        c.score *= if asks_part {
            ASKED_FORM_TRUST
        } else {
            OTHER_EVENT_TRUST
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, _) in text.match_indices(". ") {
            out.push(Span::new(start, i + 1));
            start = i + 2;
        }
        out.push(Span::new(start, text.len()));
        out
    }

    fn parts(text: &str, idx: usize) -> Option<(String, String)> {
        let s = spans(text);
        let previous = idx.checked_sub(1).map(|i| s[i]);
        split(text, previous, s[idx], s.get(idx + 1).copied()).map(|p| {
            (
                p.whole.slice(text).trim().to_string(),
                p.part.slice(text).trim().to_string(),
            )
        })
    }

    #[test]
    fn of_whom_splits_whole_and_part() {
        let text = "The monitor counted 140 hangings in 2022, of whom 12 were women.";
        let (whole, part) = parts(text, 0).unwrap();
        assert!(whole.ends_with("in 2022"), "{whole}");
        assert!(part.starts_with(", of whom 12"), "{part}");
    }

    #[test]
    fn leading_of_the_takes_the_whole_to_the_comma() {
        let text =
            "According to the registry, of the 31 people hanged for murder, 9 were migrants.";
        let (whole, part) = parts(text, 0).unwrap();
        assert_eq!(whole, "of the 31 people hanged for murder");
        assert!(part.contains("9 were migrants"), "{part}");
    }

    #[test]
    fn trailing_of_them_is_the_clause_of_its_count() {
        let text = "The tribunal heard eleven appeals in 2021 and allowed four of them.";
        let (whole, part) = parts(text, 0).unwrap();
        assert!(whole.ends_with("in 2021"), "{whole}");
        assert_eq!(part, "and allowed four of them.");
    }

    #[test]
    fn of_these_opens_the_part_in_the_next_sentence() {
        let text = "The court tried 60 cases. Of these, 41 ended in a conviction. Costs rose.";
        assert_eq!(
            parts(text, 0),
            Some((
                "The court tried 60 cases.".to_string(),
                "Of these, 41 ended in a conviction.".to_string()
            ))
        );
        assert_eq!(
            parts(text, 1).map(|p| p.0),
            Some("The court tried 60 cases.".to_string())
        );
        assert_eq!(parts(text, 2), None);
    }

    #[test]
    fn a_partitive_question_names_its_group() {
        let group = asked_group("How many of the men hanged for drug offences were migrants?");
        assert!(
            group.contains("drug") && group.contains("hang"),
            "{group:?}"
        );
        assert!(!group.contains("migrant"));
        assert!(asked_group("How many men were hanged in 2020?").is_empty());
    }

    #[test]
    fn plain_counts_have_no_partitive() {
        assert_eq!(
            parts("Officials of the ministry hanged 5 men in 2020.", 0),
            None
        );
    }

    #[test]
    fn a_count_of_the_group_is_not_the_part_asked() {
        assert!(leading_group("How many of them were women?").is_empty());
        let group = leading_group("How many of the men detained after the strike were charged?");
        let text = "Police detained 212 men after the strike, most of whom were freed.";
        let at = |w: &str| {
            let p = text.find(w).unwrap();
            Span::new(p, p + w.len())
        };
        assert!(counts_the_group(text, at("212"), &group));
        let text2 = "Of those detained, 40 were charged and nine women were fined.";
        let at2 = |w: &str| {
            let p = text2.find(w).unwrap();
            Span::new(p, p + w.len())
        };
        assert!(!counts_the_group(text2, at2("40"), &group));
        assert!(!counts_the_group(text2, at2("nine"), &group));
        let q = "How many of the men detained after the strike were charged?";
        assert!(states_group_count(q, text));
        assert!(!states_group_count(q, text2));
    }
}
