//! Judgments: the court that decided (as publisher), the day it decided when the
//! text gives it inside a longer line ("JUDGMENT OF THE LORDS ..., Delivered the 2nd
//! November 1993"), and a caption run together on one line ("BETWEEN A APPELLANT AND
//! B RESPONDENT").

use super::{offset_in, parse_date, re, tidy_name, Found, Loc, SMALL_WORDS};
use crate::chrome::trim_decoration;
use crate::text::Line;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Words that show a text is a judgment (lowercase, searched in its head).
const JUDGMENT_SIGNS: &[&str] = &[
    "judgment",
    "judgement",
    "appellant",
    "respondent",
    "petitioner",
    " v. ",
    " vs. ",
    " vs ",
    "decided",
    // The bench and the seat: "CORAM: HON. JUSTICE ...", "HOLDEN AT LUSAKA", "Before
    // the Honourable Mrs Justice ... in Chambers".
    "coram",
    "holden at",
    "in chambers",
];

/// Whether the head of a text (lowercase) reads as a judgment.
/// Whether the head of a judgment names an American court (whose numeric dates are
/// read month first).
pub(super) fn american(source: &str) -> bool {
    let head = source
        .get(..super::floor_boundary(source, super::EDGE_BYTES))
        .unwrap_or("");
    let lower = head.to_lowercase();
    lower.contains("united states") || head.contains("U.S.") || lower.contains("u. s.")
}

pub(super) fn is_judgment(head_lower: &str) -> bool {
    JUDGMENT_SIGNS.iter().any(|w| head_lower.contains(w))
}

/// Words a state's name may end a line with, its noun on the next line ("IN THE
/// SUPREME COURT OF THE DEMOCRATIC SOCIALIST" / "REPUBLIC OF SRI LANKA").
const DANGLING: &[&str] = &[
    "of",
    "the",
    "and",
    "for",
    "democratic",
    "socialist",
    "united",
    "federal",
    "islamic",
    "people's",
    "peoples",
    "arab",
    "popular",
    "plurinational",
    "co-operative",
    "cooperative",
    "independent",
];

fn is_court_word(lower: &str) -> bool {
    matches!(lower, "court" | "tribunal")
}

/// The name of a court that starts at byte `at` of `text`: capitalised words (small
/// words inside) up to "Court", "Tribunal" or "Privy Council", then perhaps "of ..."
/// or "for ...". Words in capitals stay in capitals: a name that opens in capitals
/// ends at the first word that is not ("CARIBBEAN COURT OF JUSTICE Appellate").
/// Returns the name's range in `text`; the name has at least two words.
fn court_name_at(text: &str, at: usize) -> Option<Range<usize>> {
    let words: Vec<(usize, &str)> = text[at..]
        .split(' ')
        .scan(at, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .take(20)
        .collect();
    let first = words.first()?.1;
    if !first.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).collect::<String>();
    let capitals = {
        let l = letters(first);
        l.len() >= 2 && !l.chars().any(char::is_lowercase)
    };
    let fits = |w: &str| -> bool {
        let core = w.trim_end_matches([',', '.', ';', ':', '|', ')']);
        if core.is_empty() {
            return false;
        }
        let lower = core.to_lowercase();
        if SMALL_WORDS.contains(&lower.as_str()) {
            return true;
        }
        let l = letters(core);
        if l.is_empty() || !core.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        !capitals || !l.chars().any(char::is_lowercase)
    };
    let mut end_word = None;
    let mut court_at = None;
    for (i, (_, w)) in words.iter().enumerate() {
        if !fits(w) {
            break;
        }
        let core = w.trim_end_matches([',', '.', ';', ':', '|', ')']);
        let lower = core.to_lowercase();
        let stops = core.len() < w.len();
        if court_at.is_none() {
            if i > 6 {
                return None;
            }
            let privy = lower == "council" && i > 0 && words[i - 1].1.eq_ignore_ascii_case("privy");
            // "COMPOSITION OF THE COURT", "Registry of the Court": a part of a
            // court, named by its article, is no court's name.
            let articled = i > 0
                && matches!(
                    words[i - 1].1.to_lowercase().as_str(),
                    "the" | "this" | "that"
                );
            if articled && is_court_word(&lower) {
                return None;
            }
            if is_court_word(&lower) || privy {
                court_at = Some(i);
                end_word = Some(i);
                if stops {
                    break;
                }
                continue;
            }
            if stops {
                return None;
            }
            continue;
        }
        // After the court word: "of X" / "for X" / "on X" ("African Court on Human and
        // Peoples' Rights") only.
        let Some(c) = court_at else { break };
        if i == c + 1 && !matches!(lower.as_str(), "of" | "for" | "on") {
            break;
        }
        if i > c + 12 {
            break;
        }
        if !SMALL_WORDS.contains(&lower.as_str()) {
            end_word = Some(i);
        }
        if stops {
            break;
        }
    }
    let (c, e) = (court_at?, end_word?);
    if e == 0 && c == 0 {
        return None; // "Court" alone
    }
    let (start, _) = words[0];
    let (last_start, last) = words[e];
    let core = last.trim_end_matches([',', '.', ';', ':', '|', ')']);
    Some(start..last_start + core.len())
}

