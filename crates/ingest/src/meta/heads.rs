//! Heads of printed and exported documents the line-by-line reading takes for the title:
//! a Pandoc title block (`% title` / `% authors` / `% day`), a printed page's running head
//! (page number, periodical and day in one line of wide gaps: "18902   Federal Register /
//! Vol. 89, No. 51 / Thursday, March 14, 2024 / Notices", "E212   CONGRESSIONAL RECORD --
//! Extensions of Remarks   March 5, 2024"), a masthead in two languages ("UNITED NATIONS
//! NATIONS UNIES" across the page), and a document-hosting platform named as publisher.

use super::{
    is_date_only, names_a_body, parse_date, re, tidy_name, title_is_footer_body, Finds, Found, Loc,
    LISTINGS,
};
use crate::chrome::trim_decoration;
use crate::text::Line;
use dossier_model::PartialDate;
use regex::Regex;
use std::sync::LazyLock;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PlatformFile {
    #[serde(rename = "_format")]
    #[allow(dead_code)]
    format: Vec<String>,
    platforms: Vec<String>,
    #[serde(rename = "_accounts")]
    #[allow(dead_code)]
    accounts_format: Vec<String>,
    accounts: Vec<String>,
}

/// `rules/platforms.json`, case-folded: (platforms, accounts).
static PLATFORM_FILE: LazyLock<(Vec<String>, Vec<String>)> = LazyLock::new(|| {
    let file: PlatformFile = serde_json::from_str(include_str!("../../rules/platforms.json"))
        .expect("the compiled-in rules/platforms.json is valid");
    let fold = |v: Vec<String>| v.into_iter().map(|p| p.to_lowercase()).collect();
    (fold(file.platforms), fold(file.accounts))
});

/// Whether `name` is a platform that hosts other people's documents (`rules/platforms.json`:
/// "X - Google Docs", a LinkedIn article, a GitHub repository): never a publisher.
pub fn is_platform(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    PLATFORM_FILE.0.contains(&name)
}

/// Whether `name` is a computer's account rather than a name ("Admin", "Microsoft Office
/// User", `rules/platforms.json` "accounts"), or a login: one word of ASCII lower case,
/// digits, ".", "_" and "-" ("kpatel", "user01"); a name in a script without case ("محمد",
/// "王伟") is no login.
pub fn is_account(name: &str) -> bool {
    let name = name.trim();
    let login = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    PLATFORM_FILE.1.contains(&name.to_lowercase()) || login
}

/// A page number or page code at the edge of a running head: "18902", "E212", "S1043".
static PAGE_TOKEN_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^[A-Z]?\d{1,6}$"));
/// A labelled line of a form's head ("Reference: ...", "AGENCY: Department of State.").
static LABEL_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^[A-Za-z][A-Za-z ]{1,30}:\s"));

/// Reads the heads above; each only where the title read so far is the head's own line
/// (or a heading the block it overrides stands above).
pub fn printed_heads(source: &str, lines: &[Line], finds: &mut Finds) {
    dublin_core_rows(source, lines, finds);
    issuer_with_day(source, lines, finds);
    if finds
        .publisher
        .as_ref()
        .is_some_and(|p| is_platform(&p.value))
    {
        finds.publisher = None;
    }
    if finds.publisher.is_none() {
        finds.publisher = cell_publisher(source, lines);
    }
    if pandoc_block(source, lines, finds) {
        return;
    }
    // The two lines win over a title that is one of them (the subtitle alone).
    if let Some(repeated) = repeated_cover_title(source, lines) {
        if finds
            .title
            .as_ref()
            .is_none_or(|t| repeated.value.contains(t.value.as_str()))
        {
            finds.title = Some(repeated);
        }
    }
    contact_strip(source, lines, finds);
    letter_subject(source, lines, finds);
    presented_cover(source, lines, finds);
    listing_heading(source, lines, finds);
    reference_kicker(source, lines, finds);
    running_head(source, lines, finds);
}

