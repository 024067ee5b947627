//! The full-text index: one tantivy document per passage (paragraph).
//!
//! The index is derived data. The store is the source of truth: every index commit
//! carries the store generation it was built from as its payload, and an index whose
//! payload differs from the store's generation (a crash between the two commits, an
//! index deleted by hand) is rebuilt from the store on open. The payload also names the
//! index [`FORMAT`]: an index written with another schema or analyzer is discarded
//! and rebuilt.
//!
//! Passage text is indexed but not stored: the store holds it once, and snippets are
//! cut from it ([`Snippets`]).

use crate::analysis::EnglishTokenizer;
use crate::{Error, Result};
use dossier_model::{Document, Span};
use std::path::{Path, PathBuf};
use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer, TokenStream, Tokenizer,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

const TOKENIZER: &str = "dossier_en";
/// Version of the index schema and analyzer. Bump it whenever either changes: the
/// index is then rebuilt from the store on the next open.
pub const FORMAT: u32 = 6;
/// Memory the index writer may buffer before it flushes a segment.
const WRITER_HEAP: usize = 64 * 1024 * 1024;

/// The fields of a passage. Nothing is stored: a hit is read from fast fields
/// (`doc_key`, `span`), and the document's name and publisher come from the store.
#[derive(Clone, Copy)]
struct Fields {
    /// The store's document key: indexed (a replaced document's passages are
    /// deleted by its term) and fast (a hit's document is read from it).
    doc_key: Field,
    text: Field,
    /// Folded publisher, for the publisher filter.
    publisher: Field,
    /// Publication date as `YYYYMMDD`, for date filters.
    published: Field,
}

/// Fast field names.
const DOC_KEY: &str = "doc_key";
/// The passage's byte span in the kept text, as `start << 32 | end`.
const SPAN: &str = "span";

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text_options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        doc_key: builder.add_i64_field(DOC_KEY, NumericOptions::default().set_indexed().set_fast()),
        text: builder.add_text_field("text", text_options),
        publisher: builder.add_text_field("publisher", STRING),
        published: builder.add_i64_field("published", NumericOptions::default().set_fast()),
    };
    builder.add_u64_field(SPAN, NumericOptions::default().set_fast());
    (builder.build(), fields)
}

/// The analyzer of the text field, for indexing and queries (see [`crate::analysis`]).
fn analyzer() -> TextAnalyzer {
    TextAnalyzer::from(EnglishTokenizer::default())
}

/// The index's tokens of `text` (lowercased, folded, stemmed; no stop words) with
/// their byte ranges.
pub fn tokens(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut tokenizer = EnglishTokenizer::default();
    let mut stream = tokenizer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        let token = stream.token();
        out.push((token.text.clone(), token.offset_from..token.offset_to));
    }
    out
}

/// The set of the index's tokens of `text` (see [`tokens`]), without their ranges.
pub fn token_set(text: &str) -> std::collections::HashSet<String> {
    tokens(text).into_iter().map(|(t, _)| t).collect()
}

/// Lowercase, diacritics-free key used for exact-match facets such as publisher.
pub fn facet_key(s: &str) -> String {
    let mut out = String::new();
    let mut stream = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    let mut tokens = stream.token_stream(s);
    while tokens.advance() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&tokens.token().text);
    }
    out
}

/// `YYYY[-MM[-DD]]` as a sortable integer `YYYYMMDD` (missing parts as 00 / 99).
pub fn date_number(iso: &str, upper: bool) -> Option<i64> {
    let date = dossier_model::PartialDate::parse(iso)?;
    let fill = if upper { 99 } else { 0 };
    Some(
        date.year as i64 * 10_000
            + date.month.map(i64::from).unwrap_or(fill) * 100
            + date.day.map(i64::from).unwrap_or(fill),
    )
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    dir: PathBuf,
}

