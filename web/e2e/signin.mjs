// Browser check of sign-in (team mode, or `dossier serve --require-sign-in`):
// starts the server on DOSSIER_STORE, which holds the account E2E_USER with the
// password E2E_PASSWORD (web/e2e/ci.sh makes it), and checks that the UI shows
// its sign-in page when the API answers 401, refuses a wrong password, shows the
// signed-in name once signed in, and signs out.
import assert from 'node:assert/strict';
import { dossierBin, firstPage, openBrowser, startServer } from './lib.mjs';

const store = process.env.DOSSIER_STORE;
const user = process.env.E2E_USER;
const password = process.env.E2E_PASSWORD;
if (!store || !user || !password) throw new Error('set DOSSIER_STORE, E2E_USER and E2E_PASSWORD');

const { url, stop } = await startServer({ bin: dossierBin(), store, args: ['--read-only', '--require-sign-in'] });
const browser = await openBrowser();
try {
  const page = await firstPage(browser.context);
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
  await browser.close();
  stop();
}
