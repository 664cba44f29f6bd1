import { Type } from '@sinclair/typebox';
import { injectionModes, outputModes, piiModes, scannedRoles } from '../core/index.js';

const literals = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((value) => Type.Literal(value)));
const typeList = Type.Union([Type.Array(Type.String({ minLength: 1 })), Type.Null()], {
  description:
    'PII and secret types (email, phone, payment_card, iban, us_ssn, ipv4, ipv6, jwt, private_key, aws_access_key, openai_api_key, …); null: all.',
});

/**
 * A guard policy change, as a route in the configuration file and a key in the admin API write
 * it. Every field is optional; what is left out comes from the gateway's defaults.
 */
export const GuardPolicyOverrideSchema = Type.Object(
  {
    injection: Type.Optional(
      Type.Object(
        {
          mode: Type.Optional(literals(injectionModes)),
          threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
          roles: Type.Optional(Type.Array(literals(scannedRoles), { uniqueItems: true })),
        },
        { additionalProperties: false },
      ),
    ),
    pii: Type.Optional(
      Type.Object(
        { mode: Type.Optional(literals(piiModes)), types: Type.Optional(typeList) },
        { additionalProperties: false },
      ),
    ),
    output: Type.Optional(
      Type.Object(
        {
          mode: Type.Optional(literals(outputModes)),
          canary: Type.Optional(Type.Boolean()),
          types: Type.Optional(typeList),
        },
        { additionalProperties: false },
      ),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Guard policy: injection {mode: block|monitor|off, threshold, roles}, pii {mode: block|redact|redact_restore|monitor|off, types}, output {mode: block|monitor|off, canary, types}.',
  },
);