/// One passage hit. `document` and `publisher` are empty until the engine names
/// the document; `snippet`, `fragment` and `highlights` until [`Snippets::fill`] is
/// given the passage text.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Hit {
    pub document: String,
    #[serde(skip)]
    pub doc_key: i64,
    pub start: u32,
    pub end: u32,
    pub score: f32,
    /// The passage fragment with matches wrapped in `<mark>..</mark>` (HTML-escaped).
    pub snippet: String,
    /// The same fragment as plain text, and the byte ranges of the matches in it.
    #[serde(skip)]
    pub fragment: String,
    #[serde(skip)]
    pub highlights: Vec<std::ops::Range<usize>>,
    pub publisher: Option<String>,
}

/// What to search for.
#[derive(Clone, Debug, Default)]
pub struct SearchRequest {
    pub query: String,
    pub limit: usize,
    pub publisher: Option<String>,
    /// Inclusive bounds on the document's publication date, ISO.
    pub from: Option<String>,
    pub to: Option<String>,
}

impl SearchIndex {
    /// Open the index in `dir`, creating an empty one if there is none.
    pub fn open(dir: &Path) -> Result<SearchIndex> {
        let (schema, fields) = schema();
        let existing = if dir.join("meta.json").exists() {
            let index = Index::open_in_dir(dir)
                .map_err(|e| Error::internal(format!("{}: search index: {e}", dir.display())))?;
            match read_payload(&index) {
                Some((_, format)) if format == FORMAT => Some(index),
                // Written by another version (or never committed): derived data, so
                // drop it; the engine rebuilds it from the store.
                _ => {
                    drop(index);
                    std::fs::remove_dir_all(dir)
                        .map_err(|e| Error::internal(format!("{}: {e}", dir.display())))?;
                    None
                }
            }
        } else {
            None
        };
        let index = if let Some(index) = existing {
            index
        } else {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::internal(format!("{}: {e}", dir.display())))?;
            Index::create_in_dir(dir, schema)
                .map_err(|e| Error::internal(format!("{}: {e}", dir.display())))?
        };
        SearchIndex::with_reader(index, fields, dir)
    }

    /// Open the index in `dir` for reading, changing nothing on disk: `Ok(None)` if
    /// there is none, or none of this [`FORMAT`] (never committed, or written by
    /// another version); an error if it cannot be read (damaged).
    pub fn open_existing(dir: &Path) -> Result<Option<SearchIndex>> {
        if !dir.join("meta.json").exists() {
            return Ok(None);
        }
        let damaged = |e: &dyn std::fmt::Display| {
            Error::internal(format!("{}: search index: {e}", dir.display()))
        };
        let index = Index::open_in_dir(dir).map_err(|e| damaged(&e))?;
        match read_payload(&index) {
            Some((_, format)) if format == FORMAT => {}
            _ => return Ok(None),
        }
        let (_, fields) = schema();
        if index.schema() != schema().0 {
            return Ok(None);
        }
        index.tokenizers().register(TOKENIZER, analyzer());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e: tantivy::TantivyError| damaged(&e))?;
        // Every segment's files are opened and checked, not only listed.
        for segment in reader.searcher().segment_readers() {
            let fast = segment.fast_fields();
            fast.i64(DOC_KEY).map_err(|e| damaged(&e))?;
            fast.u64(SPAN).map_err(|e| damaged(&e))?;
            segment
                .inverted_index(fields.text)
                .map_err(|e| damaged(&e))?;
        }
        Ok(Some(SearchIndex {
            index,
            reader,
            fields,
            dir: dir.to_path_buf(),
        }))
    }

    /// Delete whatever is in `dir` and create an empty index there (not yet
    /// committed). Only under the store's index lock.
    pub fn recreate(dir: &Path) -> Result<SearchIndex> {
        let io = |e: std::io::Error| Error::internal(format!("{}: {e}", dir.display()));
        match std::fs::remove_dir_all(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(e)),
        }
        std::fs::create_dir_all(dir).map_err(io)?;
        let (schema, fields) = schema();
        let index = Index::create_in_dir(dir, schema)
            .map_err(|e| Error::internal(format!("{}: {e}", dir.display())))?;
        SearchIndex::with_reader(index, fields, dir)
    }

    /// An empty index in memory: what a reader searches when the index on disk
    /// cannot be read and another process is rebuilding it.
    pub fn empty() -> Result<SearchIndex> {
        let (schema, fields) = schema();
        SearchIndex::with_reader(Index::create_in_ram(schema), fields, Path::new(""))
    }

    fn with_reader(index: Index, fields: Fields, dir: &Path) -> Result<SearchIndex> {
        index.tokenizers().register(TOKENIZER, analyzer());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(Error::index)?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            dir: dir.to_path_buf(),
        })
    }

    /// The store generation this index was last committed from.
    pub fn generation(&self) -> u64 {
        read_payload(&self.index).map_or(0, |(generation, _)| generation)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// False for the in-memory stand-in ([`SearchIndex::empty`]).
    pub fn is_on_disk(&self) -> bool {
        !self.dir.as_os_str().is_empty()
    }

    pub fn writer(&self) -> Result<IndexBatch> {
        let writer = self.index.writer(WRITER_HEAP).map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => Error::User(format!(
                "{}: the index is locked by another dossier process",
                self.dir.display()
            )),
            e => Error::index(e),
        })?;
        let span = self.index.schema().get_field(SPAN).map_err(Error::index)?;
        Ok(IndexBatch {
            writer,
            fields: self.fields,
            span,
        })
    }

    pub fn reload(&self) -> Result<()> {
        self.reader.reload().map_err(Error::index)
    }

    pub fn num_passages(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// The store key of every document with a passage in the index.
    pub fn indexed_keys(&self) -> Result<std::collections::BTreeSet<i64>> {
        let searcher = self.reader.searcher();
        let mut keys = std::collections::BTreeSet::new();
        for segment in searcher.segment_readers() {
            let column = segment.fast_fields().i64(DOC_KEY).map_err(Error::index)?;
            for doc in segment.doc_ids_alive() {
                if let Some(key) = column.first(doc) {
                    keys.insert(key);
                }
            }
        }
        Ok(keys)
    }

    /// Inverse document frequency of an analysed token over passages.
    pub fn idf(&self, token: &str) -> f32 {
        let searcher = self.reader.searcher();
        let n = searcher.num_docs().max(1) as f32;
        let df = searcher
            .doc_freq(&Term::from_field_text(self.fields.text, token))
            .unwrap_or(0) as f32;
        ((n + 1.0) / (df + 0.5)).ln().max(0.1)
    }

    /// Passages matching any of the analysed tokens (BM25, each token boosted), best
    /// first: `(doc_key, span, score)`. For question answering.
    pub fn passages_for_tokens(
        &self,
        tokens: &[(String, f32)],
        limit: usize,
    ) -> Result<Vec<(i64, Span, f32)>> {
        use tantivy::query::BoostQuery;
        let searcher = self.reader.searcher();
        let clauses: Vec<(Occur, Box<dyn Query>)> = tokens
            .iter()
            .map(|(token, boost)| {
                let term = Term::from_field_text(self.fields.text, token);
                let query: Box<dyn Query> = Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs)),
                    *boost,
                ));
                (Occur::Should, query)
            })
            .collect();
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::new(clauses);
        let top = searcher
            .search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())
            .map_err(Error::index)?;
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            let (key, span) = passage_at(&searcher, address)?;
            out.push((key, span, score));
        }
        Ok(out)
    }

    /// The best passages for `request`, and the snippet maker for them.
    pub fn search(&self, request: &SearchRequest) -> Result<(Vec<Hit>, Snippets)> {
        let searcher = self.reader.searcher();
        let limit = request.limit.max(1);
        let text_query = self.text_query(&request.query);
        let filters = self.filters(request);
        let hits = self.run(&searcher, &*text_query, &filters, limit)?;
        if hits.is_empty() {
            // Nothing exact: retry each term with one edit (transliteration variants,
            // typos): "Kazakstan" finds "Kazakhstan".
            if let Some(fuzzy) = self.fuzzy_query(&request.query) {
                let hits = self.run(&searcher, &*fuzzy, &filters, limit)?;
                return Ok((hits, Snippets::new(&searcher, &*fuzzy, self.fields.text)?));
            }
        }
        Ok((
            hits,
            Snippets::new(&searcher, &*text_query, self.fields.text)?,
        ))
    }

    /// How many passages match `request` (as [`SearchIndex::search`] finds them:
    /// the exact query, or its one-edit variant when nothing matches exactly), not
    /// only the best `limit`.
    pub fn count(&self, request: &SearchRequest) -> Result<usize> {
        let searcher = self.reader.searcher();
        let text_query = self.text_query(&request.query);
        let filters = self.filters(request);
        let count = |query: &dyn Query| {
            searcher
                .search(&Self::filtered(query, &filters), &tantivy::collector::Count)
                .map_err(Error::index)
        };
        let exact = count(&*text_query)?;
        if exact > 0 {
            return Ok(exact);
        }
        match self.fuzzy_query(&request.query) {
            Some(fuzzy) => count(&*fuzzy),
            None => Ok(0),
        }
    }

    /// The document key of every passage that matches `request` (as
    /// [`SearchIndex::search`] finds them), in no order: what facets over all the
    /// matches are counted from.
    pub fn matching_keys(&self, request: &SearchRequest) -> Result<Vec<i64>> {
        Ok(self
            .matching_passages(request)?
            .into_iter()
            .map(|(key, _)| key)
            .collect())
    }

    /// The document key and span of every passage that matches `request`, in no
    /// order.
    pub fn matching_passages(&self, request: &SearchRequest) -> Result<Vec<(i64, Span)>> {
        let searcher = self.reader.searcher();
        let text_query = self.text_query(&request.query);
        let filters = self.filters(request);
        let keys = |query: &dyn Query| -> Result<Vec<(i64, Span)>> {
            let found = searcher
                .search(
                    &Self::filtered(query, &filters),
                    &tantivy::collector::DocSetCollector,
                )
                .map_err(Error::index)?;
            found
                .into_iter()
                .map(|address| passage_at(&searcher, address))
                .collect()
        };
        let exact = keys(&*text_query)?;
        if !exact.is_empty() {
            return Ok(exact);
        }
        match self.fuzzy_query(&request.query) {
            Some(fuzzy) => keys(&*fuzzy),
            None => Ok(Vec::new()),
        }
    }

    /// The text query with every filter as a constant-score conjunct.
    fn filtered(text_query: &dyn Query, filters: &[Box<dyn Query>]) -> BooleanQuery {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, text_query.box_clone())];
        for filter in filters {
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(filter.box_clone(), 0.0)),
            ));
        }
        BooleanQuery::new(clauses)
    }

    fn filters(&self, request: &SearchRequest) -> Vec<Box<dyn Query>> {
        let mut filters: Vec<Box<dyn Query>> = Vec::new();
        if let Some(publisher) = &request.publisher {
            filters.push(Box::new(TermQuery::new(
                Term::from_field_text(self.fields.publisher, &facet_key(publisher)),
                IndexRecordOption::Basic,
            )));
        }
        let lo = request.from.as_deref().and_then(|d| date_number(d, false));
        let hi = request.to.as_deref().and_then(|d| date_number(d, true));
        if lo.is_some() || hi.is_some() {
            use std::ops::Bound;
            let term = |v: i64| Term::from_field_i64(self.fields.published, v);
            filters.push(Box::new(RangeQuery::new(
                lo.map(|v| Bound::Included(term(v)))
                    .unwrap_or(Bound::Included(term(1))),
                hi.map(|v| Bound::Included(term(v)))
                    .unwrap_or(Bound::Unbounded),
            )));
        }
        filters
    }

    /// The query as typed: the parser's (phrases, `+`, `-`, fields); but plain words
    /// with a name among them (a capitalised word of five letters or more) are
    /// read with each name in its spellings one edit away too, so "Kazakhstan"
    /// finds "Kazakstan" even where it also matches exactly.
    fn text_query(&self, query: &str) -> Box<dyn Query> {
        let plain = !query.contains(['"', ':', '(', ')', '+', '-', '*', '~', '^', '[', '{']);
        let named = query.split_whitespace().any(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 5
        });
        if plain && named {
            if let Some(query) = self.expanded_query(query, true) {
                return query;
            }
        }
        let mut parser = QueryParser::for_index(&self.index, vec![self.fields.text]);
        parser.set_conjunction_by_default();
        parser.parse_query_lenient(query).0
    }

    fn fuzzy_query(&self, query: &str) -> Option<Box<dyn Query>> {
        self.expanded_query(query, false)
    }

    /// Every word of `query` required; a word of five letters or more (only a
    /// capitalised one when `names_only`) may be any indexed word one edit away.
    fn expanded_query(&self, query: &str, names_only: bool) -> Option<Box<dyn Query>> {
        let searcher = self.reader.searcher();
        let mut analyzer = analyzer();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let term_query = |text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(self.fields.text, text),
                IndexRecordOption::WithFreqs,
            ))
        };
        let mut tokens: Vec<(String, bool)> = Vec::new();
        for word in query.split_whitespace() {
            let name = word.chars().next().is_some_and(char::is_uppercase);
            let mut stream = analyzer.token_stream(word);
            while stream.advance() {
                tokens.push((stream.token().text.clone(), name || !names_only));
            }
        }
        for (token, expand) in tokens {
            // Each word of five letters or more may be any indexed word one edit
            // away, spelled out as terms (not an automaton): each hit is then
            // ranked by BM25 and its snippet marks the words that matched.
            let near = if expand && token.chars().count() >= 5 {
                self.near_terms(&searcher, &token)
            } else {
                Vec::new()
            };
            let query: Box<dyn Query> = match near.len() {
                0 => term_query(&token),
                1 => term_query(&near[0]),
                _ => Box::new(BooleanQuery::new(
                    near.iter()
                        .map(|t| (Occur::Should, term_query(t)))
                        .collect(),
                )),
            };
            clauses.push((Occur::Must, query));
        }
        (!clauses.is_empty()).then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
    }

    /// Indexed words within one edit of `token` that begin with its first letter
    /// (a transliteration keeps it: "Kazakstan", "Kazakhstan"), the token itself
    /// included when it is indexed; at most 32.
    fn near_terms(&self, searcher: &tantivy::Searcher, token: &str) -> Vec<String> {
        let Some(first) = token.chars().next() else {
            return Vec::new();
        };
        let mut prefix = [0u8; 4];
        let prefix = first.encode_utf8(&mut prefix).as_bytes().to_vec();
        let mut after = prefix.clone();
        if let Some(last) = after.last_mut() {
            *last = last.saturating_add(1);
        }
        let mut found: std::collections::BTreeSet<String> = Default::default();
        for segment in searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(self.fields.text) else {
                continue;
            };
            let Ok(mut terms) = inverted
                .terms()
                .range()
                .ge(&prefix)
                .lt(&after)
                .into_stream()
            else {
                continue;
            };
            while terms.advance() {
                if let Ok(word) = std::str::from_utf8(terms.key()) {
                    if within_one_edit(word, token) {
                        found.insert(word.to_string());
                    }
                }
            }
        }
        found.into_iter().take(32).collect()
    }

    fn run(
        &self,
        searcher: &tantivy::Searcher,
        text_query: &dyn Query,
        filters: &[Box<dyn Query>],
        limit: usize,
    ) -> Result<Vec<Hit>> {
        let query = Self::filtered(text_query, filters);
        let top = searcher
            .search(&query, &TopDocs::with_limit(limit).order_by_score())
            .map_err(Error::index)?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let (doc_key, span) = passage_at(searcher, address)?;
            hits.push(Hit {
                document: String::new(),
                doc_key,
                start: span.start,
                end: span.end,
                score,
                snippet: String::new(),
                fragment: String::new(),
                highlights: Vec::new(),
                publisher: None,
            });
        }
        Ok(hits)
    }
}

