//! Trigger finding: a rule's pattern matched in its sentence (gaps, appositions and
//! quotations counted), and the checks a trigger must pass to stand (counts, dates,
//! participles qualifying a noun, quoted charges).

use super::*;

/// Whether a count stands right before the trigger ("249 executions", "at least
/// four recorded executions"): one lower-case word may come between.
pub(super) fn counted(input: &Input, trigger: Span) -> bool {
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
            // "a crowd of several hundred watched the hangings": a count before a
            // function word ("the") counts something else.
            && !words
                .iter()
                .any(|w| input.rules.grammar.function_words.iter().any(|f| f == w))
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

/// Whether the trigger is the first word of its sentence (quotes and numbering aside).
pub(super) fn opens(text: &str, sentence: Span, trigger: Span) -> bool {
    text.get(sentence.start as usize..trigger.start as usize)
        .is_some_and(|lead| {
            lead.chars()
                .all(|c| !c.is_alphanumeric() || c.is_ascii_digit())
        })
}

/// Whether a date follows the trigger at once: only "on", "the", "together",
/// "of" and punctuation between ("Delivered on the 27th day June 2018").
pub(super) fn date_follows(input: &Input, trigger: Span) -> bool {
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

/// Whether a date with its day stands right before the trigger, set off by a colon,
/// with at most a count between ("14.06.2012: sentence of death", "07.05.2019: 7
/// years' imprisonment"): the outcome cell of a court record.
pub(super) fn date_precedes(input: &Input, trigger: Span) -> bool {
    let text = input.text;
    let from =
        crate::quantity::floor_char_boundary(text, (trigger.start as usize).saturating_sub(24));
    let Some(t) = times_in(input.times, Span::new(from, trigger.start as usize))
        .iter()
        .rfind(|t| !t.is_duration && t.span.end <= trigger.start)
        .filter(|t| {
            t.value
                .is_some_and(|v| v.is_point() && v.start.is_some_and(|d| d.day.is_some()))
        })
    else {
        return false;
    };
    let Some(gap) = text.get(t.span.end as usize..trigger.start as usize) else {
        return false;
    };
    let gap = gap.trim_start();
    gap.starts_with(':')
        && gap[1..]
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_ascii_digit()))
        && word_count(&gap[1..]) <= 1
}

/// Whether the trigger's sentence gives it a date of its own.
pub(super) fn dated(input: &Input, sentence: Span, trigger: Span) -> bool {
    attach_date(
        input.text,
        sentence,
        trigger,
        times_in(input.times, sentence),
        &[],
        input.rules,
    ) != DateChoice::None
}

