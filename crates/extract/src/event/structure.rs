//! Text structure: lines that are page furniture rather than statements of fact.
//!
//! A map legend ("Abolished for all offences / Retains death penalty"), a table of
//! contents, a breadcrumb or menu, a list of countries or category names: such lines
//! name topics; an event trigger inside them is not evidence of an event. The cue
//! words are data (`rules/structure.en.json`); the shapes (short unpunctuated lines in
//! a run, dot leaders and page numbers, separators, comma lists of names) are here.

use crate::rules::Rules;
use dossier_model::{Span, TimeMention};

/// Most words a legend or navigation line has.
const SHORT_LINE_WORDS: usize = 12;
/// Most words a line of a bare list (menu, country list) has.
const LIST_ITEM_WORDS: usize = 6;
/// Fewest consecutive list-like lines that make a list.
const LIST_RUN: usize = 3;
/// Fewest comma-separated names that make an inline list.
const INLINE_LIST_ITEMS: usize = 6;

/// Spans (byte ranges of whole lines, in text order) that are page furniture.
/// `times` are the document's time mentions in text order (they tell a chapter's
/// summary from its neighbour's dated paragraphs).
pub(crate) fn furniture(text: &str, rules: &Rules, times: &[TimeMention]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut run: Vec<Span> = Vec::new();
    let flush = |run: &mut Vec<Span>, out: &mut Vec<Span>| {
        if run.len() >= LIST_RUN {
            out.append(run);
        }
        run.clear();
    };
    let mut start = 0usize;
    for line in text.split_inclusive('\n') {
        let span = Span::new(start, start + line.len());
        start += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut run, &mut out);
            continue;
        }
        // Most lines are prose paragraphs: count words only up to what matters,
        // and look at separators with one pass over the bytes.
        let words = count_words(trimmed, SHORT_LINE_WORDS + 1);
        if is_list_item(trimmed, words, rules) {
            run.push(span);
        } else {
            flush(&mut run, &mut out);
        }
        // Counted so the compiler can vectorise; breadcrumbs are short lines.
        let commas = trimmed
            .as_bytes()
            .iter()
            .filter(|&&b| b == b',' || b == b';')
            .count();
        let separators = trimmed.len() <= 200
            && trimmed
                .as_bytes()
                .iter()
                .any(|&b| matches!(b, b'|' | b'>' | 0xE2 | 0xC2));
        if let Some((from, to)) = fact_box(trimmed, rules) {
            let lead = span.start as usize + line.len() - line.trim_start().len();
            if from < to {
                out.push(Span::new(lead + from, lead + to));
            }
            continue;
        }
        if (words <= SHORT_LINE_WORDS && !ends_sentence(trimmed) && has_cue(trimmed, rules))
            || (trimmed.ends_with(|c: char| c.is_ascii_digit()) && is_toc_line(trimmed))
            || (separators && is_breadcrumb(trimmed))
            || (commas + 1 >= INLINE_LIST_ITEMS && is_inline_list(trimmed))
        {
            out.push(span);
        }
    }
    flush(&mut run, &mut out);
    out.extend(foreign_chapters(text, rules, times));
    out.sort_by_key(|s| s.start);
    // Disjoint and in order, so `contains` can search by end.
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for s in out {
        match merged.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// `line.split_whitespace().take(limit).count()`, bytewise: a char is decoded
/// only where a byte is not ASCII.
fn count_words(line: &str, limit: usize) -> usize {
    let bytes = line.as_bytes();
    if limit == 0 {
        return 0;
    }
    let mut count = 0usize;
    let mut in_word = false;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = if b.is_ascii() {
            // `char::is_whitespace` over ASCII: tab to carriage return, space.
            (matches!(b, b'\t'..=b'\r' | b' '), 1)
        } else {
            let c = line[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
            if count == limit {
                break;
            }
        }
        i += len;
    }
    count
}

fn opens_with(line: &str, labels: &[String]) -> bool {
    labels.iter().any(|label| {
        line.get(..label.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(label))
    })
}

/// The bytes of a profile-box line (it opens with a `fact_box` or `offices` label)
/// that tell no event: from its first `fact_box` label to the line's first full stop
/// (a layout may run the box into the first sentence of prose) or to its end. The
/// office holders before it stay ("Head of government: X (replaced Y in January)").
fn fact_box(line: &str, rules: &Rules) -> Option<(usize, usize)> {
    let st = &rules.structure;
    if !opens_with(line, &st.fact_box) && !opens_with(line, &st.offices) {
        return None;
    }
    let lower = line.to_lowercase();
    let from = st
        .fact_box
        .iter()
        .filter_map(|label| lower.find(label.as_str()))
        .min()
        .filter(|&at| lower.len() == line.len() || at == 0)?;
    let to = line[from..].find(". ").map_or(line.len(), |i| from + i + 1);
    Some((from, to))
}

/// Most chapters a document cut from a report holds (a whole report holds many,
/// all of them its own).
const CUT_CHAPTERS: usize = 3;
/// Lines looked back from a profile box for its chapter's heading.
const HEADING_LOOKBACK: usize = 8;

/// A heading in capitals: "BELARUS", "REPUBLIC OF BELARUS", "UNITED STATES OF".
fn is_caps_heading(line: &str) -> bool {
    // Most lines are prose: the first lower-case letter ends the check.
    if line.len() > 80 {
        return false;
    }
    let words = line.split_whitespace().count();
    let mut letters = 0usize;
    let caps = line.chars().all(|c| {
        if c.is_alphabetic() {
            letters += 1;
            c.is_uppercase()
        } else {
            c == ' ' || c == '-' || c == '\'' || c == '\u{2019}'
        }
    });
    caps && letters >= 4 && (1..=6).contains(&words)
}

/// Spans of a document cut from a longer report that belong to its neighbours'
/// chapters. A chapter opens with its heading in capitals and a profile box (a
/// `chapter_openers` line); when the document holds at most `CUT_CHAPTERS` of them,
/// the longest is the document's own, and the text before the first heading (the
/// end of the previous chapter) and the other chapters are about other countries.
/// Between a chapter's heading and its box, a layout in columns interleaves the
/// previous chapter's last column with this chapter's summary: only the summary is
/// the chapter's (see `interleaved`).
pub(crate) fn foreign_chapters(text: &str, rules: &Rules, times: &[TimeMention]) -> Vec<Span> {
    let openers = &rules.structure.chapter_openers;
    // Most documents have no profile box: a fast search for the openers as written
    // ("Head of state", "HEAD OF STATE", "head of state") settles it.
    let written = |o: &String| {
        let mut capital = o.clone();
        if let Some(first) = capital.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        let found =
            |needle: &str| memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some();
        found(o) || found(&capital) || found(&o.to_ascii_uppercase())
    };
    if !openers.iter().any(written) {
        return Vec::new();
    }
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    let mut first_heading: Option<(usize, &str)> = None;
    let mut at = 0usize;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let k = lines.len();
        lines.push((at, trimmed));
        at += line.len();
        if first_heading.is_none() && is_caps_heading(trimmed) {
            first_heading = Some((lines[k].0, trimmed));
        }
        if !opens_with(trimmed, openers) {
            continue;
        }
        // The chapter starts at the first line of the block of headings above its
        // box; names of the box's values may stand between ("Alyaksandr Lukashenka").
        let mut start = lines[k].0;
        let mut seen_heading = false;
        for j in (k.saturating_sub(HEADING_LOOKBACK)..k).rev() {
            let (pos, l) = lines[j];
            if l.is_empty() {
                continue;
            }
            if is_caps_heading(l) {
                seen_heading = true;
                start = pos;
            } else if seen_heading || ends_sentence(l) || l.split_whitespace().count() > 4 {
                break;
            }
        }
        if starts.last() != Some(&start) {
            starts.push(start);
        }
        if starts.len() > CUT_CHAPTERS {
            return Vec::new();
        }
    }
    if starts.is_empty() {
        return Vec::new();
    }
    let bounds: Vec<(usize, usize)> = starts
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, starts.get(i + 1).copied().unwrap_or(text.len())))
        .collect();
    let main = bounds
        .iter()
        .enumerate()
        .max_by_key(|(_, (s, e))| e - s)
        .map_or(0, |(i, _)| i);
    let mut out = Vec::new();
    // Before the first heading: the end of the previous chapter, but a layout in
    // columns may put a paragraph of this chapter there; one that names the
    // chapter's country (its heading, "IRAN") stays.
    let (lead, name) = match first_heading {
        Some((h, name)) if h <= starts[0] => (h, name.to_lowercase()),
        _ => (starts[0], String::new()),
    };
    let mut para = 0usize;
    for block in text[..lead].split_inclusive("\n\n") {
        let end = para + block.len();
        if name.is_empty() || !block.to_lowercase().contains(&name) {
            out.push(Span::new(para, end));
        }
        para = end;
    }
    if let Some((h, _)) = first_heading.filter(|&(h, _)| h < starts[0]) {
        let from = text[h..].find('\n').map_or(starts[0], |i| h + i + 1);
        out.extend(interleaved(
            text,
            times,
            &name,
            from.min(starts[0]),
            starts[0],
        ));
    }
    out.extend(
        bounds
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != main)
            .map(|(_, &(s, e))| Span::new(s, e)),
    );
    out
}

