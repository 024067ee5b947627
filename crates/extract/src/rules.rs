//! Rule data: event triggers, modality cues and the mention lexicon.
//!
//! Rules are JSON files (format documented in each file's `_format` key). The
//! builtin English set is compiled in; [`Rules::load_dir`] adds every `*.json`
//! file of a directory to it, so a user can add a topic or a language without
//! recompiling. All files share one schema: each may hold any of `events`,
//! `modality` (+ `windows`, `breakers`, ...), `lexicon`, `grammar`, `structure`,
//! `statement`, `law`, `quantity` and `segmentation`. Every key is checked: an unknown
//! one is an error that names the file and the key (serde's `deny_unknown_fields`).

use crate::fx::{FxHashMap, FxHashSet};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dossier_model::{EventKind, MentionKind};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const BUILTIN: &[(&str, &str)] = &[
    ("events.en.json", include_str!("../rules/events.en.json")),
    (
        "modality.en.json",
        include_str!("../rules/modality.en.json"),
    ),
    ("lexicon.en.json", include_str!("../rules/lexicon.en.json")),
    (
        "structure.en.json",
        include_str!("../rules/structure.en.json"),
    ),
    ("grammar.en.json", include_str!("../rules/grammar.en.json")),
    ("places.en.json", include_str!("../rules/places.en.json")),
    (
        "statement.en.json",
        include_str!("../rules/statement.en.json"),
    ),
    ("law.en.json", include_str!("../rules/law.en.json")),
    (
        "quantity.en.json",
        include_str!("../rules/quantity.en.json"),
    ),
    (
        "segmentation.en.json",
        include_str!("../rules/segmentation.en.json"),
    ),
];

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read rules {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("bad rules file {path}: {source}")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("cannot build matcher: {0}")]
    Build(String),
    #[error("bad rule {0}")]
    Rule(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One trigger rule (see `rules/events.en.json`). Unknown keys are an error: a
/// misspelt key would otherwise silently do nothing.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRule {
    pub kind: EventKind,
    pub rule: String,
    pub patterns: Vec<String>,
    #[serde(default)]
    pub requires: Vec<String>,
    #[serde(default)]
    pub vetoes: Vec<String>,
    #[serde(default)]
    pub excludes: Vec<String>,
    #[serde(default)]
    pub suppressed_by: Vec<EventKind>,
    #[serde(default)]
    pub agentive: bool,
    #[serde(default)]
    pub victim: bool,
    #[serde(default)]
    pub needs_person: bool,
    /// A person named in the sentence satisfies `requires` ("X was publicly executed").
    #[serde(default)]
    pub person_satisfies: bool,
    /// `requires` applies only when the event would be asserted.
    #[serde(default)]
    pub requires_if_asserted: bool,
    /// `requires` may be met by the two sentences before in the paragraph ("General
    /// Assembly resolution 77/222 was adopted on 15 December 2022. Iran voted
    /// against."); the event then takes the date of the sentence that met it.
    #[serde(default)]
    pub requires_before: bool,
    #[serde(default)]
    pub gap: Option<usize>,
    /// When the sentence gives no date, take the period the document covers.
    #[serde(default = "yes")]
    pub inherit_period: bool,
    /// Fire only when a count stands right before the trigger ("249 executions",
    /// "at least 12 executions"): a bare noun names the topic, a counted one a tally.
    #[serde(default)]
    pub needs_count: bool,
    /// Fire only when the trigger's clause gives a date: an undated noun or present
    /// tense describes the practice, not an event.
    #[serde(default)]
    pub needs_date: bool,
    /// Fire only when the trigger opens its sentence (a judgment's "Decided March 1,
    /// 2005."): the same word inside a sentence is an ordinary verb.
    #[serde(default)]
    pub sentence_initial: bool,
    /// `suppressed_by` applies only to events not asserted ("if convicted, he could be
    /// sentenced to death": the condition of the sentence; "they were convicted and
    /// sentenced to death": two events).
    #[serde(default)]
    pub suppressed_if_unrealised: bool,
    /// Fire only when a date follows the trigger at once ("Delivered on the 27th day
    /// June 2018", "Heard together on 25 January 2018"): a judgment's header.
    #[serde(default)]
    pub date_follows: bool,
    /// Fire only when a date stands right before the trigger, set off by a colon (a
    /// count between): a court record's entry "High Court, 14.06.2012: sentence of
    /// death", "Magistrates' Court, 07.05.2019: 7 years' imprisonment".
    #[serde(default)]
    pub date_precedes: bool,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModalityCues {
    #[serde(default)]
    pub negated: Vec<String>,
    #[serde(default)]
    pub planned: Vec<String>,
    #[serde(default)]
    pub hypothetical: Vec<String>,
    #[serde(default)]
    pub reported: Vec<String>,
    #[serde(default)]
    pub hedged: Vec<String>,
    #[serde(default)]
    pub habitual: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgEntry {
    pub name: String,
    #[serde(default)]
    pub acronym: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceEntry {
    pub name: String,
    #[serde(default)]
    pub variants: Vec<String>,
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// A state (a country) though no demonym is listed ("Botswana"): places with
    /// demonyms are states, cities and regions have none.
    #[serde(default)]
    pub state: bool,
}

impl PlaceEntry {
    /// Whether the place is a state, not a city or a region.
    pub fn is_state(&self) -> bool {
        self.state || !self.demonyms.is_empty()
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    #[serde(default)]
    pub titles: Vec<String>,
    #[serde(default)]
    pub given_names: Vec<String>,
    #[serde(default)]
    pub person_suffixes: Vec<String>,
    /// A judge's title after the surname ("Mugabi, J.", "SMITH, Circuit Judge").
    #[serde(default)]
    pub judge_postnominals: Vec<String>,
    /// Letters of honours, ranks and offices after a name ("SAN", "OBE", "QC"): no
    /// surname in capitals.
    #[serde(default)]
    pub postnominals: Vec<String>,
    /// Nouns that label things by letter or number ("Exhibit J", "Annex JA"): no
    /// judge's title follows them.
    #[serde(default)]
    pub letter_labels: Vec<String>,
    #[serde(default)]
    pub name_stopwords: Vec<String>,
    /// Lower-case words inside a person's name ("bin" in "Hamad bin Isa Al Khalifa").
    #[serde(default)]
    pub name_joiners: Vec<String>,
    #[serde(default)]
    pub name_particles: Vec<String>,
    #[serde(default)]
    pub org_suffixes: Vec<String>,
    #[serde(default)]
    pub organisations: Vec<OrgEntry>,
    #[serde(default)]
    pub court_phrases: Vec<String>,
    #[serde(default)]
    pub places: Vec<PlaceEntry>,
    /// Nouns for groups of people ("women"): a capitalised word before one is a nationality.
    #[serde(default)]
    pub group_nouns: Vec<String>,
    /// Passives whose subject is a person ("X was hanged").
    #[serde(default)]
    pub person_verbs: Vec<String>,
    /// Phrases right before a name that make it a person's ("the execution of ").
    #[serde(default)]
    pub person_before: Vec<String>,
    /// Phrases right after a name that only people are the subject of (" stood trial").
    #[serde(default)]
    pub person_after: Vec<String>,
    /// Words after a place name that make it a region ("Region", "Oblast").
    #[serde(default)]
    pub region_words: Vec<String>,
    /// Phrases before a name that make it a town ("town of ").
    #[serde(default)]
    pub settlement_before: Vec<String>,
    /// Last words of a court's name ("Court", "Tribunal").
    #[serde(default)]
    pub court_heads: Vec<String>,
    /// Words that make a capitalised run a treaty's rather than an organisation's.
    #[serde(default)]
    pub treaty_words: Vec<String>,
    /// Prepositions of place before a lone name ("in", "near").
    #[serde(default)]
    pub place_prepositions: Vec<String>,
    /// Nouns after which "in X" is no place ("confidence in X").
    #[serde(default)]
    pub trust_nouns: Vec<String>,
    /// Last words of a capitalised run that make it a place ("Changi Prison", "Nakuru
    /// County").
    #[serde(default)]
    pub place_heads: Vec<String>,
    /// The names a judgment gives its parties ("appellant", "accused-appellant",
    /// "applicant"): "the appellant" is the one person the document names so.
    #[serde(default)]
    pub party_roles: Vec<String>,
}

/// The schema every rules file follows; every key is optional, an unknown key is an
/// error. `_format` is the file's own documentation.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default, rename = "_format")]
    pub format: Vec<String>,
    #[serde(default)]
    pub events: Vec<EventRule>,
    #[serde(default)]
    pub modality: Option<ModalityCues>,
    #[serde(default)]
    pub windows: HashMap<String, usize>,
    #[serde(default)]
    pub hedge_after: Option<usize>,
    /// Nouns that make an attribution a data source ("according to official figures").
    #[serde(default)]
    pub data_sources: Vec<String>,
    /// The speaker's own State as the subject of what it reports ("said that his country
    /// had abolished ..."): a State's account of its own acts is no party's claim.
    #[serde(default)]
    pub own_state_subjects: Vec<String>,
    /// Words that make the speaker before a reported cue a State's voice ("the
    /// representative", "the Minister"): only then does `own_state_subjects` apply.
    #[serde(default)]
    pub state_voices: Vec<String>,
    /// Nouns a planned cue names rather than plans before them ("the draft resolution"
    /// is the text a body votes on: "the Committee approved the draft resolution" is
    /// the vote, done).
    #[serde(default)]
    pub voted_texts: HashMap<String, Vec<String>>,
    /// Words of a vote one of which the sentence of a `voted_texts` cue must hold
    /// ("voted", "General Assembly"): a Cabinet's "draft resolution abolishing the
    /// death penalty" stays a plan.
    #[serde(default)]
    pub vote_contexts: Vec<String>,
    #[serde(default)]
    pub breakers: Vec<String>,
    #[serde(default)]
    pub class_breakers: HashMap<String, Vec<String>>,
    #[serde(default)]
    pub lexicon: Option<Lexicon>,
    /// Text-structure cues: lines that are page furniture, not statements.
    #[serde(default)]
    pub structure: Option<StructureCues>,
    /// Word lists the event grammar reads (`rules/grammar.en.json`).
    #[serde(default)]
    pub grammar: Option<Grammar>,
    /// Words of the event phases (see `event::EventWords`).
    #[serde(default)]
    pub event_words: Option<crate::event::EventWords>,
    /// Roles of the event kinds (see `event::KindRoles`).
    #[serde(default)]
    pub event_kinds: Option<crate::event::KindRoles>,
    /// The statement reader's patterns and word lists (`rules/statement.en.json`).
    #[serde(default)]
    pub statement: Option<StatementRules>,
    /// The legal-reference reader's keywords, patterns and word lists (`rules/law.en.json`).
    #[serde(default)]
    pub law: Option<LawRules>,
    /// The quantity reader's word lists (`rules/quantity.en.json`).
    #[serde(default)]
    pub quantity: Option<QuantityRules>,
    /// Sentence segmentation's word lists (`rules/segmentation.en.json`).
    #[serde(default)]
    pub segmentation: Option<Segmentation>,
}

/// Sentence segmentation's word lists (see `rules/segmentation.en.json`), lower-case.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segmentation {
    /// Words that end with a full stop without ending a sentence ("mr", "e.g").
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Abbreviations that are such only before a number ("No. 5").
    #[serde(default)]
    pub numbered_abbreviations: Vec<String>,
    /// Words a heading cannot end on ("the", "of").
    #[serde(default)]
    pub heading_function_words: Vec<String>,
    /// Words that open a recital of a resolution, an order or an Act ("whereas"): each
    /// recital is a sentence of its own, after a semicolon or at a line's start.
    #[serde(default)]
    pub recital_openers: Vec<String>,
}

/// The statement reader's rules (see `rules/statement.en.json`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRules {
    /// Phrases a sentence must hold to be read at all.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Named word lists a pattern's `{name}` stands for; merged per name.
    #[serde(default)]
    pub lists: BTreeMap<String, Vec<String>>,
    /// One regular expression per reading; a later file's replaces the earlier.
    #[serde(default)]
    pub patterns: StatementPatterns,
    /// `[phrase, value]`: a status label holding the phrase is that status.
    #[serde(default)]
    pub status_values: Vec<(String, String)>,
    /// "abolished for every crime": the word -> the scope of the status.
    #[serde(default)]
    pub scopes: HashMap<String, String>,
    /// Words that make a restriction of the death penalty one to wartime crimes.
    #[serde(default)]
    pub wartime_words: Vec<String>,
    /// Phrases that end a list of offences.
    #[serde(default)]
    pub clause_cuts: Vec<String>,
    /// Openings of a phrase before a list of offences, closed by a comma.
    #[serde(default)]
    pub list_openers: Vec<String>,
    /// Articles dropped before an excluded group.
    #[serde(default)]
    pub articles: Vec<String>,
    /// Singular -> plural of a group.
    #[serde(default)]
    pub irregular_plurals: HashMap<String, String>,
    /// Words before an excluded group that are not part of it.
    #[serde(default)]
    pub subject_skips: Vec<String>,
    /// Prepositions before a date that close the period ("until 2015").
    #[serde(default)]
    pub until_words: Vec<String>,
    /// Prepositions before a date that open the period ("since 1996").
    #[serde(default)]
    pub since_words: Vec<String>,
}

macro_rules! named_patterns {
    ($(#[$doc:meta])* $section:literal, $patterns:ident, $regexes:ident, [$($name:ident),* $(,)?]) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $patterns {
            $(#[serde(default)] pub $name: Option<String>,)*
        }

        /// The same patterns, compiled.
        #[derive(Clone, Debug)]
        pub(crate) struct $regexes {
            $(pub $name: regex::Regex,)*
        }

        impl $patterns {
            /// A later file's pattern replaces the earlier one.
            fn merge(&mut self, other: $patterns) {
                $(if other.$name.is_some() {
                    self.$name = other.$name;
                })*
            }

            fn compile(&self, lists: &BTreeMap<String, Vec<String>>) -> Result<$regexes> {
                Ok($regexes {
                    $($name: {
                        let name = concat!($section, ".patterns.", stringify!($name));
                        let pattern = self
                            .$name
                            .as_deref()
                            .ok_or_else(|| Error::Rule(format!("{name} is missing")))?;
                        let pattern = expand_lists(pattern, lists, $section)
                            .map_err(|e| Error::Rule(format!("{name}: {e}")))?;
                        regex::Regex::new(&pattern)
                            .map_err(|e| Error::Rule(format!("{name}: {e}")))?
                    },)*
                })
            }
        }
    };
}

named_patterns!(
    /// The statement reader's regular expressions, one per reading (see
    /// `rules/statement.en.json`); each is required once the files are merged.
    "statement",
    StatementPatterns,
    StatementRegexes,
    [
        label,
        classified,
        abolished_for,
        permits,
        except,
        excluded,
        exempt,
        moratorium_in_force,
        year,
        is_status,
        restricted,
        punishable,
        not_imposed,
        exempt_from,
        may_apply,
        resumed,
        reinstated,
    ]
);

named_patterns!(
    /// The legal-reference reader's regular expressions, each run from its keyword
    /// (see `rules/law.en.json`).
    "law",
    LawPatterns,
    LawRegexes,
    [provision, numbered_law, resolution, constitution, code, treaty_tail]
);

/// The quantity reader's word lists (see `rules/quantity.en.json`), lower-case.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuantityRules {
    /// `[word, factor]`: words that scale the number before them ("120 million").
    #[serde(default)]
    pub scales: Vec<(String, f64)>,
    /// `[cue, kind]`: approximation cues before a number, the first found wins.
    #[serde(default)]
    pub approx: Vec<(String, String)>,
    /// Words before a number that make it an identifier ("Article 5").
    #[serde(default)]
    pub identifier_before: Vec<String>,
    /// Nouns after a number that make it a time ("5 years", "10 pm").
    #[serde(default)]
    pub time_nouns: Vec<String>,
    /// Words after a number that show it counts nothing ("one of").
    #[serde(default)]
    pub not_nouns: Vec<String>,
    /// After "N of", the counted pronoun ("two of them").
    #[serde(default)]
    pub partitive_pronouns: Vec<String>,
    /// After "N of", words before a counted plural ("595 of its nationals").
    #[serde(default)]
    pub partitive_determiners: Vec<String>,
    /// Plurals not ending in -s ("people").
    #[serde(default)]
    pub plural_nouns: Vec<String>,
    /// The label of a total line ("Total: 23").
    #[serde(default)]
    pub total_label: Option<String>,
    /// Verbs after a number whose noun is left out because a clause before it
    /// names it ("41 people were sentenced and at least 29 were executed").
    #[serde(default)]
    pub elided_verbs: Vec<String>,
    /// Words before such a number that join it to the clause naming its noun.
    #[serde(default)]
    pub elided_joiners: Vec<String>,
}

/// The approximation kinds a quantity can carry (model vocabulary, not English).
const APPROX_KINDS: [&str; 4] = ["approximately", "over", "at_most", "at_least"];

/// The legal-reference reader's rules (see `rules/law.en.json`).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawRules {
    /// The keywords each reading is anchored on.
    #[serde(default)]
    pub keywords: LawKeywords,
    /// Named word lists a pattern's `{name}` stands for; merged per name.
    #[serde(default)]
    pub lists: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub patterns: LawPatterns,
    /// Words before "Code" that make it a named code ("Criminal", "Penal").
    #[serde(default)]
    pub code_kinds: Vec<String>,
    /// Lower-case words that may stand inside a treaty's name ("of", "against").
    #[serde(default)]
    pub connectors: Vec<String>,
    /// Words dropped from the front of a treaty's name besides the connectors.
    #[serde(default)]
    pub treaty_openers_dropped: Vec<String>,
    /// Words that end a treaty name when they follow it on a table row ("Signed").
    #[serde(default)]
    pub treaty_tail_stops: Vec<String>,
    /// What must stand right before "Constitution" for it to name one ("the ").
    #[serde(default)]
    pub constitution_after: Vec<String>,
    /// Determiners before "YEAR amendment" ("a", "its").
    #[serde(default)]
    pub amendment_determiners: Vec<String>,
    /// Words that end a law's name ("Law", "Act"): a year right before a capitalised
    /// name ending in one, or right after one, is part of the name and dates no event.
    #[serde(default)]
    pub name_heads: Vec<String>,
}

