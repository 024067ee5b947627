//! Who is asking: sign-in and roles (team mode, or `serve --require-sign-in`).
//!
//! Every `/api/` request but the public ones ([`needed`]) must carry an account:
//! HTTP Basic auth (name and password), a Bearer API token (`dossier user token
//! NAME`), or the session cookie that `POST /api/session` sets for the web UI
//! (HttpOnly, SameSite=Strict). Without one the answer is 401; with an account
//! whose role is short of the request's, 403. Reading needs `reader`, writing
//! (uploads, judgments, any other method than GET) `editor`, the audit log
//! `admin`. Without sign-in (an embedded store served as it always was) nothing is
//! asked and everyone may do everything.

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::{Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use dossier::auth::{Account, Accounts, Role};
use serde_json::{json, Value};
use std::sync::Arc;

/// The session cookie's name.
pub const COOKIE: &str = "dossier_session";

/// Who made a request: the signed-in account, or nobody when the server does not
/// ask (then the server's system user is recorded for its writes). A request
/// extension set by [`require`] on every `/api/` request.
#[derive(Clone, Debug, Default)]
pub struct Identity(pub Option<Account>);

impl Identity {
    /// The account's name, to record as the author of a write.
    pub fn name(&self) -> Option<&str> {
        self.0.as_ref().map(|a| a.name.as_str())
    }
}

/// The signed-in account's name of a request that went through [`require`]
/// (`None` without sign-in): the author of its writes.
pub fn actor(extensions: &axum::http::Extensions) -> Option<String> {
    extensions
        .get::<Identity>()
        .and_then(|i| i.name())
        .map(str::to_string)
}

/// What a request needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Nothing: the UI's page and assets, the API's description, signing in and
    /// out.
    Nothing,
    Role(Role),
}

/// The role a request needs: writes (any method but GET, HEAD and OPTIONS, except
/// `POST /api/ask`, which only reads) need an editor, the audit log an admin,
/// everything else under `/api/` a reader. A new write route is an editor's by
/// default.
pub fn needed(method: &Method, path: &str) -> Need {
    if !path.starts_with("/api/") || path == "/api/openapi.json" || path == "/api/session" {
        return Need::Nothing;
    }
    if path == "/api/audit" || path.starts_with("/api/users") {
        return Need::Role(Role::Admin);
    }
    let reads = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
        || (*method == Method::POST && path == "/api/ask");
    Need::Role(if reads { Role::Reader } else { Role::Editor })
}

/// The credentials a request carries.
enum Credentials {
    None,
    Password(String, String),
    Token(String),
    Session(String),
    /// An `Authorization` header of a scheme not understood, or not decodable.
    Malformed,
}

fn credentials(headers: &HeaderMap) -> Credentials {
    if let Some(value) = headers.get(header::AUTHORIZATION) {
        let Ok(value) = value.to_str() else {
            return Credentials::Malformed;
        };
        let (scheme, rest) = value.trim().split_once(' ').unwrap_or((value, ""));
        return match scheme.to_ascii_lowercase().as_str() {
            "basic" => {
                use base64::Engine as _;
                base64::engine::general_purpose::STANDARD
                    .decode(rest.trim())
                    .ok()
                    .and_then(|bytes| String::from_utf8(bytes).ok())
                    .and_then(|pair| {
                        pair.split_once(':')
                            .map(|(n, p)| Credentials::Password(n.to_string(), p.to_string()))
                    })
                    .unwrap_or(Credentials::Malformed)
            }
            "bearer" if !rest.trim().is_empty() => Credentials::Token(rest.trim().to_string()),
            _ => Credentials::Malformed,
        };
    }
    match session_cookie(headers) {
        Some(value) => Credentials::Session(value),
        None => Credentials::None,
    }
}

/// The value of our session cookie, if the request carries one.
fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// 401: no account, or one not recognised. A client that is not a browser's
/// script (no `Sec-Fetch-Mode`) is offered Basic auth; a browser is not, so that
/// it shows the UI's own sign-in page rather than its password dialog.
fn unauthorized(headers: &HeaderMap, code: &'static str, message: &str) -> Response {
    let mut response = ApiError::new(StatusCode::UNAUTHORIZED, code, message).into_response();
    let challenge = if headers.contains_key("sec-fetch-mode") {
        "Bearer realm=\"dossier\""
    } else {
        "Basic realm=\"dossier\", charset=\"UTF-8\""
    };
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static(challenge),
    );
    if code == "session_expired" {
        response
            .headers_mut()
            .insert(header::SET_COOKIE, clear_cookie());
    }
    response
}

const SIGN_IN: &str = "sign in: this server requires an account (HTTP Basic auth with a name and \
     password, a Bearer token from `dossier user token NAME`, or the web UI's sign-in page)";

/// Who asks, from the request's credentials: `Ok(None)` for none; `Err` for
/// credentials that are wrong.
async fn identify(
    accounts: &Arc<Accounts>,
    headers: &HeaderMap,
) -> Result<Option<Account>, Response> {
    let found = match credentials(headers) {
        Credentials::None => return Ok(None),
        Credentials::Malformed => {
            return Err(unauthorized(
                headers,
                "bad_credentials",
                "the Authorization header is neither Basic (name:password) nor Bearer (a token)",
            ))
        }
        credentials => {
            let accounts = accounts.clone();
            let checked = tokio::task::spawn_blocking(move || match &credentials {
                Credentials::Password(name, password) => accounts
                    .password(name, password)
                    .map(|a| (a, "wrong name or password")),
                Credentials::Token(token) => accounts
                    .token(token)
                    .map(|a| (a, "unknown or revoked API token")),
                Credentials::Session(value) => accounts
                    .session(value)
                    .map(|a| (a, "the session has expired or was ended; sign in again")),
                Credentials::None | Credentials::Malformed => unreachable!("handled above"),
            })
            .await
            .map_err(|e| ApiError::internal(format!("sign-in check failed: {e}")).into_response())?
            .map_err(|e| ApiError::from(e).into_response())?;
            checked
        }
    };
    match found {
        (Some(account), _) => Ok(Some(account)),
        (None, message) => {
            let code = if message.starts_with("the session") {
                "session_expired"
            } else {
                "bad_credentials"
            };
            Err(unauthorized(headers, code, message))
        }
    }
}

