//! The English analyzer of the full-text index, as one fused tantivy tokenizer.
//!
//! It used to be a tantivy chain: `SimpleTokenizer`, `RemoveLongFilter::limit(64)`,
//! `LowerCaser`, `AsciiFoldingFilter` and a Snowball English stemmer behind a
//! `HashMap` cache (since joined by a `StopWordFilter` of [`STOP_WORDS`], before
//! the stemmer). That chain was about a quarter of all ingest CPU: a stage per
//! token per filter, per-char decoding of plain ASCII words, and a SipHash lookup
//! with pointer-chasing `String` keys for every stem.
//!
//! [`EnglishTokenizer`] does the same work in one pass. It classifies the text
//! eight bytes at a time and decodes only non-ASCII chars. An ASCII word is looked up
//! in a per-thread stem cache (a 2-way set-associative table of inline entries) by a
//! key built while scanning, so a hit costs one copy of the stem's common prefix
//! with the word. The rare words with non-ASCII chars go through tantivy's own
//! `LowerCaser` and `AsciiFoldingFilter` before the same cache. On one thread over
//! the UN speeches it is about twice as fast as the chain; inside ingest, where the
//! chain's `HashMap` suffered more from cache pressure, it costs about a third to
//! a half of the chain's CPU.
//!
//! **Guarantee:** for every input its tokens (text, offsets, position, position
//! length, and the token left behind when the stream ends) are those of the old
//! chain; the tests compare the two on arbitrary strings. A stop word is dropped
//! before its stem is looked up.

use dossier_model::swar::{char_at, load, Classes, Run};
use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// Words of this many bytes or more (before lowercasing) are dropped, as
/// `RemoveLongFilter::limit(64)` does. They still take a position.
const TOO_LONG: usize = 64;

/// English function words left out of the index, as Lucene's English analyzer
/// does, minus its negations ("no", "not"). They find nothing on their own, and a
/// query made of them ("the of and") intersects the postings of nearly every
/// passage. A stop word still takes a position, so phrase queries keep their gaps
/// ("death penalty in Kazakhstan" is death-penalty-?-Kazakhstan). All at most 8
/// bytes, ASCII, lowercase.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
    "to", "was", "will", "with",
];

/// Multiplier of the perfect hash of [`STOP_WORDS`]: it sends the scan key (the
/// word's bytes, little-endian, zero-padded) of each to a slot of its own among
/// 2^[`STOP_SLOT_BITS`] (checked when [`STOP_TABLE`] is built, at compile time).
const STOP_MAGIC: u64 = 0x30b3_858e_b981_0331;
const STOP_SLOT_BITS: u32 = 6;

fn stop_slot(key: u64) -> usize {
    (key.wrapping_mul(STOP_MAGIC) >> (64 - STOP_SLOT_BITS)) as usize
}

/// [`STOP_WORDS`]' scan keys, each in its slot; 0 (the key of no word) elsewhere.
const STOP_TABLE: [u64; 1 << STOP_SLOT_BITS] = {
    let mut table = [0u64; 1 << STOP_SLOT_BITS];
    let mut i = 0;
    while i < STOP_WORDS.len() {
        let bytes = STOP_WORDS[i].as_bytes();
        assert!(!bytes.is_empty() && bytes.len() <= 8);
        let mut key = 0u64;
        let mut j = 0;
        while j < bytes.len() {
            key |= (bytes[j] as u64) << (8 * j);
            j += 1;
        }
        // `stop_slot`, spelled out: const fns cannot call it.
        let slot = (key.wrapping_mul(STOP_MAGIC) >> (64 - STOP_SLOT_BITS)) as usize;
        assert!(
            table[slot] == 0,
            "STOP_MAGIC is not a perfect hash of STOP_WORDS"
        );
        table[slot] = key;
        i += 1;
    }
    table
};

/// Whether the scan key of a word of at most 8 bytes is a stop word's: one
/// multiplication and one comparison.
fn is_stop_key(key: u64) -> bool {
    STOP_TABLE[stop_slot(key)] == key
}

