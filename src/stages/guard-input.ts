import {
  GatewayError,
  mergeGuardPolicy,
  reject,
  textOf,
  type ChatMessage,
  type ContentPart,
  type GuardPolicy,
  type GuardPolicyOverride,
  type RequestContext,
  type ScannedRole,
  type Stage,
} from '../core/index.js';
import {
  detectPii,
  PiiRedactor,
  type DetectPiiOptions,
  type Guard,
  type PiiType,
} from '../guards/index.js';
import { noAudit, type SecurityAuditor } from './security-auditor.js';

export interface GuardInputOptions {
  /** The prompt-injection detector; its score is compared with the policy's threshold. */
  readonly injection: Guard;
  /** The gateway-wide policy. */
  readonly defaults: GuardPolicy;
  /** A route's policy changes, by the name a client sent as `model`. */
  readonly routePolicy: (model: string) => GuardPolicyOverride | undefined;
  readonly auditor?: SecurityAuditor;
}

/** What the guards decided for one request, for the output stage (restore, canary, checks). */
export interface GuardState {
  readonly policy: GuardPolicy;
  /** Placeholder → original, when PII was redacted for `redact_restore`. */
  readonly restore: ReadonlyMap<string, string> | undefined;
}

const guardStates = new WeakMap<RequestContext, GuardState>();

const noCategories: readonly string[] = Object.freeze([]);

const allPiiTypes: DetectPiiOptions = { includeValues: false };
const piiOptionsByTypes = new WeakMap<readonly string[], DetectPiiOptions>();

/**
 * The detector's options for a policy's `types` (null: every type). The policy's array comes from
 * the configuration or a key's record, so the set is built once per array, not per request.
 */
function piiOptionsFor(types: readonly string[] | null): DetectPiiOptions {
  if (types === null) return allPiiTypes;
  let options = piiOptionsByTypes.get(types);
  if (options === undefined) {
    options = { includeValues: false, types: new Set(types as readonly PiiType[]) };
    piiOptionsByTypes.set(types, options);
  }
  return options;
}

/** The policy and redactions the input guards settled on for this request, if they ran. */
export function guardStateOf(context: RequestContext): GuardState | undefined {
  return guardStates.get(context);
}

/** The policy for a request: gateway defaults, then the route's changes, then the key's. */
export function resolveGuardPolicy(
  defaults: GuardPolicy,
  routePolicy: (model: string) => GuardPolicyOverride | undefined,
  context: RequestContext,
): GuardPolicy {
  const model = context.request?.model;
  const route = model === undefined ? undefined : routePolicy(model);
  return mergeGuardPolicy(mergeGuardPolicy(defaults, route), context.principal?.guard);
}

/** The text of a message the policy scans, or undefined for roles it trusts. */
function scannedText(message: ChatMessage, roles: readonly ScannedRole[]): string | undefined {
  if (!roles.includes(message.role)) return undefined;
  if (message.role === 'tool' || message.role === 'system') return message.content;
  return textOf(message.content);
}

function addVerdictHeader(context: RequestContext, verdict: string): void {
  const existing = context.responseHeaders['x-guard-verdict'];
  context.responseHeaders['x-guard-verdict'] =
    existing === undefined ? verdict : `${existing}, ${verdict}`;
}

/** A message with its text replaced (every text part of a user or assistant turn). */
function rewrite(message: ChatMessage, redact: (text: string) => string): ChatMessage {
  if (message.role === 'tool' || message.role === 'system') {
    return { ...message, content: redact(message.content) };
  }
  const content: ContentPart[] = message.content.map((part) =>
    part.type === 'text' ? { type: 'text', text: redact(part.text) } : part,
  );
  return { ...message, content };
}

/**
 * Layer 4, the input guards. Every message of a scanned role (by default all user turns and tool
 * results — indirect injection arrives in those — not only the last) goes through the injection
 * detector and, when the policy asks, the PII and secret detector. The policy (defaults, then the
 * route's, then the key's) decides: `block` refuses the request before any provider sees it,
 * `monitor` only records and meters the verdict, `redact` replaces PII with placeholders so the
 * model never sees it (`redact_restore` gives the client the originals back in the answer).
 * `x-guard-verdict` names the guard and its action, never a rule.
 */
export function createGuardInputStage(options: GuardInputOptions): Stage {
  const auditor = options.auditor ?? noAudit;
  return {
    name: 'guard-input',
    async handle(context, next) {
      const request = context.request;
      if (request === undefined) return next();
      const policy = resolveGuardPolicy(options.defaults, options.routePolicy, context);

      const injection = policy.injection;
      if (injection.mode !== 'off') {
        let worst = 0;
        // Made at the first flagged message: almost every request has none.
        let categories: Set<string> | undefined;
        for (const message of request.messages) {
          const text = scannedText(message, injection.roles);
          if (text === undefined || text === '') continue;
          const verdict = options.injection.check(text);
          if (verdict.score > worst) worst = verdict.score;
          if (verdict.score >= injection.threshold) {
            categories ??= new Set();
            for (const finding of verdict.findings) categories.add(finding.category);
            if (verdict.findings.length === 0) categories.add('injection');
          }
        }
        const flagged = worst >= injection.threshold;
        const action = !flagged ? 'pass' : injection.mode === 'block' ? 'block' : 'monitor';
        const found = categories === undefined ? noCategories : [...categories];
        context.guards.push({
          guard: options.injection.name,
          action,
          score: Math.round(worst * 1000) / 1000,
          categories: found,
        });
        if (flagged) {
          addVerdictHeader(context, `${options.injection.name}; action=${action}`);
          const error = new GatewayError('prompt_injection_detected');
          if (action === 'block') {
            auditor.rejected(context, 'guard.rejected', error, {
              guard: options.injection.name,
              categories: found,
            });
            return reject(error);
          }
        }
      }

      const pii = policy.pii;
      let restore: Map<string, string> | undefined;
      if (pii.mode !== 'off') {
        const detection = piiOptionsFor(pii.types);
        let found: Set<string> | undefined;
        const redactor =
          pii.mode === 'redact' || pii.mode === 'redact_restore' ? new PiiRedactor() : undefined;
        let messages: ChatMessage[] | undefined;
        request.messages.forEach((message, index) => {
          const text = scannedText(message, injection.roles);
          if (text === undefined || text === '') return;
          const findings = detectPii(text, detection);
          if (findings.length === 0) return;
          found ??= new Set();
          for (const finding of findings) found.add(finding.type);
          if (redactor === undefined) return;
          messages ??= [...request.messages];
          messages[index] = rewrite(message, (part) =>
            redactor.redact(part, detectPii(part, detection)),
          );
        });
        if (found !== undefined) {
          const action =
            pii.mode === 'block' ? 'block' : pii.mode === 'monitor' ? 'monitor' : 'redact';
          context.guards.push({ guard: 'pii', action, score: 1, categories: [...found] });
          addVerdictHeader(context, `pii; action=${action}`);
          if (action === 'block') {
            const error = new GatewayError('pii_detected');
            auditor.rejected(context, 'guard.rejected', error, {
              guard: 'pii',
              categories: [...found],
            });
            return reject(error);
          }
        }
        if (messages !== undefined && redactor !== undefined) {
          context.request = { ...request, messages };
          if (pii.mode === 'redact_restore') restore = redactor.restore;
        }
      }
      guardStates.set(context, { policy, restore });
      return next();
    },
  };
}
