//! Yes or no from the sentence that best states a yes/no question's proposition.
//!
//! The sentence answers "no" when it negates the proposition near the question's
//! own words: a negator ("no reports", "none of the prisoners", "did not"), a
//! predicate that denies ("prohibited", "failed to", "rejected", "remained a draft")
//! unless the question asks about that very predicate ("Did the court reject ...?"),
//! or an exception that names what the question asks about ("All foreigners except
//! Russians"). Two such cues cancel out ("did not fail"). Otherwise "yes".

/// Words that negate what stands near them.
const NEGATORS: &[&str] = &[
    "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    "unable", "nowhere",
];

/// Word beginnings of predicates that deny or undo what follows them.
const DENYING: &[&str] = &[
    "fail", "refus", "prohibit", "forbid", "forbade", "bann", "reject", "denied", "deny", "denies",
    "lack", "prevent", "barred", "declin", "overturn", "quash", "vetoed",
];

/// A party's request after "dismiss" ("Dismisses the Applicant's claim for an order
/// for his release"): dismissing it denies what it asked for, as "refused" would.
const DISMISSED_REQUESTS: &[&str] = &[
    "claim for",
    "claims for",
    "prayer for",
    "prayers for",
    "request for",
    "requests for",
];

/// How far (in bytes) after "dismiss" a dismissed request may stand.
const DISMISSED_REACH: usize = 40;

/// Phrases that say a thing stayed undone ("remained a draft", "had yet to").
const UNDONE: &[&str] = &[
    "remained a draft",
    "remained in draft",
    "yet to be",
    "had yet to",
    "has yet to",
    "was still pending",
    "remained pending",
];

/// Phrases that say a thing was kept from the public ("statistics remained
/// classified"): a "no" to whether it was made public, unless the question asks
/// about the secrecy itself (see [`SECRECY_ASKED`]).
const KEPT_SECRET: &[&str] = &[
    "remained classified",
    "remained secret",
    "state secret",
    "kept secret",
    "kept in secret",
];

/// Question words that ask about secrecy itself.
const SECRECY_ASKED: &[&str] = &["classif", "secre"];

/// What keeps the death penalty rather than abolishing it.
const RETAINING: &[&str] = &[
    "keep",
    "kept",
    "retain",
    "maintain",
    "reinstat",
    "restor",
    "reintroduc",
];

/// Predicates whose opposite a sentence may state instead of negating them: a
/// question about the first (word beginning) is answered "no" by a sentence that
/// uses one of the second and not the first ("voted to keep the death penalty" for
/// "Has it abolished the death penalty?"; "was acquitted" for "Was he convicted?").
/// Words that undo a decision below: the opposite of upholding it.
const QUASHING: &[&str] = &[
    "set aside",
    "overrule",
    "struck down",
    "strike down",
    "reversed",
    "unconstitutional",
];

const OPPOSITES: &[(&str, &[&str])] = &[
    ("abolish", RETAINING),
    ("abolition", RETAINING),
    ("convict", &["acquit"]),
    ("acquit", &["convict", "found guilty"]),
    // An appeal allowed or dismissed; a sentence upheld or quashed.
    ("allow", &["dismiss"]),
    ("grant", &["dismiss"]),
    ("dismiss", &["allowed", "granted", "succeeds", "set aside"]),
    ("uphold", QUASHING),
    ("upheld", QUASHING),
    // A conviction or sentence quashed or affirmed.
    // Not "confirmed": "confirmed that it will hear the appeal" reports news.
    ("quash", &["affirmed", "upheld"]),
    ("overturn", &["affirmed", "upheld"]),
    (
        "releas",
        &[
            "remains in prison",
            "remains in detention",
            "remains in custody",
            "remained in prison",
            "remained in detention",
            "remained in custody",
            "still in detention",
            "still in custody",
            "still in prison",
        ],
    ),
];

/// Words that report a party's claim rather than a finding.
pub(super) const CLAIMS: &[&str] = &[
    "contention",
    "contended",
    "argued",
    "argues",
    "arguing",
    "claiming",
    "alleging",
    "contending",
    "insisted that",
    "insisting that",
    "claimed",
    "claims that",
    "alleged",
    "alleges",
    "allege that",
    "submitted that",
    "asserted",
    "maintained that",
];

