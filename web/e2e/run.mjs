// Browser check of the web UI. Starts `dossier serve --read-only` on a free port
// (DOSSIER_BIN, DOSSIER_STORE) unless DOSSIER_URL points at a running server, then
// walks search, timeline, viewer and documents in Debian's chromium, fails on any
// console error (a CSP violation included), and leaves screenshots in screenshots/.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import assert from 'node:assert/strict';

const shots = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

async function startServer() {
  if (process.env.DOSSIER_URL) return { url: process.env.DOSSIER_URL, stop() {} };
  const bin = process.env.DOSSIER_BIN || '../../target/debug/dossier';
  const store = process.env.DOSSIER_STORE;
  if (!store) throw new Error('set DOSSIER_STORE (an ingested store) or DOSSIER_URL');
  const child = spawn(bin, ['--store', store, 'serve', '--addr', '127.0.0.1:0', '--read-only'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = /on (http:\/\/\S+) \(Ctrl-C/.exec(seen);
      if (m) resolve(m[1].replace(/\/$/, ''));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${seen}`)));
  });
  return { url, stop() { child.kill('SIGINT'); } };
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.setDefaultTimeout(60000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));

  // Search with highlighted snippets and facets.
  const query = process.env.QUERY || 'death penalty';
  await page.goto(`${server.url}/#/search?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.hit');
  assert.ok(await page.locator('.hit mark').count() > 0, 'snippets highlight matches');
  assert.ok(await page.locator('.facet input[type=checkbox]').count() > 0, 'facets');
  await page.screenshot({ path: `${shots}search.png` });
  const before = await page.locator('.hit').count();
  await page.locator('.facet input[type=checkbox]').first().check();
  assert.ok(await page.locator('.hit').count() <= before, 'a facet narrows');

  // Documents.
  await page.goto(`${server.url}/#/docs`);
  await page.waitForSelector('.table tbody tr');
  await page.screenshot({ path: `${shots}docs.png` });
  // The server runs --read-only: an upload is refused, and the page says why.
  await page.locator('.upload-box summary').click();
  await page.setInputFiles('#upload-files', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('A short note.') });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.waitForFunction(() => /read_only/.test(document.querySelector('.upload-box [role=status]').textContent));
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('403')));

  // Timeline: marks, zoom, evidence.
  await page.goto(`${server.url}/#/timeline`);
  await page.waitForSelector('svg .mark');
  const marks = await page.locator('svg .mark').count();
  assert.ok(marks > 0, 'timeline marks');
  const range = await page.locator('.toolbar .range').textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  assert.notEqual(await page.locator('.toolbar .range').textContent(), range, 'zoom changes the range');
  await page.getByRole('button', { name: 'Fit' }).click();
  await page.locator('svg .mark').nth(Math.floor(marks / 2)).click();
  await page.waitForSelector('.evidence blockquote');
  await page.screenshot({ path: `${shots}timeline.png`, fullPage: false });
  const quote = (await page.locator('.evidence blockquote p').first().textContent()).trim();

  // The evidence link opens the viewer on the exact words.
  await page.locator('.evidence blockquote footer a').first().click();
  await page.waitForSelector('#cited');
  const cited = (await page.locator('.doc-text .cited').allTextContents()).join('');
  assert.equal(cited.replace(/\s+/g, ' ').trim(), quote.replace(/\s+/g, ' ').trim(), 'the cited span is the quote');
  assert.ok(await page.locator('.doc-text .ev').count() > 0, 'events highlighted');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${shots}viewer.png` });
  await page.getByRole('button', { name: 'Original' }).click();
  await page.waitForSelector('.doc-original iframe');

  // Keyboard: the skip link is the first stop.
  await page.goto(`${server.url}/#/docs`);
  await page.reload();
  await page.waitForSelector('.table');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');

  await page.goto(`${server.url}/#/doc/no-such-file.txt`);
  await page.waitForSelector('.error');
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('404')));
} catch (e) {
  problems.push(`failed: ${e.message}`);
} finally {
  await browser.close();
  server.stop();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`ok: screenshots in ${shots}`);
