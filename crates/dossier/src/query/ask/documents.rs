//! Questions about a document's own date: "When did the court decide Roper v.
//! Simmons?", "On what date was SC Appeal No. 139/2014 decided?", "What date does
//! the Constitution (Amendment) Bill, 2018 bear?", and about its caption's parties: "Who
//! is the respondent in Criminal Appeal No. 1123 of 2019?". The document is the one
//! whose head (its caption, title block or first lines) holds what the question names;
//! the answer is the day its metadata read (a decision line for a judgment) or the
//! party the caption gives the asked role, cited.

use super::{fold_word, Answer, AnswerKind, Question};
use crate::query::Citation;
use crate::{Engine, Result};
use dossier_store::Store;

/// The words of judgments' captions and lines (`rules/documents.en.json`, format
/// documented there). Unknown keys are an error.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Lexicon {
    #[serde(rename = "_format")]
    _format: Vec<String>,
    document_date_words: Vec<String>,
    disposition_verbs: Vec<Disposition>,
    institution_words: Vec<String>,
    caption_labels: Vec<CaptionLabel>,
    line_labels: Vec<LineLabel>,
    party_roles: Vec<String>,
    prosecutors: Vec<String>,
    bench_labels: Vec<String>,
}

/// A verb a question asks a court's disposal by, and the words the disposition
/// writes it in.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Disposition {
    cue: String,
    stated: Vec<String>,
}

/// A question's cue for a stage of the case a caption label dates.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CaptionLabel {
    cue: String,
    stage: String,
}

/// A label at the head of a line and the stage it dates.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LineLabel {
    label: String,
    stage: String,
}

/// The builtin English lexicon, parsed once.
/// Whether `word` (folded) names a party of a case ("petitioner", "appellant"): in a
/// judgment, the person the case is about.
pub(super) fn is_party_role(word: &str) -> bool {
    lexicon().party_roles.iter().any(|r| r == word)
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(|| {
        serde_json::from_str(include_str!("../../../rules/documents.en.json"))
            .unwrap_or_else(|e| panic!("rules/documents.en.json is invalid: {e}"))
    });
    &LEXICON
}

/// Whether the (folded) word is one of an institution's name.
fn institution_word(word: &str) -> bool {
    lexicon().institution_words.iter().any(|w| w == word)
}

/// Whether the folded name is the prosecuting side's ("r", "the state").
fn prosecutor(name: &str) -> bool {
    lexicon().prosecutors.iter().any(|p| p == name)
}

/// How much of a document's start is its head (caption, parties, title block).
const HEAD_BYTES: usize = 3000;

/// Where a metadata value stands in the kept text, when it was read there and holds
/// words.
fn text_span<T>(found: &dossier_model::MetaField<T>, text: &str) -> Option<dossier_model::Span> {
    match found.layer {
        dossier_model::Layer::Text => found.span,
        dossier_model::Layer::Original => None,
    }
    .filter(|s| !s.slice(text).is_empty())
}

/// Whether a document's day was read as a judgment's: a decision line ("Delivered on
/// ..."), a day line of the caption, a caption's day, or a line that is a day alone
/// in a document a court was read to have written.
fn judgment_day(summary: &dossier_store::DocSummary, rule: &str) -> bool {
    let by_court = summary
        .meta
        .publisher
        .as_ref()
        .is_some_and(|p| p.rule == "court");
    matches!(
        rule,
        "decision_line" | "judgment_day_line" | "judgment_caption_date" | "judgment_foot_day"
    ) || (by_court && rule == "date_line")
}

/// The words of every court's name the question writes, whole: from a "Court",
/// "Tribunal", "Commission" or "Committee" over the capitalised words before it and
/// the capitalised words, "of" and "the" after it, up to a comma ("the Court of
/// Appeal, Enugu Division": "court", "appeal"), small words left out.
fn court_phrase_words(question: &str) -> Vec<String> {
    let words: Vec<&str> = question.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .trim_end_matches("'s")
            .to_string()
    };
    let capital = |w: &str| bare(w).starts_with(char::is_uppercase);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !matches!(
            bare(w).as_str(),
            "Court" | "Tribunal" | "Commission" | "Committee"
        ) {
            continue;
        }
        let mut start = i;
        while start > 1 && capital(words[start - 1]) && !words[start - 1].ends_with(',') {
            start -= 1;
        }
        let mut end = i;
        while !words[end].ends_with(',') && end + 1 < words.len() {
            let next = words[end + 1];
            let small = matches!(bare(next).as_str(), "of" | "the");
            if !(capital(next) || small) || next.ends_with("'s") || next.ends_with('?') {
                break;
            }
            end += 1;
        }
        // "of Florida affirm": the phrase ends on a capitalised word.
        while end > i && !capital(words[end]) {
            end -= 1;
        }
        out.extend(
            words[start..=end]
                .iter()
                .filter(|w| capital(w))
                .map(|w| fold_word(&bare(w))),
        );
    }
    out
}

/// Whether the judgment disposes in one of `stems`, in the first person ("We affirm
/// the convictions", "we dismiss the appeal") or in the passive ("the appeal is
/// DISMISSED", "The sentence ... is affirmed").
fn disposes_by(text: &str, stems: &[&str]) -> bool {
    if stems.is_empty() {
        return true;
    }
    let lower = text.to_lowercase();
    // "this Court affirmed his convictions on direct appeal": the court told of an
    // earlier act of its own in that verb; the asked one may be that.
    let earlier = stems.iter().any(|stem| {
        lower
            .match_indices(&format!("court {stem}"))
            .any(|(at, m)| {
                let rest = &lower[at + m.len()..];
                rest.starts_with("ed")
                    || rest.starts_with("d ")
                    || (*stem == "upheld" && !rest.starts_with(char::is_alphabetic))
            })
    });
    if earlier {
        return false;
    }
    stems.iter().any(|stem| {
        lower.match_indices(stem).any(|(at, _)| {
            // "This is confirmed by the evidence of PW2": an agent after the verb is
            // no disposition.
            let word_end = lower[at..]
                .find(|c: char| !c.is_alphabetic())
                .map_or(lower.len(), |e| at + e);
            if lower[word_end..].trim_start().starts_with("by ") {
                return false;
            }
            let before = lower[..at].trim_end();
            let last = before
                .rsplit(|c: char| !c.is_alphabetic())
                .find(|w| !w.is_empty())
                .unwrap_or("");
            let glued = lower[..at].ends_with(' ');
            glued
                && (matches!(last, "we" | "is" | "are" | "hereby")
                    || before.ends_with("is hereby")
                    || before.ends_with("are hereby"))
        })
    })
}

/// What a question names a document by: the parties of a caption ("roper v
/// simmons"), numbers with a slash ("139/2014"), and the words of its names.
fn identifiers(q: &Question) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let words: Vec<&str> = q.text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if matches!(bare, "v" | "vs" | "versus") && i > 0 && i + 1 < words.len() {
            let side = |w: &str| fold_word(w.trim_matches(|c: char| !c.is_alphanumeric()));
            out.push(vec![side(words[i - 1]), side(words[i + 1])]);
        }
        // "Criminal Appeal No. 1123 of 2019": the number and its year.
        let bare_lower = bare.to_lowercase();
        if matches!(bare_lower.as_str(), "no" | "nos" | "number") {
            let number = words
                .get(i + 1)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            let year = words
                .get(i + 3)
                .filter(|_| {
                    words
                        .get(i + 2)
                        .is_some_and(|w| w.eq_ignore_ascii_case("of"))
                })
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()));
            if let (Some(number), Some(year)) = (number, year) {
                out.push(vec![number.to_string(), year.to_string()]);
            }
        }
        if w.contains('/') && w.chars().any(|c| c.is_ascii_digit()) {
            let number: String = w
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .collect::<String>()
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_string();
            if !number.is_empty() {
                out.push(vec![number]);
            }
        }
    }
    let lower = format!(" {} ", fold_word(&q.text));
    let name_words = || -> Vec<String> {
        q.names
            .iter()
            .flat_map(|n| n.split_whitespace().map(fold_word).collect::<Vec<_>>())
            // "Hollis's appeal": the name without its possessive.
            .map(|w| {
                w.trim_end_matches("'s")
                    .trim_end_matches("\u{2019}s")
                    .to_string()
            })
            .filter(|w| w.len() > 2)
            .collect()
    };
    if out.is_empty() && (lower.contains(" bear") || lower.contains(" dated")) {
        // "What date does the Ruritania Constitution (Amendment) Bill, 2018 bear?":
        // every name word (only a question about a document's own date).
        let names = name_words();
        if names.len() >= 3 {
            out.push(names);
        }
    }
    if out.is_empty() && (lower.contains(" judgment") || lower.contains(" opinion")) {
        // "When did the Court of Ruritania deliver its judgment in the Smith and
        // Jones appeals?": the parties named beside the court name the judgment;
        // a court alone names none.
        let parties = q.names.iter().any(|n| {
            let n = fold_word(n);
            !lexicon()
                .institution_words
                .iter()
                .any(|w| n.contains(w.as_str()))
        });
        let names = name_words();
        if parties && names.len() >= 2 {
            out.push(names);
        }
    }
    out
}

