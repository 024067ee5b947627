// Document viewer: #/doc/NAME?start=S&end=E. Metadata panel; the kept text with
// every extracted event, mention and date highlighted; the cited span scrolled
// into view and emphasised; a switch to the original bytes.
import { getJSON } from './api.js';
import { announce, byteIndex, docLink, el, errorBox, formatDate, label, loading, render } from './util.js';
import { COLORS } from './timeline.js';

const META_FIELDS = [
  ['title', 'Title'], ['publisher', 'Publisher'], ['published', 'Published'], ['updated', 'Updated'],
  ['period', 'Period covered'], ['number', 'Number'], ['language', 'Language'],
];

export async function viewerPage(route) {
  const name = route.rest;
  const start = route.params.has('start') ? Number(route.params.get('start')) : null;
  const end = route.params.has('end') ? Number(route.params.get('end')) : null;
  document.title = `${name} · dossier`;
  render(el('h1', {}, name), loading('the document'));
  let view;
  try {
    view = await getJSON(`/api/docs/${encodeURIComponent(name)}`);
  } catch (e) {
    render(el('h1', {}, name), errorBox(e), el('p', {}, el('a', { href: '#/docs' }, 'All documents')));
    return;
  }
  const info = view.document;
  const text = view.text || '';
  const toIndex = byteIndex(text);
  const extraction = view.extraction || {};
  const events = extraction.events || [];

  // Every span to draw, in string indices.
  const spans = [];
  const add = (span, cls, title, extra = {}) => {
    if (!span) return;
    const a = toIndex(span.start);
    const b = toIndex(span.end);
    if (b > a) spans.push({ a, b, cls, title, ...extra });
  };
  events.forEach((e, i) => add(e.span, 'ev', `${label(e.kind)} (${e.modality})${e.date ? `, ${formatDate(e.date)}` : ''}`, { event: i, kind: e.kind }));
  for (const m of extraction.mentions || []) add(m.span, `m m-${m.kind}`, `${m.kind}: ${m.name}`);
  for (const t of extraction.times || []) {
    const value = t.value ? formatDate(t.value) : 'unresolved';
    add(t.span, 't', `date: ${value}${t.anchor ? ` (anchored: ${t.anchor})` : ''}`);
  }
  const cited = start !== null && end !== null && Number.isFinite(start) && Number.isFinite(end) && end >= start;
  const query = (route.params.get('q') || '').trim();
  if (cited) {
    const a = toIndex(start);
    const b = toIndex(end);
    spans.push({ a, b: Math.max(b, a), cls: 'cited', title: `cited: bytes ${start}–${end}` });
    // Opened from a search: the query's words inside the passage, too.
    for (const [qa, qb] of queryMatches(text, a, Math.max(b, a), query)) spans.push({ a: qa, b: qb, cls: 'qm', title: `matches “${query}”` });
  }

  const textView = el('div', { class: 'doc-text', lang: info.language || undefined });
  textView.append(...segments(text, spans));
  const citedNode = textView.querySelector('.cited');
  if (citedNode) {
    citedNode.id = 'cited';
    citedNode.setAttribute('tabindex', '-1');
  }
  for (const node of textView.querySelectorAll('.ev[data-kind]')) {
    node.style.setProperty('--ev', COLORS[node.dataset.kind] || '#6b7280');
  }

  const originalUrl = `/api/docs/${encodeURIComponent(info.document)}/original`;
  const originalView = el('div', { class: 'doc-original', hidden: true });
  const switcher = el('div', { class: 'switch', role: 'group', 'aria-label': 'Show' });
  const showText = el('button', { type: 'button', 'aria-pressed': 'true', onclick: () => show(false) }, 'Kept text');
  const showOriginal = el('button', { type: 'button', 'aria-pressed': 'false', onclick: () => show(true) }, 'Original');
  switcher.append(showText, showOriginal, el('a', { href: originalUrl, class: 'small', target: '_blank', rel: 'noopener' }, 'open original'));
  function show(original) {
    showText.setAttribute('aria-pressed', String(!original));
    showOriginal.setAttribute('aria-pressed', String(original));
    textView.hidden = original;
    originalView.hidden = !original;
    if (original && !originalView.firstChild) {
      // The server sandboxes HTML originals by CSP; the iframe sandbox is a second lock.
      const frame = el('iframe', { src: originalUrl, title: `Original of ${info.document}` });
      if (info.format !== 'pdf') frame.setAttribute('sandbox', '');
      originalView.append(frame);
    }
  }

  const meta = el('dl', { class: 'facts' });
  for (const [key, title] of META_FIELDS) {
    const value = key === 'period' ? (info.period ? `${info.period.start} – ${info.period.end}` : null) : info[key];
    if (!value) continue;
    meta.append(el('dt', {}, title), el('dd', {}, value));
  }
  meta.append(el('dt', {}, 'File'), el('dd', {}, `${info.document} (${info.format}, ${info.bytes} bytes)`));
  if (info.duplicate_of) meta.append(el('dt', {}, 'Duplicate of'), el('dd', {}, el('a', { href: docLink(info.duplicate_of) }, info.duplicate_of)));
  meta.append(el('dt', {}, 'SHA-256'), el('dd', { class: 'hash' }, info.sha256));

  const eventList = el('ol', { class: 'doc-events' }, events.map((e) => el('li', {},
    el('a', { href: docLink(info.document, e.span.start, e.span.end) }, label(e.kind)),
    el('span', { class: 'muted small' }, ` ${e.date ? formatDate(e.date) : 'undated'}${e.modality !== 'asserted' ? ` · ${e.modality}` : ''}`))));

  const citedInfo = cited
    ? el('p', { class: 'cited-info' }, `Cited: bytes ${start}–${end}. `, el('a', { href: '#cited', onclick: (ev) => { ev.preventDefault(); focusCited(); } }, 'Go to the cited words'))
    : null;

  render(
    el('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, el('a', { href: '#/docs' }, 'Documents'), ' / ', info.document),
    el('h1', {}, info.title || info.document),
    el('div', { class: 'viewer' },
      el('article', { class: 'doc-main', 'aria-label': 'Document text' }, switcher, citedInfo, textView, originalView),
      el('aside', { class: 'doc-side' },
        el('h2', {}, 'About this document'), meta,
        el('h2', {}, 'Highlights'),
        el('ul', { class: 'legend' },
          el('li', {}, el('span', { class: 'ev sample' }, 'event')),
          el('li', {}, el('span', { class: 'm m-person sample' }, 'person')),
          el('li', {}, el('span', { class: 'm m-organisation sample' }, 'organisation')),
          el('li', {}, el('span', { class: 'm m-place sample' }, 'place')),
          el('li', {}, el('span', { class: 'm m-law sample' }, 'law, treaty')),
          el('li', {}, el('span', { class: 't sample' }, 'date')),
          el('li', {}, el('span', { class: 'cited sample' }, 'cited words'))),
        el('h2', {}, `Events (${events.length})`), events.length ? eventList : el('p', { class: 'muted' }, 'None extracted.'),
        view.warnings && view.warnings.length ? [el('h2', {}, 'Warnings'), el('ul', {}, view.warnings.map((w) => el('li', {}, w)))] : [])));

  function focusCited() {
    const node = document.getElementById('cited');
    if (!node) return;
    node.scrollIntoView({ block: 'center' });
    node.focus({ preventScroll: true });
  }
  if (citedNode) {
    focusCited();
    announce(`Showing ${info.document}, cited words emphasised.`);
  } else {
    announce(`Showing ${info.document}.`);
  }
}

const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'by', 'with', 'at', 'from', 'as', 'is', 'was', 'be', 'or', 'that', 'this', 'it', 'its']);

