//! Latency summaries and throughput arithmetic.

use serde::Serialize;
use std::time::Duration;

/// Percentiles of a set of timings, in milliseconds.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Latency {
    pub n: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_ms: f64,
}

impl Latency {
    pub fn of(timings: &[Duration]) -> Latency {
        if timings.is_empty() {
            return Latency::default();
        }
        let mut ms: Vec<f64> = timings.iter().map(|d| d.as_secs_f64() * 1e3).collect();
        ms.sort_by(f64::total_cmp);
        Latency {
            n: ms.len(),
            p50_ms: percentile(&ms, 0.50),
            p95_ms: percentile(&ms, 0.95),
            p99_ms: percentile(&ms, 0.99),
            max_ms: ms[ms.len() - 1],
            mean_ms: ms.iter().sum::<f64>() / ms.len() as f64,
        }
    }
}

/// Nearest-rank percentile of sorted values (`q` in 0..=1).
pub fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Throughput of `bytes` in `seconds`, overall and per core used.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Throughput {
    pub mb: f64,
    pub seconds: f64,
    pub mb_per_s: f64,
    pub threads: usize,
    pub mb_per_s_per_core: f64,
    /// CPU time the process used meanwhile (all threads), when measured.
    pub cpu_seconds: Option<f64>,
    /// MB per CPU-second: per-core throughput that a loaded machine does not skew.
    pub mb_per_cpu_second: Option<f64>,
}

impl Throughput {
    pub fn new(bytes: u64, seconds: f64, threads: usize) -> Throughput {
        let mb = bytes as f64 / 1e6;
        let mb_per_s = if seconds > 0.0 { mb / seconds } else { 0.0 };
        Throughput {
            mb,
            seconds,
            mb_per_s,
            threads,
            mb_per_s_per_core: mb_per_s / threads.max(1) as f64,
            cpu_seconds: None,
            mb_per_cpu_second: None,
        }
    }

    pub fn with_cpu(mut self, cpu_seconds: f64) -> Throughput {
        self.cpu_seconds = Some(cpu_seconds);
        self.mb_per_cpu_second = (cpu_seconds > 0.0).then(|| self.mb / cpu_seconds);
        self
    }
}

/// One target from the issues and whether this run met it.
#[derive(Clone, Debug, Serialize)]
pub struct Target {
    pub name: String,
    pub target: String,
    pub measured: f64,
    pub met: bool,
}

impl Target {
    pub fn at_least(name: &str, unit: &str, want: f64, measured: f64) -> Target {
        Target {
            name: name.into(),
            target: format!(">= {want} {unit}"),
            measured,
            met: measured >= want,
        }
    }
    pub fn below(name: &str, unit: &str, want: f64, measured: f64) -> Target {
        Target {
            name: name.into(),
            target: format!("< {want} {unit}"),
            measured,
            met: measured < want,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(values: &[f64], q: f64, expect: f64) {
        assert_eq!(percentile(values, q), expect, "p{q} of {values:?}");
    }

    #[test]
    fn nearest_rank_percentiles() {
        let hundred: Vec<f64> = (1..=100).map(f64::from).collect();
        for (values, q, expect) in [
            (&hundred[..], 0.50, 50.0),
            (&hundred[..], 0.99, 99.0),
            (&hundred[..], 1.0, 100.0),
            (&hundred[..], 0.0, 1.0),
            (&[7.0][..], 0.99, 7.0),
            (&[][..], 0.5, 0.0),
        ] {
            check(values, q, expect);
        }
    }

    #[test]
    fn latency_and_throughput() {
        let timings: Vec<Duration> = (1..=10).map(Duration::from_millis).collect();
        let latency = Latency::of(&timings);
        assert_eq!(latency.n, 10);
        assert!((latency.p50_ms - 5.0).abs() < 1e-9);
        assert!((latency.max_ms - 10.0).abs() < 1e-9);
        assert_eq!(Latency::of(&[]), Latency::default());
        let throughput = Throughput::new(40_000_000, 2.0, 2);
        assert!((throughput.mb_per_s - 20.0).abs() < 1e-9);
        assert!((throughput.mb_per_s_per_core - 10.0).abs() < 1e-9);
        assert!(Target::at_least("x", "MB/s", 5.0, 5.0).met);
        assert!(!Target::below("y", "ms", 10.0, 10.0).met);
    }
}
