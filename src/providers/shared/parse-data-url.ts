const dataUrl = /^data:([^;,]+);base64,(.*)$/s;

/** Splits a base64 `data:` URL into its media type and data; undefined for any other URL. */
export function parseDataUrl(url: string): { mediaType: string; data: string } | undefined {
  const match = dataUrl.exec(url);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { mediaType: match[1], data: match[2] };
}
