//! Site chrome (boilerplate) removal by general, data-driven rules.
//!
//! Chrome is what a web site wraps around a report: skip links, search boxes, "Last
//! updated" stamps, Refworld-style header lines (Publisher / Publication Date / Cite as),
//! disclaimers, copyright notices, cookie banners, share buttons and lists of related
//! links. It pollutes extraction, so it is dropped from the kept text, but the metadata
//! it carries is read first (see `meta.rs`), and every dropped line is recorded with the
//! name of the rule that dropped it.
//!
//! Rules only look at the edges of a document: lines starting in the first
//! [`EDGE_BYTES`] (the *head*) or ending in the last [`EDGE_BYTES`] (the *tail*), so
//! the body of a long report is never scanned and never loses a sentence.
//!
//! Two kinds of rules:
//! - [`LINE_RULES`]: a case-insensitive regex over one line, with markdown decoration
//!   (`*`, `_`, `#`, `>`) and surrounding whitespace trimmed. Lines over
//!   [`MAX_RULE_LINE`] bytes are never chrome.
//! - navigation runs: at the very end, three or more one-line paragraphs in a row that
//!   look like link titles (at most 80 bytes, no sentence punctuation at the end), e.g.
//!   a "related documents" list; at the very top, four or more such paragraphs of at
//!   most 40 bytes (a menu). A heading inside the body is never part of such a run,
//!   because the run must reach the edge of the document.

use crate::text::Line;
use regex::{Regex, RegexSet};
use std::sync::LazyLock;

/// Size of the head and tail zones, in bytes.
pub const EDGE_BYTES: usize = 4096;
/// Longer lines are never chrome.
pub const MAX_RULE_LINE: usize = 600;

/// Where a rule applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Head,
    Tail,
    /// Head or tail.
    Edge,
}

/// One line rule.
#[derive(Debug, Clone, Copy)]
pub struct LineRule {
    pub name: &'static str,
    pub zone: Zone,
    /// Case-insensitive regex matched against the trimmed line.
    pub pattern: &'static str,
    /// Also drop the paragraph that follows (a "Disclaimer" heading and its text).
    pub with_paragraph: bool,
}

const fn rule(name: &'static str, zone: Zone, pattern: &'static str) -> LineRule {
    LineRule {
        name,
        zone,
        pattern,
        with_paragraph: false,
    }
}

/// The words of a navigation line, one of them.
macro_rules! nav_words {
    () => {
        r"(?:home(?:\s+page)?|menu|main\s+menu|navigation|toggle\s+navigation|open\s+menu|close|share(?:\s+this(?:\s+page|\s+article)?)?|print(?:\s+this\s+page)?|e-?mail(?:\s+this\s+page)?|back\s+to\s+top|top\s+of\s+page|log\s*in|(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+newsletter|sign\s+(?:in|up)|subscribe|facebook|twitter|linkedin|whatsapp|instagram|youtube|next|previous|related(?:\s+(?:content|articles|links|documents|reports))?|see\s+also|read\s+more|more|download(?:\s+(?:pdf|file|document))?)"
    };
}

/// The links of a site's footer; "About X" and "Contact X" take the site's one-word name.
macro_rules! footer_words {
    () => {
        r"(?:privacy(?:\s+(?:policy|notice|statement))?|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions))?|disclaimers?|cookies?(?:\s+(?:policy|settings))?|accessibility|site\s*map|(?:contact|about)(?:\s+(?:us|\p{Lu}[\w.-]*))?|mobile\s+view|desktop\s+view|developers|imprint|impressum|faq|help|foia|careers|jobs|copyright(?:\s+information)?|feedback|statistics)"
    };
}

