//! Values a document corrects later on ("I said 11 were held. The correct figure is
//! 12.", "The book dates it to August 2018. This is an error."): the corrected value
//! answers nothing, and a count the correction gives stands in its place.

use dossier_model::Span;

/// What becomes of a value the document may correct.
#[derive(Debug, PartialEq)]
pub(super) enum Fix {
    /// Not corrected.
    Keep,
    /// Said wrong, with no value given in its place.
    Drop,
    /// Said wrong; the count given in its place, its written words and its sentence.
    Replace {
        value: u64,
        span: Span,
        sentence: Span,
    },
}

/// The correction cue `sentence` opens with (`correction_cues`), if any.
fn cue_of(text: &str, sentence: Span) -> Option<&'static str> {
    let said = sentence
        .slice(text)
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    super::phrases::Lexicons::builtin()
        .correction_cues
        .iter()
        .find(|cue| said.starts_with(cue.as_str()))
        .map(String::as_str)
}

/// The value of one written count: digits with thousands commas ("1,204") or a
/// number word ("twelve").
fn count_value(word: &str) -> Option<u64> {
    if word.chars().all(|c| c.is_ascii_digit() || c == ',') {
        word.replace(',', "").parse::<u64>().ok()
    } else {
        dossier_extract::quantity::number_word(&word.to_lowercase()).map(u64::from)
    }
}

/// The count right after the cue of a correction ("The correct number is two."),
/// with its span.
fn given_count(text: &str, sentence: Span, cue: &str) -> Option<(u64, Span)> {
    let said = sentence.slice(text);
    let lead = said.len()
        - said
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let from = sentence.start as usize + lead + cue.len();
    let rest = &text[from..sentence.end as usize];
    let skip = rest.len() - rest.trim_start().len();
    let word: String = rest[skip..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == ',')
        .collect();
    let word = word.trim_end_matches(',');
    let value = count_value(word)?;
    let start = from + skip;
    Some((value, Span::new(start, start + word.len())))
}

/// The counts of `sentence` with the word after each ("11 Australians" -> (11,
/// "australians")); a day of a month ("31 January") is no count.
fn counts_with_nouns(text: &str, sentence: Span) -> Vec<(u64, String)> {
    let words: Vec<String> = sentence
        .slice(text)
        .split(|c: char| !(c.is_alphanumeric() || c == ','))
        .map(|w| w.trim_matches(',').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let Some(value) = count_value(&pair[0]) else {
            continue;
        };
        let noun = &pair[1];
        if dossier_model::is_month_name(noun) || !noun.starts_with(|c: char| c.is_alphabetic()) {
            continue;
        }
        out.push((value, noun.clone()));
    }
    out
}

/// The sentences of a document that open with a correction cue, by index, with the
/// cue: found once per document, asked of every candidate value.
pub(super) fn cues(text: &str, sentences: &[Span]) -> Vec<(usize, &'static str)> {
    sentences
        .iter()
        .enumerate()
        .filter_map(|(j, &s)| cue_of(text, s).map(|cue| (j, cue)))
        .collect()
}

/// What the document (its `text`, `sentences` and their correction `cues`, see
/// [`cues`]) does with `value`, read in sentence `idx`: a correction cue opening one
/// of the next two sentences drops it, or gives the count in its place ("The correct
/// figure is 12."); a `count` said elsewhere with the same noun as a corrected count
/// ("aware of 11 Australians" after "I said 11 Australians ... The correct figure is
/// 12.") takes the correction's count too.
pub(super) fn corrected(
    text: &str,
    sentences: &[Span],
    cues: &[(usize, &'static str)],
    idx: usize,
    value: &str,
    count: bool,
) -> Fix {
    let fix = |cue_at: usize, cue: &str| match given_count(text, sentences[cue_at], cue) {
        Some((value, span)) if count => Fix::Replace {
            value,
            span,
            sentence: sentences[cue_at],
        },
        _ => Fix::Drop,
    };
    if let Some(&(j, cue)) = cues.iter().find(|(j, _)| *j > idx && *j <= idx + 2) {
        return fix(j, cue);
    }
    if !count || cues.is_empty() {
        return Fix::Keep;
    }
    let Ok(asked) = value.parse::<u64>() else {
        return Fix::Keep;
    };
    let own = counts_with_nouns(text, sentences[idx]);
    if !own.iter().any(|(w, _)| *w == asked) {
        return Fix::Keep;
    }
    for &(j, cue) in cues.iter().filter(|(j, _)| *j >= 1) {
        if given_count(text, sentences[j], cue).is_none() {
            continue;
        }
        let said_wrong = (j.saturating_sub(2)..j).any(|k| {
            counts_with_nouns(text, sentences[k])
                .iter()
                .any(|(v, noun)| *v == asked && own.iter().any(|(w, n)| *w == asked && n == noun))
        });
        if said_wrong {
            return fix(j, cue);
        }
    }
    Fix::Keep
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<Span> {
        dossier_extract::text::sentences(text)
    }

    /// `corrected` with the cues of the whole text, as the asker calls it.
    fn fix_of(text: &str, s: &[Span], idx: usize, value: &str, count: bool) -> Fix {
        corrected(text, s, &cues(text, s), idx, value, count)
    }

    #[test]
    fn a_corrected_count_gives_way_to_the_correction() {
        let text = "The registry held 40 prisoners on 1 May. It has room for 30. The hearing went on. I said 40 prisoners were held on 1 May. The correct figure is 43. The rest were released.";
        let s = spans(text);
        assert_eq!(s.len(), 6);
        // The corrected sentence and another with the same count and noun.
        for idx in [0, 3] {
            match fix_of(text, &s, idx, "40", true) {
                Fix::Replace { value, span, .. } => {
                    assert_eq!(value, 43);
                    assert_eq!(span.slice(text), "43");
                }
                other => panic!("{other:?}"),
            }
        }
        let words = "An earlier bulletin said the court had convicted five men. The correct number is three.";
        let s = spans(words);
        assert!(matches!(
            fix_of(words, &s, 0, "5", true),
            Fix::Replace { value: 3, .. }
        ));
    }

    #[test]
    fn a_date_said_in_error_answers_nothing() {
        let text = "The author writes that the last hanging took place in May 2011. This is an error. Another man was hanged in 2014.";
        let s = spans(text);
        assert_eq!(fix_of(text, &s, 0, "2011-05", false), Fix::Drop);
        assert_eq!(fix_of(text, &s, 2, "2014", false), Fix::Keep);
    }

    #[test]
    fn an_uncorrected_count_stays() {
        let text = "The court heard 12 witnesses. It sat for 3 days.";
        let s = spans(text);
        assert_eq!(fix_of(text, &s, 0, "12", true), Fix::Keep);
        // Another noun with the count of a corrected one.
        let text = "The court heard 40 witnesses. The hearing went on. I said 40 prisoners were held. The correct figure is 43.";
        let s = spans(text);
        assert_eq!(fix_of(text, &s, 0, "40", true), Fix::Keep);
    }
}
