//! HTML to plain text with exact source positions.
//!
//! A small hand-written tag-soup tokenizer (comments, doctype, start/end tags with
//! quoted or bare attributes, raw-text elements such as `script` and `style`) walks the
//! decoded page once. It was preferred to a crate because every text run must keep its
//! byte position in the source, including runs around entities, which the tokenizer
//! crates available either do not report or report only for whole folded runs.
//!
//! - Dropped with their content (recorded in `dropped` with the rule `html_<why>`):
//!   `script`, `style`, `noscript`, `template`, `iframe`, `svg`, `nav`, `footer`,
//!   `aside`, `form`, `button`, `select`, `dialog`, `header` (outside `article`/`main`),
//!   elements whose `class`/`id` has a word starting or ending with cookie, consent,
//!   banner, nav, menu, breadcrumb, footer, skip, sidebar or share; elements with an
//!   ARIA landmark role for chrome (navigation, banner, contentinfo, search,
//!   complementary), `hidden`, `aria-hidden="true"` or `display:none`.
//! - Dropped by the page's layout ([`layout`], a pre-pass that measures each element's
//!   text and link text): link lists (`html_link_list`: menus, footer navigation,
//!   staff and contact directories) and the narrow side cells of a table-layout page
//!   (`html_layout_side`: the notice box beside the story).
//! - Block elements become paragraph breaks (`\n\n`, synthesised); `br` a line break;
//!   table cells a space. Runs of whitespace other than a single space become one
//!   synthesised space.
//! - Entities (`&amp;`, `&#233;`, `&#x2014;`, and the common named ones in
//!   [`ENTITIES`]) are decoded; the decoded character is synthesised text, which the
//!   offset map sends to the start of the next verbatim run. Unknown entities stay
//!   verbatim.
//! - Metadata: `<title>`, `<meta name|property=...>` (title, publisher / site name,
//!   published and modified dates, language, report number) and `<html lang>`, located
//!   in the original bytes. `author` and `description` have no field in the model and
//!   are ignored. A site-wide meta title (one that names the site or the agency while
//!   the page's `h1` says something else) gives way to the page's own title and becomes
//!   the publisher; a `<title>` loses the site's name. With no publisher from the tags,
//!   the site's name at the far end of the `<title>` from the headline is the publisher
//!   when the page names it again outside `<title>` (`site_from_title`).

mod jsonld;
mod layout;

use crate::meta::{parse_date, Finds, Found, Loc};
use crate::text::Builder;
use dossier_model::{OffsetMap, Segment, Span};
use std::ops::Range;

/// The result of reading one HTML page.
#[derive(Debug, Default)]
pub struct Html {
    /// Text with block structure, mapped to the original bytes.
    pub builder: Builder,
    /// Metadata from `<meta>` tags and `<html lang>` (locations in the original).
    pub finds: Finds,
    /// The `<title>` element.
    pub title_tag: Option<Found<String>>,
    /// The first `h1` (range in `builder.text`).
    pub h1: Option<Range<usize>>,
    /// The `<title>` names the site and nothing else ("Valley Herald Online", "Home -
    /// Example Monitor"): never the page's title.
    pub title_is_site: bool,
    /// The `<title>` was a word processor's or a print view's label ("Letter", "Print
    /// version", "Untitled document"), dropped: the page's first heading may stand for it.
    pub generic_title: bool,
    /// A body named by the `alt` of an image above the page's first heading (a print
    /// view's or a letterhead's logo: "Ministry of the Interior - Republic of Tarsen"):
    /// the publisher when nothing else names one.
    pub logo_publisher: Option<Found<String>>,
    /// The first `h2`-`h4` headings and any `h1` after the first (ranges in
    /// `builder.text`).
    pub headings: Vec<Range<usize>>,
    /// Dropped elements: ranges of the decoded source and the rule.
    pub dropped: Vec<(Range<usize>, String)>,
    /// The day in a blog's or a news page's dated element (`<li class="post-date">`,
    /// `<span class="entry-date">`), though a menu-like row that holds it is dropped:
    /// the day of publication when the text gives none.
    pub class_date: Option<Found<String>>,
    /// The day in the `datetime` of the byline's `<time>` under the first `h1` (its shown
    /// text may be relative, "3 days ago"): the day of publication when the text and a
    /// dated element give none.
    pub time_date: Option<Found<String>>,
    /// The `datePublished` of a JSON-LD graph's `WebPage` node when no node holds the work
    /// (a site's SEO graph): the day of publication when nothing else gives one.
    pub graph_date: Option<Found<String>>,
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "nav", "footer", "aside", "form",
    "button", "select", "dialog", "object", "math",
];
const RAW_TAGS: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "noembed",
    "iframe",
    "noscript",
    "plaintext",
];
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "figure",
    "figcaption",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "fieldset",
    "legend",
    "hgroup",
];
const CHROME_WORDS: &[&str] = &[
    "cookie",
    "consent",
    "banner",
    "nav",
    "menu",
    "breadcrumb",
    "footer",
    "skip",
    "sidebar",
    "share",
];
/// Class and id words that mark chrome only as whole words ("comments-area", "comment-respond",
/// "newsletter-signup"; "commentary" is no chrome).
const CHROME_WHOLE_WORDS: &[&str] = &[
    "comments",
    "respond",
    "disqus",
    "newsletter",
    "subscribe",
    "login",
    "signin",
    "social",
    "related",
    "advert",
    "advertisement",
    "ads",
    "promo",
];
const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "search",
    "complementary",
    "dialog",
    "alertdialog",
];
const NEVER_SKIP: &[&str] = &["html", "body", "main", "article"];

/// Named entities decoded (others stay verbatim).
pub const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("middot", "·"),
    ("bull", "•"),
    ("sect", "§"),
    ("para", "¶"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("times", "×"),
    ("divide", "÷"),
    ("shy", ""),
    ("zwj", ""),
    ("zwnj", ""),
    ("lrm", ""),
    ("rlm", ""),
    ("eacute", "é"),
    ("Eacute", "É"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("euml", "ë"),
    ("agrave", "à"),
    ("aacute", "á"),
    ("acirc", "â"),
    ("auml", "ä"),
    ("Auml", "Ä"),
    ("aring", "å"),
    ("atilde", "ã"),
    ("ccedil", "ç"),
    ("Ccedil", "Ç"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("ntilde", "ñ"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("ouml", "ö"),
    ("Ouml", "Ö"),
    ("otilde", "õ"),
    ("oslash", "ø"),
    ("uacute", "ú"),
    ("ugrave", "ù"),
    ("ucirc", "û"),
    ("uuml", "ü"),
    ("Uuml", "Ü"),
    ("szlig", "ß"),
    ("frac12", "½"),
    ("prime", "′"),
    ("dagger", "†"),
    ("larr", "←"),
    ("rarr", "→"),
    ("minus", "−"),
];

/// Entities also recognised without the closing `;` (legacy HTML).
const BARE_ENTITIES: &[&str] = &["amp", "lt", "gt", "quot", "nbsp", "copy"];

/// Decode the entity at the start of `s` (which starts with `&`): (text, bytes consumed).
pub fn decode_entity(s: &str) -> Option<(String, usize)> {
    let bytes = s.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let (digits_start, radix) = if matches!(bytes.get(2), Some(b'x' | b'X')) {
            (3, 16)
        } else {
            (2, 10)
        };
        let len = bytes[digits_start.min(bytes.len())..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit() && (radix == 16 || b.is_ascii_digit()))
            .count();
        if len == 0 || len > 8 {
            return None;
        }
        let digits = s.get(digits_start..digits_start + len)?;
        let code = u32::from_str_radix(digits, radix).ok()?;
        let ch = match code {
            0 => '\u{FFFD}',
            0x80..=0x9F => cp1252(code),
            _ => char::from_u32(code).unwrap_or('\u{FFFD}'),
        };
        let mut used = digits_start + len;
        if bytes.get(used) == Some(&b';') {
            used += 1;
        }
        return Some((ch.to_string(), used));
    }
    let name_len = bytes[1..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = s.get(1..1 + name_len)?;
    let (_, value) = ENTITIES.iter().find(|(n, _)| *n == name)?;
    if bytes.get(1 + name_len) == Some(&b';') {
        Some((value.to_string(), name_len + 2))
    } else if BARE_ENTITIES.contains(&name) {
        Some((value.to_string(), name_len + 1))
    } else {
        None
    }
}

/// Numeric references in the C1 range mean Windows-1252 characters (HTML spec).
fn cp1252(code: u32) -> char {
    let byte = [code as u8];
    encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(&byte)
        .0
        .chars()
        .next()
        .unwrap_or('\u{FFFD}')
}

/// Decode entities and collapse whitespace in an attribute or title value.
fn decode_value(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        match decode_entity(&rest[amp..]) {
            Some((text, used)) => {
                out.push_str(&text);
                rest = &rest[amp + used..];
            }
            None => {
                out.push('&');
                rest = &rest[amp + 1..];
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

struct Tag<'a> {
    name: String,
    attrs: Vec<(String, Range<usize>, &'a str)>,
    self_closing: bool,
    end: usize,
}

impl Tag<'_> {
    fn attr(&self, name: &str) -> Option<(&Range<usize>, &str)> {
        self.attrs
            .iter()
            .find(|(n, _, _)| n == name)
            .map(|(_, r, v)| (r, *v))
    }
}

/// Parse a start tag at `i` (`src[i] == '<'` followed by a letter).
fn parse_start_tag(src: &str, i: usize) -> Tag<'_> {
    let bytes = src.as_bytes();
    let mut j = i + 1;
    while j < bytes.len() && !bytes[j].is_ascii_whitespace() && bytes[j] != b'>' && bytes[j] != b'/'
    {
        j += 1;
    }
    let name = src.get(i + 1..j).unwrap_or("").to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while j < bytes.len() && (bytes[j].is_ascii_whitespace() || bytes[j] == b'/') {
            self_closing = bytes[j] == b'/';
            j += 1;
        }
        if j >= bytes.len() {
            break;
        }
        if bytes[j] == b'>' {
            j += 1;
            break;
        }
        self_closing = false;
        let name_start = j;
        while j < bytes.len()
            && !bytes[j].is_ascii_whitespace()
            && !matches!(bytes[j], b'=' | b'>' | b'/')
        {
            j += 1;
        }
        if j == name_start {
            j += 1; // a stray '=' : skip it
            continue;
        }
        let attr_name = src.get(name_start..j).unwrap_or("").to_ascii_lowercase();
        let mut k = j;
        while k < bytes.len() && bytes[k].is_ascii_whitespace() {
            k += 1;
        }
        let mut value = j..j;
        if bytes.get(k) == Some(&b'=') {
            k += 1;
            while k < bytes.len() && bytes[k].is_ascii_whitespace() {
                k += 1;
            }
            match bytes.get(k) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = memchr::memchr(q, &bytes[k + 1..])
                        .map(|e| k + 1 + e)
                        .unwrap_or(bytes.len());
                    value = k + 1..end;
                    j = (end + 1).min(bytes.len());
                }
                _ => {
                    let start = k;
                    while k < bytes.len() && !bytes[k].is_ascii_whitespace() && bytes[k] != b'>' {
                        k += 1;
                    }
                    value = start..k;
                    j = k;
                }
            }
        }
        let text = src.get(value.clone()).unwrap_or("");
        attrs.push((attr_name, value, text));
    }
    Tag {
        name,
        attrs,
        self_closing,
        end: j.min(bytes.len()),
    }
}

/// Position of the `<` of the closing tag `</name` at or after `from`.
fn find_close(src: &str, from: usize, name: &str) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut at = from;
    while let Some(off) = memchr::memmem::find(&bytes[at.min(bytes.len())..], b"</") {
        let pos = at + off;
        let candidate = bytes.get(pos + 2..pos + 2 + name.len())?;
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            return Some(pos);
        }
        at = pos + 2;
    }
    None
}

/// At a `<` of `src`: the end of the comment, declaration (`<!DOCTYPE`) or processing
/// instruction that starts there (they hold no text), else `None`.
fn skip_unparsed(src: &str, i: usize) -> Option<usize> {
    let bytes = src.as_bytes();
    if let Some(end) = archive_toolbar(src, i) {
        return Some(end);
    }
    if src[i..].starts_with("<!--") {
        return Some(
            memchr::memmem::find(&bytes[i + 4..], b"-->")
                .map(|e| i + 4 + e + 3)
                .unwrap_or(bytes.len()),
        );
    }
    let next = bytes.get(i + 1).copied().unwrap_or(0);
    (next == b'!' || next == b'?').then(|| after_gt(src, i))
}

/// Comments a web archive puts round the toolbar it inserts into a page it serves
/// (capture count, capture days, a calendar strip): the toolbar is not the page's text.
const ARCHIVE_TOOLBAR: &[(&str, &str)] = &[(
    "<!-- BEGIN WAYBACK TOOLBAR INSERT -->",
    "<!-- END WAYBACK TOOLBAR INSERT -->",
)];

/// At a `<` of `src` opening a web archive's toolbar comment: the end of the toolbar's
/// closing comment (toolbar and comments hold none of the page's text).
fn archive_toolbar(src: &str, i: usize) -> Option<usize> {
    let rest = src.get(i..)?;
    ARCHIVE_TOOLBAR.iter().find_map(|(open, close)| {
        let head = rest.get(..open.len())?;
        if !head.eq_ignore_ascii_case(open) {
            return None;
        }
        let end = memchr::memmem::find(rest.as_bytes(), close.as_bytes())?;
        Some(i + end + close.len())
    })
}

/// At a `<` of `src`: the name of the end tag that starts there (lower-case) and
/// where the name ends, else `None`.
fn end_tag_at(src: &str, i: usize) -> Option<(String, usize)> {
    let bytes = src.as_bytes();
    if bytes.get(i + 1) != Some(&b'/') || !bytes.get(i + 2).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    // The name as a start tag's is read: up to a space, `>` or `/`, so that a custom
    // element's end tag (`</amp-sidebar>`, `</o:p>`) closes the element it opened.
    let mut j = i + 2;
    while j < bytes.len()
        && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'-' | b':' | b'_' | b'.'))
    {
        j += 1;
    }
    Some((src.get(i + 2..j).unwrap_or("").to_ascii_lowercase(), j))
}

