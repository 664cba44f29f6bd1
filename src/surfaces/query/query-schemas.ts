import { Type, type Static } from '@sinclair/typebox';

/**
 * The seed's `/query` contract. One TypeBox schema is the validator (compiled once), the
 * TypeScript type and the OpenAPI document. Unknown fields are rejected.
 */
export const QueryRequestSchema = Type.Object(
  {
    prompt: Type.String({
      minLength: 1,
      maxLength: 4000,
      // At least one non-whitespace character.
      pattern: '\\S',
      description: 'The prompt, 1 to 4,000 characters, not only whitespace.',
      examples: ['Explain what an LLM gateway does in one sentence.'],
    }),
    max_tokens: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 2048,
        default: 256,
        description: 'Upper bound on generated tokens.',
      }),
    ),
    temperature: Type.Optional(
      Type.Number({ minimum: 0, maximum: 2, default: 0.7, description: 'Sampling temperature.' }),
    ),
  },
  { additionalProperties: false, $id: 'QueryRequest' },
);

export type QueryRequest = Static<typeof QueryRequestSchema>;

export const CascadeStepSchema = Type.Object(
  {
    provider: Type.String(),
    model: Type.String(),
    status: Type.Union([Type.Literal('success'), Type.Literal('failed'), Type.Literal('skipped')]),
    reason: Type.Union([Type.String(), Type.Null()], {
      description: 'Error code of a failed attempt.',
    }),
    latency_ms: Type.Number(),
  },
  { $id: 'CascadeStep' },
);

export const UsageSchema = Type.Object(
  {
    prompt_tokens: Type.Integer(),
    completion_tokens: Type.Integer(),
    total_tokens: Type.Integer(),
  },
  { $id: 'QueryUsage' },
);

export const QueryResponseSchema = Type.Object(
  {
    response: Type.String(),
    provider: Type.String({ description: 'The provider that answered.' }),
    model: Type.String({ description: 'The model that answered.' }),
    latency_ms: Type.Number({ description: 'Time spent in the gateway, upstream included.' }),
    status: Type.Literal('success'),
    error: Type.Null(),
    cascade_path: Type.Array(CascadeStepSchema),
    usage: UsageSchema,
    cost_estimate_usd: Type.Number(),
    request_id: Type.String(),
  },
  { $id: 'QueryResponse' },
);

export const ValidationDetailSchema = Type.Object({
  loc: Type.Array(Type.Union([Type.String(), Type.Integer()])),
  msg: Type.String(),
  type: Type.String(),
});

export const QueryErrorSchema = Type.Object(
  {
    detail: Type.Union([Type.String(), Type.Array(ValidationDetailSchema)], {
      description: 'A message, or (422) the list of invalid fields in FastAPI form.',
    }),
    code: Type.String({ description: 'Stable error code (see docs/errors.md).' }),
    request_id: Type.String(),
    cascade_path: Type.Optional(Type.Array(CascadeStepSchema)),
  },
  { $id: 'QueryError' },
);
