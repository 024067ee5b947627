//! Rule data: event triggers, modality cues and the mention lexicon.
//!
//! Rules are JSON files (format documented in each file's `_format` key). The
//! builtin English set is compiled in; [`Rules::load_dir`] adds every `*.json`
//! file of a directory to it, so a user can add a topic or a language without
//! recompiling. All files share one schema: each may hold any of `events`,
//! `modality` (+ `windows`, `breakers`, ...) and `lexicon`.

use crate::fx::{FxHashMap, FxHashSet};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dossier_model::{EventKind, MentionKind};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
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
    #[serde(default)]
    pub name_stopwords: Vec<String>,
    #[serde(default)]
    pub org_suffixes: Vec<String>,
    #[serde(default)]
    pub organisations: Vec<OrgEntry>,
    #[serde(default)]
    pub court_phrases: Vec<String>,
    #[serde(default)]
    pub places: Vec<PlaceEntry>,
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
    /// Crimes a sentence is for ("for the murder of X in 2018"): a date after one
    /// dates the crime, not the sentence or execution.
    #[serde(default)]
    pub crime_nouns: Vec<String>,
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
    pub breakers: Vec<String>,
    pub class_breakers: HashMap<String, Vec<String>>,
    pub lexicon: Lexicon,
    pub structure: StructureCues,
    pub grammar: Grammar,
    pub event_words: crate::event::EventWords,
    pub event_kinds: crate::event::KindRoles,
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
            breakers: self.breakers.clone(),
            class_breakers: self.class_breakers.clone(),
            lexicon: Some(self.lexicon.clone()),
            event_words: Some(self.event_words.clone()),
            event_kinds: Some(self.event_kinds.clone()),
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
            &mut grammar.header_fillers,
            &mut grammar.function_words,
            &mut grammar.qualifying_participles,
            &mut grammar.participle_prepositions,
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
        let compiled = compile(&all.events, &cues, &lexicon, &structure)?;
        Ok(Rules {
            events: all.events,
            cues,
            windows: all.windows,
            hedge_after: all.hedge_after.unwrap_or(4),
            data_sources: all.data_sources.iter().map(|d| d.to_lowercase()).collect(),
            breakers: all.breakers,
            class_breakers: all.class_breakers,
            lexicon,
            structure,
            grammar,
            event_words: all.event_words.unwrap_or_default(),
            event_kinds: all.event_kinds.unwrap_or_default(),
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
        into.header_fillers.extend(g.header_fillers);
        into.function_words.extend(g.function_words);
        into.qualifying_participles.extend(g.qualifying_participles);
        into.participle_prepositions
            .extend(g.participle_prepositions);
        into.imperative_verbs.extend(g.imperative_verbs);
        into.global_scope.extend(g.global_scope);
        into.scope_nouns.extend(g.scope_nouns);
        into.crime_nouns.extend(g.crime_nouns);
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
    for (k, v) in file.class_breakers {
        into.class_breakers.entry(k).or_default().extend(v);
    }
    if let Some(l) = file.lexicon {
        let lex = into.lexicon.get_or_insert_with(Lexicon::default);
        lex.titles.extend(l.titles);
        lex.given_names.extend(l.given_names);
        lex.person_suffixes.extend(l.person_suffixes);
        lex.name_stopwords.extend(l.name_stopwords);
        lex.org_suffixes.extend(l.org_suffixes);
        lex.organisations.extend(l.organisations);
        lex.court_phrases.extend(l.court_phrases);
        lex.places.extend(l.places);
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
    Ok(Compiled {
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