/// The line rules, in priority order.
pub const LINE_RULES: &[LineRule] = &[
    rule(
        "skip_link",
        Zone::Edge,
        r"^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|menu)\b.{0,20}$",
    ),
    rule("site_search", Zone::Edge, r"^search(?:\s+[\w.\-]+)?\s*:?$"),
    rule(
        "last_updated",
        Zone::Edge,
        r"^last[\s\-]+(?:updated|modified|reviewed)\b.{0,80}$",
    ),
    rule(
        "publisher_header",
        Zone::Head,
        r"^publisher\s*:?\s+\S.{0,150}$",
    ),
    rule(
        "publication_date_header",
        Zone::Head,
        r"^(?:publication\s+date|date\s+of\s+publication|date\s+published|published(?:\s+on)?)\s*:?\s+[^.]{0,60}\d[^.]{0,30}$",
    ),
    rule("cite_as", Zone::Head, r"^cite\s+as\b.{0,400}$"),
    LineRule {
        name: "disclaimer",
        zone: Zone::Edge,
        pattern: r"^disclaimer\s*:?$",
        with_paragraph: true,
    },
    rule("disclaimer", Zone::Edge, r"^disclaimer.{3,}$"),
    rule(
        "not_our_publication",
        Zone::Edge,
        r"^this\s+is\s+not\s+an?\s+.{1,60}?\s*publication\b",
    ),
    // "©" opens a copyright notice ("© 2021 X", "© X Publications 2006. All rights
    // reserved."), and so does its ASCII spelling "(c)" ("(c) 2019 X", "(c) X 2020", a
    // name in capitals and the year closing the line: a list's "(c) The police ..." is
    // no notice), but a scan's OCR reads a list bullet as "©" too: a line that goes on
    // as a sentence ("© In June, two men were ...") is no notice.
    rule(
        "copyright",
        Zone::Edge,
        r"^(?:copyright\s+notice\b|copyright\s*(?:©|\(c\)|\d{4})|©(?:\s*(?:19|20)\d{2}\b.{0,120}|(?:[^,;:)][^,;:]{0,99})?|[^.;:]{0,80}\b(?:19|20)\d{2}\b[^.;:]{0,40})$|\(c\)\s+(?:\d{4}|(?-i:\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|and|for|the|on|&)){0,8}),?\s+(?:19|20)\d{2}\.?$)|all\s+rights\s+reserved)",
    ),
    rule(
        "cookie_banner",
        Zone::Edge,
        r"^(?:we\s+(?:use|value)\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|(?:accept|reject|allow|manage)\s+(?:all\s+)?cookies|cookie\s+(?:settings|policy|preferences|consent|notice)|by\s+(?:continuing\s+to\s+(?:use|browse)|using)\s+(?:this|our)\s+(?:web)?site)",
    ),
    // One navigation word, or a row of them ("Subscribe Sign in", "Share: Facebook
    // Twitter LinkedIn Email").
    rule(
        "nav_word",
        Zone::Edge,
        concat!(
            "^",
            nav_words!(),
            r"(?:\s*[:|·•/]?\s*",
            nav_words!(),
            r"){0,7}\s*:?$"
        ),
    ),
    rule(
        "breadcrumb",
        Zone::Head,
        r"^home\s*(?:[>»/›|]|::|&gt;)\s*\S",
    ),
    // A wire desk's lines over the story: the slug ("AP-Kestria-Prisons,0398",
    // "BC-Flood-Deaths, 1st Ld-Writethru,0512") and the note to editors ("Eds:
    // EMBARGOED until ...", "Eds: UPDATES with ...").
    rule(
        "wire_desk",
        Zone::Head,
        r"^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+){2,},\s*(?:\d{3,4}|\d(?:st|nd|rd|th)\s+(?:ld|add)\b.*)|eds?:\s+\S.{0,300})$",
    ),
    // A trail of sections without "Home": "News > 2003", "Publications › Reports ›
    // Briefings", "Westland Prisoners Aid Trust » News » 2009": two to five short segments
    // (one to three words each, the first, the site's name, up to five) joined by ">",
    // "›" or "»", nothing else on the line.
    rule(
        "breadcrumb",
        Zone::Head,
        r"^[\p{L}\d][\p{L}\d'’&.-]*(?:\s[\p{L}\d][\p{L}\d'’&.-]*){0,4}(?:\s*(?:>|›|»|::|&gt;)\s*[\p{L}\d][\p{L}\d'’&.-]*(?:\s[\p{L}\d][\p{L}\d'’&.-]*){0,2}){1,4}$",
    ),
    // A footer's row of site links: "Privacy policy About Wikipedia Disclaimers Contact
    // Wikipedia Mobile view Developers", "Terms of use | Accessibility | Sitemap".
    rule(
        "footer_links",
        Zone::Tail,
        concat!(
            "^",
            footer_words!(),
            r"(?:\s*[|·•]?\s*",
            footer_words!(),
            r"){2,9}\s*$"
        ),
    ),
    // A row of links in brackets, as old pages set their navigation: "[Table of
    // Contents] [Western Hemisphere Index]".
    rule(
        "link_row",
        Zone::Edge,
        r"^(?:\[[^\]\[\n]{1,40}\]\s*(?:[|·•]\s*)?){2,8}$",
    ),
    // An encyclopedia page's footer and its copy's trail: "Retrieved from
    // "https://..."", "This page was last edited on 3 May 2023, at 10:15 (UTC).", a
    // category line, the licence line.
    rule(
        "wiki_footer",
        Zone::Tail,
        r#"^(?:retrieved\s+from\s+["“]?https?://\S+|this\s+page\s+was\s+last\s+(?:edited|modified)\s+on\s+.{4,60}|categor(?:y|ies)\s*:.{0,300}|text\s+is\s+available\s+under\s+the\s+creative\s+commons\b.{0,200})$"#,
    ),
    // A viewer's or print layout's page counter, in the common European languages:
    // "Page 2 of 40", "Sie sind auf Seite 1 von 19", "Page 1 sur 4", "Página 1 de 5".
    rule(
        "page_counter",
        Zone::Edge,
        r"^(?:(?:you\s+are\s+(?:on|viewing)|sie\s+sind\s+auf|vous\s+êtes\s+(?:à|sur)\s+la|u\s+bent\s+op|sei\s+a|est[aá]s?\s+en\s+la)\s+)?(?:page|seite|pagina|página|pág\.?|strona|stránka|sida|side|sivu|oldal)\s*\d{1,4}\s*(?:of|von|aus|sur|de|di|van|z|ze|av|af|/)\s*\d{1,4}\s*\.?$",
    ),
    // Reader controls of a page's toolbar.
    rule(
        "reader_controls",
        Zone::Head,
        r"^(?:(?:text|font)\s+size|line\s+(?:height|spacing)|(?:increase|decrease|reset)\s+(?:text|font)(?:\s+size)?)$",
    ),
    // The help text of those controls ("All popular browsers allow zooming ...").
    rule(
        "reader_controls",
        Zone::Head,
        r"^(?:all\s+(?:popular|modern|major)\s+browsers|most\s+(?:web\s+)?browsers)\s+(?:allow|let|support)\s+(?:you\s+)?(?:to\s+)?(?:zoom|resiz|enlarg|chang).{0,400}$",
    ),
    // A live-status banner of a meeting or webcast page.
    rule(
        "live_banner",
        Zone::Head,
        r"^(?:in\s+progress|live\s+now|happening\s+now)\s+(?:at|on)\s+\S.{0,40}$",
    ),
    // A page's own notice that it is kept as an archive ("Archived content. This page was
    // archived on 1 January 2012 and is no longer updated.", "We have archived this page
    // and will not be updating it."): about the site, not what the page says.
    rule(
        "archived_notice",
        Zone::Head,
        r"^(?:archived\s+(?:content|page|information|document)\b\s*[.:]?.{0,300}|(?:this\s+(?:web\s*)?(?:page|content|information|document|article)\s+(?:has\s+been|was|is)\s+archived|we\s+have\s+archived\s+this\s+(?:page|content))\b.{0,300})$",
    ),
    // An advertisement's label left where the advertisement stood.
    rule(
        "advertisement",
        Zone::Edge,
        r"^(?:advertisement|advertising|sponsored(?:\s+content)?|paid\s+content)$",
    ),
    // A search engine's cache banner over the page it kept ("This is Google's cache of
    // http://... It is a snapshot of the page as it appeared on 3 Feb 2009 ...", "Text-only
    // version", "These search terms are highlighted: ..."): the cache's, not the page's.
    rule(
        "web_cache_banner",
        Zone::Head,
        r"^(?:this\s+is\s+(?:the\s+)?(?:\S+\s+){0,2}cache(?:d\s+page)?\s+of\s+\S+.{0,400}|(?:text-only|full)\s+version|these\s+(?:search\s+)?terms\s+(?:are|have\s+been)\s+highlighted\s*:.{0,200}|these\s+terms\s+only\s+appear\s+in\s+links\s+pointing\s+to\s+this\s+page\s*:.{0,200})$",
    ),
];

