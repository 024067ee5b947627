//! Near-duplicate detection: MinHash over word 5-shingles.
//!
//! The text is lowercased and split into alphanumeric words; every run of
//! [`SHINGLE`] consecutive words is hashed once (one-permutation MinHash): the hash's
//! residue picks one of [`HASHES`] bins and the bin keeps the smallest quotient. The
//! fraction of equal non-empty bins estimates the Jaccard similarity of the two shingle
//! sets: the same
//! report republished with different chrome scores near 1, unrelated reports near 0.
//! Texts shorter than five words use the whole word sequence as their single shingle.
//!
//! The shingle hash rolls: each word's hash enters rotated by its age in the window
//! and leaves five words later, so a shingle costs two rotations and one finalising
//! mix, whatever [`SHINGLE`] is. Fingerprints made by another [`VERSION`] of this
//! algorithm are not comparable (the engine recomputes stored ones).

use dossier_model::swar::{char_at, load, next_word_candidate, Run};
use serde::{Deserialize, Serialize};

/// Number of MinHash values.
pub const HASHES: usize = 64;
/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Version of the word and shingle hashes. Version 1 hashed words byte by byte
/// (FNV) and each shingle with five mixes.
pub const VERSION: u8 = 2;

/// A MinHash fingerprint of a text. Empty text gives an empty fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    pub minhash: Vec<u64>,
}

const SEED: u64 = 0x243f_6a88_85a3_08d3;
const K1: u64 = 0x9e37_79b9_7f4a_7c15;
const K2: u64 = 0xbf58_476d_1ce4_e5b9;
/// Rotation of a word's hash per position of age in the shingle window.
const ROTATE: u32 = 13;

/// splitmix64 finaliser: a good 64-bit mix.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Fold one 8-byte little-endian chunk of a word into its running hash.
fn absorb(hash: u64, chunk: u64) -> u64 {
    (hash ^ chunk).wrapping_mul(K1).rotate_left(29)
}

/// The hash of a word from its running hash: every output bit depends on every
/// input bit, so that rotated word hashes can be combined by xor.
fn finish(hash: u64) -> u64 {
    let hash = (hash ^ (hash >> 32)).wrapping_mul(K2);
    hash ^ (hash >> 29)
}

/// The hash of a lowercase word: its bytes as little-endian 8-byte chunks, the last
/// one zero-padded, absorbed in order. (Words contain no NUL, so the padding cannot
/// make two words alike.)
fn word_hash(word: &[u8]) -> u64 {
    let mut hash = SEED;
    for chunk in word.chunks(8) {
        let mut bytes = [0u8; 8];
        bytes[..chunk.len()].copy_from_slice(chunk);
        hash = absorb(hash, u64::from_le_bytes(bytes));
    }
    finish(hash)
}

/// A shingle window: the xor of its words' hashes, each rotated by its age.
#[derive(Default)]
struct Window {
    hashes: [u64; SHINGLE],
    /// Where the next word's hash goes (the oldest one's place).
    slot: usize,
    words: usize,
    rolled: u64,
}

impl Window {
    /// Add the next word's hash; returns the window's hash once it is full.
    fn push(&mut self, word: u64) -> Option<u64> {
        let oldest = self.hashes[self.slot];
        self.hashes[self.slot] = word;
        self.slot = if self.slot + 1 == SHINGLE {
            0
        } else {
            self.slot + 1
        };
        self.rolled = self.rolled.rotate_left(ROTATE) ^ word;
        if self.words >= SHINGLE {
            // The word that just left had age SHINGLE - 1; it is now at SHINGLE.
            self.rolled ^= oldest.rotate_left(ROTATE * SHINGLE as u32 % 64);
        }
        self.words += 1;
        (self.words >= SHINGLE).then(|| mix(self.rolled))
    }
}

