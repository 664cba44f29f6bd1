import { describe, expect, it } from 'vitest';
import { createCanary, findCanary, OutputWindow } from '../../src/guards/index.js';

const fixedBytes = (size: number): Uint8Array =>
  Uint8Array.from({ length: size }, (_value, index) => index * 7);

describe('canary tokens', () => {
  it('creates random tokens, deterministic under injected randomness', () => {
    expect(createCanary()).toMatch(/^CANARY-[a-z2-9]{16}$/);
    expect(createCanary()).not.toBe(createCanary());
    expect(createCanary({ randomBytes: fixedBytes })).toBe(
      createCanary({ randomBytes: fixedBytes }),
    );
  });

  it('finds a canary verbatim, re-cased or split by whitespace and punctuation', () => {
    const canary = createCanary({ randomBytes: fixedBytes });
    const spaced = canary.toUpperCase().split('').join(' ');
    for (const output of [
      `leak: ${canary}!`,
      `leak: ${spaced}`,
      `leak: ${canary.replace('-', '\n- ')}`,
    ]) {
      const match = findCanary(output, [canary]);
      expect(match?.canary).toBe(canary);
      expect(
        output
          .slice(match?.start, match?.end)
          .replace(/[^a-z0-9]/gi, '')
          .toLowerCase(),
      ).toBe(canary.replace(/[^a-z0-9]/gi, '').toLowerCase());
    }
    expect(findCanary('nothing to see', [canary])).toBeUndefined();
  });
});

describe('OutputWindow', () => {
  it('releases text while holding back a window, and everything at the end', () => {
    const window = new OutputWindow({ holdBack: 10 });
    let released = '';
    for (const delta of ['Hello, ', 'this is a perfectly ', 'safe answer.'])
      released += window.push(delta).release;
    expect(released.length).toBeLessThanOrEqual(
      'Hello, this is a perfectly safe answer.'.length - 10,
    );
    released += window.end().release;
    expect(released).toBe('Hello, this is a perfectly safe answer.');
    expect(window.violation).toBeUndefined();
  });

  it('catches a key split across deltas before any of it is released', () => {
    const key = ['sk', 'proj', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6'].join('-');
    const window = new OutputWindow({ holdBack: 64 });
    const text = `Sure! Your key is ${key} - keep it safe.`;
    let released = '';
    let violation;
    for (let at = 0; at < text.length && violation === undefined; at += 5) {
      const step = window.push(text.slice(at, at + 5));
      released += step.release;
      violation = step.violation;
    }
    violation ??= window.end().violation;
    expect(violation?.type).toBe('openai_api_key');
    // Reported as soon as the prefix is unmistakable, before the key is complete.
    const leaked = text.slice(violation?.start, violation?.end);
    expect(leaked.startsWith('sk-proj-')).toBe(true);
    expect(key.startsWith(leaked)).toBe(true);
    expect(released).not.toContain('sk-');
    expect(window.push('more').release).toBe('');
  });

  it('catches a canary split across deltas', () => {
    const canary = createCanary({ randomBytes: fixedBytes });
    const window = new OutputWindow({ canaries: [canary], types: new Set() });
    const half = Math.floor(canary.length / 2);
    expect(
      window.push(`The secret reference is ${canary.slice(0, half)}`).violation,
    ).toBeUndefined();
    const step = window.push(`${canary.slice(half)}.`);
    expect(step.violation?.type).toBe('canary');
  });
});
