//! The words status evidence is judged by: data (`rules/status.en.json`, its format
//! documented in its `_format` key), not code. Every list is matched against
//! lower-cased text; none names a country. The grammar that applies them stays in
//! `status.rs` and `evidence.rs`.

use regex::Regex;
use serde::Deserialize;
use std::sync::LazyLock;

/// The compiled-in English word lists.
const BUILTIN: &str = include_str!("../../rules/status.en.json");

/// One of Amnesty's categories, as a status label names it.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub(super) enum Category {
    Retentionist,
    AbolitionistInPractice,
    AbolitionistForOrdinaryCrimes,
    AbolitionistForAllCrimes,
}

impl Category {
    /// The status this category names (`super::RETENTIONIST` and the others).
    pub(super) fn status(self) -> &'static str {
        match self {
            Category::Retentionist => super::RETENTIONIST,
            Category::AbolitionistInPractice => super::IN_PRACTICE,
            Category::AbolitionistForOrdinaryCrimes => super::ORDINARY,
            Category::AbolitionistForAllCrimes => super::ALL_CRIMES,
        }
    }
}

/// The status reasoning's word lists (see `rules/status.en.json` for what each
/// says). Every key is required and an unknown one is an error: a misspelt key would
/// otherwise silently do nothing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Lexicon {
    #[serde(rename = "_format")]
    _format: Vec<String>,
    /// An abolition that keeps the death penalty for some crimes.
    pub except_words: Vec<String>,
    /// An abolition that ends the exception kept by an earlier one ("It took fifty
    /// years to remove that exception: in 1994 Parliament deleted the death penalty
    /// from the wartime military penal code"): every crime, whatever "except" it holds.
    pub exception_ended: Vec<String>,
    pub all_circumstances_treaties: Vec<String>,
    /// An abolition for every crime.
    pub all_words: Vec<String>,
    /// An abolition limited to peacetime / ordinary crimes.
    pub ordinary_words: Vec<String>,
    /// An abolition that only narrows the death penalty: it stays for other crimes.
    pub partial_words: Vec<String>,
    /// Words (and word starts) of abolition.
    pub abolition_stems: Vec<String>,
    /// Words of a crime list: "abolished for seven crimes" narrows, it does not abolish.
    pub crime_nouns: Vec<String>,
    /// The ordinary crime an abolition names when it abolishes for ordinary crimes
    /// ("abolished the death penalty for murder": treason, war crimes may stay).
    pub murder_words: Vec<String>,
    /// Words after a place name that make it a sea's name ("Indian Ocean").
    pub feature_words: Vec<String>,
    /// An abolition for the crimes that were the last capital ones: for all crimes.
    pub last_capital_words: Vec<String>,
    /// Words that, before a phrase of `last_capital_words`, make it speak of a crime
    /// kept ("treason remained the last capital crime until 1998").
    pub kept_before_last_capital: Vec<String>,
    /// Words right after "for murder" that narrow it to some murders ("of a police
    /// officer", "committed by juveniles").
    pub murder_qualifiers: Vec<String>,
    /// Verbs that end the last capital crimes ("were swept away by").
    pub last_capital_ended: Vec<String>,
    /// Words that bring the death penalty back after an abolition.
    pub reinstatement_words: Vec<String>,
    /// The same with a pronoun for the penalty abolished in the sentence before ("It
    /// returned by ballot measure in 1978", "voters restored it in 1984").
    pub reinstatement_pronouns: Vec<String>,
    /// Present-tense phrases that say a country keeps the death penalty.
    pub retention_phrases: Vec<String>,
    /// Words right after a retention phrase that keep the penalty only in law ("retain
    /// the death penalty in law"): no evidence of retention in use.
    pub retained_in_law_only: Vec<String>,
    /// Verbs of another act than an execution ("convicted of murder in 2017"): a date
    /// after one in its comma clause is that act's.
    pub other_act_verbs: Vec<String>,
    /// What an abolition must be about.
    pub penalty_words: Vec<String>,
    /// Cue groups of Amnesty's categories (a legend names two).
    pub category_groups: Vec<Vec<String>>,
    /// Classification phrases and the category they name, the first found wins.
    pub labels: Vec<(String, Category)>,
    /// Sentences about many countries at once (world statistics).
    pub global_words: Vec<String>,
    /// Words right before a place that make it a neighbouring (so another) country.
    pub neighbour_words: Vec<String>,
    /// Denied plans, taken out of a sentence before its hedges are looked for.
    pub denied_plans: Vec<String>,
    /// Words that make a statement planned or hedged, whatever the extractor said.
    pub not_asserted: Vec<String>,
    /// A line holding one opens statements put to a reader to judge ("True or false?").
    pub proposition_headings: Vec<String>,
    /// A line opening with one ends them ("ANSWERS").
    pub answer_headings: Vec<String>,
    /// A present denial of an abolition ("has not abolished"), before the penalty.
    pub denied_abolitions: Vec<String>,
    /// Words that report executions, matched as whole words.
    pub execution_cues: Vec<String>,
    /// Words that report death sentences.
    pub sentence_cues: Vec<String>,
    /// Words that make a sentence with those cues say something else.
    pub not_the_penalty: Vec<String>,
    /// Words of a sentence that speaks of the future, or of a reference's retrieval.
    pub looks_ahead: Vec<String>,
    /// Alternatives of the pattern of no executions since a date (see [`quiet_cues`]).
    quiet_cues: Vec<String>,
    /// Words of time that the adjective slot of the quiet cues must not take.
    pub quiet_not_adjectives: Vec<String>,
    /// Words that make a quiet cue speak of killings outside the law.
    pub not_quiet: Vec<String>,
    /// Words after "since" that point back at the date before ("since that date").
    pub back_references: Vec<String>,
    /// A present perfect of abolition: done by the day the document speaks from.
    pub perfect_abolition: Vec<String>,
    /// Words that say a law is passed but not yet in force.
    pub not_yet_in_force: Vec<String>,
    /// A bill passed that awaits its signature, in the abolition's own paragraph.
    pub awaiting_assent: Vec<String>,
    /// A subject of the others ("All other participating States"): its openers and
    /// the nouns of states after them.
    pub others_openers: Vec<String>,
    pub others_nouns: Vec<String>,
    /// Words of an abolition's own sentence that put its day of effect later, unsaid
    /// ("due to enter into force next year").
    pub in_force_later: Vec<String>,
    /// Openings of a sentence whose subject is the country spoken of before.
    pub the_country: Vec<String>,
    /// A state's own plan, announced but not carried out.
    pub planned_cues: Vec<String>,
    /// What such a plan would end.
    pub ending_cues: Vec<String>,
    /// Words before a date that make it the day a law takes effect.
    pub effective_cues: Vec<String>,
    /// Crimes of war, military law or an emergency: the death penalty kept for them
    /// alone leaves a country abolitionist for ordinary crimes.
    pub exceptional_words: Vec<String>,
    /// Words that say the death penalty is kept ("remains", "can still").
    pub kept_words: Vec<String>,
    /// Crimes for which executions after an abolition for ordinary crimes do not
    /// contradict it (war crimes, treason, crimes against humanity; with
    /// `exceptional_words`), and the ordinary crimes that make an execution's own
    /// sentence speak of an ordinary one.
    pub exceptional_crimes: Vec<String>,
    pub ordinary_crime_nouns: Vec<String>,
    /// Phrases that ban the death penalty as an abolition does ("prohibits the death
    /// penalty in all circumstances").
    pub prohibition_phrases: Vec<String>,
    /// Words that make a reported statement a state's own ("the representative of X
    /// said that her country had abolished ...").
    pub self_reports: Vec<String>,
    /// A second removal in an ordinary-crimes abolition's sentence ("removed it").
    pub removal_words: Vec<String>,
    pub completion_words: Vec<String>,
    pub generic_relatives: Vec<String>,
    pub classed_verbs: Vec<String>,
    pub pronoun_openers: Vec<String>,
    /// Openings of a sentence that speaks of the law of the sentence before.
    pub law_subjects: Vec<String>,
    /// Where a later coordinate clause begins.
    pub clause_breaks: Vec<String>,
    /// Openings of a non-restrictive relative clause (", which "): a date inside one
    /// belongs to its own verb, not to the main clause's.
    pub relative_openers: Vec<String>,
    /// Words after an existential "there" ("there were no executions"): a "there"
    /// followed by another word points back at a place ("the last execution there").
    pub existential_there_next: Vec<String>,
    /// Openings of a sentence that speaks of the court ruling or vote of the sentence
    /// before ("The ruling made ... the 20th state to abolish ...").
    pub ruling_subjects: Vec<String>,
    /// Executions said to be the first for some years (group 1: the years).
    pub first_in_years: Vec<String>,
    /// Nouns for people: a place before them (or after them and "from"/"of") is where
    /// they come from.
    pub people: Vec<String>,
    /// Words that may stand between a demonym and a noun for people.
    pub people_modifiers: Vec<String>,
    /// Phrases right before a place that make it where someone comes from.
    pub origin_before: Vec<String>,
    /// A law removing the death penalty: an abolition.
    pub removal_phrases: Vec<String>,
    /// Executions said to be the last ones.
    pub last_execution_words: Vec<String>,
    /// Words right before a date that make it a bound the events came before.
    pub bound_before: Vec<String>,
    /// Words right before a heading's year that make it no report year.
    pub not_report_year_after: Vec<String>,
    /// Words between a category's name and a list of its members.
    pub category_list_cues: Vec<String>,
    /// Words that date a change in law by the year the report covers.
    pub year_of_report_cues: Vec<String>,
    /// An execution called for, not carried out.
    pub wished_executions: Vec<String>,
    /// Word stems of a wish before a resumption or a lifting in its clause ("he
    /// favoured the resumption of executions"): wanted, not done.
    pub wished_before: Vec<String>,
    /// Words that give a year by its end ("at the end of 2014", "late 2014").
    pub late_in_year: Vec<String>,
    /// A table, column or series a sentence defines ("in Table 4", "column").
    pub measure_nouns: Vec<String>,
    /// Verbs that define what a table or series counts ("counts", "refers to").
    pub measure_defined: Vec<String>,
    /// Executions said to resume or to be the first for a while.
    pub resumption_words: Vec<String>,
    /// A moratorium lifted or ended, or executions resumed, told as done.
    pub moratorium_lifted: Vec<String>,
    /// Where a clause that may be about another place begins.
    pub contrast_breaks: Vec<String>,
    /// Capitalised words opening a clause that are not a place's name.
    pub clause_subject_not_places: Vec<String>,
    /// Verbs after a clause's subject that make it a state's name.
    pub clause_subject_verbs: Vec<String>,
    /// Words that put a sentence at a federation's level, not its state's.
    pub federal_words: Vec<String>,
    /// A ban on the death penalty stated in the present tense.
    pub prohibits_now: Vec<String>,
    /// Where the clause of one of two abolitions in a sentence ends.
    pub scope_breaks: Vec<String>,
    /// Where a ratification's clause ends besides `scope_breaks`.
    pub treaty_clause_breaks: Vec<String>,
    /// An abolition told with a pronoun for the penalty ("Victoria abolished it").
    pub abolition_pronouns: Vec<String>,
    /// Capitalised heads of a unit within a country ("Kurdistan Region").
    pub subnational_heads: Vec<String>,
    /// An abolition told as news of the document's day ("The Act abolishes the death
    /// penalty", "became the 21st state to abolish the death penalty"): patterns.
    pub abolishes_now: Vec<String>,
    /// The law that allows the death penalty only in some circumstances ("the
    /// Constitution allows the death penalty only under military law in time of
    /// war"): patterns; what follows names the circumstances.
    pub allowed_only: Vec<String>,
    /// Every offence of one code ("for all offences under that Code"): patterns; an
    /// abolition so bounded is one for ordinary crimes.
    pub code_bound_all: Vec<String>,
    /// A law named with its year ("the 1983 Constitution", "the Penal Code of 1997"):
    /// patterns, the year captured.
    pub law_years: Vec<String>,
    /// Executions resumed after a pause of some years: patterns, the years captured.
    pub hiatus_years: Vec<String>,
    /// An execution said to be the first since a year: patterns, the year captured.
    pub first_since: Vec<String>,
    /// Numbers in words, one to twenty, in order.
    pub number_words: Vec<String>,
    /// Category names as a list's heading or a table's cell gives them, whole; a
    /// longer name before a shorter one it starts with.
    pub category_names: Vec<(String, Category)>,
    /// Category names as the status cell of a ranked table's row gives them ("1
    /// Latvia 96 Abolished for all crimes 1999 2012 1996"), whole; a longer name
    /// before a shorter one it starts with.
    pub row_category_names: Vec<(String, Category)>,
    /// More names a delimited table's status cell may hold, whole ("Abolished in
    /// practice").
    pub status_cell_names: Vec<(String, Category)>,
    /// Words before the day a list of countries speaks for ("as of").
    pub as_of_cues: Vec<String>,
    /// A word that stands for "as of" only right before a date to the day ("BY
    /// CATEGORY AT 31 DECEMBER 2014").
    pub as_of_bare_cues: Vec<String>,
    /// Words a coded table's header opens with ("State  Code  Year abolished").
    pub table_heads: Vec<String>,
    /// Column names of such a header; it names two at least.
    pub table_columns: Vec<String>,
    /// Words a table's header never holds (articles, verbs): the line is prose.
    pub table_head_not: Vec<String>,
    pub member_cues: Vec<String>,
    pub outside_state_control: Vec<String>,
    pub members_after: Vec<String>,
    /// An abolition phrase followed by a row of earlier ones, "NAME in YEAR" (the row
    /// captured): patterns.
    pub abolished_before: Vec<String>,
    /// A court's ruling that strikes the death penalty down ("unconstitutional").
    pub struck_down_cues: Vec<String>,
    /// A change in law told without a verb of abolition ("the code no longer provides
    /// for the death penalty", "replace the death penalty with life imprisonment").
    pub unverbed_change_cues: Vec<String>,
    /// The same, told as what is left ("the death penalty remains only for treason"):
    /// a change only with words of exceptional crimes.
    pub remains_only_cues: Vec<String>,
    /// Words of a court.
    pub court_words: Vec<String>,
    /// A court's verdict on a sentence or a method ("unconstitutional", "violated the
    /// state constitution"): with a court, no sentence or execution is reported.
    pub ruling_verdicts: Vec<String>,
    /// A court's holding ("held that", "ruled that"), with which a verdict is one.
    pub holding_verbs: Vec<String>,
    /// A ruling pleaded, asked for, denied or weighed, not made.
    pub ruling_hedges: Vec<String>,
    /// Words of a state that ended ("ceased to exist").
    pub ceased_cues: Vec<String>,
    /// Words of a cue's subject that make it no state ("the Special Court", "It").
    pub ceased_not_states: Vec<String>,
    /// Cues of `ceased_cues` said of any body ("was dissolved"): a state only when
    /// its subject is the jurisdiction's bare name or a capitalised `state_heads`
    /// word ("The State Union", "the Soviet Union"), not "Memorial" or "the Majlis".
    pub ceased_weak_cues: Vec<String>,
    /// Head words of a state's name ("Union", "Federation", "Republic").
    pub state_heads: Vec<String>,
    /// Words of a claim reported by others ("outlets reported that").
    pub reported_claims: Vec<String>,
    /// Words of a later sentence that retract such a claim ("was misreported").
    pub retractions: Vec<String>,
    /// Words that deny a claim ("was not correct"), a retraction only in a sentence
    /// opened by one of `retraction_subjects` ("It", "The report").
    pub retraction_denials: Vec<String>,
    /// Openings of a sentence that point back to a claim.
    pub retraction_subjects: Vec<String>,
    /// Words that say nobody knows whether death sentences were carried out.
    pub fate_unknown: Vec<String>,
    /// Openings of a paragraph that say the paragraphs above it were corrected
    /// elsewhere ("This answer was corrected on 8 July").
    pub correction_notes: Vec<String>,
    /// Verbs of a penalty kept after an abolition "until" a year.
    pub kept_until_verbs: Vec<String>,
    /// The subjects of such a verb: the penalty or a pronoun for it.
    pub kept_until_subjects: Vec<String>,
    /// Words of a law or a crime the penalty was kept in or for, whole words.
    pub kept_until_grounds: Vec<String>,
    /// A ranked table's header column of the year of abolition for ordinary crimes.
    pub year_column_ordinary: Vec<String>,
    /// ... of abolition for all crimes.
    pub year_column_all: Vec<String>,
    /// ... of the last execution.
    pub year_column_last_execution: Vec<String>,
    /// A delimited table's header cell, whole, of the year of an abolition of no
    /// stated scope.
    pub year_column_abolished: Vec<String>,
    /// A delimited table's first header cell, whole: the column of names.
    pub table_name_columns: Vec<String>,
    /// A delimited table's header cell naming an abolition undone (word starts).
    pub year_column_undone: Vec<String>,
    /// Where the clause of a copula ("is abolitionist in practice") begins.
    pub copula_clause_breaks: Vec<String>,
    /// Words that, ending the clause before a copula, make it a relative clause.
    pub copula_relatives: Vec<String>,
    /// Words that deny a copula's clause, whole words.
    pub copula_denials: Vec<String>,
}

