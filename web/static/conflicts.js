// Conflicts: where documents disagree. Each conflict has its kind (a value two
// reports state differently, a stale statement a later one overtakes, two names
// for one person), the reason, and every side's words linked to the viewer.
import { getJSON } from './api.js';
import { announce, el, errorBox, label, loading, render } from './util.js';

export const KIND_TEXT = {
  value: 'Values differ',
  stale: 'Out of date',
  name: 'Names differ',
};

let cache = null;
/** Every conflict (fetched once per page load; the timeline marks events with them). */
export function allConflicts() {
  if (!cache) cache = getJSON('/api/conflicts').then((r) => r.conflicts || []).catch((e) => { cache = null; throw e; });
  return cache;
}

export async function conflictsPage(route) {
  document.title = 'Conflicts · dossier';
  render(el('h1', {}, 'Conflicts'), loading('conflicts'));
  let conflicts;
  try {
    conflicts = await allConflicts();
  } catch (e) {
    render(el('h1', {}, 'Conflicts'), errorBox(e));
    return;
  }
  const kinds = [...new Set(conflicts.map((c) => c.kind))].sort();
  let shown = route.params.get('kind') || '';
  const list = el('ol', { class: 'conflicts' });
  const count = el('p', { class: 'muted', role: 'status' });
  const filter = el('div', { class: 'switch', role: 'group', 'aria-label': 'Show conflicts of kind' },
    ...['', ...kinds].map((kind) => el('button', {
      type: 'button', 'aria-pressed': String(kind === shown), 'data-kind': kind,
      onclick: () => { shown = kind; draw(); announce(count.textContent); },
    }, kind ? `${KIND_TEXT[kind] || label(kind)} (${conflicts.filter((c) => c.kind === kind).length})` : `All (${conflicts.length})`)));

  function draw() {
    for (const b of filter.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.kind === shown));
    const items = conflicts.filter((c) => !shown || c.kind === shown);
    count.textContent = `${items.length} conflict${items.length === 1 ? '' : 's'} between or within the documents.`;
    list.replaceChildren(...items.map((c, i) => el('li', { class: 'conflict', 'aria-labelledby': `conflict-${i}` },
      el('h2', { id: `conflict-${i}` },
        el('span', { class: `badge kind-${c.kind}` }, KIND_TEXT[c.kind] || label(c.kind)),
        ' ', c.values.map((v) => v.replace(/_/g, ' ')).join(' vs. ')),
      el('p', { class: 'reason' }, c.reason,
        c.compatible === true ? el('span', { class: 'badge ok' }, 'both can hold') : '',
        c.compatible === false ? el('span', { class: 'badge bad' }, 'cannot both hold') : ''),
      el('div', { class: 'sides' }, ...c.citations.map((citation) => el('blockquote', { class: 'quote' },
        el('p', {}, citation.quote || '(no quote)'),
        el('footer', {},
          el('a', { href: `#/doc/${encodeURIComponent(citation.document)}?start=${citation.start}&end=${citation.end}` },
            `${citation.document}, bytes ${citation.start}–${citation.end}`))))))));
    if (!items.length) list.replaceChildren(el('li', { class: 'notice' }, 'The documents agree: no conflict found.'));
  }
  render(el('h1', {}, 'Conflicts'),
    el('p', { class: 'muted' }, 'Where the documents disagree. Nothing is settled for you: every side is quoted, with a link to its words.'),
    filter, count, list);
  draw();
  announce(count.textContent);
}
