import { GuardPolicyOverrideSchema } from '../schema/guard-policy-schema.js';
import { Type, type Static } from '@sinclair/typebox';
import { providerDialects } from '../providers/index.js';

const ModelEntry = Type.Union([
  Type.String({ minLength: 1 }),
  Type.Object(
    {
      id: Type.String({ minLength: 1 }),
      input_per_million_usd: Type.Optional(Type.Number({ minimum: 0 })),
      output_per_million_usd: Type.Optional(Type.Number({ minimum: 0 })),
    },
    { additionalProperties: false },
  ),
]);

const ProviderEntry = Type.Object(
  {
    id: Type.String({ minLength: 1, pattern: '^[a-z0-9][a-z0-9_-]*$' }),
    dialect: Type.Union(providerDialects.map((dialect) => Type.Literal(dialect))),
    base_url: Type.Optional(Type.String({ minLength: 1 })),
    api_key: Type.Optional(Type.String()),
    api_keys: Type.Optional(
      Type.Array(Type.String(), { minItems: 1, description: 'A key pool, rotated.' }),
    ),
    headers: Type.Optional(Type.Record(Type.String(), Type.String())),
    models: Type.Array(ModelEntry, { minItems: 1 }),
  },
  { additionalProperties: false },
);

const TargetEntry = Type.Union([
  Type.String({ minLength: 3 }),
  Type.Object(
    {
      target: Type.String({ minLength: 3 }),
      weight: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
    },
    { additionalProperties: false },
  ),
]);

const RouteEntry = Type.Union([
  Type.Array(Type.String({ minLength: 3 }), { minItems: 1 }),
  Type.Object(
    {
      strategy: Type.Optional(
        Type.Union([
          Type.Literal('priority'),
          Type.Literal('weighted'),
          Type.Literal('least-latency'),
          Type.Literal('lowest-cost'),
        ]),
      ),
      targets: Type.Array(TargetEntry, { minItems: 1 }),
      deadline_ms: Type.Optional(Type.Integer({ minimum: 100, maximum: 3_600_000 })),
      guards: Type.Optional(GuardPolicyOverrideSchema),
      hedge: Type.Optional(
        Type.Object(
          {
            delay_ms: Type.Union([Type.Integer({ minimum: 1 }), Type.Literal('p95')]),
            max_share: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
            allow_tools: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
]);

const limit = (description: string) =>
  Type.Optional(Type.Number({ exclusiveMinimum: 0, description }));

const TenantEntry = Type.Object(
  {
    rpm: limit('Requests per minute for all keys of the tenant together.'),
    tpm: limit('Tokens per minute.'),
    max_concurrency: limit('Requests in flight.'),
    budget_usd_per_day: limit('Spend cap per UTC day.'),
    budget_usd_per_month: limit('Spend cap per UTC month.'),
  },
  { additionalProperties: false },
);

/**
 * The configuration file (`GATEWAY_CONFIG`, YAML): providers and routes. Server settings stay in
 * environment variables. Strings may reference the environment as `${NAME}` or `${NAME:-default}`.
 */
export const ConfigFileSchema = Type.Object(
  {
    providers: Type.Array(ProviderEntry, { minItems: 1 }),
    routes: Type.Optional(Type.Record(Type.String({ minLength: 1 }), RouteEntry)),
    tenants: Type.Optional(Type.Record(Type.String({ minLength: 1 }), TenantEntry)),
  },
  { additionalProperties: false },
);

export type ConfigFile = Static<typeof ConfigFileSchema>;
