//! Legal references: provisions ("Article 47(1)", "Art. 255(1), Criminal Code of
//! Kazakhstan"), numbered laws ("Law No. 266-IV of 2010"), UN resolutions
//! ("resolution 62/149"), named acts and codes ("Foreign Corrupt Practices Act",
//! "the Constitution"), dated amendments ("a 2018 amendment") and treaties
//! ("Second Optional Protocol to the International Covenant on Civil and
//! Political Rights", "1997 Terrorist Bombings Convention").

use crate::rules::on_word_boundaries;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use dossier_model::{Mention, MentionKind, Span};
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    /// Keywords that start (or end) a legal reference; everything else is anchored on them.
    keywords: AhoCorasick,
    provision: Regex,
    numbered_law: Regex,
    resolution: Regex,
    constitution: Regex,
    code: Regex,
    treaty_tail: Regex,
}

const KEYWORDS: &[&str] = &[
    "Article",
    "Articles",
    "Art.",
    "Arts.",
    "Art ",
    "Law No",
    "resolution ",
    "resolutions ",
    "Resolution ",
    "Constitution",
    "amendment",
    "Convention",
    "Covenant",
    "Protocol",
    "Treaty",
    "Charter",
    "Statute",
    "Act",
    "Code",
];

const CODE_KINDS: &[&str] = &[
    "Criminal",
    "Penal",
    "Civil",
    "Labour",
    "Labor",
    "Administrative",
    "Family",
    "Tax",
    "Procedure",
];

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let code = r"Code(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)?";
        let code_phrase = format!(r"(?:[A-Z][a-z]+\s+)?(?:Criminal|Penal|Civil|Labou?r|Administrative|Family|Tax)\s+(?:Procedure\s+)?{code}");
        let build = |re: &str| Regex::new(re).expect("law pattern compiles");
        Patterns {
            keywords: AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(KEYWORDS)
                .expect("law keywords compile"),
            provision: build(&format!(
                r"^(?:Art(?:icle)?s?\.?)\s?\d+(?:\s?\(\d+\))*(?:\s*(?:,|and)\s*\d+(?:\s?\(\d+\))*)*(?:,?\s+(?:of\s+)?(?:the\s+)?{code_phrase})?"
            )),
            numbered_law: build(r"^Law\s+No\.?\s?[0-9][0-9A-Za-z/-]*(?:\s+of\s+((?:1[89]|20)\d\d))?"),
            resolution: build(r"^[Rr]esolutions?\s+\d{1,3}/\d{1,4}"),
            constitution: build(r"^Constitution\b(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?"),
            code: build(&format!("^{code}")),
            treaty_tail: build(
                r"^(?: +(?:of|on|to|the|for|and|against|in|relating)\b(?: +(?:the|of|on|and|against|for|in)\b)* +[A-Z][\w-]+(?: +(?:and +)?[A-Z][\w-]+)*)*",
            ),
        }
    })
}

/// Words that end a treaty name when they follow it on a table row.
const TREATY_TAIL_STOP: &[&str] = &["State", "Status", "Signed", "Ratified"];
const CONNECTORS: &[&str] = &["of", "on", "the", "for", "and", "against", "to"];

/// A window of `text` from `start`, at most `len` bytes, on a char boundary.
fn window(text: &str, start: usize, len: usize) -> &str {
    let end = crate::quantity::floor_char_boundary(text, (start + len).min(text.len()));
    &text[start..end.max(start)]
}

