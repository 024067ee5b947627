// Small DOM and text helpers shared by the pages.
import { docSummary } from './api.js';

/** Create an element: el('a', {href: '#'}, 'text', child). Attributes starting with
 *  "on" are listeners; `class` and `text` are shortcuts. Never parses HTML. */
export function el(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'line', 'rect', 'circle', 'text', 'title', 'path', 'defs', 'pattern'].includes(tag);
  const node = svg
    ? document.createElementNS('http://www.w3.org/2000/svg', tag)
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'text') {
      node.textContent = value;
    } else if (key === 'class' && !svg) {
      node.className = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Children as `el` takes them (nested arrays, empty values skipped) as a flat list. */
function nodesOf(children) {
  return children.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false && c !== '')
    .map((c) => (c instanceof Node ? c : document.createTextNode(String(c))));
}

/** Replace the main area's content (children as `el` takes them: nested arrays
 *  are flattened, never turned into text). */
export function render(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodesOf(children));
  return main;
}

/** Say something to screen readers (the live region). */
export function announce(message) {
  const region = document.getElementById('announce');
  region.textContent = '';
  window.setTimeout(() => { region.textContent = message; }, 50);
}

/** Parse "#/page/rest?x=1" into {page, rest, params}. */
export function parseHash(hash = window.location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/').map(safeDecode);
  return { page: parts[0] || '', rest: parts.slice(1).join('/'), params: new URLSearchParams(query) };
}

/** decodeURIComponent that never throws: a malformed escape ("%", "%zz") is kept
 *  as written. */
export function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch (_) {
    return String(s).replace(/%([0-9a-f]{2})/gi, (m, hex) => {
      const code = parseInt(hex, 16);
      return code < 0x80 ? String.fromCharCode(code) : m;
    });
  }
}

/** A hash link to the document viewer, emphasising a byte span. */
export function docLink(document, start, end, extra = {}) {
  const params = new URLSearchParams();
  if (start !== undefined && end !== undefined) {
    params.set('start', start);
    params.set('end', end);
  }
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  const query = params.toString();
  return `#/doc/${encodeURIComponent(document)}${query ? `?${query}` : ''}`;
}

/**
 * Spans are UTF-8 byte offsets into the kept text; JavaScript strings index UTF-16
 * code units. Returns a function mapping a byte offset to a string index (an offset
 * inside a character maps to the next character's start; past the end, the length).
 */
export function byteIndex(text) {
  const map = [];
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let i = 0; i < bytes; i += 1) map.push(i === 0 ? units : units + ch.length);
    units += ch.length;
  }
  map.push(units);
  return (offset) => {
    const n = Number(offset);
    if (!Number.isFinite(n) || n <= 0) return 0;
    return n >= map.length ? units : map[Math.floor(n)];
  };
}

/** The server's snippet is HTML-escaped text with <mark> around matches. Build it
 *  as DOM without innerHTML: only <mark> survives, everything else is text. */
export function snippetNodes(snippet) {
  const decode = (s) => s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const nodes = [];
  const parts = String(snippet).split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = decode(part).replace(/\s+/g, ' ');
    nodes.push(marked ? el('mark', {}, text) : document.createTextNode(text));
  }
  return nodes;
}

export function yearOf(iso) {
  const m = /^(\d{4})/.exec(iso || '');
  return m ? Number(m[1]) : null;
}

export function label(kind) {
  return String(kind || '').replace(/_/g, ' ');
}

export function formatDate(date) {
  if (!date) return 'undated';
  const { start, end } = date;
  if (start && end && start === end) return start;
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return 'undated';
}

export function errorBox(error) {
  const code = error && error.code ? error.code : 'error';
  return el('div', { class: 'error', role: 'alert' },
    el('strong', {}, 'Error '), el('code', {}, code), ': ', String(error && error.message ? error.message : error));
}

export function loading(what) {
  return el('p', { class: 'loading', role: 'status' }, `Loading ${what}…`);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-07-10" as "10 July 2025", "2025-07" as "July 2025". */
export function longDate(iso) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(iso || ''));
  if (!m) return String(iso || '');
  if (!m[2]) return m[1];
  const month = MONTH_NAMES[Number(m[2]) - 1] || m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A period covered in words: a whole year as the year ("2003"), else its ends. */
function periodWords({ start, end }) {
  const year = /^(\d{4})-01-01$/.exec(start || '');
  if (year && end === `${year[1]}-12-31`) return year[1];
  return start === end ? start : `${start} – ${end}`;
}

/** The page of a PDF a citation's words begin on ("p. 2"), or null. */
export function pageLabel(citation) {
  return citation && Number.isInteger(citation.page) ? `p. ${citation.page}` : null;
}