static INLINE_COURT_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:in|judgment\s+of(?:\s+the\s+lords\s+of)?|judgement\s+of)\s+the\s+")
});
static LEADING_THE_RE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(?:in\s+)?(?:the\s+)?"));

/// The court that decided, from the head of a judgment: a line that is a court's name
/// ("Supreme Court of India", "IN THE CARIBBEAN COURT OF JUSTICE"), or one inside a
/// line after "in the" or "Judgment of the", in capitals or opening the line. A
/// court named after "from" is the one appealed from, never the publisher.
pub(super) fn court_publisher(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    head_end: usize,
) -> Option<Found<String>> {
    let mut prev_from = false;
    let mut content = 0;
    for idx in 0..head_end {
        let raw = lines[idx].text(source);
        let text = trim_decoration(raw);
        if text.is_empty() {
            continue;
        }
        let after_from = prev_from;
        prev_from = text.to_ascii_lowercase().ends_with("from");
        if drop.get(idx).copied().flatten().is_some() {
            continue;
        }
        content += 1;
        if content > 40 {
            return None;
        }
        let base = lines[idx].start + offset_in(raw, text);
        let lower = text.to_ascii_lowercase();
        if !(lower.contains("court") || lower.contains("tribunal") || lower.contains("council")) {
            continue;
        }
        // "From the Court of Appeal of Jamaica": the court appealed from.
        if lower.starts_with("from ") || lower.starts_with("on appeal from") {
            continue;
        }
        // The whole line is the name.
        let lead = LEADING_THE_RE.find(text).map_or(0, |m| m.end());
        if !after_from && text.len() <= 120 {
            if let Some(range) = court_name_at(text, lead) {
                let rest = text[range.end..].trim_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '.' | ',' | '|' | ':')
                });
                // "The European Court of Human Rights (First Section), sitting as a
                // Chamber composed of:": the court, past its chamber.
                let sitting = rest
                    .strip_prefix('(')
                    .and_then(|r| r.split_once(')'))
                    .is_some_and(|(inner, after)| {
                        inner.len() <= 40
                            && after
                                .trim_start_matches([',', ' '])
                                .to_ascii_lowercase()
                                .starts_with("sitting")
                    });
                // "... WEST AFRICAN STATES (ECOWAS)": the court and its acronym.
                let acronym = rest
                    .strip_prefix('(')
                    .and_then(|r| r.strip_suffix(')'))
                    .is_some_and(|inner| {
                        (2..=10).contains(&inner.len())
                            && inner.chars().all(|c| c.is_ascii_uppercase())
                    });
                if rest.is_empty() || sitting || acronym {
                    return Some(named(source, lines, idx, head_end, base, text, range));
                }
            }
        }
        // A name inside the line.
        for m in INLINE_COURT_RE.find_iter(text) {
            let before = text[..m.start()].to_ascii_lowercase();
            if before.trim_end().ends_with("from") {
                continue;
            }
            let Some(range) = court_name_at(text, m.end()) else {
                continue;
            };
            let name = &text[range.clone()];
            if m.start() == 0 || !name.chars().any(char::is_lowercase) {
                return Some(named(source, lines, idx, head_end, base, text, range));
            }
        }
    }
    None
}

