//! Who is asking (team mode): accounts, API tokens, session cookies and the audit
//! log.
//!
//! Accounts live in the store (both backends): a name, a [`Role`], the password as
//! an Argon2id hash (a PHC string, salted), API tokens as their SHA-256 (a token is
//! 32 random bytes, so a fast hash is enough). A session cookie is signed, not
//! stored: `NAME_HEX.EXPIRY.MAC`, the MAC an HMAC-SHA256 under the store's session
//! key (made with the first account) over the name, the expiry and the account's
//! password hash, so every server process on the store accepts it, and removing
//! the account or changing its password ends its sessions. Every write is recorded
//! in the audit log in the transaction of the write ([`crate::Engine`]'s writes).

use crate::{Engine, Error, Result};
pub use dossier_store::{AuditEntry, NewAudit, Role, User};
use dossier_store::{Location, Mode, Store};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::path::Path;
use std::sync::Mutex;

/// How long a session cookie is good for.
pub const SESSION_SECONDS: u64 = 12 * 60 * 60;

/// Prefix of API tokens (tells them from passwords in logs and secret scanners).
pub const TOKEN_PREFIX: &str = "dsr_";

/// A signed-in account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub role: Role,
}

/// The system user running this process (`$USER`, `$LOGNAME`): who a write from
/// the command line, or from a server without sign-in, is recorded as.
pub fn os_user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .or_else(user_of_uid)
        .unwrap_or_else(|| "unknown".into())
}

/// The name of this process's user id in `/etc/passwd` (Linux), for an
/// environment without `$USER` (a service, a container, CI).
fn user_of_uid() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let uid = status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))?
        .split_whitespace()
        .next()?
        .to_string();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    let name = passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        (fields.nth(1)? == uid).then(|| name.to_string())
    });
    Some(name.unwrap_or_else(|| format!("uid {uid}")))
}

/// An account name: 1 to 64 letters, digits, `.`, `_`, `-` or `@`.
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
    if ok {
        Ok(())
    } else {
        Err(Error::User(format!(
            "{name:?}: an account name is 1 to 64 letters, digits, '.', '_', '-' or '@'"
        )))
    }
}

/// The Argon2id hash of `password` (PHC string, random salt, the crate's default
/// cost: 19 MiB, 2 passes).
pub fn hash_password(password: &str) -> Result<String> {
    use argon2::password_hash::PasswordHasher;
    if password.chars().count() < 8 {
        return Err(Error::User("a password needs at least 8 characters".into()));
    }
    argon2::Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| Error::internal(format!("hashing the password: {e}")))
}

/// Whether `password` matches the PHC string `hash`.
pub fn verify_password(password: &str, hash: &str) -> bool {
    use argon2::password_hash::PasswordVerifier;
    argon2::Argon2::default()
        .verify_password(password.as_bytes(), hash)
        .is_ok()
}

fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::internal(format!("no randomness from the system: {e}")))?;
    Ok(bytes)
}

/// A new API token (shown once; the store keeps its [`token_sha256`]).
pub fn new_token() -> Result<String> {
    Ok(format!(
        "{TOKEN_PREFIX}{}",
        dossier_store::to_hex(&random_bytes::<32>()?)
    ))
}

/// What the store keeps of a token.
pub fn token_sha256(token: &str) -> String {
    dossier_store::to_hex(&Sha256::digest(token.as_bytes()))
}

fn now_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn session_mac(key: &[u8], name: &str, expiry: u64, password_hash: &str) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(b"dossier-session-v1\0");
    mac.update(name.as_bytes());
    mac.update(b"\0");
    mac.update(expiry.to_string().as_bytes());
    mac.update(b"\0");
    mac.update(password_hash.as_bytes());
    mac
}

/// A session cookie's value for `user` (who must have a password), good until
/// `expiry` (seconds since the epoch).
fn session_value(key: &[u8], user: &User, expiry: u64) -> String {
    let hash = user.password_hash.as_deref().unwrap_or("");
    let tag = session_mac(key, &user.name, expiry, hash)
        .finalize()
        .into_bytes();
    format!(
        "{}.{expiry}.{}",
        dossier_store::to_hex(user.name.as_bytes()),
        dossier_store::to_hex(&tag)
    )
}

