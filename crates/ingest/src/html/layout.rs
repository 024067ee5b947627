//! Chrome that only the page's layout shows: a pre-pass over the tags that measures
//! each element's visible text and the part of it inside links, then names the
//! elements to drop by where their start tag begins.
//!
//! - **Link lists** (`html_link_list`): a paragraph, list, table, cell or division
//!   with three or more links whose text is at least 70 % link text and at most
//!   600 bytes: menus, footer navigation ("Home | News | Contact"), staff and
//!   contact directories, "related" lists.
//! - **Link rows** (`html_link_row`): a table row of two or three cells, each of them a
//!   link and nothing else, 120 bytes of text at most: a masthead's or footer's row.
//! - **Layout side cells** (`html_layout_side`): in a table row of two or three cells,
//!   a cell whose text is under a third of the row's main cell, when that one holds a
//!   story (500 bytes or more), and the side cell is narrow (`width` at most 300
//!   pixels or 30 %), mostly links, or under a fifth of the main cell: the notice box
//!   and menus beside a table-layout page's story. A shorter story (120 bytes or more)
//!   loses a side cell when both declare widths in pixels, the story's three times the
//!   side's or more.
//!
//! Old pages leave `</td>`, `</tr>`, `</li>` and `</p>` out: a new cell, row, item or
//! paragraph closes the open one, as browsers do.

use super::{
    after_gt, end_tag_at, find_close, parse_start_tag, skip_unparsed, RAW_TAGS, VOID_TAGS,
};
use std::collections::HashMap;

/// Elements that may be a link list.
const LIST_TAGS: &[&str] = &[
    "p", "div", "ul", "ol", "dl", "table", "td", "th", "center", "tr", "tbody", "section",
];

struct Frame {
    name: String,
    start: usize,
    text: usize,
    links: usize,
    link_text: usize,
    width: Option<String>,
    /// For a row: its cells.
    cells: Vec<Cell>,
}

struct Cell {
    start: usize,
    end: usize,
    text: usize,
    link_text: usize,
    width: Option<String>,
}

/// Elements to drop: where their start tag begins -> (where they end, rule).
pub(super) type Drops = HashMap<usize, (usize, &'static str)>;

/// Elements found to drop, with their text's size.
type Found = HashMap<usize, (usize, &'static str, usize)>;

/// The elements to drop.
pub(super) fn layout_chrome(src: &str) -> Drops {
    let bytes = src.as_bytes();
    let mut out: Found = HashMap::new();
    let mut text_total = 0usize;
    let mut stack: Vec<Frame> = Vec::new();
    let mut in_link = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            if let Some(end) = skip_unparsed(src, i) {
                i = end;
                continue;
            }
            if let Some((name, j)) = end_tag_at(src, i) {
                if name == "a" {
                    in_link = in_link.saturating_sub(1);
                } else if let Some(pos) = stack.iter().rposition(|f| f.name == name) {
                    let end = after_gt(src, j);
                    while stack.len() > pos {
                        close(&mut stack, &mut out, end);
                    }
                }
                i = after_gt(src, j);
                continue;
            }
            if bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
                let tag = parse_start_tag(src, i);
                let mut end = tag.end;
                let name = tag.name.as_str();
                if RAW_TAGS.contains(&name) && !tag.self_closing {
                    let close_at = find_close(src, end, name).unwrap_or(bytes.len());
                    end = after_gt(src, close_at);
                } else if name == "a" && !tag.self_closing {
                    in_link += 1;
                    for f in stack.iter_mut() {
                        f.links += 1;
                    }
                } else if !VOID_TAGS.contains(&name) && !tag.self_closing {
                    implied_close(&mut stack, &mut out, name, i);
                    stack.push(Frame {
                        name: name.to_string(),
                        start: i,
                        text: 0,
                        links: 0,
                        link_text: 0,
                        width: tag.attr("width").map(|(_, v)| v.trim().to_string()),
                        cells: Vec::new(),
                    });
                }
                i = end;
                continue;
            }
        }
        let j = memchr::memchr(b'<', &bytes[i + 1..])
            .map(|e| i + 1 + e)
            .unwrap_or(bytes.len());
        let visible = src
            .get(i..j)
            .unwrap_or("")
            .bytes()
            .filter(|b| !b.is_ascii_whitespace())
            .count();
        text_total += visible;
        for f in stack.iter_mut() {
            f.text += visible;
            if in_link > 0 {
                f.link_text += visible;
            }
        }
        i = j;
    }
    while !stack.is_empty() {
        close(&mut stack, &mut out, bytes.len());
    }
    // Never the page itself: an element with half the page's text or more stays.
    let total = text_total;
    out.retain(|_, drop| drop.2 * 2 < total);
    out.into_iter()
        .map(|(start, (end, rule, _))| (start, (end, rule)))
        .collect()
}

