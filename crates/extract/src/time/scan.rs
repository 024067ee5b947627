//! Tokens and sections: the cheap first pass of the tagger.
//!
//! Words are runs of letters (any script), numbers are runs of ASCII digits, every other
//! non-space character is one punctuation token. Tokens split only at ASCII bytes or at
//! whole non-ASCII characters, so every token boundary is a char boundary.

use super::rules::{Lex, TimeRules};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
}

/// The token starts with an upper-case letter.
pub(crate) const CAP: u8 = 1;
/// Whitespace precedes the token.
pub(crate) const SPACE_BEFORE: u8 = 2;
/// A line break precedes the token (or it is the first token).
pub(crate) const LINE_START: u8 = 4;

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok<'r> {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    pub flags: u8,
    /// Number of digits of a number token.
    pub digits: u8,
    /// Value of a number token (saturating), or the char of a punctuation token.
    pub value: u32,
    /// Lexicon entry of a word, if any.
    pub lex: Option<&'r Lex>,
}

impl Tok<'_> {
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.value == c as u32
    }
    pub fn is_dash(&self) -> bool {
        self.kind == Kind::Punct
            && matches!(
                char::from_u32(self.value),
                Some('-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
            )
    }
    /// Directly follows the previous token (no whitespace).
    pub fn glued(&self) -> bool {
        !self.has(SPACE_BEFORE)
    }
}

/// Split `text` into tokens, looking every short word up in the lexicon.
pub(crate) fn tokenize<'r>(text: &str, rules: &'r TimeRules) -> Vec<Tok<'r>> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut flags = LINE_START | SPACE_BEFORE;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            flags |= SPACE_BEFORE;
            if b == b'\n' {
                flags |= LINE_START;
            }
            i += 1;
            continue;
        }
        let start = i;
        if b.is_ascii_digit() {
            let mut value: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                i += 1;
            }
            let digits = (i - start).min(255) as u8;
            toks.push(Tok {
                start: start as u32,
                end: i as u32,
                kind: Kind::Num,
                flags,
                digits,
                value,
                lex: None,
            });
        } else if b.is_ascii_alphabetic()
            || (b >= 0x80 && char_at(text, i).is_some_and(char::is_alphabetic))
        {
            let cap = if b.is_ascii() {
                b.is_ascii_uppercase()
            } else {
                char_at(text, i).is_some_and(char::is_uppercase)
            };
            // Most words are ASCII letters only: looked up without another check.
            let mut ascii = true;
            while i < bytes.len() {
                let c = bytes[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 {
                    match char_at(text, i) {
                        Some(ch) if ch.is_alphabetic() => {
                            ascii = false;
                            i += ch.len_utf8();
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            let lex = if ascii {
                rules.lookup_ascii(&bytes[start..i])
            } else {
                rules.lookup(text.get(start..i).unwrap_or(""))
            };
            let flags = if cap { flags | CAP } else { flags };
            toks.push(Tok {
                start: start as u32,
                end: i as u32,
                kind: Kind::Word,
                flags,
                digits: 0,
                value: 0,
                lex,
            });
        } else {
            let ch = char_at(text, i).unwrap_or('\u{fffd}');
            i += ch.len_utf8().max(1);
            if ch.is_whitespace() {
                // Non-ASCII spaces (no-break space, thin space) count as spaces.
                flags |= SPACE_BEFORE;
                continue;
            }
            toks.push(Tok {
                start: start as u32,
                end: i as u32,
                kind: Kind::Punct,
                flags,
                digits: 0,
                value: ch as u32,
                lex: None,
            });
        }
        flags = 0;
    }
    toks
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Byte offsets where a new section starts: a heading-like line, i.e. a non-empty line of
/// at most 80 bytes that does not end like a sentence (`.`, `,`, `;`) and stands next to a
/// blank line, the start or end of the text, or is marked up as a heading (`#`, `=`).
/// The narrative anchor does not cross a section start.
pub(crate) fn section_starts(text: &str) -> Vec<u32> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        lines.push((offset, line));
        offset += line.len() + 1;
    }
    let blank = |idx: Option<usize>| match idx {
        None => true,
        Some(idx) => !matches!(lines.get(idx), Some((_, l)) if !l.trim().is_empty()),
    };
    let mut starts = Vec::new();
    for (idx, &(offset, line)) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let marked = trimmed.starts_with('#') || trimmed.starts_with('=');
        // (A stop inside closing quotation marks ends a sentence too: `has come."`.)
        let unquoted = trimmed.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
        let short = trimmed.len() <= 80 && !unquoted.ends_with(['.', ',', ';']);
        let isolated = blank(idx.checked_sub(1)) || blank(Some(idx + 1));
        // The first line of a hard-wrapped paragraph ("On the night of 3 June 2020, Mira" over
        // "Ostrava was assaulted ..."): about as long as the line it runs on into, in
        // lower-case words, is prose.
        let wrapped = !blank(Some(idx + 1))
            && lines.get(idx + 1).is_some_and(|&(_, next)| {
                let lower = trimmed
                    .split_whitespace()
                    .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                    .count();
                trimmed.len() >= 40 && trimmed.len() * 10 >= next.trim().len() * 6 && lower >= 3
            });
        if marked || (short && isolated && !wrapped) {
            starts.push(offset as u32);
        }
    }
    starts
}