/// A cover's short title over its subtitle on the next line ("Under Watch" /
/// "Surveillance of defenders in Tarsen") that the document prints again joined by a colon
/// (its imprint, its suggested citation: "Under Watch: Surveillance of defenders in
/// Tarsen."): the two lines are its title.
fn repeated_cover_title(source: &str, lines: &[Line]) -> Option<Found<String>> {
    let head: Vec<(&str, usize)> = lines
        .iter()
        .take(30)
        .map(|l| {
            let raw = l.text(source);
            let t = trim_decoration(raw);
            (t, l.start + super::offset_in(raw, t))
        })
        .collect();
    let lower = source.to_lowercase();
    head.windows(2).find_map(|pair| {
        let ((a, start), (b, b_start)) = (pair[0], pair[1]);
        let short = |t: &str| (1..=12).contains(&t.split_whitespace().count()) && t.len() <= 100;
        if !short(a)
            || !short(b)
            || a.ends_with(['.', ':', ','])
            || !a.starts_with(char::is_uppercase)
        {
            return None;
        }
        let joined = format!("{a}: {b}");
        lower.contains(&joined.to_lowercase()).then(|| {
            Found::new(
                joined,
                Loc::Source(start..b_start + b.len()),
                "cover_repeated",
            )
        })
    })
}

/// A repository's full record of an item (DSpace's "Show full item record": rows of a
/// qualified Dublin Core element, its value and its language, "dc.publisher Example Centre
/// en_GB", "dc.date.issued 2023-03", "dc.coverage.temporal 2021-2022"): the item's
/// publisher, day of issue and period, over the repository's own name.
fn dublin_core_rows(source: &str, lines: &[Line], finds: &mut Finds) {
    static DC_ROW_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?i:dc|dcterms)\.(?P<k>publisher|date\.issued|issued|coverage\.temporal|temporal)\s*[|:]?\s+(?P<v>\S.{0,150}?)(?:\s+[a-z]{2}(?:_[A-Z]{2})?)?\s*$",
        )
    });
    for l in lines.iter().take(400) {
        let raw = l.text(source);
        let t = raw.trim();
        let Some(caps) = DC_ROW_RE.captures(t) else {
            continue;
        };
        let (Some(k), Some(v)) = (caps.name("k"), caps.name("v")) else {
            continue;
        };
        let start = l.start + (raw.len() - raw.trim_start().len()) + v.start();
        let loc = Loc::Source(start..start + v.as_str().len());
        match k.as_str().to_ascii_lowercase().as_str() {
            "publisher"
                if names_a_body(v.as_str()) || v.as_str().split_whitespace().count() >= 2 =>
            {
                finds.publisher = Some(Found::new(tidy_name(v.as_str()), loc, "dublin_core"));
            }
            "date.issued" | "issued" => {
                let v = v.as_str();
                // ISO 8601 as the record keeps it: "2023-03-14", "2023-03", "2023".
                let iso = parse_date(v)
                    .filter(|h| h.range.start == 0)
                    .map(|h| h.iso)
                    .or_else(|| {
                        // A month as ISO 8601 writes it, "2023-03" (parse_date reads days).
                        PartialDate::parse(v)
                            .filter(|d| d.day.is_none())
                            .and_then(|d| Some(format!("{:04}-{:02}", d.year, d.month?)))
                            .filter(|iso| iso == v)
                    });
                if let Some(iso) = iso {
                    finds.published = Some(Found::new(iso, loc, "dublin_core"));
                }
            }
            _ => {
                if let Some((period, n)) = super::parse_period(v.as_str()) {
                    if n == v.as_str().len() && finds.period.is_none() {
                        finds.period = Some(Found::new(period, loc, "dublin_core"));
                    }
                }
            }
        }
    }
}

/// A line near the top that names who prepared the document and, after a separator, its
/// day ("*Prepared by the Example Data Lab · 21 August 2023*", a notebook's italic line):
/// the issuer, when nothing else named one.
fn issuer_with_day(source: &str, lines: &[Line], finds: &mut Finds) {
    if finds.publisher.is_some() {
        return;
    }
    for l in lines.iter().take(12) {
        let raw = l.text(source);
        let t = raw.trim();
        if t.len() > 160 || !t.contains(['·', '|', '•']) || !t.contains(" by ") {
            continue;
        }
        let base = l.start + (raw.len() - raw.trim_start().len());
        if let Some((value, range, "issued_by")) = super::issuer_line(t, base, true, false) {
            finds.publisher = Some(Found::new(value, Loc::Source(range), "issued_by"));
            return;
        }
    }
}

/// A table row of a document's metadata: "| **Issued by** | Example Rights |", "Publisher
/// | Example Centre": the body in the second cell.
static CELL_PUBLISHER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\|?\s*\**\s*(?i:issued\s+by|published\s+by|publisher|organi[sz]ation)\s*\**\s*:?\s*\**\s*\|\s*\**\s*(?P<v>\p{Lu}[^|*]{1,100}?)\s*\**\s*\|?\s*$",
    )
});