impl Lexicon {
    fn from_json(json: &str) -> serde_json::Result<Lexicon> {
        serde_json::from_str(json)
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::from_json(BUILTIN).expect("the compiled-in rules/status.en.json is valid")
});

/// The builtin English word lists, parsed once.
pub(super) fn lexicon() -> &'static Lexicon {
    &LEXICON
}

/// Capitals and other cities that stand for their country (`rules/capitals.json`):
/// folded city name to folded country name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Capitals {
    #[serde(rename = "_format")]
    _format: Vec<String>,
    capitals: Vec<(String, String)>,
    federated: Vec<(String, String)>,
}

static CAPITALS_FILE: LazyLock<Capitals> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../rules/capitals.json"))
        .expect("the compiled-in rules/capitals.json is valid")
});

/// The federation (folded) whose state opens `text` ("Virginia becomes first
/// Southern state ..."): a state of `federated` named, capitalised, in its first
/// bytes.
pub(super) fn federation_in_opening(text: &str) -> Option<&'static str> {
    const OPENING_BYTES: usize = 400;
    let mut end = OPENING_BYTES.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let folded = format!(" {} ", crate::name::fold_name(&text[..end]));
    CAPITALS_FILE
        .federated
        .iter()
        .find(|(state, _)| {
            folded.contains(&format!(" {} ", crate::name::fold_name(state)))
                && text[..end].to_lowercase().contains(state.as_str())
                && text[..end].contains(&capitalise(state))
        })
        .map(|(_, federation)| federation.as_str())
}

