//! API tests: the router driven directly (tower `oneshot`) over a temporary store
//! built from the example corpus (and the reference corpus when it is present).

use axum::body::{to_bytes, Body};
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use dossier_server::{router, state, Config};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tower::ServiceExt;

mod auth;
mod judgments;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn reference_corpus() -> Option<PathBuf> {
    let dir = workspace().join("../shared/corpus/kazakhstan");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} absent; skipping", dir.display());
        None
    }
}

/// A store with `corpus` ingested, and the app over it.
struct Fixture {
    _dir: tempfile::TempDir,
    store: PathBuf,
    app: Router,
}

fn fixture_with(corpus: Option<&Path>, config: impl FnOnce(&mut Config)) -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("store");
    let mut engine = dossier::Engine::open_or_create(&store).expect("create store");
    if let Some(corpus) = corpus {
        let report = engine
            .ingest(
                &[corpus.to_path_buf()],
                &dossier::IngestConfig::default(),
                &dossier::pipeline::Silent,
            )
            .expect("ingest");
        assert!(report.failed.is_empty(), "{:?}", report.failed);
    }
    drop(engine);
    let mut cfg = Config {
        store: store.clone(),
        ..Config::default()
    };
    config(&mut cfg);
    let app = router(state(&cfg).expect("state"));
    Fixture {
        _dir: dir,
        store,
        app,
    }
}

fn examples() -> Fixture {
    fixture_with(Some(&workspace().join("examples/corpus")), |_| {})
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    fn header(&self, name: header::HeaderName) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    }
    /// An error reply: the status and the stable code.
    fn error(&self, status: StatusCode, code: &str) {
        assert_eq!(
            self.status,
            status,
            "{}",
            String::from_utf8_lossy(&self.body)
        );
        let body = self.json();
        assert_eq!(body["code"], code, "{body}");
        assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.expect("infallible");
    let status = response.status();
    let headers = response.headers().clone();
    let body = to_bytes(response.into_body(), usize::MAX)
        .await
        .expect("body")
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).expect("request")).await
}

async fn post(app: &Router, uri: &str, content_type: &str, body: Vec<u8>) -> Reply {
    let request = Request::post(uri)
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .expect("request");
    send(app, request).await
}

