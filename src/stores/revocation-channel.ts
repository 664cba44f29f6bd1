export type KeyChange = 'revoked' | 'rotated' | 'updated';

/**
 * What a subscriber hears: one key changed (drop it from the cache), or `resync` after the
 * channel reconnected and may have missed messages (drop the whole cache).
 */
export type KeyEvent =
  | { readonly type: 'key-changed'; readonly keyId: string; readonly change: KeyChange }
  | { readonly type: 'resync' };

export type KeyEventListener = (event: KeyEvent) => void;

/** Stops delivering to one listener. */
export type Unsubscribe = () => void;

/**
 * Tells every replica that a key changed, so each drops its cached lookup within a second:
 * in-process in memory, Redis pub/sub or PostgreSQL LISTEN/NOTIFY across replicas. Delivery is
 * at most once; `resync` covers the gaps.
 */
export interface RevocationChannel {
  publish(keyId: string, change: KeyChange): Promise<void>;
  /** Resolves once the subscription is live, so a publish after it is heard. */
  subscribe(listener: KeyEventListener): Promise<Unsubscribe>;
}
