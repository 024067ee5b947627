//! Modality: the cues of a sentence and the clause they govern (asserted, negated,
//! planned, hypothetical, reported, hedged), infinitives and unrealised triggers.

use super::*;

/// Whether a trigger is told as planned, negated or hypothetical (an undated
/// unrealised event still says something; an undated asserted one is background).
pub(super) fn is_unrealised(
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

/// "a decision to ratify", "due to be executed", "moved to abolish": a trigger in the
/// infinitive tells what is to happen, not what happened.
/// A vote's tally written as one word: "3-2", "7–0".
fn is_vote_tally(word: &str) -> bool {
    let mut parts = word.split(['-', '–']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    [a, b]
        .iter()
        .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))
}

pub(super) fn is_infinitive(text: &str, rules: &Rules, sentence: Span, trigger: Span) -> bool {
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
    // "Parliament voted (unanimously) to abolish": the vote realised it; so did "the
    // 23rd African country to abolish", "the first person to be executed".
    let realised = before
        .strip_suffix(" to be")
        .or_else(|| before.strip_suffix(" to"))
        .is_some_and(|b| {
            let b = match b.rsplit_once(' ') {
                Some((head, last)) if last.len() > 4 && last.ends_with("ly") => head,
                // "The Board voted 3-2 to commute": the tally of the vote.
                Some((head, last)) if is_vote_tally(last) => head,
                _ => b,
            };
            let g = &rules.grammar;
            g.realised_infinitives.iter().any(|v| {
                b.strip_suffix(v.as_str()).is_some_and(|voter| {
                    // "the Senate (has) voted to": one chamber's vote is a step.
                    let voter = voter.trim_end();
                    let voter = voter
                        .strip_suffix(" has")
                        .or_else(|| voter.strip_suffix(" had"))
                        .unwrap_or(voter);
                    !g.single_chambers.iter().any(|c| {
                        voter
                            .strip_suffix(c.as_str())
                            .is_some_and(|h| h.is_empty() || h.ends_with(' '))
                    })
                })
            }) || ordinal_noun(b, rules)
        });
    !realised
        && (before.ends_with(" to")
            || before.ends_with(" to be")
            || before == "to"
            || before == "to be")
}

/// Whether `before` (lower case) ends "the first country", "the 23rd African
/// country": "the", an ordinal, at most one more word, then one of the grammar's
/// `realised_nouns`.
fn ordinal_noun(before: &str, rules: &Rules) -> bool {
    let g = &rules.grammar;
    let words: Vec<&str> = before.rsplit(' ').take(4).collect();
    let Some((noun, rest)) = words.split_first() else {
        return false;
    };
    if !g.realised_nouns.iter().any(|n| n == noun) {
        return false;
    }
    let is_ordinal = |w: &str| {
        g.ordinals.iter().any(|o| o == w)
            || (w.len() > 2
                && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit())
                && matches!(&w[w.len() - 2..], "st" | "nd" | "rd" | "th"))
    };
    (1..=2).any(|i| rest.get(i - 1).is_some_and(|w| is_ordinal(w)) && rest.get(i) == Some(&"the"))
}

