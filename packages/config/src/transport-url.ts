import { err, ok, type Result } from 'neverthrow';
import { type ConfigProblem, problem } from './problems';

/**
 * What a transport URL says; the rest of a transport's options come from the object form or
 * from the environment. Secrets in the user-info part are percent-encoded.
 */
export type TransportUrlParts =
  | {
      readonly type: 'smtp';
      readonly host: string;
      readonly port: number;
      readonly secure: boolean;
      readonly auth?: { readonly user: string; readonly pass: string };
    }
  | {
      readonly type: 'ses';
      readonly region: string;
      readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
    }
  | {
      readonly type: 'graph';
      readonly tenantId: string;
      readonly user: string;
      readonly clientId?: string;
      readonly clientSecret?: string;
    }
  | { readonly type: 'gmail'; readonly user: string };

export const transportTypes = ['smtp', 'ses', 'graph', 'gmail'] as const;
export type TransportType = (typeof transportTypes)[number];

const schemes: Record<string, TransportType> = {
  'smtp:': 'smtp',
  'smtps:': 'smtp',
  'ses:': 'ses',
  'graph:': 'graph',
  'gmail:': 'gmail',
};

/**
 * Reads `smtp://user:pass@host:587`, `smtps://…` (TLS from the first byte, port 465),
 * `ses://eu-west-1` (or `ses://keyId:secret@eu-west-1`), `graph://<tenant>/<user>` (or
 * `graph://clientId:secret@<tenant>/<user>`) and `gmail://<user>`. Problems name `path`,
 * never the URL: it may hold a password.
 */
export function parseTransportUrl(
  text: string,
  path: string,
): Result<TransportUrlParts, ConfigProblem[]> {
  const bad = (message: string) => err([problem('invalid_url', path, message)]);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text.trim())?.[1]?.toLowerCase();
  if (scheme === undefined) return bad('is not a URL (expected e.g. smtp://host:587)');
  const type = schemes[`${scheme}:`];
  if (type === undefined) {
    return err([
      problem(
        'unknown_transport',
        path,
        `names an unknown transport scheme "${scheme}:" (expected smtp, smtps, ses, graph or gmail)`,
      ),
    ]);
  }
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return bad('is not a well-formed URL');
  }
  const user = decode(url.username);
  const pass = decode(url.password);
  if (user === undefined || pass === undefined) {
    return bad('has malformed percent-encoding in its user or password part');
  }
  const rest = `${url.search}${url.hash}`;
  if (rest !== '') return bad('takes no query or fragment');
  switch (type) {
    case 'smtp': {
      const secure = scheme === 'smtps';
      if (url.hostname === '') return bad('names no host');
      if (url.pathname !== '' && url.pathname !== '/') return bad('takes no path');
      const port = url.port === '' ? (secure ? 465 : 587) : Number(url.port);
      return ok({
        type,
        host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port,
        secure,
        ...(user === '' ? {} : { auth: { user, pass } }),
      });
    }
    case 'ses': {
      if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(url.hostname)) {
        return bad('names no AWS region (expected e.g. ses://eu-west-1)');
      }
      if (url.port !== '' || (url.pathname !== '' && url.pathname !== '/')) {
        return bad('takes only a region');
      }
      if ((user === '') !== (pass === '')) return bad('needs both key id and secret, or neither');
      return ok({
        type,
        region: url.hostname,
        ...(user === '' ? {} : { credentials: { accessKeyId: user, secretAccessKey: pass } }),
      });
    }
    case 'graph': {
      const [, sender, ...more] = url.pathname.split('/');
      const sendingUser = decode(sender ?? '');
      if (url.hostname === '') return bad('names no tenant (expected graph://<tenant-id>/<user>)');
      if (sendingUser === undefined || sendingUser === '' || more.length > 0) {
        return bad('names no sending user (expected graph://<tenant-id>/<user>)');
      }
      if (url.port !== '') return bad('takes no port');
      if ((user === '') !== (pass === '')) {
        return bad('needs both client id and client secret, or neither');
      }
      return ok({
        type,
        tenantId: url.hostname,
        user: sendingUser,
        ...(user === '' ? {} : { clientId: user, clientSecret: pass }),
      });
    }
    case 'gmail': {
      // gmail://jobs@agency.example: the URL parser reads "jobs" as a user name.
      if (pass !== '' || url.port !== '' || (url.pathname !== '' && url.pathname !== '/')) {
        return bad('takes only the sending user (expected gmail://<user> or gmail://me)');
      }
      if (url.hostname === '') return bad('names no sending user');
      return ok({ type, user: user === '' ? url.hostname : `${user}@${url.hostname}` });
    }
  }
}

/**
 * The URL of `parts`; `redact` puts `***` where a password or secret is, for logs and
 * `describeConfig`.
 */
export function formatTransportUrl(parts: TransportUrlParts, redact = false): string {
  const secret = (value: string) => (redact ? '***' : encodeURIComponent(value));
  const userInfo = (user: string | undefined, pass: string | undefined) =>
    user === undefined ? '' : `${encodeURIComponent(user)}:${secret(pass ?? '')}@`;
  switch (parts.type) {
    case 'smtp':
      return `${parts.secure ? 'smtps' : 'smtp'}://${userInfo(parts.auth?.user, parts.auth?.pass)}${hostPart(parts.host)}:${parts.port}`;
    case 'ses':
      return `ses://${userInfo(parts.credentials?.accessKeyId, parts.credentials?.secretAccessKey)}${parts.region}`;
    case 'graph':
      return `graph://${userInfo(parts.clientId, parts.clientSecret)}${parts.tenantId}/${encodeURIComponent(parts.user)}`;
    case 'gmail': {
      const at = parts.user.lastIndexOf('@');
      return at < 0
        ? `gmail://${parts.user}`
        : `gmail://${encodeURIComponent(parts.user.slice(0, at))}@${parts.user.slice(at + 1)}`;
    }
  }
}

function hostPart(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