/** Where the words of `query` occur in text[a..b): each word matched by its start
 *  (so "executions" finds "executed"), case and diacritics folded. */
export function queryMatches(text, a, b, query) {
  const words = [...new Set((query.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) || [])
    .filter((w) => w.length > 1 && !STOP.has(w)))];
  if (!words.length || b <= a) return [];
  const stems = words.map((w) => (w.length > 5 ? w.slice(0, Math.max(5, Math.ceil(w.length * 0.6))) : w));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const passage = text.slice(a, b);
  const folded = passage.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  // Folding may change lengths; match on the folded text only when it does not.
  const haystack = folded.length === passage.length ? folded : passage;
  const out = [];
  for (const m of haystack.matchAll(pattern)) out.push([a + m.index, a + m.index + m[0].length]);
  return out;
}

/** Cut the text at every span boundary; each piece carries the classes of the
 *  spans that cover it. */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.a); cuts.add(s.b); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
  const sorted = [...spans].sort((x, y) => x.a - y.a);
  const nodes = [];
  let active = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i];
    const b = points[i + 1];
    while (next < sorted.length && sorted[next].a <= a) { active.push(sorted[next]); next += 1; }
    active = active.filter((s) => s.b > a);
    const piece = text.slice(a, b);
    const covering = active.filter((s) => s.a <= a && s.b >= b);
    if (!covering.length) { nodes.push(document.createTextNode(piece)); continue; }
    const classes = [...new Set(covering.flatMap((s) => s.cls.split(' ')))];
    const node = el(covering.some((s) => s.cls === 'cited') ? 'mark' : 'span', { class: classes.join(' '), title: covering.map((s) => s.title).join('\n') }, piece);
    const ev = covering.find((s) => s.kind);
    if (ev) node.dataset.kind = ev.kind;
    nodes.push(node);
  }
  return nodes;
}
