// Browser check of the web UI. Starts `dossier serve --read-only` on a free port
// (DOSSIER_BIN, DOSSIER_STORE) unless DOSSIER_URL points at a running server, then
// walks search, documents, timeline, viewer, ask, entities, conflicts and status in
// Debian's chromium (fresh empty profile), fails on any console error (a CSP
// violation included), and leaves screenshots in a temporary directory
// (SCREENSHOTS to choose it).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { runChecks } from './checks.mjs';
import { firstPage, openBrowser, startServer } from './lib.mjs';

const shots = process.env.SCREENSHOTS || mkdtempSync(join(tmpdir(), 'dossier-e2e-shots-'));
mkdirSync(shots, { recursive: true });
const shot = (page, name) => page.screenshot({ path: join(shots, `${name}.png`) });
const started = Date.now();
const step = (name) => console.log(`e2e: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

const squash = (s) => String(s || '').replace(/\s+/g, ' ').trim();

/** Follow the first citation link inside `scope` and check the viewer emphasises
 *  exactly the quoted words. */
async function followCitation(page, scope, name) {
  const quote = squash(await page.locator(`${scope} .quote p`).first().textContent());
  await page.locator(`${scope} .quote footer a`).first().click();
  await page.waitForSelector('#cited');
  const cited = squash((await page.locator('.doc-text .cited').allTextContents()).join(''));
  assert.equal(cited, quote, `${name}: the cited span is the quote`);
  await page.waitForTimeout(300);
}

const server = await startServer({ useUrl: true });
const browser = await openBrowser();
const { context } = browser;
const problems = [];
const expected = [];
try {
  const page = await firstPage(context, { problems });

  // Search with highlighted snippets and facets.
  step('search');
  const query = process.env.QUERY || 'death penalty';
  await page.goto(`${server.url}/#/search?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.hit');
  assert.ok(await page.locator('.hit mark').count() > 0, 'snippets highlight matches');
  assert.ok(await page.locator('.facet input[type=checkbox]').count() > 0, 'facets');
  await shot(page, 'search');
  const before = await page.locator('.hit').count();
  await page.locator('.facet input[type=checkbox]').first().check();
  assert.ok(await page.locator('.hit').count() <= before, 'a facet narrows');
  // Every planned section is offered once the API lists it.
  for (const name of ['Entities', 'Conflicts', 'Status', 'Ask']) {
    assert.ok(await page.getByRole('link', { name, exact: true }).isVisible(), `nav shows ${name}`);
  }

  // Documents.
  step('documents');
  await page.goto(`${server.url}/#/docs`);
  await page.waitForSelector('.table tbody tr');
  await shot(page, 'docs');
  // The server runs --read-only: an upload is refused, and the page says why.
  await page.locator('.upload-box summary').click();
  await page.setInputFiles('#upload-files', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('A short note.') });
  expected.push('403');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.waitForFunction(() => /read_only/.test(document.querySelector('.upload-box [role=status]').textContent));

  // Timeline: marks, zoom, corroboration and conflict markers, evidence.
  step('timeline');
  await page.goto(`${server.url}/#/timeline`);
  await page.waitForSelector('svg .mark');
  const marks = await page.locator('svg .mark').count();
  assert.ok(marks > 0, 'timeline marks');
  const corroborated = await page.locator('svg .mark.corroborated').count();
  const disputed = await page.locator('svg .mark.disputed').count();
  if (process.env.EXPECT_CORROBORATION) assert.ok(corroborated > 0 && disputed > 0, 'rings and warning markers');
  const range = await page.locator('.toolbar .range').textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  assert.notEqual(await page.locator('.toolbar .range').textContent(), range, 'zoom changes the range');
  await page.getByRole('button', { name: 'Fit' }).click();
  const target = corroborated ? page.locator('svg .mark.corroborated').first() : page.locator('svg .mark').nth(Math.floor(marks / 2));
  await target.click();
  await page.waitForSelector('.evidence blockquote');
  await shot(page, 'timeline');
  // The evidence link opens the viewer on the exact words.
  await followCitation(page, '.evidence', 'timeline');
  assert.ok(await page.locator('.doc-text .ev').count() > 0, 'events highlighted');
  await shot(page, 'viewer');
  await page.getByRole('button', { name: 'Original' }).click();
  await page.waitForSelector('.doc-original iframe');

  // Ask a question, then follow a citation of the answer.
  step('ask');
  await page.goto(`${server.url}/#/ask`);
  await page.waitForSelector('#ask-input');
  await page.fill('#ask-input', process.env.ASK || 'When was the moratorium on executions introduced?');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.answer');
  assert.ok(await page.locator('.answer-area[aria-live]').count() === 1, 'answers are announced');
  assert.ok(await page.locator('.answer .answer-text').isVisible());
  assert.ok(await page.locator('.answer-area .quote').count() > 0, 'the answer cites its words');
  await shot(page, 'ask');
  await followCitation(page, '.answer-area', 'ask');
  await shot(page, 'ask-viewer');
  await page.goto(`${server.url}/#/ask?q=${encodeURIComponent('Who painted the lighthouse at Brest?')}`);
  await page.waitForSelector('.answer.none');

  // Entities: grouped, filterable; one entity's page.
  step('entities');
  await page.goto(`${server.url}/#/entities`);
  await page.waitForSelector('.entity-group');
  const all = await page.locator('.entity-list li').count();
  // The server filters: wait for the count to change.
  const counted = await page.locator('#entity-count').textContent();
  await page.selectOption('#entity-kind', 'place');
  await page.waitForFunction((before) => document.getElementById('entity-count').textContent !== before, counted);
  const places = await page.locator('.entity-list li').count();
  assert.ok(places > 0 && places < all, 'the kind filter narrows');
  await page.selectOption('#entity-kind', '');
  await page.waitForFunction((before) => document.getElementById('entity-count').textContent === before, counted);
  await shot(page, 'entities');
  await page.locator('.entity-group').first().locator('.entity-list a').first().click();
  await page.waitForSelector('.crumbs');
  await page.waitForSelector('.mentions li a');
  await shot(page, 'entity');
  await page.locator('.mentions li a').first().click();
  await page.waitForSelector('#cited');

  // Conflicts: every side quoted and linked.
  step('conflicts');
  await page.goto(`${server.url}/#/conflicts`);
  await page.waitForSelector('.conflicts li');
  await shot(page, 'conflicts');
  if (await page.locator('.conflict .quote').count()) await followCitation(page, '.conflict', 'conflicts');

  // Status: the history bands, a band's evidence.
  step('status');
  await page.goto(`${server.url}/#/status`);
  await page.waitForSelector('.status-head');
  if (await page.locator('.history-svg .band').count()) {
    await page.locator('.history-svg .band').last().click();
    await page.waitForSelector('.evidence .quote');
    await shot(page, 'status');
    await followCitation(page, '.evidence', 'status');
  } else {
    await shot(page, 'status');
  }
  await page.goto(`${server.url}/#/status/Kazakhstan?as_of=2010-13`);
  expected.push('400');
  await page.waitForSelector('.status-result .error');

  // Keyboard: the skip link is the first stop.
  step('keyboard');
  await page.goto(`${server.url}/#/docs`);
  await page.reload();
  await page.waitForSelector('.table');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');

  expected.push('404');
  await page.goto(`${server.url}/#/doc/no-such-file.txt`);
  await page.waitForSelector('.error');
} catch (e) {
  problems.push(`failed: ${e.message}`);
}
try {
  const page = context.pages()[0];
  const failures = await runChecks({ context, page, url: server.url, shot, step, problems, expected });
  for (const f of failures) problems.push(`check failed: ${f}`);
} catch (e) {
  problems.push(`checks failed: ${e.message}`);
} finally {
  await browser.close();
  server.stop();
}
// Refusals the walk provokes on purpose show up as failed-resource console errors.
const real = problems.filter((p) => !(p.startsWith('console: Failed to load resource')
  && expected.some((status) => p.includes(`status of ${status}`))));
if (real.length) {
  console.error(real.join('\n'));
  console.error(`screenshots in ${shots}`);
  process.exit(1);
}
console.log(`ok in ${((Date.now() - started) / 1000).toFixed(1)} s: screenshots in ${shots}`);
