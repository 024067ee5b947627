// The JSON API, as promises. Errors come back as {code, message}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// Navigation: every route change starts a new generation. A reply that arrives
// after the user has moved on never settles for the page that asked, so a slow
// page cannot replace the page the user moved to (its code simply stops there).
let generation = 0;

/** Start a new page (the router calls this on every route change). */
export function beginNavigation() {
  generation += 1;
  return generation;
}

/** Whether no navigation happened since `mark` (a value of `beginNavigation`). */
export function stillOn(mark) {
  return mark === generation;
}

/** The current generation, to compare with `stillOn` later. */
export function currentNavigation() {
  return generation;
}

/** `promise`, settled only while the page that awaited it is still shown. */
export function forThisPage(promise) {
  const mark = generation;
  return new Promise((resolve, reject) => {
    promise.then(
      (value) => { if (mark === generation) resolve(value); },
      (error) => { if (mark === generation) reject(error); },
    );
  });
}

export function getJSON(path, params = {}) {
  return forThisPage(fetchJSON(path, params));
}

/** The reply as JSON, whatever page is shown by then (for caches shared by pages). */
export async function fetchJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) value.forEach((v) => query.append(key, v));
    else if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'network', `cannot reach the server (${e.message})`);
  }
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    throw new ApiError(response.status, body && body.code ? body.code : 'http_' + response.status,
      body && body.message ? body.message : response.statusText);
  }
  return body;
}

let docsCache = null;
export function documents() {
  if (!docsCache) docsCache = fetchJSON('/api/docs').then((r) => r.documents || []).catch((e) => { docsCache = null; throw e; });
  return forThisPage(docsCache);
}

/** Forget the cached document list (after an upload). */
export function resetDocuments() {
  docsCache = null;
}

// A document's metadata (title, publisher, dates) by file name, for citations:
// asked for in batches (`/api/docs?doc=A&doc=B`), kept for the session.
const docInfo = new Map();
let wanted = [];
let flushing = null;

/** The metadata of the document `name` (a promise of DocInfo, or null). */
export function docSummary(name) {
  if (!docInfo.has(name)) {
    docInfo.set(name, new Promise((resolve) => { wanted.push([name, resolve]); }));
    if (!flushing) flushing = window.setTimeout(flushDocs, 0);
  }
  return docInfo.get(name);
}

async function flushDocs() {
  const batch = wanted;
  wanted = [];
  flushing = null;
  for (let i = 0; i < batch.length; i += 40) {
    const part = batch.slice(i, i + 40);
    let found = [];
    try {
      found = (await fetchJSON('/api/docs', { doc: part.map(([name]) => name) })).documents || [];
    } catch (_) {
      for (const [name] of part) docInfo.delete(name);
    }
    const byName = new Map(found.map((d) => [d.document, d]));
    for (const [name, resolve] of part) resolve(byName.get(name) || null);
  }
}
