//! Whose count a number is, when the question counts one group of people: "How many
//! foreign nationals ...?" is not answered by "41 people were under sentence of death"
//! when the document says "The Ministry did not say how many of them were foreign
//! nationals"; "How many women ...?" is not answered by "Four death sentences were
//! passed in 2022", which names no women.

use super::phrases::Lexicons;
use super::{Candidate, DocCtx, Question};
use crate::index::tokens;
use std::collections::HashSet;

fn stems(text: &str) -> HashSet<String> {
    tokens(text).into_iter().map(|(t, _)| t).collect()
}

/// Whether `sentence` says that the count of the question's noun (`focus`, stemmed)
/// is not known: an `unknown_count_cues` phrase and, within six words after a
/// `count_openers` phrase ("how many", "the number of"), a word of the noun.
pub(super) fn says_count_unknown(focus: &[String], sentence: &str) -> bool {
    let lexicon = Lexicons::builtin();
    let lower = format!(
        " {} ",
        sentence
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    if focus.is_empty()
        || !lexicon
            .unknown_count_cues
            .iter()
            .any(|c| lower.contains(&format!(" {c} ")))
    {
        return false;
    }
    lexicon.count_openers.iter().any(|opener| {
        lower.match_indices(&format!(" {opener} ")).any(|(p, m)| {
            let after: Vec<&str> = lower[p + m.len()..].split_whitespace().take(6).collect();
            let after = stems(&after.join(" "));
            focus.iter().any(|f| after.contains(f))
        })
    })
}

/// Whether the question counts one side of a group pair (`opposed_nouns`: "women",
/// "juveniles"), by the stemmed focus word that names it.
fn group_asked(focus: &[String]) -> Option<&String> {
    let lexicon = Lexicons::builtin();
    focus.iter().find(|f| {
        lexicon
            .opposed_nouns
            .iter()
            .any(|(a, b)| stems(a).contains(*f) || stems(b).contains(*f))
    })
}

/// Drops the count candidates of `ctx` that count another group than the one the
/// question asks: the document says the asked group's count is not known and the
/// candidate's own words do not name it, or the question counts one side of a group
/// pair and neither the candidate nor its sentence names that side.
pub(super) fn weigh(q: &Question, ctx: &DocCtx, out: &mut Vec<Candidate>) {
    if q.focus.is_empty() || out.is_empty() {
        return;
    }
    let text = &ctx.document.text;
    let names_focus = |c: &Candidate| {
        let own = stems(&c.display);
        q.focus.iter().any(|f| own.contains(f))
    };
    let unknown = ctx
        .sentences
        .iter()
        .any(|s| says_count_unknown(&q.focus, s.slice(text)));
    if unknown {
        out.retain(names_focus);
    }
    if let Some(group) = group_asked(&q.focus) {
        out.retain(|c| names_focus(c) || stems(c.evidence.slice(text)).contains(group));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn focus(words: &str) -> Vec<String> {
        stems(words).into_iter().collect()
    }

    #[test]
    fn a_count_said_unknown_is_found() {
        let f = focus("foreign nationals");
        assert!(says_count_unknown(
            &f,
            "The ministry did not say how many of them were foreign nationals."
        ));
        assert!(says_count_unknown(
            &f,
            "Information on the number of foreign nationals on death row could not be found."
        ));
        assert!(!says_count_unknown(
            &f,
            "The ministry said that 12 of them were foreign nationals."
        ));
        assert!(!says_count_unknown(
            &focus("women"),
            "The ministry did not say how many of them were foreign nationals."
        ));
    }

    #[test]
    fn a_group_pair_word_is_asked() {
        assert!(group_asked(&focus("women")).is_some());
        assert!(group_asked(&focus("prisoners")).is_none());
    }
}
