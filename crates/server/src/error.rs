//! One JSON error shape for the whole API: `{"code": "unknown_document", "message": ".."}`.
//!
//! Codes are stable (clients match on them); messages are for people and may change.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// An error as the API reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }
    /// A query parameter that does not parse (400 `bad_parameter`).
    pub fn bad_parameter(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_parameter", message)
    }
    pub fn unknown_document(key: &str) -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "unknown_document",
            format!("no document matches {key:?}"),
        )
    }
    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }
    /// The same error with the store's directory written `STORE` in its message:
    /// a client is never told where the server keeps its files.
    pub fn hiding_store(self, store: &std::path::Path) -> ApiError {
        ApiError {
            message: crate::paths::hide_store(&self.message, store),
            ..self
        }
    }
}

impl From<dossier::Error> for ApiError {
    fn from(e: dossier::Error) -> ApiError {
        match e {
            dossier::Error::User(message) => {
                ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message)
            }
            dossier::Error::Interrupted => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "interrupted",
                "interrupted: nothing was written",
            ),
            dossier::Error::Internal(message) => ApiError::internal(message),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "code": self.code, "message": self.message });
        (self.status, Json(body)).into_response()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