/// The keywords of each legal-reference reading (case-sensitive).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawKeywords {
    #[serde(default)]
    pub provision: Vec<String>,
    #[serde(default)]
    pub numbered: Vec<String>,
    #[serde(default)]
    pub resolution: Vec<String>,
    #[serde(default)]
    pub constitution: Vec<String>,
    #[serde(default)]
    pub amendment: Vec<String>,
    #[serde(default)]
    pub act: Vec<String>,
    #[serde(default)]
    pub code: Vec<String>,
    #[serde(default)]
    pub treaty: Vec<String>,
}

/// Which reading a legal keyword starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LawReading {
    Provision,
    Numbered,
    Resolution,
    Constitution,
    Amendment,
    Act,
    Code,
    Treaty,
}

impl LawKeywords {
    fn merge(&mut self, other: LawKeywords) {
        self.provision.extend(other.provision);
        self.numbered.extend(other.numbered);
        self.resolution.extend(other.resolution);
        self.constitution.extend(other.constitution);
        self.amendment.extend(other.amendment);
        self.act.extend(other.act);
        self.code.extend(other.code);
        self.treaty.extend(other.treaty);
    }

    fn by_reading(&self) -> [(LawReading, &Vec<String>); 8] {
        [
            (LawReading::Provision, &self.provision),
            (LawReading::Numbered, &self.numbered),
            (LawReading::Resolution, &self.resolution),
            (LawReading::Constitution, &self.constitution),
            (LawReading::Amendment, &self.amendment),
            (LawReading::Act, &self.act),
            (LawReading::Code, &self.code),
            (LawReading::Treaty, &self.treaty),
        ]
    }
}

