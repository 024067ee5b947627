//! Heads of court and legislature prints the line-by-line reading misses: a
//! congressional hearing as printed ("TITLE" / "HEARING" / "BEFORE THE" / "SUBCOMMITTEE
//! ..." / "OF THE" / "COMMITTEE ON ..." / the chamber), and a court's cause list ("DAILY
//! CAUSE LIST", "WEEKLY CAUSE LIST") with the day it was issued ("Issued at Velitsa on 28
//! May 2024", "Dated at Kastel this 10th day of October, 2024"), not the sitting's day.

use super::{parse_date, re, tidy_name, Finds, Found, Loc};
use crate::chrome::trim_decoration;
use crate::text::Line;
use regex::Regex;
use std::sync::LazyLock;

/// A line of rule characters ("=====", "______", "------").
fn rule_line(t: &str) -> bool {
    t.len() >= 3 && t.chars().all(|c| matches!(c, '=' | '_' | '-' | '*'))
}

/// A print's number or a congress's line above the title ("S. Hrg. 117-512", "Serial No.
/// 118-24", "[H.A.S.C. No. 117-9]").
static PRINT_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\[?(?:s\.\s?hrg\.|h\.\s?hrg\.|serial\s+no\.|h\.a\.s\.c\.\s+no\.)\s*[\d-]+\]?$")
});

/// The chamber under a committee's name.
static CHAMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:united\s+states\s+senate|u\.s\.\s+senate|house\s+of\s+representatives|u\.s\.\s+house\s+of\s+representatives|.*\bcongress\b.*)$",
    )
});

/// A hearing as printed: the title in the lines over "HEARING" / "BEFORE THE", the
/// committee (the full committee when a subcommittee sat "OF THE" it) as publisher.
pub fn hearing_print(source: &str, lines: &[Line], finds: &mut Finds) {
    let head: Vec<(usize, &str)> = lines
        .iter()
        .take(80)
        .map(|l| {
            let raw = l.text(source);
            let t = trim_decoration(raw).trim();
            (l.start + super::offset_in(raw, t), t)
        })
        .collect();
    let Some(at) = head.iter().position(|(_, t)| {
        matches!(
            *t,
            "HEARING" | "HEARINGS" | "JOINT HEARING" | "FIELD HEARING"
        )
    }) else {
        return;
    };
    let mut next = head[at + 1..].iter().filter(|(_, t)| !t.is_empty());
    if next.next().is_none_or(|(_, t)| *t != "BEFORE THE") {
        return;
    }
    // The title: the block of text lines nearest above, past blanks and rules.
    let mut j = at;
    while j > 0 && (head[j - 1].1.is_empty() || rule_line(head[j - 1].1)) {
        j -= 1;
    }
    let end = j;
    while j > 0
        && !head[j - 1].1.is_empty()
        && !rule_line(head[j - 1].1)
        && !PRINT_NUMBER_RE.is_match(head[j - 1].1)
    {
        j -= 1;
    }
    if j < end && end - j <= 4 {
        let words: Vec<&str> = head[j..end].iter().map(|(_, t)| *t).collect();
        let title = words.join(" ");
        let (s, e) = (head[j].0, head[end - 1].0 + head[end - 1].1.len());
        let title_letters = title.chars().filter(|c| c.is_alphabetic()).count();
        if title_letters >= 12 && !title.ends_with('.') {
            finds.title = Some(Found::new(
                tidy_name(&title),
                Loc::Source(s..e),
                "hearing_print",
            ));
        }
    }
    // The committee: after "OF THE" when a subcommittee sat, else after "BEFORE THE".
    let after_before: Vec<&(usize, &str)> = head[at + 1..]
        .iter()
        .filter(|(_, t)| !t.is_empty())
        .skip(1)
        .take(10)
        .collect();
    let of_the = after_before.iter().position(|(_, t)| *t == "OF THE");
    let from = of_the.map_or(0, |k| k + 1);
    let mut parts: Vec<&(usize, &str)> = Vec::new();
    for l in &after_before[from..] {
        if CHAMBER_RE.is_match(l.1) || l.1 == "OF THE" || l.1.starts_with("ONE HUNDRED") {
            break;
        }
        parts.push(l);
        if parts.len() == 3 {
            break;
        }
    }
    let Some(first) = parts.first() else {
        return;
    };
    if !first.1.to_ascii_uppercase().starts_with("COMMITTEE")
        && !first.1.to_ascii_uppercase().starts_with("SUBCOMMITTEE")
    {
        return;
    }
    if finds.publisher.is_none() {
        let name = parts.iter().map(|(_, t)| *t).collect::<Vec<_>>().join(" ");
        let last = parts.last().expect("not empty");
        finds.publisher = Some(Found::new(
            tidy_name(&name),
            Loc::Source(first.0..last.0 + last.1.len()),
            "hearing_committee",
        ));
    }
}

