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

mod judgment;
mod structure;

pub use judgment::judgment_date;

use crate::rules::{on_word_boundaries, CueClass, EventRule, Grammar, Rules};
use crate::text::sentence_at;
use dossier_model::{
    Event, EventKind, Mention, MentionKind, Modality, PartialDate, Participant, Quantity, Role,
    Span, TimeMention, TimeValue,
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

/// Clause breakers: a date, quantity or cue does not cross these.
const CLAUSE_BREAKERS: &[&str] = &[
    ",",
    ";",
    ":",
    " after ",
    " before ",
    " when ",
    " while ",
    " which ",
    " who ",
    " but ",
    " whereas ",
    " because ",
    " until ",
    " since ",
    "(",
    ")",
];

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
    let titles = crate::text::titles(input.text);
    // Legends, contents, navigation and lists name topics; they state nothing.
    let furniture = structure::furniture(input.text, input.rules);
    let flat = crate::text::flatten(input.text, input.sentences);
    // Time mentions in text order, so a sentence's own are found by binary search.
    let mut sorted_times = input.times.to_vec();
    sorted_times.sort_by_key(|t| (t.span.start, t.span.end));
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
                    && !has_own_day(input, s_span, trigger))
                || in_quoted_charge(text, rules, s_span, trigger)
                || (rule.needs_count && !counted(input, trigger))
                || (rule.needs_date
                    && !dated(input, s_span, trigger)
                    && !year_tally
                    && !is_unrealised(text, rules, sentence, s_span, trigger, &mut cues_of))
                || (rule.sentence_initial && !opens(text, s_span, trigger))
                || (rule.date_follows && !date_follows(input, trigger))
            {
                continue;
            }
            let cues = cues_of(sentence);
            let (mut modality, habitual) = modality_of(text, rules, &cues, s_span, trigger);
            if modality == Modality::Asserted && is_infinitive(text, rules, s_span, trigger) {
                modality = Modality::Planned;
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
    share_coordinated_dates(text, &mut out);
    drop_cumulative_tallies(text, &mut out);
    drop_background(text, &mut out);
    out.retain(|e| !is_generic_present(text, e) && !is_anaphoric(text, e));
    drop_method_descriptions(text, rules, &mut out);
    partial_abolitions(text, &mut out);
    // A partial abolition told with the law that made it is that law's event.
    let laws: Vec<(Span, Option<String>)> = out
        .iter()
        .filter(|e| e.kind == EventKind::LawAdopted && e.rule != PARTIAL)
        .map(|e| (e.span, e.date.map(|d| d.iso())))
        .collect();
    out.retain(|e| e.rule != PARTIAL || !laws.contains(&(e.span, e.date.map(|d| d.iso()))));
    carry_from_previous(input, &mut out);
    // A world-wide tally happened in no one country.
    for e in out.iter_mut() {
        if e.place.is_some() && matches!(e.kind, EventKind::Execution | EventKind::DeathSentence) {
            let sentence = sentence_at(input.sentences, e.trigger.start)
                .map_or(e.span, |i| input.sentences[i]);
            if is_global_tally(text, rules, sentence) {
                e.place = None;
            }
        }
    }
    out.sort_by_key(|e| (e.span, e.trigger, e.kind));
    out
}

/// "X executed a man on Thursday. The man, NAME, 41, was hanged at dawn": an undated
/// event whose sentence opens with a subject that refers back (`referring_subjects`:
/// "The man", "He", "The two", "The 41-year-old") is the event of that kind the
/// sentence before dates; it takes that date and, naming nobody, its people. An
/// event told in the past perfect lies before the narrative and takes nothing; so
/// does one whose trigger is not the subject's own predicate ("He said that ...").
fn carry_from_previous(input: &Input, out: &mut [Event]) {
    let text = input.text;
    let grammar = &input.rules.grammar;
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| (out[i].span.start, out[i].trigger.start));
    for i in order {
        let e = &out[i];
        if e.date.is_some() {
            continue;
        }
        let Some(idx) = sentence_at(input.sentences, e.trigger.start) else {
            continue;
        };
        let Some(prev) = idx.checked_sub(1).map(|p| input.sentences[p]) else {
            continue;
        };
        let sentence = input.sentences[idx];
        let Some(lead) = text.get(sentence.start as usize..e.trigger.start as usize) else {
            continue;
        };
        let Some(subject) = referring_subject(grammar, lead) else {
            continue;
        };
        let rest = lead[subject..].to_ascii_lowercase();
        if word_count(&rest) > 16
            || rest.contains([';', ':'])
            || [" that ", " said ", " told ", " says "]
                .iter()
                .any(|w| rest.contains(w))
            || is_past_perfect(text, input.rules, sentence, e.trigger)
        {
            continue;
        }
        let kind = e.kind;
        let mut dates = out.iter().filter(|p| {
            p.kind == kind
                && p.span == prev
                && p.date.is_some()
                && matches!(
                    p.modality,
                    Modality::Asserted | Modality::Hedged | Modality::Reported
                )
        });
        let Some(donor) = dates.next() else { continue };
        if dates.any(|p| p.date != donor.date) {
            continue;
        }
        let (date, date_span, people) = (donor.date, donor.date_span, donor.participants.clone());
        let e = &mut out[i];
        e.date = date;
        e.date_span = date_span;
        if e.participants.is_empty() {
            e.participants = people;
        }
    }
}

/// The length of a subject that refers back opening `lead` (the words of a sentence
/// before its trigger): one of `referring_subjects` or "The N-year-old", followed by a
/// space or a comma.
fn referring_subject(grammar: &Grammar, lead: &str) -> Option<usize> {
    let lower = lead.to_ascii_lowercase();
    let ends = |n: usize| lower[n..].starts_with([' ', ',']);
    let listed = grammar
        .referring_subjects
        .iter()
        .filter(|s| lower.starts_with(s.as_str()) && ends(s.len()))
        .map(String::len)
        .max();
    listed.or_else(|| {
        let rest = lower.strip_prefix("the ")?;
        let n = rest.find("-year-old")?;
        (n > 0 && rest[..n].bytes().all(|b| b.is_ascii_digit()) && ends(4 + n + 9))
            .then_some(4 + n + 9)
    })
}

/// "In 2018 there were at least 249 executions, at least 273 in 2019 and 246 in
/// 2020": after a counted, dated event, each further "COUNT in DATE" of its sentence
/// is the same kind of event, told elliptically.
fn elliptical_counts(input: &Input, out: &mut Vec<Event>) {
    let text = input.text;
    let mut extra: Vec<Event> = Vec::new();
    let mut taken: Vec<Span> = out
        .iter()
        .filter_map(|e| e.quantity.as_ref().map(|q| q.span))
        .collect();
    for e in out.iter() {
        let (Some(q), Some(d)) = (&e.quantity, e.date_span) else {
            continue;
        };
        if !matches!(e.kind, EventKind::Execution | EventKind::DeathSentence) {
            continue;
        }
        let from = e.trigger.end.max(d.end).max(q.span.end);
        // A tally runs a few years; a bound keeps a runaway sentence linear.
        for t in times_in(input.times, Span::new(from as usize, e.span.end as usize))
            .iter()
            .filter(|t| e.span.contains(t.span) && !t.is_duration && t.value.is_some())
            .take(32)
        {
            // "... 273 in 2019": a bare number, then " in ", then the date.
            let Some(head) = text
                .get(from as usize..t.span.start as usize)
                .and_then(|h| h.strip_suffix(" in "))
            else {
                continue;
            };
            let num_start = head
                .rfind(|c: char| !(c.is_ascii_digit() || c == ','))
                .map_or(0, |i| i + 1);
            let abs = from as usize + num_start;
            let Some((value, num_end)) = crate::quantity::parse_digits(text, abs) else {
                continue;
            };
            if num_end != from as usize + head.len() || num_start == head.len() {
                continue;
            }
            let (q_start, approx) =
                crate::quantity::approx_before(text, abs).unwrap_or((abs, "exact"));
            let q_span = Span::new(q_start, num_end);
            if taken.iter().any(|s| s.overlaps(q_span)) {
                continue;
            }
            taken.push(q_span);
            extra.push(Event {
                trigger: q_span.cover(t.span),
                date: t.value,
                date_span: Some(t.span),
                participants: Vec::new(),
                quantity: Some(Quantity {
                    value,
                    approx: approx.to_string(),
                    span: q_span,
                }),
                place: e.place.clone(),
                rule: format!("{}+elliptical", e.rule),
                ..e.clone()
            });
        }
    }
    out.extend(extra);
}

/// "On 21 February 2012 the appellant, X, was convicted of the murder of Y and
/// sentenced to death": a predicate with no date of its own, coordinated with a
/// dated one before it, shares its date.
fn share_coordinated_dates(text: &str, events: &mut [Event]) {
    let dated: Vec<(Span, Span, Option<TimeValue>, Span)> = events
        .iter()
        .filter_map(|e| Some((e.span, e.trigger, e.date, e.date_span?)))
        .collect();
    for e in events.iter_mut().filter(|e| e.date_span.is_none()) {
        let shared = dated.iter().rev().find(|(span, trigger, _, date_span)| {
            *span == e.span
                && trigger.end <= e.trigger.start
                && date_span.end <= e.trigger.start
                && text
                    .get(trigger.end as usize..e.trigger.start as usize)
                    .is_some_and(|gap| {
                        gap.contains(" and ")
                            && !gap.contains([',', ';', '(', '.'])
                            && word_count(gap) <= 10
                    })
        });
        if let Some(&(_, _, date, date_span)) = shared {
            e.date = date;
            e.date_span = Some(date_span);
        }
    }
}

/// "492 of the 1,320 executions in the USA since 1976", "bringing to nine the number
/// of detainees who died since January 2002": a count dated only by "since" is a
/// running total, no event of that date.
fn drop_cumulative_tallies(text: &str, events: &mut Vec<Event>) {
    // The date's text may hold "since" or follow it.
    events.retain(|e| {
        // "bringing to nine the number of detainees who died there since 2002".
        let counted = e.quantity.is_some()
            || text
                .get(e.span.start as usize..e.trigger.start as usize)
                .is_some_and(|b| b.to_ascii_lowercase().contains("the number of"));
        if !counted
            || !matches!(
                e.kind,
                EventKind::Execution
                    | EventKind::DeathSentence
                    | EventKind::DeathInCustody
                    | EventKind::Attack
            )
        {
            return true;
        }
        let Some(date) = e.date_span else { return true };
        let own = date.slice(text).get(..6);
        let before = text.get(..date.start as usize).unwrap_or("").trim_end();
        let since = |w: &str| {
            w.get(w.len().saturating_sub(5)..)
                .is_some_and(|t| t.eq_ignore_ascii_case("since"))
        };
        !(own.is_some_and(|w| w.eq_ignore_ascii_case("since ")) || since(before))
    });
}

/// A trigger inside an "after ..." clause that follows another event of the same
/// sentence is a back-reference to an event told elsewhere ("X was commuted in 2021
/// after the state abolished Y"): drop it.
fn drop_background(text: &str, events: &mut Vec<Event>) {
    let snapshot: Vec<(Span, Span)> = events.iter().map(|e| (e.span, e.trigger)).collect();
    events.retain(|e| {
        // "died after he was beaten in custody", "was released after an appeal court
        // commuted her sentence": the after-clause tells the cause, an event of its own.
        if matches!(e.kind, EventKind::IllTreatment | EventKind::Commutation) {
            return true;
        }
        let before = text
            .get(e.span.start as usize..e.trigger.start as usize)
            .unwrap_or("");
        let Some(at) = before.rfind(" after ") else {
            return true;
        };
        if before[at..].contains([',', ';']) {
            return true;
        }
        let after_pos = e.span.start + at as u32;
        !snapshot
            .iter()
            .any(|&(span, trigger)| span == e.span && trigger.end <= after_pos)
    });
    // "convicted in March for their roles in the fatal attack on a girl": the
    // attack is the crime the court judged, told as its reason.
    // A crime with a date of its own ("for a murder committed on 6 October 1977")
    // stays: that date is the crime's.
    let judged: Vec<(Span, Span, Option<Span>)> = events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Conviction
                    | EventKind::DeathSentence
                    | EventKind::Trial
                    | EventKind::Arrest
            )
        })
        .map(|e| (e.span, e.trigger, e.date_span))
        .collect();
    events.retain(|e| {
        e.kind != EventKind::Attack
            || !judged.iter().any(|&(span, trigger, date)| {
                span == e.span
                    && (e.date_span.is_none() || e.date_span == date)
                    && trigger.end <= e.trigger.start
                    && text
                        .get(trigger.end as usize..e.trigger.start as usize)
                        .is_some_and(|gap| gap.contains(" for ") && !gap.contains([';', '.']))
            })
    });
}

/// Whether a count stands right before the trigger ("249 executions", "at least
/// four recorded executions"): one lower-case word may come between.
fn counted(input: &Input, trigger: Span) -> bool {
    let text = input.text;
    let before = text.get(..trigger.start as usize).unwrap_or("");
    let near = |end: usize| {
        // Measure the gap before looking at its words: a mention far before the
        // trigger must cost nothing (this ran once per mention and trigger).
        if (trigger.start as usize).saturating_sub(end) > 24 {
            return false;
        }
        let gap = text.get(end..trigger.start as usize).unwrap_or("x");
        let words: Vec<&str> = gap.split_whitespace().collect();
        gap.len() <= 24
            && words.len() <= 1
            && words
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
    };
    // Only mentions that start shortly before the trigger can end near it.
    let window = Span::new(
        (trigger.start as usize).saturating_sub(256),
        trigger.start as usize,
    );
    let mention = mentions_in(input.mentions, window)
        .any(|m| m.kind == MentionKind::Quantity && near(m.span.end as usize));
    // "The 345 reported executions": a number, perhaps one word before.
    let is_number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == ',');
    let mut words = before.trim_end().rsplit(' ');
    let digits = match (words.next(), words.next()) {
        (Some(w), _) if is_number(w) => true,
        // "issued in April 1991 for execution on 3 May": a number before a
        // function word counts nothing of the noun after it.
        (Some(w), Some(n)) => {
            w.chars().all(|c| c.is_ascii_lowercase())
                && !input.rules.grammar.function_words.iter().any(|f| f == w)
                && is_number(n)
        }
        _ => false,
    };
    mention || digits
}

/// Whether a trigger is told as planned, negated or hypothetical (an undated
/// unrealised event still says something; an undated asserted one is background).
fn is_unrealised(
    text: &str,
    rules: &Rules,
    sentence: usize,
    s_span: Span,
    trigger: Span,
    cues_of: &mut impl FnMut(usize) -> Vec<(Span, CueClass)>,
) -> bool {
    let cues = cues_of(sentence);
    let (modality, _) = modality_of(text, rules, &cues, s_span, trigger);
    matches!(
        modality,
        Modality::Planned | Modality::Negated | Modality::Hypothetical
    ) || is_infinitive(text, rules, s_span, trigger)
}

/// Whether the trigger is the first word of its sentence (quotes and numbering aside).
fn opens(text: &str, sentence: Span, trigger: Span) -> bool {
    text.get(sentence.start as usize..trigger.start as usize)
        .is_some_and(|lead| {
            lead.chars()
                .all(|c| !c.is_alphanumeric() || c.is_ascii_digit())
        })
}

/// Whether a date follows the trigger at once: only "on", "the", "together",
/// "of" and punctuation between ("Delivered on the 27th day June 2018").
fn date_follows(input: &Input, trigger: Span) -> bool {
    let text = input.text;
    let Some(t) = times_in(
        input.times,
        Span::new(trigger.end as usize, trigger.end as usize + 32),
    )
    .first() else {
        return false;
    };
    if t.value.is_none() || t.is_duration {
        return false;
    }
    let Some(gap) = text.get(trigger.end as usize..t.span.start as usize) else {
        return false;
    };
    gap.len() <= 32
        && gap
            .split(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '[' | '(' | '-'))
            .filter(|w| !w.is_empty())
            .all(|w| {
                // "on the 27th day of": the day the tagger left out of the date.
                let ordinal = w
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .chars()
                    .all(|c| c.is_ascii_digit())
                    && w.starts_with(|c: char| c.is_ascii_digit());
                ordinal
                    || input
                        .rules
                        .grammar
                        .header_fillers
                        .contains(&w.to_ascii_lowercase())
            })
}

/// The time mentions (sorted by start, as `events` leaves them) that start inside `span`.
fn times_in(times: &[TimeMention], span: Span) -> &[TimeMention] {
    let from = times.partition_point(|t| t.span.start < span.start);
    let to = times.partition_point(|t| t.span.start < span.end);
    &times[from..to.max(from)]
}

/// Whether the trigger's sentence gives it a date of its own.
fn dated(input: &Input, sentence: Span, trigger: Span) -> bool {
    attach_date(
        input.text,
        sentence,
        trigger,
        times_in(input.times, sentence),
        &[],
        &input.rules.grammar,
    ) != DateChoice::None
}

/// "a decision to ratify", "due to be executed", "moved to abolish": a trigger in the
/// infinitive tells what is to happen, not what happened.
fn is_infinitive(text: &str, rules: &Rules, sentence: Span, trigger: Span) -> bool {
    let before = text
        .get(sentence.start as usize..trigger.start as usize)
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut before = before.trim_end();
    // "poised to completely abolish": an adverb between.
    if let Some((head, last)) = before.rsplit_once(' ') {
        if last.len() > 4 && last.ends_with("ly") {
            before = head;
        }
    }
    // "Uzbekistan: Abolish the death penalty immediately": a base form opening the
    // sentence or a headline's clause is an imperative.
    let first = trigger.slice(text).split(' ').next().unwrap_or("");
    let base_form = rules
        .grammar
        .imperative_verbs
        .contains(&first.to_ascii_lowercase());
    if base_form && (before.is_empty() || before.ends_with(':')) {
        return true;
    }
    // "Parliament voted to abolish": the vote realised it.
    let realised = rules.grammar.realised_infinitives.iter().any(|v| {
        before
            .strip_suffix(" to")
            .is_some_and(|b| b.ends_with(v.as_str()))
    });
    !realised
        && (before.ends_with(" to")
            || before.ends_with(" to be")
            || before == "to"
            || before == "to be")
}