/// The legal-reference reader, compiled.
#[derive(Clone, Debug)]
pub(crate) struct LawCompiled {
    pub regexes: LawRegexes,
    /// Every keyword, case-sensitive, leftmost-longest.
    pub keywords: AhoCorasick,
    /// For each keyword, its reading.
    pub reading: Vec<LawReading>,
}

/// `pattern` with each `{name}` of a list replaced by `(?:word|word|...)`; a
/// `{name}` that is no list is an error (a repetition such as `{2,40}` is left).
fn expand_lists(
    pattern: &str,
    lists: &BTreeMap<String, Vec<String>>,
    section: &str,
) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('}') {
            let name = &after[..name_len];
            let words = lists
                .get(name)
                .ok_or_else(|| format!("{{{name}}} names no list of {section}.lists"))?;
            out.push_str("(?:");
            out.push_str(&words.join("|"));
            out.push(')');
            rest = &after[name_len + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// Word lists of the event grammar (see `rules/grammar.en.json`), lower-case.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    /// Words after which a past participle is still finite ("was convicted").
    #[serde(default)]
    pub finite_before: Vec<String>,
    /// Phrases after an execution that name its method ("by firing squad").
    #[serde(default)]
    pub execution_methods: Vec<String>,
    /// Verbs whose object is a person acted on by someone else ("asked the President").
    #[serde(default)]
    pub object_verbs: Vec<String>,
    /// Words that open a second counted group after " and " ("and dozens were beaten").
    #[serde(default)]
    pub vague_counts: Vec<String>,
    /// Verbs before "to" that realise what follows ("voted to abolish").
    #[serde(default)]
    pub realised_infinitives: Vec<String>,
    /// One chamber of a legislature ("the Senate", "the lower house"): its vote before
    /// a `realised_infinitives` "to" is one step, not the act ("the Senate voted to abolish").
    #[serde(default)]
    pub single_chambers: Vec<String>,
    /// Nouns of "the first (African) country to abolish": after "the", an ordinal
    /// (`ordinals`, or "23rd") and at most one more word, the infinitive happened.
    #[serde(default)]
    pub realised_nouns: Vec<String>,
    /// Ordinal words for `realised_nouns` ("first", "last", "only").
    #[serde(default)]
    pub ordinals: Vec<String>,
    /// Words allowed between a judgment-header trigger and its date ("Delivered on the").
    #[serde(default)]
    pub header_fillers: Vec<String>,
    /// Words a line of prose broken by the layout may end on ("the", "of").
    #[serde(default)]
    pub function_words: Vec<String>,
    /// Participles that, followed by a preposition after a noun, qualify it
    /// ("men convicted after unfair trials were executed").
    #[serde(default)]
    pub qualifying_participles: Vec<String>,
    /// The prepositions that follow such a participle ("of", "for", "in", "since").
    #[serde(default)]
    pub participle_prepositions: Vec<String>,
    /// Phrases that open a count ("at least", "at most"): a participle followed by one
    /// takes an object ("police detained at least 80 persons"); it qualifies no noun.
    #[serde(default)]
    pub count_openers: Vec<String>,
    /// A heading line that, alone above a date line, makes that date the day of a
    /// judgment ("JUDGMENT / 26 JUNE 2020").
    #[serde(default)]
    pub judgment_headings: Vec<String>,
    /// Phrases that open the line closing an order or a notice with its day ("IT IS SO
    /// ORDERED this 3rd day of March, 2023.", "Dated the 10th October, 2023."): the
    /// rulings above it are of that day.
    #[serde(default)]
    pub sign_offs: Vec<String>,
    /// Base forms that, opening a sentence or a headline's clause, are imperatives
    /// ("Uzbekistan: Abolish the death penalty").
    #[serde(default)]
    pub imperative_verbs: Vec<String>,
    /// Phrases that make a tally of executions or death sentences a world-wide one
    /// ("in the world", "worldwide"); a count followed by one of `scope_nouns`
    /// ("in 52 countries") does too.
    #[serde(default)]
    pub global_scope: Vec<String>,
    /// Nouns that, after a number, count jurisdictions ("25 countries").
    #[serde(default)]
    pub scope_nouns: Vec<String>,
    /// Phrases that, before a court word, name the court a ruling is by ("by the High
    /// Court"): a judgment's ruling told so with its own day keeps that day.
    #[serde(default)]
    pub other_court_openers: Vec<String>,
    /// Words of a judgment's own court ("we", "this court"): its rulings are the
    /// judgment's, whatever court they name besides.
    #[serde(default)]
    pub own_court: Vec<String>,
    /// Phrases that tell an undated event as days after a crime ("two days after the
    /// robbery").
    #[serde(default)]
    pub after_crime: Vec<String>,
    /// Phrases after a trigger that tell an undated event as of the narrative's last
    /// day ("was arrested the same evening").
    #[serde(default)]
    pub same_day_after: Vec<String>,
    /// Phrases after a trigger that tell an undated event as of the day after the
    /// narrative's last day ("arrested him the next morning").
    #[serde(default)]
    pub next_day_after: Vec<String>,
    /// Phrases before a trigger, in its sentence, that tell an undated event as of
    /// the narrative's last day ("The same jury acquitted", "at the same hearing").
    #[serde(default)]
    pub same_day_before: Vec<String>,
    /// Crimes a sentence is for ("for the murder of X in 2018"): a date after one
    /// dates the crime, not the sentence or execution.
    #[serde(default)]
    pub crime_nouns: Vec<String>,
    /// Words that tie an act to the case it is about ("in a case concerning an
    /// attack ... in 2013", "in connection with the bombing in 2015"): a date after
    /// one and a crime noun dates the crime, not the act.
    #[serde(default)]
    pub case_connectives: Vec<String>,
    /// Words before an opening quotation mark that make the quotation the name of a
    /// charge or offence ('convicted of "fraud executed on a large scale"'): a
    /// trigger inside it tells no event.
    #[serde(default)]
    pub charge_openers: Vec<String>,
    /// Auxiliaries of the past perfect ("had"): an undated event told in it ("he
    /// had been beaten") lies before the narrative, so it does not take the period
    /// an annual report covers.
    #[serde(default)]
    pub past_perfect: Vec<String>,
    /// Verbs of saying and finding whose "that" clause reports an earlier event ("he
    /// said in November that he had been tortured", "the panel concluded in August
    /// that ..."): a date before the "that" is the saying's, the event lies before it.
    #[serde(default)]
    pub speech_verbs: Vec<String>,
    /// Words that open a clause the main event came before ("Prior to his transfer
    /// in 2021, he had been held ..."): that clause's date closes the event.
    #[serde(default)]
    pub before_words: Vec<String>,
    /// Words that make a reported clause tell what is to come ("said that he would
    /// be executed"): the saying's date does not close it.
    #[serde(default)]
    pub prospective: Vec<String>,
    /// Subjects that refer back to the people of the sentence before ("The man, X,
    /// 41, was hanged", "He was hanged at dawn"): an undated event of the same kind
    /// takes that sentence's date and people.
    #[serde(default)]
    pub referring_subjects: Vec<String>,
    /// Vague quantifiers that, alone before "were", open a summary ("Many were
    /// tortured", "Some were sentenced"): no one event of the period covered.
    #[serde(default)]
    pub plural_summary_openers: Vec<String>,
    /// Words that, opening a subject, make it definite or counted ("the", "these",
    /// "two", "all"): such a subject is no bare plural.
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Words that make a publisher a court ("court", "tribunal"): its document's date
    /// line is the day a judgment was decided.
    #[serde(default)]
    pub court_words: Vec<String>,
}

/// Text-structure cues (see `rules/structure.en.json`): words that make a line a
/// map legend, a table of contents or navigation rather than a statement of fact.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructureCues {
    /// Category labels of legends and key tables ("retains death penalty").
    #[serde(default)]
    pub labels: Vec<String>,
    /// Navigation and page-furniture words ("skip to content", "share this").
    #[serde(default)]
    pub navigation: Vec<String>,
    /// Labels of a country profile box's entries on treaties and figures
    /// ("international criminal court:", "population:"): they tell no event.
    #[serde(default)]
    pub fact_box: Vec<String>,
    /// Labels of a profile box's office holders ("head of government:"): a line
    /// opening with one is part of the box, its "(replaced X in January)" an event.
    #[serde(default)]
    pub offices: Vec<String>,
    /// Labels whose line opens a country chapter's profile box ("head of state"): a
    /// document cut from a report holds its own chapter and the edges of others.
    #[serde(default)]
    pub chapter_openers: Vec<String>,
}