/// A committee's transcript head: "(Proof|Official) Committee Hansard".
static COMMITTEE_HANSARD_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:(?:proof|official|uncorrected)\s+)?committee\s+hansard$"));

/// A committee's name on a line of its own ("LEGAL AND CONSTITUTIONAL AFFAIRS REFERENCES
/// COMMITTEE", "Joint Standing Committee on Treaties").
static COMMITTEE_NAME_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:[\p{L}'’,&-]+\s+){0,10}committee(?:\s+(?:on|for)\s+.{2,80})?$"));

/// A chamber's line under a committee transcript's head.
static CHAMBER_LINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:the\s+)?(?:senate|house\s+of\s+representatives|house\s+of\s+commons|house\s+of\s+lords|national\s+assembly|legislative\s+(?:assembly|council)|joint|parliament)$",
    )
});

/// The first twelve lines of the head (of its first forty) that hold text, each trimmed of
/// decoration, with the byte offset where its text starts.
fn head_lines<'a>(source: &'a str, lines: &[Line]) -> Vec<(usize, &'a str)> {
    lines
        .iter()
        .take(40)
        .map(|l| {
            let raw = l.text(source);
            let t = trim_decoration(raw).trim();
            (l.start + super::offset_in(raw, t), t)
        })
        .filter(|(_, t)| !t.is_empty())
        .take(12)
        .collect()
}

/// A committee's printed transcript ("Proof Committee Hansard" / the chamber / the
/// committee / the inquiry / "(Public)" / the day): the inquiry is the title, the
/// committee its publisher, over the head's first line (the state's name) or its series.
pub fn committee_hansard(source: &str, lines: &[Line], finds: &mut Finds) {
    let head = head_lines(source, lines);
    let Some(at) = head
        .iter()
        .position(|(_, t)| COMMITTEE_HANSARD_RE.is_match(t))
    else {
        return;
    };
    let mut rest = head[at + 1..].iter().peekable();
    let _chamber = rest.next_if(|(_, t)| CHAMBER_LINE_RE.is_match(t));
    let committee = rest.next_if(|(_, t)| COMMITTEE_NAME_RE.is_match(t));
    let (Some(committee), Some(inquiry)) = (committee, rest.next()) else {
        return;
    };
    let title = inquiry.1;
    // The inquiry's name in words, not the day or the place.
    if title.starts_with('(')
        || parse_date(title).is_some()
        || title.chars().filter(|c| c.is_alphabetic()).count() < 12
    {
        return;
    }
    finds.title = Some(Found::new(
        title.to_string(),
        Loc::Source(inquiry.0..inquiry.0 + title.len()),
        "committee_hansard",
    ));
    finds.publisher = Some(Found::new(
        tidy_name(committee.1),
        Loc::Source(committee.0..committee.0 + committee.1.len()),
        "committee_hansard",
    ));
}

/// A cause list's title line: "DAILY CAUSE LIST", "Weekly Cause List", "SUPPLEMENTARY
/// CAUSE LIST".
static CAUSE_LIST_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:(?:daily|weekly|monthly|supplementary|additional|advance|final|revised)\s+)?cause\s+list$",
    )
});

/// The day a list or an order was issued at its foot: "Issued at Velitsa on 28 May 2024",
/// "Dated at Kastel this 10th day of October, 2024".
static ISSUED_AT_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:issued|dated|given|published)\s+at\s+\p{Lu}[\p{L} .'-]{1,40}?\s+(?:on|this)\s+(?:the\s+)?(?P<v>\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?\p{L}+,?\s+\d{4})",
    )
});

/// A cause list: its title line, and the day it was issued over the sitting's day.
pub fn cause_list(source: &str, lines: &[Line], finds: &mut Finds) {
    let Some(line) = lines
        .iter()
        .take(15)
        .find(|l| CAUSE_LIST_RE.is_match(trim_decoration(l.text(source)).trim()))
    else {
        return;
    };
    let raw = line.text(source);
    let t = trim_decoration(raw).trim();
    let at = line.start + super::offset_in(raw, t);
    if finds.title.is_none() {
        finds.title = Some(Found::new(
            tidy_name(t),
            Loc::Source(at..at + t.len()),
            "cause_list",
        ));
    }
    if let Some(caps) = ISSUED_AT_RE.captures(source) {
        let v = caps.name("v").expect("group v");
        let text = v.as_str().replace(" day of ", " ");
        if let Some(hit) = parse_date(&text).filter(|h| h.iso.len() == 10) {
            finds.published = Some(Found::new(
                hit.iso,
                Loc::Source(v.start()..v.end()),
                "issued_at",
            ));
        }
    }
}

