//! From page text to kept text: page furniture out, soft wraps joined, paragraphs kept.
//!
//! Input is the text of each page in reading order, lines as the extractor broke them.
//!
//! **Furniture** (running headers and footers, page numbers, thumb-index tabs) is a
//! line that is one of:
//! - a *running title*: the whole line is "NAME Report YYYY" / "NAME Annual Report YYYY"
//!   where NAME looks like an organisation ([`running_title`]), wherever it stands;
//! - a bare page number (1–4 digits) standing alone, first or last on its page, or
//!   ending a block right after the end of a sentence or where the document's page
//!   numbering (the usual number minus page index) expects it;
//! - a *thumb tab*: 1–4 capital letters standing alone on at least two pages, or next
//!   to other furniture, or first/last on a page of a document that has tabs;
//! - a *repeated line*: at most 80 characters and not ending a sentence, standing alone,
//!   ending a block, or first or last on its page, whose text (digits masked) appears
//!   like that on at least two pages and on at least a quarter of them.
//!
//! A running title seen on two or more pages is also cut from the end of a line that
//! it was glued to.
//!
//! **Paragraphs.** Lines inside a paragraph are joined with a space, so sentences stay
//! whole. A line that starts a paragraph and reads as a heading ([`heading_like`])
//! keeps its own line. A line break becomes a newline only after a short line (under 70 % of the
//! page's usual line length) when the next line does not start in lower case (headings,
//! list lines), and a blank line where such a short line ends a sentence or the next line
//! is a bullet. Across a blank line, page break or removed furniture, text is joined when
//! it clearly continues (the next part starts in lower case, or the previous one ends a
//! full-width line in the middle of a sentence). A hyphen at the end of a line is removed
//! when the next line starts in lower case ("execu-" + "tions"), unless the document
//! spells that hyphenated word elsewhere ("co-" + "operation"); before a capital it stays
//! ("Kassym-" + "Jomart").
//!
//! Control characters and private-use glyphs that fonts use for bullets become "• ", and
//! so does a stray "b " before a capital at the start of a line (a bullet glyph that some
//! fonts map to the letter b).

use regex::Regex;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

/// Running titles seen: the line, its publisher, (year named, year covered), its pages.
type Runnings = HashMap<String, (String, (i32, i32), HashSet<usize>)>;

/// A running title read from the furniture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Running {
    /// The footer as printed, e.g. "Amnesty International Report 2011".
    pub title: String,
    /// The organisation part, e.g. "Amnesty International".
    pub publisher: String,
    /// The year in the title.
    pub year: i32,
    /// The year the report covers: the year before the title's ("Report 2011" covers
    /// 2010), or the first year of a split one ("Report 2016/17" covers 2016).
    pub covers: i32,
    /// On how many pages it was seen.
    pub pages: usize,
}

/// The kept text of a PDF and what its furniture said.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub text: String,
    /// The most frequent running title, with its range in `text` (it is kept once, as
    /// the first line).
    pub running: Option<(Running, Range<usize>)>,
    /// Lines removed as furniture.
    pub furniture_lines: usize,
    /// The running headers and footers removed (each once, in page order; no page
    /// numbers or tabs): "Briefing Paper No. 12 | September 2020", "(c) Example 2020".
    pub furniture: Vec<String>,
    /// Where each page begins in `text` (byte offset; page `n` at `pages[n - 1]`). The
    /// first page begins at 0 (the running title kept above the body is on it); a page
    /// without text begins where the next one does.
    pub pages: Vec<usize>,
}

/// Words that make a name look like an organisation.
const ORG_WORDS: &[&str] = &[
    "international",
    "watch",
    "institute",
    "commission",
    "committee",
    "council",
    "organization",
    "organisation",
    "federation",
    "foundation",
    "office",
    "agency",
    "centre",
    "center",
    "network",
    "association",
    "union",
    "nations",
    "ombudsman",
    "rights",
    "freedom",
    "house",
    "league",
    "society",
    "alliance",
    "fund",
    "bank",
    "programme",
    "program",
    "department",
    "ministry",
    "unhcr",
    "unicef",
    "osce",
];

static RUNNING_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<pub>[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z][\w&.'’\-]*|of|for|and|on|the|&))*?)\s+(?:(?:Annual|World|Global|Country)\s+)?Report\s+(?P<year>(?:19|20)\d\d)(?P<slash>\s*/\s*\d\d)?$",
    )
    .expect("running title regex compiles")
});

/// Whether `line` (trimmed, whitespace folded) is a running title such as
/// "Amnesty International Report 2011" or "... Report 2016/17"; returns (publisher, the
/// year in the title, the year covered).
pub fn running_title(line: &str) -> Option<(String, i32, i32)> {
    // "AMNESTY INTERNATIONAL REPORT 2008": a running head set in capitals reads as the
    // name written as a reader writes it.
    if line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase) {
        let cased = crate::meta::tidy_name(line);
        if cased.chars().any(char::is_lowercase) {
            return running_title(&cased);
        }
    }
    if line.len() > 100 || !line.ends_with(|c: char| c.is_ascii_digit()) || !line.contains("Report")
    {
        return None;
    }
    let caps = RUNNING_RE.captures(line)?;
    let publisher = caps.name("pub")?.as_str().to_string();
    let year = caps.name("year")?.as_str().parse().ok()?;
    let words: Vec<&str> = publisher.split_whitespace().collect();
    if words.len() > 6 {
        return None;
    }
    let org_like = words.iter().any(|w| {
        let w = w.to_lowercase();
        ORG_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
    });
    let covers = if caps.name("slash").is_some() {
        year
    } else {
        year - 1
    };
    // "Fundamental Rights Report 2024", "Human Rights Report 2019": a report named for its
    // subject, no body's name before "Report".
    let topic = words.len() <= 2
        && words.last().is_some_and(|w| {
            matches!(w.to_lowercase().as_str(), "rights" | "freedom" | "freedoms")
        });
    (org_like && !topic).then_some((publisher, year, covers))
}

