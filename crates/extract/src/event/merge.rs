//! Passes over a document's events: suppression, dates and people carried between
//! sentences and coordinated predicates, elliptical counts, and background, generic,
//! anaphoric, cumulative and partial readings dropped or retyped.

use super::*;

/// "General Assembly resolution 77/222 ... was adopted on 15 December 2022. The UK
/// voted in favour": an undated event whose rule's requirement only a sentence before
/// met (`requires_before`) is about what that sentence names; it takes that sentence's
/// last date.
pub(super) fn date_from_required(input: &Input, out: &mut [Event]) {
    for e in out.iter_mut().filter(|e| e.date.is_none()) {
        let Some(rule) = input
            .rules
            .events
            .iter()
            .find(|r| r.requires_before && r.rule == e.rule)
        else {
            continue;
        };
        let Some(sentence) =
            sentence_at(input.sentences, e.trigger.start).map(|i| input.sentences[i])
        else {
            continue;
        };
        if holds_required(input, rule, sentence) {
            continue;
        }
        let Some(before) = required_before(input, rule, sentence) else {
            continue;
        };
        let last = input
            .times
            .iter()
            .filter(|t| before.contains(t.span) && !t.is_duration)
            .filter_map(|t| Some((t.value?, t.span)))
            .next_back();
        if let Some((value, span)) = last {
            e.date = Some(value);
            e.date_span = Some(span);
        }
    }
}

