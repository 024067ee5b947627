//! Whose count a number is, when the question counts one group of people: "How many
//! foreign nationals ...?" is not answered by "41 people were under sentence of death"
//! when the document says "The Ministry did not say how many of them were foreign
//! nationals"; "How many women ...?" is not answered by "Four death sentences were
//! passed in 2022", which names no women.

use super::phrases::Lexicons;
use super::{Candidate, DocCtx, Question};
use crate::index::token_set as stems;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The question's asked group: its focus words less the `count_generic_heads`
/// ("people", "persons"), which any count of any group shares. Empty when the
/// question counts only a generic head.
pub(super) fn asked_group(focus: &[String]) -> Vec<String> {
    let lexicon = Lexicons::builtin();
    let generic: HashSet<String> = lexicon
        .count_generic_heads
        .iter()
        .flat_map(|h| stems(h))
        .collect();
    focus
        .iter()
        .filter(|f| !generic.contains(*f))
        .cloned()
        .collect()
}

/// Phrases, each split into its words.
type Phrases = Vec<Vec<String>>;

/// The `unknown_count_cues` and `count_openers` phrases split into words, built once.
fn cue_and_opener_words() -> &'static (Phrases, Phrases) {
    static WORDS: OnceLock<(Phrases, Phrases)> = OnceLock::new();
    WORDS.get_or_init(|| {
        let lexicon = Lexicons::builtin();
        let words = |phrases: &[String]| -> Phrases {
            phrases
                .iter()
                .map(|p| p.split_whitespace().map(str::to_string).collect())
                .collect()
        };
        (
            words(&lexicon.unknown_count_cues),
            words(&lexicon.count_openers),
        )
    })
}

/// Whether `sentence` says that the count of the question's asked group (`group`,
/// stemmed; see [`asked_group`]) is not known: in one clause, an `unknown_count_cues`
/// phrase right before a `count_openers` phrase ("did not say how many", at most three
/// words between) or a few words after the opener's noun ("the number of X ... could
/// not be found", at most eight words between), and a word of the group within six
/// words after the opener.
pub(super) fn says_count_unknown(group: &[String], sentence: &str) -> bool {
    if group.is_empty() {
        return false;
    }
    let (cues, openers) = cue_and_opener_words();
    let lower = sentence.to_lowercase();
    let starts = |words: &[String], phrase: &[String]| -> Vec<usize> {
        (0..words.len())
            .filter(|&i| words[i..].starts_with(phrase))
            .collect()
    };
    lower
        .split([',', ';', ':', '(', ')'])
        .flat_map(|c| c.split(" but "))
        .any(|clause| {
            let words: Vec<String> = clause
                .split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                        .to_string()
                })
                .filter(|w| !w.is_empty())
                .collect();
            openers.iter().any(|opener| {
                starts(&words, opener).into_iter().any(|o| {
                    let o_end = o + opener.len();
                    let after = words[o_end..words.len().min(o_end + 6)].join(" ");
                    let after = stems(&after);
                    if !group.iter().any(|f| after.contains(f)) {
                        return false;
                    }
                    cues.iter().any(|cue| {
                        starts(&words, cue).into_iter().any(|c| {
                            let c_end = c + cue.len();
                            (c_end <= o && o - c_end <= 3) || (c >= o_end && c - o_end <= 8)
                        })
                    })
                })
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
    // Once per question and document: the asked group, not the generic head.
    let group = asked_group(&q.focus);
    let unknown = !group.is_empty()
        && ctx
            .sentences
            .iter()
            .any(|s| says_count_unknown(&group, s.slice(text)));
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
    fn a_far_or_generic_unknown_count_is_no_unknown_count() {
        let people = asked_group(&focus("people"));
        assert!(!says_count_unknown(
            &people,
            "The authorities did not disclose the number of people held in pre-trial detention."
        ));
        let f = asked_group(&focus("foreign nationals"));
        assert!(!says_count_unknown(
            &f,
            "The number of foreign nationals executed rose to 20, and the fate of others remained unknown to their families."
        ));
        assert!(says_count_unknown(
            &f,
            "The authorities did not disclose the number of foreign nationals executed."
        ));
    }

    #[test]
    fn a_group_pair_word_is_asked() {
        assert!(group_asked(&focus("women")).is_some());
        assert!(group_asked(&focus("prisoners")).is_none());
    }
}