/// The middleware: identify the caller of every `/api/` request (when the server
/// asks for sign-in), refuse it if its role falls short, and hand the account to
/// the handler ([`Identity`]).
pub async fn require(
    State(state): State<AppState>,
    mut request: Request,
    next: axum::middleware::Next,
) -> Response {
    let path = request.uri().path().to_string();
    let Some(accounts) = state.accounts.clone().filter(|_| path.starts_with("/api/")) else {
        request.extensions_mut().insert(Identity(None));
        return next.run(request).await;
    };
    let need = needed(request.method(), &path);
    let account = match identify(&accounts, request.headers()).await {
        Ok(account) => account,
        // Wrong credentials do not stop a public request (a stale cookie on the
        // sign-in call).
        Err(_) if need == Need::Nothing => None,
        Err(refused) => return refused,
    };
    if let Need::Role(role) = need {
        match &account {
            None => return unauthorized(request.headers(), "unauthorized", SIGN_IN),
            Some(account) if account.role < role => {
                return ApiError::new(
                    StatusCode::FORBIDDEN,
                    "forbidden",
                    format!(
                        "{} is {} {}: {} {} needs the {} role",
                        account.name,
                        article(account.role),
                        account.role.as_str(),
                        request.method(),
                        path,
                        role.as_str()
                    ),
                )
                .into_response()
            }
            Some(_) => {}
        }
    }
    request.extensions_mut().insert(Identity(account));
    next.run(request).await
}

fn article(role: Role) -> &'static str {
    match role {
        Role::Admin => "an",
        Role::Reader | Role::Editor => "a",
    }
}

fn cookie(value: &str, max_age: u64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}"
    ))
    .expect("a cookie of hex digits and dots")
}

fn clear_cookie() -> HeaderValue {
    cookie("", 0, false)
}

fn sign_in_off() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "sign_in_off",
        "this server does not ask anyone to sign in (team mode, or `dossier serve --require-sign-in`, does)",
    )
}

#[derive(serde::Deserialize)]
pub struct SignIn {
    name: String,
    password: String,
}

/// `POST /api/session` with `{"name": .., "password": ..}`: the session cookie.
pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<SignIn>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, Response> {
    let accounts = state
        .accounts
        .clone()
        .ok_or_else(|| sign_in_off().into_response())?;
    let Json(body) = body.map_err(|e| {
        ApiError::bad_parameter(format!(
            "expected a JSON body {{\"name\": \"..\", \"password\": \"..\"}}: {}",
            e.body_text()
        ))
        .into_response()
    })?;
    let started = tokio::task::spawn_blocking(move || -> dossier::Result<_> {
        let Some(account) = accounts.password(body.name.trim(), &body.password)? else {
            return Ok(None);
        };
        let value = accounts.start_session(&account.name)?;
        Ok(Some((account, value)))
    })
    .await
    .map_err(|e| ApiError::internal(format!("sign-in failed: {e}")).into_response())?
    .map_err(|e| ApiError::from(e).into_response())?;
    let Some((account, value)) = started else {
        return Err(unauthorized(
            &headers,
            "bad_credentials",
            "wrong name or password",
        ));
    };
    let secure = headers
        .get("x-forwarded-proto")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"));
    let mut response = Json(json!({
        "sign_in": true,
        "name": account.name,
        "role": account.role.as_str(),
    }))
    .into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        cookie(&value, dossier::auth::SESSION_SECONDS, secure),
    );
    Ok(response)
}

/// `GET /api/session`: who is signed in (401 when nobody is and the server asks).
pub async fn who(
    State(state): State<AppState>,
    headers: HeaderMap,
    identity: Option<axum::Extension<Identity>>,
) -> Response {
    if state.accounts.is_none() {
        return Json(json!({ "sign_in": false, "name": null, "role": null })).into_response();
    }
    match identity.and_then(|axum::Extension(i)| i.0) {
        Some(account) => Json(json!({
            "sign_in": true,
            "name": account.name,
            "role": account.role.as_str(),
        }))
        .into_response(),
        None => unauthorized(&headers, "unauthorized", SIGN_IN),
    }
}

/// `DELETE /api/session`: sign out (the cookie is cleared).
pub async fn sign_out() -> Response {
    let mut response = Json(json!({ "signed_out": true })).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, clear_cookie());
    response
}

/// `GET /api/audit?limit=N`: the last `limit` entries of the audit log (200 by
/// default), oldest first, and how many there are. An admin's.
pub async fn audit(
    State(state): State<AppState>,
    query: Result<Query<Vec<(String, String)>>, axum::extract::rejection::QueryRejection>,
) -> ApiResult<Json<Value>> {
    let Query(pairs) = query.map_err(|e| ApiError::bad_parameter(e.body_text()))?;
    let limit = match pairs.iter().find(|(k, _)| k == "limit") {
        None => 200,
        Some((_, v)) => v
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                ApiError::bad_parameter(format!("limit={v:?}: expected a whole number from 1"))
            })?,
    };
    let entries = state.pool.read(|engine| Ok(engine.audit()?)).await?;
    let total = entries.len();
    let shown = &entries[total.saturating_sub(limit)..];
    Ok(Json(json!({ "entries": shown, "total": total })))
}