/** Where a citation comes from, as a reader names it: publisher, title, date, page. */
export function sourceParts(citation, info) {
  return {
    page: pageLabel(citation),
    title: (info && info.title) || citation.document,
    publisher: info && info.publisher ? info.publisher : null,
    date: info && info.published ? longDate(info.published) : null,
    period: info && info.period ? `covering ${periodWords(info.period)}` : null,
  };
}

/** A citation formatted for a paper (a Chicago-style note): publisher, “title”,
 *  date, then the quoted words and where dossier keeps them. */
export function citationText(citation, info) {
  const p = sourceParts(citation, info);
  const head = [p.publisher, `“${p.title}”`, p.date || 'undated', p.period, p.page].filter(Boolean).join(', ');
  const quote = squashSpace(citation.quote || '');
  return `${head}${quote ? `: “${quote}”` : ''} (${citation.document}, bytes ${citation.start}–${citation.end}).`;
}

const squashSpace = (s) => String(s).replace(/\s+/g, ' ').trim();

/** Put `text` on the clipboard; says whether it worked. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (_) {
    const area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (__) { ok = false; }
    area.remove();
    return ok;
  }
}

/** A citation as a quote with its source (title, publisher, date: filled in once
 *  the document's metadata arrives), a link to its exact span in the viewer, and
 *  a button copying it as a formatted citation. */
export function quoteBlock(citation, caption) {
  const link = el('a', { href: docLink(citation.document, citation.start, citation.end), class: 'source-title' }, citation.document);
  const about = el('span', { class: 'source-about' });
  const page = pageLabel(citation);
  const where = el('span', { class: 'muted small source-where' }, ` ${citation.document}${page ? `, ${page}` : ''}, bytes ${citation.start}–${citation.end}`);
  let info = null;
  const copy = el('button', {
    type: 'button', class: 'small-button copy-citation', 'aria-label': `Copy citation: ${squashSpace(citation.quote || '').slice(0, 60)}`,
    onclick: async () => {
      const ok = await copyText(citationText(citation, info));
      copy.textContent = ok ? 'Copied' : 'Copy failed';
      announce(ok ? 'Citation copied.' : 'The citation could not be copied.');
      window.setTimeout(() => { copy.textContent = 'Copy citation'; }, 2000);
    },
  }, 'Copy citation');
  docSummary(citation.document).then((found) => {
    if (!found) return;
    info = found;
    const p = sourceParts(citation, found);
    link.textContent = p.title;
    about.textContent = [p.publisher, p.date, p.period, p.page].filter(Boolean).map((x) => ` · ${x}`).join('');
  });
  if (page) about.textContent = ` · ${page}`;
  return el('blockquote', { class: 'quote' },
    el('p', {}, citation.quote || '(no quote)'),
    el('footer', {},
      caption ? el('span', { class: 'muted' }, `${caption} · `) : '',
      link, about, el('br', {}), where, ' ', copy));
}

/** A short link to a citation's words, named by its document's title (its file
 *  name until the metadata arrives). */
export function sourceLink(citation) {
  const page = pageLabel(citation);
  const link = el('a', { class: 'cite', href: docLink(citation.document, citation.start, citation.end), title: citation.quote || undefined }, [citation.document, page].filter(Boolean).join(', '));
  docSummary(citation.document).then((info) => {
    if (info && info.title) link.textContent = [info.title, info.published ? yearOf(info.published) : null, page].filter(Boolean).join(', ');
  });
  return link;
}

/** A document's name that becomes its title (with the publisher and year) once
 *  its metadata arrives: `el` is the element showing it. */
export function titleOf(name, node = el('span', {}, name)) {
  docSummary(name).then((info) => {
    if (!info || !info.title) return;
    node.textContent = [info.title, info.publisher, info.published ? yearOf(info.published) : null].filter(Boolean).join(', ');
    node.setAttribute('title', name);
  });
  return node;
}

/** Buttons saving `rows()` (objects with the same keys) as CSV and as JSON. */
export function exportButtons(basename, rows, what = 'these results') {
  const save = async (kind) => {
    const data = await rows();
    const body = kind === 'csv' ? toCSV(data) : `${JSON.stringify(data, null, 2)}\n`;
    const blob = new Blob([body], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: `${basename}.${kind}`, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 5000);
    announce(`Saved ${data.length} rows as ${kind.toUpperCase()}.`);
  };
  return el('div', { class: 'export', role: 'group', 'aria-label': `Export ${what}` },
    el('span', { class: 'muted small' }, 'Export: '),
    el('button', { type: 'button', class: 'small-button', 'data-export': 'csv', onclick: () => save('csv') }, 'CSV'),
    el('button', { type: 'button', class: 'small-button', 'data-export': 'json', onclick: () => save('json') }, 'JSON'));
}