/// The found court name at `range` of line `idx` (whose trimmed `text` starts at
/// `base`), carried onto the next line when the line ends inside a state's name.
fn named(
    source: &str,
    lines: &[Line],
    idx: usize,
    head_end: usize,
    base: usize,
    text: &str,
    range: Range<usize>,
) -> Found<String> {
    let name = &text[range.clone()];
    let mut value = name.to_string();
    let mut end = base + range.end;
    let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
    let next = (idx + 1..head_end.min(idx + 3))
        .find(|&j| !trim_decoration(lines[j].text(source)).is_empty());
    // "IN THE UNITED STATES COURT OF APPEALS" over "FOR THE FIFTH CIRCUIT": the name
    // goes on in the next line's "for"/"of" phrase.
    let goes_on = next.is_some_and(|j| {
        let more = trim_decoration(lines[j].text(source)).to_ascii_lowercase();
        (more.starts_with("for the ") || more.starts_with("of the "))
            && more.split(' ').count() <= 6
    });
    if range.end == text.len() && (DANGLING.contains(&last.as_str()) || goes_on) {
        if let Some(j) = next {
            let raw = lines[j].text(source);
            let more = trim_decoration(raw);
            let capitals = !name.chars().any(char::is_lowercase);
            let fits = more.len() <= 40
                && !more.chars().any(|c| c.is_ascii_digit())
                && more.split(' ').all(|w| {
                    SMALL_WORDS.contains(&w.to_lowercase().as_str())
                        || (w.starts_with(|c: char| c.is_uppercase())
                            && (!capitals || !w.chars().any(char::is_lowercase)))
                });
            if fits {
                value = format!("{name} {more}");
                end = lines[j].start + offset_in(raw, more) + more.len();
            }
        }
    }
    Found::new(
        tidy_name(&value),
        Loc::Source(base + range.start..end),
        "court",
    )
}

static DELIVERED_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)\b(?:delivered|decided|pronounced|handed\s+down|entered|announced|dated)\s*",
        // "... DELIVERED AT MOMBASA THIS 14TH DAY OF SEPTEMBER, 2018", "delivered in
        // open court at Nairobi on 5 May 2019", "Announced in open Court on 14.03.2019".
        r"(?:in\s+open\s+court\s*,?\s+)?",
        r"(?:at\s+\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?\s*,?\s+)?",
        r"(?:on\s+)?(?:this\s+|the\s+)?:?\s*"
    ))
});

/// The day of a judgment written inside a longer line: "..., Delivered the 2nd
/// November 1993", "Delivered on the 27th day June 2018" (not "Delivered by ...").
pub(super) fn decision_in_line(
    source: &str,
    lines: &[Line],
    range: Range<usize>,
    signature: bool,
) -> Option<Found<String>> {
    for line in lines.get(range)? {
        let text = line.text(source);
        for m in DELIVERED_RE.find_iter(text) {
            // "This appeal is against the judgment of the Court of Appeal ...
            // delivered on 9 June 2015": the day of the judgment appealed from.
            // "ENTERED this 3rd day of May, 2018": the order's entry, where the judge
            // signs; inside a sentence at the head it is the entry of something else.
            // "dated" at the head is another paper's day ("Appeal from the judgment of the
            // Court of Appeal dated 20th March, 2014"); at the end it is the judges' own
            // line ("Dated at Kampala this 9th day of November 2017").
            let verb = m.as_str().to_lowercase();
            if !signature && (verb.starts_with("entered") || verb.starts_with("dated")) {
                continue;
            }
            if verb.starts_with("dated") && appealed_from_above(source, lines, line) {
                continue;
            }
            let before = text[..m.start()].to_lowercase();
            // At a judgment's end, only the line the judges sign ("Dated, signed and
            // delivered at ... this ..."), never a sentence that cites another decision.
            if signature
                && (before.len() > 40 || before.chars().any(|c| c.is_ascii_digit() || c == '.'))
            {
                continue;
            }
            let clause = &before[before.rfind(". ").map_or(0, |i| i + 2)..];
            // "In Kafantayeni and others v Attorney General, decided on 27th April
            // 2007, this Court held ...": another case cited with its day.
            if !signature
                && [" v ", " v. ", " vs ", " vs. "]
                    .iter()
                    .any(|v| clause.contains(v))
            {
                continue;
            }
            if [
                "against",
                "appeal from",
                "appealed from",
                "lower court",
                "court below",
            ]
            .iter()
            .any(|cue| clause.contains(cue))
            {
                continue;
            }
            let rest = &text[m.end()..];
            // "Announced in open Court on 14.03.2019": a dotted day, day first.
            let Some(hit) = parse_date(rest)
                .filter(|hit| hit.range.start == 0)
                .or_else(|| {
                    DOTTED_HEAD_RE
                        .is_match(rest)
                        .then(|| super::day_first(rest))
                        .flatten()
                })
            else {
                continue;
            };
            if hit.iso.len() != 10 {
                continue;
            }
            let start = line.start + m.end();
            return Some(Found::new(
                hit.iso,
                Loc::Source(start..start + hit.range.end),
                "decision_line",
            ));
        }
    }
    None
}

