//! Dating: which of a sentence's time mentions dates a trigger (the governing
//! expression, coordinated dates, reported speech, past perfect and plural summaries).

use super::*;

/// The time mentions (sorted by start, as `events` leaves them) that start inside `span`.
pub(super) fn times_in(times: &[TimeMention], span: Span) -> &[TimeMention] {
    let from = times.partition_point(|t| t.span.start < span.start);
    let to = times.partition_point(|t| t.span.start < span.end);
    &times[from..to.max(from)]
}

/// "convicted under the 2005 Anti-Terrorism Law", "Act 2023", "Law No. 266-IV of
/// 2011": a bare year that is part of a law's name (right before a capitalised name
/// ending in one of `law.name_heads`, after a determiner or a possessive; or right
/// after a head, "of" between or a "No." number) names the law; it dates no event
/// but one whose trigger holds it (the dated law's own adoption) or, when the law
/// opens the sentence as its subject, what the law did ("The 1987 Constitution
/// abolished ...").
pub(super) fn in_law_name(text: &str, rules: &Rules, span: Span) -> bool {
    let heads = &rules.law.name_heads;
    let Some(year) = text.get(span.start as usize..span.end as usize) else {
        return false;
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let is_head = |w: &str| {
        let w = w.trim_end_matches([',', ';', ':', ')', '.']);
        heads.iter().any(|h| h.trim_end_matches('.') == w)
    };
    // Before: "the 2005 Anti-Terrorism Law", "Iraq's 2005 Law on ...".
    let before = text.get(..span.start as usize).unwrap_or("");
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let determiner = rules
        .law
        .amendment_determiners
        .iter()
        .any(|d| d.eq_ignore_ascii_case(prev))
        || prev.ends_with("'s")
        || prev.ends_with("\u{2019}s");
    if determiner && before.ends_with(' ') {
        let after = text.get(span.end as usize..).unwrap_or("");
        if after.starts_with(' ') {
            for w in after.split_whitespace().take(6) {
                if is_head(w) {
                    return true;
                }
                let capitalised = w.starts_with(|c: char| c.is_ascii_uppercase());
                if !capitalised || w.ends_with([',', ';', ':', '.', ')']) {
                    break;
                }
            }
        }
    }
    // After: "Act 2023", "Act of 1998", "Law No. 266-IV of 2011".
    let mut words = before.split_whitespace().rev();
    let mut w = words.next().unwrap_or("");
    if w == "of" {
        w = words.next().unwrap_or("");
    }
    if w.ends_with(',') {
        return false;
    }
    if is_head(w) {
        return true;
    }
    let numbered = w.starts_with(|c: char| c.is_ascii_digit());
    numbered && words.next().is_some_and(|n| n == "No." || n == "No")
}

/// "convicted of a 2003 robbery-murder", "accused of the 2017 killing": a bare year
/// between a determiner (`year_determiners`) after a ground preposition ("of", "for")
/// and a lower-case noun names the crime the event is about, not the event's date.
pub(super) fn names_the_ground(text: &str, rules: &Rules, span: Span) -> bool {
    let Some(year) = text.get(span.start as usize..span.end as usize) else {
        return false;
    };
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let words = &rules.event_words;
    let before = text.get(..span.start as usize).unwrap_or("");
    let mut prev = before.split_whitespace().rev();
    let (Some(det), Some(prep)) = (prev.next(), prev.next()) else {
        return false;
    };
    let det_ok = words
        .year_determiners
        .iter()
        .any(|d| d.trim().eq_ignore_ascii_case(det));
    let prep_ok = words
        .ground_prepositions
        .iter()
        .any(|g| g.trim().eq_ignore_ascii_case(prep));
    let after = text.get(span.end as usize..).unwrap_or("");
    let noun = after
        .strip_prefix(' ')
        .and_then(|a| a.split_whitespace().next());
    det_ok
        && prep_ok
        && noun.is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_lowercase())
                && n.trim_end_matches([',', ';', ':', '.', ')'])
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
        })
}

/// The leads of a clause of time set off after a trigger (", shortly after ...").
const TIME_CLAUSE_LEADS: [&str; 12] = [
    ", shortly after ",
    ", soon after ",
    ", just after ",
    ", hours after ",
    ", minutes after ",
    ", moments after ",
    ", shortly before ",
    ", soon before ",
    ", just before ",
    ", hours before ",
    ", minutes before ",
    ", moments before ",
];

/// The finite auxiliaries that show a clause of time has its own verb.
const CLAUSE_AUXILIARIES: [&str; 8] = [
    " was ", " were ", " had ", " has ", " have ", " is ", " are ", " did ",
];