/// A modality cue class, in priority order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueClass {
    Negated,
    Planned,
    Hypothetical,
    Reported,
    Hedged,
    Habitual,
}

impl CueClass {
    pub const ALL: [CueClass; 6] = [
        CueClass::Negated,
        CueClass::Planned,
        CueClass::Hypothetical,
        CueClass::Reported,
        CueClass::Hedged,
        CueClass::Habitual,
    ];
    pub fn as_str(&self) -> &'static str {
        match self {
            CueClass::Negated => "negated",
            CueClass::Planned => "planned",
            CueClass::Hypothetical => "hypothetical",
            CueClass::Reported => "reported",
            CueClass::Hedged => "hedged",
            CueClass::Habitual => "habitual",
        }
    }
}

/// What a gazetteer hit names.
#[derive(Clone, Debug)]
pub struct GazetteerEntry {
    pub kind: MentionKind,
    /// Canonical name (for a demonym or variant, the place's name).
    pub canonical: String,
    pub acronym: Option<String>,
    /// True when the hit is a demonym or an acronym (not the name itself).
    pub derived: bool,
}

/// A parsed trigger pattern: literal parts separated by gaps.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub rule: usize,
    pub parts: Vec<String>,
}

/// Rules, merged from files and compiled into matchers.
#[derive(Clone, Debug)]
pub struct Rules {
    pub events: Vec<EventRule>,
    pub cues: ModalityCues,
    pub windows: HashMap<String, usize>,
    pub hedge_after: usize,
    pub data_sources: Vec<String>,
    pub own_state_subjects: Vec<String>,
    pub state_voices: Vec<String>,
    pub voted_texts: HashMap<String, Vec<String>>,
    pub vote_contexts: Vec<String>,
    pub breakers: Vec<String>,
    pub class_breakers: HashMap<String, Vec<String>>,
    pub lexicon: Lexicon,
    pub structure: StructureCues,
    pub grammar: Grammar,
    pub event_words: crate::event::EventWords,
    pub event_kinds: crate::event::KindRoles,
    pub statement: StatementRules,
    pub law: LawRules,
    pub quantity: QuantityRules,
    pub segmentation: Segmentation,
    compiled: Compiled,
}

