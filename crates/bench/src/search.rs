//! `search`: latency of `Engine::search` over a fixed list of realistic queries.

use crate::stats::{Latency, Target};
use crate::sys::{self, Machine, Memory};
use anyhow::{bail, Result};
use dossier::{Engine, SearchRequest};
use serde::Serialize;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub struct Options {
    pub store: PathBuf,
    /// Timed searches in all, cycling through the query list (after one warm-up pass).
    pub queries: usize,
    pub limit: usize,
}

/// One benchmark query: text and optional filters.
#[derive(Clone, Copy, Debug)]
pub struct Query {
    pub text: &'static str,
    pub publisher: Option<&'static str>,
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
}

const fn q(text: &'static str) -> Query {
    Query {
        text,
        publisher: None,
        from: None,
        to: None,
    }
}

const fn dated(text: &'static str, from: &'static str, to: &'static str) -> Query {
    Query {
        text,
        publisher: None,
        from: Some(from),
        to: Some(to),
    }
}

const fn published_by(text: &'static str, publisher: &'static str) -> Query {
    Query {
        text,
        publisher: Some(publisher),
        from: None,
        to: None,
    }
}

/// What an analyst of human-rights and diplomatic material types: single words,
/// names, transliteration variants and typos (the fuzzy fallback), quoted phrases,
/// several words, and publisher or date filters.
pub const QUERIES: &[Query] = &[
    q("moratorium"),
    q("nuclear"),
    q("Nazarbayev"),
    q("Kazakhstan"),
    q("execution"),
    q("abolition"),
    q("torture"),
    q("refugees"),
    q("sanctions"),
    q("apartheid"),
    q("Semipalatinsk"),
    q("Tokayev"),
    q("Astana"),
    q("disarmament"),
    q("clemency"),
    // transliteration variants and typos: few or no exact hits, so the fuzzy pass runs
    q("Kazakstan"),
    q("Nazarbaev"),
    q("moratorim"),
    q("nuclaer"),
    q("Semipalatinks"),
    q("Tokaev"),
    q("executoins"),
    // phrases
    q("\"death penalty\""),
    q("\"capital punishment\""),
    q("\"human rights\""),
    q("\"nuclear test\""),
    q("\"Security Council\""),
    q("\"right to life\""),
    q("\"political prisoners\""),
    // several words
    q("death penalty"),
    q("moratorium on executions"),
    q("abolish the death penalty"),
    q("nuclear weapons test site closed"),
    q("Kazakhstan nuclear disarmament"),
    q("Aral Sea disaster"),
    q("Caspian Sea oil"),
    q("freedom of expression journalists"),
    q("Central Asia security cooperation"),
    q("torture in detention"),
    q("independent judiciary fair trial"),
    q("the of and"),
    q("Universal Declaration of Human Rights anniversary"),
    // filters
    dated("death penalty", "1990", "1999"),
    dated("nuclear", "2000-01-01", "2010-12-31"),
    dated("Kazakhstan", "1992", "2024"),
    published_by("death penalty", "Amnesty International"),
    published_by("Kazakhstan", "Human Rights Watch"),
    published_by("moratorium", "United Nations"),
];

#[derive(Debug, Serialize)]
pub struct QueryFigures {
    pub query: String,
    pub filters: String,
    pub hits: usize,
    pub p50_ms: f64,
    pub max_ms: f64,
    /// Median of the index alone (`SearchIndex::search`).
    pub index_p50_ms: f64,
}

#[derive(Debug, Serialize)]
pub struct SearchFigures {
    pub store: String,
    pub documents: usize,
    pub passages: u64,
    pub distinct_queries: usize,
    pub limit: usize,
    /// `Engine::search`: the index plus the engine's publisher look-up.
    pub latency: Latency,
    /// `SearchIndex::search` alone (tantivy, snippets, fuzzy fallback).
    pub index_latency: Latency,
    pub open_seconds: f64,
    /// Median time of one `Store::documents()` call (which `Engine::search` makes
    /// per query to name each hit's publisher).
    pub store_documents_ms: f64,
    /// The five slowest queries by median.
    pub slowest: Vec<QueryFigures>,
    /// Hits for every query (from the warm-up pass).
    pub queries: Vec<QueryFigures>,
    pub memory: Memory,
    pub targets: Vec<Target>,
    pub machine: Machine,
}

fn request(query: &Query, limit: usize) -> SearchRequest {
    SearchRequest {
        query: query.text.to_string(),
        limit,
        publisher: query.publisher.map(str::to_string),
        from: query.from.map(str::to_string),
        to: query.to.map(str::to_string),
    }
}

fn filters(query: &Query) -> String {
    let mut out = Vec::new();
    if let Some(p) = query.publisher {
        out.push(format!("publisher={p}"));
    }
    if let Some(f) = query.from {
        out.push(format!("from={f}"));
    }
    if let Some(t) = query.to {
        out.push(format!("to={t}"));
    }
    out.join(" ")
}

