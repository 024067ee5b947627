// The single-page app: hash routes to page modules.
import { apiPaths } from './api.js';
import { el, parseHash, render } from './util.js';
import { searchPage } from './search.js';
import { timelinePage } from './timeline.js';
import { viewerPage } from './viewer.js';
import { docsPage } from './docs.js';
import { askPage } from './ask.js';
import { entitiesPage } from './entities.js';
import { conflictsPage } from './conflicts.js';
import { statusPage } from './status.js';

const pages = {
  '': searchPage,
  search: searchPage,
  timeline: timelinePage,
  doc: viewerPage,
  docs: docsPage,
  entities: entitiesPage,
  conflicts: conflictsPage,
  status: statusPage,
  ask: askPage,
};

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
  // A new page starts at its top; the viewer scrolls to its cited words itself.
  window.scrollTo(0, 0);
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
