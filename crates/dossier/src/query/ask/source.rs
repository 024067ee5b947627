//! The source a question asks for ("According to the Ministry, how many ...?"): a
//! sentence that tells another speaker's word does not answer it.

use crate::index::tokens;
use std::collections::HashSet;

/// Words that stand before a source's name without naming it.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "these",
];

/// The search tokens of the speaker `question` asks for ("According to the Ministry
/// of Justice, ..." -> "ministri", "justic"); `None` without an "according to" lead-in
/// or when it names a document or its figures (`document_sources`: "according to the
/// report", "according to official figures"), which any of its sentences may give.
pub(super) fn asked_speaker(question: &str) -> Option<Vec<String>> {
    let lower = question.to_lowercase();
    let at = lower.find("according to ")? + "according to ".len();
    let rest = &question[at..];
    let end = rest.find([',', '?', ';']).unwrap_or(rest.len());
    let source = &rest[..end];
    let words: Vec<String> = source
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.to_lowercase()
                .trim_end_matches("'s")
                .trim_end_matches('\'')
                .to_string()
        })
        .filter(|w| !DETERMINERS.contains(&w.as_str()))
        .collect();
    let lex = super::phrases::Lexicons::builtin();
    if words.is_empty()
        || words
            .iter()
            .any(|w| lex.document_sources.iter().any(|d| d == w))
    {
        return None;
    }
    let out: Vec<String> = tokens(source).into_iter().map(|(t, _)| t).collect();
    (!out.is_empty()).then_some(out)
}

/// Whether `speaker` (see [`asked_speaker`]) goes unnamed around an answer: no token
/// of it in `sentence`, in `before` (the sentence before it: "The Ministry issued a
/// statement. It said 11 were executed.") or in `own` (the document's publisher and
/// title: a speaker's own page names itself nowhere else).
/// The page's own words name the speaker only with all of its words ("UN rights
/// office" in "UN rights office alarmed by ..."; not "Justice" of "Ministry of Justice"
/// in a review titled "Justice, Detention and the Death Penalty").
pub(super) fn speaker_unnamed(speaker: &[String], sentence: &str, before: &str, own: &str) -> bool {
    let said: HashSet<String> = [sentence, before]
        .iter()
        .flat_map(|t| tokens(t).into_iter().map(|(w, _)| w))
        .collect();
    let own: HashSet<String> = tokens(own).into_iter().map(|(w, _)| w).collect();
    !speaker.iter().any(|w| said.contains(w)) && !speaker.iter().all(|w| own.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_speaker_is_read_from_the_lead_in() {
        let speaker = asked_speaker(
            "According to the Interior Ministry, how many prisoners escaped in 2019?",
        )
        .expect("a speaker");
        assert!(!speaker.is_empty());
        // Another's word: a deputy's figure for the ministry's.
        assert!(speaker_unnamed(
            &speaker,
            "In the debate, deputy Jan Novak said that 40 prisoners had escaped.",
            "The bill was read a second time.",
            "Prague Weekly",
        ));
        assert!(!speaker_unnamed(
            &speaker,
            "The Interior Ministry put the number of escapes at 12.",
            "",
            "Prague Weekly",
        ));
        // The page's own title names the speaker only with all its words.
        assert!(!speaker_unnamed(
            &speaker,
            "We counted 12 escapes.",
            "",
            "Interior Ministry reports escapes",
        ));
        assert!(speaker_unnamed(
            &speaker,
            "We counted 12 escapes.",
            "",
            "Interior Review"
        ));
        // A pronoun's speaker named in the sentence before.
        assert!(!speaker_unnamed(
            &speaker,
            "It said 12 prisoners had escaped.",
            "The ministry issued a statement on Monday.",
            "",
        ));
    }

    #[test]
    fn a_document_or_its_figures_is_no_speaker() {
        assert!(asked_speaker("According to the report, how many people were hanged?").is_none());
        assert!(
            asked_speaker("How many were hanged in 2020, according to official figures?").is_none()
        );
        assert!(asked_speaker("How many people were hanged in 2020?").is_none());
        assert!(asked_speaker("How many were hanged, according to rights groups?").is_some());
    }
}