static DOTTED_HEAD_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,2}\.\d{1,2}\.\d{4}\b"));

/// The days a court sat and the day it gave judgment, on one line: "14, 15 March and
/// 20 May 2016" (the last day is the judgment's), perhaps after the seat in capitals
/// ("HARARE: 12 NOVEMBER 2024 & 13 FEBRUARY 2025"), never after a label of hearing
/// ([`HEARING_LABELS`]).
static DAY_LIST_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^(?:(?P<place>(?-i:[A-Z][A-Z]+(?: [A-Z][A-Z]+)?)):\s*)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+MON)?(?:,?\s+\d{4})?\s*(?:,|and|&)\s*)+",
        r"(?P<last>\d{1,2}(?:st|nd|rd|th)?\s+MON,?\s+\d{4})\.?$"
    ))
});

/// Words of a label of hearing days ("HEARD: 14 & 15 March 2016", "DATE HEARD: ...",
/// "HEARING DATES: ..."): such a line's last day is no judgment's.
const HEARING_LABELS: &[&str] = &[
    "heard",
    "argued",
    "hearing",
    "hearings",
    "submitted",
    "reserved",
    "date",
    "dates",
    "on",
];

/// An American electronic filing's running header: "USCA11 Case: 22-12874  Document:
/// 61-1  Date Filed: 06/11/2024  Page: 1 of 14" (the court's CM/ECF stamp, month
/// first).
static FILED_HEADER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bcase:\s*\S+.*?\bdate\s+filed:\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\b")
});

/// The day an American court's opinion was filed, from the electronic filing header on
/// its first lines: the day of the decision (a date alone on a hard-wrapped line of
/// the body, "April 8, 2016.", is a lower court's).
pub(super) fn filed_header(source: &str, lines: &[Line]) -> Option<Found<String>> {
    lines.iter().take(3).find_map(|line| {
        let raw = line.text(source);
        let caps = FILED_HEADER_RE.captures(raw)?;
        let (m, d, y) = (
            caps["m"].parse::<u32>().ok()?,
            caps["d"].parse::<u32>().ok()?,
            caps["y"].parse::<u32>().ok()?,
        );
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1900..=2100).contains(&y) {
            return None;
        }
        let start = line.start + caps.name("m")?.start();
        let end = line.start + caps.name("y")?.end();
        Some(Found::new(
            format!("{y:04}-{m:02}-{d:02}"),
            Loc::Source(start..end),
            "filed_header",
        ))
    })
}

static JUDGMENT_NOTE_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^judge?ment\s+(?:reserved|delivered|given|handed\s+down)$"));

/// A day with the note on the judgment beside it, in the head of a judgment: "4 June
/// 2019 Judgment reserved." (the hearing's day stands alone above it).
pub(super) fn noted_day(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    lines[..head_end].iter().take(80).find_map(|line| {
        let raw = line.text(source);
        let text = trim_decoration(raw);
        if text.len() > 60 {
            return None;
        }
        let hit = parse_date(text).filter(|h| h.iso.len() == 10 && h.range.start == 0)?;
        let tail = text[hit.range.end..].trim_matches(['.', ' ', '\t']);
        if !JUDGMENT_NOTE_RE.is_match(tail) {
            return None;
        }
        let start = line.start + offset_in(raw, text) + hit.range.start;
        Some(Found::new(
            hit.iso,
            Loc::Source(start..start + hit.range.len()),
            "judgment_day_line",
        ))
    })
}

