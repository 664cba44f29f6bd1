import { request } from 'undici';

export interface HttpResult {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
}

/** A plain HTTP call over a fresh connection, as a black-box client would make it. */
export async function http(
  url: string,
  options: {
    method?: 'GET' | 'POST' | 'OPTIONS';
    headers?: Record<string, string>;
    body?: string | Buffer;
  } = {},
): Promise<HttpResult> {
  const response = await request(url, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: options.headers ?? {},
    body: options.body ?? null,
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    text,
    json: <T>() => JSON.parse(text) as T,
  };
}