/// Alphanumeric runs (as `SimpleTokenizer` splits them), lowercased, ASCII-folded
/// and stemmed (English Snowball). See the module documentation.
#[derive(Clone, Default)]
pub struct EnglishTokenizer {
    token: Token,
    /// `LowerCaser` and `AsciiFoldingFilter` over one whole word, for words with
    /// non-ASCII chars; built on first use.
    fold: Option<TextAnalyzer>,
}

pub struct EnglishTokenStream<'a> {
    text: &'a str,
    /// Byte offset where the search for the next word starts.
    cursor: usize,
    token: &'a mut Token,
    fold: &'a mut Option<TextAnalyzer>,
}

impl Tokenizer for EnglishTokenizer {
    type TokenStream<'a> = EnglishTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> EnglishTokenStream<'a> {
        self.token.reset();
        EnglishTokenStream {
            text,
            cursor: 0,
            token: &mut self.token,
            fold: &mut self.fold,
        }
    }
}

impl TokenStream for EnglishTokenStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        loop {
            // Like `SimpleTokenizer`, every word found (and the final, failed search)
            // takes a position, whether or not the word is kept.
            self.token.position = self.token.position.wrapping_add(1);
            let from = skip_separators(self.text, self.cursor);
            if from == self.text.len() {
                self.cursor = from;
                return false;
            }
            let mut key = [0; KEY_WORDS];
            let word = scan_word(self.text, from, &mut key);
            self.cursor = word.end;
            self.token.offset_from = from;
            self.token.offset_to = word.end;
            if word.end - from >= TOO_LONG {
                continue;
            }
            let text = &mut self.token.text;
            match word.case {
                Case::Ascii { upper } => {
                    if word.end - from <= 8 && is_stop_key(key[0]) {
                        continue;
                    }
                    let word = from..word.end;
                    with_stems(|stems| stems.stem_ascii(self.text, word, &key, upper, text));
                }
                Case::Unicode => {
                    fold(&self.text[from..word.end], self.fold, text);
                    if STOP_WORDS.contains(&text.as_str()) {
                        text.clear();
                        continue;
                    }
                    with_stems(|stems| stems.stem(text));
                }
            }
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Where the first alphanumeric char at or after byte `at` starts, or the length
/// of `text`. (Inlined into `advance`, like [`scan_word`].)
#[inline(always)]
fn skip_separators(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let classes = Classes::of(load(bytes, at));
        let stop = classes.alphanumeric | classes.non_ascii;
        at += stop.trailing_zeros() as usize / 8;
        if stop == 0 {
            continue;
        }
        // An ASCII stop starts a word; a non-ASCII char does if it is alphanumeric.
        if bytes[at].is_ascii() {
            return at;
        }
        match char_at(text, at) {
            Some(c) if !c.is_alphanumeric() => at += c.len_utf8(),
            _ => return at,
        }
    }
    bytes.len()
}

/// A word found by [`scan_word`].
struct Word {
    end: usize,
    case: Case,
}

enum Case {
    /// Only ASCII letters and digits; `upper` if there are capitals.
    Ascii { upper: bool },
    /// Has non-ASCII chars.
    Unicode,
}

/// The word (maximal run of alphanumeric chars) starting at byte `from`. If it is
/// ASCII, `key` is set to it lowercased, as a stem cache key (complete if the word
/// fits in one).
///
/// (Inlined, and the key written in place: copies of it between stack frames were
/// a good part of the cost.)
#[inline(always)]
fn scan_word(text: &str, from: usize, key: &mut [u64; KEY_WORDS]) -> Word {
    let bytes = text.as_bytes();
    *key = [0; KEY_WORDS];
    let (mut at, mut ascii, mut upper) = (from, true, false);
    loop {
        let Run {
            stop,
            lowered,
            raw,
            len,
        } = Run::of(load(bytes, at));
        upper |= lowered != raw;
        if let Some(word) = key.get_mut((at - from) / 8) {
            *word = lowered;
        }
        at += len;
        if stop == 0 {
            continue;
        }
        // An ASCII stop ends the word; a non-ASCII char does unless alphanumeric.
        match bytes.get(at) {
            Some(byte) if !byte.is_ascii() => match char_at(text, at) {
                Some(c) if c.is_alphanumeric() => {
                    ascii = false;
                    at += c.len_utf8();
                }
                _ => break,
            },
            _ => break,
        }
    }
    let case = if ascii {
        Case::Ascii { upper }
    } else {
        Case::Unicode
    };
    Word { end: at, case }
}

