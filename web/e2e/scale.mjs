// How the UI holds on a large store, measured in headless Chromium: for every page,
// the time from navigation to its content (a fresh load, so nothing is cached) and
// the bytes the API sent for it, on the first visit and again; for the timeline, how long a zoom, a pan and a
// filter keystroke block the page. Prints a Markdown table (crates/server/LOAD.md).
//
//   DOSSIER_BIN=target/release/dossier DOSSIER_STORE=/tmp/ungdc-store node web/e2e/scale.mjs
//   DOSSIER_URL=http://127.0.0.1:8080 node web/e2e/scale.mjs
//
// QUERY, ENTITY and PLACE choose the search, the entity page and the status page.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';

const query = process.env.QUERY || 'death penalty';
const entity = process.env.ENTITY || 'Kazakhstan';
const place = process.env.PLACE || 'Kazakhstan';
const budget = Number(process.env.BUDGET_MS || 1000);

async function startServer() {
  if (process.env.DOSSIER_URL) return { url: process.env.DOSSIER_URL, stop() {} };
  const bin = process.env.DOSSIER_BIN || '../../target/release/dossier';
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

const pages = [
  ['Search', `#/search?q=${encodeURIComponent(query)}`, '.hit, .notice'],
  ['Documents', '#/docs', '.table tbody tr'],
  ['Timeline', '#/timeline', 'svg .mark, svg .bin'],
  ['Entities', '#/entities', '.entity-group'],
  ['Entity', `#/entities/${encodeURIComponent(entity)}`, '.mentions, .candidates, .notice'],
  ['Conflicts', '#/conflicts', '.conflicts li'],
  ['Status', `#/status/${encodeURIComponent(place)}`, '.status-head, .status-result .error'],
  ['Ask', `#/ask?q=${encodeURIComponent('When did Kazakhstan abolish the death penalty?')}`, '.answer'],
];

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
});
const rows = [];
let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  // Each page twice: the first visit after the server started, then again (a
  // fresh tab both times: nothing cached in the browser).
  for (const [name, hash, selector] of pages.flatMap((p) => [p, [`${p[0]} (again)`, p[1], p[2]]])) {
    const page = await context.newPage();
    page.setDefaultTimeout(120000);
    const api = [];
    page.on('response', async (r) => {
      if (!r.url().includes('/api/')) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      api.push({ url: r.url().replace(server.url, ''), bytes: body.length });
    });
    const t0 = Date.now();
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector(selector);
    // Interactive: the main thread is free (a task queued now runs at once).
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const ms = Date.now() - t0;
    await page.waitForTimeout(300);
    const bytes = api.reduce((n, r) => n + r.bytes, 0);
    const biggest = api.sort((a, b) => b.bytes - a.bytes)[0];
    rows.push({ name, ms, bytes, biggest: biggest ? `${biggest.url.slice(0, 60)} (${kb(biggest.bytes)})` : '' });
    if (ms > budget && name.endsWith('(again)')) failed = true;
    if (name === 'Timeline (again)') {
      const gestures = await page.evaluate(async () => {
        const time = (action) => { const t = performance.now(); action(); return performance.now() - t; };
        const button = (label) => document.querySelector(`.toolbar button[aria-label="${label}"]`);
        const out = {};
        out['zoom in'] = time(() => button('Zoom in').click());
        out['zoom out'] = time(() => button('Zoom out').click());
        out.pan = time(() => button('Later').click());
        const chart = document.querySelector('.chart');
        const box = chart.getBoundingClientRect();
        out.drag = time(() => {
          chart.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: box.left + 200, clientY: box.top + 5, pointerId: 1 }));
          chart.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: box.left + 260, clientY: box.top + 5, pointerId: 1 }));
          chart.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: box.left + 260, clientY: box.top + 5, pointerId: 1 }));
        });
        const about = document.getElementById('about');
        out['filter keystroke'] = time(() => { about.value = 'k'; about.dispatchEvent(new Event('input', { bubbles: true })); });
        const box2 = document.querySelector('.types input');
        out['type checkbox'] = time(() => box2.click());
        return out;
      });
      // Gestures that ask the server: the click until the chart is drawn again.
      const settled = () => page.waitForFunction(() => !/Loading the events/.test(document.getElementById('timeline-count').textContent)
        && document.querySelector('.chart svg'));
      // Centre the view on the busiest period (its bar zooms in on it), then time 'Year'.
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      await page.evaluate(() => {
        const bars = [...document.querySelectorAll('svg .bin')];
        bars.sort((a, b) => Number(b.getAttribute('height')) - Number(a.getAttribute('height')));
        if (bars[0]) bars[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
      });
      await settled();
      let t = Date.now();
      await page.getByRole('button', { name: 'Year', exact: true }).click();
      await settled();
      gestures['zoom to a year (its events fetched, marks drawn)'] = Date.now() - t;
      await page.getByRole('button', { name: 'Fit', exact: true }).click();
      const before = await page.locator('#timeline-count').textContent();
      t = Date.now();
      await page.fill('#about', entity);
      await page.waitForFunction((b) => document.getElementById('timeline-count').textContent !== b, before);
      // Less the 150 ms the page waits for typing to pause.
      gestures[`type "${entity}" (counts fetched, bars drawn; less the 150 ms typing pause)`] = Date.now() - t - 150;
      for (const [gesture, ms] of Object.entries(gestures)) {
        rows.push({ name: `Timeline: ${gesture}`, ms: Math.round(ms), bytes: null, biggest: '' });
        if (ms > 100) failed = true;
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}

function kb(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
console.log(`| page or gesture | ms | API bytes | largest reply |\n|---|---:|---:|---|`);
for (const r of rows) console.log(`| ${r.name} | ${r.ms} | ${r.bytes === null ? '' : kb(r.bytes)} | ${r.biggest} |`);
console.log(failed ? `\nover budget (${budget} ms a page visited again, 100 ms a gesture)` : '\nwithin budget');
process.exit(failed ? 1 : 0);