#[derive(Clone, Debug)]
pub(crate) struct Compiled {
    /// Text-structure cues (labels first, then navigation), case-insensitive.
    pub structure: AhoCorasick,
    /// For each structure cue, whether it is a category label (else navigation).
    pub structure_is_label: Vec<bool>,
    /// Anchors (first part of each pattern), case-insensitive, overlapping.
    pub triggers: AhoCorasick,
    /// For each anchor id, the patterns starting with it.
    pub anchor_patterns: Vec<Vec<usize>>,
    pub patterns: Vec<Pattern>,
    pub cues: AhoCorasick,
    pub cue_class: Vec<CueClass>,
    /// Gazetteer names, case-sensitive, leftmost-longest.
    pub gazetteer: crate::matcher::Starts,
    pub gazetteer_entries: Vec<GazetteerEntry>,
    /// The gazetteer's acronyms: acronym -> (canonical name, kind), first entry wins.
    pub gazetteer_acronyms: FxHashMap<String, (String, crate::MentionKind)>,
    /// Lower-case court phrases, case-insensitive, leftmost-longest.
    pub courts: crate::matcher::Windowed,
    /// Titles, lower-case, longest first.
    pub titles: Vec<String>,
    /// The same titles as a set, for whole-word look-ups.
    pub title_set: FxHashSet<String>,
    /// How the titles end: a text that ends otherwise ends with no title.
    pub title_ends: EndPairs,
    /// How the lexicon's person surname endings end.
    pub suffix_ends: EndPairs,
    pub given_names: FxHashSet<String>,
    pub stopwords: FxHashSet<String>,
    pub org_suffixes: FxHashSet<String>,
    /// The statement reader's patterns (none when no file gives them).
    pub statement: Option<StatementRegexes>,
    /// The statement reader's keywords, case-insensitive.
    pub statement_keywords: crate::matcher::Windowed,
    /// The legal-reference reader (none when no file gives it).
    pub law: Option<LawCompiled>,
    /// The quantity reader's approximation cues with their kinds.
    pub quantity_approx: Vec<(String, &'static str)>,
}

/// The last two bytes of each word of a list, one bit per pair: a text whose last
/// two bytes are no word's ends with none of the words, and most texts are turned
/// down with one look-up instead of a comparison with every word.
#[derive(Clone, Debug)]
pub(crate) struct EndPairs(Vec<u64>);

impl EndPairs {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> EndPairs {
        let mut bits = vec![0u64; 1 << 10];
        for word in words {
            match word.as_bytes() {
                [.., a, b] => {
                    let bit = usize::from(*a) << 8 | usize::from(*b);
                    bits[bit / 64] |= 1 << (bit % 64);
                }
                // A word shorter than two bytes can end anything.
                _ => bits.fill(u64::MAX),
            }
        }
        EndPairs(bits)
    }

    #[inline]
    fn has(&self, a: u8, b: u8) -> bool {
        let bit = usize::from(a) << 8 | usize::from(b);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Whether one of the words can end `text` (`text.ends_with(word)`); false
    /// only when none does.
    #[inline]
    pub(crate) fn may_end(&self, text: &str) -> bool {
        match text.as_bytes() {
            [.., a, b] => self.has(*a, *b),
            _ => true,
        }
    }

    /// The same for `text` lower-cased, the words being lower-case: decided only
    /// when the last two bytes are ASCII (lower-casing does not move them), else
    /// true.
    #[inline]
    pub(crate) fn may_end_lowercased(&self, text: &str) -> bool {
        match text.as_bytes() {
            [.., a, b] if a.is_ascii() && b.is_ascii() => {
                self.has(a.to_ascii_lowercase(), b.to_ascii_lowercase())
            }
            _ => true,
        }
    }
}

impl Rules {
    /// The builtin English rules, parsed and compiled once.
    pub fn builtin() -> &'static Rules {
        static BUILTIN_RULES: OnceLock<Rules> = OnceLock::new();
        BUILTIN_RULES.get_or_init(|| {
            let files: Vec<RuleFile> = BUILTIN
                .iter()
                .map(|(name, text)| {
                    serde_json::from_str(text)
                        .unwrap_or_else(|e| panic!("builtin rules {name} are invalid: {e}"))
                })
                .collect();
            Rules::from_files(files).unwrap_or_else(|e| panic!("builtin rules do not compile: {e}"))
        })
    }

    /// The builtin rules extended with every `*.json` file in `dir` (sorted by name).
    pub fn load_dir(dir: &Path) -> Result<Rules> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|source| Error::Io {
                path: dir.to_path_buf(),
                source,
            })?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        let mut extra = Vec::new();
        for path in names {
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            extra.push(
                serde_json::from_str::<RuleFile>(&text)
                    .map_err(|source| Error::Parse { path, source })?,
            );
        }
        Rules::builtin().extend(extra)
    }

    /// These rules plus the given files' rules.
    pub fn extend(&self, files: Vec<RuleFile>) -> Result<Rules> {
        let mut merged = RuleFile {
            format: Vec::new(),
            grammar: Some(self.grammar.clone()),
            structure: Some(self.structure.clone()),
            events: self.events.clone(),
            modality: Some(self.cues.clone()),
            windows: self.windows.clone(),
            hedge_after: Some(self.hedge_after),
            data_sources: self.data_sources.clone(),
            own_state_subjects: self.own_state_subjects.clone(),
            state_voices: self.state_voices.clone(),
            voted_texts: self.voted_texts.clone(),
            vote_contexts: self.vote_contexts.clone(),
            breakers: self.breakers.clone(),
            class_breakers: self.class_breakers.clone(),
            lexicon: Some(self.lexicon.clone()),
            event_words: Some(self.event_words.clone()),
            event_kinds: Some(self.event_kinds.clone()),
            statement: Some(self.statement.clone()),
            law: Some(self.law.clone()),
            quantity: Some(self.quantity.clone()),
            segmentation: Some(self.segmentation.clone()),
        };
        for file in files {
            merge(&mut merged, file);
        }
        Rules::from_files(vec![merged])
    }

    /// Parse rule files given as text (for tests and embedding).
    pub fn from_json(texts: &[&str]) -> Result<Rules> {
        let files = texts
            .iter()
            .map(|t| {
                serde_json::from_str(t).map_err(|source| Error::Parse {
                    path: PathBuf::from("<inline>"),
                    source,
                })
            })
            .collect::<Result<Vec<RuleFile>>>()?;
        Rules::from_files(files)
    }

    fn from_files(files: Vec<RuleFile>) -> Result<Rules> {
        let mut all = RuleFile::default();
        for file in files {
            merge(&mut all, file);
        }
        let cues = all.modality.unwrap_or_default();
        let lexicon = all.lexicon.unwrap_or_default();
        let structure = all.structure.unwrap_or_default();
        let mut grammar = all.grammar.unwrap_or_default();
        for list in [
            &mut grammar.finite_before,
            &mut grammar.execution_methods,
            &mut grammar.object_verbs,
            &mut grammar.vague_counts,
            &mut grammar.realised_infinitives,
            &mut grammar.single_chambers,
            &mut grammar.realised_nouns,
            &mut grammar.ordinals,
            &mut grammar.header_fillers,
            &mut grammar.function_words,
            &mut grammar.qualifying_participles,
            &mut grammar.participle_prepositions,
            &mut grammar.count_openers,
            &mut grammar.judgment_headings,
            &mut grammar.sign_offs,
            &mut grammar.imperative_verbs,
            &mut grammar.charge_openers,
            &mut grammar.past_perfect,
            &mut grammar.speech_verbs,
            &mut grammar.before_words,
            &mut grammar.prospective,
            &mut grammar.referring_subjects,
            &mut grammar.plural_summary_openers,
            &mut grammar.determiners,
            &mut grammar.court_words,
        ] {
            for w in list.iter_mut() {
                *w = w.to_lowercase();
            }
        }
        let compiled = compile(
            &all.events,
            &cues,
            &lexicon,
            &structure,
            all.statement.as_ref(),
            all.law.as_ref(),
        )?;
        let statement = all.statement.unwrap_or_default();
        let law = all.law.unwrap_or_default();
        let mut quantity = all.quantity.unwrap_or_default();
        for list in [
            &mut quantity.identifier_before,
            &mut quantity.time_nouns,
            &mut quantity.not_nouns,
            &mut quantity.plural_nouns,
        ] {
            for w in list.iter_mut() {
                *w = w.to_lowercase();
            }
        }
        let mut compiled = compiled;
        compiled.quantity_approx = quantity
            .approx
            .iter()
            .map(|(cue, kind)| {
                APPROX_KINDS
                    .iter()
                    .find(|k| **k == kind.as_str())
                    .map(|k| (cue.to_lowercase(), *k))
                    .ok_or_else(|| {
                        Error::Rule(format!(
                            "quantity.approx: kind {kind:?} of {cue:?} is none of {APPROX_KINDS:?}"
                        ))
                    })
            })
            .collect::<Result<_>>()?;
        Ok(Rules {
            events: all.events,
            cues,
            windows: all.windows,
            hedge_after: all.hedge_after.unwrap_or(4),
            data_sources: all.data_sources.iter().map(|d| d.to_lowercase()).collect(),
            own_state_subjects: all
                .own_state_subjects
                .iter()
                .map(|d| d.to_lowercase())
                .collect(),
            state_voices: all.state_voices.iter().map(|d| d.to_lowercase()).collect(),
            voted_texts: all
                .voted_texts
                .into_iter()
                .map(|(cue, nouns)| {
                    (
                        cue.to_lowercase(),
                        nouns.iter().map(|n| n.to_lowercase()).collect(),
                    )
                })
                .collect(),
            vote_contexts: all.vote_contexts.iter().map(|d| d.to_lowercase()).collect(),
            breakers: all.breakers,
            class_breakers: all.class_breakers,
            lexicon,
            structure,
            grammar,
            event_words: all.event_words.unwrap_or_default(),
            event_kinds: all.event_kinds.unwrap_or_default(),
            statement,
            law,
            quantity,
            segmentation: all.segmentation.unwrap_or_default(),
            compiled,
        })
    }

    pub(crate) fn compiled(&self) -> &Compiled {
        &self.compiled
    }

    /// Whether `word` is a title or honorific the lexicon knows ("Lord", "Mr.",
    /// "President"), in any case.
    pub fn is_title(&self, word: &str) -> bool {
        let word = word.to_lowercase();
        self.compiled.title_set.contains(&word)
    }

    pub fn window(&self, class: CueClass) -> usize {
        self.windows.get(class.as_str()).copied().unwrap_or(6)
    }
}

