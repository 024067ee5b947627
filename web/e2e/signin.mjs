// Browser check of sign-in (team mode, or `dossier serve --require-sign-in`):
// starts the server on DOSSIER_STORE, which holds the account E2E_USER with the
// password E2E_PASSWORD (web/e2e/ci.sh makes it), and checks that the UI shows
// its sign-in page when the API answers 401, refuses a wrong password, shows the
// signed-in name once signed in, and signs out.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const bin = process.env.DOSSIER_BIN || '../../target/debug/dossier';
const store = process.env.DOSSIER_STORE;
const user = process.env.E2E_USER;
const password = process.env.E2E_PASSWORD;
if (!store || !user || !password) throw new Error('set DOSSIER_STORE, E2E_USER and E2E_PASSWORD');

const child = spawn(bin, ['--store', store, 'serve', '--addr', '127.0.0.1:0', '--read-only', '--require-sign-in'],
  { stdio: ['ignore', 'ignore', 'pipe'] });
const url = await new Promise((resolve, reject) => {
  let seen = '';
  child.stderr.on('data', (chunk) => {
    seen += chunk;
    const m = /on (http:\/\/\S+) \(Ctrl-C/.exec(seen);
    if (m) resolve(m[1].replace(/\/$/, ''));
  });
  child.on('exit', (code) => reject(new Error(`server exited ${code}: ${seen}`)));
});
const profile = mkdtempSync(join(tmpdir(), 'dossier-e2e-signin-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(30000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}/#/docs`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Name').fill(user);
  await page.getByLabel('Password').fill(`${password}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('wrong name or password').waitFor();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.account-name').waitFor();
  assert.match(await page.locator('.account-name').textContent(), new RegExp(`^${user} \\(`));
  // The page asked for is shown once signed in.
  await page.getByRole('heading', { name: 'Documents' }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  assert.equal(await page.locator('.account-name').count(), 0);
  assert.deepEqual(errors, []);
  console.log('e2e sign-in: 1 passed, 0 failed');
} finally {
  await context.close();
  child.kill('SIGINT');
  rmSync(profile, { recursive: true, force: true });
}