/// Whether `a` becomes `b` by at most one insertion, deletion, substitution or
/// swap of two neighbouring letters.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common == a.len() && common == b.len() {
        return true;
    }
    let (ra, rb) = (&a[common..], &b[common..]);
    let same = |x: &[char], y: &[char]| x == y;
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            same(&ra[1..], &rb[1..])
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && same(&ra[2..], &rb[2..]))
        }
        std::cmp::Ordering::Less => same(ra, &rb[1..]),
        std::cmp::Ordering::Greater => same(&ra[1..], rb),
    }
}

/// The document key and span of the passage at `address`, from its fast fields.
fn passage_at(searcher: &tantivy::Searcher, address: tantivy::DocAddress) -> Result<(i64, Span)> {
    let fast = searcher.segment_reader(address.segment_ord).fast_fields();
    let doc_key = fast.i64(DOC_KEY).map_err(Error::index)?;
    let span = fast.u64(SPAN).map_err(Error::index)?;
    let span = span.first(address.doc_id).unwrap_or(0);
    Ok((
        doc_key.first(address.doc_id).unwrap_or(0),
        Span::new((span >> 32) as usize, (span & 0xffff_ffff) as usize),
    ))
}

/// `(generation, format)` from the last commit's payload `"GENERATION FORMAT"`.
fn read_payload(index: &Index) -> Option<(u64, u32)> {
    let payload = index.load_metas().ok()?.payload?;
    let (generation, format) = payload.split_once(' ')?;
    Some((generation.parse().ok()?, format.parse().ok()?))
}

