//! Poppler's `pdftotext` as a child process: the text layer without linking a C parser.
//!
//! Process isolation means a damaged file can never panic or corrupt this process. The
//! child is bounded three ways: a wall-clock timeout (the child is killed), an address-
//! space limit (`RLIMIT_AS`, set on the child with `prlimit` right after it starts; the
//! workspace forbids `unsafe`, so there is no `pre_exec`), and a cap on the text it may
//! write (the child is killed past it). The PDF goes in on stdin, so no temporary file is
//! written; pages come back separated by form feeds.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Bounds for one run of `pdftotext`.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub timeout: Duration,
    /// Address-space limit of the child, in bytes.
    pub memory: u64,
    /// Most text the child may write, in bytes.
    pub output: usize,
}

impl Limits {
    /// Limits that scale with the input: 30 s plus 1 s per MB, 2 GiB of address space,
    /// and 40 bytes of output per input byte (word boxes take room), at least 64 MB and
    /// at most 1 GB.
    pub fn for_input(len: usize) -> Limits {
        Limits {
            timeout: Duration::from_secs(30 + (len / 1_000_000) as u64),
            memory: 2 << 30,
            output: len.saturating_mul(40).clamp(64 << 20, 1 << 30),
        }
    }
}

/// Why `pdftotext` gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The program is not installed (or cannot be started).
    Missing,
    /// It ran and refused the file (exit status and its first stderr line).
    Refused(String),
    /// A bound was hit: the child was killed.
    Killed(String),
}

/// The program to run: `$DOSSIER_PDFTOTEXT` when set (tests and odd installs), else
/// `pdftotext` from `PATH`.
pub fn program() -> std::ffi::OsString {
    std::env::var_os("DOSSIER_PDFTOTEXT").unwrap_or_else(|| "pdftotext".into())
}

/// Run `pdftotext -q -enc UTF-8 [args] - -` over `pdf`; returns its UTF-8 output.
pub fn run(pdf: &[u8], args: &[&str], limits: Limits) -> Result<String, Failure> {
    let mut full = vec!["-q", "-enc", "UTF-8"];
    full.extend_from_slice(args);
    full.extend_from_slice(&["-", "-"]);
    run_program(&program(), &full, pdf, limits)
}

/// Run `program` with exactly `args`, `input` on stdin, within `limits`; returns its
/// stdout as UTF-8 (invalid bytes replaced).
pub fn run_program(
    program: &std::ffi::OsStr,
    args: &[&str],
    input: &[u8],
    limits: Limits,
) -> Result<String, Failure> {
    run_program_bytes(program, args, input, limits).map(|buf| match String::from_utf8(buf) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// [`run_program`] returning stdout as bytes (an image, say).
pub fn run_program_bytes(
    program: &std::ffi::OsStr,
    args: &[&str],
    input: &[u8],
    limits: Limits,
) -> Result<Vec<u8>, Failure> {
    let pdf = input;
    let name = std::path::Path::new(program)
        .file_name()
        .unwrap_or(program)
        .to_string_lossy()
        .into_owned();
    let mut command = Command::new(program);
    command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Its own process group, so that a kill reaches anything it started.
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn().map_err(|_| Failure::Missing)?;
    limit_memory(child.id(), limits.memory);

    let (Some(mut stdin), Some(mut stdout), Some(mut stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        kill(&mut child);
        let _ = child.wait();
        return Err(Failure::Refused(format!("{name}: no pipes")));
    };
    let cap = limits.output;
    let over = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // Feeding stdin: a broken pipe just means the child stopped reading.
        scope.spawn(move || {
            let _ = stdin.write_all(pdf);
        });
        let over = &over;
        let out = scope.spawn(move || {
            let mut buf = Vec::new();
            let read = (&mut stdout).take(cap as u64 + 1).read_to_end(&mut buf);
            if buf.len() > cap {
                over.store(true, Ordering::Relaxed);
            }
            (buf, read.is_ok())
        });
        let err = scope.spawn(move || {
            let mut buf = Vec::new();
            let _ = (&mut stderr).take(4096).read_to_end(&mut buf);
            // Drain the rest so the child never blocks on a full stderr pipe.
            let _ = std::io::copy(&mut stderr, &mut std::io::sink());
            buf
        });

        let deadline = Instant::now() + limits.timeout;
        let mut killed: Option<String> = None;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) => {}
                Err(_) => break None,
            }
            if over.load(Ordering::Relaxed) {
                killed = Some(format!(
                    "{name} wrote more than {cap} bytes of text and was stopped"
                ));
                kill(&mut child);
                break child.wait().ok();
            }
            if Instant::now() >= deadline {
                killed = Some(format!(
                    "{name} took longer than {} s and was stopped",
                    limits.timeout.as_secs()
                ));
                kill(&mut child);
                break child.wait().ok();
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        let (buf, read_ok) = out.join().unwrap_or_default();
        let stderr = err.join().unwrap_or_default();
        if let Some(reason) = killed {
            return Err(Failure::Killed(reason));
        }
        if buf.len() > cap {
            return Err(Failure::Killed(format!(
                "{name} wrote more than {cap} bytes of text and was stopped"
            )));
        }
        let Some(status) = status else {
            return Err(Failure::Refused(format!("{name}: cannot wait for it")));
        };
        if !status.success() || !read_ok {
            let first = String::from_utf8_lossy(&stderr)
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("")
                .to_string();
            let why = match status.code() {
                Some(code) => format!("exit status {code}"),
                None => "killed by a signal (out of memory?)".to_string(),
            };
            return Err(Failure::Refused(if first.is_empty() {
                format!("{name} failed ({why})")
            } else {
                format!("{name} failed ({why}): {first}")
            }));
        }
        Ok(buf)
    })
}

/// Kill the child and its process group.
fn kill(child: &mut std::process::Child) {
    #[cfg(unix)]
    if let Some(pid) = i32::try_from(child.id())
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
    let _ = child.kill();
}

#[cfg(target_os = "linux")]
fn limit_memory(pid: u32, bytes: u64) {
    use rustix::process::{prlimit, Pid, Resource, Rlimit};
    if let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) {
        let limit = Rlimit {
            current: Some(bytes),
            maximum: Some(bytes),
        };
        let _ = prlimit(Some(pid), Resource::As, limit);
    }
}

#[cfg(not(target_os = "linux"))]
fn limit_memory(_pid: u32, _bytes: u64) {}