/// The paragraphs between a chapter's heading (ending at `from`) and its profile box
/// (at `to`) that belong to the previous chapter. A two-column page puts the end of
/// the previous chapter's last column there, its section headings, dated
/// paragraphs and list of reports, and this chapter's summary among them. The
/// summary is the first paragraph that opens a sentence (a paragraph opening in
/// lower case or with a number continues a sentence from the column before), has
/// more than one sentence and dates nothing to a month or a day (it sums up the
/// year); every other paragraph there is the neighbour's, unless it names the
/// chapter's country (`name`, lower-case).
fn interleaved(text: &str, times: &[TimeMention], name: &str, from: usize, to: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut summary = false;
    let mut para = from;
    for block in text[from..to].split_inclusive("\n\n") {
        let span = Span::new(para, para + block.len());
        para += block.len();
        let trimmed = block.trim();
        if trimmed.is_empty() {
            continue;
        }
        let opens = trimmed.starts_with(|c: char| c.is_uppercase());
        let dated = || {
            let first = times.partition_point(|t| t.span.start < span.start);
            times[first..]
                .iter()
                .take_while(|t| t.span.start < span.end)
                .any(|t| {
                    !t.is_duration
                        && t.value
                            .and_then(|v| v.start.or(v.end))
                            .is_some_and(|d| d.month.is_some())
                })
        };
        if !summary && opens && crate::text::sentences(trimmed).len() > 1 && !dated() {
            summary = true;
            continue;
        }
        if name.is_empty() || !trimmed.to_lowercase().contains(name) {
            out.push(span);
        }
    }
    out
}