fn after_gt(src: &str, from: usize) -> usize {
    memchr::memchr(b'>', &src.as_bytes()[from.min(src.len())..])
        .map(|e| from + e + 1)
        .unwrap_or(src.len())
}

/// The end (after `</sup>`) of a superscript opened at `from` that holds a footnote's mark
/// only: one letter, a number of up to three digits or a run of `*`, `†`, `‡`, in square
/// brackets or not, a link around it or not. An ordinal's suffix after a digit
/// ("1<sup>st</sup>") and a power after a unit ("km<sup>2</sup>") are words of the text.
fn footnote_mark_end(src: &str, from: usize, text_before: &str) -> Option<usize> {
    let close = find_close(src, from, "sup")?;
    let inner = src.get(from..close)?;
    if inner.len() > 200 || inner.contains("<sup") || inner.contains("<SUP") {
        return None;
    }
    let mut mark = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag && !c.is_whitespace() => mark.push(c),
            _ => {}
        }
    }
    let mark = mark
        .trim_start_matches(['[', '('])
        .trim_end_matches([']', ')']);
    let before = text_before.trim_end_matches(' ');
    let last = before.chars().last()?;
    if !(last.is_alphanumeric() || matches!(last, '.' | ',' | ';' | ':' | ')' | '"' | '\u{201d}')) {
        return None;
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    let is_mark = if mark.chars().all(|c| c.is_ascii_digit()) {
        // "km<sup>2</sup>", "10<sup>6</sup>": a power, not a mark ("in 2017<sup>3</sup>"
        // is one).
        (1..=3).contains(&mark.len())
            && word != "10"
            && !(word.len() <= 2 && word.chars().all(|c| c.is_ascii_lowercase()))
    } else if mark.chars().count() == 1 {
        let c = mark.chars().next()?;
        c.is_ascii_lowercase() || matches!(c, '*' | '\u{2020}' | '\u{2021}')
    } else {
        !mark.is_empty()
            && mark
                .chars()
                .all(|c| matches!(c, '*' | '\u{2020}' | '\u{2021}'))
    };
    is_mark.then(|| after_gt(src, close))
}

/// Class or id words (whole words) of an `<aside>` inside `<article>` or `<main>` that
/// holds the story's own prose: a case note, a box from the archive, a background or
/// fact box ("case-note", "from-archive", "background-box"). Other asides there ("most
/// read", "related", "latest") stay chrome.
const PROSE_ASIDES: &[&str] = &[
    "note",
    "notes",
    "archive",
    "background",
    "factbox",
    "explainer",
    "context",
    "timeline",
    "chronology",
];

/// Class words of an aside that is the site's, whatever else it is called
/// ("widget widget_archive", "related-notes", "newsletter-box").
const SITE_ASIDES: &[&str] = &[
    "related",
    "promo",
    "newsletter",
    "share",
    "sharing",
    "social",
    "author",
    "widget",
    "subscribe",
    "ad",
    "ads",
    "advert",
    "popular",
    "trending",
    "sidebar",
    "comments",
    "most",
];

/// Whether an `<aside>` inside the story is its prose: its class or id names none of
/// [`SITE_ASIDES`], and either names one of [`PROSE_ASIDES`] or the box holds prose
/// ([`holds_prose`]: a case box, a callout in sentences).
fn prose_aside(src: &str, tag: &Tag<'_>) -> bool {
    let words = class_words(tag);
    !words.iter().any(|w| SITE_ASIDES.contains(&w.as_str()))
        && (words.iter().any(|w| PROSE_ASIDES.contains(&w.as_str())) || holds_prose(src, tag.end))
}

/// Tags whose presence makes a box the site's: lists of links or items, forms.
const CHROME_INSIDE: &[&str] = &[
    "<ul", "<ol", "<form", "<input", "<button", "<select", "<nav",
];

/// Whether the element whose start tag ends at `from` (an `<aside>`) holds prose: no
/// list or form ([`CHROME_INSIDE`]), at most a fifth of its text in links, and a
/// sentence of eight words or more ending in a full stop ("Convicted of murder in 2011.
/// His resentencing application was filed on 8 September 2023."), which a "most read"
/// list, a share bar or a newsletter form never holds.
fn holds_prose(src: &str, from: usize) -> bool {
    let Some(inner) = find_close(src, from, "aside").and_then(|close| src.get(from..close)) else {
        return false;
    };
    let lower = inner.to_ascii_lowercase();
    if CHROME_INSIDE.iter().any(|t| lower.contains(t)) {
        return false;
    }
    let (mut text, mut link_text, mut in_link) = (String::new(), 0usize, false);
    let mut rest = inner;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        if in_link {
            link_text += lt;
        }
        let gt = rest[lt..].find('>').map_or(rest.len(), |g| lt + g + 1);
        let tag = rest[lt..gt].to_ascii_lowercase();
        if tag.starts_with("<a ") || tag == "<a>" {
            in_link = true;
        } else if tag.starts_with("</a") {
            in_link = false;
        }
        text.push(' ');
        rest = &rest[gt..];
    }
    text.push_str(rest);
    let visible = text.split_whitespace().map(str::len).sum::<usize>();
    let stated = |min: usize| {
        text.split_inclusive(['.', '!', '?'])
            .filter(|s| s.ends_with('.') && s.split_whitespace().count() >= min)
            .count()
    };
    // A teaser for another story ("Ostland executed 834 people in 2023, the most in
    // eight years. Read more") is one sentence and a link: a box with a link holds
    // prose only with two sentences of its own.
    link_text * 5 <= visible && stated(8) >= 1 && (link_text == 0 || stated(3) >= 2)
}

/// The whole words of a tag's class and id, lower-cased.
fn class_words(tag: &Tag<'_>) -> Vec<String> {
    ["class", "id"]
        .iter()
        .filter_map(|attr| tag.attr(attr).map(|(_, value)| value.to_ascii_lowercase()))
        .flat_map(|value| {
            value
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Why a start tag's element is chrome, if it is.
fn chrome_reason(src: &str, tag: &Tag<'_>, in_article: bool) -> Option<String> {
    if NEVER_SKIP.contains(&tag.name.as_str()) {
        return None;
    }
    if SKIP_TAGS.contains(&tag.name.as_str())
        && !(tag.name == "aside" && in_article && prose_aside(src, tag))
        || (tag.name == "header" && !in_article)
    {
        return Some(format!("html_{}", tag.name));
    }
    if tag.attr("hidden").is_some()
        || tag
            .attr("aria-hidden")
            .is_some_and(|(_, v)| v.eq_ignore_ascii_case("true"))
    {
        return Some("html_hidden".to_string());
    }
    if let Some((_, style)) = tag.attr("style") {
        let compact: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if compact.contains("display:none") || compact.contains("visibility:hidden") {
            return Some("html_hidden".to_string());
        }
    }
    if let Some((_, role)) = tag.attr("role") {
        let role = role.trim().to_ascii_lowercase();
        if CHROME_ROLES.contains(&role.as_str()) {
            return Some(format!("html_role_{role}"));
        }
    }
    for attr in ["class", "id"] {
        let Some((_, value)) = tag.attr(attr) else {
            continue;
        };
        let lower = value.to_ascii_lowercase();
        for word in lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            if let Some(kw) = CHROME_WORDS
                .iter()
                .find(|kw| word.starts_with(*kw) || word.ends_with(*kw))
            {
                return Some(format!("html_class_{kw}"));
            }
            if let Some(kw) = CHROME_WHOLE_WORDS.iter().find(|kw| word == **kw) {
                return Some(format!("html_class_{kw}"));
            }
        }
    }
    None
}

/// Meta names per field.
const META_TITLE: &[&str] = &[
    "citation_title",
    "dc.title",
    "dcterms.title",
    "og:title",
    "twitter:title",
];
const META_PUBLISHER: &[&str] = &[
    // A government portal's page names the department that published it; the portal's
    // own name is only its `og:site_name`.
    "govuk:primary-publishing-organisation",
    "citation_publisher",
    "dc.publisher",
    "dcterms.publisher",
    "publisher",
    "og:site_name",
];
const META_PUBLISHED: &[&str] = &[
    "citation_publication_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publication_date",
    "date",
];
const META_UPDATED: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "dc.date.modified",
    "dcterms.modified",
    "datemodified",
    "last-modified",
];
const META_LANGUAGE: &[&str] = &[
    "dc.language",
    "dcterms.language",
    "content-language",
    "language",
];
const META_NUMBER: &[&str] = &["citation_technical_report_number", "citation_report_number"];

/// The rank of a JSON-LD node's value: worse than any `<meta>` name's, so it fills only
/// what no `<meta>` does.
const JSON_LD_RANK: usize = 64;

/// Rank of `name` in `list` (lower is preferred).
fn rank(list: &[&str], name: &str) -> Option<usize> {
    list.iter().position(|n| *n == name)
}

fn language_code(value: &str) -> Option<String> {
    let primary = value.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (2..=3)
        .contains(&primary.len())
        .then_some(primary)
        .filter(|p| p.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Read an HTML page. `base` maps `src` positions to original bytes.
pub fn parse(src: &str, base: &[Segment]) -> Html {
    let bytes = src.as_bytes();
    let original = OffsetMap {
        segments: base.to_vec(),
    };
    let to_original = |r: &Range<usize>| {
        original
            .span_to_original(Span::new(r.start, r.end))
            .map(|s| s.start as usize..s.end as usize)
            .unwrap_or(0..0)
    };
    let mut out = Html::default();
    let layout = layout::layout_chrome(src);
    let mut ranks: [usize; 5] = [usize::MAX; 5];
    let mut skip: Option<(String, usize, usize, String)> = None; // (tag, depth, start, rule)
    let mut in_article = 0usize;
    let mut heading: Option<(usize, usize)> = None; // (level, start in builder)
                                                    // An element styled as a headline though no `h1`-`h4` (see [`headline_like`]).
    let mut styled: Option<(String, usize)> = None; // (tag, start in builder)
    let mut in_pre = 0usize; // open `pre` elements: their line breaks are kept
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            if let Some(end) = skip_unparsed(src, i) {
                i = end;
                continue;
            }
            if let Some((name, j)) = end_tag_at(src, i) {
                let end = after_gt(src, j);
                if let Some((tag, depth, start, rule)) = skip.as_mut() {
                    if *tag == name {
                        *depth -= 1;
                        if *depth == 0 {
                            out.dropped.push((*start..end, std::mem::take(rule)));
                            skip = None;
                        }
                    }
                } else {
                    if styled.as_ref().is_some_and(|(tag, _)| *tag == name) {
                        let (_, start) = styled.take().expect("checked above");
                        styled_headline(&mut out, start);
                    }
                    end_tag(&mut out, &name, &mut heading, &mut in_article);
                    in_pre -= usize::from(name == "pre" && in_pre > 0);
                }
                i = end;
                continue;
            }
            if bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
                let tag = parse_start_tag(src, i);
                let mut end = tag.end;
                let void = VOID_TAGS.contains(&tag.name.as_str()) || tag.self_closing;
                // Raw text content is consumed here whatever happens to it.
                let raw_content = if RAW_TAGS.contains(&tag.name.as_str()) && !tag.self_closing {
                    let close = find_close(src, end, &tag.name).unwrap_or(bytes.len());
                    let content = end..close;
                    end = after_gt(src, close);
                    Some(content)
                } else {
                    None
                };
                if let Some((name, depth, _, _)) = skip.as_mut() {
                    if *name == tag.name && !void && raw_content.is_none() {
                        *depth += 1;
                    }
                    i = end;
                    continue;
                }
                if tag.name == "meta" {
                    read_meta(&tag, &mut out.finds, &mut ranks, &to_original);
                } else if tag.name == "html" {
                    if let Some((range, value)) = tag.attr("lang") {
                        if let Some(code) = language_code(value) {
                            out.finds.language = Some(Found::new(
                                code,
                                Loc::Original(to_original(range)),
                                "html_lang",
                            ));
                        }
                    }
                }
                if let Some(content) = raw_content {
                    if tag.name == "script"
                        && tag.attr("type").is_some_and(|(_, t)| t.contains("ld+json"))
                    {
                        let json = src.get(content.clone()).unwrap_or("");
                        let loc = to_original(&content);
                        let page_day =
                            jsonld::read(json, &loc, &mut out.finds, &mut ranks, JSON_LD_RANK);
                        if out.graph_date.is_none() {
                            out.graph_date = page_day;
                        }
                    } else if tag.name == "title" && out.title_tag.is_none() {
                        let value = decode_value(src.get(content.clone()).unwrap_or(""));
                        out.generic_title = crate::meta::file_name_title(&value);
                        if !value.is_empty() && !out.generic_title {
                            out.title_tag = Some(Found::new(
                                value,
                                Loc::Original(to_original(&content)),
                                "html_title",
                            ));
                        }
                    } else if tag.name == "textarea" || tag.name == "xmp" || tag.name == "plaintext"
                    {
                        // Form fields and obsolete preformatted blocks: not document text.
                    } else {
                        out.dropped.push((i..end, format!("html_{}", tag.name)));
                    }
                    i = end;
                    continue;
                }
                if let Some(&(drop_end, rule)) = layout.get(&i).filter(|_| !void) {
                    let drop_end = drop_end.max(end);
                    out.dropped.push((i..drop_end, rule.to_string()));
                    out.builder.break_lines(1);
                    i = drop_end;
                    continue;
                }
                // "Burkina Faso<sup>a</sup>", "abolished in 2017<sup>3</sup>": a footnote's
                // mark leaves the text (its span is kept among the dropped ones).
                if tag.name == "sup" && !void {
                    if let Some(close) = footnote_mark_end(src, end, &out.builder.text) {
                        out.dropped.push((i..close, "footnote_marker".to_string()));
                        i = close;
                        continue;
                    }
                }
                if let Some(rule) = chrome_reason(src, &tag, in_article > 0) {
                    if void {
                        out.dropped.push((i..end, rule));
                    } else {
                        skip = Some((tag.name.clone(), 1, i, rule));
                    }
                    i = end;
                    continue;
                }
                start_tag(&mut out, &tag.name, &mut heading, &mut in_article);
                in_pre += usize::from(tag.name == "pre" && !void);
                if styled.is_none() && heading.is_none() && !void && headline_like(&tag) {
                    styled = Some((tag.name.clone(), out.builder.text.len()));
                }
                i = end;
                continue;
            }
        }
        // Text up to the next tag-like '<'.
        let mut j = memchr::memchr(b'<', &bytes[i + 1..])
            .map(|e| i + 1 + e)
            .unwrap_or(bytes.len());
        while j < bytes.len() {
            let n = bytes.get(j + 1).copied().unwrap_or(0);
            if n.is_ascii_alphabetic() || n == b'/' || n == b'!' || n == b'?' {
                break;
            }
            j = memchr::memchr(b'<', &bytes[j + 1..])
                .map(|e| j + 1 + e)
                .unwrap_or(bytes.len());
        }
        if skip.is_none() && in_pre > 0 {
            pre_run(src, i, j, base, &mut out.builder);
        } else if skip.is_none() {
            text_run(src, i, j, base, &mut out.builder);
        }
        i = j;
    }
    if let Some((_, _, start, rule)) = skip {
        out.dropped.push((start..bytes.len(), rule));
    }
    out.builder.trim_end();
    out.class_date = class_date(src, &to_original);
    out.time_date = time_date(src, &to_original);
    settle_titles(src, &mut out);
    site_from_title(src, &mut out);
    out.logo_publisher = logo_publisher(src);
    out
}

