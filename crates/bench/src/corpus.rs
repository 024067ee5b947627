//! The files of a corpus, as the engine's scan would find them, and parsing them.

use anyhow::{Context, Result};
use dossier_model::Document;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Instant;

use dossier_ingest::format::EXTENSIONS as SUPPORTED;

pub struct File {
    pub path: PathBuf,
    pub size: u64,
}

/// Every supported, non-hidden file under `roots`, sorted by path.
pub fn scan(roots: &[PathBuf]) -> Result<Vec<File>> {
    let mut files = Vec::new();
    for root in roots {
        let meta =
            std::fs::metadata(root).with_context(|| format!("{}: cannot read", root.display()))?;
        if !meta.is_dir() {
            files.push(File {
                path: root.clone(),
                size: meta.len(),
            });
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker.filter_map(|e| e.ok()) {
            if entry.file_type().is_file() && supported(entry.path()) {
                let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
                files.push(File {
                    path: entry.path().to_path_buf(),
                    size,
                });
            }
        }
    }
    Ok(files)
}

fn supported(path: &Path) -> bool {
    match path.extension() {
        None => true,
        Some(ext) => SUPPORTED.contains(&ext.to_string_lossy().to_ascii_lowercase().as_str()),
    }
}

/// Keep the first files (in path order) up to `max_bytes` (all if `None`).
pub fn limit(mut files: Vec<File>, max_bytes: Option<u64>) -> Vec<File> {
    let Some(max_bytes) = max_bytes else {
        return files;
    };
    let mut bytes = 0;
    let keep = files
        .iter()
        .take_while(|f| {
            bytes += f.size;
            bytes <= max_bytes
        })
        .count();
    files.truncate(keep.max(1).min(files.len()));
    files
}

/// Parsed documents, and how long reading and parsing took (wall clock, in parallel).
pub struct Loaded {
    pub documents: Vec<Document>,
    /// Bytes of the originals that parsed.
    pub bytes: u64,
    pub failed: usize,
    pub read_seconds: f64,
    pub parse_seconds: f64,
}

pub fn load(files: &[File]) -> Loaded {
    let started = Instant::now();
    let originals: Vec<(PathBuf, Vec<u8>)> = files
        .par_iter()
        .filter_map(|f| {
            std::fs::read(&f.path)
                .ok()
                .map(|bytes| (f.path.clone(), bytes))
        })
        .collect();
    let read_seconds = started.elapsed().as_secs_f64();
    let config = dossier_ingest::Config::default();
    // Compile the parser's patterns before timing (a one-time cost per process).
    if let Some((path, bytes)) = originals.first() {
        let _ = std::hint::black_box(dossier_ingest::parse(path, bytes, &config));
    }
    let started = Instant::now();
    let parsed: Vec<Option<(u64, Document)>> = originals
        .par_iter()
        .map(|(path, bytes)| {
            dossier_ingest::parse(path, bytes, &config)
                .ok()
                .map(|d| (bytes.len() as u64, d))
        })
        .collect();
    let parse_seconds = started.elapsed().as_secs_f64();
    let failed = files.len() - parsed.iter().flatten().count();
    let bytes = parsed.iter().flatten().map(|(n, _)| n).sum();
    Loaded {
        documents: parsed.into_iter().flatten().map(|(_, d)| d).collect(),
        bytes,
        failed,
        read_seconds,
        parse_seconds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(names: &[&str], max_bytes: Option<u64>, expect: &[&str]) {
        let dir = tempfile::tempdir().unwrap();
        for name in names {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, b"The council met twice in May.\n").unwrap();
        }
        let files = limit(scan(&[dir.path().to_path_buf()]).unwrap(), max_bytes);
        let got: Vec<String> = files
            .iter()
            .map(|f| {
                f.path
                    .strip_prefix(dir.path())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(got, expect, "{names:?} limited to {max_bytes:?}");
    }

    #[test]
    fn scans_like_the_engine() {
        for (names, max_bytes, expect) in [
            (&["b.txt", "a.md"][..], None, &["a.md", "b.txt"][..]),
            (&["x.png", "y.html"], None, &["y.html"]),
            (
                &[".hidden/z.txt", "Session 1/s p.txt"],
                None,
                &["Session 1/s p.txt"],
            ),
            (&["NOEXT"], None, &["NOEXT"]),
            (&["a.txt", "b.txt", "c.txt"], Some(40), &["a.txt"]),
            (&["a.txt", "b.txt"], Some(1), &["a.txt"]),
        ] {
            check(names, max_bytes, expect);
        }
    }

    #[test]
    fn loads_and_counts_failures() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ok.txt"), b"A court sat in June 2004.\n").unwrap();
        std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
        let files = scan(&[dir.path().to_path_buf()]).unwrap();
        let loaded = load(&files);
        assert_eq!(loaded.documents.len(), 1);
        assert_eq!(loaded.failed, 1);
        assert!(loaded.bytes > 0);
    }
}
