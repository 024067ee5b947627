//! The word lists of the tagger, read from `rules/time.<lang>.json` (format documented at
//! the top of `rules/time.en.json`).

use crate::fx::FxBuild;
use dossier_model::PartialDate;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A unit of a duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Year,
    Month,
    Week,
    /// Two weeks (British "a fortnight").
    Fortnight,
    Day,
    Hour,
    Decade,
    Century,
}

/// Part of a year or decade ("early", "mid", "late").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Early,
    Mid,
    Late,
}

// Trigger bits of a lexicon entry.
pub(crate) const YEAR_CONTEXT: u64 = 1 << 0;
pub(crate) const DETERMINER: u64 = 1 << 1;
pub(crate) const SINCE: u64 = 1 << 2;
pub(crate) const UNTIL: u64 = 1 << 3;
pub(crate) const BETWEEN: u64 = 1 << 4;
pub(crate) const FROM: u64 = 1 << 5;
pub(crate) const RANGE_SEP: u64 = 1 << 6;
pub(crate) const AND: u64 = 1 << 7;
pub(crate) const OR: u64 = 1 << 8;
pub(crate) const OF: u64 = 1 << 9;
pub(crate) const NOW: u64 = 1 << 10;
pub(crate) const RECENT: u64 = 1 << 11;
pub(crate) const AGO: u64 = 1 << 12;
pub(crate) const LATER: u64 = 1 << 13;
pub(crate) const EARLIER: u64 = 1 << 14;
pub(crate) const LAST: u64 = 1 << 15;
pub(crate) const NEXT: u64 = 1 << 16;
pub(crate) const THIS: u64 = 1 << 17;
pub(crate) const FOLLOWING: u64 = 1 << 18;
pub(crate) const PREVIOUS: u64 = 1 << 19;
pub(crate) const SAME: u64 = 1 << 20;
pub(crate) const VAGUE: u64 = 1 << 21;
pub(crate) const HALF: u64 = 1 << 22;
pub(crate) const ORDINAL_SUFFIX: u64 = 1 << 23;
pub(crate) const DECADE_SUFFIX: u64 = 1 << 24;
pub(crate) const META: u64 = 1 << 25;
pub(crate) const RATE: u64 = 1 << 26;
pub(crate) const RECENT_ADJECTIVE: u64 = 1 << 27;
pub(crate) const PART_NOUN: u64 = 1 << 28;
pub(crate) const COUNT_NOUN: u64 = 1 << 29;
pub(crate) const SINCE_EVENT_DET: u64 = 1 << 30;
pub(crate) const EVENT_NOUN: u64 = 1 << 31;
pub(crate) const FRACTION: u64 = 1 << 32;
pub(crate) const FUTURE: u64 = 1 << 33;
pub(crate) const QUARTER: u64 = 1 << 34;
pub(crate) const DAY_ENDER: u64 = 1 << 35;
pub(crate) const NAME_NOUN: u64 = 1 << 36;
pub(crate) const FUTURE_BEFORE_TO: u64 = 1 << 37;
pub(crate) const PAST: u64 = 1 << 38;
pub(crate) const THE_DAY_BLOCKER: u64 = 1 << 39;
pub(crate) const CLAUSE_BREAK: u64 = 1 << 40;
pub(crate) const WEEKDAY_NAME: u64 = 1 << 41;
pub(crate) const PERIOD_NOUN: u64 = 1 << 42;
pub(crate) const AUXILIARY: u64 = 1 << 43;
pub(crate) const CLAUSE_OPENER: u64 = 1 << 44;
pub(crate) const SUPERLATIVE: u64 = 1 << 45;
/// The last word of one of the vague phrases ("the near *term*").
pub(crate) const VAGUE_END: u64 = 1 << 46;
pub(crate) const ADJECTIVE_END: u64 = 1 << 47;
pub(crate) const NOT_DECADE: u64 = 1 << 48;
pub(crate) const WEEKEND: u64 = 1 << 49;
pub(crate) const COMPARISON: u64 = 1 << 50;
pub(crate) const WHOLE: u64 = 1 << 51;
pub(crate) const FUNCTION_WORD: u64 = 1 << 52;
pub(crate) const POSTPOSED_PREVIOUS: u64 = 1 << 53;
pub(crate) const POSTPOSED_FOLLOWING: u64 = 1 << 54;
/// "fiscal 2012", "the financial year 2012": a fiscal year (TIMEX3 `FY2012`).
pub(crate) const FISCAL: u64 = 1 << 55;
/// "the current year": like "this", after a determiner too.
pub(crate) const CURRENT: u64 = 1 << 56;
/// "which", "who": a date after one, earlier than the sentence's day, is background.
pub(crate) const RELATIVE: u64 = 1 << 57;
/// The first word of a holiday's name ("Christmas", "New Year's Day").
pub(crate) const HOLIDAY: u64 = 1 << 58;
/// "on", "at", "over": a word before a holiday's name that makes it a day.
pub(crate) const HOLIDAY_CONTEXT: u64 = 1 << 59;
/// "Voters go to the polls on Monday": a verb in the present that, with no marker of
/// the past in the sentence, tells of a day ahead.
pub(crate) const PRESENT_SCHEDULE: u64 = 1 << 60;
/// "During the year she was held": a subject pronoun after "the year" that opens a
/// sentence starts the main clause (no relative clause: "the year she was born, ...").
pub(crate) const SUBJECT: u64 = 1 << 61;
/// "crude for October delivery": a noun after a month that names a contract month, one
/// still ahead of the day of publication.
pub(crate) const FUTURES: u64 = 1 << 62;
/// "expect", "predict": a verb of forecast in the present puts what it dates ahead,
/// except the unit that has just ended ("expect profits for the fourth quarter" in
/// January: the quarter whose figures are still to come).
pub(crate) const FORECAST: u64 = 1 << 63;