/// The body a logo's `alt` names above the page's first heading (`<img src="logo.png"
/// alt="Ministry of the Interior - Republic of Tarsen">`): a body's name, whole or before
/// its state's ("Ministry of the Interior - Republic of Tarsen"); a word "logo" or a
/// name that is no body's ("Home", "Print") is none.
fn logo_publisher(src: &str) -> Option<Found<String>> {
    static ALT_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?is)<img\s[^>]*?\balt\s*=\s*["']([^"'<>]{5,100})["']"#)
            .expect("alt pattern")
    });
    let lower = src.to_ascii_lowercase();
    let body_start = lower.find("<body").unwrap_or(0);
    let head_end = ["<h1", "<h2", "<h3"]
        .iter()
        .filter_map(|h| lower[body_start..].find(h).map(|i| body_start + i))
        .min()?;
    let part = &src[body_start..head_end];
    ALT_RE
        .captures_iter(part)
        .take(3)
        // A site's own logo: its tag says so ("logo", "brand", "masthead", "emblem",
        // "crest", "seal" in its source, class or id), or it sits in a link home. A
        // funder's strip or a photograph is no publisher.
        .filter(|c| {
            let whole = c.get(0).expect("whole match");
            let tag = whole.as_str().to_ascii_lowercase();
            let alt_at = c.get(1).map_or(0, |a| a.start() - whole.start());
            let attrs = tag.get(..alt_at).unwrap_or(&tag);
            let rest = src[whole.end()..]
                .split('>')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let before = lower[body_start..body_start + whole.start()]
                .rsplit("<a")
                .next()
                .filter(|link| !link.contains("</a"))
                .unwrap_or("");
            ["logo", "brand", "masthead", "emblem", "crest", "seal"]
                .iter()
                .any(|w| attrs.contains(w) || rest.contains(w))
                || ["href=\"/\"", "href='/'", "href=\"./\"", "index.htm"]
                    .iter()
                    .any(|h| before.contains(h))
        })
        .map(|c| decode_value(&c[1]).trim().to_string())
        .filter(|alt| !alt.to_lowercase().contains("logo"))
        .find(|alt| {
            crate::meta::names_a_body(alt)
                || [" - ", " – ", " | ", ", "].iter().any(|sep| {
                    alt.split_once(sep)
                        .is_some_and(|(a, _)| crate::meta::names_a_body(a.trim()))
                })
        })
        .map(|alt| Found::new(alt, Loc::None, "html_logo_alt"))
}

/// Class names blog and news themes give the element holding a post's day ("post-date"
/// in WordPress themes, "entry-date", "posted-on", "published"); a comment's or a
/// widget's ("comment-date", "widget-date") are none.
const DATE_CLASSES: &[&str] = &[
    "post-date",
    "entry-date",
    "posted-on",
    "published",
    "pubdate",
    "publish-date",
    "publication-date",
    "date-published",
    "article-date",
    "post-published",
    "byline-date",
    "story-date",
];

/// The post's own element of a dated class ([`DATE_CLASSES`]) whose text opens with a
/// full day: the day, located in the original. An element inside an `<aside>` or a
/// widget's or sidebar's container (WordPress's Recent Posts widget writes a
/// `post-date` for each post it lists) is none, and so is one outside the page's
/// `<article>` or `<main>` when it has one; of the rest, the one nearest the `h1`.
fn class_date(
    src: &str,
    to_original: &impl Fn(&Range<usize>) -> Range<usize>,
) -> Option<Found<String>> {
    static CLASS_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?i)<[a-z][a-z0-9]*\s[^>]*\bclass\s*=\s*["']([^"']*)["'][^>]*>"#)
            .expect("class pattern")
    });
    static TAG_RE: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"<[^>]*>").expect("tag pattern"));
    let lower = src.to_ascii_lowercase();
    // Whether `at` lies inside an element `tag` (opened more often than closed before it).
    let inside = |tag: &str, at: usize| {
        let head = &lower[..at];
        let open =
            head.matches(&format!("<{tag}>")).count() + head.matches(&format!("<{tag} ")).count();
        open > head.matches(&format!("</{tag}>")).count()
    };
    let has_body_tag = lower.contains("<article") || lower.contains("<main");
    let h1 = lower.find("<h1");
    let mut best: Option<(usize, Found<String>)> = None;
    for caps in CLASS_RE.captures_iter(src) {
        let classes = caps.get(1)?.as_str().to_ascii_lowercase();
        if !classes
            .split_whitespace()
            .any(|c| DATE_CLASSES.contains(&c))
        {
            continue;
        }
        let start = caps.get(0)?.start();
        if inside("aside", start)
            || in_widget(&lower, start)
            || (has_body_tag && !inside("article", start) && !inside("main", start))
        {
            continue;
        }
        let after = caps.get(0)?.end();
        let mut end = (after + 300).min(src.len());
        while !src.is_char_boundary(end) {
            end -= 1;
        }
        let inner = &src[after..end];
        // The element's text up to its first closing tag past the text.
        let text = TAG_RE.replace_all(inner, "\n");
        let Some(first) = text.split('\n').map(str::trim).find(|t| !t.is_empty()) else {
            continue;
        };
        let Some(hit) = parse_date(first) else {
            continue;
        };
        if hit.iso.len() != 10 || hit.range.start > 12 || crate::meta::is_relative(first) {
            continue;
        }
        let at = after + inner.find(first).unwrap_or(0);
        let range = at..at + first.len();
        let distance = h1.map_or(start, |h| h.abs_diff(start));
        if best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((
                distance,
                Found::new(
                    hit.iso,
                    Loc::Original(to_original(&range)),
                    "html_date_class",
                ),
            ));
        }
    }
    best.map(|(_, found)| found)
}

/// The day in the `datetime` of the first `<time>` element past the page's first `h1`,
/// within its head (2,500 bytes of source past it): the story's byline day, whose shown
/// text may say only "3 days ago". A `<time>` marked as the update ("updated",
/// "modified" in its attributes) passes the turn to the next; one in a sidebar, a
/// widget, an `aside`, `nav` or `footer`, or outside the page's `article` or `main`,
/// dates nothing, nor does any after it.
fn time_date(
    src: &str,
    to_original: &impl Fn(&Range<usize>) -> Range<usize>,
) -> Option<Found<String>> {
    static TIME_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?i)<time\s([^>]*)>"#).expect("time pattern")
    });
    static DATETIME_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?i)\bdatetime\s*=\s*["']\s*([^"'<>]{8,40}?)\s*["']"#)
            .expect("datetime pattern")
    });
    let lower = src.to_ascii_lowercase();
    let inside = |tag: &str, at: usize| {
        let head = &lower[..at];
        let open =
            head.matches(&format!("<{tag}>")).count() + head.matches(&format!("<{tag} ")).count();
        open > head.matches(&format!("</{tag}>")).count()
    };
    let has_body_tag = lower.contains("<article") || lower.contains("<main");
    let h1 = lower.find("<h1")?;
    for caps in TIME_RE.captures_iter(&src[h1..]) {
        let whole = caps.get(0)?;
        let start = h1 + whole.start();
        if start - h1 > 2_500 {
            return None;
        }
        if ["aside", "nav", "footer"].iter().any(|t| inside(t, start))
            || in_widget(&lower, start)
            || (has_body_tag && !inside("article", start) && !inside("main", start))
        {
            return None;
        }
        let attrs = caps.get(1)?.as_str();
        let attrs_lower = attrs.to_ascii_lowercase();
        if attrs_lower.contains("updated") || attrs_lower.contains("modified") {
            continue;
        }
        let value = DATETIME_RE.captures(attrs)?.get(1)?;
        let hit = parse_date(value.as_str()).filter(|h| h.iso.len() == 10 && h.range.start == 0)?;
        let at = start + caps.get(1)?.start() - whole.start() + value.start();
        return Some(Found::new(
            hit.iso,
            Loc::Original(to_original(&(at..at + value.len()))),
            "html_time_datetime",
        ));
    }
    None
}

/// Whether `at` in the (lower-cased) source lies inside a widget's or a sidebar's
/// container: an element (no page's `body`, `main` or `article`) one of whose classes
/// or whose id opens with "widget" or "sidebar", opened before `at` and not yet
/// closed (its tag's closings after it never outnumber its openings up to `at`).
fn in_widget(lower: &str, at: usize) -> bool {
    static CONTAINER_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"<([a-z][a-z0-9]*)\s[^>]*\b(?:class|id)\s*=\s*["'](?:[^"']*\s)?(?:widget|sidebar)[^"']*["'][^>]*>"#,
        )
        .expect("widget pattern")
    });
    CONTAINER_RE
        .captures_iter(&lower[..at])
        .filter_map(|caps| Some((caps.get(0)?.end(), caps.get(1)?.as_str())))
        .filter(|(_, tag)| !matches!(*tag, "html" | "body" | "main" | "article"))
        .any(|(end, tag)| {
            // Walk the tag's openings and closings after the container's: it is closed
            // once they fall below it.
            let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
            let mut depth = 1usize;
            let mut rest = &lower[end..at];
            while let Some(i) = rest.find('<') {
                rest = &rest[i..];
                if rest.starts_with(&close) {
                    depth -= 1;
                    if depth == 0 {
                        return false;
                    }
                } else if rest.starts_with(&open)
                    && rest[open.len()..].starts_with(|c: char| c == '>' || c.is_whitespace())
                {
                    depth += 1;
                }
                rest = &rest[1..];
            }
            true
        })
}

/// Words that name an organisation rather than a page.
const ORGANISATION_WORDS: &[&str] = &[
    "department",
    "ministry",
    "agency",
    "office",
    "bureau",
    "commission",
    "service",
    "services",
    "council",
    "authority",
    "administration",
    "government",
    "directorate",
    "secretariat",
    "institute",
    "court",
    "police",
    "parliament",
    "embassy",
];

/// Words that name a body of civil society ("Southland Forum for Human Rights", "Penal
/// Reform Trust"): a `<title>` of such a name alone, named again on the page, is the site's.
const NGO_WORDS: &[&str] = &[
    "forum",
    "trust",
    "network",
    "coalition",
    "alliance",
    "association",
    "society",
    "centre",
    "center",
    "foundation",
    "watch",
    "federation",
    "league",
    "committee",
    "initiative",
    "campaign",
];

/// A reference work's name as its pages' `<title>` ends ("Capital punishment in X -
/// Examplepedia, the free encyclopedia"): the work is the publisher, the rest the title.
fn reference_work_in_title(out: &mut Html) {
    static WORK_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^(?P<n>\p{Lu}[\p{L}\d .'’&-]{1,40}?),\s+the\s+(?:free|open|online|people's|collaborative)\s+(?:encyclop(?:a)?edia|dictionary)$",
        )
        .expect("reference work pattern")
    });
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let segments = title_segments(&tag.value);
    let [page, work] = segments[..] else {
        return;
    };
    let Some(name) = WORK_RE.captures(work).and_then(|c| c.name("n")) else {
        return;
    };
    if out.finds.publisher.is_none() {
        let loc = match &tag.loc {
            Loc::Original(r) if r.len() == tag.value.len() => {
                let at = tag.value.rfind(work).unwrap_or(0) + name.start();
                Loc::Original(r.start + at..r.start + at + name.len())
            }
            other => other.clone(),
        };
        out.finds.publisher = Some(Found::new(
            name.as_str().to_string(),
            loc,
            "html_title_reference_work",
        ));
    }
    let page = page.to_string();
    if let Some(tag) = out.title_tag.as_mut() {
        if let Loc::Original(r) = &tag.loc {
            if r.len() == tag.value.len() {
                tag.loc = Loc::Original(r.start..r.start + page.len());
            }
        }
        tag.value = page;
    }
}