/// Cuts highlighted snippets out of passage texts for one query.
pub struct Snippets(SnippetGenerator);

impl Snippets {
    fn new(searcher: &tantivy::Searcher, query: &dyn Query, field: Field) -> Result<Snippets> {
        let mut generator =
            SnippetGenerator::create(searcher, query, field).map_err(Error::index)?;
        generator.set_max_num_chars(240);
        Ok(Snippets(generator))
    }

    /// Set `hit`'s snippet from the text of its passage.
    pub fn fill(&self, hit: &mut Hit, passage: &str) {
        let snippet = self.0.snippet(passage);
        hit.fragment = snippet.fragment().to_string();
        hit.highlights = snippet.highlighted().to_vec();
        hit.snippet = mark_html(&hit.fragment, &hit.highlights);
    }
}

/// HTML-escape `fragment` and wrap the highlighted ranges in `<mark>`.
pub fn mark_html(fragment: &str, highlights: &[std::ops::Range<usize>]) -> String {
    let escape = |s: &str, out: &mut String| {
        for c in s.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '"' => out.push_str("&quot;"),
                c => out.push(c),
            }
        }
    };
    let mut out = String::with_capacity(fragment.len() + 16 * highlights.len());
    let mut pos = 0;
    for range in highlights {
        let (Some(before), Some(inner)) =
            (fragment.get(pos..range.start), fragment.get(range.clone()))
        else {
            continue;
        };
        escape(before, &mut out);
        out.push_str("<mark>");
        escape(inner, &mut out);
        out.push_str("</mark>");
        pos = range.end;
    }
    escape(fragment.get(pos..).unwrap_or(""), &mut out);
    out
}

