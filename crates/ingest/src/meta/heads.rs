//! Heads of printed and exported documents the line-by-line reading takes for the title:
//! a Pandoc title block (`% title` / `% authors` / `% day`), a printed page's running head
//! (page number, periodical and day in one line of wide gaps: "18902   Federal Register /
//! Vol. 89, No. 51 / Thursday, March 14, 2024 / Notices", "E212   CONGRESSIONAL RECORD --
//! Extensions of Remarks   March 5, 2024"), a masthead in two languages ("UNITED NATIONS
//! NATIONS UNIES" across the page), and a document-hosting platform named as publisher.

use super::{is_date_only, names_a_body, parse_date, re, tidy_name, Finds, Found, Loc, LISTINGS};
use crate::chrome::trim_decoration;
use crate::text::Line;
use regex::Regex;
use std::sync::LazyLock;

/// Platforms that host other people's documents ("X - Google Docs"): never the publisher.
const PLATFORMS: &[&str] = &[
    "google docs",
    "google drive",
    "google sites",
    "scribd",
    "issuu",
    "dropbox",
    "onedrive",
    "slideshare",
    "yumpu",
    "academia.edu",
    "docplayer",
];

/// A page number or page code at the edge of a running head: "18902", "E212", "S1043".
static PAGE_TOKEN_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^[A-Z]?\d{1,6}$"));
/// A labelled line of a form's head ("Reference: ...", "AGENCY: Department of State.").
static LABEL_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^[A-Za-z][A-Za-z ]{1,30}:\s"));

/// Reads the heads above; each only where the title read so far is the head's own line
/// (or a heading the block it overrides stands above).
pub fn printed_heads(source: &str, lines: &[Line], finds: &mut Finds) {
    if let Some(p) = finds.publisher.as_ref() {
        let v = p.value.trim().to_lowercase();
        if PLATFORMS.contains(&v.as_str()) {
            finds.publisher = None;
        }
    }
    if finds.publisher.is_none() {
        finds.publisher = cell_publisher(source, lines);
    }
    if pandoc_block(source, lines, finds) {
        return;
    }
    listing_heading(source, lines, finds);
    reference_kicker(source, lines, finds);
    running_head(source, lines, finds);
}

/// A table row of a document's metadata: "| **Issued by** | Example Rights |", "Publisher
/// | Example Centre": the body in the second cell.
static CELL_PUBLISHER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\|?\s*\**\s*(?i:issued\s+by|published\s+by|publisher|organi[sz]ation)\s*\**\s*:?\s*\**\s*\|\s*\**\s*(?P<v>\p{Lu}[^|*]{1,100}?)\s*\**\s*\|?\s*$",
    )
});

fn cell_publisher(source: &str, lines: &[Line]) -> Option<Found<String>> {
    lines.iter().take(40).find_map(|l| {
        let raw = l.text(source);
        let caps = CELL_PUBLISHER_RE.captures(raw.trim())?;
        let v = caps.name("v")?;
        let at = l.start + (raw.len() - raw.trim_start().len()) + v.start();
        Some(Found::new(
            v.as_str().to_string(),
            Loc::Source(at..at + v.len()),
            "table_cell_publisher",
        ))
    })
}

/// The line under the title's line (`title` read from `source`), past labelled lines
/// ("Reference: E-045/24") and a day alone, that reads as a headline: four words or
/// more, no sentence's end. `None` when a sentence or nothing comes first.
fn headline_under(source: &str, lines: &[Line], title: &Found<String>) -> Option<Found<String>> {
    let start = match &title.loc {
        Loc::Source(r) => r.start,
        _ => source.find(title.value.as_str())?,
    };
    let idx = lines.partition_point(|l| l.end < start);
    for l in lines.iter().skip(idx + 1).take(12) {
        let raw = l.text(source);
        let t = trim_decoration(raw);
        if t.is_empty()
            || LABEL_RE.is_match(t)
            || parse_date(t).is_some_and(|h| is_date_only(t, &h))
        {
            continue;
        }
        let words = t.split_whitespace().count();
        if words >= 4 && t.len() <= 200 && !t.ends_with(['.', ',', ';', ':']) {
            let at = l.start + raw.find(t).unwrap_or(0);
            return Some(Found::new(
                t.to_string(),
                Loc::Source(at..at + t.len()),
                "headline_under_label",
            ));
        }
        return None;
    }
    None
}

/// A page's heading that names the site's list of documents ("Press Releases", "News";
/// `rules/doctypes.json` "listings") over the document's headline: the headline is the
/// title; with none, no title.
fn listing_heading(source: &str, lines: &[Line], finds: &mut Finds) {
    let Some(title) = finds.title.as_ref() else {
        return;
    };
    if !LISTINGS.contains(&title.value.trim().to_lowercase()) {
        return;
    }
    finds.title = headline_under(source, lines, title);
}

/// A title that is only a document's kind and its reference ("Parliamentary question -
/// E-000812/2024", "Press release 512/24"): the kicker over the document's own title,
/// the line under it.
fn reference_kicker(source: &str, lines: &[Line], finds: &mut Finds) {
    static KICKER_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^\p{Lu}[\p{Ll} ]{3,40}(?:\s+[-\u{2013}\u{2014}|:]\s*|\s+)(?:[A-Z]{1,4}-?)?\d[\d/.-]{2,}\d$",
        )
    });
    let Some(title) = finds.title.as_ref() else {
        return;
    };
    if !KICKER_RE.is_match(title.value.trim()) {
        return;
    }
    if let Some(headline) = headline_under(source, lines, title) {
        finds.title = Some(headline);
    }
}