/// The body a page's footer names, when nothing else names its publisher: its copyright
/// notice ("© 2020 Southern Coalition Against the Death Penalty · Privacy") or its
/// address ("The Supreme Court of the United Kingdom, Parliament Square, London"), read
/// from the footer the text dropped. Returns the name and its range in `src`.
pub(crate) fn footer_publisher(
    src: &str,
    dropped: &[(Range<usize>, String)],
) -> Option<(String, Range<usize>)> {
    static COPY_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)(?:©|&copy;|&#169;|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?-i:(?P<n>\p{Lu}[\p{L}&'’ -]{2,80}?))\s*(?:\([A-Z]{2,10}\)\s*)?(?:[.·|,<]|&middot;|all\s+rights|$)",
        )
        .expect("footer copyright pattern")
    });
    static ADDRESS_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r">\s*(?P<n>\p{Lu}[\p{L}&'’ -]{4,80}?),\s+[^<,]{3,60},\s")
            .expect("footer address pattern")
    });
    // "The Global Rights Federation (GRF) is an international ...": the footer's note on
    // the body that runs the site.
    static ABOUT_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r">\s*(?:The\s+)?(?P<n>\p{Lu}[\p{L}&'’ -]{4,80}?)\s+(?:\([A-Z]{2,10}\)\s+)?is\s+(?:an?|the)\s",
        )
        .expect("footer note pattern")
    });
    let footers = dropped
        .iter()
        .rev()
        .filter(|(_, rule)| rule.ends_with("footer"))
        .filter_map(|(r, _)| Some((r.start, src.get(r.clone())?)));
    for (start, html) in footers {
        for re in [&*COPY_RE, &*ADDRESS_RE, &*ABOUT_RE] {
            for caps in re.captures_iter(html) {
                let n = caps.name("n")?;
                let name = n.as_str().trim();
                if crate::meta::names_a_body(name) {
                    let at = start + n.start();
                    return Some((name.to_string(), at..at + name.len()));
                }
            }
        }
    }
    None
}

/// The parts of a `<title>` ("Statistics | Department of Corrections").
fn title_segments(title: &str) -> Vec<&str> {
    let mut parts = vec![title];
    for sep in [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • "] {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The headline of a page whose `<title>` joins it to the site's name and a section's
/// ("The Valley Star :: Nation/World :: Texas executes man ..."): the one part of four
/// words or more that the page prints as a line of its own near its head.
pub(crate) fn title_segment_line(
    title: &str,
    source: &str,
    lines: &[crate::text::Line],
) -> Option<Found<String>> {
    let segments = title_segments(title);
    if segments.len() < 2 {
        return None;
    }
    let long: Vec<String> = segments
        .iter()
        .filter(|s| s.split_whitespace().count() >= 4)
        .map(|s| fold(s))
        .collect();
    the_one_line(
        source,
        &lines[..lines.len().min(60)],
        "html_title_segment",
        |text| long.contains(&fold(text)),
    )
}

/// An old page's `<title>` that is a short tag ("TRC - Detention" read as "Detention", a
/// page called "Prison Conditions") over a longer headline that holds it ("Detention
/// Without Trial in Tessaly: The Case of the Eastern Province" in bold): the headline.
/// The line must open with a capital, hold the tag's words as a phrase, run three to
/// sixteen words with two more than the tag at least, end with no full stop and carry no
/// trail or menu separator; it is the first such line among the first thirty and none
/// after it differs. Each part of the `<title>` is tried, the site's name (`site`) aside.
pub(crate) fn headline_holding_title(
    title: &str,
    site: Option<&str>,
    source: &str,
    lines: &[crate::text::Line],
) -> Option<Found<String>> {
    let mut tags = vec![title];
    let segments = title_segments(title);
    if segments.len() >= 2 {
        tags.extend(segments);
    }
    // The site's own name is no tag of the page.
    let site = site.map(fold);
    tags.into_iter()
        .map(fold)
        .filter(|t| site.as_ref() != Some(t))
        .find_map(|tag| headline_holding(&tag, source, lines))
}

fn headline_holding(tag: &str, source: &str, lines: &[crate::text::Line]) -> Option<Found<String>> {
    let tag_words = tag.split_whitespace().count();
    if !(1..=4).contains(&tag_words) || tag.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let holds = |text: &str| {
        let t = fold(text);
        let words = t.split_whitespace().count();
        let padded = format!(" {} ", t.replace([':', ',', ';'], " "));
        let padded = padded.split_whitespace().collect::<Vec<_>>().join(" ");
        text.starts_with(char::is_uppercase)
            && (3..=16).contains(&words)
            && words >= tag_words + 2
            && !text.ends_with(['.', ':', ';', ','])
            && ![" | ", " > ", " » ", " :: ", " / ", "[", "]"]
                .iter()
                .any(|s| text.contains(s))
            && format!(" {padded} ").contains(&format!(" {tag} "))
    };
    the_one_line(
        source,
        &lines[..lines.len().min(30)],
        "html_title_in_headline",
        holds,
    )
}

/// The line (trimmed) of `lines` that `holds`, when every line that holds reads the
/// same; found by `rule`.
fn the_one_line(
    source: &str,
    lines: &[crate::text::Line],
    rule: &'static str,
    holds: impl Fn(&str) -> bool,
) -> Option<Found<String>> {
    let mut hits = lines.iter().filter_map(|l| {
        let raw = l.text(source);
        let text = raw.trim();
        holds(text).then(|| {
            let start = l.start + (raw.len() - raw.trim_start().len());
            Found::new(
                text.to_string(),
                Loc::Source(start..start + text.len()),
                rule,
            )
        })
    });
    let first = hits.next()?;
    hits.all(|h| fold(&h.value) == fold(&first.value))
        .then_some(first)
}

/// Whether `part` is one of the parts of the `<title>` `title`, and not all of it.
pub(crate) fn is_title_segment(title: &str, part: &str) -> bool {
    let segments = title_segments(title);
    let part = fold(part);
    segments.len() >= 2 && segments.iter().any(|s| fold(s) == part)
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Section and page names a `<title>` may end with that name no publisher.
const NOT_SITE: &[&str] = &[
    "online edition",
    "online",
    "web edition",
    "internet edition",
    "e-paper",
    "epaper",
    "home",
    "homepage",
    "home page",
    "news",
    "index",
    "welcome",
    "main",
];

/// The site's name at the far end of a `<title>` from the page's headline ("Headline |
/// World News | Asia Wire" is Asia Wire's; a section's name in the middle is passed
/// over) is the publisher when nothing else names one, and when the page names the site
/// again outside its `<title>` (a masthead, a footer, "© 2025 Asia Wire"): a segment
/// the page never repeats may be anything. A person (the page's author, "By X") is
/// never a publisher. The `<title>` then loses the site's name.
fn site_from_title(src: &str, out: &mut Html) {
    heading_under_generic_title(out);
    welcome_title(out);
    space_before_title(src, out);
    reference_work_in_title(out);
    date_in_title(out);
    site_in_h1(src, out);
    names_only_in_title(out);
    site_alone_in_title(src, out);
    section_in_title(out);
    site_from_home_link(src, out);
    site_named_meta_title(out);
    masthead_in_title(out);
    site_at_title_end(src, out);
    acronym_trail_in_title(out);
    heading_ends_title(out);
    publication_on_platform(out);
    repository_in_title(out);
    post_on_platform(out);
    meta_title_without_site(out);
    service_of_a_body(src, out);
}

/// A site named by one word for the service it runs ("Petitions", "Consultations",
/// "Hansard") whose page says whose service it is ("Petitions – Parliament of Kestland" in
/// its footer, "Hansard - Brenmoor Parliament" in its `<title>`): the body publishes, not
/// the service.
fn service_of_a_body(src: &str, out: &mut Html) {
    let Some(site) = out.finds.publisher.as_ref() else {
        return;
    };
    let name = site.value.trim();
    if name.split_whitespace().nth(1).is_some()
        || name.len() < 4
        || !name.chars().all(char::is_alphabetic)
        || !name.starts_with(char::is_uppercase)
        || name.chars().skip(1).any(char::is_uppercase)
    {
        return;
    }
    let Ok(pattern) = regex::Regex::new(&format!(
        r"(?i)>\s*{}\s*(?:&ndash;|&mdash;|&#8211;|&#8212;|–|—|-|\||,)\s*(\p{{Lu}}[^<>\n]{{3,80}}?)\s*<",
        regex::escape(name)
    )) else {
        return;
    };
    // The `<title>` counts ("Hansard - Brenmoor Parliament"); a trail of sections
    // ("Reader - Feeds - Harbour Watch") does not.
    let body = pattern
        .captures_iter(src)
        .map(|c| decode_value(&c[1]))
        .find(|b| !b.contains(" - ") && crate::meta::names_a_body(b));
    if let Some(body) = body {
        out.finds.publisher = Some(Found::new(body, Loc::None, "html_service_of"));
    }
}

/// A `<meta>` title that joins the page's headline to the site's name ("Deaths in custody,
/// 2012-2022 - Example Open Data Portal"), the site found only past the `<meta>` tags
/// (its home link, its `<title>`): the headline.
fn meta_title_without_site(out: &mut Html) {
    let (Some(site), Some(meta)) = (out.finds.publisher.as_ref(), out.finds.title.as_mut()) else {
        return;
    };
    if let Some(headline) = title_without_site(&meta.value, &fold(&site.value))
        .filter(|h| h.split_whitespace().count() >= 2)
    {
        meta.value = headline;
        meta.loc = Loc::None;
    }
}

/// The one part of a title joined to the site's name (`site`, folded) that is not it
/// ("Headline - Gulf Rights Review": "Headline").
fn title_without_site(title: &str, site: &str) -> Option<String> {
    let segments = title_segments(title);
    let kept: Vec<&str> = segments
        .iter()
        .copied()
        .filter(|s| !names_site(s, site))
        .collect();
    (segments.len() >= 2 && kept.len() == 1).then(|| kept[0].to_string())
}

/// Whether a segment of a `<title>` is the site's name (`site`, folded) or one part of a
/// name that itself joins parts ("Hansard - UK Parliament": "Hansard", "UK Parliament").
fn names_site(segment: &str, site: &str) -> bool {
    let segment = fold(segment);
    if segment == site {
        return true;
    }
    let parts = title_segments(site);
    parts.len() >= 2 && parts.contains(&segment.as_str())
}

/// A page whose `<title>` is a generic label a print view or a word processor gives every
/// page ("Print version", "Printer-friendly page") and that has no `h1`: its first heading
/// (an `h2` "Presidential decree: ..." under the print view's header) is its title.
fn heading_under_generic_title(out: &mut Html) {
    if out.generic_title && out.title_tag.is_none() && out.h1.is_none() {
        out.h1 = first_headline(out, &[]);
    }
}

/// A wiki page's `<title>` (and heading) that opens with the name of its space, as
/// Confluence writes "SPACE : PAGE", the space named again by a link home or to the
/// space's index (`<a href="index.html">Monitoring Team</a>`): the page's own name,
/// after the space's, is the title, in the `<title>` and in the `h1` that repeats it.
fn space_before_title(src: &str, out: &mut Html) {
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let Some((space, page)) = tag.value.split_once(" : ") else {
        return;
    };
    let space_fold = fold(space);
    let page = page.trim();
    if space_fold.is_empty()
        || page.split_whitespace().count() < 3
        || !home_link_names(src).iter().any(|n| fold(n) == space_fold)
    {
        return;
    }
    let whole = fold(&tag.value);
    let page = page.to_string();
    if let Some(r) = out.h1.clone() {
        let h = out.builder.text.get(r.clone()).unwrap_or("");
        if fold(h) == whole {
            if let Some(at) = h.find(" : ") {
                let rest = &h[at + 3..];
                let lead = rest.len() - rest.trim_start().len();
                out.h1 = Some(r.start + at + 3 + lead..r.end);
            }
        }
    }
    let tag = out.title_tag.as_mut().expect("checked above");
    if let Loc::Original(r) = &tag.loc {
        if r.len() == tag.value.len() {
            let skip = tag.value.len() - page.len();
            tag.loc = Loc::Original(r.start + skip..r.end);
        }
    }
    tag.value = page;
}

/// A code host's page ("GitHub - owner/repo: Deaths in custody in Tarsen, dataset and
/// code"): the platform's name ([`crate::meta::heads::is_platform`]) and, after it, the
/// repository's path are no part of the title; the description that follows them is.
fn repository_in_title(out: &mut Html) {
    static SLUG_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+:\s+(\S.{5,})$").expect("slug pattern")
    });
    let strip = |v: &str| -> Option<String> {
        let mut rest: Option<&str> = None;
        for sep in [" - ", " · ", " | ", " – ", " — "] {
            if let Some((a, b)) = v.split_once(sep) {
                if crate::meta::heads::is_platform(a) {
                    rest = Some(b.trim());
                    break;
                }
            }
            if let Some((a, b)) = v.rsplit_once(sep) {
                if crate::meta::heads::is_platform(b) {
                    rest = Some(a.trim());
                    break;
                }
            }
        }
        let rest = rest.unwrap_or(v);
        let caps = SLUG_RE.captures(rest)?;
        Some(caps[1].trim().to_string())
    };
    let platform_site = out
        .finds
        .publisher
        .as_ref()
        .is_some_and(|p| crate::meta::heads::is_platform(&p.value));
    for title in [out.finds.title.as_mut(), out.title_tag.as_mut()]
        .into_iter()
        .flatten()
    {
        let named = title_segments(&title.value)
            .iter()
            .any(|s| crate::meta::heads::is_platform(s));
        if !(named || platform_site) {
            continue;
        }
        if let Some(v) = strip(&title.value) {
            title.value = v;
            title.loc = Loc::None;
        }
    }
}

/// A page a platform makes of someone's posts, titled "Thread by @handle on Thread Reader
/// App", "Post by NAME on Telegram": the platform ([`crate::meta::heads::is_platform`]) is
/// no part of the title; "Thread by @handle" is.
fn post_on_platform(out: &mut Html) {
    for title in [out.finds.title.as_mut(), out.title_tag.as_mut()]
        .into_iter()
        .flatten()
    {
        // The platform's name again at the end ("... on Thread Reader App – Thread Reader
        // App") goes first.
        let mut value = title.value.as_str();
        for sep in [" - ", " – ", " — ", " | ", " · "] {
            if let Some((a, b)) = value.rsplit_once(sep) {
                if crate::meta::heads::is_platform(b) {
                    value = a.trim_end();
                    break;
                }
            }
        }
        let Some((head, platform)) = value.rsplit_once(" on ") else {
            continue;
        };
        // Only a post's own title ("Thread by @x", "Posts by NAME", "@x"): "Statement
        // by Amnesty International on Telegram" is a title about the platform.
        let post = head.starts_with('@')
            || head.split_once(" by ").is_some_and(|(kind, _)| {
                matches!(
                    kind.trim().to_lowercase().as_str(),
                    "thread" | "post" | "posts" | "tweet" | "tweets" | "toot" | "status"
                )
            });
        if post && crate::meta::heads::is_platform(platform) {
            title.value = head.trim().to_string();
            title.loc = Loc::None;
        }
    }
}

/// A post on a publishing platform ("Published in Rights Review · 6 min read · Jan 14,
/// 2022" under the byline, the publication named again in the `<title>`): the
/// publication is the publisher, not the platform its `og:site_name` names.
fn publication_on_platform(out: &mut Html) {
    static PUBLISHED_IN_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?m)^[ \t]*Published in (\p{Lu}[^·|•\n]{1,60}?)[ \t]*[·|•]")
            .expect("published-in pattern")
    });
    if out
        .finds
        .publisher
        .as_ref()
        .is_some_and(|p| p.rule != "html_meta")
    {
        return;
    }
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let text = &out.builder.text;
    let Some(m) = PUBLISHED_IN_RE
        .captures(text)
        .and_then(|c| c.get(1))
        .filter(|m| {
            title_segments(&tag.value)
                .iter()
                .any(|s| fold(s) == fold(m.as_str()))
        })
    else {
        return;
    };
    out.finds.publisher = Some(Found::new(
        m.as_str().to_string(),
        Loc::Source(m.range()),
        "published_in",
    ));
}

