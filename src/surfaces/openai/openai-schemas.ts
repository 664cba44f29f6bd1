import { Type, type Static } from '@sinclair/typebox';

/**
 * The OpenAI Chat Completions request, as the official SDKs send it. Fields of the OpenAI API the
 * gateway does not translate are accepted and ignored (documented); anything that is not an
 * OpenAI field is rejected, as OpenAI itself does ("Unrecognized request argument").
 */

const TextPart = Type.Object(
  { type: Type.Literal('text'), text: Type.String() },
  { additionalProperties: false },
);

const ImagePart = Type.Object(
  {
    type: Type.Literal('image_url'),
    image_url: Type.Object(
      {
        url: Type.String({ minLength: 1 }),
        detail: Type.Optional(
          Type.Union([Type.Literal('auto'), Type.Literal('low'), Type.Literal('high')]),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const UserContent = Type.Union([
  Type.String(),
  Type.Array(Type.Union([TextPart, ImagePart]), { minItems: 1 }),
]);
const TextContent = Type.Union([Type.String(), Type.Array(TextPart)]);

const ToolCallSchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    type: Type.Literal('function'),
    function: Type.Object(
      { name: Type.String({ minLength: 1 }), arguments: Type.String() },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const name = Type.Optional(Type.String());

export const OpenAIMessageSchema = Type.Union([
  Type.Object(
    { role: Type.Literal('system'), content: TextContent, name },
    { additionalProperties: false },
  ),
  Type.Object(
    { role: Type.Literal('developer'), content: TextContent, name },
    { additionalProperties: false },
  ),
  Type.Object(
    { role: Type.Literal('user'), content: UserContent, name },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      role: Type.Literal('assistant'),
      content: Type.Optional(Type.Union([TextContent, Type.Null()])),
      refusal: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      tool_calls: Type.Optional(Type.Array(ToolCallSchema)),
      name,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      role: Type.Literal('tool'),
      content: TextContent,
      tool_call_id: Type.String({ minLength: 1 }),
    },
    { additionalProperties: false },
  ),
]);

const ToolSchema = Type.Object(
  {
    type: Type.Literal('function'),
    function: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
        description: Type.Optional(Type.String()),
        parameters: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
        strict: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const ToolChoiceSchema = Type.Union([
  Type.Literal('none'),
  Type.Literal('auto'),
  Type.Literal('required'),
  Type.Object(
    {
      type: Type.Literal('function'),
      function: Type.Object(
        { name: Type.String({ minLength: 1 }) },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
]);

const ResponseFormatSchema = Type.Union([
  Type.Object({ type: Type.Literal('text') }, { additionalProperties: false }),
  Type.Object({ type: Type.Literal('json_object') }, { additionalProperties: false }),
  Type.Object(
    {
      type: Type.Literal('json_schema'),
      json_schema: Type.Object(
        {
          name: Type.String({ minLength: 1 }),
          description: Type.Optional(Type.String()),
          schema: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          strict: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
        },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
]);

const ignored = (description: string) =>
  Type.Optional(Type.Unknown({ description: `Accepted, not forwarded: ${description}` }));

export const ChatCompletionRequestSchema = Type.Object(
  {
    model: Type.String({
      minLength: 1,
      description: 'A route alias (`default`), `provider/model`, or a configured model id.',
    }),
    messages: Type.Array(OpenAIMessageSchema, { minItems: 1, maxItems: 2000 }),
    max_tokens: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    max_completion_tokens: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    temperature: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 2 }), Type.Null()])),
    top_p: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()])),
    stop: Type.Optional(
      Type.Union([Type.String(), Type.Array(Type.String(), { maxItems: 4 }), Type.Null()]),
    ),
    seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
    n: Type.Optional(
      Type.Union([Type.Literal(1), Type.Null()], { description: 'Only 1 is supported.' }),
    ),
    response_format: Type.Optional(ResponseFormatSchema),
    tools: Type.Optional(Type.Array(ToolSchema, { maxItems: 128 })),
    tool_choice: Type.Optional(ToolChoiceSchema),
    parallel_tool_calls: Type.Optional(Type.Boolean()),
    stream: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
    stream_options: Type.Optional(
      Type.Union([
        Type.Object(
          {
            include_usage: Type.Optional(Type.Boolean()),
            include_obfuscation: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    user: ignored('end-user id'),
    safety_identifier: ignored('end-user id'),
    metadata: ignored('metadata'),
    store: ignored('OpenAI storage'),
    service_tier: ignored('service tier'),
    frequency_penalty: ignored('penalty'),
    presence_penalty: ignored('penalty'),
    logit_bias: ignored('logit bias'),
    logprobs: ignored('log probabilities'),
    top_logprobs: ignored('log probabilities'),
    reasoning_effort: ignored('reasoning effort'),
    verbosity: ignored('verbosity'),
    prompt_cache_key: ignored('prompt cache key'),
  },
  { additionalProperties: false, $id: 'ChatCompletionRequest' },
);

export type ChatCompletionRequest = Static<typeof ChatCompletionRequestSchema>;
export type OpenAIMessage = Static<typeof OpenAIMessageSchema>;

export const OpenAIErrorSchema = Type.Object(
  {
    error: Type.Object({
      message: Type.String(),
      type: Type.String(),
      param: Type.Union([Type.String(), Type.Null()]),
      code: Type.String({ description: 'Stable gateway error code (docs/errors.md).' }),
      request_id: Type.String(),
    }),
  },
  { $id: 'OpenAIError' },
);

export const ChatCompletionSchema = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('chat.completion'),
    created: Type.Integer(),
    model: Type.String(),
    choices: Type.Array(
      Type.Object({
        index: Type.Integer(),
        message: Type.Object({
          role: Type.Literal('assistant'),
          content: Type.Union([Type.String(), Type.Null()]),
          refusal: Type.Null(),
          tool_calls: Type.Optional(Type.Array(ToolCallSchema)),
        }),
        finish_reason: Type.String(),
        logprobs: Type.Null(),
      }),
    ),
    usage: Type.Object({
      prompt_tokens: Type.Integer(),
      completion_tokens: Type.Integer(),
      total_tokens: Type.Integer(),
    }),
  },
  { $id: 'ChatCompletion' },
);
