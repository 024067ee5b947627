//! Answers that are a phrase of a known sort rather than a name, a date or a number:
//! how executions are carried out ("hanging", "lethal injection"), what someone was
//! charged with or sentenced for ("desertion", "drug trafficking"), and which
//! punishment ("life imprisonment"). Each sort has its question cues and its lexicon;
//! an offence may also be read as the words after "accused of", "convicted of",
//! "sentenced for" when they are a gerund ("strangling"). A drug ("heroin",
//! "cannabis") is a sort of its own: trafficking cases ask which one.

/// The sorts of phrase a question can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    Method,
    Offence,
    Punishment,
    Drug,
}

/// The phrase lexicons and cues (`rules/ask.en.json`, format documented there).
/// Unknown keys are an error: a misspelt key would otherwise silently do nothing.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Lexicons {
    #[serde(rename = "_format")]
    _format: Vec<String>,
    methods: Vec<String>,
    offences: Vec<String>,
    punishments: Vec<String>,
    drugs: Vec<String>,
    question_cues: QuestionCues,
    method_question_how: String,
    method_question_verbs: Vec<String>,
    offence_question_opener: String,
    offence_question_verbs: Vec<String>,
    punishment_question_verbs: Vec<String>,
    offence_cues: Vec<String>,
    object_pronouns: Vec<String>,
    custody_words: Vec<String>,
    term_units: Vec<String>,
    term_links: Vec<String>,
    term_tails: Vec<String>,
    described_people: Vec<String>,
    state_relations: Vec<String>,
    signature_titles: Vec<String>,
    procedural_verbs: Vec<String>,
    decisive_verbs: Vec<String>,
    planning_words: Vec<String>,
    currency_before: Vec<String>,
    currency_after: Vec<String>,
    amount_scales: Vec<String>,
    name_titles: Vec<String>,
    ruling_words: Vec<String>,
    unit_nouns: Vec<String>,
    aggregate_places: Vec<String>,
    aggregate_nouns: Vec<String>,
    pub(super) opposed_nouns: Vec<(String, String)>,
    measure_nouns: Vec<String>,
    pub(super) measure_abbreviations: Vec<(String, String)>,
    place_name_heads: Vec<String>,
    not_place_words: Vec<String>,
    calendar_name_heads: Vec<String>,
    chambers: Vec<Vec<String>>,
    number_markers: Vec<String>,
    peer_titles: Vec<String>,
    bench_honorifics: Vec<String>,
    number_labels: Vec<String>,
    clause_openers_not_names: Vec<String>,
    document_moment_phrases: Vec<String>,
    courts: Vec<Vec<String>>,
    document_date_participles: Vec<String>,
    document_date_nouns: Vec<String>,
    document_date_finite_before: Vec<String>,
    document_date_objects_after: Vec<String>,
    document_date_stops: Vec<String>,
    document_date_determiners: Vec<String>,
    document_date_instruments: Vec<String>,
    document_date_against: Vec<String>,
    act_carrier_nouns: Vec<String>,
    claim_labels: Vec<String>,
    open_question_cues: Vec<String>,
    offices: Vec<Vec<String>>,
    facility_nouns: Vec<String>,
    division_nouns: Vec<String>,
    pub(super) partitive_heads: Vec<String>,
    pub(super) partitive_tails: Vec<String>,
    pub(super) partitive_leading: String,
    pub(super) partitive_group_ends: Vec<String>,
    pub(super) other_punishment_words: Vec<String>,
    pub(super) unknown_count_cues: Vec<String>,
    pub(super) count_openers: Vec<String>,
    pub(super) count_generic_heads: Vec<String>,
    generic_court_words: Vec<String>,
    associate_nouns: Vec<String>,
    pub(super) document_sources: Vec<String>,
    pub(super) correction_cues: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionCues {
    method: Vec<String>,
    offence: Vec<String>,
    punishment: Vec<String>,
    drug: Vec<String>,
}

impl Lexicons {
    pub(super) fn from_json(text: &str) -> Result<Lexicons, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The builtin English lexicons, parsed once.
    pub(super) fn builtin() -> &'static Lexicons {
        static LEXICONS: std::sync::LazyLock<Lexicons> = std::sync::LazyLock::new(|| {
            Lexicons::from_json(include_str!("../../../rules/ask.en.json"))
                .unwrap_or_else(|e| panic!("rules/ask.en.json is invalid: {e}"))
        });
        &LEXICONS
    }
}

/// "Which judge sentenced him?" is not answered by "County Prosecutor Melissa Harlan":
/// a person whose title (`role`) holds a noun of another `offices` group and none of
/// the group of the question's head noun (`asked`, lower case) holds another office.
pub(super) fn office_of_another(asked: &str, role: &str) -> bool {
    let groups = &Lexicons::builtin().offices;
    let singular = asked.strip_suffix('s').unwrap_or(asked);
    let Some(own) = groups
        .iter()
        .position(|g| g.iter().any(|w| w == asked || w == singular))
    else {
        return false;
    };
    let role = role.to_lowercase();
    let words: Vec<&str> = role
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let holds = |g: &Vec<String>| words.iter().any(|w| g.iter().any(|o| o == w));
    !holds(&groups[own]) && groups.iter().enumerate().any(|(i, g)| i != own && holds(g))
}

/// Whether `asked` (a question's head noun, lower case) is a facility's
/// (`facility_nouns`: "Which prison ...?").
pub(super) fn asks_facility(asked: &str) -> bool {
    Lexicons::builtin()
        .facility_nouns
        .iter()
        .any(|w| w == asked)
}

/// Whether a place's `name` ends in a `division_nouns` word ("Toba Tek Singh
/// district"): an administrative area, no facility.
pub(super) fn names_division(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|last| Lexicons::builtin().division_nouns.iter().any(|d| d == last))
}

