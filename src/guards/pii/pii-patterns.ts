import { isIP } from 'node:net';
import { isIbanValid, isLuhnValid } from './checksums.js';
import { emailReference, findEmails, findIpv6, ipv6Reference } from './pii-finders.js';
import type { PiiType } from './pii-finding.js';

/** One detector: a global pattern, an optional validator, and a cheap prefilter. */
export interface PiiPattern {
  readonly type: PiiType;
  readonly pattern: RegExp;
  /** Skip the pattern unless the text contains this substring, or one of these (case-sensitive). */
  readonly requires?: string | readonly string[];
  /**
   * Characters every match holds, all of them (`0` stands for any ASCII digit; the others are
   * among `@:.-_/A`), or a list of such sets of which every match holds one. Checked against one
   * pass over the text before any substring search.
   */
  readonly needs?: string | readonly string[];
  readonly validate?: (match: string) => boolean;
  /**
   * Finds the pattern's matches faster than scanning with it (same results): used instead of
   * `pattern` when present.
   */
  readonly find?: (text: string, report: (start: number, end: number) => void) => void;
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function isPlausibleCard(match: string): boolean {
  const digits = digitsOf(match);
  return digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && isLuhnValid(digits);
}

function isPlausiblePhone(match: string): boolean {
  const digits = digitsOf(match);
  return digits.length >= 8 && digits.length <= 15 && !/^(\d)\1+$/.test(digits);
}

/**
 * Patterns in priority order: when two findings overlap, the earlier pattern wins (a key inside
 * a URL is reported as the key). Quantifiers are bounded, so matching stays linear in practice.
 */
export const piiPatterns: readonly PiiPattern[] = [
  {
    type: 'private_key',
    needs: '-',
    requires: 'PRIVATE KEY-----',
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----(?:[\s\S]{0,8192}?-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----|[A-Za-z0-9+/=\s]{0,8192})/g,
  },
  {
    type: 'anthropic_api_key',
    needs: '-',
    requires: 'sk-ant-',
    pattern: /\bsk-ant-[A-Za-z0-9_-]{20,200}/g,
  },
  {
    type: 'openai_api_key',
    needs: '-',
    requires: 'sk-',
    pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}/g,
  },
  { type: 'groq_api_key', needs: '_', requires: 'gsk_', pattern: /\bgsk_[A-Za-z0-9]{20,100}/g },
  {
    type: 'google_api_key',
    needs: 'A',
    requires: 'AIza',
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
  },
  {
    type: 'github_token',
    needs: '_',
    requires: ['gh', 'github_pat_'],
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
  },
  {
    type: 'slack_token',
    needs: ['-', '/'],
    requires: ['xox', 'hooks.slack.com'],
    pattern:
      /\bxox[abposr]-[A-Za-z0-9-]{10,250}|https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,20}\/B[A-Z0-9]{6,20}\/[A-Za-z0-9]{16,40}/g,
  },
  {
    type: 'aws_access_key',
    needs: 'A',
    requires: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g,
  },
  {
    type: 'jwt',
    needs: '.',
    requires: 'eyJ',
    pattern: /\beyJ[A-Za-z0-9_-]{5,2000}\.eyJ[A-Za-z0-9_-]{5,8000}\.[A-Za-z0-9_-]{10,2000}/g,
  },
  {
    type: 'email',
    needs: '@',
    pattern: emailReference,
    find: findEmails,
  },
  {
    type: 'iban',
    needs: '0',
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g,
    validate: isIbanValid,
  },
  {
    type: 'payment_card',
    needs: '0',
    pattern: /\b\d(?:[ -]?\d){12,18}\b/g,
    validate: isPlausibleCard,
  },
  {
    type: 'us_ssn',
    needs: '0-',
    pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g,
  },
  {
    type: 'phone',
    needs: '0',
    pattern:
      /(?<![\w+])(?:\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}|(?:\(\d{3}\) ?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b)/g,
    validate: isPlausiblePhone,
  },
  {
    type: 'ipv4',
    needs: '0.',
    requires: '.',
    pattern:
      /\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b(?!\.\d)/g,
  },
  {
    type: 'ipv6',
    needs: ':',
    pattern: ipv6Reference,
    find: findIpv6,
    validate: (match) => match.length >= 3 && isIP(match) === 6 && match !== '::',
  },
];