fn multipart(files: &[(&str, &str)]) -> (String, Vec<u8>) {
    let boundary = "dossierTestBoundary7MA4YWxk";
    let mut body = String::new();
    for (name, content) in files {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n{content}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    (
        format!("multipart/form-data; boundary={boundary}"),
        body.into_bytes(),
    )
}

/// The kept text of a document, through the API.
async fn text_of(app: &Router, document: &str) -> String {
    let reply = get(app, &format!("/api/docs/{document}")).await;
    assert_eq!(reply.status, StatusCode::OK);
    reply.json()["text"].as_str().unwrap_or("").to_string()
}

/// Event types and entities are counted over every match, not over the page of
/// hits; a value of either narrows the search on the server.
#[tokio::test]
async fn search_counts_event_types_and_entities_over_every_match() {
    let f = examples();
    let q = "death penalty";
    let all = get(
        &f.app,
        &format!("/api/search?q={}&limit=200&facets=1", q.replace(' ', "+")),
    )
    .await
    .json();
    let hits = all["hits"].as_array().expect("hits").clone();
    assert!(hits.len() > 2, "{all}");
    let mut kinds: std::collections::BTreeMap<String, u64> = Default::default();
    let mut names: std::collections::BTreeMap<String, u64> = Default::default();
    for hit in &hits {
        for kind in hit["event_types"].as_array().expect("event types") {
            *kinds.entry(kind.as_str().unwrap().to_string()).or_default() += 1;
        }
        for name in hit["entities"].as_array().expect("entities") {
            *names.entry(name.as_str().unwrap().to_string()).or_default() += 1;
        }
    }
    let (kind, n) = kinds
        .iter()
        .max_by_key(|(_, n)| **n)
        .expect("an event type");
    // A filter on an event type: only (and every one of) the passages that state one.
    let only = get(
        &f.app,
        &format!(
            "/api/search?q={}&limit=200&facets=1&event={kind}",
            q.replace(' ', "+")
        ),
    )
    .await
    .json();
    let only_hits = only["hits"].as_array().expect("hits");
    assert_eq!(only_hits.len() as u64, *n, "{only}");
    assert!(only_hits.iter().all(|h| h["event_types"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k == kind.as_str())));
    // A page of one hit: the counts are those of every match.
    let one = get(
        &f.app,
        &format!("/api/search?q={}&limit=1&facets=1", q.replace(' ', "+")),
    )
    .await
    .json();
    assert_eq!(one["hits"].as_array().map(Vec::len), Some(1));
    let counted = |key: &str| -> std::collections::BTreeMap<String, u64> {
        one["facet_counts"][key]
            .as_array()
            .unwrap_or_else(|| panic!("{key} counted: {one}"))
            .iter()
            .map(|pair| {
                (
                    pair[0].as_str().unwrap().to_string(),
                    pair[1].as_u64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(counted("event_type"), kinds);
    assert_eq!(counted("entity"), names);
    // An entity narrows the search too.
    let (name, n) = names.iter().max_by_key(|(_, n)| **n).expect("an entity");
    let only = get(
        &f.app,
        &format!(
            "/api/search?q={}&limit=200&entity={}",
            q.replace(' ', "+"),
            name.replace(' ', "+")
        ),
    )
    .await
    .json();
    assert_eq!(
        only["hits"].as_array().map(Vec::len),
        Some(*n as usize),
        "{only}"
    );
}

#[tokio::test]
async fn search_returns_hits_with_spans_into_the_kept_text() {
    let f = examples();
    let reply = get(&f.app, "/api/search?q=moratorium&limit=5").await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    assert_eq!(body["query"], "moratorium");
    let hits = body["hits"].as_array().expect("hits");
    assert!(!hits.is_empty() && hits.len() <= 5);
    for hit in hits {
        let document = hit["document"].as_str().expect("document");
        let (start, end) = (
            hit["start"].as_u64().expect("start") as usize,
            hit["end"].as_u64().expect("end") as usize,
        );
        let text = text_of(&f.app, document).await;
        let passage = text.get(start..end).expect("span on char boundaries");
        assert!(passage.to_lowercase().contains("moratori"), "{passage}");
        assert!(hit["snippet"]
            .as_str()
            .is_some_and(|s| s.contains("<mark>")));
        assert!(hit.get("score").is_some() && hit.get("publisher").is_some());
    }
    // `total` counts every match, not only the hits returned.
    let all = get(&f.app, "/api/search?q=moratorium&limit=200")
        .await
        .json();
    let every = all["hits"].as_array().map(Vec::len).unwrap_or(0);
    assert_eq!(all["total"].as_u64(), Some(every as u64));
    let one = get(&f.app, "/api/search?q=moratorium&limit=1").await.json();
    assert_eq!(one["hits"].as_array().map(Vec::len), Some(1));
    assert_eq!(one["total"].as_u64(), Some(every as u64), "{one}");
    // With facets, every match is counted by publisher and year too.
    let counted = get(&f.app, "/api/search?q=moratorium&limit=1&facets=1")
        .await
        .json();
    let sum = |key: &str| -> u64 {
        counted["facet_counts"][key]
            .as_array()
            .expect("counts")
            .iter()
            .filter_map(|pair| pair[1].as_u64())
            .sum()
    };
    assert_eq!(sum("publisher"), every as u64);
    assert_eq!(sum("year"), every as u64);
    // Not when the hits are all the matches.
    assert!(all.get("facet_counts").is_none());
    // A fuzzy search (nothing matches exactly) counts its own matches.
    let fuzzy = get(&f.app, "/api/search?q=Kazakstn&limit=1").await.json();
    assert!(
        fuzzy["total"].as_u64().unwrap_or(0)
            >= fuzzy["hits"].as_array().map(Vec::len).unwrap_or(0) as u64
    );
}

#[tokio::test]
async fn search_facets_list_event_types_and_entities_of_each_passage() {
    let f = examples();
    let plain = get(&f.app, "/api/search?q=moratorium&limit=10")
        .await
        .json();
    assert!(plain["hits"][0].get("event_types").is_none());
    let body = get(&f.app, "/api/search?q=moratorium&limit=10&facets=1")
        .await
        .json();
    let hits = body["hits"].as_array().expect("hits");
    let types: Vec<&str> = hits
        .iter()
        .flat_map(|h| {
            h["event_types"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|t| t.as_str())
        })
        .collect();
    assert!(types.contains(&"moratorium"), "{types:?}");
    let entities: Vec<&str> = hits
        .iter()
        .flat_map(|h| {
            h["entities"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|t| t.as_str())
        })
        .collect();
    assert!(
        entities.iter().any(|e| e.contains("Nazarbayev")),
        "{entities:?}"
    );
}

#[tokio::test]
async fn bad_parameters_are_400_json() {
    let f = examples();
    let cases = [
        "/api/search?q=moratorium&from=2003-13",
        "/api/search?q=moratorium&to=yesterday",
        "/api/search?q=moratorium&limit=zero",
        "/api/search?q=moratorium&limit=0",
        "/api/search",
        "/api/search?q=%20",
        "/api/timeline?from=20x3",
        "/api/timeline?to=2003-02-30",
        "/api/timeline?type=picnic",
    ];
    for uri in cases {
        get(&f.app, uri)
            .await
            .error(StatusCode::BAD_REQUEST, "bad_parameter");
    }
}

#[tokio::test]
async fn docs_lists_every_document_with_metadata() {
    let f = examples();
    let body = get(&f.app, "/api/docs").await.json();
    let docs = body["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 4);
    for doc in docs {
        for key in [
            "document",
            "title",
            "publisher",
            "published",
            "format",
            "sha256",
        ] {
            assert!(doc.get(key).is_some(), "{key} missing in {doc}");
        }
    }
}

#[tokio::test]
async fn while_the_warm_up_runs_the_entity_list_names_the_named_entities_at_once() {
    let f = examples();
    let uri = "/api/entities?summary=1&sort=documents";
    // Dates, durations and quantities are grouped from every document's extraction.
    let grouped = ["date", "duration", "quantity"];
    let partial = {
        let _warming = dossier_server::cache::Warming::start(&f.store);
        get(&f.app, uri).await.json()
    };
    assert_eq!(partial["partial"], true, "{partial}");
    let whole = get(&f.app, uri).await.json();
    assert!(whole.get("partial").is_none(), "{whole}");
    // The partial list is the whole list's named entities, in the same order and
    // with the same counts; the whole list adds dates, durations and quantities.
    let kinds_of = |body: &Value| -> BTreeSet<String> {
        body["kinds"]
            .as_object()
            .expect("kinds")
            .keys()
            .cloned()
            .collect()
    };
    assert!(kinds_of(&partial)
        .iter()
        .all(|k| !grouped.contains(&k.as_str())));
    assert!(
        kinds_of(&whole).iter().any(|k| k == "date"),
        "{}",
        whole["kinds"]
    );
    let whole_named: Vec<&Value> = whole["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter(|e| !grouped.contains(&e["kind"].as_str().unwrap_or("")))
        .collect();
    let partial: Vec<&Value> = partial["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .collect();
    assert!(!partial.is_empty());
    assert_eq!(partial, whole_named);
}

#[tokio::test]
async fn one_document_has_text_passages_and_extraction() {
    let f = examples();
    let reply = get(&f.app, "/api/docs/kazakhstan-death-penalty-overview.md").await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    let text = body["text"].as_str().expect("text");
    assert_eq!(
        body["document"]["document"],
        "kazakhstan-death-penalty-overview.md"
    );
    assert!(!body["passages"].as_array().expect("passages").is_empty());
    let events = body["extraction"]["events"].as_array().expect("events");
    assert!(!events.is_empty());
    for event in events {
        let span = &event["span"];
        let (start, end) = (
            span["start"].as_u64().unwrap_or(0) as usize,
            span["end"].as_u64().unwrap_or(0) as usize,
        );
        assert!(text.get(start..end).is_some_and(|s| !s.is_empty()));
    }
    // A unique prefix finds it too.
    assert_eq!(
        get(&f.app, "/api/docs/kazakhstan-death").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn unknown_documents_are_404_json() {
    let f = examples();
    for uri in [
        "/api/docs/no-such-report.txt",
        "/api/docs/no-such-report.txt/original",
        "/api/docs/..%2F..%2Fetc%2Fpasswd",
        "/api/docs/%2Fetc%2Fpasswd/original",
    ] {
        get(&f.app, uri)
            .await
            .error(StatusCode::NOT_FOUND, "unknown_document");
    }
}

#[tokio::test]
async fn originals_have_their_type_and_html_is_sandboxed() {
    let f = examples();
    let cases = [
        ("counter-terrorism-law-profile.html", "text/html", true),
        ("annual-report-2004-kazakstan.txt", "text/plain", true),
        ("amnesty-declaration-2025.pdf", "application/pdf", false),
    ];
    for (document, content_type, sandboxed) in cases {
        let reply = get(&f.app, &format!("/api/docs/{document}/original")).await;
        assert_eq!(reply.status, StatusCode::OK, "{document}");
        assert!(reply.header(header::CONTENT_TYPE).starts_with(content_type));
        assert_eq!(reply.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
        let csp = reply.header(header::CONTENT_SECURITY_POLICY);
        assert_eq!(csp.starts_with("sandbox"), sandboxed, "{document}: {csp}");
        let on_disk = std::fs::read(workspace().join("examples/corpus").join(document))
            .expect("example file");
        assert_eq!(reply.body, on_disk, "{document}");
    }
}

#[tokio::test]
async fn timeline_events_cite_verbatim_quotes() {
    let f = examples();
    let body = get(&f.app, "/api/timeline").await.json();
    let events = body["events"].as_array().expect("events");
    assert!(!events.is_empty());
    for event in events {
        assert!(event["type"].as_str().is_some());
        for citation in event["citations"].as_array().expect("citations") {
            let text = text_of(&f.app, citation["document"].as_str().unwrap_or("")).await;
            let (start, end) = (
                citation["start"].as_u64().unwrap_or(0) as usize,
                citation["end"].as_u64().unwrap_or(0) as usize,
            );
            assert_eq!(text.get(start..end), citation["quote"].as_str());
        }
    }
    // Filters narrow, never widen.
    let kind = events[0]["type"].as_str().unwrap_or("").to_string();
    let filtered = get(
        &f.app,
        &format!("/api/timeline?type={kind}&from=1900&to=2100"),
    )
    .await
    .json();
    let filtered = filtered["events"].as_array().expect("events");
    assert!(filtered.len() <= events.len());
    assert!(filtered.iter().all(|e| e["type"] == kind.as_str()));
}

/// What the timeline page asks for on a large store: the events counted per month
/// and type (no event sent), then the events of a range, a page at a time; each
/// answer as `dossier timeline` filters the same request.
#[tokio::test]
async fn the_timeline_counts_per_month_and_sends_the_events_of_a_range() {
    let f = examples();
    let whole = get(&f.app, "/api/timeline").await.json();
    let dated = whole["events"].as_array().expect("events").clone();
    let undated = whole["undated"].as_array().expect("undated").clone();
    assert!(dated.len() > 3, "the example corpus has dated events");

    let counts = get(&f.app, "/api/timeline?counts=1").await.json();
    assert!(
        counts.get("events").is_none(),
        "no event in a count: {counts}"
    );
    assert_eq!(counts["dated"], dated.len());
    assert_eq!(counts["undated"], undated.len());
    let months = counts["months"].as_array().expect("months");
    let summed: u64 = months.iter().map(|m| m[2].as_u64().unwrap_or(0)).sum();
    assert_eq!(
        summed as usize,
        dated.len(),
        "every dated event counted once"
    );
    let per_type: u64 = counts["types"]
        .as_array()
        .expect("types")
        .iter()
        .map(|t| t[1].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(per_type as usize, dated.len() + undated.len());
    // Each event in the month its dates' middle falls in.
    let year_of = |v: &Value| -> f64 {
        let s = v.as_str().unwrap_or("");
        let parts: Vec<f64> = s.split('-').map(|p| p.parse().unwrap_or(0.0)).collect();
        match parts.as_slice() {
            [y] => *y,
            [y, m] => y + (m - 1.0) / 12.0,
            [y, m, d] => y + (m - 1.0 + (d - 1.0) / 31.0) / 12.0,
            _ => 0.0,
        }
    };
    let first = &dated[0];
    let start = if first["date"]["start"].is_null() {
        &first["date"]["end"]
    } else {
        &first["date"]["start"]
    };
    let earliest = months
        .iter()
        .filter_map(|m| m[0].as_i64())
        .min()
        .unwrap_or(0);
    assert!(
        (earliest as f64 / 12.0) >= year_of(start) - 1.0 / 12.0,
        "the first month is not before the first event: {earliest} {start}"
    );
    let extent = counts["extent"].as_array().expect("extent");
    assert!(extent[0].as_f64() <= Some(year_of(start) + 1e-9));

    // A range: the same events as the engine's timeline for it, each with its
    // place in the whole timeline as `id`.
    let engine = dossier::Engine::open(&f.store).expect("open");
    let request = dossier::query::timeline::TimelineRequest {
        from: dossier_model::PartialDate::parse("2000"),
        to: dossier_model::PartialDate::parse("2012-06"),
        ..Default::default()
    };
    let expected: Vec<String> = engine
        .timeline(&request)
        .expect("timeline")
        .iter()
        .map(|e| e.summary.clone())
        .collect();
    let range = get(&f.app, "/api/timeline?from=2000&to=2012-06")
        .await
        .json();
    let got: Vec<String> = range["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["summary"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(got, expected);
    assert!(
        !got.is_empty() && got.len() < dated.len(),
        "a range narrows: {}",
        got.len()
    );
    for event in range["events"].as_array().expect("events") {
        let id = event["id"].as_u64().expect("id") as usize;
        assert_eq!(dated[id]["summary"], event["summary"]);
    }
    // A page of them: `limit` events from `offset`, `total` counting them all.
    let page = get(
        &f.app,
        "/api/timeline?from=2000&to=2012-06&offset=1&limit=2",
    )
    .await
    .json();
    assert_eq!(page["total"], got.len());
    let paged: Vec<&str> = page["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["summary"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        paged,
        got.iter()
            .skip(1)
            .take(2)
            .map(String::as_str)
            .collect::<Vec<_>>()
    );
    // By name and type, as `dossier timeline --about NAME --type TYPE`.
    let kind = dated[0]["type"].as_str().unwrap_or("").to_string();
    let name = "Kazakhstan";
    let request = dossier::query::timeline::TimelineRequest {
        about: Some(name.to_string()),
        kinds: vec![dossier_model::EventKind::parse(&kind).expect("kind")],
        ..Default::default()
    };
    let expected = engine.timeline(&request).expect("timeline").len();
    let about = get(&f.app, &format!("/api/timeline?about={name}&type={kind}"))
        .await
        .json();
    assert_eq!(about["total"], expected);
    let about_counts = get(
        &f.app,
        &format!("/api/timeline?counts=1&about={name}&type={kind}"),
    )
    .await
    .json();
    assert_eq!(
        about_counts["dated"].as_u64().unwrap_or(0) + about_counts["undated"].as_u64().unwrap_or(0),
        expected as u64
    );
    // The graph's outline (no document read) counts as the whole timeline does.
    let everything = dossier::query::timeline::TimelineRequest::default();
    let filter = engine.timeline_filter(&everything).expect("filter");
    let outline = engine.timeline_outline().expect("outline").counts(&filter);
    let full = engine.timeline_index().expect("index").counts(&filter);
    assert_eq!(
        serde_json::to_value(&outline).expect("json"),
        serde_json::to_value(&full).expect("json")
    );
    // Only the undated.
    let only = get(&f.app, "/api/timeline?undated=1").await.json();
    assert_eq!(only["events"].as_array().map(Vec::len), Some(0));
    assert_eq!(
        only["undated"].as_array().map(Vec::len),
        Some(undated.len())
    );
    get(&f.app, "/api/timeline?counts=yes")
        .await
        .error(StatusCode::BAD_REQUEST, "bad_parameter");
}

/// Every kind of timeline request the UI and the CLI make: whole, a range, a page,
/// by type, by a name (one a participant bears, one found only in quotes), the
/// undated, and counts of each.
fn timeline_requests(kind: &str) -> Vec<String> {
    let mut out = Vec::new();
    for filter in [
        String::new(),
        "from=2000&to=2012-06".to_string(),
        "from=2003-12&to=2004-01".to_string(),
        format!("type={kind}"),
        "about=Kazakhstan".to_string(),
        "about=moratorium&from=1990".to_string(),
        "about=death+penalty".to_string(),
        format!("about=Kazakhstan&type={kind}&to=2010"),
        "about=no-such-name-anywhere".to_string(),
    ] {
        out.push(format!("/api/timeline?{filter}"));
        out.push(format!("/api/timeline?{filter}&offset=1&limit=2"));
        out.push(format!("/api/timeline?{filter}&undated=1&limit=3"));
        out.push(format!("/api/timeline?{filter}&counts=1"));
    }
    out
}

#[tokio::test]
async fn while_the_warm_up_runs_a_timeline_range_is_answered_from_its_own_documents() {
    let mut fixtures = vec![examples()];
    if let Some(corpus) = reference_corpus() {
        fixtures.push(fixture_with(Some(&corpus), |_| {}));
    }
    for f in fixtures {
        let engine = dossier::Engine::open(&f.store).expect("open");
        let kind = engine
            .timeline(&Default::default())
            .expect("timeline")
            .first()
            .map(|e| e.kind.clone())
            .expect("an event");
        let requests = timeline_requests(&kind);
        // While the warm-up runs and before it has computed the whole timeline:
        // answered from the graph's outline and the documents of the events asked
        // for, and the whole timeline is not waited for (nor computed).
        let mut early = Vec::new();
        {
            let _warming = dossier_server::cache::Warming::start(&f.store);
            for uri in &requests {
                let reply = get(&f.app, uri).await;
                assert_eq!(reply.status, StatusCode::OK, "{uri}");
                early.push(reply.json());
            }
            assert!(
                dossier_server::cache::peek::<dossier::query::timeline::TimelineIndex>(
                    &engine, "timeline"
                )
                .is_none(),
                "the whole timeline was computed to answer a range"
            );
        }
        // The same answers as from the whole timeline, byte for byte.
        let mut matched = 0;
        for (uri, early) in requests.iter().zip(&early) {
            let whole = get(&f.app, uri).await.json();
            assert_eq!(early, &whole, "{uri}");
            matched += whole["total"].as_u64().unwrap_or(0);
        }
        assert!(
            dossier_server::cache::peek::<dossier::query::timeline::TimelineIndex>(
                &engine, "timeline"
            )
            .is_some()
        );
        assert!(matched > 0);
        // The engine's own reading of a name on the outline (the quotes of the
        // events no participant settles, read from their documents) selects and
        // counts as the whole timeline does.
        let outline = engine.timeline_outline().expect("outline");
        let whole = engine.timeline_index().expect("whole");
        assert!(outline.is_outline() && !whole.is_outline());
        for about in ["Kazakhstan", "moratorium", "death penalty", "no-such-name"] {
            let request = dossier::query::timeline::TimelineRequest {
                about: Some(about.to_string()),
                ..Default::default()
            };
            let filter = engine.timeline_filter(&request).expect("filter");
            assert_eq!(
                engine.timeline_select(&outline, &filter).expect("select"),
                whole.select(&filter),
                "{about}"
            );
            assert_eq!(
                serde_json::to_value(engine.timeline_counts(&outline, &filter).expect("counts"))
                    .expect("json"),
                serde_json::to_value(whole.counts(&filter)).expect("json"),
                "{about}"
            );
        }
        // A name found only in the quotes (no participant bears it) is matched there.
        let quoted = get(&f.app, "/api/timeline?about=death+penalty")
            .await
            .json();
        assert!(
            quoted["events"]
                .as_array()
                .expect("events")
                .iter()
                .any(|e| !e["participants"]
                    .to_string()
                    .to_lowercase()
                    .contains("death penalty")),
            "{quoted}"
        );
    }
}

#[tokio::test]
async fn unknown_routes_and_methods_are_json() {
    let f = examples();
    get(&f.app, "/api/nothing-here")
        .await
        .error(StatusCode::NOT_FOUND, "not_found");
    let reply = send(
        &f.app,
        Request::delete("/api/docs")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    reply.error(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
}

#[tokio::test]
async fn read_only_refuses_uploads() {
    let f = fixture_with(Some(&workspace().join("examples/corpus")), |c| {
        c.read_only = true
    });
    post(
        &f.app,
        "/api/ingest?name=note.txt",
        "text/plain",
        b"Some words.".to_vec(),
    )
    .await
    .error(StatusCode::FORBIDDEN, "read_only");
    assert!(!f.store.join("uploads").exists());
}

#[tokio::test]
async fn uploads_are_sanitised_ingested_and_searchable() {
    let f = fixture_with(None, |_| {});
    let outside = f.store.parent().expect("parent").join("escaped.txt");
    let text = "On 3 March 2019 the regional court of Vellmar sentenced a farmer to death.\n";
    let reply = post(
        &f.app,
        "/api/ingest?name=..%2F..%2Fescaped.txt",
        "application/octet-stream",
        text.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    let body = reply.json();
    assert_eq!(body["saved"][0], "escaped.txt");
    assert_eq!(body["report"]["added"], 1);
    assert!(f.store.join("uploads/escaped.txt").is_file());
    assert!(!outside.exists());
    // The readers see the new generation.
    let hits = get(&f.app, "/api/search?q=Vellmar").await.json();
    assert_eq!(hits["hits"][0]["document"], "escaped.txt");

    let (content_type, payload) = multipart(&[
        (
            "..\\sub\\first.md",
            "# Notes\n\nThe commission met in Orsk in May 2011.\n",
        ),
        ("second.txt", "A tribunal in Orsk adjourned in June 2012.\n"),
    ]);
    let reply = post(&f.app, "/api/ingest", &content_type, payload).await;
    assert_eq!(
        reply.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&reply.body)
    );
    assert_eq!(
        reply.json()["saved"],
        serde_json::json!(["first.md", "second.txt"])
    );
    let docs = get(&f.app, "/api/docs").await.json();
    assert_eq!(docs["documents"].as_array().map(Vec::len), Some(3));
    let hits = get(&f.app, "/api/search?q=Orsk").await.json();
    assert_eq!(hits["hits"].as_array().map(Vec::len), Some(2));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_go_on_while_an_upload_is_ingested() {
    let f = examples();
    let mut tasks = Vec::new();
    for i in 0..12 {
        let app = f.app.clone();
        tasks.push(tokio::spawn(async move {
            if i == 5 {
                let text = b"In May 2015 the Lindqvist commission reported on prisons.\n".to_vec();
                post(&app, "/api/ingest?name=commission.txt", "text/plain", text)
                    .await
                    .status
            } else {
                get(&app, "/api/search?q=sentence").await.status
            }
        }));
    }
    for task in tasks {
        assert_eq!(task.await.expect("task"), StatusCode::OK);
    }
    let hits = get(&f.app, "/api/search?q=Lindqvist").await.json();
    assert_eq!(hits["hits"][0]["document"], "commission.txt");
}

#[tokio::test]
async fn bad_uploads_are_refused() {
    let f = fixture_with(None, |c| c.max_upload_bytes = 1024);
    post(
        &f.app,
        "/api/ingest?name=tool.exe",
        "application/octet-stream",
        b"MZ".to_vec(),
    )
    .await
    .error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_format");
    post(&f.app, "/api/ingest", "text/plain", b"words".to_vec())
        .await
        .error(StatusCode::BAD_REQUEST, "bad_parameter");
    post(
        &f.app,
        "/api/ingest?name=..",
        "text/plain",
        b"words".to_vec(),
    )
    .await
    .error(StatusCode::BAD_REQUEST, "bad_parameter");
    post(
        &f.app,
        "/api/ingest?name=big.txt",
        "text/plain",
        vec![b'a'; 4096],
    )
    .await
    .error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
    let (content_type, payload) = multipart(&[("big.txt", &"b".repeat(4096))]);
    post(&f.app, "/api/ingest", &content_type, payload)
        .await
        .error(StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large");
    assert!(!f.store.join("uploads/big.txt").exists());
}

#[tokio::test]
async fn foreign_hosts_and_cross_site_writes_are_refused() {
    let f = fixture_with(None, |_| {});
    let request = |method: Method, uri: &str, host: &str, origin: Option<&str>| {
        let mut builder = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::HOST, host)
            .header(header::CONTENT_TYPE, "text/plain");
        if let Some(origin) = origin {
            builder = builder.header(header::ORIGIN, origin);
        }
        builder.body(Body::from("Plain words.")).expect("request")
    };
    send(
        &f.app,
        request(Method::GET, "/api/docs", "rebound.example:8080", None),
    )
    .await
    .error(StatusCode::FORBIDDEN, "bad_host");
    let ok = send(
        &f.app,
        request(Method::GET, "/api/docs", "127.0.0.1:8080", None),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK);
    let uri = "/api/ingest?name=note.txt";
    send(
        &f.app,
        request(
            Method::POST,
            uri,
            "127.0.0.1:8080",
            Some("https://elsewhere.example"),
        ),
    )
    .await
    .error(StatusCode::FORBIDDEN, "cross_origin");
    assert!(!f.store.join("uploads").exists());
    let same = send(
        &f.app,
        request(
            Method::POST,
            uri,
            "localhost:8080",
            Some("http://localhost:8080"),
        ),
    )
    .await;
    assert_eq!(
        same.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&same.body)
    );
}

#[tokio::test]
async fn openapi_lists_exactly_the_router_routes() {
    let f = fixture_with(None, |_| {});
    let reply = get(&f.app, "/api/openapi.json").await;
    assert_eq!(reply.status, StatusCode::OK);
    let doc = reply.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            if ["get", "post", "put", "delete", "patch"].contains(&method.as_str()) {
                documented.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    let routed: BTreeSet<(String, String)> = dossier_server::api::routes()
        .into_iter()
        .map(|(method, path, _)| (method.to_string(), path.to_string()))
        .collect();
    assert_eq!(routed, documented);
    // Every documented $ref resolves.
    let text = String::from_utf8_lossy(&reply.body).to_string();
    for reference in text.split("\"$ref\": \"#/").skip(1) {
        let pointer = reference.split('"').next().unwrap_or("");
        assert!(
            doc.pointer(&format!("/{pointer}")).is_some(),
            "dangling $ref {pointer}"
        );
    }
}

#[tokio::test]
async fn the_ui_and_its_assets_are_served_with_a_strict_csp() {
    let f = fixture_with(None, |_| {});
    let index = get(&f.app, "/").await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(index
        .header(header::CONTENT_SECURITY_POLICY)
        .contains("script-src 'self'"));
    let html = String::from_utf8_lossy(&index.body).to_string();
    let mut referenced: Vec<String> = html
        .split("/static/")
        .skip(1)
        .map(|s| s.split('"').next().unwrap_or("").to_string())
        .collect();
    // Modules import each other by relative path.
    for (name, _, body) in dossier_server::assets::STATIC {
        if name.ends_with(".js") {
            for import in body.split("from './").skip(1) {
                referenced.push(import.split('\'').next().unwrap_or("").to_string());
            }
        }
    }
    assert!(referenced.len() > 3);
    for name in referenced {
        let reply = get(&f.app, &format!("/static/{name}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{name}");
    }
    get(&f.app, "/static/..%2Fopenapi.json")
        .await
        .error(StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn reference_corpus_through_the_api() {
    let Some(corpus) = reference_corpus() else {
        return;
    };
    let f = fixture_with(Some(&corpus), |_| {});
    let docs = get(&f.app, "/api/docs").await.json();
    assert_eq!(docs["documents"].as_array().map(Vec::len), Some(5));
    let events = get(&f.app, "/api/timeline").await.json();
    let events = events["events"].as_array().expect("events");
    assert!(events.len() >= 10);
    for event in events {
        for citation in event["citations"].as_array().expect("citations") {
            let text = text_of(&f.app, citation["document"].as_str().unwrap_or("")).await;
            let (start, end) = (
                citation["start"].as_u64().unwrap_or(0) as usize,
                citation["end"].as_u64().unwrap_or(0) as usize,
            );
            assert_eq!(text.get(start..end), citation["quote"].as_str());
        }
    }
    let hits = get(
        &f.app,
        "/api/search?q=Kazakstan&publisher=Amnesty%20International",
    )
    .await;
    assert_eq!(hits.status, StatusCode::OK);
}

#[test]
fn routes_have_unique_method_and_path() {
    let routes = dossier_server::api::routes();
    let unique: BTreeSet<(Method, &str)> = routes.iter().map(|(m, p, _)| (m.clone(), *p)).collect();
    assert_eq!(unique.len(), routes.len());
}

/// Every citation in a JSON value (`citations` arrays anywhere) quotes the kept
/// text at its span.
async fn citations_are_verbatim(app: &Router, value: &Value) -> usize {
    let mut found = Vec::new();
    collect_citations(value, &mut found);
    let mut texts = std::collections::HashMap::new();
    for citation in &found {
        let document = citation["document"].as_str().unwrap_or("").to_string();
        if !texts.contains_key(&document) {
            texts.insert(document.clone(), text_of(app, &document).await);
        }
        let text = &texts[&document];
        let (start, end) = (
            citation["start"].as_u64().unwrap_or(0) as usize,
            citation["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(
            text.get(start..end),
            citation["quote"].as_str(),
            "{citation}"
        );
    }
    found.len()
}

fn collect_citations(value: &Value, out: &mut Vec<Value>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                if key == "citations" {
                    out.extend(item.as_array().into_iter().flatten().cloned());
                } else {
                    collect_citations(item, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_citations(v, out)),
        _ => {}
    }
}

async fn post_json(app: &Router, uri: &str, body: Value) -> Reply {
    post(app, uri, "application/json", body.to_string().into_bytes()).await
}

#[tokio::test]
async fn ask_answers_with_citations_by_get_and_post() {
    let f = examples();
    let question = "When did the moratorium on executions take effect?";
    let reply = get(
        &f.app,
        &format!(
            "/api/ask?q={}",
            question.replace(' ', "%20").replace('?', "%3F")
        ),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    assert_eq!(body["question"], question);
    for key in [
        "answer",
        "values",
        "citations",
        "conflicts",
        "confidence",
        "method",
    ] {
        assert!(body.get(key).is_some(), "{key} missing in {body}");
    }
    assert!(body["answer"].is_string(), "{body}");
    assert!(citations_are_verbatim(&f.app, &body).await > 0);
    let posted = post_json(
        &f.app,
        "/api/ask",
        serde_json::json!({ "question": question }),
    )
    .await;
    assert_eq!(posted.status, StatusCode::OK);
    assert_eq!(posted.json(), body);
    // A question the documents cannot answer: null, not an error.
    let none = get(
        &f.app,
        "/api/ask?q=Who%20painted%20the%20lighthouse%20in%20Brest%3F",
    )
    .await;
    assert_eq!(none.status, StatusCode::OK);
    assert!(none.json()["answer"].is_null(), "{}", none.json());
}

#[tokio::test]
async fn bad_questions_are_400() {
    let f = examples();
    let long = format!("/api/ask?q={}", "why".repeat(400));
    for uri in ["/api/ask", "/api/ask?q=%20%20", long.as_str()] {
        get(&f.app, uri)
            .await
            .error(StatusCode::BAD_REQUEST, "bad_parameter");
    }
    for body in [
        "{}".to_string(),
        "not json".to_string(),
        r#"{"question": 7}"#.to_string(),
        r#"{"question": ""}"#.to_string(),
    ] {
        post(&f.app, "/api/ask", "application/json", body.into_bytes())
            .await
            .error(StatusCode::BAD_REQUEST, "bad_parameter");
    }
}

#[tokio::test]
async fn status_at_a_date_and_its_history() {
    let f = examples();
    let reply = get(&f.app, "/api/status/Kazakhstan?as_of=2010").await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    assert_eq!(body["as_of"], "2010");
    assert!(body["status"].is_string(), "{body}");
    let history = body["history"].as_array().expect("history");
    assert!(!history.is_empty());
    for period in history {
        assert!(period["start"].is_string() && period.get("moratorium").is_some());
    }
    assert!(citations_are_verbatim(&f.app, &body).await > 0);
    // Today by default, from the server clock.
    let today = get(&f.app, "/api/status/Kazakhstan").await.json();
    assert_eq!(
        today["as_of"].as_str().map(str::len),
        Some(10),
        "{}",
        today["as_of"]
    );
    // A place the documents never mention: an answer that says so.
    let unknown = get(&f.app, "/api/status/Atlantis?as_of=2000").await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.json()["status"].is_null());
    for uri in [
        "/api/status/Kazakhstan?as_of=2010-13",
        "/api/status/Kazakhstan?as_of=soon",
        "/api/status/Kazakhstan?as_of=2010-02-30",
        "/api/status/%20",
    ] {
        get(&f.app, uri)
            .await
            .error(StatusCode::BAD_REQUEST, "bad_parameter");
    }
}

#[tokio::test]
async fn conflicts_cite_every_side() {
    let f = examples();
    let body = get(&f.app, "/api/conflicts").await.json();
    let conflicts = body["conflicts"].as_array().expect("conflicts");
    for conflict in conflicts {
        assert!(["value", "stale", "name"].contains(&conflict["kind"].as_str().unwrap_or("")));
        assert!(conflict["reason"].as_str().is_some_and(|r| !r.is_empty()));
    }
    citations_are_verbatim(&f.app, &body).await;
}

#[tokio::test]
async fn entities_list_filter_and_one_by_name() {
    let f = examples();
    let body = get(&f.app, "/api/entities").await.json();
    let entities = body["entities"].as_array().expect("entities");
    assert!(!entities.is_empty());
    let kinds: BTreeSet<&str> = entities.iter().filter_map(|e| e["kind"].as_str()).collect();
    assert!(kinds.len() > 1, "{kinds:?}");
    for kind in &kinds {
        let only = get(&f.app, &format!("/api/entities?kind={kind}"))
            .await
            .json();
        let only = only["entities"].as_array().expect("entities");
        assert!(!only.is_empty() && only.iter().all(|e| e["kind"] == *kind));
    }
    let none = get(&f.app, "/api/entities?kind=spaceship").await.json();
    assert_eq!(none["entities"].as_array().map(Vec::len), Some(0));
    // A resolved entity, by its name in another case, with its events.
    let named = entities
        .iter()
        .find(|e| e["kind"] == "place" || e["kind"] == "person")
        .expect("a place or a person");
    let name = named["name"].as_str().unwrap_or("");
    let uri = format!("/api/entities/{}", name.to_uppercase().replace(' ', "%20"));
    let reply = get(&f.app, &uri).await;
    assert_eq!(reply.status, StatusCode::OK, "{uri}");
    let one = reply.json();
    assert_eq!(one["entity"]["id"], named["id"]);
    assert!(one["events"].is_array());
    for mention in one["entity"]["mentions"].as_array().expect("mentions") {
        let text = text_of(&f.app, mention["document"].as_str().unwrap_or("")).await;
        let (start, end) = (
            mention["start"].as_u64().unwrap_or(0) as usize,
            mention["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(text.get(start..end), mention["text"].as_str());
    }
    citations_are_verbatim(&f.app, &one).await;
    // And by its id.
    let by_id = get(
        &f.app,
        &format!("/api/entities/{}", named["id"].as_str().unwrap_or("")),
    )
    .await;
    assert_eq!(by_id.json(), one);
    // Dates and quantities are found by id.
    if let Some(date) = entities.iter().find(|e| e["kind"] == "date") {
        let id = date["id"].as_str().unwrap_or("");
        let encoded = id.replace('/', "%2F").replace(' ', "%20");
        let reply = get(&f.app, &format!("/api/entities/{encoded}")).await;
        assert_eq!(reply.status, StatusCode::OK, "{id}");
    }
    for uri in [
        "/api/entities/Nobody%20Inparticular",
        "/api/entities/%20",
        "/api/entities/..%2F..%2Fetc",
    ] {
        get(&f.app, uri)
            .await
            .error(StatusCode::NOT_FOUND, "unknown_entity");
    }
}

/// The document list is filtered, counted and paged by the server; `doc` asks for
/// named documents (how a citation finds its title, publisher and date).
#[tokio::test]
async fn documents_are_filtered_counted_and_paged_by_the_server() {
    let f = examples();
    let all = get(&f.app, "/api/docs").await.json();
    let every = all["documents"].as_array().expect("documents").clone();
    assert!(every.len() > 2);
    assert_eq!(all["total"].as_u64(), Some(every.len() as u64));
    let page = get(&f.app, "/api/docs?offset=1&limit=2").await.json();
    assert_eq!(page["documents"].as_array(), Some(&every[1..3].to_vec()));
    assert_eq!(page["total"], all["total"]);
    let name = every[2]["document"].as_str().unwrap_or("");
    let one = get(&f.app, &format!("/api/docs?doc={name}&doc=no-such.txt"))
        .await
        .json();
    assert_eq!(one["documents"].as_array(), Some(&vec![every[2].clone()]));
    let title = every[0]["title"].as_str().expect("a title").to_uppercase();
    let word = title.split(' ').find(|w| w.len() > 4).unwrap_or(&title);
    let found = get(&f.app, &format!("/api/docs?q={word}")).await.json();
    assert!(found["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .any(|d| d["document"] == every[0]["document"]));
    get(&f.app, "/api/docs?limit=0")
        .await
        .error(StatusCode::BAD_REQUEST, "bad_parameter");
}

/// The entities list is filtered, counted, sorted and paged by the server, so a
/// page never downloads every entity of a large store.
#[tokio::test]
async fn entities_are_filtered_counted_and_paged_by_the_server() {
    let f = examples();
    let all = get(&f.app, "/api/entities").await.json();
    let every = all["entities"].as_array().expect("entities").clone();
    assert_eq!(all["total"].as_u64(), Some(every.len() as u64));
    let counted: u64 = all["kinds"]
        .as_object()
        .expect("kinds")
        .values()
        .filter_map(Value::as_u64)
        .sum();
    assert_eq!(counted, every.len() as u64);
    // Pages of 3 put back together are the whole list.
    let mut paged = Vec::new();
    let mut offset = 0;
    loop {
        let page = get(&f.app, &format!("/api/entities?limit=3&offset={offset}"))
            .await
            .json();
        let items = page["entities"].as_array().expect("entities").clone();
        assert_eq!(page["total"], all["total"]);
        if items.is_empty() {
            break;
        }
        offset += items.len();
        paged.extend(items);
    }
    assert_eq!(paged, every);
    // A summary has counts instead of mentions.
    let summary = get(
        &f.app,
        "/api/entities?summary=1&kind=place&sort=documents&limit=2",
    )
    .await
    .json();
    let items = summary["entities"].as_array().expect("entities");
    assert!(!items.is_empty() && items.len() <= 2);
    for item in items {
        assert_eq!(item["kind"], "place");
        assert!(item["mentions"].is_null() && item["document_count"].is_u64());
    }
    let counts: Vec<u64> = items
        .iter()
        .filter_map(|e| e["document_count"].as_u64())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    // q matches any spelling, case and diacritics folded.
    let some = every
        .iter()
        .find(|e| e["kind"] == "person")
        .expect("a person");
    let surname = some["name"]
        .as_str()
        .and_then(|n| n.split(' ').next_back())
        .unwrap_or("")
        .to_uppercase();
    let found = get(&f.app, &format!("/api/entities?summary=1&q={surname}"))
        .await
        .json();
    assert!(found["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .any(|e| e["id"] == some["id"]));
    for uri in [
        "/api/entities?limit=0",
        "/api/entities?offset=-1",
        "/api/entities?sort=size",
    ] {
        get(&f.app, uri)
            .await
            .error(StatusCode::BAD_REQUEST, "bad_parameter");
    }
}

#[tokio::test]
async fn new_endpoints_on_the_reference_corpus() {
    let Some(corpus) = reference_corpus() else {
        return;
    };
    let f = fixture_with(Some(&corpus), |_| {});
    let answer = get(
        &f.app,
        "/api/ask?q=When%20did%20the%20moratorium%20on%20executions%20begin%3F",
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    citations_are_verbatim(&f.app, &answer.json()).await;
    let status = get(&f.app, "/api/status/Kazakhstan?as_of=2015-06").await;
    assert_eq!(status.status, StatusCode::OK);
    let status = status.json();
    assert!(status["status"].is_string(), "{status}");
    assert!(citations_are_verbatim(&f.app, &status).await > 0);
    let conflicts = get(&f.app, "/api/conflicts").await.json();
    assert!(!conflicts["conflicts"]
        .as_array()
        .expect("conflicts")
        .is_empty());
    citations_are_verbatim(&f.app, &conflicts).await;
    let entities = get(&f.app, "/api/entities?kind=person").await.json();
    let people = entities["entities"].as_array().expect("entities");
    assert!(people.len() >= 5);
    let first = people[0]["name"].as_str().unwrap_or("").replace(' ', "%20");
    let one = get(&f.app, &format!("/api/entities/{first}")).await;
    assert_eq!(one.status, StatusCode::OK);
    citations_are_verbatim(&f.app, &one.json()).await;
    // The timeline carries corroboration and entity ids.
    let events = get(&f.app, "/api/timeline").await.json();
    let events = events["events"].as_array().expect("events");
    assert!(events
        .iter()
        .all(|e| e["corroboration"].is_u64() && e["entities"].is_array()));
    assert!(events
        .iter()
        .any(|e| e["corroboration"].as_u64().unwrap_or(0) >= 2));
}

#[tokio::test]
async fn uploads_whose_names_collide_are_kept_apart() {
    let f = fixture_with(None, |_| {});
    let upload = |name: &'static str, text: &'static str| {
        let app = f.app.clone();
        async move {
            let (content_type, payload) = multipart(&[(name, text)]);
            let reply = post(&app, "/api/ingest", &content_type, payload).await;
            assert_eq!(
                reply.status,
                StatusCode::OK,
                "{}",
                String::from_utf8_lossy(&reply.body)
            );
            reply.json()
        }
    };
    let first = upload(
        "rapport 2003.txt",
        "The court of Oskemen met in March 2003.\n",
    )
    .await;
    assert_eq!(first["saved"][0], "rapport_2003.txt");
    let second = upload(
        "rapport_2003.txt",
        "The court of Taraz met in April 2003.\n",
    )
    .await;
    assert_eq!(second["saved"][0], "rapport_2003-2.txt");
    assert_eq!(second["report"]["replaced"], 0);
    // The same name twice in one request.
    let (content_type, payload) = multipart(&[
        ("note.txt", "A tribunal in Aktau sat in 2004.\n"),
        ("note.txt", "A tribunal in Atyrau sat in 2005.\n"),
    ]);
    let reply = post(&f.app, "/api/ingest", &content_type, payload).await;
    assert_eq!(
        reply.json()["saved"],
        serde_json::json!(["note.txt", "note-2.txt"])
    );
    let docs = get(&f.app, "/api/docs").await.json();
    assert_eq!(docs["documents"].as_array().map(Vec::len), Some(4));
    for town in ["Oskemen", "Taraz", "Aktau", "Atyrau"] {
        let hits = get(&f.app, &format!("/api/search?q={town}")).await.json();
        assert_eq!(hits["hits"].as_array().map(Vec::len), Some(1), "{town}");
    }
}

#[tokio::test]
async fn the_server_sees_ingests_done_by_another_process() {
    let f = examples();
    let before = get(&f.app, "/api/docs").await.json()["documents"]
        .as_array()
        .map(Vec::len)
        .unwrap_or(0);
    assert_eq!(
        get(&f.app, "/api/search?q=Zhanaozen").await.json()["hits"],
        serde_json::json!([])
    );
    // `dossier ingest` from the command line: another engine on the same store.
    let corpus = f.store.parent().expect("parent").join("cli");
    std::fs::create_dir_all(&corpus).expect("dir");
    let note = corpus.join("zhanaozen.txt");
    std::fs::write(
        &note,
        "In December 2011 the police in Zhanaozen threw Kvellrun grenades at strikers.\n",
    )
    .expect("write");
    let ingest = |path: &Path| {
        let mut engine = dossier::Engine::open_or_create(&f.store).expect("open");
        engine
            .ingest(
                &[path.to_path_buf()],
                &dossier::IngestConfig::default(),
                &dossier::pipeline::Silent,
            )
            .expect("ingest")
    };
    assert_eq!(ingest(&note).added, 1);
    let hits = get(&f.app, "/api/search?q=Zhanaozen").await.json();
    assert_eq!(hits["hits"][0]["document"], "zhanaozen.txt");
    let docs = get(&f.app, "/api/docs").await.json();
    assert_eq!(docs["documents"].as_array().map(Vec::len), Some(before + 1));

    // Replaced: the old text is gone from search, and every hit's text exists.
    std::fs::write(
        &note,
        "In December 2011 the police in Zhanaozen arrested strikers.\n",
    )
    .expect("write");
    assert_eq!(ingest(&note).replaced, 1);
    let hits = get(&f.app, "/api/search?q=Zhanaozen").await.json();
    assert_eq!(hits["hits"].as_array().map(Vec::len), Some(1));
    assert!(hits["hits"][0]["snippet"]
        .as_str()
        .is_some_and(|s| s.contains("arrested")));
    assert_eq!(
        get(&f.app, "/api/search?q=Kvellrun").await.json()["hits"],
        serde_json::json!([])
    );
}

#[tokio::test]
async fn an_upload_that_fails_to_ingest_leaves_nothing_behind() {
    let f = fixture_with(None, |_| {});
    let reply = post(
        &f.app,
        "/api/ingest?name=broken.pdf",
        "application/pdf",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref".to_vec(),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    assert_eq!(body["report"]["failed"].as_array().map(Vec::len), Some(1));
    let left: Vec<_> = std::fs::read_dir(f.store.join("uploads"))
        .expect("uploads")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test]
async fn read_only_writes_nothing_not_even_the_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("store");
    let mut engine = dossier::Engine::open_or_create(&store).expect("create");
    engine
        .ingest(
            &[workspace().join("examples/corpus")],
            &dossier::IngestConfig::default(),
            &dossier::pipeline::Silent,
        )
        .expect("ingest");
    drop(engine);
    std::fs::remove_dir_all(store.join("index")).expect("remove index");
    let before = std::fs::metadata(store.join("dossier.sqlite"))
        .expect("db")
        .modified()
        .expect("mtime");
    let cfg = Config {
        store: store.clone(),
        read_only: true,
        ..Config::default()
    };
    let app = router(state(&cfg).expect("state"));
    let docs = get(&app, "/api/docs").await.json();
    assert_eq!(docs["documents"].as_array().map(Vec::len), Some(4));
    let reply = get(&app, "/api/search?q=court").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(!store.join("index").exists(), "the index was written");
    let after = std::fs::metadata(store.join("dossier.sqlite"))
        .expect("db")
        .modified()
        .expect("mtime");
    assert_eq!(before, after);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_connections_are_closed_after_the_header_timeout() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let f = examples();
    let cfg = Config {
        store: f.store.clone(),
        ..Config::default()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(dossier_server::serve_until(
        listener,
        state(&cfg).expect("state"),
        std::time::Duration::from_millis(500),
        async {
            let _ = stopped.await;
        },
    ));
    let started = std::time::Instant::now();
    // A connection that never sends anything, and one left idle after a request.
    let mut silent = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let mut used = tokio::net::TcpStream::connect(addr).await.expect("connect");
    used.write_all(b"GET /api/docs HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .expect("write");
    let mut reply = vec![0u8; 64 * 1024];
    let n = used.read(&mut reply).await.expect("read");
    assert!(
        reply[..n].starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&reply[..n])
    );
    for stream in [&mut silent, &mut used] {
        let mut rest = Vec::new();
        let read = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            stream.read_to_end(&mut rest),
        )
        .await;
        assert!(read.is_ok(), "the connection was kept open");
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    let _ = stop.send(());
    tokio::time::timeout(std::time::Duration::from_secs(10), server)
        .await
        .expect("graceful shutdown")
        .expect("server task");
}

/// A read of the API is tagged with the store's generation: asked again with the
/// tag, the server answers 304 without computing it, until an ingest commits a new
/// generation. What depends on who asks, and what the warm-up has not finished, is
/// not tagged; every API answer says the server's time.
#[tokio::test]
async fn reads_are_revalidated_per_store_generation() {
    let f = examples();
    let with_tag = |uri: &str, tag: &str| {
        Request::get(uri)
            .header(header::IF_NONE_MATCH, tag)
            .body(Body::empty())
            .expect("request")
    };
    for uri in [
        "/api/timeline?counts=1",
        "/api/search?q=moratorium&facets=1",
        "/api/entities?summary=1",
        "/api/status/Kazakhstan",
        "/api/conflicts",
        "/api/docs?limit=10",
    ] {
        let first = get(&f.app, uri).await;
        assert_eq!(first.status, StatusCode::OK, "{uri}");
        let tag = first.header(header::ETAG);
        assert!(tag.starts_with('"') && tag.ends_with('"'), "{uri}: {tag:?}");
        assert_eq!(first.header(header::CACHE_CONTROL), "private, no-cache");
        assert!(first
            .header("server-timing".parse().unwrap())
            .starts_with("app;dur="));
        let again = send(&f.app, with_tag(uri, &tag)).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{uri}");
        assert!(again.body.is_empty());
        assert_eq!(again.header(header::ETAG), tag);
        // Another tag (another generation, another server process): the answer.
        let other = send(&f.app, with_tag(uri, "\"elsewhere-1-2020-01-01\"")).await;
        assert_eq!(other.status, StatusCode::OK, "{uri}");
    }
    let uri = "/api/search?q=Vellmar";
    let tag = get(&f.app, uri).await.header(header::ETAG);
    assert_eq!(
        send(&f.app, with_tag(uri, &tag)).await.status,
        StatusCode::NOT_MODIFIED
    );
    // An ingest commits a new generation: the old tag no longer holds.
    let text = "On 3 March 2019 the regional court of Vellmar sentenced a farmer to death.\n";
    let reply = post(
        &f.app,
        "/api/ingest?name=vellmar.txt",
        "text/plain",
        text.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    let fresh = send(&f.app, with_tag(uri, &tag)).await;
    assert_eq!(fresh.status, StatusCode::OK);
    assert_ne!(fresh.header(header::ETAG), tag);
    assert_eq!(fresh.json()["hits"][0]["document"], "vellmar.txt");
    // Who is asking is never cached.
    assert_eq!(get(&f.app, "/api/session").await.header(header::ETAG), "");
    // While the warm-up runs, the entity list is partial: not tagged, not kept.
    let partial = {
        let _warming = dossier_server::cache::Warming::start(&f.store);
        get(&f.app, "/api/entities?summary=1").await
    };
    assert_eq!(partial.json()["partial"], true);
    assert_eq!(partial.header(header::ETAG), "");
    assert_eq!(partial.header(header::CACHE_CONTROL), "no-store");
}

/// The page names its files under a version of the UI: kept for good by the
/// browser, so a later visit loads only the page.
#[tokio::test]
async fn the_ui_files_are_versioned_and_kept() {
    let f = fixture_with(None, |_| {});
    let index = get(&f.app, "/").await;
    let html = String::from_utf8_lossy(&index.body).to_string();
    let version = dossier_server::assets::version();
    assert!(
        html.contains(&format!("src=\"/static/{version}/app.js\"")),
        "{html}"
    );
    assert!(!html.contains("\"/static/app.js"));
    let app = get(&f.app, &format!("/static/{version}/app.js")).await;
    assert_eq!(app.status, StatusCode::OK);
    assert!(app.header(header::CACHE_CONTROL).contains("immutable"));
    // Another version (an older page): served, but not kept.
    let old = get(&f.app, "/static/0123456789abcdef/app.js").await;
    assert_eq!(old.status, StatusCode::OK);
    assert_eq!(old.header(header::CACHE_CONTROL), "no-cache");
    assert_eq!(old.body, app.body);
    // The page itself is revalidated.
    let tag = index.header(header::ETAG);
    let again = send(
        &f.app,
        Request::get("/")
            .header(header::IF_NONE_MATCH, &tag)
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
}
