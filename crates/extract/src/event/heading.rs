//! Dated item headings.
//!
//! A page of dated items (a board's decision list, a press room, a blog's archive) heads
//! each item with its day: "October 3, 2023 – Board Commutes Death Sentence of ...",
//! "March 15, 2023 – Harold Wayne Pruitt". The item's own sentences then often give no
//! date ("The Board granted clemency to ...", "X was executed by lethal injection at
//! 7:42 p.m."). A title is never evidence and, in running text, its dates anchor
//! nothing ("The 2007 amendment"); a heading that *opens* with a full day set off by a
//! dash or colon is different: it dates its item. An undated, realised event in the
//! first lines under such a heading takes its day, unless the event is told in the
//! past perfect (an act before the item's day: "The Board had denied ...").

use super::dating::is_past_perfect;
use crate::text::sentence_at;
use dossier_model::{Event, EventKind, MentionKind, Modality, Span, TimeMention, TimeValue};

/// How far under its heading (bytes from the heading's end to the event's sentence)
/// an item's first lines run.
const ITEM_REACH: u32 = 1200;

/// The day a heading gives: one it opens with, set off from the headline by a dash or
/// colon ("March 15, 2023 – Harold Pruitt"), or one that closes it, alone or after a
/// short label set off the same way ("## 12 March 2024", "Day 6 - Sunday 26 May 2024",
/// "Session 3: 4 June"): a log's day heading.
///
/// A day alone or closing a label is a log's only where the text heads two or more
/// items so ([`dated_headings`]): a judgment's or a filing's one date line ("FILED\n
/// February 14, 2025") dates the document, not the events told under it.
fn heading_day(text: &str, title: Span, times: &[TimeMention]) -> Option<(TimeValue, Span, bool)> {
    let t = times
        .iter()
        .find(|t| title.contains(t.span) && !t.is_duration)?;
    let v = t.value.filter(|v| v.is_point())?;
    v.start.filter(|d| d.day.is_some())?;
    let markup = ['#', '=', ' ', '*'];
    let before = text
        .get(title.start as usize..t.span.start as usize)?
        .trim_start_matches(markup)
        .trim_end();
    let after = text
        .get(t.span.end as usize..title.end as usize)?
        .trim_end_matches(markup)
        .trim_start();
    let set_off = |rest: &str, at_start: bool| {
        SET_OFF.iter().any(|d| {
            if at_start {
                rest.starts_with(d) && rest.len() > d.len() + 3
            } else {
                rest.ends_with(d) && rest.split_whitespace().count() <= 4
            }
        })
    };
    let opens = before.is_empty() && (after.is_empty() || set_off(after, true));
    // "Last updated: 12 March 2024" is the page's own day, not a log's.
    let closes = after.is_empty()
        && set_off(before, false)
        && !before
            .split(|c: char| !c.is_alphanumeric())
            .any(crate::time::is_meta_word);
    let headline = !before.is_empty() || !after.is_empty();
    (opens || closes).then_some((v, t.span, opens && headline))
}

/// The headings of `titles` that date their items: each title with its day and the
/// day's span, in order. A day that opens a headline ("March 15, 2023 – Harold Pruitt")
/// always does; a day alone or after a label ("## 12 March 2024", "Day 6 - Sunday 26
/// May 2024") only in a log, where two or more headings are such days.
pub fn dated_headings(
    text: &str,
    titles: &[Span],
    times: &[TimeMention],
) -> Vec<(Span, (TimeValue, Span))> {
    let found: Vec<(Span, (TimeValue, Span, bool))> = titles
        .iter()
        .filter_map(|&t| heading_day(text, t, times).map(|v| (t, v)))
        .collect();
    let log = found
        .iter()
        .filter(|(_, (_, _, headline))| !headline)
        .count()
        >= 2;
    found
        .into_iter()
        .filter(|(_, (_, _, headline))| *headline || log)
        .map(|(t, (v, span, _))| (t, (v, span)))
        .collect()
}

/// The marks that set a heading's day off from its headline or label.
const SET_OFF: [&str; 5] = ["–", "—", "-", ":", "|"];

/// Date the undated, realised events of each dated item from its heading.
pub(super) fn dated_items(input: &super::Input, titles: &[Span], out: &mut [Event]) {
    let text = input.text;
    let dated = dated_headings(text, titles, input.times);
    if dated.is_empty() {
        return;
    }
    for e in out.iter_mut() {
        if e.date.is_some() || !matches!(e.modality, Modality::Asserted | Modality::Reported) {
            continue;
        }
        // The heading right above: the last title that ends before the event.
        let idx = titles.partition_point(|t| t.end <= e.span.start);
        let Some(&above) = idx.checked_sub(1).and_then(|i| titles.get(i)) else {
            continue;
        };
        let Some(&(_, (day, day_span))) = dated.iter().find(|(t, _)| *t == above) else {
            continue;
        };
        let Some(s) = sentence_at(input.sentences, e.trigger.start) else {
            continue;
        };
        let sentence = input.sentences[s];
        if sentence.start < above.end
            || sentence.start - above.end > ITEM_REACH
            || is_past_perfect(text, input.rules, sentence, e.trigger)
        {
            continue;
        }
        e.date = Some(day);
        e.date_span = Some(day_span);
    }
}

