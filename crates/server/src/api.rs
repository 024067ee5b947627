//! The JSON API under `/api/`. One handler per route; [`routes`] is the table the
//! router is built from and the OpenAPI document is checked against.
//!
//! To add an endpoint: write the handler, add one row to [`routes`], and one entry
//! under `paths` in `web/openapi.json`.

use crate::error::{ApiError, ApiResult};
use crate::upload;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, MethodRouter};
use axum::Json;
use dossier::query::search::{FacetFilter, PassageFacets};
use dossier::query::timeline::{TimelineIndex, TimelineRequest};
use dossier::SearchRequest;
use dossier_model::{EventKind, Format, PartialDate};
use serde_json::{json, Value};

/// Query parameters as pairs: repeated keys (`type=a&type=b`) are kept, unknown
/// keys ignored.
type Params = Vec<(String, String)>;

const MAX_LIMIT: usize = 200;

/// Every API route: method, path (axum and OpenAPI spell parameters alike:
/// `{doc}`), handler.
pub fn routes() -> Vec<(Method, &'static str, MethodRouter<AppState>)> {
    vec![
        (Method::GET, "/api/openapi.json", get(openapi)),
        (Method::GET, "/api/search", get(search)),
        (Method::GET, "/api/docs", get(docs)),
        (Method::GET, "/api/docs/{doc}", get(doc)),
        (Method::GET, "/api/docs/{doc}/original", get(original)),
        (Method::GET, "/api/timeline", get(timeline)),
        (Method::POST, "/api/ingest", post(ingest)),
        (Method::GET, "/api/ask", get(ask_get)),
        (Method::POST, "/api/ask", post(ask_post)),
        (Method::GET, "/api/status/{jurisdiction}", get(status)),
        (Method::GET, "/api/conflicts", get(conflicts)),
        (Method::GET, "/api/entities", get(entities)),
        (Method::GET, "/api/entities/{name}", get(entity)),
        (Method::GET, "/api/judgments", get(crate::judgments::list)),
        (Method::POST, "/api/judgments", post(crate::judgments::post)),
        (
            Method::POST,
            "/api/judgments/{id}/withdraw",
            post(crate::judgments::post_withdraw),
        ),
        (Method::POST, "/api/session", post(crate::auth::sign_in)),
        (Method::GET, "/api/session", get(crate::auth::who)),
        (
            Method::DELETE,
            "/api/session",
            delete(crate::auth::sign_out),
        ),
        (Method::GET, "/api/audit", get(crate::auth::audit)),
    ]
}

fn params(
    query: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Params> {
    query
        .map(|Query(pairs)| pairs)
        .map_err(|e| ApiError::bad_parameter(e.body_text()))
}

fn first<'a>(pairs: &'a Params, key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.trim().is_empty())
}

fn date_param(pairs: &Params, key: &str) -> ApiResult<Option<PartialDate>> {
    first(pairs, key)
        .map(|v| {
            PartialDate::parse(v.trim()).ok_or_else(|| {
                ApiError::bad_parameter(format!(
                    "{key}={v:?}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD"
                ))
            })
        })
        .transpose()
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::assets::OPENAPI,
    )
        .into_response()
}

