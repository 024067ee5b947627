// Search: ranked passages with highlighted snippets; facets (publisher, year,
// event type, entity)
// computed in the browser from the hits.
import { documents, getJSON } from './api.js';
import { announce, docLink, el, errorBox, loading, render, snippetNodes, yearOf } from './util.js';

export async function searchPage(route) {
  const q = route.params.get('q') || '';
  document.title = q ? `${q} · search · dossier` : 'Search · dossier';
  if (!q) {
    render(el('h1', {}, 'Search'),
      el('p', { class: 'muted' }, 'Type words in the search box above. Results are passages; each links to its exact place in the document.'),
      el('p', { class: 'muted' }, 'Spelling variants are tolerated when nothing matches exactly.'));
    document.getElementById('search-input').focus();
    return;
  }
  render(el('h1', {}, 'Search'), loading('results'));
  let result;
  let docs = [];
  try {
    [result, docs] = await Promise.all([getJSON('/api/search', { q, limit: 100, facets: 1 }), documents().catch(() => [])]);
  } catch (e) {
    render(el('h1', {}, 'Search'), errorBox(e));
    return;
  }
  const years = new Map(docs.map((d) => [d.document, yearOf(d.published)]));
  const titles = new Map(docs.map((d) => [d.document, d.title]));
  const hits = result.hits.map((h) => ({ ...h, year: years.get(h.document) ?? null }));
  const selected = { publisher: new Set(), year: new Set(), event: new Set(), entity: new Set() };

  const list = el('ol', { class: 'hits' });
  const count = el('p', { class: 'muted', id: 'hit-count' });
  const facets = el('aside', { class: 'facets', 'aria-label': 'Filter results' });

  function visible() {
    return hits.filter((h) =>
      (!selected.publisher.size || selected.publisher.has(h.publisher || 'unknown'))
      && (!selected.year.size || selected.year.has(String(h.year ?? 'unknown')))
      && (!selected.event.size || (h.event_types || []).some((t) => selected.event.has(t)))
      && (!selected.entity.size || (h.entities || []).some((t) => selected.entity.has(t))));
  }

  function draw() {
    const shown = visible();
    list.replaceChildren(...shown.map((h) => el('li', { class: 'hit' },
      el('div', { class: 'hit-head' },
        el('a', { href: docLink(h.document, h.start, h.end, { q }) }, titles.get(h.document) || h.document),
        el('span', { class: 'muted small' }, ` ${h.document} · bytes ${h.start}–${h.end}`)),
      el('p', { class: 'snippet' }, snippetNodes(h.snippet)),
      el('div', { class: 'muted small' },
        [h.publisher || 'publisher unknown', h.year ? String(h.year) : null, `score ${h.score.toFixed(2)}`]
          .filter(Boolean).join(' · ')))));
    count.textContent = `${shown.length} of ${hits.length} passage${hits.length === 1 ? '' : 's'} for “${q}”`;
    announce(count.textContent);
  }

  function facet(title, key, values, max = Infinity) {
    const counts = new Map();
    for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
    const rank = ([value, n]) => (value === 'unknown' ? -Infinity : key === 'year' ? Number(value) : n);
    const entries = [...counts.entries()].sort((a, b) => rank(b) - rank(a)).slice(0, max);
    const group = el('fieldset', { class: 'facet' }, el('legend', {}, title));
    for (const [value, n] of entries) {
      const id = `facet-${key}-${String(value).replace(/[^a-z0-9]/gi, '_')}`;
      group.append(el('div', { class: 'check' },
        el('input', {
          type: 'checkbox', id, value: String(value),
          onchange: (e) => {
            if (e.target.checked) selected[key].add(String(value)); else selected[key].delete(String(value));
            draw();
          },
        }),
        el('label', { for: id }, `${value} `, el('span', { class: 'muted' }, `(${n})`))));
    }
    return group;
  }

  if (hits.length) {
    facets.append(
      facet('Publisher', 'publisher', hits.map((h) => h.publisher || 'unknown')),
      facet('Year published', 'year', hits.map((h) => String(h.year ?? 'unknown'))));
    const events = hits.flatMap((h) => h.event_types || []);
    if (events.length) facets.append(facet('Event type', 'event', events));
    const names = hits.flatMap((h) => h.entities || []);
    if (names.length) facets.append(facet('Entity', 'entity', names, 20));
  }
  render(el('h1', {}, 'Search'), count,
    hits.length
      ? el('div', { class: 'with-sidebar' }, facets, el('section', { 'aria-labelledby': 'hit-count' }, list))
      : el('p', { class: 'notice' }, `No passage matches “${q}”.`));
  draw();
}
