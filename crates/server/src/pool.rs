//! A small pool of read-only [`Engine`]s.
//!
//! `Engine` is `Send` but not `Sync` (it holds an SQLite connection), so each
//! query borrows one engine for the duration of one blocking task. Engines are
//! opened lazily, at most `size` at once; after an ingest the pool's generation
//! moves on and engines opened before it are dropped instead of reused, so the
//! next query sees the new store and index.

use crate::error::{ApiError, ApiResult};
use dossier::Engine;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use tokio::sync::Semaphore;

pub struct Pool {
    dir: PathBuf,
    idle: Mutex<Vec<(u64, Engine)>>,
    permits: Arc<Semaphore>,
    generation: AtomicU64,
    /// Held for reading while an engine opens and for writing while an ingest runs,
    /// so no engine opens (and rebuilds an index) halfway through a commit.
    gate: RwLock<()>,
    /// Only one ingest at a time.
    writer: Mutex<()>,
}

impl Pool {
    pub fn new(dir: &Path, size: usize) -> Pool {
        Pool {
            dir: dir.to_path_buf(),
            idle: Mutex::new(Vec::new()),
            permits: Arc::new(Semaphore::new(size.max(1))),
            generation: AtomicU64::new(0),
            gate: RwLock::new(()),
            writer: Mutex::new(()),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn take(&self) -> ApiResult<(u64, Engine)> {
        let current = self.generation.load(Ordering::SeqCst);
        if let Ok(mut idle) = self.idle.lock() {
            while let Some((generation, engine)) = idle.pop() {
                if generation == current {
                    return Ok((generation, engine));
                }
            }
        }
        let _open = self
            .gate
            .read()
            .map_err(|_| ApiError::internal("engine pool poisoned"))?;
        let generation = self.generation.load(Ordering::SeqCst);
        Ok((generation, Engine::open(&self.dir)?))
    }

    fn give_back(&self, generation: u64, engine: Engine) {
        if generation != self.generation.load(Ordering::SeqCst) {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            idle.push((generation, engine));
        }
    }

    /// Run `query` on a pooled engine in a blocking task.
    pub async fn read<T, F>(self: &Arc<Self>, query: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Engine) -> ApiResult<T> + Send + 'static,
    {
        let _permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ApiError::internal("engine pool closed"))?;
        let pool = self.clone();
        tokio::task::spawn_blocking(move || {
            let (generation, engine) = pool.take()?;
            let result = query(&engine);
            pool.give_back(generation, engine);
            result
        })
        .await
        .map_err(|e| ApiError::internal(format!("query task failed: {e}")))?
    }

    /// Run `write` with the one writer engine, then retire every pooled engine.
    pub async fn write<T, F>(self: &Arc<Self>, write: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Engine) -> ApiResult<T> + Send + 'static,
    {
        let pool = self.clone();
        tokio::task::spawn_blocking(move || {
            let _writer = pool
                .writer
                .lock()
                .map_err(|_| ApiError::internal("writer lock poisoned"))?;
            let mut engine = Engine::open_or_create(&pool.dir)?;
            let result = {
                let _gate = pool
                    .gate
                    .write()
                    .map_err(|_| ApiError::internal("engine pool poisoned"))?;
                let result = write(&mut engine);
                pool.generation.fetch_add(1, Ordering::SeqCst);
                result
            };
            if let Ok(mut idle) = pool.idle.lock() {
                idle.clear();
            }
            result
        })
        .await
        .map_err(|e| ApiError::internal(format!("ingest task failed: {e}")))?
    }
}
