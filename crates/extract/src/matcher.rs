//! Aho-Corasick searches that skip the text where no pattern can be.
//!
//! A plain search walks the automaton over every byte of a text (about 2 ns a byte
//! for the lexicon's automata, whatever the text). Most of a text holds no pattern,
//! so two wrappers look only where one can be and report exactly the matches of the
//! plain search, in the same order:
//!
//! - [`Starts`] (leftmost match kinds): from the bytes a pattern can start with. The
//!   gazetteer's names all start with a capital, a few in a hundred bytes; the pair
//!   of bytes there is checked against the patterns' first two, and only then is an
//!   anchored search run from it.
//! - [`Windowed`] (any non-overlapping kind): near the occurrences of a few key
//!   words that every pattern contains ("court" in "district court", "court of
//!   appeal"), found with `regex`'s vectorised literal search. Every occurrence of a
//!   pattern contains its key, so it lies within a pattern's length of the key.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, Match, MatchKind, StartKind};

/// Build the automaton both wrappers search with.
fn automaton(
    patterns: &[String],
    case_insensitive: bool,
    kind: MatchKind,
    start: StartKind,
) -> Result<AhoCorasick, String> {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(case_insensitive)
        .match_kind(kind)
        .start_kind(start)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .map_err(|e| e.to_string())
}

/// A leftmost (-first or -longest) search run only from the bytes where a pattern
/// can start: at the leftmost such byte where an anchored search matches, that
/// match is the plain search's next one.
#[derive(Clone, Debug)]
pub(crate) struct Starts {
    anchored: AhoCorasick,
    /// Bit `first << 8 | second` is set when a pattern can begin with those two
    /// bytes (any second byte for a one-byte pattern).
    pairs: Vec<u64>,
    /// Every pattern starts with an ASCII capital: candidates are found eight
    /// bytes at a time.
    capitals: bool,
}