pub fn run(options: &Options) -> Result<SearchFigures> {
    let machine = Machine::now();
    let started = Instant::now();
    let engine = Engine::open(&options.store)
        .map_err(|e| anyhow::anyhow!("{}: {e}", options.store.display()))?;
    let open_seconds = started.elapsed().as_secs_f64();
    let documents = engine
        .store()
        .documents()
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .len();

    // Warm-up pass: every query must succeed; record hit counts.
    let mut hits = Vec::with_capacity(QUERIES.len());
    for query in QUERIES {
        let found = engine
            .search(&request(query, options.limit))
            .map_err(|e| anyhow::anyhow!("search {:?}: {e}", query.text))?;
        hits.push(found.len());
    }
    let phrase_hits = QUERIES
        .iter()
        .zip(&hits)
        .find(|(q, _)| q.text == "\"death penalty\"")
        .map(|(_, n)| *n)
        .unwrap_or(0);
    if phrase_hits == 0 {
        bail!(
            "\"death penalty\" found nothing in {}",
            options.store.display()
        );
    }

    let rounds = options.queries.div_ceil(QUERIES.len()).max(1);
    let mut per_query: Vec<Vec<Duration>> = vec![Vec::new(); QUERIES.len()];
    let mut per_query_index: Vec<Vec<Duration>> = vec![Vec::new(); QUERIES.len()];
    let mut all = Vec::with_capacity(options.queries);
    let mut index_all = Vec::with_capacity(options.queries);
    'rounds: for _ in 0..rounds {
        for (i, query) in QUERIES.iter().enumerate() {
            if all.len() >= options.queries.max(1) {
                break 'rounds;
            }
            let request = request(query, options.limit);
            let started = Instant::now();
            let found = engine
                .search(&request)
                .map_err(|e| anyhow::anyhow!("search {:?}: {e}", query.text))?;
            let took = started.elapsed();
            std::hint::black_box(found);
            all.push(took);
            per_query[i].push(took);
            let started = Instant::now();
            let found = engine
                .index()
                .search(&request)
                .map_err(|e| anyhow::anyhow!("search {:?}: {e}", query.text))?;
            let took = started.elapsed();
            index_all.push(took);
            per_query_index[i].push(took);
            std::hint::black_box(found);
        }
    }

    let queries: Vec<QueryFigures> = QUERIES
        .iter()
        .zip(&hits)
        .zip(per_query.iter().zip(&per_query_index))
        .map(|((query, hits), (timings, index_timings))| {
            let latency = Latency::of(timings);
            QueryFigures {
                query: query.text.to_string(),
                filters: filters(query),
                hits: *hits,
                p50_ms: latency.p50_ms,
                max_ms: latency.max_ms,
                index_p50_ms: Latency::of(index_timings).p50_ms,
            }
        })
        .collect();
    let mut slowest: Vec<&QueryFigures> = queries.iter().collect();
    slowest.sort_by(|a, b| b.p50_ms.total_cmp(&a.p50_ms));
    let slowest = slowest
        .into_iter()
        .take(5)
        .map(|f| QueryFigures {
            query: f.query.clone(),
            filters: f.filters.clone(),
            hits: f.hits,
            p50_ms: f.p50_ms,
            max_ms: f.max_ms,
            index_p50_ms: f.index_p50_ms,
        })
        .collect();
    let mut documents_calls = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let summaries = engine
            .store()
            .documents()
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        documents_calls.push(started.elapsed());
        std::hint::black_box(summaries);
    }
    let latency = Latency::of(&all);
    Ok(SearchFigures {
        store: options.store.display().to_string(),
        documents,
        passages: engine.index().num_passages(),
        distinct_queries: QUERIES.len(),
        limit: options.limit,
        latency,
        index_latency: Latency::of(&index_all),
        open_seconds,
        store_documents_ms: Latency::of(&documents_calls).p50_ms,
        slowest,
        queries,
        memory: sys::memory(),
        targets: vec![Target::below("search p99", "ms", 10.0, latency.p99_ms)],
        machine: machine.finish(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_list_is_varied() {
        assert!(QUERIES.len() >= 40);
        let quoted = QUERIES.iter().filter(|q| q.text.starts_with('"')).count();
        let filtered = QUERIES.iter().filter(|q| !filters(q).is_empty()).count();
        let words = QUERIES.iter().filter(|q| q.text.contains(' ')).count();
        assert!(quoted >= 4 && filtered >= 4 && words >= 10);
    }

    #[test]
    fn every_query_runs_on_an_invented_store() {
        let store = crate::ingest::invented_store(
            &[(
                "note.txt",
                "Delegates asked the government to abolish the death penalty.\n\n\
             The nuclear test site near Semipalatinsk was closed in 1991.\n",
            )],
            false,
        );
        let figures = run(&Options {
            store: store.path().to_path_buf(),
            queries: QUERIES.len() * 2,
            limit: 10,
        })
        .unwrap();
        assert_eq!(figures.latency.n, QUERIES.len() * 2);
        let hits = |text: &str| {
            figures
                .queries
                .iter()
                .find(|q| q.query == text && q.filters.is_empty())
                .map(|q| q.hits)
        };
        assert_eq!(hits("\"death penalty\""), Some(1));
        // one typo away: found by the fuzzy fallback
        assert_eq!(hits("Semipalatinks"), Some(1));
        assert_eq!(hits("apartheid"), Some(0));
    }

    #[test]
    fn a_store_without_the_phrase_fails_the_benchmark() {
        let store = crate::ingest::invented_store(&[("a.txt", "The harvest was good.\n")], false);
        let result = run(&Options {
            store: store.path().to_path_buf(),
            queries: 1,
            limit: 10,
        });
        assert!(result.is_err());
    }
}
