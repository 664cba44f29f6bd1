import { FormatRegistry, Type, type Static } from '@sinclair/typebox';
import { GuardPolicyOverrideSchema } from '../../schema/guard-policy-schema.js';

// TypeBox's compiler rejects every value of a format it does not know: without this, no
// `expires_at` would ever pass. RFC 3339 date-time, with a time zone.
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;
if (!FormatRegistry.Has('date-time'))
  FormatRegistry.Set(
    'date-time',
    (value) => dateTime.test(value) && !Number.isNaN(Date.parse(value)),
  );

const positive = (description: string) =>
  Type.Optional(Type.Union([Type.Number({ exclusiveMinimum: 0 }), Type.Null()], { description }));
const names = (description: string) =>
  Type.Optional(
    Type.Union([Type.Array(Type.String({ minLength: 1 })), Type.Null()], { description }),
  );

/** Limits and scopes an admin may set on a key (create and update). */
const keySettings = {
  rpm: positive('Requests per minute.'),
  tpm: positive('Tokens per minute (input estimate + output cap reserved at admission).'),
  max_concurrency: positive('Requests in flight.'),
  budget_usd_per_day: positive('Spend cap per UTC day.'),
  budget_usd_per_month: positive('Spend cap per UTC month.'),
  models: names('Models or routes the key may ask for (null: any).'),
  surfaces: names('APIs the key may use: query, openai, anthropic, gemini (null: any).'),
  max_tokens_per_request: positive(
    'Largest output a request may ask for; requests without one get it.',
  ),
  expires_at: Type.Optional(
    Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: 'ISO 8601; null: never.',
    }),
  ),
  guard: Type.Optional(Type.Union([GuardPolicyOverrideSchema, Type.Null()])),
};

export const CreateKeySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    tenant: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Default: `default`.' }),
    ),
    ...keySettings,
  },
  { additionalProperties: false, $id: 'CreateKey' },
);
export type CreateKey = Static<typeof CreateKeySchema>;

export const UpdateKeySchema = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), ...keySettings },
  { additionalProperties: false, $id: 'UpdateKey' },
);
export type UpdateKey = Static<typeof UpdateKeySchema>;

export const RotateKeySchema = Type.Object(
  {
    overlap_seconds: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 30 * 86_400,
        description: 'How long the old key stays valid (default 3600).',
      }),
    ),
  },
  { additionalProperties: false, $id: 'RotateKey' },
);
export type RotateKey = Static<typeof RotateKeySchema>;

export const KeyViewSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    tenant: Type.String(),
    prefix: Type.String(),
    rpm: Type.Union([Type.Number(), Type.Null()]),
    tpm: Type.Union([Type.Number(), Type.Null()]),
    max_concurrency: Type.Union([Type.Number(), Type.Null()]),
    budget_usd_per_day: Type.Union([Type.Number(), Type.Null()]),
    budget_usd_per_month: Type.Union([Type.Number(), Type.Null()]),
    models: Type.Union([Type.Array(Type.String()), Type.Null()]),
    surfaces: Type.Union([Type.Array(Type.String()), Type.Null()]),
    max_tokens_per_request: Type.Union([Type.Number(), Type.Null()]),
    guard: Type.Union([GuardPolicyOverrideSchema, Type.Null()]),
    created_at: Type.String(),
    expires_at: Type.Union([Type.String(), Type.Null()]),
    last_used_at: Type.Union([Type.String(), Type.Null()]),
    revoked_at: Type.Union([Type.String(), Type.Null()]),
    replaced_by: Type.Union([Type.String(), Type.Null()]),
    status: Type.Union([
      Type.Literal('active'),
      Type.Literal('revoked'),
      Type.Literal('expired'),
      Type.Literal('rotating'),
    ]),
  },
  { $id: 'KeyView' },
);

export const IssuedKeySchema = Type.Composite(
  [
    KeyViewSchema,
    Type.Object({ key: Type.String({ description: 'The full key, shown this once.' }) }),
  ],
  { $id: 'IssuedKey' },
);
