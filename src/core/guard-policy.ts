/**
 * What the guards do with a request: the gateway's defaults (environment), overridden per route
 * (configuration file) and per key (admin API), in that order.
 */
export type InjectionMode = 'block' | 'monitor' | 'off';
/** `redact_restore`: the model sees placeholders, the client gets the original values back. */
export type PiiMode = 'block' | 'redact' | 'redact_restore' | 'monitor' | 'off';
export type OutputMode = 'block' | 'monitor' | 'off';
/** Message roles the input guards read. System content comes from the key holder. */
export type ScannedRole = 'user' | 'tool' | 'system' | 'assistant';

export const injectionModes: readonly InjectionMode[] = ['block', 'monitor', 'off'];
export const piiModes: readonly PiiMode[] = ['block', 'redact', 'redact_restore', 'monitor', 'off'];
export const outputModes: readonly OutputMode[] = ['block', 'monitor', 'off'];
export const scannedRoles: readonly ScannedRole[] = ['user', 'tool', 'system', 'assistant'];

export interface GuardPolicy {
  readonly injection: {
    readonly mode: InjectionMode;
    /** Score in [0, 1] at or above which a message counts as an injection. */
    readonly threshold: number;
    readonly roles: readonly ScannedRole[];
  };
  readonly pii: {
    readonly mode: PiiMode;
    /** PII and secret types to act on; null: all. */
    readonly types: readonly string[] | null;
  };
  readonly output: {
    /** Secrets, PII of `types` and the canary in answers, streamed or not. */
    readonly mode: OutputMode;
    /** Place a canary token in the system prompt and watch for it in the answer. */
    readonly canary: boolean;
    readonly types: readonly string[] | null;
  };
}

/** A partial policy: what a route or a key changes. */
export interface GuardPolicyOverride {
  readonly injection?: Partial<GuardPolicy['injection']>;
  readonly pii?: Partial<GuardPolicy['pii']>;
  readonly output?: Partial<GuardPolicy['output']>;
}

/** `base` with `override` on top; returns `base` itself when there is nothing to change. */
export function mergeGuardPolicy(
  base: GuardPolicy,
  override: GuardPolicyOverride | undefined | null,
): GuardPolicy {
  if (override === undefined || override === null) return base;
  return {
    injection: { ...base.injection, ...override.injection },
    pii: { ...base.pii, ...override.pii },
    output: { ...base.output, ...override.output },
  };
}
