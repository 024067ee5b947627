//! A court striking down the death penalty's statute: "Delaware's highest court on
//! Tuesday declared the state's capital sentencing statute unconstitutional, leaving
//! the state without a usable death penalty law". After it, evidence from before that
//! the death penalty is retained (executions, sentences, a stated category) no longer
//! says it is in force: with no abolition and nothing later, the status is unknown.
//! A ruling on the mandatory death sentence, or one for some crimes only
//! (`partial_words`), strikes nothing down; a hedged or pleaded one neither
//! (`ruling_hedges`).

use super::evidence::{not_asserted, sentences_before};
use super::lexicon::lexicon;
use super::{cue_sentences, has_any, story_day, subject_is_the_country, Change, Fact, Judge};
use crate::Citation;
use dossier_model::{Span, TimeValue};

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

/// Sentences before the one that holds a change told without a verb of abolition in
/// which its day may be read: the nearest dated one in its paragraph.
const DATED_BEFORE: usize = 3;

/// A change in law told without a verb of abolition: "The Penal Code promulgated
/// that day no longer provides for the death penalty", "The two Acts ... replace the
/// death penalty with life imprisonment", "The death penalty therefore remains only
/// for high treason". Neither its scope nor its day is read with confidence, so it
/// is read as `Change::Struck` is: after its day (the sentence's own date, else the
/// nearest dated sentence before it in its paragraph), evidence from before that the
/// death penalty is retained no longer says so. A sentence that gives no day grounds
/// nothing.
pub(super) fn changed_without_verb(judge: &Judge) -> Vec<Fact> {
    let lex = lexicon();
    let mut out = Vec::new();
    let cues: Vec<String> = lex
        .unverbed_change_cues
        .iter()
        .chain(&lex.remains_only_cues)
        .cloned()
        .collect();
    for (doc_idx, sentence) in cue_sentences(judge, &cues) {
        let doc = &judge.docs[doc_idx];
        let words = sentence.slice(doc.text);
        let lower_words = words.to_lowercase();
        let unverbed = has_any(&lower_words, &lex.unverbed_change_cues);
        let remains_exceptional = has_any(&lower_words, &lex.remains_only_cues)
            && (has_any(&lower_words, &lex.exceptional_words)
                || has_any(&lower_words, &lex.exceptional_crimes));
        if !(unverbed || remains_exceptional)
            || not_asserted(words)
            || lower_words.contains(" will ")
            || !has_any(&lower_words, &lex.penalty_words)
            || judge.admit(doc_idx, sentence, None, true).is_none()
        {
            continue;
        }
        let Some(date) = doc
            .point_dates_in(sentence)
            .next()
            .or_else(|| dated_before(judge, doc_idx, sentence))
        else {
            continue;
        };
        out.push(Fact::over(
            date,
            Change::Struck,
            format!(
                "the law changed by {} in words that give no category",
                date.words()
            ),
            vec![Citation::new(doc.name, sentence)],
        ));
    }
    out
}

/// The date of the nearest sentence before `sentence` in its paragraph that has one.
fn dated_before(judge: &Judge, doc_idx: usize, sentence: Span) -> Option<TimeValue> {
    let doc = &judge.docs[doc_idx];
    sentences_before(doc.text, sentence)
        .take(DATED_BEFORE)
        .find_map(|previous| doc.point_dates_in(previous).next())
}
