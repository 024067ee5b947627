//! The act a date question asks about, and whether the clause around a date states
//! it done. "When was the Anti-Fake News Act repealed?" is not answered by "On April
//! 2, parliament passed the Anti-Fake News Act" (another act of the same law), nor by
//! "the House voted to repeal the act, but the Senate rejected the repeal bill" (a
//! repeal attempted, then refused), nor "The bill did not become law" (denied). The
//! lexicons are data (`rules/acts.en.json`, format documented there).

use dossier_model::Span;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Acts {
    #[serde(rename = "_format")]
    _format: Vec<String>,
    acts: Vec<Act>,
    negators: Vec<String>,
    denials: Vec<String>,
    planning: Vec<String>,
    modals: Vec<String>,
    ordinal_heads: Vec<String>,
    clause_breaks: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Act {
    asked: Vec<String>,
    stated: Vec<String>,
}

/// What a clause says of the asked act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stated {
    /// Said done.
    Done,
    /// Named, but denied or not yet done ("did not become law", "calls to restore").
    Undone,
    /// Not named.
    Absent,
}

impl Acts {
    pub(super) fn from_json(text: &str) -> Result<Acts, serde_json::Error> {
        serde_json::from_str(text)
    }

    pub(super) fn builtin() -> &'static Acts {
        static ACTS: std::sync::LazyLock<Acts> = std::sync::LazyLock::new(|| {
            Acts::from_json(include_str!("../../../rules/acts.en.json"))
                .unwrap_or_else(|e| panic!("rules/acts.en.json is invalid: {e}"))
        });
        &ACTS
    }

    /// The acts `question` asks about, its `names` (written as in the question)
    /// left out: "the Death Penalty Abolition Act" names a law, not an abolition.
    pub(super) fn asked(&self, question: &str, names: &[String]) -> Vec<usize> {
        let mut text = question.to_string();
        // A name stands as one word ("the National Assembly adopt" is not "the adopt").
        for name in names {
            text = text.replace(name.as_str(), "someone");
        }
        let words = words(&text);
        // "When did parliament vote to abolish ...?", "When did voters reject
        // abolition?": a question about the act not (yet) done asks about no act.
        // Where each act is asked: its words' first positions.
        let found: Vec<(usize, usize, usize)> = (0..self.acts.len())
            .flat_map(|i| {
                let words = &words;
                self.acts[i].asked.iter().flat_map(move |a| {
                    let form = words_of(a);
                    find_form(words, &form)
                        .into_iter()
                        .map(move |at| (i, at, at + form.len()))
                })
            })
            .collect();
        let mut asked: Vec<usize> = found
            .iter()
            .filter(|&&(i, at, end)| {
                let noun = ["tion", "tions", "ment", "ments"]
                    .iter()
                    .any(|s| words[at].ends_with(s));
                // "the stay of execution": a noun after "of" names what another act
                // is of; "halt executions": the object of another asked act.
                let of_noun = noun && at > 0 && words[at - 1] == "of";
                let object = noun
                    && found
                        .iter()
                        .any(|&(j, _, other_end)| j != i && other_end == at);
                !of_noun && !object && !noun_phrase(&words, at) && !self.undone(&words, at, end)
            })
            .map(|&(i, _, _)| i)
            .collect();
        asked.sort_unstable();
        asked.dedup();
        asked
    }

    /// What the clause of `sentence` around `date` says of the acts `asked`.
    pub(super) fn stated(&self, asked: &[usize], text: &str, sentence: Span, date: Span) -> Stated {
        self.stated_in(asked, self.clause(text, sentence, date))
    }

    /// What `clause` says of the acts `asked`: done when one of them is said done.
    pub(super) fn stated_in(&self, asked: &[usize], clause: &str) -> Stated {
        let words = words(clause);
        let mut undone = false;
        for &act in asked {
            for form in &self.acts[act].stated {
                let form_words = words_of(form);
                for at in find_form(&words, &form_words) {
                    if self.undone(&words, at, at + form_words.len()) {
                        undone = true;
                    } else {
                        return Stated::Done;
                    }
                }
            }
        }
        if undone {
            Stated::Undone
        } else {
            Stated::Absent
        }
    }

    /// The clause of `sentence` that holds `date`: the sentence cut at semicolons
    /// and at the `clause_breaks`.
    fn clause<'t>(&self, text: &'t str, sentence: Span, date: Span) -> &'t str {
        self.clause_span(text, sentence, date).slice(text)
    }

    /// The span of the clause of `sentence` that holds `at` (see [`Acts::clause`]).
    pub(super) fn clause_span(&self, text: &str, sentence: Span, at: Span) -> Span {
        let s = sentence.slice(text);
        let base = sentence.start as usize;
        let at = (at.start.saturating_sub(sentence.start) as usize).min(s.len());
        let mut start = 0;
        let mut end = s.len();
        let mut cut = |from: usize, len: usize| {
            if from + len <= at {
                start = start.max(from + len);
            } else if from >= at {
                end = end.min(from);
            }
        };
        for (i, _) in s.match_indices(';') {
            cut(i, 1);
        }
        for brk in &self.clause_breaks {
            for (i, m) in s.match_indices(brk.as_str()) {
                cut(i, m.len());
            }
        }
        if start >= end {
            return sentence;
        }
        Span::new(base + start, base + end)
    }

    /// Whether the act named by `words[at..end]` is denied or not yet done.
    fn undone(&self, words: &[String], at: usize, end: usize) -> bool {
        let before = |n: usize| &words[at.saturating_sub(n)..at];
        let starts = |w: &str, list: &[String]| list.iter().any(|p| w.starts_with(p.as_str()));
        // "not only abolished ..." denies nothing.
        let denied = before(4).iter().enumerate().any(|(i, w)| {
            (self.negators.contains(w) || starts(w, &self.denials))
                && !(w == "not" && before(4).get(i + 1).is_some_and(|n| n == "only"))
        });
        // "has not executed anyone since 1992" says when it was last done.
        let since = words[end..words.len().min(end + 6)]
            .iter()
            .any(|w| w == "since");
        if denied && !since {
            return true;
        }
        // "voted to repeal", "calls to restore", "is to be abolished"; but "the first
        // state to abolish" did.
        let to_at = match before(2) {
            [a, b] if a == "to" && b == "be" => Some(at - 2),
            [_, b] | [b] if b == "to" => Some(at - 1),
            _ => None,
        };
        if let Some(to) = to_at {
            let head = &words[to.saturating_sub(3)..to];
            let ordinal = head.iter().any(|w| {
                self.ordinal_heads.contains(w)
                    || (w.starts_with(|c: char| c.is_ascii_digit())
                        && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)))
            });
            if !ordinal {
                return true;
            }
        }
        let window = format!(" {} ", before(8).join(" "));
        if self.planning.iter().any(|p| has_form(&window, p))
            || before(8).iter().any(|w| self.modals.contains(w))
        {
            return true;
        }
        // "the reintroduction of the death penalty should be kept on the agenda",
        // "restoring it would violate the constitution".
        let nominal = ["tion", "ment", "ing"]
            .iter()
            .any(|s| words[end - 1].ends_with(s));
        // The modal must be the noun's own verb: "debating a bill that would
        // replace it" is done ("that" opens the bill's clause).
        nominal
            && words[end..words.len().min(end + 6)]
                .iter()
                .take_while(|w| !["that", "which", "who", "whose", "and"].contains(&w.as_str()))
                .any(|w| self.modals.contains(w))
    }
}

