//! English stemming with a per-thread cache, as a tantivy token filter.
//!
//! Word frequencies are Zipfian: a few thousand forms make up most tokens, so a small
//! cache in front of the Snowball stemmer removes most of its cost from indexing (it
//! was about 40 % of indexing time). Output is identical to the plain stemmer.

use std::cell::RefCell;
use std::collections::HashMap;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Entries kept per thread before the cache is cleared.
const CAPACITY: usize = 200_000;

thread_local! {
    static CACHE: RefCell<(frostem::Stemmer, HashMap<String, String>)> =
        RefCell::new((frostem::Stemmer::new(frostem::Algorithm::English), HashMap::new()));
}

/// Replace `word` by its English stem.
pub fn stem_in_place(word: &mut String) {
    CACHE.with(|cache| {
        let (stemmer, stems) = &mut *cache.borrow_mut();
        if let Some(stem) = stems.get(word.as_str()) {
            word.clear();
            word.push_str(stem);
            return;
        }
        let stem = stemmer.stem(word).into_owned();
        if stems.len() >= CAPACITY {
            stems.clear();
        }
        stems.insert(std::mem::replace(word, stem.clone()), stem);
    });
}

/// Token filter: English Snowball stems, cached.
#[derive(Clone, Copy, Debug, Default)]
pub struct CachedStemmer;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct CachedStemmerStream<T> {
    tail: T,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        stem_in_place(&mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_stems_as_snowball_with_and_without_the_cache() {
        let plain = frostem::Stemmer::new(frostem::Algorithm::English);
        for _ in 0..2 {
            for word in [
                "executions",
                "executed",
                "moratorium",
                "sentenced",
                "abolished",
                "running",
                "kazakhstan",
            ] {
                let mut cached = word.to_string();
                stem_in_place(&mut cached);
                assert_eq!(cached, plain.stem(word));
            }
        }
    }
}