/// A `<title>` of two parts, the site's name and the day of the issue ("Lakeside Nation -
/// Monday, March 16, 1998"), as old news sites titled every page of an edition: the day
/// dates the page, and the other part names the site, never the story.
fn date_in_title(out: &mut Html) {
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let segments = title_segments(&tag.value);
    if segments.len() != 2 {
        return;
    }
    let dated =
        |s: &str| parse_date(s).filter(|h| h.iso.len() == 10 && crate::meta::is_date_only(s, h));
    let (site, day) = match (dated(segments[0]), dated(segments[1])) {
        (None, Some(h)) => (segments[0], h),
        (Some(h), None) => (segments[1], h),
        _ => return,
    };
    if site.split_whitespace().count() > 6 || !site.starts_with(char::is_uppercase) {
        return;
    }
    let site = site.to_string();
    if out.finds.published.is_none() {
        out.finds.published = Some(Found::new(day.iso, Loc::None, "html_title_date"));
    }
    if let Some(tag) = out.title_tag.as_mut() {
        tag.value = site;
    }
    out.title_is_site = true;
}

/// The site's name at the far end of the `<title>` (see [`site_from_title`]).
fn site_at_title_end(src: &str, out: &mut Html) {
    if out.finds.publisher.is_some() || out.title_is_site {
        return;
    }
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let segments = title_segments(&tag.value);
    if segments.len() < 2 {
        return;
    }
    let (first, last) = (segments[0], segments[segments.len() - 1]);
    let h1 = out
        .h1
        .as_ref()
        .and_then(|r| out.builder.text.get(r.clone()))
        .map(fold)
        .filter(|h| h.len() >= 8);
    let head = fold(
        out.builder
            .text
            .get(..crate::meta::floor_boundary(&out.builder.text, 1000))
            .unwrap_or(""),
    );
    let words = |s: &str| s.split_whitespace().count();
    let is_headline = |seg: &str| {
        let f = fold(seg);
        match h1.as_deref() {
            Some(h) => f.contains(h) || (f.len() >= 8 && h.contains(&f)),
            None => f.len() >= 8 && head.contains(&f),
        }
    };
    let site = match (is_headline(first), is_headline(last)) {
        (true, false) => last,
        (false, true) => first,
        (true, true) if h1.is_none() && words(first) != words(last) => {
            if words(first) > words(last) {
                last
            } else {
                first
            }
        }
        _ => return,
    };
    let site_fold = fold(site);
    let site_words = words(site);
    if site_words == 0
        || site_words > 6
        || site.len() > 60
        || !site.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || NOT_SITE.contains(&site_fold.as_str())
    {
        return;
    }
    let lower = src.to_lowercase();
    let named_again = lower.matches(&site_fold).count() >= 2;
    let person = byline_names(&out.builder.text, &site_fold)
        || lower.contains(&format!("author\" content=\"{site_fold}"));
    if !named_again || person {
        return;
    }
    let loc = match &tag.loc {
        Loc::Original(r) if r.len() == tag.value.len() => {
            let at = tag.value.rfind(site).unwrap_or(0);
            if std::ptr::eq(site, first) {
                Loc::Original(r.start..r.start + site.len())
            } else {
                Loc::Original(r.start + at..r.start + at + site.len())
            }
        }
        other => other.clone(),
    };
    out.finds.publisher = Some(Found::new(site.to_string(), loc, "html_title_site"));
    let headline: Vec<&str> = segments
        .iter()
        .copied()
        .filter(|s| is_headline(s) && fold(s) != site_fold)
        .collect();
    if headline.len() == 1 {
        let headline = headline[0].to_string();
        if let Some(tag) = out.title_tag.as_mut() {
            tag.value = headline;
        }
    }
}

/// An `h1` that is the site's logo: the `<title>` alone, named in a copyright notice
/// ("<h1><a href="/">The Daily Lantern</a></h1>"), or the `<title>`'s name before the
/// page's own heading ("Death Penalty Notes: Another state considers repeal" over an
/// `h3` "Another state considers repeal"). The site's name is then the publisher, and
/// the page's first heading below that is no date is its headline.
fn site_in_h1(src: &str, out: &mut Html) {
    let (Some(tag), Some(h1)) = (out.title_tag.as_ref(), out.h1.clone()) else {
        return;
    };
    let Some(h1_text) = out.builder.text.get(h1.clone()).map(str::to_string) else {
        return;
    };
    let (h1_fold, title_fold) = (fold(&h1_text), fold(&tag.value));
    let heading_fold = |r: &Range<usize>| out.builder.text.get(r.clone()).map(fold);
    let dated = |r: &Range<usize>| {
        out.builder.text.get(r.clone()).is_some_and(|t| {
            t.split_whitespace().count() <= 6 && crate::meta::parse_date(t).is_some()
        })
    };
    // A wiki's `<title>` "page_id [Wiki Name]" over the wiki's name in the header's `h1`:
    // the page's own heading after it is the title.
    let bracketed = title_fold
        .strip_suffix(']')
        .and_then(|t| t.rsplit_once('['))
        .is_some_and(|(_, site)| site.trim() == h1_fold);
    let headline = if bracketed {
        out.headings
            .iter()
            .find(|r| r.start >= h1.end && !dated(r))
            .cloned()
    } else if h1_fold == title_fold {
        if !in_copyright(&src.to_lowercase(), &h1_fold) {
            return;
        }
        out.headings.iter().find(|r| !dated(r)).cloned()
    } else {
        let Some(rest) = title_fold.strip_prefix(&h1_fold) else {
            return;
        };
        let rest = rest.trim_start_matches([':', '|', '-', '–', '—', '»', ' ']);
        if rest.len() < 8 {
            return;
        }
        out.headings
            .iter()
            .find(|r| heading_fold(r).as_deref() == Some(rest))
            .cloned()
    };
    let Some(headline) = headline else {
        return;
    };
    if out.finds.publisher.is_none() {
        out.finds.publisher = Some(Found::new(
            h1_text.trim().to_string(),
            Loc::Source(h1),
            "html_h1_site",
        ));
    }
    out.h1 = Some(headline);
    out.title_is_site = true;
}

/// Words of a state's formal name ("Republic of Zambia", "Kingdom of Tonga").
const STATE_WORDS: &[&str] = &[
    "republic",
    "kingdom",
    "federation",
    "commonwealth",
    "principality",
    "sultanate",
    "emirate",
];

/// A `<title>` made of nothing but names of bodies ("Ministry of Justice | Republic of
/// Zambia", "Press Office - Department of Corrections"), as a government site titles
/// every page: it names the site, not the page. The first body that is no state is the
/// publisher, and the page's own heading (the `h1`, or when the `h1` is one of those names
/// or missing, the first `h2`-`h4` that is no date) its headline.
fn names_only_in_title(out: &mut Html) {
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let segments: Vec<&str> = title_segments(&tag.value)
        .into_iter()
        .filter(|s| !NOT_SITE.contains(&fold(s).as_str()))
        .collect();
    if segments.len() < 2 {
        return;
    }
    let words_of = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    // A body's name: its head noun ("Ministry", "Republic") ends it or is followed by
    // "of"/"for"/"on" ("Supreme Court hears appeal" is a headline), every longer word
    // capitalised.
    let named_by = |s: &str, nouns: &[&str]| {
        let words = words_of(s);
        let capitalised = s
            .split_whitespace()
            .all(|w| w.chars().count() <= 3 || w.starts_with(|c: char| !c.is_lowercase()));
        capitalised
            && words.iter().enumerate().any(|(i, w)| {
                nouns.contains(&w.as_str())
                    && words
                        .get(i + 1)
                        .is_none_or(|n| matches!(n.as_str(), "of" | "for" | "on" | "and"))
            })
    };
    let body = |s: &str| named_by(s, ORGANISATION_WORDS);
    let state = |s: &str| named_by(s, STATE_WORDS);
    let all_names = segments
        .iter()
        .all(|s| s.split_whitespace().count() <= 8 && (body(s) || state(s)));
    let Some(issuer) = segments.iter().find(|s| body(s) && !state(s)).copied() else {
        return;
    };
    if !all_names {
        return;
    }
    let folded: Vec<String> = segments.iter().map(|s| fold(s)).collect();
    let text = &out.builder.text;
    let is_name = |r: &Range<usize>| {
        text.get(r.clone())
            .is_some_and(|t| folded.contains(&fold(t)))
    };
    let dated = |r: &Range<usize>| {
        text.get(r.clone()).is_some_and(|t| {
            t.split_whitespace().count() <= 6 && crate::meta::parse_date(t).is_some()
        })
    };
    let headline = match out.h1.clone() {
        Some(h1) if !is_name(&h1) => Some(h1),
        _ => out
            .headings
            .iter()
            .find(|r| !dated(r) && !is_name(r))
            .cloned(),
    };
    let Some(headline) = headline else {
        return;
    };
    if out.finds.publisher.is_none() {
        let loc = match &tag.loc {
            Loc::Original(r) if r.len() == tag.value.len() => {
                let at = tag.value.find(issuer).unwrap_or(0);
                Loc::Original(r.start + at..r.start + at + issuer.len())
            }
            other => other.clone(),
        };
        out.finds.publisher = Some(Found::new(issuer.to_string(), loc, "html_title_site"));
    }
    out.h1 = Some(headline);
    out.title_is_site = true;
}

/// Whether `name` is named in a copyright notice of the page ("&copy; 2004 Valley Herald
/// Online", "Copyright © Example Agency 2018").
fn in_copyright(lower_src: &str, name: &str) -> bool {
    lower_src.match_indices(name).any(|(at, _)| {
        let before = &lower_src[crate::meta::floor_boundary(lower_src, at.saturating_sub(24))..at];
        before.contains('©')
            || before.contains("&copy;")
            || before.contains("copyright")
            || before.contains("(c)")
    })
}

/// A `<title>` that is the site's name alone, or with "Home" ("Home - Example Monitor"):
/// the publisher when nothing else names one, and never the page's title. Alone, it
/// must be the name of a copyright notice on the page, or an organisation's name over a
/// different `h1` (an agency's every page is titled with its name); beside "Home", the
/// page must name it again.
fn site_alone_in_title(src: &str, out: &mut Html) {
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let segments = title_segments(&tag.value);
    // "Government Information Service - Press Releases": a section's name beside the
    // site's titles every page of the section, as "Home" does.
    let rest: Vec<&str> = segments
        .iter()
        .copied()
        .filter(|s| {
            let f = fold(s);
            let section = segments.len() > 1 && SECTION_TITLES.contains(&f.as_str());
            !section && !NOT_SITE.contains(&f.as_str())
        })
        .collect();
    // "Island Herald Online - Norland": an online edition's name beside the country it
    // serves (a name of one to three capitalised words), as old papers titled every page.
    let edition = |s: &str| {
        let f = fold(s);
        f.ends_with(" online") && f.split_whitespace().count() >= 2
    };
    let place = |s: &str| {
        let words = s.split_whitespace().count();
        (1..=3).contains(&words)
            && s.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && !s.contains(|c: char| c.is_ascii_digit())
    };
    let beside_place = matches!(rest[..], [a, b] if edition(a) && place(b) && !edition(b));
    let rest: Vec<&str> = if beside_place {
        rest[..1].to_vec()
    } else {
        rest
    };
    let [site] = rest[..] else {
        return;
    };
    // "Welcome to the Example Coalition": the site greets its reader by its name.
    let site = ["Welcome to the ", "Welcome to "]
        .iter()
        .find_map(|p| site.strip_prefix(p))
        .unwrap_or(site);
    let beside_home = segments.len() > 1;
    let site_fold = fold(site);
    // "The Lantern Quarterly - Archive", "Example Union | Official Website": the site's
    // name beside a section's titles every page, whoever the page names as publisher.
    let beside_section = rest.len() < segments.len() && !beside_place;
    if let Some(publisher) = out.finds.publisher.as_ref() {
        out.title_is_site = fold(&publisher.value) == site_fold || beside_section;
        if out.title_is_site && out.h1.is_none() && beside_section {
            out.h1 = first_headline(out, &[site_fold]);
        }
        return;
    }
    let words = site.split_whitespace().count();
    let lower = src.to_lowercase();
    let long_ok = words <= 10 && site.len() <= 90 && in_copyright(&lower, &site_fold);
    if words == 0
        || (!long_ok && (words > 6 || site.len() > 60))
        || !site.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        return;
    }
    let h1 = out
        .h1
        .as_ref()
        .and_then(|r| out.builder.text.get(r.clone()))
        .map(fold);
    if h1.as_deref() == Some(site_fold.as_str()) {
        return;
    }
    let evidence = if beside_place {
        // The paper named again without "Online" (its masthead, its copyright notice).
        let stem = site_fold.trim_end_matches(" online");
        lower.matches(stem).count() >= 2 && !byline_names(&out.builder.text, stem)
    } else if beside_home {
        lower.matches(&site_fold).count() >= 2 && !byline_names(&out.builder.text, &site_fold)
    } else {
        // No `h1`, the headline in an `h2`: the page names the body again (a footer's
        // address, "Southland Forum, 14 Harbour Street").
        let named_again = !out.headings.is_empty() && lower.matches(&site_fold).count() >= 2;
        let organisation = site_fold.split(|c: char| !c.is_alphanumeric()).any(|w| {
            (h1.is_some() && ORGANISATION_WORDS.contains(&w))
                || (named_again && (ORGANISATION_WORDS.contains(&w) || NGO_WORDS.contains(&w)))
        });
        organisation || in_copyright(&lower, &site_fold)
    };
    if !evidence {
        return;
    }
    let loc = match &tag.loc {
        Loc::Original(r) if r.len() == tag.value.len() => {
            let at = tag.value.find(site).unwrap_or(0);
            Loc::Original(r.start + at..r.start + at + site.len())
        }
        other => other.clone(),
    };
    out.finds.publisher = Some(Found::new(site.to_string(), loc, "html_title_site"));
    out.title_is_site = true;
    if out.h1.is_none() {
        out.h1 = first_headline(out, &[site_fold]);
    }
}

