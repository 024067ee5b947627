//! The words status evidence is judged by: data, not code. Every list is matched
//! against lower-cased text; none names a country.

/// An abolition that keeps the death penalty for some crimes.
pub(super) const EXCEPT_WORDS: &[&str] =
    &["except", "save for", "other than", "with the exception of"];

/// An abolition limited to peacetime / ordinary crimes.
pub(super) const ORDINARY_WORDS: &[&str] = &[
    "ordinary crime",
    "ordinary offence",
    "ordinary offense",
    "peacetime",
    "peace time",
    "in time of peace",
];

/// An abolition for every crime.
pub(super) const ALL_WORDS: &[&str] = &[
    "all crimes",
    "all offences",
    "all offenses",
    "all circumstances",
    "entirely",
    "completely",
    "totally",
    "fully abolish",
];

/// An abolition that only narrows the death penalty: it stays for other crimes.
pub(super) const PARTIAL_WORDS: &[&str] = &[
    "mandatory",
    "for some crimes",
    "for some offences",
    "for certain crimes",
    "for certain offences",
    "for several crimes",
    "for several offences",
    "for a number of",
    "for juvenile",
    "for minors",
    "for women",
    "for drug",
    "for economic",
    "number of capital",
    "number of crimes",
    "number of offences",
    "reduced the number",
    "reduce the number",
];

/// Words of a crime list: "abolished for seven crimes" narrows, it does not abolish.
pub(super) const CRIME_NOUNS: &[&str] = &["crime", "offence", "offense", "charge"];

/// What an abolition must be about.
pub(super) const PENALTY_WORDS: &[&str] = &[
    "death penalty",
    "capital punishment",
    "death sentence",
    "execution",
    "capital crime",
    "capital offence",
    "punishable by death",
    "all offences",
    "all crimes",
];

/// Cue groups of Amnesty's categories. A sentence that names two groups and no
/// jurisdiction is a legend or a list of categories, never evidence.
pub(super) const CATEGORY_GROUPS: &[&[&str]] = &[
    &[
        "abolished for all",
        "abolitionist for all",
        "all offences",
        "all crimes",
    ],
    &[
        "ordinary crimes",
        "ordinary offences",
        "ordinary crime only",
    ],
    &[
        "in practice",
        "de facto",
        "for at least ten years",
        "for at least 10 years",
    ],
    &[
        "retains",
        "retain the death",
        "retentionist",
        "legal form of punishment",
    ],
];

/// Sentences about many countries at once (world statistics).
pub(super) const GLOBAL_WORDS: &[&str] = &[
    "countries",
    "worldwide",
    "world-wide",
    "around the world",
    "across the world",
    "globally",
    "nations",
    "states that",
];

/// Words that make a statement planned or hedged, whatever the extractor said.
pub(super) const NOT_ASSERTED: &[&str] = &[
    "may have",
    "might",
    "would ",
    "plans to",
    "planned",
    "intends",
    "intention",
    "proposed",
    "considering",
    "considers",
    "debate",
    "call for",
    "calls for",
    "called for",
    "urge",
    "should",
    "if ",
    "ready to",
    "promised",
    "towards abolition",
    "recommended",
    "draft",
    "bill to",
];

/// Classification phrases and the category they name.
pub(super) const LABELS: &[(&str, &str)] = &[
    ("abolitionist for all crimes", super::ALL_CRIMES),
    ("abolished for all crimes", super::ALL_CRIMES),
    ("abolished for all offences", super::ALL_CRIMES),
    ("all crimes", super::ALL_CRIMES),
    ("abolitionist for ordinary crimes", super::ORDINARY),
    ("ordinary crimes", super::ORDINARY),
    ("ordinary", super::ORDINARY),
    ("abolitionist in practice", super::IN_PRACTICE),
    ("in practice", super::IN_PRACTICE),
    ("de facto", super::IN_PRACTICE),
    ("retentionist", super::RETENTIONIST),
    ("retains the death penalty", super::RETENTIONIST),
    ("retains capital punishment", super::RETENTIONIST),
];

/// Years of quiet that make a retentionist country abolitionist in practice
/// (Amnesty International's rule).
pub(super) const QUIET_YEARS: i32 = 10;

/// A moratorium declared within this many years of the last known executions is
/// taken to run from those executions.
pub(super) const MORATORIUM_LAG_YEARS: i32 = 2;

/// Evidence that the death penalty is retained (executions, death sentences, a
/// moratorium) older than this says nothing about the status now.
pub(super) const RETENTION_HORIZON_YEARS: i32 = 10;

/// Words that report executions, matched at word starts.
pub(super) const EXECUTION_CUES: &[&str] = &[
    "executed",
    "execution",
    "executions",
    "hanged",
    "hangings",
    "put to death",
    "beheaded",
    "beheadings",
    "firing squad",
];