/// Whether `pos` falls inside one of the (sorted) furniture spans.
pub(crate) fn contains(spans: &[Span], pos: usize) -> bool {
    let idx = spans.partition_point(|s| (s.end as usize) <= pos);
    spans.get(idx).is_some_and(|s| s.start as usize <= pos)
}

fn ends_sentence(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '"', '\u{201d}', ';', ',', ':'])
}

/// A bare list item: a few words, a capital (or bullet, or digit) first, no closing
/// punctuation, no comma (a wrapped line of prose has commas or ends mid-phrase).
fn is_list_item(line: &str, words: usize, rules: &Rules) -> bool {
    let body = line.trim_start_matches(['-', '*', '\u{2022}', '\u{25cf}', '\u{25aa}', ' ']);
    words <= LIST_ITEM_WORDS
        && body.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !ends_sentence(line)
        && !line.contains(',')
        && !ends_with_function_word(body, rules)
}

/// A line of prose broken by the layout ends on a word that needs its continuation
/// (`function_words` in the grammar rules).
fn ends_with_function_word(line: &str, rules: &Rules) -> bool {
    let last = line.rsplit(' ').next().unwrap_or("").to_lowercase();
    rules.grammar.function_words.contains(&last)
}

fn has_cue(line: &str, rules: &Rules) -> bool {
    let c = rules.compiled();
    c.structure.find_iter(line).any(|m| {
        crate::rules::on_word_boundaries(line, m.start(), m.end())
            && (c.structure_is_label[m.pattern().as_usize()] || line.len() <= 60)
    })
}

/// "Executions in 2003 ........ 12", "3. The death penalty   45": a contents line.
fn is_toc_line(line: &str) -> bool {
    let digits = line.len() - line.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 4 || digits == line.len() {
        return false;
    }
    let before = line[..line.len() - digits].trim_end_matches(' ');
    before.ends_with("...")
        || before.ends_with('\u{2026}')
        || before.ends_with(". .")
        || line[..line.len() - digits].ends_with("  ")
        || line[..line.len() - digits].ends_with('\t')
}

/// "Home | News | Asia", "Home > Countries > Belarus": a breadcrumb or menu bar.
fn is_breadcrumb(line: &str) -> bool {
    let separators = line.matches(" | ").count()
        + line.matches(" > ").count()
        + line.matches('\u{203a}').count()
        + line.matches('\u{00bb}').count();
    separators >= 2
}

