//! Answers that are a phrase of a known sort rather than a name, a date or a number:
//! how executions are carried out ("hanging", "lethal injection"), what someone was
//! charged with or sentenced for ("desertion", "drug trafficking"), and which
//! punishment ("life imprisonment"). Each sort has its question cues and its lexicon;
//! an offence may also be read as the words after "accused of", "convicted of",
//! "sentenced for" when they are a gerund ("strangling").

/// The sorts of phrase a question can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    Method,
    Offence,
    Punishment,
}

/// Methods of execution.
const METHODS: &[&str] = &[
    "long drop hanging",
    "hanging",
    "hanged",
    "lethal injection",
    "lethal gas",
    "gas chamber",
    "firing squad",
    "shooting",
    "shot",
    "beheading",
    "beheaded",
    "stoning",
    "electrocution",
    "electric chair",
    "crucifixion",
];

/// Offences people are charged with, convicted or sentenced for.
const OFFENCES: &[&str] = &[
    "premeditated murder",
    "murder",
    "treason",
    "high treason",
    "terrorism",
    "espionage",
    "spying",
    "drug trafficking",
    "drug smuggling",
    "drug offences",
    "rape",
    "armed robbery",
    "robbery",
    "kidnapping",
    "fraud",
    "tax evasion",
    "tax fraud",
    "embezzlement",
    "bribery",
    "corruption",
    "extremism",
    "desertion",
    "draft evasion",
    "apostasy",
    "blasphemy",
    "sorcery",
    "witchcraft",
    "adultery",
    "sodomy",
    "hooliganism",
    "libel",
    "slander",
    "defamation",
    "sedition",
    "banditry",
    "piracy",
    "genocide",
    "war crimes",
    "crimes against humanity",
    "arson",
    "manslaughter",
];

/// Punishments.
const PUNISHMENTS: &[&str] = &[
    "life imprisonment without parole",
    "life imprisonment",
    "life sentence",
    "life in prison",
    "imprisonment for life",
    "death sentence",
    "death penalty",
    "flogging",
    "lashes",
    "amputation",
    "fine",
    "probation",
    "suspended sentence",
    "corrective labour",
    "forced labour",
    "house arrest",
];

/// Verbs after which the offence is named.
const OFFENCE_CUES: &[&str] = &[
    "accused of",
    "convicted of",
    "charged with",
    "found guilty of",
    "sentenced for",
    "jailed for",
    "imprisoned for",
    "executed for",
    "arrested for",
    "guilty of",
];

/// The sort a folded question (spaces on both sides) asks for.
pub(super) fn sort_asked(lower: &str) -> Option<Sort> {
    let has = |cues: &[&str]| cues.iter().any(|c| lower.contains(c));
    if has(&[
        " what method",
        " which method",
        " by what method",
        " what means of execution",
    ]) || (lower.contains(" how ")
        && lower.contains(" execut")
        && lower.contains(" carried out"))
    {
        return Some(Sort::Method);
    }
    if has(&[
        " what offence",
        " what offense",
        " which offence",
        " which offense",
        " what crime",
        " which crime",
        " what charge",
        " which charge",
    ]) || (lower.starts_with(" what ")
        && has(&[" accused of ", " convicted of ", " charged with "]))
    {
        return Some(Sort::Offence);
    }
    if has(&[
        " what punishment",
        " which punishment",
        " what penalty",
        " which penalty",
        " what sentence",
        " which sentence",
        " what sentences",
    ]) {
        return Some(Sort::Punishment);
    }
    None
}

