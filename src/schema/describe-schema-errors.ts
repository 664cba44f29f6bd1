import type { TSchema } from '@sinclair/typebox';
import type { TypeCheck } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import type { ValidationIssue } from '../core/index.js';

function limit(error: ValueError, key: string): unknown {
  return (error.schema as Record<string, unknown>)[key];
}

/** A schema error in the words and types FastAPI (pydantic v2) uses, which seed clients know. */
function describe(error: ValueError): { message: string; type: string } {
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return { message: 'Field required', type: 'missing' };
    case ValueErrorType.ObjectAdditionalProperties:
      return { message: 'Extra inputs are not permitted', type: 'extra_forbidden' };
    case ValueErrorType.StringMinLength: {
      const min = Number(limit(error, 'minLength'));
      return {
        message: `String should have at least ${min} character${min === 1 ? '' : 's'}`,
        type: 'string_too_short',
      };
    }
    case ValueErrorType.StringMaxLength:
      return {
        message: `String should have at most ${String(limit(error, 'maxLength'))} characters`,
        type: 'string_too_long',
      };
    case ValueErrorType.StringPattern:
      return { message: 'String should not be blank', type: 'string_pattern_mismatch' };
    case ValueErrorType.String:
      return { message: 'Input should be a valid string', type: 'string_type' };
    case ValueErrorType.Integer:
      return { message: 'Input should be a valid integer', type: 'int_type' };
    case ValueErrorType.Number:
      return { message: 'Input should be a valid number', type: 'float_type' };
    case ValueErrorType.Boolean:
      return { message: 'Input should be a valid boolean', type: 'bool_type' };
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMinimum:
      return {
        message: `Input should be greater than or equal to ${String(limit(error, 'minimum'))}`,
        type: 'greater_than_equal',
      };
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberMaximum:
      return {
        message: `Input should be less than or equal to ${String(limit(error, 'maximum'))}`,
        type: 'less_than_equal',
      };
    case ValueErrorType.Object:
      return { message: 'Input should be a valid dictionary or object', type: 'dict_type' };
    case ValueErrorType.Array:
      return { message: 'Input should be a valid list', type: 'list_type' };
    case ValueErrorType.ArrayMinItems:
      return {
        message: `List should have at least ${String(limit(error, 'minItems'))} item(s)`,
        type: 'too_short',
      };
    case ValueErrorType.ArrayMaxItems:
      return {
        message: `List should have at most ${String(limit(error, 'maxItems'))} item(s)`,
        type: 'too_long',
      };
    case ValueErrorType.Literal:
    case ValueErrorType.Union:
      return { message: `Input is not one of the allowed values`, type: 'literal_error' };
    default:
      return { message: error.message, type: 'value_error' };
  }
}

function location(path: string, prefix: readonly (string | number)[]): (string | number)[] {
  const segments = path === '' ? [] : path.slice(1).split('/');
  return [
    ...prefix,
    ...segments.map((segment) => {
      const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(key) ? Number(key) : key;
    }),
  ];
}

const discriminators = ['role', 'type'] as const;

function constOf(variant: unknown, key: string): unknown {
  if (typeof variant !== 'object' || variant === null) return undefined;
  const properties = (variant as { properties?: Record<string, { const?: unknown }> }).properties;
  return properties?.[key]?.const;
}

/**
 * For a failed union of objects told apart by `role` or `type` (chat messages, content parts),
 * the errors of the variant the value claims to be; or, when it names no known variant, an error
 * on the discriminator itself. Undefined when the union is not discriminated.
 */
function* explainUnion(error: ValueError): Generator<ValueError | Omit<ValueError, 'errors'>> {
  const variants = (error.schema as { anyOf?: unknown[] }).anyOf ?? [];
  const value = error.value;
  if (typeof value !== 'object' || value === null) {
    yield error;
    return;
  }
  for (const key of discriminators) {
    const allowed = variants.map((variant) => constOf(variant, key));
    if (allowed.some((entry) => entry === undefined)) continue;
    const claimed = (value as Record<string, unknown>)[key];
    const index = allowed.indexOf(claimed);
    if (index === -1) {
      yield {
        ...error,
        type: ValueErrorType.Literal,
        path: `${error.path}/${key}`,
        value: claimed,
        message: `Input should be ${allowed.map((entry) => `'${String(entry)}'`).join(', ')}`,
      };
      return;
    }
    const nested = error.errors[index];
    if (nested !== undefined) {
      for (const inner of nested)
        yield* inner.type === ValueErrorType.Union ? explainUnion(inner) : [inner];
      return;
    }
  }
  // Not discriminated: when only one variant has the value's JSON type, its errors explain best.
  const kind = Array.isArray(value) ? 'array' : 'object';
  const sameKind = variants.flatMap((variant, index) =>
    (variant as { type?: unknown }).type === kind ? [index] : [],
  );
  const nested = sameKind.length === 1 ? error.errors[sameKind[0] ?? -1] : undefined;
  if (nested !== undefined) {
    for (const inner of nested)
      yield* inner.type === ValueErrorType.Union ? explainUnion(inner) : [inner];
    return;
  }
  yield error;
}

/**
 * The first problems (at most `max`) of a value that failed a compiled schema, one per location,
 * as validation issues located under `prefix` (FastAPI's `["body", …]`).
 */
export function describeSchemaErrors<T extends TSchema>(
  check: TypeCheck<T>,
  value: unknown,
  prefix: readonly (string | number)[],
  max = 20,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const raw of check.Errors(value)) {
    const explained = raw.type === ValueErrorType.Union ? explainUnion(raw) : [raw];
    for (const error of explained) {
      if (seen.has(error.path)) continue;
      seen.add(error.path);
      const described =
        error.type === ValueErrorType.Literal && error.message.startsWith('Input should be')
          ? { message: error.message, type: 'literal_error' }
          : describe(error as ValueError);
      issues.push({ location: location(error.path, prefix), ...described });
      if (issues.length >= max) return issues;
    }
  }
  return issues;
}
