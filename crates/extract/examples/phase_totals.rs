//! CPU time per extraction phase over a whole corpus: `cargo run --release -p
//! dossier-extract --example phase_totals -- PATH...` parses every file under the
//! paths, then runs each phase over every document in turn (one thread) and prints
//! its CPU seconds (this thread's, from `/proc/thread-self/schedstat`, so a loaded
//! host skews it less than wall time) and its share. Pin it (`taskset -c 1`) and
//! compare builds side by side: it says which phase a change made faster. With
//! `--total` first, only the whole extraction is timed.

use dossier_model::{Document, Mention};
use std::path::{Path, PathBuf};

fn walk(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut children: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        children.sort();
        for child in children {
            if !child
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                walk(&child, out);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// This thread's CPU seconds so far.
fn cpu() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn main() {
    let mut files = Vec::new();
    let mut total_only = false;
    for arg in std::env::args().skip(1) {
        if arg == "--total" {
            total_only = true;
        } else {
            walk(Path::new(&arg), &mut files);
        }
    }
    let config = dossier_ingest::Config::default();
    let documents: Vec<Document> = files
        .iter()
        .filter_map(|p| dossier_ingest::parse(p, &std::fs::read(p).ok()?, &config).ok())
        .collect();
    let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
    let rules = dossier_extract::rules::Rules::builtin();
    // Compile every matcher before timing.
    if let Some(first) = documents.first() {
        std::hint::black_box(dossier_extract::extract(first));
    }
    let mut rows: Vec<(&str, f64)> = Vec::new();
    let mut timed = |name: &'static str, f: &mut dyn FnMut()| {
        if total_only && name != "extract (all)" {
            return;
        }
        let before = cpu();
        f();
        rows.push((name, cpu() - before));
    };
    let mut times = Vec::new();
    timed("times", &mut || {
        times = documents
            .iter()
            .map(|d| {
                let ctx = dossier_extract::time::AnchorContext::from_document(d);
                dossier_extract::time::tag(&d.text, &ctx)
            })
            .collect();
    });
    let mut sentences = Vec::new();
    timed("sentences", &mut || {
        sentences = documents
            .iter()
            .map(|d| dossier_extract::text::sentences(&d.text))
            .collect();
    });
    let mut mentions: Vec<Vec<Mention>> = Vec::new();
    timed("entities", &mut || {
        mentions = documents
            .iter()
            .map(|d| dossier_extract::entity::entities(&d.text, rules))
            .collect();
    });
    timed("laws", &mut || {
        for (d, m) in documents.iter().zip(mentions.iter_mut()) {
            m.extend(dossier_extract::law::laws(&d.text));
        }
    });
    timed("quantities", &mut || {
        for (d, m) in documents.iter().zip(mentions.iter_mut()) {
            m.extend(dossier_extract::quantity::quantities(&d.text));
        }
    });
    for m in mentions.iter_mut() {
        m.sort_by_key(|m| (m.span, m.kind));
    }
    timed("titles", &mut || {
        for d in &documents {
            std::hint::black_box(dossier_extract::text::titles(&d.text));
        }
    });
    timed("flatten", &mut || {
        for (d, s) in documents.iter().zip(&sentences) {
            std::hint::black_box(dossier_extract::text::flatten(&d.text, s));
        }
    });
    let inputs: Vec<dossier_extract::event::Input> = documents
        .iter()
        .zip(&sentences)
        .zip(&mentions)
        .zip(&times)
        .map(|(((d, s), m), t)| dossier_extract::event::Input {
            text: &d.text,
            sentences: s,
            mentions: m,
            times: t,
            rules,
            period: dossier_extract::time::AnchorContext::from_document(d).period,
        })
        .collect();
    timed("events", &mut || {
        for input in &inputs {
            std::hint::black_box(dossier_extract::event::events(input));
        }
    });
    timed("statements", &mut || {
        for input in &inputs {
            std::hint::black_box(dossier_extract::statement::statements(input));
        }
    });
    timed("extract (all)", &mut || {
        for d in &documents {
            std::hint::black_box(dossier_extract::extract(d));
        }
    });
    let all = rows.last().map_or(1.0, |r| r.1).max(1e-9);
    println!(
        "{} documents, {:.1} MB of text",
        documents.len(),
        bytes as f64 / 1e6
    );
    for (name, s) in &rows {
        println!(
            "{name:>14} {s:8.3} CPU s {:6.1} %  {:8.1} MB/s",
            100.0 * s / all,
            bytes as f64 / 1e6 / s.max(1e-9)
        );
    }
}
