// Entities: people, organisations, places, courts, laws and treaties the documents
// name (spellings resolved into one entity), then dates, durations and quantities
// grouped by value. A filterable list grouped by kind, and one page per entity with
// its aliases, roles, documents, doubtful links and events on a small time axis.
import { getJSON } from './api.js';
import { announce, chartWidth, citationRow, docLink, el, exportButtons, titleOf, errorBox, formatDate, humanText, humanValue, label, loading, pageLabel, plural, quoteBlock, render } from './util.js';
import { COLORS, yearValue } from './timeline.js';
import { mergeControls, verdictList } from './judge.js';

const ORDER = ['person', 'organisation', 'court', 'place', 'law', 'treaty', 'date', 'duration', 'quantity'];
const KIND_TITLE = {
  person: 'People', organisation: 'Organisations', court: 'Courts', place: 'Places', law: 'Laws',
  treaty: 'Treaties', date: 'Dates', duration: 'Durations', quantity: 'Quantities',
};
const rank = (kind) => { const i = ORDER.indexOf(kind); return i < 0 ? ORDER.length : i; };
export const entityLink = (nameOrId) => `#/entities/${encodeURIComponent(nameOrId)}`;

const PAGE = 200;
const byValue = (kind) => kind === 'date' || kind === 'duration' || kind === 'quantity';
/** An entity's name as a reader wants it: dates and durations in words. */
export const entityName = (e) => (byValue(e.kind) ? humanValue(e.name) : e.name);