/// Hedged or second-hand wording ("may have been executed", "according to
/// unconfirmed reports", "his lawyer stated that"): it leaves a yes/no question
/// unanswered when it stands just before the question's words in the sentence
/// ("was executed on 25 October 2014 for allegedly killing a man" still says the
/// execution).
pub(super) const HEDGES: &[&str] = &[
    "may have been",
    "might have been",
    "unconfirmed",
    "reportedly",
    "allegedly",
    "lawyer stated",
    "lawyers stated",
    "lawyer said",
    "lawyers said",
    "family said",
    "family says",
    "family reports",
    "family reported",
];

/// How far (in bytes) after a hedge the question's words it governs may stand.
pub(super) const HEDGE_REACH: usize = 48;

/// Words that put a request to a court or an official rather than state what it
/// did ("Whitacre also asks us to stay his execution", "counsel invited the court to
/// reduce the sentence", "I am asking the Governor to grant him clemency"): such a sentence answers no yes/no question about the act requested.
pub(super) const REQUESTS: &[&str] = &[
    "asks us to",
    "asked us to",
    "asks the court to",
    "asked the court to",
    "asks this court to",
    "asked this court to",
    "invites us to",
    "invited us to",
    "invites the court to",
    "invited the court to",
    "urges us to",
    "urged us to",
    "urges the court to",
    "urged the court to",
    "i am asking",
    "we are asking",
    "we ask the",
    "i ask the",
    "prays that",
    "prays for",
    "prayed that",
    "prayed for",
];

/// Words of exception: what follows them is left out of what the sentence says.
const EXCEPT: &[&str] = &[
    "except",
    "excluding",
    "other than",
    "apart from",
    "save for",
];

/// "application no. 45123/16", "Act No.5": "no" abbreviates "number" when a full
/// stop and a figure follow it.
fn number_sign(lower: &str, start: usize, word: &str) -> bool {
    word == "no"
        && lower
            .get(start + word.len()..)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `between` holds the start of another clause: a semicolon, "but", or
/// "and" before an auxiliary or a pronoun subject ("and has not signed", "and it
/// was"); "has not signed and ratified" shares its negation.
fn opens_clause(between: &str) -> bool {
    const OPENERS: &[&str] = &[
        "has", "have", "had", "is", "are", "was", "were", "did", "does", "do", "it", "he", "she",
        "they", "will", "would", "can", "could",
    ];
    if between.contains(';') || between.contains(" but ") {
        return true;
    }
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .any(|w| w[0] == "and" && OPENERS.contains(&w[1]))
}

/// How far (in bytes) before the question's words a cue still governs them.
const REACH: usize = 60;

/// The polarity of `sentence` for a question whose folded words are `question`
/// (analysed tokens of its names in `names`), its words found at `anchors` (byte
/// offsets in the sentence; empty: every cue counts). `true` is yes.
pub(super) fn polarity(
    sentence: &str,
    question: &str,
    names: &[String],
    anchors: &[usize],
) -> bool {
    let lower = sentence.to_lowercase();
    // A cue governs what follows it: one of the question's words must stand
    // within reach after it.
    // A new clause between them ("is not a member ... and has not signed") takes the
    // question's words out of the cue's reach.
    let governs = |at: usize| {
        anchors.is_empty()
            || anchors.iter().any(|&a| {
                a > at && a <= at + REACH && !opens_clause(lower.get(at..a).unwrap_or(""))
            })
    };
    // A dismissed request denies the asked act only when the act is what it asked
    // for: a question's word inside the request's own phrase ("request for an order
    // for his release"), not in a later clause ("Dismissing the State's request for a
    // review, the court ordered her release").
    let asks_within = |from: usize| {
        anchors.is_empty()
            || anchors
                .iter()
                .any(|&a| a > from && !lower.get(from..a).unwrap_or(",").contains([',', ';', '.']))
    };
    let question_words: Vec<&str> = question.split_whitespace().collect();
    let asked = |stem: &str| question_words.iter().any(|w| w.starts_with(stem));
    let mut cues = 0;
    let mut neither = false;
    let mut denied = false;
    let mut at = 0;
    for word in lower.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        let start = at;
        at += word.len() + 1;
        if word.is_empty() || !governs(start) {
            continue;
        }
        let negator = (NEGATORS.contains(&word) && !number_sign(&lower, start, word))
            || word.ends_with("n't")
            || word.ends_with("n’t");
        let denying = DENYING
            .iter()
            .any(|stem| word.starts_with(stem) && !asked(stem));
        // "neither ... nor ..." is one negation.
        if word == "nor" && neither {
            continue;
        }
        neither |= word == "neither";
        if (negator && !question_words.contains(&word)) || denying {
            cues += 1;
        }
        denied |= denying;
    }
    cues += UNDONE.iter().filter(|p| lower.contains(*p)).count();
    if !asked("dismiss") {
        cues += lower
            .match_indices("dismiss")
            .filter(|&(at, _)| {
                governs(at)
                    && DISMISSED_REQUESTS.iter().any(|r| {
                        lower[at..]
                            .char_indices()
                            .take_while(|&(i, _)| i <= DISMISSED_REACH)
                            .any(|(i, _)| lower[at + i..].starts_with(r) && asks_within(at + i))
                    })
            })
            .count();
    }
    let sentence_words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let starts = |stem: &str| {
        if stem.contains(' ') {
            lower.contains(stem)
        } else {
            sentence_words.iter().any(|w| w.starts_with(stem))
        }
    };
    if let Some((_, opposites)) = OPPOSITES
        .iter()
        .find(|(stem, _)| asked(stem) && !starts(stem))
    {
        // "The appeal lacks merit and is dismissed": a sentence that already
        // denies says no once, not twice.
        cues += usize::from(!denied && opposites.iter().any(|o| starts(o)));
    }
    if !SECRECY_ASKED.iter().any(|w| question.contains(w)) {
        cues += usize::from(KEPT_SECRET.iter().any(|p| lower.contains(*p)));
    }
    // "All foreigners except Russians had the right": the exception is the asked.
    for cue in EXCEPT {
        if let Some(pos) = lower.find(cue) {
            let after: String = lower[pos + cue.len()..].chars().take(40).collect();
            if names.iter().any(|n| {
                after
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.starts_with(n.as_str()))
            }) {
                cues += 1;
            }
        }
    }
    cues % 2 == 0
}

