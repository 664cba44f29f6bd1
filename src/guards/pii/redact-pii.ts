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
 * Numbered placeholders per label (`[EMAIL_1]`, `[CARD_1]`) across several texts (the messages
 * of one request): the same value gets the same placeholder wherever it appears, and `restore`
 * maps each placeholder back to its original.
 */
export class PiiRedactor {
  readonly restore = new Map<string, string>();
  private readonly byValue = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  /** `text` with each finding replaced. Findings must not overlap (as `detectPii` returns them). */
  redact(text: string, findings: readonly PiiFinding[]): string {
    const ordered = [...findings].sort((left, right) => left.start - right.start);
    let out = '';
    let cursor = 0;
    for (const finding of ordered) {
      if (finding.start < cursor) continue;
      out +=
        text.slice(cursor, finding.start) +
        this.placeholder(finding.type, text.slice(finding.start, finding.end));
      cursor = finding.end;
    }
    return out + text.slice(cursor);
  }

  private placeholder(type: PiiType, original: string): string {
    const label = labels[type];
    const key = `${label}\u0000${original}`;
    let placeholder = this.byValue.get(key);
    if (placeholder === undefined) {
      const next = (this.counters.get(label) ?? 0) + 1;
      this.counters.set(label, next);
      placeholder = `[${label}_${next}]`;
      this.byValue.set(key, placeholder);
      this.restore.set(placeholder, original);
    }
    return placeholder;
  }
}

/** One text redacted on its own (see {@link PiiRedactor}). */
export function redactPii(text: string, findings: readonly PiiFinding[]): Redaction {
  const redactor = new PiiRedactor();
  return { text: redactor.redact(text, findings), restore: redactor.restore };
}

/** Puts the originals back wherever their placeholders appear (e.g. in a model's answer). */
export function restorePii(text: string, restore: ReadonlyMap<string, string>): string {
  if (restore.size === 0) return text;
  return text.replace(/\[[A-Z_]+_\d+\]/g, (placeholder) => restore.get(placeholder) ?? placeholder);
}
