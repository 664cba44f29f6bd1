/** OpenAI's error envelope: all four keys present, `param` and `code` may be null. */
export function openAiErrorBody(
  message: string,
  type: string,
  param: string | null,
  code: string | number | null,
): { readonly error: Record<string, unknown> } {
  return { error: { message, type, param, code } };
}