/// Whether the head of `document` (its caption, title block, first lines) or its
/// title holds what the question names it by.
/// Whether the question names a case by its parties ("X v Y").
fn names_a_case(q: &Question) -> bool {
    q.text.split_whitespace().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "v" | "vs" | "versus"
        )
    })
}

fn names_document(
    identifiers: &[Vec<String>],
    case_named: bool,
    summary: &dossier_store::DocSummary,
    document: &dossier_model::Document,
) -> bool {
    let end = document
        .text
        .floor_char_boundary(HEAD_BYTES.min(document.text.len()));
    let mut head = fold_word(&document.text[..end]);
    if let Some(title) = &summary.meta.title {
        head.push(' ');
        head.push_str(&fold_word(&title.value));
    }
    let head_words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric() && c != '/')
        .filter(|w| !w.is_empty())
        .collect();
    // "In Kafantayeni and others v Attorney General, decided on ...": a case the
    // judgment cites is not the judgment, whose caption names other parties.
    let parties = if case_named {
        party_names(
            &document.text,
            summary.meta.title.as_ref().map(|t| t.value.as_str()),
        )
    } else {
        Vec::new()
    };
    let party_words: Vec<String> = parties
        .iter()
        .flat_map(|(_, name)| {
            fold_word(name)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    identifiers.iter().any(|words| {
        let case_name = case_named && words.iter().all(|w| !w.chars().any(|c| c.is_ascii_digit()));
        if case_name && !parties.is_empty() && !words.iter().any(|w| party_words.contains(w)) {
            return false;
        }
        words.iter().all(|w| {
            head_words.contains(&w.as_str())
                || (w.contains('/') && document.text[..end].contains(w.as_str()))
        })
    })
}

/// The stage the label that opens `line` dates, and the label's length, when it is
/// one of the caption's ("Argued November 2, 2003.", "Date of hearing: 4th May").
fn caption_label(line: &str) -> Option<(&'static str, usize)> {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = line.to_lowercase();
    lexicon()
        .line_labels
        .iter()
        .filter(|l| {
            lower.starts_with(&l.label)
                && !lower[l.label.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .max_by_key(|l| l.label.len())
        .map(|l| (l.stage.as_str(), l.label.len()))
}

/// Whether every court or body the question names ("the Eleventh Circuit", "the
/// Supreme Court of Uganda") is the one that wrote the document: its publisher, or,
/// when none was read, a name in its first lines. "When did the Court of Appeal
/// hear the appeal?" asks about the court below, whose dates a higher court's
/// caption does not give.
fn names_its_own_court(q: &Question, summary: &dossier_store::DocSummary, text: &str) -> bool {
    let courts: Vec<String> = q
        .names
        .iter()
        .filter(|n| !case_party(&q.text, n))
        .map(|n| fold_word(n))
        .filter(|n| {
            n.split_whitespace()
                .any(|w| w == "circuit" || institution_word(w))
        })
        .collect();
    if courts.is_empty() {
        return true;
    }
    let own = match &summary.meta.publisher {
        Some(publisher) => fold_word(&publisher.value),
        None => fold_word(&text[..text.floor_char_boundary(400.min(text.len()))]),
    };
    // Word by word, "US" and "U.S." as "United States": "the US Supreme Court" is
    // the "Supreme Court of the United States"; other lone letters are dropped.
    let words = |s: &str| -> Vec<String> {
        let parts: Vec<&str> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut out = Vec::new();
        for (i, w) in parts.iter().enumerate() {
            match *w {
                "us" => out.extend(["united".to_string(), "states".to_string()]),
                "u" if parts.get(i + 1) == Some(&"s") => {
                    out.extend(["united".to_string(), "states".to_string()]);
                }
                _ if w.chars().count() == 1 => {}
                "the" | "of" => {}
                _ => out.push(w.to_string()),
            }
        }
        out
    };
    let own = words(&own);
    courts
        .iter()
        .all(|c| words(c).iter().all(|w| own.contains(w)))
}

/// Whether `name` stands in a case's name in `question` ("Federal Trade Commission
/// v. Qualcomm", "Minister of Justice and Correctional Services v Sebego"): between it
/// and a "v." only capitalised words and the caption's small words ("of", "and",
/// "the"). A party to a case is not a court asked of.
fn case_party(question: &str, name: &str) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let is_v = |w: &str| matches!(bare(w).as_str(), "v" | "vs" | "versus");
    let in_caption = |w: &str| {
        let b = bare(w);
        b.starts_with(|c: char| c.is_uppercase())
            || matches!(b.as_str(), "of" | "and" | "the" | "for")
    };
    let reaches_v = |mut words: Box<dyn Iterator<Item = &str> + '_>| {
        words.find(|w| !in_caption(w) || is_v(w)).is_some_and(is_v)
    };
    question.match_indices(name).any(|(at, _)| {
        let before = Box::new(question[..at].split_whitespace().rev());
        let after = Box::new(question[at + name.len()..].split_whitespace());
        reaches_v(before) || reaches_v(after)
    })
}

/// The name of the party a caption line gives the role `role` ("RAMESH SINGH
/// PARIHAR ...RESPONDENT(S)", "John Oke APPELLANT"), or, when the role stands alone on
/// its line, the name on the line before it ("DANIEL PRICE" above "Appellant"): its
/// byte range in `head`.
fn caption_party(head: &str, role: &str) -> Option<std::ops::Range<usize>> {
    let mut at = 0;
    let mut previous: Option<std::ops::Range<usize>> = None;
    for line in head.split_inclusive('\n') {
        let start = at;
        at += line.len();
        // "DARNELL RAY TILLMAN,          )": a US caption's column of brackets is
        // no part of the name or the role; a line of it alone keeps the name above.
        let body = line.trim_end();
        let column = body.ends_with(')') && body[..body.len() - 1].ends_with([' ', '\t']);
        let body = if column {
            body[..body.len() - 1].trim_end()
        } else {
            body
        };
        if column && body.trim().is_empty() {
            continue;
        }
        let trimmed_role = body
            .trim_end_matches([',', ';'])
            .trim_end_matches([')', '(', 's', 'S'])
            .trim_end_matches('(');
        // The role at the line's end, compared without lower-casing the line (whose
        // byte offsets are kept).
        let cut = trimmed_role.len().checked_sub(role.len());
        let name_end = cut
            .filter(|&at| trimmed_role.is_char_boundary(at))
            .filter(|&at| trimmed_role[at..].eq_ignore_ascii_case(role))
            .map(|at| &trimmed_role[..at])
            .filter(|before| before.is_empty() || before.ends_with([' ', '.', '\t', '—', '–', '-']))
            .map(|before| {
                // "Petitioner—Appellant", "Defendant-Cross-Appellant": the roles of
                // one party stand alone on their line.
                let rest = before.trim_end_matches(['—', '–', '-', ' ', '.', '\t', '…']);
                let last = rest
                    .rsplit([' ', '-', '—', '–', '/', '.'])
                    .find(|w| !w.is_empty())
                    .unwrap_or("");
                if rest.is_empty()
                    || last.eq_ignore_ascii_case("cross")
                    || lexicon()
                        .party_roles
                        .iter()
                        .any(|r| last.eq_ignore_ascii_case(r))
                {
                    0
                } else {
                    rest.len()
                }
            });
        match name_end {
            Some(0) if previous.is_some() => return previous,
            Some(end) => {
                let lead = body.len() - body.trim_start().len();
                if end > lead {
                    return Some(start + lead..start + end);
                }
            }
            None => {}
        }
        let lead = line.len() - line.trim_start().len();
        previous = (!body.trim().is_empty()).then(|| start + lead..start + body.len());
    }
    None
}

/// A judgment's parties by role (see [`party_names`]).
pub(super) type Parties = Vec<(&'static str, String)>;

/// The parties a judgment refers to by role ("the appellant", "the Applicant"), with
/// their names: the roles its caption gives ("JUMA MUSSA ...... APPELLANT"), a name
/// the text defines as one ("Mr Souleymane Koné (hereinafter referred to as \"the
/// Applicant\")"), and a title "X v R" (X appeals against the Crown, the State, the
/// Republic or the People; "R v X": X is the accused). Roles lower case.
pub(super) fn party_names(text: &str, title: Option<&str>) -> Parties {
    let end = text.floor_char_boundary(HEAD_BYTES.min(text.len()));
    let head = &text[..end];
    let mut out: Vec<(&'static str, String)> = Vec::new();
    let mut add = |role: &'static str, name: &str| {
        let name = party_name(name);
        let name = name.as_str();
        // "Hugh Wildman for the appellant" names counsel, not the party.
        let counsel = name
            .split_whitespace()
            .any(|w| w == "for" || w == "the" || w == "on");
        if !counsel
            && name.split_whitespace().count() >= 2
            && !out.iter().any(|(r, _)| *r == role)
            && !prosecutor(&fold_word(name))
        {
            out.push((role, name.to_string()));
        }
    };
    for role in &lexicon().party_roles {
        if let Some(range) = caption_party(head, role) {
            add(role, &head[range]);
        }
    }
    for c in DEFINED_PARTY.captures_iter(head).chain(
        APPOSED_PARTY
            .captures_iter(head)
            // "counsel for the appellant, Chief X," names counsel.
            .filter(|c| {
                let before = head[..c.get(0).map_or(0, |m| m.start())].trim_end();
                !before.ends_with(" for") && !before.ends_with(" behalf of")
            }),
    ) {
        let role = c["role"].to_lowercase();
        if let Some(role) = lexicon().party_roles.iter().find(|r| **r == role) {
            add(role, &c["name"]);
        }
    }
    // "In re: DARNELL RAY WHITCOMBE, GDC ID ...", "In the matter of Jane Doe": the one
    // person the proceeding is about, whom the text then calls by the role it uses
    // most ("the applicant", "the petitioner").
    if let Some((role, name)) = matter_party(text) {
        add(role, name);
    }
    let caption = title.map(str::to_string).or_else(|| {
        head.lines()
            .take(40)
            .find(|l| VERSUS.is_match(l))
            .map(str::to_string)
    });
    if let Some(caption) = caption {
        if let Some(m) = VERSUS.find(&caption) {
            let (first, second) = (caption[..m.start()].trim(), caption[m.end()..].trim());
            if prosecutor(&fold_word(second)) {
                for role in ["appellant", "applicant", "petitioner"] {
                    add(role, first);
                }
            } else if prosecutor(&fold_word(first)) {
                for role in ["accused", "defendant"] {
                    add(role, second);
                }
            }
        }
    }
    out
}

/// The one party of a proceeding "In re: NAME" / "In the matter of NAME" and the role
/// the text calls them by most ("the applicant", "the petitioner": twice at least).
pub(super) fn matter_party(text: &str) -> Option<(&'static str, &str)> {
    let end = text.floor_char_boundary(HEAD_BYTES.min(text.len()));
    let name = MATTER_OF.captures(&text[..end])?.name("name")?.as_str();
    let lower = text.to_lowercase();
    lexicon()
        .party_roles
        .iter()
        .map(|r| (lower.matches(&format!("the {r}")).count(), r.as_str()))
        .filter(|(n, _)| *n >= 2)
        .max_by_key(|(n, _)| *n)
        .map(|(_, r)| (r, name))
}

/// A party's name as a caption writes it, without its other names ("JOHN OKELLO @
/// KAMAU", "Md. Karim alias Babu", "ERIC a.k.a. ERIC JR") or the "son of" mark of a
/// patronym ("JUMA s/o HAMISI": Juma Hamisi), and without a trailing comma.
fn party_name(written: &str) -> String {
    let mut name = written;
    for cut in [
        " @ ", " alias ", " Alias ", " ALIAS ", " a.k.a. ", " aka ", " AKA ", " a/k/a ",
    ] {
        if let Some((head, _)) = name.split_once(cut) {
            name = head;
        }
    }
    let name = name.trim().trim_end_matches([',', ';']).trim();
    name.split_whitespace()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "s/o" | "d/o" | "w/o"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// " v ", " v. ", " vs ", " versus " between a title's parties.
static VERSUS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\s(?:v|vs|versus)\.?\s").expect("versus pattern compiles")
});

/// "In re: DARNELL RAY WHITCOMBE, GDC ID 0004471182", "IN THE MATTER OF Jane Doe": a
/// caption line naming the one party of a proceeding, its name up to a comma, a bracket
/// or the line's end.
static MATTER_OF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?m)^[ \t]*(?i:in\s+re|re|in\s+the\s+matter\s+of|matter\s+of)\s*:?[ \t]+(?P<name>\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){1,4})[ \t]*(?:[,(]|$)",
    )
    .expect("matter-of pattern compiles")
});

