//! Integration: the reference corpus against the dev gold events (type + quote),
//! snapshots of each reference document's extraction, and no-panic properties.

mod anchors;

use dossier_extract::{explain, extract};
use dossier_model::{
    DocId, Document, Event, Extraction, Format, Layer, MetaField, Metadata, Modality, OffsetMap,
    Period, Span,
};
use std::path::PathBuf;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn corpus_dir() -> Option<PathBuf> {
    let dir = workspace().join("../shared/corpus/kazakhstan");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "note: reference corpus not found at {}; skipping",
            dir.display()
        );
        None
    }
}

/// A Document for a plain-text file: passages split at blank lines.
fn document(name: &str, text: String) -> Document {
    let mut passages = Vec::new();
    let mut pos = 0;
    for block in text.split("\n\n") {
        let lead = block.len() - block.trim_start().len();
        let trimmed = block.trim();
        if !trimmed.is_empty() {
            passages.push(Span::new(pos + lead, pos + lead + trimmed.len()));
        }
        pos += block.len() + 2;
    }
    let mut meta = Metadata::default();
    let field = |v: &str| MetaField::new(v.to_string(), None, Layer::Text, "test");
    let period = |start: &str, end: &str| {
        MetaField::new(
            Period {
                start: start.into(),
                end: end.into(),
            },
            None,
            Layer::Text,
            "test",
        )
    };
    if name.starts_with("001") {
        meta.published = Some(field("2004-05-26"));
        meta.period = Some(period("2003-01-01", "2003-12-31"));
    } else if name.starts_with("003") {
        meta.published = Some(field("2003-05-28"));
        meta.period = Some(period("2002-01-01", "2002-12-31"));
    }
    Document {
        id: DocId(name.to_string()),
        name: name.to_string(),
        path: name.to_string(),
        format: Format::Txt,
        bytes: text.len() as u64,
        text,
        offsets: OffsetMap::default(),
        meta,
        passages,
        dropped: Vec::new(),
        warnings: Vec::new(),
        pages: Vec::new(),
    }
}

fn load_corpus() -> Option<Vec<Document>> {
    let dir = corpus_dir()?;
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    Some(
        names
            .iter()
            .filter_map(|p| {
                let name = p.file_name()?.to_str()?.to_string();
                Some(document(&name, std::fs::read_to_string(p).ok()?))
            })
            .collect(),
    )
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn quote_matches(gold: &str, evidence: &str) -> bool {
    let (g, q) = (fold(gold), fold(evidence));
    q.contains(&g) || (g.contains(&q) && q.len() * 2 >= g.len())
}

#[derive(Debug)]
struct Gold {
    doc: String,
    kind: String,
    quote: String,
}

fn load_gold() -> Option<Vec<Gold>> {
    let path = workspace().join("../shared/eval/dev_events.jsonl");
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).ok()?;
                Some(Gold {
                    doc: v["doc"].as_str()?.to_string(),
                    kind: v["type"].as_str()?.to_string(),
                    quote: v["quote"].as_str()?.to_string(),
                })
            })
            .collect(),
    )
}

fn counted(e: &Event) -> bool {
    matches!(e.modality, Modality::Asserted | Modality::Hedged)
}

#[test]
fn dev_events_recall_and_precision() {
    let (Some(docs), Some(gold)) = (load_corpus(), load_gold()) else {
        return;
    };
    let extractions: Vec<(&Document, Extraction)> = docs.iter().map(|d| (d, extract(d))).collect();
    let mut found = 0;
    let mut matched = std::collections::HashSet::new();
    for g in &gold {
        let mut hit = false;
        for (di, (doc, ex)) in extractions.iter().enumerate() {
            if !doc.name.starts_with(&g.doc) {
                continue;
            }
            for (ei, e) in ex.events.iter().enumerate() {
                if counted(e)
                    && e.kind.as_str() == g.kind
                    && quote_matches(&g.quote, e.span.slice(&doc.text))
                {
                    hit = true;
                    matched.insert((di, ei));
                }
            }
        }
        if hit {
            found += 1;
        } else {
            println!("MISS {} {}: {}", g.doc, g.kind, g.quote);
        }
    }
    let mut system = 0;
    for (di, (doc, ex)) in extractions.iter().enumerate() {
        for (ei, e) in ex.events.iter().enumerate() {
            if !counted(e) {
                continue;
            }
            system += 1;
            if !matched.contains(&(di, ei)) {
                println!(
                    "EXTRA {} {} {:?}: {}",
                    &doc.name[..3],
                    e.kind.as_str(),
                    e.modality,
                    fold(e.span.slice(&doc.text))
                );
            }
        }
    }
    let recall = found as f64 / gold.len() as f64;
    let precision = matched.len() as f64 / system.max(1) as f64;
    println!("dev events (type + quote): recall {recall:.2} precision {precision:.2} ({found} of {} gold, {system} system events)", gold.len());
    assert!(recall >= 0.80, "recall {recall:.2}");
    assert!(precision >= 0.60, "precision {precision:.2}");
}

