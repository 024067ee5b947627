//! `dossier-bench pdf`: the PDF text-layer candidates side by side.
//!
//! For every PDF under the corpus folders, each candidate extracts the text once
//! (sequentially, one file at a time) and is scored against poppler's `pdftotext`
//! default output, the reference:
//! - **failed**: files the candidate returned an error for (or panicked on);
//! - **word recall**: of the reference's words (maximal runs of letters, two or more,
//!   lowercased; a multiset), the share the candidate also has;
//! - **garbage**: of the candidate's words (same runs, case kept), the share that do
//!   not look like words: an upper-case letter right after a lower-case one ("PrtQ",
//!   "xrVtkQY"), or four or more letters with no vowel (a e i o u y, or any non-ASCII
//!   letter);
//! - **seconds**: wall-clock time for all files;
//! - **gold quotes** (with `--gold EVENTS.jsonl`, lines with `doc` = file stem and
//!   `quote`): how many quotes stand in the candidate's text, whitespace folded.
//!
//! Candidates: the built-in `pdf-extract` (raw pages), `pdftotext` (default mode),
//! `pdftotext -layout`, `pdftotext -raw`, `pdftotext -bbox-layout` (parsed), and the kept text dossier makes
//! (`pdf::extract`: pdftotext plus furniture removal and paragraph joining).

use anyhow::{bail, Result};
use dossier_ingest::pdf::{self, poppler, Extractor};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn pdfs(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in dirs {
        if dir.is_file() {
            out.push(dir.clone());
            continue;
        }
        for entry in walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(|e| e.ok())
        {
            let p = entry.path();
            if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")) {
                out.push(p.to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().nth(1).is_some())
}

fn bag(text: &str) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for w in words(text) {
        *out.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    out
}

/// Whether a word does not look like one (see the module comment).
pub fn garbage(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let camel = chars
        .windows(2)
        .any(|w| w[0].is_lowercase() && w[1].is_uppercase());
    let vowel = chars
        .iter()
        .any(|c| !c.is_ascii() || "aeiouyAEIOUY".contains(*c));
    camel || (chars.len() >= 4 && !vowel)
}

/// A text-layer extractor under test: PDF bytes to text, or the reason it failed.
type Extract = Box<dyn Fn(&[u8]) -> Result<String, String>>;
type Candidate = (&'static str, Extract);
/// A PDF of the corpus: its path, its bytes, and the reference's word counts.
type Reference = (PathBuf, Vec<u8>, Option<HashMap<String, usize>>);

fn poppler_mode(args: &'static [&'static str]) -> Extract {
    Box::new(move |bytes: &[u8]| {
        poppler::run(bytes, args, poppler::Limits::for_input(bytes.len()))
            .map_err(|f| format!("{f:?}"))
    })
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Gold quotes by document stem.
fn read_gold(path: &Path) -> Result<HashMap<String, Vec<String>>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for line in std::fs::read_to_string(path)?.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line)?;
        if let (Some(doc), Some(quote)) = (v["doc"].as_str(), v["quote"].as_str()) {
            out.entry(doc.to_string()).or_default().push(fold(quote));
        }
    }
    Ok(out)
}