export async function entitiesPage(route) {
  if (route.rest) return entityPage(route.rest);
  document.title = 'Entities · dossier';
  render(el('h1', {}, 'Entities'), loading('entities'));
  // One page of entities at a time, filtered and counted by the server: a store of
  // ten thousand documents names far too many to send them all.
  const state = { text: route.params.get('q') || '', kind: route.params.get('kind') || '', shown: [], total: 0 };
  let first;
  try {
    first = await getJSON('/api/entities', { summary: 1, limit: PAGE, q: state.text, kind: state.kind });
  } catch (e) {
    render(el('h1', {}, 'Entities'), errorBox(e));
    return;
  }
  // The kind menu, with how many entities of each kind there are.
  function kindOptions(allCounts) {
    const allTotal = Object.values(allCounts).reduce((a, b) => a + b, 0);
    const kinds = Object.keys(allCounts).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    if (state.kind && !kinds.includes(state.kind)) kinds.push(state.kind);
    return [
      el('option', { value: '' }, `All kinds (${allTotal})`),
      ...kinds.map((k) => el('option', { value: k, selected: k === state.kind }, `${KIND_TITLE[k] || label(k)} (${allCounts[k] || 0})`)),
    ];
  }
  let asked = 0;
  async function load(append) {
    asked += 1;
    const mine = asked;
    const reply = await getJSON('/api/entities', {
      summary: 1, limit: PAGE, offset: append ? state.shown.length : 0, q: state.text.trim(), kind: state.kind,
    });
    if (mine !== asked) return;
    state.shown = append ? state.shown.concat(reply.entities || []) : (reply.entities || []);
    state.total = reply.total || 0;
    draw();
  }
  let timer = null;
  const search = el('input', {
    id: 'entity-filter', type: 'search', value: state.text, placeholder: 'name or spelling', autocomplete: 'off',
    oninput: (ev) => {
      state.text = ev.target.value;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => load(false).catch((e) => groups.replaceChildren(errorBox(e))), 150);
    },
  });
  const kindSelect = el('select', {
    id: 'entity-kind',
    onchange: async (ev) => {
      state.kind = ev.target.value;
      try { await load(false); } catch (e) { groups.replaceChildren(errorBox(e)); }
      announce(count.textContent);
    },
  }, ...kindOptions(first.kinds || {}));
  const count = el('p', { class: 'muted', id: 'entity-count', 'aria-live': 'polite' });
  const groups = el('div', { class: 'entity-groups' });
  const more = el('p', {});
  const pending = first.partial
    ? el('p', { class: 'notice', id: 'entity-pending' },
      'The server has just started: dates, durations and quantities are still being counted and are added when ready.')
    : '';

  function draw() {
    const shown = state.shown;
    count.textContent = shown.length < state.total
      ? `${shown.length} of ${state.total} ${state.total === 1 ? 'entity' : 'entities'} shown.`
      : `${state.total} ${state.total === 1 ? 'entity' : 'entities'} shown.`;
    const present = [...new Set(shown.map((e) => e.kind))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    groups.replaceChildren(...present.map((k) => {
      const items = shown.filter((e) => e.kind === k);
      return el('section', { class: 'entity-group', 'aria-labelledby': `group-${k}` },
        el('h2', { id: `group-${k}` }, `${KIND_TITLE[k] || label(k)} `, el('span', { class: 'muted' }, `(${items.length})`)),
        el('ul', { class: 'entity-list' }, ...items.map((e) => {
          const others = (e.aliases || []).filter((a) => a !== e.name);
          return el('li', {},
            el('a', { href: entityLink(byValue(e.kind) ? e.id : e.name) }, entityName(e)),
            e.doubtful_count ? el('span', { class: 'badge bad', title: 'a link to another entity is doubtful' }, 'doubtful link') : '',
            el('span', { class: 'muted small' }, ` ${plural(e.mention_count || 0, 'mention')} in ${plural(e.document_count || 0, 'document')}`),
            others.length ? el('div', { class: 'small muted' }, `also: ${others.slice(0, 4).join(', ')}${others.length > 4 ? '…' : ''}`) : '',
            e.roles && e.roles.length ? el('div', { class: 'small' }, e.roles.slice(0, 3).join('; ')) : '');
        })));
    }));
    if (!shown.length) groups.replaceChildren(el('p', { class: 'notice' }, 'No entity matches.'));
    more.replaceChildren(shown.length < state.total
      ? el('button', {
        type: 'button', id: 'entity-more',
        onclick: () => load(true).then(() => announce(count.textContent)).catch((e) => groups.replaceChildren(errorBox(e))),
      }, `Show ${Math.min(PAGE, state.total - shown.length)} more`)
      : '');
  }

  state.shown = first.entities || [];
  state.total = first.total || 0;
  render(el('h1', {}, 'Entities'),
    el('div', { class: 'filters' },
      el('div', { class: 'field' }, el('label', { for: 'entity-filter' }, 'Filter'), search),
      el('div', { class: 'field' }, el('label', { for: 'entity-kind' }, 'Kind'), kindSelect)),
    count, pending, groups, more);
  draw();
  announce(count.textContent);
  if (first.partial) completeLater();

  // Right after the server starts it lists the named entities at once and counts
  // dates, durations and quantities in the background (`partial`): ask again until
  // they are there, then recount the menu and redraw the first page.
  async function completeLater() {
    for (let tries = 0; tries < 120; tries += 1) {
      await new Promise((resolve) => { window.setTimeout(resolve, 1000); });
      if (!groups.isConnected) return;
      let reply;
      try {
        reply = await getJSON('/api/entities', { summary: 1, limit: 1 });
      } catch {
        continue;
      }
      if (reply.partial) continue;
      if (!groups.isConnected) return;
      kindSelect.replaceChildren(...kindOptions(reply.kinds || {}));
      pending.remove();
      if (state.shown.length <= PAGE) await load(false).catch(() => {});
      return;
    }
  }
}

/** The entities whose name or spelling contains `name`, as links. */
async function candidates(name) {
  const reply = await getJSON('/api/entities', { summary: 1, q: name, sort: 'documents', limit: 50 });
  return reply;
}

/** How many of an entity's mentions its page lists before "Show all". */
const MENTIONS_SHOWN = 100;