/// Words of a sentence that speaks of the future, or of a reference's retrieval: its
/// dates say nothing of when the page was written.
pub(super) const LOOKS_AHEAD: &[&str] = &[
    "retrieved",
    "accessed",
    "archived",
    "will",
    "shall",
    "plan",
    "plans",
    "planned",
    "planning",
    "expected",
    "scheduled",
    "target",
    "aims",
    "aim",
    "intends",
    "intend",
    "proposed",
    "would",
    "due",
    "upcoming",
    "next",
];

/// Words that say no execution has taken place since a date ("no executions have
/// been carried out since 1997", "has not carried out a judicial execution since")
/// or name the last one ("the last known executions took place in 1987"): evidence
/// of quiet from that date to the day the document speaks from (see `quiet_since`;
/// the date is the first after). Matched on lower-case text; one word (an
/// adjective, never a word of time: `QUIET_NOT_ADJECTIVES`) may stand before
/// "execution".
pub(super) const QUIET_CUES: &str = concat!(
    r"\b(?:",
    r"no (?:[a-z-]+ )?executions? (?:(?:have|has|had) )?(?:been )?(?:carried out |taken place |took place |performed )?(?:since|in)",
    r"|no(?:-| )?(?:one|body) (?:has|had) been executed since",
    r"|not (?:carried out|conducted|performed) (?:any |an? )?(?:[a-z-]+ )?executions? since",
    r"|not executed anyone since",
    r"|not been any (?:[a-z-]+ )?executions? since",
    r"|(?:has|had) not executed since",
    r"|last (?:known )?(?:[a-z-]+ )?executions?",
    r"|last carried out (?:an? )?(?:[a-z-]+ )?executions?",
    r"|last executed",
    r")\b",
);

/// Words of time that the adjective slot of `QUIET_CUES` must not take ("the last
/// year executions rose").
pub(super) const QUIET_NOT_ADJECTIVES: &[&str] = &["year", "week", "month", "day", "night", "time"];

/// A present perfect of abolition: done by the day the document speaks from.
pub(super) const PERFECT_ABOLITION: &[&str] = &[
    "has abolished",
    "have abolished",
    "has been abolished",
    "have been abolished",
    "has now abolished",
    "has formally abolished",
    "has officially abolished",
];

/// Words that say a law is passed but not yet in force.
pub(super) const NOT_YET_IN_FORCE: &[&str] = &[
    "will enter into force when",
    "will enter into force once",
    "will come into force when",
    "will come into force once",
    "will take effect when",
    "will take effect once",
    "awaits the president's assent",
    "awaiting the president's assent",
    "awaiting presidential assent",
    "awaits presidential assent",
    "has yet to be signed",
    "has not yet been signed",
];

/// Openings of a sentence whose subject is the country spoken of before.
pub(super) const THE_COUNTRY: &[&str] =
    &["the country", "the state's", "the kingdom", "the republic"];

/// Words after "since" that point back at the date before ("since that date").
pub(super) const BACK_REFERENCES: &[&str] = &["that date", "that day", "that time", "then"];

/// A state's own plan, announced but not carried out (see `planned_ends`).
pub(super) const PLANNED_CUES: &[&str] = &[
    "intention to",
    "intends to",
    "plans to",
    "planned to",
    "announced plans",
    "promised to",
    "pledged to",
];

/// What such a plan would end.
pub(super) const ENDING_CUES: &[&str] = &["moratorium", "abolish", "abolition"];

/// Words that report death sentences.
pub(super) const SENTENCE_CUES: &[&str] = &[
    "sentenced to death",
    "death sentence",
    "death sentences",
    "condemned to death",
    "sentences of death",
];

/// Words that make a sentence with those cues say something else: no executions,
/// killings outside the law, the execution of a decision.
pub(super) const NOT_THE_PENALTY: &[&str] = &[
    "no execution",
    "no death sentence",
    "no one was",
    "not executed",
    "not been executed",
    "not carried out",
    "not been carried out",
    "never",
    "without execution",
    "extrajudicial",
    "extra-judicial",
    "summarily",
    "summary execution",
    "stay of execution",
    "execution of the judgment",
    "execution of the decision",
    "execution of the order",
    "executive",
    "commuted",
    "abolish",
    "moratorium",
    "until",
];

/// Words before a date that make it the day a law takes effect ("abolishing the
/// death penalty from 1 January 2008").
pub(super) const EFFECTIVE_CUES: &[&str] = &[
    "from",
    "as of",
    "as from",
    "effective",
    "with effect from",
    "takes effect on",
    "took effect on",
    "take effect on",
    "takes effect in",
    "took effect in",
    "into force on",
    "into force in",
];
