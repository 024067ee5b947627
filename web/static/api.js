// The JSON API, as promises. Errors come back as {code, message}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function getJSON(path, params = {}) {
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

let capabilities = null;

/** The API paths this server offers, read from its OpenAPI document. */
export async function apiPaths() {
  if (!capabilities) {
    capabilities = getJSON('/api/openapi.json')
      .then((doc) => new Set(Object.keys(doc.paths || {})))
      .catch(() => new Set());
  }
  return capabilities;
}

let docsCache = null;
export function documents() {
  if (!docsCache) docsCache = getJSON('/api/docs').then((r) => r.documents || []).catch((e) => { docsCache = null; throw e; });
  return docsCache;
}

/** Forget the cached document list (after an upload). */
export function resetDocuments() {
  docsCache = null;
}