/// A caption line that is a day and nothing else but its lead ("ON FRIDAY, THE 12TH
/// DAY OF MAY, 2017", "Dated this 3rd day of June 2019"), above the body: the day
/// of the judgment.
pub(super) fn day_line(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    const LEAD: &[&str] = &[
        "on",
        "the",
        "this",
        "dated",
        "date",
        "delivered",
        "decided",
        "judgment",
        "judgement",
        "filed",
    ];
    for (idx, line) in lines[..head_end].iter().enumerate().take(40) {
        let raw = line.text(source);
        let text = trim_decoration(raw);
        // The body has begun.
        if text.split_whitespace().count() > 12 && text.ends_with('.') {
            return None;
        }
        // A front matter's "last_update:" / "  date: DAY": a page's last change.
        if super::under_update_key(source, lines, idx) {
            continue;
        }
        if text.is_empty() || text.len() > 90 {
            continue;
        }
        // "G.R. No. 139871        January 19, 2000": the docket number, and the day in
        // a column of its own beside it.
        if let Some(found) = docket_and_day(text, line.start + offset_in(raw, text)) {
            return Some(found);
        }
        let day_list = DAY_LIST_RE.captures(text).filter(|c| {
            c.name("place").is_none_or(|p| {
                !p.as_str()
                    .to_lowercase()
                    .split_whitespace()
                    .any(|w| HEARING_LABELS.contains(&w))
            })
        });
        if let Some(last) = day_list.and_then(|c| c.name("last")) {
            if let Some(hit) = parse_date(last.as_str()).filter(|h| h.iso.len() == 10) {
                let start = line.start + offset_in(raw, text) + last.start() + hit.range.start;
                return Some(Found::new(
                    hit.iso,
                    Loc::Source(start..start + hit.range.len()),
                    "judgment_day_line",
                ));
            }
        }
        if text.len() > 60 {
            continue;
        }
        let Some(hit) = parse_date(text) else {
            continue;
        };
        if hit.iso.len() != 10 {
            continue;
        }
        if !text[hit.range.end..].trim_matches(['.', ' ']).is_empty() {
            continue;
        }
        let lead = text[..hit.range.start].to_lowercase();
        let lead_ok = lead
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .all(|w| LEAD.contains(&w) || dossier_model::is_weekday_name(w));
        if !lead_ok || lead.trim().is_empty() {
            continue;
        }
        // "(Appeal from the decision of the High Court ...)" / "dated the 14th day of
        // August, 2017": the day of the decision appealed from.
        if lead.contains("dated") && appealed_from_above(source, lines, line) {
            continue;
        }
        let start = line.start + offset_in(raw, text) + hit.range.start;
        return Some(Found::new(
            hit.iso,
            Loc::Source(start..start + hit.range.len()),
            "judgment_day_line",
        ));
    }
    None
}

/// Whether one of the six lines above `line` names a decision appealed from.
fn appealed_from_above(source: &str, lines: &[Line], line: &Line) -> bool {
    let idx = lines.partition_point(|l| l.start < line.start);
    lines[idx.saturating_sub(6)..idx].iter().any(|l| {
        let t = l.text(source).to_ascii_lowercase();
        t.contains("appeal from") || t.contains("appealed from") || t.contains("(from ")
    })
}

/// A docket number ("G.R. No. 139871", "Case No. 12-345") with a day alone in a second
/// column (three spaces or more between them).
/// Or the day after a comma on the docket's line, as the Philippine reports head a
/// decision ("G.R. No. 238114, July 10, 2019").
fn docket_and_day(text: &str, base: usize) -> Option<Found<String>> {
    let gap = text.find("   ").or_else(|| {
        // The first comma that is followed by a date: "G.R. Nos. 2-3, May 1, 2019".
        text.match_indices(", ")
            .map(|(i, _)| i + 1)
            .find(|&i| parse_date(text[i..].trim_start()).is_some_and(|h| h.range.start == 0))
    })?;
    let (number, rest) = (text[..gap].trim().trim_end_matches(','), &text[gap..]);
    let cell = rest.trim_start();
    let at = base + text.len() - cell.len();
    let lower = number.to_lowercase();
    let docket = lower.split_whitespace().count() <= 5
        && (lower.contains("no.") || lower.contains("no ") || lower.contains("nos."))
        && number.chars().any(|c| c.is_ascii_digit());
    if !docket {
        return None;
    }
    let hit = parse_date(cell)?;
    if hit.iso.len() != 10 || !cell[hit.range.end..].trim_matches(['.', ' ']).is_empty() {
        return None;
    }
    if !cell[..hit.range.start].trim().is_empty() {
        return None;
    }
    Some(Found::new(
        hit.iso,
        Loc::Source(at + hit.range.start..at + hit.range.end),
        "judgment_day_line",
    ))
}