/// "the court", "THIS COURT", "the trial court": a court mention that names no court,
/// only a `generic_court_words` head after determiners of the same list, answers no
/// "Which court ...?".
pub(super) fn names_no_court(name: &str) -> bool {
    let lex = Lexicons::builtin();
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| lex.generic_court_words.iter().any(|g| g == w))
}

/// "When were Joshua Atieno's co-accused arrested?": the `associate_nouns` word the
/// question asks of after a name's possessive, folded. A sentence that does not
/// name that associate ("The appellant was arrested on 20 September 2014") speaks
/// of the named person, not of the asked one.
/// Whether `clause` says only the repeated act of a past verb the question asks
/// ("were resentenced" for "When were they sentenced?", "was retried" for "tried"):
/// the date there is the repetition's, not the act's.
pub(super) fn only_redone(question: &str, clause: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let said = words(clause);
    words(question)
        .iter()
        .filter(|w| w.len() >= 5 && w.ends_with("ed") && !w.starts_with("re"))
        .any(|w| {
            let again = [format!("re{w}"), format!("re-{w}")];
            said.iter().any(|s| again.contains(s)) && !said.contains(w)
        })
}

/// Words that make an office another one when they stand before it ("Acting Chief
/// Justice" is not "Chief Justice").
const OFFICE_QUALIFIERS: &[&str] = &["acting", "deputy", "vice", "assistant", "interim", "former"];

/// The office named right after "appointed" in `text` ("appointed a Justice of Appeal
/// with effect from" -> ["justice", "of", "appeal"]): its capitalised words and the
/// small words inside them.
fn office_appointed(text: &str) -> Option<Vec<String>> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '?')
        .filter(|w| !w.is_empty())
        .collect();
    let at = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("appointed"))?;
    let mut i = at + 1;
    while i < words.len() && ["a", "an", "the", "as"].contains(&words[i].to_lowercase().as_str()) {
        i += 1;
    }
    let mut office = Vec::new();
    while i < words.len() {
        let w = words[i];
        let lower = w.to_lowercase();
        let capital = w.starts_with(char::is_uppercase);
        let inside = ["of", "the", "for"].contains(&lower.as_str())
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        if !(capital || inside) {
            break;
        }
        office.push(lower);
        i += 1;
    }
    (!office.is_empty()).then_some(office)
}

/// Whether `clause` appoints to another office than the one the question asks ("When
/// was X appointed Chief Justice?" over "X was appointed a Judge of the High Court in
/// 2011"), or names the asked office only under a qualifier ("served as Acting Chief
/// Justice").
pub(super) fn another_office(question: &str, clause: &str) -> bool {
    let Some(asked) = office_appointed(question) else {
        return false;
    };
    if office_appointed(clause).is_some_and(|stated| stated != asked) {
        return true;
    }
    let lower = clause.to_lowercase();
    let office = asked.join(" ");
    OFFICE_QUALIFIERS
        .iter()
        .any(|q| lower.contains(&format!("{q} {office}")))
        && !OFFICE_QUALIFIERS.contains(&asked[0].as_str())
}

pub(super) fn asked_associate(question: &str) -> Option<&'static str> {
    let lower = question.to_lowercase().replace('\u{2019}', "'");
    let lex = Lexicons::builtin();
    lower.match_indices("'s ").find_map(|(p, m)| {
        let next = lower[p + m.len()..]
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .next()?;
        lex.associate_nouns
            .iter()
            .find(|a| a.as_str() == next)
            .map(String::as_str)
    })
}

/// "When was X sentenced to life imprisonment?": the first word of the punishment
/// short of death the question names after "sentenced to" (folded: "life"), when
/// it is one of `punishments` and says no death.
pub(super) fn asked_term_of_custody(question: &str) -> Option<String> {
    let lower = question.to_lowercase();
    let (_, after) = lower.split_once("sentenced to ")?;
    let after = after.trim_end_matches(['?', '.', ' ']);
    let lex = Lexicons::builtin();
    lex.punishments
        .iter()
        .filter(|p| !p.contains("death"))
        .find(|p| after.starts_with(p.as_str()))
        .and_then(|p| p.split_whitespace().next().map(str::to_string))
}

/// Whether the (folded) word is a title or honorific before a name ("sheikh",
/// "smt"), no given name.
pub(super) fn is_name_title(word: &str) -> bool {
    Lexicons::builtin().name_titles.iter().any(|t| t == word)
}

/// Whether the folded question (a space before each word) names a court's deciding or
/// ruling ("decide", "judgment"): its trial's act.
pub(super) fn names_a_ruling(lower: &str) -> bool {
    Lexicons::builtin()
        .ruling_words
        .iter()
        .any(|w| lower.contains(&format!(" {w}")))
}

/// Whether the place named at `text[start..]` is only the tail of a longer place name
/// opened by a `place_name_heads` word and "of" ("Port of Spain", "Gulf of Aden"): a
/// "Where ...?" question is not answered by "Spain" there.
pub(super) fn inside_longer_place(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let mut words = before.split_whitespace().rev();
    if words.next() != Some("of") {
        return false;
    }
    let Some(head) = words.next() else {
        return false;
    };
    // "Port of Spain" names the port; "the port of Aden" is Aden's own port.
    head.chars().next().is_some_and(char::is_uppercase)
        && Lexicons::builtin()
            .place_name_heads
            .iter()
            .any(|h| *h == head.to_lowercase())
}

/// Whether the (lower-case) word is an object pronoun ("him", "her", "them").
pub(super) fn is_object_pronoun(word: &str) -> bool {
    Lexicons::builtin()
        .object_pronouns
        .iter()
        .any(|p| p == word)
}

/// Whether a word before a number makes the number a label ("section 4", "s 47",
/// "No. 23": `number_labels`), not a count.
pub(super) fn is_number_label(word: &str) -> bool {
    let folded = word.trim_end_matches('.').to_lowercase();
    Lexicons::builtin().number_labels.contains(&folded)
}