static RULE_SET: LazyLock<RegexSet> = LazyLock::new(|| {
    // ASCII word boundaries: much faster than Unicode ones, and the rules' words are ASCII.
    let patterns: Vec<String> = LINE_RULES
        .iter()
        .map(|r| format!("(?i){}", r.pattern.replace(r"\b", r"(?-u:\b)")))
        .collect();
    RegexSet::new(patterns).expect("chrome rules compile")
});

/// Trim whitespace and markdown decoration around a line.
pub fn trim_decoration(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#' | '>' | '|'))
}

/// For each line, the rule that drops it (`None`: kept).
pub fn classify(source: &str, lines: &[Line]) -> Vec<Option<&'static str>> {
    let mut drop: Vec<Option<&'static str>> = vec![None; lines.len()];
    let len = source.len();
    let head_end = lines.partition_point(|l| l.start < EDGE_BYTES);
    let tail_start = lines.partition_point(|l| l.end + EDGE_BYTES <= len);
    let set = &*RULE_SET;
    let edge = (0..head_end).chain(tail_start.max(head_end)..lines.len());
    for idx in edge {
        let in_head = idx < head_end;
        let in_tail = lines[idx].end + EDGE_BYTES > len;
        let text = trim_decoration(lines[idx].text(source));
        if text.is_empty() || text.len() > MAX_RULE_LINE {
            continue;
        }
        let matched = set.matches(text);
        let Some(rule) = matched
            .iter()
            .map(|i| &LINE_RULES[i])
            .find(|r| match r.zone {
                Zone::Head => in_head,
                Zone::Tail => in_tail,
                Zone::Edge => true,
            })
        else {
            continue;
        };
        drop[idx] = Some(rule.name);
        if rule.with_paragraph {
            let mut next = idx + 1;
            while next < lines.len() && !lines[next].text(source).trim().is_empty() {
                drop[next] = Some(rule.name);
                next += 1;
            }
        }
    }
    nav_runs(source, lines, &mut drop, head_end, tail_start);
    link_sections(source, lines, &mut drop, tail_start);
    drop
}

