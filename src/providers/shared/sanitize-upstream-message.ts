const credentialLike =
  /\b(?:sk-[A-Za-z0-9_-]{8,}|gsk_[A-Za-z0-9]{8,}|AIza[0-9A-Za-z_-]{20,}|sk-ant-[A-Za-z0-9_-]{8,}|sk-or-[A-Za-z0-9_-]{8,}|Bearer\s+\S+)/g;

/**
 * Shortens an upstream error message for a log line and masks anything shaped like a credential
 * (some providers echo part of a rejected key). Never sent to a client.
 */
export function sanitizeUpstreamMessage(message: string | undefined): string {
  if (message === undefined) return '';
  const short = message.length > 300 ? `${message.slice(0, 300)}…` : message;
  return short.replace(credentialLike, '[redacted]');
}
