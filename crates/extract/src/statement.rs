//! Statements about the state of the law: status labels, capital offences,
//! groups excluded from the death penalty, moratoriums in force.
//!
//! A statement says how the law stood ("The Constitution permits the death penalty
//! for terrorist offences"); an event says what changed it. Statements carry the
//! jurisdiction when named (else the document's most mentioned country) and the
//! date when the sentence gives one ("Until 2021, ..." is `/2021`).

use crate::event::{cues_in, modality_of, Input};
use crate::rules::{CueClass, StatementRules};
use dossier_model::{
    Event, EventKind, Mention, MentionKind, Modality, PartialDate, Span, Statement, StatementKind,
    TimeMention, TimeValue,
};
use std::collections::HashMap;

/// Find statements in the sentences of `input`.
pub fn statements(input: &Input) -> Vec<Statement> {
    // Phrases match across hard line wraps (offsets unchanged).
    let flat = crate::text::flatten(input.text, input.sentences);
    let input = &Input {
        text: &flat,
        sentences: input.sentences,
        mentions: input.mentions,
        times: input.times,
        rules: input.rules,
        period: input.period,
    };
    let text = input.text;
    // Rules with no statement section read none.
    let Some(p) = input.rules.compiled().statement.as_ref() else {
        return Vec::new();
    };
    let words = &input.rules.statement;
    let main_country = main_country(input.mentions);
    // Mentions and times by span: each statement looks up its sentence's own.
    let mention_spans = crate::spans::SpanIndex::new(input.mentions.iter().map(|m| m.span));
    let time_spans = crate::spans::SpanIndex::new(input.times.iter().map(|t| t.span));
    let mut out = Vec::new();
    // Only sentences that speak of the death penalty or a moratorium are read.
    let keywords = keyword_sentences(input);
    for &sentence in keywords.iter().filter_map(|&i| input.sentences.get(i)) {
        let s = sentence.slice(text);
        let base = sentence.start as usize;
        let abs = |r: std::ops::Range<usize>| Span::new(base + r.start, base + r.end);
        let ctx = Ctx {
            input,
            cues: &cues_in(text, input.rules, sentence),
            sentence,
            main_country: main_country.as_deref(),
            mention_spans: &mention_spans,
            time_spans: &time_spans,
        };
        for m in p.label.captures_iter(s) {
            let (Some(whole), Some(v)) = (m.get(0), m.get(1)) else {
                continue;
            };
            ctx.push(
                &mut out,
                StatementKind::Status,
                abs(whole.range()),
                status_value(words, v.as_str()),
                None,
                "status.label",
            );
        }
        for m in p.classified.captures_iter(s) {
            let (Some(whole), Some(j), Some(v)) = (m.get(0), m.get(1), m.get(2)) else {
                continue;
            };
            let value = status_value(words, v.as_str());
            ctx.push(
                &mut out,
                StatementKind::Status,
                abs(whole.range()),
                value,
                Some(j.as_str().to_string()),
                "status.classified",
            );
        }
        for m in p.abolished_for.captures_iter(s) {
            let (Some(whole), Some(scope)) = (m.get(0), m.get(1)) else {
                continue;
            };
            let scope = scope.as_str().to_lowercase();
            let scope = words.scopes.get(&scope).unwrap_or(&scope);
            let value = format!("abolitionist_for_{scope}_crimes");
            let mut st = ctx.make(
                StatementKind::Status,
                abs(whole.range()),
                value,
                None,
                "status.abolished_for",
            );
            // "was abolished ... in 2021": the status holds from then on.
            if let Some(d) = st.date.filter(|d| d.is_point()) {
                st.date = Some(TimeValue {
                    start: d.start,
                    end: None,
                });
            }
            out.push(st);
        }
        for m in p.permits.captures_iter(s).chain(p.except.captures_iter(s)) {
            let (Some(whole), Some(list)) = (m.get(0), m.get(1)) else {
                continue;
            };
            let list_text = list.as_str();
            let after_colon = list_text.find(':').map_or(0, |i| i + 1);
            for offence in split_offences(words, &list_text[after_colon..]) {
                ctx.push(
                    &mut out,
                    StatementKind::CapitalOffence,
                    abs(whole.range()),
                    offence,
                    None,
                    "capital_offence.permits",
                );
            }
        }
        for m in p.excluded.captures_iter(s).chain(p.exempt.captures_iter(s)) {
            let (Some(whole), Some(group)) = (m.get(0), m.get(1)) else {
                continue;
            };
            let group = plural_group(words, &last_noun_phrase(words, group.as_str()));
            if group.is_empty() {
                continue;
            }
            let span = abs(whole.range());
            // The negation is the content here, not a modality of the statement.
            let start =
                span.start + (whole.as_str().len() - whole.as_str().trim_start().len()) as u32;
            let mut st = ctx.make(
                StatementKind::ExcludedGroup,
                Span {
                    start,
                    end: span.end,
                },
                group,
                None,
                "excluded_group.cannot",
            );
            st.modality = Modality::Asserted;
            out.push(st);
        }
        for m in p.is_status.captures_iter(s) {
            let (Some(whole), Some(j), Some(v)) = (m.get(0), m.get(1), m.get(2)) else {
                continue;
            };
            // The subject names the jurisdiction only when it is a place ("Chad is
            // retentionist"), not "It" or "The country".
            let j_span = abs(j.range());
            let place = mention_spans
                .first_overlapping(j_span, |i| input.mentions[i].kind == MentionKind::Place)
                .map(|i| &input.mentions[i])
                .map(|m| m.value.clone().unwrap_or_else(|| m.name.clone()));
            ctx.push(
                &mut out,
                StatementKind::Status,
                abs(whole.range()),
                status_value(words, v.as_str()),
                place,
                "status.is",
            );
        }
        for m in p.restricted.captures_iter(s) {
            let (Some(whole), Some(list)) = (m.get(0), m.get(1)) else {
                continue;
            };
            let span = abs(whole.range());
            let list_text = list.as_str();
            let after_colon = list_text.find(':').map_or(0, |i| i + 1);
            for offence in split_offences(words, &list_text[after_colon..]) {
                ctx.push(
                    &mut out,
                    StatementKind::CapitalOffence,
                    span,
                    offence,
                    None,
                    "capital_offence.restricted",
                );
            }
            // Kept only for crimes of war or exceptional times: abolitionist for
            // ordinary crimes from then on.
            let lower = list_text.to_lowercase();
            // "limited the death penalty to the murder of police officers, treason and
            // certain military offences": a list that also holds an ordinary crime
            // (a crime noun other than "crime(s)"/"offence(s)") keeps it for ordinary
            // crimes too.
            let generic = [
                "crime", "crimes", "offence", "offences", "offense", "offenses",
            ];
            let ordinary = lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
                !generic.contains(&w) && ctx.input.rules.grammar.crime_nouns.iter().any(|c| c == w)
            });
            if !ordinary
                && words
                    .wartime_words
                    .iter()
                    .any(|w| lower.contains(w.as_str()))
            {
                let mut st = ctx.make(
                    StatementKind::Status,
                    span,
                    "abolitionist_for_ordinary_crimes".into(),
                    None,
                    "status.restricted",
                );
                if let Some(d) = st.date.filter(|d| d.is_point()) {
                    st.date = Some(TimeValue {
                        start: d.start,
                        end: None,
                    });
                }
                out.push(st);
            }
        }
        for m in p.may_apply.captures_iter(s) {
            let (Some(whole), Some(list)) = (m.get(0), m.get(1)) else {
                continue;
            };
            for offence in split_list(list.as_str()) {
                let offence = offence
                    .trim_start_matches("to ")
                    .trim_start_matches("for ")
                    .trim_matches(['"', '\u{201c}', '\u{201d}'])
                    .to_string();
                // "may be applied" states the law; it is not a hypothesis.
                let mut st = ctx.make(
                    StatementKind::CapitalOffence,
                    abs(whole.range()),
                    offence,
                    None,
                    "capital_offence.may_apply",
                );
                if st.modality == Modality::Hypothetical {
                    st.modality = Modality::Asserted;
                }
                out.push(st);
            }
        }
        for m in p.punishable.captures_iter(s) {
            let (Some(whole), Some(list)) = (m.get(0), m.get(1)) else {
                continue;
            };
            // "Under the penal code of Iran, murder is punishable by death": the
            // offences follow the opening phrase.
            let mut list_text = list.as_str();
            let mut list_start = list.start();
            let lower = list_text.to_lowercase();
            let opener = words
                .list_openers
                .iter()
                .any(|o| lower.starts_with(o.as_str()));
            if let Some(comma) = list_text.find(", ").filter(|_| opener) {
                list_start += comma + 2;
                list_text = &list_text[comma + 2..];
            }
            let span = abs(list_start..whole.end());
            for offence in split_list(list_text) {
                ctx.push(
                    &mut out,
                    StatementKind::CapitalOffence,
                    span,
                    offence,
                    None,
                    "capital_offence.punishable",
                );
            }
        }
        for m in p
            .not_imposed
            .captures_iter(s)
            .chain(p.exempt_from.captures_iter(s))
        {
            let (Some(whole), Some(group)) = (m.get(0), m.get(1)) else {
                continue;
            };
            for group in split_list(&last_noun_phrase(words, group.as_str())) {
                let group = plural_group(words, &group);
                if group.is_empty() {
                    continue;
                }
                let mut st = ctx.make(
                    StatementKind::ExcludedGroup,
                    abs(whole.range()),
                    group,
                    None,
                    "excluded_group.not_imposed",
                );
                st.modality = Modality::Asserted;
                out.push(st);
            }
        }
        for m in p.resumed.find_iter(s) {
            let mut st = ctx.make(
                StatementKind::Moratorium,
                abs(m.range()),
                "no".into(),
                None,
                "moratorium.resumed",
            );
            // Executions resumed from that date on.
            if let Some(d) = st.date.filter(|d| d.is_point()) {
                st.date = Some(TimeValue {
                    start: d.start,
                    end: None,
                });
            }
            out.push(st);
        }
        for m in p.reinstated.find_iter(s) {
            // Reinstated: retentionist from then on.
            let mut st = ctx.make(
                StatementKind::Status,
                abs(m.range()),
                "retentionist".into(),
                None,
                "status.reinstated",
            );
            if let Some(d) = st.date.filter(|d| d.is_point()) {
                st.date = Some(TimeValue {
                    start: d.start,
                    end: None,
                });
            }
            out.push(st);
        }
        for m in p.moratorium_in_force.find_iter(s) {
            ctx.push(
                &mut out,
                StatementKind::Moratorium,
                abs(m.range()),
                "yes".into(),
                None,
                "moratorium.in_force",
            );
        }
    }
    out.sort_by_key(|s| s.span);
    out.dedup_by(|a, b| a.span == b.span && a.value == b.value && a.kind == b.kind);
    out
}

