//! Argument filling: an event built from its triggers, with its participants,
//! quantity and date.

use super::*;

pub(super) fn build_events(
    input: &Input,
    group: &[Candidate],
    others: &[Span],
    out: &mut Vec<Event>,
) {
    let text = input.text;
    let first = &group[0];
    let rule = &input.rules.events[first.rule];
    let sentence = input.sentences[first.sentence];
    // Each trigger's date; triggers with different dates are different events.
    let mut seen: Vec<Option<String>> = Vec::new();
    for cand in group {
        // "passed by the Senate on 19 December and signed into law by the President
        // on 31 December": the group's other triggers own their dates too.
        let mut around: Vec<Span> = others.to_vec();
        around.extend(
            group
                .iter()
                .map(|g| g.trigger)
                .filter(|t| !t.overlaps(cand.trigger)),
        );
        let mut choice = attach_date(
            text,
            sentence,
            cand.trigger,
            times_in(input.times, sentence),
            others,
            input.rules,
        );
        // Only a date of its own after the trigger: a predicate coordinated after a
        // dated one still shares that date ("convicted in July 2023 and sentenced").
        if group.len() > 1 {
            if let DateChoice::One(v, span) = attach_date(
                text,
                sentence,
                cand.trigger,
                times_in(input.times, sentence),
                &around,
                input.rules,
            ) {
                let own_after = span.start >= cand.trigger.end
                    && text
                        .get(cand.trigger.end as usize..span.start as usize)
                        .is_some_and(|gap| {
                            !gap.contains([',', ';', '(', ')']) && word_count(gap) <= 8
                        });
                let differs = !matches!(&choice, DateChoice::One(_, s) if *s == span);
                if own_after && differs {
                    choice = DateChoice::One(v, span);
                }
            }
        }
        if choice == DateChoice::None {
            if let Some((v, span)) = later_than_before(input, first.sentence, cand.trigger)
                .or_else(|| since_then(input, first.sentence, cand.trigger))
            {
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
                    if event.quantity.is_none() && counts(input.rules, rule.kind) {
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
                quantity: if counts(input.rules, rule.kind) {
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
pub(super) fn counts(rules: &Rules, kind: EventKind) -> bool {
    !rules.event_kinds.uncounted.contains(&kind)
}

pub(super) fn is_passive(text: &str, rules: &Rules, sentence: Span, trigger: Span) -> bool {
    let start = (sentence.start as usize).max(trigger.start.saturating_sub(24) as usize);
    let start = crate::quantity::floor_char_boundary(text, start);
    let window = text
        .get(start..trigger.end as usize)
        .unwrap_or("")
        .to_lowercase();
    rules
        .event_words
        .passive_auxiliaries
        .iter()
        .any(|w| window.contains(w.as_str()))
}

pub(super) fn participants(
    input: &Input,
    rule: &EventRule,
    sentence: Span,
    trigger: Span,
) -> Vec<Participant> {
    let text = input.text;
    let words = &input.rules.event_words;
    let passive = is_passive(text, input.rules, sentence, trigger);
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
        words
            .person_prepositions
            .iter()
            .any(|p| before.ends_with(p.as_str()))
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
        words
            .affected_of
            .iter()
            .any(|p| before.ends_with(p.as_str()))
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
        words
            .place_of_body
            .iter()
            .any(|p| before.ends_with(p.as_str()))
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
        !words.clause_openers.iter().any(|b| between.contains(b))
    };
    // "the UN General Assembly resolution": the body names the text, it does not act.
    let names_a_text = |m: &Mention| {
        let after = text.get(m.span.end as usize..).unwrap_or("");
        words
            .document_nouns
            .iter()
            .any(|w| after.starts_with(w.as_str()))
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
        let by_agent = words
            .agent_markers
            .iter()
            .any(|w| before_text.ends_with(w.as_str()))
            && !possessive;
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
                } else if text
                    .get(trigger.end as usize..m.span.start as usize)
                    .is_some_and(|gap| {
                        words
                            .object_clause_breaks
                            .iter()
                            .any(|b| gap.contains(b.as_str()))
                    })
                {
                    // "convicted six soldiers ..., and acquitted Corporal X": X is
                    // the object of another clause's verb.
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
pub(super) fn is_object(text: &str, rules: &Rules, span: Span) -> bool {
    let before = text.get(..span.start as usize).unwrap_or("");
    let mut words = before.rsplit(' ').filter(|w| !w.is_empty());
    let mut word = words.next().unwrap_or("");
    if has(&rules.event_words.object_determiners, word) {
        word = words.next().unwrap_or("");
    }
    rules.grammar.object_verbs.iter().any(|v| v == word)
}

pub(super) fn push_participant(out: &mut Vec<Participant>, m: &Mention, role: Role) {
    if !out.iter().any(|p| p.name == m.name && p.role == role) {
        out.push(Participant {
            name: m.name.clone(),
            role,
            span: m.name_span,
        });
    }
}

/// "He/She/his/her" near the trigger: the first person named in the previous one or two sentences.
pub(super) fn pronoun_antecedent<'a>(
    input: &'a Input,
    sentence: Span,
    trigger: Span,
) -> Option<&'a Mention> {
    let text = input.text;
    let start = sentence.start as usize;
    let end = (trigger.end as usize + 30).min(sentence.end as usize);
    let end = crate::quantity::floor_char_boundary(text, end);
    let window = text.get(start..end)?;
    let has_pronoun = window
        .split(|c: char| !c.is_alphabetic())
        .any(|w| input.rules.event_words.is_pronoun(w));
    if !has_pronoun {
        return None;
    }
    let idx = sentence_at(input.sentences, sentence.start)?;
    for back in 1..=2 {
        let prev = input.sentences.get(idx.checked_sub(back)?)?;
        // "he murdered one X": the one acted on is not who "he" is.
        if let Some(m) = mentions_in(input.mentions, *prev)
            .find(|m| m.kind == MentionKind::Person && !is_object(text, input.rules, m.span))
        {
            return Some(m);
        }
    }
    None
}

pub(super) fn quantity(input: &Input, sentence: Span, trigger: Span) -> Option<Quantity> {
    let text = input.text;
    let spans: Vec<Span> = mentions_in(input.mentions, sentence)
        .filter(|m| m.kind == MentionKind::Quantity)
        .map(|m| m.span)
        .collect();
    let clause = and_clause(
        text,
        input.rules,
        clause_of(text, input.rules, sentence, trigger, &spans),
        trigger,
        &spans,
    );
    let passive = is_passive(text, input.rules, sentence, trigger);
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
pub(super) fn and_clause(
    text: &str,
    rules: &Rules,
    clause: Span,
    trigger: Span,
    counts: &[Span],
) -> Span {
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
