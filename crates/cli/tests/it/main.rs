//! End-to-end tests of the `dossier` binary: what a user types, what they see.

mod bad_input;
mod reference;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn dossier(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--store")
        .arg(store)
        .args(args)
        .env_remove("DOSSIER_STORE")
        .output()
        .expect("run dossier")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn json(output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "dossier failed: {}",
        stderr(output)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("bad JSON ({e}): {}", stdout(output)))
}

/// The reference corpus beside the repository, if present.
pub fn reference_corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/kazakhstan");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} not found; reference tests skipped", dir.display());
        None
    }
}

pub fn examples_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

/// A passage of a PDF is cited with its page, at the terminal and in `--json`.
#[test]
fn citations_into_a_pdf_name_the_page() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        eprintln!("note: pdftotext absent; skipped");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let pdf = examples_corpus().join("amnesty-declaration-2025.pdf");
    let out = dossier(&store, &["ingest", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Page 2 of the declaration lists its signatories.
    let out = dossier(&store, &["search", "Andersen Denmark"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("p. 2 ["), "{}", stdout(&out));
    let found = json(&dossier(&store, &["--json", "search", "Andersen Denmark"]));
    assert_eq!(found["hits"][0]["page"], 2, "{found}");
    let found = json(&dossier(
        &store,
        &["--json", "search", "amnesty reform criminal justice"],
    ));
    assert_eq!(found["hits"][0]["page"], 1, "{found}");
}