/// Lines of a text or Markdown file that a reader never sees as the document's text,
/// marked after its metadata was read from them: the front matter a site generator puts
/// at the top (`---` ... `---` of YAML `key: value` lines, or `+++` ... `+++` of TOML),
/// and in Markdown, HTML comments (`<!-- ... -->`, over one line or several) and a line
/// that is only an image (`![alt](src)`).
pub fn hidden_source_lines(
    source: &str,
    lines: &[Line],
    markdown: bool,
    drop: &mut [Option<&'static str>],
) {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[A-Za-z_][\w.-]{0,40}\s*[:=]|\s+\S|-\s|\[|#|$)")
            .expect("front matter field compiles")
    });
    static IMAGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^!\[[^\]]{0,300}\]\([^)\s]{1,500}(?:\s+"[^"]{0,300}")?\)$"#)
            .expect("image line compiles")
    });
    let text = |i: usize| lines[i].text(source);
    let first = (0..lines.len()).find(|&i| !text(i).trim().is_empty());
    if let Some(first) = first {
        let fence = text(first).trim_end();
        if fence == "---" || fence == "+++" {
            let close =
                (first + 1..lines.len().min(first + 80)).find(|&i| text(i).trim_end() == fence);
            if let Some(close) = close {
                let fields = (first + 1..close)
                    .filter(|&i| !text(i).trim().is_empty())
                    .count();
                if fields > 0 && (first + 1..close).all(|i| FIELD.is_match(text(i))) {
                    for d in drop.iter_mut().take(close + 1).skip(first) {
                        d.get_or_insert("front_matter");
                    }
                }
            }
        }
    }
    if !markdown {
        return;
    }
    let mut in_comment = false;
    for (i, line) in lines.iter().enumerate() {
        let t = line.text(source).trim();
        if in_comment {
            drop[i].get_or_insert("markdown_comment");
            in_comment = !t.contains("-->");
            continue;
        }
        if let Some(rest) = t.strip_prefix("<!--") {
            match rest.find("-->") {
                Some(end) if rest[end + 3..].trim().is_empty() => {
                    drop[i].get_or_insert("markdown_comment");
                }
                Some(_) => {}
                None => {
                    drop[i].get_or_insert("markdown_comment");
                    in_comment = true;
                }
            }
            continue;
        }
        if IMAGE.is_match(t) {
            drop[i].get_or_insert("markdown_image");
        }
    }
}