/// Fingerprint `text`.
pub fn fingerprint(text: &str) -> Fingerprint {
    let mut window = Window::default();
    // One-permutation MinHash: one hash per shingle; its low bits pick a bin, the
    // rest compete for that bin's minimum. 64 times cheaper than 64 hash functions.
    let mut minhash = [u64::MAX; HASHES];
    let mut keep = |shingle: u64| {
        let bin = (shingle % HASHES as u64) as usize;
        let value = shingle / HASHES as u64;
        if value < minhash[bin] {
            minhash[bin] = value;
        }
    };
    for_each_word(text, |word| {
        if let Some(shingle) = window.push(word) {
            keep(shingle);
        }
    });
    match window.words {
        0 => return Fingerprint { minhash: vec![] },
        // Fewer words than a shingle: the whole sequence is the one shingle.
        n if n < SHINGLE => keep(mix(window.rolled)),
        _ => {}
    }
    Fingerprint {
        minhash: minhash.to_vec(),
    }
}

/// Call `f` with the hash of every word (a maximal run of alphanumeric chars) of
/// `text`, lowercased, in order. ASCII words, nearly all of them in English text,
/// are found, lowercased and hashed eight bytes at a time (see
/// [`dossier_model::swar`]), without decoding or allocating.
fn for_each_word(text: &str, mut f: impl FnMut(u64)) {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        at = next_word_candidate(bytes, at);
        if at >= bytes.len() {
            break;
        }
        if !bytes[at].is_ascii() {
            match char_at(text, at) {
                Some(c) if c.is_alphanumeric() => at = unicode_word(text, at, &mut f),
                Some(c) => at += c.len_utf8(),
                None => at += 1,
            }
            continue;
        }
        let start = at;
        let mut hash = SEED;
        let end = loop {
            let Run {
                stop, lowered, len, ..
            } = Run::of(load(bytes, at));
            if len > 0 {
                hash = absorb(hash, lowered);
            }
            at += len;
            if stop != 0 {
                break at;
            }
        };
        match char_at(text, end) {
            // The word goes on with a non-ASCII char: hash it whole, by chars.
            Some(c) if !c.is_ascii() && c.is_alphanumeric() => {
                at = unicode_word(text, start, &mut f);
            }
            _ => f(finish(hash)),
        }
    }
}

/// Hash the word starting at byte `start` (by Unicode's rules) and return where it
/// ends.
fn unicode_word(text: &str, start: usize, f: &mut impl FnMut(u64)) -> usize {
    let mut end = start;
    for c in text[start..].chars() {
        if !c.is_alphanumeric() {
            break;
        }
        end += c.len_utf8();
    }
    f(word_hash(text[start..end].to_lowercase().as_bytes()));
    end
}

