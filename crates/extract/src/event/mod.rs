//! Typed events: triggers from the rules, modality from cues, dates from the time
//! mentions, participants, quantity and place from the mentions.
//!
//! Choices worth knowing: titles (heading lines, `#`/`=` markup) are never evidence;
//! phrases match across hard line wraps (a flattened copy of the text, same offsets);
//! a count or place belongs to the trigger's clause (cut at "and" when counts stand on
//! both sides); a year qualifying a noun ("the 1982 coup") dates an event only as a last
//! resort; a person addressed by another verb ("asked the President") or across a
//! relative clause or semicolon is not a participant; an abolition for named offences
//! only is a change of the law (`law_adopted`), never an abolition; topic nouns
//! ("abolition of the death penalty") are asserted only with a verb of realisation.

//!
//! The phases, one file each: `trigger` (patterns matched and the checks a trigger
//! must pass), `modality` (cues and the clause they govern), `dating` (the date of a
//! trigger), `arguments` (participants, quantity; an event built from its triggers),
//! `place` (jurisdiction attribution), `merge` (passes over a document's events:
//! suppression, carried dates and people, dropped readings). `structure` finds page
//! furniture, `judgment` a judgment's day of decision. English words are data
//! (`rules/*.en.json`).

mod arguments;
mod dateline;
mod dating;
mod heading;
pub use heading::dated_headings;
mod judgment;
mod merge;
mod modality;
mod place;
mod structure;
mod table;
#[cfg(test)]
mod tests;
mod trigger;
mod words;

use arguments::*;
pub(crate) use dating::law_agent_date;
use dating::*;
pub use dating::{attach_date, DateChoice};
pub use judgment::{entry_days, judgment_date};
use merge::*;
use modality::*;
pub(crate) use modality::{cues_in, modality_of};
use place::*;
use trigger::*;
use words::has;
pub use words::{EventWords, KindRoles};

use crate::rules::{on_word_boundaries, CueClass, EventRule, Grammar, Rules};
use crate::text::sentence_at;
use dossier_model::{
    Event, EventKind, Granularity, Mention, MentionKind, Modality, PartialDate, Participant,
    Quantity, Role, Span, TimeMention, TimeValue,
};

/// What event extraction reads.
pub struct Input<'a> {
    pub text: &'a str,
    pub sentences: &'a [Span],
    pub mentions: &'a [Mention],
    pub times: &'a [TimeMention],
    pub rules: &'a Rules,
    /// The period the document covers ("Covering events from January - December
    /// 2003"): the date of an event whose sentence gives none, when the rules allow.
    pub period: Option<TimeValue>,
}

#[derive(Clone, Debug)]
struct Candidate {
    sentence: usize,
    rule: usize,
    /// Rule name when it differs from the rule's own (events made from mentions).
    rule_name: Option<&'static str>,
    trigger: Span,
    modality: Modality,
}

/// Case-insensitive (ASCII) search of `needle` (lower-case) in `hay` from `from`.
fn find_ci(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.is_empty() || from > h.len() || h.len() - from < n.len() {
        return None;
    }
    (from..=h.len() - n.len()).find(|&i| {
        h[i..i + n.len()]
            .iter()
            .zip(n)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
    })
}

