import { GatewayError, reject, type Stage, type ValidationIssue } from '../core/index.js';
import { parseJsonBody } from './parse-json-body.js';

const bodyProblems: Readonly<Record<string, ValidationIssue>> = {
  empty: { location: ['body'], message: 'Field required', type: 'missing' },
  invalid: { location: ['body'], message: 'JSON decode error', type: 'json_invalid' },
  forbidden_key: {
    location: ['body'],
    message: 'Keys named __proto__ or constructor.prototype are not allowed',
    type: 'json_invalid',
  },
};

function tooDeep(maxJsonDepth: number): ValidationIssue {
  return {
    location: ['body'],
    message: `JSON nested deeper than ${maxJsonDepth} levels`,
    type: 'json_invalid',
  };
}

/**
 * Layer 3: the body is parsed (only now, after authentication and rate limiting) and decoded by
 * the surface's schema into the canonical request. Unknown fields are rejected by every surface
 * schema, so nothing can smuggle an upstream URL or key in.
 */
export function createValidateStage(maxJsonDepth: number): Stage {
  return {
    name: 'validate',
    async handle(context, next) {
      const parsed = parseJsonBody(context.body, maxJsonDepth);
      if (!parsed.ok) {
        if (parsed.reason === 'too_deep') {
          return reject(new GatewayError('json_too_deep', { issues: [tooDeep(maxJsonDepth)] }));
        }
        const issue = bodyProblems[parsed.reason] as ValidationIssue;
        const code = parsed.reason === 'empty' ? 'validation_failed' : 'invalid_json';
        return reject(new GatewayError(code, { issues: [issue] }));
      }
      const decoded = context.decoder.decode(parsed.value, context.input);
      if (!decoded.ok)
        return reject(new GatewayError('validation_failed', { issues: decoded.issues }));
      context.request = decoded.request;
      return next();
    },
  };
}