/// "Executions are carried out by hanging", "when a person is convicted of murder":
/// a present-tense passive with no date of its own states the law or the practice.
fn is_generic_present(text: &str, e: &Event) -> bool {
    if e.modality != Modality::Asserted {
        return false;
    }
    let before = text
        .get(e.span.start as usize..e.trigger.start as usize)
        .unwrap_or("")
        .to_ascii_lowercase();
    // "officials who are convicted on corruption charges": a relative clause in the
    // present passive describes a class of people, dated or not.
    let mut last_two = before.split_whitespace().rev();
    if let (Some(aux), Some(rel)) = (last_two.next(), last_two.next()) {
        if matches!(aux, "is" | "are") && matches!(rel, "who" | "that" | "which") {
            return true;
        }
    }
    if e.date_span.is_some() {
        return false;
    }
    // "is lawfully detained", "are summarily executed": an adverb between.
    let prev = before
        .split_whitespace()
        .rev()
        .find(|w| !(w.len() > 4 && w.ends_with("ly")))
        .unwrap_or("");
    let first = e
        .trigger
        .slice(text)
        .split(' ')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // "Executions in Singapore are carried out by hanging": the auxiliary inside a
    // gapped trigger.
    let inside = e.trigger.slice(text).to_ascii_lowercase();
    // "people are still being sentenced to death": the progressive too (not "with
    // thousands being executed").
    let tail: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let progressive = prev == "being" && tail.iter().skip(1).any(|w| matches!(*w, "is" | "are"));
    progressive
        || matches!(prev, "is" | "are")
        || matches!(first.as_str(), "is" | "are")
        || inside.contains(" are ")
        || inside.contains(" is ")
}

/// "These executions took place despite ...": an undated event named with a
/// demonstrative is one told before; the earlier telling is the event.
fn is_anaphoric(text: &str, e: &Event) -> bool {
    if e.date.is_some() {
        return false;
    }
    let before = text
        .get(e.span.start as usize..e.trigger.start as usize)
        .unwrap_or("");
    before.split_whitespace().next_back().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "these" | "those" | "such" | "this" | "that"
        )
    })
}

/// "2,390 executions were carried out in the world that year", "at least 8,864
/// people were sentenced to death in 52 countries": a world-wide tally has no place
/// (not the country a document is about; `global_scope` and `scope_nouns` in the
/// grammar).
fn is_global_tally(text: &str, rules: &Rules, sentence: Span) -> bool {
    let s = sentence.slice(text);
    let g = &rules.grammar;
    if g.global_scope.iter().any(|p| {
        let mut from = 0;
        while let Some(at) = find_ci(s, p, from) {
            if on_word_boundaries(s, at, at + p.len()) {
                return true;
            }
            from = at + 1;
        }
        false
    }) {
        return true;
    }
    // "in 52 countries": a number, then a noun counting jurisdictions.
    let words: Vec<&str> = s.split_whitespace().collect();
    words.windows(2).any(|w| {
        let noun = w[1].trim_end_matches([',', '.', ';', ':', ')']);
        w[0].starts_with(|c: char| c.is_ascii_digit())
            && w[0].chars().all(|c| c.is_ascii_digit() || c == ',')
            && g.scope_nouns.iter().any(|n| noun.eq_ignore_ascii_case(n))
    })
}

/// "Three men convicted of drug trafficking were executed": a participle qualifying a
/// noun describes the people, it is not a conviction (or sentence) of its own.
/// The words after which a participle is still finite are `finite_before` in the
/// grammar rules ("was convicted", "and convicted").
fn is_reduced_relative(text: &str, rules: &Rules, trigger: Span) -> bool {
    let t = trigger.slice(text);
    let after = text.get(trigger.end as usize..).unwrap_or("");
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let prepositional = rules.grammar.participle_prepositions.contains(&next);
    let participle = if rules
        .grammar
        .qualifying_participles
        .iter()
        .any(|p| t.eq_ignore_ascii_case(p))
    {
        // "men convicted after unfair trials", "leaders arrested in 2008": a
        // participle followed by a preposition, not by its object.
        prepositional
    } else {
        t.get(..13)
            .is_some_and(|h| h.eq_ignore_ascii_case("sentenced to "))
    };
    if !participle {
        return false;
    }
    let before = text.get(..trigger.start as usize).unwrap_or("");
    let Some(prev) = before.trim_end().rsplit(' ').next() else {
        return false;
    };
    // "Nguyen Anh Tuan, convicted of murdering ...": a participle opening an
    // apposition describes the person.
    if prev.ends_with(',') && matches!(next.as_str(), "of" | "for") {
        return true;
    }
    let lower = prev.trim_end_matches(',').to_lowercase();
    let common_noun = |w: &str| {
        w.chars().all(|c| c.is_ascii_lowercase())
            && !w.is_empty()
            && !w.ends_with("ly")
            && !rules.grammar.finite_before.iter().any(|f| f == w)
    };
    // "four Kurds convicted for ...", "13 Uzbeks detained in ...": a plural name of
    // people after a count or an article is a noun the participle qualifies.
    let named_people = prev.len() > 3
        && prev.ends_with('s')
        && prev.starts_with(|c: char| c.is_ascii_uppercase())
        && prev[1..].chars().all(|c| c.is_ascii_lowercase())
        && before.trim_end().rsplit(' ').nth(1).is_some_and(|w| {
            (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit())) || common_noun(w)
        });
    named_people || (common_noun(&lower) && prev.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether a sentencing participle's own clause (up to the next comma) gives a date to
/// the day: "X, an opposition leader sentenced to five years on 20 December 2004, had
/// ..." is a dated conviction even though the participle qualifies a noun.
fn has_own_day(input: &Input, sentence: Span, trigger: Span) -> bool {
    // "X, convicted of murdering Y on 6 August 2013": that date is the crime's.
    if !trigger
        .slice(input.text)
        .get(..9)
        .is_some_and(|h| h.eq_ignore_ascii_case("sentenced"))
    {
        return false;
    }
    let clause_end = input
        .text
        .get(trigger.end as usize..sentence.end as usize)
        .and_then(|rest| rest.find([',', ';', '(']))
        .map_or(sentence.end, |at| trigger.end + at as u32);
    times_in(
        input.times,
        Span::new(trigger.end as usize, clause_end as usize),
    )
    .iter()
    .any(|t| {
        !t.is_duration
            && t.span.end <= clause_end
            && t.value
                .as_ref()
                .and_then(|v| v.start)
                .is_some_and(|d| d.day.is_some())
    })
}

/// Whether a trigger stands inside a quotation that names a charge or an offence
/// ('convicted of "fraud executed on a large scale"', 'charged with "..."'): the
/// words name the offence, they tell no event.
fn in_quoted_charge(text: &str, rules: &Rules, sentence: Span, trigger: Span) -> bool {
    let before = text
        .get(sentence.start as usize..trigger.start as usize)
        .unwrap_or("");
    let after = text
        .get(trigger.end as usize..sentence.end as usize)
        .unwrap_or("");
    // The quotation open at the trigger: curly marks, else an odd number of
    // straight ones before it; closed after it.
    let curly = before
        .rfind('\u{201c}')
        .filter(|&o| before.rfind('\u{201d}').is_none_or(|c| c < o) && after.contains('\u{201d}'));
    let straight = || {
        before
            .rfind('"')
            .filter(|_| before.matches('"').count() % 2 == 1 && after.contains('"'))
    };
    let Some(open) = curly.or_else(straight) else {
        return false;
    };
    let word = before[..open]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    rules.grammar.charge_openers.contains(&word)
}

/// Modality cues inside one sentence, in text order.
pub(crate) fn cues_in(text: &str, rules: &Rules, sentence: Span) -> Vec<(Span, CueClass)> {
    let c = rules.compiled();
    let base = sentence.start as usize;
    c.cues
        .find_iter(sentence.slice(text))
        .map(|m| (base + m.start(), base + m.end(), m.pattern().as_usize()))
        .filter(|&(start, end, _)| {
            on_word_boundaries(text, start, end)
                && !is_numbering(text, end)
                && !is_proper(text, start)
        })
        .map(|(start, end, p)| {
            let class = c.cue_class[p];
            // "according to AI's figures", "according to an AFP tally": a count
            // relayed from its data is hedged, not a party's word.
            let class = if class == CueClass::Reported
                && (cites_data(text, rules, end) || data_before(text, rules, sentence, start))
            {
                CueClass::Hedged
            } else {
                class
            };
            (Span::new(start, end), class)
        })
        .collect()
}

/// Whether the source named after an attribution cue ending at `end` is data (a
/// tally, figures, statistics; `data_sources` in the modality rules), within its
/// first words up to a comma.
fn cites_data(text: &str, rules: &Rules, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let source = rest.split([',', '.', ';']).next().unwrap_or("");
    source
        .split_whitespace()
        .take(8)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .any(|w| rules.data_sources.contains(&w))
}

/// Whether the source named before a reported cue starting at `start` is a monitor
/// ("human rights activists have said that", "state media said that", "the rights
/// group said that"): one of `data_sources` among the six words before the cue, in
/// its clause.
fn data_before(text: &str, rules: &Rules, sentence: Span, start: usize) -> bool {
    let before = text.get(sentence.start as usize..start).unwrap_or("");
    let clause = before
        .rfind([',', ';', ':', '(', ')'])
        .map_or(before, |i| &before[i + 1..]);
    clause
        .split_whitespace()
        .rev()
        .take(6)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .any(|w| rules.data_sources.contains(&w))
}

const PARTIAL: &str = "law_adopted.partial_abolition";

/// "removed the death penalty for seven offences": the penalty stays for others, so
/// this is a change of the law, not an abolition.
fn partial_abolitions(text: &str, events: &mut [Event]) {
    for e in events.iter_mut().filter(|e| e.kind == EventKind::Abolition) {
        let rest = text
            .get(e.trigger.end as usize..e.span.end as usize)
            .unwrap_or("");
        let Some(scope) = rest.strip_prefix(" for ") else {
            continue;
        };
        let first = scope
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let whole = matches!(
            first.as_str(),
            "all" | "every" | "ordinary" | "any" | "peacetime" | "good"
        );
        if !whole {
            e.kind = EventKind::LawAdopted;
            e.rule = PARTIAL.to_string();
        }
    }
}

/// "Executions were carried out by firing squad": with no date, count or person of
/// its own, an execution told with its method describes the practice.
/// The methods are `execution_methods` in the grammar rules.
fn drop_method_descriptions(text: &str, rules: &Rules, events: &mut Vec<Event>) {
    events.retain(|e| {
        if e.kind != EventKind::Execution
            || e.date_span.is_some()
            || e.quantity.is_some()
            || !e.participants.is_empty()
        {
            return true;
        }
        let rest = text
            .get(e.trigger.start as usize..e.span.end as usize)
            .unwrap_or("");
        !rules
            .grammar
            .execution_methods
            .iter()
            .any(|m| rest.contains(&format!(" {m}")))
    });
}

/// A capitalised cue word inside a sentence is a name or a month ("in May"), not a cue.
pub(crate) fn is_proper(text: &str, start: usize) -> bool {
    let capital = text
        .as_bytes()
        .get(start)
        .is_some_and(u8::is_ascii_uppercase);
    if !capital {
        return false;
    }
    let before = text
        .get(..start)
        .unwrap_or("")
        .trim_end_matches([' ', '"', '(', '*', '\u{201c}']);
    !(before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '\u{2022}']))
}

/// "No. 5": a cue word followed by a full stop and a number is an abbreviation.
fn is_numbering(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    rest.strip_prefix('.')
        .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Words counted against a pattern's gap: the words of an apposition between two
/// commas ("sentenced X, a senior member of the party, to life") are free, up to
/// `APPOSITION_WORDS` of them.
#[derive(Default)]
struct GapWords {
    words: usize,
    in_apposition: bool,
    apposition: usize,
    in_quote: bool,
    quoted: usize,
}

const APPOSITION_WORDS: usize = 16;
/// The longest quotation a gap takes as one word (a law's or a charge's title).
const QUOTED_WORDS: usize = 16;

fn opens_quote(word: &[u8]) -> bool {
    word.starts_with("\u{201c}".as_bytes())
        || word.starts_with(b"\"")
        || word.starts_with("\u{ab}".as_bytes())
}

fn closes_quote(word: &[u8]) -> bool {
    let mut w = word;
    while let Some((&last, rest)) = w.split_last() {
        if matches!(last, b',' | b'.' | b';' | b':' | b')') {
            w = rest;
        } else {
            break;
        }
    }
    w.len() > 1
        && (w.ends_with("\u{201d}".as_bytes())
            || w.ends_with(b"\"")
            || w.ends_with("\u{bb}".as_bytes()))
}

impl GapWords {
    /// One word of a gap. A quotation ("Decree No. 60 “On measures to improve
    /// ...” came into effect") counts as one word: a title, not the clause.
    fn push_word(&mut self, word: &[u8]) {
        if self.in_quote {
            self.quoted += 1;
            if closes_quote(word) {
                self.in_quote = false;
                self.quoted = 0;
                self.push(word.last() == Some(&b','));
            } else if self.quoted > QUOTED_WORDS {
                self.words += self.quoted;
                self.in_quote = false;
                self.quoted = 0;
            }
            return;
        }
        if !self.in_apposition && opens_quote(word) && !closes_quote(word) {
            self.in_quote = true;
            self.quoted = 1;
            return;
        }
        self.push(word.last() == Some(&b','));
    }

    fn push(&mut self, ends_with_comma: bool) {
        if self.in_apposition {
            self.apposition += 1;
            if ends_with_comma {
                self.in_apposition = false;
                self.apposition = 0;
            } else if self.apposition > APPOSITION_WORDS {
                self.words += self.apposition;
                self.in_apposition = false;
                self.apposition = 0;
            }
        } else {
            self.words += 1;
            self.in_apposition = ends_with_comma;
        }
    }

    fn count(&self) -> usize {
        // An apposition or a quotation still open where the match stands counts in full.
        self.words + self.apposition + self.quoted
    }
}

fn gap_words(s: &str) -> usize {
    let mut counter = GapWords::default();
    for w in s.split_whitespace() {
        counter.push_word(w.as_bytes());
    }
    counter.count()
}

/// Match the remaining parts of a gapped pattern in order, within the sentence.
fn match_rest(
    text: &str,
    sentence: Span,
    mut pos: usize,
    parts: &[String],
    gap: usize,
) -> Option<usize> {
    let s_end = (sentence.end as usize).min(text.len());
    for part in parts {
        // Search only as far as `gap` words can reach: frequent anchors ("law",
        // "extended") then cost a few bytes each, not a scan to the sentence end.
        let mut reach = pos;
        let mut counter = GapWords::default();
        let bytes = text.as_bytes();
        while reach < s_end && counter.words <= gap {
            while reach < s_end && bytes[reach] == b' ' {
                reach += 1;
            }
            let start = reach;
            while reach < s_end && bytes[reach] != b' ' {
                reach += 1;
            }
            counter.push_word(&bytes[start..reach]);
        }
        let limit = crate::quantity::floor_char_boundary(text, (reach + part.len() + 1).min(s_end));
        let mut from = pos;
        let found = loop {
            let at = find_ci(&text[..limit], part, from)?;
            if gap_words(&text[pos..at]) > gap {
                return None;
            }
            if on_word_boundaries(text, at, at + part.len()) {
                break at;
            }
            from = at + 1;
        };
        pos = found + part.len();
    }
    Some(pos)
}

fn rule_allows(input: &Input, rule: &EventRule, sentence: Span, trigger: Span) -> bool {
    if !rule.requires.is_empty()
        && !rule.requires_if_asserted
        && !requires_met(input, rule, sentence)
    {
        return false;
    }
    if !rule.vetoes.is_empty() {
        // One lower-cased copy, then fast substring searches.
        let lower = sentence.slice(input.text).to_ascii_lowercase();
        if rule.vetoes.iter().any(|v| lower.contains(v.as_str())) {
            return false;
        }
    }
    rule_excludes_ok(input, rule, sentence, trigger)
}

/// Whether the sentence holds one of the rule's required phrases (or a person, when
/// the rule allows).
fn requires_met(input: &Input, rule: &EventRule, sentence: Span) -> bool {
    let padded = format!(" {} ", sentence.slice(input.text)).to_ascii_lowercase();
    let person = || {
        rule.person_satisfies
            && mentions_in(input.mentions, sentence).any(|m| m.kind == MentionKind::Person)
    };
    rule.requires.iter().any(|r| padded.contains(r.as_str())) || person()
}

fn rule_excludes_ok(input: &Input, rule: &EventRule, sentence: Span, trigger: Span) -> bool {
    let s = sentence.slice(input.text);
    for ex in &rule.excludes {
        let needle = ex.to_lowercase();
        let mut from = 0;
        while let Some(at) = find_ci(s, &needle, from) {
            let span = Span::new(
                sentence.start as usize + at,
                sentence.start as usize + at + needle.len(),
            );
            // On word boundaries: "executed a" must not cancel "executed at least".
            if span.overlaps(trigger)
                && on_word_boundaries(input.text, span.start as usize, span.end as usize)
            {
                return false;
            }
            from = at + 1;
        }
    }
    if rule.needs_person {
        let has = mentions_in(input.mentions, sentence).any(|m| m.kind == MentionKind::Person);
        if !has {
            return false;
        }
    }
    true
}

/// The modality of a trigger and whether it describes a practice (no event).
pub(crate) fn modality_of(
    text: &str,
    rules: &Rules,
    cues: &[(Span, CueClass)],
    sentence: Span,
    trigger: Span,
) -> (Modality, bool) {
    let first = cues.partition_point(|(s, _)| s.end <= sentence.start);
    let mut found: Vec<CueClass> = Vec::new();
    for &(cue, class) in cues[first..]
        .iter()
        .take_while(|(s, _)| s.start < sentence.end)
    {
        let applies = if cue.end <= trigger.start {
            let between = text
                .get(cue.end as usize..trigger.start as usize)
                .unwrap_or("");
            // The breakers see the trigger's first word too ("... and was released").
            let first_word_end = text
                .get(trigger.range())
                .and_then(|t| t.find(' '))
                .map_or(trigger.end as usize, |i| trigger.start as usize + i + 1);
            let reach = text
                .get(cue.end as usize..first_word_end)
                .unwrap_or(between);
            word_count(between) <= rules.window(class) && !breaks(rules, class, reach)
        } else if cue.start >= trigger.start && cue.end <= trigger.end {
            // "signed, but did not ratify, Protocol 6": a cue past a breaker inside
            // a gapped trigger is about the other verb.
            let lead = text
                .get(trigger.start as usize..cue.start as usize)
                .unwrap_or("");
            !breaks(rules, class, lead) || lead.is_empty()
        } else if cue.start >= trigger.end
            && matches!(class, CueClass::Reported | CueClass::Hedged)
            && text
                .get(..cue.start as usize)
                .is_some_and(|b| b.ends_with(", "))
            && cue
                .slice(text)
                .get(..9)
                .is_some_and(|c| c.eq_ignore_ascii_case("according"))
            // "the explosions that, according to the government, were attempts on
            // ...": inside a relative clause the source vouches for that clause.
            && !text
                .get(trigger.end as usize..cue.start as usize)
                .is_some_and(|gap| {
                    gap.split(|c: char| !c.is_alphanumeric())
                        .any(|w| matches!(w, "that" | "which" | "who" | "whom"))
                })
        {
            // "..., according to the ministry": the source vouches for nothing.
            true
        } else if cue.start >= trigger.end && class == CueClass::Hedged {
            let between = text
                .get(trigger.end as usize..cue.start as usize)
                .unwrap_or("");
            // "died in custody, reportedly as a result of torture": the hedge is
            // about what follows the comma, not the event.
            word_count(between) <= rules.hedge_after && !between.contains(['.', ';', ','])
        } else {
            false
        };
        if applies {
            found.push(class);
        }
    }
    // "Since X, six people have been sentenced": a tally over a period, not an event.
    let s_text = sentence.slice(text);
    let lead = text.get(
        (trigger.start as usize)
            .saturating_sub(12)
            .max(sentence.start as usize)..trigger.start as usize,
    );
    let tally = s_text.starts_with("Since ")
        && lead.is_some_and(|l| {
            l.contains("have been") || l.contains("has been") || l.contains("have had")
        });
    let habitual =
        found.contains(&CueClass::Habitual) || (tally && !found.contains(&CueClass::Negated));
    let modality = match found.iter().filter(|c| **c != CueClass::Habitual).min() {
        Some(CueClass::Negated) => Modality::Negated,
        Some(CueClass::Planned) => Modality::Planned,
        Some(CueClass::Hypothetical) => Modality::Hypothetical,
        Some(CueClass::Reported) => Modality::Reported,
        Some(CueClass::Hedged) => Modality::Hedged,
        _ => Modality::Asserted,
    };
    (modality, habitual)
}

fn breaks(rules: &Rules, class: CueClass, between: &str) -> bool {
    let lower = between.to_lowercase();
    rules.breakers.iter().any(|b| lower.contains(b.as_str()))
        || rules
            .class_breakers
            .get(class.as_str())
            .is_some_and(|list| list.iter().any(|b| lower.contains(b.as_str())))
}

/// Bounds of the clause around `span` inside `sentence` (breakers inside `skip` spans ignored).
pub(crate) fn clause_of(text: &str, sentence: Span, span: Span, skip: &[Span]) -> Span {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let rel_start = (span.start as usize).saturating_sub(base).min(s.len());
    let rel_end = (span.end as usize).saturating_sub(base).min(s.len());
    let mut start = 0usize;
    let mut end = s.len();
    for b in CLAUSE_BREAKERS {
        for (at, _) in s.match_indices(b) {
            let abs = Span::new(base + at, base + at + b.len());
            if skip.iter().any(|k| k.overlaps(abs))
                || abs.overlaps(span)
                || (*b == "," && in_name_list(s, at))
            {
                continue;
            }
            if at + b.len() <= rel_start {
                start = start.max(at + b.len());
            } else if at >= rel_end {
                end = end.min(at);
            }
        }
    }
    Span::new(base + start, base + end.max(start))
}

/// "Cruel, Inhuman or Degrading Treatment", "Belarus, Kazakhstan and Tajikistan": a
/// comma between two capitalised words lists names; it does not end a clause.
fn in_name_list(s: &str, comma: usize) -> bool {
    let capital = |w: Option<&str>| {
        w.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && w.len() > 1)
    };
    capital(s[..comma].rsplit(' ').next()) && capital(s[comma + 1..].split_whitespace().next())
}

