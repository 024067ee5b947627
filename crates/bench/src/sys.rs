//! What the machine is and what a process used: cores, memory, load, disk.

use serde::Serialize;
use std::path::Path;

#[derive(Clone, Debug, Serialize)]
pub struct Machine {
    /// Cores the OS offers this process (`available_parallelism`).
    pub cores: usize,
    /// Threads in rayon's global pool (what the ingest actually uses).
    pub rayon_threads: usize,
    pub memory_total_mb: f64,
    /// `/proc/loadavg`'s 1, 5 and 15 minute averages when the run started.
    pub load_before: [f64; 3],
    pub load_after: [f64; 3],
    pub cpu_model: String,
}

impl Machine {
    pub fn now() -> Machine {
        Machine {
            cores: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            rayon_threads: rayon::current_num_threads(),
            memory_total_mb: meminfo_kb("MemTotal:").unwrap_or(0) as f64 / 1024.0,
            load_before: loadavg(),
            load_after: [0.0; 3],
            cpu_model: cpu_model(),
        }
    }

    /// Record the load at the end of the run.
    pub fn finish(mut self) -> Machine {
        self.load_after = loadavg();
        self
    }
}

pub fn loadavg() -> [f64; 3] {
    let text = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let mut out = [0.0; 3];
    for (slot, word) in out.iter_mut().zip(text.split_whitespace()) {
        *slot = word.parse().unwrap_or(0.0);
    }
    out
}

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .map(|rest| rest.trim_start_matches([' ', '\t', ':']).trim().to_string())
        .unwrap_or_default()
}

fn meminfo_kb(key: &str) -> Option<u64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    field_kb(&text, key)
}

/// `Key:   1234 kB` → 1234.
fn field_kb(text: &str, key: &str) -> Option<u64> {
    text.lines()
        .find_map(|line| line.strip_prefix(key))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

/// Peak and current resident memory of this process, in MB.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Memory {
    /// `VmHWM`: the peak resident set size since the process started.
    pub peak_rss_mb: f64,
    /// `VmRSS` now.
    pub rss_mb: f64,
}

pub fn memory() -> Memory {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let mb = |key| field_kb(&text, key).unwrap_or(0) as f64 / 1024.0;
    Memory {
        peak_rss_mb: mb("VmHWM:"),
        rss_mb: mb("VmRSS:"),
    }
}

/// CPU time (user + system) this process has used so far, all threads, in seconds.
/// Read from `/proc/self/stat` (fields 14 and 15, in clock ticks of 1/100 s).
pub fn cpu_seconds() -> f64 {
    let text = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    stat_cpu_seconds(&text)
}

fn stat_cpu_seconds(stat: &str) -> f64 {
    // The command name (field 2) is in parentheses and may hold spaces: skip past it.
    let Some(after) = stat.rfind(')').and_then(|i| stat.get(i + 1..)) else {
        return 0.0;
    };
    let fields: Vec<&str> = after.split_whitespace().collect();
    // `after` starts at field 3, so utime (14) and stime (15) are at 11 and 12.
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    (ticks(11) + ticks(12)) as f64 / 100.0
}

/// Total size in bytes of the regular files under `dir` (0 if it does not exist).
pub fn dir_bytes(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_file())
        .filter_map(|entry| entry.metadata().ok())
        .map(|meta| meta.len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, key: &str, expect: Option<u64>) {
        assert_eq!(field_kb(text, key), expect, "{key} in {text:?}");
    }

    #[test]
    fn reads_kilobyte_fields() {
        let status = "Name:\tbench\nVmHWM:\t  20480 kB\nVmRSS:\t   1024 kB\n";
        for (key, expect) in [
            ("VmHWM:", Some(20480)),
            ("VmRSS:", Some(1024)),
            ("VmSwap:", None),
            ("Name:", None),
        ] {
            check(status, key, expect);
        }
    }

    #[test]
    fn reads_cpu_ticks_past_a_command_name_with_spaces() {
        let stat = "42 (my bench) R 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0";
        assert!((stat_cpu_seconds(stat) - 3.0).abs() < 1e-9);
        assert_eq!(stat_cpu_seconds("garbage"), 0.0);
        assert!(cpu_seconds() >= 0.0);
    }

    #[test]
    fn this_process_has_memory_and_a_directory_has_a_size() {
        let memory = memory();
        assert!(memory.peak_rss_mb >= memory.rss_mb);
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a"), b"12345").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/b"), b"123").unwrap();
        assert_eq!(dir_bytes(dir.path()), 8);
        assert_eq!(dir_bytes(&dir.path().join("missing")), 0);
    }
}
