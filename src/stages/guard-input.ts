import { GatewayError, reject, textOf, type ChatMessage, type Stage } from '../core/index.js';
import type { Guard } from '../guards/index.js';
import { noAudit, type SecurityAuditor } from './security-auditor.js';

/** Text of the messages a guard must scan: user turns and tool results are untrusted. */
function untrustedText(message: ChatMessage): string | undefined {
  if (message.role === 'user') return textOf(message.content);
  if (message.role === 'tool') return message.content;
  return undefined;
}

/**
 * Layer 4: every untrusted message (all user turns and tool results, not only the last) passes
 * through each guard. System content from the key holder is trusted. A flagged message blocks the
 * request before any provider sees it.
 */
export function createGuardInputStage(
  guards: readonly Guard[],
  auditor: SecurityAuditor = noAudit,
): Stage {
  return {
    name: 'guard-input',
    async handle(context, next) {
      const request = context.request;
      if (request === undefined || guards.length === 0) return next();
      for (const guard of guards) {
        let worst = 0;
        const categories = new Set<string>();
        for (const message of request.messages) {
          const text = untrustedText(message);
          if (text === undefined || text === '') continue;
          const verdict = guard.check(text);
          worst = Math.max(worst, verdict.score);
          if (verdict.flagged)
            for (const finding of verdict.findings) categories.add(finding.category);
        }
        const flagged = categories.size > 0;
        context.guards.push({
          guard: guard.name,
          action: flagged ? 'block' : 'pass',
          score: worst,
          categories: [...categories],
        });
        if (flagged) {
          context.responseHeaders['x-guard-verdict'] = `${guard.name}; action=block`;
          const error = new GatewayError('prompt_injection_detected');
          auditor.rejected(context, 'guard.rejected', error, {
            guard: guard.name,
            categories: [...categories],
          });
          return reject(error);
        }
      }
      return next();
    },
  };
}