/// The federation (folded) of a state (folded), when `federated` lists it.
pub(super) fn federation_of(state: &str) -> Option<&'static str> {
    CAPITALS_FILE
        .federated
        .iter()
        .find(|(s, _)| crate::name::fold_name(s) == state)
        .map(|(_, federation)| federation.as_str())
}

/// Whether a folded name is a country or a state of a federation the capitals file
/// lists: a place every reader knows is a jurisdiction of its own, whether or not
/// any document gives it an event ("Eritrea, Grenada and Mauritania continued to
/// hand down death sentences" is about none of the other countries).
pub(super) fn listed_jurisdiction(folded: &str) -> bool {
    static LISTED: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
        CAPITALS_FILE
            .capitals
            .iter()
            .map(|(_, country)| country)
            .chain(CAPITALS_FILE.federated.iter().map(|(state, _)| state))
            .map(|name| crate::name::fold_name(name))
            .collect()
    });
    LISTED.contains(folded)
}

/// "new south wales" -> "New South Wales".
fn capitalise(words: &str) -> String {
    words
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

static CAPITALS: LazyLock<crate::FxMap<String, String>> = LazyLock::new(|| {
    CAPITALS_FILE
        .capitals
        .iter()
        .map(|(city, country)| {
            (
                crate::name::fold_name(city),
                crate::name::fold_name(country),
            )
        })
        .collect()
});

/// The country a city (folded) stands for in `text`: none when the city is also a
/// state of a federation and the document calls it one ("the U.S. state of
/// Washington", "Washington state", "Capital punishment in Washington (state)").
pub(super) fn country_of_city_in(text: &str, folded: &str) -> Option<&'static str> {
    let country = country_of_city(folded)?;
    if federation_of(folded).is_some() && called_a_state(text, folded) {
        return None;
    }
    Some(country)
}

