//! Paragraph-level passages of the kept text.
//!
//! A passage is a run of non-blank lines. A new passage also starts at a bullet item
//! (`•`, `◦`, `▪`, `- `, `* `, `– ` at the start of a line, after optional indentation);
//! a following line belongs to that item only when it is indented deeper than the
//! bullet (a hard-wrapped item), otherwise it starts a new passage. A long hard-wrapped
//! paragraph stays one passage. Two layouts without blank lines are also understood:
//! an indented line after a flush-left one starts a paragraph (first-line indent, as in
//! hard-wrapped speeches), and a line longer than [`LONG_LINE`] bytes that ends a
//! sentence ends its paragraph (one paragraph per line, as in unwrapped exports), and
//! in hard-wrapped text a line that ends a sentence well short of the wrap width (under
//! three quarters of the longest line so far in the paragraph) ends its paragraph. Spans are trimmed of surrounding whitespace, never
//! empty, contain at least one alphanumeric character (a `---` rule is not a passage),
//! and are at most about [`MAX_PASSAGE`] bytes: longer ones are split at the last
//! sentence end before the limit (or the last space, or a char boundary).

use dossier_model::Span;

/// Passages longer than this are split.
pub const MAX_PASSAGE: usize = 2000;
/// A line longer than this is not hard-wrapped: if it ends a sentence, it ends a paragraph.
pub const LONG_LINE: usize = 150;

/// Indentation width of a line and whether it starts with a bullet marker.
fn bullet(line: &str) -> (usize, bool) {
    let indent = line.len() - line.trim_start_matches([' ', '\t', '\u{a0}']).len();
    let rest = &line[indent..];
    let is_bullet = rest.starts_with(['•', '◦', '▪', '●', '‣'])
        || rest.starts_with("- ")
        || rest.starts_with("* ")
        || rest.starts_with("– ");
    (indent, is_bullet)
}

/// Split `text` into passages.
pub fn passages(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None; // start of the current passage
    let mut end = 0; // end of its last line
    let mut item_indent: Option<usize> = None; // indentation of the current bullet
    let mut prev_indent = 0usize;
    let mut prev_ends_paragraph = false;
    let mut wrap_width = 0usize; // longest line of the current passage
    let mut n_lines = 0usize; // lines in the current passage
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = pos;
        pos += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                push(text, s, end, &mut out);
            }
            item_indent = None;
            continue;
        }
        let (indent, is_bullet) = bullet(line);
        let continues = match (start, item_indent) {
            (None, _) => false,
            (Some(_), _) if is_bullet => false,
            (Some(_), Some(bullet_indent)) => indent > bullet_indent,
            (Some(_), None) => !(prev_ends_paragraph || (indent > 0 && prev_indent == 0)),
        };
        if !continues {
            if let Some(s) = start.take() {
                push(text, s, end, &mut out);
            }
            start = Some(line_start);
            item_indent = is_bullet.then_some(indent);
            wrap_width = 0;
            n_lines = 0;
        }
        end = line_start + line.len();
        prev_indent = indent;
        let content = line.trim_end();
        let ends_sentence =
            content.ends_with(['.', '!', '?', '"', '\u{201D}', '\u{2019}', ':', ';', ')']);
        n_lines += 1;
        wrap_width = wrap_width.max(content.len());
        let short_of_width = n_lines >= 2 && wrap_width >= 40 && content.len() * 4 < wrap_width * 3;
        prev_ends_paragraph = ends_sentence && (content.len() > LONG_LINE || short_of_width);
    }
    if let Some(s) = start {
        push(text, s, end, &mut out);
    }
    out
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(piece) = text.get(start..end) else {
        return;
    };
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    let mut s = start + lead;
    let e = s + trimmed.len();
    while e - s > MAX_PASSAGE {
        let cut = split_point(text, s, s + MAX_PASSAGE);
        emit(text, s, cut, out);
        s = cut;
    }
    emit(text, s, e, out);
}

