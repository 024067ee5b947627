//! Votes written as a tally: "The bill passed by 88 votes to 41", "the amendment was
//! defeated by 79 votes to 52". The first figure is the winning side: the ayes of a
//! motion passed, the noes of one defeated. "How many voted for ...?" takes the ayes,
//! "How many voted against ...?" the noes; the other figure is no answer.

use super::Candidate;
use dossier_model::Span;

const PASSED: [&str; 7] = [
    "passed", "adopted", "approved", "carried", "endorsed", "accepted", "agreed",
];
const DEFEATED: [&str; 6] = [
    "defeated",
    "rejected",
    "failed",
    "voted down",
    "blocked",
    "lost",
];
const FOR: [&str; 6] = [
    "voted for",
    "votes for",
    "vote for",
    "in favour",
    "in favor",
    "supported",
];
const AGAINST: [&str; 5] = [
    "voted against",
    "votes against",
    "vote against",
    "opposed",
    "voted no",
];

/// Whether the question asks the ayes (`Some(true)`), the noes (`Some(false)`), or
/// neither.
fn asks_ayes(question: &str) -> Option<bool> {
    let lower = question.to_ascii_lowercase();
    let has = |cues: &[&str]| cues.iter().any(|c| lower.contains(c));
    match (has(&FOR), has(&AGAINST)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// A tally's first and second figure (byte ranges) and its motion's outcome.
type Tally = ((usize, usize), (usize, usize), Option<bool>);

/// The tallies of a folded sentence: the byte ranges of the first and second figure
/// of "N votes to M" / "by N to M", and whether the clause before says the motion
/// passed (`Some(true)`) or failed (`Some(false)`).
fn tallies(lower: &str) -> Vec<Tally> {
    let mut out = Vec::new();
    let figure_before = |end: usize| {
        let head = &lower[..end];
        let start = head
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |p| p + 1);
        (start < end).then_some((start, end))
    };
    let figure_after = |start: usize| {
        let tail = &lower[start..];
        let len = tail
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(tail.len());
        (len > 0).then_some((start, start + len))
    };
    for joint in [" votes to ", " vote to ", " to "] {
        for (p, _) in lower.match_indices(joint) {
            let (Some(first), Some(second)) = (figure_before(p), figure_after(p + joint.len()))
            else {
                continue;
            };
            // "by 12 to 9": a bare "to" joins a tally only after "by".
            if joint == " to " && !lower[..first.0].ends_with("by ") {
                continue;
            }
            if out
                .iter()
                .any(|(f, _, _): &((usize, usize), _, _)| f.0 == first.0)
            {
                continue;
            }
            let clause_start = lower[..first.0].rfind(['.', ';']).map_or(0, |c| c + 1);
            let clause = &lower[clause_start..first.0];
            let last = |cues: &[&str]| cues.iter().filter_map(|c| clause.rfind(c)).max();
            let outcome = match (last(&PASSED), last(&DEFEATED)) {
                (Some(a), Some(b)) => Some(a > b),
                (Some(_), None) => Some(true),
                (None, Some(_)) => Some(false),
                (None, None) => None,
            };
            out.push((first, second, outcome));
        }
    }
    out
}

/// Drops the figure of a tally in `sentence` that counts the side the question does
/// not ask ("defeated by 79 votes to 52" for "How many voted for ...?": 79).
pub(super) fn weigh(question: &str, text: &str, sentence: Span, out: &mut Vec<Candidate>) {
    let Some(ayes) = asks_ayes(question) else {
        return;
    };
    let lower = sentence.slice(text).to_ascii_lowercase();
    let base = sentence.start as usize;
    for (first, second, outcome) in tallies(&lower) {
        let Some(passed) = outcome else {
            continue;
        };
        // The winning side is the first figure.
        let wrong = if ayes == passed { second } else { first };
        let wrong = Span::new(base + wrong.0, base + wrong.1);
        out.retain(|c| !c.span.overlaps(wrong));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(question: &str, text: &str) -> Vec<String> {
        let whole = Span::new(0, text.len());
        let at = |w: &str| {
            let p = text.find(w).unwrap();
            Span::new(p, p + w.len())
        };
        let mut out: Vec<Candidate> = ["130", "22"]
            .iter()
            .map(|v| {
                let mut c = Candidate::for_test(v, whole);
                c.span = at(v);
                c
            })
            .collect();
        weigh(question, text, whole, &mut out);
        out.into_iter().map(|c| c.value).collect()
    }

    #[test]
    fn the_winning_side_comes_first() {
        let passed = "The senate adopted the motion by 130 votes to 22 on Friday.";
        assert_eq!(
            kept("How many senators voted for the motion?", passed),
            ["130"]
        );
        assert_eq!(
            kept("How many senators voted against the motion?", passed),
            ["22"]
        );
        let failed = "A rival text was rejected by 130 to 22.";
        assert_eq!(
            kept(
                "How many members voted in favour of the rival text?",
                failed
            ),
            ["22"]
        );
        assert_eq!(
            kept("How many members opposed the rival text?", failed),
            ["130"]
        );
        // No outcome, or no side asked: both stay.
        let bare = "Members split 130 votes to 22.";
        assert_eq!(kept("How many voted for it?", bare).len(), 2);
        assert_eq!(kept("How many votes were cast?", passed).len(), 2);
    }
}