/// The parts of a day TIMEX3 names (`1998-02-26TNI`): morning, afternoon, evening, night.
pub(crate) const DAY_PARTS: [&str; 4] = ["MO", "AF", "EV", "NI"];

/// When a holiday falls in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HolidayDate {
    /// A fixed month and day ("12-25").
    Fixed(u8, u8),
    /// Days from Easter Sunday (Gregorian computus): "easter+1" is Easter Monday.
    Easter(i16),
    /// The nth weekday (1 = Monday) of a month: "11-thu-4" is the fourth Thursday of
    /// November; n = 0 is the last: "05-mon-last" is the last Monday of May.
    NthWeekday(u8, u8, u8),
    /// The first weekday (1 = Monday) on or after a month's day: "11-02-tue" is the
    /// Tuesday after the first Monday of November (the U.S. Election Day).
    WeekdayOnOrAfter(u8, u8, u8),
    /// Days from the Lunar New Year (`lunar_new_year` of the rules, a day a year):
    /// "lunar+14" is the Lantern Festival.
    Lunar(i16),
}

/// A holiday of `holidays`: its name (lower case, words separated by one space, "'" for
/// any apostrophe) and its day.
#[derive(Clone, Debug)]
pub(crate) struct Holiday {
    pub name: String,
    pub date: HolidayDate,
}

/// A reference to the past, the present or the future with no day a reader could place
/// (TIMEX3 `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VagueRef {
    Past,
    Present,
    Future,
}

/// A phrase of `vague_phrases`: its words (lower case) and what it refers to.
#[derive(Clone, Debug)]
pub(crate) struct VaguePhrase {
    pub words: Vec<String>,
    pub kind: VagueRef,
}

/// What one word can be. A word may be several things at once ("may", "a", "end").
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Lex {
    /// 1..=12, 0 when not a month name.
    pub month: u8,
    /// The full month name (may stand alone), not an abbreviation.
    pub month_full: bool,
    /// 1..=7, 0 when not a weekday.
    pub weekday: u8,
    pub weekday_full: bool,
    /// Value of a number word, 0 when not one.
    pub number: u16,
    pub unit: Option<Unit>,
    pub part: Option<Part>,
    pub season: Option<(u8, u8)>,
    /// Days from the publication date ("yesterday" is -1).
    pub day_offset: Option<i8>,
    /// 1..=4 for an ordinal that can number a quarter ("third"), 0 otherwise.
    pub quarter: u8,
    /// Value of an ordinal word that can number a century ("nineteenth"), 0 otherwise.
    pub ordinal: u8,
    /// A part of the day ("night", "tonight"): 1 + its index in [`DAY_PARTS`], 0 otherwise.
    pub day_part: u8,
    pub flags: u64,
}

impl Lex {
    pub fn has(&self, flag: u64) -> bool {
        self.flags & flag != 0
    }
}

/// Order of day and month in `03/04/2005`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SlashOrder {
    Dmy,
    Mdy,
}

#[derive(Deserialize)]
struct RulesFile {
    language: String,
    months: Vec<Vec<String>>,
    weekdays: Vec<Vec<String>>,
    numbers: HashMap<String, u16>,
    units: HashMap<String, Vec<String>>,
    seasons: HashMap<String, (u8, u8)>,
    part_nouns: HashMap<String, String>,
    slash_order: Option<SlashOrder>,
    #[serde(flatten)]
    lists: HashMap<String, serde_json::Value>,
}