pub fn run(dirs: &[PathBuf], gold: Option<&Path>) -> Result<Value> {
    let gold = gold.map(read_gold).transpose()?.unwrap_or_default();
    let files = pdfs(dirs);
    if files.is_empty() {
        bail!("no PDF files under the corpus folders");
    }
    let reference: Vec<Reference> = files
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap_or_default();
            let text = poppler::run(&bytes, &[], poppler::Limits::for_input(bytes.len())).ok();
            (p.clone(), bytes, text.as_deref().map(bag))
        })
        .collect();
    if reference.iter().all(|r| r.2.is_none()) {
        bail!("pdftotext (poppler-utils) gives no reference text: is it installed?");
    }
    let candidates: Vec<Candidate> = vec![
        (
            "pdf-extract (built-in)",
            Box::new(|b: &[u8]| pdf::raw_pages(b, Extractor::Builtin).map(|p| p.join("\n"))),
        ),
        ("pdftotext", poppler_mode(&[])),
        ("pdftotext -layout", poppler_mode(&["-layout"])),
        ("pdftotext -raw", poppler_mode(&["-raw"])),
        (
            "pdftotext -bbox-layout (words as printed)",
            Box::new(|b: &[u8]| {
                poppler::run(b, &["-bbox-layout"], poppler::Limits::for_input(b.len()))
                    .map(|x| pdf::bbox::pages(&x).join("\n"))
                    .map_err(|f| format!("{f:?}"))
            }),
        ),
        (
            "dossier kept text (pdftotext + cleaning)",
            Box::new(|b: &[u8]| pdf::extract_with(b, Extractor::Poppler).map(|t| t.text)),
        ),
        (
            "dossier kept text (built-in + cleaning)",
            Box::new(|b: &[u8]| pdf::extract_with(b, Extractor::Builtin).map(|t| t.text)),
        ),
    ];
    let mut rows = Vec::new();
    // The built-in extractor panics on some files; the panic is caught and counted, and
    // its message would only clutter the figures.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for (name, extract) in &candidates {
        let mut failed = Vec::new();
        let (mut hit, mut total, mut bad, mut seen) = (0usize, 0usize, 0usize, 0usize);
        let start = Instant::now();
        let mut texts = Vec::new();
        for (path, bytes, _) in &reference {
            let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(bytes)));
            match out {
                Ok(Ok(text)) => texts.push(Some(text)),
                Ok(Err(e)) => {
                    failed.push(format!("{}: {e}", name_of(path)));
                    texts.push(None);
                }
                Err(_) => {
                    failed.push(format!("{}: panicked", name_of(path)));
                    texts.push(None);
                }
            }
        }
        let seconds = start.elapsed().as_secs_f64();
        let mut per_file = Vec::new();
        let (mut quotes, mut quotes_found) = (0usize, 0usize);
        for ((path, _, _), text) in reference.iter().zip(&texts) {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let want = gold.get(&stem).map(Vec::as_slice).unwrap_or(&[]);
            quotes += want.len();
            if let Some(text) = text {
                let folded = fold(text);
                quotes_found += want.iter().filter(|q| folded.contains(q.as_str())).count();
            }
        }
        for ((path, _, reference), text) in reference.iter().zip(&texts) {
            let Some(reference) = reference else { continue };
            let want = reference.values().sum::<usize>();
            total += want;
            let Some(text) = text else { continue };
            let got = bag(text);
            let found = reference
                .iter()
                .map(|(w, n)| (*n).min(got.get(w).copied().unwrap_or(0)))
                .sum::<usize>();
            hit += found;
            let (mut n, mut b) = (0usize, 0usize);
            for w in words(text) {
                n += 1;
                b += usize::from(garbage(w));
            }
            seen += n;
            bad += b;
            per_file.push(format!(
                "{}: recall {:.3}, garbage {:.3}",
                name_of(path),
                found as f64 / want.max(1) as f64,
                b as f64 / n.max(1) as f64
            ));
        }
        rows.push(json!({
            "candidate": name,
            "files": reference.len(),
            "failed": failed.len(),
            "word_recall": round(hit as f64 / total.max(1) as f64),
            "garbage_rate": round(bad as f64 / seen.max(1) as f64),
            "seconds": round(seconds),
            "gold_quotes": format!("{quotes_found} of {quotes}"),
            "failures": failed,
            "per_file": per_file,
        }));
    }
    std::panic::set_hook(hook);
    Ok(json!({ "pdf": rows }))
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_words_are_told_from_words() {
        for w in ["PrtQ", "xrVtkQY", "Bkrtt"] {
            assert!(garbage(w), "{w}");
        }
        for w in [
            "Death",
            "penalty",
            "OSCE",
            "Lukashenka",
            "rhythm",
            "Ihar",
            "Myalik",
        ] {
            assert!(!garbage(w), "{w}");
        }
    }
}
