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
use dossier_model::{Event, Modality, Span, TimeMention, TimeValue};

/// How far under its heading (bytes from the heading's end to the event's sentence)
/// an item's first lines run.
const ITEM_REACH: u32 = 1200;

/// The day a heading opens with, set off from the headline by a dash or colon.
fn heading_day(text: &str, title: Span, times: &[TimeMention]) -> Option<(TimeValue, Span)> {
    let t = times
        .iter()
        .find(|t| title.contains(t.span) && !t.is_duration && t.span.start == title.start)?;
    let v = t.value.filter(|v| v.is_point())?;
    v.start.filter(|d| d.day.is_some())?;
    let after = text.get(t.span.end as usize..title.end as usize)?;
    let rest = after.trim_start();
    let set_off = ["–", "—", "-", ":", "|"]
        .iter()
        .any(|d| rest.starts_with(d) && rest.len() > d.len() + 3);
    set_off.then_some((v, t.span))
}

/// Date the undated, realised events of each dated item from its heading.
pub(super) fn dated_items(input: &super::Input, titles: &[Span], out: &mut [Event]) {
    let text = input.text;
    let dated: Vec<(Span, (TimeValue, Span))> = titles
        .iter()
        .filter_map(|&t| heading_day(text, t, input.times).map(|v| (t, v)))
        .collect();
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
