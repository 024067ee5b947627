//! dossier-server: the HTTP API and web UI over one store (`dossier serve`).
//!
//! The engine is synchronous and an [`dossier::Engine`] is not `Sync`, so reads
//! borrow an engine from a small [`pool::Pool`] inside `spawn_blocking`, and
//! ingests go through one writer that retires the pool's engines afterwards.
//! Routes live in one table ([`api::routes`]) that the OpenAPI document
//! (`web/openapi.json`) is tested against.
//!
//! **Invariant:** the only crate that knows HTTP. It writes nothing outside its
//! store (uploads go to `STORE/uploads/` under a sanitised name) and looks
//! documents up in the store, never by joining a request to a path.

pub mod api;
pub mod assets;
pub mod auth;
pub mod cache;
pub mod error;
pub mod judgments;
pub mod paths;
pub mod pool;
pub mod revalidate;
pub mod upload;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

pub use error::ApiError;

#[derive(Clone, Debug)]
pub struct Config {
    pub store: PathBuf,
    pub addr: SocketAddr,
    /// Refuse every write (`POST /api/ingest` answers 403).
    pub read_only: bool,
    /// Engines open at once for queries.
    pub workers: usize,
    /// Largest accepted upload (one request), in bytes.
    pub max_upload_bytes: usize,
    /// Time a connection has to send a request's headers; an idle keep-alive
    /// connection is closed after it too.
    pub header_timeout: std::time::Duration,
    /// Ask every API caller to sign in (always, in team mode: a PostgreSQL store).
    pub require_sign_in: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            store: PathBuf::from("dossier-data"),
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            read_only: false,
            workers: 4,
            max_upload_bytes: 50 * 1024 * 1024,
            header_timeout: std::time::Duration::from_secs(30),
            require_sign_in: false,
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub pool: Arc<pool::Pool>,
    pub read_only: bool,
    pub max_upload_bytes: usize,
    /// Listening on loopback: only loopback host names are answered.
    pub loopback_only: bool,
    /// The store's accounts, when callers must sign in ([`auth`]).
    pub accounts: Option<Arc<dossier::auth::Accounts>>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Engine(#[from] dossier::Error),
    #[error("{addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// Whether the caller (not the machine) can fix it: a bad store, a busy port.
    pub fn is_user(&self) -> bool {
        match self {
            Error::Engine(e) => e.is_user(),
            Error::Bind { .. } => true,
            Error::Io(_) => false,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Check the store opens (creating it unless read-only) and build the state.
pub fn state(config: &Config) -> Result<AppState> {
    let engine = if config.read_only {
        dossier::Engine::open_read_only(&config.store)?
    } else {
        dossier::Engine::open_or_create(&config.store)?
    };
    drop(engine);
    let team = dossier::Location::parse(&config.store).dir().is_none();
    let accounts = if team || config.require_sign_in {
        let accounts = dossier::auth::Accounts::open(&config.store)?;
        if !accounts.any()? {
            return Err(Error::Engine(dossier::Error::User(format!(
                "{}: {} and the store has no account yet: make the first admin with \
                 `dossier user add NAME --role admin` (it asks for the password), then start the server again",
                dossier::Location::parse(&config.store),
                if team {
                    "in team mode every caller signs in"
                } else {
                    "--require-sign-in asks every caller to sign in"
                }
            ))));
        }
        Some(Arc::new(accounts))
    } else {
        None
    };
    Ok(AppState {
        accounts,
        pool: Arc::new(pool::Pool::new(&config.store, config.workers).read_only(config.read_only)),
        read_only: config.read_only,
        max_upload_bytes: config.max_upload_bytes,
        loopback_only: config.addr.ip().is_loopback(),
    })
}

/// The whole application: API, UI, fallbacks, limits and headers.
pub fn router(state: AppState) -> Router {
    let limit = state.max_upload_bytes;
    let mut router = Router::new();
    for (_, path, handler) in api::routes() {
        router = router.route(path, handler);
    }
    router
        .route("/", get(assets::index))
        .route("/static/{file}", get(assets::file))
        .route("/static/{version}/{file}", get(assets::versioned_file))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(DefaultBodyLimit::max(limit))
        // Inside sign-in: a caller who may not read gets no `304` either.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            revalidate::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::require,
        ))
        .layer(axum::middleware::from_fn_with_state(state.clone(), guard))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

/// Requests must be addressed to us. On loopback, a `Host` that is not a loopback
/// name is a DNS-rebinding attempt (a web page pointing its own name at 127.0.0.1);
/// a write whose `Origin` differs from `Host` is a cross-site request (a page
/// posting a form to `/api/ingest`).
async fn guard(
    State(state): State<AppState>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if state.loopback_only {
        if let Some(host) = &host {
            if !is_loopback_host(host) {
                return ApiError::new(
                    StatusCode::FORBIDDEN,
                    "bad_host",
                    format!("host {host:?} is not served here; use 127.0.0.1 or localhost"),
                )
                .into_response();
            }
        }
    }
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe {
        if let Some(origin) = request.headers().get(header::ORIGIN) {
            let authority = origin
                .to_str()
                .ok()
                .and_then(|o| o.split_once("://"))
                .map(|(_, rest)| rest.trim_end_matches('/'));
            if authority.is_none() || authority != host.as_deref() {
                return ApiError::new(
                    StatusCode::FORBIDDEN,
                    "cross_origin",
                    "writes are accepted only from this server's own pages",
                )
                .into_response();
            }
        }
    }
    next.run(request).await
}

/// `localhost`, `127.x.x.x` or `[::1]`, with or without a port.
pub fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers
        .entry(header::X_FRAME_OPTIONS)
        .or_insert(HeaderValue::from_static("SAMEORIGIN"));
    response
}

/// A bound server, ready to [`Server::run`].
pub struct Server {
    runtime: tokio::runtime::Runtime,
    listener: tokio::net::TcpListener,
    router: Router,
    header_timeout: std::time::Duration,
}

impl Server {
    /// Open the store, start the runtime and bind the address (port 0 picks one).
    pub fn bind(config: &Config) -> Result<Server> {
        let state = state(config)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(config.workers.clamp(1, 8))
            .enable_all()
            .build()?;
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(config.addr))
            .map_err(|source| Error::Bind {
                addr: config.addr,
                source,
            })?;
        // Open one pooled engine, its document list and its search index now, in the
        // background: the first search after the server starts would otherwise pay
        // for them (a quarter of a second on ten thousand documents).
        let pool = state.pool.clone();
        runtime.spawn(async move {
            let _ = pool
                .read(|engine| {
                    engine.summaries()?;
                    let request = dossier::SearchRequest {
                        query: "the".into(),
                        limit: 1,
                        ..Default::default()
                    };
                    engine.search(&request)?;
                    Ok(())
                })
                .await;
        });
        // Warm the UI's caches in the background (the first visit to the timeline
        // or the entities of a large store would otherwise wait seconds for them).
        let dir = config.store.clone();
        let read_only = config.read_only;
        // Marked as warming from now, not from when the thread starts: no answer
        // given before it is done is taken for the whole one (`revalidate`).
        let warming = dossier::local_dir(&dir)
            .ok()
            .map(|local| cache::Warming::start(&local));
        std::thread::spawn(move || {
            let _warming = warming;
            let opened = if read_only {
                dossier::Engine::open_read_only(&dir)
            } else {
                dossier::Engine::open(&dir)
            };
            if let Ok(engine) = opened {
                let _ = api::warm_caches(&engine);
            }
        });
        Ok(Server {
            runtime,
            listener,
            router: router(state),
            header_timeout: config.header_timeout,
        })
    }

    pub fn local_addr(&self) -> Result<SocketAddr> {
        Ok(self.listener.local_addr()?)
    }

    /// Serve until the process is stopped (Ctrl-C ends it gracefully).
    pub fn run(self) -> Result<()> {
        let Server {
            runtime,
            listener,
            router,
            header_timeout,
        } = self;
        runtime.block_on(serve(listener, router, header_timeout, async {
            let _ = tokio::signal::ctrl_c().await;
        }));
        Ok(())
    }
}

/// Accept connections until `shutdown` completes, then wait for the open ones to
/// finish their requests. A connection that does not send a request's headers
/// within `header_timeout` (one left idle between requests included) is closed,
/// so idle connections cannot pile up.
async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    header_timeout: std::time::Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors, say: wait a moment rather than spin.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = connection.await;
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

/// [`Server::run`] on an already running runtime, until `shutdown` completes
/// (tests).
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    state: AppState,
    header_timeout: std::time::Duration,
    shutdown: impl std::future::Future<Output = ()>,
) {
    serve(listener, router(state), header_timeout, shutdown).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(host: &str, expect: bool) {
        assert_eq!(is_loopback_host(host), expect, "{host}");
    }

    #[test]
    fn loopback_hosts() {
        let cases = [
            ("localhost", true),
            ("localhost:8080", true),
            ("LOCALHOST.:8080", true),
            ("127.0.0.1:8080", true),
            ("127.1.2.3", true),
            ("[::1]:8080", true),
            ("app.localhost:80", true),
            ("evil.example:8080", false),
            ("localhost.evil.example", false),
            ("10.0.0.1:8080", false),
            ("", false),
            ("[::1", true),
        ];
        for (host, expect) in cases {
            check(host, expect);
        }
    }
}
