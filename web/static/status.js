// Status: a jurisdiction's death-penalty status at a date, with the words it rests
// on, and its history drawn as coloured bands over a time axis (one band per
// period, labelled by status, a striped line under the years with a moratorium).
// Each band opens its own citations.
import { getJSON } from './api.js';
import { announce, chartWidth, el, errorBox, humanText, loading, outermost, quoteBlock, render, statusLabel } from './util.js';
import { yearValue } from './timeline.js';

export const STATUS_COLORS = {
  retentionist: '#b23a48',
  abolitionist_in_practice: '#a65a2a',
  abolitionist_for_ordinary_crimes: '#3b6ea5',
  abolitionist_for_all_crimes: '#22734a',
};
const statusColor = (status) => STATUS_COLORS[status] || '#66706f';
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export async function statusPage(route) {
  document.title = 'Status · dossier';
  render(el('h1', {}, 'Status'), loading('places'));
  // A place named in the address is asked for at once, beside the menu's places.
  const named = (route.rest || '').trim();
  const asOf = (route.params.get('as_of') || '').trim();
  const askStatus = (j) => getJSON(`/api/status/${encodeURIComponent(j)}`, { as_of: asOf });
  const early = named ? askStatus(named) : null;
  if (early) early.catch(() => {});
  let places = [];
  try {
    // The places most documents name, for the menu (the server sorts and cuts).
    places = (await getJSON('/api/entities', { kind: 'place', summary: 1, sort: 'documents', limit: 200 })).entities || [];
  } catch (e) {
    if (e && e.code === 'network') throw e;
    places = [];
  }
  const jurisdiction = named || ((places[0] && places[0].name) || '').trim();

  const place = el('input', { id: 'status-place', name: 'jurisdiction', type: 'text', list: 'status-places', value: jurisdiction, required: true, autocomplete: 'off' });
  const date = el('input', {
    id: 'status-date', name: 'as_of', type: 'text', value: asOf, inputmode: 'numeric', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD',
    pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', 'aria-describedby': 'status-date-help',
  });
  const form = el('form', {
    class: 'status-form', 'aria-label': 'Status of a jurisdiction at a date',
    onsubmit: (ev) => {
      ev.preventDefault();
      const j = place.value.trim();
      const d = date.value.trim();
      if (!j) { place.focus(); return; }
      if (d && !DATE.test(d)) { date.setCustomValidity('Use YYYY, YYYY-MM or YYYY-MM-DD'); date.reportValidity(); return; }
      date.setCustomValidity('');
      window.location.hash = `#/status/${encodeURIComponent(j)}${d ? `?as_of=${encodeURIComponent(d)}` : ''}`;
    },
  },
  el('div', { class: 'field' }, el('label', { for: 'status-place' }, 'Jurisdiction'), place,
    el('datalist', { id: 'status-places' }, places.map((p) => el('option', { value: p.name })))),
  el('div', { class: 'field' }, el('label', { for: 'status-date' }, 'As of'), date,
    el('span', { id: 'status-date-help', class: 'muted small' }, 'Empty: today')),
  el('div', { class: 'field' }, el('span', { class: 'visually-hidden' }, 'Submit'), el('button', { type: 'submit', class: 'primary' }, 'Show status')));
  const result = el('section', { class: 'status-result', 'aria-live': 'polite', 'aria-label': 'Status' });
  render(el('h1', {}, 'Status'), form, result);
  if (!jurisdiction) {
    result.replaceChildren(el('p', { class: 'notice' }, 'Name a jurisdiction (a country, usually) to see its status.'));
    return;
  }
  result.replaceChildren(loading('the status'));
  let report;
  try {
    report = await (early || askStatus(jurisdiction));
  } catch (e) {
    result.replaceChildren(errorBox(e));
    return;
  }
  result.replaceChildren(...statusNodes(report));
  announce(`${report.jurisdiction} as of ${report.as_of}: ${statusLabel(report.status)}${report.moratorium ? ', moratorium on executions' : ''}.`);
}