/// Whether the sentence states the opposite of a predicate the question asks and
/// does not state that predicate itself ("was acquitted by the jury" for "Was he
/// convicted?"): it speaks to the question as much as the predicate would. The
/// opposite must stand near the asked object ([`asked_object`]): "dismissed the
/// charges" says nothing of "granted bail".
pub(super) fn states_opposite(sentence: &str, question: &str) -> bool {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let starts = |stem: &str| {
        if stem.contains(' ') {
            lower.contains(stem)
        } else {
            words.iter().any(|w| w.starts_with(stem))
        }
    };
    let raw_words: Vec<&str> = question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let folded: Vec<String> = raw_words.iter().map(|w| w.to_lowercase()).collect();
    let question_words: Vec<&str> = folded.iter().map(String::as_str).collect();
    OPPOSITES.iter().any(|(stem, opposites)| {
        let Some(at) = question_words.iter().position(|w| w.starts_with(stem)) else {
            return false;
        };
        if starts(stem) {
            return false;
        }
        // The death penalty is what abolition always speaks of, by many names
        // ("retained capital punishment").
        let object = if stem.starts_with("abolit") || stem.starts_with("abolish") {
            Vec::new()
        } else {
            asked_object(&raw_words, at)
        };
        opposites
            .iter()
            .any(|o| starts(o) && governs(&words, o, &object))
    })
}

/// Words too common to be what a question's predicate is about.
const NOT_OBJECTS: &[&str] = &[
    "was", "were", "did", "does", "do", "has", "have", "had", "is", "are", "the", "his", "her",
    "their", "its", "a", "an", "of", "to", "by", "in", "on", "for", "he", "she", "they", "it",
    "court", "supreme", "high", "appeal", "appeals", "s",
];

