// Keys: list, create (the secret is shown once, with a copy button), rotate and revoke
// (`/admin/keys`).

import { admin, errorMessage } from '../api.js';
import { append, badge, field, formatDateTime, formatUsd, h, row, table } from '../dom.js';

/** @typedef {import('../types.js').KeyView} KeyView */
/** @typedef {import('../types.js').IssuedKey} IssuedKey */

/** @param {KeyView['status']} status */
function statusBadge(status) {
  const tone =
    status === 'active'
      ? 'ok'
      : status === 'rotating'
        ? 'info'
        : status === 'revoked'
          ? 'bad'
          : 'neutral';
  return badge(status, tone);
}

/** @param {string} id @param {string} type @param {Record<string, string>} [extra] */
function input(id, type, extra = {}) {
  return h('input', { id, name: id, type, ...extra });
}

/** @param {HTMLInputElement} element */
function positive(element) {
  const value = element.value.trim();
  return value === '' ? undefined : Number(value);
}

/** @param {KeyView} key */
function limits(key) {
  const parts = [
    key.rpm === null ? null : `${key.rpm} rpm`,
    key.tpm === null ? null : `${key.tpm} tpm`,
    key.budget_usd_per_day === null ? null : `${formatUsd(key.budget_usd_per_day)}/day`,
    key.budget_usd_per_month === null ? null : `${formatUsd(key.budget_usd_per_month)}/month`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** @type {import('./view.js').View} */
export function keys({ root, setLoaded }) {
  const message = h('p', { class: 'notice', role: 'status' });
  const error = h('p', { class: 'error', role: 'alert' });
  const list = h('div', {}, h('p', {}, 'Loading…'));
  const secretArea = h('div', {});
  const showRevoked = input('keys-show-revoked', 'checkbox');
  let stopped = false;

  /** @param {IssuedKey} issued @param {string} title */
  const showSecret = (issued, title) => {
    const code = h('code', { id: 'new-key-secret', 'data-secret': 'true' }, issued.key);
    const copyStatus = h('p', { role: 'status', class: 'notice' });
    const copy = h('button', { type: 'button', id: 'copy-secret' }, 'Copy key');
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(issued.key).then(
        () => {
          copyStatus.textContent = 'Copied to the clipboard.';
        },
        () => {
          const range = document.createRange();
          range.selectNodeContents(code);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          copyStatus.textContent = 'Copying was refused: the key is selected, press Ctrl+C.';
        },
      );
    });
    const hide = h('button', { type: 'button', class: 'secondary' }, 'I have stored it — hide');
    hide.addEventListener('click', () => {
      secretArea.replaceChildren();
      document.getElementById('key-name')?.focus();
    });
    secretArea.replaceChildren(
      h(
        'section',
        { class: 'card secret', 'aria-labelledby': 'secret-heading' },
        h('h2', { id: 'secret-heading' }, title),
        h(
          'p',
          {},
          'Copy this key now: it is shown only this once, and the gateway keeps only a hash of it.',
          issued.replaces === undefined
            ? ''
            : ` It replaces ${issued.replaces}, which keeps working for the overlap.`,
        ),
        h('div', { class: 'secret-row' }, code, copy),
        copyStatus,
        hide,
      ),
    );
    copy.focus();
  };

  const load = async () => {
    const query = showRevoked.checked ? '&include_revoked=true' : '';
    const answer = /** @type {{ keys: KeyView[] }} */ (await admin(`/keys?limit=1000${query}`));
    if (stopped) return;
    list.replaceChildren(
      answer.keys.length === 0
        ? h('p', { class: 'muted' }, 'No issued key yet.')
        : table(
            [
              'Name',
              'Id',
              'Tenant',
              'Status',
              'Limits',
              'Models',
              'Expires',
              'Last used',
              'Actions',
            ],
            answer.keys.map((key) => keyRow(key)),
            { caption: 'Issued keys' },
          ),
    );
    setLoaded(true);
  };

  const reload = () =>
    load().catch((failure) => {
      error.textContent = `Could not load the keys: ${errorMessage(failure)}`;
    });

  /** @param {KeyView} key */
  const keyRow = (key) => {
    const actions = h('div', { class: 'actions' });
    const showActions = () => {
      actions.replaceChildren();
      if (key.status === 'active') {
        const rotate = h(
          'button',
          { type: 'button', class: 'secondary', 'aria-label': `Rotate ${key.name}` },
          'Rotate',
        );
        rotate.addEventListener('click', () => {
          rotate.disabled = true;
          admin(`/keys/${encodeURIComponent(key.id)}/rotate`, { method: 'POST', body: {} }).then(
            (issued) => {
              message.textContent = `Key ${key.name} rotated.`;
              showSecret(/** @type {IssuedKey} */ (issued), `New key replacing “${key.name}”`);
              void reload();
            },
            (failure) => {
              rotate.disabled = false;
              error.textContent = `Could not rotate ${key.name}: ${errorMessage(failure)}`;
            },
          );
        });
        actions.append(rotate);
      }
      if (key.status === 'active' || key.status === 'rotating') {
        const revoke = h(
          'button',
          { type: 'button', class: 'danger', 'aria-label': `Revoke ${key.name}` },
          'Revoke',
        );
        revoke.addEventListener('click', confirmRevoke);
        actions.append(revoke);
      }
    };
    const confirmRevoke = () => {
      const yes = h('button', { type: 'button', class: 'danger' }, 'Yes, revoke');
      const no = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
      yes.addEventListener('click', () => {
        yes.disabled = true;
        admin(`/keys/${encodeURIComponent(key.id)}`, { method: 'DELETE' }).then(
          () => {
            message.textContent = `Key ${key.name} revoked: every request with it is now refused.`;
            void reload();
          },
          (failure) => {
            error.textContent = `Could not revoke ${key.name}: ${errorMessage(failure)}`;
            showActions();
          },
        );
      });
      no.addEventListener('click', () => {
        showActions();
        actions.querySelector('button')?.focus();
      });
      actions.replaceChildren(h('span', {}, `Revoke “${key.name}”?`), yes, no);
      yes.focus();
    };
    showActions();
    const line = row(
      [
        key.name,
        h('code', {}, key.id),
        key.tenant,
        statusBadge(key.status),
        limits(key),
        key.models === null ? 'any' : key.models.join(', '),
        key.expires_at === null ? 'never' : formatDateTime(key.expires_at),
        key.last_used_at === null ? 'never' : formatDateTime(key.last_used_at),
        actions,
      ],
      { className: 'key-row' },
    );
    line.dataset.keyId = key.id;
    line.dataset.status = key.status;
    return line;
  };

  const name = input('key-name', 'text', {
    required: 'true',
    maxlength: '200',
    autocomplete: 'off',
  });
  const tenant = input('key-tenant', 'text', { placeholder: 'default', autocomplete: 'off' });
  const rpm = input('key-rpm', 'number', { min: '1', step: '1', inputmode: 'numeric' });
  const tpm = input('key-tpm', 'number', { min: '1', step: '1', inputmode: 'numeric' });
  const daily = input('key-budget-day', 'number', { min: '0', step: 'any' });
  const monthly = input('key-budget-month', 'number', { min: '0', step: 'any' });
  const models = input('key-models', 'text', {
    placeholder: 'default, groq/llama-3.3-70b-versatile',
    autocomplete: 'off',
  });
  const expires = input('key-expires', 'datetime-local');
  const create = h('button', { type: 'submit', id: 'create-key' }, 'Create key');
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Create a key'),
      h(
        'div',
        { class: 'form-grid' },
        field('Name', name),
        field('Tenant', tenant),
        field('Requests per minute', rpm),
        field('Tokens per minute', tpm),
        field('Budget per day (USD)', daily),
        field('Budget per month (USD)', monthly),
        field('Models', models, 'Comma-separated; empty: any'),
        field('Expires at', expires, 'Local time; empty: never'),
      ),
    ),
    create,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    message.textContent = '';
    if (name.value.trim() === '') {
      error.textContent = 'A key needs a name.';
      name.focus();
      return;
    }
    const modelList = models.value
      .split(',')
      .map((model) => model.trim())
      .filter((model) => model !== '');
    const body = {
      name: name.value.trim(),
      ...(tenant.value.trim() === '' ? {} : { tenant: tenant.value.trim() }),
      ...(positive(rpm) === undefined ? {} : { rpm: positive(rpm) }),
      ...(positive(tpm) === undefined ? {} : { tpm: positive(tpm) }),
      ...(positive(daily) === undefined ? {} : { budget_usd_per_day: positive(daily) }),
      ...(positive(monthly) === undefined ? {} : { budget_usd_per_month: positive(monthly) }),
      ...(modelList.length === 0 ? {} : { models: modelList }),
      ...(expires.value === '' ? {} : { expires_at: new Date(expires.value).toISOString() }),
    };
    create.disabled = true;
    admin('/keys', { method: 'POST', body }).then(
      (issued) => {
        create.disabled = false;
        form.reset();
        message.textContent = `Key ${body.name} created.`;
        showSecret(/** @type {IssuedKey} */ (issued), `New key “${body.name}”`);
        void reload();
      },
      (failure) => {
        create.disabled = false;
        error.textContent = `Could not create the key: ${errorMessage(failure)}`;
      },
    );
  });

  const refresh = h('button', { type: 'button', class: 'secondary' }, 'Refresh');
  refresh.addEventListener('click', () => void reload());
  showRevoked.addEventListener('change', () => void reload());

  append(
    root,
    form,
    message,
    error,
    secretArea,
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Issued keys'),
      h(
        'div',
        { class: 'toolbar' },
        h(
          'div',
          { class: 'actions' },
          showRevoked,
          h('label', { for: 'keys-show-revoked' }, 'Show revoked and expired'),
        ),
        refresh,
      ),
      list,
    ),
  );
  void reload();
  return () => {
    stopped = true;
  };
}