/// Compiled word lists for one language.
#[derive(Debug)]
pub struct TimeRules {
    /// ISO 639-1 code of the word lists.
    pub language: String,
    pub(crate) slash_order: Option<SlashOrder>,
    pub(crate) lexicon: HashMap<Box<[u8]>, Lex, FxBuild>,
    /// Longest word in the lexicon, in bytes: longer words are not looked up.
    pub(crate) max_word: usize,
    /// One bit per (length, first letter, second letter) of the lexicon's ASCII words:
    /// most words of a text are rejected here without hashing.
    prefilter: Vec<u64>,
    /// Endings of nouns that name an event ("since the adoption").
    pub(crate) event_noun_suffixes: Vec<String>,
    /// Endings of past-tense verbs ("announced").
    pub(crate) past_suffixes: Vec<String>,
    /// "the past", "the near term", "for the time being".
    pub(crate) vague_phrases: Vec<VaguePhrase>,
    /// Holidays, longest name first ("Christmas Eve" before "Christmas").
    pub(crate) holidays: Vec<Holiday>,
    /// The day of the Lunar New Year (Spring Festival), one a year, for `HolidayDate::Lunar`.
    pub(crate) lunar_new_year: Vec<PartialDate>,
    /// Verbs that report speech in the past ("said", "told"): "next year" in what was
    /// said is the year after the day it was said.
    pub(crate) reporting_verbs: Vec<String>,
    /// Modal verbs ("could", "may") that put what follows ahead of the day of
    /// publication unless "have" follows them ("could have struck").
    pub(crate) modals: Vec<String>,
    /// Words of `year_context` that do not make "that <season>" after them a season
    /// ("relied on that spring").
    pub(crate) not_before_that_season: Vec<String>,
    /// Auxiliaries after which an irregular past ("held", "met") is a participle whose
    /// tense the auxiliary gives ("would now be held on Tuesday").
    pub(crate) participle_auxiliaries: Vec<String>,
    /// Time zones ("GMT", "EST"): "by 1100 GMT" is a time of day, no year.
    pub(crate) time_zones: Vec<String>,
    /// Decades spelled out, from "twenties" to "nineties" in order: "the sixties" is
    /// the decade of the tens digit the word's place gives (2 + place).
    pub(crate) spelled_decades: Vec<String>,
    /// Nouns before "of" that make a holiday's name a day ("the eve of Thanksgiving").
    pub(crate) holiday_of_heads: Vec<String>,
    /// "the day after Thanksgiving": words that shift a day's date back or ahead.
    pub(crate) day_shift_before: Vec<String>,
    pub(crate) day_shift_after: Vec<String>,
    /// Participles that make a schedule before "for" ("was set for April 29").
    pub(crate) schedule_before_for: Vec<String>,
    /// Prepositions after which a bare year is a date when it closes its phrase
    /// ("results for 1992 will show a loss"; not "for 1500 workers").
    pub(crate) year_before_clause_end: Vec<String>,
    /// Phrases (lower-case words) that date a thing after the decision that made it
    /// ("entered into force", "took effect").
    pub(crate) takes_effect: Vec<Vec<String>>,
    /// Words after which a day, weekday or month recurs ("every Tuesday"): a SET, no date.
    pub(crate) set_quantifiers: Vec<String>,
    /// Words before "year end", "quarter end" ("at year end", "by quarter-end").
    pub(crate) period_end_before: Vec<String>,
    /// Words before a yearless month that the sentence's tense does not place
    /// ("effective July 1"): the nearer one.
    pub(crate) tense_free_before: Vec<String>,
    /// Adjectives of "the same period of 2017" ("comparable", "corresponding").
    pub(crate) same_part_words: Vec<String>,
    /// Phrases before "yesterday" that make it a figure of speech ("seems like").
    pub(crate) day_simile: Vec<Vec<String>>,
    /// Phrases that put the weekday after them ahead ("before Tuesday").
    pub(crate) weekday_ahead: Vec<Vec<String>>,
    /// Phrases that put a yearless month or day after them ahead of publication
    /// ("planned for April 2", "is expected by July", "which falls on Jan. 28").
    pub(crate) date_ahead: Vec<Vec<String>>,
    /// Phrases that put the weekday after them a week past the one ahead ("a week from").
    pub(crate) weekday_week_after: Vec<Vec<String>>,
    /// Phrases that put the weekday after them a week before the one behind ("a week ago").
    pub(crate) weekday_week_before: Vec<Vec<String>>,
    /// Phrases before a weekday whose eve is the day of publication or the day before.
    pub(crate) weekday_eve: Vec<Vec<String>>,
    /// Phrases that make a later "until" in their sentence past ("did not", "never").
    pub(crate) until_past: Vec<Vec<String>>,
    /// Phrases naming the year ahead at the turn of the year ("the new year").
    pub(crate) new_year: Vec<Vec<String>>,
    /// Phrases naming the year a century turned ("the turn of the century").
    pub(crate) turn_of_century: Vec<Vec<String>>,
    /// Nouns a season names the time of ("the spring primary"): after a date word, a
    /// season before one is still a season.
    pub(crate) season_nouns: Vec<String>,
    /// Words only a report of a game uses ("halftime"): in a text that has one, a
    /// quarter or half with no year is a period of play.
    pub(crate) game_words: Vec<String>,
    /// Verbs a stretch of time fills ("spent"): a lone month or "the summer" after one
    /// is a date ("spent January in classes", "spent the summer testing the waters").
    pub(crate) span_verbs: Vec<String>,
    /// Lines in capitals that head a court's judgment ("JUDGMENT").
    pub(crate) judgment_lines: Vec<String>,
    /// Words of a title that reviews a year ("The year in review: detention in 2019").
    pub(crate) review_title_words: Vec<String>,
    /// "Writ Petition No. 412 of 2009": a word before a number and "of" that makes the
    /// year after them part of a case or law number, no date.
    pub(crate) case_number_words: Vec<String>,
    /// "Update 3 – 12 March 2024": a word before a number that makes the number its
    /// label, no first day of a range.
    pub(crate) number_labels: Vec<String>,
    /// "on the same date": a noun that, after "the same" or "that", is the narrative's day.
    pub(crate) day_nouns: Vec<String>,
    /// "the 18th instant" / "ultimo" / "proximo": a day of the narrative's month, of the
    /// month before it, of the month after it.
    pub(crate) month_instant: Vec<String>,
    pub(crate) month_ultimo: Vec<String>,
    pub(crate) month_proximo: Vec<String>,
    /// "elections scheduled for May": a participle before "for" after which a lone month
    /// is a date.
    pub(crate) month_after_for: Vec<String>,
    /// "January ridership fell": nouns a month opening a sentence modifies (it is a date).
    pub(crate) month_lead_nouns: Vec<String>,
    /// "March was dry": verbs after a month opening a sentence that make it a date, when
    /// the month is none of `name_months`.
    pub(crate) month_lead_verbs: Vec<String>,
    /// "sets June execution", "a March vote": events a capitalised month right before
    /// them dates, wherever it stands (a given name is not written before them).
    pub(crate) month_event_nouns: Vec<String>,
    /// Month names that are also given names ("May", "April"): with nothing before them
    /// they are dates only before a noun of `month_lead_nouns`.
    pub(crate) name_months: Vec<String>,
    /// Nouns of a heading "IN THE ... COURT ..." that opens a judgment.
    pub(crate) court_heading_nouns: Vec<String>,
}

