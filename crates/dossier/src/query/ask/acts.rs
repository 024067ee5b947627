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
    requested: Vec<String>,
    request_verbs: Vec<String>,
    resumption_asked: Vec<String>,
    resumption_said: Vec<String>,
    modals: Vec<String>,
    ordinal_heads: Vec<String>,
    clause_breaks: Vec<String>,
    pending: Vec<String>,
    scheduling: Vec<String>,
    scheduled_nouns: Vec<String>,
    verb_forms: Vec<Vec<String>>,
    generic_verbs: Vec<String>,
    question_auxiliaries: Auxiliaries,
    question_determiners: Vec<String>,
    question_particles: Vec<String>,
    coordination_breaks: Vec<String>,
    adjective_participles: Vec<String>,
    aspect_verbs: Vec<String>,
    law_heads: Vec<String>,
    light_verbs: Vec<String>,
    relative_pronouns: Vec<String>,
    noun_prepositions: Vec<String>,
    place_prepositions: Vec<String>,
    question_time_clauses: Vec<String>,
    ending_verbs: Vec<String>,
    beginning_verbs: Vec<String>,
    verb_opposites: Vec<[String; 2]>,
    unknown_when: Vec<String>,
    act_nouns: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Auxiliaries {
    verb: Vec<String>,
    participle: Vec<String>,
}

/// The act a date question asks about in its own verb, when no listed act is asked:
/// "When did police register a case?" asks of a registering ("had not registered a
/// case" denies it), "When was the request decided?" of a deciding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct VerbAct {
    /// Stems a word of the act starts with (a regular suffix may follow).
    stems: Vec<String>,
    /// Its irregular past forms, whole words ("began", "begun"; "put" for "put").
    past: Vec<String>,
    /// A light verb ("carry out the execution"): its object names the act, so a
    /// clause only loses when it names the verb not done ("would consider carrying
    /// out canings").
    pub(super) light: bool,
    /// The verbs that tell its opposite outcome (`verb_opposites`: "reject" for
    /// "accept").
    opposites: Vec<VerbAct>,
}

impl VerbAct {
    /// The stems a word of the act starts with.
    pub(super) fn stems(&self) -> &[String] {
        &self.stems
    }

    /// Whether the (lower-case) word is a past form of the act's verb ("raised",
    /// "began"): only a past form says it done ("outlining work on safety" is a noun).
    fn past(&self, word: &str) -> bool {
        self.past.iter().any(|p| p == word)
            || self.stems.iter().any(|stem| {
                word.strip_prefix(stem.as_str()).is_some_and(|rest| {
                    matches!(rest, "ed" | "d")
                        || (rest.len() == 3 && stem.ends_with(&rest[..1]) && &rest[1..] == "ed")
                })
            })
    }

    /// Whether the (lower-case) word is a form of the act's verb.
    pub(super) fn matches(&self, word: &str) -> bool {
        self.stems.iter().any(|stem| {
            word.strip_prefix(stem.as_str()).is_some_and(|rest| {
                SUFFIXES.contains(&rest)
                    || (rest.len() > 1
                        && stem.ends_with(&rest[..1])
                        && SUFFIXES.contains(&&rest[1..]))
            })
        })
    }
}

/// The stems of a regular verb given in its base or present form ("deny" ->
/// "deni"/"deny", "refuse" -> "refus", "register" -> "register").
fn base_stems(w: &str) -> Vec<String> {
    if let Some(stem) = w
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        vec![format!("{stem}i"), w.to_string()]
    } else if let Some(stem) = w.strip_suffix('e').filter(|s| s.len() >= 3) {
        vec![stem.to_string()]
    } else {
        vec![w.to_string()]
    }
}

/// What may follow a verb's stem in a form of it ("decid" + "ed", "repli" + "es").
const SUFFIXES: &[&str] = &["", "e", "s", "es", "ed", "d", "ing", "n", "en"];

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

