import { describe, expect, it } from 'vitest';
import {
  ApiKeyManager,
  MemoryRevocationChannel,
  parseApiKey,
  type KeyEvent,
  type KeyStore,
} from '../../../src/stores/index.js';
import { FakeClock, uniqueName } from '../support/fake-clock.js';

export interface KeySubject {
  keys(): KeyStore;
  /** Every byte the backend keeps about keys (files, or a dump of every key row). */
  readonly dumpKeyStorage?: () => Promise<Buffer>;
}

export const testHmacSecret = 'test-server-secret-0123456789abcdef';

/** The `KeyStore` contract, exercised through `ApiKeyManager` as the gateway uses it. */
export function describeKeyStoreContract(name: string, subject: () => KeySubject): void {
  describe(`KeyStore contract (${name})`, () => {
    const manager = (clock: FakeClock, store: KeyStore = subject().keys()): ApiKeyManager =>
      new ApiKeyManager({
        store,
        hmacSecret: testHmacSecret,
        now: clock.now,
        touchIntervalMs: 3_600_000,
      });

    it('issues a key once, stores only its hash, and reads the record back', async () => {
      const clock = new FakeClock();
      const keys = manager(clock);
      const issued = await keys.issue({
        name: 'ci',
        tenant: uniqueName('tenant'),
        scopes: { surfaces: ['openai'], models: ['gpt-4o-mini'], maxTokensPerRequest: 2048 },
        limits: {
          requestsPerMinute: 60,
          tokensPerMinute: 10_000,
          maxConcurrency: 4,
          budgetUsdPerDay: 2.5,
        },
      });
      const parsed = parseApiKey(issued.key);
      expect(parsed).toMatchObject({ prefix: 'lsg', id: issued.record.id });
      expect(JSON.stringify(issued.record)).not.toContain(parsed?.secret ?? '?');
      const stored = await subject().keys().get(issued.record.id);
      expect(stored).toEqual(issued.record);
      expect(stored).toMatchObject({
        scopes: {
          surfaces: ['openai'],
          models: ['gpt-4o-mini'],
          routes: null,
          maxTokensPerRequest: 2048,
        },
        limits: { requestsPerMinute: 60, budgetUsdPerDay: 2.5, budgetUsdPerMonth: null },
        createdAtMs: clock.now(),
        revokedAtMs: null,
      });
      await keys.close();
    });

    it('authenticates the right secret and says why anything else fails', async () => {
      const clock = new FakeClock();
      const keys = manager(clock);
      const issued = await keys.issue({
        name: 'a',
        tenant: 't',
        expiresAtMs: clock.now() + 60_000,
      });
      expect(await keys.authenticate(issued.key)).toMatchObject({
        ok: true,
        record: { id: issued.record.id },
      });
      const tampered = issued.key.slice(0, -1) + (issued.key.endsWith('A') ? 'B' : 'A');
      expect(await keys.authenticate(tampered)).toEqual({ ok: false, reason: 'mismatch' });
      expect(await keys.authenticate('lsg_ZZZZZZZZZZZZ_' + 'x'.repeat(32))).toEqual({
        ok: false,
        reason: 'unknown',
      });
      expect(await keys.authenticate('Bearer nonsense')).toEqual({
        ok: false,
        reason: 'malformed',
      });
      clock.advance(60_000);
      expect(await keys.authenticate(issued.key)).toEqual({ ok: false, reason: 'expired' });
      const other = await keys.issue({ name: 'b', tenant: 't' });
      await keys.revoke(other.record.id);
      expect(await keys.authenticate(other.key)).toEqual({ ok: false, reason: 'revoked' });
      await keys.close();
    });

    it('rotates with an overlap in which both keys work, once', async () => {
      const clock = new FakeClock();
      const keys = manager(clock);
      const old = await keys.issue({ name: 'svc', tenant: 't', limits: { requestsPerMinute: 5 } });
      const rotated = await keys.rotate(old.record.id, { overlapMs: 10_000 });
      if (rotated === undefined) throw new Error('expected a rotation');
      expect(rotated.record).toMatchObject({
        tenant: 't',
        name: 'svc',
        limits: { requestsPerMinute: 5 },
      });
      expect(await subject().keys().get(old.record.id)).toMatchObject({
        replacedById: rotated.record.id,
        expiresAtMs: clock.now() + 10_000,
      });
      expect((await keys.authenticate(old.key)).ok).toBe(true);
      expect((await keys.authenticate(rotated.key)).ok).toBe(true);
      expect(await keys.rotate(old.record.id, { overlapMs: 10_000 })).toBeUndefined();
      clock.advance(10_000);
      expect(await keys.authenticate(old.key)).toEqual({ ok: false, reason: 'expired' });
      expect((await keys.authenticate(rotated.key)).ok).toBe(true);
      await keys.revoke(rotated.record.id);
      expect(await keys.rotate(rotated.record.id, { overlapMs: 1 })).toBeUndefined();
      await keys.close();
    });

    it('lets exactly one of two racing rotations win', async () => {
      const clock = new FakeClock();
      const keys = manager(clock);
      const other = manager(clock);
      const old = await keys.issue({ name: 'race', tenant: 't' });
      const results = await Promise.all([
        keys.rotate(old.record.id, { overlapMs: 1000 }),
        other.rotate(old.record.id, { overlapMs: 1000 }),
      ]);
      expect(results.filter((result) => result !== undefined)).toHaveLength(1);
      await Promise.all([keys.close(), other.close()]);
    });

    it('updates, revokes once, and lists by tenant in pages', async () => {
      const clock = new FakeClock();
      const keys = manager(clock);
      const store = subject().keys();
      const tenant = uniqueName('tenant');
      const issued = [];
      for (let index = 0; index < 5; index += 1)
        issued.push(await keys.issue({ name: `k${index}`, tenant }));
      const first = issued[0]?.record.id ?? '';
      const updated = await keys.update(first, { name: 'renamed', expiresAtMs: clock.now() + 5 });
      expect(updated).toMatchObject({
        name: 'renamed',
        expiresAtMs: clock.now() + 5,
        limits: { requestsPerMinute: null },
      });
      expect(await keys.update('missing-id-00', { name: 'x' })).toBeUndefined();
      const revoked = await keys.revoke(first);
      clock.advance(1000);
      expect((await keys.revoke(first))?.revokedAtMs).toBe(revoked?.revokedAtMs);
      const ids = issued.map((item) => item.record.id).sort();
      const page = await store.list({ tenant, includeRevoked: true, limit: 3 });
      expect(page.keys.map((key) => key.id)).toEqual(ids.slice(0, 3));
      const rest = await store.list({
        tenant,
        includeRevoked: true,
        limit: 3,
        after: page.next ?? '',
      });
      expect(rest.keys.map((key) => key.id)).toEqual(ids.slice(3));
      expect(rest.next).toBeNull();
      const active = await store.list({ tenant });
      expect(active.keys.map((key) => key.id)).toEqual(ids.filter((id) => id !== first));
      await keys.close();
    });

    it('refuses a second key with the same id', async () => {
      const keys = manager(new FakeClock());
      const issued = await keys.issue({ name: 'dup', tenant: 't' });
      await expect(subject().keys().insert(issued.record)).rejects.toMatchObject({
        code: 'store_conflict',
      });
      await keys.close();
    });

    it('writes last use in batches, never moving it back', async () => {
      const clock = new FakeClock();
      const keys = manager(clock);
      const issued = await keys.issue({ name: 'used', tenant: 't' });
      await keys.authenticate(issued.key);
      expect((await subject().keys().get(issued.record.id))?.lastUsedAtMs).toBeNull();
      clock.advance(500);
      await keys.authenticate(issued.key);
      await keys.flush();
      expect((await subject().keys().get(issued.record.id))?.lastUsedAtMs).toBe(clock.now());
      await subject()
        .keys()
        .touch([{ id: issued.record.id, lastUsedAtMs: clock.now() - 100 }]);
      expect((await subject().keys().get(issued.record.id))?.lastUsedAtMs).toBe(clock.now());
      await keys.close();
    });

    it('announces revocations, rotations and updates on the channel', async () => {
      const channel = new MemoryRevocationChannel();
      const events: KeyEvent[] = [];
      await channel.subscribe((event) => events.push(event));
      const keys = new ApiKeyManager({
        store: subject().keys(),
        hmacSecret: testHmacSecret,
        revocations: channel,
      });
      const issued = await keys.issue({ name: 'n', tenant: 't' });
      await keys.update(issued.record.id, { name: 'm' });
      await keys.rotate(issued.record.id, { overlapMs: 0 });
      await keys.revoke(issued.record.id);
      await new Promise((resolve) => setImmediate(resolve));
      expect(
        events.map((event) => (event.type === 'key-changed' ? event.change : event.type)),
      ).toEqual(['updated', 'rotated', 'revoked']);
      await keys.close();
    });

    it('keeps no plaintext secret anywhere in its storage', async (context) => {
      const read = subject().dumpKeyStorage;
      if (read === undefined) return context.skip('this backend keeps nothing outside the process');
      const keys = manager(new FakeClock());
      const secrets: string[] = [];
      for (let index = 0; index < 5; index += 1) {
        const issued = await keys.issue({ name: `scan${index}`, tenant: 'scan' });
        secrets.push(parseApiKey(issued.key)?.secret ?? '');
        await keys.authenticate(issued.key);
      }
      await keys.close();
      const bytes = await read();
      expect(bytes.length).toBeGreaterThan(0);
      for (const secret of secrets) {
        expect(secret.length).toBeGreaterThanOrEqual(32);
        expect(bytes.includes(Buffer.from(secret))).toBe(false);
        expect(bytes.includes(Buffer.from(secret.slice(0, 16)))).toBe(false);
      }
    });
  });
}
