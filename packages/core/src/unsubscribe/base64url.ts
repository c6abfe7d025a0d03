/* base64url without padding (RFC 4648 §5), through `btoa` and `atob`, which every runtime
   mailgate supports has (Node.js 16+, browsers, Deno, workers). */

/** The bytes in base64url, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text without padding; `undefined` when it is not such text. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  // Only the canonical text of the bytes: otherwise two tokens would decode alike.
  return toBase64Url(bytes) === text ? bytes : undefined;
}
