//! Legal references: provisions ("Article 47(1)", "Art. 255(1), Criminal Code of
//! Kazakhstan"), numbered laws ("Law No. 266-IV of 2010"), UN resolutions
//! ("resolution 62/149"), named acts and codes ("Foreign Corrupt Practices Act",
//! "the Constitution"), dated amendments ("a 2018 amendment") and treaties
//! ("Second Optional Protocol to the International Covenant on Civil and
//! Political Rights", "1997 Terrorist Bombings Convention").

//!
//! The keywords, patterns and word lists are rule data (`rules/law.en.json`).

use crate::rules::{on_word_boundaries, LawReading, Rules};
use dossier_model::{Mention, MentionKind, Span};

/// A window of `text` from `start`, at most `len` bytes, on a char boundary.
fn window(text: &str, start: usize, len: usize) -> &str {
    let end = crate::quantity::floor_char_boundary(text, (start + len).min(text.len()));
    &text[start..end.max(start)]
}

/// Start of the run of capitalised words (and inner connectors, and a leading year)
/// ending right before `pos`, at most `max` words back.
/// Lower-case words inside an Act's name (see `LawReading::Act`).
const ACT_JOINERS: &[&str] = &["of", "the", "against", "on", "for"];

fn walk_left(text: &str, pos: usize, max: usize, connector: impl Fn(&str) -> bool) -> usize {
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
        let connector = connector(word);
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

/// Find laws and treaties in `text` with the builtin rules.
pub fn laws(text: &str) -> Vec<Mention> {
    laws_with(text, Rules::builtin())
}

/// Find laws and treaties in `text` with `rules` (none when they hold no law rules).
pub fn laws_with(text: &str, rules: &Rules) -> Vec<Mention> {
    let Some(compiled) = rules.compiled().law.as_ref() else {
        return Vec::new();
    };
    let p = &compiled.regexes;
    let words = &rules.law;
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
    for hit in compiled.keywords.find_iter(text) {
        let (k_start, k_end) = (hit.start(), hit.end());
        let starts_word = k_start == 0 || !crate::rules::is_word_byte(text.as_bytes()[k_start - 1]);
        if k_start < last_end || !starts_word {
            continue;
        }
        let reading = compiled.reading[hit.pattern().as_usize()];
        let found: Option<(MentionKind, usize, usize, Option<String>, &str)> = match reading {
            LawReading::Provision => p.provision.find(window(text, k_start, 240)).map(|m| {
                let len = m.as_str().trim_end_matches([',', ' ']).len();
                (
                    MentionKind::Law,
                    k_start,
                    k_start + len,
                    None,
                    "law.provision",
                )
            }),
            LawReading::Numbered => {
                p.numbered_law
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
                    })
            }
            LawReading::Resolution => p.resolution.find(window(text, k_start, 40)).map(|m| {
                (
                    MentionKind::Law,
                    k_start,
                    k_start + m.end(),
                    None,
                    "law.resolution",
                )
            }),
            LawReading::Constitution => {
                let before = &text[..k_start];
                if words
                    .constitution_after
                    .iter()
                    .any(|w| before.ends_with(w.as_str()))
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
            LawReading::Amendment => {
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
                        && words
                            .amendment_determiners
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
            LawReading::Act => {
                // "the Offences Against the Person Act", "the Prevention of Terrorism Act":
                // a name's lower-case joiners are walked over, never kept at its start.
                let start = walk_left(text, k_start, 6, |w| ACT_JOINERS.contains(&w));
                (start < k_start && on_word_boundaries(text, k_start, k_end)).then_some((
                    MentionKind::Law,
                    start,
                    k_end,
                    None,
                    "law.named_act",
                ))
            }
            LawReading::Code => {
                let start = walk_left(text, k_start, 3, |_| false);
                let kind_ok = text[start..k_start]
                    .split_whitespace()
                    .any(|w| words.code_kinds.iter().any(|k| k == w));
                let end = p
                    .code
                    .find(window(text, k_start, 80))
                    .map_or(k_end, |m| k_start + m.end());
                kind_ok.then_some((MentionKind::Law, start, end, None, "law.named_act"))
            }
            LawReading::Treaty => {
                // Treaties: capitalised words (and a year) before, "of/on/to the ..." after.
                if !on_word_boundaries(text, k_start, k_end) {
                    None
                } else {
                    let mut start = walk_left(text, k_start, 8, |w| {
                        words.connectors.iter().any(|c| c == w)
                    });
                    while let Some(first) = text[start..k_start].split_whitespace().next() {
                        let dropped = |list: &[String]| list.iter().any(|w| w == first);
                        if dropped(&words.connectors) || dropped(&words.treaty_openers_dropped) {
                            start += first.len() + 1;
                        } else {
                            break;
                        }
                    }
                    let mut end = p
                        .treaty_tail
                        .find(window(text, k_end, 200))
                        .map_or(k_end, |m| k_end + m.end());
                    for stop in &words.treaty_tail_stops {
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
            (
                "by virtue of section 2 of the Offences Against the Person Act, which",
                &[("law", "Offences Against the Person Act")],
            ),
            ("the Prevention of Terrorism Act applies", &[("law", "Prevention of Terrorism Act")]),
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
    fn a_keyword_added_in_data_takes_effect() {
        let text = "charged under the Public Order Ordinance last year";
        assert!(laws(text).is_empty());
        let extra = r#"{"law": {"keywords": {"act": ["Ordinance"]}}}"#;
        let file = serde_json::from_str(extra).expect("valid rule file");
        let rules = Rules::builtin().extend(vec![file]).expect("rules compile");
        let found: Vec<&str> = laws_with(text, &rules)
            .iter()
            .map(|m| m.span.slice(text))
            .collect();
        assert_eq!(found, vec!["Public Order Ordinance"]);
    }

    #[test]
    fn numbered_law_keeps_year() {
        let m = laws("Law No. 5-II of 2001 applies");
        assert_eq!(m[0].value.as_deref(), Some("2001"));
    }
}