/// A deliberately small stand-in for the time tagger (the real one lives in
/// `time/`): years, "D Month [YYYY]", "Month [YYYY]", "between M and M YYYY",
/// "M and M", year coordination; partial dates take the period's year, else the
/// last year seen. Enough to check that dates attach to the right events.
fn mini_tagger(doc: &Document) -> Vec<dossier_model::TimeMention> {
    use dossier_model::{PartialDate, TimeMention, TimeValue};
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let text = &doc.text;
    let month_re = MONTHS.join("|");
    let re = regex::Regex::new(&format!(
        r"\b(?:(?:[Bb]etween )?({month_re})(?: (\d{{4}}))? and ({month_re})(?: (\d{{4}}))?|(\d{{1,2}}) ({month_re})(?: (\d{{4}}))?|({month_re})(?: (\d{{4}}))?|((?:19|20)\d\d))\b"
    ))
    .expect("mini tagger regex");
    let period_year = doc
        .meta
        .period
        .as_ref()
        .and_then(|p| p.value.start.get(..4)?.parse::<i32>().ok());
    let month = |m: &str| MONTHS.iter().position(|x| *x == m).map(|i| i as u8 + 1);
    let mut last_year = period_year;
    let partial_year = |last: Option<i32>| period_year.or(last);
    let mut out = Vec::new();
    for c in re.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let before = &text[..whole.start()];
        if before.ends_with("No. ") || before.ends_with("Art. ") || before.ends_with("Article ") {
            continue;
        }
        let value = if let (Some(m1), Some(m2)) = (c.get(1), c.get(3)) {
            let y2 = c
                .get(4)
                .and_then(|y| y.as_str().parse().ok())
                .or(partial_year(last_year));
            let y1 = c.get(2).and_then(|y| y.as_str().parse().ok()).or(y2);
            match (y1, y2, month(m1.as_str()), month(m2.as_str())) {
                (Some(y1), Some(y2), Some(a), Some(b)) => Some(TimeValue::range(
                    PartialDate::month(y1, a),
                    PartialDate::month(y2, b),
                )),
                _ => None,
            }
        } else if let (Some(d), Some(m)) = (c.get(5), c.get(6)) {
            let y = c
                .get(7)
                .and_then(|y| y.as_str().parse().ok())
                .or(partial_year(last_year));
            match (y, month(m.as_str()), d.as_str().parse::<u8>().ok()) {
                (Some(y), Some(m), Some(d)) => Some(TimeValue::point(PartialDate::day(y, m, d))),
                _ => None,
            }
        } else if let Some(m) = c.get(8) {
            let y = c
                .get(9)
                .and_then(|y| y.as_str().parse().ok())
                .or(partial_year(last_year));
            match (y, month(m.as_str())) {
                (Some(y), Some(m)) => Some(TimeValue::point(PartialDate::month(y, m))),
                _ => None,
            }
        } else {
            c.get(10)
                .and_then(|y| y.as_str().parse().ok())
                .map(|y| TimeValue::point(PartialDate::year(y)))
        };
        if let Some(y) = value.and_then(|v| v.end).map(|d| d.year) {
            if c.get(10).is_some()
                || c.get(2).is_some()
                || c.get(4).is_some()
                || c.get(7).is_some()
                || c.get(9).is_some()
            {
                last_year = Some(y);
            }
        }
        out.push(TimeMention {
            span: Span::new(whole.start(), whole.end()),
            value,
            anchor: None,
            is_duration: false,
            duration: None,
            rule: "test.mini_tagger".into(),
        });
    }
    out
}

