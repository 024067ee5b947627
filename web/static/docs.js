// The document list.
import { currentNavigation, documents, resetDocuments, stillOn } from './api.js';
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
    uploadForm(),
    docs.length ? el('div', { class: 'table-wrap' }, table)
      : el('p', { class: 'notice' }, 'No documents yet. Ingest some with `dossier ingest PATH` or POST /api/ingest.'));
  announce(`${docs.length} documents`);
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
          window.setTimeout(() => { if (stillOn(mark)) docsPage(); }, 1200);
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
