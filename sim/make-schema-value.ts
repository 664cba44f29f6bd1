import { isRecord } from './is-record.js';

function schemaType(schema: unknown): string {
  if (!isRecord(schema)) return 'string';
  const type = schema.type;
  if (typeof type === 'string') return type.toLowerCase();
  if (Array.isArray(type)) {
    const first: unknown = type.find((entry) => entry !== 'null');
    if (typeof first === 'string') return first.toLowerCase();
  }
  if (isRecord(schema.properties)) return 'object';
  return 'string';
}

/** A plausible value for a JSON schema: enum's first value, "sim"/`text`, 1, true, [] or {}. */
export function makeSchemaValue(schema: unknown, text = 'sim'): unknown {
  if (isRecord(schema) && Array.isArray(schema.enum) && schema.enum.length > 0) {
    return schema.enum[0];
  }
  switch (schemaType(schema)) {
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return {};
    case 'null':
      return null;
    default:
      return text;
  }
}

/**
 * An object for an object schema with every `required` property set (or, with none required, the
 * first property; with no properties, `fallbackKey`). Strings get `text`.
 */
export function makeSchemaObject(
  schema: unknown,
  text: string,
  options: { readonly allProperties: boolean; readonly fallbackKey?: string },
): Record<string, unknown> {
  const properties = isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
  const required =
    isRecord(schema) && Array.isArray(schema.required)
      ? schema.required.filter((key): key is string => typeof key === 'string')
      : [];
  const names = Object.keys(properties);
  let keys: string[];
  if (required.length > 0) keys = required;
  else if (names.length > 0) keys = options.allProperties ? names : names.slice(0, 1);
  else keys = options.fallbackKey === undefined ? [] : [options.fallbackKey];
  const result: Record<string, unknown> = {};
  for (const key of keys) result[key] = makeSchemaValue(properties[key], text);
  return result;
}