/// Names of a site's sections, which title every page of a section ("Press Statements",
/// "News Releases"): never a page's own title.
const SECTION_TITLES: &[&str] = &[
    "press statements",
    "press statement",
    "press summary",
    "press summaries",
    "judgment summary",
    "case summary",
    "press releases",
    "press release",
    "news releases",
    "news release",
    "media releases",
    "media release",
    "statements",
    "statement",
    "newsroom",
    "news room",
    "press room",
    "press",
    "media",
    "media centre",
    "media center",
    "latest news",
    "news and events",
    "news & events",
    "news and media",
    "speeches",
    "announcements",
    "archive",
    "archives",
    "news archive",
    "official website",
    "official web site",
    "official site",
    "official portal",
    // A newspaper's sections ("The Coastal Tribune - Nation").
    "nation",
    "national",
    "national news",
    "world",
    "world news",
    "local",
    "local news",
    "regional news",
    "politics",
    "business",
    "opinion",
    "editorial",
    "sport",
    "sports",
    "front page",
    "home news",
    "metro",
];

/// A `<title>` that names the page's section and nothing else: the page's own title is
/// its first heading.
fn section_in_title(out: &mut Html) {
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    if out.title_is_site || !SECTION_TITLES.contains(&fold(&tag.value).as_str()) {
        return;
    }
    out.title_is_site = true;
    if out.h1.is_none() {
        out.h1 = first_headline(out, &[fold(&tag.value)]);
    }
}

/// Whether a line of `text` is a byline naming `name` ("By Asia Wire staff"): a person,
/// never a site. "As said by UNHCR spokesperson" inside a sentence is no byline.
fn byline_names(text: &str, name_fold: &str) -> bool {
    let by = format!("by {name_fold}");
    text.lines()
        .any(|l| fold(l).starts_with(&by) || fold(l).contains(&format!("| {by}")))
}

/// The page's first heading of `headings` (an `h2`-`h4`, or an `h1` after the first)
/// that is no date and none of `names` (the site's).
fn first_headline(out: &Html, names: &[String]) -> Option<Range<usize>> {
    let text = &out.builder.text;
    out.headings
        .iter()
        .find(|r| {
            text.get((*r).clone()).is_some_and(|t| {
                let f = fold(t);
                f.len() >= 8
                    && !names.contains(&f)
                    && !(t.split_whitespace().count() <= 6 && parse_date(t).is_some())
            })
        })
        .cloned()
}

/// The text of links to the site's root (`<a href="/">Asia Wire</a>`, a logo's link
/// home): the site's own name, as a masthead shows it.
fn home_link_names(src: &str) -> Vec<String> {
    static HOME_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?is)<a\s[^>]*?href\s*=\s*["']?(?:/|\./|/?index\.html?|/?default\.aspx?|https?://[^/"'\s>]+/?)["'\s>][^>]*>([^<]{3,90})</a>"#,
        )
        .expect("home link pattern")
    });
    // A logo that links home and carries the site's name in its `alt` (`<a href="/"><img
    // src="/logo.svg" alt="Open Data Norland"></a>`), as data portals and CMSs print it.
    static LOGO_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?is)<a\s[^>]*?href\s*=\s*["']?(?:/|\./|/?index\.html?|/?default\.aspx?|https?://[^/"'\s>]+/?)["'\s>][^>]*>\s*<img\s[^>]*?\balt\s*=\s*["']([^"'<>]{3,90})["'][^>]*>\s*</a>"#,
        )
        .expect("home logo pattern")
    });
    let mut names: Vec<String> = Vec::new();
    let mut found: Vec<(usize, String)> = HOME_RE
        .captures_iter(src)
        .take(12)
        .map(|c| (c.get(0).map_or(0, |m| m.start()), c[1].to_string()))
        .collect();
    found.extend(
        LOGO_RE
            .captures_iter(src)
            .take(4)
            .map(|c| (c.get(0).map_or(0, |m| m.start()), c[1].to_string()))
            .filter(|(_, alt)| !alt.to_lowercase().contains("logo")),
    );
    found.sort_by_key(|(at, _)| *at);
    for (_, raw) in found {
        let name = decode_value(&raw);
        let words = name.split_whitespace().count();
        if (1..=8).contains(&words)
            && name.starts_with(|c: char| c.is_uppercase())
            && !NOT_SITE.contains(&fold(&name).as_str())
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    names
}

/// The initials of a name's capitalised words ("Anti-Death Penalty Asia Network" is
/// ADPAN), or None when fewer than two.
fn initials(name: &str) -> Option<String> {
    let out: String = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .filter_map(|w| w.chars().next())
        .collect();
    (out.chars().count() >= 2).then_some(out)
}

/// A page whose `<title>` is its headline alone (no site's name in it), under a home
/// link that names the site (`<a href="/">Inside the Cell</a>`), the page naming it again
/// outside the link ("Thanks for reading Inside the Cell!", "© 2017 The Coastal
/// Observer"): the site is the publisher. Never a name of one word, never a byline's.
fn home_link_alone(src: &str, names: &[String], segments: &[String], out: &mut Html) {
    let [headline] = segments else {
        return;
    };
    let Some(name) = names.first() else {
        return;
    };
    let name_fold = fold(name);
    if name.split_whitespace().nth(1).is_none()
        || fold(headline) == name_fold
        || byline_names(&out.builder.text, &name_fold)
    {
        return;
    }
    let lower = name.to_lowercase();
    if src.to_lowercase().matches(&lower).count() < 2 {
        return;
    }
    out.finds.publisher = Some(Found::new(name.clone(), Loc::None, "html_home_link"));
}

/// A `<title>` segment that is the name the page's home link shows ("Supreme Court of
/// Canada - SCC Cases" under `<a href="/">Supreme Court of Canada</a>`), or its acronym
/// ("ADPAN - News: Headline" under "Anti-Death Penalty Asia Network"), names the
/// publisher when nothing else does. The `<title>` then keeps the headline among its
/// other segments ("News: Headline" read as the heading the page shows); when none of
/// them is the page's heading, or the name is the whole `<title>`, the page's `h1` (or
/// first heading) is the title.
fn site_from_home_link(src: &str, out: &mut Html) {
    if out.finds.publisher.is_some() || out.title_is_site {
        return;
    }
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let segments = title_segments(&tag.value);
    let names = home_link_names(src);
    let mut hit: Option<(usize, String)> = None;
    'outer: for name in &names {
        let name_fold = fold(name);
        for (i, seg) in segments.iter().enumerate() {
            let seg_is_acronym = seg.len() >= 2
                && seg.chars().all(|c| c.is_ascii_uppercase())
                && initials(name).as_deref() == Some(*seg);
            if fold(seg) == name_fold || seg_is_acronym {
                hit = Some((i, name.clone()));
                break 'outer;
            }
        }
    }
    let Some((at, name)) = hit else {
        let segments: Vec<String> = segments.iter().map(|s| s.to_string()).collect();
        home_link_alone(src, &names, &segments, out);
        return;
    };
    if byline_names(&out.builder.text, &fold(&name)) {
        return;
    }
    let site_seg = segments[at].to_string();
    let text = out.builder.text.clone();
    let heading_texts: Vec<String> = out
        .h1
        .iter()
        .chain(out.headings.iter())
        .filter_map(|r| text.get(r.clone()).map(fold))
        .filter(|h| h.len() >= 8)
        .collect();
    let is_heading = |s: &str| heading_texts.contains(&fold(s));
    // "News: Headline" is the headline when the page's heading says "Headline".
    let headline = segments
        .iter()
        .enumerate()
        .filter(|(i, s)| *i != at && !NOT_SITE.contains(&fold(s).as_str()))
        .find_map(|(_, s)| {
            if is_heading(s) {
                return Some(s.to_string());
            }
            let (label, rest) = s.split_once(": ")?;
            (label.split_whitespace().count() <= 3 && is_heading(rest)).then(|| rest.to_string())
        });
    let loc = match &tag.loc {
        Loc::Original(r) if r.len() == tag.value.len() && fold(&site_seg) == fold(&name) => {
            let at = tag.value.find(&site_seg).unwrap_or(0);
            Loc::Original(r.start + at..r.start + at + site_seg.len())
        }
        _ => Loc::None,
    };
    out.finds.publisher = Some(Found::new(name.clone(), loc, "html_home_link"));
    match headline {
        Some(h) => {
            if let Some(tag) = out.title_tag.as_mut() {
                tag.value = h;
            }
        }
        None => {
            if out.h1.is_none() {
                out.h1 = first_headline(out, &[fold(&name), fold(&site_seg)]);
            }
            if out.h1.is_some() {
                out.title_is_site = true;
            }
        }
    }
}

/// A `<title>` that ends with the page's own heading after a label ("WCDP - Press:
/// Court spares offender" over an `h3` "Court spares offender"): the heading, when it
/// runs to three words or more.
fn heading_ends_title(out: &mut Html) {
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let title = fold(&tag.value);
    let text = &out.builder.text;
    let found = out
        .h1
        .iter()
        .chain(out.headings.iter())
        .filter_map(|r| text.get(r.clone()))
        .find(|h| {
            let h = fold(h);
            h.split_whitespace().count() >= 3
                && h.len() < title.len()
                && title.strip_suffix(h.as_str()).is_some_and(|before| {
                    let before = before.trim_end();
                    before.ends_with([':', '|', '-', '–', '—', '»'])
                })
        })
        .map(|h| h.trim().to_string());
    if let (Some(h), Some(tag)) = (found, out.title_tag.as_mut()) {
        tag.value = h;
    }
}

/// A `<meta>` title that is the publisher's name (the site's every page carries it) is
/// no title of the page.
fn site_named_meta_title(out: &mut Html) {
    let (Some(publisher), Some(title)) = (out.finds.publisher.as_ref(), out.finds.title.as_ref())
    else {
        return;
    };
    if fold(&publisher.value) == fold(&title.value) {
        out.finds.title = None;
    }
}

/// A title from a site-wide `<meta>` (one that names the site or the agency, as every
/// page of it does) gives way to the page's own `h1` or `<title>`, and names the
/// publisher if nothing else does; a `<title>` loses the site's name
/// ("Statistics | Department of Corrections" is "Statistics").
/// Whether a link's whole text in `src` is `name` (folded).
fn links_named(src: &str, name: &str) -> bool {
    static LINK_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?is)<a\s[^>]*>([^<]{1,80})</a>").expect("link pattern")
    });
    LINK_RE
        .captures_iter(src)
        .any(|c| fold(&decode_value(c.get(1).map_or("", |m| m.as_str()))) == name)
}