/// "the suspended sentences", "the death sentence", "a repealed law": a word after a
/// determiner, or after a participle or a noun of punishment that follows one, is a
/// noun phrase's, not the question's verb ("When did the court sentence ...?" keeps it).
fn noun_phrase(words: &[String], at: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those",
    ];
    const MODIFIERS: &[&str] = &["death", "prison", "life", "jail", "mandatory"];
    let back = |n: usize| at.checked_sub(n).map(|i| words[i].as_str());
    let possessive = |w: &str| w.ends_with("'s");
    if back(1).is_some_and(possessive) {
        return true;
    }
    back(1).is_some_and(|w| DETERMINERS.contains(&w) || MODIFIERS.contains(&w))
        || (back(2).is_some_and(|w| DETERMINERS.contains(&w))
            && back(1).is_some_and(|w| w.ends_with("ed") || MODIFIERS.contains(&w)))
}

/// Lower-case words, "n't" read as "not".
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace("n't", " not")
        .replace('\u{2019}', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(|w| w.trim_matches(['-', '\'']).to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

fn words_of(form: &str) -> Vec<String> {
    form.split_whitespace().map(str::to_string).collect()
}

/// Whether `joined` (words with a space on both sides) holds the phrase `form`,
/// its last word as a prefix.
fn has_form(joined: &str, form: &str) -> bool {
    joined.contains(&format!(" {form}"))
}

/// Where the phrase `form` starts in `words` (its last word a prefix, the others whole).
fn find_form(words: &[String], form: &[String]) -> Vec<usize> {
    let Some((last, head)) = form.split_last() else {
        return Vec::new();
    };
    (0..words.len())
        .filter(|&i| {
            i + form.len() <= words.len()
                && head.iter().enumerate().all(|(k, w)| &words[i + k] == w)
                && words[i + head.len()].starts_with(last.as_str())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stated(question: &str, sentence: &str, date: &str) -> Stated {
        let acts = Acts::builtin();
        let asked = acts.asked(question, &[]);
        assert!(!asked.is_empty(), "no act asked in {question:?}");
        let at = sentence.find(date).unwrap();
        let whole = Span::new(0, sentence.len());
        acts.stated(&asked, sentence, whole, Span::new(at, at + date.len()))
    }

    #[test]
    fn another_act_of_the_same_law_is_absent() {
        let s = "On April 2, parliament passed the Act; it took effect on April 11.";
        assert_eq!(
            stated("When was the Act repealed?", s, "April 2"),
            Stated::Absent
        );
        assert_eq!(
            stated("When did the Act take effect?", s, "April 2"),
            Stated::Absent
        );
        assert_eq!(
            stated("When did the Act take effect?", s, "April 11"),
            Stated::Done
        );
    }

    #[test]
    fn denied_attempted_and_called_for_acts_are_undone() {
        let s = "On August 16, the lower house voted to repeal the act, but the Senate rejected the repeal bill in September.";
        assert_eq!(
            stated("When was the act repealed?", s, "August 16"),
            Stated::Undone
        );
        assert_eq!(
            stated("When was the act repealed?", s, "September"),
            Stated::Undone
        );
        let s = "The bill did not become law during 2017 because the president did not sign it.";
        assert_eq!(
            stated("When did the bill become law?", s, "2017"),
            Stated::Undone
        );
        let s = "On Tuesday groups urged parliament to reject calls by the president to restore the death penalty.";
        assert_eq!(
            stated(
                "When did the country restore the death penalty?",
                s,
                "Tuesday"
            ),
            Stated::Undone
        );
        let s = "In 2015 the prime minister said that the reintroduction of the death penalty should be kept on the agenda.";
        assert_eq!(
            stated(
                "When did the country reintroduce the death penalty?",
                s,
                "2015"
            ),
            Stated::Undone
        );
    }

    #[test]
    fn not_done_since_a_date_was_last_done_then() {
        let s = "Freedonia has not executed anyone since 1992.";
        assert_eq!(
            stated("When did Freedonia last execute anyone?", s, "1992"),
            Stated::Done
        );
        let s =
            "Members of parliament on Friday began debating a bill that would replace the penalty.";
        assert_eq!(
            stated("When did parliament begin debating the bill?", s, "Friday"),
            Stated::Done
        );
    }

    #[test]
    fn done_acts_are_done() {
        let s = "Virginia became in 2021 the first Southern state to abolish the death penalty.";
        assert_eq!(
            stated("When did Virginia abolish the death penalty?", s, "2021"),
            Stated::Done
        );
        let s = "The court convicted him of murder on 3 May 2010 and sentenced him to death.";
        assert_eq!(
            stated("When was he convicted of murder?", s, "3 May 2010"),
            Stated::Done
        );
        let s = "He was not only convicted on 3 May 2010 but also fined.";
        assert_eq!(
            stated("When was he convicted?", s, "3 May 2010"),
            Stated::Done
        );
    }

    #[test]
    fn a_question_about_an_act_not_done_asks_about_no_act() {
        let acts = Acts::builtin();
        for q in [
            "When did the Parliament vote to abolish the death penalty?",
            "In what year did voters reject abolition of the death penalty?",
        ] {
            assert!(acts.asked(q, &[]).is_empty(), "{q}");
        }
        let abolish = acts.asked("When did the Parliament abolish the death penalty?", &[]);
        assert_eq!(abolish.len(), 1);
        // The approval is asked, not the abolition.
        let approve = acts.asked(
            "When did the Cabinet approve the bill to abolish the death penalty?",
            &[],
        );
        assert!(!approve.is_empty() && !approve.contains(&abolish[0]));
    }

    #[test]
    fn a_noun_after_of_is_not_the_asked_act() {
        let acts = Acts::builtin();
        assert!(acts
            .asked("On what date was the stay of execution granted?", &[])
            .is_empty());
        assert!(acts
            .asked(
                "When did the court turn the suspended sentences into prison terms?",
                &[]
            )
            .is_empty());
        assert!(!acts
            .asked("When did the court sentence 75 people to death?", &[])
            .is_empty());
        let halt = acts.asked("In which year did the governor halt executions?", &[]);
        let suspend = acts.asked("When did the governor suspend them?", &[]);
        assert_eq!(halt, suspend);
        assert!(acts
            .asked("When did a court lengthen Ann Lee's sentence?", &[])
            .is_empty());
        let names = vec!["Ann Lee".to_string()];
        let assembly = vec!["National Assembly".to_string()];
        assert!(!acts
            .asked("When did the National Assembly adopt the law?", &assembly)
            .is_empty());
        assert!(acts
            .asked("When did a court lengthen Ann Lee’s sentence?", &names)
            .is_empty());
    }

    #[test]
    fn names_in_the_question_ask_no_act() {
        let acts = Acts::builtin();
        let names = vec!["Death Penalty Abolition Act".to_string()];
        assert!(acts
            .asked("When was the Death Penalty Abolition Act signed?", &names)
            .is_empty());
        assert!(acts.asked("Who is the president of Kenya?", &[]).is_empty());
    }

    #[test]
    fn an_unknown_key_is_rejected_by_name() {
        let mut value: serde_json::Value =
            serde_json::from_str(include_str!("../../../rules/acts.en.json")).unwrap();
        value["negator"] = serde_json::json!(["not"]);
        let err = Acts::from_json(&value.to_string()).unwrap_err();
        assert!(err.to_string().contains("negator"), "{err}");
    }
}