async fn search(
    State(state): State<AppState>,
    query: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Response> {
    let pairs = params(query)?;
    let q = first(&pairs, "q")
        .ok_or_else(|| ApiError::bad_parameter("q: a search query is required"))?
        .to_string();
    let limit = match first(&pairs, "limit") {
        None => 20,
        Some(v) => v
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                ApiError::bad_parameter(format!("limit={v:?}: expected 1 to {MAX_LIMIT}"))
            })?
            .min(MAX_LIMIT),
    };
    let from = date_param(&pairs, "from")?;
    let to = date_param(&pairs, "to")?;
    let request = SearchRequest {
        query: q.clone(),
        limit,
        publisher: first(&pairs, "publisher").map(str::to_string),
        from: from.map(|d| d.to_string()),
        to: to.map(|d| d.to_string()),
    };
    let with_facets = first(&pairs, "facets").is_some_and(|v| v.trim() == "1");
    let only = FacetFilter {
        event: first(&pairs, "event")
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty()),
        entity: first(&pairs, "entity")
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty()),
    };
    let hits = state
        .pool
        .read(move |engine| {
            // What every passage holds (event types, entities), once per generation:
            // a filter on them needs it; counts use it once it is there (the warm-up
            // computes it when the server starts), so a first search never waits.
            let passages = if only.is_empty() {
                crate::cache::peek::<PassageFacets>(engine, "passage-facets")
            } else {
                Some(passage_facets(engine)?)
            };
            let hits = match &passages {
                Some(passages) => engine.search_only(&request, &only, passages)?,
                None => engine.search(&request)?,
            };
            // All the matches are counted (and, with facets, counted by publisher,
            // year, event type and entity) only when the best `limit` may not be all
            // of them.
            let capped = hits.len() >= request.limit;
            let counts = if with_facets && capped {
                Some(engine.search_facet_counts_with(&request, &only, passages.as_deref())?)
            } else {
                None
            };
            let total = match &counts {
                Some(counts) => counts.total.max(hits.len()),
                None if capped => engine.search_count(&request)?.max(hits.len()),
                None => hits.len(),
            };
            let mut values: Vec<Value> = hits.iter().map(|h| json!(h)).collect();
            if with_facets {
                for (value, facets) in values.iter_mut().zip(engine.hit_facets(&hits)?) {
                    value["event_types"] = json!(facets.event_types);
                    value["entities"] = json!(facets.entities);
                }
            }
            let values = match engine.with_pages(Value::Array(values))? {
                Value::Array(values) => values,
                _ => unreachable!("an array stays an array"),
            };
            // Until the passage facets are computed, event types and entities are
            // counted over the hits alone: an answer not to keep.
            let partial = with_facets && capped && passages.is_none();
            Ok((values, total, counts, partial))
        })
        .await?;
    let (hits, total, counts, partial) = hits;
    let mut body = json!({ "query": q, "hits": hits, "total": total });
    if let Some(counts) = counts {
        body["facet_counts"] = json!({ "publisher": counts.publisher, "year": counts.year });
        if !counts.event_type.is_empty() || !counts.entity.is_empty() {
            body["facet_counts"]["event_type"] = json!(counts.event_type);
            body["facet_counts"]["entity"] = json!(counts.entity);
        }
    }
    Ok(not_to_keep(Json(body).into_response(), partial))
}

