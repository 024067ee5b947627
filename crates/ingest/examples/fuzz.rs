//! A fuzzer for the PDF and HTML readers that runs on stable Rust for a given time
//! (cargo-fuzz needs a nightly toolchain): damaged copies of seed files, two seeds
//! spliced together, and random bytes, each read by `dossier_ingest::parse` as a file
//! of the seed's kind, with the per-file bounds of a real run.
//!
//! ```text
//! cargo run --release -p dossier-ingest --example fuzz -- [--seconds N] [--salt N]
//!     [--max-seconds-per-file N] [--max-rss-mb N] [--out DIR] [SEED_FILE_OR_DIR...]
//! ```
//!
//! Seeds: the `.pdf`, `.html` and `.htm` files given (folders are walked one level
//! deep); without any, the HTML fixtures of `tests/fixtures` and the PDFs of
//! `../shared/corpus/ai-report-pdfs` when present. Every 4th PDF input also goes
//! through the built-in extractor (it runs in this process; its panics must be caught).
//!
//! Found, each saved to `--out` (default `target/fuzz-found`) with its reason:
//! - a panic that reaches the caller of `parse` (a bug: the readers catch their own);
//! - a file whose `parse` takes longer than `--max-seconds-per-file` (default: the
//!   `pdftotext` bound for its size, 30 s + 1 s per MB, plus 10 s): a hang;
//! - a resident set above `--max-rss-mb` (default 2048) after a file;
//! - a document whose page starts or passages fall outside its kept text.
//!
//! The exit status is 1 when anything was found, 0 otherwise. The same `--salt`
//! makes the same inputs.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{Damage, Mutator, HTML_DAMAGE, PDF_DAMAGE};
use dossier_ingest::pdf::{self, poppler, Extractor};
use dossier_ingest::{parse, Config};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Pdf,
    Html,
}

impl Kind {
    fn of(path: &Path) -> Option<Kind> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "pdf" => Some(Kind::Pdf),
            "html" | "htm" => Some(Kind::Html),
            _ => None,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Kind::Pdf => "fuzz.pdf",
            Kind::Html => "fuzz.html",
        }
    }
    fn damage(self) -> Damage {
        match self {
            Kind::Pdf => PDF_DAMAGE,
            Kind::Html => HTML_DAMAGE,
        }
    }
}

struct Options {
    seconds: u64,
    salt: u64,
    per_file: Option<Duration>,
    max_rss_mb: u64,
    out: PathBuf,
    seeds: Vec<PathBuf>,
}

fn usage(problem: &str) -> ! {
    eprintln!("fuzz: {problem}");
    eprintln!("usage: fuzz [--seconds N] [--salt N] [--max-seconds-per-file N] [--max-rss-mb N] [--out DIR] [SEED_FILE_OR_DIR...]");
    std::process::exit(2)
}

fn options() -> Options {
    let mut o = Options {
        seconds: 60,
        salt: 1,
        per_file: None,
        max_rss_mb: 2048,
        out: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/fuzz-found"),
        seeds: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |what: &str| -> u64 {
            args.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| usage(&format!("{what} needs a whole number")))
        };
        match arg.as_str() {
            "--seconds" => o.seconds = number("--seconds"),
            "--salt" => o.salt = number("--salt"),
            "--max-seconds-per-file" => {
                o.per_file = Some(Duration::from_secs(number("--max-seconds-per-file")))
            }
            "--max-rss-mb" => o.max_rss_mb = number("--max-rss-mb"),
            "--out" => {
                o.out = args
                    .next()
                    .map(PathBuf::from)
                    .unwrap_or_else(|| usage("--out needs a folder"))
            }
            s if s.starts_with("--") => usage(&format!("unknown option {s}")),
            _ => o.seeds.push(PathBuf::from(arg)),
        }
    }
    o
}

/// Seed files: the paths given (folders one level deep), else the defaults.
fn seeds(given: &[PathBuf]) -> Vec<(Kind, PathBuf, Vec<u8>)> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let defaults = [
        manifest.join("tests/fixtures"),
        manifest.join("../../../shared/corpus/ai-report-pdfs"),
    ];
    let roots: Vec<PathBuf> = if given.is_empty() {
        defaults.into_iter().filter(|p| p.exists()).collect()
    } else {
        given.to_vec()
    };
    let mut files = Vec::new();
    for root in roots {
        if root.is_dir() {
            let Ok(entries) = std::fs::read_dir(&root) else {
                usage(&format!("cannot read the folder {}", root.display()))
            };
            let mut inside: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            inside.sort();
            files.extend(inside.into_iter().filter(|p| Kind::of(p).is_some()));
        } else if Kind::of(&root).is_some() {
            files.push(root);
        } else if !given.is_empty() {
            usage(&format!(
                "{}: not a .pdf, .html or .htm file",
                root.display()
            ));
        }
    }
    let mut out = Vec::new();
    for path in files {
        match std::fs::read(&path) {
            Ok(bytes) => out.push((Kind::of(&path).expect("filtered"), path, bytes)),
            Err(e) => usage(&format!("cannot read {}: {e}", path.display())),
        }
    }
    out
}

/// This process's resident set in MB (Linux), 0 when unknown.
fn rss_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