/// "Mr Souleymane Koné (hereinafter referred to as "the Applicant")".
static DEFINED_PARTY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r#"(?P<name>(?:\p{Lu}[\p{L}'’\-]+\s+){1,4}\p{Lu}[\p{L}'’\-]+)\s*\((?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+|called\s+)?["“']?the\s+(?P<role>\w+)"#,
    )
    .expect("defined party pattern compiles")
});

/// "the appellant, Ashok Ramcharan, then aged 23", "The applicant, Joseph Mwangi
/// Kamau, was arrested", "The defendant, Sato Kenji (born May 2, 1980), was": a role
/// with the party's name in apposition, closed by a comma or a bracketed aside.
static APPOSED_PARTY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b[Tt]he\s+(?P<role>\w+),\s+(?P<name>(?:\p{Lu}[\p{L}'’\-]+\s+){1,4}\p{Lu}[\p{L}'’\-]+)(?:,|\s+\([^()\n]{1,60}\),)",
    )
    .expect("apposed party pattern compiles")
});

/// The line that names a judgment's author as the judgment itself does: "THERON J
/// (Maya DCJ ... concurring):", "ARVIND NATH, J.", "JAMES L. DENNIS, Circuit Judge:",
/// "LORD KERR: (with whom ...)", "JUSTICE KENNEDY delivered the opinion of the Court.",
/// "Judgments: Theron J (unanimous)", "LADY SIMMS (with whom ... agree):". The name
/// is group `n`.
static AUTHOR_LINES: std::sync::LazyLock<Vec<regex::Regex>> = std::sync::LazyLock::new(|| {
    [
        r"(?i:^(?:lead\s+)?judgment\s+(?:delivered|written|read)\s+by\s+)(?P<n>[A-Z][A-Z'’.\- ]*[A-Z])\s*,?\s+(?:JSC|J\.S\.C|JCA|J\.C\.A|J|JA|J\.A|CJ|CJN)\.?\s*$",
        r"^(?P<n>[A-Z][A-Z'’.\- ]*[A-Z])\s*,?\s+(?:S\.?C\.?,\s+)?(?:J|JA|J\.A|JSC|J\.S\.C|JCA|J\.C\.A|CJ|C\.J|DCJ|ACJ|AJ|P|JP)\.?\s*(?:\(|:|[-\u{2013}\u{2014}]|$)",
        r"^(?P<n>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}),\s+(?:J|JA|J\.A|JSC|CJ|C\.J)\.?\s*:",
        r"^(?P<n>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}),\s+(?:J|JA|J\.A|JSC|CJ|C\.J)\.?\s*$",
        r"^\[?(?i:(?:judgment\s+)?delivered\s+by\s+)(?P<n>(?:Lord|Lady|Baroness)\s+\p{Lu}[\p{L}'’\-]+(?:\s+of\s+\p{Lu}[\p{L}\- ]+)?)\]?$",
        r"^(?P<n>[A-Z][A-Za-z'’.\- ]*[A-Za-z]),\s+(?:Chief\s+|Senior\s+|Circuit\s+|District\s+)*Judge\s*:",
        r"^(?P<n>(?:LORD|LADY|BARONESS)\s+[A-Z][A-Z'’\-]+(?:\s+OF\s+[A-Z][A-Z ]+)?)\s*(?::|\((?i:with whom))",
        r"^(?:CHIEF\s+)?JUSTICE\s+(?P<n>[A-Z][A-Z'’\-]+)\s+delivered the opinion",
        r"^Judgments?:\s+(?P<n>[A-Z][a-z'’\-]+)\s+(?:J|JA|CJ|DCJ|AJ)",
    ]
    .iter()
    .map(|p| regex::Regex::new(p).expect("author line patterns compile"))
    .collect()
});

/// Whether the question asks who wrote or delivered a judgment.
fn asks_author(lower: &str) -> bool {
    [
        " wrote ",
        " delivered ",
        " authored ",
        " gave ",
        " write ",
        " deliver ",
    ]
    .iter()
    .any(|v| lower.contains(v))
        && [" judgment", " opinion", " decision", " ruling"]
            .iter()
            .any(|n| lower.contains(n))
        && (lower.starts_with(" who ") || lower.starts_with(" which "))
}