/// Estimated Jaccard similarity of the shingle sets, in `[0, 1]`; 0 when either
/// fingerprint is empty.
pub fn similarity(a: &Fingerprint, b: &Fingerprint) -> f64 {
    if a.minhash.is_empty() || a.minhash.len() != b.minhash.len() {
        return 0.0;
    }
    // Bins empty in both texts (short texts leave some empty) say nothing.
    let (mut equal, mut compared) = (0usize, 0usize);
    for (x, y) in a.minhash.iter().zip(&b.minhash) {
        if *x == u64::MAX && *y == u64::MAX {
            continue;
        }
        compared += 1;
        equal += usize::from(x == y);
    }
    if compared == 0 {
        return 0.0;
    }
    equal as f64 / compared as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_hashes(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        for_each_word(text, |hash| out.push(hash));
        out
    }

    /// The plain definition `for_each_word` must agree with.
    fn word_hashes_reference(text: &str) -> Vec<u64> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| word_hash(w.to_lowercase().as_bytes()))
            .collect()
    }

    /// The plain definition of the fingerprint: every window of [`SHINGLE`] words
    /// hashed on its own.
    fn fingerprint_reference(text: &str) -> Fingerprint {
        let words = word_hashes_reference(text);
        if words.is_empty() {
            return Fingerprint { minhash: vec![] };
        }
        let mut minhash = vec![u64::MAX; HASHES];
        for window in words.windows(SHINGLE.min(words.len())) {
            let rolled = window
                .iter()
                .fold(0u64, |acc, &w| acc.rotate_left(ROTATE) ^ w);
            let shingle = mix(rolled);
            let bin = (shingle % HASHES as u64) as usize;
            minhash[bin] = minhash[bin].min(shingle / HASHES as u64);
        }
        Fingerprint { minhash }
    }

    proptest::proptest! {
        #[test]
        fn word_hashes_match_the_definition(text in "(?s).{0,200}") {
            proptest::prop_assert_eq!(word_hashes(&text), word_hashes_reference(&text));
        }

        #[test]
        fn the_rolling_hash_matches_the_definition(text in "[a-zA-Z0-9 .,é-]{0,300}") {
            proptest::prop_assert_eq!(fingerprint(&text), fingerprint_reference(&text));
        }

        #[test]
        fn word_hashes_match_on_mixed_scripts(
            text in "[a-zA-Z0-9 .,;é\u{0301}ÄşКазахстан\u{4e2d}\u{00a0}\u{2019}-]{0,120}"
        ) {
            proptest::prop_assert_eq!(word_hashes(&text), word_hashes_reference(&text));
        }
    }

    /// A body of invented sentences, different for each `seed`.
    fn body(seed: usize) -> String {
        let subjects = [
            "The tribunal",
            "A regional court",
            "The ministry",
            "Local monitors",
            "The commission",
            "Two lawyers",
            "An observer",
            "The governor",
        ];
        let verbs = [
            "reviewed",
            "postponed",
            "criticised",
            "described",
            "reopened",
            "documented",
            "rejected",
            "welcomed",
        ];
        let objects = [
            "the appeal of a teacher",
            "a complaint about detention",
            "new rules on assembly",
            "the case of three farmers",
            "a report on prison visits",
            "the budget for legal aid",
            "a petition from families",
            "the decree on media",
        ];
        let places = [
            "in the northern province",
            "in the capital",
            "near the border",
            "in a coastal town",
            "at a closed hearing",
            "in the eastern district",
        ];
        let mut out = String::new();
        for i in 0..60 {
            let k = i * 7 + seed * 13;
            out.push_str(&format!(
                "{} {} {} {} in month {}. ",
                subjects[k % subjects.len()],
                verbs[(k / 3 + seed) % verbs.len()],
                objects[(k / 2 + i) % objects.len()],
                places[(k + seed * 5) % places.len()],
                (i + seed) % 12 + 1
            ));
        }
        out
    }

    fn check(a: &str, b: &str, low: f64, high: f64) {
        let s = similarity(&fingerprint(a), &fingerprint(b));
        assert!(
            s >= low && s <= high,
            "similarity {s} not in [{low}, {high}]"
        );
    }

    #[test]
    fn republished_copies_are_near_duplicates() {
        let report = body(1);
        let site_a = format!("Skip to content\nPublisher: Site A\nLast updated 2 May 2020\n\n{report}\nCopyright Site A");
        let site_b = format!("Home | News | Reports\n{report}\nShare this page\nFollow us on social media\nPrivacy policy");
        check(&site_a, &site_b, 0.8, 1.0);
        check(&report, &report, 1.0, 1.0);
    }

    /// Another invented text, on another subject.
    fn other_body() -> String {
        let mut out = String::new();
        for i in 0..50 {
            out.push_str(&format!(
                "Rainfall over the valley reached {} millimetres, so farmers planted barley early and sold wool at market number {}. ",
                i * 3 + 10,
                i % 9
            ));
        }
        out
    }

    #[test]
    fn unrelated_reports_are_far_apart() {
        check(&body(1), &other_body(), 0.0, 0.3);
        check(
            &body(3),
            "A completely different short note about weather.",
            0.0,
            0.3,
        );
    }

    #[test]
    fn empty_and_short_texts() {
        assert!(fingerprint("").minhash.is_empty());
        check("", "", 0.0, 0.0);
        check("Two words", "two WORDS", 1.0, 1.0);
        let json = serde_json::to_string(&fingerprint("some words here")).unwrap();
        let back: Fingerprint = serde_json::from_str(&json).unwrap();
        assert_eq!(back, fingerprint("some words here"));
    }
}
