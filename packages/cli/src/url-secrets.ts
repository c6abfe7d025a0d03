// What `mailgate verify` takes out of everything it prints: the URL's password (read even
// from a URL too broken to parse) and the secrets a transport reads from the environment.

/** The password of a transport URL, when it has one, without reading anything else. */
export function secretsOfUrl(text: string): string[] {
  try {
    const url = new URL(text);
    const secrets = [url.password];
    try {
      secrets.push(decodeURIComponent(url.password));
    } catch {}
    return secrets.filter((secret) => secret !== '');
  } catch {
    // Not a URL: the part between the last ':' before '@' and the '@' may still be a secret.
    const match = /:([^:@/]+)@/.exec(text);
    return match?.[1] === undefined ? [] : [match[1]];
  }
}

/** The variables whose values are secrets, as @mailgate/config reads them. */
const secretVariables = [
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'MAILGATE_GRAPH_CLIENT_SECRET',
  'MAILGATE_GRAPH_ACCESS_TOKEN',
  'MAILGATE_GMAIL_CLIENT_SECRET',
  'MAILGATE_GMAIL_REFRESH_TOKEN',
  'MAILGATE_GMAIL_ACCESS_TOKEN',
];

/** The secrets a transport may read from `env`. */
export function secretsOfEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  return secretVariables
    .map((name) => env[name]?.trim() ?? '')
    .filter((secret) => secret.length >= 4);
}