/// The day of decision in what follows a caption's parties on its line: "A vs B on 7
/// April, 1983", "A v B; ... [2017] KESC 2 (KLR) (14 December 2017) (Judgment)".
pub(super) fn caption_date(source: &str, lines: &[Line], end: usize) -> Option<Found<String>> {
    let idx = lines.partition_point(|l| l.start <= end).checked_sub(1)?;
    let line = lines[idx];
    let rest = source.get(end..line.end)?;
    let hit = parse_date(rest)?;
    if hit.iso.len() != 10 {
        return None;
    }
    let before = &rest[..hit.range.start];
    let marked = before.trim_end().ends_with(['(', ','])
        || before.trim_end().to_ascii_lowercase().ends_with(" on")
        || before.trim().eq_ignore_ascii_case("on");
    marked.then(|| {
        Found::new(
            hit.iso,
            Loc::Source(end + hit.range.start..end + hit.range.end),
            "judgment_caption_date",
        )
    })
}

/// A caption run together: "BETWEEN A APPELLANT AND B RESPONDENT", on one line or over
/// lines, the roles in either order ("Between: REGINA / Respondent / - and - / A. NAME /
/// Appellant"), perhaps in brackets after the name and under labels of a header table
/// ("Between: / MARA KESSEL (Appellant) / And: / ... (First Respondent)"). The first pair of parties gives the title "A v. B".
static BETWEEN_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        // "THE QUEEN" / "on the application of" / "DANIEL OKORO": an English claim for
        // judicial review, the Crown's name over the claimant's.
        r"(?i:\bbetween)\s*:?\s+(?P<a>\p{Lu}[^\n]{1,120}?(?:[ \t]*\n[ \t]*(?i:on\s+the\s+application\s+of)[ \t]*\n[ \t]*\p{Lu}[^\n]{1,120}?)?)[\s,]+\(?(?i:the\s+)?(?i:(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+)?",
        r"(?i:appellants?|petitioners?|plaintiffs?|applicants?|claimants?|complainants?|accused|respondents?|defendants?)\b",
        // "and", or an English court's "- and -" on a line of its own.
        r"[\s\S]{0,40}?\b(?i:and)\b[\s\-–—:]*(?P<b>\p{Lu}[^\n]{1,120}?)[\s,]+\(?(?i:the\s+)?",
        // "THE MINISTER OF POLICE        FIRST RESPONDENT": the role numbered.
        r"(?i:(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+)?",
        r"(?i:respondents?|defendants?|appellants?|petitioners?|applicants?|claimants?)\b"
    ))
});

/// A caption of matters, not parties: "IN THE MATTER OF: AN APPLICATION FOR A WRIT OF
/// HABEAS CORPUS" (its words may run on to the next line, in the column they start in)
/// heads a petition or an application that names no other side.
static MATTER_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?i:in\s+the\s+matter\s+of)\s*:?\s+(?P<v>\p{Lu}.{3,150})$"));