async function entityPage(name) {
  document.title = `${name} · dossier`;
  const crumbs = el('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, el('a', { href: '#/entities' }, 'Entities'), ' / ', humanValue(name));
  render(crumbs, el('h1', {}, humanValue(name)), loading('the entity'));
  let body;
  try {
    body = await getJSON(`/api/entities/${encodeURIComponent(name)}`);
  } catch (e) {
    if (e.code !== 'unknown_entity') {
      render(crumbs, el('h1', {}, name), errorBox(e));
      return;
    }
    // No entity by that name: list those whose names contain it ("Shishov" finds
    // both Vladimir and Vladislav Shishov).
    let found = { entities: [], total: 0 };
    try { found = await candidates(name); } catch (_) { /* the notice below says enough */ }
    const list = found.entities || [];
    render(crumbs, el('h1', {}, name),
      list.length
        ? [el('p', { class: 'notice', role: 'status' },
          `No entity is called “${name}”. ${plural(found.total, 'entity', 'entities')} ${found.total === 1 ? 'has' : 'have'} it in a name or spelling:`),
        el('ul', { class: 'entity-list candidates' }, ...list.map((c) => el('li', {},
          el('a', { href: entityLink(byValue(c.kind) ? c.id : c.name) }, entityName(c)),
          el('span', { class: 'badge' }, label(c.kind)),
          el('span', { class: 'muted small' }, ` ${plural(c.mention_count || 0, 'mention')} in ${plural(c.document_count || 0, 'document')}`))))]
        : el('p', { class: 'notice', role: 'status' }, `No entity is called “${name}”, and no name or spelling contains it. `,
          el('a', { href: `#/search?q=${encodeURIComponent(name)}` }, `Search the text for “${name}”`), '.'));
    announce(list.length ? `${plural(found.total, 'candidate')} for ${name}.` : `No entity matches ${name}.`);
    return;
  }
  const { entity, events } = body;
  const shownName = entityName(entity);
  document.title = `${shownName} · dossier`;
  crumbs.lastChild.textContent = shownName;
  const others = (entity.aliases || []).filter((a) => a !== entity.name);
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'Kind'), el('dd', {}, el('span', { class: 'badge' }, label(entity.kind))),
    byValue(entity.kind) && shownName !== entity.name ? [el('dt', {}, 'Value'), el('dd', {}, el('code', {}, entity.name))] : [],
    others.length ? [el('dt', {}, 'Also written'), el('dd', {}, others.join(' · '))] : [],
    entity.roles && entity.roles.length ? [el('dt', {}, 'Roles'), el('dd', {}, entity.roles.join('; '))] : [],
    el('dt', {}, 'Documents'), el('dd', {}, ...entity.documents.flatMap((d, i) => [i ? '; ' : '', titleOf(d, el('a', { href: docLink(d) }, d))])));

  // The first mentions at once (a place may have thousands; each names its source);
  // the rest when asked for. The export has them all.
  const all = entity.mentions || [];
  const mentionRow = (m) => el('li', {},
    el('a', { href: docLink(m.document, m.start, m.end) }, `“${m.text}”`),
    m.value ? el('span', { class: 'chip' }, humanValue(m.value)) : '',
    el('span', { class: 'muted small' }, ' ', titleOf(m.document), `${pageLabel(m) ? `, ${pageLabel(m)}` : ''}, bytes ${m.start}–${m.end}`));
  const mentions = el('ol', { class: 'mentions' }, ...all.slice(0, MENTIONS_SHOWN).map(mentionRow));
  const moreMentions = el('div', {}, all.length > MENTIONS_SHOWN
    ? el('button', {
      type: 'button', class: 'small-button',
      onclick: () => {
        mentions.append(...all.slice(MENTIONS_SHOWN).map(mentionRow));
        moreMentions.replaceChildren();
        mentions.children[MENTIONS_SHOWN].querySelector('a').focus();
      },
    }, `Show all ${all.length} mentions`)
    : '');

  // A doubtful link names the other entity by its id: show its name.
  const otherNames = await Promise.all((entity.doubtful || []).map((d) => getJSON(`/api/entities/${encodeURIComponent(d.other)}`)
    .then((r) => entityName(r.entity)).catch(() => d.other)));
  const doubtful = (entity.doubtful || []).map((d, i) => el('div', { class: 'doubt' },
    el('p', {}, el('span', { class: 'badge bad' }, 'doubtful'), ' ', 'maybe the same as ',
      el('a', { href: entityLink(d.other) }, otherNames[i]), ': ', humanText(d.reason)),
    ...d.citations.map((c) => quoteBlock(c))));

  render(crumbs,
    el('h1', {}, shownName),
    facts,
    verdictList(entity.judgments),
    byValue(entity.kind) ? '' : mergeControls(entity, () => entityPage(entity.name)),
    el('h2', {}, `Events (${events.length})`),
    events.length ? miniTimeline(events) : el('p', { class: 'muted' }, 'No dated event names this entity.'),
    doubtful.length ? [el('h2', {}, 'Doubtful links'), ...doubtful] : [],
    el('div', { class: 'list-head' }, el('h2', {}, `Mentions (${(entity.mentions || []).length})`),
      exportButtons(`entity-${entity.id}`.replace(/[^a-z0-9-]+/gi, '-'), () => Promise.all((entity.mentions || []).map((m) => citationRow(
        { document: m.document, start: m.start, end: m.end, page: m.page, quote: m.text },
        { entity: shownName, kind: entity.kind, value: m.value ? humanValue(m.value) : '' },
      ))), 'the mentions')),
    mentions, moreMentions);
  announce(`${shownName}: ${plural(events.length, 'event')}, ${plural(entity.documents.length, 'document')}.`);
}

