// Search: ranked passages with highlighted snippets; facets (publisher, year,
// event type, entity) counted by the server over every match when there are more
// than the hits shown (a value searches again with that filter), else in the
// browser from the hits.
import { docSummary, forThisPage, getJSON } from './api.js';
import { announce, citationText, collapsible, docLink, el, errorBox, exportButtons, label, loading, pageLabel, render, snippetNodes, sourceParts, yearOf } from './util.js';

const LIMIT = 100;

export async function searchPage(route) {
  const q = route.params.get('q') || '';
  // Filters the server applies (chosen from counts over every match).
  const only = {
    publisher: route.params.get('publisher') || '', year: route.params.get('year') || '',
    event: route.params.get('event') || '', entity: route.params.get('entity') || '',
  };
  const searchHref = (changes) => {
    const params = new URLSearchParams({ q });
    for (const [key, value] of Object.entries({ ...only, ...changes })) if (value) params.set(key, value);
    return `#/search?${params}`;
  };
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
    result = await getJSON('/api/search', {
      q, limit: LIMIT, facets: 1, publisher: only.publisher, from: only.year, to: only.year, event: only.event, entity: only.entity,
    });
    // The metadata of the documents hit (not of every document in the store).
    const names = [...new Set(result.hits.map((h) => h.document))];
    docs = (await forThisPage(Promise.all(names.map((n) => docSummary(n))))).filter(Boolean);
  } catch (e) {
    render(el('h1', {}, 'Search'), errorBox(e));
    return;
  }
  const info = new Map(docs.map((d) => [d.document, d]));
  const years = new Map(docs.map((d) => [d.document, yearOf(d.published)]));
  const titles = new Map(docs.map((d) => [d.document, d.title]));
  const hits = result.hits.map((h) => ({ ...h, year: years.get(h.document) ?? null }));
  // The engine returns the best LIMIT passages: when it returns that many there may
  // be more, and the facets count only these.
  const capped = hits.length >= LIMIT;
  const total = Number.isInteger(result.total) ? result.total : null;
  const selected = { publisher: new Set(), year: new Set(), event: new Set(), entity: new Set() };

  const list = el('ol', { class: 'hits' });
  const exports = el('div', {});
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
        el('span', { class: 'muted small' }, ` ${[h.document, pageLabel(h)].filter(Boolean).join(', ')} · bytes ${h.start}–${h.end}`)),
      el('p', { class: 'snippet' }, snippetNodes(h.snippet)),
      el('div', { class: 'muted small' },
        [h.publisher || 'publisher unknown', h.year ? String(h.year) : null, `score ${h.score.toFixed(2)}`]
          .filter(Boolean).join(' · ')))));
    exports.replaceChildren(exportButtons(`search-${q.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}`, () => visible().map((h) => {
      const citation = { document: h.document, start: h.start, end: h.end, page: h.page, quote: plainSnippet(h.snippet) };
      const p = sourceParts(citation, info.get(h.document));
      return {
        rank: hits.indexOf(h) + 1, score: Number(h.score.toFixed(4)), snippet: citation.quote,
        title: p.title, publisher: h.publisher || p.publisher || '', published: (info.get(h.document) || {}).published || '',
        document: h.document, page: Number.isInteger(h.page) ? h.page : '', start: h.start, end: h.end, citation: citationText(citation, info.get(h.document)),
      };
    }), 'these passages'));
    const all = total !== null && total > hits.length ? ` of ${total.toLocaleString('en')}` : '';
    const more = capped && !all ? ' (there may be more: add words to narrow)' : '';
    const of = capped ? `the best ${hits.length}${all}` : String(hits.length);
    count.textContent = shown.length === hits.length
      ? `${capped ? `The best ${hits.length}${all}` : hits.length} passage${hits.length === 1 && !all ? '' : 's'} for “${q}”${more}`
      : `${shown.length} of ${of} passage${hits.length === 1 && !all ? '' : 's'} for “${q}”`;
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

  /** Counts over every match, from the server: each value a link that searches
   *  again with that filter. */
  function serverFacet(title, key, entries) {
    const group = el('fieldset', { class: 'facet server-facet', 'data-facet': key }, el('legend', {}, title));
    const list = el('ul', { class: 'facet-links' });
    for (const [value, n] of entries.slice(0, 25)) {
      const words = `${key === 'event' ? label(value) : value} `;
      list.append(el('li', {}, value === 'unknown'
        ? el('span', { class: 'muted' }, words, `(${n.toLocaleString('en')})`)
        : el('a', { href: searchHref({ [key]: value }) }, words, el('span', { class: 'muted' }, `(${n.toLocaleString('en')})`))));
    }
    group.append(list);
    return group;
  }

  if (only.publisher || only.year || only.event || only.entity) {
    facets.append(el('p', { class: 'active-filters' }, 'Only ',
      [only.publisher, only.year, only.event && label(only.event), only.entity].filter(Boolean).join(', '), ' · ',
      el('a', { href: searchHref({ publisher: '', year: '', event: '', entity: '' }) }, 'all passages')));
  }
  if (hits.length) {
    const counts = result.facet_counts;
    if (counts) {
      // Publisher and year counted over every match by the server.
      facets.append(
        serverFacet(`Publisher (all ${total.toLocaleString('en')})`, 'publisher', counts.publisher),
        serverFacet(`Year published (all ${total.toLocaleString('en')})`, 'year', [...counts.year].sort((a, b) => (a[0] === 'unknown') - (b[0] === 'unknown') || b[0].localeCompare(a[0]))));
      // Event types and entities too, once the server has read what every passage
      // holds (it does so when it starts).
      if (counts.event_type && counts.entity) {
        facets.append(
          serverFacet(`Event type (all ${total.toLocaleString('en')})`, 'event', counts.event_type),
          serverFacet(`Entity (all ${total.toLocaleString('en')})`, 'entity', counts.entity.slice(0, 20)));
      } else {
        facets.append(el('p', { class: 'muted small' }, `Below: counted over the best ${hits.length} passages.`));
      }
    } else {
      if (capped) facets.append(el('p', { class: 'muted small' }, `Counted over the best ${hits.length} passages${total > hits.length ? ` of ${total.toLocaleString('en')}` : ''}.`));
      facets.append(
        facet('Publisher', 'publisher', hits.map((h) => h.publisher || 'unknown')),
        facet('Year published', 'year', hits.map((h) => String(h.year ?? 'unknown'))));
    }
    if (!(counts && counts.event_type && counts.entity)) {
      const events = hits.flatMap((h) => h.event_types || []);
      if (events.length) facets.append(facet('Event type', 'event', events));
      const names = hits.flatMap((h) => h.entities || []);
      if (names.length) facets.append(facet('Entity', 'entity', names, 20));
    }
  }
  if (hits.length) collapsible(facets, 'Filter the passages');
  render(el('h1', {}, 'Search'), count,
    hits.length
      ? el('div', { class: 'with-sidebar' }, facets, el('section', { 'aria-labelledby': 'hit-count' }, exports, list))
      : el('p', { class: 'notice' }, `No passage matches “${q}”.`));
  draw();
}

/** The snippet's text without its <mark> tags or HTML escapes. */
function plainSnippet(snippet) {
  return snippetNodes(snippet).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
}