fn merge(into: &mut RuleFile, file: RuleFile) {
    into.events.extend(file.events);
    if let Some(g) = file.grammar {
        let into = into.grammar.get_or_insert_with(Grammar::default);
        into.finite_before.extend(g.finite_before);
        into.execution_methods.extend(g.execution_methods);
        into.object_verbs.extend(g.object_verbs);
        into.vague_counts.extend(g.vague_counts);
        into.realised_infinitives.extend(g.realised_infinitives);
        into.single_chambers.extend(g.single_chambers);
        into.realised_nouns.extend(g.realised_nouns);
        into.ordinals.extend(g.ordinals);
        into.header_fillers.extend(g.header_fillers);
        into.function_words.extend(g.function_words);
        into.qualifying_participles.extend(g.qualifying_participles);
        into.participle_prepositions
            .extend(g.participle_prepositions);
        into.count_openers.extend(g.count_openers);
        into.judgment_headings.extend(g.judgment_headings);
        into.sign_offs.extend(g.sign_offs);
        into.imperative_verbs.extend(g.imperative_verbs);
        into.global_scope.extend(g.global_scope);
        into.scope_nouns.extend(g.scope_nouns);
        into.after_crime.extend(g.after_crime);
        into.same_day_after.extend(g.same_day_after);
        into.next_day_after.extend(g.next_day_after);
        into.same_day_before.extend(g.same_day_before);
        into.other_court_openers.extend(g.other_court_openers);
        into.own_court.extend(g.own_court);
        into.crime_nouns.extend(g.crime_nouns);
        into.case_connectives.extend(g.case_connectives);
        into.charge_openers.extend(g.charge_openers);
        into.past_perfect.extend(g.past_perfect);
        into.speech_verbs.extend(g.speech_verbs);
        into.before_words.extend(g.before_words);
        into.prospective.extend(g.prospective);
        into.referring_subjects.extend(g.referring_subjects);
        into.plural_summary_openers.extend(g.plural_summary_openers);
        into.determiners.extend(g.determiners);
        into.court_words.extend(g.court_words);
    }
    if let Some(w) = file.event_words {
        into.event_words
            .get_or_insert_with(Default::default)
            .extend(w);
    }
    if let Some(k) = file.event_kinds {
        into.event_kinds
            .get_or_insert_with(Default::default)
            .extend(k);
    }
    if let Some(seg) = file.segmentation {
        let into = into.segmentation.get_or_insert_with(Segmentation::default);
        into.abbreviations.extend(seg.abbreviations);
        into.numbered_abbreviations
            .extend(seg.numbered_abbreviations);
        into.heading_function_words
            .extend(seg.heading_function_words);
        into.recital_openers.extend(seg.recital_openers);
    }
    if let Some(q) = file.quantity {
        let into = into.quantity.get_or_insert_with(QuantityRules::default);
        into.scales.extend(q.scales);
        into.approx.extend(q.approx);
        into.identifier_before.extend(q.identifier_before);
        into.time_nouns.extend(q.time_nouns);
        into.not_nouns.extend(q.not_nouns);
        into.partitive_pronouns.extend(q.partitive_pronouns);
        into.partitive_determiners.extend(q.partitive_determiners);
        into.plural_nouns.extend(q.plural_nouns);
        into.elided_verbs.extend(q.elided_verbs);
        into.elided_joiners.extend(q.elided_joiners);
        if q.total_label.is_some() {
            into.total_label = q.total_label;
        }
    }
    if let Some(law) = file.law {
        let into = into.law.get_or_insert_with(LawRules::default);
        into.keywords.merge(law.keywords);
        for (name, words) in law.lists {
            into.lists.entry(name).or_default().extend(words);
        }
        into.patterns.merge(law.patterns);
        into.code_kinds.extend(law.code_kinds);
        into.connectors.extend(law.connectors);
        into.treaty_openers_dropped
            .extend(law.treaty_openers_dropped);
        into.treaty_tail_stops.extend(law.treaty_tail_stops);
        into.constitution_after.extend(law.constitution_after);
        into.amendment_determiners.extend(law.amendment_determiners);
        into.name_heads.extend(law.name_heads);
    }
    if let Some(st) = file.statement {
        let into = into.statement.get_or_insert_with(StatementRules::default);
        into.keywords.extend(st.keywords);
        for (name, words) in st.lists {
            into.lists.entry(name).or_default().extend(words);
        }
        into.patterns.merge(st.patterns);
        into.status_values.extend(st.status_values);
        into.scopes.extend(st.scopes);
        into.wartime_words.extend(st.wartime_words);
        into.clause_cuts.extend(st.clause_cuts);
        into.list_openers.extend(st.list_openers);
        into.articles.extend(st.articles);
        into.irregular_plurals.extend(st.irregular_plurals);
        into.subject_skips.extend(st.subject_skips);
        into.until_words.extend(st.until_words);
        into.since_words.extend(st.since_words);
    }
    if let Some(st) = file.structure {
        let cues = into.structure.get_or_insert_with(StructureCues::default);
        cues.labels.extend(st.labels);
        cues.navigation.extend(st.navigation);
        cues.fact_box.extend(st.fact_box);
        cues.offices.extend(st.offices);
        cues.chapter_openers.extend(st.chapter_openers);
    }
    if let Some(m) = file.modality {
        let cues = into.modality.get_or_insert_with(ModalityCues::default);
        cues.negated.extend(m.negated);
        cues.planned.extend(m.planned);
        cues.hypothetical.extend(m.hypothetical);
        cues.reported.extend(m.reported);
        cues.hedged.extend(m.hedged);
        cues.habitual.extend(m.habitual);
    }
    into.windows.extend(file.windows);
    if file.hedge_after.is_some() {
        into.hedge_after = file.hedge_after;
    }
    into.breakers.extend(file.breakers);
    into.data_sources.extend(file.data_sources);
    into.own_state_subjects.extend(file.own_state_subjects);
    into.state_voices.extend(file.state_voices);
    into.vote_contexts.extend(file.vote_contexts);
    for (cue, nouns) in file.voted_texts {
        into.voted_texts.entry(cue).or_default().extend(nouns);
    }
    for (k, v) in file.class_breakers {
        into.class_breakers.entry(k).or_default().extend(v);
    }
    if let Some(l) = file.lexicon {
        let lex = into.lexicon.get_or_insert_with(Lexicon::default);
        lex.titles.extend(l.titles);
        lex.given_names.extend(l.given_names);
        lex.person_suffixes.extend(l.person_suffixes);
        lex.judge_postnominals.extend(l.judge_postnominals);
        lex.postnominals.extend(l.postnominals);
        lex.letter_labels.extend(l.letter_labels);
        lex.name_stopwords.extend(l.name_stopwords);
        lex.name_particles.extend(l.name_particles);
        lex.name_joiners.extend(l.name_joiners);
        lex.org_suffixes.extend(l.org_suffixes);
        lex.organisations.extend(l.organisations);
        lex.court_phrases.extend(l.court_phrases);
        lex.places.extend(l.places);
        lex.group_nouns.extend(l.group_nouns);
        lex.person_verbs.extend(l.person_verbs);
        lex.person_before.extend(l.person_before);
        lex.person_after.extend(l.person_after);
        lex.region_words.extend(l.region_words);
        lex.settlement_before.extend(l.settlement_before);
        lex.court_heads.extend(l.court_heads);
        lex.treaty_words.extend(l.treaty_words);
        lex.place_prepositions.extend(l.place_prepositions);
        lex.trust_nouns.extend(l.trust_nouns);
        lex.place_heads.extend(l.place_heads);
        lex.party_roles.extend(l.party_roles);
    }
}

