// How the UI holds on a large store, measured in headless Chromium: for every page,
// the time from navigation to its content with the main thread free, on the first
// visit after the server started and again (each visit in a new tab of the same
// browser, which keeps its HTTP cache as a user's does), split into where it went:
// the tab until its navigation started, the HTML and modules until
// DOMContentLoaded, waiting for the API (and the server's own time, from its
// Server-Timing header), and the page's work after its last reply; with the bytes
// the API sent. Then how long the timeline's gestures take (zoom, pan, a filter
// keystroke, a type checkbox: each redraw is synchronous, so the time around the
// click is the time the page is blocked; a zoom to a year and a name typed ask the
// server, and are timed until the chart is drawn again). Prints a Markdown table
// (crates/server/LOAD.md) and the load average before and after.
//
//   DOSSIER_BIN=target/release/dossier DOSSIER_STORE=/tmp/ungdc-store node web/e2e/scale.mjs
//   DOSSIER_URL=http://127.0.0.1:8080 node web/e2e/scale.mjs
//
// QUERY, ENTITY and PLACE choose the search, the entity page and the status page;
// BUDGET_MS the budget of a page (1000); ORDER the pages to visit first (names,
// comma-separated: ORDER=Timeline measures the timeline and its gestures in the
// first seconds after the start, while the server's warm-up runs). Each row says
// when it began, in seconds after the server started listening.
import { loadavg } from 'node:os';
import { dossierBin, openBrowser, startServer } from './lib.mjs';

const query = process.env.QUERY || 'death penalty';
const entity = process.env.ENTITY || 'Kazakhstan';
const place = process.env.PLACE || 'Kazakhstan';
const budget = Number(process.env.BUDGET_MS || 1000);

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

const order = (process.env.ORDER || '').split(',').map((s) => s.trim()).filter(Boolean);
pages.sort((a, b) => {
  const rank = (p) => (order.includes(p[0]) ? order.indexOf(p[0]) : order.length);
  return rank(a) - rank(b);
});

const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const loadBefore = load();
const server = await startServer({ bin: dossierBin('../../target/release/dossier'), useUrl: true });
const started = Date.now();
const browser = await openBrowser();
const rows = [];
const since = (t) => ((t - started) / 1000).toFixed(1);
let failed = false;

/** The page's API requests so far, from Resource Timing (same origin: sizes and
 *  Server-Timing are visible). */
const apiEntries = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => new URL(e.name).pathname.startsWith('/api/'))
  .map((e) => ({
    url: e.name.replace(window.location.origin, ''),
    end: e.responseEnd,
    bytes: e.decodedBodySize,
    server: e.serverTiming?.find((s) => s.name === 'app')?.duration ?? e.responseStart - e.requestStart,
  })));

