/**
 * The wait Gmail asks for, in ms. Its rate-limit texts carry a time, not a header:
 * "User-rate limit exceeded.  Retry after 2026-01-01T00:15:00.000Z (Mail sending)". A
 * `Retry-After` header (seconds or an HTTP date) is read too. `undefined` when neither says.
 */
export function parseGmailRetryAfter(
  message: string | undefined,
  header: string | undefined,
  now: number,
): number | undefined {
  const match = message
    ? /retry after\s+(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}))/i.exec(
        message,
      )
    : null;
  if (match?.[1]) {
    const at = Date.parse(match[1]);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  if (header) {
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  return undefined;
}