fn build(patterns: &[String], case_insensitive: bool, kind: MatchKind) -> Result<AhoCorasick> {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(case_insensitive)
        .match_kind(kind)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .map_err(|e| Error::Build(e.to_string()))
}

/// Expand alternation groups in a pattern: "(law|decree) ... (was|were) adopted" gives
/// one pattern per combination. Groups do not nest; an unbalanced one is literal.
pub(crate) fn expand_alternations(pattern: &str) -> Vec<String> {
    fn expand(pattern: &str) -> Vec<String> {
        let Some(open) = pattern.find('(') else {
            return vec![pattern.to_string()];
        };
        let Some(close) = pattern[open..].find(')').map(|c| open + c) else {
            return vec![pattern.to_string()];
        };
        let (head, group, tail) = (
            &pattern[..open],
            &pattern[open + 1..close],
            &pattern[close + 1..],
        );
        let tails = expand(tail);
        group
            .split('|')
            .flat_map(|alt| {
                tails
                    .iter()
                    .map(move |t| format!("{head}{}{t}", alt.trim()))
            })
            .collect()
    }
    // "(a|) b": an empty choice leaves a double space, closed up here.
    expand(pattern)
        .into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

fn compile(
    events: &[EventRule],
    cues: &ModalityCues,
    lexicon: &Lexicon,
    structure: &StructureCues,
    statement: Option<&StatementRules>,
    law: Option<&LawRules>,
) -> Result<Compiled> {
    // Triggers: one anchor per distinct first part.
    let mut anchors: Vec<String> = Vec::new();
    let mut anchor_ids: HashMap<String, usize> = HashMap::new();
    let mut anchor_patterns: Vec<Vec<usize>> = Vec::new();
    let mut patterns = Vec::new();
    for (rule_idx, rule) in events.iter().enumerate() {
        for pattern in rule.patterns.iter().flat_map(|p| expand_alternations(p)) {
            let parts: Vec<String> = pattern
                .split("...")
                .map(|p| p.trim().to_lowercase())
                .filter(|p| !p.is_empty())
                .collect();
            let Some(first) = parts.first().cloned() else {
                continue;
            };
            let id = *anchor_ids.entry(first.clone()).or_insert_with(|| {
                anchors.push(first);
                anchor_patterns.push(Vec::new());
                anchors.len() - 1
            });
            anchor_patterns[id].push(patterns.len());
            patterns.push(Pattern {
                rule: rule_idx,
                parts,
            });
        }
    }
    let triggers = build(&anchors, true, MatchKind::Standard)?;
    let structure_words: Vec<String> = structure
        .labels
        .iter()
        .chain(&structure.navigation)
        .map(|w| w.to_lowercase())
        .collect();
    let structure_ac = build(&structure_words, true, MatchKind::LeftmostLongest)?;
    let structure_is_label: Vec<bool> = structure
        .labels
        .iter()
        .map(|_| true)
        .chain(structure.navigation.iter().map(|_| false))
        .collect();

    let mut cue_words = Vec::new();
    let mut cue_class = Vec::new();
    for class in CueClass::ALL {
        let list = match class {
            CueClass::Negated => &cues.negated,
            CueClass::Planned => &cues.planned,
            CueClass::Hypothetical => &cues.hypothetical,
            CueClass::Reported => &cues.reported,
            CueClass::Hedged => &cues.hedged,
            CueClass::Habitual => &cues.habitual,
        };
        for cue in list {
            cue_words.push(cue.to_lowercase());
            cue_class.push(class);
        }
    }
    let cue_ac = build(&cue_words, true, MatchKind::LeftmostLongest)?;

    let mut names = Vec::new();
    let mut entries = Vec::new();
    let mut seen = HashSet::new();
    let mut add = |name: &str, entry: GazetteerEntry| {
        if !name.is_empty() && seen.insert(name.to_string()) {
            names.push(name.to_string());
            entries.push(entry);
        }
    };
    for org in &lexicon.organisations {
        let kind = if org.kind.as_deref() == Some("court") {
            MentionKind::Court
        } else {
            MentionKind::Organisation
        };
        let entry = GazetteerEntry {
            kind,
            canonical: org.name.clone(),
            acronym: org.acronym.clone(),
            derived: false,
        };
        add(&org.name, entry);
    }
    for place in &lexicon.places {
        let entry = |derived| GazetteerEntry {
            kind: MentionKind::Place,
            canonical: place.name.clone(),
            acronym: None,
            derived,
        };
        add(&place.name, entry(false));
        for v in &place.variants {
            add(v, entry(false));
        }
        for d in &place.demonyms {
            add(d, entry(true));
        }
    }
    // A place's name in capitals, as captions, letterheads and running heads write
    // it ("REPUBLIC OF KENYA", "IN THE SUPREME COURT OF INDIA"); names of fewer
    // than four letters (an acronym may spell them) are left out.
    for place in &lexicon.places {
        for name in std::iter::once(&place.name).chain(&place.variants) {
            let upper = name.to_uppercase();
            if upper != *name && upper.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                add(
                    &upper,
                    GazetteerEntry {
                        kind: MentionKind::Place,
                        canonical: place.name.clone(),
                        acronym: None,
                        derived: false,
                    },
                );
            }
        }
    }
    let gazetteer = crate::matcher::Starts::new(&names, false, MatchKind::LeftmostLongest)
        .map_err(Error::Build)?;
    let courts = crate::matcher::Windowed::new(
        &lexicon
            .court_phrases
            .iter()
            .map(|c| c.to_lowercase())
            .collect::<Vec<_>>(),
        true,
        MatchKind::LeftmostLongest,
    )
    .map_err(Error::Build)?;
    let mut titles: Vec<String> = lexicon.titles.iter().map(|t| t.to_lowercase()).collect();
    titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
    titles.dedup();
    let title_set: FxHashSet<String> = titles.iter().cloned().collect();
    let title_ends = EndPairs::new(&titles);
    let suffix_ends = EndPairs::new(&lexicon.person_suffixes);
    let mut gazetteer_acronyms = FxHashMap::default();
    for entry in &entries {
        if let Some(acronym) = &entry.acronym {
            gazetteer_acronyms
                .entry(acronym.clone())
                .or_insert((entry.canonical.clone(), entry.kind));
        }
    }
    // Files with no statement rules (a test's) read no statements.
    let statement_regexes = statement
        .map(|s| s.patterns.compile(&s.lists))
        .transpose()?;
    let statement_keywords = crate::matcher::Windowed::new(
        &statement.map(|s| s.keywords.clone()).unwrap_or_default(),
        true,
        aho_corasick::MatchKind::Standard,
    )
    .map_err(Error::Build)?;
    let law = law
        .map(|law| -> Result<LawCompiled> {
            let mut words = Vec::new();
            let mut reading = Vec::new();
            for (r, list) in law.keywords.by_reading() {
                for w in list {
                    words.push(w.clone());
                    reading.push(r);
                }
            }
            Ok(LawCompiled {
                regexes: law.patterns.compile(&law.lists)?,
                keywords: AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&words)
                    .map_err(|e| Error::Build(e.to_string()))?,
                reading,
            })
        })
        .transpose()?;
    Ok(Compiled {
        quantity_approx: Vec::new(),
        law,
        statement: statement_regexes,
        statement_keywords,
        structure: structure_ac,
        structure_is_label,
        triggers,
        anchor_patterns,
        patterns,
        cues: cue_ac,
        cue_class,
        gazetteer,
        gazetteer_entries: entries,
        gazetteer_acronyms,
        courts,
        titles,
        title_set,
        title_ends,
        suffix_ends,
        given_names: lexicon.given_names.iter().cloned().collect(),
        stopwords: lexicon.name_stopwords.iter().cloned().collect(),
        org_suffixes: lexicon.org_suffixes.iter().cloned().collect(),
    })
}

