/** Kinds of personal data and credentials the PII detector knows. */
export type PiiType =
  | 'email'
  | 'phone'
  | 'payment_card'
  | 'iban'
  | 'us_ssn'
  | 'ipv4'
  | 'ipv6'
  | 'aws_access_key'
  | 'openai_api_key'
  | 'anthropic_api_key'
  | 'groq_api_key'
  | 'google_api_key'
  | 'github_token'
  | 'slack_token'
  | 'jwt'
  | 'private_key';

/** One piece of personal data or one credential found in a text (offsets end-exclusive). */
export interface PiiFinding {
  readonly type: PiiType;
  readonly start: number;
  readonly end: number;
  /** The matched text; omitted when a caller must not keep it (see `detectPii` options). */
  readonly value?: string;
}

/** Credentials: a leak of one is a security incident, not only a privacy one. */
export const secretTypes: ReadonlySet<PiiType> = new Set<PiiType>([
  'aws_access_key',
  'openai_api_key',
  'anthropic_api_key',
  'groq_api_key',
  'google_api_key',
  'github_token',
  'slack_token',
  'jwt',
  'private_key',
]);
