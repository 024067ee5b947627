//! Answers the UI asks for on every visit (the whole timeline, the conflicts, the
//! entity list), kept per store generation: computing them reads the whole graph
//! (seconds on a store of ten thousand documents), and they change only when an
//! ingest commits. An answer is kept only if the store's generation was the same
//! before and after it was computed, and is dropped as soon as the generation moves.

use crate::error::ApiResult;
use dossier::Engine;
use std::any::Any;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

type Entry = (u64, Arc<dyn Any + Send + Sync>);
type Key = (PathBuf, &'static str);

fn entries() -> &'static Mutex<HashMap<Key, Entry>> {
    static CACHE: OnceLock<Mutex<HashMap<Key, Entry>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// One lock per answer: a request that finds it being computed (by the warm-up,
/// or another request) waits for it rather than computing it a second time.
fn computing(dir: &std::path::Path, key: &'static str) -> Arc<Mutex<()>> {
    static LOCKS: OnceLock<Mutex<HashMap<Key, Arc<Mutex<()>>>>> = OnceLock::new();
    let locks = LOCKS.get_or_init(|| Mutex::new(HashMap::new()));
    match locks.lock() {
        Ok(mut locks) => locks.entry((dir.to_path_buf(), key)).or_default().clone(),
        Err(_) => Arc::new(Mutex::new(())),
    }
}

/// The answer under `key` if it is computed for this store's current generation;
/// never waits for it nor computes it.
pub fn peek<T: Send + Sync + 'static>(engine: &Engine, key: &'static str) -> Option<Arc<T>> {
    let generation = engine.store().generation().ok()?;
    let cache = entries().lock().ok()?;
    let (cached, value) = cache.get(&(engine.dir().to_path_buf(), key))?;
    if *cached != generation {
        return None;
    }
    value.clone().downcast::<T>().ok()
}

/// `compute(engine)` for this store's current generation, computed at most once
/// per generation.
pub fn get_or_compute<T, F>(engine: &Engine, key: &'static str, compute: F) -> ApiResult<Arc<T>>
where
    T: Send + Sync + 'static,
    F: FnOnce(&Engine) -> ApiResult<T>,
{
    let dir = engine.dir().to_path_buf();
    let lock = computing(&dir, key);
    let _computing = lock.lock();
    let before = engine.store().generation().map_err(dossier::Error::from)?;
    if let Ok(cache) = entries().lock() {
        if let Some((generation, value)) = cache.get(&(dir.clone(), key)) {
            if *generation == before {
                if let Ok(value) = value.clone().downcast::<T>() {
                    return Ok(value);
                }
            }
        }
    }
    let value = Arc::new(compute(engine)?);
    let after = engine.store().generation().map_err(dossier::Error::from)?;
    if after == before {
        if let Ok(mut cache) = entries().lock() {
            cache.insert((dir, key), (before, value.clone()));
        }
    }
    Ok(value)
}

/// Keep `value` under `key` as computed for `generation`, if that is still the
/// store's generation (an answer computed alongside another, from the same reads).
pub fn put<T: Send + Sync + 'static>(
    engine: &Engine,
    key: &'static str,
    generation: u64,
    value: T,
) {
    if engine.store().generation().ok() != Some(generation) {
        return;
    }
    if let Ok(mut cache) = entries().lock() {
        cache.insert(
            (engine.dir().to_path_buf(), key),
            (generation, Arc::new(value)),
        );
    }
}

fn warming_dirs() -> &'static Mutex<HashMap<PathBuf, usize>> {
    static WARMING: OnceLock<Mutex<HashMap<PathBuf, usize>>> = OnceLock::new();
    WARMING.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Marks a store's warm-up as running until dropped.
pub struct Warming(PathBuf);

impl Warming {
    pub fn start(dir: &std::path::Path) -> Warming {
        if let Ok(mut dirs) = warming_dirs().lock() {
            *dirs.entry(dir.to_path_buf()).or_default() += 1;
        }
        Warming(dir.to_path_buf())
    }
}

impl Drop for Warming {
    fn drop(&mut self) {
        if let Ok(mut dirs) = warming_dirs().lock() {
            if let Some(n) = dirs.get_mut(&self.0) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    dirs.remove(&self.0);
                }
            }
        }
    }
}

/// Whether the server's warm-up is computing this store's answers now.
pub fn warming(dir: &std::path::Path) -> bool {
    warming_dirs()
        .lock()
        .map(|dirs| dirs.contains_key(dir))
        .unwrap_or(false)
}
