//! dossier-ingest: bytes to [`Document`].
//!
//! **Invariant:** the only crate that links HTML and PDF parsers. Pure apart from
//! [`read_path`], which reads one file; it never touches the store.
//!
//! STUB: the real implementation lands with issue 2 (formats, chrome, metadata).

use dossier_model::{DocId, Document, Format, Metadata, OffsetMap, Segment, Span};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Limits and switches for reading one file.
#[derive(Clone, Debug)]
pub struct Config {
    /// Files larger than this are refused with a clear error.
    pub max_file_bytes: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_file_bytes: 256 * 1024 * 1024,
        }
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Read and parse one file.
pub fn read_path(path: &Path, config: &Config) -> Result<Document> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, &bytes, config)
}

/// Parse the bytes of one file (named by `path`) into a document.
pub fn parse(path: &Path, bytes: &[u8], _config: &Config) -> Result<Document> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Error::Invalid {
            path: path.to_path_buf(),
            reason: format!("not UTF-8: {e}"),
        })?
        .to_string();
    let len = text.len();
    Ok(Document {
        id: DocId(sha256_hex(bytes)),
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: path.to_string_lossy().into_owned(),
        format: Format::Txt,
        bytes: bytes.len() as u64,
        passages: vec![Span::new(0, len)],
        offsets: OffsetMap {
            segments: vec![Segment {
                text: 0,
                original: 0,
                len: len as u32,
            }],
        },
        text,
        meta: Metadata::default(),
        dropped: vec![],
        warnings: vec![],
    })
}