/// What the asked predicate is about: the question's words after it ("quash
/// Ahmed's death sentence") or, when none follow, its common nouns before it ("Was
/// his conviction quashed?"), less function words. A name before it is the
/// subject ("Was Ricardo Thompson convicted?"), which the names already bind.
fn asked_object(raw_words: &[&str], at: usize) -> Vec<String> {
    let keep = |w: &String| w.len() > 2 && !NOT_OBJECTS.contains(&w.as_str());
    let after: Vec<String> = raw_words[at + 1..]
        .iter()
        .map(|w| w.to_lowercase())
        .filter(keep)
        .collect();
    if !after.is_empty() {
        return after;
    }
    raw_words[..at]
        .iter()
        .filter(|w| !w.starts_with(char::is_uppercase))
        .map(|w| w.to_lowercase())
        .filter(keep)
        .collect()
}

/// Words either side of an opposite within which it governs the asked object
/// ("affirmed the conviction", "the conviction was upheld").
const OBJECT_REACH: usize = 5;

/// Whether the opposite `o` stands near one of the asked object's words ("dismissed
/// the charges" does not oppose "granted bail"); a question with no object asks of
/// its subject, which the names already bind.
fn governs(words: &[&str], o: &str, object: &[String]) -> bool {
    if object.is_empty() {
        return true;
    }
    let head = o.split(' ').next().unwrap_or(o);
    let fits = |w: &str| {
        object.iter().any(|ob| {
            let n = ob.chars().count().min(5);
            let stem: String = ob.chars().take(n).collect();
            w.starts_with(&stem)
        })
    };
    words.iter().enumerate().any(|(i, w)| {
        w.starts_with(head)
            && words[i.saturating_sub(OBJECT_REACH)..(i + 1 + OBJECT_REACH).min(words.len())]
                .iter()
                .any(|x| fits(x))
    })
}

/// Predicates a yes/no question may ask of a person or a decision (word beginnings):
/// a "yes" must find the asked one in the sentence, by its word or a kindred one
/// ("execution" for "executed"). "Did the Court of Appeal quash his conviction?" is
/// not answered "yes" by a sentence that tells only of the conviction.
pub(super) const ASKED_ACTS: &[&str] = &[
    "execut",
    "hang",
    "convict",
    "acquit",
    "pardon",
    "commut",
    "quash",
    "overturn",
    "arrest",
    "releas",
    "recommend",
];

/// Asked acts that undo a decision below, stated by any of [`UNDOING_WORDS`]:
/// "set aside the conviction" answers "Was his conviction quashed?".
pub(super) const UNDOING_ACTS: &[&str] = &["quash", "overturn"];

/// Words that state a decision undone.
pub(super) const UNDOING_WORDS: &[&str] = &[
    "quash",
    "overturn",
    "set aside",
    "sets aside",
    "reversed",
    "overrule",
    "annul",
    "vacated",
];

/// Prefixes that make a word its own opposite ("unconstitutional" / "constitutional",
/// "illegal" / "legal", "non-lethal" / "lethal").
const OPPOSING_PREFIXES: &[&str] = &["un", "in", "il", "ir", "im", "non-", "non"];

