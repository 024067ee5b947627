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
            max_extract_seconds,
            no_extract,
            rules,
        } => ingest(
            cli,
            paths,
            *max_file_mb,
            *max_extract_seconds,
            !*no_extract,
            rules.as_deref(),
        ),
        Command::Search {
            query,
            limit,
            publisher,
            from,
            to,
        } => {
            let request = SearchRequest {
                query: query.clone(),
                limit: usize::try_from(*limit).unwrap_or(usize::MAX),
                publisher: publisher.clone(),
                // A date that is not one is refused, never read as no bound.
                from: parse_date("--from", from.as_deref())?.map(|d| d.to_string()),
                to: parse_date("--to", to.as_deref())?.map(|d| d.to_string()),
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
        Command::Ask { question, why } => ask(cli, question, *why),
        Command::Conflicts => conflicts(cli),
        Command::Entities { kind } => entities(cli, kind.as_deref()),
        Command::Entity { name } => entity(cli, name),
        Command::Status {
            jurisdiction,
            as_of,
        } => status(cli, jurisdiction, as_of.as_deref()),
        Command::Check { repair } => check(cli, *repair),
        Command::Serve {
            addr,
            read_only,
            require_sign_in,
        } => crate::serve::serve(cli, *addr, *read_only, *require_sign_in),
        Command::User(command) => crate::accounts::user(cli, command),
        Command::Audit { limit } => crate::accounts::audit(cli, *limit),
        Command::Judge {
            kind,
            target,
            value,
            note,
            evidence,
            author,
        } => judge(
            cli,
            kind,
            target,
            value.clone(),
            note.clone(),
            evidence.as_deref(),
            author,
        ),
        Command::Judgments => judgments(cli),
    }
}

