// Playground: sends a prompt through `/v1/chat/completions` with a client key and shows the
// answer, the provider and the cascade (response headers + `GET /admin/requests/:id`).

import { admin, call, describeErrorBody, errorMessage, publicJson } from '../api.js';
import { append, field, formatMs, formatTime, h } from '../dom.js';
import { renderTrace } from '../trace.js';
import { loadTrace } from './trace-panel.js';

/** @typedef {import('../types.js').Providers} Providers */
/** @typedef {import('../types.js').IssuedKey} IssuedKey */

/**
 * A playground key issued by this page: in memory only (never stored), valid for an hour,
 * forgotten on sign-out.
 * @type {{ key: string, id: string, expiresAt: string } | undefined}
 */
let issued;

export function forgetPlaygroundKey() {
  issued = undefined;
}

/** @param {unknown} body */
function answerText(body) {
  const choices = /** @type {{ choices?: { message?: { content?: unknown } }[] }} */ (body).choices;
  const content = choices?.[0]?.message?.content;
  return typeof content === 'string' ? content : JSON.stringify(body);
}

/** @type {import('./view.js').View} */
export function playground({ root, setLoaded }) {
  let stopped = false;
  const route = h('select', { id: 'playground-route' });
  const key = h('input', {
    id: 'playground-key',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    value: issued?.key ?? null,
  });
  const issue = h(
    'button',
    { type: 'button', class: 'secondary', id: 'issue-playground-key' },
    'Issue a playground key',
  );
  const keyStatus = h(
    'p',
    { role: 'status', class: 'muted', id: 'playground-key-status' },
    issued === undefined
      ? ''
      : `Playground key ${issued.id} in use until ${formatTime(issued.expiresAt)}.`,
  );
  const prompt = h(
    'textarea',
    { id: 'playground-prompt', required: true },
    'Explain what an LLM gateway does in one sentence.',
  );
  const maxTokens = h('input', {
    id: 'playground-max-tokens',
    type: 'number',
    min: '1',
    max: '4096',
    value: '256',
  });
  const send = h('button', { type: 'submit', id: 'playground-send' }, 'Send');
  const error = h('p', { class: 'error', role: 'alert' });
  const result = h('div', { 'aria-live': 'polite' });

  issue.addEventListener('click', () => {
    issue.disabled = true;
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    admin('/keys', {
      method: 'POST',
      body: { name: 'playground', tenant: 'playground', expires_at: expiresAt, rpm: 60 },
    }).then(
      (answer) => {
        const created = /** @type {IssuedKey} */ (answer);
        issued = { key: created.key, id: created.id, expiresAt };
        key.value = created.key;
        issue.disabled = false;
        keyStatus.textContent = `Playground key ${created.id} issued; it expires at ${formatTime(expiresAt)} and is kept in this page only.`;
      },
      (failure) => {
        issue.disabled = false;
        error.textContent = `Could not issue a playground key: ${errorMessage(failure)}`;
      },
    );
  });

  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h(
      'div',
      { class: 'form-grid' },
      field('Route', route),
      field('Client key', key, 'Sent as Authorization: Bearer to /v1/chat/completions'),
      h('div', { class: 'field' }, issue),
      field('Max tokens', maxTokens),
    ),
    field('Prompt', prompt),
    h('p', {}, send),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    if (key.value.trim() === '') {
      error.textContent = 'Enter a client key, or issue a playground key.';
      key.focus();
      return;
    }
    if (prompt.value.trim() === '') {
      error.textContent = 'Enter a prompt.';
      prompt.focus();
      return;
    }
    send.disabled = true;
    result.replaceChildren(h('p', { role: 'status' }, 'Sending…'));
    const started = performance.now();
    call('/v1/chat/completions', {
      method: 'POST',
      bearer: key.value.trim(),
      body: {
        model: route.value,
        messages: [{ role: 'user', content: prompt.value }],
        max_tokens: Number(maxTokens.value) || 256,
      },
    })
      .then(async (answer) => {
        const elapsed = performance.now() - started;
        const requestId = answer.headers.get('x-request-id') ?? '';
        const provider = answer.headers.get('x-gateway-provider');
        const attempts = answer.headers.get('x-gateway-attempts');
        const ok = answer.status === 200;
        const failure = ok ? undefined : describeErrorBody(answer.body);
        const summary = h(
          'section',
          {
            class: 'card',
            'aria-labelledby': 'playground-answer-heading',
            'data-status': String(answer.status),
          },
          h('h2', { id: 'playground-answer-heading' }, ok ? 'Answer' : 'Refused'),
          h(
            'dl',
            { class: 'facts' },
            h('dt', {}, 'HTTP status'),
            h('dd', { 'data-field': 'status' }, String(answer.status)),
            h('dt', {}, 'Provider'),
            h('dd', { 'data-field': 'provider' }, provider ?? '–'),
            h('dt', {}, 'Attempts'),
            h('dd', { 'data-field': 'attempts' }, attempts ?? '–'),
            h('dt', {}, 'Request id'),
            h('dd', { 'data-field': 'request-id' }, h('code', {}, requestId || '–')),
            h('dt', {}, 'Round trip'),
            h('dd', {}, formatMs(elapsed)),
          ),
          ok
            ? h('pre', { class: 'answer', 'data-field': 'answer' }, answerText(answer.body))
            : h(
                'p',
                { class: 'error', 'data-field': 'error' },
                `${failure?.code ?? ''}: ${failure?.message ?? ''}`,
              ),
        );
        result.replaceChildren(summary);
        if (requestId !== '' && !stopped) {
          const trace = await loadTrace(requestId);
          if (!stopped) result.append(renderTrace(trace, 'playground-trace-heading'));
        }
      })
      .catch((failure) => {
        error.textContent = `The request failed: ${errorMessage(failure)}`;
      })
      .finally(() => {
        send.disabled = false;
      });
  });

  publicJson('/providers').then(
    (answer) => {
      const catalogue = /** @type {Providers} */ (answer);
      const aliases = Object.keys(catalogue.routes);
      const targets = catalogue.providers.flatMap((provider) =>
        provider.models.map((model) => `${provider.id}/${model.id}`),
      );
      route.replaceChildren(
        h(
          'optgroup',
          { label: 'Routes' },
          aliases.map((alias) => h('option', { value: alias }, alias)),
        ),
        h(
          'optgroup',
          { label: 'Provider / model' },
          targets.map((target) => h('option', { value: target }, target)),
        ),
      );
      setLoaded(true);
    },
    (failure) => {
      error.textContent = `Could not load the routes: ${errorMessage(failure)}`;
    },
  );

  append(
    root,
    h(
      'p',
      { class: 'muted' },
      'Sends a chat completion exactly as a client would. A playground key expires after an hour and lives only in this page.',
    ),
    form,
    keyStatus,
    error,
    result,
  );
  return () => {
    stopped = true;
  };
}
