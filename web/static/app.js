// The single-page app: hash routes to page modules.
import { apiPaths } from './api.js';
import { el, parseHash, render } from './util.js';
import { searchPage } from './search.js';
import { timelinePage } from './timeline.js';
import { viewerPage } from './viewer.js';
import { docsPage } from './docs.js';

const pages = {
  '': searchPage,
  search: searchPage,
  timeline: timelinePage,
  doc: viewerPage,
  docs: docsPage,
  // LEAD: Entities, Conflicts, Status (history drawn as bands) and Ask plug in here,
  // each a module exporting `xxxPage(route)`; their nav entries appear by themselves
  // once /api/openapi.json lists the endpoint (see data-api in index.html).
  entities: planned('Entities'),
  conflicts: planned('Conflicts'),
  status: planned('Status'),
  ask: planned('Ask'),
};

function planned(name) {
  return () => {
    document.title = `${name} · dossier`;
    render(el('h1', {}, name), el('p', { class: 'notice' }, `${name} is not available on this server yet.`));
  };
}

async function route() {
  const current = parseHash();
  const page = pages[current.page] || notFound;
  for (const link of document.querySelectorAll('nav a[data-page]')) {
    const active = link.dataset.page === (current.page || 'search')
      || (current.page === 'doc' && link.dataset.page === 'docs');
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const input = document.getElementById('search-input');
  if (current.page === 'search' || current.page === '') input.value = current.params.get('q') || '';
  try {
    await page(current);
  } catch (e) {
    render(el('div', { class: 'error', role: 'alert' }, String(e && e.message ? e.message : e)));
  }
}

function notFound() {
  render(el('h1', {}, 'Not found'), el('p', {}, 'No such page. ', el('a', { href: '#/search' }, 'Go to search')));
}

async function showCapabilities() {
  const paths = await apiPaths();
  for (const item of document.querySelectorAll('nav li[data-api]')) {
    item.hidden = !paths.has(item.dataset.api);
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  window.location.hash = q ? `#/search?q=${encodeURIComponent(q)}` : '#/search';
});

window.addEventListener('hashchange', route);
showCapabilities();
route();
