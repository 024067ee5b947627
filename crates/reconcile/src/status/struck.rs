//! A court striking down the death penalty's statute: "Delaware's highest court on
//! Tuesday declared the state's capital sentencing statute unconstitutional, leaving
//! the state without a usable death penalty law". After it, evidence from before that
//! the death penalty is retained (executions, sentences, a stated category) no longer
//! says it is in force: with no abolition and nothing later, the status is unknown.
//! A ruling on the mandatory death sentence, or one for some crimes only
//! (`partial_words`), strikes nothing down; a hedged or pleaded one neither
//! (`ruling_hedges`).

use super::evidence::not_asserted;
use super::lexicon::lexicon;
use super::{cue_sentences, has_any, story_day, subject_is_the_country, Change, Fact, Judge};
use crate::Citation;
use dossier_model::TimeValue;

pub(super) fn struck_down(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (doc_idx, sentence) in cue_sentences(judge, &lex.struck_down_cues) {
        let doc = &judge.docs[doc_idx];
        let words = sentence.slice(doc.text);
        let lower_words = words.to_lowercase();
        if not_asserted(words)
            || !has_any(&lower_words, &lex.court_words)
            || !has_any(&lower_words, &lex.penalty_words)
            || has_any(&lower_words, &lex.partial_words)
            || has_any(&lower_words, &lex.ruling_hedges)
            || judge.admit(doc_idx, sentence, None, true).is_none()
            || !(judge.names_key(doc_idx, sentence) || subject_is_the_country(words))
        {
            continue;
        }
        // The ruling's own date in its sentence, else the story's day.
        let own = doc.point_dates_in(sentence).next();
        let Some(date) = own.or_else(|| story_day(doc).map(TimeValue::point)) else {
            continue;
        };
        out.push(Fact::over(
            date,
            Change::Struck,
            format!(
                "the death penalty's statute struck down by a court in {}",
                date.words()
            ),
            vec![Citation::new(doc.name, sentence)],
        ));
    }
    out
}
