// Timeline: an SVG chronology of extracted events. Years on an axis, events as
// marks coloured by type; zoom from decades to months (buttons, wheel, keys), pan
// (buttons, drag, arrows); filters by type and by entity name; a mark opens its
// evidence, and every citation links to its exact span in the viewer. Events reported
// by several independent sources get a ring and a "N sources" badge; events whose
// words are cited in a conflict get a warning marker.
import { getJSON } from './api.js';
import { announce, citationRow, collapsible, el, errorBox, exportButtons, formatDate, label, loading, overlaps, quoteBlock, render, sourceLink } from './util.js';
import { allConflicts } from './conflicts.js';
import { eventControls, verdictList } from './judge.js';

export const COLORS = {
  death_sentence: '#b23a48', execution: '#7a1f2b', conviction: '#c8553d', trial: '#d98c5f',
  commutation: '#2e8b57', pardon_release: '#4caf7a', amnesty: '#6aa84f',
  moratorium: '#1f6f8b', abolition: '#174a7c', constitutional_amendment: '#3b6ea5', law_adopted: '#5b8cc0',
  treaty_signature: '#6a4c93', treaty_ratification: '#8e6cc0', un_vote: '#a58bd1',
  status_classification: '#556270', arrest: '#b07d2b', ill_treatment: '#c9a227',
  death_in_custody: '#5c3d2e', forcible_return: '#8d6e63', attack: '#e07b39',
  appointment: '#7f8c8d', repatriation: '#9aa5a6',
};
const color = (kind) => COLORS[kind] || '#6b7280';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MIN_SPAN = 2 / 12;
/** More events than this in view are drawn as counts per period, not one by one. */
const MAX_MARKS = 400;
/** The list below the chart shows this many events until asked for all. */
const LIST_MAX = 150;
const MAX_SPAN = 300;

/** "YYYY[-MM[-DD]]" as a fractional year: the start of that period, or its end. */
export function yearValue(iso, upper) {
  const m = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso || '');
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return year + (upper ? 1 : 0);
  const month = Number(m[2]) - 1;
  if (!m[3]) return year + (month + (upper ? 1 : 0)) / 12;
  const day = Number(m[3]) - 1;
  return year + (month + (day + (upper ? 1 : 0)) / 31) / 12;
}

export const fold = (s) => String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

function ticks(v0, v1) {
  const span = v1 - v0;
  const out = [];
  if (span > 2.5) {
    const step = [1, 2, 5, 10, 20, 50, 100].find((s) => span / s <= 14) || 100;
    for (let y = Math.ceil(v0 / step) * step; y <= v1; y += step) out.push({ at: y, text: String(y), major: true });
    return out;
  }
  const step = span > 1.2 ? 3 : 1;
  const first = Math.ceil(v0 * 12);
  for (let m = first; m / 12 <= v1; m += 1) {
    const year = Math.floor(m / 12);
    const month = ((m % 12) + 12) % 12;
    if (month % step) continue;
    out.push({ at: m / 12, text: month === 0 ? String(year) : `${MONTHS[month]}${step === 1 && span < 0.8 ? ` ${year}` : ''}`, major: month === 0 });
  }
  return out;
}