/// The mentions inside `span`, found by binary search (mentions are sorted by
/// span): a trigger looks at its own sentence, never at the whole document.
fn mentions_in(mentions: &[Mention], span: Span) -> impl Iterator<Item = &Mention> {
    let from = mentions.partition_point(|m| m.span.start < span.start);
    mentions[from..]
        .iter()
        .take_while(move |m| m.span.start < span.end)
        .filter(move |m| span.contains(m.span))
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Extract events.
pub fn events(input: &Input) -> Vec<Event> {
    // Titles are read from the text as laid out; everything else from the text with
    // line breaks inside sentences flattened, so phrases match across hard wraps.
    let raw = input.text;
    let titles = crate::text::titles(input.text);
    let flat = crate::text::flatten(input.text, input.sentences);
    // Time mentions in text order, so a sentence's own are found by binary search.
    let mut sorted_times = input.times.to_vec();
    sorted_times.sort_by_key(|t| (t.span.start, t.span.end));
    // An agency item's "today" and weekdays are of its dateline's day.
    dateline::resolve(raw, &mut sorted_times);
    // "on July 26 last year": the day is of the year named after it.
    dateline::year_after_day(raw, &mut sorted_times);
    // Legends, contents, navigation and lists name topics; they state nothing.
    let furniture = structure::furniture(input.text, input.rules, &sorted_times);
    // The entries of a chronology whose date cells stand on lines of their own ("14 Aug
    // 2019" / "Trial opens at the People's Court"): the cell dates the entry's first
    // sentence, so a rule that needs a date finds it there.
    let cell_entries: Vec<u32> = titles
        .iter()
        .filter(|t| crate::text::is_date_cell(t.slice(input.text)))
        .filter_map(|t| {
            let i = input.sentences.partition_point(|s| s.start < t.end);
            input.sentences.get(i).map(|s| s.start)
        })
        .collect();
    // Mentions in text order too (the extractor gives them so; a caller may not).
    let resorted: Vec<Mention>;
    let mentions = if input.mentions.is_sorted_by_key(|m| m.span.start) {
        input.mentions
    } else {
        resorted = {
            let mut v = input.mentions.to_vec();
            v.sort_by_key(|m| m.span);
            v
        };
        &resorted
    };
    let input = &Input {
        text: &flat,
        sentences: input.sentences,
        mentions,
        times: &sorted_times,
        rules: input.rules,
        period: input.period,
    };
    let text = input.text;
    let rules = input.rules;
    let c = rules.compiled();
    // Modality cues, read only in sentences that hold a trigger (one sentence cached).
    let mut cue_cache: Option<(usize, Vec<(Span, CueClass)>)> = None;
    let mut cues_of = |sentence: usize| -> Vec<(Span, CueClass)> {
        match &cue_cache {
            Some((idx, cues)) if *idx == sentence => cues.clone(),
            _ => {
                let cues = cues_in(text, rules, input.sentences[sentence]);
                cue_cache = Some((sentence, cues.clone()));
                cues
            }
        }
    };

    // Titles name topics; they are never the evidence of an event.
    let in_title = |pos: usize| {
        let idx = titles.partition_point(|t| (t.end as usize) <= pos);
        titles.get(idx).is_some_and(|t| t.start as usize <= pos)
            || structure::contains(&furniture, pos)
    };
    let mut candidates: Vec<Candidate> = Vec::new();
    for m in c.triggers.find_overlapping_iter(text) {
        if !on_word_boundaries(text, m.start(), m.end()) || in_title(m.start()) {
            continue;
        }
        let Some(sentence) = sentence_at(input.sentences, m.start() as u32) else {
            continue;
        };
        let s_span = input.sentences[sentence];
        for &p in &c.anchor_patterns[m.pattern().as_usize()] {
            let pattern = &c.patterns[p];
            let rule = &rules.events[pattern.rule];
            let Some(end) = match_rest(
                text,
                s_span,
                m.end(),
                &pattern.parts[1..],
                rule.gap.unwrap_or(6),
            ) else {
                continue;
            };
            let trigger = Span::new(m.start(), end);
            // An annual report's undated tally ("acknowledged 252 executions") is
            // the year's: it takes the period covered.
            let year_tally = rule.needs_count && rule.inherit_period && input.period.is_some();
            if !rule_allows(input, rule, s_span, trigger)
                || (is_reduced_relative(text, rules, trigger)
                    && !has_own_day(input, s_span, trigger)
                    && !counted_and_dated(input, s_span, trigger))
                || in_quoted_charge(text, rules, s_span, trigger)
                || (rule.needs_count && !counted(input, trigger))
                || (rule.needs_date
                    && !dated(input, s_span, trigger)
                    && !cell_entries.contains(&s_span.start)
                    && !year_tally
                    && !is_unrealised(text, rules, sentence, s_span, trigger, &mut cues_of))
                || (rule.sentence_initial && !opens(text, s_span, trigger))
                || (rule.date_follows && !date_follows(input, trigger))
                || (rule.date_precedes && !date_precedes(input, trigger))
            {
                continue;
            }
            let cues = cues_of(sentence);
            let (mut modality, habitual) = modality_of(text, rules, &cues, s_span, trigger);
            if modality == Modality::Asserted && is_infinitive(text, rules, s_span, trigger) {
                modality = Modality::Planned;
            }
            // "The official said that X had deposited its instrument of accession on
            // 14 May 2024": a dated act of public record is the record, whoever tells it.
            if modality == Modality::Reported
                && rules.event_kinds.public_record.contains(&rule.kind)
                && dated(input, s_span, trigger)
            {
                modality = Modality::Asserted;
            }
            if habitual
                || (rule.requires_if_asserted
                    && modality == Modality::Asserted
                    && !requires_met(input, rule, s_span))
            {
                continue;
            }
            candidates.push(Candidate {
                sentence,
                rule: pattern.rule,
                rule_name: None,
                trigger,
                modality,
            });
        }
    }
    // Dated laws ("Law No. 5 of 2001", "a 2018 amendment") are adoption events.
    let law_rule = rules
        .events
        .iter()
        .position(|r| r.kind == EventKind::LawAdopted);
    for m in input
        .mentions
        .iter()
        .filter(|m| m.rule == "law.numbered" || m.rule == "law.year_amendment")
    {
        let (Some(rule), Some(_year)) = (law_rule, &m.value) else {
            continue;
        };
        if in_title(m.span.start as usize) {
            continue;
        }
        let Some(sentence) = sentence_at(input.sentences, m.span.start) else {
            continue;
        };
        let cues = cues_of(sentence);
        let (modality, _) = modality_of(text, rules, &cues, input.sentences[sentence], m.span);
        candidates.push(Candidate {
            sentence,
            rule,
            rule_name: Some("law_adopted.dated_law"),
            trigger: m.span,
            modality,
        });
    }
    // At one start, the longest trigger first: it names the event ("voted in favor", not "voted").
    candidates.sort_by_key(|c| {
        (
            c.sentence,
            c.trigger.start,
            std::cmp::Reverse(c.trigger.end),
            c.rule,
        )
    });
    let all_triggers: Vec<(usize, Span, EventKind)> = candidates
        .iter()
        .map(|c| (c.sentence, c.trigger, rules.events[c.rule].kind))
        .collect();

    // One event per sentence, kind and modality (several triggers of one kind
    // merge), unless their dates differ.
    // Candidates merged into an earlier group are marked, not removed, and a
    // sentence's triggers are found by binary search (both were a pass over every
    // candidate per group: quadratic in a long document).
    let mut out: Vec<Event> = Vec::new();
    let mut merged = vec![false; candidates.len()];
    let mut i = 0;
    while i < candidates.len() {
        if merged[i] {
            i += 1;
            continue;
        }
        let first = candidates[i].clone();
        let kind = rules.events[first.rule].kind;
        let mut group = vec![first.clone()];
        let mut j = i + 1;
        while j < candidates.len() && candidates[j].sentence == first.sentence {
            if !merged[j] && rules.events[candidates[j].rule].kind == kind {
                group.push(candidates[j].clone());
                merged[j] = true;
            }
            j += 1;
        }
        let from = all_triggers.partition_point(|(s, _, _)| *s < first.sentence);
        let others: Vec<Span> = all_triggers[from..]
            .iter()
            .take_while(|(s, _, _)| *s == first.sentence)
            .filter(|(_, _, k)| *k != kind)
            .map(|(_, t, _)| *t)
            .collect();
        build_events(input, &group, &others, &mut out);
        i += 1;
    }
    // Suppression: a conviction stated with a death sentence is that death sentence.
    let realised = |m: Modality| {
        matches!(
            m,
            Modality::Asserted | Modality::Hedged | Modality::Reported
        )
    };
    let snapshot: Vec<(EventKind, u32, u32, bool)> = out
        .iter()
        .map(|e| (e.kind, e.span.start, e.span.end, realised(e.modality)))
        .collect();
    out.retain(|e| {
        let rule = rules.events.iter().find(|r| r.rule == e.rule);
        let Some(rule) = rule else { return true };
        if rule.suppressed_if_unrealised
            && matches!(e.modality, Modality::Asserted | Modality::Hedged)
        {
            return true;
        }
        // A planned abolition does not make a law passed that day redundant.
        !rule.suppressed_by.iter().any(|k| {
            snapshot.iter().any(|&(kind, s, en, done)| {
                kind == *k
                    && s == e.span.start
                    && en == e.span.end
                    && (done || !realised(e.modality))
            })
        })
    });
    elliptical_counts(input, &mut out);
    country_counts(input, &mut out);
    gapped_conjuncts(input, &mut out);
    drop_failed_laws(input, &mut out);
    share_coordinated_dates(text, rules, &mut out);
    drop_cumulative_tallies(text, rules, &mut out);
    line_day(input, &mut out);
    drop_background(text, rules, &mut out);
    out.retain(|e| !is_generic_present(text, rules, e) && !is_anaphoric(text, rules, e));
    drop_method_descriptions(text, rules, &mut out);
    partial_abolitions(text, rules, &mut out);
    abolition_acts(text, rules, &mut out);
    // A partial abolition told with the law that made it is that law's event.
    let laws: Vec<(Span, Option<String>)> = out
        .iter()
        .filter(|e| e.kind == EventKind::LawAdopted && e.rule != PARTIAL)
        .map(|e| (e.span, e.date.map(|d| d.iso())))
        .collect();
    out.retain(|e| e.rule != PARTIAL || !laws.contains(&(e.span, e.date.map(|d| d.iso()))));
    date_from_required(input, &mut out);
    carry_from_previous(input, &mut out);
    after_a_dated_crime(input, &mut out);
    same_or_next_day(input, &mut out);
    heading::dated_items(input, &titles, &mut out);
    heading::treaty_actions(raw, input, &mut out);
    last_before_since(text, rules, &mut out);
    table::spaced_rows(input, &mut out);
    // A world-wide tally happened in no one country.
    for e in out.iter_mut() {
        if e.place.is_some() && rules.event_kinds.tallies.contains(&e.kind) {
            let sentence = sentence_at(input.sentences, e.trigger.start)
                .map_or(e.span, |i| input.sentences[i]);
            if is_global_tally(text, rules, sentence) {
                e.place = None;
            }
        }
    }
    table::table_rows(raw, input, &mut out);
    dating::life_spans(text, rules, input.mentions, &mut out);
    out.sort_by_key(|e| (e.span, e.trigger, e.kind));
    out
}
