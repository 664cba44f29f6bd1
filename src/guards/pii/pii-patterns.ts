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
  /** Every match holds an ASCII digit: skip the pattern for a text without one. */
  readonly needsDigit?: boolean;
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
    requires: 'PRIVATE KEY-----',
    pattern:
      /-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----(?:[\s\S]{0,8192}?-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----|[A-Za-z0-9+/=\s]{0,8192})/g,
  },
  { type: 'anthropic_api_key', requires: 'sk-ant-', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,200}/g },
  {
    type: 'openai_api_key',
    requires: 'sk-',
    pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}/g,
  },
  { type: 'groq_api_key', requires: 'gsk_', pattern: /\bgsk_[A-Za-z0-9]{20,100}/g },
  {
    type: 'google_api_key',
    requires: 'AIza',
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
  },
  {
    type: 'github_token',
    requires: ['gh', 'github_pat_'],
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
  },
  {
    type: 'slack_token',
    requires: ['xox', 'hooks.slack.com'],
    pattern:
      /\bxox[abposr]-[A-Za-z0-9-]{10,250}|https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,20}\/B[A-Z0-9]{6,20}\/[A-Za-z0-9]{16,40}/g,
  },
  {
    type: 'aws_access_key',
    requires: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g,
  },
  {
    type: 'jwt',
    requires: 'eyJ',
    pattern: /\beyJ[A-Za-z0-9_-]{5,2000}\.eyJ[A-Za-z0-9_-]{5,8000}\.[A-Za-z0-9_-]{10,2000}/g,
  },
  {
    type: 'email',
    requires: '@',
    pattern: emailReference,
    find: findEmails,
  },
  {
    type: 'iban',
    needsDigit: true,
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g,
    validate: isIbanValid,
  },
  {
    type: 'payment_card',
    needsDigit: true,
    pattern: /\b\d(?:[ -]?\d){12,18}\b/g,
    validate: isPlausibleCard,
  },
  {
    type: 'us_ssn',
    needsDigit: true,
    pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g,
  },
  {
    type: 'phone',
    needsDigit: true,
    pattern:
      /(?<![\w+])(?:\+\d{1,3}(?:[ .-]?\(?\d{1,5}\)?){2,5}|(?:\(\d{3}\) ?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b)/g,
    validate: isPlausiblePhone,
  },
  {
    type: 'ipv4',
    requires: '.',
    needsDigit: true,
    pattern:
      /\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b(?!\.\d)/g,
  },
  {
    type: 'ipv6',
    requires: ':',
    pattern: ipv6Reference,
    find: findIpv6,
    validate: (match) => match.length >= 3 && isIP(match) === 6 && match !== '::',
  },
];
