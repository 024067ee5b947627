// The document list.
import { documents } from './api.js';
import { announce, docLink, el, errorBox, loading, render } from './util.js';

export async function docsPage() {
  document.title = 'Documents · dossier';
  render(el('h1', {}, 'Documents'), loading('documents'));
  let docs;
  try {
    docs = await documents();
  } catch (e) {
    render(el('h1', {}, 'Documents'), errorBox(e));
    return;
  }
  const rows = docs.map((d) => el('tr', {},
    el('td', {}, el('a', { href: docLink(d.document) }, d.title || d.document),
      el('div', { class: 'muted small' }, d.document)),
    el('td', {}, d.publisher || el('span', { class: 'muted' }, 'unknown')),
    el('td', { class: 'nowrap' }, d.published || el('span', { class: 'muted' }, '—')),
    el('td', { class: 'nowrap' }, d.period ? `${d.period.start} – ${d.period.end}` : el('span', { class: 'muted' }, '—')),
    el('td', {}, el('span', { class: 'badge' }, d.format)),
    el('td', { class: 'num' }, formatBytes(d.bytes)),
    el('td', {}, d.duplicate_of ? el('a', { href: docLink(d.duplicate_of) }, d.duplicate_of) : '')));
  const table = el('table', { class: 'table' },
    el('caption', { class: 'visually-hidden' }, 'Ingested documents'),
    el('thead', {}, el('tr', {}, ['Document', 'Publisher', 'Published', 'Period covered', 'Format', 'Size', 'Duplicate of']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
  render(el('h1', {}, 'Documents'),
    el('p', { class: 'muted' }, `${docs.length} document${docs.length === 1 ? '' : 's'} in this store.`),
    docs.length ? el('div', { class: 'table-wrap' }, table)
      : el('p', { class: 'notice' }, 'No documents yet. Ingest some with `dossier ingest PATH` or POST /api/ingest.'));
  announce(`${docs.length} documents`);
}

function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