/// Sections of links at an article's end: "See also", "External links", "Related
/// articles", "Categories" as a heading alone on its line, and the link titles listed
/// under it (lines that read like link titles, not sentences; blank lines between them
/// pass). The section is navigation, not the article's text. A "References" list is
/// the article's sources and stays.
fn link_sections(source: &str, lines: &[Line], drop: &mut [Option<&'static str>], from: usize) {
    static HEADING: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^(?:see\s+also|external\s+links|related\s+(?:articles|pages|links)|categories)\s*:?$",
        )
        .expect("link section heading compiles")
    });
    // The article's other back matter, which ends a section of links.
    static END: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^(?:references|notes|footnotes|citations|sources|bibliography|further\s+reading|works\s+cited)\s*:?$",
        )
        .expect("back matter heading compiles")
    });
    let mut idx = from;
    while idx < lines.len() {
        let text = trim_decoration(lines[idx].text(source));
        if !HEADING.is_match(text) {
            idx += 1;
            continue;
        }
        let mut items = Vec::new();
        let mut next = idx + 1;
        while next < lines.len() {
            let t = trim_decoration(lines[next].text(source));
            if t.is_empty() {
                next += 1;
                continue;
            }
            if HEADING.is_match(t) || END.is_match(t) || !is_nav_item(t, 80) {
                break;
            }
            items.push(next);
            next += 1;
        }
        if !items.is_empty() {
            drop[idx] = Some("link_section");
            for i in items {
                drop[i] = Some("link_section");
            }
        }
        idx = next.max(idx + 1);
    }
}

/// A one-line paragraph that reads like a link title, not a sentence.
fn is_nav_item(text: &str, max_len: usize) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.len() <= max_len
        && text.chars().any(char::is_alphabetic)
        && !text.ends_with([
            '.', '!', '?', ';', ':', ',', '"', '\u{201D}', '\u{2019}', '\'',
        ])
        && !text.contains(". ")
        && !is_data_row(text)
}

/// A table's row of data ("3 Carlos Ortega Hispanic 39 September 25, 2019 Dallas"):
/// a day's full date among several fields, one of them another number. Link titles
/// carry a date alone or none.
fn is_data_row(text: &str) -> bool {
    static FULL_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)\b(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}",
            r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}",
            r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b",
        ))
        .expect("full date compiles")
    });
    let Some(date) = FULL_DATE.find(text) else {
        return false;
    };
    let rest = format!("{} {}", &text[..date.start()], &text[date.end()..]);
    text.split_whitespace().count() >= 6
        && rest
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
}