/// Modality cues inside one sentence, in text order.
pub(crate) fn cues_in(text: &str, rules: &Rules, sentence: Span) -> Vec<(Span, CueClass)> {
    let c = rules.compiled();
    let base = sentence.start as usize;
    c.cues
        .find_iter(sentence.slice(text))
        .map(|m| (base + m.start(), base + m.end(), m.pattern().as_usize()))
        .filter(|&(start, end, _)| {
            (on_word_boundaries(text, start, end) || contracted_not(text, start, end))
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
        // "the draft resolution that the Committee approved by a recorded vote": the cue
        // names the text voted on (`voted_texts` in the modality rules), no plan.
        .filter(|(span, class)| {
            *class != CueClass::Planned || !names_voted_text(text, rules, *span, sentence)
        })
        // "The representative of Zambia said that his country had abolished the death
        // penalty": a State's account of its own acts is the record, not a claim.
        .filter(|(span, class)| {
            !(*class == CueClass::Reported
                && state_voice_before(text, rules, base, span.start as usize)
                && own_state_after(text, rules, span.end as usize))
        })
        .collect()
}

/// Whether the cue at `start..end` is the contracted "not" of a word ("hadn't",
/// "hasn’t"): it starts inside that word, and ends where the word ends.
fn contracted_not(text: &str, start: usize, end: usize) -> bool {
    let cue = text.get(start..end).unwrap_or("");
    (cue.eq_ignore_ascii_case("n't") || cue.eq_ignore_ascii_case("n\u{2019}t"))
        && start > 0
        && text.as_bytes()[start - 1].is_ascii_alphabetic()
        && !text
            .as_bytes()
            .get(end)
            .is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether the cue at `cue` is one of `voted_texts` whose next word is one of its
/// nouns ("draft resolution"): the name of a text put to the vote, not a plan.
fn names_voted_text(text: &str, rules: &Rules, cue: Span, sentence: Span) -> bool {
    let said = cue.slice(text).to_lowercase();
    let Some(nouns) = rules.voted_texts.get(&said) else {
        return false;
    };
    let words = sentence.slice(text).to_lowercase();
    if !rules
        .vote_contexts
        .iter()
        .any(|v| words.contains(v.as_str()))
    {
        return false;
    }
    let next = text
        .get(cue.end as usize..)
        .unwrap_or("")
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    nouns.contains(&next)
}

/// Whether the clause after a reported cue ending at `end` opens with the speaker's own
/// State (`own_state_subjects` in the modality rules: "his country", "its Government"),
/// after an optional "that". Only the clause's first words are read.
pub(super) fn own_state_after(text: &str, rules: &Rules, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("").trim_start();
    let rest = rest.strip_prefix("that ").map_or(rest, str::trim_start);
    let head: String = rest.chars().take(40).collect::<String>().to_lowercase();
    rules.own_state_subjects.iter().any(|s| {
        head.strip_prefix(s.as_str())
            .is_some_and(|after| after.starts_with([' ', '\'', '\u{2019}', ',']))
    })
}

/// Whether the speaker before a reported cue at `cue` (in the sentence opening at
/// `sentence_start`) is a State's voice (`state_voices` in the modality rules: "the
/// representative of Zambia", "the Minister of Justice", "the Government"): "the
/// exiled journalist said that her government had arrested ..." stays her claim.
fn state_voice_before(text: &str, rules: &Rules, sentence_start: usize, cue: usize) -> bool {
    let before = text.get(sentence_start..cue).unwrap_or("").to_lowercase();
    before
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| rules.state_voices.iter().any(|v| v == w))
}

/// Whether the source named after an attribution cue ending at `end` is data (a
/// tally, figures, statistics; `data_sources` in the modality rules), within its
/// first words up to a comma.
pub(super) fn cites_data(text: &str, rules: &Rules, end: usize) -> bool {
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
pub(super) fn data_before(text: &str, rules: &Rules, sentence: Span, start: usize) -> bool {
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
            word_count(between) <= rules.window(class)
                && !breaks(rules, class, reach)
                && !in_closed_relative(text, rules, sentence, cue, between)
        } else if cue.start >= trigger.start && cue.end <= trigger.end {
            // "signed, but did not ratify, Protocol 6": a cue past a breaker inside
            // a gapped trigger is about the other verb.
            let lead = text
                .get(trigger.start as usize..cue.start as usize)
                .unwrap_or("");
            // "sentenced to imprisonment for life, the judge directing that he should
            // serve 45 years": past a comma, a "that" clause inside the gap holds it.
            let complement = lead.contains(',') && lead.contains(" that ");
            // "the court denied his request for a stay": a reporting verb that is the
            // trigger's own head word is the event, not someone's account of it.
            if lead.is_empty() && class == CueClass::Reported {
                false
            } else {
                !(breaks(rules, class, lead) || complement) || lead.is_empty()
            }
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
                        .any(|w| has(&rules.event_words.relatives, w))
                })
        {
            // "..., according to their lawyers": a source named after the event
            // vouches for it; the event is told on its word (hedged), not a claim
            // the text reports (a cue before the trigger: "according to X, he was").
            found.push(CueClass::Hedged);
            false
        } else if cue.start >= trigger.end && class == CueClass::Hedged {
            let between = text
                .get(trigger.end as usize..cue.start as usize)
                .unwrap_or("");
            // "died in custody, reportedly as a result of torture": the hedge is
            // about what follows the comma, not the event.
            // "sentenced to death for alleged involvement in bombings": a hedge
            // after "for" or "of" qualifies the charge, not the sentence.
            let ground = between.split_whitespace().next_back().is_some_and(|w| {
                has(
                    &rules.event_words.ground_prepositions,
                    &w.to_ascii_lowercase(),
                )
            });
            word_count(between) <= rules.hedge_after
                && !between.contains(['.', ';', ','])
                && !ground
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

/// "X, who was 17 at the time of the alleged offense, was hanged": a cue inside a
/// relative clause set off by commas, closed before the trigger, qualifies that
/// clause's noun, not the event.
fn in_closed_relative(text: &str, rules: &Rules, sentence: Span, cue: Span, between: &str) -> bool {
    if !between.contains(',') {
        return false;
    }
    let lead = text
        .get(sentence.start as usize..cue.start as usize)
        .unwrap_or("");
    let Some(comma) = lead.rfind(", ") else {
        return false;
    };
    lead[comma + 2..]
        .split_whitespace()
        .next()
        .is_some_and(|w| has(&rules.event_words.relatives, &w.to_ascii_lowercase()))
}

pub(super) fn breaks(rules: &Rules, class: CueClass, between: &str) -> bool {
    let lower = between.to_lowercase();
    rules.breakers.iter().any(|b| lower.contains(b.as_str()))
        || rules
            .class_breakers
            .get(class.as_str())
            .is_some_and(|list| list.iter().any(|b| lower.contains(b.as_str())))
}

/// Bounds of the clause around `span` inside `sentence` (breakers inside `skip` spans ignored).
pub(crate) fn clause_of(
    text: &str,
    rules: &Rules,
    sentence: Span,
    span: Span,
    skip: &[Span],
) -> Span {
    let s = sentence.slice(text);
    let base = sentence.start as usize;
    let rel_start = (span.start as usize).saturating_sub(base).min(s.len());
    let rel_end = (span.end as usize).saturating_sub(base).min(s.len());
    let mut start = 0usize;
    let mut end = s.len();
    for b in &rules.event_words.clause_breakers {
        for (at, _) in s.match_indices(b) {
            let abs = Span::new(base + at, base + at + b.len());
            if skip.iter().any(|k| k.overlaps(abs))
                || abs.overlaps(span)
                || (b == "," && in_name_list(s, at))
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
pub(super) fn in_name_list(s: &str, comma: usize) -> bool {
    let capital = |w: Option<&str>| {
        w.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) && w.len() > 1)
    };
    capital(s[..comma].rsplit(' ').next()) && capital(s[comma + 1..].split_whitespace().next())
}

/// Balanced parentheses inside a sentence, brackets included (short ones only: a
/// long parenthesis is a clause of its own).
pub(super) fn parentheticals(text: &str, sentence: Span) -> Vec<Span> {
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

/// Comma-delimited asides of a title inside a sentence: ", aiming at the abolition of
/// the death penalty," after the Second Optional Protocol's name (`name_asides`).
pub(super) fn name_asides(text: &str, rules: &Rules, sentence: Span) -> Vec<Span> {
    let s = sentence.slice(text);
    let lower = s.to_ascii_lowercase();
    let base = sentence.start as usize;
    let mut out = Vec::new();
    for lead in &rules.event_words.name_asides {
        for (at, _) in lower.match_indices(&format!(", {lead}")) {
            // The aside ends at the first comma, semicolon or bracket (a closing comma is
            // its own; ';' and brackets stay clause breaks) and is a short phrase.
            let rest = &s[at + 1..];
            let close = rest.find([',', ';', '(', ')']).unwrap_or(rest.len());
            if rest[..close].split_whitespace().count() > 12 {
                continue;
            }
            let end = close + usize::from(rest[close..].starts_with(','));
            out.push(Span::new(base + at, base + at + 1 + end));
        }
    }
    out
}

/// The words between two coordinated dates: "2008 and 2016", "2008, and again in 2016".
pub(super) fn is_coordination(words: &EventWords, gap: &str) -> bool {
    if matches!(gap, " and " | ", " | ", and " | " or ") {
        return true;
    }
    let gap_words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    gap_words.len() <= 3
        && gap_words
            .first()
            .is_some_and(|w| matches!(*w, "and" | "or"))
        && gap_words.iter().all(|w| has(&words.date_coordinators, w))
}
