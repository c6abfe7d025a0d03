/** An SMTP server and its credentials, read from `smtp://user:pass@host:587`. */
export interface SmtpUrl {
  readonly host: string;
  readonly port: number;
  /** `smtps://`: TLS from the first byte. */
  readonly secure: boolean;
  readonly user?: string;
  readonly pass?: string;
  /** The URL with the password replaced by `***`: the only form that is ever printed. */
  readonly display: string;
}

/**
 * Reads a transport URL with the WHATWG URL parser. The problem it answers never repeats
 * the input, which may hold a password.
 */
export function parseSmtpUrl(
  text: string,
): { ok: true; url: SmtpUrl } | { ok: false; problem: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not a URL; expected smtp://user:pass@host:587' };
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    return {
      ok: false,
      problem: `${url.protocol.replace(/:$/, '')}:// is not supported here; expected smtp:// or smtps://`,
    };
  }
  if (url.hostname === '') return { ok: false, problem: 'the URL names no host' };
  const secure = url.protocol === 'smtps:';
  const port = url.port === '' ? (secure ? 465 : 587) : Number(url.port);
  let user: string | undefined;
  let pass: string | undefined;
  try {
    user = url.username === '' ? undefined : decodeURIComponent(url.username);
    pass = url.password === '' ? undefined : decodeURIComponent(url.password);
  } catch {
    return { ok: false, problem: 'the user name or password is not valid percent-encoding' };
  }
  if (pass !== undefined && user === undefined) {
    return { ok: false, problem: 'the URL has a password but no user name' };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const credentials =
    user === undefined ? '' : `${encodeURIComponent(user)}${pass === undefined ? '' : ':***'}@`;
  const display = `${url.protocol}//${credentials}${url.host}`;
  return {
    ok: true,
    url: {
      host,
      port,
      secure,
      display,
      ...(user === undefined ? {} : { user }),
      ...(pass === undefined ? {} : { pass }),
    },
  };
}

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
