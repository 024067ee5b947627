// The document list.
import { currentNavigation, getJSON, resetDocuments, stillOn } from './api.js';
import { announce, docLink, el, errorBox, loading, render } from './util.js';

const PAGE = 100;

/** The document list, one page at a time (the server filters, counts and cuts:
 *  a store of ten thousand documents is not sent whole). */
export async function docsPage(route = { params: new URLSearchParams() }) {
  document.title = 'Documents · dossier';
  render(el('h1', {}, 'Documents'), loading('documents'));
  const state = { q: route.params.get('q') || '', offset: Math.max(0, Number(route.params.get('offset')) || 0) };
  let reply;
  try {
    reply = await getJSON('/api/docs', { q: state.q, offset: state.offset, limit: PAGE });
  } catch (e) {
    render(el('h1', {}, 'Documents'), errorBox(e));
    return;
  }
  const docs = reply.documents || [];
  const total = reply.total ?? docs.length;
  const rows = docs.map((d) => el('tr', {},
    el('td', {}, el('a', { href: docLink(d.document) }, d.title || d.document),
      el('div', { class: 'muted small' }, d.document,
        ...(d.tags || []).map((t) => el('span', { class: 'chip tag', title: `tagged by ${t.author} at ${t.at}${t.note ? `: ${t.note}` : ''}` }, t.value)))),
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
  const href = (offset, q = state.q) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (offset) params.set('offset', String(offset));
    const query = params.toString();
    return `#/docs${query ? `?${query}` : ''}`;
  };
  const filter = el('form', {
    class: 'filters', role: 'search', 'aria-label': 'Filter documents',
    onsubmit: (ev) => { ev.preventDefault(); window.location.hash = href(0, input.value.trim()); },
  });
  const input = el('input', { id: 'docs-filter', type: 'search', value: state.q, placeholder: 'title, publisher or file name', autocomplete: 'off' });
  filter.append(el('div', { class: 'field' }, el('label', { for: 'docs-filter' }, 'Filter'), el('div', { class: 'ask-row' }, input, el('button', { type: 'submit' }, 'Filter'))));
  const first = total ? state.offset + 1 : 0;
  const last = state.offset + docs.length;
  const pager = total > PAGE || state.offset
    ? el('nav', { class: 'pager', 'aria-label': 'Pages of documents' },
      state.offset > 0 ? el('a', { href: href(Math.max(0, state.offset - PAGE)), rel: 'prev' }, '← Previous') : '',
      el('span', { class: 'muted' }, ` ${first}–${last} of ${total} `),
      last < total ? el('a', { href: href(state.offset + PAGE), rel: 'next' }, 'Next →') : '')
    : '';
  const summary = state.q
    ? `${total} document${total === 1 ? '' : 's'} match “${state.q}”${total > docs.length ? `; ${first}–${last} shown` : ''}.`
    : `${total} document${total === 1 ? '' : 's'} in this store${total > docs.length ? `; ${first}–${last} shown` : ''}.`;
  render(el('h1', {}, 'Documents'),
    el('p', { class: 'muted', id: 'docs-count' }, summary),
    uploadForm(),
    filter,
    docs.length ? [pager, el('div', { class: 'table-wrap' }, table), pager ? pager.cloneNode(true) : '']
      : el('p', { class: 'notice' }, state.q ? `No document matches “${state.q}”.` : 'No documents yet. Ingest some with `dossier ingest PATH` or POST /api/ingest.'));
  announce(summary);
}

function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** Add documents: POST /api/ingest as multipart. A read-only server answers 403. */
function uploadForm() {
  const input = el('input', { type: 'file', id: 'upload-files', name: 'file', multiple: true, accept: '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf' });
  const status = el('p', { class: 'muted small', role: 'status' });
  const button = el('button', { type: 'submit' }, 'Add');
  const form = el('form', {
    class: 'upload',
    onsubmit: async (event) => {
      event.preventDefault();
      if (!input.files.length) { status.textContent = 'Choose one or more files first.'; return; }
      const body = new FormData();
      for (const file of input.files) body.append('file', file, file.name);
      button.disabled = true;
      status.textContent = 'Ingesting…';
      try {
        const response = await fetch('/api/ingest', { method: 'POST', body });
        const reply = await response.json().catch(() => ({}));
        if (!response.ok) {
          status.textContent = `Not added (${reply.code || response.status}): ${reply.message || response.statusText}`;
        } else {
          const r = reply.report || {};
          const failed = (r.failed || []).map((f) => `${f.path}: ${f.reason}`).join('; ');
          status.textContent = `Saved ${reply.saved.join(', ')}: ${r.added || 0} new, ${r.known || 0} already known`
            + (failed ? `; failed: ${failed}` : '') + '.';
          resetDocuments();
          // Show the new list, unless the user has moved on meanwhile.
          const mark = currentNavigation();
          window.setTimeout(() => { if (stillOn(mark)) docsPage({ params: new URLSearchParams() }); }, 1200);
        }
      } catch (e) {
        status.textContent = `Not added: ${e.message}`;
      } finally {
        button.disabled = false;
      }
    },
  }, el('label', { for: 'upload-files' }, 'Add documents (txt, md, html, pdf)'), input, button);
  return el('details', { class: 'upload-box' }, el('summary', {}, 'Add documents'), form, status);
}
