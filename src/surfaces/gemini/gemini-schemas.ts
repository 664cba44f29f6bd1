import { Type, type Static } from '@sinclair/typebox';

/**
 * The Gemini `generateContent` request as the official SDKs send it (camelCase, `contents` of
 * `user`/`model` turns). Settings the gateway does not translate are accepted and ignored
 * (documented); anything else is rejected.
 */

const accepted = Type.Optional(Type.Unknown({ description: 'Accepted, not forwarded.' }));

const PartSchema = Type.Object(
  {
    text: Type.Optional(Type.String()),
    inlineData: Type.Optional(
      Type.Object(
        { mimeType: Type.String({ minLength: 1 }), data: Type.String({ minLength: 1 }) },
        { additionalProperties: false },
      ),
    ),
    fileData: Type.Optional(
      Type.Object(
        { mimeType: Type.Optional(Type.String()), fileUri: Type.String({ minLength: 1 }) },
        { additionalProperties: false },
      ),
    ),
    functionCall: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 1 }),
          args: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          id: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    functionResponse: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 1 }),
          response: Type.Record(Type.String(), Type.Unknown()),
          id: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
    thought: Type.Optional(Type.Boolean()),
    thoughtSignature: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const ContentSchema = Type.Object(
  {
    role: Type.Optional(Type.Union([Type.Literal('user'), Type.Literal('model')])),
    parts: Type.Array(PartSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);

const FunctionDeclarationSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 128 }),
    description: Type.Optional(Type.String()),
    parameters: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    parametersJsonSchema: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    response: accepted,
    responseJsonSchema: accepted,
    behavior: accepted,
  },
  { additionalProperties: false },
);

export const GenerateContentRequestSchema = Type.Object(
  {
    contents: Type.Array(ContentSchema, { minItems: 1, maxItems: 2000 }),
    systemInstruction: Type.Optional(
      Type.Object(
        { role: Type.Optional(Type.String()), parts: Type.Array(PartSchema) },
        { additionalProperties: false },
      ),
    ),
    tools: Type.Optional(
      Type.Array(
        Type.Object(
          {
            functionDeclarations: Type.Optional(Type.Array(FunctionDeclarationSchema)),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    toolConfig: Type.Optional(
      Type.Object(
        {
          functionCallingConfig: Type.Optional(
            Type.Object(
              {
                mode: Type.Optional(
                  Type.Union([
                    Type.Literal('AUTO'),
                    Type.Literal('ANY'),
                    Type.Literal('NONE'),
                    Type.Literal('VALIDATED'),
                    Type.Literal('MODE_UNSPECIFIED'),
                  ]),
                ),
                allowedFunctionNames: Type.Optional(Type.Array(Type.String())),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    generationConfig: Type.Optional(
      Type.Object(
        {
          temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 2 })),
          topP: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
          topK: accepted,
          candidateCount: Type.Optional(Type.Literal(1, { description: 'Only 1 is supported.' })),
          maxOutputTokens: Type.Optional(Type.Integer({ minimum: 1 })),
          stopSequences: Type.Optional(Type.Array(Type.String(), { maxItems: 5 })),
          seed: Type.Optional(Type.Integer()),
          responseMimeType: Type.Optional(Type.String()),
          responseSchema: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          responseJsonSchema: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
          presencePenalty: accepted,
          frequencyPenalty: accepted,
          thinkingConfig: accepted,
          responseLogprobs: accepted,
          logprobs: accepted,
          responseModalities: accepted,
          mediaResolution: accepted,
        },
        { additionalProperties: false },
      ),
    ),
    safetySettings: accepted,
    cachedContent: accepted,
    labels: accepted,
  },
  { additionalProperties: false, $id: 'GenerateContentRequest' },
);

export type GenerateContentRequest = Static<typeof GenerateContentRequestSchema>;
export type GeminiContent = Static<typeof ContentSchema>;

export const GoogleErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.Integer(),
      message: Type.String(),
      status: Type.String(),
      details: Type.Array(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { $id: 'GoogleError' },
);
