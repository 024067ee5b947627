// Ask: a question box; the extracted answer with its values and confidence, every
// citation linked to its exact span in the viewer, conflicting evidence below.
import { getJSON } from './api.js';
import { announce, el, errorBox, humanText, humanValue, loading, outermost, plural, quoteBlock, render } from './util.js';

const EXAMPLES = [
  'When was the moratorium on executions introduced?',
  'How many people were executed in 2003?',
  'Which court sentenced him to death?',
];

export async function askPage(route) {
  document.title = 'Ask · dossier';
  const q = (route.params.get('q') || '').trim();
  const input = el('input', {
    id: 'ask-input', name: 'q', type: 'search', value: q, autocomplete: 'off', maxlength: '1000',
    placeholder: EXAMPLES[0], 'aria-describedby': 'ask-help',
  });
  const form = el('form', {
    class: 'ask-form', role: 'search', 'aria-label': 'Ask the documents',
    onsubmit: (ev) => {
      ev.preventDefault();
      const value = input.value.trim();
      const next = value ? `#/ask?q=${encodeURIComponent(value)}` : '#/ask';
      if (window.location.hash === next) show(value);
      else window.location.hash = next;
    },
  },
  el('label', { for: 'ask-input' }, 'Your question'),
  el('div', { class: 'ask-row' }, input, el('button', { type: 'submit', class: 'primary' }, 'Ask')),
  el('p', { id: 'ask-help', class: 'muted small' },
    'Answers are copied from the documents, never written: each value cites the words it was read from. ',
    'Try: ', ...EXAMPLES.flatMap((example, i) => [i ? ' · ' : '', el('a', { href: `#/ask?q=${encodeURIComponent(example)}` }, example)])));
  const result = el('section', { class: 'answer-area', 'aria-live': 'polite', 'aria-busy': 'false', 'aria-label': 'Answer' });
  render(el('h1', {}, 'Ask'), form, result);
  if (!q) {
    input.focus();
    return;
  }
  await show(q);

  async function show(question) {
    result.setAttribute('aria-busy', 'true');
    result.replaceChildren(loading('the answer'));
    let answer;
    try {
      answer = await getJSON('/api/ask', { q: question });
    } catch (e) {
      result.replaceChildren(errorBox(e));
      result.setAttribute('aria-busy', 'false');
      return;
    }
    result.replaceChildren(...answerNodes(answer));
    result.setAttribute('aria-busy', 'false');
    announce(answer.answer === null || answer.answer === undefined
      ? 'The documents do not say.'
      : `Answer: ${answer.answer}. ${plural(answer.citations.length, 'citation')}.`);
  }
}

function answerNodes(answer) {
  if (answer.answer === null || answer.answer === undefined) {
    return [el('div', { class: 'answer none' },
      el('p', { class: 'answer-text' }, 'The documents do not say.'),
      el('p', { class: 'muted small' }, `No sentence answers “${answer.question}” well enough (${answer.method}).`))];
  }
  const percent = Math.round((Number(answer.confidence) || 0) * 100);
  const nodes = [el('div', { class: 'answer' },
    el('p', { class: 'answer-text' }, humanText(answer.answer)),
    answer.values && answer.values.length
      ? el('p', {}, el('span', { class: 'muted' }, answer.values.length === 1 ? 'Value: ' : 'Values: '),
        ...answer.values.map((v) => el('span', { class: 'chip' }, humanValue(v))))
      : '',
    el('p', { class: 'confidence' },
      el('label', { for: 'confidence' }, 'Confidence '),
      el('meter', { id: 'confidence', min: '0', max: '1', low: '0.35', high: '0.7', optimum: '1', value: String(answer.confidence || 0) }, `${percent}%`),
      el('span', { class: 'muted small' }, ` ${percent}% · ${answer.method}`)))];
  const citations = outermost(answer.citations);
  nodes.push(el('h2', {}, `Evidence (${citations.length})`));
  if (citations.length) nodes.push(...citations.map((c) => quoteBlock(c)));
  else nodes.push(el('p', { class: 'muted' }, 'No citation.'));
  if (answer.conflicts && answer.conflicts.length) {
    nodes.push(el('h2', {}, el('span', { class: 'warn', 'aria-hidden': 'true' }, '⚠ '), `Conflicting evidence (${answer.conflicts.length})`),
      el('p', { class: 'muted small' }, 'Other sentences that fit the question as well give these values.'));
    for (const conflict of answer.conflicts) {
      nodes.push(el('div', { class: 'conflict-side' },
        el('p', {}, el('span', { class: 'muted' }, 'Says: '), ...conflict.values.map((v) => el('span', { class: 'chip chip-warn' }, humanValue(v)))),
        ...outermost(conflict.citations).map((c) => quoteBlock(c))));
    }
  }
  return nodes;
}
