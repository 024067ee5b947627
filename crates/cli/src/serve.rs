//! `dossier serve`: the HTTP API and web UI (see the `dossier-server` crate).

use crate::Cli;
use std::net::SocketAddr;
use std::process::ExitCode;

pub fn serve(
    cli: &Cli,
    addr: SocketAddr,
    read_only: bool,
    require_sign_in: bool,
) -> anyhow::Result<ExitCode> {
    let config = dossier_server::Config {
        store: cli.store.clone(),
        addr,
        read_only,
        require_sign_in,
        ..Default::default()
    };
    let server = dossier_server::Server::bind(&config).map_err(|e| {
        if e.is_user() {
            anyhow::Error::new(dossier::Error::User(e.to_string()))
        } else {
            anyhow::Error::new(dossier::Error::Internal(e.to_string()))
        }
    })?;
    let local = server.local_addr()?;
    let signs_in = require_sign_in || dossier::Location::parse(&cli.store).dir().is_none();
    if !local.ip().is_loopback() && !signs_in {
        eprintln!(
            "dossier: warning: {local} is not a loopback address: anyone who can reach it can read this store{}",
            if read_only { "" } else { " and add documents (use --read-only)" }
        );
    }
    eprintln!(
        "dossier: serving {}{}{} on http://{local}/ (Ctrl-C to stop)",
        dossier::Location::parse(&cli.store),
        if read_only { " (read-only)" } else { "" },
        if signs_in {
            " to signed-in accounts"
        } else {
            ""
        }
    );
    server
        .run()
        .map_err(|e| anyhow::Error::new(dossier::Error::Internal(e.to_string())))?;
    Ok(ExitCode::SUCCESS)
}
