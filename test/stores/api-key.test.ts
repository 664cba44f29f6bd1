import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkApiKey,
  generateApiKey,
  hashSecret,
  noKeyLimits,
  parseApiKey,
  unrestrictedScopes,
  verifySecret,
  type ApiKeyRecord,
} from '../../src/stores/index.js';

const serverSecret = 'unit-test-server-secret-0123456789';

describe('API key helpers', () => {
  it('generates <prefix>_<12-char id>_<32-char secret> in base62, which parses back', () => {
    const generated = generateApiKey('lsg');
    expect(generated.key).toMatch(/^lsg_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}$/);
    expect(parseApiKey(generated.key)).toEqual({
      prefix: 'lsg',
      id: generated.id,
      secret: generated.secret,
    });
    expect(generateApiKey().key).not.toBe(generateApiKey().key);
    expect(() => generateApiKey('Bad_Prefix')).toThrow(
      expect.objectContaining({ code: 'store_invalid_request' }),
    );
  });

  it('draws evenly from the alphabet (rejection sampling, no modulo bias)', () => {
    let next = 0;
    // Bytes 248..255 would bias toward the first characters if taken modulo 62; they are skipped.
    const bytes = (size: number): Uint8Array =>
      Uint8Array.from({ length: size }, () => (next++ % 2 === 0 ? 255 : 61));
    const generated = generateApiKey('lsg', bytes);
    expect(generated.id).toBe('z'.repeat(12));
  });

  it('parses only well-formed keys, never throwing (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const parsed = parseApiKey(text);
        if (parsed !== undefined)
          expect(`${parsed.prefix}_${parsed.id}_${parsed.secret}`).toBe(text);
      }),
    );
    for (const text of [
      '',
      'lsg__',
      'lsg_short_' + 'a'.repeat(32),
      'LSG_AAAAAAAAAAAA_' + 'a'.repeat(32),
      'lsg_AAAAAAAAAAAA_' + 'a'.repeat(31),
      'lsg_AAAAAAAAAAA-_' + 'a'.repeat(32),
    ]) {
      expect(parseApiKey(text)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.constantFrom('lsg', 'sk', 'acme1'), (prefix) => {
        expect(parseApiKey(generateApiKey(prefix).key)).toBeDefined();
      }),
    );
  });

  it('hashes with HMAC-SHA-256 under the server secret and verifies in constant time', () => {
    const { secret } = generateApiKey();
    const hash = hashSecret(secret, serverSecret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
    expect(hashSecret(secret, `${serverSecret}!`)).not.toBe(hash);
    expect(verifySecret(secret, hash, serverSecret)).toBe(true);
    expect(verifySecret(`${secret}x`, hash, serverSecret)).toBe(false);
    expect(verifySecret(secret, hash, `${serverSecret}!`)).toBe(false);
    expect(verifySecret(secret, 'abc', serverSecret)).toBe(false);
    expect(verifySecret(secret, 'zz'.repeat(32), serverSecret)).toBe(false);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (left, right) => {
        expect(verifySecret(left, hashSecret(right, serverSecret), serverSecret)).toBe(
          left === right,
        );
      }),
    );
  });

  it('checks the secret before saying a key is revoked or expired', () => {
    const { secret } = generateApiKey();
    const record: ApiKeyRecord = {
      id: 'AAAAAAAAAAAA',
      prefix: 'lsg',
      name: 'n',
      tenant: 't',
      secretHash: hashSecret(secret, serverSecret),
      scopes: unrestrictedScopes,
      limits: noKeyLimits,
      createdAtMs: 0,
      expiresAtMs: 100,
      lastUsedAtMs: null,
      revokedAtMs: 50,
      replacedById: null,
    };
    expect(checkApiKey(record, 'wrong', serverSecret, 10)).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(checkApiKey(record, secret, serverSecret, 10)).toEqual({ ok: true, record });
    expect(checkApiKey(record, secret, serverSecret, 50)).toEqual({ ok: false, reason: 'revoked' });
    expect(checkApiKey({ ...record, revokedAtMs: null }, secret, serverSecret, 100)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
});
