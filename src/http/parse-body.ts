import type { TypeCheck } from '@sinclair/typebox/compiler';
import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { GatewayError } from '../core/index.js';
import { describeSchemaErrors } from '../schema/describe-schema-errors.js';
import { parseJsonBody } from '../stages/index.js';

/**
 * A raw JSON body (kept as bytes by the edge) parsed safely (depth limit, no prototype keys) and
 * checked against a schema; the error names every bad field. An empty body is `{}`.
 */
export function parseBody<T extends TSchema>(
  request: FastifyRequest,
  check: TypeCheck<T>,
  maxDepth: number,
): Static<T> | GatewayError {
  const body =
    Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : Buffer.from('{}');
  const parsed = parseJsonBody(body, maxDepth);
  if (!parsed.ok)
    return new GatewayError('invalid_json', {
      issues: [{ location: ['body'], message: 'JSON decode error', type: 'json_invalid' }],
    });
  if (!check.Check(parsed.value))
    return new GatewayError('validation_failed', {
      issues: describeSchemaErrors(check, parsed.value, ['body']),
    });
  return parsed.value;
}