impl Stated {
    /// Not said done: denied if `undone`, else not named.
    fn unless_undone(undone: bool) -> Stated {
        if undone {
            Stated::Undone
        } else {
            Stated::Absent
        }
    }
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
        let object_from = self
            .verb_act(question, names)
            .filter(|v| !v.light && self.participle_at(&words).is_none())
            .and_then(|v| {
                let aux = (0..words.len().min(6))
                    .find(|&i| self.question_auxiliaries.verb.contains(&words[i]))?;
                (aux + 1..words.len()).find(|&i| v.matches(&words[i]))
            });
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
            // "When was the abolition bill passed?": in a question of a participle,
            // the words of its subject name no act ("When were the executions carried
            // out?": a light verb's subject does).
            .filter(|&&(_, at, _)| {
                self.participle_at(&words)
                    .is_none_or(|p| at >= p || self.is_light_verb(&words[p]))
            })
            // "When did the Court uphold the death sentences of the men convicted of
            // ...?": in a question of "did", the acts its own verb governs are its
            // object's; the verb is the act asked (unless it is light: "carry out
            // the executions").
            // "How many people were on death row when the penalty was abolished?":
            // an act in a clause of time dates the question, it is not asked.
            .filter(|&&(_, at, _)| {
                !words[1..at.max(1)]
                    .iter()
                    .any(|w| self.question_time_clauses.contains(w))
            })
            .filter(|&&(i, at, _)| {
                object_from.is_none_or(|v| {
                    at <= v
                        || self.acts[i].asked.iter().any(|a| {
                            words_of(a)
                                .first()
                                .is_some_and(|f| words[v].starts_with(f.as_str()))
                        })
                })
            })
            .map(|&(i, _, _)| i)
            .collect();
        asked.sort_unstable();
        asked.dedup();
        asked
    }

    /// Whether a date question asks when something ended ("When did martial law
    /// end?"): a span of time answers with its end.
    pub(super) fn asks_end(&self, question: &str) -> bool {
        words(question)
            .iter()
            .any(|w| self.ending_verbs.contains(w))
    }

    /// Whether a date question asks when something began ("When did the moratorium
    /// begin?").
    pub(super) fn asks_beginning(&self, question: &str) -> bool {
        words(question)
            .iter()
            .any(|w| self.beginning_verbs.contains(w))
    }

    /// In a question of a participle ("When was Someone's new sentence pronounced?",
    /// lower-case words), where its participle stands.
    fn participle_at(&self, words: &[String]) -> Option<usize> {
        let aux = (0..words.len().min(6))
            .find(|&i| self.question_auxiliaries.participle.contains(&words[i]))?;
        let participle = |i: usize| {
            let w = words[i].as_str();
            let irregular = self
                .verb_forms
                .iter()
                .any(|g| g[1..].iter().any(|f| f == w));
            !DETERMINERS.contains(&words[i - 1].as_str())
                && ((w.ends_with("ed") && w.len() > 4) || irregular)
        };
        let first = (aux + 1..words.len()).find(|&i| participle(i))?;
        // "When were the eight soldiers sentenced in Goma executed?": a participle
        // ending the question is its verb; one before it, followed by a
        // preposition, qualifies its subject.
        let last = words.len() - 1;
        let qualifies = words
            .get(first + 1)
            .is_some_and(|w| matches!(w.as_str(), "in" | "at" | "by" | "for" | "of" | "on"));
        if last > first + 1 && qualifies && participle(last) {
            return Some(last);
        }
        Some(first)
    }

    /// What the clause of `sentence` around `date` says of the acts `asked`.
    /// A question about a named person's act (`of_someone`) is not answered by "no
    /// execution has been carried out since 1992", which dates the last of any.
    pub(super) fn stated(
        &self,
        asked: &[usize],
        text: &str,
        sentence: Span,
        date: Span,
        of_someone: bool,
    ) -> Stated {
        let clause = self.clause_span(text, sentence, date);
        let clause = self.dated_coordinate(text, clause, date);
        self.stated_with(asked, clause.slice(text), !of_someone)
    }

    /// Whether `rest` (the text after an "and") opens with a past verb of its own: a
    /// lower-case word of five letters or more in "-ed" that is no adjective ("convicted
    /// of murder and armed robbery": `adjective_participles`).
    fn opens_with_past_verb(&self, rest: &str) -> bool {
        rest.split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| {
                w.len() > 4
                    && w.ends_with("ed")
                    && w.starts_with(char::is_lowercase)
                    && !self.adjective_participles.iter().any(|a| a == w)
            })
    }

    /// `clause` cut at an " and " that opens a second past verb when each side
    /// carries a date of its own: "convicted ... on 06/14/2012 and sentenced to death
    /// on 08/02/2012" gives each verb its date, while "arrested, convicted and
    /// sentenced on 5 May 2001" keeps the one date for all three.
    pub(super) fn dated_coordinate(&self, text: &str, clause: Span, at: Span) -> Span {
        let said = clause.slice(text);
        let base = clause.start as usize;
        let at_in = (at.start.saturating_sub(clause.start) as usize).min(said.len());
        let (mut start, mut end) = (0, said.len());
        for (i, m) in said.match_indices(" and ") {
            let second_verb = self.opens_with_past_verb(&said[i + m.len()..]);
            if !second_verb || !dated(&said[..i]) || !dated(&said[i + m.len()..]) {
                continue;
            }
            if i + m.len() <= at_in {
                start = start.max(i + m.len());
            } else if i >= at_in {
                end = end.min(i);
            }
        }
        if start < end {
            Span::new(base + start, base + end)
        } else {
            clause
        }
    }

    /// What `clause` says of the acts `asked`: done when one of them is said done.
    pub(super) fn stated_in(&self, asked: &[usize], clause: &str) -> Stated {
        self.stated_with(asked, clause, true)
    }

    /// See [`Acts::stated_in`]; `since_counts`: "has not executed anyone since 1992"
    /// says when the act was last done.
    fn stated_with(&self, asked: &[usize], clause: &str, since_counts: bool) -> Stated {
        let words = words(clause);
        // "93.1 Ratify the Second Optional Protocol (Australia)": a recommendation
        // opening with the act's bare verb asks for it, and says nothing done.
        let opening = words
            .iter()
            .position(|w| !w.chars().all(|c| c.is_ascii_digit()));
        // A bare verb: no regular or irregular past ("Upheld the sentence" is a
        // chronology's past), no noun or participle ending.
        let bare = |word: &str| {
            !["ed", "ion", "ing", "s", "al"]
                .iter()
                .any(|end| word.ends_with(end))
                && !self
                    .verb_forms
                    .iter()
                    .any(|forms| forms.iter().skip(1).any(|f| f == word))
        };
        let imperative = |at: usize, len: usize| {
            Some(at) == opening
                && clause
                    .trim_start_matches(|c: char| !c.is_alphabetic())
                    .starts_with(char::is_uppercase)
                && bare(&words[at])
                // "Ratify the Protocol", not an infobox's "Born 2 May 1961".
                && words.get(at + len).is_some_and(|next| {
                    ["the", "a", "an", "all", "its", "any", "their"].contains(&next.as_str())
                })
        };
        let mut undone = false;
        for &act in asked {
            for form in &self.acts[act].stated {
                let form_words = words_of(form);
                for at in find_form(&words, &form_words) {
                    if imperative(at, form_words.len())
                        || self.undone_with(&words, at, at + form_words.len(), since_counts)
                    {
                        undone = true;
                    } else {
                        return Stated::Done;
                    }
                }
            }
        }
        Stated::unless_undone(undone)
    }

    /// Whether `quote` says in a past form ("was acquitted") an act that `question`
    /// names only as a noun after its own verb `act` ("When did prosecutors appeal
    /// her acquittal?"): a date there is that other act's (`act_nouns`).
    pub(super) fn object_act_said(&self, question: &str, act: &VerbAct, quote: &str) -> bool {
        // "carry out the execution of X": a light verb's object is the act itself.
        if act.light {
            return false;
        }
        let words = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let asked = words(question);
        let Some(verb) = asked.iter().position(|w| act.matches(w)) else {
            return false;
        };
        let stems: Vec<&str> = asked[verb + 1..]
            .iter()
            .flat_map(|w| {
                self.act_nouns
                    .iter()
                    .filter_map(move |ending| w.strip_suffix(ending.as_str()))
                    .filter(|stem| stem.len() >= 4)
            })
            .collect();
        if stems.is_empty() {
            return false;
        }
        words(quote).iter().any(|w| {
            stems.iter().any(|stem| {
                w.strip_prefix(stem)
                    .is_some_and(|rest| matches!(rest, "ed" | "d"))
            })
        })
    }

    /// The act named by the question's own verb (see [`VerbAct`]), `names` read as
    /// one word each; `None` when no verb is found, or it is generic ("happen").
    pub(super) fn verb_act(&self, question: &str, names: &[String]) -> Option<VerbAct> {
        let mut text = question.to_string();
        for name in names {
            text = text.replace(name.as_str(), "Someone");
        }
        let tokens: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}'))
            .filter(|w| !w.is_empty())
            .collect();
        let lower: Vec<String> = tokens.iter().map(|w| w.to_lowercase()).collect();
        let capital = |i: usize| name_word(tokens[i]);
        let det = |i: usize| self.question_determiners.contains(&lower[i]);
        let particle = |i: usize| self.question_particles.contains(&lower[i]);
        let aux = (0..lower.len().min(6)).find(|&i| {
            self.question_auxiliaries.verb.contains(&lower[i])
                || self.question_auxiliaries.participle.contains(&lower[i])
        })?;
        let participle = self.question_auxiliaries.participle.contains(&lower[aux]);
        let mut k = aux + 1;
        let word = if participle {
            // "When was Someone's request for a retrial decided?": the first past
            // participle after the subject that no determiner introduces.
            let at = (k..tokens.len()).find(|&i| {
                let w = lower[i].as_str();
                let irregular = self
                    .verb_forms
                    .iter()
                    .any(|g| g[1..].iter().any(|f| f == w));
                !capital(i)
                    && (i == 0 || !DETERMINERS.contains(&lower[i - 1].as_str()))
                    && ((w.ends_with("ed") && w.len() > 4) || irregular)
            })?;
            // "the two convicts whose mercy petitions were rejected": a participle
            // of a relative clause is not the question's.
            if lower[k..at]
                .iter()
                .any(|w| self.relative_pronouns.contains(w))
            {
                return None;
            }
            at
        } else {
            // "When did [the] [Tajik] parliament pass ...?", "When did the UN experts
            // raise ...?", "When did Someone take office?": past the subject.
            let n = tokens.len();
            let next_lower =
                |i: usize| i + 1 < n && !capital(i + 1) && !det(i + 1) && !particle(i + 1);
            let plural = |i: usize| {
                let w = lower[i].as_str();
                w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
            };
            let number = |i: usize| lower[i].chars().all(|c| c.is_ascii_digit());
            loop {
                while k < n && (det(k) || number(k)) {
                    k += 1;
                }
                let after_det = k > aux + 1 && det(k - 1);
                let mut named = false;
                while k < n
                    && (capital(k)
                        || (matches!(lower[k].as_str(), "of" | "and")
                            && k + 1 < n
                            && capital(k + 1)))
                {
                    named = true;
                    k += 1;
                }
                // "Republic Act No. 7659 take effect": a name's number is part of it.
                while named && k < n && number(k) {
                    k += 1;
                }
                // "Someone's sentence rehearing begin": after a possessive, the nouns
                // it owns run up to the verb.
                let possessive = named && lower[k - 1].ends_with("'s");
                // "Someone's new Someone come into force": an adjective before a name
                // the possessive owns.
                if possessive {
                    while k + 1 < n && !capital(k) && !det(k) && !particle(k) && capital(k + 1) {
                        k += 1;
                        while k < n && capital(k) {
                            k += 1;
                        }
                    }
                }
                // "the appeals court confirm": a plural noun leaves room for one more;
                // so does a name after a determiner ("the Egyptian parliament adopt").
                let mut first = !named || (after_det && !possessive);
                let start = k;
                while k < n
                    && !capital(k)
                    && !particle(k)
                    && !det(k)
                    && next_lower(k)
                    && (possessive || (first && !lower[k + 1].ends_with("ing")) || plural(k))
                {
                    first = first && plural(k);
                    k += 1;
                }
                // "voters reject abolition": a noun by its ending is the object (not
                // a verb before its own object: "the court sentence 75 people").
                if k > start
                    && NOUN_ENDINGS.iter().any(|e| lower[k].ends_with(e))
                    && !(k + 1 < n && (det(k + 1) || number(k + 1) || capital(k + 1)))
                {
                    k -= 1;
                }
                // "relatives of security detainees gather", "the inquiry into his
                // death issue": a noun's own phrase.
                if k + 1 < n
                    && self.noun_prepositions.contains(&lower[k + 1])
                    && !capital(k)
                    && !particle(k)
                    && !det(k)
                {
                    k += 2;
                    continue;
                }
                // "authorities in Someone publicly hang", "a revolutionary court in
                // Someone sentence": a place after the subject's noun is its own.
                if k + 2 < n
                    && self.place_prepositions.contains(&lower[k + 1])
                    && capital(k + 2)
                    && !capital(k)
                    && !particle(k)
                    && !det(k)
                {
                    k += 2;
                    while k < n && capital(k) {
                        k += 1;
                    }
                }
                // "When did the refugee and protection officer decline X's claim?": a
                // subject of two nouns joined by "and" runs to the last lower-case
                // word before the verb's object.
                if k + 2 < n
                    && matches!(lower[k].as_str(), "and" | "or")
                    && !capital(k + 1)
                    && !det(k + 1)
                    && !particle(k + 1)
                {
                    k += 1;
                    while k + 1 < n && next_lower(k) {
                        k += 1;
                    }
                }
                break;
            }
            // "publicly hang": an adverb before the verb is not it ("apply", "reply"
            // are verbs).
            if k + 1 < n
                && lower[k].len() >= 6
                && lower[k].ends_with("ly")
                && !lower[k].ends_with("ply")
                && !capital(k + 1)
                && !det(k + 1)
                && !particle(k + 1)
            {
                k += 1;
            }
            if k >= n
                || capital(k)
                || det(k)
                || particle(k)
                || self.relative_pronouns.contains(&lower[k])
            {
                return None;
            }
            // "When did the amendments to Someone enter into force?": a plural noun
            // right after its determiner is the subject, not the verb.
            if k > 0
                && det(k - 1)
                && NOUN_ENDINGS
                    .iter()
                    .any(|e| lower[k].strip_suffix('s').is_some_and(|w| w.ends_with(e)))
            {
                return None;
            }
            // "the 23 entrepreneurs accused of belonging to Someone go on trial": a
            // participle after the subject is its own; the verb follows a name.
            let w = lower[k].as_str();
            if w.ends_with("ed") && !w.ends_with("eed") {
                k = (k + 1..n).find(|&j| {
                    !capital(j)
                        && !particle(j)
                        && !det(j)
                        && !lower[j].ends_with("ing")
                        && capital(j - 1)
                })?;
            }
            k
        };
        // "were ... to be heard", "would be executed": the question asks of a plan;
        // "Since when has Malawi not carried out an execution?", "... carried out no
        // executions?" of a denial.
        if (word >= 1 && lower[word - 1] == "to")
            || lower[aux + 1..].iter().any(|w| self.negators.contains(w))
            || (word >= 2 && lower[word - 1] == "be" && lower[word - 2] == "to")
            || lower[aux + 1..word].iter().any(|w| self.modals.contains(w))
        {
            return None;
        }
        // "take place" is no act of its own.
        if lower.get(word + 1).is_some_and(|next| {
            let pair = format!("{} {next}", lower[word]);
            self.generic_verbs.contains(&pair)
        }) {
            return None;
        }
        // "When did Aceh begin carrying out canings?" asks of the carrying out.
        let gerund = lower.get(word + 1).filter(|next| {
            !participle
                && self.aspect_verbs.contains(&lower[word])
                && next.len() > 5
                && next.ends_with("ing")
        });
        let w = match gerund {
            Some(next) => &next[..next.len() - 3],
            None => lower[word].as_str(),
        };
        if self.generic_verbs.iter().any(|g| g == w) {
            return None;
        }
        let group = self.verb_forms.iter().find(|g| g.iter().any(|f| f == w));
        let past: Vec<String> = match group {
            Some(g) if g.len() == 1 => g.clone(),
            Some(g) => g[1..].to_vec(),
            None => Vec::new(),
        };
        let stems: Vec<String> = if let Some(group) = group {
            group.clone()
        } else if !participle {
            base_stems(w)
        } else {
            let base = w.strip_suffix("ed").unwrap_or(w);
            let b: Vec<char> = base.chars().collect();
            if w.ends_with("eed") {
                vec![w[..w.len() - 1].to_string()]
            } else if let Some(stem) = base.strip_suffix('i') {
                vec![base.to_string(), format!("{stem}y")]
            } else if b.len() > 2
                && b[b.len() - 1] == b[b.len() - 2]
                && !"lsz".contains(b[b.len() - 1])
            {
                vec![base[..base.len() - 1].to_string()]
            } else {
                vec![base.to_string()]
            }
        };
        if stems.iter().all(|s| s.chars().count() < 3) {
            return None;
        }
        let light = self
            .light_verbs
            .iter()
            .any(|l| stems.contains(l) || past.contains(l));
        let mut act = VerbAct {
            stems,
            past,
            light,
            opposites: Vec::new(),
        };
        act.opposites = self
            .verb_opposites
            .iter()
            .filter_map(|[a, b]| {
                if act.matches(a) {
                    Some(b)
                } else if act.matches(b) {
                    Some(a)
                } else {
                    None
                }
            })
            .map(|base| self.base_act(base))
            .collect();
        Some(act)
    }

    /// The act of a verb given in its base form ("reject", "deny").
    fn base_act(&self, base: &str) -> VerbAct {
        let group = self.verb_forms.iter().find(|g| g.iter().any(|f| f == base));
        VerbAct {
            stems: group.cloned().unwrap_or_else(|| base_stems(base)),
            past: match group {
                Some(g) if g.len() == 1 => g.clone(),
                Some(g) => g[1..].to_vec(),
                None => Vec::new(),
            },
            light: false,
            opposites: Vec::new(),
        }
    }

    /// Whether `sentence` says an opposite of the question's own verb done ("was
    /// rejected" for "When was it accepted?") and the clause around `at` does not say
    /// the verb itself.
    pub(super) fn opposite_stated(
        &self,
        act: &VerbAct,
        text: &str,
        sentence: Span,
        at: Span,
    ) -> bool {
        // The whole sentence: "voted on Oct. 5 to recommend clemency, but Gov. X
        // rejected the recommendation" grants nothing on Oct. 5.
        let said = sentence.slice(text);
        act.opposites
            .iter()
            .any(|o| self.verb_stated_in(o, said) == Stated::Done)
            && self.verb_stated(act, text, sentence, at) != Stated::Done
    }

    /// What the clause of `sentence` around `at` says of the question's own verb: the
    /// clause is also cut at the `coordination_breaks` ("sentenced in 1994, and the
    /// Supreme Court finalised the sentence in 2001").
    pub(super) fn verb_stated(
        &self,
        act: &VerbAct,
        text: &str,
        sentence: Span,
        at: Span,
    ) -> Stated {
        let clause = self.clause_span(text, sentence, at);
        let clause = self.cut(text, clause, at, &self.coordination_breaks);
        // "It was published in the Gazette on 8 December 2023 and received its first
        // reading on 6 February 2024": "and" before a second past verb opens the
        // clause of that verb.
        let said = clause.slice(text);
        let base = clause.start as usize;
        let at_in = (at.start.saturating_sub(clause.start) as usize).min(said.len());
        let (mut start, mut end) = (0, said.len());
        for (i, m) in said.match_indices(" and ") {
            let second_verb = self.opens_with_past_verb(&said[i + m.len()..]);
            if !second_verb {
                continue;
            }
            if i + m.len() <= at_in {
                start = start.max(i + m.len());
            } else if i >= at_in {
                end = end.min(i);
            }
        }
        let clause = if start < end {
            Span::new(base + start, base + end).slice(text)
        } else {
            said
        };
        self.verb_stated_in(act, clause)
    }

    /// What `clause` says of the question's own verb (see [`Acts::stated_in`]).
    pub(super) fn verb_stated_in(&self, act: &VerbAct, clause: &str) -> Stated {
        // Read comma by comma: "Four members, which was planning to monitor the
        // elections, were arrested" arrests them.
        let mut undone = false;
        for segment in clause.split([',', ';', '(', ')']) {
            match self.verb_stated_in_segment(act, segment) {
                Stated::Done => return Stated::Done,
                Stated::Undone => undone = true,
                Stated::Absent => {}
            }
        }
        Stated::unless_undone(undone)
    }

    /// Whether `clause` denies the question's own verb outright: a negation or a
    /// denial before it, or "pending" after it (not a plan or a "to" form).
    pub(super) fn verb_denied_in(&self, act: &VerbAct, clause: &str) -> bool {
        clause.split([',', ';', '(', ')']).any(|segment| {
            let words = words(segment);
            (0..words.len()).any(|at| act.matches(&words[at]) && self.denied(&words, at, at + 1))
        })
    }

    /// As [`Acts::verb_denied_in`], also by the verb's noun ("the Board had not made a
    /// recommendation", "no approval was given" for "recommend", "approve").
    pub(super) fn verb_or_noun_denied_in(&self, act: &VerbAct, clause: &str) -> bool {
        // "had not made a recommendation": the act's noun (`act_nouns`).
        let noun = |w: &str| {
            act.stems.iter().any(|stem| {
                w.strip_prefix(stem.as_str()).is_some_and(|rest| {
                    let rest = rest.strip_suffix('s').unwrap_or(rest);
                    self.act_nouns.iter().any(|e| e == rest)
                })
            })
        };
        clause.split([',', ';', '(', ')']).any(|segment| {
            let words = words(segment);
            (0..words.len()).any(|at| {
                (act.matches(&words[at]) || noun(&words[at])) && self.denied(&words, at, at + 1)
            })
        })
    }

    /// Whether `clause` says that when the question's own verb was done is not known
    /// ("He did not say when the two men were told", "it is unclear when she was
    /// moved"): an `unknown_when` phrase, then "when", then the verb within six words.
    /// "The record does not show on which date the file was placed": "(on) which
    /// date" and "(on) what date" stand for "when".
    pub(super) fn verb_time_unknown_in(&self, act: &VerbAct, clause: &str) -> bool {
        let words = words(clause);
        let padded = |from: usize, to: usize| format!(" {} ", words[from..to].join(" "));
        (0..words.len()).any(|w| {
            // Where the "when" (or its "on which date") begins.
            let opens = if words[w] == "when" {
                Some(w)
            } else if words[w] == "date"
                && w > 0
                && matches!(words[w - 1].as_str(), "which" | "what")
            {
                Some(if w > 1 && words[w - 2] == "on" {
                    w - 2
                } else {
                    w - 1
                })
            } else {
                None
            };
            opens.is_some_and(|at| {
                self.unknown_when
                    .iter()
                    .any(|p| padded(at.saturating_sub(4), at).ends_with(&format!(" {p} ")))
            }) && words[w + 1..words.len().min(w + 7)]
                .iter()
                .any(|x| act.matches(x))
        })
    }

    /// Whether the question's own verb at `words[at]` is denied or planned: as
    /// [`Acts::undone`], but "voted to reject" rejects (a bare "to" plans nothing).
    fn verb_undone(&self, words: &[String], at: usize) -> bool {
        let before = &words[at.saturating_sub(8)..at];
        let window = format!(" {} ", before.join(" "));
        self.denied(words, at, at + 1)
            || self.planning.iter().any(|p| has_form(&window, p))
            || before.iter().any(|w| self.modals.contains(w))
    }

    /// Whether the (stemmed) word is a light verb's (`light_verbs`: "held", "carri").
    pub(super) fn is_light_verb(&self, word: &str) -> bool {
        self.light_verbs
            .iter()
            .any(|l| word.starts_with(l.as_str()))
    }

    /// Whether `question` asks when an act was resumed ("When did Kuwait resume
    /// executions?": a `resumption_asked` stem) and `sentence` says no resumption
    /// (no `resumption_said` phrase): "executed 172 people in 2023" dates an
    /// execution, not its resumption.
    pub(super) fn resumption_unsaid(&self, question: &str, sentence: &str) -> bool {
        let asked = words(question).iter().any(|w| {
            self.resumption_asked
                .iter()
                .any(|r| w.starts_with(r.as_str()))
        });
        let said = format!(" {} ", words(sentence).join(" "));
        asked && !self.resumption_said.iter().any(|r| has_form(&said, r))
    }

    /// "the Attorney General asked the Supreme Court to authorize his execution": the
    /// verb at `words[at]` is an infinitive after a `request_verbs` word and its
    /// object (at most four words) before its "to": asked for, not done. The look-back
    /// stops at "and", "but" and "or" ("asked no questions and chose to commute" asks
    /// nothing of the commutation); the caller reads comma by comma.
    fn asked_to(&self, words: &[String], at: usize) -> bool {
        if at == 0 || words[at - 1] != "to" {
            return false;
        }
        let to = at - 1;
        (1..=5.min(to))
            .map(|k| &words[to - k])
            .take_while(|w| !matches!(w.as_str(), "and" | "but" | "or"))
            .any(|w| self.request_verbs.contains(w))
    }

    fn verb_stated_in_segment(&self, act: &VerbAct, segment: &str) -> Stated {
        let words = words(segment);
        let mut undone = false;
        for (at, w) in words.iter().enumerate() {
            if !act.matches(w) {
                continue;
            }
            // "outlining work on safety", "a request for a retrial": a form that is
            // not past says nothing done, but may be denied ("no reply").
            // "would consider carrying out canings", "is expected to reject": a gerund or
            // an infinitive may be planned.
            if !act.past(w) {
                // "I will present my report in June": a bare form after a modal is
                // to come.
                let modal = words[at.saturating_sub(2)..at]
                    .iter()
                    .any(|m| self.modals.contains(m));
                let verbal = w.ends_with("ing") || (at > 0 && words[at - 1] == "to") || modal;
                if (verbal && self.verb_undone(&words, at))
                    || self.denied(&words, at, at + 1)
                    || self.asked_to(&words, at)
                {
                    undone = true;
                }
                continue;
            }
            if self.verb_undone(&words, at) {
                undone = true;
            } else {
                return Stated::Done;
            }
        }
        Stated::unless_undone(undone)
    }

    /// Whether `clause` names a law (capitalised words ending in a `law_heads` word)
    /// while the question names another: "Parliament passed the Death Penalty
    /// Abolition Bill" answers nothing of "the Anti-Terrorism Law".
    pub(super) fn names_other_law(&self, question: &str, clause: &str) -> bool {
        let asked = self.law_names(question);
        if asked.is_empty() {
            return false;
        }
        let named = self.law_names(clause);
        let clause_words = words(clause);
        !named.is_empty() && !asked.iter().flatten().any(|w| clause_words.contains(w))
    }

    /// The laws `text` names: for each, the lower-case words before its head word
    /// ("Anti-Terrorism Law" -> ["anti-terrorism"]); small words are left out.
    fn law_names(&self, text: &str) -> Vec<Vec<String>> {
        let tokens: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let mut out = Vec::new();
        for (i, w) in tokens.iter().enumerate() {
            if !capital(w) || !self.law_heads.contains(&w.to_lowercase()) {
                continue;
            }
            let mut name = Vec::new();
            let mut j = i;
            while j > 0 {
                let prev = tokens[j - 1];
                let small = matches!(prev, "of" | "and" | "on" | "for" | "the" | "against");
                if !(capital(prev) || (small && j >= 2 && capital(tokens[j - 2]))) {
                    break;
                }
                if !small {
                    // The sentence's first word is capitalised anyway.
                    if j == 1 {
                        break;
                    }
                    name.push(prev.to_lowercase());
                }
                j -= 1;
            }
            if !name.is_empty() {
                out.push(name);
            }
        }
        out
    }

    /// `clause` cut at `breaks` around `at`.
    fn cut(&self, text: &str, clause: Span, at: Span, breaks: &[String]) -> Span {
        let s = clause.slice(text);
        let base = clause.start as usize;
        let at = (at.start.saturating_sub(clause.start) as usize).min(s.len());
        let mut start = 0;
        let mut end = s.len();
        for brk in breaks {
            for (i, m) in s.match_indices(brk.as_str()) {
                if i + m.len() <= at {
                    start = start.max(i + m.len());
                } else if i >= at {
                    end = end.min(i);
                }
            }
        }
        if start >= end {
            return clause;
        }
        Span::new(base + start, base + end)
    }

    /// The span of the clause of `sentence` that holds `at` (the sentence cut at semicolons and at the `clause_breaks`).
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

    /// Whether a negator or a denial stands among the four words before `at` ("did
    /// not become law", "rejected the repeal bill"; "not only abolished" denies nothing).
    fn negated(&self, words: &[String], at: usize) -> bool {
        let before = &words[at.saturating_sub(4)..at];
        let starts = |w: &str, list: &[String]| list.iter().any(|p| w.starts_with(p.as_str()));
        // "No. 14-8112 Argued April 29" numbers a case.
        let from = at - before.len();
        before.iter().enumerate().any(|(i, w)| {
            let next = words.get(from + i + 1);
            (self.negators.contains(w) || starts(w, &self.denials))
                && !(w == "not" && next.is_some_and(|n| n == "only"))
                && !(w == "no" && next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())))
        })
    }

    /// "her clemency application was pending": an act named by a word that is no past
    /// verb, left pending after it.
    fn pending_after(&self, words: &[String], end: usize) -> bool {
        if words[end - 1].ends_with("ed") {
            return false;
        }
        // "whose execution in Texas has been set for June 18": a place and a perfect
        // stand between the act and its pending phrase; the two further words count
        // only within one phrase ("despite precautionary measures in his favor and a
        // pending petition" leaves the measures done).
        let wide = &words[end..words.len().min(end + 7)];
        let reach = if wide
            .iter()
            .any(|w| ["and", "or", "but"].contains(&w.as_str()))
        {
            5
        } else {
            7
        };
        let after = format!(" {} ", words[end..words.len().min(end + reach)].join(" "));
        self.pending.iter().any(|p| has_form(&after, p))
    }

    /// Whether the act named by `words[at..end]` is denied outright (see
    /// [`Acts::negated`], [`Acts::pending_after`]).
    fn denied(&self, words: &[String], at: usize, end: usize) -> bool {
        self.negated(words, at) || self.pending_after(words, end)
    }

    /// Whether the act named by `words[at..end]` is denied or not yet done.
    fn undone(&self, words: &[String], at: usize, end: usize) -> bool {
        self.undone_with(words, at, end, true)
    }

    /// "the court set his execution for 20 May", "fixed the hanging of the two men
    /// for Friday": a `scheduling` verb (whole word) among the four words before the
    /// act's noun and "for" after it (or after its "of" phrase) gives the day it is due,
    /// not a day it was done.
    fn scheduled(&self, words: &[String], at: usize, end: usize) -> bool {
        let before = &words[at.saturating_sub(4)..at];
        if !before.iter().any(|w| self.scheduling.contains(w)) {
            return false;
        }
        let mut next = end;
        if words.get(next).is_some_and(|w| w == "of") {
            // "the hanging of the two men for Friday": past a short "of" phrase.
            next = (next + 1..words.len().min(next + 5))
                .find(|&i| words[i] == "for")
                .unwrap_or(next);
        }
        // "setting the execution window to open on 19 September", "fixed the
        // execution date": a noun of the appointed time after the act's.
        words
            .get(next)
            .is_some_and(|w| w == "for" || self.scheduled_nouns.contains(w))
    }

    /// See [`Acts::undone`]; `since_counts`: "has not executed anyone since 1992" is
    /// done (the last time).
    fn undone_with(&self, words: &[String], at: usize, end: usize, since_counts: bool) -> bool {
        let before = |n: usize| &words[at.saturating_sub(n)..at];
        // "has not executed anyone since 1992" says when it was last done.
        let since = since_counts
            && words[end..words.len().min(end + 6)]
                .iter()
                .any(|w| w == "since");
        if !since && self.negated(words, at) {
            return true;
        }
        if self.pending_after(words, end) || self.scheduled(words, at, end) {
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
        // "despite our repeated requests for clemency": the act only asked for.
        let near = format!(" {} ", before(3).join(" "));
        if self
            .requested
            .iter()
            .any(|p| near.contains(&format!(" {p} ")))
        {
            return true;
        }
        // "applied to the governor for a pardon": a request's verb, its addressee,
        // then "for" and the act within six words.
        let wide = before(6);
        // "The Court of Appeal for Eastern Africa acquitted ...": a head after "of"
        // names a court, not a request.
        let asked_for = |head: &str| {
            wide.iter().position(|w| w == head).is_some_and(|h| {
                (h == 0 || wide[h - 1] != "of")
                    && wide[h + 1..].iter().any(|w| w == "for")
                    && !wide[h + 1..].iter().any(|w| self.clause_words_stop(w))
            })
        };
        if self
            .requested
            .iter()
            .filter_map(|p| p.strip_suffix(" for"))
            .filter(|head| !head.contains(' '))
            .any(asked_for)
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

impl Acts {
    /// A word that closes a clause or starts a new one between a request's verb and
    /// its "for" ("applied and was granted; for ..." asks nothing).
    fn clause_words_stop(&self, w: &str) -> bool {
        ["and", "but", "was", "were", "which", "who", "then"].contains(&w)
    }
}

/// "the suspended sentences", "the death sentence", "a repealed law": a word after a
/// determiner, or after a participle or a noun of punishment that follows one, is a
/// noun phrase's, not the question's verb ("When did the court sentence ...?" keeps it).
/// Endings of nouns, never of a verb's base form ("abolition", "punishment").
const NOUN_ENDINGS: &[&str] = &["tion", "sion", "ment", "ness", "ity", "ance", "ence"];

/// Articles and possessives: a word after one is a noun phrase's.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those",
];

fn noun_phrase(words: &[String], at: usize) -> bool {
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

/// Whether a written word is (part of) a name: a capital first letter, or after a
/// short lower-case particle and a hyphen ("al-Sisi", "el-Bashir").
fn name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        || word.split_once('-').is_some_and(|(particle, rest)| {
            particle.len() <= 3
                && particle.chars().all(|c| c.is_lowercase())
                && rest.chars().next().is_some_and(char::is_uppercase)
        })
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

/// Whether `s` writes a date of its own: a year (1900-2099), a month's name or a
/// numeric day/month/year, after "on", "in", "since", "from", "until" or "by" within
/// three words and with no "the" between ("on 08/02/2012", "in February", "on 3 May
/// 2001"; not "during the 1971 Liberation War").
fn dated(s: &str) -> bool {
    const PREPOSITIONS: &[&str] = &["on", "in", "since", "from", "until", "by"];
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/')
                .to_lowercase()
        })
        .collect();
    (0..words.len()).any(|i| {
        let w = words[i].as_str();
        let digits = w.bytes().all(|b| b.is_ascii_digit());
        let date = (digits && w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
            || (w.contains('/') && w.bytes().filter(|b| b.is_ascii_digit()).count() >= 6)
            || dossier_model::is_month_name(w);
        date && (1..=3.min(i)).any(|back| {
            PREPOSITIONS.contains(&words[i - back].as_str())
                && !words[i - back + 1..i].iter().any(|x| x == "the")
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_which_date_unknown_is_an_unknown_time() {
        // Session 40 (asks-23): "on which date" stands for "when".
        let acts = Acts::builtin();
        let act = acts
            .verb_act(
                "On what date was Omar Kellan's appeal file sent to the Governor?",
                &["Omar Kellan".into()],
            )
            .unwrap();
        assert!(acts.verb_time_unknown_in(
            &act,
            "The papers do not show on which date the appeal file was sent to the Governor."
        ));
        assert!(!acts.verb_time_unknown_in(
            &act,
            "The papers show that the appeal file was sent to the Governor on 4 May 2015."
        ));
    }

    #[test]
    fn an_opposite_outcome_and_an_unknown_time_answer_nothing() {
        let acts = Acts::builtin();
        let act = acts
            .verb_act(
                "When did the President accept X's mercy petition?",
                &["X".into()],
            )
            .unwrap();
        let said = "A second mercy petition was rejected on 11 May 2018.";
        let whole = Span::new(0, said.len());
        let at = said.find("11 May").unwrap();
        assert!(acts.opposite_stated(&act, said, whole, Span::new(at, at + 6)));
        let said = "The petition was accepted on 11 May 2018 after another was rejected.";
        let at = said.find("11 May").unwrap();
        let whole = Span::new(0, said.len());
        assert!(!acts.opposite_stated(&act, said, whole, Span::new(at, at + 6)));
        let told = acts
            .verb_act(
                "When were Okamura and Sato told of their executions?",
                &["Okamura".into(), "Sato".into()],
            )
            .unwrap();
        assert!(
            acts.verb_time_unknown_in(&told, "He did not say when the two men were told of it.")
        );
        assert!(!acts.verb_time_unknown_in(&told, "He told reporters on Monday."));
    }

    #[test]
    fn a_sentence_of_the_questions_object_act_dates_that_act() {
        let acts = Acts::builtin();
        let names = ["Rosa Kettle".to_string()];
        let question = "When did the state appeal Rosa Kettle's acquittal?";
        let act = acts.verb_act(question, &names).unwrap();
        assert!(acts.object_act_said(
            question,
            &act,
            "Rosa Kettle was acquitted by the county court on 4 March."
        ));
        // The asked act's own noun, or another act's verb, is no such sentence.
        assert!(!acts.object_act_said(
            question,
            &act,
            "The acquittal of Rosa Kettle on 4 March surprised many."
        ));
        let question = "When did the court confirm the conviction of Rosa Kettle?";
        let act = acts.verb_act(question, &names).unwrap();
        assert!(acts.object_act_said(question, &act, "Rosa Kettle was convicted in May."));
        // The noun before the verb is the subject's: "When was Rosa Kettle's
        // conviction quashed?" asks of the quashing, and "was convicted" is no
        // other act the question names after its verb.
        let question = "When was Rosa Kettle's conviction quashed?";
        let act = acts
            .verb_act(question, &names)
            .expect("a participle question");
        assert!(!acts.object_act_said(question, &act, "Rosa Kettle was convicted in 2001."));
        // "Court of Appeal for ...": a court, not an appeal for the act.
        let question = "When was Rosa Kettle acquitted?";
        let act = acts
            .verb_act(question, &names)
            .expect("a participle question");
        let said = "The Court of Appeal for Eastern Arcadia acquitted Rosa Kettle on 4 March 2015.";
        assert_eq!(acts.verb_stated_in(&act, said), Stated::Done);
    }

    fn stated(question: &str, sentence: &str, date: &str) -> Stated {
        let acts = Acts::builtin();
        let asked = acts.asked(question, &[]);
        assert!(!asked.is_empty(), "no act asked in {question:?}");
        let at = sentence.find(date).unwrap();
        let whole = Span::new(0, sentence.len());
        acts.stated(
            &asked,
            sentence,
            whole,
            Span::new(at, at + date.len()),
            false,
        )
    }

    fn verb(question: &str) -> Option<VerbAct> {
        Acts::builtin().verb_act(question, &[])
    }

    #[test]
    fn a_plural_noun_after_its_determiner_is_no_verb() {
        assert_eq!(
            verb("When did the amendments to Kuwait's Press Law enter into force?"),
            None
        );
        let asked =
            Acts::builtin().asked("When did Ruritania become a Party to the Protocol?", &[]);
        assert!(!asked.is_empty());
    }

    #[test]
    fn a_subject_joined_by_and_is_no_verb() {
        // Session 37 (asks-20): "and" was read as the verb, and the date of the
        // sentence's other act answered.
        let act = verb("When did the parole and probation board refuse Ivo's request?")
            .expect("the question's own verb");
        assert!(act.matches("refused"), "{:?}", act.stems());
        assert!(!act.matches("and"));
    }

    #[test]
    fn a_modal_says_the_verb_to_come() {
        let act = verb("When did the inspector submit her findings to the board?")
            .expect("the question's own verb");
        let acts = Acts::builtin();
        assert_eq!(
            acts.verb_stated_in(&act, "I will submit my findings to the board in May 2026."),
            Stated::Undone
        );
        assert_eq!(
            acts.verb_stated_in(&act, "She submitted her findings to the board in May 2025."),
            Stated::Done
        );
    }

    #[test]
    fn a_names_number_is_no_verb() {
        let q = "When did Republic Act No. 7659 take effect?";
        let acts = Acts::builtin();
        // Unnamed, "No." stops the subject: no verb is read, and surely not "7659".
        let read = acts.verb_act(q, &[]).map(|v| v.stems).unwrap_or_default();
        assert!(!read.iter().any(|s| s.contains("7659")), "{read:?}");
        // Named, the name's number is part of it and the verb is the question's.
        let names = vec!["Republic Act No".to_string()];
        let read = acts
            .verb_act(q, &names)
            .map(|v| v.stems)
            .expect("the question's own verb");
        assert!(!read.iter().any(|s| s.contains("7659")), "{read:?}");
        assert!(
            read.iter().any(|s| "take".starts_with(s.as_str())),
            "{read:?}"
        );
    }

    #[test]
    fn an_infinitive_after_a_request_is_not_done() {
        let act = verb("When did the Supreme Court of Ruritania authorize Tomas Vell's execution?")
            .expect("the question's own verb");
        let acts = Acts::builtin();
        assert_eq!(
            acts.verb_stated_in(
                &act,
                "On 2 May 2024 the state asked the Supreme Court to authorize Tomas Vell's execution."
            ),
            Stated::Undone
        );
        assert_eq!(
            acts.verb_stated_in(&act, "On 9 June 2024 the court authorized the execution."),
            Stated::Done
        );
    }

    #[test]
    fn a_request_verb_of_another_clause_asks_nothing() {
        let act = verb("When did Governor Smith commute Tomas Vell's sentence?")
            .expect("the question's own verb");
        let acts = Acts::builtin();
        assert_ne!(
            acts.verb_stated_in(
                &act,
                "Governor Smith asked no questions and chose to commute the sentence on 3 May 2019."
            ),
            Stated::Undone
        );
        assert_eq!(
            acts.verb_stated_in(
                &act,
                "On 2 May 2019 his lawyers asked Governor Smith to commute the sentence."
            ),
            Stated::Undone
        );
        let act = verb("When did Ruritania execute Tomas Vell?").expect("the question's own verb");
        assert_ne!(
            acts.verb_stated_in(&act, "The authorities moved swiftly to execute Tomas Vell."),
            Stated::Undone
        );
    }

    #[test]
    fn a_resumption_must_be_said() {
        let acts = Acts::builtin();
        let q = "When did Ruritania resume executions?";
        assert!(acts.resumption_unsaid(q, "Ruritania executed 40 people in 2019."));
        assert!(!acts.resumption_unsaid(q, "Ruritania resumed executions on 3 May 2019."));
        assert!(!acts.resumption_unsaid(
            q,
            "On 3 May 2019 two men were hanged, the first executions since 2006."
        ));
        assert!(!acts.resumption_unsaid(
            "When was Tomas Vell executed?",
            "Ruritania executed 40 people in 2019."
        ));
    }

    #[test]
    fn a_question_of_an_end() {
        assert!(Acts::builtin().asks_end("When did martial law in Taiwan end?"));
        assert!(!Acts::builtin().asks_end("When did the trial begin?"));
    }

    #[test]
    fn the_questions_own_verb_is_read_past_its_subject() {
        let stems = |q: &str| verb(q).map(|v| v.stems).unwrap_or_default();
        assert_eq!(stems("When did police register a case?"), ["register"]);
        assert_eq!(
            stems("When did the appeals court confirm Ann Lee's sentence?"),
            ["confirm"]
        );
        assert_eq!(stems("When did voters reject abolition?"), ["reject"]);
        assert_eq!(
            stems("When did the Egyptian parliament adopt a resolution?"),
            ["adopt"]
        );
        assert_eq!(stems("When did Egypt adopt the resolution?"), ["adopt"]);
        assert_eq!(
            stems("When did President al-Sisi ratify the sentences?"),
            ["ratifi", "ratify"]
        );
        assert_eq!(
            stems("When did the court sentence 75 people to death?"),
            ["sentenc"]
        );
        assert_eq!(
            stems("When did prison authorities release Ann Lee?"),
            ["releas"]
        );
        assert_eq!(stems("When did the UN experts raise the case?"), ["rais"]);
        assert_eq!(
            stems("When did relatives of security detainees gather?"),
            ["gather"]
        );
        assert_eq!(
            stems("When did the judicial inquiry into the death issue its findings?"),
            ["issu"]
        );
        assert_eq!(
            stems("When did Ann Lee's sentence rehearing begin?"),
            ["begin", "began", "begun"]
        );
        assert_eq!(
            stems("When was the request for a retrial decided?"),
            ["decid"]
        );
        assert_eq!(
            stems("When did the government reply to the letter?"),
            ["repli", "reply"]
        );
        assert_eq!(stems("When was the prisoner freed?"), ["free"]);
        assert_eq!(
            stems("When did Tarsk's new Penal Code replace the old one?"),
            ["replac"]
        );
        assert_eq!(
            stems("When did authorities in Tarsk publicly hang two men?"),
            ["hang", "hung", "hanged"]
        );
        assert_eq!(
            stems("When did a revolutionary court in Tarsk sentence ten men to death?"),
            ["sentenc"]
        );
        // A participle of a relative clause, a planned or denied verb, "take place".
        assert!(verb("Since when had the men whose appeals were rejected been held?").is_none());
        assert!(verb("When were the petitions to be heard?").is_none());
        assert!(verb("Since when has Malawi not carried out an execution?").is_none());
        assert!(verb("Since what year has Zambia carried out no executions?").is_none());
        assert!(verb("When did the attack take place?").is_none());
        assert!(verb("When did the trial of the men accused of treason go ahead?").is_none());
        assert!(verb("When were the executions carried out?").is_some_and(|v| v.light));
    }

    #[test]
    fn only_a_past_form_says_the_verb_done() {
        let acts = Acts::builtin();
        let said = |q: &str, clause: &str| acts.verb_stated_in(&verb(q).unwrap(), clause);
        let q = "When did police register the case?";
        assert_eq!(said(q, "police registered the case on May 3"), Stated::Done);
        assert_eq!(
            said(q, "police had not registered a case by year's end"),
            Stated::Undone
        );
        assert_eq!(said(q, "a register of cases was kept"), Stated::Absent);
        let q = "When did the minister reply?";
        assert_eq!(said(q, "had received no reply"), Stated::Undone);
        let q = "When did the Senate reject the amendment?";
        // "voted to reject" is no plan (nor a past form).
        assert_eq!(
            said(q, "the Senate voted to reject the amendment"),
            Stated::Absent
        );
        assert_eq!(said(q, "the Senate rejected the amendment"), Stated::Done);
        assert_eq!(
            said(q, "the Senate is expected to reject it"),
            Stated::Undone
        );
        // "No. 14-8112 Argued April 29, 2015" numbers a case.
        let q = "When was the case argued?";
        assert_eq!(said(q, "No. 14-8112 Argued April 29, 2015"), Stated::Done);
        // Read comma by comma.
        let q = "When were the four arrested?";
        assert_eq!(
            said(
                q,
                "Four members, who were planning to monitor the vote, were arrested on 21 May"
            ),
            Stated::Done
        );
    }

    #[test]
    fn another_law_answers_nothing_of_the_asked_one() {
        let acts = Acts::builtin();
        let q = "When did parliament pass the amendments to the Public Order Law?";
        assert!(acts.names_other_law(q, "Parliament passed the Press Freedom Bill in 2024"));
        assert!(!acts.names_other_law(
            q,
            "Parliament passed the Public Order (Amendment) Act in 2024"
        ));
        assert!(!acts.names_other_law(q, "Parliament passed the amendments in 2024"));
        assert!(!acts.names_other_law(
            "When did parliament pass it?",
            "It passed the Press Freedom Bill"
        ));
    }

    #[test]
    fn an_act_only_asked_for_is_not_done() {
        let s = "On 14 January the authorities hanged him despite repeated requests for clemency.";
        assert_eq!(
            stated("When was he granted clemency?", s, "14 January"),
            Stated::Undone
        );
        let s = "On 14 January the President granted him clemency.";
        assert_eq!(
            stated("When was he granted clemency?", s, "14 January"),
            Stated::Done
        );
    }

    #[test]
    fn an_execution_set_for_a_date_or_halted_is_not_done() {
        let s =
            "In December the court upheld her sentence; her execution was set for January 2012.";
        assert_eq!(
            stated("When was she executed?", s, "January 2012"),
            Stated::Undone
        );
        let s = "In April 2022 his execution was halted over problems with testing.";
        assert_eq!(
            stated("When was he executed?", s, "April 2022"),
            Stated::Undone
        );
        let s = "In April 2022 he was executed by lethal injection.";
        assert_eq!(
            stated("When was he executed?", s, "April 2022"),
            Stated::Done
        );
    }

    #[test]
    fn an_execution_set_for_a_date_further_on_is_not_done() {
        // A place and a perfect between the act and "set for".
        let s = "She is a Nigerian citizen whose execution in Kaduna has been fixed for 3 September 2025.";
        assert_eq!(
            stated("When was she executed?", s, "3 September 2025"),
            Stated::Undone
        );
        // The two further words do not reach past "and": another noun's pending.
        let s = "On 4 May 2021 the board granted clemency to the young man and a pending appeal went on.";
        assert_eq!(
            stated("When was he granted clemency?", s, "4 May 2021"),
            Stated::Done
        );
        let s = "His execution took place on 4 May 2021 in the capital, despite a pending appeal.";
        assert_eq!(
            stated("When was he executed?", s, "4 May 2021"),
            Stated::Done
        );
    }

    #[test]
    fn a_recommendation_s_bare_verb_is_not_done_but_a_chronology_s_past_is() {
        let s = "12.4 Ratify the Second Optional Protocol by 3 May 2026 (Norvia);";
        assert_eq!(
            stated(
                "When did they ratify the Second Optional Protocol?",
                s,
                "3 May 2026"
            ),
            Stated::Undone
        );
        // An irregular past opening a chronology row is a past.
        let s = "Shot the two protesters dead outside the court on 3 May 2009.";
        assert_eq!(
            stated("When were the two protesters killed?", s, "3 May 2009"),
            Stated::Done
        );
    }

    #[test]
    fn an_execution_a_court_set_for_a_day_is_not_done() {
        let s = "On 2 March 2023, the county court set Harlan Boyd's execution for June 14, 2023.";
        assert_eq!(
            stated("When was Harlan Boyd executed?", s, "June 14, 2023"),
            Stated::Undone
        );
        let s = "The governor postponed the hanging of the two brothers for a month on 9 May 2019.";
        assert_eq!(
            stated("When were the two brothers hanged?", s, "9 May 2019"),
            Stated::Undone
        );
        // "set" elsewhere in the clause says nothing of the act's day.
        let s = "Having set out the facts, we note that he was executed on 14 June 2023.";
        assert_eq!(
            stated("When was he executed?", s, "14 June 2023"),
            Stated::Done
        );
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
        // "people facing execution": an act that threatens, not one done.
        let s = "In May 2019 he was moved to the island prison where most men facing execution are held.";
        assert_eq!(
            stated("When was he executed?", s, "May 2019"),
            Stated::Undone
        );
        // Faced far before the act, it does not undo it.
        let s = "Facing international pressure over the case, the authorities executed him in May 2019.";
        assert_ne!(
            stated("When was he executed?", s, "May 2019"),
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
    fn a_resumption_is_stated_by_its_own_words_only() {
        let q = "When did Sri Lanka resume executions?";
        let s = "The last execution in Sri Lanka was carried out on 23 June 1976.";
        assert_eq!(stated(q, s, "23 June 1976"), Stated::Absent);
        let s = "Pakistan resumed executions in December 2014 after the attack.";
        assert_eq!(
            stated("When did Pakistan resume executions?", s, "December 2014"),
            Stated::Done
        );
        let s = "The government announced in 2014 that it would end the moratorium.";
        assert_ne!(
            stated("When did the Maldives resume executions?", s, "2014"),
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
    fn a_participle_qualifying_the_subject_is_not_the_asked_act() {
        let acts = Acts::builtin();
        let executed = acts.asked("When were the soldiers executed?", &[]);
        let sentenced = acts.asked("When were the soldiers sentenced?", &[]);
        assert!(!executed.is_empty() && !sentenced.is_empty());
        let asked = acts.asked(
            "When were the eight soldiers sentenced in Goma executed?",
            &["Goma".to_string()],
        );
        assert_eq!(asked, executed);
        // "sentenced to death": no participle ends the question.
        assert_eq!(
            acts.asked("When were the soldiers sentenced to death?", &[]),
            sentenced
        );
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
        assert!(acts
            .asked(
                "How many people were on death row when the death penalty was abolished?",
                &[]
            )
            .is_empty());
        // The acts the question's own verb governs are its object's.
        assert!(acts
            .asked(
                "When did the Court uphold the death sentences of the men convicted of murder?",
                &[]
            )
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
