import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalog } from '../../src/core/index.js';

const routingReasons = new Set([
  'stream_truncated',
  'circuit_open',
  'retry_after_pending',
  'credential_parked',
]);

describe('the error catalog', () => {
  const documentation = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

  it.each(Object.keys(errorCatalog))('documents %s in docs/errors.md', (code) => {
    expect(documentation).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|`));
  });

  it('only retries or fails over what can succeed elsewhere or later', () => {
    for (const [code, descriptor] of Object.entries(errorCatalog)) {
      // Upstream failures, and the router's reasons for skipping a target, allow trying another.
      if (code.startsWith('provider_') || routingReasons.has(code)) continue;
      expect(descriptor.failover, code).toBe(false);
    }
  });

  it('has a public message for every code that reveals nothing specific', () => {
    for (const descriptor of Object.values(errorCatalog)) {
      expect(descriptor.publicMessage.length).toBeGreaterThan(5);
      expect(descriptor.publicMessage).not.toMatch(/https?:|\/v1|key=/);
    }
  });
});