fn settle_titles(src: &str, out: &mut Html) {
    let h1 = out
        .h1
        .as_ref()
        .and_then(|r| out.builder.text.get(r.clone()))
        .map(fold)
        .filter(|h| !h.is_empty());
    let mut site = out.finds.publisher.as_ref().map(|p| fold(&p.value));
    if let Some(meta) = out.finds.title.as_ref() {
        let m = fold(&meta.value);
        // "Sorvana Coalition Against the Death Penalty" as the title of a site named
        // "SCADP": the site's name in full, its acronym's words.
        let acronym_of_site = out.finds.publisher.as_ref().is_some_and(|p| {
            let site = p.value.trim();
            site.len() >= 3
                && site.chars().all(|c| c.is_ascii_uppercase())
                && initials(&meta.value).as_deref() == Some(site)
        });
        let named_site = site.as_deref() == Some(m.as_str()) || acronym_of_site;
        let tag_segments = out
            .title_tag
            .as_ref()
            .map(|t| {
                title_segments(&t.value)
                    .into_iter()
                    .map(fold)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let segment_of_tag = tag_segments.len() >= 2 && tag_segments.contains(&m);
        let h1_differs = h1
            .as_deref()
            .is_some_and(|h| !h.contains(&m) && !m.contains(h));
        let organisation = m.split_whitespace().count() <= 8
            && m.split(|c: char| !c.is_alphanumeric())
                .any(|w| ORGANISATION_WORDS.contains(&w));
        // "Media Centre", "News": a section of the site, a link's whole text on the page
        // (its menu, its breadcrumb) or a list's name ("Latest news and appeals",
        // `rules/doctypes.json` "listings"), over a headline of its own.
        let section = h1_differs
            && m.split_whitespace().count() <= 4
            && h1
                .as_deref()
                .is_some_and(|h| h.split_whitespace().count() >= 4)
            && (links_named(src, &m) || crate::meta::LISTINGS.contains(&m));
        // A social title the story's own correction says was replaced ("The headline
        // was also updated", "This headline has been changed"): the page's heading is the
        // title now.
        let superseded =
            h1_differs && meta.rule == "html_meta" && headline_changed(&out.builder.text);
        if section || superseded {
            out.finds.title = None;
        } else if named_site || (h1_differs && (segment_of_tag || organisation)) {
            let meta = out.finds.title.take().expect("checked above");
            site = Some(m);
            if out.finds.publisher.is_none() {
                out.finds.publisher = Some(Found::new(meta.value, meta.loc, "html_meta_site"));
            }
        }
    }
    // A `<meta>` title that joins the site's name ("Headline - Gulf Rights Review"):
    // the headline.
    if let (Some(site), Some(meta)) = (site.as_deref(), out.finds.title.as_mut()) {
        if let Some(headline) = title_without_site(&meta.value, site) {
            meta.value = headline;
        }
    }
    // The page's `<title>` without the site's name.
    let (Some(site), Some(tag)) = (site, out.title_tag.as_mut()) else {
        return;
    };
    let segments = title_segments(&tag.value);
    if segments.len() < 2 {
        return;
    }
    let kept: Vec<&str> = segments
        .iter()
        .copied()
        .filter(|s| !names_site(s, &site))
        .collect();
    let whole = segments.len();
    let first = segments.first().is_some_and(|s| fold(s) == site);
    let last = segments.last().is_some_and(|s| fold(s) == site);
    let kept: Vec<String> = kept.into_iter().map(str::to_string).collect();
    if kept.len() == 1 && kept.len() < whole {
        tag.value = kept[0].clone();
    }
    // "The Valley Star :: Nation/World :: Headline": past the site's name, a section's
    // short name and then the headline, at the far end.
    if kept.len() == 2 && whole == 3 && first != last {
        let (near, far) = if first {
            (&kept[0], &kept[1])
        } else {
            (&kept[1], &kept[0])
        };
        if near.len() <= 25
            && near.split_whitespace().count() <= 3
            && far.split_whitespace().count() >= 4
        {
            tag.value = far.clone();
        }
    }
}

/// Whether a page says its headline was changed after publication ("The headline was
/// also updated.", "This headline has been changed", "An earlier version of this story
/// had a different headline"): the social tags may still hold the old one.
fn headline_changed(text: &str) -> bool {
    static CHANGED_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:the|this|its)\s+(?:headline|title)\s+(?:of\s+this\s+(?:story|article)\s+)?(?:has\s+(?:also\s+)?been|was\s+(?:also\s+)?|were\s+(?:also\s+)?)(?:updated|changed|amended|revised|corrected)\b|\b(?:updated|changed|amended|revised|corrected)\s+(?:the|this|its)\s+headline\b|\bearlier\s+version\s+of\s+this\s+(?:story|article)\s+(?:had|carried|used)\s+(?:a\s+)?different\s+headline\b",
        )
        .expect("headline change pattern")
    });
    CHANGED_RE.is_match(text)
}

/// A `<title>` that only welcomes to the site ("Welcome to the Free X Home Page",
/// "Welcome to Example Online!"): the site's, not the page's; the page's first heading
/// (or large type) is its title.
fn welcome_title(out: &mut Html) {
    static WELCOME_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^welcome\s+to\s+\S.{0,80}$").expect("welcome pattern")
    });
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    if out.title_is_site || out.finds.title.is_some() || !WELCOME_RE.is_match(tag.value.trim()) {
        return;
    }
    if out.h1.is_none() {
        let Some(heading) = first_headline(out, &[fold(&tag.value)]) else {
            return;
        };
        out.h1 = Some(heading);
    }
    out.title_is_site = true;
}

/// An element a page styles as its headline without a heading tag: a class or id that
/// names a headline or a title (`<div class="article-headline">`, `<p class="page-title">`;
/// the site's "site-title" and a "subtitle" are none), or large type (`<FONT SIZE="+2">`,
/// `<font size=5>`, `<FONT SIZE="4">` over body text in size 2) as old table pages set
/// their headlines.
fn headline_like(tag: &Tag<'_>) -> bool {
    if tag.name == "font" {
        return tag.attr("size").is_some_and(|(_, v)| {
            let v = v.trim();
            matches!(v, "+2" | "+3" | "+4" | "4" | "5" | "6" | "7")
        });
    }
    if !matches!(
        tag.name.as_str(),
        "div" | "p" | "span" | "td" | "strong" | "b"
    ) {
        return false;
    }
    ["class", "id"].iter().any(|a| {
        tag.attr(a).is_some_and(|(_, v)| {
            v.split_whitespace().any(|c| {
                let c = c.to_ascii_lowercase();
                let c = c.replace('_', "-");
                !c.starts_with("site")
                    && !c.contains("subtitle")
                    && !c.contains("sub-title")
                    && (c.contains("headline")
                        || c == "title"
                        || ["article-", "entry-", "post-", "page-", "story-", "news-"]
                            .iter()
                            .any(|p| c.starts_with(p) && c.ends_with("title")))
            })
        })
    })
}

/// Record the styled element from `start` to here as a heading (in page order, at most
/// one line of up to 200 characters).
fn styled_headline(out: &mut Html, start: usize) {
    let text = &out.builder.text;
    let end = text.trim_end().len();
    if end <= start {
        return;
    }
    let lead = text[start..end].len() - text[start..end].trim_start().len();
    let start = start + lead;
    let t = &text[start..end];
    // A headline in capitals broken over two or three lines ("STOP THE EXECUTION<br>OF
    // NAME!") is one heading; other text over lines is none.
    let broken_capitals = t.lines().count() <= 3
        && t.split_whitespace().count() <= 14
        && !t.chars().any(char::is_lowercase)
        && t.chars().filter(|c| c.is_uppercase()).count() >= 8;
    if t.is_empty()
        || t.len() > 200
        || (t.contains('\n') && !broken_capitals)
        || out.headings.len() >= 8
    {
        return;
    }
    let at = out.headings.partition_point(|r| r.start < start);
    out.headings.insert(at, start..end);
}

fn start_tag(
    out: &mut Html,
    name: &str,
    heading: &mut Option<(usize, usize)>,
    in_article: &mut usize,
) {
    match name {
        "br" => out.builder.break_lines(1),
        "td" | "th"
            if !out.builder.text.ends_with(char::is_whitespace) && !out.builder.text.is_empty() =>
        {
            out.builder.push_synth(" ");
        }
        "td" | "th" => {}
        // "<time>12 May 2020</time><time class="updated">3 June 2021</time>": two days
        // side by side are two values, not one run of digits.
        "time" if out.builder.text.ends_with(|c: char| c.is_alphanumeric()) => {
            out.builder.push_synth(" ");
        }
        "article" | "main" => {
            *in_article += 1;
            out.builder.break_lines(2);
        }
        // "<dt>Date</dt><dd>10 January 2020</dd>": a term and its description are
        // one "label: value" line (a `dt` ends with no break, see `end_tag`).
        "dd" if out
            .builder
            .text
            .trim_end_matches(' ')
            .ends_with(|c: char| !c.is_whitespace() && c != ':') =>
        {
            let len = out.builder.text.trim_end_matches(' ').len();
            out.builder.truncate(len);
            out.builder.push_synth(": ");
        }
        _ if BLOCK_TAGS.contains(&name) => {
            out.builder.break_lines(2);
            if let Some(level) = name.strip_prefix('h').and_then(|l| l.parse::<usize>().ok()) {
                *heading = Some((level, out.builder.text.len()));
            }
        }
        _ => {}
    }
}

fn end_tag(
    out: &mut Html,
    name: &str,
    heading: &mut Option<(usize, usize)>,
    in_article: &mut usize,
) {
    if name == "article" || name == "main" {
        *in_article = in_article.saturating_sub(1);
    }
    if let Some((level, start)) = *heading {
        if name.strip_prefix('h').and_then(|l| l.parse::<usize>().ok()) == Some(level) {
            let end = out.builder.text.trim_end().len();
            if level == 1 && out.h1.is_none() && end > start {
                out.h1 = Some(start..end);
            } else if (1..=4).contains(&level) && end > start && out.headings.len() < 8 {
                // A later `h1` (a wiki's article heading under the wiki's name) counts
                // among the headings, in the page's order.
                out.headings.push(start..end);
            }
            *heading = None;
        }
    }
    if name == "dt" {
        return;
    }
    if BLOCK_TAGS.contains(&name) {
        out.builder.break_lines(2);
    }
}

fn read_meta(
    tag: &Tag<'_>,
    finds: &mut Finds,
    ranks: &mut [usize; 5],
    to_original: &impl Fn(&Range<usize>) -> Range<usize>,
) {
    let key = tag
        .attr("name")
        .or_else(|| tag.attr("property"))
        .or_else(|| tag.attr("itemprop"))
        .or_else(|| tag.attr("http-equiv"))
        .map(|(_, v)| v.trim().to_ascii_lowercase());
    let (Some(key), Some((range, raw))) = (key, tag.attr("content")) else {
        return;
    };
    let value = decode_value(raw);
    if value.is_empty() {
        return;
    }
    let loc = Loc::Original(to_original(range));
    let better = |slot: &mut usize, r: usize| {
        if r < *slot {
            *slot = r;
            true
        } else {
            false
        }
    };
    if let Some(r) = rank(META_TITLE, &key) {
        if better(&mut ranks[0], r) {
            finds.title = Some(Found::new(value, loc, "html_meta"));
        }
    } else if let Some(r) = rank(META_PUBLISHER, &key) {
        if !value.starts_with("http")
            && !crate::meta::heads::is_platform(&value)
            && better(&mut ranks[1], r)
        {
            finds.publisher = Some(Found::new(value, loc, "html_meta"));
        }
    } else if let Some(r) = rank(META_PUBLISHED, &key) {
        if let Some(hit) = parse_date(&value).or_else(|| crate::meta::parse_field_month(&value)) {
            if better(&mut ranks[2], r) {
                finds.published = Some(Found::new(hit.iso, loc, "html_meta"));
            }
        }
    } else if let Some(r) = rank(META_UPDATED, &key) {
        if let Some(hit) = parse_date(&value) {
            if better(&mut ranks[3], r) {
                finds.updated = Some(Found::new(hit.iso, loc, "html_meta"));
            }
        }
    } else if rank(META_LANGUAGE, &key).is_some() {
        if let Some(code) = language_code(&value) {
            if finds.language.is_none() {
                finds.language = Some(Found::new(code, loc, "html_meta"));
            }
        }
    } else if let Some(r) = rank(META_NUMBER, &key) {
        if better(&mut ranks[4], r) {
            finds.number = Some(Found::new(value, loc, "html_meta"));
        }
    }
}

/// Emit the text `src[start..end]`: verbatim words and single spaces, synthesised
/// entities and collapsed whitespace.
fn text_run(src: &str, start: usize, end: usize, base: &[Segment], builder: &mut Builder) {
    let Some(run) = src.get(start..end) else {
        return;
    };
    let bytes = run.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            let ws_end = i + bytes[i..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
            let at_line_start =
                builder.text.is_empty() || builder.text.ends_with(char::is_whitespace);
            if !at_line_start {
                if ws_end - i == 1 && b == b' ' {
                    builder.push_source(src, start + i, start + ws_end, base);
                } else {
                    builder.push_synth(" ");
                }
            }
            i = ws_end;
        } else if b == b'&' {
            match decode_entity(&run[i..]) {
                Some((text, used)) => {
                    let text = if text == " "
                        && (builder.text.is_empty() || builder.text.ends_with(char::is_whitespace))
                    {
                        String::new()
                    } else {
                        text
                    };
                    builder.push_synth(&text);
                    i += used;
                }
                None => {
                    builder.push_source(src, start + i, start + i + 1, base);
                    i += 1;
                }
            }
        } else {
            let word_end = i + bytes[i..]
                .iter()
                .take_while(|b| !b.is_ascii_whitespace() && **b != b'&')
                .count();
            builder.push_source(src, start + i, start + word_end, base);
            i = word_end;
        }
    }
}

/// Text inside `pre`: its lines stay lines (a mailing list's message, a plain-text
/// page wrapped in `<pre>`), a blank line a paragraph break; within a line, text as
/// [`text_run`] makes it.
fn pre_run(src: &str, start: usize, end: usize, base: &[Segment], builder: &mut Builder) {
    let Some(run) = src.get(start..end) else {
        return;
    };
    let mut at = 0;
    let mut breaks = 0usize;
    for (k, _) in run.match_indices('\n') {
        let line = &run[at..k];
        if line.trim().is_empty() {
            breaks += 1;
        } else {
            if breaks > 0 {
                builder.break_lines(if breaks > 1 { 2 } else { 1 });
            }
            text_run(src, start + at, start + k, base, builder);
            breaks = 1;
        }
        at = k + 1;
    }
    if breaks > 0 {
        builder.break_lines(if breaks > 1 { 2 } else { 1 });
    }
    text_run(src, start + at, end, base, builder);
}

