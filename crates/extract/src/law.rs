//! Legal references: provisions ("Article 47(1)", "Art. 255(1), Criminal Code of
//! Kazakhstan"), numbered laws ("Law No. 266-IV of 2010"), UN resolutions
//! ("resolution 62/149"), named acts and codes ("Foreign Corrupt Practices Act",
//! "the Constitution"), dated amendments ("a 2018 amendment") and treaties
//! ("Second Optional Protocol to the International Covenant on Civil and
//! Political Rights", "1997 Terrorist Bombings Convention").

use dossier_model::{Mention, MentionKind, Span};
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    provision: Regex,
    numbered_law: Regex,
    resolution: Regex,
    named_act: Regex,
    constitution: Regex,
    year_amendment: Regex,
    treaty: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let code = r"(?:[A-Z][a-z]+\s+)?(?:Criminal|Penal|Civil|Labou?r|Administrative|Family|Tax)\s+(?:Procedure\s+)?Code(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?";
        let build = |re: &str| Regex::new(re).expect("law pattern compiles");
        Patterns {
            provision: build(&format!(
                r"\b(?:Art(?:icle)?s?\.?)\s?\d+(?:\s?\(\d+\))*(?:\s*(?:,|and)\s*\d+(?:\s?\(\d+\))*)*(?:,?\s+(?:of\s+)?(?:the\s+)?{code})?"
            )),
            numbered_law: build(r"\bLaw\s+No\.?\s?[0-9][0-9A-Za-z/-]*(?:\s+of\s+((?:1[89]|20)\d\d))?"),
            resolution: build(r"\b[Rr]esolutions?\s+\d{1,3}/\d{1,4}"),
            named_act: build(&format!(r"\b(?:[A-Z][\w-]+\s+){{1,5}}Act\b|\b{code}")),
            constitution: build(r"\b[Tt]he\s+Constitution\b(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?"),
            year_amendment: build(r"\b[Aa]n?\s+((?:1[89]|20)\d\d)\s+amendment\b"),
            treaty: build(
                r"\b(?:(?:1[89]|20)\d\d +)?(?:(?:[A-Z][\w-]+|of|on|the|for|and|against|to) +){0,8}?(?:Convention|Covenant|Protocol|Treaty|Charter|Statute)\b(?: +(?:of|on|to|the|for|and|against|in|relating)\b(?: +(?:the|of|on|and|against|for|in)\b)* +[A-Z][\w-]+(?: +(?:and +)?[A-Z][\w-]+)*)*",
            ),
        }
    })
}

/// Words that end a treaty name when they follow it on a table row.
const TREATY_TAIL_STOP: &[&str] = &["State", "Status", "Signed", "Ratified"];
const TREATY_HEAD_SKIP: &[&str] = &["of", "on", "the", "for", "and", "against", "to", "The", "A", "An", "In", "Its"];

/// Find laws and treaties in `text`.
pub fn laws(text: &str) -> Vec<Mention> {
    let p = patterns();
    let mut out: Vec<Mention> = Vec::new();
    let push = |out: &mut Vec<Mention>, kind, start: usize, end: usize, value: Option<String>, rule: &str| {
        let span = Span::new(start, end);
        if out.iter().any(|m: &Mention| m.span.overlaps(span)) {
            return;
        }
        out.push(Mention {
            kind,
            span,
            name: text[start..end].split_whitespace().collect::<Vec<_>>().join(" "),
            name_span: span,
            role: None,
            acronym: None,
            value,
            approx: None,
            rule: rule.to_string(),
        });
    };
    for m in p.numbered_law.captures_iter(text) {
        let whole = m.get(0).map_or(0..0, |g| g.range());
        let year = m.get(1).map(|g| g.as_str().to_string());
        push(&mut out, MentionKind::Law, whole.start, whole.end, year, "law.numbered");
    }
    for m in p.provision.find_iter(text) {
        let end = m.end() - (m.as_str().len() - m.as_str().trim_end_matches([',', ' ']).len());
        push(&mut out, MentionKind::Law, m.start(), end, None, "law.provision");
    }
    for m in p.resolution.find_iter(text) {
        push(&mut out, MentionKind::Law, m.start(), m.end(), None, "law.resolution");
    }
    for m in p.year_amendment.captures_iter(text) {
        let whole = m.get(0).map_or(0..0, |g| g.range());
        let year = m.get(1).map(|g| g.as_str().to_string());
        push(&mut out, MentionKind::Law, whole.start, whole.end, year, "law.year_amendment");
    }
    for m in p.treaty.find_iter(text) {
        let (mut start, mut end) = (m.start(), m.end());
        // Trim leading connectors and articles; cut at table words on the right.
        loop {
            let rest = &text[start..end];
            let first = rest.split_whitespace().next().unwrap_or("");
            if TREATY_HEAD_SKIP.contains(&first) && rest.len() > first.len() {
                start += first.len() + (rest[first.len()..].len() - rest[first.len()..].trim_start().len());
            } else {
                break;
            }
        }
        for stop in TREATY_TAIL_STOP {
            if let Some(i) = text[start..end].find(&format!(" {stop}")) {
                end = start + i;
            }
        }
        let name = &text[start..end];
        // "the Convention" alone is too vague to be a mention.
        if name.split_whitespace().count() < 2 {
            continue;
        }
        push(&mut out, MentionKind::Treaty, start, end, None, "treaty.named");
    }
    for m in p.named_act.find_iter(text) {
        let (mut start, end) = (m.start(), m.end());
        let first = text[start..end].split_whitespace().next().unwrap_or("");
        if TREATY_HEAD_SKIP.contains(&first) {
            start += first.len() + 1;
        }
        if start < end {
            push(&mut out, MentionKind::Law, start, end, None, "law.named_act");
        }
    }
    for m in p.constitution.find_iter(text) {
        push(&mut out, MentionKind::Law, m.start() + 4, m.end(), None, "law.constitution");
    }
    out.sort_by_key(|m| m.span);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &[(&str, &str)]) {
        let got: Vec<(String, String)> =
            laws(input).iter().map(|m| (m.kind.as_str().to_string(), m.span.slice(input).to_string())).collect();
        let expect: Vec<(String, String)> = expect.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
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