/// `response`, marked `Cache-Control: no-store` if `partial` (an answer that will
/// change within this store generation: see [`crate::revalidate`]).
fn not_to_keep(mut response: Response, partial: bool) -> Response {
    if partial {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// What every passage holds, per store generation (see [`PassageFacets`]).
fn passage_facets(engine: &dossier::Engine) -> ApiResult<std::sync::Arc<PassageFacets>> {
    crate::cache::get_or_compute(engine, "passage-facets", |engine| {
        Ok(engine.passage_facets()?)
    })
}

/// `GET /api/docs?q=WORDS&offset=0&limit=100&doc=NAME`: the documents with their
/// metadata, in the store's order; `q` keeps those whose name, title or publisher
/// contains it (case and diacritics folded); `total` counts the matches, and
/// `offset`/`limit` cut one page of them. `doc` (repeatable) asks for those
/// documents only, by exact file name (`q`, `offset` and `limit` then do not apply).
/// Read from the engine's document list, kept for its snapshot.
async fn docs(
    State(state): State<AppState>,
    query: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Json<Value>> {
    let pairs = params(query)?;
    let needle = first(&pairs, "q").map(|q| dossier::query::fold(q.trim()));
    let named: Vec<String> = pairs
        .iter()
        .filter(|(k, v)| k == "doc" && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_string())
        .collect();
    let offset = count_param(&pairs, "offset", 0, usize::MAX)?.unwrap_or(0);
    let limit = count_param(&pairs, "limit", 1, usize::MAX)?;
    let value = state
        .pool
        .read(move |engine| {
            use dossier::query::docs::DocInfo;
            // Analysts' tags, by document name.
            let mut tags = engine.tags()?;
            let mut tagged = |mut info: DocInfo| {
                info.tags = tags.remove(&info.document).unwrap_or_default();
                info
            };
            if !named.is_empty() {
                // Named documents by exact file name, from the engine's list.
                let summaries = engine.summaries()?;
                let mut found: Vec<DocInfo> = Vec::new();
                for name in &named {
                    if found.iter().any(|d| &d.document == name) {
                        continue;
                    }
                    if let Some(summary) = summaries.iter().find(|d| &d.name == name) {
                        let info = tagged(DocInfo::from_summary(summary));
                        found.push(crate::paths::doc_info(info, engine.dir()));
                    }
                }
                let total = found.len();
                return Ok(json!({ "documents": found, "total": total, "offset": 0 }));
            }
            // The engine's document list (read once per snapshot), filtered, and only
            // the page asked for turned into DocInfo.
            let needle = needle.as_deref().filter(|n| !n.is_empty());
            let matching: Vec<_> = engine
                .summaries()?
                .iter()
                .filter(|d| {
                    needle.is_none_or(|needle| {
                        [
                            Some(&d.name),
                            d.meta.title.as_ref().map(|f| &f.value),
                            d.meta.publisher.as_ref().map(|f| &f.value),
                        ]
                        .into_iter()
                        .flatten()
                        .any(|s| dossier::query::fold(s).contains(needle))
                    })
                })
                .collect();
            let total = matching.len();
            let page: Vec<DocInfo> = matching
                .into_iter()
                .skip(offset)
                .take(limit.unwrap_or(usize::MAX))
                .map(|d| crate::paths::doc_info(tagged(DocInfo::from_summary(d)), engine.dir()))
                .collect();
            Ok(json!({ "documents": page, "total": total, "offset": offset }))
        })
        .await?;
    Ok(Json(value))
}

/// Look a document up in the store (never on the file system).
fn find(engine: &dossier::Engine, key: &str) -> ApiResult<()> {
    match engine.store().find(key) {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(ApiError::unknown_document(key)),
        Err(e) => Err(dossier::Error::from(e).into()),
    }
}

async fn doc(State(state): State<AppState>, Path(key): Path<String>) -> ApiResult<Json<Value>> {
    let value = state
        .pool
        .read(move |engine| {
            find(engine, &key)?;
            let view = engine.show(&key)?;
            let mut value = view.to_json(true);
            value["document"]["path"] = json!(crate::paths::shown_path(
                &view.info.path,
                engine.dir(),
                &view.info.document
            ));
            Ok(value)
        })
        .await?;
    Ok(Json(value))
}

/// The original bytes. Stored pages are others' markup: everything but PDF is
/// served under a `sandbox` CSP, so a stored page cannot run scripts in our origin.
async fn original(State(state): State<AppState>, Path(key): Path<String>) -> ApiResult<Response> {
    let (format, name, bytes) = state
        .pool
        .read(move |engine| {
            find(engine, &key)?;
            let summary = engine.find_doc(&key)?;
            let bytes = engine.original(&key)?;
            Ok((summary.format, summary.name, bytes))
        })
        .await?;
    let content_type = match Format::parse(&format) {
        Some(Format::Html) => "text/html; charset=utf-8",
        Some(Format::Pdf) => "application/pdf",
        Some(Format::Markdown) => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
    let safe_name = upload::sanitize_name(&name).unwrap_or_else(|| "original".into());
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // Browsers refuse to render a PDF under a `sandbox` policy; their PDF viewers
    // run outside our origin anyway.
    if content_type != "application/pdf" {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'",
            ),
        );
    }
    if let Ok(value) = HeaderValue::from_str(&format!("inline; filename=\"{safe_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// `GET /api/timeline`: the events in date order (`events`), then those no report
/// dates (`undated`), each with an `id` (its place in the whole timeline) and its
/// citations. `type` (repeatable or comma-separated), `about`, `from` and `to` filter
/// them; `undated=1` keeps only the undated; `offset` and `limit` cut one page of
/// the filtered events (dated first), `total` counting them all. `counts=1` answers
/// instead with how many events fall in each month per type (`months`), the
/// events per type whatever `type` asks (`types`), `dated`, `undated`, the `extent`
/// (fractional years) and the participants' `names`: what a chart drawn at a coarse
/// zoom needs, without any event. Answered from the whole timeline, computed once
/// per store generation; until it is, from the graph's outline and the documents of
/// the events asked for (the same answer).
async fn timeline(
    State(state): State<AppState>,
    query: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Response> {
    let pairs = params(query)?;
    let mut kinds = Vec::new();
    for (key, value) in &pairs {
        if key != "type" {
            continue;
        }
        for name in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let kind = EventKind::parse(name).ok_or_else(|| {
                let known: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
                ApiError::bad_parameter(format!(
                    "type={name:?}: unknown event type; one of {}",
                    known.join(", ")
                ))
            })?;
            kinds.push(kind);
        }
    }
    let request = TimelineRequest {
        about: first(&pairs, "about").map(|s| s.trim().to_string()),
        kinds,
        from: date_param(&pairs, "from")?,
        to: date_param(&pairs, "to")?,
    };
    let flag = |key: &str| -> ApiResult<bool> {
        match first(&pairs, key).map(str::trim) {
            None | Some("0") => Ok(false),
            Some("1") => Ok(true),
            Some(other) => Err(ApiError::bad_parameter(format!(
                "{key}={other:?}: expected 0 or 1"
            ))),
        }
    };
    let counts = flag("counts")?;
    let undated_only = flag("undated")?;
    let offset = count_param(&pairs, "offset", 0, usize::MAX)?.unwrap_or(0);
    let limit = count_param(&pairs, "limit", 1, usize::MAX)?;
    let body = state
        .pool
        .read(move |engine| {
            let filter = engine.timeline_filter(&request)?;
            // Until the whole timeline is computed (the warm-up reads the documents
            // of every event), the graph's outline answers: counts need no document
            // (a name not settled by the participants is looked for in the quotes
            // of those events only), a range reads the documents of its events.
            let index = timeline_or_outline(engine, counts, request.about.is_some())?;
            let value = if counts {
                serde_json::to_value(engine.timeline_counts(&index, &filter)?)
                    .map_err(|e| ApiError::internal(e.to_string()))?
            } else {
                let mut chosen = engine.timeline_select(&index, &filter)?;
                if undated_only {
                    chosen.retain(|&i| !index.events[i].is_dated());
                }
                let total = chosen.len();
                chosen = chosen
                    .into_iter()
                    .skip(offset)
                    .take(limit.unwrap_or(usize::MAX))
                    .collect();
                let computed;
                let chosen_events: Vec<&dossier::query::timeline::TimelineEvent> =
                    if index.is_outline() {
                        computed = engine.timeline_events_at(&index, &chosen)?;
                        computed.iter().collect()
                    } else {
                        chosen.iter().map(|&i| &index.events[i]).collect()
                    };
                let mut events = Vec::new();
                let mut undated = Vec::new();
                for (&i, event) in chosen.iter().zip(chosen_events) {
                    let mut value = serde_json::to_value(event)
                        .map_err(|e| ApiError::internal(e.to_string()))?;
                    value["id"] = json!(i);
                    if event.is_dated() {
                        events.push(value);
                    } else {
                        undated.push(value);
                    }
                }
                let mut value = json!({
                    "events": events,
                    "undated": undated,
                    "total": total,
                    "offset": offset,
                });
                // Events analysts rejected: off the timeline, shown apart with
                // who rejected them and why (never dropped silently).
                let rejected = engine.rejected_events()?;
                if !rejected.is_empty() {
                    value["rejected"] = json!(rejected);
                }
                engine.with_pages(value)?
            };
            serde_json::to_vec(&value)
                .map(Bytes::from)
                .map_err(|e| ApiError::internal(e.to_string()))
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// The whole timeline if it is computed; else, for counts or while the warm-up
/// computes it, the graph's outline (events answered from it read only their own
/// documents; a name is matched in the quotes of every event, read once per
/// generation and kept); else the whole timeline, computed now.
fn timeline_or_outline(
    engine: &dossier::Engine,
    counts: bool,
    about: bool,
) -> ApiResult<std::sync::Arc<TimelineIndex>> {
    if let Some(index) = crate::cache::peek::<TimelineIndex>(engine, "timeline") {
        return Ok(index);
    }
    if counts || crate::cache::warming(engine.dir()) {
        let outline = timeline_outline(engine)?;
        if about {
            return timeline_outline_quoted(engine, &outline);
        }
        return Ok(outline);
    }
    timeline_index(engine)
}

/// The graph's outline of the timeline (no document read), per store generation.
fn timeline_outline(engine: &dossier::Engine) -> ApiResult<std::sync::Arc<TimelineIndex>> {
    crate::cache::get_or_compute(engine, "timeline-outline", |engine| {
        Ok(engine.timeline_outline()?)
    })
}

/// The outline with every event's quotes, per store generation.
fn timeline_outline_quoted(
    engine: &dossier::Engine,
    outline: &TimelineIndex,
) -> ApiResult<std::sync::Arc<TimelineIndex>> {
    crate::cache::get_or_compute(engine, "timeline-outline-quoted", |engine| {
        Ok(engine.timeline_outline_quoted(outline)?)
    })
}

/// The whole timeline, indexed, per store generation.
fn timeline_index(engine: &dossier::Engine) -> ApiResult<std::sync::Arc<TimelineIndex>> {
    crate::cache::get_or_compute(engine, "timeline", |engine| Ok(engine.timeline_index()?))
}

fn conflicts_json(engine: &dossier::Engine) -> ApiResult<Bytes> {
    let conflicts = engine.conflicts()?;
    serde_json::to_vec(&engine.with_pages(json!({ "conflicts": conflicts }))?)
        .map(Bytes::from)
        .map_err(|e| ApiError::internal(e.to_string()))
}

/// Compute what the UI's first visits ask for (the whole timeline, the conflicts,
/// the entity list) into the cache, so the first visitor does not wait for it.
/// While it runs, the entity list answers with the named entities alone (`partial`)
/// rather than wait for the whole list.
pub fn warm_caches(engine: &dossier::Engine) -> ApiResult<()> {
    let _warming = crate::cache::Warming::start(engine.dir());
    // The named entities and every entity's names (a status, a timeline filtered
    // by name) are read from records stored beside the graph (the whole graph is
    // not parsed for them); the index of names is shared by the pooled engines.
    crate::cache::get_or_compute(engine, "named-entity-summaries", named_summaries)?;
    let names = engine.graph_names()?;
    if let Some(first) = names.entities.first() {
        engine.find_entity(&names, &first.name)?;
    }
    drop(names);
    let outline = timeline_outline(engine)?;
    // The conflicts read only the documents they cite; the timeline page asks for
    // them with the counts, so they come before the whole timeline.
    crate::cache::get_or_compute(engine, "conflicts", conflicts_json)?;
    // The quotes of every event (texts only), for a name typed on the timeline
    // until the whole timeline is there.
    timeline_outline_quoted(engine, &outline)?;
    drop(outline);
    // The whole graph (an entity's page, Ask, the entity list).
    engine.graph()?;
    timeline_index(engine)?;
    // The entity list and the search's passage facets both read every extraction:
    // read once for both.
    let generation = engine.store().generation().map_err(dossier::Error::from)?;
    crate::cache::get_or_compute(engine, "entity-summaries", |engine| {
        let (entities, facets) = engine.entities_and_passage_facets()?;
        crate::cache::put(engine, "passage-facets", generation, facets);
        Ok(entity_rows(&entities))
    })?;
    passage_facets(engine)?;
    Ok(())
}

/// `POST /api/ingest`: `multipart/form-data` (every file part is saved) or a raw
/// body with `?name=FILE`. Files land in `STORE/uploads/` and are ingested by the
/// one writer; readers see the new generation afterwards.
async fn ingest(State(state): State<AppState>, request: Request) -> ApiResult<Json<Value>> {
    if state.read_only {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "read_only",
            "this server was started with --read-only",
        ));
    }
    let actor = crate::auth::actor(request.extensions());
    let files = read_uploads(&state, request).await?;
    if files.is_empty() {
        return Err(ApiError::bad_parameter(
            "no file: send multipart/form-data with a file part, or a raw body with ?name=FILE",
        ));
    }
    // The store directory; in team mode (a database) this machine's local one.
    let store = dossier::local_dir(state.pool.dir())?;
    let (saved, report) = state
        .pool
        .write(move |engine| {
            let mut paths = Vec::new();
            for (name, bytes) in &files {
                paths.push(upload::save(&store, name, bytes)?);
            }
            let saved: Vec<String> = paths
                .iter()
                .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect();
            let config = dossier::IngestConfig {
                actor,
                ..Default::default()
            };
            let report = engine.ingest(&paths, &config, &dossier::pipeline::Silent)?;
            // An upload that could not be ingested is not kept.
            for path in &paths {
                let key = std::path::absolute(path)
                    .map(|p| dossier::pipeline::path_key(&p))
                    .unwrap_or_default();
                if report.failed.iter().any(|f| f.path == key) {
                    let _ = std::fs::remove_file(path);
                }
            }
            Ok((saved, crate::paths::report(report, &store)))
        })
        .await?;
    Ok(Json(json!({ "saved": saved, "report": report })))
}

fn too_large(limit: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        format!("the upload exceeds {} MB", limit / (1024 * 1024)),
    )
}

async fn read_uploads(state: &AppState, request: Request) -> ApiResult<Vec<(String, Vec<u8>)>> {
    let limit = state.max_upload_bytes;
    let is_multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.to_ascii_lowercase().starts_with("multipart/form-data"));
    if !is_multipart {
        let name = Query::<Params>::try_from_uri(request.uri())
            .ok()
            .and_then(|Query(pairs)| first(&pairs, "name").map(str::to_string))
            .ok_or_else(|| {
                ApiError::bad_parameter("name: required for a raw upload (?name=FILE.txt)")
            })?;
        let name = upload::checked_name(&name)?;
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| match e.status() {
                StatusCode::PAYLOAD_TOO_LARGE => too_large(limit),
                _ => ApiError::bad_parameter(e.body_text()),
            })?;
        return Ok(vec![(name, bytes.to_vec())]);
    }
    let mut multipart = Multipart::from_request(request, state)
        .await
        .map_err(|e| ApiError::bad_parameter(e.body_text()))?;
    let mut files = Vec::new();
    let mut total = 0usize;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large(limit)),
            Err(e) => return Err(ApiError::bad_parameter(e.body_text())),
        };
        let Some(raw_name) = field.file_name().map(str::to_string) else {
            continue;
        };
        let name = upload::checked_name(&raw_name)?;
        let bytes = field.bytes().await.map_err(|e| match e.status() {
            StatusCode::PAYLOAD_TOO_LARGE => too_large(limit),
            _ => ApiError::bad_parameter(e.body_text()),
        })?;
        total += bytes.len();
        if total > limit {
            return Err(too_large(limit));
        }
        files.push((name, bytes.to_vec()));
    }
    Ok(files)
}

