import { describe, expect, it } from 'vitest';
import type { KeyEvent, RevocationChannel } from '../../../src/stores/index.js';
import { uniqueName } from '../support/fake-clock.js';

export interface RevocationSubject {
  /** A channel for client `replica`; every replica hears every other. */
  channel(replica: number): RevocationChannel;
}

function nextEvent(events: KeyEvent[], timeoutMs: number): Promise<KeyEvent> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = (): void => {
      const event = events.shift();
      if (event !== undefined) resolve(event);
      else if (Date.now() - started > timeoutMs)
        reject(new Error(`no key event within ${timeoutMs} ms`));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

/** The `RevocationChannel` contract: another replica hears a key change within a second. */
export function describeRevocationChannelContract(
  name: string,
  subject: () => RevocationSubject,
): void {
  describe(`RevocationChannel contract (${name})`, () => {
    it('delivers a change published by one replica to every subscriber on another within 1 s', async () => {
      const publisher = subject().channel(0);
      const listener = subject().channel(1);
      const first: KeyEvent[] = [];
      const second: KeyEvent[] = [];
      const stopFirst = await listener.subscribe((event) => first.push(event));
      const stopSecond = await listener.subscribe((event) => second.push(event));
      const keyId = uniqueName('key');
      const sentAt = Date.now();
      await publisher.publish(keyId, 'revoked');
      const expected = { type: 'key-changed', keyId, change: 'revoked' };
      expect(await nextEvent(first, 1000)).toEqual(expected);
      expect(await nextEvent(second, 1000)).toEqual(expected);
      expect(Date.now() - sentAt).toBeLessThan(1000);
      stopFirst();
      stopSecond();
    });

    it('stops delivering after unsubscribe, and survives a throwing listener', async () => {
      const publisher = subject().channel(0);
      const listener = subject().channel(1);
      const heard: KeyEvent[] = [];
      const stopped: KeyEvent[] = [];
      const stopThrowing = await listener.subscribe(() => {
        throw new Error('listener bug');
      });
      const stop = await listener.subscribe((event) => stopped.push(event));
      const keep = await listener.subscribe((event) => heard.push(event));
      stop();
      const keyId = uniqueName('key');
      await publisher.publish(keyId, 'rotated');
      expect(await nextEvent(heard, 1000)).toEqual({
        type: 'key-changed',
        keyId,
        change: 'rotated',
      });
      expect(stopped).toEqual([]);
      keep();
      stopThrowing();
    });
  });
}
