const MAX_BODY = 16_384;

/**
 * The fields of a form POST (urlencoded or multipart, as RFC 8058 allows both), or
 * `undefined` for another body or one larger than 16 KiB (read no further).
 */
export async function readForm(request: Request): Promise<Map<string, string> | undefined> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const text = await readCapped(request);
  if (text === undefined) return undefined;
  const fields = new Map<string, string>();
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(text, { headers: { 'content-type': type } })
      .formData()
      .catch(() => undefined);
    if (form === undefined) return undefined;
    form.forEach((value, name) => {
      if (typeof value === 'string' && !fields.has(name)) fields.set(name, value);
    });
    return fields;
  }
  // Receivers send urlencoded; a missing content type is read the same way.
  new URLSearchParams(text).forEach((value, name) => {
    if (!fields.has(name)) fields.set(name, value);
  });
  return fields;
}

async function readCapped(request: Request): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_BODY) return undefined;
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder().decode(bytes);
}
