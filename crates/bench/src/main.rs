//! `dossier-bench`: throughput, memory and latency of the real `dossier::Engine`.
//!
//! ```text
//! dossier-bench [--json] ingest  --corpus DIR [--corpus DIR..] [--no-extract] [--keep DIR]
//! dossier-bench [--json] search  --store DIR [--queries N] [--limit N]
//! dossier-bench [--json] extract --corpus DIR [--limit-mb N] [--stages]
//! dossier-bench [--json] ask     --store DIR [--queries N] [--questions FILE.jsonl]
//! dossier-bench [--json] all     --corpus DIR [--queries N] [--work DIR]
//! dossier-bench [--json] pdf     --corpus DIR [--corpus DIR..] [--gold EVENTS.jsonl]
//! ```
//!
//! `all` runs each of the others in a child process (so each peak-memory figure is
//! its own) and prints their figures together. Threads: set `RAYON_NUM_THREADS`.
//! A benchmark is also a test: the command fails if a query errs or finds nothing
//! where it must.

mod ask;
mod corpus;
mod extract;
mod ingest;
mod pdf;
mod search;
mod stats;
mod sys;

use anyhow::{bail, Context, Result};
use serde_json::Value;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  dossier-bench [--json] ingest  --corpus DIR [--corpus DIR..] [--no-extract] [--keep DIR]
  dossier-bench [--json] search  --store DIR [--queries N] [--limit N]
  dossier-bench [--json] extract --corpus DIR [--limit-mb N] [--stages]
  dossier-bench [--json] ask     --store DIR [--queries N] [--questions FILE.jsonl]
  dossier-bench [--json] all     --corpus DIR [--queries N] [--work DIR]
  dossier-bench [--json] pdf     --corpus DIR [--corpus DIR..] [--gold EVENTS.jsonl]
                                  (PDF text-layer candidates; --gold: quotes to find)

  --queries N   timed searches (default 1000) or questions (default 3 per question)";

#[derive(Clone, Debug, Default, PartialEq)]
struct Args {
    command: String,
    json: bool,
    corpus: Vec<PathBuf>,
    store: Option<PathBuf>,
    keep: Option<PathBuf>,
    work: Option<PathBuf>,
    no_extract: bool,
    stages: bool,
    queries: Option<usize>,
    questions: Option<PathBuf>,
    gold: Option<PathBuf>,
    limit: usize,
    limit_mb: Option<f64>,
}