try {
  const { context } = browser;
  // Each page twice: the first visit after the server started, then again.
  for (const [name, hash, selector] of pages.flatMap((p) => [p, [`${p[0]} (again)`, p[1], p[2]]])) {
    const page = await context.newPage();
    page.setDefaultTimeout(120000);
    const t0 = Date.now();
    await page.goto(`${server.url}/${hash}`);
    await page.waitForSelector(selector);
    // Interactive: the main thread is free (a task queued now runs at once).
    const seen = await page.evaluate(() => new Promise((resolve) => setTimeout(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      resolve({ ready: performance.now(), origin: performance.timeOrigin, dcl: nav.domContentLoadedEventEnd });
    }, 0)));
    const ms = Date.now() - t0;
    const before = (await apiEntries(page)).filter((e) => e.end <= seen.ready);
    await page.waitForTimeout(300);
    const api = await apiEntries(page);
    const lastReply = Math.max(seen.dcl, ...before.map((e) => e.end));
    const split = {
      tab: Math.max(0, Math.round(seen.origin - t0)),
      modules: Math.round(seen.dcl),
      api: Math.round(lastReply - seen.dcl),
      server: before.length ? Math.round(Math.max(...before.map((e) => e.server))) : 0,
      render: Math.round(seen.ready - lastReply),
    };
    const bytes = api.reduce((n, r) => n + r.bytes, 0);
    const biggest = api.sort((a, b) => b.bytes - a.bytes)[0];
    rows.push({ name, at: since(t0), ms, split, requests: api.length, bytes, biggest: biggest ? `${biggest.url.slice(0, 60)} (${kb(biggest.bytes)})` : '' });
    if (ms > budget) failed = true;
    if (name === 'Timeline (again)') {
      const gesturesAt = since(Date.now());
      // Every gesture is timed in the page, from the click to the chart drawn (the
      // next frame after it is in the document): driving it from here would add the
      // automation's own round trips to each.
      const gestures = await page.evaluate(async (name) => {
        const time = (action) => { const t = performance.now(); action(); return performance.now() - t; };
        const until = (action, done) => new Promise((resolve) => {
          const t = performance.now();
          action();
          const check = () => (done() ? requestAnimationFrame(() => resolve(performance.now() - t)) : requestAnimationFrame(check));
          check();
        });
        const button = (label) => [...document.querySelectorAll('.toolbar button')]
          .find((b) => b.getAttribute('aria-label') === label || b.textContent === label);
        const count = () => document.getElementById('timeline-count').textContent;
        const drawn = () => !/Loading the events/.test(count()) && document.querySelector('.chart svg');
        const out = {};
        out['zoom in'] = time(() => button('Zoom in').click());
        out['zoom out'] = time(() => button('Zoom out').click());
        out.pan = time(() => button('Later').click());
        const about = document.getElementById('about');
        out['filter keystroke'] = time(() => { about.value = 'k'; about.dispatchEvent(new Event('input', { bubbles: true })); });
        about.value = '';
        about.dispatchEvent(new Event('input', { bubbles: true }));
        const box = document.querySelector('.types input');
        out['type checkbox'] = time(() => box.click());
        box.click();
        await new Promise((r) => setTimeout(r, 400));
        // The busiest period's bar zooms in on it: its events are fetched and drawn.
        button('Fit').click();
        const bars = [...document.querySelectorAll('svg .bin')];
        bars.sort((a, b) => Number(b.getAttribute('height')) - Number(a.getAttribute('height')));
        out['a bar clicked: zoom in on its period (events fetched, marks drawn)'] = await until(
          () => bars[0].dispatchEvent(new MouseEvent('click', { bubbles: true })), drawn);
        await new Promise((r) => setTimeout(r, 300));
        out['zoom to a year (marks drawn)'] = await until(() => button('Year').click(), drawn);
        await new Promise((r) => setTimeout(r, 300));
        out['pan a year later (marks drawn)'] = await until(() => button('Later').click(), drawn);
        // A name typed: the page waits 150 ms for typing to pause, then asks for counts.
        button('Fit').click();
        const before = count();
        const typed = await until(() => {
          about.value = name;
          about.dispatchEvent(new Event('input', { bubbles: true }));
        }, () => count() !== before);
        out['a name typed (counts fetched, bars drawn; less the 150 ms pause)'] = typed - 150;
        return out;
      }, entity);
      for (const [gesture, gms] of Object.entries(gestures)) {
        rows.push({ name: `Timeline: ${gesture}`, at: gesturesAt, ms: Math.round(gms) });
        if (gms > 100) failed = true;
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
console.log('| page or gesture | at s | ms | tab | HTML + modules | API wait (server) | after the last reply | API requests, bytes | largest reply |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  if (!r.split) { console.log(`| ${r.name} | ${r.at} | ${r.ms} | | | | | | |`); continue; }
  const s = r.split;
  console.log(`| ${r.name} | ${r.at} | ${r.ms} | ${s.tab} | ${s.modules} | ${s.api} (${s.server}) | ${s.render} | ${r.requests}, ${kb(r.bytes)} | ${r.biggest} |`);
}
console.log(`\nload average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}`);
console.log(failed ? `over budget (${budget} ms a page, 100 ms a gesture)` : 'within budget');
process.exit(failed ? 1 : 0);
