import { GatewayError } from '../../core/index.js';

/** Parses an upstream JSON body leniently (leading whitespace is fine); garbage is a typed error. */
export function parseUpstreamJson(text: string, upstreamStatus?: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new GatewayError('provider_invalid_response', {
      detail: 'upstream body is not valid JSON',
      cause: error,
      ...(upstreamStatus === undefined ? {} : { upstreamStatus }),
    });
  }
}

/** Parses JSON without throwing; for error bodies, which may be HTML or empty. */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(value: Record<string, unknown>, key: string): string | undefined {
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

export function numberField(value: Record<string, unknown>, key: string): number | undefined {
  const field = value[key];
  return typeof field === 'number' && Number.isFinite(field) ? field : undefined;
}

export function recordField(
  value: Record<string, unknown>,
  key: string,
): Record<string, unknown> | undefined {
  const field = value[key];
  return isRecord(field) ? field : undefined;
}

export function arrayField(value: Record<string, unknown>, key: string): readonly unknown[] {
  const field = value[key];
  return Array.isArray(field) ? field : [];
}
