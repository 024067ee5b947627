//! Many server processes on one database: two `dossier serve` processes on one
//! throwaway PostgreSQL cluster, each with its own index directory, answer the
//! same queries; a document uploaded through one is found through the other
//! within seconds, and a judgment made through one is applied by the other.
//! Skipped, saying so, where PostgreSQL is not installed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `dossier serve` child, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(store: &str, index: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["--store", store, "serve", "--addr", "127.0.0.1:0"])
        .env_remove("DOSSIER_STORE")
        .env("DOSSIER_INDEX_DIR", index)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start dossier serve");
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut seen = String::new();
    let addr = loop {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap_or(0) == 0 {
            panic!("dossier serve exited: {seen}");
        }
        seen.push_str(&line);
        if let Some(rest) = line.split("on http://").nth(1) {
            break rest.split('/').next().unwrap_or_default().to_string();
        }
    };
    // Keep draining its messages so it never blocks on a full pipe.
    std::thread::spawn(move || {
        let mut sink = String::new();
        let _ = stderr.read_to_string(&mut sink);
    });
    Server { child, addr }
}

/// The API token every request signs in with (team mode asks everyone).
static TOKEN: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// One HTTP/1.1 request, signed in with [`TOKEN`]; the status and the JSON body.
fn request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, serde_json::Value) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(token) = TOKEN.get() {
        head.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).unwrap();
    let text = String::from_utf8_lossy(&reply).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("an HTTP reply");
    let status: u16 = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status");
    // Bodies may come chunked: take the JSON between the first '{' and last '}'.
    let json = match (body.find('{'), body.rfind('}')) {
        (Some(a), Some(b)) if a <= b => serde_json::from_str(&body[a..=b]).unwrap_or_default(),
        _ => serde_json::Value::Null,
    };
    (status, json)
}

fn hits(addr: &str, query: &str) -> Vec<String> {
    let (status, body) = request(addr, "GET", &format!("/api/search?q={query}"), &[], b"");
    assert_eq!(status, 200, "{body}");
    body["hits"]
        .as_array()
        .map(|hits| {
            hits.iter()
                .map(|h| h["document"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn two_servers_on_one_database_answer_alike_and_see_each_others_writes() {
    let Some(cluster) = dossier_store::testing::TempCluster::start() else {
        return;
    };
    let store = cluster.database();
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(
        corpus.join("tarsk.txt"),
        "Police arrested the journalist Amina Dorr in Tarsk on 3 May 2012.\n\n\
         Two prisoners were hanged in Tarsk prison on 9 June 2013.\n",
    )
    .unwrap();
    // The command line on the database, with an index of its own; must succeed.
    let dossier = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["--store", &store])
            .args(args)
            .env_remove("DOSSIER_STORE")
            .env("DOSSIER_INDEX_DIR", tmp.path().join("cli"))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_string()
    };
    dossier(&["ingest", corpus.to_str().unwrap()]);

    // An editor's account and its API token (team mode asks every caller).
    dossier(&["user", "add", "ana", "--role", "editor", "--no-password"]);
    let _ = TOKEN.set(dossier(&["user", "token", "ana"]));

    let a = serve(&store, &tmp.path().join("a"));
    let b = serve(&store, &tmp.path().join("b"));

    // The same queries, the same answers.
    for path in [
        "/api/search?q=hanged",
        "/api/timeline",
        "/api/docs",
        "/api/entities",
    ] {
        let (status_a, body_a) = request(&a.addr, "GET", path, &[], b"");
        let (status_b, body_b) = request(&b.addr, "GET", path, &[], b"");
        assert_eq!((status_a, status_b), (200, 200), "{path}");
        assert_eq!(body_a, body_b, "{path}");
    }
    assert_eq!(hits(&a.addr, "hanged"), ["tarsk.txt"]);

    // Uploaded through A, found through B within seconds.
    let (status, body) = request(
        &a.addr,
        "POST",
        "/api/ingest?name=verdict.txt",
        &[("Content-Type", "text/plain")],
        b"The appeal court quashed the conviction of the blogger on 4 April 2015.\n",
    );
    assert_eq!(status, 200, "{body}");
    let started = Instant::now();
    loop {
        if hits(&b.addr, "quashed") == ["verdict.txt"] {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "B never found the document uploaded through A"
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    // A judgment made through A is applied by B: the rejected event leaves B's timeline.
    let (_, timeline) = request(&b.addr, "GET", "/api/timeline", &[], b"");
    let arrest = timeline["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["summary"].as_str().unwrap_or("").contains("arrested"))
        .expect("the arrest")
        .clone();
    let citation = &arrest["citations"][0];
    let judgment = serde_json::json!({
        "kind": "reject_event",
        "target": "arrest",
        "evidence": {"document": citation["document"], "start": citation["start"], "end": citation["end"]},
    });
    let (status, body) = request(
        &a.addr,
        "POST",
        "/api/judgments",
        &[("Content-Type", "application/json")],
        judgment.to_string().as_bytes(),
    );
    assert_eq!(status, 201, "{body}");
    let started = Instant::now();
    loop {
        let (_, timeline) = request(&b.addr, "GET", "/api/timeline", &[], b"");
        if timeline["rejected"][0]["judgments"][0]["author"] == "ana" {
            assert!(!timeline["events"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["summary"].as_str().unwrap_or("").contains("arrested")));
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "B never applied the judgment made through A: {timeline}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}