/// "Three men convicted of drug trafficking were executed": a participle qualifying a
/// noun describes the people, it is not a conviction (or sentence) of its own.
/// The words after which a participle is still finite are `finite_before` in the
/// grammar rules ("was convicted", "and convicted").
pub(super) fn is_reduced_relative(text: &str, rules: &Rules, trigger: Span) -> bool {
    let t = trigger.slice(text);
    let after = text.get(trigger.end as usize..).unwrap_or("");
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // "police detained at least 80 persons": a count opened by a preposition is the
    // participle's object.
    let counted = {
        let lower = after.trim_start().to_ascii_lowercase();
        rules
            .grammar
            .count_openers
            .iter()
            .any(|c| lower.starts_with(&format!("{c} ")))
    };
    let prepositional = rules.grammar.participle_prepositions.contains(&next) && !counted;
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
pub(super) fn has_own_day(input: &Input, sentence: Span, trigger: Span) -> bool {
    // "X, convicted of murdering Y on 6 August 2013": that date is the crime's.
    if !trigger
        .slice(input.text)
        .get(..9)
        .is_some_and(|h| h.eq_ignore_ascii_case("sentenced"))
    {
        return false;
    }
    let clause_end = clause_end_after(input.text, sentence, trigger);
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

/// The end of the trigger's own clause: the next comma, semicolon or bracket after it
/// in the sentence, else the sentence's end.
fn clause_end_after(text: &str, sentence: Span, trigger: Span) -> u32 {
    text.get(trigger.end as usize..sentence.end as usize)
        .and_then(|rest| rest.find([',', ';', '(']))
        .map_or(sentence.end, |at| trigger.end + at as u32)
}

/// "with at least four persons sentenced to death in 2023", "12 men executed in
/// 2019": a reduced relative whose noun is counted and whose own clause (up to the next
/// comma) gives a date, to the year at least, is a dated tally of those people, not a
/// description of them.
pub(super) fn counted_and_dated(input: &Input, sentence: Span, trigger: Span) -> bool {
    let text = input.text;
    // Only a sentencing ("persons sentenced to death in 2023"): "nine men convicted of
    // the 2015 killing" and "17 people arrested in 1994 were released" describe people.
    if !trigger
        .slice(text)
        .get(..9)
        .is_some_and(|h| h.eq_ignore_ascii_case("sentenced"))
    {
        return false;
    }
    let Some(before) = text.get(sentence.start as usize..trigger.start as usize) else {
        return false;
    };
    let head_start = before.trim_end().rfind(' ').map_or(0, |k| k + 1);
    let head_start = sentence.start + head_start as u32;
    let counted = input.mentions.iter().any(|m| {
        m.kind == MentionKind::Quantity
            && m.value.is_some()
            && m.span.start < head_start
            && m.span.end >= head_start.saturating_sub(1)
            && m.span.end <= trigger.start
    });
    if !counted {
        return false;
    }
    let clause_end = clause_end_after(text, sentence, trigger);
    times_in(
        input.times,
        Span::new(trigger.end as usize, clause_end as usize),
    )
    .iter()
    .any(|t| {
        // The date right after the sentencing: "sentenced to death in 2023".
        let gap = text
            .get(trigger.end as usize..t.span.start as usize)
            .unwrap_or("x")
            .trim();
        !t.is_duration
            && t.span.end <= clause_end
            && t.value.is_some()
            && matches!(gap, "" | "in" | "on" | "during")
    })
}

/// Whether a trigger stands inside a quotation that names a charge or an offence
/// ('convicted of "fraud executed on a large scale"', 'charged with "..."'): the
/// words name the offence, they tell no event.
pub(super) fn in_quoted_charge(text: &str, rules: &Rules, sentence: Span, trigger: Span) -> bool {
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
pub(super) fn is_numbering(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    rest.strip_prefix('.')
        .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
}

/// Words counted against a pattern's gap: the words of an apposition between two
/// commas ("sentenced X, a senior member of the party, to life") are free, up to
/// `APPOSITION_WORDS` of them.
#[derive(Default)]
pub(super) struct GapWords {
    words: usize,
    in_apposition: bool,
    apposition: usize,
    in_quote: bool,
    quoted: usize,
    /// 1 after a capitalised word, 2 after "and", "of" or "on" inside a run of them.
    title_run: u8,
}

pub(super) const APPOSITION_WORDS: usize = 16;
/// The longest quotation a gap takes as one word (a law's or a charge's title).
pub(super) const QUOTED_WORDS: usize = 16;

pub(super) fn opens_quote(word: &[u8]) -> bool {
    word.starts_with("\u{201c}".as_bytes())
        || word.starts_with(b"\"")
        || word.starts_with("\u{ab}".as_bytes())
}

pub(super) fn closes_quote(word: &[u8]) -> bool {
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
        // A run of capitalised words is one name ("passed a new Press and Publications
        // Act", "sentenced Ali Hassan Mohammed to ..."): its first word counts.
        let capital = word.first().is_some_and(u8::is_ascii_uppercase);
        let bare = !matches!(word.last(), Some(b',' | b';' | b':' | b'.'));
        if !self.in_apposition && bare {
            if capital && self.title_run != 0 {
                self.title_run = 1;
                return;
            }
            if self.title_run == 1 && matches!(word, b"and" | b"of" | b"on") {
                self.title_run = 2;
                return;
            }
        }
        if self.title_run == 2 {
            // The link word held back did not join two capitalised words.
            self.push(false);
        }
        self.title_run = u8::from(capital && bare);
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
        // An apposition or a quotation still open where the match stands counts in full,
        // and so does a link word held back at the end.
        self.words + self.apposition + self.quoted + usize::from(self.title_run == 2)
    }
}

pub(super) fn gap_words(s: &str) -> usize {
    let mut counter = GapWords::default();
    for w in s.split_whitespace() {
        counter.push_word(w.as_bytes());
    }
    counter.count()
}

/// Match the remaining parts of a gapped pattern in order, within the sentence.
pub(super) fn match_rest(
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
            // A gap never crosses a semicolon: "passed the Act; it took effect on D"
            // is the passage and a second clause, not a second trigger.
            if gap_words(&text[pos..at]) > gap || text[pos..at].contains(';') {
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

pub(super) fn rule_allows(input: &Input, rule: &EventRule, sentence: Span, trigger: Span) -> bool {
    if !rule.requires.is_empty()
        && !rule.requires_if_asserted
        && !requires_met(input, rule, sentence)
    {
        return false;
    }
    if !rule.vetoes.is_empty() {
        // One lower-cased copy, then fast substring searches; the leading space lets a
        // veto ask for a word's start (" if " in "If leave is refused", not in "Asif ").
        if vetoed(input, rule, sentence) {
            return false;
        }
    }
    rule_excludes_ok(input, rule, sentence, trigger)
}

/// Whether the sentence holds one of the rule's required phrases (or a person, when
/// the rule allows).
pub(super) fn requires_met(input: &Input, rule: &EventRule, sentence: Span) -> bool {
    let person = || {
        rule.person_satisfies
            && mentions_in(input.mentions, sentence).any(|m| m.kind == MentionKind::Person)
    };
    holds_required(input, rule, sentence)
        || person()
        || (rule.requires_before && required_before(input, rule, sentence).is_some())
}

pub(super) fn holds_required(input: &Input, rule: &EventRule, sentence: Span) -> bool {
    let padded = format!(" {} ", sentence.slice(input.text)).to_ascii_lowercase();
    rule.requires.iter().any(|r| padded.contains(r.as_str()))
}

/// For a rule whose requirement may be met before its sentence (`requires_before`):
/// the nearest of the two sentences before it in its paragraph that holds a required
/// phrase ("... resolution 77/222, adopted on 15 December 2022. | Iran voted against."),
/// unless that sentence holds one of the rule's vetoes ("The European Parliament
/// adopted a resolution ...": what it names is not what the rule is about).
pub(super) fn required_before(input: &Input, rule: &EventRule, sentence: Span) -> Option<Span> {
    let mut idx = sentence_at(input.sentences, sentence.start)?;
    for _ in 0..2 {
        let prev = dating::previous_in_paragraph(input, idx)?;
        if holds_required(input, rule, prev) {
            return (!vetoed(input, rule, prev)).then_some(prev);
        }
        idx -= 1;
    }
    None
}

/// Whether the sentence holds one of the rule's vetoes.
fn vetoed(input: &Input, rule: &EventRule, sentence: Span) -> bool {
    let lower = format!(" {}", sentence.slice(input.text)).to_ascii_lowercase();
    rule.vetoes.iter().any(|v| lower.contains(v.as_str()))
}

pub(super) fn rule_excludes_ok(
    input: &Input,
    rule: &EventRule,
    sentence: Span,
    trigger: Span,
) -> bool {
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