/// Balanced parentheses inside a sentence, brackets included (short ones only: a
/// long parenthesis is a clause of its own).
fn parentheticals(text: &str, sentence: Span) -> Vec<Span> {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = s[from..].find('(').map(|i| from + i) {
        let Some(close) = s[open..].find(')').map(|i| open + i) else {
            break;
        };
        if close - open <= 120 && !s[open + 1..close].contains('(') {
            out.push(Span::new(base + open, base + close + 1));
        }
        from = close + 1;
    }
    out
}

/// The words between two coordinated dates: "2008 and 2016", "2008, and again in 2016".
fn is_coordination(gap: &str) -> bool {
    if matches!(gap, " and " | ", " | ", and " | " or ") {
        return true;
    }
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 3
        && words.first().is_some_and(|w| matches!(*w, "and" | "or"))
        && words
            .iter()
            .all(|w| matches!(*w, "and" | "or" | "again" | "also" | "in" | "then"))
}

/// How a trigger's date was chosen.
#[derive(Clone, Debug, PartialEq)]
pub enum DateChoice {
    None,
    /// One date: value and the span of its expression.
    One(TimeValue, Span),
    /// Coordinated dates ("In 2008 and 2016"): one event each.
    Many(Vec<(TimeValue, Span)>),
}

/// Choose the date for a trigger among the time mentions: one inside the trigger,
/// else the closest in the trigger's clause, else the sentence-initial date, else
/// the closest in the sentence within 80 bytes. Coordinated dates give one event
/// each, or one range with "respectively"; "later" between date and trigger opens
/// the interval.
///
/// `others` are the triggers of other events in the sentence: a date with another
/// trigger between it and this one belongs to that trigger ("signed X and ratified
/// it on 24 March": the date is the ratification's).
pub fn attach_date(
    text: &str,
    sentence: Span,
    trigger: Span,
    times: &[TimeMention],
    others: &[Span],
    grammar: &Grammar,
) -> DateChoice {
    let mut cands: Vec<&TimeMention> = times
        .iter()
        .filter(|t| sentence.contains(t.span) && t.value.is_some() && !t.is_duration)
        .collect();
    // "He said in November that he had been tortured": a date before the "that" of a
    // verb of saying dates the saying; the event it reports lies before it, unless
    // its own clause dates it.
    let mut said_before = DateChoice::None;
    if let Some(that_end) = speech_complement(text, grammar, sentence, trigger) {
        let (matrix, own): (Vec<&TimeMention>, Vec<&TimeMention>) =
            cands.iter().partition(|t| t.span.start < that_end);
        let tail = text
            .get(that_end as usize..trigger.start as usize)
            .unwrap_or("")
            .to_ascii_lowercase();
        let prospective = grammar
            .prospective
            .iter()
            .any(|w| format!(" {tail}").contains(&format!(" {w} ")));
        if let (Some(said), false) = (matrix.last(), prospective) {
            let v = said.value.unwrap_or(TimeValue {
                start: None,
                end: None,
            });
            let end = v.end.or(v.start);
            said_before = DateChoice::One(TimeValue { start: None, end }, said.span);
        }
        cands = own;
    }
    // "The bill abolishing X was signed on 4 April": a participle modifying a noun
    // shares the main verb's date.
    let participle = text
        .get(trigger.range())
        .and_then(|t| t.split(' ').next())
        .is_some_and(|w| w.len() > 5 && w.ends_with("ing"));
    let owned_by_other = |t: &TimeMention| {
        !participle
            && others.iter().any(|o| {
                if o.overlaps(trigger) {
                    return false;
                }
                // "On 21 February 2012 X was convicted of murder and sentenced to
                // death": a date before two coordinated predicates dates both.
                let coordinated = t.span.end <= o.start
                    && o.end <= trigger.start
                    && text
                        .get(o.end as usize..trigger.start as usize)
                        .is_some_and(|gap| {
                            gap.contains(" and ")
                                && !gap.contains([',', ';', '('])
                                && word_count(gap) <= 10
                        });
                let between = (trigger.end <= o.start && o.end <= t.span.start)
                    || (t.span.end <= o.start && o.end <= trigger.start && !coordinated);
                // "abolished it in 2021 and then ratified ...": the date closes the
                // first predicate, the " and " opens this one.
                // Only when the date stands in the other's clause: "arrested in 2020
                // and held until he was convicted in July 2023 and sentenced": the
                // date closes the conviction, not the arrest.
                let closes_other = o.end <= t.span.start
                    && t.span.end <= trigger.start
                    && text
                        .get(t.span.end as usize..trigger.start as usize)
                        .is_some_and(|gap| {
                            let gap = gap.trim_start_matches(',');
                            (gap.starts_with(" and ") || gap.starts_with(", and "))
                                && word_count(gap) <= 3
                        })
                    && text
                        .get(o.end as usize..t.span.start as usize)
                        .is_some_and(|gap| !CLAUSE_BREAKERS.iter().any(|b| gap.contains(b)));
                // "X, arrested in May 2009, was sentenced": a date inside an
                // apposition that another trigger opens is that trigger's.
                let apposition = o.end <= t.span.start
                    && t.span.end <= trigger.start
                    && text
                        .get(..o.start as usize)
                        .is_some_and(|b| b.trim_end().ends_with(','))
                    && text
                        .get(o.end as usize..t.span.end as usize)
                        .is_some_and(|gap| !gap.contains([',', ';']))
                    && text
                        .get(t.span.end as usize..trigger.start as usize)
                        .is_some_and(|gap| gap.trim_start().starts_with(','));
                between || closes_other || apposition
            })
    };
    if cands.is_empty() {
        return said_before;
    }
    let mut spans: Vec<Span> = cands.iter().map(|t| t.span).collect();
    // "acceded to the Convention against Torture (the Convention) on 29 June 1998":
    // a parenthesis does not cut the clause.
    spans.extend(parentheticals(text, sentence));
    let clause = clause_of(text, sentence, trigger, &spans);
    let distance = |t: &TimeMention| -> u32 {
        if t.span.end <= trigger.start {
            trigger.start - t.span.end
        } else {
            t.span.start.saturating_sub(trigger.end)
        }
    };
    // "for their role in the 1982 coup attempt": a year qualifying a noun names
    // that thing; it dates the trigger only when nothing else in the sentence does.
    let attributive = |t: &TimeMention| {
        let before = text.get(..t.span.start as usize).unwrap_or("");
        let after = text.get(t.span.end as usize..).unwrap_or("");
        // "under the 2009 Military Commissions Act": a bare year before a name too.
        let year = t.span.slice(text).len() == 4;
        ["the ", "a ", "an ", "its ", "their ", "his ", "her "]
            .iter()
            .any(|d| before.ends_with(d))
            && after.strip_prefix(' ').is_some_and(|a| {
                a.starts_with(|c: char| c.is_ascii_lowercase() || (year && c.is_ascii_uppercase()))
            })
    };
    // "hanged for the murder of his fiancee in 2018", "for a murder committed on 6
    // October 1977": a date after the crime dates the crime.
    let of_crime = |t: &TimeMention| {
        trigger.end <= t.span.start
            && text
                .get(trigger.end as usize..t.span.start as usize)
                .is_some_and(|gap| {
                    // "for drug trafficking in October" may date the sentence; "for
                    // the murder of his fiancee in 2018" dates the murder.
                    gap.contains(" committed ")
                        || gap.split_once(" for ").is_some_and(|(_, rest)| {
                            grammar.crime_nouns.iter().any(|c| {
                                rest.match_indices(c.as_str()).any(|(i, _)| {
                                    rest[..i].ends_with(' ') && rest[i + c.len()..].starts_with(" of ")
                                })
                            })
                        })
                        // "overturned a ruling against officers convicted of torture
                        // in 2022": the date is the qualifying participle's.
                        || grammar.qualifying_participles.iter().any(|p| {
                            gap.match_indices(p.as_str()).any(|(i, _)| {
                                i > 0
                                    && gap[..i].ends_with(' ')
                                    && gap[i + p.len()..].starts_with(' ')
                                    && gap[..i]
                                        .trim_end()
                                        .rsplit(' ')
                                        .next()
                                        .is_some_and(|w| {
                                            w.chars().all(|c| c.is_ascii_lowercase())
                                                && !grammar.finite_before.iter().any(|f| f == w)
                                        })
                            })
                        })
                })
    };
    // "overturned the 2008 conviction of X": a year qualifying the object of a
    // verb inside the trigger names that object; it does not date the verb (but
    // "the 2008 conviction" as a trigger of its own is dated by it).
    let object_year = |t: &TimeMention| {
        attributive(t)
            && text
                .get(trigger.start as usize..t.span.start as usize)
                .is_some_and(|b| b.trim_end().contains(' '))
    };
    let inside = cands
        .iter()
        .find(|t| trigger.contains(t.span) && !object_year(t));
    // "four men held since June 2009 were sentenced", "leaders arrested in 2008
    // were tried": a date right after a participle that qualifies a noun is the
    // participle's.
    let qualifier_date = |t: &TimeMention| {
        if t.span.end > trigger.start {
            return false;
        }
        let before = text
            .get(sentence.start as usize..t.span.start as usize)
            .unwrap_or("");
        let mut words = before.split_whitespace().rev();
        // The preposition may open the date's own words ("since June 2009").
        let own = t.span.slice(text).split(' ').next().filter(|w| {
            grammar
                .participle_prepositions
                .iter()
                .any(|p| p.eq_ignore_ascii_case(w))
        });
        match (own.or_else(|| words.next()), words.next(), words.next()) {
            (Some(prep), Some(participle), Some(noun)) => {
                let noun = noun.trim_end_matches(',');
                grammar
                    .participle_prepositions
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(prep))
                    && grammar
                        .qualifying_participles
                        .iter()
                        .any(|p| p.eq_ignore_ascii_case(participle))
                    && !noun.is_empty()
                    && !grammar
                        .finite_before
                        .iter()
                        .any(|f| f.eq_ignore_ascii_case(noun))
                    && !noun.to_ascii_lowercase().ends_with("ly")
            }
            _ => false,
        }
    };
    let in_clause = cands
        .iter()
        .filter(|t| {
            clause.contains(t.span)
                && !owned_by_other(t)
                && !attributive(t)
                && !of_crime(t)
                && !qualifier_date(t)
        })
        .min_by_key(|t| distance(t));
    let fallback = cands
        .iter()
        .filter(|t| clause.contains(t.span) && !owned_by_other(t))
        .min_by_key(|t| distance(t));
    let initial = cands.iter().find(|t| {
        let before = text
            .get(sentence.start as usize..t.span.start as usize)
            .unwrap_or("");
        word_count(before) <= 2 && t.span.end <= trigger.start
    });
    // Never across a semicolon: "released in May; he had been beaten" (the beating
    // is not dated by the release).
    let across_semicolon = |t: &TimeMention| {
        let (a, b) = if t.span.end <= trigger.start {
            (t.span.end, trigger.start)
        } else {
            (trigger.end, t.span.start)
        };
        text.get(a as usize..b as usize)
            .is_some_and(|gap| gap.contains(';'))
    };
    let nearest = cands
        .iter()
        .filter(|t| {
            distance(t) <= 80
                && !owned_by_other(t)
                && !attributive(t)
                && !of_crime(t)
                && !qualifier_date(t)
                && !across_semicolon(t)
        })
        .min_by_key(|t| distance(t));
    // "until June 2013, when four prisoners were hanged": the date the "when"
    // clause hangs on dates it.
    let when_antecedent = text
        .get(sentence.start as usize..trigger.start as usize)
        .and_then(|before| {
            let at = before.rfind(", when ")?;
            // Commas may set off an apposition inside the clause ("when X, a
            // national, was hanged").
            let rest = &before[at + 7..];
            if CLAUSE_BREAKERS
                .iter()
                .any(|b| *b != "," && rest.contains(b))
            {
                return None;
            }
            let comma = sentence.start + at as u32;
            cands
                .iter()
                .find(|t| t.span.end <= comma && comma - t.span.end <= 1)
        });
    // "detained them on 5 February and humiliated them": with no date of its own,
    // a predicate joined by a bare " and " shares the one before it.
    let shared = cands.iter().rev().find(|t| {
        t.span.end <= trigger.start
            && clause.contains(t.span)
            && text
                .get(t.span.end as usize..trigger.start as usize)
                .is_some_and(|gap| gap == " and ")
    });
    let Some(chosen) = inside
        .or(in_clause)
        .or(when_antecedent)
        .or(initial)
        .or(nearest)
        .or(fallback)
        .or(shared)
        .copied()
    else {
        return said_before;
    };
    // Coordination: "2008 and 2016", "July and August".
    let mut chain: Vec<&TimeMention> = vec![chosen];
    let idx = cands
        .iter()
        .position(|t| std::ptr::eq(*t, chosen))
        .unwrap_or(0);
    for t in cands[idx + 1..].iter() {
        let prev = chain.last().map_or(chosen.span, |p| p.span);
        let gap = text
            .get(prev.end as usize..t.span.start as usize)
            .unwrap_or("x");
        if is_coordination(gap) {
            chain.push(t);
        } else {
            break;
        }
    }
    for t in cands[..idx].iter().rev() {
        let next = chain.first().map_or(chosen.span, |p| p.span);
        let gap = text
            .get(t.span.end as usize..next.start as usize)
            .unwrap_or("x");
        if is_coordination(gap) {
            chain.insert(0, t);
        } else {
            break;
        }
    }
    let value = |t: &TimeMention| {
        t.value.unwrap_or(TimeValue {
            start: None,
            end: None,
        })
    };
    // "Between 6 August 2013, and 30 June 2016": one interval.
    let between = chain.len() == 2
        && text
            .get(sentence.start as usize..chain[0].span.start as usize)
            .is_some_and(|b| {
                let b = b.trim_end().to_ascii_lowercase();
                b.ends_with(" between") || b == "between"
            });
    if chain.len() > 1 {
        let s = sentence.slice(text);
        if s.contains("respectively") || between {
            let first = chain[0];
            let last = chain[chain.len() - 1];
            let v = TimeValue {
                start: value(first).start,
                end: value(last).end,
            };
            return DateChoice::One(v, first.span.cover(last.span));
        }
        return DateChoice::Many(chain.iter().map(|t| (value(t), t.span)).collect());
    }
    let mut v = value(chosen);
    if chosen.span.end <= trigger.start {
        let between = text
            .get(chosen.span.end as usize..trigger.start as usize)
            .unwrap_or("");
        if between.contains(" later ") || between.contains("subsequently") {
            v = TimeValue {
                start: v.start,
                end: None,
            };
        }
    }
    // "until June 2013, when ...": the "when" is the moment the interval ends.
    if when_antecedent.is_some_and(|w| std::ptr::eq(*w, chosen)) && v.start.is_none() {
        v.start = v.end;
    }
    // "Prior to being brought there in 2006, he had been held": the date closes the
    // event's interval.
    if closes_before(text, grammar, sentence, chosen.span, trigger) {
        v = TimeValue {
            start: None,
            end: v.end.or(v.start),
        };
    }
    DateChoice::One(v, chosen.span)
}

