//! Linked data in a page's `<script type="application/ld+json">`: the schema.org node of
//! the work the page carries (a `NewsArticle`, a `Report`, a `VideoObject`), found by its
//! keys rather than its type: a `headline`, or a day of publication beside a publisher or
//! an author. Its name, day, publisher and `temporalCoverage` fill what the page's `<meta>`
//! leaves empty.

use crate::meta::{parse_date, parse_field_month, Finds, Found, Loc};
use dossier_model::{PartialDate, Period};
use serde_json::Value;
use std::ops::Range;

/// Keys of a node's day of publication, in order of preference.
const PUBLISHED_KEYS: &[&str] = &["datePublished", "uploadDate"];

/// Read the work's node of the JSON-LD `json` (located at `loc`) into `finds`, each field
/// only where `ranks` says no `<meta>` filled it (`rank` is worse than any `<meta>` name's).
/// With no work node, the day of a graph's page node ([`page_day`]) is returned, for the
/// caller to take when the text gives none.
pub(crate) fn read(
    json: &str,
    loc: &Range<usize>,
    finds: &mut Finds,
    ranks: &mut [usize; 5],
    rank: usize,
) -> Option<Found<String>> {
    let Ok(value) = serde_json::from_str::<Value>(json.trim()) else {
        return None;
    };
    let Some(node) = work_node(&value) else {
        return page_day(&value, loc);
    };
    let at = || Loc::Original(loc.clone());
    let mut fill = |slot: usize| {
        let free = ranks[slot] > rank;
        if free {
            ranks[slot] = rank;
        }
        free
    };
    if let Some(title) = text(node, "headline").or_else(|| text(node, "name")) {
        if !crate::meta::file_name_title(&title) && fill(0) {
            finds.title = Some(Found::new(title, at(), "html_json_ld"));
        }
    }
    if let Some(publisher) = publisher(node) {
        if fill(1) {
            finds.publisher = Some(Found::new(publisher, at(), "html_json_ld"));
        }
    }
    if let Some(day) = PUBLISHED_KEYS.iter().find_map(|k| day(node, k)) {
        if fill(2) {
            finds.published = Some(Found::new(day, at(), "html_json_ld"));
        }
    }
    if let Some(day) = day(node, "dateModified") {
        if fill(3) {
            finds.updated = Some(Found::new(day, at(), "html_json_ld"));
        }
    }
    if finds.period.is_none() {
        if let Some(period) = text(node, "temporalCoverage").and_then(|t| coverage(&t)) {
            finds.period = Some(Found::new(period, at(), "html_json_ld"));
        }
    }
    None
}

/// The page's work node: of the nodes, depth first through arrays and `@graph` (never into
/// a list's `itemListElement`), that hold a `headline` or a day of publication beside a
/// `publisher` or an `author`, the one with a headline; when several have one (a newsroom's
/// array of stories), only the one that is the page's own (`mainEntityOfPage`), else none;
/// with no headline, the first dated node.
fn work_node(value: &Value) -> Option<&serde_json::Map<String, Value>> {
    let mut nodes = Vec::new();
    work_nodes(value, &mut nodes);
    let headed: Vec<_> = nodes
        .iter()
        .copied()
        .filter(|m| m.contains_key("headline"))
        .collect();
    match headed.as_slice() {
        [] => nodes.first().copied(),
        [one] => Some(one),
        several => {
            let mut own = several.iter().filter(|m| is_main_entity(m));
            match (own.next(), own.next()) {
                (Some(one), None) => Some(one),
                _ => None,
            }
        }
    }
}

/// Whether a node says it is the page's main entity (`"mainEntityOfPage": true`, a URL,
/// or a `WebPage` node).
fn is_main_entity(map: &serde_json::Map<String, Value>) -> bool {
    match map.get("mainEntityOfPage") {
        Some(Value::Bool(b)) => *b,
        Some(Value::Null) | None => false,
        Some(_) => true,
    }
}

fn work_nodes<'a>(value: &'a Value, out: &mut Vec<&'a serde_json::Map<String, Value>>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| work_nodes(v, out)),
        Value::Object(map) => {
            // A list of stories is no story: neither it nor its items are the page's.
            if map.contains_key("itemListElement") {
                return;
            }
            let dated = PUBLISHED_KEYS.iter().any(|k| map.contains_key(*k))
                && (map.contains_key("publisher") || map.contains_key("author"));
            if map.contains_key("headline") || dated {
                out.push(map);
            } else if let Some(graph) = map.get("@graph") {
                work_nodes(graph, out);
            }
        }
        _ => {}
    }
}

/// A string value of `key`, trimmed, or the `name` of the object it holds.
fn text(node: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    let value = match node.get(key)? {
        Value::Array(items) => items.first()?,
        v => v,
    };
    let s = match value {
        Value::String(s) => s,
        Value::Object(o) => o.get("name")?.as_str()?,
        _ => return None,
    };
    // Entities as in a <title>: "&amp;", "&#8217;".
    let s = super::decode_value(s);
    (!s.is_empty()).then_some(s)
}

/// The node's `publisher`, else an `author` that names a body ("Coastal Rights Clinic", a
/// channel), never a person's name nor a platform.
fn publisher(node: &serde_json::Map<String, Value>) -> Option<String> {
    let keep = |name: &String| !name.starts_with("http") && !crate::meta::heads::is_platform(name);
    text(node, "publisher")
        .filter(keep)
        .or_else(|| text(node, "author").filter(|a| keep(a) && crate::meta::names_a_body(a)))
}

fn day(node: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    let value = text(node, key)?;
    parse_date(&value)
        .or_else(|| parse_field_month(&value))
        .map(|hit| hit.iso)
}

/// An ISO 8601 interval, "2019-01/2021-12" or "2019/2021": the period from the first
/// day of its start to the last day of its end.
fn coverage(value: &str) -> Option<Period> {
    let (a, b) = value.split_once('/')?;
    let start = bound(a, false)?;
    let end = bound(b, true)?;
    (start <= end).then_some(Period { start, end })
}

fn bound(side: &str, end: bool) -> Option<String> {
    let date = PartialDate::parse(side.trim())?;
    Some(if end {
        date.last_day()
    } else {
        date.first_day()
    })
}

/// The day of a graph's `WebPage` node when no node holds the work (a site's SEO graph,
/// as WordPress's Yoast writes it: a `WebPage` with `datePublished` and `dateModified`
/// beside the `WebSite` and its `Organization`, no author, no publisher): the page's day
/// of publication (never its `dateModified`). Its `name` is the `<title>` again and is
/// left alone.
fn page_day(value: &Value, loc: &Range<usize>) -> Option<Found<String>> {
    let nodes: Vec<&serde_json::Map<String, Value>> = match value {
        Value::Object(map) => match map.get("@graph") {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
            _ => vec![map],
        },
        Value::Array(items) => items.iter().filter_map(Value::as_object).collect(),
        _ => return None,
    };
    let pages: Vec<_> = nodes
        .into_iter()
        .filter(|m| {
            let types: Vec<&str> = match m.get("@type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            types.iter().any(|t| matches!(*t, "WebPage" | "ItemPage"))
        })
        .collect();
    // One page node, or none: several are a list of pages, not this one.
    let [page] = pages.as_slice() else {
        return None;
    };
    let day = day(page, "datePublished")?;
    Some(Found::new(
        day,
        Loc::Original(loc.clone()),
        "html_json_ld_page",
    ))
}