/// A table's rule row under its header: "|---|---|", "| :-- | --: |".
static TABLE_RULE_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^\|?\s*:?-{3,}:?\s*\|"));

fn cell_publisher(source: &str, lines: &[Line]) -> Option<Found<String>> {
    lines.iter().enumerate().take(40).find_map(|(i, l)| {
        let raw = l.text(source);
        let caps = CELL_PUBLISHER_RE.captures(raw.trim())?;
        // "| Organisation | Contact |" over "|---|---|" heads a table's columns: no pair.
        if lines
            .get(i + 1)
            .is_some_and(|n| TABLE_RULE_RE.is_match(n.text(source).trim()))
        {
            return None;
        }
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
            r"^\p{Lu}[\p{Ll} ]{3,40}(?:\s+[-\u{2013}\u{2014}|:]\s*|\s+)(?:[A-Z]{1,4}-?)?\d[\d.-]*[/.-][\d/.-]*\d$",
        )
    });
    let Some(title) = finds.title.as_ref() else {
        return;
    };
    // A reference holds a separator ("512/24"): a year alone ("Annual report 2023") or
    // a span of years ("2022-23", "2022/2023") is the title's own.
    static YEARS_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\s(?:19|20)\d\d(?:[-/\u{2013}](?:19|20)?\d\d)?$"));
    let t = title.value.trim();
    if !KICKER_RE.is_match(t) || YEARS_RE.is_match(t) {
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

/// Blocks of the head: runs of non-empty lines between empty ones, each as (joined text,
/// start, end in `source`), up to `take` blocks.
fn blocks(source: &str, lines: &[Line], take: usize) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    let mut open = false;
    for l in lines {
        let t = l.text(source).trim();
        if t.is_empty() {
            open = false;
            continue;
        }
        match out.last_mut() {
            Some(b) if open => {
                b.0.push(' ');
                b.0.push_str(t);
                b.2 = l.end;
            }
            _ => {
                if out.len() == take {
                    break;
                }
                out.push((t.to_string(), l.start, l.end));
            }
        }
        open = true;
    }
    out
}

/// A cover's line presenting the document to its addressee ("Presented to Parliament by
/// ... by Command of His Majesty", "Presented to His Excellency the President on DAY",
/// "Laid before Parliament ... on DAY"): never the title. The block above it (past a
/// volume's line) is the title where the reading took the presentation line, nothing,
/// or a body's name (which then publishes); a state's name heading the cover ("REPUBLIC
/// OF X") publishes; the day in the line is the day of publication.
fn presented_cover(source: &str, lines: &[Line], finds: &mut Finds) {
    static PRESENTED_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:Presented|PRESENTED|Laid|LAID)\s+(?:to|before|TO|BEFORE)\s"));
    static STATE_RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:THE\s+)?(?:REPUBLIC|KINGDOM|GOVERNMENT|STATE|FEDERAL REPUBLIC|UNITED REPUBLIC)\s+OF\s+[A-Z][A-Z' -]{2,40}$",
        )
    });
    let bs = blocks(source, lines, 12);
    let Some(at) = bs.iter().position(|b| PRESENTED_RE.is_match(&b.0)) else {
        return;
    };
    let presented = &bs[at];
    let body_title = finds
        .title
        .as_ref()
        .filter(|t| {
            t.value.split_whitespace().count() <= 8
                && (names_a_body(&t.value) || title_is_footer_body(source, &t.value))
        })
        .map(|t| t.value.clone());
    let presented_title = finds
        .title
        .as_ref()
        .is_some_and(|t| PRESENTED_RE.is_match(&t.value));
    if presented_title || body_title.is_some() || finds.title.is_none() {
        let mut found = None;
        for b in bs[..at].iter().rev() {
            // A volume's line under the title is no part of it.
            let t = match b.0.find(" Volume ").or_else(|| b.0.find(" VOLUME ")) {
                Some(k) if k > 0 => &b.0[..k],
                _ => b.0.as_str(),
            };
            if t.starts_with("Volume ") || t.starts_with("VOLUME ") || t.starts_with("Vol. ") {
                continue;
            }
            let one_line = !source[b.1..b.2].contains('\n');
            if t.split_whitespace().count() >= 3
                && t.len() <= 250
                && !(one_line && (names_a_body(t) || STATE_RE.is_match(t)))
                && !t.ends_with('.')
                && body_title.as_deref() != Some(t)
            {
                found = Some(Found::new(
                    t.to_string(),
                    Loc::Source(b.1..b.2),
                    "over_presented_line",
                ));
            }
            break;
        }
        if let Some(title) = found {
            if let Some(body) = body_title.filter(|_| finds.publisher.is_none()) {
                let old = finds.title.take().map(|t| t.loc).unwrap_or(Loc::None);
                finds.publisher = Some(Found::new(body, old, "body_over_cover_title"));
            }
            finds.title = Some(title);
        } else if presented_title {
            finds.title = None;
        }
    }
    if finds.publisher.is_none() {
        if let Some(b) = bs.first().filter(|b| STATE_RE.is_match(&b.0)) {
            finds.publisher = Some(Found::new(
                tidy_name(&b.0),
                Loc::Source(b.1..b.2),
                "state_over_cover",
            ));
        }
    }
    if finds.published.is_none() {
        let text = presented.0.as_str();
        if let Some(k) = text.rfind(" on ") {
            let tail = &text[k + 4..];
            if let Some(hit) = parse_date(tail).filter(|h| h.range.start == 0 && h.iso.len() == 10)
            {
                // A day wrapped over two lines ("on 12 May\n2020") is not found as
                // joined: no span rather than a wrong one.
                let loc = source[presented.1..presented.2]
                    .find(&tail[..hit.range.end])
                    .map_or(Loc::None, |i| {
                        let at = presented.1 + i;
                        Loc::Source(at..at + hit.range.len())
                    });
                finds.published = Some(Found::new(hit.iso, loc, "presented_on"));
            }
        }
    }
}