/// What went wrong with one input, if anything.
fn check(kind: Kind, bytes: &[u8]) -> Option<String> {
    let name = kind.name();
    let read = std::panic::catch_unwind(|| parse(Path::new(name), bytes, &Config::default()));
    match read {
        Err(_) => Some(format!(
            "panic reached the caller of parse: {}",
            last_panic()
        )),
        Ok(Err(e)) if !e.to_string().contains(name) => {
            Some(format!("error that does not name the file: {e}"))
        }
        Ok(Err(_)) => None,
        Ok(Ok(doc)) => {
            let len = doc.text.len();
            if !doc.pages.windows(2).all(|w| w[0] <= w[1])
                || doc.pages.iter().any(|&p| p as usize > len)
            {
                return Some(format!("page starts outside the text: {:?}", doc.pages));
            }
            if let Some(p) = doc
                .passages
                .iter()
                .find(|p| p.start > p.end || p.end as usize > len)
            {
                return Some(format!("passage {p:?} outside the text of {len} bytes"));
            }
            if kind == Kind::Pdf {
                let builtin = std::panic::catch_unwind(|| {
                    let _ = pdf::extract_with(bytes, Extractor::Builtin);
                });
                if builtin.is_err() {
                    return Some(format!("the built-in extractor panicked: {}", last_panic()));
                }
            }
            None
        }
    }
}

static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

fn last_panic() -> String {
    LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default()
}

fn main() {
    let o = options();
    let seeds = seeds(&o.seeds);
    if seeds.is_empty() {
        usage("no seed files (.pdf, .html, .htm)");
    }
    // Panics the readers catch themselves are expected (the built-in PDF extractor
    // panics on damaged files): keep the message for a report, print nothing.
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut last) = LAST_PANIC.lock() {
            *last = info.to_string();
        }
    }));
    let started = Instant::now();
    let budget = Duration::from_secs(o.seconds);
    let mut mutators: Vec<Mutator> = seeds
        .iter()
        .enumerate()
        .map(|(i, (kind, _, bytes))| {
            Mutator::new(
                o.salt ^ ((i as u64 + 1) << 32) ^ bytes.len() as u64,
                kind.damage(),
            )
        })
        .collect();
    let mut random = Mutator::new(o.salt, PDF_DAMAGE);
    let (mut inputs, mut found) = (0u64, 0u64);
    let mut slowest = (Duration::ZERO, String::new());
    let mut peak_rss = 0;
    let _ = std::fs::create_dir_all(&o.out);
    let mut round = 0usize;
    while started.elapsed() < budget {
        let i = round % seeds.len();
        let (kind, path, seed) = &seeds[i];
        // Mostly one damage at a time; every 7th input two seeds of a kind spliced,
        // every 11th a second damage on top, every 13th random bytes.
        let (what, bytes) = if round % 13 == 12 {
            ("random bytes", random.random_bytes(4096))
        } else if round % 7 == 6 {
            let other = seeds
                .iter()
                .enumerate()
                .filter(|(j, (k, _, _))| j != &i && k == kind)
                .map(|(_, s)| &s.2)
                .nth(round % seeds.len().max(1))
                .unwrap_or(seed);
            let cut_a = mutators[i].mutant(seed).len().min(seed.len());
            let cut_b = (other.len() / 2).min(other.len());
            let mut b = seed[..cut_a].to_vec();
            b.extend_from_slice(&other[cut_b..]);
            ("two seeds spliced", b)
        } else if round % 11 == 10 {
            let once = mutators[i].mutant(seed);
            ("damaged twice", mutators[i].mutant(&once))
        } else {
            ("damaged", mutators[i].mutant(seed))
        };
        round += 1;
        inputs += 1;
        let limit = o.per_file.unwrap_or_else(|| {
            poppler::Limits::for_input(bytes.len()).timeout + Duration::from_secs(10)
        });
        // Read on a thread of its own so a hang is seen (a thread cannot be killed:
        // a hang ends the run).
        let shared = Arc::new(bytes);
        let (send, receive) = mpsc::channel();
        let input = Arc::clone(&shared);
        let kind = *kind;
        let t = Instant::now();
        std::thread::spawn(move || {
            let _ = send.send(check(kind, &input));
        });
        let verdict = match receive.recv_timeout(limit) {
            Ok(v) => v,
            Err(_) => Some(format!("no result after {} s: a hang", limit.as_secs())),
        };
        let took = t.elapsed();
        let label = format!("{} of {} ({})", what, path.display(), kind.name());
        if took > slowest.0 {
            slowest = (took, label.clone());
        }
        let rss = rss_mb();
        peak_rss = peak_rss.max(rss);
        let verdict = verdict.or_else(|| {
            (rss > o.max_rss_mb).then(|| format!("resident set {rss} MB after this file"))
        });
        if let Some(reason) = verdict {
            found += 1;
            let ext = if kind == Kind::Pdf { "pdf" } else { "html" };
            let file = o.out.join(format!("found-{}-{inputs}.{ext}", o.salt));
            let saved = std::fs::write(&file, shared.as_slice()).and_then(|_| {
                std::fs::write(file.with_extension("txt"), format!("{label}\n{reason}\n"))
            });
            eprintln!(
                "FOUND: {label}: {reason} (saved as {}{})",
                file.display(),
                saved
                    .err()
                    .map(|e| format!("; not saved: {e}"))
                    .unwrap_or_default()
            );
            if reason.contains("a hang") {
                break;
            }
        }
        if inputs % 200 == 0 {
            eprintln!(
                "{inputs} inputs in {:.0} s, {found} found, peak RSS {peak_rss} MB",
                started.elapsed().as_secs_f64()
            );
        }
    }
    println!(
        "{inputs} inputs from {} seeds in {:.0} s: {found} found; slowest {:.2} s ({}); peak RSS {peak_rss} MB",
        seeds.len(),
        started.elapsed().as_secs_f64(),
        slowest.0.as_secs_f64(),
        slowest.1
    );
    std::process::exit(if found > 0 { 1 } else { 0 });
}