fn emit(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(piece) = text.get(start..end) else {
        return;
    };
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

/// Where to cut `text[start..limit]`: after the last sentence end, else at the last
/// whitespace, else at the last char boundary; always > `start`.
fn split_point(text: &str, start: usize, limit: usize) -> usize {
    let mut limit = limit.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[start..limit];
    let bytes = window.as_bytes();
    let min = window.len() / 4;
    let sentence = (min..bytes.len().saturating_sub(1))
        .rev()
        .find(|&i| matches!(bytes[i], b'.' | b'?' | b'!') && bytes[i + 1].is_ascii_whitespace());
    if let Some(i) = sentence {
        return start + i + 1;
    }
    if let Some(i) = window.rfind(char::is_whitespace).filter(|&i| i > 0) {
        return start + i;
    }
    if limit > start {
        limit
    } else {
        // A single char longer than the window: take it whole.
        start
            + text[start..]
                .chars()
                .next()
                .map(char::len_utf8)
                .unwrap_or(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &[&str]) {
        let got: Vec<&str> = passages(input).iter().map(|s| s.slice(input)).collect();
        assert_eq!(got, expect, "input {input:?}");
    }

    #[test]
    fn paragraphs_and_bullets() {
        check(
            "One para\nwrapped here.\n\nTwo.",
            &["One para\nwrapped here.", "Two."],
        );
        check("  \n\n  Lead spaces.  \n\n\n", &["Lead spaces."]);
        check(
            "Intro:\n  • first item\n  • second item\nNext paragraph.",
            &["Intro:", "• first item", "• second item", "Next paragraph."],
        );
        check(
            "- item one\n  continues here\n- item two",
            &["- item one\n  continues here", "- item two"],
        );
        check("* star item\nplain line", &["* star item", "plain line"]);
        check("Heading\n---\n\nBody.", &["Heading\n---", "Body."]);
        check("---\n\nBody.", &["Body."]);
        // First-line indents mark paragraphs in hard-wrapped text.
        check(
            "Opening words of\nthe first paragraph.\n Second paragraph\nwraps here.\n Third.",
            &[
                "Opening words of\nthe first paragraph.",
                "Second paragraph\nwraps here.",
                "Third.",
            ],
        );
        // Block-indented text stays together.
        check(
            "  all lines\n  indented alike",
            &["all lines\n  indented alike"],
        );
        // A sentence ending well short of the wrap width ends the paragraph.
        check(
            "Alpha beta gamma delta epsilon zeta eta theta\niota kappa lambda mu nu xi omicron pi rho\nsigma ends.\nTau upsilon phi chi psi omega and so on\nto the end.",
            &["Alpha beta gamma delta epsilon zeta eta theta\niota kappa lambda mu nu xi omicron pi rho\nsigma ends.", "Tau upsilon phi chi psi omega and so on\nto the end."],
        );
        // One long line per paragraph.
        let long_a = format!("{} ends here.", "word ".repeat(40));
        let long_b = format!("{} and here.", "more ".repeat(40));
        let joined = format!("{long_a}\n{long_b}\nshort tail");
        check(&joined, &[long_a.as_str(), long_b.as_str(), "short tail"]);
        check("", &[]);
    }

    #[test]
    fn long_passages_split_at_sentence_ends() {
        let sentence = "This sentence is about forty bytes long. ";
        let input = sentence.repeat(120);
        let spans = passages(&input);
        assert!(spans.len() >= 3);
        for span in &spans {
            assert!(span.len() <= MAX_PASSAGE);
            assert!(span.slice(&input).ends_with('.'));
        }
        let unbroken = "é".repeat(1500);
        let spans = passages(&unbroken);
        assert!(spans.iter().all(|s| !s.slice(&unbroken).is_empty()));
        assert_eq!(spans.iter().map(|s| s.len()).sum::<usize>(), unbroken.len());
    }
}