/// The author a judgment's own heading names (see [`AUTHOR_LINES`]): the name's
/// byte range in `text`, from the first line that names one.
fn judgment_author(text: &str) -> Option<std::ops::Range<usize>> {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut at = 0;
    for (i, line) in lines.iter().enumerate() {
        let line = *line;
        let start = at;
        at += line.len();
        let mut body = line.trim();
        // "[1] CHARLEMAGNE JA: On 12th March 2020, a jury ...": a numbered paragraph
        // may open with its author; a long line is read only up to an early colon.
        if let Some(rest) = body.strip_prefix('[').and_then(|r| r.split_once(']')) {
            if rest.0.chars().all(|c| c.is_ascii_digit()) {
                body = rest.1.trim_start();
            }
        }
        // "FAISAL REHMAN QURESHI, J.- Muhammad Nadeem ... was tried": read up to the
        // dash after the judge's title, as up to a colon.
        if body.len() > 200 {
            let head = &body[..body.floor_char_boundary(60)];
            let end = head.find(':').map(|colon| colon + 1).or_else(|| {
                [".-", ".\u{2014}", ".\u{2013}"]
                    .iter()
                    .find_map(|dash| head.find(dash).map(|at| at + dash.len()))
            });
            match end {
                Some(end) => body = &body[..end],
                None => continue,
            }
        }
        // "HON. JUSTICE L.P. BANDA-MWALE, JA": a bench list's or a signature's line,
        // with the honorific, names a member of the court, not the judgment's author.
        if is_bench_line(body) {
            continue;
        }
        // Where `body` starts in the line (a sub-slice of it).
        let lead = body.as_ptr() as usize - line.as_ptr() as usize;
        for pattern in AUTHOR_LINES.iter() {
            if let Some(name) = pattern.captures(body).and_then(|c| c.name("n")) {
                // "CORAM: GABANAGAE JP" / "TEBOGO JA" / "WHITFIELD JA": a name and
                // title alone on a line in a list of judges is a member of the bench.
                // Only a colon closes an author's line ("HARLOW JA:"); a bench list's
                // lines may carry a role ("SMITH JA (Presiding)", "- Member").
                let closed = body[name.end()..].contains(':');
                if !closed && in_bench_list(&lines, i) {
                    break;
                }
                return Some(start + lead + name.start()..start + lead + name.end());
            }
        }
    }
    signed_by(text)
}

/// Whether the question asks who presided over a bench: "Which President of the Court
/// sat on the bench that heard X's appeal?", "Who presided over the appeal of X?",
/// "Who was the presiding judge in X's appeal?".
fn asks_presiding(lower: &str) -> bool {
    (lower.starts_with(" who ") || lower.starts_with(" which "))
        && ([" presided", " presiding", " presides", " preside "]
            .iter()
            .any(|w| lower.contains(w))
            || (lower.contains(" president ")
                && [" bench", " sat ", " heard ", " hear "]
                    .iter()
                    .any(|w| lower.contains(w))))
}

/// A bench list's presiding member: under or after a bench label ("CORAM:",
/// "BEFORE:"), the line "VARENKO, P." / "MOLAPO JP" / "SMITH JA (Presiding)". The
/// name's byte range in `text`; none when no bench list marks one.
fn bench_president(text: &str) -> Option<std::ops::Range<usize>> {
    static PRESIDING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(?P<n>[\p{Lu}][\p{L}'’.\- ]*[\p{L}])\s*,?\s+(?:(?:P|JP|J\.P)\.?|[\p{L}.,\s]*\((?i:presiding)\))\s*$",
        )
        .expect("presiding pattern compiles")
    });
    let mut at = 0;
    let mut in_list = false;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let mut body = line.trim();
        let lower = body.to_lowercase();
        if let Some(label) = lexicon()
            .bench_labels
            .iter()
            .find(|l| lower.starts_with(&format!("{l}:")))
        {
            in_list = true;
            body = body[label.len() + 1..].trim_start();
        } else if body.is_empty() || !in_list {
            continue;
        } else if !AUTHOR_LINES.iter().any(|p| p.is_match(body)) && !PRESIDING.is_match(body) {
            // The list ends at a line that names no judge.
            in_list = false;
            continue;
        }
        if body.is_empty() {
            continue;
        }
        if let Some(name) = PRESIDING.captures(body).and_then(|c| c.name("n")) {
            let lead = body.as_ptr() as usize - line.as_ptr() as usize;
            return Some(start + lead + name.start()..start + lead + name.end());
        }
    }
    None
}

/// Whether the nearest line above or below line `i` (blank lines skipped) names a
/// judge as an author line would, or opens a bench list ("CORAM:", "BEFORE:").
fn in_bench_list(lines: &[&str], i: usize) -> bool {
    let judge = |line: &str| {
        let body = line.trim().trim_matches('*');
        let lower = body.to_lowercase();
        // "CORAM:", "Before:", "PRESENT" alone: a label, not "Before turning to ...".
        lexicon().bench_labels.iter().any(|label| {
            lower
                .strip_prefix(label)
                .is_some_and(|rest| rest.is_empty() || rest.trim_start().starts_with(':'))
        }) || AUTHOR_LINES.iter().any(|p| p.is_match(body))
    };
    let above = lines[..i].iter().rev().find(|l| !l.trim().is_empty());
    let below = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
    above.is_some_and(|l| judge(l)) || below.is_some_and(|l| judge(l))
}

/// "were arrested the next morning, July 20, 2008, at a motel in Duncan", "arrested
/// upon his arrival at Narita Airport", "died ... at the Joseph Harp Correctional
/// Center": the place a preposition ("in", "at") puts after the asked act's verb in
/// the same clause, a run of capitalised words (no month, no weekday) up to two words
/// after it, for a place the gazetteer does not know. The name and its byte range in
/// `clause` (the text from the verb on).
pub(super) fn place_after_act(clause: &str) -> Option<(String, std::ops::Range<usize>)> {
    let end = clause
        .find(['.', ';', '\n'])
        .filter(|&e| e > 0)
        .unwrap_or(clause.len())
        .min(clause.floor_char_boundary(120));
    let clause = &clause[..end];
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for piece in clause.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        if !word.is_empty() {
            words.push((at, word));
        }
        at += piece.len();
    }
    let is_capital = |w: &str| {
        let w = w.trim_end_matches([',', ')', '\'', '’']);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && w.chars().count() >= 3
            && !dossier_model::is_month_name(&w.to_lowercase())
            && !dossier_model::is_weekday_word(&w.to_lowercase())
            && !super::phrases::names_no_place(w)
    };
    let mut found = None;
    for (i, (_, word)) in words.iter().enumerate() {
        if !matches!(*word, "in" | "at") {
            continue;
        }
        // "at the Joseph Harp ...", "in Machinga": the name starts within two words.
        let Some(first) = (i + 1..(i + 3).min(words.len()))
            .find(|&k| is_capital(words[k].1))
            .filter(|&k| k == i + 1 || matches!(words[i + 1].1, "the" | "The"))
        else {
            continue;
        };
        let mut last = first;
        while last + 1 < words.len()
            && !words[last].1.ends_with(',')
            && is_capital(words[last + 1].1)
            && last - first < 4
        {
            last += 1;
        }
        let start = words[first].0;
        let stop = words[last].0 + words[last].1.trim_end_matches([',', ')']).len();
        found = Some((clause[start..stop].to_string(), start..stop));
        break;
    }
    found
}

