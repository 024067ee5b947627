//! `dossier`: the command line. A table of contents: one function per command in
//! [`commands`], dispatched from [`run`].
//!
//! **Invariant:** the only crate that prints. Exit status: 0 success, 1 bad input
//! (or some files failed to ingest), 2 internal error, 130 interrupted. A closed
//! stdout (`dossier docs | head`) exits 0.

mod accounts;
mod commands;
mod output;
mod progress;
mod serve;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "dossier",
    version,
    about = "A cited, queryable knowledge base from human-rights, legal and country reports"
)]
pub struct Cli {
    /// Store directory, or in team mode a PostgreSQL database:
    /// `postgres://USER@HOST/DB` (each machine keeps its search index in
    /// DOSSIER_INDEX_DIR, default ~/.cache/dossier/).
    #[arg(
        long,
        global = true,
        env = "DOSSIER_STORE",
        default_value = "dossier-data"
    )]
    pub store: PathBuf,
    /// Machine-readable JSON on stdout.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Ingest files and folders (recursively): txt, md, html, pdf.
    Ingest {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Refuse files larger than this many megabytes.
        #[arg(long, default_value_t = 100)]
        max_file_mb: u64,
        /// Stop extracting a file after this many seconds and skip it (reported as
        /// failed); checked after each extraction phase. `inf`: no bound.
        #[arg(long, default_value_t = 300.0, value_name = "SECONDS")]
        max_extract_seconds: f64,
        /// Skip extraction (dates, mentions, events).
        #[arg(long)]
        no_extract: bool,
        /// A folder of extra extraction rules (*.json; see crates/extract/rules/)
        /// that extend the builtin ones: a new topic or language without recompiling.
        #[arg(long, value_name = "DIR")]
        rules: Option<PathBuf>,
    },
    /// Full-text search over passages.
    Search {
        query: String,
        /// How many passages (1 or more).
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
        limit: u64,
        /// Only documents from this publisher.
        #[arg(long)]
        publisher: Option<String>,
        /// Only documents published on or after this date (YYYY[-MM[-DD]]).
        #[arg(long)]
        from: Option<String>,
        /// Only documents published on or before this date.
        #[arg(long)]
        to: Option<String>,
    },
    /// List every document with its metadata.
    Docs,
    /// Show one document's metadata and kept text.
    Show {
        /// File name (or a unique prefix), path or sha256.
        doc: String,
        /// Print the original bytes instead of the kept text.
        #[arg(long)]
        original: bool,
    },
    /// Events in date order, each with its citation.
    Timeline {
        /// Only events about this person, organisation or place.
        #[arg(long)]
        about: Option<String>,
        /// Only events of these types (e.g. execution, moratorium); repeatable.
        #[arg(long = "type", value_name = "TYPE")]
        kinds: Vec<String>,
        /// Only events on or after this date (YYYY[-MM[-DD]]).
        #[arg(long)]
        from: Option<String>,
        /// Only events on or before this date.
        #[arg(long)]
        to: Option<String>,
    },
    /// Answer a question in plain English, with citations and conflicting evidence.
    Ask {
        question: String,
        /// Also show how the question was read and how the answer was found.
        #[arg(long)]
        why: bool,
    },
    /// Contradictions and stale claims across documents, each citing every side.
    Conflicts,
    /// Every entity (people, organisations, places, courts, laws, treaties) and the
    /// dates, durations and quantities mentioned, grouped.
    Entities {
        /// Only entities of this kind (person, organisation, place, court, law, treaty,
        /// date, duration, quantity).
        #[arg(long)]
        kind: Option<String>,
    },
    /// One entity: its aliases, type, roles, events and documents.
    Entity { name: String },
    /// A jurisdiction's death-penalty status at a date, with its history.
    Status {
        jurisdiction: String,
        /// The date to report on (YYYY[-MM[-DD]]); today when absent.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Show a document's text with every extraction, its rule and its value.
    Explain {
        /// File name (or a unique prefix), path or sha256.
        doc: String,
    },
    /// Verify the store: the database, every original against its SHA-256, the
    /// originals file, the search index against the store.
    Check {
        /// Repair what can be repaired: rebuild the index, write damaged originals
        /// back from their unchanged files, give back the space of replaced ones.
        #[arg(long)]
        repair: bool,
    },
    /// Record an analyst's judgment: confirm or reject an event, a date or a status
    /// ground, merge or split entities, resolve a conflict, tag a document. Kept
    /// with its author, time and evidence across re-ingests.
    Judge {
        /// confirm-event, reject-event, confirm-date, reject-date, confirm-status,
        /// reject-status, merge-entities, split-entity, resolve-conflict,
        /// tag-document.
        kind: String,
        /// What it is about: an event, an entity's name, a conflict, a document.
        target: String,
        /// The right value, the other name, the tag.
        #[arg(long)]
        value: Option<String>,
        #[arg(long)]
        note: Option<String>,
        /// The words it rests on: DOC:START-END, a byte range of a document's
        /// kept text (as citations give it).
        #[arg(long, value_name = "DOC:START-END")]
        evidence: Option<String>,
        /// Who judges (default: $USER).
        #[arg(long, env = "USER")]
        author: String,
    },
    /// Every judgment, who made it and when, and whether its evidence is still in
    /// the store.
    Judgments,
    /// Serve the HTTP API (under /api/) and the web UI.
    Serve {
        /// Address to listen on; loopback unless told otherwise.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Refuse uploads and every other write.
        #[arg(long)]
        read_only: bool,
        /// Ask every caller to sign in, as team mode always does (accounts from
        /// `dossier user add`).
        #[arg(long)]
        require_sign_in: bool,
    },
    /// Accounts that sign in to `dossier serve` in team mode (or with
    /// `--require-sign-in`): reader, editor (also uploads and judges), admin (also
    /// manages accounts and reads the audit log).
    #[command(subcommand)]
    User(UserCommand),
    /// The audit log: every write (ingest, upload, judgment, account change), who
    /// made it and when.
    Audit {
        /// Only the last N entries.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
}

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Make an account; its password is asked on the terminal (or read from
    /// standard input with --password-stdin), never given as an argument.
    Add {
        name: String,
        /// reader, editor or admin.
        #[arg(long)]
        role: String,
        /// Read the password from the first line of standard input.
        #[arg(long, conflicts_with = "no_password")]
        password_stdin: bool,
        /// No password: the account signs in with API tokens only.
        #[arg(long)]
        no_password: bool,
    },
    /// The accounts, their roles and how many tokens each has.
    List,
    /// Remove an account and its tokens (its sessions end too).
    Remove { name: String },
    /// Make a new API token for an account and print it (once).
    Token { name: String },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // A usage error is bad input (1); 2 is kept for internal errors. Help and
        // the version are no error.
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match commands::run(&cli) {
        Ok(code) => code,
        Err(e) => {
            if output::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            let code = match e.downcast_ref::<dossier::Error>() {
                Some(dossier::Error::Interrupted) => 130,
                Some(err) if err.is_user() => 1,
                Some(_) => 2,
                None => 1,
            };
            eprintln!("dossier: error: {e:#}");
            ExitCode::from(code)
        }
    }
}