/// Whether `date` stands after `trigger` inside a clause of time with its own finite
/// verb (", shortly after his lawyer was told on Monday"): that clause's act, not the
/// trigger's.
fn in_time_clause_after(text: &str, trigger: Span, date: Span) -> bool {
    if date.start < trigger.end {
        return false;
    }
    let Some(gap) = text.get(trigger.end as usize..date.start as usize) else {
        return false;
    };
    let gap = format!(
        "{} ",
        gap.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase()
    );
    TIME_CLAUSE_LEADS.iter().any(|lead| {
        gap.find(lead).is_some_and(|i| {
            let clause = &gap[i + lead.len() - 1..];
            !clause.contains([',', ';']) && CLAUSE_AUXILIARIES.iter().any(|a| clause.contains(a))
        })
    })
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
    rules: &Rules,
) -> DateChoice {
    let grammar = &rules.grammar;
    let words = &rules.event_words;
    let mut cands: Vec<&TimeMention> = times
        .iter()
        .filter(|t| sentence.contains(t.span) && t.value.is_some() && !t.is_duration)
        .filter(|t| {
            // "The 1987 Constitution abolished ...": a law that opens the sentence
            // is its subject, and its year dates what it did.
            // So does "The General Civil Penal Code of 1902 removed ...", "The new
            // Penal Code of 1997 removed ...": a name before the year.
            let subject = text
                .get(sentence.start as usize..t.span.start as usize)
                .is_some_and(|lead| {
                    let words: Vec<&str> = lead.split_whitespace().collect();
                    let head_of = words.len() >= 2
                        && words[words.len() - 1] == "of"
                        && rules
                            .law
                            .name_heads
                            .iter()
                            .any(|h| h == words[words.len() - 2]);
                    words.len() == 1
                        || (words.len() <= 8
                            && (head_of
                                || words.iter().all(|w| {
                                    w.starts_with(|c: char| c.is_uppercase())
                                        || matches!(*w, "of" | "on" | "the" | "and")
                                })))
                });
            trigger.contains(t.span)
                || subject
                || !(in_law_name(text, rules, t.span) || names_the_ground(text, rules, t.span))
        })
        .collect();
    // "parliament approved on February 25 an amendment that postponed the elections
    // scheduled for April": a date set for an act to come dates this one only when no
    // other date of the sentence can.
    let scheduled = |t: &TimeMention| {
        text.get(sentence.start as usize..t.span.start as usize)
            .is_some_and(|lead| {
                let lead = lead.trim_end().to_ascii_lowercase();
                words
                    .schedule_leads
                    .iter()
                    .any(|w| lead.ends_with(w.as_str()))
            })
    };
    if cands.iter().any(|t| !scheduled(t)) {
        cands.retain(|t| !scheduled(t));
    }
    // "His execution was carried out at dawn, shortly after his family were allowed a
    // last visit on Thursday afternoon": a date inside a clause of time with its own
    // verb, after the trigger, dates that clause's act, not this one.
    cands.retain(|t| !in_time_clause_after(text, trigger, t.span));
    // "BAGHDAD, Dec 26 (Agency) - ... hanged 11 men on Monday": the dateline dates the
    // report, the relative day read against it the event.
    let all = cands.clone();
    cands.retain(|t| !super::dateline::yields_to_relative_day(text, t, &all));
    // "He said in November that he had been tortured": a date before the "that" of a
    // verb of saying dates the saying; the event it reports lies before it, unless
    // its own clause dates it.
    let mut said_before = DateChoice::None;
    if let Some(that_end) = speech_complement(text, grammar, sentence, trigger)
        .or_else(|| reaction_object(text, words, sentence, trigger))
    {
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
    // "reduced the death sentence of a woman who had been convicted of drug
    // trafficking": an event told in the past perfect inside a relative clause lies
    // before the main clause; a date before the relative pronoun is the main clause's.
    if let Some(rel_end) = pluperfect_relative(text, grammar, words, sentence, trigger) {
        cands.retain(|t| t.span.start >= rel_end);
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
                        .is_some_and(|gap| coordinating_gap(gap, 10));
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
                        .is_some_and(|gap| {
                            !words
                                .clause_breakers
                                .iter()
                                .any(|b| gap.contains(b.as_str()))
                        });
                // "X, arrested in May 2009, was sentenced": a date inside an
                // apposition that another trigger opens is that trigger's; so is one
                // inside a relative clause ("X, who was sentenced to death in January
                // 2021 for murder, has been executed").
                // Which aside opens before the other trigger: 1, a comma; 2, a
                // relative pronoun after a comma, with auxiliaries ("who was").
                let aside = |b: &str| -> u8 {
                    let b = b.trim_end();
                    if b.ends_with(',') {
                        return 1;
                    }
                    let Some((_, lead)) = b.rsplit_once(',') else {
                        return 0;
                    };
                    let mut lead = lead.split_whitespace();
                    let relative = lead
                        .next()
                        .is_some_and(|w| has(&words.relatives, &w.to_ascii_lowercase()))
                        && lead.all(|w| {
                            grammar
                                .finite_before
                                .iter()
                                .any(|f| w.eq_ignore_ascii_case(f))
                        });
                    if relative {
                        2
                    } else {
                        0
                    }
                };
                let opened = text.get(..o.start as usize).map_or(0, aside);
                let apposition = o.end <= t.span.start
                    && t.span.end <= trigger.start
                    && opened > 0
                    && text
                        .get(o.end as usize..t.span.end as usize)
                        .is_some_and(|gap| !gap.contains([',', ';']))
                    && text
                        .get(t.span.end as usize..trigger.start as usize)
                        .is_some_and(|gap| {
                            if opened == 1 {
                                gap.trim_start().starts_with(',')
                            } else {
                                gap.contains(',') && !gap.contains(';')
                            }
                        });
                between || closes_other || apposition
            })
    };
    if !cands.iter().any(|t| trigger.contains(t.span)) {
        if let Some(choice) = law_agent_date(text, rules, sentence, trigger, &cands) {
            return choice;
        }
    }
    if cands.is_empty() {
        return said_before;
    }
    let mut spans: Vec<Span> = cands.iter().map(|t| t.span).collect();
    // "acceded to the Convention against Torture (the Convention) on 29 June 1998":
    // a parenthesis does not cut the clause.
    spans.extend(parentheticals(text, sentence));
    spans.extend(super::modality::name_asides(text, rules, sentence));
    let clause = clause_of(text, rules, sentence, trigger, &spans);
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
        words
            .year_determiners
            .iter()
            .any(|d| before.ends_with(d.as_str()))
            && after.strip_prefix(' ').is_some_and(|a| {
                a.starts_with(|c: char| c.is_ascii_lowercase() || (year && c.is_ascii_uppercase()))
            })
    };
    // "assented to the Penal Code (Amendment) Act No. 25 of 2022": a year that ends
    // a text's name names it, like an attributive year.
    let law_year = |t: &TimeMention| {
        let year = t.span.slice(text);
        year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && text
                .get(
                    sentence.start.max(t.span.start.saturating_sub(96)) as usize
                        ..t.span.start as usize,
                )
                .is_some_and(|before| {
                    let last: Vec<&str> = before.split_whitespace().rev().take(5).collect();
                    let law_noun = |w: &str| {
                        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                        w.starts_with(|c: char| c.is_ascii_uppercase())
                            && words.law_nouns.iter().any(|n| n.eq_ignore_ascii_case(w))
                    };
                    // "the Constitution of the United Republic of Tanzania of 1977": the
                    // name's capitalised words and its "of", "the", "and" back to the noun.
                    let named = || {
                        before
                            .split_whitespace()
                            .rev()
                            .skip(1)
                            .take(10)
                            .take_while(|w| {
                                w.starts_with(|c: char| c.is_ascii_uppercase())
                                    || matches!(*w, "of" | "the" | "and")
                            })
                            .any(law_noun)
                    };
                    last.first()
                        .is_some_and(|&prev| prev == "of" || prev.ends_with(',') || law_noun(prev))
                        && (last.iter().any(|w| law_noun(w))
                            || (last.first() == Some(&"of") && named()))
                })
    };
    let attributive = |t: &TimeMention| attributive(t) || law_year(t);
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
                        // "in a case concerning an attack on a police station in
                        // 2013": a crime the act is about, whatever follows it.
                        || grammar.case_connectives.iter().any(|k| {
                            gap.split_once(&format!(" {k} ")).is_some_and(|(_, rest)| {
                                !rest.contains([',', ';', '('])
                                    && grammar.crime_nouns.iter().any(|c| {
                                        rest.match_indices(c.as_str()).any(|(i, _)| {
                                            (i == 0 || rest[..i].ends_with(' '))
                                                && rest[i + c.len()..]
                                                    .starts_with([' ', ','])
                                        })
                                    })
                            })
                        })
                        || gap.split_once(" for ").is_some_and(|(_, rest)| {
                            grammar.crime_nouns.iter().any(|c| {
                                rest.match_indices(c.as_str()).any(|(i, _)| {
                                    // "for the murder of his fiancee in 2018", "for an
                                    // ambush in 2018": the crime's object or the date
                                    // itself follows the crime noun.
                                    let after = &rest[i + c.len()..];
                                    rest[..i].ends_with(' ')
                                        && (after.starts_with(" of ")
                                            || matches!(after.trim(), "in" | "on"))
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
    // "released 11 Uighurs detained since 2017": a date right after a participle that
    // qualifies the trigger's object (a plural name of people, or a lower-case noun)
    // is the participle's, even when the trigger's words reach the participle.
    let object_participle = |t: &TimeMention| {
        let head = trigger.slice(text).split(' ').next().map_or(0, str::len) as u32;
        let from = trigger.start + head;
        if from > t.span.start {
            return false;
        }
        let Some(gap) = text.get(from as usize..t.span.start as usize) else {
            return false;
        };
        let gap = gap.trim_end();
        let mut rev = gap.rsplit(' ').peekable();
        // The preposition may stand outside the date ("detained in | 2012").
        if rev.peek().is_some_and(|w| {
            grammar
                .participle_prepositions
                .iter()
                .any(|p| p.eq_ignore_ascii_case(w))
        }) {
            rev.next();
        }
        let participle = rev.next().unwrap_or("");
        let noun = rev.next().unwrap_or("");
        let people = noun.len() > 3
            && noun.ends_with('s')
            && noun.starts_with(|c: char| c.is_ascii_uppercase())
            && noun[1..].chars().all(|c| c.is_ascii_lowercase());
        let common = !noun.is_empty()
            && noun.chars().all(|c| c.is_ascii_lowercase())
            && !grammar.finite_before.iter().any(|f| f == noun);
        grammar
            .qualifying_participles
            .iter()
            .any(|p| p.eq_ignore_ascii_case(participle))
            && (people || common)
    };
    // "two men convicted of killing a shopkeeper in 1996 were hanged", "convicted 28
    // civilians of attacking a checkpoint in 2016": a date that closes a charge told by
    // "of" and a crime gerund with its object dates the crime (the sentence's other date,
    // if any, dates the trigger). The trigger itself stands outside the charge.
    let in_charge = |t: &TimeMention| {
        let before = text
            .get(sentence.start as usize..t.span.start as usize)
            .unwrap_or("");
        let Some(at) = before.rfind(" of ") else {
            return false;
        };
        let charge_start = sentence.start + at as u32;
        if trigger.start >= charge_start && trigger.start < t.span.start {
            return false;
        }
        let rest = &before[at + 4..];
        let mut rest_words = rest.split_whitespace();
        let Some(gerund) = rest_words.next() else {
            return false;
        };
        let object_words = rest_words.count();
        gerund.len() > 4
            && gerund.ends_with("ing")
            && grammar.crime_nouns.iter().any(|c| c == gerund)
            && (2..=8).contains(&object_words)
            && !rest.contains([',', ';', '(', ')'])
    };
    // "At least 129 people were executed, the highest number since the death penalty
    // was restored in 2004": a date after a since-clause with its own passive verb
    // dates that verb, not the trigger before it.
    let since_clause = |t: &TimeMention| {
        trigger.end <= t.span.start
            && text
                .get(trigger.end as usize..t.span.start as usize)
                .and_then(|gap| gap.rfind(" since ").map(|at| &gap[at + 7..]))
                .is_some_and(|rest| {
                    !rest.contains([',', ';', '(', ')'])
                        && word_count(rest) <= 10
                        && (words
                            .passive_auxiliaries
                            .iter()
                            .any(|a| rest.contains(a.as_str()))
                            // "since it seized power in February 2021": a clause
                            // with its own subject.
                            || rest
                                .split_whitespace()
                                .next()
                                .is_some_and(|w| has(&words.subject_pronouns, w)))
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
    // "38 executions in 2023, up from 6 in 2022, while X executed 8 people": the
    // date of a comparison's earlier count dates nothing else.
    let comparison = |t: &TimeMention| {
        if trigger.start <= t.span.start && t.span.start < trigger.end {
            return false;
        }
        let before = text
            .get(sentence.start as usize..t.span.start as usize)
            .unwrap_or("")
            .to_ascii_lowercase();
        let mut rest = before.trim_end();
        for p in ["in", "during", "for"] {
            if let Some(r) = rest.strip_suffix(p).filter(|r| r.ends_with(' ')) {
                rest = r.trim_end();
                break;
            }
        }
        let Some((lead, count)) = rest.rsplit_once(' ') else {
            return false;
        };
        count.chars().any(|c| c.is_ascii_digit())
            && count.chars().all(|c| c.is_ascii_digit() || c == ',')
            && words
                .comparison_leads
                .iter()
                .any(|w| lead.ends_with(&format!(" {w}")) || lead == w)
    };
    let in_clause = cands
        .iter()
        .filter(|t| {
            clause.contains(t.span)
                && !comparison(t)
                && !owned_by_other(t)
                && !attributive(t)
                && !of_crime(t)
                && !qualifier_date(t)
                && !in_charge(t)
                && !since_clause(t)
                && !object_participle(t)
        })
        .min_by_key(|t| distance(t));
    let fallback = cands
        .iter()
        .filter(|t| clause.contains(t.span) && !owned_by_other(t) && !since_clause(t))
        .min_by_key(|t| distance(t));
    // "It was alleged that on 23 August 2008 at X, the appellant murdered ...": a
    // date opening a verb of saying's complement opens the clause the trigger is in.
    let complement = speech_complement(text, grammar, sentence, trigger);
    let initial = cands.iter().find(|t| {
        let from = complement
            .filter(|&c| c <= t.span.start)
            .unwrap_or(sentence.start);
        let before = text.get(from as usize..t.span.start as usize).unwrap_or("");
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
                && !comparison(t)
                && !owned_by_other(t)
                && !attributive(t)
                && !of_crime(t)
                && !qualifier_date(t)
                && !in_charge(t)
                && !since_clause(t)
                && !across_semicolon(t)
                && !object_participle(t)
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
            if words
                .clause_breakers
                .iter()
                .any(|b| b != "," && rest.contains(b.as_str()))
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
    // "X was convicted of the 1991 murder of Y and sentenced to death in 1996": with
    // no date of its own (the year names the crime), a predicate coordinated before
    // another shares the date that closes the other.
    let shared_after = cands.iter().find(|t| {
        trigger.end <= t.span.start
            && others.iter().any(|o| {
                !o.overlaps(trigger)
                    && trigger.end <= o.start
                    && o.end <= t.span.start
                    && text
                        .get(trigger.end as usize..o.start as usize)
                        .is_some_and(|gap| coordinating_gap(gap, 12))
                    && text
                        .get(o.end as usize..t.span.start as usize)
                        .is_some_and(|gap| {
                            closing_gap(
                                words,
                                gap,
                                text.get(trigger.end as usize..o.start as usize)
                                    .unwrap_or(""),
                            )
                        })
            })
    });
    // "today signed the Act No. 9 of 2023, which abolishes the death penalty": a
    // relative clause on the main clause's object takes the main clause's date.
    let relative_on_object = text
        .get(sentence.start as usize..trigger.start as usize)
        .is_some_and(|b| b.ends_with(", which ") || b.ends_with(", which will "))
        .then(|| {
            cands
                .iter()
                .filter(|t| {
                    t.span.end <= trigger.start
                        && !attributive(t)
                        && !of_crime(t)
                        && !across_semicolon(t)
                })
                .min_by_key(|t| distance(t))
        })
        .flatten();
    // "In the May 9 election the coalition won, and on May 10, X was sworn in": a
    // date that opens a coordinated clause ("and on D,") dates that clause's trigger.
    let coordinate_opening = cands.iter().rev().find(|t| {
        t.span.end <= trigger.start
            && !owned_by_other(t)
            && text
                .get(sentence.start as usize..t.span.start as usize)
                .is_some_and(|before| {
                    let mut before = before.to_ascii_lowercase();
                    // The tagger may keep the preposition in the date ("in March").
                    if let Some((lead, _)) = t.span.slice(text).split_once(' ') {
                        if matches!(lead.to_ascii_lowercase().as_str(), "on" | "in") {
                            before.push_str(&lead.to_ascii_lowercase());
                            before.push(' ');
                        }
                    }
                    words
                        .coordinated_openers
                        .iter()
                        .any(|o| before.ends_with(o.as_str()))
                })
            && text
                .get(t.span.end as usize..trigger.start as usize)
                .is_some_and(|gap| {
                    word_count(gap) <= 8
                        && !words
                            .clause_breakers
                            .iter()
                            .any(|b| b != "," && gap.contains(b.as_str()))
                })
    });
    let aside_closed = cands
        .iter()
        .find(|t| closes_after_aside(text, words, sentence, trigger, t.span));
    let Some(chosen) = inside
        .or(in_clause)
        .or(aside_closed)
        .or(coordinate_opening)
        .or(when_antecedent)
        .or(initial)
        .or(nearest)
        .or(shared_after)
        .or(relative_on_object)
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
        // "passed by the lower house on 3 April and by the upper house on 11
        // April": the agent phrase repeated with a date of its own.
        let repeated_agent = words.repeated_agents.iter().any(|a| {
            gap.strip_prefix(a.as_str()).is_some_and(|rest| {
                (rest.ends_with(" on ") || rest.ends_with(" in "))
                    && word_count(rest) <= 7
                    && !rest.contains([',', ';', '(', ')'])
            })
        });
        // "on the 12th March, 2024 and the 13th March, 2024 respectively": an
        // ordinal day keeps its article.
        let ordinal_day = gap.eq_ignore_ascii_case(" and the ")
            && text.get(t.span.start as usize..).is_some_and(|rest| {
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                (1..=2).contains(&digits)
                    && ["st ", "nd ", "rd ", "th "]
                        .iter()
                        .any(|o| rest[digits..].to_ascii_lowercase().starts_with(o))
            });
        if is_coordination(words, gap) || repeated_agent || ordinal_day {
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
        if is_coordination(words, gap) {
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
    // "arrested on 4 and 5 May, two days after the killing of X": an after-phrase's
    // noun takes no chain of the clause's dates (see below).
    if chain.len() > 1
        && chosen.span.end <= trigger.start
        && text
            .get(trigger.range())
            .unwrap_or("")
            .to_ascii_lowercase()
            .starts_with("after ")
    {
        return DateChoice::None;
    }
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
    // "arrested on Monday, two days after the killing of X": the noun of an
    // after-phrase lies that many days before the date of the clause it hangs on;
    // with no such count, that date is not its own.
    if chosen.span.end <= trigger.start {
        let lead = text.get(trigger.range()).unwrap_or("").to_ascii_lowercase();
        if lead.starts_with("after ") {
            return before_by_duration(text, times, trigger, v).map_or(DateChoice::None, |d| {
                DateChoice::One(TimeValue::point(d), chosen.span)
            });
        }
        // "died on 27 May, a day after being arrested", "two days after having been
        // detained": the passive after-phrase's event lies that many days before the
        // clause's day (with no count, the clause's day stays, as before).
        if let Some(n) = after_being(text, chosen.span.end, trigger)
            .and_then(|at| days_before(text, times, at).or_else(|| the_day_before(text, at)))
        {
            let day = v.start.filter(|s| Some(*s) == v.end && s.day.is_some());
            return day
                .and_then(|day| crate::time::add_days(day, -n))
                .map_or(DateChoice::None, |d| {
                    DateChoice::One(TimeValue::point(d), chosen.span)
                });
        }
    }
    if chosen.span.end <= trigger.start {
        let between = text
            .get(chosen.span.end as usize..trigger.start as usize)
            .unwrap_or("");
        if words.later.iter().any(|w| between.contains(w.as_str())) {
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

/// "acquitted Nasreen Akhtar, who had spent 11 years on death row, on October 12",
/// "upheld the death sentence of X, a former officer convicted of murder, on December
/// 5": a date set off by a comma at the end of the sentence, after an aside (a relative
/// clause or an apposition) on the trigger's short object, closes the main clause, not
/// the aside.
fn closes_after_aside(
    text: &str,
    words: &EventWords,
    sentence: Span,
    trigger: Span,
    date: Span,
) -> bool {
    let (Some(gap), Some(rest)) = (
        text.get(trigger.end as usize..date.start as usize),
        text.get(date.end as usize..sentence.end as usize),
    ) else {
        return false;
    };
    let gap = gap.trim_end();
    let gap = gap
        .strip_suffix(" on")
        .or_else(|| gap.strip_suffix(" in"))
        .unwrap_or(gap);
    let Some((object, aside)) = gap.strip_suffix(',').and_then(|g| g.split_once(',')) else {
        return false;
    };
    let opener = aside
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let opens_aside = !opener.is_empty()
        && (has(&words.relatives, &opener)
            || has(&words.object_determiners, &opener)
            || opener.bytes().all(|b| b.is_ascii_digit()));
    let rest = rest.trim_start();
    word_count(object) <= 6
        && !words
            .clause_breakers
            .iter()
            .any(|b| b != "," && object.contains(b.as_str()))
        && opens_aside
        && word_count(aside) <= 20
        && !aside.contains([',', ';', '(', ')'])
        && (rest.is_empty() || rest.starts_with(['.', ',', ';']))
}

/// Where the "that" clause of a verb of saying or finding that holds `trigger`
/// begins ("The activist said in November that | he had been tortured", "the panel
/// concluded, in a statement on 3 May, that | ..."): the verb stands among the seven
/// words before the "that", and no semicolon or colon parts the clause from the
/// trigger.
pub(super) fn speech_complement(
    text: &str,
    grammar: &Grammar,
    sentence: Span,
    trigger: Span,
) -> Option<u32> {
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

/// Where a relative clause in the past perfect that holds `trigger` begins ("a woman
/// who | had been convicted"): a relative pronoun, then a past-perfect auxiliary, then
/// at most two words ("been", "previously") before the trigger.
fn pluperfect_relative(
    text: &str,
    grammar: &Grammar,
    words: &EventWords,
    sentence: Span,
    trigger: Span,
) -> Option<u32> {
    let before = text.get(sentence.start as usize..trigger.start as usize)?;
    let tail: Vec<(usize, &str)> = before
        .split(' ')
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let n = tail.len();
    (2..=4).filter(|&back| back <= n).find_map(|back| {
        let (at, rel) = tail[n - back];
        let aux = tail[n - back + 1].1;
        (words.relatives.iter().any(|r| r.eq_ignore_ascii_case(rel))
            && grammar
                .past_perfect
                .iter()
                .any(|p| p.eq_ignore_ascii_case(aux)))
        .then_some(sentence.start + (at + rel.len()) as u32)
    })
}

/// The day `days` (a duration right before `trigger`: "two days | after the killing",
/// "a week | after") before the day `v`, when `v` is one day and the duration counts
/// days or weeks.
fn before_by_duration(
    text: &str,
    times: &[TimeMention],
    trigger: Span,
    v: TimeValue,
) -> Option<PartialDate> {
    let day = v.start.filter(|s| Some(*s) == v.end && s.day.is_some())?;
    crate::time::add_days(day, -days_before(text, times, trigger.start)?)
}

/// Where the "after" of an after-phrase that ends right at `trigger` begins ("..., a
/// day | after being | arrested", "after having been | detained", "two days | after
/// his | arrest"), the phrase after the date (`from`) and before the trigger.
fn after_being(text: &str, from: u32, trigger: Span) -> Option<u32> {
    let gap = text.get(from as usize..trigger.start as usize)?;
    let lower = gap.to_ascii_lowercase();
    // The possessive may open the trigger itself ("his arrest").
    let own = text
        .get(trigger.range())?
        .to_ascii_lowercase()
        .split(' ')
        .next()
        .map(|w| format!("after {w} "))?;
    AFTER_OWN.iter().find_map(|p| {
        let head = lower
            .strip_suffix(p)
            .or_else(|| (*p == own).then(|| lower.strip_suffix("after ")).flatten())?;
        head.ends_with(' ').then(|| from + head.len() as u32)
    })
}

/// The phrases that open an after-phrase on the subject's own earlier event ("a day
/// after being arrested", "two days after his arrest").
pub(super) const AFTER_OWN: [&str; 5] = [
    "after being ",
    "after having been ",
    "after his ",
    "after her ",
    "after their ",
];

/// "the day | after": one day, a count the tagger reads as no duration.
fn the_day_before(text: &str, at: u32) -> Option<i32> {
    let head = text.get(..at as usize)?.trim_end().to_ascii_lowercase();
    head.ends_with(" the day").then_some(1)
}

/// The days (1 to 60) a duration of days or weeks right before `at` counts ("two days
/// | after", "a week | after").
fn days_before(text: &str, times: &[TimeMention], at: u32) -> Option<i32> {
    let dur = times.iter().find(|t| {
        t.is_duration
            && t.span.end <= at
            && text
                .get(t.span.end as usize..at as usize)
                .is_some_and(|gap| gap.trim().is_empty())
    })?;
    let iso = dur.duration.as_deref()?.strip_prefix('P')?;
    let (n, unit) = iso.split_at(iso.len().checked_sub(1)?);
    let n: i32 = n.parse().ok()?;
    let days = match unit {
        "D" => n,
        "W" => 7 * n,
        _ => return None,
    };
    (1..=60).contains(&days).then_some(days)
}

/// "Ostrovsky was arrested two days after the killing of X on 14 August 2022", "Musa
/// was arrested two days after the robbery" (the robbery dated in the sentence before):
/// an undated event told as days or weeks after a crime takes the crime's day moved on
/// by that count (a month's crime, the month moved on). The crime is the one its noun
/// opens, else the paragraph's last dated crime before the sentence.
pub(super) fn after_a_dated_crime(input: &Input, out: &mut [Event]) {
    let text = input.text;
    let crimes = &input.rules.event_kinds.crimes;
    let grammar = &input.rules.grammar;
    for i in 0..out.len() {
        let e = &out[i];
        if e.date.is_some() || e.modality != Modality::Asserted || crimes.contains(&e.kind) {
            continue;
        }
        let Some(idx) = sentence_at(input.sentences, e.trigger.start) else {
            continue;
        };
        let sentence = input.sentences[idx];
        let Some(tail) = text.get(e.trigger.end as usize..sentence.end as usize) else {
            continue;
        };
        let lower = tail.to_ascii_lowercase();
        let Some((at, len)) = grammar
            .after_crime
            .iter()
            .filter_map(|p| Some((lower.find(&format!(" {p} "))?, p.len() + 1)))
            .min()
        else {
            continue;
        };
        if word_count(&tail[..at]) > 10 || tail[..at].contains([',', ';', '(']) {
            continue;
        }
        let after = e.trigger.end + at as u32 + 1;
        let Some(days) = days_before(text, input.times, after) else {
            continue;
        };
        // The crime's trigger opens at "after" ("after the killing of") or its noun.
        let named = after..=after + len as u32;
        // "after the robbery", "after the armed robbery", "after the raid" (the crime's
        // own trigger "raided"): only a crime's noun calls on the paragraph's crime.
        let nouns: Vec<&str> = lower[at + 1 + len..]
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .take(2)
            .collect();
        let crime_noun = |p: &Event| {
            let trigger = text
                .get(p.trigger.start as usize..p.trigger.end as usize)
                .unwrap_or_default()
                .to_ascii_lowercase();
            nouns.iter().any(|n| {
                grammar.crime_nouns.iter().any(|c| c == n)
                    || (n.len() >= 4
                        && trigger
                            .split_whitespace()
                            .any(|w| w.len() >= 4 && (w.starts_with(n) || n.starts_with(w))))
            })
        };
        // A sentence that opens its paragraph ("Agents arrested him three days after
        // the killing", the killing told in the paragraph before) looks back one more.
        let paragraph = match paragraph_start(input, idx) {
            p if p == sentence.start && idx > 0 => paragraph_start(input, idx - 1),
            p => p,
        };
        let donor = out
            .iter()
            .filter(|p| crimes.contains(&p.kind) && p.modality == Modality::Asserted)
            .filter(|p| {
                named.contains(&p.trigger.start)
                    || (p.span.end <= sentence.start && p.span.start >= paragraph && crime_noun(p))
            })
            .max_by_key(|p| (named.contains(&p.trigger.start), p.span.start));
        let Some(date) = donor.and_then(|p| p.date).and_then(|d| moved_on(d, days)) else {
            continue;
        };
        let date_span = donor.and_then(|p| p.date_span);
        out[i].date = Some(date);
        out[i].date_span = date_span;
    }
}

/// "9 October – The military court sentences a man to death in absentia ...": a line of
/// a chronicle that opens with a day set off by a dash or a colon dates the undated
/// events its first sentence tells (not one told in the past perfect, an act before that
/// day). A bullet's text is no sentence of the day's own syntax, so the day attaches
/// to no verb by itself.
pub(super) fn line_day(input: &Input, out: &mut [Event]) {
    let text = input.text;
    for e in out.iter_mut() {
        if e.date.is_some() || matches!(e.modality, Modality::Negated | Modality::Planned) {
            continue;
        }
        let at = e.trigger.start as usize;
        let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let lead = &text[line_start..at];
        let markup = lead.len()
            - lead
                .trim_start_matches(['*', '-', '#', ' ', '\t', '•'])
                .len();
        let opens = (line_start + markup) as u32;
        let from = input.times.partition_point(|t| t.span.start < opens);
        let Some(t) = input.times[from..]
            .iter()
            .take_while(|t| t.span.start == opens)
            .find(|t| !t.is_duration && t.span.end as usize <= at)
        else {
            continue;
        };
        let Some(v) = t
            .value
            .filter(|v| v.is_point() && v.start.is_some_and(|d| d.day.is_some()))
        else {
            continue;
        };
        let rest = text[t.span.end as usize..at].trim_start();
        if !["–", "—", "-", ":"].iter().any(|d| rest.starts_with(d)) {
            continue;
        }
        let Some(idx) = sentence_at(input.sentences, e.trigger.start) else {
            continue;
        };
        // The entry's own first sentence only: "His family says he was tortured" after
        // it is another voice.
        let sentence = input.sentences[idx];
        if !sentence.contains(t.span) {
            continue;
        }
        if is_past_perfect(text, input.rules, sentence, e.trigger) {
            continue;
        }
        e.date = Some(v);
        e.date_span = Some(t.span);
    }
}

/// "On 11 May 2024 police arrested X ... Her colleague was arrested the same evening",
/// "Police arrested him the next morning" (the crime's day told before): an undated
/// asserted event whose trigger is followed, within six words, by a phrase of
/// `same_day_after` or `next_day_after` takes the last day its paragraph gave before
/// its sentence, or that day's next, when that day is written in full. A paragraph with
/// no such day leaves it undated.
pub(super) fn same_or_next_day(input: &Input, out: &mut [Event]) {
    let text = input.text;
    let grammar = &input.rules.grammar;
    if grammar.same_day_after.is_empty()
        && grammar.next_day_after.is_empty()
        && grammar.same_day_before.is_empty()
    {
        return;
    }
    for e in out.iter_mut() {
        if e.date.is_some() || e.modality != Modality::Asserted {
            continue;
        }
        let Some(idx) = sentence_at(input.sentences, e.trigger.start) else {
            continue;
        };
        let sentence = input.sentences[idx];
        let Some(tail) = text.get(e.trigger.end as usize..sentence.end as usize) else {
            continue;
        };
        let tail = format!(
            " {} ",
            tail.split_whitespace()
                .take(10)
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase()
        );
        let near = |phrases: &[String]| {
            phrases.iter().any(|p| {
                tail.find(&format!(" {p}")).is_some_and(|at| {
                    word_count(&tail[..at]) <= 6 && !tail[..at].contains([',', ';'])
                })
            })
        };
        // "The same jury acquitted Mr. B": the body or sitting of the day just told,
        // named in its own sentence up to the trigger's end, which may hold it
        // ("jury acquitted"); "later" moves it on.
        let head = format!(
            " {} ",
            text.get(sentence.start as usize..e.trigger.end as usize)
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase()
        );
        let same_body = grammar
            .same_day_before
            .iter()
            .any(|p| head.contains(&format!(" {p} ")) || head.contains(&format!(" {p},")))
            && !head.contains(" later ")
            && !head.contains(" subsequently ");
        let shift = if near(&grammar.next_day_after) {
            1
        } else if near(&grammar.same_day_after) || same_body {
            0
        } else {
            continue;
        };
        let paragraph = paragraph_start(input, idx);
        let last = input
            .times
            .iter()
            .rfind(|t| !t.is_duration && t.span.start >= paragraph && t.span.end <= sentence.start);
        // Only a day written in full: a day the tagger read from another ("On 20 June"
        // under some year) would carry its guess on.
        let Some((value, span)) = last
            .filter(|t| t.anchor == Some(dossier_model::Anchor::Absolute))
            .and_then(|t| Some((t.value?, t.span)))
        else {
            continue;
        };
        let Some(day) = value
            .start
            .filter(|s| s.day.is_some() && value.end.is_none_or(|e| e == *s))
        else {
            continue;
        };
        let Some(day) = crate::time::add_days(day, shift) else {
            continue;
        };
        e.date = Some(TimeValue::point(day));
        e.date_span = Some(span);
    }
}

/// Where the paragraph of sentence `idx` begins (its first sentence with no blank line
/// before it).
fn paragraph_start(input: &Input, mut idx: usize) -> u32 {
    while idx > 0 && previous_in_paragraph(input, idx).is_some() {
        idx -= 1;
    }
    input.sentences[idx].start
}

/// A day or a month moved on by `days`: the day that many days later, the month's
/// days each that many days later.
fn moved_on(v: TimeValue, days: i32) -> Option<TimeValue> {
    let start = v.start.filter(|s| v.end.is_none_or(|e| e == *s))?;
    match (start.month, start.day) {
        (Some(_), Some(_)) => crate::time::add_days(start, days).map(TimeValue::point),
        (Some(month), None) => {
            let first = PartialDate::day(start.year, month, 1);
            let last = PartialDate::day(
                start.year,
                month,
                dossier_model::days_in_month(start.year, month),
            );
            Some(TimeValue::range(
                crate::time::add_days(first, days)?,
                crate::time::add_days(last, days)?,
            ))
        }
        _ => None,
    }
}

/// Whether the words between a second coordinated predicate and a date leave the date
/// closing it: at most three words ("sentenced to death | in | 1996"), or the court that
/// acted ("sentenced to death | by the High Court | on 30 January 2018"), with no comma,
/// semicolon or parenthesis and no clause of its own. The court only when the first
/// predicate's words (`first`) hold no time of their own ("detained three weeks after
/// the riot and sentenced ... by the High Court in May 2011": the detention is not May).
fn closing_gap(words: &EventWords, gap: &str, first: &str) -> bool {
    if gap.contains([',', ';', '(']) {
        return false;
    }
    let n = word_count(gap);
    if n <= 3 {
        return true;
    }
    let lower = gap.trim().to_ascii_lowercase();
    let Some(agent) = lower.strip_prefix("by ") else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    let timed = first.split_whitespace().any(|w| {
        has(&words.own_time_words, w) || (w.len() == 4 && w.chars().any(|c| c.is_ascii_digit()))
    });
    !timed
        && n <= 7
        && !agent
            .split_whitespace()
            .any(|w| has(&words.agent_phrase_stops, w))
}

/// Whether the words between two predicates join them ("convicted of murder | and |
/// sentenced"): an " and " within `max_words` words, no comma, semicolon or parenthesis.
fn coordinating_gap(gap: &str, max_words: usize) -> bool {
    gap.contains(" and ") && !gap.contains([',', ';', '(']) && word_count(gap) <= max_words
}

/// Where the object of a verb of reaction that holds a nominal `trigger` begins
/// ("UN experts today expressed alarm at | the execution of 81 men on Saturday"):
/// the reaction stands among the six words before the trigger, with no clause
/// breaker between them. A date before it dates the reaction.
pub(super) fn reaction_object(
    text: &str,
    words: &EventWords,
    sentence: Span,
    trigger: Span,
) -> Option<u32> {
    let before = text.get(sentence.start as usize..trigger.start as usize)?;
    let lower = before.to_ascii_lowercase();
    let (at, cue) = words
        .reactions
        .iter()
        .filter_map(|r| {
            lower
                .match_indices(r.as_str())
                .filter(|(i, _)| {
                    lower[..*i].ends_with(' ') && lower[i + r.len()..].starts_with(' ')
                })
                .last()
                .map(|(i, _)| (i, r.len()))
        })
        .max_by_key(|&(i, _)| i)?;
    let tail = &before[at + cue..];
    if word_count(tail) > 6
        || words
            .clause_breakers
            .iter()
            .any(|b| tail.contains(b.as_str()))
    {
        return None;
    }
    Some(sentence.start + (at + cue) as u32)
}

/// Whether a date stands in a clause the event came before: "Prior to being moved
/// to the capital in 2021, he had been held", "he was beaten before being moved in
/// 2021" (one of `before_words` followed by a gerund or a possessive).
pub(super) fn closes_before(
    text: &str,
    grammar: &Grammar,
    sentence: Span,
    date: Span,
    trigger: Span,
) -> bool {
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

/// "... later had their sentences changed": an undated event told as later than the
/// previous sentence of the paragraph starts at that sentence's last date.
pub(super) fn later_than_before(
    input: &Input,
    sentence: usize,
    trigger: Span,
) -> Option<(TimeValue, Span)> {
    let text = input.text;
    let s_span = input.sentences[sentence];
    let lead = text
        .get(s_span.start as usize..trigger.start as usize)?
        .to_lowercase();
    let later = &input.rules.event_words.later;
    if !(lead.starts_with("later") || later.iter().any(|w| lead.contains(w.as_str()))) {
        return None;
    }
    let prev = previous_in_paragraph(input, sentence)?;
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
    from_then_on(last)
}

/// The sentence before `sentence` when it is in the same paragraph (no blank line
/// between them).
pub(super) fn previous_in_paragraph(input: &Input, sentence: usize) -> Option<Span> {
    let prev = *input.sentences.get(sentence.checked_sub(1)?)?;
    let this = input.sentences[sentence];
    let gap = input.text.get(prev.end as usize..this.start as usize)?;
    (!gap.contains("\n\n")).then_some(prev)
}

/// An open range from a date on ("later", "since then"), with the date's span.
fn from_then_on((value, span): (TimeValue, Span)) -> Option<(TimeValue, Span)> {
    let start = value.start.or(value.end)?;
    Some((
        TimeValue {
            start: Some(start),
            end: None,
        },
        span,
    ))
}

/// "No one has been executed since 1991; the country has observed a moratorium since
/// then": an undated event whose clause goes on with `since_then` runs from the last
/// date before its trigger, in its sentence or else the one before it in the
/// paragraph.
pub(super) fn since_then(
    input: &Input,
    sentence: usize,
    trigger: Span,
) -> Option<(TimeValue, Span)> {
    let text = input.text;
    let s_span = input.sentences[sentence];
    let tail = text.get(trigger.end as usize..s_span.end as usize)?;
    let clause_end = tail.find([';', '.', ',']).unwrap_or(tail.len());
    let clause = tail[..clause_end].to_ascii_lowercase();
    let words = &input.rules.event_words.since_then;
    if !words
        .iter()
        .any(|w| format!("{clause} ").contains(&format!("{w} ")))
    {
        return None;
    }
    let last_before = |span: Span, until: u32| {
        input
            .times
            .iter()
            .filter(|t| span.contains(t.span) && t.span.end <= until && !t.is_duration)
            .filter_map(|t| Some((t.value?, t.span)))
            .next_back()
    };
    let found = last_before(s_span, trigger.start).or_else(|| {
        let prev = previous_in_paragraph(input, sentence)?;
        last_before(prev, prev.end)
    })?;
    from_then_on(found)
}

/// Whether a trigger is told in the past perfect ("had been convicted", "had
/// previously been beaten"): an auxiliary of `past_perfect` among the six words
/// before it, with no punctuation in between.
pub(super) fn is_past_perfect(text: &str, rules: &Rules, sentence: Span, trigger: Span) -> bool {
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
pub(super) fn is_plural_summary(input: &Input, sentence: Span, trigger: Span) -> bool {
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
pub(super) fn whole_years(period: TimeValue) -> TimeValue {
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

/// "Its last execution took place in 1913, and the Criminal Code Amendment Act 1922
/// abolished ...", "the death penalty was abolished there by the ... Act 1984": a law
/// named with its year as the trigger's agent dates what it did, unless one of the
/// sentence's dates (`cands`) stands in the trigger's own clause (no clause break
/// between them).
pub(crate) fn law_agent_date(
    text: &str,
    rules: &Rules,
    sentence: Span,
    trigger: Span,
    cands: &[&TimeMention],
) -> Option<DateChoice> {
    let year = law_agent_year(text, rules, sentence, trigger)?;
    let broken = |gap: &str| {
        gap.contains([';', ':', '.'])
            || gap.contains(", and ")
            || gap.contains(", but ")
            || gap.contains(" while ")
    };
    let own = cands.iter().any(|t| {
        let gap = if t.span.end <= trigger.start {
            text.get(t.span.end as usize..trigger.start as usize)
        } else {
            text.get(trigger.end as usize..t.span.start as usize)
        };
        gap.is_some_and(|g| !broken(g)) && !in_law_name(text, rules, t.span)
    });
    (!own).then(|| DateChoice::One(TimeValue::point(PartialDate::year(year.0)), year.1))
}

/// "the Criminal Code Amendment Act 1922 abolished ...", "was abolished there by the
/// Acts Amendment (Abolition of Capital Punishment) Act 1984": the year of a law named
/// right before the trigger as its subject, or after it behind "by" in the same clause
/// (a law head of `law.name_heads`, then the year, or "of" and the year).
pub(super) fn law_agent_year(
    text: &str,
    rules: &Rules,
    sentence: Span,
    trigger: Span,
) -> Option<(i32, Span)> {
    let heads = &rules.law.name_heads;
    let is_head = |w: &str| heads.iter().any(|h| h == w);
    let year_of = |w: &str| -> Option<i32> {
        let w = w.trim_end_matches([',', '.', ';', ':', ')']);
        (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|y| (1700..=2100).contains(y))
    };
    // Words with their byte offsets.
    let words_of = |from: u32, to: u32| -> Vec<(u32, &str)> {
        let Some(s) = text.get(from as usize..to as usize) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut at = 0usize;
        for w in s.split_whitespace() {
            let i = s[at..].find(w).map_or(at, |i| at + i);
            out.push((from + i as u32, w));
            at = i + w.len();
        }
        out
    };
    // Before: "... Act 1922 abolished", "... Act of 1922 abolished".
    let before = words_of(sentence.start, trigger.start);
    let n = before.len();
    if n >= 2 {
        let (at, last) = before[n - 1];
        if let Some(y) = year_of(last).filter(|_| !last.ends_with(',')) {
            let head = if before[n - 2].1 == "of" && n >= 3 {
                before[n - 3].1
            } else {
                before[n - 2].1
            };
            if is_head(head) {
                return Some((y, Span::new(at as usize, at as usize + 4)));
            }
        }
    }
    // After: "abolished there by the ... Act 1984".
    let end = sentence.end.min(trigger.end + 160);
    let after = words_of(trigger.end, end);
    let mut by = false;
    for (i, &(at, w)) in after.iter().enumerate() {
        if i > 16 || w.ends_with([';', ':']) {
            break;
        }
        if w == "by" {
            by = true;
            continue;
        }
        if let Some(y) = year_of(w) {
            let head = match i {
                0 => "",
                _ if after[i - 1].1 == "of" && i >= 2 => after[i - 2].1,
                _ => after[i - 1].1,
            };
            if by && is_head(head) {
                return Some((y, Span::new(at as usize, at as usize + 4)));
            }
            break;
        }
        if w.ends_with(',') && !by {
            break;
        }
    }
    None
}

/// A life span set after a name, as an encyclopedia's lead gives it ("Kagiso Dintwe (14
/// August 1979 – 4 February 2021) was a farm labourer who was hanged ..."): an event
/// that ends a life (`deaths`) is of its last day; it dates no other event.
pub(super) fn life_spans(text: &str, rules: &Rules, mentions: &[Mention], events: &mut [Event]) {
    for e in events.iter_mut() {
        let (Some(value), Some(span)) = (e.date, e.date_span) else {
            continue;
        };
        if !is_life_span(text, mentions, value, span) {
            continue;
        }
        if rules.event_kinds.deaths.contains(&e.kind) {
            e.date = value.end.map(TimeValue::point);
        } else {
            e.date = None;
            e.date_span = None;
        }
    }
}

/// Whether a range of 15 years or more stands in brackets right after a person's name
/// ("Under the Franco regime (1939–1975)" is a regime's span, no life).
fn is_life_span(text: &str, mentions: &[Mention], value: TimeValue, span: Span) -> bool {
    let (Some(from), Some(to)) = (value.start, value.end) else {
        return false;
    };
    let before = text.get(..span.start as usize).unwrap_or("").trim_end();
    let after = text.get(span.end as usize..).unwrap_or("").trim_start();
    to.year - from.year >= 15
        && after.starts_with(')')
        && before.strip_suffix('(').is_some_and(|b| {
            let b = b.trim_end();
            // A lead opening on the name alone ("Kagiso Dintwe (1979 – 2021) was ...")
            // holds only capitalised words before the bracket.
            let lead = b
                .rsplit(['.', '\n'])
                .next()
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>();
            b.ends_with(char::is_alphabetic)
                && (mentions
                    .iter()
                    .any(|m| m.kind == MentionKind::Person && m.span.end as usize == b.len())
                    || (1..=5).contains(&lead.len())
                        && lead.iter().all(|w| w.starts_with(char::is_uppercase)))
        })
}