/// Whether a capitalised word after "in" or "at" names no place: a holiday, a
/// language, a court's or an institution's noun ("at Easter", "in Kiswahili", "in the
/// High Court": `not_place_words`, folded).
pub(super) fn names_no_place(word: &str) -> bool {
    let folded = word.to_lowercase();
    Lexicons::builtin().not_place_words.contains(&folded)
}

/// Whether the folded `sentence` names only another chamber of a legislature than
/// the folded `question` does (`chambers`): "When did the Senate approve the bill?"
/// is not answered by "The House of Representatives approves the bill".
pub(super) fn other_chamber(question: &str, sentence: &str) -> bool {
    let names = |text: &str, group: &[String]| {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let padded = format!(" {} ", words.join(" "));
        group.iter().any(|c| padded.contains(&format!(" {c} ")))
    };
    let groups = &Lexicons::builtin().chambers;
    groups.iter().enumerate().any(|(i, asked)| {
        names(question, asked)
            && !names(sentence, asked)
            && groups
                .iter()
                .enumerate()
                .any(|(j, other)| j != i && names(sentence, other) && !names(question, other))
    })
}

/// The numbered names of `text`: the folded word before a `number_markers` word and
/// the number after it ("Republic Act No. 7659" gives ("act", "7659")).
fn numbered_names(text: &str) -> Vec<(String, String)> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let markers = &Lexicons::builtin().number_markers;
    (1..words.len().saturating_sub(1))
        .filter(|&i| markers.contains(&words[i]))
        .filter(|&i| words[i + 1].starts_with(|c: char| c.is_ascii_digit()))
        .map(|i| (words[i - 1].clone(), words[i + 1].clone()))
        .collect()
}

/// Whether `sentence` names the kind of a numbered name of `question` only under
/// other numbers: "Republic Act No. 8177 replaces the electric chair" says nothing
/// of Republic Act No. 7659.
pub(super) fn other_numbered(question: &str, sentence: &str) -> bool {
    let said = numbered_names(sentence);
    numbered_names(question).iter().any(|(kind, number)| {
        !said.iter().any(|(_, n)| n == number) && said.iter().any(|(k, _)| k == kind)
    })
}

/// A person's one-word `name` with its `title` when the title is a peer's
/// (`peer_titles`) and stands capitalised right before the name in the text
/// (`written`: the text up to and including the mention): "Lord Hamblen", not
/// "Hamblen"; any other name as it is.
pub(super) fn with_peer_title(name: &str, title: &str, written: &str) -> String {
    let peer = Lexicons::builtin()
        .peer_titles
        .contains(&title.trim_end_matches('.').to_lowercase());
    let capitalised = title.chars().next().is_some_and(char::is_uppercase);
    let before_name = written
        .trim_end()
        .strip_suffix(name)
        .map(str::trim_end)
        .and_then(|b| b.strip_suffix(title))
        .is_some_and(|b| !b.chars().next_back().is_some_and(char::is_alphanumeric));
    if peer && capitalised && before_name && !name.contains(' ') {
        format!("{title} {name}")
    } else {
        name.to_string()
    }
}

/// Whether a capitalised run ending in `last` names a day or a season
/// ("Independence Day", "Holy Week": `calendar_name_heads`), not a person.
pub(super) fn names_a_day(last: &str) -> bool {
    let folded = last.to_lowercase();
    Lexicons::builtin().calendar_name_heads.contains(&folded)
}

/// Whether a lower-cased line opens with a judge's honorific ("hon. justice ...",
/// "honourable ...": `bench_honorifics`).
pub(super) fn opens_with_honorific(lower: &str) -> bool {
    Lexicons::builtin()
        .bench_honorifics
        .iter()
        .any(|h| lower.starts_with(h.as_str()))
}

/// Whether the (folded) capitalised word opens a clause without naming its subject
/// ("In", "The", "He": `clause_openers_not_names`).
pub(super) fn opens_without_a_name(word: &str) -> bool {
    Lexicons::builtin()
        .clause_openers_not_names
        .iter()
        .any(|w| w == word)
}

/// Whether the sentence speaks of many places at once ("in the four countries where
/// figures could be confirmed", "worldwide": `aggregate_places`, whole words of the
/// folded sentence): its figures are totals, not one place's.
pub(super) fn speaks_of_many_places(sentence: &str) -> bool {
    let folded = super::fold_word(sentence);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = format!(" {} ", words.join(" "));
    let lex = Lexicons::builtin();
    if lex
        .aggregate_places
        .iter()
        .any(|p| joined.contains(&format!(" {p} ")))
    {
        return true;
    }
    // "in the five countries where", "in 20 jurisdictions": a noun of places counted
    // (a count right before it, or one word between); "appeals from other countries"
    // counts nothing.
    let counted = |i: usize| {
        let w = words[i];
        w.chars().all(|c| c.is_ascii_digit()) || dossier_extract::quantity::number_word(w).is_some()
    };
    words.iter().enumerate().any(|(i, w)| {
        lex.aggregate_nouns.iter().any(|n| n == w)
            && (i.checked_sub(1).is_some_and(counted) || i.checked_sub(2).is_some_and(counted))
    })
}

/// Whether the (stemmed) word is a noun that counts places or spans of time
/// ("countries", "cities", "days"): a count of such is no count of people or acts.
pub(super) fn is_unit_noun(word: &str) -> bool {
    Lexicons::builtin()
        .unit_nouns
        .iter()
        .any(|u| word.starts_with(u.as_str()))
}

/// Whether a word (as the index stems it) names a unit of measure ("gram",
/// "kilogram"): one of the `measure_nouns`, stemmed alike.
pub(super) fn is_measure_noun(word: &str) -> bool {
    Lexicons::builtin().measure_nouns.iter().any(|u| {
        crate::index::tokens(u)
            .first()
            .is_some_and(|(t, _)| t == word)
    })
}

