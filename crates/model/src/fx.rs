//! FxHash for the short words and small keys that extraction's lexicons and
//! reconciliation's maps are keyed by: one multiply per eight bytes, no per-byte work and no `memcpy` for a word's tail (SipHash, std's default,
//! costs several times as much on a five-letter word).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Fast hasher for short words and small keys (FxHash).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const K: u64 = 0x517c_c1b7_2722_0a95;

impl FxHasher {
    #[inline(always)]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        // The tail in one step (keys carry their length, so zero padding is
        // unambiguous), gathered byte by byte: a copy of a variable length would
        // be a call to `memcpy`.
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let mut word = 0u64;
            for (k, &b) in tail.iter().enumerate() {
                word |= u64::from(b) << (8 * k);
            }
            self.add(word);
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        // What `write(&n.to_le_bytes())` gives, in one step.
        self.add(n as u64);
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxHashSet<T> = HashSet<T, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The same value as the plain FxHash over zero-padded eight-byte words.
    #[test]
    fn hashes_as_zero_padded_words() {
        let reference = |bytes: &[u8]| {
            let mut h = 0u64;
            for chunk in bytes.chunks(8) {
                let mut word = [0u8; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
            }
            h
        };
        for text in [
            "",
            "a",
            "seven",
            "december",
            "twenty-three",
            "ünïcödé words",
        ] {
            let mut h = FxHasher::default();
            h.write(text.as_bytes());
            assert_eq!(h.finish(), reference(text.as_bytes()), "{text:?}");
        }
        let mut a = FxHasher::default();
        a.write_usize(12345);
        let mut b = FxHasher::default();
        b.write(&12345u64.to_le_bytes());
        assert_eq!(a.finish(), b.finish());
    }
}