/// Where the "that" clause of a verb of saying or finding that holds `trigger`
/// begins ("The activist said in November that | he had been tortured", "the panel
/// concluded, in a statement on 3 May, that | ..."): the verb stands among the seven
/// words before the "that", and no semicolon or colon parts the clause from the
/// trigger.
fn speech_complement(text: &str, grammar: &Grammar, sentence: Span, trigger: Span) -> Option<u32> {
    let before = text.get(sentence.start as usize..trigger.start as usize)?;
    let at = before.rfind(" that ")?;
    let tail = &before[at + 6..];
    if tail.contains([';', ':']) {
        return None;
    }
    let head = &before[..at];
    let said = head.split_whitespace().rev().take(7).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase();
        grammar.speech_verbs.contains(&w)
    });
    said.then_some(sentence.start + (at + 6) as u32)
}

/// Whether a date stands in a clause the event came before: "Prior to being moved
/// to the capital in 2021, he had been held", "he was beaten before being moved in
/// 2021" (one of `before_words` followed by a gerund or a possessive).
fn closes_before(text: &str, grammar: &Grammar, sentence: Span, date: Span, trigger: Span) -> bool {
    let opens = |s: &str| {
        grammar.before_words.iter().any(|b| {
            s.strip_prefix(b.as_str())
                .and_then(|r| r.strip_prefix(' '))
                .is_some_and(|r| {
                    let w = r.split_whitespace().next().unwrap_or("");
                    (w.len() > 4 && w.ends_with("ing"))
                        || matches!(w, "his" | "her" | "their" | "its")
                })
        })
    };
    if date.end <= trigger.start {
        let Some(before) = text.get(sentence.start as usize..date.start as usize) else {
            return false;
        };
        let from = before.rfind([',', ';']).map_or(0, |i| i + 1);
        let clause = before[from..].trim_start().to_ascii_lowercase();
        opens(&clause)
            && text
                .get(date.end as usize..trigger.start as usize)
                .is_some_and(|gap| gap.contains(','))
    } else {
        let Some(gap) = text.get(trigger.end as usize..date.start as usize) else {
            return false;
        };
        let gap = gap.to_ascii_lowercase();
        grammar.before_words.iter().any(|b| {
            gap.match_indices(&format!(" {b} ")).any(|(i, _)| {
                let rest = &gap[i + 1..];
                opens(rest) && !rest.contains([',', ';'])
            })
        })
    }
}

fn build_events(input: &Input, group: &[Candidate], others: &[Span], out: &mut Vec<Event>) {
    let text = input.text;
    let first = &group[0];
    let rule = &input.rules.events[first.rule];
    let sentence = input.sentences[first.sentence];
    // Each trigger's date; triggers with different dates are different events.
    let mut seen: Vec<Option<String>> = Vec::new();
    for cand in group {
        let mut choice = attach_date(
            text,
            sentence,
            cand.trigger,
            times_in(input.times, sentence),
            others,
            &input.rules.grammar,
        );
        if choice == DateChoice::None {
            if let Some((v, span)) = later_than_before(input, first.sentence, cand.trigger) {
                choice = DateChoice::One(v, span);
            }
        }
        let dates: Vec<(Option<TimeValue>, Option<Span>)> = match choice {
            DateChoice::None
                if rule.inherit_period
                    && !is_past_perfect(text, input.rules, sentence, cand.trigger)
                    && !is_plural_summary(input, sentence, cand.trigger) =>
            {
                vec![(input.period.map(whole_years), None)]
            }
            DateChoice::None => vec![(None, None)],
            DateChoice::One(v, s) => vec![(Some(v), Some(s))],
            DateChoice::Many(list) => list.into_iter().map(|(v, s)| (Some(v), Some(s))).collect(),
        };
        for (date, date_span) in dates {
            let key = date.map(|d| d.iso());
            if seen.contains(&key) || (key.is_none() && !seen.is_empty()) {
                // Another trigger of the same event: it may carry the count or the
                // people the first one lacked ("executions took place in 2003, when
                // nine prisoners were shot").
                if let Some(event) = out.iter_mut().rev().find(|e| {
                    e.span == sentence
                        && e.kind == rule.kind
                        && (key.is_none() || e.date.map(|d| d.iso()) == key)
                }) {
                    if event.quantity.is_none() && counts(rule.kind) {
                        event.quantity = quantity(input, sentence, cand.trigger);
                    }
                    if event.participants.is_empty() {
                        event.participants = participants(input, rule, sentence, cand.trigger);
                    }
                }
                continue;
            }
            if key.is_some() {
                // A dated trigger replaces an undated one of the same group.
                if let Some(pos) = seen.iter().position(Option::is_none) {
                    seen.remove(pos);
                    if let Some(at) = out.iter().rposition(|e| {
                        e.span == sentence && e.kind == rule.kind && e.date.is_none()
                    }) {
                        out.remove(at);
                    }
                }
            }
            seen.push(key);
            out.push(Event {
                kind: rule.kind,
                span: sentence,
                trigger: cand.trigger,
                date,
                date_span,
                participants: participants(input, rule, sentence, cand.trigger),
                quantity: if counts(rule.kind) {
                    quantity(input, sentence, cand.trigger)
                } else {
                    None
                },
                place: place(input, rule.kind, sentence, cand.trigger),
                modality: cand.modality,
                rule: cand.rule_name.map_or_else(
                    || input.rules.events[cand.rule].rule.clone(),
                    str::to_string,
                ),
            });
        }
    }
}

/// Kinds whose events are counted (people sentenced, executed, detained...); a number
/// near a law, treaty, vote or moratorium counts something else ("two categories").
fn counts(kind: EventKind) -> bool {
    !matches!(
        kind,
        EventKind::Moratorium
            | EventKind::Abolition
            | EventKind::ConstitutionalAmendment
            | EventKind::LawAdopted
            | EventKind::TreatySignature
            | EventKind::TreatyRatification
            | EventKind::UnVote
            | EventKind::StatusClassification
            | EventKind::Appointment
    )
}

/// "... later had their sentences changed": an undated event told as later than the
/// previous sentence of the paragraph starts at that sentence's last date.
fn later_than_before(input: &Input, sentence: usize, trigger: Span) -> Option<(TimeValue, Span)> {
    let text = input.text;
    let s_span = input.sentences[sentence];
    let lead = text
        .get(s_span.start as usize..trigger.start as usize)?
        .to_lowercase();
    if !(lead.contains(" later ") || lead.starts_with("later") || lead.contains("subsequently")) {
        return None;
    }
    let prev = *input.sentences.get(sentence.checked_sub(1)?)?;
    // Same paragraph: no blank line between the sentences.
    if text
        .get(prev.end as usize..s_span.start as usize)?
        .contains("\n\n")
    {
        return None;
    }
    // The date that sets the previous sentence's scene: one opening it, else its
    // last, never one in a parenthesis ("Walter LaGrand (January 26, 1962 - ...)").
    let parens = parentheticals(text, prev);
    let dated: Vec<(TimeValue, Span)> = input
        .times
        .iter()
        .filter(|t| {
            prev.contains(t.span) && !t.is_duration && !parens.iter().any(|p| p.contains(t.span))
        })
        .filter_map(|t| Some((t.value?, t.span)))
        .collect();
    let opening = dated.first().filter(|(_, span)| {
        text.get(prev.start as usize..span.start as usize)
            .is_some_and(|b| word_count(b) <= 2)
    });
    let last = *opening.or(dated.last())?;
    let start = last.0.start.or(last.0.end)?;
    Some((
        TimeValue {
            start: Some(start),
            end: None,
        },
        last.1,
    ))
}

/// Whether a trigger is told in the past perfect ("had been convicted", "had
/// previously been beaten"): an auxiliary of `past_perfect` among the six words
/// before it, with no punctuation in between.
fn is_past_perfect(text: &str, rules: &Rules, sentence: Span, trigger: Span) -> bool {
    let before = text
        .get(sentence.start as usize..trigger.start as usize)
        .unwrap_or("");
    let tail = before
        .rfind([',', ';', ':', '(', ')'])
        .map_or(before, |i| &before[i + 1..]);
    tail.split_whitespace().rev().take(6).any(|w| {
        rules
            .grammar
            .past_perfect
            .iter()
            .any(|p| p.eq_ignore_ascii_case(w))
    })
}

/// "Journalists and human rights defenders were harassed and detained", "Many were
/// reportedly tortured", "Opposition activists have been arbitrarily detained": a
/// passive whose subject is a bare plural (no article, number or name) or a vague
/// quantifier (`plural_summary_openers`), told with no date and no count, sums up a
/// practice; it is no one event of the period an annual report covers.
fn is_plural_summary(input: &Input, sentence: Span, trigger: Span) -> bool {
    let text = input.text;
    let grammar = &input.rules.grammar;
    let Some(lead) = text.get(sentence.start as usize..trigger.start as usize) else {
        return false;
    };
    let mut words: Vec<&str> = lead.split_whitespace().collect();
    let participle = |w: &str| {
        let w = w.trim_end_matches(',');
        w.len() > 3
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && (w.ends_with("ed") || w.ends_with("en"))
    };
    loop {
        // Adverbs before the participle: "were arbitrarily detained".
        while words
            .last()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
        {
            words.pop();
        }
        // Coordinated participles: "were harassed, threatened and beaten".
        match words.as_slice() {
            [.., p, c] if matches!(*c, "and" | "or") && participle(p) => {
                words.truncate(words.len() - 2);
            }
            [.., p] if p.ends_with(',') && participle(p) => {
                words.pop();
            }
            _ => break,
        }
    }
    let aux = match words.as_slice() {
        [.., a, b] if b.eq_ignore_ascii_case("been") && matches!(*a, "have" | "had") => 2,
        [.., a] if a.eq_ignore_ascii_case("were") => 1,
        _ => return false,
    };
    let subject = &words[..words.len() - aux];
    if subject.is_empty() || subject.len() > 6 {
        return false;
    }
    let lower: Vec<String> = subject.iter().map(|w| w.to_ascii_lowercase()).collect();
    let first = lower[0].as_str();
    if grammar.plural_summary_openers.iter().any(|o| o == first) {
        return subject.len() == 1;
    }
    let last = lower[lower.len() - 1].as_str();
    let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss");
    let subject_span = Span::new(sentence.start as usize, trigger.start as usize);
    plural
        && !grammar.determiners.iter().any(|d| d == first)
        && !lower.iter().any(|w| {
            w.bytes()
                .any(|b| b.is_ascii_digit() || !(b.is_ascii_alphabetic() || b == b'-' || b >= 0x80))
        })
        && !lower.iter().any(|w| grammar.vague_counts.contains(w))
        && !mentions_in(input.mentions, subject_span)
            .any(|m| matches!(m.kind, MentionKind::Person | MentionKind::Quantity))
}

/// A period of whole calendar years reads as those years ("2002-01-01/2002-12-31" is "2002").
fn whole_years(period: TimeValue) -> TimeValue {
    let (Some(start), Some(end)) = (period.start, period.end) else {
        return period;
    };
    let first_day = start.month.unwrap_or(1) == 1 && start.day.unwrap_or(1) == 1;
    let last_day = end.month.unwrap_or(12) == 12 && end.day.unwrap_or(31) == 31;
    if first_day && last_day {
        TimeValue::range(PartialDate::year(start.year), PartialDate::year(end.year))
    } else {
        period
    }
}

fn is_passive(text: &str, sentence: Span, trigger: Span) -> bool {
    let start = (sentence.start as usize).max(trigger.start.saturating_sub(24) as usize);
    let start = crate::quantity::floor_char_boundary(text, start);
    let window = text
        .get(start..trigger.end as usize)
        .unwrap_or("")
        .to_lowercase();
    [
        " was ", " were ", " been ", " be ", " being ", " is ", " are ", "was ", "were ",
    ]
    .iter()
    .any(|w| window.contains(w))
}

fn participants(
    input: &Input,
    rule: &EventRule,
    sentence: Span,
    trigger: Span,
) -> Vec<Participant> {
    let text = input.text;
    let passive = is_passive(text, sentence, trigger);
    let affected = if rule.victim {
        Role::Victim
    } else {
        Role::Subject
    };
    let mut out: Vec<Participant> = Vec::new();
    let in_sentence: Vec<&Mention> = mentions_in(input.mentions, sentence)
        .filter(|m| m.span.start.abs_diff(trigger.start) < 200)
        .collect();
    let mut agent_taken = false;
    // A person right after a preposition ("adviser to President X", "the murder of X")
    // is not a participant of this event.
    let after_preposition = |m: &Mention| {
        let before = text.get(..m.span.start as usize).unwrap_or("");
        [
            "to ",
            "of ",
            "for ",
            "with ",
            "from ",
            "against ",
            "behalf of ",
        ]
        .iter()
        .any(|p| before.ends_with(p))
    };
    // "commuted the death sentence of X", "the trial of X": X is the one affected.
    let of_the_affected = |m: &Mention| {
        // The few words before it (lower-casing the whole text before every mention
        // made this quadratic on long documents).
        let from =
            crate::quantity::floor_char_boundary(text, (m.span.start as usize).saturating_sub(32));
        let before = text
            .get(from..m.span.start as usize)
            .unwrap_or("")
            .to_lowercase();
        [
            "sentence of ",
            "sentences of ",
            "trial of ",
            "release of ",
            "arrest of ",
            "detention of ",
            "execution of ",
            "extradition of ",
            "deportation of ",
            "conviction of ",
            "appeal of ",
            "case of ",
            "custody of ",
            "detention of ",
            "death of ",
            "torture of ",
            "killing of ",
            "beating of ",
        ]
        .iter()
        .any(|p| before.ends_with(p))
    };
    // "At the UN General Assembly, X voted": a body named as the place is not the agent.
    let after_place_preposition = |m: &Mention| {
        // The few words before it (lower-casing the whole text before every mention
        // made this quadratic on long documents).
        let from =
            crate::quantity::floor_char_boundary(text, (m.span.start as usize).saturating_sub(32));
        let before = text
            .get(from..m.span.start as usize)
            .unwrap_or("")
            .to_lowercase();
        [
            "at ",
            "at the ",
            "in ",
            "in the ",
            "before the ",
            "to the ",
            "of the ",
        ]
        .iter()
        .any(|p| before.ends_with(p))
    };
    // "the Supreme Court upheld X's sentence, who had been convicted in January": a
    // court across a relative clause did not act in this event.
    let same_clause = |m: Span| {
        let (from, to) = if m.end <= trigger.start {
            (m.end, trigger.start)
        } else {
            (trigger.end, m.start)
        };
        let between = text.get(from as usize..to as usize).unwrap_or("");
        ![
            " who ", " whom ", " which ", " after ", " before ", "; ", " when ",
        ]
        .iter()
        .any(|b| between.contains(b))
    };
    // "the UN General Assembly resolution": the body names the text, it does not act.
    let names_a_text = |m: &Mention| {
        let after = text.get(m.span.end as usize..).unwrap_or("");
        [
            " resolution",
            " declaration",
            " report",
            " decision",
            " convention",
        ]
        .iter()
        .any(|w| after.starts_with(w))
    };
    // Closest first before the trigger (walk backwards), then after.
    let mut before: Vec<&&Mention> = in_sentence
        .iter()
        .filter(|m| m.span.end <= trigger.start)
        .collect();
    before.reverse();
    for m in before {
        let after_text = text.get(m.span.end as usize..).unwrap_or("");
        let possessive = after_text.starts_with("'s") || after_text.starts_with("\u{2019}s");
        if m.kind == MentionKind::Person
            && (after_preposition(m) || is_object(text, input.rules, m.span))
        {
            continue;
        }
        // "X signed the law; 1,230 sentences were commuted": X is not in this clause.
        let between = text
            .get(m.span.end as usize..trigger.start as usize)
            .unwrap_or("");
        if between.contains("; ") {
            continue;
        }
        let role = match m.kind {
            MentionKind::Person if rule.agentive && !passive && !possessive && !agent_taken => {
                agent_taken = true;
                Role::Agent
            }
            MentionKind::Person if rule.agentive && !passive && !possessive => continue,
            MentionKind::Person => affected,
            MentionKind::Organisation if after_place_preposition(m) || names_a_text(m) => continue,
            MentionKind::Organisation if rule.agentive && !passive && !agent_taken => {
                agent_taken = true;
                Role::Agent
            }
            MentionKind::Court if !same_clause(m.span) => continue,
            MentionKind::Court => Role::Authority,
            _ => continue,
        };
        push_participant(&mut out, m, role);
    }
    // After the trigger: the nearest person (and one coordinated with it), courts.
    let mut last_person: Option<&Mention> = None;
    for m in in_sentence.iter().filter(|m| m.span.start > trigger.start) {
        let before_text = text.get(..m.span.start as usize).unwrap_or("");
        let after_text = text.get(m.span.end as usize..).unwrap_or("");
        let possessive = after_text.starts_with("'s") || after_text.starts_with("\u{2019}s");
        let by_agent =
            (before_text.ends_with("by ") || before_text.ends_with("by the ")) && !possessive;
        let role = match m.kind {
            MentionKind::Person => {
                if let Some(prev) = last_person {
                    let gap = text
                        .get(prev.span.end as usize..m.span.start as usize)
                        .unwrap_or("");
                    if gap != " and " {
                        continue;
                    }
                } else if passive && !by_agent && !possessive {
                    // "X was sentenced for killing Y": Y is not the one sentenced.
                    continue;
                } else if after_preposition(m) && !by_agent && !of_the_affected(m) {
                    continue;
                }
                last_person = Some(m);
                if by_agent {
                    Role::Agent
                } else {
                    affected
                }
            }
            MentionKind::Court if !same_clause(m.span) => continue,
            MentionKind::Court => Role::Authority,
            _ => continue,
        };
        push_participant(&mut out, m, role);
    }
    // One role per person: the agent ("granted by the President") is not also affected.
    let agents: Vec<String> = out
        .iter()
        .filter(|p| p.role == Role::Agent)
        .map(|p| p.name.clone())
        .collect();
    out.retain(|p| p.role == Role::Agent || !agents.contains(&p.name));
    if !out.iter().any(|p| p.role != Role::Authority) {
        if let Some(p) = pronoun_antecedent(input, sentence, trigger) {
            let role = if rule.agentive && !passive {
                Role::Agent
            } else {
                affected
            };
            out.push(Participant {
                name: p.name.clone(),
                role,
                span: p.span,
            });
        }
    }
    out
}