fn keyword_sentences(input: &Input) -> Vec<usize> {
    let ac = &input.rules.compiled().statement_keywords;
    let mut out: Vec<usize> = ac
        .find_iter(input.text)
        .into_iter()
        .filter_map(|m| crate::text::sentence_at(input.sentences, m.start() as u32))
        .collect();
    out.dedup();
    out
}

struct Ctx<'a> {
    input: &'a Input<'a>,
    cues: &'a [(Span, CueClass)],
    sentence: Span,
    main_country: Option<&'a str>,
    mention_spans: &'a crate::spans::SpanIndex,
    time_spans: &'a crate::spans::SpanIndex,
}

impl Ctx<'_> {
    fn make(
        &self,
        kind: StatementKind,
        span: Span,
        value: String,
        jurisdiction: Option<String>,
        rule: &str,
    ) -> Statement {
        let (modality, _) = modality_of(
            self.input.text,
            self.input.rules,
            self.cues,
            self.sentence,
            span,
        );
        Statement {
            kind,
            span,
            value,
            jurisdiction: jurisdiction.or_else(|| self.jurisdiction()),
            date: self.law_date(span).or_else(|| self.date()),
            modality,
            rule: rule.to_string(),
        }
    }

    fn push(
        &self,
        out: &mut Vec<Statement>,
        kind: StatementKind,
        span: Span,
        value: String,
        j: Option<String>,
        rule: &str,
    ) {
        out.push(self.make(kind, span, value, j, rule));
    }

    fn jurisdiction(&self) -> Option<String> {
        let mentions = self.input.mentions;
        self.mention_spans
            .first_inside(self.sentence, |i| mentions[i].kind == MentionKind::Place)
            .map(|i| &mentions[i])
            .map(|m| m.value.clone().unwrap_or_else(|| m.name.clone()))
            .or_else(|| self.main_country.map(str::to_string))
    }

    /// "... took place in 1913, and the Criminal Code Amendment Act 1922 abolished the
    /// death penalty for all offences": the year of a law that is the statement's agent.
    fn law_date(&self, span: Span) -> Option<TimeValue> {
        let times = self.input.times;
        let cands: Vec<&TimeMention> = times
            .iter()
            .filter(|t| self.sentence.contains(t.span) && t.value.is_some() && !t.is_duration)
            .collect();
        match crate::event::law_agent_date(
            self.input.text,
            self.input.rules,
            self.sentence,
            span,
            &cands,
        )? {
            crate::event::DateChoice::One(v, _) => Some(v),
            _ => None,
        }
    }

    /// The date the sentence gives: a time mention, else a plain year with its preposition.
    fn date(&self) -> Option<TimeValue> {
        let text = self.input.text;
        let s = self.sentence.slice(text);
        let words = &self.input.rules.statement;
        let prep_of = |start: usize| -> &str {
            let before = text.get(..start).unwrap_or("");
            let word = before.trim_end().rsplit(' ').next().unwrap_or("");
            let is = |list: &[String]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
            if is(&words.until_words) {
                "until"
            } else if is(&words.since_words) {
                "since"
            } else {
                ""
            }
        };
        let shape = |value: TimeValue, prep: &str| match prep {
            "until" => TimeValue {
                start: None,
                end: value.end,
            },
            "since" => TimeValue {
                start: value.start,
                end: None,
            },
            _ => value,
        };
        let times = self.input.times;
        if let Some(t) = self
            .time_spans
            .first_inside(self.sentence, |i| {
                times[i].value.is_some() && !times[i].is_duration
            })
            .map(|i| &times[i])
        {
            let value = t.value?;
            return Some(shape(value, prep_of(t.span.start as usize)));
        }
        let m = self
            .input
            .rules
            .compiled()
            .statement
            .as_ref()?
            .year
            .captures(s)?;
        let year: i32 = m.get(2)?.as_str().parse().ok()?;
        let prep = m.get(1)?.as_str();
        let is = |list: &[String]| list.iter().any(|w| prep.eq_ignore_ascii_case(w));
        let prep = if is(&words.until_words) {
            "until"
        } else if is(&words.since_words) {
            "since"
        } else {
            ""
        };
        Some(shape(TimeValue::point(PartialDate::year(year)), prep))
    }
}

