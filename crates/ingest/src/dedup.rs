//! Near-duplicate detection: MinHash over word 5-shingles.
//!
//! The text is lowercased and split into alphanumeric words; every run of
//! [`SHINGLE`] consecutive words is hashed once (one-permutation MinHash): the hash's
//! residue picks one of [`HASHES`] bins and the bin keeps the smallest quotient. The
//! fraction of equal non-empty bins estimates the Jaccard similarity of the two shingle
//! sets: the same
//! report republished with different chrome scores near 1, unrelated reports near 0.
//! Texts shorter than five words use the whole word sequence as their single shingle.

use serde::{Deserialize, Serialize};

/// Number of MinHash values.
pub const HASHES: usize = 64;
/// Words per shingle.
pub const SHINGLE: usize = 5;

/// A MinHash fingerprint of a text. Empty text gives an empty fingerprint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    pub minhash: Vec<u64>,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(hash, |h, &b| (h ^ b as u64).wrapping_mul(FNV_PRIME))
}

/// splitmix64 finaliser: a good 64-bit mix.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Fingerprint `text`.
pub fn fingerprint(text: &str) -> Fingerprint {
    let words = word_hashes(text);
    if words.is_empty() {
        return Fingerprint { minhash: vec![] };
    }
    let width = SHINGLE.min(words.len());
    // One-permutation MinHash: one hash per shingle; its low bits pick a bin, the
    // rest compete for that bin's minimum. 64 times cheaper than 64 hash functions.
    let mut minhash = vec![u64::MAX; HASHES];
    for window in words.windows(width) {
        let shingle = mix(window.iter().fold(FNV_OFFSET, |h, w| mix(h ^ w)));
        let bin = (shingle % HASHES as u64) as usize;
        let value = shingle / HASHES as u64;
        if value < minhash[bin] {
            minhash[bin] = value;
        }
    }
    Fingerprint { minhash }
}

/// One hash per word (a maximal run of alphanumeric characters), of its lowercase
/// form. ASCII words, nearly all of them in English text, are hashed byte by byte
/// without decoding or allocating.
fn word_hashes(text: &str) -> Vec<u64> {
    let bytes = text.as_bytes();
    let mut words = Vec::with_capacity(bytes.len() / 6);
    // Whether the character at `i` is alphanumeric, and its length in bytes.
    let class = |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let (alphanumeric, len) = class(i);
        if !alphanumeric {
            i += len;
            continue;
        }
        let start = i;
        let mut ascii = true;
        let mut hash = FNV_OFFSET;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                hash = (hash ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME);
                i += 1;
                continue;
            }
            let (alphanumeric, len) = class(i);
            if !alphanumeric {
                break;
            }
            ascii = false;
            i += len;
        }
        if !ascii {
            hash = fnv(FNV_OFFSET, text[start..i].to_lowercase().as_bytes());
        }
        words.push(hash);
    }
    words
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

    /// The plain definition `word_hashes` must agree with.
    fn word_hashes_reference(text: &str) -> Vec<u64> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| fnv(FNV_OFFSET, w.to_lowercase().as_bytes()))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn word_hashes_match_the_definition(text in "(?s).{0,200}") {
            proptest::prop_assert_eq!(word_hashes(&text), word_hashes_reference(&text));
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
