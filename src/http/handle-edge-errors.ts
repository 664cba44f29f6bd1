import type { FastifyError, FastifyInstance } from 'fastify';
import { GatewayError, type ErrorCode, type Logger } from '../core/index.js';
import { codecForPath } from './codec-for-path.js';
import { sendJson } from './send-json.js';

const fastifyCodes: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
};

function classify(error: FastifyError): ErrorCode {
  const known = fastifyCodes[error.code];
  if (known !== undefined) return known;
  if (error.code === 'FST_ERR_REQUEST_TIMEOUT' || error.statusCode === 408)
    return 'request_timeout';
  if (error.statusCode === 413) return 'payload_too_large';
  if (error.statusCode === 415) return 'unsupported_media_type';
  if (error.statusCode === 404) return 'not_found';
  if (error.statusCode === 405) return 'method_not_allowed';
  if (error.statusCode === 503) return 'service_unavailable';
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return 'invalid_json';
  return 'internal_error';
}

/**
 * Answers what fails before a route's handler runs (unknown paths, oversized bodies, wrong media
 * types, framework errors) in the surface's envelope with a stable code. Framework messages and
 * stack traces stay in the log.
 */
export function handleEdgeErrors(app: FastifyInstance, logger: Logger): void {
  app.setNotFoundHandler((request, reply) => {
    const encoded = codecForPath(request.url).encodeError(
      new GatewayError('not_found'),
      request.id,
      [],
    );
    return sendJson(reply, encoded.status, encoded.body, {});
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = classify(error);
    if (code === 'internal_error')
      logger.error({ request_id: request.id, err: error }, 'unhandled error');
    else
      logger.debug(
        { request_id: request.id, code, fastify_code: error.code },
        'request refused at the edge',
      );
    const encoded = codecForPath(request.url).encodeError(new GatewayError(code), request.id, []);
    return sendJson(reply, encoded.status, encoded.body, {});
  });
}