/// Buffered writes to the index, committed together with the store.
pub struct IndexBatch {
    writer: IndexWriter,
    fields: Fields,
    span: Field,
}

impl IndexBatch {
    pub fn delete_document(&mut self, doc_key: i64) {
        self.writer
            .delete_term(Term::from_field_i64(self.fields.doc_key, doc_key));
    }

    pub fn delete_all(&mut self) -> Result<()> {
        self.writer.delete_all_documents().map_err(Error::index)?;
        Ok(())
    }

    /// Index every passage of `document`, stored under `doc_key`.
    pub fn add_document(&mut self, doc_key: i64, document: &Document) -> Result<()> {
        let publisher = document
            .meta
            .publisher
            .as_ref()
            .map(|p| facet_key(&p.value))
            .unwrap_or_default();
        let published = document
            .meta
            .published
            .as_ref()
            .and_then(|p| date_number(&p.value, false))
            .unwrap_or(0);
        let passages: Vec<Span> = if document.passages.is_empty() {
            vec![Span::new(0, document.text.len())]
        } else {
            document.passages.clone()
        };
        for span in passages {
            let text = span.slice(&document.text);
            if text.trim().is_empty() {
                continue;
            }
            // Room for the text and the small values: no regrowth while filling it.
            let mut doc = TantivyDocument::with_capacity(text.len() + publisher.len() + 64);
            doc.add_i64(self.fields.doc_key, doc_key);
            doc.add_u64(self.span, u64::from(span.start) << 32 | u64::from(span.end));
            doc.add_text(self.fields.text, text);
            if !publisher.is_empty() {
                doc.add_text(self.fields.publisher, &publisher);
            }
            doc.add_i64(self.fields.published, published);
            self.writer.add_document(doc).map_err(Error::index)?;
        }
        Ok(())
    }