/// The person at `span` is the object of a verb ("asked the President"), by the word
/// before it (an article skipped).
/// The verbs are `object_verbs` in the grammar rules.
fn is_object(text: &str, rules: &Rules, span: Span) -> bool {
    let before = text.get(..span.start as usize).unwrap_or("");
    let mut words = before.rsplit(' ').filter(|w| !w.is_empty());
    let mut word = words.next().unwrap_or("");
    if matches!(word, "the" | "a" | "an" | "his" | "her" | "their") {
        word = words.next().unwrap_or("");
    }
    rules.grammar.object_verbs.iter().any(|v| v == word)
}

fn push_participant(out: &mut Vec<Participant>, m: &Mention, role: Role) {
    if !out.iter().any(|p| p.name == m.name && p.role == role) {
        out.push(Participant {
            name: m.name.clone(),
            role,
            span: m.name_span,
        });
    }
}

/// "He/She/his/her" near the trigger: the first person named in the previous one or two sentences.
fn pronoun_antecedent<'a>(input: &'a Input, sentence: Span, trigger: Span) -> Option<&'a Mention> {
    let text = input.text;
    let start = sentence.start as usize;
    let end = (trigger.end as usize + 30).min(sentence.end as usize);
    let end = crate::quantity::floor_char_boundary(text, end);
    let window = text.get(start..end)?;
    let has_pronoun = window.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "he" | "He" | "she" | "She" | "his" | "His" | "her" | "Her" | "him"
        )
    });
    if !has_pronoun {
        return None;
    }
    let idx = sentence_at(input.sentences, sentence.start)?;
    for back in 1..=2 {
        let prev = input.sentences.get(idx.checked_sub(back)?)?;
        if let Some(m) = mentions_in(input.mentions, *prev).find(|m| m.kind == MentionKind::Person)
        {
            return Some(m);
        }
    }
    None
}

fn quantity(input: &Input, sentence: Span, trigger: Span) -> Option<Quantity> {
    let text = input.text;
    let spans: Vec<Span> = mentions_in(input.mentions, sentence)
        .filter(|m| m.kind == MentionKind::Quantity)
        .map(|m| m.span)
        .collect();
    let clause = and_clause(
        text,
        input.rules,
        clause_of(text, sentence, trigger, &spans),
        trigger,
        &spans,
    );
    let passive = is_passive(text, sentence, trigger);
    let in_clause: Vec<&Mention> = mentions_in(input.mentions, clause)
        .filter(|m| m.kind == MentionKind::Quantity)
        .collect();
    let before = in_clause.iter().rev().find(|m| m.span.end <= trigger.start);
    // A count inside a gapped trigger ("handed down 14 death sentences") is its own.
    // "at least four executions were carried out": the counted noun opens the trigger.
    let inside = in_clause
        .iter()
        .find(|m| trigger.contains(m.span) || m.span.overlaps(trigger));
    let after = in_clause.iter().find(|m| m.span.start > trigger.start);
    let chosen = if let Some(inside) = inside {
        inside
    } else if passive {
        before.or(after)?
    } else {
        after.or(before)?
    };
    Some(Quantity {
        value: chosen.value.as_deref()?.parse().ok()?,
        approx: chosen.approx.clone().unwrap_or_else(|| "exact".into()),
        span: chosen.span,
    })
}

/// Narrow a clause at " and " when counts stand on both sides of it: "five people
/// were returned and two of them were tortured" gives each event its own count.
/// Words that open a second counted group ("and dozens were beaten") are
/// `vague_counts` in the grammar rules.
fn and_clause(text: &str, rules: &Rules, clause: Span, trigger: Span, counts: &[Span]) -> Span {
    let mut clause = clause;
    let c = clause.slice(text);
    let base = clause.start as usize;
    let cuts: Vec<usize> = c.match_indices(" and ").map(|(at, _)| base + at).collect();
    for at in cuts {
        let cut = Span::new(at, at + 5);
        if cut.overlaps(trigger) || !clause.contains(cut) || counts.iter().any(|q| q.overlaps(cut))
        {
            continue;
        }
        let left = counts
            .iter()
            .any(|q| clause.contains(*q) && q.end as usize <= at);
        let right = counts
            .iter()
            .any(|q| clause.contains(*q) && q.start as usize >= at + 5)
            || text
                .get(at + 5..clause.end as usize)
                .and_then(|r| r.split(' ').next())
                .is_some_and(|w| rules.grammar.vague_counts.contains(&w.to_lowercase()));
        if !(left && right) {
            continue;
        }
        if trigger.end as usize <= at {
            clause.end = at as u32;
        } else {
            clause.start = (at + 5) as u32;
        }
    }
    clause
}