/// Whether a count's nouns name the other side of a pair the question's nouns name
/// ("13 men" for "How many women ...?"): folded, stemmed words as `tokens` gives them.
pub(super) fn counts_the_opposite(
    noun: &std::collections::HashSet<String>,
    focus: &[String],
) -> bool {
    let stem = |w: &str| {
        crate::index::tokens(w)
            .into_iter()
            .next()
            .map(|(t, _)| t)
            .unwrap_or_default()
    };
    Lexicons::builtin().opposed_nouns.iter().any(|(a, b)| {
        let (a, b) = (stem(a), stem(b));
        (noun.contains(&a) && focus.contains(&b)) || (noun.contains(&b) && focus.contains(&a))
    })
}

/// "As of the date of this decision, 59 persons were under a sentence of death",
/// "During the reporting period, courts handed down two death sentences": whether the
/// folded sentence speaks of the document's own moment or period (`rules/ask.en.json`,
/// `document_moment_phrases`) rather than of a date the sentences around it give.
pub(super) fn speaks_of_document_moment(folded: &str) -> bool {
    Lexicons::builtin()
        .document_moment_phrases
        .iter()
        .any(|p| folded.contains(p.as_str()))
}

/// The words by which a date dates a noun rather than the clause's act (the
/// `document_date_*` and `act_carrier_nouns` lists of `rules/ask.en.json`).
pub(super) struct DocumentDating {
    pub participles: &'static [String],
    pub nouns: &'static [String],
    pub finite_before: &'static [String],
    pub objects_after: &'static [String],
    pub stops: &'static [String],
    pub determiners: &'static [String],
    pub instruments: &'static [String],
    pub against: &'static [String],
    pub carriers: &'static [String],
}

pub(super) fn document_dating() -> DocumentDating {
    let l = Lexicons::builtin();
    DocumentDating {
        participles: &l.document_date_participles,
        nouns: &l.document_date_nouns,
        finite_before: &l.document_date_finite_before,
        objects_after: &l.document_date_objects_after,
        stops: &l.document_date_stops,
        determiners: &l.document_date_determiners,
        instruments: &l.document_date_instruments,
        against: &l.document_date_against,
        carriers: &l.act_carrier_nouns,
    }
}

/// Whether `sentence` opens with a label that puts it forward as a claim to be
/// checked ("Claim: Zambia has restored the death penalty ...", "Allegation: ..."):
/// a `claim_labels` phrase, then a colon.
pub(super) fn opens_with_claim_label(sentence: &str) -> bool {
    let Some((label, _)) = sentence.split_once(':') else {
        return false;
    };
    let label = label
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    Lexicons::builtin().claim_labels.contains(&label)
}

/// Whether `lower` (a lower-case sentence) leaves a question open: an
/// `open_question_cues` phrase, then "whether" ("The Board does not decide whether
/// the term was excessive").
pub(super) fn leaves_open(lower: &str) -> bool {
    Lexicons::builtin()
        .open_question_cues
        .iter()
        .any(|cue| lower.contains(&format!("{cue} whether")))
}

/// Whether the question asks about a plan, a pledge or a call itself ("When did the
/// president pledge a moratorium?"): a planned event answers it. `lower` is folded,
/// with a space on both sides.
pub(super) fn asks_about_a_plan(lower: &str) -> bool {
    Lexicons::builtin()
        .planning_words
        .iter()
        .any(|w| lower.contains(&format!(" {w}")))
}

/// "A Sri Lankan High Court on Tuesday sentenced a former police inspector to death":
/// a sentence that speaks of someone it does not name ("a" or "an" and, within four
/// words, a noun of a person), as a news lead does before the next sentence names him.
pub(super) fn describes_someone(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let nouns = &Lexicons::builtin().described_people;
    words.iter().enumerate().any(|(i, w)| {
        (w == "a" || w == "an")
            && words[i + 1..]
                .iter()
                .take(4)
                .any(|n| nouns.iter().any(|p| p == n))
    })
}

/// "When did the High Court rule on X?" is not answered by "In April the High Court
/// heard arguments on X": a question whose verbs are all of a decision (or all of a
/// step of the proceeding) and a sentence whose verbs are of the other kind only
/// (`decisive_verbs`, `procedural_verbs`). Both are folded text.
pub(super) fn stage_clash(question: &str, sentence: &str) -> bool {
    let lex = Lexicons::builtin();
    let kinds = |text: &str| {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |list: &[String]| words.iter().any(|w| list.iter().any(|v| v == w));
        (has(&lex.procedural_verbs), has(&lex.decisive_verbs))
    };
    matches!(
        (kinds(question), kinds(sentence)),
        ((true, false), (false, true)) | ((false, true), (true, false))
    )
}

/// "experts urged Iran to stop the execution of a man": an execution named only as
/// what someone would stop, halt or prevent did not happen (folded sentence).
pub(super) fn halted_only(sentence: &str) -> bool {
    const HALTS: &[&str] = &["stop", "halt", "prevent", "block", "postpone", "suspend"];
    const ACTS: &[&str] = &["execution", "executions", "hanging", "hangings"];
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let named: Vec<usize> = (0..words.len())
        .filter(|&i| ACTS.contains(&words[i]))
        .collect();
    !named.is_empty()
        && named.iter().all(|&i| {
            let before = &words[i.saturating_sub(3)..i];
            before.iter().any(|w| HALTS.contains(w))
        })
}

/// The courts a folded text names (`courts`: the first form of each group stands for
/// all of them): "the High Court at Arusha" names "high court", "the Fifth Circuit"
/// "fifth circuit", "the appeals court" "court of appeal".
pub(super) fn courts_named(folded: &str) -> Vec<&'static str> {
    let padded = format!(" {folded} ");
    Lexicons::builtin()
        .courts
        .iter()
        .filter(|forms| forms.iter().any(|f| padded.contains(&format!(" {f} "))))
        .filter_map(|forms| forms.first().map(String::as_str))
        .collect()
}

/// Whether `word` (lower case) is a noun of a person (`described_people`).
/// Whether a line is a judge's title under a signature ("JUDGE", "Chief Justice",
/// "JUDGE OF THE HIGH COURT"): words of `signature_titles` only, with one of the
/// first three among them.
pub(super) fn is_signature_title(line: &str) -> bool {
    let titles = &Lexicons::builtin().signature_titles;
    let words: Vec<String> = line
        .trim()
        .trim_end_matches('.')
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| titles.contains(w))
        && words.iter().any(|w| titles[..3].contains(w))
}