/// Append `word` lowercased and ASCII-folded to `out`, by tantivy's own filters.
fn fold(word: &str, analyzer: &mut Option<TextAnalyzer>, out: &mut String) {
    let analyzer = analyzer.get_or_insert_with(|| {
        TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build()
    });
    let mut stream = analyzer.token_stream(word);
    if stream.advance() {
        out.push_str(&stream.token().text);
    }
}

thread_local! {
    // Initialized on first use by `with_stems`, so that the thread-local itself
    // needs no lazy initialization (which costs on every access).
    static STEMS: RefCell<Option<StemCache>> = const { RefCell::new(None) };
}

/// Run `f` on this thread's stem cache.
fn with_stems<R>(f: impl FnOnce(&mut StemCache) -> R) -> R {
    STEMS.with_borrow_mut(|stems| f(stems.get_or_insert_with(StemCache::new)))
}

/// Longest word (in bytes, after folding) the cache holds; longer ones, rare in
/// English, are stemmed every time.
const KEY_WORDS: usize = 3;
const KEY_BYTES: usize = KEY_WORDS * 8;
/// Longest stem ending the cache holds (see [`Entry`]).
const TAIL_BYTES: usize = 5;
/// 2^15 sets of two 32-byte entries, a set per cache line: 2 MiB per thread.
const SET_BITS: u32 = 15;
/// 2^12 entries of 32 bytes in the hot table: 128 KiB per thread.
const HOT_BITS: u32 = 12;

/// A per-thread cache of English Snowball stems: a 2-way set-associative table of
/// fixed-size entries.
///
/// Word frequencies are Zipfian: a few thousand forms make up most tokens, so this
/// removes most of the stemmer's cost. A lookup hashes the word's bytes (FxHash
/// style, 8 bytes at a time) and compares at most two inline keys in one cache
/// line: no SipHash, no heap access. Each set keeps its most recently used entry
/// first.
///
/// In front of it sits a small direct-mapped table of the words last looked up
/// (`hot`). The big table is spread over 512 pages: a look-up there misses the
/// processor's caches and its TLB, which the indexer's own tables crowd out. The
/// hot table fits in the second-level cache, and the 4,096 most frequent words are
/// nine tokens in ten of English prose (measured on the UN speeches).
struct StemCache {
    stemmer: frostem::Stemmer,
    sets: Box<[Set]>,
    hot: Box<[Entry]>,
}

#[derive(Clone, Copy)]
#[repr(align(64))]
struct Set([Entry; 2]);

const _: () = assert!(std::mem::size_of::<Set>() == 64);

/// A cached word and its stem.
#[derive(Clone, Copy)]
struct Entry {
    /// The word's bytes, zero-padded, as little-endian words.
    key: [u64; KEY_WORDS],
    /// The word's length in bytes; 0 for an empty entry.
    len: u8,
    stem: Stem,
}

/// A stem, relative to its word. Snowball only rewrites the end of a word, so the
/// stem is kept as the length of the prefix it shares with the word and the
/// (ASCII) rest. Small enough to be returned in a register.
#[derive(Clone, Copy)]
struct Stem {
    /// The stem is `word[..keep]` followed by `tail[..tail_len]`.
    keep: u8,
    tail_len: u8,
    tail: [u8; TAIL_BYTES],
}

impl Entry {
    const EMPTY: Entry = Entry {
        key: [0; KEY_WORDS],
        len: 0,
        stem: Stem {
            keep: 0,
            tail_len: 0,
            tail: [0; TAIL_BYTES],
        },
    };

    /// Whether this entry holds the word with `key` and `len`. (Branch-free: the
    /// length check alone would rarely decide.)
    fn holds(&self, key: &[u64; KEY_WORDS], len: u8) -> bool {
        let diff = self
            .key
            .iter()
            .zip(key)
            .fold(u64::from(self.len ^ len), |diff, (a, b)| diff | (a ^ b));
        diff == 0
    }
}

