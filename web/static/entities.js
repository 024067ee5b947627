// Entities: people, organisations, places, courts, laws and treaties the documents
// name (spellings resolved into one entity), then dates, durations and quantities
// grouped by value. A filterable list grouped by kind, and one page per entity with
// its aliases, roles, documents, doubtful links and events on a small time axis.
import { getJSON } from './api.js';
import { announce, docLink, el, errorBox, formatDate, label, loading, plural, quoteBlock, render } from './util.js';
import { COLORS, fold, yearValue } from './timeline.js';

const ORDER = ['person', 'organisation', 'court', 'place', 'law', 'treaty', 'date', 'duration', 'quantity'];
const KIND_TITLE = {
  person: 'People', organisation: 'Organisations', court: 'Courts', place: 'Places', law: 'Laws',
  treaty: 'Treaties', date: 'Dates', duration: 'Durations', quantity: 'Quantities',
};
const rank = (kind) => { const i = ORDER.indexOf(kind); return i < 0 ? ORDER.length : i; };
export const entityLink = (nameOrId) => `#/entities/${encodeURIComponent(nameOrId)}`;

export async function entitiesPage(route) {
  if (route.rest) return entityPage(route.rest);
  document.title = 'Entities · dossier';
  render(el('h1', {}, 'Entities'), loading('entities'));
  let entities;
  try {
    entities = (await getJSON('/api/entities')).entities || [];
  } catch (e) {
    render(el('h1', {}, 'Entities'), errorBox(e));
    return;
  }
  const kinds = [...new Set(entities.map((e) => e.kind))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const state = { text: route.params.get('q') || '', kind: route.params.get('kind') || '' };
  const search = el('input', {
    id: 'entity-filter', type: 'search', value: state.text, placeholder: 'name or spelling', autocomplete: 'off',
    oninput: (ev) => { state.text = ev.target.value; draw(); },
  });
  const kindSelect = el('select', { id: 'entity-kind', onchange: (ev) => { state.kind = ev.target.value; draw(); announce(count.textContent); } },
    el('option', { value: '' }, `All kinds (${entities.length})`),
    ...kinds.map((k) => el('option', { value: k, selected: k === state.kind }, `${KIND_TITLE[k] || label(k)} (${entities.filter((e) => e.kind === k).length})`)));
  const count = el('p', { class: 'muted', id: 'entity-count', 'aria-live': 'polite' });
  const groups = el('div', { class: 'entity-groups' });
  const index = entities.map((e) => ({ e, key: fold([e.name, ...(e.aliases || []), ...(e.roles || [])].join(' ')) }));

  function draw() {
    const needle = fold(state.text.trim());
    const shown = index.filter((x) => (!state.kind || x.e.kind === state.kind) && (!needle || x.key.includes(needle))).map((x) => x.e);
    count.textContent = `${shown.length} ${shown.length === 1 ? 'entity' : 'entities'} shown.`;
    groups.replaceChildren(...kinds.filter((k) => shown.some((e) => e.kind === k)).map((k) => {
      const items = shown.filter((e) => e.kind === k);
      return el('section', { class: 'entity-group', 'aria-labelledby': `group-${k}` },
        el('h2', { id: `group-${k}` }, `${KIND_TITLE[k] || label(k)} `, el('span', { class: 'muted' }, `(${items.length})`)),
        el('ul', { class: 'entity-list' }, ...items.map((e) => {
          const others = (e.aliases || []).filter((a) => a !== e.name);
          return el('li', {},
            el('a', { href: entityLink(e.kind === 'date' || e.kind === 'duration' || e.kind === 'quantity' ? e.id : e.name) }, e.name),
            e.doubtful && e.doubtful.length ? el('span', { class: 'badge bad', title: 'a link to another entity is doubtful' }, 'doubtful link') : '',
            el('span', { class: 'muted small' }, ` ${plural((e.mentions || []).length, 'mention')} in ${plural((e.documents || []).length, 'document')}`),
            others.length ? el('div', { class: 'small muted' }, `also: ${others.slice(0, 4).join(', ')}${others.length > 4 ? '…' : ''}`) : '',
            e.roles && e.roles.length ? el('div', { class: 'small' }, e.roles.slice(0, 3).join('; ')) : '');
        })));
    }));
    if (!shown.length) groups.replaceChildren(el('p', { class: 'notice' }, 'No entity matches.'));
  }

  render(el('h1', {}, 'Entities'),
    el('div', { class: 'filters' },
      el('div', { class: 'field' }, el('label', { for: 'entity-filter' }, 'Filter'), search),
      el('div', { class: 'field' }, el('label', { for: 'entity-kind' }, 'Kind'), kindSelect)),
    count, groups);
  draw();
  announce(count.textContent);
}

async function entityPage(name) {
  document.title = `${name} · dossier`;
  const crumbs = el('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, el('a', { href: '#/entities' }, 'Entities'), ' / ', name);
  render(crumbs, el('h1', {}, name), loading('the entity'));
  let body;
  try {
    body = await getJSON(`/api/entities/${encodeURIComponent(name)}`);
  } catch (e) {
    render(crumbs, el('h1', {}, name), errorBox(e));
    return;
  }
  const { entity, events } = body;
  document.title = `${entity.name} · dossier`;
  crumbs.lastChild.textContent = entity.name;
  const others = (entity.aliases || []).filter((a) => a !== entity.name);
  const facts = el('dl', { class: 'facts' },
    el('dt', {}, 'Kind'), el('dd', {}, el('span', { class: 'badge' }, label(entity.kind))),
    others.length ? [el('dt', {}, 'Also written'), el('dd', {}, others.join(' · '))] : [],
    entity.roles && entity.roles.length ? [el('dt', {}, 'Roles'), el('dd', {}, entity.roles.join('; '))] : [],
    el('dt', {}, 'Documents'), el('dd', {}, ...entity.documents.flatMap((d, i) => [i ? ', ' : '', el('a', { href: docLink(d) }, d)])));

  const mentions = el('ol', { class: 'mentions' }, ...(entity.mentions || []).map((m) => el('li', {},
    el('a', { href: docLink(m.document, m.start, m.end) }, `“${m.text}”`),
    m.value ? el('span', { class: 'chip' }, m.value) : '',
    el('span', { class: 'muted small' }, ` ${m.document}, bytes ${m.start}–${m.end}`))));

  const doubtful = (entity.doubtful || []).map((d) => el('div', { class: 'doubt' },
    el('p', {}, el('span', { class: 'badge bad' }, 'doubtful'), ' ', 'maybe the same as ',
      el('a', { href: entityLink(d.other) }, d.other), ': ', d.reason),
    ...d.citations.map((c) => quoteBlock(c))));

  render(crumbs,
    el('h1', {}, entity.name),
    facts,
    el('h2', {}, `Events (${events.length})`),
    events.length ? miniTimeline(events) : el('p', { class: 'muted' }, 'No dated event names this entity.'),
    doubtful.length ? [el('h2', {}, 'Doubtful links'), ...doubtful] : [],
    el('h2', {}, `Mentions (${(entity.mentions || []).length})`), mentions);
  announce(`${entity.name}: ${plural(events.length, 'event')}, ${plural(entity.documents.length, 'document')}.`);
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
  const width = 880;
  const height = 64;
  const x = (v) => 16 + ((v - v0) / (v1 - v0)) * (width - 32);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'mini-timeline', role: 'group', 'aria-label': 'Events of this entity on a time axis' });
  const step = [1, 2, 5, 10, 20, 50].find((s) => (v1 - v0) / s <= 12) || 100;
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