fn parse_args(raw: impl IntoIterator<Item = String>) -> Result<Args> {
    let mut args = Args {
        limit: 10,
        ..Args::default()
    };
    let mut raw = raw.into_iter();
    while let Some(arg) = raw.next() {
        let mut value = |name: &str| {
            raw.next()
                .with_context(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--json" => args.json = true,
            "--no-extract" => args.no_extract = true,
            "--stages" => args.stages = true,
            "--corpus" => args.corpus.push(value("--corpus")?.into()),
            "--store" => args.store = Some(value("--store")?.into()),
            "--keep" => args.keep = Some(value("--keep")?.into()),
            "--work" => args.work = Some(value("--work")?.into()),
            "--queries" => args.queries = Some(value("--queries")?.parse().context("--queries")?),
            "--questions" => args.questions = Some(value("--questions")?.into()),
            "--gold" => args.gold = Some(value("--gold")?.into()),
            "--limit" => args.limit = value("--limit")?.parse().context("--limit")?,
            "--limit-mb" => {
                args.limit_mb = Some(value("--limit-mb")?.parse().context("--limit-mb")?)
            }
            "-h" | "--help" => args.command = "help".into(),
            flag if flag.starts_with('-') => bail!("unknown option {flag}\n{USAGE}"),
            command if args.command.is_empty() => args.command = command.into(),
            other => bail!("unexpected argument {other}\n{USAGE}"),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1)).and_then(|args| run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier-bench: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> Result<()> {
    let figures = match args.command.as_str() {
        "ingest" => ingest(args)?,
        "search" => search(args)?,
        "extract" => extract(args)?,
        "ask" => ask(args)?,
        "all" => all(args)?,
        "pdf" => pdf::run(&need_corpus(args)?, args.gold.as_deref())?,
        "help" => {
            println!("{USAGE}");
            return Ok(());
        }
        "" => bail!("no command\n{USAGE}"),
        other => bail!("unknown command {other}\n{USAGE}"),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&figures)?);
    } else {
        print!("{}", table(&figures));
    }
    Ok(())
}

fn need_corpus(args: &Args) -> Result<Vec<PathBuf>> {
    if args.corpus.is_empty() {
        bail!("--corpus DIR is required\n{USAGE}");
    }
    Ok(args.corpus.clone())
}

fn ingest(args: &Args) -> Result<Value> {
    let figures = ingest::run(&ingest::Options {
        corpus: need_corpus(args)?,
        extract: !args.no_extract,
        keep: args.keep.clone(),
    })?;
    Ok(serde_json::to_value(figures)?)
}

fn search(args: &Args) -> Result<Value> {
    let store = args
        .store
        .clone()
        .with_context(|| format!("--store DIR is required\n{USAGE}"))?;
    let figures = search::run(&search::Options {
        store,
        queries: args.queries.unwrap_or(1000),
        limit: args.limit,
    })?;
    Ok(serde_json::to_value(figures)?)
}

fn extract(args: &Args) -> Result<Value> {
    let figures = extract::run(&extract::Options {
        corpus: need_corpus(args)?,
        limit_bytes: args.limit_mb.map(|mb| (mb * 1e6) as u64),
        stages: args.stages,
    })?;
    Ok(serde_json::to_value(figures)?)
}

fn ask(args: &Args) -> Result<Value> {
    let store = args
        .store
        .clone()
        .with_context(|| format!("--store DIR is required\n{USAGE}"))?;
    let n_questions = match &args.questions {
        Some(path) => ask::read_questions(path)?.len(),
        None => ask::QUESTIONS.len(),
    };
    let figures = ask::run(&ask::Options {
        store,
        questions_file: args.questions.clone(),
        runs: args.queries.unwrap_or(3 * n_questions),
    })?;
    Ok(serde_json::to_value(figures)?)
}

/// Every benchmark, each in its own process, figures merged under one object.
fn all(args: &Args) -> Result<Value> {
    let corpus = need_corpus(args)?;
    let parent = args.work.clone().unwrap_or_else(std::env::temp_dir);
    let work = tempfile::Builder::new()
        .prefix("dossier-bench-all-")
        .tempdir_in(&parent)
        .with_context(|| format!("{}: cannot create a work directory", parent.display()))?;
    let store = work.path().join("store");
    let corpus_args: Vec<String> = corpus
        .iter()
        .flat_map(|c| ["--corpus".to_string(), c.display().to_string()])
        .collect();
    let with = |command: &str, extra: &[&str], with_corpus: bool| {
        let mut v = vec![command.to_string()];
        if with_corpus {
            v.extend(corpus_args.iter().cloned());
        }
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let store_arg = store.display().to_string();
    let queries = args.queries.unwrap_or(1000).to_string();
    let runs: Vec<(&str, Vec<String>)> = vec![
        ("ingest_no_extract", with("ingest", &["--no-extract"], true)),
        (
            "ingest_extract",
            with("ingest", &["--keep", &store_arg], true),
        ),
        (
            "search",
            with(
                "search",
                &["--store", &store_arg, "--queries", &queries],
                false,
            ),
        ),
        ("ask", with("ask", &["--store", &store_arg], false)),
        ("extract", with("extract", &["--stages"], true)),
    ];
    let mut out = serde_json::Map::new();
    let machine = sys::Machine::now();
    let mut targets = Vec::new();
    for (name, child_args) in runs {
        eprintln!("dossier-bench: {name} ...");
        let value = child(&child_args)?;
        if let Some(Value::Array(t)) = value.get("targets") {
            targets.extend(t.iter().cloned());
        }
        out.insert(name.into(), value);
    }
    out.insert("machine".into(), serde_json::to_value(machine.finish())?);
    out.insert("targets".into(), Value::Array(targets));
    Ok(Value::Object(out))
}

fn child(args: &[String]) -> Result<Value> {
    let exe = std::env::current_exe().context("cannot find this executable")?;
    let output = std::process::Command::new(exe)
        .arg("--json")
        .args(args)
        .stderr(std::process::Stdio::inherit())
        .output()
        .with_context(|| format!("cannot run {args:?}"))?;
    if !output.status.success() {
        bail!("{args:?} failed ({})", output.status);
    }
    serde_json::from_slice(&output.stdout).with_context(|| format!("{args:?}: bad JSON"))
}

/// Flatten figures into `path  value` lines; arrays of objects become one line each.
fn table(value: &Value) -> String {
    let mut rows = Vec::new();
    flatten("", value, &mut rows);
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    rows.iter()
        .map(|(k, v)| format!("{k:width$}  {v}\n"))
        .collect()
}

fn flatten(prefix: &str, value: &Value, rows: &mut Vec<(String, String)>) {
    let key = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&key(k), v, rows);
            }
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            let items: Vec<String> = items.iter().map(scalar).collect();
            rows.push((prefix.to_string(), items.join(", ")));
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let line = match item {
                    Value::Object(map) => map
                        .iter()
                        .map(|(k, v)| format!("{k}={}", scalar(v)))
                        .collect::<Vec<_>>()
                        .join("  "),
                    other => scalar(other),
                };
                rows.push((format!("{prefix}[{i}]"), line));
            }
        }
        other => rows.push((prefix.to_string(), scalar(other))),
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() => format!("{f:.3}"),
            _ => n.to_string(),
        },
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Result<Args, &str>) {
        let got = parse_args(input.split_whitespace().map(str::to_string));
        match (got, expect) {
            (Ok(got), Ok(expect)) => assert_eq!(got, expect, "{input}"),
            (Err(e), Err(needle)) => assert!(e.to_string().contains(needle), "{input}: {e}"),
            (got, expect) => panic!("{input}: got {got:?}, expected {expect:?}"),
        }
    }

    #[test]
    fn parses_commands_and_options() {
        let base = Args {
            limit: 10,
            ..Args::default()
        };
        for (input, expect) in [
            (
                "--json ingest --corpus /c --no-extract",
                Ok(Args {
                    command: "ingest".into(),
                    json: true,
                    corpus: vec!["/c".into()],
                    no_extract: true,
                    ..base.clone()
                }),
            ),
            (
                "search --store /s --queries 50",
                Ok(Args {
                    command: "search".into(),
                    store: Some("/s".into()),
                    queries: Some(50),
                    ..base.clone()
                }),
            ),
            (
                "extract --corpus /a --corpus /b --limit-mb 2.5 --stages",
                Ok(Args {
                    command: "extract".into(),
                    corpus: vec!["/a".into(), "/b".into()],
                    limit_mb: Some(2.5),
                    stages: true,
                    ..base.clone()
                }),
            ),
            ("search --queries many", Err("--queries")),
            ("ingest --corpus", Err("needs a value")),
            ("ingest --fast", Err("unknown option")),
            ("ingest extra", Err("unexpected argument")),
        ] {
            check(input, expect);
        }
    }

    #[test]
    fn unknown_commands_and_missing_inputs_fail() {
        for input in ["", "frobnicate", "ingest", "search", "extract", "ask"] {
            let args = parse_args(input.split_whitespace().map(str::to_string)).unwrap();
            assert!(run(&args).is_err(), "{input:?} should fail");
        }
    }

    #[test]
    fn table_flattens_nested_figures() {
        let value = serde_json::json!({
            "search": {"latency": {"p99_ms": 1.25, "n": 3}},
            "targets": [{"name": "p99", "met": true}],
            "load": [0.5, 1.0],
            "ask": null
        });
        let text = table(&value);
        for line in [
            "search.latency.p99_ms  1.250",
            "search.latency.n       3",
            "targets[0]             met=true  name=p99",
            "load                   0.500, 1.000",
            "ask                    -",
        ] {
            assert!(text.contains(line), "{line:?} missing from\n{text}");
        }
    }
}
