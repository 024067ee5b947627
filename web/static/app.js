// The single-page app: hash routes to page modules.
import { beginNavigation, fetchJSON, stillOn } from './api.js';
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
    // Team mode: the server asks who is asking.
    if (e && e.status === 401) { signInPage(); return; }
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

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  window.location.hash = q ? `#/search?q=${encodeURIComponent(q)}` : '#/search';
});

document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  focusMain();
});

// Sign-in (team mode, or `dossier serve --require-sign-in`): the signed-in name
// and a sign-out button in the top bar; a sign-in page whenever the API says 401.
const account = el('div', { class: 'account' });
document.querySelector('.topbar').append(account);

async function showAccount() {
  account.replaceChildren();
  let who;
  try {
    who = await fetchJSON('/api/session');
  } catch (e) {
    if (e && e.status === 401) signInPage();
    return;
  }
  if (!who || !who.sign_in) return;
  account.append(
    el('span', { class: 'account-name', title: `role: ${who.role}` }, `${who.name} (${who.role})`),
    el('button', { type: 'button', onclick: signOut }, 'Sign out'),
  );
}

async function signOut() {
  try { await fetch('/api/session', { method: 'DELETE' }); } catch (_) { /* signed out below anyway */ }
  account.replaceChildren();
  signInPage();
}

function signInPage() {
  // Already shown (the page and the account check may both have been refused).
  if (document.getElementById('sign-in-name')) return;
  beginNavigation();
  account.replaceChildren();
  const name = el('input', { id: 'sign-in-name', name: 'name', autocomplete: 'username', required: true });
  const password = el('input', { id: 'sign-in-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const status = el('p', { class: 'sign-in-status', role: 'status' });
  const button = el('button', { type: 'submit' }, 'Sign in');
  const form = el('form', {
    class: 'sign-in',
    onsubmit: async (event) => {
      event.preventDefault();
      button.disabled = true;
      status.textContent = 'Signing in…';
      try {
        const response = await fetch('/api/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ name: name.value.trim(), password: password.value }),
        });
        const reply = await response.json().catch(() => ({}));
        if (!response.ok) {
          status.textContent = reply.message || response.statusText;
          password.value = '';
          password.focus();
          return;
        }
        status.textContent = '';
        await showAccount();
        route();
      } catch (e) {
        status.textContent = `Cannot reach the server (${e.message})`;
      } finally {
        button.disabled = false;
      }
    },
  },
  el('label', { for: 'sign-in-name' }, 'Name'), name,
  el('label', { for: 'sign-in-password' }, 'Password'), password,
  button);
  render(
    el('h1', {}, 'Sign in'),
    el('p', {}, 'This server keeps a team’s documents: sign in with the account an administrator made for you (dossier user add).'),
    form,
    status,
  );
  name.focus();
}

window.addEventListener('hashchange', route);
showAccount();
route();
