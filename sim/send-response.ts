import type { ServerResponse } from 'node:http';
import type { SimResponse } from './dialect.js';

/** Writes a complete response with its Content-Length; `common` headers go first. */
export function sendResponse(
  response: ServerResponse,
  common: Readonly<Record<string, string>>,
  simResponse: SimResponse,
): void {
  if (response.headersSent || response.destroyed) return;
  const body = Buffer.from(simResponse.body, 'utf8');
  response.writeHead(simResponse.status, {
    ...common,
    ...simResponse.headers,
    'content-type': simResponse.contentType ?? 'application/json',
    'content-length': String(body.length),
  });
  response.end(body);
}

/** The CDN/edge HTML page of the `html` fault. */
export function htmlErrorPage(status: number): SimResponse {
  const title = `${status} ${status === 502 ? 'Bad Gateway' : 'Error'}`;
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n`,
  };
}
