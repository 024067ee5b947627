// What every browser script here shares: start `dossier serve` on a free port, open
// Debian's chromium on a fresh profile, collect the page's errors, wait for a page's
// content, and clean up on the way out (the server is stopped and the temporary
// profile removed even when a check throws).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Chromium's flags: headless, no sandbox (containers), nothing fetched on its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** The `dossier` binary: DOSSIER_BIN, else the debug build (or `fallback`). */
export function dossierBin(fallback = '../../target/debug/dossier') {
  return process.env.DOSSIER_BIN || fallback;
}

const stops = new Set();
// A script that fails (or is interrupted) never leaves a server behind.
process.on('exit', () => { for (const stop of stops) stop(); });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

/**
 * `dossier --store STORE serve --addr 127.0.0.1:0 ARGS...`, resolved with its URL
 * (no trailing slash) once it listens, and `stop()`. Rejects, with what the server
 * printed, if it exits first. With `useUrl` and DOSSIER_URL set, nothing is started:
 * that running server is used.
 */
export async function startServer({ bin = dossierBin(), store = process.env.DOSSIER_STORE, args = ['--read-only'], useUrl = false } = {}) {
  if (useUrl && process.env.DOSSIER_URL) {
    return { url: process.env.DOSSIER_URL.replace(/\/$/, ''), stop() {} };
  }
  if (!store) throw new Error(`set DOSSIER_STORE (an ingested store)${useUrl ? ' or DOSSIER_URL (a running server)' : ''}`);
  const child = spawn(bin, ['--store', store, 'serve', '--addr', '127.0.0.1:0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const stop = () => { stops.delete(stop); if (child.exitCode === null) child.kill('SIGINT'); };
  stops.add(stop);
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    child.on('error', (e) => reject(new Error(`cannot start ${bin}: ${e.message}`)));
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = /on (http:\/\/\S+) \(Ctrl-C/.exec(seen);
      if (m) resolve(m[1].replace(/\/$/, ''));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${seen}`)));
  });
  return { url, stop, child };
}

const temps = new Map();

/** A temporary directory, removed by `removeTemp` (or when the process exits). */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => { stops.delete(remove); temps.delete(dir); rmSync(dir, { recursive: true, force: true }); };
  stops.add(remove);
  temps.set(dir, remove);
  return dir;
}

/** Remove a directory made by `tempDir` now. */
export function removeTemp(dir) {
  temps.get(dir)?.();
}

/**
 * Chromium (CHROMIUM, else /usr/bin/chromium) on a fresh, empty profile: a
 * persistent context, so tabs share one HTTP cache as a user's do. `close()` shuts
 * it and removes the profile.
 */
export async function openBrowser({ viewport = { width: 1400, height: 1000 } } = {}) {
  const profile = tempDir('dossier-e2e-profile-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
  });
  const close = async () => {
    await context.close().catch(() => {});
    removeTemp(profile);
  };
  return { context, close };
}

/** The context's first tab, with `timeout` as its default wait, reporting console
 *  errors and uncaught exceptions into `problems` (when given). */
export async function firstPage(context, { timeout = 30000, problems } = {}) {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(timeout);
  if (problems) watch(page, problems);
  return page;
}

/** Console errors and uncaught exceptions of `page`, pushed into `problems`. */
export function watch(page, problems, label = '') {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${label}console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`${label}page error: ${e.message}`));
  return problems;
}

/** Go to `url/hash` and wait for `selector` (when given). */
export async function visit(page, url, hash, selector) {
  await page.goto(`${url}/${hash}`);
  if (selector) await page.waitForSelector(selector);
}
