import {
  GatewayError,
  composeStages,
  type Outcome,
  type RequestContext,
  type Stage,
} from '../core/index.js';

/** Runs the admission stages for a request that is not a chat call. */
export type Admission = (context: RequestContext) => Promise<Outcome | undefined>;

/**
 * The authentication and rate-limit stages for routes that do not call a provider (model
 * listings): undefined when the caller is admitted, else the rejection to send.
 */
export function createAdmission(stages: readonly Stage[]): Admission {
  const admitted: Outcome = { type: 'rejection', error: new GatewayError('internal_error') };
  const run = composeStages(stages, () => Promise.resolve(admitted));
  return async (context) => {
    const outcome = await run(context);
    return outcome === admitted ? undefined : outcome;
  };
}