/// A `<title>` that opens with a trail of acronyms joined by "::" ("ACHPR :: Press
/// Releases :: Headline", "OAS :: IACHR :: Press Release No. 118/24"), as the sites of
/// intergovernmental bodies title their pages: the last acronym of the trail before the
/// first segment in words is the body whose page it is (the first is the organisation
/// over it), the publisher when nothing else names one. A name the page spells out
/// ("the Inter-American Commission on Human Rights (IACHR)") replaces it later
/// ([`crate::meta::expand_acronym`]).
fn acronym_trail_in_title(out: &mut Html) {
    if out.finds.publisher.is_some() {
        return;
    }
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let segments: Vec<&str> = tag.value.split("::").map(str::trim).collect();
    let acronym = |s: &str| {
        (2..=8).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
            && s.bytes().filter(u8::is_ascii_uppercase).count() >= 2
    };
    let lead = segments.iter().take_while(|s| acronym(s)).count();
    if lead == 0 || lead == segments.len() || segments[lead..].iter().any(|s| s.is_empty()) {
        return;
    }
    let body = segments[lead - 1];
    let loc = match &tag.loc {
        Loc::Original(r) if r.len() == tag.value.len() => {
            let at = match lead {
                1 => 0,
                _ => tag
                    .value
                    .match_indices("::")
                    .nth(lead - 2)
                    .map_or(0, |(k, _)| k + 2),
            };
            let at = at + tag.value[at..].find(body).unwrap_or(0);
            Loc::Original(r.start + at..r.start + at + body.len())
        }
        other => other.clone(),
    };
    out.finds.publisher = Some(Found::new(body.to_string(), loc, "html_title_site"));
    // The trail names the site and a section; with no `h1`, the page's first heading of
    // four words or more that the trail does not hold is its headline.
    if out.h1.is_none() && !out.title_is_site {
        let trail = fold(&tag.value);
        let text = &out.builder.text;
        let headline = out.headings.iter().find(|r| {
            text.get((*r).clone()).is_some_and(|t| {
                t.split_whitespace().count() >= 4
                    && !(t.split_whitespace().count() <= 6 && parse_date(t).is_some())
                    && !trail.contains(&fold(t))
            })
        });
        if let Some(headline) = headline.cloned() {
            out.h1 = Some(headline);
            out.title_is_site = true;
        }
    }
}

/// A `<title>` of two parts that the page's masthead prints together, the site's name
/// over its tagline ("NORMLEX - Information System on International Labour Standards"
/// under a logo "NORMLEX" / "Information System on ..."), on a page with no `h1`: the
/// `<title>` names the site, not the page; the page's first heading (`h2`-`h4`) that is
/// no date is its title. The name of a database or a system is no publisher: none is
/// taken from the `<title>` (a copyright notice may name the body).
fn masthead_in_title(out: &mut Html) {
    if out.title_is_site || out.h1.is_some() || out.finds.title.is_some() {
        return;
    }
    let Some(tag) = out.title_tag.as_ref() else {
        return;
    };
    let segments = title_segments(&tag.value);
    if segments.len() != 2 || segments.iter().any(|s| fold(s).len() < 4) {
        return;
    }
    let text = fold(&out.builder.text);
    let together = fold(&format!("{} {}", segments[0], segments[1]));
    let Some(at) = text.find(&together) else {
        return;
    };
    let dated = |t: &str| t.split_whitespace().count() <= 6 && parse_date(t).is_some();
    let builder_text = &out.builder.text;
    let headline = out.headings.iter().find(|r| {
        builder_text.get((*r).clone()).is_some_and(|t| {
            let f = fold(t);
            !dated(t) && f.split_whitespace().count() >= 3 && !together.contains(&f)
        })
    });
    let Some(headline) = headline.cloned() else {
        return;
    };
    // The masthead stands above the heading.
    if fold(builder_text.get(..headline.start).unwrap_or("")).len() < at {
        return;
    }
    out.h1 = Some(headline);
    out.title_is_site = true;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_naming_the_section_gives_way_to_the_pages_heading() {
        let out = html("<html><head><title>Media Releases</title></head><body><div>Ministry of Justice</div><h2>Minister opens new court building in Port Royal</h2><p>14 May 2020</p><p>The Minister of Justice today opened the new building.</p></body></html>");
        assert!(out.title_is_site);
        let h1 = out.h1.clone().map(|r| out.builder.text[r].to_string());
        assert_eq!(
            h1.as_deref(),
            Some("Minister opens new court building in Port Royal")
        );
        // A headline that is no section's name stays the title.
        let out = html("<html><head><title>Media release on the new court</title></head><body><h2>Minister opens new court building</h2></body></html>");
        assert!(!out.title_is_site);
    }

    #[test]
    fn styled_headlines_footers_and_reference_works() {
        // No `h1`: a headline styled by its class under a site-wide `<title>`.
        let out = html("<html><head><title>Island Times</title></head><body><div class=\"logo\"><img alt=\"Island Times\"></div><div class=\"story-headline\">Court frees three fishermen after a month</div><p>By Sela Vaka</p><p>A court freed three fishermen.</p><p>&copy; Island Times</p></body></html>");
        let h1 = out.h1.clone().map(|r| out.builder.text[r].to_string());
        assert_eq!(
            h1.as_deref(),
            Some("Court frees three fishermen after a month")
        );
        // An old page's large type; the `<title>`'s "Online Edition" names no page.
        let out = html("<HTML><HEAD><TITLE>The Courier - Online Edition</TITLE></HEAD><BODY><IMG ALT=\"The Courier\"><P><B><FONT SIZE=+2>Minister orders prison review</FONT></B></P><P>The minister ordered a review of all prisons.</P></BODY></HTML>");
        let h1 = out.h1.clone().map(|r| out.builder.text[r].to_string());
        assert_eq!(h1.as_deref(), Some("Minister orders prison review"));
        assert!(out.title_is_site);
        // A site's own title block is no headline.
        let out = html("<html><head><title>Notes</title></head><body><div class=\"site-title\">Prison Notes</div><p>Text of the page.</p></body></html>");
        assert!(out.headings.is_empty());
        // A reference work named at the `<title>`'s end.
        let out = html("<html><head><title>Prisons in Norland - Wikiverse, the free encyclopedia</title></head><body><p>Prisons in Norland are run by the state.</p></body></html>");
        assert_eq!(
            out.finds.publisher.as_ref().map(|p| p.value.as_str()),
            Some("Wikiverse")
        );
        assert_eq!(
            out.title_tag.as_ref().map(|t| t.value.as_str()),
            Some("Prisons in Norland")
        );
        // A footer's notice or address names the body; a person's name does not.
        let src = "<html><body><p>Text.</p><footer><p>&copy; 2019 Norland Prisoners Trust &middot; <a href=\"/p\">Privacy</a></p></footer></body></html>";
        let out = html(src);
        assert_eq!(
            footer_publisher(src, &out.dropped)
                .map(|(n, _)| n)
                .as_deref(),
            Some("Norland Prisoners Trust")
        );
        let src = "<html><body><p>Text.</p><div class=\"footer\">The High Court of Norland, 4 Justice Road, Port Elin</div></body></html>";
        let out = html(src);
        assert_eq!(
            footer_publisher(src, &out.dropped)
                .map(|(n, _)| n)
                .as_deref(),
            Some("The High Court of Norland")
        );
        let src = "<html><body><p>Text.</p><div class=\"footer\"><p>The Norland Prison Alliance (NPA) is a network of 30 groups.</p></div></body></html>";
        let out = html(src);
        assert_eq!(
            footer_publisher(src, &out.dropped)
                .map(|(n, _)| n)
                .as_deref(),
            Some("Norland Prison Alliance")
        );
        // The body's acronym in brackets after its name: "(c) 1996-2024 Name (ACRONYM) |".
        let src = "<html><body><p>Text.</p><div class=\"footer\">Copyright and permissions &copy; 1996-2024 International Labour Organization (ILO) | Privacy policy</div></body></html>";
        let out = html(src);
        assert_eq!(
            footer_publisher(src, &out.dropped)
                .map(|(n, _)| n)
                .as_deref(),
            Some("International Labour Organization")
        );
        let src =
            "<html><body><p>Text.</p><footer><p>&copy; 2019 Sela Vaka</p></footer></body></html>";
        let out = html(src);
        assert_eq!(footer_publisher(src, &out.dropped), None);
    }

    fn html(input: &str) -> Html {
        parse(
            input,
            &[Segment {
                text: 0,
                original: 0,
                len: input.len() as u32,
            }],
        )
    }

    fn check(input: &str, expect: &str) {
        let out = html(input);
        assert_eq!(out.builder.text, expect, "input {input:?}");
        for s in &out.builder.segments {
            let kept = &out.builder.text[s.text as usize..(s.text + s.len) as usize];
            let orig = &input[s.original as usize..(s.original + s.len) as usize];
            assert_eq!(kept, orig, "segment {s:?} is not verbatim");
        }
    }

    #[test]
    fn text_and_blocks() {
        check(
            "<p>One  two\n three</p><p>Four</p>",
            "One two three\n\nFour",
        );
        check("<div>a<br>b</div>", "a\nb");
        check("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond");
        check("<table><tr><td>x</td><td>y</td></tr></table>", "x y");
        check(
            "<dl>\n <dt>Date</dt>\n <dd>10 March 2021</dd>\n <dt>Place</dt><dd>Geneva</dd></dl>",
            "Date: 10 March 2021\n\nPlace: Geneva",
        );
        check(
            "<p>5 &lt; 6 &amp; caf&eacute; &#8212; &#x41;&unknown; AT&T</p>",
            "5 < 6 & café — A&unknown; AT&T",
        );
        check("<p>a < b</p>", "a < b");
        check("<p>unclosed <b>bold", "unclosed bold");
    }

    #[test]
    fn a_note_aside_inside_the_article_is_kept() {
        // A case note or an archive box inside the story is its prose; a "related"
        // aside there and any aside outside the article stay chrome.
        check(
            "<body><article><p>Lead.</p><aside class=\"box-note\"><p>In 2009 the court freed him.</p></aside><aside class=\"related\"><ul><li>Other story</li></ul></aside><aside class=\"widget widget_archive\"><p>March 2019</p></aside><aside class=\"newsletter-box\"><p>Sign up</p></aside></article><aside class=\"note\">Outside.</aside></body>",
            "Lead.\n\nIn 2009 the court freed him.",
        );
    }

    #[test]
    fn an_aside_of_sentences_inside_the_story_is_kept() {
        // A case box names no note in its class but holds sentences; a box of links, a
        // list with a sentence, a form and a short caption stay chrome.
        check(
            "<main><h2>Cases</h2><aside class=\"case-box\"><h3>Case 2: Ana Lopa</h3><p><strong>Status:</strong> Pending</p><p>Convicted of murder in 2010. Her appeal was lodged on 3 May 2021 with the court.</p></aside>\
<aside class=\"box\"><ul><li>First</li></ul><p>Under the Constitution only the Board may commute a death sentence.</p></aside>\
<aside><p>Get our weekly briefing on the death penalty in your inbox every Friday.</p><form><input name=\"e\"></form></aside>\
<aside><p><a href=\"/a\">Read the full story of the men freed after twenty years on death row.</a></p></aside>\
<aside><p>Read next: Turkey country profile</p></aside>\
<aside><h3>Ostland executed 834 people in 2023, the highest total in eight years.</h3><a href=\"/b\">Read more</a></aside><p>End.</p></main>",
            "Cases\n\nCase 2: Ana Lopa\n\nStatus: Pending\n\nConvicted of murder in 2010. Her appeal was lodged on 3 May 2021 with the court.\n\nEnd.",
        );
    }

    #[test]
    fn chrome_elements_are_dropped() {
        check(
            "<html><head><title>T</title><style>p{}</style><script>if (a<b) {}</script></head><body><nav><ul><li>Home</li></ul></nav><header>Site</header><div class=\"cookie-banner\">We use cookies <div>x</div></div><main><article><header><h1>Kept</h1></header><p>Body.</p></article></main><footer>Foot</footer><div id=\"mainMenu\">menu</div><aside>side</aside><div hidden>secret</div><p style=\"display: none\">gone</p></body></html>",
            "Kept\n\nBody.",
        );
        // A comment form and a newsletter box by their whole class words; a
        // commentary's class is no chrome.
        check(
            "<article class=\"commentary\"><p>Kept.</p></article><div id=\"comments\" class=\"comments-area\"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div><div class=\"newsletter-box\">Sign up</div>",
            "Kept.",
        );
        let out = html("<nav>a</nav><p>b</p><script>x</script>");
        let rules: Vec<&str> = out.dropped.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(rules, ["html_nav", "html_script"]);
    }

    #[test]
    fn metadata_from_head() {
        let input = r#"<html lang="fr-FR"><head><title>Rapport | Site</title>
<meta property="og:site_name" content="Example &amp; Partners">
<meta name="citation_title" content="Annual rights review">
<meta property="article:published_time" content="2021-04-05T10:00:00Z">
<meta name="dcterms.modified" content="6 May 2022">
</head><body><h1>Big heading</h1><p>Text.</p></body></html>"#;
        let out = html(input);
        let f = &out.finds;
        assert_eq!(f.language.as_ref().map(|v| v.value.as_str()), Some("fr"));
        assert_eq!(
            f.publisher.as_ref().map(|v| v.value.as_str()),
            Some("Example & Partners")
        );
        assert_eq!(
            f.title.as_ref().map(|v| v.value.as_str()),
            Some("Annual rights review")
        );
        assert_eq!(
            f.published.as_ref().map(|v| v.value.as_str()),
            Some("2021-04-05")
        );
        assert_eq!(
            f.updated.as_ref().map(|v| v.value.as_str()),
            Some("2022-05-06")
        );
        assert_eq!(
            out.title_tag.as_ref().map(|v| v.value.as_str()),
            Some("Rapport | Site")
        );
        assert_eq!(
            out.h1.clone().map(|r| &out.builder.text[r]),
            Some("Big heading")
        );
        if let Some(Found {
            loc: Loc::Original(r),
            ..
        }) = &f.published
        {
            assert_eq!(&input[r.clone()], "2021-04-05T10:00:00Z");
        } else {
            panic!("published not located");
        }
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entity("&amp;x"), Some(("&".into(), 5)));
        assert_eq!(decode_entity("&amp x"), Some(("&".into(), 4)));
        assert_eq!(decode_entity("&#151;"), Some(("—".into(), 6)));
        assert_eq!(decode_entity("&#0;"), Some(("\u{FFFD}".into(), 4)));
        assert_eq!(decode_entity("&#xZZ;"), None);
        assert_eq!(decode_entity("&bogus;"), None);
        assert_eq!(decode_entity("&"), None);
    }
}