/// The first "In the Matter of ..." of a judgment's head as its title, when it names
/// no parties (see [`MATTER_RE`]).
pub(super) fn matter_caption(
    source: &str,
    lines: &[Line],
    head_end: usize,
) -> Option<Found<String>> {
    let mut content = 0;
    for idx in 0..head_end {
        let raw = lines[idx].text(source);
        let text = trim_decoration(raw);
        if text.is_empty() {
            continue;
        }
        content += 1;
        if content > 25 || text.split_whitespace().nth(30).is_some() {
            return None;
        }
        let Some(caps) = MATTER_RE.captures(text) else {
            continue;
        };
        let v = caps.name("v")?;
        let base = lines[idx].start + offset_in(raw, text);
        let column = raw.len() - raw.trim_start().len() + offset_in(text, v.as_str());
        let mut words = vec![v.as_str().trim().to_string()];
        let mut end = base + v.end();
        // The words carried on in the value's column ("                     AD
        // SUBJICIENDUM").
        if let Some(next) = lines.get(idx + 1) {
            let nraw = next.text(source);
            let lead = nraw.len() - nraw.trim_start().len();
            let t = nraw.trim();
            if !t.is_empty() && lead >= 8 && lead.abs_diff(column) <= 2 && t.len() <= 80 {
                words.push(t.to_string());
                end = next.start + lead + t.len();
            }
        }
        let matter = words.join(" ");
        let matter = matter.trim_end_matches([',', '.', ';']);
        // A caption in capitals as a reader writes it ("In the Matter of an Application
        // for ...").
        let title = if matter.chars().any(char::is_lowercase) {
            format!("In the Matter of {matter}")
        } else {
            let t = tidy_name(&format!("THE MATTER OF {matter}"));
            let t = t
                .split(' ')
                .map(|w| {
                    if matches!(w, "A" | "AN") {
                        w.to_lowercase()
                    } else {
                        w.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            format!("In t{}", &t[1..])
        };
        return Some(Found::new(title, Loc::Source(base..end), "judgment_matter"));
    }
    None
}

pub(super) fn between_caption(source: &str, head: usize) -> Option<Found<String>> {
    let head = source.get(..super::floor_boundary(source, head))?;
    let caps = BETWEEN_RE.captures(head)?;
    let (a, b) = (caps.name("a")?, caps.name("b")?);
    let clean = |s: &str| {
        super::cut_leader(s)
            .trim()
            .trim_end_matches(',')
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | '('))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (va, vb) = (clean(a.as_str()), clean(b.as_str()));
    if va.len() < 2 || vb.len() < 2 {
        return None;
    }
    Some(Found::new(
        format!("{va} v. {vb}"),
        Loc::Source(a.start() + offset_in(a.as_str(), a.as_str().trim_start())..b.end()),
        "judgment_caption",
    ))
}

/// A judgment's case number: "SC Appeal No.139/2014", "Privy Council Appeal No. 10 of
/// 1993", "(Application no. 14038/88)", "CCJ Appeal No. BBCR2017/002".
static CASE_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?:^|[\s(\[])(?P<v>(?:(?:[A-Z]{1,5}|privy\s+council|civil|criminal|writ|special\s+leave)\s+)?",
        r"(?:appeal|application|petition|case|reference)\s+nos?\.?\s*[A-Z0-9][A-Z0-9/\-]*[A-Z0-9]",
        r"(?:\s+of\s+(?:19|20)\d\d)?)"
    ))
});

/// The first case number in the head of a judgment.
pub(super) fn case_number(source: &str, lines: &[Line], head_end: usize) -> Option<Found<String>> {
    lines[..head_end].iter().take(60).find_map(|line| {
        let text = line.text(source);
        let caps = CASE_NUMBER_RE.captures(text)?;
        let v = caps.name("v")?;
        Some(Found::new(
            v.as_str().to_string(),
            Loc::Source(line.start + v.start()..line.start + v.end()),
            "case_number",
        ))
    })
}

/// Whether the head of a judgment holds an appellate court's summary block, which names
/// the court below and its judge ("TRIAL JUDGE:", "COURT FROM WHICH APPEALED:").
pub(super) fn appeal_summary(source: &str, lines: &[Line], head_end: usize) -> bool {
    lines[..head_end].iter().take(60).any(|l| {
        let t = trim_decoration(l.text(source)).to_ascii_lowercase();
        t.starts_with("trial judge:") || t.starts_with("court from which appealed:")
    })
}

static DISPOSITION_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^disposition\s*:\s*[A-Za-z ,&/;()-]{3,120}?\s[-–—]\s*(?P<v>\S.{5,30})$")
});

/// The day of an appellate court's decision in its summary block: "DISPOSITION:
/// AFFIRMED - 08/23/2018", "DISPOSITION: REVERSED AND REMANDED - 03/14/2019".
pub(super) fn disposition_day(
    source: &str,
    lines: &[Line],
    head_end: usize,
) -> Option<Found<String>> {
    lines[..head_end].iter().take(60).find_map(|l| {
        let raw = l.text(source);
        let text = trim_decoration(raw);
        let caps = DISPOSITION_RE.captures(text)?;
        let v = caps.name("v")?;
        let hit = parse_date(v.as_str()).filter(|h| h.iso.len() == 10 && h.range.start == 0)?;
        let start = l.start + offset_in(raw, text) + v.start() + hit.range.start;
        Some(Found::new(
            hit.iso,
            Loc::Source(start..start + hit.range.len()),
            "disposition_line",
        ))
    })
}

