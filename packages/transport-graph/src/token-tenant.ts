/**
 * The tenant (`tid` claim) of a Microsoft identity platform access token, read without
 * verifying it (Graph verifies; mailgate only compares tenants). `undefined` for an opaque
 * token or one without the claim. Never returns or keeps anything else of the token.
 */
export function tokenTenant(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload || token.split('.').length !== 3) return undefined;
  try {
    const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    if (typeof json !== 'object' || json === null) return undefined;
    const tid = (json as Record<string, unknown>).tid;
    return typeof tid === 'string' && tid ? tid.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