fn main_country(mentions: &[Mention]) -> Option<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == MentionKind::Place) {
        *counts
            .entry(m.value.clone().unwrap_or_else(|| m.name.clone()))
            .or_default() += 1;
    }
    let mut best: Vec<(String, usize)> = counts.into_iter().collect();
    best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    // A page that names many countries about as often as each other (a table of
    // countries, a list) has no main one: a tie, or a first that holds less than a
    // quarter of the page's place names, is no guess.
    let total: usize = best.iter().map(|b| b.1).sum();
    match best.as_slice() {
        [first, second, ..] if first.1 == second.1 || first.1 * 4 < total => None,
        _ => best.into_iter().next().map(|(name, _)| name),
    }
}

/// The status a label names: the first of the rules' `status_values` whose phrase
/// it holds, else abolitionist for all crimes.
fn status_value(words: &StatementRules, label: &str) -> String {
    let l = label.to_lowercase();
    words
        .status_values
        .iter()
        .find(|(phrase, _)| l.contains(phrase.as_str()))
        .map_or_else(|| "abolitionist_for_all_crimes".into(), |(_, v)| v.clone())
}

/// "a, and b", "a and b" (both sides of three words or more) into offences.
///
/// The conjunctions the list is split on (", and ", " and ", "; ") are the
/// grammar of an English list, not a lexicon: they stay here, with `split_list`'s.
fn split_offences(words: &StatementRules, list: &str) -> Vec<String> {
    // "for X, and the Criminal Code provides for it": a new clause ends the list.
    let mut list = list;
    for cut in &words.clause_cuts {
        if let Some(at) = list.find(cut.as_str()) {
            list = &list[..at];
        }
    }
    if let Some(at) = list.match_indices(", and ").map(|(i, _)| i).find(|&i| {
        list[i + 6..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }) {
        list = &list[..at];
    }
    let list = list.trim().trim_end_matches([',', ')']);
    let mut parts: Vec<String> = Vec::new();
    for piece in list.split(", and ").flat_map(|p| p.split("; ")) {
        let words: Vec<&str> = piece.split(" and ").collect();
        let long = words.iter().all(|w| w.split_whitespace().count() >= 3);
        if words.len() > 1 && long {
            parts.extend(words.iter().map(|w| w.trim().to_string()));
        } else {
            parts.push(piece.trim().to_string());
        }
    }
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// "murder, treason and espionage": the items of a short list.
fn split_list(list: &str) -> Vec<String> {
    list.split(", and ")
        .flat_map(|p| p.split(", or "))
        .flat_map(|p| p.split(", "))
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" or "))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// "a woman" is the group "women"; other groups as written, without an article.
fn plural_group(words: &StatementRules, group: &str) -> String {
    let lower = group.to_lowercase();
    let bare = words
        .articles
        .iter()
        .find_map(|a| lower.strip_prefix(a.as_str()))
        .map(str::to_string);
    match bare {
        Some(b) if words.irregular_plurals.contains_key(&b) => words.irregular_plurals[&b].clone(),
        Some(b) if !b.ends_with('s') && !b.contains(' ') => format!("{b}s"),
        Some(b) => b,
        None => lower,
    }
}

/// The last words of a phrase before "could not be sentenced", without leading
/// adverbs or clause openers ("Additionally, women" gives "women").
fn last_noun_phrase(rules: &StatementRules, s: &str) -> String {
    let tail = s.rsplit([',', ';', ':']).next().unwrap_or("").trim();
    let words: Vec<&str> = tail.split_whitespace().collect();
    let skip = &rules.subject_skips;
    // "under" opens a phrase ("under the law"), except before an age ("under 18").
    let start = words
        .iter()
        .enumerate()
        .rposition(|(i, w)| {
            let lower = w.to_lowercase();
            let age = lower == "under"
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            skip.contains(&lower) && !age
        })
        .map_or(0, |i| i + 1);
    let keep = &words[start..];
    let keep = &keep[keep.len().saturating_sub(4)..];
    keep.join(" ")
}

/// An asserted, dated moratorium event is a moratorium in force from its date on.
pub fn from_events(input: &Input, events: &[Event]) -> Vec<Statement> {
    let main = main_country(input.mentions);
    events
        .iter()
        .filter(|e| {
            e.kind == EventKind::Moratorium
                && e.modality == Modality::Asserted
                // A lifting ("which lifted its moratorium in 2022") ends one.
                && !e.is_lifting()
        })
        .filter_map(|e| {
            let start = e.date?.start?;
            Some(Statement {
                kind: StatementKind::Moratorium,
                span: e.span,
                value: "yes".into(),
                jurisdiction: e.place.clone().or_else(|| main.clone()),
                date: Some(TimeValue {
                    start: Some(start),
                    end: None,
                }),
                modality: Modality::Asserted,
                rule: "moratorium.from_event".into(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    type Case = (
        &'static str,
        &'static [(StatementKind, &'static str, &'static str, &'static str)],
    );
    use crate::rules::Rules;
    use crate::text::sentences;

    /// Expect `(kind, value, jurisdiction, date)` for each statement.
    fn check(input: &str, expect: &[(StatementKind, &str, &str, &str)]) {
        check_with(Rules::builtin(), input, expect);
    }

    fn check_with(rules: &Rules, input: &str, expect: &[(StatementKind, &str, &str, &str)]) {
        let sents = sentences(input);
        let mentions = crate::entity::entities(input, rules);
        let inp = Input {
            text: input,
            sentences: &sents,
            mentions: &mentions,
            times: &[],
            rules,
            period: None,
        };
        let got: Vec<(StatementKind, String, String, String)> = statements(&inp)
            .iter()
            .map(|s| {
                (
                    s.kind,
                    s.value.clone(),
                    s.jurisdiction.clone().unwrap_or_default(),
                    s.date.map(|d| d.iso()).unwrap_or_default(),
                )
            })
            .collect();
        let expect: Vec<(StatementKind, String, String, String)> = expect
            .iter()
            .map(|(k, v, j, d)| (*k, v.to_string(), j.to_string(), d.to_string()))
            .collect();
        assert_eq!(got, expect, "input: {input:?}");
    }

    /// The main country of a page is the one it names most, unless it ties or holds less
    /// than a quarter of the page's place names (a table of countries has none).
    #[test]
    fn a_table_of_countries_has_no_main_country() {
        let rules = Rules::builtin();
        let main = |text: &str| main_country(&crate::entity::entities(text, rules));
        assert_eq!(
            main("Kazakhstan abolished it. Kazakhstan's courts agreed. Russia objected.")
                .as_deref(),
            Some("Kazakhstan")
        );
        assert_eq!(main("Kazakhstan and Russia signed it."), None);
        assert_eq!(
            main("Lebanon R. Lebanon's courts. Chad AB. Mali AP. Peru AO. Laos AP. Togo AB. Benin AB. Niger AP."),
            None
        );
    }

    #[test]
    fn a_verb_added_to_a_list_in_data_takes_effect() {
        use StatementKind::*;
        let sentence = "The penal code of Chad authorises the death penalty for murder.";
        check(sentence, &[]);
        let extra = r#"{"statement": {"lists": {"permit_verbs": ["authori[sz]es"]}}}"#;
        let file = serde_json::from_str(extra).expect("valid rule file");
        let rules = Rules::builtin().extend(vec![file]).expect("rules compile");
        check_with(&rules, sentence, &[(CapitalOffence, "murder", "Chad", "")]);
    }

    #[test]
    fn a_pattern_naming_no_list_is_an_error() {
        let extra = r#"{"statement": {"patterns": {"reinstated": "(?i){reinstate_verb} it"}}}"#;
        let file = serde_json::from_str(extra).expect("valid rule file");
        let err = Rules::builtin().extend(vec![file]).unwrap_err().to_string();
        assert!(err.contains("statement.patterns.reinstated"), "{err}");
        assert!(err.contains("{reinstate_verb}"), "{err}");
    }

    #[test]
    fn statements_about_the_law() {
        use StatementKind::*;
        let cases: &[Case] = &[
            ("Head of state: X\nDeath penalty: abolitionist in practice\n", &[(Status, "abolitionist_in_practice", "", "")]),
            (
                "In 2019, the group classified Belarus as \"retentionist\".",
                &[(Status, "retentionist", "Belarus", "2019")],
            ),
            ("In Chad the penalty was abolished for all crimes in 2020.", &[(Status, "abolitionist_for_all_crimes", "Chad", "2020/")]),
            ("Until 2015, Chad had abolished it. It was abolished for ordinary crimes until 2015 in Chad.", &[
                (Status, "abolitionist_for_ordinary_crimes", "Chad", "/2015"),
            ]),
            (
                "The penal code of Iran permits the death penalty for drug trafficking.",
                &[(CapitalOffence, "drug trafficking", "Iran", "")],
            ),
            (
                "Peru retains the death penalty for two crimes: treason in time of war, and terrorism committed by armed groups.",
                &[
                    (CapitalOffence, "treason in time of war", "Peru", ""),
                    (CapitalOffence, "terrorism committed by armed groups", "Peru", ""),
                ],
            ),
            (
                "In 1995, Chile ended the death penalty for all crimes except treason committed in wartime and espionage by military officers abroad.",
                &[
                    (CapitalOffence, "treason committed in wartime", "Chile", "1995"),
                    (CapitalOffence, "espionage by military officers abroad", "Chile", "1995"),
                ],
            ),
            ("Under Iranian law, pregnant women cannot be executed.", &[(ExcludedGroup, "pregnant women", "Iran", "")]),
            ("The code exempts juveniles from the death penalty in Japan.", &[(ExcludedGroup, "juveniles", "Japan", "")]),
            ("A moratorium on executions has been in place in Russia since 1996.", &[(Moratorium, "yes", "Russia", "1996/")]),
            ("Officials were unable to confirm whether a moratorium on executions was in place in Chad.", &[
                (Moratorium, "yes", "Chad", ""),
            ]),
        ];
        for (input, expect) in cases {
            check(input, expect);
        }
    }

    /// Statements worded as other publishers word them.
    #[test]
    fn statements_in_varied_wording() {
        use StatementKind::*;
        let cases: &[Case] = &[
            ("Belarus remains retentionist.", &[(Status, "retentionist", "Belarus", "")]),
            (
                "By 1976 no penal code provided for it; Mexico was then abolitionist for ordinary crimes.",
                &[(Status, "abolitionist_for_ordinary_crimes", "Mexico", "/1976")],
            ),
            (
                "In 2017 Mongolia became abolitionist for all crimes.",
                &[(Status, "abolitionist_for_all_crimes", "Mongolia", "2017")],
            ),
            (
                "A constitutional change in 2007 limited the death penalty to terrorist acts causing death and grave crimes in wartime.",
                &[
                    (CapitalOffence, "terrorist acts causing death", "", "2007"),
                    (CapitalOffence, "grave crimes in wartime", "", "2007"),
                    (Status, "abolitionist_for_ordinary_crimes", "", "2007/"),
                ],
            ),
            (
                "The Constitution was amended to restrict capital punishment to murder.",
                &[(CapitalOffence, "murder", "", "")],
            ),
            (
                "Under the penal code of Iran, drug trafficking and adultery are punishable by death.",
                &[(CapitalOffence, "drug trafficking", "Iran", ""), (CapitalOffence, "adultery", "Iran", "")],
            ),
            (
                "Courts could not impose a death sentence on a woman.",
                &[(ExcludedGroup, "women", "", "")],
            ),
            (
                "The death penalty cannot be applied to minors or pregnant women in Egypt.",
                &[(ExcludedGroup, "minors", "Egypt", ""), (ExcludedGroup, "pregnant women", "Egypt", "")],
            ),
            (
                "Pregnant women are exempt from the death penalty in Japan.",
                &[(ExcludedGroup, "pregnant women", "Japan", "")],
            ),
            (
                "The penal code of Chad permits the death penalty for murder, and the military code provides for it too.",
                &[(CapitalOffence, "murder", "Chad", "")],
            ),
            (
                "In Cuba, capital punishment may be applied to espionage committed in wartime.",
                &[(CapitalOffence, "espionage committed in wartime", "Cuba", "")],
            ),
            (
                "Kenya abolished the death penalty for ordinary crimes in 2010.",
                &[(Status, "abolitionist_for_ordinary_crimes", "Kenya", "2010/")],
            ),
            (
                "In 2016 Belarus resumed executions after a pause.",
                &[(Moratorium, "no", "Belarus", "2016/")],
            ),
            (
                "Pakistan lifted its moratorium on executions in December 2014.",
                &[(Moratorium, "no", "Pakistan", "")],
            ),
            (
                "Russia is considered abolitionist in practice.",
                &[(Status, "abolitionist_in_practice", "Russia", "")],
            ),
            (
                "Chad abolished capital punishment for every offence in 2020.",
                &[(Status, "abolitionist_for_all_crimes", "Chad", "2020/")],
            ),
            (
                "In Iran the death penalty can be imposed for drug trafficking, \"enmity against God\" and adultery.",
                &[
                    (CapitalOffence, "drug trafficking", "Iran", ""),
                    (CapitalOffence, "enmity against God", "Iran", ""),
                    (CapitalOffence, "adultery", "Iran", ""),
                ],
            ),
            (
                "Children under 18 cannot be executed in Japan.",
                &[(ExcludedGroup, "children under 18", "Japan", "")],
            ),
            (
                "In Singapore, drug trafficking carries a mandatory death sentence.",
                &[(CapitalOffence, "drug trafficking", "Singapore", "")],
            ),
            (
                "In Chad the death penalty is applicable to treason and espionage.",
                &[(CapitalOffence, "treason", "Chad", ""), (CapitalOffence, "espionage", "Chad", "")],
            ),
            (
                "In 1993 Congress reinstated the death penalty in Peru.",
                &[(Status, "retentionist", "Peru", "1993/")],
            ),
            ("A bill to reinstate the death penalty in Peru was tabled.", &[]),
            ("The death penalty remains a concern in Peru.", &[]),
            ("The method of execution in Japan is hanging.", &[]),
        ];
        for (input, expect) in cases {
            check(input, expect);
        }
    }

    #[test]
    fn modality_of_statements() {
        let text = "Officials were unable to confirm whether a moratorium on executions was in place in Chad.";
        let rules = Rules::builtin();
        let sents = sentences(text);
        let mentions = crate::entity::entities(text, rules);
        let inp = Input {
            text,
            sentences: &sents,
            mentions: &mentions,
            times: &[],
            rules,
            period: None,
        };
        let st = statements(&inp);
        assert_eq!(st[0].modality, Modality::Negated);
    }
}
