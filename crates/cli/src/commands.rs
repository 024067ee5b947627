//! One function per command.

use crate::output::{self, Style};
use crate::{Cli, Command};
use anyhow::Context;
use dossier::query::timeline::TimelineRequest;
use dossier::{Engine, IngestConfig, SearchRequest};
use dossier_model::{EventKind, PartialDate};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Ingest {
            paths,
            max_file_mb,
            no_extract,
        } => ingest(cli, paths, *max_file_mb, !*no_extract),
        Command::Search {
            query,
            limit,
            publisher,
            from,
            to,
        } => {
            let request = SearchRequest {
                query: query.clone(),
                limit: *limit,
                publisher: publisher.clone(),
                from: from.clone(),
                to: to.clone(),
            };
            search(cli, &request)
        }
        Command::Docs => docs(cli),
        Command::Show { doc, original } => show(cli, doc, *original),
        Command::Timeline {
            about,
            kinds,
            from,
            to,
        } => timeline(cli, about.clone(), kinds, from.as_deref(), to.as_deref()),
        Command::Explain { doc } => explain(cli, doc),
        Command::Serve { addr, read_only } => crate::serve::serve(cli, *addr, *read_only),
    }
}

fn open(cli: &Cli) -> anyhow::Result<Engine> {
    Ok(Engine::open(&cli.store)?)
}