/// "Albania, Andorra, Angola, Argentina, Armenia, Australia": a list of names,
/// however long, states nothing.
fn is_inline_list(line: &str) -> bool {
    // A short label before the first ": " (memmem: a prose line is long).
    let body = match memchr::memmem::find(line.as_bytes(), b": ") {
        Some(at) if line[..at].split_whitespace().take(7).count() <= 6 => &line[at + 2..],
        _ => line,
    }
    .trim_end_matches(['.', ';']);
    // Prose fails at its second item that is not a name: stop there.
    let mut items = 0usize;
    let mut others = 0usize;
    for item in body.split([',', ';']) {
        let item = item.trim();
        let item = item.strip_prefix("and ").unwrap_or(item).trim();
        items += 1;
        let mut words = 0usize;
        let name = item.split_whitespace().all(|w| {
            words += 1;
            words <= 4
                && (w.starts_with(|c: char| c.is_uppercase())
                    || matches!(w, "of" | "and" | "the" | "da" | "de" | "del"))
        }) && words > 0;
        if !name {
            // Nearly every item is a name (one may carry a verb: "... and Zimbabwe
            // retain it").
            others += 1;
            if others > 1 {
                return false;
            }
        }
    }
    items >= INLINE_LIST_ITEMS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| s.slice(text).trim()).collect()
    }

    #[test]
    fn a_map_legend_is_furniture_the_prose_after_it_is_not() {
        let text =
            "Map of the world, 2020\n  Abolished for all offences\n  Retains death penalty\n  \
                    Abolitionist in practice\n\nFreedonia abolished the death penalty in 1999, \
                    after a long campaign.\n";
        let spans = furniture(text, Rules::builtin(), &[]);
        let lines = lines_of(text, &spans);
        assert!(lines.contains(&"Abolished for all offences"), "{lines:?}");
        assert!(lines.contains(&"Retains death penalty"), "{lines:?}");
        assert!(
            !lines.iter().any(|l| l.starts_with("Freedonia")),
            "{lines:?}"
        );
    }

    #[test]
    fn a_single_legend_label_is_furniture() {
        let text =
            "Some intro.\nAbolished for ordinary crimes only\n\nThe law was passed in 2001.\n";
        let spans = furniture(text, Rules::builtin(), &[]);
        assert_eq!(
            lines_of(text, &spans),
            vec!["Abolished for ordinary crimes only"]
        );
    }

    #[test]
    fn contents_navigation_and_country_lists_are_furniture() {
        let text = "Home | Countries | Freedonia\n\
                    Contents\n\
                    1. Executions in 2003 .......... 12\n\
                    2. Trials and appeals   17\n\
                    Abolitionist for all crimes: Albania, Andorra, Angola, Argentina, Armenia, Australia, Austria.\n\
                    Skip to main content\n";
        let spans = furniture(text, Rules::builtin(), &[]);
        let lines = lines_of(text, &spans);
        assert!(lines.contains(&"Home | Countries | Freedonia"), "{lines:?}");
        assert!(
            lines.contains(&"1. Executions in 2003 .......... 12"),
            "{lines:?}"
        );
        assert!(lines.contains(&"2. Trials and appeals   17"), "{lines:?}");
        assert!(lines.iter().any(|l| l.starts_with("Abolitionist for all")));
        assert!(lines.contains(&"Skip to main content"), "{lines:?}");
    }

    #[test]
    fn prose_wrapped_by_a_pdf_layout_is_not_a_list() {
        let text = "In March the Supreme Court upheld the\n\
                    death sentence of Ivan Petrov, who had been\n\
                    convicted of murder in 2004. He was executed\n\
                    in secret in May.\n\
                    Three men were hanged\n\
                    In Freedonia\n";
        let spans = furniture(text, Rules::builtin(), &[]);
        assert!(
            lines_of(text, &spans).len() <= 2,
            "{:?}",
            lines_of(text, &spans)
        );
        assert!(!contains(&spans, text.find("executed").unwrap()));
        assert!(!contains(&spans, text.find("upheld").unwrap()));
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for line in [
            "",
            "one",
            "  two  words ",
            "tab\tand\nnewline\x0bvertical\x0cfeed\rreturn",
            "no\u{a0}break\u{2003}em\u{3000}ideographic",
            "Ünïcödé wörds, and \u{85}next line",
            "a b c d e f g h i j k l m n o p q r s t",
        ] {
            for limit in [0, 1, 3, 13, 100] {
                assert_eq!(
                    count_words(line, limit),
                    line.split_whitespace().take(limit).count(),
                    "{line:?} {limit}"
                );
            }
        }
    }

    #[test]
    fn a_sentence_naming_a_few_countries_is_not_a_list() {
        let line = "Belarus, Kazakhstan and Tajikistan carried out executions in 2003, \
                    according to the report.";
        assert!(!is_inline_list(line));
    }
}