/// A footer line without the page number some extractors glue to it:
/// "75Amnesty International Report 2011", "Amnesty International Report 2011 76".
fn without_page_number(line: &str) -> &str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let line = if (1..=4).contains(&digits) && line[digits..].starts_with(char::is_alphabetic)
        || line[digits..].starts_with(' ') && (1..=4).contains(&digits)
    {
        line[digits..].trim_start()
    } else {
        line
    };
    let tail = line.bytes().rev().take_while(u8::is_ascii_digit).count();
    let head = &line[..line.len() - tail];
    if (1..=4).contains(&tail)
        && head.ends_with(' ')
        && head.trim_end().ends_with(|c: char| c.is_ascii_digit())
    {
        head.trim_end()
    } else {
        line
    }
}

/// Normalise one line: bullets, control characters, trailing space.
fn normalize(line: &str) -> String {
    let trimmed = line.trim_end();
    let body = trimmed.trim_start();
    let mut chars = body.chars();
    let first = chars.next();
    let rest = chars.as_str();
    let is_glyph = |c: char| c.is_control() || ('\u{E000}'..='\u{F8FF}').contains(&c) || c == '•';
    let bullet = match first {
        Some(c) if is_glyph(c) && rest.starts_with(char::is_whitespace) => Some(rest),
        Some('b')
            if rest.starts_with(' ')
                && rest[1..].starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"') =>
        {
            Some(rest)
        }
        _ => None,
    };
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .filter(|c| !c.is_control() && !('\u{E000}'..='\u{F8FF}').contains(c))
            .collect()
    };
    match bullet {
        Some(rest) => format!("• {}", clean(rest.trim_start())),
        None => clean(body),
    }
}

/// Whitespace folded to single spaces; most lines already are (they are normalised),
/// and are borrowed.
fn fold(s: &str) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    // ASCII whitespace as `split_whitespace` reads it (which counts U+000B too).
    let ws = |b: &u8| b.is_ascii() && (*b as char).is_whitespace();
    let mut folded = !bytes.first().is_some_and(ws) && !bytes.last().is_some_and(ws);
    let mut non_ascii = false;
    let mut prev_space = false;
    for &b in bytes {
        if !folded {
            break;
        }
        non_ascii |= b >= 0x80;
        let space = b == b' ';
        folded = !(space && prev_space) && (space || !ws(&b));
        prev_space = space;
    }
    if folded && non_ascii {
        folded = !s.chars().any(|c| !c.is_ascii() && c.is_whitespace());
    }
    if folded {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Repetition key: whitespace folded, digits masked.
fn key(line: &str) -> Cow<'_, str> {
    let folded = fold(line);
    if !folded.bytes().any(|b| b.is_ascii_digit()) {
        return folded;
    }
    Cow::Owned(
        folded
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect(),
    )
}