/// The text with a party's role written bare and capitalised, as US opinions name
/// a party ("The trial court sentenced Petitioner to death", "Appellant's counsel"),
/// given its article ("the Petitioner"), so that it reads as "the petitioner" does.
pub(super) fn with_bare_roles(said: &str) -> std::borrow::Cow<'_, str> {
    let bare = |word: &str| {
        let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
        let word = word
            .strip_suffix("'s")
            .or(word.strip_suffix("’s"))
            .unwrap_or(word);
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(char::is_lowercase)
            && lexicon()
                .party_roles
                .iter()
                .any(|r| word.eq_ignore_ascii_case(r))
    };
    let pieces: Vec<&str> = said.split_inclusive(char::is_whitespace).collect();
    if !pieces.iter().any(|p| bare(p.trim_end())) {
        return std::borrow::Cow::Borrowed(said);
    }
    let mut out = String::with_capacity(said.len() + 16);
    let mut previous = "";
    for piece in pieces {
        let word = piece.trim_end();
        if bare(word) && !previous.eq_ignore_ascii_case("the") {
            out.push_str("the ");
        }
        out.push_str(piece);
        if !word.is_empty() {
            previous = word;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// "(4) Ishizaki was arrested on February 2, 2015." for a question on Mori Sayaka:
/// a sentence whose subject is one word of another person's name, which the document
/// writes in full beside another capitalised word ("Ishizaki Ren") and never in small
/// letters, with a passive or perfect after it ("was", "were", "had"), while the
/// sentence holds no word of the asked person's name. It tells of that other person.
pub(super) fn another_named_subject(asked: &[&String], text: &str, sentence: &str) -> bool {
    let is_name = |n: &&&String| {
        let words: Vec<&str> = n.split_whitespace().collect();
        words.len() >= 2 && words.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let asked: Vec<&&String> = asked.iter().filter(is_name).collect();
    if asked.is_empty() {
        return false;
    }
    let lower = sentence.to_lowercase();
    let sentence_words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    if asked.iter().any(|n| {
        n.split_whitespace()
            .any(|w| w.len() >= 3 && sentence_words.contains(&w.to_lowercase().as_str()))
    }) {
        return false;
    }
    // The sentence's first words, after a paragraph number ("(4)", "[4]", "4.").
    let mut words = sentence.split_whitespace().skip_while(|w| {
        w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '.'))
            .chars()
            .all(|c| c.is_ascii_digit())
    });
    let (Some(subject), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    let subject_ok = subject.chars().count() >= 3
        && subject.chars().next().is_some_and(char::is_uppercase)
        && subject.chars().skip(1).all(char::is_lowercase);
    if !subject_ok || !matches!(verb, "was" | "were" | "had") {
        return false;
    }
    // Never written small ("Police were called" is no name).
    let small = subject.to_lowercase();
    let written_small = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w == small);
    // "She was charged": a pronoun or a clause's opener (`clause_openers_not_names`)
    // names nobody.
    let pronoun = super::phrases::opens_without_a_name(&small)
        || [
            "there", "such", "both", "each", "you", "one", "many", "some", "most",
        ]
        .contains(&small.as_str());
    if written_small || pronoun || lexicon().party_roles.contains(&small) {
        return false;
    }
    // Beside another capitalised word somewhere, in one sentence: "Ishizaki Ren",
    // "Marcus Dewayne" (not "Osaka. She", across a stop).
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    let ends = |w: &str| w.ends_with(['.', ';', ':', '!', '?']);
    let word = |w: &str| w.trim_end_matches(['.', ';', ':', '!', '?']).to_string();
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
    };
    tokens.windows(2).any(|pair| {
        let (a, b) = (word(pair[0]), word(pair[1]));
        !ends(pair[0])
            && ((a == subject && capital(&b) && b.len() >= 3)
                || (b == subject && capital(&a) && a.len() >= 3 && a != "The"))
    })
}

/// Whether a line names a judge with an honorific before the name ("HON. JUSTICE A.K.
/// MSOSA, SC, JA", "Honourable Justice Okafor, JSC"), as a bench list or a signature
/// block writes it, and opens no judgment (no colon after the name, no "delivering"
/// or bracketed role: "HON. JUSTICE A. B. OKAFOR, JCA (Delivering the Leading
/// Judgment)" is the author's line). The honorifics are `signature_titles` data.
fn is_bench_line(body: &str) -> bool {
    let lower = body.to_lowercase();
    super::phrases::opens_with_honorific(&lower)
        && !body.contains(':')
        && !body.contains('(')
        && !lower.contains("deliver")
}

/// The judge who signs a ruling at its foot, the name on its own line above the
/// title ("F. M. NJOROGE" over "JUDGE"): the last such pair of the text.
fn signed_by(text: &str) -> Option<std::ops::Range<usize>> {
    static NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^\(?(?P<n>(?:[A-Z]\.\s*){0,3}[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,3})\)?$",
        )
        .expect("signature name pattern compiles")
    });
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        lines.push((at, line));
        at += line.len();
    }
    let mut found = None;
    for pair in lines.windows(2) {
        let ((start, line), (_, next)) = (pair[0], pair[1]);
        // "JUDGE", "Chief Justice", "PRESIDING JUDGE", "JUDGE OF THE HIGH COURT".
        if !super::phrases::is_signature_title(next) {
            continue;
        }
        let body = line.trim();
        // A name has two parts or more ("F. M. NJOROGE", "Amina Otieno"): a lone
        // word above the title is part of it ("PRESIDING" over "JUDGE").
        let parts = body
            .split(|c: char| c.is_whitespace() || c == '.')
            .filter(|w| !w.is_empty())
            .count();
        if parts < 2 {
            continue;
        }
        if let Some(name) = NAME.captures(body).and_then(|c| c.name("n")) {
            let lead = line.find(body).unwrap_or(0);
            found = Some(start + lead + name.start()..start + lead + name.end());
        }
    }
    found
}

impl Engine {
    /// "Who wrote the judgment in Ndlovu v S?": the author the one named judgment's
    /// heading gives ("THERON J (... concurring):").
    pub(super) fn answer_from_judgment_author(&self, q: &Question) -> Result<Option<Answer>> {
        if !matches!(q.kind, AnswerKind::Person | AnswerKind::Entity) {
            return Ok(None);
        }
        if !asks_author(&format!(" {} ", q.text.to_lowercase())) {
            return Ok(None);
        }
        self.name_in_the_named_document(
            q,
            judgment_author,
            |name| format!("{name} (the judgment's author, as its heading names)"),
            0.7,
            "the named judgment's author line",
        )
    }

    /// "Which President of the Court sat on the bench that heard X's appeal?": the
    /// presiding member the named judgment's bench list marks ("VARENKO, P.").
    pub(super) fn answer_from_bench_president(&self, q: &Question) -> Result<Option<Answer>> {
        if !matches!(q.kind, AnswerKind::Person | AnswerKind::Entity) {
            return Ok(None);
        }
        if !asks_presiding(&format!(" {} ", q.text.to_lowercase())) {
            return Ok(None);
        }
        self.name_in_the_named_document(
            q,
            bench_president,
            |name| format!("{name} (presiding, as the judgment's bench list marks)"),
            0.7,
            "the named judgment's bench list",
        )
    }

    /// The name `find` reads in the one document the question names (none when it
    /// names none, or several hold one), cited where it stands.
    fn name_in_the_named_document(
        &self,
        q: &Question,
        find: impl Fn(&str) -> Option<std::ops::Range<usize>>,
        answer: impl Fn(&str) -> String,
        confidence: f32,
        method: &str,
    ) -> Result<Option<Answer>> {
        let mut found = Vec::new();
        for (summary, document) in self.named_documents(q)? {
            if let Some(range) = find(&document.text) {
                found.push((summary, document, range));
            }
        }
        let [(summary, document, range)] = found.as_slice() else {
            return Ok(None);
        };
        let name = document.text[range.clone()].to_string();
        let span = dossier_model::Span::new(range.start, range.end);
        Ok(Some(Answer {
            question: q.text.clone(),
            answer: Some(answer(&name)),
            values: vec![name],
            citations: vec![Citation::new(&summary.name, &document.text, span)],
            conflicts: vec![],
            confidence,
            method: method.to_string(),
            trace: vec![],
        }))
    }

    /// The documents whose head or title holds what the question names a document by
    /// (none when it names none).
    fn named_documents(
        &self,
        q: &Question,
    ) -> Result<Vec<(&dossier_store::DocSummary, dossier_model::Document)>> {
        let identifiers = identifiers(q);
        let mut out = Vec::new();
        if identifiers.is_empty() {
            // "Who delivered the ruling on resentencing of Joseph Mwangi Kamau?": a
            // judgment whose party the question names is named by it.
            let people: Vec<&String> = q
                .names
                .iter()
                .filter(|n| n.split_whitespace().count() >= 2)
                .collect();
            if people.is_empty() {
                return Ok(out);
            }
            for summary in self.summaries()? {
                let Some(document) = self.store.document(summary.key)? else {
                    continue;
                };
                let title = summary.meta.title.as_ref().map(|t| t.value.as_str());
                if party_names(&document.text, title)
                    .iter()
                    .any(|(_, party)| people.iter().any(|n| super::same_person(n, party)))
                {
                    out.push((summary, document));
                }
            }
            return Ok(out);
        }
        for summary in self.summaries()? {
            let Some(document) = self.store.document(summary.key)? else {
                continue;
            };
            if names_document(&identifiers, names_a_case(q), summary, &document) {
                out.push((summary, document));
            }
        }
        Ok(out)
    }

    /// "Who is the respondent in Criminal Appeal No. 1123 of 2019?": the party the
    /// caption of the one document the question names gives that role.
    pub(super) fn answer_from_caption_party(&self, q: &Question) -> Result<Option<Answer>> {
        if !matches!(
            q.kind,
            AnswerKind::Person | AnswerKind::Entity | AnswerKind::Organisation
        ) {
            return Ok(None);
        }
        let lower = format!(" {} ", q.text.to_lowercase());
        let Some(role) = lexicon()
            .party_roles
            .iter()
            .find(|r| lower.contains(&format!(" the {r} ")))
        else {
            return Ok(None);
        };
        self.name_in_the_named_document(
            q,
            |text| {
                let end = text.floor_char_boundary(HEAD_BYTES.min(text.len()));
                caption_party(&text[..end], role)
            },
            |name| format!("{name} (the {role} in the caption)"),
            0.8,
            &format!("the named judgment's caption: the {role}"),
        )
    }

