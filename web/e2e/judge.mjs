// Browser check of analysts' judgments: a writable `dossier serve` (DOSSIER_BIN) on
// a fresh store of a text written here; in Debian's chromium, reject an event on
// the timeline (it leaves the timeline and is listed as rejected with its author),
// then merge two spellings on an entity page (one entity, both spellings, the
// author shown). Fails on any console error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { dossierBin, firstPage, openBrowser, removeTemp, startServer, tempDir } from './lib.mjs';

const bin = dossierBin();
const work = tempDir('dossier-e2e-judge-');
const corpus = join(work, 'corpus');
mkdirSync(corpus);
writeFileSync(join(corpus, 'tarsk.txt'),
  'Police arrested the journalist Amina Dorr in Tarsk on 3 May 2012.\n\n'
  + 'Two prisoners were hanged in Tarsk prison on 9 June 2013.\n\n'
  + 'Amina Dorrova told reporters in Tarsk on 1 July 2014 that her trial was unfair.\n');
const store = join(work, 'store');
execFileSync(bin, ['--store', store, 'ingest', corpus], { stdio: 'ignore' });

// Writable: judgments are writes.
const { url, stop } = await startServer({ bin, store, args: [] });
const browser = await openBrowser();
const problems = [];
try {
  const page = await firstPage(browser.context, { problems });

  // Reject the arrest from its evidence pane.
  await page.goto(`${url}/#/timeline`);
  await page.waitForSelector('.timeline-main > .event-list li');
  const arrestRow = page.locator('.timeline-main > .event-list li', { hasText: 'arrested' });
  assert.equal(await arrestRow.count(), 1, 'the arrest is on the timeline');
  await arrestRow.locator('.kind').click();
  await page.waitForSelector('.evidence form.judge');
  await page.fill('.evidence .judge-author', 'ana');
  await page.fill('.evidence .judge-note', 'he reported to the police himself');
  await page.locator('.evidence button[data-judge="Reject"]').click();
  await page.waitForSelector('.rejected-events .verdict .author');
  assert.equal(await page.locator('.rejected-events .verdict .author').first().textContent(), 'ana');
  assert.match(await page.locator('.rejected-events').textContent(), /arrested/);
  assert.equal(await page.locator('.timeline-main > .event-list li', { hasText: 'arrested' }).count(), 0,
    'the rejected arrest left the timeline');
  const timeline = await (await page.request.get(`${url}/api/timeline`)).json();
  assert.ok(!timeline.events.some((e) => e.summary.includes('arrested')), 'nor is it in the API timeline');

  // Merge two spellings on the entity page.
  await page.goto(`${url}/#/entities/${encodeURIComponent('Amina Dorr')}`);
  await page.waitForSelector('form.judge .judge-other');
  await page.fill('.judge-other', 'Amina Dorrova');
  await page.fill('.judge-author', 'ben');
  await page.locator('button[data-judge="Merge with…"]').click();
  await page.waitForSelector('.verdicts .author');
  assert.equal(await page.locator('.verdicts .author').first().textContent(), 'ben');
  assert.match(await page.locator('.facts').textContent(), /Amina Dorrova|Amina Dorr\b/);
  const merged = await (await page.request.get(`${url}/api/entities/${encodeURIComponent('Amina Dorrova')}`)).json();
  assert.ok(merged.entity.aliases.includes('Amina Dorr') && merged.entity.aliases.includes('Amina Dorrova'),
    'one entity with both spellings');
  assert.deepEqual(problems, [], 'no console error');
  console.log('e2e judge: ok');
} finally {
  await browser.close();
  stop();
  removeTemp(work);
}