/// Whether a (lower-case) word before a state's name makes that state a source, agent
/// or party of the act ("from", "by"), not its scene (`state_relations`).
pub(super) fn relates_a_state(word: &str) -> bool {
    Lexicons::builtin()
        .state_relations
        .iter()
        .any(|p| p == word)
}

pub(super) fn is_person_noun(word: &str) -> bool {
    Lexicons::builtin()
        .described_people
        .iter()
        .any(|p| p == word)
}

/// "How were executions carried out?" asks the manner; "how many executions were
/// carried out" asks a number.
fn asks_manner(lower: &str, how: &str) -> bool {
    lower.match_indices(how).any(|(i, m)| {
        let next = lower[i + m.len()..].split_whitespace().next().unwrap_or("");
        super::AUXILIARIES.contains(&next)
    })
}

/// The sort a folded question (spaces on both sides) asks for.
pub(super) fn sort_asked(lower: &str) -> Option<Sort> {
    sort_asked_with(Lexicons::builtin(), lower)
}

fn sort_asked_with(lex: &Lexicons, lower: &str) -> Option<Sort> {
    let has = |cues: &[String]| cues.iter().any(|c| lower.contains(c.as_str()));
    let cues = &lex.question_cues;
    let how = lex.method_question_how.as_str();
    let method_question =
        lower.contains(how) && has(&lex.method_question_verbs) && asks_manner(lower, how);
    if has(&cues.method) || method_question {
        return Some(Sort::Method);
    }
    // Before the offence: "What drug was he convicted of trafficking?"
    if has(&cues.drug) {
        return Some(Sort::Drug);
    }
    if has(&cues.offence)
        || (lower.starts_with(lex.offence_question_opener.as_str())
            && has(&lex.offence_question_verbs))
    {
        return Some(Sort::Offence);
    }
    if has(&cues.punishment)
        || (lower.starts_with(lex.offence_question_opener.as_str())
            && has(&lex.punishment_question_verbs))
    {
        return Some(Sort::Punishment);
    }
    None
}

/// The phrases of `sort` in `sentence` (lower-cased words matched whole), each
/// with its byte range in the sentence.
pub(super) fn phrases_in(sentence: &str, sort: Sort) -> Vec<(String, std::ops::Range<usize>)> {
    phrases_in_with(Lexicons::builtin(), sentence, sort)
}