    /// "When was Smith v. Jones argued?": the date on the caption line that opens
    /// with the asked stage's label ("Argued November 2, 2003.") in the one document
    /// the question names.
    pub(super) fn answer_from_caption_label(&self, q: &Question) -> Result<Option<Answer>> {
        if q.kind != AnswerKind::Date {
            return Ok(None);
        }
        let lower = format!(" {} ", fold_word(&q.text));
        let Some(asked) = lexicon()
            .caption_labels
            .iter()
            .find(|l| lower.contains(l.cue.as_str()))
            .map(|l| l.stage.as_str())
        else {
            return Ok(None);
        };
        let mut found = Vec::new();
        for (summary, document) in self.named_documents(q)? {
            if !names_its_own_court(q, summary, &document.text) {
                continue;
            }
            let Some(extraction) = self.store.extraction(summary.key)? else {
                continue;
            };
            let end = document
                .text
                .floor_char_boundary(HEAD_BYTES.min(document.text.len()));
            let mut at = 0;
            for line in document.text[..end].split_inclusive('\n') {
                let start = at;
                at += line.len();
                let Some((_, label_len)) = caption_label(line).filter(|(stage, _)| *stage == asked)
                else {
                    continue;
                };
                let label_end = start + line.len() + label_len
                    - line
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len();
                let time = extraction.times.iter().find(|t| {
                    let s = t.span.start as usize;
                    !t.is_duration
                        && s >= label_end
                        && s <= label_end + 12
                        && (t.span.end as usize) <= at
                        && t.value.is_some_and(|v| v.start.is_some())
                });
                if let (Some(time), Some(value)) = (time, time.and_then(|t| t.value)) {
                    found.push((summary, document.clone(), time.span, value));
                    break;
                }
            }
        }
        // Several documents fit: the question does not single one out.
        let [(summary, document, span, value)] = found.as_slice() else {
            return Ok(None);
        };
        let written = span.slice(&document.text).to_string();
        Ok(Some(Answer {
            question: q.text.clone(),
            answer: Some(format!("{} ({asked} {written})", value.iso())),
            values: vec![value.iso()],
            citations: vec![Citation::new(&summary.name, &document.text, *span)],
            conflicts: vec![],
            confidence: 0.8,
            method: format!("the named judgment's caption line '{asked} ...'"),
            trace: vec![],
        }))
    }

    /// "When did the Supreme Court of Florida affirm Delacroix's death sentence?": the
    /// day of the one judgment whose caption names the asked person as a party, when
    /// every court the question names (one at least) is the judgment's own, its day was
    /// read as a judgment's, and the judgment disposes in the asked verb itself, in the
    /// first person or the passive ("We affirm", "the appeal is DISMISSED"). A court
    /// below's act is not this court's ("When did the Court of Appeal dismiss ...?" of
    /// a Supreme Court's judgment), nor is an act the judgment does not do.
    pub(super) fn answer_from_own_disposition(&self, q: &Question) -> Result<Option<Answer>> {
        if q.kind != AnswerKind::Date {
            return Ok(None);
        }
        let lower = format!(" {} ", fold_word(&q.text));
        // The question's own verb is the first of them it writes ("affirm the sentence
        // delivered by the High Court" asks of affirming).
        let Some(stems) = lexicon()
            .disposition_verbs
            .iter()
            .filter_map(|d| Some((lower.find(d.cue.as_str())?, d.stated.as_slice())))
            .min_by_key(|(at, _)| *at)
            .map(|(_, stems)| stems)
        else {
            return Ok(None);
        };
        let stems: Vec<&str> = stems.iter().map(String::as_str).collect();
        let names_a_court = q.names.iter().any(|n| {
            let n = fold_word(n);
            n.split_whitespace()
                .any(|w| w == "circuit" || institution_word(w))
        });
        if !names_a_court {
            return Ok(None);
        }
        let mut found = Vec::new();
        for (summary, document) in self.named_documents(q)? {
            if !names_its_own_court(q, summary, &document.text) {
                continue;
            }
            // The whole court phrase of the question, not a name read out of it:
            // "the Court of Appeal of Barbados" is not the Caribbean Court of Justice.
            let Some(publisher) = summary.meta.publisher.as_ref().map(|p| fold_word(&p.value))
            else {
                continue;
            };
            let own: Vec<&str> = publisher
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            if !court_phrase_words(&q.text)
                .iter()
                .all(|w| own.contains(&w.as_str()))
            {
                continue;
            }
            let Some(published) = &summary.meta.published else {
                continue;
            };
            if !judgment_day(summary, &published.rule) || !disposes_by(&document.text, &stems) {
                continue;
            }
            found.push((summary, document, published.clone()));
        }
        let [(summary, document, published)] = found.as_slice() else {
            return Ok(None);
        };
        let Some(span) = text_span(published, &document.text) else {
            return Ok(None);
        };
        Ok(Some(Answer {
            question: q.text.clone(),
            answer: Some(format!(
                "{} (the day of the judgment that so disposes)",
                published.value
            )),
            values: vec![published.value.clone()],
            citations: vec![Citation::new(&summary.name, &document.text, span)],
            conflicts: vec![],
            confidence: 0.8,
            method: format!("the named judgment's own day ({})", published.rule),
            trace: vec![],
        }))
    }

