//! The ingest progress bar: files, MB and rate on a terminal; nothing otherwise.

use dossier::{Progress, Step};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

pub struct Bar {
    bar: ProgressBar,
    files_total: AtomicU64,
    files_done: AtomicU64,
}

impl Bar {
    pub fn new() -> Bar {
        // indicatif draws only when stderr is a terminal.
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(ProgressStyle::with_template("{spinner} {msg}").expect("static template"));
        Bar {
            bar,
            files_total: AtomicU64::new(0),
            files_done: AtomicU64::new(0),
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }

    fn message(&self) -> String {
        format!(
            "{} / {} files",
            self.files_done.load(Ordering::Relaxed),
            self.files_total.load(Ordering::Relaxed)
        )
    }
}

impl Progress for Bar {
    fn step(&self, step: Step) {
        if step != Step::Ingest {
            self.bar.set_message(step.label().to_string());
            self.bar.tick();
        }
    }

    fn plan(&self, files: u64, bytes: u64) {
        self.files_total.store(files, Ordering::Relaxed);
        self.bar.set_length(bytes);
        self.bar.set_style(
            ProgressStyle::with_template(
                "{spinner} ingesting [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} {msg} eta {eta}",
            )
            .expect("static template")
            .progress_chars("=> "),
        );
        self.bar.set_message(self.message());
    }

    fn file_done(&self, _path: &Path, bytes: u64) {
        self.files_done.fetch_add(1, Ordering::Relaxed);
        self.bar.inc(bytes);
        self.bar.set_message(self.message());
    }

    fn file_failed(&self, path: &Path, reason: &str) {
        self.files_done.fetch_add(1, Ordering::Relaxed);
        if !self.bar.is_hidden() {
            // Shown as it happens on a terminal; the summary lists every failure too.
            self.bar.suspend(|| {
                eprintln!(
                    "dossier: {}: {reason}",
                    crate::output::printable(&path.display().to_string())
                )
            });
        }
        self.bar.set_message(self.message());
    }
}
