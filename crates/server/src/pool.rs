//! A small pool of read-only [`Engine`]s.
//!
//! `Engine` is `Send` but not `Sync` (it holds an SQLite connection), so each
//! query borrows one engine for the duration of one blocking task. Engines are
//! opened lazily, at most `size` at once. Before an idle engine is reused it is
//! asked whether it still shows the store's last commit ([`Engine::is_current`]:
//! one small read); one that does not (an ingest committed, here or in another
//! process such as `dossier ingest`) is dropped and a new one opened, so every
//! committed ingest is seen by the next query. Readers never wait for a writer:
//! an engine opened while an ingest runs reads the last committed state.

use crate::error::{ApiError, ApiResult};
use dossier::Engine;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

pub struct Pool {
    dir: PathBuf,
    idle: Mutex<Vec<Engine>>,
    permits: Arc<Semaphore>,
    /// Only one ingest at a time.
    writer: Mutex<()>,
    /// Open engines that write nothing, not even the index (`--read-only`).
    read_only: bool,
}

impl Pool {
    pub fn new(dir: &Path, size: usize) -> Pool {
        Pool {
            dir: dir.to_path_buf(),
            idle: Mutex::new(Vec::new()),
            permits: Arc::new(Semaphore::new(size.max(1))),
            writer: Mutex::new(()),
            read_only: false,
        }
    }

    /// Engines that write nothing, not even a stale index ([`Engine::open_read_only`]).
    pub fn read_only(mut self, read_only: bool) -> Pool {
        self.read_only = read_only;
        self
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn take(&self) -> ApiResult<Engine> {
        loop {
            let engine = match self.idle.lock() {
                Ok(mut idle) => idle.pop(),
                Err(_) => None,
            };
            match engine {
                Some(engine) if engine.is_current().unwrap_or(false) => return Ok(engine),
                Some(stale) => drop(stale),
                None if self.read_only => return Ok(Engine::open_read_only(&self.dir)?),
                None => return Ok(Engine::open(&self.dir)?),
            }
        }
    }

    fn give_back(&self, engine: Engine) {
        if let Ok(mut idle) = self.idle.lock() {
            idle.push(engine);
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
            let engine = pool.take()?;
            let result = query(&engine);
            pool.give_back(engine);
            result.map_err(|e| e.hiding_store(&pool.dir))
        })
        .await
        .map_err(|e| ApiError::internal(format!("query task failed: {e}")))?
    }

    /// Run `write` with the one writer engine. Readers go on meanwhile (they see
    /// the run once it commits).
    pub async fn write<T, F>(self: &Arc<Self>, write: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Engine) -> ApiResult<T> + Send + 'static,
    {
        let pool = self.clone();
        tokio::task::spawn_blocking(move || {
            let run = || {
                let _writer = pool
                    .writer
                    .lock()
                    .map_err(|_| ApiError::internal("writer lock poisoned"))?;
                let mut engine = Engine::open_or_create(&pool.dir)?;
                write(&mut engine)
            };
            run().map_err(|e| e.hiding_store(&pool.dir))
        })
        .await
        .map_err(|e| ApiError::internal(format!("ingest task failed: {e}")))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn reads_do_not_wait_for_a_write_in_progress() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        drop(Engine::open_or_create(&store).unwrap());
        let pool = Arc::new(Pool::new(&store, 2));
        let release = Arc::new(AtomicBool::new(false));
        let started = Arc::new(AtomicBool::new(false));
        let writer = {
            let (pool, release, started) = (pool.clone(), release.clone(), started.clone());
            tokio::spawn(async move {
                pool.write(move |_engine| {
                    started.store(true, Ordering::SeqCst);
                    // A long ingest.
                    while !release.load(Ordering::SeqCst) {
                        std::thread::sleep(Duration::from_millis(5));
                    }
                    Ok(())
                })
                .await
            })
        };
        while !started.load(Ordering::SeqCst) {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        // No idle engine: the read opens one while the write is still going on.
        let docs = tokio::time::timeout(
            Duration::from_secs(10),
            pool.read(|engine| Ok(engine.docs()?.len())),
        )
        .await
        .expect("the read waited for the write");
        assert_eq!(docs.unwrap(), 0);
        release.store(true, Ordering::SeqCst);
        writer.await.unwrap().unwrap();
    }
}
