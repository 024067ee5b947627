//! Uploaded files: a safe name, a home under `STORE/uploads/`, nothing else.
//!
//! **Invariant:** an uploaded name is reduced to one plain file name before it
//! touches the file system; the server writes nowhere outside its store.

use crate::error::{ApiError, ApiResult};
use axum::http::StatusCode;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Extensions the ingest pipeline reads.
pub use dossier::pipeline::SUPPORTED;

const MAX_NAME_BYTES: usize = 120;

/// Reduce a client-supplied file name to a safe, plain file name: the last path
/// component (either separator), only ASCII letters, digits, `.`, `-` and `_`
/// (anything else becomes `_`), no leading dots, at most 120 bytes with the
/// extension kept. Returns `None` when nothing usable is left.
pub fn sanitize_name(raw: &str) -> Option<String> {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let mut name: String = last
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    while name.contains("..") {
        name = name.replace("..", ".");
    }
    let name = name.trim_start_matches(['.', '_']).to_string();
    if name.is_empty() || name.chars().all(|c| matches!(c, '.' | '_' | '-')) {
        return None;
    }
    if name.len() <= MAX_NAME_BYTES {
        return Some(name);
    }
    // All ASCII: byte slicing is safe.
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if name.len() - dot <= 10 => (&name[..dot], &name[dot..]),
        _ => (name.as_str(), ""),
    };
    let keep = MAX_NAME_BYTES.saturating_sub(ext.len());
    Some(format!("{}{ext}", &stem[..keep.min(stem.len())]))
}

/// The lowercase extension of a sanitised name, if the pipeline supports it.
pub fn supported_extension(name: &str) -> Option<String> {
    let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
    SUPPORTED.contains(&ext.as_str()).then_some(ext)
}

/// Check a raw name and return the sanitised one, or the API error to report.
pub fn checked_name(raw: &str) -> ApiResult<String> {
    let name = sanitize_name(raw).ok_or_else(|| {
        ApiError::bad_parameter(format!("file name {raw:?} has no usable characters"))
    })?;
    if supported_extension(&name).is_none() {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_format",
            format!(
                "{name:?}: not a supported type; name the file with one of .{}",
                SUPPORTED.join(", .")
            ),
        ));
    }
    Ok(name)
}

/// Write `bytes` to `STORE/uploads/NAME` (through a temporary file and a link,
/// so a half-written upload is never ingested) and return its path. `name` must
/// come from [`checked_name`]. An upload never replaces another: if `NAME` is
/// taken by a file with other bytes (an earlier upload of that name, or one whose
/// name cleaned to the same), it is saved as `STEM-2.EXT`, `STEM-3.EXT`, ...; if
/// the bytes are the same, the file already there is the upload.
pub fn save(store: &Path, name: &str, bytes: &[u8]) -> ApiResult<PathBuf> {
    let dir = store.join("uploads");
    let io = |e: std::io::Error| ApiError::internal(format!("saving upload {name}: {e}"));
    std::fs::create_dir_all(&dir).map_err(io)?;
    let temp = dir.join(format!(".{name}.part"));
    let written = std::fs::File::create(&temp).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(io(e));
    }
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 => (&name[..dot], &name[dot..]),
        _ => (name, ""),
    };
    let mut result = Err(io(std::io::Error::other("no free name")));
    for n in 1..10_000u32 {
        let candidate = if n == 1 {
            name.to_string()
        } else {
            format!("{stem}-{n}{ext}")
        };
        let target = dir.join(&candidate);
        // A hard link never replaces what is there (a rename would).
        match std::fs::hard_link(&temp, &target) {
            Ok(()) => {
                result = Ok(target);
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if std::fs::read(&target).is_ok_and(|there| there == bytes) {
                    result = Ok(target);
                    break;
                }
            }
            // A file system without hard links: a rename, to a name that is free
            // (one writer at a time saves uploads).
            Err(_) if !target.exists() => {
                result = std::fs::rename(&temp, &target).map(|()| target).map_err(io);
                break;
            }
            Err(e) => {
                result = Err(io(e));
                break;
            }
        }
    }
    let _ = std::fs::remove_file(&temp);
    if result.is_ok() {
        let _ = std::fs::File::open(&dir).and_then(|d| d.sync_all());
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Option<&str>) {
        assert_eq!(sanitize_name(input).as_deref(), expect, "input {input:?}");
    }

    #[test]
    fn names_are_reduced_to_one_plain_component() {
        let cases: &[(&str, Option<&str>)] = &[
            ("report.txt", Some("report.txt")),
            ("../../etc/passwd.txt", Some("passwd.txt")),
            ("..\\..\\windows\\win.ini.md", Some("win.ini.md")),
            ("/abs/path/note.md", Some("note.md")),
            ("..", None),
            ("", None),
            ("dir/", None),
            (".hidden.txt", Some("hidden.txt")),
            ("a..b.txt", Some("a.b.txt")),
            ("Année 2003 rapport.pdf", Some("Ann_e_2003_rapport.pdf")),
            ("name\0with\nnul.txt", Some("name_with_nul.txt")),
            ("___", None),
        ];
        for (input, expect) in cases {
            check(input, *expect);
        }
    }

    #[test]
    fn long_names_keep_their_extension() {
        let long = format!("{}.html", "x".repeat(500));
        let name = sanitize_name(&long).unwrap_or_default();
        assert_eq!(name.len(), MAX_NAME_BYTES);
        assert!(name.ends_with(".html"));
    }

    #[test]
    fn uploads_never_replace_one_another() {
        let store = tempfile::tempdir().unwrap();
        let saved = |name: &str, bytes: &[u8]| {
            let path = save(store.path(), name, bytes).unwrap();
            assert_eq!(std::fs::read(&path).unwrap(), bytes);
            path.file_name().unwrap().to_string_lossy().into_owned()
        };
        assert_eq!(saved("rapport_2003.txt", b"one"), "rapport_2003.txt");
        // "rapport 2003.txt" cleans to the same name: a new file beside it.
        assert_eq!(saved("rapport_2003.txt", b"two"), "rapport_2003-2.txt");
        assert_eq!(saved("rapport_2003.txt", b"three"), "rapport_2003-3.txt");
        // The same bytes again: the file already there.
        assert_eq!(saved("rapport_2003.txt", b"two"), "rapport_2003-2.txt");
        let names: Vec<_> = std::fs::read_dir(store.path().join("uploads"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 3, "no temporary file left: {names:?}");
    }

    #[test]
    fn only_supported_types_pass() {
        assert!(checked_name("a.TXT").is_ok());
        assert!(checked_name("a.pdf").is_ok());
        let err = checked_name("a.exe").unwrap_err();
        assert_eq!(err.code, "unsupported_format");
        assert_eq!(checked_name("..").unwrap_err().code, "bad_parameter");
    }
}