/// A new cell, row, item or paragraph closes the open one of its kind.
fn implied_close(stack: &mut Vec<Frame>, out: &mut Found, name: &str, at: usize) {
    let (closes, within): (&[&str], &[&str]) = match name {
        "td" | "th" => (&["td", "th"], &["tr", "table"]),
        "tr" => (&["tr", "td", "th"], &["table", "tbody", "thead", "tfoot"]),
        "li" => (&["li"], &["ul", "ol"]),
        "p" => (&["p"], &["div", "td", "th", "li", "body", "table"]),
        _ => return,
    };
    let Some(pos) = stack
        .iter()
        .rposition(|f| closes.contains(&f.name.as_str()) || within.contains(&f.name.as_str()))
    else {
        return;
    };
    if closes.contains(&stack[pos].name.as_str()) {
        while stack.len() > pos {
            close(stack, out, at);
        }
    }
}

/// Close the innermost element, which ends at `end`.
fn close(stack: &mut Vec<Frame>, out: &mut Found, end: usize) {
    let Some(f) = stack.pop() else { return };
    if LIST_TAGS.contains(&f.name.as_str())
        && f.links >= 3
        && f.text > 0
        && f.text <= 600
        && f.link_text * 10 >= f.text * 7
    {
        out.entry(f.start)
            .or_insert((end, "html_link_list", f.text));
    }
    if f.name == "td" || f.name == "th" {
        if let Some(row) = stack.iter_mut().rev().find(|r| r.name == "tr") {
            row.cells.push(Cell {
                start: f.start,
                end,
                text: f.text,
                link_text: f.link_text,
                width: f.width,
            });
        }
    }
    if f.name == "tr" && (2..=3).contains(&f.cells.len()) {
        // A masthead or footer row of links, one a cell ("U.S. Department of State" |
        // "Human Rights Reports for 1999"), which the link-list rule's three links miss.
        let total: usize = f.cells.iter().map(|c| c.text).sum();
        if total <= 120
            && f.cells
                .iter()
                .all(|c| c.text > 0 && c.link_text * 10 >= c.text * 9)
        {
            out.entry(f.start).or_insert((end, "html_link_row", total));
            return;
        }
        let main = f.cells.iter().map(|c| c.text).max().unwrap_or(0);
        // A short story: its cell declares a width three times the side cell's or more.
        let main_width = f
            .cells
            .iter()
            .find(|c| c.text == main)
            .and_then(|c| c.width.as_deref().and_then(pixels));
        if (120..500).contains(&main) {
            for cell in f.cells.iter().filter(|c| c.text < main) {
                let side = cell.width.as_deref().and_then(pixels);
                if let (Some(side), Some(wide)) = (side, main_width) {
                    if side <= 300 && side * 3 <= wide {
                        out.entry(cell.start)
                            .or_insert((cell.end, "html_layout_side", cell.text));
                    }
                }
            }
        }
        if main >= 500 {
            for cell in f.cells.iter().filter(|c| c.text * 3 < main) {
                let narrow = cell.width.as_deref().is_some_and(narrow_width);
                let links = cell.text > 0 && cell.link_text * 2 >= cell.text;
                if narrow || links || cell.text * 5 < main {
                    out.entry(cell.start)
                        .or_insert((cell.end, "html_layout_side", cell.text));
                }
            }
        }
    }
}

/// A `width` in pixels ("150", "150px").
fn pixels(value: &str) -> Option<u32> {
    value
        .trim()
        .trim_end_matches("px")
        .trim()
        .parse::<u32>()
        .ok()
}

/// A `width` of at most 300 pixels or 30 %.
fn narrow_width(value: &str) -> bool {
    let value = value.trim();
    if let Some(pct) = value.strip_suffix('%') {
        return pct.trim().parse::<f32>().is_ok_and(|p| p <= 30.0);
    }
    value
        .trim_end_matches("px")
        .trim()
        .parse::<u32>()
        .is_ok_and(|px| px <= 300)
}
