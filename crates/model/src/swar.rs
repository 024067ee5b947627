//! Eight bytes at a time: classifying the bytes of a `u64` lane by lane (SWAR),
//! for the scanners that split text into words (the index's tokenizer, the
//! near-duplicate fingerprint). Lane `i` is byte `i` of the little-endian load.

/// Bit 7 of every byte lane of a `u64`.
pub const HIGH: u64 = 0x8080_8080_8080_8080;
/// 1 in every byte lane.
pub const LANES: u64 = 0x0101_0101_0101_0101;

/// The 8 bytes of `bytes` from `at`, little-endian, zero past the end.
#[inline(always)]
pub fn load(bytes: &[u8], at: usize) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    match rest.first_chunk::<8>() {
        Some(chunk) => u64::from_le_bytes(*chunk),
        None => rest
            .iter()
            .rev()
            .fold(0, |word, &byte| word << 8 | u64::from(byte)),
    }
}

/// Byte classes of the 8 bytes in a `u64`, as bit 7 of each lane.
pub struct Classes {
    /// ASCII letters and digits.
    pub alphanumeric: u64,
    /// ASCII letters.
    pub letters: u64,
    /// Bytes of non-ASCII chars.
    pub non_ascii: u64,
}

impl Classes {
    #[inline(always)]
    pub fn of(word: u64) -> Classes {
        // Per-lane range checks on 7-bit values: with bit 7 set in the minuend, no
        // lane's subtraction borrows from the next.
        let in_range = |lanes: u64, low: u8, high: u8| {
            let at_least = (lanes | HIGH) - LANES * u64::from(low);
            let at_most = ((LANES * u64::from(high)) | HIGH) - lanes;
            at_least & at_most & HIGH
        };
        let non_ascii = word & HIGH;
        let ascii = word & !HIGH;
        // Setting the case bit (0x20) maps capitals, and only them, to small letters.
        let letters = in_range(ascii | (LANES * 0x20), b'a', b'z') & !non_ascii;
        let digits = in_range(ascii, b'0', b'9') & !non_ascii;
        Classes {
            alphanumeric: letters | digits,
            letters,
            non_ascii,
        }
    }
}

/// The run of ASCII letters and digits that a chunk starts with.
pub struct Run {
    /// Bit 7 of the lanes that are not ASCII letters or digits.
    pub stop: u64,
    /// The lanes before the first stop, lowercased; the rest zero.
    pub lowered: u64,
    /// The same lanes as they are (unequal to `lowered` if one was a capital).
    pub raw: u64,
    /// How many lanes come before the first stop (8 if none does).
    pub len: usize,
}

impl Run {
    #[inline(always)]
    pub fn of(chunk: u64) -> Run {
        let classes = Classes::of(chunk);
        let stop = !classes.alphanumeric & HIGH;
        // The lanes below the first stop's: its bit 7, moved down to bit 0, less one.
        let inside = ((stop & stop.wrapping_neg()) >> 7).wrapping_sub(1);
        // Bit 7 of the letters' lanes, moved to bit 5, is the ASCII case bit.
        Run {
            stop,
            lowered: (chunk | (classes.letters >> 2)) & inside,
            raw: chunk & inside,
            len: stop.trailing_zeros() as usize / 8,
        }
    }
}

/// Bit 7 of the lanes of `chunk` that hold `byte`, exactly (no lane borrows from
/// another).
#[inline(always)]
pub fn lanes_equal(chunk: u64, byte: u8) -> u64 {
    let x = chunk ^ (LANES * u64::from(byte));
    let low = !HIGH;
    let nonzero = ((x & low) + low) | x;
    !nonzero & HIGH
}

/// The first byte at or after `at` that is an ASCII letter or digit or part of a
/// non-ASCII char, where a word may start; `bytes.len()` if there is none.
#[inline(always)]
pub fn next_word_candidate(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() {
        let classes = Classes::of(load(bytes, at));
        let starts = classes.alphanumeric | classes.non_ascii;
        if starts != 0 {
            return at + starts.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    bytes.len()
}

/// The char starting at byte `at` of `text`.
#[inline]
pub fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_agree_with_the_byte_predicates() {
        for start in 0..=255u8 {
            let bytes: Vec<u8> = (0..8u8)
                .map(|i| start.wrapping_add(i.wrapping_mul(37)))
                .collect();
            let classes = Classes::of(load(&bytes, 0));
            for (lane, &byte) in bytes.iter().enumerate() {
                let bit = |mask: u64| mask >> (8 * lane + 7) & 1 == 1;
                assert_eq!(
                    bit(classes.alphanumeric),
                    byte.is_ascii_alphanumeric(),
                    "{byte}"
                );
                assert_eq!(bit(classes.letters), byte.is_ascii_alphabetic(), "{byte}");
                assert_eq!(bit(classes.non_ascii), !byte.is_ascii(), "{byte}");
            }
        }
    }

    #[test]
    fn runs_are_lowercased_up_to_the_first_stop() {
        let run = Run::of(load(b"AbC9-xYz", 0));
        assert_eq!(run.len, 4);
        assert_eq!(run.lowered, load(b"abc9", 0));
        assert_eq!(run.raw, load(b"AbC9", 0));
        let run = Run::of(load(b"allwords", 0));
        assert_eq!(
            (run.len, run.stop, run.lowered),
            (8, 0, load(b"allwords", 0))
        );
        assert_eq!(Run::of(load(b" x", 0)).len, 0);
    }

    #[test]
    fn equal_lanes_are_exact() {
        for byte in [0u8, 1, b'-', b',', 0x7f, 0x80, 0xff] {
            for other in 0..=255u8 {
                let chunk = u64::from_le_bytes([byte, other, byte, other, other, byte, 0, 0xff]);
                let got = lanes_equal(chunk, byte);
                for (lane, &b) in chunk.to_le_bytes().iter().enumerate() {
                    assert_eq!(
                        got >> (8 * lane + 7) & 1 == 1,
                        b == byte,
                        "{byte} {other} {lane}"
                    );
                }
            }
        }
    }

    #[test]
    fn word_candidates_are_found_at_any_alignment() {
        for gap in 0..20 {
            let text = format!("{}é{}x", " ".repeat(gap), ".".repeat(gap));
            let bytes = text.as_bytes();
            assert_eq!(next_word_candidate(bytes, 0), gap);
            assert_eq!(next_word_candidate(bytes, gap + 2), 2 * gap + 2);
            assert_eq!(next_word_candidate(bytes, 2 * gap + 3), bytes.len());
        }
    }

    #[test]
    fn loads_pad_with_zeros_past_the_end() {
        assert_eq!(load(b"abc", 0), 0x63_6261);
        assert_eq!(load(b"abc", 2), 0x63);
        assert_eq!(load(b"abc", 5), 0);
        assert_eq!(load(b"abcdefghij", 1), u64::from_le_bytes(*b"bcdefghi"));
    }
}
