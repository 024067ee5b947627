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