/// A letter whose title was read from its letterhead (the sender's name over the address,
/// the same name as its publisher or a body's name: "Prisoners' Families Support Network";
/// or the address under it: "14 Canal Row, Westmark"), or that has no title at all,
/// and that puts its subject in a "Re:" or "Subject:" line next to its salutation ("Dear Ms
/// Achterberg,") or among a memorandum's "TO:" / "FROM:" / "DATE:" lines: the subject is
/// the title. A subject run on to the next line ("Subject: Conditions in the remand prison
/// -" over "follow-up to our visit") is read whole. A letter with no title and no label
/// whose salutation stands over one short line without a sentence's end ("Dear Mr Teller,"
/// over "Freedom of Information request: deaths in custody"): that line is the subject.
fn letter_subject(source: &str, lines: &[Line], finds: &mut Finds) {
    static DEAR_RE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:Dear|DEAR)\s+\S.{1,80}[,:]$"));
    static RE_LINE_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:Re|RE|Subject|SUBJECT)\s*:\s*(?P<v>\S.{3,200})$"));
    static MEMO_LINE_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:TO|FROM|DATE|CC|To|From|Date|Cc)\s*:\s*\S"));
    // A marking in capitals over a memorandum ("CONFIDENTIAL", "PRIVILEGED AND
    // CONFIDENTIAL") titles nothing.
    // A reference line ("Our reference: R-2021-77") names none either.
    let reference = finds.title.as_ref().is_some_and(|t| {
        let lower = t.value.trim().to_lowercase();
        ["our ref", "your ref", "ref.", "ref:", "reference:"]
            .iter()
            .any(|p| lower.starts_with(p))
    });
    let marking = reference
        || finds.title.as_ref().is_some_and(|t| {
            let v = t.value.trim();
            v.split_whitespace().count() <= 4
                && v.chars().any(char::is_alphabetic)
                && !v.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
        });
    let untitled = finds.title.is_none() || marking;
    let at = match finds.title.as_ref().filter(|_| !marking) {
        None => 0,
        Some(title) => {
            let Loc::Source(at) = &title.loc else {
                return;
            };
            let letterhead = finds.publisher.as_ref().is_some_and(|p| {
                p.value.to_lowercase().split_whitespace().eq(title.value.to_lowercase().split_whitespace())
            }) || names_a_body(&title.value)
                // The sender's street address under the letterhead ("14 Canal Row, Westmark").
                || (title.value.contains(|c: char| c.is_ascii_digit())
                    && title.value.split_whitespace().count() <= 8
                    && title.value.contains(','));
            if !letterhead {
                return;
            }
            at.start
        }
    };
    let head: Vec<&Line> = lines
        .iter()
        .take(60)
        .filter(|l| !l.text(source).trim().is_empty())
        .collect();
    let dear = head
        .iter()
        .position(|l| DEAR_RE.is_match(l.text(source).trim()));
    let near = match dear {
        Some(dear) if head[dear].start > at => dear.saturating_sub(2)..(dear + 3).min(head.len()),
        Some(_) => return,
        // A memorandum's block: the subject among its labelled lines.
        None if untitled => 0..head.len().min(30),
        None => return,
    };
    let memo = |k: usize| {
        dear.is_some()
            || (k.saturating_sub(4)..(k + 3).min(head.len()))
                .filter(|&j| j != k)
                .filter(|&j| MEMO_LINE_RE.is_match(head[j].text(source).trim()))
                .count()
                >= 2
    };
    let subject = near.clone().find_map(|k| {
        let l = head[k];
        let raw = l.text(source);
        let t = raw.trim();
        let caps = RE_LINE_RE.captures(t)?;
        if !memo(k) {
            return None;
        }
        let m = caps.name("v")?;
        let mut v = m.as_str().trim_end().to_string();
        let start = l.start + (raw.len() - raw.trim_start().len()) + m.start();
        let mut end = start + m.as_str().trim_end().len();
        // Run on to the next line, directly under it, that goes on in lower case.
        if let Some(next) = lines
            .iter()
            .position(|x| x.start == l.start)
            .and_then(|i| lines.get(i + 1))
        {
            let n = next.text(source).trim();
            // "cc: Legal team" under the subject is a label of its own.
            let labelled = n.split_once(':').is_some_and(|(k, _)| {
                !k.is_empty() && k.len() <= 24 && k.chars().all(|c| c.is_alphanumeric() || c == ' ')
            });
            if n.starts_with(char::is_lowercase) && n.len() <= 120 && !n.ends_with('.') && !labelled
            {
                v = format!("{v} {n}");
                end = next.start + next.text(source).trim_end().len();
            }
        }
        Some(Found::new(v, Loc::Source(start..end), "letter_subject"))
    });
    let subject = subject.or_else(|| {
        // Unlabelled, only where nothing titled the letter (a reference line aside).
        let dear = dear.filter(|_| finds.title.is_none() || reference)?;
        let l = head.get(dear + 1)?;
        let raw = l.text(source);
        let t = raw.trim();
        let words = t.split_whitespace().count();
        let after = head.get(dear + 2)?.text(source).trim();
        // Its own paragraph, a blank line on either side, and the body after it.
        let i = lines.iter().position(|x| x.start == l.start)?;
        let alone = i > 0
            && lines[i - 1].text(source).trim().is_empty()
            && lines
                .get(i + 1)
                .is_some_and(|x| x.text(source).trim().is_empty());
        (alone
            && (3..=16).contains(&words)
            && t.starts_with(char::is_uppercase)
            && !t.ends_with(['.', ',', ';', '!', '?'])
            && after.starts_with(char::is_uppercase))
        .then(|| {
            let start = l.start + (raw.len() - raw.trim_start().len());
            Found::new(
                t.to_string(),
                Loc::Source(start..start + t.len()),
                "letter_subject",
            )
        })
    });
    if let Some(subject) = subject {
        finds.title = Some(subject);
    }
}

