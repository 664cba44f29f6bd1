import { GatewayError, reject, type Stage } from '../core/index.js';

/**
 * A key's scopes: which surfaces (APIs) and models or routes it may use, and the largest output it
 * may ask for. A request without an output cap gets the key's cap, so it cannot ask for more by
 * saying nothing.
 */
export function createAuthorizeStage(): Stage {
  return {
    name: 'authorize',
    async handle(context, next) {
      const scopes = context.principal?.scopes;
      const request = context.request;
      if (scopes === undefined || request === undefined) return next();
      if (scopes.surfaces !== null && !scopes.surfaces.includes(context.surface)) {
        return reject(
          new GatewayError('key_scope_denied', { detail: `surface ${context.surface}` }),
        );
      }
      if (scopes.models !== null && !scopes.models.includes(request.model)) {
        return reject(new GatewayError('key_scope_denied', { detail: `model ${request.model}` }));
      }
      const cap = scopes.maxTokensPerRequest;
      if (cap !== null) {
        if (request.maxTokens !== undefined && request.maxTokens > cap) {
          return reject(
            new GatewayError('key_scope_denied', {
              detail: `max tokens ${request.maxTokens} > ${cap}`,
            }),
          );
        }
        if (request.maxTokens === undefined) context.request = { ...request, maxTokens: cap };
      }
      return next();
    },
  };
}
