// Small DOM and text helpers shared by the pages.

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

/** Replace the main area's content and move focus there for screen readers. */
export function render(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children);
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
  const parts = path.split('/').map(decodeURIComponent);
  return { page: parts[0] || '', rest: parts.slice(1).join('/'), params: new URLSearchParams(query) };
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

/** A citation as a quote with a link to its exact span in the viewer. */
export function quoteBlock(citation, caption) {
  return el('blockquote', { class: 'quote' },
    el('p', {}, citation.quote || '(no quote)'),
    el('footer', {},
      caption ? el('span', { class: 'muted' }, `${caption} · `) : '',
      el('a', { href: docLink(citation.document, citation.start, citation.end) },
        `${citation.document}, bytes ${citation.start}–${citation.end}`)));
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
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
