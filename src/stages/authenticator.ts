import { createHash, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../core/index.js';

/** Decides who a credential belongs to. Backed by static keys now, by the key store later. */
export interface Authenticator {
  authenticate(credential: string): Principal | undefined | Promise<Principal | undefined>;
}

interface StaticKey {
  readonly digest: Buffer;
  readonly principal: Principal;
}

function digestOf(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Static keys (the seed's `SERVICE_API_KEY`). Compares SHA-256 digests with `timingSafeEqual`, so
 * neither the key's content nor its length leaks through timing, and checks every key every time.
 */
export function createStaticKeyAuthenticator(
  keys: readonly { readonly key: string; readonly principal: Principal }[],
): Authenticator {
  const known: StaticKey[] = keys.map(({ key, principal }) => ({
    digest: digestOf(key),
    principal,
  }));
  return {
    authenticate(credential: string): Principal | undefined {
      const digest = digestOf(credential);
      let match: Principal | undefined;
      for (const key of known) {
        if (timingSafeEqual(digest, key.digest) && match === undefined) match = key.principal;
      }
      return match;
    },
  };
}

/** Asks each authenticator in turn; the first that knows the credential wins. */
export function chainAuthenticators(authenticators: readonly Authenticator[]): Authenticator {
  return {
    async authenticate(credential: string): Promise<Principal | undefined> {
      for (const authenticator of authenticators) {
        const principal = await authenticator.authenticate(credential);
        if (principal !== undefined) return principal;
      }
      return undefined;
    },
  };
}