/// A browser's print header at the top of a page printed to text: the print's own day
/// and time, then the page's title ("2/10/23, 9:02 AM      Gmail - SUBJECT").
static BROWSER_PRINT_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s{2,}(?P<v>\S.{3,200})$",
    )
});

/// A webmail client's name before the subject in its page title ("Gmail - ").
static WEBMAIL_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(?:Gmail|Yahoo\s+Mail|Outlook|Mail|Proton\s*Mail|Roundcube\s+Webmail)\s+[-–—|]\s+")
});

/// A message's sender line as a webmail client prints it: the sender's name and address,
/// then the day it was sent ("Legal Aid Watch <digest@example.org>   Thu, Feb 9, 2023 at
/// 10:14 AM").
static SENDER_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?P<n>[^<>\n]{3,80}?)\s*<[^@<>\s]+@[^<>\s]+>\s{2,}(?P<d>\S.{5,60})$"));

/// A page printed from a browser: the print header's title (past the webmail client's
/// name) is the page's title, not the header line; a printed message's sender, when its
/// name is a body's, is its publisher. The print's day is never the page's.
pub fn browser_print(source: &str, lines: &[Line], finds: &mut Finds) {
    let Some(first) = lines
        .iter()
        .find(|l| !trim_decoration(l.text(source)).is_empty())
    else {
        return;
    };
    let raw = first.text(source);
    let t = trim_decoration(raw).trim();
    let Some(v) = BROWSER_PRINT_RE.captures(t).and_then(|c| c.name("v")) else {
        return;
    };
    let base = first.start + super::offset_in(raw, t);
    let head = finds
        .title
        .as_ref()
        .is_none_or(|f| t.contains(f.value.trim()) || f.value.contains(v.as_str().trim()));
    if head {
        let title = v.as_str().trim();
        let cut = WEBMAIL_RE.find(title).map_or(0, |m| m.end());
        let title = &title[cut..];
        let at = base + v.start() + cut;
        finds.title = Some(Found::new(
            title.to_string(),
            Loc::Source(at..at + title.len()),
            "print_header",
        ));
    }
    if finds.publisher.is_some() {
        return;
    }
    for l in lines.iter().take(30) {
        let raw = l.text(source);
        let t = trim_decoration(raw).trim();
        let Some(c) = SENDER_RE.captures(t) else {
            continue;
        };
        let (n, d) = (c.name("n").unwrap(), c.name("d").unwrap());
        if parse_date(d.as_str()).is_none() || !super::names_a_body(n.as_str().trim()) {
            continue;
        }
        let at = l.start + super::offset_in(raw, t) + n.start();
        finds.publisher = Some(Found::new(
            tidy_name(n.as_str().trim()),
            Loc::Source(at..at + n.as_str().trim().len()),
            "mail_sender",
        ));
        return;
    }
}

/// A parliamentary question's number line, as a chamber's question paper heads it:
/// "UNSTARRED QUESTION NO. 3127", "STARRED QUESTION NO.*45", "QUESTION NO. 12".
static QUESTION_NUMBER_RE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^(?:(?:un)?starred\s+|written\s+|oral\s+)?question\s+no\.?\s*[*†]?\s*\d{1,6}\.?$")
});

/// The day the question is answered, under its number: "TO BE ANSWERED ON THE 14TH
/// MARCH, 2023/ PHALGUNA 23, 1944 (SAKA)", "ANSWERED ON 14.03.2023" (a second calendar's
/// day after the slash is the same day).
static TO_BE_ANSWERED_RE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:to\s+be\s+)?answered\s+on\s*:?\s*(?:the\s+)?(?P<v>\S.{5,120})$"));