/** A fractional year as a date the API reads: "YYYY-MM" of the month it falls in. */
function monthOf(v) {
  const m = Math.floor(v * 12);
  const year = Math.min(9999, Math.max(1, Math.floor(m / 12)));
  const month = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

export async function timelinePage(route) {
  document.title = 'Timeline · dossier';
  render(el('h1', {}, 'Timeline'), loading('events'));
  const state = {
    kinds: new Set(),
    about: route.params.get('about') || '',
    selected: null,
    v0: 0,
    v1: 1,
  };
  // The server counts the events per month and type (`counts=1`): the chart draws
  // those counts at a coarse zoom, and asks for the events themselves (of the range
  // in view and its neighbours) once few enough are in view to draw one by one.
  let counts;
  let conflicts;
  try {
    [counts, conflicts] = await Promise.all([
      getJSON('/api/timeline', { counts: 1, about: state.about }),
      allConflicts().catch(() => []),
    ]);
  } catch (e) {
    render(el('h1', {}, 'Timeline'), errorBox(e));
    return;
  }
  // Conflicts by the documents they cite, so marking events is not events × conflicts.
  const citedBy = new Map();
  for (const c of conflicts) {
    for (const a of c.citations) {
      if (!citedBy.has(a.document)) citedBy.set(a.document, []);
      citedBy.get(a.document).push([a, c]);
    }
  }
  const conflictsOf = (e) => [...new Set(e.citations.flatMap((b) => (citedBy.get(b.document) || [])
    .filter(([a]) => overlaps(a, b)).map(([, c]) => c)))];
  const prepare = (e) => ({
    ...e,
    sources: Math.max(e.corroboration || 0, 1),
    conflicts: conflictsOf(e),
    x0: yearValue(e.date && (e.date.start || e.date.end), false),
    x1: yearValue(e.date && (e.date.end || e.date.start), true),
  });
  const typeCounts = new Map(counts.types);
  const kinds = [...typeCounts.keys()].sort();
  const asked = route.params.getAll('type');
  for (const k of asked.length ? asked : kinds) state.kinds.add(k);
  // The view that holds all but the outlying events (a stray date centuries away
  // would squeeze the rest into a sliver): from the 0.5th to the 99.5th percentile.
  const fit = () => {
    if (!counts.extent) { state.v0 = 2000; state.v1 = 2025; return; }
    let [lo, hi] = counts.extent;
    const months = [...counts.months].sort((a, b) => a[0] - b[0]);
    const total = months.reduce((n, m) => n + m[2], 0);
    if (total >= 200) {
      const cut = Math.floor(total * 0.005);
      let seen = 0;
      const first = months.find((m) => (seen += m[2]) > cut);
      seen = 0;
      const last = [...months].reverse().find((m) => (seen += m[2]) > cut);
      lo = Math.max(lo, first[0] / 12);
      hi = Math.min(hi, (last[0] + 1) / 12);
    }
    const pad = Math.max((hi - lo) * 0.05, 0.5);
    state.v0 = Math.floor(lo - pad);
    state.v1 = Math.ceil(hi + pad);
  };
  fit();

  // What the server is asked for: the chosen types (none when all are), the name.
  const filterParams = () => ({
    about: state.about.trim(),
    type: state.kinds.size === kinds.length ? [] : [...state.kinds].sort(),
  });
  const filterKey = () => JSON.stringify(filterParams());
  // The events of [lo, hi] for one filter, fetched when zoomed in; the undated ones.
  let detail = null;
  let detailSeq = 0;
  let undated = null;
  let countsSeq = 0;
  let listSeq = 0;
  let listTimer = null;

  const chart = el('div', { class: 'chart', tabindex: '0', role: 'group', 'aria-label': 'Timeline chart. Plus and minus zoom, arrow keys pan.' });
  const evidence = el('section', { class: 'evidence', 'aria-live': 'polite', 'aria-label': 'Evidence' },
    el('p', { class: 'muted' }, 'Select an event to see the words that state it.'));
  const list = el('ol', { class: 'event-list' });
  const listMore = el('div', {});
  let listAll = false;
  const summaryLine = el('p', { class: 'muted', id: 'timeline-count' });
  const range = el('span', { class: 'range muted' });

  /** Events counted in view (by the middle of their dates), of the chosen types. */
  function countInView() {
    const { v0, v1 } = state;
    let n = 0;
    for (const [m, kind, count] of counts.months) {
      const at = (m + 0.5) / 12;
      if (at > v0 && at < v1 && state.kinds.has(kind)) n += count;
    }
    return n;
  }
  const shownTotal = () => counts.months.reduce((n, [, kind, c]) => n + (state.kinds.has(kind) ? c : 0), 0);

  function zoom(factor, around) {
    const center = around ?? (state.v0 + state.v1) / 2;
    let span = (state.v1 - state.v0) * factor;
    span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span));
    const ratio = (center - state.v0) / (state.v1 - state.v0);
    state.v0 = center - span * ratio;
    state.v1 = state.v0 + span;
    drawChart();
  }
  function pan(fraction) {
    const shift = (state.v1 - state.v0) * fraction;
    state.v0 += shift;
    state.v1 += shift;
    drawChart();
  }

  /** Ask for the events of the view and a view's width either side. */
  function fetchDetail() {
    const key = filterKey();
    const span = state.v1 - state.v0;
    const lo = state.v0 - span;
    const hi = state.v1 + span;
    const seq = ++detailSeq;
    const done = getJSON('/api/timeline', { ...filterParams(), from: monthOf(lo), to: monthOf(hi) }).then((r) => {
      if (seq !== detailSeq) return;
      detail = { key, lo, hi, events: (r.events || []).map(prepare) };
      drawChart();
    }, (e) => { if (seq === detailSeq) chart.replaceChildren(errorBox(e)); });
    return done;
  }
  const detailCovers = () => detail && detail.key === filterKey() && detail.lo <= state.v0 && detail.hi >= state.v1;

  /** New counts for the name typed (the server matches it as `dossier timeline --about` does). */
  function refetchCounts() {
    const seq = ++countsSeq;
    getJSON('/api/timeline', { counts: 1, about: state.about.trim() }).then((r) => {
      if (seq !== countsSeq) return;
      counts = r;
      drawChart();
      announce(summaryLine.textContent);
    }, () => {});
  }
  let aboutTimer = null;

  function select(event, { focus = 'mark' } = {}) {
    state.selected = event ? event.id : null;
    drawChart();
    if (!event) return;
    // The chart was redrawn: the mark that had focus is gone. Focus its new copy
    // (chosen in the chart) or the evidence (chosen in the list).
    const again = chart.querySelector(`.mark[data-event="${event.id}"]`);
    if (focus === 'mark' && again) again.focus();
    evidence.replaceChildren(
      el('h2', {}, el('span', { class: 'swatch', 'data-kind': event.type }), label(event.type)),
      el('dl', { class: 'facts' },
        el('dt', {}, 'Date'), el('dd', {}, formatDate(event.date), event.date && event.date.text ? el('span', { class: 'muted' }, ` (“${event.date.text}”)`) : ''),
        event.participants && event.participants.length ? [el('dt', {}, 'Who'), el('dd', {}, event.participants.map((p) => `${p.name} (${p.role})`).join(', '))] : [],
        event.quantity !== null && event.quantity !== undefined ? [el('dt', {}, 'Number'), el('dd', {}, String(event.quantity))] : [],
        event.place ? [el('dt', {}, 'Place'), el('dd', {}, event.place)] : [],
        el('dt', {}, 'Modality'), el('dd', {}, event.modality),
        event.publishers && event.publishers.length ? [el('dt', {}, 'Reported by'), el('dd', {}, event.publishers.join(', '))] : [],
        el('dt', {}, 'Sources'), el('dd', {}, event.sources > 1 ? el('span', { class: 'badge' }, `${event.sources} sources`) : '1 source')),
      event.conflicts.length ? el('div', { class: 'conflict-note', role: 'note' },
        el('strong', {}, '⚠ Disputed: '),
        ...event.conflicts.map((c, i) => [i ? '; ' : '', c.reason, ' ', el('a', { href: `#/conflicts?kind=${c.kind}` }, 'see the conflict')])) : '',
      verdictList(event.judgments),
      el('h3', {}, `Evidence (${event.citations.length})`),
      ...event.citations.map((c) => quoteBlock(c)),
      eventControls(event, () => timelinePage(route)));
    for (const swatch of evidence.querySelectorAll('.swatch')) swatch.style.background = color(event.type);
    if (focus === 'evidence' || !again) {
      const heading = evidence.querySelector('h2');
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
  }

  function geometry() {
    const width = Math.max(chart.clientWidth || 900, 320);
    const margin = { left: 16, right: 16, top: 12, bottom: 36 };
    const inner = width - margin.left - margin.right;
    const { v0, v1 } = state;
    const x = (v) => margin.left + ((v - v0) / (v1 - v0)) * inner;
    return { width, margin, inner, x };
  }

  function drawChart() {
    const n = countInView();
    if (n > MAX_MARKS) {
      drawDensity(n);
      return;
    }
    if (!state.kinds.size) {
      drawMarks([]);
      return;
    }
    if (detailCovers()) {
      const { v0, v1 } = state;
      drawMarks(detail.events.filter((e) => e.x0 !== null && e.x1 > v0 && e.x0 < v1 && state.kinds.has(e.type))
        .sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1));
      return;
    }
    // Few enough to draw one by one, not fetched yet: the counts until they come.
    drawDensity(n, ' Loading the events in view…');
    fetchDetail();
  }

  function axis(svg, x, margin, width, axisY) {
    for (const t of ticks(state.v0, state.v1)) {
      const tx = x(t.at);
      svg.append(el('line', { x1: tx, x2: tx, y1: margin.top - 4, y2: axisY, class: t.major ? 'grid major' : 'grid' }));
      svg.append(el('text', { x: tx + 3, y: axisY + 16, class: 'tick' }, t.text));
    }
    svg.append(el('line', { x1: margin.left, x2: width - margin.right, y1: axisY, y2: axisY, class: 'axis' }));
  }

  function drawMarks(visible) {
    const { width, margin, x } = geometry();
    const laneEnds = [];
    const placed = visible.map((e) => {
      const px0 = Math.max(x(e.x0), margin.left - 8);
      const px1 = Math.min(Math.max(x(e.x1), px0 + 1), width - margin.right + 8);
      const point = px1 - px0 < 12;
      const left = point ? (px0 + px1) / 2 - 7 : px0;
      const right = point ? (px0 + px1) / 2 + 7 : px1;
      let lane = laneEnds.findIndex((end) => end + 3 < left);
      if (lane < 0) { lane = laneEnds.length; laneEnds.push(right); } else laneEnds[lane] = right;
      return { e, px0, px1, point, lane };
    });
    const laneHeight = 22;
    const lanes = Math.max(laneEnds.length, 3);
    const height = margin.top + lanes * laneHeight + margin.bottom;
    const axisY = height - margin.bottom + 6;
    const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'Events on a time axis; each mark is a button that shows its evidence', class: 'timeline-svg' });
    axis(svg, x, margin, width, axisY);
    for (const p of placed) {
      const cy = margin.top + p.lane * laneHeight + laneHeight / 2;
      const name = `${label(p.e.type)}, ${formatDate(p.e.date)}`
        + `${p.e.sources > 1 ? `, ${p.e.sources} sources` : ''}${p.e.conflicts.length ? ', disputed' : ''}: ${p.e.summary.slice(0, 120)}`;
      const cx = (p.px0 + p.px1) / 2;
      const mark = p.point
        ? el('circle', { cx, cy, r: 6, fill: color(p.e.type) })
        : el('rect', { x: p.px0, y: cy - 6, width: Math.max(p.px1 - p.px0, 2), height: 12, rx: 4, fill: color(p.e.type), 'fill-opacity': 0.8 });
      const group = el('g', {
        class: `mark${state.selected === p.e.id ? ' selected' : ''}${p.e.sources > 1 ? ' corroborated' : ''}${p.e.conflicts.length ? ' disputed' : ''}`,
        tabindex: '0', role: 'button', 'aria-label': name, 'data-sources': String(p.e.sources), 'data-event': String(p.e.id),
        'aria-pressed': String(state.selected === p.e.id),
        onclick: () => select(p.e),
        onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(p.e); } },
      }, el('title', {}, name));
      // Corroborated: a ring around the mark, one per extra source (at most two).
      if (p.e.sources > 1) {
        const ringX = p.point ? cx : p.px0;
        group.append(el('circle', { cx: ringX, cy, r: p.e.sources > 2 ? 9.5 : 8.5, class: 'ring', stroke: color(p.e.type) }));
      }
      group.append(mark);
      // Disputed: a small warning triangle above the mark.
      if (p.e.conflicts.length) {
        const wx = p.point ? cx + 7 : p.px0 + 7;
        group.append(el('path', { d: `M${wx} ${cy - 10} l5 9 h-10 z`, class: 'warn-mark' }));
      }
      svg.append(group);
    }
    chart.replaceChildren(svg);
    finish(visible.length, '', visible);
  }

  /** The summary line, the range and the list below the chart (`items`: the events
   *  in view when they are at hand; otherwise the list asks the server for a page). */
  function finish(inView, note, items) {
    const { v0, v1 } = state;
    const total = shownTotal();
    summaryLine.textContent = `${inView} of ${total} event${total === 1 ? '' : 's'} in view`
      + (counts.undated ? `, ${counts.undated} undated (listed below)` : '') + '.' + note;
    range.textContent = `${describe(v0)} – ${describe(v1)}`;
    if (items) {
      // The chart first: the list below it (up to 150 rows to lay out) follows
      // once the chart is on screen, so a zoom or pan answers at once.
      window.clearTimeout(listTimer);
      const seq = ++listSeq;
      window.requestAnimationFrame(() => {
        listTimer = window.setTimeout(() => { if (seq === listSeq) drawList(items, items.length); }, 0);
      });
    } else {
      // Too many in view to hold: the first page of them, asked once the view settles.
      window.clearTimeout(listTimer);
      const seq = ++listSeq;
      const all = listAll;
      listAll = false;
      listTimer = window.setTimeout(() => {
        getJSON('/api/timeline', { ...filterParams(), from: monthOf(v0), to: monthOf(v1), limit: all ? undefined : LIST_MAX }).then((r) => {
          if (seq !== listSeq) return;
          const events = (r.events || []).map(prepare).filter((e) => e.x1 > state.v0 && e.x0 < state.v1);
          drawList(events, Math.max(r.total, inView), true);
        }, () => {});
      }, 120);
    }
  }

  /** Too many events in view to draw one by one: the server's counts per month,
   *  summed into slices of the axis, as bars (coloured by the most frequent type);
   *  a bar zooms in on its slice. Cheap to redraw whatever the number of events. */
  function drawDensity(n, loadingNote = '') {
    const { width, margin, inner, x } = geometry();
    const { v0, v1 } = state;
    const bins = Math.max(20, Math.min(200, Math.floor(inner / 7)));
    const per = (v1 - v0) / bins;
    const slices = Array.from({ length: bins }, () => ({ n: 0, kinds: new Map() }));
    for (const [m, kind, count] of counts.months) {
      const at = (m + 0.5) / 12;
      if (!(at > v0 && at < v1) || !state.kinds.has(kind)) continue;
      const bin = slices[Math.min(bins - 1, Math.max(0, Math.floor((at - v0) / per)))];
      bin.n += count;
      bin.kinds.set(kind, (bin.kinds.get(kind) || 0) + count);
    }
    const top = Math.max(...slices.map((b) => b.n), 1);
    const plot = 110;
    const height = margin.top + plot + margin.bottom;
    const axisY = height - margin.bottom + 6;
    const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${n} events in view, drawn as counts per period; zoom in to see each event`, class: 'timeline-svg density' });
    axis(svg, x, margin, width, axisY);
    slices.forEach((b, i) => {
      if (!b.n) return;
      const h = Math.max(2, (Math.sqrt(b.n) / Math.sqrt(top)) * plot);
      const lo = v0 + i * per;
      const main = [...b.kinds.entries()].sort((p, q) => q[1] - p[1])[0][0];
      const bar = el('rect', {
        x: x(lo) + 0.5, y: axisY - h, width: Math.max(inner / bins - 1, 1), height: h, fill: color(main), class: 'bin',
        onclick: () => { state.v0 = lo - per * 2; state.v1 = lo + per * 3; drawChart(); },
      }, el('title', {}, `${b.n} event${b.n === 1 ? '' : 's'}, ${describe(lo)} – ${describe(lo + per)}: click to zoom in`));
      svg.append(bar);
    });
    chart.replaceChildren(svg);
    finish(n, loadingNote || ' Too many to draw one by one: bars count them (zoom in, or filter by type or name, to see each event).');
  }

  /** The list: `items` (dated, in date order; `inView` of them in all), then the undated. */
  function drawList(items, inView, paged = false) {
    const cut = listAll ? items : items.slice(0, LIST_MAX);
    if (!paged) listAll = false;
    listMore.replaceChildren(cut.length < inView
      ? el('p', { class: 'muted' }, `${inView - cut.length} more events in view. `,
        el('button', { type: 'button', class: 'small-button', onclick: () => { listAll = true; drawChart(); } }, `List all ${inView}`))
      : '');
    const row = (e) => el('li', {},
      el('span', { class: 'date' }, formatDate(e.date)),
      el('button', { type: 'button', class: 'link kind', 'data-kind': e.type, onclick: () => { select(e, { focus: 'evidence' }); evidence.scrollIntoView({ block: 'nearest' }); } }, label(e.type)),
      el('span', { class: 'summary' }, e.summary.length > 200 ? `${e.summary.slice(0, 200)}…` : e.summary,
        e.sources > 1 ? el('span', { class: 'badge' }, `${e.sources} sources`) : '',
        e.conflicts.length ? el('a', { class: 'badge bad', href: `#/conflicts?kind=${e.conflicts[0].kind}`, title: e.conflicts.map((c) => c.reason).join('\n') }, '⚠ disputed') : ''),
      ...e.citations.slice(0, 1).map((c) => sourceLink(c)));
    const key = filterKey();
    const undatedRows = undated && undated.key === key ? undated.events.filter((e) => state.kinds.has(e.type)) : [];
    list.replaceChildren(...cut.map(row), ...undatedRows.map(row));
    for (const b of list.querySelectorAll('.kind')) b.style.borderLeftColor = color(b.dataset.kind);
    if (counts.undated && !(undated && undated.key === key)) {
      // The undated events (a page of them), once per filter.
      undated = { key, events: [] };
      getJSON('/api/timeline', { ...filterParams(), undated: 1, limit: LIST_MAX }).then((r) => {
        if (filterKey() !== key) return;
        undated = { key, events: (r.undated || []).map(prepare) };
        drawChart();
      }, () => {});
    }
  }

  // Controls.
  const typeBoxes = el('fieldset', { class: 'types' }, el('legend', {}, 'Event types'),
    ...kinds.map((k) => {
      const id = `type-${k}`;
      const box = el('input', {
        type: 'checkbox', id, checked: state.kinds.has(k),
        onchange: (ev) => { if (ev.target.checked) state.kinds.add(k); else state.kinds.delete(k); drawChart(); announce(summaryLine.textContent); },
      });
      const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = color(k);
      return el('div', { class: 'check' }, box, el('label', { for: id }, swatch, label(k), el('span', { class: 'muted' }, ` (${typeCounts.get(k)})`)));
    }),
    el('div', { class: 'row' },
      el('button', { type: 'button', class: 'small-button', onclick: () => { kinds.forEach((k) => state.kinds.add(k)); typeBoxes.querySelectorAll('input').forEach((i) => { i.checked = true; }); drawChart(); } }, 'All'),
      el('button', { type: 'button', class: 'small-button', onclick: () => { state.kinds.clear(); typeBoxes.querySelectorAll('input').forEach((i) => { i.checked = false; }); drawChart(); } }, 'None')));
  const aboutInput = el('input', {
    id: 'about', type: 'search', list: 'about-names', value: state.about, placeholder: 'person, organisation, place',
    // The server counts again once typing pauses; until then the chart stands.
    oninput: (ev) => {
      state.about = ev.target.value;
      window.clearTimeout(aboutTimer);
      aboutTimer = window.setTimeout(refetchCounts, 150);
    },
  });
  const controls = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Zoom and pan' },
    el('button', { type: 'button', onclick: () => pan(-0.3), 'aria-label': 'Earlier' }, '◀'),
    el('button', { type: 'button', onclick: () => zoom(0.5), 'aria-label': 'Zoom in' }, '+'),
    el('button', { type: 'button', onclick: () => zoom(2), 'aria-label': 'Zoom out' }, '−'),
    el('button', { type: 'button', onclick: () => pan(0.3), 'aria-label': 'Later' }, '▶'),
    el('button', { type: 'button', onclick: () => { fit(); drawChart(); } }, 'Fit'),
    el('button', { type: 'button', onclick: () => { const c = (state.v0 + state.v1) / 2; state.v0 = c - 5; state.v1 = c + 5; drawChart(); } }, 'Decade'),
    el('button', { type: 'button', onclick: () => { const c = (state.v0 + state.v1) / 2; state.v0 = c - 0.5; state.v1 = c + 0.5; drawChart(); } }, 'Year'),
    range);

  chart.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const box = chart.getBoundingClientRect();
    const at = state.v0 + ((ev.clientX - box.left - 16) / Math.max(box.width - 32, 1)) * (state.v1 - state.v0);
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, at);
  }, { passive: false });
  let drag = null;
  chart.addEventListener('pointerdown', (ev) => {
    if (ev.target.closest && ev.target.closest('.mark')) return;
    drag = { x: ev.clientX, v0: state.v0, v1: state.v1 };
    chart.setPointerCapture(ev.pointerId);
  });
  let frame = null;
  chart.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const per = (drag.v1 - drag.v0) / Math.max(chart.clientWidth - 32, 1);
    state.v0 = drag.v0 - (ev.clientX - drag.x) * per;
    state.v1 = drag.v1 - (ev.clientX - drag.x) * per;
    // One redraw per frame, however many moves the pointer reports.
    if (frame === null) frame = window.requestAnimationFrame(() => { frame = null; drawChart(); });
  });
  chart.addEventListener('pointerup', () => { drag = null; });
  chart.addEventListener('keydown', (ev) => {
    if (ev.target !== chart) return;
    const actions = { '+': () => zoom(0.5), '=': () => zoom(0.5), '-': () => zoom(2), ArrowLeft: () => pan(-0.2), ArrowRight: () => pan(0.2) };
    if (actions[ev.key]) { ev.preventDefault(); actions[ev.key](); }
  });

  // Few enough events in view to draw one by one: fetch them before the first draw.
  if (countInView() <= MAX_MARKS && state.kinds.size) {
    try {
      await fetchDetail();
    } catch (e) {
      render(el('h1', {}, 'Timeline'), errorBox(e));
      return;
    }
  }
  // Events analysts rejected: off the timeline, listed apart with who and why.
  const rejectedBox = el('section', { class: 'rejected-events', 'aria-label': 'Rejected events' });
  getJSON('/api/timeline', { limit: 1 }).then((r) => {
    const rejected = r.rejected || [];
    if (!rejected.length) return;
    rejectedBox.replaceChildren(el('h2', {}, `Rejected by analysts (${rejected.length})`),
      el('ol', { class: 'event-list' }, ...rejected.map((e) => el('li', {},
        el('span', { class: 'date' }, formatDate(e.date)),
        el('span', { class: 'kind-label', 'data-kind': e.type }, label(e.type)),
        el('span', { class: 'summary' }, e.summary.length > 200 ? `${e.summary.slice(0, 200)}…` : e.summary),
        verdictList(e.judgments),
        ...e.citations.slice(0, 1).map((c) => sourceLink(c))))));
  }, () => {});
  render(
    el('h1', {}, 'Timeline'),
    summaryLine,
    el('div', { class: 'with-sidebar' },
      collapsible(el('aside', { class: 'facets', 'aria-label': 'Filter events' },
        el('div', { class: 'field' }, el('label', { for: 'about' }, 'About'), aboutInput,
          el('datalist', { id: 'about-names' }, (counts.names || []).map((n) => el('option', { value: n })))),
        typeBoxes), 'Filter the events'),
      el('section', { class: 'timeline-main' }, controls, chart,
        el('p', { class: 'muted small chart-key' },
          el('span', { class: 'key-ring', 'aria-hidden': 'true' }), 'a ring: reported by several independent sources · ',
          el('span', { class: 'key-warn', 'aria-hidden': 'true' }, '▲'), ' its words are cited in a conflict'),
        evidence,
        el('div', { class: 'list-head' }, el('h2', {}, 'Events in view'),
          exportButtons('timeline', () => eventsInView().then(exportRows), 'the events in view')),
        list, listMore, rejectedBox)));
  drawChart();
  announce(summaryLine.textContent);
  window.addEventListener('resize', () => { if (document.body.contains(chart)) drawChart(); });

  /** Every event in view and the undated ones, as the server has them (for an export). */
  async function eventsInView() {
    const { v0, v1 } = state;
    const [dated, rest] = await Promise.all([
      getJSON('/api/timeline', { ...filterParams(), from: monthOf(v0), to: monthOf(v1) }),
      counts.undated ? getJSON('/api/timeline', { ...filterParams(), undated: 1 }) : { undated: [] },
    ]);
    return (dated.events || []).map(prepare).filter((e) => e.x1 > v0 && e.x0 < v1)
      .concat((rest.undated || []).map(prepare));
  }
}

/** Events as rows for an export: one row per citation, with the event's facts. */
function exportRows(events) {
  return Promise.all(events.flatMap((e) => e.citations.map((c, i) => citationRow(c, {
    event: e.id + 1,
    type: label(e.type),
    date_start: (e.date && e.date.start) || '',
    date_end: (e.date && e.date.end) || '',
    summary: e.summary,
    participants: (e.participants || []).map((p) => `${p.name} (${p.role})`).join('; '),
    place: e.place || '',
    modality: e.modality,
    sources: e.sources,
    disputed: e.conflicts.length > 0,
    evidence: i + 1,
  }))));
}

function describe(v) {
  const year = Math.floor(v);
  const month = Math.min(11, Math.max(0, Math.floor((v - year) * 12)));
  return `${MONTHS[month]} ${year}`;
}
