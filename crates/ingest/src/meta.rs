//! Metadata: what a document says about itself, each value with the words it came from.
//!
//! Rules read the head of the document (lines starting in the first 4 KiB), *before*
//! chrome is dropped, so header lines such as "Publisher X" can be read and then
//! removed. Every value remembers where it was read ([`Loc`]); the caller turns that into
//! a span in the kept text ([`Layer::Text`]) or in the original bytes
//! ([`Layer::Original`]) when the line was dropped.
//!
//! | field     | rules (first that fires wins)                                                   |
//! |-----------|---------------------------------------------------------------------------------|
//! | title     | `= X =` / `# X` / `## X` heading, setext `X\n===`, a judgment's caption (also run together: "BETWEEN A APPELLANT AND B RESPONDENT"), a bill's long title, first short line standing alone (over a blank, a paragraph, a date or byline; metadata lines above it are passed over, an archive's "Document - " prefix dropped), `**X**` line |
//! | publisher | "Publisher X" line (or "Publisher:" over the name), an issuer's mark (`rules/issuers.json`: also a ministry's or office's masthead line above the title), a masthead ("X PUBLIC STATEMENT"), an organisation's name over its release line ("Press Release No. 45/2015", "For immediate release"), "Issued by X", document-number convention ([`CONVENTIONS`]), a judgment's court ([`court`]), "© X" line |
//! | published | "Publication Date D" / "Published: D" / "Date: D" / "For immediate release: D" line, a byline ("By X | D", or a source's name and the date: "Example Radio | D"), a dateline ("City, D (Agency) --", "GENEVA (D) -"), a reference line ending with its date ("AI Index: ASA 13/003/2013 22 February 2013"), a story opening with its date ("November 19, 2009: ..."), a label alone over its value ("PUBLISHED:" / "04:13 EST, 11 March 2013"), a judgment's day of decision ("..., Delivered the 2nd November 1993", the caption's "on 7 April, 1983"), a debate's day in a parliamentary record ("Volume 829: debated on Tuesday 14 March 2023"), a date alone on a line |
//! | period    | (also) a report series and its year: `rules/series.json` ([`report_series`])     |
//! | updated   | "Last updated: D" (a relative date such as "one year ago" is *not* resolved)      |
//! | period    | "Covering events from January - December 2003", "covering 2002", "The reference period for this report is D to D", ...|
//! | number    | "Doc. 16225", "Document No. X", a UN symbol alone on a line ("A/HRC/55/4")      |
//! | language  | stop-word ratio over the kept text (HTML `lang` wins)                           |
//!
//! Unknown stays `None`: no value is ever taken from the clock.

use crate::chrome::{trim_decoration, EDGE_BYTES};
use crate::text::Line;
use dossier_model::{Layer, MetaField, Metadata, Period, Span};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

mod court;
pub(crate) mod heads;
mod prints;
pub use heads::printed_heads;
pub use prints::{browser_print, cause_list, committee_hansard, hearing_print, question_paper};

/// Where a value was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loc {
    /// A byte range of the cleaning source (resolved to kept text or original bytes).
    Source(Range<usize>),
    /// A byte range of the original file.
    Original(Range<usize>),
    /// Inferred, not read verbatim.
    None,
}

/// A value found by a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    pub loc: Loc,
    pub rule: &'static str,
}

impl<T> Found<T> {
    pub fn new(value: T, loc: Loc, rule: &'static str) -> Self {
        Found { value, loc, rule }
    }
}

/// Metadata candidates before their locations are resolved.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Finds {
    pub title: Option<Found<String>>,
    pub publisher: Option<Found<String>>,
    pub published: Option<Found<String>>,
    pub updated: Option<Found<String>>,
    pub period: Option<Found<Period>>,
    pub number: Option<Found<String>>,
    pub language: Option<Found<String>>,
}

impl Finds {
    /// Fill every field still empty from `other`.
    pub fn or(mut self, other: Finds) -> Finds {
        self.title = self.title.or(other.title);
        self.publisher = self.publisher.or(other.publisher);
        self.published = self.published.or(other.published);
        self.updated = self.updated.or(other.updated);
        self.period = self.period.or(other.period);
        self.number = self.number.or(other.number);
        self.language = self.language.or(other.language);
        self
    }

    /// Turn locations into spans with `locate`.
    pub fn resolve(self, locate: impl Fn(&Loc) -> (Option<Span>, Layer)) -> Metadata {
        fn field<T>(
            f: Option<Found<T>>,
            locate: &impl Fn(&Loc) -> (Option<Span>, Layer),
        ) -> Option<MetaField<T>> {
            f.map(|f| {
                let (span, layer) = locate(&f.loc);
                MetaField::new(f.value, span, layer, f.rule)
            })
        }
        Metadata {
            title: field(self.title, &locate),
            publisher: field(self.publisher, &locate),
            published: field(self.published, &locate),
            updated: field(self.updated, &locate),
            period: field(self.period, &locate),
            number: field(self.number, &locate),
            language: field(self.language, &locate),
        }
    }
}

/// A document-number convention that identifies the publisher.
#[derive(Debug, Clone, Copy)]
pub struct Convention {
    pub name: &'static str,
    pub number: NumberKind,
    /// At least one of these (lowercase) must occur at the edges of the document.
    pub any_of: &'static [&'static str],
    /// All of these (lowercase) must occur at the edges of the document.
    pub all_of: &'static [&'static str],
    pub publisher: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    /// "Doc. 16225", "Document No. 12".
    Doc,
    /// A UN document symbol alone on a line.
    UnSymbol,
}

/// Known document-number conventions (data, not code).
pub const CONVENTIONS: &[Convention] = &[
    Convention {
        name: "pace_doc",
        number: NumberKind::Doc,
        any_of: &[
            "written declaration",
            "the assembly",
            "parliamentary assembly",
            "motion for a resolution",
        ],
        all_of: &["council of europe"],
        publisher: "Parliamentary Assembly of the Council of Europe",
    },
    Convention {
        name: "un_symbol",
        number: NumberKind::UnSymbol,
        any_of: &[],
        all_of: &[],
        publisher: "United Nations",
    },
];

const MON: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/// A weekday name written in full and capitalised ("Friday"), from the one list.
static WEEKDAY: LazyLock<String> = LazyLock::new(|| {
    let names: Vec<String> = dossier_model::WEEKDAYS
        .iter()
        .map(|(name, _)| name[..1].to_uppercase() + &name[1..])
        .collect();
    format!("(?:{})", names.join("|"))
});

/// Compile a pattern: `MON` stands for a month name, `WEEKDAY` for a capitalised
/// weekday name; `\b` is an ASCII word boundary (much faster than a Unicode one, and
/// month names and digits are ASCII).
fn re(pattern: &str) -> Regex {
    Regex::new(
        &pattern
            .replace("MON", MON)
            .replace("WEEKDAY", &WEEKDAY)
            .replace(r"\b", r"(?-u:\b)"),
    )
    .expect("meta regex compiles")
}

/// Date patterns, most specific first.
static DATE_RES: LazyLock<Vec<(DateShape, Regex)>> = LazyLock::new(|| {
    vec![
        (
            DateShape::Iso,
            re(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:T|\b)"),
        ),
        // "2024/10/15", as `citation_publication_date` and Asian sites write a day.
        (
            DateShape::Iso,
            re(r"\b(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})\b"),
        ),
        (
            DateShape::Pdf,
            re(r"\bD:(?P<y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?"),
        ),
        (
            DateShape::Dmy,
            re(
                r"(?i)\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)(?:day\s+)?(?:of\s+)?(?P<mon>MON)\.?,?(?:\s+|-)(?P<y>\d{4})\b",
            ),
        ),
        (
            DateShape::Mdy,
            re(r"(?i)\b(?P<mon>MON)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"),
        ),
        (
            DateShape::WeekdayNumeric,
            re(
                r"(?i)\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4}|\d{2})\b",
            ),
        ),
        (
            DateShape::Numeric,
            re(r"\b(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4})\b"),
        ),
        (
            DateShape::MonthYear,
            re(r"(?i)\b(?P<mon>MON)\.?,?\s+(?P<y>\d{4})\b"),
        ),
        (DateShape::Year, re(r"^\s*(?P<y>\d{4})\s*$")),
    ]
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateShape {
    Iso,
    Pdf,
    Dmy,
    Mdy,
    /// "Thursday, 07/08/99": a numeric day whose order the weekday settles.
    WeekdayNumeric,
    Numeric,
    MonthYear,
    Year,
}

static RELATIVE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ago|yesterday|today|just now|last\s+(?:week|month|year)|this\s+(?:week|month|year)|recently)\b",
    )
});

/// A date found in a string: ISO value and its byte range in the string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateHit {
    pub iso: String,
    pub range: Range<usize>,
}

/// Month number from an English month name or abbreviation, in any case.
fn month_number(name: &str) -> Option<u32> {
    dossier_model::month_of_word(name).map(u32::from)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

fn iso(year: i32, month: Option<u32>, day: Option<u32>) -> Option<String> {
    if !(1800..=2200).contains(&year) {
        return None;
    }
    match (month, day) {
        (None, _) => Some(format!("{year:04}")),
        (Some(m), _) if !(1..=12).contains(&m) => None,
        (Some(m), None) => Some(format!("{year:04}-{m:02}")),
        (Some(m), Some(d)) if d >= 1 && d <= days_in_month(year, m) => {
            Some(format!("{year:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

/// The earliest absolute date in `s`, normalised to ISO.
pub fn parse_date(s: &str) -> Option<DateHit> {
    let mut best: Option<DateHit> = None;
    for (shape, regex) in DATE_RES.iter() {
        for caps in regex.captures_iter(s) {
            let Some(whole) = caps.get(0) else { continue };
            if best
                .as_ref()
                .is_some_and(|b| b.range.start <= whole.start())
            {
                break;
            }
            let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
            let year = num("y").map(|y| y as i32).unwrap_or(0);
            let month = caps
                .name("mon")
                .and_then(|m| month_number(m.as_str()))
                .or_else(|| num("m"));
            let value = match shape {
                DateShape::Iso | DateShape::Dmy | DateShape::Mdy => iso(year, month, num("d")),
                DateShape::Pdf => iso(year, month, if month.is_some() { num("d") } else { None }),
                DateShape::MonthYear => iso(year, month, None),
                DateShape::Year => iso(year, None, None),
                DateShape::WeekdayNumeric => {
                    let (a, b) = (num("a").unwrap_or(0), num("b").unwrap_or(0));
                    let year = match caps.name("y").map_or(0, |m| m.as_str().len()) {
                        2 if year >= 50 => year + 1900,
                        2 => year + 2000,
                        _ => year,
                    };
                    let named = caps
                        .name("wd")
                        .map(|m| m.as_str().to_ascii_lowercase())
                        .and_then(|w| {
                            dossier_model::WEEKDAYS
                                .iter()
                                .position(|(name, short)| *name == w || short.contains(&w.as_str()))
                        });
                    // Day first, then month first: the one whose weekday is the one
                    // written, when only one is.
                    let fits: Vec<String> = [(b, a), (a, b)]
                        .iter()
                        .filter(|&&(m, d)| {
                            (1..=12).contains(&m)
                                && (1..=days_in_month(year, m)).contains(&d)
                                && named.is_some_and(|n| {
                                    dossier_model::weekday_of(dossier_model::PartialDate::day(
                                        year, m as u8, d as u8,
                                    ))
                                    .is_some_and(|w| usize::from(w) == n + 1)
                                })
                        })
                        .filter_map(|&(m, d)| iso(year, Some(m), Some(d)))
                        .collect();
                    match fits.as_slice() {
                        [one] => Some(one.clone()),
                        [x, y] if x == y => Some(x.clone()),
                        _ => None,
                    }
                }
                DateShape::Numeric => {
                    // Only unambiguous day/month orders.
                    let (a, b) = (num("a").unwrap_or(0), num("b").unwrap_or(0));
                    if a > 12 {
                        iso(year, Some(b), Some(a))
                    } else if b > 12 {
                        iso(year, Some(a), Some(b))
                    } else {
                        None
                    }
                }
            };
            if let Some(value) = value {
                // The range ends with the last date field (not a trailing "T").
                let end = ["y", "m", "d", "mon", "a", "b"]
                    .iter()
                    .filter_map(|n| caps.name(n))
                    .map(|m| m.end())
                    .max()
                    .unwrap_or(whole.end());
                best = Some(DateHit {
                    iso: value,
                    range: whole.start()..end,
                });
                break;
            }
        }
    }
    best
}

/// A month alone in a field's value as repositories write it ("2019-05", "2019/05": an
/// `eprints.date`, a `DC.date`), which [`parse_date`] leaves alone in running text.
pub(crate) fn parse_field_month(s: &str) -> Option<DateHit> {
    static MONTH_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s*(?P<y>(?:19|20)\d\d)[-/](?P<m>\d{1,2})\s*$"));
    let caps = MONTH_RE.captures(s)?;
    let year = caps["y"].parse().ok()?;
    let month = caps["m"].parse().ok()?;
    let m = caps.name("m")?;
    Some(DateHit {
        iso: iso(year, Some(month), None)?,
        range: caps.name("y")?.start()..m.end(),
    })
}

static DOTTED_DATE_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,2}\.\d{1,2}\.\d{4}$"));
/// A dotted day at the head of a value, before a time or a name ("07.11.2023 by A. Writer").
static DOTTED_HEAD_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d{1,2}\.\d{1,2}\.\d{4}(?:$|[\s,|·])"));
/// A series line with its number and month on a cover ("POLICY BRIEF No. 47 | OCTOBER
/// 2022", "Working Paper 12 - March 2021"), or the kind and month alone ("Research report
/// | March 2024", "Policy paper | October 2021"): metadata, never the title; its month is
/// the day of publication. A converter may escape the bar ("Research Report \| May
/// 2022" in markdown from a word processor).
static SERIES_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:policy|issue|research|briefing|discussion|working|occasional|background|analytical|country)\s+(?:brief|paper|note|report)s?(?:\s+series)?(?:\s*(?:(?:no\.?|number|n[°º]\.?|#)\s*)?\d{1,4}(?:[/.-]\d{1,4})?)?\s*\\?(?:[|·•,–—]|-)\s*(?P<v>[^|·•]{4,30}?)\s*$",
    )
});
/// A series line with its number alone on a cover ("Discussion Paper No. 12/2021",
/// "Working Paper 7"): metadata, never the title.
static SERIES_ALONE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:policy|issue|research|briefing|discussion|working|occasional|background|analytical)\s+(?:brief|paper|note|report)s?(?:\s+series)?\s*(?:(?:no\.?|number|n[°º]\.?|#)\s*)?\d{1,4}(?:[/.-]\d{1,4})?$",
    )
});
/// A periodical's line naming the body that puts it out: "Newsletter of the Example
/// Prisoners' Aid Society", "The quarterly bulletin of Example Watch": the publisher (the
/// line above it is the periodical's name, its title); the issue's cells after a bar are
/// not its name ("The newsletter of Example Network | Issue 12 | Autumn 2020"). "Journal of ...", "Magazine of
/// ..." and "Digest of ..." are most often a periodical's own name ("Journal of Human
/// Rights Practice"): read only after a word of frequency ("The quarterly journal of").
static PUBLICATION_OF_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:(?:the|an?)\s+)?(?:(?i:(?:quarterly|monthly|weekly|annual|bi-?monthly|occasional|e-?)\s*)?(?i:newsletter|bulletin)|(?i:(?:quarterly|monthly|weekly|annual|bi-?monthly|occasional|e-?)\s*)(?i:journal|magazine|digest))\s+(?i:of|from)\s+(?i:the\s+)?(?P<v>\p{Lu}[^.:;!?|·•]{3,80}?)\s*(?:[|·•].*)?$",
    )
});
/// A periodical's issue and season: "Issue 42 -- Spring 2011", "Vol. 3, No. 2, Winter
/// 2019": the year is the day of publication (a season tells no month).
static ISSUE_SEASON_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:vol(?:ume)?\.?\s*\d{1,3}\s*[,.]?\s*)?(?:issue|no\.?|number|#)\s*\d{1,4}\s*(?:[-–—,|·•]+)\s*(?:spring|summer|autumn|fall|winter)\s+(?P<v>(?:19|20)\d\d)$",
    )
});
/// A periodical's issue and month: "Issue 23 | October 2022", "No. 58 - November 2023".
static ISSUE_MONTH_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:vol(?:ume)?\.?\s*\d{1,3}\s*[,.]?\s*)?(?:issue|no\.?|number|#)\s*\d{1,4}\s*(?:[-–—,|·•]+)\s*(?P<v>MON\.?\s+(?:19|20)\d\d)$",
    )
});
/// An election observation mission's statement, named alone on its line under the
/// mission and the election ("PRELIMINARY STATEMENT", "STATEMENT OF PRELIMINARY FINDINGS
/// AND CONCLUSIONS"): the title, not the election's line above it.
static EOM_STATEMENT_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:preliminary\s+statement|statement\s+of\s+preliminary\s+findings(?:\s+and\s+conclusions)?)$",
    )
});
/// The day a court heard a case: "Argued and Submitted May 14, 2018", "Heard: ...".
static HEARING_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:argued|submitted|heard|date\s+of\s+hearing|hearing|reserved)\b"));
/// A time of day after a date on its line: " | 16:40", ", 09:15", " 16:40 CET".
static TRAILING_TIME_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\s*[|,]?\s+\d{1,2}:\d{2}(?:\s*[A-Z]{2,4})?$"));
/// A magazine's issue line: "From the June 2014 issue", "May 2009 Issue".
static ISSUE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:(?:from|in)\s+(?:the|our)\s+)?(?P<v>(?i:MON)\.?\s+\d{4})\s+(?i:issue|edition|number)$",
    )
});
static PLACE_MONTH_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},\s+(?P<v>(?i:MON)\.?\s+\d{4})$")
});
/// A place and a numeric date alone on a line, as European institutions head their news
/// items: "Strasbourg 14/03/2023", "Brussels, 02.02.2023".
static PLACE_NUMERIC_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2},?\s+(?P<v>(?P<a>\d{1,2})(?P<s>[./])(?P<b>\d{1,2})[./]\d{4})$",
    )
});
static NUMERIC_HEAD_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?P<a>\d{1,2})[./-](?P<b>\d{1,2})[./-](?P<y>\d{4})\b"));

/// A numeric date read day first ("12/07/2019" is 12 July 2019), as courts outside the
/// United States write them; only at the head of `s`.
/// The day of a line "Place dd/mm/yyyy" or "Place dd.mm.yyyy" ([`PLACE_NUMERIC_RE`]): dots
/// are read day first, slashes only when the reading is the same either way or the first
/// number cannot be a month ("14/03/2023"); "03/04/2023" is left unread.
fn place_numeric_day(text: &str) -> Option<DateHit> {
    let caps = PLACE_NUMERIC_RE.captures(text)?;
    let v = caps.name("v")?;
    let num = |n: &str| caps.name(n)?.as_str().parse::<u32>().ok();
    let (a, b) = (num("a")?, num("b")?);
    if caps.name("s")?.as_str() == "/" && a <= 12 && a != b {
        return None;
    }
    let hit = day_first(v.as_str())?;
    Some(DateHit {
        iso: hit.iso,
        range: v.start() + hit.range.start..v.start() + hit.range.end,
    })
}

pub(super) fn day_first(s: &str) -> Option<DateHit> {
    let caps = NUMERIC_HEAD_RE.captures(s)?;
    let num = |n: &str| caps.name(n)?.as_str().parse::<u32>().ok();
    let value = iso(num("y")? as i32, Some(num("b")?), Some(num("a")?))?;
    let start = caps.name("a")?.start();
    Some(DateHit {
        iso: value,
        range: start..caps.name("y")?.end(),
    })
}

/// Whether `s` states a date relative to an unknown "now" ("one year ago").
pub fn is_relative(s: &str) -> bool {
    RELATIVE_RE.is_match(s)
}

static PERIOD_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:the\s+)?events\s+)?(?:(?:from|in|during|for|of|between)\s+)?(?:(?:the\s+)?calendar\s+year\s+|the\s+(?:period|year)\s+(?:from\s+|between\s+)?)?(?:(?P<d5>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|until|and)\s*(?P<d6>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m8>MON)\.?,?\s+(?P<y8>\d{4})|(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m4>MON)\.?,?\s*(?P<y4>\d{4})?\s*(?:-|–|—|to|until|through|till|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m5>MON)\.?,?\s+(?P<y5>\d{4})|(?P<m6>MON)\.?\s+(?P<d3>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y6>\d{4}))?\s*,?\s*(?:-|–|—|to|until|through|till|and)\s*(?P<m7>MON)\.?\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y7>\d{4})|(?P<m1>MON)\.?\s*(?P<y1>\d{4})?\s*(?:-|–|—|to|until|through|till|and)\s*(?P<m2>MON)\.?,?\s+(?P<y2>\d{4})|(?P<ya>\d{4})\s*(?:-|–|—|to|until|through)\s*(?P<yb>\d{4})|(?:(?P<m3>MON)\.?\s+)?(?P<y3>\d{4}))\b",
    )
});

/// Whether `text` is a period of a year or so and nothing else ("1 July 2020 - 30
/// June 2021", "March 2019 to February 2020", "2002"): a report's period, never a
/// dateline's day before its story. A longer span ("4 Jun 2013 - 19 Jan 2021", an
/// archive's captures) is left to the day's rules.
fn span_alone(text: &str) -> bool {
    let year = |d: &str| d.get(..4).and_then(|y| y.parse::<i32>().ok());
    parse_period(text).is_some_and(|(p, len)| {
        len == text.len()
            && p.start != p.end
            && matches!((year(&p.start), year(&p.end)), (Some(a), Some(b)) if b - a <= 1)
    })
}

/// Parse a period such as "January - December 2003", "March 2019 to February 2020" or
/// "2002" into inclusive ISO day bounds; returns the matched length too.
pub fn parse_period(s: &str) -> Option<(Period, usize)> {
    let caps = PERIOD_RE.captures(s)?;
    let len = caps.get(0)?.end();
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
    let mon = |name: &str| caps.name(name).and_then(|m| month_number(m.as_str()));
    let first_day = |y: i32, m: u32| iso(y, Some(m), Some(1));
    let last_day = |y: i32, m: u32| iso(y, Some(m), Some(days_in_month(y, m)));
    // "1 January to 31 December 2019", "16 August 2018 to 15 August 2019", "January 1 to
    // December 31, 2019": bounds to the day (the first year, when unwritten, is the
    // second's, or the one before when the months run over the new year).
    let days = [
        ("d1", "m4", "y4", "d2", "m5", "y5"),
        ("d3", "m6", "y6", "d4", "m7", "y7"),
    ]
    .iter()
    .find_map(|&(d1, m1, y1, d2, m2, y2)| {
        let (d1, m1, d2, m2, y2) = (num(d1)?, mon(m1)?, num(d2)?, mon(m2)?, num(y2)?);
        let y1 = num(y1).unwrap_or(if (m1, d1) > (m2, d2) { y2 - 1 } else { y2 });
        let start = iso(y1, Some(m1), u32::try_from(d1).ok())?;
        let end = iso(y2, Some(m2), u32::try_from(d2).ok())?;
        (start.len() == 10 && end.len() == 10 && start <= end).then_some((start, end))
    });
    // "5 to 11 September 2024": two days of one month.
    let days = days.or_else(|| {
        let (d1, d2, m, y) = (num("d5")?, num("d6")?, mon("m8")?, num("y8")?);
        let start = iso(y, Some(m), u32::try_from(d1).ok())?;
        let end = iso(y, Some(m), u32::try_from(d2).ok())?;
        (start.len() == 10 && end.len() == 10 && start < end).then_some((start, end))
    });
    let (start, end) = if let Some(bounds) = days {
        bounds
    } else if caps.name("d1").is_some() || caps.name("d3").is_some() || caps.name("d5").is_some() {
        return None;
    } else if let (Some(m1), Some(m2), Some(y2)) = (mon("m1"), mon("m2"), num("y2")) {
        let y1 = num("y1").unwrap_or(if m1 > m2 { y2 - 1 } else { y2 });
        (first_day(y1, m1)?, last_day(y2, m2)?)
    } else if let (Some(ya), Some(yb)) = (num("ya"), num("yb")) {
        if yb < ya {
            return None;
        }
        (first_day(ya, 1)?, last_day(yb, 12)?)
    } else {
        let y = num("y3")?;
        match mon("m3") {
            Some(m) => (first_day(y, m)?, last_day(y, m)?),
            None => (first_day(y, 1)?, last_day(y, 12)?),
        }
    };
    Some((Period { start, end }, len))
}

/// A title's span of years or of months at its end or before its subtitle ("Deaths in
/// Detention in Tarsen, 2017-2022: A Dataset", "Defamation Cases against Journalists
/// (2019–2022)", "Protection Monitoring Report, January - March 2022"): the period the
/// document covers, when nothing else says.
pub fn title_years(title: &Found<String>) -> Option<Found<Period>> {
    static TITLE_YEARS_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:,|\(|\s(?i:in|from|between))\s*(?:(?P<v>(?:19|20)\d\d\s*(?:-|–|—|to|and)\s*(?:19|20)\d\d)|(?P<m>(?i:MON)\.?(?:\s+(?:19|20)\d\d)?\s*(?:-|–|—|to)\s*(?i:MON)\.?\s+(?:19|20)\d\d))\s*(?:\)|:|\s[-–—|]\s|$)",
        )
    });
    let caps = TITLE_YEARS_RE.captures(&title.value)?;
    if let Some(months) = caps.name("m") {
        let (period, _) = parse_period(months.as_str())?;
        return (period.start < period.end).then(|| Found::new(period, Loc::None, "title_years"));
    }
    let v = caps.name("v")?;
    let (period, _) = parse_period(v.as_str())?;
    let years = |d: &str| d.get(..4).and_then(|y| y.parse::<i32>().ok());
    let span = years(&period.end)? - years(&period.start)?;
    (1..=40)
        .contains(&span)
        .then(|| Found::new(period, Loc::None, "title_years"))
}

/// The update noted after a page's day and time: " Updated January 26, 2024", " · Updated 2h ago".
static UPDATED_TAIL_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\s*[·•|]?\s*(?:\blast\s+)?\bupdated\b.*$"));
static LAST_UPDATED_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:last[\s\-]+(?:updated|modified|reviewed)(?:\s+on)?|(?:information\s+|data\s+)?current\s+as\s+of|updated(?:\s+on)?)\s*:?\s*(?P<v>.+)$",
    )
});
/// A label alone on its line, its value on the next line with words ("PUBLISHED:" over
/// "04:13 EST, 11 March 2013", "Publisher:" over the name), as pages turned into text
/// often have them.
static LABEL_ALONE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?P<l>publication\s+date|date\s+published|date\s+of\s+publication|date\s+of\s+report|issued\s+by|published(?:\s+on)?|posted(?:\s+on)?|release\s+date|date|last[\s\-]+updated|updated(?:\s+on)?|publisher|(?P<f>from\s*:)|judge?ment\s+(?:given|delivered|handed\s+down)(?:\s+on)?|date\s+of\s+(?:judge?ment|decision|delivery|ruling|pronouncement)|(?P<h>date\s+of\s+hearing|hearing\s+date|heard(?:\s+on)?|argued(?:\s+on)?|reserved(?:\s+on)?))\s*:?$",
    )
});
/// A document-type masthead that names its issuer: "AMNESTY INTERNATIONAL PUBLIC
/// STATEMENT", "Example Watch press release", "AMNESTY INTERNATIONAL GLOBAL REPORT".
static MASTHEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<v>\p{Lu}[\p{L}&.'’ -]{2,60}?)\s*[-–:|]?\s+(?i:public\s+statement|press\s+release|news\s+release|media\s+release|press\s+statement|media\s+advisory|urgent\s+action|(?:global|annual)\s+report)$",
    )
});
/// "News Release Issued by the International Secretariat of Amnesty International",
/// "Published by Example Watch", "Prepared by the **Example Clinic**" (in markdown's
/// bold), "*Prepared by the Example Lab · 21 August 2023*" (a notebook's italic line, the
/// day in a cell after the name): the issuer, past the office that speaks for it.
static ISSUED_BY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\*\*?|__?)?(?i:(?:(?:(?:news|press|media)\s+(?:release|statement)|(?:(?:oral|written|joint)\s+)?statement)\s+)?(?:issued|published(?:\s+(?:every\s+(?:WEEKDAY|day|week|month)|daily|weekly|fortnightly|monthly|quarterly))?|released|prepared|compiled|submitted|written|delivered|an?\s+(?:briefing(?:\s+paper)?|report|paper|submission|publication|study)(?:\s+produced)?)\s+by\s*:?\s+(?:authority\s+of\s+(?:the\s+)?)?(?:the\s+)?(?:(?:(?:international|press|media|news|public\s+information)\s+(?:secretariat|office|department|division|section|bureau|unit)|secretariat|department|division|section|bureau|unit)\s+of\s+(?:the\s+)?)?)(?:\*\*|__)?(?P<v>\p{Lu}[^,;:\n·|•*]{2,80}?)(?:\*\*|__)?(?:\s*[·|•]\s*[^\n]{0,40}?\d{4}[^\n]{0,10}?)?\s*\.?$",
    )
});
/// A publication's meta row that opens with its day, no weekday: "17 May 2022 · Region ·
/// Topics" (a top bar's "Tuesday, 19 March 2024 | Login" is today's date: no weekday
/// and no site control, [`site_bar_cells`]), or the day beside an episode's or a post's
/// length ("March 2nd, 2023 | 41 mins 5 secs", "12 May 2022 · 6 min read").
static DATE_CELLS_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<v>\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*[|·•]\s*(?:\p{Lu}\S*(?:\s+\p{Lu}\S*)*\s*[|·•]\s*\S|\d{1,3}\s*(?i:min(?:ute)?s?|hrs?|hours?)\b|\d{1,4}\s+\p{Ll}+\s*[|·•]\s*\d{1,3}\s*(?i:min(?:ute)?s?)\s+(?i:read)\b)",
    )
});
/// A header row of labelled cells apart by wide gaps, one of them the day: "BULLETIN:
/// 0700 EAT     DATE: Thursday 7 November 2024" (a newsroom's script, a form's header).
static DATE_CELL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\p{Lu}[\p{L} ]{1,24}:\s*\S.*?(?:\s{3,}|\t+|\s+\|\s+)(?i:date)\s*:\s*(?P<v>\S.*?)\s*(?:\s{3,}|\t|\s\|\s|$)",
    )
});
/// A form's row of an incident's cells ("VICTIM: J. Doe     DATE: 3 May 2019
/// LOCATION: ..."): its date is the incident's, not the document's.
static INCIDENT_CELL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:victim|incident|location|place|arrest(?:ed)?|detained|hearing|offen[cs]e|case|accused|defendant|born|birth)\s*:",
    )
});
/// Whether a row of cells holds a site's controls ("19 March 2024 | Login | Register"):
/// a top bar's date is today's, not the publication's.
fn site_bar_cells(row: &str) -> bool {
    row.split(['|', '·', '•'])
        .map(|c| c.trim().to_lowercase())
        .any(|c| SITE_CONTROLS.contains(&c))
}
/// A story that opens with its date and no place: "November 19, 2009: Russia's court ...".
static DATE_LEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:WEEKDAY,?\s+)?(?P<v>\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*(?:--|—|–|-|:)\s*\S",
    )
});
/// "Publisher: X"; a front matter's "organization: X" / "organisation: X" (the key with
/// its colon, so no sentence that opens with the word reads as one), or TOML's
/// 'organisation = "X"' (`+++` front matter: the value quoted).
/// A front matter's quoted value ('title: "..."', "organization: '...'"): the span inside
/// the quotes; any other value as it is.
fn unquote(source: &str, r: Range<usize>) -> Range<usize> {
    let q = source[r.clone()].trim_end();
    if q.len() >= 2
        && ((q.starts_with('"') && q.ends_with('"')) || (q.starts_with('\'') && q.ends_with('\'')))
    {
        r.start + 1..r.start + q.len() - 1
    } else {
        r
    }
}

/// A report's kind and the body it is addressed to, as a cover's subtitle gives them:
/// "Alternative report to the Committee ...", "Joint submission to the Human Rights
/// Council's Universal Periodic Review", "Shadow report for the ...".
static SUBMITTED_TO_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:an?\s+)?(?:(?:joint|alternative|shadow|parallel|civil\s+society|stakeholder|ngo|written)\s+)+(?:report|submission|information)\s+(?:to|for|submitted\s+to)\s+the\s+\p{Lu}",
    )
});
/// "... · Originally published March 3, 2017" after an "Updated" stamp on its line.
static ORIGINALLY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:originally|first)\s+(?:published|posted)(?:\s+on)?\s*:?\s*(?P<v>\S.*)$")
});
static PUBLISHER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:publisher\s*[:|]?|organi[sz]ation\s*:|(?P<by>submitted\s+by\s*:|maintained\s+by(?:\s+the)?\s*:?|author\s*:)|(?:publisher|organi[sz]ation)\s*(?P<eq>=))\s+(?P<v>.+)$",
    )
});
/// A clipping's or a note's header block: "Source: The Harbour Gazette" (the
/// publisher), "Title: ..." (the title), above the first line of content.
static SOURCE_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?i:source)\s*:\s*(?P<v>\p{Lu}[^|\n]{1,100}?)\s*(?:\|\s*(?P<rest>[^\n]*))?$")
});
/// A mail's subject under its "From:" line, past a list's tag and reply marks.
static SUBJECT_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^Subject\s*:\s*(?:\[[^\]]{1,40}\]\s*)?(?:(?i:re|fwd?|fw)\s*:\s*)*(?P<v>\S.{1,200})$")
});
static TITLE_LINE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:title)\s*(?::|(?P<eq>=))\s*(?P<v>\S.{1,200})$"));

/// "Published in Rights Review · 6 min read · Jan 14, 2022" (the value after
/// "Published"): a publication's line whose day is a later cell alone, with its offset.
fn published_in_cell(v: &str) -> Option<(usize, DateHit)> {
    if !v.starts_with("in ") {
        return None;
    }
    let mut at = 0;
    for (i, cell) in v.split(['·', '|', '•']).enumerate() {
        let lead = cell.len() - cell.trim_start().len();
        let c = cell.trim();
        if i > 0 {
            if let Some(hit) = parse_date(c).filter(|h| is_date_only(c, h)) {
                return Some((at + lead, hit));
            }
        }
        at += cell.len() + cell_sep_len(&v[at + cell.len()..]);
    }
    None
}

fn cell_sep_len(rest: &str) -> usize {
    rest.chars().next().map_or(0, char::len_utf8)
}

/// A TOML key's value ('title = "X"') is read only when quoted: "Title = the name" is
/// no front matter.
fn quoted_if_toml(caps: &regex::Captures<'_>) -> bool {
    caps.name("eq").is_none()
        || caps
            .name("v")
            .is_some_and(|v| v.as_str().starts_with(['"', '\'']))
}
static PUBLISHED_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:originally\s+(?:published|posted)(?:\s+on)?|publication\s+date|date\s+of\s+publication|date\s+published|published(?:\s+on)?|posted(?:\s+on)?|release\s+date|released(?:\s+on|\s*:)|date\s+of\s+issue|issue\s+date|sent\s+on|issued\s+(?:in|at)\s+[\p{L}'’ .-]{2,40}?\s+on|issued(?:\s+on)?|decided(?:\s+on)?|delivered(?:\s+on)?|(?:volume\s+\d+\s*:\s*)?debated\s+on|answered\s+on|(?:first\s+)?(?:aired|broadcast)(?:\s+on)?|this\s+version|date\s+of\s+report|(?:version|v)\s*\d+(?:\.\d+)*\s*[-–—,]\s*released(?:\s+on)?|v\d+(?:\.\d+)+,|date\s+of\s+submission|date\s+of\s+(?:the\s+)?meeting|held\s+on(?:\s*:)?|date\s+submitted|submitted\s+on|date\s+of\s+(?:judgment|judgement|decision|order)|consultation\s+opens|created\s+by\s+[^,\n]{2,60},\s+last\s+modified\s+by\s+[^,\n]{2,60}?\s+on|created(?:\s+on|\s*:)?|last\s+edited(?:\s+time|\s+on)?|judge?ment\s+(?:(?:given|delivered|handed\s+down)\s+)?(?:on|dated|of)|(?:judge?ment\s+)?pronounced(?:\s+on)?|for\s+immediate\s+release|(?:press|news|media)\s+release\s+[—–-]|date)\s*(?::|\s[—–-])?\s+(?P<v>.+)$",
    )
});
/// "By A. Writer | July 9, 2004 | Page 2", "By Jane Doe, 5 March 2010", and a source's
/// name with the date and no "By": "Example Radio News | 3 May 2021", perhaps with the
/// section between: "Human Rights Watch | Dispatches | April 26, 2023".
static BYLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?i:(?:written\s+|posted\s+)?by)\s+(?:[^|\n]{2,80}?(?:\s*[|,·•]|\s+[—–]|\s+--?\s)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+on\s)|[A-Z][^|·•\n]{1,60}?\s*[|·•](?:\s*[A-Z][^|·•\n\d]{1,40}?\s*[|·•])?)\s*(?P<v>(?:[A-Za-z]+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})\b",
    )
});
/// A line that names its writer or owner and then, in the same line, the day it was
/// "Published" (a byline's "By A. Writer Published 3 June 2021 · Updated 9 June 2021", a
/// document host's "Example Centre Published on Mar 14, 2023"): the labelled day, not the
/// update after it.
static PUBLISHED_AFTER_NAME_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<who>[^|·•\n]{2,80}?)\s+(?:Published|Posted|First\s+published)(?:\s+on)?\s*:?\s+(?P<v>(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})\b",
    )
});
/// The body that owns a document on a host's page, named before "Published on DAY"
/// ("Example Legal Aid Centre Published on Mar 14, 2023"); a writer ("By A. Writer") never.
fn owner_cell<'a>(caps: &regex::Captures<'a>) -> Option<(usize, &'a str)> {
    let who = caps.name("who")?;
    names_a_body(who.as_str()).then(|| (who.start(), who.as_str()))
}
/// A row of an infobox or a fact table, "| First execution (post-independence) | 9 August
/// 1963 |" (`raw`, a table's row, its bars kept): cells whose first is a label in
/// lower-case words, no source's or writer's name ("Human Rights Watch | Dispatches |
/// April 26, 2023", "Print edition | Thursday, March 14, 2024" are no table's rows).
fn label_cells(raw: &str, text: &str) -> bool {
    if !raw.trim_start().starts_with('|') {
        return false;
    }
    let head = text.trim_start_matches(['|', ' ']);
    if ["by ", "written ", "posted "].iter().any(|p| {
        head.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    }) {
        return false;
    }
    let Some(cell) = head.split(['|', '·', '•']).next() else {
        return false;
    };
    cell.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 4 && w.chars().next().is_some_and(char::is_lowercase))
        .any(|w| !["from", "with", "into", "upon", "over"].contains(&w))
}

/// A byline with the day first: "Friday, 21 August 2020 | By Grace Mumba".
static BYLINE_DAY_FIRST_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:WEEKDAY,?\s+)?(?P<v>(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})\s*[|·•]\s*(?i:by)\s+\S",
    )
});
/// The source's cell that opens a line of cells with the day ("Human Rights Watch |
/// Dispatches | April 26, 2023"): a body's name, never a writer's ("Jane Doe | ...").
fn source_cell(text: &str) -> Option<(usize, &str)> {
    if text.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by ")) {
        return None;
    }
    let cell = text.split(['|', '·', '•']).next()?.trim_end();
    (cell.len() < text.len() && names_a_body(cell)).then_some((0, cell))
}

/// A news dateline: "Dhaka, 1 September 2005 (Agency) -- ...", "GENEVA, March 3, 2010 -",
/// "Veldhaven, 2nd February 2021" (the day with its ordinal),
/// a UN press release's "GENEVA (14 March 2025) - ...", or on a line of its own with the
/// weekday: "RURITON, Friday 15 December 2023". See [`dateline_place`]: "Last execution
/// 22 July 2005" in an infobox is no dateline.
static DATELINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[A-Z][\p{L} .'’-]{1,40}(?:,\s*[A-Z][\p{L} .'’-]{1,30})?,?\s+(?P<open>\()?(?:WEEKDAY,?\s+)?(?P<v>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:\s*\))?\s*(?:\([^)]{1,40}\))?\s*(?:--|—|–|-|:|$|\.\s+[A-Z])",
    )
});
/// A paper's credit line on an aggregator's page: "The Daily Monitor (Kampala) - 3 May
/// 2012", the paper, its city in brackets, the day.
static PAPER_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<p>\p{Lu}[\p{L}&.'’ -]{2,60}?)\s*\(\p{Lu}[\p{L} .'’-]{1,30}\)\s*[-–—|,]\s*(?:WEEKDAY,?\s+)?(?P<v>\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*$",
    )
});

/// A paper's name with its city on a line of its own, over the day ("The Westland
/// Observer (Port Royal)" / "14 June 2005"), as an aggregator credits a story.
static PAPER_ALONE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<p>\p{Lu}[\p{L}&.'’ -]{2,60}?)\s*\(\p{Lu}[\p{L} .'’-]{1,30}\)$"));

/// The paper's cell of a byline in cells ("The Harare Chronicle | 12 June 2018 | By T.
/// Moyo"): a name of capitalised words, no date, beside a cell that opens with "By" (so
/// that the name is no writer's). Returns its offset in `text` and the name.
fn paper_cell(text: &str) -> Option<(usize, &str)> {
    let cells: Vec<(usize, &str)> = text
        .split(['|', '·', '•'])
        .map(|c| (offset_in(text, c), c))
        .collect();
    if !(3..=4).contains(&cells.len()) {
        return None;
    }
    let byline = cells.iter().any(|(_, c)| {
        c.trim()
            .get(..3)
            .is_some_and(|b| b.eq_ignore_ascii_case("by "))
    });
    let (at, cell) = cells[0];
    let name = cell
        .trim()
        .trim_matches(|c: char| matches!(c, '*' | '_'))
        .trim();
    if !byline
        || name.len() < 3
        || name.split_whitespace().count() > 6
        || parse_date(name).is_some()
        || !all_capitalised(name)
        || name.get(..3).is_some_and(|b| b.eq_ignore_ascii_case("by "))
    {
        return None;
    }
    Some((at + offset_in(cell, name), name))
}

/// Whether the words before a dateline's date name a place: capitalised words ("Port
/// of Spain", "GENEVA (") or a masthead's line that ends with the weekday ("Sri Lanka's
/// leading evening newspaper Thursday,"), not a label ("Last execution").
fn dateline_place(before: &str) -> bool {
    const LINKS: &[&str] = &[
        "of", "de", "del", "la", "le", "el", "du", "da", "upon", "sur", "al", "es",
    ];
    // An infobox row's label is no place: "Born          2 May 1961" (a release's
    // "Released 4 April 2012" is its day of publication).
    const LIFE_LABELS: &[&str] = &[
        "born",
        "died",
        "executed",
        "buried",
        "baptised",
        "baptized",
        "arrested",
        "sentenced",
        "convicted",
    ];
    let words: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(')
        .filter(|w| !w.is_empty())
        .collect();
    if words
        .first()
        .is_some_and(|w| LIFE_LABELS.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    // "Republic of Ostland - General Elections, 2 May 2021": the day of a vote, no place.
    if words.last().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "election" | "elections" | "referendum" | "by-election" | "by-elections"
        )
    }) {
        return false;
    }
    words.last().is_some_and(|w| {
        let w = w.to_lowercase();
        dossier_model::WEEKDAYS.iter().any(|(name, _)| *name == w)
    }) || words
        .iter()
        .all(|w| LINKS.contains(w) || !w.starts_with(|c: char| c.is_lowercase()))
}

/// A reference line that ends with the day of issue: "AI Index: ASA 13/003/2013
/// 22 February 2013", "Ref: HR/45/2010, 3 May 2010", "Ref: MOJ/PR/045/2019 Date: 17th
/// October 2019", "Ref. No.: MJCA/PR/2017/044        Date: 14 July 2017".
static INDEX_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:ai\s+)?(?:index|ref(?:erence)?\.?|our\s+ref)(?:\s+(?:no\.?|number))?\s*:\s*[A-Z0-9][^\n]{0,40}?[\s,]+(?:date\s*:\s*)?(?P<v>\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*$",
    )
});
/// An urgent action's reference line with its date further on: "UA: 45/19 Index: MDE
/// 13/0123/2019 Iran Date: 5 April 2019".
static INDEX_DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bindex\s*:\s*[A-Z]{2,5}\s*\d{1,3}/\d{2,5}/\d{4}\b.{0,60}?\bdate\s*:\s*(?P<v>.+)$")
});
/// Wire copy's desk lines above the story: the slug ("AP-Kestria-Prisons,0398",
/// "BC-Flood-Deaths, 1st Ld-Writethru") and the note to editors ("Eds: EMBARGOED until
/// ..."): metadata, never the headline.
static SLUG_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+){2,},\s*(?:\d{3,4}|\d(?:st|nd|rd|th)\s+(?:Ld|Add)\b.*)|Eds?:\s+\S.*)$",
    )
});
/// A service's instrument named by its kind and number between rules over its title
/// ("PRISON SERVICE INSTRUCTION   PSI 14/2022", "Practice Direction PD 3/2020",
/// "CIRCULAR No. 12/2021"): the series and number, never the title.
static INSTRUMENT_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[\p{L}]+\s+){0,3}(?:instruction|circular|directive|direction|order|notice|bulletin)\s+(?:(?:no\.?|number|n[°º]\.?)\s*)?(?:[A-Z]{2,6}\s*)?\d{1,4}/\d{2,4}$",
    )
});
static DOC_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:doc(?:ument)?\.?\s*(?:no\.?|number|n[°º]\.?)?|document\s+symbol|symbol|report\s+(?:no\.?|number|n[°º]\.?))\s*:?\s*(?P<v>[A-Z0-9][A-Z0-9/.\-()]*\d[A-Z0-9/.\-()]*)$",
    )
});
static UN_SYMBOL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<v>(?:A|S|E|CCPR|CAT|CERD|CEDAW|CRC|CRPD|CMW|CED|HRI|ST|TD|UNEP|DP)(?:/[A-Za-z0-9.()\-]+){2,})$",
    )
});
/// "Covering ...", "covers the period ...", "Reporting period: ..."; and a span to the day
/// after what a report covers: "The review covers death sentences recorded between 1
/// January and 31 December 2018", or to the month: "This report covers events between
/// April 2020 and March 2021".
static PERIOD_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)(?:\bcovering\s+|\bcovers\s+(?:the\s+period\s+)|\breference\s+period\s+(?:(?:for|of)\s+(?:this|the)\s+\w+\s+)?(?:is|was|covers|runs)\s+(?:from\s+)?|^(?:reporting[\s_]+period|reference[\s_]+period|period[\s_]+covered|period)\s*:?\s*["'“]?)(?P<v>.+)$|^(?P<x>events\s+of\s+\d{4})\.?$|\breport\b[^()]{0,80}\(\s*(?P<y>[^()]{6,60}?(?:-|–|—|\bto\b)[^()]{3,40}?)\s*\)\s*$|\bcover(?:s|ed)?\s+[^.;:]{1,80}?\s(?P<w>(?:(?:between|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+MON\b|MON\.?\s+\d{1,2}\b|MON\.?\s+\d{4}\s+(?:and|to|until|through|-|–|—)\s+MON\b)|between\s+MON\.?\s+and\s+MON\.?,?\s+\d{4}\b|during\s+(?:the\s+)?calendar\s+year\s+\d{4}\b).+)$|^(?:temporal\s+|time\s+)?coverage\s*:[^()]{0,160}?(?:^|[\s,;])(?P<c>\d{1,2}\s+MON\s+\d{4}\s*(?:-|–|—|to|until|through)\s*\d{1,2}\s+MON\s+\d{4}|MON\s+\d{1,2},?\s+\d{4}\s*(?:-|–|—|to|until|through)\s*MON\s+\d{1,2},?\s+\d{4}|(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:19|20)\d\d)\b"#,
    )
});
/// A wiki's heading between runs of "=", or an AsciiDoc document's title after one "="
/// and a space ("= Digital Rights in Tessel: Annual Review 2021"), a word of letters
/// first (never "= 1,234 executions"); the caller takes the latter only on the first line
/// with words.
static WIKI_HEADING_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:=+\s*(?P<t>[^=\s][^=]*?)\s*=+|=\s+(?P<u>\p{L}[^=]*?))\s*$"));
static ATX_HEADING_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^ {0,3}#{1,2}\s+(?P<t>.+?)(?:\s+#+)?(?:\s*\{[#.][^}]*\})?\s*$"));
/// A section's number before its heading ("1 Summary", "2.3 Findings", "4. Method"): a
/// converted document's section, never the document's title.
static SECTION_NUMBER_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}"));
/// A UN special procedure's mandate named alone: "Special Rapporteur on the right to
/// food", "United Nations Working Group on Arbitrary Detention".
static MANDATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:the\s+)?(?:united\s+nations|un)\s+)?(?:special\s+rapporteur|independent\s+expert|working\s+group|special\s+representative)\s+(?:on|of|for)\s+[^.:;!?]{3,150}$",
    )
});
/// A chapter's number before its heading: one number and a full stop ("4. Bail").
static CHAPTER_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,2}\.\s+\p{Lu}"));
static SETEXT_RULE_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^ {0,3}=+\s*$"));
static BOLD_LINE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:\*\*|__)(?P<t>[^*_].*?)(?:\*\*|__)\s*$"));

/// A release's contact label alone on its line: "Media contact:", "PRESS CONTACTS".
static CONTACT_LABEL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:media|press|news)\s+(?:contacts?|enquiries|inquiries)\s*:?|(?:contacts?|enquiries|inquiries)\s+for\s+(?:the\s+)?(?:media|press)\s*:?|contacts?\s*:)$",
    )
});

/// A picture's placeholder left by a conversion to text: "[Logo: Example Coalition]",
/// "[Image: a crowd outside the court]", "[photo]"; a logo's name in `logo`.
static PICTURE_PLACEHOLDER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\[\s*(?:(?i:logo)\s*(?:[:\-\u{2013}]\s*(?P<logo>[^\[\]]{2,120}?))?|(?i:image|img|picture|photo(?:graph)?|graphic|figure|illustration|banner|chart|map|icon)\b[^\[\]]{0,200}?)\s*\]$",
    )
});

/// Lines at the top of a page that are never its title, though short and alone: site
/// welcomes ("Welcome to Example"), page furniture of viewers and print layouts ("page 3
/// of 19" in the common European languages, "Sie sind auf Seite 1 von 19", "... after
/// page 7"), live-status banners ("In progress at ..."), reader controls ("Text size")
/// and photo captions ("A prison, where ... is located", "... (pictured)", "Photo: ...").
/// The search for a first-line title goes on past them.
static NOT_TITLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^(?:",
        // Site welcome: "Welcome to Example", "Welcome to the Example site!"
        r"welcome\s+to\s+(?:the\s+)?[^\s:;,]+(?:\s+[^\s:;,]+){0,2}\s*[!.]?",
        // Page furniture: "page 3 of 19", "Seite 1 von 19", "page 1 sur 4", "pagina 2 di 9",
        // "página 1 de 5", "strona 1 z 8", "sida 1 av 3", "side 1 af 2", "sivu 1 / 4".
        r"|(?:[^\d]{0,40}?\s)?(?:page|pages|seite|pagina|página|pág\.?|strona|stránka|sida|side|sivu|oldal|blz\.?|p\.)\s*\d+\s*(?:of|von|aus|sur|de|di|van|z|ze|av|af|/|-)\s*\d+\s*\.?",
        // A print's page number alone ("Page 1") and a news database's count of the
        // documents it printed ("13 of 41 DOCUMENTS").
        r"|page\s+\d{1,4}|\d{1,5}\s+of\s+\d{1,6}\s+documents?",
        // A pointer to another page: "Explanatory Memorandum after page 7", "continued on page 4".
        r"|.{0,60}?\b(?:after|before|facing|see|continued\s+on|from)\s+pages?\s+\d+\s*\.?",
        // Live-status banners.
        r"|(?:in\s+progress|live\s+now|now\s+playing|happening\s+now|coming\s+up)\s+(?:at|on|in)\s+\S.{0,40}",
        // Reader controls.
        r"|(?:text|font)\s+size|line\s+(?:height|spacing)|(?:high\s+)?contrast|(?:increase|decrease|reset)\s+(?:text|font)(?:\s+size)?",
        // Photo captions.
        r"|(?:photo(?:graph)?|picture|image|pictured|file\s+photo|above|top|left|right)\s*:.*",
        r"|.{1,150}\((?:pictured|above|left|right|centre|center|below|top|file\s+photo|photo)\b[^)]{0,40}\).*",
        r"|[^,.;:!?]{2,60},\s+(?:where|in\s+which|at\s+which)\s+[^.;:!?]{1,120}\s(?:is|are|was|were|has\s+been|have\s+been)\s+(?:located|held|housed|based|kept|situated|carried\s+out|pictured|seen|shown)\b.*",
        // Viewer controls, skip links, tracking residue.
        r"|print(?:er[\s-]*friendly)?(?:\s+(?:view|version|this\s+page|page))?|(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)|fbpx",
        // A caption that ends with its photo credit ("... in Dhaka. Photo: AFP",
        // "... (Reuters/A. Name)", "Photo by A. Name").
        r"|(?:photo(?:graph)?|image|picture)s?\s+(?:by|credit)\b.*",
        r"|.{1,200}?[\s(](?:photo(?:graph)?|image|picture)s?\s*(?:by|credit|:)\s*[^.]{1,80}",
        r"|.{1,200}?\b(?:getty\s+images|afp\s+photo|ap\s+photo|reuters/\S+|epa(?:-efe)?/\S+)\b.{0,40}",
        // A translation's notice over the document ("Unofficial translation"), a chapter's
        // number alone over its title ("Chapter 7").
        r"|(?:unofficial|provisional|official|informal)\s+translation(?:\s+from\s+\S.{0,40})?",
        r"|chapter\s+(?:\d{1,3}|[ivxlc]{1,6})\s*\.?",
        // An act's kind alone over its title ("ORDER" over "On approval of ...").
        r"|order|decree|ordinance|directive",
        // A converted document's picture ("![](media/image1.png){width=...}").
        r"|!\[[^\]]*\]\([^)]*\)(?:\{[^}]*\})?",
        // Mastheads' taglines and release notices.
        r"|(?:a|an)\s+(?:project|service|publication|initiative|programme|program|website)\s+(?:of|from|by)\s+\S.{0,60}",
        r"|(?:for\s+immediate\s+release|(?:press|news|media)\s+(?:release|statement|advisory|briefing|note))(?:\s+(?:no\.?|number|n[°º]\.?)\s*[A-Za-z0-9/.\-]+)?\s*:?",
        // Contact lines of a release: "Contact: Press Office, 555-0100", "Tel: ...".
        r"|(?:(?:media|press)\s+)?(?:contacts?|tel|telephone|phone|e-?mail|fax)\s*:.*",
        // An embargo notice: "EMBARGOED UNTIL 00:01 GMT 10 OCTOBER 2012", "Embargo: ...".
        r"|(?:strictly\s+)?(?:under\s+)?embargo(?:ed)?\b.{0,80}",
        // A reference line with no date: "AI Index: ACT 50/1601/2020", "Ref: HR/45/2010".
        r"|(?:ai\s+)?(?:index|ref(?:erence)?|our\s+ref)(?:\s+(?:no\.?|number))?\s*:\s*[A-Z0-9]{1,6}[\s/]*\d[A-Z0-9/.\- ]{0,40}",
        // The kind of page a site files it under ("Dispatches", "Public statement",
        // "Meetings Coverage and Press Releases"): a label over the headline.
        r"|(?:shadow|alternative|parallel|annual|global|country)\s+report|report|submission|briefing(?:\s+paper)?|fact\s*sheet|policy\s+brief",
        r"|(?:legal|amicus(?:\s+curiae)?)\s+brief|legal\s+(?:memorandum|analysis|opinion)",
        // A dataset's documentation named by its kind ("Codebook", "Data dictionary") over
        // the dataset's name.
        r"|(?:(?:data|variable)\s+)?codebook|data\s+dictionary",
        // A government's protective marking over a paper's head: "OFFICIAL", "OFFICIAL -
        // SENSITIVE", "UNCLASSIFIED".
        r"|official(?:\s*[-–:]?\s*sensitive)?|unclassified|restricted|for\s+official\s+use\s+only",
        // A statistics office's kind of release: "Statistics bulletin", "Official Statistics".
        r"|(?:statistics|statistical)\s+(?:bulletin|release|notice)|official\s+statistics(?:\s+bulletin)?",
        // A statement's kind and the meeting it was made at: "ORAL STATEMENT", "HUMAN
        // RIGHTS COUNCIL – 50TH SESSION", "Item 4: General debate ...", "INTERACTIVE
        // DIALOGUE WITH THE SPECIAL RAPPORTEUR ON ...".
        r"|(?:oral|written|joint)\s+statement",
        r"|.{0,80}?\b\d{1,3}(?:st|nd|rd|th)\s+(?:regular\s+|ordinary\s+|special\s+|extraordinary\s+)?session\b.{0,80}",
        r"|(?:agenda\s+)?item\s+\d{1,2}[a-z]?\b.{0,200}|(?:interactive\s+dialogue|general\s+debate|panel\s+discussion)\s+(?:with|on)\b.{0,200}",
        // A gazette's issue kind over or under its name: "SPECIAL ISSUE", "EXTRAORDINARY".
        r"|extraordinary|special\s+issue|supplement(?:ary\s+issue)?",
        // A site's row of languages: "English | Français | Português".
        r"|(?:english|fran[cç]ais|french|espa[nñ]ol|spanish|portugu[eê]s|portuguese|deutsch|german|arabic|русский|russian|kiswahili|swahili)(?:\s*[|/·•]\s*(?:english|fran[cç]ais|french|espa[nñ]ol|spanish|portugu[eê]s|portuguese|deutsch|german|arabic|русский|russian|kiswahili|swahili|\p{Arabic}+))+",
        // A paper's section strip over the lead story: "NATIONAL NEWS", "CITY".
        r"|(?:national|local|world|international|regional|foreign|city|metro|business|political|sports?)\s+news|city|metro|nation|world|politics|business|sports?",
        r"|news|latest\s+news|news\s+(?:story|article|item)|public\s+statement|statement|dispatch(?:es)?|commentary|opinion|op-ed|analysis|feature|blog(?:\s+post)?|interview|speech|q\s*&\s*a",
        r"|(?:meetings\s+coverage(?:\s+and\s+press\s+releases)?|meeting\s+summar(?:y|ies)|press\s+releases|press\s+briefing\s+notes?|briefing\s+notes?|urgent\s+actions?)",
        // A judgment's citation and number lines: "Neutral Citation Number: [2014] EWHC
        // 1520 (Admin)", "Case No: CO/8821/2013".
        r"|(?:neutral\s+citation(?:\s+number|\s+no\.?)?|case\s+no\.?|case\s+number)\s*:.*",
        // A case's or claim's number alone, without its colon: "Case No. CR-2022-0418".
        r"|(?:court\s+)?(?:case|claim|file)\s+(?:no\.?|number)\s*[A-Z0-9][A-Z0-9/.\-]{2,30}",
        // A document's kind alone over its own title: "TERMS OF REFERENCE" over the
        // assignment's name, "QUESTIONS AND ANSWERS" over the question's number.
        r"|terms\s+of\s+reference|questions\s+and\s+answers",
        // A court's press release number: "ECHR 123 (2019)".
        r"|[A-Z]{2,6}\s+\d{1,4}\s+\(\d{4}\)",
        // A series' name with the document's reference far to its right: "Responses to
        // Information Requests          KAV201187.E".
        r"|[a-z][a-z ]{5,60}?\s{3,}[a-z]{2,6}\d{3,}[a-z0-9./-]*",
        // A press release's symbol alone: "GA/SHC/4301", "SC/14000".
        r"|[A-Z]{1,7}(?:/[A-Z]{1,7})*/\d{3,6}(?:-[A-Z0-9/-]{1,20})?",
        r")$"
    ))
});

/// A release line below an issuer's name: "Press release", "Press Release No. 45/2015",
/// "For immediate release — 4 April 2016".
static RELEASE_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:for\s+immediate\s+release|(?:press|news|media)\s+(?:release|statement|advisory)|(?:public|oral|written|joint)\s+statement)\b.{0,40}$",
    )
});

/// A submission's title to a UN body ("Submission to the Universal Periodic Review of
/// X", "Joint Submission to the Committee against Torture"): the body's name over it is
/// the author, not the title.
static SUBMISSION_TITLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?i:joint|stakeholder|ngo|civil\s+society|written)\s+)?(?i:submission)\s+(?:to|for)\s+the\s+\p{Lu}",
    )
});

/// A masthead's tagline ("A project of Example Media"): the line above it is a site's
/// name, not the page's title.
static TAGLINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:a|an)\s+(?:project|service|publication|initiative|programme|program|website)\s+(?:of|from|by)\s+\S.{0,60}$",
    )
});

/// Generic section names: when one opens the text, the document's title is not there.
/// A report's title that names its addressee or its subject at length ("Report to the
/// Government of X on the visit to X carried out by the European Committee for ...
/// from 2 to 13 October 2023"): a title up to 300 bytes.
static LONG_REPORT_TITLE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^Report\s+(?:to|on|of)\s+the\s+\p{Lu}"));

static SECTION_NAME_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:objects\s+and\s+reasons|introduction|background|summary|executive\s+summary|abstract|contents|table\s+of\s+contents|preface|foreword|overview|arrangement\s+of\s+(?:sections|clauses)|explanatory\s+(?:memorandum|note))$",
    )
});

/// A judgment caption on one line: "A v. B", "A vs B", "A versus B", perhaps followed by
/// "on <date>", a citation, a docket number or parentheses, which are trimmed.
static CAPTION_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<a>[\p{Lu}(][^:|<>»]{1,100}?)\s+(?P<v>v\.?|vs\.?|Vs\.?|VS\.?|V\.|vrs\.?|Vrs\.?|VRS\.?|versus|VERSUS)\s+(?P<b>[\p{Lu}(][^:|<>»]{0,150}?)\s*$",
    )
});
/// A caption's "v." on a line of its own (perhaps glued to the role before it, as in
/// "Appellantsv."; set between dashes, "-v-", in English transcripts), or opening the
/// line that names the other party ("v. The State").
static CAPTION_MARK_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:appellants?|petitioners?|plaintiffs?|applicants?|claimants?|complainants?)\s*)?(?:v\.?|vs\.?|vrs\.?|versus|-\s?v\s?-)(?:\s+(?P<b>\S.{1,150}))?$",
    )
});
/// What follows the second party in a caption line.
static CAPTION_TAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?:\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+MON,?\s+\d{4}.*$",
        r"|\s*;.*$|\s+\(.*$|\s+\[.*$|\s+-\s+.*$|\s*,\s*\[?\(?\d.*$",
        r"|\s+(?:(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:respondents?|defendants?|appellants?)\b.*$",
        // An American caption names the office a party is sued in: "HALLORAN ET AL. v.
        // MERCER, DIRECTOR, STATE ..." is "HALLORAN ET AL. v. MERCER".
        r"|\s*,\s*(?:director|warden|secretary|commissioner|superintendent|attorney\s+general|governor|sheriff|administrator|acting|interim|former)\b.*$)"
    ))
});
/// Party roles, never a party's name.
static ROLE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:accused|convicts?|complainants?|appellants?|respondents?|petitioners?|plaintiffs?|defendants?|applicants?|claimants?|prosecution|accused-appellants?|accused-respondents?)(?:[\s\-]+(?:appellants?|appellees?|respondents?))?\s*:?$",
    )
});
static PARTY_NUMBER_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)])\s*"));

/// A party's name from a caption line: numbering, a trailing "and", role words out.
/// "EMEKA OKAFOR ........ APPELLANT": a caption's party before the dotted leader
/// (the leader and the role after it go).
pub(crate) fn cut_leader(text: &str) -> &str {
    ["...", "\u{2026}", "___", ". . .", ":::"]
        .iter()
        .filter_map(|leader| text.find(leader))
        .min()
        .map_or(text, |cut| text[..cut].trim_end())
}

fn party(text: &str) -> Option<&str> {
    let text = trim_decoration(text);
    let text = match PARTY_NUMBER_RE.find(text) {
        Some(m) => &text[m.end()..],
        None => text,
    };
    let text = cut_leader(text);
    // "Campbell (Appellant)": the role in brackets after the name.
    let text = match text
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
    {
        Some((name, role)) if ROLE_RE.is_match(role) => name,
        _ => text,
    };
    // "PEOPLE OF THE PHILIPPINES, plaintiff-appellee,": the role after a comma.
    let text = match text.trim().trim_end_matches([',', '.']).rsplit_once(", ") {
        Some((name, role)) if ROLE_RE.is_match(role) => name,
        _ => text,
    };
    let text = text
        .trim()
        .trim_end_matches(',')
        .trim_end_matches(" and")
        .trim_end_matches(" AND")
        .trim_end_matches(',')
        .trim();
    let starts_upper = text.chars().next().is_some_and(char::is_uppercase);
    // (The Crown's one letter, "R", is a party: "R v Mercer".)
    (starts_upper
        && (text.len() >= 2 || text == "R")
        && text.len() <= 120
        && !ROLE_RE.is_match(text))
    .then_some(text)
}

/// The second party: its name, with what follows it (date, citation, role) trimmed.
fn second_party(text: &str) -> Option<&str> {
    let text = trim_decoration(pleading_cell(text));
    let cut = CAPTION_TAIL_RE.find(text).map_or(text.len(), |m| m.start());
    // "DELROY ANTHONY BROWN v R": the Crown, as Commonwealth captions name it.
    let rest = text[..cut].trim();
    if rest == "R" {
        return Some(rest);
    }
    party(&text[..cut])
}

/// The left cell of a pleading caption's line, whose parties stand left of a column
/// of ")" ("RAYMOND LEE HOLLIS,          )    Case No. 4:17-cv-00812"); other lines
/// whole.
pub(crate) fn pleading_cell(text: &str) -> &str {
    let t = text.trim_end();
    if t.trim() == ")" {
        return "";
    }
    if let Some(at) = t.find("  )") {
        return t[..at].trim_end();
    }
    // A caption beside the docket numbers: "MARCUS REED,        No. 16-99004" keeps its
    // left cell; a line of the right column alone ("      D.C. No. 2:11-cv-00412",
    // "      OPINION") is none of the caption's.
    let lead = t.len() - t.trim_start().len();
    if lead >= 36 && t.trim().len() <= 30 && !CAPTION_MARK_RE.is_match(t.trim()) {
        return "";
    }
    match t[lead..].find("      ") {
        // "STATE OF X        ...APPELLANT(S)": a leader and a role, the caption's own.
        Some(at)
            if !t[lead + at..]
                .trim_start()
                .starts_with(['.', '\u{2026}', '_']) =>
        {
            t[..lead + at].trim_end()
        }
        _ => text,
    }
}

/// Words of `text` in lower case that are no particle of a name ("of", "the", "and",
/// "de", "van", ...): prose words ("quashed", "those", "recently").
fn prose_words(text: &str) -> usize {
    const PARTICLES: &[&str] = &[
        "of", "the", "and", "for", "in", "on", "at", "to", "by", "de", "du", "des", "la", "le",
        "van", "von", "der", "den", "da", "das", "dos", "do", "di", "y", "e", "et", "bin", "ibn",
        "al", "el", "ex", "parte", "rel", "re", "another", "others", "anor", "ors",
    ];
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(char::is_lowercase) && !PARTICLES.contains(w))
        .count()
}

/// The parties of a judgment's caption as a title ("A v. B"), from the top of the text
/// before its body starts: one line "A vs B on 7 April, 1983", or a caption over lines
/// ("(1) A and" / "(2) B" / "Appellants v." / "(1) C and" / ...; "CASE OF A" / "v. B").
/// The first party of each side is kept with its co-parties on the left only.
fn caption_title(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    head_end: usize,
) -> Option<Found<String>> {
    let mut content = 0;
    for idx in 0..head_end {
        if drop.get(idx).copied().flatten().is_some() {
            continue;
        }
        let raw = pleading_cell(lines[idx].text(source));
        let text = trim_decoration(raw);
        if text.is_empty() {
            continue;
        }
        content += 1;
        // The body has begun: a long line of prose, or too far down.
        if content > 25 || (text.len() > 250 && text.ends_with('.')) {
            return None;
        }
        let base = lines[idx].start + offset_in(raw, text);
        let sentence = text.ends_with(['.', '!', '?']) && text.split_whitespace().count() > 12;
        if let Some(caps) = (!sentence).then(|| CAPTION_RE.captures(text)).flatten() {
            // A case cited in a wrapped line of prose ("High Court quashed 37 of those
            // refusals, most recently in Varga v. District Commander of"): a party's
            // name holds no run of lower-case words other than particles.
            if prose_words(&caps["a"]) >= 3 {
                continue;
            }
            let a = party(&caps["a"]);
            let b = second_party(&caps["b"]);
            if let (Some(a), Some(b)) = (a, b) {
                let end = base + offset_in(text, b) + b.len();
                return Some(Found::new(
                    format!("{a} {} {b}", &caps["v"]),
                    Loc::Source(base + offset_in(text, a)..end),
                    "judgment_caption",
                ));
            }
            continue;
        }
        let Some(caps) = CAPTION_MARK_RE.captures(text) else {
            continue;
        };
        // The other side: the rest of this line, or the next non-blank line.
        let (b, b_line) = match caps.name("b") {
            Some(m) => (second_party(m.as_str()), idx),
            None => {
                let Some(next) = (idx + 1..lines.len().min(idx + 4))
                    .find(|&j| !pleading_cell(lines[j].text(source)).trim().is_empty())
                else {
                    continue;
                };
                (second_party(pleading_cell(lines[next].text(source))), next)
            }
        };
        // This side: the numbered party lines just above, or the one line above.
        let mut first = idx;
        let mut party_line = idx;
        let mut left: Vec<&str> = Vec::new();
        // "ROBERT LEE HOLLIS," / "Petitioner - Appellant" / "v.": the party's role on a
        // line of its own between the party and the mark, blank lines around it.
        if caps.name("b").is_none() {
            let mut j = idx;
            let mut role = false;
            let is_role = |t: &str| {
                ROLE_RE.is_match(
                    t.trim_start_matches(['.', '\u{2026}', ':', '_', ' '])
                        .trim_end_matches([',', '.', ';']),
                )
            };
            while j > 0 && idx - j < 5 {
                let t = trim_decoration(pleading_cell(lines[j - 1].text(source)));
                // "                    Petitioner": a role set far right, which the
                // pleading cell reads as the right column's.
                let far_right = t.is_empty() && is_role(trim_decoration(lines[j - 1].text(source)));
                if !role && (far_right || (!t.is_empty() && is_role(t))) {
                    // "...Appellant": the role after a leader on a line of its own.
                    role = true;
                    j -= 1;
                } else if t.is_empty() {
                    j -= 1;
                } else {
                    break;
                }
            }
            if role && j > 0 {
                first = j;
                // "Kumara Silva," / "No. 45, Temple Road," / "Kandy." / "Petitioner": a
                // party over its address, each line but the last ending with a comma, the
                // last with a full stop: the party is the block's first line.
                let mut top = j;
                while top > 0 && j - top < 6 {
                    let t = trim_decoration(pleading_cell(lines[top - 1].text(source)));
                    if t.is_empty() {
                        break;
                    }
                    top -= 1;
                }
                let block: Vec<&str> = (top..j)
                    .map(|k| trim_decoration(pleading_cell(lines[k].text(source))))
                    .collect();
                if block.len() >= 2
                    && block.last().is_some_and(|t| t.ends_with('.'))
                    && block[..block.len() - 1].iter().all(|t| t.ends_with(','))
                {
                    first = top + 1;
                }
            }
        }
        while first > 0 {
            let above = pleading_cell(lines[first - 1].text(source));
            // One blank line may stand between the mark and the party above it.
            // ("Complainant Vs. 1. A": the role of the party above is on the mark's line).
            // "A ........ APPELLANT" / "" / "VERSUS": a party set off by its leader.
            let leader_above = || {
                let t = pleading_cell(lines[first - 2].text(source)).trim_end();
                caps.name("b").is_none() && cut_leader(t).len() < t.len()
            };
            // "JAMES EARL PORTER" / "" / "v." / "" / "STATE OF WESTLAND": a bare mark between
            // blank lines, the other side in capitals, a whole name of two words or more
            // above (a lone "CENTER" ends a name broken over lines).
            let bare_in_capitals = || {
                caps.name("b").is_none()
                    && b_line > idx
                    && pleading_cell(lines[first - 2].text(source))
                        .split_whitespace()
                        .nth(1)
                        .is_some()
                    && pleading_cell(lines[b_line].text(source))
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
            };
            // "A.B." / "" / "v" / "" / "Staatssecretaris van Justitie en Veiligheid,": a
            // bare mark between blank lines, the other side's line ending with the comma
            // that goes on into the court's composition (the EU courts' captions).
            let bare_before_comma = || {
                caps.name("b").is_none()
                    && b_line > idx
                    && pleading_cell(lines[b_line].text(source))
                        .trim_end()
                        .ends_with(',')
                    && pleading_cell(lines[first - 2].text(source)).trim().len() <= 80
            };
            if above.trim().is_empty()
                && left.is_empty()
                && first == idx
                && idx >= 2
                && ((text.starts_with(|c: char| c.is_alphabetic())
                    && !text.get(..1).is_some_and(|c| c.eq_ignore_ascii_case("v")))
                    // "R" / "" / "-v-" / "" / "DANIEL MERCER": a mark between dashes is
                    // no stray letter.
                    || (caps.name("b").is_none() && text.starts_with('-'))
                    || leader_above()
                    || bare_in_capitals()
                    || bare_before_comma())
            {
                first -= 1;
                continue;
            }
            if above.trim().is_empty() || drop.get(first - 1).copied().flatten().is_some() {
                break;
            }
            let numbered = PARTY_NUMBER_RE.is_match(above);
            if !left.is_empty() && !numbered {
                break;
            }
            let Some(p) = party(above) else { break };
            left.push(p);
            first -= 1;
            party_line = first;
            if !numbered {
                break;
            }
        }
        left.reverse();
        let (Some(b), false) = (b, left.is_empty()) else {
            continue;
        };
        let start = lines[party_line].start + offset_in(lines[party_line].text(source), left[0]);
        let b_text = lines[b_line].text(source);
        let mut end = lines[b_line].start + offset_in(b_text, b) + b.len();
        let mut b = b.to_string();
        // "WARDEN, WESTLAND STATE" / "PENITENTIARY,": a party's name carried over to the
        // next line of a pleading caption, where its comma ends it.
        let cell = trim_decoration(pleading_cell(b_text));
        if caps.name("b").is_none() && cell == b && b_line + 1 < head_end {
            let next = lines[b_line + 1];
            let t = trim_decoration(pleading_cell(next.text(source)));
            let name = t.trim_end_matches([',', '.']);
            if t.len() <= 60
                && t.ends_with([',', '.'])
                && name.starts_with(char::is_uppercase)
                && !name.chars().any(char::is_lowercase)
                && !ROLE_RE.is_match(name)
            {
                b = format!("{b} {name}");
                end = next.start + offset_in(next.text(source), name) + name.len();
            }
        }
        return Some(Found::new(
            format!("{} v. {b}", left.join(" and ")),
            Loc::Source(start..end),
            "judgment_caption",
        ));
    }
    None
}

/// A party's line with its role after a leader ("NAME ..... Petitioner"): the name.
fn party_with_role(text: &str) -> Option<&str> {
    let name = cut_leader(text);
    if name.len() == text.len() {
        return None;
    }
    let role = text[name.len()..].trim_start_matches(['.', '\u{2026}', '_', ':', ' ']);
    if !ROLE_RE.is_match(role.trim_end_matches([',', '.', ';'])) {
        return None;
    }
    party(name)
}

/// A caption whose parties each carry their counsel below them, as Indian courts print
/// it: "NAME ..... Petitioner" / "Through: counsel" (over lines) / "versus" / "NAME .....
/// Respondents" / "Through: ...": "A v. B".
fn counsel_caption(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    head_end: usize,
) -> Option<Found<String>> {
    let texts: Vec<(usize, &str)> = (0..head_end.min(lines.len()))
        .filter(|&j| drop.get(j).copied().flatten().is_none())
        .map(|j| {
            let raw = lines[j].text(source);
            let t = raw.trim();
            (lines[j].start + offset_in(raw, t), t)
        })
        .filter(|(_, t)| !t.is_empty())
        .take(40)
        .collect();
    let is_mark = |t: &str| {
        matches!(
            t.to_ascii_lowercase().as_str(),
            "versus" | "vs" | "vs." | "v." | "v" | "-versus-" | "- versus -"
        )
    };
    for (k, (base, t)) in texts.iter().enumerate() {
        let Some(a) = party_with_role(t) else {
            continue;
        };
        // The counsel's lines under the party, then the mark.
        let mut j = k + 1;
        if !texts
            .get(j)
            .is_some_and(|(_, t)| t.to_ascii_lowercase().starts_with("through"))
        {
            continue;
        }
        while j < texts.len() && j - k <= 6 && !is_mark(texts[j].1) {
            j += 1;
        }
        if !texts.get(j).is_some_and(|(_, t)| is_mark(t)) {
            continue;
        }
        let (b_base, b_text) = texts.get(j + 1)?;
        let b = party_with_role(b_text)?;
        let start = base + offset_in(t, a);
        let end = b_base + offset_in(b_text, b) + b.len();
        return Some(Found::new(
            format!("{a} v. {b}"),
            Loc::Source(start..end),
            "judgment_caption",
        ));
    }
    None
}

/// A criminal caption whose sides "AND" joins on a line of its own, the accused's role
/// after a leader ("THE REPUBLIC" / "AND" / "JAMES BANDA ........ CONVICT"): "A v. B".
/// Either side must show its role so that no heading pair ("LAW AND" / "ORDER") reads
/// as one.
fn and_caption(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    head_end: usize,
) -> Option<Found<String>> {
    let kept = |j: usize| {
        drop.get(j).copied().flatten().is_none() && !lines[j].text(source).trim().is_empty()
    };
    let mut content = 0;
    for idx in 0..head_end {
        if !kept(idx) {
            continue;
        }
        content += 1;
        if content > 25 {
            return None;
        }
        let text = trim_decoration(lines[idx].text(source));
        let mark = text.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | ' '));
        if !mark.eq_ignore_ascii_case("and") || idx == 0 {
            continue;
        }
        let above = (idx.saturating_sub(3)..idx).rev().find(|&j| kept(j))?;
        let below = (idx + 1..lines.len().min(idx + 4)).find(|&j| kept(j))?;
        let (a_raw, b_raw) = (lines[above].text(source), lines[below].text(source));
        let role_after = |t: &str| {
            let t = t.trim();
            let cut = cut_leader(t);
            cut.len() < t.len()
                && ROLE_RE.is_match(
                    t[cut.len()..]
                        .trim_start_matches(['.', '\u{2026}', ':', '_', ' '])
                        .trim_end_matches([',', '.', ';']),
                )
        };
        if !role_after(a_raw) && !role_after(b_raw) {
            continue;
        }
        let (Some(a), Some(b)) = (party(a_raw), party(b_raw)) else {
            continue;
        };
        let start = lines[above].start + offset_in(a_raw, a);
        let end = lines[below].start + offset_in(b_raw, b) + b.len();
        return Some(Found::new(
            format!("{a} v. {b}"),
            Loc::Source(start..end),
            "judgment_caption",
        ));
    }
    None
}

/// A sworn statement's heading that names its maker: "AFFIDAVIT OF JONAH PELL", "Further
/// Affidavit of Mara Kessel", "STATUTORY DECLARATION OF ...", "WITNESS STATEMENT OF ...".
static DEPONENT_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:(?:(?:supplementary|further|second|third|supporting)\s+)?(?:affidavit|statutory\s+declaration|witness\s+statement)\s+of)\s+\p{Lu}[\p{L}.'’ -]{2,60}$",
    )
});

/// The heading of [`DEPONENT_RE`] in the head of a filing whose caption was not read: the
/// title.
fn deponent_title(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    lines[..head_end].iter().take(60).find_map(|l| {
        let raw = l.text(source);
        let text = trim_decoration(raw);
        DEPONENT_RE.is_match(text).then(|| {
            let base = l.start + offset_in(raw, text);
            Found::new(
                text.to_string(),
                Loc::Source(base..base + text.len()),
                "deponent_heading",
            )
        })
    })
}

/// The enacting formula of a bill: "A Bill entitled" (or "intituled"), then its long title
/// "An Act to ..." on the same line or the next.
static BILL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^an?\s+bill\s+(?:entitled|intituled)\s*:?(?:\s+(?P<t>an\s+act\s+(?:to|for|of)\s+.{3,200}))?$",
    )
});
static ACT_TITLE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?P<t>an\s+act\s+(?:to|for|of)\s+.{3,200})$"));

/// A bill's long title, from the head of the text.
fn bill_title(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    head_end: usize,
) -> Option<Found<String>> {
    let long_title = |idx: usize, caps: &regex::Captures<'_>| {
        let raw = lines[idx].text(source);
        let text = trim_decoration(raw);
        let base = lines[idx].start + offset_in(raw, text);
        cap_range(caps, "t", base)
            .and_then(|r| clean_value(source, r))
            .map(|(value, range)| Found::new(value, Loc::Source(range), "bill_title"))
    };
    for idx in 0..head_end {
        if drop.get(idx).copied().flatten().is_some() {
            continue;
        }
        let Some(caps) = BILL_RE.captures(trim_decoration(lines[idx].text(source))) else {
            continue;
        };
        if caps.name("t").is_some() {
            return long_title(idx, &caps);
        }
        let next = (idx + 1..lines.len().min(idx + 4))
            .find(|&j| !lines[j].text(source).trim().is_empty())?;
        let caps = ACT_TITLE_RE.captures(trim_decoration(lines[next].text(source)))?;
        return long_title(next, &caps);
    }
    None
}

/// Offset of `inner` (a subslice of `outer`) in `outer`.
/// A cover's imprint ending with a season and its year ("Human Rights Clinic, School of
/// Law Spring 2022"): the year of publication, among the first lines of the head and in
/// no sentence.
fn season_line(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    static SEASON_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)(?:^|[\s,|·•–—-])(?:spring|summer|autumn|fall|winter)\s+(?P<y>(?:19|20)\d\d)$")
    });
    lines[..head_end]
        .iter()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(12)
        .find_map(|l| {
            let raw = l.text(source);
            let text = trim_decoration(raw);
            if text.split_whitespace().nth(16).is_some() {
                return None;
            }
            let y = SEASON_RE.captures(text)?.name("y")?;
            let at = l.start + offset_in(raw, text) + y.start();
            Some(Found::new(
                y.as_str().to_string(),
                Loc::Source(at..at + y.len()),
                "season_line",
            ))
        })
}

/// Whether `text` (the line at `idx`) closes a sentence wrapped from the line above:
/// "... a date is expected in" / "  January 2023." is no date alone on its line. The
/// line above runs on in lower case or after a comma: a place line above a dateline
/// ("Palais des Nations, Press Room III" / "Tuesday, 11 June 2024, 10:30 a.m.") ends
/// in a name.
fn sentence_tail(source: &str, lines: &[Line], idx: usize, text: &str) -> bool {
    if !text.ends_with('.') || idx == 0 {
        return false;
    }
    let above = trim_decoration(lines[idx - 1].text(source));
    let last = above.split_whitespace().last().unwrap_or("");
    // "Text adopted by the Assembly on" / "4 October 2011.": a sentence that dates the
    // text itself, as a resolution's head does, is its date.
    let dates_the_text = matches!(last, "on" | "dated");
    let runs_on = above.ends_with(',') || last.starts_with(|c: char| c.is_lowercase());
    above.split_whitespace().nth(5).is_some() && runs_on && !dates_the_text
}

/// Whether the line at `idx` is indented under a key of its own that names an update
/// ("last_update:" over "  date: 2023-11-02", "lastmod:", "modified:"), as a site
/// generator's front matter nests a page's last change.
fn under_update_key(source: &str, lines: &[Line], idx: usize) -> bool {
    let indent = |t: &str| t.len() - t.trim_start().len();
    let raw = lines[idx].text(source);
    let own = indent(raw);
    if own == 0 {
        return false;
    }
    let Some(parent) = lines[..idx]
        .iter()
        .rev()
        .take(8)
        .map(|l| l.text(source))
        .find(|t| !t.trim().is_empty() && indent(t) < own)
    else {
        return false;
    };
    let key = parent.trim().to_ascii_lowercase();
    let Some(key) = key.strip_suffix(':') else {
        return false;
    };
    !key.contains(' ')
        && (key.contains("update") || key.contains("modif") || key == "lastmod" || key == "edited")
}

/// A Markdown label in bold before its value on one line ("Release date:** 15 May 2023"
/// once the leading marks are trimmed, or "Release date**: 15 May 2023"): the line with
/// the marks beside the label's colon turned to spaces, so every byte keeps its offset.
/// None when the line is no such label (a bold phrase in prose, a label of more than
/// five words).
fn bold_label(text: &str) -> Option<String> {
    let colon = text.find(':')?;
    let label = text[..colon].trim_end_matches(['*', '_']);
    if label.is_empty()
        || label.contains(['*', '_'])
        || label.split_whitespace().count() > 5
        || !label.starts_with(char::is_alphabetic)
    {
        return None;
    }
    let before = &text[label.len()..colon];
    let after = &text[colon + 1..];
    let marks_after = after.len() - after.trim_start_matches(['*', '_']).len();
    if before.len() + marks_after < 2
        || !before.len().is_multiple_of(2)
        || !marks_after.is_multiple_of(2)
    {
        return None;
    }
    let mut plain = String::with_capacity(text.len());
    plain.push_str(label);
    plain.push_str(&" ".repeat(before.len()));
    plain.push(':');
    plain.push_str(&" ".repeat(marks_after));
    plain.push_str(&after[marks_after..]);
    Some(plain)
}

fn offset_in(outer: &str, inner: &str) -> usize {
    (inner.as_ptr() as usize).saturating_sub(outer.as_ptr() as usize)
}

/// Range in `source` of the capture `name`, given `text` (a subslice of `source` at `base`).
fn cap_range(caps: &regex::Captures<'_>, name: &str, base: usize) -> Option<Range<usize>> {
    caps.name(name).map(|m| base + m.start()..base + m.end())
}

/// Trim trailing punctuation and decoration from a value; returns (value, range).
fn clean_value(source: &str, range: Range<usize>) -> Option<(String, Range<usize>)> {
    let raw = source.get(range.clone())?;
    let trimmed_start = raw.len()
        - raw
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ':'))
            .len();
    let rest = &raw[trimmed_start..];
    let value = rest.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '*' | '_' | '.' | ',' | ';' | ':')
    });
    if value.is_empty() {
        return None;
    }
    let start = range.start + trimmed_start;
    Some((value.to_string(), start..start + value.len()))
}

/// A body's name that runs on into the next line's words, as a PDF's joined lines give
/// "Newsletter of the Example Rights Network Remand population doubles": the longest run of
/// whole words from the start that names a body ([`names_a_body`]); the value as it is when
/// none does.
fn body_prefix(value: String, range: Range<usize>) -> (String, Range<usize>) {
    if names_a_body(&value) {
        return (value, range);
    }
    let cut = value
        .match_indices(' ')
        .map(|(i, _)| i)
        .rev()
        .find(|&i| names_a_body(&value[..i]));
    match cut {
        Some(i) => (value[..i].to_string(), range.start..range.start + i),
        None => (value, range),
    }
}

/// Read metadata from the head of `source` (and copyright lines at its tail).
/// `drop` is the chrome verdict per line; `warnings` receives unresolvable dates.
pub fn from_lines(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    warnings: &mut Vec<String>,
) -> Finds {
    let mut finds = Finds::default();
    let head_end = lines.partition_point(|l| l.start < EDGE_BYTES);
    let mut date_line: Option<Found<String>> = None;
    // Whether the page's update line stands in its head, over the story.
    let mut updated_at_head = false;
    // Lines left to read for an organ's name under a union's masthead in columns.
    let mut organ_next = 0u8;
    let mut heading: Option<Found<String>> = None;
    let mut setext: Option<Found<String>> = None;
    let mut bold: Option<Found<String>> = None;
    let mut first_line: Option<Found<String>> = None;
    let mut title_line: Option<Found<String>> = None;
    // "Date: 12/07/2019": a numeric date whose order only a court's custom tells.
    let mut numeric_date: Option<Found<String>> = None;
    let mut seen_content = false;
    // A paragraph of body text has begun (a line of fifteen words or more).
    let mut seen_body = false;
    let mut doc_number_line: Option<Range<usize>> = None;
    let mut number_kind = NumberKind::Doc;
    // Lines up to here were read as the value of a label above them.
    let mut skip_to = 0;

    for idx in 0..head_end {
        if idx < skip_to {
            continue;
        }
        let line = lines[idx];
        let raw = line.text(source);
        let text = org_keyword(raw).unwrap_or_else(|| trim_decoration(raw));
        if text.is_empty() || text.len() > 600 {
            if !text.is_empty() {
                seen_content = true;
            }
            continue;
        }
        let base = line.start + offset_in(raw, text);
        // A picture's placeholder as a conversion to text leaves it ("[Logo: NAME]",
        // "[Image: ...]", "[photo]"): never the title; a logo at the head, before any
        // content, names its body.
        if let Some(caps) = PICTURE_PLACEHOLDER_RE.captures(text) {
            if let Some(v) = caps.name("logo") {
                let name = v.as_str().trim();
                if !seen_content
                    && finds.publisher.is_none()
                    && name.split_whitespace().count() <= 10
                    && !name.contains(|c: char| c.is_ascii_digit())
                    && name.chars().next().is_some_and(char::is_uppercase)
                {
                    let start = base + v.start() + offset_in(v.as_str(), name);
                    finds.publisher = Some(Found::new(
                        name.to_string(),
                        Loc::Source(start..start + name.len()),
                        "logo_placeholder",
                    ));
                }
            }
            continue;
        }
        // "**Release date:** 15 May 2023": a Markdown label set in bold reads as the
        // plain "Release date:   15 May 2023" (the marks turned to spaces: offsets stay).
        let unbolded;
        let text = match bold_label(text) {
            Some(plain) => {
                unbolded = plain;
                unbolded.as_str()
            }
            None => text,
        };
        // A mail's long "Subject:" header is no body text.
        if text.split_whitespace().nth(14).is_some() && !text.starts_with("Subject:") {
            seen_body = true;
        }
        // A release's contact label alone ("Media contact:", "Press contacts:"): the
        // lines under it, up to a blank line, are the contact's name, post and numbers,
        // never the headline.
        if CONTACT_LABEL_RE.is_match(text) {
            let mut next = idx + 1;
            while next < head_end.min(idx + 7) && !lines[next].text(source).trim().is_empty() {
                next += 1;
            }
            skip_to = next;
            continue;
        }
        if text.len() <= 24 && text.ends_with([':', 'e', 'E', 'd', 'D', 'r', 'R', 'n', 'N']) {
            if let Some(next) = label_value(source, lines, idx, head_end, text, &mut finds) {
                skip_to = next;
                continue;
            }
        }
        // Cheap prefilters keep the regexes off most lines.
        let prefix: String = text
            .chars()
            .take(12)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let starts = |words: &[&str]| words.iter().any(|w| prefix.starts_with(w));
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        let mut consumed = true;
        if idx < 12 && !seen_content && SLUG_RE.is_match(text) {
            // A wire desk's slug or note to editors: passed over.
        } else if idx < 30
            && !seen_body
            && title_line.is_none()
            && text.len() <= 60
            && EOM_STATEMENT_RE.is_match(text)
            && source[..base]
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "election" | "elections" | "electoral"))
        {
            title_line = Some(Found::new(
                text.to_string(),
                Loc::Source(base..base + text.len()),
                "eom_statement",
            ));
        } else if idx < 20
            && !seen_content
            && has_digit
            && !starts(&["subject"])
            && SERIES_ALONE_RE.is_match(text)
        {
            // A cover's series line and number ("Discussion Paper No. 12/2021"): passed over.
        } else if let Some(caps) = (!seen_body && idx < 20)
            .then(|| PUBLICATION_OF_RE.captures(text))
            .flatten()
        {
            if finds.publisher.is_none() {
                if let Some((value, range)) = cap_range(&caps, "v", base)
                    .and_then(|r| clean_value(source, r))
                    .map(|(v, r)| body_prefix(v, r))
                {
                    finds.publisher = Some(Found::new(value, Loc::Source(range), "publication_of"));
                }
            }
        } else if let Some(caps) = starts(&["last", "information", "current", "updated", "data "])
            .then(|| LAST_UPDATED_RE.captures(text))
            .flatten()
        {
            let v = caps.name("v").map(|m| m.as_str()).unwrap_or("");
            // "Updated March 4, 2017, 10:02 a.m. · Originally published March 3, 2017": the
            // first day on the same line is the story's day of publication.
            if let Some(first) = ORIGINALLY_RE
                .captures(text)
                .filter(|_| finds.published.is_none())
            {
                if let Some(m) = first.name("v") {
                    if let Some(hit) = parse_date(m.as_str()).filter(|h| h.range.start == 0) {
                        let start = base + m.start();
                        finds.published = Some(Found::new(
                            hit.iso,
                            Loc::Source(start..start + hit.range.len()),
                            "published_line",
                        ));
                    }
                }
            }
            match parse_date(v) {
                Some(hit) if finds.updated.is_none() => {
                    let start =
                        base + caps.name("v").map(|m| m.start()).unwrap_or(0) + hit.range.start;
                    let len = hit.range.len();
                    finds.updated = Some(Found::new(
                        hit.iso,
                        Loc::Source(start..start + len),
                        "last_updated",
                    ));
                    // (A reference page's "Information current as of: ..." dates its
                    // facts, not a story.)
                    let label = &text[..caps.name("v").map_or(0, |m| m.start())];
                    updated_at_head =
                        !seen_body && idx < 40 && label.to_ascii_lowercase().contains("updated");
                }
                None if is_relative(v) => {
                    warnings.push(format!("relative date not resolved: \"{}\"", text));
                }
                _ => {}
            }
        } else if let Some(caps) = (!seen_body && idx < 20 && starts(&["source"]))
            .then(|| SOURCE_LINE_RE.captures(text))
            .flatten()
        {
            // "Source: The Harbour Gazette" in a clipping's header block.
            if finds.publisher.is_none() {
                if let Some((value, range)) =
                    cap_range(&caps, "v", base).and_then(|r| clean_value(source, r))
                {
                    finds.publisher = Some(Found::new(value, Loc::Source(range), "source_line"));
                }
            }
            // "Source: Xinhua | 2015-08-03 18:22:11 | Editor: ...": the day in a cell after.
            if let Some(rest) = caps.name("rest").filter(|_| finds.published.is_none()) {
                let mut at = rest.start();
                for cell in rest.as_str().split('|') {
                    let lead = cell.len() - cell.trim_start().len();
                    let c = cell.trim();
                    if let Some(hit) = parse_date(c).filter(|h| h.range.start == 0) {
                        let start = base + at + lead + hit.range.start;
                        finds.published = Some(Found::new(
                            hit.iso,
                            Loc::Source(start..start + hit.range.len()),
                            "source_line",
                        ));
                        break;
                    }
                    at += cell.len() + 1;
                }
            }
        } else if let Some(caps) = (!seen_body && idx < 20 && starts(&["title"]))
            .then(|| TITLE_LINE_RE.captures(text))
            .flatten()
            .filter(quoted_if_toml)
        {
            if title_line.is_none() {
                title_line = cap_range(&caps, "v", base)
                    .map(|r| unquote(source, r))
                    .and_then(|r| clean_value(source, r))
                    .map(|(value, range)| Found::new(value, Loc::Source(range), "title_line"));
            }
        } else if let Some(name) = (!seen_body && idx < 20 && starts(&["from:", "from :"]))
            .then(|| from_body(text.split_once(':').map_or("", |(_, v)| v.trim())))
            .flatten()
        {
            // "From: Ministry of Justice and The Hon. NAME", "From: Example Network
            // <news@example.org>": the body.
            if finds.publisher.is_none() {
                let at = base + offset_in(text, name);
                finds.publisher = Some(Found::new(
                    tidy_name(name),
                    Loc::Source(at..at + name.len()),
                    "from_line",
                ));
            }
        } else if let Some(caps) = (!seen_body
            && idx < 12
            && starts(&["subject"])
            && lines[..idx]
                .iter()
                .any(|l| l.text(source).trim_start().starts_with("From:")))
        .then(|| SUBJECT_LINE_RE.captures(text))
        .flatten()
        {
            // A mail's header block: "Subject: [list-tag] URGENT APPEAL: ..." is the title;
            // a document type's label before it ("MEDIA RELEASE: ...") is the mail's kind.
            if title_line.is_none() {
                title_line = cap_range(&caps, "v", base)
                    .map(|r| past_doctype_label(source, r))
                    .and_then(|r| clean_value(source, r))
                    .map(|(value, range)| Found::new(value, Loc::Source(range), "title_line"));
            }
        } else if let Some(caps) = (starts(&["publisher"])
            || (!seen_body && idx < 20 && starts(&["organization", "organisation"]))
            || (!seen_body && idx < 30 && starts(&["submitted by", "maintained"]))
            // A metadata block's "Author:" under its "Title:" (MultiMarkdown, a note's
            // header): a body there publishes; a person does not.
            || (!seen_body && idx < 20 && title_line.is_some() && starts(&["author:", "author :"])))
        .then(|| PUBLISHER_RE.captures(text))
        .flatten()
        .filter(quoted_if_toml)
        // "Author: Jane Doe, Institute of X": a person with an affiliation publishes
        // nothing; only an author that is one body does.
        .filter(|c| {
            !starts(&["author:", "author :"])
                || c.name("v")
                    .is_some_and(|v| !v.as_str().contains([',', ';']))
        })
        // "Submitted by: Example Centre for Civic Freedoms (ECCF)": a body, not a person.
        .filter(|c| {
            c.name("by").is_none()
                || c.name("v").is_some_and(|v| {
                    let name = v.as_str().split(" (").next().unwrap_or("").trim();
                    let name = name.trim_matches(|c| matches!(c, '*' | '_' | '.'));
                    // "Maintained by: Research Unit, Faculty of Law, University of X": the
                    // unit before its faculty and university.
                    let first = name.split(',').next().unwrap_or("").trim();
                    names_a_body(name) || names_a_body(first) || academic_unit(first)
                })
        }) {
            if finds.publisher.is_none() {
                if let Some((value, range)) = cap_range(&caps, "v", base)
                    .map(|r| unquote(source, r))
                    .and_then(|r| clean_value(source, r))
                {
                    finds.publisher = Some(Found::new(value, Loc::Source(range), "publisher_line"));
                }
            }
        } else if let Some(caps) = (has_digit
            && starts(&[
                "publi",
                "posted",
                "this vers",
                "submitted",
                "for imm",
                "date",
                "release",
                "issued",
                // A service instruction's or a circular's label block: "Issue date: DAY".
                "issue date",
                // A newsletter's "Sent on Monday 13 March 2023 to 2,418 subscribers".
                "sent on",
                "decided",
                "delivered",
                "pronounced",
                "judgment",
                "judgement",
                "press rel",
                "news rel",
                "media rel",
                "debated",
                "volume",
                "answered",
                "aired",
                "broadcast",
                "first aired",
                "first broadcast",
                "originally p",
                "version",
                "held on",
                // A consultation's first day ("Consultation opens: 3 July 2023"), a
                // note-taking or wiki export's "Created: DAY" / "Last edited time: DAY" /
                // "Created by A, last modified by B on DAY".
                "consultation",
                "created",
                "last edited",
            ])
            // "v2.1 - released DAY": a version's number after its letter.
            || (prefix.starts_with('v')
                && prefix[1..].trim_start().starts_with(|c: char| c.is_ascii_digit())))
        .then(|| PUBLISHED_RE.captures(text))
        .flatten()
        .filter(|_| !dated_other_act(text))
        {
            let v = caps.name("v").map(|m| m.as_str()).unwrap_or("");
            // "Created November 14, 2023" (a table's label cell) dates the page;
            // "Created in 1998 by presidential decree" tells of a body's founding.
            let founding = prefix.starts_with("created")
                && !prefix.starts_with("created by")
                && !v.trim_start().starts_with(|c: char| c.is_ascii_digit())
                && v.split_whitespace()
                    .next()
                    .and_then(|w| month_number(w.trim_end_matches(['.', ','])))
                    .is_none();
            match parse_date(v).filter(|hit| !founding && date_at_head(v, hit)) {
                // A front matter's "date:" nested under "last_update:" / "lastmod:": the
                // day the page was last changed, never the day it was published.
                Some(hit) if under_update_key(source, lines, idx) => {
                    if finds.updated.is_none() {
                        let start =
                            base + caps.name("v").map(|m| m.start()).unwrap_or(0) + hit.range.start;
                        finds.updated = Some(Found::new(
                            hit.iso,
                            Loc::Source(start..start + hit.range.len()),
                            "front_matter_update",
                        ));
                    }
                }
                Some(hit) => {
                    // The day a court decided is no day of publication of a story.
                    let decision = [
                        "decided",
                        "delivered",
                        "pronounced",
                        "judgment",
                        "judgement",
                    ]
                    .iter()
                    .any(|w| prefix.starts_with(w))
                        || prefix.starts_with("date of jud")
                        || prefix.starts_with("date of dec")
                        || prefix.starts_with("date of ord");
                    let rule = if decision {
                        "decision_line"
                    } else {
                        "published_line"
                    };
                    // A labelled day at the head ("Published: March 13, 2024 at 6:40 PM")
                    // outranks a bare day found above it (a site's bar with today's date).
                    // An aggregator's "Originally published: DAY" under its own "Posted: DAY"
                    // outranks it: the source's day, not the repost's.
                    // ("First published March 2023" is an imprint's, read with the
                    // rest of its line by `first_published`.)
                    let original = prefix.starts_with("originally p");
                    let over_bare = idx < 40
                        && !decision
                        && (prefix.starts_with("publi") || original)
                        && finds.published.as_ref().is_some_and(|p| {
                            p.rule == "dateline" || (original && p.rule == "published_line")
                        });
                    if finds.published.is_none() || over_bare {
                        let start =
                            base + caps.name("v").map(|m| m.start()).unwrap_or(0) + hit.range.start;
                        let len = hit.range.len();
                        finds.published =
                            Some(Found::new(hit.iso, Loc::Source(start..start + len), rule));
                    }
                }
                _ => {
                    let at = caps.name("v").map_or(0, |m| m.start());
                    if let Some((cell, hit)) = published_in_cell(v) {
                        if finds.published.is_none() {
                            let start = base + at + cell + hit.range.start;
                            finds.published = Some(Found::new(
                                hit.iso,
                                Loc::Source(start..start + hit.range.len()),
                                "published_line",
                            ));
                        }
                    } else if let Some(hit) = (starts(&["publi", "posted"])
                        && DOTTED_HEAD_RE.is_match(v))
                    .then(|| day_first(v))
                    .flatten()
                    .filter(|_| finds.published.is_none())
                    {
                        // "Posted on 07.11.2023 by A. Writer": dots are a European
                        // writing, day first.
                        let start = base + at + hit.range.start;
                        finds.published = Some(Found::new(
                            hit.iso,
                            Loc::Source(start..start + hit.range.len()),
                            "published_line",
                        ));
                    } else if numeric_date.is_none() {
                        numeric_date = day_first(v).map(|hit| {
                            let start = base + at + hit.range.start;
                            Found::new(
                                hit.iso,
                                Loc::Source(start..start + hit.range.len()),
                                "decision_line",
                            )
                        });
                    }
                    consumed = false;
                }
            }
        } else if let Some((caps, rule)) = (has_digit && !span_alone(text))
            .then(|| {
                PUBLISHED_AFTER_NAME_RE
                    .captures(text)
                    .filter(|c| c["who"].split_whitespace().count() <= 8)
                    .or_else(|| BYLINE_RE.captures(text).filter(|_| !label_cells(raw, text)))
                    .map(|c| (c, "byline"))
                    .or_else(|| {
                        starts(&["ai ", "index", "ref", "our ref"])
                            .then(|| INDEX_LINE_RE.captures(text).map(|c| (c, "index_line")))
                            .flatten()
                    })
                    .or_else(|| {
                        text.contains("ndex")
                            .then(|| INDEX_DATE_RE.captures(text).map(|c| (c, "index_line")))
                            .flatten()
                    })
                    .or_else(|| BYLINE_DAY_FIRST_RE.captures(text).map(|c| (c, "byline")))
                    .or_else(|| PAPER_LINE_RE.captures(text).map(|c| (c, "paper_line")))
                    .or_else(|| {
                        DATELINE_RE
                            .captures(text)
                            .filter(|c| {
                                c.name("v")
                                    .is_some_and(|v| dateline_place(&text[..v.start()]))
                            })
                            .map(|c| (c, "dateline"))
                    })
                    .or_else(|| DATE_LEAD_RE.captures(text).map(|c| (c, "dateline")))
                    .or_else(|| {
                        DATE_CELLS_RE
                            .captures(text)
                            .filter(|_| !site_bar_cells(text))
                            .map(|c| (c, "date_cells"))
                    })
                    .or_else(|| {
                        (idx < 12 && !INCIDENT_CELL_RE.is_match(text))
                            .then(|| DATE_CELL_RE.captures(text).map(|c| (c, "date_cell")))
                            .flatten()
                    })
            })
            .flatten()
        {
            let v = caps.name("v");
            // "Argued and Submitted May 14, 2018": the day of the hearing, not of the
            // opinion ("Filed September 21, 2018" below it).
            let hearing = HEARING_RE.is_match(text);
            if let Some((v, hit)) = v
                .filter(|_| finds.published.is_none() && !hearing)
                .and_then(|v| Some((v, parse_date(v.as_str())?)))
            {
                let start = base + v.start() + hit.range.start;
                finds.published = Some(Found::new(
                    hit.iso,
                    Loc::Source(start..start + hit.range.len()),
                    rule,
                ));
            }
            // A paper's line: "The Daily Monitor (Kampala) - 3 May 2012" as an aggregator
            // credits a story, "**The Harare Chronicle** | 12 June 2018 | By T. Moyo"
            // beside the writer's byline: the paper is the publisher.
            if finds.publisher.is_none() {
                let paper = match rule {
                    "paper_line" => caps.name("p").map(|p| (p.start(), p.as_str())),
                    "byline" => paper_cell(text)
                        .or_else(|| source_cell(text))
                        .or_else(|| owner_cell(&caps)),
                    _ => None,
                };
                if let Some((at, name)) = paper {
                    finds.publisher = Some(Found::new(
                        name.to_string(),
                        Loc::Source(base + at..base + at + name.len()),
                        "paper_line",
                    ));
                }
            }
            // "APIA, Samoa, 12 March 2015 (Pacific Wire) — ...": the agency the dateline
            // names in brackets (`rules/issuers.json`).
            if rule == "dateline" && finds.publisher.is_none() {
                if let Some((value, range, rule)) =
                    issuer_line(&text[..floor_boundary(text, 200)], base, false, true)
                        .filter(|(v, _, _)| !v.is_empty())
                {
                    finds.publisher = Some(Found::new(value, Loc::Source(range), rule));
                }
            }
            // A dateline that opens the story's first paragraph is part of it; one alone
            // on its line ("Paris, 10 October 2019") is metadata, never the title.
            consumed = rule != "dateline" || caps.get(0).is_some_and(|m| m.end() >= text.len());
        } else if let Some(caps) = (has_digit
            && starts(&["doc", "symbol", "report no", "report num"]))
        .then(|| DOC_NUMBER_RE.captures(text))
        .flatten()
        {
            if finds.number.is_none() {
                if let Some(range) = cap_range(&caps, "v", base) {
                    let value = source.get(range.clone()).unwrap_or("").to_string();
                    finds.number = Some(Found::new(value, Loc::Source(range), "doc_number"));
                    doc_number_line = Some(base..base + text.len());
                    number_kind = NumberKind::Doc;
                }
            }
        } else if let Some(caps) = (has_digit && text.len() < 60 && text.contains('/'))
            .then(|| UN_SYMBOL_RE.captures(text))
            .flatten()
        {
            if finds.number.is_none() {
                if let Some(range) = cap_range(&caps, "v", base) {
                    let value = source.get(range.clone()).unwrap_or("").to_string();
                    finds.number = Some(Found::new(value, Loc::Source(range.clone()), "un_symbol"));
                    doc_number_line = Some(range);
                    number_kind = NumberKind::UnSymbol;
                }
            }
        } else if let Some(caps) = (has_digit
            && (starts(&[
                "period",
                "reporting",
                "events of",
                "coverage",
                "temporal cov",
            ]) || (text.ends_with(')') && text.to_lowercase().contains("report"))
                || text.contains("overing")
                || text.contains("covers ")
                || text.contains(" cover ")
                || text.contains(" covered ")
                || text.contains("eference period")))
        .then(|| PERIOD_LINE_RE.captures(text))
        .flatten()
        {
            let v = caps
                .name("v")
                .or_else(|| caps.name("w"))
                .or_else(|| caps.name("x"))
                .or_else(|| caps.name("y"))
                .or_else(|| caps.name("c"));
            match v.and_then(|m| parse_period(m.as_str()).map(|p| (m.start(), p))) {
                Some((v_start, (period, len))) => {
                    if finds.period.is_none() {
                        let start = base + v_start;
                        finds.period = Some(Found::new(
                            period,
                            Loc::Source(start..start + len),
                            "covering_period",
                        ));
                    }
                }
                None => consumed = false,
            }
        } else if let Some(period) = (has_digit
            && (text.len() <= 60 || (text.contains(" | ") && text.len() <= 120)))
            .then(|| {
                let above = (0..idx)
                    .rev()
                    .map(|j| trim_decoration(lines[j].text(source)))
                    .find(|t| !t.is_empty())
                    .unwrap_or("");
                // "Issue No. 22 | Second Quarter 2024 (1 April - 30 June 2024)": one
                // of a cover line's parts.
                period_alone(text, above)
                    .or_else(|| {
                        text.split(" | ")
                            .map(str::trim)
                            .filter(|part| part.len() <= 60)
                            .find_map(|part| period_alone(part, above))
                    })
                    .or_else(|| edition_quarter(text))
            })
            .flatten()
        {
            if finds.period.is_none() {
                finds.period = Some(Found::new(
                    period,
                    Loc::Source(base..base + text.len()),
                    "period_line",
                ));
            }
        } else if let Some(hit) = (has_digit
            && text.len() <= 60
            && !sentence_tail(source, lines, idx, text))
        .then(|| {
            parse_date(text)
                .filter(|h| is_date_only(text, h))
                // A date alone in brackets, as an American opinion heads its body:
                // "(March 3, 2020)".
                .or_else(|| {
                    let inner = text.strip_prefix('(')?.strip_suffix(')')?;
                    let hit = parse_date(inner).filter(|h| is_date_only(inner, h))?;
                    Some(DateHit {
                        iso: hit.iso,
                        range: hit.range.start + 1..hit.range.end + 1,
                    })
                })
                // "04.04.2019": dots are a European writing, day first; perhaps with
                // the time after it ("03.05.2017 | 16:40").
                .or_else(|| {
                    let day = TRAILING_TIME_RE
                        .find(text)
                        .map_or(text, |m| &text[..m.start()]);
                    DOTTED_DATE_RE
                        .is_match(day)
                        .then(|| day_first(day))
                        .flatten()
                })
                // "POLICY BRIEF No. 47 | OCTOBER 2022": a series line's month.
                .or_else(|| {
                    let caps = SERIES_NUMBER_RE.captures(text)?;
                    let v = caps.name("v")?;
                    let hit = parse_date(v.as_str()).filter(|h| is_date_only(v.as_str(), h))?;
                    Some(DateHit {
                        iso: hit.iso,
                        range: v.start() + hit.range.start..v.start() + hit.range.end,
                    })
                })
                // "Strasbourg 14/03/2023": day first, read with slashes only when
                // no month-first reading is possible.
                .or_else(|| place_numeric_day(text))
                // A cover's place and month: "London, May 2008"; a magazine's issue.
                .or_else(|| {
                    PLACE_MONTH_RE
                        .captures(text)
                        .or_else(|| ISSUE_RE.captures(text))
                        .or_else(|| ISSUE_SEASON_RE.captures(text))
                        .or_else(|| ISSUE_MONTH_RE.captures(text))
                        .and_then(|c| {
                            let v = c.name("v")?;
                            let hit = parse_date(v.as_str())?;
                            Some(DateHit {
                                iso: hit.iso,
                                range: v.start() + hit.range.start..v.start() + hit.range.end,
                            })
                        })
                })
        })
        .flatten()
        {
            if date_line.is_none() {
                let start = base + hit.range.start;
                date_line = Some(Found::new(
                    hit.iso,
                    Loc::Source(start..start + hit.range.len()),
                    "date_line",
                ));
            }
        } else if let Some((value, range, rule)) = if text.len() <= 200 {
            issuer_line(text, base, !seen_content, false)
        } else {
            // A long line (a story's first paragraph) is read for the marks of
            // `rules/issuers.json` at its head only: "GENEVA, March 14 (Reuters) - ...".
            issuer_line(
                &text[..floor_boundary(text, 200)],
                base,
                !seen_content,
                true,
            )
        } {
            if finds.publisher.is_none() && !value.is_empty() {
                finds.publisher = Some(Found::new(value, Loc::Source(range.clone()), rule));
            }
            // "Released by the Bureau of ..., March 8, 2006".
            let rest = &source[range.end..base + text.len()];
            if let Some(hit) = parse_date(rest).filter(|hit| date_at_head(rest, hit)) {
                if finds.published.is_none() {
                    let start = range.end + hit.range.start;
                    finds.published = Some(Found::new(
                        hit.iso,
                        Loc::Source(start..start + hit.range.len()),
                        "released_line",
                    ));
                }
            }
        } else {
            consumed = false;
        }
        // A line read as metadata does not end the search for a first-line title.
        let meta_line = consumed;

        if !consumed && heading.is_none() {
            let lead = raw.trim_start();
            let caps = if lead.starts_with('=') {
                // An AsciiDoc title ("= Title") opens the document: no line with words
                // above it.
                WIKI_HEADING_RE.captures(raw).filter(|c| {
                    c.name("u").is_none()
                        || !lines[..idx]
                            .iter()
                            .any(|l| l.text(source).contains(char::is_alphabetic))
                })
            } else if lead.starts_with('#') {
                ATX_HEADING_RE.captures(raw)
            } else {
                None
            };
            if let Some((value, range)) = caps
                .and_then(|c| {
                    cap_range(&c, "t", line.start).or_else(|| cap_range(&c, "u", line.start))
                })
                .and_then(|r| clean_value(source, r))
            {
                // A heading that only names the kind of document ("# LEGAL BRIEF" over
                // "## The Right to Protest ..."): the title is the next heading.
                // Nor is a numbered section's heading ("# 1 Summary {#summary}").
                // A book's chapter as its own page ("# 4. Bail and detention" over "## 4.1
                // ..."): the one first-level heading, numbered with a full stop, opens it.
                let level_one = lead.starts_with("# ");
                let chapter = level_one
                    && !seen_body
                    && CHAPTER_NUMBER_RE.is_match(&value)
                    && source
                        .lines()
                        .filter(|l| l.starts_with("# "))
                        .nth(1)
                        .is_none();
                // A second-level heading under paragraphs of prose is a section's, the
                // title being in the lines above it.
                let section_under_body = !level_one && lead.starts_with("##") && seen_body;
                if !NOT_TITLE_RE.is_match(&value)
                    && (!SECTION_NUMBER_RE.is_match(&value) || chapter)
                    && !section_under_body
                {
                    heading = Some(Found::new(value, Loc::Source(range), "heading"));
                }
                consumed = true;
            }
        }
        if !consumed && setext.is_none() {
            let next = lines.get(idx + 1).map(|l| l.text(source)).unwrap_or("");
            if next.trim_start().starts_with('=')
                && SETEXT_RULE_RE.is_match(next)
                && !text.starts_with('=')
                && !INSTRUMENT_NUMBER_RE.is_match(text)
            {
                setext = Some(Found::new(
                    text.to_string(),
                    Loc::Source(base..base + text.len()),
                    "heading",
                ));
                consumed = true;
            }
        }
        if !consumed && bold.is_none() {
            let lead = raw.trim_start();
            if let Some(caps) = (lead.starts_with("**") || lead.starts_with("__"))
                .then(|| BOLD_LINE_RE.captures(raw))
                .flatten()
            {
                if let Some((value, range)) =
                    cap_range(&caps, "t", line.start).and_then(|r| clean_value(source, r))
                {
                    // A body's name in bold capitals over the bold title (a word
                    // processor's cover turned into markdown): the publisher.
                    // A line that opens with the document's kind ("ANNUAL REPORT OF
                    // THE ... COMMISSION") is the title, not a body.
                    // A UN mandate's name in bold over the statement it issues ("**Special
                    // Rapporteur on the right to food**" over "**END OF MISSION
                    // STATEMENT**") names its author too.
                    let caps_body = (!value.chars().any(char::is_lowercase)
                        && names_a_body(&value)
                        && !opens_with_kind(&value))
                        || MANDATE_RE.is_match(&value);
                    if caps_body {
                        if finds.publisher.is_none() {
                            finds.publisher = Some(Found::new(
                                tidy_name(&value),
                                Loc::Source(range.clone()),
                                "bold_masthead",
                            ));
                        }
                    } else if value.len() <= 200 && !value.ends_with('.') {
                        // A title cut at its colon over a bold subtitle ("**No Way
                        // Back:**" over "**Returns at the Border, 2020-2022**").
                        let cut = caps
                            .name("t")
                            .is_some_and(|t| t.as_str().trim_end().ends_with(':'));
                        let subtitle = cut
                            .then(|| {
                                lines[idx + 1..]
                                    .iter()
                                    .take(3)
                                    .find(|l| !l.text(source).trim().is_empty())
                            })
                            .flatten()
                            .and_then(|l| {
                                let c = BOLD_LINE_RE.captures(l.text(source))?;
                                let m = c.name("t")?;
                                Some((m.as_str().trim().to_string(), l.start + m.end()))
                            })
                            .filter(|(t, _)| t.len() <= 150 && !t.ends_with('.'));
                        let (value, range) = match subtitle {
                            Some((sub, end)) => (
                                format!("{}: {sub}", value.trim_end_matches(':')),
                                range.start..end,
                            ),
                            None => (value, range),
                        };
                        bold = Some(Found::new(value, Loc::Source(range), "bold_line"));
                    }
                }
            }
        }
        if drop.get(idx).copied().flatten().is_some() || meta_line {
            continue;
        }
        // An act's line of day, place and number ("3 April 2021   Velitsa   No. 214").
        if !seen_content && !consumed && day_number_cells(text).is_some() {
            continue;
        }
        if !seen_content && !consumed && category_list(text) {
            continue;
        }
        // A cover's logo line, the body's name in lower case beside its slogan
        // ("acme | for every river"): the body, as the text writes it, publishes.
        if !seen_content && !consumed && idx < 6 {
            if let Some((at, name)) = logo_slogan(source, text) {
                if finds.publisher.is_none() {
                    let at = base + at;
                    finds.publisher = Some(Found::new(
                        name,
                        Loc::Source(at..at + text.split('|').next().unwrap_or("").trim().len()),
                        "logo_slogan",
                    ));
                }
                continue;
            }
        }
        if !seen_content
            && !consumed
            && (NOT_TITLE_RE.is_match(text) || INSTRUMENT_NUMBER_RE.is_match(text))
        {
            // "Annual Report" over "2018-19": a cover's title over two lines.
            if let Some(found) = cover_title(source, lines, idx, head_end, true) {
                seen_content = true;
                first_line = Some(found);
            }
            continue;
        }
        // A cover's first line in capitals that names a body ("GLOBAL ABOLITION
        // NETWORK" over the report's title): the publisher, not the title.
        // A masthead set in two or three languages side by side ("AFRICAN UNION
        // UNION AFRICAINE"): the first column is the name.
        // A union's masthead in columns over one of its organs ("AFRICAN UNION   UNION
        // AFRICAINE" over "African Commission on Human & Peoples' Rights"): the organ
        // publishes; its name in a second language may follow.
        if organ_next > 0 && !seen_content && !consumed {
            organ_next -= 1;
            let translation = organ_next == 0
                && finds.publisher.as_ref().is_some_and(|p| {
                    p.rule == "masthead_organ" && shares_a_long_word(&p.value, text)
                });
            if translation || (names_a_body(text) && text.chars().any(char::is_lowercase)) {
                if organ_next == 1 {
                    finds.publisher = Some(Found::new(
                        tidy_name(text),
                        Loc::Source(base..base + text.len()),
                        "masthead_organ",
                    ));
                }
                continue;
            }
            organ_next = 0;
        }
        // A series strip over a paper's title ("CENTRE - WORKING PAPER SERIES - No. 07/2024
        // - ISSN ..."), a partner's name under the cover's masthead: no title.
        if !seen_content && !consumed {
            if let Some(name) = series_strip(text) {
                if finds.publisher.is_none() && !name.is_empty() {
                    let at = base + offset_in(text, name);
                    finds.publisher = Some(Found::new(
                        tidy_name(name),
                        Loc::Source(at..at + name.len()),
                        "series_strip",
                    ));
                }
                continue;
            }
            if body_under_masthead(text) && after_cover_masthead(source, lines, idx, &finds) {
                continue;
            }
        }
        // A letterhead's address or contact row ("P. O. Box 673, Banjul", "Tel: ...") is
        // no title.
        // Nor is a meeting's or a session's number alone ("1120TH MEETING").
        if !seen_content
            && !consumed
            && (CONTACT_LINE_RE.is_match(text)
                || MEETING_NUMBER_RE.is_match(text)
                || place_and_day(text))
        {
            continue;
        }
        let mast = masthead_column(text);
        let over_publication_of = lines[idx + 1..head_end.min(idx + 4)]
            .iter()
            .map(|l| trim_decoration(l.text(source)))
            .find(|t| !t.is_empty())
            .is_some_and(|t| PUBLICATION_OF_RE.is_match(t));
        if !seen_content
            && !consumed
            && !over_publication_of
            && (cover_masthead(mast)
                || international_masthead(source, mast)
                || body_over_title(source, lines, idx, head_end))
        {
            if finds.publisher.is_none() {
                finds.publisher = Some(Found::new(
                    tidy_name(mast),
                    Loc::Source(base..base + mast.len()),
                    "cover_masthead",
                ));
                if mast.len() < text.len() {
                    organ_next = 2;
                }
            }
            continue;
        }
        if !seen_content && !consumed && text.len() <= 80 {
            let next = lines[idx + 1..head_end.min(idx + 5)]
                .iter()
                .map(|l| trim_decoration(l.text(source)))
                .find(|t| !t.is_empty());
            if next.is_some_and(|t| TAGLINE_RE.is_match(t)) {
                continue;
            }
            // The release line may come under the letterhead's address ("P.O. Box 2291,
            // Osk"), or over the issuer's name ("PRESS RELEASE" / "National Commission
            // ..." / the headline).
            let next_past_contact = lines[idx + 1..head_end.min(idx + 5)]
                .iter()
                .map(|l| trim_decoration(l.text(source)))
                .find(|t| !t.is_empty() && !CONTACT_LINE_RE.is_match(t));
            let prev = lines[..idx]
                .iter()
                .rev()
                .take(3)
                .map(|l| trim_decoration(l.text(source)))
                .find(|t| !t.is_empty());
            // Under the release line, the name must be a body's and a headline follow it
            // (a short line, no sentence, no dateline): else the line is the headline.
            let release_near = next_past_contact.is_some_and(|t| RELEASE_LINE_RE.is_match(t))
                || (prev.is_some_and(|t| RELEASE_LINE_RE.is_match(t))
                    && names_a_body(text)
                    && next.is_some_and(|t| {
                        t.len() <= 150
                            && t.split_whitespace().count() >= 3
                            && !t.ends_with(['.', ':', ';', ','])
                            && !place_and_day(t)
                            && parse_date(t).is_none()
                    }));
            // An organisation's name over its release line ("National Human Rights
            // Commission" over "Press Release No. 45/2015", a coalition's name over "For
            // immediate release"): the issuer, not the title.
            if (release_near
                || next.is_some_and(|t| {
                    SERIES_ALONE_RE.is_match(t) || SUBMISSION_TITLE_RE.is_match(t)
                }))
                && !SITE_SECTIONS.contains(&text.to_lowercase())
                && text.split_whitespace().count() <= 8
                && all_capitalised(text)
                && organisation_like(text)
                && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '?' | '!'))
                && !text.ends_with('.')
            {
                if finds.publisher.is_none() {
                    finds.publisher = Some(Found::new(
                        tidy_name(text),
                        Loc::Source(base..base + text.len()),
                        "masthead",
                    ));
                }
                continue;
            }
        }
        if !seen_content {
            seen_content = true;
            let next = lines
                .get(idx + 1)
                .map_or("", |l| trim_decoration(l.text(source)));
            // A headline repeated without the site's suffix ("X News" over "X"): the
            // shorter one.
            if !consumed
                && next.len() >= 20
                && next.len() < text.len()
                && text.starts_with(next)
                && !next.ends_with(['.', ':', ';', ','])
            {
                let nbase = lines[idx + 1].start + offset_in(lines[idx + 1].text(source), next);
                first_line = Some(Found::new(
                    next.to_string(),
                    Loc::Source(nbase..nbase + next.len()),
                    "first_line",
                ));
                continue;
            }
            if !consumed && !SECTION_NAME_RE.is_match(text) && !CAPTION_MARK_RE.is_match(text) {
                if let Some(found) = cover_title(source, lines, idx, head_end, false) {
                    first_line = Some(found);
                    continue;
                }
            }
            if !consumed
                && stands_alone(text, next)
                && !SECTION_NAME_RE.is_match(text)
                && !CAPTION_MARK_RE.is_match(text)
                && !ROLE_RE.is_match(text)
                && !BILL_RE.is_match(text)
                && (text.len() <= 150 || text.len() <= 300 && LONG_REPORT_TITLE_RE.is_match(text))
                && text.chars().any(char::is_alphabetic)
                && (!text.ends_with(['.', ':', ';', ',', '!', '?']) || question_title(text))
            {
                // An archive's prefix: "Document - Title".
                let lead = DOC_PREFIX_RE.find(text).map_or(0, |m| {
                    if m.end() < text.len() {
                        m.end()
                    } else {
                        0
                    }
                });
                first_line = Some(Found::new(
                    text[lead..].to_string(),
                    Loc::Source(base + lead..base + text.len()),
                    "first_line",
                ));
            }
        }
    }

    let un = un_heading(source, lines, head_end);
    let (un_title, un_publisher) = match un {
        Some(UnHeading {
            title,
            publisher,
            symbol,
            day,
        }) => {
            if finds.number.is_none() {
                finds.number = symbol;
            }
            if finds.published.is_none() {
                finds.published = day;
            }
            (title, publisher)
        }
        None => (None, None),
    };
    let caption = caption_title(source, lines, drop, head_end)
        .or_else(|| court::between_caption(source, EDGE_BYTES))
        .or_else(|| and_caption(source, lines, drop, head_end))
        .or_else(|| counsel_caption(source, lines, drop, head_end));
    let caption_end = match caption.as_ref().map(|c| &c.loc) {
        Some(Loc::Source(r)) => Some(r.end),
        _ => None,
    };
    // Under a UN heading whose title was not found, its first line ("United Nations")
    // is no title either.
    let first_line = first_line.filter(|f| {
        un_publisher
            .as_ref()
            .is_none_or(|p| !f.value.eq_ignore_ascii_case(&p.value))
    });
    // Nor is a bold line read as the body over the bold title.
    let first_line = first_line.filter(|f| {
        finds
            .publisher
            .as_ref()
            .is_none_or(|p| p.rule != "bold_masthead" || !f.value.eq_ignore_ascii_case(&p.value))
    });
    let head_lower = source
        .get(..floor_boundary(source, EDGE_BYTES))
        .unwrap_or("")
        .to_lowercase();
    let matter = (caption.is_none() && court::is_judgment(&head_lower))
        .then(|| court::matter_caption(source, lines, head_end))
        .flatten();
    let gazette = gazette_head(source, lines, head_end);
    if let Some(state) = gazette.as_ref().and_then(|g| g.1.clone()) {
        finds.publisher = Some(state);
    }
    let hansard = hansard_head(source, lines, head_end);
    if let Some(house) = hansard.as_ref().and_then(|h| h.1.clone()) {
        if finds
            .publisher
            .as_ref()
            .is_none_or(|p| p.rule == "cover_masthead")
        {
            finds.publisher = Some(house);
        }
    }
    finds.title = title_line
        .or(heading)
        .or(setext)
        .or(un_title)
        .or(gazette.map(|g| g.0))
        .or(hansard.map(|h| h.0))
        .or(caption)
        .or(matter)
        .or_else(|| deponent_title(source, lines, head_end))
        .or_else(|| bill_title(source, lines, drop, head_end))
        .or(first_line)
        .or(bold);
    // Judgments: the day of decision and the court.
    let judgment = caption_end.is_some()
        || finds
            .published
            .as_ref()
            .is_some_and(|p| p.rule == "decision_line")
        || court::is_judgment(&head_lower);
    if judgment {
        // An appellate court's summary block ("TRIAL JUDGE:", "COURT FROM WHICH
        // APPEALED:"): its "DATE OF JUDGMENT" is the trial court's; the court's own day
        // is its "DISPOSITION: AFFIRMED - 08/23/2018", or none.
        if court::appeal_summary(source, lines, head_end) {
            if finds
                .published
                .as_ref()
                .is_some_and(|p| p.rule == "decision_line")
            {
                finds.published = None;
            }
            if finds.published.is_none() {
                finds.published = court::disposition_day(source, lines, head_end);
            }
        }
        if finds.published.is_none() {
            finds.published = court::filed_header(source, lines)
                .or_else(|| court::noted_day(source, lines, head_end))
                .or_else(|| court::day_line(source, lines, head_end))
                .or_else(|| court::decision_in_line(source, lines, 0..head_end, false))
                .or_else(|| caption_end.and_then(|end| court::caption_date(source, lines, end)))
                .or_else(|| numeric_date.filter(|_| !court::american(source)))
                .or_else(|| {
                    // The judges sign at the end: "DATED, SIGNED AND DELIVERED AT
                    // MOMBASA THIS 14TH DAY OF SEPTEMBER, 2018".
                    let tail_from = source.len().saturating_sub(EDGE_BYTES);
                    // (A short judgment's end is in its head too.)
                    let tail_start = lines.partition_point(|l| l.end < tail_from);
                    court::decision_in_line(source, lines, tail_start..lines.len(), true)
                })
                // "NEW DELHI;" over "FEBRUARY 06, 2024." under the judges' names.
                .or_else(|| court::seat_and_day_foot(source, lines));
        }
        // "AFRICAN UNION" over "AFRICAN COURT ON HUMAN AND PEOPLES' RIGHTS": the body a
        // court belongs to heads its judgments; the court decided.
        if finds
            .publisher
            .as_ref()
            .is_none_or(|p| p.rule == "cover_masthead")
        {
            if let Some(court) = court::court_publisher(source, lines, drop, head_end) {
                finds.publisher = Some(court);
            }
        }
        if finds.number.is_none() {
            finds.number = court::case_number(source, lines, head_end);
        }
    }
    if finds.published.is_none() {
        finds.published = first_published(source)
            .or(date_line)
            .or_else(|| masthead_day(source, lines, head_end))
            .or_else(|| season_line(source, lines, head_end))
            .or_else(|| issue_note_day(source));
    }
    // "Last Updated: Friday, 28 April 2006, 14:51 GMT" over a story that gives no other
    // day: the version read was put out then.
    if finds.published.is_none() && updated_at_head {
        finds.published = finds
            .updated
            .as_ref()
            .map(|u| Found::new(u.value.clone(), u.loc.clone(), "last_updated_only"));
    }
    if finds.publisher.is_none() {
        finds.publisher = department_over_type(source, lines, drop);
    }
    if finds.publisher.is_none() {
        finds.publisher = un_publisher;
    }
    if finds.publisher.is_none() {
        if let Some(line) = doc_number_line.filter(|_| finds.number.is_some()) {
            finds.publisher = convention_publisher(source, number_kind, line);
        }
    }
    if finds.publisher.is_none() {
        finds.publisher = copyright_publisher(source, lines, drop);
    }
    if finds.publisher.is_none() {
        finds.publisher = footer_publisher(source, lines);
    }
    if finds.publisher.is_none() {
        finds.publisher = about_publisher(source, lines);
    }
    if finds.publisher.is_none() {
        finds.publisher = paper_over_day(source, lines, head_end);
    }
    if finds.publisher.is_none() {
        finds.publisher = signed_publisher(source, lines);
    }
    if finds.publisher.is_none() {
        finds.publisher = source_over_day(source, lines, head_end);
    }
    if finds.publisher.is_none() {
        finds.publisher = postal_publisher(source, lines);
    }
    if let Some(episode) = episode_title(source, lines, head_end) {
        // The show's name over its episode's line is no title.
        let above = |t: &Found<String>| match (&t.loc, &episode.loc) {
            (Loc::Source(a), Loc::Source(e)) => a.start < e.start,
            _ => false,
        };
        if finds.title.as_ref().is_none_or(above) {
            finds.title = Some(episode);
        }
    }
    if finds.publisher.is_none() || finds.published.is_none() {
        if let Some((body, day)) = series_of_body(source, lines, head_end) {
            finds.publisher = finds.publisher.or(Some(body));
            finds.published = finds.published.or(day);
        }
    }
    if finds.publisher.is_none() || finds.published.is_none() {
        if let Some((body, day)) = act_of_body(source, lines, head_end) {
            finds.publisher = finds.publisher.or(Some(body));
            finds.published = finds.published.or(Some(day));
        }
    }
    if finds.published.is_none() {
        finds.published = adopted_day(source, lines)
            .or_else(|| jurat_day(source, lines))
            .or_else(|| embargo_day(source, lines))
            .or_else(|| ordered_printed_day(source, lines));
    }
    if finds.published.is_none() {
        finds.published = communique_meeting_day(source, lines);
    }
    if finds.period.is_none() {
        finds.period = tail_period(source, lines);
    }
    finds
}

/// A blog's day without its year at the head of a post ("Oct 12", as hosted blogs drop
/// the current year), the page's copyright naming one year ("© 2023"), and the post
/// telling of a day of that year in full up to a fortnight before ("On Tuesday, 10
/// October 2023, ..."): the day in that year. Anything less settles no year.
fn yearless_post_day(source: &str, original: &str, lines: &[Line]) -> Option<Found<String>> {
    let head_end = lines.partition_point(|l| l.start < EDGE_BYTES);
    static MONTH_DAY_RE: LazyLock<Regex> =
        LazyLock::new(|| re(&format!(r"(?i)^(?P<m>{MON})\.?\s+(?P<d>\d{{1,2}})$")));
    static COPYRIGHT_YEAR_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)(?:©|&copy;|\(c\)|copyright)\s*(?P<y>(?:19|20)\d\d)\b(?:\s*[-–]\s*\d)?")
    });
    let (idx, base, len, m, d) =
        lines[..head_end.min(40)]
            .iter()
            .enumerate()
            .find_map(|(i, l)| {
                let raw = l.text(source);
                let t = trim_decoration(raw);
                let c = MONTH_DAY_RE.captures(t)?;
                let m = month_number(c.name("m")?.as_str())?;
                let d: u32 = c.name("d")?.as_str().parse().ok()?;
                Some((i, l.start + offset_in(raw, t), t.len(), m, d))
            })?;
    // (A page's footer, where its copyright stands, may be chrome the text lost.)
    let years: Vec<i32> = COPYRIGHT_YEAR_RE
        .captures_iter(original)
        .filter_map(|c| c.name("y")?.as_str().parse().ok())
        .collect();
    let year = *years.first()?;
    if years.iter().any(|y| *y != year) {
        return None;
    }
    let day = iso(year, Some(m), Some(d)).filter(|d| d.len() == 10)?;
    let ordinal = |iso: &str| -> Option<i64> {
        let y: i64 = iso.get(..4)?.parse().ok()?;
        let m: i64 = iso.get(5..7)?.parse().ok()?;
        let d: i64 = iso.get(8..10)?.parse().ok()?;
        Some(y * 372 + m * 31 + d)
    };
    let own = ordinal(&day)?;
    let told = lines[idx + 1..].iter().take(40).any(|l| {
        let t = l.text(source);
        parse_date(t).is_some_and(|h| {
            h.iso.len() == 10 && ordinal(&h.iso).is_some_and(|o| o <= own && own - o <= 14)
        })
    });
    told.then(|| Found::new(day, Loc::Source(base..base + len), "yearless_post_day"))
}

/// A logo line at a cover's top: one word, the body's name set in lower case, beside a
/// slogan of two to six words in lower case ("acme | for every river"), the text writing
/// the name in capitals as a word of its own at least twice elsewhere ("ACME
/// reached ..."): the name as the text writes it, with its offset in `text`.
fn logo_slogan(source: &str, text: &str) -> Option<(usize, String)> {
    let (name, slogan) = text.split_once('|')?;
    let name = name.trim();
    let slogan = slogan.trim();
    let words = slogan.split_whitespace().count();
    if !(2..=6).contains(&words)
        || !(2..=12).contains(&name.len())
        || !name.chars().all(|c| c.is_ascii_lowercase())
        || !slogan
            .chars()
            .all(|c| c.is_lowercase() || c.is_whitespace() || c == '\'')
    {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    let bytes = source.as_bytes();
    let times = source
        .match_indices(&upper)
        .filter(|(at, _)| {
            let before = at.checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(at + upper.len()).copied();
            !before.is_some_and(|b| b.is_ascii_alphanumeric())
                && !after.is_some_and(|b| b.is_ascii_alphanumeric())
        })
        .count();
    (times >= 2).then(|| (offset_in(text, name), upper))
}

/// A story's categories over its headline, as a news site's page copied as text gives
/// them ("Africa, Crime & Justice, Headlines, Human Rights"): four or more short names
/// apart by commas, every word capitalised (or "&"), no sentence. Never a title.
fn category_list(text: &str) -> bool {
    let cells: Vec<&str> = text.split(", ").map(str::trim).collect();
    cells.len() >= 4
        && text.len() <= 200
        && !text.ends_with(['.', ':', ';', '!', '?'])
        && cells.iter().all(|c| {
            let words: Vec<&str> = c.split_whitespace().collect();
            (1..=4).contains(&words.len())
                && words.iter().all(|w| {
                    *w == "&" || (w.starts_with(|ch: char| ch.is_uppercase()) && !w.contains('.'))
                })
        })
}

/// A document's own span stated only in its last lines ("This bulletin covers hearings
/// monitored between 1 July and 30 November 2022."): the period, when the line's subject
/// is the document ("this ...", its kind) and its head gives none.
fn tail_period(source: &str, lines: &[Line]) -> Option<Found<Period>> {
    const KINDS: &[&str] = &[
        "this ",
        "bulletin",
        "report",
        "note",
        "newsletter",
        "update",
        "brief",
        "issue",
        "edition",
        "review",
        "paper",
        "survey",
        "publication",
    ];
    let tail = lines
        .iter()
        .rev()
        .filter(|l| !trim_decoration(l.text(source)).is_empty())
        .take(6);
    for l in tail {
        let raw = l.text(source);
        let text = trim_decoration(raw);
        if text.len() > 250 {
            continue;
        }
        let Some(v) = PERIOD_LINE_RE.captures(text).and_then(|c| c.name("w")) else {
            continue;
        };
        let lower = text[..v.start()].to_lowercase();
        let Some(cover_at) = lower.find(" cover") else {
            continue;
        };
        let subject = &lower[..cover_at + 1];
        if subject.split_whitespace().count() > 8 || !KINDS.iter().any(|k| subject.contains(k)) {
            continue;
        }
        let Some((period, len)) = parse_period(v.as_str()) else {
            continue;
        };
        let start = l.start + offset_in(raw, text) + v.start();
        return Some(Found::new(
            period,
            Loc::Source(start..start + len),
            "tail_period",
        ));
    }
    None
}

/// An Org-mode file's keyword line read as a label: "#+TITLE: NAME" as "TITLE: NAME",
/// "#+DATE: <2023-02-14 Tue>" as "DATE: <2023-02-14 Tue>".
fn org_keyword(raw: &str) -> Option<&str> {
    let rest = raw.strip_prefix("#+")?;
    let (key, _) = rest.split_once(':')?;
    (!key.is_empty() && key.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_'))
        .then(|| rest.trim_end())
}

/// An episode's line at the head of a show's transcript: "Episode 42 - \"Title\": Subtitle",
/// "Ep. 7: Title".
static EPISODE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?i:episode|ep\.)\s*#?\d{1,4}\s*[-\u{2013}\u{2014}:.|]\s*(?P<t>\S.{6,200})$")
});

/// The first `take` non-empty lines of the head, each trimmed of its decoration, with the
/// source offset where the trimmed text begins.
fn head_texts<'a>(
    source: &'a str,
    lines: &'a [Line],
    head_end: usize,
    take: usize,
) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    lines[..head_end.min(lines.len())]
        .iter()
        .filter(move |l| !l.text(source).trim().is_empty())
        .take(take)
        .map(move |l| {
            let raw = l.text(source);
            let text = trim_decoration(raw);
            (l.start + offset_in(raw, text), text)
        })
}

/// The day a date capture `v` of a line (starting at `base`) holds, found by `rule`.
fn day_found(base: usize, v: regex::Match<'_>, rule: &'static str) -> Option<Found<String>> {
    let hit = parse_date(v.as_str())?;
    let start = base + v.start() + hit.range.start;
    Some(Found::new(
        hit.iso,
        Loc::Source(start..start + hit.range.len()),
        rule,
    ))
}

/// The title of [`EPISODE_RE`] among the first eight non-empty lines of the head.
fn episode_title(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    head_texts(source, lines, head_end, 8).find_map(|(base, text)| {
        let t = EPISODE_RE.captures(text)?.name("t")?;
        let value = t.as_str().trim_end_matches(['.', ' ']);
        let start = base + t.start();
        Some(Found::new(
            value.to_string(),
            Loc::Source(start..start + value.len()),
            "episode_line",
        ))
    })
}

/// A series' line naming the body that puts it out: "A podcast from the Sarne Valley
/// Legal Aid Network", "A newsletter of the Coalition for ...".
static SERIES_OF_BODY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:an?)\s+(?:(?i:weekly|monthly|quarterly|daily|special)\s+)?(?i:podcast|newsletter|bulletin|series|blog|radio\s+show|programme|program|publication|report|briefing)\s+(?i:from|by|of)\s+(?:(?i:the)\s+)?(?P<b>\p{Lu}[^.;:!?,]{2,100}?)(?:,\s+(?P<v>(?i:MON)\s+\d{4}|\d{1,2}\s+(?i:MON)\s+\d{4}|(?i:MON)\s+\d{1,2},\s+\d{4}))?\.?$",
    )
});

/// The body of [`SERIES_OF_BODY_RE`] among the first eight non-empty lines of the head,
/// and the day the line gives after it ("A report of the X Centre, June 1999").
fn series_of_body(
    source: &str,
    lines: &[Line],
    head_end: usize,
) -> Option<(Found<String>, Option<Found<String>>)> {
    head_texts(source, lines, head_end, 8).find_map(|(base, text)| {
        let caps = SERIES_OF_BODY_RE.captures(text)?;
        let b = caps.name("b").filter(|b| names_a_body(b.as_str()))?;
        let body = Found::new(
            tidy_name(b.as_str()),
            Loc::Source(base + b.start()..base + b.end()),
            "series_of_body",
        );
        let day = caps
            .name("v")
            .and_then(|v| day_found(base, v, "series_of_body"));
        Some((body, day))
    })
}

/// A body's act named at the head of its text, with its day: "European Parliament
/// resolution of 14 March 2024 on ...", "Committee of Ministers decision of 3 May 2023".
static ACT_OF_BODY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:The\s+)?(?P<b>\p{Lu}[\p{L}'\u{2019} -]{2,90}?)\s+(?i:resolution|decision|recommendation|declaration|opinion)\s+of\s+(?P<v>\d{1,2}\s+(?i:MON)\s+\d{4}|(?i:MON)\s+\d{1,2},\s+\d{4})(?:\s+on\b|\s*$)",
    )
});

/// The body and the day of [`ACT_OF_BODY_RE`] in one of the first twelve non-empty lines
/// of the head: the body adopted the act the text is, on that day.
fn act_of_body(
    source: &str,
    lines: &[Line],
    head_end: usize,
) -> Option<(Found<String>, Found<String>)> {
    head_texts(source, lines, head_end, 12).find_map(|(base, text)| {
        let caps = ACT_OF_BODY_RE.captures(text)?;
        let b = caps.name("b").filter(|b| names_a_body(b.as_str()))?;
        let day = day_found(base, caps.name("v")?, "act_of_body")?;
        let body = Found::new(
            b.as_str().to_string(),
            Loc::Source(base + b.start()..base + b.end()),
            "act_of_body",
        );
        Some((body, day))
    })
}

/// A communiqué's meeting line: "Communiqué of the 1201st meeting of the Peace and Security
/// Council held on 6 March 2024 on the situation in ...", "... at its 1201st meeting held
/// on 6 March 2024": the day of the meeting is the communiqué's.
static MEETING_HELD_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b\d+(?:st|nd|rd|th)\s+(?:(?:ordinary|extraordinary|emergency)\s+)?meeting\b[^.;\n]{0,120}?\bheld\s+(?:[^.;\n]{0,40}?\s)?on\s+(?P<v>\d{1,2}(?:st|nd|rd|th)?\s+MON,?\s+\d{4}|MON\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    )
});

/// The day of [`MEETING_HELD_RE`] in the first non-empty line of the first twelve that
/// holds it, when a line before it is the word "Communiqué" alone or opens with it.
fn communique_meeting_day(source: &str, lines: &[Line]) -> Option<Found<String>> {
    let head: Vec<&Line> = lines
        .iter()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(12)
        .collect();
    let mut communique = false;
    for l in head {
        let raw = l.text(source);
        let text = trim_decoration(raw);
        let lower = text.to_lowercase();
        if let Some(v) = communique
            .then(|| MEETING_HELD_RE.captures(text))
            .flatten()
            .and_then(|c| c.name("v"))
        {
            let hit = parse_date(v.as_str())?;
            let start = l.start + offset_in(raw, text) + v.start() + hit.range.start;
            return Some(Found::new(
                hit.iso,
                Loc::Source(start..start + hit.range.len()),
                "communique_meeting",
            ));
        }
        communique |= lower.starts_with("communiqu");
    }
    None
}

/// A paper's closing line that gives the day its body adopted it: "Adopted by the Council
/// of the Northland Bar Association on 14 February 2020."; the closing line of a
/// resolution or treaty, "Done in Banjul, The Gambia, on 10 November 2019", "Done
/// virtually, on 7 August 2020", "Done at Geneva this 4th day of May 2018".
static ADOPTED_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?i:adopted|approved|endorsed)\s+by\s+(?:the\s+)?\p{Lu}[^.;\n]{2,150}?|(?i:done)(?:\s+(?i:at|in|virtually)\b[^.;\n]{0,80}?)?,?)\s+(?i:on|this)\s+(?:the\s+)?(?P<v>\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?i:MON),?\s+\d{4}|(?i:MON)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*\.?$",
    )
});

/// The day of [`ADOPTED_RE`] among a text's last six lines.
fn adopted_day(source: &str, lines: &[Line]) -> Option<Found<String>> {
    lines
        .iter()
        .rev()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(6)
        .find_map(|l| {
            let raw = l.text(source);
            let text = trim_decoration(raw);
            let v = ADOPTED_RE.captures(text)?.name("v")?;
            let hit = parse_date(v.as_str())?;
            let start = l.start + offset_in(raw, text) + v.start() + hit.range.start;
            Some(Found::new(
                hit.iso,
                Loc::Source(start..start + hit.range.len()),
                "adopted_line",
            ))
        })
}

/// A release's embargo line at its head: "EMBARGOED UNTIL 00:01 BST, THURSDAY 9 SEPTEMBER
/// 2021", "Embargo: 10 December 2019, 00:01 GMT": the day it is published (a wire's note
/// to editors, "Eds: EMBARGOED until ...", is no head line).
static EMBARGO_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:strictly\s+)?(?:under\s+)?embargo(?:ed)?(?:\s+until|\s+till|\s*:)\s*(?P<v>.+)$")
});

/// The day of [`EMBARGO_RE`] on one of a text's first eight lines with words.
fn embargo_day(source: &str, lines: &[Line]) -> Option<Found<String>> {
    labelled_head_day(source, lines, &EMBARGO_RE, 8, "embargo_line")
}

/// A parliamentary paper's order to print, "Ordered by the House of Commons to be printed
/// 12 May 2021": the day its cover gives when it gives no day of publication.
static ORDERED_PRINTED_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^ordered\s+by\s+the\s+\S[^\n]{2,60}?\s+to\s+be\s+printed(?:\s+on)?\s+(?P<v>.+)$")
});

fn ordered_printed_day(source: &str, lines: &[Line]) -> Option<Found<String>> {
    labelled_head_day(source, lines, &ORDERED_PRINTED_RE, 30, "ordered_printed")
}

/// The whole day after the label of `label` (its group "v") on one of the first `take`
/// lines with words.
fn labelled_head_day(
    source: &str,
    lines: &[Line],
    label: &Regex,
    take: usize,
    rule: &'static str,
) -> Option<Found<String>> {
    lines
        .iter()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(take)
        .find_map(|l| {
            let raw = l.text(source);
            let text = trim_decoration(raw);
            let v = label.captures(text)?.name("v")?;
            let hit = parse_date(v.as_str()).filter(|h| h.iso.len() == 10)?;
            let start = l.start + offset_in(raw, text) + v.start() + hit.range.start;
            Some(Found::new(
                hit.iso,
                Loc::Source(start..start + hit.range.len()),
                rule,
            ))
        })
}

/// An affidavit's or a declaration's jurat: "SWORN (BEFORE ME) at PLACE ... this 11th day
/// of March, 2019", "Subscribed and sworn to before me on March 11, 2019", "DECLARED at
/// ... this ...", its words perhaps broken over lines beside a bracket column. Its frame
/// ([`is_jurat_frame`]) tells it from "Affirmed by the Court of Appeal on DATE".
static JURAT_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:subscribed\s+and\s+)?(?P<head>sworn|affirmed|solemnly\s+declared|declared)\b(?P<mid>.{0,200}?)\b(?P<kw>this|on)\s+(?:the\s+)?(?P<v>\d{1,2}(?:st|nd|rd|th)?\s+(?P<dayof>day\s+of\s+)?MON,?\s+\d{4}|MON\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    )
});
/// A jurat's place right after its verb: "SWORN (BEFORE ME) at Tessel", "Declared at Lagos".
static JURAT_AT_PLACE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[\s,]*(?:(?:to\s+)?\(?(?i:before\s+me)\)?\s*)?(?i:at)\s+(?:(?i:the\s+)?\p{Lu})")
});
static JURAT_BEFORE_ME_RE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\bbefore\s+me\b"));

/// Whether a match of [`JURAT_RE`] is framed as a jurat: "before me", "this ... day of",
/// or the verb's place ("sworn at PLACE"); a bare "declared" only as "declared at PLACE".
fn is_jurat_frame(c: &regex::Captures) -> bool {
    let mid = c.name("mid").map_or("", |m| m.as_str());
    let at_place = JURAT_AT_PLACE_RE.is_match(mid);
    if c["head"].eq_ignore_ascii_case("declared") {
        return at_place;
    }
    let this_day_of = c["kw"].eq_ignore_ascii_case("this") && c.name("dayof").is_some();
    at_place || this_day_of || JURAT_BEFORE_ME_RE.is_match(mid)
}
/// The gap before a jurat's bracket column or the signature beside it.
static JURAT_CELL_END_RE: LazyLock<Regex> = LazyLock::new(|| re(r"\s{2,}[)|]|\s{3,}"));

/// The day of a jurat ([`JURAT_RE`]) among a text's last twenty lines: the left cells of
/// its line and the four under it, read as one.
fn jurat_day(source: &str, lines: &[Line]) -> Option<Found<String>> {
    let tail: Vec<&Line> = lines
        .iter()
        .rev()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(20)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let cell = |l: &Line| {
        let raw = l.text(source);
        let text = raw.trim_start();
        let end = JURAT_CELL_END_RE
            .find(text)
            .map_or(text.len(), |m| m.start());
        (l.start + raw.len() - text.len(), &text[..end])
    };
    tail.iter().enumerate().find_map(|(i, first)| {
        // (JURAT_RE alone decides where a jurat opens: no second list of its words.)
        let (_, head) = cell(first);
        if head.trim().is_empty() {
            return None;
        }
        // The joined cells, and where each begins in the joined text and in the source.
        let (mut joined, mut starts) = (String::new(), Vec::new());
        for l in tail.iter().skip(i).take(5) {
            let (at, text) = cell(l);
            if !joined.is_empty() {
                joined.push(' ');
            }
            starts.push((joined.len(), at));
            joined.push_str(text.trim_end());
        }
        let c = JURAT_RE.captures(&joined).filter(is_jurat_frame)?;
        let v = c.name("v")?;
        let hit = parse_date(v.as_str())?;
        let from = v.start() + hit.range.start;
        let &(cell_at, source_at) = starts.iter().rev().find(|(j, _)| *j <= from)?;
        // (A day broken over two lines is located by its part on the first.)
        let cell_end = starts
            .iter()
            .find(|(j, _)| *j > from)
            .map_or(joined.len(), |(j, _)| j - 1);
        let start = source_at + from - cell_at;
        let len = hit.range.len().min(cell_end - from);
        Some(Found::new(
            hit.iso,
            Loc::Source(start..start + len),
            "jurat_line",
        ))
    })
}

/// A period alone on a line of a cover, under its title ("January–December 2019", "1
/// April – 30 September 2021"): what the report covers. Its bounds lie in different
/// months (a session's "11–29 September 2017" is no period covered), and the line above
/// names no session or meeting.
fn period_alone(text: &str, above: &str) -> Option<Period> {
    // An edition's frequency before its period: "Quarterly, October to December 2023".
    static FREQUENCY_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:quarterly|monthly|half[\s-]yearly|biannual|annual|yearly|quarter\s+[1-4]|q[1-4]|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\s*[,:\u{2013}\u{2014}-]\s*",
        )
    });
    // "Second Quarter 2024 (1 April - 30 June 2024)": a part of a year, then its days.
    static PART_BRACKETS_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)|quarter\s+[1-4]|q[1-4]|h[12])\s+(?:of\s+)?(?:19|20)\d\d\s*\((?P<p>[^()]+)\)$",
        )
    });
    let text = PART_BRACKETS_RE
        .captures(text)
        .and_then(|c| c.name("p"))
        .map_or(text, |m| m.as_str().trim());
    let text = FREQUENCY_RE.find(text).map_or(text, |m| &text[m.end()..]);
    let (period, len) = parse_period(text)?;
    let above = above.to_ascii_lowercase();
    let different_months = period.start.get(..7) != period.end.get(..7);
    let two_bounds = text.contains(['-', '\u{2013}', '\u{2014}']) || text.contains(" to ");
    (len == text.len()
        && two_bounds
        && different_months
        && !above.contains("session")
        && !above.contains("meeting"))
    .then_some(period)
}

/// A report's scope and its cut-off in one sentence: "The report covers developments
/// from January 2019 onwards and is based on information up to 30 June 2021", "covers
/// events since March 2020, with information until 15 May 2022": from the first bound to
/// the cut-off. The value's range in `text` is returned with the period.
pub(crate) fn cut_off_period(text: &str) -> Option<(Period, Range<usize>)> {
    static CUT_OFF_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\bcover(?:s|ed|ing)?\s+(?:(?:the\s+)?(?:developments|events|the\s+situation|the\s+period)\s+)?(?:from|since)\s+(?P<a>(?:\d{1,2}\s+)?MON\.?\s+(?:\d{1,2},?\s+)?\d{4})(?:\s+onwards?)?,?\s+(?:and\s+|with\s+)?(?:(?:is|was)\s+)?(?:based\s+on\s+|includes?\s+|including\s+|taking\s+into\s+account\s+)?(?:the\s+)?(?:information|sources|events|developments)(?:\s+(?:available|published|gathered|collected))?\s+(?:up\s+(?:to|until)(?:\s+and\s+including)?|until|through|to)\s+(?P<b>(?:\d{1,2}\s+MON\.?\s+\d{4}|MON\.?\s+\d{1,2},?\s+\d{4}|MON\.?\s+\d{4}))\b",
        )
    });
    let caps = CUT_OFF_RE.captures(text)?;
    let (a, b) = (caps.name("a")?, caps.name("b")?);
    let start = parse_date(a.as_str())?.iso;
    let end = parse_date(b.as_str())?.iso;
    let start = match start.len() {
        7 => format!("{start}-01"),
        10 => start,
        _ => return None,
    };
    let end = match end.len() {
        7 => {
            let y: i32 = end[..4].parse().ok()?;
            let m: u32 = end[5..7].parse().ok()?;
            format!("{end}-{:02}", days_in_month(y, m))
        }
        10 => end,
        _ => return None,
    };
    (start < end).then(|| (Period { start, end }, a.start()..b.end()))
}

/// An edition line that names its issue and the quarter it covers, the quarter alone in
/// one of its parts ("Quarterly Bulletin · Issue No. 14 · Q3 2021", "Newsletter | No. 9 |
/// Second Quarter 2020"): the quarter's months. A quarter with no issue beside it (a
/// list's "Q2 2021", "the first quarter of 2020" in a sentence) is none.
fn edition_quarter(text: &str) -> Option<Period> {
    static QUARTER_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:q(?P<q>[1-4])|quarter\s+(?P<n>[1-4])|(?P<w>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)(?:\s+of)?\s*,?\s+(?P<y>(?:19|20)\d\d)$",
        )
    });
    static ISSUE_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:.{0,60}\s)?(?:issue|edition|no\.|number|vol\.|volume)\s*(?:no\.?\s*)?#?\d{1,4}\b",
        )
    });
    let parts: Vec<&str> = text
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 || !parts.iter().any(|p| ISSUE_RE.is_match(p)) {
        return None;
    }
    let caps = parts.iter().find_map(|p| QUARTER_RE.captures(p))?;
    let q: u32 = match (caps.name("q"), caps.name("n"), caps.name("w")) {
        (Some(m), _, _) | (_, Some(m), _) => m.as_str().parse().ok()?,
        (_, _, Some(w)) => match w.as_str().to_ascii_lowercase().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            _ => 4,
        },
        _ => return None,
    };
    let y = &caps["y"];
    let (start, end) = match q {
        1 => ("01-01", "03-31"),
        2 => ("04-01", "06-30"),
        3 => ("07-01", "09-30"),
        _ => ("10-01", "12-31"),
    };
    Some(Period {
        start: format!("{y}-{start}"),
        end: format!("{y}-{end}"),
    })
}

/// The paper of [`PAPER_ALONE_RE`] among the first twelve lines, the next line its day.
fn paper_over_day(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    let kept: Vec<&Line> = lines[..head_end]
        .iter()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(12)
        .collect();
    kept.windows(2).find_map(|w| {
        let raw = w[0].text(source);
        let text = trim_decoration(raw);
        let p = PAPER_ALONE_RE.captures(text)?.name("p")?;
        let next = trim_decoration(w[1].text(source));
        parse_date(next).filter(|h| is_date_only(next, h))?;
        if !all_capitalised(p.as_str()) {
            return None;
        }
        let start = w[0].start + offset_in(raw, text) + p.start();
        Some(Found::new(
            p.as_str().to_string(),
            Loc::Source(start..start + p.len()),
            "paper_line",
        ))
    })
}

/// An aggregator's record number alone on its line ("Document #2091234").
static RECORD_NUMBER_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:document|record)\s*(?:#|no\.?)\s*\d{3,10}$"));

/// The source an aggregator names over the document it wraps, without a label: a body's
/// name over the day alone ("Network of Independent Election Observers" / "14 December
/// 2023") or under the record's number ("Document #2091234" / "Press Freedom Watch"),
/// among the first twelve lines.
fn source_over_day(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    let kept: Vec<&Line> = lines[..head_end]
        .iter()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(12)
        .collect();
    // Only over the document's body: a letter's signature over its day is no source.
    let body = kept
        .iter()
        .position(|l| l.text(source).split_whitespace().nth(14).is_some())
        .unwrap_or(kept.len());
    kept[..body].windows(2).enumerate().find_map(|(i, w)| {
        let raw = w[1].text(source);
        let (name_line, name_raw) = if RECORD_NUMBER_RE.is_match(trim_decoration(w[0].text(source)))
        {
            (w[1], raw)
        } else {
            let next = trim_decoration(raw);
            parse_date(next).filter(|h| is_date_only(next, h))?;
            (w[0], w[0].text(source))
        };
        let text = trim_decoration(name_raw);
        if text.len() > 80 || !names_a_body(text) {
            return None;
        }
        // The name's line is no heading of a list of days ("Council of Ministers" over
        // several dated items): the line after the pair is no day either.
        if let Some(after) = kept.get(i + 2) {
            let t = trim_decoration(after.text(source));
            if parse_date(t).is_some_and(|h| is_date_only(t, &h)) {
                return None;
            }
        }
        let start = name_line.start + offset_in(name_raw, text);
        Some(Found::new(
            text.to_string(),
            Loc::Source(start..start + text.len()),
            "source_over_day",
        ))
    })
}

/// A report's cover that names its publisher at its foot, apart from the title
/// ("AMNESTY INTERNATIONAL" under the title and the subtitle; an institute's name over its
/// address): a line alone on the first page that names a body which the document names
/// again (a running footer, a copyright notice).
pub fn cover_foot_publisher(
    source: &str,
    lines: &[Line],
    first_page_end: usize,
) -> Option<Found<String>> {
    let lower = source.to_lowercase();
    let cover: Vec<&Line> = lines
        .iter()
        .take_while(|l| l.start < first_page_end)
        .filter(|l| !l.text(source).trim().is_empty())
        .take(40)
        .collect();
    cover.iter().enumerate().find_map(|(i, line)| {
        let raw = line.text(source);
        let text = trim_decoration(raw);
        if text.len() > 80 || !names_a_body(text) {
            return None;
        }
        // A letter's signature over its day ("Inspector of Custodial Services" /
        // "20 September 2019") is no cover's foot.
        if let Some(next) = cover.get(i + 1) {
            let t = trim_decoration(next.text(source));
            if parse_date(t).is_some_and(|h| is_date_only(t, &h)) {
                return None;
            }
        }
        let name = tidy_name(text);
        // Evidence: the name again (a running footer, a notice), or its web address on
        // the line under it ("Oslo | www.example.org").
        let web = cover.get(i + 1).is_some_and(|next| {
            let t = next.text(source).to_lowercase();
            t.contains("www.") || t.contains("http")
        });
        if !web && lower.matches(&name.to_lowercase()).count() < 2 {
            return None;
        }
        let start = line.start + offset_in(raw, text);
        Some(Found::new(
            name,
            Loc::Source(start..start + text.len()),
            "cover_foot",
        ))
    })
}

/// A letter's closing or a release's contact block among a text's last lines: "Yours
/// sincerely," / "Helen Okafor" / "Director" / "Penal Justice Forum"; "Media contact" /
/// "Anna Berg, Communications Officer" / "Eastmark Prison Reform Trust" / "Tel: ...".
static SIGN_OFF_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|respectfully(?:\s+yours)?|signed|(?:media|press)\s+(?:contacts?|enquiries|inquiries)|contacts?|for\s+(?:more|further)\s+information(?:,?\s+(?:please\s+)?contact)?)\s*[:,.]?$",
    )
});

/// The body named in the sign-off or contact block at a text's end (see [`SIGN_OFF_RE`]):
/// the first of the five lines after it that names a body (a person and their post are
/// passed over).
fn signed_publisher(source: &str, lines: &[Line]) -> Option<Found<String>> {
    let tail: Vec<&Line> = lines
        .iter()
        .rev()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(14)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let at = tail
        .iter()
        .position(|l| SIGN_OFF_RE.is_match(trim_decoration(l.text(source))))?;
    tail[at + 1..].iter().take(5).find_map(|l| {
        let raw = l.text(source);
        let whole = trim_decoration(raw).trim_end_matches([',', '.']);
        // "Coordinator, Example Families Network": the signer's post before the body.
        let text = post_then_body(whole).unwrap_or(whole);
        if !names_a_body(text) {
            return None;
        }
        let start = l.start + offset_in(raw, text);
        Some(Found::new(
            tidy_name(text),
            Loc::Source(start..start + text.len()),
            "signed_by",
        ))
    })
}

/// The body after a signer's post on one line ("Coordinator, Example Network", "Executive
/// Director, Example Trust"): the post is a few words, one of them a post's name, and
/// names no body itself.
fn post_then_body(text: &str) -> Option<&str> {
    const POSTS: &[&str] = &[
        "coordinator",
        "co-ordinator",
        "director",
        "chair",
        "chairperson",
        "president",
        "secretary",
        "secretary-general",
        "officer",
        "manager",
        "adviser",
        "advisor",
        "spokesperson",
        "head",
        "convenor",
        "convener",
        "treasurer",
        "counsel",
        "trustee",
    ];
    let (post, body) = text.split_once(", ")?;
    let words: Vec<String> = post.split_whitespace().map(|w| w.to_lowercase()).collect();
    (words.len() <= 5
        && words.iter().any(|w| POSTS.contains(&w.as_str()))
        && !names_a_body(post)
        && names_a_body(body.trim()))
    .then(|| body.trim())
}

/// A release's note on its sender, after the text: "About the ICJ: The International
/// Commission of Jurists is composed of ...".
static ABOUT_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"^(?i:about|notes?\s+on)\s+(?:the\s+)?[\p{L}&.'’\- ]{2,60}?\s*[:\-–—]\s*(?:The\s+)?",
        r"(?P<name>\p{Lu}[\p{L}'’&\- ]{3,100}?)\s+(?:\([A-Z]{2,10}\)\s+)?(?:is|are|was)\s"
    ))
});

/// The publisher named by the note on the sender among a text's last lines (see
/// [`ABOUT_RE`]).
fn about_publisher(source: &str, lines: &[Line]) -> Option<Found<String>> {
    lines
        .iter()
        .rev()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(6)
        .find_map(|l| {
            let raw = l.text(source);
            let text = trim_decoration(raw);
            let name = ABOUT_RE.captures(text)?.name("name")?;
            if !names_a_body(name.as_str()) {
                return None;
            }
            let start = l.start + offset_in(raw, text) + name.start();
            Some(Found::new(
                name.as_str().to_string(),
                Loc::Source(start..start + name.len()),
                "about_note",
            ))
        })
}

/// One of the last three lines of a text that is a body's name beside its web address
/// ("Westland Coalition Against the Death Penalty | www.wcadp.example"), as a one-page
/// paper's footer or a mail's signature above its unsubscribe note prints it: the
/// publisher.
fn footer_publisher(source: &str, lines: &[Line]) -> Option<Found<String>> {
    lines
        .iter()
        .rev()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(3)
        .find_map(|l| footer_line_body(source, l))
}

/// A body's name over its postal address in the lower part of a page ("Committee for
/// X" / "P.O. Box 1234" / the city), as a campaign's or a small group's page signs off:
/// the publisher. An address block at the head (a letter's addressee) is none.
fn postal_publisher(source: &str, lines: &[Line]) -> Option<Found<String>> {
    static PO_BOX_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)^(?:p\.?\s?o\.?\s+box|post\s+office\s+box)\s+\d"));
    let texts: Vec<(usize, &str)> = lines
        .iter()
        .map(|l| {
            let raw = l.text(source);
            let t = trim_decoration(raw);
            (l.start + offset_in(raw, t), t)
        })
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let from = texts.len() * 3 / 5;
    texts
        .windows(2)
        .skip(from)
        .find(|w| PO_BOX_RE.is_match(w[1].1) && names_a_body(w[0].1))
        .map(|w| {
            let (at, name) = w[0];
            Found::new(
                tidy_name(name),
                Loc::Source(at..at + name.len()),
                "postal_block",
            )
        })
}

fn footer_line_body(source: &str, line: &Line) -> Option<Found<String>> {
    let text = line.text(source);
    let cells: Vec<&str> = text
        .split(['|', '\u{2022}', '\u{b7}'])
        .map(str::trim)
        .collect();
    if !(2..=3).contains(&cells.len()) {
        return None;
    }
    let web = |c: &str| {
        let lower = c.to_ascii_lowercase();
        !c.contains(' ')
            && (lower.starts_with("www.")
                || lower.starts_with("http://")
                || lower.starts_with("https://"))
    };
    let name = cells[0];
    if !names_a_body(name) || !cells[1..].iter().any(|c| web(c)) {
        return None;
    }
    let start = line.start + text.find(name)?;
    Some(Found::new(
        name.to_string(),
        Loc::Source(start..start + name.len()),
        "footer_line",
    ))
}

/// "First published in April 2018 by ...", "First published 2019", "Published by the X
/// Commission, December 2020" in a report's front matter: the day (month, year) of
/// publication; "Published in May 2022 by Penal Reform Watch" (the day before "by" its
/// publisher, or it may be another work's).
static FIRST_PUBLISHED_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:(?:first\s+published\s+(?:in\s+|on\s+)?|published\s+by\s+(?:the\s+)?\p{Lu}[^,.;\n]{2,100},\s+(?:in\s+)?|this\s+(?:[\p{L}-]+\s+){1,3}was\s+(?:first\s+)?published\s+(?:on\s+|in\s+)?)(?P<v>DAY)\b|published\s+(?:in|on)\s+(?P<w>DAY)\s+by\s+(?:the\s+)?\p{Lu})"
        .replace("DAY", r"(?:\d{1,2}\s+)?MON\.?\s+(?:\d{1,2},?\s+)?\d{4}|\d{4}")
        .replace("MON", MON)
        .as_str())
});

/// "for the year ended 30 June 2019", "financial year ending 31 March 2020": an annual
/// report's twelve months, to that day.
static YEAR_ENDED_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:financial\s+|fiscal\s+|reporting\s+)?year\s+end(?:ed|ing)\s+(?:on\s+)?(?P<v>\d{1,2}(?:st|nd|rd|th)?\s+MON\.?,?\s+\d{4}|MON\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b"
        .replace("MON", MON)
        .as_str())
});

/// A filing a company's release refers to ("Annual Report on Form 10-K", "Form 20-F",
/// "filings with the Securities and Exchange Commission").
static FILING_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bform\s+(?:10-[kq]|20-f|40-f)\b|\bfilings?\s+with\b"));

/// The period an annual report covers when its head says the year it ends with (see
/// [`YEAR_ENDED_RE`]): the day after the same day a year before, to that day.
/// "during the financial year 1 July 2017 to 30 June 2018", "Fiscal Year 2020 Annual
/// Report (July 1, 2019 - June 30, 2020)": an annual report's year with both its days.
static FINANCIAL_YEAR_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:financial|fiscal|reporting)\s+year\s+(?:(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?(?:\s+annual\s+report)?\s*\(\s*)?(?:from\s+)?(?P<v>DAY\s*(?:-|–|—|to|until|through)\s*DAY)\b"
            .replace(
                "DAY",
                r"(?:\d{1,2}(?:st|nd|rd|th)?\s+MON\.?,?\s+\d{4}|MON\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
            )
            .as_str(),
    )
});

pub fn year_ended(source: &str) -> Option<Found<Period>> {
    let head = source.get(..floor_boundary(source, EDGE_BYTES))?;
    if let Some(v) = FINANCIAL_YEAR_RE.captures(head).and_then(|c| c.name("v")) {
        if let Some((period, len)) = parse_period(v.as_str()) {
            return Some(Found::new(
                period,
                Loc::Source(v.start()..v.start() + len),
                "financial_year",
            ));
        }
    }
    // "... described in its Annual Report on Form 10-K for the fiscal year ended January
    // 31, 2009": the year of a filing the text refers to is not the text's own.
    let caps = YEAR_ENDED_RE.captures_iter(head).find(|c| {
        c.get(0).is_none_or(|m| {
            let from = head[..m.start()].rfind(['.', '\n']).map_or(0, |i| i + 1);
            !FILING_RE.is_match(&head[from..m.start()])
        })
    })?;
    let v = caps.name("v")?;
    let hit = parse_date(v.as_str())?;
    let mut parts = hit.iso.split('-').map(|p| p.parse::<i32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let (m, d) = (m as u32, d as u32);
    // The next day, a year before.
    let (sy, sm, sd) = if d < days_in_month(y - 1, m) {
        (y - 1, m, d + 1)
    } else if m == 12 {
        (y, 1, 1)
    } else {
        (y - 1, m + 1, 1)
    };
    Some(Found::new(
        Period {
            start: format!("{sy:04}-{sm:02}-{sd:02}"),
            end: hit.iso.clone(),
        },
        Loc::Source(v.start() + hit.range.start..v.start() + hit.range.end),
        "year_ended",
    ))
}

/// A copyright page's month of publication closing its line: "Published in April 2020"
/// (alone, or run on after the notice "© X, 2020 ... Published in April 2020").
static PUBLISHED_IN_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?m)(?:^|©[^\n]{0,160}\s)(?i:published)\s+(?i:in)\s+(?P<v>(?i:MON)\.?\s+\d{4})\s*\.?\s*$")
});

fn first_published(source: &str) -> Option<Found<String>> {
    let head = source.get(..floor_boundary(source, EDGE_BYTES))?;
    let caps = FIRST_PUBLISHED_RE
        .captures(head)
        .or_else(|| PUBLISHED_IN_RE.captures(head))?;
    let v = caps.name("v").or_else(|| caps.name("w"))?;
    let hit = parse_date(v.as_str()).or_else(|| {
        let year: i32 = v.as_str().parse().ok()?;
        (1900..=2100).contains(&year).then(|| DateHit {
            iso: format!("{year:04}"),
            range: 0..v.len(),
        })
    })?;
    let start = v.start() + hit.range.start;
    // "First published in 2024" near the imprint's month alone ("July 2024"): the month.
    if hit.iso.len() == 4 {
        if let Some(month) = imprint_month(head, start, &hit.iso) {
            return Some(month);
        }
    }
    Some(Found::new(
        hit.iso,
        Loc::Source(start..start + hit.range.len()),
        "first_published",
    ))
}

/// An edition's closing note on its own issue, at its head or its foot: "This issue was
/// edited by A. Writer and B. Writer and issued in Port Elin on 9 June 2021" (initials
/// end no sentence), "The present edition of the
/// newsletter was published on 3 March 2020".
static ISSUE_NOTE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:this|the\s+present)\s+(?:issue|edition|number|bulletin|newsletter)\s+(?:of\s+[^.;]{1,60}?\s+)?was\s+(?:(?:\b\p{Lu}\.|[^.;]){0,160}?\s+and\s+)?(?:issued|published|released|sent\s+out)\s+(?:in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+)?on\s+(?:WEEKDAY,?\s+)?(?P<v>\d{1,2}\s+MON\.?\s+\d{4}|MON\.?\s+\d{1,2},?\s+\d{4})\b",
    )
});

fn issue_note_day(source: &str) -> Option<Found<String>> {
    let head_end = floor_boundary(source, EDGE_BYTES.min(source.len()));
    let mut tail_start = source.len().saturating_sub(EDGE_BYTES).max(head_end);
    while !source.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    [
        (0, &source[..head_end]),
        (tail_start, &source[tail_start..]),
    ]
    .into_iter()
    .find_map(|(at, part)| {
        let v = ISSUE_NOTE_RE.captures(part)?.name("v")?;
        let hit = parse_date(v.as_str())?;
        let start = at + v.start() + hit.range.start;
        Some(Found::new(
            hit.iso,
            Loc::Source(start..start + hit.range.len()),
            "issue_note",
        ))
    })
}

/// A web address alone: "amnesty.org", "www.example.org/report".
static WEB_ADDRESS_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?$")
});

/// A month or a day of `year` alone on a line within twelve lines of `at` in `head`.
fn imprint_month(head: &str, at: usize, year: &str) -> Option<Found<String>> {
    let line_at = head[..at].matches('\n').count();
    let mut offset = 0;
    for (i, line) in head.split('\n').enumerate() {
        let begin = offset;
        offset += line.len() + 1;
        if i + 12 < line_at || i == line_at {
            continue;
        }
        if i > line_at + 12 {
            break;
        }
        let text = trim_decoration(line);
        // (The imprint's web address may run on after it: "July 2024 amnesty.org".)
        let alone = |h: &DateHit| {
            is_date_only(text, h)
                || (h.range.start == 0 && WEB_ADDRESS_RE.is_match(text[h.range.end..].trim()))
        };
        let Some(hit) = parse_date(text).filter(alone) else {
            continue;
        };
        if hit.iso.len() > 4 && hit.iso.starts_with(year) {
            let start = begin + offset_in(line, text) + hit.range.start;
            return Some(Found::new(
                hit.iso,
                Loc::Source(start..start + hit.range.len()),
                "imprint_month",
            ));
        }
    }
    None
}

/// Whether a cover's first line is the name of the body that publishes it, set in
/// capitals: a body's word ("NETWORK", "WATCH", "MINISTRY"), six words or fewer, no
/// figure; a court's heading ("IN THE HIGH COURT OF ...") is the court's rules' to read.
/// A cover's first line that names a body in capitals and small letters ("United Nations
/// Assistance Mission in Southland Human Rights Service"), over a title line that its
/// date or period follows: the issuer's line, not the title.
fn body_over_title(source: &str, lines: &[Line], idx: usize, head_end: usize) -> bool {
    let text = trim_decoration(lines[idx].text(source));
    // (A mission's name and its unit's run to more words than a footer's name.)
    // A chamber heads its committee's cover ("House of Commons" / "House of Lords" /
    // "Joint Committee on Human Rights").
    let body_line = |text: &str| {
        text.split_whitespace().count() <= 12
            && text.starts_with(char::is_uppercase)
            && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '?' | '!' | '.'))
            && all_capitalised(text)
            && text.split(|c: char| !c.is_alphanumeric()).any(|w| {
                let w = w.to_lowercase();
                BODY_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "house" | "senate")
            })
    };
    if !body_line(text) {
        return false;
    }
    // Further bodies of the stack are passed over to the title.
    let mut next = (idx + 1..head_end.min(idx + 11))
        .map(|j| trim_decoration(lines[j].text(source)))
        .filter(|t| !t.is_empty())
        .skip_while(|t| body_line(t))
        .take(3);
    let (Some(title), Some(day)) = (next.next(), next.next()) else {
        return false;
    };
    // The day may come with its lead ("As of 12 September 2024", "Issued on ..."); a
    // parliamentary report is dated by its session ("Fifth Report of Session 2023-24").
    let dated = |day: &str| {
        let bare = DAY_LEAD_RE.find(day).map_or(day, |m| &day[m.end()..]);
        period_alone(day, title).is_some()
            || parse_date(bare).is_some_and(|h| is_date_only(bare, &h))
            || SESSION_REPORT_RE.is_match(day)
    };
    // One subtitle line may stand between the title and the day ("Norland - Security
    // Situation" / "Country of Origin Information Report" / "June 2023").
    let mut subtitled = || {
        day.len() <= 100
            && !day.ends_with(['.', ':', ';', ','])
            && !names_a_body(day)
            && next.next().is_some_and(dated)
    };
    title.len() <= 150
        && title.split_whitespace().nth(2).is_some()
        && !title.ends_with(['.', ':', ';', ','])
        && !names_a_body(title)
        && (dated(day) || subtitled())
}

/// The lead of a day alone on a cover line: "As of", "Issued (on)", "Published (on)",
/// "Date:".
static DAY_LEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?i:as\s+(?:of|at)|issued(?:\s+on)?|published(?:\s+on)?|dated?|updated(?:\s+on)?)\s*:?\s+",
    )
});

/// A series' issue line alone: "Flash Update No. 3", "Situation Report No. 12",
/// "Bulletin #4", "Issue 23".
static ISSUE_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?i:update|report|bulletin|brief|briefing|issue|sitrep|newsletter|digest)\s*(?:(?i:no\.?|number|#)\s*)?\d{1,4}$",
    )
});

/// A parliamentary committee's report line: "Fifth Report of Session 2023-24".
static SESSION_REPORT_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\p{Lu}\p{Ll}+\s+)?(?i:special\s+)?(?i:report)\s+of\s+(?i:session)\s+\d{4}[-\u{2013}/]\d{2,4}$",
    )
});

/// A cover's first line in capitals that is a name ending in "International" ("AMNESTY
/// INTERNATIONAL", "PENAL REFORM INTERNATIONAL"), three words at most, the body's name
/// the text gives again in small letters ("(c) Amnesty International 2023"): the
/// publisher's masthead.
fn international_masthead(source: &str, text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(2..=3).contains(&words.len())
        || text.chars().any(char::is_lowercase)
        || !words.iter().all(|w| w.chars().all(char::is_alphabetic))
        || words.last() != Some(&"INTERNATIONAL")
    {
        return false;
    }
    let named: Vec<String> = words
        .iter()
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or(String::new(), |f| {
                f.to_string() + &c.as_str().to_lowercase()
            })
        })
        .collect();
    source.contains(&named.join(" "))
}

fn cover_masthead(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = text.to_lowercase();
    (2..=6).contains(&words.len())
        && text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
        && !text
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ':' | '?' | '!' | '.'))
        && lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
            // A monitor's or an observatory's name heads its report's cover as a
            // body's does ("KESTRIA MEDIA MONITOR").
            (BODY_WORDS.contains(&w) || matches!(w, "monitor" | "observatory"))
                && !matches!(w, "court" | "international")
        })
        && !lower.starts_with("in ")
        && !lower.contains("tribunal")
        // "GOVERNMENT GAZETTE": a gazette's name is its title.
        && !lower.ends_with("gazette")
}

/// A letterhead's address or contact row: a post box, a telephone, fax, e-mail or web
/// label, or a web address alone on its line ("www.example.org").
static CONTACT_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:p\.?\s?o\.?\s+box|tel(?:ephone)?\s*[:.]|fax\s*[:.]|e-?mail\s*:|web(?:site)?\s*:)|^(?:https?://|www\.)[^\s]+$",
    )
});

/// A place and a full day alone on a line ("ADDIS ABABA, ETHIOPIA, 14 NOVEMBER 2022",
/// "Geneva, 3 May 2021"): where and when a text was issued, never its title.
fn place_and_day(text: &str) -> bool {
    let Some(hit) = parse_date(text) else {
        return false;
    };
    let place = text[..hit.range.start].trim_end();
    let Some(place) = place.strip_suffix(',') else {
        return false;
    };
    hit.iso.len() == 10
        && text[hit.range.end..].trim_matches(['.', ' ']).is_empty()
        && (1..=5).contains(&place.split_whitespace().count())
        && !place.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ';' | '?' | '!'))
        && all_capitalised(place)
}

/// A meeting's or a session's number alone on its line: "1120TH MEETING", "47th
/// Ordinary Session".
static MEETING_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\d{1,4}(?:st|nd|rd|th)\s+(?:(?:ordinary|extraordinary|emergency|special|regular)\s+)?(?:meeting|session|sitting)$",
    )
});

/// Whether two names share a word of five letters or more ("African Commission on Human &
/// Peoples' Rights" and "Commission Africaine des Droits de l'Homme & des Peuples").
fn shares_a_long_word(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_lowercase)
            .collect()
    };
    let b = words(b);
    words(a).iter().any(|w| b.contains(w))
}

/// The first column of a masthead set in columns of capitals, one name per language
/// ("AFRICAN UNION      UNION AFRICAINE      UNIÃO AFRICANA", "UNITED NATIONS      NATIONS
/// UNIES"): columns three spaces apart or more, each of one to four words in capitals
/// without figures. Any other line is returned whole.
fn masthead_column(text: &str) -> &str {
    let cells: Vec<&str> = text
        .split("   ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let column = |c: &&str| {
        (1..=4).contains(&c.split_whitespace().count())
            && c.chars().any(char::is_alphabetic)
            && !c
                .chars()
                .any(|ch| ch.is_lowercase() || ch.is_ascii_digit() || ".:/".contains(ch))
    };
    if (2..=4).contains(&cells.len()) && cells.iter().all(column) {
        cells[0]
    } else {
        text
    }
}

/// A gazette's name on a line of its own ("THE KESTRIA GAZETTE", "GOVERNMENT GAZETTE").
static GAZETTE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}gazette(?:\s+extraordinary)?$"));
/// The state named over a gazette's name ("REPUBLIC OF NORLAND"), under it ("OF THE
/// REPUBLIC OF NORLAND") or in its authority line ("Published by Authority of the
/// Republic of Kestria").
static GAZETTE_STATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:published\s+by\s+(?:the\s+)?authority\s+of\s+(?:the\s+)?|of\s+(?:the\s+)?)?(?P<v>(?:(?:federal|united|democratic|islamic|socialist|people's)\s+)*(?:republic|kingdom|state|commonwealth|federation|government)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]{1,40}?)\.?$",
    )
});

/// A gazette's head: its name (the title) among the first eight lines, and the state
/// that publishes it, named on the line just above or in the authority line within
/// four lines below.
fn gazette_head(
    source: &str,
    lines: &[Line],
    head_end: usize,
) -> Option<(Found<String>, Option<Found<String>>)> {
    let texts: Vec<(&str, usize)> = lines[..head_end]
        .iter()
        .map(|l| {
            let raw = l.text(source);
            let t = trim_decoration(raw);
            (t, l.start + offset_in(raw, t))
        })
        .filter(|(t, _)| !t.is_empty())
        .take(12)
        .collect();
    // An issue of the gazette, not a paper of that name: its authority line, its issue
    // kind or a notice under the name.
    let issue = texts.iter().any(|(t, _)| {
        let lower = t.to_lowercase();
        lower.starts_with("published by authority")
            || lower.starts_with("published by the authority")
            || lower.contains("gazette notice")
            || lower.contains("general notice")
            || NOT_TITLE_RE.is_match(t)
                && ["extraordinary", "special issue"]
                    .iter()
                    .any(|k| lower == *k)
    });
    let g = texts
        .iter()
        .take(8)
        .position(|(t, _)| GAZETTE_RE.is_match(t))
        .filter(|_| issue)?;
    let (t, b) = texts[g];
    let title = Found::new(t.to_string(), Loc::Source(b..b + t.len()), "gazette_name");
    let state = |(t, b): (&str, usize)| {
        let v = GAZETTE_STATE_RE.captures(t)?.name("v")?;
        Some(Found::new(
            tidy_name(v.as_str()),
            Loc::Source(b + v.start()..b + v.end()),
            "gazette_state",
        ))
    };
    let publisher = texts[g + 1..texts.len().min(g + 5)]
        .iter()
        .find(|(t, _)| t.to_ascii_lowercase().starts_with("published by"))
        .and_then(|x| state(*x))
        .or_else(|| g.checked_sub(1).and_then(|i| state(texts[i])))
        // The state under the name, as its second line: "GOVERNMENT GAZETTE" / "OF THE
        // REPUBLIC OF KESTRIA".
        .or_else(|| {
            texts
                .get(g + 1)
                .filter(|(t, _)| t.to_ascii_lowercase().starts_with("of "))
                .and_then(|x| state(*x))
        });
    Some((title, publisher))
}

/// A parliament's official report: "PARLIAMENTARY DEBATES" (perhaps "(HANSARD)" on the
/// next line) and the house on a line of its own ("NATIONAL ASSEMBLY OF NORLAND", "THE
/// SENATE", "HOUSE OF COMMONS").
static HANSARD_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:parliamentary\s+debates|official\s+report\s+of\s+(?:the\s+)?(?:parliamentary\s+)?debates)(?:\s*\(hansard\))?$",
    )
});
static HOUSE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:the\s+)?(?:national\s+assembly|senate|house\s+of\s+(?:commons|lords|representatives|assembly)|legislative\s+(?:assembly|council)|parliament|national\s+council\s+of\s+provinces)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]{1,40})?$",
    )
});

/// A Hansard's head among its first ten lines: the title ("PARLIAMENTARY DEBATES", with
/// "(HANSARD)" when the next line says so) and the house, within four lines of it.
fn hansard_head(
    source: &str,
    lines: &[Line],
    head_end: usize,
) -> Option<(Found<String>, Option<Found<String>>)> {
    let texts: Vec<(&str, usize)> = lines[..head_end]
        .iter()
        .map(|l| {
            let raw = l.text(source);
            let t = trim_decoration(raw);
            (t, l.start + offset_in(raw, t))
        })
        .filter(|(t, _)| !t.is_empty())
        .take(10)
        .collect();
    let h = texts.iter().position(|(t, _)| HANSARD_RE.is_match(t))?;
    let (t, b) = texts[h];
    let mut end = b + t.len();
    let mut value = t.to_string();
    if let Some((n, nb)) = texts
        .get(h + 1)
        .filter(|(n, _)| n.eq_ignore_ascii_case("(hansard)"))
    {
        value = format!("{value} {n}");
        end = nb + n.len();
    }
    let title = Found::new(value, Loc::Source(b..end), "hansard_head");
    let house = texts[h + 1..texts.len().min(h + 5)]
        .iter()
        .find(|(t, _)| HOUSE_RE.is_match(t))
        .map(|(t, b)| Found::new(tidy_name(t), Loc::Source(*b..*b + t.len()), "hansard_house"));
    Some((title, house))
}

/// A day in a masthead's own line or cell, with the place before it ("ADDIS ABABA,
/// ETHIOPIA, 14 NOVEMBER 2022", a gazette's "Vol. LVIII   VELDHAVEN, FRIDAY, 17th JUNE,
/// 2016   No. 38"), in capitals or not.
static MASTHEAD_DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:\p{L}[\p{L} .'’-]{1,40},\s*){1,2}(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<v>\d{1,2}(?:st|nd|rd|th)?\s+MON\.?,?\s+\d{4}|MON\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$",
    )
});

/// The day of [`MASTHEAD_DAY_RE`] in a cell of one of the first twenty lines, before any
/// body text.
fn masthead_day(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    for l in lines[..head_end]
        .iter()
        .filter(|l| !l.text(source).trim().is_empty())
        .take(20)
    {
        let raw = l.text(source);
        // Body text has begun (an address row in columns has not).
        if raw.split_whitespace().nth(14).is_some() && !raw.trim().contains("   ") {
            return None;
        }
        let mut at = 0;
        for cell in raw.split("   ") {
            let c = cell.trim();
            if let Some(v) = MASTHEAD_DAY_RE.captures(c).and_then(|caps| caps.name("v")) {
                if let Some(hit) = parse_date(v.as_str()) {
                    let start = l.start + at + offset_in(cell, c) + v.start() + hit.range.start;
                    return Some(Found::new(
                        hit.iso,
                        Loc::Source(start..start + hit.range.len()),
                        "masthead_day",
                    ));
                }
            }
            at += cell.len() + 3;
        }
    }
    None
}

/// A cover's title set over short lines: capitals continued by capitals ("DEATH
/// SENTENCES" / "AND EXECUTIONS" / "2017"), or a report's kind over its year ("Annual
/// Report" / "2018-19"). None when the line at `idx` goes on alone.
fn cover_title(
    source: &str,
    lines: &[Line],
    idx: usize,
    head_end: usize,
    kind_only: bool,
) -> Option<Found<String>> {
    static YEARS_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:19|20)\d\d(?:\s*[-–/]\s*(?:\d\d|(?:19|20)\d\d))?$"));
    static KIND_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)^(?:annual|global|country|biennial|progress|activity|activities)\s+report$")
    });
    let raw = lines[idx].text(source);
    let text = trim_decoration(raw);
    let base = lines[idx].start + offset_in(raw, text);
    let caps = |t: &str| {
        t.len() <= 40 && t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase)
    };
    let mut end = base + text.len();
    let mut parts = vec![text.to_string()];
    if KIND_RE.is_match(text) {
        let next = lines.get(idx + 1).filter(|_| idx + 1 < head_end)?;
        let t = trim_decoration(next.text(source));
        if !YEARS_RE.is_match(t) && period_alone(t, text).is_none() {
            return None;
        }
        parts.push(t.to_string());
        end = next.start + offset_in(next.text(source), t) + t.len();
    } else if kind_only {
        return None;
    } else if let Some(next) = place_over_numbered_kind(source, lines, idx, head_end, text) {
        // "Northland" / "River Situation Report No. 4": a cover's country over its
        // report's kind and number.
        let t = trim_decoration(next.text(source));
        parts.push(t.to_string());
        end = next.start + offset_in(next.text(source), t) + t.len();
    } else if !caps(text) && edition_over_two_lines(source, lines, idx, head_end, text) {
        // "Global Prison" / "Trends 2022": a publication's name set over two short lines,
        // the second ending with its edition's year, alone between blank lines.
        let next = lines[idx + 1];
        let t = trim_decoration(next.text(source));
        parts.push(t.to_string());
        end = next.start + offset_in(next.text(source), t) + t.len();
    } else if !caps(text) {
        // A title broken before its last words: "Women on Death Row: Gender and the
        // Death Penalty in" / "South Asia" (a line cannot end with "in").
        let last = text.rsplit(' ').next().unwrap_or("");
        // Or a title's name over its edition after a colon: "Prison Population
        // Statistics:" / "Quarterly, October to December 2023".
        let name_colon = text.ends_with(':')
            && !text[..text.len() - 1].contains(':')
            && (2..=8).contains(&text.split_whitespace().count())
            && title_cased(&text[..text.len() - 1]);
        if text.len() > 150
            || text.split_whitespace().count() < 3 && !name_colon
            || ![
                "in", "of", "and", "the", "for", "on", "to", "a", "an", "at", "from", "with",
            ]
            .contains(&last)
                && !name_colon
        {
            return None;
        }
        let next = lines.get(idx + 1).filter(|_| idx + 1 < head_end)?;
        let t = trim_decoration(next.text(source));
        if t.is_empty()
            || t.len() > 80
            || t.ends_with(['.', ':', ';', ','])
            || name_colon && !t.starts_with(char::is_uppercase)
        {
            return None;
        }
        parts.push(t.to_string());
        end = next.start + offset_in(next.text(source), t) + t.len();
    } else {
        if text.split_whitespace().count() > 6 {
            return None;
        }
        for next in lines.iter().take(head_end.min(idx + 4)).skip(idx + 1) {
            let t = trim_decoration(next.text(source));
            // The next line goes on with the title: it opens with a joining word ("AND
            // EXECUTIONS"), or the line before ended with one, or it is the year.
            let joined = |a: &str, b: &str| {
                const JOIN: &[&str] = &[
                    "and", "or", "of", "in", "the", "for", "on", "to", "&", "at", "after",
                    "before", "under", "with", "without", "from", "by", "against", "behind",
                    "beyond", "into", "over", "between", "a", "an",
                ];
                let first = b.split_whitespace().next().unwrap_or("").to_lowercase();
                let last = a.split_whitespace().last().unwrap_or("").to_lowercase();
                JOIN.contains(&first.as_str()) || JOIN.contains(&last.as_str())
            };
            let prev = parts.last().map(String::as_str).unwrap_or("");
            if t.is_empty()
                || !((caps(t) && (joined(prev, t) || kind_and_year(t))) || YEARS_RE.is_match(t))
                || t.ends_with(['.', ':'])
            {
                break;
            }
            parts.push(t.to_string());
            end = next.start + offset_in(next.text(source), t) + t.len();
            if YEARS_RE.is_match(t) || kind_and_year(t) {
                break;
            }
        }
        if parts.len() < 2 {
            return None;
        }
    }
    Some(Found::new(
        parts.join(" "),
        Loc::Source(base..end),
        "cover_title",
    ))
}

/// The line under a cover's place name (one or two capitalised words, no figure) that
/// gives the report's kind and number ("Humanitarian Situation Report No. 2", "Flash
/// Update #3"): the two lines are the title.
fn place_over_numbered_kind<'a>(
    source: &str,
    lines: &'a [Line],
    idx: usize,
    head_end: usize,
    text: &str,
) -> Option<&'a Line> {
    static NUMBERED_KIND_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:\p{L}+\s+){0,4}(?:report|update|bulletin|sitrep|snapshot|overview|brief|dashboard)\s+(?:no\.?|number|n[°º]|#)\s*\d{1,4}$",
        )
    });
    let words = text.split_whitespace().count();
    if !(1..=2).contains(&words)
        || text.len() > 30
        || !text
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        || text
            .chars()
            .any(|c| !c.is_alphabetic() && c != ' ' && c != '-')
    {
        return None;
    }
    let next = lines.get(idx + 1).filter(|_| idx + 1 < head_end)?;
    NUMBERED_KIND_RE
        .is_match(trim_decoration(next.text(source)))
        .then_some(next)
}

/// Whether the cover line `text` (at `idx`) and the next one make one name ending with a
/// year ("Global Prison" / "Trends 2022"): each of four capitalised words or fewer, no
/// figure in the first, a blank line (or nothing) after the second.
fn edition_over_two_lines(
    source: &str,
    lines: &[Line],
    idx: usize,
    head_end: usize,
    text: &str,
) -> bool {
    static YEAR_END_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:19|20)\d\d$"));
    let short = |t: &str| {
        (1..=4).contains(&t.split_whitespace().count())
            && all_capitalised(t)
            && t.starts_with(char::is_uppercase)
            && !t.contains(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation())
    };
    if idx + 1 >= head_end || !short(text) {
        return false;
    }
    let next = trim_decoration(lines[idx + 1].text(source));
    let after = lines
        .get(idx + 2)
        .map_or("", |l| trim_decoration(l.text(source)));
    YEAR_END_RE.is_match(next) && after.is_empty()
}

/// A UN document's heading: "United Nations" alone, or beside its symbol in a second
/// column ("United Nations          CCPR/C/WST/CO/4", as a text copy of the two-column
/// heading reads).
static UN_HEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"^(?:(?P<un>United\s+Nations|UNITED\s+NATIONS)(?:\s{3,}(?i:nations\s+unies))?(?:\s{3,}(?P<sym>[A-Z]{1,5}(?:/[A-Za-z0-9.()\-]+){2,}))?",
        // "Advance Edited Version" (perhaps beside "Distr.: General"): a report put out
        // before its editing, the heading's first line in place of "United Nations".
        r"|(?i:advance\s+(?:un)?edited\s+version)(?:\s{3,}\S.*)?)$"
    ))
});
/// The line under a UN document's title that names its author: "Report of the
/// Secretary-General", "Note by the Secretariat", "Report of the Special Rapporteur on ...".
static UN_AUTHOR_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:report|note|letter|statement|memorandum)\s+(?:of|by|from)\s+the\s+\S.{1,120}|addendum|corrigendum)$",
    )
});
/// Where a UN document's body begins: its summary, contents, first numbered paragraph or
/// first chapter (a treaty body's concluding observations open on a lettered one, "A.
/// Introduction").
static UN_BODY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^(?:summary|contents|abstract|introduction|(?:1|I)\.\s+\S.*|A\.\s+introduction",
        // A treaty body's table of the case under its title: "Communication submitted
        // by:     A. Name".
        r"|(?:communication|complaint|petition|submission)\s+submitted\s+by\s*:.*",
        // A letter's first words under its title: "I have the honour to transmit ...".
        r"|I\s+have\s+the\s+honou?r\s+to\s.*)$"
    ))
});
/// A UN organ named on a heading line of its own.
static UN_ORGAN_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:general\s+assembly|security\s+council|economic\s+and\s+social\s+council|human\s+rights\s+council|human\s+rights\s+committee)$",
    )
});
/// The heading block's own lines, never a title: distribution, dates, languages,
/// sessions, agenda items, organs.
static UN_LABEL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?:\bdistr\.|\boriginal\s*:|\bsession\b|\bagenda\b|\bitem\s+\d|\bprovisional\s+agenda|",
        r"^(?:general\s+assembly|security\s+council|economic\s+and\s+social\s+council|human\s+rights\s+council|human\s+rights\s+committee|committee\s+(?:against|on)\s+.{3,60})$)"
    ))
});

/// A General Assembly or Council resolution's number and title on one line.
static RESOLUTION_TITLE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d{1,3}/\d{1,4}(?:\s*\([A-Z]\))?\.\s+(?P<t>\p{Lu}[^.]{5,200}?)\.?$"));

/// What a UN document's heading gives.
struct UnHeading {
    title: Option<Found<String>>,
    publisher: Option<Found<String>>,
    symbol: Option<Found<String>>,
    day: Option<Found<String>>,
}

/// The title and issuer of a UN document from its heading: "United Nations" (with its
/// symbol in the same line or on a line of its own) over the organ, the distribution
/// block and the agenda; the title is the paragraph just above the line that names the
/// author ("Report of the Secretary-General") or, without one, just above the body (the
/// summary, the first numbered paragraph).
fn un_heading(source: &str, lines: &[Line], head_end: usize) -> Option<UnHeading> {
    let texts: Vec<(usize, &str, usize)> = lines[..head_end]
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let raw = l.text(source);
            let t = trim_decoration(raw);
            (i, t, l.start + offset_in(raw, t))
        })
        .collect();
    let first: Vec<&(usize, &str, usize)> =
        texts.iter().filter(|t| !t.1.is_empty()).take(8).collect();
    let (head_idx, caps, head_base) = first
        .iter()
        .find_map(|(i, t, b)| UN_HEAD_RE.captures(t).map(|c| (*i, c, *b)))?;
    // "United Nations" over the symbol; an advance version names its organ only.
    let publisher = match caps.name("un") {
        Some(un) => Some(Found::new(
            "United Nations".to_string(),
            Loc::Source(head_base + un.start()..head_base + un.end()),
            "un_heading",
        )),
        None => texts[head_idx..]
            .iter()
            .take(16)
            .find(|(_, t, _)| UN_ORGAN_RE.is_match(t))
            .map(|(_, t, b)| {
                Found::new(t.to_string(), Loc::Source(*b..*b + t.len()), "un_heading")
            }),
    };
    let symbol = match caps.name("sym") {
        Some(m) => Some(Found::new(
            m.as_str().to_string(),
            Loc::Source(head_base + m.start()..head_base + m.end()),
            "un_symbol",
        )),
        None => match first.iter().find(|(_, t, _)| UN_SYMBOL_RE.is_match(t)) {
            Some((_, t, b)) => Some(Found::new(
                t.to_string(),
                Loc::Source(*b..*b + t.len()),
                "un_symbol",
            )),
            // The symbol removed as the running header it also is: the distribution line
            // still marks the heading.
            None if un_distribution_line(&texts) => None,
            None => return None,
        },
    };
    // The body's first line, then back over blank lines and the author's line.
    let body = texts[head_idx + 1..]
        .iter()
        .position(|(_, t, _)| {
            // A sentence of body text; a long title has no full stop.
            UN_BODY_RE.is_match(t) || t.split_whitespace().nth(14).is_some() && t.ends_with('.')
        })
        .map(|p| head_idx + 1 + p)?;
    let mut at = body;
    let mut author = false;
    let mut author_at = None;
    let mut author_lines = None;
    while at > head_idx + 1 {
        let t = texts[at - 1].1;
        let raw = lines[texts[at - 1].0].text(source).trim_start();
        if t.is_empty() {
            at -= 1;
        } else if !author && raw.starts_with(['*', '\u{2020}']) && t.ends_with('.') {
            // The title's footnote under it: "* The annex is being circulated without
            // formal editing."
            at -= 1;
        } else if !author && UN_AUTHOR_LINE_RE.is_match(t) {
            author = true;
            author_at = Some(at - 1);
            author_lines = Some((at - 1, at - 1));
            at -= 1;
        } else if !author
            && at >= head_idx + 3
            && t.len() <= 40
            && !texts[at - 2].1.is_empty()
            && UN_AUTHOR_LINE_RE.is_match(&format!("{} {t}", texts[at - 2].1))
        {
            // "Report of the Office of the United Nations High Commissioner for Human" /
            // "Rights": the author's line run over two.
            author = true;
            author_lines = Some((at - 2, at - 1));
            at -= 2;
        } else {
            break;
        }
    }
    // The paragraph that ends there (up to three lines).
    let end = at;
    let mut start = end;
    while start > head_idx + 1 && end - start < 3 && !texts[start - 1].1.is_empty() {
        start -= 1;
    }
    let para = &texts[start..end];
    // A resolution's number and title: "73/175. Moratorium on the use of the death
    // penalty".
    let resolution = texts[head_idx + 1..body].iter().find_map(|(_, t, b)| {
        let caps = RESOLUTION_TITLE_RE.captures(t)?;
        let m = caps.name("t")?;
        Some(Found::new(
            m.as_str().to_string(),
            Loc::Source(b + m.start()..b + m.end()),
            "un_resolution",
        ))
    });
    let title = resolution.or_else(|| {
        (!para.is_empty()
            && (start == head_idx + 1 || texts[start - 1].1.is_empty())
            && para.iter().all(|(_, t, _)| {
                !UN_LABEL_RE.is_match(t)
                && !UN_SYMBOL_RE.is_match(t)
                // A date alone is the heading's; a title may name one ("Letter dated
                // 10 February 2019 from ...").
                && !parse_date(t).is_some_and(|hit| is_date_only(t, &hit))
                && t.len() <= 200
                && !strip_note_marks(t).ends_with(['.', ';', ','])
            }))
        .then(|| {
            let value = para
                .iter()
                .map(|(_, t, _)| *t)
                .collect::<Vec<_>>()
                .join(" ");
            let (_, last, last_base) = para[para.len() - 1];
            let cut = value.len() - strip_note_marks(&value).len();
            Found::new(
                value[..value.len() - cut].to_string(),
                Loc::Source(para[0].2..last_base + last.len() - cut.min(last.len())),
                "un_heading",
            )
        })
    });
    // "Report of the Working Group on the Universal Periodic Review*" over the country's
    // name alone: the report on that country, "AUTHOR: NAME".
    let title = match title {
        Some(t) if author_at.is_none() && start >= head_idx + 3 => {
            let above = texts[head_idx + 1..start - 1]
                .iter()
                .rev()
                .find(|(_, a, _)| !a.is_empty());
            match above {
                Some((_, a, b))
                    if texts[start - 1].1.is_empty()
                        && a.to_ascii_lowercase().starts_with("report of the ")
                        && UN_AUTHOR_LINE_RE.is_match(a)
                        && a.len() <= 120
                        && t.value.split_whitespace().count() <= 4
                        && t.value
                            .split_whitespace()
                            .all(|w| w.starts_with(char::is_uppercase)) =>
                {
                    let author = strip_note_marks(a);
                    let end = match &t.loc {
                        Loc::Source(r) => r.end,
                        _ => b + a.len(),
                    };
                    Some(Found::new(
                        format!("{author}: {}", t.value),
                        Loc::Source(*b..end),
                        "un_heading",
                    ))
                }
                _ => Some(t),
            }
        }
        other => other,
    };
    // "Report of the Working Group on Arbitrary Detention" under the agenda item: the
    // author's line is the title when no title stands above it.
    let title = title.or_else(|| {
        let (_, t, b) = texts[author_at?];
        t.to_ascii_lowercase()
            .starts_with("report of the ")
            .then(|| Found::new(t.to_string(), Loc::Source(b..b + t.len()), "un_heading"))
    });
    let title = match (title, author_lines) {
        (Some(t), Some((a, b))) => {
            let author = if a == b {
                texts[a].1.to_string()
            } else {
                format!("{} {}", texts[a].1, texts[b].1)
            };
            Some(visit_with_author(t, &author, texts[b].2 + texts[b].1.len()))
        }
        (t, _) => t,
    };
    Some(UnHeading {
        title,
        publisher,
        symbol,
        day: un_date(&texts[head_idx..body]),
    })
}

/// A title without the footnote marks after it: "... communication No. 2411/2014*, **"
/// (a line's trailing "**" may be gone already, as markup).
fn strip_note_marks(t: &str) -> &str {
    let kept = t.trim_end_matches(['*', '\u{2020}', ',', ' ']);
    if t[kept.len()..].contains(['*', '\u{2020}']) {
        kept
    } else {
        t
    }
}

/// The day of issue in a UN heading's right-hand column ("Distr.: General" over "3 June
/// 2021"): the last cell of a heading line that is a date and nothing else.
fn un_date(texts: &[(usize, &str, usize)]) -> Option<Found<String>> {
    texts.iter().find_map(|(_, t, base)| {
        let cell_at = t.rfind("   ").map_or(0, |i| i + 3);
        let cell = t[cell_at..].trim_start();
        let at = t.len() - cell.len();
        let hit = parse_date(cell).filter(|h| is_date_only(cell, h))?;
        let start = base + at + hit.range.start;
        Some(Found::new(
            hit.iso,
            Loc::Source(start..start + hit.range.len()),
            "un_heading",
        ))
    })
}

/// An archive's prefix before a document's title: "Document - Title".
static DOC_PREFIX_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?i:document)\s+[-–—:]\s+"));

/// Whether the date `hit` opens the value `v`: nothing before it but a few words (a
/// weekday) or the time of day ("04:13 EST, 11 March 2013").
fn date_at_head(v: &str, hit: &DateHit) -> bool {
    let before = v
        .get(..hit.range.start)
        .unwrap_or("")
        .trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    if before.len() <= 12 || TIME_OF_DAY_RE.is_match(before) {
        return true;
    }
    // The time, then the weekday: "3:45 PM EST, Tue February 6, 2024".
    let Some((time, day)) = before.rsplit_once(|c: char| c.is_whitespace() || c == ',') else {
        return false;
    };
    let day = day.trim_end_matches('.').to_lowercase();
    day.len() >= 3
        && ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .iter()
            .any(|w| day.starts_with(w))
        && day.chars().all(|c| c.is_ascii_alphabetic())
        && day.len() <= 9
        && TIME_OF_DAY_RE.is_match(time.trim_end_matches(|c: char| c == ',' || c.is_whitespace()))
}

/// Whether a short first line stands alone as a title, given the line below it: a
/// blank, the same words, a paragraph of body text, or a date, byline or label line.
fn stands_alone(text: &str, next: &str) -> bool {
    if next.is_empty() || next == text {
        return true;
    }
    if next.len() >= 120 && next.split_whitespace().count() >= 15 {
        return true;
    }
    let has_year = next
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit));
    (next.len() <= 60 && next.starts_with(|c: char| c.is_ascii_digit()) && has_year)
        // A cover's subtitle that ends with its month: "For the review of ..., July 2017".
        || (next.len() <= 150
            && has_year
            && !next.ends_with('.')
            && next.rsplit_once(", ").is_some_and(|(_, last)| {
                // A month at least: ", 2011" is the end of "April 4, 2011" as often.
                parse_date(last).is_some_and(|h| {
                    h.range.start == 0 && h.range.end == last.len() && h.iso.len() >= 7
                })
            }))
        || next.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "))
        || (next.len() <= 30 && next.ends_with(':'))
        // A report's quoted title over its subtitle: "\"They Came at Dawn\"".
        || (text.len() <= 100
            && text.starts_with(['"', '\u{201c}'])
            && text.ends_with(['"', '\u{201d}'])
            && text.chars().filter(|c| matches!(c, '"' | '\u{201c}' | '\u{201d}')).count() == 2)
        || DATE_LEAD_RE.is_match(next)
        // A title of three words or more over its date alone ("The Death Penalty in
        // Westland" over "October 2019"), a month at least; not a body's name over it.
        // Its lead may stand before the day ("As of 12 September 2024").
        || (next.len() <= 40
            && text.split_whitespace().nth(2).is_some()
            && !names_a_body(text)
            && {
                let bare = DAY_LEAD_RE.find(next).map_or(next, |m| &next[m.end()..]);
                parse_date(bare).is_some_and(|h| h.iso.len() >= 7 && is_date_only(bare, &h))
            })
        // A title over its series' number ("Sarne River Floods" over "Flash Update No.
        // 3", "Situation Report No. 12") or its session's ("Fifth Report of Session
        // 2023-24").
        || (text.split_whitespace().nth(1).is_some()
            && !names_a_body(text)
            && !text.ends_with(['.', ':', ';', ','])
            && (ISSUE_NUMBER_RE.is_match(next) || SESSION_REPORT_RE.is_match(next)))
        // A cover's title over the period it covers ("January – June 2020").
        || (next.len() <= 60 && period_alone(next, text).is_some())
        // A cover's title over its authors ("Jo Pell and Ruth Abebe").
        || (text.split_whitespace().nth(2).is_some()
            && !names_a_body(text)
            && names_only(next))
        // A cover's title over the kind of report and the body it goes to ("Children
        // Behind Bars" over "Alternative report to the Committee on the Rights of the
        // Child").
        || (text.len() <= 100
            && !names_a_body(text)
            && text.chars().next().is_some_and(char::is_uppercase)
            && SUBMITTED_TO_RE.is_match(next))
        // A paper's title over the body that wrote it ("Position Paper on the Mandatory
        // Death Penalty" over "Northland Bar Association").
        || (names_a_body(next)
            && !names_a_body(text)
            && text.split_whitespace().nth(2).is_some()
            && !text.ends_with(',')
            && text.chars().next().is_some_and(char::is_uppercase))
        // A headline over its deck, both in title case ("Norland's New NGO Law Will
        // Silence Critics" over "Parliament Should Reject Bill Requiring ..."): the deck
        // is longer, a sentence of five words or more; a title wrapped over two lines
        // fills its first line.
        || (text.split_whitespace().nth(2).is_some()
            && next.split_whitespace().nth(4).is_some()
            && next.len() > text.len()
            && next.len() <= 150
            && next.starts_with(char::is_uppercase)
            && !next.ends_with(['.', ':', ';', ',', '!', '?'])
            && !next.contains(|c: char| c.is_ascii_digit())
            && all_capitalised(text)
            && all_capitalised(next)
            && !names_a_body(text)
            && !names_a_body(next))
        // A headline over its labelled day ("Press release – 4 June 2003", "Published: 3
        // May 2020"), the day alone after the label.
        || (next.len() <= 60
            && text.split_whitespace().nth(2).is_some()
            && !names_a_body(text)
            && PUBLISHED_RE
                .captures(next)
                .and_then(|c| c.name("v"))
                .is_some_and(|v| {
                    parse_date(v.as_str()).is_some_and(|h| is_date_only(v.as_str(), &h))
                }))
        // A wire headline over the desk's note to editors ("Eds: EMBARGOED until ...").
        || (next.starts_with("Ed") && SLUG_RE.is_match(next))
        // "Capital punishment in X" over "From Wikipedia, the free encyclopedia".
        || (next.len() <= 200 && issuer_line(next, 0, false, false).is_some_and(|(v, ..)| !v.is_empty()))
        || title_over_subtitle(text, next)
        // A question closes a title; a line under it is its subtitle ("Does Legal Aid Keep
        // People out of Jail?" over "Evidence from ...").
        || (question_title(text) && next.len() <= 100 && !next.ends_with(['.', '?']))
        // A periodical's name over the body that puts it out ("THE DETENTION MONITOR" over
        // "Newsletter of the Example Society").
        || (text.len() <= 80 && PUBLICATION_OF_RE.is_match(next))
        // A yearly report's title over the year it covers, in parentheses or as the year
        // ended ("Fiscal Year 2020 Annual Report" over "(July 1, 2019 - June 30, 2020)",
        // "Annual Report 2019" over "for the year ended 31 December 2019").
        || (text.split_whitespace().nth(1).is_some()
            && !names_a_body(text)
            && next.len() <= 70
            && (YEAR_ENDED_RE.find(next).is_some_and(|m| m.start() <= 8)
                || next
                    .strip_prefix('(')
                    .and_then(|n| n.strip_suffix(')'))
                    .and_then(|n| parse_period(n.trim()).map(|(_, len)| len == n.trim().len()))
                    .unwrap_or(false)))
}

/// "Date of hearing: ...", "Date of arrest: ...": a line that dates something other
/// than the document (its judgment, decision, order, publication or issue).
fn dated_other_act(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("date of ") else {
        return false;
    };
    // "Date of the meeting": the noun after the determiner is what is dated.
    let rest = ["the ", "this ", "its "]
        .iter()
        .find_map(|d| rest.strip_prefix(d))
        .unwrap_or(rest)
        .trim_start();
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    !matches!(
        word.as_str(),
        "judgment"
            | "judgement"
            | "decision"
            | "order"
            | "publication"
            | "issue"
            | "delivery"
            | "release"
            | "pronouncement"
            | "ruling"
            | "submission"
            | "report"
            | "meeting"
    )
}

/// A live blog: a "LIVE" badge alone on a line near the head beside the headline (at
/// most two lines with words between them; a site menu's "Live" item is none), or a
/// title that says so ("Live: ...", "... - live updates", "... live blog").
pub fn live_page(source: &str, lines: &[Line], titles: &[Option<&Found<String>>]) -> bool {
    let head: Vec<String> = lines
        .iter()
        .take(40)
        .map(|l| l.text(source).trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let headlines: Vec<String> = titles
        .iter()
        .flatten()
        .map(|t| t.value.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let badge = head.iter().enumerate().any(|(i, t)| {
        matches!(
            t.as_str(),
            "live" | "live updates" | "live blog" | "● live" | "live coverage"
        ) && head[i.saturating_sub(3)..(i + 4).min(head.len())]
            .iter()
            .any(|l| {
                headlines
                    .iter()
                    .any(|h| l == h || (l.len() > 12 && h.contains(l.as_str())))
            })
    });
    badge
        || titles.iter().flatten().any(|t| {
            let t = t.value.to_lowercase();
            t.starts_with("live:")
                || t.contains("live updates")
                || t.contains("live blog")
                || t.ends_with("- live")
        })
}

/// The body a "From:" line names: a government page's "Ministry of Justice and The Hon.
/// NAME", a mail's "Example Legal Aid Network <news@example.org>". A person (no body's
/// word) is none. The line is cut at an " and " or a ", " only before a person (a title
/// of `rules/doctypes.json`'s "person_titles" opens or closes the rest, or the rest is
/// shaped as a name, "Jan Holm", after a body's name) or before a second body; "Department of Justice and Constitutional Development" and "Ministry of
/// Foreign Affairs, Trade and Development" are one body's names.
fn from_body(v: &str) -> Option<&str> {
    let v = v.split(" <").next().unwrap_or(v).trim().trim_matches('"');
    let mut cuts: Vec<(usize, usize)> = v
        .match_indices(" and ")
        .chain(v.match_indices(", "))
        .map(|(i, sep)| (i, i + sep.len()))
        .collect();
    cuts.sort_unstable();
    // Before a person: the body is all before the first cut a person follows.
    if let Some(&(i, _)) = cuts.iter().find(|&&(i, j)| {
        names_a_person(&v[j..]) || (person_shaped(&v[j..]) && names_a_body(v[..i].trim()))
    }) {
        let before = v[..i].trim();
        return names_a_body(before).then_some(before);
    }
    // Two bodies ("Home Office and Ministry of Justice"): the first.
    names_a_body(v).then(|| {
        cuts.iter()
            .find(|&&(i, j)| names_a_body(&v[..i]) && names_a_body(&v[j..]))
            .map_or(v, |&(i, _)| v[..i].trim())
    })
}

/// Whether `rest` of a "From:" line names a person: a title of `rules/doctypes.json`'s
/// "person_titles" opens it ("The Rt Hon NAME", "Lord NAME") or closes it ("NAME MP").
fn names_a_person(rest: &str) -> bool {
    let words: Vec<String> = rest
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    PERSON_TITLES.iter().any(|t| {
        let tw: Vec<&str> = t.split_whitespace().collect();
        (words.len() > tw.len() && words.iter().zip(&tw).all(|(w, t)| w == t))
            || (tw.len() == 1 && words.len() > 1 && last == tw[0])
    })
}

/// Whether `rest` of a "From:" line is shaped as a person's name ("Jan Holm"): two to
/// four capitalised words of letters, no small word, no body's word and no word naming
/// what a body deals with (`rules/doctypes.json`, "topic_words", or an ending such as
/// "-ment": "Constitutional Development").
fn person_shaped(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                && !SMALL_WORDS.contains(&lower.as_str())
                && !BODY_WORDS.contains(&lower.as_str())
                && !TOPIC_WORDS.contains(&lower)
                && !["ment", "tion", "sion", "ity", "ics", "ness", "ship", "ism"]
                    .iter()
                    .any(|end| lower.ends_with(end))
        })
}

/// Whether `line` is nothing but persons' names in small letters after capitals, one or
/// more joined by "," or "and" ("Jo Pell and Ruth Abebe"): a cover's authors, never a
/// title's words ("PORT ALVEN", the end of a title in capitals, is none).
pub(crate) fn names_only(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line
            .split(", ")
            .flat_map(|part| part.split(" and "))
            .map(|part| part.trim().trim_start_matches("and "))
            .all(|name| {
                person_shaped(name)
                    && name
                        .split_whitespace()
                        .all(|w| w.chars().any(char::is_lowercase))
            })
}

/// Words that name what a body deals with (`rules/doctypes.json`, "topic_words"), case
/// folded.
static TOPIC_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| doctype_words(|f| f.topic_words));

/// Titles and post-nominals that mark a person's name (`rules/doctypes.json`,
/// "person_titles"), case folded.
static PERSON_TITLES: LazyLock<Vec<String>> = LazyLock::new(|| doctype_words(|f| f.person_titles));

/// A label alone on line `idx` ("PUBLISHED:") and its value on the next line with
/// words: fills the field and returns the index of the line after the value.
fn label_value(
    source: &str,
    lines: &[Line],
    idx: usize,
    head_end: usize,
    text: &str,
    finds: &mut Finds,
) -> Option<usize> {
    let caps = LABEL_ALONE_RE.captures(text)?;
    let label = caps.name("l")?.as_str().to_ascii_lowercase();
    let j = (idx + 1..head_end.min(idx + 6))
        .find(|&j| !trim_decoration(lines[j].text(source)).is_empty())?;
    let raw = lines[j].text(source);
    let v = trim_decoration(raw);
    if v.len() > 120 {
        return None;
    }
    let vbase = lines[j].start + offset_in(raw, v);
    // "From:" over "Ministry of Foreign Affairs and NAME", as a government page's
    // definition list gives its issuer: the body, never a person.
    if caps.name("f").is_some() {
        let name = from_body(v)?;
        let at = vbase + offset_in(v, name);
        if finds.publisher.is_none() {
            finds.publisher = Some(Found::new(
                tidy_name(name),
                Loc::Source(at..at + name.len()),
                "from_line",
            ));
        }
        return Some(j + 1);
    }
    // "Issued by" over the body's name, as a page's definition list gives it.
    if label == "publisher" || (label.starts_with("issued") && names_a_body(v)) {
        let (value, range) = clean_value(source, vbase..vbase + v.len())?;
        if finds.publisher.is_none() {
            finds.publisher = Some(Found::new(value, Loc::Source(range), "publisher_line"));
        }
        return Some(j + 1);
    }
    let hit = parse_date(v).filter(|hit| date_at_head(v, hit))?;
    // A court's day of hearing in a header table ("Date of hearing:" over "14 June
    // 2022"): read, so the day is no date line, but no day of publication.
    if caps.name("h").is_some() {
        return Some(j + 1);
    }
    let updated = label.contains("updated");
    let found = Found::new(
        hit.iso,
        Loc::Source(vbase + hit.range.start..vbase + hit.range.end),
        if updated {
            "last_updated"
        } else {
            "published_line"
        },
    );
    let slot = if updated {
        &mut finds.updated
    } else {
        &mut finds.published
    };
    if slot.is_none() {
        *slot = Some(found);
    }
    Some(j + 1)
}

/// A title that is the name of the file the document was saved from, as word processors
/// and converters leave it in a page's `<title>` or a PDF's Info dictionary ("Microsoft
/// Word - Submission_final_v3.docx", "report-2019.pdf", "Untitled document"): never the
/// document's title.
pub(crate) fn file_name_title(title: &str) -> bool {
    static FILE_NAME_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:microsoft\s+(?:word|powerpoint|excel)\s*-\s*.*|copy\s+of\s+.*\b(?:v\d+|final|draft|shared)\b.*|\S.{0,200}\.(?:docx?|pdf|odt|rtf|pptx?|xlsx?|indd|pages)|untitled(?:\s+document)?(?:\s*\d+)?|document\s*\d+|presentation\s*\d+|letter|memo|print(?:er)?(?:[-\s]friendly)?(?:\s+(?:version|view|page))?)$",
        )
    });
    // A file's slug: words joined by hyphens or underscores with no space
    // ("ANNUAL-REPORT-2021", "country_profile_2019"), a working name with a version or state
    // after an underscore ("Fact Sheet_May 2020_FINAL"), a typesetter's job name with its
    // page range ("abc012 1..20").
    static FILE_SLUG_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:[\p{L}\d]+(?:[-_][\p{L}\d]+){2,}|.*_(?:final|draft|v\d+|rev\d*|clean|web|print|en|eng)\b.*|[a-z]+\d+\s+\d+\.\.\d+)$",
        )
    });
    // A working name with a state in capitals after a space ("OCM Minutes 12092023
    // FINAL", "Annual report DRAFT 2"), or with a day written as eight figures run
    // together ("Minutes 20230912", "Report 12092023 v3").
    static WORKING_NAME_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^.*[a-z].*\s(?:FINAL|DRAFT)(?:\s*[vV]?\d{1,2})?$"));
    let title = title.trim();
    let stamp = title.split_whitespace().any(|w| {
        let ok = |y: &str, m: &str, d: &str| {
            let (y, m, d) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>());
            matches!((y, m, d), (Ok(y), Ok(m), Ok(d)) if (1950..2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        };
        w.len() == 8
            && w.bytes().all(|b| b.is_ascii_digit())
            && (ok(&w[4..], &w[2..4], &w[..2]) || ok(&w[..4], &w[4..6], &w[6..]))
    });
    FILE_NAME_RE.is_match(title)
        || FILE_SLUG_RE.is_match(title)
        || WORKING_NAME_RE.is_match(title)
        || stamp
}

/// Words that stay lower case inside a name.
const SMALL_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "&",
];

/// A name written in capitals as a reader writes it: "AMNESTY INTERNATIONAL" is
/// "Amnesty International", "COURT OF APPEAL OF JAMAICA" "Court of Appeal of Jamaica";
/// two-letter words stay as they are ("UN"), and so does a name of one short word, an
/// acronym ("FIDH", "OHCHR"). A name with small letters is kept.
pub(crate) fn tidy_name(name: &str) -> String {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if name.chars().any(char::is_lowercase)
        || letters < 4
        || (letters <= 6 && !name.contains(char::is_whitespace))
    {
        return name.to_string();
    }
    name.split(' ')
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && SMALL_WORDS.contains(&lower.as_str()) {
                lower
            } else if word.chars().filter(|c| c.is_alphabetic()).count() <= 2 {
                word.to_string()
            } else {
                // Each part of a hyphenated word: "INTER-AMERICAN" is "Inter-American".
                lower
                    .split('-')
                    .map(|part| {
                        let mut chars = part.chars();
                        chars
                            .next()
                            .map(|c| c.to_uppercase().chain(chars).collect())
                            .unwrap_or_default()
                    })
                    .collect::<Vec<String>>()
                    .join("-")
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Words that name a body that issues releases ("Coalition", "Commission", "Watch").
const BODY_WORDS: &[&str] = &[
    "alliance",
    "agency",
    "assembly",
    "association",
    "authority",
    "bureau",
    "campaign",
    "centre",
    "center",
    "clinic",
    "coalition",
    "commission",
    "committee",
    "council",
    "court",
    "department",
    "embassy",
    "federation",
    "forum",
    "foundation",
    "fund",
    "government",
    "group",
    "initiative",
    "institute",
    "international",
    "league",
    "mechanism",
    "ministry",
    "mission",
    "movement",
    "ombudsman",
    "ombudsperson",
    "inspectorate",
    "network",
    "observatory",
    "office",
    "organisation",
    "organization",
    "parliament",
    "police",
    "programme",
    "project",
    "secretariat",
    "service",
    "services",
    "society",
    "trust",
    "union",
    "watch",
];

/// Whether a short capitalised line over a release line names its issuer: a body's word
/// ("National Human Rights Commission"), an acronym, or a name with no small word
/// ("Reprieve"); "Executions in Westland" over "Press Statement" is a headline.
fn organisation_like(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| BODY_WORDS.contains(&w.as_str()))
        || !words.iter().any(|w| SMALL_WORDS.contains(&w.as_str()))
}

/// A PDF's title that is the body's name its running footer repeats ahead of a web
/// address or a page mark ("United Nations Office for ... | www.example.org" on every
/// page): a masthead, the publisher, never the title. Returns the name.
pub fn title_is_footer_body(source: &str, title: &str) -> bool {
    let words = title.split_whitespace().count();
    if !(2..=12).contains(&words)
        || title.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '?' | '!' | '.'))
        || !all_capitalised(title)
        || !title
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| BODY_WORDS.contains(&w.to_lowercase().as_str()))
    {
        return false;
    }
    let with_web = format!("{title} | www.");
    source.matches(&with_web).count() >= 2
}

/// Whether `name` is a body's name as a footer prints it: two to eight words, every one
/// capitalised or small, a body's word among them ("Office of the Inspector of
/// Custodial Services"), no figure.
pub(crate) fn names_a_body(name: &str) -> bool {
    let words = name.split_whitespace().count();
    (2..=8).contains(&words)
        && name.starts_with(char::is_uppercase)
        && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '?' | '!' | '.' | '/'))
        && all_capitalised(name)
        && name
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| BODY_WORDS.contains(&w.to_lowercase().as_str()))
}

/// A university's unit named by its kind ("Capital Punishment Research Unit", "School of
/// Law", "Faculty of Law"): two to eight capitalised words, one of them the unit's kind.
fn academic_unit(name: &str) -> bool {
    (2..=8).contains(&name.split_whitespace().count())
        && name.starts_with(char::is_uppercase)
        && all_capitalised(name)
        && name.split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "unit" | "university" | "faculty" | "school" | "college" | "laboratory" | "lab"
            )
        })
}

/// Whether every word of `name` is capitalised or a small word (a dash between an
/// acronym and its words, "FIDH - International Federation ...", is no word).
fn all_capitalised(name: &str) -> bool {
    name.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || !w.chars().any(char::is_alphanumeric)
            || SMALL_WORDS.contains(&w.to_lowercase().as_str())
    })
}

/// One mark of an issuer (`rules/issuers.json`).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuerRule {
    #[allow(dead_code)]
    name: String,
    pattern: String,
    /// The publisher; absent, the pattern's group `v` names it (tidied), and a pattern
    /// without one marks a masthead line that names no publisher.
    #[serde(default)]
    publisher: Option<String>,
    /// The mark counts only above the document's title (a masthead).
    #[serde(default)]
    before_title: bool,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuerFile {
    #[serde(rename = "_format")]
    #[allow(dead_code)]
    format: Vec<String>,
    issuers: Vec<IssuerRule>,
}

static ISSUERS: LazyLock<Vec<(Regex, IssuerRule)>> = LazyLock::new(|| {
    let file: IssuerFile = serde_json::from_str(include_str!("../rules/issuers.json"))
        .expect("the compiled-in rules/issuers.json is valid");
    file.issuers
        .into_iter()
        .map(|rule| (re(&rule.pattern), rule))
        .collect()
});

/// The publisher a mark of `rules/issuers.json` names outright (its `publisher`) in a
/// line read apart from the text, such as a PDF's running footer ("CPT/Inf (2024) 17").
pub(crate) fn issuer_mark(text: &str) -> Option<String> {
    ISSUERS
        .iter()
        .filter(|(_, rule)| !rule.before_title)
        .find(|(pattern, _)| pattern.is_match(text))
        .and_then(|(_, rule)| rule.publisher.clone())
}

/// A line that names the document's issuer: a mark from `rules/issuers.json` ("from
/// Wikipedia, the free encyclopedia"), a document-type masthead ("AMNESTY INTERNATIONAL
/// PUBLIC STATEMENT") or "Issued by X". Returns the publisher, the words it was read
/// from (`text` starts at `base` of the source) and the rule.
/// A masthead mark that names no publisher ("REPUBLIC OF ZAMBIA") gives an empty name.
fn issuer_line(
    text: &str,
    base: usize,
    above_title: bool,
    marks_only: bool,
) -> Option<(String, Range<usize>, &'static str)> {
    for (pattern, rule) in ISSUERS.iter() {
        if rule.before_title && !above_title {
            continue;
        }
        let Some(caps) = pattern.captures(text) else {
            continue;
        };
        let m = caps.get(0)?;
        return Some(match (&rule.publisher, caps.name("v")) {
            (Some(publisher), _) => (
                publisher.clone(),
                base + m.start()..base + m.end(),
                "issuer_mark",
            ),
            (None, Some(v)) => (
                tidy_name(v.as_str().trim()),
                base + v.start()..base + v.start() + v.as_str().trim().len(),
                "masthead",
            ),
            (None, None) => (String::new(), base + m.start()..base + m.end(), "masthead"),
        });
    }
    if marks_only {
        return None;
    }
    let lower_tail: String = text
        .get(text.len().saturating_sub(10)..)
        .unwrap_or(text)
        .to_ascii_lowercase();
    let (caps, rule) = if ["statement", "release", "advisory", "action", "report"]
        .iter()
        .any(|w| lower_tail.ends_with(w))
    {
        (MASTHEAD_RE.captures(text)?, "masthead")
    } else if text.len() <= 160 && {
        let lower = text.to_ascii_lowercase();
        lower.contains(" by ") || lower.contains(" by: ")
    } {
        (ISSUED_BY_RE.captures(text)?, "issued_by")
    } else {
        return None;
    };
    let m = caps.name("v")?;
    let name = m.as_str().trim();
    // "Published by Authority" (a gazette's masthead): no name.
    if !all_capitalised(name) || name.len() < 3 || name.eq_ignore_ascii_case("authority") {
        return None;
    }
    // A label's form ("Issued by: X", "Submitted by: X") names a body, not a person.
    if rule == "issued_by" && text[..m.start()].trim_end().ends_with(':') && !names_a_body(name) {
        return None;
    }
    Some((
        tidy_name(name),
        base + m.start()..base + m.start() + name.len(),
        rule,
    ))
}

/// One word list of `rules/doctypes.json`, case folded.
fn doctype_words(pick: fn(DoctypeFile) -> Vec<String>) -> Vec<String> {
    let file: DoctypeFile = serde_json::from_str(include_str!("../rules/doctypes.json"))
        .expect("the compiled-in rules/doctypes.json is valid");
    pick(file).into_iter().map(|d| d.to_lowercase()).collect()
}

/// A site's controls in a bar of cells (`rules/doctypes.json`, "site_controls"), case
/// folded: "19 March 2024 | Login" is a top bar's today.
static SITE_CONTROLS: LazyLock<Vec<String>> = LazyLock::new(|| doctype_words(|f| f.site_controls));

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct DoctypeFile {
    #[serde(rename = "_format")]
    #[allow(dead_code)]
    format: Vec<String>,
    doctypes: Vec<String>,
    sections: Vec<String>,
    #[serde(default)]
    listings: Vec<String>,
    #[serde(default)]
    title_kinds: Vec<String>,
    #[serde(default)]
    person_titles: Vec<String>,
    #[serde(default)]
    topic_words: Vec<String>,
    #[serde(default)]
    site_controls: Vec<String>,
}

/// Words a title opens with that name its kind (`rules/doctypes.json`, "title_kinds"),
/// case folded.
static TITLE_KINDS: LazyLock<Vec<String>> = LazyLock::new(|| doctype_words(|f| f.title_kinds));

/// `range` of `source` past a document type's label and its colon ("MEDIA RELEASE: Court
/// orders ..." -> "Court orders ..."; `rules/doctypes.json`, "doctypes"); unchanged when
/// it opens with none.
fn past_doctype_label(source: &str, range: Range<usize>) -> Range<usize> {
    let text = &source[range.clone()];
    let Some((label, rest)) = text.split_once(':') else {
        return range;
    };
    let rest_start = text.len() - rest.trim_start().len();
    if rest.split_whitespace().count() < 3 || !DOCTYPES.contains(&label.trim().to_lowercase()) {
        return range;
    }
    range.start + rest_start..range.end
}

/// Whether `text` opens with a word naming the kind of document ("ANNUAL REPORT OF THE
/// ... COMMISSION", "Submission to ..."): a title, though it holds a body's word.
fn opens_with_kind(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    TITLE_KINDS.iter().any(|k| {
        lower
            .strip_prefix(k.as_str())
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

/// A portal's document-type labels (`rules/doctypes.json`), case folded.
static DOCTYPES: LazyLock<Vec<String>> = LazyLock::new(|| doctype_words(|f| f.doctypes));

/// A site's section names (`rules/doctypes.json`, "sections"), case folded: "Media
/// Center" over "Press Release" is no department.
static SITE_SECTIONS: LazyLock<Vec<String>> = LazyLock::new(|| doctype_words(|f| f.sections));

/// A site's names of its lists of documents (`rules/doctypes.json`, "listings"), case
/// folded: "Press Releases" as a page's `h1` is no title.
pub(crate) static LISTINGS: LazyLock<Vec<String>> = LazyLock::new(|| doctype_words(|f| f.listings));

/// The body's name in a site named as its press office ("ECOWAS Press Centre", "Example
/// Commission Newsroom"): the name before a section's name of `rules/doctypes.json`.
pub(crate) fn site_section_stem(name: &str) -> Option<&str> {
    // The section names are lower-case ASCII: the name is cut where its own tail
    // matches, whatever its other letters lower-case to.
    SITE_SECTIONS.iter().find_map(|section| {
        let cut = name.len().checked_sub(section.len())?;
        let (stem, tail) = (name.get(..cut)?, name.get(cut..)?);
        (tail.eq_ignore_ascii_case(section) && stem.ends_with(' '))
            .then(|| stem.trim())
            .filter(|stem| !stem.is_empty())
    })
}

/// A department's name heading the text of a portal's page, over the document's type
/// and the title ("Home Office" / "Guidance" / "Country policy and information note:
/// ..."; "Foreign, Commonwealth & Development Office" / "Press release" / headline):
/// the department publishes, not the portal. Read as a labelled publisher line, so it
/// replaces the portal's name taken from the `<title>` or the home link.
fn department_over_type(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
) -> Option<Found<String>> {
    let mut first = lines
        .iter()
        .enumerate()
        .take(40)
        .filter(|(i, _)| drop.get(*i).copied().flatten().is_none())
        .map(|(_, l)| (l, trim_decoration(l.text(source))))
        .filter(|(_, t)| !t.is_empty());
    let (name_line, name) = first.next()?;
    let (_, kind) = first.next()?;
    let (_, title) = first.next()?;
    let name_plain = name.replace(',', "");
    let kind = kind.trim_end_matches(':').trim().to_lowercase();
    if !(names_a_body(&name_plain) || names_a_body(name))
        || !name.chars().any(char::is_lowercase)
        || !DOCTYPES.contains(&kind)
        || SITE_SECTIONS.contains(&name.to_lowercase())
        || title.split_whitespace().count() < 3
    {
        return None;
    }
    let raw = name_line.text(source);
    let base = name_line.start + offset_in(raw, name);
    Some(Found::new(
        name.to_string(),
        Loc::Source(base..base + name.len()),
        "publisher_line",
    ))
}

/// One periodic report series (`rules/series.json`).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesRule {
    #[allow(dead_code)]
    name: String,
    pattern: String,
    publisher: String,
    covers_offset: i32,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesFile {
    #[serde(rename = "_format")]
    #[allow(dead_code)]
    format: Vec<String>,
    series: Vec<SeriesRule>,
}

static SERIES: LazyLock<Vec<(Regex, SeriesRule)>> = LazyLock::new(|| {
    let file: SeriesFile = serde_json::from_str(include_str!("../rules/series.json"))
        .expect("the compiled-in rules/series.json is valid");
    file.series
        .into_iter()
        .map(|rule| (re(&rule.pattern), rule))
        .collect()
});

/// A line of a list of references: "6. United States Department of State (2024). "2023
/// Country Reports ...". Retrieved 15 January 2025.", "^ Amnesty International Report
/// 2011", "[3] ...": a work the text cites, not the text's own name.
fn reference_entry(text: &str) -> bool {
    static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\s*(?:\d{1,3}\.\s|\^\s|\[\d{1,3}\]\s?)|(?i:\b(?:retrieved|accessed|archived)\s+(?:on\s+|from\s+)?(?:\d|[a-z]+\s+\d))",
        )
    });
    ENTRY.is_match(text)
}

/// The publisher and period covered of a periodic report, read from a series name with
/// its year in the title or the head of the text ("Belarus — 2024 Human Rights Report",
/// "Amnesty International Report 2011", which covers 2010). Fills only empty fields.
///
/// `page_title` is a web page's `<title>` when the headline of its text took its place as
/// the title ("Annual Report: Iraq 2013 | Amnesty International" over "Iraq"): the series
/// is read there next. Last comes the tail of the text: a line that is nothing but a series
/// name is a running footer ("Amnesty International Report 2013" closing each page or the
/// page's footer); a series named inside a sentence there ("see Amnesty International
/// Report 1995") is a reference, not the document's own name.
pub fn report_series(
    source: &str,
    lines: &[Line],
    finds: &mut Finds,
    page_title: Option<&Found<String>>,
) {
    if finds.period.is_some() && finds.publisher.is_some() {
        return;
    }
    let hit = |text: &str| -> Option<(Period, String, Range<usize>)> {
        SERIES.iter().find_map(|(pattern, rule)| {
            let caps = pattern.captures(text)?;
            let named: i32 = caps.name("year")?.as_str().parse().ok()?;
            let year = if caps.name("slash").is_some() {
                named
            } else {
                named + rule.covers_offset
            };
            let whole = caps.get(0)?;
            Some((
                Period {
                    start: format!("{year:04}-01-01"),
                    end: format!("{year:04}-12-31"),
                },
                rule.publisher.clone(),
                whole.range(),
            ))
        })
    };
    let mut found = finds
        .title
        .as_ref()
        .and_then(|t| hit(&t.value).map(|(p, publisher, _)| (p, publisher, t.loc.clone())));
    if found.is_none() {
        found = page_title
            .and_then(|t| hit(&t.value).map(|(p, publisher, _)| (p, publisher, t.loc.clone())));
    }
    if found.is_none() {
        let head_end = lines.partition_point(|l| l.start < EDGE_BYTES);
        found = lines[..head_end].iter().find_map(|line| {
            let text = line.text(source);
            if text.len() > 300 || reference_entry(text) {
                return None;
            }
            let (period, publisher, range) = hit(text)?;
            let loc = Loc::Source(line.start + range.start..line.start + range.end);
            Some((period, publisher, loc))
        });
    }
    if found.is_none() {
        // A heading over two lines: "Country Reports on Human Rights Practices" / "2005".
        let head_end = lines.partition_point(|l| l.start < EDGE_BYTES);
        found = (0..head_end).find_map(|idx| {
            let line = lines[idx];
            if line.text(source).trim().is_empty() || line.end - line.start > 300 {
                return None;
            }
            let next = (idx + 1..head_end.min(idx + 3))
                .find(|&j| !lines[j].text(source).trim().is_empty())?;
            if lines[next].end - lines[next].start > 300 {
                return None;
            }
            let text = source.get(line.start..lines[next].end)?;
            let (period, publisher, range) = hit(text)?;
            // Only a name that the two lines make together.
            if range.end <= line.end - line.start || range.start >= lines[next].start - line.start {
                return None;
            }
            let loc = Loc::Source(line.start + range.start..line.start + range.end);
            Some((period, publisher, loc))
        });
    }
    if found.is_none() {
        // A running footer: the series name alone on a line of the tail.
        let tail_from = source.len().saturating_sub(EDGE_BYTES);
        let tail_start = lines.partition_point(|l| l.end < tail_from);
        found = lines[tail_start..].iter().rev().find_map(|line| {
            let text = line.text(source);
            let trimmed = text.trim();
            if trimmed.is_empty() || trimmed.len() > 80 {
                return None;
            }
            let (period, publisher, range) = hit(text)?;
            let lead = text.len() - text.trim_start().len();
            let alone = range.start == lead && range.end == lead + trimmed.len();
            alone.then(|| {
                let loc = Loc::Source(line.start + range.start..line.start + range.end);
                (period, publisher, loc)
            })
        });
    }
    let Some((period, publisher, loc)) = found else {
        copyright_edition(source, finds);
        name_and_year_title(finds);
        return;
    };
    // A document with no title of its own whose running footer (or a line of its head)
    // is the series name alone ("Amnesty International Report 2012" closing a chapter):
    // that name is its title, as a PDF's running footer is.
    if finds.title.is_none() {
        if let Loc::Source(r) = &loc {
            let idx = lines
                .partition_point(|l| l.start <= r.start)
                .saturating_sub(1);
            if let Some(line) = lines.get(idx) {
                let text = line.text(source);
                let trimmed = trim_decoration(text);
                let lead = line.start + offset_in(text, trimmed);
                if lead == r.start && lead + trimmed.len() == r.end {
                    let value = source[r.clone()].to_string();
                    finds.title = Some(Found::new(value, loc.clone(), "report_series"));
                }
            }
        }
    }
    if finds.period.is_none() {
        finds.period = Some(Found::new(period, loc.clone(), "report_series"));
    }
    if finds.publisher.is_none() {
        finds.publisher = Some(Found::new(publisher, loc, "report_series"));
    }
}

/// A publisher that is an acronym ("CAE", read from a `<title>` such as "CAE :: News ::
/// ...") spelled out where the document names the body in full ("(c) 2004 Coalition
/// Against Executions"): the full name, from where it is written. The words must be
/// capitalised, one per letter (small words between them pass), and the whole name
/// must stand apart (no capitalised word right before or after it).
pub fn expand_acronym(source: &str, finds: &mut Finds) {
    let Some(publisher) = finds.publisher.as_ref() else {
        return;
    };
    let acronym = publisher.value.as_str();
    if !(2..=6).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return;
    }
    const SMALL: &[&str] = &["of", "for", "and", "the", "on", "in", "&"];
    let words: Vec<(usize, &str)> = source
        .split(|c: char| c.is_whitespace())
        .scan(0usize, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let core = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
            .to_string()
    };
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase()) && w.chars().count() >= 2;
    let letters: Vec<char> = acronym.chars().collect();
    for i in 0..words.len() {
        let mut k = 0;
        let mut j = i;
        while j < words.len() && k < letters.len() {
            let w = core(words[j].1);
            if k > 0 && SMALL.contains(&w.as_str()) {
                j += 1;
                continue;
            }
            if !capital(&w) || !w.starts_with(letters[k]) {
                break;
            }
            // Inside the name, no word may carry punctuation that ends it early.
            k += 1;
            j += 1;
            if k < letters.len() && words[j - 1].1.ends_with([',', '.', ';', ':', '|']) {
                break;
            }
        }
        if k < letters.len() {
            continue;
        }
        let before = i.checked_sub(1).map(|p| core(words[p].1));
        let after = words.get(j).map(|(_, w)| core(w));
        if before
            .as_deref()
            .is_some_and(|w| capital(w) && !w.chars().all(|c| c.is_uppercase()))
            || after.as_deref().is_some_and(capital)
        {
            continue;
        }
        let (start, first) = words[i];
        let (last_at, last) = words[j - 1];
        let lead = first.len()
            - first
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let trail = last.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let range = start + lead..last_at + trail;
        let Some(name) = source.get(range.clone()) else {
            continue;
        };
        if name.contains(['\n', '\r']) {
            continue;
        }
        finds.publisher = Some(Found::new(
            name.to_string(),
            Loc::Source(range),
            "acronym_spelled_out",
        ));
        return;
    }
}

static NAME_YEAR_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?P<name>\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|of|and|the)){0,3})\s*[—–:-]?\s+(?P<year>(?:19|20)\d\d)\s*$",
    )
});

/// A title that is a name and a year and nothing else ("Zambia 2019", "SAUDI ARABIA
/// 2012"): a yearbook's chapter on that country, covering that year. A title that
/// says more ("Elections 2019: what to expect") is not one. A publication that came out
/// in its title's year names its edition, not the year it covers ("Global Prison Trends
/// 2021", published in May 2021 on 2020): no period is read from it.
fn name_and_year_title(finds: &mut Finds) {
    if finds.period.is_some() {
        return;
    }
    let Some(title) = finds.title.as_ref() else {
        return;
    };
    let Some(caps) = NAME_YEAR_RE.captures(&title.value) else {
        return;
    };
    let Some(year) = caps
        .name("year")
        .and_then(|y| y.as_str().parse::<i32>().ok())
    else {
        return;
    };
    let published_in = finds
        .published
        .as_ref()
        .and_then(|p| p.value.get(..4)?.parse::<i32>().ok());
    if published_in.is_some_and(|y| y <= year) {
        return;
    }
    let period = Period {
        start: format!("{year:04}-01-01"),
        end: format!("{year:04}-12-31"),
    };
    let loc = title.loc.clone();
    finds.period = Some(Found::new(period, loc, "name_and_year_title"));
}

/// Whether the date `hit` is all there is on the line (weekday and punctuation allowed).
pub(crate) fn is_date_only(text: &str, hit: &DateHit) -> bool {
    let before = text.get(..hit.range.start).unwrap_or("x");
    let after = text.get(hit.range.end..).unwrap_or("x");
    let weekday = before
        .trim()
        .trim_end_matches(',')
        .trim()
        .to_ascii_lowercase();
    let weekday_ok =
        weekday.is_empty() || dossier_model::is_weekday_word(weekday.trim_end_matches('.'));
    // A news page's date line may carry the time it went up ("Thursday 07 July
    // 2022 11:07 BST", "Thu 7 Jul 2022 11.07 EDT").
    let after = after.trim_matches(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
    // A wire page's day, time and later update on one line ("January 26, 2024 3:14 PM
    // GMT+3 Updated January 26, 2024"): the first day is the story's.
    let after = UPDATED_TAIL_RE
        .find(after)
        .map_or(after, |m| after[..m.start()].trim_end());
    // A news database's print names the weekday after the day ("November 20, 2014
    // Thursday 2:47 PM GMT+9").
    let after = after
        .split_once(char::is_whitespace)
        .map_or(after, |(w, rest)| {
            if dossier_model::is_weekday_word(&w.to_ascii_lowercase()) {
                rest.trim_start()
            } else {
                after
            }
        });
    let after = if dossier_model::is_weekday_word(&after.to_ascii_lowercase()) {
        ""
    } else {
        after
    };
    // A report's cover gives its date with its distribution ("September 2008 Public").
    let distribution = ["public", "restricted", "internal", "embargoed"]
        .iter()
        .any(|w| after.eq_ignore_ascii_case(w));
    // A page's date beside its reading time ("18 August 2021 4 minute read", "Jan 3, 2022 ·
    // 6 min read").
    weekday_ok
        && (after.is_empty()
            || distribution
            || TIME_OF_DAY_RE.is_match(after)
            || READING_TIME_RE.is_match(after))
}

/// A reading time after a date on its line: "4 minute read", "6 min read", "3 mins read".
static READING_TIME_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:[·•|]\s*)?\d{1,3}\s*[-\s]?\s*(?:min|mins|minutes?)\.?\s+read$"));

/// A time of day with an optional zone, after a date on its line.
static TIME_OF_DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?$",
    )
});

fn convention_publisher(
    source: &str,
    kind: NumberKind,
    line: Range<usize>,
) -> Option<Found<String>> {
    let head = source
        .get(..floor_boundary(source, EDGE_BYTES))
        .unwrap_or("");
    let tail = source
        .get(ceil_boundary(source, source.len().saturating_sub(EDGE_BYTES))..)
        .unwrap_or("");
    let edges = format!("{head}\n{tail}").to_lowercase();
    CONVENTIONS
        .iter()
        .find(|c| {
            c.number == kind
                && (c.any_of.is_empty() || c.any_of.iter().any(|w| edges.contains(w)))
                && c.all_of.iter().all(|w| edges.contains(w))
        })
        .map(|c| {
            Found::new(
                c.publisher.to_string(),
                Loc::Source(line),
                "doc_number_convention",
            )
        })
}

/// Publisher from a copyright line that chrome removal tagged ("© Copyright X").
static YEAR_AFTER_NAME_RE: LazyLock<Regex> = LazyLock::new(|| re(r"[\s,]+(?:19|20)\d\d\b"));

fn copyright_publisher(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
) -> Option<Found<String>> {
    for (idx, line) in lines.iter().enumerate() {
        if drop.get(idx).copied().flatten() != Some("copyright") {
            continue;
        }
        let text = line.text(source);
        let lower = text.to_lowercase();
        if lower.len() != text.len() {
            continue; // lowercasing changed byte offsets: skip rather than guess
        }
        // After the last copyright marker.
        let marker_end = ["©", "(c)", "copyright"]
            .iter()
            .filter_map(|m| lower.rfind(m).map(|i| i + m.len()))
            .max()?;
        let mut rest_start = marker_end;
        loop {
            let rest = text.get(rest_start..).unwrap_or("");
            let skip = rest.len()
                - rest
                    .trim_start_matches(|c: char| {
                        c.is_whitespace()
                            || c.is_ascii_digit()
                            || matches!(c, ',' | ':' | '-' | '–' | '©')
                    })
                    .len();
            rest_start += skip;
            let rest = text.get(rest_start..).unwrap_or("");
            if rest.to_lowercase().starts_with("copyright") {
                rest_start += "copyright".len();
            } else {
                break;
            }
        }
        let rest = text.get(rest_start..).unwrap_or("");
        // The notice ends at "All rights reserved" or where a row of footer links goes
        // on ("(c) 2011 Alliance for X | Contact").
        let end = rest
            .to_lowercase()
            .find("all rights reserved")
            .unwrap_or(rest.len())
            .min(rest.find(" | ").unwrap_or(rest.len()))
            .min(sentence_end(rest).unwrap_or(rest.len()))
            // "© Norland Prisons Ombudsman 2019 Published in July 2019": the year after
            // the name ends it.
            .min(
                YEAR_AFTER_NAME_RE
                    .find(rest)
                    .map_or(rest.len(), |m| m.start()),
            );
        let range = line.start + rest_start..line.start + rest_start + end;
        if let Some((value, range)) = clean_value(source, range) {
            if value.len() >= 2
                && value.len() <= 80
                && value.starts_with(|c: char| c.is_uppercase())
            {
                return Some(Found::new(value, Loc::Source(range), "copyright_line"));
            }
        }
    }
    None
}

/// Where a notice's first sentence ends and another begins ("Example Coalition. Last
/// updated: 12/01/2003"): a full stop after a word of four letters or more (no "Ltd.",
/// "Inc.") before a capital.
fn sentence_end(text: &str) -> Option<usize> {
    text.match_indices(". ").map(|(i, _)| i).find(|&i| {
        let word = text[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        word.chars().count() >= 4
            && word.chars().all(char::is_alphabetic)
            && text[i + 2..].starts_with(|c: char| c.is_uppercase())
    })
}

pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Stop words per language (ISO 639-1), for [`detect_language`].
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "was", "on", "with", "as",
            "by", "were", "be", "it", "from", "has", "have", "are", "which", "his", "not", "this",
            "an", "had",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "est", "que", "qui",
            "dans", "pour", "pas", "sur", "au", "par", "avec", "sont", "ce", "il", "été", "aux",
            "ont",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "den", "von", "zu", "mit", "ist", "im", "dem", "nicht",
            "ein", "eine", "des", "auf", "für", "sich", "auch", "wurde", "es", "wird", "bei",
            "sie", "nach",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "de", "que", "y", "en", "los", "del", "las", "un", "por", "con", "una",
            "para", "es", "se", "no", "al", "lo", "como", "más", "fue", "su", "sobre",
        ],
    ),
    (
        "ru",
        &[
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "к",
            "о",
            "из",
            "за",
            "от",
            "для",
            "это",
            "как",
            "был",
            "была",
            "были",
            "его",
            "он",
            "она",
            "также",
            "со",
            "года",
            "при",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "e", "la", "per", "un", "del", "della", "non", "sono", "le", "con",
            "una", "gli", "dei", "nel", "alla", "è", "ha", "si", "da", "al", "anche",
        ],
    ),
    (
        "pt",
        &[
            "o", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no",
            "se", "na", "por", "mais", "as", "dos", "como", "foi", "ao", "das",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met",
            "niet", "die", "er", "aan", "ook", "door", "werd", "worden", "wordt", "bij", "om",
        ],
    ),
];

const STOP_SLOTS: usize = 512;

fn stop_hash(bytes: impl Iterator<Item = u8>) -> usize {
    let h = bytes.fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3)
    });
    (h ^ (h >> 29)) as usize % STOP_SLOTS
}

/// Open-addressing table: stop word -> bit set of the languages (indices into
/// [`STOPWORDS`]) that use it. One hash and usually one comparison per word.
static STOPWORD_INDEX: LazyLock<Vec<Option<(&'static str, u16)>>> = LazyLock::new(|| {
    let mut table: Vec<Option<(&'static str, u16)>> = vec![None; STOP_SLOTS];
    for (lang_idx, (_, words)) in STOPWORDS.iter().enumerate() {
        for word in *words {
            let mut slot = stop_hash(word.bytes());
            loop {
                match &mut table[slot] {
                    Some((w, mask)) if w == word => {
                        *mask |= 1 << lang_idx;
                        break;
                    }
                    Some(_) => slot = (slot + 1) % STOP_SLOTS,
                    empty @ None => {
                        *empty = Some((word, 1 << lang_idx));
                        break;
                    }
                }
            }
        }
    }
    table
});

/// A word of at most 8 bytes as a `u64` (little-endian, zero-padded).
fn short_key(word: &[u8]) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.get_mut(..word.len())?.copy_from_slice(word);
    Some(u64::from_le_bytes(bytes))
}

fn short_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - STOP_SLOTS.trailing_zeros())) as usize
}

/// [`STOPWORD_INDEX`] for the words of at most 8 bytes (all but a few), keyed by
/// [`short_key`]: a look-up is one multiplication and, mostly, one comparison.
static SHORT_STOPWORD_INDEX: LazyLock<Vec<(u64, u16)>> = LazyLock::new(|| {
    let mut table = vec![(0u64, 0u16); STOP_SLOTS];
    for (word, mask) in STOPWORD_INDEX.iter().flatten() {
        let Some(key) = short_key(word.as_bytes()) else {
            continue;
        };
        let mut slot = short_slot(key);
        while table[slot].0 != 0 {
            slot = (slot + 1) % STOP_SLOTS;
        }
        table[slot] = (key, *mask);
    }
    table
});

/// [`stop_mask`] of the word of at most 8 bytes whose [`short_key`] is `key`.
fn short_mask(key: u64) -> u16 {
    let table = &*SHORT_STOPWORD_INDEX;
    let mut slot = short_slot(key);
    // Key 0 marks an empty slot (no word is empty).
    while table[slot].0 != 0 {
        if table[slot].0 == key {
            return table[slot].1;
        }
        slot = (slot + 1) % STOP_SLOTS;
    }
    0
}

/// The languages that use `word` (lowercase) as a stop word, as a bit set.
fn stop_mask(word: &[u8]) -> u16 {
    if let Some(key) = short_key(word) {
        return short_mask(key);
    }
    let table = &*STOPWORD_INDEX;
    let mut slot = stop_hash(word.iter().copied());
    while let Some((w, mask)) = table[slot] {
        if w.as_bytes() == word {
            return mask;
        }
        slot = (slot + 1) % STOP_SLOTS;
    }
    0
}

/// No stop word is longer (in bytes).
const LONGEST_STOP_WORD: usize = 12;

/// Guess the language of `text` from stop words in its first 4 KiB; `None` when the
/// evidence is thin (fewer than 20 words or no language over 10 % of them).
///
/// Words are maximal runs of alphanumeric chars. ASCII words, nearly all of them in
/// the languages listed, are found and lowercased eight bytes at a time (see
/// [`dossier_model::swar`]); a word of at most eight bytes is then its own look-up
/// key. Only words with other chars are decoded and lowercased by Unicode's rules.
pub fn detect_language(text: &str) -> Option<&'static str> {
    use dossier_model::swar::{char_at, load, next_word_candidate, Run};
    let sample = text.get(..floor_boundary(text, 4096)).unwrap_or("");
    let bytes = sample.as_bytes();
    let mut hits = [0usize; STOPWORDS.len()];
    let mut n_words = 0usize;
    let mut tally = |mask: u16| {
        if mask != 0 {
            for (lang_idx, count) in hits.iter_mut().enumerate() {
                if mask & (1 << lang_idx) != 0 {
                    *count += 1;
                }
            }
        }
    };
    let mut at = 0;
    loop {
        at = next_word_candidate(bytes, at);
        if at >= bytes.len() {
            break;
        }
        let start = at;
        let mut ascii = bytes[at].is_ascii();
        if ascii {
            // The ASCII run from `start`, a chunk at a time.
            let mut key = None;
            loop {
                let run = Run::of(load(bytes, at));
                let stop = run.stop;
                if at == start && stop != 0 {
                    // A word of at most 8 bytes: its lowercase is its key.
                    key = Some(run.lowered);
                }
                at += run.len;
                if stop != 0 {
                    break;
                }
            }
            // A non-ASCII alphanumeric char continues the word.
            ascii = !matches!(char_at(sample, at), Some(c) if !c.is_ascii() && c.is_alphanumeric());
            if ascii {
                n_words += 1;
                let word = &bytes[start..at];
                match key {
                    Some(key) => tally(short_mask(key)),
                    None if word.len() <= LONGEST_STOP_WORD => {
                        tally(stop_mask(&word.to_ascii_lowercase()))
                    }
                    None => {}
                }
                continue;
            }
        }
        // A word with non-ASCII chars (or a non-ASCII char that starts none).
        at = start;
        for c in sample[start..].chars() {
            if !c.is_alphanumeric() {
                break;
            }
            at += c.len_utf8();
        }
        if at == start {
            at += char_at(sample, at).map_or(1, char::len_utf8);
            continue;
        }
        n_words += 1;
        if at - start <= LONGEST_STOP_WORD {
            tally(stop_mask(sample[start..at].to_lowercase().as_bytes()));
        }
    }
    if n_words < 20 {
        return None;
    }
    let (best, count) = hits.iter().enumerate().max_by_key(|(_, c)| **c)?;
    (count * 10 >= n_words && *count >= 5).then_some(STOPWORDS[best].0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chrome::classify;
    use crate::text::split_lines;

    /// A press office's site name ("Example Newsroom") is cut at its own tail, whatever
    /// its other letters lower-case to ("İ" grows a byte).
    #[test]
    fn a_site_section_is_cut_from_the_name_itself() {
        let section = SITE_SECTIONS.first().expect("sections").clone();
        let name = format!("İzmir Barosu {section}");
        assert_eq!(site_section_stem(&name), Some("İzmir Barosu"));
        assert_eq!(site_section_stem(&section), None);
    }

    fn check_date(input: &str, expect: Option<&str>) {
        assert_eq!(
            parse_date(input).map(|h| h.iso),
            expect.map(String::from),
            "{input}"
        );
    }

    #[test]
    fn dates_normalise_to_iso() {
        check_date("Thursday, 3 March 2016, 10:00 GMT", Some("2016-03-03"));
        check_date("on 21st of June 1999", Some("1999-06-21"));
        check_date("Sept. 9, 2011", Some("2011-09-09"));
        check_date("2020-02-29T08:00:00Z", Some("2020-02-29"));
        check_date("D:20040526120000+02'00'", Some("2004-05-26"));
        check_date("31/12/2001", Some("2001-12-31"));
        check_date("05/06/2001", None);
        check_date("August 1998", Some("1998-08"));
        check_date("1997", Some("1997"));
        check_date("30 February 2001", Some("2001-02")); // invalid day: month only
        check_date("two years ago", None);
        check_date("Article 47 of 2047 rules", None);
    }

    fn check_period(input: &str, expect: Option<(&str, &str)>) {
        let got = parse_period(input).map(|(p, _)| (p.start, p.end));
        assert_eq!(
            got,
            expect.map(|(a, b)| (a.to_string(), b.to_string())),
            "{input}"
        );
    }

    #[test]
    fn periods_expand_to_days() {
        // "Covering events of 2022", "covering the events of March 2020"
        check_period("events of 2022", Some(("2022-01-01", "2022-12-31")));
        check_period(
            "the events of March 2020",
            Some(("2020-03-01", "2020-03-31")),
        );
        check_period(
            "events from January - December 1998",
            Some(("1998-01-01", "1998-12-31")),
        );
        check_period(
            "from March 2019 to February 2020",
            Some(("2019-03-01", "2020-02-29")),
        );
        check_period("October – March 2011", Some(("2010-10-01", "2011-03-31")));
        check_period("2002", Some(("2002-01-01", "2002-12-31")));
        // To the day: "covers the period from 1 January to 31 December 2019".
        check_period(
            "from 1 January to 31 December 2019.",
            Some(("2019-01-01", "2019-12-31")),
        );
        check_period(
            "from 16 August 2018 to 15 August 2019",
            Some(("2018-08-16", "2019-08-15")),
        );
        check_period(
            "between 1 July and 30 June 2021",
            Some(("2020-07-01", "2021-06-30")),
        );
        check_period(
            "the period from January 1 to June 30, 2020",
            Some(("2020-01-01", "2020-06-30")),
        );
        // An impossible day is no period (not a month's or a year's either).
        check_period("from 31 June to 3 July 2020", None);
        check_period("the period 2010-2012", Some(("2010-01-01", "2012-12-31")));
        check_period("June 2005", Some(("2005-06-01", "2005-06-30")));
        check_period("many topics", None);
        // Two days of one month (a humanitarian update's reporting period).
        check_period(
            "from 5 to 11 September 2024",
            Some(("2024-09-05", "2024-09-11")),
        );
        check_period("12-18 March 2023", Some(("2023-03-12", "2023-03-18")));
        check_period("from 11 to 5 September 2024", None);
    }

    #[test]
    fn session24b_labelled_day_after_its_time_and_weekday_and_periods_that_cover_events() {
        // "Published 3:45 PM EST, Tue February 6, 2024" over "Updated ...": the first.
        let (f, _) = finds(
            "The world looked away\n\nPublished 3:45 PM EST, Tue February 6, 2024\nUpdated 9:12 AM EST, Wed February 7, 2024\n\nWhen the last monitors left, the prisons filled.\n",
        );
        assert_eq!(value(&f.published).as_deref(), Some("2024-02-06"));
        // A rating's note: "Ratings cover events that took place between January 1, 2023, and
        // December 31, 2023."
        let (f, _) = finds(
            "Tarsen\n\nThe rating reflects the rights enjoyed by individuals. Ratings cover events that took place between January 1, 2023, and December 31, 2023.\n\nOverview text follows here.\n",
        );
        let p = f.period.map(|p| (p.value.start, p.value.end));
        assert_eq!(p, Some(("2023-01-01".into(), "2023-12-31".into())));
        // A broadcast's transcript: "Aired: 12 January 2025".
        let (f, _) = finds(
            "RIGHTS ON THE RECORD\n\nEpisode 42 - Disappearances in the north\nAired: 12 January 2025\nHost: Ruth Amadi\n\nRUTH AMADI: Welcome to the show. Today we talk about the cases.\n",
        );
        assert_eq!(value(&f.published).as_deref(), Some("2025-01-12"));
        // A running footer that names the body ahead of its web address on every page.
        let src = "Example Office for Humanitarian Affairs\nTITLE\n\u{c}Example Office for Humanitarian Affairs | www.example.org 2\n\u{c}Example Office for Humanitarian Affairs | www.example.org 3\n";
        assert!(title_is_footer_body(
            src,
            "Example Office for Humanitarian Affairs"
        ));
        assert!(!title_is_footer_body(src, "Floods in the Sarne valley"));
        assert!(!title_is_footer_body(
            "Example Office for Humanitarian Affairs\n",
            "Example Office for Humanitarian Affairs"
        ));
    }

    fn finds(input: &str) -> (Finds, Vec<String>) {
        let lines = split_lines(input);
        let drop = classify(input, &lines);
        let mut warnings = vec![];
        (from_lines(input, &lines, &drop, &mut warnings), warnings)
    }

    fn value<T: Clone>(f: &Option<Found<T>>) -> Option<T> {
        f.as_ref().map(|f| f.value.clone())
    }

    /// Each found value's location must hold exactly the words it was read from.
    fn assert_locs(input: &str, f: &Finds) {
        for (found, expect) in [(&f.title, true), (&f.publisher, false), (&f.number, true)] {
            if let Some(Found {
                value,
                loc: Loc::Source(r),
                rule,
            }) = found
            {
                if *rule == "judgment_caption" {
                    // A caption over lines is joined: its span holds the parties' words.
                    let span = &input[r.clone()];
                    for word in value.split_whitespace().filter(|w| *w != "v.") {
                        assert!(span.contains(word), "{word} in {span:?}");
                    }
                } else if [
                    "court",
                    "masthead",
                    "issued_by",
                    "cover_title",
                    "cover_masthead",
                    "judgment_matter",
                    "gazette_state",
                    "un_heading",
                    "hansard_head",
                    "hansard_house",
                ]
                .contains(rule)
                {
                    // Names in capitals are written as a reader writes them; a court's
                    // name (a cover's title, a matter) may go on over two lines.
                    let span = input[r.clone()]
                        .split_whitespace()
                        .filter(|w| *w != ":")
                        .map(|w| w.trim_end_matches(':'))
                        .collect::<Vec<_>>();
                    assert_eq!(
                        span.join(" ").to_lowercase(),
                        value.to_lowercase(),
                        "{rule}"
                    );
                } else if ["issuer_mark", "report_series"].contains(rule) {
                    // The mark names the publisher in its own words.
                    assert!(!input[r.clone()].trim().is_empty());
                } else if expect || *rule != "doc_number_convention" {
                    assert_eq!(&input[r.clone()], value, "rule {rule}");
                }
            }
        }
    }

    fn series(input: &str) -> (Option<(String, String)>, Option<String>, Option<String>) {
        let lines = split_lines(input);
        let drop = classify(input, &lines);
        let mut f = from_lines(input, &lines, &drop, &mut vec![]);
        report_series(input, &lines, &mut f, None);
        let words = f.period.as_ref().and_then(|p| match &p.loc {
            Loc::Source(r) => input.get(r.clone()).map(str::to_string),
            _ => None,
        });
        (
            value(&f.period).map(|p| (p.start, p.end)),
            value(&f.publisher),
            words,
        )
    }

    #[test]
    fn a_running_footer_alone_on_its_line_names_the_series() {
        // Past the head of the text, where a series named in any line is the title's.
        let body = "RURITANIA\n\nIn May, police arrested three journalists. On 4 June, \
                    parliament passed a law on the press.\n\n"
            .repeat(40);
        let footed = format!("{body}Amnesty International Report 2013\n\nRURITANIA\n");
        let (period, publisher, words) = series(&footed);
        assert_eq!(period, Some(("2012-01-01".into(), "2012-12-31".into())));
        assert_eq!(publisher.as_deref(), Some("Amnesty International"));
        assert_eq!(words.as_deref(), Some("Amnesty International Report 2013"));
        // Cited inside a sentence of the tail: a reference, not the document's name.
        let cited = format!("{body}He was released (see Amnesty International Report 2013).\n");
        assert_eq!(series(&cited).0, None);
    }

    #[test]
    fn report_series_give_publisher_and_period() {
        let year = |y: &str| Some((format!("{y}-01-01"), format!("{y}-12-31")));
        // A report's summary says what period it covers, inside its paragraph.
        let (period, _, words) = series(
            "Question of the death penalty\n\nSummary\n   The present report is submitted pursuant to decision 18/117. It covers the period from July 2015 to June 2017 and\n   addresses the consequences of the death penalty.\n",
        );
        assert_eq!(
            period,
            Some(("2015-07-01".to_string(), "2017-06-30".to_string()))
        );
        assert_eq!(words.as_deref(), Some("from July 2015 to June 2017"));
        let (period, ..) = series("The law covers theft and fraud committed since 2015.\n");
        assert_eq!(period, None);
        // A report cited in a page's references names no period of the page.
        let (period, ..) = series(
            "# Capital punishment in Ruritania\n\nText.\n\n## References\n\n6. United States Department of State (2024). \"2023 Country Reports on Human Rights Practices: Ruritania\". Retrieved 15 January 2025.\n",
        );
        assert_eq!(period, None);
        // A country report names the year it covers.
        let (period, publisher, words) = series(
            "# Ruritania — Country Reports\n\n## Ruritania — 2024 Human Rights Report\n\nOn April 5, the court convicted a man.",
        );
        assert_eq!(period, year("2024"));
        assert_eq!(publisher.as_deref(), Some("U.S. Department of State"));
        assert_eq!(words.as_deref(), Some("2024 Human Rights Report"));
        let (period, ..) =
            series("RURITANIA 2019 HUMAN RIGHTS REPORT\n\nEXECUTIVE SUMMARY\n\nText.");
        assert_eq!(period, year("2019"));
        // A yearbook's chapter titled by its country and year covers that year.
        let (period, publisher, _) = series(
            "NORTH RURITANIA 2019\n\nHead of state: A. Person\n\nIn January, police arrested a journalist.",
        );
        assert_eq!(period, year("2019"));
        assert_eq!(publisher, None);
        let (period, ..) = series("Elections 2019: what the parties promise\n\nText of the story.");
        assert_eq!(period, None);
        let (period, ..) = series(
            "Country Reports on Human Rights Practices for 2004 - Ruritania\n\nText of the report.",
        );
        assert_eq!(period, year("2004"));
        // An annual report titled with the year of publication covers the year before,
        // unless its title names the year covered ("Report 2022/23").
        let (period, publisher, _) =
            series("Amnesty International Report 2011 - Ruritania\n\nIn June a man was arrested.");
        assert_eq!(period, year("2010"));
        assert_eq!(publisher.as_deref(), Some("Amnesty International"));
        let (period, ..) = series("Amnesty International Report 2022/23\n\nText.");
        assert_eq!(period, year("2022"));
        let (period, publisher, _) = series("World Report 2019: Ruritania\n\nEvents of 2018.");
        assert_eq!(period, year("2018"));
        assert_eq!(publisher.as_deref(), Some("Human Rights Watch"));
        let (period, ..) = series("A world report 2019: nothing.\n\nText.");
        assert_eq!(period, None);
        // The global death-penalty report covers the year it names; its name inside a
        // sentence is a reference, not the document's heading.
        let (period, publisher, words) = series(
            "AMNESTY INTERNATIONAL GLOBAL REPORT\n\nDEATH SENTENCES AND EXECUTIONS 2021\n\nSUB-SAHARAN AFRICA\n\nOn 23 July, parliament voted.",
        );
        assert_eq!(period, year("2021"));
        assert_eq!(publisher.as_deref(), Some("Amnesty International"));
        assert_eq!(
            words.as_deref(),
            Some("DEATH SENTENCES AND EXECUTIONS 2021")
        );
        let (period, ..) = series(
            "Ruritania\n\nThe figures on death sentences and executions in 2021 were grim.\n",
        );
        assert_eq!(period, None);
        let (period, ..) =
            series("2022 Report on International Religious Freedom: Ruritania\n\nText.");
        assert_eq!(period, year("2022"));
        let (period, publisher, _) = series("Freedom in the World 2012 - Ruritania\n\nText.");
        assert_eq!(period, year("2011"));
        assert_eq!(publisher.as_deref(), Some("Freedom House"));
        let (period, ..) = series(
            "Ruritania\n\nHead of state: A. Person\n1999 treaty ratifications/signatures: none\n\nText.",
        );
        assert_eq!(period, year("1999"));
        // A period the document states wins; no series, no period.
        let (period, ..) = series(
            "Amnesty International Report 2011\n\nCovering events from January - December 2010\n\nText.",
        );
        assert_eq!(period, year("2010"));
        let (period, publisher, _) = series("Ruritania: a 2024 overview\n\nText.");
        assert_eq!((period, publisher), (None, None));
    }

    #[test]
    fn bylines_and_datelines_give_the_publication_date() {
        let published = |input: &str| {
            let (f, _) = finds(input);
            assert_locs(input, &f);
            f.published.map(|p| (p.value, p.rule))
        };
        assert_eq!(
            published(
                "Court frees two\n\nBy A. Writer | July 9, 2004 | Page 2\n\nThe court ruled."
            ),
            Some(("2004-07-09".to_string(), "byline"))
        );
        // The day with its ordinal, after the writer's town (session 39, events-27).
        assert_eq!(
            published(
                "Court frees two\n\nBy A. Writer, Ruriton | 7th March 2024 | 4 mins read\n\nThe court ruled."
            ),
            Some(("2024-03-07".to_string(), "byline"))
        );
        // A source's name and the date, with no "By": "Example Radio | 3 May 2021".
        assert_eq!(
            published(
                "Court frees two\nExample Radio News | 3 May 2021\n\nThe court ruled on Monday."
            ),
            Some(("2021-05-03".to_string(), "byline"))
        );
        // A paper's edition line keeps its day.
        assert_eq!(
            published("THE RURITAN HERALD\nPrint edition | Thursday, March 14, 2024 | Updated 6:15 p.m.\n\nThe court ruled."),
            Some(("2024-03-14".to_string(), "byline"))
        );
        // An infobox row is a label and its value, no byline (session 41, asks-24).
        assert_eq!(
            published(
                "# Capital punishment in Ruritania\n\n| Capital punishment in Ruritania | |\n|---|---|\n| Method | Hanging |\n| First execution (after independence) | 9 August 1963 |\n\nText."
            ),
            None
        );
        assert_eq!(
            published("Court frees two\n\nRuriton, 1 September 2005 (Example Agency) -- The court ruled on Friday."),
            Some(("2005-09-01".to_string(), "dateline"))
        );
        assert_eq!(
            published("Court frees two\n\nRURITON, March 3, 2010 - The court ruled on Friday."),
            Some(("2010-03-03".to_string(), "dateline"))
        );
        // A news page's date line with the time it went up, under the author's name.
        assert_eq!(
            published("Court frees two\n\nAnna Writer\nThursday 07 July 2022 11:07 BST\nComments\n\nThe court ruled on Thursday."),
            Some(("2022-07-07".to_string(), "date_line"))
        );
        assert_eq!(
            published("Court frees two\n\nThu 7 Jul 2022 11.07 EDT\n\nThe court ruled."),
            Some(("2022-07-07".to_string(), "date_line"))
        );
        assert_eq!(
            published("Court frees two\n\n7 July 2022 and more words here\n\nThe court ruled."),
            None
        );
        // Judgments: the day of decision.
        assert_eq!(
            published("R v Example\n\nDECIDED ON 14/09/2022\n\nJUDGMENT"),
            Some(("2022-09-14".to_string(), "decision_line"))
        );
        assert_eq!(
            published("R v Example\n\nDelivered on the 27th day of June, 2018\n\nJUDGMENT"),
            Some(("2018-06-27".to_string(), "decision_line"))
        );
        // The day of the hearing comes first; the judgment's day is the document's.
        assert_eq!(
            published(
                "A v The State\n\nDate of hearing: 2nd March, 2021\nDate of judgment: 16th March, 2021\n\nJUDGMENT"
            ),
            Some(("2021-03-16".to_string(), "decision_line"))
        );
        assert_eq!(
            published("A v The State\n\nDate of arrest: 2nd March, 2021\n\nJUDGMENT"),
            None
        );
        // A reference line that ends with the day of issue.
        assert_eq!(
            published("PUBLIC STATEMENT\n\nAI Index: EUR 99/001/2012 14 May 2012\n\nRuritania: stop executions"),
            Some(("2012-05-14".to_string(), "index_line"))
        );
        assert_eq!(
            published("Ref: HR/45/2010, 3 May 2010\n\nThe court ruled."),
            Some(("2010-05-03".to_string(), "index_line"))
        );
        assert_eq!(
            published("Index: see 3 May 2010 below and more\n\nText."),
            None
        );
        assert_eq!(
            published("Court frees two\n\nBy Anna Writer | Example Agency\nRURITON, Friday 15 December 2023\n\nThe court ruled on Thursday."),
            Some(("2023-12-15".to_string(), "dateline"))
        );
        // A sentence that opens with a place and a date is no dateline.
        assert_eq!(
            published("Court frees two\n\nIn Ruriton, on 3 March 2010 the court ruled."),
            None
        );
    }

    #[test]
    fn a_mails_subject_under_its_from_line_is_the_title() {
        let input = "From: Appeals Desk <appeals@example.org>\nDate: Thu, 19 Jan 2017 09:14:52 +0100\nSubject: [alerts] URGENT APPEAL: Tarsen - lawyer arrested\n\nThe lawyer was arrested at her office.\n";
        let (f, _) = finds(input);
        assert_eq!(
            value(&f.title).as_deref(),
            Some("URGENT APPEAL: Tarsen - lawyer arrested")
        );
        assert_locs(input, &f);
    }

    #[test]
    fn a_series_line_with_its_month_dates_the_cover_and_is_no_title() {
        let input = "POLICY BRIEF No. 12 | MARCH 2024\n\nTerror Laws Against the Ballot\n\nLena Okafor and Piet de Waal\n";
        let (f, _) = finds(input);
        assert_eq!(value(&f.published).as_deref(), Some("2024-03"));
        assert_eq!(
            value(&f.title).as_deref(),
            Some("Terror Laws Against the Ballot")
        );
        assert_locs(input, &f);
    }

    #[test]
    fn a_record_number_over_a_bodys_name_names_the_source() {
        let input = "Document #2091234\nPress Freedom Watch\nNorland: Journalists under pressure\n\nOn 28 April 2023 two reporters of an independent weekly were detained for eleven hours after filming a protest.\n";
        let (f, _) = finds(input);
        assert_eq!(value(&f.publisher).as_deref(), Some("Press Freedom Watch"));
        assert_locs(input, &f);
    }

    #[test]
    fn a_dashed_byline_gives_the_day() {
        let (f, _) = finds("The prisoners nobody counts\n\nBy Ilse Morandi \u{2014} 22 March 2011\n\nThe ferry leaves twice a week.\n");
        assert_eq!(value(&f.published).as_deref(), Some("2011-03-22"));
    }

    #[test]
    fn cover_foot_names_the_publisher_with_evidence() {
        let input = "\u{201c}WE WATCHED OUR HOUSES FALL\u{201d}\nFORCED EVICTIONS ALONG THE RIVER\n\nAMNESTY INTERNATIONAL\n\u{c}Amnesty International interviewed 46 people.\n";
        let lines = split_lines(input);
        let page_end = input.find('\u{c}').unwrap();
        let f = cover_foot_publisher(input, &lines, page_end);
        assert_eq!(value(&f).as_deref(), Some("Amnesty International"));
        // Named once and no web address under it: no evidence, no publisher.
        let lone = "A Title\n\nExample Centre for Research\n\u{c}Body text.\n";
        let lines = split_lines(lone);
        assert!(cover_foot_publisher(lone, &lines, lone.find('\u{c}').unwrap()).is_none());
    }

    #[test]
    fn refworld_style_header() {
        let input = "Last Updated: Friday, 5 June 2015, 12:00 GMT\n\nExample Watch Annual Report 2015 - Ruritania\n\nPublisher Example Watch\nPublication Date 12 May 2015\nCite as Example Watch, Annual Report, 12 May 2015\n\nCovering events from January - December 2014\n\nThe year was marked by arrests.";
        let (f, _) = finds(input);
        assert_eq!(value(&f.updated).as_deref(), Some("2015-06-05"));
        assert_eq!(
            value(&f.title).as_deref(),
            Some("Example Watch Annual Report 2015 - Ruritania")
        );
        assert_eq!(value(&f.publisher).as_deref(), Some("Example Watch"));
        assert_eq!(value(&f.published).as_deref(), Some("2015-05-12"));
        assert_eq!(
            value(&f.period).map(|p| (p.start, p.end)),
            Some(("2014-01-01".into(), "2014-12-31".into()))
        );
        assert_locs(input, &f);
    }

    #[test]
    fn relative_update_is_left_unknown_with_a_warning() {
        let (f, warnings) = finds("Some paragraph of text.\nLast updated: two months ago\n");
        assert!(f.updated.is_none());
        assert!(warnings
            .iter()
            .any(|w| w.contains("relative date not resolved")));
    }

    #[test]
    fn assembly_declaration_convention() {
        let input = "**Doc. 12345**\n\n3 March 2021\n\n## A declaration about prisons\n\n**Written declaration No. 42**\n\nWe, members of the Council of Europe assembly, declare.";
        let (f, _) = finds(input);
        assert_eq!(value(&f.number).as_deref(), Some("12345"));
        assert_eq!(value(&f.published).as_deref(), Some("2021-03-03"));
        assert_eq!(
            value(&f.title).as_deref(),
            Some("A declaration about prisons")
        );
        assert_eq!(
            value(&f.publisher).as_deref(),
            Some("Parliamentary Assembly of the Council of Europe")
        );
        assert_eq!(
            f.publisher.as_ref().map(|p| p.rule),
            Some("doc_number_convention")
        );
        assert_locs(input, &f);
    }

    #[test]
    fn un_symbol_and_titles() {
        let (f, _) = finds("A/HRC/49/12\n\nGeneral Assembly\n\nText of the body follows here.");
        assert_eq!(value(&f.number).as_deref(), Some("A/HRC/49/12"));
        assert_eq!(value(&f.publisher).as_deref(), Some("United Nations"));
        let (f, _) = finds("= Wiki style title =\n\nBody.");
        assert_eq!(value(&f.title).as_deref(), Some("Wiki style title"));
        let (f, _) = finds("# Hash title\n\nBody.");
        assert_eq!(value(&f.title).as_deref(), Some("Hash title"));
        let (f, _) = finds("Setext title\n=====\n\nBody.");
        assert_eq!(value(&f.title).as_deref(), Some("Setext title"));
        let (f, _) = finds("**Bold title**\nBody sentence right below.");
        assert_eq!(value(&f.title).as_deref(), Some("Bold title"));
        let (f, _) = finds("A first sentence of body text.\n\nMore.");
        assert_eq!(value(&f.title), None);
    }

    fn title(input: &str) -> Option<String> {
        let (f, _) = finds(input);
        assert_locs(input, &f);
        value(&f.title)
    }

    #[test]
    fn site_welcomes_and_page_furniture_are_never_titles() {
        let body = "\n\nThe body of the page starts here with a full sentence.";
        for furniture in [
            "*** Welcome to Examplepedia ***",
            "Welcome to the Rights Archive!",
            "Page 2 of 40",
            "You are on page 1 of 12",
            "Sie sind auf Seite 1von 12",
            "Seite 3 von 8",
            "Page 1 sur 6",
            "Pagina 2 di 9",
            "Página 1 de 5",
            "Strona 1 z 8",
            "Pagina 4 van 10",
            "Annex of tables after page 12",
            "Continued on page 4",
            "In progress at the Main Hall",
            "Text size",
            "Line height",
            "Text size\n\nAll popular browsers allow zooming in and out with the keyboard.",
            "For Immediate Release",
            "The Daily Example\n\nA project of Example Media Trust",
        ] {
            let input = format!("{furniture}\n\nAnnual review of prison conditions{body}");
            assert_eq!(
                title(&input).as_deref(),
                Some("Annual review of prison conditions"),
                "{furniture}"
            );
        }
        // A title that merely starts like furniture stays a title.
        assert_eq!(
            title(&format!(
                "Welcome to the Machine: Surveillance and Dissent in 2030{body}"
            ))
            .as_deref(),
            Some("Welcome to the Machine: Surveillance and Dissent in 2030")
        );
        assert_eq!(
            title(&format!("Pages from a prison diary{body}")).as_deref(),
            Some("Pages from a prison diary")
        );
    }

    #[test]
    fn photo_captions_and_section_names_are_never_titles() {
        let body = "\n\nThe body of the page starts here with a full sentence, long enough.";
        for caption in [
            "Northgate Jail, where the condemned cells are located",
            "The old courthouse, in which the trials were held",
            "A crowd outside the ministry (pictured, left) on Monday",
            "Photo: A guard tower at dawn",
            "File photo: the gallows yard",
            "Objects and Reasons",
            "Table of Contents",
        ] {
            assert_eq!(title(&format!("{caption}{body}")), None, "{caption}");
        }
        // A headline with a comma is no caption.
        assert_eq!(
            title(&format!("Court frees activist, orders retrial{body}")).as_deref(),
            Some("Court frees activist, orders retrial")
        );
    }

    #[test]
    fn judgment_captions_give_the_parties_as_title() {
        // One line, with the date of the decision trimmed; court furniture above it.
        let input = "Viewer shows page 1 of 7\n\nHigh Court of Examplia\n\nRao, Etc. vs State Of Westland Etc. on 3 March, 1991\n\nThe appeal is dismissed for the reasons that follow, at some length.";
        assert_eq!(
            title(input).as_deref(),
            Some("Rao, Etc. vs State Of Westland Etc.")
        );
        // Citation and parentheses after the parties are trimmed.
        assert_eq!(
            title("Okoro & another v Republic; Example Trust (Amicus) [2019] EXSC 4 (2 May 2019)\n\nA. Introduction\n1. This appeal raises one question.").as_deref(),
            Some("Okoro & another v Republic")
        );
        assert_eq!(
            title("Lind versus Federal Office - 123/45 [2001] XYZ 7\n\nText.").as_deref(),
            Some("Lind versus Federal Office")
        );
        // Numbered parties over lines, "v." glued to the role.
        let input = "Appeal No. 4 of 2001\n(1) Anna Berg and\n(2) Tom Hale\nAppellantsv.\n(1) The Attorney General of Examplia and\n(2) The Governor of the Central Prison\nRespondents\n\n1. The appellants were convicted.";
        assert_eq!(
            title(input).as_deref(),
            Some("Anna Berg and Tom Hale v. The Attorney General of Examplia")
        );
        // "CASE OF A" over "v. B".
        let input = "You are here: Cases >> Court >> Kovac v Examplia - 1/90\nCOURT (PLENARY)\nCASE OF KOVAC\nv. EXAMPLIA\n(Application no. 1/90)\nJUDGMENT";
        assert_eq!(title(input).as_deref(), Some("CASE OF KOVAC v. EXAMPLIA"));
        // A role is no party.
        let input = "Complainant Vs. 1. Some Person\n\nAccused-Appellants\n\nVs. The Attorney General,\n\nThe judgment follows in full, at some length, as delivered.";
        assert_eq!(title(input), None);
        // A real heading wins over a caption; a sentence is no caption.
        assert_eq!(
            title("# Notes on a ruling\n\nSmith v Jones on 1 May, 2000\n\nBody.").as_deref(),
            Some("Notes on a ruling")
        );
        assert_eq!(
            title("The ruling in Smith v Jones was overturned by the full bench on appeal last year.\n\nMore.").as_deref(),
            None
        );
    }

    #[test]
    fn a_bill_is_titled_by_its_long_title() {
        let input = "Memorandum after page 5\n\nOBJECTS AND REASONS\n\nThis Bill would change the law.\n\nEXAMPLIA\n\nA Bill entitled\n\nAn Act to amend the Penal Code of Examplia.\n\nENACTED by the Parliament.";
        assert_eq!(
            title(input).as_deref(),
            Some("An Act to amend the Penal Code of Examplia")
        );
        assert_eq!(
            title("A BILL INTITULED An Act for the abolition of the death penalty\n\nBody.")
                .as_deref(),
            Some("An Act for the abolition of the death penalty")
        );
        assert_eq!(
            title("A Bill entitled\n\nSomething else entirely.\n\nBody text."),
            None
        );
    }

    #[test]
    fn copyright_line_gives_publisher_as_fallback() {
        let input = "Body of the report, long enough.\n\nCopyright © 2019 Example Rights Group. All rights reserved.";
        let (f, _) = finds(input);
        assert_eq!(value(&f.publisher).as_deref(), Some("Example Rights Group"));
        assert_locs(input, &f);
    }

    #[test]
    fn an_ascii_copyright_line_with_the_year_last_gives_publisher() {
        // "(c) Name 2020", as a copyright page reads in text: the notice's holder.
        let input = "Body of the report, long enough.\n\n(c) Example Rights Group 2020";
        let (f, _) = finds(input);
        assert_eq!(value(&f.publisher).as_deref(), Some("Example Rights Group"));
        assert_locs(input, &f);
    }

    #[test]
    fn a_done_at_closing_line_dates_a_resolution() {
        // A resolution's or treaty's closing line gives the day it was adopted.
        for (close, day) in [
            ("Done virtually, on 7 August 2020", "2020-08-07"),
            (
                "Done in Banjul, The Gambia, on 10 November 2019",
                "2019-11-10",
            ),
            ("Done at Geneva this 4th day of May 2018.", "2018-05-04"),
        ] {
            let f = meta_of(&format!("Resolution on the Rights of Detainees\nThe Commission calls on States to release all persons held without trial and to allow visits by monitors.\n\n{close}"));
            assert_eq!(field(&f.published), some(day, "adopted_line"), "{close}");
        }
        // "Done" that opens a sentence of the body is no closing line.
        let f = meta_of("Resolution on the Rights of Detainees\nThe Commission calls on States to release all persons held without trial.\n\nDone is the work of the mission, which ended last year.");
        assert_eq!(value(&f.published), None);
    }

    #[test]
    fn language_by_stop_words() {
        let en = "The court of the city was in session and the judge said that the case of the man was closed for the year and it is not open.";
        assert_eq!(detect_language(en), Some("en"));
        let fr = "Le tribunal de la ville a dit que la peine de mort est abolie pour tous les crimes et que les détenus sont dans une prison du pays.";
        assert_eq!(detect_language(fr), Some("fr"));
        assert_eq!(detect_language("too short"), None);
    }

    #[test]
    fn every_stop_word_is_found_with_its_languages() {
        for (lang_idx, (_, words)) in STOPWORDS.iter().enumerate() {
            for word in *words {
                assert!(stop_mask(word.as_bytes()) & (1 << lang_idx) != 0, "{word}");
            }
        }
        for word in [
            "court",
            "tribunal",
            "gericht",
            "x",
            "thee",
            "zzzzzzzzzzz",
            "",
        ] {
            assert_eq!(stop_mask(word.as_bytes()), 0, "{word}");
        }
    }

    /// The plain definition `detect_language` must agree with.
    fn detect_language_reference(text: &str) -> Option<&'static str> {
        let sample = text.get(..floor_boundary(text, 4096)).unwrap_or("");
        let mut hits = [0usize; STOPWORDS.len()];
        let mut n_words = 0usize;
        for word in sample
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            n_words += 1;
            if word.len() > LONGEST_STOP_WORD {
                continue;
            }
            let mask = stop_mask(word.to_lowercase().as_bytes());
            for (lang_idx, count) in hits.iter_mut().enumerate() {
                if mask & (1 << lang_idx) != 0 {
                    *count += 1;
                }
            }
        }
        if n_words < 20 {
            return None;
        }
        let (best, count) = hits.iter().enumerate().max_by_key(|(_, c)| **c)?;
        (count * 10 >= n_words && *count >= 5).then_some(STOPWORDS[best].0)
    }

    proptest::proptest! {
        #[test]
        fn language_matches_the_definition(
            words in proptest::collection::vec(
                "(the|THE|De|la|und|der|и|в|не|que|À|Ça|été|[a-zA-Zé]{1,14}|[ .,;:\u{2019}\u{00a0}\n-]{1,3})",
                0..120,
            )
        ) {
            let text = words.join(" ");
            proptest::prop_assert_eq!(detect_language(&text), detect_language_reference(&text));
        }
    }

    /// Session 37 (events-25): an American appellate opinion's filing header ("Case: ...
    /// Date Filed: 06/11/2024") is the day of its decision, month first, over a
    /// hard-wrapped line of its body that holds a lower court's day alone.
    #[test]
    fn an_electronic_filing_header_dates_the_opinion() {
        let f = meta_of("USCA7 Case: 21-3301    Document: 44    Date Filed: 03/04/2023    Page: 1 of 9\n\n                  In the\n     United States Court of Appeals\n        For the Seventh Circuit\n\nJON MAKI,\n                     Petitioner-Appellant,\nversus\n\nWARDEN,\n                     Respondent-Appellee.\n\nPER CURIAM:\n\n     Maki appeals the denial of his habeas petition. The state supreme court denied\nreview on\nMay 2, 2019.\n\n     We affirm.\n");
        assert_eq!(field(&f.published), some("2023-03-04", "filed_header"));
    }

    /// A wire page's day with its time and a later update on one line gives the first
    /// day; an encyclopedia infobox's "Born" row is no dateline.
    #[test]
    fn a_day_with_its_update_and_an_infobox_row() {
        let f = meta_of("Kestria hangs 13 men, sources say\n\nBy A. Writer\n\nJanuary 26, 2024 3:14 PM GMT+3 Updated January 26, 2024\n\nPORT ELIN, Jan 26 (Reuters) - Kestria hanged 13 men on Thursday.\n");
        assert_eq!(field(&f.published), some("2024-01-26", "date_line"));
        // A live page's day with its last update's time ("· Last updated 7:20 p.m. CDT").
        let f = meta_of("Live: Kestria hangs two men\n\nThursday, September 26, 2024 · Last updated 7:20 p.m. CDT\n\n7:04 p.m. CDT\n\nThe two men were pronounced dead at 6:49 p.m.\n");
        assert_eq!(field(&f.published), some("2024-09-26", "date_line"));
        let f = meta_of("Arman Velikov\n\nFrom Openpedia, the free encyclopedia\n\nArman Velikov\nBorn          2 May 1961\n              Port Elin\nDied          17 November 1999 (aged 38)\n\nArman Velikov was a Kestrian journalist who was executed in 1999.\n");
        assert_eq!(f.published, None);
        // A release's own line is its day, though "released" is also an act.
        let f = meta_of("Court spares teenage offender\n\nReleased 4 April 2012\n\nThe High Court has quashed the death sentence of a man, the group said today.\n");
        assert_eq!(field(&f.published), some("2012-04-04", "dateline"));
    }

    fn meta_of(input: &str) -> Finds {
        let lines = split_lines(input);
        let drop = classify(input, &lines);
        let mut f = from_lines(input, &lines, &drop, &mut vec![]);
        report_series(input, &lines, &mut f, None);
        assert_locs(input, &f);
        f
    }

    #[test]
    fn authors_lines_and_spans_alone() {
        assert!(names_only("Jo Pell and Ruth Abebe"));
        assert!(names_only("Jo Pell, Ana Ruiz and Ruth Abebe"));
        // The end of a title in capitals, a place: no person.
        assert!(!names_only("PORT ALVEN"));
        assert!(!names_only("Human Rights Council"));
        assert!(span_alone("1 July 2020 - 30 June 2021"));
        // An archive's captures over years: no report's period.
        assert!(!span_alone("4 Jun 2013 - 19 Jan 2021"));
        assert!(!span_alone("12 May 2021"));
    }

    fn field(f: &Option<Found<String>>) -> Option<(String, &'static str)> {
        f.as_ref().map(|f| (f.value.clone(), f.rule))
    }

    fn some(value: &str, rule: &'static str) -> Option<(String, &'static str)> {
        Some((value.to_string(), rule))
    }

    #[test]
    fn a_day_in_a_header_cell_or_beside_a_reading_time_dates_it() {
        let f = meta_of("CITY FM NEWSROOM\nSHOW: Morning news     DATE: Friday 12 April 2019     READER: J. Doe\n\nThe council met yesterday.\n");
        assert_eq!(field(&f.published), some("2019-04-12", "date_cell"));
        let f = meta_of("Thread by @someone\n\nA. Person (@someone)\nFeb 3, 2021 · 9 posts · 2 min read\n\n1/ The court sat today.\n");
        assert_eq!(field(&f.published), some("2021-02-03", "date_cells"));
        // A date cell far down a text is no header's.
        let body = "Line of prose.\n".repeat(20);
        let f = meta_of(&format!("Notes\n\n{body}ITEM: old     DATE: 4 May 2001\n"));
        assert_ne!(field(&f.published), some("2001-05-04", "date_cell"));
        // An incident form's row: the day is the incident's.
        let f = meta_of("INCIDENT REPORT\nVICTIM: J. Doe     DATE: 3 May 2019     LOCATION: Port Elin\n\nThe victim was detained at a checkpoint.\n");
        assert_ne!(field(&f.published), some("2019-05-03", "date_cell"));
    }

    #[test]
    fn a_day_beside_an_episodes_length_dates_it() {
        let f = meta_of("Open Doors\n\n12. Shelters after the floods\n\nMarch 2nd, 2023 | 41 mins 5 secs\n\nIn this episode we visit the shelters of the river towns.\n");
        assert_eq!(field(&f.published), some("2023-03-02", "date_cells"));
        // A bare count beside the day is no length.
        let f = meta_of("Open Doors\n\n12. Shelters after the floods\n\nMarch 2nd, 2023 | 41 shelters\n\nIn this episode we visit the shelters of the river towns.\n");
        assert_ne!(field(&f.published), some("2023-03-02", "date_cells"));
    }

    #[test]
    fn an_organ_under_a_union_masthead_publishes() {
        let f = meta_of("AFRICAN UNION            UNION AFRICAINE            UNIÃO AFRICANA\n\nAfrican Commission on Human & Peoples' Rights\nCommission Africaine des Droits de l'Homme & des Peuples\n\n31 Bijilo Annex Layout, Kombo North District, P. O. Box 673, Banjul, The Gambia\n\n\nResolution on the human rights situation in the Kingdom of Maravia - ACHPR/Res.571 (LXXVII) 2023\n\nThe African Commission on Human and Peoples' Rights (the Commission), meeting at its 77th Ordinary Session:\n\nDone in Arusha, United Republic of Tanzania, on 9 November 2023\n");
        assert_eq!(
            field(&f.publisher),
            some(
                "African Commission on Human & Peoples' Rights",
                "masthead_organ"
            )
        );
        assert_eq!(
            field(&f.published).map(|p| p.0).as_deref(),
            Some("2023-11-09")
        );
        assert!(
            field(&f.title).is_none_or(|t| t.0.starts_with("Resolution on")),
            "{:?}",
            f.title
        );
        // A masthead in columns over no organ keeps the union.
        let f = meta_of("AFRICAN UNION      UNION AFRICAINE\n\nPEACE AND SECURITY COUNCIL\n1120TH MEETING\n\nCOMMUNIQUÉ\n\nThe Council met on 3 May 2022.\n");
        assert_eq!(
            field(&f.publisher).map(|p| p.0).as_deref(),
            Some("African Union")
        );
    }

    #[test]
    fn a_communique_is_dated_by_its_meeting_line() {
        let f = meta_of("AFRICAN UNION                UNION AFRICAINE\n\nCOMMUNIQUÉ\n\nCommuniqué of the 1201st meeting of the Peace and Security Council held on 6 March 2024 on the situation in the Republic of Norland\n\nThe Council,\n\n1. Calls upon the Government to release all persons held for their opinions;\n");
        assert_eq!(
            field(&f.published),
            some("2024-03-06", "communique_meeting")
        );
        // A report's meeting line with no communiqué over it is no date of its own.
        let f = meta_of("Annual report of the Council\n\nAt its 1201st meeting held on 6 March 2024 the Council discussed Norland\n");
        assert!(f.published.is_none(), "{:?}", f.published);
    }

    #[test]
    fn a_day_beside_its_reading_time_is_the_day() {
        let f = meta_of("News\n\nNorland: Water cut-offs leave displaced families at risk\n\n18 August 2021 4 minute read\n\nMore than 12,000 people displaced by flooding have been without water for six weeks.\n");
        assert_eq!(
            field(&f.published).map(|p| p.0).as_deref(),
            Some("2021-08-18")
        );
        let hit = parse_date("Jan 3, 2022 · 6 min read").unwrap();
        assert!(is_date_only("Jan 3, 2022 · 6 min read", &hit));
        let hit = parse_date("3 May 2022 4 readers").unwrap();
        assert!(!is_date_only("3 May 2022 4 readers", &hit));
    }

    #[test]
    fn a_labelled_day_outranks_a_bare_day_in_the_top_bar() {
        let f = meta_of("Subscribe Log in Monday, March 18, 2024\n\nPress freedom\n\nJournalist held incommunicado for a week, lawyers say\n\nBy Grace Tumwine, Senior Correspondent\n\nPublished: March 13, 2024 at 6:40 PM\nUpdated: March 14, 2024 at 9:15 AM\n\nKALMAR, Maravia — Lawyers for a journalist arrested last week say they have been refused access to him.\n");
        assert_eq!(field(&f.published), some("2024-03-13", "published_line"));
        assert_eq!(
            field(&f.updated).map(|p| p.0).as_deref(),
            Some("2024-03-14")
        );
    }

    #[test]
    fn bilingual_mastheads_give_their_first_column() {
        assert_eq!(
            masthead_column("AFRICAN UNION      UNION AFRICAINE      UNIÃO AFRICANA"),
            "AFRICAN UNION"
        );
        assert_eq!(
            masthead_column("UNITED NATIONS        NATIONS UNIES"),
            "UNITED NATIONS"
        );
        // Not columns of names: a row with a figure, a line of one column.
        assert_eq!(
            masthead_column("Vol. XII      LINDAU, 2 May 2001      Price 50"),
            "Vol. XII      LINDAU, 2 May 2001      Price 50"
        );
        assert_eq!(
            masthead_column("EAST AFRICAN COMMUNITY"),
            "EAST AFRICAN COMMUNITY"
        );
        // The masthead names the publisher; its row with the place dates the document.
        let input = "PAN-AFRICAN PARLIAMENT      PARLEMENT PANAFRICAIN      PARLAMENTO PAN-AFRICANO\n\nBUREAU OF THE PARLIAMENT\nARUSHA, TANZANIA, 3 MARCH 2015\n\nREF: EAC/CM/31/2015\n\nThe Bureau considered the report of the Clerk on the situation of refugees in the region and adopted the following decisions.\n";
        let f = meta_of(input);
        assert_eq!(
            field(&f.publisher),
            some("Pan-African Parliament", "cover_masthead")
        );
        assert_eq!(field(&f.published), some("2015-03-03", "masthead_day"));
        // A UN heading in capitals beside its French name: the title above the author's
        // line, the day in the right-hand column.
        let input = "UNITED NATIONS                           NATIONS UNIES\n\n                                         A/HRC/40/9\nGeneral Assembly                         Distr.: General\n                                         11 January 2019\n\nHuman Rights Council\nFortieth session\nAgenda item 2\n\n    Situation of human rights in Norland\n\n    Report of the Special Rapporteur on the situation of human rights in Norland\n\nSummary\n    The Special Rapporteur reports on arrests of journalists.\n";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("Situation of human rights in Norland", "un_heading")
        );
        assert_eq!(
            field(&f.published).map(|p| p.0),
            Some("2019-01-11".to_string())
        );
    }

    #[test]
    fn a_gazette_issue_is_titled_by_its_name_and_published_by_its_state() {
        let input = "SPECIAL ISSUE\n\nTHE WESTLAND GAZETTE\n\nPublished by Authority of the Republic of Westland\n\nVol. XC—No. 12      PORT ELIN, 4th April, 2011      Price 50 cents\n\nGAZETTE NOTICE NO. 301\n\nTHE PRISONS ACT\n\nIN EXERCISE of the powers conferred by section 7 of the Prisons Act, the Minister appoints a board of visitors for each prison.\n";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("THE WESTLAND GAZETTE", "gazette_name")
        );
        assert_eq!(
            field(&f.publisher),
            some("Republic of Westland", "gazette_state")
        );
        assert_eq!(field(&f.published), some("2011-04-04", "masthead_day"));
        // The state over the name; "Published by Authority" alone names nobody.
        let input = "REPUBLIC OF WESTLAND\n\nGOVERNMENT GAZETTE\nEXTRAORDINARY\n\nPublished by Authority\n\nGENERAL NOTICE NO. 77\n\nThe Minister declares a curfew in the Eastern Province from 8 p.m. to 6 a.m. until further notice.\n";
        let f = meta_of(input);
        assert_eq!(field(&f.title), some("GOVERNMENT GAZETTE", "gazette_name"));
        assert_eq!(
            field(&f.publisher),
            some("Republic of Westland", "gazette_state")
        );
        // A paper called a gazette, with no issue's marks, is no gazette issue.
        let input = "THE HARBOUR GAZETTE\n\nFishermen protest new quotas\n\nHundreds of fishermen gathered outside the ministry on Monday to protest against the new quotas, which they say will ruin them.\n";
        assert_ne!(
            field(&meta_of(input).title).map(|t| t.1),
            Some("gazette_name")
        );
    }

    #[test]
    fn a_hansard_is_titled_parliamentary_debates_and_published_by_its_house() {
        let input = "Wednesday, 14th October, 2015\n\nPARLIAMENTARY DEBATES\n(HANSARD)\n\nTHE SENATE OF WESTLAND\nOFFICIAL REPORT\n\nThe Senate met at 9.30 a.m.\n\n[The Deputy Speaker in the Chair]\n\nSTATEMENT ON THE DEATHS OF DETAINEES IN PORT ELIN\n\nSen. Mary Ochieng: Mr Deputy Speaker, I rise to seek a statement from the Chairperson of the Committee on National Security on the deaths of three detainees at Port Elin police station.\n";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("PARLIAMENTARY DEBATES (HANSARD)", "hansard_head")
        );
        assert_eq!(
            field(&f.publisher),
            some("The Senate of Westland", "hansard_house")
        );
        assert_eq!(
            field(&f.published).map(|p| p.0),
            Some("2015-10-14".to_string())
        );
        // An online record's page: the day of the debate under its title.
        let input = "Iran: Executions\n\nVolume 829: debated on Tuesday 14 March 2023\n\nLord Example asked His Majesty's Government what representations they have made.\n";
        assert_eq!(
            field(&meta_of(input).published).map(|p| p.0),
            Some("2023-03-14".to_string())
        );
        // A report that speaks of parliamentary debates is no Hansard.
        let input = "Parliamentary debates on the death penalty\n\nThe parliament of Westland debated the abolition of the death penalty three times between 2010 and 2015.\n";
        assert_ne!(
            field(&meta_of(input).title).map(|t| t.1),
            Some("hansard_head")
        );
    }

    #[test]
    fn an_oral_statement_names_its_speaker_and_passes_over_the_meeting() {
        let input = "AI Index: IOR 40/1234/2021\n\n9 March 2021\n\nHUMAN RIGHTS COUNCIL – 46TH SESSION\nITEM 4: GENERAL DEBATE\nORAL STATEMENT DELIVERED BY AMNESTY INTERNATIONAL\n\nWESTLAND: FREE THE STUDENT PROTESTERS NOW\n\nMadam President,\n\nAmnesty International is concerned by the detention of at least forty students who took part in peaceful protests in Port Elin in January.\n";
        let f = meta_of(input);
        assert_eq!(
            field(&f.publisher),
            some("Amnesty International", "issued_by")
        );
        assert_eq!(
            field(&f.title).map(|t| t.0),
            Some("WESTLAND: FREE THE STUDENT PROTESTERS NOW".to_string())
        );
        for not in [
            "HUMAN RIGHTS COUNCIL – 46TH SESSION",
            "43rd session",
            "Item 4: General debate on human rights situations",
            "INTERACTIVE DIALOGUE WITH THE SPECIAL RAPPORTEUR ON TORTURE",
            "ORAL STATEMENT",
            "EXTRAORDINARY",
            "NATIONAL NEWS",
        ] {
            assert!(NOT_TITLE_RE.is_match(not), "{not}");
        }
        assert!(!NOT_TITLE_RE.is_match("Sessions of terror: torture in Westland's jails"));
    }

    #[test]
    fn captions_without_v_and_matters_title_a_judgment() {
        // "THE STATE" / "AND" / "A ..... ACCUSED": the sides joined by "AND" alone.
        let input = "IN THE HIGH COURT OF NORLAND\nCRIMINAL CAUSE NO. 4 OF 2012\n\nTHE STATE\n\nAND\n\nPETER OLU MAKO ........................ ACCUSED\n\nCORAM: HON. JUSTICE A. BENDE\n\nJUDGMENT\n\n1. The accused is charged with murder.\n\nDelivered in open court at Port Elin this 9th day of May, 2013.\n";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("THE STATE v. PETER OLU MAKO", "judgment_caption")
        );
        assert_eq!(field(&f.publisher).map(|p| p.1), Some("court"));
        // A heading pair with no role on either side is no caption.
        let input = "LAW\n\nAND\n\nORDER\n\nThe police made many arrests in the capital during the year, the report said.";
        assert_ne!(
            field(&meta_of(input).title).map(|t| t.1),
            Some("judgment_caption")
        );
        // "IN THE MATTER OF:" its words carried on in their column; "HOLDEN AT" marks a
        // judgment; the judge's closing line dates it.
        let input = "IN THE HIGH COURT FOR NORLAND\nHOLDEN AT PORT ELIN\n\nIN THE MATTER OF:    AN APPLICATION FOR AN ORDER OF\n                     MANDAMUS\n\nRULING\n\nThe applicant asks the court to order the prison to release his records.\n\nDelivered at Port Elin this 3rd day of March, 2015.\n";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some(
                "In the Matter of an Application for an Order of Mandamus",
                "judgment_matter"
            )
        );
        assert_eq!(field(&f.published), some("2015-03-03", "decision_line"));
        // Outside a judgment, "In the matter of" is no title.
        let input = "Notice to creditors\n\nIn the matter of the estate of John Smith, deceased, all claims must be filed by 3 May 2015.";
        assert_ne!(
            field(&meta_of(input).title).map(|t| t.1),
            Some("judgment_matter")
        );
    }

    #[test]
    fn wire_agencies_papers_and_sign_offs_name_the_publisher() {
        // The agency in a dated dateline's brackets.
        let f = meta_of("Court frees three fishermen\n\nSUVA, Fiji, 4 June 2016 (Ocean Press) — A court on Friday freed three fishermen held for a month without charge, their lawyer said.");
        assert_eq!(field(&f.publisher), some("Ocean Press", "masthead"));
        assert_eq!(field(&f.published), some("2016-06-04", "dateline"));
        // A paper's credit with its city is no agency's dateline.
        let f = meta_of("Court frees three fishermen\n\nThe Island Times (Suva) - 4 June 2016\n\nA court on Friday freed three fishermen held for a month without charge, their lawyer said.");
        assert_eq!(field(&f.publisher), some("The Island Times", "paper_line"));
        assert_eq!(field(&f.published), some("2016-06-04", "paper_line"));
        // A paper's cell beside a writer's byline; a writer's byline alone names no paper.
        let f = meta_of("Court frees three fishermen\n\n**Island Times** | 4 June 2016 | By Sela Vaka\n\nA court freed three fishermen.");
        assert_eq!(field(&f.publisher), some("Island Times", "paper_line"));
        let f = meta_of("Court frees three fishermen\n\nSela Vaka | 4 June 2016\n\nA court freed three fishermen.");
        assert_eq!(field(&f.publisher), None);
        // A letter's sign-off names its body past the signer and their post.
        let f = meta_of("OPEN LETTER ON PRISON VISITS\n\nWe ask the minister to restore family visits to all prisons.\n\nYours faithfully,\n\nMary Tonga\nChair\nIsland Prisoners Support Network\n");
        assert_eq!(
            field(&f.publisher),
            some("Island Prisoners Support Network", "signed_by")
        );
        // The signer's post and body on one line: the body.
        let f = meta_of("APPEAL ON REMAND DELAYS\n\nWe ask the court service to publish waiting times for remand hearings.\n\nYours sincerely,\n\nOla Brandt\nExecutive Director, Westmark Remand Watch\n");
        assert_eq!(
            field(&f.publisher),
            some("Westmark Remand Watch", "signed_by")
        );
        // "Released:" and "A briefing by X" in a report's head.
        let f = meta_of("Prison deaths in 2020\n\nA briefing by Island Prison Watch\n\nReleased: 2 March 2021\n\nAt least nine people died in custody during the year, most of them from illness.");
        assert_eq!(
            field(&f.publisher),
            some("Island Prison Watch", "issued_by")
        );
        assert_eq!(field(&f.published), some("2021-03-02", "published_line"));
        // "Released by the Bureau ..., D" stays the bureau's line.
        let f = meta_of("Norland\n\nReleased by the Bureau of Democracy, Human Rights, and Labor, March 3, 2001.\n\nNorland is a constitutional monarchy with a population of five million people.");
        assert_eq!(field(&f.published), some("2001-03-03", "released_line"));
        // A paper's name and city alone over the day.
        let f = meta_of("Norland: Court frees three fishermen\n\nThe Island Times (Suva)\n4 June 2016\n\nA court freed three fishermen held for a month without charge, their lawyer said.");
        assert_eq!(field(&f.publisher), some("The Island Times", "paper_line"));
        // The day first in a byline's cells.
        let f = meta_of("Court frees three fishermen\n\nMonday, 6 June 2016 | By Sela Vaka\n\nA court freed three fishermen held for a month without charge.");
        assert_eq!(field(&f.published), some("2016-06-06", "byline"));
        // A magazine's issue line.
        let f = meta_of("Why the gallows fell silent\n\nFrom the March 2011 issue\n\nNo court in the county has passed a death sentence in ten years, and prosecutors no longer ask for one.");
        assert_eq!(field(&f.published), some("2011-03", "date_line"));
    }

    #[test]
    fn a_press_release_label_with_a_dash_dates_the_release() {
        let f = meta_of("Guards charged over death in custody\nPress release \u{2013} 4 June 2003\n\nTwo prison guards were charged yesterday with manslaughter over the death of a remand prisoner in April.");
        assert_eq!(field(&f.published), some("2003-06-04", "published_line"));
        assert_eq!(
            field(&f.title),
            some("Guards charged over death in custody", "first_line")
        );
    }

    #[test]
    fn a_monitors_name_heads_its_cover() {
        let f = meta_of("WESTLAND HUMAN RIGHTS MONITOR\n\nTHE STATE OF DETENTION\nREPORT 2019\n\nThis report was written by the monitor's staff over the course of the year, with help from volunteers.");
        assert_eq!(
            field(&f.publisher),
            some("Westland Human Rights Monitor", "cover_masthead")
        );
        assert_ne!(
            field(&f.title).map(|t| t.0),
            Some("WESTLAND HUMAN RIGHTS MONITOR".to_string())
        );
    }

    #[test]
    fn covers_give_their_period_month_and_issuer() {
        // An annual report's kind over the period it covers; the month of the copyright
        // page; a session's days are no period.
        let input = "NORLAND OMBUDSMAN SERVICE\n\nANNUAL REPORT\nJuly 2017 \u{2013} June 2018\n\n\u{a9} Norland Ombudsman Service, 2018 Published in October 2018\n\nForeword\nThe year saw more complaints about prisons than any before it, most of them about overcrowding and food.";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("ANNUAL REPORT July 2017 \u{2013} June 2018", "cover_title")
        );
        let p = f
            .period
            .as_ref()
            .map(|p| (p.value.start.as_str(), p.value.end.as_str()));
        assert_eq!(p, Some(("2017-07-01", "2018-06-30")));
        assert_eq!(field(&f.published), some("2018-10", "first_published"));
        // An ombudsman's masthead; a copyright notice ends at its year.
        let f = meta_of("NORLAND JAILS OMBUDSMAN\n\nANNUAL REPORT\nApril 2016 \u{2013} March 2017\n\nThe office received more complaints than in any year before, most about food and care.");
        assert_eq!(
            field(&f.publisher),
            some("Norland Jails Ombudsman", "cover_masthead")
        );
        let f = meta_of("Prison review\n\nThe office received more complaints than in any year before, most about food and care.\n\n\u{a9} Norland Jails Ombudsman 2017 Printed in Port Elin\n");
        assert_eq!(
            field(&f.publisher),
            some("Norland Jails Ombudsman", "copyright_line")
        );
        let f = meta_of("Human Rights Council\nForty-first session\n24 June\u{2013}12 July 2019\nAgenda item 3\n\nThe question of the death penalty\n\nThe Council adopted the text without a vote after a long debate among the member states.");
        assert!(f.period.is_none());
        // A mission's line over the title and its period; a paper's title over its body.
        let f = meta_of("United Nations Integrated Office in Norland Human Rights Section\n\nReport on detention in Norland\nJanuary \u{2013} June 2020\n\nI. Summary\nThe office visited twelve prisons during the period and met more than two hundred detainees held without trial.");
        assert_eq!(
            field(&f.title),
            some("Report on detention in Norland", "first_line")
        );
        assert_eq!(
            field(&f.publisher),
            some(
                "United Nations Integrated Office in Norland Human Rights Section",
                "cover_masthead"
            )
        );
        let f = meta_of("Guidance on Prison Visits by Lawyers\nNorland Law Society\nLawyers must be able to see their clients in private and without delay, whatever the charge.\n\nAdopted by the Council of the Norland Law Society on 2 April 2019.");
        assert_eq!(
            field(&f.title),
            some("Guidance on Prison Visits by Lawyers", "first_line")
        );
        assert_eq!(field(&f.published), some("2019-04-02", "adopted_line"));
    }

    #[test]
    fn a_department_over_a_document_type_names_the_publisher() {
        let f = meta_of("Home Office\n\nGuidance\n\nCountry policy and information note: actors of protection, Norland\n\nThe note covers the police and the courts.");
        assert_eq!(field(&f.publisher), some("Home Office", "publisher_line"));
        // A headline over a type is no department; a type not in the list reads nothing.
        let f = meta_of("Prisons in Norland\n\nGuidance\n\nHow to visit a prisoner in Norland\n\nVisits are allowed twice a month.");
        assert_ne!(f.publisher.as_ref().map(|p| p.rule), Some("publisher_line"));
        let f = meta_of("Home Office\n\nReflections\n\nHow to visit a prisoner in Norland\n\nVisits are allowed twice a month.");
        assert_ne!(f.publisher.as_ref().map(|p| p.rule), Some("publisher_line"));
    }

    #[test]
    fn a_briefing_notes_spokesperson_line_names_the_un_rights_office() {
        let f = meta_of("Press briefing notes on Norland\n\nSpokesperson for the UN High Commissioner for Human Rights: Selma Andersen\nLocation: Geneva\nDate: 29 April 2022\nSubject: Norland\n\nWe are deeply alarmed by the killings.");
        assert_eq!(
            f.publisher.as_ref().map(|p| p.value.as_str()),
            Some("Office of the United Nations High Commissioner for Human Rights")
        );
        assert_eq!(
            field(&f.title).map(|(v, _)| v),
            Some("Press briefing notes on Norland".to_string())
        );
    }

    #[test]
    fn consultation_and_export_labels_date_the_page() {
        let f = meta_of("Proposals on the Bail Act\n\nConsultation opens: 5 May 2022\nConsultation closes: 30 June 2022\n\nThe ministry seeks views on changes to the law of bail and on the time limits for remand.");
        assert_eq!(field(&f.published), some("2022-05-05", "published_line"));
        let f = meta_of("Visit notes: Westmark police cells\n\nCreated: March 3, 2021 9:15 AM\nTags: detention\n\nTwo monitors visited the cells of the central police station and spoke to nine detainees.");
        assert_eq!(field(&f.published), some("2021-03-03", "published_line"));
        let f = meta_of("Visit notes: Westmark police cells\n\nCreated by Ana Holm, last modified by Piet Vos on Apr 2, 2021\n\nTwo monitors visited the cells of the central police station and spoke to nine detainees.");
        assert_eq!(field(&f.published), some("2021-04-02", "published_line"));
        // "Created by NAME" alone dates nothing.
        let f = meta_of("Visit notes: Westmark police cells\n\nCreated by Ana Holm\n\nTwo monitors visited the cells of the central police station and spoke to nine detainees.");
        assert_eq!(field(&f.published), None);
        // A label cell run into its day dates the page; a founding does not.
        let f = meta_of("Deaths in custody, 2012-2022\n\nCreated November 14, 2023, 08:52 (UTC)\n\nThe table counts deaths in police and prison custody by year.");
        assert_eq!(field(&f.published), some("2023-11-14", "published_line"));
        let f = meta_of("About the Commission\n\nCreated in 1998 by presidential decree, the Commission hears complaints against the police.");
        assert_eq!(field(&f.published), None);
    }

    #[test]
    fn a_blog_posting_line_dates_the_page() {
        // A content system's "Posted on DATE by AUTHOR" line is the day of publication.
        let f = meta_of("Commission visits prisons\nPosted on 4 March 2019 by Press Office\n\nThe Commission visited three prisons on Friday.");
        assert_eq!(field(&f.published), some("2019-03-04", "published_line"));
        // "posted" inside a sentence is no label.
        let f = meta_of("Guards were posted on 4 March 2019 at the gate.");
        assert_eq!(f.published, None);
    }

    #[test]
    fn a_label_alone_takes_its_value_from_the_line_below() {
        let f = meta_of("By\nAnna Writer\n\nPUBLISHED:\n  \n    04:13 EST, 11 March 2013\n\n |\n UPDATED:\n\n    06:24 EST, 12 March 2013\n\nThe ministry said on Monday that it would act.");
        assert_eq!(field(&f.published), some("2013-03-11", "published_line"));
        assert_eq!(field(&f.updated), some("2013-03-12", "last_updated"));
        let f = meta_of(
            "Publisher:\nExample Rights Watch\nDate:\n3 May 2010\n\nThe report follows in full.",
        );
        assert_eq!(
            field(&f.publisher),
            some("Example Rights Watch", "publisher_line")
        );
        assert_eq!(field(&f.published), some("2010-05-03", "published_line"));
        // A label with no date below reads nothing.
        let f = meta_of("Date:\nto be announced\n\nThe hearing was postponed.");
        assert_eq!(f.published, None);
        // "Information current as of" dates the page's last revision.
        let f = meta_of("Ruritania\nInformation current as of: April 4, 2011\nGeneral\n");
        assert_eq!(field(&f.updated), some("2011-04-04", "last_updated"));
    }

    #[test]
    fn a_header_tables_day_of_hearing_is_no_day_of_judgment() {
        let f = meta_of("IN THE SUPREME COURT OF THE REPUBLIC OF NORLAND\nAT VELDHAVEN\nCase No.:\n\nSC Civil Appeal No. 45 of 2021\n\nBetween:\n\nMARA KESSEL (Appellant)\n\nAnd:\n\nPUBLIC SERVICE COMMISSION (First Respondent)\nTHE ATTORNEY GENERAL (Second Respondent)\n\nDate of hearing:\n\n14 June 2022\n\nDate of judgment:\n\n3 November 2022\n\nJUDGMENT\n\nThe appellant was dismissed from the civil service after she published an article.");
        assert_eq!(field(&f.published), some("2022-11-03", "published_line"));
        assert_eq!(
            field(&f.title),
            some(
                "MARA KESSEL v. PUBLIC SERVICE COMMISSION",
                "judgment_caption"
            )
        );
        // A hearing's day alone under its label dates nothing.
        let f = meta_of("Heard on:\n14 June 2022\n\nThe appellant was dismissed from the civil service after she published an article in a paper.");
        assert_eq!(f.published, None);
    }

    #[test]
    fn a_place_and_a_numeric_day_date_a_european_news_item() {
        let f = meta_of("Strasbourg 14/03/2023\n\nNorland should put an end to pushbacks\n\nPeople arriving at the border are being forced back without any examination of their situation.");
        assert_eq!(field(&f.published), some("2023-03-14", "date_line"));
        let f = meta_of("Brussels, 02.05.2023\n\nHeadline of the item\n\nPeople arriving at the border are being forced back without any examination of their situation.");
        assert_eq!(field(&f.published), some("2023-05-02", "date_line"));
        // Slashes that read either way are left unread.
        let f = meta_of("Strasbourg 03/04/2023\n\nHeadline of the item\n\nPeople arriving at the border are being forced back without any examination of their situation.");
        assert_eq!(f.published, None);
    }

    #[test]
    fn a_reference_period_is_the_period_covered() {
        let f = meta_of("Norland - Security Situation\n\nIntroduction\nThis report was drafted by the COI Sector. The reference period for this report is 1 January 2022 to 31 March 2023, although some later developments are mentioned.");
        let p = f.period.expect("a period");
        assert_eq!(
            (p.value.start.as_str(), p.value.end.as_str()),
            ("2022-01-01", "2023-03-31")
        );
    }

    #[test]
    fn a_special_procedures_communication_names_its_senders() {
        let f = meta_of("Mandates of the Special Rapporteur on the situation of human rights defenders; and the Special Rapporteur on the rights to freedom of peaceful assembly and of association\n\nREFERENCE: AL NRL 2/2023\n\n14 March 2023\n\nExcellency,\n\nWe have the honour to address you in our capacities as Special Rapporteurs.");
        assert_eq!(
            f.publisher.map(|p| p.value),
            Some("United Nations Special Procedures".to_string())
        );
        assert_eq!(field(&f.published), some("2023-03-14", "date_line"));
    }

    #[test]
    fn a_headline_stands_over_its_story_without_a_blank_line() {
        let story = "The ministry announced on Saturday that the last death sentences had been commuted to life terms, ending a moratorium that had lasted nearly two decades.";
        let f = meta_of(&format!(
            "Ruritania ends death penalty after long moratorium\n{story}"
        ));
        assert_eq!(
            field(&f.title),
            some(
                "Ruritania ends death penalty after long moratorium",
                "first_line"
            )
        );
        // Over a dateline with no place.
        let f = meta_of("RURITANIA: COURT EXTENDS MORATORIUM\nNovember 19, 2009: The court prolonged the moratorium.");
        assert_eq!(
            field(&f.title),
            some("RURITANIA: COURT EXTENDS MORATORIUM", "first_line")
        );
        assert_eq!(field(&f.published), some("2009-11-19", "dateline"));
        // Over a date with the time it went up, after a print link.
        let f = meta_of(
            "Print View\nRuritania: Abolish the Death Penalty Now\n8/3/2005 10:25 AM\n\nText.",
        );
        assert_eq!(
            field(&f.title),
            some("Ruritania: Abolish the Death Penalty Now", "first_line")
        );
        // Repeated without the site's suffix.
        let f = meta_of(&format!("Court extends moratorium on death penalty News\nCourt extends moratorium on death penalty\n\n{story}"));
        assert_eq!(
            field(&f.title),
            some("Court extends moratorium on death penalty", "first_line")
        );
        // An archive's "Document - " prefix is no part of the title.
        let f =
            meta_of("Document - Ruritania: Summary of Concerns\n\nSeptember 2008 Public\n\nText.");
        assert_eq!(
            field(&f.title),
            some("Ruritania: Summary of Concerns", "first_line")
        );
        assert_eq!(field(&f.published), some("2008-09", "date_line"));
        // A line broken in two is no headline; a line of a wrapped paragraph is none.
        assert_eq!(
            meta_of("Lower House passes moratorium on death\nPenalty.\nThe lower house voted.")
                .title,
            None
        );
        assert_eq!(
            meta_of("The court ruled on Monday that the\nman should be freed at once.").title,
            None
        );
    }

    #[test]
    fn mastheads_and_issuer_marks_name_the_publisher() {
        let f = meta_of("EXAMPLE RIGHTS WATCH PUBLIC STATEMENT\n\nIndex: ERW 13/003/2013 22 February 2013\n\nRuritania: Stop the hasty trials\n\nExample Rights Watch is concerned.");
        assert_eq!(
            field(&f.publisher),
            some("Example Rights Watch", "masthead")
        );
        assert_eq!(
            field(&f.title),
            some("Ruritania: Stop the hasty trials", "first_line")
        );
        assert_eq!(field(&f.published), some("2013-02-22", "index_line"));
        let f = meta_of("Ruritania: Abolish the death penalty\n\nNews Release Issued by the International Secretariat of Example Rights Watch\n\nText.");
        assert_eq!(
            field(&f.publisher),
            some("Example Rights Watch", "issued_by")
        );
        let f = meta_of("Capital punishment in Ruritania\n\nfrom Wikipedia, the free encyclopedia\n\nText of the article.");
        assert_eq!(field(&f.publisher), some("Wikipedia", "issuer_mark"));
        assert_eq!(
            field(&f.title),
            some("Capital punishment in Ruritania", "first_line")
        );
        let f = meta_of("Ruritania\n\nReleased by the Bureau of Democracy, Human Rights, and Labor, March 8, 2006\n\nText.");
        assert_eq!(
            field(&f.publisher),
            some("U.S. Department of State", "issuer_mark")
        );
        assert_eq!(field(&f.published), some("2006-03-08", "released_line"));
        // A headline about a press release names no publisher.
        let f = meta_of("Government rejects the UN press release\n\nText.");
        assert_eq!(f.publisher, None);
    }

    #[test]
    fn a_report_heading_over_two_lines_gives_publisher_and_year() {
        let f = meta_of("Ruritania\n\nCountry Reports on Human Rights Practices\n2005\n\nThe government's record remained poor.");
        assert_eq!(
            value(&f.publisher).as_deref(),
            Some("U.S. Department of State")
        );
        assert_eq!(
            value(&f.period).map(|p| (p.start, p.end)),
            Some(("2005-01-01".into(), "2005-12-31".into()))
        );
    }

    #[test]
    fn photo_credits_mark_a_caption() {
        let body = "\n\nThe body of the page starts here with a full sentence, long enough.";
        for caption in [
            "Guards outside the central prison in Ruriton. Photo: Example Agency",
            "Relatives wait outside the court (Reuters/A. Person)",
            "Protesters outside the ministry, AFP Photo",
            "Photo by A. Person",
        ] {
            assert_eq!(title(&format!("{caption}{body}")), None, "{caption}");
        }
    }

    #[test]
    fn captions_with_colon_leaders_vrs_and_the_crown() {
        // Colons as the leader, the role after them; the day the judges sign at the end,
        // not the day of the decision appealed from in the head.
        let input = "IN THE SUPREME COURT OF EASTLAND AT PORT ROYAL\n\nCIVIL APPEAL NO. 4 OF 2019\n\nBETWEEN\n\nMARY ANNE KOSGEI :::::::::::::::::::::: APPELLANT\n\nAND\n\nEASTLAND :::::::::::::::::::::::::::: RESPONDENT\n\n(Appeal from the decision of the Court of Appeal dated 2nd May, 2018)\n\nJUDGMENT\n\nThe appellant was held without trial for a year and seeks a declaration that her detention was unlawful.\n\nThe appeal is allowed with costs to the appellant in this court and in the courts below.\n\nDated at Port Royal this 3rd day of March 2020.";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("MARY ANNE KOSGEI v. EASTLAND", "judgment_caption")
        );
        assert_eq!(field(&f.published), some("2020-03-03", "decision_line"));
        // "VRS" between the parties, each before its leader.
        let input = "IN THE SUPERIOR COURT OF JUDICATURE\nIN THE SUPREME COURT\n\n4TH JUNE, 2019\n\nAMA SERWAA ........ PLAINTIFF/APPELLANT\n\nVRS\n\nTHE REPUBLIC ........ DEFENDANT/RESPONDENT\n\nJUDGMENT\n\nThe plaintiff sued the State for her wrongful detention over many months.";
        assert_eq!(
            field(&meta_of(input).title),
            some("AMA SERWAA v. THE REPUBLIC", "judgment_caption")
        );
        // The Crown as "R", on one line.
        let input = "IN THE COURT OF APPEAL\n\nBEFORE: THE HON MR JUSTICE BROOKS JA\n\nOMAR LEROY WATSON v R\n\nMr Keith Lindo for the appellant\n\n3, 4 June and 30 July 2021\n\n[1] The appellant was convicted of murder in the Home Circuit Court.";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("OMAR LEROY WATSON v R", "judgment_caption")
        );
        // The days the court sat and the day it gave judgment on one line: the last.
        assert_eq!(field(&f.published), some("2021-07-30", "judgment_day_line"));
        assert_eq!(field(&f.publisher), some("Court of Appeal", "court"));
        // "...Appellant" on a line of its own under the party; "versus" between blank
        // lines; the day the judgment was announced, day first.
        let input = "IN THE SUPREME COURT OF WESTLAND\n(Appellate Jurisdiction)\n\nCriminal Appeal No. 12 of 2016\n(Against the judgment dated 01.02.2013 passed by the High Court)\n\nAhmed Karim\n...Appellant\n\nversus\n\nThe State\n...Respondent\n\nDate of hearing: 02.05.2018\n\nJUDGMENT\n\nThe appellant was convicted of murder on the word of one witness, who did not see the assailant's face.\n\nThe appeal is allowed and the appellant is acquitted.\n\nAnnounced in open Court on 09.05.2018 at Port Royal";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("Ahmed Karim v. The State", "judgment_caption")
        );
        assert_eq!(field(&f.published), some("2018-05-09", "decision_line"));
    }

    #[test]
    fn a_judgments_day_beside_its_note_and_a_court_under_its_union() {
        // An infobox's "Last execution 22 July 2005" is no dateline.
        let f = meta_of("Capital punishment in Eastland\n\nStatus Abolished (2024)\n\nLast execution 22 July 2005\n\nCapital punishment in Eastland was a legal penalty until 2024.");
        assert_eq!(f.published.as_ref().map(|p| p.value.as_str()), None);
        let f = meta_of(
            "Judges named\n\nPort of Spain, 3 May 2010 (Island Wire) - Two judges were named.",
        );
        assert_eq!(
            f.published.as_ref().map(|p| p.value.as_str()),
            Some("2010-05-03")
        );
        // Another case cited with its day of decision is not this judgment's day.
        let input = "IN THE HIGH COURT OF EASTLAND\n\nSENTENCE REHEARING CAUSE NO. 3 OF 2018\n\nTHE STATE\n\nAND\n\nSIMON KARVE ........ CONVICT\n\nSENTENCE\n\n1. In Banda and others v Attorney General, decided on 12th May 2009, this Court held that the mandatory death sentence was unconstitutional.\n\n2. I sentence the convict to 20 years' imprisonment.\n\nPronounced in open court at Port Royal this 19th day of April, 2018.";
        let f = meta_of(input);
        assert_eq!(
            f.published.as_ref().map(|p| p.value.as_str()),
            Some("2018-04-19")
        );

        // The hearing's day alone, the judgment's beside "Judgment reserved.".
        let input = "IN THE COURT OF APPEAL OF THE REPUBLIC OF WESTLAND\n\nPublic Prosecutor\nv\nLim Ah Seng\n\nCourt of Appeal \u{2014} Criminal Appeal No 3 of 2020\n2 March 2021\n\n19 April 2021 Judgment reserved.\n\n1 The respondent was acquitted of drug trafficking at his trial in the High Court.";
        let f = meta_of(input);
        assert_eq!(field(&f.published), some("2021-04-19", "judgment_day_line"));
        // A union's name over its court's: the court decided; "Court on ..." is its name.
        let input = "AFRICAN UNION\n\nAFRICAN COURT ON HUMAN AND PEOPLES' RIGHTS\n\nTHE MATTER OF\n\nPAUL OTIENO\n\nV.\n\nREPUBLIC OF EASTLAND\n\nJUDGMENT\n\n12 MARCH 2021\n\nThe Applicant is a national of Eastland who was sentenced to death by its High Court.";
        let f = meta_of(input);
        assert_eq!(
            field(&f.publisher),
            some("African Court on Human and Peoples' Rights", "court")
        );
        // A head's "dated" line under "(Appeal from ...)" is the court below's day.
        let input = "IN THE COURT OF APPEAL OF EASTLAND\n\nCRIMINAL APPEAL NO. 5 OF 2019\n\nJOHN PAUL ........ APPELLANT\n\nVERSUS\n\nTHE REPUBLIC ........ RESPONDENT\n\n(Appeal from the decision of the High Court at Port Royal)\n\ndated the 14th day of August, 2017\n\nJUDGMENT OF THE COURT\n\nThe appellant was convicted of armed robbery and sentenced to thirty years in prison.";
        let f = meta_of(input);
        assert_ne!(
            f.published.as_ref().map(|p| p.value.as_str()),
            Some("2017-08-14")
        );
    }

    #[test]
    fn a_financial_years_two_days_are_the_period() {
        let p = |s: &str| year_ended(s).map(|f| (f.value.start, f.value.end));
        assert_eq!(
            p("This report sets out the work of the Authority during the financial year 1 April 2019 to 31 March 2020."),
            Some(("2019-04-01".to_string(), "2020-03-31".to_string()))
        );
        assert_eq!(p("The year 1 April 2019 to 31 March 2020 was hard."), None);
    }

    #[test]
    fn un_headings_of_advance_versions_and_treaty_bodies() {
        // No "United Nations" over the symbol: the organ is the publisher; the author's
        // line under the agenda item is the title when no title stands above it.
        let input = "Advance Edited Version          Distr.: General\n                                12 March 2021\n\nA/HRC/46/99\n\nHuman Rights Council\nForty-sixth session\n22 February-23 March 2021\nAgenda item 3\nPromotion and protection of all human rights, civil,\npolitical, economic, social and cultural rights,\nincluding the right to development\n\nReport of the Special Rapporteur on torture\n\nSummary\nThe present report covers the activities of the Special Rapporteur in 2020.";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("Report of the Special Rapporteur on torture", "un_heading")
        );
        assert_eq!(
            field(&f.publisher),
            some("Human Rights Council", "un_heading")
        );
        // A committee's Views: the title without its footnote marks, over the case table;
        // the author's line run over two lines is no part of a title above it.
        let input = "United Nations                    CCPR/C/130/D/3000/2017\n\nInternational Covenant on          Distr.: General\nCivil and Political Rights         5 January 2021\n\nHuman Rights Committee\n\nDecision adopted by the Committee under the Optional Protocol, concerning communication No. 3000/2017*, **\n\nCommunication submitted by:   Anna Berg\nState party:                  Westland\n\n1. The author is a national of Westland.";
        assert_eq!(
            field(&meta_of(input).title),
            some(
                "Decision adopted by the Committee under the Optional Protocol, concerning communication No. 3000/2017",
                "un_heading"
            )
        );
        let input = "United Nations                    A/HRC/48/7\n\nGeneral Assembly                  Distr.: General\n                                  1 September 2021\n\nHuman Rights Council\nForty-eighth session\nAgenda item 2\n\nDeath penalty in Westland\nReport of the Office of the United Nations High Commissioner for Human\nRights\nSummary\nThe present report covers 2020.";
        assert_eq!(
            field(&meta_of(input).title),
            some("Death penalty in Westland", "un_heading")
        );
    }

    #[test]
    fn a_logos_placeholder_names_the_publisher_and_is_no_title() {
        let input = "[Logo: RIVERSIDE COUNTY BAIL FUND]\n\nFOR IMMEDIATE RELEASE\n\nMedia contact: Lee Park, (555) 010-2233\n\nBail fund pays bond for forty people held before trial\n\nRIVERTON (May 4, 2022) -- The fund paid the bond of forty people held in the county jail, its director said today.\n";
        let m = meta_of(input);
        assert_eq!(
            field(&m.title),
            some(
                "Bail fund pays bond for forty people held before trial",
                "first_line"
            )
        );
        assert_eq!(
            m.publisher.as_ref().map(|f| f.value.to_lowercase()),
            Some("riverside county bail fund".to_string())
        );
        // A photo's placeholder is passed over too.
        let input = "[Image: marchers outside the court]\n\nMarch ends at the court steps\n\nSome two thousand people walked to the court on Saturday.\n";
        assert_eq!(
            field(&meta_of(input).title),
            some("March ends at the court steps", "first_line")
        );
    }

    #[test]
    fn a_senders_note_names_the_publisher_and_an_update_line_dates_a_story() {
        let input = "FOR IMMEDIATE RELEASE\n\nPort Royal, 3 May 2021\n\nWESTLAND MUST FREE JAILED LAWYERS\n\nThe authorities must release the four lawyers detained last week, the group said today.\n\n###\n\nAbout WLN: The Westland Lawyers Network is a coalition of 40 bar associations.";
        assert_eq!(
            field(&meta_of(input).publisher),
            some("Westland Lawyers Network", "about_note")
        );
        // A story that names no one else: no note, no publisher.
        let input = "Lawyers freed\n\nPort Royal, 3 May 2021\n\nThe four lawyers were released on Monday.\n\nThe Westland Lawyers Network is a coalition of 40 bar associations.";
        assert_eq!(field(&meta_of(input).publisher), None);
        // An update line over a story that gives no other day dates it; one in the foot
        // does not.
        let input = "Court frees four lawyers\n\nLast Updated: Monday, 3 May 2021, 10:12 GMT\n\nA court in Port Royal freed four lawyers on Monday after a week in detention without charge.";
        assert_eq!(
            field(&meta_of(input).published),
            some("2021-05-03", "last_updated_only")
        );
        // A reference page's facts "current as of" a day: no day of publication.
        let input = "Westland\nInformation current as of: May 3, 2021\n\nDeath Penalty Law Status\nRetentionist. Westland has carried out no execution since 1998, and its courts still impose death sentences.";
        assert_eq!(field(&meta_of(input).published), None);
    }

    #[test]
    fn judgments_name_their_court_and_day() {
        // The court alone on a line; "from" names the court below.
        let input = "Appeal No. 3 of 2001\n(1) Anna Berg\nAppellantsv.\n(1) The State\nRespondentsFROM\nTHE COURT OF APPEAL OF WESTLAND\n---\nJUDGMENT OF THE LORDS OF THE JUDICIAL COMMITTEE OF THE PRIVY COUNCIL, Delivered the 2nd November 1993---\n1. The appellant was arrested.";
        let f = meta_of(input);
        assert_eq!(
            field(&f.publisher),
            some("Judicial Committee of the Privy Council", "court")
        );
        assert_eq!(field(&f.published), some("1993-11-02", "decision_line"));
        assert_eq!(
            field(&f.title),
            some("Anna Berg v. The State", "judgment_caption")
        );
        // A court's name over two lines; a party above a blank line.
        let input = "SC Appeal No. 9/2014\n\nIN THE SUPREME COURT OF THE DEMOCRATIC SOCIALIST\n\nREPUBLIC OF WESTLAND\n\nThe State of Westland\n\nComplainant Vs. 1. Anna Berg\n\nAccused-Appellant\n\nDecided on: 21.11.2018\n";
        let f = meta_of(input);
        assert_eq!(
            field(&f.publisher),
            some(
                "Supreme Court of the Democratic Socialist Republic of Westland",
                "court"
            )
        );
        assert_eq!(
            field(&f.title),
            some("The State of Westland v. Anna Berg", "judgment_caption")
        );
        assert_eq!(field(&f.published), some("2018-11-21", "decision_line"));
        assert_eq!(
            field(&f.number),
            some("SC Appeal No. 9/2014", "case_number")
        );
        // The day in the caption's line.
        let f = meta_of("Viewer page 1 of 9\n\nHigh Court of Westland\n\nRao vs State Of Westland on 7 April, 1983\n\nThe appeal is dismissed.");
        assert_eq!(field(&f.publisher), some("High Court of Westland", "court"));
        assert_eq!(
            field(&f.published),
            some("1983-04-07", "judgment_caption_date")
        );
        let f = meta_of("Okoro & another v Republic; Example Trust (Amicus) [2017] WSC 2 (14 December 2017) (Judgment)\n\nA. Introduction\n1. This appeal raises one question.");
        assert_eq!(
            field(&f.published),
            some("2017-12-14", "judgment_caption_date")
        );
        // A caption with leaders, its day on a line of its own; the day of the
        // judgment appealed from is not the day of this one.
        let f = meta_of("IN THE SUPREME COURT OF WESTLAND\n\nON FRIDAY, THE 12TH DAY OF MAY, 2017\n\nBETWEEN:\nANNA BERG ........ APPELLANT\nAND\nTHE STATE ........ RESPONDENT\n\nJUDGMENT\n\nThis appeal is against the judgment of the Court of Appeal delivered on 9 June 2015, which affirmed the conviction of the appellant.");
        assert_eq!(field(&f.published), some("2017-05-12", "judgment_day_line"));
        assert_eq!(
            field(&f.title),
            some("ANNA BERG v. THE STATE", "judgment_caption")
        );
        let f = meta_of("IN THE SUPREME COURT OF WESTLAND\n\nBETWEEN:\nANNA BERG ........ APPELLANT\nAND\nTHE STATE ........ RESPONDENT\n\nJUDGMENT\n\nThis appeal is against the judgment of the Court of Appeal delivered on 9 June 2015, which affirmed the conviction of the appellant.");
        assert_ne!(field(&f.published), some("2015-06-09", "decision_line"));
        // The docket number and the day after a comma on one line; the dated decisions
        // of the courts below in the first paragraph are not this court's.
        let f = meta_of("Republic of Westland\nSUPREME COURT\n\nSECOND DIVISION\n\nG.R. No. 51234, March 3, 2020\n\nPEOPLE OF WESTLAND, PLAINTIFF-APPELLEE, VS. ANA CRUZ, ACCUSED-APPELLANT.\n\nD E C I S I O N\n\nThis is an appeal from the Decision dated May 5, 2018 of the Court of Appeals, which affirmed the Judgment dated June 1, 2016 of the Regional Trial Court.");
        assert_eq!(field(&f.published), some("2020-03-03", "judgment_day_line"));
        // The seat before the days of hearing and judgment on one line; the court's
        // long name with its acronym, not a heading naming a part of it.
        let f = meta_of("REPORTABLE (4)\n\nANNA BERG\nv\nTHE STATE\n\nSUPREME COURT OF WESTLAND\nSMITH JA & JONES JA\nLAKEVILLE: 3 MARCH 2021 & 9 JULY 2021\n\nSMITH JA:\n\n[1] This is an appeal against conviction.");
        assert_eq!(field(&f.published), some("2021-07-09", "judgment_day_line"));
        for label in ["HEARD", "DATE HEARD", "HEARING DATES"] {
            let f = meta_of(&format!(
                "{label}: 3 & 4 MARCH 2021\n\nSMITH JA:\n\n[1] This is an appeal against conviction."
            ));
            assert_ne!(
                field(&f.published),
                some("2021-03-04", "judgment_day_line"),
                "{label}"
            );
        }
        let f = meta_of("COMMUNITY COURT OF JUSTICE OF THE UNION OF THE NORTHERN COASTAL STATES (UNCS)\n\nSuit No: UN/1/20\n\nCOMPOSITION OF THE COURT\n\nHon. Justice Anna BERG - Presiding\n\nJUDGMENT\n\n1. This is the judgment of the Court.");
        assert!(field(&f.publisher)
            .is_some_and(|(p, _)| p.to_lowercase().starts_with("community court of justice")));
        // Not a court: a headline about one, a court in a sentence.
        let f = meta_of("Supreme Court Rules Against Westland\n\nThe judgment of the Supreme Court was read out on Monday by the president of the court.");
        assert_eq!(f.publisher, None);
    }

    #[test]
    fn a_caption_run_together_gives_the_parties() {
        // One long line, as a judgment's PDF turned into text.
        let input = "[2018] WCJ 19 (AJ) IN THE WESTERN COURT OF JUSTICE Appellate Jurisdiction ON APPEAL FROM THE COURT OF APPEAL OF ESTLAND WCJ Appeal No. 2 of 2017 BETWEEN ANNA MARIA BERG APPELLANT AND THE QUEEN RESPONDENT AND WCJ Appeal No. 3 of 2017 BETWEEN TOM HALE APPELLANT AND THE QUEEN RESPONDENT [Heard on 25th day of January 2018] Before The Honourable Mr Justice Wit JUDGMENT of the Court Delivered on the 27th day June 2018 Introduction [1] On 21st February 2012 the appellant was convicted";
        let f = meta_of(input);
        assert_eq!(
            field(&f.title),
            some("ANNA MARIA BERG v. THE QUEEN", "judgment_caption")
        );
        assert_eq!(
            field(&f.publisher),
            some("Western Court of Justice", "court")
        );
        assert_eq!(field(&f.published), some("2018-06-27", "decision_line"));
        // The same over lines.
        let f = meta_of("IN THE HIGH COURT OF ESTLAND\n\nBETWEEN\n\nANNA BERG\nClaimant\n\nAND\n\nTHE ATTORNEY GENERAL\nDefendant\n\nJUDGMENT\n");
        assert_eq!(
            field(&f.title),
            some("ANNA BERG v. THE ATTORNEY GENERAL", "judgment_caption")
        );
        assert_eq!(field(&f.publisher), some("High Court of Estland", "court"));
        // "between" in a sentence is no caption.
        let f = meta_of("The talks between Westland and Estland ended on Monday.\n\nMore text.");
        assert_eq!(f.title, None);
    }
}

/// Reads made after every other rule, for what they left empty or raw: a mailing list's
/// tag before the subject ([`strip_list_tag`]), a labelled numeric day whose order the
/// document's other days settle ([`labelled_day_by_order`]), a time over a dotted day
/// ([`time_then_dotted_day`]).
/// `original` is the text before chrome was dropped (a page's HTML): a site's sidebar
/// writes its days in the same order as the story's.
pub fn late_reads(
    source: &str,
    original: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    finds: &mut Finds,
) {
    if let Some(title) = finds.title.as_mut() {
        strip_list_tag(source, title);
    }
    if let Some(publisher) = finds.publisher.as_mut() {
        strip_doctype(publisher);
    }
    wire_issuer(source, lines, finds);
    if let Some(headline) =
        field_code_headline(source, lines).or_else(|| labelled_headline(source, lines))
    {
        finds.title = Some(headline);
    }
    if finds.publisher.is_none() {
        finds.publisher = note_verbale_sender(source).or_else(|| on_behalf_publisher(source));
    }
    if finds.published.is_none() {
        finds.published = court_year_block(source, lines);
    }
    if finds.published.is_none() {
        finds.published = labelled_day_by_order(source, original, lines, drop)
            .or_else(|| time_then_dotted_day(source, lines, drop))
            .or_else(|| day_and_number_line(source, lines));
    }
    if finds.published.is_none() {
        finds.published = yearless_post_day(source, original, lines);
    }
    let (publisher, published) = volume_citation(source);
    if finds.publisher.is_none() {
        finds.publisher = publisher;
    }
    if finds.published.is_none() {
        finds.published = published;
    }
}

/// A distribution wire's credit for the body whose release it carries: "News provided by
/// NAME", the day after it on the line or not.
static PROVIDED_BY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:news|release|content|press\s+release)\s+provided\s+by\s*:?\s+(?P<v>\p{Lu}.{2,160})$",
    )
});

/// A release on a paid distribution wire names its issuer ("News provided by NAME"): that
/// body publishes it, not the wire whose site name and author tags the page carries.
fn wire_issuer(source: &str, lines: &[Line], finds: &mut Finds) {
    for l in lines.iter().take(40) {
        let raw = l.text(source);
        let text = raw.trim();
        let Some(v) = PROVIDED_BY_RE.captures(text).and_then(|c| c.name("v")) else {
            continue;
        };
        let base = l.start + offset_in(raw, text);
        let hit = parse_date(v.as_str());
        let name_end = hit.as_ref().map_or(v.len(), |h| h.range.start);
        let name = v.as_str()[..name_end].trim_end_matches([' ', ',', '|', '-', '·']);
        if !names_a_body(name) && !all_capitalised(name) {
            return;
        }
        let at = base + v.start();
        finds.publisher = Some(Found::new(
            name.to_string(),
            Loc::Source(at..at + name.len()),
            "wire_issuer",
        ));
        if let Some(hit) = hit.filter(|h| h.iso.len() == 10 && finds.published.is_none()) {
            let start = at + hit.range.start;
            finds.published = Some(Found::new(
                hit.iso,
                Loc::Source(start..start + hit.range.len()),
                "wire_issuer",
            ));
        }
        return;
    }
}

/// A news database's export with its field codes on lines of their own ("HD" over the
/// headline, then "BY", "WC", "PD", "SN" ...): the headline.
fn field_code_headline(source: &str, lines: &[Line]) -> Option<Found<String>> {
    let texts: Vec<(usize, &str)> = lines
        .iter()
        .take(40)
        .map(|l| {
            let raw = l.text(source);
            let t = raw.trim();
            (l.start + offset_in(raw, t), t)
        })
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let at = texts.iter().take(10).position(|(_, t)| *t == "HD")?;
    let (base, headline) = *texts.get(at + 1)?;
    // The codes that follow a headline in such an export.
    let codes = texts[at + 2..]
        .iter()
        .take(8)
        .filter(|(_, t)| {
            ["BY ", "WC ", "PD ", "SN ", "SC ", "LA ", "CY "]
                .iter()
                .any(|c| t.starts_with(c))
        })
        .count();
    if codes < 3 || headline.len() < 12 || headline.len() > 250 {
        return None;
    }
    Some(Found::new(
        headline.to_string(),
        Loc::Source(base..base + headline.len()),
        "field_code_headline",
    ))
}

/// A news database's print of a story, its fields labelled in capitals ("SECTION:",
/// "LENGTH: 688 words", "HEADLINE: ...", "DATELINE:", "BODY:", "LOAD-DATE:"): the
/// headline, perhaps wrapped over the lines below it up to a blank line or the next label.
fn labelled_headline(source: &str, lines: &[Line]) -> Option<Found<String>> {
    static FIELD_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:SECTION|LENGTH|BYLINE|DATELINE|BODY|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|HIGHLIGHT|JOURNAL-CODE|DOCUMENT-TYPE|GRAPHIC|CORRECTION-DATE)\s*:",
        )
    });
    let head = &lines[..lines.len().min(60)];
    let fields = head
        .iter()
        .filter(|l| FIELD_RE.is_match(l.text(source).trim_start()))
        .count();
    if fields < 2 {
        return None;
    }
    let Some(at) = head
        .iter()
        .position(|l| l.text(source).trim_start().starts_with("HEADLINE:"))
    else {
        return bare_headline(source, head, &FIELD_RE);
    };
    let raw = head[at].text(source);
    let first = raw.trim_start()["HEADLINE:".len()..].trim();
    if first.is_empty() {
        return None;
    }
    let start = head[at].start + offset_in(raw, first);
    let mut end = start + first.len();
    let mut value = first.to_string();
    for l in &lines[at + 1..lines.len().min(at + 4)] {
        let t = l.text(source).trim();
        if t.is_empty() || FIELD_RE.is_match(t) || (t.contains(':') && t.len() < 30) {
            break;
        }
        value.push(' ');
        value.push_str(t);
        end = l.start + offset_in(l.text(source), t) + t.len();
    }
    if value.len() < 12 || value.len() > 300 {
        return None;
    }
    Some(Found::new(
        value,
        Loc::Source(start..end),
        "labelled_headline",
    ))
}

/// A news database's print whose headline has no label: the lines standing between the
/// story's date line ("March 3, 2009 Tuesday 11:42 AM GMT") and the first field label
/// ("BYLINE:", "SECTION:"), blank lines around them.
fn bare_headline(source: &str, head: &[Line], field_re: &Regex) -> Option<Found<String>> {
    let first_field = head
        .iter()
        .position(|l| field_re.is_match(l.text(source).trim_start()))?;
    // The block of lines just above the first label, then the date line above it.
    let mut end = first_field;
    while end > 0 && head[end - 1].text(source).trim().is_empty() {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && !head[start - 1].text(source).trim().is_empty() {
        start -= 1;
    }
    if start == end || end - start > 3 {
        return None;
    }
    let date_line = head[..start]
        .iter()
        .rev()
        .map(|l| l.text(source).trim())
        .find(|t| !t.is_empty())?;
    parse_date(date_line).filter(|h| is_date_only(date_line, h))?;
    let block = &head[start..end];
    let value = block
        .iter()
        .map(|l| l.text(source).trim())
        .collect::<Vec<_>>()
        .join(" ");
    if value.len() < 12
        || value.len() > 300
        || parse_date(&value).is_some_and(|h| is_date_only(&value, &h))
    {
        return None;
    }
    let first = block[0].text(source);
    let last = block[block.len() - 1].text(source);
    let from = block[0].start + offset_in(first, first.trim());
    let to = block[block.len() - 1].start + offset_in(last, last.trim()) + last.trim().len();
    Some(Found::new(
        value,
        Loc::Source(from..to),
        "labelled_headline",
    ))
}

/// A journal's imprint: "Published by NAME on behalf of SOCIETY" (the press publishes).
fn on_behalf_publisher(source: &str) -> Option<Found<String>> {
    static ON_BEHALF_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\bPublished\s+by\s+(?P<v>\p{Lu}[\p{L}&'’ -]{2,80}?)\s+on\s+behalf\s+of\s+\p{L}")
    });
    let head = &source[..floor_boundary(source, 6000.min(source.len()))];
    let v = ON_BEHALF_RE.captures(head)?.name("v")?;
    let value = v.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
    (all_capitalised(&value) && value.split_whitespace().count() <= 6)
        .then(|| Found::new(value, Loc::Source(v.range()), "on_behalf_publisher"))
}

/// A note verbale's sender, as the note's opening formula names it: "The Permanent Mission
/// of X to Y presents its compliments to ...", or an embassy, a ministry of foreign
/// affairs, a high commission, a consulate, a delegation.
fn note_verbale_sender(source: &str) -> Option<Found<String>> {
    static COMPLIMENTS_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\bThe\s+(?P<v>(?:Permanent\s+(?:Mission|Representation|Delegation)|Embassy|Mission|Ministry\s+of\s+Foreign\s+Affairs|Ministry\s+of\s+External\s+Affairs|High\s+Commission|Consulate(?:\s+General)?|Delegation)\s+of\s+[^.;:]{3,220}?)\s+presents\s+its\s+compliments\b",
        )
    });
    let head = &source[..floor_boundary(source, 6000.min(source.len()))];
    let caps = COMPLIMENTS_RE.captures(head)?;
    let v = caps.name("v")?;
    let value = v.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Found::new(
        value,
        Loc::Source(v.range()),
        "note_verbale_sender",
    ))
}

/// A court's own day block, as the Eastern Caribbean and other Commonwealth courts print
/// it under the appearances: the year, then each sitting's day, the last the day of
/// delivery ("2019:   May 6;" over "October 2."; "2020: January 14; 15; March 3.").
static YEAR_BLOCK_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<y>(?:19|20)\d{2})\s*:\s+(?P<d>(?:\p{L}+\.?\s+)?\d{1,2}(?:\s*[;,&]\s*(?:\p{L}+\.?\s+)?\d{1,2})*\s*[;.]?)$",
    )
});
/// A further line of the block: "July 28.", "October 2; 5."
static YEAR_BLOCK_MORE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?P<d>\p{L}+\.?\s+\d{1,2}(?:\s*[;,&]\s*(?:\p{L}+\.?\s+)?\d{1,2})*\s*[;.]?)$")
});

/// The last day of a court's year block ([`YEAR_BLOCK_RE`]) among the first sixty lines.
fn court_year_block(source: &str, lines: &[Line]) -> Option<Found<String>> {
    let texts: Vec<(usize, &str)> = lines
        .iter()
        .take(60)
        .map(|l| {
            let raw = l.text(source);
            let t = raw.trim();
            (l.start + offset_in(raw, t), t)
        })
        .filter(|(_, t)| !t.is_empty())
        .collect();
    let at = texts.iter().position(|(_, t)| YEAR_BLOCK_RE.is_match(t))?;
    let caps = YEAR_BLOCK_RE.captures(texts[at].1)?;
    let year = caps.name("y")?.as_str();
    let mut parts = vec![(
        texts[at].0 + caps.name("d")?.start(),
        caps.name("d")?.as_str(),
    )];
    for (b, t) in &texts[at + 1..] {
        let Some(d) = YEAR_BLOCK_MORE_RE.captures(t).and_then(|c| c.name("d")) else {
            break;
        };
        if month_number(
            t.split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches('.'),
        )
        .is_none()
        {
            break;
        }
        parts.push((b + d.start(), d.as_str()));
    }
    // The block ends with a full stop; its last month and day are the delivery's.
    let (b, last) = *parts.last()?;
    if !last.trim_end().ends_with('.') && parts.len() == 1 {
        return None;
    }
    let mut month = None;
    let mut day = None;
    for (b, part) in &parts {
        for item in part.split([';', ',', '&']) {
            let item = item.trim().trim_end_matches('.');
            let mut words = item.split_whitespace();
            let first = words.next().unwrap_or("");
            if let Some(m) = month_number(first.trim_end_matches('.')) {
                month = Some((m, *b));
                day = words.next().and_then(|d| d.parse::<u32>().ok());
            } else if let Ok(d) = first.parse::<u32>() {
                day = Some(d);
            }
        }
    }
    let (m, _) = month?;
    let d = day?;
    let y: i32 = year.parse().ok()?;
    let value = iso(y, Some(m), Some(d))?;
    Some(Found::new(
        value,
        Loc::Source(b..b + last.len()),
        "court_year_block",
    ))
}

/// An act's head line that sets its day beside its number (and the place), cells apart:
/// "3 April 2021      Velitsa      No. 214", "No. 12/2020   Kyiv   14.05.2020", as orders,
/// decrees and resolutions of ministries are printed: the day the act was made.
fn day_and_number_line(source: &str, lines: &[Line]) -> Option<Found<String>> {
    lines.iter().take(40).find_map(|line| {
        let text = line.text(source);
        let (at, hit) = day_number_cells(text)?;
        let start = line.start + at + hit.range.start;
        Some(Found::new(
            hit.iso,
            Loc::Source(start..start + hit.range.len()),
            "day_and_number_line",
        ))
    })
}

/// The day in a line of two or three cells, one a day alone and one a number ("3 April
/// 2021   Velitsa   No. 214"), with the offset of its cell in `text`.
fn day_number_cells(text: &str) -> Option<(usize, DateHit)> {
    static GAP_RE: LazyLock<Regex> = LazyLock::new(|| re(r"\s{3,}|\t+"));
    static NUMBER_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:No\.?|№|N[°º]\.?|Nr\.?)\s*[\p{L}\d][\p{L}\d/.\-]{0,20}$"));
    let lead = text.len() - text.trim_start().len();
    let t = text.trim();
    let mut cells = Vec::new();
    let mut at = 0;
    for gap in GAP_RE.find_iter(t) {
        cells.push((at, &t[at..gap.start()]));
        at = gap.end();
    }
    cells.push((at, &t[at..]));
    if !(2..=3).contains(&cells.len()) || !cells.iter().any(|(_, c)| NUMBER_RE.is_match(c)) {
        return None;
    }
    cells.iter().find_map(|(off, cell)| {
        parse_date(cell)
            .filter(|h| h.iso.len() == 10 && is_date_only(cell, h))
            .map(|hit| (lead + off, hit))
    })
}

/// An offprint's note naming the volume it comes from: "In: M. Hale and R. Osei (eds),
/// Courts under Pressure. Aldgate University Press, 2021, pp. 143-168": the press and its
/// year. Only a cover's line of its own: a paragraph opening "In:" among the first
/// [`VOLUME_LINES`] lines, before any notes or references heading and after at most one
/// paragraph of prose (an abstract). A note's marker ("1 In: ...") or a sentence before
/// it, or a second paragraph of prose, makes it a citation of another work.
fn volume_citation(source: &str) -> (Option<Found<String>>, Option<Found<String>>) {
    const VOLUME_LINES: usize = 12;
    static CITATION_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^In:\s+\p{Lu}[^()\n]{1,150}?\s*\((?i:eds?|editors?|hrsg)\.?\)\s*[,:]?\s+[^()]{5,250}?[.,]\s+(?P<p>\p{Lu}[\p{L}&'’ -]{1,60}?\s(?:University\s+Press|Press|Publishing|Publishers|Verlag|Editions|Éditions|Books))\s*,\s*(?P<y>(?:19|20)\d\d)\b",
        )
    });
    let Some(head) = source.get(..floor_boundary(source, EDGE_BYTES)) else {
        return (None, None);
    };
    static NOTES_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)^(?:notes|endnotes|footnotes|references|bibliography|works\s+cited|sources)\s*:?$")
    });
    let mut at = 0;
    let mut seen = 0;
    let mut prose = 0;
    let mut block = (0usize, false);
    let mut found = None;
    for raw in head.split_inclusive('\n') {
        let start = at;
        at += raw.len();
        let text = trim_decoration(raw);
        if text.is_empty() {
            if block.0 >= 150 && block.1 {
                prose += 1;
            }
            block = (0, false);
            continue;
        }
        seen += 1;
        if seen > VOLUME_LINES || NOTES_RE.is_match(text) {
            break;
        }
        if block.0 == 0 && prose <= 1 && text.starts_with("In:") {
            let from = start + offset_in(raw, text);
            if let Some(caps) = CITATION_RE.captures(&head[from..]) {
                found = Some((from, caps));
                break;
            }
        }
        block = (block.0 + text.len(), text.ends_with(['.', '!', '?']));
    }
    let Some((from, caps)) = found else {
        return (None, None);
    };
    let shift = |r: std::ops::Range<usize>| from + r.start..from + r.end;
    let p = caps.name("p").expect("group p");
    let y = caps.name("y").expect("group y");
    let name = p.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
    (
        Some(Found::new(
            name,
            Loc::Source(shift(p.range())),
            "volume_citation",
        )),
        Some(Found::new(
            y.as_str().to_string(),
            Loc::Source(shift(y.range())),
            "volume_citation",
        )),
    )
}

/// A masthead that joins the body's name to the document's type ("PRESS FREEDOM NETWORK
/// -- ALERT", "Kestria Bar Council - Press Release"; types in `rules/doctypes.json`):
/// the body is the publisher, the type no part of its name.
fn strip_doctype(publisher: &mut Found<String>) {
    for sep in [" -- ", " - ", " – ", " — ", ": ", " | "] {
        let Some((name, kind)) = publisher.value.rsplit_once(sep) else {
            continue;
        };
        let kind = kind.trim().to_lowercase();
        if name.split_whitespace().count() < 2 || !DOCTYPES.contains(&kind) {
            continue;
        }
        let name = tidy_name(name.trim());
        if let Loc::Source(r) | Loc::Original(r) = &mut publisher.loc {
            if r.len() == publisher.value.len() {
                r.end = r.start
                    + publisher
                        .value
                        .rfind(sep)
                        .map_or(r.len(), |k| k.min(r.len()));
            }
        }
        publisher.value = name;
        return;
    }
}

/// A mailing list's tag before the subject of a message ("[pfn-alerts] NORLAND: Two
/// reporters detained ..."), as list archives title each message: the list's, not the
/// message's. A tag is one word with no space, in small letters or joined by "-"/"_".
fn strip_list_tag(source: &str, title: &mut Found<String>) {
    static TAG_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\[(?P<t>[A-Za-z0-9][A-Za-z0-9._-]{1,40})\]\s+(?P<rest>\S.{7,})$"));
    let Some(caps) = TAG_RE.captures(&title.value) else {
        return;
    };
    let tag = caps.name("t").map_or("", |m| m.as_str());
    if !tag.contains(['-', '_']) && tag.chars().any(char::is_uppercase) {
        return;
    }
    let Some(rest) = caps.name("rest") else {
        return;
    };
    let cut = rest.start();
    if let Loc::Source(r) = &title.loc {
        if source.get(r.clone()) == Some(title.value.as_str()) {
            title.loc = Loc::Source(r.start + cut..r.end);
        }
    }
    title.value = rest.as_str().to_string();
}

/// A numeric day under a label in the head ("Date: 04/06/2024", a CMS's field table)
/// whose order of day and month the document settles: the document's other numeric days
/// with the same separator put the day first ("20/06/2024") or the month first
/// ("06/20/2024"), and never the other way. "04/06/2024" alone stays unread.
fn labelled_day_by_order(
    source: &str,
    original: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
) -> Option<Found<String>> {
    static LABELLED_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^(?:date|published|posted|issued|release\s+date|date\s+(?:of\s+)?(?:publication|issue|release))\s*:?\s+(?P<v>(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})[/.-](?P<y>(?:19|20)\d{2}))\b",
        )
    });
    static NUMERIC_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})[/.-](?:19|20)\d{2}\b"));
    let head_end = lines.partition_point(|l| l.start < EDGE_BYTES);
    for (idx, line) in lines[..head_end].iter().enumerate() {
        if drop.get(idx).copied().flatten().is_some() {
            continue;
        }
        let raw = line.text(source);
        let text = trim_decoration(raw);
        let Some(caps) = LABELLED_RE.captures(text) else {
            continue;
        };
        let num = |c: &regex::Captures<'_>, n: &str| c.name(n)?.as_str().parse::<u32>().ok();
        let (a, b, y) = (num(&caps, "a")?, num(&caps, "b")?, num(&caps, "y")?);
        let sep = caps.name("s")?.as_str();
        let (mut day_first, mut month_first) = (a > 12, b > 12);
        for other in NUMERIC_RE.captures_iter(original) {
            if other.name("s").map(|m| m.as_str()) != Some(sep) {
                continue;
            }
            let (x, z) = (num(&other, "a").unwrap_or(0), num(&other, "b").unwrap_or(0));
            day_first |= x > 12 && z <= 12;
            month_first |= z > 12 && x <= 12;
        }
        let value = match (day_first, month_first) {
            _ if a == b => iso(y as i32, Some(a), Some(a)),
            (true, false) => iso(y as i32, Some(b), Some(a)),
            (false, true) => iso(y as i32, Some(a), Some(b)),
            _ => None,
        }?;
        let v = caps.name("v")?;
        let start = line.start + offset_in(raw, text) + v.start();
        return Some(Found::new(
            value,
            Loc::Source(start..start + v.len()),
            "published_line",
        ));
    }
    None
}

/// A time over a dotted day at the head of a line under the headline ("14:05 /
/// 12.03.2024 Views: 1 482"), as news portals of central and eastern Europe stamp a
/// story: dots are a European writing, day first.
fn time_then_dotted_day(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
) -> Option<Found<String>> {
    static TIME_DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:[/|,·•-]\s*)?(?P<v>\d{1,2}\.\d{1,2}\.\d{4})(?:$|[\s,|·])",
        )
    });
    let head_end = lines.partition_point(|l| l.start < EDGE_BYTES);
    for (idx, line) in lines[..head_end].iter().enumerate() {
        if drop.get(idx).copied().flatten().is_some() {
            continue;
        }
        let raw = line.text(source);
        let text = trim_decoration(raw);
        let Some(v) = TIME_DAY_RE.captures(text).and_then(|c| c.name("v")) else {
            continue;
        };
        let hit = day_first(v.as_str())?;
        let start = line.start + offset_in(raw, text) + v.start() + hit.range.start;
        return Some(Found::new(
            hit.iso,
            Loc::Source(start..start + hit.range.len()),
            "published_line",
        ));
    }
    None
}

#[cfg(test)]
mod year_ended_tests {
    use super::year_ended;

    #[test]
    fn the_year_an_annual_report_ends_with_gives_its_twelve_months() {
        let p = |s: &str| year_ended(s).map(|f| (f.value.start, f.value.end));
        assert_eq!(
            p("I present the report of the Board for the year ended 30 June 2019."),
            Some(("2018-07-01".into(), "2019-06-30".into()))
        );
        assert_eq!(
            p("Accounts for the financial year ending 31 March 2020"),
            Some(("2019-04-01".into(), "2020-03-31".into()))
        );
        assert_eq!(
            p("the year ended December 31, 2015"),
            Some(("2015-01-01".into(), "2015-12-31".into()))
        );
        assert_eq!(p("The year ended with 40 executions."), None);
        // A release's boilerplate that names the company's annual filing.
        assert_eq!(
            p("Risks are described in the Annual Report on Form 10-K for the fiscal year ended January 31, 2009 and later filings."),
            None
        );
    }
}

/// Whether a UN heading's first lines hold its distribution line ("Distr.: General").
fn un_distribution_line(texts: &[(usize, &str, usize)]) -> bool {
    texts
        .iter()
        .take(16)
        .any(|(_, t, _)| t.to_ascii_lowercase().starts_with("distr."))
}

/// A country visit's heading over its author's line ("Visit to Norland" over "Report of
/// the Special Rapporteur on ..., NAME*"): the visit alone names no report, so the title
/// is "Visit to Norland: Report of the Special Rapporteur on ..., NAME". Any other title
/// stays as it is.
fn visit_with_author(title: Found<String>, author: &str, author_end: usize) -> Found<String> {
    static VISIT_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:(?i:(?:official\s+)?(?:visit|mission|follow-up\s+visit)\s+to)\s+\p{Lu}[^.:;]{1,60}|\p{Lu}[^.:;]{1,60}?\s*[-–—:]\s*(?i:visit|mission))$",
        )
    });
    let author = strip_note_marks(author);
    if !VISIT_RE.is_match(&title.value)
        || !author.to_ascii_lowercase().starts_with("report of the ")
    {
        return title;
    }
    let loc = match title.loc {
        Loc::Source(r) if r.start < author_end => Loc::Source(r.start..author_end),
        other => other,
    };
    Found::new(
        format!("{}: {author}", title.value),
        loc,
        "un_heading_visit",
    )
}

/// A paper's series strip: the series' name with its number or ISSN on one line
/// ("VELMAR CENTRE FOR HUMAN RIGHTS LAW - WORKING PAPER SERIES - No. 07/2024 - ISSN
/// 2750-1234"). Returns the strip's first cell when it names a body (else "").
fn series_strip(text: &str) -> Option<&str> {
    static STRIP_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\bISSN\s*:?\s*\d{4}-?\d{3}[\dX]\b|\b(?:working|discussion|research|occasional)\s+papers?\s+series\b|\b(?:bulletin|newsletter|briefing|digest|update|monitor)\s*[|\u{2022}\u{b7}]\s*(?:no\.?|number|issue|n[°º])\s*\d{1,4}\s*$",
        )
    });
    if text.len() > 200 || !STRIP_RE.is_match(text) {
        return None;
    }
    let cells: Vec<&str> = text
        .split(" - ")
        .flat_map(|c| c.split(['|', '\u{2022}', '\u{b7}', '\u{2013}', '\u{2014}']))
        .map(|c| c.trim().trim_matches(['*', '_']).trim())
        .filter(|c| !c.is_empty())
        .collect();
    let first = cells.first().copied().unwrap_or("");
    let named = cells.len() >= 2
        && !STRIP_RE.is_match(first)
        && (cover_masthead(first) || names_a_body(first));
    Some(if named { first } else { "" })
}

/// Whether the last line with text before line `idx` is the cover's masthead already
/// read as the publisher ("PARLIAMENTARY OMBUDSMAN OF NORLAND" over its "National
/// Preventive Mechanism against Torture", a partner's name beside the publisher's).
fn after_cover_masthead(source: &str, lines: &[Line], idx: usize, finds: &Finds) -> bool {
    let Some(prev) = lines[..idx]
        .iter()
        .rev()
        .find(|l| !trim_decoration(l.text(source)).is_empty())
    else {
        return false;
    };
    finds.publisher.as_ref().is_some_and(|p| {
        p.rule == "cover_masthead"
            && matches!(&p.loc, Loc::Source(r) if r.start >= prev.start && r.start <= prev.start + prev.text(source).len())
    })
}

/// A cover's short title in title case over its subtitle in sentence case ("Locked Out
/// of Justice" over "Pre-trial detention of women in Norland's northern provinces";
/// "Annual Report 2023" over "Monitoring places of deprivation of liberty under ..."):
/// the title stands alone.
fn title_over_subtitle(text: &str, next: &str) -> bool {
    let words = text.split_whitespace().count();
    (2..=8).contains(&words)
        && text.len() <= 80
        && title_cased(text)
        && !names_a_body(text)
        && !text.ends_with(['.', ':', ';', ',', '!', '?'])
        && next.split_whitespace().nth(3).is_some()
        && next.len() <= 150
        && next.starts_with(char::is_uppercase)
        && !title_cased(next)
        && !next.ends_with(['.', ':', ';', ',', '!', '?'])
        // A year may stand in the subtitle ("... after the 2018 reforms"), not a day or a
        // month.
        && (!next.contains(|c: char| c.is_ascii_digit())
            || parse_date(next).is_none_or(|h| h.iso.len() < 7))
}

/// A title that asks a question ("Does Legal Aid Keep People out of Jail?"): four words
/// or more in title case, no other sentence mark.
fn question_title(text: &str) -> bool {
    text.ends_with('?')
        && text.len() <= 120
        && text.split_whitespace().nth(3).is_some()
        && title_cased(text)
        && !text[..text.len() - 1].contains(['.', '?', '!', ';'])
}

/// Whether every word of `text` is capitalised or a small word of a title ("Habeas
/// Corpus under Emergency Rule", "Locked Out of Justice").
fn title_cased(text: &str) -> bool {
    const TITLE_SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "after", "against", "before", "between", "by", "for", "from",
        "in", "into", "of", "on", "or", "out", "over", "the", "to", "under", "with", "within",
        "without",
    ];
    text.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || !w.chars().any(char::is_alphanumeric)
            || TITLE_SMALL.contains(&w.to_lowercase().as_str())
    })
}

/// A body's name as a cover sets it under its masthead ("National Preventive Mechanism
/// against Torture and Ill-treatment", "KESSEL WOMEN'S NETWORK"): title case, a body's
/// word, no figure, no sentence.
fn body_under_masthead(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (2..=10).contains(&words)
        && text.starts_with(char::is_uppercase)
        && title_cased(text)
        && !text.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '?' | '!' | '.' | '/'))
        && text.split(|c: char| !c.is_alphanumeric()).any(|w| {
            let w = w.to_lowercase();
            // Under a mechanism's masthead, the bank it belongs to; under a
            // service's, its directorate or division.
            BODY_WORDS.contains(&w.as_str())
                || matches!(w.as_str(), "bank" | "directorate" | "division")
        })
}

/// The second line of a cover's title set in capitals, the kind of report and its year
/// ("FUNDAMENTAL RIGHTS" over "REPORT 2024").
fn kind_and_year(t: &str) -> bool {
    static KIND_YEAR_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:ANNUAL\s+|GLOBAL\s+|WORLD\s+|COUNTRY\s+)?(?:REPORT|REVIEW|SURVEY|INDEX|YEARBOOK|BULLETIN)\s+(?:19|20)\d\d(?:\s*[-–/]\s*(?:\d\d|(?:19|20)\d\d))?$",
        )
    });
    KIND_YEAR_RE.is_match(t)
}

/// A yearly publication's year from its imprint: a title naming its edition's year
/// ("Fundamental Rights Report 2024") and a copyright line of the publisher with that
/// year ("(c) European Union Agency for Fundamental Rights, 2024"): the year it came out
/// (so it is not read as the year covered).
fn copyright_edition(source: &str, finds: &mut Finds) {
    if finds.published.is_some() || finds.period.is_some() {
        return;
    }
    let Some(title) = finds.title.as_ref() else {
        return;
    };
    let Some(year) = NAME_YEAR_RE
        .captures(&title.value)
        .and_then(|c| c.name("year"))
        .map(|y| y.as_str().to_string())
    else {
        return;
    };
    let name = finds.publisher.as_ref().map(|p| p.value.to_lowercase());
    let head = &source[..floor_boundary(source, source.len().min(20_000))];
    let mut offset = 0;
    for line in head.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let lower = line.trim_start().to_lowercase();
        let Some(rest) = ["\u{a9}", "(c)", "copyright"]
            .iter()
            .find_map(|m| lower.strip_prefix(m))
        else {
            continue;
        };
        let rest = rest.trim_start();
        // "(c) 2024 NAME" or "(c) NAME, 2024": the year before the name or right after it.
        let (body, after) = match rest.strip_prefix(year.as_str()) {
            Some(after) => (after.trim_start(), ""),
            None => match rest.split_once(&format!(", {year}")) {
                Some((body, after)) => (body, after),
                None => continue,
            },
        };
        if after.starts_with(|c: char| c.is_ascii_digit())
            || name.as_ref().is_some_and(|n| !body.starts_with(n.as_str()))
            || body.split_whitespace().count() < 2
        {
            continue;
        }
        let end = start + line.trim_end().len();
        finds.published = Some(Found::new(
            year,
            Loc::Source(start..end),
            "copyright_edition",
        ));
        return;
    }
}

#[cfg(test)]
mod session29_tests {
    use super::*;
    use crate::chrome::classify;
    use crate::text::split_lines;

    fn meta_of(input: &str) -> Finds {
        let lines = split_lines(input);
        let drop = classify(input, &lines);
        from_lines(input, &lines, &drop, &mut vec![])
    }

    fn value<T: Clone>(f: &Option<Found<T>>) -> Option<T> {
        f.as_ref().map(|f| f.value.clone())
    }

    #[test]
    fn session29_labels_file_names_furniture_and_fiscal_years() {
        // "Date of report:" in a label block is the day of publication.
        let f = meta_of("HARBOUR JUSTICE PROJECT\n\nCOURT MONITORING NOTE No. 3\n\nCase:              State v. Omari and two others\nObserver:          Ms. L. Tan\nDate of report:    9 February 2022\n\nThe hearing was adjourned twice.\n");
        assert_eq!(value(&f.published).as_deref(), Some("2022-02-09"));
        // "Issued by: X" names the publisher, as a definition list turned into text gives it.
        let f = meta_of("Penalty notice: Greyfield Bank plc\n\nReference: PN-2021-004\n\nIssued by: Financial Ombudsman Office of Westland\n\nThe Office has fined the bank for unfair fees.\n");
        assert_eq!(
            value(&f.publisher).as_deref(),
            Some("Financial Ombudsman Office of Westland")
        );
        // "Version 3.0 - released DAY" (a dataset's README).
        let f = meta_of("# Westland Detention Register\n\nVersion 3.0 - released 2 March 2022\n\nEvery place of detention in Westland.\n");
        assert_eq!(value(&f.published).as_deref(), Some("2022-03-02"));
        // A translation's notice, a chapter's number, a picture and a numbered section
        // heading are no titles.
        let f = meta_of("Unofficial translation\n\nOn the conduct of peaceful assemblies\n\nThe Cabinet decides to approve the rules.\n");
        assert_eq!(
            value(&f.title).as_deref(),
            Some("On the conduct of peaceful assemblies")
        );
        let f = meta_of("Chapter 4\n\nPrisons and the Pandemic in Westland\n\nWhen the virus reached the prisons in 2020, they held twice their capacity.\n");
        assert_eq!(
            value(&f.title).as_deref(),
            Some("Prisons and the Pandemic in Westland")
        );
        let f = meta_of(
            "# 2 Findings {#findings}\n\nThe monitors found that most detainees had no lawyer.\n",
        );
        assert_ne!(value(&f.title).as_deref(), Some("2 Findings"));
        assert!(NOT_TITLE_RE.is_match("![](media/image3.jpeg){width=\"2in\"}"));
        assert!(NOT_TITLE_RE.is_match("DECREE"));
        assert!(stands_alone(
            "Fiscal Year 2018 Annual Report",
            "(October 1, 2017 - September 30, 2018)"
        ));
        // A converted cover: the body in bold capitals, the title in bold cut at its colon.
        let f = meta_of("**WESTLAND PRISON REFORM TRUST**\n\n**No Way Back:**\n\n**Returns at the Northern Border**\n\nBriefing \\| May 2022\n\n# 1 Introduction {#introduction}\n\nThe Trust documented 80 returns.\n");
        assert_eq!(
            value(&f.title).as_deref(),
            Some("No Way Back: Returns at the Northern Border")
        );
        assert_eq!(
            value(&f.publisher).as_deref(),
            Some("Westland Prison Reform Trust")
        );
        // A person after the label is no publisher.
        let f = meta_of(
            "A Note on Prisons\n\nSubmitted by: Ana Lund\n\nThe note sets out the facts.\n",
        );
        assert_eq!(value(&f.publisher), None);
        // An office's own name after "Issued by" stays whole.
        let f = meta_of("Penalty notice: Greyfield Bank plc\n\nIssued by: Office of the Banking Ombudsman of Westland\n\nThe Office has fined the bank.\n");
        assert_eq!(
            value(&f.publisher).as_deref(),
            Some("Office of the Banking Ombudsman of Westland")
        );
        // A meeting's record is dated by its "Held on:" label; a pandoc-escaped bar.
        let f = meta_of("WESTLAND BAR COUNCIL\n\nMINUTES OF THE 12TH MEETING OF THE COUNCIL\n\nHeld on:   Tuesday, 8 June 2021, 14:00\nVenue:     Council Chamber\n\n1. Apologies were received from two members.\n");
        assert_eq!(value(&f.published).as_deref(), Some("2021-06-08"));
        assert!(SERIES_NUMBER_RE.is_match("Research Report \\| May 2022"));
        // An act's line of day, place and number is no title.
        let f = meta_of("MINISTRY OF JUSTICE OF WESTLAND\n\nORDER\n\n12 May 2019        Port Elin        No. 88\n\nOn the register of places of detention\n\nPursuant to the Law on Prisons, I order:\n");
        assert_eq!(
            value(&f.title).as_deref(),
            Some("On the register of places of detention")
        );
        // A file's name is no title.
        assert!(file_name_title(
            "Microsoft Word - Annual_report_2020_FINAL.docx"
        ));
        assert!(file_name_title("shadow report westland v2.pdf"));
        assert!(file_name_title("Untitled document"));
        // A site's print view and a word processor's default name the kind, not the text.
        assert!(file_name_title("Printer-friendly version"));
        assert!(file_name_title("Letter"));
        assert!(!file_name_title(
            "Letter to the Minister of Justice on prison visits"
        ));
        assert!(!file_name_title("Word and deed: free speech in Westland"));
        // A slug, a working file's name and a typesetter's job name are no titles; a title
        // with a hyphenated word is one.
        assert!(file_name_title("WESTLAND-2019-PRISON-CONDITIONS"));
        assert!(file_name_title("Westland Brief_June 2020_FINAL"));
        assert!(file_name_title("jhr044 201..230"));
        assert!(!file_name_title("Follow-up to the visit to Westland"));
        assert!(!file_name_title("Post-2015 anti-torture agenda"));
        // A fiscal year's days in parentheses under the report's name, in US order.
        let p = |s: &str| year_ended(s).map(|f| (f.value.start, f.value.end));
        assert_eq!(
            p("State Prison Inspector\n\nFiscal Year 2018 Annual Report\n(October 1, 2017 - September 30, 2018)\n"),
            Some(("2017-10-01".to_string(), "2018-09-30".to_string()))
        );
    }

    #[test]
    fn session29_day_beside_number_sentence_of_publication_and_volume_citation() {
        let input = "Unofficial translation\n\nCABINET OF MINISTERS OF WESTLAND\n\nRESOLUTION\n\n12 May 2019        Port Elin        No. 88\n\nOn the register of places of detention\n";
        let lines = split_lines(input);
        assert_eq!(
            value(&day_and_number_line(input, &lines)).as_deref(),
            Some("2019-05-12")
        );
        // A line of a table with a number and no day reads nothing.
        let input = "Item        No. 4        Prisons\n";
        assert_eq!(day_and_number_line(input, &split_lines(input)), None);
        let f = meta_of("Westland Law Commission\n\nDiscussion Paper 12\n\nSentencing Children\n\nThis discussion paper was published on 4 October 2021. Comments may be sent by e-mail.\n");
        assert_eq!(value(&f.published).as_deref(), Some("2021-10-04"));
        let (publisher, published) = volume_citation("Torture and the courts\n\nA. Writer\n\nIn: B. Editor (ed.), Justice after Conflict:\nEssays. Northbridge Academic Press, 2018, pp. 1-20.\n");
        assert_eq!(
            value(&publisher).as_deref(),
            Some("Northbridge Academic Press")
        );
        assert_eq!(value(&published).as_deref(), Some("2018"));
        // A citation of another work with no editors reads nothing.
        assert_eq!(
            volume_citation("See A. Writer, Justice. Northbridge Academic Press, 2018.").0,
            None
        );
    }

    #[test]
    fn session29_review_meeting_day_version_letter_volume_line_and_kind_title() {
        // "Date of the meeting": the determiner is no dated noun.
        let f = meta_of("Eastmoor Legal Aid Board\n\nRecord of decisions\n\nDate of the meeting: 14 October 2020\n\nThe Board approved three grants.\n");
        assert_eq!(value(&f.published).as_deref(), Some("2020-10-14"));
        // Another act's day stays another's after "the".
        assert!(dated_other_act("Date of the hearing: 3 May 2020"));
        assert!(!dated_other_act("Date of the meeting: 3 May 2020"));
        // A version's letter before its number: "v2.1 - released DAY".
        let f = meta_of("# Eastmoor Custody Deaths Dataset\n\nv2.1 - released 19 August 2023\n\nEach row is one death in custody.\n");
        assert_eq!(value(&f.published).as_deref(), Some("2023-08-19"));
        // An edited volume cited in a note or the references is no imprint of the document.
        let note = "Capital cases in Eastmoor\n\nR. Tallis\n\nThe courts of Eastmoor passed eleven death sentences in 2019.\n\nMost were commuted on appeal.\n\nThe Supreme Court heard four of them.\n\n1 In: Hood (ed.), The Death Penalty. Oxford University Press, 2015.\n";
        assert_eq!(volume_citation(note), (None, None));
        let prose = "Capital cases in Eastmoor\n\nThe courts passed eleven sentences, as shown in: Hood (ed.), The Death Penalty. Oxford University Press, 2015.\n";
        assert_eq!(volume_citation(prose), (None, None));
        let late = "Capital cases in Eastmoor\n\nR. Tallis\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nNine.\n\nTen.\n\nIn: Hood (ed.), The Death Penalty. Oxford University Press, 2015.\n";
        assert_eq!(volume_citation(late), (None, None));
        let para = "The courts of Eastmoor passed eleven death sentences in 2019, most of them for drug offences, and the Supreme Court confirmed four of them on appeal after hearings that lasted less than a day each.";
        let two = format!("Capital cases in Eastmoor\n\nR. Tallis\n\n{para}\n\n{para}\n\nIn: Hood (ed.), The Death Penalty. Oxford University Press, 2015.\n");
        assert_eq!(volume_citation(&two), (None, None));
        // After one paragraph (an abstract), the cover's line is the volume's.
        let one = format!("Capital cases in Eastmoor\n\nR. Tallis\n\n{para}\n\nIn: Hood (ed.), The Death Penalty. Oxford University Press, 2015.\n");
        assert_eq!(
            value(&volume_citation(&one).0).as_deref(),
            Some("Oxford University Press")
        );
        let refs = "Capital cases in Eastmoor\n\nR. Tallis\n\nReferences\n\nIn: Hood (ed.), The Death Penalty. Oxford University Press, 2015.\n";
        assert_eq!(volume_citation(refs), (None, None));
        let f = meta_of(note);
        assert_eq!(value(&f.publisher), None);
        assert_ne!(value(&f.published).as_deref(), Some("2015"));
        // A bold title in capitals that opens with its kind is the title, not a body.
        let f = meta_of("**ANNUAL REPORT OF THE EASTMOOR HUMAN RIGHTS COMMISSION**\n\nThe Commission received 412 complaints in 2022.\n");
        assert_eq!(
            value(&f.title).as_deref(),
            Some("ANNUAL REPORT OF THE EASTMOOR HUMAN RIGHTS COMMISSION")
        );
        assert_ne!(
            value(&f.publisher).as_deref(),
            Some("Annual Report of the Eastmoor Human Rights Commission")
        );
    }
}

#[cfg(test)]
mod session37_tests {
    use crate::{parse, Config};
    use std::path::Path;

    /// Title, publisher and day of publication of a whole document as ingest reads it.
    fn read(name: &str, text: &str) -> [Option<String>; 3] {
        let doc = parse(Path::new(name), text.as_bytes(), &Config::default()).expect("reads");
        let m = doc.meta;
        [
            m.title.map(|f| f.value),
            m.publisher.map(|f| f.value),
            m.published.map(|f| f.value),
        ]
    }

    #[test]
    fn a_judgment_pronounced_on_a_day_with_counsel_under_each_party() {
        let text = "IN THE HIGH COURT OF WESTLAND AT PORT ELIN\n\n                         Reserved on: 3rd May, 2019\n                         Pronounced on: 21st June, 2019\n\n    CRL.A. 88/2018\n\n    ANNA BERG                              ..... Appellant\n                  Through:  Mr. T. Hale, Advocate with\n                            Ms. R. Vos, Advocate\n\n                  versus\n\n    STATE OF WESTLAND                      ..... Respondent\n                  Through:  Ms. L. Marr, APP\n\n    CORAM:\n    HON'BLE MR. JUSTICE K. DOVE\n\n                         JUDGMENT\n\n1. This appeal is against a conviction entered on 4th April, 2018 by the trial court, which sentenced the appellant to seven years.\n";
        let [title, _, published] = read("appeal.txt", text);
        assert_eq!(title.as_deref(), Some("ANNA BERG v. STATE OF WESTLAND"));
        assert_eq!(published.as_deref(), Some("2019-06-21"));
    }

    #[test]
    fn a_courts_year_block_is_dated_by_its_last_day() {
        let text = "THE SUPREME COURT OF EASTLAND\n\nIN THE COURT OF APPEAL\n\nCLAIM NO. 12 OF 2017\n\nBETWEEN:\n\n        TOM HALE\n                                       Appellant\n        and\n\n        THE QUEEN\n                                       Respondent\n\nBefore:\n      The Hon. Ms. Ada Rowe        Justice of Appeal\n\n      ______________________\n\n            2018:   January 9;\n                    May 3.\n      ______________________\n\nThe appellant was convicted on 2 March 2016 of robbery and sentenced on 5 April 2016.\n";
        let [_, _, published] = read("appeal.txt", text);
        assert_eq!(published.as_deref(), Some("2018-05-03"));
        // A year's line in a chronology with no full stop closing it dates nothing.
        let text = "Chronology of the case\n\n2018: January 9;\n\nThe court sat again later that year to hear argument on the sentence imposed.\n";
        let [_, _, published] = read("notes.txt", text);
        assert_eq!(published, None);
    }

    #[test]
    fn a_release_on_a_distribution_wire_is_its_issuers() {
        let html = r#"<html><head><title>Rights group condemns arrests | Wirecast News</title>
<meta property="og:site_name" content="Wirecast News"><meta name="author" content="Wirecast News"></head>
<body><article><h1>Rights group condemns arrests of striking miners</h1>
<div><span>News provided by <a href="/org/1">Westland Miners Solidarity Network</a></span> <span>Mar 3, 2021, 09:00 ET</span></div>
<p>PORT ELIN, March 3, 2021 /Wirecast News/ -- The network today condemned the arrest of twelve miners who had joined a strike over unpaid wages.</p>
<p>SOURCE Westland Miners Solidarity Network</p></article></body></html>"#;
        let [_, publisher, published] = read("release.html", html);
        assert_eq!(
            publisher.as_deref(),
            Some("Westland Miners Solidarity Network")
        );
        assert_eq!(published.as_deref(), Some("2021-03-03"));
    }

    #[test]
    fn a_news_database_export_gives_its_headline_after_hd() {
        let text = "News Archive Service                         Page 1 of 1\n\nHD\nCourt frees two reporters after appeal\n\nBY By Ann Vos\nWC 402 words\nPD 4 May 2020\nSN Eastland Wire Service\nLA English\n\nTD\nA court in Port Elin on Monday freed two reporters who had been jailed in March.\n";
        let [title, _, _] = read("export.txt", text);
        assert_eq!(
            title.as_deref(),
            Some("Court frees two reporters after appeal")
        );
    }

    #[test]
    fn a_note_verbale_is_its_senders() {
        let text = "NOTE VERBALE\n\nNo. 12/2021\n\nThe Embassy of the Republic of Westland in\nEastland presents its compliments to the Ministry of Foreign Affairs of Eastland and has the honour to transmit the enclosed reply.\n\nPort Elin, 3 May 2021\n";
        let [_, publisher, _] = read("note.txt", text);
        assert_eq!(
            publisher.as_deref(),
            Some("Embassy of the Republic of Westland in Eastland")
        );
    }

    #[test]
    fn a_journal_articles_press_publishes_it() {
        let text = "Eastland Law Review, 2020, 4(1), 10-30\n\nPrisons after the Emergency\nAnn Vos\n\n(c) The Author 2019. Published by Harbour University Press on behalf of the Eastland Law Society. All rights reserved.\n\n1 Introduction\nThe emergency ended in 2016, and the prisons emptied slowly over the following three years.\n";
        let [_, publisher, _] = read("article.txt", text);
        assert_eq!(publisher.as_deref(), Some("Harbour University Press"));
    }

    #[test]
    fn a_portal_page_names_its_department_and_a_section_title_gives_way_to_the_headline() {
        let html = r#"<html><head><title>News Room</title><meta property="og:title" content="News Room">
<meta property="og:site_name" content="Westland Portal">
<meta name="govuk:primary-publishing-organisation" content="Ministry of Water and Sanitation"></head>
<body><nav><a href="/">Home</a> / <a href="/news">News Room</a></nav><main>
<h1>Statement on the report of the Commission of Inquiry into the drought</h1>
<p>The Ministry welcomes the report and will answer each of its recommendations in writing.</p></main></body></html>"#;
        let [title, publisher, _] = read("statement.html", html);
        assert_eq!(
            title.as_deref(),
            Some("Statement on the report of the Commission of Inquiry into the drought")
        );
        assert_eq!(
            publisher.as_deref(),
            Some("Ministry of Water and Sanitation")
        );
    }

    #[test]
    fn a_posts_two_times_side_by_side_are_two_days() {
        let html = r#"<html><head><title>Detention without trial | Eastland Law Blog</title></head><body><article>
<h1 class="entry-title">Detention without trial</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/p/1"><time class="entry-date published" datetime="2019-05-02T09:00:00+00:00">2 May 2019</time><time class="updated" datetime="2020-07-08T10:00:00+00:00">8 July 2020</time></a></span></div>
<p>The new law allows the police to hold a suspect for ninety days without bringing charges.</p></article></body></html>"#;
        let [_, _, published] = read("post.html", html);
        assert_eq!(published.as_deref(), Some("2019-05-02"));
    }

    #[test]
    fn a_chapter_heading_and_a_mandates_statement() {
        let md = "---\ndescription: How to apply for bail.\nlayout:\n  title:\n    visible: true\n---\n\n# 3. Applying for bail\n\nThis chapter explains how a detained person can ask a magistrate for release while awaiting trial.\n\n## 3.1 Who may apply\n\nAny person held on a charge may apply.\n";
        let [title, _, _] = read("chapter.md", md);
        assert_eq!(title.as_deref(), Some("3. Applying for bail"));
        let md = "**Special Rapporteur on the right to adequate housing**\n\n**END OF MISSION STATEMENT**\n\nPort Elin, 9 May 2022\n\nAs my visit to Westland draws to a close, I would like to share some preliminary observations with you and with the press.\n\n## Evictions\n\nI heard many accounts of forced evictions carried out without notice or compensation.\n";
        // (The mandate is no title; a kind's name alone is none either.)
        let [title, publisher, _] = read("statement.md", md);
        assert_ne!(
            title.as_deref(),
            Some("Special Rapporteur on the right to adequate housing")
        );
        assert_eq!(
            publisher.as_deref(),
            Some("Special Rapporteur on the right to adequate housing")
        );
    }
}

#[cfg(test)]
mod session38_tests {
    use super::{cut_off_period, file_name_title, parse_date, parse_period};
    use crate::{parse, Config};
    use dossier_model::Document;
    use std::path::Path;

    fn doc(name: &str, text: &str) -> Document {
        parse(Path::new(name), text.as_bytes(), &Config::default()).expect("reads")
    }

    fn period(d: &Document) -> Option<(String, String)> {
        d.meta
            .period
            .as_ref()
            .map(|p| (p.value.start.clone(), p.value.end.clone()))
    }

    #[test]
    fn markdown_labels_in_bold_are_read_as_labels() {
        let text = "# Westland Sentencing Records\n\n**Maintained by:** Legal History Unit, University of Norden\n**Release date:** 3 June 2021\n**Coverage:** every sentence passed by the district courts of Westland, 1 March 1985 to 28 February 2001\n\nThe records were copied by hand from the registers of nine district courts and checked twice against the ministry's returns.\n";
        let d = doc("records.md", text);
        let value =
            |f: &Option<dossier_model::MetaField<String>>| f.as_ref().map(|f| f.value.clone());
        assert_eq!(
            value(&d.meta.publisher).as_deref(),
            Some("Legal History Unit, University of Norden")
        );
        assert_eq!(value(&d.meta.published).as_deref(), Some("2021-06-03"));
        assert_eq!(
            period(&d),
            Some(("1985-03-01".to_string(), "2001-02-28".to_string()))
        );
    }

    #[test]
    fn a_heading_naming_a_codebook_gives_way_to_the_datasets_name() {
        let text = "# Codebook\n\n## Westland Sentencing Dataset (WSD), version 3.0\n\nThe dataset lists every sentence of death passed in Westland since 1970, one row per sentence, with the court, the offence and the outcome of each appeal.\n";
        let d = doc("codebook.md", text);
        assert_eq!(
            d.meta.title.map(|f| f.value).as_deref(),
            Some("Westland Sentencing Dataset (WSD), version 3.0")
        );
    }

    #[test]
    fn a_front_matters_nested_last_update_is_no_day_of_publication() {
        let text = "---\nid: appeals\nsidebar_label: Appeals\nlast_update:\n  date: 2022-05-04\n  author: j.doe\n---\n\n# How to appeal a fine\n\nA fine imposed by a magistrate can be appealed within thirty days of the order, by a notice filed at the registry of the district court.\n";
        let d = doc("appeals.md", text);
        assert_eq!(d.meta.published, None);
        assert_eq!(
            d.meta.updated.map(|f| f.value).as_deref(),
            Some("2022-05-04")
        );
    }

    #[test]
    fn an_issue_date_label_and_a_meeting_held_on_a_day_date_the_document() {
        let text = "NORDEN CUSTODIAL SERVICE\n\nSERVICE ORDER 4/2021\n\nIssue date:          3 April 2021\nReview date:         2 April 2024\n\n1. This order sets out how cells are searched and how the search is recorded by the officer in charge of the wing.\n";
        let d = doc("order.txt", text);
        assert_eq!(
            d.meta.published.map(|f| f.value).as_deref(),
            Some("2021-04-03")
        );
        let text = "EASTON TOWN COUNCIL\n\nMINUTES\n\nHeld on Monday 4 March 2024 at 7pm\n\nPresent: the Mayor and eleven councillors. Apologies were received from two councillors who were away on council business.\n";
        let d = doc("minutes.txt", text);
        assert_eq!(
            d.meta.published.map(|f| f.value).as_deref(),
            Some("2024-03-04")
        );
    }

    #[test]
    fn a_weekday_settles_the_order_of_a_numeric_day() {
        // 5 June 2000 was a Monday, 6 May 2000 a Saturday.
        assert_eq!(
            parse_date("Monday, 06/05/00").map(|h| h.iso).as_deref(),
            Some("2000-06-05")
        );
        assert_eq!(
            parse_date("Saturday 06/05/2000").map(|h| h.iso).as_deref(),
            Some("2000-05-06")
        );
        // A weekday that fits neither order settles nothing.
        assert_eq!(parse_date("Tuesday, 06/05/00"), None);
    }

    #[test]
    fn periods_of_months_of_one_year_a_calendar_year_and_a_quarter() {
        let text = "Complaints Review\n\nThis review covers complaints recorded between March and August 2019 by the ombudsman's regional offices.\n\nThe ombudsman received more complaints than in any earlier half-year, most of them about the police.\n";
        assert_eq!(
            period(&doc("review.txt", text)),
            Some(("2019-03-01".to_string(), "2019-08-31".to_string()))
        );
        let text = "Westland\n\nUnless otherwise noted, this chapter covers developments during calendar year 2020 in the country.\n\nThe government arrested the leaders of two religious minorities and closed their places of worship.\n";
        assert_eq!(
            period(&doc("chapter.txt", text)),
            Some(("2020-01-01".to_string(), "2020-12-31".to_string()))
        );
        assert!(parse_period("calendar year 2020").is_some());
        let text = "CUSTODY DIGEST\nIssue No. 7 | Third Quarter 2023 (1 July - 30 September 2023)\n\nMonitors recorded nine deaths in custody during the quarter and two acquittals.\n";
        assert_eq!(
            period(&doc("digest.txt", text)),
            Some(("2023-07-01".to_string(), "2023-09-30".to_string()))
        );
        let text = "DETENTION MONITORING REPORT\n\nQuarter 2: April - June 2022\n\nMonitors visited fourteen police stations and two prisons during the quarter and spoke with 212 detainees.\n";
        assert_eq!(
            period(&doc("quarter.txt", text)),
            Some(("2022-04-01".to_string(), "2022-06-30".to_string()))
        );
    }

    #[test]
    fn a_scope_and_its_cut_off_in_one_sentence_give_the_period() {
        let text = "About this note\nThe note covers events from March 2016 onwards and is based on\ninformation up to 15 April 2020. Later events are not included.";
        let (p, _) = cut_off_period(text).expect("a period");
        assert_eq!(
            (p.start.as_str(), p.end.as_str()),
            ("2016-03-01", "2020-04-15")
        );
        let text = "This paper covers developments since 1 May 2017, with information until November 2019.";
        let (p, _) = cut_off_period(text).expect("a period");
        assert_eq!(
            (p.start.as_str(), p.end.as_str()),
            ("2017-05-01", "2019-11-30")
        );
        // A cut-off with no start is no period.
        assert!(cut_off_period("The note is based on information up to 15 April 2020.").is_none());
    }

    #[test]
    fn an_issues_closing_note_dates_it() {
        let body = "Monitors visited eleven prisons during the quarter and found most of them overcrowded. ".repeat(2);
        let text = format!("PRISON MONITOR\n\nOvercrowding grows in the northern prisons\n\n{body}\n\nThis issue was written by A. Writer and B. Writer and issued in Port Elin on 4 April 2019. Next issue: July 2019.\n");
        let d = doc("monitor.txt", &text);
        assert_eq!(
            d.meta.published.as_ref().map(|p| p.value.as_str()),
            Some("2019-04-04")
        );
    }

    #[test]
    fn an_edition_line_naming_its_issue_and_a_quarter_alone_gives_the_quarter() {
        let text = "PRISON MONITOR\nNewsletter \u{b7} Issue No. 6 \u{b7} Q2 2019\n\nMonitors visited eleven prisons during the quarter and found most of them overcrowded.\n";
        assert_eq!(
            period(&doc("monitor.txt", text)),
            Some(("2019-04-01".to_string(), "2019-06-30".to_string()))
        );
        let text = "PRISON MONITOR\nVol. 3 | Fourth Quarter 2018\n\nMonitors visited eleven prisons during the quarter and found most of them overcrowded.\n";
        assert_eq!(
            period(&doc("monitor.txt", text)),
            Some(("2018-10-01".to_string(), "2018-12-31".to_string()))
        );
        // A quarter with no issue beside it is none.
        let text = "PRISON MONITOR\nResults | Q2 2019\n\nMonitors visited eleven prisons during the quarter and found most of them overcrowded.\n";
        assert_eq!(period(&doc("monitor.txt", text)), None);
    }

    #[test]
    fn a_newsletter_is_dated_by_its_sending_not_by_a_wrapped_sentences_month() {
        let text = "**THE FORTNIGHT** \u{b7} Issue No. 40\n\n*Sent on Friday 2 June 2023 to 900 readers*\n\n# Court frees two journalists in Eastland\n\nThe appeal court ordered the release of two reporters on Tuesday.\n\n- The retrial of the three union leaders, adjourned twice, is now expected in\n  October 2023.\n";
        let d = doc("fortnight.md", text);
        assert_eq!(
            d.meta.published.map(|f| f.value).as_deref(),
            Some("2023-06-02")
        );
        // Without the sending line, the month that ends a wrapped sentence dates nothing.
        let text = "# Court frees two journalists in Eastland\n\n- The retrial of the three union leaders, adjourned twice, is now expected in\n  October 2023.\n\nThe appeal court ordered the release of two reporters on Tuesday after a hearing.\n";
        assert_eq!(doc("fortnight.md", text).meta.published, None);
        // A text's own dating sentence, wrapped before its day, dates it.
        let text = "Resolution 12 (2011)\n\nCouncil debate on 4 October 2011 (3rd Sitting). Text adopted by the Council on\n4 October 2011.\n\n1. The Council recalls its opposition to the death penalty in all circumstances.\n";
        assert_eq!(
            doc("resolution.txt", text)
                .meta
                .published
                .map(|f| f.value)
                .as_deref(),
            Some("2011-10-04")
        );
        // A dateline under a place line ends no wrapped sentence: the line above ends
        // in a name.
        let text = "NORDEN INFORMATION SERVICE\nPRESS BRIEFING\nCity Hall of Norden, Briefing Room Two\nTuesday, 11 June 2024, 10:30 a.m.\n\nThe spokesperson opened the briefing with a statement on the floods in the north.\n";
        assert_eq!(
            doc("briefing.txt", text)
                .meta
                .published
                .map(|f| f.value)
                .as_deref(),
            Some("2024-06-11")
        );
    }

    #[test]
    fn a_plain_text_cover_under_a_marking_or_a_report_number() {
        let text = "OFFICIAL\n\nNORDEN CUSTODIAL SERVICE\nDirectorate of Operations\n\n==========================================\nSERVICE INSTRUCTION                SI 4/2021\n==========================================\n\n          SEARCHING OF CELLS\n          IN REMAND CENTRES\n\nIssue date:          3 April 2021\n\n1. This instruction sets out how cells are searched and how each search is recorded by the officer in charge.\n";
        let d = doc("si.txt", text);
        assert_eq!(
            d.meta.publisher.map(|f| f.value).as_deref(),
            Some("Norden Custodial Service")
        );
        // Neither the directorate nor the instrument's line is the title (the title set
        // in capitals under them, or none).
        let title = d.meta.title.map(|f| f.value);
        assert!(
            title
                .as_deref()
                .is_none_or(|t| t.starts_with("SEARCHING OF CELLS")),
            "{title:?}"
        );
        let text = "                                        Report No. 55120-WL\n\n\n                 INDEPENDENT COMPLIANCE MECHANISM\n                 NORTHERN INVESTMENT BANK\n\n\n                 REPORT AND RECOMMENDATION\n                            ON\n                 REQUEST FOR INSPECTION\n\n\n                       June 3, 2022\n\n\n1. On February 2, 2022, the Mechanism received a request for inspection concerning a road project in Westland, submitted by residents.\n";
        let d = doc("panel.txt", text);
        assert_eq!(
            d.meta.publisher.map(|f| f.value).as_deref(),
            Some("Independent Compliance Mechanism")
        );
        assert_eq!(
            d.meta.title.map(|f| f.value).as_deref(),
            Some("REPORT AND RECOMMENDATION ON REQUEST FOR INSPECTION")
        );
    }

    #[test]
    fn a_covers_season_dates_it_by_its_year() {
        let text = "Waiting for Counsel\n\nPrepared for the Eastland Bar Council\n\nAccess to Justice Clinic Norden University Faculty of Law Autumn 2021\n\nThis report was written by students of the clinic under the supervision of two professors of the faculty.\n";
        assert_eq!(
            doc("clinic.txt", text)
                .meta
                .published
                .map(|f| f.value)
                .as_deref(),
            Some("2021")
        );
    }

    #[test]
    fn a_lists_name_in_the_head_is_no_title() {
        let html = r#"<html><head><title>News | Eastshire Police</title>
<meta property="og:title" content="Latest news and appeals"><meta property="og:site_name" content="Eastshire Police"></head>
<body><h1>Officers appeal for witnesses after a man is injured in a cell at Lowtown station</h1>
<p>Posted on: 2 May 2022</p><p>A man was taken to hospital on Saturday after he was injured in a cell at Lowtown police station, and the force has referred the matter to the complaints office.</p></body></html>"#;
        let d = doc("news.html", html);
        assert_eq!(
            d.meta.title.map(|f| f.value).as_deref(),
            Some(
                "Officers appeal for witnesses after a man is injured in a cell at Lowtown station"
            )
        );
    }

    #[test]
    fn working_names_with_a_state_or_a_day_in_figures_are_file_names() {
        assert!(file_name_title("Board Minutes 04032024 FINAL"));
        assert!(file_name_title("Annual review DRAFT 2"));
        assert!(file_name_title("Meeting notes 20240304"));
        assert!(!file_name_title("Annual Report 2023"));
        assert!(!file_name_title("THE FINAL REPORT"));
        assert!(!file_name_title("Report No. 1784522"));
    }
}

#[cfg(test)]
mod session39_tests {
    use crate::{parse, Config};
    use dossier_model::Document;
    use std::path::Path;

    fn doc(name: &str, text: &str) -> Document {
        parse(Path::new(name), text.as_bytes(), &Config::default()).expect("reads")
    }

    fn value(f: &Option<dossier_model::MetaField<String>>) -> Option<String> {
        f.as_ref().map(|f| f.value.clone())
    }

    #[test]
    fn a_news_database_print_gives_its_labelled_headline_and_its_day() {
        let text = "                                   Page 1\n\n\n                    4 of 19 DOCUMENTS\n\n           Copyright 2019 Eastland Wire Service Ltd.\n\n                        Eastland Daily Wire\n\n              March 3, 2019 Sunday 9:10 AM GMT\n\nSECTION: NATIONAL\n\nLENGTH: 402 words\n\nHEADLINE: Court orders retrial of two farmers sentenced in land\ndispute\n\nDATELINE: PORT ELIN, March 3\n\nBODY:\n\n   The High Court on Saturday ordered a new trial for two farmers who were sentenced to death last year after a dispute over grazing land ended in a killing.\n\nLOAD-DATE: March 5, 2019\n";
        let d = doc("print.txt", text);
        assert_eq!(
            value(&d.meta.title).as_deref(),
            Some("Court orders retrial of two farmers sentenced in land dispute")
        );
        assert_eq!(value(&d.meta.published).as_deref(), Some("2019-03-03"));
    }

    #[test]
    fn a_news_database_prints_headline_without_its_label_is_the_title() {
        let text = "                                   Page 1\n\n                    2 of 9 DOCUMENTS\n\n           Copyright 2015 Northwind News Agency\n\n                        Northwind News Agency -- English\n\n              June 9, 2015 Tuesday 8:05 PM GMT\n\nFishing village mourns crew lost\nin winter storm\n\nBYLINE: Ana Reyes\n\nSECTION: NATIONAL\n\nLENGTH: 312 words\n\nDATELINE: PORT ELIN, June 9 2015\n\n   Families gathered at the harbour on Tuesday to remember the six men whose trawler sank in January.\n\nLOAD-DATE: June 10, 2015\n";
        let d = doc("print.txt", text);
        assert_eq!(
            value(&d.meta.title).as_deref(),
            Some("Fishing village mourns crew lost in winter storm")
        );
        assert_eq!(value(&d.meta.published).as_deref(), Some("2015-06-09"));
    }

    #[test]
    fn a_line_of_categories_over_the_headline_is_no_title() {
        let text = "Asia, Courts & Law, Featured, Human Rights, Global Affairs\n\nFarmers Wait as the Appeal Court Weighs a Land Law\n\nBy A. Writer\n\nPORT ELIN, Mar 3 2019 (EWS) - Two farmers sentenced to death last year are still waiting for the appeal court to rule on the law that sent them to the gallows.\n";
        let d = doc("story.txt", text);
        assert_eq!(
            value(&d.meta.title).as_deref(),
            Some("Farmers Wait as the Appeal Court Weighs a Land Law")
        );
    }

    #[test]
    fn a_bulletins_masthead_issue_line_and_closing_period_are_read() {
        let text = "**COURT WATCH OBSERVATORY** | Hearing Bulletin | No. 3\n\n# Long detention before trial in the Northland assize courts\n\n*Issued in Port Elin on 9 June 2021*\n\n## 1. Overview\n\nOur monitors attended thirty hearings in twelve cases and found that most accused had waited more than a year for trial.\n\n## 2. Recommendations\n\nTo the Chief Justice:\n- Set a time limit for detention before trial.\n\n*Hearing Bulletin No. 3 covers hearings monitored between 1 March and 31 May 2021.*\n";
        let d = doc("bulletin.md", text);
        assert_eq!(
            value(&d.meta.publisher).as_deref(),
            Some("Court Watch Observatory")
        );
        assert_eq!(value(&d.meta.published).as_deref(), Some("2021-06-09"));
        let p = d.meta.period.as_ref().map(|p| p.value.clone());
        assert_eq!(
            p.map(|p| (p.start, p.end)),
            Some(("2021-03-01".to_string(), "2021-05-31".to_string()))
        );
    }

    #[test]
    fn a_covers_line_that_is_not_the_documents_own_is_no_period() {
        let text = "# Notes from the field\n\nWe visited the prison twice and met the governor, who promised to answer our letter within a month of the visit.\n\nThe governor's reply covers hearings held between 1 March and 31 May 2021 in another court.\n";
        let lines = crate::text::split_lines(text);
        assert!(super::tail_period(text, &lines).is_none());
        let own = text.replace("The governor's reply", "This note");
        let lines = crate::text::split_lines(&own);
        assert!(super::tail_period(&own, &lines).is_some());
    }

    #[test]
    fn a_cover_logo_in_lower_case_beside_its_slogan_names_the_body() {
        let text = "acme  |  for every river\n\nNorthland\nRiver Situation Report No. 4\n\nACME and partners reached 12,000 families with clean water in the quarter. ACME thanks its donors.\n";
        let d = doc("sitrep.txt", text);
        assert_eq!(value(&d.meta.publisher).as_deref(), Some("ACME"));
        assert_eq!(
            value(&d.meta.title).as_deref(),
            Some("Northland River Situation Report No. 4")
        );
    }

    #[test]
    fn a_social_title_that_is_the_sites_name_in_full_gives_way_to_the_heading() {
        let html = r#"<html><head><title>Blog | NRAC</title><meta property="og:title" content="Northland Rights Advocacy Coalition"><meta property="og:site_name" content="NRAC"></head><body><main><article><h1>What we saw at the women's prison this spring</h1><p>On 2 May 2022 a delegation of the Coalition visited the women's prison at Port Elin and met forty prisoners.</p></article></main><footer><p>© 2022 by Northland Rights Advocacy Coalition</p></footer></body></html>"#;
        let d = doc("post.html", html);
        assert_eq!(
            value(&d.meta.title).as_deref(),
            Some("What we saw at the women's prison this spring")
        );
    }

    #[test]
    fn a_blog_day_without_its_year_takes_the_year_the_post_and_its_copyright_give() {
        let html = r#"<html><head><title>Blog | NRAC</title><meta property="og:site_name" content="NRAC"></head><body><main><article><div><span>A. Writer</span><ul><li><span>May 4</span></li><li><span>3 min read</span></li></ul><span>Updated: May 9</span></div><h1>What we saw at the women's prison this spring</h1><p>On Monday, 2 May 2022, a delegation of the Coalition visited the women's prison at Port Elin and met forty prisoners.</p></article></main><footer><p>© 2022 by Northland Rights Advocacy Coalition</p></footer></body></html>"#;
        let d = doc("post.html", html);
        assert_eq!(value(&d.meta.published).as_deref(), Some("2022-05-04"));
        // No copyright year: no year.
        let bare = html.replace("© 2022 by ", "");
        let d = doc("post.html", &bare);
        assert_eq!(value(&d.meta.published), None);
    }

    #[test]
    fn a_social_title_the_correction_says_was_replaced_gives_way_to_the_heading() {
        let html = r#"<html><head><title>News Archives – The Valley Star</title><meta property="og:site_name" content="The Valley Star"><meta property="og:title" content="Former prisoner to speak on campus next week"></head><body><main><article><h1>'I never stopped writing letters': former prisoner tells students about his appeal</h1><p>March 1, 2023</p><p>More than two hundred students heard a former prisoner describe the appeal that freed him after eleven years.</p><p><em>Correction, March 6, 2023: An earlier version of this story misstated the year of his arrest. The headline was also updated.</em></p></article></main></body></html>"#;
        let d = doc("story.html", html);
        assert_eq!(
            value(&d.meta.title).as_deref(),
            Some("'I never stopped writing letters': former prisoner tells students about his appeal")
        );
        // Without the correction, the social title stands.
        let plain = html.replace(" The headline was also updated.", "");
        let d = doc("story.html", &plain);
        assert_eq!(
            value(&d.meta.title).as_deref(),
            Some("Former prisoner to speak on campus next week")
        );
    }

    #[test]
    fn a_welcome_title_gives_way_to_the_large_type_and_the_postal_block_publishes() {
        let html = r#"<html><head><title>Welcome to the Free Anna Berg Home Page</title></head><body><table><tr><td><p><font size="6"><b>SAVE THE LIFE<br>OF ANNA BERG!</b></font></p><p><font size="2">Anna Berg was sentenced to death in 1998 for a killing she has always denied. Her lawyers have asked the court for a new hearing on evidence that was never shown to the jury.</font></p><p><font size="2">Please write to the Governor and ask for a reprieve so that the new evidence can be heard by a court.</font></p><p><font size="2">Our committee is a small group of her family and friends. We are not lawyers and cannot give legal advice.</font></p><p><font size="2"><b>Committee to Save Anna Berg</b><br>P.O. Box 4411<br>Port Elin, NL 40112</font></p><p><font size="1">Page last updated: 03/04/01</font></p></td></tr></table></body></html>"#;
        let d = doc("campaign.html", html);
        assert_eq!(
            value(&d.meta.title).as_deref(),
            Some("SAVE THE LIFE OF ANNA BERG!")
        );
        assert_eq!(
            value(&d.meta.publisher).as_deref(),
            Some("Committee to Save Anna Berg")
        );
    }
}