/// A question paper's head: the number line, the day it is answered just under it, and
/// under that the subject in a line of its own, the paper's title. The day dates the
/// paper; the subject takes the place of a title read from the lines above it (the
/// government's or the chamber's name), never of one read below.
pub fn question_paper(source: &str, lines: &[Line], finds: &mut Finds) {
    let head = head_lines(source, lines);
    let Some(number) = head
        .iter()
        .position(|(_, t)| QUESTION_NUMBER_RE.is_match(t))
    else {
        return;
    };
    let Some((answered, caps)) = head
        .iter()
        .enumerate()
        .skip(number + 1)
        .take(2)
        .find_map(|(i, (_, t))| TO_BE_ANSWERED_RE.captures(t).map(|c| (i, c)))
    else {
        return;
    };
    let v = caps.name("v").expect("group v");
    let base = head[answered].0;
    let value = v.as_str();
    let hit = parse_date(value)
        .filter(|h| h.iso.len() == 10 && h.range.start == 0)
        .or_else(|| {
            super::DOTTED_HEAD_RE
                .is_match(value)
                .then(|| super::day_first(value))
                .flatten()
        });
    if let Some(hit) = hit {
        let start = base + v.start() + hit.range.start;
        finds.published = Some(Found::new(
            hit.iso,
            Loc::Source(start..start + hit.range.len()),
            "question_answered_on",
        ));
    }
    // The subject: a short line of its own, no sentence, no question's number ("3127.
    // SHRI ...").
    let Some(&(at, subject)) = head.get(answered + 1) else {
        return;
    };
    let words = subject.split_whitespace().count();
    let subject_like = (1..=14).contains(&words)
        && subject.len() <= 120
        && !subject.starts_with(|c: char| c.is_ascii_digit())
        && !subject.ends_with([':', '.', ';', ',', '?'])
        && subject.chars().any(char::is_alphabetic);
    let above = finds.title.as_ref().is_none_or(|t| match &t.loc {
        Loc::Source(r) => r.start < at,
        _ => false,
    });
    if subject_like && above {
        finds.title = Some(Found::new(
            tidy_name(subject),
            Loc::Source(at..at + subject.len()),
            "question_subject",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_lines;

    fn run(text: &str, f: fn(&str, &[Line], &mut Finds)) -> Finds {
        let lines = split_lines(text);
        let mut finds = Finds::default();
        f(text, &lines, &mut finds);
        finds
    }

    #[test]
    fn a_hearing_print_gives_its_title_and_the_full_committee() {
        let text = "                 H. Hrg. 118-7\n\n      PROTECTING WITNESSES IN\n   ORGANISED CRIME TRIALS ABROAD\n\n  ====\n\n  HEARING\n\n  BEFORE THE\n\n  SUBCOMMITTEE ON GLOBAL JUSTICE\n\n  OF THE\n\n  COMMITTEE ON THE BUDGET\n  HOUSE OF REPRESENTATIVES\n\n  ONE HUNDRED EIGHTEENTH CONGRESS\n";
        let f = run(text, hearing_print);
        assert_eq!(
            f.title.map(|t| t.value).as_deref(),
            Some("Protecting Witnesses in Organised Crime Trials Abroad")
        );
        assert_eq!(
            f.publisher.map(|t| t.value).as_deref(),
            Some("Committee on the Budget")
        );
        // No "HEARING / BEFORE THE": nothing read.
        let f = run("A REPORT\n\nHEARING\n\nThe court heard...\n", hearing_print);
        assert!(f.title.is_none() && f.publisher.is_none());
    }

    #[test]
    fn a_cause_list_is_dated_by_its_issue_not_its_sitting() {
        let text = "HIGH COURT OF EXAMPLE\n\nDAILY CAUSE LIST\nTUESDAY 9 APRIL 2024\n\n1. A v B\n\nDated at Port Ella this 5th day of April, 2024.\nREGISTRAR\n";
        let mut f = run(text, |_, _, _| {});
        f.published = Some(Found::new("2024-04-09".into(), Loc::None, "date_line"));
        let lines = split_lines(text);
        cause_list(text, &lines, &mut f);
        assert_eq!(
            f.title.map(|t| t.value).as_deref(),
            Some("Daily Cause List")
        );
        assert_eq!(f.published.map(|t| t.value).as_deref(), Some("2024-04-05"));
        let f = run(
            "WEEKLY CAUSE LIST\n\nIssued at Osk on 2 March 2023.\n",
            cause_list,
        );
        assert_eq!(f.published.map(|t| t.value).as_deref(), Some("2023-03-02"));
    }

    #[test]
    fn a_committee_transcript_names_its_inquiry_and_committee() {
        let text = "PARLIAMENT OF WESTLAND\n\nProof Committee Hansard\n\nSENATE\n\nFOREIGN AFFAIRS AND TRADE REFERENCES COMMITTEE\n\nArms exports to countries at war\n\n(Public)\n\nTUESDAY, 4 MAY 2021\n\nPORT ELIN\n";
        let f = run(text, committee_hansard);
        assert_eq!(
            f.title.map(|t| t.value).as_deref(),
            Some("Arms exports to countries at war")
        );
        assert_eq!(
            f.publisher.map(|t| t.value).as_deref(),
            Some("Foreign Affairs and Trade References Committee")
        );
        // A committee's name and then the day: no inquiry named, nothing read.
        let f = run(
            "Committee Hansard\n\nSENATE\n\nECONOMICS COMMITTEE\n\nTUESDAY, 4 MAY 2021\n",
            committee_hansard,
        );
        assert!(f.title.is_none() && f.publisher.is_none());
    }
}
