import type { PiiFinding, PiiType } from './pii-finding.js';

const labels: Readonly<Record<PiiType, string>> = {
  email: 'EMAIL',
  phone: 'PHONE',
  payment_card: 'CARD',
  iban: 'IBAN',
  us_ssn: 'SSN',
  ipv4: 'IP',
  ipv6: 'IP',
  aws_access_key: 'AWS_KEY',
  openai_api_key: 'API_KEY',
  anthropic_api_key: 'API_KEY',
  groq_api_key: 'API_KEY',
  google_api_key: 'API_KEY',
  github_token: 'TOKEN',
  slack_token: 'TOKEN',
  jwt: 'JWT',
  private_key: 'PRIVATE_KEY',
};

/** A redacted text and the map that puts the originals back. */
export interface Redaction {
  readonly text: string;
  /** Placeholder (`[EMAIL_1]`) → original text. */
  readonly restore: Map<string, string>;
}

/**
 * Replaces each finding with a numbered placeholder per label (`[EMAIL_1]`, `[CARD_1]`); the same
 * value gets the same placeholder. Findings must not overlap (as `detectPii` returns them).
 */
export function redactPii(text: string, findings: readonly PiiFinding[]): Redaction {
  const restore = new Map<string, string>();
  const byValue = new Map<string, string>();
  const counters = new Map<string, number>();
  const ordered = [...findings].sort((left, right) => left.start - right.start);
  let out = '';
  let cursor = 0;
  for (const finding of ordered) {
    if (finding.start < cursor) continue;
    const original = text.slice(finding.start, finding.end);
    const label = labels[finding.type];
    let placeholder = byValue.get(`${label}\u0000${original}`);
    if (placeholder === undefined) {
      const next = (counters.get(label) ?? 0) + 1;
      counters.set(label, next);
      placeholder = `[${label}_${next}]`;
      byValue.set(`${label}\u0000${original}`, placeholder);
      restore.set(placeholder, original);
    }
    out += text.slice(cursor, finding.start) + placeholder;
    cursor = finding.end;
  }
  return { text: out + text.slice(cursor), restore };
}

/** Puts the originals back wherever their placeholders appear (e.g. in a model's answer). */
export function restorePii(text: string, restore: ReadonlyMap<string, string>): string {
  if (restore.size === 0) return text;
  return text.replace(/\[[A-Z_]+_\d+\]/g, (placeholder) => restore.get(placeholder) ?? placeholder);
}