impl Stem {
    /// `stem` relative to `word`, unless it does not fit.
    fn new(word: &str, stem: &str) -> Option<Stem> {
        let mut keep = word
            .bytes()
            .zip(stem.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        while !word.is_char_boundary(keep) {
            keep -= 1;
        }
        let tail = &stem.as_bytes()[keep..];
        if tail.len() > TAIL_BYTES || !tail.is_ascii() {
            return None;
        }
        let mut relative = Stem {
            keep: keep as u8,
            tail_len: tail.len() as u8,
            tail: [0; TAIL_BYTES],
        };
        relative.tail[..tail.len()].copy_from_slice(tail);
        Some(relative)
    }

    fn keep(&self) -> usize {
        usize::from(self.keep)
    }

    /// Append the stem's ending to `out`.
    fn push_tail(&self, out: &mut String) {
        for &byte in &self.tail[..usize::from(self.tail_len)] {
            // The mask changes nothing (the tail is ASCII) but lets `push` skip
            // UTF-8 encoding.
            out.push(char::from(byte & 0x7f));
        }
    }
}

impl StemCache {
    fn new() -> StemCache {
        StemCache {
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            sets: vec![Set([Entry::EMPTY; 2]); 1 << SET_BITS].into_boxed_slice(),
            hot: vec![Entry::EMPTY; 1 << HOT_BITS].into_boxed_slice(),
        }
    }

    /// Append the stem of `text[word]`, made of ASCII letters and digits, to `out`.
    /// `key` is the word lowercased, from [`scan_word`]; `upper` if it has capitals.
    fn stem_ascii(
        &mut self,
        text: &str,
        word: Range<usize>,
        key: &[u64; KEY_WORDS],
        upper: bool,
        out: &mut String,
    ) {
        let stem = if word.len() <= KEY_BYTES {
            self.find(key, word.len())
        } else {
            None
        };
        // Sliced from `text` rather than from the word: the end is then almost always
        // inside the text, a case the processor predicts well.
        let end = stem.map_or(word.end, |stem| word.start + stem.keep());
        out.push_str(&text[word.start..end]);
        if upper {
            out.make_ascii_lowercase();
        }
        match stem {
            Some(stem) => stem.push_tail(out),
            None if word.len() <= KEY_BYTES => self.stem_and_insert(*key, out),
            None => self.stem_uncached(out),
        }
    }

    /// Replace `word` by its stem.
    fn stem(&mut self, word: &mut String) {
        if word.is_empty() || word.len() > KEY_BYTES {
            self.stem_uncached(word);
            return;
        }
        let key = key(word);
        if let Some(stem) = self.find(&key, word.len()) {
            word.truncate(stem.keep());
            stem.push_tail(word);
        } else {
            self.stem_and_insert(key, word);
        }
    }

    /// The stem of the word with `key` and `len`, whose entry becomes the most
    /// recently used of its set.
    fn find(&mut self, key: &[u64; KEY_WORDS], len: usize) -> Option<Stem> {
        let len = len as u8;
        let (set, hot) = slots(key, len);
        let hot = &mut self.hot[hot];
        if hot.holds(key, len) {
            return Some(hot.stem);
        }
        let Set(set) = &mut self.sets[set];
        if set[0].holds(key, len) {
        } else if set[1].holds(key, len) {
            set.swap(0, 1);
        } else {
            return None;
        }
        *hot = set[0];
        Some(set[0].stem)
    }

    /// Replace `word`, not in the cache, by its stem and cache that.
    fn stem_and_insert(&mut self, key: [u64; KEY_WORDS], word: &mut String) {
        let stem = self.stemmer.stem(word);
        let entry = Stem::new(word, &stem).map(|stem| Entry {
            key,
            len: word.len() as u8,
            stem,
        });
        if let Cow::Owned(stem) = stem {
            word.clear();
            word.push_str(&stem);
        }
        if let Some(entry) = entry {
            let (set, hot) = slots(&entry.key, entry.len);
            let Set(set) = &mut self.sets[set];
            set[1] = set[0];
            set[0] = entry;
            self.hot[hot] = entry;
        }
    }