    /// Start writing out the segments still in memory, on another thread, while the
    /// caller goes on (reconciles, commits the store). The index changes only when
    /// [`PendingCommit::finish`] is given the store's new generation; dropped
    /// unfinished, the batch is rolled back.
    pub fn start_commit(self) -> PendingCommit {
        let IndexBatch { mut writer, .. } = self;
        let (sender, receiver) = std::sync::mpsc::channel::<Option<u64>>();
        let (prepared_sender, prepared_receiver) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::spawn(move || -> Result<()> {
            let mut prepared = writer.prepare_commit().map_err(Error::index)?;
            let _ = prepared_sender.send(());
            match receiver.recv() {
                Ok(Some(generation)) => {
                    prepared.set_payload(&format!("{generation} {FORMAT}"));
                    prepared.commit().map_err(Error::index)?;
                    writer.wait_merging_threads().map_err(Error::index)
                }
                _ => prepared.abort().map(drop).map_err(Error::index),
            }
        });
        PendingCommit {
            sender: Some(sender),
            prepared: prepared_receiver,
            thread: Some(thread),
        }
    }

    /// Commit the store (`store_commit`, returning its new generation) and then this
    /// batch, recording that generation: [`IndexBatch::start_commit`], then
    /// [`PendingCommit::finish`].
    pub fn commit_after(self, store_commit: impl FnOnce() -> Result<u64>) -> Result<u64> {
        let mut pending = self.start_commit();
        pending.wait_prepared()?;
        pending.finish(store_commit())
    }