#[allow(clippy::too_many_arguments)]
fn judge(
    cli: &Cli,
    kind: &str,
    target: &str,
    value: Option<String>,
    note: Option<String>,
    evidence: Option<&str>,
    author: &str,
) -> anyhow::Result<ExitCode> {
    let user = |message: String| anyhow::Error::new(dossier::Error::User(message));
    let kind = dossier::JudgmentKind::parse(&kind.replace('-', "_")).ok_or_else(|| {
        let kinds: Vec<String> = dossier::JudgmentKind::ALL
            .iter()
            .map(|k| k.as_str().replace('_', "-"))
            .collect();
        user(format!(
            "unknown judgment {kind:?}: one of {}",
            kinds.join(", ")
        ))
    })?;
    let mut engine = open(cli)?;
    let evidence = match evidence {
        None => None,
        Some(spec) => {
            let bad = || user(format!("--evidence {spec:?}: expected DOC:START-END"));
            let (doc, range) = spec.rsplit_once(':').ok_or_else(bad)?;
            let (start, end) = range.split_once('-').ok_or_else(bad)?;
            let (start, end): (u64, u64) = (
                start.trim().parse().map_err(|_| bad())?,
                end.trim().parse().map_err(|_| bad())?,
            );
            let found = engine
                .store()
                .find(doc)?
                .ok_or_else(|| user(format!("--evidence: no document {doc:?}")))?;
            let text = engine.store().text(found.key)?.unwrap_or_default();
            let quote = usize::try_from(start)
                .ok()
                .zip(usize::try_from(end).ok())
                .and_then(|(s, e)| text.get(s..e))
                .ok_or_else(|| {
                    user(format!(
                        "--evidence: {start}-{end} is not a range of {}'s kept text ({} bytes)",
                        found.name,
                        text.len()
                    ))
                })?;
            Some(dossier::Evidence {
                document: found.sha256,
                start,
                end,
                quote: quote.to_string(),
            })
        }
    };
    let judgment = dossier::NewJudgment {
        kind,
        target: target.to_string(),
        value,
        note,
        evidence,
        author: author.to_string(),
    };
    let id = engine.judge(&judgment)?;
    if cli.json {
        output::json(&serde_json::json!({ "id": id }))?;
    } else {
        output::line(format!("judgment {id} recorded"))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn judgments(cli: &Cli) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    // Each with what became of it: applied, withdrawn, its evidence gone, or not
    // applied and why; and where its evidence is now.
    let report = engine.judgment_report()?;
    if cli.json {
        output::json(&engine.with_pages(serde_json::json!({ "judgments": report }))?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    for state in &report {
        let judgment = &state.judgment;
        let j = &judgment.judgment;
        output::line(format!(
            "{}  {} {}{}  by {} at {}{}",
            style.bold(&judgment.id.to_string()),
            j.kind.as_str().replace('_', "-"),
            output::printable(&j.target),
            j.value
                .as_deref()
                .map(|v| format!(" -> {}", output::printable(v)))
                .unwrap_or_default(),
            output::printable(&j.author),
            judgment.at,
            judgment
                .withdrawn
                .as_ref()
                .map(|(by, at)| format!(" (withdrawn by {} at {at})", output::printable(by)))
                .unwrap_or_default(),
        ))?;
        if let Some(note) = &j.note {
            output::line(format!("    {}", output::printable(note)))?;
        }
        if let Some(evidence) = &j.evidence {
            let place = match &state.evidence_document {
                Some(name) => format!(
                    "{}:{}-{}",
                    output::printable(name),
                    evidence.start,
                    evidence.end
                ),
                None => "its document is no longer in the store".to_string(),
            };
            output::line(format!(
                "    evidence: \"{}\" ({place})",
                output::printable(&evidence.quote)
            ))?;
            // Found again elsewhere (a changed version of its document).
            if state.evidence_document.is_none() {
                for at in &state.evidence_now {
                    output::line(format!(
                        "    found again in {}:{}-{}",
                        output::printable(&at.document),
                        at.start,
                        at.end
                    ))?;
                }
            }
        }
        match state.state {
            "applied" => output::line(format!("    {}", style.dim("applied")))?,
            "withdrawn" => {}
            _ => output::line(format!(
                "    {}: {}",
                style.bold(&state.state.replace('_', " ")),
                output::printable(state.reason.as_deref().unwrap_or_default())
            ))?,
        }
    }
    output::line(style.dim(&format!("{} judgment(s)", report.len())))?;
    Ok(ExitCode::SUCCESS)
}

/// Analysts' judgments on something shown: what, who, when, why.
fn print_verdicts(style: &Style, verdicts: &[dossier::Verdict]) -> anyhow::Result<()> {
    for v in verdicts {
        output::line(format!(
            "    {} {}by {} at {}{}",
            style.bold(&v.kind.replace('_', " ")),
            v.value
                .as_deref()
                .map(|v| format!("{} ", output::printable(v)))
                .unwrap_or_default(),
            output::printable(&v.author),
            v.at,
            v.note
                .as_deref()
                .map(|n| format!(": {}", output::printable(n)))
                .unwrap_or_default()
        ))?;
    }
    Ok(())
}

fn open(cli: &Cli) -> anyhow::Result<Engine> {
    Ok(Engine::open(&cli.store)?)
}

fn ingest(
    cli: &Cli,
    paths: &[std::path::PathBuf],
    max_file_mb: u64,
    max_extract_seconds: f64,
    extract: bool,
    rules: Option<&std::path::Path>,
) -> anyhow::Result<ExitCode> {
    // `inf`: no bound.
    let max_extract = if max_extract_seconds == f64::INFINITY {
        None
    } else {
        Some(
            std::time::Duration::try_from_secs_f64(max_extract_seconds).map_err(|_| {
                dossier::Error::User(format!(
                    "--max-extract-seconds {max_extract_seconds}: not a number of seconds"
                ))
            })?,
        )
    };
    let rules = rules
        .map(|dir| {
            dossier_extract::rules::Rules::load_dir(dir)
                .map(Arc::new)
                .map_err(|e| dossier::Error::User(format!("--rules {}: {e}", dir.display())))
        })
        .transpose()?;
    // Nothing to read: say so before a new store is created for nothing.
    let missing: Vec<&std::path::PathBuf> = paths
        .iter()
        .filter(|p| std::fs::symlink_metadata(p).is_err())
        .collect();
    if missing.len() == paths.len() && !cli.store.join("dossier.sqlite").exists() {
        return Err(dossier::Error::User(format!(
            "{}: no such file or directory (no store was created)",
            missing
                .iter()
                .map(|p| output::printable(&p.to_string_lossy()).into_owned())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into());
    }
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
        rules,
        interrupt: Some(interrupt),
        max_extract,
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
            eprintln!(
                "dossier: failed: {}: {}",
                output::printable(&failure.path),
                failure.reason
            );
        }
        for warning in &report.warnings {
            eprintln!("dossier: warning: {warning}");
        }
        let unsupported = report
            .skipped
            .iter()
            .filter(|s| s.reason == "unsupported file type")
            .count();
        for skipped in report
            .skipped
            .iter()
            .filter(|s| s.reason != "unsupported file type")
        {
            eprintln!(
                "dossier: skipped: {}: {}",
                output::printable(&skipped.path),
                skipped.reason
            );
        }
        if unsupported > 0 {
            eprintln!("dossier: skipped {unsupported} file(s) of unsupported type");
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
            dossier::Location::parse(&cli.store)
        );
    }
    Ok(if report.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn check(cli: &Cli, repair: bool) -> anyhow::Result<ExitCode> {
    let report = Engine::check(&cli.store, repair)?;
    if cli.json {
        output::json(&report)?;
    } else {
        let store = &report.store;
        output::line(format!(
            "store: {} document(s); {} original(s), {:.1} MB, checked against their SHA-256: {} damaged; database {}",
            store.documents,
            store.originals_checked,
            store.original_bytes as f64 / 1e6,
            store.damaged.len(),
            if store.database.is_empty() { "ok" } else { "DAMAGED" },
        ))?;
        if store.pending_bytes > 0 {
            output::line(format!(
                "store: {} byte(s) of {} replaced original(s) not yet given back",
                store.pending_bytes, store.pending_ranges
            ))?;
        }
        output::line(format!(
            "index: {} document(s) indexed of {}: {}",
            report.index.documents_indexed,
            report.index.documents_expected,
            report.index.problem.as_deref().unwrap_or("ok")
        ))?;
        for repaired in &report.repaired {
            output::line(format!("repaired: {}", output::printable(repaired)))?;
        }
        for problem in &report.problems {
            output::line(format!("problem: {}", output::printable(problem)))?;
        }
        output::line(if report.is_ok() {
            "the store is whole"
        } else {
            "the store has problems (see above)"
        })?;
    }
    Ok(if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn dossier_ingest_config(max_file_mb: u64) -> dossier::pipeline::ReadConfig {
    dossier::pipeline::ReadConfig {
        max_file_bytes: max_file_mb.saturating_mul(1024 * 1024),
    }
}

fn search(cli: &Cli, request: &SearchRequest) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let hits = engine
        .search(request)
        .with_context(|| format!("searching for {:?}", request.query))?;
    if cli.json {
        output::json(
            &engine.with_pages(serde_json::json!({ "query": request.query, "hits": hits }))?,
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    if hits.is_empty() {
        output::line(format!("no passage matches {:?}", request.query))?;
    }
    for (rank, hit) in hits.iter().enumerate() {
        let page = engine
            .page_of(&hit.document, hit.start)?
            .map(|page| format!("p. {page} "))
            .unwrap_or_default();
        output::line(format!(
            "{:>2}. {} {} {}",
            rank + 1,
            style.bold(&output::printable(&hit.document)),
            style.dim(&format!("{page}[{}..{}]", hit.start, hit.end)),
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
            style.bold(&output::printable(&doc.document)),
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

/// When `key` names no document because several documents' names start with it,
/// an error listing them; `None` otherwise.
fn ambiguous_document(engine: &Engine, key: &str) -> anyhow::Result<Option<anyhow::Error>> {
    if key.is_empty() || engine.store().find(key)?.is_some() {
        return Ok(None);
    }
    let names: Vec<&str> = engine
        .summaries()?
        .iter()
        .map(|s| s.name.as_str())
        .filter(|name| name.starts_with(key))
        .collect();
    if names.len() < 2 {
        return Ok(None);
    }
    let shown: Vec<String> = names
        .iter()
        .take(20)
        .map(|n| format!("  {}", output::printable(n)))
        .collect();
    let more = if names.len() > 20 {
        format!("\n  ... and {} more", names.len() - 20)
    } else {
        String::new()
    };
    Ok(Some(
        dossier::Error::User(format!(
            "{key:?} names {} documents; give more of the name:\n{}{more}",
            names.len(),
            shown.join("\n")
        ))
        .into(),
    ))
}

fn show(cli: &Cli, key: &str, original: bool) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    if let Some(err) = ambiguous_document(&engine, key)? {
        return Err(err);
    }
    if original {
        output::raw(&engine.original(key)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let view = engine.show(key)?;
    if cli.json {
        output::json(&view.to_json(false))?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    let info = &view.info;
    output::line(style.bold(&output::printable(
        info.title.as_deref().unwrap_or(&info.document),
    )))?;
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
            let value = output::printable(&value);
            output::line(style.dim(&format!("{label:>12}: {value}")))?;
        }
    }
    for warning in &view.document.warnings {
        let warning = output::printable(warning);
        output::line(style.dim(&format!("     warning: {warning}")))?;
    }
    output::line("")?;
    output::line(printable_lines(&view.document.text))?;
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
    // Events an analyst rejected are off the chronology, and listed apart.
    let rejected = engine.rejected_events()?;
    if cli.json {
        output::json(&engine.with_pages(serde_json::json!(
            dossier::query::timeline::chronology(&events).with_rejected(&rejected)
        ))?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    // Dated events in date order, then those no report dates, under their own heading.
    let split = dossier::query::timeline::chronology(&events);
    for (i, event) in split.events.iter().chain(&split.undated).enumerate() {
        if i == split.events.len() {
            output::line(style.bold("Undated"))?;
        }
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
        print_verdicts(&style, &event.judgments)?;
        for citation in &event.citations {
            print_citation(&engine, &style, citation)?;
        }
    }
    if !rejected.is_empty() {
        output::line(style.bold("Rejected by analysts"))?;
        for event in &rejected {
            output::line(format!(
                "{:<24} {}",
                event.date.start.as_deref().unwrap_or("undated"),
                style.bold(&event.kind.replace('_', " "))
            ))?;
            print_verdicts(&style, &event.judgments)?;
            for citation in &event.citations {
                print_citation(&engine, &style, citation)?;
            }
        }
    }
    output::line(style.dim(&format!("{} event(s)", events.len())))?;
    Ok(ExitCode::SUCCESS)
}

/// `", p. N"` when the cited words lie on page N of a PDF; empty otherwise.
fn page_label(engine: &dossier::Engine, document: &str, start: u32) -> anyhow::Result<String> {
    Ok(engine
        .page_of(document, start)?
        .map(|page| format!(", p. {page}"))
        .unwrap_or_default())
}

fn explain(cli: &Cli, key: &str) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let view = engine.show(key)?;
    if cli.json {
        output::json(&serde_json::json!({ "document": view.info, "extraction": view.extraction }))?;
    } else {
        let explained = dossier_extract::explain(&view.document, &view.extraction);
        output::raw(printable_lines(&explained).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

fn ask(cli: &Cli, question: &str, why: bool) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let answer = engine.ask(question)?;
    if cli.json {
        if why {
            output::json(&engine.with_pages(
                serde_json::json!({ "answer": answer, "analysis": dossier::query::ask::Question::parse(question) }),
            )?)?;
        } else {
            output::json(&engine.with_pages(serde_json::json!(answer))?)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    match &answer.answer {
        Some(text) => output::line(format!(
            "{} {}",
            style.bold(&output::human(text)),
            style.dim(&format!("(confidence {:.2})", answer.confidence))
        ))?,
        None => output::line(
            "The documents do not say (no passage answers this question well enough).",
        )?,
    }
    for citation in &answer.citations {
        print_citation(&engine, &style, citation)?;
    }
    for conflict in &answer.conflicts {
        output::line(format!("  but: {}", conflict.values.join(", ")))?;
        for citation in &conflict.citations {
            print_citation(&engine, &style, citation)?;
        }
    }
    if why {
        output::line(style.dim(&format!("method: {}", answer.method)))?;
        for line in &answer.trace {
            output::line(style.dim(&format!("  considered: {line}")))?;
        }
        output::line(style.dim(&format!(
            "question: {}",
            serde_json::to_string(&dossier::query::ask::Question::parse(question))?
        )))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_citation(
    engine: &dossier::Engine,
    style: &Style,
    citation: &dossier::query::Citation,
) -> anyhow::Result<()> {
    output::line(style.dim(&format!(
        "    {}{} [{}..{}] \"{}\"",
        output::printable(&citation.document),
        page_label(engine, &citation.document, citation.start)?,
        citation.start,
        citation.end,
        // The whole quote: a cut one hides the evidence ("ratified it on 2...").
        output::printable(&citation.quote.split_whitespace().collect::<Vec<_>>().join(" "))
    )))
}

/// Text for the terminal over several lines: control characters (escape codes in
/// a name or a document) escaped, line breaks and tabs kept.
fn printable_lines(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn conflicts(cli: &Cli) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let conflicts = engine.conflicts()?;
    if cli.json {
        output::json(&engine.with_pages(serde_json::json!({ "conflicts": conflicts }))?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    for conflict in &conflicts {
        let kind = serde_json::to_value(conflict.kind)?
            .as_str()
            .unwrap_or("")
            .to_string();
        output::line(format!(
            "{} {}",
            style.bold(&format!("[{}]", output::human(&kind))),
            output::human(&conflict.reason)
        ))?;
        print_verdicts(&style, &conflict.judgments)?;
        for citation in &conflict.citations {
            print_citation(&engine, &style, citation)?;
        }
    }
    output::line(style.dim(&format!("{} conflict(s)", conflicts.len())))?;
    Ok(ExitCode::SUCCESS)
}

fn entities(cli: &Cli, kind: Option<&str>) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let mut entities = engine.entities()?;
    if let Some(asked) = kind {
        // "courts" is the kind "court"; a kind no entity has is refused with the
        // kinds there are, never answered by an empty list.
        let mut kinds: Vec<&str> = entities.iter().map(|e| e.kind.as_str()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let folded = asked.trim().to_lowercase();
        let Some(kind) = kinds
            .iter()
            .find(|k| **k == folded || format!("{k}s") == folded || format!("{k}es") == folded)
            .map(|k| k.to_string())
        else {
            return Err(dossier::Error::User(format!(
                "--kind {asked:?}: no entity of that kind; the kinds are {}",
                kinds.join(", ")
            ))
            .into());
        };
        entities.retain(|e| e.kind == kind);
    }
    if cli.json {
        output::json(&serde_json::json!({ "entities": entities }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    for entity in &entities {
        let aliases: Vec<&String> = entity
            .aliases
            .iter()
            .filter(|a| **a != entity.name)
            .collect();
        let aliases = if aliases.is_empty() {
            String::new()
        } else {
            format!(
                " (also {})",
                aliases
                    .iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        output::line(format!(
            "{:<12} {}{} {}",
            entity.kind,
            style.bold(&entity.name),
            aliases,
            style.dim(&format!(
                "{} mention(s) in {} document(s)",
                entity.mentions.len(),
                entity.documents.len()
            ))
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn entity(cli: &Cli, name: &str) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let (entity, events) = match engine.entity(name) {
        Ok(found) => found,
        Err(dossier::Error::User(message)) => {
            // Several entities whose names contain it (a surname two people share,
            // two spellings not merged): list them rather than say there is none.
            let folded = dossier::query::fold(name);
            let candidates: Vec<String> = engine
                .entities()?
                .into_iter()
                .filter(|e| {
                    std::iter::once(&e.name)
                        .chain(&e.aliases)
                        .any(|n| dossier::query::fold(n).contains(folded.as_str()))
                })
                .map(|e| format!("  {} ({})", output::printable(&e.name), e.kind))
                .collect();
            if candidates.is_empty() {
                return Err(dossier::Error::User(message).into());
            }
            return Err(dossier::Error::User(format!(
                "{name:?} is not one entity's name; these entities are named so:\n{}",
                candidates.join("\n")
            ))
            .into());
        }
        Err(e) => return Err(e.into()),
    };
    if cli.json {
        output::json(
            &engine.with_pages(serde_json::json!({ "entity": entity, "events": events }))?,
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    output::line(format!("{} ({})", style.bold(&entity.name), entity.kind))?;
    if !entity.aliases.is_empty() {
        output::line(format!("  also written: {}", entity.aliases.join(", ")))?;
    }
    print_verdicts(&style, &entity.judgments)?;
    if !entity.roles.is_empty() {
        output::line(format!("  roles: {}", entity.roles.join(", ")))?;
    }
    output::line(format!("  documents: {}", entity.documents.join(", ")))?;
    for doubt in &entity.doubtful {
        output::line(format!("  doubtful: {} ({})", doubt.other, doubt.reason))?;
    }
    if !events.is_empty() {
        output::line("  events:")?;
    }
    for event in &events {
        let date = event.date.start.clone().unwrap_or_else(|| "undated".into());
        output::line(format!("    {date:<12} {}", event.kind.replace('_', " ")))?;
        if let Some(citation) = event.citations.first() {
            print_citation(&engine, &style, citation)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn status(cli: &Cli, jurisdiction: &str, as_of: Option<&str>) -> anyhow::Result<ExitCode> {
    let engine = open(cli)?;
    let as_of = match parse_date("--as-of", as_of)? {
        Some(date) => date,
        None => dossier::today(),
    };
    let report = engine.status(jurisdiction, as_of)?;
    if cli.json {
        output::json(&engine.with_pages(serde_json::json!(report))?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    let label = report
        .status
        .map(|s| s.replace('_', " "))
        .unwrap_or_else(|| "unknown".into());
    output::line(format!(
        "{} as of {}: {}{}",
        style.bold(&report.jurisdiction),
        report.as_of,
        style.bold(&label),
        if report.moratorium {
            ", executions suspended by a moratorium"
        } else {
            ""
        }
    ))?;
    if let Some(since) = &report.since {
        output::line(format!("  since {since}"))?;
    }
    output::line(format!("  {}", output::human(&report.reason)))?;
    if !report.capital_offences.is_empty() {
        output::line(format!(
            "  still punishable by death: {}",
            report.capital_offences.join("; ")
        ))?;
    }
    if !report.excluded.is_empty() {
        output::line(format!("  excluded: {}", report.excluded.join(", ")))?;
    }
    for citation in &report.citations {
        print_citation(&engine, &style, citation)?;
    }
    if !report.history.is_empty() {
        output::line("  history:")?;
        for period in &report.history {
            output::line(format!(
                "    {} to {}: {}{} ({})",
                period.start,
                period.end.as_deref().unwrap_or("now"),
                period
                    .status
                    .map(|s| s.replace('_', " "))
                    .unwrap_or_else(|| "unknown".into()),
                if period.moratorium {
                    " + moratorium"
                } else {
                    ""
                },
                output::human(&period.basis)
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
