//! Plain-English questions answered extractively, with citations.
//!
//! 1. **Question analysis** ([`Question::parse`]): the answer type from the
//!    wh-phrase ("when" is a date, "how many" a number, "which court" a court, "is X
//!    ...?" yes/no), the names and content words, the years it is anchored to, and the
//!    event types its verbs point at (the extractor's trigger lexicon, applied to the
//!    question itself).
//! 2. **Passage retrieval**: BM25 over the passage index with every content word,
//!    names boosted.
//! 3. **Sentence scoring**: each sentence of the retrieved passages is scored by the
//!    inverse-document-frequency-weighted share of the question's words it contains;
//!    words found only in the two sentences before it (a pronoun pointing back) or in the
//!    document's title count half.
//! 4. **Answer extraction**: from the best sentences, the extracted items of the
//!    expected type (dates, quantities, mentions of people, places, courts, laws), the
//!    closest to the question's words, never one the question itself names. Events of
//!    the hinted type give their own date and participants.
//! 5. **Evidence**: every value cites its sentence; values other strong sentences give
//!    for the same question are listed as conflicts. Nothing good enough: `answer: null`.
//!
//! No model, nothing downloaded: the same rules run on any corpus.

mod acts;
mod amounts;
mod changes;
mod compose;
mod correction;
mod counted;
mod documents;
mod partitive;
mod periods;
mod phrases;
mod polarity;
mod source;
mod votes;

use super::Citation;
use crate::index::tokens;
use crate::{Engine, Result};
use dossier_model::{Document, EventKind, Extraction, MentionKind, Modality, PartialDate, Span};
use dossier_store::Store;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Passages retrieved per question.
const PASSAGES: usize = 16;
/// How many passages of a document the question names by its title are read.
const NAMED_DOCUMENT_PASSAGES: usize = 400;
/// A sentence must cover at least this share of the question's weight to answer it.
const MIN_COVERAGE: f32 = 0.45;
/// A name the document gives this often is what it is about, in every sentence.
const DOCUMENT_NAME_COUNT: u32 = 3;
/// A yes/no question needs a closer match: its answer is read from one sentence.
const BOOLEAN_MIN_COVERAGE: f32 = 0.55;
/// Confidence factor of a yes or no: the polarity is read by rules.
const BOOLEAN_RISK: f32 = 0.7;
/// Sentences scoring at least this share of the best one may add values or conflicts.
const RUNNER_UP: f32 = 0.8;
/// A date of the answer's document that refines it ("2022-10-27" for "2022") is
/// given when it scores at least this share of the best.
const REFINING_RUNNER_UP: f32 = 0.7;
/// Weight of an offence read only as a gerund after a cue ("guilty of violating").
const GUESSED_PHRASE_TRUST: f32 = 0.6;
/// A sentence covering this share of the question holds all its words.
const FULL_COVERAGE: f32 = 0.99;
/// The coverage of the best sentence that, saying the asked act never happened,
/// leaves a date question unanswered (see [`said_never_done`]).
const NEVER_DONE_COVERAGE: f32 = 0.9;

/// Share of the best sentence's score a news lead right before it takes for its
/// dates (the lead tells the event of whom the best sentence names).
const LEAD_TRUST: f32 = 0.8;
/// A sentence that names the question's own verb done or denied must score this
/// share of the best sentence to count.
const VERB_SAID_SHARE: f32 = 0.5;
/// ... and cover this share of the question.
const VERB_UNDONE_COVERAGE: f32 = 0.3;
/// Trust in an age written as a person's present age ("Seki, 44,") when the question
/// asks of their age at a moment ("at the time of his crimes").
const AGE_NOT_AT_THE_MOMENT_TRUST: f32 = 0.5;
/// Answers less sure than this are no answer (see the calibration table in
/// `crates/dossier/RESULTS.md`).
const MIN_CONFIDENCE: f32 = 0.1;
/// ... and, when no document says the question's own verb ("When was X arrested?"
/// over a text that tells only an abduction), less sure than this: such answers
/// in the lowest band were all wrong on the public sets and probes (session 22).
const VERB_UNSAID_MIN_CONFIDENCE: f32 = 0.2;
/// The least score of a value in the asked row and column of a column table.
const TABLE_CELL_SCORE: f32 = 0.6;

/// Weight of a date whose year was not written but inferred from an anchor.
const ANCHORED_DATE_TRUST: f32 = 1.0;
/// Confidence factors (see [`risk`]): they do not reorder answers.
const ANCHORED_DATE_RISK: f32 = 0.7;
const COARSE_DATE_RISK: f32 = 0.7;
const SEVERAL_NUMBERS_RISK: f32 = 0.75;
/// Weight of a number that shares its sentence with other numbers.
const SEVERAL_NUMBERS_TRUST: f32 = 1.0;
/// Weight of a count bound to a month when the question asks about a year.
const PART_OF_YEAR_TRUST: f32 = 0.5;
/// Weight of a number in the form the question asks for (a percentage, an
/// ordinal, the votes for or against).
const ASKED_FORM_TRUST: f32 = 1.4;
/// Weight of an open interval ("since August 2022") for a since-when question.
const SINCE_TRUST: f32 = 1.5;
/// Weight of a person's name read from capitalisation alone.
const UNNAMED_PERSON_TRUST: f32 = 0.6;
/// Weight of a number qualified by a length of time other than the asked one.
const OTHER_LENGTH_TRUST: f32 = 0.3;
/// A count or date in a sentence that reports none of the asked events and none of
/// the question's other words ("700 people were detained" for "how many executed").
const OTHER_EVENT_TRUST: f32 = 0.4;
/// Weight of a date of taking effect for a question about the act (see [`effect_trust`]).
const EFFECT_DATE_TRUST: f32 = 0.6;
/// The other dates of a sentence that says when something took effect, when the
/// question asks just that.
const NOT_EFFECT_DATE_TRUST: f32 = 0.3;
/// Weight of a question word found only as its synonym (`rules/synonyms.en.json`).
const SYNONYM_WEIGHT: f32 = 0.8;

/// Groups of words that a question and a report use for one thing, analysed as the
/// index analyses them: each token with the other tokens of its groups.
static SYNONYMS: std::sync::LazyLock<HashMap<String, Vec<String>>> =
    std::sync::LazyLock::new(|| {
        #[derive(serde::Deserialize)]
        struct File {
            groups: Vec<Vec<String>>,
        }
        let file: File = serde_json::from_str(include_str!("../../../rules/synonyms.en.json"))
            .expect("rules/synonyms.en.json is valid (tested)");
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for group in file.groups {
            let analysed: Vec<String> = group
                .iter()
                .flat_map(|w| tokens(w).into_iter().map(|(t, _)| t))
                .collect();
            for t in &analysed {
                let entry = map.entry(t.clone()).or_default();
                for other in &analysed {
                    if other != t && !entry.contains(other) {
                        entry.push(other.clone());
                    }
                }
            }
        }
        map
    });

/// The synonyms of an analysed token (empty when it has none).
fn synonyms_of(token: &str) -> &'static [String] {
    SYNONYMS.get(token).map_or(&[], Vec::as_slice)
}

/// Share of a title's words a question must give to name the document.
const TITLE_FIT: f32 = 0.8;
/// Weight of a person tied to the asked relation ("delivered by X", "X, head of").
const BOUND_TRUST: f32 = 1.5;
/// Weight of a number written with no counted noun.
const BARE_NUMBER_TRUST: f32 = 0.25;
/// Weight of a date coarser than the question asks for.
const COARSE_DATE_TRUST: f32 = 0.7;

/// Names a question may give besides its jurisdiction and still ask when the
/// jurisdiction abolished the death penalty.
const INSTITUTION_NAMES: &[&str] = &[
    "president",
    "parliament",
    "government",
    "constitution",
    "constitutional court",
    "supreme court",
    "state duma",
];

/// Yes/no questions with these words ask about the state of the law and are
/// answered from the status over time.
const STATUS_WORDS: &[&str] = &[
    " permitted",
    " legal ",
    " lawful",
    " abolish",
    " abolition",
    " moratorium",
    " suspend",
    " retain",
    " in force",
    " allowed",
    " status ",
    " abolitionist",
    " retentionist",
];

/// An abolition question with these words asks about the act (signed, adopted,
/// voted, taking effect), not about when the status changed.
const LAW_EVENT_WORDS: &[&str] = &[
    " effect",
    " force",
    " sign",
    " adopt",
    " pass",
    " vote",
    " announc",
    " propos",
    " debat",
    " call",
    " consider",
    " introduc",
    " first ",
    " bill ",
    " draft",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    Date,
    Number,
    /// A length of time ("what prison term", "how long").
    Duration,
    /// A person's age ("how old", "at what age").
    Age,
    /// A phrase of a known sort: a method of execution, an offence, a punishment.
    Phrase,
    Person,
    Place,
    Court,
    Law,
    Organisation,
    Treaty,
    /// A title, profession or role of a named person.
    Role,
    Boolean,
    /// Anything else: answered only by a named entity of any kind.
    Entity,
}

#[derive(Clone, Debug, Serialize)]
pub struct Question {
    pub text: String,
    pub kind: AnswerKind,
    /// Names as written in the question ("Rustam Ibragimov").
    pub names: Vec<String>,
    /// Analysed content tokens and whether each belongs to a name.
    pub tokens: Vec<(String, bool)>,
    /// The noun the question counts or asks for ("police officers" in "how many police officers").
    pub focus: Vec<String>,
    pub years: Vec<i32>,
    /// Years that date a document the question names ("the 1996 report"), not
    /// the event it asks about.
    pub document_years: Vec<i32>,
    /// Day and month written in the question ("15 november"), folded.
    pub day_months: Vec<String>,
    pub event_kinds: Vec<EventKind>,
    /// Asks about a document's publication ("when was document 16225 published").
    pub about_publication: bool,
    /// The sort of phrase asked for, for [`AnswerKind::Phrase`].
    pub sort: Option<phrases::Sort>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Conflict {
    pub values: Vec<String>,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Answer {
    pub question: String,
    pub answer: Option<String>,
    pub values: Vec<String>,
    pub citations: Vec<Citation>,
    pub conflicts: Vec<Conflict>,
    pub confidence: f32,
    /// How the answer was found, for `--why`.
    pub method: String,
    /// The best sentences considered, with their scores, for `--why`.
    #[serde(skip)]
    pub trace: Vec<String>,
}

impl Answer {
    fn none(question: &str, method: &str) -> Answer {
        Answer {
            question: question.to_string(),
            answer: None,
            values: vec![],
            citations: vec![],
            conflicts: vec![],
            confidence: 0.0,
            method: method.to_string(),
            trace: vec![],
        }
    }
}

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "as",
    "into", "about", "what", "when", "who", "whom", "whose", "which", "where", "why", "how",
    "many", "much", "is", "was", "were", "are", "be", "been", "being", "did", "does", "do", "has",
    "have", "had", "it", "its", "that", "this", "these", "those", "there", "their", "his", "her",
    "he", "she", "they", "them", "any", "some", "ever", "also", "year", "date", "day", "month",
    "time", "among", "name", "named", "kind", "type", "number",
];

/// Light verbs that, followed by "out", only carry the noun after them ("carry
/// out executions" is "execute").
const LIGHT_VERBS: &[&str] = &["carry", "carried", "carries", "carrying"];

/// Words that open a question without being a name, though capitalised there
/// ("After the warrant was read ...", "Under Roper v. Simmons, may ...").
const OPENERS: &[&str] = &[
    "after",
    "before",
    "under",
    "since",
    "during",
    "following",
    "according",
    "until",
    "besides",
    "despite",
    "apart",
    "aside",
    "list",
    "give",
    "tell",
    "without",
    "over",
    "between",
    "except",
    "upon",
    "once",
    "while",
    "if",
    "although",
    "then",
    "apart",
    "excluding",
    "including",
];

/// wh-phrases that fix the answer type, longest first.
const TYPE_CUES: &[(&str, AnswerKind)] = &[
    ("how old", AnswerKind::Number),
    ("at what age", AnswerKind::Number),
    ("which session", AnswerKind::Number),
    ("what session", AnswerKind::Number),
    ("what percentage", AnswerKind::Number),
    ("what share", AnswerKind::Number),
    ("in what month", AnswerKind::Date),
    ("in which month", AnswerKind::Date),
    ("what month", AnswerKind::Date),
    ("which month", AnswerKind::Date),
    ("in which years", AnswerKind::Date),
    ("in what years", AnswerKind::Date),
    ("which years", AnswerKind::Date),
    ("until when", AnswerKind::Date),
    ("from when", AnswerKind::Date),
    ("how many", AnswerKind::Number),
    ("how much", AnswerKind::Number),
    ("what number", AnswerKind::Number),
    ("in which year", AnswerKind::Date),
    ("in what year", AnswerKind::Date),
    ("which year", AnswerKind::Date),
    ("what year", AnswerKind::Date),
    ("what date", AnswerKind::Date),
    ("since when", AnswerKind::Date),
    ("when", AnswerKind::Date),
    ("which court", AnswerKind::Court),
    ("what court", AnswerKind::Court),
    ("which tribunal", AnswerKind::Court),
    ("which article", AnswerKind::Law),
    ("what article", AnswerKind::Law),
    ("which law", AnswerKind::Law),
    ("what law", AnswerKind::Law),
    ("which provision", AnswerKind::Law),
    ("which section", AnswerKind::Law),
    ("which treaty", AnswerKind::Treaty),
    ("which convention", AnswerKind::Treaty),
    ("which protocol", AnswerKind::Treaty),
    ("which city", AnswerKind::Place),
    ("what city", AnswerKind::Place),
    ("which town", AnswerKind::Place),
    ("which country", AnswerKind::Place),
    ("which region", AnswerKind::Place),
    ("which place", AnswerKind::Place),
    ("in which", AnswerKind::Place),
    ("where", AnswerKind::Place),
    ("which organisation", AnswerKind::Organisation),
    ("which organization", AnswerKind::Organisation),
    ("which group", AnswerKind::Organisation),
    ("which party", AnswerKind::Organisation),
    ("which movement", AnswerKind::Organisation),
    ("profession", AnswerKind::Role),
    ("occupation", AnswerKind::Role),
    ("job", AnswerKind::Role),
    ("position", AnswerKind::Role),
    ("title", AnswerKind::Role),
    ("whose", AnswerKind::Person),
    ("whom", AnswerKind::Person),
    ("who", AnswerKind::Person),
    // A bare "which"/"what" asks for a thing of the kind its noun names; a "when"
    // or "who" later in the question opens a clause about it ("Which minister's
    // case was he talking about when he claimed ...").
    ("which", AnswerKind::Entity),
    ("what", AnswerKind::Entity),
];

/// The answer type of the question's own wh-phrase: the cue whose wh-word comes
/// first ("Who chaired the court when it ...?" asks for a person, not a date),
/// the longer cue among those sharing a wh-word ("which court" before "in which").
fn type_cue(lower: &str) -> Option<AnswerKind> {
    const WH: &[&str] = &[
        "how", "what", "which", "when", "where", "who", "whom", "whose",
    ];
    TYPE_CUES
        .iter()
        .enumerate()
        .filter_map(|(order, (cue, kind))| {
            let at = lower.find(&format!(" {cue} "))?;
            let mut offset = 0;
            for word in cue.split(' ') {
                if WH.contains(&word) {
                    break;
                }
                offset += word.len() + 1;
            }
            let offset = if offset >= cue.len() { 0 } else { offset };
            Some((at + offset, order, *kind))
        })
        .min_by_key(|(at, order, _)| (*at, *order))
        .map(|(_, _, kind)| kind)
        .map(|kind| {
            // A bare "what" yields to the noun it asks about ("What was her
            // former profession?").
            if kind != AnswerKind::Entity {
                return kind;
            }
            TYPE_CUES
                .iter()
                .filter(|(cue, _)| !cue.split(' ').any(|w| WH.contains(&w)))
                .find(|(cue, _)| lower.contains(&format!(" {cue} ")))
                .map_or(kind, |(_, k)| *k)
        })
}

const AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "does", "did", "do", "has", "have", "had", "can", "could", "will",
    "may", "might", "must", "should", "would", "shall",
];

/// Whether `question` asks about what is to come: "When will the report be
/// presented?", "When is the bill to be tabled?".
fn asks_ahead(question: &str) -> bool {
    let words: Vec<String> = question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let folded = format!(" {} ", words.join(" "));
    [" will ", " shall ", " going to "]
        .iter()
        .any(|w| folded.contains(w))
        || ((folded.starts_with(" when is ") || folded.starts_with(" when are "))
            && folded.contains(" to be "))
}

fn fold_word(s: &str) -> String {
    super::fold(s)
}

/// Whether `lower_sentence` holds a `claims` or `requests` phrase that the question
/// (`question_lower`) does not: a party's claim or a request put to an official.
fn claims_or_requests(lower_sentence: &str, question_lower: &str) -> bool {
    let lex = polarity::Lexicon::builtin();
    lex.claims
        .iter()
        .chain(&lex.requests)
        .any(|c| lower_sentence.contains(c.as_str()) && !question_lower.contains(c.as_str()))
}

/// Whether `text` holds `word` (folded) as whole words: "son" is not in "Sonia".
fn names_word(text: &str, word: &str) -> bool {
    format!(" {} ", fold_word(text)).contains(&format!(" {} ", fold_word(word)))
}

impl Question {
    /// The question's words with the names it gives left out ("Inner Mongolia",
    /// "Human Rights Committee" are no words whose opposite a sentence can state).
    fn unnamed(&self) -> String {
        let mut out = self.text.clone();
        for name in &self.names {
            out = out.replace(name.as_str(), " ");
        }
        out
    }

    pub fn parse(text: &str) -> Question {
        let trimmed = text.trim().trim_end_matches(['?', '.', '!']).trim();
        let lower = format!(" {} ", fold_word(trimmed));
        let first = lower.split_whitespace().next().unwrap_or("").to_string();
        // "According to X, did ...?": the question starts after the lead-in.
        let after_lead_in = trimmed
            .split_once(", ")
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .map(fold_word)
            .unwrap_or_default();
        let wh_first = TYPE_CUES
            .iter()
            .any(|(cue, _)| cue.split(' ').next() == Some(first.as_str()));
        let mut kind = if AUXILIARIES.contains(&first.as_str())
            || (!wh_first && AUXILIARIES.contains(&after_lead_in.as_str()))
        {
            AnswerKind::Boolean
        } else {
            AnswerKind::Entity
        };
        if kind != AnswerKind::Boolean {
            if let Some(cue_kind) = type_cue(&lower) {
                kind = cue_kind;
            }
        }

        if kind != AnswerKind::Boolean {
            if amounts::asks_age(&lower) {
                kind = AnswerKind::Age;
            } else if amounts::asks_duration(&lower) {
                kind = AnswerKind::Duration;
            }
        }
        let sort = phrases::sort_asked(&lower).filter(|_| kind != AnswerKind::Boolean);
        if sort.is_some() {
            kind = AnswerKind::Phrase;
        }
        let names = names_in(trimmed);
        // "Who is X?" / "Who was X?" asks what X is (a title or role), never for
        // another person.
        if kind == AnswerKind::Person {
            let words: Vec<&str> = lower.split_whitespace().collect();
            if words.len() >= 3
                && words[0] == "who"
                && matches!(words[1], "is" | "was")
                && names.len() == 1
                && fold_word(&names[0]).split_whitespace().count() + 2 == words.len()
            {
                kind = AnswerKind::Role;
            }
        }
        let name_tokens: HashSet<String> = names
            .iter()
            .flat_map(|n| tokens(n))
            .map(|(t, _)| t)
            .collect();
        let mut seen = HashSet::new();
        let mut question_tokens = Vec::new();
        let words: Vec<&str> = trimmed
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .map(|w| w.trim_matches(['\'', '-']).trim_end_matches("'s"))
            .filter(|w| !w.is_empty())
            .collect();
        for (i, &word) in words.iter().enumerate() {
            if STOPWORDS.contains(&fold_word(word).as_str()) {
                continue;
            }
            // "carry out executions" says "execute": the light verb is no content.
            let folded = fold_word(word);
            // "When did Guyana last carry out an execution?": the adverb asks for the
            // latest date ("has not carried out an execution since 1997"), it is no
            // word the answer must hold ("the last execution" keeps it).
            if folded == "last"
                && words.first().is_some_and(|w| fold_word(w) == "when")
                && i > 0
                && !matches!(
                    fold_word(words[i - 1]).as_str(),
                    "the" | "its" | "his" | "her" | "their" | "a" | "an" | "this" | "that"
                )
            {
                continue;
            }
            let light = |w: &str| LIGHT_VERBS.contains(&w);
            if (light(&folded) && words.get(i + 1).is_some_and(|n| fold_word(n) == "out"))
                || (folded == "out" && i > 0 && light(&fold_word(words[i - 1])))
            {
                continue;
            }
            for (token, _) in tokens(word) {
                // "al-Darwish": the article is no word of the name.
                if word.contains('-') && name_particles().contains(&format!("{token}-")) {
                    continue;
                }
                if seen.insert(token.clone()) {
                    let is_name = name_tokens.contains(&token);
                    question_tokens.push((token, is_name));
                }
            }
        }

        // Not the year in a case or document number ("No.139/2014", "A/RES/62/149",
        // "Criminal Appeal No. 45 of 2018", "Appeal Nos. 1023-1024 of 2014").
        let spaced: Vec<&str> = trimmed.split_whitespace().collect();
        let years: Vec<i32> = spaced
            .iter()
            .enumerate()
            .filter(|&(i, w)| !w.contains('/') && !numbered_year(&spaced, i))
            .flat_map(|(_, w)| w.split(|c: char| !c.is_ascii_digit()))
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse().ok())
            .filter(|y| (1000..=2100).contains(y))
            .collect();

        // "the 1996 prison report": a year that names a document, not the event.
        let words: Vec<&str> = lower.split_whitespace().collect();
        let document_noun =
            |w: &str| DOCUMENT_NOUNS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()));
        let year_of = |w: &str| {
            w.trim_matches(|c: char| !c.is_ascii_digit())
                .parse::<i32>()
                .ok()
        };
        let mut document_years: Vec<i32> = words
            .windows(3)
            .filter(|w| document_noun(w[1]) || document_noun(w[2]))
            .filter_map(|w| year_of(w[0]))
            .filter(|y| years.contains(y))
            .collect();
        // "according to Amnesty International Report 2012": the year names the report.
        let named: Vec<i32> = words
            .windows(2)
            .filter(|w| document_noun(w[0]))
            .filter_map(|w| year_of(w[1]))
            .filter(|y| years.contains(y) && !document_years.contains(y))
            .collect();
        document_years.extend(named);
        let day_months = day_months_in(&lower);

        let focus = focus_of(&lower);
        let event_kinds = event_kinds_in(trimmed);
        let about_publication = ["publish", "publication", "issued"]
            .iter()
            .any(|w| lower.contains(w))
            || asks_update(&lower);
        Question {
            text: text.trim().to_string(),
            kind,
            names,
            tokens: question_tokens,
            focus,
            years,
            document_years,
            day_months,
            event_kinds,
            about_publication,
            sort,
        }
    }
}

/// Whether the word at `i` is the year of a case number: "No. 45 of 2018",
/// "Nos. 1023-1024 of 2014", "Case No 7 of 2015" (the filing year names the case,
/// it does not date the asked event).
fn numbered_year(words: &[&str], i: usize) -> bool {
    if i < 3 || !words[i - 1].eq_ignore_ascii_case("of") {
        return false;
    }
    let number = words[i - 2];
    let marker = words[i - 3].trim_end_matches('.').to_lowercase();
    !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit() || c == '-')
        && matches!(marker.as_str(), "no" | "nos" | "number" | "numbers")
}

/// Lower-case prefixes a hyphen joins to a capitalised surname ("al-Nimr"): the
/// extraction lexicon's `name_particles`.
fn name_particles() -> &'static [String] {
    &dossier_extract::rules::Rules::builtin()
        .lexicon
        .name_particles
}

/// Whether `word` joins the parts of a person's name in lower case ("bin", "binti",
/// "van": the extraction lexicon's `name_joiners`).
fn is_name_joiner(word: &str) -> bool {
    dossier_extract::rules::Rules::builtin()
        .lexicon
        .name_joiners
        .iter()
        .any(|j| j == word)
}

/// Capitalised word runs that are not the question's first word (unless that word is
/// not a question word), possessives stripped: the names the question is about.
fn names_in(question: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let words: Vec<&str> = question.split_whitespace().collect();
    let flush = |current: &mut Vec<&str>, names: &mut Vec<String>| {
        if !current.is_empty() {
            names.push(current.join(" "));
            current.clear();
        }
    };
    for (i, raw) in words.iter().enumerate() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
        let possessive = word.ends_with("'s") || word.ends_with("\u{2019}s");
        let word = word.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        // "Ali al-Nimr", "Hosni el-Sayed": an Arabic article before a capital is
        // inside the name.
        let article_name = name_particles().iter().any(|a| {
            word.strip_prefix(a)
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
        });
        let capitalised = word.chars().next().is_some_and(|c| c.is_uppercase()) || article_name;
        // "Nur Aisyah binti Hamzah": a lower-case joiner
        // between two capitalised words is inside the name.
        if !current.is_empty()
            && !possessive
            && !current.last().is_some_and(|w| w.ends_with(','))
            && is_name_joiner(word)
            && words.get(i + 1).is_some_and(|next| {
                next.trim_matches(|c: char| !c.is_alphanumeric())
                    .starts_with(char::is_uppercase)
            })
            && !raw.ends_with(',')
        {
            current.push(word);
            continue;
        }
        let first_and_question_word = i == 0 && {
            let f = fold_word(word);
            STOPWORDS.contains(&f.as_str())
                || AUXILIARIES.contains(&f.as_str())
                || OPENERS.contains(&f.as_str())
        };
        if capitalised && !first_and_question_word && word.len() > 1 {
            current.push(word);
        } else {
            flush(&mut current, &mut names);
        }
        if possessive || raw.ends_with(',') {
            flush(&mut current, &mut names);
        }
    }
    flush(&mut current, &mut names);
    join_long_place_names(question, names)
}

/// "the Democratic Republic of the Congo", "Trinidad and Tobago": a place's name with a
/// connector in lower case, read as two names by their capitals, is one name. The
/// longest place name of the lexicon the question writes (in any case) replaces the
/// names inside it.
fn join_long_place_names(question: &str, mut names: Vec<String>) -> Vec<String> {
    if !question.is_ascii() {
        return names;
    }
    let lower = question.to_lowercase();
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut long: Vec<&String> = PLACE_WORDS
        .long_names
        .iter()
        .map(|(n, _)| n)
        .filter(|n| n.split(' ').any(|w| ["of", "and", "the"].contains(&w)))
        .collect();
    long.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in long {
        for (at, _) in lower.match_indices(name.as_str()) {
            let end = at + name.len();
            let bounded = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && lower[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            if !bounded || taken.iter().any(|r| r.start < end && at < r.end) {
                continue;
            }
            taken.push(at..end);
            found.push((at, question[at..end].to_string()));
        }
    }
    if found.is_empty() {
        return names;
    }
    names.retain(|n| !found.iter().any(|(_, f)| f.contains(n.as_str())));
    for (_, f) in found {
        if !names.contains(&f) {
            names.push(f);
        }
    }
    // In the question's order.
    names.sort_by_key(|n| question.find(n.as_str()).unwrap_or(usize::MAX));
    names
}

/// The noun phrase after "how many" / "which": what the answer counts or names.
fn focus_of(lower: &str) -> Vec<String> {
    for cue in [" how many ", " how much ", " which ", " what "] {
        if let Some(pos) = lower.find(cue) {
            let rest = &lower[pos + cue.len()..];
            let phrase: Vec<String> = rest
                .split_whitespace()
                .take_while(|w| {
                    !AUXILIARIES.contains(w) && !["of", "in", "on", "did", "does", "by"].contains(w)
                })
                .take(3)
                .flat_map(|w| tokens(w).into_iter().map(|(t, _)| t))
                .collect();
            if !phrase.is_empty() {
                return phrase;
            }
        }
    }
    Vec::new()
}

/// Event types the question's wording points at, found by running the extractor's
/// event rules over a declarative form of the question.
fn event_kinds_in(question: &str) -> Vec<EventKind> {
    let mut kinds: Vec<EventKind> = Vec::new();
    let lower = fold_word(question);
    let padded = format!(" {lower} ");
    // "Amnesty's figures" names the organisation, not an amnesty; "relatives of
    // detainees" names people, not an arrest (nouns of persons in -ee, -ist).
    // Each written word is folded on its own: folding splits "accused-appellant" in
    // two, and the words after it must stay paired with their own spelling.
    let folded: Vec<String> = question
        .split_whitespace()
        .filter(|raw| !raw.starts_with("Amnesty"))
        .flat_map(|raw| {
            fold_word(raw)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| !["ee", "ees", "ist", "ists"].iter().any(|s| w.ends_with(s)))
        .collect();
    // "appeal against his sentence": what is appealed against is not the asked event.
    let appealed = |i: usize| {
        let before = |k: usize| i.checked_sub(k).map(|j| folded[j].as_str());
        before(1) == Some("against")
            || (before(2) == Some("against")
                && matches!(
                    before(1),
                    Some("his" | "her" | "their" | "its" | "the" | "this")
                ))
    };
    let words: Vec<&str> = folded
        .iter()
        .enumerate()
        .filter(|&(i, _)| !appealed(i))
        .map(|(_, w)| w.as_str())
        .collect();
    // "approve the bill to abolish the death penalty", "the Constitution abolishing
    // it": the word describes the document the question is about, not its event.
    let describes_document = |i: usize| {
        let before = |k: usize| i.checked_sub(k).map(|j| words[j]);
        let noun = |w: Option<&str>| w.is_some_and(|w| DESCRIBED_NOUNS.contains(&w));
        if before(1) == Some("to") {
            noun(before(2)) || noun(before(3))
        } else {
            (words[i].ends_with("ing") && noun(before(1)))
                // "hang a man convicted of trafficking": the participle tells who.
                || (words[i].ends_with("ed")
                    && before(1).is_some_and(phrases::is_person_noun)
                    && words.get(i + 1).is_some_and(|w| *w == "of"))
        }
    };
    for (kind, cues) in EVENT_CUES {
        let found = cues.iter().any(|cue| {
            if cue.contains(' ') {
                padded.contains(&format!(" {cue}"))
            } else {
                words
                    .iter()
                    .enumerate()
                    .any(|(i, w)| w.starts_with(cue) && !describes_document(i))
            }
        });
        if found && !kinds.contains(kind) {
            kinds.push(*kind);
        }
    }
    // "did the court sentence six men to death": a death sentence, not a prison term.
    let to_death = words.iter().any(|w| w.starts_with("sentenc")) && padded.contains(" to death");
    if to_death {
        if !kinds.contains(&EventKind::DeathSentence) {
            kinds.push(EventKind::DeathSentence);
        }
        if !words.iter().any(|w| w.starts_with("convict")) {
            kinds.retain(|k| *k != EventKind::Conviction);
        }
    }
    kinds
}

/// Documents and proposals an event word can describe (see [`event_kinds_in`]).
const DESCRIBED_NOUNS: &[&str] = &[
    "bill",
    "bills",
    "law",
    "laws",
    "proposal",
    "proposals",
    "amendment",
    "amendments",
    "motion",
    "campaign",
    "petition",
    "resolution",
    "plan",
    "plans",
    "constitution",
    "draft",
    "decree",
    "measure",
    "measures",
    "legislation",
    "effort",
    "efforts",
    "call",
    "calls",
    "move",
    "initiative",
    "ordinance",
    "act",
    "referendum",
];

/// Word prefixes that point a question at an event type.
const EVENT_CUES: &[(EventKind, &[&str])] = &[
    (
        EventKind::Arrest,
        &["detain", "arrest", "apprehend", "charged"],
    ),
    (
        EventKind::Execution,
        &["execut", "hang ", "hanged ", "hangs "],
    ),
    (
        EventKind::DeathSentence,
        &["condemn", "sentenced to death", "death sentence"],
    ),
    (EventKind::Commutation, &["commut"]),
    (
        EventKind::Moratorium,
        &[
            "moratori",
            "halt execut",
            "halted execut",
            "halt to execut",
            "suspend execut",
            "suspended execut",
            "suspension of execut",
            "stop execut",
            "stopped execut",
            "pause execut",
            "paused execut",
        ],
    ),
    (EventKind::Abolition, &["abolish", "abolit"]),
    (
        EventKind::LawAdopted,
        &["adopt", "enact", "promulgat", "passed the", "pass the"],
    ),
    (EventKind::TreatyRatification, &["ratif"]),
    (
        EventKind::Trial,
        &["trial", "tried", "heard", "hear", "appeal"],
    ),
    (EventKind::Conviction, &["convict", "sentenc"]),
    (EventKind::Amnesty, &["amnest"]),
    (EventKind::PardonRelease, &["pardon", "releas", "freed"]),
    (EventKind::Attack, &["attack", "assault", "found"]),
    (EventKind::DeathInCustody, &["died", "death in custody"]),
    (
        EventKind::Appointment,
        &["appoint", "replac", "head of state"],
    ),
    (
        EventKind::ForcibleReturn,
        &["deport", "extradit", "forcibly"],
    ),
    (EventKind::Repatriation, &["repatriat"]),
];

/// The index of the first of `sentences` that `hit` accepts among those that may hold
/// or overlap `span` (a span's, where [`dossier_extract::text::sentence_at`] finds a
/// byte's). The sentences are in order and apart: those ending before `span`
/// starts, or starting after it ends, can neither hold nor overlap it.
fn sentence_touching(sentences: &[Span], span: Span, hit: impl Fn(&Span) -> bool) -> Option<usize> {
    let from = sentences.partition_point(|s| s.end < span.start);
    sentences[from..]
        .iter()
        .take_while(|s| s.start <= span.end)
        .position(hit)
        .map(|i| from + i)
}

/// One document's text, sentences and extraction, loaded once per question.
struct DocCtx {
    name: String,
    document: Document,
    extraction: Extraction,
    sentences: Vec<Span>,
    /// Analysed tokens of each sentence, computed on demand.
    sentence_tokens: HashMap<usize, HashSet<String>>,
    /// What the whole document is about (see [`scope_tokens`]).
    scope_tokens: HashSet<String>,
    /// Country section headings (see [`section_headings`]).
    headings: Vec<(usize, String)>,
    /// How often each analysed token occurs in the whole document, on demand.
    token_counts: std::cell::OnceCell<HashMap<String, u32>>,
    /// How often each folded word (see [`fold_word`]) occurs in the document, on demand.
    word_counts: std::cell::OnceCell<HashMap<String, u32>>,
    /// Title lines that date their items, with their days (see
    /// [`dossier_extract::event::dated_headings`]), on demand.
    #[allow(clippy::type_complexity)]
    titles: std::cell::OnceCell<(Vec<Span>, Vec<(Span, (dossier_model::TimeValue, Span))>)>,
    /// The parties a judgment refers to by role (see [`documents::party_names`]).
    parties: Vec<(&'static str, String)>,
    /// The sentences that open with a correction cue (see [`correction::cues`]), on
    /// demand.
    correction_cues: std::cell::OnceCell<Vec<(usize, &'static str)>>,
}

impl DocCtx {
    /// The index of the first sentence that `hit` accepts among those that may hold
    /// or overlap `span` (see [`sentence_touching`]).
    fn sentence_touching(&self, span: Span, hit: impl Fn(&Span) -> bool) -> Option<usize> {
        sentence_touching(&self.sentences, span, hit)
    }

    /// How often `token` occurs in the whole document.
    fn count_of(&self, token: &str) -> u32 {
        self.token_counts
            .get_or_init(|| {
                let mut counts: HashMap<String, u32> = HashMap::new();
                for (t, _) in tokens(&self.document.text) {
                    *counts.entry(t).or_default() += 1;
                }
                counts
            })
            .get(token)
            .copied()
            .unwrap_or(0)
    }

    /// How many words of the document name `place` (see [`names_place`]).
    fn place_count(&self, place: &str) -> u32 {
        self.word_counts
            .get_or_init(|| {
                let mut counts: HashMap<String, u32> = HashMap::new();
                for w in fold_word(&self.document.text)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                {
                    *counts.entry(w.to_string()).or_default() += 1;
                }
                counts
            })
            .iter()
            .filter(|(w, _)| names_place(&[w.as_str()], place))
            .map(|(_, n)| n)
            .sum()
    }

    /// Whether `date` is the day of the heading right above `sentence` ("## Day 6 -
    /// Sunday 26 May 2024", "March 15, 2023 – Harold Pruitt"), which dates the undated
    /// events of its item (see [`dossier_extract::event::dated_headings`]).
    fn day_of_heading_above(&self, sentence: Span, date: Span) -> bool {
        let text = &self.document.text;
        let (titles, dated) = self.titles.get_or_init(|| {
            let titles = dossier_extract::text::titles(text);
            let dated =
                dossier_extract::event::dated_headings(text, &titles, &self.extraction.times);
            (titles, dated)
        });
        // The heading right above: the last title that ends before the sentence.
        let idx = titles.partition_point(|t| t.end <= sentence.start);
        idx.checked_sub(1)
            .and_then(|i| titles.get(i))
            .is_some_and(|&title| dated.iter().any(|&(t, (_, day))| t == title && day == date))
    }

    /// The section heading `pos` stands under, if the document has sections.
    fn heading_before(&self, pos: usize) -> Option<&str> {
        self.headings
            .iter()
            .rev()
            .find(|(at, _)| *at <= pos)
            .map(|(_, h)| h.as_str())
    }

    fn tokens_of(&mut self, idx: usize) -> &HashSet<String> {
        let text = &self.document.text;
        let span = self.sentences[idx];
        self.sentence_tokens
            .entry(idx)
            .or_insert_with(|| sentence_words(span.slice(text)))
    }
}

/// A sentence's search tokens, with the acronyms of the names it spells out: a
/// question's "ICCPR" finds "the International Covenant on Civil and Political
/// Rights".
fn sentence_words(sentence: &str) -> HashSet<String> {
    let mut words: HashSet<String> = tokens(sentence).into_iter().map(|(t, _)| t).collect();
    for acronym in acronyms(sentence) {
        words.extend(tokens(&acronym).into_iter().map(|(t, _)| t));
    }
    words
}

/// The acronyms the capitalised names of `text` spell: the initials of each run
/// of two or more capitalised words (small words such as "on" or "and" inside a
/// run are skipped), three to eight letters long.
fn acronyms(text: &str) -> Vec<String> {
    const INSIDE: &[&str] = &["of", "on", "and", "for", "the", "to", "against", "in"];
    let mut out = Vec::new();
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, out: &mut Vec<String>| {
        for start in 0..run.len() {
            for end in start + 3..=run.len().min(start + 8) {
                out.push(run[start..end].iter().collect());
            }
        }
        run.clear();
    };
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let first = bare.chars().next();
        let ends_run = word.ends_with([',', ';', ':', '.', ')', '"']);
        if first.is_some_and(char::is_uppercase) && bare.chars().all(char::is_alphabetic) {
            run.push(first.unwrap_or_default());
        } else if !INSIDE.contains(&bare) || run.is_empty() {
            flush(&mut run, &mut out);
            continue;
        }
        if ends_run {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

#[derive(Clone, Debug)]
struct Candidate {
    value: String,
    display: String,
    doc: usize,
    /// The words cited for it.
    evidence: Span,
    /// The value's own words.
    span: Span,
    score: f32,
    /// Tied to the relation the question asks about by the words around it
    /// ("delivered by X", "Author: X", "X, head of ..."; see [`relation_bound`]).
    bound: bool,
}

#[cfg(test)]
impl Candidate {
    /// A candidate of `value` at the start of `evidence`, for tests.
    fn for_test(value: &str, evidence: Span) -> Candidate {
        Candidate {
            value: value.to_string(),
            display: value.to_string(),
            doc: 0,
            evidence,
            span: evidence,
            score: 1.0,
            bound: false,
        }
    }
}

struct Scored {
    doc: usize,
    sentence: usize,
    coverage: f32,
    score: f32,
}

impl Engine {
    pub fn ask(&self, question: &str) -> Result<Answer> {
        let mut answer = match self.ask_combined(question)? {
            Some(answer) => answer,
            None => self.ask_plain(question)?,
        };
        self.quote_as_written(&mut answer)?;
        Ok(answer)
    }

    /// A quote from a Markdown document that runs over markup left out of the kept
    /// text ("**Outcome:** he was released on 9 February 2024" kept as "Outcome: he was
    /// ...") no longer reads as the file does: it is cut to its piece the file holds
    /// whole, the one with the answer's words (else the longest).
    fn quote_as_written(&self, answer: &mut Answer) -> Result<()> {
        let hints: Vec<String> = answer
            .values
            .iter()
            .cloned()
            .chain(answer.answer.as_deref().and_then(|a| {
                let inner = a.split_once('(')?.1.split_once(')')?.0;
                Some(inner.to_string())
            }))
            .filter(|h| !h.is_empty())
            .collect();
        let citations = answer.citations.iter_mut().chain(
            answer
                .conflicts
                .iter_mut()
                .flat_map(|c| c.citations.iter_mut()),
        );
        self.cut_to_written(citations, &hints, &mut HashMap::new())?;
        Ok(())
    }

    /// Each citation of a Markdown document cut to its piece the file holds whole
    /// ([`written_piece`]): the one holding one of `hints`, else the longest. The
    /// documents read are kept in `loaded` for the next call.
    pub(crate) fn cut_to_written<'c>(
        &self,
        citations: impl Iterator<Item = &'c mut Citation>,
        hints: &[String],
        loaded: &mut HashMap<String, Option<Document>>,
    ) -> Result<()> {
        for citation in citations {
            if !citation.document.to_lowercase().ends_with(".md") {
                continue;
            }
            if !loaded.contains_key(&citation.document) {
                let document = match self.store.find(&citation.document)? {
                    Some(summary) => self.store.document(summary.key)?,
                    None => None,
                };
                loaded.insert(citation.document.clone(), document);
            }
            let Some(Some(document)) = loaded.get(&citation.document) else {
                continue;
            };
            let span = Span {
                start: citation.start,
                end: citation.end,
            };
            let piece = written_piece(document, span, hints);
            if piece != span {
                *citation = Citation::new(&citation.document, &document.text, piece);
            }
        }
        Ok(())
    }

    /// A question answered from one fact (see [`compose`] for those combining two).
    fn ask_plain(&self, question: &str) -> Result<Answer> {
        let mut q = Question::parse(question);
        // The acts a date or count question asks about ("repealed", "become law",
        // "sentenced").
        let asked_acts = if matches!(q.kind, AnswerKind::Date | AnswerKind::Number)
            && !phrases::asks_about_a_plan(&format!(" {} ", fold_word(&q.text)))
        {
            acts::Acts::builtin().asked(&q.text, &q.names)
        } else {
            Vec::new()
        };
        // A date question whose verb no act lists asks about its own verb: a sentence
        // that names it undone ("police had not registered a case", "has yet to
        // publish the order") where none names it done leaves the question unanswered,
        // and where one names it done, only such clauses answer.
        let verb_act = if q.kind == AnswerKind::Date && asked_acts.is_empty() {
            acts::Acts::builtin().verb_act(&q.text, &q.names)
        } else {
            None
        };
        // Every event the question's words name, its object's included.
        // A court's deciding or ruling is its trial's act.
        let mut cued_kinds = q.event_kinds.clone();
        if phrases::names_a_ruling(&format!(" {}", fold_word(&q.text))) {
            cued_kinds.push(EventKind::Trial);
        }
        // "When did the court dismiss the petition to stay X's execution?" asks of
        // the dismissal: the events its object names are not the asked event.
        if let Some(act) = verb_act.as_ref().filter(|a| !a.light) {
            q.event_kinds.retain(|kind| {
                EVENT_CUES.iter().any(|(k, cues)| {
                    k == kind
                        && cues.iter().any(|cue| {
                            cue.split_whitespace()
                                .next()
                                .is_some_and(|w| act.matches(w))
                        })
                })
            });
        }
        if q.tokens.is_empty() {
            return Ok(Answer::none(question, "no content words in the question"));
        }
        if q.about_publication || asks_period(&q.text) {
            if let Some(answer) = self.answer_from_metadata(&q)? {
                return Ok(answer);
            }
        }
        if let Some(answer) = self.answer_from_document_date(&q)? {
            return Ok(answer);
        }
        if let Some(answer) = self.answer_from_caption_label(&q)? {
            return Ok(answer);
        }
        if let Some(answer) = self.answer_from_own_disposition(&q)? {
            return Ok(answer);
        }
        if let Some(answer) = self.answer_from_bench_president(&q)? {
            return Ok(answer);
        }
        if let Some(answer) = self.answer_from_judgment_author(&q)? {
            return Ok(answer);
        }
        if let Some(answer) = self.answer_from_caption_party(&q)? {
            return Ok(answer);
        }
        let places = self.places_in(&q)?;
        // The names the store knows as other than a person.
        let not_people: Vec<String> = {
            let graph = self.graph_names()?;
            let mut out = Vec::new();
            for name in &q.names {
                if self
                    .find_entity(&graph, name)?
                    .is_some_and(|e| e.kind != MentionKind::Person)
                {
                    out.push(name.clone());
                }
            }
            out
        };
        if let Some(answer) = self.answer_from_status(&q)? {
            return Ok(answer);
        }
        if let Some(answer) = self.abolition_date(&q, &places)? {
            return Ok(answer);
        }
        let weights: Vec<(String, f32)> = q
            .tokens
            .iter()
            .map(|(t, is_name)| {
                (
                    t.clone(),
                    self.index.idf(t) * if *is_name { 1.5 } else { 1.0 },
                )
            })
            .collect();
        let total: f32 = weights.iter().map(|(_, w)| w).sum::<f32>().max(1e-3);
        let mut passages = self.index.passages_for_tokens(&weights, PASSAGES)?;
        // "according to Amnesty International Report 2012": the document the question
        // names by its whole title is read whole, the passages that repeat its title
        // words (a running footer) crowding out none of its others.
        for key in self.documents_named_by_title(&q)? {
            let Some(document) = self.store.document(key)? else {
                continue;
            };
            add_passages(&mut passages, key, &document);
        }
        // "When was Md. Karim Uddin sentenced to death?": a judgment whose caption
        // names the asked person as a party calls him "the appellant" throughout, so
        // its passages that never write his name are read too.
        let person_names: Vec<&String> = q
            .names
            .iter()
            .filter(|n| tokens(n).len() >= 2 && !places.contains(n) && !not_people.contains(n))
            .collect();
        // The documents read here are kept for the loop below (loaded once).
        let mut preloaded: HashMap<i64, (Document, documents::Parties)> = HashMap::new();
        // Only for a date: its sentence may name neither the person nor the
        // question's nouns beyond the act ("sentenced him to death"); a count or a
        // length is found by its nouns, which the whole judgment would crowd out.
        if !person_names.is_empty() && q.kind == AnswerKind::Date {
            let mut keys: Vec<i64> = Vec::new();
            for (key, _, _) in &passages {
                if !keys.contains(key) {
                    keys.push(*key);
                }
            }
            for key in keys {
                let Some(document) = self.store.document(key)? else {
                    continue;
                };
                let title = document.meta.title.as_ref().map(|t| t.value.as_str());
                let parties = documents::party_names(&document.text, title);
                let party = parties
                    .iter()
                    .any(|(_, party)| person_names.iter().any(|n| same_person(n, party)));
                if party {
                    add_passages(&mut passages, key, &document);
                }
                preloaded.insert(key, (document, parties));
            }
        }

        // Load each document touched once.
        let mut docs: Vec<DocCtx> = Vec::new();
        let mut doc_of_key: HashMap<i64, usize> = HashMap::new();
        let mut scored: Vec<Scored> = Vec::new();
        let mut seen_sentences = HashSet::new();
        let max_bm25 = passages.iter().map(|p| p.2).fold(1e-3f32, f32::max);
        for (rank, (key, passage, bm25)) in passages.iter().enumerate() {
            let doc_idx = match doc_of_key.get(key) {
                Some(&i) => i,
                None => {
                    let (document, parties) = match preloaded.remove(key) {
                        Some(loaded) => loaded,
                        None => {
                            let Some(document) = self.store.document(*key)? else {
                                continue;
                            };
                            let parties = documents::party_names(
                                &document.text,
                                document.meta.title.as_ref().map(|t| t.value.as_str()),
                            );
                            (document, parties)
                        }
                    };
                    let mut extraction = self.store.extraction(*key)?.unwrap_or_default();
                    // "lifted the moratorium in December 2014": the lifting's date
                    // answers only a question of when something ended, never one of
                    // the moratorium itself.
                    if !acts::Acts::builtin().asks_end(&q.text) {
                        extraction.events.retain(|e| !e.is_lifting());
                    }
                    let sentences = dossier_extract::text::sentences(&document.text);
                    let scope_tokens = scope_tokens(&document, &extraction);
                    let headings = section_headings(&document.text);
                    docs.push(DocCtx {
                        name: document.name.clone(),
                        document,
                        extraction,
                        sentences,
                        sentence_tokens: HashMap::new(),
                        scope_tokens,
                        headings,
                        token_counts: std::cell::OnceCell::new(),
                        word_counts: std::cell::OnceCell::new(),
                        titles: std::cell::OnceCell::new(),
                        parties,
                        correction_cues: std::cell::OnceCell::new(),
                    });
                    doc_of_key.insert(*key, docs.len() - 1);
                    docs.len() - 1
                }
            };
            let ctx = &mut docs[doc_idx];
            let mut in_passage: Vec<usize> = (0..ctx.sentences.len())
                .filter(|&i| ctx.sentences[i].overlaps(*passage))
                .collect();
            // "Singapore on Wednesday hanged a man ... / X, 46, was executed at
            // dawn": a news lead that describes someone the next paragraph names is
            // read with it (it holds none of the question's names to be found by).
            if let Some(&first) = in_passage.first().filter(|&&f| f > 0) {
                let lead = ctx.sentences[first - 1].slice(&ctx.document.text);
                if phrases::describes_someone(lead) {
                    in_passage.insert(0, first - 1);
                }
            }
            for idx in in_passage {
                if !seen_sentences.insert((doc_idx, idx)) {
                    continue;
                }
                let mut own: HashSet<String> = ctx.tokens_of(idx).clone();
                // "the trial court convicted the appellant": the asked party of a
                // judgment, named by the role the judgment gives him.
                if !ctx.parties.is_empty() {
                    let said =
                        documents::with_bare_roles(ctx.sentences[idx].slice(&ctx.document.text))
                            .to_lowercase();
                    // "The appellant absconded. He was arrested on 11.08.2007": a
                    // sentence opening with a pronoun continues the one before it.
                    let before = idx
                        .checked_sub(1)
                        .filter(|_| {
                            ["he ", "she ", "his ", "her "]
                                .iter()
                                .any(|p| said.trim_start().starts_with(p))
                        })
                        .map(|i| {
                            documents::with_bare_roles(ctx.sentences[i].slice(&ctx.document.text))
                                .to_lowercase()
                        })
                        .unwrap_or_default();
                    for (role, party) in &ctx.parties {
                        let role_named = format!("the {role}");
                        // "The applicant's co-defendant, Corey Alston, pleaded guilty.
                        // He was paroled in 2019": the pronoun is the other person.
                        let before_names =
                            before.contains(&role_named) && !pronoun_of_another(&q, ctx, idx);
                        if !said.contains(&role_named) && !before_names {
                            continue;
                        }
                        for name in q.names.iter().filter(|n| same_person(n, party)) {
                            own.extend(tokens(name).into_iter().map(|(t, _)| t));
                        }
                    }
                }
                // "Abdul Quader Molla" is not the asked "Abdul Jabbar": a name
                // shared with another person of the sentence is no match.
                for shared in other_peoples_tokens(&q, ctx, ctx.sentences[idx]) {
                    own.remove(&shared);
                }
                // "What method ...?": a sentence naming a method ("by lethal
                // injection") has the asked word in the answer's place.
                if let Some(sort) = q.sort {
                    let words = ctx.sentences[idx].slice(&ctx.document.text);
                    if !phrases::phrases_in(words, sort).is_empty() {
                        own.extend(q.focus.iter().cloned());
                    }
                }
                // "The capital sentence imposed on X was carried out": an event of the
                // asked kind says the question's word for it in other words.
                let sentence_span = ctx.sentences[idx];
                for e in ctx.extraction.events.iter().filter(|e| {
                    sentence_span.overlaps(e.span)
                        && q.event_kinds.contains(&e.kind)
                        && matches!(e.modality, Modality::Asserted | Modality::Hedged)
                }) {
                    let cues = EVENT_CUES
                        .iter()
                        .filter(|(k, _)| *k == e.kind)
                        .flat_map(|(_, cues)| cues.iter());
                    for cue in cues {
                        let cue = cue.trim();
                        for (t, is_name) in &q.tokens {
                            if !is_name
                                && t.len() >= 4
                                && (cue.starts_with(t.as_str()) || t.starts_with(cue))
                            {
                                own.insert(t.clone());
                            }
                        }
                    }
                }
                let mut context: HashSet<String> = HashSet::new();
                for back in 1..=2 {
                    if idx >= back {
                        context.extend(ctx.tokens_of(idx - back).iter().cloned());
                    }
                }
                // A news lead names later whom it describes: the names of the
                // people in the next sentence are context.
                let lead = ctx.sentences[idx].slice(&ctx.document.text);
                if idx + 1 < ctx.sentences.len() && phrases::describes_someone(lead) {
                    let next = ctx.sentences[idx + 1];
                    let text = &ctx.document.text;
                    let people = ctx
                        .extraction
                        .mentions
                        .iter()
                        .filter(|m| m.kind == MentionKind::Person && next.contains(m.span))
                        .map(|m| m.span)
                        .chain(
                            unnamed_people(text, next, &ctx.extraction)
                                .into_iter()
                                .map(|(_, span)| span),
                        )
                        .collect::<Vec<_>>();
                    for person in people {
                        context.extend(tokens(person.slice(text)).into_iter().map(|(t, _)| t));
                    }
                }
                let sentence_start = ctx.sentences[idx].start as usize;
                let scope = match ctx.heading_before(sentence_start) {
                    Some(heading) => {
                        let mut scope = ctx.scope_tokens.clone();
                        scope.extend(tokens(heading).into_iter().map(|(t, _)| t));
                        std::borrow::Cow::Owned(scope)
                    }
                    None => std::borrow::Cow::Borrowed(&ctx.scope_tokens),
                };
                // "The applicant's co-defendant, Corey Alston, pleaded guilty. He was
                // paroled in 2019": a pronoun after a sentence naming another person
                // is that person, not whom the document is about.
                let scope = if pronoun_of_another(&q, ctx, idx) {
                    let mut scope = scope.into_owned();
                    for name in &q.names {
                        for (t, _) in tokens(name) {
                            scope.remove(&t);
                        }
                    }
                    std::borrow::Cow::Owned(scope)
                } else {
                    scope
                };
                let coverage = coverage(&q, &weights, &own, &context, &scope) / total;
                let year_fit = year_fit(&q, ctx, idx);
                let sentence = ctx.sentences[idx];
                let event_fit = if ctx.extraction.events.iter().any(|e| {
                    q.event_kinds.contains(&e.kind)
                        && e.span.overlaps(sentence)
                        // A yes/no question is answered by a denial as well.
                        && (e.modality != Modality::Negated || q.kind == AnswerKind::Boolean)
                }) {
                    0.15
                } else if !q.event_kinds.is_empty()
                    && ctx.extraction.events.iter().any(|e| {
                        e.span.overlaps(sentence)
                            && e.modality == Modality::Asserted
                            && is_penalty_kind(e.kind)
                            && q.event_kinds.iter().copied().any(is_penalty_kind)
                    })
                {
                    // "executed in 25 countries" does not answer how many
                    // countries sentenced people to death.
                    -0.15
                } else {
                    0.0
                };
                let score = coverage
                    + year_fit
                    + event_fit
                    + ordinal_clash(&q, &own)
                    + 0.1 * bm25 / max_bm25 / (1.0 + 0.1 * rank as f32);
                scored.push(Scored {
                    doc: doc_idx,
                    sentence: idx,
                    coverage,
                    score,
                });
            }
        }
        scored.sort_by(|a, b| b.score.total_cmp(&a.score));
        let mut trace: Vec<String> = scored
            .iter()
            .take(6)
            .map(|s| {
                let ctx = &docs[s.doc];
                let quote: String = ctx.sentences[s.sentence]
                    .slice(&ctx.document.text)
                    .chars()
                    .take(100)
                    .collect();
                format!(
                    "{:.2} (coverage {:.2}) {} {:?}",
                    s.score, s.coverage, ctx.name, quote
                )
            })
            .collect();

        let mut candidates: Vec<Candidate> = Vec::new();
        // An untyped "what ...?" question needs a closer match than a typed one.
        let min_coverage = match q.kind {
            // An untyped "what ...?" needs a closer match than "which minister".
            AnswerKind::Entity if entity_kind_asked(&q.text).is_none() => 0.7,
            AnswerKind::Boolean => BOOLEAN_MIN_COVERAGE,
            _ => MIN_COVERAGE,
        };
        // The best sentence that holds an answer of the right type sets the bar;
        // a sentence with every word of the question sets it even without one (its
        // answer is there, unread: a far weaker sentence answers something else).
        let asked_counts = counts_in(&q.text);
        // A question about a named person's act ("When was X executed?").
        let of_someone = q.names.iter().any(|n| {
            let words: Vec<&str> = n.split_whitespace().collect();
            !places.contains(n)
                && words.len() >= 2
                && words
                    .last()
                    .is_some_and(|w| !INSTITUTION_HEADS.contains(&fold_word(w).as_str()))
        });
        let mut verb_done = false;
        let mut verb_unsaid = false;
        // A light verb's act is its object's ("carry out the execution"): only its
        // clauses' own denials count (below).
        if let Some(act) = verb_act.as_ref().filter(|a| !a.light) {
            let top = scored.first().map_or(0.0, |s| s.score);
            // "When will the Rapporteur present her report?" asks for what is to come.
            let ahead = asks_ahead(&q.text);
            let mut verb_denied = false;
            let mut time_unknown = false;
            let mut done_score: Option<f32> = None;
            let mut done_said: Option<&str> = None;
            let mut denied_first: Option<(f32, &str)> = None;
            let mut verb_planned = false;
            let mut said_where = String::new();
            for s in scored
                .iter()
                .take(16)
                .filter(|s| s.coverage >= VERB_UNDONE_COVERAGE)
            {
                let ctx = &docs[s.doc];
                let said = ctx.sentences[s.sentence].slice(&ctx.document.text);
                let acts = acts::Acts::builtin();
                // Only a sentence that could answer says it done; only a clear denial
                // ("had not registered", "has yet to publish", "no reply") counts
                // against it ("the question we have to decide" plans nothing).
                let sentence = ctx.sentences[s.sentence];
                // ... with a date in the clause that says it ("outlining work on
                // safety" is no working from a date).
                let dated_done = || {
                    ctx.extraction.times.iter().any(|t| {
                        !t.is_duration
                            && sentence.contains(t.span)
                            && acts.verb_stated(act, &ctx.document.text, sentence, t.span)
                                == acts::Stated::Done
                    })
                };
                // "He did not say when the two men were told": the document says the
                // date is not known, and a date of the verb said elsewhere ("told
                // reporters on Monday") that matches no better is another telling.
                if s.score >= VERB_SAID_SHARE * top
                    && acts.verb_time_unknown_in(act, said)
                    && done_score.is_none_or(|d| s.score >= d)
                {
                    time_unknown = true;
                }
                if s.coverage >= min_coverage && s.score >= VERB_SAID_SHARE * top && dated_done() {
                    verb_done = true;
                    done_score.get_or_insert(s.score);
                    done_said.get_or_insert(said);
                } else if s.score >= VERB_SAID_SHARE * top && acts.verb_denied_in(act, said) {
                    verb_denied = true;
                    if done_score.is_none() {
                        denied_first.get_or_insert((s.score, said));
                    }
                } else {
                    // "The Committee is expected to table its report": the verb
                    // said only as to come.
                    // (A question put in a transcript, "Will his execution be
                    // ordered?", plans nothing.)
                    if s.score >= VERB_SAID_SHARE * top
                        && !ahead
                        && !said.trim_end().ends_with('?')
                        && acts.verb_stated_in(act, said) == acts::Stated::Undone
                    {
                        verb_planned = true;
                    }
                    continue;
                }
                if said_where.is_empty() {
                    said_where = format!(
                        " ({:.2} {:?})",
                        s.score,
                        said.chars().take(60).collect::<String>()
                    );
                }
            }
            verb_unsaid = !verb_done && !verb_denied;
            trace.push(format!(
                "the question's own verb {:?}: {}{said_where}",
                act.stems(),
                match (verb_done, verb_denied) {
                    (true, _) => "said done: only clauses that say it answer",
                    (false, true) => "said only not done",
                    (false, false) => "not said",
                }
            ));
            if time_unknown {
                let mut answer = Answer::none(
                    question,
                    "the documents say it is not known when the asked act was done",
                );
                answer.trace = trace;
                return Ok(answer);
            }
            if verb_denied && !verb_done {
                let mut answer = Answer::none(
                    question,
                    "the documents name the asked act only as not done",
                );
                answer.trace = trace;
                return Ok(answer);
            }
            // "The Government has not published any amendments" over "It was
            // published in the Gazette on 8 December": the denial matches the
            // question better and holds a word of it (the asked object) that the
            // sentence saying the verb done lacks; that sentence's act is another's.
            let denial_closer = denied_first.is_some_and(|(score, denial)| {
                let denial_words = sentence_words(denial);
                let done_words = done_said.map(sentence_words).unwrap_or_default();
                done_score.is_some_and(|d| score > d)
                    && q.tokens.iter().any(|(t, is_name)| {
                        !*is_name
                            && !act.matches(t)
                            && denial_words.contains(t)
                            && !done_words.contains(t)
                    })
            });
            if denial_closer || (verb_planned && !verb_done && !verb_denied) {
                let mut answer = Answer::none(
                    question,
                    if denial_closer {
                        "the sentence that best matches the question says the asked act not done"
                    } else {
                        "the documents name the asked act only as planned or asked for"
                    },
                );
                answer.trace = trace;
                return Ok(answer);
            }
        }
        // "When did X last carry out an execution by firing squad?" against "no
        // execution by firing squad was ever recorded, and the provision was repealed
        // in 1993": the sentence that best matches the question says the act never
        // happened; the other dates in it are other acts'.
        if q.kind == AnswerKind::Date {
            if let Some(best) = scored.first().filter(|s| s.coverage >= NEVER_DONE_COVERAGE) {
                let ctx = &docs[best.doc];
                let said = ctx.sentences[best.sentence].slice(&ctx.document.text);
                if said_never_done(&q, said) {
                    let mut answer = Answer::none(
                        question,
                        "the sentence that best matches the question says the asked act never happened",
                    );
                    answer.trace = trace;
                    return Ok(answer);
                }
            }
        }
        // "A third defendant, Ali Al-Dairi, was sentenced to life imprisonment in the
        // same judgment": the best sentence that names the asked person gives them
        // another punishment; a death sentence dated elsewhere is the others'.
        if q.kind == AnswerKind::Date
            && !person_names.is_empty()
            && fold_word(&q.text).contains(" to death")
        {
            let top = scored.first().map_or(0.0, |s| s.score);
            let named_best = scored.iter().take(16).find(|s| {
                let ctx = &docs[s.doc];
                let said = ctx.sentences[s.sentence].slice(&ctx.document.text);
                s.score >= VERB_SAID_SHARE * top
                    && person_names.iter().any(|n| {
                        said.contains(n.as_str())
                            || n.split_whitespace().last().is_some_and(|last| {
                                said.split(|c: char| !c.is_alphanumeric() && c != '-')
                                    .any(|w| w == last)
                            })
                    })
            });
            if let Some(s) = named_best {
                let ctx = &docs[s.doc];
                let said = fold_word(ctx.sentences[s.sentence].slice(&ctx.document.text));
                if said.contains("sentenced to ") && !DEATH_WORDS.iter().any(|w| said.contains(w)) {
                    let mut answer = Answer::none(
                        question,
                        "the best sentence that names the asked person gives another punishment than death",
                    );
                    answer.trace = trace;
                    return Ok(answer);
                }
            }
        }
        let mut reference: Option<f32> = scored
            .first()
            .filter(|s| s.coverage >= FULL_COVERAGE)
            .map(|s| s.score);
        // Whether each document names the asked day, read once per document.
        let mut day_named: HashMap<usize, bool> = HashMap::new();
        for s in scored.iter().take(16) {
            if s.coverage < min_coverage {
                continue;
            }
            let said = docs[s.doc].sentences[s.sentence].slice(&docs[s.doc].document.text);
            // A sentence that says the opposite of the question answers nothing, and
            // still sets the bar: a weaker one is not read for the answer instead.
            if superlative_clash(&q, said)
                || (q.kind == AnswerKind::Date
                    && phrases::stage_clash(&fold_word(&q.text), &fold_word(said)))
            {
                reference.get_or_insert(s.score);
                continue;
            }
            // "When did the court sentence 75 people to death?" is not answered by a
            // sentence about 40 others: a sentence that gives counts must give the
            // question's.
            if !matches!(q.kind, AnswerKind::Number | AnswerKind::Boolean)
                && asked_counts
                    .iter()
                    .any(|&n| !holds_count(&docs[s.doc], docs[s.doc].sentences[s.sentence], n))
                && counts_other(&docs[s.doc], docs[s.doc].sentences[s.sentence])
            {
                continue;
            }
            if (q.kind == AnswerKind::Number
                && !*day_named
                    .entry(s.doc)
                    .or_insert_with(|| names_asked_day(&q, &docs[s.doc])))
                || phrases::other_chamber(&fold_word(&q.text), &fold_word(said))
                || phrases::other_numbered(&q.text, said)
            {
                continue;
            }
            if q.kind == AnswerKind::Date && another_ordinal_only(&q, said) {
                reference.get_or_insert(s.score);
                continue;
            }
            // "How many of the deaths in custody were caused by illness?" against
            // "19 deaths in custody, most from illness": the sentence counts the
            // question's whole, not its part, and sets the bar for weaker ones.
            if q.kind == AnswerKind::Number && partitive::states_group_count(&q.text, said) {
                reference.get_or_insert(s.score);
            }
            let mut found = candidates_in(&q, &docs[s.doc], s.doc, s.sentence);
            // A sentence about another body of the same kind answers nothing and
            // sets no bar.
            // "the Council of Ministers approved a draft law ...; the National
            // Assembly had not voted": the answer's own clause is read.
            found.retain(|c| {
                let ctx = &docs[c.doc];
                let clause =
                    acts::Acts::builtin().clause_span(&ctx.document.text, c.evidence, c.span);
                // ... or about another law ("passed the Death Penalty Abolition Bill"
                // for "When was the Anti-Terrorism Law passed?").
                !names_other_institution(&q, &places, ctx, clause)
                    && !possessed_by_another(&q, ctx, clause, c.evidence)
                    && !counts_people_not_named(&q, ctx, clause, c.evidence)
                    && !party_of_another(&q, &places, ctx, clause)
                    && !dated_of_another(&q, &ctx.document.text, c.span)
                    && !done_by_another_body(&q.text, clause.slice(&ctx.document.text))
                    && !phrases::only_redone(&q.text, clause.slice(&ctx.document.text))
                    && !moratorium_since(&q, &ctx.document.text, c)
                    && !phrases::another_office(&q.text, clause.slice(&ctx.document.text))
                    && !(q.kind == AnswerKind::Date
                        && relative_of_other_place(&places, ctx, c.evidence, c.span))
                    && !acts::Acts::builtin()
                        .names_other_law(&q.text, clause.slice(&ctx.document.text))
            });
            // A date whose clause does not state the asked act done answers nothing;
            // one whose clause denies it ("did not become law") or leaves it to come
            // ("voted to repeal") still sets the bar.
            if !asked_acts.is_empty() {
                let ctx = &docs[s.doc];
                let sentence = ctx.sentences[s.sentence];
                let mut undone = false;
                found.retain(|c| {
                    match acts::Acts::builtin().stated(
                        &asked_acts,
                        &ctx.document.text,
                        sentence,
                        c.span,
                        of_someone,
                    ) {
                        acts::Stated::Done => true,
                        acts::Stated::Undone => {
                            undone = true;
                            false
                        }
                        // "At least 79 prisoners were executed. They included ...
                        // 27 foreign nationals": a count of those the sentence before
                        // says it of. (An event of the asked kind in the clause is no
                        // proof: "the death sentences ... quashed" asks of a sentence,
                        // and "sentenced 12 men" is one, not their quashing.)
                        // A heading before ("2. Number of death sentences in 2023")
                        // says no act of the count's people.
                        acts::Stated::Absent => {
                            q.kind == AnswerKind::Number
                                && s.sentence > 0
                                && !is_heading_line(
                                    ctx.sentences[s.sentence - 1].slice(&ctx.document.text),
                                )
                                && acts::Acts::builtin().stated_in(
                                    &asked_acts,
                                    ctx.sentences[s.sentence - 1].slice(&ctx.document.text),
                                ) == acts::Stated::Done
                        }
                    }
                });
                // "recommended that X officially declare a moratorium": a sentence
                // that names the act not done sets the bar with no date of its own.
                if found.is_empty()
                    && (undone
                        || acts::Acts::builtin().stated_in(&asked_acts, said)
                            == acts::Stated::Undone)
                {
                    reference.get_or_insert(s.score);
                    continue;
                }
            }
            // The question's own verb: a clause that names it not done ("would
            // consider carrying out canings") answers nothing and sets the bar; where
            // a sentence says it done, only a clause that says it answers.
            if let Some(act) = &verb_act {
                let ctx = &docs[s.doc];
                let sentence = ctx.sentences[s.sentence];
                let mut undone = false;
                let before = found.len();
                found.retain(|c| {
                    match acts::Acts::builtin().verb_stated(
                        act,
                        &ctx.document.text,
                        sentence,
                        c.span,
                    ) {
                        acts::Stated::Done => true,
                        acts::Stated::Undone => {
                            undone = true;
                            false
                        }
                        // "was rejected on 11 May" for "When was it accepted?".
                        acts::Stated::Absent
                            if acts::Acts::builtin().opposite_stated(
                                act,
                                &ctx.document.text,
                                sentence,
                                c.span,
                            ) =>
                        {
                            undone = true;
                            false
                        }
                        // "He applied for a pardon in 2013; the Board had not made a
                        // recommendation": the verb denied in another clause of the
                        // sentence, and absent from the date's.
                        acts::Stated::Absent
                            if acts::Acts::builtin().verb_or_noun_denied_in(
                                act,
                                sentence.slice(&ctx.document.text),
                            ) =>
                        {
                            undone = true;
                            false
                        }
                        // Said nowhere: a date the extraction gives a listed act of
                        // its own ("convicted on 14 August 2012 of the murder ...")
                        // is that act's, not the asked verb's.
                        // "The 05/16/2019 date was stayed ..., which remanded the
                        // case; the claim was later denied": the verb said in
                        // another clause of the sentence, with no date of its own.
                        acts::Stated::Absent
                            if acts::Acts::builtin()
                                .verb_stated_in(act, sentence.slice(&ctx.document.text))
                                == acts::Stated::Done =>
                        {
                            false
                        }
                        acts::Stated::Absent => {
                            !verb_done
                                && !dates_a_listed_act(
                                    ctx,
                                    sentence,
                                    c.span,
                                    &cued_kinds,
                                    act,
                                    &q.tokens,
                                )
                        }
                    }
                });
                if found.is_empty() && before > 0 && undone {
                    reference.get_or_insert(s.score);
                    continue;
                }
            }
            // "hanged nine men convicted of the 2015 assassination": a year written
            // before a noun dates that noun's act, which answers only a question that
            // asks of it.
            if q.kind == AnswerKind::Date && (!asked_acts.is_empty() || verb_act.is_some()) {
                let text = &docs[s.doc].document.text;
                found.retain(|c| {
                    prenominal_noun(text, c.span).is_none_or(|noun| {
                        (!asked_acts.is_empty()
                            && acts::Acts::builtin().stated_in(&asked_acts, &noun)
                                == acts::Stated::Done)
                            || verb_act.as_ref().is_some_and(|v| {
                                v.light
                                    || v.stems().iter().any(|st| {
                                        noun.split(' ').any(|w| w.starts_with(st.as_str()))
                                    })
                            })
                    })
                });
            }
            // "When did X resume executions?" is not answered by a sentence that
            // dates an execution and says nothing of a resumption.
            if q.kind == AnswerKind::Date && acts::Acts::builtin().resumption_unsaid(&q.text, said)
            {
                found.clear();
            }
            // Below the runner-up bar only a name tied to the asked relation counts
            // (a news lead tells of whom the best sentence, right after it, names).
            let lead_of_best = scored.first().is_some_and(|t| {
                t.doc == s.doc && t.sentence == s.sentence + 1 && phrases::describes_someone(said)
            });
            if !lead_of_best && reference.is_some_and(|r| s.score < RUNNER_UP * r) {
                found.retain(|c| c.bound);
            }
            if !found.is_empty() && reference.is_none() {
                reference = Some(s.score);
            }
            // A lead's date is the event the best sentence names right after it.
            let weight = if lead_of_best {
                s.score.max(LEAD_TRUST * scored[0].score)
            } else {
                s.score
            };
            candidates.extend(found.into_iter().map(|mut c| {
                c.score *= weight;
                c
            }));
        }
        // The question's jurisdiction and years must stand in the cited sentence
        // (or just before it, or in the document's title or period).
        let before = candidates.len();
        // "According to the Ministry, ...": a sentence that tells another speaker's
        // word ("MP X said ...") answers nothing.
        let speaker = source::asked_speaker(&q.text);
        candidates.retain(|c| {
            speaker.as_ref().is_none_or(|speaker| {
                let ctx = &docs[c.doc];
                let text = &ctx.document.text;
                let idx = ctx.sentence_touching(c.evidence, |s| {
                    s.overlaps(c.evidence) || s.contains(c.evidence)
                });
                let before = idx
                    .and_then(|i| i.checked_sub(1))
                    .map_or("", |i| ctx.sentences[i].slice(text));
                // The page's own voice: its publisher or its title ("UN rights office
                // alarmed by ...") names the speaker of its "we".
                let meta = &ctx.document.meta;
                let own = [&meta.publisher, &meta.title]
                    .iter()
                    .filter_map(|f| f.as_ref().map(|f| f.value.as_str()))
                    .collect::<Vec<_>>()
                    .join(" ");
                !source::speaker_unnamed(speaker, c.evidence.slice(text), before, &own)
            }) && supported(&q, &places, &docs[c.doc], c.evidence)
                && !names_absent(&q, &places, &not_people, &docs[c.doc])
                && !names_only_a_relative(&q, &docs[c.doc], c.evidence)
                && !names_another_patient(&q, &docs[c.doc], c.evidence)
                && !documents::another_named_subject(
                    &person_names,
                    &docs[c.doc].document.text,
                    c.evidence.slice(&docs[c.doc].document.text),
                )
                && !speaks_of_no_one(&q, &person_names, &docs[c.doc], c.evidence)
                && !another_punishment(&q, &docs[c.doc], c.evidence, c.span)
                && phrases::asked_associate(&q.text)
                    .is_none_or(|a| names_word(c.evidence.slice(&docs[c.doc].document.text), a))
                && !another_courts_act(&q, &docs[c.doc], c.evidence, c.span)
                && !scene_elsewhere(&places, &docs[c.doc], c.evidence)
                && !denied_since(&q, &docs[c.doc].document.text, c)
                && table_cell(&q, &docs[c.doc].document.text, c.evidence, c.span) != Some(false)
        });
        // "Mr. P. Sorensky": an initial read as a name on its own names no one.
        if matches!(q.kind, AnswerKind::Person | AnswerKind::Entity) {
            candidates.retain(|c| !lone_initial(&c.value));
        }
        // "To how many years did the court increase her sentence?": the value set
        // aside is no answer, and where a sentence writes the new value, a value
        // written with no change (the trial's) is the old one.
        if matches!(
            q.kind,
            AnswerKind::Number | AnswerKind::Duration | AnswerKind::Phrase
        ) && changes::asks_change(&q.text)
        {
            let zone =
                |c: &Candidate| changes::zone(&docs[c.doc].document.text, c.evidence, c.span);
            let any_new = candidates
                .iter()
                .any(|c| zone(c) == Some(changes::Zone::New));
            candidates.retain(|c| match zone(c) {
                Some(changes::Zone::Old) => false,
                Some(changes::Zone::New) => true,
                None => !any_new,
            });
        }
        // A value in the question's row and the asked column of a column table is
        // bound to it, however far the passage's words stand from it.
        for c in candidates.iter_mut() {
            if table_cell(&q, &docs[c.doc].document.text, c.evidence, c.span) == Some(true) {
                c.score = c.score.max(TABLE_CELL_SCORE);
                c.bound = true;
            }
        }
        // "I said 11 ... The correct figure is 12.": a value the document corrects
        // answers nothing; a count the correction gives stands in its place.
        if matches!(
            q.kind,
            AnswerKind::Number | AnswerKind::Date | AnswerKind::Duration
        ) {
            let count = q.kind == AnswerKind::Number;
            candidates = candidates
                .into_iter()
                .filter_map(|mut c| {
                    let ctx = &docs[c.doc];
                    let text = &ctx.document.text;
                    let Some(idx) = ctx.sentence_touching(c.span, |s| s.contains(c.span)) else {
                        return Some(c);
                    };
                    let cues = ctx
                        .correction_cues
                        .get_or_init(|| correction::cues(text, &ctx.sentences));
                    match correction::corrected(text, &ctx.sentences, cues, idx, &c.value, count) {
                        correction::Fix::Keep => Some(c),
                        correction::Fix::Drop => None,
                        correction::Fix::Replace {
                            value,
                            span,
                            sentence,
                        } => {
                            c.value = value.to_string();
                            c.display = span.slice(text).to_string();
                            c.evidence = sentence;
                            c.span = span;
                            Some(c)
                        }
                    }
                })
                .collect();
        }
        if candidates.is_empty() {
            let why = if before > 0 {
                "the sentences that answer do not support the question's jurisdiction or year"
            } else {
                "no sentence answers the question well enough"
            };
            let mut answer = Answer::none(question, why);
            answer.trace = trace;
            return Ok(answer);
        }
        candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
        let from_events = event_candidates(&q, &docs);
        if !from_events.is_empty() {
            // Facts stated by events about the named person outrank loose sentence
            // matches; several of them are listed in date order.
            let top = candidates[0].score * 1.05;
            let mut merged: Vec<Candidate> = from_events
                .into_iter()
                .enumerate()
                .map(|(i, c)| Candidate {
                    score: top * (1.0 - 0.01 * i as f32),
                    ..c
                })
                .collect();
            merged.extend(candidates);
            candidates = merged;
        }
        trace.extend(candidates.iter().take(6).map(|c| {
            format!(
                "candidate {:.2} {:?} in {}",
                c.score, c.value, docs[c.doc].name
            )
        }));
        let mut answer = assemble(&q, &docs, candidates);
        answer.trace = trace;
        // "When did prosecutors appeal her acquittal?" over "She was acquitted on
        // 26 September" alone: the date is of the acquittal, not of the appeal.
        if verb_unsaid
            && verb_act.as_ref().is_some_and(|act| {
                answer
                    .citations
                    .first()
                    .is_some_and(|c| acts::Acts::builtin().object_act_said(&q.text, act, &c.quote))
            })
        {
            let mut none = Answer::none(
                question,
                "the asked verb is said nowhere; the answer's sentence dates the act the question names as its object",
            );
            none.trace = answer.trace;
            return Ok(none);
        }
        // "When did the Network receive a government grant?" over "The Network was
        // founded in 2009": the asked verb is said nowhere, and the answer's
        // sentence shares only names with the question, none of its other words.
        if verb_unsaid
            && q.kind == AnswerKind::Date
            && verb_act.as_ref().is_some_and(|act| {
                let others: Vec<&String> = q
                    .tokens
                    .iter()
                    .filter(|(t, is_name)| {
                        !*is_name
                            && !act.matches(t)
                            && !AUXILIARIES.contains(&t.as_str())
                            && !t.chars().all(|c| c.is_ascii_digit())
                    })
                    .map(|(t, _)| t)
                    .collect();
                !others.is_empty()
                    && answer.citations.first().is_some_and(|c| {
                        let said = sentence_words(&c.quote);
                        !others.iter().any(|t| {
                            said.contains(*t) || synonyms_of(t).iter().any(|s| said.contains(s))
                        })
                    })
            })
        {
            let mut none = Answer::none(
                question,
                "the asked verb is said nowhere; the answer's sentence shares only names with the question",
            );
            none.trace = answer.trace;
            return Ok(none);
        }
        // "When did Botswana give an assurance ...?" is not answered by "X has lived
        // in Johannesburg since 2015": where the answer's sentence does not say the
        // asked verb, the start of a state answers only a question of its beginning.
        // With no verb read from the question, a sentence that shares only names with
        // it does not say the asked act either.
        let verb_in_answer = answer.citations.first().is_some_and(|c| match &verb_act {
            Some(act) => c
                .quote
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| act.matches(&w.to_lowercase())),
            // "When was the last execution carried out?" over "no sentence of death
            // has been carried out since 1976": a listed act's own wording says it.
            None => {
                let said: HashSet<String> = tokens(&c.quote).into_iter().map(|(t, _)| t).collect();
                q.tokens
                    .iter()
                    .any(|(t, is_name)| !is_name && said.contains(t))
                    || (!asked_acts.is_empty()
                        && acts::Acts::builtin().stated_in(&asked_acts, &c.quote)
                            == acts::Stated::Done)
            }
        });
        if !verb_in_answer
            && q.kind == AnswerKind::Date
            && !answer.values.is_empty()
            && answer.values.iter().all(|v| v.ends_with('/'))
            && !asks_since(&q)
            && !acts::Acts::builtin().asks_beginning(&q.text)
        {
            let mut none = Answer::none(
                question,
                "the asked verb is said nowhere; the answer is only the start of a state (\"since ...\")",
            );
            none.trace = answer.trace;
            return Ok(none);
        }
        let threshold = if verb_unsaid {
            VERB_UNSAID_MIN_CONFIDENCE
        } else {
            MIN_CONFIDENCE
        };
        if answer.confidence < threshold {
            let mut none = Answer::none(
                question,
                &format!(
                    "best answer {:?} below the confidence threshold ({:.2} < {threshold}{})",
                    answer.values,
                    answer.confidence,
                    if verb_unsaid {
                        ", the asked verb said nowhere"
                    } else {
                        ""
                    }
                ),
            );
            none.trace = answer.trace;
            return Ok(none);
        }
        Ok(answer)
    }

    /// The places the question names, as the graph knows them (canonical names).
    fn places_in(&self, q: &Question) -> Result<Vec<String>> {
        if q.names.is_empty() {
            return Ok(Vec::new());
        }
        let graph = self.graph_names()?;
        // A country the store knows only inside a longer name ("Court of Appeal of
        // Tanzania") is still a place the answer must be about: the gazetteer says so.
        let found =
            dossier_extract::entity::entities(&q.text, dossier_extract::rules::Rules::builtin());
        let gazetteer: Vec<String> = found
            .iter()
            .filter(|m| m.kind == MentionKind::Place)
            .map(|m| fold_word(m.span.slice(&q.text)))
            .collect();
        let mut places = Vec::new();
        // "the Liberian Senate": a body named by its country's adjective is that
        // country's.
        for m in found
            .iter()
            .filter(|m| m.kind == MentionKind::Place && m.rule == "gazetteer.demonym")
        {
            let written = m.span.slice(&q.text);
            // Only a state's own body: "the American Convention", "the European
            // Court" name no country.
            let in_body = q.names.iter().any(|n| {
                let words: Vec<&str> = n.split_whitespace().collect();
                n != written
                    && words.contains(&written)
                    && words
                        .last()
                        .is_some_and(|w| STATE_BODIES.contains(&fold_word(w).as_str()))
            });
            if let Some(place) = m.value.as_ref().filter(|_| in_body) {
                if !places.contains(place) {
                    places.push(place.clone());
                }
            }
        }
        for name in &q.names {
            let folded = fold_word(name);
            let bare = folded.strip_prefix("the ").unwrap_or(&folded);
            let known = self
                .find_entity(&graph, name)?
                .is_some_and(|e| e.kind == MentionKind::Place)
                || gazetteer.iter().any(|g| g == &folded || g == bare);
            // "Inner Mongolia", "Northern Ireland": a name made of one qualifier and
            // a known country is another place ("Abolition Network Africa" is none), which a page about the country does
            // not speak for.
            let words: Vec<&str> = name.split_whitespace().collect();
            let qualified = !known
                && words.len() >= 2
                && gazetteer.iter().any(|g| {
                    let place: Vec<&str> = g.split_whitespace().collect();
                    words.len() == place.len() + 1
                        && words[words.len() - place.len()..]
                            .iter()
                            .zip(&place)
                            .all(|(w, p)| fold_word(w) == *p)
                        && words[words.len() - place.len() - 1]
                            .chars()
                            .next()
                            .is_some_and(char::is_uppercase)
                });
            if (known || qualified) && !places.contains(name) {
                places.push(name.clone());
            }
        }
        Ok(places)
    }

    /// "When was the death penalty abolished in X?": the day the status history
    /// turns abolitionist (for all crimes, or for ordinary crimes when asked), so
    /// that the answer agrees with `status`. No answer when the status knows the
    /// jurisdiction but never saw it abolish.
    fn abolition_date(&self, q: &Question, places: &[String]) -> Result<Option<Answer>> {
        let lower = format!(" {} ", fold_word(&q.text));
        if q.kind != AnswerKind::Date
            || !(lower.contains(" abolish") || lower.contains(" abolition"))
            || LAW_EVENT_WORDS.iter().any(|w| lower.contains(w))
            || places.len() != 1
            || q.names
                .iter()
                .filter(|n| !places.contains(n))
                .any(|n| !INSTITUTION_NAMES.contains(&fold_word(n).as_str()))
            || narrowed_abolition(&lower)
        {
            return Ok(None);
        }
        let report = self.status(&places[0], crate::today())?;
        if report.history.is_empty() {
            return Ok(None);
        }
        let wanted = if lower.contains(" ordinary ") {
            "abolitionist_for_ordinary_crimes"
        } else {
            "abolitionist_for_all_crimes"
        };
        let Some(period) = report.history.iter().find(|p| p.status == Some(wanted)) else {
            let mut none = Answer::none(
                &q.text,
                &format!(
                    "the status of {} over time shows no abolition ({})",
                    report.jurisdiction, report.reason
                ),
            );
            none.trace = vec![];
            return Ok(Some(none));
        };
        if period.citations.is_empty()
            || !status_speaks_for(&places[0], &period.start, &period.citations)
        {
            return Ok(None);
        }
        Ok(Some(Answer {
            question: q.text.clone(),
            answer: Some(format!(
                "{} ({} became {} then: {})",
                period.start,
                report.jurisdiction,
                wanted.replace('_', " "),
                period.basis
            )),
            values: vec![period.start.clone()],
            citations: period.citations.clone(),
            conflicts: vec![],
            confidence: 0.85,
            method: format!("status of {} over time", report.jurisdiction),
            trace: vec![],
        }))
    }

    /// As-of questions about the death penalty in a jurisdiction ("Was the death
    /// penalty permitted in X in 2015?", "Is it still legal today?", "Were executions
    /// suspended in 2005?", "What was X's death-penalty status in 2010?"), answered
    /// from the status derived over time, with its citations.
    fn answer_from_status(&self, q: &Question) -> Result<Option<Answer>> {
        let lower = format!(" {} ", fold_word(&q.text));
        // Only questions about the state of the law go to the status: not "how
        // many", "when" or "who" questions that merely mention executions.
        let about_status = match q.kind {
            AnswerKind::Boolean => STATUS_WORDS.iter().any(|w| lower.contains(w)),
            AnswerKind::Entity => [" status ", " category ", " classif"]
                .iter()
                .any(|w| lower.contains(w)),
            _ => false,
        };
        if !about_status {
            return Ok(None);
        }
        let topic = [
            "death penalty",
            "capital punishment",
            "execution",
            "death sentence",
        ]
        .iter()
        .any(|t| lower.contains(t));
        // "Has Ruritania abolished ...?", "Is the death penalty legal in ...?": a
        // yes/no in the present asks about now.
        let present = (q.kind == AnswerKind::Boolean
            && [" has ", " have ", " is ", " are ", " does ", " do "]
                .iter()
                .any(|t| lower.starts_with(t)))
            // "What is Ruritania's death penalty status?": now.
            || (q.kind == AnswerKind::Entity
                && [" what is ", " what s ", " what's ", " what are "]
                    .iter()
                    .any(|t| lower.starts_with(t)));
        let today = present
            || [" today ", " now ", " currently ", " still ", " current "]
                .iter()
                .any(|t| lower.contains(t));
        if !topic || (q.years.is_empty() && !today) {
            return Ok(None);
        }
        let graph = self.graph_names()?;
        let mut place = None;
        for name in &q.names {
            if let Some(e) = self.find_entity(&graph, name)? {
                if e.kind == MentionKind::Place {
                    place = Some(e.name.clone());
                    break;
                }
            }
        }
        let Some(place) = place else {
            return Ok(None);
        };
        let as_of = match q.years.first() {
            Some(&year) => PartialDate::day(year, 12, 31),
            None => crate::today(),
        };
        let report = self.status(&place, as_of)?;
        let Some(status) = report.status else {
            return Ok(None);
        };
        let asks = |words: &[&str]| words.iter().any(|w| lower.contains(w));
        let label = status.replace('_', " ");
        let (value, text) = if asks(&["moratorium", "suspend", "halt"]) {
            let v = if report.moratorium { "yes" } else { "no" };
            (
                v.to_string(),
                format!(
                    "{}: {} as of {} ({label})",
                    capitalise(v),
                    if report.moratorium {
                        "executions were suspended by a moratorium"
                    } else {
                        "no moratorium on executions was in force"
                    },
                    report.as_of
                ),
            )
        } else if asks(&[" abolish", "abolition"]) {
            let v = match status {
                "abolitionist_for_all_crimes" => "yes",
                "abolitionist_for_ordinary_crimes" => "partly",
                _ => "no",
            };
            (
                v.to_string(),
                format!("{}: {label} as of {}", capitalise(v), report.as_of),
            )
        } else if q.kind == AnswerKind::Boolean {
            // Permitted / legal / in force / applied.
            let permitted = status != "abolitionist_for_all_crimes";
            let v = if permitted { "yes" } else { "no" };
            let scope = if status == "abolitionist_for_ordinary_crimes"
                && !report.capital_offences.is_empty()
            {
                format!(", only for {}", report.capital_offences.join("; "))
            } else {
                String::new()
            };
            (
                v.to_string(),
                format!("{}{scope}: {label} as of {}", capitalise(v), report.as_of),
            )
        } else {
            (
                status.to_string(),
                format!(
                    "{label} as of {}{}",
                    report.as_of,
                    if report.moratorium {
                        ", with a moratorium on executions"
                    } else {
                        ""
                    }
                ),
            )
        };
        // The evidence that opened the period in force comes first.
        let as_of_iso = report.as_of.clone();
        let mut citations: Vec<Citation> = report
            .history
            .iter()
            .rev()
            .find(|p| p.start.as_str() <= as_of_iso.as_str())
            .map(|p| p.citations.clone())
            .unwrap_or_default();
        for citation in &report.citations {
            if !citations.contains(citation) {
                citations.push(citation.clone());
            }
        }
        Ok(Some(Answer {
            question: q.text.clone(),
            answer: Some(format!("{text}. {}", report.reason)),
            values: vec![value],
            citations,
            conflicts: vec![],
            confidence: 0.8,
            method: format!("status of {place} over time, as of {}", report.as_of),
            trace: vec![],
        }))
    }

    /// The documents (at most two) whose whole title of three or more words the
    /// question writes out.
    fn documents_named_by_title(&self, q: &Question) -> Result<Vec<i64>> {
        let asked: HashSet<&str> = q.tokens.iter().map(|(t, _)| t.as_str()).collect();
        let named: Vec<i64> = self
            .summaries()?
            .iter()
            .filter(|summary| {
                summary.meta.title.as_ref().is_some_and(|t| {
                    let words = tokens(&t.value);
                    words.len() >= 3 && words.iter().all(|(w, _)| asked.contains(w.as_str()))
                })
            })
            .map(|summary| summary.key)
            .collect();
        Ok(if named.len() <= 2 { named } else { Vec::new() })
    }

    /// "When was document 16225 published?": the document named by its number or title.
    fn answer_from_metadata(&self, q: &Question) -> Result<Option<Answer>> {
        let numbers: Vec<String> = q
            .text
            .split(|c: char| !c.is_alphanumeric() && c != '/' && c != '-')
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .map(|w| w.to_string())
            .collect();
        let asked: HashSet<String> = tokens(&q.text).into_iter().map(|(t, _)| t).collect();
        // The document the question names: by its number, or by its title written
        // out or paraphrased ("its summary of concerns on ill-treatment and the
        // death penalty" for "Ill-treatment and the Death Penalty: A Summary of
        // Concerns"): nearly every word of a title of three or more.
        let title_fit = |title: &str| {
            let words: HashSet<String> = tokens(title).into_iter().map(|(t, _)| t).collect();
            let found = words.iter().filter(|w| asked.contains(*w)).count();
            if words.len() >= 3 {
                found as f32 / words.len() as f32
            } else {
                0.0
            }
        };
        let mut summaries: Vec<&dossier_store::DocSummary> = self.summaries()?.iter().collect();
        let fit_of = |summary: &dossier_store::DocSummary| {
            summary
                .meta
                .title
                .as_ref()
                .map_or(0.0, |t| title_fit(&t.value))
        };
        summaries.sort_by(|a, b| fit_of(b).total_cmp(&fit_of(a)));
        for summary in summaries {
            let meta = &summary.meta;
            let by_number = meta
                .number
                .as_ref()
                .is_some_and(|n| numbers.iter().any(|w| w == &n.value));
            let by_title = meta.title.as_ref().is_some_and(|t| {
                let folded = fold_word(&t.value);
                (folded.len() > 12 && fold_word(&q.text).contains(&folded))
                    || title_fit(&t.value) >= TITLE_FIT
            });
            if !(by_number || by_title) {
                continue;
            }
            let Some(document) = self.store.document(summary.key)? else {
                continue;
            };
            let title = meta
                .title
                .as_ref()
                .map(|t| t.value.as_str())
                .unwrap_or(&summary.name);
            // "What period does report X cover?": the period it states.
            if asks_period(&q.text) {
                let Some(period) = &meta.period else {
                    continue;
                };
                let span = period
                    .span
                    .filter(|_| period.layer == dossier_model::Layer::Text)
                    .filter(|s| !s.slice(&document.text).is_empty());
                let Some(span) = span else { continue };
                let written = span
                    .slice(&document.text)
                    .split_whitespace()
                    .collect::<Vec<_>>();
                return Ok(Some(Answer {
                    question: q.text.clone(),
                    answer: Some(format!(
                        "{} to {} ({title} covers \"{}\")",
                        period.value.start,
                        period.value.end,
                        written.join(" ")
                    )),
                    values: vec![format!("{}/{}", period.value.start, period.value.end)],
                    citations: vec![Citation::new(&summary.name, &document.text, span)],
                    conflicts: vec![],
                    confidence: 0.8,
                    method: format!("document metadata ({})", period.rule),
                    trace: vec![],
                }));
            }
            if q.kind != AnswerKind::Date {
                // "Who published X?": the publisher, cited where the text names it.
                if !asks_publisher(&q.text) {
                    return Ok(None);
                }
                let Some(publisher) = &meta.publisher else {
                    continue;
                };
                let span = publisher
                    .span
                    .filter(|_| publisher.layer == dossier_model::Layer::Text)
                    .filter(|s| !s.slice(&document.text).is_empty())
                    .or_else(|| {
                        let at = document.text.find(publisher.value.as_str())?;
                        Some(Span::new(at, at + publisher.value.len()))
                    });
                let Some(span) = span else { continue };
                return Ok(Some(Answer {
                    question: q.text.clone(),
                    answer: Some(format!(
                        "{} ({title} was published by {})",
                        publisher.value, publisher.value
                    )),
                    values: vec![publisher.value.clone()],
                    citations: vec![Citation::new(&summary.name, &document.text, span)],
                    conflicts: vec![],
                    confidence: 0.8,
                    method: format!("document metadata ({})", publisher.rule),
                    trace: vec![],
                }));
            }
            // "When was the travel advice for X last updated?": the date the page
            // gives for its last update ("Last updated: April 9, 2024").
            let updated = asks_update(&fold_word(&q.text));
            let field = if updated {
                &meta.updated
            } else {
                &meta.published
            };
            let Some(published) = field else {
                continue;
            };
            if updated && published.layer != dossier_model::Layer::Text {
                continue;
            }
            let span = match published.layer {
                dossier_model::Layer::Text => published.span,
                dossier_model::Layer::Original => meta.number.as_ref().and_then(|n| n.span),
            }
            .filter(|s| !s.slice(&document.text).is_empty())
            .or_else(|| document.passages.first().copied());
            let Some(span) = span else { continue };
            let citation = Citation::new(&summary.name, &document.text, span);
            return Ok(Some(Answer {
                question: q.text.clone(),
                answer: Some(format!(
                    "{} ({title} was {} on {})",
                    published.value,
                    if updated { "last updated" } else { "published" },
                    published.value
                )),
                values: vec![published.value.clone()],
                citations: vec![citation],
                conflicts: vec![],
                confidence: 0.9,
                method: format!("document metadata ({})", published.rule),
                trace: vec![],
            }));
        }
        Ok(None)
    }
}

/// "Who published ...?", "Which organisation issued ...?": the question's verb, right
/// after its wh-word (and the noun a "which" takes), is one of publishing; "Who is the
/// spokesperson who issued ...?" asks a person, not the publisher.
fn asks_publisher(question: &str) -> bool {
    let lower = question.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let verb_at = match words.first() {
        Some(&"who") => 1,
        Some(&("which" | "what")) => 2,
        _ => return false,
    };
    words
        .get(verb_at)
        .is_some_and(|w| ["published", "issued", "released", "produced", "wrote"].contains(w))
}

/// Whether a (folded) question asks when a page was last updated ("When was the
/// advice last updated?", "last modified").
fn asks_update(lower: &str) -> bool {
    [" last updated", " last modified", " last revised"]
        .iter()
        .any(|w| lower.contains(w))
}

/// "What period does the report cover?", "Which years does it cover?".
fn asks_period(question: &str) -> bool {
    let asked = format!(" {} ", fold_word(question));
    asked.contains(" cover")
        && [" period ", " years ", " months ", " dates "]
            .iter()
            .any(|w| asked.contains(w))
}

/// Weight of a question word that the document's scope holds (see [`scope_tokens`]).
const SCOPE_WEIGHT: f32 = 0.8;

/// What every sentence of a document is about without saying so: the words of its
/// title and publisher, the place it names most, the person it names most (the parties of a
/// judgment, the subject of a profile), and the years it covers (its period, else
/// the year it was published). A chapter on Saudi Arabia in a report on 2012 speaks
/// of Saudi Arabia in 2012 in every sentence.
fn scope_tokens(document: &Document, extraction: &Extraction) -> HashSet<String> {
    let mut scope: HashSet<String> = HashSet::new();
    let mut add = |text: &str| scope.extend(tokens(text).into_iter().map(|(t, _)| t));
    if let Some(title) = &document.meta.title {
        add(&title.value);
    }
    if let Some(publisher) = &document.meta.publisher {
        add(&publisher.value);
    }
    // A judgment's case number ('SC Appeal No. 139/2014') names it as much as
    // its caption does.
    if let Some(number) = &document.meta.number {
        add(&number.value);
    }
    // The first line names the document when no title was read (a judgment's
    // case number, a caption).
    if document.meta.title.is_none() {
        let first = document
            .text
            .lines()
            .map(str::trim)
            .find(|l| l.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            .unwrap_or("");
        if first.len() <= 200 {
            add(first);
        }
    }
    // "In re: DARNELL RAY WHITCOMBE": the proceeding is about its one party, whom
    // the text calls "the applicant".
    if let Some((_, name)) = documents::matter_party(&document.text) {
        add(name);
    }
    for kind in [MentionKind::Place, MentionKind::Person] {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        let mut all = 0;
        for m in extraction.mentions.iter().filter(|m| m.kind == kind) {
            *counts.entry(m.name.as_str()).or_default() += 1;
            all += 1;
        }
        let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        if let Some(&(name, n)) = ranked.first() {
            let second = ranked.get(1).map(|r| r.1).unwrap_or(0);
            if n >= 3 && (n * 4 >= all || n >= 2 * second) {
                add(name);
            }
        }
    }
    let year = |iso: &str| iso.get(..4).and_then(|y| y.parse::<i32>().ok());
    let years = match (&document.meta.period, &document.meta.published) {
        (Some(p), _) => year(&p.value.start).zip(year(&p.value.end)),
        (None, Some(p)) => year(&p.value).map(|y| (y, y)),
        _ => None,
    };
    if let Some((from, to)) = years {
        if to >= from && to - from <= 2 {
            for y in from..=to {
                add(&y.to_string());
            }
        }
    }
    scope
}

/// Country section headings of a report that covers several countries one after
/// another ("SAUDI ARABIA" over "KINGDOM OF SAUDI ARABIA"): a line of one to six
/// upper-case words followed by another such line. Each with its start and both
/// lines' words.
fn section_headings(text: &str) -> Vec<(usize, String)> {
    dossier_model::layout::caps_headings(text)
        .into_iter()
        .filter_map(|h| h.next.map(|next| (h.start, format!("{} {next}", h.line))))
        .collect()
}

/// The weight of the question's words found in the sentence (in full), in the
/// document's scope (the title, its main place and person, its years: 80 %) or in
/// its context (the two sentences before it: half). A person named in the
/// question whose surname (last word) is found counts at 80 %, since given names vary
/// between records and transliterations.
fn coverage(
    q: &Question,
    weights: &[(String, f32)],
    own: &HashSet<String>,
    context: &HashSet<String>,
    scope: &HashSet<String>,
) -> f32 {
    let weight_of = |t: &str| {
        weights
            .iter()
            .find(|(w, _)| w == t)
            .map(|(_, w)| *w)
            .unwrap_or(0.0)
    };
    let found = |t: &str| {
        if own.contains(t) {
            1.0
        } else if scope.contains(t) {
            SCOPE_WEIGHT
        } else if context.contains(t) {
            0.5
        } else {
            // The report's word for it ("hanged" / "executed", "flat" / "apartment").
            let synonyms = synonyms_of(t);
            if synonyms.iter().any(|s| own.contains(s)) {
                SYNONYM_WEIGHT
            } else if synonyms.iter().any(|s| context.contains(s)) {
                SYNONYM_WEIGHT * 0.5
            } else {
                0.0
            }
        }
    };
    // A name spelt another way ("Tokaev" / "Tokayev", "Belarusian" / "Belarus").
    let found_name = |t: &str| {
        let exact = found(t);
        if exact > 0.0 {
            exact
        } else if near_spelling(own, t) {
            NEAR_SPELLING_WEIGHT
        } else if near_spelling(scope, t) {
            NEAR_SPELLING_WEIGHT * SCOPE_WEIGHT
        } else if near_spelling(context, t) {
            NEAR_SPELLING_WEIGHT * 0.5
        } else {
            0.0
        }
    };
    let mut counted: HashSet<String> = HashSet::new();
    let mut covered = 0.0;
    for name in &q.names {
        let name_tokens: Vec<String> = tokens(name).into_iter().map(|(t, _)| t).collect();
        if name_tokens.len() < 2 {
            continue;
        }
        let full: f32 = name_tokens
            .iter()
            .map(|t| weight_of(t) * found_name(t))
            .sum();
        let all: f32 = name_tokens.iter().map(|t| weight_of(t)).sum();
        let surname = name_tokens.last().map(|t| found_name(t)).unwrap_or(0.0);
        covered += full.max(0.8 * surname * all);
        counted.extend(name_tokens);
    }
    let name_tokens: HashSet<&String> = q
        .tokens
        .iter()
        .filter(|(_, is_name)| *is_name)
        .map(|(t, _)| t)
        .collect();
    for (token, weight) in weights {
        if !counted.contains(token) {
            covered += weight
                * if name_tokens.contains(token) {
                    found_name(token)
                } else {
                    found(token)
                };
        }
    }
    covered
}

/// Weight of a name found in another spelling.
const NEAR_SPELLING_WEIGHT: f32 = 0.9;

/// Whether `set` holds another spelling of the name token `t` (both at least five
/// letters): one letter added, dropped or changed ("tokaev" / "tokayev",
/// "mukhamedkarim" / "mukhammedkarim"), or one is the other's adjective
/// ("belarusian" / "belarus").
fn near_spelling(set: &HashSet<String>, t: &str) -> bool {
    if t.chars().count() < 5 || t.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // Two places' own names are never spellings of one ("zambia" / "gambia").
    let place = PLACE_WORDS.ids.get(t);
    set.iter().any(|k| {
        k.chars().count() >= 5
            && !k.chars().any(|c| c.is_ascii_digit())
            && place.is_none_or(|a| PLACE_WORDS.ids.get(k).is_none_or(|b| a == b))
            && ((same_first_letter(k, t) && one_edit(k, t))
                || (k.len() != t.len() && place_stem(k) == place_stem(t)))
    })
}

/// At most one letter added, dropped or changed.
fn one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            short
                .iter()
                .zip(long.iter())
                .filter(|(x, y)| x != y)
                .count()
                <= 1
        }
        1 => {
            let prefix = short
                .iter()
                .zip(long.iter())
                .take_while(|(x, y)| x == y)
                .count();
            short[prefix..] == long[prefix + 1..]
        }
        _ => false,
    }
}

/// The years a range of two written days must cover to be a life rather than a stay.
const LIFE_SPAN_YEARS: i32 = 15;

/// The last day of a life span, when the question asks of an execution or a death: a
/// range from one day to another at least `LIFE_SPAN_YEARS` later, as an encyclopedia
/// writes it after a name.
fn lifespan_end(
    q: &Question,
    value: &dossier_model::TimeValue,
) -> Option<dossier_model::PartialDate> {
    let (start, end) = (value.start?, value.end?);
    let days = start.day.is_some() && end.day.is_some();
    let dies = q.event_kinds.iter().any(|k| {
        matches!(
            k,
            dossier_model::EventKind::Execution | dossier_model::EventKind::DeathInCustody
        )
    });
    (days && dies && end.year - start.year >= LIFE_SPAN_YEARS).then_some(end)
}

/// How far a date candidate can be trusted: a date whose year is not written
/// ("on 17 November", resolved against an anchor) may carry the wrong year, and a
/// year alone does not answer "on what date" or "in what month".
fn date_trust(q: &Question, written: &str, value: &dossier_model::TimeValue) -> f32 {
    let mut trust = 1.0;
    let year_written = written
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4);
    if !year_written {
        trust *= ANCHORED_DATE_TRUST;
    }
    let lower = fold_word(&q.text);
    let wants_day = lower.contains("what date") || lower.contains("which date");
    let wants_month = wants_day || lower.contains("what month") || lower.contains("which month");
    let precision = value
        .start
        .map(|d| (d.month.is_some(), d.day.is_some()))
        .unwrap_or((false, false));
    if (wants_day && !precision.1) || (wants_month && !precision.0) {
        trust *= COARSE_DATE_TRUST;
    }
    trust
}

/// Nouns of documents: a year before them dates the document.
const DOCUMENT_NOUNS: &[&str] = &[
    "report",
    "reports",
    "press",
    "briefing",
    "statement",
    "study",
    "survey",
    "judgment",
    "document",
    "publication",
    "prison",
];

/// "15 november" and "november 15" as written in a folded question, as
/// "15 november".
fn day_months_in(lower: &str) -> Vec<String> {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let day = |w: &str| {
        w.parse::<u8>()
            .ok()
            .filter(|d| (1..=31).contains(d))
            .map(|d| d.to_string())
    };
    let mut out = Vec::new();
    for pair in words.windows(2) {
        if let (Some(d), true) = (day(pair[0]), dossier_model::is_month_name(pair[1])) {
            out.push(format!("{d} {}", pair[1]));
        }
        if let (true, Some(d)) = (dossier_model::is_month_name(pair[0]), day(pair[1])) {
            out.push(format!("{d} {}", pair[0]));
        }
    }
    out
}

/// The counts a question gives ("sentence 75 people", "commute the sentences of 21
/// prisoners"): numbers in digits that are not a year, a day beside a month, a
/// number after "No."/"Article"/"Section" or part of a symbol ("18/117").
fn counts_in(question: &str) -> Vec<u64> {
    const LABELS: &[&str] = &[
        "no",
        "nos",
        "number",
        "article",
        "articles",
        "section",
        "sections",
        "art",
        "resolution",
        "decision",
        "case",
        "rule",
        "chapter",
        "paragraph",
        "protocol",
        "session",
        "act",
        "law",
        "cap",
        "para",
    ];
    let words: Vec<&str> = question.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, raw) in words.iter().enumerate() {
        let w = raw.trim_end_matches([',', '.', '?', ';', ':', ')']);
        if w.is_empty() || !w.bytes().all(|b| b.is_ascii_digit() || b == b',') {
            continue;
        }
        let Ok(n) = w.replace(',', "").parse::<u64>() else {
            continue;
        };
        let previous = i
            .checked_sub(1)
            .map(|p| fold_word(words[p].trim_end_matches('.')))
            .unwrap_or_default();
        let next = words.get(i + 1).map(|n| fold_word(n)).unwrap_or_default();
        let year = (1800..=2100).contains(&n) && w.len() == 4;
        if year
            || LABELS.contains(&previous.as_str())
            || dossier_model::is_month_name(&previous)
            || dossier_model::is_month_name(&next)
        {
            continue;
        }
        out.push(n);
    }
    out
}

/// Whether a count dated `date` can be year `year`'s: its date overlaps the year,
/// and an open range ("since November 2020, when 21 were hanged") counts from its
/// start, no later year's.
fn counts_in_year(date: &dossier_model::TimeValue, year: i32) -> bool {
    match (date.start, date.end) {
        (Some(start), None) => start.year == year,
        _ => date.overlaps(&dossier_model::TimeValue::point(PartialDate::year(year))),
    }
}

/// Whose age the age at `span` is: the person named right after an adjective of age
/// ("19-year-old clerk Melissa Trent") or right before an age in apposition ("Richard
/// Fairchild, 60,").
fn age_owner<'a>(
    text: &str,
    sentence: Span,
    span: Span,
    extraction: &'a Extraction,
) -> Option<&'a str> {
    let people = || {
        extraction
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Person && sentence.contains(m.span))
    };
    let after = people()
        .filter(|m| m.span.start >= span.end)
        .min_by_key(|m| m.span.start)
        .filter(|m| {
            let between = &text[span.end as usize..m.span.start as usize];
            between.len() <= 30
                && between
                    .split_whitespace()
                    .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        });
    let before = people()
        .filter(|m| m.span.end <= span.start)
        .max_by_key(|m| m.span.end)
        .filter(|m| text[m.span.end as usize..span.start as usize].trim() == ",");
    after.or(before).map(|m| m.name.as_str())
}

/// Whether the age at `span` is an adjective of a person the sentence does not name
/// and a preposition governs ("the residence of a 68-year-old white female"): lower
/// case words after "-year-old", ending in a noun of a person.
fn ages_an_unnamed_person(text: &str, sentence: Span, span: Span) -> bool {
    let after = text
        .get(span.end as usize..sentence.end as usize)
        .unwrap_or("");
    let Some(rest) = ["-year-old", " year-old", "-years-old"]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    // "Hussain Marhoon, a 31-year-old former porter, ...": an apposition gives the
    // age of the name before it.
    let before = text
        .get(sentence.start as usize..span.start as usize)
        .unwrap_or("");
    if before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| w.ends_with(',') || w.ends_with('('))
    {
        return false;
    }
    // Only a person a preposition governs ("the residence of a 68-year-old white
    // female"): "Vietnam executed a 41-year-old man" is the wire lead's own subject,
    // named in the next sentence.
    let mut back = before.split_whitespace().rev();
    let article = back.next().map(fold_word);
    let governing = back.next().map(fold_word);
    if !(article.is_some_and(|a| ["a", "an", "the"].contains(&a.as_str()))
        && governing.is_some_and(|g| {
            [
                "of", "to", "with", "against", "on", "at", "by", "for", "from",
            ]
            .contains(&g.as_str())
        }))
    {
        return false;
    }
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(3)
        .take_while(|w| w.starts_with(char::is_lowercase))
        .collect();
    words.iter().any(|w| {
        let w = fold_word(w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        phrases::is_person_noun(&w)
            || ["female", "male", "woman", "man", "girl", "boy", "victim"].contains(&w.as_str())
    })
}

/// Every count a question states, in digits (as [`counts_in`]) or in words ("ten men";
/// "one" is too often no count to be read).
fn stated_counts(question: &str) -> Vec<u64> {
    let mut out = counts_in(question);
    for w in question.split(|c: char| !c.is_alphanumeric() && c != '-') {
        let w = w.to_lowercase();
        if w == "one" {
            continue;
        }
        if let Some(n) = dossier_extract::quantity::number_word(&w) {
            out.push(u64::from(n));
        }
    }
    out
}

/// The counts of a sentence listing several places with a count each ("Texas
/// executed three prisoners, Alabama executed two") that are not the count of
/// the place the question names, when that place owns one of them (none
/// otherwise); and the asked place's own counts that no quantity mention holds
/// ("two"), with their values.
fn counts_of_other_places(
    q: &Question,
    text: &str,
    sentence: Span,
    numbers: &[Span],
) -> (Vec<Span>, Vec<(String, Span)>) {
    if q.names.is_empty() {
        return (vec![], vec![]);
    }
    let said = sentence.slice(text);
    let base = sentence.start as usize;
    let mut ranges: Vec<std::ops::Range<usize>> = numbers
        .iter()
        .map(|n| n.start as usize - base..n.end as usize - base)
        .collect();
    // Bare counts ("Alabama executed two") that no mention holds.
    let mut bare: Vec<(String, std::ops::Range<usize>)> = Vec::new();
    for (_, range) in tokens(said) {
        let word = said[range.clone()].to_lowercase();
        if ranges
            .iter()
            .any(|r| r.start < range.end && range.start < r.end)
        {
            continue;
        }
        // A number standing alone ("(674)"), not a part of "350,000" or "7:21".
        let alone = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || "()".contains(c));
        let before = said[..range.start].chars().next_back();
        let after = said[range.end..].chars().next();
        let after2 = said[range.end..].chars().nth(1);
        let ends = alone(after)
            || (after.is_some_and(|c| ",.;".contains(c))
                && !after2.is_some_and(|c| c.is_ascii_digit()));
        let value = if word.chars().all(|c| c.is_ascii_digit())
            && word.len() < 4
            && alone(before)
            && ends
        {
            word.parse::<u32>().ok()
        } else {
            dossier_extract::quantity::number_word(&word)
        };
        if let Some(v) = value {
            bare.push((v.to_string(), range));
        }
    }
    let mentioned = ranges.len();
    ranges.extend(bare.iter().map(|(_, r)| r.clone()));
    if ranges.len() < 2 {
        return (vec![], vec![]);
    }
    let owners = amounts::count_owners(said, &ranges);
    let names: Vec<String> = q
        .names
        .iter()
        .map(|n| format!(" {} ", n.to_lowercase()))
        .collect();
    let asked = |owner: &Vec<String>| {
        owner.iter().any(|o| {
            let o = format!(" {} ", o.to_lowercase());
            names
                .iter()
                .any(|n| o.contains(n.as_str()) || n.contains(o.as_str()))
        })
    };
    // A list of places: the asked one owns a count, another place another.
    if !owners.iter().any(asked) || !owners.iter().any(|o| !o.is_empty() && !asked(o)) {
        return (vec![], vec![]);
    }
    let other = numbers
        .iter()
        .zip(&owners)
        .filter(|(_, owner)| !asked(owner))
        .map(|(n, _)| *n)
        .collect();
    let own = bare
        .into_iter()
        .zip(&owners[mentioned..])
        .filter(|(_, owner)| asked(owner))
        .map(|((v, r), _)| (v, Span::new(base + r.start, base + r.end)))
        .collect();
    (other, own)
}

/// Whether the sentence holds the count `n`, in digits or as a quantity read from it.
fn holds_count(ctx: &DocCtx, sentence: Span, n: u64) -> bool {
    let said = sentence.slice(&ctx.document.text);
    let digits = n.to_string();
    let in_digits = said
        .split(|c: char| !c.is_ascii_digit() && c != ',')
        .any(|w| w.replace(',', "") == digits);
    in_digits
        || ctx.extraction.mentions.iter().any(|m| {
            m.kind == MentionKind::Quantity
                && sentence.contains(m.span)
                && m.value
                    .as_deref()
                    .and_then(|v| v.parse::<f64>().ok())
                    .is_some_and(|v| v == n as f64)
        })
}

/// Whether the sentence gives a count of its own (a quantity it reads).
fn counts_other(ctx: &DocCtx, sentence: Span) -> bool {
    ctx.extraction
        .mentions
        .iter()
        .any(|m| m.kind == MentionKind::Quantity && sentence.contains(m.span))
}

/// "When did X abolish the death penalty?" is not answered by "the Abolition of
/// Mandatory Death Penalty Act ... came into force on 4 July 2023": a sentence whose
/// every death penalty is the mandatory one abolishes only that (the question not
/// asking of it).
fn abolishes_only_the_mandatory(q: &Question, sentence: &str) -> bool {
    let asked = format!(" {} ", fold_word(&q.text));
    if !(asked.contains(" abolish") || asked.contains(" abolition")) || narrowed_abolition(&asked) {
        return false;
    }
    let lower = fold_word(sentence);
    let mut penalties = 0;
    let mut mandatory = 0;
    for noun in [
        "death penalty",
        "death sentence",
        "capital punishment",
        "sentence of death",
    ] {
        for (at, _) in lower.match_indices(noun) {
            penalties += 1;
            if lower[..at].trim_end().ends_with("mandatory") {
                mandatory += 1;
            }
        }
    }
    penalties > 0 && mandatory == penalties
}

/// "abolished capital punishment for seven crimes", "the mandatory death
/// penalty": an abolition that only narrows the death penalty.
fn narrowed_abolition(lower: &str) -> bool {
    if lower.contains("mandatory") {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        w.starts_with("abolish") && {
            let rest = &words[i + 1..words.len().min(i + 8)];
            rest.iter().position(|w| *w == "for").is_some_and(|at| {
                let after = &rest[at + 1..rest.len().min(at + 4)];
                // "for murder", "for drug trafficking": one offence of the lexicon.
                let offence =
                    !phrases::phrases_in(&after.join(" "), phrases::Sort::Offence).is_empty();
                (offence
                    || after
                        .iter()
                        .any(|w| w.starts_with("crime") || w.starts_with("offence")))
                    && !after.contains(&"all")
            })
        }
    })
}

/// The stem a place's name and its adjective share: `uzbekistan` and `uzbek`,
/// `belarus` and `belarusian`, `russia` and `russian`; from the adjective too
/// (`iranian`, `chinese`, `iraqi`).
fn place_stem(token: &str) -> String {
    let mut stem = token.to_string();
    for suffix in ["istan", "stan", "ian", "ese", "ia", "an", "i", "a", "e"] {
        if let Some(s) = stem.strip_suffix(suffix) {
            if s.chars().count() >= 4 {
                stem = s.to_string();
                break;
            }
        }
    }
    stem
}

/// Whether `words` (folded words) name `place`.
fn names_place(words: &[&str], place: &str) -> bool {
    let folded = fold_word(place);
    // "The Gambia" is named by "Gambia" ("the" names nothing).
    let folded = folded.strip_prefix("the ").unwrap_or(&folded);
    // "Guinea" is not named by the "Guinea" of "Equatorial Guinea", nor the Republic
    // of the Congo by the Democratic Republic of the Congo: words of another place's
    // longer name are no words of this one.
    let masked = words_of_longer_places(words, folded);
    let words: &[&str] = &masked;
    let asked = PLACE_WORDS.ids.get(folded);
    let parts: Vec<&str> = folded.split_whitespace().collect();
    match parts.as_slice() {
        [] => false,
        // "Kazakstan" names Kazakhstan: one letter apart (a transliteration keeps the
        // first letter: "Zambia" does not name The Gambia). A word that is another
        // place's own name or demonym names that place ("Nigeria" is not Niger).
        [one] => {
            let stem = place_stem(one);
            // "Grenada" is not named by the "Grenadines" of "Saint Vincent and the
            // Grenadines": a word the stem opens inside another place's longer name.
            let masked = words_of_other_long_places(words, &stem, asked.copied());
            let words: &[&str] = &masked;
            words.iter().any(|w| {
                let other = asked.is_some_and(|a| PLACE_WORDS.ids.get(*w).is_some_and(|o| o != a));
                !other
                    && (w.starts_with(stem.as_str())
                        || (one.len() >= 6 && same_first_letter(w, one) && one_edit(w, one)))
            })
        }
        // "Saudi Arabia" is named by "Saudi"; "United States" needs both words.
        [first, ..] if !GENERIC_PLACE_WORDS.contains(first) => {
            let stem = place_stem(first);
            words.iter().any(|w| w.starts_with(stem.as_str()))
        }
        many => many.iter().all(|p| words.contains(p)),
    }
}

/// Whether two words begin with the same letter.
fn same_first_letter(a: &str, b: &str) -> bool {
    a.chars().next() == b.chars().next()
}

/// `words` with the words of every longer place name that holds `place`'s words and
/// names another place ("equatorial guinea" for "guinea", "democratic republic of the
/// congo" for "republic of the congo", "south sudan" for "sudan") blanked out.
fn words_of_longer_places<'a>(words: &[&'a str], place: &str) -> Vec<&'a str> {
    let mut out = words.to_vec();
    if words.len() < 2 {
        return out;
    }
    let asked: Vec<&str> = place
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if asked.is_empty() {
        return out;
    }
    let id = PLACE_WORDS.ids.get(place);
    for (name, parts) in &PLACE_WORDS.long_names {
        if parts.len() <= asked.len()
            || !parts.windows(asked.len()).any(|w| w == asked.as_slice())
            || PLACE_WORDS.ids.get(name) == id && id.is_some()
        {
            continue;
        }
        for (start, window) in words.windows(parts.len()).enumerate() {
            if window.iter().zip(parts).all(|(w, p)| w == p) {
                out[start..start + parts.len()].fill("");
            }
        }
    }
    out
}

/// `words` with the words of every other place's longer name ("saint vincent and the
/// grenadines") blanked out when one of them is opened by `stem` but is not the
/// stem's place's own word.
fn words_of_other_long_places<'a>(
    words: &[&'a str],
    stem: &str,
    id: Option<usize>,
) -> Vec<&'a str> {
    let mut out = words.to_vec();
    for (name, parts) in &PLACE_WORDS.long_names {
        if PLACE_WORDS.ids.get(name).copied() == id && id.is_some()
            || !parts
                .iter()
                .any(|p| p.starts_with(stem) && !PLACE_WORDS.ids.contains_key(p.as_str()))
        {
            continue;
        }
        for (start, window) in words.windows(parts.len()).enumerate() {
            if window.iter().zip(parts).all(|(w, p)| w == p) {
                out[start..start + parts.len()].fill("");
            }
        }
    }
    out
}

/// First words of place names that do not name the place alone.
const GENERIC_PLACE_WORDS: &[&str] = &[
    "united",
    "republic",
    "north",
    "south",
    "east",
    "west",
    "new",
    "great",
    "democratic",
    "people's",
    "central",
    "kingdom",
    "state",
    "islamic",
    "federal",
    "russian",
];

/// The place a document names most often among its place mentions (folded).
fn dominant_place(ctx: &DocCtx) -> Option<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for m in ctx
        .extraction
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Place)
    {
        *counts.entry(fold_word(&m.name)).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(name, _)| name)
}

/// Whether the sentence `evidence` of `ctx` supports what the question is scoped
/// to: each place it names is named in the sentence, the two before it or the
/// title (or the document names it often and the sentence names no other place);
/// each year it names is a date of the sentence or, when the sentence has none,
/// of the two before it or of the document's period.
/// Whether a status period's start answers "When did X abolish ...?" for `place`: the
/// start is no later than today (a period begun years ahead was computed, not
/// reported), and some citation names the place or no other state ("In 2015 the
/// neighbouring Republic of the Congo abolished it" is no date of another country's;
/// "the President signed a decree abolishing it from January 2008" may be the page's
/// own). Otherwise the sentences are read instead.
fn status_speaks_for(place: &str, start: &str, citations: &[Citation]) -> bool {
    let year: Option<i32> = start.get(..4).and_then(|y| y.parse().ok());
    if year.is_some_and(|y| y > crate::today().year) {
        return false;
    }
    let rules = dossier_extract::rules::Rules::builtin();
    citations.iter().any(|c| {
        let folded = fold_word(&c.quote);
        let words: Vec<&str> = folded
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if names_place(&words, place) {
            return true;
        }
        !dossier_extract::entity::entities(&c.quote, rules)
            .iter()
            .filter(|m| m.kind == MentionKind::Place)
            .any(|m| is_state(m.value.as_deref().unwrap_or(&m.name)))
    })
}

fn supported(q: &Question, places: &[String], ctx: &DocCtx, evidence: Span) -> bool {
    let text = &ctx.document.text;
    let Some(idx) =
        ctx.sentence_touching(evidence, |s| s.overlaps(evidence) || s.contains(evidence))
    else {
        return true;
    };
    let window = Span::new(
        ctx.sentences[idx.saturating_sub(2)].start as usize,
        ctx.sentences[idx].end as usize,
    );
    let sentence = ctx.sentences[idx].cover(evidence);
    if !places.is_empty() {
        let mut near = fold_word(&blank_attributions(window.slice(text)));
        if let Some(title) = &ctx.document.meta.title {
            near.push(' ');
            near.push_str(&fold_word(&title.value));
        }
        // A judgment speaks for its court's jurisdiction ("Court of Appeal of Tanzania").
        if let Some(publisher) = &ctx.document.meta.publisher {
            let court = fold_word(&publisher.value);
            if court.contains("court") || court.contains("tribunal") {
                near.push(' ');
                near.push_str(&court);
            }
        }
        let heading = ctx.heading_before(sentence.start as usize);
        if let Some(heading) = heading {
            near.push(' ');
            near.push_str(&fold_word(heading));
        }
        let near_words: Vec<&str> = near
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // "At least 476 people were executed ... in the four countries where figures
        // could be confirmed": a total over many places is no figure of an asked
        // place the sentence itself does not name.
        let own_words: Vec<String> = fold_word(sentence.slice(text))
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let own_refs: Vec<&str> = own_words.iter().map(String::as_str).collect();
        if phrases::speaks_of_many_places(sentence.slice(text))
            && places.iter().any(|p| !names_place(&own_refs, p))
        {
            return false;
        }
        // The first place the sentence supports is the question's subject; any
        // other place the question names must at least stand in the document.
        let in_doc = |place: &String| ctx.place_count(place) > 0;
        if places.len() > 1
            && places.iter().all(in_doc)
            && places.iter().any(|p| names_place(&near_words, p))
        {
            return year_supported(q, ctx, sentence, window);
        }
        for place in places {
            // "Inner Mongolia" asked, "Mongolia" alone in the sentence: the sentence
            // speaks of the bare country, whatever its neighbours name.
            let folded = fold_word(place);
            let qualified = folded
                .rsplit_once(' ')
                .filter(|(head, _)| !head.ends_with(" of") && !head.ends_with(" the"));
            if let Some((_, tail)) = qualified {
                let bare_tail = ctx.extraction.mentions.iter().any(|m| {
                    m.kind == MentionKind::Place
                        && sentence.contains(m.span)
                        && fold_word(m.span.slice(text)) == tail
                });
                if bare_tail && !fold_word(sentence.slice(text)).contains(&folded) {
                    return false;
                }
            }
            if names_place(&near_words, place) {
                if another_state_instead(ctx, sentence, place) {
                    return false;
                }
                continue;
            }
            // Under another country's heading while the place has a section of
            // its own: that other country's facts.
            let own_section = ctx.headings.iter().any(|(_, h)| {
                let h = fold_word(h);
                let words: Vec<&str> = h.split_whitespace().collect();
                names_place(&words, place)
            });
            if heading.is_some() && own_section {
                return false;
            }
            if dominant_place(ctx).is_some_and(|d| {
                let d: Vec<&str> = d.split_whitespace().collect();
                names_place(&d, place)
            }) {
                continue;
            }
            let often = ctx.place_count(place) >= 3;
            let other_place = ctx.extraction.mentions.iter().any(|m| {
                m.kind == MentionKind::Place
                    && sentence.contains(m.span)
                    && !names_place(&[fold_word(&m.name).as_str()], place)
            });
            if !often || other_place {
                return false;
            }
        }
    }
    year_supported(q, ctx, sentence, window)
}

/// "In neighbouring Kenya, the President commuted ... The Commission welcomes the
/// abolition of the death penalty in Zambia in December 2022": a state the question asks
/// of, named in a sentence before and not in this one, while this one names another
/// state by its name: the sentence tells that other state's facts.
fn another_state_instead(ctx: &DocCtx, sentence: Span, place: &str) -> bool {
    if !is_state(place) {
        return false;
    }
    let text = &ctx.document.text;
    let said = fold_word(sentence.slice(text));
    let said_words: Vec<&str> = said
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if names_place(&said_words, place) {
        return false;
    }
    ctx.extraction.mentions.iter().any(|m| {
        if m.kind != MentionKind::Place || !sentence.contains(m.span) {
            return false;
        }
        // The state by its own name, not by a demonym ("Afghan nationals").
        let surface = fold_word(m.span.slice(text));
        let surface = surface.strip_prefix("the ").unwrap_or(&surface).to_string();
        // "DRC" for "the Democratic Republic of the Congo": one place, another name.
        let folded_place = fold_word(place);
        let asked_id = PLACE_WORDS
            .ids
            .get(folded_place.strip_prefix("the ").unwrap_or(&folded_place));
        let same_place = asked_id.is_some() && PLACE_WORDS.ids.get(&surface) == asked_id;
        // "weeks after his extradition from Turkey": a state the act comes from is
        // not where it happened.
        let related = text[..m.span.start as usize]
            .split(|c: char| !c.is_alphanumeric())
            .rfind(|w| !w.is_empty() && !w.eq_ignore_ascii_case("the"))
            .is_some_and(|w| phrases::relates_a_state(&w.to_lowercase()));
        is_state(&surface) && !same_place && !related && {
            let words: Vec<&str> = surface.split_whitespace().collect();
            !names_place(&words, place)
        }
    })
}

/// `text` with the bracketed names of those who make a recommendation blanked: a run
/// of two or more ("... aiming at abolition (Australia) (Iceland);") or one closed by a
/// semicolon ("Establish a moratorium (France);"). A state named so asks for the act;
/// the sentence says nothing of that state itself.
fn blank_attributions(text: &str) -> String {
    static GROUP: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?:\s*\((?:\p{Lu}[\p{L}'’.\-]*)(?:\s+(?:of|the|and|\p{Lu}[\p{L}'’.\-]*))*\))+",
        )
        .expect("valid attribution pattern")
    });
    let mut out = text.to_string();
    for run in GROUP.find_iter(text) {
        let groups = run.as_str().matches('(').count();
        let closed = text[run.end()..].trim_start().starts_with(';');
        if groups >= 2 || closed {
            out.replace_range(run.range(), &" ".repeat(run.len()));
        }
    }
    out
}

/// "When was Wang's sentence commuted?" is not answered by "the court commuted Zhou's
/// sentence", nor "How many remain on Alabama's death row?" by "60 remain on
/// Louisiana's death row": the clause gives what the question's possessive asks of
/// (a word of the two after it) to another owner, a capitalised name that shares no
/// word with the question's names, or to "his", "her" or "their" in a clause after
/// another of the sentence that names a person and not the asked one ("whereas B was
/// sentenced ...; whereas the court upheld her sentence").
fn possessed_by_another(q: &Question, ctx: &DocCtx, clause: Span, sentence: Span) -> bool {
    let possessive = |w: &str| -> Option<String> {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .map(str::to_string)
    };
    let plain = |w: &str| fold_word(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let q_words: Vec<&str> = q.text.split_whitespace().collect();
    let mut owned: Vec<String> = Vec::new();
    let mut known: HashSet<String> = q
        .names
        .iter()
        .flat_map(|n| tokens(n))
        .map(|(t, _)| t)
        .collect();
    for (i, w) in q_words.iter().enumerate() {
        let Some(owner) = possessive(w) else {
            continue;
        };
        if !owner.starts_with(char::is_uppercase) {
            continue;
        }
        known.extend(tokens(&owner).into_iter().map(|(t, _)| t));
        owned.extend(
            q_words[i + 1..(i + 3).min(q_words.len())]
                .iter()
                .map(|w| plain(w))
                .filter(|w| w.len() > 2),
        );
    }
    if owned.is_empty() {
        return false;
    }
    let text = &ctx.document.text;
    let said: Vec<&str> = clause.slice(text).split_whitespace().collect();
    said.windows(2).any(|pair| {
        if !owned.contains(&plain(pair[1])) {
            return false;
        }
        if let Some(owner) = possessive(pair[0]) {
            let owner_tokens = tokens(&owner);
            return owner.starts_with(char::is_uppercase)
                && !owner_tokens.is_empty()
                && owner_tokens
                    .iter()
                    .all(|(t, _)| !known.contains(t) && !near_spelling(&known, t));
        }
        if !matches!(plain(pair[0]).as_str(), "his" | "her" | "their") {
            return false;
        }
        let people: Vec<&dossier_model::Mention> = ctx
            .extraction
            .mentions
            .iter()
            .filter(|m| {
                m.kind == MentionKind::Person
                    && sentence.overlaps(m.span)
                    && m.span.end <= clause.start
            })
            .collect();
        !people.is_empty()
            && !people
                .iter()
                .any(|m| q.names.iter().any(|n| same_person(n, &m.name)))
    })
}

/// "I would point to Malaysia, and to Papua New Guinea, which abolished the death
/// penalty in January 2022": a date inside a relative clause ("which", "where") whose
/// antecedent is another place than every place the question asks of is that other
/// place's.
fn relative_of_other_place(places: &[String], ctx: &DocCtx, sentence: Span, span: Span) -> bool {
    relative_of_other_place_in(
        places,
        &ctx.document.text,
        &ctx.extraction.mentions,
        sentence,
        span,
    )
}

/// See [`relative_of_other_place`], over `text` and its `mentions`.
fn relative_of_other_place_in(
    places: &[String],
    text: &str,
    mentions: &[dossier_model::Mention],
    sentence: Span,
    span: Span,
) -> bool {
    if places.is_empty() {
        return false;
    }
    let Some(before) = text.get(sentence.start as usize..span.start as usize) else {
        return false;
    };
    // "..., the Republic of Sierra Leone having done so in 2021": an absolute clause
    // opens on its own place.
    if let Some(comma) = before.rfind(", ") {
        let clause_at = sentence.start as usize + comma + 2;
        let clause = &before[comma + 2..];
        if clause.contains(" having ")
            && mentions.iter().any(|m| {
                m.kind == MentionKind::Place
                    && (m.span.start as usize) >= clause_at
                    // Only the place's own title before it ("the Republic of").
                    && text[clause_at..m.span.start as usize]
                        .split_whitespace()
                        .all(|w| w == "the" || w == "of" || w.starts_with(char::is_uppercase))
                    && text
                        .get(m.span.end as usize..)
                        .is_some_and(|after| after.starts_with(" having "))
                    && !places.iter().any(|p| {
                        names_place(&fold_word(&m.name).split_whitespace().collect::<Vec<_>>(), p)
                    })
            })
        {
            return true;
        }
    }
    let Some(at) = [", which ", ", where "]
        .iter()
        .filter_map(|cue| before.rfind(cue))
        .max()
    else {
        return false;
    };
    // The date must stand inside the relative clause: no comma or stop after it.
    if before[at + 2..].contains([',', ';', '.']) {
        return false;
    }
    let end = sentence.start as usize + at;
    mentions.iter().any(|m| {
        m.kind == MentionKind::Place
            && m.span.end as usize == end
            && sentence.contains(m.span)
            && !places.iter().any(|p| {
                names_place(
                    &fold_word(&m.name).split_whitespace().collect::<Vec<_>>(),
                    p,
                )
            })
    })
}

/// "How many executions in Yemen?" is not answered by "In neighboring Saudi Arabia,
/// authorities executed at least 82 persons", nor "How many people did China execute?" by
/// "Iran executed at least 333 people, more than any country except China": a sentence
/// whose scene is another state (the state it opens with, bare or after "In", "The" or
/// "(the) Neighbo(u)ring", or its demonym: "Saudi authorities") speaks of that state's facts,
/// whatever the document is about and whatever state it names later. Only states (a
/// place of the lexicon with demonyms) set a scene: "In Tehran, ..." may be Iran's.
fn scene_elsewhere(places: &[String], ctx: &DocCtx, evidence: Span) -> bool {
    // "Which African country ...?" asks of a region: its states are its scenes.
    if places.is_empty() || !places.iter().all(|p| is_state(p)) {
        return false;
    }
    let text = &ctx.document.text;
    let Some(sentence) = ctx
        .sentence_touching(evidence, |s| s.overlaps(evidence) || s.contains(evidence))
        .map(|i| ctx.sentences[i].cover(evidence))
    else {
        return false;
    };
    let Some(first) = ctx
        .extraction
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Place && sentence.contains(m.span))
        .min_by_key(|m| m.span.start)
    else {
        return false;
    };
    let lead = fold_word(Span::new(sentence.start as usize, first.span.start as usize).slice(text));
    let lead = lead.trim_matches(|c: char| !c.is_alphanumeric());
    if !matches!(
        lead,
        "" | "in"
            | "the"
            | "in the"
            | "neighboring"
            | "neighbouring"
            | "in neighboring"
            | "in neighbouring"
            | "the neighboring"
            | "the neighbouring"
            | "in the neighboring"
            | "in the neighbouring"
    ) {
        return false;
    }
    // The state it names: a demonym's country, else the name.
    let state = first.value.clone().unwrap_or_else(|| first.name.clone());
    if !is_state(&state) {
        return false;
    }
    let folded = fold_word(&state);
    let words: Vec<&str> = folded.split_whitespace().collect();
    if places.iter().any(|p| names_place(&words, p)) {
        return false;
    }
    // "The United Kingdom is saddened by the executions carried out in Singapore": a
    // state after "The" may be an onlooker; it sets the scene only when the sentence
    // names none of the asked places.
    if matches!(lead, "the" | "in the") {
        let all = fold_word(sentence.slice(text));
        let all: Vec<&str> = all
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        return !places.iter().any(|p| names_place(&all, p));
    }
    true
}

/// Whether `name` is a state's: a place of the lexicon that has demonyms (cities and
/// regions have none there).
fn is_state(name: &str) -> bool {
    PLACE_WORDS.states.contains(&fold_word(name))
}

/// The place lexicon's names folded once: every name, variant and demonym (`known`),
/// and the names and variants of places that are states (`states`: with demonyms, or
/// marked `"state": true`).
struct PlaceWords {
    known: HashSet<String>,
    states: HashSet<String>,
    /// Each folded name, variant and demonym, to the index of its place.
    ids: HashMap<String, usize>,
    /// The folded names and variants of two words or more, split into words.
    long_names: Vec<(String, Vec<String>)>,
}

static PLACE_WORDS: std::sync::LazyLock<PlaceWords> = std::sync::LazyLock::new(|| {
    let mut words = PlaceWords {
        known: HashSet::new(),
        states: HashSet::new(),
        ids: HashMap::new(),
        long_names: Vec::new(),
    };
    for (i, p) in dossier_extract::rules::Rules::builtin()
        .lexicon
        .places
        .iter()
        .enumerate()
    {
        let names: Vec<String> = std::iter::once(&p.name)
            .chain(&p.variants)
            .map(|n| fold_word(n))
            .collect();
        for n in names
            .iter()
            .chain(&p.demonyms.iter().map(|d| fold_word(d)).collect::<Vec<_>>())
        {
            let bare = n.strip_prefix("the ").unwrap_or(n).to_string();
            words.ids.entry(bare).or_insert(i);
        }
        for n in &names {
            let n = n.strip_prefix("the ").unwrap_or(n);
            let parts: Vec<String> = n
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            if parts.len() >= 2 {
                words.long_names.push((n.to_string(), parts));
            }
        }
        if p.is_state() {
            words.states.extend(names.iter().cloned());
        }
        words.known.extend(names);
        words.known.extend(p.demonyms.iter().map(|d| fold_word(d)));
    }
    words
});

/// "When did Malawi's National Assembly pass the bill?" is not answered by "Malawi
/// voted for the United Nations General Assembly resolution": the sentence names
/// another body of the same kind (its head word after another capitalised word) and
/// not the one the question names.
fn names_other_institution(q: &Question, places: &[String], ctx: &DocCtx, evidence: Span) -> bool {
    let text = &ctx.document.text;
    // A clause inside a sentence is read alone.
    let sentence = ctx
        .sentences
        .iter()
        .find(|s| s.overlaps(evidence) || s.contains(evidence))
        .copied()
        .filter(|s| !s.contains(evidence))
        .unwrap_or(evidence);
    let said = sentence.slice(text);
    let folded_sentence = fold_word(said);
    let asked = fold_word(&q.text);
    q.names.iter().filter(|n| !places.contains(n)).any(|name| {
        let folded = fold_word(name);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let [.., before_head, head] = words.as_slice() else {
            return false;
        };
        if !INSTITUTION_HEADS.contains(head) {
            return false;
        }
        let pair = format!("{before_head} {head}");
        if folded_sentence.contains(&pair) {
            // "the Third Committee" names the "UN Third Committee"; but "the Alabama
            // Supreme Court" is not the "United States Supreme Court" when the
            // sentence holds none of the question's qualifiers.
            let qualifiers = &words[..words.len() - 2];
            let sentence_words: Vec<&str> = folded_sentence
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            if qualifiers.is_empty() || qualifiers.iter().any(|w| sentence_words.contains(w)) {
                return false;
            }
            return folded_sentence.match_indices(&pair).any(|(at, _)| {
                let prev = folded_sentence[..at]
                    .split_whitespace()
                    .last()
                    .unwrap_or("")
                    .trim_matches(|c: char| !c.is_alphanumeric());
                !prev.is_empty()
                    && prev.chars().all(char::is_alphabetic)
                    && !OTHER_DETERMINERS.contains(&prev)
                    && !AUXILIARIES.contains(&prev)
                    && !asked.split_whitespace().any(|a| a == prev)
                    // "the Vitsebsk Regional Court" is the "Vitebsk Regional Court".
                    && !qualifiers.iter().any(|w| {
                        let head: String = w.chars().take(3).collect();
                        w.chars().count() >= 3 && prev.starts_with(head.as_str())
                    })
            });
        }
        let said_words: Vec<&str> = said.split_whitespace().collect();
        // "Cabinet ... approved the Bill" for "When did the National Assembly pass it?"
        let other_kind = said_words.iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let folded = fold_word(w);
            w.chars().next().is_some_and(char::is_uppercase)
                && folded != *head
                && INSTITUTION_HEADS.contains(&folded.as_str())
                && !asked.split_whitespace().any(|a| a == folded)
        });
        other_kind
            || said_words.windows(2).any(|pair| {
                let first = pair[0].trim_matches(|c: char| !c.is_alphanumeric());
                let first_folded = fold_word(first);
                fold_word(pair[1].trim_matches(|c: char| !c.is_alphanumeric())) == *head
                    && first.chars().next().is_some_and(char::is_uppercase)
                    && !AUXILIARIES.contains(&first_folded.as_str())
                    && !OTHER_DETERMINERS.contains(&first_folded.as_str())
                    && first_folded != *before_head
                    && !asked.contains(&format!("{first_folded} {head}"))
            })
    })
}

/// Words before a body's head word that do not name another body ("The Court").
const OTHER_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "each", "every",
];

/// Last words of the names of bodies (see [`names_other_institution`]).
const INSTITUTION_HEADS: &[&str] = &[
    "assembly",
    "court",
    "council",
    "committee",
    "parliament",
    "commission",
    "ministry",
    "tribunal",
    "senate",
    "congress",
    "chamber",
    "division",
    "cabinet",
];

/// Whether a passive clause names as its agent another body than the one the
/// question asks of: "a new code was approved by the government and sent to
/// parliament" does not say when parliament adopted it.
fn done_by_another_body(question: &str, clause: &str) -> bool {
    let body = |w: &str| STATE_BODIES.contains(&w) || INSTITUTION_HEADS.contains(&w);
    let asked: Vec<String> = fold_word(question)
        .split_whitespace()
        .filter(|w| body(w))
        .map(str::to_string)
        .collect();
    if asked.is_empty() {
        return false;
    }
    let raw: Vec<&str> = clause.split_whitespace().collect();
    let words: Vec<String> = raw
        .iter()
        .map(|w| fold_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    // "the bill, passed by parliament, was signed": an aside's agent is not the
    // main verb's.
    let aside = |i: usize| {
        raw[i.saturating_sub(2)..i].iter().any(|w| w.ends_with(','))
            && raw[i..(i + 5).min(raw.len())]
                .iter()
                .any(|w| w.ends_with(','))
    };
    // Every agent is another body ("brought before the Court ... by the Commission,
    // ... and by the Government" names the asked one too).
    let agents: Vec<&String> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| w == "by" && !aside(i))
        .filter_map(|(i, _)| words[i + 1..].iter().take(3).find(|x| body(x)))
        .collect();
    !agents.is_empty() && agents.iter().all(|a| !asked.contains(a))
}

/// The last words of a state's own bodies: "the Liberian Senate" is Liberia's.
const STATE_BODIES: &[&str] = &[
    "senate",
    "parliament",
    "government",
    "congress",
    "cabinet",
    "legislature",
    "authorities",
    "police",
    "army",
    "ministry",
    "president",
];

/// The year part of [`supported`].
fn year_supported(q: &Question, ctx: &DocCtx, sentence: Span, window: Span) -> bool {
    let text = &ctx.document.text;
    // A year that dates a document the question names must date this document.
    if !q.document_years.is_empty() {
        let mut about_doc = ctx
            .document
            .meta
            .title
            .as_ref()
            .map(|t| t.value.clone())
            .unwrap_or_default();
        for field in [&ctx.document.meta.published, &ctx.document.meta.updated]
            .into_iter()
            .flatten()
        {
            about_doc.push(' ');
            about_doc.push_str(&field.value);
        }
        let head_end = text.floor_char_boundary(600.min(text.len()));
        about_doc.push(' ');
        about_doc.push_str(&text[..head_end]);
        // A copy with no dates of its own ("This report is based on the findings of
        // a mission ... in February and March 1996"): the cited sentence may date it.
        if ctx.document.meta.published.is_none() && ctx.document.meta.updated.is_none() {
            about_doc.push(' ');
            about_doc.push_str(sentence.slice(text));
        }
        // ... or be the year of a study, survey or report the cited sentence itself
        // names ("A government survey in 2014 found ...").
        let said = sentence.slice(text);
        let names_a_document = said
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| DOCUMENT_NOUNS.contains(&w.to_lowercase().as_str()));
        if !q.document_years.iter().all(|y| {
            about_doc.contains(&y.to_string())
                || (names_a_document && said.contains(&y.to_string()))
        }) {
            return false;
        }
    }
    let event_years: Vec<i32> = q
        .years
        .iter()
        .copied()
        .filter(|y| !q.document_years.contains(y))
        .collect();
    // The day and month the question writes, found in the sentence, fix its year
    // too ("On 15 November, the Third Committee ...").
    let folded_sentence = fold_word(sentence.slice(text));
    if !q.day_months.is_empty()
        && day_months_in(&folded_sentence)
            .iter()
            .any(|dm| q.day_months.contains(dm))
    {
        return true;
    }
    if !event_years.is_empty() {
        let q = Question {
            years: event_years,
            ..q.clone()
        };
        let q = &q;
        let dates_in = |span: Span| -> Vec<dossier_model::TimeValue> {
            ctx.extraction
                .times
                .iter()
                .filter(|t| span.contains(t.span) && !t.is_duration)
                .filter_map(|t| t.value)
                .collect()
        };
        let fits = |v: &dossier_model::TimeValue| {
            q.years
                .iter()
                .any(|&y| v.overlaps(&dossier_model::TimeValue::point(PartialDate::year(y))))
        };
        // A compared figure's year ("compared with 14 in 2018") is not the
        // sentence's own.
        let own: Vec<dossier_model::TimeValue> = ctx
            .extraction
            .times
            .iter()
            .filter(|t| {
                sentence.contains(t.span)
                    && !t.is_duration
                    && compared_from(text, sentence, t.span).is_none()
            })
            .filter_map(|t| t.value)
            .collect();
        let literal = q
            .years
            .iter()
            .any(|y| sentence.slice(text).contains(&y.to_string()));
        if literal || own.iter().any(fits) {
            return true;
        }
        if !own.is_empty() {
            return false;
        }
        let period = ctx.document.meta.period.as_ref().and_then(|p| {
            Some(dossier_model::TimeValue::range(
                PartialDate::parse(&p.value.start)?,
                PartialDate::parse(&p.value.end)?,
            ))
        });
        // "As of the date of this decision, 59 persons were under a sentence of death":
        // a sentence that speaks of the document's own moment or period is of no year
        // the sentences around it give.
        let collapsed = folded_sentence
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if phrases::speaks_of_document_moment(&collapsed) {
            let published = ctx
                .document
                .meta
                .published
                .as_ref()
                .and_then(|p| PartialDate::parse(&p.value))
                .map(dossier_model::TimeValue::point);
            // ... or the date its head gives ("[2018Hun-Ba412, February 24, 2022]").
            let head = text
                .get(..text.floor_char_boundary(300.min(text.len())))
                .unwrap_or("");
            return period.as_ref().is_some_and(fits)
                || published.as_ref().is_some_and(fits)
                || q.years.iter().any(|y| head.contains(&y.to_string()));
        }
        // The sentence after may carry on the same narrative with its year ("...
        // announced in September ... As of 7 December 2007, ...").
        let next = ctx
            .sentences
            .iter()
            .find(|s| s.start >= sentence.end)
            .copied();
        let context_fits = dates_in(window).iter().any(fits)
            || window.slice(text).contains(&q.years[0].to_string())
            || next.is_some_and(|n| dates_in(n).iter().any(fits));
        // A story with no period speaks, where it gives no date, of the day it
        // was published ("said X during a press conference this afternoon").
        let published = period.is_none().then(|| {
            ctx.document
                .meta
                .published
                .as_ref()
                .and_then(|p| PartialDate::parse(&p.value))
                .map(dossier_model::TimeValue::point)
        });
        return context_fits
            || period.as_ref().is_some_and(fits)
            || published.flatten().as_ref().is_some_and(fits);
    }
    true
}

/// Bonus (or penalty) for how the sentence's dates fit the years the question names.
/// Whether a number is followed closely ("eight in April 2015") by a date within
/// the month (and year, when given) the question names.
fn followed_by_asked_month(q: &Question, ctx: &DocCtx, sentence: Span, span: Span) -> bool {
    let Some(month) = asked_month(&q.text) else {
        return false;
    };
    let text = &ctx.document.text;
    ctx.extraction.times.iter().any(|t| {
        let (Some(start), Some(end)) = (t.value.and_then(|v| v.start), t.value.and_then(|v| v.end))
        else {
            return false;
        };
        sentence.contains(t.span)
            && !t.is_duration
            && t.span.start >= span.end
            && text[span.end as usize..t.span.start as usize]
                .split_whitespace()
                .count()
                <= 1
            && start.year == end.year
            && start.month == Some(month)
            && end.month == Some(month)
            && (q.years.is_empty() || q.years.contains(&start.year))
    })
}

/// The month a question names ("in April 2015"; "May" only before a year).
fn asked_month(question: &str) -> Option<u8> {
    let words: Vec<&str> = question
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(i, w)| {
        // Capitalised, as a month is written in a question ("may" is a verb).
        if !w.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let month = dossier_model::month_number(&w.to_lowercase())?;
        let year_follows = words
            .get(i + 1)
            .is_some_and(|n| n.len() == 4 && n.chars().all(|c| c.is_ascii_digit()));
        (month != 5 || year_follows).then_some(month)
    })
}

fn year_fit(q: &Question, ctx: &DocCtx, idx: usize) -> f32 {
    // A year that names a document ("Amnesty International Report 2012") dates no event.
    let years: Vec<i32> = q
        .years
        .iter()
        .copied()
        .filter(|y| !q.document_years.contains(y))
        .collect();
    if years.is_empty() {
        return 0.0;
    }
    let sentence = ctx.sentences[idx];
    let dates: Vec<_> = ctx
        .extraction
        .times
        .iter()
        .filter(|t| sentence.contains(t.span))
        .filter_map(|t| t.value)
        .collect();
    let period = ctx.document.meta.period.as_ref().and_then(|p| {
        Some(dossier_model::TimeValue::range(
            PartialDate::parse(&p.value.start)?,
            PartialDate::parse(&p.value.end)?,
        ))
    });
    let fits = |v: &dossier_model::TimeValue| {
        years
            .iter()
            .any(|&y| v.overlaps(&dossier_model::TimeValue::point(PartialDate::year(y))))
    };
    // The asked kind of event the sentence states, dated in the asked year ("No
    // executions were carried out" in a report on 2019), though another clause
    // gives another year ("the last execution took place in 1997").
    let asked_event_fits = ctx.extraction.events.iter().any(|e| {
        q.event_kinds.contains(&e.kind)
            && e.span.overlaps(sentence)
            && e.date.as_ref().is_some_and(fits)
    });
    if asked_event_fits || dates.iter().any(fits) {
        0.15
    } else if dates.is_empty() && period.as_ref().is_some_and(fits) {
        0.1
    } else if !dates.is_empty() {
        -0.1
    } else {
        0.0
    }
}

fn mention_kind_for(kind: AnswerKind) -> Option<&'static [MentionKind]> {
    Some(match kind {
        AnswerKind::Person => &[MentionKind::Person],
        AnswerKind::Place => &[MentionKind::Place],
        AnswerKind::Court => &[MentionKind::Court],
        AnswerKind::Law => &[MentionKind::Law],
        AnswerKind::Organisation => &[MentionKind::Organisation],
        AnswerKind::Treaty => &[MentionKind::Treaty],
        AnswerKind::Entity => &[
            MentionKind::Person,
            MentionKind::Organisation,
            MentionKind::Place,
            MentionKind::Court,
            MentionKind::Treaty,
        ],
        _ => return None,
    })
}

/// Whether the question itself names this (so it cannot be the answer).
fn named_in_question(q: &Question, name: &str, kind: MentionKind) -> bool {
    let name_tokens: HashSet<String> = tokens(name).into_iter().map(|(t, _)| t).collect();
    let q_tokens: HashSet<&String> = q
        .tokens
        .iter()
        .filter(|(_, n)| *n)
        .map(|(t, _)| t)
        .collect();
    let folded = fold_word(name);
    let one_word = folded.split_whitespace().count() == 1;
    !name_tokens.is_empty() && name_tokens.iter().all(|t| q_tokens.contains(t))
        || q.names.iter().any(|n| {
            fold_word(n) == folded
                // "Miss Nafeek" for "Rizana Nafeek": the question's own person.
                || (kind == MentionKind::Person && same_person(n, name))
                // "Russian" for "Russia": the question's own place.
                || (kind == MentionKind::Place && one_word && names_place(&[folded.as_str()], n))
        })
}

/// Whether the question names the holder of `role` as one who acts ("Who did the
/// king appoint ...?"): that person is the question's own, not its answer. "Who was
/// the king ...?" asks for the holder and is no such question.
fn role_acts_in_question(q: &Question, role: &str) -> bool {
    let lower = format!(" {} ", fold_word(&q.text));
    let words: Vec<&str> = lower.split_whitespace().collect();
    let copular = words.len() > 1 && matches!(words[1], "is" | "was" | "are" | "were");
    let role = fold_word(role);
    !copular && !role.is_empty() && lower.contains(&format!(" the {role} "))
}

/// The appositive after a name: "Sergey Duvanov, an independent journalist, was
/// ..." gives "independent journalist". Only an "a"/"an"/"the" phrase of at most
/// six lower-case words closed by a comma counts.
fn appositive(text: &str, name: Span) -> Option<String> {
    let rest = text.get(name.end as usize..)?.strip_prefix(", ")?;
    let phrase = ["a ", "an ", "the "]
        .iter()
        .find_map(|article| rest.strip_prefix(article))?;
    let end = phrase.find(|c: char| !(c.is_alphabetic() || c == ' ' || c == '-'))?;
    if phrase.as_bytes().get(end) != Some(&b',') {
        return None;
    }
    let phrase = phrase[..end].trim();
    let words = phrase.split_whitespace().count();
    ((1..=6).contains(&words) && phrase.chars().all(|c| !c.is_uppercase()))
        .then(|| phrase.to_string())
}

/// Head nouns of "which X" phrases, by the kind of name they ask for.
const KIND_NOUNS: &[(&[MentionKind], &[&str])] = &[
    (
        &[MentionKind::Person],
        &[
            "person",
            "man",
            "men",
            "woman",
            "women",
            "leader",
            "member",
            "governor",
            "witness",
            "activist",
            "minister",
            "prisoner",
            "defendant",
            "co-defendant",
            "journalist",
            "lawyer",
            "judge",
            "official",
            "president",
            "officer",
            "chair",
            "chairman",
            "figure",
            "victim",
            "candidate",
            "blogger",
            "editor",
            "head",
            "deputy",
            "author",
            "writer",
            "rapporteur",
            "envoy",
            "commissioner",
            "prosecutor",
            "politician",
            "dissident",
            "poet",
            "student",
            "doctor",
            "defender",
            "critic",
            "brother",
            "sister",
            "son",
            "daughter",
            "wife",
            "husband",
            "mother",
            "father",
            "inmate",
            "convict",
            "maid",
            "worker",
            "servant",
            "citizen",
            "national",
            "boy",
            "girl",
            "child",
            "juvenile",
            "teenager",
            "offender",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "ambassador",
            "mayor",
            "chief",
            "director",
        ],
    ),
    (
        &[MentionKind::Organisation],
        &[
            "newspaper",
            "daily",
            "organisation",
            "organization",
            "group",
            "party",
            "movement",
            "agency",
            "ngo",
            "committee",
            "company",
            "union",
            "association",
            "network",
            "station",
            "broadcaster",
            "outlet",
            "magazine",
            "body",
            "coalition",
            "channel",
            "website",
            "refinery",
            "factory",
            "plant",
            "bank",
            "firm",
            "publication",
        ],
    ),
    (
        &[MentionKind::Place],
        &[
            "country",
            "city",
            "town",
            "region",
            "province",
            "village",
            "state",
            "capital",
            "district",
            "republic",
            "territory",
        ],
    ),
    (&[MentionKind::Court], &["court", "tribunal"]),
    (
        &[MentionKind::Law],
        &["law", "article", "code", "decree", "act"],
    ),
    (
        &[MentionKind::Treaty],
        &["treaty", "convention", "protocol", "covenant"],
    ),
];

/// The kind of name a "which X ..." / "what X ..." question asks for, from the
/// last head noun of X ("which exiled opposition leader" asks for a person).
fn entity_kind_asked(question: &str) -> Option<&'static [MentionKind]> {
    entity_head_asked(question).map(|(_, kinds)| kinds)
}

/// Whether a sentence is a heading line: no closing punctuation ("2. Number of
/// death sentences in 2023", "DEATH PENALTY").
fn is_heading_line(sentence: &str) -> bool {
    let trimmed = sentence.trim_end();
    !trimmed.is_empty()
        && !trimmed.contains('\n')
        && !trimmed.ends_with(['.', '!', '?', ':', ';', '"', '\u{201d}', ')', '\''])
}

/// The word right after a question's "which" or "what" ("prison" in "In which prison
/// was he held?"), folded.
fn which_noun(question: &str) -> Option<String> {
    let lower = fold_word(question);
    let mut words = lower.split_whitespace();
    words.find(|w| *w == "which" || *w == "what")?;
    words
        .next()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
}

/// The head noun of a "which/what X" question ("judge" in "Which judge sentenced
/// him?") with the kinds of mention it asks for.
fn entity_head_asked(question: &str) -> Option<(String, &'static [MentionKind])> {
    let lower = format!(" {} ", fold_word(question));
    // "What is the name of the channel ...", "Name the two activists ...".
    let at = [
        " the name of the ",
        " name the ",
        " list the ",
        " which ",
        " what ",
    ]
    .iter()
    .filter_map(|cue| lower.find(cue).map(|at| at + cue.len()))
    .min_by_key(|&at| {
        // The name phrase wins over the "what" that opens it.
        let named = lower[..at].ends_with(" the name of the ")
            || lower[..at].ends_with(" name the ")
            || lower[..at].ends_with(" list the ");
        (if named { 0 } else { 1 }, at)
    })?;
    let stop = |w: &str| {
        AUXILIARIES.contains(&w)
            || [
                "of", "in", "on", "by", "for", "from", "to", "had", "did", "said",
            ]
            .contains(&w)
    };
    let all: Vec<&str> = lower[at..]
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
        })
        .collect();
    let mut words: Vec<&str> = all
        .iter()
        .copied()
        .take_while(|w| !stop(w))
        .take(4)
        .collect();
    // "Which Council of Europe figure": the head noun after a name with "of".
    let of_name = all.get(words.len()) == Some(&"of")
        && question
            .split_whitespace()
            .skip_while(|w| !w.eq_ignore_ascii_case("of"))
            .nth(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    let kind_of = |w: &str| {
        let singular = w.strip_suffix('s').unwrap_or(w);
        KIND_NOUNS
            .iter()
            .find(|(_, nouns)| nouns.contains(&w) || nouns.contains(&singular))
            .map(|(kinds, _)| *kinds)
    };
    if of_name && !words.iter().any(|w| kind_of(w).is_some()) {
        words = all
            .iter()
            .copied()
            .take(6)
            .take_while(|w| *w == "of" || !stop(w))
            .collect();
    }
    // The head noun: the first kind noun, or the last of a run of them ("state
    // governor", "daily newspaper"); the words after it are the verb phrase.
    let first = words.iter().position(|w| kind_of(w).is_some())?;
    let mut head = first;
    while head + 1 < words.len() && kind_of(words[head + 1]).is_some() {
        head += 1;
    }
    kind_of(words[head]).map(|kinds| (words[head].to_string(), kinds))
}

/// Whether the question asks for a section of a code or constitution.
fn asks_section(q: &Question) -> bool {
    let lower = format!(" {} ", fold_word(&q.text));
    lower.contains(" which section ") || lower.contains(" what section ")
}

/// Whether a law's words name a section ("Section 303", "s. 204", "sec. 53").
fn names_section(words: &str) -> bool {
    let lower = words.to_lowercase();
    lower.contains("section") || lower.starts_with("s. ") || lower.starts_with("sec.")
}

/// "Section 303" written in a sentence where no law mention claims it.
fn sections_in(text: &str, sentence: Span, extraction: &Extraction) -> Vec<(String, Span)> {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let lower = s.to_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = lower[from..].find("section ") {
        let at = from + pos;
        let digits_start = at + "section ".len();
        let digits_end = digits_start
            + lower[digits_start..]
                .bytes()
                .take_while(|b| b.is_ascii_digit())
                .count();
        from = digits_start;
        if digits_end == digits_start || lower.len() != s.len() {
            continue;
        }
        // "section 296(2)(a)": its subsections are part of it.
        let mut digits_end = digits_end;
        while let Some(rest) = lower[digits_end..].strip_prefix('(') {
            let inner = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
            if inner == 0 || inner > 4 || rest.as_bytes().get(inner) != Some(&b')') {
                break;
            }
            digits_end += inner + 2;
        }
        let span = Span::new(base + at, base + digits_end);
        if !extraction
            .mentions
            .iter()
            .any(|m| m.kind == MentionKind::Law && m.span.overlaps(span))
        {
            out.push((s[at..digits_end].to_string(), span));
        }
    }
    out
}

/// "What happened next after the hangings of December 2007?": a date inside the
/// month the question takes as its reference is that event, not the one asked.
fn within_reference_month(q: &Question, value: &dossier_model::TimeValue) -> bool {
    let lower = format!(" {} ", fold_word(&q.text));
    if ![" after ", " next ", " following ", " subsequent"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let Some(start) = value.start else {
        return false;
    };
    words.windows(2).any(|pair| {
        pair[1].parse::<i32>().ok() == Some(start.year)
            && dossier_model::month_number(pair[0]).is_some()
            && dossier_model::month_number(pair[0]) == start.month
    })
}

/// Whether the question writes these words itself (folded, whitespace-insensitive).
fn written_in_question(q: &Question, written: &str) -> bool {
    let norm = |s: &str| {
        fold_word(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let written = norm(written);
    written.chars().any(|c| c.is_ascii_digit()) && norm(&q.text).contains(&written)
}

/// Whether every word of `phrase` is a word of the question: a phrase the question
/// already says ("trafficking" for "What drug was he convicted of trafficking?").
fn says_already(q: &Question, phrase: &str) -> bool {
    let asked: HashSet<String> = fold_word(&q.text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let mut words = fold_word(phrase)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter()
        .peekable();
    // "What did the court substitute for the death sentence?": "the death penalty"
    // names the same thing as the question's "death sentence".
    const PENALTY_HEADS: [&str; 3] = ["penalty", "sentence", "punishment"];
    let asks_a_penalty = PENALTY_HEADS.iter().any(|h| asked.contains(*h));
    words.peek().is_some()
        && words
            .all(|w| asked.contains(&w) || (asks_a_penalty && PENALTY_HEADS.contains(&w.as_str())))
}

/// The question's words that name nothing (its act, its nouns).
fn unnamed_tokens(q: &Question) -> HashSet<&str> {
    q.tokens
        .iter()
        .filter(|(_, is_name)| !is_name)
        .map(|(t, _)| t.as_str())
        .collect()
}

/// Whether `said` denies that the question's act ever happened: "no execution by
/// firing squad was ever recorded" (a "no" right before a word of the question, an
/// "ever" within the six words after it) or "was never executed" ("never" within
/// three words before one). A name of the question is no act.
fn said_never_done(q: &Question, said: &str) -> bool {
    let asked = unnamed_tokens(q);
    let words: Vec<String> = said
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let of_question = |w: &str| tokens(w).iter().any(|(t, _)| asked.contains(t.as_str()));
    words.iter().enumerate().any(|(i, w)| {
        if !of_question(w) {
            return false;
        }
        let no_ever = i > 0
            && words[i - 1] == "no"
            && words[i + 1..words.len().min(i + 7)]
                .iter()
                .any(|x| x == "ever");
        let never = words[i.saturating_sub(3)..i].iter().any(|x| x == "never");
        no_ever || never
    })
}

/// Where a word of the question's act ends in `sentence` when, within the six words
/// after it, it has a day of its own that is no full date: "died of her injuries on
/// the 5th", "was released two days later", "died the following day".
fn act_with_own_day(q: &Question, text: &str, sentence: Span) -> Option<usize> {
    let asked = unnamed_tokens(q);
    let said = sentence.slice(text);
    // Every word with its end, stop words kept ("on the 5th").
    let mut found: Vec<(String, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in said
        .char_indices()
        .chain(std::iter::once((said.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                found.push((said[from..i].to_lowercase(), i));
                start = None;
            }
            _ => {}
        }
    }
    let words: Vec<String> = found.iter().map(|(w, _)| w.clone()).collect();
    let ordinal_day = |w: &str| {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[digits.len()..];
        matches!(suffix, "st" | "nd" | "rd" | "th")
            && digits.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
    };
    found.iter().enumerate().find_map(|(i, (word, end))| {
        if !word.chars().all(|c| c.is_ascii_alphabetic())
            || !tokens(word).iter().any(|(t, _)| asked.contains(t.as_str()))
        {
            return None;
        }
        // Only a past form names the act done ("died", "released"), not a noun.
        if !words[i].ends_with("ed") && !words[i].ends_with("ied") && words[i] != "died" {
            return None;
        }
        let next: Vec<&str> = words[i + 1..words.len().min(i + 7)]
            .iter()
            .map(String::as_str)
            .collect();
        let own = next
            .windows(3)
            .any(|w| w[0] == "on" && w[1] == "the" && ordinal_day(w[2]))
            && !next
                .windows(4)
                .any(|w| w[0] == "on" && w[1] == "the" && ordinal_day(w[2]) && w[3] == "of")
            || next
                .windows(2)
                .any(|w| matches!(w[0], "following" | "next") && matches!(w[1], "day" | "morning"))
            || next
                .windows(2)
                .any(|w| matches!(w[0], "days" | "weeks" | "months") && w[1] == "later");
        own.then_some(sentence.start as usize + end)
    })
}

/// Whether a name is one letter alone ("P", "T."): an initial, no one's name.
fn lone_initial(name: &str) -> bool {
    let letters = name.trim().trim_end_matches('.');
    letters.chars().count() == 1 && letters.chars().all(char::is_alphabetic)
}

/// Whether the question asks until when something lasted.
fn asks_until(q: &Question) -> bool {
    let lower = format!(" {} ", fold_word(&q.text));
    [" until when ", " till when ", " up to when "]
        .iter()
        .any(|cue| lower.contains(cue))
}

/// "Until when was X held?" asks for the end of a stay: when the sentence writes
/// a date after "until", "till" or "up to", a date not so written is not it.
fn until_trust(q: &Question, text: &str, sentence: Span, span: Span, dates: &[Span]) -> f32 {
    if !asks_until(q) {
        return 1.0;
    }
    const CUES: [&str; 4] = ["until", "till", "up to", "through"];
    let closes = |d: Span| {
        let from = sentence.start.max(d.start.saturating_sub(12)) as usize;
        let before = text[from..d.start as usize].to_lowercase();
        let before = before.trim_end();
        let written = d.slice(text).to_lowercase();
        CUES.iter()
            .any(|cue| before.ends_with(cue) || written.starts_with(&format!("{cue} ")))
    };
    if !dates.iter().any(|&d| closes(d)) || closes(span) {
        1.0
    } else {
        0.2
    }
}

/// The noun a bare year is written before, after an article or possessive ("the
/// 2015 assassination", "its 1997 coup"): the year dates that noun's act.
fn prenominal_noun(text: &str, span: Span) -> Option<String> {
    const ARTICLES: [&str; 7] = ["the", "a", "an", "its", "his", "her", "their"];
    let written = span.slice(text);
    if written.len() != 4 || !written.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let before = text[..span.start as usize].trim_end();
    let article = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .map(str::to_lowercase)?;
    if !ARTICLES.contains(&article.as_str()) {
        return None;
    }
    let after = &text[span.end as usize..];
    // "the 1995 sarin gas attack on ...": the compound up to its head, three words
    // at most, each lower case.
    let noun: String = after
        .strip_prefix(' ')?
        .split(' ')
        .take(3)
        .map(|w| {
            w.chars()
                .take_while(|c| c.is_alphabetic() || *c == '-')
                .collect::<String>()
        })
        .take_while(|w| {
            w.len() > 2
                && w.chars().next().is_some_and(char::is_lowercase)
                && !NOUN_PHRASE_ENDS.contains(&w.as_str())
        })
        .collect::<Vec<_>>()
        .join(" ");
    // "the 2005 Anti-Terrorism Law": the year of a law's name is its enactment's.
    let name: Vec<&str> = after
        .split_whitespace()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .take(6)
        .collect();
    if name
        .last()
        .is_some_and(|w| LAW_NAME_HEADS.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic())))
    {
        return Some("enacted law".to_string());
    }
    (noun.len() > 2 && noun.chars().next().is_some_and(char::is_lowercase))
        .then(|| noun.to_lowercase())
}

/// Words that end a compound noun before them ("the 2015 assassination of ...").
const NOUN_PHRASE_ENDS: &[&str] = &[
    "of", "on", "in", "at", "for", "by", "with", "and", "that", "which", "who", "was", "were",
    "had", "has", "from", "into", "against",
];

/// The last word of a law's name written with capitals.
const LAW_NAME_HEADS: &[&str] = &[
    "Law",
    "Act",
    "Code",
    "Decree",
    "Ordinance",
    "Proclamation",
    "Constitution",
];

/// Whether the question asks where something happened.
fn asks_where(q: &Question) -> bool {
    let lower = format!(" {} ", fold_word(&q.text));
    lower.contains(" where ")
}

/// Whether a preposition of place stands within two words before `span` in the
/// sentence ("in Lusaka", "at the Nusakambangan prison", "near Minsk").
fn after_preposition(text: &str, sentence: Span, span: Span) -> bool {
    let from = sentence.start.max(span.start.saturating_sub(40)) as usize;
    let Some(before) = text.get(from..span.start as usize) else {
        return false;
    };
    before
        .to_lowercase()
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| {
            matches!(
                w,
                "in" | "at"
                    | "on"
                    | "near"
                    | "off"
                    | "outside"
                    | "inside"
                    | "into"
                    | "to"
                    | "from"
                    | "across"
                    | "throughout"
            )
        })
}

/// Whether the question asks since when something holds.
fn asks_since(q: &Question) -> bool {
    let lower = format!(" {} ", fold_word(&q.text));
    lower.contains(" since when ") || lower.contains(" how long since ")
}

/// "No execution has been carried out in Korea since December 30, 1997": a date
/// opened by "since" in a denied clause tells when something last happened. It
/// answers a question of the last time or of "since when", not "When was X
/// executed?" nor another act ("When will Ghana hold a referendum?").
fn denied_since(q: &Question, text: &str, c: &Candidate) -> bool {
    if q.kind != AnswerKind::Date || !c.value.ends_with('/') {
        return false;
    }
    let asked = format!(" {} ", fold_word(&q.text));
    if [
        " last ",
        " since ",
        " latest ",
        " most recent ",
        " previous ",
    ]
    .iter()
    .any(|w| asked.contains(w))
    {
        return false;
    }
    let (Some(before), Some(own)) = (
        text.get(c.evidence.start as usize..c.span.start as usize),
        text.get(c.span.start as usize..c.span.end as usize),
    ) else {
        return false;
    };
    let before = format!(" {}", fold_word(before));
    let since = fold_word(own).starts_with("since") || before.trim_end().ends_with(" since");
    since
        && [" no ", " not ", "n't ", " never ", " none "]
            .iter()
            .any(|w| before.contains(w))
}

/// "When did the Region last carry out an execution?" is not answered by "has
/// maintained a moratorium on executions since 2008": a moratorium's start is no
/// last execution (it may come years after one, and be broken), and the sentence's
/// other dates ("where he lived from 2016") are others'. Any date of a sentence that
/// holds a moratorium "since" a time, for a question of the last act that asks of no
/// moratorium.
fn moratorium_since(q: &Question, text: &str, c: &Candidate) -> bool {
    static SINCE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"moratori[a-z]*[^.;,]{0,80}\bsince\b").expect("valid regex")
    });
    if q.kind != AnswerKind::Date {
        return false;
    }
    let asked = format!(" {} ", fold_word(&q.text));
    if asked.contains("moratori")
        || ![" last ", " latest ", " most recent "]
            .iter()
            .any(|w| asked.contains(w))
    {
        return false;
    }
    // A sentence that says the last act itself ("... since 2018; the last execution
    // was on 24 May 2017") keeps its other dates: only the one after "since" goes.
    let Some(said) = text.get(c.evidence.start as usize..c.evidence.end as usize) else {
        return false;
    };
    let folded = format!(" {} ", fold_word(said));
    if !SINCE.is_match(&folded) {
        return false;
    }
    if !folded.contains(" last ") {
        return true;
    }
    let before = text
        .get(c.evidence.start as usize..c.span.start as usize)
        .map(fold_word)
        .unwrap_or_default();
    fold_word(c.span.slice(text)).starts_with("since") || before.trim_end().ends_with(" since")
}

/// "When was X executed?" is not answered by "the country executed at least 834
/// people in 2023": a clause that counts people, in a sentence that does not name
/// the asked person, dates the many, not the one; a count in words ("when four men
/// ... were hanged") as much as in figures.
fn counts_people_not_named(q: &Question, ctx: &DocCtx, clause: Span, sentence: Span) -> bool {
    static COUNT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(\d[\d,]*|[a-z]+)\s+(?:people|persons|prisoners|men|women|individuals|inmates|detainees|convicts)\b",
        )
        .expect("valid count pattern")
    });
    if q.kind != AnswerKind::Date {
        return false;
    }
    let (people, asked) = people_and_asked(q, ctx);
    if asked.is_empty() {
        return false;
    }
    let named_here = people
        .iter()
        .any(|m| sentence.overlaps(m.span) && asked.iter().any(|n| same_person(n, &m.name)));
    let said = clause.slice(&ctx.document.text);
    // A count in words is the asked act's only when that act's verb is done to it
    // ("when four men ... were hanged", "executed two men"), not a crime's victims
    // ("setting fire to a bar, killing seven people").
    let done_to = |before: &str, after: &str| {
        let done = |w: &str| {
            let w = fold_word(w);
            (w.ends_with("ed") || w == "hung" || w == "shot")
                && EVENT_CUES
                    .iter()
                    .filter(|(kind, _)| q.event_kinds.contains(kind))
                    .flat_map(|(_, cues)| cues.iter())
                    .any(|cue| w.starts_with(cue.trim()))
        };
        before.split_whitespace().rev().take(3).any(done)
            || after.split_whitespace().take(10).any(done)
    };
    // "The two men were convicted ... and sentenced to death": a group the sentence
    // makes the subject of its passive, when it is not the asked people themselves
    // (a question on two named men).
    let group_subject = |n: u32, after: &str| {
        let after = after.trim_start().to_lowercase();
        ["were ", "have been ", "had been "]
            .iter()
            .any(|w| after.starts_with(w))
            && n as usize != asked.len()
    };
    !named_here
        && COUNT.captures_iter(said).any(|c| {
            let count = &c[1];
            let whole = c.get(0).expect("the whole match");
            count.starts_with(|d: char| d.is_ascii_digit())
                || dossier_extract::quantity::number_word(count).is_some_and(|n| {
                    n >= 2
                        && (done_to(&said[..whole.start()], &said[whole.end()..])
                            || group_subject(n, &said[whole.end()..]))
                })
        })
}

/// "When was the psychological evaluation dated?" is not answered by "By our order
/// dated 15.11.2022 we called for ... a psychological evaluation": a date written
/// "N dated D" is N's, and a question of when another noun was dated takes none of it.
fn dated_of_another(q: &Question, text: &str, span: Span) -> bool {
    if !format!(" {}", q.text.to_lowercase()).contains(" dated") {
        return false;
    }
    let Some(before) = text.get(..span.start as usize) else {
        return false;
    };
    let Some(rest) = before
        .trim_end()
        .strip_suffix("dated")
        .or_else(|| before.trim_end().strip_suffix("Dated"))
    else {
        return false;
    };
    let Some(noun) = rest.split_whitespace().last() else {
        return false;
    };
    let asked: HashSet<String> = tokens(&q.text).into_iter().map(|(t, _)| t).collect();
    // "the judgment of the High Court dated ...": the owner's phrase runs back over
    // "of"/"from" to its head, which the question may name.
    let phrase: Vec<&str> = rest
        .rsplit(['.', ',', ';', ':', '(', ')'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(6)
        .collect();
    if phrase
        .iter()
        .any(|w| tokens(w).iter().any(|(t, _)| asked.contains(t)))
    {
        return false;
    }
    let owner = tokens(noun);
    !owner.is_empty() && owner.iter().all(|(t, _)| !asked.contains(t))
}

/// Whether sentence `idx` opens with a personal pronoun ("He was paroled in 2019")
/// and the sentence before it names a person the question does not ask about.
fn pronoun_of_another(q: &Question, ctx: &DocCtx, idx: usize) -> bool {
    let text = &ctx.document.text;
    let said = ctx.sentences[idx].slice(text).trim_start().to_lowercase();
    if !["he ", "she ", "his ", "her "]
        .iter()
        .any(|p| said.starts_with(p))
    {
        return false;
    }
    let Some(before) = idx.checked_sub(1).map(|i| ctx.sentences[i]) else {
        return false;
    };
    let other =
        |name: &str| tokens(name).len() >= 2 && !q.names.iter().any(|n| same_person(n, name));
    ctx.extraction
        .mentions
        .iter()
        .any(|m| m.kind == MentionKind::Person && before.contains(m.span) && other(&m.name))
        || unnamed_people(text, before, &ctx.extraction)
            .into_iter()
            .any(|(name, _)| other(&name))
}

/// The pieces of `span` that the original file holds whole (see
/// [`Engine::quote_as_written`]): a piece ends where the kept text skips bytes of
/// the original. The piece holding one of `hints`, else the longest; `span` itself
/// when nothing was skipped.
fn written_piece(document: &Document, span: Span, hints: &[String]) -> Span {
    let text = &document.text;
    let mut cuts: Vec<u32> = Vec::new();
    let segments = &document.offsets.segments;
    for pair in segments.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let joint = a.text + a.len;
        if joint <= span.start || joint >= span.end || b.text != joint {
            continue;
        }
        if b.original != a.original + a.len {
            cuts.push(joint);
        }
    }
    if cuts.is_empty() {
        return span;
    }
    let mut pieces: Vec<Span> = Vec::new();
    let mut from = span.start;
    for cut in cuts.into_iter().chain([span.end]) {
        let (lo, hi) = (from as usize, cut as usize);
        if text.is_char_boundary(lo) && text.is_char_boundary(hi) && lo < hi {
            let piece = &text[lo..hi];
            let lead = (piece.len() - piece.trim_start().len()) as u32;
            let trail = (piece.len() - piece.trim_end().len()) as u32;
            if !piece.trim().is_empty() {
                pieces.push(Span {
                    start: from + lead,
                    end: cut - trail,
                });
            }
        }
        from = cut;
    }
    let holds = |p: &Span| {
        let said = p.slice(text).to_lowercase();
        hints.iter().any(|h| said.contains(&h.to_lowercase()))
    };
    pieces
        .iter()
        .filter(|p| holds(p))
        .chain(pieces.iter())
        .max_by_key(|p| (holds(p), p.end - p.start))
        .copied()
        .unwrap_or(span)
}

/// "When was Dwayne Farrell arrested?" is not answered by "The appellant was arrested
/// four days later" where the judgment's appellant is Ashok Ramcharan: a clause that
/// names a party by its role, and not the asked person, tells of that party.
fn party_of_another(q: &Question, places: &[String], ctx: &DocCtx, clause: Span) -> bool {
    let asked: Vec<&String> = q
        .names
        .iter()
        .filter(|n| tokens(n).len() >= 2 && !places.contains(n))
        .collect();
    if asked.is_empty() || ctx.parties.is_empty() {
        return false;
    }
    let said = clause.slice(&ctx.document.text);
    let own: HashSet<String> = tokens(said).into_iter().map(|(t, _)| t).collect();
    if asked
        .iter()
        .any(|n| tokens(n).iter().any(|(t, _)| own.contains(t)))
    {
        return false;
    }
    let lower = format!(" {} ", documents::with_bare_roles(said).to_lowercase());
    let sentence = ctx
        .sentences
        .iter()
        .find(|s| s.contains(clause))
        .map_or(said, |s| s.slice(&ctx.document.text));
    let sentence = documents::with_bare_roles(sentence).to_lowercase();
    // After its paragraph number: "(4)", "[4]", "4.".
    let opening = sentence
        .trim_start()
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '(' | ')' | '[' | ']' | '.')
        })
        .trim_start();
    // The party must be the one the act is done to ("The appellant was arrested",
    // "the High Court convicted the Applicant of murder"), not its doer ("the
    // appellant killed the deceased").
    // The object of the question's own verb ("convicted the Applicant" for "When was
    // X convicted?"), not of any verb ("alleged the appellant killed").
    let asked_verb = acts::Acts::builtin().verb_act(&q.text, &q.names);
    let named = |role: &str| {
        let object = lower.match_indices(&format!(" the {role} ")).any(|(i, _)| {
            lower[..i]
                .rsplit(' ')
                .next()
                .is_some_and(|w| asked_verb.as_ref().is_some_and(|act| act.matches(w)))
        });
        // "(4) The defendant had left for Thailand ...; he was detained there": a
        // sentence that opens with the party tells of the party.
        object
            || opening.starts_with(&format!("the {role} "))
            || [" was ", " were ", " had been ", " has been ", "'s "]
                .iter()
                .any(|end| lower.contains(&format!(" the {role}{end}")))
    };
    // "... convicted the Applicant of armed robbery and sentenced him to death": the
    // asked verb's pronoun object stands for the party its sentence, or the one
    // before, names, when neither names the asked person.
    let window = preceding_text(ctx, clause);
    let window_words: HashSet<String> = tokens(&window).into_iter().map(|(t, _)| t).collect();
    let pronoun_for_party = pronoun_object(&lower, asked_verb.as_ref())
        && !asked
            .iter()
            .any(|n| tokens(n).iter().any(|(t, _)| window_words.contains(t)))
        && named_near(ctx, clause, &asked);
    let window = documents::with_bare_roles(&window).to_lowercase();
    let pronoun_of = |role: &str| pronoun_for_party && window.contains(&format!("the {role}"));
    // Co-appellants share a role: it tells of another only when none of its parties
    // is the asked person.
    ctx.parties.iter().any(|(role, _)| {
        (named(role) || pronoun_of(role))
            && !ctx
                .parties
                .iter()
                .filter(|(r, _)| r == role)
                .any(|(_, party)| asked.iter().any(|n| same_person(n, party)))
    })
}

/// Whether `lower` (a clause, spaced and lower-cased) has the asked verb with an
/// object pronoun after it ("sentenced him").
fn pronoun_object(lower: &str, asked_verb: Option<&acts::VerbAct>) -> bool {
    let Some(act) = asked_verb else {
        return false;
    };
    let words: Vec<&str> = lower.split_whitespace().collect();
    words
        .windows(2)
        .any(|w| act.matches(w[0]) && phrases::is_object_pronoun(w[1].trim_end_matches([',', '.'])))
}

/// Whether one of the `asked` names stands whole within three sentences of `clause`'s
/// ("His brother, Tshepo Molefhe, ... was acquitted"): someone the passage tells
/// apart from the party, not the party a document calls only by its role.
fn named_near(ctx: &DocCtx, clause: Span, asked: &[&String]) -> bool {
    let Some(at) = ctx.sentence_touching(clause, |s| s.contains(clause)) else {
        return false;
    };
    // A paragraph's number may stand as a sentence of its own ("[2]").
    let near = &ctx.sentences[at.saturating_sub(3)..(at + 4).min(ctx.sentences.len())];
    near.iter().any(|s| {
        let said = s.slice(&ctx.document.text).to_lowercase();
        asked.iter().any(|n| {
            // Whole: "Ali" is not inside "Alison" or "Mali".
            let n = n.to_lowercase();
            said.match_indices(&n).any(|(i, _)| {
                !said[..i].ends_with(char::is_alphanumeric)
                    && !said[i + n.len()..].starts_with(char::is_alphanumeric)
            })
        })
    })
}

/// The text of the sentence before `clause`'s and of its own up to the clause's end:
/// the span a pronoun in the clause looks back over.
fn preceding_text(ctx: &DocCtx, clause: Span) -> String {
    let at = ctx.sentence_touching(clause, |s| s.contains(clause));
    let start = at
        .and_then(|i| i.checked_sub(1))
        .map_or(clause.start, |i| ctx.sentences[i].start);
    let end = clause.end.max(start);
    ctx.document
        .text
        .get(start as usize..end as usize)
        .map_or_else(String::new, |t| format!(" {t} "))
}

/// A column table kept as lines ("Gambia      20 Sep 2017", "Côte d'Ivoire      3 Mar
/// 2015 a"): a value answers of the row it stands on, and, under a header of columns
/// ("Participant   Signature   Ratification, Accession(a)") whose one column the
/// question's verb names, of that column only. `Some(false)` when the value stands on
/// another row than the one the question names, or in another column than the asked
/// one; `Some(true)` when it stands in the asked row and column; else `None`.
fn table_cell(q: &Question, text: &str, evidence: Span, span: Span) -> Option<bool> {
    let passage = text.get(evidence.start as usize..evidence.end as usize)?;
    let mut lines: Vec<(usize, &str)> = vec![];
    let mut at = evidence.start as usize;
    for line in passage.split('\n') {
        lines.push((at, line));
        at += line.len() + 1;
    }
    let columns = |line: &str| -> Vec<(usize, String)> {
        let mut out = vec![];
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] == ' ' {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && !(chars[i] == ' ' && chars.get(i + 1) == Some(&' ')) {
                i += 1;
            }
            out.push((start, chars[start..i].iter().collect::<String>()));
        }
        out
    };
    if lines.len() < 4 || lines.iter().filter(|(_, l)| columns(l).len() >= 2).count() < 3 {
        return None;
    }
    let names: Vec<String> = q.names.iter().map(|n| fold_word(n)).collect();
    let row_names = |line: &str| {
        let folded = fold_word(line);
        names
            .iter()
            .any(|n| !n.is_empty() && folded.contains(n.as_str()))
    };
    if !lines.iter().any(|(_, l)| row_names(l)) {
        return None;
    }
    let start = span.start as usize;
    let row = lines
        .iter()
        .rposition(|&(line_start, _)| line_start <= start)?;
    let (row_start, row_line) = lines[row];
    if !row_names(row_line) {
        return Some(false);
    }
    // The header: the nearest line above of two columns or more and no digit.
    let header = lines[..row]
        .iter()
        .rev()
        .map(|(_, l)| columns(l))
        .find(|cols| {
            cols.len() >= 2
                && cols
                    .iter()
                    .all(|(_, c)| !c.chars().any(|ch| ch.is_ascii_digit()))
        })?;
    let words: Vec<String> = q
        .tokens
        .iter()
        .filter(|(t, name)| !*name && t.chars().count() >= 4)
        .map(|(t, _)| t.chars().take(4).collect())
        .collect();
    let asks = |column: &str| {
        fold_word(column)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words.iter().any(|p| w.starts_with(p.as_str())))
    };
    if !header.iter().any(|(_, c)| asks(c)) {
        return None;
    }
    let offset = text.get(row_start..start).map(|s| s.chars().count())?;
    let own = header
        .iter()
        .rev()
        .find(|(col, _)| *col <= offset + 2)
        .map(|(_, c)| c.as_str());
    // "18 Mar 2019 a" under "Ratification, Accession(a), Succession(d)": the mark
    // after the value names which of the column's acts it dates.
    let after = text.get(span.end as usize..row_start + row_line.len())?;
    let mark = after
        .split_whitespace()
        .next()
        .map(|m| m.trim_matches(|c| c == '(' || c == ')'))
        .filter(|m| m.len() == 1 && m.chars().all(|c| c.is_ascii_lowercase()));
    let above: String = lines[..row]
        .iter()
        .map(|(_, l)| *l)
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(mark) = mark {
        let marked = format!("({mark})");
        if let Some(word) = above
            .split_whitespace()
            .find(|w| w.trim_end_matches(',').ends_with(&marked))
        {
            return Some(asks(word.trim_end_matches(',').trim_end_matches(&marked)));
        }
    }
    Some(own.is_some_and(asks))
}

/// Which of a sentence's dates the question's words belong to: each word found in
/// the sentence goes to the nearest date, a ';' between them counting as far (a
/// ':' does not: "19 November 2009: the court extended ..." dates what follows); names weigh more. The share of the words each date owns (the shares sum to
/// 1 when any word is found). "A was sentenced on 5 May; the appeal was heard on 9
/// June": "When was the appeal heard?" owns 9 June.
/// Words after a bare "and" that open a second part of a sentence with a date of its
/// own ("... in 1987 and to the Bar of B in 1993").
const AND_PARTS: &[&str] = &[
    "to", "in", "at", "on", "from", "for", "by", "with", "before", "after",
];

fn date_owners(q: &Question, text: &str, sentence: Span, dates: &[Span]) -> Vec<f32> {
    let mut owned = vec![0.0f32; dates.len()];
    if dates.is_empty() {
        return owned;
    }
    let base = sentence.start as usize;
    let s = sentence.slice(text);
    let breaks: Vec<usize> = s
        .char_indices()
        .filter(|(_, c)| *c == ';')
        .map(|(i, _)| base + i)
        .collect();
    // ", and" / ", but" join clauses with their own dates ("X to Sudan in July,
    // and Y to Canada in September"): crossing one costs less than a ';'.
    // A short ", but did not ratify," is an aside inside one clause, not a break.
    let soft_breaks: Vec<usize> = [", and ", ", but ", ", while "]
        .iter()
        .flat_map(|cue| {
            s.match_indices(cue)
                .filter(|(i, cue)| {
                    let rest = &s[i + cue.len()..];
                    let verb_first = rest.chars().next().is_some_and(|c| c.is_lowercase());
                    !(verb_first
                        && rest
                            .find(',')
                            .is_some_and(|end| rest[..end].split_whitespace().count() <= 4))
                })
                .map(|(i, _)| base + i)
        })
        // "called to the Bar of A in 1987 and to the Bar of B in 1993", "interviewed
        // him on 2 May and declined his claim on 9 June": a bare "and" right after a
        // date, before a preposition or a past verb, joins two dated parts as well
        // ("convicted and sentenced X" is one part).
        .chain(s.match_indices(" and ").filter_map(|(i, cue)| {
            let after_date = dates
                .iter()
                .any(|d| d.end as usize <= base + i && d.end as usize + 2 >= base + i);
            if s[..i].ends_with(',') || !after_date {
                return None;
            }
            let next = s[i + cue.len()..].split_whitespace().next()?;
            let next = next.to_lowercase();
            let joined =
                AND_PARTS.contains(&next.as_str()) || (next.len() > 4 && next.ends_with("ed"));
            joined.then_some(base + i)
        }))
        .collect();
    let asides = asides(s, base);
    let weight: HashMap<&str, f32> = q
        .tokens
        .iter()
        .map(|(t, is_name)| (t.as_str(), if *is_name { 1.5 } else { 1.0 }))
        .collect();
    for (token, range) in tokens(s) {
        // "began in September" owns its date for "when did ... begin".
        let Some(w) = weight.get(token.as_str()).copied().or_else(|| {
            synonyms_of(&token)
                .iter()
                .find_map(|t| weight.get(t.as_str()))
                .map(|w| w * SYNONYM_WEIGHT)
        }) else {
            continue;
        };
        let at = base + range.start;
        if dates
            .iter()
            .any(|d| (d.start as usize..d.end as usize).contains(&at))
        {
            continue;
        }
        let distance = |d: &Span| {
            let (lo, hi) = if at < d.start as usize {
                (at, d.start as usize)
            } else {
                (d.end as usize, at)
            };
            let crossed = breaks.iter().filter(|&&b| lo <= b && b < hi).count();
            let soft = soft_breaks.iter().filter(|&&b| lo <= b && b < hi).count();
            // A date inside an aside ("X, the only man to reach the square on 11
            // March, was released on 8 August") is not the date of words outside it.
            let aside = asides
                .iter()
                .any(|a| a.contains(&(d.start as usize)) && !a.contains(&at));
            (hi - lo) + 400 * crossed + 100 * soft + if aside { 400 } else { 0 }
        };
        if let Some(nearest) = (0..dates.len()).min_by_key(|&i| distance(&dates[i])) {
            owned[nearest] += w;
        }
    }
    let total: f32 = owned.iter().sum();
    if total > 0.0 {
        for o in &mut owned {
            *o /= total;
        }
    }
    owned
}

/// "... there would be a violation of Article 2 if the applicant were extradited":
/// when the question's own words (not its names) stand in the sentence only inside a
/// condition, the sentence's dates date something else (here, the judgment).
fn asked_only_in_condition(q: &Question, text: &str, sentence: Span) -> bool {
    let s = sentence.slice(text);
    let lower = s.to_ascii_lowercase();
    let conditions: Vec<std::ops::Range<usize>> = CONDITION_CUES
        .iter()
        .flat_map(|cue| lower.match_indices(cue).map(|(i, _)| i))
        .map(|from| {
            let end = lower[from + 1..]
                .find([',', ';', '.', ':'])
                .map_or(lower.len(), |k| from + 1 + k);
            from..end
        })
        .collect();
    if conditions.is_empty() {
        return false;
    }
    let mut seen = false;
    for (token, range) in tokens(s) {
        let asked = q
            .tokens
            .iter()
            .any(|(t, is_name)| !is_name && *t == token && !q.focus.contains(t));
        if asked {
            if !conditions.iter().any(|c| c.contains(&range.start)) {
                return false;
            }
            seen = true;
        }
    }
    seen
}

/// Words opening a condition (the clause runs to the next comma or stop).
const CONDITION_CUES: [&str; 3] = [" if ", " unless ", " in the event that "];

/// Comma-bracketed asides of a sentence `s` starting at byte `base`: a relative
/// clause or an apposition (", who had been held since May,", ", the only man to
/// ...,"), as byte ranges of the text.
fn asides(s: &str, base: usize) -> Vec<std::ops::Range<usize>> {
    const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "where"];
    const APPOSITIONS: &[&str] = &["the", "a", "an", "aged", "then", "formerly"];
    let mut out = Vec::new();
    for (at, _) in s.match_indices(", ") {
        let rest = &s[at + 2..];
        let first = rest.split_whitespace().next().unwrap_or("");
        // An apposition follows a name ("Khaled al-Johani, the only man ..."); after
        // an opening phrase ("In November 2011, the court ...") the main clause starts.
        let after_name = s[..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.chars().any(char::is_uppercase));
        let opens_aside =
            RELATIVES.contains(&first) || (APPOSITIONS.contains(&first) && after_name);
        if !opens_aside {
            continue;
        }
        if let Some(end) = rest.find(',') {
            out.push(base + at..base + at + 2 + end);
        }
    }
    out.extend(reduced_relatives(s, base));
    out
}

/// Participle phrases that qualify the subject ("nine men convicted of murdering an
/// editor in 2006 were hanged"), ended by the main clause's auxiliary: the date
/// inside is the participle's, not the main verb's.
fn reduced_relatives(s: &str, base: usize) -> Vec<std::ops::Range<usize>> {
    const BEFORE_NOT: &[&str] = &[
        "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "who", "which",
        "that", "and", "or", "not", "also", "later", "then",
    ];
    const LINKS: &[&str] = &[
        "of", "in", "for", "with", "by", "on", "at", "to", "over", "under",
    ];
    const MAIN: &[&str] = &[" were ", " was ", " had been ", " have been ", " has been "];
    const INSIDE_NOT: &[&str] = &["who", "which", "that", "whom", "whose", "and"];
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let mut out = Vec::new();
    for k in 1..words.len().saturating_sub(1) {
        let (at, w) = words[k];
        let prev = words[k - 1].1;
        let next = words[k + 1].1;
        let participle = w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase);
        if !participle
            || !LINKS.contains(&next)
            || prev.ends_with([',', ';', ':'])
            || BEFORE_NOT.contains(&prev.to_lowercase().as_str())
        {
            continue;
        }
        let rest = &s[at..];
        let Some(end) = MAIN.iter().filter_map(|m| rest.find(m)).min() else {
            continue;
        };
        let inside = &rest[..end];
        if inside.contains([',', ';', '(', ')'])
            || inside.split(' ').count() > 12
            || inside.split(' ').any(|x| INSIDE_NOT.contains(&x))
        {
            continue;
        }
        out.push(base + at..base + at + end);
    }
    out
}

/// "signed a decree abolishing the death penalty from 1 January 2008": a date after
/// "from", "as of" or "effective" is when something takes effect, not the day of
/// the act; it answers a question about the act less well, unless the question asks
/// when it took effect.
fn effect_trust(q: &Question, text: &str, sentence: Span, span: Span) -> f32 {
    const EFFECT_CUES: &[&str] = &["from", "as of", "effective", "with effect from", "starting"];
    const EFFECT_ASKED: &[&str] = &[" effect", " force", " from ", " as of ", " start", " took"];
    // "When did the code come into force?" of "A code adopted in December 2015 ...;
    // it came into force on 1 July 2017": the date after the words of taking effect.
    const EFFECT_WORDS: &[&str] = &[
        "into force",
        "into effect",
        "took effect",
        "takes effect",
        "in force",
    ];
    let asked = format!(" {} ", fold_word(&q.text));
    if EFFECT_WORDS.iter().any(|c| asked.contains(c)) {
        let lower = sentence.slice(text).to_lowercase();
        let at = (span.start - sentence.start) as usize;
        let said = EFFECT_WORDS.iter().any(|w| lower.contains(w));
        let after_words = lower.get(..at).is_some_and(|before| {
            let tail = &before[before.floor_char_boundary(before.len().saturating_sub(30))..];
            EFFECT_WORDS.iter().any(|w| tail.contains(w))
        });
        return if said && !after_words && lower.len() == sentence.slice(text).len() {
            NOT_EFFECT_DATE_TRUST
        } else {
            1.0
        };
    }
    if EFFECT_ASKED.iter().any(|c| asked.contains(c)) {
        return 1.0;
    }
    let start = (sentence.start as usize).max((span.start as usize).saturating_sub(24));
    let start = text.floor_char_boundary(start);
    let before = fold_word(&text[start..span.start as usize]);
    let before = before.trim_end();
    if EFFECT_CUES
        .iter()
        .any(|c| before.ends_with(&format!(" {c}")) || before == *c)
    {
        EFFECT_DATE_TRUST
    } else {
        1.0
    }
}

/// "The Bill will now be presented for Royal Assent": the document's present, which
/// dates no act.
const DEICTIC_PRESENT: &[&str] = &["now", "currently", "at present", "at the moment"];

/// "convicted him under the 2005 Anti-Terrorism Law", "Act 2023": a year that is part
/// of a document's name dates the document, not the sentence's act, unless the
/// question asks about that document (its noun is among the question's words).
fn year_names_document(q: &Question, text: &str, sentence: Span, span: Span) -> bool {
    let written = span.slice(text);
    if written.len() != 4 || !written.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let rules = dossier_extract::time::TimeRules::english();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_string()
    };
    let mut noun = None;
    // "the 2009 Military Commissions Act": up to four capitalised words to the noun.
    for raw in text[span.end as usize..sentence.end as usize]
        .split_whitespace()
        .take(5)
    {
        let word = bare(raw);
        if !capitalised(&word) {
            break;
        }
        if rules.is_name_noun(&word) {
            noun = Some(word);
            break;
        }
        if raw.ends_with([',', ';', ':', '.', ')']) {
            break;
        }
    }
    // "Act 2023", "Resolution 2005".
    if noun.is_none() {
        noun = text[sentence.start as usize..span.start as usize]
            .split_whitespace()
            .next_back()
            .filter(|raw| !raw.ends_with([',', ';', ':', '.', ')']))
            .map(bare)
            .filter(|w| capitalised(w) && rules.is_name_noun(w));
    }
    let Some(noun) = noun else {
        return false;
    };
    let asked: HashSet<&str> = q.tokens.iter().map(|(t, _)| t.as_str()).collect();
    !tokens(&noun)
        .iter()
        .any(|(t, _)| asked.contains(t.as_str()))
}

/// "executed the alleged victim despite the request for interim measures issued on 16
/// June 2017", "in a case registered vide FIR No. 219 dated 11.06.2012", "since Mohamed v
/// President, decided in 2001,": a date after a participle that qualifies a noun
/// (`document_date_participles`), or after "of" behind a noun of a document ("a letter
/// of 5 May"), dates that noun, a document or a step of its own. It answers no
/// question that names neither the noun nor the participle. A noun that carries an
/// act keeps the date ("a decree issued on 1 August abolished ...", "by the judgment
/// dated ... he was convicted") unless the act went against it ("despite a stay order
/// issued on ..."), and so does a dated means of the act ("By a notification dated D,
/// the State denounced") or a case the clause opens with ("In X v Y, decided on D, the
/// Court held"). A participle after an auxiliary or a pronoun, or followed past the
/// date by an object or an infinitive, is the finite verb ("was filed on", "The
/// Governor decided on D to commute").
fn dates_a_document(q: &Question, text: &str, sentence: Span, span: Span) -> bool {
    let dating = phrases::document_dating();
    let listed = |list: &[String], w: &str| list.iter().any(|x| x == w);
    let Some(before) = text.get(sentence.start as usize..span.start as usize) else {
        return false;
    };
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let mut words = before.split_whitespace().rev();
    let Some(first) = words.next().map(bare) else {
        return false;
    };
    // The preposition stands outside the date's span ("issued on | 16 June 2017") or
    // inside it ("issued | on 16 June 2017"); "dated" takes none.
    let written = fold_word(span.slice(text));
    let (link, word) = if matches!(first.as_str(), "on" | "in" | "of") {
        let Some(word) = words.next().map(bare) else {
            return false;
        };
        (Some(first), word)
    } else {
        let link = ["on", "in", "of"]
            .into_iter()
            .find(|p| written.starts_with(&format!("{p} ")))
            .map(str::to_string);
        (link, first)
    };
    let (noun, participle) = if listed(dating.participles, &word) {
        // "The Governor decided on 3 May to commute", "received on 2 May a pardon":
        // a verb that takes an object or an infinitive after the date is finite.
        let after = text
            .get(span.end as usize..sentence.end as usize)
            .and_then(|rest| rest.split_whitespace().next())
            .map(bare)
            .unwrap_or_default();
        if word != "dated" && listed(dating.objects_after, &after) {
            return false;
        }
        // The noun before the participle, past a number ("FIR No. 219 dated").
        let mut noun_raw = None;
        for w in words.by_ref() {
            let b = bare(w);
            if b.is_empty() || b.chars().all(|c| c.is_ascii_digit()) || b == "no" || b == "nos" {
                continue;
            }
            noun_raw = Some(w);
            break;
        }
        let Some(noun_raw) = noun_raw else {
            return false;
        };
        let noun = bare(noun_raw);
        if listed(dating.finite_before, &noun) {
            return false;
        }
        let rest: Vec<String> = words.take(12).map(bare).collect();
        // ", decided in 2001,": an apposition to a case's name ("X v Y"). "In X v Y,
        // decided on D, the Court held ...": the case is the act, on its day.
        if noun_raw.ends_with(',') {
            let Some(v) = rest
                .iter()
                .position(|w| w == "v" || w == "vs" || w == "versus")
            else {
                return false;
            };
            if rest[v + 1..]
                .iter()
                .take(6)
                .any(|w| listed(dating.instruments, w) || w == "in")
            {
                return false;
            }
            (vec![String::from("case")], Some(word))
        } else {
            // "the stay of execution issued on": the phrase's head is the noun before
            // "of" or "for", with up to two modifiers between ("for interim
            // measures"); any other word ends the phrase ("in case No. 77 dated").
            let of = rest
                .iter()
                .take(3)
                .position(|w| listed(dating.stops, w))
                .filter(|&k| rest[k] == "of" || rest[k] == "for");
            let head = of.and_then(|i| rest.get(i + 1)).cloned();
            let before_head: Vec<&String> = rest
                .iter()
                .skip(of.map_or(0, |i| i + 2))
                .filter(|w| !listed(dating.determiners, w))
                .take(3)
                .collect();
            // "By a notification dated 8 November 2022, the State party denounced":
            // the act is done by the dated document, on its day.
            if before_head
                .first()
                .is_some_and(|w| listed(dating.instruments, w))
            {
                return false;
            }
            let nouns: Vec<String> = head.into_iter().chain([noun]).collect();
            // "despite a stay order issued on D": a carrier the act went against
            // carries nothing of it.
            let against = before_head.iter().any(|w| listed(dating.against, w));
            let carrier = nouns.iter().any(|n| listed(dating.carriers, n));
            // "directed against the judgment dated D ..., thereby confirming the
            // sentence": the appeal goes against the judgment, whose own act is the
            // asked one.
            if carrier && (!against || carries_asked_act(q, text, sentence, span)) {
                return false;
            }
            (nouns, Some(word))
        }
    } else if link.as_deref() == Some("of") && listed(dating.nouns, &word) {
        (vec![word], None)
    } else {
        return false;
    };
    if participle.is_none() && noun.iter().any(|n| listed(dating.carriers, n)) {
        return false;
    }
    let asked: HashSet<&str> = q.tokens.iter().map(|(t, _)| t.as_str()).collect();
    let named = |w: &str| {
        tokens(w).iter().any(|(t, _)| {
            asked.contains(t.as_str()) || synonyms_of(t).iter().any(|s| asked.contains(s.as_str()))
        })
    };
    // The phrase's head (its first noun) is what the date dates, unless the sentence
    // tells the asked act as the dated thing's own ("the judgment of the High Court
    // dated D confirming the sentence").
    !named(&noun[0])
        && !participle.as_deref().is_some_and(named)
        && !carries_asked_act(q, text, sentence, span)
}

/// Whether the sentence goes on, after the date at `span`, to tell the dated
/// document's own act as the question's verb ("dated D confirming the sentence",
/// "..., thereby confirming the sentence", "..., which confirmed it"): a participle
/// right after the date or after "thereby" or a comma, or a verb after "which".
fn carries_asked_act(q: &Question, text: &str, sentence: Span, span: Span) -> bool {
    let Some(after) = text.get(span.end as usize..sentence.end as usize) else {
        return false;
    };
    let words: Vec<&str> = after.split_whitespace().collect();
    let asked: Vec<&str> = q
        .tokens
        .iter()
        .filter(|(t, is_name)| !is_name && t.len() >= 5)
        .map(|(t, _)| t.as_str())
        .collect();
    let asked_word = |w: &str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        asked.iter().any(|t| w.starts_with(t)).then_some(w)
    };
    if words
        .first()
        .and_then(|w| asked_word(w))
        .is_some_and(|w| w.ends_with("ing"))
    {
        return true;
    }
    words.windows(2).any(|pair| {
        let lead = pair[0].to_lowercase();
        let word = pair[1]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let participle = (lead == "thereby" || lead.ends_with(',')) && word.ends_with("ing");
        let relative = lead == "which" && word.ends_with("ed");
        (participle || relative) && asked.iter().any(|t| word.starts_with(t))
    })
}

/// "When did the National Assembly pass the bill?" is not answered by "The Bill will
/// be tabled when it meets in November" in a release of September: what a question
/// asks as done happened by the document's date (its update's, if later), so a date
/// read forward from it ("in November", "next year" placed after the publication
/// date by the sentence's tense) is a plan or a forecast. A date written in full is
/// left alone: a date read from the text as the publication date may be another.
fn after_publication(
    q: &Question,
    ctx: &DocCtx,
    span: Span,
    value: &dossier_model::TimeValue,
) -> bool {
    let asked = format!(" {} ", fold_word(&q.text));
    let past = [" did ", " was ", " were ", " had "]
        .iter()
        .any(|w| asked.contains(w));
    if !past || asked.contains(" to be ") || phrases::asks_about_a_plan(&asked) {
        return false;
    }
    let from_publication = ctx
        .extraction
        .times
        .iter()
        .any(|t| t.span == span && t.anchor == Some(dossier_model::Anchor::Published));
    if !from_publication {
        return false;
    }
    let meta = &ctx.document.meta;
    let Some(latest) = [&meta.published, &meta.updated]
        .into_iter()
        .flatten()
        .map(|f| f.value.as_str())
        .max()
    else {
        return false;
    };
    let Some(start) = value.start else {
        return false;
    };
    let start = dossier_model::TimeValue::point(start).iso();
    let start = start.trim_end_matches('/');
    latest.get(..start.len()).is_some_and(|known| start > known)
}

/// Whether the question's subject is one person it describes ("When was the juvenile
/// offender executed?", "When did a man ..."): "when was/did", an article, and a
/// singular noun of a person among the next two words.
fn asks_about_one(q: &Question) -> bool {
    const PLURALS: &[&str] = &["men", "women", "people", "children"];
    let asked = fold_word(&q.text);
    let words: Vec<&str> = asked.split_whitespace().collect();
    matches!(
        words.as_slice(),
        ["when", "was" | "did", "the" | "a" | "an", ..]
    ) && words
        .iter()
        .skip(3)
        .take(2)
        .any(|n| !n.ends_with('s') && !PLURALS.contains(n) && phrases::is_person_noun(n))
}

/// Kinds of act a date question cannot take one for another: each group is one act
/// (a sentence and the conviction it follows from are one; an arrest is another).
const DISTINCT_ACTS: &[&[EventKind]] = &[
    &[EventKind::Arrest],
    &[
        EventKind::Conviction,
        EventKind::DeathSentence,
        EventKind::Trial,
    ],
    &[EventKind::Execution],
    &[
        EventKind::Commutation,
        EventKind::PardonRelease,
        EventKind::Amnesty,
    ],
    &[EventKind::TreatySignature],
    &[EventKind::TreatyRatification],
    &[EventKind::DeathInCustody],
];

fn act_of(kind: EventKind) -> Option<usize> {
    DISTINCT_ACTS.iter().position(|group| group.contains(&kind))
}

/// "... the Covenant (ICCPR), ratified by Jordan on 28 May 1975, and ...", for "When
/// did the King ratify the death sentence of Faris Haddad?": a date in a participle
/// aside set off by a comma after a name ("X, ratified ...", "Mr. Y, convicted on ...")
/// dates that name's act. A question about a named person's act is answered by it
/// only when the question names that name too.
fn participle_of_another_name(q: &Question, text: &str, sentence: Span, span: Span) -> bool {
    let about_someone = q.names.iter().any(|n| {
        let words: Vec<&str> = n.split_whitespace().collect();
        words.len() >= 2
            && !is_state(n)
            && words
                .last()
                .is_some_and(|w| !INSTITUTION_HEADS.contains(&fold_word(w).as_str()))
    });
    if !about_someone || !sentence.contains(span) {
        return false;
    }
    let s = sentence.slice(text);
    let at = (span.start - sentence.start) as usize;
    let Some(open) = s[..at].rfind(',') else {
        return false;
    };
    let aside = &s[open + 1..at];
    if !aside.starts_with(char::is_whitespace) || aside.contains([';', '(', ')']) {
        return false;
    }
    // The aside closes with a comma after its date: "X, which replaces Y, received
    // the assent on 25 December 2023 and came into force ..." is the sentence's own verb.
    let closed = s
        .get((span.end - sentence.start) as usize..)
        .is_some_and(|rest| rest.trim_start().starts_with(','));
    if !closed {
        return false;
    }
    let first = aside.split_whitespace().next().unwrap_or("");
    if !(first.len() > 4 && first.ends_with("ed") && first.chars().all(|c| c.is_lowercase())) {
        return false;
    }
    // The name before the comma: its last word capitalised, or an acronym in brackets.
    let head = s[..open].trim_end();
    let head = head
        .strip_suffix(')')
        .and_then(|h| h.rfind('(').map(|k| &h[k + 1..]))
        .unwrap_or(head);
    let last = head
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    if !last.starts_with(char::is_uppercase) {
        return false;
    }
    let name: Vec<&str> = s[..open]
        .split_whitespace()
        .rev()
        .take(8)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        // A case's citation stands between its name and the aside ("Nervais v The
        // Queen [2018] CCJ 19 (AJ), decided on ..."): numbers do not end the name.
        .take_while(|w| {
            !w.is_empty()
                && (w.starts_with(char::is_uppercase)
                    || w.len() <= 3
                    || w.chars().all(|c| c.is_ascii_digit()))
        })
        .filter(|w| w.starts_with(char::is_uppercase))
        .collect();
    let asked: HashSet<&str> = q.tokens.iter().map(|(t, _)| t.as_str()).collect();
    !name.is_empty()
        && !name
            .iter()
            .flat_map(|w| tokens(w))
            .any(|(t, _)| asked.contains(t.as_str()))
        && !tokens(last).iter().any(|(t, _)| asked.contains(t.as_str()))
}

/// "Andrei Zhuk, who was sentenced to death in January 2021, has been executed", for
/// "When was he executed?": a date the extraction gives an act of another kind in the
/// sentence, and no act of the asked kind, is that act's date. Only when every kind
/// the question asks for is a distinct act (see [`DISTINCT_ACTS`]).
fn dates_another_act(q: &Question, events: &[&dossier_model::Event], span: Span) -> bool {
    let asked: Vec<Option<usize>> = q.event_kinds.iter().map(|k| act_of(*k)).collect();
    if asked.is_empty() || asked.iter().any(Option::is_none) {
        return false;
    }
    let dating: Vec<&&dossier_model::Event> = events
        .iter()
        .filter(|e| e.date_span.is_some_and(|d| d.overlaps(span)))
        .collect();
    // "convicted ... of the killing of a police officer in a bomb attack in April
    // 2019": a crime's date is no act of the justice asked about either.
    !dating.iter().any(|e| q.event_kinds.contains(&e.kind))
        && dating.iter().any(|e| {
            e.kind == EventKind::Attack || act_of(e.kind).is_some_and(|g| !asked.contains(&Some(g)))
        })
}

/// Whether the number at `span` numbers a section or a paragraph: it opens its line
/// and is written with a point between digits and no more ("7.2 Persons under
/// sentence of death", "3.1.4 Pavel ...").
fn section_number(text: &str, span: Span) -> bool {
    let start = span.start as usize;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if !text[line_start..start].trim().is_empty() {
        return false;
    }
    let after = &text[start..];
    let number: &str = after
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    let parts: Vec<&str> = number.split('.').collect();
    let numbered = parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()));
    numbered
        && after[number.len()..]
            .trim_start_matches('.')
            .trim_start()
            .starts_with(char::is_uppercase)
}

/// Whether `text` holds `word` (folded, lower case) as a whole word, in any case.
fn writes_word(text: &str, word: &str) -> bool {
    let words = text.split(|c: char| !c.is_alphanumeric());
    if word.is_ascii() {
        let mut words = words;
        return words
            .any(|w| w.eq_ignore_ascii_case(word) || (!w.is_ascii() && fold_word(w) == word));
    }
    let n = word.chars().count();
    let mut words = words;
    words.any(|w| w.chars().count() == n && fold_word(w) == word)
}

/// Whether `text` writes a capitalised word that opens with the (lower-case, folded)
/// stem `stem`: "Davis" for the stem of "Davies", a name spelt otherwise; "asked" for
/// the stem of "Aske" is no name.
fn writes_capitalised_prefix(text: &str, stem: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.starts_with(char::is_uppercase) && w.len() > stem.len() && fold_word(w).starts_with(stem)
    })
}

/// Whether the document never writes a person's name the question gives: a name of
/// two words or more that is no place and no institution ("Raghunath Patil", not
/// "Supreme Court") whose last word (or another spelling of it) the document does
/// not hold. Its answer would be about someone else ("His appeal ... was dismissed
/// by the Court of Appeal" in another man's case).
fn names_absent(q: &Question, places: &[String], not_people: &[String], ctx: &DocCtx) -> bool {
    let lower = q.text.to_lowercase();
    // A lone name counts only as the question's one name: "Which was decided first:
    // Muruatetu or Nervais?" is answered from two documents, one name in each.
    let sole = q.names.iter().filter(|n| !places.contains(n)).count() == 1;
    q.names.iter().any(|name| {
        let words: Vec<&str> = name.split_whitespace().collect();
        // "the Centre for Justice Studies' annual review": the tail of a longer
        // name after its connector is no person's.
        // The connector must follow a capitalised word of that longer name ("impose
        // on Joseph Lomayani" is a verb's object).
        let tail = lower.find(&name.to_lowercase()).is_some_and(|at| {
            let before = lower[..at].trim_end();
            [" for", " of", " on", " and", " against"].iter().any(|c| {
                before.strip_suffix(c).is_some_and(|head| {
                    q.text
                        .get(..head.len())
                        .and_then(|h| h.split_whitespace().last())
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
                })
            })
        });
        // One word ("Missouri", "Oregon") counts only when the lexicon knows it as
        // no place or demonym: "Iranian" stands for a document's "Iran".
        // The question's first word is no name ("Roughly how many ...").
        let lone = words.len() < 2;
        let opening = q.text.trim_start().starts_with(name.as_str());
        if (lone && (!sole || opening || !lone_name_must_stand(name)))
            || tail
            || places.contains(name)
            || not_people.contains(name)
            || words
                .iter()
                .any(|w| INSTITUTION_HEADS.contains(&fold_word(w).as_str()))
        {
            return false;
        }
        let Some((last, _)) = tokens(name).pop() else {
            return false;
        };
        // "Aske" is stemmed to "ask", which "asked" also gives: a surname the stem
        // changes must stand in the document as written.
        // Only a plain word of letters the stem cuts short ("Aske" to "ask"; not
        // "Min-seok", "al-Johani", "No.139/2014").
        let surface = words
            .last()
            .filter(|w| w.chars().all(char::is_alphabetic))
            .map(|w| fold_word(w))
            .unwrap_or_default();
        if !lone
            && surface.len() > last.len()
            && surface.starts_with(last.as_str())
            && !writes_word(&ctx.document.text, &surface)
            && !writes_capitalised_prefix(&ctx.document.text, &last)
        {
            return true;
        }
        if ctx.count_of(&last) > 0 {
            return false;
        }
        let held: HashSet<String> = ctx
            .token_counts
            .get()
            .map(|counts| counts.keys().cloned().collect())
            .unwrap_or_default();
        // A lone name may open a longer word of the document ("Kazakh", "Kazakhstan").
        let opens_longer = lone && held.iter().any(|t| t.starts_with(&last));
        !(near_spelling(&held, &last) || opens_longer)
    })
}

/// Whether a one-word name the question gives must stand in a document that answers
/// it: a capitalised word of five letters or more that the place lexicon knows neither
/// as a place, a variant nor a demonym ("When did Missouri abolish ...?" is not answered
/// from a page that never names Missouri).
fn lone_name_must_stand(name: &str) -> bool {
    let folded = fold_word(name);
    // Months and weekdays are times, no names ("by early September").
    let calendar = dossier_model::is_month_name(&folded) || dossier_model::is_weekday_word(&folded);
    // An acronym ("ICCPR") is often written out in full.
    if folded.chars().count() < 5
        || !name.chars().next().is_some_and(char::is_uppercase)
        || !folded.chars().all(char::is_alphabetic)
        || name.chars().all(|c| c.is_uppercase())
        || calendar
    {
        return false;
    }
    !PLACE_WORDS.known.contains(&folded)
}

/// The names of the people the sentence mentions.
fn people_in(ctx: &DocCtx, sentence: Span) -> Vec<&str> {
    ctx.extraction
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person && sentence.overlaps(m.span))
        .map(|m| m.name.as_str())
        .collect()
}

/// Whether the sentence names people of the surname of a person the question asks
/// about, none of them that person ("Sheikh Nimr al-Nimr" for "Ali al-Nimr"): it
/// tells of a relative.
fn names_only_a_relative(q: &Question, ctx: &DocCtx, sentence: Span) -> bool {
    let people = people_in(ctx, sentence);
    let last = |s: &str| tokens(s).into_iter().last().map(|(t, _)| t);
    q.names.iter().any(|name| {
        if tokens(name).len() < 2 {
            return false;
        }
        let kin: Vec<&&str> = people
            .iter()
            .filter(|p| last(p) == last(name) && tokens(p).len() > 1)
            .collect();
        !kin.is_empty() && kin.iter().all(|p| other_given_names(name, p))
    })
}

/// Adds a document's passages (up to [`NAMED_DOCUMENT_PASSAGES`]) to those read, each
/// once: a document the question names is read whole.
fn add_passages(passages: &mut Vec<(i64, Span, f32)>, key: i64, document: &Document) {
    for span in document.passages.iter().take(NAMED_DOCUMENT_PASSAGES) {
        if !passages.iter().any(|(k, p, _)| *k == key && p == span) {
            passages.push((key, *span, 0.0));
        }
    }
}

/// Acts done to one person: a sentence that states one of them of someone refers to
/// that someone.
const PERSONAL_ACTS: &[EventKind] = &[
    EventKind::DeathSentence,
    EventKind::Execution,
    EventKind::Arrest,
    EventKind::Conviction,
    EventKind::PardonRelease,
    EventKind::Commutation,
];

/// Words that refer to a person already named: personal pronouns and possessives.
/// "we" and "us" tell a witness's own account ("We were taken to Evin on 3 May
/// 2019"); "our" is mostly the publisher's ("by our count", "our monitoring").
const PERSON_REFERENCES: &[&str] = &[
    "he", "she", "him", "her", "his", "hers", "himself", "herself", "they", "them", "their", "i",
    "me", "my", "we", "us", "you", "your",
];

/// Whether a date question about a person's act ("When was Kerwin Lafeuille
/// sentenced to death?") would be answered by a sentence that refers to no one: not
/// the person's name, no pronoun, no noun of a person ("the appellant"), no person
/// named, and no definite mention of an act ("the execution", "his sentence").
/// "Since this Court held in 2001 that the mandatory death penalty was
/// unconstitutional, a sentence of death may only be imposed ..." speaks in general.
fn speaks_of_no_one(q: &Question, person_names: &[&String], ctx: &DocCtx, sentence: Span) -> bool {
    if q.kind != AnswerKind::Date || !q.event_kinds.iter().any(|k| PERSONAL_ACTS.contains(k)) {
        return false;
    }
    let people: Vec<&str> = ctx
        .extraction
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .map(|m| m.name.as_str())
        .collect();
    // "My brother Marcus Hollins": a name the tagger missed is still the document's
    // person when written out in full.
    let asked_person = person_names.iter().any(|n| {
        people.iter().any(|p| person_matches(n, p)) || ctx.document.text.contains(n.as_str())
    });
    if !asked_person || !people_in(ctx, sentence).is_empty() {
        return false;
    }
    let said = sentence.slice(&ctx.document.text);
    // A list item, a chronology row or a labelled field has no subject of its own
    // ("- Sentenced to death on 12 May 2010.", "Date of sentence: 12 May 2010"): the
    // list or the record it belongs to names whom it is about.
    let first = said.split_whitespace().next().unwrap_or("");
    let bulleted = first.starts_with(['-', '•', '*', '–', '—', '·']);
    let labelled = said[..said.floor_char_boundary(40)].contains(':');
    let participle =
        first.chars().next().is_some_and(char::is_uppercase) && fold_word(first).ends_with("ed");
    if bulleted || labelled || participle {
        return false;
    }
    let words: Vec<String> = said
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(fold_word)
        .collect();
    let own: HashSet<String> = tokens(said).into_iter().map(|(t, _)| t).collect();
    let named = q
        .names
        .iter()
        .flat_map(|n| tokens(n))
        .any(|(t, _)| own.contains(&t));
    let referred = words.iter().enumerate().any(|(i, w)| {
        PERSON_REFERENCES.contains(&w.as_str())
            // "All three were arrested on 25 February", "Both were released": the
            // group named before.
            || w == "both"
            || (w == "all"
                && words.get(i + 1).is_some_and(|n| {
                    n.chars().all(|c| c.is_ascii_digit())
                        || dossier_extract::quantity::number_word(n).is_some_and(|v| v >= 2)
                }))
            || phrases::is_person_noun(w)
            || phrases::is_person_noun(w.trim_end_matches('s'))
            // "Petitioner and Marcus were arrested": a judgment's party.
            || documents::is_party_role(w)
            // "the execution", "the last previous hanging": a definite act is
            // someone's; but "the last execution there took place in 1966" is a
            // place's record, no one's act.
            || (words[i.saturating_sub(3)..i].iter().any(|w| w == "the")
                && !(i > 0 && ["last", "first", "latest"].contains(&words[i - 1].as_str()))
                && EVENT_CUES.iter().any(|(kind, cues)| {
                    q.event_kinds.contains(kind)
                        && cues.iter().any(|c| !c.contains(' ') && w.starts_with(c))
                }))
    });
    if named || referred {
        return false;
    }
    // "Kerwin Lafeuille was tried in Castries. Sentence was passed on 12 May 2010.":
    // the sentence before names him.
    let before_names = ctx
        .sentence_touching(sentence, |s| s.overlaps(sentence))
        .and_then(|i| i.checked_sub(1))
        .is_some_and(|i| {
            let earlier: HashSet<String> = tokens(ctx.sentences[i].slice(&ctx.document.text))
                .into_iter()
                .map(|(t, _)| t)
                .collect();
            person_names.iter().any(|n| {
                tokens(n)
                    .last()
                    .is_some_and(|(last, _)| earlier.contains(last))
            })
        });
    !before_names
}

/// Whether the value at `span` is the act of another court than the one the question
/// names: a court named in the words just before it ("the High Court convicted him on
/// ..."), or, in a sentence opening with "It", a court named in the paragraph's words
/// before it ("The district court held ... It denied relief on September 29, 2023"
/// for "When did the Fifth Circuit deny ...?"). A sentence that names no court ("we",
/// "this Court") keeps it; so does a court named as the one appealed from ("his appeal
/// from the High Court was dismissed"), and a trial court is any court of first
/// instance ("the learned trial judge" of a High Court).
fn another_courts_act(q: &Question, ctx: &DocCtx, sentence: Span, span: Span) -> bool {
    let asked = phrases::courts_named(&fold_word(&q.text));
    if asked.is_empty() || !matches!(q.kind, AnswerKind::Date) {
        return false;
    }
    let text = &ctx.document.text;
    let from = text.floor_char_boundary(
        (span.start as usize)
            .saturating_sub(80)
            .max(sentence.start as usize),
    );
    let before = &text[from..span.start as usize];
    let mut named = acting_courts(&fold_word(before));
    if named.is_empty() {
        named = courts_after_date(text, sentence, span);
    }
    if named.is_empty() {
        let opens_with_it = sentence
            .slice(text)
            .split_whitespace()
            .next()
            .is_some_and(|w| w == "It");
        if opens_with_it {
            // "It" is the court last named in the paragraph's words before it (a
            // citation such as "(Tex. Crim. App. 2003)" may stand between).
            let start = sentence.start as usize;
            let from = text.floor_char_boundary(start.saturating_sub(300));
            let earlier = &text[from..start];
            let paragraph = earlier.rsplit("\n\n").next().unwrap_or(earlier);
            named = acting_courts(&fold_word(paragraph));
        }
    }
    let first_instance = |c: &str| FIRST_INSTANCE.contains(&c);
    let trial = |c: &str| c == FIRST_INSTANCE[0];
    !named.is_empty()
        && !named.iter().any(|c| {
            asked.contains(c)
                || (trial(c) && asked.iter().any(|a| first_instance(a)))
                || (first_instance(c) && asked.iter().any(|a| trial(a)))
        })
}

/// "By judgment dated 22.11.2008 the trial court convicted him": a date set before
/// its clause's subject ("the ..." right after it, up to a comma) dates that court's
/// act; the courts that subject names.
fn courts_after_date(text: &str, sentence: Span, span: Span) -> Vec<&'static str> {
    let end = span.end as usize;
    let to = text.floor_char_boundary((end + 80).min(sentence.end as usize).max(end));
    let after = text[end..to].trim_start_matches([',', ' ']);
    let clause = after.split([',', ';', '(']).next().unwrap_or("");
    if clause.starts_with("the ") || clause.starts_with("The ") {
        acting_courts(&fold_word(clause))
    } else {
        Vec::new()
    }
}

/// The courts (`courts` groups' first names) that try a case at first instance; the
/// first is the trial court itself, which any of them may be.
const FIRST_INSTANCE: &[&str] = &["trial court", "high court", "district court"];

/// The courts a folded stretch of text names as acting: a court after "from" or
/// "against" is the one appealed from ("his appeal from the High Court").
fn acting_courts(folded: &str) -> Vec<&'static str> {
    static SOURCE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(?:from|against)(?: the)?(?: [a-z]+){0,3}? (?:court|circuit|council|tribunal|judge)\b")
            .expect("source court pattern compiles")
    });
    phrases::courts_named(&SOURCE.replace_all(folded, " "))
}

/// Words that tell a sentence of death from another punishment.
const DEATH_WORDS: &[&str] = &[
    "death",
    "capital",
    "execut",
    "hang",
    "hanged",
    "shot",
    "firing squad",
    "gallows",
    "condemn",
];

/// Whether a question about a sentence of death ("When was he sentenced to death?")
/// would be answered by a sentence that names no death at all: "the trial judge
/// sentenced him to 30 years' imprisonment" tells of another punishment.
fn another_punishment(q: &Question, ctx: &DocCtx, sentence: Span, span: Span) -> bool {
    if q.kind != AnswerKind::Date {
        return false;
    }
    // "When was X sentenced to life imprisonment?" is not answered by "convicted him
    // on 8 March 2017 and sentenced him to death".
    if let Some(term) = phrases::asked_term_of_custody(&q.text) {
        let said = fold_word(date_clause(&ctx.document.text, sentence, span));
        return !said.contains(term.as_str())
            && phrases::Lexicons::builtin()
                .other_punishment_words
                .iter()
                .any(|w| said.contains(w.as_str()));
    }
    if !q.event_kinds.contains(&EventKind::DeathSentence) {
        return false;
    }
    // The question's own act is the sentencing ("sentenced to death"), not another
    // act done to a sentence of death ("substitute the death sentence").
    let asked = fold_word(&q.text);
    if !asked.contains(" to death") {
        return false;
    }
    // At a word's start: "hang" is no "change", and "execut" no "executive"
    // ("capital" may be the capital city: a sentence let through, none dropped).
    // Only the date's own clause counts: "The prosecutor asked for the death penalty,
    // but on 3 October the court sentenced him to 22 years" gives the date to a prison
    // term.
    let said = fold_word(date_clause(&ctx.document.text, sentence, span));
    let padded = format!(" {said} ");
    let words: Vec<&str> = said.split_whitespace().collect();
    !DEATH_WORDS.iter().any(|w| {
        if w.contains(' ') {
            padded.contains(&format!(" {w} "))
        } else {
            words
                .iter()
                .any(|x| x.starts_with(w) && !x.starts_with("executive"))
        }
    })
}

/// The clause of `sentence` that holds `span`: the sentence cut at "but" ("asked for
/// the death penalty, but on 3 October the court sentenced him to 22 years"; a
/// semicolon may join a clause that names the punishment: not cut). The whole sentence when `span` is not inside it.
fn date_clause(text: &str, sentence: Span, span: Span) -> &str {
    let said = sentence.slice(text);
    if !sentence.contains(span) {
        return said;
    }
    let at = (span.start - sentence.start) as usize;
    let mut start = 0;
    let mut end = said.len();
    for cut in [", but ", " but "] {
        for (i, _) in said.match_indices(cut) {
            if i + cut.len() <= at {
                start = start.max(i + cut.len());
            } else if i >= at + (span.end - span.start) as usize {
                end = end.min(i);
            }
        }
    }
    said.get(start..end).unwrap_or(said)
}

/// The document's person mentions, and the names the question gives of people among
/// them (two words or more).
fn people_and_asked<'a, 'q>(
    q: &'q Question,
    ctx: &'a DocCtx,
) -> (Vec<&'a dossier_model::Mention>, Vec<&'q String>) {
    let people: Vec<&dossier_model::Mention> = ctx
        .extraction
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Person)
        .collect();
    let asked = q
        .names
        .iter()
        .filter(|n| {
            tokens(n).len() > 1
                && (people.iter().any(|m| same_person(n, &m.name))
                    // a party the caption names in capitals only ("RAGHUNATH YADAV
                    // @ RAGHU ...APPELLANT(S)") is a person the document knows.
                    || ctx.parties.iter().any(|(_, party)| same_person(n, party)))
        })
        .collect();
    (people, asked)
}

/// Whether the sentence tells the asked act of another person of the document: the
/// question names a person the document knows, the sentence does not name them, and it
/// names another person as the subject of a passive or as an owner ("Mr. Grant was
/// resentenced", "dismissed Mr. Grant's appeal" for a question on Kelvin Brathwaite),
/// as the subject in apposition ("his co-defendant, Kaveh Amini, was executed"), or,
/// for a date, as the patient of the question's own verb or of its noun with "of"
/// ("acquitted Aslam Perveen", "the appeal of Mr. Hieu"; see
/// [`acted_on_by_asked_word`]), even when the tagger read no person there
/// ([`unnamed_patient_of_asked_verb`]). A sentence that names the other as an agent
/// ("Kessler shot her") is not ruled out: its patient may be the asked person.
fn names_another_patient(q: &Question, ctx: &DocCtx, sentence: Span) -> bool {
    let (people, mut asked) = people_and_asked(q, ctx);
    let text = &ctx.document.text;
    // A name of two words or more the document writes though no person mention holds it
    // ("3.1.4 Pavel Hrytsuk, accused of ..." read as no person): still the asked person,
    // unless a mention of another kind holds it (a court, a law, a place).
    let others_name = |n: &str| {
        ctx.extraction
            .mentions
            .iter()
            .any(|m| m.kind != MentionKind::Person && fold_word(&m.name) == fold_word(n))
    };
    // Words, not tokens: "Wang Hao" is two words of which one is short. A name's
    // particles are written small ("Yusof bin Kassim").
    asked.extend(q.names.iter().filter(|n| {
        n.split_whitespace().count() > 1
            && n.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    || dossier_extract::rules::Rules::builtin()
                        .lexicon
                        .name_joiners
                        .iter()
                        .any(|p| p == w)
            })
            && text.contains(n.as_str())
            && !others_name(n)
    }));
    if asked.is_empty() {
        return false;
    }
    if asked
        .iter()
        .any(|n| sentence.slice(text).contains(n.as_str()))
    {
        return false;
    }
    let here: Vec<&&dossier_model::Mention> = people
        .iter()
        .filter(|m| sentence.overlaps(m.span))
        .collect();
    if here
        .iter()
        .any(|m| asked.iter().any(|n| same_person(n, &m.name)))
    {
        return false;
    }
    let asked_words: Vec<String> = q
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(fold_word)
        .collect();
    // A table row that opens with another person's name and a number cell ("Dominic
    // Ashworth A611-208 Lucas August 20, 2025 Death sentence commuted ...") is that
    // person's row.
    let said = sentence.slice(text);
    let lead = sentence.start as usize + (said.len() - said.trim_start().len());
    let row_of = |start: usize, end: usize| {
        start == lead
            && text
                .get(end..)
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|cell| cell.chars().any(|c| c.is_ascii_digit()))
    };
    if here
        .iter()
        .any(|m| row_of(m.span.start as usize, m.span.end as usize))
        || unnamed_people(text, sentence, &ctx.extraction)
            .iter()
            .any(|(name, span)| {
                row_of(span.start as usize, span.end as usize)
                    && !asked.iter().any(|n| same_person(n, name))
            })
    {
        return true;
    }
    // For a date, not for "Who was acquitted ...?", whose answer is that patient.
    let dated = q.kind == AnswerKind::Date;
    // A chronology's or a headline's reduced passive right after the name: "14 July
    // 2017 - Nadeem Masih arrested at his home" for a question on another's arrest.
    // An active verb takes an object ("Lukashenko pardoned him", "Judge Kwiatkowski
    // vacated the conviction"): no passive.
    let reduced_passive = |end: usize| {
        let mut words = skip_apposition(text.get(end..).unwrap_or("")).split_whitespace();
        let verb = words
            .next()
            .map(|w| fold_word(w.trim_matches(|c: char| !c.is_alphanumeric())));
        let object = words.next().is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                || [
                    "him", "her", "them", "it", "the", "a", "an", "his", "their", "its", "both",
                    "all",
                ]
                .contains(&fold_word(w.trim_matches(|c: char| !c.is_alphanumeric())).as_str())
        });
        !object
            && verb.is_some_and(|w| w.len() > 4 && w.ends_with("ed") && asked_words.contains(&w))
    };
    if dated && unnamed_patient_of_asked_verb(sentence.slice(text), &asked_words, &asked, ctx) {
        return true;
    }

    here.iter().any(|m| {
        let rest = text.get(m.span.end as usize..).unwrap_or("");
        let after = skip_apposition(rest);
        let next: String = after.chars().take(8).collect::<String>().to_lowercase();
        let next = next.trim_start();
        let before = text.get(..m.span.start as usize).unwrap_or("");
        next.starts_with("was ")
            || next.starts_with("were ")
            || next.starts_with("'s ")
            || next.starts_with("\u{2019}s ")
            // the name in apposition: "his co-defendant, Kaveh Amini, was executed".
            // Not ", were": a plural verb has a subject of several ("He and his
            // co-accused, Jamshid Orlov, were hanged"), the asked among them.
            || (before.trim_end().ends_with(',') && rest.starts_with(", was "))
            || (dated && acted_on_by_asked_word(before, &asked_words))
            || (dated && reduced_passive(m.span.end as usize))
            || (dated && inverted_passive_subject(before))
    }) || (dated
        && unnamed_people(text, sentence, &ctx.extraction)
            .iter()
            .any(|(name, span)| {
                !asked.iter().any(|n| same_person(n, name)) && reduced_passive(span.end as usize)
            }))
        || (dated && {
            // A name in apposition to a verb's object, tagged as a person or not
            // ("convicted one member of the group, Zhou Bin, of ...").
            let spans: Vec<Span> = here
                .iter()
                .map(|m| m.span)
                .chain(
                    unnamed_people(text, sentence, &ctx.extraction)
                        .into_iter()
                        .filter(|(name, _)| !asked.iter().any(|n| same_person(n, name)))
                        .map(|(_, span)| span),
                )
                .collect();
            spans.iter().any(|span| {
                let before = text.get(..span.start as usize).unwrap_or("");
                let end = (sentence.end as usize).clamp(span.end as usize, text.len());
                let after = text.get(span.end as usize..end).unwrap_or("");
                appositive_patient(before, after, &asked_words)
            })
        })
}

/// Whether a name after `before` is the subject of an inverted passive or list ("Among
/// those whose sentences were commuted was Lim Wei", "Also released were ..."): "was"
/// or "were" right before it, after a past participle or "among" in the clause.
fn inverted_passive_subject(before: &str) -> bool {
    let clause = before
        .rsplit(['.', ';', ':', '\n'])
        .next()
        .unwrap_or(before)
        .to_lowercase();
    let words: Vec<&str> = clause.split_whitespace().collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    if !matches!(*last, "was" | "were") {
        return false;
    }
    words.first().is_some_and(|w| *w == "among")
        || rest[rest.len().saturating_sub(4)..].iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.len() > 4 && w.ends_with("ed")
        })
}

/// Whether a name in apposition to the object of a verb ("convicted one member of the
/// group, Zhou Bin, of trafficking ... and sentenced him to death") is the patient of
/// the question's act: that verb is the question's own, or the question's verb comes
/// after the name with a pronoun for its object ("sentenced him"), which stands for
/// the name. For a question on another person of the document, the act is the named
/// one's.
fn appositive_patient(before: &str, after: &str, asked_words: &[String]) -> bool {
    let Some(object) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let words: Vec<&str> = object.split_whitespace().rev().take(8).collect();
    let asked = |w: &str| w.len() > 3 && asked_words.iter().any(|a| a == w);
    let mut verb = None;
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        // The object is lower-case words of a noun phrase ("one member of the group").
        if bare.len() != w.len() || !bare.chars().all(|c| c.is_lowercase()) {
            return false;
        }
        if i > 0 && bare.len() > 4 && bare.ends_with("ed") {
            verb = Some(fold_word(bare));
            break;
        }
    }
    let Some(verb) = verb else {
        return false;
    };
    if asked(&verb) {
        return true;
    }
    let after = after.to_lowercase();
    let said: Vec<&str> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    said.windows(2).any(|pair| {
        asked(&fold_word(pair[0]))
            && pair[0].ends_with("ed")
            && matches!(pair[1], "him" | "her" | "them")
    })
}

/// Whether the sentence puts another name, two capitalised words or more that no
/// mention holds as a court, a law or a place, right after the question's own verb
/// ("the Supreme Court acquitted Aslam Perveen, a labourer" for "When was Saleem
/// Perveen acquitted?"): the tagger may not have read it as a person.
fn unnamed_patient_of_asked_verb(
    said: &str,
    asked_words: &[String],
    asked: &[&String],
    ctx: &DocCtx,
) -> bool {
    let words: Vec<&str> = said.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let verb = fold_word(w.trim_matches(|c: char| !c.is_alphanumeric()));
        if !(verb.len() > 4 && verb.ends_with("ed") && asked_words.contains(&verb)) {
            return false;
        }
        let mut run: Vec<&str> = Vec::new();
        for next in words[i + 1..]
            .iter()
            .skip_while(|n| phrases::is_name_title(&fold_word(n.trim_end_matches('.'))))
        {
            let bare = next.trim_end_matches(|c: char| !c.is_alphanumeric());
            // A name is written in title case: "DELIVERED AT NYERI" is a heading's capitals.
            if !bare.starts_with(char::is_uppercase)
                || bare.len() < 2
                || !bare.chars().skip(1).any(char::is_lowercase)
            {
                break;
            }
            run.push(bare);
            if bare.len() != next.len() {
                break;
            }
        }
        if run.len() < 2 {
            return false;
        }
        let name = run.join(" ");
        !asked.iter().any(|a| same_person(a, &name))
            && !ctx.extraction.mentions.iter().any(|m| {
                m.kind != MentionKind::Person && fold_word(&m.name).contains(&fold_word(&name))
            })
    })
}

/// Whether the words just before a name make it the patient of the question's own act:
/// its verb ("the Supreme Court acquitted Aslam Perveen" for "When was Saleem Perveen
/// acquitted?") or its noun with "of" ("rejected the appeal of Mr. Hieu" for "When was
/// Le Thi Mai's appeal rejected?"). A courtesy title before the name is passed over.
fn acted_on_by_asked_word(before: &str, asked_words: &[String]) -> bool {
    let mut words: Vec<String> = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(|w| fold_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    if words.first().is_some_and(|w| phrases::is_name_title(w)) {
        words.remove(0);
    }
    let asked = |w: &str| w.len() > 3 && asked_words.iter().any(|a| a == w);
    // "acquitted two Christian brothers, Qaiser and Amoon Ayub": the asked verb, a
    // count of people and their names in apposition.
    let counted = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty()
            || dossier_extract::quantity::number_word(w).is_some_and(|n| n >= 2)
    };
    let mut wide: Vec<String> = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(7)
        .map(|w| w.to_string())
        .collect();
    let mut names_run = 0;
    // Past the names already in the run ("Qaiser and"), to the comma of the apposition.
    while let Some(w) = wide.first() {
        if w.ends_with(',') {
            break;
        }
        if w.starts_with(char::is_uppercase) || w == "and" {
            wide.remove(0);
            names_run += 1;
            if names_run > 3 {
                return false;
            }
        } else {
            break;
        }
    }
    let apposed = wide.first().is_some_and(|w| w.ends_with(','));
    let wide: Vec<String> = wide
        .iter()
        .map(|w| fold_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    if apposed {
        if let Some(k) = (1..wide.len().min(5)).find(|&k| counted(&wide[k])) {
            if wide
                .get(k + 1)
                .is_some_and(|v| v.ends_with("ed") && asked(v))
            {
                return true;
            }
        }
    }
    match words.as_slice() {
        [verb, ..] if verb.ends_with("ed") && asked(verb) => true,
        [of, noun, ..] if of == "of" && asked(noun) => [
            "appeal",
            "sentence",
            "execution",
            "arrest",
            "conviction",
            "release",
            "pardon",
            "trial",
        ]
        .contains(&noun.as_str()),
        _ => false,
    }
}

/// The words after a name past an apposition between commas ("Slim Bouguerra, a former
/// member of parliament, was convicted": "was convicted"): a comma, at most eight words
/// that hold no verb of the clause ("was", "were", "who", "and") and no digit, and a
/// comma. Else the words as they stand.
fn skip_apposition(after: &str) -> &str {
    let Some(rest) = after.strip_prefix(", ") else {
        return after;
    };
    let Some(end) = rest.find(',') else {
        return after;
    };
    let inner = &rest[..end];
    let words: Vec<&str> = inner.split_whitespace().collect();
    let clause_word = |w: &&str| {
        let w = w.to_lowercase();
        [
            "was", "were", "is", "are", "who", "whom", "which", "and", "but", "had", "has",
        ]
        .contains(&w.as_str())
    };
    if words.is_empty()
        || words.len() > 8
        || words.iter().any(clause_word)
        || inner.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | ':' | '('))
    {
        return after;
    }
    &rest[end + 1..]
}

/// For a question of an age "when" something was done ("How old was X when he was
/// arrested?"): whether the sentence states that act, by its verb ("were hanged")
/// or by an event of its kind ("the capital sentence ... was carried out" for
/// "executed"). `None` for a question with no such clause.
fn moment_stated(q: &Question, ctx: &DocCtx, sentence: Span) -> Option<bool> {
    let lower = fold_word(&q.text);
    let clause = lower.split_once(" when ")?.1;
    let clause_words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "when he was sentenced to death": the clause's verb, its first past form ("death"
    // ends the clause but is no act), else its last word.
    let past_form = |w: &str| w.len() > 4 && w.ends_with("ed");
    let verb = clause_words
        .iter()
        .find(|w| past_form(w))
        .or_else(|| clause_words.last())?;
    let participle = past_form(verb);
    let stem = verb
        .strip_suffix("ed")
        .or_else(|| verb.strip_suffix('d'))
        .unwrap_or(verb);
    if stem.len() < 4 {
        return None;
    }
    let said = fold_word(sentence.slice(&ctx.document.text));
    // The verb itself ("was sentenced"), not its noun ("whose sentences were
    // commuted", "on death row").
    let by_verb = said.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.strip_prefix(stem)
            .is_some_and(|rest| !participle || matches!(rest, "ed" | "d" | "ing"))
    });
    let kinds = event_kinds_in(clause);
    let stated = |e: &&dossier_model::Event| {
        sentence.overlaps(e.span) && matches!(e.modality, Modality::Asserted | Modality::Hedged)
    };
    let events: Vec<_> = ctx.extraction.events.iter().filter(stated).collect();
    if by_verb || events.iter().any(|e| kinds.contains(&e.kind)) {
        return Some(true);
    }
    // Another act stated ("X, 60, and Y, 67, were hanged" for "when he was
    // convicted"): the age is at that act. Otherwise the sentence tells of no act.
    let asked: Vec<usize> = kinds.iter().filter_map(|k| act_of(*k)).collect();
    events
        .iter()
        .any(|e| act_of(e.kind).is_some_and(|a| !asked.contains(&a)))
        .then_some(false)
}

/// Whether an event of one of the [`DISTINCT_ACTS`] in `sentence` is dated by the date at `span`, of an act none of the question's words names
/// (`cued`: "hand her a sentence" names the sentence, "lengthen his sentence" too).
/// Done, denied or planned, the date is that act's; but a date in an aside ("Under
/// martial law, which lasted from 1949 to 1987, military courts sentenced ...") is the
/// aside's own.
fn dates_a_listed_act(
    ctx: &DocCtx,
    sentence: Span,
    span: Span,
    cued: &[EventKind],
    act: &acts::VerbAct,
    asked: &[(String, bool)],
) -> bool {
    let cued_acts: Vec<usize> = cued.iter().filter_map(|k| act_of(*k)).collect();
    let text = &ctx.document.text;
    let asides = asides(sentence.slice(text), sentence.start as usize);
    let in_aside = |at: Span| {
        asides
            .iter()
            .find(|r| r.contains(&(span.start as usize)))
            .is_some_and(|r| !r.contains(&(at.start as usize)))
    };
    // "convicted of murdering her in 2013": the asked verb between the act's word
    // and the date takes the date.
    let verb_between = |trigger: Span| {
        text.get(trigger.end as usize..span.start as usize)
            .is_some_and(|between| {
                between
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| act.matches(&w.to_lowercase()))
            })
    };
    // "When did the inmate X die?": "died of complications" is the act the question
    // names, whatever its verb was read to be.
    let named_by_question = |trigger: Span| {
        trigger
            .slice(text)
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .any(|w| {
                asked
                    .iter()
                    .any(|(t, is_name)| !is_name && t.len() >= 3 && w.starts_with(t.as_str()))
            })
    };
    // "was stabbed to death on 14 August 2016": a crime's date dates no act of the
    // justice that follows it ("When was he resentenced?"), unless the asked act is
    // read with that date too ("were arrested the next morning, July 20, 2008").
    let asked_dated = ctx.extraction.events.iter().any(|e| {
        sentence.overlaps(e.span)
            && cued.contains(&e.kind)
            && e.date_span.is_some_and(|d| d.overlaps(span))
    });
    let listed = |kind: EventKind| {
        act_of(kind).is_some_and(|a| !cued_acts.contains(&a))
            || (kind == EventKind::Attack && !cued.contains(&kind) && !asked_dated)
    };
    ctx.extraction.events.iter().any(|e| {
        sentence.overlaps(e.span)
            && e.date_span.is_some_and(|d| d.overlaps(span))
            && listed(e.kind)
            && !in_aside(e.trigger)
            && !verb_between(e.trigger)
            && !named_by_question(e.trigger)
    })
}

/// Positions in the sentence where the question's words occur.
fn anchor_positions(q: &Question, text: &str, sentence: Span) -> Vec<usize> {
    let wanted: HashSet<&String> = q.tokens.iter().map(|(t, _)| t).collect();
    tokens(sentence.slice(text))
        .into_iter()
        .filter(|(t, _)| wanted.contains(t))
        .map(|(_, r)| sentence.start as usize + r.start)
        .collect()
}

fn proximity(anchors: &[usize], span: Span) -> f32 {
    let distance = anchors
        .iter()
        .map(|&a| {
            if a < span.start as usize {
                span.start as usize - a
            } else {
                a.saturating_sub(span.end as usize)
            }
        })
        .min()
        .unwrap_or(200);
    1.0 / (1.0 + distance as f32 / 40.0)
}

/// A date that heads a line otherwise holding only the document's own title
/// ("8/17/2019 Smith v. Jones, 123 U.S. 456 (2005)") is the stamp of the copy (the
/// day it was printed or saved), not a day the text speaks of.
/// Whether the date at `span` is the one something was set for ("stayed the
/// execution of Mr. X, set for November 30, 2023, on October 5, 2023", "an execution
/// scheduled in Alabama for 7 March"): it dates a plan, and answers only a question
/// that asks what was set or scheduled, or for what date.
fn set_for_date(q: &Question, text: &str, sentence: Span, span: Span) -> bool {
    let question = format!(" {} ", fold_word(&q.text));
    if [
        " set ",
        " schedul",
        " fixed ",
        " due ",
        " for what date",
        " slated ",
    ]
    .iter()
    .any(|w| question.contains(w))
    {
        return false;
    }
    let from = (span.start.max(sentence.start)) as usize;
    let before = text[sentence.start as usize..from].to_lowercase();
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    if *last != "for" {
        return false;
    }
    // "set for", "scheduled for", "scheduled in Alabama for": the plan's verb within
    // four words before "for".
    rest.iter()
        .rev()
        .take(4)
        .any(|w| ["set", "scheduled", "rescheduled", "fixed", "slated"].contains(w))
}

fn copy_stamp(ctx: &DocCtx, sentence: Span, date: Span) -> bool {
    let Some(title) = &ctx.document.meta.title else {
        return false;
    };
    let words = |s: &str| -> Vec<String> {
        fold_word(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let text = &ctx.document.text;
    let rest = format!(
        "{} {}",
        Span::new(
            sentence.start as usize,
            date.start.max(sentence.start) as usize
        )
        .slice(text),
        Span::new(date.end.min(sentence.end) as usize, sentence.end as usize).slice(text)
    );
    let rest = words(&rest);
    let title = words(&title.value);
    rest.len() >= 2 && title.len() >= 2 && rest == title
}

fn candidates_in(q: &Question, ctx: &DocCtx, doc: usize, idx: usize) -> Vec<Candidate> {
    let text = &ctx.document.text;
    let sentence = ctx.sentences[idx];
    let anchors = anchor_positions(q, text, sentence);
    let mut out = Vec::new();
    // "Claim: three men were hanged on 21 October": a fact-check's claim states nothing.
    if phrases::opens_with_claim_label(sentence.slice(text)) {
        return out;
    }
    // "How much was awarded for pecuniary damage?" is not answered by a sentence of
    // "non-pecuniary damage" (a yes/no question reads it as a "no", elsewhere).
    if q.kind != AnswerKind::Boolean && polarity::opposes(sentence.slice(text), &q.unnamed()) {
        return out;
    }
    let candidate = |value: String, display: String, span: Span, score: f32| Candidate {
        value,
        display,
        doc,
        evidence: sentence,
        span,
        score: score * proximity(&anchors, span),
        bound: false,
    };
    let events: Vec<_> = ctx
        .extraction
        .events
        .iter()
        .filter(|e| {
            sentence.overlaps(e.span) && matches!(e.modality, Modality::Asserted | Modality::Hedged)
        })
        .collect();
    let hinted = |kind: EventKind| q.event_kinds.contains(&kind);
    // "How many people were executed?": a count in a sentence that reports no
    // execution ("700 people were detained") counts something else; "When did
    // Alabama execute X?": "X was convicted of the 1991 murder ..." dates something
    // else.
    // Only dates and counts read it: other kinds skip the sentence's tokens.
    let other_event = matches!(q.kind, AnswerKind::Date | AnswerKind::Number)
        && !q.event_kinds.is_empty()
        && !events.iter().any(|e| hinted(e.kind))
        && {
            let own: HashSet<String> = tokens(sentence.slice(text))
                .into_iter()
                .map(|(t, _)| t)
                .collect();
            !q.tokens.iter().any(|(t, is_name)| {
                !is_name
                    && !q.focus.contains(t)
                    && !t.bytes().all(|b| b.is_ascii_digit())
                    && own.contains(t)
            })
        };
    match q.kind {
        AnswerKind::Date => {
            // "When did Zambia ratify the Protocol?" is not answered by "the
            // Government will now consider ratifying the Protocol": a sentence whose
            // only events of the asked kind are planned or denied dates nothing that
            // happened (a question about a plan, "When will ...?", "When did X pledge
            // ...?", may take it). Nor is "When were three men hanged?" by "a post
            // claims that three men were hanged the day before": someone's claim that
            // the source does not vouch for.
            let unasserted_only = !q.event_kinds.is_empty()
                && !events.iter().any(|e| hinted(e.kind))
                && !phrases::asks_about_a_plan(&format!(" {} ", fold_word(&q.text)))
                && ctx.extraction.events.iter().any(|e| {
                    sentence.overlaps(e.span)
                        && hinted(e.kind)
                        && matches!(
                            e.modality,
                            Modality::Planned | Modality::Negated | Modality::Reported
                        )
                });
            // "has not executed anyone since 2018": a denial since a date dates the
            // last such event, and answers "since when ...?" and "when last ...?".
            let denied_since = ctx
                .extraction
                .events
                .iter()
                .filter(|e| {
                    sentence.overlaps(e.span)
                        && hinted(e.kind)
                        && e.modality == Modality::Negated
                        && e.date.is_some_and(|d| d.start.is_some() && d.end.is_none())
                })
                .find_map(|e| e.date_span);
            if (unasserted_only && denied_since.is_none())
                || abolishes_only_the_mandatory(q, sentence.slice(text))
            {
                return out;
            }
            if !events.iter().any(|e| hinted(e.kind))
                && (asked_only_in_condition(q, text, sentence)
                    || (hinted(EventKind::Execution)
                        && phrases::halted_only(&fold_word(sentence.slice(text)))))
            {
                return out;
            }
            // "When was the juvenile offender executed?" is not answered by "Iran carried
            // out at least 530 executions last year": a count of the asked events dates
            // them all, not the one person's.
            let counted =
                |e: &&&dossier_model::Event| e.quantity.as_ref().is_some_and(|n| n.value > 1.0);
            if asks_about_one(q)
                && events.iter().any(|e| hinted(e.kind))
                && events
                    .iter()
                    .filter(|e| hinted(e.kind))
                    .all(|e| counted(&e))
            {
                return out;
            }
            let dated: Vec<Span> = ctx
                .extraction
                .times
                .iter()
                .filter(|t| {
                    (!unasserted_only || denied_since == Some(t.span))
                        && sentence.contains(t.span)
                        && !t.is_duration
                        && t.value.is_some_and(|v| {
                            v.start.is_some() || (asks_until(q) && v.end.is_some())
                        })
                })
                .map(|t| t.span)
                .collect();
            let shares = date_owners(q, text, sentence, &dated);
            let owned = |span: Span| {
                dated
                    .iter()
                    .position(|d| d.overlaps(span))
                    .map(|i| 0.4 + 0.6 * shares[i])
                    .unwrap_or(0.4)
            };
            for event in events.iter().filter(|e| hinted(e.kind)) {
                if let (Some(date), Some(date_span)) = (event.date, event.date_span) {
                    let date = lifespan_end(q, &date)
                        .map(dossier_model::TimeValue::point)
                        .unwrap_or(date);
                    // "convicted ... on 06/14/2012 and sentenced to death on
                    // 08/02/2012": a date of the other coordinate verb is not the
                    // event's.
                    let acts = acts::Acts::builtin();
                    let clause = acts.clause_span(text, sentence, event.trigger);
                    let other_coordinate = clause.contains(date_span)
                        && !acts
                            .dated_coordinate(text, clause, event.trigger)
                            .contains(date_span);
                    let own = sentence.contains(date_span)
                        && !other_coordinate
                        && !set_for_date(q, text, sentence, date_span)
                        && !year_names_document(q, text, sentence, date_span)
                        && !dates_a_document(q, text, sentence, date_span)
                        && !participle_of_another_name(q, text, sentence, date_span);
                    // "## Day 6 - Sunday 26 May 2024 / The court sentenced X to death.":
                    // a log's day heading dates the undated events of its section.
                    let headed = !sentence.contains(date_span)
                        && dated.is_empty()
                        && ctx.day_of_heading_above(sentence, date_span);
                    if (own || headed)
                        && !written_in_question(q, date_span.slice(text))
                        && !after_publication(q, ctx, date_span, &date)
                    {
                        let written = date_span.slice(text);
                        // A heading's day is weighed at the event's trigger, in the
                        // sentence the measures below read.
                        let at = if own { date_span } else { event.trigger };
                        out.push(candidate(
                            date.iso(),
                            written.to_string(),
                            event.trigger,
                            1.2 * date_trust(q, written, &date)
                                * owned(at)
                                * effect_trust(q, text, sentence, at)
                                * until_trust(q, text, sentence, at, &dated),
                        ));
                    }
                }
            }
            for time in ctx
                .extraction
                .times
                .iter()
                .filter(|t| sentence.contains(t.span) && !t.is_duration)
            {
                if let Some(mut value) = time.value {
                    // "held until 18 August" ends an open stay: its end answers
                    // "Until when ...?".
                    if value.start.is_none() && asks_until(q) {
                        if let Some(end) = value.end {
                            value = dossier_model::TimeValue::point(end);
                        }
                    }
                    // "When did martial law end?": "from 1949 to 1987" ends in 1987.
                    if let (Some(start), Some(end)) = (value.start, value.end) {
                        if start != end && acts::Acts::builtin().asks_end(&q.text) {
                            value = dossier_model::TimeValue::point(end);
                        }
                    }
                    // A life span ("X (2 May 1961 – 17 November 1999) was executed"):
                    // a person's execution or death is its last day.
                    if let Some(end) = lifespan_end(q, &value) {
                        value = dossier_model::TimeValue::point(end);
                    }
                    // The date the question itself gives is not its answer ("After the
                    // warrant was read in February 1991, for what date ...?").
                    if value.start.is_some()
                        && !written_in_question(q, time.span.slice(text))
                        && !within_reference_month(q, &value)
                        && !copy_stamp(ctx, sentence, time.span)
                        && !year_names_document(q, text, sentence, time.span)
                        && !dates_a_document(q, text, sentence, time.span)
                        && !dates_another_act(q, &events, time.span)
                        && !participle_of_another_name(q, text, sentence, time.span)
                        && !set_for_date(q, text, sentence, time.span)
                        && !after_publication(q, ctx, time.span, &value)
                        && !DEICTIC_PRESENT.contains(&fold_word(time.span.slice(text)).as_str())
                    {
                        let written = time.span.slice(text);
                        // "Since when ...?" asks for the start of what still goes on.
                        let since = if asks_since(q) && value.end.is_none() {
                            SINCE_TRUST
                        } else {
                            1.0
                        };
                        let other = if other_event { OTHER_EVENT_TRUST } else { 1.0 };
                        out.push(candidate(
                            value.iso(),
                            written.to_string(),
                            time.span,
                            date_trust(q, written, &value)
                                * owned(time.span)
                                * since
                                * other
                                * effect_trust(q, text, sentence, time.span)
                                * until_trust(q, text, sentence, time.span, &dated),
                        ));
                    }
                }
            }
        }
        AnswerKind::Number => {
            // "How many grams of heroin ...?" is answered by an amount of that unit
            // only ("22.71g"), never by a count of another noun ("three bundles") or
            // a bare number.
            if q.focus.iter().any(|f| phrases::is_measure_noun(f)) {
                for (value, span) in amounts::measures_in(text, sentence, &q.focus, true) {
                    if section_number(text, span) {
                        continue;
                    }
                    out.push(candidate(
                        value,
                        span.slice(text).to_string(),
                        span,
                        ASKED_FORM_TRUST,
                    ));
                }
                return out;
            }
            let numbers: Vec<Span> = ctx
                .extraction
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Quantity && sentence.contains(m.span))
                .map(|m| m.span)
                .collect();
            let asked_length = amounts::asked_length(&q.text);
            let stated = stated_counts(&q.text);
            // "Texas executed three prisoners, Alabama executed two": the count of
            // the asked place's clause, not another place's.
            let (other_places, own_bare) = counts_of_other_places(q, text, sentence, &numbers);
            for (value, span) in own_bare {
                out.push(candidate(value, span.slice(text).to_string(), span, 1.0));
            }
            // "How many did Pakistan execute in 2024?" is not answered by "More than
            // 3,000 people remain on death row": a count of something else, in a
            // sentence that places nothing in the asked year.
            if other_event && !q.years.is_empty() && year_fit(q, ctx, idx) <= 0.0 {
                return out;
            }
            // A sentence that counts the other side of the asked pair ("hanged 13 men"
            // for "How many women ...?") answers with none of its numbers ("two
            // security sources").
            let counts_opposite = ctx.extraction.mentions.iter().any(|m| {
                m.kind == MentionKind::Quantity
                    && sentence.contains(m.span)
                    && phrases::counts_the_opposite(
                        &tokens(&m.name).into_iter().map(|(t, _)| t).collect(),
                        &q.focus,
                    )
            });
            for mention in ctx
                .extraction
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Quantity && sentence.contains(m.span))
                .filter(|_| !counts_opposite)
            {
                let Some(value) = &mention.value else {
                    continue;
                };
                if other_places.contains(&mention.span) {
                    continue;
                }
                // "Tangaraju Suppiah, 46, was hanged": an age, not a count.
                if amounts::age_apposition(text, mention.span) {
                    continue;
                }
                // "7.2 Persons under sentence of death": a section's number.
                if section_number(text, mention.span) {
                    continue;
                }
                // "How many of the ten men were executed?": the count the question
                // gives is its group, not its answer.
                if value
                    .parse::<f64>()
                    .is_ok_and(|v| stated.iter().any(|&n| n as f64 == v))
                {
                    continue;
                }
                // "7 executions in 2014, 326 in 2015": a number is tied to the date
                // that follows it closely, else to the nearest before it; when the
                // question names a year, that date must fall in it.
                let mut day_count = false;
                if let Some(bound) = date_bound_to(ctx, sentence, mention.span) {
                    let event_years: Vec<i32> = q
                        .years
                        .iter()
                        .copied()
                        .filter(|y| !q.document_years.contains(y))
                        .collect();
                    // An open range ("since November 2020, when 21 were hanged") counts
                    // from its start: no later year's count.
                    let fits = event_years.iter().any(|&y| counts_in_year(&bound, y));
                    if !event_years.is_empty() && !fits {
                        continue;
                    }
                    // "hanged two inmates on Thursday, bringing to 15 the number
                    // executed this year": a day's count is not the asked year's,
                    // where the sentence also counts the whole year.
                    let one_day =
                        bound.start.is_some_and(|d| d.day.is_some()) && bound.start == bound.end;
                    if !event_years.is_empty()
                        && one_day
                        && year_counted(ctx, sentence, &event_years)
                    {
                        day_count = true;
                    }
                }
                let mut noun: HashSet<String> =
                    tokens(&mention.name).into_iter().map(|(t, _)| t).collect();
                // "convicted 16 men ... and sentenced six of them": the partitive's
                // noun is the group's before it.
                if matches!(mention.name.as_str(), "them" | "those" | "whom") {
                    if let Some(group) = ctx.extraction.mentions.iter().rev().find(|m| {
                        m.kind == MentionKind::Quantity
                            && sentence.contains(m.span)
                            && m.span.end <= mention.span.start
                    }) {
                        noun = tokens(&group.name).into_iter().map(|(t, _)| t).collect();
                    }
                }
                // The count of another kind of event than the asked one ("convicted 16
                // men" for "how many were sentenced to death"), when the asked kind
                // has its own count in the sentence.
                let counts_other = events.iter().any(|e| {
                    !hinted(e.kind) && e.quantity.as_ref().is_some_and(|c| c.span == mention.span)
                }) && events.iter().any(|e| {
                    hinted(e.kind)
                        && e.quantity
                            .as_ref()
                            .is_some_and(|c| sentence.contains(c.span) && c.span != mention.span)
                });
                // "Executions were recorded in three countries" for "How many people
                // did X execute?": a count of places or spans of time answers no
                // question whose noun is another.
                let focus_hit = |n: &String| {
                    q.focus
                        .iter()
                        .any(|f| n == f || n.starts_with(f.as_str()) || f.starts_with(n.as_str()))
                };
                if !q.focus.is_empty()
                    && noun.iter().any(|n| phrases::is_unit_noun(n))
                    && !noun.iter().any(focus_hit)
                {
                    continue;
                }
                let fit = if q.focus.is_empty() {
                    0.5
                } else {
                    let hits = q
                        .focus
                        .iter()
                        .filter(|f| {
                            noun.iter().any(|n| {
                                n == *f || n.starts_with(f.as_str()) || f.starts_with(n.as_str())
                            })
                        })
                        .count();
                    0.3 + hits as f32 / q.focus.len() as f32
                };
                let value = value.trim_end_matches(".0").to_string();
                // Several numbers in one sentence: the one asked for is less sure.
                let rivals = ctx
                    .extraction
                    .mentions
                    .iter()
                    .filter(|m| m.kind == MentionKind::Quantity && sentence.contains(m.span))
                    .count();
                let fit = if rivals > 1 {
                    fit * SEVERAL_NUMBERS_TRUST
                } else {
                    fit
                };
                let fit = if day_count {
                    fit * OTHER_EVENT_TRUST
                } else {
                    fit
                };
                let fit = if other_event || counts_other {
                    fit * OTHER_EVENT_TRUST
                } else {
                    fit
                };
                let fit = if part_of_asked_year(q, ctx, sentence, mention.span) {
                    fit * PART_OF_YEAR_TRUST
                } else {
                    fit
                };
                // "How many ... in April 2015?": the count bound to that month ("eight
                // in April 2015"), not the year's ("14 people last year").
                let fit = match asked_month(&q.text) {
                    None => fit,
                    // The month of the bound date, when it lies within one month.
                    Some(month) => match date_bound_to(ctx, sentence, mention.span).and_then(|b| {
                        let (start, end) = (b.start?, b.end?);
                        (start.year == end.year && start.month == end.month).then_some(start.month)
                    }) {
                        Some(Some(m)) if m == month => fit * ASKED_FORM_TRUST,
                        Some(Some(_)) => continue,
                        _ => fit * PART_OF_YEAR_TRUST,
                    },
                };
                // "23 ... for more than ten years and 82 ... for more than five years".
                let fit = match asked_length.as_deref().and_then(|asked| {
                    amounts::fits_length(asked, text, sentence, mention.span, &numbers)
                }) {
                    Some(true) => fit * ASKED_FORM_TRUST,
                    Some(false) => fit * OTHER_LENGTH_TRUST,
                    None => fit,
                };
                out.push(candidate(
                    value,
                    mention.span.slice(text).to_string(),
                    mention.span,
                    fit,
                ));
            }
            let event_years: Vec<i32> = q
                .years
                .iter()
                .copied()
                .filter(|y| !q.document_years.contains(y))
                .collect();
            let in_years = |date: Option<dossier_model::TimeValue>| {
                event_years.is_empty()
                    || date.is_some_and(|d| event_years.iter().any(|&y| counts_in_year(&d, y)))
            };
            // Counts the events of the asked type carry ("7 executions in 2014, 326
            // in 2015": each year's event has its own count).
            for event in events.iter().filter(|e| hinted(e.kind)) {
                let Some(quantity) = &event.quantity else {
                    continue;
                };
                if !sentence.contains(quantity.span)
                    || !in_years(event.date)
                    || other_places.contains(&quantity.span)
                {
                    continue;
                }
                // "Saudi Arabia executed 172 people in 2023 and Kuwait resumed
                // executions in November 2022": the count is bound to its own year,
                // whatever date the event took from the sentence.
                let own_year = ctx.extraction.times.iter().find(|t| {
                    sentence.contains(t.span)
                        && !t.is_duration
                        && t.span.start >= quantity.span.end
                        && t.span.start - quantity.span.end <= 24
                        && {
                            let between =
                                fold_word(&text[quantity.span.end as usize..t.span.start as usize]);
                            let between = format!(" {}", between.trim());
                            between.ends_with(" in")
                                || (fold_word(t.span.slice(text)).starts_with("in ")
                                    && between.split_whitespace().count() <= 1)
                        }
                });
                if !event_years.is_empty()
                    && own_year
                        .and_then(|t| t.value)
                        .is_some_and(|b| !event_years.iter().any(|&y| counts_in_year(&b, y)))
                {
                    continue;
                }
                if stated.iter().any(|&n| n as f64 == quantity.value) {
                    continue;
                }
                // "13 men" answers no "How many women ...?".
                let noun: HashSet<String> = ctx
                    .extraction
                    .mentions
                    .iter()
                    .filter(|m| m.kind == MentionKind::Quantity && m.span == quantity.span)
                    .flat_map(|m| tokens(&m.name).into_iter().map(|(t, _)| t))
                    .collect();
                if phrases::counts_the_opposite(&noun, &q.focus) {
                    continue;
                }
                let value = format!("{}", quantity.value);
                let value = value.trim_end_matches(".0").to_string();
                // "In May 2023 alone, ... at least 142": a month's count is a part
                // of the year asked about.
                let part = !event_years.is_empty()
                    && q.day_months.is_empty()
                    && event
                        .date
                        .and_then(|d| d.start)
                        .is_some_and(|d| d.month.is_some())
                    && !fold_word(&q.text)
                        .split_whitespace()
                        .any(dossier_model::is_month_name);
                out.push(candidate(
                    value,
                    quantity.span.slice(text).to_string(),
                    quantity.span,
                    if part { 1.1 * PART_OF_YEAR_TRUST } else { 1.1 },
                ));
            }
            let lower = format!(" {} ", fold_word(&q.text));
            if amounts::asks_percent(&lower) {
                for (value, span) in amounts::percents_in(text, sentence) {
                    out.push(candidate(
                        value,
                        span.slice(text).to_string(),
                        span,
                        ASKED_FORM_TRUST,
                    ));
                }
            }
            // "How much compensation ...?": a sum of money.
            if lower.contains(" how much ") {
                let base = sentence.start as usize;
                let asked_currency = amounts::currency_named(&q.text);
                for (value, written, range) in amounts::money_in(sentence.slice(text))
                    .into_iter()
                    .filter(|(_, w, _)| {
                        asked_currency.is_none_or(|c| amounts::currency_named(w) == Some(c))
                    })
                {
                    let span = Span::new(base + range.start, base + range.end);
                    out.push(candidate(value, written, span, ASKED_FORM_TRUST));
                }
            }
            for (value, span) in amounts::measures_in(text, sentence, &q.focus, false) {
                if section_number(text, span) {
                    continue;
                }
                out.push(candidate(
                    value,
                    span.slice(text).to_string(),
                    span,
                    ASKED_FORM_TRUST,
                ));
            }
            if amounts::asks_ordinal(&lower) {
                for (value, span) in amounts::ordinals_in(text, sentence) {
                    out.push(candidate(
                        value,
                        span.slice(text).to_string(),
                        span,
                        ASKED_FORM_TRUST,
                    ));
                }
            }
            // "voted 104 to 54": the votes for, or against when asked.
            let against = lower.contains(" against");
            let in_favour = lower.contains(" in favour") || lower.contains(" in favor");
            if against || in_favour {
                for (yes, no) in amounts::tallies_in(text, sentence) {
                    let (value, span) = if against { no } else { yes };
                    out.push(candidate(
                        value,
                        span.slice(text).to_string(),
                        span,
                        ASKED_FORM_TRUST,
                    ));
                }
            }
            // Numbers with no counted noun ("put the number at 69"): weaker.
            for (value, span) in amounts::bare_numbers(text, sentence, &ctx.extraction) {
                if amounts::age_apposition(text, span)
                    || section_number(text, span)
                    || (!amounts::asks_percent(&lower) && amounts::percent_follows(text, span))
                {
                    continue;
                }
                let bound = date_bound_to(ctx, sentence, span);
                if bound.is_some_and(|d| !in_years(Some(d))) {
                    continue;
                }
                // "put the number at 69"; "47 were executed on 2 January 2016" when
                // the question gives that day.
                let same_day = !q.day_months.is_empty()
                    && ctx.extraction.times.iter().any(|t| {
                        sentence.contains(t.span)
                            && t.span.start >= span.end
                            && t.span.start - span.end <= 50
                            && day_months_in(&fold_word(t.span.slice(text)))
                                .iter()
                                .any(|dm| q.day_months.contains(dm))
                    });
                let trust = if amounts::led_as_count(text, sentence, span)
                    || same_day
                    || followed_by_asked_month(q, ctx, sentence, span)
                {
                    1.0
                } else {
                    BARE_NUMBER_TRUST
                };
                out.push(candidate(value, span.slice(text).to_string(), span, trust));
            }
            // "14 people last year: six in January 2015 and eight in April 2015":
            // a number word bound to the month asked counts what the sentence counts.
            if asked_month(&q.text).is_some() {
                for (value, span) in amounts::number_words(text, sentence, &ctx.extraction) {
                    if followed_by_asked_month(q, ctx, sentence, span) {
                        out.push(candidate(value, span.slice(text).to_string(), span, 1.0));
                    }
                }
            }
        }
        AnswerKind::Duration => {
            let lower = format!(" {} ", fold_word(&q.text));
            let unit = amounts::asked_unit(&lower);
            let durations: Vec<_> = ctx
                .extraction
                .times
                .iter()
                .filter(|t| t.is_duration && sentence.contains(t.span))
                .collect();
            // "a period of over six years, we sentence him to fifteen (15) years
            // imprisonment": when a length stands beside the question's own noun
            // ("years of imprisonment"), the lengths that do not are of something else.
            let tied: Vec<bool> = durations
                .iter()
                .map(|t| duration_beside_asked_noun(q, text, t.span))
                .collect();
            let any_tied = tied.iter().any(|&t| t);
            for (time, tied) in durations.into_iter().zip(tied) {
                if any_tied && !tied {
                    continue;
                }
                let Some(duration) = &time.duration else {
                    continue;
                };
                let written = time.span.slice(text).to_string();
                let value = match unit {
                    Some(u) => match amounts::in_unit(duration, u) {
                        Some(v) => v,
                        None => continue,
                    },
                    None => written.clone(),
                };
                // A length beside none of the question's nouns may be of something
                // else ("lived together for six years" for "How many years of
                // imprisonment ...?"): one beside them, in another sentence, wins.
                let trust = if tied { 1.0 } else { UNTIED_LENGTH_TRUST };
                out.push(Candidate {
                    bound: tied,
                    ..candidate(value, written, time.span, trust)
                });
            }
        }
        AnswerKind::Phrase => {
            if let Some(sort) = q.sort {
                for (phrase, range) in phrases::phrases_in(sentence.slice(text), sort) {
                    // "What penalty replaces the death penalty?": the question's own
                    // words are never its answer.
                    if says_already(q, &phrase) {
                        continue;
                    }
                    let span = Span::new(
                        sentence.start as usize + range.start,
                        sentence.start as usize + range.end,
                    );
                    let trust = if phrases::guessed(&phrase, sort) {
                        GUESSED_PHRASE_TRUST
                    } else {
                        1.0
                    };
                    out.push(candidate(phrase.clone(), phrase, span, trust));
                }
            }
        }
        AnswerKind::Age => {
            // "How old was he at the time of his crimes?" asks of an age at a moment
            // ("when he was 19"), not the age he is written with ("Seki, 44, ...").
            let lower = format!(" {} ", q.text.to_lowercase());
            let at_a_moment = [" at the time", " when "].iter().any(|c| lower.contains(c));
            let ages = amounts::ages_in(text, sentence, &ctx.extraction);
            let moment_given = ages
                .iter()
                .any(|&(_, span)| amounts::age_at_a_moment(text, span));
            for (age, span) in ages {
                // "Fairchild ... the death of 19-year-old clerk Melissa Trent": another
                // person's age than the one asked about.
                let asked_person = q.names.iter().any(|n| n.contains(' '));
                if let Some(owner) = age_owner(text, sentence, span, &ctx.extraction) {
                    if asked_person && !q.names.iter().any(|n| person_matches(n, owner)) {
                        continue;
                    }
                } else if asked_person && ages_an_unnamed_person(text, sentence, span) {
                    // "entered the residence of a 68-year-old white female": the age
                    // of someone the sentence does not name.
                    continue;
                }
                let trust = if at_a_moment && !amounts::age_at_a_moment(text, span) {
                    // "How old was he when he was arrested?": an age written with a
                    // sentence of his hanging is his age then, not at the arrest.
                    if let Some(stated) = moment_stated(q, ctx, sentence) {
                        if !stated {
                            continue;
                        }
                    } else if moment_given {
                        // "Seki, 44, ..., when he was 19": the sentence gives the
                        // age at the moment.
                        continue;
                    }
                    if moment_stated(q, ctx, sentence) == Some(true) {
                        1.0
                    } else {
                        AGE_NOT_AT_THE_MOMENT_TRUST
                    }
                } else {
                    1.0
                };
                out.push(candidate(
                    age.to_string(),
                    span.slice(text).to_string(),
                    span,
                    trust,
                ));
            }
        }
        AnswerKind::Role => {
            for mention in ctx
                .extraction
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Person && sentence.contains(m.span))
            {
                if !q.names.iter().any(|n| person_matches(n, &mention.name)) {
                    continue;
                }
                if let Some(role) = &mention.role {
                    out.push(candidate(role.clone(), role.clone(), mention.span, 1.0));
                } else if let Some(role) = appositive(text, mention.name_span) {
                    out.push(candidate(role.clone(), role, mention.span, 0.9));
                }
            }
        }
        AnswerKind::Boolean => {
            if let Some(c) = boolean_candidate(q, ctx, idx) {
                out.push(Candidate {
                    doc,
                    evidence: sentence,
                    ..c
                });
            }
        }
        kind => {
            // An untyped "which/what X" question is answered by a name only when X
            // says what kind of thing is asked ("which opposition leader").
            let focus_kinds = if kind == AnswerKind::Entity {
                match entity_kind_asked(&q.text) {
                    Some(k) => Some(k),
                    None => return out,
                }
            } else {
                None
            };
            let kinds = focus_kinds.unwrap_or_else(|| mention_kind_for(kind).unwrap_or(&[]));
            // A person the tagger did not name ("Andrea Rigoni from the Council of
            // Europe"): a run of capitalised words no other mention claims.
            let unnamed_kind = [MentionKind::Person, MentionKind::Organisation]
                .into_iter()
                .find(|k| kinds.contains(k));
            if let Some(unnamed_kind) = unnamed_kind.filter(|k| {
                !ctx.extraction
                    .mentions
                    .iter()
                    .any(|m| m.kind == *k && sentence.overlaps(m.span))
            }) {
                // The question's own words (not its names) must stand close by.
                // A year is no anchor: "2009 Country Reports on ..." is a heading.
                let plain: HashSet<&String> = q
                    .tokens
                    .iter()
                    .filter(|(t, is_name)| !*is_name && !t.bytes().all(|b| b.is_ascii_digit()))
                    .map(|(t, _)| t)
                    .collect();
                let plain_at: Vec<usize> = tokens(sentence.slice(text))
                    .into_iter()
                    .filter(|(t, _)| plain.contains(t))
                    .map(|(_, r)| sentence.start as usize + r.start)
                    .collect();
                let near_anchor = |span: Span| {
                    plain_at
                        .iter()
                        .any(|&a| a + 60 >= span.start as usize && a <= span.end as usize + 60)
                };
                for (name, span) in unnamed_people(text, sentence, &ctx.extraction) {
                    if !named_in_question(q, &name, unnamed_kind) && near_anchor(span) {
                        // "Author: Y Kumar": tied to the asked relation.
                        let bound = unnamed_kind == MentionKind::Person
                            && relation_bound(q, text, sentence, span);
                        let trust = if bound {
                            UNNAMED_PERSON_TRUST * BOUND_TRUST
                        } else {
                            UNNAMED_PERSON_TRUST
                        };
                        let mut found = candidate(name.clone(), name, span, trust);
                        found.bound = bound;
                        out.push(found);
                    }
                }
            } else if kinds.contains(&MentionKind::Person) {
                // A name the tagger missed beside other people's names still
                // answers when it is tied to the asked relation ("X, head of ...").
                for (name, span) in unnamed_people(text, sentence, &ctx.extraction) {
                    if !named_in_question(q, &name, MentionKind::Person)
                        && relation_bound(q, text, sentence, span)
                    {
                        let mut found =
                            candidate(name.clone(), name, span, UNNAMED_PERSON_TRUST * BOUND_TRUST);
                        found.bound = true;
                        out.push(found);
                    }
                }
            }
            if kinds.contains(&MentionKind::Law) && asks_section(q) {
                for (section, span) in sections_in(text, sentence, &ctx.extraction) {
                    out.push(candidate(section.clone(), section, span, 1.0));
                }
            }
            let asked_office = entity_head_asked(&q.text).map(|(head, _)| head);
            let some_gloss_matches = ctx.extraction.mentions.iter().any(|m| {
                kinds.contains(&m.kind)
                    && sentence.overlaps(m.span)
                    && gloss_matches(q, text, sentence, m.span) == Some(true)
            });
            for mention in ctx
                .extraction
                .mentions
                .iter()
                .filter(|m| kinds.contains(&m.kind) && sentence.overlaps(m.span))
            {
                // "a 41-year-old Singaporean": a people's adjective is no answer to
                // "Where ...?".
                if named_in_question(q, &mention.name, mention.kind)
                    || (kind == AnswerKind::Court && phrases::names_no_court(&mention.name))
                    || mention
                        .role
                        .as_deref()
                        .is_some_and(|role| role_acts_in_question(q, role))
                    // "In which prison ...?": a district or a state is no prison.
                    || (mention.kind == MentionKind::Place
                        && which_noun(&q.text).is_some_and(|w| phrases::asks_facility(&w))
                        && (phrases::names_division(&mention.name) || is_state(&mention.name)))
                    // "Which judge ...?": a person titled by another office.
                    || (mention.kind == MentionKind::Person
                        && mention.role.as_deref().is_some_and(|role| {
                            asked_office
                                .as_deref()
                                .is_some_and(|asked| phrases::office_of_another(asked, role))
                        }))
                    || (asks_where(q) && mention.rule == "gazetteer.demonym")
                    || (mention.kind == MentionKind::Place
                        && (phrases::inside_longer_place(text, mention.span.start as usize)
                            // "Where was X arrested?": a state named in a sentence
                            // that states no arrest (a case title's state) is no
                            // answer; a prison or a town there may be ("was
                            // pronounced dead at Holman Correctional Facility").
                            || (asks_where(q)
                                && !q.event_kinds.is_empty()
                                && !events.iter().any(|e| hinted(e.kind))
                                && is_state(&mention.name))))
                {
                    continue;
                }
                let mut score = 1.0;
                // Answers that an event of the hinted type involves come first.
                if events
                    .iter()
                    .any(|e| hinted(e.kind) && e.span.contains(mention.span))
                {
                    score += 0.2;
                }
                // "Lord Hamblen": a peer is named by the title.
                let name = match mention.role.as_deref() {
                    Some(title) if mention.kind == MentionKind::Person => phrases::with_peer_title(
                        &mention.name,
                        title,
                        &text[..mention.span.end as usize],
                    ),
                    _ => mention.name.clone(),
                };
                let display = if kind == AnswerKind::Law {
                    mention.span.slice(text).to_string()
                } else {
                    name.clone()
                };
                // "Which section ...?" is answered by a section, not an article.
                if asks_section(q) && !names_section(&display) {
                    score *= 0.5;
                }
                let mut bound = mention.kind == MentionKind::Person
                    && relation_bound(q, text, sentence, mention.span);
                // "Article 179 (terrorism)" in a list of articles: the gloss ties
                // one item to the asked words, and the others' glosses untie them.
                match gloss_matches(q, text, sentence, mention.span) {
                    Some(true) => bound = true,
                    Some(false) if some_gloss_matches => score *= 0.5,
                    _ => {}
                }
                // "Where ...?" is answered by a place after a preposition ("at
                // Evin prison", "in Lusaka"), not by the state that acts
                // ("Indonesia executed ...").
                if mention.kind == MentionKind::Place
                    && asks_where(q)
                    && !after_preposition(text, sentence, mention.span)
                {
                    score *= 0.5;
                }
                if bound {
                    score *= BOUND_TRUST;
                }
                // "born in Kingstown, Saint Vincent and the Grenadines": a town the
                // gazetteer does not know, set before its state, is the place.
                // Only in a sentence of the asked act: "born in Ishinomaki, Miyagi
                // Prefecture" answers where someone was born, not where he died.
                let town = (mention.kind == MentionKind::Place
                    && asks_where(q)
                    && says_asked_act(q, text, sentence))
                .then(|| town_before(text, sentence, mention.span))
                .flatten();
                let (name, display, span) = match town {
                    Some(start) => {
                        let whole = text[start..mention.span.end as usize].to_string();
                        (
                            whole.clone(),
                            whole,
                            Span::new(start, mention.span.end as usize),
                        )
                    }
                    None => (name, display, mention.name_span),
                };
                let mut found = candidate(name, display, span, score);
                found.bound = bound;
                // A mention that runs across a sentence boundary is cited whole.
                found.evidence = sentence.cover(mention.span);
                out.push(found);
            }
            if kinds.contains(&MentionKind::Place) && asks_where(q) {
                out.extend(
                    unknown_place_of_act(q, ctx, sentence).map(|(name, span)| {
                        candidate(name.clone(), name, span, UNNAMED_PERSON_TRUST)
                    }),
                );
            }
        }
    }
    // "was assaulted on the night of the 3rd of June 2020 and died of her injuries
    // on the 5th": the asked act has a day of its own that no date reads; the dates
    // before it are other acts'.
    if q.kind == AnswerKind::Date {
        if let Some(verb_end) = act_with_own_day(q, text, sentence) {
            out.retain(|c| c.span.start as usize >= verb_end);
        }
    }
    if q.kind == AnswerKind::Number {
        periods::weigh(&q.text, text, sentence, &mut out);
        votes::weigh(&q.text, text, sentence, &mut out);
        partitive::weigh(q, ctx, idx, &mut out);
        counted::weigh(q, ctx, &mut out);
    }
    out
}

/// Whether `sentence` holds a word of the act the question asks of ("Where did ...
/// die?": "died"); true when the question names no act.
fn says_asked_act(q: &Question, text: &str, sentence: Span) -> bool {
    let Some(act) = acts::Acts::builtin().verb_act(&q.text, &q.names) else {
        return true;
    };
    sentence
        .slice(text)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| act.matches(&w.to_lowercase()))
}

/// Where a town set before the place at `span` starts ("in Kingstown, Saint Vincent
/// and the Grenadines", "at Mzuzu, Malawi"): one to three capitalised words after
/// "in", "at", "from" or "near", then a comma right before the place.
fn town_before(text: &str, sentence: Span, span: Span) -> Option<usize> {
    let before = text.get(sentence.start as usize..span.start as usize)?;
    let head = before.strip_suffix(", ")?;
    let words: Vec<&str> = head.split(' ').collect();
    let mut run = 0;
    for w in words.iter().rev() {
        let lower = w.to_lowercase();
        if run < 3
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            // "in January, Ruritania ...": a month or a day is no town.
            && !dossier_model::is_month_name(&lower)
            && !dossier_model::is_weekday_word(&lower)
        {
            run += 1;
        } else {
            break;
        }
    }
    if run == 0 || words.len() <= run {
        return None;
    }
    let preposition = words[words.len() - run - 1];
    if !["in", "at", "from", "near"].contains(&preposition) {
        return None;
    }
    let town_len: usize = words[words.len() - run..]
        .iter()
        .map(|w| w.len() + 1)
        .sum::<usize>()
        - 1;
    Some(span.start as usize - 2 - town_len)
}

/// "Where was X arrested?" in a sentence whose place the gazetteer does not know ("at
/// a motel in Duncan"): the place after the question's own verb (see
/// [`documents::place_after_act`]), when the sentence holds no place mention after a
/// preposition and the question's name is no place.
fn unknown_place_of_act(q: &Question, ctx: &DocCtx, sentence: Span) -> Option<(String, Span)> {
    let text = &ctx.document.text;
    let known = ctx.extraction.mentions.iter().any(|m| {
        m.kind == MentionKind::Place
            && sentence.overlaps(m.span)
            && after_preposition(text, sentence, m.span)
    });
    if known {
        return None;
    }
    let act = acts::Acts::builtin().verb_act(&q.text, &q.names)?;
    let said = sentence.slice(text);
    let mut at = 0;
    let verb_end = said
        .split_inclusive(char::is_whitespace)
        .find_map(|piece| {
            let start = at;
            at += piece.len();
            let word = piece
                .trim_end()
                .trim_matches(|c: char| !c.is_alphanumeric());
            act.matches(&word.to_lowercase())
                .then_some(start + piece.trim_end().len())
        })?;
    let (name, range) = documents::place_after_act(&said[verb_end..])?;
    if named_in_question(q, &name, MentionKind::Place)
        || named_in_question(q, &name, MentionKind::Person)
    {
        return None;
    }
    let start = sentence.start + (verb_end + range.start) as u32;
    let end = sentence.start + (verb_end + range.end) as u32;
    Some((name, Span { start, end }))
}

/// The parenthesis that glosses a list item, right after it ("Article 179
/// (terrorism)") or around it ("murder (Article 104)", the word before the
/// parenthesis): whether its words hold one of the question's own words (not a
/// name). None when the item has no gloss.
fn gloss_matches(q: &Question, text: &str, sentence: Span, span: Span) -> Option<bool> {
    let (start, end) = (sentence.start as usize, sentence.end as usize);
    let (span_start, span_end) = (span.start as usize, span.end as usize);
    if span_start < start || span_end > end {
        return None;
    }
    let after = &text[span_end..end];
    let gloss: &str = if let Some(rest) = after.trim_start_matches(' ').strip_prefix('(') {
        rest.split(')')
            .next()
            .filter(|g| g.len() <= 80 && !g.contains('('))?
    } else {
        // The item inside a parenthesis: the words before it, back to the list's
        // comma or the sentence start.
        let before = &text[start..span_start];
        let inner = before.trim_end();
        let inner = inner.strip_suffix('(')?;
        let closes = text[span_end..end].trim_start().starts_with(')');
        if !closes {
            return None;
        }
        let from = inner
            .rfind([',', ';', ':', ')'])
            .map(|i| i + 1)
            .unwrap_or(0);
        let gloss = &inner[from..];
        if gloss.len() > 80 {
            return None;
        }
        gloss
    };
    let plain: HashSet<&str> = q
        .tokens
        .iter()
        .filter(|(_, is_name)| !*is_name)
        .map(|(t, _)| t.as_str())
        .collect();
    let words = tokens(gloss);
    if words.is_empty() {
        return None;
    }
    Some(words.iter().any(|(t, _)| plain.contains(t.as_str())))
}

/// Whether the words around `span` tie it to the relation the question asks about
/// (one of the question's own words that is not a name): the agent of a passive
/// ("[Delivered by] Lord X"), a labelled field ("Author: X", "President: X") or an
/// apposition ("X, head of the centre", "X, President"). A title between the cue
/// and the name is skipped.
fn relation_bound(q: &Question, text: &str, sentence: Span, span: Span) -> bool {
    let plain: HashSet<&str> = q
        .tokens
        .iter()
        .filter(|(_, is_name)| !*is_name)
        .map(|(t, _)| t.as_str())
        .collect();
    let is_relation = |word: &str| {
        tokens(word).first().is_some_and(|(t, _)| {
            plain.contains(t.as_str()) || synonyms_of(t).iter().any(|s| plain.contains(s.as_str()))
        })
    };
    let rules = dossier_extract::rules::Rules::builtin();
    let before = &text[sentence.start as usize..(span.start.max(sentence.start)) as usize];
    let mut words = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| matches!(c, '[' | '(' | '"' | '\u{201c}')))
        .filter(|w| !w.is_empty())
        .peekable();
    if let Some(title) = words.peek().filter(|w| rules.is_title(w)) {
        // The title may be the asked role itself ("Minister of Justice X").
        if title.chars().all(char::is_alphabetic) && is_relation(title) {
            return true;
        }
        words.next();
    }
    let last: Vec<&str> = words.take(2).collect();
    match last.as_slice() {
        [by, cue, ..] if by.eq_ignore_ascii_case("by") && is_relation(cue) => return true,
        [label, ..] if label.ends_with(':') && is_relation(label.trim_end_matches(':')) => {
            return true
        }
        // A role written before the name ("Minister of Justice HATOYAMA Kunio",
        // "court chairman Valery Zorkin").
        [role, ..] if role.chars().all(char::is_alphabetic) && is_relation(role) => return true,
        _ => {}
    }
    let after = &text[(span.end.min(sentence.end)) as usize..sentence.end as usize];
    // The word after the comma names a role, not the verb the name is the
    // subject of ("X, under Y, closed ...": Y is not tied to "closed").
    after.strip_prefix(',').is_some_and(|rest| {
        rest.split_whitespace().next().is_some_and(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            !w.ends_with("ed") && !w.ends_with("ing") && is_relation(w)
        })
    })
}

/// The stages of a capital case that questions tell apart (a sentence that
/// reports executions does not answer a question about death sentences).
fn is_penalty_kind(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::DeathSentence | EventKind::Execution | EventKind::Commutation
    )
}

/// Runs of two or three capitalised words in `sentence` that no mention claims:
/// names of people the tagger missed. Words in capitals
/// ("HATOYAMA Kunio") count; a run with a word the lexicon of institutions knows
/// ("Council", "Court") does not.
fn unnamed_people(text: &str, sentence: Span, extraction: &Extraction) -> Vec<(String, Span)> {
    const NOT_NAMES: &[&str] = &[
        "the",
        "council",
        "court",
        "committee",
        "ministry",
        "office",
        "department",
        "union",
        "republic",
        "kingdom",
        "united",
        "nations",
        "international",
        "national",
        "state",
        "states",
        "house",
        "assembly",
        "parliament",
        "government",
        "party",
        "president",
        "minister",
        "general",
        "human",
        "rights",
        "watch",
        "amnesty",
        "special",
        "administrative",
        "region",
        "executive",
        "chief",
        "federal",
        "federation",
        "supreme",
        "high",
        "regional",
        "city",
        "province",
        "district",
        "agency",
        "service",
        "commission",
        "bureau",
        "center",
        "centre",
        "organization",
        "organisation",
        "association",
        "society",
        "foundation",
        "institute",
        "university",
        "church",
        "army",
        "police",
        "forces",
        "force",
        "security",
        "prison",
        "camp",
        "news",
        "press",
        "times",
        "post",
        "radio",
        "television",
        "channel",
        "bill",
        "act",
        "law",
        "code",
        "country",
        "countries",
        "report",
        "reports",
        "practices",
        "constitution",
        "protocol",
        "convention",
        "treaty",
        "covenant",
        "article",
        "section",
        "chapter",
        "report",
        "islamic",
        "democratic",
        "people's",
        "socialist",
        "central",
        "north",
        "south",
        "east",
        "west",
        "new",
        "great",
        "in",
        "on",
        "at",
        "a",
        "an",
        "and",
        "but",
        "for",
        "as",
        "after",
        "before",
        "during",
        "when",
        "while",
        "this",
        "that",
        "his",
        "her",
        "their",
        // roles in a judgment's caption ("SMITH, DENNIS, and HO, Circuit Judges")
        "judge",
        "judges",
        "justice",
        "justices",
        "circuit",
        "clerk",
        "registrar",
        "counsel",
    ];
    let base = sentence.start as usize;
    let s = sentence.slice(text);
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut piece_start: Option<usize> = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (c.is_whitespace(), piece_start) {
            (false, None) => piece_start = Some(i),
            (true, Some(p)) => {
                pieces.push((p, &s[p..i]));
                piece_start = None;
            }
            _ => {}
        }
    }
    for (start, piece) in pieces {
        let trimmed = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
        let lead = piece.len()
            - piece
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let word = &trimmed[lead.min(trimmed.len())..];
        words.push((start + lead, start + lead + word.len()));
    }
    let capitalised = |(a, b): (usize, usize)| {
        let w = &s[a..b];
        b > a + 1
            && w.chars().next().is_some_and(|c| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !NOT_NAMES.contains(&w.to_lowercase().as_str())
            && !dossier_model::is_weekday_name(&w.to_lowercase())
            && !dossier_model::is_month_name(&w.to_lowercase())
    };
    let claimed = |span: Span| extraction.mentions.iter().any(|m| m.span.overlaps(span));
    let mut out = Vec::new();
    let mut i = 0;
    // A given name's initial before a capitalised surname ("Y Chandrachud").
    let initial = |(a, b): (usize, usize)| b == a + 1 && s[a..b].chars().all(|c| c.is_uppercase());
    while i < words.len() {
        let starts_with_initial = initial(words[i])
            && i + 1 < words.len()
            && capitalised(words[i + 1])
            && s[words[i].1..words[i + 1].0]
                .trim_matches('.')
                .trim()
                .is_empty();
        if !capitalised(words[i]) && !starts_with_initial {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < words.len() && j - i < 2 && capitalised(words[j + 1]) {
            // Punctuation between two words ("Chechnya [BBC") closes the run, and so
            // does a line's end ("Interviewer: Daniel Obbo\nDate of interview").
            let raw_gap = &s[words[j].1..words[j + 1].0];
            let gap = raw_gap.trim();
            if raw_gap.contains('\n') {
                break;
            }
            if gap.is_empty() || (j == i && starts_with_initial && gap == ".") {
                j += 1;
            } else {
                break;
            }
        }
        let span = Span::new(base + words[i].0, base + words[j].1);
        // Two or three words, none of them inside a mention of something else.
        let free = (i..=j).all(|k| !claimed(Span::new(base + words[k].0, base + words[k].1)));
        // A headline in capitals ("COURT EXTENDS MORATORIUM") is no name; a
        // surname in capitals beside a given name ("HATOYAMA Kunio") is.
        let shouting = (i..=j).all(|k| {
            let w = &s[words[k].0..words[k].1];
            w.chars()
                .filter(|c| c.is_alphabetic())
                .all(|c| c.is_uppercase())
        });
        // "on 4 February 2023, Independence Day": a day's name is no person's.
        let a_day = phrases::names_a_day(&s[words[j].0..words[j].1]);
        if j > i && free && !shouting && !a_day && !claimed(span) {
            out.push((span.slice(text).to_string(), span));
        }
        i = j + 1;
    }
    out
}

/// For "which court / who / where" questions about a named person and an event type
/// ("Which court heard the case against X?"): the matching participants of every
/// asserted event of that type involving X, in date order.
fn event_candidates(q: &Question, docs: &[DocCtx]) -> Vec<Candidate> {
    let role_wanted = match q.kind {
        AnswerKind::Court => Some(dossier_model::Role::Authority),
        AnswerKind::Person | AnswerKind::Place | AnswerKind::Organisation => None,
        _ => return Vec::new(),
    };
    if q.event_kinds.is_empty() || q.names.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(String, Candidate)> = Vec::new();
    for (doc, ctx) in docs.iter().enumerate() {
        for event in &ctx.extraction.events {
            if !q.event_kinds.contains(&event.kind)
                || !matches!(event.modality, Modality::Asserted | Modality::Hedged)
            {
                continue;
            }
            let about_named = event
                .participants
                .iter()
                .any(|p| q.names.iter().any(|n| same_person(n, &p.name)));
            if !about_named {
                continue;
            }
            let values: Vec<String> = match q.kind {
                AnswerKind::Place => event.place.iter().cloned().collect(),
                _ => event
                    .participants
                    .iter()
                    .filter(|p| role_wanted.is_none_or(|r| p.role == r))
                    .filter(|p| !q.names.iter().any(|n| same_person(n, &p.name)))
                    .map(|p| p.name.clone())
                    .collect(),
            };
            for value in values {
                let sort_key = event
                    .date
                    .map(|d| d.sort_key())
                    .unwrap_or_else(|| "9999".into());
                found.push((
                    sort_key,
                    Candidate {
                        display: value.clone(),
                        value,
                        doc,
                        evidence: event.span,
                        span: event.span,
                        score: 1.0,
                        bound: false,
                    },
                ));
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found.into_iter().map(|(_, c)| c).collect()
}

/// Same person for question matching: the names agree, or their surnames (last
/// words) do.
fn same_person(a: &str, b: &str) -> bool {
    person_matches(a, b) || {
        let last = |s: &str| tokens(s).into_iter().last().map(|(t, _)| t);
        let (la, lb) = (last(a), last(b));
        la.is_some() && la == lb && tokens(a).len() > 1 && !other_given_names(a, b)
    }
}

/// Whether two names of one surname give other given names ("Ali al-Nimr" and
/// "Sheikh Nimr al-Nimr", "Raghunath Patil" and "Sunanda Patil"): relatives, not one
/// person. Titles are no given names, and an initial agrees with its name.
fn other_given_names(a: &str, b: &str) -> bool {
    let given = |s: &str| -> Vec<String> {
        let mut words: Vec<String> = fold_word(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        words.pop();
        words.retain(|w| {
            !phrases::is_name_title(w)
                && !matches!(
                    w.as_str(),
                    "al" | "el" | "bin" | "ibn" | "van" | "von" | "de" | "da"
                )
        });
        words
    };
    let (ga, gb) = (given(a), given(b));
    if ga.is_empty() || gb.is_empty() {
        return false;
    }
    let agree = |x: &String, y: &String| {
        x == y
            || (x.len() == 1 && y.starts_with(x.as_str()))
            || (y.len() == 1 && x.starts_with(y.as_str()))
    };
    !ga.iter().any(|x| gb.iter().any(|y| agree(x, y)))
}

/// Ordinal words, as the index's tokens.
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// "When was his second case review rejected?" is not answered by "his first request
/// for a case review was rejected on 9 December": a sentence that holds another
/// ordinal and not the question's (one after "first", which may only mean "earliest")
/// dates another of the series. Only an ordinal of the asked noun counts: one within
/// three words before a word that follows the question's ordinal, and not part of a
/// capitalised name ("The Fifth Circuit dismissed the appeal" numbers no appeal).
fn another_ordinal_only(q: &Question, sentence: &str) -> bool {
    let own = tokens(sentence);
    let ordinal = |t: &str| {
        ORDINALS
            .iter()
            .any(|o| tokens(o).first().is_some_and(|(s, _)| s == t))
    };
    let mut asked: Vec<&str> = Vec::new();
    let mut nouns: Vec<&str> = Vec::new();
    for (i, (t, is_name)) in q.tokens.iter().enumerate() {
        if !*is_name && t != "first" && ordinal(t) {
            asked.push(t);
            nouns.extend(
                q.tokens[i + 1..]
                    .iter()
                    .take(2)
                    .filter(|(n, is_name)| !*is_name && !ordinal(n))
                    .map(|(n, _)| n.as_str()),
            );
        }
    }
    let capitalised = |r: &std::ops::Range<usize>| {
        sentence[r.clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    };
    let of_asked_noun = |j: usize| {
        let (_, r) = &own[j];
        let in_name = capitalised(r) && own.get(j + 1).is_some_and(|(_, n)| capitalised(n));
        !in_name
            && own[j + 1..]
                .iter()
                .take(3)
                .any(|(n, _)| nouns.contains(&n.as_str()))
    };
    !asked.is_empty()
        && !asked.iter().any(|t| own.iter().any(|(o, _)| o == t))
        && (0..own.len()).any(|j| ordinal(&own[j].0) && of_asked_noun(j))
}

/// "Who was the first person executed by lethal injection?" is not answered by "they
/// were the last people to be put to death": a sentence that says "the" and the
/// opposite of the question's first or last, and not the question's word, answers
/// nothing.
fn superlative_clash(q: &Question, sentence: &str) -> bool {
    const OPPOSITES: &[(&str, &str)] = &[
        ("first", "last"),
        ("last", "first"),
        ("earliest", "latest"),
        ("latest", "earliest"),
    ];
    // What the opposite word must qualify ("the last-mentioned date" qualifies none).
    const SUBJECTS: &[&str] = &[
        "people",
        "person",
        "persons",
        "man",
        "men",
        "woman",
        "women",
        "prisoner",
        "prisoners",
        "execution",
        "executions",
        "one",
        "ones",
        "to",
    ];
    let asked = format!(" {} ", fold_word(&q.text));
    let said = format!(" {} ", fold_word(sentence));
    OPPOSITES.iter().any(|(word, opposite)| {
        asked.contains(&format!(" {word} "))
            && !said.contains(&format!(" {word} "))
            // "the first executions since 1988" says when the last ones were.
            && !(*opposite == "first" && said.contains(" since "))
            && SUBJECTS
                .iter()
                .any(|s| said.contains(&format!(" the {opposite} {s} ")))
    })
}

/// "When did the tribunal deliver its first verdict?" is not answered by "its
/// second judgment": a sentence with other ordinals than the question's, and not
/// the question's own, loses a quarter.
fn ordinal_clash(q: &Question, own: &HashSet<String>) -> f32 {
    let ordinal = |t: &str| {
        ORDINALS
            .iter()
            .any(|o| tokens(o).first().is_some_and(|(s, _)| s == t))
    };
    let asked: Vec<&str> = q
        .tokens
        .iter()
        .filter(|(t, is_name)| !*is_name && ordinal(t))
        .map(|(t, _)| t.as_str())
        .collect();
    if asked.is_empty() || asked.iter().any(|t| own.contains(*t)) {
        return 0.0;
    }
    if own.iter().any(|t| ordinal(t)) {
        -0.25
    } else {
        0.0
    }
}

/// Tokens of the question's names (of two words or more) that the sentence
/// holds only as part of another person's name: a person mention sharing a word
/// with the asked name but not the same person, when no mention of the sentence
/// is the asked person.
fn other_peoples_tokens(q: &Question, ctx: &DocCtx, sentence: Span) -> Vec<String> {
    let people = people_in(ctx, sentence);
    let mut out = Vec::new();
    if people.is_empty() {
        return out;
    }
    for name in &q.names {
        let asked: HashSet<String> = tokens(name).into_iter().map(|(t, _)| t).collect();
        if asked.len() < 2 || people.iter().any(|p| same_person(name, p)) {
            continue;
        }
        for person in &people {
            // Two words in common ("Sheikh Nimr Baqir", "Nimr Baqir al Nimr"): the
            // asked person under a title or a longer form of the name.
            let shared = tokens(person)
                .into_iter()
                .filter(|(t, _)| asked.contains(t))
                .count();
            if shared >= 2 {
                continue;
            }
            // Capitalised words only: "al" or "bin" inside two names is no clash.
            out.extend(
                person
                    .split(' ')
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .flat_map(tokens)
                    .map(|(t, _)| t)
                    .filter(|t| asked.contains(t)),
            );
        }
    }
    out
}

/// Same person: all tokens of the shorter name occur in the longer one.
fn person_matches(a: &str, b: &str) -> bool {
    let ta: HashSet<String> = tokens(a).into_iter().map(|(t, _)| t).collect();
    let tb: HashSet<String> = tokens(b).into_iter().map(|(t, _)| t).collect();
    let (small, large) = if ta.len() <= tb.len() {
        (&ta, &tb)
    } else {
        (&tb, &ta)
    };
    !small.is_empty() && small.iter().all(|t| large.contains(t)) && !other_given_names(a, b)
}

/// The trust in a length of time that stands beside none of the question's nouns.
const UNTIED_LENGTH_TRUST: f32 = 0.6;

/// The words a length of time may stand beside besides the question's own nouns:
/// its unit and the words of asking ("how many years").
const LENGTH_QUESTION_WORDS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "how",
    "many", "long", "what", "which", "term", "length", "period", "he", "she", "his", "her", "him",
    "they", "their", "them",
];

/// Whether a length of time at `span` has a content word of the question (not its
/// unit, not a name) among the few words around it: "fifteen (15) years
/// imprisonment" for "How many years of imprisonment ...?".
fn duration_beside_asked_noun(q: &Question, text: &str, span: Span) -> bool {
    let from = text.floor_char_boundary((span.start as usize).saturating_sub(24));
    let to = text.ceil_char_boundary((span.end as usize + 28).min(text.len()));
    let around = format!(
        "{} {}",
        &text[from..span.start as usize],
        &text[span.end as usize..to]
    );
    let near: HashSet<String> = tokens(&around).into_iter().map(|(t, _)| t).collect();
    // The question's tokens are stems ("many" is "mani"): the words left out are too.
    static LEFT_OUT: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
        tokens(&LENGTH_QUESTION_WORDS.join(" "))
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    });
    q.tokens.iter().any(|(t, is_name)| {
        !*is_name && !LEFT_OUT.contains(t) && !AUXILIARIES.contains(&t.as_str()) && near.contains(t)
    })
}

/// Yes or no from a sentence that states the question's proposition: every name the
/// question gives stands in the sentence, the two before it or the document's scope,
/// and at least half of its other words in the sentence itself; the polarity is
/// read by [`polarity::polarity`] near those words.
fn boolean_candidate(q: &Question, ctx: &DocCtx, idx: usize) -> Option<Candidate> {
    let sentence = ctx.sentences[idx];
    let text = &ctx.document.text;
    // "Has he been executed?": a question the document puts (a Q&A heading, a
    // transcript) says nothing either way.
    if sentence.slice(text).trim_end().ends_with('?') {
        return None;
    }
    let own = sentence_words(sentence.slice(text));
    let mut known: HashSet<String> = own.clone();
    for back in 1..=2 {
        if idx >= back {
            known.extend(sentence_words(ctx.sentences[idx - back].slice(text)));
        }
    }
    known.extend(ctx.scope_tokens.iter().cloned());
    if let Some(heading) = ctx.heading_before(sentence.start as usize) {
        known.extend(tokens(heading).into_iter().map(|(t, _)| t));
    }
    let names_found = q
        .tokens
        .iter()
        .filter(|(_, is_name)| *is_name)
        .all(|(t, _)| {
            known.contains(t) || near_spelling(&known, t) || ctx.count_of(t) >= DOCUMENT_NAME_COUNT
        });
    let content: Vec<&String> = q
        .tokens
        .iter()
        .filter(|(_, is_name)| !*is_name)
        .map(|(t, _)| t)
        .collect();
    // The report's word for it ("the hanging of" / "executed") and a year the
    // sentence's own dates fall in ("today (7 December)" in a story of 2007).
    let years_here: Vec<dossier_model::TimeValue> = ctx
        .extraction
        .times
        .iter()
        .filter(|t| sentence.contains(t.span))
        .filter_map(|t| t.value)
        .collect();
    let in_own = |t: &str| {
        own.contains(t)
            || synonyms_of(t).iter().any(|s| own.contains(s))
            || (t.len() == 4
                && t.parse::<i32>().is_ok_and(|y| {
                    years_here
                        .iter()
                        .any(|v| v.overlaps(&dossier_model::TimeValue::point(PartialDate::year(y))))
                }))
    };
    let question_folded = fold_word(&q.text);
    let opposite = polarity::states_opposite(sentence.slice(text), &q.text);
    let in_sentence = content.iter().filter(|t| in_own(t)).count() + usize::from(opposite);
    if !names_found || content.is_empty() || 2 * in_sentence < content.len() {
        return None;
    }
    // The question's subject, when it is not a name, must be what the sentence
    // (or the one before it) speaks of: "Were statistics ... made public?" is not
    // answered by "cases ... became topics of public debate". A sentence with
    // nearly all the other words may name it otherwise ("readers" / "citizens").
    let words: Vec<&String> = content
        .iter()
        .copied()
        .filter(|t| !AUXILIARIES.contains(&t.as_str()))
        .collect();
    let found_words = words.iter().filter(|t| in_own(t)).count();
    let subject_first = q
        .tokens
        .iter()
        .find(|(t, _)| !AUXILIARIES.contains(&t.as_str()))
        .filter(|(_, is_name)| !*is_name)
        .map(|(t, _)| t);
    if let Some(subject) = subject_first {
        let before: HashSet<String> = idx
            .checked_sub(1)
            .map(|i| {
                tokens(ctx.sentences[i].slice(text))
                    .into_iter()
                    .map(|(t, _)| t)
                    .collect()
            })
            .unwrap_or_default();
        if !own.contains(subject) && !before.contains(subject) && 5 * found_words < 4 * words.len()
        {
            return None;
        }
    }
    // "It was the contention of counsel that the judge erred": a party's claim, or
    // a request put to the court, answers nothing (unless the question asks it).
    let lower_sentence = sentence.slice(text).to_lowercase();
    let question_lower = fold_word(&q.text);
    let lex = polarity::Lexicon::builtin();
    if claims_or_requests(&lower_sentence, &question_lower)
        || phrases::opens_with_claim_label(&lower_sentence)
        || phrases::leaves_open(&lower_sentence)
    {
        return None;
    }
    let anchors: Vec<usize> = anchor_positions(q, text, sentence)
        .into_iter()
        .map(|a| a - sentence.start as usize)
        .collect();
    // "may have been executed", "his lawyer said he was released": a hedge just
    // before the question's words leaves it open.
    let ascii_lower = sentence.slice(text).to_ascii_lowercase();
    let hedged = lex.hedges.iter().any(|h| {
        !question_lower.contains(h.as_str())
            && ascii_lower.match_indices(h.as_str()).any(|(at, _)| {
                anchors.is_empty()
                    || anchors
                        .iter()
                        .any(|&a| a >= at && a <= at + h.len() + polarity::HEDGE_REACH)
            })
    });
    if hedged {
        return None;
    }
    let name_stems: Vec<String> = q
        .tokens
        .iter()
        .filter(|(_, is_name)| *is_name)
        .map(|(t, _)| t.clone())
        .collect();
    let yes = polarity::polarity(
        sentence.slice(text),
        &fold_word(&q.text),
        &name_stems,
        &anchors,
    );
    // "Did the court allow the appeal against conviction?" is not answered by
    // "The appeal against sentence is allowed"; "... rule it unconstitutional?" is
    // answered "no" by "ruled that it is constitutional".
    let said = sentence.slice(text);
    if polarity::binds_otherwise(said, &q.text) {
        return None;
    }
    let yes = yes && !polarity::opposes(said, &q.text) && !opposite;
    // "Has Dang Van Khoa been executed?" is not answered "yes" by "429 executions had
    // been carried out": a sentence that names no asked person, with no person's
    // pronoun in it or the sentence before, speaks of others.
    if yes && speaks_of_others_only(q, ctx, idx) {
        return None;
    }
    // "His execution was scheduled for 5 December 2014 but was halted": the asked
    // act said only as set and then halted or stayed is no "yes" (a modal, "should be
    // allowed", still may be).
    if yes {
        let acts = acts::Acts::builtin();
        let asked = acts.asked(&q.text, &q.names);
        let folded = fold_word(said);
        let halted = [
            "was halted",
            "were halted",
            "was stayed",
            "were stayed",
            "was postponed",
            "was called off",
        ]
        .iter()
        .any(|h| folded.contains(h));
        if halted && !asked.is_empty() && acts.stated_in(&asked, said) == acts::Stated::Undone {
            return None;
        }
    }
    // A "yes" must state the act the question asks ("quash", "executed"), by its
    // word or a kindred one; a sentence that tells only of the conviction or the
    // appeal says nothing of it.
    let said_lower = fold_word(said);
    let said_has = |stem: &str| {
        if stem.contains(' ') {
            said_lower.contains(stem)
        } else {
            said_lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(stem))
        }
    };
    let lex = polarity::Lexicon::builtin();
    let act_missing = lex.asked_acts.iter().any(|act| {
        let Some(asked) = question_folded
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.starts_with(act))
        else {
            return false;
        };
        let kindred = tokens(asked)
            .into_iter()
            .any(|(t, _)| own.contains(&t) || synonyms_of(&t).iter().any(|s| own.contains(s)));
        let undone =
            lex.undoing_acts.contains(act) && lex.undoing_words.iter().any(|w| said_has(w));
        !said_has(act) && !kindred && !undone
    });
    if yes && act_missing {
        return None;
    }
    // "Had Zambia voted in favour ...?" is not answered "yes" by a sentence on the
    // vote that names Zambia neither there nor in the sentences before: a state the
    // document only names elsewhere, however often, is no party to this sentence's
    // proposition (a case the whole document is about still is).
    let names_here = q.names.iter().filter(|n| is_state(n)).all(|n| {
        tokens(n)
            .into_iter()
            .all(|(t, _)| known.contains(&t) || near_spelling(&known, &t))
    });
    if yes && !names_here {
        return None;
    }
    let value = if yes { "yes" } else { "no" };
    Some(Candidate {
        value: value.to_string(),
        display: capitalise(value),
        doc: 0,
        evidence: sentence,
        span: sentence,
        score: in_sentence as f32 / content.len() as f32,
        bound: false,
    })
}

/// Whether sentence `idx` counts others ("429 executions had been carried out": a
/// number in digits that is no year) while a person the question names (two words
/// or more, not a state) is named neither in it nor in the one before, and neither
/// holds a personal pronoun ("he", "her"). ("The Board grants the application and
/// commutes the sentence", in an order about the person, counts no one.)
fn speaks_of_others_only(q: &Question, ctx: &DocCtx, idx: usize) -> bool {
    let text = &ctx.document.text;
    // A count is a number followed by a plural noun ("429 executions"), not a
    // paragraph or article number ("[9] The appeal", "Article 5 § 1").
    let words: Vec<&str> = ctx.sentences[idx].slice(text).split_whitespace().collect();
    let counts = words.windows(2).any(|w| {
        let n = w[0].replace(',', "");
        let noun = w[1].trim_end_matches(|c: char| !c.is_alphabetic());
        n.bytes().all(|b| b.is_ascii_digit())
            && n.parse::<u64>()
                .is_ok_and(|n| n >= 2 && !(1800..=2100).contains(&n))
            && noun.len() > 3
            && noun.ends_with('s')
            && noun.starts_with(char::is_lowercase)
    });
    if !counts {
        return false;
    }
    let people: Vec<&String> = q
        .names
        .iter()
        .filter(|n| n.split_whitespace().count() >= 2 && !is_state(n))
        .collect();
    if people.is_empty() {
        return false;
    }
    let mut near: HashSet<String> = HashSet::new();
    for i in idx.saturating_sub(1)..=idx {
        near.extend(
            ctx.sentences[i]
                .slice(text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.to_lowercase()),
        );
    }
    const PRONOUNS: &[&str] = &[
        "he", "she", "him", "her", "his", "hers", "himself", "herself",
    ];
    if PRONOUNS.iter().any(|p| near.contains(*p)) {
        return false;
    }
    !people.iter().any(|n| {
        n.split_whitespace()
            .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
            .any(|w| near.contains(&w.to_lowercase()))
    })
}

fn same_value(kind: AnswerKind, a: &str, b: &str) -> bool {
    match kind {
        // 2003-12 and 2003-12-17 agree: one refines the other.
        AnswerKind::Date => a.starts_with(b) || b.starts_with(a),
        _ => fold_word(a) == fold_word(b),
    }
}

fn assemble(q: &Question, docs: &[DocCtx], candidates: Vec<Candidate>) -> Answer {
    let best = &candidates[0];
    let cite =
        |c: &Candidate| Citation::new(&docs[c.doc].name, &docs[c.doc].document.text, c.evidence);
    let mut values = vec![best.value.clone()];
    let mut displays = vec![best.display.clone()];
    let mut citations = vec![cite(best)];
    let mut conflicts: Vec<Conflict> = Vec::new();
    let list_kind = matches!(
        q.kind,
        AnswerKind::Court
            | AnswerKind::Person
            | AnswerKind::Place
            | AnswerKind::Law
            | AnswerKind::Organisation
            | AnswerKind::Treaty
            | AnswerKind::Entity
    );
    let refines = |finer: &str, coarse: &str| {
        finer.len() > coarse.len() && finer.starts_with(coarse.trim_end_matches('/'))
    };
    for c in candidates.iter().skip(1) {
        if c.score < RUNNER_UP * best.score {
            // "executed ... this year" and, a little weaker, "on Thursday executed":
            // a date of the same document that refines the answer is given.
            if q.kind == AnswerKind::Date
                && values.len() == 1
                && values[0] == best.value
                && c.doc == best.doc
                && c.score >= REFINING_RUNNER_UP * best.score
                && refines(&c.value, &values[0])
            {
                values[0] = c.value.clone();
                displays[0] = c.display.clone();
                let citation = cite(c);
                if !citations.contains(&citation) {
                    citations.push(citation);
                }
            }
            if c.score < REFINING_RUNNER_UP * best.score {
                break;
            }
            continue;
        }
        let citation = cite(c);
        if values.iter().any(|v| same_value(q.kind, v, &c.value)) {
            // Corroboration: the same value from another sentence or document;
            // a date that refines the answer ("2010-12-21" for "2010-12") is given.
            if q.kind == AnswerKind::Date && values.len() == 1 && refines(&c.value, &values[0]) {
                values[0] = c.value.clone();
                displays[0] = c.display.clone();
            }
            if !citations.contains(&citation) && citations.len() < 4 {
                citations.push(citation);
            }
        } else if list_kind && values.len() < 3 {
            values.push(c.value.clone());
            displays.push(c.display.clone());
            if !citations.contains(&citation) {
                citations.push(citation);
            }
        } else if let Some(conflict) = conflicts
            .iter_mut()
            .find(|k| k.values.iter().any(|v| same_value(q.kind, v, &c.value)))
        {
            if !conflict.citations.contains(&citation) {
                conflict.citations.push(citation);
            }
        } else if conflicts.len() < 3 {
            conflicts.push(Conflict {
                values: vec![c.value.clone()],
                citations: vec![citation],
            });
        }
    }
    let second = candidates
        .iter()
        .find(|c| !same_value(q.kind, &c.value, &best.value))
        .map(|c| c.score)
        .unwrap_or(0.0);
    let confidence = (best.score.min(1.5) / 1.5)
        * (1.0 - 0.5 * second / best.score.max(1e-3))
        * risk(q, docs, best);
    let answer = match q.kind {
        AnswerKind::Date if displays[0] != values[0] => format!("{} ({})", values[0], displays[0]),
        AnswerKind::Boolean => format!(
            "{}: {}",
            displays[0],
            citations[0]
                .quote
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        ),
        _ => displays.join("; "),
    };
    Answer {
        question: q.text.clone(),
        answer: Some(answer),
        values,
        citations,
        conflicts,
        confidence: confidence.clamp(0.0, 1.0),
        method: format!("{:?} answer from the best-matching sentences", q.kind).to_lowercase(),
        trace: vec![],
    }
}

/// Whether the document names the day the question gives ("How many were under
/// sentence of death on 31 December 2023?"), in the question's year if it gives
/// one: a document that names it nowhere counts for another day (its census day,
/// the year before), so none of its counts answers.
fn names_asked_day(q: &Question, ctx: &DocCtx) -> bool {
    // "30 november" as (30, 11): the document may write "30.11.2023".
    let asked: Vec<(u8, u8)> = q
        .day_months
        .iter()
        .filter_map(|dm| {
            let (day, month) = dm.split_once(' ')?;
            Some((day.parse().ok()?, dossier_model::month_number(month)?))
        })
        .collect();
    let text = &ctx.document.text;
    asked.is_empty()
        || ctx.extraction.times.iter().any(|t| {
            // "On 15 November, the Third Committee ...": a day written without its
            // year does not gainsay the asked one.
            let said = fold_word(t.span.slice(text));
            (!said
                .split(|c: char| !c.is_ascii_digit())
                .any(|d| d.len() == 4)
                && day_months_in(&said)
                    .iter()
                    .any(|dm| q.day_months.contains(dm)))
                || t.value
                    .as_ref()
                    .into_iter()
                    .flat_map(|v| [v.start, v.end])
                    .flatten()
                    .any(|d| {
                        asked.contains(&(d.day.unwrap_or(0), d.month.unwrap_or(0)))
                            && (q.years.is_empty() || q.years.contains(&d.year))
                    })
        })
}

/// "In May 2023 alone, Iran executed at least 142": a count bound to a month when
/// the question asks about a whole year.
fn part_of_asked_year(q: &Question, ctx: &DocCtx, sentence: Span, span: Span) -> bool {
    !q.years.is_empty()
        && q.day_months.is_empty()
        && !fold_word(&q.text)
            .split_whitespace()
            .any(dossier_model::is_month_name)
        && date_bound_to(ctx, sentence, span)
            .and_then(|b| b.start)
            .is_some_and(|d| d.month.is_some())
}

/// The date a quantity at `span` is reported for: the first date starting at
/// most 50 bytes after it, else the last date ending before it, in the sentence.
/// Whether the sentence holds a count bound to one of `years` as a whole ("the
/// number of people executed this year").
fn year_counted(ctx: &DocCtx, sentence: Span, years: &[i32]) -> bool {
    ctx.extraction
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Quantity && sentence.contains(m.span))
        .filter_map(|m| date_bound_to(ctx, sentence, m.span))
        .any(|b| {
            b.start
                .is_some_and(|d| d.month.is_none() && years.contains(&d.year))
                && b.start == b.end
        })
}

fn date_bound_to(ctx: &DocCtx, sentence: Span, span: Span) -> Option<dossier_model::TimeValue> {
    let dates: Vec<&dossier_model::TimeMention> = ctx
        .extraction
        .times
        .iter()
        .filter(|t| sentence.contains(t.span) && !t.is_duration && t.value.is_some())
        .collect();
    // "for seven offences, with effect from July 2014": a date of taking effect or
    // a deadline after the number is not the number's date.
    let text = &ctx.document.text;
    let effect_or_deadline = |t: &dossier_model::TimeMention| {
        let between = fold_word(&text[span.end as usize..t.span.start as usize]);
        let between = between.trim_end();
        between.contains("effect")
            || ["from", "until", "as of", "by", "before"]
                .iter()
                .any(|w| between.ends_with(&format!(" {w}")) || between == *w)
    };
    // "executed 14 persons, compared with 14 in 2018, and ... 632 death sentences":
    // the compared year is its own number's, no other's.
    let compared_own = |t: &dossier_model::TimeMention| match compared_from(text, sentence, t.span)
    {
        Some(from) => span.start as usize >= from && span.end <= t.span.start,
        None => true,
    };
    let after = dates
        .iter()
        .filter(|t| t.span.start >= span.end && t.span.start - span.end <= 50)
        .filter(|t| !effect_or_deadline(t) && compared_own(t))
        .min_by_key(|t| t.span.start);
    let before = dates
        .iter()
        .filter(|t| t.span.end <= span.start && compared_own(t))
        .max_by_key(|t| t.span.end);
    after.or(before).and_then(|t| t.value)
}

/// Where a comparison with another period's figure starts, when the date at `date`
/// is its period ("compared with 14 in 2018", "up from 120 in 2017"): the offset of
/// the comparing word.
fn compared_from(text: &str, sentence: Span, date: Span) -> Option<usize> {
    const COMPARING: [&str; 6] = [
        "compared with",
        "compared to",
        "up from",
        "down from",
        "against",
        "versus",
    ];
    let from = (date.start as usize)
        .saturating_sub(45)
        .max(sentence.start as usize);
    let from = (from..=date.start as usize).find(|&i| text.is_char_boundary(i))?;
    let before = text[from..date.start as usize].to_lowercase();
    // "compared with 11 in 2022", "... in the whole of 2022", "... in all of 2022".
    let before = before.trim_end();
    let before = [" in the whole of", " in all of", " during", " in"]
        .iter()
        .find_map(|p| before.strip_suffix(p))?;
    let number_at = before.trim_end().rfind(' ')?;
    let number = &before[number_at + 1..];
    if !number.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let head = before[..number_at].trim_end();
    COMPARING
        .iter()
        .find(|c| head.ends_with(*c))
        .map(|c| from + head.len() - c.len())
}

/// What lowers trust in an answer without changing which answer is best: a date
/// whose year was inferred (not written), a date coarser than asked, a number
/// that shares its sentence with other numbers, a yes/no read from one sentence.
fn risk(q: &Question, docs: &[DocCtx], best: &Candidate) -> f32 {
    let ctx = &docs[best.doc];
    match q.kind {
        AnswerKind::Date => {
            let mut risk = 1.0;
            let year_written = best
                .display
                .split(|c: char| !c.is_ascii_digit())
                .any(|w| w.len() == 4);
            if !year_written {
                risk *= ANCHORED_DATE_RISK;
            }
            let coarse = PartialDate::parse(best.value.split('/').next().unwrap_or(""))
                .map(|d| (d.month.is_none(), d.day.is_none()))
                .unwrap_or((true, true));
            let lower = fold_word(&q.text);
            let wants_day = lower.contains("what date") || lower.contains("which date");
            let wants_month =
                wants_day || lower.contains("what month") || lower.contains("which month");
            // A year alone for a when-question about one event may be incomplete.
            let event_year_only = !q.event_kinds.is_empty() && coarse.0;
            if (wants_day && coarse.1) || (wants_month && coarse.0) || event_year_only {
                risk *= COARSE_DATE_RISK;
            }
            risk
        }
        AnswerKind::Boolean => BOOLEAN_RISK,
        AnswerKind::Number => {
            let sentence = ctx
                .sentences
                .iter()
                .copied()
                .find(|s| s.contains(best.span))
                .unwrap_or(best.evidence);
            let part = if part_of_asked_year(q, ctx, sentence, best.span) {
                PART_OF_YEAR_TRUST
            } else {
                1.0
            };
            let rivals = ctx
                .extraction
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Quantity && best.evidence.contains(m.span))
                .count();
            part * if rivals > 1 {
                SEVERAL_NUMBERS_RISK
            } else {
                1.0
            }
        }
        _ => 1.0,
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_40_asks_23_classes() {
        // An office asked by its noun: a person titled by another office is no answer.
        assert_eq!(
            entity_head_asked("Which judge imposed the sentence on Omar Kellan?").map(|(h, _)| h),
            Some("judge".to_string())
        );
        assert!(phrases::office_of_another("judge", "State Prosecutor"));
        assert!(phrases::office_of_another("judges", "Defence Counsel"));
        assert!(!phrases::office_of_another("judge", "Circuit Judge"));
        assert!(!phrases::office_of_another("judge", "Chief Justice"));
        assert!(!phrases::office_of_another("activist", "Prosecutor"));
        // "In which prison ...?": a district or a state is no prison.
        assert_eq!(
            which_noun("In which prison was the farmer held?").as_deref(),
            Some("prison")
        );
        assert!(phrases::asks_facility("prison"));
        assert!(!phrases::asks_facility("town"));
        assert!(phrases::names_division("Upper Vallen District"));
        assert!(!phrases::names_division("Vallen Central Prison"));
        // A date set before its clause's court dates that court's act.
        let text = "Under an order dated 03.04.2011, the district court remanded him.";
        let at = text.find("03.04.2011").unwrap();
        let whole = Span::new(0, text.len());
        assert_eq!(
            courts_after_date(text, whole, Span::new(at, at + 10)),
            vec!["district court"]
        );
        let text = "On 03.04.2011 he was remanded by the district court.";
        let at = text.find("03.04.2011").unwrap();
        let whole = Span::new(0, text.len());
        assert!(courts_after_date(text, whole, Span::new(at, at + 10)).is_empty());
        // A heading before a count says no act of its people.
        assert!(is_heading_line(
            "4. Number of executions carried out in 2019"
        ));
        assert!(!is_heading_line("Forty men were hanged in 2019."));
        // A party's affidavit is a claim; a court that declines to decide leaves the
        // question open.
        assert!(claims_or_requests(
            "the ministry filed an affidavit stating that he was never chained",
            "was he chained"
        ));
        assert!(phrases::leaves_open(
            "it is unnecessary for us to decide whether the cell was a punishment cell"
        ));
    }

    #[test]
    fn a_moratoriums_start_is_no_last_execution() {
        // Session 37 (asks-20).
        let check = |question: &str, text: &str, date: &str| {
            let q = Question::parse(question);
            let at = text.find(date).unwrap();
            let c = Candidate {
                value: date.to_string(),
                display: date.to_string(),
                doc: 0,
                evidence: Span::new(0, text.len()),
                span: Span::new(at, at + date.len()),
                score: 1.0,
                bound: false,
            };
            moratorium_since(&q, text, &c)
        };
        let last = "When did Ostland last carry out an execution?";
        let text = "In Ostland, where he lived from 2016, the government has kept an informal moratorium on executions since 2008.";
        assert!(check(last, text, "2008"));
        assert!(check(last, text, "2016"));
        assert!(!check(
            last,
            "Ostland has not carried out an execution since 2008.",
            "2008"
        ));
        let both = "Ostland has kept a moratorium on executions since 2018; the last execution was on 24 May 2017.";
        assert!(!check(last, both, "24 May 2017"));
        assert!(check(last, both, "2018"));
        assert!(!check(
            "Since when has Ostland kept a moratorium on executions?",
            "Ostland has kept a moratorium on executions since 2008.",
            "2008"
        ));
    }

    #[test]
    fn a_date_in_another_places_relative_clause() {
        // Session 37 (asks-20).
        let text = "Ministers pointed to Ruritania, and to Papua New Guinea, which abolished the death penalty in January 2022.";
        let mentions =
            dossier_extract::entity::entities(text, dossier_extract::rules::Rules::builtin());
        let at = text.find("January 2022").unwrap();
        let span = Span::new(at, at + "January 2022".len());
        let whole = Span::new(0, text.len());
        let asked = |p: &str| vec![p.to_string()];
        assert!(relative_of_other_place_in(
            &asked("Ruritania"),
            text,
            &mentions,
            whole,
            span
        ));
        assert!(!relative_of_other_place_in(
            &asked("Papua New Guinea"),
            text,
            &mentions,
            whole,
            span
        ));
        let text = "Whereas Kenya and Zambia have abolished flogging, the Republic of Kenya having done so in 2019;";
        let mentions =
            dossier_extract::entity::entities(text, dossier_extract::rules::Rules::builtin());
        let at = text.find("2019").unwrap();
        let span = Span::new(at, at + 4);
        let whole = Span::new(0, text.len());
        assert!(relative_of_other_place_in(
            &asked("Zambia"),
            text,
            &mentions,
            whole,
            span
        ));
        assert!(!relative_of_other_place_in(
            &asked("Kenya"),
            text,
            &mentions,
            whole,
            span
        ));
    }

    #[test]
    fn a_last_update_is_asked_of_the_metadata() {
        assert!(
            Question::parse("When was the travel advice for Ostland last updated?")
                .about_publication
        );
        assert!(asks_update(
            " when was the travel advice for ostland last updated "
        ));
        assert!(!asks_update(" when was the strategy updated "));
    }

    #[test]
    fn a_town_before_its_state() {
        let text = "She was born in Pembroke, Ruritania, in 1960 and lived in Ruritania.";
        let at = |w: &str, nth: usize| {
            let i = text.match_indices(w).nth(nth).unwrap().0;
            Span::new(i, i + w.len())
        };
        let whole = Span::new(0, text.len());
        let start = town_before(text, whole, at("Ruritania", 0)).expect("a town");
        assert_eq!(
            &text[start..at("Ruritania", 0).end as usize],
            "Pembroke, Ruritania"
        );
        assert_eq!(town_before(text, whole, at("Ruritania", 1)), None);
        let text = "The law was passed in January, Ruritania said.";
        let i = text.find("Ruritania").unwrap();
        assert_eq!(
            town_before(text, Span::new(0, text.len()), Span::new(i, i + 9)),
            None
        );
    }

    #[test]
    fn a_town_is_read_in_a_sentence_of_the_asked_act() {
        let text = "She was born in Pembroke, Ruritania, in 1960.";
        let whole = Span::new(0, text.len());
        let born = Question::parse("Where was Mara Vell born?");
        assert!(says_asked_act(&born, text, whole));
        let died = Question::parse("Where did Mara Vell die?");
        assert!(!says_asked_act(&died, text, whole));
        let text = "She died in Pembroke, Ruritania.";
        assert!(says_asked_act(&died, text, Span::new(0, text.len())));
    }

    #[test]
    fn questions_about_what_is_to_come() {
        assert!(asks_ahead("When will the Rapporteur present her report?"));
        assert!(asks_ahead("When is the bill to be tabled?"));
        assert!(!asks_ahead("When did the Rapporteur present her report?"));
    }

    #[test]
    fn preparing_a_report_is_no_request() {
        let q = fold_word("Was Tomas Vell executed?");
        assert!(!claims_or_requests(
            "tomas vell was hanged on 3 may 2019 while officials were preparing a report.",
            &q
        ));
        assert!(claims_or_requests(
            "his lawyers are preparing a clemency petition to the governor.",
            &q
        ));
    }

    #[test]
    fn an_ordinal_in_a_name_numbers_nothing() {
        let q = Question::parse("When was Tomas Vell's second appeal dismissed?");
        assert!(!another_ordinal_only(
            &q,
            "The Fifth Circuit dismissed the appeal on 3 May 2019."
        ));
        assert!(another_ordinal_only(
            &q,
            "His first appeal was dismissed on 3 May 2019."
        ));
        let q = Question::parse("When was his second case review rejected?");
        assert!(another_ordinal_only(
            &q,
            "His first request for a case review was rejected on 9 December."
        ));
    }

    #[test]
    fn an_associate_word_is_a_whole_word() {
        assert!(!names_word("Sonia Vell was arrested on 3 May 2019.", "son"));
        assert!(names_word("His son was arrested on 3 May 2019.", "son"));
        assert!(names_word(
            "His co-accused were arrested on 3 May 2019.",
            "co-accused"
        ));
    }

    #[test]
    fn the_sentence_touching_a_span_is_the_first_a_scan_of_every_sentence_finds() {
        let text = "The court met on 3 May. It heard two appeals; both failed.\n\nA new \
                    paragraph opens here. Then a last one.";
        let sentences = dossier_extract::text::sentences(text);
        assert!(sentences.len() >= 4);
        let scan = |hit: &dyn Fn(&Span) -> bool| sentences.iter().position(hit);
        for start in 0..=text.len() {
            for end in start..=(start + 30).min(text.len()) {
                let span = Span::new(start, end);
                let touches = |s: &Span| s.overlaps(span) || s.contains(span);
                let holds = |s: &Span| s.contains(span);
                assert_eq!(
                    sentence_touching(&sentences, span, touches),
                    scan(&touches),
                    "{span:?}"
                );
                assert_eq!(
                    sentence_touching(&sentences, span, holds),
                    scan(&holds),
                    "{span:?}"
                );
            }
        }
    }

    #[test]
    fn a_count_of_another_place_in_the_sentence_is_not_the_asked_place_s() {
        let text = "Texas executed three prisoners, Alabama executed two, and Mississippi, Missouri and Oklahoma executed one each.";
        let sentence = Span::new(0, text.len());
        let three = text.find("three prisoners").unwrap();
        let numbers = [Span::new(three, three + "three prisoners".len())];
        let q = Question::parse("How many prisoners did Alabama execute in 2021?");
        let (other, own) = counts_of_other_places(&q, text, sentence, &numbers);
        assert_eq!(other, numbers.to_vec());
        assert_eq!(own.len(), 1);
        assert_eq!(own[0].0, "2");
        // One subject owning every count is no list of places.
        let text = "Amnesty International reported at least 41 executions during the year, compared with at least 53 in 2010.";
        let q = Question::parse(
            "How many executions did Amnesty International report in Yemen in 2010?",
        );
        let (other, own) = counts_of_other_places(&q, text, Span::new(0, text.len()), &[]);
        assert!(other.is_empty() && own.is_empty());
    }

    fn check(question: &str, kind: AnswerKind, names: &[&str]) {
        let q = Question::parse(question);
        assert_eq!(q.kind, kind, "{question}");
        assert_eq!(q.names, names, "{question}");
    }

    #[test]
    fn event_words_that_describe_a_bill_or_a_person_ask_for_no_event() {
        let kinds =
            event_kinds_in("When did the Cabinet approve the bill to abolish the death penalty?");
        assert!(!kinds.contains(&EventKind::Abolition), "{kinds:?}");
        let kinds = event_kinds_in(
            "When did parliament adopt the Constitution abolishing the death penalty?",
        );
        assert!(!kinds.contains(&EventKind::Abolition), "{kinds:?}");
        assert!(
            event_kinds_in("When did Ostland abolish the death penalty?")
                .contains(&EventKind::Abolition)
        );
        assert_eq!(
            event_kinds_in(
                "On what date did Ostland hang a man convicted of trafficking cannabis?"
            ),
            vec![EventKind::Execution]
        );
    }

    #[test]
    fn the_opposite_superlative_answers_nothing() {
        let q = Question::parse("Who was the first person executed by lethal injection?");
        assert!(superlative_clash(
            &q,
            "They were the last people to be put to death."
        ));
        assert!(!superlative_clash(
            &q,
            "He became the first person to be executed by lethal injection."
        ));
        assert!(!superlative_clash(
            &q,
            "The judgment was adopted on the last-mentioned date."
        ));
        let q = Question::parse("In what year had Ostland last carried out an execution?");
        assert!(!superlative_clash(
            &q,
            "They were the first executions in Ostland since 1988."
        ));
    }

    #[test]
    fn a_year_in_a_law_name_dates_the_law_not_the_act() {
        let text =
            "The court convicted him under the 2005 Anti-Terrorism Law and sentenced him to death.";
        let at = text.find("2005").unwrap();
        let (span, sentence) = (Span::new(at, at + 4), Span::new(0, text.len()));
        let q = Question::parse("When was he sentenced to death?");
        assert!(year_names_document(&q, text, sentence, span));
        let q = Question::parse("When was the Anti-Terrorism Law adopted?");
        assert!(!year_names_document(&q, text, sentence, span));
        let text = "In 2005 Parliament adopted the law.";
        let q = Question::parse("When did Parliament adopt the law?");
        assert!(!year_names_document(
            &q,
            text,
            Span::new(0, text.len()),
            Span::new(3, 7)
        ));
    }

    #[test]
    fn a_date_qualifying_a_document_dates_the_document() {
        // (sentence, the date as written, question, whether the date dates a document
        // and so answers no other act).
        let cases: &[(&str, &str, &str, bool)] = &[
            (
                "Officials hanged Mr Osei in spite of the stay of execution issued on 4 March 2019.",
                "4 March 2019",
                "When was Mr Osei hanged?",
                true,
            ),
            // The preposition inside the date's span.
            (
                "Officials hanged Mr Osei in spite of the stay of execution issued on 4 March 2019.",
                "on 4 March 2019",
                "When was Mr Osei hanged?",
                true,
            ),
            // A question of the dated noun is answered by it.
            (
                "Officials hanged Mr Osei in spite of the stay of execution issued on 4 March 2019.",
                "4 March 2019",
                "When was the stay of execution issued?",
                false,
            ),
            // A numbered record; a letter "of" a date; a case name's apposition.
            (
                "He was charged with the killing of Ama Boateng in case No. 77 dated 3.6.2011.",
                "3.6.2011",
                "When was Ama Boateng killed?",
                true,
            ),
            (
                "His mother learned by a letter of 9 May 2015 that he had been shot.",
                "9 May 2015",
                "When was he shot?",
                true,
            ),
            (
                "Since Kofi v Attorney-General, decided in 1998, no one has been extradited.",
                "1998",
                "When was Kofi extradited?",
                true,
            ),
            // A carrier the act went against.
            (
                "Guards hanged Ivo Marek despite a stay order issued on 4 March 2019.",
                "4 March 2019",
                "When was Ivo Marek hanged?",
                true,
            ),
            // ... unless the carrier's own act is the asked one: an appeal against the
            // judgment that confirmed the sentence.
            (
                "The appeal is directed against the judgment dated 3.4.2016 of the High Court, dismissing his appeal and thereby confirming the sentence passed on him.",
                "3.4.2016",
                "When did the High Court confirm the sentence?",
                false,
            ),
            (
                "The appeal is directed against the judgment dated 3.4.2016 of the High Court, dismissing his appeal.",
                "3.4.2016",
                "When did the High Court confirm the sentence?",
                true,
            ),
            (
                "The appeal is against the judgment of the High Court at Osun dated 3 April 2016 confirming the sentence.",
                "3 April 2016",
                "When did the High Court confirm the sentence?",
                false,
            ),
            // A finite verb: after an auxiliary, or with an infinitive after the date.
            (
                "His complaint was filed on 2 May 2016.",
                "2 May 2016",
                "When did he complain?",
                false,
            ),
            (
                "The Governor decided on 14 March 2021 to commute the sentence.",
                "14 March 2021",
                "When was the sentence commuted?",
                false,
            ),
            // A case the clause opens with; a dated means of the act; nouns that carry
            // the act.
            (
                "In Roe v Ostland, decided on 6 June 1995, the Court struck down the penalty.",
                "6 June 1995",
                "When did the Court strike down the penalty?",
                false,
            ),
            (
                "By a notice dated 3 March 2020 the State withdrew from the treaty.",
                "3 March 2020",
                "When did the State withdraw from the treaty?",
                false,
            ),
            (
                "A decree issued on 1 August 2005 abolished the death penalty.",
                "1 August 2005",
                "When was the death penalty abolished?",
                false,
            ),
            (
                "By the judgment dated 12.04.2013 he was convicted of murder.",
                "12.04.2013",
                "When was he convicted?",
                false,
            ),
        ];
        for (text, date, question, expected) in cases {
            let start = text.find(date).unwrap();
            let span = Span::new(start, start + date.len());
            let q = Question::parse(question);
            assert_eq!(
                dates_a_document(&q, text, Span::new(0, text.len()), span),
                *expected,
                "{question} over {text:?}"
            );
        }
    }

    #[test]
    fn acronyms_of_spelled_out_names() {
        let found = acronyms(
            "Ruritania has not ratified the Second Optional Protocol to the International Covenant on Civil and Political Rights.",
        );
        assert!(found.contains(&"ICCPR".to_string()), "{found:?}");
        assert!(found.contains(&"SOP".to_string()));
        // Runs end at punctuation and at lower-case words.
        let found = acronyms("The Penal Code, Supreme Court rulings and the Bar.");
        assert!(!found.iter().any(|a| a.starts_with("PCS")), "{found:?}");
    }

    #[test]
    fn question_analysis() {
        check(
            "When was the journalist Anna Petrova detained?",
            AnswerKind::Date,
            &["Anna Petrova"],
        );
        check(
            "How many prisoners were released in 2019?",
            AnswerKind::Number,
            &[],
        );
        check(
            "Which court convicted Ivan Sidorov?",
            AnswerKind::Court,
            &["Ivan Sidorov"],
        );
        check(
            "Is Freedonia a party to the Convention against Torture?",
            AnswerKind::Boolean,
            &["Freedonia", "Convention", "Torture"],
        );
        check(
            "Who was prime minister of Freedonia in 1999?",
            AnswerKind::Person,
            &["Freedonia"],
        );
        check(
            "In which city did the protest take place?",
            AnswerKind::Place,
            &[],
        );
        check(
            "What was Omar Said's profession?",
            AnswerKind::Role,
            &["Omar Said"],
        );
        check(
            "Which article of the Criminal Code punishes treason?",
            AnswerKind::Law,
            &["Criminal Code"],
        );
        check(
            "Whose murder did the court examine?",
            AnswerKind::Person,
            &[],
        );
    }

    #[test]
    fn focus_and_years_and_events() {
        let q = Question::parse("How many police officers were killed in 2016?");
        assert_eq!(q.focus, vec!["polic", "offic"]);
        assert_eq!(q.years, vec![2016]);
        let q = Question::parse("When was the editor arrested?");
        assert_eq!(q.event_kinds, vec![EventKind::Arrest]);
        // A hyphenated role does not hide the verb at the end of the question.
        let q = Question::parse("When was the accused-appellant arrested?");
        assert_eq!(q.event_kinds, vec![EventKind::Arrest]);
        // What an appeal is against is not the asked event.
        let q = Question::parse(
            "When did the High Court dismiss Ivan Orlov's appeal against his sentence?",
        );
        assert_eq!(q.event_kinds, vec![EventKind::Trial]);
        // "Amnesty's figures" is the organisation; "sentenced to death" a death sentence.
        let q = Question::parse(
            "In how many countries were people sentenced to death, according to Amnesty's figures?",
        );
        assert!(q.event_kinds.contains(&EventKind::DeathSentence));
        assert!(!q.event_kinds.contains(&EventKind::Amnesty));
        // "sentence six men to death" asks a death sentence, not a prison term.
        let q = Question::parse("How many men did the court sentence to death in May?");
        assert_eq!(q.event_kinds, vec![EventKind::DeathSentence]);
        let q = Question::parse("How many years did the court sentence him to?");
        assert_eq!(q.event_kinds, vec![EventKind::Conviction]);
        assert!(Question::parse("When was report A/HRC/1 published?").about_publication);
    }

    #[test]
    fn kinds_by_what_is_asked() {
        check("Who is Anna Petrova?", AnswerKind::Role, &["Anna Petrova"]);
        check(
            "Who was president of Freedonia?",
            AnswerKind::Person,
            &["Freedonia"],
        );
        check("How old was the accused?", AnswerKind::Age, &[]);
        // A capitalised opener is not a name.
        check(
            "After the warrant was read to Ivan Sidorov, when was he hanged?",
            AnswerKind::Date,
            &["Ivan Sidorov"],
        );
        check(
            "In what month and year was the prison closed?",
            AnswerKind::Date,
            &[],
        );
        // The question's own wh-phrase, not a "when" clause, sets the type.
        check(
            "Who chaired the Supreme Court when it upheld the ban?",
            AnswerKind::Person,
            &["Supreme Court"],
        );
        check(
            "In which court was the editor tried when the law changed?",
            AnswerKind::Court,
            &[],
        );
        check(
            "What prison term, in years, did Anna Petrova receive?",
            AnswerKind::Duration,
            &["Anna Petrova"],
        );
        check(
            "How many years of imprisonment did the court give Ivan Sidorov?",
            AnswerKind::Duration,
            &["Ivan Sidorov"],
        );
        check(
            "At what age was the accused arrested?",
            AnswerKind::Age,
            &[],
        );
        // A bare "which" opens the question: the "when" clause is about its noun.
        check(
            "Which former minister's case was the president talking about when he spoke?",
            AnswerKind::Entity,
            &[],
        );
        check(
            "What was Ivan Sidorov's former profession?",
            AnswerKind::Role,
            &["Ivan Sidorov"],
        );
    }

    #[test]
    fn synonyms_are_analysed_and_symmetric() {
        let hang = tokens("hanged")[0].0.clone();
        let execut = tokens("executions")[0].0.clone();
        assert!(
            synonyms_of(&hang).contains(&execut),
            "{:?}",
            synonyms_of(&hang)
        );
        assert!(synonyms_of(&execut).contains(&hang));
        assert!(synonyms_of("nonsense").is_empty());
        let q = Question::parse("When were the three men hanged?");
        let weights: Vec<(String, f32)> = q.tokens.iter().map(|(t, _)| (t.clone(), 1.0)).collect();
        let own: HashSet<String> = tokens("Three men were executed on Friday.")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        let none = HashSet::new();
        let with = coverage(&q, &weights, &own, &none, &none);
        let own_plain: HashSet<String> = tokens("Three men were seen on Friday.")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert!(with > coverage(&q, &weights, &own_plain, &none, &none));
    }

    #[test]
    fn a_date_of_taking_effect_is_not_the_day_of_the_act() {
        let text = "On 1 August 2005 the president signed a decree abolishing the death penalty from 1 January 2008.";
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        let sentence = Span::new(0, text.len());
        let q = Question::parse("On what date did the president sign the decree?");
        assert_eq!(effect_trust(&q, text, sentence, at("1 August 2005")), 1.0);
        assert!(effect_trust(&q, text, sentence, at("1 January 2008")) < 1.0);
        let q = Question::parse("From what date did the abolition take effect?");
        assert_eq!(effect_trust(&q, text, sentence, at("1 January 2008")), 1.0);
        // Asked when it came into force: the date after those words, not the act's.
        let text = "A code adopted in December 2015 removed it; it came into force on 1 July 2017.";
        let (july, december) = (
            text.find("1 July 2017").unwrap(),
            text.find("December 2015").unwrap(),
        );
        let sentence = Span::new(0, text.len());
        let q = Question::parse("When did the code come into force?");
        assert_eq!(
            effect_trust(&q, text, sentence, Span::new(july, july + 11)),
            1.0
        );
        assert!(effect_trust(&q, text, sentence, Span::new(december, december + 13)) < 0.5);
    }

    #[test]
    fn the_month_a_question_names() {
        assert_eq!(
            asked_month("How many were executed in April 2015?"),
            Some(4)
        );
        assert_eq!(asked_month("How many were hanged in May 2003?"), Some(5));
        assert_eq!(asked_month("May the court impose death in 2003?"), None);
        assert_eq!(asked_month("How many were executed in 2015?"), None);
        assert_eq!(asked_month("Who may march in march?"), None);
    }

    #[test]
    fn list_items_tied_by_their_gloss() {
        let gloss = |question: &str, text: &str, item: &str| {
            let q = Question::parse(question);
            let at = text.find(item).unwrap();
            gloss_matches(
                &q,
                text,
                Span::new(0, text.len()),
                Span::new(at, at + item.len()),
            )
        };
        let q = "Under which article is arson a capital crime?";
        let text = "They are Article 12 (murder), Article 40 (arson) and Article 7 (treason).";
        assert_eq!(gloss(q, text, "Article 40"), Some(true));
        assert_eq!(gloss(q, text, "Article 12"), Some(false));
        // The item inside the parenthesis, glossed by the words before it.
        let text = "They are murder (Article 12), arson (Article 40) and treason (Article 7).";
        assert_eq!(gloss(q, text, "Article 40"), Some(true));
        assert_eq!(gloss(q, text, "Article 7"), Some(false));
        // No parenthesis: no gloss either way.
        assert_eq!(gloss(q, "Article 40 covers arson.", "Article 40"), None);
    }

    #[test]
    fn names_tied_to_the_asked_relation() {
        let bound = |question: &str, text: &str, name: &str| {
            let q = Question::parse(question);
            let at = text.rfind(name).unwrap();
            relation_bound(
                &q,
                text,
                Span::new(0, text.len()),
                Span::new(at, at + name.len()),
            )
        };
        let q = "Who delivered the judgment of the council?";
        let text = "Present: Lord Alpha, Lord Beta. [Delivered by Lord Beta]";
        assert!(bound(q, text, "Beta"));
        assert!(!bound(q, text, "Alpha"));
        assert!(bound(
            "Who was the author of the ruling?",
            "Author: Y Kumar",
            "Y Kumar"
        ));
        assert!(bound(
            "Who was the justice minister when the men were hanged?",
            "These are the first under the Minister of Justice HATOYAMA Kunio.",
            "HATOYAMA Kunio"
        ));
        assert!(bound(
            "Who chaired the court when it extended the ban?",
            "\"It is final,\" court chairman Ivan Petrov said.",
            "Ivan Petrov"
        ));
        let q = "Who, as head of the agency, closed the sites?";
        let text = "On May 1, Ivan Petrov, head of the agency under Pavel Orlov, closed them.";
        assert!(bound(q, text, "Ivan Petrov"));
        assert!(!bound(q, text, "Pavel Orlov"));
    }

    #[test]
    fn years_that_date_a_document_and_written_days() {
        let q = Question::parse("Which city did the mission behind the 1996 prison report visit?");
        assert_eq!(q.years, vec![1996]);
        assert_eq!(q.document_years, vec![1996]);
        let q = Question::parse(
            "How many people were executed according to Amnesty International Report 2012?",
        );
        assert_eq!(q.document_years, vec![2012]);
        let q = Question::parse("Did the court err in SC Appeal No.12/2019 in 2020?");
        assert_eq!(q.years, vec![2020]);
        let q = Question::parse("When was the appellant in Civil Appeal No. 7 of 2011 released?");
        assert!(q.years.is_empty());
        let q = Question::parse("Who heard Appeal Nos. 3-4 of 2009 in 2012?");
        assert_eq!(q.years, vec![2012]);
        let q = Question::parse("How many states voted on 15 November 2007?");
        assert!(q.document_years.is_empty());
        assert_eq!(q.day_months, vec!["15 november"]);
        assert_eq!(
            day_months_in("on november 15 the vote"),
            vec!["15 november"]
        );
    }

    #[test]
    fn which_names_are_asked_for() {
        assert_eq!(
            entity_kind_asked("Which exiled opposition leader had X interviewed?"),
            Some(&[MentionKind::Person][..])
        );
        assert_eq!(
            entity_kind_asked("Which Polish daily newspaper was X a correspondent for?"),
            Some(&[MentionKind::Organisation][..])
        );
        assert_eq!(
            entity_kind_asked("What prison term was X sentenced to?"),
            None
        );
        assert_eq!(entity_kind_asked("By what method was X executed?"), None);
        assert_eq!(
            entity_kind_asked("Name the two activists jailed for it."),
            Some(&[MentionKind::Person][..])
        );
        assert_eq!(
            entity_kind_asked("What is the name of the channel that X publishes?"),
            Some(&[MentionKind::Organisation][..])
        );
        assert_eq!(
            entity_kind_asked("Which Council of Europe figure wrote the letter?"),
            Some(&[MentionKind::Person][..])
        );
        assert_eq!(
            entity_kind_asked("Which witness told the court she saw it?"),
            Some(&[MentionKind::Person][..])
        );
        assert_eq!(
            entity_kind_asked("Which former state governor pardoned them?"),
            Some(&[MentionKind::Person][..])
        );
        assert_eq!(
            Question::parse("According to the report, did any prisoner die?").kind,
            AnswerKind::Boolean
        );
        let q = Question::parse("What was Rizana Nafeek accused of by her Saudi employer?");
        assert!(named_in_question(&q, "Miss Nafeek", MentionKind::Person));
        let q = Question::parse("Which region was the last in Russia to introduce juries?");
        assert!(named_in_question(&q, "Russian", MentionKind::Place));
        assert!(!named_in_question(&q, "Chechnya", MentionKind::Place));
        let q = Question::parse("Which article of the Penal Code punishes treason?");
        assert!(!named_in_question(
            &q,
            "Art. 256(1), Penal Code of Freedonia",
            MentionKind::Law
        ));
    }

    #[test]
    fn an_act_with_a_day_of_its_own_takes_no_earlier_date() {
        let q = Question::parse("When did Ann Roe die?");
        let text = "On the evening of the 2nd of May 2011, Ann Roe was stabbed in the market and died in hospital on the 9th.";
        let end = act_with_own_day(&q, text, Span::new(0, text.len())).unwrap();
        assert_eq!(&text[..end], &text[..text.find("died").unwrap() + 4]);
        let text = "Ann Roe was stabbed on 2 May 2011 and died two days later.";
        assert!(act_with_own_day(&q, text, Span::new(0, text.len())).is_some());
        let text = "Ann Roe was stabbed on 2 May 2011 and died on the 9th of May 2011.";
        assert!(act_with_own_day(&q, text, Span::new(0, text.len())).is_none());
        let text = "Ann Roe died on 9 May 2011.";
        assert!(act_with_own_day(&q, text, Span::new(0, text.len())).is_none());
    }

    #[test]
    fn a_lone_initial_is_no_name() {
        assert!(lone_initial("K."));
        assert!(lone_initial("R"));
        assert!(!lone_initial("Ng"));
        assert!(!lone_initial("K. Ng"));
    }

    #[test]
    fn an_act_said_never_done_has_no_date() {
        let q = Question::parse("When did Ostland last hang a woman for treason?");
        assert!(said_never_done(
            &q,
            "The 1950 code allowed it, but no woman convicted of treason was ever hanged; the code was replaced in 1988."
        ));
        assert!(said_never_done(
            &q,
            "Women were never hanged for treason, though the code of 1950 allowed it."
        ));
        assert!(!said_never_done(
            &q,
            "No woman has been hanged for treason since 1961."
        ));
        assert!(!said_never_done(
            &q,
            "A woman was hanged for treason in 1961."
        ));
    }

    #[test]
    fn the_questions_own_words_and_people_are_no_answer() {
        let q = Question::parse("What penalty replaces the death penalty in Ostland?");
        assert!(says_already(&q, "death penalty"));
        assert!(!says_already(&q, "life imprisonment"));
        let q = Question::parse("What term replaced the death sentence of Ann Roe?");
        assert!(says_already(&q, "death penalty"));
        assert!(!says_already(&q, "penalty of hard labour"));
        let q = Question::parse("Who did the king of Ostland appoint as interior minister?");
        assert!(role_acts_in_question(&q, "King"));
        assert!(!role_acts_in_question(&q, "Minister of Justice"));
        // "Who was the king ...?" asks for the holder of the role.
        let q = Question::parse("Who was the king of Ostland in 2010?");
        assert!(!role_acts_in_question(&q, "King"));
    }

    #[test]
    fn appositives_give_roles() {
        let text = "Anna Petrova, an independent journalist, was arrested.";
        assert_eq!(
            appositive(text, Span::new(0, 12)).as_deref(),
            Some("independent journalist")
        );
        let text = "Anna Petrova, the Minister of Justice, said so.";
        assert_eq!(appositive(text, Span::new(0, 12)), None);
        let text = "Anna Petrova, who was arrested, said so.";
        assert_eq!(appositive(text, Span::new(0, 12)), None);
    }

    #[test]
    fn a_status_date_speaks_not_through_a_sentence_naming_another_state() {
        let text = "On 24 March 2021, Kenya became the first state in the region to abolish it.";
        let other = vec![Citation::new("r.txt", text, Span::new(0, text.len()))];
        assert!(!status_speaks_for(
            "Central African Republic",
            "2021-03-24",
            &other
        ));
        let text = "In August 2005 the President signed a decree abolishing it from January 2008.";
        let bare = vec![Citation::new("r.txt", text, Span::new(0, text.len()))];
        assert!(status_speaks_for("Uzbekistan", "2008-01", &bare));
        let text =
            "On 27 June 2022 the Central African Republic promulgated the law abolishing it.";
        let own = vec![Citation::new("r.txt", text, Span::new(0, text.len()))];
        assert!(status_speaks_for(
            "Central African Republic",
            "2022-06-27",
            &own
        ));
        // A period begun years from now was computed, not reported.
        assert!(!status_speaks_for(
            "Central African Republic",
            "2999-04-04",
            &own
        ));
    }

    #[test]
    fn a_lone_name_must_stand_unless_the_lexicon_knows_it_as_a_place() {
        assert!(lone_name_must_stand("Missouri"));
        assert!(lone_name_must_stand("Kavalchuk"));
        assert!(!lone_name_must_stand("Iranian"));
        assert!(!lone_name_must_stand("Kenya"));
        assert!(!lone_name_must_stand("Iran"));
        assert!(!lone_name_must_stand("ASEAN-5"));
        assert!(!lone_name_must_stand("September"));
        assert!(!lone_name_must_stand("ICCPR"));
    }

    #[test]
    fn places_and_their_adjectives() {
        let words = ["the", "uzbek", "authorities", "in", "saudi"];
        assert!(names_place(&words, "Uzbekistan"));
        assert!(names_place(&words, "Saudi Arabia"));
        assert!(!names_place(&words, "Kazakhstan"));
        assert!(!names_place(&["united", "kingdom"], "United States"));
        assert!(names_place(&["belarusian"], "Belarus"));
        assert!(names_place(&["kazakstan"], "Kazakhstan"));
        assert!(names_place(
            &["islamic", "republic", "of", "iran"],
            "Iranian"
        ));
        assert!(names_place(&["china"], "Chinese"));
        assert!(names_place(&["iraq"], "Iraqi"));
        assert!(!names_place(&["iraq"], "Iran"));
    }

    #[test]
    fn the_counts_a_question_states_in_words() {
        assert_eq!(
            stated_counts("How many of the ten men sentenced in 2006 were executed?"),
            vec![10]
        );
        assert!(stated_counts("How many people did one court sentence?").is_empty());
    }

    #[test]
    fn the_counts_a_question_gives() {
        assert_eq!(
            counts_in("When did the court sentence 75 people to death?"),
            vec![75]
        );
        assert_eq!(
            counts_in("When did the President commute the sentences of 1,200 prisoners?"),
            vec![1200]
        );
        assert!(counts_in(
            "What happened on 2 April 2021 under Article 6 and resolution 62 of No. 13?"
        )
        .is_empty());
        assert!(counts_in("How many inmates did the prison hold on April 2?").is_empty());
    }

    #[test]
    fn an_abolition_of_the_mandatory_penalty_only() {
        let q = Question::parse("When did Ruritania abolish the death penalty?");
        assert!(abolishes_only_the_mandatory(
            &q,
            "The Mandatory Death Penalty (Repeal) Act, in force on 1 May 2020, removed the mandatory death penalty for murder."
        ));
        assert!(!abolishes_only_the_mandatory(
            &q,
            "Ruritania abolished the death penalty in 2021, ten years after the mandatory death penalty was struck down."
        ));
        let q = Question::parse("When was the mandatory death penalty abolished in Ruritania?");
        assert!(!abolishes_only_the_mandatory(
            &q,
            "The Act removed the mandatory death penalty on 1 May 2020."
        ));
    }

    #[test]
    fn narrowed_abolitions_are_not_abolitions() {
        assert!(narrowed_abolition(
            "when was capital punishment abolished for seven crimes"
        ));
        assert!(narrowed_abolition(
            "when was the mandatory death penalty abolished"
        ));
        assert!(narrowed_abolition(
            "when did freedonia abolish the death penalty for drug trafficking"
        ));
        assert!(!narrowed_abolition(
            "when was the death penalty abolished for all crimes"
        ));
        assert!(!narrowed_abolition(
            "when was the death penalty abolished in freedonia"
        ));
    }

    #[test]
    fn a_date_owns_the_words_of_its_clause() {
        let owner = |question: &str, text: &str, dates: [&str; 2]| {
            let q = Question::parse(question);
            let at = |w: &str| {
                let i = text.find(w).unwrap();
                Span::new(i, i + w.len())
            };
            let shares = date_owners(
                &q,
                text,
                Span::new(0, text.len()),
                &[at(dates[0]), at(dates[1])],
            );
            shares[1] > shares[0]
        };
        assert!(owner(
            "On what date was the appeal heard?",
            "He was sentenced on 5 May; the appeal was heard on 9 June.",
            ["5 May", "9 June"],
        ));
        // A date inside an apposition is not the date of the main clause.
        assert!(owner(
            "When was Ivan al-Sidorov released?",
            "Ivan al-Sidorov, the only man to reach the square on 11 March 2011, was released on 8 August.",
            ["11 March 2011", "8 August"],
        ));
        // Coordinated clauses keep their own dates.
        assert!(owner(
            "When was Anna Petrova returned to Norland?",
            "Two were returned: Ivan Sidorov to Ostland in July, and Anna Petrova, who had been held since 2009, to Norland in September.",
            ["July", "September"],
        ));
        // A participle qualifying the subject keeps its own date.
        assert!(owner(
            "When were the four men hanged in Ostland prison?",
            "On 24 April, four men convicted of killing a judge in 2006 were hanged in Ostland prison.",
            ["2006", "24 April"],
        ));
        // A main verb is no participle: "The court sentenced ... in 2006".
        assert!(reduced_relatives(
            "Courts sentenced at least six persons to death in 2006 who were later hanged.",
            0
        )
        .is_empty());
        // A bare "and" before a preposition or a past verb joins two dated parts.
        assert!(owner(
            "When was Ana Ruiz admitted to the Bar of Ostland?",
            "She was admitted to the Bar of Norland in 1990 and to the Bar of Ostland in 1996.",
            ["1990", "1996"],
        ));
        // ... not between two verbs of one part.
        assert!(owner(
            "When did the tribunal sentence Ana Ruiz to life in prison?",
            "In February the tribunal convicted and sentenced Ana Ruiz to life in prison for crimes committed in 1971.",
            ["1971", "February"],
        ));
        // ... but "and" inside a name does not.
        assert!(!owner(
            "When was Ana Ruiz admitted to the Bar of Trinidad and Tobago?",
            "She was admitted to the Bar of Trinidad and Tobago in 1990, then to the Bar of Ostland in 1996.",
            ["1990", "1996"],
        ));
        // A short ", but did not ratify," does not split the clause.
        assert!(!owner(
            "In what year did Ostland sign the protocol?",
            "In 1997, Ostland signed, but did not ratify, the protocol that was drafted in 1983 by the council.",
            ["1997", "1983"],
        ));
    }

    #[test]
    fn people_the_tagger_missed() {
        let names = |text: &str| -> Vec<String> {
            unnamed_people(text, Span::new(0, text.len()), &Extraction::default())
                .into_iter()
                .map(|(n, _)| n)
                .collect()
        };
        assert_eq!(
            names(
                "One too many, said Marco Bellini from the Council of Europe on Monday in March."
            ),
            vec!["Marco Bellini"]
        );
        assert_eq!(
            names("RUTHENIA: COURT EXTENDS MORATORIUM, said TANAKA Jiro."),
            vec!["TANAKA Jiro"]
        );
        assert!(names("the last region, Ruthenia [Example News], to act").is_empty());
        assert_eq!(names("Author: K Varma"), vec!["K Varma"]);
        assert_eq!(names("Judge: K. Varma"), vec!["K. Varma"]);
        assert!(names("Annex B to the note").is_empty());
    }

    #[test]
    fn an_age_belongs_to_the_person_it_qualifies() {
        let text = "Jon Arden Vale, 60, was convicted in the death of 19-year-old clerk \
                    Mara Lind, who was shot at a store.";
        let extraction = Extraction {
            mentions: dossier_extract::entity::entities(
                text,
                dossier_extract::rules::Rules::builtin(),
            ),
            ..Extraction::default()
        };
        let sentence = Span::new(0, text.len());
        let owner = |age: &str| {
            let at = text.find(age).unwrap();
            age_owner(text, sentence, Span::new(at, at + age.len()), &extraction)
        };
        assert_eq!(owner("60"), Some("Jon Arden Vale"));
        assert_eq!(owner("19-year-old"), Some("Mara Lind"));
    }

    #[test]
    fn an_act_done_by_another_body() {
        let q = "When did the Tarskan parliament adopt the new Criminal Code?";
        assert!(done_by_another_body(
            q,
            "In March a new Criminal Code was approved by the government and sent to parliament"
        ));
        assert!(!done_by_another_body(
            q,
            "The code was adopted by parliament in May"
        ));
        assert!(!done_by_another_body(q, "The code was adopted in May"));
        assert!(!done_by_another_body(
            "When did the government bring the case before the Court?",
            "The case was brought on 2 May by the Commission and on 3 May by the government"
        ));
        assert!(!done_by_another_body(
            "When did the president sign the code?",
            "The code, passed by parliament, was signed on 3 May"
        ));
        assert!(!done_by_another_body(
            "When was the code adopted?",
            "It was approved by the government"
        ));
    }

    #[test]
    fn a_light_verb_is_no_content() {
        let q = Question::parse("Did Ruritania carry out any executions in 2013?");
        let words: Vec<&str> = q.tokens.iter().map(|(t, _)| t.as_str()).collect();
        assert!(
            !words.contains(&"carri") && !words.contains(&"out"),
            "{words:?}"
        );
        assert!(words.iter().any(|w| w.starts_with("execut")), "{words:?}");
        let q = Question::parse("Which way out did the prisoners carry the coffin?");
        let words: Vec<&str> = q.tokens.iter().map(|(t, _)| t.as_str()).collect();
        assert!(words.contains(&"out"), "{words:?}");
    }

    #[test]
    fn sections_and_dates_the_question_gives() {
        let text = "The court struck down Section 303 of the Code under Arts. 14 and 21.";
        let found = sections_in(text, Span::new(0, text.len()), &Extraction::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "Section 303");
        let text = "He was charged with robbery contrary to section 296(2) of the Code.";
        let found = sections_in(text, Span::new(0, text.len()), &Extraction::default());
        assert_eq!(found[0].0, "section 296(2)");
        assert!(asks_section(&Question::parse(
            "Which section of the Code was struck down?"
        )));
        let q = Question::parse(
            "After the warrant was read in February 1991, for what date was it set?",
        );
        assert!(written_in_question(&q, "February\n1991"));
        assert!(!written_in_question(&q, "7th March"));
        let q =
            Question::parse("When were the next executions after the hangings of December 2007?");
        assert!(within_reference_month(
            &q,
            &dossier_model::TimeValue::point(PartialDate::day(2007, 12, 7))
        ));
        assert!(!within_reference_month(
            &q,
            &dossier_model::TimeValue::point(PartialDate::day(2008, 2, 1))
        ));
    }

    #[test]
    fn names_in_other_spellings() {
        let set: HashSet<String> = ["tokayev", "belarus", "court"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(near_spelling(&set, "tokaev"));
        assert!(near_spelling(&set, "belarusian"));
        assert!(!near_spelling(&set, "coach"));
        assert!(!near_spelling(&set, "tokarev1"));
        assert!(one_edit("mukhamedkarim", "mukhammedkarim"));
        assert!(!one_edit("ivanov", "ivanova1"));
        // Two countries one letter apart are two countries.
        let set: HashSet<String> = ["zambia"].iter().map(|s| s.to_string()).collect();
        assert!(!near_spelling(&set, "gambia"));
    }

    #[test]
    fn places_are_not_named_by_neighbours_with_like_names() {
        let words = |s: &'static str| s.split(' ').collect::<Vec<&str>>();
        // A transliteration keeps the first letter; another initial is another country.
        assert!(names_place(&words("in kazakstan the senate"), "Kazakhstan"));
        assert!(!names_place(
            &words("zambia became abolitionist"),
            "The Gambia"
        ));
        assert!(names_place(&words("when the gambia signed"), "The Gambia"));
        // The words of a longer name belong to that other place.
        assert!(!names_place(
            &words("equatorial guinea adopted a code"),
            "Guinea"
        ));
        assert!(names_place(&words("guinea adopted a code"), "Guinea"));
        assert!(!names_place(
            &words("the democratic republic of the congo reported"),
            "Republic of the Congo"
        ));
        assert!(!names_place(&words("south sudan hanged two men"), "Sudan"));
        // Another place's own name is that place's, whatever stem it shares.
        assert!(!names_place(&words("nigeria executed"), "Niger"));
        assert!(names_place(
            &words("south sudan hanged two men"),
            "South Sudan"
        ));
        // A word of another place's longer name that the stem opens is that
        // place's (session 37, asks-20).
        assert!(!names_place(
            &words("she practised in saint vincent and the grenadines"),
            "Grenada"
        ));
        assert!(names_place(&words("an appeal from grenada"), "Grenada"));
    }

    #[test]
    fn a_compared_year_is_its_own_numbers() {
        let text = "Authorities executed 14 persons, compared with 12 in 2018, and 632 more.";
        let start = text.find("2018").unwrap();
        let from = compared_from(text, Span::new(0, text.len()), Span::new(start, start + 4));
        assert_eq!(from, text.find("compared"));
        let whole = "At least 37 people have been executed, compared with 11 in the whole of 2022.";
        let start = whole.find("2022").unwrap();
        let from = compared_from(
            whole,
            Span::new(0, whole.len()),
            Span::new(start, start + 4),
        );
        assert_eq!(from, whole.find("compared"));
        let other = "Courts sentenced 40 people in 2018.";
        let start = other.find("2018").unwrap();
        assert_eq!(
            compared_from(
                other,
                Span::new(0, other.len()),
                Span::new(start, start + 4)
            ),
            None
        );
    }

    #[test]
    fn an_inverted_passive_names_its_subject_after_the_verb() {
        // Session 39 (asks-22).
        assert!(inverted_passive_subject(
            "Among those whose terms were reduced was "
        ));
        assert!(inverted_passive_subject("Also released on Friday were "));
        assert!(inverted_passive_subject("Also released were "));
        assert!(!inverted_passive_subject("The man who shot the guard was "));
        assert!(!inverted_passive_subject(
            "The first to speak in the debate was "
        ));
        assert!(!inverted_passive_subject("His lawyer said it was "));
    }

    #[test]
    fn a_joiner_inside_a_name_keeps_it_one_name() {
        // Session 39 (asks-22).
        let q = Question::parse("When was Siti Rahmah binti Osman released?");
        assert_eq!(q.names, vec!["Siti Rahmah binti Osman".to_string()]);
        // A joiner after a comma or before a lower-case word joins nothing.
        let q = Question::parse("Did Osman, bin Laden's driver, appeal?");
        assert!(q.names.iter().all(|n| !n.contains(" bin")), "{:?}", q.names);
    }

    #[test]
    fn a_participle_aside_after_another_name_dates_that_name() {
        // Session 39 (asks-22).
        let text = "Any such sentence would breach the Covenant on Civil and Political Rights (CCPR), ratified by Ostland on 12 March 1981, and its article 6.";
        let whole = Span::new(0, text.len());
        let at = text.find("12 March 1981").unwrap();
        let span = Span::new(at, at + "12 March 1981".len());
        let q = Question::parse("When did the King ratify the death sentence of Omar Faiz Haddad?");
        assert!(participle_of_another_name(&q, text, whole, span));
        // The name asked, or no person asked: the date stands.
        let q =
            Question::parse("When did Ostland ratify the Covenant on Civil and Political Rights?");
        assert!(!participle_of_another_name(&q, text, whole, span));
        let text = "Omar Faiz Haddad, arrested on 2 May 2019, was sentenced in 2021.";
        let at = text.find("2 May 2019").unwrap();
        let span = Span::new(at, at + "2 May 2019".len());
        let whole = Span::new(0, text.len());
        let q = Question::parse("When was Omar Faiz Haddad arrested?");
        assert!(!participle_of_another_name(&q, text, whole, span));
        let q = Question::parse("When was Lina Qasem Daher arrested?");
        assert!(participle_of_another_name(&q, text, whole, span));
        // A verb after a relative clause is the sentence's own, not an aside: the
        // date is not closed off by a comma (asks-14).
        let text = "The Prisons Code, 2021, which replaces the Penal Ordinance, received the assent of the President on 3 May 2021 and came into force on 1 July 2021.";
        let at = text.find("3 May 2021").unwrap();
        let span = Span::new(at, at + "3 May 2021".len());
        let whole = Span::new(0, text.len());
        let q = Question::parse("When did the Prisons Code receive the President's assent?");
        assert!(!participle_of_another_name(&q, text, whole, span));
        // A case named with its citation between.
        let text =
            "In Rowe v The King [2019] XCJ 4 (AJ), decided on 2 May 2019, the court held so.";
        let at = text.find("2 May 2019").unwrap();
        let span = Span::new(at, at + "2 May 2019".len());
        let whole = Span::new(0, text.len());
        let q = Question::parse("When was Rowe v The King decided?");
        assert!(!participle_of_another_name(&q, text, whole, span));
    }

    #[test]
    fn relatives_of_one_surname_are_other_people() {
        assert!(other_given_names("Ali al-Nimr", "Sheikh Nimr al-Nimr"));
        assert!(other_given_names("Raghunath Patil", "Sunanda Patil"));
        assert!(!other_given_names("Nimr al-Nimr", "Sheikh Nimr al-Nimr"));
        assert!(!other_given_names("K. Tokayev", "Kassym-Jomart Tokayev"));
        assert!(!person_matches("Ali al-Nimr", "Nimr al-Nimr"));
        assert!(!same_person("Ali al-Nimr", "Nimr al-Nimr"));
        assert!(same_person("Nimr al-Nimr", "Sheikh Nimr al-Nimr"));
        let q = Question::parse("When was Ali al-Nimr executed?");
        assert_eq!(q.names, vec!["Ali al-Nimr".to_string()]);
        assert!(!q.tokens.iter().any(|(t, _)| t == "al"));
    }

    #[test]
    fn a_year_before_a_noun_dates_the_noun() {
        let text = "They hanged men convicted of the 2015 assassination in 2019.";
        let at = |w: &str| {
            let start = text.find(w).unwrap();
            Span::new(start, start + w.len())
        };
        assert_eq!(
            prenominal_noun(text, at("2015")).as_deref(),
            Some("assassination")
        );
        assert_eq!(prenominal_noun(text, at("2019")), None);
        let attack = "They were hanged in July over the 1995 sarin gas attack on the subway.";
        let start = attack.find("1995").unwrap();
        assert_eq!(
            prenominal_noun(attack, Span::new(start, start + 4)).as_deref(),
            Some("sarin gas attack")
        );
        let law = "They were convicted under the 2005 Anti-Terrorism Law, in 2019.";
        let start = law.find("2005").unwrap();
        assert_eq!(
            prenominal_noun(law, Span::new(start, start + 4)).as_deref(),
            Some("enacted law")
        );
    }

    #[test]
    fn dates_that_refine_each_other_agree() {
        assert!(same_value(AnswerKind::Date, "2003-12", "2003-12-17"));
        assert!(!same_value(AnswerKind::Date, "2003-12", "2004-01"));
    }

    #[test]
    fn a_column_table_answers_from_the_asked_row_and_column() {
        let text = "Participant      Signature      Ratification, Accession(a)\n\
                    Angola           24 Sep 2013    2 Oct 2019\n\
                    Gambia           20 Sep 2017\n\
                    Mongolia                        13 Mar 2012 a\n\
                    Palestine                       18 Mar 2019 a";
        let evidence = Span::new(0, text.len());
        let at = |s: &str| {
            let i = text.find(s).unwrap();
            Span::new(i, i + s.len())
        };
        let ask = |q: &str, v: &str| table_cell(&Question::parse(q), text, evidence, at(v));
        // The asked row and column.
        assert_eq!(
            ask("When did Angola ratify the Protocol?", "2 Oct 2019"),
            Some(true)
        );
        assert_eq!(
            ask("When did Angola sign the Protocol?", "24 Sep 2013"),
            Some(true)
        );
        // Another column of the row: a signature is no ratification.
        assert_eq!(
            ask("When did Angola sign the Protocol?", "2 Oct 2019"),
            Some(false)
        );
        assert_eq!(
            ask("When did Gambia ratify the Protocol?", "20 Sep 2017"),
            Some(false)
        );
        // Another row.
        assert_eq!(
            ask("When did Gambia ratify the Protocol?", "13 Mar 2012"),
            Some(false)
        );
        // The mark names the act: an accession is no ratification.
        assert_eq!(
            ask("When did Mongolia accede to the Protocol?", "13 Mar 2012"),
            Some(true)
        );
        assert_eq!(
            ask("When did Palestine ratify the Protocol?", "18 Mar 2019"),
            Some(false)
        );
        // Running text is no table.
        let prose = "Angola signed on 24 Sep 2013 and ratified on 2 Oct 2019.";
        let q = Question::parse("When did Angola ratify the Protocol?");
        let i = prose.find("2 Oct 2019").unwrap();
        assert_eq!(
            table_cell(&q, prose, Span::new(0, prose.len()), Span::new(i, i + 10)),
            None
        );
    }

    #[test]
    fn a_denied_since_dates_only_the_last_time() {
        let text = "No execution has been carried out in Korea since December 30, 1997.";
        let i = text.find("since").unwrap();
        let c = Candidate {
            value: "1997-12-30/".into(),
            display: "since December 30, 1997".into(),
            doc: 0,
            evidence: Span::new(0, text.len()),
            span: Span::new(i, text.len() - 1),
            score: 1.0,
            bound: false,
        };
        assert!(denied_since(
            &Question::parse("When was Jang Min-seok executed?"),
            text,
            &c
        ));
        assert!(!denied_since(
            &Question::parse("When did Korea last carry out an execution?"),
            text,
            &c
        ));
        let said = "Korea has kept a moratorium since December 30, 1997.";
        let c = Candidate {
            evidence: Span::new(0, said.len()),
            span: Span::new(said.find("since").unwrap(), said.len() - 1),
            ..c
        };
        assert!(!denied_since(
            &Question::parse("When was the moratorium declared?"),
            said,
            &c
        ));
    }

    #[test]
    fn a_sentence_of_the_document_s_own_moment() {
        assert!(phrases::speaks_of_document_moment(
            "as of the date of this decision, 59 persons were under a sentence of death."
        ));
        assert!(phrases::speaks_of_document_moment(
            "during the reporting period, courts in belarus handed down two death sentences."
        ));
        assert!(!phrases::speaks_of_document_moment(
            "in 2010, 59 persons were under a sentence of death."
        ));
    }
}
#[cfg(test)]
mod apposition_tests {
    use super::*;

    #[test]
    fn a_name_in_apposition_to_the_object_is_the_acts_patient() {
        let asked: Vec<String> = ["when", "sentenced", "death"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let before = "In 2011 the Tarsk Regional Court convicted one of the drivers, ";
        let after = " of smuggling and sentenced him to death.";
        assert!(appositive_patient(before, after, &asked));
        let asked: Vec<String> = ["when", "convicted"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(appositive_patient(before, " of smuggling.", &asked));
        // The name as the agent, or no apposition: not ruled out here.
        assert!(!appositive_patient(
            "In 2011 the court heard that ",
            " sentenced him.",
            &asked
        ));
        assert!(!appositive_patient(
            "His lawyer, ",
            ", said the court sentenced him.",
            &["arrested".to_string()]
        ));
    }
}