/// Whether a byte can be part of a word (letters, digits, hyphen, any non-ASCII).
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80
}

/// Whether `[start, end)` in `text` sits on word boundaries. Typographic
/// punctuation (U+2010 to U+205F: curly quotes and apostrophes, dashes, the
/// ellipsis) ends a word as its ASCII forms do ("two years’ corrective labour").
pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    // U+2000 to U+207F are E2 80 xx and E2 81 xx in UTF-8.
    let punctuation_at = |i: usize| {
        bytes.get(i) == Some(&0xE2)
            && matches!(bytes.get(i + 1), Some(0x80 | 0x81))
            && bytes.get(i + 2).is_some_and(|&b| {
                let code = (u32::from(bytes[i + 1] & 0x3F) << 6) | u32::from(b & 0x3F);
                (0x10..=0x5F).contains(&code)
            })
    };
    let first_is_word = bytes.get(start).is_some_and(|&b| is_word_byte(b));
    let last_is_word = end > 0 && bytes.get(end - 1).is_some_and(|&b| is_word_byte(b));
    let before_ok = !first_is_word
        || start == 0
        || !bytes.get(start - 1).is_some_and(|&b| is_word_byte(b))
        || (start >= 3 && punctuation_at(start - 3));
    let after_ok =
        !last_is_word || !bytes.get(end).is_some_and(|&b| is_word_byte(b)) || punctuation_at(end);
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typographic_punctuation_ends_a_word() {
        let text = "two years\u{2019} labour \u{201c}executed\u{201d} a\u{2014}b r\u{e9}sum\u{e9}s";
        let at = |w: &str| {
            let start = text.find(w).expect("word");
            on_word_boundaries(text, start, start + w.len())
        };
        assert!(at("years"));
        assert!(at("executed"));
        let dash = text.find('\u{2014}').expect("dash");
        assert!(on_word_boundaries(text, dash + 3, dash + 4));
        // Letters beyond ASCII are still inside words.
        assert!(!at("sum"));
    }

    #[test]
    fn builtin_rules_parse_and_cover_every_event_kind() {
        let rules = Rules::builtin();
        for kind in EventKind::ALL {
            assert!(
                rules.events.iter().any(|r| r.kind == kind),
                "no rule for {kind:?}"
            );
        }
        assert!(!rules.cues.negated.is_empty());
        assert!(rules.lexicon.places.iter().any(|p| p.name == "Kazakhstan"));
    }

    #[test]
    fn load_dir_extends_builtin() {
        let dir = std::env::temp_dir().join(format!("dossier-rules-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let extra = r#"{"events": [{"kind": "ill_treatment", "rule": "press.flogged", "patterns": ["flogged"]}],
                        "lexicon": {"places": [{"name": "Freedonia"}]}}"#;
        std::fs::write(dir.join("press.json"), extra).unwrap();
        let rules = Rules::load_dir(&dir).unwrap();
        std::fs::remove_dir_all(&dir).ok();
        assert!(rules.events.iter().any(|r| r.rule == "press.flogged"));
        assert!(rules.events.len() > Rules::builtin().events.len());
        assert!(rules.lexicon.places.iter().any(|p| p.name == "Freedonia"));
    }

    #[test]
    fn bad_rules_are_an_error_not_a_panic() {
        assert!(Rules::from_json(&["{\"events\": 3}"]).is_err());
        assert!(Rules::load_dir(Path::new("/nonexistent/dossier/rules")).is_err());
    }

    #[test]
    fn unknown_keys_are_an_error() {
        let misspelt = r#"{"events": [{"kind": "arrest", "rule": "x", "patterns": ["held"], "require": ["police"]}]}"#;
        assert!(Rules::from_json(&[misspelt]).is_err());
        assert!(Rules::from_json(&[r#"{"modality": {"negatd": ["not"]}}"#]).is_err());
        assert!(Rules::from_json(&[r#"{"eventz": []}"#]).is_err());
        assert!(Rules::from_json(&[r#"{"_format": ["doc"], "events": []}"#]).is_ok());
    }

    #[test]
    fn an_unknown_key_in_a_rule_file_names_the_file_and_the_key() {
        let dir = std::env::temp_dir().join(format!("dossier-rules-key-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let misspelt = r#"{"statement": {"keywords": ["gallows"], "list_opener": ["under "]}}"#;
        std::fs::write(dir.join("typo.en.json"), misspelt).unwrap();
        let err = Rules::load_dir(&dir).unwrap_err().to_string();
        std::fs::remove_dir_all(&dir).ok();
        assert!(err.contains("typo.en.json"), "{err}");
        assert!(err.contains("unknown field `list_opener`"), "{err}");
    }

    #[test]
    fn alternations_expand_to_one_pattern_per_choice() {
        assert_eq!(
            expand_alternations("(law|decree) ... (was|) adopted"),
            vec![
                "law ... was adopted",
                "law ... adopted",
                "decree ... was adopted",
                "decree ... adopted"
            ]
        );
        assert_eq!(expand_alternations("plain words"), vec!["plain words"]);
        assert_eq!(expand_alternations("open ( only"), vec!["open ( only"]);
    }

    #[test]
    fn word_boundaries() {
        let text = "pre-trial detainees detained";
        assert!(!on_word_boundaries(text, 4, 9)); // "trial" inside "pre-trial"
        assert!(on_word_boundaries(text, 20, 28));
        assert!(!on_word_boundaries(text, 10, 16)); // "detain" inside "detainees"
    }
}