impl Starts {
    pub(crate) fn new(
        patterns: &[String],
        case_insensitive: bool,
        kind: MatchKind,
    ) -> Result<Starts, String> {
        assert!(kind != MatchKind::Standard, "Starts needs a leftmost kind");
        let anchored = automaton(patterns, case_insensitive, kind, StartKind::Anchored)?;
        let mut pairs = vec![0u64; 1 << 10];
        let mut capitals = true;
        let variants = |b: u8| {
            if case_insensitive && b.is_ascii_alphabetic() {
                vec![b.to_ascii_lowercase(), b.to_ascii_uppercase()]
            } else {
                vec![b]
            }
        };
        for pattern in patterns {
            let bytes = pattern.as_bytes();
            let Some(&first) = bytes.first() else {
                // An empty pattern matches everywhere.
                pairs.fill(u64::MAX);
                capitals = false;
                continue;
            };
            let firsts = variants(first);
            capitals &= firsts.iter().all(u8::is_ascii_uppercase);
            let seconds = match bytes.get(1) {
                Some(&second) => variants(second),
                None => (0..=255).collect(),
            };
            for &a in &firsts {
                for &b in &seconds {
                    let bit = usize::from(a) << 8 | usize::from(b);
                    pairs[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        Ok(Starts {
            anchored,
            pairs,
            capitals,
        })
    }

    /// Whether a pattern can start at `at` (a byte of `bytes`).
    #[inline(always)]
    fn may_start(&self, bytes: &[u8], at: usize) -> bool {
        let second = bytes.get(at + 1).copied().unwrap_or(0);
        let bit = usize::from(bytes[at]) << 8 | usize::from(second);
        self.pairs[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The first byte at or after `at` where a pattern can start.
    fn next_candidate(&self, bytes: &[u8], mut at: usize) -> Option<usize> {
        if self.capitals {
            use dossier_model::swar::{load, Classes, HIGH};
            while at < bytes.len() {
                let chunk = load(bytes, at);
                // Letters whose case bit (0x20, moved to bit 7) is clear.
                let mut capitals = Classes::of(chunk).letters & !(chunk << 2) & HIGH;
                while capitals != 0 {
                    let p = at + capitals.trailing_zeros() as usize / 8;
                    if self.may_start(bytes, p) {
                        return Some(p);
                    }
                    capitals &= capitals - 1;
                }
                at += 8;
            }
            None
        } else {
            (at..bytes.len()).find(|&p| self.may_start(bytes, p))
        }
    }

    /// The matches of the plain leftmost search of `text`, in order.
    pub(crate) fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Match> + 'a {
        let bytes = text.as_bytes();
        let mut at = 0usize;
        std::iter::from_fn(move || loop {
            let p = self.next_candidate(bytes, at)?;
            let input = Input::new(bytes).range(p..).anchored(Anchored::Yes);
            match self.anchored.find(input) {
                Some(m) => {
                    at = m.end();
                    return Some(m);
                }
                None => at = p + 1,
            }
        })
    }
}

/// A non-overlapping search run only in windows around the occurrences of key
/// words, one contained in every pattern.
#[derive(Clone, Debug)]
pub(crate) struct Windowed {
    ac: AhoCorasick,
    /// The keys, as one alternation (`None` when some pattern has none: the whole
    /// text is searched).
    keys: Option<regex::bytes::Regex>,
    /// The longest pattern, in bytes: how far a pattern reaches around its key.
    reach: usize,
}

impl Windowed {
    pub(crate) fn new(
        patterns: &[String],
        case_insensitive: bool,
        kind: MatchKind,
    ) -> Result<Windowed, String> {
        let ac = automaton(patterns, case_insensitive, kind, StartKind::Unanchored)?;
        let reach = patterns.iter().map(String::len).max().unwrap_or(0);
        let keys = key_words(patterns, case_insensitive)
            .map(|keys| {
                let alternation: Vec<String> = keys.iter().map(|k| regex::escape(k)).collect();
                let flags = if case_insensitive { "(?i-u)" } else { "(?-u)" };
                regex::bytes::Regex::new(&format!("{flags}(?:{})", alternation.join("|")))
                    .map_err(|e| e.to_string())
            })
            .transpose()?;
        Ok(Windowed { ac, keys, reach })
    }

    /// Disjoint byte ranges of `bytes`, in order, that hold every occurrence of
    /// every pattern.
    fn windows(&self, bytes: &[u8]) -> Vec<(usize, usize)> {
        let Some(keys) = &self.keys else {
            return vec![(0, bytes.len())];
        };
        let mut out: Vec<(usize, usize)> = Vec::new();
        // A key occurrence that `find_iter` skips overlaps one it reports, so the
        // pattern holding it still lies within `reach` of that one.
        for m in keys.find_iter(bytes) {
            let from = m.start().saturating_sub(self.reach);
            let to = (m.end() + self.reach).min(bytes.len());
            match out.last_mut() {
                Some(last) if from <= last.1 => last.1 = last.1.max(to),
                _ => out.push((from, to)),
            }
        }
        out
    }

    /// The matches of the plain search of `text`, in order.
    pub(crate) fn find_iter(&self, text: &str) -> Vec<Match> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut at = 0usize;
        for (from, to) in self.windows(bytes) {
            let from = from.max(at);
            if from >= to {
                continue;
            }
            for m in self.ac.find_iter(Input::new(bytes).range(from..to)) {
                at = m.end();
                out.push(m);
            }
        }
        out
    }
}

/// One key word per pattern, as few distinct ones as a simple choice finds: each
/// pattern takes the word of it that most patterns share, longer words first among
/// words of four bytes or more. `None` if a pattern has no word.
fn key_words(patterns: &[String], case_insensitive: bool) -> Option<Vec<String>> {
    let fold = |w: &str| {
        if case_insensitive {
            w.to_ascii_lowercase()
        } else {
            w.to_string()
        }
    };
    let words_of =
        |p: &str| -> Vec<String> { p.split(' ').filter(|w| !w.is_empty()).map(fold).collect() };
    let mut shared: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for p in patterns {
        let mut words = words_of(p);
        words.sort();
        words.dedup();
        for w in words {
            *shared.entry(w).or_default() += 1;
        }
    }
    let mut keys: Vec<String> = Vec::new();
    for p in patterns {
        let key = words_of(p)
            .into_iter()
            .max_by_key(|w| (w.len() >= 4, shared[w], w.len()))?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    Some(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(patterns: &[&str], case_insensitive: bool, kind: MatchKind) -> AhoCorasick {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(case_insensitive)
            .match_kind(kind)
            .build(patterns)
            .unwrap()
    }

    fn owned(patterns: &[&str]) -> Vec<String> {
        patterns.iter().map(|p| p.to_string()).collect()
    }

    const NAMES: &[&str] = &[
        "South Sudan",
        "Sudan",
        "Niger",
        "Nigeria",
        "UN",
        "U",
        "Côte",
    ];
    const PHRASES: &[&str] = &[
        "appeal court",
        "court of appeal",
        "court of appeals",
        "the court",
        "a court",
        "military tribunal",
        "x",
    ];

    proptest::proptest! {
        /// Both wrappers report what the plain search reports, wherever patterns
        /// overlap, nest or shadow each other.
        #[test]
        fn the_wrappers_report_the_plain_search(
            words in proptest::collection::vec(
                "(South|Sudan|Niger|Nigeria|ia|UN|U|Côte|appeal|Appeal|court|COURT|of|the|a|military|tribunal|[a-zA-Z]{1,6}|[ .,\n]{1,2}|é)",
                0..40,
            ),
            glue in proptest::bool::ANY,
        ) {
            let text = words.join(if glue { "" } else { " " });
            for kind in [MatchKind::LeftmostLongest, MatchKind::LeftmostFirst] {
                for ci in [false, true] {
                    let want: Vec<Match> = plain(NAMES, ci, kind).find_iter(&text).collect();
                    let starts = Starts::new(&owned(NAMES), ci, kind).unwrap();
                    proptest::prop_assert_eq!(starts.find_iter(&text).collect::<Vec<_>>(), want);
                }
            }
            for kind in [MatchKind::LeftmostLongest, MatchKind::Standard] {
                for ci in [false, true] {
                    let want: Vec<Match> = plain(PHRASES, ci, kind).find_iter(&text).collect();
                    let windowed = Windowed::new(&owned(PHRASES), ci, kind).unwrap();
                    proptest::prop_assert_eq!(windowed.find_iter(&text), want);
                }
            }
        }
    }

    #[test]
    fn keys_are_the_words_patterns_share() {
        assert_eq!(
            key_words(&owned(PHRASES), true).unwrap(),
            vec!["court", "tribunal", "x"]
        );
        assert_eq!(key_words(&owned(&["a b", ""]), true), None);
    }

    #[test]
    fn only_capitals_are_scanned_eight_at_a_time() {
        assert!(
            Starts::new(&owned(&["Niger", "UN"]), false, MatchKind::LeftmostLongest)
                .unwrap()
                .capitals
        );
        assert!(
            !Starts::new(&owned(&["Niger", "un"]), false, MatchKind::LeftmostLongest)
                .unwrap()
                .capitals
        );
        assert!(
            !Starts::new(&owned(&["Niger"]), true, MatchKind::LeftmostLongest)
                .unwrap()
                .capitals
        );
    }
}