    /// Make the batch visible, recording the store generation it matches (a store
    /// already committed, as when the index is rebuilt from it).
    pub fn commit(self, generation: u64) -> Result<()> {
        self.commit_after(|| Ok(generation)).map(drop)
    }
}

/// An index commit under way (see [`IndexBatch::start_commit`]).
pub struct PendingCommit {
    sender: Option<std::sync::mpsc::Sender<Option<u64>>>,
    /// Signalled once the segments are written out and only the commit is left.
    prepared: std::sync::mpsc::Receiver<()>,
    thread: Option<std::thread::JoinHandle<Result<()>>>,
}

impl PendingCommit {
    /// Wait until the batch is written out, so that a failure there (a full disk)
    /// comes before the store commits rather than after: the caller then rolls
    /// everything back instead of leaving an index to rebuild.
    pub fn wait_prepared(&mut self) -> Result<()> {
        if self.prepared.recv().is_ok() {
            return Ok(());
        }
        // Writing out failed: its error.
        self.sender = None;
        self.join()
            .and(Err(Error::internal("search index: commit failed")))
    }

    /// Make the batch visible once the store has committed (`stored` is its new
    /// generation), or roll it back if the store failed. Returns the generation.
    pub fn finish(mut self, stored: Result<u64>) -> Result<u64> {
        let indexed = self.end(stored.as_ref().ok().copied());
        let generation = stored?;
        indexed?;
        Ok(generation)
    }