/// Whether `text` names the state `folded` (a folded name) as a state, capitalised.
fn called_a_state(text: &str, folded: &str) -> bool {
    CAPITALS_FILE
        .federated
        .iter()
        .filter(|(state, _)| crate::name::fold_name(state) == folded)
        .any(|(state, _)| {
            let name = capitalise(state);
            [
                format!("state of {name}"),
                format!("{name} state"),
                format!("{name} State"),
                format!("{name} (state)"),
            ]
            .iter()
            .any(|form| text.contains(form.as_str()))
        })
}

/// The country a city (folded) stands for, when it is a capital or a city a
/// dateline names for its country.
pub(super) fn country_of_city(folded: &str) -> Option<&'static str> {
    CAPITALS.get(folded).map(String::as_str)
}

/// Words that say no execution has taken place since a date ("no executions have
/// been carried out since 1997", "has not carried out a judicial execution since")
/// or name the last one ("the last known executions took place in 1987"), the
/// alternatives of `quiet_cues` between word boundaries, compiled once. Matched on
/// lower-case text; one word (never one of `quiet_not_adjectives`) may stand before
/// "execution".
pub(super) fn quiet_cues() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})\b", lexicon().quiet_cues.join("|"));
        Regex::new(&pattern).expect("the quiet_cues of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// The `first_in_years` patterns between word boundaries, compiled once.
pub(super) fn first_in_years() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})\b", lexicon().first_in_years.join("|"));
        Regex::new(&pattern).expect("the first_in_years of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// The `allowed_only` patterns between word boundaries, compiled once.
pub(super) fn allowed_only() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})\b", lexicon().allowed_only.join("|"));
        Regex::new(&pattern).expect("the allowed_only of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// The `code_bound_all` patterns between word boundaries, compiled once.
pub(super) fn code_bound_all() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})\b", lexicon().code_bound_all.join("|"));
        Regex::new(&pattern).expect("the code_bound_all of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// The `law_years` patterns between word boundaries, compiled once.
pub(super) fn law_years() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})\b", lexicon().law_years.join("|"));
        Regex::new(&pattern).expect("the law_years of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// The `abolishes_now` patterns between word boundaries, compiled once.
pub(super) fn abolishes_now() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})\b", lexicon().abolishes_now.join("|"));
        Regex::new(&pattern).expect("the abolishes_now of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// The `hiatus_years` patterns between word boundaries, compiled once.
pub(super) fn hiatus_years() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})\b", lexicon().hiatus_years.join("|"));
        Regex::new(&pattern).expect("the hiatus_years of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// The `abolished_before` patterns between word boundaries, compiled once.
pub(super) fn abolished_before() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})", lexicon().abolished_before.join("|"));
        Regex::new(&pattern)
            .expect("the abolished_before of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// The `first_since` patterns between word boundaries, compiled once.
pub(super) fn first_since() -> &'static Regex {
    static CUES: LazyLock<Regex> = LazyLock::new(|| {
        let pattern = format!(r"\b(?:{})\b", lexicon().first_since.join("|"));
        Regex::new(&pattern).expect("the first_since of rules/status.en.json are valid patterns")
    });
    &CUES
}

