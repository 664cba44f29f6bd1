// Calls to the gateway. The admin key lives in this tab's sessionStorage only; it is sent as
// `Authorization: Bearer` to `/admin/*` and nowhere else.

const storageKey = 'llm-gateway.dashboard.admin-key';

/** Fired on window when the gateway refuses the stored admin key (changed or revoked). */
export const signedOutEvent = 'dashboard:signed-out';

/** A refused or failed call, with the gateway's stable error code. */
export class ApiError extends Error {
  /**
   * @param {number} status HTTP status, 0 when the gateway could not be reached
   * @param {string} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/**
 * @typedef {object} CallResult
 * @property {number} status
 * @property {Headers} headers
 * @property {unknown} body
 */

/** @param {unknown} value */
function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The public message of an error body in any of the gateway's envelopes.
 * @param {unknown} body
 * @returns {{ code: string, message: string }}
 */
export function describeErrorBody(body) {
  if (!isRecord(body)) return { code: 'unknown', message: 'Unexpected answer from the gateway' };
  const record = /** @type {Record<string, unknown>} */ (body);
  const nested = isRecord(record.error)
    ? /** @type {Record<string, unknown>} */ (record.error)
    : undefined;
  const code = [record.code, nested?.code, nested?.type].find((value) => typeof value === 'string');
  const name = typeof code === 'string' ? code : 'unknown';
  const detail = record.detail;
  if (typeof detail === 'string') return { code: name, message: detail };
  if (Array.isArray(detail)) {
    const parts = detail.map((/** @type {unknown} */ issue) => {
      if (!isRecord(issue)) return '';
      const { msg, loc } = /** @type {Record<string, unknown>} */ (issue);
      const where = Array.isArray(loc) ? loc.filter((part) => part !== 'body').join('.') : '';
      const message = typeof msg === 'string' ? msg : '';
      return where === '' ? message : `${where}: ${message}`;
    });
    return { code: name, message: parts.filter((part) => part !== '').join('; ') || name };
  }
  if (typeof nested?.message === 'string') return { code: name, message: nested.message };
  return { code: name, message: name };
}

/**
 * @param {string} url
 * @param {{ method?: string, body?: unknown, bearer?: string | null }} [options]
 * @returns {Promise<CallResult>}
 */
export async function call(url, options = {}) {
  /** @type {Record<string, string>} */
  const headers = { accept: 'application/json' };
  if (options.bearer !== undefined && options.bearer !== null)
    headers.authorization = `Bearer ${options.bearer}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'omit',
      cache: 'no-store',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the gateway.');
  }
  const text = await response.text();
  /** @type {unknown} */
  let body = null;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

/** @returns {string | null} */
export function storedAdminKey() {
  return sessionStorage.getItem(storageKey);
}

export function forgetAdminKey() {
  sessionStorage.removeItem(storageKey);
}

/**
 * Checks a key against the admin API and keeps it for this tab when it is accepted.
 * @param {string} key
 */
export async function signIn(key) {
  const result = await call('/admin/health', { bearer: key });
  if (result.status !== 200) {
    const { code, message } = describeErrorBody(result.body);
    throw new ApiError(result.status, code, message);
  }
  sessionStorage.setItem(storageKey, key);
}

/**
 * An admin API call (`path` below `/admin`); the answer's body, or an ApiError.
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [options]
 * @returns {Promise<unknown>}
 */
export async function admin(path, options = {}) {
  const key = storedAdminKey();
  if (key === null) {
    window.dispatchEvent(new Event(signedOutEvent));
    throw new ApiError(401, 'missing_api_key', 'Signed out');
  }
  const result = await call(`/admin${path}`, { ...options, bearer: key });
  if (result.status >= 200 && result.status < 300) return result.body;
  const { code, message } = describeErrorBody(result.body);
  if (result.status === 401) {
    forgetAdminKey();
    window.dispatchEvent(new Event(signedOutEvent));
  }
  throw new ApiError(result.status, code, message);
}

/**
 * A public gateway endpoint (`/providers`).
 * @param {string} path
 * @returns {Promise<unknown>}
 */
export async function publicJson(path) {
  const result = await call(path);
  if (result.status === 200) return result.body;
  const { code, message } = describeErrorBody(result.body);
  throw new ApiError(result.status, code, message);
}

/**
 * A user-facing sentence for an error.
 * @param {unknown} error
 */
export function errorMessage(error) {
  if (error instanceof ApiError)
    return error.status === 0
      ? error.message
      : `${error.message} (${error.code}, HTTP ${error.status})`;
  return error instanceof Error ? error.message : String(error);
}