fn is_page_number(line: &str) -> bool {
    let t = line.trim();
    (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

fn is_tab(line: &str) -> bool {
    let t = line.trim();
    (1..=4).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase())
}

/// Where a line sits on its page.
#[derive(Clone, Copy)]
struct Place {
    alone: bool,
    block_end: bool,
    edge: bool,
}

fn places(lines: &[String]) -> Vec<Place> {
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    let blank = |i: Option<usize>| i.and_then(|i| lines.get(i)).is_none_or(|l| l.is_empty());
    (0..lines.len())
        .map(|i| {
            let before = blank(i.checked_sub(1));
            let after = blank(Some(i + 1));
            let rank = nonblank.iter().position(|&j| j == i);
            let edge = rank.is_some_and(|r| r == 0 || r + 1 == nonblank.len());
            Place {
                alone: before && after,
                block_end: after,
                edge,
            }
        })
        .collect()
}

/// Clean the text of the pages (in order) into kept text.
pub fn clean<S: AsRef<str>>(pages: &[S]) -> Layout {
    clean_with(pages, false)
}

/// [`clean`]; `joined_hyphens` says the extractor joined every line-end hyphen to the
/// next line (`pdftotext`'s plain output does), so hyphens are put back where the join
/// made one word of two capitalised ones ([`rehyphenate`]).
pub fn clean_with<S: AsRef<str>>(pages: &[S], joined_hyphens: bool) -> Layout {
    let pages: Vec<Vec<String>> = pages
        .iter()
        .map(|p| {
            let lines: Vec<String> = p
                .as_ref()
                .lines()
                .map(|l| {
                    let l = normalize(l);
                    without_footnote_marks(&l).unwrap_or(l)
                })
                .collect();
            if !joined_hyphens {
                return lines;
            }
            let width = usual_width(&lines);
            lines
                .into_iter()
                .map(|l| rehyphenate(&l, width).unwrap_or(l))
                .collect()
        })
        .collect();
    let place: Vec<Vec<Place>> = pages.iter().map(|p| places(p)).collect();

    // Count on how many pages each candidate key appears.
    let mut seen: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut tabs: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut runnings: Runnings = HashMap::new();
    for (p, lines) in pages.iter().enumerate() {
        for (i, line) in lines.iter().enumerate() {
            if line.is_empty() {
                continue;
            }
            let pl = place[p][i];
            let folded = fold(line);
            if let Some((publisher, year, covers)) = running_title(without_page_number(&folded)) {
                runnings
                    .entry(without_page_number(&folded).to_string())
                    .or_insert_with(|| (publisher, (year, covers), HashSet::new()))
                    .2
                    .insert(p);
            }
            if pl.alone && is_tab(line) {
                tabs.entry(folded.to_string()).or_default().insert(p);
            }
            if (pl.alone || pl.block_end || pl.edge)
                && !ends_sentence(&folded)
                && folded.chars().count() <= 80
                && folded.chars().any(char::is_alphabetic)
            {
                let k = key(line);
                match seen.get_mut(k.as_ref()) {
                    Some(pages) => {
                        pages.insert(p);
                    }
                    None => {
                        seen.insert(k.into_owned(), HashSet::from([p]));
                    }
                }
            }
        }
    }
    let need = 2.max(pages.len().div_ceil(4));
    let repeated: HashSet<&str> = seen
        .iter()
        .filter(|(_, ps)| ps.len() >= need)
        .map(|(k, _)| k.as_str())
        .collect();

    // Page numbering: the most common (number - page index) among bare numbers that
    // stand alone or first/last on their page; a bare number ending a block elsewhere is
    // a page number too when it fits that numbering (within one).
    let mut offsets: HashMap<i64, usize> = HashMap::new();
    for (p, lines) in pages.iter().enumerate() {
        for (i, line) in lines.iter().enumerate() {
            let pl = place[p][i];
            if (pl.alone || pl.edge) && is_page_number(line) {
                if let Ok(n) = line.trim().parse::<i64>() {
                    *offsets.entry(n - p as i64).or_insert(0) += 1;
                }
            }
        }
    }
    let numbering = offsets
        .into_iter()
        .filter(|&(_, count)| count >= 2)
        .max_by_key(|&(offset, count)| (count, std::cmp::Reverse(offset)))
        .map(|(offset, _)| offset);
    let fits_numbering = |p: usize, line: &str| {
        numbering.is_some_and(|offset| {
            line.trim()
                .parse::<i64>()
                .is_ok_and(|n| (n - p as i64 - offset).abs() <= 1)
        })
    };

    let uses_tabs = tabs.values().filter(|ps| ps.len() >= 2).count() >= 2;
    let cover_titles = cover_titles(&pages);
    // Running titles seen on two or more pages, to cut from the end of a line they were
    // glued to ("under the pre-" + "Amnesty International Report 2006").
    let glued: Vec<&String> = runnings
        .iter()
        .filter(|(_, r)| r.2.len() >= 2)
        .map(|(t, _)| t)
        .collect();
    let pages: Vec<Vec<String>> = pages
        .into_iter()
        .map(|lines| {
            lines
                .into_iter()
                .map(|line| {
                    match glued
                        .iter()
                        .find(|t| line.len() > t.len() && line.ends_with(t.as_str()))
                    {
                        Some(t) => line[..line.len() - t.len()].trim_end().to_string(),
                        None => line,
                    }
                })
                .collect()
        })
        .collect();

    // Mark furniture.
    let mut marks: Vec<Vec<bool>> = Vec::with_capacity(pages.len());
    for (p, lines) in pages.iter().enumerate() {
        let mut mark = vec![false; lines.len()];
        let contents = contents_lines(lines);
        for (i, line) in lines.iter().enumerate() {
            if line.is_empty() {
                continue;
            }
            let pl = place[p][i];
            let folded = fold(line);
            mark[i] = runnings.contains_key(without_page_number(&folded))
                || (is_page_number(line)
                    && (pl.alone
                        || pl.edge
                        || (pl.block_end
                            && ((i > 0 && ends_sentence(&lines[i - 1]))
                                || fits_numbering(p, line)))))
                || (pl.alone && tabs.get(folded.as_ref()).is_some_and(|ps| ps.len() >= 2))
                || ((pl.alone || pl.block_end || pl.edge) && repeated.contains(key(line).as_ref()))
                || contents[i]
                || (p > 0
                    && pl.edge
                    && place[p][..i].iter().all(|q| !q.edge)
                    && title_header(&folded, &cover_titles));
        }
        // A tab seen on one page only goes when it stands next to other furniture, or
        // first or last on its page in a document that has tabs.
        for i in 0..lines.len() {
            if mark[i] || !place[p][i].alone || !is_tab(&lines[i]) {
                continue;
            }
            if uses_tabs && place[p][i].edge {
                mark[i] = true;
                continue;
            }
            let before = (0..i).rev().find(|&j| !lines[j].is_empty());
            let after = (i + 1..lines.len()).find(|&j| !lines[j].is_empty());
            if before.is_some_and(|j| mark[j]) || after.is_some_and(|j| mark[j]) {
                mark[i] = true;
            }
        }
        marks.push(mark);
    }
    let mut furniture_lines = 0;
    let mut furniture: Vec<String> = Vec::new();
    let mut kept_pages: Vec<Vec<String>> = Vec::with_capacity(pages.len());
    for (lines, mark) in pages.iter().zip(&marks) {
        let mut kept = Vec::with_capacity(lines.len());
        for (line, &is_furniture) in lines.iter().zip(mark) {
            if is_furniture {
                furniture_lines += 1;
                // Without the page number printed beside it.
                let text = without_page_number(&fold(line)).to_string();
                if furniture.len() < 12
                    && repeated.contains(key(line).as_ref())
                    && !is_page_number(line)
                    && !furniture.contains(&text)
                {
                    furniture.push(text);
                }
                // A removed line separates what was around it.
                kept.push(String::new());
            } else {
                kept.push(line.clone());
            }
        }
        kept_pages.push(kept);
    }

    let running = runnings
        .into_iter()
        .max_by(|a, b| {
            (a.1 .2.len(), std::cmp::Reverse(&a.0)).cmp(&(b.1 .2.len(), std::cmp::Reverse(&b.0)))
        })
        .map(|(title, (publisher, (year, covers), pages))| Running {
            title,
            publisher,
            year,
            covers,
            pages: pages.len(),
        });

    let mut text = String::new();
    let running = running.map(|r| {
        text.push_str(&r.title);
        let range = 0..text.len();
        text.push_str("\n\n");
        (r, range)
    });
    let body_start = text.len();
    let mut pages = assemble(&kept_pages, &mut text);
    if text.len() == body_start {
        // No body: do not keep a lone running title as if it were text.
        text.clear();
        return Layout {
            text,
            running: None,
            furniture_lines,
            furniture,
            pages: Vec::new(),
        };
    }
    if let Some(first) = pages.first_mut() {
        *first = 0;
    }
    Layout {
        text,
        running,
        furniture_lines,
        furniture,
        pages,
    }
}

/// A footnote at the foot of a page: its number, then a capital ("12 Interview with ...").
fn footnote_line(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && line[digits..].starts_with(' ')
        && line[digits + 1..].starts_with(|c: char| c.is_uppercase())
}

/// A line with a leader of dots (".....", ". . . .", "…") and a number at its end
/// ("3. The death penalty ........ 14"): the number, 0 for a roman one (never falls).
fn leader_number(line: &str) -> Option<u32> {
    static LEADER_RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\S.{0,150}?\s*(?:(?:\.\s?){4,}|…{2,})\s*(?:(\d{1,4})|[ivxlc]{1,6})$")
            .expect("leader regex compiles")
    });
    if line.len() > 400 {
        return None;
    }
    let caps = LEADER_RE.captures(line)?;
    Some(caps.get(1).map_or(0, |m| m.as_str().parse().unwrap_or(0)))
}