/** Events on a small time axis (a mark per event, focusable) above their list,
 *  each with its evidence linked. */
function miniTimeline(events) {
  const items = events.map((e, i) => ({
    e, i, x0: yearValue(e.date && (e.date.start || e.date.end), false), x1: yearValue(e.date && (e.date.end || e.date.start), true),
  }));
  const dated = items.filter((x) => x.x0 !== null && x.x1 !== null);
  const list = el('ol', { class: 'event-list' }, ...items.map(({ e, i }) => el('li', { id: `entity-event-${i}`, tabindex: '-1' },
    el('span', { class: 'date' }, formatDate(e.date)),
    el('span', { class: 'kind-label', 'data-kind': e.type }, label(e.type)),
    el('span', { class: 'summary' }, e.summary.length > 200 ? `${e.summary.slice(0, 200)}…` : e.summary,
      e.corroboration > 1 ? el('span', { class: 'badge' }, `${e.corroboration} sources`) : ''),
    el('span', { class: 'cites' }, ...e.citations.map((c, n) => el('a', { class: 'cite', href: docLink(c.document, c.start, c.end), title: c.quote }, `evidence ${n + 1}`))))));
  for (const k of list.querySelectorAll('.kind-label')) k.style.borderLeftColor = COLORS[k.dataset.kind] || '#6b7280';
  if (!dated.length) return list;
  const lo = Math.floor(Math.min(...dated.map((x) => x.x0)));
  const hi = Math.ceil(Math.max(...dated.map((x) => x.x1)));
  const v0 = lo - 1;
  const v1 = Math.max(hi + 1, v0 + 4);
  const width = chartWidth(880);
  const height = 64;
  const x = (v) => 16 + ((v - v0) / (v1 - v0)) * (width - 32);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'mini-timeline', role: 'group', 'aria-label': 'Events of this entity on a time axis' });
  const step = [1, 2, 5, 10, 20, 50].find((s) => (v1 - v0) / s <= Math.min(12, width / 56)) || 100;
  for (let year = Math.ceil(v0 / step) * step; year <= v1; year += step) {
    svg.append(el('line', { x1: x(year), x2: x(year), y1: 8, y2: 44, class: 'grid' }));
    if (x(year) > 30 && x(year) < width - 30) svg.append(el('text', { x: x(year), y: 58, 'text-anchor': 'middle', class: 'tick' }, String(year)));
  }
  svg.append(el('line', { x1: 16, x2: width - 16, y1: 40, y2: 40, class: 'axis' }));
  for (const { e, i, x0, x1 } of dated) {
    const name = `${label(e.type)}, ${formatDate(e.date)}`;
    const cx = (x(x0) + x(x1)) / 2;
    svg.append(el('g', {
      class: 'mark', tabindex: '0', role: 'button', 'aria-label': `${name}: show in the list`,
      onclick: () => focusItem(i), onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); focusItem(i); } },
    }, el('title', {}, name), el('circle', { cx, cy: 24, r: e.corroboration > 1 ? 8 : 6, fill: COLORS[e.type] || '#6b7280' })));
  }
  function focusItem(i) {
    const item = list.querySelector(`#entity-event-${i}`);
    if (!item) return;
    item.scrollIntoView({ block: 'nearest' });
    item.focus();
  }
  return el('div', {}, el('div', { class: 'chart mini' }, svg), list);
}
