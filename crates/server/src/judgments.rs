//! Analysts' judgments over HTTP: `GET /api/judgments` lists them with what became
//! of each (applied, withdrawn, evidence gone, not applied and why);
//! `POST /api/judgments` makes one; `POST /api/judgments/{id}/withdraw` withdraws
//! one. Kept apart from `api.rs` so that who may write (sign-in, roles) can wrap
//! these handlers without touching them: the author is what [`author`] reads from
//! the request, and [`judge`] / [`withdraw`] take it as a parameter.

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

/// The header naming who makes a judgment until sign-in names them.
pub const AUTHOR_HEADER: &str = "x-dossier-user";

/// A judgment as the client sends it: the evidence is a citation as the API gives
/// them (a document's name and a byte span of its kept text); the server quotes it.
#[derive(Debug, Deserialize)]
pub struct JudgmentBody {
    pub kind: String,
    pub target: String,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub evidence: Option<EvidenceBody>,
}

#[derive(Debug, Deserialize)]
pub struct EvidenceBody {
    pub document: String,
    pub start: u64,
    pub end: u64,
}

/// Who is asking: the `X-Dossier-User` header, else the user the server runs as
/// (`$USER`, as `dossier judge --author` defaults to).
pub fn author(headers: &HeaderMap) -> ApiResult<String> {
    let from_header = headers
        .get(AUTHOR_HEADER)
        .map(|v| {
            v.to_str()
                .map(|s| s.trim().to_string())
                .map_err(|_| ApiError::bad_parameter("X-Dossier-User: expected visible ASCII"))
        })
        .transpose()?
        .filter(|s| !s.is_empty());
    match from_header.or_else(|| std::env::var("USER").ok().filter(|u| !u.trim().is_empty())) {
        Some(author) if author.chars().count() <= 200 => Ok(author),
        Some(_) => Err(ApiError::bad_parameter(
            "X-Dossier-User: at most 200 characters",
        )),
        None => Err(ApiError::bad_parameter(
            "who judges? send an X-Dossier-User header",
        )),
    }
}

/// The signed-in account (sign-in on: `X-Dossier-User` is not listened to), else
/// [`author`].
fn signed_in_or(
    identity: Option<axum::Extension<crate::auth::Identity>>,
    headers: &HeaderMap,
) -> ApiResult<String> {
    match identity.as_ref().and_then(|axum::Extension(i)| i.name()) {
        Some(name) => Ok(name.to_string()),
        None => author(headers),
    }
}

fn writable(state: &AppState) -> ApiResult<()> {
    if state.read_only {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "read_only",
            "this server was started with --read-only",
        ));
    }
    Ok(())
}

/// `GET /api/judgments`.
pub async fn list(State(state): State<AppState>) -> ApiResult<Json<Value>> {
    let value = state
        .pool
        .read(|engine| {
            let report = engine.judgment_report()?;
            Ok(engine.with_pages(json!({ "judgments": report }))?)
        })
        .await?;
    Ok(Json(value))
}

/// `POST /api/judgments`, the author from the request.
pub async fn post(
    State(state): State<AppState>,
    headers: HeaderMap,
    identity: Option<axum::Extension<crate::auth::Identity>>,
    body: Result<Json<JudgmentBody>, axum::extract::rejection::JsonRejection>,
) -> ApiResult<(StatusCode, Json<Value>)> {
    let Json(body) = body.map_err(|e| {
        ApiError::bad_parameter(format!(
            "expected a JSON body {{\"kind\": .., \"target\": .., \"value\"?, \"note\"?, \"evidence\"?: {{\"document\", \"start\", \"end\"}}}}: {}",
            e.body_text()
        ))
    })?;
    let author = signed_in_or(identity, &headers)?;
    judge(&state, author, body).await
}

/// Record `body` as `author`'s judgment; the reply is the judgment as listed.
pub async fn judge(
    state: &AppState,
    author: String,
    body: JudgmentBody,
) -> ApiResult<(StatusCode, Json<Value>)> {
    writable(state)?;
    let kind =
        dossier::JudgmentKind::parse(&body.kind.trim().replace('-', "_")).ok_or_else(|| {
            let kinds: Vec<&str> = dossier::JudgmentKind::ALL
                .iter()
                .map(|k| k.as_str())
                .collect();
            ApiError::bad_parameter(format!("kind={:?}: one of {}", body.kind, kinds.join(", ")))
        })?;
    let blank = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let value = state
        .pool
        .write(move |engine| {
            let evidence = match &body.evidence {
                Some(e) => Some(engine.evidence(&e.document, e.start, e.end)?),
                None => None,
            };
            let judgment = dossier::NewJudgment {
                kind,
                target: body.target.trim().to_string(),
                value: blank(body.value),
                note: blank(body.note),
                evidence,
                author,
            };
            let id = engine.judge(&judgment)?;
            let listed = engine
                .judgment_report()?
                .into_iter()
                .find(|s| s.judgment.id == id);
            Ok(engine.with_pages(json!({ "id": id, "judgment": listed }))?)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(value)))
}

/// `POST /api/judgments/{id}/withdraw`, by the author of the request.
pub async fn post_withdraw(
    State(state): State<AppState>,
    headers: HeaderMap,
    identity: Option<axum::Extension<crate::auth::Identity>>,
    Path(id): Path<String>,
) -> ApiResult<Json<Value>> {
    let id: i64 = id
        .trim()
        .parse()
        .map_err(|_| ApiError::bad_parameter(format!("{id:?}: expected a judgment's id")))?;
    let author = signed_in_or(identity, &headers)?;
    withdraw(&state, author, id).await
}

pub async fn withdraw(state: &AppState, author: String, id: i64) -> ApiResult<Json<Value>> {
    writable(state)?;
    let value = state
        .pool
        .write(move |engine| {
            engine.withdraw_judgment(id, &author)?;
            Ok(json!({ "id": id, "withdrawn": true }))
        })
        .await?;
    Ok(Json(value))
}
