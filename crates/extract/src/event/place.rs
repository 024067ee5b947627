//! Jurisdiction attribution: the place an event happened in, and world-wide tallies
//! that happened in no one country.

use super::*;

/// "2,390 executions were carried out in the world that year", "at least 8,864
/// people were sentenced to death in 52 countries": a world-wide tally has no place
/// (not the country a document is about; `global_scope` and `scope_nouns` in the
/// grammar).
pub(super) fn is_global_tally(text: &str, rules: &Rules, sentence: Span) -> bool {
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

pub(super) fn place(
    input: &Input,
    kind: EventKind,
    sentence: Span,
    trigger: Span,
) -> Option<String> {
    let text = input.text;
    let clause = clause_of(text, input.rules, sentence, trigger, &[]);
    let candidates = |within: Span| {
        mentions_in(input.mentions, within)
            .filter(move |m| m.kind == MentionKind::Place && m.rule != "gazetteer.demonym")
            .filter(|m| {
                let before = text.get(..m.span.start as usize).unwrap_or("");
                input
                    .rules
                    .event_words
                    .place_prepositions
                    .iter()
                    .any(|p| before.ends_with(p.as_str()))
            })
            .min_by_key(|m| m.span.start.abs_diff(trigger.start))
    };
    // "Mongolia executed at least one person": a country as the subject of the
    // trigger is the place.
    // (Only for what happens in a country: a state that votes or ratifies acts
    // elsewhere.)
    let subject = mentions_in(input.mentions, sentence).find(|m| {
        counts(input.rules, kind)
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
    let compared = input
        .rules
        .event_words
        .comparisons
        .iter()
        .filter_map(|c| s_text.find(c.as_str()))
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
