//! Load generator for `dossier serve`: ingests a corpus into a temporary store,
//! starts the server on 127.0.0.1 (a free port), then keeps N keep-alive
//! connections busy for a bounded time with rotating `/api/search` and `/api/ask`
//! requests, and reports throughput, p50/p99 latency and errors per endpoint.
//!
//! ```sh
//! cargo run --release -p dossier-server --example load -- \
//!     [--corpus DIR] [--seconds 20] [--connections 64] [--workers 4]
//! ```
//!
//! With `--url http://127.0.0.1:PORT` (repeatable) it starts nothing and drives
//! servers already running (e.g. `dossier serve` on a PostgreSQL store): each
//! connection keeps one keep-alive stream per server and alternates its requests
//! between them (no balancer). `--token TOKEN` sends `Authorization: Bearer TOKEN`
//! (team mode signs in).
//!
//! Loopback only: it refuses any other address. Exits 1 when a request failed.

use dossier_server::{Config, Server};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const SEARCHES: &[&str] = &[
    "death penalty",
    "moratorium",
    "execution",
    "torture",
    "court sentenced",
    "life imprisonment",
    "amnesty",
    "prison conditions",
    "terrorism",
    "journalist",
];

const QUESTIONS: &[&str] = &[
    "When was the moratorium on executions introduced?",
    "How many people were executed in 2003?",
    "When was the death penalty abolished?",
    "Which court sentenced him?",
    "Who introduced the moratorium?",
    "How many prisoners had their death sentences commuted?",
    "When did the country sign the Second Optional Protocol?",
    "Where did the attack take place?",
];

struct Options {
    corpus: PathBuf,
    seconds: u64,
    connections: usize,
    workers: usize,
    /// Servers already running; empty: ingest and start one in this process.
    urls: Vec<SocketAddr>,
    token: Option<String>,
}

/// `http://HOST:PORT[/]` on a loopback address.
fn loopback(url: &str) -> Result<SocketAddr, String> {
    let rest = url
        .strip_prefix("http://")
        .ok_or(format!("--url {url}: only http://HOST:PORT"))?;
    let addr: SocketAddr = rest
        .trim_end_matches('/')
        .parse()
        .map_err(|e| format!("--url {url}: {e}"))?;
    if !addr.ip().is_loopback() {
        return Err(format!("--url {url}: not a loopback address"));
    }
    Ok(addr)
}

fn options() -> Result<Options, String> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let reference = workspace.join("../shared/corpus/kazakhstan");
    let mut options = Options {
        corpus: if reference.is_dir() {
            reference
        } else {
            workspace.join("examples/corpus")
        },
        seconds: 20,
        connections: 64,
        workers: 4,
        urls: Vec::new(),
        token: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag}: a value is required"));
        let number = |v: String| v.parse::<u64>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--corpus" => options.corpus = PathBuf::from(value()?),
            "--seconds" => options.seconds = number(value()?)?.clamp(1, 600),
            "--connections" => options.connections = number(value()?)?.clamp(1, 1024) as usize,
            "--workers" => options.workers = number(value()?)?.clamp(1, 64) as usize,
            "--url" => options.urls.push(loopback(&value()?)?),
            "--token" => options.token = Some(value()?),
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(options)
}

/// Per-endpoint results of one connection.
#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    errors: Vec<String>,
}

fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// One request on a kept-alive connection: the status and the body length.
async fn request(
    reader: &mut BufReader<TcpStream>,
    addr: SocketAddr,
    target: &str,
    token: Option<&str>,
) -> Result<(u16, usize), String> {
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let head =
        format!("GET {target} HTTP/1.1\r\nHost: {addr}\r\nAccept: application/json\r\n{auth}\r\n");
    reader
        .get_mut()
        .write_all(head.as_bytes())
        .await
        .map_err(|e| format!("write: {e}"))?;
    let mut line = String::new();
    reader
        .read_line(&mut line)
        .await
        .map_err(|e| format!("read: {e}"))?;
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| format!("bad status line {line:?}"))?;
    let mut length = None;
    loop {
        line.clear();
        let n = reader
            .read_line(&mut line)
            .await
            .map_err(|e| format!("read: {e}"))?;
        if n == 0 {
            return Err("connection closed in the headers".into());
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let length = length.ok_or("no content-length")?;
    let mut body = vec![0u8; length];
    reader
        .read_exact(&mut body)
        .await
        .map_err(|e| format!("body: {e}"))?;
    Ok((status, length))
}

async fn connection(
    addrs: Vec<SocketAddr>,
    token: Option<String>,
    id: usize,
    deadline: Instant,
) -> [Tally; 2] {
    let mut tallies = [Tally::default(), Tally::default()];
    let mut readers: Vec<Option<BufReader<TcpStream>>> = addrs.iter().map(|_| None).collect();
    let mut turn = id;
    while Instant::now() < deadline {
        let endpoint = turn % 2;
        let target = if endpoint == 0 {
            let q = SEARCHES[(turn / 2) % SEARCHES.len()];
            format!("/api/search?q={}&limit=20", encode(q))
        } else {
            let q = QUESTIONS[(turn / 2) % QUESTIONS.len()];
            format!("/api/ask?q={}", encode(q))
        };
        // Servers in turn for each endpoint: search on 0, 1, 0, ..., ask on 1, 0, 1, ...
        let server = (turn + turn / 2) % addrs.len();
        let (addr, reader) = (addrs[server], &mut readers[server]);
        turn += 1;
        if reader.is_none() {
            match TcpStream::connect(addr).await {
                Ok(stream) => {
                    let _ = stream.set_nodelay(true);
                    *reader = Some(BufReader::new(stream));
                }
                Err(e) => {
                    tallies[endpoint].errors.push(format!("connect: {e}"));
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            }
        }
        let Some(stream) = reader.as_mut() else {
            continue;
        };
        let started = Instant::now();
        match request(stream, addr, &target, token.as_deref()).await {
            Ok((200, _)) => tallies[endpoint].latencies.push(started.elapsed()),
            Ok((status, _)) => tallies[endpoint]
                .errors
                .push(format!("{target}: HTTP {status}")),
            Err(e) => {
                tallies[endpoint].errors.push(format!("{target}: {e}"));
                *reader = None;
            }
        }
    }
    tallies
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn main() -> std::process::ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(e) => {
            eprintln!("load: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => std::process::ExitCode::from(1),
        Err(e) => {
            eprintln!("load: {e}");
            std::process::ExitCode::from(2)
        }
    }
}

fn run(options: &Options) -> Result<bool, Box<dyn std::error::Error>> {
    let _dir;
    let addrs = if options.urls.is_empty() {
        let (dir, addr) = start(options)?;
        _dir = dir;
        vec![addr]
    } else {
        println!(
            "servers {:?}, {} connections for {} s",
            options.urls, options.connections, options.seconds
        );
        options.urls.clone()
    };
    let load_before = load_average();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let started = Instant::now();
    let deadline = started + Duration::from_secs(options.seconds);
    let results = runtime.block_on(async {
        let tasks: Vec<_> = (0..options.connections)
            .map(|id| {
                tokio::spawn(connection(
                    addrs.clone(),
                    options.token.clone(),
                    id,
                    deadline,
                ))
            })
            .collect();
        let mut results = Vec::new();
        for task in tasks {
            if let Ok(tallies) = task.await {
                results.push(tallies);
            }
        }
        results
    });
    let elapsed = started.elapsed().as_secs_f64();
    let load_after = load_average();
    let mut ok = true;
    println!("load average before {load_before}, after {load_after}; {elapsed:.1} s");
    println!(
        "| endpoint | requests | req/s | p50 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|---:|"
    );
    for (endpoint, name) in ["/api/search", "/api/ask"].iter().enumerate() {
        let mut latencies: Vec<Duration> = results
            .iter()
            .flat_map(|t| t[endpoint].latencies.iter().copied())
            .collect();
        let errors: Vec<&String> = results
            .iter()
            .flat_map(|t| t[endpoint].errors.iter())
            .collect();
        latencies.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "| `{name}` | {} | {:.0} | {:.1} | {:.1} | {:.1} | {} |",
            latencies.len() + errors.len(),
            latencies.len() as f64 / elapsed,
            ms(percentile(&latencies, 50.0)),
            ms(percentile(&latencies, 99.0)),
            ms(latencies.last().copied().unwrap_or_default()),
            errors.len()
        );
        for error in errors.iter().take(5) {
            println!("  error: {error}");
        }
        ok &= errors.is_empty() && !latencies.is_empty();
    }
    if results.len() != options.connections {
        println!(
            "{} connection task(s) failed",
            options.connections - results.len()
        );
        ok = false;
    }
    Ok(ok)
}

/// Ingests the corpus into a temporary store and serves it read-only in this process.
fn start(options: &Options) -> Result<(tempfile::TempDir, SocketAddr), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let store = dir.path().join("store");
    let mut engine = dossier::Engine::open_or_create(&store)?;
    let report = engine.ingest(
        std::slice::from_ref(&options.corpus),
        &dossier::IngestConfig::default(),
        &dossier::pipeline::Silent,
    )?;
    drop(engine);
    let config = Config {
        store,
        addr: SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
        read_only: true,
        workers: options.workers,
        ..Config::default()
    };
    let server = Server::bind(&config)?;
    let addr = server.local_addr()?;
    if !addr.ip().is_loopback() {
        return Err(format!("{addr} is not a loopback address").into());
    }
    std::thread::spawn(move || server.run());
    println!(
        "corpus {} ({} documents), server http://{addr}/ with {} workers, {} connections for {} s",
        options.corpus.display(),
        report.added,
        options.workers,
        options.connections,
        options.seconds
    );
    Ok((dir, addr))
}
