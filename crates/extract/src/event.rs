//! Typed events: triggers from the rules, modality from cues, dates from the time
//! mentions, participants, quantity and place from the mentions.

use crate::rules::{on_word_boundaries, CueClass, EventRule, Rules};
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

fn contains_ci(hay: &str, needle: &str) -> bool {
    find_ci(hay, &needle.to_lowercase(), 0).is_some()
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Extract events.
pub fn events(input: &Input) -> Vec<Event> {
    let text = input.text;
    let rules = input.rules;
    let c = rules.compiled();
    // Modality cues over the whole text.
    let cues: Vec<(Span, CueClass)> = c
        .cues
        .find_iter(text)
        .filter(|m| {
            on_word_boundaries(text, m.start(), m.end())
                && !is_numbering(text, m.end())
                && !is_proper(text, m.start())
        })
        .map(|m| {
            (
                Span::new(m.start(), m.end()),
                c.cue_class[m.pattern().as_usize()],
            )
        })
        .collect();

    let mut candidates: Vec<Candidate> = Vec::new();
    for m in c.triggers.find_overlapping_iter(text) {
        if !on_word_boundaries(text, m.start(), m.end()) {
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
            if !rule_allows(input, rule, s_span, trigger) {
                continue;
            }
            let (modality, habitual) = modality_of(text, rules, &cues, s_span, trigger);
            if habitual {
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
        let Some(sentence) = sentence_at(input.sentences, m.span.start) else {
            continue;
        };
        let (modality, _) = modality_of(text, rules, &cues, input.sentences[sentence], m.span);
        candidates.push(Candidate {
            sentence,
            rule,
            rule_name: Some("law_adopted.dated_law"),
            trigger: m.span,
            modality,
        });
    }
    candidates.sort_by_key(|c| (c.sentence, c.trigger.start, c.rule));
    let all_triggers: Vec<(usize, Span, EventKind)> = candidates
        .iter()
        .map(|c| (c.sentence, c.trigger, rules.events[c.rule].kind))
        .collect();

    // One event per sentence, kind and modality (several triggers of one kind
    // merge), unless their dates differ.
    let mut out: Vec<Event> = Vec::new();
    let mut i = 0;
    while i < candidates.len() {
        let first = candidates[i].clone();
        let kind = rules.events[first.rule].kind;
        let mut group = vec![first.clone()];
        let mut j = i + 1;
        while j < candidates.len() && candidates[j].sentence == first.sentence {
            if rules.events[candidates[j].rule].kind == kind {
                group.push(candidates[j].clone());
                candidates.remove(j);
            } else {
                j += 1;
            }
        }
        let others: Vec<Span> = all_triggers
            .iter()
            .filter(|(s, _, k)| *s == first.sentence && *k != kind)
            .map(|(_, t, _)| *t)
            .collect();
        build_events(input, &group, &others, &mut out);
        i += 1;
    }
    // Suppression: a conviction stated with a death sentence is that death sentence.
    let snapshot: Vec<(EventKind, u32, u32)> = out
        .iter()
        .map(|e| (e.kind, e.span.start, e.span.end))
        .collect();
    out.retain(|e| {
        let rule = rules.events.iter().find(|r| r.rule == e.rule);
        let Some(rule) = rule else { return true };
        !rule.suppressed_by.iter().any(|k| {
            snapshot
                .iter()
                .any(|&(kind, s, en)| kind == *k && s == e.span.start && en == e.span.end)
        })
    });
    drop_background(text, &mut out);
    out.sort_by_key(|e| (e.span, e.trigger, e.kind));
    out
}

/// A trigger inside an "after ..." clause that follows another event of the same
/// sentence is a back-reference to an event told elsewhere ("X was commuted in 2021
/// after the state abolished Y"): drop it.
fn drop_background(text: &str, events: &mut Vec<Event>) {
    let snapshot: Vec<(Span, Span)> = events.iter().map(|e| (e.span, e.trigger)).collect();
    events.retain(|e| {
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
        let mut from = pos;
        let found = loop {
            let at = find_ci(&text[..s_end], part, from)?;
            if word_count(&text[pos..at]) > gap {
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
    let s = sentence.slice(input.text);
    if !rule.requires.is_empty()
        && !rule
            .requires
            .iter()
            .any(|r| contains_ci(&format!(" {s} "), r))
    {
        return false;
    }
    if rule.vetoes.iter().any(|v| contains_ci(s, v)) {
        return false;
    }
    for ex in &rule.excludes {
        let needle = ex.to_lowercase();
        let mut from = 0;
        while let Some(at) = find_ci(s, &needle, from) {
            let span = Span::new(
                sentence.start as usize + at,
                sentence.start as usize + at + needle.len(),
            );
            if span.overlaps(trigger) {
                return false;
            }
            from = at + 1;
        }
    }
    if rule.needs_person {
        let has = input
            .mentions
            .iter()
            .any(|m| m.kind == MentionKind::Person && sentence.contains(m.span));
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
            word_count(between) <= rules.window(class) && !breaks(rules, class, between)
        } else if cue.start >= trigger.start && cue.end <= trigger.end {
            true
        } else if cue.start >= trigger.end && class == CueClass::Hedged {
            let between = text
                .get(trigger.end as usize..cue.start as usize)
                .unwrap_or("");
            word_count(between) <= rules.hedge_after && !between.contains(['.', ';'])
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
            if skip.iter().any(|k| k.overlaps(abs)) || abs.overlaps(span) {
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
) -> DateChoice {
    let cands: Vec<&TimeMention> = times
        .iter()
        .filter(|t| sentence.contains(t.span) && t.value.is_some() && !t.is_duration)
        .collect();
    let owned_by_other = |t: &TimeMention| {
        others.iter().any(|o| {
            !o.overlaps(trigger)
                && ((trigger.end <= o.start && o.end <= t.span.start)
                    || (t.span.end <= o.start && o.end <= trigger.start))
        })
    };
    if cands.is_empty() {
        return DateChoice::None;
    }
    let spans: Vec<Span> = cands.iter().map(|t| t.span).collect();
    let clause = clause_of(text, sentence, trigger, &spans);
    let distance = |t: &TimeMention| -> u32 {
        if t.span.end <= trigger.start {
            trigger.start - t.span.end
        } else {
            t.span.start.saturating_sub(trigger.end)
        }
    };
    let inside = cands.iter().find(|t| trigger.contains(t.span));
    let in_clause = cands
        .iter()
        .filter(|t| clause.contains(t.span) && !owned_by_other(t))
        .min_by_key(|t| distance(t));
    let initial = cands.iter().find(|t| {
        let before = text
            .get(sentence.start as usize..t.span.start as usize)
            .unwrap_or("");
        word_count(before) <= 2 && t.span.end <= trigger.start
    });
    let nearest = cands
        .iter()
        .filter(|t| distance(t) <= 80 && !owned_by_other(t))
        .min_by_key(|t| distance(t));
    let Some(chosen) = inside.or(in_clause).or(initial).or(nearest).copied() else {
        return DateChoice::None;
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
        if matches!(gap, " and " | ", " | ", and " | " or ") {
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
        if matches!(gap, " and " | ", " | ", and " | " or ") {
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
    if chain.len() > 1 {
        let s = sentence.slice(text);
        if s.contains("respectively") {
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
    DateChoice::One(v, chosen.span)
}

fn build_events(input: &Input, group: &[Candidate], others: &[Span], out: &mut Vec<Event>) {
    let text = input.text;
    let first = &group[0];
    let rule = &input.rules.events[first.rule];
    let sentence = input.sentences[first.sentence];
    // Each trigger's date; triggers with different dates are different events.
    let mut seen: Vec<Option<String>> = Vec::new();
    for cand in group {
        let choice = attach_date(text, sentence, cand.trigger, input.times, others);
        let dates: Vec<(Option<TimeValue>, Option<Span>)> = match choice {
            DateChoice::None if rule.inherit_period => vec![(input.period.map(whole_years), None)],
            DateChoice::None => vec![(None, None)],
            DateChoice::One(v, s) => vec![(Some(v), Some(s))],
            DateChoice::Many(list) => list.into_iter().map(|(v, s)| (Some(v), Some(s))).collect(),
        };
        for (date, date_span) in dates {
            let key = date.map(|d| d.iso());
            if seen.contains(&key) || (key.is_none() && !seen.is_empty()) {
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
                quantity: quantity(input, sentence, cand.trigger),
                place: place(input, sentence, cand.trigger),
                modality: cand.modality,
                rule: cand.rule_name.map_or_else(
                    || input.rules.events[cand.rule].rule.clone(),
                    str::to_string,
                ),
            });
        }
    }
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
    let in_sentence: Vec<&Mention> = input
        .mentions
        .iter()
        .filter(|m| sentence.contains(m.span) && m.span.start.abs_diff(trigger.start) < 200)
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
    // Closest first before the trigger (walk backwards), then after.
    let mut before: Vec<&&Mention> = in_sentence
        .iter()
        .filter(|m| m.span.end <= trigger.start)
        .collect();
    before.reverse();
    for m in before {
        let after_text = text.get(m.span.end as usize..).unwrap_or("");
        let possessive = after_text.starts_with("'s") || after_text.starts_with("\u{2019}s");
        if m.kind == MentionKind::Person && after_preposition(m) {
            continue;
        }
        let role = match m.kind {
            MentionKind::Person if rule.agentive && !passive && !possessive && !agent_taken => {
                agent_taken = true;
                Role::Agent
            }
            MentionKind::Person if rule.agentive && !passive && !possessive => continue,
            MentionKind::Person => affected,
            MentionKind::Organisation if rule.agentive && !passive && !agent_taken => {
                agent_taken = true;
                Role::Agent
            }
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
                } else if after_preposition(m) && !by_agent {
                    continue;
                }
                last_person = Some(m);
                if by_agent {
                    Role::Agent
                } else {
                    affected
                }
            }
            MentionKind::Court => Role::Authority,
            _ => continue,
        };
        push_participant(&mut out, m, role);
    }
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
        if let Some(m) = input
            .mentions
            .iter()
            .find(|m| m.kind == MentionKind::Person && prev.contains(m.span))
        {
            return Some(m);
        }
    }
    None
}

fn quantity(input: &Input, sentence: Span, trigger: Span) -> Option<Quantity> {
    let text = input.text;
    let spans: Vec<Span> = input
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Quantity)
        .map(|m| m.span)
        .collect();
    let clause = clause_of(text, sentence, trigger, &spans);
    let passive = is_passive(text, sentence, trigger);
    let in_clause: Vec<&Mention> = input
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Quantity && clause.contains(m.span))
        .collect();
    let before = in_clause.iter().rev().find(|m| m.span.end <= trigger.start);
    // A count inside a gapped trigger ("handed down 14 death sentences") is its own.
    let inside = in_clause.iter().find(|m| trigger.contains(m.span));
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

fn place(input: &Input, sentence: Span, trigger: Span) -> Option<String> {
    let text = input.text;
    input
        .mentions
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Place
                && sentence.contains(m.span)
                && m.rule != "gazetteer.demonym"
        })
        .filter(|m| {
            let before = text.get(..m.span.start as usize).unwrap_or("");
            before.ends_with("in ")
                || before.ends_with("in the ")
                || before.ends_with("to ")
                || before.ends_with("of ")
                || before.ends_with("from ")
        })
        .min_by_key(|m| m.span.start.abs_diff(trigger.start))
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

    /// Run the whole pipeline except the time tagger on `text`.
    fn run(text: &str) -> Vec<String> {
        let rules = Rules::builtin();
        let sentences = crate::text::sentences(text);
        let mut mentions = crate::entity::entities(text, rules);
        mentions.extend(crate::quantity::quantities(text));
        mentions.extend(crate::law::laws(text));
        mentions.sort_by_key(|m| m.span);
        let input = Input {
            text,
            sentences: &sentences,
            mentions: &mentions,
            times: &[],
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
    }

    #[test]
    fn durations_are_not_dates() {
        let t = "She was jailed for seven years.";
        let mut d = tm(t, "seven years", y(2007));
        d.is_duration = true;
        check(t, "jailed", &[d], &[]);
    }
}
