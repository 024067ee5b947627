// Conflicts: where documents disagree. Each conflict has its kind (a value two
// reports state differently, a stale statement a later one overtakes, two names
// for one person), the reason, and every side's words linked to the viewer.
import { fetchJSON, forThisPage } from './api.js';
import { announce, el, errorBox, humanText, label, loading, plural, quoteBlock, render } from './util.js';
import { judgeForm, verdictList } from './judge.js';

export const KIND_TEXT = {
  value: 'Values differ',
  stale: 'Out of date',
  name: 'Names differ',
};

let cache = null;
/** Every conflict (fetched once per page load; the timeline marks events with them). */
export function allConflicts() {
  if (!cache) cache = fetchJSON('/api/conflicts').then((r) => r.conflicts || []).catch((e) => { cache = null; throw e; });
  return forThisPage(cache);
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
        ' ', c.values.map((v) => humanText(v)).join(' vs. '),
        c.resolved ? el('span', { class: 'badge ok' }, 'resolved') : ''),
      el('p', { class: 'reason' }, humanText(c.reason),
        c.compatible === true ? el('span', { class: 'badge ok' }, 'both can hold') : '',
        c.compatible === false ? el('span', { class: 'badge bad' }, 'cannot both hold') : ''),
      verdictList(c.judgments),
      el('div', { class: 'sides' }, ...c.citations.map((citation) => quoteBlock(citation))),
      c.resolved ? '' : resolveControls(c))));
    // Say only what is true: a filter that matches nothing says so, and an empty
    // list means no conflict was *found*, not that the documents agree.
    if (!items.length) {
      list.replaceChildren(el('li', { class: 'notice' }, conflicts.length
        ? [`No conflict of the kind “${KIND_TEXT[shown] || label(shown)}”${kinds.includes(shown) ? '' : ' (no such kind)'}; `,
          el('a', { href: '#/conflicts', onclick: (ev) => { ev.preventDefault(); shown = ''; draw(); announce(count.textContent); } },
            `show all ${plural(conflicts.length, 'conflict')}`), '.']
        : 'No conflict was found between or within the documents (only the kinds of disagreement dossier checks: values, names, out-of-date statements).'));
      count.textContent = conflicts.length
        ? `0 of ${plural(conflicts.length, 'conflict')} shown.`
        : 'No conflict found.';
    }
  }
  /** "Resolve" on a conflict: named by its reason and its first side's words. */
  function resolveControls(c) {
    const first = c.citations[0];
    return judgeForm('Resolve this conflict', [], [
      ['Resolve', () => ({
        kind: 'resolve_conflict',
        target: c.reason,
        evidence: first ? { document: first.document, start: first.start, end: first.end } : undefined,
      })],
    ], () => { cache = null; conflictsPage(route); });
  }
  render(el('h1', {}, 'Conflicts'),
    el('p', { class: 'muted' }, 'Where the documents disagree. Nothing is settled for you: every side is quoted, with a link to its words.'),
    filter, count, list);
  draw();
  announce(count.textContent);
}