fn plain_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('\u{2019}', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether the sentence states the opposite of a word of the question that it does
/// not hold: "Did the court rule the penalty unconstitutional?" against "ruled that
/// the death penalty is constitutional" (a "no", whatever else the sentence says).
pub(super) fn opposes(sentence: &str, question: &str) -> bool {
    let own = plain_words(sentence);
    let asked = plain_words(question);
    let opposite = |a: &str, b: &str| {
        OPPOSING_PREFIXES.iter().any(|p| {
            a.strip_prefix(p)
                .is_some_and(|rest| rest == b && rest.len() >= 5)
        })
    };
    // The opposite must be the sentence's own ("the Constitutional Court" names the
    // court in both): more often in the sentence than in the question.
    let count = |words: &[String], w: &str| words.iter().filter(|x| *x == w).count();
    asked.iter().filter(|w| !own.contains(w)).any(|w| {
        own.iter()
            .filter(|o| count(&own, o) > count(&asked, o))
            .any(|o| opposite(w, o) || opposite(o, w))
    })
}

/// Words that bind a noun to the one before it ("appeal against conviction").
const BINDING: &[&str] = &["against", "of", "for"];

/// Articles and possessives skipped between a binding word and its noun.
const SKIPPED: &[&str] = &["the", "a", "an", "his", "her", "their", "its"];

/// Whether the sentence binds a word of the question to another noun than the
/// question does: "Did the court allow the appeal against conviction?" is not
/// answered by "The appeal against sentence is allowed" (it speaks of another
/// appeal), unless the sentence also names the question's noun there.
pub(super) fn binds_otherwise(sentence: &str, question: &str) -> bool {
    let own = plain_words(sentence);
    let asked = plain_words(question);
    let stem = |w: &str| w.trim_end_matches('s').to_string();
    // Each binding: the word before, the binding word, and the nouns it binds (a
    // coordinated list: "for murder and treason").
    let bound = |words: &[String]| -> Vec<(String, String, Vec<String>)> {
        let mut out = Vec::new();
        for i in 1..words.len() {
            if !BINDING.contains(&words[i].as_str()) || SKIPPED.contains(&words[i - 1].as_str()) {
                continue;
            }
            let mut nouns = Vec::new();
            let mut j = i + 1;
            loop {
                while j < words.len() && SKIPPED.contains(&words[j].as_str()) {
                    j += 1;
                }
                let Some(noun) = words.get(j) else { break };
                nouns.push(stem(noun));
                if !words
                    .get(j + 1)
                    .is_some_and(|w| matches!(w.as_str(), "and" | "or"))
                {
                    break;
                }
                j += 2;
            }
            if !nouns.is_empty() {
                out.push((stem(&words[i - 1]), words[i].clone(), nouns));
            }
        }
        out
    };
    let in_sentence = bound(&own);
    // "by the end of 2012" against "by the end of the year": a date is no noun.
    bound(&asked).iter().any(|(head, by, nouns)| {
        let Some(noun) = nouns
            .first()
            .filter(|n| !n.chars().any(|c| c.is_ascii_digit()))
        else {
            return false;
        };
        let same_head = |(h, b, _): &&(String, String, Vec<String>)| h == head && b == by;
        in_sentence.iter().filter(same_head).count() > 0
            && !in_sentence
                .iter()
                .filter(same_head)
                .any(|(_, _, ns)| ns.contains(noun))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_and_its_opposite() {
        let q =
            "did taiwan's constitutional court rule that the death penalty is unconstitutional?";
        assert!(opposes(
            "On 20 September 2024 the Constitutional Court ruled that the death penalty is constitutional.",
            q
        ));
        assert!(!opposes(
            "The Constitutional Court ruled that the death penalty is unconstitutional.",
            q
        ));
        assert!(!opposes("The court ruled on the penalty.", q));
    }

    #[test]
    fn a_noun_bound_to_another() {
        let q = "did the court of appeal allow the appeal against conviction?";
        assert!(binds_otherwise(
            "The appeal against sentence is allowed.",
            q
        ));
        assert!(!binds_otherwise(
            "The appeal against conviction is dismissed.",
            q
        ));
        assert!(!binds_otherwise("The appeal is allowed.", q));
        assert!(!binds_otherwise(
            "It is a legal penalty for murder and treason.",
            "is it a legal penalty for treason?"
        ));
        assert!(!binds_otherwise(
            "It had not been enacted by the end of the year.",
            "had the law been enacted by the end of 2012?"
        ));
    }

    fn yes(sentence: &str, question: &str, names: &[&str]) -> bool {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        polarity(sentence, question, &names, &[])
    }

    #[test]
    fn a_number_sign_is_no_negation() {
        assert!(yes(
            "In the case of Roe v. Westland (application no. 12345/18) the Court held, unanimously, that there had been a violation.",
            "was the judgment in roe v westland unanimous",
            &[]
        ));
        assert!(!yes(
            "There was no violation of Article 2 in Roe v. Westland.",
            "was there a violation of article 2 in roe v westland",
            &[]
        ));
    }

    #[test]
    fn negations_near_the_proposition_say_no() {
        // A dismissed request denies what it asked for; a dismissed appeal is asked.
        assert!(!yes(
            "Dismisses the Petitioner's claim for an order for her release from custody.",
            "did the tribunal order her release",
            &[]
        ));
        assert!(yes(
            "Dismisses the Petitioner's claim for an order for her release from custody.",
            "did the tribunal dismiss her claim for release",
            &[]
        ));
        assert!(!yes(
            "There were no reports that officials committed unlawful killings.",
            "did officials commit unlawful killings",
            &[]
        ));
        assert!(!yes(
            "None of the prisoners sentenced to death received a fair trial.",
            "did any prisoner get a fair trial",
            &[]
        ));
        assert!(!yes(
            "The law prohibited readers from leaving anonymous comments.",
            "could readers leave anonymous comments",
            &[]
        ));
        assert!(!yes(
            "The elections failed to return any opposition candidate.",
            "did the elections return any opposition candidates",
            &[]
        ));
        assert!(!yes(
            "All foreigners except Ruritanians had the right to apply for asylum.",
            "were ruritanian nationals able to apply for asylum",
            &["ruritan"]
        ));
        assert!(!yes(
            "Neither the prisoners nor their relatives were told the date.",
            "were prisoners or their relatives told the date",
            &[]
        ));
        assert!(!yes(
            "The draft law remained a draft at the end of the year.",
            "had the draft law been enacted",
            &[]
        ));
        assert!(!yes(
            "Statistics on executions remained classified as a state secret.",
            "were statistics on executions made public",
            &[]
        ));
        assert!(yes(
            "Statistics on executions remained classified.",
            "were statistics on executions classified",
            &[]
        ));
    }

    #[test]
    fn an_opposite_predicate_says_no() {
        assert!(!yes(
            "Parliament voted in October to keep the death penalty for drug offences.",
            "has ostland abolished the death penalty",
            &[]
        ));
        assert!(!yes(
            "The court acquitted both defendants in May.",
            "were the defendants convicted",
            &[]
        ));
        assert!(!yes(
            "The journalist remained in detention at the end of the year.",
            "was the journalist released",
            &[]
        ));
        assert!(yes(
            "Parliament voted to abolish the death penalty and keep life imprisonment.",
            "did parliament abolish the death penalty",
            &[]
        ));
        assert!(!yes(
            "The appeal lacks merit and it is hereby dismissed.",
            "did the supreme court allow the appeal",
            &[]
        ));
        assert!(!yes(
            "The court quashed the death sentence and ordered a retrial.",
            "did the court uphold the death sentence",
            &[]
        ));
        assert!(yes(
            "The court upheld the death sentence in March.",
            "did the court uphold the death sentence",
            &[]
        ));
    }

    #[test]
    fn a_cue_governs_the_words_after_it() {
        let sentence = "Voters rejected Proposition 9, which would have replaced death sentences with life imprisonment without parole.";
        let at = |w: &str| sentence.to_lowercase().find(w).unwrap();
        let anchors = [at("voters"), at("proposition"), at("death")];
        assert!(!polarity(
            sentence,
            "did voters approve proposition 9",
            &[],
            &anchors
        ));
        // A dismissed request for something else denies nothing of the asked act.
        let sentence =
            "Dismissing the State's request for a review of the order, the court ordered her release.";
        let anchors = [sentence.find("release").unwrap()];
        assert!(polarity(
            sentence,
            "did the court order her release",
            &[],
            &anchors
        ));
        let sentence = "Dismisses the Petitioner's claim for an order for her release.";
        let anchors = [sentence.find("release").unwrap()];
        assert!(!polarity(
            sentence,
            "did the tribunal order her release",
            &[],
            &anchors
        ));
        let sentence = "The court heard the appeal without delay.";
        let anchors = [
            sentence.find("court").unwrap(),
            sentence.find("appeal").unwrap(),
        ];
        assert!(polarity(
            sentence,
            "did the court hear the appeal",
            &[],
            &anchors
        ));
    }

    #[test]
    fn plain_statements_and_asked_predicates_say_yes() {
        assert!(yes(
            "The president signed off on the ratification of the protocol.",
            "did the president sign off on the ratification",
            &[]
        ));
        assert!(yes(
            "Voters rejected the proposal in a referendum.",
            "did voters reject the proposal",
            &[]
        ));
        assert!(yes(
            "The court did not fail to apply the law.",
            "did the court apply the law",
            &[]
        ));
    }
}