    /// The answer from the metadata of the one document the question names, when it
    /// asks for that document's own day.
    pub(super) fn answer_from_document_date(&self, q: &Question) -> Result<Option<Answer>> {
        let lower = format!(" {} ", fold_word(&q.text));
        if q.kind != AnswerKind::Date
            || !lexicon()
                .document_date_words
                .iter()
                .any(|w| lower.contains(w.as_str()))
        {
            return Ok(None);
        }
        let identifiers = identifiers(q);
        if identifiers.is_empty() {
            return Ok(None);
        }
        let judgment_words = lower.contains(" decide") || lower.contains(" decision");
        let mut found = Vec::new();
        for summary in self.summaries()? {
            let Some(published) = &summary.meta.published else {
                continue;
            };
            // A court's decision is read from a decision line or a judgment's day
            // line, not from a page date.
            if judgment_words && !judgment_day(summary, &published.rule) {
                continue;
            }
            let Some(document) = self.store.document(summary.key)? else {
                continue;
            };
            if names_document(&identifiers, names_a_case(q), summary, &document) {
                found.push((summary, document, published.clone()));
            }
        }
        // Several documents fit: the question does not single one out.
        let [(summary, document, published)] = found.as_slice() else {
            return Ok(None);
        };
        let Some(span) = text_span(published, &document.text) else {
            return Ok(None);
        };
        let what = summary
            .meta
            .title
            .as_ref()
            .map(|t| t.value.as_str())
            .unwrap_or(&summary.name);
        Ok(Some(Answer {
            question: q.text.clone(),
            answer: Some(format!(
                "{} ({what} is dated {})",
                published.value, published.value
            )),
            values: vec![published.value.clone()],
            citations: vec![Citation::new(&summary.name, &document.text, span)],
            conflicts: vec![],
            confidence: 0.85,
            method: format!("the named document's own date ({})", published.rule),
            trace: vec![],
        }))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_questions_court_phrase_is_read_whole() {
        assert_eq!(
            super::court_phrase_words("When did the Court of Appeal, Ostbury Division, affirm it?"),
            ["court", "appeal"]
        );
        assert_eq!(
            super::court_phrase_words(
                "When did the High Court of Ostland quash Ana Berg's sentence?"
            ),
            ["high", "court", "ostland"]
        );
    }

    #[test]
    fn a_judgment_disposes_in_the_first_person_or_the_passive() {
        assert!(super::disposes_by(
            "For these reasons we uphold the conviction.",
            &["uphold"]
        ));
        assert!(super::disposes_by("The petition is QUASHED.", &["quash"]));
        assert!(super::disposes_by(
            "The order is hereby reversed.",
            &["revers"]
        ));
        // Another court's act, told of: no disposition of this judgment.
        assert!(!super::disposes_by(
            "The High Court upheld the sentence, and the appellant appealed.",
            &["uphold", "upheld"]
        ));
        assert!(super::disposes_by("Any text at all.", &[]));
    }

    #[test]
    fn a_caption_party_without_other_names_and_patronym_marks() {
        let text = "IN THE COURT OF APPEAL\n\nBAKARI s/o SELEMANI @ JUMA ........ APPELLANT\n\nVERSUS\n\nTHE REPUBLIC ........ RESPONDENT\n";
        assert!(party_names(text, None).contains(&("appellant", "BAKARI SELEMANI".to_string())));
        let text = "CRIMINAL APPEAL NO. 9 OF 2019\n\nMd. Karim Uddin alias Babu\n.....Appellant\n-Versus-\nThe State\n.....Respondent\n";
        assert!(party_names(text, None).contains(&("appellant", "Md. Karim Uddin".to_string())));
        let text = "No. 23-70001\n\nRoyce Dean Palmer,\nPetitioner—Appellant,\n\nversus\n\nDirector, Department of Corrections,\nRespondent—Appellee.\n";
        let parties = party_names(text, None);
        assert!(
            parties.contains(&("appellant", "Royce Dean Palmer".to_string())),
            "{parties:?}"
        );
        let text =
            "JOHN SMITH,\nDefendant-Cross-Appellant,\n\nv.\n\nTHE STATE,\nPlaintiff-Appellee.\n";
        assert!(party_names(text, None).contains(&("appellant", "JOHN SMITH".to_string())));
        let text = "ROYCE PALMER\u{2014}APPELLANT\n\nv.\n\nTHE STATE\n";
        assert!(party_names(text, None).contains(&("appellant", "ROYCE PALMER".to_string())));
        // A letter whose capital is longer than its small form is cut safely.
        let text = "\u{130}BRAH\u{130}M YILMAZ ........ APPELLANT\n\nv.\n\nTHE REPUBLIC\n";
        assert!(party_names(text, None)
            .contains(&("appellant", "\u{130}BRAH\u{130}M YILMAZ".to_string())));
        // The respondent is an office, no person's name.
        assert!(
            !parties.iter().any(|(r, _)| *r == "respondent"),
            "{parties:?}"
        );
    }

    #[test]
    fn an_author_line_with_two_titles_and_a_bench_list_before_it() {
        let author = |text: &str| judgment_author(text).map(|r| text[r].to_string());
        let text = "CORAM: HON. JUSTICE R.M. PHIRI, SC, JA\n       HON. JUSTICE D.K. LUNGU, JA\n\nJ U D G M E N T\n\nNYIRENDA, SC, JA\n\n1. The appellant was tried in 2015.\n";
        assert_eq!(author(text).as_deref(), Some("NYIRENDA"));
        // A signature block alone names no author.
        assert_eq!(
            author("Done.\n\nHON. JUSTICE D.K. LUNGU, JA\n").as_deref(),
            None
        );
        // Bare "NAME JA" lines under "CORAM:" are the bench; the line with a colon
        // opens the judgment.
        let text = "CORAM: MOLAPO JP\nKEITSENG JA\nHARLOW JA\n\nHEARD: 2 May 2022\n\nHARLOW JA:\n\n[1] The appellant was convicted.\n";
        assert_eq!(author(text).as_deref(), Some("HARLOW"));
        // A bench line with its role in brackets is still the bench.
        let text = "CORAM: MOLAPO JP\nSMITH JA (Presiding)\nHARLOW JA\n\nHARLOW JA:\n\n[1] The appellant was convicted.\n";
        assert_eq!(author(text).as_deref(), Some("HARLOW"));
        // "Surname, J." alone above the first paragraph, after a bench of full names.
        let text = "BEFORE: Anil Mendis Perera, J.\nNadia de Silva, J.\n\nDECIDED ON: 02.03.2021\n\nPerera, J.\n\n1. The appellant was indicted for murder.\n";
        assert_eq!(author(text).as_deref(), Some("Perera"));
    }

    #[test]
    fn a_caption_with_a_column_of_brackets() {
        let text = "IN THE UNITED STATES DISTRICT COURT\n\nLEROY JAMES PARKS,          )\n                            )\n     Petitioner,            )\n                            )\nv.                          )   Case No. 4:19-cv-1\n                            )\nWARDEN SMITH,               )\n     Respondent.            )\n";
        assert!(party_names(text, None).contains(&("petitioner", "LEROY JAMES PARKS".to_string())));
    }

    #[test]
    fn a_bare_capitalised_role_reads_as_the_role() {
        assert_eq!(
            with_bare_roles(
                "The court sentenced Petitioner to death; Petitioner's counsel objected."
            ),
            "The court sentenced the Petitioner to death; the Petitioner's counsel objected."
        );
        assert_eq!(
            with_bare_roles("The Appellant was tried."),
            "The Appellant was tried."
        );
        assert_eq!(
            with_bare_roles("the petitioner appealed"),
            "the petitioner appealed"
        );
    }

    #[test]
    fn a_sentence_whose_subject_is_another_named_person() {
        let text = "(1) The co-accused, Tanaka Jiro, was a cook. Tanaka was arrested on May 3, 2016. Sato Emi told the police. The police were called.";
        let sato = "Sato Emi".to_string();
        assert!(another_named_subject(
            &[&sato],
            text,
            "Tanaka was arrested on May 3, 2016."
        ));
        assert!(!another_named_subject(
            &[&sato],
            text,
            "The police were called."
        ));
        let tanaka = "Tanaka Jiro".to_string();
        assert!(!another_named_subject(
            &[&tanaka],
            text,
            "Tanaka was arrested on May 3, 2016."
        ));
        // "There were 24 executions in 2023" has no subject of a name.
        let text = "There were 24 executions in 2023 in the United States. There Was a Song.";
        let us = "United States".to_string();
        assert!(!another_named_subject(
            &[&us],
            text,
            "There were 24 executions in 2023."
        ));
        // A pronoun after another name's stop is no name of its own.
        let text = "Mori Sayaka was detained in Osaka. She was charged on 3 May.";
        let mori = "Mori Sayaka".to_string();
        assert!(!another_named_subject(
            &[&mori],
            text,
            "She was charged on 3 May."
        ));
    }

    #[test]
    fn a_bench_line_and_an_author_line() {
        assert!(is_bench_line("HON. JUSTICE A.K. MSOSA, SC, JA"));
        assert!(!is_bench_line(
            "HON. JUSTICE A. B. OKAFOR, JCA (Delivering the Leading Judgment)"
        ));
        assert!(!is_bench_line("OKAFOR, JCA:"));
    }

    #[test]
    fn a_place_after_the_asked_verb() {
        let place = |clause: &str| place_after_act(clause).map(|(p, _)| p);
        assert_eq!(
            place("arrested two days later, on 3 May 2011, at a guesthouse in Kasungu.").as_deref(),
            Some("Kasungu")
        );
        assert_eq!(
            place("died of pneumonia at the Mikuyu Central Prison on 2 June 2016.").as_deref(),
            Some("Mikuyu Central Prison")
        );
        assert_eq!(
            place("arrested in March 2012 at his home.").as_deref(),
            None
        );
        // A holiday, a language or a court after "at" or "in" is no place.
        assert_eq!(
            place("arrested at Easter 2015 while visiting.").as_deref(),
            None
        );
        assert_eq!(
            place("tried in Kiswahili without an interpreter.").as_deref(),
            None
        );
        assert_eq!(place("sentenced in the High Court.").as_deref(), None);
        assert_eq!(
            place("arrested at the checkpoint. He was taken to Lilongwe.").as_deref(),
            None
        );
    }

    #[test]
    fn a_party_in_apposition_with_a_bracketed_aside() {
        let text = "Reasons\n\n(1) The defendant, Sato Kenji (born May 2, 1980), was a driver. The defendant fled.\n";
        assert!(party_names(text, None).contains(&("defendant", "Sato Kenji".to_string())));
    }

    #[test]
    fn a_judgment_names_its_author_in_its_heading() {
        let author = |text: &str| judgment_author(text).map(|r| text[r].to_string());
        assert_eq!(
            author("ORDER\n\nTHERON J (Maya DCJ and Tshiqi J concurring):\n\n[1] This").as_deref(),
            Some("THERON")
        );
        assert_eq!(
            author("J U D G M E N T\n\nARVIND NATH, J.\n\n1. These appeals").as_deref(),
            Some("ARVIND NATH")
        );
        assert_eq!(
            author("Before SMITH and HO, Circuit Judges.\nJAMES L. DENNIS, Circuit Judge:\n")
                .as_deref(),
            Some("JAMES L. DENNIS")
        );
        assert_eq!(
            author("LORD KERR: (with whom Lady Hale agrees)\n").as_deref(),
            Some("LORD KERR")
        );
        assert_eq!(
            author("JUSTICE KENNEDY delivered the opinion of the Court.\n").as_deref(),
            Some("KENNEDY")
        );
        assert_eq!(
            author("Coram: Maya DCJ, Madlanga J\n\nThe appeal is upheld.\n"),
            None
        );
        // Mixed case with a comma and colon; dotted titles; the author opening a
        // numbered paragraph; a "delivered by" line.
        assert_eq!(
            author("JUDGMENT\n\nHelena Marsh, J:\n\n1. This appeal").as_deref(),
            Some("Helena Marsh")
        );
        assert_eq!(
            author("JUDGMENT OF THE COURT\n\nMOSHA, J.A.:\n\nThe appellant").as_deref(),
            Some("MOSHA")
        );
        let long = format!(
            "[1] VERNON JA: {}\n",
            "On 3rd May 2021 the jury convicted him. ".repeat(8)
        );
        assert_eq!(author(&long).as_deref(), Some("VERNON"));
        // The subcontinent's "NAME, J.-" opening a long first paragraph.
        let dashed = format!(
            "JUDGMENT\n\nSADIA NOOR KHAN, J.- The appellant, Imran Latif, {}\n",
            "was tried for the murder of his neighbour and convicted. ".repeat(6)
        );
        assert_eq!(author(&dashed).as_deref(), Some("SADIA NOOR KHAN"));
        assert_eq!(
            author("JUDGMENT\n\nR. K. DUTTA, J.\u{2014}\n\nLeave granted.").as_deref(),
            Some("R. K. DUTTA")
        );
        assert_eq!(
            author("LEAD JUDGMENT DELIVERED BY KEMI A. ADEWALE, JSC\n\nThis appeal").as_deref(),
            Some("KEMI A. ADEWALE")
        );
        assert_eq!(
            author("[Delivered by Lord Ashcombe]\n\n1. The").as_deref(),
            Some("Lord Ashcombe")
        );
        // A paragraph that only mentions a judge is no author line.
        let mention = format!(
            "[4] The learned judge: {}\n",
            "he took a starting point of 35 years. ".repeat(8)
        );
        assert_eq!(author(&mention), None);
        assert_eq!(
            author("For the Appellant: Mr. Karim Haque, Senior Advocate\n"),
            None
        );
        assert!(asks_author(
            " who wrote the unanimous judgment in ndlovu v s? "
        ));
        assert!(!asks_author(" who was convicted in the judgment? "));
        assert!(asks_presiding(
            " which president of the court sat on the bench that heard the appeal of ann roe? "
        ));
        assert!(asks_presiding(" who presided over the trial of ann roe? "));
        assert!(!asks_presiding(" which president signed the bill? "));
        let text = "CASE\n\nCORAM:   HALDEN, J.A.\n         MORROW, P.\n         ASKE, J.A.\n\nHeard on 2 May 2019\n";
        assert_eq!(bench_president(text).map(|r| &text[r]), Some("MORROW"));
        let text = "BEFORE: KEMP JP\nLOW JA\n\nThe appeal.\n";
        assert_eq!(bench_president(text).map(|r| &text[r]), Some("KEMP"));
        let text = "Coram: Ruto JA (Presiding), Lema JA\n";
        assert_eq!(bench_president(text), None);
        let text =
            "CORAM: HALDEN, J.A.\nASKE, J.A.\n\nJUDGMENT\nThe President, P. Morrow, was absent.\n";
        assert_eq!(bench_president(text), None);
    }

    use super::*;

    #[test]
    fn parties_by_role_from_captions_definitions_and_titles() {
        let text = "IN THE COURT OF APPEAL\n\nJOHN OKELLO @ KAMAU ........ APPELLANT\n\nVERSUS\n\nTHE REPUBLIC ........ RESPONDENT\n\nJUDGMENT\n";
        let parties = party_names(text, None);
        assert!(
            parties.contains(&("appellant", "JOHN OKELLO".to_string())),
            "{parties:?}"
        );
        assert!(
            !parties.iter().any(|(r, _)| *r == "respondent"),
            "{parties:?}"
        );
        let text = "JOHN PAUL MENSAH v R\n\nKofi Annan Asante for the appellant\n";
        let parties = party_names(text, None);
        assert_eq!(
            parties[0],
            ("appellant", "JOHN PAUL MENSAH".to_string()),
            "{parties:?}"
        );
        let text = "1. Ms Ama Mensah Boateng (hereinafter referred to as \"the Applicant\") is a national of Ghana.";
        assert_eq!(
            party_names(text, None),
            vec![("applicant", "Ms Ama Mensah Boateng".to_string())]
        );
        let parties = party_names("Judgment text.", Some("PETER JAMES SMITH v R"));
        assert!(parties.contains(&("appellant", "PETER JAMES SMITH".to_string())));
        let parties = party_names("Judgment text.", Some("The State v. Mary Ann Cole"));
        assert!(parties.contains(&("accused", "Mary Ann Cole".to_string())));
        assert!(party_names("Judgment text.", Some("Smith v. Jones")).is_empty());
    }

    #[test]
    fn caption_parties_by_role() {
        let head = "STATE OF RURITANIA ...APPELLANT(S)\n VERSUS\nJANE ROE SMITH ...RESPONDENT(S)\n";
        let party = |role| caption_party(head, role).map(|r| head[r].to_string());
        assert_eq!(party("appellant").as_deref(), Some("STATE OF RURITANIA"));
        assert_eq!(party("respondent").as_deref(), Some("JANE ROE SMITH"));
        let head = "Between :\nREGINA\nRespondent\n- and -\nJOHN DOE\nAppellant\n";
        let party = |role| caption_party(head, role).map(|r| head[r].to_string());
        assert_eq!(party("appellant").as_deref(), Some("JOHN DOE"));
        assert_eq!(party("respondent").as_deref(), Some("REGINA"));
        assert_eq!(
            caption_party("The respondent filed a reply.\n", "respondent"),
            None
        );
        let ids = identifiers(&Question::parse(
            "Who is the respondent in Criminal Appeal No. 45 of 2017?",
        ));
        assert_eq!(ids, vec![vec!["45".to_string(), "2017".to_string()]]);
    }

    #[test]
    fn caption_labels_open_their_lines() {
        assert_eq!(
            caption_label("    Argued November 2, 2003."),
            Some(("argued", 6))
        );
        assert_eq!(
            caption_label("Heard on 3rd day of March 2019"),
            Some(("heard", 5))
        );
        // Labelled fields of other courts and bodies, and a US opinion's filing day.
        assert_eq!(
            caption_label("Date of Hearing: 2nd October, 2017"),
            Some(("heard", 15))
        );
        assert_eq!(
            caption_label("Date of seizure: 9 May 2011"),
            Some(("seized", 15))
        );
        assert_eq!(caption_label("Filed: March 3, 2021"), Some(("decided", 5)));
        assert_eq!(caption_label("Filedate 2020"), None);
        assert_eq!(caption_label("The case was argued in 2003."), None);
        assert_eq!(caption_label("Arguments were heard."), None);
    }

    #[test]
    fn what_a_question_names_a_document_by() {
        let ids = |q: &str| identifiers(&Question::parse(q));
        assert_eq!(
            ids("When did the court decide Smith v. Ruritania?"),
            vec![vec!["smith".to_string(), "ruritania".to_string()]]
        );
        assert_eq!(
            ids("On what date was SC Appeal No.12/2019 decided?"),
            vec![vec!["12/2019".to_string()]]
        );
        assert!(ids("When did the court decide the case?").is_empty());
        assert_eq!(
            ids("When did the Court of Ruritania deliver its judgment in the Smith and Jones appeals?"),
            vec![vec![
                "court".to_string(),
                "ruritania".to_string(),
                "smith".to_string(),
                "jones".to_string()
            ]]
        );
        assert!(ids("When did the Supreme Court deliver its judgment?").is_empty());
    }

    #[test]
    fn a_matter_caption_names_the_party_the_text_calls_by_role() {
        let text = "BOARD OF CLEMENCY\n\nIn re: MARCUS LEE TANNER, Inmate No. 55102\nDecided: May 2, 2023\n\n1. The petitioner was convicted in 1999. The petitioner asks for mercy.\n";
        assert!(party_names(text, None).contains(&("petitioner", "MARCUS LEE TANNER".to_string())));
        // No role in the text: nobody.
        let text = "In the matter of Jane Roe\nThe Board met.\n";
        assert!(party_names(text, None).is_empty());
    }

    #[test]
    fn a_name_beside_v_is_a_party_not_the_court_asked_of() {
        let q = "When was Federal Trade Commission v. Qualcomm argued?";
        assert!(case_party(q, "Federal Trade Commission"));
        assert!(case_party(
            "When was Smith v. Ministry of Justice decided?",
            "Ministry of Justice"
        ));
        assert!(!case_party(
            "When did the Court of Appeal hear Smith v. Jones?",
            "Court of Appeal"
        ));
        // A word of a longer party's name.
        let q = "When was Minister of Justice and Correctional Services v Sebego heard?";
        assert!(case_party(q, "Justice"));
        assert!(case_party(q, "Sebego"));
    }
}