    fn end(&mut self, generation: Option<u64>) -> Result<()> {
        if let Some(sender) = self.sender.take() {
            // The receiver only hangs up if writing out failed; that error comes below.
            let _ = sender.send(generation);
        }
        self.join()
    }

    /// The commit thread's outcome (`Ok` if it was already joined).
    fn join(&mut self) -> Result<()> {
        match self.thread.take() {
            Some(thread) => thread
                .join()
                .map_err(|_| Error::internal("search index: commit panicked"))?,
            None => Ok(()),
        }
    }
}

impl Drop for PendingCommit {
    fn drop(&mut self) {
        // Not finished (an error or an interrupt on the way): roll the batch back.
        let _ = self.end(None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_set_holds_the_stems() {
        let set = token_set("Executions were carried out; executions rose.");
        assert!(set.contains("execut"), "{set:?}");
        assert_eq!(
            set.len(),
            tokens("Executions were carried out; executions rose.").len() - 1
        );
    }

    fn document(text: &str) -> Document {
        Document {
            id: dossier_model::DocId("0".repeat(64)),
            name: "note.txt".into(),
            path: "/notes/note.txt".into(),
            format: dossier_model::Format::Txt,
            bytes: text.len() as u64,
            text: text.into(),
            offsets: Default::default(),
            meta: Default::default(),
            passages: vec![],
            dropped: vec![],
            warnings: vec![],
            pages: vec![],
        }
    }

    #[test]
    fn the_index_commits_only_after_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let index = SearchIndex::open(dir.path()).unwrap();
        let mut batch = index.writer().unwrap();
        batch
            .add_document(1, &document("The appeal court upheld the verdict."))
            .unwrap();
        let failed = batch.commit_after(|| Err(Error::internal("disk full")));
        assert!(matches!(failed, Err(Error::Internal(m)) if m == "disk full"));
        index.reload().unwrap();
        assert_eq!((index.generation(), index.num_passages()), (0, 0));

        let mut batch = index.writer().unwrap();
        batch
            .add_document(1, &document("The appeal court upheld the verdict."))
            .unwrap();
        assert_eq!(batch.commit_after(|| Ok(7)).unwrap(), 7);
        index.reload().unwrap();
        assert_eq!((index.generation(), index.num_passages()), (7, 1));
    }

    #[test]
    fn an_index_of_another_format_is_discarded_on_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let index = SearchIndex::open(&path).unwrap();
        let mut batch = index.writer().unwrap();
        batch
            .add_document(1, &document("The court commuted the sentence."))
            .unwrap();
        batch.commit(4).unwrap();
        index.reload().unwrap();
        assert_eq!((index.generation(), index.num_passages()), (4, 1));
        drop(index);

        // Same index, reopened: kept.
        let index = SearchIndex::open(&path).unwrap();
        assert_eq!((index.generation(), index.num_passages()), (4, 1));

        // Recommit it the way an older dossier did (payload without a format).
        let mut writer: IndexWriter = index.index.writer(WRITER_HEAP).unwrap();
        let mut prepared = writer.prepare_commit().unwrap();
        prepared.set_payload("4");
        prepared.commit().unwrap();
        drop(writer);
        drop(index);
        let index = SearchIndex::open(&path).unwrap();
        assert_eq!((index.generation(), index.num_passages()), (0, 0));
    }
}