/// The scorer's rule: a dated event matches a gold event when the date ranges overlap.
fn overlaps(gold: &str, value: &dossier_model::TimeValue) -> bool {
    let bounds = |s: &str| -> (String, String) {
        let (lo, hi) = s
            .split_once('/')
            .map_or((s, s), |(a, b)| (a, if b.is_empty() { "9999" } else { b }));
        let lo = if lo.is_empty() { "0000" } else { lo };
        (lo.to_string(), format!("{hi}-99"))
    };
    let (glo, ghi) = bounds(gold);
    let (elo, ehi) = bounds(&value.iso());
    elo <= ghi && glo <= ehi
}

#[test]
fn dev_events_with_dates_from_a_stand_in_tagger() {
    let Some(docs) = load_corpus() else { return };
    let path = workspace().join("../shared/eval/dev_events.jsonl");
    let Ok(gold_text) = std::fs::read_to_string(path) else {
        return;
    };
    let gold: Vec<serde_json::Value> = gold_text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let rules = dossier_extract::rules::Rules::builtin();
    let extractions: Vec<(&Document, Extraction)> = docs
        .iter()
        .map(|d| {
            (
                d,
                dossier_extract::extract_with_times(d, rules, mini_tagger(d)),
            )
        })
        .collect();
    let mut found = 0;
    for g in &gold {
        let (Some(doc), Some(kind), Some(date), Some(quote)) = (
            g["doc"].as_str(),
            g["type"].as_str(),
            g["date"].as_str(),
            g["quote"].as_str(),
        ) else {
            continue;
        };
        let hit = extractions
            .iter()
            .filter(|(d, _)| d.name.starts_with(doc))
            .any(|(d, ex)| {
                ex.events.iter().any(|e| {
                    counted(e)
                        && e.kind.as_str() == kind
                        && e.date.is_some_and(|v| overlaps(date, &v))
                        && quote_matches(quote, e.span.slice(&d.text))
                })
            });
        if hit {
            found += 1;
        } else {
            println!("DATED MISS {doc} {kind} {date}: {quote}");
        }
    }
    // Precision as the scorer counts it: system events (asserted or hedged) that match
    // some gold event by type, overlapping date and quote.
    let mut system = 0;
    let mut matched = 0;
    for (d, ex) in &extractions {
        for e in ex.events.iter().filter(|e| counted(e)) {
            system += 1;
            let hit = gold.iter().any(|g| {
                d.name.starts_with(g["doc"].as_str().unwrap_or("-"))
                    && g["type"].as_str() == Some(e.kind.as_str())
                    && e.date
                        .is_some_and(|v| overlaps(g["date"].as_str().unwrap_or(""), &v))
                    && quote_matches(g["quote"].as_str().unwrap_or(""), e.span.slice(&d.text))
            });
            if hit {
                matched += 1;
            } else {
                let date = e.date.map(|v| v.iso()).unwrap_or_default();
                println!(
                    "DATED EXTRA {} {} {date}: {}",
                    &d.name[..3],
                    e.kind.as_str(),
                    e.trigger.slice(&d.text)
                );
            }
        }
    }
    let recall = found as f64 / gold.len().max(1) as f64;
    let precision = matched as f64 / system.max(1) as f64;
    println!(
        "dev events with dates (stand-in tagger): recall {recall:.2} ({found} of {}), precision {precision:.2} ({matched} of {system})",
        gold.len()
    );
    assert!(recall >= 0.80, "dated recall {recall:.2}");
}

#[test]
fn explain_reference_documents() {
    let Some(docs) = load_corpus() else { return };
    for doc in &docs {
        let ex = extract(doc);
        let rendered = explain(doc, &ex);
        if std::env::var("DOSSIER_PRINT").is_ok() {
            println!("{rendered}");
        }
        assert!(rendered.starts_with(&doc.name));
    }
}