/// Start of the run of capitalised words (and inner connectors, and a leading year)
/// ending right before `pos`, at most `max` words back.
fn walk_left(text: &str, pos: usize, max: usize, connectors: bool) -> usize {
    let mut start = pos;
    let mut cursor = pos;
    let mut words = 0;
    while words < max {
        let before = &text[..cursor];
        let trimmed = before.trim_end_matches(' ');
        if trimmed.len() == before.len() || trimmed.is_empty() {
            break;
        }
        let word_start = trimmed
            .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(0, |i| {
                i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &trimmed[word_start..];
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
        let connector = connectors && CONNECTORS.contains(&word);
        if word.is_empty() || !(capital || year || connector) {
            break;
        }
        cursor = word_start;
        words += 1;
        if capital || year {
            start = word_start;
        }
        if year {
            break;
        }
    }
    start
}

/// Find laws and treaties in `text`.
pub fn laws(text: &str) -> Vec<Mention> {
    let p = patterns();
    let mut out: Vec<Mention> = Vec::new();
    let push = |out: &mut Vec<Mention>,
                kind,
                start: usize,
                end: usize,
                value: Option<String>,
                rule: &str| {
        let span = Span::new(start, end);
        if let Some(last) = out.last() {
            if last.span.overlaps(span) {
                return;
            }
        }
        out.push(Mention {
            kind,
            span,
            name: text[start..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            name_span: span,
            role: None,
            acronym: None,
            value,
            approx: None,
            rule: rule.to_string(),
        });
    };
    let mut last_end = 0usize;
    for hit in p.keywords.find_iter(text) {
        let (k_start, k_end) = (hit.start(), hit.end());
        let starts_word = k_start == 0 || !crate::rules::is_word_byte(text.as_bytes()[k_start - 1]);
        if k_start < last_end || !starts_word {
            continue;
        }
        let keyword = KEYWORDS[hit.pattern().as_usize()];
        let found: Option<(MentionKind, usize, usize, Option<String>, &str)> = match keyword {
            "Article" | "Articles" | "Art." | "Arts." | "Art " => {
                p.provision.find(window(text, k_start, 240)).map(|m| {
                    let len = m.as_str().trim_end_matches([',', ' ']).len();
                    (
                        MentionKind::Law,
                        k_start,
                        k_start + len,
                        None,
                        "law.provision",
                    )
                })
            }
            "Law No" => p
                .numbered_law
                .captures(window(text, k_start, 80))
                .and_then(|c| {
                    let m = c.get(0)?;
                    Some((
                        MentionKind::Law,
                        k_start,
                        k_start + m.end(),
                        c.get(1).map(|y| y.as_str().to_string()),
                        "law.numbered",
                    ))
                }),
            "resolution " | "resolutions " | "Resolution " => {
                p.resolution.find(window(text, k_start, 40)).map(|m| {
                    (
                        MentionKind::Law,
                        k_start,
                        k_start + m.end(),
                        None,
                        "law.resolution",
                    )
                })
            }
            "Constitution" => {
                let before = &text[..k_start];
                if before.ends_with("the ") || before.ends_with("The ") || before.ends_with("the\n")
                {
                    p.constitution.find(window(text, k_start, 80)).map(|m| {
                        (
                            MentionKind::Law,
                            k_start,
                            k_start + m.end(),
                            None,
                            "law.constitution",
                        )
                    })
                } else {
                    None
                }
            }
            "amendment" => {
                // "a 2018 amendment", "its 2018 amendment"
                let before = text.get(..k_start).unwrap_or("");
                let year_text = before.strip_suffix(' ').and_then(|b| {
                    let at = b.len().checked_sub(4)?;
                    Some((b.get(at..)?, b.get(..at)?))
                });
                let found = year_text.and_then(|(year, rest)| {
                    let year: u32 = year.parse().ok()?;
                    let rest = rest.strip_suffix(' ')?;
                    let word = rest.rsplit([' ', '\n', '(']).next()?;
                    let ok = (1800..2100).contains(&year)
                        && ["a", "its", "the", "their", "this"]
                            .iter()
                            .any(|w| w.eq_ignore_ascii_case(word));
                    ok.then_some((year, rest.len() - word.len()))
                });
                found.map(|(year, start)| {
                    (
                        MentionKind::Law,
                        start,
                        k_end,
                        Some(year.to_string()),
                        "law.year_amendment",
                    )
                })
            }
            "Act" => {
                let start = walk_left(text, k_start, 5, false);
                (start < k_start && on_word_boundaries(text, k_start, k_end)).then_some((
                    MentionKind::Law,
                    start,
                    k_end,
                    None,
                    "law.named_act",
                ))
            }
            "Code" => {
                let start = walk_left(text, k_start, 3, false);
                let words = &text[start..k_start];
                let kind_ok = words.split_whitespace().any(|w| CODE_KINDS.contains(&w));
                let end = p
                    .code
                    .find(window(text, k_start, 80))
                    .map_or(k_end, |m| k_start + m.end());
                kind_ok.then_some((MentionKind::Law, start, end, None, "law.named_act"))
            }
            _ => {
                // Treaties: capitalised words (and a year) before, "of/on/to the ..." after.
                if !on_word_boundaries(text, k_start, k_end) {
                    None
                } else {
                    let mut start = walk_left(text, k_start, 8, true);
                    while let Some(first) = text[start..k_start].split_whitespace().next() {
                        if CONNECTORS.contains(&first) || first == "The" {
                            start += first.len() + 1;
                        } else {
                            break;
                        }
                    }
                    let mut end = p
                        .treaty_tail
                        .find(window(text, k_end, 200))
                        .map_or(k_end, |m| k_end + m.end());
                    for stop in TREATY_TAIL_STOP {
                        if let Some(i) = text[start..end].find(&format!(" {stop}")) {
                            end = start + i;
                        }
                    }
                    (text[start..end].split_whitespace().count() >= 2).then_some((
                        MentionKind::Treaty,
                        start,
                        end,
                        None,
                        "treaty.named",
                    ))
                }
            }
        };
        if let Some((kind, start, end, value, rule)) = found {
            push(&mut out, kind, start, end, value, rule);
            last_end = end;
        }
    }
    out.sort_by_key(|m| m.span);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &[(&str, &str)]) {
        let got: Vec<(String, String)> = laws(input)
            .iter()
            .map(|m| (m.kind.as_str().to_string(), m.span.slice(input).to_string()))
            .collect();
        let expect: Vec<(String, String)> = expect
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, expect, "input: {input:?}");
    }

    #[test]
    fn legal_references() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("as set out in Article 12(3) here", &[("law", "Article 12(3)")]),
            ("see Art. 101(2), Penal Code of Freedonia.", &[("law", "Art. 101(2), Penal Code of Freedonia")]),
            ("under Article 9 of the Criminal Code of Ruritania", &[("law", "Article 9 of the Criminal Code of Ruritania")]),
            ("Law No. 12-VI of 2014 on prisons", &[("law", "Law No. 12-VI of 2014")]),
            ("it backed resolution 71/187 again", &[("law", "resolution 71/187")]),
            ("charged under the Official Secrets Act", &[("law", "Official Secrets Act")]),
            ("the Constitution of Freedonia says", &[("law", "Constitution of Freedonia")]),
            ("a 2019 amendment widened it", &[("law", "a 2019 amendment")]),
            (
                "it signed the First Optional Protocol to the Convention on the Rights of the Child",
                &[("treaty", "First Optional Protocol to the Convention on the Rights of the Child")],
            ),
            ("2000 Palermo Convention State Party", &[("treaty", "2000 Palermo Convention")]),
            ("the Convention against Torture applies", &[("treaty", "Convention against Torture")]),
            ("the convention was vague", &[]),
        ];
        for (input, expect) in cases {
            check(input, expect);
        }
    }

    #[test]
    fn numbered_law_keeps_year() {
        let m = laws("Law No. 5-II of 2001 applies");
        assert_eq!(m[0].value.as_deref(), Some("2001"));
    }
}