function statusNodes(report) {
  const head = el('div', { class: 'status-head' },
    el('p', { class: 'answer-text' },
      `${report.jurisdiction} as of ${report.as_of}: `,
      el('span', { class: 'status-pill', 'data-status': report.status || '' }, statusLabel(report.status))),
    report.moratorium ? el('p', {}, el('span', { class: 'badge warn-badge' }, 'moratorium'), ' executions are suspended') : '',
    el('dl', { class: 'facts' },
      report.since ? [el('dt', {}, 'Since'), el('dd', {}, report.since,
        // The first period begins where the evidence begins (often the start of the
        // earliest report), not where the status began.
        report.history && report.history.length && report.history[0].start === report.since && report.history[0].status === report.status
          ? el('span', { class: 'muted' }, ' (the earliest evidence; it may be older)') : '')] : [],
      report.capital_offences && report.capital_offences.length ? [el('dt', {}, 'Capital offences'), el('dd', {}, report.capital_offences.join('; '))] : [],
      report.excluded && report.excluded.length ? [el('dt', {}, 'Never sentenced to death'), el('dd', {}, report.excluded.join('; '))] : [],
      el('dt', {}, 'Reasoning'), el('dd', {}, report.status || report.citations.length
        ? humanText(report.reason)
        // The engine's "the documents say nothing" claims more than was checked.
        : 'No statement of its death-penalty status was found at that date.')));
  for (const pill of head.querySelectorAll('.status-pill')) pill.style.background = statusColor(report.status);
  const nodes = [head];
  if (report.history && report.history.length) {
    const details = el('section', { class: 'evidence', 'aria-live': 'polite', 'aria-label': 'Period evidence' },
      el('p', { class: 'muted' }, 'Select a period to see the words it rests on.'));
    nodes.push(el('h2', {}, 'History'), historyChart(report, details), details);
  }
  nodes.push(el('h2', {}, `Evidence (${outermost(report.citations).length})`));
  if (report.citations.length) nodes.push(...outermost(report.citations).map((c) => quoteBlock(c)));
  else {
    // Not "the documents say nothing": only that no sentence states a status; the
    // timeline may still hold events about the place.
    nodes.push(el('p', { class: 'muted' }, `No sentence found states ${report.jurisdiction}'s death-penalty status. `,
      el('a', { href: `#/timeline?about=${encodeURIComponent(report.jurisdiction)}` }, `Events about ${report.jurisdiction} on the timeline`), ', ',
      el('a', { href: `#/search?q=${encodeURIComponent(report.jurisdiction)}` }, 'passages that name it'), '.'));
  }
  return nodes;
}

function periodText(period) {
  return `${period.start} – ${period.end || 'now'}`;
}

/** One band per period, coloured and labelled by status; a hatched stripe under
 *  the years with a moratorium; a line at the date asked about. */