/// Years of quiet that make a retentionist country abolitionist in practice
/// (Amnesty International's rule).
pub(super) const QUIET_YEARS: i32 = 10;

/// Stated quiet this close to its ten years gives no category (on the edge).
pub(super) const NEAR_SWITCH_YEARS: i32 = 1;

/// A moratorium declared within this many years of the last known executions is
/// taken to run from those executions.
pub(super) const MORATORIUM_LAG_YEARS: i32 = 2;

/// Evidence that the death penalty is retained (executions, death sentences, a
/// moratorium) older than this says nothing about the status now.
pub(super) const RETENTION_HORIZON_YEARS: i32 = 10;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_file_parses_and_its_patterns_compile() {
        let lexicon = Lexicon::from_json(BUILTIN).expect("valid");
        assert!(lexicon.except_words.iter().any(|w| w == "except"));
        assert_eq!(lexicon.category_groups.len(), 4);
        assert!(quiet_cues().is_match("no executions have been carried out since 1997"));
        // A judgment's words for the same quiet years.
        assert!(quiet_cues()
            .is_match("no sentence of death has been carried out in the republic since 1976"));
        assert!(quiet_cues().is_match("the state has not executed any person since 2005"));
        // Every word is lower case: it is matched against lower-cased text.
        let value: serde_json::Value = serde_json::from_str(BUILTIN).expect("valid");
        let mut stack: Vec<&serde_json::Value> = value
            .as_object()
            .expect("an object")
            .iter()
            .filter(|(key, _)| *key != "_format")
            .map(|(_, v)| v)
            .collect();
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::String(word) => {
                    assert_eq!(word, &word.to_lowercase(), "{word}")
                }
                serde_json::Value::Array(items) => stack.extend(items),
                other => panic!("not a word list: {other}"),
            }
        }
    }

    #[test]
    fn an_unknown_key_is_an_error() {
        let mut value: serde_json::Value = serde_json::from_str(BUILTIN).expect("valid");
        value["except_wrods"] = serde_json::json!(["except"]);
        let err = Lexicon::from_json(&value.to_string())
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown field `except_wrods`"), "{err}");
        // So is a missing one, and a category that is none of Amnesty's.
        let mut missing: serde_json::Value = serde_json::from_str(BUILTIN).expect("valid");
        missing.as_object_mut().unwrap().remove("people");
        assert!(Lexicon::from_json(&missing.to_string()).is_err());
        let mut label: serde_json::Value = serde_json::from_str(BUILTIN).expect("valid");
        label["labels"] = serde_json::json!([["abolished", "abolitionist"]]);
        assert!(Lexicon::from_json(&label.to_string()).is_err());
    }

    #[test]
    fn a_capital_that_is_also_a_state_is_the_state_where_called_one() {
        assert_eq!(
            country_of_city_in(
                "WASHINGTON - The Justice Department said",
                &crate::name::fold_name("washington")
            ),
            Some("united states")
        );
        assert_eq!(
            country_of_city_in(
                "Capital punishment in Washington (state)\n\nIn the U.S. state of Washington",
                &crate::name::fold_name("washington")
            ),
            None
        );
        assert_eq!(
            country_of_city_in("hanged in Tehran (state media)", "tehran"),
            Some("iran")
        );
    }

    #[test]
    fn listed_jurisdictions_are_countries_and_federated_states() {
        let listed = |name: &str| listed_jurisdiction(&crate::name::fold_name(name));
        assert!(listed("Eritrea"));
        assert!(listed("Illinois"));
        assert!(!listed("Terre Haute"));
        // Session 38: China's special administrative regions are places of their own.
        assert!(listed("Hong Kong"));
        assert!(listed("Macao"));
    }
}