fn phrases_in_with(
    lex: &Lexicons,
    sentence: &str,
    sort: Sort,
) -> Vec<(String, std::ops::Range<usize>)> {
    let lower = sentence.to_lowercase();
    let lexicon = match sort {
        Sort::Method => &lex.methods,
        Sort::Offence => &lex.offences,
        Sort::Punishment => &lex.punishments,
        Sort::Drug => &lex.drugs,
    };
    let boundary = |at: usize| {
        lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let after = |end: usize| {
        lower[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut out: Vec<(String, std::ops::Range<usize>)> = Vec::new();
    for term in lexicon {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(term.as_str()) {
            let at = from + pos;
            let end = at + term.len();
            from = end;
            if lower.len() != sentence.len() || !boundary(at) || !after(end) {
                continue;
            }
            // A longer term already found here ("long drop hanging") wins.
            if out.iter().any(|(_, r)| r.start <= at && end <= r.end) {
                continue;
            }
            out.retain(|(_, r)| !(at <= r.start && r.end <= end));
            out.push((sentence[at..end].to_string(), at..end));
        }
    }
    if sort == Sort::Offence && lower.len() == sentence.len() {
        // 'convicted of "corruption on earth"': the charge as quoted, whole.
        for cue in &lex.offence_cues {
            for (at, _) in lower.match_indices(cue.as_str()) {
                let rest = &sentence[at + cue.len()..];
                let Some(open) = rest
                    .strip_prefix(' ')
                    .and_then(|r| r.strip_prefix('"').or_else(|| r.strip_prefix('\u{201c}')))
                else {
                    continue;
                };
                let Some(len) = open.find(['"', '\u{201d}']) else {
                    continue;
                };
                if len == 0 || len > 80 {
                    continue;
                }
                let from = sentence.len() - open.len();
                let range = from..from + len;
                out.retain(|(_, r)| !(range.start <= r.start && r.end <= range.end));
                out.push((sentence[range.clone()].to_string(), range));
            }
        }
    }
    if sort == Sort::Offence {
        // "accused her of strangling the baby": a gerund after the cue.
        let mut words: Vec<(&str, usize)> = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in lower
            .char_indices()
            .chain(std::iter::once((lower.len(), ' ')))
        {
            match (c.is_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((&lower[s..i], s));
                    start = None;
                }
                _ => {}
            }
        }
        for cue in &lex.offence_cues {
            let cue: Vec<&str> = cue.split(' ').collect();
            for i in 0..words.len() {
                if words[i].0 != cue[0] {
                    continue;
                }
                let mut k = i + 1;
                if words
                    .get(k)
                    .is_some_and(|(w, _)| lex.object_pronouns.iter().any(|p| p == w))
                {
                    k += 1;
                }
                let rest = &cue[1..];
                if words.len() < k + rest.len() + 1
                    || words[k..k + rest.len()]
                        .iter()
                        .map(|(w, _)| *w)
                        .ne(rest.iter().copied())
                {
                    continue;
                }
                let (word, word_start) = words[k + rest.len()];
                let gerund_end = word_start + word.len();
                // "convicted her of spreading false news": the gerund's object, up to
                // three words joined by spaces alone, to a word that opens another
                // phrase ("and", "under", "in").
                let mut word_end = gerund_end;
                for &(next, next_start) in words.iter().skip(k + rest.len() + 1).take(3) {
                    let gap = &lower[word_end..next_start];
                    if !gap.chars().all(|c| c == ' ') || GERUND_OBJECT_STOPS.contains(&next) {
                        break;
                    }
                    word_end = next_start + next.len();
                }
                if word.len() > 4
                    && word.ends_with("ing")
                    && lower.len() == sentence.len()
                    && !out
                        .iter()
                        .any(|(_, r)| r.start <= word_start && word_end <= r.end)
                {
                    out.push((
                        sentence[word_start..word_end].to_string(),
                        word_start..word_end,
                    ));
                }
            }
        }
    }
    if sort == Sort::Punishment && lower.len() == sentence.len() {
        for (phrase, range) in prison_terms(lex, sentence) {
            if !out
                .iter()
                .any(|(_, r)| r.start < range.end && range.start < r.end)
            {
                out.push((phrase, range));
            }
        }
    }
    out.sort_by_key(|(_, r)| r.start);
    out
}

/// Words that end a gerund's object ("of spreading false news and sentenced her",
/// "of smuggling heroin into Singapore"): conjunctions, prepositions, verbs of the
/// sentence's own clause.
const GERUND_OBJECT_STOPS: &[&str] = &[
    "and", "or", "but", "under", "in", "on", "at", "by", "for", "to", "into", "from", "after",
    "before", "with", "while", "during", "was", "were", "is", "are", "had", "has", "who", "which",
    "that", "than", "as", "of",
];

/// Whether a gerund read after a cue ("guilty of violating") is all that names the
/// offence: a weaker answer than an offence of the lexicon.
pub(super) fn guessed(phrase: &str, sort: Sort) -> bool {
    sort == Sort::Offence
        && !Lexicons::builtin()
            .offences
            .iter()
            .any(|o| o.eq_ignore_ascii_case(phrase.trim()))
}

/// The marks of a sum of money: written before its number ("us$", "kshs."), words
/// after it ("dollars"), and words that scale it ("million"); see `amounts::money_in`.
pub(super) fn currency_marks() -> (&'static [String], &'static [String], &'static [String]) {
    let lex = Lexicons::builtin();
    (
        &lex.currency_before,
        &lex.currency_after,
        &lex.amount_scales,
    )
}

/// Prison terms written as a length of time and a word of custody, each with its
/// byte range: "20 years' imprisonment with hard labour", "three years in jail",
/// "a 10-year prison term".
fn prison_terms(lex: &Lexicons, sentence: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let lower = sentence.to_lowercase();
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in lower
        .char_indices()
        .chain(std::iter::once((lower.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((&lower[s..i], s));
                start = None;
            }
            _ => {}
        }
    }
    let is_number = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit()) || dossier_extract::quantity::number_word(w).is_some()
    };
    let mut out = Vec::new();
    for (i, (word, _)) in words.iter().enumerate() {
        let is_in = |list: &[String], w: &str| list.iter().any(|x| x == w);
        if !is_in(&lex.custody_words, word) {
            continue;
        }
        // Back over the links to a unit and its number.
        let mut k = i;
        while k > 0 && is_in(&lex.term_links, words[k - 1].0) && i - k < 3 {
            k -= 1;
        }
        if k < 2 || !is_in(&lex.term_units, words[k - 1].0) || !is_number(words[k - 2].0) {
            continue;
        }
        // "twenty (20) years' imprisonment": the number in words leads.
        let mut from = words[k - 2].1;
        if k >= 3 && is_number(words[k - 3].0) {
            let between = &lower[words[k - 3].1 + words[k - 3].0.len()..from];
            if between.trim() == "(" {
                from = words[k - 3].1;
            }
        }
        let mut end = words[i].1 + words[i].0.len();
        for tail in &lex.term_tails {
            let rest = &lower[end..];
            let trimmed = rest.trim_start();
            if trimmed.starts_with(tail.as_str()) {
                end += rest.len() - trimmed.len() + tail.len();
                break;
            }
        }
        out.push((sentence[from..end].to_string(), from..end));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn totals_over_many_places() {
        // Session 38 (asks-21): a total's sentence, not a sentence that merely names
        // other countries.
        assert!(super::speaks_of_many_places(
            "At least 212 people were executed in the five countries where numbers could be verified."
        ));
        assert!(super::speaks_of_many_places(
            "Executions rose in 14 jurisdictions last year."
        ));
        assert!(super::speaks_of_many_places(
            "Executions worldwide fell by a third."
        ));
        assert!(!super::speaks_of_many_places(
            "On 3 May authorities hanged two men, despite appeals from Norway and other countries."
        ));
    }

    #[test]
    fn another_office_is_not_the_asked_one() {
        // Session 37 (asks-20).
        let q = "When was Ana Ruiz appointed Chief Justice?";
        assert!(super::another_office(
            q,
            "Justice Ruiz was appointed a Judge of the High Court in 2009"
        ));
        assert!(super::another_office(
            q,
            "She served as Acting Chief Justice in May 2020"
        ));
        assert!(!super::another_office(
            q,
            "She was appointed Chief Justice in 2021"
        ));
        let q = "When was Ana Ruiz appointed a Justice of Appeal?";
        assert!(!super::another_office(
            q,
            "She was appointed a Justice of Appeal with effect from 1 May 2019"
        ));
        assert!(!super::another_office(
            "When was Ana Ruiz born?",
            "She was appointed a Judge in 2009"
        ));
    }

    #[test]
    fn a_repeated_act_is_not_the_act() {
        // Session 37 (asks-20): a resentencing dated the death sentence.
        let q = "When were the three prisoners in Ostland sentenced to death?";
        assert!(super::only_redone(
            q,
            "Three prisoners in Ostland were resentenced in March under the new law"
        ));
        assert!(!super::only_redone(
            q,
            "The three were sentenced to death in 2015 and resentenced in March"
        ));
        assert!(!super::only_redone(
            q,
            "The three were sentenced to death in 2015"
        ));
    }

    #[test]
    fn an_associate_asked_after_a_possessive() {
        assert_eq!(
            super::asked_associate("When were Tomas Vell's co-accused arrested?"),
            Some("co-accused")
        );
        assert_eq!(
            super::asked_associate("When was Tomas Vell's brother released?"),
            Some("brother")
        );
        assert_eq!(
            super::asked_associate("When was Tomas Vell's appeal heard?"),
            None
        );
    }

    #[test]
    fn a_generic_court_names_no_court() {
        assert!(super::names_no_court("the court"));
        assert!(super::names_no_court("THIS COURT"));
        assert!(super::names_no_court("the trial court"));
        assert!(!super::names_no_court("the Criminal Court"));
        assert!(!super::names_no_court("High Court of Ruritania"));
    }

    #[test]
    fn a_custodial_term_asked_after_sentenced_to() {
        assert_eq!(
            super::asked_term_of_custody("When was Tomas Vell sentenced to life imprisonment?"),
            Some("life".to_string())
        );
        assert_eq!(
            super::asked_term_of_custody("When was Tomas Vell sentenced to death?"),
            None
        );
    }

    #[test]
    fn a_labelled_claim_states_nothing() {
        assert!(super::opens_with_claim_label(
            "Claim: The country hanged two men at Central Prison on 3 May 2021."
        ));
        assert!(super::opens_with_claim_label(
            "**Allegation:** Guards beat him on 2 June."
        ));
        // A label that is no claim, or a colon later in a sentence.
        assert!(!super::opens_with_claim_label(
            "Verdict: the court sentenced him on 4 May."
        ));
        assert!(!super::opens_with_claim_label(
            "The court heard two claims on one day: his and hers."
        ));
    }

    #[test]
    fn a_question_left_open_is_neither_yes_nor_no() {
        assert!(super::leaves_open(
            "the court does not decide whether the minimum term of 30 years was too long [12]."
        ));
        assert!(super::leaves_open(
            "we need not decide whether the delay alone would suffice."
        ));
        assert!(!super::leaves_open(
            "the court did not decide the appeal until 2019."
        ));
    }

    #[test]
    fn a_place_after_port_of_is_part_of_a_longer_name() {
        let text = "found dead in his car in Port of Spain two days earlier";
        let at = text.find("Spain").unwrap();
        assert!(super::inside_longer_place(text, at));
        let text = "a ship seized in the Gulf of Aden";
        assert!(super::inside_longer_place(text, text.find("Aden").unwrap()));
        // Aden's own port, a country's government: the place stands whole.
        let text = "unloaded at the port of Aden";
        assert!(!super::inside_longer_place(
            text,
            text.find("Aden").unwrap()
        ));
        let text = "the Government of Spain said";
        assert!(!super::inside_longer_place(
            text,
            text.find("Spain").unwrap()
        ));
        let text = "arrested in Spain";
        assert!(!super::inside_longer_place(
            text,
            text.find("Spain").unwrap()
        ));
    }

    #[test]
    fn a_step_of_a_proceeding_is_no_decision() {
        assert!(stage_clash(
            "when did the high court rule on the mandatory death sentence",
            "in april the high court heard arguments on the mandatory death sentence"
        ));
        assert!(!stage_clash(
            "when did the court rule on the appeal",
            "the appeal was heard in may and dismissed in june"
        ));
        assert!(stage_clash(
            "when was the appeal heard",
            "the court dismissed the appeal on 5 may"
        ));
    }

    #[test]
    fn an_execution_only_to_be_halted_did_not_happen() {
        assert!(halted_only(
            "experts urged ostland to stop the execution of a man who was 16"
        ));
        assert!(!halted_only("ostland carried out the execution of a man"));
        assert!(!halted_only(
            "they urged a halt to executions but the execution of a man went ahead"
        ));
    }

    use super::*;

    fn fold(s: &str) -> String {
        format!(" {} ", s.to_lowercase())
    }

    #[test]
    fn sorts_of_phrase_asked() {
        assert_eq!(
            sort_asked(&fold("By what method was X executed?")),
            Some(Sort::Method)
        );
        assert_eq!(
            sort_asked(&fold("How are executions carried out in Ruritania?")),
            Some(Sort::Method)
        );
        assert_eq!(
            sort_asked(&fold("What offence was X sentenced for?")),
            Some(Sort::Offence)
        );
        assert_eq!(
            sort_asked(&fold("What was X accused of by her employer?")),
            Some(Sort::Offence)
        );
        assert_eq!(
            sort_asked(&fold("What punishment will X serve now?")),
            Some(Sort::Punishment)
        );
        assert_eq!(
            sort_asked(&fold("What was Lena Brisk's death sentence commuted to?")),
            Some(Sort::Punishment)
        );
        assert_eq!(sort_asked(&fold("Who was accused of murder?")), None);
        // A count of executions carried out is a number, not a manner.
        assert_eq!(
            sort_asked(&fold("How many executions were carried out in Ruritania?")),
            None
        );
    }

    #[test]
    fn phrases_from_the_lexicon_and_after_the_cue() {
        let found = |s: &str, sort| -> Vec<String> {
            phrases_in(s, sort).into_iter().map(|(p, _)| p).collect()
        };
        assert_eq!(
            found(
                "Executions are carried out by long drop hanging at dawn.",
                Sort::Method
            ),
            vec!["long drop hanging"]
        );
        assert_eq!(
            found(
                "He was sentenced to five years for desertion.",
                Sort::Offence
            ),
            vec!["desertion"]
        );
        assert_eq!(
            found(
                "Her employer accused her of strangling the baby.",
                Sort::Offence
            ),
            vec!["strangling the baby"]
        );
        // The gerund's object, to the conjunction that ends it.
        assert_eq!(
            found(
                "The tribunal convicted him of insulting state officials and fined him.",
                Sort::Offence
            ),
            vec!["insulting state officials"]
        );
        // A quoted charge is taken whole, not the lexicon's word inside it.
        assert_eq!(
            found(
                "Both were convicted of \"corruption on earth\" by a court.",
                Sort::Offence
            ),
            vec!["corruption on earth"]
        );
        assert_eq!(
            found("He was sentenced to death by hanging.", Sort::Punishment),
            vec!["death by hanging"]
        );
        assert_eq!(
            found("He will serve a life sentence instead.", Sort::Punishment),
            vec!["life sentence"]
        );
        assert!(found("The shootings were investigated.", Sort::Method).is_empty());
        assert_eq!(
            found(
                "Each was sentenced to 20 years' imprisonment with hard labour.",
                Sort::Punishment
            ),
            vec!["20 years' imprisonment with hard labour"]
        );
        assert_eq!(
            found(
                "It is substituted with a sentence of twenty (20) years' imprisonment.",
                Sort::Punishment
            ),
            vec!["twenty (20) years' imprisonment"]
        );
        assert_eq!(
            found(
                "The court sentenced her to another three years in jail in May.",
                Sort::Punishment
            ),
            vec!["three years in jail"]
        );
        assert!(found("He spent three years abroad.", Sort::Punishment).is_empty());
        assert_eq!(
            found(
                "He was hanged for trafficking 1.2 kilograms of cannabis.",
                Sort::Drug
            ),
            vec!["cannabis"]
        );
        assert_eq!(
            sort_asked(&fold("What drug was he convicted of trafficking?")),
            Some(Sort::Drug)
        );
        assert_eq!(
            sort_asked(&fold("How were the soldiers put to death?")),
            Some(Sort::Method)
        );
        assert_eq!(
            sort_asked(&fold("How was the prisoner executed?")),
            Some(Sort::Method)
        );
        assert_eq!(
            sort_asked(&fold("What sentence did each officer receive?")),
            Some(Sort::Punishment)
        );
    }

    const BUILTIN: &str = include_str!("../../../rules/ask.en.json");

    #[test]
    fn a_word_added_to_the_data_is_found() {
        let sentence = "He was put to death by immurement in 1974.";
        assert!(phrases_in(sentence, Sort::Method).is_empty());
        let mut value: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        value["methods"]
            .as_array_mut()
            .unwrap()
            .push("immurement".into());
        let lex = Lexicons::from_json(&value.to_string()).unwrap();
        let found: Vec<String> = phrases_in_with(&lex, sentence, Sort::Method)
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        assert_eq!(found, vec!["immurement"]);
    }

    #[test]
    fn an_unknown_key_is_rejected_by_name() {
        let mut value: serde_json::Value = serde_json::from_str(BUILTIN).unwrap();
        value["punishment_words"] = serde_json::json!(["caning"]);
        let err = Lexicons::from_json(&value.to_string()).unwrap_err();
        assert!(err.to_string().contains("punishment_words"), "{err}");
        value = serde_json::from_str(BUILTIN).unwrap();
        value["question_cues"]["methods"] = serde_json::json!([" how "]);
        let err = Lexicons::from_json(&value.to_string()).unwrap_err();
        assert!(err.to_string().contains("methods"), "{err}");
    }
}

#[cfg(test)]
mod opposed_tests {
    use super::counts_the_opposite;
    use std::collections::HashSet;

    fn set(words: &[&str]) -> HashSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn a_count_of_men_is_no_count_of_women() {
        assert!(counts_the_opposite(&set(&["13", "men"]), &["women".into()]));
        assert!(counts_the_opposite(&set(&["women"]), &["men".into()]));
        assert!(!counts_the_opposite(&set(&["13", "men"]), &["men".into()]));
        assert!(!counts_the_opposite(
            &set(&["prisoners"]),
            &["women".into()]
        ));
    }
}

#[cfg(test)]
mod chamber_tests {
    #[test]
    fn another_chamber_answers_nothing_of_the_asked_one() {
        let q = "when did the senate approve house bill no 12";
        assert!(super::other_chamber(
            q,
            "the house of representatives approves house bill no 12"
        ));
        assert!(!super::other_chamber(
            q,
            "the senate approved house bill no 12 on 3 may"
        ));
        // A bill's name holds no chamber; a sentence of no chamber is not another's.
        assert!(!super::other_chamber(
            q,
            "house bill no 12 was filed in 2023"
        ));
        assert!(!super::other_chamber(
            "when did parliament pass the bill",
            "the national assembly passed the bill"
        ));
    }

    #[test]
    fn another_number_of_the_asked_kind_answers_nothing() {
        let q = "When did Republic Act No. 7659 take effect?";
        assert!(super::other_numbered(
            q,
            "1996 - Republic Act No. 8177 replaces the chair."
        ));
        assert!(!super::other_numbered(
            q,
            "Ramos signs Republic Act No. 7659 on 13 December."
        ));
        assert!(!super::other_numbered(
            q,
            "It takes effect on 31 December 1993."
        ));
        // Another kind's number is no clash.
        assert!(!super::other_numbered(
            q,
            "House Bill No. 4727 is approved."
        ));
    }

    #[test]
    fn a_peer_is_named_by_the_title() {
        let t = super::with_peer_title;
        assert_eq!(
            t("Hamblen", "Lord", "judgment of Lord Hamblen"),
            "Lord Hamblen"
        );
        assert_eq!(t("Hale", "Baroness", "Baroness Hale"), "Baroness Hale");
        assert_eq!(t("Okafor", "Justice", "Justice Okafor"), "Okafor");
        assert_eq!(t("Ann Okafor", "Lady", "Lady Ann Okafor"), "Ann Okafor");
        // The title must stand, capitalised, right before the name.
        assert_eq!(t("Hamblen", "Lord", "the judgment of Hamblen"), "Hamblen");
        assert_eq!(t("Hamblen", "lord", "a lord Hamblen"), "Hamblen");
    }

    #[test]
    fn a_days_name_is_no_persons() {
        assert!(super::names_a_day("Day"));
        assert!(super::names_a_day("Week"));
        assert!(!super::names_a_day("Dayton"));
        assert!(!super::names_a_day("Silva"));
    }
}