function historyChart(report, details) {
  const asOf = yearValue(report.as_of, false);
  const thisYear = new Date().getFullYear();
  const periods = report.history.map((p, i) => ({
    p, i, x0: yearValue(p.start, false), x1: p.end ? yearValue(p.end, false) : Math.max(thisYear, (asOf ?? 0) + 1),
  })).filter((b) => b.x0 !== null && b.x1 !== null);
  const lo = Math.floor(Math.min(...periods.map((b) => b.x0), asOf ?? Infinity)) - 1;
  const hi = Math.ceil(Math.max(...periods.map((b) => b.x1), asOf ?? -Infinity)) + 1;
  // Drawn at the width it is shown at, so its labels keep their size on a phone.
  const width = chartWidth(960);
  const height = 118;
  const left = 16;
  const right = width - 16;
  const x = (v) => left + ((v - lo) / Math.max(hi - lo, 1)) * (right - left);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'history-svg', role: 'group', 'aria-label': `${report.jurisdiction}: status periods on a time axis; each band is a button that shows its evidence` });
  svg.append(el('defs', {}, el('pattern', { id: 'hatch', width: '8', height: '8', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: '8', height: '8', fill: '#fff7d6' }), el('line', { x1: '0', y1: '0', x2: '0', y2: '8', class: 'hatch-line' }))));
  const step = [1, 2, 5, 10, 20, 50].find((s) => (hi - lo) / s <= Math.min(14, width / 56)) || 100;
  for (let year = Math.ceil(lo / step) * step; year <= hi; year += step) {
    svg.append(el('line', { x1: x(year), x2: x(year), y1: 6, y2: 88, class: 'grid' }));
    if (x(year) > left + 14 && x(year) < right - 14) svg.append(el('text', { x: x(year), y: 100, 'text-anchor': 'middle', class: 'tick' }, String(year)));
  }
  svg.append(el('line', { x1: left, x2: right, y1: 84, y2: 84, class: 'axis' }));
  const buttons = [];
  for (const b of periods) {
    const bx = x(b.x0);
    const bw = Math.max(x(b.x1) - bx, 3);
    const words = statusLabel(b.p.status);
    const name = `${periodText(b.p)}: ${words}${b.p.moratorium ? ', moratorium' : ''}`;
    const group = el('g', {
      class: 'band', tabindex: '0', role: 'button', 'aria-label': name, 'aria-pressed': 'false', 'data-period': String(b.i),
      onclick: () => select(b), onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(b); } },
    }, el('title', {}, name),
    el('rect', { x: bx, y: 12, width: bw, height: 44, rx: 3, fill: statusColor(b.p.status) }));
    // The label inside when it fits, else a shorter one, else only the title.
    const fits = (s) => s.length * 6.8 + 10 < bw;
    const shortWords = words.replace('abolitionist', 'abol.').replace('for ordinary crimes', 'ordinary').replace('for all crimes', 'all').replace('in practice', 'practice');
    const text = fits(words) ? words : fits(shortWords) ? shortWords : '';
    // The label is drawn over the band, outside it: the band's name is its full
    // period and status, and a shortened label inside would not match it.
    const bandLabel = text ? el('text', { x: bx + 6, y: 38, class: 'band-label', 'aria-hidden': 'true' }, text) : null;
    if (b.p.moratorium) group.append(el('rect', { x: bx, y: 62, width: bw, height: 10, fill: 'url(#hatch)', class: 'moratorium' }));
    svg.append(group);
    if (bandLabel) svg.append(bandLabel);
    buttons.push(group);
  }
  if (asOf !== null) {
    const nearEnd = x(asOf) > right - 140 && x(asOf) > left + 140;
    svg.append(el('line', { x1: x(asOf), x2: x(asOf), y1: 4, y2: 84, class: 'as-of' }),
      el('text', { x: nearEnd ? x(asOf) - 4 : x(asOf) + 4, y: 114, 'text-anchor': nearEnd ? 'end' : 'start', class: 'tick as-of-label' }, `as of ${report.as_of}`));
  }
  function select(b) {
    for (const g of buttons) g.setAttribute('aria-pressed', String(g.dataset.period === String(b.i)));
    details.replaceChildren(
      el('h3', {}, `${periodText(b.p)}: `, el('span', { class: 'status-pill', 'data-status': b.p.status || '' }, statusLabel(b.p.status)),
        b.p.moratorium ? el('span', { class: 'badge warn-badge' }, 'moratorium') : ''),
      el('p', { class: 'muted' }, humanText(b.p.basis)),
      ...(b.p.citations.length ? outermost(b.p.citations).map((c) => quoteBlock(c)) : [el('p', { class: 'muted' }, 'No citation.')]));
    for (const pill of details.querySelectorAll('.status-pill')) pill.style.background = statusColor(b.p.status);
  }
  const legend = el('ul', { class: 'legend status-legend' },
    ...[...new Set(periods.map((b) => b.p.status))].map((s) => {
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = statusColor(s);
      return el('li', {}, swatch, statusLabel(s));
    }),
    periods.some((b) => b.p.moratorium) ? el('li', {}, el('span', { class: 'swatch hatch-swatch', 'aria-hidden': 'true' }), 'moratorium on executions') : '');
  return el('div', {}, el('div', { class: 'chart history' }, svg), legend);
}