/// The lines of a page that are a table of contents's entries (a list of where things
/// are, not what the document says): lines with a leader and a page number under a
/// "Contents" heading, or two or more of them on a page whose numbers never fall, as
/// pages do. A table of figures set with leaders ("Death sentences imposed . . . . 23",
/// "Executions . . . . 5") stays.
fn contents_lines(lines: &[String]) -> Vec<bool> {
    let numbers: Vec<Option<u32>> = lines.iter().map(|l| leader_number(&fold(l))).collect();
    let arabic: Vec<u32> = numbers
        .iter()
        .flatten()
        .copied()
        .filter(|&n| n > 0)
        .collect();
    let rising = numbers.iter().flatten().count() >= 2 && arabic.windows(2).all(|w| w[0] <= w[1]);
    let mut under_heading = false;
    numbers
        .iter()
        .zip(lines)
        .map(|(n, line)| {
            let lower = fold(line).trim().to_lowercase();
            if matches!(
                lower.as_str(),
                "contents" | "table of contents" | "content" | "index" | "summary of contents"
            ) {
                under_heading = true;
            }
            n.is_some() && (rising || under_heading)
        })
        .collect()
}

/// The first page's heading lines (the cover's or the first page's title): lines near the
/// top of the first page of three words or more that end no sentence.
fn cover_titles(pages: &[Vec<String>]) -> Vec<String> {
    let Some(first) = pages.first() else {
        return Vec::new();
    };
    first
        .iter()
        .filter(|l| !l.is_empty())
        .take(8)
        .map(|l| fold(l).to_lowercase())
        .filter(|l| l.split_whitespace().count() >= 3 && l.len() <= 120 && !ends_sentence(l))
        .collect()
}

/// A running header made of the document's title and a name beside it, first on a page
/// after the first: "Behind the Walls | Lusaka Centre" under the cover's "Behind the
/// Walls", seen once in a short document (a repeated line needs two pages).
fn title_header(line: &str, titles: &[String]) -> bool {
    if line.len() > 160 || ends_sentence(line) {
        return false;
    }
    let lower = line.to_lowercase();
    titles.iter().any(|t| {
        let sep = |rest: &str| {
            let rest = rest.trim();
            rest.starts_with(['|', '–', '—', '·', '•'])
                || rest.starts_with("- ")
                || rest.ends_with(['|', '–', '—', '·', '•'])
                || rest.ends_with(" -")
        };
        lower
            .strip_prefix(t.as_str())
            .is_some_and(|rest| sep(rest) && rest.trim().len() > 1)
            || lower
                .strip_suffix(t.as_str())
                .is_some_and(|rest| sep(rest) && rest.trim().len() > 1)
    })
}

/// A footnote's mark that the text layer glued to the word before it (it was printed
/// small and raised): a year's ("in 2018" + "3" reads "in 20183", "December 20184") and
/// a sentence's ("weeks." + "5" reads "weeks.5 His", "2018.4 The"). The mark goes; a
/// count written without separators after "in", "since" and the like keeps its digits
/// when its last digits are 0 (no footnote is numbered 0), when they do not open with a
/// year of 1900-2099, or, after "by", when no stop or line end follows ("rose by
/// 17483", "by 20153 people").
pub fn without_footnote_marks(line: &str) -> Option<String> {
    static YEAR_MARK_RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b((?:in|since|until|during|by|january|february|march|april|may|june|july|august|september|october|november|december)\s+)((?:1[6-9]|20)\d\d)([1-9]\d?)([.,;:)]?)(\s|$)")
            .expect("year mark regex compiles")
    });
    static SENTENCE_MARK_RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(^|\s)(\p{Ll}{3,}|(?:1[6-9]|20)\d\d)([.,;])(\d{1,3})(\s+[\p{Lu}“\x22(]|\s*$)")
            .expect("sentence mark regex compiles")
    });
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = Cow::Borrowed(line);
    // A month's day is a year; after "in", "since" and the like a count may stand where
    // a year would ("rose by 17483"): the year is one of 1900-2099 there, and after "by"
    // (a rise's word) the mark closes a clause.
    let year_mark = |caps: &regex::Captures| {
        let lead = caps[1].trim().to_lowercase();
        let month = !matches!(lead.as_str(), "in" | "since" | "until" | "during" | "by");
        month
            || (matches!(&caps[2][..2], "19" | "20")
                && (lead != "by" || !caps[4].is_empty() || caps[5].is_empty()))
    };
    if YEAR_MARK_RE.captures_iter(&out).any(|c| year_mark(&c)) {
        out = Cow::Owned(
            YEAR_MARK_RE
                .replace_all(&out, |caps: &regex::Captures| {
                    if year_mark(caps) {
                        format!("{}{}{}{}", &caps[1], &caps[2], &caps[4], &caps[5])
                    } else {
                        caps[0].to_string()
                    }
                })
                .into_owned(),
        );
    }
    if SENTENCE_MARK_RE.is_match(&out) {
        out = Cow::Owned(
            SENTENCE_MARK_RE
                .replace_all(&out, "${1}${2}${3}${5}")
                .into_owned(),
        );
    }
    match out {
        Cow::Owned(s) => Some(s),
        Cow::Borrowed(_) => None,
    }
}

