// The single-page app: hash routes to page modules.
import { apiPaths, beginNavigation, stillOn } from './api.js';
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

let firstRoute = true;

async function route() {
  // The skip link's target is not a page: focus the content, stay where we are.
  if (window.location.hash === '#main') {
    if (!firstRoute) {
      window.history.replaceState(null, '', lastHash || '#/');
      focusMain();
      return;
    }
    window.history.replaceState(null, '', '#/');
  }
  lastHash = window.location.hash;
  const mark = beginNavigation();
  const first = firstRoute;
  firstRoute = false;
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
    if (!stillOn(mark)) return;
    render(el('div', { class: 'error', role: 'alert' }, String(e && e.message ? e.message : e)));
  }
  // Moving to a page moves focus to its heading (unless the page chose where focus
  // goes, as the viewer does for cited words and ask for its box); the first load
  // leaves focus at the top, so the skip link stays the first stop.
  if (!first && stillOn(mark) && focusIsLost()) focusHeading();
}

let lastHash = '';

/** Focus is nowhere useful: on the body, on a node that left the page, or on the
 *  link or button that led here. */
function focusIsLost() {
  const active = document.activeElement;
  if (!active || active === document.body || !active.isConnected) return true;
  if (active.id === 'search-input') return false;
  return Boolean(active.closest('.topbar'));
}

function focusHeading() {
  const heading = document.querySelector('#main h1');
  if (!heading) { focusMain(); return; }
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

function focusMain() {
  const main = document.getElementById('main');
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  } else {
    main.focus();
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

document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  focusMain();
});

window.addEventListener('hashchange', route);
showCapabilities();
route();
