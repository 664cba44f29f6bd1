import { Type, type Static } from '@sinclair/typebox';

/**
 * The Anthropic Messages request as the official SDKs send it. Fields the gateway does not
 * translate are accepted and ignored (documented); anything else is rejected.
 */

const cacheControl = Type.Optional(Type.Unknown({ description: 'Accepted, not forwarded.' }));

const TextBlock = Type.Object(
  {
    type: Type.Literal('text'),
    text: Type.String(),
    cache_control: cacheControl,
    citations: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);

const ImageBlock = Type.Object(
  {
    type: Type.Literal('image'),
    source: Type.Union([
      Type.Object(
        {
          type: Type.Literal('base64'),
          media_type: Type.Union([
            Type.Literal('image/jpeg'),
            Type.Literal('image/png'),
            Type.Literal('image/gif'),
            Type.Literal('image/webp'),
          ]),
          data: Type.String({ minLength: 1 }),
        },
        { additionalProperties: false },
      ),
      Type.Object(
        { type: Type.Literal('url'), url: Type.String({ minLength: 1 }) },
        { additionalProperties: false },
      ),
    ]),
    cache_control: cacheControl,
  },
  { additionalProperties: false },
);

const ToolUseBlock = Type.Object(
  {
    type: Type.Literal('tool_use'),
    id: Type.String({ minLength: 1 }),
    name: Type.String({ minLength: 1 }),
    input: Type.Record(Type.String(), Type.Unknown()),
    cache_control: cacheControl,
  },
  { additionalProperties: false },
);

const ToolResultBlock = Type.Object(
  {
    type: Type.Literal('tool_result'),
    tool_use_id: Type.String({ minLength: 1 }),
    content: Type.Optional(
      Type.Union([Type.String(), Type.Array(Type.Union([TextBlock, ImageBlock]))]),
    ),
    is_error: Type.Optional(Type.Boolean()),
    cache_control: cacheControl,
  },
  { additionalProperties: false },
);

const ContentBlock = Type.Union([TextBlock, ImageBlock, ToolUseBlock, ToolResultBlock]);

export const AnthropicMessageSchema = Type.Object(
  {
    role: Type.Union([Type.Literal('user'), Type.Literal('assistant'), Type.Literal('system')]),
    content: Type.Union([Type.String(), Type.Array(ContentBlock)]),
  },
  { additionalProperties: false },
);

const ToolSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 128 }),
    description: Type.Optional(Type.String()),
    input_schema: Type.Record(Type.String(), Type.Unknown()),
    type: Type.Optional(Type.Literal('custom')),
    cache_control: cacheControl,
  },
  { additionalProperties: false },
);

const ToolChoiceSchema = Type.Union([
  Type.Object(
    { type: Type.Literal('auto'), disable_parallel_tool_use: Type.Optional(Type.Boolean()) },
    { additionalProperties: false },
  ),
  Type.Object(
    { type: Type.Literal('any'), disable_parallel_tool_use: Type.Optional(Type.Boolean()) },
    { additionalProperties: false },
  ),
  Type.Object({ type: Type.Literal('none') }, { additionalProperties: false }),
  Type.Object(
    {
      type: Type.Literal('tool'),
      name: Type.String({ minLength: 1 }),
      disable_parallel_tool_use: Type.Optional(Type.Boolean()),
    },
    { additionalProperties: false },
  ),
]);

export const MessagesRequestSchema = Type.Object(
  {
    model: Type.String({ minLength: 1 }),
    max_tokens: Type.Integer({ minimum: 1 }),
    messages: Type.Array(AnthropicMessageSchema, { minItems: 1, maxItems: 2000 }),
    system: Type.Optional(Type.Union([Type.String(), Type.Array(TextBlock)])),
    temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    top_p: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    top_k: Type.Optional(Type.Integer({ minimum: 0, description: 'Accepted, not forwarded.' })),
    stop_sequences: Type.Optional(Type.Array(Type.String())),
    stream: Type.Optional(Type.Boolean()),
    tools: Type.Optional(Type.Array(ToolSchema, { maxItems: 128 })),
    tool_choice: Type.Optional(ToolChoiceSchema),
    output_config: Type.Optional(
      Type.Object(
        {
          format: Type.Optional(
            Type.Object(
              {
                type: Type.Literal('json_schema'),
                schema: Type.Record(Type.String(), Type.Unknown()),
              },
              { additionalProperties: false },
            ),
          ),
          effort: Type.Optional(Type.Unknown()),
        },
        { additionalProperties: false },
      ),
    ),
    metadata: Type.Optional(Type.Unknown({ description: 'Accepted, not forwarded.' })),
    service_tier: Type.Optional(Type.Unknown({ description: 'Accepted, not forwarded.' })),
    thinking: Type.Optional(Type.Unknown({ description: 'Accepted, not forwarded.' })),
  },
  { additionalProperties: false, $id: 'MessagesRequest' },
);

export type MessagesRequest = Static<typeof MessagesRequestSchema>;
export type AnthropicMessage = Static<typeof AnthropicMessageSchema>;

export const AnthropicErrorSchema = Type.Object(
  {
    type: Type.Literal('error'),
    error: Type.Object({ type: Type.String(), message: Type.String(), code: Type.String() }),
    request_id: Type.String(),
  },
  { $id: 'AnthropicError' },
);