/// Put back a hyphen that the extractor dropped when it joined a line ending in "-" to
/// the next one, where that made one word of two capitalised parts: "KabardinoBalkaria"
/// (printed "Kabardino-" / "Balkaria") becomes "Kabardino-Balkaria". Only in a line
/// longer than 1.1 times the page's usual width (a joined line), and only at a word
/// whose capital lies where the first line would have ended (between half and 1.15
/// times the usual width); the nearest such word wins. "McCartney" or "YouTube"
/// elsewhere in the line are left alone.
pub fn rehyphenate(line: &str, width: usize) -> Option<String> {
    let chars = line.chars().count();
    if chars * 10 <= width * 11 {
        return None;
    }
    let mut best: Option<(usize, usize)> = None; // (distance to width, byte offset)
    let mut prev: Option<char> = None;
    let mut word_start = true;
    let mut left_len = 0usize;
    for (n, (byte, c)) in line.char_indices().enumerate() {
        if let Some(p) = prev {
            let rest = &line[byte..];
            let right_len = rest.chars().take_while(|c| c.is_alphabetic()).count();
            if p.is_lowercase()
                && c.is_uppercase()
                && left_len >= 2
                && right_len >= 2
                && rest.chars().nth(1).is_some_and(char::is_lowercase)
                && !word_start
                && n * 2 >= width
                && n * 100 <= width * 115
            {
                let distance = n.abs_diff(width);
                if best.is_none_or(|(d, _)| distance < d) {
                    best = Some((distance, byte));
                }
            }
        }
        if c.is_alphabetic() {
            left_len = if word_start || prev.is_none_or(|p| !p.is_alphabetic()) {
                1
            } else {
                left_len + 1
            };
            word_start = false;
        } else {
            word_start = true;
            left_len = 0;
        }
        prev = Some(c);
    }
    let (_, at) = best?;
    let word_begin = line[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    // "Mc"/"Mac" names are not joins.
    if matches!(&line[word_begin..at], "Mc" | "Mac") {
        return None;
    }
    Some(format!("{}-{}", &line[..at], &line[at..]))
}

/// How two pieces of text are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// Same line: a space.
    Space,
    /// Dehyphenated: nothing (the hyphen is dropped).
    Glue,
    /// A kept hyphen: nothing.
    Hyphen,
    Line,
    Paragraph,
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['”', '’', '"', '\'', ')', ']'])
        .ends_with(['.', '!', '?'])
}

/// A line that is a date and nothing else: "MARCH 2015", "12 May 2020".
fn date_alone(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 30
        && crate::meta::parse_date(line)
            .is_some_and(|hit| hit.range.start == 0 && hit.range.end == line.len())
}

fn starts_lower(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

/// The word before a trailing hyphen, if the line ends in letter + "-".
fn hyphen_stem(line: &str) -> Option<&str> {
    let body = line.strip_suffix('-')?;
    let stem_start = body
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some(&body[stem_start..])
}

fn first_word(line: &str) -> &str {
    let end = line
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(line.len(), |(i, _)| i);
    &line[..end]
}

/// Join rule for a hyphen at the end of `prev` before `next`, if any.
fn hyphen_join(prev: &str, next: &str, hyphenated: &HashSet<String>) -> Option<Join> {
    let stem = hyphen_stem(prev)?;
    if !starts_lower(next) {
        return Some(Join::Hyphen);
    }
    let word = format!("{}-{}", stem, first_word(next)).to_lowercase();
    Some(if hyphenated.contains(&word) {
        Join::Hyphen
    } else {
        Join::Glue
    })
}

/// Usual line length of a page: the 75th percentile of its lines of 15+ characters.
fn usual_width(lines: &[String]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .map(|l| l.chars().count())
        .filter(|&n| n >= 15)
        .collect();
    if lens.is_empty() {
        return 60;
    }
    lens.sort_unstable();
    lens[(lens.len() * 3 / 4).min(lens.len() - 1)]
}

/// Hyphenated words spelled inside lines ("co-operation"), lowercased.
fn hyphenated_words(pages: &[Vec<String>]) -> HashSet<String> {
    static WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\p{L}+(?:-\p{L}+)+").expect("hyphen regex compiles"));
    let mut out = HashSet::new();
    for line in pages.iter().flatten() {
        if line.contains('-') {
            for m in WORD.find_iter(line) {
                out.insert(m.as_str().to_lowercase());
            }
        }
    }
    out
}

/// Words a heading does not end with (a line ending so runs on).
const RUN_ON: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "to", "in", "for", "with", "on", "by", "at", "from", "as",
    "that", "its", "their", "his", "her", "was", "were", "is", "are", "be", "been", "had", "has",
    "have", "not", "but", "into", "than", "which", "who",
];

/// Whether a line that starts a paragraph reads as a heading: under 80 % of the usual
/// width, capitalised, at most ten words, no closing punctuation, and not ending in a
/// word that runs on ("of", "the").
fn heading_like(line: &str, width: usize) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    line.chars().count() * 10 < width * 8
        && line.chars().next().is_some_and(char::is_uppercase)
        && (1..=10).contains(&words.len())
        && !line.ends_with(['.', ',', ';', ':', '!', '?', '"', '”', '’', ')', '-'])
        && !RUN_ON.contains(&last.as_str())
}