/// Longest question accepted, in characters.
pub const MAX_QUESTION: usize = 1000;

fn question(text: Option<&str>) -> ApiResult<String> {
    let text = text.map(str::trim).unwrap_or("");
    if text.is_empty() {
        return Err(ApiError::bad_parameter("q: a question is required"));
    }
    if text.chars().count() > MAX_QUESTION {
        return Err(ApiError::bad_parameter(format!(
            "the question is longer than {MAX_QUESTION} characters"
        )));
    }
    Ok(text.to_string())
}

async fn answer(state: &AppState, question: String) -> ApiResult<Json<Value>> {
    let answer = state
        .pool
        .read(move |engine| Ok(engine.with_pages(json!(engine.ask(&question)?))?))
        .await?;
    Ok(Json(answer))
}

/// `GET /api/ask?q=QUESTION`: an extractive answer with its citations.
async fn ask_get(
    State(state): State<AppState>,
    query: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Json<Value>> {
    let pairs = params(query)?;
    let q = question(first(&pairs, "q"))?;
    answer(&state, q).await
}

#[derive(serde::Deserialize)]
struct AskBody {
    question: String,
}

/// `POST /api/ask` with `{"question": ".."}`: the same answer.
async fn ask_post(
    State(state): State<AppState>,
    body: Result<Json<AskBody>, axum::extract::rejection::JsonRejection>,
) -> ApiResult<Json<Value>> {
    let Json(body) = body.map_err(|e| {
        ApiError::bad_parameter(format!(
            "expected a JSON body {{\"question\": \"..\"}}: {}",
            e.body_text()
        ))
    })?;
    let q = question(Some(&body.question))?;
    answer(&state, q).await
}

/// `GET /api/status/{jurisdiction}?as_of=YYYY[-MM[-DD]]` (today when absent).
async fn status(
    State(state): State<AppState>,
    Path(jurisdiction): Path<String>,
    query: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Json<Value>> {
    let pairs = params(query)?;
    let as_of = date_param(&pairs, "as_of")?.unwrap_or_else(dossier::today);
    let jurisdiction = jurisdiction.trim().to_string();
    if jurisdiction.is_empty() || jurisdiction.chars().count() > 200 {
        return Err(ApiError::bad_parameter(
            "jurisdiction: a name of 1 to 200 characters is required",
        ));
    }
    let report = state
        .pool
        .read(move |engine| Ok(engine.with_pages(json!(engine.status(&jurisdiction, as_of)?))?))
        .await?;
    Ok(Json(report))
}

async fn conflicts(State(state): State<AppState>) -> ApiResult<Response> {
    let body = state
        .pool
        .read(|engine| {
            let body = crate::cache::get_or_compute(engine, "conflicts", conflicts_json)?;
            Ok(body.as_ref().clone())
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// `GET /api/entities?kind=person&q=NAME&sort=documents&offset=0&limit=50&summary=1`:
/// the resolved entities (and dates, durations, quantities grouped by value),
/// optionally of one kind and whose name or spelling contains `q` (case and
/// diacritics folded), in name order or by number of documents, one page of them.
/// `total` counts the matches and `kinds` counts them per kind (before `kind`
/// narrows them), so a page never has to download the whole list to count.
/// `summary=1` drops each entity's mentions and documents for their counts.
async fn entities(
    State(state): State<AppState>,
    query: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Response> {
    let pairs = params(query)?;
    let kind = first(&pairs, "kind").map(|k| k.trim().to_ascii_lowercase());
    let needle = first(&pairs, "q").map(|q| dossier::query::fold(q.trim()));
    let by_documents = match first(&pairs, "sort").map(str::trim) {
        None | Some("name") => false,
        Some("documents") => true,
        Some(other) => {
            return Err(ApiError::bad_parameter(format!(
                "sort={other:?}: expected name or documents"
            )))
        }
    };
    let offset = count_param(&pairs, "offset", 0, usize::MAX)?.unwrap_or(0);
    let limit = count_param(&pairs, "limit", 1, usize::MAX)?;
    let summary = first(&pairs, "summary").is_some_and(|v| v.trim() == "1");
    if summary {
        let value = state
            .pool
            .read(move |engine| {
                // While the server's warm-up is still reading every document for the
                // whole list, the named entities are listed from the graph alone
                // (`partial`), so a first visit does not wait seconds for the dates,
                // durations and quantities.
                let (rows, partial) =
                    match crate::cache::peek::<Vec<EntityRow>>(engine, "entity-summaries") {
                        Some(rows) => (rows, false),
                        None if crate::cache::warming(engine.dir()) => (
                            crate::cache::get_or_compute(
                                engine,
                                "named-entity-summaries",
                                named_summaries,
                            )?,
                            true,
                        ),
                        None => (
                            crate::cache::get_or_compute(engine, "entity-summaries", summaries)?,
                            false,
                        ),
                    };
                let needle = needle.as_deref().filter(|n| !n.is_empty());
                let mut kinds = serde_json::Map::new();
                let mut chosen: Vec<&EntityRow> = Vec::new();
                for row in rows.iter() {
                    if needle.is_some_and(|n| !row.folded.iter().any(|f| f.contains(n))) {
                        continue;
                    }
                    let n = kinds.get(&row.kind).and_then(Value::as_u64).unwrap_or(0);
                    kinds.insert(row.kind.clone(), json!(n + 1));
                    if kind.as_ref().is_none_or(|k| k == &row.kind) {
                        chosen.push(row);
                    }
                }
                if by_documents {
                    chosen.sort_by(|a, b| {
                        b.documents
                            .cmp(&a.documents)
                            .then(b.mentions.cmp(&a.mentions))
                            .then_with(|| a.name.cmp(&b.name))
                    });
                }
                let total = chosen.len();
                let page: Vec<&Value> = chosen
                    .into_iter()
                    .skip(offset)
                    .take(limit.unwrap_or(usize::MAX))
                    .map(|row| &row.summary)
                    .collect();
                let mut body =
                    json!({ "entities": page, "total": total, "offset": offset, "kinds": kinds });
                if partial {
                    body["partial"] = json!(true);
                }
                Ok((body, partial))
            })
            .await?;
        let (value, partial) = value;
        return Ok(not_to_keep(Json(value).into_response(), partial));
    }
    let value = state
        .pool
        .read(move |engine| {
            let mut entities = engine.entities()?;
            if let Some(needle) = needle.as_deref().filter(|n| !n.is_empty()) {
                entities.retain(|e| {
                    std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|name| dossier::query::fold(name).contains(needle))
                });
            }
            let mut kinds = serde_json::Map::new();
            for e in &entities {
                let n = kinds.get(&e.kind).and_then(Value::as_u64).unwrap_or(0);
                kinds.insert(e.kind.clone(), json!(n + 1));
            }
            if let Some(kind) = &kind {
                entities.retain(|e| &e.kind == kind);
            }
            if by_documents {
                entities.sort_by(|a, b| {
                    b.documents
                        .len()
                        .cmp(&a.documents.len())
                        .then(b.mentions.len().cmp(&a.mentions.len()))
                        .then_with(|| a.name.cmp(&b.name))
                });
            }
            let total = entities.len();
            let page: Vec<Value> = entities
                .into_iter()
                .skip(offset)
                .take(limit.unwrap_or(usize::MAX))
                .map(|e| json!(e))
                .collect();
            Ok(json!({ "entities": page, "total": total, "offset": offset, "kinds": kinds }))
        })
        .await?;
    Ok(Json(value).into_response())
}

/// An entity as the list shows it (counts, not mentions), with what the list
/// filters and sorts on.
struct EntityRow {
    kind: String,
    name: String,
    /// The name and every spelling, folded.
    folded: Vec<String>,
    documents: usize,
    mentions: usize,
    summary: Value,
}

/// What the list shows of one entity.
struct RowParts<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    aliases: Vec<&'a str>,
    roles: &'a [String],
    documents: usize,
    mentions: usize,
    doubtful: usize,
}

impl RowParts<'_> {
    fn row(self) -> EntityRow {
        EntityRow {
            folded: std::iter::once(self.name)
                .chain(self.aliases.iter().copied())
                .map(dossier::query::fold)
                .collect(),
            documents: self.documents,
            mentions: self.mentions,
            summary: json!({
                "id": self.id,
                "name": self.name,
                "kind": self.kind,
                "aliases": self.aliases,
                "roles": self.roles,
                "document_count": self.documents,
                "mention_count": self.mentions,
                "doubtful_count": self.doubtful,
            }),
            kind: self.kind.to_string(),
            name: self.name.to_string(),
        }
    }
}

/// Every entity of the list (dates, durations and quantities grouped by value
/// included): reads every document's text and extraction.
fn summaries(engine: &dossier::Engine) -> ApiResult<Vec<EntityRow>> {
    Ok(entity_rows(&engine.entities()?))
}

/// The list's rows of `entities`.
fn entity_rows(entities: &[dossier::query::graph::EntityOut]) -> Vec<EntityRow> {
    entities
        .iter()
        .map(|e| {
            RowParts {
                id: &e.id,
                name: &e.name,
                kind: &e.kind,
                aliases: e.aliases.iter().map(String::as_str).collect(),
                roles: &e.roles,
                documents: e.documents.len(),
                mentions: e.mentions.len(),
                doubtful: e.doubtful.len(),
            }
            .row()
        })
        .collect()
}

/// The named entities of the list (people, organisations, places, courts), in the
/// same order and with the same counts as [`summaries`], from the entities'
/// summaries stored beside the graph (no document read, and the whole graph not
/// parsed: a fraction of a second where `summaries` takes seconds). What the list
/// shows while the server's warm-up computes the rest.
fn named_summaries(engine: &dossier::Engine) -> ApiResult<Vec<EntityRow>> {
    let entities = engine.entity_summaries()?;
    Ok(entities
        .iter()
        .map(|e| {
            RowParts {
                id: &e.id,
                name: &e.name,
                kind: e.kind.as_str(),
                aliases: e.aliases.iter().map(String::as_str).collect(),
                roles: &e.roles,
                documents: e.documents.len(),
                mentions: e.mentions,
                doubtful: e.doubtful,
            }
            .row()
        })
        .collect())
}

/// A whole number query parameter in `min..=max`.
fn count_param(pairs: &Params, key: &str, min: usize, max: usize) -> ApiResult<Option<usize>> {
    first(pairs, key)
        .map(|v| {
            v.trim()
                .parse::<usize>()
                .ok()
                .filter(|n| (min..=max).contains(n))
                .ok_or_else(|| {
                    ApiError::bad_parameter(format!(
                        "{key}={v:?}: expected a whole number from {min}"
                    ))
                })
        })
        .transpose()
}

/// `GET /api/entities/{name}`: one entity by any of its names (or its id), with the
/// events it takes part in.
async fn entity(State(state): State<AppState>, Path(name): Path<String>) -> ApiResult<Json<Value>> {
    let value = state
        .pool
        .read(move |engine| {
            let name = name.trim();
            match engine.entity(name) {
                Ok((entity, events)) => {
                    return Ok(engine.with_pages(json!({ "entity": entity, "events": events }))?)
                }
                // The engine's only user error here: no entity by that name.
                Err(dossier::Error::User(_)) => {}
                Err(e) => return Err(e.into()),
            }
            // Dates, durations and quantities are listed by id, not resolved by name.
            let found = engine
                .entities()?
                .into_iter()
                .find(|e| e.id == name || e.name == name);
            match found {
                // An id: the resolved entity by its name, with its events.
                Some(entity) => match engine.entity(&entity.name) {
                    Ok((resolved, events)) if resolved.id == entity.id => {
                        Ok(engine.with_pages(json!({ "entity": resolved, "events": events }))?)
                    }
                    _ => Ok(json!({ "entity": entity, "events": [] })),
                },
                None => Err(ApiError::new(
                    StatusCode::NOT_FOUND,
                    "unknown_entity",
                    format!(
                        "no entity is known as {:?}",
                        name.chars().take(200).collect::<String>()
                    ),
                )),
            }
        })
        .await?;
    Ok(Json(value))
}

/// JSON 404 for anything under `/api/` (and any other unknown path).
pub async fn not_found(uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        format!("no such route: {}", uri.path()),
    )
}

pub async fn method_not_allowed(method: Method, uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!("{method} is not allowed on {}", uri.path()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_are_trimmed_and_bounded() {
        let cases: [(Option<&str>, Option<&str>); 5] = [
            (
                Some("  When was the court founded? "),
                Some("When was the court founded?"),
            ),
            (Some("   "), None),
            (None, None),
            (
                Some(&"é".repeat(MAX_QUESTION)),
                Some(&*"é".repeat(MAX_QUESTION)),
            ),
            (Some(&"é".repeat(MAX_QUESTION + 1)), None),
        ];
        for (input, expect) in cases {
            assert_eq!(question(input).ok().as_deref(), expect, "{input:?}");
        }
    }
}