/** RFC 4180 CSV: a header of the first row's keys, every field quoted when needed. */
export function toCSV(rows) {
  if (!rows.length) return '';
  const keys = Object.keys(rows[0]);
  const field = (v) => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[keys.join(','), ...rows.map((r) => keys.map((k) => field(r[k])).join(','))].join('\r\n')}\r\n`;
}

/** A citation as one flat row for an export, with its source. */
export async function citationRow(citation, extra = {}) {
  const info = await docSummary(citation.document);
  const p = sourceParts(citation, info);
  return {
    ...extra,
    quote: squashSpace(citation.quote || ''),
    title: p.title,
    publisher: p.publisher || '',
    published: (info && info.published) || '',
    document: citation.document,
    page: Number.isInteger(citation.page) ? citation.page : '',
    start: citation.start,
    end: citation.end,
    citation: citationText(citation, info),
  };
}

/** Whether two citations point at overlapping words of one document. */
export function overlaps(a, b) {
  return a.document === b.document && a.start < b.end && b.start < a.end;
}

/** "abolitionist_for_ordinary_crimes" as words. */
export function statusLabel(status) {
  const words = status ? label(status) : 'unknown';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Citations without those that lie inside another one of the list (a phrase
 *  within a cited sentence), in their order. */
export function outermost(citations) {
  return citations.filter((c, i) => !citations.some((o, j) => j !== i && o.document === c.document
    && o.start <= c.start && c.end <= o.end && (o.end - o.start > c.end - c.start || j < i)));
}

/** A number of sources as words: "1 source", "3 sources". */
export function plural(n, word, words = `${word}s`) {
  return `${n} ${n === 1 ? word : words}`;
}

const DURATION_UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day' };
const TIME_UNITS = { H: 'hour', M: 'minute', S: 'second' };

/** An ISO 8601 duration in words: "P3Y6M" is "3 years 6 months", "P100Y"
 *  "100 years"; anything else is returned as it is. */
export function humanDuration(value) {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(String(value || ''));
  if (!m || m.slice(1).every((x) => x === undefined)) return String(value ?? '');
  const names = [...Object.values(DURATION_UNITS), ...Object.values(TIME_UNITS)];
  return m.slice(1).map((n, i) => (n === undefined ? null : plural(Number(n), names[i])))
    .filter(Boolean).join(' ');
}

const DAY = '\\d{4}(?:-\\d{2}(?:-\\d{2})?)?';

/** A date or an interval as written by the API ("2003-01/2003-12", "/2021",
 *  "2021/") in words. */
export function humanDate(value) {
  const s = String(value ?? '');
  let m = new RegExp(`^(${DAY})/(${DAY})$`).exec(s);
  if (m) return `${m[1]} – ${m[2]}`;
  m = new RegExp(`^/(${DAY})$`).exec(s);
  if (m) return `until ${m[1]}`;
  m = new RegExp(`^(${DAY})/$`).exec(s);
  if (m) return `from ${m[1]}`;
  return s;
}

/** A value an entity or a chip shows: durations and intervals in words. */
export function humanValue(value) {
  const s = String(value ?? '');
  if (/^P(?=\d|T\d)/.test(s)) return humanDuration(s);
  return humanDate(s);
}

/** Text from the API with the identifiers it may carry in words:
 *  "abolitionist_for_all_crimes" as "abolitionist for all crimes", "in 2021/" as
 *  "from 2021", "/2016" as "until 2016", "P10Y" as "10 years". */
export function humanText(text) {
  return String(text ?? '')
    .replace(/\b[a-z]+(?:_[a-z]+)+\b/g, (id) => id.replace(/_/g, ' '))
    .replace(new RegExp(`\\b(${DAY})/(${DAY})\\b`, 'g'), '$1 – $2')
    .replace(new RegExp(`\\b(?:as of|since) (${DAY})/(?![\\d/])`, 'g'), 'from $1')
    .replace(new RegExp(`\\bin (${DAY})/(?![\\d/])`, 'g'), 'from $1 on')
    .replace(new RegExp(`\\b(${DAY})/(?![\\d/])`, 'g'), 'from $1')
    .replace(new RegExp(`(^|[\\s(])/(${DAY})\\b`, 'g'), '$1until $2')
    .replace(/\bP(?:\d+(?:\.\d+)?[YMWD])+\b/g, (d) => humanDuration(d));
}

/** The width to draw a chart at: the content area's (less its padding and the
 *  chart's border), at most `max`, so SVG text is never scaled down. */
export function chartWidth(max) {
  const main = document.getElementById('main');
  const style = main ? window.getComputedStyle(main) : null;
  const inner = main ? main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) : max;
  return Math.round(Math.max(280, Math.min(max, inner - 4)));
}

/** A filter panel's content behind a "Filters" switch on a phone (closed there,
 *  so results and charts come first), always open on a wide screen. */
export function collapsible(panel, title = 'Filters') {
  const wide = window.matchMedia('(min-width: 801px)').matches;
  const details = el('details', { class: 'panel-details', open: wide },
    el('summary', { class: 'panel-summary' }, title), ...panel.childNodes);
  panel.replaceChildren(details);
  return panel;
}
