//! Test support: a throwaway PostgreSQL cluster (`initdb` and `pg_ctl` in a
//! temporary directory, listening on a Unix socket only), for the conformance suite
//! and the engine's team-mode tests. Not part of the store's API.
//!
//! The binaries are looked for in `DOSSIER_PG_BIN`, then on `PATH`, then in
//! Debian's `/usr/lib/postgresql/VERSION/bin` (newest first). PostgreSQL refuses to
//! run as root: as root, the cluster is run as the `postgres` user (Debian's
//! package creates it) through `runuser`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A running cluster, stopped and deleted when dropped.
pub struct TempCluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    as_user: Option<String>,
    databases: std::sync::atomic::AtomicUsize,
}

/// The directory holding `initdb`, `pg_ctl` and `postgres`, if they are installed.
pub fn pg_bin() -> Option<PathBuf> {
    let has_all = |dir: &Path| {
        ["initdb", "pg_ctl", "postgres"]
            .iter()
            .all(|b| dir.join(b).is_file())
    };
    if let Some(dir) = std::env::var_os("DOSSIER_PG_BIN").map(PathBuf::from) {
        return has_all(&dir).then_some(dir);
    }
    if let Some(path) = std::env::var_os("PATH") {
        if let Some(dir) = std::env::split_paths(&path).find(|dir| has_all(dir)) {
            return Some(dir);
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, dir)| has_all(dir))
        .collect();
    versions.sort();
    versions.pop().map(|(_, dir)| dir)
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

impl TempCluster {
    /// Start a cluster, or `None` (with a message on stderr saying why the test is
    /// skipped) when PostgreSQL is not installed. Panics if it is installed but
    /// fails to start.
    pub fn start() -> Option<TempCluster> {
        let Some(bin) = pg_bin() else {
            eprintln!(
                "SKIPPED: PostgreSQL is not installed (no initdb/pg_ctl in DOSSIER_PG_BIN, PATH or \
                 /usr/lib/postgresql/*/bin): the PostgreSQL backend is not tested here. \
                 `apt-get install postgresql` (as .ci/run does) to run these tests."
            );
            return None;
        };
        let as_user = is_root().then(|| "postgres".to_string());
        let dir = tempfile::Builder::new()
            .prefix("dossier-pg")
            .tempdir_in("/tmp")
            .expect("a temporary directory");
        let cluster = TempCluster {
            dir,
            bin,
            as_user,
            databases: Default::default(),
        };
        if let Some(user) = &cluster.as_user {
            let status = Command::new("chown")
                .arg(user)
                .arg(cluster.dir.path())
                .status()
                .expect("chown runs");
            assert!(status.success(), "chown {user} of the cluster's directory");
        }
        let data = cluster.dir.path().join("data");
        cluster.run(
            "initdb",
            &[
                "-D".as_ref(),
                data.as_os_str(),
                "-A".as_ref(),
                "trust".as_ref(),
                "-U".as_ref(),
                "dossier".as_ref(),
                "-E".as_ref(),
                "UTF8".as_ref(),
                "--locale=C".as_ref(),
                // A throwaway cluster: no need to wait for the disk.
                "--no-sync".as_ref(),
            ],
        );
        let options = format!(
            "-k {} -c listen_addresses='' -c fsync=off -c max_connections=50",
            cluster.dir.path().display()
        );
        let log = cluster.dir.path().join("log");
        cluster.run(
            "pg_ctl",
            &[
                "-D".as_ref(),
                data.as_os_str(),
                "-o".as_ref(),
                options.as_ref(),
                "-l".as_ref(),
                log.as_os_str(),
                "-w".as_ref(),
                "start".as_ref(),
            ],
        );
        Some(cluster)
    }

    fn command(&self, program: &str) -> Command {
        let program = self.bin.join(program);
        match &self.as_user {
            Some(user) => {
                let mut command = Command::new("runuser");
                command.arg("-u").arg(user).arg("--").arg(program);
                command
            }
            None => Command::new(program),
        }
    }

    fn run(&self, program: &str, args: &[&std::ffi::OsStr]) {
        let out = self
            .command(program)
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap_or_else(|e| panic!("{program}: {e}"));
        let log = std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default();
        assert!(
            out.status.success(),
            "{program} failed: {}\n{}\n{log}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The URL of the cluster's `postgres` database.
    pub fn admin_url(&self) -> String {
        self.url_of("postgres")
    }

    fn url_of(&self, database: &str) -> String {
        format!(
            "postgresql://dossier@/{database}?host={}",
            self.dir.path().display()
        )
    }

    /// A new, empty database of the cluster, and its URL.
    pub fn database(&self) -> String {
        let n = self
            .databases
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let name = format!("t{n}");
        let mut admin =
            postgres::Client::connect(&self.admin_url(), postgres::NoTls).expect("connect");
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create a database");
        self.url_of(&name)
    }
}

impl Drop for TempCluster {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let _ = self
            .command("pg_ctl")
            .args([
                "-D".as_ref(),
                data.as_os_str(),
                "-m".as_ref(),
                "immediate".as_ref(),
            ])
            .arg("-w")
            .arg("stop")
            .output();
    }
}
