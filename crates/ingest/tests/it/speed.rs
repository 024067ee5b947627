//! Throughput over the UN General Debate corpus, when unpacked at /tmp/ungdc.
//! Run: `cargo test -p dossier-ingest --release --test it -- --ignored --nocapture speed`.

use dossier_ingest::{parse, Config};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

#[test]
#[ignore]
fn speed_over_ungdc() {
    let mut paths = vec![];
    files(Path::new("/tmp/ungdc"), &mut paths);
    if paths.is_empty() {
        eprintln!("note: /tmp/ungdc absent: tar xzf ../shared/bench/ungdc.tar.gz -C /tmp/ungdc");
        return;
    }
    paths.sort();
    let contents: Vec<(PathBuf, Vec<u8>)> = paths
        .into_iter()
        .filter_map(|p| Some((p.clone(), std::fs::read(&p).ok()?)))
        .collect();
    let total: usize = contents.iter().map(|(_, b)| b.len()).sum();
    let config = Config::default();
    let start = Instant::now();
    let (mut passages, mut failures) = (0usize, 0usize);
    for (path, bytes) in &contents {
        match parse(path, bytes, &config) {
            Ok(doc) => passages += doc.passages.len(),
            Err(e) => {
                eprintln!("failed: {e}");
                failures += 1;
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "ingested {} files, {:.1} MB in {secs:.2} s: {:.0} MB/s, {passages} passages, {failures} failures",
        contents.len(),
        total as f64 / 1e6,
        total as f64 / 1e6 / secs
    );
    assert!(failures * 100 <= contents.len(), "too many failures");
}