    fn stem_uncached(&self, word: &mut String) {
        if let Cow::Owned(stem) = self.stemmer.stem(word) {
            word.clear();
            word.push_str(&stem);
        }
    }
}

/// The cache key of `word` (at most [`KEY_BYTES`] long): its bytes, zero-padded,
/// as little-endian words.
fn key(word: &str) -> [u64; KEY_WORDS] {
    std::array::from_fn(|i| load(word.as_bytes(), 8 * i))
}

/// The set and the hot slot of a key of `len` bytes: a multiplicative hash of its
/// words (multiplied independently, so with little latency); the set from its top
/// bits, the hot slot from the bits below.
fn slots(key: &[u64; KEY_WORDS], len: u8) -> (usize, usize) {
    const FACTORS: [u64; KEY_WORDS] = [
        0xf135_7aea_2e62_a9c5,
        0x9e37_79b9_7f4a_7c15,
        0xc2b2_ae3d_27d4_eb4f,
    ];
    let mixed = key
        .iter()
        .zip(FACTORS)
        .fold(u64::from(len), |mixed, (&word, factor)| {
            mixed ^ word.wrapping_mul(factor)
        });
    let hash = mixed.wrapping_mul(FACTORS[0]);
    let set = (hash >> (64 - SET_BITS)) as usize;
    let hot = (hash >> (64 - SET_BITS - HOT_BITS)) as usize & ((1 << HOT_BITS) - 1);
    (set, hot)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;
    use tantivy::tokenizer::{RemoveLongFilter, SimpleTokenizer, StopWordFilter, TokenFilter};

    /// The chain this module replaces, verbatim but for the stemmer filter, which
    /// is the old `HashMap` cache in front of the same Snowball stemmer.
    fn old_chain() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(64))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .filter(StopWordFilter::remove(
                STOP_WORDS.iter().map(|w| w.to_string()),
            ))
            .filter(OldCachedStemmer)
            .build()
    }

    thread_local! {
        static OLD_CACHE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    }

    /// The old stem cache, kept as the reference (and the baseline for speed).
    #[derive(Clone, Copy)]
    struct OldCachedStemmer;

    impl TokenFilter for OldCachedStemmer {
        type Tokenizer<T: Tokenizer> = OldCachedStemmerFilter<T>;

        fn transform<T: Tokenizer>(self, tokenizer: T) -> OldCachedStemmerFilter<T> {
            OldCachedStemmerFilter(tokenizer)
        }
    }

    #[derive(Clone)]
    struct OldCachedStemmerFilter<T>(T);

    impl<T: Tokenizer> Tokenizer for OldCachedStemmerFilter<T> {
        type TokenStream<'a> = OldCachedStemmerStream<T::TokenStream<'a>>;

        fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
            OldCachedStemmerStream(self.0.token_stream(text))
        }
    }

    struct OldCachedStemmerStream<T>(T);

    impl<T: TokenStream> TokenStream for OldCachedStemmerStream<T> {
        fn advance(&mut self) -> bool {
            if !self.0.advance() {
                return false;
            }
            let word = &mut self.0.token_mut().text;
            OLD_CACHE.with(|cache| {
                let mut stems = cache.borrow_mut();
                if let Some(stem) = stems.get(word.as_str()) {
                    word.clone_from(stem);
                    return;
                }
                let stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
                let stem = stemmer.stem(word).into_owned();
                if stems.len() >= 200_000 {
                    stems.clear();
                }
                stems.insert(std::mem::replace(word, stem.clone()), stem);
            });
            true
        }

        fn token(&self) -> &Token {
            self.0.token()
        }

        fn token_mut(&mut self) -> &mut Token {
            self.0.token_mut()
        }
    }

    /// Every token of `stream`, then the token it leaves behind once exhausted.
    fn drain(mut stream: impl TokenStream) -> Vec<Token> {
        let mut tokens = Vec::new();
        while stream.advance() {
            tokens.push(stream.token().clone());
        }
        tokens.push(stream.token().clone());
        tokens
    }

    fn old(text: &str) -> Vec<Token> {
        drain(old_chain().token_stream(text))
    }

    fn new(text: &str) -> Vec<Token> {
        drain(EnglishTokenizer::default().token_stream(text))
    }

    fn token_texts(tokens: &[Token]) -> Vec<&str> {
        tokens[..tokens.len() - 1]
            .iter()
            .map(|t| t.text.as_str())
            .collect()
    }

    fn plain_stem(word: &str) -> String {
        frostem::Stemmer::new(frostem::Algorithm::English)
            .stem(word)
            .into_owned()
    }

    #[test]
    fn sentences() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The Tribunal's judges HEARD 14 witnesses, testifying about detentions.",
                &[
                    "tribun", "s", "judg", "heard", "14", "wit", "testifi", "about", "detent",
                ],
            ),
            (
                "Señora Ñúñez met the Überwachungs-Kommission in Düsseldorf.",
                &[
                    "senora",
                    "nunez",
                    "met",
                    "uberwachung",
                    "kommiss",
                    "dusseldorf",
                ],
            ),
            (
                "Журналистов задержали; 記者が拘束された — reporters were held.",
                &[
                    "журналистов",
                    "задержали",
                    "記者が拘束された",
                    "report",
                    "were",
                    "held",
                ],
            ),
            // Stop words in any case, and words that fold to one, are left out;
            // negations and longer words that start like one are kept.
            (
                "THE Court AND thé jury: not guilty, no appeal; Theirs, thereafter, Isle.",
                &[
                    "court", "juri", "not", "guilti", "no", "appeal", "their", "thereaft", "isl",
                ],
            ),
            ("", &[]),
            (" ,.;-- ", &[]),
        ];
        for (text, expected) in cases {
            let tokens = new(text);
            assert_eq!(token_texts(&tokens), *expected, "{text:?}");
            assert_eq!(tokens, old(text), "{text:?}");
        }
    }

    #[test]
    fn offsets_and_positions_skip_long_words() {
        let long = "x".repeat(TOO_LONG);
        let just_short = "Q".repeat(TOO_LONG - 1);
        let text = format!("one {long} two {just_short} three");
        let tokens = new(&text);
        let summary: Vec<(&str, usize, usize, usize)> = tokens[..tokens.len() - 1]
            .iter()
            .map(|t| (t.text.as_str(), t.position, t.offset_from, t.offset_to))
            .collect();
        let q = just_short.to_lowercase();
        assert_eq!(
            summary,
            [
                ("one", 0, 0, 3),
                ("two", 2, 69, 72),
                (q.as_str(), 3, 73, 136),
                ("three", 4, 137, 142),
            ]
        );
        assert_eq!(tokens, old(&text));
        // A non-ASCII word is measured in bytes before lowercasing, as the old filter did.
        let text = format!("{} ok", "É".repeat(TOO_LONG / 2));
        assert_eq!(token_texts(&new(&text)), ["ok"]);
        assert_eq!(new(&text), old(&text));
    }

    #[test]
    fn words_and_gaps_across_eight_byte_chunks() {
        // The scanner reads 8 bytes at a time: words and separator runs of every
        // length around 8, 16 and 24 bytes, at every alignment, with a capital, an
        // accent or a non-ASCII separator at the end or not, and at the end of the
        // text.
        for word_len in 1..=30 {
            for gap_len in 1..=18 {
                for (ending, gap) in [("", " "), ("E", ".\n"), ("\u{e9}", " \u{2014} ")] {
                    let word = "abcdefghij".repeat(3)[..word_len].to_string() + ending;
                    let text = format!("x{}{word}{}{word}", gap.repeat(gap_len), gap);
                    assert_eq!(new(&text), old(&text), "{text:?}");
                    let text = &text[1..];
                    assert_eq!(new(text), old(text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn cold_and_warm_caches_agree_with_the_stemmer() {
        let words = [
            "executions",
            "executed",
            "moratorium",
            "sentenced",
            "abolished",
            "running",
            "kazakhstan",
            "generously",
            "skies",
            "dying",
            "nationalization",
            "caf\u{e9}s",
        ];
        let text = words.join(" ");
        let expected: Vec<String> = words.iter().map(|w| plain_stem(&fold_word(w))).collect();
        // A fresh thread starts with an empty cache.
        let cold = {
            let text = text.clone();
            std::thread::spawn(move || (new(&text), new(&text)))
                .join()
                .unwrap()
        };
        assert_eq!(token_texts(&cold.0), expected);
        assert_eq!(cold.0, cold.1);
        assert_eq!(cold.0, old(&text));
    }

    fn fold_word(word: &str) -> String {
        let mut out = String::new();
        fold(word, &mut None, &mut out);
        out
    }

    /// `word` (lowercase ASCII) stemmed through this thread's cache: by the
    /// tokenizer, capitalized, or directly.
    fn cached_stem(word: &str, by_tokenizer: bool) -> String {
        if by_tokenizer {
            let capitalized = word[..1].to_uppercase() + &word[1..];
            let tokens = new(&capitalized);
            assert_eq!(tokens.len(), 2, "{word}");
            tokens[0].text.clone()
        } else {
            let mut word = word.to_string();
            with_stems(|stems| stems.stem(&mut word));
            word
        }
    }

    /// Words of many lengths (up to the longest key) that share what `slot_of`
    /// gives "relations", looked up in a scrambled order: hits, misses, evictions.
    fn check_colliding_words(slot_of: impl Fn(&str) -> usize) {
        let endings = [
            "ies",
            "ations",
            "ousness",
            "internationalizations",
            "revolutionarinesses",
        ];
        let target = slot_of("relations");
        let mut words = vec!["relations".to_string()];
        words.extend(
            (0..)
                .map(|i: usize| format!("{}{}", to_letters(i / 5), endings[i % 5]))
                .filter(|w| w.len() <= KEY_BYTES && slot_of(w) == target)
                .take(5),
        );
        let mut seed = 7u32;
        for _ in 0..500 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            // Mostly two words, so that both ways hit, sometimes any.
            let n = if seed >> 30 == 0 { words.len() } else { 2 };
            let word = &words[(seed >> 16) as usize % n];
            let by_tokenizer = seed >> 20 & 1 == 0;
            assert_eq!(cached_stem(word, by_tokenizer), plain_stem(word), "{word}");
        }
    }

    #[test]
    fn collisions_keep_stems_exact() {
        // One set of the big table (the hot table is then mostly missed).
        check_colliding_words(|w| slots(&key(w), w.len() as u8).0);
        // One slot of the hot table, each word in its own set.
        check_colliding_words(|w| slots(&key(w), w.len() as u8).1);
    }

    #[test]
    fn many_distinct_words_overflow_the_cache() {
        let suffixes = ["", "s", "ing", "ed", "ation", "ly", "ness", "ies"];
        let words: Vec<String> = (0..(4usize << SET_BITS))
            .map(|i| format!("w{}{}", to_letters(i), suffixes[i % suffixes.len()]))
            .collect();
        for round in 0..2 {
            for (i, word) in words.iter().enumerate() {
                assert_eq!(cached_stem(word, i % 2 == round), plain_stem(word));
            }
        }
    }

    fn to_letters(mut n: usize) -> String {
        let mut out = String::new();
        loop {
            out.push(char::from(b'a' + (n % 26) as u8));
            n /= 26;
            if n == 0 {
                return out;
            }
        }
    }

    /// Text made of pieces likely to find differences: English words with suffixes,
    /// mixed case, digits, accents, other scripts, combining marks, chars whose
    /// lowercase is longer or ASCII, words around the length limit, separators.
    fn tricky_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[A-Za-z0-9]{1,12}",
            2 => prop::sample::select(STOP_WORDS.to_vec()).prop_map(|w| {
                let mut w = w.to_string();
                w[..1].make_ascii_uppercase();
                w
            }),
            1 => prop::sample::select(STOP_WORDS.to_vec()).prop_map(String::from),
            2 => prop::sample::select(vec![
                "Nationalization", "HOPING", "skies", "Dying", "generously", "feed",
                "agreed", "consigned", "IDLY", "news", "Yelling", "sky's", "ß", "ﬁnal",
                "İstanbul", "\u{212a}elvin", "ΣΊΣΥΦΟΣ", "naïve", "Æsir", "straße",
            ])
            .prop_map(String::from),
            3 => "[ ,.;:'()\\-\n\t]{1,3}",
            2 => "[a-zà-ÿÀ-ÞĀ-ſА-яЁё一-龥ﬀ-ﬆ]{1,10}",
            1 => "[a-zA-Z]{1,4}[\u{300}-\u{36f}\u{5b0}-\u{5c7}\u{93e}-\u{94c}][a-z]{1,4}",
            1 => "[²³¹¼½٠-٩०-९Ⅰ-ↈ]{1,3}",
            1 => "[a-z]{6,40}[A-Z][a-z]{0,8}",
            1 => "[a-zA-Zé]{58,70}",
            1 => "[A-ZÀ-Þ]{28,36}",
            1 => any::<String>(),
        ];
        // Twice, so that the second time the words are in the stem cache.
        prop::collection::vec(piece, 0..24).prop_map(|pieces| {
            let text = pieces.concat();
            format!("{text} {text}")
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn same_tokens_as_the_old_chain(text in tricky_text()) {
            prop_assert_eq!(new(&text), old(&text));
        }

        #[test]
        fn same_tokens_as_the_old_chain_on_any_string(text in any::<String>()) {
            prop_assert_eq!(new(&text), old(&text));
        }
    }

    /// Throughput of the old chain and of [`EnglishTokenizer`] over the text files
    /// under `$DOSSIER_TOKENIZE_DIR` (default `/tmp/ungdc`), one thread. Run with
    /// `cargo test --release -p dossier --lib tokenize_throughput -- --ignored --nocapture`.
    #[test]
    #[ignore = "needs a corpus on disk; a measurement, not a check"]
    fn tokenize_throughput() {
        let dir =
            std::env::var("DOSSIER_TOKENIZE_DIR").unwrap_or_else(|_| "/tmp/ungdc".to_string());
        let texts: Vec<String> = walkdir::WalkDir::new(&dir)
            .into_iter()
            .filter_map(|entry| entry.ok())
            .filter(|entry| entry.path().extension().is_some_and(|e| e == "txt"))
            .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
            .collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        assert!(bytes > 0, "no .txt files under {dir}");
        println!("{} files, {:.1} MB", texts.len(), bytes as f64 / 1e6);

        // Tokens and their bytes (so that nothing is optimized away), and seconds.
        let run = |tokenizer: &mut TextAnalyzer| {
            let start = std::time::Instant::now();
            let (mut tokens, mut token_bytes) = (0usize, 0usize);
            for text in &texts {
                let mut stream = tokenizer.token_stream(text);
                while stream.advance() {
                    tokens += 1;
                    token_bytes += stream.token().text.len();
                }
            }
            ((tokens, token_bytes), start.elapsed().as_secs_f64())
        };
        // Both through `TextAnalyzer`, as tantivy calls them; rounds interleaved, as
        // the speed of a shared machine drifts; the best round of each counts.
        let mut old_chain = old_chain();
        let mut fused = TextAnalyzer::from(EnglishTokenizer::default());
        let (mut old_best, mut new_best) = (f64::MAX, f64::MAX);
        for round in 1..=3 {
            let (old_counts, old_seconds) = run(&mut old_chain);
            let (new_counts, new_seconds) = run(&mut fused);
            assert_eq!(old_counts, new_counts);
            old_best = old_best.min(old_seconds);
            new_best = new_best.min(new_seconds);
            println!(
                "round {round}: old chain {:.1} MB/s, EnglishTokenizer {:.1} MB/s ({} tokens)",
                bytes as f64 / 1e6 / old_seconds,
                bytes as f64 / 1e6 / new_seconds,
                new_counts.0,
            );
        }
        println!(
            "best: old chain {:.1} MB/s, EnglishTokenizer {:.1} MB/s, {:.2}x",
            bytes as f64 / 1e6 / old_best,
            bytes as f64 / 1e6 / new_best,
            old_best / new_best,
        );
        for text in &texts {
            assert_eq!(new(text), old(text));
        }
    }
}