fn ingest(
    cli: &Cli,
    paths: &[std::path::PathBuf],
    max_file_mb: u64,
    extract: bool,
) -> anyhow::Result<ExitCode> {
    let mut engine = Engine::open_or_create(&cli.store)?;
    let interrupt = Arc::new(AtomicBool::new(false));
    {
        let flag = interrupt.clone();
        // A second Ctrl-C while stopping is ignored: the rollback must finish.
        let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    }
    let config = IngestConfig {
        read: dossier_ingest_config(max_file_mb),
        extract,
        interrupt: Some(interrupt),
        ..IngestConfig::default()
    };
    let bar = crate::progress::Bar::new();
    let result = engine.ingest(paths, &config, &bar);
    bar.finish();
    let report = result?;
    if cli.json {
        output::json(&report)?;
    } else {
        for failure in &report.failed {
            eprintln!("dossier: failed: {}: {}", failure.path, failure.reason);
        }
        if !report.skipped.is_empty() {
            eprintln!(
                "dossier: skipped {} file(s) of unsupported type",
                report.skipped.len()
            );
        }
        eprintln!(
            "ingested {} file(s) in {:.2} s: {} new ({} replacing older versions), {} unchanged, {} already known, {} near-duplicate(s), {} failed; {} document(s) in {}",
            report.files,
            report.seconds,
            report.added,
            report.replaced,
            report.unchanged,
            report.known,
            report.near_duplicates,
            report.failed.len(),
            report.documents_total,
            cli.store.display()
        );
    }
    Ok(if report.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn dossier_ingest_config(max_file_mb: u64) -> dossier::pipeline::ReadConfig {
    dossier::pipeline::ReadConfig {
        max_file_bytes: max_file_mb.saturating_mul(1024 * 1024),
        ..Default::default()
    }
}

fn search(cli: &Cli, request: &SearchRequest) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let hits = engine
        .search(request)
        .with_context(|| format!("searching for {:?}", request.query))?;
    if cli.json {
        output::json(&serde_json::json!({ "query": request.query, "hits": hits }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    if hits.is_empty() {
        output::line(format!("no passage matches {:?}", request.query))?;
    }
    for (rank, hit) in hits.iter().enumerate() {
        output::line(format!(
            "{:>2}. {} {} {}",
            rank + 1,
            style.bold(&hit.document),
            style.dim(&format!("[{}..{}]", hit.start, hit.end)),
            style.dim(&format!(
                "score {:.2}{}",
                hit.score,
                hit.publisher
                    .as_deref()
                    .map(|p| format!(", {p}"))
                    .unwrap_or_default()
            )),
        ))?;
        output::line(format!(
            "    {}",
            style.highlight(&hit.fragment, &hit.highlights)
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn docs(cli: &Cli) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let docs = engine.docs()?;
    if cli.json {
        output::json(&serde_json::json!({ "documents": docs }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    for doc in &docs {
        let period = doc
            .period
            .as_ref()
            .map(|p| format!(", covering {}..{}", p.start, p.end))
            .unwrap_or_default();
        output::line(format!(
            "{}  {}",
            style.bold(&doc.document),
            doc.title.as_deref().unwrap_or("(no title)")
        ))?;
        output::line(format!(
            "    {} | published {}{}{} | {} {} bytes{}",
            doc.publisher.as_deref().unwrap_or("publisher unknown"),
            doc.published.as_deref().unwrap_or("unknown"),
            period,
            doc.number
                .as_deref()
                .map(|n| format!(" | No. {n}"))
                .unwrap_or_default(),
            doc.format,
            doc.bytes,
            doc.duplicate_of
                .as_deref()
                .map(|d| format!(" | duplicate of {d}"))
                .unwrap_or_default(),
        ))?;
    }
    output::line(style.dim(&format!("{} document(s)", docs.len())))?;
    Ok(ExitCode::SUCCESS)
}

fn show(cli: &Cli, key: &str, original: bool) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    if original {
        output::raw(&engine.original(key)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let view = engine.show(key)?;
    if cli.json {
        output::json(&serde_json::json!({
            "document": view.info,
            "metadata": view.document.meta,
            "text": view.document.text,
            "passages": view.document.passages,
            "dropped": view.document.dropped,
            "warnings": view.document.warnings,
        }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    let info = &view.info;
    output::line(style.bold(info.title.as_deref().unwrap_or(&info.document)))?;
    let fields = [
        ("document", Some(info.document.clone())),
        ("publisher", info.publisher.clone()),
        ("published", info.published.clone()),
        ("updated", info.updated.clone()),
        (
            "period",
            info.period
                .as_ref()
                .map(|p| format!("{}..{}", p.start, p.end)),
        ),
        ("number", info.number.clone()),
        ("language", info.language.clone()),
        ("duplicate of", info.duplicate_of.clone()),
    ];
    for (label, value) in fields {
        if let Some(value) = value {
            output::line(style.dim(&format!("{label:>12}: {value}")))?;
        }
    }
    for warning in &view.document.warnings {
        output::line(style.dim(&format!("     warning: {warning}")))?;
    }
    output::line("")?;
    output::line(&view.document.text)?;
    Ok(ExitCode::SUCCESS)
}

fn parse_date(flag: &str, value: Option<&str>) -> anyhow::Result<Option<PartialDate>> {
    value
        .map(|v| {
            PartialDate::parse(v).ok_or_else(|| {
                anyhow::anyhow!(dossier::Error::User(format!(
                    "{flag} {v:?}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD"
                )))
            })
        })
        .transpose()
}

fn timeline(
    cli: &Cli,
    about: Option<String>,
    kinds: &[String],
    from: Option<&str>,
    to: Option<&str>,
) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let mut parsed = Vec::new();
    for kind in kinds {
        let Some(k) = EventKind::parse(kind) else {
            let known: Vec<&str> = EventKind::ALL.iter().map(|k| k.as_str()).collect();
            return Err(dossier::Error::User(format!(
                "--type {kind:?}: unknown event type; one of {}",
                known.join(", ")
            ))
            .into());
        };
        parsed.push(k);
    }
    let request = TimelineRequest {
        about,
        kinds: parsed,
        from: parse_date("--from", from)?,
        to: parse_date("--to", to)?,
    };
    let events = engine.timeline(&request)?;
    if cli.json {
        output::json(&serde_json::json!({ "events": events }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    for event in &events {
        let date = match (&event.date.start, &event.date.end) {
            (Some(s), Some(e)) if s == e => s.clone(),
            (Some(s), Some(e)) => format!("{s} to {e}"),
            (Some(s), None) => format!("from {s}"),
            (None, Some(e)) => format!("until {e}"),
            (None, None) => "undated".to_string(),
        };
        let who: Vec<String> = event
            .participants
            .iter()
            .map(|p| format!("{} ({})", p.name, p.role))
            .collect();
        let mut head = format!("{date:<24} {}", style.bold(&event.kind.replace('_', " ")));
        if let Some(q) = event.quantity {
            head.push_str(&format!(" x{q}"));
        }
        if !who.is_empty() {
            head.push_str(&format!(" - {}", who.join(", ")));
        }
        output::line(head)?;
        for citation in &event.citations {
            output::line(style.dim(&format!(
                "    {} [{}..{}] \"{}\"",
                citation.document,
                citation.start,
                citation.end,
                shorten(&event.summary, 160)
            )))?;
        }
    }
    output::line(style.dim(&format!("{} event(s)", events.len())))?;
    Ok(ExitCode::SUCCESS)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}...")
}

fn explain(cli: &Cli, key: &str) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let view = engine.show(key)?;
    if cli.json {
        output::json(&serde_json::json!({ "document": view.info, "extraction": view.extraction }))?;
    } else {
        output::raw(dossier_extract::explain(&view.document, &view.extraction).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}