static ENGLISH: LazyLock<TimeRules> = LazyLock::new(|| {
    TimeRules::from_json(include_str!("../../rules/time.en.json"))
        .expect("the compiled-in rules/time.en.json is valid")
});

const FLAG_LISTS: &[(&str, u64)] = &[
    ("year_context", YEAR_CONTEXT),
    ("determiners", DETERMINER),
    ("since", SINCE),
    ("until", UNTIL),
    ("between", BETWEEN),
    ("from", FROM),
    ("range_sep", RANGE_SEP),
    ("and", AND),
    ("or", OR),
    ("of", OF),
    ("now", NOW),
    ("recent", RECENT),
    ("ago", AGO),
    ("later", LATER),
    ("earlier", EARLIER),
    ("last", LAST),
    ("next", NEXT),
    ("this", THIS),
    ("following", FOLLOWING),
    ("previous", PREVIOUS),
    ("same", SAME),
    ("vague", VAGUE),
    ("half", HALF),
    ("ordinal_suffix", ORDINAL_SUFFIX),
    ("decade_suffix", DECADE_SUFFIX),
    ("meta_words", META),
    ("rate_words", RATE),
    ("recent_adjectives", RECENT_ADJECTIVE),
    ("superlatives", SUPERLATIVE),
    ("adjective_ends", ADJECTIVE_END),
    ("not_decade_words", NOT_DECADE),
    ("weekend", WEEKEND),
    ("comparison", COMPARISON),
    ("whole_words", WHOLE),
    ("function_words", FUNCTION_WORD),
    ("postposed_previous", POSTPOSED_PREVIOUS),
    ("postposed_following", POSTPOSED_FOLLOWING),
    ("count_nouns", COUNT_NOUN),
    ("since_event_determiners", SINCE_EVENT_DET),
    ("event_nouns", EVENT_NOUN),
    ("fractions", FRACTION),
    ("future_markers", FUTURE),
    ("future_before_to", FUTURE_BEFORE_TO),
    ("past_markers", PAST),
    ("the_day_blockers", THE_DAY_BLOCKER),
    ("clause_breaks", CLAUSE_BREAK),
    ("weekday_name_words", WEEKDAY_NAME),
    ("period_nouns", PERIOD_NOUN),
    ("auxiliaries", AUXILIARY),
    ("clause_openers", CLAUSE_OPENER),
    ("quarter", QUARTER),
    ("day_enders", DAY_ENDER),
    ("name_nouns", NAME_NOUN),
    ("fiscal", FISCAL),
    ("current", CURRENT),
    ("relative_pronouns", RELATIVE),
    ("holiday_context", HOLIDAY_CONTEXT),
    ("present_schedule", PRESENT_SCHEDULE),
    ("subject_pronouns", SUBJECT),
    ("futures_nouns", FUTURES),
    ("forecast_verbs", FORECAST),
    ("early", 0),
    ("mid", 0),
    ("late", 0),
];