/// A letterhead's contact strip read as the title ("14 Harbour Street | +00 21 555 0190 |
/// info@example.org"): the letter's "Re:" or "Subject:" line is the title, or none.
fn contact_strip(source: &str, lines: &[Line], finds: &mut Finds) {
    static PHONE_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"\+\d{1,3}[\d ()-]{6,}|\b(?i:tel|phone|fax)\b"));
    static RE_LINE_RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:Re|RE|Subject|SUBJECT)\s*:\s*(?P<v>\S.{3,200})$"));
    // An address, not a bare "@" (a caption's alias: "JUMA s/o ALI @ BAKARI v. R").
    static EMAIL_RE: LazyLock<Regex> = LazyLock::new(|| re(r"\S@[\w-]+\.\w"));
    let Some(title) = finds.title.as_ref() else {
        return;
    };
    let v = title.value.as_str();
    if !(EMAIL_RE.is_match(v) || v.contains("www.") || PHONE_RE.is_match(v)) {
        return;
    }
    finds.title = lines.iter().take(80).find_map(|l| {
        let raw = l.text(source);
        let t = raw.trim();
        let caps = RE_LINE_RE.captures(t)?;
        let m = caps.name("v")?;
        let at = l.start + (raw.len() - raw.trim_start().len()) + m.start();
        Some(Found::new(
            m.as_str().trim_end().to_string(),
            Loc::Source(at..at + m.as_str().trim_end().len()),
            "letter_subject",
        ))
    });
}