/// Throughput over the UN General Debate corpus (unpack it to /tmp/ungdc first).
/// Run: `cargo test -p dossier-extract --release --test it -- --ignored --nocapture throughput`
#[test]
#[ignore]
fn throughput_ungdc() {
    let root = PathBuf::from(std::env::var("UNGDC_DIR").unwrap_or_else(|_| "/tmp/ungdc".into()));
    let mut files = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    if files.is_empty() {
        println!("note: no corpus under {}; skipping", root.display());
        return;
    }
    files.sort();
    let limit: usize = std::env::var("UNGDC_LIMIT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX);
    let docs: Vec<Document> = files
        .iter()
        .take(limit)
        .filter_map(|p| {
            let bytes = std::fs::read(p).ok()?;
            let text = String::from_utf8_lossy(&bytes)
                .trim_start_matches('\u{feff}')
                .to_string();
            Some(document(&p.file_name()?.to_string_lossy(), text))
        })
        .collect();
    let total: usize = docs.iter().map(|d| d.text.len()).sum();
    let start = std::time::Instant::now();
    let mut events = 0usize;
    let mut mentions = 0usize;
    for d in &docs {
        let ex = extract(d);
        events += ex.events.len();
        mentions += ex.mentions.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "throughput: {} docs, {:.1} MB in {secs:.2} s = {:.2} MB/s (one core); {events} events, {mentions} mentions",
        docs.len(),
        total as f64 / 1e6,
        total as f64 / 1e6 / secs
    );
}

/// Per-stage timing over the same corpus (for tuning).
#[test]
#[ignore]
fn stages_ungdc() {
    use dossier_extract::{entity, law, quantity, rules::Rules, text};
    let root = PathBuf::from("/tmp/ungdc/ungdc/Session 63 - 2008");
    let Ok(entries) = std::fs::read_dir(&root) else {
        return;
    };
    let texts: Vec<String> = entries
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    let total: usize = texts.iter().map(String::len).sum();
    let rules = Rules::builtin();
    let time = |name: &str, f: &dyn Fn(&str) -> usize| {
        let start = std::time::Instant::now();
        let n: usize = texts.iter().map(|t| f(t)).sum();
        let s = start.elapsed().as_secs_f64();
        println!("{name:>10}: {:.1} MB/s ({n})", total as f64 / 1e6 / s);
    };
    time("sentences", &|t| text::sentences(t).len());
    time("entities", &|t| entity::entities(t, rules).len());
    time("laws", &|t| law::laws(t).len());
    time("quantities", &|t| quantity::quantities(t).len());
    time("extract", &|t| {
        extract(&document("x", t.to_string())).events.len()
    });
}

/// Print a sample of events found in the UN corpus (for review of precision).
#[test]
#[ignore]
fn sample_ungdc_events() {
    let root = PathBuf::from("/tmp/ungdc/ungdc");
    let Ok(sessions) = std::fs::read_dir(&root) else {
        return;
    };
    let mut printed = 0;
    let mut dirs: Vec<PathBuf> = sessions.flatten().map(|e| e.path()).collect();
    dirs.sort();
    let skip: usize = std::env::var("SAMPLE_SKIP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    for dir in dirs.iter().rev().skip(skip) {
        let Ok(files) = std::fs::read_dir(dir) else {
            continue;
        };
        for f in files.flatten() {
            let Ok(text) = std::fs::read_to_string(f.path()) else {
                continue;
            };
            let doc = document("x", text);
            for e in extract(&doc).events.iter().filter(|e| counted(e)) {
                if printed < 80 {
                    println!(
                        "{} {:?} [{}] {}",
                        e.kind.as_str(),
                        e.modality,
                        e.trigger.slice(&doc.text),
                        fold(e.span.slice(&doc.text))
                            .chars()
                            .take(220)
                            .collect::<String>()
                    );
                }
                printed += 1;
            }
        }
        if printed >= 80 {
            break;
        }
    }
}

/// STYLE.md's snapshot format. Only short spans (triggers, names, dates) are quoted:
/// the evidence sentences are others' words and stay out of the repository, shown
/// by their offsets alone.
fn render(doc: &Document, ex: &Extraction) -> String {
    use std::fmt::Write as _;
    let text = doc.text.as_str();
    let short = |s: Span| {
        let t = s
            .slice(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if t.chars().count() > 60 {
            format!("{}…", t.chars().take(60).collect::<String>())
        } else {
            t
        }
    };
    let mut out = String::new();
    for e in &ex.events {
        let date = e.date.map(|d| d.iso()).unwrap_or_else(|| "undated".into());
        let head = format!("event {} {} {:?}", e.kind.as_str(), date, e.modality);
        let _ = writeln!(
            out,
            "{head:<44} {} {:?}  ({})",
            e.trigger,
            short(e.trigger),
            e.rule
        );
        let _ = writeln!(out, "  evidence {}", e.span);
        if let Some(ds) = e.date_span {
            let _ = writeln!(out, "  {:<40} {} {:?}", "time", ds, short(ds));
        }
        for p in &e.participants {
            let _ = writeln!(
                out,
                "  {:<40} {} {:?}",
                format!("{} {}", format!("{:?}", p.role).to_lowercase(), p.name),
                p.span,
                short(p.span)
            );
        }
        if let Some(q) = &e.quantity {
            let _ = writeln!(
                out,
                "  {:<40} {} {:?}",
                format!("quantity {} {}", q.value, q.approx),
                q.span,
                short(q.span)
            );
        }
        if let Some(p) = &e.place {
            let _ = writeln!(out, "  place {p}");
        }
    }
    for s in &ex.statements {
        let date = s.date.map(|d| d.iso()).unwrap_or_else(|| "present".into());
        let _ = writeln!(
            out,
            "statement {:?} {:?} {} {:?} {}  ({})",
            s.kind,
            s.value,
            date,
            s.modality,
            s.jurisdiction.as_deref().unwrap_or("-"),
            s.rule
        );
        let _ = writeln!(out, "  evidence {}", s.span);
    }
    for m in &ex.mentions {
        let mut head = format!("{} {}", m.kind.as_str(), m.name);
        for extra in [&m.role, &m.acronym, &m.value, &m.approx]
            .into_iter()
            .flatten()
        {
            head.push_str(&format!(" | {extra}"));
        }
        let _ = writeln!(
            out,
            "{head:<60} {} {:?}  ({})",
            m.span,
            short(m.span),
            m.rule
        );
    }
    out
}

#[test]
fn snapshots_of_reference_documents() {
    let Some(docs) = load_corpus() else { return };
    for doc in &docs {
        let ex = extract(doc);
        let name = doc.name.split('_').next().unwrap_or("doc").to_string();
        insta::assert_snapshot!(format!("extract_{name}"), render(doc, &ex));
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    #[test]
    fn extract_never_panics_and_spans_fit(text in "(\\PC|[ \n\t.,;:()\"'•–0-9A-Z]){0,400}") {
        let doc = document("prop", text);
        let ex = extract(&doc);
        let ok = |s: Span| (s.end as usize) <= doc.text.len() && s.start <= s.end
            && doc.text.is_char_boundary(s.start as usize) && doc.text.is_char_boundary(s.end as usize);
        for m in &ex.mentions {
            proptest::prop_assert!(ok(m.span) && ok(m.name_span), "mention {:?}", m);
        }
        for e in &ex.events {
            proptest::prop_assert!(ok(e.span) && ok(e.trigger), "event {:?}", e);
            for p in &e.participants {
                proptest::prop_assert!(ok(p.span));
            }
        }
        for s in &ex.statements {
            proptest::prop_assert!(ok(s.span));
        }
        let _ = explain(&doc, &ex);
    }

    #[test]
    fn extract_never_panics_on_wordy_text(words in proptest::collection::vec(proptest::sample::select(vec![
        "President", "Ivanov", "was", "sentenced", "to", "death", "in", "May", "2003", "No.", "Art.", "12(1)",
        "some", "40", "inmates", "(KNB)", "Law", "Court", "executed", "not", "allegedly", "é", "Ж", "\n", "\n\n",
        "•", "Head of state:", "commuted", "moratorium", "Since", "after", "he", "'s", "the", "Protocol", "Total =",
    ]), 0..80)) {
        let doc = document("prop", words.join(" "));
        let ex = extract(&doc);
        for e in &ex.events {
            proptest::prop_assert!(doc.text.get(e.span.range()).is_some());
        }
        let _ = explain(&doc, &ex);
    }
}

/// Dates and mentions, then events and statements, are found at once when a core is
/// free: the extraction is the same as the one made phase after phase on one thread
/// (a pool of one), and as the one made from dates tagged apart.
#[test]
fn parallel_phases_give_the_sequential_extraction() {
    let Some(docs) = load_corpus() else { return };
    let rules = dossier_extract::rules::Rules::builtin();
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a pool of one thread");
    let two = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("a pool of two threads");
    let mut events = 0;
    for d in &docs {
        let json = |e: &Extraction| serde_json::to_string(e).expect("json");
        let sequential = one.install(|| extract(d));
        let parallel = two.install(|| extract(d));
        assert_eq!(json(&sequential), json(&parallel), "{}", d.name);
        let ctx = dossier_extract::time::AnchorContext::from_document(d);
        let times = dossier_extract::time::tag(&d.text, &ctx);
        let apart = dossier_extract::extract_with_times(d, rules, times);
        assert_eq!(json(&sequential), json(&apart), "{}", d.name);
        events += sequential.events.len();
    }
    assert!(events > 0, "the corpus gives events");
}