/// The event a heading line names when it ends with a treaty action set off by a colon
/// or dash ("MALAWI: SIGNATURE", "Côte d'Ivoire - Accession"), and the heading's
/// party (the text before the separator).
fn action_heading(line: &str, words: &super::EventWords) -> Option<(EventKind, usize)> {
    let l = line.trim_end();
    if l.is_empty() || l.ends_with('.') || l.split_whitespace().count() > 8 {
        return None;
    }
    let cut = [": ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| l.rfind(sep).map(|i| (i, i + sep.len())))
        .max()?;
    let (head, tail) = (l[..cut.0].trim(), l[cut.1..].trim().to_lowercase());
    if head.is_empty() || !head.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let kind = words
        .treaty_action_headings
        .iter()
        .find(|(_, ws)| ws.contains(&tail))
        .map(|(k, _)| *k)?;
    Some((kind, cut.0))
}

/// Depositary notices and digests of them name a treaty action in a heading line
/// ("ZAMBIA: ACCESSION") and give its day in a sentence under it ("The above action was
/// effected on 3 May 2024", "Instrument deposited ... on 19 September 2024"): that
/// sentence, with a verb `treaty_action_verbs` gives the heading's action, a full day
/// and nothing that leaves the act undone ("no instrument has yet been deposited"),
/// within the first three sentences under the heading, is the event, unless a trigger
/// already made it. Lines are read from `layout`, the text as laid out (`input.text`
/// has the breaks inside sentences flattened, a heading's among them when the splitter
/// ran it into its first sentence). The heading's party must be a known place, or the item or the lines
/// right above its heading must name a treaty (`treaty_action_nouns`): "Stage 4: Approval" heads a bill's stage.
pub(super) fn treaty_actions(layout: &str, input: &super::Input, out: &mut Vec<Event>) {
    let words = &input.rules.event_words;
    if words.treaty_action_headings.is_empty() {
        return;
    }
    let text = input.text;
    let mut pos = 0usize;
    for line in layout.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let Some((kind, head_end)) = action_heading(line.trim_start(), words) else {
            continue;
        };
        let lead = line.len() - line.trim_start().len();
        let line_end = pos as u32;
        let first = input.sentences.partition_point(|s| s.start < line_end);
        for &s in input.sentences[first..].iter().take(3) {
            if s.start > line_end + ITEM_REACH {
                break;
            }
            let st = s.slice(text);
            // The next action's heading ends this one's item.
            if st.lines().any(|l| action_heading(l, words).is_some()) {
                break;
            }
            let Some(verbs) = words.treaty_action_verbs.get(&kind) else {
                break;
            };
            let verb = verbs.iter().find_map(|v| {
                let at = super::find_ci(st, v, 0)?;
                super::on_word_boundaries(st, at, at + v.len())
                    .then(|| Span::new(s.start as usize + at, s.start as usize + at + v.len()))
            });
            let Some(verb) = verb else { continue };
            let day = super::times_in(input.times, s).iter().find(|t| {
                !t.is_duration
                    && t.value
                        .is_some_and(|v| v.is_point() && v.start.is_some_and(|d| d.day.is_some()))
            });
            let Some(day) = day else { continue };
            let heading = Span::new(start + lead, start + lead + head_end);
            let place = super::mentions_in(input.mentions, heading)
                .find(|m| m.kind == MentionKind::Place)
                .map(|m| m.name.clone());
            // The item, and the lines right above its heading ("TREATY ACTIONS").
            let item = Span::new(
                crate::quantity::floor_char_boundary(
                    text,
                    start.saturating_sub(ITEM_REACH as usize),
                ),
                s.end as usize,
            );
            let treaty = place.is_some()
                || words.treaty_action_nouns.iter().any(|n| {
                    let it = item.slice(text);
                    super::find_ci(it, n, 0)
                        .is_some_and(|at| super::on_word_boundaries(it, at, at + n.len()))
                });
            if !treaty {
                break;
            }
            let cues = super::cues_in(text, input.rules, s);
            let (modality, _) = super::modality_of(text, input.rules, &cues, s, verb);
            if !matches!(modality, Modality::Asserted | Modality::Reported) {
                break;
            }
            if !out.iter().any(|e| e.kind == kind && s.contains(e.trigger)) {
                out.push(Event {
                    kind,
                    span: s,
                    trigger: verb,
                    date: day.value,
                    date_span: Some(day.span),
                    participants: Vec::new(),
                    quantity: None,
                    place,
                    modality,
                    rule: "treaty.action_heading".into(),
                });
            }
            break;
        }
    }
}