/// The account a session cookie's value names, before it is checked.
fn session_parts(value: &str) -> Option<(String, u64, Vec<u8>)> {
    let mut parts = value.split('.');
    let name = String::from_utf8(dossier_store::from_hex(parts.next()?)?).ok()?;
    let expiry = parts.next()?.parse().ok()?;
    let tag = dossier_store::from_hex(parts.next()?)?;
    parts.next().is_none().then_some((name, expiry, tag))
}

/// The server's view of the accounts: one connection to the store, read in
/// autocommit (a new account, a removed one, a new token is seen at the next
/// request), and a memory of recently verified passwords so that Basic auth on
/// every API call does not pay for Argon2 each time.
pub struct Accounts {
    store: Mutex<Box<dyn Store>>,
    /// SHA-256 of (name, password, stored hash) of passwords verified lately.
    verified: Mutex<std::collections::HashSet<[u8; 32]>>,
}

impl Accounts {
    /// Open the accounts of the store at `store` (a directory or a URL).
    pub fn open(store: &Path) -> Result<Accounts> {
        let store = dossier_store::open(&Location::parse(store), Mode::Read)?;
        Ok(Accounts {
            store: Mutex::new(store),
            verified: Default::default(),
        })
    }

    fn with_store<T>(&self, f: impl FnOnce(&dyn Store) -> dossier_store::Result<T>) -> Result<T> {
        let store = self
            .store
            .lock()
            .map_err(|_| Error::internal("the accounts' store connection was poisoned"))?;
        Ok(f(&**store)?)
    }

    /// Whether any account exists.
    pub fn any(&self) -> Result<bool> {
        Ok(!self.with_store(|s| s.users())?.is_empty())
    }

    /// The account if `password` is its password (`None` for a wrong name or
    /// password, or an account without a password).
    pub fn password(&self, name: &str, password: &str) -> Result<Option<Account>> {
        let Some(user) = self.with_store(|s| s.user(name))? else {
            return Ok(None);
        };
        let Some(hash) = user.password_hash.as_deref() else {
            return Ok(None);
        };
        let mut digest = Sha256::new();
        for part in [name, password, hash] {
            digest.update((part.len() as u64).to_le_bytes());
            digest.update(part.as_bytes());
        }
        let digest: [u8; 32] = digest.finalize().into();
        let known = self.verified.lock().is_ok_and(|v| v.contains(&digest));
        if !known {
            if !verify_password(password, hash) {
                return Ok(None);
            }
            if let Ok(mut verified) = self.verified.lock() {
                if verified.len() >= 1024 {
                    verified.clear();
                }
                verified.insert(digest);
            }
        }
        Ok(Some(Account {
            name: user.name,
            role: user.role,
        }))
    }

    /// The account an API token belongs to.
    pub fn token(&self, token: &str) -> Result<Option<Account>> {
        let sha = token_sha256(token.trim());
        Ok(self
            .with_store(|s| s.token_user(&sha))?
            .map(|user| Account {
                name: user.name,
                role: user.role,
            }))
    }

    /// A new session cookie's value for `name` (just signed in with its password).
    pub fn start_session(&self, name: &str) -> Result<String> {
        let (user, key) = self.with_store(|s| Ok((s.user(name)?, s.session_key()?)))?;
        let user = user.ok_or_else(|| Error::User(format!("no account named {name:?}")))?;
        let key = key.ok_or_else(|| Error::internal("the store has no session key"))?;
        Ok(session_value(&key, &user, now_seconds() + SESSION_SECONDS))
    }

    /// The account of a session cookie's value, if it is signed, unexpired, and
    /// its account still exists with the same password.
    pub fn session(&self, value: &str) -> Result<Option<Account>> {
        let Some((name, expiry, tag)) = session_parts(value) else {
            return Ok(None);
        };
        if expiry <= now_seconds() {
            return Ok(None);
        }
        let (user, key) = self.with_store(|s| Ok((s.user(&name)?, s.session_key()?)))?;
        let (Some(user), Some(key)) = (user, key) else {
            return Ok(None);
        };
        let Some(hash) = user.password_hash.as_deref() else {
            return Ok(None);
        };
        if session_mac(&key, &name, expiry, hash)
            .verify_slice(&tag)
            .is_err()
        {
            return Ok(None);
        }
        Ok(Some(Account {
            name: user.name,
            role: user.role,
        }))
    }

