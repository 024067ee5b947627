//! Where the time of one PDF's ingest goes, phase by phase (best of N runs each).
//! `cargo run --release -p dossier-ingest --example pdf_phases -- FILE.pdf [RUNS]`

use dossier_ingest::pdf::{self, Extractor};
use dossier_ingest::{parse, Config};
use std::path::Path;
use std::time::{Duration, Instant};

/// Time this thread has spent on a CPU (Linux `/proc/thread-self/schedstat`): on a host
/// shared with other work, wall time measures the neighbours too.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Best wall time of `runs` runs, and the least CPU time of this thread in one.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut best_cpu = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let c = cpu_time();
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        if let (Some(c), Some(now)) = (c, cpu_time()) {
            best_cpu = best_cpu.min(now - c);
        }
        out = Some(v);
    }
    if best_cpu != Duration::MAX {
        eprintln!(
            "  (this thread's CPU: {:.1} ms)",
            best_cpu.as_secs_f64() * 1000.0
        );
    }
    (best, out.expect("one run at least"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a PDF file");
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
    let bytes = std::fs::read(&path).expect("readable file");
    let (t_tool, _) = best(runs, || {
        std::process::Command::new("pdftotext")
            .args(["-q", "-enc", "UTF-8", &path, "/dev/null"])
            .status()
            .expect("pdftotext runs")
    });
    let (t_raw, pages) = best(runs, || pdf::raw_pages(&bytes, Extractor::Poppler).unwrap());
    let (t_clean, _) = best(runs, || pdf::layout::clean_with(&pages, true));
    let (t_info, _) = best(runs, || lopdf::Document::load_metadata_mem(&bytes).ok());
    let (t_extract, extracted) = best(runs, || pdf::extract(&bytes).unwrap());
    let (t_parse, doc) = best(runs, || {
        parse(Path::new(&path), &bytes, &Config::default()).unwrap()
    });
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "pages {}, text {} bytes, kept {} bytes",
        pages.len(),
        extracted.text.len(),
        doc.text.len()
    );
    println!("pdftotext FILE /dev/null      {:8.1} ms", ms(t_tool));
    println!("pdftotext via stdin pipe      {:8.1} ms", ms(t_raw));
    println!("cleaning (layout)             {:8.1} ms", ms(t_clean));
    println!("Info dictionary (lopdf)       {:8.1} ms", ms(t_info));
    println!(
        "pdf::extract (all of the PDF) {:8.1} ms  (rest: {:.1} ms)",
        ms(t_extract),
        ms(t_extract) - ms(t_raw) - ms(t_clean)
    );
    println!(
        "parse (whole ingest of file)  {:8.1} ms  (after extract: {:.1} ms)",
        ms(t_parse),
        ms(t_parse) - ms(t_extract)
    );
    println!(
        "ratio parse / pdftotext       {:8.2}",
        t_parse.as_secs_f64() / t_tool.as_secs_f64()
    );
}