/// Non-empty lines from the top: (index, trimmed text, its start in `source`).
fn first_lines<'a>(source: &'a str, lines: &[Line], take: usize) -> Vec<(usize, &'a str, usize)> {
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let raw = l.text(source);
            let t = raw.trim();
            (!t.is_empty()).then(|| (i, t, l.start + (raw.len() - raw.trim_start().len())))
        })
        .take(take)
        .collect()
}

/// A Pandoc title block: the document's first lines start with "% ": the title, the
/// authors, the day. The title is the first; the third, a day alone, the day of
/// publication.
fn pandoc_block(source: &str, lines: &[Line], finds: &mut Finds) -> bool {
    let head = first_lines(source, lines, 3);
    let Some(&(_, first, start)) = head.first() else {
        return false;
    };
    let Some(title) = first.strip_prefix("% ").map(str::trim) else {
        return false;
    };
    if title.len() < 4 || title.starts_with('%') {
        return false;
    }
    let at = start + first.len() - title.len();
    finds.title = Some(Found::new(
        title.to_string(),
        Loc::Source(at..at + title.len()),
        "pandoc_title",
    ));
    if let Some(&(_, third, start)) = head.get(2) {
        if let Some(day) = third.strip_prefix("% ").map(str::trim) {
            if let Some(hit) = parse_date(day).filter(|h| is_date_only(day, h)) {
                if finds.published.is_none() {
                    let at = start + third.len() - day.len() + hit.range.start;
                    finds.published = Some(Found::new(
                        hit.iso,
                        Loc::Source(at..at + hit.range.len()),
                        "pandoc_date",
                    ));
                }
            }
        }
    }
    true
}

/// The cells of a line split at runs of three spaces or more.
fn cells(line: &str) -> Vec<&str> {
    line.split("   ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first line is a printed page's running head (a page number at one edge, a day
/// in it) or a masthead in two languages: the line under it that reads as a title is
/// the title; the department named in capitals between them, the periodical the head
/// names, or the masthead's first language the publisher; the head's day the day of
/// publication.
fn running_head(source: &str, lines: &[Line], finds: &mut Finds) {
    let head = first_lines(source, lines, 14);
    let Some(&(_, first, first_at)) = head.first() else {
        return;
    };
    if finds
        .title
        .as_ref()
        .is_none_or(|t| fold(&t.value) != fold(first))
    {
        return;
    }
    let parts = cells(first);
    let mut periodical: Option<(String, usize)> = None;
    let mut day = None;
    let bilingual = parts.len() == 2
        && parts.iter().all(|c| {
            c.split_whitespace().count() <= 4
                && c.chars().any(char::is_alphabetic)
                && !c.chars().any(|ch| ch.is_lowercase() || ch.is_ascii_digit())
        });
    if bilingual {
        periodical = Some((tidy_name(parts[0]), first_at));
    } else {
        if parts.len() < 2 {
            return;
        }
        let edge = |c: &str| PAGE_TOKEN_RE.is_match(c);
        let (Some(&a), Some(&z)) = (parts.first(), parts.last()) else {
            return;
        };
        if !(edge(a) || edge(z)) {
            return;
        }
        let Some(hit) = parse_date(first).filter(|h| h.iso.len() == 10) else {
            return;
        };
        let at = first_at + hit.range.start;
        day = Some(Found::new(
            hit.iso,
            Loc::Source(at..at + hit.range.len()),
            "running_head_day",
        ));
        // The periodical: the first cell that is neither the page nor the day, cut at
        // its first " / " or " -- ".
        if let Some(cell) = parts
            .iter()
            .find(|c| !edge(c) && parse_date(c).is_none_or(|h| h.range.start > 0))
        {
            let name = cell
                .split(" / ")
                .next()
                .and_then(|s| s.split(" -- ").next())
                .and_then(|s| s.split(" \u{2014} ").next())
                .unwrap_or("")
                .trim();
            if name.split_whitespace().count() >= 2 && parse_date(name).is_none() {
                let at = source[first_at..]
                    .find(name)
                    .map_or(first_at, |k| first_at + k);
                periodical = Some((tidy_name(name), at));
            }
        }
    }
    let mut body: Option<Found<String>> = None;
    let mut title: Option<Found<String>> = None;
    for &(_, text, at) in head.iter().skip(1) {
        let t = trim_decoration(text);
        if !t.chars().any(char::is_alphabetic) || t.starts_with('[') || LABEL_RE.is_match(t) {
            continue;
        }
        let words = t.split_whitespace().count();
        let caps = !t.chars().any(char::is_lowercase);
        if caps && words <= 5 && names_a_body(t) {
            if body.is_none() {
                body = Some(Found::new(
                    tidy_name(t),
                    Loc::Source(at..at + t.len()),
                    "running_head_body",
                ));
            }
            continue;
        }
        if words >= 3 && !t.ends_with(['.', ',', ';']) && t.len() <= 250 {
            title = Some(Found::new(
                t.to_string(),
                Loc::Source(at..at + t.len()),
                "under_running_head",
            ));
        }
        break;
    }
    let Some(title) = title else {
        return;
    };
    finds.title = Some(title);
    if finds.publisher.is_none() {
        finds.publisher = body.or_else(|| {
            periodical.map(|(name, at)| {
                let len = name.len();
                Found::new(name, Loc::Source(at..at + len), "running_head_periodical")
            })
        });
    }
    if finds.published.is_none() {
        finds.published = day;
    }
}
