//! A jurisdiction's death-penalty status over time, derived only from evidence the
//! documents assert about that jurisdiction (never typed per country).
//!
//! **Evidence.** A fact counts only when it is dated, asserted (not planned, urged,
//! hedged or conditional: the extractor's modality and the words of
//! `not_asserted` of `rules/status.en.json` both have to agree), and about the jurisdiction: its
//! sentence names it, or names no other country and no group of countries ("in 25
//! countries", "worldwide") in a document whose dominant country it is. A sentence
//! that lists two of Amnesty's categories without naming the jurisdiction is a map
//! legend or a list of category names and grounds nothing.
//!
//! | evidence (dated, asserted, about the jurisdiction) | says                                   |
//! |----------------------------------------------------|----------------------------------------|
//! | abolition / law / amendment "for all crimes"       | abolitionist for all crimes            |
//! | the same "except X", "for ordinary crimes"         | abolitionist for ordinary crimes       |
//! | the same "for seven crimes", "mandatory"           | the penalty narrowed: still retained   |
//! | an explicit classification naming it              | that category                          |
//! | executions, death sentences, a moratorium          | the death penalty is retained          |
//! | moratorium (or "suspended") / "resumed"            | moratorium on / off                    |
//!
//! **The status at a date** comes from the latest abolition (or classification) in
//! force; executions or death sentences reported after an abolition for all crimes
//! (executions after one for ordinary crimes) are a conflict, and a conflict gives
//! no status (`None`, with both sides cited). With no abolition the jurisdiction is
//! retentionist when evidence that it retains the death penalty is at most ten years
//! old; older or no evidence gives no status. Abolitionist in practice (Amnesty's
//! ten-year rule) needs evidence of ten years without executions, never silence: a
//! moratorium in force for ten years (counted from the last executions when it
//! followed them closely) with no executions reported since, or an explicit
//! classification.

use crate::cluster::bounds;
use crate::name::fold_name;
use crate::place::{same_jurisdiction, Places};
use crate::FxMap;
use crate::{tidy, Citation, DocInput, Graph};
use dossier_model::{
    Anchor, EventKind, Granularity, MentionKind, Modality, PartialDate, Span, StatementKind,
    TimeValue,
};
use regex::Regex;
use serde::Serialize;
use std::sync::LazyLock;

mod elided;
mod evidence;
mod lexicon;
mod listed;
mod struck;

use evidence::{
    aboutness, after_neighbour, asks, clause_of_another_place, contrast_clause, dateline_country,
    exceptional_execution, heading_country, in_other_section, in_own_section, lists_categories,
    not_asserted, noted_row, proposition_spans, relative_of_another_place, section_headings,
    sentence_around, sentences_before, shift_years, there_of_another_place, through_clause,
};
use lexicon::{
    abolishes_now, allowed_only, code_bound_all, country_of_city_in, federation_in_opening,
    federation_of, first_in_years, first_since, hiatus_years, law_years, lexicon, quiet_cues,
    MORATORIUM_LAG_YEARS, NEAR_SWITCH_YEARS, QUIET_YEARS, RETENTION_HORIZON_YEARS,
};

pub const RETENTIONIST: &str = "retentionist";
pub const IN_PRACTICE: &str = "abolitionist_in_practice";
pub const ORDINARY: &str = "abolitionist_for_ordinary_crimes";
pub const ALL_CRIMES: &str = "abolitionist_for_all_crimes";

/// Whether a folded name is a country or federated state the gazetteer
/// (`rules/capitals.json`) lists.
pub(crate) fn known_jurisdiction(folded: &str) -> bool {
    lexicon::listed_jurisdiction(folded)
}

/// A status in words, for people ("abolitionist for all crimes").
pub fn in_words(status: Option<&str>) -> String {
    status
        .map(|s| s.replace('_', " "))
        .unwrap_or_else(|| "unknown".into())
}

/// Status of one jurisdiction at one date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatusReport {
    pub jurisdiction: String,
    pub as_of: PartialDate,
    pub status: Option<&'static str>,
    pub moratorium: bool,
    pub capital_offences: Vec<String>,
    pub excluded: Vec<String>,
    /// ISO date the current status began.
    pub since: Option<String>,
    pub reason: String,
    pub citations: Vec<Citation>,
    /// When the evidence disagrees: each side's status and citations (the status is
    /// then `None`).
    pub conflicts: Vec<(Option<&'static str>, Vec<Citation>)>,
    pub history: Vec<Period>,
}

/// A stretch of time with one (status, moratorium).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Period {
    /// ISO date, at the precision of the evidence that opened it.
    pub start: String,
    /// Start of the next period (exclusive), `None` while it lasts.
    pub end: Option<String>,
    pub status: Option<&'static str>,
    pub moratorium: bool,
    /// What opened the period, in words.
    pub basis: String,
    pub citations: Vec<Citation>,
    #[serde(skip)]
    lo: String,
}

/// Scope of an abolition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    All,
    Ordinary,
    /// Abolished for some crimes only ("for seven crimes", "the mandatory death
    /// penalty"): the death penalty stays.
    Partial,
}

fn has_any(text: &str, words: &[String]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// Words joined by single spaces: a hard-wrapped text breaks "the death\npenalty"
/// across its lines, and the lexicons' phrases hold single spaces.
pub(crate) fn single_spaced(words: &str) -> String {
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `single_spaced`, lowercased: how the lexicons' phrases are matched.
pub(crate) fn lower_words(words: &str) -> String {
    single_spaced(words).to_lowercase()
}

/// Whether an event abolishes the death penalty, and for which crimes, from its
/// evidence text.
pub(crate) fn abolition_scope(kind: EventKind, evidence: &str) -> Option<Scope> {
    let lex = lexicon();
    let text = lower_words(evidence);
    let abolishes = has_any(&text, &lex.abolition_stems)
        || has_any(&text, &lex.prohibition_phrases)
        || has_any(&text, &lex.removal_phrases);
    match kind {
        EventKind::Abolition if abolishes || has_any(&text, &lex.penalty_words) => {}
        EventKind::ConstitutionalAmendment | EventKind::LawAdopted if abolishes => {}
        _ => return None,
    }
    if !has_any(&text, &lex.penalty_words) {
        return None;
    }
    let narrowing = narrowed_crimes(&text);
    if has_any(&text, &lex.exception_ended)
        || narrowing
            .as_ref()
            .is_some_and(|n| last_capital_named(&text[n.after_for..]))
    {
        return Some(Scope::All);
    }
    if has_any(&text, &lex.except_words) {
        return Some(if excepts_ordinary_crime(&text) {
            Scope::Partial
        } else {
            Scope::Ordinary
        });
    }
    // "replaced the death penalty for all offences under that Code": one code's
    // offences, the military one left, are the ordinary crimes.
    if code_bound_all().is_match(&text) {
        return Some(Scope::Ordinary);
    }
    if has_any(&text, &lex.all_words) {
        return Some(if all_in_peacetime(&text) {
            Scope::Ordinary
        } else {
            Scope::All
        });
    }
    if has_any(&text, &lex.ordinary_words) {
        return Some(Scope::Ordinary);
    }
    if has_any(&text, &lex.partial_words) {
        return Some(Scope::Partial);
    }
    match narrowing {
        // "abolished the death penalty for murder; treason remained a capital
        // offence": an abolition for murder alone is one for ordinary crimes, unless
        // the sentence keeps the penalty for another ordinary crime.
        Some(n)
            if n.crimes.iter().all(|w| murder_word(w))
                && murder_alone(&text[n.after_for..])
                && !kept_for_ordinary(&text) =>
        {
            Some(Scope::Ordinary)
        }
        Some(_) => Some(Scope::Partial),
        None => Some(Scope::All),
    }
}

/// "abolished the death penalty in 1965 except for the murder of a police officer":
/// the clause after the exception keeps the penalty for an ordinary crime
/// (`ordinary_crime_nouns`) and names no exceptional one, so the abolition is of
/// some crimes, not of every ordinary crime.
fn excepts_ordinary_crime(lower: &str) -> bool {
    let lex = lexicon();
    let Some(at) = cue_position(lower, &lex.except_words) else {
        return false;
    };
    let clause = narrowing_clause(&lower[at..]);
    has_any(clause, &lex.ordinary_crime_nouns)
        && !has_any(clause, &lex.exceptional_words)
        && !has_any(clause, &lex.exceptional_crimes)
}

/// "... for treason, the last capital crime": a phrase of `last_capital_words` in
/// the clause of an abolition's "for ..." narrowing (`rest`, the text right after
/// "for"; `narrowing_clause`), with no word of keeping before it ("for murder and
/// treason remained the last capital crime until 1998" keeps one).
fn last_capital_named(rest: &str) -> bool {
    let lex = lexicon();
    let clause = narrowing_clause(rest);
    lex.last_capital_words
        .iter()
        .filter_map(|p| clause.find(p.as_str()))
        .min()
        .is_some_and(|at| {
            let before = &clause[..at];
            !has_any(before, &lex.kept_words) && !has_any(before, &lex.kept_before_last_capital)
        })
}

/// "for murder" (`rest`, the text right after "for"): the murder word first (after
/// "the"), not narrowed by what follows it ("for murder of a police officer", "for
/// murder committed by juveniles": `murder_qualifiers`); "for felony murder" is not
/// murder alone either.
fn murder_alone(rest: &str) -> bool {
    let lex = lexicon();
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip_while(|w| *w == "the");
    let Some(word) = words.next().filter(|w| murder_word(w)) else {
        return false;
    };
    let after = rest[word.as_ptr() as usize - rest.as_ptr() as usize + word.len()..].trim_start();
    !lex.murder_qualifiers.iter().any(|q| {
        after.starts_with(q.as_str())
            && !after[q.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// A crime word of `murder_words` ("murder", "murders", "homicide").
fn murder_word(word: &str) -> bool {
    lexicon()
        .murder_words
        .iter()
        .any(|m| word.starts_with(m.as_str()))
}

/// "abolished it for murder but kept it for drug trafficking": a word of keeping
/// followed by an ordinary crime.
fn kept_for_ordinary(lower: &str) -> bool {
    let lex = lexicon();
    cue_position(lower, &lex.kept_words)
        .is_some_and(|at| has_any(&lower[at..], &lex.ordinary_crime_nouns))
}

/// "removed the death penalty for all offences in peacetime": every crime of
/// `all_words`, qualified in the same phrase by one of `ordinary_words`, is every
/// ordinary crime.
fn all_in_peacetime(lower: &str) -> bool {
    let lex = lexicon();
    lex.all_words.iter().any(|w| {
        lower.match_indices(w.as_str()).any(|(at, _)| {
            let rest = &lower[at + w.len()..];
            let phrase = rest
                .split([',', ';', '.', ':'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ");
            has_any(&phrase, &lex.ordinary_words)
        })
    })
}

/// Whether a sentence brings the death penalty back: a word of reinstatement and
/// one of the penalty, and no word of abolition ("abolished ..., although it allowed
/// Congress to restore it" abolishes).
fn reinstates(sentence: &str) -> bool {
    let lex = lexicon();
    let lower = sentence.to_lowercase();
    has_any(&lower, &lex.reinstatement_words)
        && has_any(&lower, &lex.penalty_words)
        && !has_any(&lower, &lex.abolition_stems)
}

/// The clause of a "for ..." narrowing (`rest`, the text right after "for"): up to
/// ';', '.' or a later clause (`clause_breaks`: "for murder, while treason remained
/// ..." narrows to murder).
fn narrowing_clause(rest: &str) -> &str {
    let end = lexicon()
        .clause_breaks
        .iter()
        .filter_map(|b| rest.find(b.as_str()))
        .chain(rest.find([';', '.']))
        .min()
        .unwrap_or(rest.len());
    &rest[..end]
}

/// An abolition's "for ..." narrowing: the crime words after "for", and the byte
/// offset right after that "for".
struct Narrowing<'a> {
    crimes: Vec<&'a str>,
    after_for: usize,
}

/// "abolished for seven crimes", "abolition of the death penalty for drug
/// offences": an abolition followed, within a few words, by "for ... crimes". The
/// crime words after "for" (its first such narrowing), or `None` when nothing
/// narrows it.
fn narrowed_crimes(lower: &str) -> Option<Narrowing<'_>> {
    let lex = lexicon();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let crime = |w: &str| lex.crime_nouns.iter().any(|n| w.starts_with(n.as_str()));
    // "removed the death penalty for murder": a removal phrase, whole, narrows as
    // an abolition's word does ("courts removed the sentences of prisoners held for
    // murder" removes no penalty).
    let removal_at = |i: usize| {
        lex.removal_phrases.iter().any(|p| {
            let phrase: Vec<&str> = p.split_whitespace().collect();
            words.get(i..i + phrase.len()) == Some(&phrase[..])
        })
    };
    words.iter().enumerate().find_map(|(i, w)| {
        if !lex
            .abolition_stems
            .iter()
            .any(|s| w.starts_with(s.as_str()))
            && !removal_at(i)
        {
            return None;
        }
        let rest = &words[i + 1..words.len().min(i + 10)];
        let at = rest.iter().position(|w| *w == "for")?;
        let after_for = rest[at].as_ptr() as usize - lower.as_ptr() as usize + rest[at].len();
        let clause_end = after_for + narrowing_clause(&lower[after_for..]).len();
        let after: Vec<&str> = rest[at + 1..rest.len().min(at + 5)]
            .iter()
            .copied()
            .filter(|w| w.as_ptr() as usize - lower.as_ptr() as usize <= clause_end)
            .collect();
        // "repealed the death penalty in 2012 for crimes committed after that date":
        // a repeal for the future, no narrowing to some crimes.
        let prospective = {
            let mut next = lower[after_for..].split_whitespace();
            matches!(
                (next.next(), next.next(), next.next()),
                (
                    Some(noun),
                    Some("committed"),
                    Some("after" | "on" | "from" | "since" | "before"),
                ) if crime(noun)
            )
        };
        (!prospective
            && after.iter().any(|w| crime(w))
            && !after.iter().any(|w| matches!(*w, "all" | "every" | "any")))
        .then(|| Narrowing {
            crimes: after.iter().copied().filter(|w| crime(w)).collect(),
            after_for,
        })
    })
}

/// The offences kept after "except" in an abolition's evidence.
fn exceptions(evidence: &str) -> Vec<String> {
    let lower = evidence.to_lowercase();
    let Some((at, word)) = lexicon()
        .except_words
        .iter()
        .filter_map(|w| lower.find(w.as_str()).map(|at| (at, w.as_str())))
        .min()
    else {
        return Vec::new();
    };
    // Lower-casing can change byte lengths; fall back to the lower-cased text then.
    let source = if lower.len() == evidence.len() {
        evidence
    } else {
        lower.as_str()
    };
    let rest = source.get(at + word.len()..).unwrap_or("");
    let rest = rest.split(['.', ';']).next().unwrap_or("");
    rest.split(", and ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(", "))
        .map(|p| p.trim().trim_start_matches("for ").trim())
        .filter(|p| p.split_whitespace().count() >= 2)
        .map(str::to_string)
        .collect()
}

/// A status label in Amnesty's categories, from a statement value or a sentence.
fn label(text: &str) -> Option<&'static str> {
    // "abolitionist for all\ncrimes": a category hard-wrapped over two lines is the
    // same category.
    let text = lower_words(&text.replace('_', " "));
    lexicon()
        .labels
        .iter()
        .find(|(phrase, _)| text.contains(phrase.as_str()))
        .map(|(_, l)| l.status())
}

/// The category a statement's last "abolitionist" opens when the text runs on past
/// the statement ("classified as abolitionist" + " de facto in this Database"): the
/// longest of `category_names` the words from there start with, when it is longer
/// than what the statement holds.
fn category_run_on(text: &str, span: Span) -> Option<&'static str> {
    const REACH: usize = 40;
    let (start, end) = (span.start as usize, span.end as usize);
    let held = text.get(start..end)?.to_lowercase();
    if held.len() != end - start {
        return None;
    }
    let at = held.rfind("abolitionist")?;
    let mut stop = (end + REACH).min(text.len());
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let run = lower_words(&text[start + at..stop]);
    let held_tail = lower_words(&held[at..]);
    lexicon()
        .category_names
        .iter()
        .filter(|(name, _)| name.len() > held_tail.len() && run.starts_with(name.as_str()))
        .filter(|(name, _)| {
            // The whole name, not a longer word: "... de factor".
            run[name.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
        })
        .max_by_key(|(name, _)| name.len())
        .map(|(_, category)| category.status())
}

#[derive(Clone, Debug, PartialEq)]
enum Change {
    /// The death penalty is in force (an abolition enacted but not yet in effect).
    InForce,
    Executions,
    Sentences,
    Moratorium(bool),
    Abolish(Scope, Vec<String>),
    /// The death penalty brought back after an abolition ("Congress restored the
    /// death penalty in 1993"): the abolition before it no longer holds.
    Reinstated,
    Label(&'static str),
    /// No executions from `lo` (the end of the last ones) to `hi` (the day the
    /// document speaks from).
    Quiet,
    /// The death penalty's statute struck down by a court: what said it was retained
    /// before no longer does.
    Struck,
    /// The state itself ceased to exist ("The German Democratic Republic ceased to
    /// exist on 3 October 1990"): no status of its own from then.
    Ceased,
}

#[derive(Clone, Debug)]
struct Fact {
    lo: String,
    hi: String,
    date: TimeValue,
    change: Change,
    basis: String,
    citations: Vec<Citation>,
    /// Executions for war crimes, treason or crimes against humanity: no
    /// contradiction of an abolition for ordinary crimes.
    exceptional: bool,
    /// Executions said to be the last ones: none followed until the report.
    last: bool,
    /// Executions said to resume or to be the first for a while: a pause came
    /// before them.
    resumed: bool,
    /// Said to retain the death penalty in a sentence that tells another place's
    /// executions, not its own ("Northia and Southia retain the death penalty;
    /// Northia hanged a man in 2022", of Southia): of its law, nothing of its use.
    said: bool,
}

impl Fact {
    /// A fact that holds over the whole of `date`.
    fn over(date: TimeValue, change: Change, basis: String, citations: Vec<Citation>) -> Fact {
        let (lo, hi) = bounds(&date);
        Fact {
            lo,
            hi,
            date,
            change,
            basis,
            citations,
            exceptional: false,
            last: false,
            resumed: false,
            said: false,
        }
    }
    /// An abolition (or classification) in force until changed, and its scope.
    fn legal(&self) -> Option<&'static str> {
        match &self.change {
            Change::Abolish(Scope::All, _) | Change::Label(ALL_CRIMES) => Some(ALL_CRIMES),
            Change::Abolish(Scope::Ordinary, _) | Change::Label(ORDINARY) => Some(ORDINARY),
            _ => None,
        }
    }
    /// Evidence that the death penalty is kept in law.
    fn retains(&self) -> bool {
        matches!(
            self.change,
            Change::InForce
                | Change::Reinstated
                | Change::Executions
                | Change::Sentences
                | Change::Moratorium(_)
                | Change::Abolish(Scope::Partial, _)
                | Change::Label(RETENTIONIST)
                | Change::Label(IN_PRACTICE)
        )
    }
    /// Whether this fact, reported after an abolition of `scope`, contradicts it.
    fn contradicts(&self, scope: &str) -> bool {
        match scope {
            ALL_CRIMES => matches!(
                self.change,
                Change::Executions
                    | Change::Sentences
                    | Change::Abolish(Scope::Partial, _)
                    | Change::Label(RETENTIONIST)
                    | Change::Label(IN_PRACTICE)
            ),
            _ => {
                matches!(self.change, Change::Executions) && !self.exceptional
                    || self.change == Change::Label(RETENTIONIST)
            }
        }
    }
}

/// A statement of the law with the time it holds.
struct Held {
    value: String,
    lo: Option<String>,
    hi: Option<String>,
    dated: bool,
    citation: Citation,
}

/// Where a piece of evidence may be used for `key`: asserted wording, about the
/// jurisdiction, and (for abolitions and classifications) not a legend.
struct Judge<'a> {
    docs: &'a [DocInput<'a>],
    countries: std::collections::HashSet<String>,
    /// Per document, its country sections when it has one for the jurisdiction.
    sections: Vec<Vec<(usize, Option<bool>)>>,
    /// Per document, the country it reports on: its heading's, else the one it
    /// names most (folded).
    report: Vec<Option<String>>,
    /// Whether that country is the heading's.
    headed: Vec<bool>,
    /// Per document, the spans of statements put to a reader to judge (a quiz).
    propositions: Vec<Vec<Span>>,
    key: &'a str,
}

impl Judge<'_> {
    /// Whether the sentence's own words name the jurisdiction.
    fn names_key(&self, doc: usize, sentence: Span) -> bool {
        self.named(doc, sentence).here
    }

    /// Who the sentence names: the jurisdiction, other places.
    fn named(&self, doc: usize, sentence: Span) -> evidence::Aboutness {
        let input = &self.docs[doc];
        let countries = |k: &str| self.countries.contains(k);
        aboutness(
            input.text,
            sentence,
            self.key,
            &input.extraction.mentions,
            &countries,
            None,
        )
    }

    /// The sentence of `span` in document `doc` when it may ground a status.
    fn admit(&self, doc: usize, span: Span, own: Option<&str>, legal: bool) -> Option<Span> {
        self.admit_at(doc, span, None, own, legal)
    }

    /// `admit`, for an event whose trigger stands at `trigger`: a hedge in a later
    /// clause of the sentence that abolishes nothing does not hedge it.
    fn admit_at(
        &self,
        doc: usize,
        span: Span,
        trigger: Option<Span>,
        own: Option<&str>,
        legal: bool,
    ) -> Option<Span> {
        let input = &self.docs[doc];
        let sentence = sentence_around(input.text, span);
        let words = match trigger {
            Some(trigger) => through_clause(input.text, sentence, trigger),
            None => sentence.slice(input.text),
        };
        if not_asserted(words)
            || asks(sentence.slice(input.text))
            || self.propositions[doc].iter().any(|p| p.contains(sentence))
            || retracted_later(input.text, sentence)
            || corrected_later(input.text, sentence)
        {
            return None;
        }
        let countries = |k: &str| self.countries.contains(k);
        if trigger.is_some_and(|t| {
            clause_of_another_place(
                input.text,
                sentence,
                t,
                self.key,
                &input.extraction.mentions,
                &countries,
            )
        }) || relative_of_another_place(
            input.text,
            sentence,
            trigger.unwrap_or(span),
            self.key,
            &input.extraction.mentions,
        ) || there_of_another_place(
            input.text,
            sentence,
            trigger.unwrap_or(span),
            self.key,
            &input.extraction.mentions,
        ) {
            return None;
        }
        self.attribute(doc, span, own, legal)
    }

    /// The sentence of `span` when it is about the jurisdiction, asserted or not.
    ///
    /// What the sentence's own words name comes first: the jurisdiction named, it is
    /// about it; another country named (and not this one), it is not, whatever the
    /// extractor's guess (`own`) says. A sentence that names no country is about the
    /// extractor's jurisdiction when that is this one, else about the report's
    /// country (its heading's, else the one it names most) or the section it stands
    /// in: "The government executed two persons during the year" in a report on one
    /// country.
    fn attribute(&self, doc: usize, span: Span, own: Option<&str>, legal: bool) -> Option<Span> {
        let input = &self.docs[doc];
        let sentence = sentence_around(input.text, span);
        let words = sentence.slice(input.text);
        if in_other_section(&self.sections[doc], span.start as usize) {
            return None;
        }
        let countries = |k: &str| self.countries.contains(k);
        let named = aboutness(
            input.text,
            sentence,
            self.key,
            &input.extraction.mentions,
            &countries,
            None,
        );
        let report = self.report[doc]
            .as_deref()
            .is_some_and(|d| same_jurisdiction(d, self.key));
        // What the sentence before says, when there is one.
        let before = || {
            let bytes = input.text.as_bytes();
            let mut end = sentence.start as usize;
            while end > 0 && bytes[end - 1].is_ascii_whitespace() {
                end -= 1;
            }
            if end < 2 {
                return None;
            }
            let previous = sentence_around(input.text, Span::new(end - 2, end - 1));
            (previous.end <= sentence.start).then(|| {
                aboutness(
                    input.text,
                    previous,
                    self.key,
                    &input.extraction.mentions,
                    &countries,
                    None,
                )
            })
        };
        // The nearest sentence before, in the same paragraph, that names a place:
        // "This lever opened the trapdoor at the last executions in Canada ... .
        // Later sentences were commuted. Parliament removed the death penalty for
        // murder in 1976": sentences that name none continue it.
        let earlier = || {
            sentences_before(input.text, sentence)
                .take(PLACELESS_RUN)
                .map(|previous| {
                    let about = aboutness(
                        input.text,
                        previous,
                        self.key,
                        &input.extraction.mentions,
                        &countries,
                        None,
                    );
                    (about, previous)
                })
                .find(|(about, _)| about.here || about.other || about.global)
        };
        // Under the jurisdiction's own section heading of a report on several
        // countries, a sentence that names no other place is about it, whatever
        // place dominates the whole file (a PDF chapter cut with its neighbour's pages).
        let ours = report || in_own_section(&self.sections[doc], span.start as usize);
        // "The country's last known executions took place in 2014, ... before the
        // country joined the Community of Portuguese Language Countries": a sentence
        // whose subject is "the country" speaks of the country of the sentence
        // before, or of the document's when that one names none, whatever other
        // names (or words of many countries) it holds further on.
        // "The state's neighbour Illinois abolished ...": the neighbour is the subject.
        let the_country = || {
            subject_is_the_country(words)
                && !names_a_neighbour(words)
                && before().is_some_and(|b| !b.other && (b.here || ours))
        };
        let own = own.map(fold_name).filter(|o| !o.is_empty());
        let (own_here, own_other) = match &own {
            Some(o) if same_jurisdiction(o, self.key) => (true, false),
            Some(_) => (false, true),
            None => (false, false),
        };
        // The extractor's other jurisdiction is a place the sentence names ("In
        // neighbouring South Africa, where the death penalty was abolished in 1995"):
        // the sentence is about that place, known country or not.
        let own_named = own_other
            && own.as_deref().is_some_and(|o| {
                input.extraction.mentions.iter().any(|m| {
                    m.kind == MentionKind::Place
                        && sentence.contains(m.name_span)
                        && same_jurisdiction(&fold_name(m.value.as_deref().unwrap_or(&m.name)), o)
                })
            });
        let attributed = if named.here || the_country() {
            true
        } else if named.other || own_named {
            false
        } else if subject_is_the_others(words) {
            // "Two States retain it. All other participating States have abolished
            // it": the others are none of the places named before.
            false
        } else if subject_is_the_country(words)
            && !names_a_neighbour(words)
            && before().is_some_and(|b| b.other && !b.here)
        {
            // "In Southia, the 1983 Constitution ... . The country's last execution
            // took place in 1973": "the country" is the other place of the sentence
            // before, not the document's own.
            false
        } else if named.global {
            // "Death Sentences and Executions in 2016: a global review": a sentence
            // about many countries is about none of them, whatever the extractor's
            // guess.
            false
        } else if let Some(row) = noted_row(input.text, sentence) {
            // "- [d] The Minister of Justice lifted the moratorium": a table's note
            // speaks of the row that cites its mark, not of the note before it.
            same_jurisdiction(&fold_name(row), self.key)
        } else if opens_with_pronoun(words) && before().is_some_and(|b| b.other && !b.here) {
            // "Papua New Guinea is the region's exception. Its parliament
            // reintroduced ...": a pronoun subject is the one of the sentence before,
            // not the country a regional paper names most (nor the extractor's guess).
            false
        } else if own_here {
            // The extractor's guess of this jurisdiction, for a sentence that names
            // none, yields to the report's own country when that is another.
            (ours || !self.headed[doc] || before().is_some_and(|b| b.here))
                && !self.continues_another_place(doc, sentence, span)
        } else if before().is_some_and(|b| b.here && !b.other) {
            // A sentence that names no place continues the one before it ("Iran ...
            // remained the only one. 173 people had been executed this year").
            true
        } else if !own_other
            && earlier().is_some_and(|(b, previous)| {
                b.here
                    && !b.other
                    && !b.global
                    // In a report whose heading names another country, a sentence
                    // that names none is that country's, unless the earlier
                    // sentence's subject is this place ("KENYA ... met officials
                    // from Uganda. They discussed prisons. Parliament passed the
                    // bill": Kenya's). A page whose country is only the one it names
                    // most (exhibition labels on several) is no such report.
                    && (ours
                        || !self.headed[doc]
                        || self.report[doc].is_none()
                        || opens_with_place(input, previous, self.key, true))
            })
        {
            true
        } else if own_other {
            // The extractor's guess of another country, for a sentence that names
            // none, yields to the report's own country unless the sentence before
            // names another.
            ours && !before().is_some_and(|b| b.other)
        } else {
            ours && !self.continues_another_place(doc, sentence, span)
        };
        // "The last federal execution took place in March 2003" after a sentence
        // on a state: the federation's executions are not the state's.
        let attributed = attributed && (named.here || !federal_for_state(words, self.key));
        if !attributed {
            return None;
        }
        // A legend or a list of category names grounds no classification unless
        // the sentence itself names the jurisdiction (the extractor's attribution
        // of the statement does not count: it may come from the page title).
        if legal && lists_categories(words) && (!named.here || named.other) {
            return None;
        }
        Some(sentence)
    }
}

impl Judge<'_> {
    /// "Chad carried out no executions between 2003 and 2015. The penal code adopted
    /// in 2014 abolished ...": in a document no heading gives a country (a column of
    /// corrections, a letter), a sentence that names no place continues the nearest
    /// earlier one of its paragraph that names one; when that one names only another
    /// place, the sentence is not the document's dominant country's.
    fn continues_another_place(&self, doc: usize, sentence: Span, span: Span) -> bool {
        self.after_another_place(doc, sentence, span, true)
    }

    /// Whether the nearest earlier sentence of `sentence`'s paragraph that names a
    /// place names only another one. `headed`: under a heading that names a country,
    /// only when that sentence opens with the other place (`continues_another_place`).
    fn after_another_place(&self, doc: usize, sentence: Span, span: Span, headed: bool) -> bool {
        if in_own_section(&self.sections[doc], span.start as usize) {
            return false;
        }
        let input = &self.docs[doc];
        let countries = |k: &str| self.countries.contains(k);
        sentences_before(input.text, sentence)
            .take(PLACELESS_RUN)
            .map(|previous| {
                let about = aboutness(
                    input.text,
                    previous,
                    self.key,
                    &input.extraction.mentions,
                    &countries,
                    None,
                );
                (about, previous)
            })
            .find(|(about, _)| about.here || about.other || about.global)
            .is_some_and(|(about, previous)| {
                about.other
                    && !about.here
                    && !about.global
                    // Under a heading that names a country, only a sentence whose
                    // subject is the other place ("Chad carried out ...") carries
                    // on about it ("KENYA ... met officials from Uganda. They
                    // discussed prisons" stays Kenya's).
                    && (!headed
                        || !self.headed[doc]
                        || opens_with_place(input, previous, self.key, false))
            })
    }
}

/// Whether `sentence` opens with a place mention, its subject ("Northia abolished
/// ...", "Chad's National Assembly ..."), of the jurisdiction `key` (`own`) or of
/// another one (not `own`).
fn opens_with_place(doc: &DocInput, sentence: Span, key: &str, own: bool) -> bool {
    let words = sentence.slice(doc.text);
    let first = sentence.start as usize + (words.len() - words.trim_start().len());
    doc.extraction.mentions.iter().any(|m| {
        m.kind == MentionKind::Place
            && m.name_span.start as usize == first
            && sentence.contains(m.name_span)
            && same_jurisdiction(&fold_name(m.value.as_deref().unwrap_or(&m.name)), key) == own
    })
}

/// "On 9 March 2011 the governor signed the bill, which abolished the death penalty
/// with effect from 1 July 2011, and the state has been abolitionist since that
/// date": a status stated in a clause of its own after ", and" (or ";") is dated by
/// the first date of that clause, not by the sentence's first.
fn coordinate_clause_date(doc: &DocInput, sentence: Span, span: Span) -> Option<TimeValue> {
    let text = doc.text;
    let head = text
        .get(sentence.start as usize..span.start as usize)?
        .trim_end();
    if !(head.ends_with(", and") || head.ends_with("; and") || head.ends_with(';')) {
        return None;
    }
    // The clause ends at ';' or at the next clause of its own (`clause_breaks`:
    // "..., although military courts could impose it until 2005" is not its date).
    let rest = text.get(span.start as usize..sentence.end as usize)?;
    // ASCII lower-casing keeps the byte offsets of `rest` (the breaks are ASCII).
    let lower_rest = rest.to_ascii_lowercase();
    let end = span.start as usize
        + lexicon()
            .clause_breaks
            .iter()
            .map(String::as_str)
            .chain([";", ", although ", ", which ", ", when ", ", who "])
            .filter_map(|b| lower_rest.find(b))
            .min()
            .unwrap_or(rest.len());
    let clause = Span::new(span.start as usize, end);
    let before = |t: &dossier_model::TimeMention| {
        text.get(sentence.start as usize..t.span.start as usize)
            .unwrap_or("")
            .trim_end()
            .to_lowercase()
    };
    let dated: Vec<_> = doc
        .extraction
        .times
        .iter()
        .filter(|t| clause.contains(t.span) && !t.is_duration && t.value.is_some())
        .collect();
    // "... has been abolitionist since 1990": the date after "since" is the status's;
    // else the clause's first. An "until" date bounds no start: no date of its own.
    let time = dated
        .iter()
        .find(|t| before(t).ends_with(" since"))
        .or_else(|| dated.iter().min_by_key(|t| t.span.start))?;
    let value = time.value?;
    let before = before(time);
    if before.ends_with(" until") || before.ends_with(" till") {
        return None;
    }
    Some(if before.ends_with(" since") {
        TimeValue {
            start: value.start,
            end: None,
        }
    } else {
        value
    })
}

/// The first date, with a start and not after "until", of the coordinate clause that
/// holds `trigger`: from the last ", and" or ";" before it to the next ";".
/// The coordinate clause of `trigger`: from the last ", and " or "; " before it (none:
/// `None`) to the next ';' or the sentence's end.
fn own_clause(doc: &DocInput, sentence: Span, trigger: Span) -> Option<Span> {
    let text = doc.text;
    let head = text.get(sentence.start as usize..trigger.start as usize)?;
    let start = sentence.start as usize
        + [", and ", "; "]
            .iter()
            .filter_map(|b| head.rfind(b).map(|i| i + b.len()))
            .max()?;
    let rest = text.get(trigger.end as usize..sentence.end as usize)?;
    let end = trigger.end as usize + rest.find(';').unwrap_or(rest.len());
    Some(Span::new(start, end))
}

fn own_clause_date(doc: &DocInput, sentence: Span, trigger: Span) -> Option<TimeValue> {
    let text = doc.text;
    let clause = own_clause(doc, sentence, trigger)?;
    doc.extraction
        .times
        .iter()
        .filter(|t| clause.contains(t.span) && !t.is_duration)
        .filter(|t| t.value.is_some_and(|v| v.start.is_some()))
        .filter(|t| {
            let before = text
                .get(sentence.start as usize..t.span.start as usize)
                .unwrap_or("")
                .trim_end()
                .to_lowercase();
            !(before.ends_with(" until") || before.ends_with(" till"))
        })
        .min_by_key(|t| t.span.start)
        .and_then(|t| t.value)
}

/// "1964 Measure 1, repealing the death penalty Approved Capital punishment abolished
/// for all crimes": a year that opens the sentence (a table row's first cell, a
/// chronology's line) dates every clause of it.
fn row_year_dates(doc: &DocInput, sentence: Span, date: Option<TimeValue>) -> bool {
    let words = sentence.slice(doc.text);
    let first = sentence.start as usize + (words.len() - words.trim_start().len());
    // A clause with a year of its own ("... kept it for treason until 2005") is
    // dated by that year, not the row's.
    let own_year = |date: TimeValue| {
        doc.extraction.times.iter().any(|t| {
            sentence.contains(t.span)
                && t.span.start as usize != first
                && !t.is_duration
                && t.value.is_some_and(|v| v.start != date.start)
        })
    };
    date.is_some_and(|date| {
        !own_year(date)
            && doc.extraction.times.iter().any(|t| {
                t.span.start as usize == first
                    && !t.is_duration
                    && t.value
                        .is_some_and(|v| v.start.is_some() && v.start == date.start)
                    && t.span
                        .slice(doc.text)
                        .trim()
                        .chars()
                        .all(|c| c.is_ascii_digit())
            })
    })
}

/// "The penal code adopted at the end of 2014 abolished ...": a year the sentence
/// gives only by its end is its last month, not its start (the status before it
/// holds through most of that year).
fn late_in_year(doc: &DocInput, sentence: Span, date: TimeValue) -> Option<TimeValue> {
    let year = date
        .start
        .filter(|s| s.month.is_none() && (date.is_point() || date.end.is_none()))?;
    let late = &lexicon().late_in_year;
    doc.extraction.times.iter().find_map(|t| {
        if !sentence.contains(t.span)
            || t.is_duration
            || !t
                .value
                .is_some_and(|v| v.is_point() && v.start == Some(year))
        {
            return None;
        }
        let words = t.span.slice(doc.text).to_lowercase();
        let words = words.trim_start_matches("the ").trim_start();
        let before = doc.text[sentence.start as usize..t.span.start as usize].to_lowercase();
        let before = format!(" {}", before.trim_end());
        late.iter()
            .any(|w| words.starts_with(w.as_str()) || before.ends_with(&format!(" {w}")))
            .then(|| {
                let december = PartialDate::month(year.year, 12);
                TimeValue {
                    start: Some(december),
                    end: date.end.map(|_| december),
                }
            })
    })
}

/// Whether a sentence defines what a table or column counts ("\"Executions\" in
/// Table 4 counts judicial executions carried out in the year"): a technical note, no
/// report of executions. The defining verb follows the noun within a few words ("As
/// the table below shows, Ostland executed 40 people, which means ..." is a report).
fn defines_a_measure(sentence: &str) -> bool {
    let lower = format!(" {} ", lower_words(sentence));
    let lex = lexicon();
    lex.measure_nouns.iter().any(|noun| {
        lower.match_indices(noun.as_str()).any(|(at, _)| {
            let after = at + noun.len().saturating_sub(1);
            let window = lower[after..]
                .char_indices()
                .nth(40)
                .map_or(lower.len(), |(k, _)| after + k);
            lex.measure_defined
                .iter()
                .any(|verb| lower[after..window].contains(verb.as_str()))
        })
    })
}

/// Whether a sentence tells a court's verdict on a sentence or a method ("the
/// Supreme Court held that the mandatory death sentence is unconstitutional", "held
/// that execution by electrocution violated the state constitution"): it reports no
/// death sentence and no execution of its date.
fn court_verdict(sentence: &str) -> bool {
    let lower = lower_words(sentence);
    let lex = lexicon();
    has_any(&lower, &lex.court_words)
        && has_any(&lower, &lex.holding_verbs)
        && has_any(&lower, &lex.ruling_verdicts)
}

/// The clause of `lower` (a sentence in lower case) around byte `at`: from the
/// `clause_breaks` before it to the next one after it ("the Supreme Court declared
/// the moratorium unconstitutional" apart from ", and 12 men were hanged").
fn clause_around(lower: &str, at: usize) -> &str {
    let breaks = &lexicon().clause_breaks;
    let at = at.min(lower.len());
    let start = breaks
        .iter()
        .filter_map(|b| Some(lower.get(..at)?.rfind(b.as_str())? + b.len()))
        .max()
        .unwrap_or(0);
    let end = breaks
        .iter()
        .filter_map(|b| Some(at + lower.get(at..)?.find(b.as_str())?))
        .min()
        .unwrap_or(lower.len());
    lower.get(start.min(at)..end).unwrap_or(lower)
}

/// Most sentences naming no place that may stand between a sentence and the one
/// before it in its paragraph that names its jurisdiction.
const PLACELESS_RUN: usize = 3;

fn facts(docs: &[DocInput], graph: &Graph, key: &str) -> (Vec<Fact>, Vec<Held>, Vec<Held>) {
    let places = Places::new(docs);
    let headings: Vec<Option<String>> = docs
        .iter()
        .map(|d| heading_country(d.text, &d.extraction.mentions))
        .collect();
    let headed = headings.iter().map(Option::is_some).collect();
    let report: Vec<Option<String>> = headings
        .into_iter()
        .enumerate()
        .map(|(i, h)| {
            h.or_else(|| places.dominant(i).map(str::to_string))
                // "Neighbouring Washington state carried out ...": a place the
                // document names only as a neighbour is not its own.
                .filter(|r| !only_as_neighbour(&docs[i], r))
                // "TEHRAN, March 5 -": a capital stands for its country, and a
                // story whose only place is its dateline's city is that country's.
                .map(|r| {
                    country_of_city_in(docs[i].text, &r)
                        .map(str::to_string)
                        .unwrap_or(r)
                })
                .or_else(|| dateline_country(docs[i].text).map(str::to_string))
        })
        .collect();
    // Known countries: the documents' own, and every jurisdiction the extractor
    // gave an event or a statement ("executed in Indonesia").
    let countries = (0..docs.len())
        .filter_map(|i| {
            places
                .dominant(i)
                .filter(|d| country_of_city_in(docs[i].text, d).is_none())
                .map(str::to_string)
        })
        .chain(report.iter().flatten().cloned())
        .chain(docs.iter().flat_map(|d| {
            let events = d
                .extraction
                .events
                .iter()
                .filter_map(|e| e.place.as_deref());
            let statements = d
                .extraction
                .statements
                .iter()
                .filter_map(|s| s.jurisdiction.as_deref());
            events.chain(statements).map(fold_name)
        }))
        .filter(|k| !k.is_empty())
        .collect();
    let sections = docs.iter().map(|d| section_headings(d.text, key)).collect();
    let judge = Judge {
        docs,
        countries,
        sections,
        report,
        headed,
        propositions: docs.iter().map(|d| proposition_spans(d.text)).collect(),
        key,
    };
    let by_name: FxMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.name, i)).collect();
    let mut facts = Vec::new();
    for cluster in &graph.events {
        let legal_kind = matches!(
            cluster.kind,
            EventKind::Abolition
                | EventKind::LawAdopted
                | EventKind::ConstitutionalAmendment
                | EventKind::StatusClassification
        );
        let mut admitted: Vec<(usize, Span)> = Vec::new();
        let mut first_trigger: Option<Span> = None;
        for m in &cluster.members {
            let Some(&doc_idx) = by_name.get(m.doc.as_str()) else {
                continue;
            };
            let Some(event) = docs[doc_idx].extraction.events.get(m.index) else {
                continue;
            };
            // A moratorium lifted is no moratorium in force: `moratorium_lifted` reads
            // that sentence as the lifting.
            if event.modality != Modality::Asserted || event.is_lifting() {
                continue;
            }
            if let Some(sentence) = judge.admit_at(
                doc_idx,
                m.span,
                Some(event.trigger),
                event.place.as_deref(),
                legal_kind,
            ) {
                if admitted.is_empty() {
                    first_trigger = Some(event.trigger);
                }
                admitted.push((doc_idx, sentence));
            }
        }
        let Some(&(doc_idx, sentence)) = admitted.first() else {
            continue;
        };
        let text = sentence.slice(docs[doc_idx].text);
        if cluster.kind == EventKind::Execution
            && first_trigger.is_some_and(|t| denied_by_contraction(text, sentence, t))
        {
            continue;
        }
        let Some(date) = cluster.date else {
            facts.extend(abolished_by_then(&docs[doc_idx], cluster.kind, sentence));
            continue;
        };
        // "Iowa then used the gallows until 1963, and the legislature abolished the
        // death penalty again ... in 1965": a change in law given only the "until"
        // date of the clause before takes the date of its own clause.
        // "It carried out its last executions in 2008, its President announced a
        // moratorium in 2010, and its new Criminal Code abolished the death penalty
        // for all crimes in 2017": a change in law dated by another clause's date
        // takes the date of its own clause.
        let date = match first_trigger {
            Some(t) if legal_kind && date.start.is_none() => {
                own_clause_date(&docs[doc_idx], sentence, t).unwrap_or(date)
            }
            Some(t) if legal_kind => match own_clause(&docs[doc_idx], sentence, t) {
                Some(clause)
                    if !docs[doc_idx]
                        .extraction
                        .times
                        .iter()
                        .any(|m| clause.contains(m.span) && m.value == Some(date)) =>
                {
                    own_clause_date(&docs[doc_idx], sentence, t)
                        .filter(|own| own.start.map(|d| d.year) != date.start.map(|d| d.year))
                        .unwrap_or(date)
                }
                _ => date,
            },
            _ => date,
        };
        // "Papua New Guinea ... became abolitionist for all crimes during the year
        // when Parliament voted in January to repeal the 1991 amendments": a change
        // in law told "during the year" of a report on one year is of that year.
        let date = match report_year(&docs[doc_idx]) {
            Some(year)
                if legal_kind && has_any(&text.to_lowercase(), &lexicon().year_of_report_cues) =>
            {
                year
            }
            _ => date,
        };
        let date = late_in_year(&docs[doc_idx], sentence, date).unwrap_or(date);
        // "Burundi, which last carried out executions in 2000, abolished the death
        // penalty ... in April": a date in a relative clause that does not hold the
        // abolition's words is the clause's own, not the abolition's.
        if matches!(
            cluster.kind,
            EventKind::Abolition | EventKind::LawAdopted | EventKind::ConstitutionalAmendment
        ) && first_trigger
            .is_some_and(|t| date_in_other_relative(&docs[doc_idx], sentence, t, date))
        {
            continue;
        }
        // "Colorado has executed only one person since 1976: ..., who was put to
        // death in October 1997": executions counted over an open range, beside a
        // later date in the same sentence, did not happen at its start.
        if cluster.kind == EventKind::Execution
            && date.end.is_none()
            && date.start.is_some_and(|start| {
                docs[doc_idx].extraction.times.iter().any(|t| {
                    sentence.contains(t.span)
                        && !t.is_duration
                        && t.value.is_some_and(|v| {
                            v.end.is_some()
                                && v.start.is_some_and(|s| s.first_day() > start.last_day())
                        })
                })
            })
        {
            continue;
        }
        // "has executed no one since 1989": an open range after a quiet cue is the
        // quiet years (`quiet_since`), no execution at their start.
        if cluster.kind == EventKind::Execution && date.end.is_none() && {
            quiet_since_dates(&docs[doc_idx], sentence, date)
        } {
            continue;
        }
        // "Before 1990, ... executions were carried out": a date the executions
        // came before is no date of theirs.
        if matches!(
            cluster.kind,
            EventKind::Execution | EventKind::DeathSentence
        ) && dated_only_as_bound(&docs[doc_idx], sentence, date)
        {
            continue;
        }
        // "Death sentences continued to be imposed in Nigeria, Ghana and
        // Mauritania": courts of countries abolitionist in practice hand down death
        // sentences too, and a sentence that tells them of several countries at
        // once says nothing of any one's category.
        if cluster.kind == EventKind::DeathSentence && {
            let named = judge.named(doc_idx, sentence);
            named.here && named.other
        } {
            continue;
        }
        // "supporters chanted for the execution of those behind the coup": an
        // execution called for, not carried out.
        if cluster.kind == EventKind::Execution
            && has_any(&text.to_lowercase(), &lexicon().wished_executions)
        {
            continue;
        }
        // "\"Executions\" in Table 4 counts judicial executions carried out in the
        // year": a statistic's definition reports no execution, nor does a court's
        // verdict on the mandatory sentence or on a method.
        if matches!(
            cluster.kind,
            EventKind::Execution | EventKind::DeathSentence
        ) && (defines_a_measure(text) || court_verdict(text))
        {
            continue;
        }
        // "In areas under the control of the Autonomous Administration ..., the
        // Social Contract of 2014 abolished the death penalty": an authority over part
        // of the country is not its state.
        if !matches!(
            cluster.kind,
            EventKind::Execution | EventKind::DeathSentence
        ) && outside_state_control(text)
        {
            continue;
        }
        // "Venezuela abolished capital punishment in 1863, Costa Rica in 1877, Ecuador
        // in 1906": a name of the gapped row has its own year, not the verb's.
        if legal_kind
            && elided::gapped_year(text, key)
                .is_some_and(|y| date.start.is_none_or(|s| s.year != y))
        {
            continue;
        }
        // "the penal code of 1859, which provided for it, was extended; Westmark,
        // where it had been abolished in 1859, kept its own code": an abolition told
        // in another subject's relative clause is not the adopted law's.
        if matches!(
            cluster.kind,
            EventKind::LawAdopted | EventKind::ConstitutionalAmendment
        ) && first_trigger.is_some_and(|t| abolition_only_in_other_relative(text, sentence, t))
        {
            continue;
        }
        let scope_text = first_trigger
            .map(|t| scope_clause(docs[doc_idx].text, sentence, t))
            .unwrap_or(text);
        let mut kept_at: Option<Span> = None;
        let then_all = if matches!(
            cluster.kind,
            EventKind::Abolition | EventKind::LawAdopted | EventKind::ConstitutionalAmendment
        ) {
            ordinary_then_all(&docs[doc_idx], sentence, date)
        } else {
            None
        };
        let (change, basis) = match cluster.kind {
            EventKind::Execution => (
                Change::Executions,
                format!("executions reported for {}", date.words()),
            ),
            EventKind::DeathSentence if fate_unknown(docs[doc_idx].text, sentence) => continue,
            EventKind::DeathSentence => (
                Change::Sentences,
                format!("death sentences reported for {}", date.words()),
            ),
            EventKind::Moratorium if names_subnational_unit(text, key) => continue,
            EventKind::Moratorium => (
                Change::Moratorium(true),
                format!("moratorium on executions from {}", date.words()),
            ),
            EventKind::StatusClassification => match label(text) {
                Some(l) => (
                    Change::Label(l),
                    format!("classified {} in {}", in_words(Some(l)), date.words()),
                ),
                None => continue,
            },
            // "Albania ratified Protocol No. 13, on abolition in all circumstances, in
            // 2007": a treaty that allows no wartime reservation abolishes for all
            // crimes.
            EventKind::TreatyRatification
                if first_trigger.is_some_and(|t| {
                    ratifies_all_circumstances_treaty(docs[doc_idx].text, sentence, t)
                }) =>
            {
                (
                    Change::Abolish(Scope::All, Vec::new()),
                    format!(
                        "a treaty abolishing it in all circumstances ratified in {}",
                        date.words()
                    ),
                )
            }
            EventKind::LawAdopted | EventKind::ConstitutionalAmendment if reinstates(text) => (
                Change::Reinstated,
                format!("the death penalty reinstated in {}", date.words()),
            ),
            kind => match abolition_scope(kind, scope_text).map(|scope| {
                // "abolished it in peacetime in August 2002 and for all
                // circumstances in 2004": ordinary crimes on the first date.
                if then_all.is_some() {
                    return Scope::Ordinary;
                }
                // "abolished for murder in 1954, and since then it has been available
                // only for treason in time of war"; "it does not cover crimes committed
                // during a state of emergency, for which courts can still impose the
                // death penalty": kept for exceptional crimes alone.
                let further = match scope {
                    // The later of two abolitions in its sentence, for all crimes:
                    // what the earlier one kept is gone.
                    Scope::All if scope_text.len() < text.len() => return scope,
                    Scope::All => true,
                    Scope::Partial => false,
                    Scope::Ordinary => return scope,
                };
                match kept_for_exceptional(&judge, doc_idx, sentence, &date, further) {
                    Some(kept) => {
                        kept_at = Some(kept);
                        Scope::Ordinary
                    }
                    None => scope,
                }
            }) {
                Some(Scope::All) => (
                    Change::Abolish(Scope::All, Vec::new()),
                    format!("abolition for all crimes in {}", date.words()),
                ),
                Some(Scope::Ordinary) => (
                    Change::Abolish(Scope::Ordinary, exceptions(text)),
                    format!(
                        "{} abolishing it for ordinary crimes in {}",
                        kind.as_str().replace('_', " "),
                        date.words()
                    ),
                ),
                Some(Scope::Partial) => (
                    Change::Abolish(Scope::Partial, Vec::new()),
                    format!(
                        "death penalty narrowed (still retained for other crimes) in {}",
                        date.words()
                    ),
                ),
                None => continue,
            },
        };
        let mut citations: Vec<Citation> = admitted
            .iter()
            .map(|(d, s)| Citation::new(docs[*d].name, *s))
            .chain(kept_at.map(|k| Citation::new(docs[doc_idx].name, k)))
            .collect();
        tidy(&mut citations);
        // "removed the death penalty for ordinary crimes in 2016, and the Code of
        // Military Justice promulgated in 2017 removed it for military offences":
        // the second removal, on its later date, abolishes it for all crimes.
        let completed = match change {
            Change::Abolish(Scope::Ordinary, _) => completed_later(&docs[doc_idx], sentence, &date)
                .or(then_all)
                .map(|later| {
                    let basis = format!(
                        "abolished for ordinary crimes, then for the exceptional ones too in {}",
                        later.words()
                    );
                    Fact::over(
                        later,
                        Change::Abolish(Scope::All, Vec::new()),
                        basis,
                        citations.clone(),
                    )
                }),
            _ => None,
        };
        facts.extend(completed);
        // A law that takes effect later changes the status only then; until then
        // the death penalty it abolishes is still in force.
        let effective = match change {
            Change::Abolish(Scope::All | Scope::Ordinary, _) => {
                // A day of effect before the event's own is some other law's ("the Penal
                // Code in force in 2010 was replaced in 2015 by a code that abolished it").
                effective_date(&docs[doc_idx], sentence).filter(|&e| {
                    same_clause(&docs[doc_idx], sentence, e, date)
                        && bounds(&e).0 >= bounds(&date).0
                })
            }
            _ => None,
        };
        // The event may carry the day the law takes effect ("signed a decree on 1
        // August 2005 abolishing it from 1 January 2008"): the enactment is then
        // the earlier day the sentence gives before it.
        // "The Act will enter into force when it is signed by the President": a law
        // passed whose every report says it is not yet in force abolishes nothing
        // yet; the death penalty stays in force on its day.
        if effective.is_none()
            && matches!(change, Change::Abolish(Scope::All | Scope::Ordinary, _))
            && admitted.iter().all(|&(d, s)| {
                awaits_entry_into_force(docs[d].text)
                    || in_force_later_unsaid(docs[d].text, s)
                    || awaits_assent(docs[d].text, s)
            })
        {
            let basis = format!(
                "an abolition passed in {} that its report says is not yet in force: the death penalty stayed in force",
                date.words()
            );
            facts.push(Fact::over(date, Change::InForce, basis, citations));
            continue;
        }
        let enacted = match effective {
            Some(e) if e == date => enactment_before(&docs[doc_idx], sentence, e).unwrap_or(date),
            _ => date,
        };
        let date = effective.unwrap_or(date);
        if bounds(&date).0 > bounds(&enacted).1 {
            facts.push(in_force_until(enacted, date, citations.clone()));
        }
        facts.push(Fact::over(date, change, basis, citations));
    }
    facts.extend(reported_in_text(&judge));
    facts.extend(reported_in_the_year(&judge));
    facts.extend(reinstated_in_text(&judge));
    facts.extend(abolished_it_in_text(&judge));
    facts.extend(planned_ends(&judge));
    facts.extend(said_to_retain(&judge));
    facts.extend(moratorium_lifted(&judge));
    facts.extend(allowed_only_exceptional(&judge));
    facts.extend(listed::listed_in_category(&judge));
    facts.extend(listed::included_in_category(&judge));
    facts.extend(listed::abbreviated_table(&judge));
    facts.extend(listed::dated_in_delimited_table(&judge));
    facts.extend(elided::abolished_before_in_list(&judge));
    facts.extend(elided::abolished_in_gapped_row(&judge));
    facts.extend(elided::abolished_in_bracketed_list(&judge));
    facts.extend(elided::abolished_in_timeline(&judge));
    facts.extend(classed_in_text(&judge));
    facts.extend(struck::struck_down(&judge));
    facts.extend(struck::changed_without_verb(&judge));
    facts.extend(said_to_prohibit(&judge));
    facts.extend(last_capital_ended(&judge));
    facts.extend(kept_until_ended(&judge));
    facts.extend(ceased_to_exist(&judge));
    facts.extend(abolished_now(&judge));
    facts.extend(quiet_since(&judge));
    let firsts = first_for_years(&judge, &facts);
    facts.extend(firsts);
    facts.extend(resumed_after_hiatus(&judge));
    let first_since = first_since_year(&judge, &facts);
    facts.extend(first_since);
    let mut offences = Vec::new();
    let mut excluded = Vec::new();
    for (doc_idx, doc) in docs.iter().enumerate() {
        for statement in &doc.extraction.statements {
            if !asserted(doc.text, statement.modality, statement.span) {
                continue;
            }
            let legal = statement.kind == StatementKind::Status;
            // "Eritrea ... continued to hand down death sentences, while the Russian
            // Federation maintained the moratorium": a moratorium told in another
            // place's clause is that place's.
            let clause = (statement.kind == StatementKind::Moratorium).then(|| {
                let words = statement.span.slice(doc.text).to_lowercase();
                match words.find("moratorium") {
                    Some(at) if words.len() == statement.span.len() => {
                        let at = statement.span.start as usize + at;
                        Span::new(at, at + "moratorium".len())
                    }
                    _ => statement.span,
                }
            });
            let Some(sentence) = judge.admit_at(
                doc_idx,
                statement.span,
                clause,
                statement.jurisdiction.as_deref(),
                legal,
            ) else {
                continue;
            };
            // "... in 1955 but kept it for treason ... until 1985, when it abolished
            // the death penalty for all crimes": of two abolitions in one sentence, a
            // status stated in one clause is not dated by a year in the other.
            if statement.kind == StatementKind::Status && statement.date.is_some() {
                let clause = scope_clause(doc.text, sentence, statement.span);
                let lo = clause.as_ptr() as usize - doc.text.as_ptr() as usize;
                let clause = Span::new(lo, lo + clause.len());
                if clause != sentence
                    && !row_year_dates(doc, sentence, statement.date)
                    && !doc
                        .extraction
                        .times
                        .iter()
                        .any(|t| clause.contains(t.span) && t.value == statement.date)
                {
                    continue;
                }
            }
            // "Burundi, which last carried out executions in 2000, abolished ...": a
            // status dated only by a relative clause it does not stand in.
            if statement.kind == StatementKind::Status
                && statement
                    .date
                    .is_some_and(|d| date_in_other_relative(doc, sentence, statement.span, d))
            {
                continue;
            }
            // "suspended the death penalty in June 2003; ... and executions resumed in
            // 2005": a moratorium's start or end is dated by its own clause.
            let mut statement_date = statement.date;
            // "Kazakhstan, which abolished the death penalty for ordinary crimes, ...
            // declared a moratorium in December 2003": a status said in a relative
            // clause without a date of its own is dated by the page, not by the rest of
            // the sentence.
            if statement.kind == StatementKind::Status
                && statement
                    .date
                    .is_some_and(|d| date_outside_own_relative(doc, sentence, statement.span, d))
            {
                statement_date = None;
            }
            if statement.kind == StatementKind::Status {
                statement_date = statement_date
                    .map(|d| late_in_year(doc, sentence, d).unwrap_or(d))
                    // Only where the sentence names the jurisdiction itself: the
                    // extractor's guess from elsewhere dates no clause.
                    .map(|d| {
                        judge
                            .names_key(doc_idx, sentence)
                            .then(|| coordinate_clause_date(doc, sentence, statement.span))
                            .flatten()
                            .unwrap_or(d)
                    });
                // "Zimbabwe had been abolitionist in practice: it last carried out an
                // execution in 2005": the year of the last executions is no year of
                // the category, which began ten years after them at the earliest.
                if label(&statement.value) == Some(IN_PRACTICE)
                    && statement_date.is_some_and(|d| last_executions_date(doc, sentence, d))
                {
                    statement_date = None;
                }
            }
            if statement.kind == StatementKind::Moratorium && statement.date.is_some() {
                match clause_date(doc, sentence, statement.span, statement.date) {
                    ClauseDate::Kept => {}
                    ClauseDate::Own(v) => statement_date = Some(v),
                    ClauseDate::Elsewhere => continue,
                }
            }
            // "In the Iraqi Kurdistan Region, authorities have observed an informal
            // moratorium": a region's moratorium is not its country's.
            if statement.kind == StatementKind::Moratorium
                && names_subnational_unit(sentence.slice(doc.text), key)
                || matches!(
                    statement.kind,
                    StatementKind::Status | StatementKind::Moratorium
                ) && outside_state_control(sentence.slice(doc.text))
            {
                continue;
            }
            let citation = Citation::new(doc.name, statement.span);
            let when = statement_date
                .map(|d| reached_by(doc, sentence, d))
                .or(doc.period);
            let held = |value: &str| {
                let (lo, hi) = match &when {
                    Some(date) => {
                        let (lo, hi) = bounds(date);
                        (Some(lo), Some(hi))
                    }
                    None => (None, None),
                };
                Held {
                    value: value.trim().to_string(),
                    lo,
                    hi,
                    dated: when.is_some(),
                    citation: citation.clone(),
                }
            };
            match statement.kind {
                StatementKind::CapitalOffence => offences.push(held(&statement.value)),
                StatementKind::ExcludedGroup => excluded.push(held(&statement.value)),
                StatementKind::Status | StatementKind::Moratorium => {
                    // A present-tense statement of an undated page holds from no
                    // earlier than the last year the page reports.
                    let floor = when.is_none() && doc.date().is_none();
                    let Some(date) = when
                        .or(doc.date().map(TimeValue::point))
                        .or_else(|| written_after(doc).map(TimeValue::point))
                    else {
                        continue;
                    };
                    let date_words = if floor {
                        format!("a page written in {} or later", date.words())
                    } else {
                        date.words()
                    };
                    let (lo, hi) = bounds(&date);
                    let (change, basis) = if statement.kind == StatementKind::Status {
                        let Some(l) = label(&statement.value) else {
                            continue;
                        };
                        // "classified as abolitionist de facto": the category the
                        // words after the statement complete is the one stated.
                        let l = category_run_on(doc.text, statement.span).unwrap_or(l);
                        let words = sentence.slice(doc.text);
                        if l == RETENTIONIST && reinstates(words) {
                            (
                                Change::Reinstated,
                                format!("the death penalty reinstated in {date_words}"),
                            )
                        } else {
                            // "abolished the death penalty for all crimes except
                            // terrorism": all crimes but some.
                            let l = if l == ALL_CRIMES
                                && (has_any(&words.to_lowercase(), &lexicon().except_words)
                                    || code_bound_all().is_match(&lower_words(words)))
                            {
                                ORDINARY
                            } else {
                                l
                            };
                            (
                                Change::Label(l),
                                format!("stated to be {} in {}", in_words(Some(l)), date_words),
                            )
                        }
                    } else {
                        let on = !matches!(statement.value.as_str(), "no" | "resumed" | "false");
                        (
                            Change::Moratorium(on),
                            format!(
                                "executions {} as of {}",
                                if on { "suspended" } else { "resumed" },
                                date_words
                            ),
                        )
                    };
                    // "abolished the death penalty for all crimes through the Code
                    // adopted on 3 December 2015, which entered into force on 1 July
                    // 2017": the category holds from the day of effect.
                    let (date, mut lo, hi) = match change {
                        Change::Label(ALL_CRIMES | ORDINARY) if !floor => {
                            match in_force_later(doc, sentence, date, &citation) {
                                Some((fact, effective)) => {
                                    facts.push(fact);
                                    let (lo, hi) = bounds(&effective);
                                    (effective, lo, hi)
                                }
                                None => (date, lo, hi),
                            }
                        }
                        _ => (date, lo, hi),
                    };
                    // An abolitionist category stated for a year (an annual
                    // report's) is the one at its end: the abolition may fall
                    // within it.
                    if matches!(change, Change::Label(ALL_CRIMES | ORDINARY))
                        && !(date.is_point() && date.granularity() == Granularity::Day)
                        && date.end.is_some()
                    {
                        lo = hi.clone();
                    }
                    facts.push(Fact {
                        lo,
                        hi,
                        date,
                        change,
                        basis,
                        citations: vec![citation.clone()],
                        exceptional: false,
                        last: false,
                        resumed: false,
                        said: false,
                    });
                }
            }
        }
    }
    // Executions for war crimes, treason or crimes against humanity, in every
    // sentence that reports them, leave an abolition for ordinary crimes standing.
    for fact in facts.iter_mut().filter(|f| f.change == Change::Executions) {
        fact.exceptional = !fact.citations.is_empty()
            && fact.citations.iter().all(|c| {
                by_name
                    .get(c.doc.as_str())
                    .is_some_and(|&d| exceptional_execution(docs[d].text, c.span))
            });
    }
    // "the last, of Gary Heidnik, took place in July 1999": executions said to be
    // the last.
    for fact in facts.iter_mut().filter(|f| f.change == Change::Executions) {
        fact.last = fact.citations.iter().any(|c| {
            by_name.get(c.doc.as_str()).is_some_and(|&d| {
                let lower = sentence_around(docs[d].text, c.span)
                    .slice(docs[d].text)
                    .to_lowercase();
                cue_position(&lower, &lexicon().last_execution_words).is_some()
            })
        });
    }
    // "executions resumed in 2005", "the first in 11 years": a pause came before.
    for fact in facts.iter_mut().filter(|f| f.change == Change::Executions) {
        fact.resumed = fact.citations.iter().any(|c| {
            by_name.get(c.doc.as_str()).is_some_and(|&d| {
                let lower = sentence_around(docs[d].text, c.span)
                    .slice(docs[d].text)
                    .to_lowercase();
                has_any(&lower, &lexicon().resumption_words)
            })
        });
    }
    // "Its courts have passed death sentences since 1988", written in 2018: an
    // open-ended fact of retention reaches no further than the day its words were
    // written, so it cannot make a year its documents never saw retentionist.
    for fact in facts
        .iter_mut()
        .filter(|f| f.retains() && !matches!(f.change, Change::Moratorium(_)))
        .filter(|f| f.date.end.is_none())
    {
        let written = fact
            .citations
            .iter()
            .filter_map(|c| by_name.get(c.doc.as_str()))
            .map(|&d| docs[d].date().or_else(|| written_after(&docs[d])))
            .collect::<Option<Vec<PartialDate>>>()
            .and_then(|days| days.into_iter().max());
        if let Some(day) = written.map(|d| d.last_day()) {
            if day >= fact.lo && day < fact.hi {
                fact.hi = day;
            }
        }
    }
    // "Until 2021, ..." says when something ended, not when it began: no change
    // can be placed from it.
    facts.retain(|f| f.date.start.is_some());
    // "Zimbabwe abolished the death penalty in 2024" beside "signed it into law on 31
    // December 2024" in the same document: one change told twice, the finer day is
    // when it happened, not the start of its year.
    let finer: Vec<Option<String>> = facts
        .iter()
        .map(|f| {
            // Only a change dated to one year or less ("in 2024", "in May 2024"):
            // "since 1976" is no coarse day.
            if f.legal().is_none() || f.lo == f.hi || f.lo.get(..4) != f.hi.get(..4) {
                return None;
            }
            facts
                .iter()
                .filter(|g| {
                    // A change in law with a day of its own, not a category stated
                    // on the day a page was written.
                    g.legal() == f.legal()
                        && matches!(g.change, Change::Abolish(..))
                        && g.lo > f.lo
                        && g.hi <= f.hi
                        && g.lo == g.hi
                        && g.citations
                            .iter()
                            .any(|c| f.citations.iter().any(|d| d.doc == c.doc))
                })
                .map(|g| g.lo.clone())
                .min()
        })
        .collect();
    for (fact, lo) in facts.iter_mut().zip(finer) {
        if let Some(lo) = lo {
            fact.lo = lo;
        }
    }
    // "Indiana abolished capital punishment in 2020. ... Indiana has not abolished
    // the death penalty": a document that denies the jurisdiction's abolition in its
    // own words takes back every abolition it told of it.
    let denying: Vec<&str> = (0..docs.len())
        .filter(|&d| denies_abolition(&judge, d))
        .map(|d| docs[d].name)
        .collect();
    if !denying.is_empty() {
        facts.retain(|f| {
            f.legal().is_none()
                || !f
                    .citations
                    .iter()
                    .all(|c| denying.contains(&c.doc.as_str()))
        });
    }
    facts.sort_by(|a, b| {
        a.lo.cmp(&b.lo)
            .then(a.hi.cmp(&b.hi))
            .then(a.citations.cmp(&b.citations))
    });
    (facts, offences, excluded)
}

/// Whether document `doc` says, in its own words (not inside quotation marks) and in
/// a sentence that names the jurisdiction, that it has not abolished the death
/// penalty (`denied_abolitions`, then the penalty or "it" and no scope: "has not
/// abolished it for all crimes" denies only a part).
fn denies_abolition(judge: &Judge, doc: usize) -> bool {
    let text = judge.docs[doc].text;
    // ASCII lower case keeps every byte where it was: offsets in `lower` are offsets
    // in `text` (the phrases are ASCII).
    let lower = text.to_ascii_lowercase();
    let lex = lexicon();
    lex.denied_abolitions.iter().any(|phrase| {
        lower.match_indices(phrase.as_str()).any(|(at, _)| {
            let end = at + phrase.len();
            let rest = lower[end..].trim_start();
            // "it" as a whole word: "has not abolished its military death penalty"
            // denies nothing of the rest.
            let Some(after) = ["the death penalty", "capital punishment", "it"]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .filter(|a| !a.starts_with(|c: char| c.is_alphanumeric()))
            else {
                return false;
            };
            let after = after.trim_start();
            if after.starts_with("for ")
                || after.starts_with("in law")
                || after.starts_with("altogether")
            {
                return false;
            }
            let sentence = sentence_around(text, Span::new(at, end));
            let before = &text[sentence.start as usize..at];
            let quoted = before.matches('"').count() % 2 == 1
                || before.matches('\u{201c}').count() > before.matches('\u{201d}').count();
            // No hedge is looked for: a denial is no plan, and the words that
            // disown the earlier claim ("drafted in error") are hedges' look-alikes.
            // The jurisdiction is the denial's subject: named in its clause, after
            // the last comma or semicolon before it ("Unlike Ostland, which abolished
            // it in 1990, Westland has not abolished it" denies Westland's only).
            let clause_start = before
                .rfind([',', ';', ':'])
                .map_or(sentence.start as usize, |i| sentence.start as usize + i + 1);
            !quoted && judge.names_key(doc, Span::new(clause_start, at))
        })
    })
}

/// "abolished the death penalty in peacetime in August 2002 and for all
/// circumstances, including wartime, in 2004": one abolition verb, its scope of
/// ordinary crimes before its date, then "and" with every crime and a later date.
/// The later date, when the sentence reads so.
fn ordinary_then_all(doc: &DocInput, sentence: Span, date: TimeValue) -> Option<TimeValue> {
    let lex = lexicon();
    let lower = doc.text.to_lowercase();
    if lower.len() != doc.text.len() {
        return None;
    }
    let mut times = doc
        .extraction
        .times
        .iter()
        .filter(|t| !t.is_duration && sentence.contains(t.span) && t.value.is_some())
        .collect::<Vec<_>>();
    times.sort_by_key(|t| t.span.start);
    let first = times.iter().position(|t| t.value == Some(date))?;
    let own = times[first];
    let next = times.get(first + 1)?;
    let later = next.value?;
    if bounds(&later).0 <= bounds(&date).1 {
        return None;
    }
    let before = &lower[sentence.start as usize..own.span.end as usize];
    // "... in the Penal Code of 2016, and for all crimes ... in 2017": a comma may
    // stand before the "and".
    let between =
        lower[own.span.end as usize..next.span.start as usize].trim_start_matches([',', ' ', '\n']);
    (between.starts_with("and ")
        && has_any(before, &lex.ordinary_words)
        && !has_any(before, &lex.all_words)
        && has_any(between, &lex.all_words))
    .then_some(later)
}

/// Whether every mention of `date` in `sentence` stands right after one of
/// `bound_before` ("Before 1990", "prior to 2003"): the events came before it.
/// Whether the date mention at `span` follows a word of a bound (`bound_before`:
/// "Last executions before 2022 took place in 1988"): it bounds the act, never dates it.
fn bound_mention(text: &str, span: Span) -> bool {
    const REACH: usize = 20;
    let end = span.start as usize;
    let mut start = end.saturating_sub(REACH);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let Some(before) = text.get(start..end) else {
        return false;
    };
    let before = before.to_lowercase();
    let before = before.trim_end();
    lexicon().bound_before.iter().any(|w| {
        before.ends_with(w.as_str())
            && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
    })
}

fn dated_only_as_bound(doc: &DocInput, sentence: Span, date: TimeValue) -> bool {
    let lower = doc.text.to_lowercase();
    if lower.len() != doc.text.len() {
        return false;
    }
    let mut mentions = doc
        .extraction
        .times
        .iter()
        .filter(|t| sentence.contains(t.span) && t.value == Some(date))
        .peekable();
    if mentions.peek().is_none() {
        return false;
    }
    mentions.all(|t| {
        let before = lower[..t.span.start as usize].trim_end();
        lexicon().bound_before.iter().any(|w| {
            before.ends_with(w.as_str())
                && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric)
        })
    })
}

/// "Albania ratified Protocol No. 13 in 2007": a treaty of `all_circumstances_treaties`
/// named in the clause of the ratification's `trigger` (between `scope_breaks` and
/// `treaty_clause_breaks`), with no denial between the two ("ratified Protocol No. 6 in
/// 2002 but has not signed Protocol No. 13" ratifies no such treaty).
fn ratifies_all_circumstances_treaty(text: &str, sentence: Span, trigger: Span) -> bool {
    let lex = lexicon();
    let words = sentence.slice(text);
    let lower = words.to_lowercase();
    if lower.len() != words.len() || !sentence.contains(trigger) {
        return false;
    }
    let at = (trigger.start - sentence.start) as usize;
    let trigger_end = (trigger.end - sentence.start) as usize;
    let breaks = || lex.scope_breaks.iter().chain(&lex.treaty_clause_breaks);
    let start = breaks()
        .filter_map(|b| lower[..at].rfind(b.as_str()).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let end = breaks()
        .filter_map(|b| {
            lower[trigger_end..]
                .find(b.as_str())
                .map(|i| i + trigger_end)
        })
        .min()
        .unwrap_or(lower.len());
    // "Protocol No. 6": the "No." of a treaty's number denies nothing.
    let denied = |between: &str| {
        let tokens: Vec<&str> = between.split_whitespace().collect();
        tokens.iter().enumerate().any(|(k, raw)| {
            let w = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
            let number = w == "no"
                && (raw.ends_with('.')
                    || tokens
                        .get(k + 1)
                        .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())));
            !number && (lex.copula_denials.iter().any(|d| d == w) || w.ends_with("n't"))
        })
    };
    lex.all_circumstances_treaties.iter().any(|name| {
        lower[start..end]
            .match_indices(name.as_str())
            .any(|(i, _)| {
                let i = i + start;
                if i >= trigger_end {
                    !denied(&lower[trigger_end..i])
                } else {
                    i + name.len() <= at && !denied(&lower[i + name.len()..at])
                }
            })
    })
}

/// "has executed no one since 1989": the open range `date` is the one a quiet cue's
/// "since" introduces (`quiet_since`), not a date of executions. Only the cue's own
/// date: in "no one had been hanged since 1998, executions have been carried out
/// regularly since 2019" the executions since 2019 stand. When the date is not
/// written in the sentence, any quiet cue with "since" there tells it.
fn quiet_since_dates(doc: &DocInput, sentence: Span, date: TimeValue) -> bool {
    let text = sentence.slice(doc.text);
    let lower = text.to_ascii_lowercase();
    let cues: Vec<(usize, usize)> = quiet_cue_spans(&lower).collect();
    let mut mentions = doc
        .extraction
        .times
        .iter()
        .filter(|t| sentence.contains(t.span) && t.value == Some(date))
        .map(|t| (t.span.start - sentence.start) as usize)
        .peekable();
    if mentions.peek().is_none() {
        return cues.iter().any(|&(_, end)| {
            lower[..end].ends_with("since") || lower[end..].trim_start().starts_with("since")
        });
    }
    mentions.any(|m| {
        cues.iter().any(|&(_, end)| {
            if end > m {
                return false;
            }
            let between = lower[end..m].trim();
            (between.is_empty()
                && (lower[..end].ends_with("since") || lower[m..].starts_with("since")))
                || between == "since"
        })
    })
}

/// The words an abolition's scope is read from: its sentence, or, when the sentence
/// tells two abolitions ("abolished the death penalty for murder in 1955 but kept it
/// for treason ... until 1985, when it abolished the death penalty for all crimes"),
/// the clause of `trigger` between `scope_breaks`.
fn scope_clause(text: &str, sentence: Span, trigger: Span) -> &str {
    let lex = lexicon();
    let words = sentence.slice(text);
    let lower = words.to_lowercase();
    let abolitions = lex
        .abolition_stems
        .iter()
        .chain(&lex.removal_phrases)
        .map(|w| lower.matches(w.as_str()).count())
        .sum::<usize>();
    if abolitions < 2 || lower.len() != words.len() || !sentence.contains(trigger) {
        return words;
    }
    let at = (trigger.start - sentence.start) as usize;
    let start = lex
        .scope_breaks
        .iter()
        .filter_map(|b| lower[..at].rfind(b.as_str()).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let end = lex
        .scope_breaks
        .iter()
        .filter_map(|b| lower[at..].find(b.as_str()).map(|i| i + at))
        .min()
        .unwrap_or(words.len());
    &words[start..end]
}

enum ClauseDate {
    /// The date stands in the clause, or the sentence is one clause.
    Kept,
    /// The clause has a date of its own, not the one given.
    Own(TimeValue),
    /// The clause has no date; the one given belongs to another clause.
    Elsewhere,
}

/// Whether `date`, read for the words at `trigger`, stands in their clause (between
/// `clause_breaks`) of `sentence`, or the clause has a date of its own.
fn clause_date(
    doc: &DocInput,
    sentence: Span,
    trigger: Span,
    date: Option<TimeValue>,
) -> ClauseDate {
    let words = sentence.slice(doc.text);
    let lower = words.to_lowercase();
    if lower.len() != words.len() || !sentence.contains(trigger) {
        return ClauseDate::Kept;
    }
    let at = (trigger.start - sentence.start) as usize;
    let to = ((trigger.end - sentence.start) as usize).min(lower.len());
    let breaks = &lexicon().clause_breaks;
    let start = breaks
        .iter()
        .filter_map(|b| lower[..at].rfind(b.as_str()).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let end = breaks
        .iter()
        .filter_map(|b| lower[to..].find(b.as_str()).map(|i| i + to))
        .min()
        .unwrap_or(words.len());
    if start == 0 && end == words.len() {
        return ClauseDate::Kept;
    }
    let clause = Span::new(
        sentence.start as usize + start,
        sentence.start as usize + end,
    );
    let mut own = doc
        .extraction
        .times
        .iter()
        .filter(|t| !t.is_duration && clause.contains(t.span))
        .filter_map(|t| t.value.filter(|v| v.start.is_some() || v.end.is_some()));
    let Some(first) = own.next() else {
        return ClauseDate::Elsewhere;
    };
    if Some(first) == date || own.any(|v| Some(v) == date) {
        return ClauseDate::Kept;
    }
    ClauseDate::Own(first)
}

/// Whether every word of abolition (`abolition_stems`) in `sentence` (its words
/// `words`) stands in a non-restrictive relative clause (`relative_openers` to the
/// next comma) that does not hold `trigger`: "Westmark, where the death penalty had
/// been abolished in 1859, kept its own code" abolishes nothing for the code adopted
/// in the sentence's other clause. False when the sentence has no word of abolition.
fn abolition_only_in_other_relative(words: &str, sentence: Span, trigger: Span) -> bool {
    let lower = words.to_lowercase();
    if lower.len() != words.len() || !sentence.contains(trigger) {
        return false;
    }
    let base = sentence.start as usize;
    let (t_lo, t_hi) = (trigger.start as usize - base, trigger.end as usize - base);
    let clauses: Vec<(usize, usize)> = relative_clauses(&lower)
        .filter(|&(lo, hi)| !(lo <= t_lo && t_hi <= hi))
        .collect();
    let mut stems = lexicon()
        .abolition_stems
        .iter()
        .flat_map(|w| lower.match_indices(w.as_str()).map(|(at, _)| at))
        .peekable();
    stems.peek().is_some()
        && stems.all(|at| {
            (at < t_lo || at >= t_hi) && clauses.iter().any(|&(lo, hi)| lo <= at && at < hi)
        })
}

/// The non-restrictive relative clauses of a lower-cased sentence, as byte ranges in
/// it: a `relative_openers` word to the next comma or the sentence's end.
fn relative_clauses(lower: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    lexicon().relative_openers.iter().flat_map(move |opener| {
        lower.match_indices(opener.as_str()).map(move |(at, o)| {
            let from = at + o.len();
            let to = lower[from..].find(", ").map_or(lower.len(), |i| from + i);
            (at, to)
        })
    })
}

/// Whether every mention of `date` in `sentence` stands in a non-restrictive relative
/// clause (`relative_openers` to the next comma or the sentence's end) that does not
/// hold `trigger`: "Burundi, which last carried out executions in 2000, abolished
/// ...": 2000 is the executions' year.
fn date_in_other_relative(doc: &DocInput, sentence: Span, trigger: Span, date: TimeValue) -> bool {
    relative_date_test(doc, sentence, trigger, date, |clauses, t| {
        clauses
            .iter()
            .any(|c| !c.contains(trigger) && c.contains(t))
    })
}

/// Whether `trigger` stands in a non-restrictive relative clause (`relative_openers` to the
/// next comma or the sentence's end) and no mention of `date` in `sentence` stands in that
/// clause: "Kazakhstan, which abolished the death penalty for ordinary crimes, keeps it
/// ... and declared a moratorium in December 2003": 2003 is the moratorium's.
fn date_outside_own_relative(
    doc: &DocInput,
    sentence: Span,
    trigger: Span,
    date: TimeValue,
) -> bool {
    relative_date_test(doc, sentence, trigger, date, |clauses, t| {
        let own = clauses.iter().filter(|c| c.contains(trigger));
        own.clone().next().is_some() && own.clone().all(|c| !c.contains(t))
    })
}

/// Whether every mention of `date` in `sentence` passes `test` against the sentence's
/// non-restrictive relative clauses (`relative_openers` to the next comma or the
/// sentence's end); false when the sentence has no such clause or no such mention.
fn relative_date_test(
    doc: &DocInput,
    sentence: Span,
    trigger: Span,
    date: TimeValue,
    test: impl Fn(&[Span], Span) -> bool,
) -> bool {
    let words = sentence.slice(doc.text);
    let lower = words.to_lowercase();
    if lower.len() != words.len() || !sentence.contains(trigger) {
        return false;
    }
    let base = sentence.start as usize;
    let clauses: Vec<Span> = relative_clauses(&lower)
        .map(|(at, to)| Span::new(base + at, base + to))
        .collect();
    if clauses.is_empty() {
        return false;
    }
    let mut dated = doc
        .extraction
        .times
        .iter()
        .filter(|t| {
            !t.is_duration
                && sentence.contains(t.span)
                && t.value
                    .is_some_and(|v| v == date || (v.start.is_some() && v.start == date.start))
        })
        .peekable();
    dated.peek().is_some() && dated.all(|t| test(&clauses, t.span))
}

/// Whether `sentence` names a unit within a country ("the Iraqi Kurdistan Region",
/// "Aceh Province"): a capitalised word before one of `subnational_heads`, the unit
/// not being `key` itself.
fn names_subnational_unit(sentence: &str, key: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let key_lower = key.to_lowercase();
    words.windows(2).any(|pair| {
        let (name, head) = (pair[0], pair[1]);
        head.chars().next().is_some_and(char::is_uppercase)
            && lexicon()
                .subnational_heads
                .iter()
                .any(|h| h.eq_ignore_ascii_case(head))
            && name.chars().next().is_some_and(char::is_uppercase)
            && !lexicon()
                .clause_subject_not_places
                .iter()
                .any(|w| w.eq_ignore_ascii_case(name))
            && !key_lower.contains(&name.to_lowercase())
    })
}

/// Whether a sentence tells of an authority over part of a country that is not its
/// state ("In areas under the control of the ... Administration", "a region not
/// controlled by the constitutional authorities"): `outside_state_control`.
fn outside_state_control(sentence: &str) -> bool {
    has_any(&sentence.to_lowercase(), &lexicon().outside_state_control)
}

/// "By 1976 no penal code provided for it; Mexico was then abolitionist for ordinary
/// crimes": a date read as an open range ending then (`/1976`), written after "by",
/// says the statement held at its end, not before it ("Until 2021" stays unplaced).
fn reached_by(doc: &DocInput, sentence: Span, date: TimeValue) -> TimeValue {
    let (None, Some(end)) = (date.start, date.end) else {
        return date;
    };
    let by = doc.extraction.times.iter().any(|t| {
        sentence.contains(t.span)
            && t.value.is_some_and(|v| v.end == Some(end))
            && (t.span.slice(doc.text).to_lowercase().starts_with("by ")
                || doc
                    .text
                    .get(..t.span.start as usize)
                    .is_some_and(|b| b.trim_end().to_lowercase().ends_with(" by")))
    });
    if by {
        TimeValue::point(end)
    } else {
        date
    }
}

/// Whether the extractor's modality lets a statement at `span` count: asserted, or
/// reported of the speaker's own country ("The representative of Zambia said that
/// her country had abolished the death penalty for all crimes in December 2022").
fn asserted(text: &str, modality: Modality, span: Span) -> bool {
    match modality {
        Modality::Asserted => true,
        Modality::Reported => {
            let lower = sentence_around(text, span).slice(text).to_lowercase();
            has_any(&lower, &lexicon().self_reports)
        }
        _ => false,
    }
}

/// Whether every mention of the place `key` in `doc` follows a word of neighbours
/// ("Neighbouring Washington state"): the document is about another country.
fn only_as_neighbour(doc: &DocInput, key: &str) -> bool {
    let mut mentions = doc
        .extraction
        .mentions
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Place
                && same_jurisdiction(&fold_name(m.value.as_deref().unwrap_or(&m.name)), key)
        })
        .peekable();
    mentions.peek().is_some() && mentions.all(|m| after_neighbour(doc.text, m.name_span))
}

/// The date a law in `sentence` takes effect, when the sentence gives one after
/// "from", "effective", "took effect on" and the like, or the next sentence does
/// and opens with the law ("The law takes effect on July 1").
fn effective_date(doc: &DocInput, sentence: Span) -> Option<TimeValue> {
    effective_in(doc, sentence).or_else(|| {
        let next = next_sentence(doc.text, sentence)?;
        let lower = next.slice(doc.text).to_lowercase();
        let lex = lexicon();
        if !lex
            .law_subjects
            .iter()
            .any(|w| lower.starts_with(w.as_str()))
        {
            return None;
        }
        effective_in(doc, next)
    })
}

/// Whether the day of effect `effective` and the event's `date` are told in one
/// clause of `sentence` (no `clause_breaks` between them): "extended abolition to all
/// crimes, in force from February; the country had abolished the death penalty for
/// most crimes in 1997" puts February in another clause than 1997.
fn same_clause(doc: &DocInput, sentence: Span, effective: TimeValue, date: TimeValue) -> bool {
    if effective == date {
        return true;
    }
    let at = |value: TimeValue| {
        doc.extraction
            .times
            .iter()
            .filter(|t| sentence.contains(t.span) && !t.is_duration && t.value == Some(value))
            .map(|t| t.span)
            .collect::<Vec<_>>()
    };
    let (ours, theirs) = (at(date), at(effective));
    if ours.is_empty() || theirs.is_empty() {
        return true;
    }
    let breaks = &lexicon().clause_breaks;
    ours.iter().any(|a| {
        theirs.iter().any(|b| {
            let (lo, hi) = if a.start < b.start {
                (a.end, b.start)
            } else {
                (b.end, a.start)
            };
            let between = doc
                .text
                .get(lo as usize..hi.max(lo) as usize)
                .unwrap_or("")
                .to_lowercase();
            !breaks.iter().any(|k| between.contains(k.as_str()))
        })
    })
}

/// A category of abolition stated for `date` in `sentence` whose law the sentence says
/// takes effect on a later day: the fact that the death penalty stayed in force from
/// `date`, and that later day.
fn in_force_later(
    doc: &DocInput,
    sentence: Span,
    date: TimeValue,
    citation: &Citation,
) -> Option<(Fact, TimeValue)> {
    // "... in 2015-12-03 (or later)": an open date is its first day.
    let enacted = TimeValue::point(date.start?);
    let effective = effective_date(doc, sentence)
        .filter(|e| bounds(e).0 > bounds(&enacted).1 && same_clause(doc, sentence, *e, enacted))?;
    Some((
        in_force_until(enacted, effective, vec![citation.clone()]),
        effective,
    ))
}

/// An abolition enacted on `enacted` that takes effect only on `effective`: the death
/// penalty stays in force from the enactment until then.
fn in_force_until(enacted: TimeValue, effective: TimeValue, citations: Vec<Citation>) -> Fact {
    let basis = format!(
        "an abolition enacted in {} takes effect only in {}: the death penalty stayed in force until then",
        enacted.words(),
        effective.words()
    );
    Fact::over(enacted, Change::InForce, basis, citations)
}

/// A claim the sentence reports (`reported_claims`: "several news outlets reported
/// that the court had abolished the death penalty") that one of the next sentences
/// of its paragraph retracts (`retractions`: "The court later stated that its
/// judgment had been misreported", "It was not correct").
fn retracted_later(text: &str, sentence: Span) -> bool {
    const LOOK_AHEAD: usize = 3;
    let lex = lexicon();
    let flat = |span: Span| lower_words(span.slice(text));
    if !has_any(&flat(sentence), &lex.reported_claims) {
        return false;
    }
    let mut at = sentence;
    for _ in 0..LOOK_AHEAD {
        let Some(next) = next_sentence(text, at) else {
            return false;
        };
        if text[at.end as usize..next.start as usize].contains("\n\n") {
            return false;
        }
        let next_words = flat(next);
        let points_back = lex
            .retraction_subjects
            .iter()
            .any(|o| next_words.starts_with(o.as_str()));
        if has_any(&next_words, &lex.retractions)
            || (points_back && has_any(&next_words, &lex.retraction_denials))
        {
            return true;
        }
        at = next;
    }
    false
}

/// Death sentences whose fate nobody knows (`fate_unknown`), said in their own
/// sentence or the next: "military courts ... imposed death sentences in 2022. We
/// have no information on whether any of those sentences have been carried out."
fn fate_unknown(text: &str, sentence: Span) -> bool {
    let lex = lexicon();
    let said = |span: Span| has_any(&lower_words(span.slice(text)), &lex.fate_unknown);
    said(sentence)
        || next_sentence(text, sentence).is_some_and(|next| {
            !text[sentence.end as usize..next.start as usize].contains("\n\n") && said(next)
        })
}

/// A sentence of a paragraph that a later paragraph's correction note takes back
/// (`correction_notes`: "This answer was corrected on 8 July 2021. See the Written
/// Ministerial Correction."), the note standing within the same section: no
/// paragraph that reads as a heading (a line with no closing stop) between them.
fn corrected_later(text: &str, sentence: Span) -> bool {
    const LOOK_AHEAD: usize = 4;
    let lex = lexicon();
    let mut at = sentence.end as usize;
    for _ in 0..LOOK_AHEAD {
        // The next paragraph: after the next blank line.
        let Some(gap) = text[at..].find("\n\n") else {
            return false;
        };
        let start = at + gap + 2;
        let rest = &text[start..];
        let body = rest.trim_start();
        let start = start + (rest.len() - body.len());
        let end = body.find("\n\n").map_or(text.len(), |e| start + e);
        let paragraph = text[start..end].trim();
        if paragraph.is_empty() {
            return false;
        }
        let lower = lower_words(paragraph);
        if lex
            .correction_notes
            .iter()
            .any(|n| lower.starts_with(n.as_str()))
        {
            return true;
        }
        if !paragraph.ends_with(['.', '!', '?', '"', '\u{201d}', ')']) {
            return false;
        }
        at = end;
    }
    false
}

/// The sentence after `sentence`, if any.
fn next_sentence(text: &str, sentence: Span) -> Option<Span> {
    let bytes = text.as_bytes();
    let mut at = sentence.end as usize;
    while at < bytes.len() && bytes[at].is_ascii_whitespace() {
        at += 1;
    }
    if at >= bytes.len() || !text.is_char_boundary(at) {
        return None;
    }
    let mut to = at + 1;
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let next = sentence_around(text, Span::new(at, to));
    (next.start >= sentence.end && next.end > next.start).then_some(next)
}

/// A sentence that says the death penalty is kept for exceptional crimes alone
/// (war, military law, an emergency): the abolition's own sentence, or (`further`)
/// one after it in the same document that is about the jurisdiction and holds no
/// date older than the abolition.
fn kept_for_exceptional(
    judge: &Judge,
    doc_idx: usize,
    sentence: Span,
    date: &TimeValue,
    further: bool,
) -> Option<Span> {
    const LOOK_AHEAD: usize = 40;
    const KEPT_SUBJECT: usize = 60;
    let lex = lexicon();
    let doc = &judge.docs[doc_idx];
    let (abolished_from, _) = bounds(date);
    let mut at = sentence;
    for _ in 0..LOOK_AHEAD {
        let lower = at.slice(doc.text).to_lowercase();
        // "but kept it for treason, piracy and arson": the crimes kept, after the
        // word of keeping, are exceptional ones and no ordinary crime.
        // "The death penalty for high treason, however, remained in the
        // Constitution": or before it, after the penalty's "for" in the subject.
        let kept_crimes = cue_position(&lower, &lex.kept_words).is_some_and(|at| {
            let exceptional = |rest: &str| {
                has_any(rest, &lex.exceptional_crimes) && !has_any(rest, &lex.ordinary_crime_nouns)
            };
            let subject = lower[..at]
                .rfind(" for ")
                .map(|i| &lower[i..at])
                .filter(|s| s.len() <= KEPT_SUBJECT && !s.contains(';'));
            exceptional(&lower[at..]) || subject.is_some_and(exceptional)
        });
        let keeps = has_any(&lower, &lex.kept_words)
            && !kept_until_then(&lower, abolished_from.get(..4).and_then(|y| y.parse().ok()))
            && (has_any(&lower, &lex.exceptional_words) || kept_crimes)
            && (has_any(&lower, &lex.penalty_words)
                || lower.contains(" it ")
                || lower.contains("the penalty "));
        let own = at == sentence;
        let older = || {
            doc.extraction.times.iter().any(|t| {
                at.contains(t.span)
                    && !t.is_duration
                    && t.value
                        .is_some_and(|v| v.start.is_some() && bounds(&v).1 < abolished_from)
            })
        };
        // "Correction: an earlier version said that Southia abolished it in 1983. The
        // 1983 Constitution retains it for crimes in time of war": a later sentence
        // that carries on about another place keeps nothing of this abolition.
        if keeps
            && (own
                || (!older()
                    && judge.attribute(doc_idx, at, None, false).is_some()
                    && !judge.after_another_place(doc_idx, at, at, false)))
        {
            return Some(at);
        }
        if !further {
            return None;
        }
        at = next_sentence(doc.text, at)?;
    }
    None
}

/// Whether what a sentence keeps it keeps only "until" the abolition's own year
/// (`from_year`): "It was kept for crimes committed in time of war until
/// May 2004, when parliament removed every reference to the death penalty" keeps
/// nothing after the abolition of May 2004.
fn kept_until_then(lower: &str, from_year: Option<i32>) -> bool {
    let (Some(from_year), Some(at)) = (from_year, cue_position(lower, &lexicon().kept_words))
    else {
        return false;
    };
    let rest = &lower[at..];
    let Some(until) = rest.find(" until ") else {
        return false;
    };
    let bound = &rest[until..];
    let bound = &bound[..bound.find([',', ';', '.']).unwrap_or(bound.len())];
    MODERN_YEAR
        .find_iter(bound)
        .filter_map(|m| m.as_str().parse::<i32>().ok())
        .any(|year| year == from_year)
}

/// The later date of a second removal in an ordinary-crimes abolition's sentence
/// ("..., and the revised Code of Military Justice promulgated in 2017 removed it
/// for military offences"): a removal word after the ordinary-crimes words, and an
/// exceptional crime after it.
fn completed_later(doc: &DocInput, sentence: Span, date: &TimeValue) -> Option<TimeValue> {
    let lex = lexicon();
    let words = sentence.slice(doc.text);
    // "abolished the death penalty for most\ncrimes": a hard wrap is a space (the
    // offsets stay those of the text).
    let lower = words.to_lowercase().replace(['\n', '\r', '\t'], " ");
    if lower.len() != words.len() {
        return None;
    }
    // "abolished capital punishment for murder in 1846 and wrote a ban on the death
    // penalty into its constitution in 1963": murder is the ordinary crime.
    let ordinary_at = lex
        .ordinary_words
        .iter()
        .chain(&lex.murder_words)
        .filter_map(|w| lower.find(w.as_str()))
        .min()?;
    let rest = &lower[ordinary_at..];
    let removal = lex
        .removal_words
        .iter()
        .chain(&lex.prohibition_phrases)
        .filter_map(|w| rest.find(w.as_str()))
        .min()?;
    let tail = &rest[removal..];
    // "..., and it removed it altogether in 1973": what was kept, ended; a ban on
    // the death penalty keeps nothing.
    let banned = lex
        .prohibition_phrases
        .iter()
        .any(|p| tail.starts_with(p.as_str()));
    let ends_all =
        banned || has_any(tail, &lex.exceptional_words) || has_any(tail, &lex.completion_words);
    if !ends_all || has_any(tail, &lex.kept_words) {
        return None;
    }
    let from = sentence.start as usize + ordinary_at;
    let (_, abolished_to) = bounds(date);
    doc.extraction
        .times
        .iter()
        .filter(|t| sentence.contains(t.span) && !t.is_duration && t.span.start as usize >= from)
        .filter_map(|t| t.value)
        .find(|v| v.start.is_some() && bounds(v).0 > abolished_to)
}

/// The date a law in `sentence` takes effect, when the sentence gives one after
/// "from", "effective", "took effect on" and the like.
fn effective_in(doc: &DocInput, sentence: Span) -> Option<TimeValue> {
    let text = doc.text;
    doc.extraction
        .times
        .iter()
        .filter(|t| sentence.contains(t.span) && !t.is_duration)
        .filter_map(|t| {
            let value = t.value?;
            value.start?;
            let before = text
                .get(sentence.start as usize..t.span.start as usize)?
                .trim_end()
                .to_lowercase();
            let bare = before.trim_end_matches(" on").trim_end_matches(" in");
            lexicon()
                .effective_cues
                .iter()
                .any(|cue| before.ends_with(cue.as_str()) || bare.ends_with(cue.as_str()))
                // "in force since 1 September 1998": the day of effect, not the
                // open span since it.
                .then_some(match (value.start, value.end) {
                    (Some(start), None) => TimeValue::point(start),
                    _ => value,
                })
        })
        .next_back()
}

/// The day the sentence gives before its day of effect `effective`, earlier than it:
/// when the law was signed or adopted.
fn enactment_before(doc: &DocInput, sentence: Span, effective: TimeValue) -> Option<TimeValue> {
    let (effective_start, _) = bounds(&effective);
    doc.extraction
        .times
        .iter()
        .filter(|t| sentence.contains(t.span) && !t.is_duration)
        .filter_map(|t| t.value)
        .rfind(|v| v.start.is_some() && bounds(v).1 < effective_start)
}

/// Executions and death sentences that a sentence reports with a date of its own
/// ("Four executions were carried out in Ostland in 2008"), read from the text
/// when the event extractor has no event for them. Each cue takes the nearest
/// date of its sentence; the same rules of attribution and assertion apply.
fn reported_in_text(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out: Vec<Fact> = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let mut seen: Vec<Span> = Vec::new();
        let times: Vec<&dossier_model::TimeMention> = doc
            .extraction
            .times
            .iter()
            .filter(|t| !t.is_duration)
            .filter(|t| {
                t.value.is_some_and(
                    |v| matches!((v.start, v.end), (Some(s), Some(e)) if e.year - s.year <= 1),
                )
            })
            .collect();
        for time in &times {
            let sentence = sentence_around(doc.text, time.span);
            if seen.contains(&sentence) {
                continue;
            }
            seen.push(sentence);
            let words = sentence.slice(doc.text);
            let lower = words.to_lowercase();
            if lower.len() != words.len()
                || has_any(&lower, &lex.not_the_penalty)
                || has_any(&without_insertions(&lower), &lex.not_the_penalty)
                || defines_a_measure(words)
            {
                continue;
            }
            let in_sentence: Vec<&&dossier_model::TimeMention> =
                times.iter().filter(|t| sentence.contains(t.span)).collect();
            for (cues, change, what) in [
                (&lex.execution_cues, Change::Executions, "executions"),
                (&lex.sentence_cues, Change::Sentences, "death sentences"),
            ] {
                let Some(at) = cue_position(&lower, cues) else {
                    continue;
                };
                // "[6] Amnesty International, Death Sentences and Executions in 2020":
                // a title of a work cited reports nothing.
                if only_titled(words, &lower, cues) {
                    continue;
                }
                // "the Supreme Court held that the mandatory sentence is
                // unconstitutional": a verdict, in the cue's own clause.
                if court_verdict(clause_around(&lower, at)) {
                    continue;
                }
                // "The President said he favoured the resumption of executions": a
                // resumption wished, no executions.
                if wished_resumption(&lower[..at]) {
                    continue;
                }
                let at = sentence.start as usize + at;
                // "- 2007 – Rwanda (all crimes; the last executions ... took place in
                // April 1998)": a date in the cue's own clause (between ';' and
                // brackets) is the cue's, before any other of the sentence.
                let clause = cue_clause(doc.text, sentence, at);
                // Only a bracket's clause: a prose clause's own date may be a bound
                // ("Before 1990, ... executions were carried out; the last ... in 1988").
                let own: Vec<&&dossier_model::TimeMention> = in_sentence
                    .iter()
                    .copied()
                    .filter(|t| clause.contains(t.span) && in_brackets(doc.text, clause))
                    .collect();
                let candidates = if own.is_empty() { &in_sentence } else { &own };
                // "a national of Nepal, convicted of murder in 2017, was executed on
                // 20 May 2020": a date that another act's verb governs in its comma
                // clause is not the execution's.
                let others: Vec<&&dossier_model::TimeMention> = candidates
                    .iter()
                    .copied()
                    .filter(|t| {
                        change != Change::Executions
                            || !(dates_another_act(doc.text, sentence, t.span, cues)
                                || bound_mention(doc.text, t.span))
                    })
                    .collect();
                let candidates = &others;
                let distance = |s: usize, e: usize| {
                    if e <= at {
                        at - e
                    } else {
                        s.saturating_sub(at)
                    }
                };
                let Some(nearest) = candidates
                    .iter()
                    .min_by_key(|t| distance(t.span.start as usize, t.span.end as usize))
                else {
                    continue;
                };
                let Some(date) = nearest.value else { continue };
                // "(all crimes; last execution 1995)": a year the date tagger left
                // alone in brackets, in the cue's clause, is the cue's.
                let date = match untagged_year_in(doc.text, clause, &in_sentence) {
                    Some(year) if own.is_empty() => TimeValue::point(PartialDate::year(year)),
                    _ => date,
                };
                if dated_only_as_bound(doc, sentence, date) {
                    continue;
                }
                // "It carried out its last executions in 2008, ..., although some
                // politicians still call for it to be brought back": a hedge in a
                // later clause does not hedge the executions.
                if judge.admit(doc_idx, sentence, None, false).is_none()
                    && judge
                        .admit_at(doc_idx, sentence, Some(Span::new(at, at + 1)), None, false)
                        .is_none()
                {
                    break;
                }
                // "Northia and Southia keep the death penalty; Northia hanged one man
                // in 2019": the cue's clause whose subject is another place reports
                // that place's executions, whatever else the sentence names.
                // The clause must name that place ("the Northian Government restored
                // it and executions resumed" names none).
                let countries = |k: &str| judge.countries.contains(k);
                let trigger = Span::new(at, at + 1);
                if clause_of_another_place(
                    doc.text,
                    sentence,
                    trigger,
                    judge.key,
                    &doc.extraction.mentions,
                    &countries,
                ) && contrast_clause(doc.text, sentence, trigger).is_some_and(|clause| {
                    aboutness(
                        doc.text,
                        clause,
                        judge.key,
                        &doc.extraction.mentions,
                        &countries,
                        None,
                    )
                    .other
                }) {
                    continue;
                }
                // "..., the last execution there dating from 1988": the place named
                // last before "there" is the cue's.
                if there_of_another_place(
                    doc.text,
                    sentence,
                    Span::new(at, at + 1),
                    judge.key,
                    &doc.extraction.mentions,
                ) {
                    continue;
                }
                // Death sentences told of several countries at once (as for the
                // extractor's events in `facts`).
                if change == Change::Sentences
                    && ({
                        let named = judge.named(doc_idx, sentence);
                        named.here && named.other
                    } || fate_unknown(doc.text, sentence))
                {
                    continue;
                }
                out.push(Fact::over(
                    date,
                    change.clone(),
                    format!("{what} reported for {}", date.words()),
                    vec![Citation::new(doc.name, sentence)],
                ));
            }
        }
    }
    out
}

/// Whether the date at `time` is governed by a verb of another act than the cue's in
/// its own comma clause (`other_act_verbs`: ", convicted of murder in 2017,"), with
/// no cue of its own in between.
fn dates_another_act(text: &str, sentence: Span, time: Span, cues: &[String]) -> bool {
    let lo = sentence.start as usize;
    let Some(before) = text.get(lo..time.start as usize) else {
        return false;
    };
    let clause = before
        .rfind([',', ';', '(', ':'])
        .map_or(before, |i| &before[i + 1..]);
    let clause = format!(" {} ", lower_words(clause));
    let spoken = |w: &str| {
        clause.match_indices(w).any(|(i, _)| {
            !clause[..i].ends_with(char::is_alphanumeric)
                && !clause[i + w.len()..].starts_with(char::is_alphanumeric)
        })
    };
    lexicon().other_act_verbs.iter().any(|v| spoken(v)) && !cues.iter().any(|c| spoken(c))
}

/// The clause of `sentence` around `at`: from the last ';' or '(' before it to the
/// first ';' or ')' after it.
fn cue_clause(text: &str, sentence: Span, at: usize) -> Span {
    let (lo, hi) = (sentence.start as usize, sentence.end as usize);
    let start = text[lo..at].rfind([';', '(']).map_or(lo, |i| lo + i + 1);
    let end = text[at..hi].find([';', ')']).map_or(hi, |i| at + i);
    Span::new(start, end)
}

/// Whether `clause` stands inside brackets: the last bracket before it opens one.
fn in_brackets(text: &str, clause: Span) -> bool {
    text[..clause.start as usize]
        .rfind(['(', ')'])
        .is_some_and(|i| text.as_bytes()[i] == b'(')
}

/// The first bare year ("1995") in `clause`, inside brackets, that no tagged date
/// covers: the date tagger leaves a year alone in brackets ("(all crimes; last
/// execution 1995)").
fn untagged_year_in(
    text: &str,
    clause: Span,
    tagged: &[&&dossier_model::TimeMention],
) -> Option<i32> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(1[5-9]\d\d|20\d\d)\b").expect("a valid pattern"));
    if !in_brackets(text, clause) {
        return None;
    }
    let start = clause.start as usize;
    YEAR.captures_iter(clause.slice(text)).find_map(|c| {
        let m = c.get(1)?;
        let span = Span::new(start + m.start(), start + m.end());
        let covered = tagged
            .iter()
            .any(|t| t.span.start <= span.start && span.end <= t.span.end);
        (!covered).then(|| m.as_str().parse().ok()).flatten()
    })
}

/// The one year a report speaks of: its period when that is one year, else the only
/// year its heading (the first line of its text) names, not after its publication
/// ("Death penalty facts and figures 2019", published in 2020).
fn report_year(doc: &DocInput) -> Option<TimeValue> {
    let one_year =
        |v: &TimeValue| matches!((v.start, v.end), (Some(s), Some(e)) if s.year == e.year);
    if let Some(period) = doc.period {
        return one_year(&period).then_some(period);
    }
    let text = doc.text.trim_start();
    let heading = &text[..text.find('\n').unwrap_or(text.len())];
    // "Privy Council Appeal No. 44 of 2005": a heading with a number besides its
    // year names a case or a series, not the year reported on.
    let mut numbers = heading
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty());
    let number = numbers.next()?;
    if numbers.next().is_some() || number.len() != 4 {
        return None;
    }
    // "Kuwait carries out seven executions, first since 2017": a year after a
    // preposition dates something else.
    let at = heading.find(number)?;
    let word_before = heading[..at]
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    if lexicon().not_report_year_after.contains(&word_before) {
        return None;
    }
    let year: i32 = number.parse().ok()?;
    let published = doc.published.or(doc.updated)?;
    (year >= 1900 && year <= published.year)
        .then(|| TimeValue::point(dossier_model::PartialDate::year(year)))
}

/// "Singapore executed four people.": executions (or death sentences) told with no
/// date, in a sentence that names the jurisdiction, in a report on one year (its
/// period, or the year its heading names): they happened in that year.
fn reported_in_the_year(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out: Vec<Fact> = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let Some(year) = report_year(doc) else {
            continue;
        };
        let lower_text = doc.text.to_lowercase();
        if lower_text.len() != doc.text.len() {
            continue;
        }
        let mut seen: Vec<Span> = Vec::new();
        for (cues, change, what) in [
            (&lex.execution_cues, Change::Executions, "executions"),
            (&lex.sentence_cues, Change::Sentences, "death sentences"),
        ] {
            for cue in cues {
                for (at, _) in lower_text.match_indices(cue.as_str()) {
                    let end = at + cue.len();
                    let bounded = !lower_text[..at].ends_with(char::is_alphanumeric)
                        && !lower_text[end..].starts_with(char::is_alphanumeric);
                    if !bounded {
                        continue;
                    }
                    let sentence = sentence_around(doc.text, Span::new(at, end));
                    if seen.contains(&sentence) {
                        continue;
                    }
                    seen.push(sentence);
                    let lower = sentence.slice(&lower_text);
                    // A year written in the sentence, tagged or not, dates it.
                    let dated =
                        doc.extraction.times.iter().any(|t| {
                            !t.is_duration && t.value.is_some() && sentence.contains(t.span)
                        }) || lower
                            .split(|c: char| !c.is_ascii_digit())
                            .any(|w| w.len() == 4 && (w.starts_with("19") || w.starts_with("20")));
                    if dated
                        || has_any(lower, &lex.not_the_penalty)
                        || has_any(&without_insertions(lower), &lex.not_the_penalty)
                        || only_titled(sentence.slice(doc.text), lower, cues)
                        || court_verdict(clause_around(lower, at - sentence.start as usize))
                        || !judge.names_key(doc_idx, sentence)
                        || judge.admit(doc_idx, sentence, None, false).is_none()
                    {
                        continue;
                    }
                    out.push(Fact::over(
                        year,
                        change.clone(),
                        format!(
                            "{what} reported for {}, the year the report covers",
                            year.words()
                        ),
                        vec![Citation::new(doc.name, sentence)],
                    ));
                }
            }
        }
    }
    out
}

/// The end of the subject before a clause set off by commas that names the penalty
/// ("The Philippines, after reintroducing capital punishment ..., abolished it"):
/// the words `at..end` follow the clause's closing comma, the clause holds the
/// penalty's name, and nothing after the words names it again.
fn inserted_clause(lower: &str, sentence_start: usize, at: usize, end: usize) -> Option<usize> {
    let lex = lexicon();
    let before = &lower[sentence_start..at];
    if !before.trim_end().ends_with(',') {
        return None;
    }
    let comma = before.find(',')?;
    let clause = &before[comma..];
    if !has_any(clause, &lex.penalty_words) || clause.matches(',').count() != 2 {
        return None;
    }
    let after = &lower[end..];
    let after = &after[..after.find(". ").unwrap_or(after.len())];
    (!has_any(after, &lex.penalty_words)).then_some(sentence_start + comma)
}

/// "Tasmania abolished the death penalty in 1968. Victoria abolished it in 1975
/// ...": an abolition told with a pronoun for the penalty a sentence just before
/// names, by the jurisdiction its words open with, on the date right after the words.
fn abolished_it_in_text(judge: &Judge) -> Vec<Fact> {
    const LOOK_BACK: usize = 3;
    const DATE_WITHIN: usize = 12;
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let lower_text = doc.text.to_lowercase();
        if lower_text.len() != doc.text.len() {
            continue;
        }
        for phrase in &lex.abolition_pronouns {
            for (at, _) in lower_text.match_indices(phrase.as_str()) {
                let end = at + phrase.len();
                if lower_text[..at].ends_with(char::is_alphanumeric)
                    || lower_text[end..].starts_with(char::is_alphanumeric)
                {
                    continue;
                }
                let sentence = sentence_around(doc.text, Span::new(at, end));
                let words = sentence.slice(doc.text);
                if not_asserted(words) {
                    continue;
                }
                // "The Philippines, after reintroducing capital punishment in 1993 and
                // executing seven people, abolished it again in 2006": the penalty named
                // in a clause set off by commas between the subject and the words.
                let inserted = inserted_clause(&lower_text, sentence.start as usize, at, end);
                if inserted.is_none() && has_any(&words.to_lowercase(), &lex.penalty_words) {
                    continue;
                }
                // The jurisdiction is the subject: named before the words.
                let subject = Span::new(sentence.start as usize, inserted.unwrap_or(at));
                if !judge.names_key(doc_idx, subject) {
                    continue;
                }
                // A sentence just before names the penalty.
                let mut previous = sentence;
                let mut named = inserted.is_some();
                for _ in 0..LOOK_BACK {
                    if named {
                        break;
                    }
                    let before = doc.text[..previous.start as usize].trim_end();
                    if before.len() < 2 {
                        break;
                    }
                    previous = sentence_around(doc.text, Span::new(before.len() - 1, before.len()));
                    let lower = previous.slice(doc.text).to_lowercase();
                    if has_any(&lower, &lex.penalty_words) {
                        named = true;
                        break;
                    }
                }
                if !named {
                    continue;
                }
                let Some(date) = doc
                    .extraction
                    .times
                    .iter()
                    .filter(|t| {
                        !t.is_duration
                            && t.span.start as usize >= end
                            && t.span.start as usize - end <= DATE_WITHIN
                            && sentence.contains(t.span)
                    })
                    .min_by_key(|t| t.span.start)
                    .and_then(|t| t.value.filter(|v| v.start.is_some() && v.end.is_some()))
                else {
                    continue;
                };
                let spelled = words
                    .to_lowercase()
                    .replace(phrase.as_str(), "abolished the death penalty");
                let Some(scope @ (Scope::All | Scope::Ordinary)) =
                    abolition_scope(EventKind::Abolition, &spelled)
                else {
                    continue;
                };
                out.push(Fact::over(
                    date,
                    Change::Abolish(scope, Vec::new()),
                    format!(
                        "abolition{} in {} (\"{}\")",
                        if scope == Scope::All {
                            " for all crimes"
                        } else {
                            " for ordinary crimes"
                        },
                        date.words(),
                        phrase
                    ),
                    vec![Citation::new(doc.name, sentence)],
                ));
            }
        }
    }
    out
}

/// "Oregon voters abolished capital punishment in 1964. It returned by ballot
/// measure in 1978, and ... voters restored it again in 1984": a pronoun for the
/// penalty the sentence before abolished, brought back on the date nearest after
/// the words (`reinstatement_pronouns`).
fn reinstated_in_text(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        // "abolished capital\npunishment in 1970, but ... restored it": a hard-wrapped
        // line break is a space (one byte for one, so offsets still hold).
        let lower_text = doc.text.to_lowercase().replace(['\n', '\r', '\t'], " ");
        if lower_text.len() != doc.text.len() {
            continue;
        }
        for phrase in &lex.reinstatement_pronouns {
            for (at, _) in lower_text.match_indices(phrase.as_str()) {
                let end = at + phrase.len();
                if lower_text[..at].ends_with(char::is_alphanumeric)
                    || lower_text[end..].starts_with(char::is_alphanumeric)
                {
                    continue;
                }
                let sentence = sentence_around(doc.text, Span::new(at, end));
                // "The state abolished capital punishment in 1913 but restored it in
                // 1919": the abolition may stand earlier in the same sentence.
                let earlier = &lower_text[sentence.start as usize..at];
                let in_sentence =
                    has_any(earlier, &lex.abolition_stems) && has_any(earlier, &lex.penalty_words);
                let before = doc.text[..sentence.start as usize].trim_end();
                if !in_sentence {
                    if before.len() < 2 {
                        continue;
                    }
                    let previous =
                        sentence_around(doc.text, Span::new(before.len() - 1, before.len()));
                    let previous_words = previous
                        .slice(doc.text)
                        .to_lowercase()
                        .replace(['\n', '\r', '\t'], " ");
                    if previous.end > sentence.start
                        || !has_any(&previous_words, &lex.abolition_stems)
                        || !has_any(&previous_words, &lex.penalty_words)
                    {
                        continue;
                    }
                }
                let Some(date) = doc
                    .extraction
                    .times
                    .iter()
                    .filter(|t| {
                        !t.is_duration
                            && sentence.contains(t.span)
                            && t.span.start as usize >= end
                            && t.value.is_some_and(|v| v.start.is_some())
                    })
                    .min_by_key(|t| t.span.start)
                    .and_then(|t| t.value)
                    .or_else(|| bracket_year(phrase, &lower_text[end..]))
                    // "In 1872 it restored it for ...": with no date after the words
                    // and no abolition before them, the date the sentence opens with.
                    .or_else(|| {
                        if in_sentence {
                            return None;
                        }
                        doc.extraction
                            .times
                            .iter()
                            .filter(|t| {
                                !t.is_duration
                                    && sentence.contains(t.span)
                                    && (t.span.end as usize) <= at
                                    && t.value
                                        .is_some_and(|v| v.start.is_some() && v.end.is_some())
                            })
                            .find(|t| {
                                lower_text[sentence.start as usize..t.span.start as usize]
                                    .trim()
                                    .trim_end_matches(|c: char| c.is_alphabetic())
                                    .trim()
                                    .is_empty()
                            })
                            .and_then(|t| t.value)
                    })
                else {
                    continue;
                };
                if judge.admit(doc_idx, sentence, None, false).is_none() {
                    continue;
                }
                // "(restored 1916 for military crimes in wartime)": brought back for
                // exceptional crimes only, it leaves the ordinary ones abolished.
                let bracket = phrase
                    .starts_with('(')
                    .then(|| lower_text[end..].split(')').next().unwrap_or(""));
                if let Some(words) = bracket.filter(|w| has_any(w, &lex.exceptional_words)) {
                    out.push(Fact::over(
                        date,
                        Change::Abolish(Scope::Ordinary, Vec::new()),
                        format!(
                            "the death penalty restored in {} for{}",
                            date.words(),
                            words.split_once(" for").map_or("", |(_, w)| w)
                        ),
                        vec![Citation::new(doc.name, sentence)],
                    ));
                    continue;
                }
                out.push(Fact::over(
                    date,
                    Change::Reinstated,
                    format!("the death penalty reinstated in {}", date.words()),
                    vec![Citation::new(doc.name, sentence)],
                ));
            }
        }
    }
    out
}

/// "(restored 1938)": the year a bracketed reinstatement opens with, which the
/// date tagger leaves alone inside a bracket; `None` for any other phrase.
fn bracket_year(phrase: &str, after: &str) -> Option<TimeValue> {
    if !phrase.starts_with('(') {
        return None;
    }
    let digits = after.strip_prefix(' ')?.get(..4)?;
    let year: i32 = digits
        .chars()
        .all(|c| c.is_ascii_digit())
        .then(|| digits.parse().ok())??;
    let closed = after[5..].starts_with(|c: char| !c.is_alphanumeric()) || after.len() == 5;
    ((1500..=2100).contains(&year) && closed)
        .then(|| TimeValue::point(dossier_model::PartialDate::year(year)))
}

/// Whether a quiet cue stands in the relative clause of another place ("It notes
/// that Westmark, which has carried out no executions since 1997, is ..." in a
/// paragraph on Ostland speaks of Westmark) or after a "there" that points at it.
fn quiet_of_another_place(judge: &Judge, doc: &DocInput, sentence: Span, cue: Span) -> bool {
    relative_of_another_place(doc.text, sentence, cue, judge.key, &doc.extraction.mentions)
        || there_of_another_place(doc.text, sentence, cue, judge.key, &doc.extraction.mentions)
}

/// "No executions have been carried out since 1997", "the last execution took
/// place in 1987", in a document that speaks from a known day (its period's end,
/// else its date): no executions from the end of that year to that day. With no
/// day to speak from the statement proves nothing and is left out.
fn quiet_since(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let Some(speaks) = speaks_on(doc) else {
            continue;
        };
        let lower_text = doc.text.to_ascii_lowercase();
        for (at, cue_end) in quiet_cue_spans(&lower_text) {
            let sentence = sentence_around(doc.text, Span::new(at, cue_end));
            let dated = |t: &&dossier_model::TimeMention| {
                !t.is_duration && t.value.is_some_and(|v| v.start.is_some())
            };
            // The first date after the cue in its sentence, close to it.
            let after = doc
                .extraction
                .times
                .iter()
                .filter(dated)
                .filter(|t| sentence.contains(t.span))
                .filter(|t| {
                    // The date may take in the cue's last word ("since 2000").
                    let (start, end) = (t.span.start as usize, t.span.end as usize);
                    start >= at && end > cue_end && start.saturating_sub(cue_end) <= 60
                })
                // "Last executions before 2022 took place in 1988": a bound is no
                // date of the last executions.
                .filter(|t| !bound_mention(doc.text, t.span))
                .min_by_key(|t| t.span.start);
            // "since that date": the last date written before, close to it.
            let back = || {
                let rest = lower_text[cue_end..].trim_start();
                if !lower_text[..cue_end].ends_with("since")
                    || !lex.back_references.iter().any(|w| {
                        rest.starts_with(w.as_str())
                            && !rest
                                .as_bytes()
                                .get(w.len())
                                .is_some_and(u8::is_ascii_alphanumeric)
                    })
                {
                    return None;
                }
                doc.extraction
                    .times
                    .iter()
                    .filter(dated)
                    .filter(|t| {
                        let end = t.span.end as usize;
                        end <= at && at - end <= 300
                    })
                    .max_by_key(|t| t.span.end)
            };
            let Some(time) = after.or_else(back) else {
                continue;
            };
            let Some(date) = time.value.filter(|v| v.start.is_some()) else {
                continue;
            };
            let words = sentence.slice(doc.text).to_lowercase();
            if has_any(&words, &lex.not_quiet)
                || names_subnational_unit(sentence.slice(doc.text), judge.key)
            {
                continue;
            }
            // "... since 1987, when the last executions took place, and the Government
            // intends to maintain that practice": a hedge in a later clause does not
            // hedge the quiet years.
            let cue = Span::new(at, cue_end);
            if judge
                .admit_at(doc_idx, sentence, Some(cue), None, false)
                .is_none()
                || quiet_of_another_place(judge, doc, sentence, cue)
            {
                continue;
            }
            // "since 2000" is read as an open range: the quiet starts at the end
            // of its first year.
            let Some(lo) = date.start.map(|d| d.last_day()) else {
                continue;
            };
            // "Last executions before 2022 took place in 1988": quiet only up to
            // the bound.
            let bound = doc
                .extraction
                .times
                .iter()
                .filter(|t| {
                    !t.is_duration
                        && (t.span.start as usize) >= cue_end
                        && t.span.end <= time.span.start
                        && bound_mention(doc.text, t.span)
                })
                .find_map(|t| t.value.and_then(|v| v.start))
                .map(|d| d.first_day());
            let speaks = match bound {
                Some(b) if b < speaks => b,
                _ => speaks.clone(),
            };
            if lo >= speaks {
                continue;
            }
            out.push(Fact {
                lo,
                hi: speaks.clone(),
                date,
                change: Change::Quiet,
                basis: format!("no executions since {}, as of {}", date.words(), speaks),
                citations: vec![Citation::new(doc.name, sentence)],
                exceptional: false,
                last: false,
                resumed: false,
                said: false,
            });
            // "since 1987, when the last two prisoners were hanged": the date is
            // that of the last executions.
            let rest = doc
                .text
                .get(time.span.end as usize..sentence.end as usize)
                .unwrap_or("")
                .to_lowercase();
            let rest = rest.trim_start_matches(',').trim_start();
            if rest.starts_with("when ") && has_any(rest, &lex.execution_cues) {
                out.push(Fact::over(
                    date,
                    Change::Executions,
                    format!("the last executions, in {}", date.words()),
                    vec![Citation::new(doc.name, sentence)],
                ));
            }
        }
    }
    out
}

/// The last day a document speaks of: its period's, else its own day, else (an
/// undated page) no earlier than the last year it reports.
fn speaks_on(doc: &DocInput) -> Option<String> {
    match (&doc.period, doc.date(), written_after(doc)) {
        (Some(p), _, _) if p.start.is_some() => Some(bounds(p).1),
        (_, Some(d), _) => Some(bounds(&TimeValue::point(d)).1),
        (_, _, Some(d)) => Some(d.first_day()),
        _ => None,
    }
}

/// "They were the first executions in the Gambia for 27 years": no executions in
/// the years before the executions reported in that sentence or just before it.
fn first_for_years(judge: &Judge, known: &[Fact]) -> Vec<Fact> {
    const REACH_BACK: usize = 400;
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let lower = doc.text.to_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        for caps in first_in_years().captures_iter(&lower) {
            let whole = caps.get(0).expect("a match");
            let Some(years) = caps
                .iter()
                .skip(1)
                .flatten()
                .next()
                .and_then(|m| m.as_str().parse::<i32>().ok())
            else {
                continue;
            };
            let sentence = sentence_around(doc.text, Span::new(whole.start(), whole.end()));
            if judge.admit(doc_idx, sentence, None, false).is_none() {
                continue;
            }
            let (from, to) = (sentence.start as usize, sentence.end as usize);
            let Some(executions) = known
                .iter()
                .filter(|f| {
                    f.change == Change::Executions
                        && f.citations.iter().any(|c| {
                            c.doc == doc.name
                                && (c.span.start as usize) <= to
                                && c.span.end as usize + REACH_BACK >= from
                        })
                })
                .max_by(|a, b| a.lo.cmp(&b.lo))
            else {
                continue;
            };
            let hi = executions.lo.clone();
            out.push(Fact {
                lo: shift_years(&hi, -years),
                hi,
                date: executions.date,
                change: Change::Quiet,
                basis: format!(
                    "no executions for {years} years before those of {}",
                    executions.date.words()
                ),
                citations: vec![Citation::new(doc.name, sentence)],
                exceptional: false,
                last: false,
                resumed: false,
                said: false,
            });
        }
    }
    out
}

/// "Executions resumed in January after a hiatus of almost seven years": executions
/// took place that many years before the resumption (`hiatus_years`), and none
/// between. The resumption is dated by its sentence's first date.
fn resumed_after_hiatus(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let lower = doc.text.to_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        for caps in hiatus_years().captures_iter(&lower) {
            let whole = caps.get(0).expect("a match");
            let Some(years) = caps.iter().skip(1).flatten().next().and_then(|m| {
                let w = m.as_str();
                w.parse::<i32>().ok().or_else(|| {
                    lex.number_words
                        .iter()
                        .position(|n| n == w)
                        .and_then(|i| i32::try_from(i + 1).ok())
                })
            }) else {
                continue;
            };
            let sentence = sentence_around(doc.text, Span::new(whole.start(), whole.end()));
            if judge.admit(doc_idx, sentence, None, false).is_none() {
                continue;
            }
            let Some(date) = doc.point_dates_in(sentence).find(|v| v.start.is_some()) else {
                continue;
            };
            let Some(start) = date.start else { continue };
            let before = TimeValue::point(PartialDate::year(start.year - years));
            let citations = vec![Citation::new(doc.name, sentence)];
            out.push(Fact::over(
                before,
                Change::Executions,
                format!(
                    "executions before a pause of {years} years that ended in {}",
                    date.words()
                ),
                citations.clone(),
            ));
            out.push(Fact::over(
                date,
                Change::Executions,
                format!("executions resumed in {}", date.words()),
                citations,
            ));
        }
    }
    out
}

/// "Nebraska executed Carey Dean Moore on Tuesday morning ..., the first execution in
/// the state since 1997", in a story of its day: executions on that day (or on a date
/// of the sentence's own after the year), when no execution read from the sentence
/// is dated after the year (`first_since`).
fn first_since_year(judge: &Judge, known: &[Fact]) -> Vec<Fact> {
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let lower = doc.text.to_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        let Some(day) = story_day(doc) else { continue };
        for caps in first_since().captures_iter(&lower) {
            let whole = caps.get(0).expect("a match");
            let Some(year) = caps
                .iter()
                .skip(1)
                .flatten()
                .next()
                .and_then(|m| m.as_str().parse::<i32>().ok())
            else {
                continue;
            };
            if year >= day.year {
                continue;
            }
            let sentence = sentence_around(doc.text, Span::new(whole.start(), whole.end()));
            let words = sentence.slice(doc.text);
            if not_asserted(words)
                || has_any(&words.to_lowercase(), &lexicon().federal_words)
                || judge.admit(doc_idx, sentence, None, false).is_none()
            {
                continue;
            }
            let since_end = PartialDate::year(year).last_day();
            let dated_after = known.iter().any(|f| {
                f.change == Change::Executions
                    && f.lo > since_end
                    && f.citations
                        .iter()
                        .any(|c| c.doc == doc.name && sentence.contains(c.span))
            });
            if dated_after {
                continue;
            }
            let own = doc.point_dates_in(sentence).find(|v| {
                v.start
                    .is_some_and(|s| s.first_day() > since_end && s.first_day() <= day.last_day())
            });
            let date = own.unwrap_or(TimeValue::point(day));
            out.push(Fact::over(
                date,
                Change::Executions,
                format!("executions in {}, the first since {year}", date.words()),
                vec![Citation::new(doc.name, sentence)],
            ));
        }
    }
    out
}

/// "Neighbouring Cameroon still retains the death penalty" in a document of a known
/// day (its period's end, else its date): the death penalty is in force on that day.
/// Only evidence that it is kept, never a category: ten quiet years still make the
/// country abolitionist in practice.
/// "The constitution prohibits the death penalty except in cases provided for by
/// military law during a state of international war": a ban stated in the present
/// tense, in a dated document about the jurisdiction, classifies it on the
/// document's day: abolitionist for ordinary crimes when the ban keeps exceptions
/// (`except_words`, `exceptional_words`), for all crimes otherwise.
fn said_to_prohibit(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let day = match (&doc.period, doc.date()) {
            (Some(p), _) if p.end.is_some() => p.end,
            (_, day) => day,
        };
        let Some(day) = day else { continue };
        let lower = doc.text.to_ascii_lowercase();
        let mut seen: Vec<Span> = Vec::new();
        for phrase in &lex.prohibits_now {
            for (at, _) in lower.match_indices(phrase.as_str()) {
                let sentence = sentence_around(doc.text, Span::new(at, at + phrase.len()));
                if seen.contains(&sentence) {
                    continue;
                }
                seen.push(sentence);
                let words = sentence.slice(doc.text);
                let own_report = judge.headed[doc_idx]
                    && judge.report[doc_idx]
                        .as_deref()
                        .is_some_and(|r| same_jurisdiction(r, judge.key));
                if not_asserted(words)
                    || judge.admit(doc_idx, sentence, None, true).is_none()
                    || !(judge.names_key(doc_idx, sentence)
                        || subject_is_the_country(words)
                        || own_report)
                {
                    continue;
                }
                let lower_words = words.to_lowercase();
                let label = if has_any(&lower_words, &lex.except_words)
                    || has_any(&lower_words, &lex.exceptional_words)
                {
                    ORDINARY
                } else {
                    ALL_CRIMES
                };
                // "...; it was abolished for all other crimes in 1983": a year the
                // sentence gives before the document's day dates the ban.
                let since = doc
                    .extraction
                    .times
                    .iter()
                    .filter(|t| sentence.contains(t.span) && !t.is_duration)
                    .filter_map(|t| t.value.filter(|v| v.end.is_some()))
                    .filter(|v| v.start.is_some_and(|s| s.last_day() < day.first_day()))
                    .min_by_key(|v| v.start.map(|s| s.first_day()));
                let date = since.unwrap_or(TimeValue::point(day));
                out.push(Fact::over(
                    date,
                    Change::Label(label),
                    format!(
                        "the death penalty said to be banned ({}) in a document of {}",
                        in_words(Some(label)),
                        TimeValue::point(day).words()
                    ),
                    vec![Citation::new(doc.name, sentence)],
                ));
            }
        }
    }
    out
}

/// "Parliament removed the death penalty for murder in 1976, but it remained in the
/// National Defence Act for treason and other military offences until 1998": an
/// abolition for ordinary crimes whose clause (cut at ";") keeps the penalty for the
/// rest "until YEAR" ends the rest that year, an abolition for all crimes. The verb
/// (`kept_until_verbs`) has the penalty or "it" for its subject
/// (`kept_until_subjects`), a law or a crime (`kept_until_grounds`) stands between it
/// and "until", and the year comes after the abolition's: "those already sentenced
/// remained on death row until 1984", "it remained a crown colony until 1975" end
/// nothing.
fn kept_until_ended(judge: &Judge) -> Vec<Fact> {
    static KEPT_UNTIL: LazyLock<Regex> = LazyLock::new(|| {
        let verbs: Vec<String> = lexicon()
            .kept_until_verbs
            .iter()
            .map(|v| {
                v.split_whitespace()
                    .map(regex::escape)
                    .collect::<Vec<_>>()
                    .join(r"\s+")
            })
            .collect();
        Regex::new(&format!(
            // "until 1998", "until May 2004", "until 3 October 2004".
            r"(?i)\b(?:{})\b([^.;]*?)\buntil\s+(?:\d{{1,2}}\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?((?:1[89]|20)\d\d)\b",
            verbs.join("|")
        ))
        .expect("the kept_until_verbs of rules/status.en.json are valid")
    });
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        for caps in KEPT_UNTIL.captures_iter(doc.text) {
            let (Some(whole), Some(between), Some(year)) = (caps.get(0), caps.get(1), caps.get(2))
            else {
                continue;
            };
            let sentence = sentence_around(doc.text, Span::new(whole.start(), whole.end()));
            let words = sentence.slice(doc.text);
            // The abolition comes first in the clause, before what was kept.
            let head = &doc.text[sentence.start as usize..whole.start()];
            let head = head.rsplit(';').next().unwrap_or(head);
            let Some(abolition) = abolition_kept_from(doc.text, sentence, head) else {
                continue;
            };
            if not_asserted(words) {
                continue;
            }
            // The penalty, or "it", is what remained.
            let subject = lower_words(head);
            let kept_subject = lex.kept_until_subjects.iter().any(|s| {
                subject.strip_suffix(s.as_str()).is_some_and(|rest| {
                    rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
                })
            });
            // It remained in a law or for crimes.
            let ground = between
                .as_str()
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| {
                    let w = w.strip_suffix('s').unwrap_or(w);
                    lex.kept_until_grounds.iter().any(|g| g == w)
                });
            let year_at = year;
            let Ok(year) = year.as_str().parse::<i32>() else {
                continue;
            };
            // After the abolition's year.
            let abolished_in = if abolition == sentence {
                head
            } else {
                abolition.slice(doc.text)
            };
            let after_abolition = MODERN_YEAR
                .find_iter(abolished_in)
                .filter_map(|m| m.as_str().parse::<i32>().ok())
                .all(|abolished| abolished < year);
            if !(kept_subject && ground && after_abolition)
                || judge.admit(doc_idx, sentence, None, true).is_none()
                || judge.admit(doc_idx, abolition, None, true).is_none()
            {
                continue;
            }
            // "until May 2004": the tagged date of the year's words, else the year.
            let date = doc
                .extraction
                .times
                .iter()
                .filter(|t| {
                    !t.is_duration && t.span.contains(Span::new(year_at.start(), year_at.end()))
                })
                .find_map(|t| {
                    let value = t.value?;
                    let day = value.start.or(value.end)?;
                    (day.year == year).then_some(TimeValue::point(day))
                })
                .unwrap_or_else(|| TimeValue::point(PartialDate::year(year)));
            out.push(Fact::over(
                date,
                Change::Abolish(Scope::All, Vec::new()),
                format!(
                    "the crimes kept after an abolition for ordinary crimes ended in {}: abolition for all crimes",
                    date.words()
                ),
                vec![Citation::new(doc.name, sentence)],
            ));
        }
    }
    out
}

/// Where the abolition for ordinary crimes that a "kept ... until YEAR" sentence
/// follows is told: the clause before the verb (`head`) when it abolishes so, else,
/// when that clause is only the pronoun subject ("It was kept for crimes committed
/// in time of war until May 2004"), the sentence before, in the same paragraph.
fn abolition_kept_from(text: &str, sentence: Span, head: &str) -> Option<Span> {
    if abolition_scope(EventKind::Abolition, head) == Some(Scope::Ordinary) {
        return Some(sentence);
    }
    let subject = head.trim().to_lowercase();
    if !lexicon()
        .pronoun_openers
        .iter()
        .any(|p| p.trim() == subject)
    {
        return None;
    }
    sentences_before(text, sentence).next().filter(|before| {
        abolition_scope(EventKind::Abolition, before.slice(text)) == Some(Scope::Ordinary)
    })
}

/// "The last capital offences were swept away by the Crime and Disorder Act 1998":
/// the crimes that were the last capital ones ended (`last_capital_words`, then,
/// after the phrase, a verb of `last_capital_ended`), on the first year written after
/// that verb, in a sentence about the jurisdiction: an abolition for all crimes.
/// "Murder was removed from the code in 1965, and treason became the last capital
/// crime" ends nothing.
fn last_capital_ended(judge: &Judge) -> Vec<Fact> {
    // The phrases, case-insensitive, a hard wrap ("The last capital\noffences") a
    // space: matched on the document itself, its byte offsets kept.
    static PHRASES: LazyLock<Regex> = LazyLock::new(|| {
        let alternatives: Vec<String> = lexicon()
            .last_capital_words
            .iter()
            .map(|p| {
                p.split_whitespace()
                    .map(regex::escape)
                    .collect::<Vec<_>>()
                    .join(r"\s+")
            })
            .collect();
        Regex::new(&format!("(?i){}", alternatives.join("|"))).expect("a valid pattern")
    });
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let mut seen: Vec<Span> = Vec::new();
        for found in PHRASES.find_iter(doc.text) {
            let sentence = sentence_around(doc.text, Span::new(found.start(), found.end()));
            if seen.contains(&sentence) {
                continue;
            }
            seen.push(sentence);
            let words = sentence.slice(doc.text);
            let flat = lower_words(words);
            // The verb after a phrase, the year after that verb.
            let year = lex
                .last_capital_words
                .iter()
                .flat_map(|p| flat.match_indices(p.as_str()).map(|(i, _)| i + p.len()))
                .filter_map(|phrase_end| {
                    let after = &flat[phrase_end..];
                    let verb_end = lex
                        .last_capital_ended
                        .iter()
                        .filter_map(|v| after.find(v.as_str()).map(|i| i + v.len()))
                        .min()?;
                    MODERN_YEAR
                        .find(&after[verb_end..])
                        .and_then(|m| m.as_str().parse::<i32>().ok())
                        .map(|year| (phrase_end, year))
                })
                .min()
                .map(|(_, year)| year);
            let Some(year) = year else {
                continue;
            };
            if not_asserted(words) || judge.admit(doc_idx, sentence, None, true).is_none() {
                continue;
            }
            let date = TimeValue::point(PartialDate::year(year));
            out.push(Fact::over(
                date,
                Change::Abolish(Scope::All, Vec::new()),
                format!(
                    "the last capital crimes ended in {}: abolition for all crimes",
                    date.words()
                ),
                vec![Citation::new(doc.name, sentence)],
            ));
        }
    }
    out
}

/// The day a news story or release speaks from: its own date, or else a full date in
/// its opening lines (a dateline: "CONCORD, N.H. (Granite State News) - May 30, 2019").
fn story_day(doc: &DocInput) -> Option<PartialDate> {
    const OPENING: u32 = 400;
    doc.date().or_else(|| {
        doc.extraction
            .times
            .iter()
            .filter(|t| !t.is_duration && t.anchor == Some(Anchor::Absolute))
            .filter(|t| t.span.end <= OPENING)
            .filter_map(|t| t.value.filter(|v| v.is_point())?.start)
            .filter(|d| d.granularity() == Granularity::Day)
            .max()
            .filter(|d| written_after(doc).is_none_or(|w| w.first_day() <= d.last_day()))
    })
}

/// "The Act abolishes the death penalty for all crimes" in a release of its day;
/// "New Hampshire on Thursday became the 21st state to abolish the death penalty" in a
/// story of its day: an abolition as of the story's day (`abolishes_now`).
fn abolished_now(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let day = story_day(doc);
        let lower = doc.text.to_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        let mut seen: Vec<Span> = Vec::new();
        for m in abolishes_now().find_iter(&lower) {
            let sentence = sentence_around(doc.text, Span::new(m.start(), m.end()));
            if seen.contains(&sentence) {
                continue;
            }
            seen.push(sentence);
            let words = sentence.slice(doc.text);
            let own_report = judge.headed[doc_idx]
                && judge.report[doc_idx]
                    .as_deref()
                    .is_some_and(|r| same_jurisdiction(r, judge.key));
            if not_asserted(words)
                || awaits_entry_into_force(words)
                || has_any(&words.to_lowercase(), &lexicon().planned_cues)
                || judge.admit(doc_idx, sentence, None, true).is_none()
                || !(judge.names_key(doc_idx, sentence)
                    || subject_is_the_country(words)
                    || own_report)
            {
                continue;
            }
            // "..., extended abolition to all crimes; the country had abolished the
            // death penalty for most crimes in 1997": scope and date from the clause.
            let clause = scope_clause(doc.text, sentence, Span::new(m.start(), m.end()));
            let clause_at = clause.as_ptr() as usize - doc.text.as_ptr() as usize;
            let clause_span = Span::new(clause_at, clause_at + clause.len());
            let (change, scope_words) = match abolition_scope(EventKind::Abolition, clause) {
                Some(Scope::All) => (Change::Abolish(Scope::All, Vec::new()), "all crimes"),
                Some(Scope::Ordinary) => (
                    Change::Abolish(Scope::Ordinary, exceptions(words)),
                    "ordinary crimes",
                ),
                _ => continue,
            };
            // "In 2019 Newland became the 21st state to abolish ...", told in 2023:
            // a date of the sentence's own, before the story's day, dates it.
            let point_in = |span: Span| {
                doc.point_dates_in(span).find(|v| {
                    v.start
                        .is_some_and(|s| day.is_none_or(|day| s.first_day() <= day.last_day()))
                })
            };
            // "On August 2, 2016, the Supreme Court ruled ... The ruling made Delaware
            // the 20th state to abolish the death penalty": the ruling's date.
            let ruled = || {
                let opens = words.to_lowercase();
                if !lexicon()
                    .ruling_subjects
                    .iter()
                    .any(|w| opens.starts_with(w.as_str()))
                {
                    return None;
                }
                // The latest date told before it in its paragraph (a citation's
                // "v." may cut the ruling's sentence in two).
                let from = doc.text[..sentence.start as usize]
                    .rfind("\n\n")
                    .map_or(0, |i| i + 2);
                let before = Span::new(from, sentence.start as usize);
                // "... until 2018, when the Supreme Court ruled ...": the bound a
                // "when" clause follows is the ruling's date.
                let until_when = |t: &dossier_model::TimeMention| {
                    let v = t.value?;
                    let rest = doc.text[t.span.end as usize..].trim_start_matches([',', ' ']);
                    (v.start.is_none() && rest.starts_with("when "))
                        .then_some(v.end)
                        .flatten()
                        .map(TimeValue::point)
                };
                doc.extraction
                    .times
                    .iter()
                    .filter(|t| before.contains(t.span) && !t.is_duration)
                    .filter_map(|t| {
                        t.value
                            .filter(|v| v.is_point())
                            .or_else(|| until_when(t))
                            .map(|v| (t.span.start, v))
                    })
                    .filter(|(_, v)| {
                        v.start
                            .is_some_and(|s| day.is_none_or(|day| s.first_day() <= day.last_day()))
                    })
                    .max_by_key(|(at, _)| *at)
                    .map(|(_, v)| v)
            };
            let Some(date) = point_in(clause_span)
                .or_else(ruled)
                .or(day.map(TimeValue::point))
            else {
                continue;
            };
            out.push(Fact::over(
                date,
                change,
                format!(
                    "abolition for {scope_words} told as news of {}",
                    date.words()
                ),
                vec![Citation::new(doc.name, sentence)],
            ));
        }
    }
    out
}

/// "Morocco is therefore classed as abolitionist in practice"; "Fiji is therefore
/// counted among the states abolitionist for ordinary crimes only"; "Mali has not
/// carried out an execution ..., and rights groups count it among the countries that
/// are abolitionist in practice" (the pronoun for the one place named): a category given
/// to the jurisdiction the sentence names (and no other), as of the document's day.
fn classed_in_text(judge: &Judge) -> Vec<Fact> {
    static CLASSED: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(
            r"(?:(?:\b(?:is|are|remains)\s+(?:[a-z]+\s+)?(?:{})|\b(?:count|counts|class|classes|list|lists|regard|regards)\s+it)\s+(?:as|among\s+(?:the\s+)?(?:states|countries|nations)(?:\s+that\s+are)?)|(?P<plain>\b(?:is|remains|(?:has|have)(?:\s+(?:now|accordingly|therefore|thus))?\s+been)(?:\s+(?:now|still|today|currently|accordingly|therefore|thus))?))\s+(?P<category>abolitionist\s+for\s+all\s+crimes|abolitionist\s+for\s+ordinary\s+crimes|abolitionist\s+in\s+practice|abolitionist\s+de\s+facto|retentionist)\b",
            lexicon().classed_verbs.join("|")
        );
        Regex::new(&pattern).expect("the classed_verbs of rules/status.en.json are valid")
    });
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        // An undated page speaks from no earlier than the last date it tells.
        let Some(day) = story_day(doc)
            .or_else(|| doc.date())
            .or_else(|| written_after(doc))
        else {
            continue;
        };
        let lower = doc.text.to_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        for caps in CLASSED.captures_iter(&lower) {
            let (Some(whole), Some(category)) = (caps.get(0), caps.name("category")) else {
                continue;
            };
            let sentence = sentence_around(doc.text, Span::new(whole.start(), whole.end()));
            let words = sentence.slice(doc.text);
            // "Ostland is abolitionist in practice": a plain copula classes only in
            // a main clause that denies nothing ("does not meet the rule we use to
            // define a nation that is abolitionist de facto" classes nobody).
            if let Some(plain) = caps.name("plain") {
                let before = &lower[sentence.start as usize..plain.start()];
                // The clause of the copula: after the last break before it.
                let lex = lexicon();
                let before = lex
                    .copula_clause_breaks
                    .iter()
                    .filter_map(|b| before.rfind(b).map(|at| at + b.len()))
                    .max()
                    .map_or(before, |at| &before[at..]);
                let relative = before
                    .split(|c: char| !c.is_alphanumeric())
                    .rfind(|w| !w.is_empty())
                    .is_some_and(|w| lex.copula_relatives.iter().any(|r| r == w));
                let denied = before
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .any(|w| lex.copula_denials.iter().any(|d| d == w) || w.ends_with("n't"));
                if relative || denied {
                    continue;
                }
            }
            let named = judge.named(doc_idx, sentence);
            if not_asserted(words)
                || !named.here
                || named.other
                || judge.admit(doc_idx, sentence, None, true).is_none()
            {
                continue;
            }
            let Some(l) = label(category.as_str()) else {
                continue;
            };
            // "Guatemala has accordingly been abolitionist for ordinary crimes since
            // October 2017": the category holds from the day its "since" names.
            let since = doc
                .extraction
                .times
                .iter()
                .filter(|t| !t.is_duration && t.span.start as usize >= category.end())
                .filter(|t| {
                    // The mention may hold its "since" ("since October 2017", an
                    // open range) or follow it.
                    let between = lower[category.end()..t.span.start as usize].trim();
                    between == "since"
                        || (between.is_empty()
                            && lower[t.span.start as usize..].starts_with("since "))
                })
                .find_map(|t| t.value.and_then(|v| v.start))
                .filter(|s| s.first_day() <= day.last_day())
                .map(TimeValue::point);
            let date = since.unwrap_or(TimeValue::point(day));
            out.push(Fact::over(
                date,
                Change::Label(l),
                format!(
                    "classed {} {} {}",
                    in_words(Some(l)),
                    if since.is_some() {
                        "since"
                    } else {
                        "in a document of"
                    },
                    date.words()
                ),
                vec![Citation::new(doc.name, sentence)],
            ));
        }
    }
    out
}

/// Whether the words at `at` of `lower` keep the death penalty only in law ("still
/// retain the death penalty in law, including those which ... have observed a
/// moratorium for many years"): said of its law, nothing of its use; with a
/// moratorium in the same sentence, no evidence of retention (a country abolitionist
/// in practice keeps it in law too).
fn retained_in_law_only(lower: &str, at: usize) -> bool {
    const REACH: usize = 40;
    let mut stop = (at + REACH).min(lower.len());
    while !lower.is_char_boundary(stop) {
        stop -= 1;
    }
    let Some(after) = lower.get(at..stop) else {
        return false;
    };
    let after = lower_words(after);
    let after = after.trim_start();
    lexicon().retained_in_law_only.iter().any(|w| {
        after.starts_with(w.as_str())
            && !after[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// The part of `sentence` that stands in the paragraph of `at`: a numbered paragraph
/// ("4.2. notes that 34 states retain ...") is a sentence of its own even when the one
/// before ends with a semicolon.
fn own_paragraph(text: &str, sentence: Span, at: usize) -> &str {
    let whole = sentence.slice(text);
    let at = at.saturating_sub(sentence.start as usize).min(whole.len());
    let start = whole[..at].rfind("\n\n").map_or(0, |i| i + 2);
    let end = whole[at..].find("\n\n").map_or(whole.len(), |i| at + i);
    &whole[start..end]
}

/// Whether `sentence` tells executions in a clause of another place than the
/// jurisdiction ("...; Northia carried out one execution in 2022").
fn executions_of_another(judge: &Judge, doc_idx: usize, sentence: Span) -> bool {
    let doc = &judge.docs[doc_idx];
    let lower = sentence.slice(doc.text).to_ascii_lowercase();
    let countries = |k: &str| judge.countries.contains(k);
    lexicon().execution_cues.iter().any(|cue| {
        lower.match_indices(cue.as_str()).any(|(at, _)| {
            let trigger = Span::new(
                sentence.start as usize + at,
                sentence.start as usize + at + 1,
            );
            let mentions = &doc.extraction.mentions;
            clause_of_another_place(doc.text, sentence, trigger, judge.key, mentions, &countries)
                && contrast_clause(doc.text, sentence, trigger).is_some_and(|clause| {
                    let about = aboutness(doc.text, clause, judge.key, mentions, &countries, None);
                    about.other && !about.here
                })
        })
    })
}

fn said_to_retain(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let day = match (&doc.period, doc.date()) {
            (Some(p), _) if p.end.is_some() => p.end,
            (_, day) => day,
        };
        let Some(day) = day else { continue };
        let lower = doc.text.to_ascii_lowercase();
        let mut seen: Vec<Span> = Vec::new();
        for phrase in &lex.retention_phrases {
            for (at, _) in lower.match_indices(phrase.as_str()) {
                let sentence = sentence_around(doc.text, Span::new(at, at + phrase.len()));
                if seen.contains(&sentence)
                    || retained_in_law_only(&lower, at + phrase.len())
                        && own_paragraph(&lower, sentence, at).contains("moratorium")
                {
                    continue;
                }
                seen.push(sentence);
                // The sentence must name whom it is about (or open with "the
                // country"): a place no document is about may be any country.
                let words = sentence.slice(doc.text);
                // "The death penalty remains in force at the federal level" in a story
                // about Virginia: the federation's, never the state's.
                if has_any(&words.to_lowercase(), &lex.federal_words) {
                    let federation = judge.report[doc_idx]
                        .as_deref()
                        .and_then(federation_of)
                        .or_else(|| federation_in_opening(doc.text));
                    if !(judge.names_key(doc_idx, sentence)
                        || federation.is_some_and(|f| same_jurisdiction(f, judge.key)))
                    {
                        continue;
                    }
                } else if judge.admit(doc_idx, sentence, None, true).is_none()
                    || !(judge.names_key(doc_idx, sentence) || subject_is_the_country(words))
                {
                    continue;
                }
                let date = TimeValue::point(day);
                let mut fact = Fact::over(
                    date,
                    Change::InForce,
                    format!(
                        "said to retain the death penalty in a document of {}",
                        date.words()
                    ),
                    vec![Citation::new(doc.name, sentence)],
                );
                fact.said = executions_of_another(judge, doc_idx, sentence);
                out.push(fact);
            }
        }
    }
    out
}

/// "The government of the Democratic Republic of the Congo has lifted a moratorium
/// on executions that had been in force since 2003": the moratorium ends on the
/// lifting's day (a date of the sentence not after "since", else the story's day);
/// quiet years told before it no longer hold after it.
fn moratorium_lifted(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, sentence) in cue_sentences(judge, &lex.moratorium_lifted) {
        let doc = &judge.docs[doc_idx];
        let words = sentence.slice(doc.text);
        if not_asserted(words)
            || has_any(&words.to_lowercase(), &lex.planned_cues)
            || judge.admit(doc_idx, sentence, None, true).is_none()
            || !(judge.names_key(doc_idx, sentence) || subject_is_the_country(words))
            || lifting_wished(words)
        {
            continue;
        }
        let after_since = |start: u32| {
            let before = doc.text[..start as usize].trim_end();
            before
                .get(before.len().saturating_sub(5)..)
                .is_some_and(|w| w.eq_ignore_ascii_case("since"))
        };
        let own: Vec<TimeValue> = doc
            .extraction
            .times
            .iter()
            .filter(|t| sentence.contains(t.span) && !t.is_duration)
            .filter(|t| !after_since(t.span.start))
            .filter_map(|t| t.value.filter(|v| v.is_point()))
            .collect();
        let date = match own.as_slice() {
            [one] => *one,
            [] => match story_day(doc) {
                Some(day) => TimeValue::point(day),
                None => continue,
            },
            // Two dates of its own: which is the lifting's is not said.
            _ => continue,
        };
        out.push(Fact::over(
            date,
            Change::Moratorium(false),
            format!(
                "a moratorium lifted (executions may resume) in {}",
                date.words()
            ),
            vec![Citation::new(doc.name, sentence)],
        ));
    }
    out
}

/// "Article 12 of the 1983 Constitution allows the death penalty only under military
/// law in time of war": a law that allows it only for exceptional crimes or
/// circumstances (`allowed_only`, then `exceptional_words` or `exceptional_crimes` in
/// the rest of its clause and no ordinary crime) makes the country abolitionist for
/// ordinary crimes, from the law's year when the sentence names it with one
/// (`law_years`), else from the document's day. The sentence must name the country.
fn allowed_only_exceptional(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let lower = doc.text.to_ascii_lowercase();
        let mut seen: Vec<Span> = Vec::new();
        for m in allowed_only().find_iter(&lower) {
            let sentence = sentence_around(doc.text, Span::new(m.start(), m.end()));
            if seen.contains(&sentence) {
                continue;
            }
            let rest = &lower[m.end()..(sentence.end as usize).max(m.end())];
            let rest = rest.split(';').next().unwrap_or("");
            let rest = lower_words(rest);
            if !(has_any(&rest, &lex.exceptional_words) || has_any(&rest, &lex.exceptional_crimes))
                || has_any(&rest, &lex.ordinary_crime_nouns)
            {
                continue;
            }
            let words = sentence.slice(doc.text);
            if not_asserted(words)
                || judge.admit(doc_idx, sentence, None, true).is_none()
                || !judge.names_key(doc_idx, sentence)
            {
                continue;
            }
            let head = lower_words(&lower[sentence.start as usize..m.end()]);
            let year = law_years()
                .captures(&head)
                .and_then(|c| c.get(1).or_else(|| c.get(2)))
                .and_then(|y| y.as_str().parse::<i32>().ok());
            let date = match year {
                Some(year) => TimeValue::point(PartialDate::year(year)),
                None => match story_day(doc) {
                    Some(day) => TimeValue::point(day),
                    None => continue,
                },
            };
            seen.push(sentence);
            out.push(Fact::over(
                date,
                Change::Abolish(Scope::Ordinary, Vec::new()),
                format!(
                    "the law allows the death penalty only for exceptional crimes, as of {}",
                    date.words()
                ),
                vec![Citation::new(doc.name, sentence)],
            ));
        }
    }
    out
}

/// Whether the clause before a cue of executions (`before`, lower-case) wishes for
/// their resumption: a word of `wished_before` ahead of "resum..." ("he favoured the
/// resumption of").
fn wished_resumption(before: &str) -> bool {
    let clause = before
        .rfind([',', ';', ':', '('])
        .map_or(before, |i| &before[i + 1..]);
    let clause = lower_words(clause);
    let Some(at) = clause.rfind("resum") else {
        return false;
    };
    let wished = &lexicon().wished_before;
    clause[..at]
        .split_whitespace()
        .any(|word| wished.iter().any(|w| word.starts_with(w.as_str())))
}

/// Whether every lifting or resumption cue of `sentence` follows a word of a wish in
/// its own clause (`wished_before`: "the minister said he favoured the resumption of
/// executions"): a wish, not a lifting.
fn lifting_wished(sentence: &str) -> bool {
    let lex = lexicon();
    let lower = lower_words(sentence);
    let mut cues = lex
        .moratorium_lifted
        .iter()
        .flat_map(|c| lower.match_indices(c.as_str()).map(|(at, _)| at))
        .peekable();
    if cues.peek().is_none() {
        return false;
    }
    cues.all(|at| {
        let before = &lower[..at];
        let clause = before
            .rfind([',', ';', ':', '('])
            .map_or(before, |i| &before[i + 1..]);
        clause.split_whitespace().any(|word| {
            lex.wished_before
                .iter()
                .any(|w| word.starts_with(w.as_str()))
        })
    })
}

/// A state said to have ceased to exist (`ceased_cues`) on the one date of its
/// sentence: "The German Democratic Republic itself ceased to exist on 3 October
/// 1990" after a sentence on East Germany.
fn ceased_to_exist(judge: &Judge) -> Vec<Fact> {
    let mut out = Vec::new();
    for (doc_idx, sentence) in cue_sentences(judge, &lexicon().ceased_cues) {
        let doc = &judge.docs[doc_idx];
        let words = sentence.slice(doc.text);
        // "capital punishment ceased to exist anywhere in its law": the penalty
        // ended, not the state.
        let lower = words.to_lowercase();
        let Some(at) = cue_position(&lower, &lexicon().ceased_cues) else {
            continue;
        };
        let before = &lower[..at];
        // "The Special Court ... ceased to exist", "It ceased to exist": no state.
        let no_state = before
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| lexicon().ceased_not_states.iter().any(|n| n == w));
        // "The State Union was dissolved in June 2006 ..., and the Constitution of
        // the independent Republic of Montenegro (2007) prohibits ...": the cue's
        // clause alone tells the end, its places and its date.
        let cue = Span::new(
            sentence.start as usize + at,
            sentence.start as usize + at + 1,
        );
        let clause = Span::new(
            sentence.start as usize,
            sentence.start as usize + through_clause(doc.text, sentence, cue).len(),
        );
        if not_asserted(words)
            || no_state
            || !weak_cue_of_a_state(judge, words, &lower, at)
            || has_any(before, &lexicon().penalty_words)
            || !ceased_here(judge, doc_idx, clause, before)
        {
            continue;
        }
        let own: Vec<TimeValue> = doc
            .extraction
            .times
            .iter()
            .filter(|t| clause.contains(t.span) && !t.is_duration)
            .filter_map(|t| t.value.filter(|v| v.is_point()))
            .collect();
        let [date] = own.as_slice() else {
            continue;
        };
        out.push(Fact::over(
            *date,
            Change::Ceased,
            format!("the state ceased to exist in {}", date.words()),
            vec![Citation::new(doc.name, sentence)],
        ));
    }
    out
}

/// Whether a cue said of any body (`ceased_weak_cues`: "was dissolved") at `at` of
/// the sentence `words` (`lower` its lower case) ends a state: its subject, the
/// words of its clause before it, is the jurisdiction's bare name ("Czechoslovakia
/// was dissolved") or holds a capitalised `state_heads` word ("The State Union was
/// dissolved"); "Memorial was dissolved", "the Majlis was dissolved" end no state.
/// Other cues ("ceased to exist") always may.
fn weak_cue_of_a_state(judge: &Judge, words: &str, lower: &str, at: usize) -> bool {
    let weak = lexicon()
        .ceased_weak_cues
        .iter()
        .any(|c| lower[at..].starts_with(c.as_str()));
    if !weak {
        return true;
    }
    let Some(subject) = words.get(..at) else {
        return false;
    };
    let subject = subject
        .rsplit([',', ';', ':', '(', ')'])
        .next()
        .unwrap_or(subject)
        .trim();
    let bare = fold_name(subject);
    if bare.trim_start_matches("the ").trim() == judge.key {
        return true;
    }
    subject.split_whitespace().any(|w| {
        let word = w.trim_matches(|c: char| !c.is_alphanumeric());
        word.chars().next().is_some_and(char::is_uppercase)
            && lexicon()
                .state_heads
                .iter()
                .any(|h| h.eq_ignore_ascii_case(word))
    })
}

/// Whether the state that ceased in `clause` is the jurisdiction: the clause
/// names it and no other place, or names no place and the sentence before it in
/// its paragraph names the jurisdiction alone, or calls it by the words that name
/// it in the clause (`subject`, lower case: "the State Union" after "the State
/// Union of Serbia and Montenegro").
fn ceased_here(judge: &Judge, doc_idx: usize, clause: Span, subject: &str) -> bool {
    let named = judge.named(doc_idx, clause);
    if named.other || named.global {
        return false;
    }
    let text = judge.docs[doc_idx].text;
    let subject = subject.trim().trim_start_matches("the ").trim();
    let called = |before: Span| {
        let words = subject.split_whitespace().count();
        (1..=3).contains(&words)
            && fold_name(before.slice(text)).contains(&format!(
                "{} of {}",
                fold_name(subject),
                judge.key
            ))
    };
    named.here
        || sentences_before(text, clause).next().is_some_and(|before| {
            let named = judge.named(doc_idx, before);
            named.here && (!named.other && !named.global || called(before))
        })
}

/// The sentences that hold one of `cues` (lower case), each once, with their
/// document's index (a document whose lower-casing moves offsets is skipped).
fn cue_sentences(judge: &Judge, cues: &[String]) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let lower = doc.text.to_lowercase();
        if lower.len() != doc.text.len() {
            continue;
        }
        let mut seen: Vec<Span> = Vec::new();
        for cue in cues {
            for (at, _) in lower.match_indices(cue.as_str()) {
                let sentence = sentence_around(doc.text, Span::new(at, at + cue.len()));
                if !seen.contains(&sentence) {
                    seen.push(sentence);
                    out.push((doc_idx, sentence));
                }
            }
        }
    }
    out
}

/// Whether a document says a law is not yet in force ("will enter into force when
/// it is signed", "awaits the President's assent").
fn awaits_entry_into_force(text: &str) -> bool {
    let lower = text.to_lowercase();
    lexicon()
        .not_yet_in_force
        .iter()
        .any(|w| lower.contains(w.as_str()))
}

/// Whether the paragraph of an abolition's `sentence` says its bill awaits its
/// signature (`awaiting_assent`: "the Bill was now before the President for his
/// assent").
fn awaits_assent(text: &str, sentence: Span) -> bool {
    let (lo, hi) = (sentence.start as usize, sentence.end as usize);
    let start = text[..lo].rfind("\n\n").map_or(0, |i| i + 2);
    let end = text[hi..].find("\n\n").map_or(text.len(), |i| hi + i);
    has_any(&lower_words(&text[start..end]), &lexicon().awaiting_assent)
}

/// Whether an abolition's own `sentence` says its law takes effect later without
/// saying when ("adopted in December 2015 and due to enter into force next year").
/// A year of the last two centuries, "1965", "2012" (whole digits).
static MODERN_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:1[89]|20)\d\d\b").expect("a valid pattern"));

fn in_force_later_unsaid(text: &str, sentence: Span) -> bool {
    let lower = sentence
        .slice(text)
        .to_lowercase()
        .replace(['\n', '\r'], " ");
    has_any(&lower, &lexicon().in_force_later)
}

/// "Equatorial Guinea has abolished the death penalty" with no date of its own, in
/// a document of a known day: abolished by that day (when is not said). The status
/// holds from the document's day, as if it stated the category then.
fn abolished_by_then(doc: &DocInput, kind: EventKind, sentence: Span) -> Option<Fact> {
    let day = doc.date()?;
    let text = sentence.slice(doc.text);
    let lower = text.to_lowercase();
    if !lexicon()
        .perfect_abolition
        .iter()
        .flat_map(|w| lower.match_indices(w.as_str()))
        .any(|(at, _)| !generic_relative(&lower[..at]))
    {
        return None;
    }
    let label = match abolition_scope(kind, text)? {
        Scope::All => ALL_CRIMES,
        Scope::Ordinary => ORDINARY,
        Scope::Partial => return None,
    };
    let date = TimeValue::point(day);
    let basis = format!(
        "said to have abolished it ({}) in a document of {}",
        in_words(Some(label)),
        date.words()
    );
    Some(Fact::over(
        date,
        Change::Label(label),
        basis,
        vec![Citation::new(doc.name, sentence)],
    ))
}

/// Whether a sentence opens with a pronoun subject ("It is considered abolitionist in
/// practice", "Its parliament reintroduced ...", `pronoun_openers`).
fn opens_with_pronoun(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase();
    lexicon()
        .pronoun_openers
        .iter()
        .any(|w| lower.starts_with(w.as_str()))
}

/// Whether the words before a perfect "have abolished" end in a relative pronoun of a
/// generic antecedent ("the States which have abolished the death penalty may not
/// reinstate it"): a rule told of every abolitionist state, no abolition of one.
fn generic_relative(before: &str) -> bool {
    let before = single_spaced(before) + " ";
    lexicon()
        .generic_relatives
        .iter()
        .any(|w| before.ends_with(w.as_str()))
}

/// Whether a sentence opens with "the country" (or "the country's") as its subject.
/// Whether a word of neighbours stands before a capitalised name in the sentence.
fn names_a_neighbour(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    lower.len() == sentence.len()
        && lexicon().neighbour_words.iter().any(|w| {
            lower.match_indices(w.as_str()).any(|(at, _)| {
                let from = at + w.len();
                (at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphabetic())
                    && sentence[from..].starts_with(' ')
                    && sentence[from + 1..].starts_with(|c: char| c.is_uppercase())
            })
        })
}

/// Whether a sentence speaks of the federal level ("federal executions") while the
/// jurisdiction is a state of a federation.
fn federal_for_state(sentence: &str, key: &str) -> bool {
    lexicon::federation_of(key).is_some() && {
        let lower = sentence.to_lowercase();
        lower
            .match_indices("federal")
            .any(|(at, _)| at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphabetic())
    }
}

/// Whether `sentence` opens with a subject of the others (`others_openers`, then a
/// noun of `others_nouns` within three words): "All other participating States ...".
fn subject_is_the_others(sentence: &str) -> bool {
    const REACH: usize = 3;
    let lex = lexicon();
    let lower = lower_words(sentence);
    lex.others_openers.iter().any(|o| {
        lower
            .strip_prefix(o.as_str())
            .filter(|rest| rest.starts_with(' '))
            .is_some_and(|rest| {
                rest.split_whitespace()
                    .take(REACH)
                    .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                    .any(|w| lex.others_nouns.iter().any(|n| n == w))
            })
    })
}

fn subject_is_the_country(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase();
    lexicon().the_country.iter().any(|w| {
        lower.starts_with(w.as_str()) && !lower[w.len()..].starts_with(char::is_alphanumeric)
    })
}

/// Where [`quiet_cues`] match in lower-case `text` (start, end), leaving out a word
/// of time in the adjective's slot.
fn quiet_cue_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let not_adjectives = &lexicon().quiet_not_adjectives;
    quiet_cues()
        .find_iter(text)
        .filter(|m| {
            !m.as_str()
                .split(' ')
                .any(|w| not_adjectives.iter().any(|a| a == w))
        })
        .map(|m| (m.start(), m.end()))
}

/// Whether the execution trigger at `trigger` stands in a quiet cue of `sentence`
/// denied by a contraction ("it hadn't executed anyone since 1981"): years without
/// executions, which `quiet_since` reads, not an execution.
fn denied_by_contraction(text: &str, sentence: Span, trigger: Span) -> bool {
    // A hard wrap is a space ("hadn't executed\nanyone").
    let lower = text.to_lowercase().replace(['\n', '\r'], " ");
    if lower.len() != text.len() || trigger.start < sentence.start {
        return false;
    }
    let at = (trigger.start - sentence.start) as usize;
    let denied = quiet_cue_spans(&lower).any(|(from, to)| {
        let cue = &lower[from..to];
        (from..to).contains(&at) && (cue.contains("n't") || cue.contains("n\u{2019}t"))
    });
    denied
}

/// When a document with no date and no period was written, at the earliest: the
/// latest date it writes in full (the start of that year, month or day), leaving
/// out sentences that look ahead ("will", "plans to", "by 2030"). A reader of an
/// undated page knows it was written no earlier than the last thing it reports.
fn written_after(doc: &DocInput) -> Option<PartialDate> {
    doc.extraction
        .times
        .iter()
        .filter(|t| !t.is_duration && t.anchor == Some(Anchor::Absolute))
        .filter_map(|t| {
            let v = t.value?;
            let latest = v.end.into_iter().chain(v.start).max()?;
            Some((latest, t.span))
        })
        .filter(|(_, span)| {
            let words = sentence_around(doc.text, *span)
                .slice(doc.text)
                .to_lowercase();
            !words
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| lexicon().looks_ahead.iter().any(|l| l == w))
        })
        .map(|(latest, _)| latest)
        .max()
}

/// "In December the authorities announced their intention to institute a
/// moratorium on executions": a state that plans to stop executions or to abolish
/// the death penalty still has it in force on that day, and over the part of the
/// period its report covers before it.
fn planned_ends(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out: Vec<Fact> = Vec::new();
    for (doc_idx, doc) in judge.docs.iter().enumerate() {
        let mut seen: Vec<Span> = Vec::new();
        for time in doc.extraction.times.iter().filter(|t| !t.is_duration) {
            let Some(date) = time.value else { continue };
            if !matches!((date.start, date.end), (Some(s), Some(e)) if e.year - s.year <= 1) {
                continue;
            }
            let sentence = sentence_around(doc.text, time.span);
            if seen.contains(&sentence) {
                continue;
            }
            seen.push(sentence);
            let lower = sentence.slice(doc.text).to_lowercase();
            if cue_position(&lower, &lex.planned_cues).is_none()
                || cue_position(&lower, &lex.ending_cues).is_none()
                || !has_any(&lower, &lex.penalty_words)
            {
                continue;
            }
            // Only the time nearest the plan dates it.
            let at = sentence.start as usize + cue_position(&lower, &lex.planned_cues).unwrap_or(0);
            let nearest = doc
                .extraction
                .times
                .iter()
                .filter(|t| !t.is_duration && sentence.contains(t.span) && t.value.is_some())
                .min_by_key(|t| (t.span.start as usize).abs_diff(at));
            if nearest.map(|t| t.span) != Some(time.span) {
                continue;
            }
            if judge.attribute(doc_idx, sentence, None, false).is_none() {
                continue;
            }
            let announced = date;
            let (mut lo, hi) = bounds(&date);
            let mut date = date;
            if let (Some(period), Some(end)) = (doc.period, date.end) {
                let (period_lo, period_hi) = bounds(&period);
                if let Some(start) = period.start.filter(|_| period_lo <= lo && hi <= period_hi) {
                    lo = period_lo;
                    date = TimeValue::range(start, end);
                }
            }
            out.push(Fact {
                lo,
                hi,
                date,
                change: Change::InForce,
                basis: format!(
                    "a plan to end executions or abolish the death penalty was announced in {}: it was still in force",
                    announced.words()
                ),
                citations: vec![Citation::new(doc.name, sentence)],
                exceptional: false,
            last: false,
            resumed: false,
            said: false,
            });
        }
    }
    out
}

/// Byte position of the first cue that starts a word in `lower`.
fn cue_position(lower: &str, cues: &[String]) -> Option<usize> {
    cues.iter()
        .filter_map(|cue| {
            lower.match_indices(cue).map(|(at, _)| at).find(|&at| {
                let before_ok = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
                let end = at + cue.len();
                let after_ok = end >= lower.len() || !lower.as_bytes()[end].is_ascii_alphabetic();
                before_ok && after_ok
            })
        })
        .min()
}

/// Whether `date` is the date a quiet cue of `sentence` gives ("last carried out an
/// execution in 2005", "no executions since 1997"): written right after the cue.
fn last_executions_date(doc: &DocInput, sentence: Span, date: TimeValue) -> bool {
    let words = sentence.slice(doc.text).to_ascii_lowercase();
    let base = sentence.start as usize;
    let found = quiet_cue_spans(&words).any(|(_, cue_end)| {
        let cue_end = base + cue_end;
        doc.extraction.times.iter().any(|t| {
            let (start, end) = (t.span.start as usize, t.span.end as usize);
            !t.is_duration
                && t.value == Some(date)
                && sentence.contains(t.span)
                && end > cue_end
                && start.saturating_sub(cue_end) <= 20
        })
    });
    found
}

/// `lower` without a clause set off by commas right after a negation: "has not, so
/// far as we have been able to establish, carried out an execution" reads "has not
/// carried out an execution".
fn without_insertions(lower: &str) -> String {
    const LONGEST: usize = 80;
    let mut out = lower.to_string();
    let mut from = 0;
    while let Some(found) = ["not, ", "never, ", "n't, ", "n\u{2019}t, "]
        .iter()
        .filter_map(|m| out[from..].find(m).map(|i| (from + i, m.len())))
        .min()
    {
        let (at, len) = found;
        let comma = at + len - 2;
        let Some(close) = out[comma + 1..].find(',').map(|i| comma + 1 + i) else {
            break;
        };
        if close - comma > LONGEST {
            from = comma + 1;
            continue;
        }
        out.replace_range(comma..=close, "");
        from = comma;
    }
    out
}

/// Whether every whole-word match of `cues` in `lower` stands in title case in
/// `words` (the same text, case kept): "Death Sentences and Executions in 2020", the
/// title of a report cited, not a report of any. One capitalised word counts only
/// away from the sentence's opening; words in capitals throughout (a headline) do not.
fn only_titled(words: &str, lower: &str, cues: &[String]) -> bool {
    if words.len() != lower.len() {
        return false;
    }
    let title_word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    let opening = |at: usize| {
        words[..at]
            .trim_matches(|c: char| !c.is_alphabetic())
            .is_empty()
    };
    let mut any = false;
    for cue in cues {
        for (at, _) in lower.match_indices(cue.as_str()) {
            let end = at + cue.len();
            let bounded = (at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric())
                && (end >= lower.len() || !lower.as_bytes()[end].is_ascii_alphabetic());
            if !bounded {
                continue;
            }
            let found = &words[at..end];
            let parts: Vec<&str> = found.split_whitespace().collect();
            let titled = parts.iter().all(|w| title_word(w)) && (parts.len() > 1 || !opening(at));
            if !titled {
                return false;
            }
            any = true;
        }
    }
    any
}

/// The day after `iso` (`YYYY-MM-DD`).
fn next_day(iso: &str) -> String {
    let Some(d) = PartialDate::parse(iso) else {
        return iso.to_string();
    };
    let (Some(month), Some(day)) = (d.month, d.day) else {
        return iso.to_string();
    };
    if day < dossier_model::days_in_month(d.year, month) {
        PartialDate::day(d.year, month, day + 1).first_day()
    } else if month < 12 {
        PartialDate::day(d.year, month + 1, 1).first_day()
    } else {
        PartialDate::day(d.year + 1, 1, 1).first_day()
    }
}

/// What the evidence says at one day.
#[derive(Clone, Debug, Default)]
struct Verdict {
    status: Option<&'static str>,
    moratorium: bool,
    basis: String,
    /// The day the reasoning dates this status from, when it is not a fact's date
    /// (the ten-year rule's switch).
    from: Option<String>,
    citations: Vec<Citation>,
    moratorium_since: Option<(String, Vec<Citation>)>,
    conflicts: Vec<(Option<&'static str>, Vec<Citation>)>,
}

/// The moratorium in force at `day`: the fact that began it.
fn moratorium_at<'f>(known: &[&'f Fact]) -> Option<&'f Fact> {
    let mut on: Option<&Fact> = None;
    for fact in known {
        match fact.change {
            Change::Moratorium(true) if on.is_none() => on = Some(fact),
            Change::Moratorium(false) | Change::Abolish(Scope::All, _) => on = None,
            Change::Label(ALL_CRIMES) => on = None,
            Change::Executions if on.is_some_and(|m| fact.lo > m.hi) => on = None,
            _ => {}
        }
    }
    on
}

/// The day a moratorium makes the jurisdiction abolitionist in practice, and the
/// executions that day counts from.
fn quiet_switch<'f>(moratorium: &'f Fact, known: &[&'f Fact]) -> (String, Option<&'f Fact>) {
    let last_exec = known
        .iter()
        .filter(|f| f.change == Change::Executions && f.lo <= moratorium.hi)
        .max_by(|a, b| a.hi.cmp(&b.hi).then(b.lo.cmp(&a.lo)))
        .copied();
    let from = match last_exec {
        // Executions said to be the last count however long before the moratorium.
        Some(e)
            if e.hi <= moratorium.lo
                && (e.last || shift_years(&e.hi, MORATORIUM_LAG_YEARS) >= moratorium.lo) =>
        {
            e.hi.clone()
        }
        _ => moratorium.lo.clone(),
    };
    (shift_years(&from, QUIET_YEARS), last_exec)
}

/// Years a category read from evidence is carried past its latest day before a later
/// classification in law that no document dates can cut it short.
const CARRIED_YEARS: i32 = 1;

/// The same for retention shown by executions or sentences: past this, a later
/// undated classification in law leaves the day unknown.
const RETAINED_YEARS: i32 = 2;

/// The verdict at `day`, unless it is "in practice" carried forward from evidence
/// more than a year older and a later document classifies the jurisdiction abolitionist in law with
/// no dated abolition after `day`: "abolitionist in practice" on a page of 2008 and
/// "abolitionist for all crimes" in a list as of 2015 leave 2012 unknown, since
/// nothing says when the law changed. Or unless a court struck the statute down
/// (`Change::Struck`) and nothing since says the death penalty is in force.
/// An abolition dated only by a span of several years ("which abolished capital
/// punishment in the 1990s") is not known to hold before the span ends: in 1994 the
/// law may or may not have changed yet.
fn abolished_within_unknown_years(fact: &Fact, day: &str) -> bool {
    matches!(
        fact.change,
        Change::Abolish(Scope::All | Scope::Ordinary, _)
    ) && fact.lo.get(..4) != fact.hi.get(..4)
        && day < fact.hi.as_str()
}

fn at(facts: &[Fact], day: &str) -> Verdict {
    if let Some(ceased) = facts
        .iter()
        .find(|f| f.change == Change::Ceased && f.lo.as_str() <= day)
    {
        return Verdict {
            basis: ceased.basis.clone(),
            ..Verdict::default()
        };
    }
    let verdict = at_known(facts, day);
    if !matches!(verdict.status, Some(IN_PRACTICE | RETENTIONIST)) {
        return verdict;
    }
    // A statute struck down by a court, and nothing since that says the death
    // penalty is in force: unknown.
    let struck = facts
        .iter()
        .filter(|f| f.change == Change::Struck && f.lo.as_str() <= day)
        .max_by(|a, b| a.lo.cmp(&b.lo));
    if let Some(struck) = struck {
        let since = facts
            .iter()
            .any(|f| f.retains() && f.lo > struck.hi && f.lo.as_str() <= day);
        if !since {
            return Verdict {
                basis: format!(
                    "unknown: {}, and nothing since says it is in force",
                    struck.basis
                ),
                ..Verdict::default()
            };
        }
    }
    // "In practice" is carried so; retention shown by executions keeps its ten years
    // through an abolition a later document says was done by its day only while its
    // own evidence is at most `RETAINED_YEARS` old: "executions took place until
    // 1988" and "abolished at independence" on a page of 2021 leave 1991 unknown.
    let retained = verdict.status == Some(RETENTIONIST);
    let Some(latest) = facts
        .iter()
        .filter(|f| f.lo.as_str() <= day && (!retained || f.retains()))
        .map(|f| f.hi.as_str())
        .max()
    else {
        return verdict;
    };
    let carried = if retained {
        RETAINED_YEARS
    } else {
        CARRIED_YEARS
    };
    if shift_years(latest, carried).as_str() >= day {
        return verdict;
    }
    let Some(later) = facts
        .iter()
        .filter(|f| f.lo.as_str() > day && matches!(f.change, Change::Label(ALL_CRIMES | ORDINARY)))
        .min_by(|a, b| a.lo.cmp(&b.lo))
    else {
        return verdict;
    };
    let dated = facts.iter().any(|f| {
        matches!(f.change, Change::Abolish(Scope::All | Scope::Ordinary, _))
            && f.lo.as_str() > day
            && f.lo <= later.lo
    });
    if dated {
        return verdict;
    }
    Verdict {
        basis: format!(
            "unknown: {}, but {}, and no document says when the law changed",
            verdict.basis, later.basis
        ),
        ..Verdict::default()
    }
}

/// "The Bahamas last carried out an execution in January 2000 ... it is classified
/// in the annex as retentionist": a label of retention that the quiet years' own
/// document gives after they reached ten years is its category despite them.
fn classes_despite_quiet(label: &Fact, quiet: &Fact, switch: &str) -> bool {
    label.lo.as_str() >= switch
        && label
            .citations
            .iter()
            .any(|l| quiet.citations.iter().any(|q| q.doc == l.doc))
}

fn at_known(facts: &[Fact], day: &str) -> Verdict {
    let known: Vec<&Fact> = facts
        .iter()
        .filter(|f| f.lo.as_str() <= day && !abolished_within_unknown_years(f, day))
        .collect();
    let mut verdict = Verdict::default();
    let moratorium = moratorium_at(&known);
    if let Some(m) = moratorium {
        verdict.moratorium_since = Some((
            m.date.start.map(|d| d.to_string()).unwrap_or_default(),
            m.citations.clone(),
        ));
    }
    // The latest abolition in force: one that a reinstatement after it undid is not.
    let law = known
        .iter()
        .rev()
        .find(|f| f.legal().is_some() || f.change == Change::Reinstated)
        .filter(|f| f.legal().is_some());
    if let Some(law) = law {
        let scope = law.legal().unwrap_or(ALL_CRIMES);
        let against: Vec<&&Fact> = known
            .iter()
            .filter(|f| f.lo > law.hi && f.contradicts(scope))
            .collect();
        if !against.is_empty() {
            verdict.basis = format!(
                "the evidence conflicts: {} but {}",
                law.basis,
                against
                    .iter()
                    .map(|f| f.basis.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            );
            verdict.conflicts.push((Some(scope), law.citations.clone()));
            let mut other: Vec<Citation> =
                against.iter().flat_map(|f| f.citations.clone()).collect();
            tidy(&mut other);
            verdict.conflicts.push((Some(RETENTIONIST), other));
            verdict.moratorium_since = None;
            return verdict;
        }
        verdict.status = Some(scope);
        verdict.basis = law.basis.clone();
        // Every fact that tells the same change from the same day is cited, so the
        // words that state the date stand among them ("was abolished for all crimes in
        // 2021" beside "after Kazakhstan abolished the death penalty for all crimes").
        let mut citations: Vec<Citation> = known
            .iter()
            .filter(|f| f.legal() == law.legal() && f.lo == law.lo)
            .flat_map(|f| f.citations.clone())
            .collect();
        tidy(&mut citations);
        verdict.citations = citations;
        verdict.moratorium = moratorium.is_some() && scope != ALL_CRIMES;
        if !verdict.moratorium {
            verdict.moratorium_since = None;
        }
        return verdict;
    }
    let last_label = |l: &'static str| {
        known
            .iter()
            .rev()
            .find(|f| {
                f.change == Change::Label(RETENTIONIST) || f.change == Change::Label(IN_PRACTICE)
            })
            .filter(|f| f.change == Change::Label(l))
            .copied()
    };
    let retention_label = last_label(RETENTIONIST);
    let executions_after = |from: &str| {
        known
            .iter()
            .any(|f| f.change == Change::Executions && f.lo.as_str() > from)
    };
    // "has lifted a moratorium ... in force since 2003": quiet years told before the
    // lifting do not hold after it.
    let lifted_after = |from: &str| {
        known
            .iter()
            .any(|f| f.change == Change::Moratorium(false) && f.lo.as_str() > from)
    };
    // Ten years without executions, shown by a moratorium in force.
    if let Some(m) = moratorium {
        let (switch, last_exec) = quiet_switch(m, &known);
        let label_later = retention_label.is_some_and(|r| r.lo >= switch);
        if switch.as_str() <= day && !label_later && !executions_after(&m.lo) {
            verdict.status = Some(IN_PRACTICE);
            verdict.moratorium = true;
            verdict.from = Some(switch.clone());
            verdict.basis = match last_exec {
                Some(e) => format!(
                    "ten years without executions: the last known were in {}, and a moratorium has held since {}",
                    e.date.words(),
                    m.date.words()
                ),
                None => format!(
                    "ten years without executions: a moratorium has held since {}",
                    m.date.words()
                ),
            };
            verdict.citations = m.citations.clone();
            if let Some(e) = last_exec {
                verdict.citations.extend(e.citations.iter().cloned());
            }
            tidy(&mut verdict.citations);
            return verdict;
        }
    }
    // Ten years without executions, stated: "none since 1997" said in 2022.
    let quiet = known
        .iter()
        .rev()
        .filter(|f| f.change == Change::Quiet)
        .find(|f| {
            let switch = shift_years(&f.lo, QUIET_YEARS);
            let expiry = next_day(&shift_years(&f.hi, RETENTION_HORIZON_YEARS));
            switch.as_str() <= day
                && f.hi >= switch
                && day < expiry.as_str()
                && !executions_after(&f.lo)
                && !lifted_after(&f.lo)
                && retention_label.is_none_or(|r| r.lo <= f.hi)
                && !retention_label.is_some_and(|r| classes_despite_quiet(r, f, &switch))
        });
    if let Some(q) = quiet {
        let switch = shift_years(&q.lo, QUIET_YEARS);
        verdict.status = Some(IN_PRACTICE);
        verdict.moratorium = moratorium.is_some();
        verdict.from = Some(switch);
        verdict.basis = format!("ten years without executions: {}", q.basis);
        verdict.citations = q.citations.clone();
        return verdict;
    }
    // A stated "abolitionist in practice" speaks for its day and the ten years after
    // it, as stated quiet does: a page of 2012 says nothing of 2024.
    if let Some(p) = last_label(IN_PRACTICE) {
        let expiry = next_day(&shift_years(&p.hi, RETENTION_HORIZON_YEARS));
        if !executions_after(&p.hi) && !lifted_after(&p.hi) && day < expiry.as_str() {
            verdict.status = Some(IN_PRACTICE);
            verdict.moratorium = moratorium.is_some();
            verdict.basis = p.basis.clone();
            verdict.citations = p.citations.clone();
            return verdict;
        }
    }
    let horizon = shift_years(day, -RETENTION_HORIZON_YEARS);
    let recent: Vec<&&Fact> = known
        .iter()
        .filter(|f| f.retains() && f.hi >= horizon)
        .collect();
    let Some(latest) = recent.iter().max_by(|a, b| a.hi.cmp(&b.hi)) else {
        if let Some(next) = executions_soon_after(facts, day) {
            verdict.status = Some(RETENTIONIST);
            verdict.basis = format!(
                "executions reported for {}, within {PRIOR_YEARS} years after this date, with no quiet years before them",
                next.date.words()
            );
            verdict.citations = next.citations.clone();
            verdict.moratorium_since = None;
            return verdict;
        }
        verdict.basis = match known.iter().rev().find(|f| f.retains()) {
            Some(f) => format!(
                "too little evidence: the latest, {}, is more than ten years older",
                f.basis
            ),
            None => "no dated evidence before this date".to_string(),
        };
        verdict.moratorium_since = None;
        return verdict;
    };
    // "Northia and Southia retain the death penalty; Northia hanged a man in 2022",
    // of Southia: retained in law, another's use told beside it and nothing known of
    // its own (no executions, no death sentences, no quiet years): retentionist or
    // abolitionist in practice, no answer.
    if recent.iter().all(|f| f.said)
        && !known.iter().any(|f| {
            matches!(
                f.change,
                Change::Executions | Change::Sentences | Change::Quiet | Change::Moratorium(_)
            )
        })
    {
        verdict.basis = format!("unknown: {}, and nothing of its use is known", latest.basis);
        verdict.moratorium_since = None;
        return verdict;
    }
    // "has not carried out an execution since 2008", said in 2018: stated quiet a
    // few months short of ten years leaves the category on its edge; no answer.
    let near_switch = known.iter().find(|f| {
        let switch = shift_years(&f.lo, QUIET_YEARS);
        f.change == Change::Quiet
            && day < switch.as_str()
            && shift_years(&switch, -NEAR_SWITCH_YEARS).as_str() < day
            && f.hi.as_str() > shift_years(&switch, -NEAR_SWITCH_YEARS).as_str()
            && !executions_after(&f.lo)
            && latest.change == Change::Executions
            && latest.hi <= f.lo
    });
    if let Some(q) = near_switch {
        verdict.basis = format!(
            "on the edge: {}, short of ten years without executions",
            q.basis
        );
        verdict.moratorium_since = None;
        return verdict;
    }
    // "has executed no one since 1989 and is considered abolitionist in practice":
    // when the newest retaining fact is an "abolitionist in practice" label that
    // `last_label` above did not accept (a newer label of retention, executions or a
    // lifted moratorium after it, or its ten years spent; on a page of no known day
    // too), that label is still no evidence of retention: no answer.
    if latest.change == Change::Label(IN_PRACTICE) {
        verdict.basis = format!("unknown: {}, and nothing says it still holds", latest.basis);
        verdict.moratorium_since = None;
        return verdict;
    }
    // "has not carried out an execution since 1983", on a page of 2021, against "two
    // men were hanged in 2019" on another: the documents disagree on the last
    // executions, and neither says the other is wrong. No answer.
    if latest.change == Change::Executions {
        let other_page = |q: &Fact| {
            q.citations
                .iter()
                .all(|c| latest.citations.iter().all(|e| e.doc != c.doc))
        };
        if let Some(q) = known.iter().find(|q| {
            q.change == Change::Quiet && q.lo < latest.lo && latest.hi <= q.hi && other_page(q)
        }) {
            verdict.basis = format!("the evidence conflicts: {} but {}", latest.basis, q.basis);
            verdict
                .conflicts
                .push((Some(RETENTIONIST), latest.citations.clone()));
            verdict
                .conflicts
                .push((Some(IN_PRACTICE), q.citations.clone()));
            verdict.moratorium_since = None;
            return verdict;
        }
    }
    verdict.status = Some(RETENTIONIST);
    verdict.moratorium = moratorium.is_some();
    verdict.basis = latest.basis.clone();
    verdict.citations = latest.citations.clone();
    if let Some(r) = retention_label {
        verdict.citations.extend(r.citations.iter().cloned());
    }
    tidy(&mut verdict.citations);
    verdict
}

/// Years before reported executions in which the jurisdiction is taken to have
/// been retentionist already.
const PRIOR_YEARS: i32 = 5;

/// "The country carried out its last execution in October 1984": executions
/// within `PRIOR_YEARS` after `day`, not said to end a hiatus (no quiet years told
/// before them) and with no abolition between: the death penalty was in force and
/// in use at `day`.
fn executions_soon_after<'f>(facts: &'f [Fact], day: &str) -> Option<&'f Fact> {
    let until = shift_years(day, PRIOR_YEARS);
    let next = facts
        .iter()
        .filter(|f| f.change == Change::Executions && !f.exceptional)
        .filter(|f| f.lo.as_str() > day && f.lo <= until)
        .min_by(|a, b| a.lo.cmp(&b.lo))?;
    if next.resumed {
        return None;
    }
    // Executions known before `day` from a sentence of resumption, more than ten
    // years before the next ones: the years between were quiet ("These were the
    // first judicial executions in Myanmar since 1988", told apart from the
    // hangings it speaks of); no answer.
    let gap = facts.iter().any(|f| {
        f.change == Change::Executions
            && f.resumed
            && f.hi.as_str() < day
            && shift_years(&f.hi, QUIET_YEARS) < next.lo
    });
    if gap {
        return None;
    }
    let interrupted = facts.iter().any(|f| {
        (f.change == Change::Quiet && f.lo < next.lo && f.hi >= next.lo)
            || (f.legal().is_some() && f.lo.as_str() > day && f.lo <= next.lo)
            || (matches!(f.change, Change::Moratorium(_) | Change::Label(IN_PRACTICE))
                && f.lo < next.lo
                && f.hi.as_str() >= shift_years(day, -QUIET_YEARS).as_str())
    });
    (!interrupted).then_some(next)
}

/// The days on which the verdict may change, each with the words to show as the
/// start of a period (the fact's own precision).
fn change_points(facts: &[Fact]) -> Vec<(String, String)> {
    let mut points: Vec<(String, String)> = Vec::new();
    for fact in facts {
        let shown = fact
            .date
            .start
            .map(|d| d.to_string())
            .unwrap_or_else(|| fact.lo.clone());
        points.push((fact.lo.clone(), shown));
        if fact.change == Change::Quiet {
            let switch = shift_years(&fact.lo, QUIET_YEARS);
            points.push((switch.clone(), switch));
            let expiry = next_day(&shift_years(&fact.hi, RETENTION_HORIZON_YEARS));
            points.push((expiry.clone(), expiry));
            continue;
        }
        if matches!(fact.change, Change::Moratorium(true) | Change::Executions) {
            let base = if fact.change == Change::Executions {
                &fact.hi
            } else {
                &fact.lo
            };
            let switch = shift_years(base, QUIET_YEARS);
            points.push((switch.clone(), switch));
        }
        if fact.retains() {
            let expiry = next_day(&shift_years(&fact.hi, RETENTION_HORIZON_YEARS));
            points.push((expiry.clone(), expiry));
        }
    }
    points.sort();
    points.dedup_by(|a, b| a.0 == b.0);
    points
}

fn history(facts: &[Fact]) -> Vec<Period> {
    let mut periods: Vec<Period> = Vec::new();
    for (day, shown) in change_points(facts) {
        let verdict = at(facts, &day);
        let same = periods
            .last()
            .is_some_and(|p| p.status == verdict.status && p.moratorium == verdict.moratorium);
        if same || (periods.is_empty() && verdict.status.is_none() && !verdict.moratorium) {
            continue;
        }
        let (lo, start) = match &verdict.from {
            Some(from) if from.as_str() <= day.as_str() => (from.clone(), from.clone()),
            _ => (day.clone(), shown.clone()),
        };
        // A period never starts before the one it follows.
        let (lo, start) = match periods.last() {
            Some(previous) if previous.lo >= lo => (day.clone(), shown),
            _ => (lo, start),
        };
        if let Some(previous) = periods.last_mut() {
            previous.end = Some(start.clone());
        }
        let mut citations = verdict.citations.clone();
        for (_, side) in &verdict.conflicts {
            citations.extend(side.iter().cloned());
        }
        tidy(&mut citations);
        periods.push(Period {
            start,
            end: None,
            status: verdict.status,
            moratorium: verdict.moratorium,
            basis: verdict.basis,
            citations,
            lo,
        });
    }
    periods
}

fn dedup_folded(values: &mut Vec<String>) {
    let mut seen = Vec::new();
    values.retain(|v| {
        let key = fold_name(v);
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
}

/// Status of `jurisdiction` at `as_of`, from the graph's events and the documents'
/// statements. `None` when nothing in the corpus is about that jurisdiction.
pub fn status(
    docs: &[DocInput],
    graph: &Graph,
    jurisdiction: &str,
    as_of: PartialDate,
) -> Option<StatusReport> {
    let key = fold_name(jurisdiction);
    if key.is_empty() {
        return None;
    }
    let (facts, offences, excluded_groups) = facts(docs, graph, &key);
    if facts.is_empty() && offences.is_empty() && excluded_groups.is_empty() {
        return None;
    }
    let periods = history(&facts);
    let day = as_of.first_day();
    let verdict = at(&facts, &day);
    let mut report = StatusReport {
        jurisdiction: jurisdiction.to_string(),
        as_of,
        status: verdict.status,
        moratorium: verdict.moratorium,
        capital_offences: Vec::new(),
        excluded: Vec::new(),
        since: None,
        reason: String::new(),
        citations: Vec::new(),
        conflicts: verdict.conflicts.clone(),
        history: periods.clone(),
    };
    let Some(status) = verdict.status else {
        report.reason = if !verdict.conflicts.is_empty() {
            format!("no status: {}", verdict.basis)
        } else if facts.iter().all(|f| f.lo > day) {
            match facts.first() {
                Some(first) => format!(
                    "no evidence about {jurisdiction} before {}",
                    first.date.words()
                ),
                None => format!("no dated evidence about {jurisdiction}"),
            }
        } else {
            format!("no status: {}", verdict.basis)
        };
        return Some(report);
    };
    let current = periods.iter().rposition(|p| p.lo <= day);
    let run_start = current.map(|current| {
        (0..=current)
            .rev()
            .take_while(|i| periods[*i].status == Some(status))
            .last()
            .unwrap_or(current)
    });
    report.since = run_start
        .filter(|&i| periods[i].status == Some(status))
        .map(|i| periods[i].start.clone())
        .or_else(|| verdict.from.clone());
    let mut citations: Vec<Citation> = verdict.citations.clone();
    if let Some(i) = run_start.filter(|&i| periods[i].status == Some(status)) {
        citations.extend(periods[i].citations.iter().cloned());
    }
    if let Some((_, cited)) = &verdict.moratorium_since {
        citations.extend(cited.iter().cloned());
    }

    let holds = |h: &Held| match (&h.lo, &h.hi) {
        (Some(lo), Some(hi)) => *lo <= day && day <= *hi,
        _ => true,
    };
    if status != ALL_CRIMES {
        let law_exceptions: Vec<String> = facts
            .iter()
            .filter(|f| f.lo <= day)
            .rev()
            .find_map(|f| match &f.change {
                Change::Abolish(Scope::Ordinary, e) if status == ORDINARY => Some(e.clone()),
                _ => None,
            })
            .unwrap_or_default();
        let dated: Vec<&Held> = offences.iter().filter(|h| h.dated && holds(h)).collect();
        let undated: Vec<&Held> = offences.iter().filter(|h| !h.dated).collect();
        // The exceptions the abolition itself names, else statements dated then,
        // else (only once abolished for ordinary crimes) undated present-tense ones.
        if !law_exceptions.is_empty() {
            report.capital_offences = law_exceptions;
        } else if !dated.is_empty() {
            report.capital_offences = dated.iter().map(|h| h.value.clone()).collect();
            citations.extend(dated.iter().map(|h| h.citation.clone()));
        } else if status == ORDINARY {
            report.capital_offences = undated.iter().map(|h| h.value.clone()).collect();
            citations.extend(undated.iter().map(|h| h.citation.clone()));
        }
        let groups: Vec<&Held> = excluded_groups.iter().filter(|h| holds(h)).collect();
        report.excluded = groups.iter().map(|h| h.value.clone()).collect();
        citations.extend(groups.iter().map(|h| h.citation.clone()));
    }
    dedup_folded(&mut report.capital_offences);
    dedup_folded(&mut report.excluded);
    for citation in &mut citations {
        past_list_head(docs, citation);
    }
    tidy(&mut citations);
    report.citations = citations;

    let mut reason = format!(
        "{} since {} ({})",
        in_words(Some(status)),
        report.since.as_deref().unwrap_or("an unknown date"),
        verdict.basis
    );
    if let Some((since, _)) = &verdict.moratorium_since {
        reason.push_str(&format!("; moratorium on executions since {since}"));
    }
    if status != ALL_CRIMES {
        let last = facts
            .iter()
            .filter(|f| f.change == Change::Executions && f.lo <= day)
            .max_by(|a, b| a.hi.cmp(&b.hi).then(b.lo.cmp(&a.lo)));
        if let Some(last) = last {
            reason.push_str(&format!("; last known executions {}", last.date.words()));
        }
    }
    if status == RETENTIONIST && verdict.moratorium {
        reason.push_str("; a moratorium alone does not make a country abolitionist in practice (Amnesty: 10 years without executions)");
    }
    report.reason = reason;
    Some(report)
}

/// A citation that opens on a list item's head year ("- 1987 – East Germany (all
/// crimes; ...)"), cited from after it: the head is often markup ("- **1987** –")
/// the kept text has changed, and the quote must stand in the document.
fn past_list_head(docs: &[DocInput], citation: &mut Citation) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[-*•]\s+)?(?:1[0-9]|20)\d\d\s*[–—:-]\s+").expect("a valid pattern")
    });
    let Some(doc) = docs.iter().find(|d| d.name == citation.doc) else {
        return;
    };
    let Some(head) = HEAD.find(citation.span.slice(doc.text)) else {
        return;
    };
    let start = citation.span.start + head.end() as u32;
    if start < citation.span.end {
        citation.span = Span::new(start as usize, citation.span.end as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile;
    use crate::testkit::{inputs, pd, TestDoc};

    /// `key`'s status on `day` from `docs`, reconciled as the CLI does.
    fn status_at(docs: &[TestDoc], key: &str, day: &str) -> Option<StatusReport> {
        let inputs = inputs(docs);
        let graph = reconcile(&inputs);
        status(&inputs, &graph, key, pd(day))
    }

    /// `docs` give `key` no status on `day`: unknown, or known with none.
    #[track_caller]
    fn assert_no_status(docs: &[TestDoc], key: &str, day: &str) {
        let report = status_at(docs, key, day);
        assert!(
            report.as_ref().is_none_or(|r| r.status.is_none()),
            "{key} on {day}: {:?}",
            report.map(|r| (r.status, r.reason))
        );
    }

    #[test]
    fn abolition_scope_table() {
        use EventKind::*;
        let cases = [
            (
                Abolition,
                "The death penalty was abolished for all crimes.",
                Some(Scope::All),
            ),
            // A prohibition for a group of people abolishes it for them alone.
            (
                LawAdopted,
                "The Juvenile Justice Act prohibited the imposition of the death penalty for crimes committed by persons under 18.",
                Some(Scope::Partial),
            ),
            (
                LawAdopted,
                "The 2019 law prohibits the imposition of the death penalty on pregnant women.",
                Some(Scope::Partial),
            ),
            (
                Abolition,
                "It abolished capital punishment.",
                Some(Scope::All),
            ),
            (
                Abolition,
                "The death penalty was abolished for ordinary crimes only.",
                Some(Scope::Ordinary),
            ),
            (
                Abolition,
                "The death penalty was abolished in peacetime.",
                Some(Scope::Ordinary),
            ),
            // One code's offences: the military code is left.
            (
                LawAdopted,
                "In 2004 parliament abolished the death penalty for all offences under the Criminal Code.",
                Some(Scope::Ordinary),
            ),
            (
                Abolition,
                "A 1962 decree abolished capital punishment for every offence under the ordinary penal code.",
                Some(Scope::Ordinary),
            ),
            (
                Abolition,
                "A 1999 law abolished capital punishment for all offences in the military penal code.",
                Some(Scope::All),
            ),
            // "All crimes", the category's own name, stays all crimes.
            (
                Abolition,
                "In 1880 the kingdom abolished the death penalty for all crimes in its penal code.",
                Some(Scope::All),
            ),
            (
                Abolition,
                "Capital punishment was abolished for seven crimes.",
                Some(Scope::Partial),
            ),
            (
                LawAdopted,
                "A law abolished the mandatory death penalty for murder.",
                Some(Scope::Partial),
            ),
            // Murder alone: what stays is treason and war crimes, the exceptional
            // ones (Amnesty's "ordinary crimes").
            (
                Abolition,
                "The United Kingdom abolished the death penalty for murder in 1965.",
                Some(Scope::Ordinary),
            ),
            (
                Abolition,
                "The state abolished the death penalty for murder but kept it for drug trafficking.",
                Some(Scope::Partial),
            ),
            (
                Abolition,
                "Parliament abolished the death penalty for murder and armed robbery.",
                Some(Scope::Partial),
            ),
            (
                Abolition,
                "The 1995 act abolished the death penalty for treason, the last capital crime.",
                Some(Scope::All),
            ),
            // The last capital crime is the one kept, not the one abolished.
            (
                Abolition,
                "A 1971 statute abolished capital punishment for murder; treason stayed the last capital offence until 2002.",
                Some(Scope::Ordinary),
            ),
            (
                Abolition,
                "A 1971 statute abolished capital punishment for murder, while treason remained the last capital offence until 2002.",
                Some(Scope::Ordinary),
            ),
            // Some murders only: the death penalty stays for the others.
            (
                LawAdopted,
                "The 2004 law abolished the death penalty for murder committed by minors.",
                Some(Scope::Partial),
            ),
            (
                Abolition,
                "The code abolished capital punishment for murder of a prison guard.",
                Some(Scope::Partial),
            ),
            (
                Abolition,
                "Parliament abolished the death penalty for felony murder in 1988.",
                Some(Scope::Partial),
            ),
            (
                Abolition,
                "The assembly abolished the death penalty for the murder in 1988 debates.",
                Some(Scope::Ordinary),
            ),
            (Abolition, "The post of deputy was abolished.", None),
            (
                ConstitutionalAmendment,
                "An amendment abolished the death penalty for every crime except treason.",
                Some(Scope::Ordinary),
            ),
            (
                ConstitutionalAmendment,
                "An amendment extended presidential terms.",
                None,
            ),
            (
                LawAdopted,
                "A law abolishing the death penalty entirely.",
                Some(Scope::All),
            ),
            (LawAdopted, "A law on moratorium was signed.", None),
            (
                Execution,
                "He was executed after abolition was debated.",
                None,
            ),
        ];
        for (kind, text, expect) in cases {
            assert_eq!(abolition_scope(kind, text), expect, "{text}");
        }
    }

    /// Session 23: "for most crimes" is an abolition for ordinary crimes.
    #[test]
    fn most_crimes_is_ordinary_crimes() {
        assert_eq!(
            abolition_scope(
                EventKind::Abolition,
                "Latvia, which abolished the death penalty for most crimes in 1999, retained it only for crimes committed in time of war."
            ),
            Some(Scope::Ordinary)
        );
    }

    /// Session 23: "The ruling made X the Nth state to abolish the death penalty" is an
    /// abolition told now.
    #[test]
    fn the_ruling_made_it_the_nth_state_to_abolish() {
        assert!(abolishes_now()
            .is_match("the ruling made delaware the 20th state to abolish the death penalty."));
        assert!(!abolishes_now().is_match("the ruling made delaware's sentencing law void."));
    }

    #[test]
    fn exceptions_table() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "abolished for all crimes except acts of terror causing death and grave crimes in time of war.",
                &["acts of terror causing death", "grave crimes in time of war"],
            ),
            ("abolished save for treason; later, more.", &[]),
            ("abolished, with the exception of military espionage", &["military espionage"]),
            ("abolished for all crimes", &[]),
        ];
        for (text, expect) in cases {
            assert_eq!(exceptions(text), expect, "{text}");
        }
    }

    /// A decree of 2005 abolishing the death penalty from 2008: retained in between,
    /// abolished after; a map legend and a world statistic ground nothing.
    #[test]
    fn an_event_dated_by_its_day_of_effect_keeps_its_enactment() {
        use crate::testkit::tv;
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.paragraph();
        let decree = d.text.len();
        d.say("On ");
        let signed_at = d.text.len();
        d.say("1 August 2005");
        let signed = dossier_model::Span::new(signed_at, d.text.len());
        d.say(" Ostland's president signed a decree abolishing the death penalty from ");
        let at = d.text.len();
        d.say("1 January 2008");
        let span = dossier_model::Span::new(at, d.text.len());
        d.say(". ");
        for (span, value) in [(signed, "2005-08-01"), (span, "2008-01-01")] {
            d.extraction.times.push(dossier_model::TimeMention {
                span,
                value: Some(tv(value)),
                anchor: None,
                is_duration: false,
                duration: None,
                rule: "test".into(),
            });
        }
        let evidence = dossier_model::Span::new(decree, span.end as usize);
        d.extraction.events.push(dossier_model::Event {
            kind: EventKind::Abolition,
            span: evidence,
            trigger: evidence,
            date: Some(tv("2008-01-01")),
            date_span: Some(span),
            participants: vec![],
            quantity: None,
            place: None,
            modality: Modality::Asserted,
            rule: "test".into(),
        });
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        for (as_of, expect) in [
            ("2006-06-01", Some(RETENTIONIST)),
            ("2009-01-01", Some(ALL_CRIMES)),
        ] {
            let report = status(&inputs, &graph, "Ostland", pd(as_of)).expect("known");
            assert_eq!(report.status, expect, "{as_of}: {}", report.reason);
        }
    }

    #[test]
    fn effective_dates_legends_and_world_figures() {
        use crate::testkit::tv;
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.paragraph();
        d.say("Map as of 2021\n");
        d.statement(
            StatementKind::Status,
            "Abolished for all offences\nRetains death penalty\nLegal form of punishment but no executions for at least ten years",
            "abolitionist_for_all_crimes",
            Some("2021"),
        );
        d.paragraph();
        let decree = d.text.len();
        d.say("On 1 August 2005 Ostland's president signed a decree abolishing the death penalty from ");
        let at = d.text.len();
        d.say("1 January 2008");
        let span = dossier_model::Span::new(at, d.text.len());
        d.say(". ");
        d.extraction.times.push(dossier_model::TimeMention {
            span,
            value: Some(tv("2008-01-01")),
            anchor: None,
            is_duration: false,
            duration: None,
            rule: "test".into(),
        });
        let evidence = dossier_model::Span::new(decree, span.end as usize);
        d.extraction.events.push(dossier_model::Event {
            kind: EventKind::Abolition,
            span: evidence,
            trigger: evidence,
            date: Some(tv("2005-08-01")),
            date_span: None,
            participants: vec![],
            quantity: None,
            place: None,
            modality: Modality::Asserted,
            rule: "test".into(),
        });
        d.paragraph();
        d.count(
            EventKind::Execution,
            "At least 2,390 people were executed in 25 countries in 2010.",
            "2010",
            2390.0,
        );
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let cases = [
            ("2006-06-01", Some(RETENTIONIST)),
            ("2009-01-01", Some(ALL_CRIMES)),
            ("2012-01-01", Some(ALL_CRIMES)),
            ("2022-01-01", Some(ALL_CRIMES)),
        ];
        for (as_of, expect) in cases {
            let report = status(&inputs, &graph, "Ostland", pd(as_of)).expect("known");
            assert_eq!(report.status, expect, "{as_of}: {}", report.reason);
            for c in &report.citations {
                assert!(
                    !c.span.slice(&docs[0].text).contains("Retains"),
                    "{as_of}: legend cited"
                );
            }
        }
    }

    /// A sentence that names no place continues the one before it; one about
    /// another country does not count.
    #[test]
    fn subject_carried_from_the_sentence_before() {
        let mut d = TestDoc::new("a.txt");
        for _ in 0..3 {
            d.place("Westmark");
        }
        d.paragraph();
        d.say("Ostland remained the only one to hang juveniles.  ");
        d.count(
            EventKind::Execution,
            "Two men were hanged in 2008.",
            "2008",
            2.0,
        );
        d.paragraph();
        d.count(
            EventKind::Execution,
            "Westmark hanged a man in 1990.",
            "1990",
            1.0,
        );
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let report = status(&inputs, &graph, "Ostland", pd("2009-01-01")).expect("known");
        assert_eq!(report.status, Some(RETENTIONIST), "{}", report.reason);
        let early = status(&inputs, &graph, "Ostland", pd("1991-01-01")).expect("known");
        assert_eq!(early.status, None, "{}", early.reason);
    }

    /// A plan to stop executions, announced in a report's year, shows the death
    /// penalty in force over that year up to the announcement; a plan is never a
    /// moratorium.
    #[test]
    fn a_planned_moratorium_shows_the_penalty_in_force() {
        use crate::testkit::tv;
        let mut d = TestDoc::new("a.txt").period("1998");
        for _ in 0..3 {
            d.place("Ostland");
        }
        d.paragraph();
        let at = d.text.len();
        d.say("In December");
        let span = dossier_model::Span::new(at, d.text.len());
        d.say(
            " the authorities announced their intention to institute a moratorium on executions. ",
        );
        d.extraction.times.push(dossier_model::TimeMention {
            span,
            value: Some(tv("1998-12")),
            anchor: None,
            is_duration: false,
            duration: None,
            rule: "test".into(),
        });
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "1998-06-01").expect("known");
        assert_eq!(report.status, Some(RETENTIONIST), "{}", report.reason);
        assert!(!report.moratorium, "{}", report.reason);
        assert_no_status(&docs, "Ostland", "1997-06-01");
    }

    /// "No executions have been carried out since 1997" in a report on 2022: ten
    /// years of quiet from the end of 1997 make the state abolitionist in practice
    /// from 2007-12-31 to the report and for ten years after; before the switch the
    /// executions of 1997 show the penalty retained. Without a day the document
    /// speaks from, the statement proves nothing.
    #[test]
    fn an_undated_page_speaks_from_the_last_year_it_reports() {
        // A page with no date and no period: "no execution has been carried out
        // since 2000" and "lists Ostland as abolitionist for ordinary crimes" hold
        // from no earlier than the last year it reports (2022), not from a plan's.
        let mut d = TestDoc::new("page.txt");
        for _ in 0..3 {
            d.place("Ostland");
        }
        d.paragraph();
        d.event(
            EventKind::Execution,
            "Ostland executed two men in 2000.",
            Some("2000"),
            &[],
        );
        d.say(" The penalty is legal in Ostland, although no execution has been carried out ");
        d.date("since 2000", "2000/");
        d.say(". The government will review the code in ");
        d.date("2031", "2031");
        d.say(". ");
        d.date("As of 2022", "2022");
        d.say(", no one was on death row. ");
        d.statement(
            StatementKind::Status,
            "A group lists Ostland as abolitionist for ordinary crimes.",
            "abolitionist_for_ordinary_crimes",
            None,
        );
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let at = |day: &str| status(&inputs, &graph, "Ostland", pd(day));
        let status_at = |day: &str| at(day).and_then(|r| r.status);
        // Within two years of the executions: retention read from them holds
        // through the later undated classification (`RETAINED_YEARS`).
        assert_eq!(status_at("2001-06-30"), Some(RETENTIONIST));
        assert_eq!(status_at("2012-06-30"), Some(IN_PRACTICE));
        assert_eq!(status_at("2023-01-01"), Some(ORDINARY));
        let words = at("2023-01-01").map(|r| r.reason).unwrap_or_default();
        assert!(words.contains("written in 2022 or later"), "{words}");
        // With nothing written in full after the executions, nothing follows.
        let mut bare = TestDoc::new("bare.txt");
        for _ in 0..3 {
            bare.place("Ostland");
        }
        bare.say("No execution has been carried out since 2000 in Ostland. ");
        let bare = vec![bare.done()];
        assert_no_status(&bare, "Ostland", "2012-06-30");
    }

    #[test]
    fn news_of_an_abolition_and_of_the_country_before_it() {
        let mut d = TestDoc::new("news.txt").published("2022-11-25");
        d.place("Ostland");
        d.place("Ostland");
        d.paragraph();
        // Abolished by the day of the story, with no date of its own.
        d.event(
            EventKind::Abolition,
            "Ostland has abolished the death penalty, state media reported.",
            None,
            &[],
        );
        // "The country" is Ostland, though another country's name follows.
        let text = "The country's last known executions took place in 2014, before the country joined the Union of Westlandish Speaking Countries.";
        d.event(EventKind::Execution, text, Some("2014"), &[]);
        let at = d.text.find("Westlandish").expect("said");
        d.extraction.mentions.push(dossier_model::Mention {
            kind: dossier_model::MentionKind::Place,
            span: dossier_model::Span::new(at, at + 11),
            name: "Westlandish".into(),
            name_span: dossier_model::Span::new(at, at + 11),
            role: None,
            acronym: None,
            value: Some("Westland".into()),
            approx: None,
            rule: "test".into(),
        });
        d.paragraph();
        d.place("Westland");
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let at = |day: &str| status(&inputs, &graph, "Ostland", pd(day)).and_then(|r| r.status);
        assert_eq!(at("2016-01-01"), Some(RETENTIONIST));
        assert_eq!(at("2022-11-25"), Some(ALL_CRIMES));
        // Westland's status is not Ostland's.
        assert_no_status(&docs, "Westland", "2016-01-01");
    }

    #[test]
    fn quiet_since_that_date_and_with_an_adjective() {
        let build = |words: &str| {
            let mut d = TestDoc::new("release.txt").published("2019-03-15");
            for _ in 0..3 {
                d.place("Ostland");
            }
            d.paragraph();
            d.say("Ostland executed two men on ");
            d.date("30 April 2004", "2004-04-30");
            d.say(". ");
            d.say(words);
            d.done()
        };
        for words in [
            "No death sentences have been handed down and no executions carried out since that date.",
            "Ostland has not carried out a judicial execution since then.",
        ] {
            let docs = vec![build(words)];
            let inputs = inputs(&docs);
            let graph = reconcile(&inputs);
            let report = status(&inputs, &graph, "Ostland", pd("2019-03-15")).expect("known");
            assert_eq!(report.status, Some(IN_PRACTICE), "{words}: {}", report.reason);
        }
        // "since" a date not written before: nothing follows.
        let docs = vec![build(
            "No executions have been carried out since the reform.",
        )];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let report = status(&inputs, &graph, "Ostland", pd("2019-03-15"));
        assert!(report.is_none_or(|r| r.status != Some(IN_PRACTICE)));
    }

    /// Session 23 (status-12): "has lifted a moratorium on executions that had been in
    /// force since 2003" ends the quiet years: retentionist from the story's day, not
    /// abolitionist in practice; before it, the quiet years still hold.
    #[test]
    fn a_lifted_moratorium_ends_the_quiet_years() {
        let build = |lifted: bool| {
            let mut d = TestDoc::new("news.txt").published("2024-03-15");
            for _ in 0..3 {
                d.place("Ostland");
            }
            d.paragraph();
            if lifted {
                d.say("The government of Ostland has lifted a moratorium on executions that had been in force since ");
            } else {
                d.say("The government of Ostland has kept a moratorium on executions that has been in force since ");
            }
            d.date("2003", "2003");
            d.say(". No execution has been carried out in the country since ");
            d.date("2003", "2003");
            d.say(".");
            d.done()
        };
        let docs = vec![build(true)];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let at = |day: &str| status(&inputs, &graph, "Ostland", pd(day)).and_then(|r| r.status);
        assert_eq!(at("2024-03-20"), Some(RETENTIONIST));
        assert_eq!(at("2020-01-01"), Some(IN_PRACTICE));
        let kept = vec![build(false)];
        let kept_inputs = crate::testkit::inputs(&kept);
        let graph = reconcile(&kept_inputs);
        let report = status(&kept_inputs, &graph, "Ostland", pd("2024-03-20")).expect("known");
        assert_eq!(report.status, Some(IN_PRACTICE), "{}", report.reason);
    }

    /// Session 23 (status-12): "extended abolition to all crimes; the country had
    /// abolished the death penalty for most crimes in 1997": an abolition for all
    /// crimes, scoped and dated by its own clause.
    #[test]
    fn extended_abolition_to_all_crimes() {
        assert!(abolishes_now().is_match("the new constitution extended abolition to all crimes"));
        let mut d = TestDoc::new("report.txt").published("2010-03-30");
        for _ in 0..3 {
            d.place("Ostland");
        }
        d.paragraph();
        d.say("Ostland's new Constitution, in force from ");
        d.date("February 2009", "2009-02");
        d.say(", extended abolition to all crimes; the country had abolished the death penalty for most crimes in ");
        d.date("1997", "1997");
        d.say(".");
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let report = status(&inputs, &graph, "Ostland", pd("2009-12-31")).expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
    }

    /// Session 23 (status-12): "... a legal penalty in Ostland until 2018, when the
    /// Supreme Court ruled the statute unconstitutional. The ruling made Ostland the
    /// 20th state to abolish the death penalty.": the ruling is dated by the bound.
    #[test]
    fn a_ruling_dated_by_until_when() {
        let mut d = TestDoc::new("page.txt");
        for _ in 0..3 {
            d.place("Ostland");
        }
        d.paragraph();
        d.say("Ostland carried out executions until ");
        d.date("2010", "2010");
        d.say(". Capital punishment was a legal penalty in Ostland ");
        d.date("until 2018", "2018");
        if let Some(t) = d.extraction.times.last_mut() {
            t.value = Some(TimeValue {
                start: None,
                end: Some(pd("2018")),
            });
        }
        d.say(", when the Supreme Court ruled the statute unconstitutional. The ruling made Ostland the 20th state to abolish the death penalty.");
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let report = status(&inputs, &graph, "Ostland", pd("2019-01-01")).expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
    }

    /// Session 23 (status-12): a space-aligned table under a caption of abolitions for
    /// all crimes, a header "Status on 1 January 2004" and a legend of abbreviations.
    #[test]
    fn an_abbreviated_table_of_abolitions() {
        let mut d = TestDoc::new("report.txt").published("2009-12-18");
        d.say("The third column gives the status (AdF: abolitionist de facto; AO: abolitionist for ordinary crimes only; R: retentionist).\n\n");
        d.say("Countries that abolished the death penalty for all crimes, 2004 to 2008\n\n");
        d.say("Country            Year     Status on ");
        d.date("1 January 2004", "2004-01-01");
        d.say("\nOstland            2005     AO\nWestmark           2006     R\n");
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let at =
            |key: &str, day: &str| status(&inputs, &graph, key, pd(day)).and_then(|r| r.status);
        assert_eq!(at("Ostland", "2004-06-01"), Some(ORDINARY));
        assert_eq!(at("Ostland", "2006-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("Westmark", "2004-06-01"), Some(RETENTIONIST));
        assert_eq!(at("Westmark", "2007-01-01"), Some(ALL_CRIMES));
    }

    /// "adopted in December 2015 and due to enter into force next year, removes the
    /// penalty for all crimes": the penalty stays in force.
    #[test]
    fn an_abolition_due_to_take_effect_later() {
        let build = |sentence: &str| {
            let mut d = TestDoc::new("page.txt").published("2016-10-10");
            d.place("Ostland");
            d.paragraph();
            d.event(EventKind::Abolition, sentence, Some("2015-12"), &[]);
            vec![d.done()]
        };
        let later = build("Ostland's new Criminal Code, adopted in December 2015 and due to enter into force next year, removes the penalty for all crimes.");
        assert_ne!(status_of(&later, "Ostland", "2016-06-01"), Some(ALL_CRIMES));
        // The same code with no word of a later day of effect abolishes it at once.
        let now = build(
            "Ostland's new Criminal Code, adopted in December 2015, removes the penalty for all crimes.",
        );
        assert_eq!(status_of(&now, "Ostland", "2016-06-01"), Some(ALL_CRIMES));
    }

    #[test]
    fn an_abolition_passed_but_not_yet_in_force() {
        let build = |pending: bool| {
            let mut d = TestDoc::new("page.txt").published("2021-07-26");
            for _ in 0..3 {
                d.place("Ostland");
            }
            d.paragraph();
            d.event(
                EventKind::Execution,
                "Ostland last executed two men in 2015.",
                Some("2015"),
                &[],
            );
            d.event(
                EventKind::Abolition,
                "Parliament passed the Abolition of the Death Penalty Act on 23 July 2021, abolishing the death penalty for all crimes.",
                Some("2021-07-23"),
                &[],
            );
            if pending {
                d.say("The Act will enter into force when it is signed by the President. ");
            }
            d.done()
        };
        for (pending, expected) in [(true, RETENTIONIST), (false, ALL_CRIMES)] {
            let docs = vec![build(pending)];
            let inputs = inputs(&docs);
            let graph = reconcile(&inputs);
            let report = status(&inputs, &graph, "Ostland", pd("2021-07-26")).expect("known");
            assert_eq!(report.status, Some(expected), "{}", report.reason);
        }
    }

    #[test]
    fn quiet_cue_wordings() {
        let found = |text: &str| {
            quiet_cue_spans(text)
                .map(|(a, b)| text[a..b].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("it has not carried out a judicial execution since 1988"),
            ["not carried out a judicial execution since"]
        );
        assert_eq!(
            found("no death sentences and no executions carried out since that date"),
            ["no executions carried out since"]
        );
        assert_eq!(
            found("the last known executions took place in 2014"),
            ["last known executions"]
        );
        assert_eq!(
            found("it has executed no one since 1989"),
            ["has executed no one since"]
        );
        assert_eq!(
            found("nobody else has been put to death since then"),
            ["nobody else has been put to death since"]
        );
        assert_eq!(
            found("the state last put a prisoner to death in 1980"),
            ["last put a prisoner to death"]
        );
        // A manner, not a place, after "in": public hangings ended, not all.
        assert!(found("no one has been executed in public since 2015").is_empty());
        assert!(found("no person has been hanged in error since 1990").is_empty());
        // A judgment's background: the country named between the verb and "since".
        assert_eq!(
            found("no person has been hanged in saint vincent since 1995"),
            ["no person has been hanged in saint vincent since"]
        );
        assert_eq!(
            found("no death sentence has been carried out in ostland since 2001"),
            ["no death sentence has been carried out in ostland since"]
        );
        // A contracted negation (a transcript's "hadn't"): no execution either.
        let said = "Before that it hadn't executed\nanyone since 1981.";
        let at = said.find("executed").unwrap();
        let trigger = Span::new(at, at + "executed".len());
        assert!(denied_by_contraction(
            said,
            Span::new(0, said.len()),
            trigger
        ));
        let said = "Ostland last executed a prisoner in 1981.";
        let trigger = Span::new(
            said.find("executed").unwrap(),
            said.find(" a prisoner").unwrap(),
        );
        assert!(!denied_by_contraction(
            said,
            Span::new(0, said.len()),
            trigger
        ));
        assert_eq!(
            found("before that it hadn't executed anyone since 1981"),
            ["hadn't executed anyone since"]
        );
        assert!(found("no person has been executed in error").is_empty());
        assert!(found("in the last year executions rose").is_empty());
        assert!(found("the unexecuted warrants").is_empty());
    }

    #[test]
    fn quiet_stated_since_a_year() {
        use crate::testkit::tv;
        let build = |period: Option<&str>| {
            let mut d = TestDoc::new("a.txt");
            if let Some(p) = period {
                d = d.period(p);
            }
            for _ in 0..3 {
                d.place("Ostland");
            }
            d.paragraph();
            d.event(
                EventKind::Execution,
                "Ostland executed two men in 1997.",
                Some("1997"),
                &[],
            );
            d.say(" The law provides for the death penalty, but no executions have been carried out since ");
            let at = d.text.len();
            d.say("1997");
            let span = dossier_model::Span::new(at, d.text.len());
            d.say(". ");
            d.extraction.times.push(dossier_model::TimeMention {
                span,
                value: Some(tv("1997")),
                anchor: None,
                is_duration: false,
                duration: None,
                rule: "test".into(),
            });
            d.done()
        };
        let docs = vec![build(Some("2022"))];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let at = |day: &str| status(&inputs, &graph, "Ostland", pd(day)).and_then(|r| r.status);
        assert_eq!(at("2021-06-30"), Some(IN_PRACTICE));
        assert_eq!(at("2000-06-30"), Some(RETENTIONIST));
        assert_eq!(at("2040-06-30"), None);
        let undated = vec![build(None)];
        assert_no_status(&undated, "Ostland", "2021-06-30");
    }

    /// Under its own section heading, a sentence that names no place is about the
    /// section's country, though another country's pages dominate the file (a PDF
    /// chapter cut with its neighbour's pages).
    #[test]
    fn own_section_heading_attributes_over_the_dominant_place() {
        let mut d = TestDoc::new("a.txt");
        d.say("WESTMARK\nREPUBLIC OF WESTMARK\n");
        for _ in 0..5 {
            d.place("Westmark");
        }
        d.paragraph();
        d.say("OSTLAND\nKINGDOM OF OSTLAND\n");
        d.say("Head of state: Anna Petrova.");
        d.paragraph();
        d.say("Trials were unfair.");
        d.paragraph();
        d.count(
            EventKind::Execution,
            "At least 79 people were executed in 2012.",
            "2012",
            79.0,
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2012-12-31").expect("known");
        assert_eq!(report.status, Some(RETENTIONIST), "{}", report.reason);
        assert_no_status(&docs, "Westmark", "2012-12-31");
    }

    /// A test's place mention of `name` at `span`.
    fn place_mention(span: Span, name: &str) -> dossier_model::Mention {
        dossier_model::Mention {
            kind: dossier_model::MentionKind::Place,
            span,
            name: name.to_string(),
            name_span: span,
            role: None,
            acronym: None,
            value: None,
            approx: None,
            rule: "test".into(),
        }
    }

    /// A place mention written inside the current line (no ". " after it).
    fn inline_place(d: &mut TestDoc, name: &str) {
        let span = d.say(name);
        d.extraction.mentions.push(place_mention(span, name));
    }

    /// "The government executed two persons during the year" in a report whose
    /// heading names Ostland is about Ostland, though the report names Westmark
    /// more often and the extractor guessed Westmark.
    #[test]
    fn a_report_s_heading_country_owns_its_unnamed_sentences() {
        let mut d = TestDoc::new("a.txt").period("2018");
        inline_place(&mut d, "OSTLAND");
        d.say(" 2018 HUMAN RIGHTS REPORT\n\n");
        for _ in 0..4 {
            d.place("Westmark");
        }
        d.paragraph();
        d.say("There were no reports of disappearances. ");
        d.event_full(
            EventKind::Execution,
            "The government executed two persons during the year.",
            Some("2018"),
            &[],
            Some((2.0, "exact")),
            Some("Westmark"),
            Modality::Asserted,
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2018-12-31").expect("known");
        assert_eq!(report.status, Some(RETENTIONIST), "{}", report.reason);
        assert_no_status(&docs, "Westmark", "2018-12-31");
    }

    /// "In neighbouring Southland, where the death penalty was abolished in 1995"
    /// in Ostland's report is Southland's abolition, not Ostland's: no conflict
    /// with Ostland's executions.
    #[test]
    fn a_neighbour_s_abolition_is_not_the_report_s_country_s() {
        let mut d = TestDoc::new("a.txt").period("2018");
        inline_place(&mut d, "OSTLAND");
        d.say(" 2018 HUMAN RIGHTS REPORT\n\n");
        d.place("Ostland");
        d.paragraph();
        d.event(
            EventKind::Execution,
            "The government executed two persons during the year.",
            Some("2018"),
            &[],
        );
        d.say("In neighbouring ");
        inline_place(&mut d, "Southland");
        d.event(
            EventKind::Abolition,
            ", where the death penalty was abolished in 1995, two citizens awaited trial.",
            Some("1995"),
            &[],
        );
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let report = status(&inputs, &graph, "Ostland", pd("2018-12-31")).expect("known");
        assert_eq!(report.status, Some(RETENTIONIST), "{}", report.reason);
        let south = status(&inputs, &graph, "Southland", pd("2018-12-31")).expect("known");
        assert_eq!(south.status, Some(ALL_CRIMES), "{}", south.reason);
    }

    /// "removed the death penalty for all offences in peacetime" is an abolition for
    /// ordinary crimes; executions after it for treason or war crimes (named in the
    /// execution's sentence or the one before it) leave it standing, executions for
    /// murder contradict it.
    #[test]
    fn wartime_executions_leave_an_ordinary_abolition() {
        let doc = |last: &str| {
            let mut d = TestDoc::new("a.txt");
            d.place("Ostland");
            d.event(
                EventKind::Abolition,
                "The Penal Code of 1902 removed the death penalty for all offences in peacetime.",
                Some("1902"),
                &[],
            );
            d.paragraph();
            d.event(
                EventKind::Execution,
                "Twenty people were shot in 1945 after their conviction for high treason.",
                Some("1945"),
                &[],
            );
            d.say("Others were convicted of war crimes. ");
            d.event(EventKind::Execution, last, Some("1948"), &[]);
            d.done()
        };
        let docs = [doc("The last execution took place in 1948.")];
        let at =
            |docs: &[TestDoc], day: &str| status_at(docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at(&docs, "1920-01-01"), Some(ORDINARY));
        assert_eq!(at(&docs, "1946-06-01"), Some(ORDINARY));
        assert_eq!(at(&docs, "1950-01-01"), Some(ORDINARY));
        let murder = [doc("Two men were hanged for murder in 1948.")];
        assert_eq!(at(&murder, "1950-01-01"), None);
    }

    /// "provided for execution by hanging or firing squad" names a method in law,
    /// not executions: the quiet since 1954 still makes the country abolitionist in
    /// practice after the death penalty was reinstated.
    #[test]
    fn a_method_of_execution_in_law_is_no_execution() {
        let mut d = TestDoc::new("a.txt").published("2020-01-01");
        d.place("Ostland");
        d.say("The last execution took place in 1954. ");
        d.time_at("1954", "1954");
        d.event(
            EventKind::Abolition,
            "Parliament removed the death penalty from the Criminal Code in 1970.",
            Some("1970"),
            &[],
        );
        d.event(
            EventKind::LawAdopted,
            "Parliament reinstated the death penalty for wilful murder in 1991.",
            Some("1991"),
            &[],
        );
        d.say("In 2013 an amendment extended it to robbery and provided for execution by hanging or firing squad. ");
        d.time_at("2013", "2013");
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at("1980-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("2015-01-01"), Some(IN_PRACTICE));
    }

    /// A news story about Eastland (not known as a place) names Westland only as a
    /// neighbour: Westland is not the story's country, so Eastland's abolition is
    /// not Westland's.
    #[test]
    fn a_place_named_only_as_a_neighbour_is_not_the_report_s() {
        let mut d = TestDoc::new("a.txt").published("2011-11-22");
        d.say("Governor halts executions for the rest of his term\n\n");
        d.event(
            EventKind::Abolition,
            "Eastland voters abolished capital punishment in 1964.",
            Some("1964"),
            &[],
        );
        d.paragraph();
        d.say("Neighbouring ");
        inline_place(&mut d, "Westland");
        d.event(
            EventKind::Execution,
            " state carried out its most recent execution in September 2010.",
            Some("2010-09"),
            &[],
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Westland", "2011-12-01").expect("known");
        assert_eq!(report.status, Some(RETENTIONIST), "{}", report.reason);
    }

    /// "Eastland voters abolished capital punishment in 1964. It returned by ballot
    /// measure in 1978": a reinstatement, so the executions of 1997 are no conflict.
    #[test]
    fn a_pronoun_reinstates_the_penalty_abolished_before() {
        let doc = |second: &str| {
            let mut d = TestDoc::new("a.txt").published("2011-11-22");
            d.place("Eastland");
            d.event(
                EventKind::Abolition,
                "Eastland voters abolished capital punishment in 1964.",
                Some("1964"),
                &[],
            );
            d.say(second);
            d.time_at("1978", "1978");
            d.say(" ");
            d.event(
                EventKind::Execution,
                "Eastland executed a man in 1997.",
                Some("1997"),
                &[],
            );
            d.done()
        };
        let docs = [doc("It returned by ballot measure in 1978.")];
        let at =
            |docs: &[TestDoc], day: &str| status_at(docs, "Eastland", day).and_then(|r| r.status);
        assert_eq!(at(&docs, "1970-01-01"), Some(ALL_CRIMES));
        assert_eq!(at(&docs, "1998-01-01"), Some(RETENTIONIST));
        // Without the reinstatement the executions contradict the abolition.
        let silent = [doc("Turnout was low in 1978.")];
        assert_eq!(at(&silent, "1998-01-01"), None);
    }

    /// "By 1976 ...; Ostland was then abolitionist for ordinary crimes": the category
    /// held from 1976 (a date after "by"); "Until 1976" places nothing.
    #[test]
    fn a_category_reached_by_a_year_holds_from_then() {
        let doc = |opening: &str| {
            let mut d = TestDoc::new("a.txt");
            d.place("Ostland");
            d.say(opening);
            d.time_at("1976", "1976");
            d.statement(
                StatementKind::Status,
                " no penal code provided for it; Ostland was then abolitionist for ordinary crimes.",
                "abolitionist_for_ordinary_crimes",
                Some("/1976"),
            );
            d.done()
        };
        let by = [doc("By 1976")];
        let report = status_at(&by, "Ostland", "1990-01-01").expect("known");
        assert_eq!(report.status, Some(ORDINARY), "{}", report.reason);
        assert_no_status(&[doc("Until 1976")], "Ostland", "1990-01-01");
    }

    /// "a constitutional amendment that prohibits the death penalty in all
    /// circumstances" abolishes it for all crimes.
    #[test]
    fn a_prohibition_is_an_abolition() {
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.event(
            EventKind::ConstitutionalAmendment,
            "In 2005 the legislatures approved a constitutional amendment that prohibits the death penalty in all circumstances.",
            Some("2005"),
            &[],
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2008-01-01").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
    }

    /// A state's representative reporting "her country" abolished the death penalty
    /// is asserted; another speaker's report of it is not.
    #[test]
    fn a_state_s_own_report_of_its_abolition_counts() {
        let doc = |text: &str| {
            let mut d = TestDoc::new("a.txt").published("2024-12-17");
            d.statement(
                StatementKind::Status,
                text,
                "abolitionist_for_all_crimes",
                Some("2022-12"),
            );
            let statement = d.extraction.statements.last_mut().expect("said");
            statement.modality = Modality::Reported;
            statement.jurisdiction = Some("Ostland".into());
            inline_place(&mut d, "Ostland");
            d.done()
        };
        let own = [doc(
            "The representative of Ostland said that her country had abolished the death penalty for all crimes in December 2022.",
        )];
        let report = status_at(&own, "Ostland", "2024-12-20").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
        let other = [doc(
            "A campaigner said that the government had abolished the death penalty for all crimes in December 2022.",
        )];
        assert_no_status(&other, "Ostland", "2024-12-20");
    }

    /// "has not announced any plans to suspend executions" is a plan denied: it does
    /// not hedge the neighbour's moratorium in the same sentence.
    #[test]
    fn a_plan_not_announced_hedges_nothing() {
        let mut d = TestDoc::new("a.txt").period("2019");
        d.place("Ostland");
        d.say("Unlike neighbouring ");
        inline_place(&mut d, "Southland");
        d.event(
            EventKind::Moratorium,
            ", which has observed a moratorium on the death penalty since 1996, the government has not announced any plans to suspend executions.",
            Some("1996"),
            &[],
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Southland", "2019-12-31").expect("known");
        assert_eq!(report.status, Some(IN_PRACTICE), "{}", report.reason);
    }

    /// "Unlike its neighbours Georgia and Armenia, which abolished the death penalty in
    /// 1998, Ostland still executes prisoners": the abolition in the relative clause is
    /// the neighbours' (countries every reader knows), not the subject's; a clause that
    /// hangs on the jurisdiction itself stays its own.
    #[test]
    fn a_relative_clause_belongs_to_the_places_it_hangs_on() {
        let story = |key_first: bool| {
            let mut d = TestDoc::new("a.txt").published("2019-05-02");
            d.say("Unlike its neighbours ");
            let (a, b) = if key_first {
                ("Ostland", "Armenia")
            } else {
                ("Georgia", "Armenia")
            };
            inline_place(&mut d, a);
            d.say(" and ");
            inline_place(&mut d, b);
            d.event(
                EventKind::Abolition,
                ", which abolished the death penalty for all crimes in 1998, ",
                Some("1998"),
                &[],
            )
            .trigger("abolished");
            inline_place(&mut d, if key_first { "Georgia" } else { "Ostland" });
            d.say(" still executes prisoners.");
            d.done()
        };
        let theirs = [story(false)];
        let got = status_at(&theirs, "Ostland", "2005-01-01").and_then(|r| r.status);
        assert_ne!(got, Some(ALL_CRIMES));
        let report = status_at(&theirs, "Georgia", "2005-01-01").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
        let ours = [story(true)];
        let report = status_at(&ours, "Ostland", "2005-01-01").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
    }

    /// The death penalty kept for crimes of war or an emergency alone, in the
    /// abolition's sentence or one after it about the same country, leaves it
    /// abolished for ordinary crimes; a court striking down wartime provisions too
    /// does not.
    #[test]
    fn kept_for_exceptional_crimes_is_ordinary() {
        let abolition = |kept: &str| {
            let mut d = TestDoc::new("a.txt").published("2025-01-02");
            d.say("Ostland abolishes the death penalty\n\n");
            d.place("Ostland");
            d.event(
                EventKind::Abolition,
                "The president signed a law abolishing the death penalty on 31 December.",
                Some("2024-12-31"),
                &[],
            );
            d.paragraph();
            d.say("The prisons held about 60 people on death row. ");
            d.say(kept);
            d.done()
        };
        let emergency = [abolition(
            "Lawyers noted that the law does not cover crimes committed during a state of emergency, for which courts can still impose the death penalty.",
        )];
        let report = status_at(&emergency, "Ostland", "2025-01-02").expect("known");
        assert_eq!(report.status, Some(ORDINARY), "{}", report.reason);
        let text = &emergency[0].text;
        assert!(report
            .citations
            .iter()
            .any(|c| c.span.slice(text).contains("can still impose")));
        let plain = [abolition("Lawyers welcomed the law.")];
        let report = status_at(&plain, "Ostland", "2025-01-02").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
        let struck = [abolition(
            "The court struck down every provision that allowed it, including those for crimes committed in wartime.",
        )];
        let report = status_at(&struck, "Ostland", "2025-01-02").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);

        // Narrowed for murder, and kept only for wartime treason since: ordinary.
        let mut d = TestDoc::new("b.txt");
        d.place("Ostland");
        d.event(
            EventKind::LawAdopted,
            "Ostland abolished the death penalty for murder in 1954, and since then it has been available only for treason committed in time of war.",
            Some("1954"),
            &[],
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "1960-01-01").expect("known");
        assert_eq!(report.status, Some(ORDINARY), "{}", report.reason);
    }

    /// "removed the death penalty for ordinary crimes in 2016, and the military code
    /// of 2017 removed it for military offences": all crimes from the later date.
    #[test]
    fn a_second_removal_completes_the_abolition() {
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            "In Ostland, the penal code adopted in 2016 removed the death penalty for ordinary crimes, and the military code promulgated in 2017 removed it for military offences.",
            Some("2016"),
            &[],
        );
        d.time_at("2016", "2016").time_at("2017", "2017");
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at("2016-12-31"), Some(ORDINARY));
        assert_eq!(at("2018-06-01"), Some(ALL_CRIMES));
    }

    /// A category stated for the day a code was adopted, whose sentence says it
    /// entered into force later: the category holds from the later day.
    #[test]
    fn a_stated_category_holds_from_its_day_of_effect() {
        let mut d = TestDoc::new("a.txt").published("2022-11-14");
        d.place("Ostland");
        d.say(". ");
        d.statement(
            StatementKind::Status,
            "Ostland abolished the death penalty for all crimes through the Criminal Code adopted on 3 December 2015, which entered into force on 1 July 2017.",
            "abolitionist_for_all_crimes",
            Some("2015-12-03"),
        );
        d.time_at("3 December 2015", "2015-12-03")
            .time_at("1 July 2017", "2017-07-01");
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Ostland", "2016-06-01"),
            Some(RETENTIONIST)
        );
        assert_eq!(status_of(&docs, "Ostland", "2018-01-01"), Some(ALL_CRIMES));
    }

    /// "signed legislation abolishing the death penalty ... The law takes effect on
    /// July 1": the penalty stays in force until then.
    #[test]
    fn a_day_of_effect_in_the_next_sentence() {
        let mut d = TestDoc::new("a.txt").published("2021-03-24");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            "The governor on Wednesday signed legislation abolishing the death penalty.",
            Some("2021-03-24"),
            &[],
        );
        d.say("The law takes effect on July 1.");
        d.time_at("July 1", "2021-07-01");
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at("2021-04-01"), Some(RETENTIONIST));
        assert_eq!(at("2021-07-15"), Some(ALL_CRIMES));
    }

    /// A hedge in a later coordinate clause ("..., and the court ruled that
    /// restoring it would violate the constitution") does not hedge the abolition
    /// before it; one before it still does.
    #[test]
    fn a_hedge_in_a_later_clause() {
        let abolition = |text: &str| {
            let mut d = TestDoc::new("a.txt").published("2024-11-12");
            d.place("Ostland");
            d.event(EventKind::Abolition, text, Some("2010"), &[]);
            d.trigger("abolished");
            vec![d.done()]
        };
        let later = abolition(
            "Ostland abolished the death penalty in 2010, and the court ruled in 2024 that restoring it would violate the constitution.",
        );
        let report = status_at(&later, "Ostland", "2024-11-12").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
        let before = abolition(
            "If the referendum passes, Ostland would have abolished the death penalty, and the court ruled on it.",
        );
        assert_no_status(&before, "Ostland", "2024-11-12");
    }

    /// "has not carried out an execution since 1987, when the last two prisoners
    /// were hanged": executions in 1987, so retentionist until 1997.
    #[test]
    fn quiet_since_a_date_when_the_last_were_executed() {
        let mut d = TestDoc::new("a.txt").published("2017-12-15");
        d.place("Ostland");
        d.say("Ostland has not carried out an execution since ");
        d.date("1987", "1987");
        d.say(", when the last two prisoners were hanged at the central prison.");
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at("1990-01-01"), Some(RETENTIONIST));
        assert_eq!(at("2017-12-15"), Some(IN_PRACTICE));
    }

    /// "Its courts have passed death sentences since 1990", written in 2012: retention
    /// as of the page and the ten years after it, nothing for a year the page never saw.
    #[test]
    fn an_open_ended_fact_of_retention_ends_with_its_page() {
        let mut d = TestDoc::new("a.txt").published("2012-05-01");
        d.place("Ostland");
        d.say("Ostland's courts ");
        d.event(
            EventKind::DeathSentence,
            "have passed death sentences since 1990 for murder and drug trafficking.",
            Some("1990/"),
            &[],
        );
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at("2012-05-01"), Some(RETENTIONIST));
        assert_eq!(at("2020-01-01"), Some(RETENTIONIST));
        assert_eq!(at("2030-01-01"), None);
    }

    /// "Unlike Ostland, which abolished it in 1990, Westland has not abolished it":
    /// the denial is Westland's; a document with letters that change length when
    /// lower-cased ("İ") is read without a panic.
    #[test]
    fn a_denial_belongs_to_its_own_subject() {
        let mut d = TestDoc::new("a.txt").published("2015-01-01");
        d.place("Ostland");
        d.say("İzmir and the Kelvin sign \u{212A} aside. Unlike ");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            ", which abolished the death penalty for all crimes in 1990,",
            Some("1990"),
            &[],
        );
        d.place("Westland");
        d.say(" has not abolished it.");
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2000-01-01").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
    }

    /// "They were the first executions in Ostland for 27 years": abolitionist in
    /// practice before them, retentionist after.
    #[test]
    fn the_first_executions_for_years() {
        let mut d = TestDoc::new("a.txt").period("2012");
        d.place("Ostland");
        d.event(
            EventKind::Execution,
            "In August 2012, nine prisoners were executed by firing squad.",
            Some("2012-08"),
            &[],
        );
        d.say("They were the first executions in Ostland for 27 years.");
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at("2011-12-31"), Some(IN_PRACTICE));
        assert_eq!(at("2012-12-31"), Some(RETENTIONIST));
    }

    /// Abolished, reinstated, executions, abolished again: the reinstatement ends
    /// the first abolition instead of making the executions a conflict.
    #[test]
    fn a_reinstatement_ends_the_abolition_before_it() {
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            "The 1987 Constitution abolished the death penalty.",
            Some("1987"),
            &[],
        );
        d.event(
            EventKind::LawAdopted,
            "Congress restored the death penalty in 1993 for heinous crimes.",
            Some("1993"),
            &[],
        );
        d.event(
            EventKind::Execution,
            "A man was executed by lethal injection in 1999.",
            Some("1999"),
            &[],
        );
        d.event(
            EventKind::Abolition,
            "In 2006 a new act abolished the death penalty for all crimes.",
            Some("2006"),
            &[],
        );
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let cases = [
            ("1990-01-01", Some(ALL_CRIMES)),
            ("1999-06-01", Some(RETENTIONIST)),
            ("2010-01-01", Some(ALL_CRIMES)),
        ];
        for (as_of, expect) in cases {
            let report = status(&inputs, &graph, "Ostland", pd(as_of)).expect("known");
            assert_eq!(report.status, expect, "{as_of}: {}", report.reason);
        }
    }

    /// "abolished the death penalty for all crimes except terrorism", stated: all
    /// crimes but some is abolitionist for ordinary crimes.
    #[test]
    fn all_crimes_except_some_stated_is_ordinary() {
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.statement(
            StatementKind::Status,
            "In May 2017, a new penal code abolished the death penalty for all crimes except terrorism.",
            "abolitionist_for_all_crimes",
            Some("2017-05"),
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2018-06-01").expect("known");
        assert_eq!(report.status, Some(ORDINARY), "{}", report.reason);
    }

    /// "Neighbouring Northia still retains the death penalty" in a dated story is
    /// evidence that Northia keeps it on that day; never over ten quiet years.
    #[test]
    fn said_to_retain_in_a_dated_story() {
        let mut d = TestDoc::new("a.txt").published("2020-04-29");
        d.place("Ostland");
        d.paragraph();
        d.say("Neighbouring ");
        inline_place(&mut d, "Northia");
        d.say(" still retains the death penalty, and its courts pass death sentences. ");
        let mut e = TestDoc::new("b.txt").published("2020-04-29");
        inline_place(&mut e, "Southland");
        e.say(" retains the death penalty in law, but ");
        e.date("no executions have been carried out since 1990", "1990/");
        e.say(".");
        let docs = vec![d.done(), e.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let report = status(&inputs, &graph, "Northia", pd("2020-04-29")).expect("known");
        assert_eq!(report.status, Some(RETENTIONIST), "{}", report.reason);
        let south = status(&inputs, &graph, "Southland", pd("2020-04-29")).expect("known");
        assert_eq!(south.status, Some(IN_PRACTICE), "{}", south.reason);
        assert_no_status(&docs, "Ostland", "2020-04-29");
    }

    /// A category stated for a year holds from the year's end; one stated from a
    /// date on ("since 2021") holds from its start.
    #[test]
    fn stated_categories_and_their_dates() {
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.statement(
            StatementKind::Status,
            "Ostland was abolitionist for ordinary crimes in 2014.",
            "abolitionist_for_ordinary_crimes",
            Some("2014"),
        );
        d.statement(
            StatementKind::Status,
            "Since 2021 Ostland is abolitionist for all crimes.",
            "abolitionist_for_all_crimes",
            Some("2021/"),
        );
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let cases = [
            ("2014-06-01", None),
            ("2015-01-01", Some(ORDINARY)),
            ("2021-06-01", Some(ALL_CRIMES)),
            ("2023-01-01", Some(ALL_CRIMES)),
        ];
        for (as_of, expect) in cases {
            let report = status(&inputs, &graph, "Ostland", pd(as_of)).expect("known");
            assert_eq!(report.status, expect, "{as_of}: {}", report.reason);
        }
    }

    #[test]
    fn labels_table() {
        let cases = [
            ("retentionist", Some(RETENTIONIST)),
            ("Abolitionist for ordinary crimes only", Some(ORDINARY)),
            ("abolitionist_for_all_crimes", Some(ALL_CRIMES)),
            ("abolitionist in practice", Some(IN_PRACTICE)),
            ("unknown", None),
        ];
        for (text, expect) in cases {
            assert_eq!(label(text), expect, "{text}");
        }
    }

    /// Ten quiet years make a country abolitionist in practice; a later label that
    /// says retentionist wins; a fact that only says when something ended moves
    /// nothing; resumption ends a moratorium. History stays in date order.
    #[test]
    fn history_turns() {
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.count(EventKind::Execution, "One hanging took place.", "1990", 1.0);
        d.event(
            EventKind::Moratorium,
            "Hangings were halted.",
            Some("1991"),
            &[],
        );
        d.event(
            EventKind::Abolition,
            "Until 2030 it was abolished for ordinary crimes.",
            Some("/2030"),
            &[],
        );
        d.statement(
            StatementKind::Status,
            "Status in 2002: retentionist.",
            "retentionist",
            Some("2002"),
        );
        d.count(
            EventKind::Execution,
            "Two hangings took place.",
            "2005-03",
            2.0,
        );
        d.statement(
            StatementKind::Moratorium,
            "Hangings resumed in 2005.",
            "no",
            Some("2005-02"),
        );
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let cases = [
            // Executions in 1990, with no pause told before them: retentionist
            // just before (`PRIOR_YEARS`).
            ("1989-01-01", Some(RETENTIONIST), false),
            ("1995-01-01", Some(RETENTIONIST), true),
            ("2001-06-01", Some(IN_PRACTICE), true),
            ("2003-01-01", Some(RETENTIONIST), true),
            ("2006-01-01", Some(RETENTIONIST), false),
        ];
        let starts: Vec<String> = status(&inputs, &graph, "Ostland", pd("2010"))
            .expect("known")
            .history
            .iter()
            .map(|p| p.lo.clone())
            .collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "{starts:?}");
        for (as_of, expect, moratorium) in cases {
            let report = status(&inputs, &graph, "Ostland", pd(as_of)).expect("known");
            assert_eq!(
                (report.status, report.moratorium),
                (expect, moratorium),
                "{as_of}: {}",
                report.reason
            );
        }
    }

    /// "Tajland has maintained a moratorium ..., while Turkland abolished the death
    /// penalty in 1999": the abolition is the second clause's place's, not the
    /// first's, nor the report's.
    #[test]
    fn an_abolition_in_a_clause_about_another_place_is_its_own() {
        let mut d = TestDoc::new("a.txt").published("2021-12-30");
        d.place("Kazland");
        d.say("Kazland carried out its last executions in 2003. In the region, ");
        d.event(
            EventKind::Abolition,
            "Tajland has maintained a moratorium on executions since 2004, while Turkland abolished the death penalty in 1999.",
            Some("1999"),
            &[],
        )
        .trigger("abolished");
        let docs = [d.done()];
        for key in ["Tajland", "Kazland"] {
            let got = status_at(&docs, key, "2001-01-01").and_then(|r| r.status);
            assert_ne!(got, Some(ALL_CRIMES), "{key}");
        }
        assert_eq!(
            status_at(&docs, "Turkland", "2001-01-01").and_then(|r| r.status),
            Some(ALL_CRIMES)
        );
    }

    /// "His brother, who lives in Kansland, said ... . The execution came two years
    /// after voters restored capital punishment": where someone lives is not what
    /// the next sentence continues; "Neighbouring Iowland abolished ..." is another
    /// place's abolition, known to the gazetteer or not.
    #[test]
    fn a_residence_or_a_neighbour_in_passing_gets_nothing() {
        let mut d = TestDoc::new("a.txt").published("2018-08-14");
        d.say("Nebland executed a man in 2018. His brother, who lives in Kansland, said the family had made peace. ");
        d.event(
            EventKind::LawAdopted,
            "The execution came two years after voters restored capital punishment in 2016.",
            Some("2016"),
            &[],
        );
        d.say("Nebland's previous execution took place in 1997. ");
        d.event(
            EventKind::Abolition,
            "Neighbouring Iowland abolished the death penalty in 1965.",
            Some("1965"),
            &[],
        );
        let docs = [d.done()];
        assert_no_status(&docs, "Kansland", "2018-08-14");
        assert_ne!(
            status_at(&docs, "Nebland", "1970-01-01").and_then(|r| r.status),
            Some(ALL_CRIMES)
        );
    }

    /// Executions said to be the last, long before a moratorium: ten quiet years
    /// count from them, not from the moratorium.
    #[test]
    fn the_last_executions_long_before_a_moratorium_count() {
        let doc = |said: &str| {
            let mut d = TestDoc::new("a.txt").published("2023-02-20");
            d.place("Pennland");
            d.event(EventKind::Execution, said, Some("1999-07"), &[]);
            d.event(
                EventKind::Moratorium,
                "In February 2015 the governor of Pennland announced a moratorium on executions.",
                Some("2015-02"),
                &[],
            );
            d.done()
        };
        let last = [doc(
            "Pennland has carried out three executions; the last took place in July 1999.",
        )];
        let some = [doc("Pennland carried out an execution in July 1999.")];
        let at =
            |docs: &[TestDoc]| status_at(docs, "Pennland", "2016-01-01").and_then(|r| r.status);
        assert_eq!(at(&last), Some(IN_PRACTICE));
        assert_eq!(at(&some), Some(RETENTIONIST));
    }

    /// "TEHRAN, March 5 (Wire) -": a story whose only place is its dateline's
    /// capital is that country's.
    #[test]
    fn a_dateline_capital_names_the_country() {
        let mut d = TestDoc::new("a.txt").published("2024-03-05");
        d.say("Executions surge\n\nTEHRAN, March 5 (Wire) - ");
        d.event(
            EventKind::Execution,
            "Authorities hanged at least 834 people in 2023, rights groups said.",
            Some("2023"),
            &[],
        );
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Iran", "2024-03-05").and_then(|r| r.status),
            Some(RETENTIONIST)
        );
    }

    /// "The death penalty remains in force at the federal level", in a story about a
    /// state: the federation retains it; the state gets nothing from it.
    #[test]
    fn the_federal_level_is_the_federation() {
        let mut d = TestDoc::new("a.txt").published("2021-03-24");
        d.say("Virginia becomes first Southern state to abolish the death penalty\n\n");
        d.say("The death penalty remains in force at the federal level, lawyers said. ");
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "United States", "2021-03-24").and_then(|r| r.status),
            Some(RETENTIONIST)
        );
        assert_no_status(&docs, "Virginia", "2021-03-24");
    }

    /// A ban in the present tense in a country report: for ordinary crimes when it
    /// keeps wartime, dated by the year the sentence gives.
    #[test]
    fn a_present_ban_with_exceptions_is_ordinary() {
        let mut d = TestDoc::new("a.txt").period("2020");
        d.place("Salvaland");
        d.say("\n\n");
        d.say("The constitution prohibits the death penalty except in cases provided for by military law during a state of international war; it was abolished for all other crimes in 1983.");
        d.time_at("1983", "1983");
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Salvaland", "2020-06-01").and_then(|r| r.status),
            Some(ORDINARY)
        );
    }

    /// "Southland abolished the death penalty for murder in 1955 but kept it for
    /// treason ... until 1985, when it abolished the death penalty for all crimes":
    /// each abolition has its own clause's scope.
    #[test]
    fn two_abolitions_in_one_sentence_keep_their_scopes() {
        let text = "Southland abolished the death penalty for murder in 1955 but kept it for treason, piracy and arson until 1985, when it abolished the death penalty for all crimes.";
        let mut d = TestDoc::new("a.txt");
        d.place("Southland");
        d.event(EventKind::LawAdopted, text, Some("1955"), &[])
            .trigger("abolished the death penalty for murder");
        d.event(EventKind::Abolition, text, Some("1985"), &[])
            .trigger("abolished the death penalty for all crimes");
        let docs = [d.done()];
        let at = |day: &str| status_at(&docs, "Southland", day).and_then(|r| r.status);
        assert_eq!(at("1960-01-01"), Some(ORDINARY));
        assert_eq!(at("1990-01-01"), Some(ALL_CRIMES));
    }

    /// "amended the Penal Code to remove the death penalty for murder ...; capital
    /// punishment was kept only for treason": an abolition for ordinary crimes.
    #[test]
    fn a_removal_kept_only_for_treason_is_ordinary() {
        let mut d = TestDoc::new("a.txt");
        d.place("Fijiland");
        d.event(
            EventKind::LawAdopted,
            "In 1979 Parliament amended the Penal Code to remove the death penalty for murder; capital punishment was kept only for treason.",
            Some("1979"),
            &[],
        );
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Fijiland", "1990-01-01").and_then(|r| r.status),
            Some(ORDINARY)
        );
    }

    /// "has executed only one person since 1976: ..., who was put to death in
    /// October 1997": no execution in 1976.
    #[test]
    fn executions_counted_since_a_year_are_not_at_its_start() {
        let text = "Cololand has executed only one person since 1976: a man who was put to death in October 1997.";
        let mut d = TestDoc::new("a.txt").published("2020-03-23");
        d.place("Cololand");
        d.event(EventKind::Execution, text, None, &[]);
        let at = d.extraction.events.len() - 1;
        d.extraction.events[at].date = Some(TimeValue {
            start: Some(pd("1976")),
            end: None,
        });
        d.time_at("1976", "1976/");
        d.time_at("October 1997", "1997-10");
        let docs = [d.done()];
        assert_no_status(&docs, "Cololand", "1980-01-01");
    }

    /// "Tasland abolished the death penalty in 1968. Vicland abolished it in 1975 and
    /// Southland in 1976.": Vicland's abolition told with a pronoun; Southland, whose
    /// verb is elided, gets nothing from it.
    #[test]
    fn an_abolition_told_with_a_pronoun() {
        let mut d = TestDoc::new("a.txt");
        d.event(
            EventKind::Abolition,
            "Tasland abolished the death penalty in 1968.",
            Some("1968"),
            &[],
        );
        d.say("Vicland abolished it in 1975 and Southland in 1976.");
        d.time_at("1975", "1975");
        d.time_at("1976", "1976");
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Vicland", "1980-01-01").and_then(|r| r.status),
            Some(ALL_CRIMES)
        );
        assert_no_status(&docs, "Vicland", "1970-01-01");
        assert_no_status(&docs, "Southland", "1980-01-01");
    }

    /// "Tanland is abolitionist in practice", said on a page of 2012: a stated
    /// category of quiet speaks for ten years at most.
    #[test]
    fn a_stated_quiet_category_goes_stale() {
        let mut d = TestDoc::new("a.txt").published("2012-03-14");
        d.place("Tanland");
        d.say("\n\n");
        d.statement(
            StatementKind::Status,
            "Tanland is abolitionist in practice.",
            "abolitionist in practice",
            None,
        );
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Tanland", "2013-01-01").and_then(|r| r.status),
            Some(IN_PRACTICE)
        );
        assert_no_status(&docs, "Tanland", "2024-01-01");
    }

    /// "... suspended the death penalty in June 2003; ..., and executions resumed in
    /// 2005": the resumption is dated by its own clause, not the sentence's first date.
    #[test]
    fn a_resumption_is_dated_by_its_own_clause() {
        let text = "The authority suspended the death penalty in June 2003; the government reinstated it in August 2004, and executions resumed in 2005.";
        let mut d = TestDoc::new("a.txt").period("2019");
        d.place("Irland");
        d.say("\n\n");
        let span = d.say(text);
        d.time_at("June 2003", "2003-06");
        d.time_at("August 2004", "2004-08");
        d.time_at("2005", "2005");
        let at = span.start as usize + text.find("executions resumed").unwrap();
        d.extraction.statements.push(dossier_model::Statement {
            kind: StatementKind::Moratorium,
            span: Span::new(at, at + "executions resumed".len()),
            value: "resumed".into(),
            jurisdiction: None,
            date: Some(crate::testkit::tv("2003-06")),
            modality: Modality::Asserted,
            rule: "test".into(),
        });
        let docs = [d.done()];
        assert_no_status(&docs, "Irland", "2003-09-01");
        assert_eq!(
            status_at(&docs, "Irland", "2006-01-01").and_then(|r| r.status),
            Some(RETENTIONIST)
        );
    }

    /// "Ostland, which abolished the death penalty for ordinary crimes, keeps it for
    /// terrorism, and the President declared a moratorium in December 2003": the
    /// abolition, said in a relative clause with no date of its own, holds from the
    /// page's day, not from the moratorium's.
    #[test]
    fn a_status_in_a_relative_clause_is_not_dated_by_the_main_clause() {
        let text = "Ostland, which abolished the death penalty for ordinary crimes, keeps it only for terrorism, and the President declared a moratorium on executions in December 2003.";
        let mut d = TestDoc::new("a.txt").published("2016-06-14");
        d.place("Ostland");
        d.say("\n\n");
        let span = d.say(text);
        d.time_at("December 2003", "2003-12");
        let trigger = "abolished the death penalty for ordinary crimes";
        let at = span.start as usize + text.find(trigger).unwrap();
        d.extraction.statements.push(dossier_model::Statement {
            kind: StatementKind::Status,
            span: Span::new(at, at + trigger.len()),
            value: "abolitionist for ordinary crimes".into(),
            jurisdiction: None,
            date: Some(crate::testkit::tv("2003-12")),
            modality: Modality::Asserted,
            rule: "test".into(),
        });
        let docs = [d.done()];
        assert_no_status(&docs, "Ostland", "2010-01-01");
        assert_eq!(status_of(&docs, "Ostland", "2016-07-01"), Some(ORDINARY));
    }

    /// "In the Kurdistan Region, authorities have observed an informal moratorium":
    /// a region's moratorium is not its country's.
    #[test]
    fn a_region_s_moratorium_is_not_the_country_s() {
        let doc = |said: &str| {
            let mut d = TestDoc::new("a.txt").period("2019");
            d.place("Irland");
            d.say("\n\n");
            d.event(
                EventKind::Execution,
                "Irland carried out executions in 2005.",
                Some("2005"),
                &[],
            );
            d.event(EventKind::Moratorium, said, Some("2008/"), &[]);
            d.done()
        };
        let region = [doc(
            "In the Kurdistan Region, authorities have observed an informal moratorium on executions since 2008.",
        )];
        let country = [doc(
            "In Irland, authorities have observed an informal moratorium on executions since 2008.",
        )];
        assert_no_status(&region, "Irland", "2018-06-01");
        assert_eq!(
            status_at(&country, "Irland", "2018-06-01").and_then(|r| r.status),
            Some(IN_PRACTICE)
        );
    }

    /// "Newland on Thursday became the 21st state to abolish the death penalty" under
    /// a dateline of its day; "The Act abolishes the death penalty for all crimes" in
    /// a release of its day: abolished as of that day.
    #[test]
    fn an_abolition_told_as_news_of_the_day() {
        let mut d = TestDoc::new("a.txt");
        d.say("Newland repeals death penalty\n\nCONCORD (Wire) - ");
        d.date("May 30, 2019", "2019-05-30");
        d.say("\n\n");
        inline_place(&mut d, "Newland");
        d.say(" on Thursday became the 21st state to abolish the death penalty.");
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Newland", "2019-06-15").and_then(|r| r.status),
            Some(ALL_CRIMES)
        );
        assert_no_status(&docs, "Newland", "2019-05-01");

        let mut e = TestDoc::new("b.txt").published("2022-10-12");
        e.say("REPUBLIC OF ");
        e.place("MALLAND");
        e.say("\nMINISTRY OF JUSTICE\n\nThe President has today assented to the Penal Code (Amendment) Act. The Act abolishes the death penalty for all crimes and replaces it with life imprisonment.");
        let docs = [e.done()];
        assert_eq!(
            status_at(&docs, "Malland", "2023-01-01").and_then(|r| r.status),
            Some(ALL_CRIMES)
        );

        // A year of the sentence's own dates it, not the story's day.
        let mut f = TestDoc::new("c.txt").published("2023-02-01");
        f.say("\n\nIn 2019 ");
        f.time_at("2019", "2019");
        inline_place(&mut f, "Newland");
        f.say(" became the 21st state to abolish the death penalty.");
        let docs = [f.done()];
        assert_eq!(
            status_at(&docs, "Newland", "2020-06-01").and_then(|r| r.status),
            Some(ALL_CRIMES)
        );
    }

    /// "Kenland has not carried out an execution since 2008", said in August 2018:
    /// short of ten years by months, the category is on its edge.
    #[test]
    fn quiet_just_short_of_ten_years_gives_no_category() {
        let mut d = TestDoc::new("a.txt").published("2018-08-09");
        d.say("\n\n");
        d.event(
            EventKind::Execution,
            "Kenland has not carried out an execution since 2008 because of a court injunction.",
            Some("2008"),
            &[],
        );
        d.time_at("2008", "2008");
        d.place("Kenland");
        let docs = [d.done()];
        assert_no_status(&docs, "Kenland", "2018-08-09");
        for day in ["2016-01-01", "2017-12-31"] {
            assert_eq!(
                status_at(&docs, "Kenland", day).and_then(|r| r.status),
                Some(RETENTIONIST),
                "{day}"
            );
        }
    }

    /// "Executions resumed in January after a hiatus of almost seven years": there
    /// were executions seven years before, so the years between are retentionist.
    #[test]
    fn executions_resumed_after_a_hiatus() {
        let mut d = TestDoc::new("a.txt").period("2017");
        d.place("Bahrland");
        d.say("\n\n");
        d.say("Executions resumed in January after a hiatus of almost seven years.");
        d.time_at("January", "2017-01");
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Bahrland", "2014-01-01").and_then(|r| r.status),
            Some(RETENTIONIST)
        );
        assert_no_status(&docs, "Bahrland", "2005-01-01");
    }

    /// "Nebland executed John Doe on Tuesday morning, the first execution in the state
    /// since 1997", under a dateline of its day, the extractor's event dated 1997:
    /// executions on the story's day.
    #[test]
    fn the_first_execution_since_a_year_is_the_story_s() {
        let mut d = TestDoc::new("a.txt");
        d.say("Nebland carries out first execution in 21 years\n\nLINCOLN (Wire) - ");
        d.date("August 14, 2018", "2018-08-14");
        d.say("\n\n");
        d.event(
            EventKind::Execution,
            "Nebland executed John Doe on Tuesday morning, the first execution in the state since 1997.",
            Some("1997"),
            &[],
        );
        d.time_at("1997", "1997");
        d.place("Nebland");
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Nebland", "2018-09-01").and_then(|r| r.status),
            Some(RETENTIONIST)
        );
        assert_no_status(&docs, "Nebland", "2012-01-01");
    }

    /// Session 38: "retain the death penalty in law" beside a moratorium is no
    /// evidence of retention; without one it still is.
    #[test]
    fn retained_in_law_beside_a_moratorium_is_no_retention() {
        let mut d = TestDoc::new("a.txt").published("2021-03-02");
        d.say("The Council calls on the States that still retain the death penalty in law, including ");
        inline_place(&mut d, "Northia");
        d.say(", which has kept a moratorium on executions for a long time, to abolish it. ");
        let mut e = TestDoc::new("b.txt").published("2021-03-02");
        inline_place(&mut e, "Southland");
        e.say(" still retains the death penalty in law and its courts pass death sentences. ");
        let docs = vec![d.done(), e.done()];
        assert_no_status(&docs, "Northia", "2021-03-02");
        assert_eq!(
            status_of(&docs, "Southland", "2021-03-02"),
            Some(RETENTIONIST)
        );
        // A moratorium in the numbered paragraph before, run on by a semicolon, is
        // not this paragraph's.
        let mut f = TestDoc::new("c.txt").published("2021-03-02");
        f.say("4.1. welcomes the repeal signed after a long moratorium;\n\n4.2. notes that ");
        inline_place(&mut f, "Westria");
        f.say(" still retains the death penalty in law and has carried out executions;\n");
        let docs = vec![f.done()];
        assert_eq!(
            status_of(&docs, "Westria", "2021-03-02"),
            Some(RETENTIONIST)
        );
    }

    /// Session 38: a statement cut short before "de facto" is completed by the words
    /// after it.
    #[test]
    fn a_category_runs_on_past_its_statement() {
        let text = "Ostland has been listed as abolitionist de facto here since 2009.";
        let end = text.find(" de facto").unwrap();
        assert_eq!(category_run_on(text, Span::new(0, end)), Some(IN_PRACTICE));
        let text = "Ostland is abolitionist for all crimes.";
        assert_eq!(category_run_on(text, Span::new(0, text.len() - 1)), None);
        let text = "Ostland is abolitionist de factory-made.";
        let end = text.find(" de").unwrap();
        assert_eq!(category_run_on(text, Span::new(0, end)), None);
    }

    /// Session 38: "a prisoner, convicted of arson in 2011, was hanged on 3 May 2019":
    /// the conviction's year is not the execution's; nor is a bound ("before 2019").
    #[test]
    fn dates_of_other_acts_and_bounds() {
        let cues = lexicon().execution_cues.clone();
        let text = "He said a prisoner, convicted of arson in 2011, was executed on 3 May 2019.";
        let sentence = Span::new(0, text.len());
        let at = |w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        assert!(dates_another_act(text, sentence, at("2011"), &cues));
        assert!(!dates_another_act(text, sentence, at("3 May 2019"), &cues));
        let text = "The last hangings before 2019 were carried out in 1990.";
        let i = text.find("2019").unwrap();
        assert!(bound_mention(text, Span::new(i, i + 4)));
        let i = text.find("1990").unwrap();
        assert!(!bound_mention(text, Span::new(i, i + 4)));
    }

    /// Says `text` with a place mention at each of `places` in it.
    fn say_placed(d: &mut TestDoc, text: &str, places: &[&str]) {
        let start = d.text.len();
        d.say(text);
        mark_places(d, start, places);
    }

    /// Place mentions at each of `places` said from byte `from` on.
    fn mark_places(d: &mut TestDoc, from: usize, places: &[&str]) {
        for place in places {
            let found: Vec<usize> = d.text[from..]
                .match_indices(place)
                .map(|(i, _)| from + i)
                .collect();
            for at in found {
                let span = Span::new(at, at + place.len());
                d.extraction.mentions.push(place_mention(span, place));
            }
        }
    }

    /// Session 39: "Northia and Southia retain the death penalty; Northia carried out
    /// one execution in July 2022": the execution is Northia's, and Southia's use is
    /// not told (no answer).
    #[test]
    fn executions_in_another_place_s_clause() {
        let mut d = TestDoc::new("a.txt").published("2024-06-30");
        say_placed(
            &mut d,
            "Among the partners, Northia and Southia retain the death penalty; Northia carried out one execution in July 2022 and none since. ",
            &["Northia", "Southia"],
        );
        d.time_at("July 2022", "2022-07");
        let docs = vec![d.done()];
        assert_no_status(&docs, "Southia", "2024-06-30");
        assert_eq!(
            status_of(&docs, "Northia", "2024-06-30"),
            Some(RETENTIONIST)
        );
    }

    /// Session 39: "the President said he favoured the resumption of executions" is a
    /// wish: neither executions nor a lifted moratorium.
    #[test]
    fn a_wished_resumption_resumes_nothing() {
        let mut d = TestDoc::new("a.txt").published("2024-06-30");
        say_placed(
            &mut d,
            "Ostland retains the death penalty in law but the last executions took place in 1991, and it is regarded as abolitionist in practice. ",
            &["Ostland"],
        );
        d.time_at("1991", "1991");
        say_placed(
            &mut d,
            "The President of Ostland said in September 2020 that he favoured the resumption of executions for murder; none has taken place. ",
            &["Ostland"],
        );
        d.time_at("September 2020", "2020-09");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "2024-06-30"), Some(IN_PRACTICE));
        assert!(lifting_wished(
            "The minister said she supported the resumption of executions."
        ));
        assert!(!lifting_wished("Ostland resumed executions in 2019."));
        assert!(wished_resumption("he favoured the resumption of "));
        assert!(!wished_resumption(
            "the government announced the resumption of "
        ));
    }

    /// Session 39: a bill passed "now before the President for his assent" abolishes
    /// nothing yet; another paragraph's law that "has since become law" does.
    #[test]
    fn a_bill_awaiting_assent_in_its_own_paragraph() {
        let mut d = TestDoc::new("a.txt").published("2024-12-17");
        say_placed(
            &mut d,
            "Ostland has not carried out an execution since 2005. ",
            &["Ostland"],
        );
        d.time_at("2005", "2005");
        let from = d.text.len();
        d.event_full(
            EventKind::Abolition,
            "In Ostland the Senate passed the Death Penalty Abolition Bill on 12 November 2024, and the Bill is now before the President for his assent.",
            Some("2024-11-12"),
            &[],
            None,
            Some("Ostland"),
            Modality::Asserted,
        );
        mark_places(&mut d, from, &["Ostland"]);
        d.paragraph();
        let from = d.text.len();
        d.event_full(
            EventKind::Abolition,
            "In Westria Parliament passed a law abolishing the death penalty for all crimes on 25 July 2023, which has since come into force.",
            Some("2023-07-25"),
            &[],
            None,
            Some("Westria"),
            Modality::Asserted,
        );
        mark_places(&mut d, from, &["Westria"]);
        let docs = vec![d.done()];
        assert_ne!(status_of(&docs, "Ostland", "2024-12-17"), Some(ALL_CRIMES));
        assert_eq!(status_of(&docs, "Westria", "2024-12-17"), Some(ALL_CRIMES));
    }

    /// Session 39: "the Constitution of 1983 allows the death penalty only under
    /// military law in time of war": abolitionist for ordinary crimes from 1983.
    #[test]
    fn allowed_only_in_war_is_ordinary() {
        let mut d = TestDoc::new("a.txt").published("2024-05-10");
        say_placed(
            &mut d,
            "In Ostland, Article 12 of the 1983 Constitution allows the death penalty only in cases provided for by military law during a state of war. ",
            &["Ostland"],
        );
        let mut e = TestDoc::new("b.txt").published("2024-05-10");
        say_placed(
            &mut e,
            "In Westria, the Penal Code allows the death penalty only for murder and treason. ",
            &["Westria"],
        );
        let docs = vec![d.done(), e.done()];
        assert_eq!(status_of(&docs, "Ostland", "1990-06-30"), Some(ORDINARY));
        assert_eq!(status_of(&docs, "Ostland", "2024-05-10"), Some(ORDINARY));
        assert_ne!(status_of(&docs, "Westria", "2024-05-10"), Some(ORDINARY));
    }

    /// Session 40: an abolition told in another subject's relative clause is not the
    /// adopted law's.
    #[test]
    fn an_abolition_in_another_relative_clause() {
        let whole = |t: &str, w: &str| {
            let at = t.find(w).unwrap();
            (Span::new(0, t.len()), Span::new(at, at + w.len()))
        };
        let t = "The northern code of 1850, which provided for hanging, was extended to the whole realm; Westmark, where the death penalty had been abolished in 1850, kept its own code.";
        let (sentence, trigger) = whole(t, "The northern code of 1850");
        assert!(abolition_only_in_other_relative(t, sentence, trigger));
        let t =
            "The code of 1850, which abolished the death penalty, was extended to the whole realm.";
        let (sentence, trigger) = whole(
            t,
            "The code of 1850, which abolished the death penalty, was extended",
        );
        assert!(!abolition_only_in_other_relative(t, sentence, trigger));
        let t = "The new code, adopted in 1990, abolished the death penalty.";
        let (sentence, trigger) = whole(t, "The new code");
        assert!(!abolition_only_in_other_relative(t, sentence, trigger));
    }

    /// Session 40: "permits the death penalty only in the case of declared war": a
    /// declared war is as exceptional as a time of war.
    #[test]
    fn allowed_only_in_declared_war_is_ordinary() {
        let mut d = TestDoc::new("a.txt").published("2023-12-31");
        say_placed(
            &mut d,
            "In Ostland, the Constitution permits capital punishment only in the case of declared war, and no court has used it. ",
            &["Ostland"],
        );
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "2023-12-31"), Some(ORDINARY));
    }

    /// Session 39: "The death penalty for high treason, however, remained in the
    /// Constitution" after an abolition: abolitionist for ordinary crimes.
    #[test]
    fn an_exceptional_crime_kept_in_the_subject() {
        let mut d = TestDoc::new("a.txt").published("2024-12-17");
        let from = d.text.len();
        d.event(
            EventKind::Abolition,
            "In Ostland Parliament passed amendments removing the death penalty from the Criminal Code and the Armed Forces Act on 25 July 2023, which have since become law.",
            Some("2023-07-25"),
            &[],
        );
        mark_places(&mut d, from, &["Ostland"]);
        d.say("The death penalty for high treason, however, remained in the Constitution, and its removal requires a referendum. ");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "2024-12-17"), Some(ORDINARY));
    }

    /// Session 39: "Two States, Northia and Southia, retain it. All other participating
    /// States have abolished it for all crimes": the others are neither.
    #[test]
    fn the_others_are_none_of_the_named() {
        assert!(subject_is_the_others(
            "All other participating States have abolished it."
        ));
        assert!(subject_is_the_others(
            "The remaining countries are abolitionist."
        ));
        assert!(!subject_is_the_others(
            "The other execution took place in 2019."
        ));
        let mut d = TestDoc::new("a.txt").published("2024-06-30");
        say_placed(
            &mut d,
            "Two further States, Northia and Southia, retain the death penalty in law but observe moratoriums. ",
            &["Northia", "Southia"],
        );
        d.statement(
            StatementKind::Status,
            "All other participating States have abolished the death penalty for all crimes.",
            "abolitionist for all crimes",
            None,
        );
        let docs = vec![d.done()];
        assert_ne!(status_of(&docs, "Southia", "2024-06-30"), Some(ALL_CRIMES));
    }

    /// Session 39: "press reports of executions in 2001, but neither could be
    /// confirmed": no executions; and a legend's key names no category of anyone.
    #[test]
    fn unconfirmed_reports_and_a_legend_s_key() {
        let mut d = TestDoc::new("a.txt").published("2024-03-01");
        say_placed(
            &mut d,
            "For Ostland we found press reports of executions in 2001 and in 2015, but neither could be confirmed. ",
            &["Ostland"],
        );
        d.time_at("2001", "2001");
        let docs = vec![d.done()];
        assert_no_status(&docs, "Ostland", "2010-06-30");
        assert!(lists_categories(
            "Key: Abolished for all crimes | Abolished except for crimes under military law in wartime | Retained in law, no executions for 10 years or more | Retained and used."
        ));
    }

    /// Session 39: "In Southia, ... . The country's last execution took place in
    /// 1973" in a story about Northia: Southia's, not the story's country's.
    #[test]
    fn the_country_after_another_place() {
        let mut d = TestDoc::new("a.txt").published("2024-05-10");
        inline_place(&mut d, "NORTHIA");
        d.say(" LAWMAKERS DEBATE THE DEATH PENALTY\n\n");
        let from = d.text.len();
        d.event(
            EventKind::Abolition,
            "Northia abolished the death penalty for all crimes in 1956.",
            Some("1956"),
            &[],
        );
        mark_places(&mut d, from, &["Northia"]);
        d.paragraph();
        say_placed(
            &mut d,
            "In Southia, the constitution allows it in war. The country's last execution, by firing squad, took place in 1973.",
            &["Southia"],
        );
        d.time_at("1973", "1973");
        // Southia is a country the documents know (another one is about it).
        let mut e = TestDoc::new("b.txt").published("2024-05-10");
        inline_place(&mut e, "Southia");
        e.say(" held elections in May. ");
        let docs = vec![d.done(), e.done()];
        let report = status_at(&docs, "Northia", "2024-05-10");
        assert_eq!(
            report.as_ref().and_then(|r| r.status),
            Some(ALL_CRIMES),
            "{:?}",
            report.map(|r| r.reason)
        );
    }

    fn status_of(docs: &[TestDoc], key: &str, day: &str) -> Option<&'static str> {
        status_at(docs, key, day).and_then(|r| r.status)
    }

    fn annex(published: &str, as_of: (&str, &str), body: &str) -> TestDoc {
        let mut d = TestDoc::new("annex.txt").published(published);
        d.say(&format!(
            "ANNEX: COUNTRIES BY CATEGORY AS OF {}\n\n",
            as_of.0
        ));
        d.time_at(as_of.0, as_of.1);
        d.say(body);
        d.done()
    }

    #[test]
    fn a_list_under_a_category_heading_speaks_for_its_day() {
        let body = "3. ABOLITIONIST IN PRACTICE\nCountries which retain the death penalty for ordinary crimes but have not executed anyone during the last 10 years:\nAlgeria, Ostland, Tonga\n\n4. RETENTIONIST\nCountries and territories which retain the death penalty for ordinary crimes:\nBahamas, Westland, Guyana\n";
        let docs = vec![annex(
            "2016-04-06",
            ("31 DECEMBER 2015", "2015-12-31"),
            body,
        )];
        assert_eq!(status_of(&docs, "Ostland", "2016-01-01"), Some(IN_PRACTICE));
        assert_eq!(
            status_of(&docs, "Westland", "2016-01-01"),
            Some(RETENTIONIST)
        );
        assert_no_status(&docs, "Ostland", "2015-06-01");
        // A legend: category names one after another, then territories with no data.
        let legend = "Legend\n\nAbolitionist in practice (no execution for ten years)\n\nRetentionist\n\nNo data: Northland, Southland, Eastland\n";
        let docs = vec![annex(
            "2020-01-20",
            ("1 January 2020", "2020-01-01"),
            legend,
        )];
        assert_no_status(&docs, "Northland", "2020-06-01");
    }

    /// Session 41: an annex headed "COUNTRIES BY CATEGORY AT 31 MARCH 2011" speaks
    /// for that day, not for the report's publication; its items may carry a note's
    /// letter ("Ostland (b)") or a short name in brackets ("Republic of Westmark
    /// (Westmark)").
    #[test]
    fn a_list_headed_at_a_day_speaks_for_that_day() {
        let mut d = TestDoc::new("report.txt").published("2012-05-01");
        d.say("REGIONAL ANNEX: STATES BY CATEGORY AT 31 MARCH 2011");
        d.time_at("31 MARCH 2011", "2011-03-31");
        d.say("\n\nABOLITIONIST IN PRACTICE\n\nAlgeria, Ostland (b), Tonga, Grenada\n\nRETENTIONIST\n\nBahamas, Guyana (a), Westland\n\nNOTES\n\n(a) Guyana: see above.\n");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "2011-06-30"), Some(IN_PRACTICE));
        assert_eq!(status_of(&docs, "Guyana", "2011-06-30"), Some(RETENTIONIST));
        assert_no_status(&docs, "Ostland", "2011-01-31");
        // A sentence's "at" before a day is no heading's.
        let mut d = TestDoc::new("report.txt").published("2012-05-01");
        d.say("The prison was visited at 31 March 2011");
        d.time_at("31 March 2011", "2011-03-31");
        d.say(" by monitors.\n\nABOLITIONIST IN PRACTICE\n\nAlgeria, Ostland, Tonga\n");
        let docs = vec![d.done()];
        assert_no_status(&docs, "Ostland", "2011-06-30");
        assert_eq!(status_of(&docs, "Ostland", "2012-06-30"), Some(IN_PRACTICE));
    }

    /// "Death sentences continued to be imposed in Ghana, Ostland and Mauritania
    /// in 2019": courts of countries abolitionist in practice sentence people to
    /// death too; sentences told of several countries at once give none of them a
    /// status, while an execution within ten years still does.
    #[test]
    fn death_sentences_alone_give_no_status() {
        let mut d = TestDoc::new("a.txt").published("2020-03-01");
        d.say("Death sentences continued to be imposed in ");
        inline_place(&mut d, "Ghana");
        d.say(", ");
        inline_place(&mut d, "Ostland");
        d.say(" and ");
        inline_place(&mut d, "Mauritania");
        d.event_full(
            EventKind::DeathSentence,
            " in 2019.",
            Some("2019"),
            &[],
            None,
            Some("Ostland"),
            Modality::Asserted,
        );
        let docs = vec![d.done()];
        assert_no_status(&docs, "Ostland", "2019-12-31");
        // The same read from the text, with no event from the extractor.
        let mut t = TestDoc::new("t.txt").published("2020-03-01");
        t.say("Death sentences continued to be imposed in ");
        inline_place(&mut t, "Ghana");
        t.say(", ");
        inline_place(&mut t, "Ostland");
        t.say(" and ");
        inline_place(&mut t, "Mauritania");
        t.say(" in 2019.");
        t.time_at("2019", "2019");
        assert_no_status(&[t.done()], "Ostland", "2019-12-31");
        let mut e = TestDoc::new("b.txt").published("2020-03-01");
        e.place("Ostland");
        e.event_full(
            EventKind::Execution,
            "Ostland executed three prisoners in 2017.",
            Some("2017"),
            &[],
            None,
            Some("Ostland"),
            Modality::Asserted,
        );
        let docs = vec![docs[0].clone(), e.done()];
        assert_eq!(
            status_of(&docs, "Ostland", "2019-12-31"),
            Some(RETENTIONIST)
        );
    }

    /// "Ostland ... became abolitionist for all crimes during the year when
    /// Parliament voted to repeal the 1991 amendments", in a report on 2022: the
    /// abolition is of 2022, not of the year that names the amendments.
    #[test]
    fn a_change_during_the_year_is_of_the_report_s_year() {
        let mut d = TestDoc::new("a.txt").published("2023-05-16");
        d.say("DEATH SENTENCES AND EXECUTIONS 2022\n\n");
        d.place("Ostland");
        d.event_full(
            EventKind::Abolition,
            "Ostland became abolitionist for all crimes during the year when Parliament voted in January to repeal the 1991 amendments.",
            Some("1991"),
            &[],
            None,
            Some("Ostland"),
            Modality::Asserted,
        );
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "2022-12-31"), Some(ALL_CRIMES));
        assert_ne!(status_of(&docs, "Ostland", "2000-01-01"), Some(ALL_CRIMES));
    }

    /// "Westland, our neighbour to the north-west, carried out further executions
    /// this year, while Ostland has not ...": the executions are Westland's, past
    /// the apposition, whatever place the extractor gave them.
    #[test]
    fn executions_after_an_apposition_are_its_subject_s() {
        let mut d = TestDoc::new("a.txt").published("2018-11-15");
        d.say("Our region is not of one mind. ");
        inline_place(&mut d, "Westland");
        d.event_full(
            EventKind::Execution,
            ", our neighbour to the north-west, carried out further executions this year, while",
            Some("2018"),
            &[],
            None,
            Some("Ostland"),
            Modality::Asserted,
        );
        d.say("the Kingdom of ");
        inline_place(&mut d, "Ostland");
        d.say(" has not carried out an execution since 1995.");
        let docs = vec![d.done()];
        assert_ne!(
            status_of(&docs, "Ostland", "2018-11-15"),
            Some(RETENTIONIST)
        );
    }

    /// "Capital punishment in Washington (state)": a page on the state is the
    /// state's, not the federation's whose capital has the same name.
    #[test]
    fn a_state_named_like_a_capital_keeps_its_page() {
        let mut d = TestDoc::new("a.txt").published("2023-06-01");
        d.say("Capital punishment in ");
        inline_place(&mut d, "Washington");
        d.say(" (state)\n\n");
        inline_place(&mut d, "Washington");
        d.say(" is a state of the ");
        inline_place(&mut d, "United States");
        d.say(". ");
        d.event(
            EventKind::Abolition,
            "The state abolished capital punishment in 1913 but restored it in 1919.",
            Some("1913"),
            &[],
        );
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Washington", "1915-01-01"),
            Some(ALL_CRIMES)
        );
        assert_no_status(&docs, "United States", "1915-01-01");
    }

    /// "Westland, Ostland's eastern neighbour, last carried out an execution in
    /// 2012": the executions are Westland's; Ostland is named as a reference point.
    #[test]
    fn a_place_whose_neighbour_another_is_is_not_the_subject() {
        let mut d = TestDoc::new("a.txt").published("2018-06-01");
        inline_place(&mut d, "Westland");
        d.say(", ");
        inline_place(&mut d, "Ostland");
        d.event(
            EventKind::Execution,
            "'s eastern neighbour, last carried out an execution in 2012 and retains the death penalty.",
            Some("2012"),
            &[],
        );
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Westland", "2013-01-01"),
            Some(RETENTIONIST)
        );
        assert_no_status(&docs, "Ostland", "2013-01-01");
    }

    /// "The state abolished capital punishment in 1913 but restored it in 1919":
    /// the pronoun's abolition stands earlier in the same sentence.
    #[test]
    fn restored_it_after_an_abolition_in_the_same_sentence() {
        let mut d = TestDoc::new("a.txt").published("2021-03-03");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            "Ostland abolished capital punishment in 1913 but restored it in 1919.",
            Some("1913"),
            &[],
        );
        d.time_at("1919", "1919");
        d.event(
            EventKind::Execution,
            "Ostland carried out its last execution in 2010.",
            Some("2010"),
            &[],
        );
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "1915-01-01"), Some(ALL_CRIMES));
        assert_eq!(
            status_of(&docs, "Ostland", "2012-01-01"),
            Some(RETENTIONIST)
        );
    }

    /// "Retentionist countries include Ostland, Westland, the Southern Isles and
    /// Nebland.": each listed country is retentionist on the page's day.
    #[test]
    fn a_list_after_a_category_name_classifies_its_members() {
        let mut d = TestDoc::new("a.txt").published("2021-06-30");
        d.say("Retentionist countries include Ostland, Westland, the Southern Isles and Nebland. ");
        d.say("Other countries have moved towards abolition.");
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Ostland", "2021-06-30"),
            Some(RETENTIONIST)
        );
        assert_eq!(
            status_of(&docs, "Southern Isles", "2021-06-30"),
            Some(RETENTIONIST)
        );
        assert_no_status(&docs, "Northland", "2021-06-30");
    }

    #[test]
    fn a_carried_category_stops_at_a_later_undated_change_in_law() {
        let list = annex(
            "2016-04-06",
            ("31 DECEMBER 2015", "2015-12-31"),
            "ABOLITIONIST IN PRACTICE: Algeria, Ostland, Tonga\n",
        );
        let mut table = annex(
            "2020-01-20",
            ("1 January 2020", "2020-01-01"),
            "Country Status Last execution\n\nOstland Abolitionist for all crimes never\n\nWestland Retentionist 1997\n",
        );
        table.name = "map.html".into();
        let docs = vec![list, table];
        assert_eq!(status_of(&docs, "Ostland", "2016-06-01"), Some(IN_PRACTICE));
        assert_no_status(&docs, "Ostland", "2018-01-01");
        assert_eq!(status_of(&docs, "Ostland", "2020-06-01"), Some(ALL_CRIMES));
        assert_eq!(
            status_of(&docs, "Westland", "2020-06-01"),
            Some(RETENTIONIST)
        );
    }

    #[test]
    fn a_row_of_earlier_abolitions_with_the_verb_elided() {
        let mut d = TestDoc::new("news.txt").published("2013-05-02");
        d.say("Newland becomes the fifth state in six years to abandon capital punishment, after Ostland in 2007, Westland in 2009 and Southland in 2011.");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Westland", "2010-01-01"), Some(ALL_CRIMES));
        assert_eq!(
            status_of(&docs, "Southland", "2012-01-01"),
            Some(ALL_CRIMES)
        );
        assert_no_status(&docs, "Westland", "2008-01-01");
    }

    #[test]
    fn a_statute_struck_down_leaves_the_status_unknown() {
        let build = |ruling: &str| {
            let mut d = TestDoc::new("news.txt").published("2016-08-03");
            d.event(
                EventKind::Execution,
                "Ostland carried out its last execution in April 2012.",
                Some("2012-04"),
                &[],
            );
            d.paragraph();
            d.say(ruling);
            d.time_at("2 August 2016", "2016-08-02");
            vec![d.done()]
        };
        let docs = build("Ostland's highest court on 2 August 2016 declared the state's capital sentencing statute unconstitutional, leaving the state without a usable death penalty law.");
        assert_eq!(
            status_of(&docs, "Ostland", "2014-01-01"),
            Some(RETENTIONIST)
        );
        assert_no_status(&docs, "Ostland", "2017-01-01");
        // The mandatory death sentence struck down leaves the death penalty in force.
        let docs = build("Ostland's highest court on 2 August 2016 declared the mandatory death sentence for murder unconstitutional.");
        assert_eq!(
            status_of(&docs, "Ostland", "2017-01-01"),
            Some(RETENTIONIST)
        );
    }

    /// "Singland executed four people." in "Death penalty facts and figures 2019",
    /// published in 2020: executions in the year the report covers; a heading's year
    /// after "since" is no such year.
    #[test]
    fn undated_executions_in_a_report_on_one_year() {
        let report = |heading: &str| {
            let mut d = TestDoc::new("a.html").published("2020-04-21");
            d.say(heading);
            d.say("\n\nAsia-Pacific\n\nSingland executed four people. ");
            d.place("Singland");
            d.done()
        };
        let facts = [report("Death penalty facts and figures 2019")];
        assert_eq!(
            status_at(&facts, "Singland", "2019-12-31").and_then(|r| r.status),
            Some(RETENTIONIST)
        );
        let news = [report("Singland carries out executions, first since 2017")];
        assert_no_status(&news, "Singland", "2018-01-01");
        let case = [report("Appeal No. 44 of 2019")];
        assert_no_status(&case, "Singland", "2019-12-31");
    }

    /// "carried out its last execution in October 1984": retentionist in the years
    /// just before, unless the executions are said to resume after a pause.
    #[test]
    fn retentionist_just_before_executions() {
        let doc = |said: &str| {
            let mut d = TestDoc::new("a.txt").published("2017-03-19");
            d.place("Turkland");
            d.event(EventKind::Execution, said, Some("1984-10"), &[]);
            d.done()
        };
        let last = [doc(
            "Turkland carried out its last execution in October 1984.",
        )];
        assert_eq!(
            status_at(&last, "Turkland", "1983-01-01").and_then(|r| r.status),
            Some(RETENTIONIST)
        );
        assert_no_status(&last, "Turkland", "1975-01-01");
        let resumed = [doc("Turkland resumed executions in October 1984.")];
        assert_no_status(&resumed, "Turkland", "1983-01-01");
    }

    /// "abolished the death penalty in peacetime in August 2002 and for all
    /// circumstances, including wartime, in 2004": ordinary crimes, then all.
    #[test]
    fn peacetime_then_all_circumstances_on_a_later_date() {
        let mut d = TestDoc::new("a.txt").published("2017-03-19");
        d.place("Turkland");
        d.event(
            EventKind::Abolition,
            "Turkland abolished the death penalty in peacetime in August 2002 and for all circumstances, including wartime, in 2004.",
            Some("2002-08"),
            &[],
        );
        d.trigger("abolished");
        d.time_at("August 2002", "2002-08");
        d.time_at("2004", "2004");
        let docs = [d.done()];
        assert_eq!(
            status_at(&docs, "Turkland", "2003-01-01").and_then(|r| r.status),
            Some(ORDINARY)
        );
        assert_eq!(
            status_at(&docs, "Turkland", "2010-01-01").and_then(|r| r.status),
            Some(ALL_CRIMES)
        );
    }

    /// "supporters chanted for the execution of those behind last July's coup": an
    /// execution called for is none.
    #[test]
    fn an_execution_called_for_is_none() {
        let mut d = TestDoc::new("a.txt").published("2017-03-19");
        d.place("Turkland");
        d.event(
            EventKind::Execution,
            "At a rally in Turkland, supporters chanted for the execution of those behind last July's coup.",
            Some("2016-07"),
            &[],
        );
        let docs = [d.done()];
        assert_no_status(&docs, "Turkland", "2017-01-01");
    }

    /// "Before 1990, ... executions were carried out": 1990 bounds them; and
    /// retention shown only by executions years old yields to a later page's
    /// undated abolition.
    #[test]
    fn a_bound_is_no_date_of_executions() {
        let mut d = TestDoc::new("a.txt").published("2021-02-19");
        d.place("Namland");
        d.event(
            EventKind::Execution,
            "Before 1990, under the administration of Namland, executions were carried out.",
            Some("1990"),
            &[],
        );
        d.time_at("1990", "1990");
        let docs = [d.done()];
        assert_no_status(&docs, "Namland", "1991-01-01");
    }

    /// "which abolished capital punishment in the 1990s": an abolition dated by a
    /// decade is unknown before the decade ends, known after it.
    #[test]
    fn an_abolition_dated_by_a_decade_holds_only_after_it() {
        let mut d = TestDoc::new("a.txt").published("2019-06-20");
        d.place("Lithuland");
        d.event(
            EventKind::Abolition,
            "Lithuland abolished capital punishment for all crimes in the 1990s.",
            Some("1990/1999"),
            &[],
        );
        d.trigger("abolished");
        let docs = [d.done()];
        assert_no_status(&docs, "Lithuland", "1994-01-01");
        assert_eq!(
            status_at(&docs, "Lithuland", "2005-01-01").and_then(|r| r.status),
            Some(ALL_CRIMES)
        );
    }

    /// "The last federal execution took place in March 2003." after a sentence on
    /// a state: the federation's executions are not the state's.
    #[test]
    fn federal_executions_are_not_a_states() {
        let mut d = TestDoc::new("a.txt").published("2020-07-14");
        d.place("Arkansas");
        d.event(
            EventKind::Execution,
            "The last federal execution took place in March 2003.",
            Some("2003-03"),
            &[],
        );
        let docs = [d.done()];
        assert_no_status(&docs, "arkansas", "2005-01-01");
        assert!(federal_for_state(
            "The last federal execution took place.",
            "arkansas"
        ));
        assert!(!federal_for_state(
            "The last federal execution took place.",
            "france"
        ));
        assert!(!federal_for_state("A confederal body met.", "arkansas"));
    }

    /// "The state's neighbour Illinois abolished ...": a neighbour word before a
    /// name.
    /// "New Mexico, Arizona's neighbour to the east, abolished capital punishment in
    /// 2009" on a page about Arizona: Arizona is the landmark, not the subject.
    #[test]
    fn a_state_named_as_another_s_neighbour_is_a_landmark() {
        let mut d = TestDoc::new("a.txt").published("2022-05-11");
        d.place("Arizona");
        d.event(
            EventKind::Execution,
            "Arizona executed a man in July 2014.",
            Some("2014-07"),
            &[],
        );
        d.event(
            EventKind::Abolition,
            "New Mexico,\nArizona's neighbour to the east, abolished capital punishment in 2009.",
            Some("2009"),
            &[],
        );
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Arizona", "2016-01-01"),
            Some(RETENTIONIST)
        );
        assert_eq!(
            status_of(&docs, "New Mexico", "2010-01-01"),
            Some(ALL_CRIMES)
        );
    }

    #[test]
    fn a_neighbour_named_in_the_sentence() {
        assert!(names_a_neighbour(
            "The state's neighbour Illinois abolished it in 2011."
        ));
        assert!(!names_a_neighbour(
            "The state has no neighbour that executes."
        ));
    }

    /// "Eritland ... continued to hand down death sentences, while the Rusland
    /// Federation maintained the moratorium on executions in force since 1996": the
    /// moratorium is the other clause's place's.
    #[test]
    fn a_moratorium_in_another_places_clause() {
        let mut d = TestDoc::new("a.txt").published("2017-04-01");
        d.statement(
            StatementKind::Moratorium,
            "Among them, Eritland continued to hand down death sentences, while the Rusland Federation maintained the moratorium on executions in force since 1996.",
            "yes",
            Some("1996/"),
        );
        let docs = [d.done()];
        assert_no_status(&docs, "Eritland", "2010-01-01");
    }

    #[test]
    fn members_named_in_prose_under_a_category_heading() {
        let mut d = TestDoc::new("list.html").published("2015-07-01");
        d.say("Abolitionist and retentionist countries\n\nSituation as at ");
        d.date("30 June 2015", "2015-06-30");
        d.say("\n\nMap legend\n\nAbolitionist for all crimes\n\nAbolitionist in practice\n\nRetentionist\n\n");
        d.say("1. Abolitionist for all crimes\n\nCountries whose laws do not provide for the death penalty for any crime: 101 countries. They include Andor, Ostland, Porta and Vena.\n\n");
        d.say("2. Abolitionist in practice\n\nCountries which have not executed anyone during the last 10 years: 32 countries. Grena, Westmark and Tonna are among them.\n\n");
        d.say("3. Retentionist\n\nCountries and territories that retain the death penalty: 58, including Antig, Northland (State of), Dominika and Syra.\n\n");
        d.say("This page is updated twice a year.\n");
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let at =
            |key: &str, day: &str| status(&inputs, &graph, key, pd(day)).and_then(|r| r.status);
        assert_eq!(at("Ostland", "2015-06-30"), Some(ALL_CRIMES));
        assert_eq!(at("Westmark", "2015-06-30"), Some(IN_PRACTICE));
        assert_eq!(at("Northland", "2015-06-30"), Some(RETENTIONIST));
        assert_eq!(at("Eastmark", "2015-06-30"), None);
    }

    #[test]
    fn prose_members_need_a_cue_and_three_names() {
        assert_eq!(
            listed::prose_members("Brazil, Chile, El Salvador and Peru are in this group."),
            vec!["Brazil", "Chile", "El Salvador", "Peru"]
        );
        assert_eq!(
            listed::prose_members(
                "58 countries, including Dominica, Palestine (State of) and Syria."
            ),
            vec!["Dominica", "Palestine", "Syria"]
        );
        // Two names, or names with no cue, list nobody.
        assert!(listed::prose_members("They include Chile and Peru.").is_empty());
        assert!(listed::prose_members("Brazil, Chile and Peru voted against it.").is_empty());
    }

    #[test]
    fn an_authority_over_part_of_a_country_is_not_its_state() {
        let build = |outside: bool| {
            let mut d = TestDoc::new("note.txt").published("2023-09-01");
            for _ in 0..3 {
                d.place("Ostland");
            }
            d.paragraph();
            d.event(
                EventKind::Execution,
                "The Ostland authorities carried out executions in 2013.",
                Some("2013"),
                &[],
            );
            let text = if outside {
                "In areas under the control of the Autonomous Administration of North Ostland, the Social Contract of 2014 abolished the death penalty."
            } else {
                "In Ostland the Social Contract of 2014 abolished the death penalty."
            };
            d.event(EventKind::Abolition, text, Some("2014"), &[]);
            d.done()
        };
        for (outside, expected) in [(true, RETENTIONIST), (false, ALL_CRIMES)] {
            let docs = vec![build(outside)];
            let inputs = inputs(&docs);
            let graph = reconcile(&inputs);
            let report = status(&inputs, &graph, "Ostland", pd("2015-06-01")).expect("known");
            assert_eq!(report.status, Some(expected), "{}", report.reason);
        }
    }

    #[test]
    fn an_abolition_wrapped_across_lines() {
        // A hard-wrapped speech: "the death\npenalty" is still the penalty.
        let text = "The Constitution that entered into force on 1 January 1948 abolished the death\npenalty except in the cases provided for by the military laws of war.";
        assert_eq!(
            abolition_scope(EventKind::Abolition, text),
            Some(Scope::Ordinary)
        );
        assert_eq!(
            abolition_scope(
                EventKind::LawAdopted,
                "The law abolished the death\n  penalty for all crimes."
            ),
            Some(Scope::All)
        );
    }

    #[test]
    fn an_abolition_ending_an_earlier_exception_is_for_all_crimes() {
        // The exception named is the one ended, not one kept.
        assert_eq!(
            abolition_scope(
                EventKind::Abolition,
                "It took forty years more to remove that exception: in 1989 Parliament deleted the death penalty from the military penal code."
            ),
            Some(Scope::All)
        );
        // An exception kept is still an abolition for ordinary crimes.
        assert_eq!(
            abolition_scope(
                EventKind::Abolition,
                "The law removed the death penalty except for crimes committed in time of war."
            ),
            Some(Scope::Ordinary)
        );
        // "for all offences" after a removal from a code.
        assert_eq!(
            abolition_scope(
                EventKind::Abolition,
                "The death penalty was removed from the Criminal Code, which replaced it with life imprisonment for all offences."
            ),
            Some(Scope::All)
        );
    }

    /// Session 25 (status-13): "abolished the death penalty for most crimes in 1915,
    /// ..., and it removed it altogether in 1973": ordinary crimes, then all crimes.
    #[test]
    fn removed_it_altogether_completes_the_abolition() {
        let mut d = TestDoc::new("a.txt");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            "Ostland abolished the death penalty for most crimes in 1915, keeping it only for treason, and it removed it altogether in 1973.",
            Some("1915"),
            &[],
        );
        d.time_at("1915", "1915").time_at("1973", "1973");
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at("1950-01-01"), Some(ORDINARY));
        assert_eq!(at("1980-01-01"), Some(ALL_CRIMES));
    }

    /// Session 25 (status-13): "the States which have abolished the death penalty may
    /// not reinstate it, ... and urges Ostland to ratify the Protocol": a rule for every
    /// abolitionist state, no abolition of the one named.
    #[test]
    fn states_which_have_abolished_is_generic() {
        assert!(generic_relative(
            "the commission reiterates that the states which "
        ));
        assert!(!generic_relative("ostland "));
        let mut d = TestDoc::new("a.txt").published("2016-10-10");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            "The Commission reiterates that the States which have abolished the death penalty may not reinstate it, in accordance with Article 4, and invites Ostland to ratify the Protocol.",
            None,
            &[],
        );
        let docs = vec![d.done()];
        assert_no_status(&docs, "Ostland", "2016-12-31");
        let mut d = TestDoc::new("b.txt").published("2016-10-10");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            "Ostland has abolished the death penalty.",
            None,
            &[],
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2016-12-31").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
    }

    /// Session 25 (status-13): "Westmark abolished capital punishment in 1863, Ostland
    /// in 1906 and Nordia in 1907": each name of the gapped row on its own year.
    #[test]
    fn a_gapped_row_of_abolitions_dates_each_name() {
        assert_eq!(
            elided::gapped_year(
                "Westmark abolished capital punishment in 1863, Ostland\nin 1906 and Nordia in 1907, and each bars it today.",
                "ostland"
            ),
            Some(1906)
        );
        let mut d = TestDoc::new("a.txt").published("2005-03-15");
        d.place("Westmark").place("Ostland");
        d.event(
            EventKind::Abolition,
            "Westmark abolished capital punishment in 1863, Ostland in 1906 and Nordia in 1907, and each bars it today for every crime.",
            Some("1863"),
            &["Westmark", "Ostland"],
        );
        d.time_at("1863", "1863")
            .time_at("1906", "1906")
            .time_at("1907", "1907");
        let docs = vec![d.done()];
        assert_no_status(&docs, "Ostland", "1900-01-01");
        let report = status_at(&docs, "Ostland", "1950-01-01").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
    }

    /// Session 25 (status-13): "Ostland is therefore classed as abolitionist in practice",
    /// after a sentence of death sentences passed: the category the document gives.
    #[test]
    fn classed_as_a_category_in_text() {
        let mut d = TestDoc::new("a.txt").published("2019-04-02");
        d.place("Ostland");
        d.say("No execution has been carried out in Ostland since 1993. ");
        d.say("Ostland is therefore classed as abolitionist in practice. ");
        d.say("Westmark, by contrast, is counted among the states that are retentionist.");
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2019-04-02").expect("known");
        assert_eq!(report.status, Some(IN_PRACTICE), "{}", report.reason);
        let mut d = TestDoc::new("b.txt").published("2019-04-02");
        d.place("Ostland").place("Westmark");
        d.say("Ostland, unlike Westmark, is classed as retentionist.");
        let docs = vec![d.done()];
        assert_no_status(&docs, "Westmark", "2019-04-02");
    }

    /// Session 25 (status-13): an old list's `<PRE>` tables, their spacing lost:
    /// "1. ABOLITIONIST FOR ALL CRIMES", a definition, then "COUNTRY DATE (AFC) ...
    /// Andor 1990 1943 Ostland 1968 1950 1950"; two rows under a header suffice.
    #[test]
    fn a_column_table_under_a_category_heading() {
        let mut d = TestDoc::new("list.html").published("1998-01-01");
        d.say("THE DEATH PENALTY: LIST OF ABOLITIONIST AND RETENTIONIST COUNTRIES\n\n");
        d.say("1. ABOLITIONIST FOR ALL CRIMES\n\nCountries whose laws do not provide for the death penalty for any crime.\n\n");
        d.say("COUNTRY DATE (AFC) DATE (AOC) DATE (LAST EX.) Andor 1990 1943 Ostland 1968 1950 1950 Sao Porta and Vena 1990 K\n\n");
        d.say("2. ABOLITIONIST FOR ORDINARY CRIMES ONLY\n\nCountries whose laws provide for the death penalty only for exceptional crimes.\n\n");
        d.say("COUNTRY DATE (AOC) DATE (LAST EX.) Westmark 1983 1962 Nordia 1971 1943\n\n");
        d.say("3. RETENTIONIST\n\nCountries which retain and use the death penalty for ordinary crimes: many.\n");
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let at =
            |key: &str, day: &str| status(&inputs, &graph, key, pd(day)).and_then(|r| r.status);
        assert_eq!(at("Ostland", "1998-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("Sao Porta and Vena", "1998-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("Westmark", "1998-01-01"), Some(ORDINARY));
        assert_eq!(at("Eastmark", "1998-01-01"), None);
    }

    /// Session 25 (status-13): a regional paper that names Ostland most: "Westmark
    /// retains the death penalty, but its last execution was in 1982. It is considered
    /// abolitionist in practice." The pronoun is Westmark's, not Ostland's.
    #[test]
    fn a_pronoun_subject_continues_the_sentence_before() {
        let mut d = TestDoc::new("a.txt").published("2012-10-01");
        d.say("Ostland abolished the death penalty for murder in 1979 and Ostland keeps it for mutiny. Ostland is therefore counted among the states abolitionist for ordinary crimes only. ");
        d.place("Ostland").place("Ostland").place("Ostland");
        d.say("Westmark retains the death penalty for murder. ");
        d.place("Westmark");
        d.event(
            EventKind::StatusClassification,
            "It is considered abolitionist in practice.",
            Some("2012-10-01"),
            &[],
        );
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2012-10-01").expect("known");
        assert_ne!(report.status, Some(IN_PRACTICE), "{}", report.reason);
        assert!(opens_with_pronoun(
            "Its parliament reintroduced the death penalty"
        ));
        assert!(!opens_with_pronoun("Itself a small state, Ostland ..."));
    }

    /// Session 26 (status-14): a key of codes ("Key: AB abolitionist for all crimes;
    /// ... R retentionist. Letters refer to the notes") and a table "Country Category
    /// Last known execution" whose rows give codes, a footnote's letter run into a
    /// name ("Ostlanda AB 1988"), as of the day the page states.
    #[test]
    fn a_coded_table_under_a_key() {
        let mut d = TestDoc::new("annex.html").published("2020-04-30");
        d.say("Annual review 2019. Position as at ");
        d.date("31 December 2019", "2019-12-31");
        d.say("\n\nKey: AB abolitionist for all crimes; AO abolitionist for ordinary crimes only; AP abolitionist in practice (retains it in law but executes nobody); R retentionist. Superscript letters refer to the notes.\n\n");
        d.say("Country Category Last known execution\n\nOstlanda AB 1988\n\nWestmark R 2019\n\nNordia AP 1989\n");
        let docs = vec![d.done()];
        let inputs = inputs(&docs);
        let graph = reconcile(&inputs);
        let at =
            |key: &str, day: &str| status(&inputs, &graph, key, pd(day)).and_then(|r| r.status);
        assert_eq!(at("Ostland", "2019-12-31"), Some(ALL_CRIMES));
        assert_eq!(at("Westmark", "2019-12-31"), Some(RETENTIONIST));
        assert_eq!(at("Nordia", "2019-12-31"), Some(IN_PRACTICE));
        assert_eq!(
            listed::coded_row_for_test("Westmark R 2019 and prose after"),
            None
        );
    }

    /// A prose line opening with "State" opens no coded table: the rows after it are
    /// read only under a header of column names.
    #[test]
    fn a_prose_line_opens_no_coded_table() {
        let build = |head: &str| {
            let mut d = TestDoc::new("annex.html").published("2020-04-30");
            d.say("Annual review 2019. Position as at ");
            d.date("31 December 2019", "2019-12-31");
            d.say("\n\nKey: AB abolitionist for all crimes; AO abolitionist for ordinary crimes only; R retentionist.\n\n");
            d.say(head);
            d.say("\n\nOstlanda AB 1988\n\nWestmark R 2019\n");
            d.done()
        };
        for (head, expected) in [
            (
                "State  Code  Year abolished  Last execution",
                Some(ALL_CRIMES),
            ),
            (
                "State of the death penalty in the region at the end of the year",
                None,
            ),
        ] {
            let docs = vec![build(head)];
            let inputs = inputs(&docs);
            let graph = reconcile(&inputs);
            let got = status(&inputs, &graph, "Ostland", pd("2019-12-31")).and_then(|r| r.status);
            assert_eq!(got, expected, "{head}");
        }
        assert!(!listed::table_head(
            "state of the death penalty: status by year"
        ));
        assert!(listed::table_head(
            "country | status | last execution | notes"
        ));
    }

    /// Session 26 (status-14): "rights groups count it among the countries that are
    /// abolitionist in practice": the pronoun for the one place the sentence names.
    #[test]
    fn counted_among_with_a_pronoun() {
        let mut d = TestDoc::new("a.txt").published("2016-06-14");
        d.place("Ostland");
        d.say("But Ostland has not carried out an execution in more than two decades, and rights groups count it among the countries that are abolitionist in practice.");
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2016-06-14").expect("known");
        assert_eq!(report.status, Some(IN_PRACTICE), "{}", report.reason);
        assert_no_status(&docs, "Ostland", "1990-01-01");
    }

    /// Session 26 (status-14): "Ostland, after reintroducing capital punishment in
    /// 1993 and executing seven people, abolished it again in 2006": the penalty is
    /// named in the clause between the subject and the words.
    #[test]
    fn abolished_it_after_a_clause_naming_the_penalty() {
        let mut d = TestDoc::new("a.txt").published("2022-09-01");
        d.place("Ostland");
        d.say("Ostland, after reintroducing capital punishment in ");
        d.date("1993", "1993");
        d.say(" and executing seven people, abolished it again in ");
        d.date("2006", "2006");
        d.say(".");
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2022-09-01").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
        let plain = "westmark abolished the death penalty, and ostland abolished it in 2006.";
        let at = plain.find("abolished it").expect("words");
        assert_eq!(inserted_clause(plain, 0, at, at + 12), None);
        let clause = "ostland, after reintroducing capital punishment, abolished it in 2006.";
        let at = clause.find("abolished it").expect("words");
        assert_eq!(inserted_clause(clause, 0, at, at + 12), Some(7));
    }

    /// Session 26 (status-14): "Since the second ruling ... the penalty survives only
    /// in the military code, for crimes committed in time of war": an abolition kept
    /// for exceptional crimes is one for ordinary crimes.
    #[test]
    fn a_penalty_that_survives_only_for_war() {
        let mut d = TestDoc::new("a.txt").published("2021-06-01");
        d.place("Ostland");
        d.event(
            EventKind::Abolition,
            "In October 2017 the court struck down the death penalty provisions of the remaining articles.",
            Some("2017-10"),
            &[],
        );
        d.say(" Since then Ostland has been classified as abolitionist for ordinary crimes: the penalty survives only in the military code, for crimes committed in time of war.");
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2019-01-01").expect("known");
        assert_eq!(report.status, Some(ORDINARY), "{}", report.reason);
    }

    /// Session 26 (status-14): hangings of July 2022 told apart from "These were the
    /// first judicial executions in Ostland since 1988": no retention is projected
    /// back into the quiet years between.
    #[test]
    fn no_back_projection_across_a_told_gap() {
        let mut d = TestDoc::new("a.txt").published("2022-09-01");
        d.place("Ostland");
        d.event(
            EventKind::Execution,
            "On 25 July 2022 the authorities announced that four men had been hanged in Ostland.",
            Some("2022-07-25"),
            &[],
        );
        d.event(
            EventKind::Execution,
            "These were the first judicial executions in Ostland since 1988.",
            Some("1988"),
            &[],
        );
        let docs = vec![d.done()];
        assert_no_status(&docs, "Ostland", "2019-12-31");
        let report = status_at(&docs, "Ostland", "2022-09-01").expect("known");
        assert_eq!(report.status, Some(RETENTIONIST), "{}", report.reason);
    }

    /// Marks every `name` said so far as a place mention.
    fn places_at(d: &mut TestDoc, name: &str) {
        let found: Vec<usize> = d.text.match_indices(name).map(|(i, _)| i).collect();
        for at in found {
            let span = Span::new(at, at + name.len());
            d.extraction.mentions.push(dossier_model::Mention {
                kind: MentionKind::Place,
                span,
                name: name.to_string(),
                name_span: span,
                role: None,
                acronym: None,
                value: None,
                approx: None,
                rule: "test".into(),
            });
        }
    }

    /// Session 33 (status-21): "Ostland continues to carry out executions. It notes
    /// that Westmark, which has carried out no executions since 1997, is regarded as
    /// abolitionist in practice": the quiet is Westmark's, not Ostland's; and "...
    /// Nordia and Sudland, whose Penal Code of 2018 ended the death penalty for
    /// ordinary crimes" is Sudland's abolition, not Nordia's.
    #[test]
    fn a_relative_clause_of_another_place_speaks_for_it() {
        let mut d = TestDoc::new("co.txt").published("2020-05-01");
        d.say("Ostland continues to carry out executions, most recently in ");
        d.date("March 2020", "2020-03");
        d.say(". It notes that Westmark, which has carried out no executions since ");
        d.date("1997", "1997");
        d.say(", is regarded as abolitionist in practice.\n\n");
        places_at(&mut d, "Ostland");
        places_at(&mut d, "Westmark");
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Ostland", "2020-04-01"),
            Some(RETENTIONIST)
        );
        let mut d = TestDoc::new("abstract.txt").published("2019-09-01");
        d.say("Nordia abolished the death penalty for all crimes in ");
        d.date("2009", "2009");
        d.say(". The wave it joined includes Sudland, whose Penal Code of ");
        d.date("2018", "2018");
        d.say(" ");
        d.event(
            EventKind::Abolition,
            "ended the death penalty for ordinary crimes.",
            Some("2018"),
            &[],
        );
        places_at(&mut d, "Nordia");
        places_at(&mut d, "Sudland");
        let docs = vec![d.done()];
        assert_ne!(status_of(&docs, "Nordia", "2019-01-01"), Some(ORDINARY));
    }

    /// Session 33 (status22): "..., the last execution there dating from 2016": a
    /// locative "there" points back at the place named last (Westmark), so the
    /// execution is not Ostland's, though Ostland is named earlier in the sentence;
    /// an existential "there were" points at nothing.
    #[test]
    fn an_event_there_is_the_place_named_last_before_it() {
        let build = || {
            let mut d = TestDoc::new("panel.txt").published("2018-03-01");
            d.say("The seminar set Ostland beside Westmark, a country of long tradition, ");
            d.event(
                EventKind::Execution,
                "the last execution",
                Some("2016"),
                &[],
            );
            d.say(" there dating from ");
            d.date("2016", "2016");
            d.say(".\n\n");
            places_at(&mut d, "Ostland");
            places_at(&mut d, "Westmark");
            vec![d.done()]
        };
        let docs = build();
        assert_ne!(
            status_of(&docs, "Ostland", "2017-01-01"),
            Some(RETENTIONIST)
        );
        assert_eq!(
            status_of(&docs, "Westmark", "2017-01-01"),
            Some(RETENTIONIST)
        );
        let mut d = TestDoc::new("note.txt").published("2018-03-01");
        d.say("In Ostland, unlike Westmark, there were executions: ");
        d.event(
            EventKind::Execution,
            "two men were hanged",
            Some("2016"),
            &[],
        );
        d.say(" in ");
        d.date("2016", "2016");
        d.say(".\n\n");
        places_at(&mut d, "Ostland");
        places_at(&mut d, "Westmark");
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Ostland", "2017-01-01"),
            Some(RETENTIONIST)
        );
        // The place named last is a part of the jurisdiction's own name.
        let mut d = TestDoc::new("blog.txt").published("2018-03-01");
        d.say("In North Ostland the courts were busy, ");
        d.event(
            EventKind::Execution,
            "the last execution",
            Some("2016"),
            &[],
        );
        d.say(" there taking place in ");
        d.date("2016", "2016");
        d.say(".\n\n");
        places_at(&mut d, "Ostland");
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "North Ostland", "2017-01-01"),
            Some(RETENTIONIST)
        );
    }

    /// Session 33 (status-21): a markdown table whose header names the year columns
    /// ("| Country | Status | Ordinary crimes | All crimes | Last execution |", "|
    /// State | Abolished | How | Last execution |"); each row's years date its
    /// abolitions and its last execution.
    #[test]
    fn a_delimited_table_s_year_columns_date_its_rows() {
        let mut d = TestDoc::new("region.md").published("2021-03-01");
        d.say("Capital punishment by country\n\n");
        d.say("| Country | Status | Ordinary crimes | All crimes | Last execution |\n");
        d.say("|---|---|---|---|---|\n");
        d.say("| Ostland | Abolished | 1970 | 2010 | 1955 |\n");
        d.say("| Nordia | Abolished | - | 1990 | never |\n\n");
        d.say("| State | Abolished | How | Last execution |\n|---|---|---|---|\n");
        d.say("| Westmark | 2015 | statute | 2009 |\n\n");
        // A column of reinstatements undoes the abolitions of its rows: not read.
        d.say("| State | Abolished | Reinstated | Last execution |\n|---|---|---|---|\n");
        d.say("| Southmark | 1914 | 1920 | 2011 |\n\n");
        let docs = vec![d.done()];
        let at = |key: &str, day: &str| status_at(&docs, key, day).and_then(|r| r.status);
        assert_eq!(at("Ostland", "1980-01-01"), Some(ORDINARY));
        assert_eq!(at("Ostland", "2015-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("Nordia", "2000-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("Westmark", "2012-01-01"), Some(RETENTIONIST));
        assert_eq!(at("Westmark", "2018-01-01"), Some(ALL_CRIMES));
        assert_ne!(at("Southmark", "2000-01-01"), Some(ALL_CRIMES));
    }

    /// Session 34 (status-21): a row whose cell gives the day its abolition took
    /// effect ("| Westmark | 2016 | statute in force 1 July 2016 | 2009 |"): the
    /// penalty stays in force until that day.
    #[test]
    fn a_table_row_s_day_of_effect_dates_its_abolition() {
        let mut d = TestDoc::new("region.md").published("2021-03-01");
        d.say("| State | Abolished | How | Last execution |\n|---|---|---|---|\n");
        d.say("| Westmark | 2016 | statute in force 1 July 2016 | 2009 |\n\n");
        d.time_at("1 July 2016", "2016-07-01");
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Westmark", "2016-04-01"),
            Some(RETENTIONIST)
        );
        assert_eq!(status_of(&docs, "Westmark", "2016-08-01"), Some(ALL_CRIMES));
    }

    /// Session 29 (status-17): a ranked index table whose cells the page's text ran
    /// together: a rank, the name, a score, the status cell, then the years its
    /// header names (abolished for ordinary, for all crimes, last execution).
    #[test]
    fn a_ranked_table_row_and_its_year_columns() {
        let mut d = TestDoc::new("index.html").published("2020-01-15");
        d.say("Freedom Index 2020\n\nStatus as at 1 January 2020.\n\n");
        d.say("Rank Country Score (0-100) Death penalty status Abolished for ordinary crimes Abolished for all crimes Last execution\n\n");
        d.say("1 Ostland 96 Abolished for all crimes 1999 2012 1996\n\n");
        d.say("2 Westmark 85 Abolished for ordinary crimes only 1954 \u{2014} 1962\n\n");
        d.say("3 Nordia 52 Retentionist \u{2014} \u{2014} 2019\n\n");
        let docs = vec![d.done()];
        let at = |key: &str, day: &str| status_at(&docs, key, day).and_then(|r| r.status);
        assert_eq!(at("Ostland", "2020-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("Ostland", "2005-01-01"), Some(ORDINARY));
        assert_eq!(at("Ostland", "1995-01-01"), Some(RETENTIONIST));
        // An execution after an abolition for ordinary crimes (an exceptional crime)
        // does not undo it.
        assert_eq!(at("Westmark", "1960-01-01"), Some(ORDINARY));
        assert_eq!(at("Nordia", "2020-01-01"), Some(RETENTIONIST));
        // Prose that opens with a number is no row.
        assert!(listed::ranked_row_for_test(
            "12 Ostland officials said it is abolitionist in practice",
            "ostland"
        )
        .is_none());
    }

    /// Session 29 (status-17): "No one has been executed in Ostland since 1990; it is
    /// abolitionist in practice.": a plain copula classes too.
    #[test]
    fn is_a_category_in_text() {
        let mut d = TestDoc::new("a.txt").published("2022-03-14");
        d.place("Ostland");
        d.say("No one has been executed since 1990, and ");
        let name_span = d.say("Ostland");
        d.extraction.mentions.push(dossier_model::Mention {
            kind: MentionKind::Place,
            span: name_span,
            name: "Ostland".into(),
            name_span,
            role: None,
            acronym: None,
            value: None,
            approx: None,
            rule: "test".into(),
        });
        d.say(" is abolitionist in practice. ");
        let docs = vec![d.done()];
        let report = status_at(&docs, "Ostland", "2022-03-14").expect("known");
        assert_eq!(report.status, Some(IN_PRACTICE), "{}", report.reason);
        // A relative clause or a denial classes nobody.
        let mut d = TestDoc::new("b.txt").published("2011-04-04");
        d.place("Ostland");
        let name_span = d.say("Ostland");
        d.extraction.mentions.push(dossier_model::Mention {
            kind: MentionKind::Place,
            span: name_span,
            name: "Ostland".into(),
            name_span,
            role: None,
            acronym: None,
            value: None,
            approx: None,
            rule: "test".into(),
        });
        d.say(" does not meet the rule we use to define a nation that is abolitionist de facto. ");
        let docs = vec![d.done()];
        assert_no_status(&docs, "Ostland", "2011-04-04");
    }

    /// Session 29 (status-17): "removed the death penalty for murder in 1976, but it
    /// remained in the Defence Act for treason until 1998" after "The last executions
    /// in Northia ... . Later sentences were commuted." in a page on several places:
    /// the sentence continues the one two back; ordinary crimes in 1976, all in 1998.
    /// (A page whose own country is another still gives the sentence to it too: a
    /// class left open.)
    #[test]
    fn a_removal_for_murder_kept_until_a_year() {
        let mut d = TestDoc::new("labels.txt").published("2019-04-12");
        d.say("This rope was used at the last executions in ");
        d.place("Northia");
        d.say("Later sentences were commuted. ");
        d.event(
            EventKind::LawAdopted,
            "Parliament removed the death penalty for murder in 1976, but it remained in the Defence Act for treason and military offences until 1998.",
            Some("1976"),
            &[],
        );
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Northia", day).and_then(|r| r.status);
        assert_eq!(at("1980-01-01"), Some(ORDINARY));
        assert_eq!(at("2000-01-01"), Some(ALL_CRIMES));
    }

    /// Review of session 29: a penalty kept "until YEAR" ends the rest only when the
    /// penalty (or "it") is what remained, in a law or for crimes, after the
    /// abolition's year, in the abolition's own clause.
    #[test]
    fn kept_until_needs_the_penalty_kept_in_a_law_after_the_abolition() {
        let status_of = |sentence: &str, day: &str| {
            let mut d = TestDoc::new("a.txt").published("2020-01-01");
            d.event(EventKind::Abolition, sentence, None, &[]);
            let at = d.text.find("Ostland").expect("named");
            let span = Span::new(at, at + "Ostland".len());
            d.extraction.mentions.push(dossier_model::Mention {
                kind: MentionKind::Place,
                span,
                name: "Ostland".into(),
                name_span: span,
                role: None,
                acronym: None,
                value: None,
                approx: None,
                rule: "test".into(),
            });
            let docs = vec![d.done()];
            status_at(&docs, "Ostland", day).and_then(|r| r.status)
        };
        // What remained is the prisoners, across a ";".
        assert_ne!(
            status_of(
                "Ostland abolished the death penalty for ordinary crimes in 1976; those already sentenced remained on death row until 1984.",
                "1990-01-01"
            ),
            Some(ALL_CRIMES)
        );
        // "It" remained no law's penalty.
        assert_ne!(
            status_of(
                "Ostland abolished the death penalty for murder in 1965, but it remained a crown colony until 1975.",
                "1980-01-01"
            ),
            Some(ALL_CRIMES)
        );
        // A year before the abolition's ends nothing.
        assert_ne!(
            status_of(
                "Ostland abolished the death penalty for murder in 1965, but it remained in the Military Code for treason until 1960.",
                "1970-01-01"
            ),
            Some(ALL_CRIMES)
        );
        assert_eq!(
            status_of(
                "Ostland abolished the death penalty for murder in 1965, but it remained in the Military Code for treason until 1990.",
                "1995-01-01"
            ),
            Some(ALL_CRIMES)
        );
    }

    /// Review of session 29: a removal phrase narrows an abolition only whole:
    /// "courts removed the sentences of prisoners held for murder" removes no penalty.
    #[test]
    fn only_a_whole_removal_phrase_narrows() {
        assert_eq!(
            abolition_scope(
                EventKind::Abolition,
                "Ostland abolished the death penalty in 1998 after courts removed the sentences of prisoners held for murder."
            ),
            Some(Scope::All)
        );
        assert_eq!(
            abolition_scope(
                EventKind::LawAdopted,
                "Parliament removed the death penalty for murder in 1976."
            ),
            Some(Scope::Ordinary)
        );
    }

    /// Review of session 29: in a report on Ostland, a sentence that names no place
    /// is not given to Westmark, named a few sentences back, unless Westmark is that
    /// sentence's subject.
    #[test]
    fn an_earlier_place_yields_to_the_report_s_country() {
        let doc = |opening: &str| {
            let mut d = TestDoc::new("a.txt").period("2018");
            inline_place(&mut d, "OSTLAND");
            d.say(" 2018 HUMAN RIGHTS REPORT\n\n");
            d.say(opening);
            inline_place(&mut d, "Westmark");
            d.say(" to discuss prisons. They discussed prisons. ");
            d.event(
                EventKind::Abolition,
                "Parliament abolished the death penalty on 5 May.",
                Some("2018-05-05"),
                &[],
            );
            vec![d.done()]
        };
        let docs = doc("The minister met officials from ");
        assert_no_status(&docs, "Westmark", "2018-12-31");
        let docs = doc("");
        let report = status_at(&docs, "Westmark", "2018-12-31").expect("known");
        assert_eq!(report.status, Some(ALL_CRIMES), "{}", report.reason);
    }

    /// Review of session 29: a ranked row's years take the columns of the header
    /// right above the rows; a header that names fewer than two columns of years
    /// dates nothing, whatever a legend further up names.
    #[test]
    fn a_ranked_row_s_header_is_the_line_above_the_rows() {
        let mut d = TestDoc::new("index.html").published("2020-01-15");
        d.say("Rights Index 2020\n\nStatus as at 1 January 2020.\n\n");
        d.say("The year columns give abolition for all crimes and the last execution.\n\n");
        d.say("Rank Country Score Death penalty status Abolished Last execution\n\n");
        d.say("1 Westmark 90 Abolished for all crimes 1980 1950\n\n");
        d.say("2 Ostland 85 Abolished for ordinary crimes only 1990 2015\n\n");
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_ne!(at("2000-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("2020-02-01"), Some(ORDINARY));
    }

    #[test]
    fn treaty_of_all_circumstances_only_in_the_ratifications_own_clause() {
        let at = |text: &str, verb_nth: usize| {
            let start = text.match_indices("ratified").nth(verb_nth).unwrap().0;
            ratifies_all_circumstances_treaty(
                text,
                Span::new(0, text.len()),
                Span::new(start, start + "ratified".len()),
            )
        };
        let two = "Ostland ratified Protocol No. 6 in 1999, keeping the death penalty in \
            wartime; it ratified Protocol No. 13 only in 2012.";
        assert!(!at(two, 0));
        assert!(at(two, 1));
        let denied = "Westmark ratified Protocol No. 6 in 2002 but has not signed Protocol No. 13.";
        assert!(!at(denied, 0));
        let both = "Ostland ratified Protocol No. 6 and Protocol No. 13 in 2003.";
        assert!(at(both, 0));
        let passive = "Protocol No. 13 was ratified by Ostland in 2005.";
        assert!(at(passive, 0));
    }

    // Session 33 fix-only (status20fix): the leftovers of probes status-20 and
    // status-18, in our own words.

    /// "... the Federal Republic of Westmark reports ...": a gazetteer variant names
    /// its country, so the sentence is Westmark's, not the report's.
    #[test]
    fn a_gazetteer_variant_names_its_country() {
        let text = "By way of comparison, the United Republic of Tanzania says it has hanged nobody since 1996.";
        let at = text.find("United").unwrap();
        let name = "United Republic of Tanzania";
        let mention = dossier_model::Mention {
            kind: MentionKind::Place,
            span: Span::new(at, at + name.len()),
            name: name.to_string(),
            name_span: Span::new(at, at + name.len()),
            role: None,
            acronym: None,
            value: Some("Tanzania".into()),
            approx: None,
            rule: "test".into(),
        };
        let countries = |k: &str| k == "tanzania" || k == "ostland";
        let about = aboutness(
            text,
            Span::new(0, text.len()),
            "ostland",
            &[mention],
            &countries,
            None,
        );
        assert!(about.other && !about.here);
    }

    /// A technical note on what a table's row counts reports no execution.
    #[test]
    fn a_table_s_definition_reports_no_execution() {
        assert!(defines_a_measure(
            "The row \"Hangings\" in Table 7 counts executions carried out\nduring the year."
        ));
        assert!(!defines_a_measure(
            "Ostland carried out a series of executions in 2015, which means it is retentionist."
        ));
        // The table is named far from the verb: a report, no definition.
        assert!(!defines_a_measure(
            "As the table below shows, Ostland executed at least 40 people in 2023, which means executions rose."
        ));
        let mut d = TestDoc::new("yearbook.txt").period("2019");
        d.say("OSTLAND PRISONS YEARBOOK 2019\n\n");
        d.place("Ostland");
        d.say("\n\n");
        d.event(
            EventKind::Execution,
            "The row \"Hangings\" in Table 7 counts executions carried out during the year.",
            Some("2019"),
            &[],
        );
        d.time_at("the year", "2019");
        let docs = [d.done()];
        assert_ne!(
            status_of(&docs, "Ostland", "2019-12-31"),
            Some(RETENTIONIST)
        );
    }

    /// "Westmark carried out no executions between 2001 and 2012. The penal code
    /// adopted that year abolished ...": in a paragraph on another place, a sentence
    /// naming no place is not the document's dominant country's.
    #[test]
    fn a_placeless_sentence_after_another_place_s_is_not_the_document_s() {
        let mut d = TestDoc::new("letters.txt").published("2021-05-02");
        d.say("Letters to the editor\n\nYour piece on ");
        inline_place(&mut d, "Ostland");
        d.say(" was right that ");
        inline_place(&mut d, "Ostland");
        d.say(" still hangs people, and ");
        inline_place(&mut d, "Ostland");
        d.say(" did so again in March.\n\nAs for ");
        inline_place(&mut d, "Chad");
        d.say(", the comparison is unfair. ");
        inline_place(&mut d, "Chad");
        d.say(" carried out no executions between 2001 and 2012. ");
        d.event(
            EventKind::Abolition,
            "The penal code adopted that year abolished the death penalty for ordinary offences.",
            Some("2012"),
            &[],
        );
        let docs = [d.done()];
        assert_ne!(status_of(&docs, "Ostland", "2013-01-01"), Some(ORDINARY));
    }

    /// "at the end of 2014": a change dated by a year's end holds from its last
    /// month, not from its first.
    #[test]
    fn a_year_given_by_its_end_is_its_last_month() {
        let mut d = TestDoc::new("a.txt").published("2016-01-10");
        inline_place(&mut d, "Ostland");
        d.say(" last hanged a prisoner in 1999. ");
        d.time_at("1999", "1999");
        d.event(
            EventKind::Abolition,
            "Ostland's parliament abolished the death penalty for ordinary crimes at the close of 2014.",
            Some("2014"),
            &[],
        );
        d.time_at("close of 2014", "2014");
        let docs = [d.done()];
        assert_ne!(status_of(&docs, "Ostland", "2014-06-01"), Some(ORDINARY));
        assert_eq!(status_of(&docs, "Ostland", "2015-02-01"), Some(ORDINARY));
    }

    /// "..., and Ostland has been abolitionist since that date": a status in a
    /// coordinate clause of its own is dated by that clause, not by the signing that
    /// opens the sentence.
    #[test]
    fn a_status_in_its_own_clause_takes_that_clause_s_date() {
        let mut d = TestDoc::new("a.txt").published("2020-01-10");
        d.say("On ");
        d.date("3 March 2011", "2011-03-03");
        d.say(" the governor signed the repeal bill, which ended capital punishment in Ostland as of ");
        d.date("1 September 2011", "2011-09-01");
        d.say(", and ");
        d.statement(
            StatementKind::Status,
            "Ostland has been abolitionist for all crimes",
            "abolitionist_for_all_crimes",
            Some("2011-03-03"),
        );
        d.say("since ");
        d.date("that date", "2011-09-01");
        d.say(".");
        let docs = [d.done()];
        assert_ne!(status_of(&docs, "Ostland", "2011-05-01"), Some(ALL_CRIMES));
        assert_eq!(status_of(&docs, "Ostland", "2012-01-01"), Some(ALL_CRIMES));
    }

    /// "1971 Bill 4, repealing the death penalty Passed Capital punishment abolished
    /// for all crimes": a table row's year opens it and dates each clause.
    #[test]
    fn a_row_s_opening_year_dates_every_clause() {
        let mut d = TestDoc::new("a.txt");
        d.say("1971 Bill 4, repealing the death penalty Passed ");
        d.time_at("1971", "1971");
        let sentence_start = 0;
        d.statement(
            StatementKind::Status,
            "Capital punishment abolished for all crimes",
            "abolitionist_for_all_crimes",
            Some("1971/"),
        );
        let doc = d.done();
        let input = doc.input();
        let sentence = Span::new(sentence_start, doc.text.len());
        let date = input.extraction.statements[0].date;
        assert!(row_year_dates(&input, sentence, date));
        assert!(!row_year_dates(
            &input,
            sentence,
            Some(TimeValue::point(pd("1980")))
        ));
    }

    /// Session 35 (status-23): an encyclopedia's entries, each opened by the
    /// country's name alone on an upper-case line ("MALTA", then "MOROCCO"): the
    /// next entry's abolition is not the first entry's.
    #[test]
    fn a_caps_country_line_alone_opens_its_entry() {
        let mut d = TestDoc::new("encyclopedia.txt").published("2012-06-01");
        d.say("WORLD ENCYCLOPEDIA OF PRISONS\n\n");
        inline_place(&mut d, "MALTA");
        d.say("\n\nThe courts sit in Valletta.\n\n");
        d.event(
            EventKind::Abolition,
            "Mali abolished the death penalty for all crimes in 1994.",
            Some("1994"),
            &[],
        );
        d.say("\n\n");
        inline_place(&mut d, "MOROCCO");
        d.say("\n\n");
        d.event(
            EventKind::Abolition,
            "The Constitution of 1990 abolished the death penalty for all crimes.",
            Some("1990"),
            &[],
        );
        places_at(&mut d, "Mali");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Morocco", "2000-01-01"), Some(ALL_CRIMES));
        assert_no_status(&docs, "Malta", "2000-01-01");
        // A country with no entry of its own, named inside another's.
        assert_eq!(status_of(&docs, "Mali", "2000-01-01"), Some(ALL_CRIMES));
    }

    /// Session 35 (status-23): "hanged in Benin City" (a city of another country)
    /// is no execution in Benin.
    #[test]
    fn a_city_named_after_a_country_is_not_the_country() {
        let mut d = TestDoc::new("judgment.txt").published("2019-12-12");
        d.event(
            EventKind::Execution,
            "Four prisoners were hanged in Benin City in June 2013.",
            Some("2013-06"),
            &[],
        );
        places_at(&mut d, "Benin City");
        let docs = vec![d.done()];
        assert_no_status(&docs, "Benin", "2015-01-01");
    }

    /// Session 35 (status-23): "The Penal Code of Westphalia adopted in 2018
    /// abolished ..." in a judgment on another country names Westphalia's law: the
    /// abolition is not the judgment's country's.
    #[test]
    fn the_country_of_a_law_is_named_by_the_law() {
        let mut d = TestDoc::new("judgment.txt").published("2019-12-12");
        for _ in 0..4 {
            d.place("Nigeria");
        }
        d.paragraph();
        let span = d.say("The Penal Code of Burkina Faso");
        d.extraction.mentions.push(dossier_model::Mention {
            kind: MentionKind::Law,
            span,
            name: "The Penal Code of Burkina Faso".into(),
            name_span: span,
            role: None,
            acronym: None,
            value: None,
            approx: None,
            rule: "test".into(),
        });
        d.event(
            EventKind::Abolition,
            " adopted in 2018 abolished the death penalty, save for crimes committed in time of war.",
            Some("2018"),
            &[],
        );
        let docs = vec![d.done()];
        assert_ne!(status_of(&docs, "Nigeria", "2019-12-12"), Some(ORDINARY));
    }

    /// Session 35 (status-23): "Does that mean people are now being put to death
    /// there?": a question asserts no execution.
    #[test]
    fn a_question_is_no_evidence() {
        let build = |said: &str| {
            let mut d = TestDoc::new("letters.txt").published("2019-06-16");
            d.place("Brunei");
            d.event(EventKind::Execution, said, Some("2019-06-16"), &[]);
            vec![d.done()]
        };
        let asked = build("Does that mean people are now being put to death there?");
        assert_ne!(
            status_of(&asked, "Brunei", "2019-06-16"),
            Some(RETENTIONIST)
        );
        // The same words stated are evidence.
        let stated = build("That means people are now being put to death there.");
        assert_eq!(
            status_of(&stated, "Brunei", "2019-06-16"),
            Some(RETENTIONIST)
        );
    }

    /// Session 35 (status-23): a comparative annex whose status column stands after
    /// other columns ("| Bahamas | Independent state | 2000 | – | Retentionist |").
    #[test]
    fn a_table_row_s_status_cell_after_other_columns() {
        let mut d = TestDoc::new("annex.md").published("2021-03-12");
        d.say("| Jurisdiction | Type | Last execution | Classification |\n|---|---|---|---|\n");
        d.say("| Westmark | Independent state | 2000 | Retentionist |\n");
        d.say("| Ostland | Territory | 1977 | Abolitionist for all crimes |\n");
        d.say("| Nordia | Territory | Retentionist | Abolitionist in practice |\n\n");
        // Quiet years the same page classes as retention all the same.
        d.say("Westmark last carried out an execution in January 2000. ");
        d.time_at("January 2000", "2000-01");
        places_at(&mut d, "Westmark");
        let docs = vec![d.done()];
        assert_eq!(
            status_of(&docs, "Westmark", "2021-03-12"),
            Some(RETENTIONIST)
        );
        assert_eq!(status_of(&docs, "Ostland", "2021-03-12"), Some(ALL_CRIMES));
        assert_no_status(&docs, "Nordia", "2021-03-12");
    }

    /// Session 35 (status-23): the State that made a recommendation, in brackets
    /// after it ("... in force since 1987 (Australia);"), and the place a
    /// comparison measures against ("a longer interval than neighbouring Nordia")
    /// are not what the sentence says anything of.
    #[test]
    fn a_recommending_state_and_a_compared_place_get_nothing() {
        let mut d = TestDoc::new("matrix.txt").published("2021-03-05");
        d.event(
            EventKind::Moratorium,
            "128.43 Maintain the de facto moratorium on executions in force since 1987 (Australia); S.",
            Some("1987"),
            &[],
        );
        places_at(&mut d, "Australia");
        d.paragraph();
        d.event(
            EventKind::Execution,
            "Westmark has carried out no execution since 1978, a longer interval than neighbouring Nordia.",
            Some("1978"),
            &[],
        );
        places_at(&mut d, "Westmark");
        places_at(&mut d, "Nordia");
        let docs = vec![d.done()];
        assert_no_status(&docs, "Australia", "2021-03-05");
        assert_no_status(&docs, "Nordia", "2021-03-05");
    }

    /// Session 35 (status-23): "abolished the death penalty in 1965 except for the
    /// murder of a police officer": kept for an ordinary crime, it is no abolition
    /// for ordinary crimes; "save for crimes committed in time of war" is.
    #[test]
    fn an_exception_for_an_ordinary_crime_is_no_category() {
        let partial = "Vermont abolished the death penalty in 1965 except for the murder of a police officer.";
        assert_eq!(
            abolition_scope(EventKind::Abolition, partial),
            Some(Scope::Partial)
        );
        let wartime =
            "The Penal Code abolished the death penalty, save for crimes committed in time of war.";
        assert_eq!(
            abolition_scope(EventKind::Abolition, wartime),
            Some(Scope::Ordinary)
        );
    }

    /// Session 35 (status-23): "Westmark abolished it for all crimes in 2004, and
    /// Ostland, which had carried out no execution since 1978, followed in 2009":
    /// the second subject's abolition, in its own year, with the first's scope.
    #[test]
    fn a_second_subject_that_followed_in_its_year() {
        let sentence = "Westmark abolished it\nfor all crimes in 2004, and Ostland, which had carried out no execution since 1978, followed\nin 2009.";
        assert_eq!(elided::followed_year(sentence, "ostland"), Some(2009));
        assert_eq!(elided::followed_year(sentence, "westmark"), None);
        let mut d = TestDoc::new("a.txt").published("2019-12-12");
        d.place("Westmark").place("Ostland");
        d.say(sentence);
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "2019-12-12"), Some(ALL_CRIMES));
    }

    /// Session 35 (status-23): quiet told with "there" or a longer phrase after the
    /// place ("no one has been executed there since 1982", "... in Ostland by any
    /// method since 1957").
    #[test]
    fn quiet_there_and_by_any_method() {
        let found = |text: &str| quiet_cue_spans(text).count();
        assert_eq!(found("no one has been executed there since 1982"), 1);
        assert_eq!(
            found("no one has been executed in ostland by any method since 1957"),
            1
        );
        assert_eq!(
            found("no death sentence has been carried out there since 1990"),
            1
        );
    }

    /// Session 35 (status-23): "No death sentence has been carried out in Ostland
    /// since 1987, ..., and the Government intends to maintain that practice": the
    /// intention in the later clause does not hedge the quiet years.
    #[test]
    fn a_hedge_in_a_later_clause_leaves_the_quiet_years() {
        use crate::testkit::tv;
        let mut d = TestDoc::new("a.txt").published("2021-03-05");
        d.place("Ostland");
        d.paragraph();
        d.say("No death sentence has been carried out in Ostland since ");
        let at = d.text.len();
        d.say("1987");
        let span = dossier_model::Span::new(at, d.text.len());
        d.say(", and the Government intends to maintain that practice. ");
        d.extraction.times.push(dossier_model::TimeMention {
            span,
            value: Some(tv("1987")),
            anchor: None,
            is_duration: false,
            duration: None,
            rule: "test".into(),
        });
        places_at(&mut d, "Ostland");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "2021-03-05"), Some(IN_PRACTICE));
    }

    /// Session 35 (status-23): "abolished the death penalty for ordinary crimes in
    /// the Penal Code of 2016, and for all crimes, including military offences, in
    /// the Code of Military Justice promulgated in 2017": a comma before the "and".
    #[test]
    fn ordinary_then_all_after_a_comma() {
        let mut d = TestDoc::new("a.txt").published("2019-12-12");
        d.place("Westmark");
        d.event(
            EventKind::Abolition,
            "Westmark abolished the death penalty for ordinary crimes in the Penal Code of 2016, and for all crimes, including military offences, in the Code of Military Justice promulgated in 2017.",
            Some("2016"),
            &[],
        );
        d.trigger("abolished");
        d.time_at("2016", "2016");
        d.time_at("2017", "2017");
        let docs = [d.done()];
        assert_eq!(status_of(&docs, "Westmark", "2016-12-31"), Some(ORDINARY));
        assert_eq!(status_of(&docs, "Westmark", "2019-12-12"), Some(ALL_CRIMES));
    }

    /// Session 35 (status-22): "several outlets reported that the court of Northia
    /// had abolished the death penalty. The court later stated that its judgment had
    /// been misreported": the claim is retracted, and no abolition holds. Without the
    /// retraction, the report stands.
    #[test]
    fn a_reported_claim_the_next_sentences_retract_is_not_asserted() {
        let build = |retraction: &str| {
            let mut d = TestDoc::new("a.txt").published("2022-01-10");
            d.say("Our work in ");
            d.place("Northia");
            d.event_full(
                EventKind::Abolition,
                "In April 2021 several news outlets reported that the Supreme Court of Northia had abolished the death penalty.",
                Some("2021-04"),
                &[],
                None,
                Some("Northia"),
                Modality::Asserted,
            );
            d.say(retraction);
            vec![d.done()]
        };
        let retracted = build("The court later stated that its judgment had been misreported. ");
        let at = status_at(&retracted, "Northia", "2021-12-31");
        assert_ne!(at.and_then(|r| r.status), Some(ALL_CRIMES));
        let kept = build("The ruling was welcomed by lawyers. ");
        let at = status_at(&kept, "Northia", "2021-12-31");
        assert_eq!(at.and_then(|r| r.status), Some(ALL_CRIMES));
        // A reviewer's correction of the author it quotes.
        let corrected = build("That is wrong: the court only commuted two sentences. ");
        let at = status_at(&corrected, "Northia", "2021-12-31");
        assert_ne!(at.and_then(|r| r.status), Some(ALL_CRIMES));
        // "It was not correct" points back; a denial of something else does not.
        let denied = build("It was not correct. ");
        let at = status_at(&denied, "Northia", "2021-12-31");
        assert_ne!(at.and_then(|r| r.status), Some(ALL_CRIMES));
        let other = build("Reports that executions continued in secret were false. ");
        let at = status_at(&other, "Northia", "2021-12-31");
        assert_eq!(at.and_then(|r| r.status), Some(ALL_CRIMES));
    }

    /// Session 35 (status-22): "Ostland abolished the death penalty for crimes
    /// committed in peacetime in August 2002. It was kept for crimes committed in
    /// time of war until May 2004, when parliament removed every reference to it
    /// from the Constitution": ordinary crimes from 2002, all crimes from May 2004.
    #[test]
    fn a_pronoun_kept_until_a_month_ends_the_abolition_before() {
        let mut d = TestDoc::new("a.txt").published("2016-07-19");
        d.event_full(
            EventKind::LawAdopted,
            "Ostland abolished the death penalty for crimes committed in peacetime in August 2002.",
            Some("2002-08"),
            &[],
            None,
            Some("Ostland"),
            Modality::Asserted,
        );
        d.event_full(
            EventKind::Abolition,
            "It was kept for crimes committed in time of war or of imminent threat of war until May 2004, when parliament removed every reference to the death penalty from the Constitution.",
            Some("2004-05"),
            &[],
            None,
            Some("Ostland"),
            Modality::Asserted,
        );
        d.time_at("May 2004", "2004-05");
        let at = d.text.find("Ostland").expect("named");
        d.extraction.mentions.push(dossier_model::Mention {
            kind: MentionKind::Place,
            span: Span::new(at, at + 7),
            name: "Ostland".into(),
            name_span: Span::new(at, at + 7),
            role: None,
            acronym: None,
            value: None,
            approx: None,
            rule: "test".into(),
        });
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Ostland", day).and_then(|r| r.status);
        assert_eq!(at("2003-06-01"), Some(ORDINARY));
        assert_eq!(at("2004-01-01"), Some(ORDINARY));
        assert_eq!(at("2005-01-01"), Some(ALL_CRIMES));
        assert_eq!(at("2016-07-19"), Some(ALL_CRIMES));
    }

    /// Session 35 (status-22): "- 1987 – Eastmark (all crimes; last execution
    /// 1981). The Eastmark Republic itself ceased to exist on 3 October 1990.": no
    /// status after the state's end; before it, the abolition holds.
    #[test]
    fn a_state_that_ceased_to_exist_has_no_status_after() {
        let mut d = TestDoc::new("a.md").published("2023-06-03");
        d.say("- 1987 – ");
        inline_place(&mut d, "Eastmark");
        d.say(" (all crimes; last execution 1981). The republic itself ceased to exist on ");
        d.date("3 October 1990", "1990-10-03");
        d.say(".\n");
        let docs = vec![d.done()];
        let at = |day: &str| status_at(&docs, "Eastmark", day);
        let before = at("1989-01-01").expect("known");
        assert_eq!(before.status, Some(ALL_CRIMES));
        // Cited from the name on: the line's head year may be markup.
        for c in &before.citations {
            assert!(!c.span.slice(&docs[0].text).starts_with("- 1987"));
        }
        assert_eq!(at("1995-01-01").and_then(|r| r.status), None);
        // The penalty that ceased to exist is no state's end.
        let mut d = TestDoc::new("b.txt").published("2015-03-02");
        d.event_full(
            EventKind::Abolition,
            "Eastmark abolished the death penalty for all crimes in 1985.",
            Some("1985"),
            &[],
            None,
            Some("Eastmark"),
            Modality::Asserted,
        );
        d.say("With that step capital punishment ceased to exist in the law of ");
        inline_place(&mut d, "Eastmark");
        d.say(" in ");
        d.date("1985", "1985");
        d.say(".");
        let docs = vec![d.done()];
        let at = status_at(&docs, "Eastmark", "1990-01-01").and_then(|r| r.status);
        assert_eq!(at, Some(ALL_CRIMES));
        // A body that ceased, a pronoun for one, and a state party that ceased to be
        // one end no state.
        for (lead, tail) in [
            ("The Special Court for ", " ceased to exist in "),
            ("A tribunal sat in ", ". It ceased to exist in "),
            (
                "",
                " ceased to be a State Party to the American Convention in ",
            ),
        ] {
            let mut d = TestDoc::new("c.txt").published("2015-03-02");
            d.event_full(
                EventKind::Abolition,
                "Eastmark abolished the death penalty for all crimes in 1985.",
                Some("1985"),
                &[],
                None,
                Some("Eastmark"),
                Modality::Asserted,
            );
            d.say(" ");
            d.say(lead);
            inline_place(&mut d, "Eastmark");
            d.say(tail);
            d.date("2005", "2005");
            d.say(".");
            let docs = vec![d.done()];
            let at = status_at(&docs, "Eastmark", "2010-01-01").and_then(|r| r.status);
            assert_eq!(at, Some(ALL_CRIMES), "{lead}...{tail}");
        }
    }

    /// Session 36 (status-24): a court's verdict on the mandatory sentence or on a
    /// method ("held that the mandatory death sentence for murder is unconstitutional",
    /// "held that execution by electrocution violated the state constitution")
    /// reports no death sentence and no execution of its year.
    #[test]
    fn a_court_verdict_on_the_sentence_reports_none() {
        assert!(court_verdict(
            "In 2017 the Supreme Court of Ostland held that the mandatory death sentence for murder is unconstitutional."
        ));
        assert!(court_verdict(
            "In 2008 the Ostland Supreme Court held that execution by electrocution violated the state constitution."
        ));
        assert!(!court_verdict(
            "In 2017 the High Court of Ostland sentenced two men to death for murder."
        ));
        // A verdict's clause leaves an execution of another clause standing.
        let lower = "in 2015 the supreme court of ostland declared the moratorium unconstitutional, and 12 men were hanged in december.";
        let hanged = lower.find("hanged").expect("the cue");
        assert!(!court_verdict(clause_around(lower, hanged)));
        let declared = lower.find("declared").expect("the verdict");
        assert!(court_verdict(clause_around(lower, declared)));
        // A report beside a ruling told without a holding: the executions stand.
        assert!(!court_verdict(
            "In Ostland, where the last executions took place in 2000, the courts have struck down its application to several crimes."
        ));
        let mut d = TestDoc::new("notes.txt").published("2018-01-01");
        d.say("Ostland's last execution took place in 1987. ");
        d.time_at("1987", "1987");
        d.say("In 2017 the Supreme Court of Ostland held that the mandatory death sentence for murder is unconstitutional. ");
        d.time_at("2017", "2017");
        places_at(&mut d, "Ostland");
        let docs = vec![d.done()];
        assert_ne!(
            status_of(&docs, "Ostland", "2017-12-31"),
            Some(RETENTIONIST)
        );
    }

    /// Session 36 (status-24): a table's lettered note that names no country speaks
    /// of the row that cites its mark ("| Westmark | Retained | 2003 | [d] |" and
    /// "- [d] The Minister of Justice lifted the moratorium"), not of the country
    /// the note before it names; a status cell "Abolished in practice" is a category.
    #[test]
    fn a_table_note_speaks_of_the_row_citing_its_mark() {
        let mut d = TestDoc::new("wiki.md").published("2024-03-20");
        d.say("| Country | Status | Last execution | Notes |\n|---|---|---|---|\n");
        d.say("| Ostland | Abolished in practice | 1989 | |\n");
        d.say("| Nordia | Retentionist | 1997 | [c] |\n");
        d.say("| Westmark | Retentionist | 2003 | [d] |\n\n");
        d.say("## Notes\n\n- [c] Nordia has not announced any moratorium.\n");
        d.say("- [d] The Minister of Justice lifted the moratorium on 13 March 2024.\n");
        d.time_at("13 March 2024", "2024-03-13");
        places_at(&mut d, "Ostland");
        places_at(&mut d, "Nordia");
        places_at(&mut d, "Westmark");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Ostland", "2024-03-20"), Some(IN_PRACTICE));
        let nordia = status_at(&docs, "Nordia", "2024-03-20").expect("a report");
        assert!(
            nordia
                .history
                .iter()
                .all(|p| !p.basis.contains("resumed") && !p.basis.contains("lifted")),
            "{:?}",
            nordia.history
        );
    }

    /// Review of session 36: "was dissolved" is said of any body; only the
    /// jurisdiction's bare name or a capitalised state head as its subject ends a
    /// state ("Memorial was dissolved" after a sentence on Southmark does not).
    #[test]
    fn a_body_dissolved_ends_no_state() {
        let doc = |state: bool, subject: &str| {
            let mut d = TestDoc::new("b.txt").published("2012-03-02");
            inline_place(&mut d, "Southmark");
            d.event_full(
                EventKind::Abolition,
                " abolished the death penalty for all crimes in 2002.",
                Some("2002"),
                &[],
                None,
                Some("Southmark"),
                Modality::Asserted,
            );
            d.say(" ");
            if state {
                inline_place(&mut d, "Southmark");
            } else {
                d.say(subject);
            }
            d.say(" was dissolved in ");
            d.date("May 2006", "2006-05");
            d.say(".");
            vec![d.done()]
        };
        let at =
            |docs: &[TestDoc]| status_at(docs, "Southmark", "2010-01-01").and_then(|r| r.status);
        assert_eq!(at(&doc(false, "Memorial")), Some(ALL_CRIMES));
        assert_eq!(at(&doc(false, "The human rights centre")), Some(ALL_CRIMES));
        assert_eq!(at(&doc(true, "")), None);
        assert_eq!(at(&doc(false, "The Southern Union")), None);
    }

    /// "the Union of North and South Marka ... The Union was dissolved in May 2006,
    /// and the Constitution of the independent Republic of Southmark (2007) ...": a
    /// state called by the words that named it earlier ends on its clause's date,
    /// whatever places a later clause names; a parliament dissolved ends no state.
    #[test]
    fn a_state_dissolved_under_its_earlier_name_has_no_status_after() {
        let doc = |subject: &str| {
            let mut d = TestDoc::new("a.txt").published("2012-03-02");
            inline_place(&mut d, "Southmark");
            d.say(" abolished it in ");
            d.date("2002", "2002");
            d.say("; the Union of ");
            inline_place(&mut d, "North and South Marka");
            d.event_full(
                EventKind::Abolition,
                ", which replaced the old federation, abolished the death penalty for all crimes in 2003.",
                Some("2003"),
                &[],
                None,
                Some("North and South Marka"),
                Modality::Asserted,
            );
            d.say(" ");
            d.say(subject);
            d.say(" was dissolved in ");
            d.date("May 2006", "2006-05");
            d.say(" after a referendum, and the Constitution of the independent Republic of ");
            inline_place(&mut d, "Southmark");
            d.say(" (");
            d.date("2007", "2007");
            d.say(") prohibits the death penalty.");
            vec![d.done()]
        };
        let at = |docs: &[TestDoc], day: &str| {
            status_at(docs, "North and South Marka", day).and_then(|r| r.status)
        };
        let union = doc("The Union");
        assert_eq!(at(&union, "2005-01-01"), Some(ALL_CRIMES));
        assert_eq!(at(&union, "2010-01-01"), None);
        let parliament = doc("The Parliament");
        assert_eq!(at(&parliament, "2010-01-01"), Some(ALL_CRIMES));
    }

    /// Session 37 (status-25): a parliamentary answer followed by the note "This
    /// answer was corrected on ..." is taken back; the same answer with no note
    /// stands.
    #[test]
    fn a_correction_note_takes_back_the_answer_above_it() {
        let build = |note: &str| {
            let mut d = TestDoc::new("a.html").published("2020-02-03");
            d.say("Westland: Death Penalty\n\nAnswered on 3 February 2020\n\n");
            d.event_full(
                EventKind::Abolition,
                "Westland abolished the death penalty in 2018 with the passing of the Penal Reform Act.",
                Some("2018"),
                &[],
                None,
                Some("Westland"),
                Modality::Asserted,
            );
            d.say("We continue to raise the matter with the authorities.");
            d.paragraph();
            d.say(note);
            d.paragraph();
            d.say("Eastland: Prisons\n\nAnswered on 5 February 2020\n\n");
            d.say("Prison conditions in Eastland remain poor.");
            vec![d.done()]
        };
        let corrected = build(
            "This answer was corrected on 2 April 2020. See the Written Ministerial Correction.",
        );
        assert_ne!(
            status_of(&corrected, "Westland", "2019-06-30"),
            Some(ALL_CRIMES)
        );
        let standing = build("Further questions may be tabled.");
        assert_eq!(
            status_of(&standing, "Westland", "2019-06-30"),
            Some(ALL_CRIMES)
        );
    }

    /// Session 37 (status-25): "Nobody was executed ... in that period" reports no
    /// executions; a plain report of executions still does.
    #[test]
    fn nobody_was_executed_reports_no_execution() {
        let build = |words: &str| {
            let mut d = TestDoc::new("a.txt").published("1992-05-01");
            d.place("Westland");
            d.say(words);
            d.time_at("1990", "1990");
            vec![d.done()]
        };
        let none = build("Nobody was executed in Westland in 1990, though the law allowed it. ");
        assert_no_status(&none, "Westland", "1991-06-30");
        let two = build("Two men were executed in Westland in 1990. ");
        assert_eq!(
            status_of(&two, "Westland", "1991-06-30"),
            Some(RETENTIONIST)
        );
    }

    /// Session 37 (status-25): the title of a work in a list of sources ("Death
    /// Sentences and Executions in 2019") reports nothing; the same words in a
    /// sentence of prose do.
    #[test]
    fn a_title_of_a_work_cited_reports_no_execution() {
        let build = |words: &str| {
            let mut d = TestDoc::new("a.txt").published("2021-03-01");
            d.place("Westland");
            d.say(words);
            d.time_at("2019", "2019");
            vec![d.done()]
        };
        let cited = build(
            "[3] Northern Rights Watch, Westland: Death Sentences and Executions in 2019 (2020). ",
        );
        assert_no_status(&cited, "Westland", "2020-06-30");
        let told = build("In Westland death sentences and executions were reported in 2019. ");
        assert_eq!(
            status_of(&told, "Westland", "2020-06-30"),
            Some(RETENTIONIST)
        );
    }

    /// Session 37 (status-25): "has not, as far as we know, carried out an
    /// execution since 1993" is a negation with a clause set off by commas inside
    /// it, not an execution in 1993.
    #[test]
    fn a_negation_around_an_inserted_clause_reports_no_execution() {
        let mut d = TestDoc::new("a.txt").published("1996-05-01");
        d.place("Westland");
        d.say("Westland has not, as far as we know, carried out an execution since it became independent in 1993. ");
        d.time_at("1993", "1993");
        assert_ne!(
            status_of(&[d.done()], "Westland", "1994-06-30"),
            Some(RETENTIONIST)
        );
        assert_eq!(
            without_insertions("has not, as far as we know, carried out"),
            "has not carried out"
        );
    }

    /// Session 37 (status-25): one page says "no execution since 1983" in 2021,
    /// another that two men were hanged in 2019: the pages disagree on the last
    /// executions; no status from 2019. Before, both agree on the quiet years.
    #[test]
    fn pages_disagreeing_on_the_last_executions_give_no_status() {
        let mut quiet = TestDoc::new("a.txt").published("2021-06-15");
        quiet.place("Westland");
        quiet.say("Westland has not carried out an execution since ");
        quiet.date("1983", "1983");
        quiet.say(". ");
        let mut hanged = TestDoc::new("b.txt").published("2024-02-14");
        hanged.place("Westland");
        hanged.event_full(
            EventKind::Execution,
            "In Westland two men were hanged in 2019.",
            Some("2019"),
            &[],
            None,
            Some("Westland"),
            Modality::Asserted,
        );
        let both = vec![quiet.done(), hanged.done()];
        assert_no_status(&both, "Westland", "2021-06-30");
        assert_eq!(
            status_of(&both, "Westland", "2000-01-01"),
            Some(IN_PRACTICE)
        );
        let alone = vec![hanged.done()];
        assert_eq!(
            status_of(&alone, "Westland", "2021-06-30"),
            Some(RETENTIONIST)
        );
    }

    /// Session 37 (status-25): "had been abolitionist in practice: it last carried
    /// out an execution in 2005": the category is not of 2005, the year of the last
    /// executions; five years later the country was still retentionist.
    #[test]
    fn the_year_of_the_last_executions_dates_no_category() {
        let mut d = TestDoc::new("a.txt").published("2025-01-15");
        d.place("Westland");
        d.statement(
            StatementKind::Status,
            "Before the reform, Westland had been abolitionist in practice: it last carried out an execution in 2005.",
            IN_PRACTICE,
            Some("2005"),
        );
        d.time_at("2005", "2005");
        let docs = vec![d.done()];
        assert_ne!(
            status_of(&docs, "Westland", "2010-01-01"),
            Some(IN_PRACTICE)
        );
        assert_eq!(
            status_of(&docs, "Westland", "2020-01-01"),
            Some(IN_PRACTICE)
        );
    }

    /// Session 37 (status-25): death sentences followed by "We have no information
    /// on whether any of those sentences have been carried out" show nothing of
    /// the penalty in use; without that sentence they do.
    #[test]
    fn death_sentences_of_unknown_fate_give_no_status() {
        let build = |next: &str| {
            let mut d = TestDoc::new("a.txt").published("2023-04-12");
            d.place("Westland");
            d.event_full(
                EventKind::DeathSentence,
                "Military courts in Westland imposed death sentences on civilians in 2022.",
                Some("2022"),
                &[],
                None,
                Some("Westland"),
                Modality::Asserted,
            );
            d.time_at("2022", "2022");
            d.say(next);
            vec![d.done()]
        };
        let unknown = build(
            "We have no information on whether any of those sentences have been carried out.",
        );
        assert_no_status(&unknown, "Westland", "2023-04-12");
        let plain = build("The trials were brief.");
        assert_eq!(
            status_of(&plain, "Westland", "2023-04-12"),
            Some(RETENTIONIST)
        );
    }

    /// Session 37 (status-25): "used the gallows until 1963, and the legislature
    /// abolished the death penalty again ... in 1965": the abolition given only the
    /// "until" date takes its own clause's year.
    #[test]
    fn an_abolition_after_an_until_clause_takes_its_own_date() {
        let mut d = TestDoc::new("a.txt").published("2019-03-14");
        d.place("Westland");
        d.event_full(
            EventKind::Abolition,
            "Westland used the gallows until 1963, and the legislature abolished the death penalty again, this time for good, in 1965.",
            Some("/1963"),
            &[],
            None,
            Some("Westland"),
            Modality::Asserted,
        );
        d.trigger("abolished the death penalty");
        d.time_at("1963", "/1963");
        d.time_at("1965", "1965");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Westland", "1970-01-01"), Some(ALL_CRIMES));
        assert_ne!(status_of(&docs, "Westland", "1964-01-01"), Some(ALL_CRIMES));
    }

    /// Session 37 (status-25): "abolished the death penalty in 2024" and "signed a
    /// law abolishing it on 31 December 2024" on one page: the year's abolition
    /// holds from the day, not from January.
    #[test]
    fn a_year_of_abolition_takes_the_finer_day_of_the_same_page() {
        let mut d = TestDoc::new("a.txt").published("2025-01-15");
        d.place("Westland");
        d.event_full(
            EventKind::Abolition,
            "Westland's President signed a law abolishing the death penalty for all crimes on 31 December 2024.",
            Some("2024-12-31"),
            &[],
            None,
            Some("Westland"),
            Modality::Asserted,
        );
        d.paragraph();
        d.event_full(
            EventKind::Abolition,
            "So Westland abolished the death penalty for all crimes in 2024.",
            Some("2024"),
            &[],
            None,
            Some("Westland"),
            Modality::Asserted,
        );
        let docs = vec![d.done()];
        assert_ne!(status_of(&docs, "Westland", "2024-06-30"), Some(ALL_CRIMES));
        assert_eq!(status_of(&docs, "Westland", "2025-01-10"), Some(ALL_CRIMES));
    }

    /// Session 37 (status-25): "In 1872 it restored it for one narrow class of
    /// case": a restoration dated by the year its sentence opens with ends the
    /// abolition before it.
    #[test]
    fn a_restoration_dated_by_its_sentence_s_opening_year() {
        let mut d = TestDoc::new("a.txt").published("2019-03-14");
        d.place("Westland");
        d.event_full(
            EventKind::Abolition,
            "Westland abolished the death penalty for all crimes in 1852.",
            Some("1852"),
            &[],
            None,
            Some("Westland"),
            Modality::Asserted,
        );
        d.say("In 1872 it restored it for one narrow class of case. ");
        d.time_at("1872", "1872");
        let docs = vec![d.done()];
        assert_eq!(status_of(&docs, "Westland", "1860-01-01"), Some(ALL_CRIMES));
        assert_ne!(status_of(&docs, "Westland", "1900-01-01"), Some(ALL_CRIMES));
    }
}