impl TimeRules {
    /// The compiled-in English rules, parsed once.
    pub fn english() -> &'static TimeRules {
        &ENGLISH
    }

    /// Whether `word` names a kind of document that a year can be part of the name
    /// of ("the 2005 Anti-Terrorism Law", "Act 2023"): `name_nouns` in the rules.
    pub fn is_name_noun(&self, word: &str) -> bool {
        self.lookup(word).is_some_and(|lex| lex.has(NAME_NOUN))
    }

    /// Parse a rules file (see `rules/time.en.json` for the format).
    pub fn from_json(json: &str) -> Result<TimeRules, serde_json::Error> {
        let file: RulesFile = serde_json::from_str(json)?;
        let mut rules = TimeRules {
            language: file.language,
            slash_order: file.slash_order,
            lexicon: HashMap::default(),
            max_word: 0,
            prefilter: vec![0; PREFILTER_WORDS],
            event_noun_suffixes: Vec::new(),
            past_suffixes: Vec::new(),
            vague_phrases: Vec::new(),
            holidays: Vec::new(),
            lunar_new_year: Vec::new(),
            reporting_verbs: Vec::new(),
            modals: Vec::new(),
            not_before_that_season: Vec::new(),
            participle_auxiliaries: Vec::new(),
            time_zones: Vec::new(),
            spelled_decades: Vec::new(),
            holiday_of_heads: Vec::new(),
            day_shift_before: Vec::new(),
            day_shift_after: Vec::new(),
            schedule_before_for: Vec::new(),
            year_before_clause_end: Vec::new(),
            takes_effect: Vec::new(),
            set_quantifiers: Vec::new(),
            period_end_before: Vec::new(),
            tense_free_before: Vec::new(),
            same_part_words: Vec::new(),
            day_simile: Vec::new(),
            weekday_ahead: Vec::new(),
            date_ahead: Vec::new(),
            weekday_week_after: Vec::new(),
            weekday_eve: Vec::new(),
            until_past: Vec::new(),
            new_year: Vec::new(),
            turn_of_century: Vec::new(),
            weekday_week_before: Vec::new(),
            season_nouns: Vec::new(),
            game_words: Vec::new(),
            span_verbs: Vec::new(),
            judgment_lines: Vec::new(),
            review_title_words: Vec::new(),
            case_number_words: Vec::new(),
            number_labels: Vec::new(),
            day_nouns: Vec::new(),
            month_instant: Vec::new(),
            month_ultimo: Vec::new(),
            month_proximo: Vec::new(),
            month_after_for: Vec::new(),
            month_lead_nouns: Vec::new(),
            month_event_nouns: Vec::new(),
            month_lead_verbs: Vec::new(),
            name_months: Vec::new(),
            court_heading_nouns: Vec::new(),
        };
        if let Some(value) = file.lists.get("lunar_new_year") {
            let days: Vec<String> = serde_json::from_value(value.clone())?;
            for day in days {
                let date = PartialDate::parse(&day).filter(|d| d.day.is_some());
                rules.lunar_new_year.push(date.ok_or_else(|| {
                    serde::de::Error::custom(format!("lunar_new_year: {day:?} is no day"))
                })?);
            }
        }
        if let Some(value) = file.lists.get("holidays") {
            let entries: Vec<(String, String)> = serde_json::from_value(value.clone())?;
            for (name, when) in entries {
                let date = parse_holiday(&when).ok_or_else(|| {
                    serde::de::Error::custom(format!("holidays: {name:?} -> {when:?} is no day"))
                })?;
                let name = name
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase()
                    .replace('\u{2019}', "'");
                let first: String = name.chars().take_while(|c| c.is_alphabetic()).collect();
                if first.is_empty() {
                    return Err(serde::de::Error::custom("holidays: a name with no word"));
                }
                rules.entry(&first).flags |= HOLIDAY;
                rules.holidays.push(Holiday { name, date });
            }
            rules
                .holidays
                .sort_by_key(|h| std::cmp::Reverse(h.name.len()));
        }
        if let Some(value) = file.lists.get("vague_phrases") {
            let phrases: Vec<(String, String)> = serde_json::from_value(value.clone())?;
            for (kind, phrase) in phrases {
                let kind = match kind.as_str() {
                    "PAST_REF" => VagueRef::Past,
                    "PRESENT_REF" => VagueRef::Present,
                    "FUTURE_REF" => VagueRef::Future,
                    other => {
                        return Err(serde::de::Error::custom(format!(
                            "vague_phrases: unknown value {other:?}"
                        )));
                    }
                };
                let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
                let Some(last) = words.last() else {
                    return Err(serde::de::Error::custom("vague_phrases: an empty phrase"));
                };
                rules.entry(&last.clone()).flags |= VAGUE_END;
                rules.vague_phrases.push(VaguePhrase { words, kind });
            }
        }
        if let Some(value) = file.lists.get("past_suffixes") {
            rules.past_suffixes = serde_json::from_value(value.clone())?;
        }
        if let Some(value) = file.lists.get("reporting_verbs") {
            let words: Vec<String> = serde_json::from_value(value.clone())?;
            rules.reporting_verbs = words.iter().map(|w| w.to_lowercase()).collect();
        }
        for (key, list) in [
            ("modals", &mut rules.modals),
            ("not_before_that_season", &mut rules.not_before_that_season),
            ("participle_auxiliaries", &mut rules.participle_auxiliaries),
            ("time_zones", &mut rules.time_zones),
            ("spelled_decades", &mut rules.spelled_decades),
            ("holiday_of_heads", &mut rules.holiday_of_heads),
            ("day_shift_before", &mut rules.day_shift_before),
            ("day_shift_after", &mut rules.day_shift_after),
            ("schedule_before_for", &mut rules.schedule_before_for),
            ("year_before_clause_end", &mut rules.year_before_clause_end),
            ("season_nouns", &mut rules.season_nouns),
            ("game_words", &mut rules.game_words),
            ("span_verbs", &mut rules.span_verbs),
            ("judgment_lines", &mut rules.judgment_lines),
            ("review_title_words", &mut rules.review_title_words),
            ("court_heading_nouns", &mut rules.court_heading_nouns),
            ("case_number_words", &mut rules.case_number_words),
            ("number_labels", &mut rules.number_labels),
            ("day_nouns", &mut rules.day_nouns),
            ("month_instant", &mut rules.month_instant),
            ("month_ultimo", &mut rules.month_ultimo),
            ("month_proximo", &mut rules.month_proximo),
            ("month_after_for", &mut rules.month_after_for),
            ("month_lead_nouns", &mut rules.month_lead_nouns),
            ("month_lead_verbs", &mut rules.month_lead_verbs),
            ("month_event_nouns", &mut rules.month_event_nouns),
            ("name_months", &mut rules.name_months),
            ("set_quantifiers", &mut rules.set_quantifiers),
            ("period_end_before", &mut rules.period_end_before),
            ("tense_free_before", &mut rules.tense_free_before),
            ("same_part_words", &mut rules.same_part_words),
        ] {
            if let Some(value) = file.lists.get(key) {
                let words: Vec<String> = serde_json::from_value(value.clone())?;
                *list = words.iter().map(|w| w.to_lowercase()).collect();
            }
        }
        for (key, list) in [
            ("takes_effect", &mut rules.takes_effect),
            ("weekday_ahead", &mut rules.weekday_ahead),
            ("date_ahead", &mut rules.date_ahead),
            ("weekday_week_after", &mut rules.weekday_week_after),
            ("weekday_eve", &mut rules.weekday_eve),
            ("until_past", &mut rules.until_past),
            ("new_year", &mut rules.new_year),
            ("turn_of_century", &mut rules.turn_of_century),
            ("weekday_week_before", &mut rules.weekday_week_before),
            ("day_simile", &mut rules.day_simile),
        ] {
            if let Some(value) = file.lists.get(key) {
                let phrases: Vec<String> = serde_json::from_value(value.clone())?;
                for phrase in phrases {
                    let words: Vec<String> =
                        phrase.split_whitespace().map(str::to_lowercase).collect();
                    if words.is_empty() {
                        return Err(serde::de::Error::custom(format!("{key}: an empty phrase")));
                    }
                    list.push(words);
                }
            }
        }
        if let Some(value) = file.lists.get("event_noun_suffixes") {
            rules.event_noun_suffixes = serde_json::from_value(value.clone())?;
        }
        for (idx, names) in file.months.iter().enumerate().take(12) {
            for (n, name) in names.iter().enumerate() {
                let lex = rules.entry(name);
                lex.month = idx as u8 + 1;
                lex.month_full = n == 0;
            }
        }
        for (idx, names) in file.weekdays.iter().enumerate().take(7) {
            for (n, name) in names.iter().enumerate() {
                let lex = rules.entry(name);
                lex.weekday = idx as u8 + 1;
                lex.weekday_full = n == 0;
            }
        }
        for (name, value) in &file.numbers {
            rules.entry(name).number = *value;
        }
        for (unit, names) in &file.units {
            let unit = match unit.as_str() {
                "Y" => Unit::Year,
                "M" => Unit::Month,
                "W" => Unit::Week,
                "2W" => Unit::Fortnight,
                "D" => Unit::Day,
                "H" => Unit::Hour,
                "decade" => Unit::Decade,
                "century" => Unit::Century,
                other => {
                    return Err(serde::de::Error::custom(format!("unknown unit {other:?}")));
                }
            };
            for name in names {
                rules.entry(name).unit = Some(unit);
            }
        }
        for (name, months) in &file.seasons {
            rules.entry(name).season = Some(*months);
        }
        if let Some(value) = file.lists.get("day_offsets") {
            let offsets: HashMap<String, i8> = serde_json::from_value(value.clone())?;
            for (name, days) in offsets {
                rules.entry(&name).day_offset = Some(days);
            }
        }
        if let Some(value) = file.lists.get("quarter_ordinals") {
            let ordinals: HashMap<String, u8> = serde_json::from_value(value.clone())?;
            for (name, q) in ordinals {
                if !(1..=4).contains(&q) {
                    return Err(serde::de::Error::custom(format!(
                        "quarter_ordinals: {name:?} -> {q} is not 1..=4"
                    )));
                }
                rules.entry(&name).quarter = q;
            }
        }
        if let Some(value) = file.lists.get("day_parts") {
            let parts: HashMap<String, String> = serde_json::from_value(value.clone())?;
            for (name, code) in parts {
                let Some(k) = DAY_PARTS.iter().position(|c| *c == code) else {
                    return Err(serde::de::Error::custom(format!(
                        "day_parts: {name:?} -> {code:?} is none of {DAY_PARTS:?}"
                    )));
                };
                rules.entry(&name).day_part = k as u8 + 1;
            }
        }
        if let Some(value) = file.lists.get("ordinals") {
            let ordinals: HashMap<String, u8> = serde_json::from_value(value.clone())?;
            for (name, n) in ordinals {
                if n == 0 {
                    return Err(serde::de::Error::custom(format!(
                        "ordinals: {name:?} -> 0 is no ordinal"
                    )));
                }
                rules.entry(&name).ordinal = n;
            }
        }
        for key in file.lists.keys() {
            let known = key.starts_with('_')
                || matches!(
                    key.as_str(),
                    "event_noun_suffixes"
                        | "past_suffixes"
                        | "day_offsets"
                        | "quarter_ordinals"
                        | "ordinals"
                        | "day_parts"
                        | "vague_phrases"
                        | "holidays"
                        | "lunar_new_year"
                        | "reporting_verbs"
                        | "modals"
                        | "not_before_that_season"
                        | "participle_auxiliaries"
                        | "time_zones"
                        | "spelled_decades"
                        | "holiday_of_heads"
                        | "day_shift_before"
                        | "day_shift_after"
                        | "schedule_before_for"
                        | "year_before_clause_end"
                        | "takes_effect"
                        | "set_quantifiers"
                        | "period_end_before"
                        | "tense_free_before"
                        | "same_part_words"
                        | "day_simile"
                        | "weekday_ahead"
                        | "date_ahead"
                        | "weekday_week_after"
                        | "weekday_eve"
                        | "until_past"
                        | "new_year"
                        | "turn_of_century"
                        | "weekday_week_before"
                        | "season_nouns"
                        | "game_words"
                        | "span_verbs"
                        | "judgment_lines"
                        | "review_title_words"
                        | "court_heading_nouns"
                        | "case_number_words"
                        | "number_labels"
                        | "day_nouns"
                        | "month_instant"
                        | "month_ultimo"
                        | "month_proximo"
                        | "month_after_for"
                        | "month_lead_nouns"
                        | "month_lead_verbs"
                        | "month_event_nouns"
                        | "name_months"
                )
                || FLAG_LISTS.iter().any(|&(k, _)| k == key);
            if !known {
                return Err(serde::de::Error::custom(format!("unknown key {key:?}")));
            }
        }
        for (name, part) in &file.part_nouns {
            let lex = rules.entry(name);
            lex.flags |= PART_NOUN;
            lex.part = Some(parse_part(part)?);
        }
        for &(key, flag) in FLAG_LISTS {
            let Some(value) = file.lists.get(key) else {
                continue;
            };
            let words: Vec<String> = serde_json::from_value(value.clone())?;
            for word in words {
                let lex = rules.entry(&word);
                lex.flags |= flag;
                match key {
                    "early" => lex.part = Some(Part::Early),
                    "mid" => lex.part = Some(Part::Mid),
                    "late" => lex.part = Some(Part::Late),
                    _ => {}
                }
            }
        }
        Ok(rules)
    }

    fn entry(&mut self, word: &str) -> &mut Lex {
        let key = word.to_lowercase().into_bytes().into_boxed_slice();
        self.max_word = self.max_word.max(key.len());
        if let Some(bit) = prefilter_bit(&key) {
            self.prefilter[bit / 64] |= 1 << (bit % 64);
        }
        self.lexicon.entry(key).or_default()
    }

    /// Look a word up (any case).
    pub(crate) fn lookup(&self, word: &str) -> Option<&Lex> {
        let bytes = word.as_bytes();
        if bytes.len() > self.max_word * 2 {
            return None;
        }
        if word.is_ascii() {
            self.lookup_ascii(bytes)
        } else {
            let lower = word.to_lowercase();
            self.lexicon.get(lower.as_bytes())
        }
    }

    /// [`TimeRules::lookup`] of a word known to be ASCII, given as its bytes.
    #[inline]
    pub(crate) fn lookup_ascii(&self, bytes: &[u8]) -> Option<&Lex> {
        if bytes.len() > self.max_word {
            return None;
        }
        if let Some(bit) = prefilter_bit(bytes) {
            if self.prefilter[bit / 64] & (1 << (bit % 64)) == 0 {
                return None;
            }
        }
        let mut buf = [0u8; 64];
        let buf = buf.get_mut(..bytes.len())?;
        for (dst, src) in buf.iter_mut().zip(bytes) {
            *dst = src.to_ascii_lowercase();
        }
        self.lexicon.get(&*buf)
    }
}

