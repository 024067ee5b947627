//! `dossier user ...` and `dossier audit`: the accounts that sign in to a server
//! (team mode, or `serve --require-sign-in`) and the audit log of every write.
//! Changes are recorded in the audit log as made by the system user.

use crate::output::{self, Style};
use crate::{Cli, UserCommand};
use dossier::auth::Role;
use dossier::Engine;
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

fn user_error(message: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(dossier::Error::User(message.into()))
}

pub fn user(cli: &Cli, command: &UserCommand) -> anyhow::Result<ExitCode> {
    let actor = dossier::auth::os_user();
    match command {
        UserCommand::Add {
            name,
            role,
            password_stdin,
            no_password,
        } => {
            let role = Role::parse(role).ok_or_else(|| {
                user_error(format!("--role {role:?}: one of reader, editor, admin"))
            })?;
            dossier::auth::check_name(name)?;
            let password = if *no_password {
                None
            } else if *password_stdin {
                Some(read_line_stdin()?)
            } else {
                Some(ask_password(name)?)
            };
            let mut engine = Engine::open_or_create(&cli.store)?;
            engine.add_user(name, role, password.as_deref(), &actor)?;
            if cli.json {
                output::json(&serde_json::json!({ "name": name, "role": role.as_str() }))?;
            } else {
                output::line(format!("account {name} ({}) made", role.as_str()))?;
            }
        }
        UserCommand::List => {
            let users = Engine::open(&cli.store)?.users()?;
            if cli.json {
                let rows: Vec<serde_json::Value> = users
                    .iter()
                    .map(|u| {
                        serde_json::json!({
                            "name": u.name,
                            "role": u.role.as_str(),
                            "password": u.password_hash.is_some(),
                            "tokens": u.tokens,
                            "created": u.created,
                        })
                    })
                    .collect();
                output::json(&serde_json::json!({ "users": rows }))?;
            } else {
                let style = Style::detect();
                for u in &users {
                    output::line(format!(
                        "{}  {}  {}, {} token(s), made {}",
                        style.bold(&output::printable(&u.name)),
                        u.role.as_str(),
                        if u.password_hash.is_some() {
                            "password"
                        } else {
                            "no password"
                        },
                        u.tokens,
                        u.created
                    ))?;
                }
                output::line(format!("{} account(s)", users.len()))?;
            }
        }
        UserCommand::Remove { name } => {
            Engine::open(&cli.store)?.remove_user(name, &actor)?;
            if cli.json {
                output::json(&serde_json::json!({ "removed": name }))?;
            } else {
                output::line(format!("account {name} removed, with its tokens"))?;
            }
        }
        UserCommand::Token { name } => {
            let token = Engine::open(&cli.store)?.mint_token(name, &actor)?;
            if cli.json {
                output::json(&serde_json::json!({ "name": name, "token": token }))?;
            } else {
                eprintln!(
                    "dossier: a new API token for {name}, shown once (send it as `Authorization: Bearer TOKEN`):"
                );
                output::line(&token)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The first line of standard input (`--password-stdin`).
fn read_line_stdin() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let password = line.trim_end_matches(['\n', '\r']).to_string();
    if password.is_empty() {
        return Err(user_error(
            "--password-stdin: standard input holds no password",
        ));
    }
    Ok(password)
}

/// Ask on the terminal, twice, without echo.
fn ask_password(name: &str) -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(user_error(
            "no terminal to ask the password on: give it on standard input with --password-stdin \
             (or make an account that signs in with tokens only: --no-password)",
        ));
    }
    let first = prompt(&format!("Password for {name}: "))?;
    let second = prompt("Again: ")?;
    if first != second {
        return Err(user_error("the two passwords differ; nothing was changed"));
    }
    Ok(first)
}

fn prompt(text: &str) -> anyhow::Result<String> {
    use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions};
    let stdin = std::io::stdin();
    eprint!("{text}");
    std::io::stderr().flush()?;
    let saved = tcgetattr(&stdin)?;
    let mut quiet = saved.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    tcsetattr(&stdin, OptionalActions::Now, &quiet)?;
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    let _ = tcsetattr(&stdin, OptionalActions::Now, &saved);
    eprintln!();
    read?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub fn audit(cli: &Cli, limit: Option<usize>) -> anyhow::Result<ExitCode> {
    let entries = Engine::open(&cli.store)?.audit()?;
    let total = entries.len();
    let shown = &entries[total.saturating_sub(limit.unwrap_or(usize::MAX))..];
    if cli.json {
        output::json(&serde_json::json!({ "entries": shown, "total": total }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    for e in shown {
        let entry = &e.entry;
        output::line(format!(
            "{}  {}  {} {}{}",
            e.at,
            style.bold(&output::printable(&entry.actor)),
            entry.action.replace('_', "-"),
            output::printable(&entry.target),
            entry
                .detail
                .as_deref()
                .map(|d| format!("  ({})", output::printable(d)))
                .unwrap_or_default()
        ))?;
    }
    output::line(format!(
        "{} of {total} entr{}",
        shown.len(),
        if total == 1 { "y" } else { "ies" }
    ))?;
    Ok(ExitCode::SUCCESS)
}