/// Join the kept lines of the pages into `out`; returns where each page begins in it.
fn assemble(pages: &[Vec<String>], out: &mut String) -> Vec<usize> {
    let mut starts: Vec<Option<usize>> = Vec::with_capacity(pages.len());
    let hyphenated = hyphenated_words(pages);
    // Previous kept line, its page width, and whether a break (blank line, furniture,
    // page) came since.
    let mut prev: Option<(String, usize)> = None;
    let mut gap = false;
    // Whether the previous line began a paragraph or line of its own.
    let mut prev_starts = true;
    // The document's usual width: a cover's lines are all short, so its own usual width
    // makes a line of it look full ("European Union Agency for Asylum" over a gap and
    // the title), which a broken line of the body never is.
    // Pages of a few long lines (a cover, what a contents page leaves) count only when no
    // page has more.
    let long_lines = |l: &Vec<String>| l.iter().filter(|l| l.chars().count() >= 15).count();
    let texty = pages.iter().any(|l| long_lines(l) >= 5);
    let doc_width = {
        let mut widths: Vec<usize> = pages
            .iter()
            .filter(|l| !texty || long_lines(l) >= 5)
            .map(|l| usual_width(l))
            .collect();
        widths.sort_unstable();
        widths.get(widths.len() / 2).copied().unwrap_or(60)
    };
    for (page, lines) in pages.iter().enumerate() {
        let width = usual_width(lines);
        starts.push(None);
        for line in lines {
            if line.is_empty() {
                gap = true;
                continue;
            }
            let join = match &prev {
                None => None,
                Some((p, pw)) => {
                    let p_short = p.chars().count() * 10 < pw * 7;
                    let bullet = line.starts_with("• ");
                    Some(if bullet {
                        Join::Paragraph
                    } else if let Some(j) =
                        hyphen_join(p, line, &hyphenated).filter(|j| !gap || *j == Join::Glue)
                    {
                        j
                    } else if !gap {
                        if prev_starts && heading_like(p, *pw) && !starts_lower(line) {
                            Join::Line
                        } else if page == 0
                            && !ends_sentence(p)
                            && !p.ends_with(|c: char| c.is_lowercase() || c == ',')
                            && crate::meta::names_only(line)
                        {
                            // A cover's authors under its title ("... Courts, 2015-2020" /
                            // "Jo Pell and Ruth Abebe"): a line of their own, on the cover
                            // only (a narrow column's "Saudi Arabia and North Korea"
                            // wraps).
                            Join::Line
                        } else if ends_sentence(p) && footnote_line(p) && footnote_line(line) {
                            // Footnotes at the foot of a page: one a line.
                            Join::Line
                        } else if ends_sentence(p) && date_alone(line) {
                            // A date on a line of its own after a sentence ("MARCH 2015"
                            // closing a copyright page) is no part of that sentence.
                            Join::Paragraph
                        } else if date_alone(line) && p.chars().count() * 10 < doc_width * 7 {
                            // A cover's month under its subtitle ("Country of Origin
                            // Information Report" / "June 2023"), short beside the body's
                            // lines: a line of its own.
                            Join::Line
                        } else if starts_lower(line) || !p_short {
                            Join::Space
                        } else if ends_sentence(p) {
                            Join::Paragraph
                        } else {
                            Join::Line
                        }
                    } else if !ends_sentence(p)
                        && !p.ends_with(':')
                        && (starts_lower(line)
                            || (!p_short
                                && p.chars().count() * 10 >= doc_width * 7
                                && p.ends_with(|c: char| c.is_lowercase() || c == ',')))
                    {
                        Join::Space
                    } else {
                        Join::Paragraph
                    })
                }
            };
            prev_starts = matches!(join, None | Some(Join::Line | Join::Paragraph));
            match join {
                None => {}
                Some(Join::Space) => out.push(' '),
                Some(Join::Glue) => {
                    out.pop();
                }
                Some(Join::Hyphen) => {}
                Some(Join::Line) => out.push('\n'),
                Some(Join::Paragraph) => out.push_str("\n\n"),
            }
            if let Some(start @ None) = starts.last_mut() {
                *start = Some(out.len());
            }
            out.push_str(line.trim_start());
            prev = Some((line.clone(), width));
            gap = false;
        }
        gap = true;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    // A page without text begins where the next one does (the end for the last ones).
    let mut next = out.len();
    let mut begins = vec![0; starts.len()];
    for (i, start) in starts.iter().enumerate().rev() {
        next = start.unwrap_or(next);
        begins[i] = next;
    }
    begins
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_titles_are_organisation_report_year() {
        assert_eq!(
            running_title("Amnesty International Report 2011"),
            Some(("Amnesty International".to_string(), 2011, 2010))
        );
        assert_eq!(
            running_title("Human Rights Watch World Report 2012"),
            Some(("Human Rights Watch".to_string(), 2012, 2011))
        );
        assert_eq!(
            running_title("Freedom House Annual Report 2019"),
            Some(("Freedom House".to_string(), 2019, 2018))
        );
        // A report named for two years covers the first.
        assert_eq!(
            running_title("Amnesty International Report 2016/17"),
            Some(("Amnesty International".to_string(), 2016, 2016))
        );
        // A running head set in capitals.
        assert_eq!(
            running_title("HUMAN RIGHTS WATCH WORLD REPORT 2014"),
            Some(("Human Rights Watch".to_string(), 2014, 2013))
        );
        for not in [
            "POLICE REPORT 2011",
            "ANNUAL REPORT 2010",
            "The Report 2011",
            "Police Report 2011",
            "Amnesty International Report 2011 said that",
            "in the Amnesty International Report 2011",
            "Annual Report 2010",
            // A report named for its subject: no body before "Report".
            "Fundamental Rights Report 2024",
            "HUMAN RIGHTS REPORT 2019",
        ] {
            assert_eq!(running_title(not), None, "{not}");
        }
    }

    #[test]
    fn page_numbers_glued_to_a_footer_come_off() {
        for line in [
            "75Amnesty International Report 2011",
            "76 Amnesty International Report 2011",
            "Amnesty International Report 2011 77",
            "Amnesty International Report 2011",
        ] {
            assert_eq!(
                without_page_number(line),
                "Amnesty International Report 2011"
            );
        }
        assert_eq!(without_page_number("2011"), "2011");
        assert_eq!(without_page_number("In 2011 12 men"), "In 2011 12 men");
        let out = clean(&[
            "Text on one page that goes on.\n75Amnesty International Report 2011\n",
            "More text on the next page.\n76 Amnesty International Report 2011\n",
        ]);
        assert_eq!(
            out.text,
            "Amnesty International Report 2011\n\nText on one page that goes on.\n\nMore text on the next page.\n"
        );
    }

    #[test]
    fn bullets_and_control_glyphs_are_normalised() {
        for s in [
            "a b", " a", "a  b", "a\tb", "a\u{b}b", "a\u{a0}b", "a’b c", "", "a ",
        ] {
            let reference = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(fold(s), reference, "{s:?}");
        }
        assert_eq!(normalize("\u{2} On 3 May he was"), "• On 3 May he was");
        assert_eq!(normalize("b On 31 May Nikolai"), "• On 31 May Nikolai");
        assert_eq!(normalize("\u{f0b7} item"), "• item");
        assert_eq!(normalize("b and c"), "b and c");
        assert_eq!(normalize("a\u{3}b  "), "ab");
    }

    #[test]
    fn a_date_alone_after_a_sentence_keeps_its_own_line() {
        let page = "Rights Example documents violations in the region and works with the families of prisoners.\nMARCH 2015\nThe report was written by its staff in the region and it was reviewed by its lawyers\nMarch 2015 saw no change.\n";
        let out = clean(&[page]);
        assert!(
            out.text.contains("prisoners.\n\nMARCH 2015\n"),
            "{}",
            out.text
        );
        // Mid-sentence, a line that opens with a date is joined as ever.
        assert!(out.text.contains("lawyers March 2015 saw"), "{}", out.text);
    }

    #[test]
    fn a_covers_lines_stay_apart_from_its_month_and_its_masthead() {
        let cover = "Example Union Agency for Asylum\n\n\nLand - Security Situation\nCountry of Origin Information Report\n\nJune 2023\n";
        let body = "This report was drafted by the information sector of the agency and it provides information relevant to\nprotection status determination and it was reviewed by the staff of the agency in the region of the country.\n";
        let out = clean(&[cover, body]);
        assert!(
            out.text.starts_with("Example Union Agency for Asylum\n\nLand - Security Situation\nCountry of Origin Information Report\n\nJune 2023\n"),
            "{}",
            out.text
        );
    }

    #[test]
    fn furniture_goes_and_sentences_are_joined() {
        let p1 = "Background\nIn December the president was re-\nelected for a fourth term and the vote was\ncriticized by observers; Andrei Zhuk’s mother\n\nAmnesty International Report 2011\n\n75\n\nB\n";
        let p2 = "B\n\nonly learnt of her son’s execution after-\nwards. The co-\noperation went on with Kassym-\nJomart Tokayev and co-operation stalled.\n\nFreedom of expression\nIn May, the OSCE spoke.\n\n76\n";
        let out = clean(&[p1, p2]);
        assert_eq!(
            out.text,
            "Amnesty International Report 2011\n\nBackground\nIn December the president was reelected for a fourth term and the vote was criticized by observers; Andrei Zhuk’s mother only learnt of her son’s execution afterwards. The co-operation went on with Kassym-Jomart Tokayev and co-operation stalled.\n\nFreedom of expression\nIn May, the OSCE spoke.\n"
        );
        let (running, range) = out.running.expect("running title");
        assert_eq!(running.publisher, "Amnesty International");
        assert_eq!(running.pages, 1);
        assert_eq!(&out.text[range], "Amnesty International Report 2011");
        assert_eq!(out.furniture_lines, 5);
    }

    #[test]
    fn repeated_headers_go_but_a_repeated_heading_in_a_paragraph_stays() {
        let page = |n: usize| {
            format!(
                "Country Report: Freedonia\n\nDeath penalty\nThe courts handed down {n} death sentences this year and the appeals were heard.\n\nPage {n}\n"
            )
        };
        let pages: Vec<String> = (1..=4).map(page).collect();
        let out = clean(&pages);
        assert!(!out.text.contains("Country Report"), "{}", out.text);
        assert!(!out.text.contains("Page "), "{}", out.text);
        assert_eq!(
            out.text.matches("Death penalty\nThe courts").count(),
            4,
            "{}",
            out.text
        );
        assert!(out.running.is_none());
    }

    #[test]
    fn paragraphs_and_lists_keep_their_breaks() {
        let page = "The first paragraph ends here with a full stop and a long line.\nIt is short.\nThe second paragraph starts and goes on for a long while, and\nends.\n\u{2} A bullet item that runs on over the end of this line\nand ends here.\nHead of state:\nHead of government:\n";
        let out = clean(&[page]);
        assert_eq!(
            out.text,
            "The first paragraph ends here with a full stop and a long line. It is short.\n\nThe second paragraph starts and goes on for a long while, and ends.\n\n• A bullet item that runs on over the end of this line and ends here.\n\nHead of state:\nHead of government:\n"
        );
    }

    #[test]
    fn joined_hyphens_come_back_between_capitalised_parts() {
        let w = 50;
        // "...in the Kabardino-" / "Balkaria Republic ..." joined by the extractor.
        let joined =
            "Armed groups were active across the KabardinoBalkaria Republic and McCartney said";
        assert_eq!(
            rehyphenate(joined, w).as_deref(),
            Some("Armed groups were active across the Kabardino-Balkaria Republic and McCartney said")
        );
        // A line of usual width is not a joined one.
        assert_eq!(
            rehyphenate("He spoke to the KabardinoBalkaria leaders", w),
            None
        );
        // A camel-case word away from the line break stays.
        assert_eq!(
            rehyphenate(
                "YouTube videos were blocked by the authorities in the republic and so on",
                w
            ),
            None
        );
        assert_eq!(
            rehyphenate(
                "Many who had been held in the region by the McCartney family said so",
                w
            ),
            None
        );
        let page = "President Kassym-Jomart Tokayev spoke and the\nvotes were counted in the districts as before, and\nthe officials of the commission said that the count\nhad been fair in most of the regions of the country\nwhere the voters had gone to the polls in the rain;\nthe observers said that the count was in the AbdulKhalim district, and it was flawed, they said, and so\nbefore the end of the count was announced.\n";
        let out = clean_with(&[page], true);
        assert!(out.text.contains("Abdul-Khalim"), "{}", out.text);
        let out = clean_with(&[page], false);
        assert!(out.text.contains("AbdulKhalim"), "{}", out.text);
    }

    #[test]
    fn a_heading_keeps_its_own_line() {
        let page = "and the hospital closed in the end, as announced.\n\nSecret detention centres and renditions\nIn June, the Parliamentary Assembly of the Council of\nEurope reported on a global web of detentions and\ntransfers, and said that the government had\nHelped with them.\n";
        let out = clean(&[page]);
        assert_eq!(
            out.text,
            "and the hospital closed in the end, as announced.\n\nSecret detention centres and renditions\nIn June, the Parliamentary Assembly of the Council of Europe reported on a global web of detentions and transfers, and said that the government had Helped with them.\n"
        );
    }

    #[test]
    fn each_page_begins_where_its_first_kept_line_does() {
        let out = clean(&[
            "The first page ends its sentence here.\n",
            "\n",
            "The third page opens a paragraph.\nIt goes on.\n",
            "the fourth page continues it in lower case.\n",
        ]);
        assert_eq!(out.pages.len(), 4);
        assert_eq!(out.pages[0], 0);
        let third = out.text.find("The third").unwrap();
        // The blank second page begins where the third does.
        assert_eq!(out.pages[1], third);
        assert_eq!(out.pages[2], third);
        assert_eq!(out.pages[3], out.text.find("the fourth").unwrap());
    }

    #[test]
    fn nothing_but_furniture_is_no_text() {
        let out = clean(&["12\n", "13\n"]);
        assert_eq!(out.text, "");
        let out = clean::<&str>(&[]);
        assert_eq!(out.text, "");
    }

    #[test]
    fn footnote_marks_glued_to_a_year_or_a_sentence_go() {
        let cases = [
            (
                "The tribunal heard 57 appeals in 20194 and 61 in 2020.",
                "The tribunal heard 57 appeals in 2019 and 61 in 2020.",
            ),
            (
                "were detained from March 20212, when the decree",
                "were detained from March 2021, when the decree",
            ),
            (
                "held without charge.12 Their families",
                "held without charge. Their families",
            ),
            (
                "in the yard since 2016.7 Guards",
                "in the yard since 2016. Guards",
            ),
            ("as the inspectors noted.3", "as the inspectors noted."),
            ("to be closed by 20304. The", "to be closed by 2030. The"),
            (
                "the order of 12 March 17983, which",
                "the order of 12 March 1798, which",
            ),
        ];
        for (line, want) in cases {
            assert_eq!(
                without_footnote_marks(line).as_deref(),
                Some(want),
                "{line}"
            );
        }
        // Counts, round numbers, symbols and decimals stay.
        for line in [
            "a crowd of 20000 people in 1998",
            "in 19500 cases reviewed",
            "see A/HRC/52/Rev.1 The report",
            "Article 6.2 The State",
            "rose by 3.5 per cent in 2019.",
            "The prison population rose by 17483 in the decade",
            "The prison population rose by 17483.",
            "The fund grew by 20153 people each year",
            "in 17483 cases the court",
        ] {
            assert_eq!(without_footnote_marks(line), None, "{line}");
        }
    }

    #[test]
    fn contents_entries_with_leaders_are_furniture() {
        let cover = "A Long Way From Justice\nPrison conditions in the northern provinces\n\nWestland Legal Aid Forum\nMay 2021\n";
        let contents = "Contents\nOverview ............................................ 2\n1. Pre-trial detention . . . . . . . . . . . . . . 2\nAnnex ………… iv\n";
        let body = "Overview\nThe Forum visited eleven prisons between January and March 2021 and interviewed\nninety detainees held on remand, some of them for more than four years without\na trial date being set by any court in the province, which the law forbids.\nMost had never seen a lawyer, and several had never been told the charge they\nfaced or the name of the court that had ordered their detention in the first place.\n";
        let out = clean(&[cover, contents, body]);
        assert!(!out.text.contains("...."), "{}", out.text);
        assert!(!out.text.contains("………"), "{}", out.text);
        // The cover's lines keep their breaks (the contents page, now short, does not make
        // them look like full lines).
        assert!(
            out.text.contains("provinces\n\nWestland Legal Aid Forum"),
            "{}",
            out.text
        );
    }

    #[test]
    fn a_table_of_figures_set_with_leaders_stays() {
        let body = "Figures for the year\nThe Commission counted the sentences passed and carried out across the\nprovince in the year under review, as the courts and the prisons reported them.\nDeath sentences imposed . . . . . . . . . . . . 23\nExecutions carried out . . . . . . . . . . . . 5\nSentences commuted . . . . . . . . . . . . . . 11\nMost of those sentenced had been convicted of murder, and several of them had\nbeen under eighteen when the crime they were convicted of was committed.\n";
        let out = clean(&[body]);
        assert!(out.text.contains("imposed . . ."), "{}", out.text);
        assert!(out.text.contains("carried out . . ."), "{}", out.text);
        // One line with a leader alone on a page stays too; two whose numbers rise go.
        let one = "Summary\nDeath sentences imposed . . . . . . . . . . . . 23\nThe courts passed fewer sentences than in any year since the Commission began\nto count them, and none was carried out in the second half of the year.\n";
        assert!(clean(&[one]).text.contains("imposed . . ."));
        let two = "Overview . . . . . . . . . . . . . . . . . . . . 3\nThe law on remand . . . . . . . . . . . . . . . 7\nThe courts passed fewer sentences than in any year since the Commission began\nto count them, and none was carried out in the second half of the year.\n";
        assert!(
            !clean(&[two]).text.contains(". . . ."),
            "{}",
            clean(&[two]).text
        );
    }

    #[test]
    fn a_title_with_a_name_as_running_header_goes_once_seen() {
        let first = "Locked Out of Court: Remand in Westland\nThe Forum visited eleven prisons between January and March 2021 and interviewed\nninety detainees held on remand, some of them for more than four years without\na trial date.\n";
        let second = "Locked Out of Court: Remand in Westland | Westland Legal Aid Forum\nMost had never seen a lawyer, and several had never been told the charge they\nfaced.\n";
        let out = clean(&[first, second]);
        assert_eq!(
            out.text.matches("Locked Out of Court").count(),
            1,
            "{}",
            out.text
        );
        assert!(
            out.text.contains("Most had never seen a lawyer"),
            "{}",
            out.text
        );
        // A chapter heading first on a page stays.
        let second =
            "Locked Out of Court: Remand in Westland and Norland\nMost had never seen a lawyer.\n";
        let out = clean(&[first, second]);
        assert!(out.text.contains("Westland and Norland"), "{}", out.text);
    }

    #[test]
    fn footnotes_at_the_foot_of_a_page_keep_one_a_line() {
        let page = "The Forum visited eleven prisons between January and March 2021 and interviewed\nninety detainees held on remand, some of them for more than four years without any trial.\n\n4 Interview with a prison officer, Norville, 3 March 2021, conducted by telephone for this report.\n5 Letter from the Ministry of Justice to the Forum, 19 April 2021, on file with the Forum in Norville.\n";
        let out = clean(&[page]);
        assert!(
            out.text.contains("for this report.\n5 Letter"),
            "{}",
            out.text
        );
    }
}