/// Paragraphs (runs of non-blank kept lines) among `indices`, in the order given.
fn paragraphs(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    indices: impl Iterator<Item = usize>,
) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for idx in indices {
        if drop[idx].is_some() || lines[idx].text(source).trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(idx);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn nav_runs(
    source: &str,
    lines: &[Line],
    drop: &mut [Option<&'static str>],
    head_end: usize,
    tail_start: usize,
) {
    // Tail: walk back from the end.
    let tail = paragraphs(source, lines, drop, (tail_start..lines.len()).rev());
    let run: Vec<usize> = tail
        .iter()
        .take_while(|p| p.len() == 1 && is_nav_item(lines[p[0]].text(source), 80))
        .map(|p| p[0])
        .collect();
    if run.len() >= 3 {
        for idx in run {
            drop[idx] = Some("nav_links_tail");
        }
    }
    // Head: walk forward from the start.
    let head = paragraphs(source, lines, drop, 0..head_end);
    let run: Vec<usize> = head
        .iter()
        .take_while(|p| p.len() == 1 && is_nav_item(lines[p[0]].text(source), 40))
        .map(|p| p[0])
        .collect();
    // "JAMAICA" / "IN THE COURT OF APPEAL" / "SUPREME COURT CRIMINAL APPEAL NO 45/2012":
    // a judgment's heading, its lines as short as links, is no navigation.
    let heading = run
        .iter()
        .any(|&idx| JUDGMENT_HEAD_RE.is_match(lines[idx].text(source).trim()));
    if run.len() >= 4 && !heading {
        for idx in run {
            drop[idx] = Some("nav_links_head");
        }
    }
}

/// A line of a judgment's heading: the court it sits in, its case number, its neutral
/// citation.
static JUDGMENT_HEAD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:in\s+the\s+(?:\S+\s+){0,6}?(?:court|tribunal)\b",
        r"|.*\b(?:appeal|application|petition|case|suit)\s+no\.?\s*\d",
        r"|\[(?:19|20)\d\d\]\s+[A-Z]{2,8}\b)"
    ))
    .expect("judgment head pattern compiles")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_judgments_short_heading_lines_are_no_navigation() {
        let input = "[2020] WLCA Crim 3\n\nWESTLAND\n\nIN THE COURT OF APPEAL\n\nCRIMINAL APPEAL NO 12/2018\n\nBEFORE: THE HON MR JUSTICE ROSS\n\nANNA BERG v R\n\nThe appellant was convicted of murder and appeals against her sentence of life imprisonment.";
        let lines = crate::text::split_lines(input);
        let drop = classify(input, &lines);
        assert!(drop.iter().all(Option::is_none), "{drop:?}");
        // The same short lines as links are navigation.
        let input = "Home\n\nNews\n\nReports\n\nContact us\n\nThe appellant was convicted of murder and appeals against her sentence of life imprisonment.";
        let lines = crate::text::split_lines(input);
        let drop = classify(input, &lines);
        assert!(drop.iter().any(Option::is_some), "{drop:?}");
    }
    use crate::text::split_lines;

    /// `expect`: one entry per line, the rule name or "" for kept.
    fn check(input: &str, expect: &[&str]) {
        let lines = split_lines(input);
        let got: Vec<&str> = classify(input, &lines)
            .iter()
            .map(|r| r.unwrap_or(""))
            .collect();
        assert_eq!(got, expect, "input:\n{input}");
    }

    #[test]
    fn an_articles_link_sections_and_footer_are_chrome_its_references_stay() {
        check(
            "An article about the law in Westland, long enough to be a sentence of its body.\n\nSee also\n\n    Law of Westland\n    Courts of Westland\n\nReferences\n\n    ^ A. Writer (2011). A book. Westland Press. p. 4.\n\nRetrieved from \"https://example.org/w/index.php?title=Law&oldid=1\"\nCategories:\n\n    Law by country\n\nThis page was last edited on 2 May 2021, at 10:15 (UTC).",
            &["", "", "link_section", "", "link_section", "link_section", "", "", "", "", "", "wiki_footer", "link_section", "", "link_section", "", "wiki_footer"],
        );
        // A sentence under "See also" is the text's own.
        check(
            "Body of the text, long enough to be a sentence of its own here.\nSee also\nThe court said in 2010 that the law was void.",
            &["", "nav_word", ""],
        );
    }

    #[test]
    fn a_wire_desks_slug_and_note_and_a_double_colon_trail_are_chrome() {
        check(
            "BC-Westland-Floods, 1st Ld-Writethru,0512\nFloods leave thousands homeless\nEds: UPDATES with death toll.\nPORT ALDER, Westland (AP) _ Floods in the north have left more than 12,000 people homeless, the governor said.",
            &["wire_desk", "", "wire_desk", ""],
        );
        check(
            "Home :: Press Room\nRemand prisoners held for years\nMore than four hundred people held in the remand prison have waited over two years for trial.",
            &["breadcrumb", "", ""],
        );
        check(
            "Press Room :: Releases :: 2002\nRemand prisoners held for years\nMore than four hundred people held in the remand prison have waited over two years for trial.",
            &["breadcrumb", "", ""],
        );
    }

    #[test]
    fn a_footers_row_of_site_links_is_chrome() {
        check(
            "A title\n\nThe body says something long enough to be a sentence here.\nPrivacy policy About Example Disclaimers Contact Example Mobile view Developers\nTerms of use | Accessibility | Sitemap\nAbout the author and her work",
            &["", "", "", "footer_links", "footer_links", ""],
        );
    }

    #[test]
    fn a_row_of_bracketed_links_is_chrome() {
        check(
            "A title\n\nThe body says something long enough to be a sentence here.\n[Table of Contents] [Regional Index]\n[1] A. Writer, A Book, 2001.",
            &["", "", "", "link_row", ""],
        );
    }

    #[test]
    fn header_lines_are_chrome() {
        check(
            "Skip to content\nLast updated: 3 March 2020\nPublisher: Some Watch Group\nPublication date 4 April 2019\nCite as Some Watch Group, A report, 2019\nA report title\n\nThe body says something long enough to be a real sentence here.",
            &["skip_link", "last_updated", "publisher_header", "publication_date_header", "cite_as", "", "", ""],
        );
    }

    #[test]
    fn disclaimers_copyright_and_cookies() {
        check(
            "We use cookies to improve your visit.\nBody sentence one is here.\nDisclaimer\nThe views in this text are not ours.\nNor are these.\n\nMore body.\nThis is not an official ACME publication.\n© 2021 Some Group\nCopyright notice: © Copyright Some Group",
            &["cookie_banner", "", "disclaimer", "disclaimer", "disclaimer", "", "", "not_our_publication", "copyright", "copyright"],
        );
    }

    #[test]
    fn an_ascii_copyright_sign_with_a_name_then_the_year_is_a_notice() {
        check(
            "(c) Amnesty International 2020\n(c) 2019 Some Group\n(c) The police arrested 20 people in the north of the country in 2019\n(c) ensure that detainees see a lawyer by 2020\nBody sentence one is here.",
            &["copyright", "copyright", "", "", ""],
        );
    }

    #[test]
    fn a_bullet_read_as_copyright_sign_is_no_notice() {
        check(
            "© Amnesty International Publications 2006. All rights reserved.\n© Example Group, 2019\n© In June, two men were sentenced to death after an unfair trial in the capital.\n©) In August the army said the remains were found.\nBody sentence one is here.",
            &["copyright", "copyright", "", "", ""],
        );
    }

    #[test]
    fn page_counters_reader_controls_and_live_banners() {
        check(
            "Sie sind auf Seite 1von 12\nText size\nMost browsers let you zoom in with Ctrl and +.\nIn progress at the Assembly Hall\nA title\n\nPage 3 of 12\nPágina 2 de 5\nBody: a page of 3 of them.\nPages 10 of the report are missing.",
            &["page_counter", "reader_controls", "reader_controls", "live_banner", "", "", "page_counter", "page_counter", "", ""],
        );
    }

    #[test]
    fn nav_words_and_search() {
        check(
            "**Home**\nA sentence of the body.\nShare this page\nSearch ExampleSite",
            &["nav_word", "", "nav_word", "site_search"],
        );
        // A row of them; a sentence that uses one is body text.
        check(
            "Subscribe Sign in\nA sentence of the body.\nShare: Facebook Twitter LinkedIn Email\nRead more about the case\nSubscribe to our newsletter",
            &["nav_word", "", "nav_word", "", "nav_word"],
        );
    }

    #[test]
    fn trailing_table_rows_are_data_not_links() {
        // Rows of a table that ends the page: a full date among numbered fields.
        check(
            "Body text ends here.\n\n1 Ann Roe White 70 January 30, 2019 Bosque\n\n2 Tom Bix Black 48 16 May 2019 Harris\n\n3 Al Day Hispanic 39 2019-09-25 Dallas",
            &["", "", "", "", "", "", ""],
        );
        // A link title with a date alone is still a link.
        check(
            "Body text ends here.\n\nNews of 30 January 2019\n\nSecond related code\n\nA third link title",
            &["", "", "nav_links_tail", "", "nav_links_tail", "", "nav_links_tail"],
        );
    }

    #[test]
    fn trailing_link_list_is_dropped_but_not_a_closing_sentence() {
        check(
            "Body text ends here.\n\nFirst related law (draft version)\n\nSecond related code\n\nA third link title",
            &["", "", "nav_links_tail", "", "nav_links_tail", "", "nav_links_tail"],
        );
        check(
            "Body text ends here.\n\nOnly one link\n\nAnd another",
            &["", "", "", "", ""],
        );
        check(
            "Intro.\n\nList:\nalpha, one\nbeta, two\ngamma, three",
            &["", "", "", "", "", ""],
        );
    }

    #[test]
    fn top_menu_needs_four_short_items() {
        check(
            "Home\nNews\n\nAbout us\n\nContact\n\nBody sentence.",
            &["nav_word", "", "", "", "", "", "", ""],
        );
        check(
            "News\n\nAbout us\n\nPeople\n\nContact\n\nBody sentence.",
            &[
                "nav_links_head",
                "",
                "nav_links_head",
                "",
                "nav_links_head",
                "",
                "nav_links_head",
                "",
                "",
            ],
        );
        check(
            "Report title\n\nSubtitle here\n\nBody sentence.",
            &["", "", "", "", ""],
        );
    }

    #[test]
    fn body_lines_are_never_scanned() {
        let body = "Search warrants were issued.\n".repeat(400);
        let input = format!("Intro.\n{body}Home\n{body}End.");
        let lines = split_lines(&input);
        let drop = classify(&input, &lines);
        assert!(drop.iter().all(|d| d.is_none()));
    }

    #[test]
    fn archive_notices_and_advertisement_labels_are_chrome() {
        let input = "Archived information: this statement is kept for reference and is no longer updated.\n\nAdvertisement\n\nThis page has been archived and may contain outdated links.\n\nThe court released the two journalists on 4 May 2010 after eleven days in detention.";
        let lines = split_lines(input);
        let drop = classify(input, &lines);
        assert_eq!(drop[0], Some("archived_notice"));
        assert_eq!(drop[2], Some("advertisement"));
        assert_eq!(drop[4], Some("archived_notice"));
        assert_eq!(drop[6], None);
        let input = "Westland Prisoners Aid Trust » News » 2009\n\nThe court released the two journalists on 4 May 2010.";
        let lines = split_lines(input);
        assert_eq!(classify(input, &lines)[0], Some("breadcrumb"));
    }

    #[test]
    fn front_matter_comments_and_image_lines_are_hidden() {
        let input = "---\ntitle: \"Remand in Westland\"\ndate: 2021-05-03\ntags:\n  - prisons\n---\n\n<!-- note to editor: check the 2020 figure\n     before this goes out -->\n![A cell block](/img/cells.png \"Cells\")\n\nThe Forum visited eleven prisons in 2021.\n<!-- inline --> kept\n";
        let lines = split_lines(input);
        let mut drop = vec![None; lines.len()];
        hidden_source_lines(input, &lines, true, &mut drop);
        let kept: Vec<&str> = lines
            .iter()
            .zip(&drop)
            .filter(|(_, d)| d.is_none())
            .map(|(l, _)| l.text(input))
            .filter(|t| !t.trim().is_empty())
            .collect();
        assert_eq!(
            kept,
            [
                "The Forum visited eleven prisons in 2021.",
                "<!-- inline --> kept"
            ]
        );
        // Plain text keeps comments and images, and a rule that opens prose is no front matter.
        let mut drop = vec![None; lines.len()];
        hidden_source_lines(input, &lines, false, &mut drop);
        assert!(drop[7].is_none() && drop[0] == Some("front_matter"));
        let prose = "---\nThe Forum visited eleven prisons.\n---\n";
        let lines = split_lines(prose);
        let mut drop = vec![None; lines.len()];
        hidden_source_lines(prose, &lines, false, &mut drop);
        assert!(drop.iter().all(Option::is_none));
    }
}