fn place(input: &Input, kind: EventKind, sentence: Span, trigger: Span) -> Option<String> {
    let text = input.text;
    let clause = clause_of(text, sentence, trigger, &[]);
    let candidates = |within: Span| {
        mentions_in(input.mentions, within)
            .filter(move |m| m.kind == MentionKind::Place && m.rule != "gazetteer.demonym")
            .filter(|m| {
                let before = text.get(..m.span.start as usize).unwrap_or("");
                before.ends_with("in ")
                    || before.ends_with("in the ")
                    || before.ends_with("to ")
                    || before.ends_with("of ")
                    || before.ends_with("from ")
            })
            .min_by_key(|m| m.span.start.abs_diff(trigger.start))
    };
    // "Mongolia executed at least one person": a country as the subject of the
    // trigger is the place.
    // (Only for what happens in a country: a state that votes or ratifies acts
    // elsewhere.)
    let subject = mentions_in(input.mentions, sentence).find(|m| {
        counts(kind)
            && m.kind == MentionKind::Place
            && m.rule != "gazetteer.demonym"
            && m.span.end <= trigger.start
            && text
                .get(m.span.end as usize..trigger.start as usize)
                .is_some_and(|gap| gap.trim().is_empty())
    });
    // "..., compared with over 1,700 in China": places past a comparison are the
    // other side of it.
    let s_text = sentence.slice(text);
    let compared = ["compared with", "compared to", " than ", " versus "]
        .iter()
        .filter_map(|c| s_text.find(c))
        .map(|at| sentence.start + at as u32)
        .filter(|&at| at >= trigger.end)
        .min()
        .unwrap_or(sentence.end);
    let before_comparison = Span::new(sentence.start as usize, compared as usize);
    // The subject, the trigger's own clause, else the sentence.
    subject
        .or_else(|| candidates(clause))
        .or_else(|| candidates(before_comparison))
        .map(|m| m.value.clone().unwrap_or_else(|| m.name.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tm(text: &str, needle: &str, value: TimeValue) -> TimeMention {
        let at = text.find(needle).expect("needle in text");
        TimeMention {
            span: Span::new(at, at + needle.len()),
            value: Some(value),
            anchor: None,
            is_duration: false,
            duration: None,
            rule: "test".into(),
        }
    }

    fn y(year: i32) -> TimeValue {
        TimeValue::point(PartialDate::year(year))
    }
    fn m(year: i32, month: u8) -> TimeValue {
        TimeValue::point(PartialDate::month(year, month))
    }

    /// Other triggers in a test sentence: every "ratified" / "commuted" / "froze".
    fn others(text: &str) -> Vec<Span> {
        ["ratified", "froze", "jailed"]
            .iter()
            .flat_map(|w| {
                text.match_indices(w)
                    .map(|(i, m)| Span::new(i, i + m.len()))
            })
            .collect()
    }

    /// Date attachment: (sentence, trigger word, times, expected ISO values).
    fn check(text: &str, trigger: &str, times: &[TimeMention], expect: &[&str]) {
        let at = text.find(trigger).expect("trigger in text");
        let choice = attach_date(
            text,
            Span::new(0, text.len()),
            Span::new(at, at + trigger.len()),
            times,
            &others(text),
            &Rules::builtin().grammar,
        );
        let got: Vec<String> = match choice {
            DateChoice::None => vec![],
            DateChoice::One(v, _) => vec![v.iso()],
            DateChoice::Many(list) => list.iter().map(|(v, _)| v.iso()).collect(),
        };
        assert_eq!(got, expect, "text: {text:?}");
    }

    #[test]
    fn dates_attach_to_the_governing_expression() {
        let t = "In 2011, the court jailed him and in 2015 he was freed.";
        check(
            t,
            "freed",
            &[tm(t, "2011", y(2011)), tm(t, "2015", y(2015))],
            &["2015"],
        );
        let t = "In 2011, the court jailed him.";
        check(t, "jailed", &[tm(t, "2011", y(2011))], &["2011"]);
        let t = "He was held on 3 May, a week after the protest in April.";
        check(
            t,
            "held",
            &[tm(t, "3 May", m(2010, 5)), tm(t, "April", m(2010, 4))],
            &["2010-05"],
        );
        let t = "In 1999 and 2004, the state voted for the text.";
        check(
            t,
            "voted",
            &[tm(t, "1999", y(1999)), tm(t, "2004", y(2004))],
            &["1999", "2004"],
        );
        let t = "They got five and six years in March and April respectively.";
        check(
            t,
            "got",
            &[tm(t, "March", m(2001, 3)), tm(t, "April", m(2001, 4))],
            &["2001-03/2001-04"],
        );
        let t = "On 2 May 2001, the king froze executions, and later commuted all sentences.";
        check(
            t,
            "commuted",
            &[tm(
                t,
                "2 May 2001",
                TimeValue::point(PartialDate::day(2001, 5, 2)),
            )],
            &["2001-05-02/"],
        );
        let t = "On 2 May 2001, the state signed the pact and ratified it on 9 June 2003.";
        let times = [
            tm(
                t,
                "2 May 2001",
                TimeValue::point(PartialDate::day(2001, 5, 2)),
            ),
            tm(
                t,
                "9 June 2003",
                TimeValue::point(PartialDate::day(2003, 6, 9)),
            ),
        ];
        check(t, "signed", &times, &["2001-05-02"]);
        check(t, "ratified", &times, &["2003-06-09"]);
        let t = "Nobody was freed.";
        check(t, "freed", &[], &[]);
        let t = "Under Law No. 7 of 1998 and a 2003 amendment they met.";
        check(
            t,
            "a 2003 amendment",
            &[tm(t, "1998", y(1998)), tm(t, "2003", y(2003))],
            &["2003"],
        );
    }

    /// Run the whole pipeline on `text` (the time tagger with no anchor).
    fn run(text: &str) -> Vec<String> {
        let rules = Rules::builtin();
        let times = crate::time::tag(text, &crate::time::AnchorContext::default());
        let sentences = crate::text::sentences(text);
        let mut mentions = crate::entity::entities(text, rules);
        mentions.extend(crate::quantity::quantities(text));
        mentions.extend(crate::law::laws(text));
        mentions.sort_by_key(|m| m.span);
        let input = Input {
            text,
            sentences: &sentences,
            mentions: &mentions,
            times: &times,
            rules,
            period: None,
        };
        events(&input)
            .iter()
            .map(|e| {
                let mut s = format!("{} {:?}", e.kind.as_str(), e.modality);
                for p in &e.participants {
                    s.push_str(&format!(" {:?}={}", p.role, p.name));
                }
                if let Some(q) = &e.quantity {
                    s.push_str(&format!(" q={}", q.value));
                }
                if let Some(p) = &e.place {
                    s.push_str(&format!(" @{p}"));
                }
                s
            })
            .collect()
    }

    fn check_events(input: &str, expect: &[&str]) -> bool {
        let got = run(input);
        if got != expect {
            println!("input: {input:?}\n  got:    {got:?}\n  expect: {expect:?}");
        }
        got == expect
    }

    #[test]
    fn kinds_of_event_sentences() {
        let cases: &[(&str, &[&str])] = &[
            (
                "On 4 May the regional court sentenced farmer Bakhyt Omarov to death for murder.",
                &["death_sentence Asserted Authority=regional court Subject=Bakhyt Omarov"],
            ),
            ("Three prisoners were executed by hanging last week.", &["execution Asserted q=3"]),
            ("The method of execution is hanging.", &[]),
            ("The date of execution was kept secret.", &[]),
            ("The governor commuted the death sentences of 12 prisoners.", &["commutation Asserted q=12"]),
            ("Parliament voted in favour of the UN resolution on a moratorium.", &["un_vote Asserted"]),
            ("The minister urged parliament to introduce a moratorium on executions.", &["moratorium Planned"]),
            ("The state was not ready for a moratorium.", &[]),
            ("He claimed that no executions would be carried out.", &["execution Negated"]),
            ("The cabinet announced its intention to abolish the death penalty.", &["abolition Planned"]),
            (
                "Journalist Aliya Nurova was allegedly beaten by police.",
                &["ill_treatment Hedged Victim=Aliya Nurova"],
            ),
            (
                "Police detained activist Marat Zhanuzakov on 2 March.",
                &["arrest Asserted Subject=Marat Zhanuzakov"],
            ),
            ("Two detainees died in police custody.", &["death_in_custody Asserted q=2"]),
            ("Nine refugees were forcibly returned to China.", &["forcible_return Asserted q=9 @China"]),
            ("The Supreme Court upheld the verdict.", &["trial Asserted Authority=Supreme Court"]),
            ("The government repatriated 120 women and children from Iraq.", &["repatriation Asserted q=120 @Iraq"]),
            ("In 2010 the state ratified the Convention against Torture.", &["treaty_ratification Asserted"]),
            ("The country signed the Rome Statute in 1998.", &["treaty_signature Asserted"]),
            ("A new law was adopted to protect journalists.", &["law_adopted Asserted"]),
            ("The king pardoned 300 prisoners.", &["pardon_release Asserted q=300"]),
            ("Unknown men attacked the office of a newspaper.", &["attack Asserted"]),
            ("Executions continued to be carried out in secret.", &[]),
            ("If convicted, he could be sentenced to death.", &["death_sentence Hypothetical"]),
            ("She was reportedly tortured in detention.", &["ill_treatment Hedged"]),
            ("The court acquitted him.", &[]),
            ("The parliament amended the Constitution to remove the death penalty.", &["constitutional_amendment Asserted"]),
            ("The trial of the five defendants opened in June.", &["trial Asserted q=5"]),
            ("An amnesty was declared for minor offenders.", &["amnesty Asserted"]),
            ("He was released from prison in May.", &["pardon_release Asserted"]),
            ("Officials denied that the prisoner had been tortured.", &["ill_treatment Negated"]),
            (
                "Activist Ilyas Seitkali was arrested and charged with inciting discord.",
                &["arrest Asserted Subject=Ilyas Seitkali"],
            ),
            ("The draft law would abolish the death penalty.", &["abolition Planned"]),
            ("Courts handed down 14 death sentences last year.", &["death_sentence Asserted q=14"]),
            (
                "The former mayor Erzhan Kassymov was convicted of bribery.",
                &["conviction Asserted Subject=Erzhan Kassymov"],
            ),
            ("Since the moratorium, no one has been executed.", &["execution Negated"]),
            ("He was deported to Tajikistan on 5 June.", &["forcible_return Asserted @Tajikistan"]),
            (
                "Lawyer Saule Tokenova took the case. She was detained in March.",
                &["arrest Asserted Subject=Saule Tokenova"],
            ),
            (
                "The Ministry of Justice proposed abolishing the death penalty.",
                &["abolition Planned Agent=Ministry of Justice"],
            ),
            ("Those convicted of minor offences may apply.", &[]),
            ("A moratorium on executions was introduced pending abolition.", &["moratorium Asserted"]),
            (
                "President Aibek Sadykov declared a moratorium on executions.",
                &["moratorium Asserted Agent=Aibek Sadykov"],
            ),
            ("The country has since voted against every moratorium resolution.", &[]),
            (
                "Dauren Abayev was sentenced to nine years in prison after he was convicted of fraud.",
                &["conviction Asserted Subject=Dauren Abayev"],
            ),
            (
                "Bolat Iskakov (replaced Yerlan Kenzhebekov in March) leads the agency.",
                &["appointment Asserted Agent=Bolat Iskakov Subject=Yerlan Kenzhebekov"],
            ),
        ];
        let failed = cases
            .iter()
            .filter(|(input, expect)| !check_events(input, expect))
            .count();
        assert_eq!(failed, 0, "{failed} event cases failed");
    }

    /// The whole pipeline with the time tagger, for a report published on 1 June 2024:
    /// "kind date modality role=name.. q=N(+|~) @place", one string per event.
    fn run_dated(text: &str) -> Vec<String> {
        let rules = Rules::builtin();
        let ctx = crate::time::AnchorContext {
            published: Some(PartialDate::day(2024, 6, 1)),
            ..Default::default()
        };
        let times = crate::time::tag(text, &ctx);
        let sentences = crate::text::sentences(text);
        let mentions = crate::mentions(text, rules, &times);
        let input = Input {
            text,
            sentences: &sentences,
            mentions: &mentions,
            times: &times,
            rules,
            period: None,
        };
        events(&input)
            .iter()
            .map(|e| {
                let date = e.date.map_or_else(|| "-".to_string(), |d| d.iso());
                let mut s = format!("{} {date} {:?}", e.kind.as_str(), e.modality);
                for p in &e.participants {
                    s.push_str(&format!(" {:?}={}", p.role, p.name));
                }
                if let Some(q) = &e.quantity {
                    let mark = match q.approx.as_str() {
                        "at_least" | "over" => "+",
                        "approximately" => "~",
                        "at_most" => "-",
                        _ => "",
                    };
                    s.push_str(&format!(" q={}{mark}", q.value));
                }
                if let Some(p) = &e.place {
                    s.push_str(&format!(" @{p}"));
                }
                s
            })
            .collect()
    }

    fn check_dated(input: &str, expect: &[&str]) -> bool {
        let got = run_dated(input);
        if got != expect {
            println!("input: {input:?}\n  got:    {got:?}\n  expect: {expect:?}");
        }
        got == expect
    }

    /// Report phrasings from many publishers and countries, every event type, with
    /// date, participants, count, place and modality.
    #[test]
    fn report_phrasings_of_every_kind() {
        let cases: &[(&str, &[&str])] = &[
            // death_sentence
            (
                "On 12 March 2019 a military court sentenced Tariq Mehmood to death for blasphemy.",
                &["death_sentence 2019-03-12 Asserted Authority=military court Subject=Tariq Mehmood"],
            ),
            ("Courts handed down at least 250 death sentences in 2021.", &["death_sentence 2021 Asserted q=250+"]),
            ("Two brothers were condemned to death in May 2015.", &["death_sentence 2015-05 Asserted q=2"]),
            ("No death sentences were handed down in 2022.", &["death_sentence 2022 Negated"]),
            (
                "The judge could sentence the three defendants to death if they are found guilty.",
                &["death_sentence - Hypothetical q=3"],
            ),
            // execution
            ("Ali Reza Karimi was hanged on 3 May 2017.", &["execution 2017-05-03 Asserted Subject=Ali Reza Karimi"]),
            ("Authorities carried out 12 executions in 2019.", &["execution 2019 Asserted q=12"]),
            (
                "At least four executions were therefore carried out during 2003, and the true number is likely to be higher.",
                &["execution 2003 Asserted q=4+"],
            ),
            (
                "Three men convicted of drug trafficking were executed by firing squad in January 2020.",
                &["execution 2020-01 Asserted q=3"],
            ),
            ("The prisoner was reportedly executed in secret in 2023.", &["execution 2023 Hedged"]),
            ("No executions were carried out in 2021.", &["execution 2021 Negated"]),
            ("Iran put to death at least 500 people in 2022.", &["execution 2022 Asserted q=500+ @Iran"]),
            ("The method of execution is hanging.", &[]),
            ("The date of the hanging was not disclosed.", &[]),
            // commutation
            (
                "The president commuted all death sentences to life imprisonment in December 2019.",
                &["commutation 2019-12 Asserted"],
            ),
            (
                "In 2012 the Supreme Court commuted the death sentence of Joseph Mensah to life in prison.",
                &["commutation 2012 Asserted Authority=Supreme Court Subject=Joseph Mensah"],
            ),
            ("Activists urged the governor to commute the death sentences.", &["commutation - Planned"]),
            // moratorium
            ("The government extended the moratorium on executions in 2015.", &["moratorium 2015 Asserted"]),
            (
                "A de facto moratorium on executions has been in place since 1999.",
                &["moratorium 1999/ Asserted"],
            ),
            ("The minister called for a moratorium on the death penalty.", &[]),
            ("Parliament has not yet introduced a moratorium on executions.", &["moratorium - Negated"]),
            (
                "Executions stopped in June 2006 when the president declared a moratorium on the death penalty.",
                &["moratorium 2006-06 Asserted"],
            ),
            // abolition
            ("Parliament voted to abolish the death penalty in 2016.", &["abolition 2016 Asserted"]),
            (
                "The bill abolishing the death penalty was signed into law on 4 April 2019.",
                &["abolition 2019-04-04 Asserted"],
            ),
            ("Capital punishment was abolished for all crimes in 1998.", &["abolition 1998 Asserted"]),
            ("Lawmakers are considering a bill to abolish capital punishment.", &["abolition - Planned"]),
            ("The death penalty remains a concern.", &[]),
            ("The government announced plans to abolish the death penalty.", &["abolition - Planned"]),
            // constitutional_amendment
            (
                "A constitutional change in 2007 limited the death penalty to terrorism and wartime crimes.",
                &["constitutional_amendment 2007 Asserted"],
            ),
            (
                "The Constitution was amended in 2004 to restrict capital punishment to treason.",
                &["constitutional_amendment 2004 Asserted"],
            ),
            (
                "A constitutional reform adopted in 2011 narrowed the scope of the death penalty to two crimes.",
                &["constitutional_amendment 2011 Asserted"],
            ),
            ("The opposition proposed amendments to the Constitution.", &["constitutional_amendment - Planned"]),
            // law_adopted
            (
                "Parliament adopted a new law on freedom of assembly in March 2021.",
                &["law_adopted 2021-03 Asserted"],
            ),
            ("In 2020 the legislature passed legislation criminalising torture.", &["law_adopted 2020 Asserted"]),
            // treaty_signature
            (
                "The country signed the Convention on the Rights of the Child in 1990.",
                &["treaty_signature 1990 Asserted"],
            ),
            ("In 2013 the state became a signatory to the Arms Trade Treaty.", &["treaty_signature 2013 Asserted"]),
            // treaty_ratification
            ("The state acceded to the Convention against Torture in 1998.", &["treaty_ratification 1998 Asserted"]),
            (
                "Parliament ratified the Second Optional Protocol on 15 March 2021.",
                &["treaty_ratification 2021-03-15 Asserted"],
            ),
            ("The government has not ratified the Rome Statute.", &["treaty_ratification - Negated"]),
            ("The government intends to ratify the Convention against Torture.", &["treaty_ratification - Planned"]),
            // un_vote
            (
                "In December 2022 the country voted in favour of resolution 77/222 at the General Assembly.",
                &["un_vote 2022-12 Asserted"],
            ),
            (
                "In 2020 the delegation abstained on the UN resolution calling for a moratorium.",
                &["un_vote 2020 Asserted"],
            ),
            (
                "In 2018 the state voted against the General Assembly resolution on a moratorium.",
                &["un_vote 2018 Asserted"],
            ),
            (
                "Kazakhstan was among the 125 states that voted in favour of resolution 77/222 on 15 December 2022.",
                &["un_vote 2022-12-15 Asserted"],
            ),
            (
                "In 2022 Japan voted against resolution 77/222, while India abstained.",
                &["un_vote 2022 Asserted"],
            ),
            // status_classification
            (
                "In 2015 the organisation classified Mongolia as abolitionist for all crimes.",
                &["status_classification 2015 Asserted"],
            ),
            (
                "In 2016 the group listed Nauru as abolitionist in practice.",
                &["status_classification 2016 Asserted"],
            ),
            // amnesty
            (
                "On 1 October 2019 the president declared an amnesty for 5,000 prisoners.",
                &["amnesty 2019-10-01 Asserted q=5000"],
            ),
            ("Amnesty International said that the trial was unfair.", &[]),
            // pardon_release
            (
                "President Amina Diallo pardoned 300 prisoners in 2023.",
                &["pardon_release 2023 Asserted Agent=Amina Diallo q=300"],
            ),
            (
                "Opposition leader Kofi Boateng was freed in May 2020 under an amnesty granted by President Jonas Mwale.",
                &["pardon_release 2020-05 Asserted Subject=Kofi Boateng Agent=Jonas Mwale"],
            ),
            (
                "Lawyer Nadia Karim asked President Omar Bashiri for clemency and was released in June 2019.",
                &["pardon_release 2019-06 Asserted Subject=Nadia Karim"],
            ),
            ("The journalist was released on bail on 5 May 2021.", &[]),
            ("Officials claimed that the prisoner had been released.", &["pardon_release - Reported"]),
            // arrest
            (
                "Police detained at least 30 protesters in the capital on 9 January 2022.",
                &["arrest 2022-01-09 Asserted q=30+"],
            ),
            (
                "Blogger Tolib Rashidov was arrested on 14 February 2020 on charges of extremism.",
                &["arrest 2020-02-14 Asserted Subject=Tolib Rashidov"],
            ),
            ("The editor was apparently detained by security officers in May 2022.", &["arrest 2022-05 Hedged"]),
            ("Activists fear they might be detained.", &["arrest - Hypothetical"]),
            // conviction
            (
                "In April 2018, Peter Obi was found guilty of fraud and sentenced to ten years in prison.",
                &["conviction 2018-04 Asserted Subject=Peter Obi"],
            ),
            (
                "A court convicted the rights defender Azam Turgunov of extortion in 2009.",
                &["conviction 2009 Asserted Authority=A court Subject=Azam Turgunov"],
            ),
            // trial
            (
                "The Supreme Court upheld the death sentence of Rahim Uddin in 2018.",
                &["trial 2018 Asserted Authority=Supreme Court Subject=Rahim Uddin"],
            ),
            (
                "The trial of 14 opposition activists began on 2 March 2021.",
                &["trial 2021-03-02 Asserted q=14"],
            ),
            (
                "His appeal was rejected by the High Court in October 2019.",
                &["trial 2019-10 Asserted Authority=High Court"],
            ),
            // death_in_custody
            (
                "Two detainees died in police custody in 2019, reportedly as a result of torture.",
                &["death_in_custody 2019 Asserted q=2"],
            ),
            ("Her father died of natural causes in 2010.", &[]),
            (
                "Rustam Aliyev died in custody in March 2021 after guards beat him.",
                &["death_in_custody 2021-03 Asserted Victim=Rustam Aliyev", "ill_treatment 2021-03 Asserted Victim=Rustam Aliyev"],
            ),
            (
                "Blogger Amir Sadeghi died in prison on 2 May 2020, two weeks after his arrest.",
                &["death_in_custody 2020-05-02 Asserted Victim=Amir Sadeghi"],
            ),
            // ill_treatment
            (
                "Omar Farouk was allegedly beaten by guards during interrogation in 2020.",
                &["ill_treatment 2020 Hedged Victim=Omar Farouk"],
            ),
            ("Detainees were routinely tortured to extract confessions.", &[]),
            // forcible_return
            (
                "Abdullah Nazari was extradited to Uzbekistan on 2 June 2014.",
                &["forcible_return 2014-06-02 Asserted Subject=Abdullah Nazari @Uzbekistan"],
            ),
            (
                "At least five asylum seekers were forcibly returned to China, and at least two of them were later tortured.",
                &["forcible_return - Asserted q=5+ @China", "ill_treatment - Asserted q=2+ @China"],
            ),
            // attack
            (
                "Unknown assailants set fire to the office of the newspaper on 3 April 2015.",
                &["attack 2015-04-03 Asserted"],
            ),
            (
                "Human rights defender Leila Ahmadi was assaulted outside her home in 2021.",
                &["attack 2021 Asserted Victim=Leila Ahmadi"],
            ),
            ("The journalist was beaten by unknown assailants in March 2023.", &["attack 2023-03 Asserted"]),
            // appointment
            (
                "In January 2020 the president appointed Maria Lopez as ombudsperson.",
                &["appointment 2020-01 Asserted Subject=Maria Lopez"],
            ),
            // repatriation
            (
                "In 2021 the government repatriated 37 children from camps in Syria.",
                &["repatriation 2021 Asserted q=37 @Syria"],
            ),
            (
                "Some 120 nationals were brought back home from Iraq in 2020.",
                &["repatriation 2020 Asserted q=120~ @Iraq"],
            ),
        ];
        let failed = cases
            .iter()
            .filter(|(input, expect)| !check_dated(input, expect))
            .count();
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    /// Modality: negation, plans, hypotheses, reported claims, hedges; and sentences
    /// that only mention a topic, which must give no asserted event.
    #[test]
    fn modality_and_topic_mentions() {
        let cases: &[(&str, &[&str])] = &[
            // negated
            (
                "Nobody has been executed in the country since 2005.",
                &["execution 2005/ Negated"],
            ),
            (
                "The authorities did not carry out any executions in 2020.",
                &["execution 2020 Negated"],
            ),
            (
                "The state has never ratified the Convention against Torture.",
                &["treaty_ratification - Negated"],
            ),
            (
                "The court refused to commute the death sentence in 2016.",
                &["commutation 2016 Negated Authority=The court"],
            ),
            // planned
            (
                "The president announced plans to introduce a moratorium on executions in 2025.",
                &["moratorium 2025 Planned"],
            ),
            (
                "The committee called on the state to abolish the death penalty.",
                &["abolition - Planned"],
            ),
            (
                "The government intends to accede to the Rome Statute.",
                &["treaty_ratification - Planned"],
            ),
            (
                "Rights groups urged the authorities to release the blogger.",
                &[],
            ),
            (
                "The new code, which would abolish capital punishment, is still under discussion.",
                &["abolition - Planned"],
            ),
            (
                "The minister pledged to ratify the Optional Protocol by 2026.",
                &["treaty_ratification 2026 Planned"],
            ),
            // hypothetical
            (
                "If found guilty, the four activists could be sentenced to death.",
                &["death_sentence - Hypothetical q=4"],
            ),
            (
                "Refugees face torture if they are deported to Syria.",
                &["forcible_return - Hypothetical @Syria"],
            ),
            // reported
            (
                "Officials claimed that all detainees had been released.",
                &["pardon_release - Reported"],
            ),
            (
                "The governor was quoted as saying that no executions had taken place.",
                &["execution - Negated"],
            ),
            (
                "According to the prosecutor, the suspect was arrested in Kenya in 2018.",
                &["arrest 2018 Reported @Kenya"],
            ),
            (
                "The ministry said that 15 prisoners were pardoned in April 2021.",
                &["pardon_release 2021-04 Reported q=15"],
            ),
            (
                "Courts imposed 250 death sentences in 2021, according to the commission.",
                &["death_sentence 2021 Reported q=250"],
            ),
            // hedged
            (
                "Five protesters were reportedly killed and dozens allegedly beaten in custody.",
                &["ill_treatment - Hedged"],
            ),
            (
                "The journalist was apparently tortured in detention in 2019.",
                &["ill_treatment 2019 Hedged"],
            ),
            (
                "Two men were allegedly executed in secret in 2021.",
                &["execution 2021 Hedged q=2"],
            ),
            (
                "We call on all states to ratify the Convention against Torture.",
                &["treaty_ratification - Planned"],
            ),
            (
                "The country signed the Protocol in 2001 and ratified it in 2004.",
                &[
                    "treaty_signature 2001 Asserted",
                    "treaty_ratification 2004 Asserted",
                ],
            ),
            // topic mentions, not events
            ("Several people remain on death row.", &[]),
            ("Courts frequently imposed death sentences after unfair trials.", &[]),
            ("Those arrested were held incommunicado for weeks.", &[]),
            ("Anyone arrested must be brought before a judge within 48 hours.", &["arrest - Hypothetical"]),
            ("Torture in pre-trial detention remained widespread.", &[]),
            (
                "The minister spoke of promoting human rights and calling for the abolition of the death penalty.",
                &["abolition - Planned"],
            ),
            ("The crisis brought home the need for action.", &[]),
            ("A stimulus package of two billion dollars has been released.", &[]),
            ("The global abolition of the death penalty remains our goal.", &[]),
            (
                "Debate over constitutional amendments dominated the session.",
                &[],
            ),
            ("The vote ratified the party's position on the border.", &[]),
            ("The death penalty remains a concern.", &[]),
            ("The method of execution is hanging.", &[]),
            (
                "Calls for a moratorium on executions have grown louder.",
                &[],
            ),
            ("Debate over abolition continues in parliament.", &[]),
            (
                "The report examines torture and ill-treatment in places of detention.",
                &[],
            ),
            ("Executions continue to be carried out in secret.", &[]),
            (
                "Death sentences are routinely handed down for drug offences.",
                &[],
            ),
            (
                "Amnesty International has documented the use of the death penalty for decades.",
                &[],
            ),
        ];
        let failed = cases
            .iter()
            .filter(|(input, expect)| !check_dated(input, expect))
            .count();
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    /// More wordings seen in NGO, UN and government reports.
    #[test]
    fn common_phrasings_across_publishers() {
        let cases: &[(&str, &[&str])] = &[
            (
                "On 5 April 2021, the Northern Regional Court convicted blogger Ivan Petrov.",
                &["conviction Asserted Authority=Northern Regional Court Subject=Ivan Petrov"],
            ),
            (
                "On 15 October 2020 the court sentenced her to another three years in jail.",
                &["conviction Asserted Authority=the court"],
            ),
            (
                "In May 2019 a court found the journalist guilty of libel.",
                &["conviction Asserted Authority=a court"],
            ),
            ("He was handed a six-year term on 2 March 2018.", &["conviction Asserted"]),
            ("Three men were put to death in 2007.", &["execution Asserted q=3"]),
            ("In 2018, there were at least 249 executions.", &["execution Asserted q=249"]),
            ("The executions of juvenile offenders continue.", &[]),
            ("Executions were paused in Freedonia from 2003.", &["moratorium Asserted"]),
            ("The moratorium that has been in place since 1998 holds.", &["moratorium Asserted"]),
            ("The new criminal code entered into force on 1 July 2016.", &["law_adopted Asserted"]),
            ("In September 2023, the president signed a decree on the courts.", &["law_adopted Asserted"]),
            ("The law was repealed in 2009.", &["law_adopted Asserted"]),
            (
                "On 18 December 2007, the General Assembly voted 104 to 54 in favour of the resolution.",
                &["un_vote Asserted Agent=General Assembly"],
            ),
            (
                "In 2018, there were at least 249 executions, at least 273 in 2019.",
                &["execution Asserted q=249", "execution Asserted q=273"],
            ),
            (
                "The appeal of the two men was heard in March. JUDGMENT of the Court Delivered on \
                 27 June 2018 by the President and the Justices of Appeal.",
                &["trial Asserted Authority=the Court"],
            ),
            ("The government decided to delay the vote.", &[]),
            (
                "The amendments, passed by Parliament on 17 February 2013, permit appeals.",
                &["law_adopted Asserted"],
            ),
            (
                "On 5 February 2013 the tribunal sentenced Ivan Petrov, a senior member of the party, to life imprisonment.",
                &["conviction Asserted Subject=Ivan Petrov"],
            ),
            (
                "On 21 February 2012 Ivan Petrov was convicted of murder and sentenced to death.",
                &["conviction Asserted Subject=Ivan Petrov", "death_sentence Asserted Subject=Ivan Petrov"],
            ),
            (
                "In 1997, Freedonia signed, but did not ratify, Protocol 6.",
                &["treaty_signature Asserted", "treaty_ratification Negated"],
            ),
            (
                "The president pledged a moratorium on executions on 14 January 2010.",
                &["moratorium Asserted"],
            ),
            // A participle qualifying a noun is no event of its own.
            (
                "Eleven men convicted after unfair trials were executed in December 2010.",
                &["execution Asserted"],
            ),
            (
                "Seven leaders arrested in 2008 were sentenced in August 2010 to 20 years in prison.",
                &["conviction Asserted q=7"],
            ),
            // Planned, not done: the infinitive and an adverb before it.
            ("A decision to ratify Protocol 6 in December is unrealistic.", &["treaty_ratification Planned"]),
            ("The state is poised to completely abolish the death penalty.", &["abolition Planned"]),
            (
                "China executed at least 500 people in 2008, compared with 20 in Iraq.",
                &["execution Asserted q=500 @China"],
            ),
            ("Freedonia: Abolish the death penalty now", &["abolition Planned"]),
            ("Capital punishment in Freedonia was abolished for all crimes in 2021.", &["abolition Asserted"]),
            ("Despite the moratorium, people are still being sentenced to death.", &[]),
            ("Little is known of the number of executions carried out in 2009.", &[]),
            // An undated present-tense passive states the practice.
            ("Executions are carried out by hanging.", &[]),
            ("When a person is convicted of murder, the sentence is death.", &[]),
            // Undated asserted ratification: background, not an event.
            ("The state ratified the Convention against Torture.", &[]),
        ];
        let failed = cases
            .iter()
            .filter(|(input, expect)| !check_events(input, expect))
            .count();
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    /// Session 4's classes: amnesties declared on a date, dated sentencing
    /// participles, firing on crowds and deaths in raids, deaths awaiting deportation,
    /// "sentenced on DATE", laws named by what they do, quoted titles in gaps, and
    /// assaults by officials (ill-treatment, not an attack).
    #[test]
    fn wordings_of_annual_reports_across_publishers() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Several detainees had their terms cut under an amnesty proclaimed by the king on 2 June 2011.",
                &["amnesty 2011-06-02 Asserted"],
            ),
            // The date is the release's: the amnesty is its background.
            (
                "Omar Said was released from prison on 3 March 2011 under an amnesty announced by the king.",
                &["pardon_release 2011-03-03 Asserted Subject=Omar Said"],
            ),
            (
                "Pavel Orlov, a union leader sentenced to four years' imprisonment on 12 November 2007, had his term cut in 2008.",
                &["conviction 2007-11-12 Asserted Subject=Pavel Orlov"],
            ),
            // A year or a month does not free the participle; nor a crime's date.
            ("Two leaders arrested in 2008 were sentenced in 2009 to long terms.", &["conviction 2009 Asserted q=2"]),
            (
                "Karim Nasser, convicted of killing a guard on 4 May 1999, was hanged in 2003.",
                &["execution 2003 Asserted"],
            ),
            (
                "On 3 June 2009 the police fired indiscriminately into the crowd.",
                &["attack 2009-06-03 Asserted"],
            ),
            (
                "On 8 May 2012, two men were killed when soldiers raided a farm near the border.",
                &["attack 2012-05-08 Asserted q=2"],
            ),
            ("Four Moldovan nationals died awaiting deportation in 2014.", &["death_in_custody 2014 Asserted q=4"]),
            (
                "Lena Markova, head of a local rights group, was sentenced on 14 October 2008.",
                &["conviction 2008-10-14 Asserted Subject=Lena Markova"],
            ),
            (
                "A law banning the use of restraints on pregnant prisoners was passed in Ohio in March 2013.",
                &["law_adopted 2013-03 Asserted"],
            ),
            (
                "On 2 August 2010, Decree No. 14 \u{201c}On the registration of religious groups and associations\u{201d} came into effect.",
                &["law_adopted 2010-08-02 Asserted"],
            ),
            (
                "In May 2012 inmates told relatives that they had been assaulted by prison guards.",
                &["ill_treatment /2012-05 Asserted"],
            ),
            ("In May 2012 masked men assaulted a reporter in the street.", &["attack 2012-05 Asserted"]),
            (
                "Dozens of death sentences were believed to have been passed in 2005.",
                &["death_sentence 2005 Hedged"],
            ),
            // A running total since a year is no event of that year.
            ("By 2012 the state accounted for 210 of the 900 executions since 1977.", &[]),
            (
                "His death brought to six the number of detainees who have died in the camp since March 2003.",
                &[],
            ),
            (
                "In August 2010, Farid Osmani was said to have died after he was beaten in custody.",
                &["death_in_custody 2010-08 Asserted", "ill_treatment 2010-08 Asserted"],
            ),
            (
                "In May 2006 she was released after an appeal court commuted her prison term to a suspended sentence.",
                &["pardon_release 2006-05 Asserted", "commutation 2006-05 Asserted Authority=appeal court"],
            ),
            (
                "Oleg Zhuk, a member of the candidate\u{2019}s campaign team, was released on 15 April 2012.",
                &["pardon_release 2012-04-15 Asserted Subject=Oleg Zhuk"],
            ),
        ];
        let failed = cases
            .iter()
            .filter(|(input, expect)| !check_dated(input, expect))
            .count();
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    #[test]
    fn an_apposition_is_free_in_a_gap() {
        assert_eq!(gap_words("Ivan Petrov, a senior member of the party, "), 2);
        assert_eq!(gap_words("Ivan Petrov and his lawyer "), 5);
        // An apposition never closed counts in full.
        assert_eq!(gap_words("him, as the court said "), 5);
    }

    #[test]
    fn complaints_cases_and_seats_in_un_bodies() {
        // A complaint tells someone's account: reported, not on the timeline.
        assert_eq!(
            run("Her lawyer was dismissed in May after she complained officially that he had been tortured in custody."),
            vec!["ill_treatment Reported"],
        );
        // "cases where ..." describes a kind of case, not one that happened.
        assert!(run(
            "Several cases where innocent men were sentenced to death drew public criticism."
        )
        .iter()
        .all(|e| !e.contains("Asserted")),);
        // A state's seat on a UN body is no appointment; a person's election is.
        assert_eq!(
            run("In April, Freedonia was elected to the UN Commission on Population."),
            Vec::<String>::new(),
        );
        assert_eq!(
            run("In April, Ivan Petrov was elected chairman of the party."),
            vec!["appointment Asserted Subject=Ivan Petrov"],
        );
        // Blows in an attack by a private group are the attack, not ill-treatment.
        assert_eq!(
            run("In May Ivan Petrov was attacked by a group of men who broke into his flat and beat him."),
            vec!["attack Asserted Victim=Ivan Petrov"],
        );
    }

    #[test]
    fn page_furniture_yields_no_events() {
        let text = "Death penalty map, 2021\n  Abolished for all offences\n  Retains death penalty\n  \
                    Abolitionist in practice\n\nContents\n1. Executions carried out in 2003 ......... 4\n\
                    Home | Countries | Freedonia\n\
                    Abolitionist for all crimes: Albania, Andorra, Angola, Argentina, Armenia, Australia.\n\n\
                    Freedonia abolished the death penalty in 1999.\n";
        assert_eq!(run(text), vec!["abolition Asserted"]);
    }

    #[test]
    fn profile_boxes_and_neighbouring_chapters_yield_no_events() {
        // A chapter cut from an annual report: the end of the previous chapter, the
        // chapter's heading and profile box, its prose, the start of the next one.
        let text = "Annual Report 2011\n\n\
                    The tribunal convicted three men of sedition in May 2010.\n\n\
                    RURITANIA\nREPUBLIC OF RURITANIA\n\
                    Head of state: Anna Berg (replaced Otto Lind in March 2010)\n\
                    Death penalty: retentionist International Criminal Court: ratified \
                    Repression grew.\n\n\
                    Ruritania executed two men in June 2010. The authorities executed \
                    Ivan Horak on 3 August 2010 after an unfair trial. Human rights \
                    defenders were harassed throughout the year and several lost their \
                    jobs; others left the country.\n\n\
                    VALDONIA\nKINGDOM OF VALDONIA\nHead of state: King Karl\n\n\
                    The king pardoned 20 prisoners in July 2010.\n";
        assert_eq!(
            run(text),
            vec![
                "appointment Asserted Agent=Anna Berg",
                "execution Asserted q=2",
                "execution Asserted Subject=Ivan Horak",
            ],
        );
    }

    #[test]
    fn dates_belong_to_the_clause_they_close() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Leo Brandt was arrested in 2020 and held until he was convicted in July 2023 and sentenced to eight years in prison.",
                &["arrest 2020 Asserted Subject=Leo Brandt", "conviction 2023-07 Asserted Subject=Leo Brandt"],
            ),
            (
                "After 2006, no executions took place until June 2013, when four prisoners were hanged.",
                &["execution /2013-06 Negated", "execution 2013-06 Asserted q=4"],
            ),
            (
                "The last execution took place on 28 February 2024, when Ahmed Karimi, a foreign national, was hanged for the murder of his employer in 2018.",
                &["execution 2024-02-28 Asserted Subject=Ahmed Karimi"],
            ),
            (
                "Between 6 August 2013, and 30 June 2016, the authorities executed 429 people.",
                &["execution 2013-08-06/2016-06-30 Asserted q=429"],
            ),
        ];
        let mut failed = 0;
        for (text, expect) in cases {
            let got = run_dated(text);
            if got != *expect {
                failed += 1;
                eprintln!("input: {text:?}\n  got:    {got:?}\n  expect: {expect:?}");
            }
        }
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    /// Written for this test (no corpus text): news ledes whose second sentence
    /// refers back, reported speech, clauses the event came before.
    #[test]
    fn referring_subjects_reported_speech_and_before_clauses() {
        let cases: &[(&[&str], &str, &[&str])] = &[
            // The second sentence's subject refers back: same kind, that date and people.
            (
                &[
                    "The authorities executed a man convicted of smuggling heroin on Thursday.",
                    "The man, Tomas Welk, 41, was hanged at dawn in the central prison.",
                ],
                " ",
                &["execution 2024-05-30 Asserted", "execution 2024-05-30 Asserted Subject=Tomas Welk"],
            ),
            (
                &[
                    "A court in the capital sentenced Mara Lind to death on 3 March 2024.",
                    "She was sentenced to death in a closed hearing.",
                ],
                "\n\n",
                &[
                    "death_sentence 2024-03-03 Asserted Authority=A court Subject=Mara Lind",
                    "death_sentence 2024-03-03 Asserted Subject=Mara Lind",
                ],
            ),
            (
                &["Two brothers were hanged on 12 May 2024.", "The 29-year-old was hanged first."],
                " ",
                &["execution 2024-05-12 Asserted q=2", "execution 2024-05-12 Asserted"],
            ),
            // Another kind, the past perfect, or a subject that is no referring one:
            // nothing carried.
            (
                &["Police arrested a blogger on 5 May 2024.", "He was beaten in custody."],
                " ",
                &["arrest 2024-05-05 Asserted", "ill_treatment - Asserted"],
            ),
            (
                &["Iran hanged a man on 2 May 2024.", "He had been hanged in effigy before."],
                " ",
                &["execution 2024-05-02 Asserted @Iran", "execution - Asserted"],
            ),
            (
                &["Iran hanged a man on 2 May 2024.", "Another prisoner was hanged at dawn."],
                " ",
                &["execution 2024-05-02 Asserted @Iran", "execution - Asserted"],
            ),
            // A date before the "that" of a verb of saying dates the saying.
            (
                &["The activist said in November 2023 that he had been tortured in detention."],
                " ",
                &["ill_treatment /2023-11 Asserted"],
            ),
            (
                &["In August 2023 the panel concluded that the editor had been arbitrarily detained."],
                " ",
                &["arrest /2023-08 Asserted"],
            ),
            (
                &["He told reporters on 4 May 2024 that he was beaten on 2 April 2024."],
                " ",
                &["ill_treatment 2024-04-02 Asserted"],
            ),
            // A clause the event came before.
            (
                &["Prior to being moved to the capital in 2021, he had been held in secret and beaten."],
                " ",
                &["ill_treatment /2021 Asserted"],
            ),
            (
                &["He was beaten in custody before being moved to the capital in 2021."],
                " ",
                &["ill_treatment /2021 Asserted"],
            ),
            (&["He was beaten before dawn on 3 May 2021."], " ", &["ill_treatment 2021-05-03 Asserted"]),
            // A monitor named before "said that" is a record (hedged, shown); a
            // party's word stays reported.
            (
                &["Rights activists have said that at least six people were executed in 2019."],
                " ",
                &["execution 2019 Hedged q=6+"],
            ),
            (
                &["The prosecutor said that at least six people were executed in 2019."],
                " ",
                &["execution 2019 Reported q=6+"],
            ),
            // "according to" inside a relative clause vouches for that clause.
            (
                &["Dozens were sentenced after the March 2004 bombings in Rivertown that, according to officials, were a plot."],
                " ",
                &["attack 2004-03 Asserted"],
            ),
        ];
        let mut failed = 0;
        for (sentences, joint, expect) in cases {
            let text = sentences.join(joint);
            let got = run_dated(&text);
            if got != *expect {
                failed += 1;
                eprintln!("input: {text:?}\n  got:    {got:?}\n  expect: {expect:?}");
            }
        }
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    #[test]
    fn restatements_properties_and_proposals_are_no_events() {
        let cases: &[(&str, &[&str])] = &[
            // A demonstrative names an event told before.
            ("These executions took place despite appeals from abroad.", &[]),
            // A treaty that abolishes the death penalty is not an abolition.
            (
                "The moratorium stays until parliament ratifies a protocol abolishing the death penalty.",
                &[],
            ),
            ("I suggest commuting the death sentence to life imprisonment.", &["commutation - Planned"]),
            ("A person who is lawfully detained under the Prisons Act may appeal.", &[]),
            (
                "In 2021 the report named officials who are convicted of corruption as a group at risk.",
                &[],
            ),
            ("Freedonia is one of the few countries that still carry out public executions.", &[]),
            (
                "Paul Weber was freed from prison in May 2003; he had been beaten in detention.",
                &["pardon_release 2003-05 Asserted Subject=Paul Weber", "ill_treatment - Asserted"],
            ),
            (
                "The only man to reach the square on the day of the protest was released on 8 August 2012.",
                &["pardon_release 2012-08-08 Asserted"],
            ),
            (
                "Both men alleged that they were beaten in custody in May 2019.",
                &["ill_treatment 2019-05 Hedged"],
            ),
            (
                "In February Omar Haddad pleaded guilty to offences under the 2009 Military Commissions Act.",
                &["conviction 2024-02 Asserted Subject=Omar Haddad"],
            ),
            (
                "Five men were convicted in March 2004 for their roles in the fatal attack on a shop.",
                &["conviction 2004-03 Asserted q=5"],
            ),
            (
                "Police detained the couple on 5 February 1999 and humiliated them.",
                &["arrest 1999-02-05 Asserted", "ill_treatment 1999-02-05 Asserted"],
            ),
            (
                "On 3 May 2011 the appellant, Tom Reyes, was convicted of the robbery of a bank and sentenced to death.",
                &["conviction 2011-05-03 Asserted", "death_sentence 2011-05-03 Asserted"],
            ),
            (
                "He was hanged in 2009 for a murder committed on 6 October 1990.",
                &["execution 2009 Asserted", "attack 1990-10-06 Asserted"],
            ),
            (
                "The case was brought before the Court on 25 January 2001.",
                &["trial 2001-01-25 Asserted Authority=the Court"],
            ),
        ];
        let mut failed = 0;
        for (text, expect) in cases {
            let got = run_dated(text);
            if got != *expect {
                failed += 1;
                eprintln!("input: {text:?}\n  got:    {got:?}\n  expect: {expect:?}");
            }
        }
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    /// Dates and words that belong to something else in the sentence: an object's
    /// year, an apposition's participle, a quoted charge, a year before "for".
    #[test]
    fn dates_and_words_of_other_things_make_no_event() {
        let cases: &[(&str, &[&str])] = &[
            // The year names the conviction overturned, not the ruling.
            (
                "In March a federal appeals court overturned the 2008 conviction of Ali Haddad.",
                &["trial 2024-03 Asserted Authority=appeals court Subject=Ali Haddad"],
            ),
            // The apposition's date is the arrest's, not the sentence's.
            (
                "The blogger Samir Nouri, arrested in May 2009, was sentenced to ten years in prison.",
                &[
                    "arrest 2009-05 Asserted Subject=Samir Nouri",
                    "conviction - Asserted Subject=Samir Nouri",
                ],
            ),
            // A quoted charge tells no execution.
            (
                "He was convicted in June 2004 of \u{201c}fraud executed on a large scale\u{201d}.",
                &["conviction 2004-06 Asserted"],
            ),
            (
                "She was charged with \"plotting the execution of officials\" in May 2010.",
                &["arrest 2010-05 Asserted"],
            ),
            // A plural name of people after a count: the participle qualifies them.
            (
                "In June 2011, five Baluchis convicted for their ties to armed groups were executed.",
                &["execution 2011-06 Asserted q=5"],
            ),
            // The date of a participle that qualifies the people is theirs. (The story is
            // of 1 June 2024 and tells the sentence in the past: the September before.)
            (
                "In September, three farmers held since June 2009 were sentenced to death.",
                &["death_sentence 2023-09 Asserted"],
            ),
            (
                "In March 2012, two journalists detained in 2010 were tried in Aden.",
                &["trial 2012-03 Asserted q=2"],
            ),
            // A curly apostrophe ends a word like a straight one.
            (
                "On 10 May 2006 Ivan Petrov was sentenced to two years\u{2019} corrective labour.",
                &["conviction 2006-05-10 Asserted Subject=Ivan Petrov"],
            ),
            // A risk is no event; a practice ("sometimes") is none either.
            (
                "The courts refused to send back refugees who risked being tortured at home.",
                &["ill_treatment - Hypothetical"],
            ),
            ("Guards in the remand centres sometimes beat detainees to obtain confessions.", &[]),
            // A year before "for" counts nothing: the execution was only set.
            (
                "A warrant was issued in April 1991 for execution on 3 May.",
                &[],
            ),
        ];
        let mut failed = 0;
        for (text, expect) in cases {
            let got = run_dated(text);
            if got != *expect {
                failed += 1;
                eprintln!("input: {text:?}\n  got:    {got:?}\n  expect: {expect:?}");
            }
        }
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    #[test]
    fn world_wide_tallies_have_no_place_and_un_votes_need_the_un() {
        assert_eq!(
            run("Freedonia said that at least 2,390 people were executed in 25 countries in 2008."),
            vec!["execution Reported q=2390"],
        );
        assert!(run(
            "On 10 March the European Parliament adopted a resolution condemning the arrests."
        )
        .is_empty());
        assert!(
            run("In June the coroner's inquest returned a verdict of lawful killing.").is_empty()
        );
    }

    #[test]
    fn more_report_wordings() {
        let cases: &[(&str, &[&str])] = &[
            ("Singapore hanged Samir Rahman on 26 April 2023.", &["execution 2023-04-26 Asserted Subject=Samir Rahman @Singapore"]),
            ("The detainee hanged himself in his cell in 2017.", &["death_in_custody 2017 Asserted"]),
            (
                "Farid Nasser received a death sentence in 2011 for drug smuggling.",
                &["death_sentence 2011 Asserted Subject=Farid Nasser"],
            ),
            ("Security forces rounded up about 200 people on 1 May 2019.", &["arrest 2019-05-01 Asserted q=200~"]),
            (
                "Blogger Hoang Minh Tuan was jailed for eight years in 2018.",
                &["conviction 2018 Asserted Subject=Hoang Minh Tuan"],
            ),
            ("A prisoner was found dead in his cell on 4 July 2016.", &["death_in_custody 2016-07-04 Asserted"]),
            (
                "Five Uyghur men were handed over to the Chinese authorities in 2015.",
                &["forcible_return 2015 Asserted q=5"],
            ),
            (
                "Journalist Maria Ruiz was shot dead by unknown gunmen in 2020.",
                &["attack 2020 Asserted Victim=Maria Ruiz"],
            ),
            (
                "In 2007 the country voted in favour at the General Assembly.",
                &["un_vote 2007 Asserted"],
            ),
            (
                "Tunisia became a party to the Convention against Torture in 1988.",
                &["treaty_ratification 1988 Asserted"],
            ),
            (
                "The new media law entered into force on 1 January 2020.",
                &["law_adopted 2020-01-01 Asserted"],
            ),
            ("Executions, when they took place, were carried out by firing squad.", &[]),
            ("- 1993: Congress reinstates capital punishment for heinous crimes.", &["law_adopted 1993 Asserted"]),
            (
                "- 2017: The House approves a bill to reintroduce the death penalty.",
                &["law_adopted 2017 Planned"],
            ),
            (
                "- 1999: Leo Ramos is executed by lethal injection.\n- 2007: The country ratifies the Second Optional Protocol.",
                &["execution 1999 Asserted Subject=Leo Ramos", "treaty_ratification 2007 Asserted"],
            ),
            (
                "2006 – President Ana Cruz signs the law abolishing the death penalty; 1,230 death sentences are commuted to life imprisonment.",
                &[
                    "abolition 2006 Asserted Agent=Ana Cruz",
                    "commutation 2006 Asserted q=1230",
                ],
            ),
            (
                "The president halted executions on 17 December 2003. Some 40 prisoners later had their sentences changed to life imprisonment.",
                &["moratorium 2003-12-17 Asserted", "commutation 2003-12-17/ Asserted q=40~"],
            ),
            (
                "In 2015 the Penal Code was amended to remove the death penalty for seven offences.",
                &["law_adopted 2015 Asserted"],
            ),
            (
                "In 2010 parliament abolished the death penalty for drug offences.",
                &["law_adopted 2010 Asserted"],
            ),
            (
                "The government had accepted recommendations to consider ratifying the Optional Protocol.",
                &["treaty_ratification - Planned"],
            ),
            (
                "In May the Supreme Court upheld the death sentence of Pavel Orlov, who had been convicted of murder in January 2019.",
                &["trial 2024-05 Asserted Authority=Supreme Court Subject=Pavel Orlov", "conviction 2019-01 Asserted"],
            ),
            (
                "In December 2017 the Supreme Court ruled that the mandatory death sentence was unconstitutional.",
                &["trial 2017-12 Asserted Authority=Supreme Court"],
            ),
            (
                "The appeals court quashed the conviction of Tomas Rivera in 2015.",
                &["trial 2015 Asserted Authority=appeals court Subject=Tomas Rivera"],
            ),
            (
                "The last executions took place in 1987, when two officers were hanged for their role in the 1982 coup attempt.",
                &["execution 1987 Asserted q=2"],
            ),
            (
                "Dozens of students were arrested during the 2011 protests.",
                &["arrest 2011 Asserted"],
            ),
            (
                "In June 2022, the government repatriated 27 Kenyan women from Saudi Arabia.",
                &["repatriation 2022-06 Asserted q=27 @Saudi Arabia"],
            ),
            (
                "Iranian authorities executed at least 582 people in 2022, the group said.",
                &["execution 2022 Asserted q=582+"],
            ),
            (
                "Reza Tavakoli, 23, was hanged on 8 December 2022 after an unfair trial.",
                &["execution 2022-12-08 Asserted Subject=Reza Tavakoli"],
            ),
            (
                "Four days later Majid Rahimi was publicly executed in Iran.",
                &["execution - Asserted Subject=Majid Rahimi @Iran"],
            ),
            (
                "The protests followed the death in custody of Leyla Amiri on 16 September 2022.",
                &["death_in_custody 2022-09-16 Asserted Victim=Leyla Amiri"],
            ),
            (
                "In December 2022, Iran voted against the UN General Assembly resolution on a moratorium.",
                &["un_vote 2022-12 Asserted"],
            ),
            (
                "The group calls on the authorities to establish an official moratorium on executions with a view to abolishing the death penalty.",
                &["moratorium - Planned", "abolition - Planned"],
            ),
            (
                "Opposition politician Ivan Petrov was arrested on 24 March 2019 and sentenced to five days' detention.",
                &["arrest 2019-03-24 Asserted Subject=Ivan Petrov", "conviction 2019-03-24 Asserted Subject=Ivan Petrov"],
            ),
            (
                "Omar Haddad and Sami Nasser were executed in secret in June 2019.",
                &["execution 2019-06 Asserted Subject=Sami Nasser Subject=Omar Haddad"],
            ),
            (
                "Saudi Arabia executed 81 men in a single day in March 2022.",
                &["execution 2022-03 Asserted q=81 @Saudi Arabia"],
            ),
            (
                "Police shot dead at least 12 protesters in 2021.",
                &["attack 2021 Asserted q=12+"],
            ),
            (
                "On 5 October 2021 the High Court commuted the death sentences of 20 prisoners.",
                &["commutation 2021-10-05 Asserted Authority=High Court q=20"],
            ),
            (
                "Hamid Karimi was released on 3 March 2020 after serving his sentence.",
                &["pardon_release 2020-03-03 Asserted Subject=Hamid Karimi"],
            ),
            (
                "The king pardoned Karim Haddad, a journalist, in July 2019.",
                &["pardon_release 2019-07 Asserted Subject=Karim Haddad"],
            ),
            (
                "Mongolia abolished the death penalty in 2017 and ratified the Second Optional Protocol in 2012.",
                &["abolition 2017 Asserted", "treaty_ratification 2012 Asserted"],
            ),
        ];
        let failed = cases
            .iter()
            .filter(|(input, expect)| !check_dated(input, expect))
            .count();
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    /// Hard-wrapped text (PDF, Markdown) matches like running text.
    #[test]
    fn phrases_match_across_line_wraps() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The last executions took place in 2003, when nine prisoners were\nshot by firing squad.",
                &["execution 2003 Asserted q=9"],
            ),
            (
                "In 2012 the Supreme Court commuted the death\nsentence of Joseph Mensah to life.",
                &["commutation 2012 Asserted Authority=Supreme Court Subject=Joseph Mensah"],
            ),
        ];
        let failed = cases
            .iter()
            .filter(|(input, expect)| !check_dated(input, expect))
            .count();
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    /// Odd text around triggers never panics (multi-byte characters at every edge).
    #[test]
    fn odd_text_never_panics() {
        let pieces = [
            "sentenced to 死刑",
            "Ωmar Ωmarov, 23, was hanged",
            "«executed» at least ½ people",
            "two of 彼ら were tortured",
            "abolished the death penalty for every offençe",
            "Head of state: Ünal Çelik\nDeath penalty: retentionist",
            "## 2007 amendment ✓",
            "was arrested and",
            "the 1982 ",
            "limited the death penalty to: ",
            ", according to",
            "of them",
            "sentenced to \u{2028}",
            "45 executions \u{2022}\u{2022} 2012",
            "",
        ];
        for a in pieces {
            for b in pieces {
                let text = format!("{a} {b}. {b}\n{a}");
                for cut in (0..text.len()).filter(|&c| text.is_char_boundary(c)) {
                    let text = &text[cut..];
                    let _ = run_dated(text);
                    let rules = Rules::builtin();
                    let sentences = crate::text::sentences(text);
                    let mentions = crate::mentions(text, rules, &[]);
                    let input = Input {
                        text,
                        sentences: &sentences,
                        mentions: &mentions,
                        times: &[],
                        rules,
                        period: None,
                    };
                    let _ = crate::statement::statements(&input);
                }
            }
        }
    }

    /// Titles name topics: no event, and their dates anchor nothing.
    #[test]
    fn titles_are_not_evidence() {
        let cases: &[(&str, &[&str])] = &[
            (
                "## The 2007 constitutional amendment\n\nThe text follows here.",
                &[],
            ),
            (
                "==Executions carried out since 2003==\n\nNothing more.",
                &[],
            ),
            (
                "Abolition of the death penalty\n\nIn 2021 parliament abolished the death penalty.",
                &["abolition 2021 Asserted"],
            ),
            (
                "Head of government: Amir Khan (replaced Omar Aziz in March 2020)\n\nBody.",
                &["appointment 2020-03 Asserted Agent=Amir Khan Subject=Omar Aziz"],
            ),
        ];
        let failed = cases
            .iter()
            .filter(|(input, expect)| !check_dated(input, expect))
            .count();
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    #[test]
    fn undated_events_take_the_period_covered() {
        let text = "Two editors were arrested. In 2001 a third was arrested.";
        let rules = Rules::builtin();
        let sentences = crate::text::sentences(text);
        let times = [tm(text, "2001", y(2001))];
        let period = Some(TimeValue::range(
            PartialDate::day(2002, 1, 1),
            PartialDate::day(2002, 12, 31),
        ));
        let input = Input {
            text,
            sentences: &sentences,
            mentions: &[],
            times: &times,
            rules,
            period,
        };
        let dates: Vec<String> = events(&input)
            .iter()
            .map(|e| e.date.map(|d| d.iso()).unwrap_or_default())
            .collect();
        assert_eq!(dates, vec!["2002", "2001"]);
        // An undated event in the past perfect lies before the narrative: no period.
        let text = "In 2002 Lev Arno was jailed. He had previously been beaten by guards.";
        let sentences = crate::text::sentences(text);
        let times = [tm(text, "2002", y(2002))];
        let input = Input {
            text,
            sentences: &sentences,
            mentions: &[],
            times: &times,
            rules,
            period,
        };
        let dates: Vec<String> = events(&input)
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e.kind.as_str(),
                    e.date.map(|d| d.iso()).unwrap_or_default()
                )
            })
            .collect();
        assert_eq!(dates, vec!["conviction 2002", "ill_treatment "]);
    }

    /// Written for this test: a passive with a bare plural or vague subject and no
    /// date sums up the year; a counted, named or definite subject is an event of it.
    #[test]
    fn plural_summaries_do_not_take_the_period() {
        let rules = Rules::builtin();
        let period = Some(TimeValue::range(
            PartialDate::day(2002, 1, 1),
            PartialDate::day(2002, 12, 31),
        ));
        let cases: &[(&str, &[&str])] = &[
            (
                "Reporters and union leaders were harassed and beaten.",
                &["ill_treatment -"],
            ),
            (
                "Many were reportedly tortured in custody.",
                &["ill_treatment -"],
            ),
            (
                "Opposition supporters have been arbitrarily detained.",
                &["arrest -"],
            ),
            (
                "Three reporters were beaten by police.",
                &["ill_treatment 2002"],
            ),
            (
                "The reporters were beaten by police.",
                &["ill_treatment 2002"],
            ),
            (
                "Some reporters were beaten by police.",
                &["ill_treatment 2002"],
            ),
            ("Lev Arno and Ivo Kand were detained.", &["arrest 2002"]),
        ];
        let mut failed = 0;
        for (text, expect) in cases {
            let sentences = crate::text::sentences(text);
            let times = crate::time::tag(text, &crate::time::AnchorContext::default());
            let mentions = crate::mentions(text, rules, &times);
            let input = Input {
                text,
                sentences: &sentences,
                mentions: &mentions,
                times: &times,
                rules,
                period,
            };
            let got: Vec<String> = events(&input)
                .iter()
                .map(|e| {
                    let date = e.date.map_or_else(|| "-".to_string(), |d| d.iso());
                    format!("{} {date}", e.kind.as_str())
                })
                .collect();
            if got != *expect {
                failed += 1;
                eprintln!("input: {text:?}\n  got:    {got:?}\n  expect: {expect:?}");
            }
        }
        assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
    }

    #[test]
    fn an_annual_report_dates_its_undated_tallies() {
        // "252 executions" with no date of its own is the year's tally of a report
        // covering that year; without a period it is background.
        let text = "The authorities acknowledged 252 executions, including of two women.";
        let rules = Rules::builtin();
        let sentences = crate::text::sentences(text);
        let mentions = crate::mentions(text, rules, &[]);
        let dates = |period: Option<TimeValue>| -> Vec<String> {
            let input = Input {
                text,
                sentences: &sentences,
                mentions: &mentions,
                times: &[],
                rules,
                period,
            };
            events(&input)
                .iter()
                .map(|e| {
                    format!(
                        "{} {}",
                        e.kind.as_str(),
                        e.date.map(|d| d.iso()).unwrap_or_default()
                    )
                })
                .collect()
        };
        let year = TimeValue::range(PartialDate::day(2010, 1, 1), PartialDate::day(2010, 12, 31));
        assert_eq!(dates(Some(year)), vec!["execution 2010"]);
        assert!(dates(None).is_empty());
    }

    #[test]
    fn durations_are_not_dates() {
        let t = "She was jailed for seven years.";
        let mut d = tm(t, "seven years", y(2007));
        d.is_duration = true;
        check(t, "jailed", &[d], &[]);
    }
}