const PREFILTER_LEN: usize = 32;
const PREFILTER_WORDS: usize = (PREFILTER_LEN * 27 * 27).div_ceil(64);

/// The prefilter's bit for an ASCII word (any case) of fewer than 32 bytes; `None` for
/// other words, which are always looked up.
fn prefilter_bit(word: &[u8]) -> Option<usize> {
    if word.is_empty() || word.len() >= PREFILTER_LEN || !word.is_ascii() {
        return None;
    }
    let letter = |b: Option<&u8>| match b {
        Some(b) if b.is_ascii_alphabetic() => usize::from(b.to_ascii_lowercase() - b'a'),
        _ => 26,
    };
    Some((word.len() * 27 + letter(word.first())) * 27 + letter(word.get(1)))
}

fn parse_part(s: &str) -> Result<Part, serde_json::Error> {
    match s {
        "early" => Ok(Part::Early),
        "mid" => Ok(Part::Mid),
        "late" => Ok(Part::Late),
        other => Err(serde::de::Error::custom(format!("unknown part {other:?}"))),
    }
}

/// "12-25", "easter+1", "easter-2", "11-thu-4", "11-02-tue", "lunar", "lunar+14".
fn parse_holiday(when: &str) -> Option<HolidayDate> {
    if let Some(rest) = when.strip_prefix("lunar") {
        let offset = if rest.is_empty() {
            0
        } else {
            rest.parse::<i16>().ok()?
        };
        return (offset.abs() <= 30).then_some(HolidayDate::Lunar(offset));
    }
    if let Some(rest) = when.strip_prefix("easter") {
        let offset = if rest.is_empty() {
            0
        } else {
            rest.parse::<i16>().ok()?
        };
        return (offset.abs() <= 60).then_some(HolidayDate::Easter(offset));
    }
    let parts: Vec<&str> = when.split('-').collect();
    match parts[..] {
        [m, d] => {
            let (m, d) = (m.parse::<u8>().ok()?, d.parse::<u8>().ok()?);
            ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(HolidayDate::Fixed(m, d))
        }
        [m, d, w] if d.bytes().all(|b| b.is_ascii_digit()) => {
            let (m, d) = (m.parse::<u8>().ok()?, d.parse::<u8>().ok()?);
            let w = dossier_model::WEEKDAYS
                .iter()
                .position(|(_, short)| short[0] == w)? as u8
                + 1;
            ((1..=12).contains(&m) && (1..=24).contains(&d))
                .then_some(HolidayDate::WeekdayOnOrAfter(m, d, w))
        }
        [m, w, n] => {
            let m = m.parse::<u8>().ok()?;
            let w = dossier_model::WEEKDAYS
                .iter()
                .position(|(_, short)| short[0] == w)? as u8
                + 1;
            let n = if n == "last" {
                0
            } else {
                n.parse::<u8>().ok()?
            };
            ((1..=12).contains(&m) && (0..=5).contains(&n))
                .then_some(HolidayDate::NthWeekday(m, w, n))
        }
        _ => None,
    }
}
