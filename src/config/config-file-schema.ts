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
    headers: Type.Optional(Type.Record(Type.String(), Type.String())),
    models: Type.Array(ModelEntry, { minItems: 1 }),
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
    routes: Type.Optional(
      Type.Record(
        Type.String({ minLength: 1 }),
        Type.Array(Type.String({ minLength: 3 }), { minItems: 1 }),
      ),
    ),
  },
  { additionalProperties: false },
);

export type ConfigFile = Static<typeof ConfigFileSchema>;