/// "X executed a man on Thursday. The man, NAME, 41, was hanged at dawn": an undated
/// event whose sentence opens with a subject that refers back (`referring_subjects`:
/// "The man", "He", "The two", "The 41-year-old") is the event of that kind the
/// sentence before dates; it takes that date and, naming nobody, its people. An
/// event told in the past perfect lies before the narrative and takes nothing; so
/// does one whose trigger is not the subject's own predicate ("He said that ...").
pub(super) fn carry_from_previous(input: &Input, out: &mut [Event]) {
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
            || input
                .rules
                .event_words
                .saying
                .iter()
                .any(|w| rest.contains(w.as_str()))
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
pub(super) fn referring_subject(grammar: &Grammar, lead: &str) -> Option<usize> {
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

/// "In May the assembly passed the X Bill. The bill did not become law because the
/// president did not sign it.": a passage the next sentence says never became law
/// (`failed_law`, with the bill, the law or "it" as its subject) is no law adopted.
pub(super) fn drop_failed_laws(input: &Input, out: &mut Vec<Event>) {
    let text = input.text;
    let words = &input.rules.event_words;
    out.retain(|e| {
        if e.kind != EventKind::LawAdopted || e.modality != Modality::Asserted {
            return true;
        }
        let Some(next) =
            sentence_at(input.sentences, e.span.start).and_then(|i| input.sentences.get(i + 1))
        else {
            return true;
        };
        let next = next.slice(text).to_ascii_lowercase();
        let mut lead = next.split_whitespace();
        let subject = match (lead.next(), lead.next()) {
            (Some("it"), _) => true,
            (Some("the"), Some(noun)) => {
                let noun = noun.trim_end_matches(|c: char| !c.is_alphanumeric());
                has(&words.law_nouns, noun) || noun == "measure" || noun == "draft"
            }
            _ => false,
        };
        !(subject && words.failed_law.iter().any(|f| next.contains(f.as_str())))
    });
}

/// "In 2018 there were at least 249 executions, at least 273 in 2019 and 246 in
/// 2020": after a counted, dated event, each further "COUNT in DATE" of its sentence
/// is the same kind of event, told elliptically.
pub(super) fn elliptical_counts(input: &Input, out: &mut Vec<Event>) {
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
        if !input.rules.event_kinds.tallies.contains(&e.kind) {
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
            let digits = crate::quantity::parse_digits(text, abs)
                .filter(|&(_, end)| end == from as usize + head.len() && num_start != head.len());
            // "executed nine persons during the year, compared with six in 2003", "and
            // one in 2018": a number word counts too.
            let worded = || {
                let word = head.rsplit(' ').next()?;
                let value = crate::quantity::number_word(word)?;
                let start = from as usize + head.len() - word.len();
                Some((f64::from(value), start))
            };
            let (value, abs, num_end) = match digits {
                Some((value, end)) => (value, abs, end),
                None => match worded() {
                    Some((value, start)) => (value, start, from as usize + head.len()),
                    None => continue,
                },
            };
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

/// "Wesley Purkey was executed on Thursday and Daniel Lewis Lee on Tuesday", "police
/// arrested A in May and B in June": the verb left out of the second conjunct is the
/// first one's, so the second person, with the second date, is an event of its own.
/// The conjunct is "and", a person (or a short noun phrase after a determiner: "his
/// brother"), a preposition and a date ending the clause; a dated event whose own
/// date comes after its trigger and right before the "and" lends its kind, modality
/// and place.
pub(super) fn gapped_conjuncts(input: &Input, out: &mut Vec<Event>) {
    let text = input.text;
    let words = &input.rules.event_words;
    let mut extra: Vec<Event> = Vec::new();
    for e in out.iter() {
        let Some(d) = e.date_span else { continue };
        if d.start < e.trigger.end || !e.span.contains(d) {
            continue;
        }
        let Some(t) = times_in(input.times, Span::new(d.end as usize, e.span.end as usize))
            .iter()
            .find(|t| t.span.start >= d.end && e.span.contains(t.span))
        else {
            continue;
        };
        if t.is_duration || t.value.is_none() || t.value == e.date {
            continue;
        }
        let Some(gap) = text.get(d.end as usize..t.span.start as usize) else {
            continue;
        };
        let Some(rest) = gap.strip_prefix(" and ").or(gap.strip_prefix(", and ")) else {
            continue;
        };
        // The preposition is the date's own or stands before it.
        let np = ["on ", "in ", "at ", "during "]
            .iter()
            .find_map(|p| rest.strip_suffix(p))
            .unwrap_or(rest)
            .trim_end();
        if np.is_empty() {
            continue;
        }
        let np_start = d.end as usize + (gap.len() - rest.len());
        let np_span = Span::new(np_start, np_start + np.len());
        let person = mentions_in(input.mentions, np_span)
            .find(|m| m.kind == MentionKind::Person && m.span.start as usize == np_start);
        let lower = np.to_ascii_lowercase();
        let np_words: Vec<&str> = lower.split_whitespace().collect();
        let determined = np_words.len() >= 2
            && np_words.len() <= 4
            && words.object_determiners.iter().any(|w| w == np_words[0])
            && !np_words.iter().any(|w| {
                w.ends_with("ed") || words.passive_auxiliaries.iter().any(|a| a.trim() == *w)
            });
        let whole_person = person.is_some_and(|m| m.span.end == np_span.end);
        // A name the recogniser did not catch ("and Daniel Lewis Lee on Tuesday"):
        // capitalised words that are no place.
        let np_tokens: Vec<&str> = np.split_whitespace().collect();
        let bare_name = person.is_none()
            && (1..=4).contains(&np_tokens.len())
            && np_tokens.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
            })
            && !mentions_in(input.mentions, np_span)
                .any(|m| m.kind != MentionKind::Person && m.span.overlaps(np_span));
        if !(whole_person || bare_name || determined) {
            continue;
        }
        // The conjunct ends its clause: what follows the date is punctuation, the
        // sentence end or a clause breaker ("..., after the Supreme Court ...").
        let after = text
            .get(t.span.end as usize..e.span.end as usize)
            .unwrap_or("");
        let after_lower = after.to_ascii_lowercase();
        let closes = after.trim().is_empty()
            || after.starts_with(['.', ',', ';', ')'])
            || words
                .clause_breakers
                .iter()
                .any(|b| b.starts_with(' ') && after_lower.starts_with(b.as_str()));
        if !closes {
            continue;
        }
        let role = e.participants.first().map(|p| p.role);
        let participants = match (person, role) {
            (Some(m), Some(role)) => {
                let mut v = Vec::new();
                push_participant(&mut v, m, role);
                v
            }
            (None, Some(role)) if bare_name => vec![Participant {
                name: np.to_string(),
                role,
                span: np_span,
            }],
            _ => Vec::new(),
        };
        extra.push(Event {
            trigger: np_span.cover(t.span),
            date: t.value,
            date_span: Some(t.span),
            participants,
            quantity: None,
            rule: format!("{}+gapped", e.rule),
            ..e.clone()
        });
    }
    out.extend(extra);
}

/// "On 21 February 2012 the appellant, X, was convicted of the murder of Y and
/// sentenced to death": a predicate with no date of its own, coordinated with a
/// dated one before it, shares its date. A verdict told with the sentence dated
/// after both ("convicted and sentenced to death on 3rd May 2017") shares it too.
pub(super) fn share_coordinated_dates(text: &str, rules: &Rules, events: &mut [Event]) {
    let dated: Vec<(Span, Span, Option<TimeValue>, Span, EventKind)> = events
        .iter()
        .filter_map(|e| Some((e.span, e.trigger, e.date, e.date_span?, e.kind)))
        .collect();
    let coordinated = |from: u32, to: u32| {
        text.get(from as usize..to as usize).is_some_and(|gap| {
            gap.contains(" and ") && !gap.contains([',', ';', '(', '.']) && word_count(gap) <= 10
        })
    };
    let verdicts = &rules.event_kinds.verdicts;
    for e in events.iter_mut().filter(|e| e.date_span.is_none()) {
        let shared = dated
            .iter()
            .rev()
            .find(|(span, trigger, _, date_span, _)| {
                *span == e.span
                    && trigger.end <= e.trigger.start
                    && date_span.end <= e.trigger.start
                    && coordinated(trigger.end, e.trigger.start)
            })
            .or_else(|| {
                dated.iter().find(|(span, trigger, _, date_span, kind)| {
                    *span == e.span
                        && verdicts.contains(kind)
                        && verdicts.contains(&e.kind)
                        && e.trigger.end <= trigger.start
                        && date_span.start >= trigger.end
                        && coordinated(e.trigger.end, trigger.start)
                })
            })
            .map(|&(_, _, date, date_span, _)| (date, date_span));
        if let Some((date, date_span)) = shared {
            e.date = date;
            e.date_span = Some(date_span);
        }
    }
}

/// "492 of the 1,320 executions in the USA since 1976", "bringing to nine the number
/// of detainees who died since January 2002": a count dated only by "since" is a
/// running total, no event of that date.
pub(super) fn drop_cumulative_tallies(text: &str, rules: &Rules, events: &mut Vec<Event>) {
    // The date's text may hold "since" or follow it.
    events.retain(|e| {
        // "bringing to nine the number of detainees who died there since 2002".
        let counted = e.quantity.is_some()
            || text
                .get(e.span.start as usize..e.trigger.start as usize)
                .is_some_and(|b| b.to_ascii_lowercase().contains("the number of"));
        if !counted || !rules.event_kinds.running_totals.contains(&e.kind) {
            return true;
        }
        let Some(date) = e.date_span else { return true };
        // "since January 2017, when the execution of three men ended a moratorium":
        // the when-clause after the date tells what happened on it.
        if date.end <= e.trigger.start
            && text
                .get(date.end as usize..e.trigger.start as usize)
                .is_some_and(|gap| {
                    gap.len() <= 40 && gap.trim_start().to_ascii_lowercase().starts_with(", when ")
                })
        {
            return true;
        }
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
pub(super) fn drop_background(text: &str, rules: &Rules, events: &mut Vec<Event>) {
    let kinds = &rules.event_kinds;
    let snapshot: Vec<(Span, Span)> = events.iter().map(|e| (e.span, e.trigger)).collect();
    events.retain(|e| {
        // "died after he was beaten in custody", "was released after an appeal court
        // commuted her sentence": the after-clause tells the cause, an event of its own.
        if kinds.caused.contains(&e.kind) {
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
        // "was arrested three days after the killing and sentenced to death": a
        // verbless phrase ends the after-clause at "and"; the trigger after it is the
        // main clause's second predicate.
        let clause = &before[at + " after ".len()..];
        let phrase = ["and ", "and was ", "and were "]
            .iter()
            .find_map(|tail| clause.strip_suffix(tail))
            .map(|p| p.trim_end());
        if phrase.is_some_and(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            words.len() <= 5
                && !words
                    .iter()
                    .any(|w| w.ends_with("ed") || w.eq_ignore_ascii_case("and"))
        }) {
            return true;
        }
        // "died on 9 May, two days after his arrest", "a day after being arrested":
        // the subject's own earlier event, counted back from the clause's day (see
        // `dating::attach_date`), is told here and nowhere else.
        let counted = before[..at]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .is_some_and(|w| {
                ["day", "days", "week", "weeks"].contains(&w.to_ascii_lowercase().as_str())
            });
        let first = text
            .get(e.trigger.start as usize..e.trigger.end as usize)
            .and_then(|t| t.split(' ').next())
            .unwrap_or("")
            .to_ascii_lowercase();
        let own = super::dating::AFTER_OWN.iter().any(|p| {
            let p = p.strip_prefix("after ").unwrap_or(p);
            p == clause || (clause.is_empty() && p == format!("{first} "))
        });
        if counted && own {
            return true;
        }
        let after_pos = e.span.start + at as u32;
        !snapshot
            .iter()
            .any(|&(span, trigger)| span == e.span && trigger.end <= after_pos)
    });
    // "convicted in March for their roles in the fatal attack on a girl", "sentenced
    // in absentia ... over a grenade attack": the attack is the crime the court
    // judged, told as its reason.
    // A crime with a date of its own ("for a murder committed on 6 October 1977")
    // stays: that date is the crime's.
    let judged: Vec<(Span, Span, Option<Span>)> = events
        .iter()
        .filter(|e| kinds.judging.contains(&e.kind))
        .map(|e| (e.span, e.trigger, e.date_span))
        .collect();
    events.retain(|e| {
        // "three of taking part in a 2016 attack": a year right before the crime's
        // noun is the crime's own, whatever else it dates.
        let prenominal = e.date_span.is_some_and(|d| {
            d.end <= e.trigger.start
                && text
                    .get(d.end as usize..e.trigger.start as usize)
                    .is_some_and(|gap| gap.trim().is_empty())
        });
        !kinds.crimes.contains(&e.kind)
            || prenominal
            || !judged.iter().any(|&(span, trigger, date)| {
                span == e.span
                    && (e.date_span.is_none() || e.date_span == date)
                    && trigger.end <= e.trigger.start
                    && text
                        .get(trigger.end as usize..e.trigger.start as usize)
                        .is_some_and(|gap| {
                            // "for their roles in", "over a grenade attack": the
                            // grounds the rules name.
                            rules
                                .event_words
                                .ground_prepositions
                                .iter()
                                .any(|p| gap.contains(&format!(" {p} ")))
                                && !gap.contains([';', '.'])
                        })
            })
    });
}

/// "Executions are carried out by hanging", "when a person is convicted of murder":
/// a present-tense passive with no date of its own states the law or the practice.
pub(super) fn is_generic_present(text: &str, rules: &Rules, e: &Event) -> bool {
    let words = &rules.event_words;
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
        if has(&words.present_auxiliaries, aux) && has(&words.relatives, rel) {
            return true;
        }
    }
    // "The appeal is accordingly allowed": a judgment's own ruling, dated by the
    // judgment (`judgment::judgment_date`), not a rule of law.
    if e.date_span.is_some() || super::judgment::is_decision(&e.rule) {
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
    let present = |w: &str| has(&words.present_auxiliaries, w);
    let progressive = prev == "being" && tail.iter().skip(1).any(|w| present(w));
    progressive
        || present(prev)
        || present(&first)
        || words
            .present_auxiliaries
            .iter()
            .any(|a| inside.contains(&format!(" {a} ")))
}

/// Definite determiners: closed-class grammar.
const DEFINITE: [&str; 5] = ["the", "his", "her", "their", "its"];

/// "These executions took place despite ...": an undated event named with a
/// demonstrative is one told before; the earlier telling is the event.
/// So is one a speaker reports with a definite noun, dated only as before the saying
/// ("The minister said on Friday that the execution was carried out lawfully").
pub(super) fn is_anaphoric(text: &str, rules: &Rules, e: &Event) -> bool {
    let before_saying = e.date.is_some_and(|d| d.start.is_none() && d.end.is_some());
    if e.date.is_some() && !before_saying {
        return false;
    }
    let before = text
        .get(e.span.start as usize..e.trigger.start as usize)
        .unwrap_or("");
    before.split_whitespace().next_back().is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        has(&rules.event_words.demonstratives, &w)
            || (before_saying && DEFINITE.contains(&w.as_str()))
    })
}

pub(super) const PARTIAL: &str = "law_adopted.partial_abolition";

/// "removed the death penalty for seven offences": the penalty stays for others, so
/// this is a change of the law, not an abolition.
pub(super) fn partial_abolitions(text: &str, rules: &Rules, events: &mut [Event]) {
    for e in events.iter_mut().filter(|e| e.kind == EventKind::Abolition) {
        // "removed the mandatory death penalty from several laws": judges may still
        // impose it.
        let trigger = e.trigger.slice(text).to_ascii_lowercase();
        if trigger
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| has(&rules.event_words.partial_modifiers, w))
        {
            e.kind = EventKind::LawAdopted;
            e.rule = PARTIAL.to_string();
            continue;
        }
        let rest = text
            .get(e.trigger.end as usize..e.span.end as usize)
            .unwrap_or("");
        // "abolishing the death penalty altogether for seven offences".
        let mut rest = rest;
        while let Some((word, _)) = rest.strip_prefix(' ').and_then(|r| r.split_once(' ')) {
            if !has(&rules.event_words.scope_adverbs, &word.to_ascii_lowercase()) {
                break;
            }
            rest = &rest[1 + word.len()..];
        }
        let Some(scope) = rest.strip_prefix(" for ") else {
            continue;
        };
        let first = scope
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let whole = has(&rules.event_words.whole_scope, &first);
        if !whole {
            e.kind = EventKind::LawAdopted;
            e.rule = PARTIAL.to_string();
        }
    }
}

pub(super) const ABOLITION_ACT: &str = "abolition.act_enacted";

/// "The Death Penalty Abolition Bill was passed by the Senate on 19 December and
/// signed into law on 31 December": the step that makes a law whose name abolishes
/// the death penalty (`abolition_names`) the law of the land (`enacting_steps`:
/// signed, assented, in force) is the abolition; its passage stays a law adopted.
pub(super) fn abolition_acts(text: &str, rules: &Rules, events: &mut [Event]) {
    let words = &rules.event_words;
    for e in events.iter_mut().filter(|e| {
        e.kind == EventKind::LawAdopted && e.rule != PARTIAL && e.modality == Modality::Asserted
    }) {
        let sentence = e.span.slice(text).to_ascii_lowercase();
        if !words
            .abolition_names
            .iter()
            .any(|n| sentence.contains(n.as_str()))
        {
            continue;
        }
        // The trigger and the words up to its date: "signed into law by X on D".
        let end = e
            .date_span
            .map_or(e.trigger.end, |d| d.start.max(e.trigger.end));
        let step = text
            .get(e.trigger.start as usize..end as usize)
            .unwrap_or("")
            .to_ascii_lowercase();
        if words
            .enacting_steps
            .iter()
            .any(|w| step.contains(w.as_str()))
        {
            e.kind = EventKind::Abolition;
            e.rule = ABOLITION_ACT.to_string();
        }
    }
}

/// "Executions were carried out by firing squad": with no date, count or person of
/// its own, an execution told with its method describes the practice.
/// The methods are `execution_methods` in the grammar rules.
pub(super) fn drop_method_descriptions(text: &str, rules: &Rules, events: &mut Vec<Event>) {
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

/// The rule of a "first ... since" trigger ("the first execution since April 2020").
pub(super) const FIRST_SINCE: &str = "execution.first_since";
/// The rule name of the event a negation since a date implies.
pub(super) const LAST_BEFORE: &str = "last_before_since";

/// "Sri Lanka has not carried out an execution since 1976", "the first execution on
/// the island since April 2020": the last event before took place then. A negated
/// event of a `last_before_since` kind dated only by "since D" adds an asserted one at
/// D (the negation stays, off the chronology); a "first ... since" event is that one.
pub(super) fn last_before_since(text: &str, rules: &Rules, events: &mut Vec<Event>) {
    let mut implied = Vec::new();
    for e in events.iter_mut() {
        if !rules.event_kinds.last_before_since.contains(&e.kind) {
            continue;
        }
        let (Some(date), Some(date_span)) = (e.date, e.date_span) else {
            continue;
        };
        let (Some(start), None) = (date.start, date.end) else {
            continue;
        };
        let before = text.get(..date_span.start as usize).unwrap_or("");
        let written = date_span.slice(text);
        let since = |s: &str| {
            s.len() >= 5
                && s.get(s.len() - 5..)
                    .is_some_and(|w| w.eq_ignore_ascii_case("since"))
        };
        let after_since = since(before.trim_end())
            || written
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("since"));
        if !after_since {
            continue;
        }
        if e.rule == FIRST_SINCE && e.modality == Modality::Asserted {
            e.date = Some(TimeValue::point(start));
        } else if e.modality == Modality::Negated {
            let mut last = e.clone();
            last.modality = Modality::Asserted;
            last.date = Some(TimeValue::point(start));
            last.rule = LAST_BEFORE.to_string();
            implied.push(last);
        }
    }
    events.extend(implied);
}

/// "the Observatory counted executions in Iran (at least 61), Iraq (at least 9) and
/// Egypt (4)", "death sentences were imposed in Kenya (131), Cameroon (at least 9)":
/// after a tally's trigger, a list of places each with its count in parentheses is one
/// event per place, of the tally's kind, modality and date. The tally keeps the first
/// place (its evidence cut after it), each further place is an event whose evidence is
/// its own item. A single "Place (N)" is no list: it stays as it is.
pub(super) fn country_counts(input: &Input, out: &mut Vec<Event>) {
    let text = input.text;
    let mut extra: Vec<Event> = Vec::new();
    for e in out.iter_mut() {
        if !input.rules.event_kinds.tallies.contains(&e.kind)
            || !matches!(e.modality, Modality::Asserted | Modality::Hedged)
        {
            continue;
        }
        let Some(si) = sentence_at(input.sentences, e.trigger.start) else {
            continue;
        };
        let sentence = input.sentences[si];
        let after = Span::new(e.trigger.end as usize, sentence.end as usize);
        let mut items: Vec<(Span, String, Quantity)> = Vec::new();
        let mut last_end = e.trigger.end as usize;
        for m in mentions_in(input.mentions, after)
            .filter(|m| m.kind == MentionKind::Place && m.rule != "gazetteer.demonym")
        {
            if (m.span.start as usize) < last_end {
                continue;
            }
            // Between items only a comma, "and" or "the" ("and the Democratic Republic
            // of the Congo (at least 3)"); before the first, the trigger's few words.
            let gap = text.get(last_end..m.span.start as usize).unwrap_or("");
            let joined = gap
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .all(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("the"));
            if !items.is_empty() && !joined {
                break;
            }
            if items.is_empty() && word_count(gap) > 4 {
                break;
            }
            let Some((q, end)) = parenthesised_count(text, m.span.end as usize) else {
                if items.is_empty() {
                    continue;
                }
                break;
            };
            let place = m.value.clone().unwrap_or_else(|| m.name.clone());
            items.push((Span::new(m.span.start as usize, end), place, q));
            last_end = end;
        }
        if items.len() < 2 {
            continue;
        }
        let own = e
            .quantity
            .as_ref()
            .is_none_or(|q| items[0].0.contains(q.span));
        let rest = if own {
            let (first, place, q) = items[0].clone();
            e.quantity = Some(q);
            e.place = Some(place);
            if e.span.contains(first) {
                e.span = Span::new(e.span.start as usize, first.end as usize);
            }
            &items[1..]
        } else {
            &items[..]
        };
        for (span, place, q) in rest {
            extra.push(Event {
                span: *span,
                trigger: *span,
                participants: Vec::new(),
                quantity: Some(q.clone()),
                place: Some(place.clone()),
                rule: format!("{}+country_list", e.rule),
                ..e.clone()
            });
        }
    }
    out.extend(extra);
}

/// " (at least 61)", " (4)" right after `at`: the count and the end of the ")".
fn parenthesised_count(text: &str, at: usize) -> Option<(Quantity, usize)> {
    let rest = text.get(at..)?;
    let open = at + rest.len() - rest.trim_start().len();
    if !text.get(open..)?.starts_with('(') {
        return None;
    }
    let close = open + text.get(open..)?.find(')')?;
    if close - open > 24 {
        return None;
    }
    let inner = text.get(open + 1..close)?;
    let num_start = inner
        .rfind(|c: char| !(c.is_ascii_digit() || c == ','))
        .map_or(0, |i| i + 1);
    if num_start == inner.len() {
        return None;
    }
    let abs = open + 1 + num_start;
    let (value, end) = crate::quantity::parse_digits(text, abs)?;
    if end != close {
        return None;
    }
    let (q_start, approx) = crate::quantity::approx_before(text, abs).unwrap_or((abs, "exact"));
    // Nothing else inside the parenthesis: "(at least 9)", "(4)", never "(Law 9)".
    if q_start != open + 1 {
        return None;
    }
    Some((
        Quantity {
            value,
            approx: approx.to_string(),
            span: Span::new(q_start, close),
        },
        close + 1,
    ))
}
