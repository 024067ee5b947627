//! Layout read from plain text: the upper-case heading lines by which reports that
//! cover several countries one after another open each country's section
//! ("SAUDI ARABIA" over "KINGDOM OF SAUDI ARABIA"). Shared by status (which
//! section a fact lies in) and answers (which country a sentence is about).

/// An upper-case line of one to six words, with the line under it when that one is
/// upper-case too (the official name under a short name belongs to the heading).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CapsHeading<'a> {
    /// Byte offset of the heading's first line in the text.
    pub start: usize,
    /// The first line, trimmed.
    pub line: &'a str,
    /// The upper-case line right under it, trimmed, if there is one.
    pub next: Option<&'a str>,
}

/// Whether a (trimmed) line reads as an upper-case heading: one to six words, at
/// least four letters, nothing but upper-case letters, spaces and `-`, `'`, `,`.
pub fn is_caps_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=6).contains(&words)
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && line
            .chars()
            .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, '-' | '\'' | ','))
}

/// Every upper-case heading line of `text`, in order; a pair of such lines is one
/// heading.
pub fn caps_headings(text: &str) -> Vec<CapsHeading<'_>> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        lines.push((at, line.trim()));
        at += line.len();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (start, line) = lines[i];
        if is_caps_heading(line) {
            let next = lines
                .get(i + 1)
                .map(|(_, l)| *l)
                .filter(|l| is_caps_heading(l));
            out.push(CapsHeading { start, line, next });
            i += if next.is_some() { 2 } else { 1 };
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_of_upper_case_lines_are_one_heading() {
        let text = "Intro text here.\nNORTHLAND\nREPUBLIC OF NORTHLAND\nBody of the section.\nSOUTHLAND\nMore text.\nA, B\n";
        let got = caps_headings(text);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].line, "NORTHLAND");
        assert_eq!(got[0].next, Some("REPUBLIC OF NORTHLAND"));
        assert_eq!(&text[got[0].start..got[0].start + 9], "NORTHLAND");
        assert_eq!(got[1].line, "SOUTHLAND");
        assert_eq!(got[1].next, None);
    }

    #[test]
    fn long_or_mixed_case_lines_are_not_headings() {
        assert!(!is_caps_heading("Death Penalty"));
        assert!(!is_caps_heading("ONE TWO THREE FOUR FIVE SIX SEVEN"));
        assert!(!is_caps_heading("UN"));
        assert!(!is_caps_heading("ARTICLE 5."));
        assert!(is_caps_heading("COTE D'IVOIRE"));
    }
}