    /// The audit log, oldest first.
    pub fn audit(&self) -> Result<Vec<AuditEntry>> {
        self.with_store(|s| s.audit())
    }
}

impl Engine {
    /// Every account, by name.
    pub fn users(&self) -> Result<Vec<User>> {
        Ok(self.store().users()?)
    }

    /// The audit log, oldest first.
    pub fn audit(&self) -> Result<Vec<AuditEntry>> {
        Ok(self.store().audit()?)
    }

    /// Make an account (with a password, or none: then it signs in with tokens
    /// only), recorded in the audit log as done by `actor`.
    pub fn add_user(
        &mut self,
        name: &str,
        role: Role,
        password: Option<&str>,
        actor: &str,
    ) -> Result<()> {
        check_name(name)?;
        let hash = password.map(hash_password).transpose()?;
        let key = random_bytes::<32>()?;
        self.write_without_documents(|writer| {
            writer.add_user(name, role, hash.as_deref())?;
            writer.set_session_key_if_absent(&key)?;
            writer.add_audit(&NewAudit {
                actor: actor.to_string(),
                action: "user_add".into(),
                target: name.to_string(),
                detail: Some(format!(
                    "role {}{}",
                    role.as_str(),
                    if hash.is_some() { "" } else { ", no password" }
                )),
            })?;
            Ok(())
        })
    }

    /// Remove an account and its tokens (its sessions end too).
    pub fn remove_user(&mut self, name: &str, actor: &str) -> Result<()> {
        self.write_without_documents(|writer| {
            writer.remove_user(name)?;
            writer.add_audit(&NewAudit {
                actor: actor.to_string(),
                action: "user_remove".into(),
                target: name.to_string(),
                detail: None,
            })?;
            Ok(())
        })
    }

    /// A new API token for `name`, returned once (the store keeps its hash).
    pub fn mint_token(&mut self, name: &str, actor: &str) -> Result<String> {
        let token = new_token()?;
        let sha = token_sha256(&token);
        self.write_without_documents(|writer| {
            writer.add_token(name, &sha)?;
            writer.add_audit(&NewAudit {
                actor: actor.to_string(),
                action: "token_add".into(),
                target: name.to_string(),
                detail: Some(format!("token {}", &sha[..8])),
            })?;
            Ok(())
        })?;
        Ok(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let hash = hash_password("correct horse").unwrap();
        assert!(hash.starts_with("$argon2id$"), "{hash}");
        assert!(verify_password("correct horse", &hash));
        assert!(!verify_password("correct horsE", &hash));
        assert!(!verify_password("correct horse", "not a hash"));
        assert!(hash_password("short").unwrap_err().is_user());
    }

    #[test]
    fn tokens_are_random_and_kept_as_their_hash() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_ne!(a, b);
        assert!(a.starts_with(TOKEN_PREFIX) && a.len() == TOKEN_PREFIX.len() + 64);
        assert_eq!(token_sha256(&a).len(), 64);
        assert_ne!(token_sha256(&a), token_sha256(&b));
    }

    #[test]
    fn session_values_are_signed_over_the_name_expiry_and_password() {
        let user = User {
            name: "ana".into(),
            role: Role::Editor,
            password_hash: Some("$argon2id$x".into()),
            created: String::new(),
            tokens: 0,
        };
        let key = [9u8; 32];
        let value = session_value(&key, &user, 2_000_000_000);
        let (name, expiry, tag) = session_parts(&value).unwrap();
        assert_eq!((name.as_str(), expiry), ("ana", 2_000_000_000));
        let mac = |key: &[u8], hash: &str| session_mac(key, "ana", expiry, hash);
        assert!(mac(&key, "$argon2id$x").verify_slice(&tag).is_ok());
        assert!(mac(&key, "$argon2id$y").verify_slice(&tag).is_err());
        assert!(mac(&[8u8; 32], "$argon2id$x").verify_slice(&tag).is_err());
        assert_eq!(session_parts("zz.1.00"), None);
        assert_eq!(session_parts(&format!("{value}.x")), None);
    }

    #[test]
    fn the_system_user_is_named() {
        let user = os_user();
        assert!(!user.is_empty() && user != "unknown", "{user}");
    }

    #[test]
    fn account_names_are_plain() {
        for ok in ["ana", "ana.b-c_d@team", "Zoë"] {
            assert!(check_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a b", "a:b", "a/b", &"x".repeat(65)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
    }
}
