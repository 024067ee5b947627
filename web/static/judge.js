// Analysts' judgments in the UI: who made them and when, and the controls that
// make them (POST /api/judgments). The author is the name typed here (kept in this
// browser), sent as X-Dossier-User; a server with sign-in names the author itself.
import { ApiError } from './api.js';
import { el, announce } from './util.js';

const AUTHOR_KEY = 'dossier.author';

function authorName() {
  try { return localStorage.getItem(AUTHOR_KEY) || ''; } catch (_) { return ''; }
}

function rememberAuthor(name) {
  try { localStorage.setItem(AUTHOR_KEY, name); } catch (_) { /* private mode: asked again */ }
}

/** POST a judgment; resolves with the reply, rejects with an ApiError. */
export async function postJudgment(body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const author = authorName().trim();
  if (author) headers['X-Dossier-User'] = author;
  let response;
  try {
    response = await fetch('/api/judgments', { method: 'POST', headers, body: JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, 'network', `cannot reach the server (${e.message})`);
  }
  let reply = null;
  try { reply = await response.json(); } catch (_) { reply = null; }
  if (!response.ok) {
    throw new ApiError(response.status, reply && reply.code ? reply.code : `http_${response.status}`,
      reply && reply.message ? reply.message : response.statusText);
  }
  return reply;
}

const WORDS = {
  confirm_event: 'Confirmed',
  reject_event: 'Rejected',
  confirm_date: 'Date confirmed',
  reject_date: 'Date corrected',
  confirm_status: 'Ground confirmed',
  reject_status: 'Ground rejected',
  merge_entities: 'Merged',
  split_entity: 'Split',
  resolve_conflict: 'Resolved',
  tag_document: 'Tagged',
};

/** The judgments on something, each with what, who and when (and why). */
export function verdictList(verdicts) {
  if (!verdicts || !verdicts.length) return '';
  return el('ul', { class: 'verdicts', 'aria-label': 'Analysts’ judgments' }, ...verdicts.map((v) => el('li', { class: 'verdict', 'data-kind': v.kind },
    el('strong', {}, WORDS[v.kind] || v.kind),
    v.value ? [' ', el('span', { class: 'chip' }, v.kind === 'reject_date' ? `to ${v.value}` : v.value)] : '',
    ' by ', el('span', { class: 'author' }, v.author),
    ' ', el('time', { datetime: v.at, class: 'muted small' }, v.at.replace('T', ' ').replace('Z', ' UTC')),
    v.note ? [': ', el('q', {}, v.note)] : '')));
}

/** A small form: the author (remembered), a note, extra fields, and buttons; each
 *  button builds a judgment from the fields and posts it, then calls `done`. */
export function judgeForm(title, fields, buttons, done) {
  const who = el('input', { type: 'text', name: 'author', value: authorName(), placeholder: 'your name', 'aria-label': 'Your name', size: 14, class: 'judge-author' });
  const note = el('input', { type: 'text', name: 'note', placeholder: 'why (optional)', 'aria-label': 'Why', size: 28, class: 'judge-note' });
  const status = el('p', { class: 'muted small', role: 'status' });
  const form = el('form', { class: 'judge', onsubmit: (ev) => ev.preventDefault() },
    el('fieldset', {}, el('legend', {}, title),
      ...fields,
      note, who,
      ...buttons.map(([text, make]) => el('button', {
        type: 'button', class: 'small-button', 'data-judge': text,
        onclick: async () => {
          const body = make();
          if (!body) return;
          if (who.value.trim()) rememberAuthor(who.value.trim());
          if (note.value.trim()) body.note = note.value.trim();
          status.textContent = 'Saving…';
          try {
            await postJudgment(body);
            status.textContent = 'Saved.';
            announce(`${text}: saved.`);
            done();
          } catch (e) {
            status.textContent = e.message;
            announce(e.message);
          }
        },
      }, text))),
    status);
  return form;
}

/** Controls on a timeline event: confirm, reject, correct its date. The event is
 *  named by its first citation (the words that state it). */
export function eventControls(event, done) {
  const c = event.citations && event.citations[0];
  if (!c) return '';
  const evidence = { document: c.document, start: c.start, end: c.end };
  const target = `${event.type} ${event.date && (event.date.start || event.date.end) || 'undated'}`;
  const date = el('input', { type: 'text', name: 'date', placeholder: 'YYYY-MM-DD', 'aria-label': 'Right date', size: 11, class: 'judge-date' });
  return judgeForm('Judge this event', [date], [
    ['Confirm', () => ({ kind: 'confirm_event', target, evidence })],
    ['Reject', () => ({ kind: 'reject_event', target, evidence })],
    ['Correct date', () => ({ kind: 'reject_date', target, evidence, value: date.value.trim() })],
  ], done);
}

/** "Merge with…" on an entity page. */
export function mergeControls(entity, done) {
  const other = el('input', { type: 'text', name: 'other', placeholder: 'other name or spelling', 'aria-label': 'Merge with', size: 24, class: 'judge-other' });
  const spelling = el('input', { type: 'text', name: 'spelling', placeholder: 'spelling that is someone else', 'aria-label': 'Split off', size: 24, class: 'judge-spelling' });
  return judgeForm('Merge or split', [other, spelling], [
    ['Merge with…', () => (other.value.trim() ? { kind: 'merge_entities', target: entity.name, value: other.value.trim() } : null)],
    ['Split off', () => (spelling.value.trim() ? { kind: 'split_entity', target: entity.name, value: spelling.value.trim() } : null)],
  ], done);
}