/// The seat and the day on one line at a judgment's foot: "NEW DELHI; FEBRUARY 06, 2024.",
/// "Lahore, 14.03.2022".
static SEAT_DAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?P<seat>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s*[;,]\s*(?P<v>\S.{5,40})$")
});

/// Whether `t` names a seat and nothing else ("NEW DELHI;", "Kampala,", "New Delhi"): one
/// to three capitalised words, no digits, no brackets, no label of hearing ("Reserved
/// on"), no judge's mark ("J.").
fn seat_alone(t: &str, stopped: bool) -> bool {
    let name = t.trim_end_matches([';', ',']).trim_end();
    // Set off by its stop, or in capitals: a word in title case alone may be a label.
    let marked = stopped || name.len() < t.len() || !name.chars().any(char::is_lowercase);
    let words: Vec<&str> = name.split_whitespace().collect();
    marked
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
        && !words.iter().any(|w| {
            let lower = w.to_lowercase();
            HEARING_LABELS.contains(&lower.trim_end_matches('.'))
                || [
                    "dated",
                    "judge",
                    "justice",
                    "j.",
                    "cj.",
                    "cj",
                    "appellant",
                    "respondent",
                    "petitioner",
                    "applicant",
                    "accused",
                    "counsel",
                    "advocate",
                    "order",
                    "judgment",
                    "judgement",
                ]
                .contains(&lower.as_str())
        })
}

/// A whole day and nothing else but a closing stop: "FEBRUARY 06, 2024.", "6 February
/// 2024", "06.02.2024" (dotted, day first).
fn day_alone(t: &str) -> Option<super::DateHit> {
    let t = t.trim_end_matches(['.', ' ']);
    let hit = parse_date(t)
        .filter(|h| h.iso.len() == 10 && h.range.start == 0 && h.range.end == t.len())
        .or_else(|| {
            super::DOTTED_DATE_RE
                .is_match(t)
                .then(|| super::day_first(t))
                .flatten()
        })?;
    (hit.iso.len() == 10).then_some(hit)
}

/// The day a judgment is signed at its foot, under the judges' names: the seat over the
/// day ("NEW DELHI;" / "FEBRUARY 06, 2024."), or both on one line ("New Delhi, February
/// 6, 2024"), among the last ten lines with words: the day of the judgment (an
/// electronic signature's stamp or a file's day, later, is not).
pub(super) fn seat_and_day_foot(source: &str, lines: &[Line]) -> Option<Found<String>> {
    let tail: Vec<(usize, &str)> = lines
        .iter()
        .rev()
        .map(|l| {
            let raw = l.text(source);
            let t = trim_decoration(raw);
            (l.start + offset_in(raw, t), t)
        })
        .filter(|(_, t)| !t.is_empty())
        .take(10)
        .collect();
    for (k, &(base, t)) in tail.iter().enumerate() {
        if t.len() > 60 {
            continue;
        }
        if let Some(caps) = SEAT_DAY_RE.captures(t) {
            let (seat, v) = (caps.name("seat")?, caps.name("v")?);
            if seat_alone(seat.as_str(), true) {
                if let Some(hit) = day_alone(v.as_str()) {
                    let start = base + v.start() + hit.range.start;
                    return Some(Found::new(
                        hit.iso,
                        Loc::Source(start..start + hit.range.len()),
                        "judgment_foot_day",
                    ));
                }
            }
        }
        let Some(hit) = day_alone(t) else {
            continue;
        };
        // The line above (the next in `tail`, read from the end) names the seat.
        if tail
            .get(k + 1)
            .is_some_and(|(_, above)| seat_alone(above, false))
        {
            let start = base + hit.range.start;
            return Some(Found::new(
                hit.iso,
                Loc::Source(start..start + hit.range.len()),
                "judgment_foot_day",
            ));
        }
    }
    None
}