/// The phrases of `sort` in `sentence` (lower-cased words matched whole), each
/// with its byte range in the sentence.
pub(super) fn phrases_in(sentence: &str, sort: Sort) -> Vec<(String, std::ops::Range<usize>)> {
    let lower = sentence.to_lowercase();
    let lexicon = match sort {
        Sort::Method => METHODS,
        Sort::Offence => OFFENCES,
        Sort::Punishment => PUNISHMENTS,
    };
    let boundary = |at: usize| {
        lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let after = |end: usize| {
        lower[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut out: Vec<(String, std::ops::Range<usize>)> = Vec::new();
    for term in lexicon {
        let mut from = 0;
        while let Some(pos) = lower[from..].find(term) {
            let at = from + pos;
            let end = at + term.len();
            from = end;
            if lower.len() != sentence.len() || !boundary(at) || !after(end) {
                continue;
            }
            // A longer term already found here ("long drop hanging") wins.
            if out.iter().any(|(_, r)| r.start <= at && end <= r.end) {
                continue;
            }
            out.retain(|(_, r)| !(at <= r.start && r.end <= end));
            out.push((sentence[at..end].to_string(), at..end));
        }
    }
    if sort == Sort::Offence {
        // "accused her of strangling the baby": a gerund after the cue.
        let mut words: Vec<(&str, usize)> = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in lower
            .char_indices()
            .chain(std::iter::once((lower.len(), ' ')))
        {
            match (c.is_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push((&lower[s..i], s));
                    start = None;
                }
                _ => {}
            }
        }
        for cue in OFFENCE_CUES {
            let cue: Vec<&str> = cue.split(' ').collect();
            for i in 0..words.len() {
                if words[i].0 != cue[0] {
                    continue;
                }
                let mut k = i + 1;
                if words
                    .get(k)
                    .is_some_and(|(w, _)| matches!(*w, "him" | "her" | "them"))
                {
                    k += 1;
                }
                let rest = &cue[1..];
                if words.len() < k + rest.len() + 1
                    || words[k..k + rest.len()]
                        .iter()
                        .map(|(w, _)| *w)
                        .ne(rest.iter().copied())
                {
                    continue;
                }
                let (word, word_start) = words[k + rest.len()];
                let word_end = word_start + word.len();
                if word.len() > 4
                    && word.ends_with("ing")
                    && lower.len() == sentence.len()
                    && !out
                        .iter()
                        .any(|(_, r)| r.start <= word_start && word_end <= r.end)
                {
                    out.push((
                        sentence[word_start..word_end].to_string(),
                        word_start..word_end,
                    ));
                }
            }
        }
    }
    if sort == Sort::Punishment && lower.len() == sentence.len() {
        for (phrase, range) in prison_terms(sentence) {
            if !out
                .iter()
                .any(|(_, r)| r.start < range.end && range.start < r.end)
            {
                out.push((phrase, range));
            }
        }
    }
    out.sort_by_key(|(_, r)| r.start);
    out
}

/// Words that make a length of time a prison term when they follow it
/// ("20 years' imprisonment", "three years in jail", "a 10-year prison term").
const CUSTODY_WORDS: &[&str] = &[
    "imprisonment",
    "prison",
    "jail",
    "gaol",
    "detention",
    "custody",
];
/// Units of a term.
const TERM_UNITS: &[&str] = &["year", "years", "month", "months", "day", "days"];
/// Words that may stand between the length and the custody word.
const TERM_LINKS: &[&str] = &["of", "in", "s", "a", "with", "behind", "bars"];
/// What may extend a term after its custody word ("with hard labour").
const TERM_TAILS: &[&str] = &["with hard labour", "with hard labor", "in a penal colony"];

/// Prison terms written as a length of time and a word of custody, each with its
/// byte range: "20 years' imprisonment with hard labour", "three years in jail",
/// "a 10-year prison term".
fn prison_terms(sentence: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let lower = sentence.to_lowercase();
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in lower
        .char_indices()
        .chain(std::iter::once((lower.len(), ' ')))
    {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((&lower[s..i], s));
                start = None;
            }
            _ => {}
        }
    }
    let is_number = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit()) || dossier_extract::quantity::number_word(w).is_some()
    };
    let mut out = Vec::new();
    for (i, (word, _)) in words.iter().enumerate() {
        if !CUSTODY_WORDS.contains(word) {
            continue;
        }
        // Back over the links to a unit and its number.
        let mut k = i;
        while k > 0 && TERM_LINKS.contains(&words[k - 1].0) && i - k < 3 {
            k -= 1;
        }
        if k < 2 || !TERM_UNITS.contains(&words[k - 1].0) || !is_number(words[k - 2].0) {
            continue;
        }
        let from = words[k - 2].1;
        let mut end = words[i].1 + words[i].0.len();
        for tail in TERM_TAILS {
            let rest = &lower[end..];
            let trimmed = rest.trim_start();
            if trimmed.starts_with(tail) {
                end += rest.len() - trimmed.len() + tail.len();
                break;
            }
        }
        out.push((sentence[from..end].to_string(), from..end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        format!(" {} ", s.to_lowercase())
    }

    #[test]
    fn sorts_of_phrase_asked() {
        assert_eq!(
            sort_asked(&fold("By what method was X executed?")),
            Some(Sort::Method)
        );
        assert_eq!(
            sort_asked(&fold("How are executions carried out in Ruritania?")),
            Some(Sort::Method)
        );
        assert_eq!(
            sort_asked(&fold("What offence was X sentenced for?")),
            Some(Sort::Offence)
        );
        assert_eq!(
            sort_asked(&fold("What was X accused of by her employer?")),
            Some(Sort::Offence)
        );
        assert_eq!(
            sort_asked(&fold("What punishment will X serve now?")),
            Some(Sort::Punishment)
        );
        assert_eq!(sort_asked(&fold("Who was accused of murder?")), None);
    }

    #[test]
    fn phrases_from_the_lexicon_and_after_the_cue() {
        let found = |s: &str, sort| -> Vec<String> {
            phrases_in(s, sort).into_iter().map(|(p, _)| p).collect()
        };
        assert_eq!(
            found(
                "Executions are carried out by long drop hanging at dawn.",
                Sort::Method
            ),
            vec!["long drop hanging"]
        );
        assert_eq!(
            found(
                "He was sentenced to five years for desertion.",
                Sort::Offence
            ),
            vec!["desertion"]
        );
        assert_eq!(
            found(
                "Her employer accused her of strangling the baby.",
                Sort::Offence
            ),
            vec!["strangling"]
        );
        assert_eq!(
            found("He will serve a life sentence instead.", Sort::Punishment),
            vec!["life sentence"]
        );
        assert!(found("The shootings were investigated.", Sort::Method).is_empty());
        assert_eq!(
            found(
                "Each was sentenced to 20 years' imprisonment with hard labour.",
                Sort::Punishment
            ),
            vec!["20 years' imprisonment with hard labour"]
        );
        assert_eq!(
            found(
                "The court sentenced her to another three years in jail in May.",
                Sort::Punishment
            ),
            vec!["three years in jail"]
        );
        assert!(found("He spent three years abroad.", Sort::Punishment).is_empty());
        assert_eq!(
            sort_asked(&fold("What sentence did each officer receive?")),
            Some(Sort::Punishment)
        );
    }
}
