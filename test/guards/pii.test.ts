import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scripts/guard/create-random.js';
import { piiPatterns } from '../../src/guards/pii/pii-patterns.js';
import {
  emailReference,
  findEmails,
  findIpv6,
  ipv6Reference,
} from '../../src/guards/pii/pii-finders.js';
import {
  createPiiGuard,
  detectPii,
  isIbanValid,
  isLuhnValid,
  redactPii,
  restorePii,
  type PiiType,
} from '../../src/guards/index.js';

function types(text: string): PiiType[] {
  return detectPii(text).map((finding) => finding.type);
}

// Credential-shaped test values are assembled at run time so that no literal key sits in the repo.
const fakeOpenAiKey = ['sk', 'proj', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6'].join('-');
const fakeAnthropicKey = ['sk', 'ant', 'api03', 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4'].join('-');
const fakeGroqKey = `gsk_${'Qw3rTy'.repeat(6)}`;
const fakeGoogleKey = `AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6q'}`;
const fakeGithubToken = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
const fakeSlackToken = ['xoxb', '123456789012', 'abcdefghijAB'].join('-');
const fakeGithubPat = ['github', 'pat', 'A1b2C3d4E5f6G7h8I9j0K1l2'].join('_');
const fakeSlackWebhook = [
  'https://hooks.slack.com/services',
  'TABCDEF12',
  'BABCDEF12',
  'a1B2c3D4e5F6g7H8i9J0',
].join('/');
const fakeAwsKey = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
const fakeJwt = [
  'eyJhbGciOiJIUzI1NiJ9',
  'eyJzdWIiOiIxMjM0NTY3ODkwIn0',
  'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
].join('.');

describe('checksums', () => {
  it('validates Luhn', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
  });

  it('validates IBAN mod 97', () => {
    expect(isIbanValid('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(isIbanValid('GB82WEST12345698765432')).toBe(true);
    expect(isIbanValid('DE89 3704 0044 0532 0130 01')).toBe(false);
  });
});

const examples: [PiiType, string][] = [
  ['email', 'Write to jane.doe@example.co.uk today'],
  ['phone', 'Call +44 20 7946 0958 or later'],
  ['phone', 'US office: (415) 555-2671'],
  ['payment_card', 'Card 4111 1111 1111 1111 exp 12/29'],
  ['payment_card', 'Amex 3782-822463-10005'],
  ['iban', 'IBAN DE89 3704 0044 0532 0130 00 please'],
  ['us_ssn', 'SSN 123-45-6789'],
  ['ipv4', 'server at 192.168.10.20 is down'],
  ['ipv6', 'host 2001:db8::8a2e:370:7334 answers'],
  ['openai_api_key', `key=${fakeOpenAiKey}`],
  ['anthropic_api_key', `ANTHROPIC_API_KEY=${fakeAnthropicKey}`],
  ['groq_api_key', `GROQ=${fakeGroqKey}`],
  ['google_api_key', `google ${fakeGoogleKey}`],
  ['github_token', `token ${fakeGithubToken}`],
  ['github_token', `token ${fakeGithubPat}`],
  ['slack_token', `post to ${fakeSlackWebhook}`],
  ['slack_token', `slack ${fakeSlackToken}`],
  ['aws_access_key', `aws ${fakeAwsKey}`],
  ['jwt', `Bearer ${fakeJwt}`],
  [
    'private_key',
    '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----',
  ],
];

describe('detectPii', () => {
  it.each(examples)('finds %s', (type, text) => {
    expect(types(text)).toContain(type);
  });

  it('finds the same PII in a text longer than the prefilter pass reads', () => {
    // Texts over 1,024 characters skip the one-pass character check and run every pattern.
    const filler = 'Nothing to see in this sentence, only words. '.repeat(30);
    expect(filler.length).toBeGreaterThan(1024);
    for (const [type, text] of examples) {
      expect(types(`${filler}${text}`), type).toContain(type);
    }
    expect(types(filler)).toEqual([]);
  });

  it('skips a pattern by its prefilters only where it could not match', () => {
    // Every match of every pattern holds the substring the pattern requires (one of them) and the
    // characters it needs (one of its sets; 0 is any digit): so skipping texts without them loses
    // nothing.
    const random = createRandom(5);
    const alphabet = 'aAkKIS09-_.:@ +()/hgxo';
    const texts = examples.map(([, text]) => text);
    for (let round = 0; round < 5_000; round++) {
      let text = '';
      const length = 8 + random.below(40);
      for (let index = 0; index < length; index++) text += alphabet[random.below(alphabet.length)];
      texts.push(text);
    }
    const holds = (value: string, characters: string): boolean =>
      [...characters].every((character) =>
        character === '0' ? /\d/.test(value) : value.includes(character),
      );
    let checked = 0;
    for (const pattern of piiPatterns) {
      const { requires, needs } = pattern;
      for (const text of texts) {
        const regex = new RegExp(pattern.pattern.source, 'g');
        for (const match of text.matchAll(regex)) {
          const value = match[0];
          if (requires !== undefined) {
            const needles = typeof requires === 'string' ? [requires] : requires;
            expect(
              needles.some((needle) => value.includes(needle)),
              `${pattern.type}: ${value}`,
            ).toBe(true);
          }
          if (needs !== undefined) {
            const sets = typeof needs === 'string' ? [needs] : needs;
            expect(
              sets.some((characters) => holds(value, characters)),
              `${pattern.type}: ${value}`,
            ).toBe(true);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(examples.length);
  });

  it('rejects look-alikes that fail their checksum or shape', () => {
    expect(types('Card 4111 1111 1111 1112')).not.toContain('payment_card');
    expect(types('IBAN DE89 3704 0044 0532 0130 01')).not.toContain('iban');
    expect(types('SSN 000-12-3456')).not.toContain('us_ssn');
    expect(types('version 1.2.3 released on 2024-01-01 at 12:30:45')).toEqual([]);
    expect(types('order #20240101123456 shipped')).toEqual([]);
  });

  it('reports an Anthropic key once, not also as an OpenAI key', () => {
    expect(types(fakeAnthropicKey)).toEqual(['anthropic_api_key']);
  });

  it('gives offsets into the text and can omit values', () => {
    const text = 'mail me: bob@example.org';
    const [finding] = detectPii(text);
    expect(finding && text.slice(finding.start, finding.end)).toBe('bob@example.org');
    expect(detectPii(text, { includeValues: false })[0]?.value).toBeUndefined();
    expect(detectPii(text, { types: new Set(['phone']) })).toEqual([]);
  });
});

describe('redactPii and restorePii', () => {
  it('round-trips with numbered placeholders, one per distinct value', () => {
    const text =
      'From ann@example.com to bob@example.com, cc ann@example.com; card 4111 1111 1111 1111.';
    const redaction = redactPii(text, detectPii(text));
    expect(redaction.text).toBe('From [EMAIL_1] to [EMAIL_2], cc [EMAIL_1]; card [CARD_1].');
    expect(redaction.restore.get('[CARD_1]')).toBe('4111 1111 1111 1111');
    expect(restorePii(redaction.text, redaction.restore)).toBe(text);
    expect(restorePii('Reply to [EMAIL_2] about [UNKNOWN_9]', redaction.restore)).toBe(
      'Reply to bob@example.com about [UNKNOWN_9]',
    );
  });
});

describe('createPiiGuard', () => {
  it('flags with the PII type as category and scores secrets higher', () => {
    const guard = createPiiGuard();
    const verdict = guard.check(`my key is ${fakeOpenAiKey} and my mail is a@b.io`);
    expect(verdict.guard).toBe('pii');
    expect(verdict.flagged).toBe(true);
    expect(verdict.findings.map((finding) => finding.category)).toEqual([
      'openai_api_key',
      'email',
    ]);
    expect(verdict.score).toBe(1);
    expect(guard.check('nothing personal here').flagged).toBe(false);
  });
});

describe('the fast e-mail and IPv6 finders', () => {
  function byRegex(pattern: RegExp, text: string): string[] {
    const found: string[] = [];
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      found.push(`${match.index}-${match.index + match[0].length}`);
    }
    return found;
  }

  function byFinder(find: typeof findEmails, text: string): string[] {
    const found: string[] = [];
    find(text, (start, end) => found.push(`${start}-${end}`));
    return found;
  }

  it('report exactly what their reference regexes report (random texts)', () => {
    const random = createRandom(11);
    const alphabet = 'ab:fF09@._-+% x:1::Z\n';
    for (let round = 0; round < 20_000; round++) {
      let text = '';
      const length = 1 + random.below(40);
      for (let index = 0; index < length; index++) text += alphabet[random.below(alphabet.length)];
      expect(byFinder(findEmails, text), text).toEqual(byRegex(emailReference, text));
      expect(byFinder(findIpv6, text), text).toEqual(byRegex(ipv6Reference, text));
    }
  });
});
