/**
 * `TRUST_PROXY`: unset or `false` ignores `X-Forwarded-For`; `true` trusts every hop; a number
 * trusts that many hops; otherwise a comma-separated list of proxy addresses or CIDRs.
 */
export function parseTrustProxy(raw: string | undefined): boolean | number | readonly string[] {
  if (raw === undefined) return false;
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
