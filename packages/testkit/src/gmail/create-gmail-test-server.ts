import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { gmailErrors, gmailTokenErrors } from './gmail-errors';
import {
  type GmailMailboxMessage,
  type GmailMailboxMessageOptions,
  internalDateOf,
  matchesQuery,
} from './gmail-mailbox';
import {
  type GmailAnswerObject,
  type GmailOperation,
  GmailScriptBook,
  type GmailServerScript,
} from './gmail-script';
import { decodeBase64Url, readRawMessage } from './read-raw-message';

/** The access token the emulator accepts unless told others. */
export const gmailTestAccessToken = 'ya29.mailgate-test-access-token';

/** Options of `createGmailTestServer`. */
export interface GmailTestServerOptions {
  /** Bearer tokens the API accepts, besides those the token endpoint issues. Default: `[gmailTestAccessToken]`. */
  readonly accessTokens?: readonly string[];
  /** Refresh tokens the token endpoint accepts; others get `invalid_grant`. Default: any. */
  readonly refreshTokens?: readonly string[];
  /** The mailbox's address, answered by `users.getProfile`. Default `sender@mailgate.test`. */
  readonly emailAddress?: string;
}

/** A message the emulator accepted through `users.messages.send`. */
export interface GmailTestMessage {
  readonly id: string;
  readonly threadId: string;
  readonly userId: string;
  /** The decoded raw message (RFC 822 text). */
  readonly raw: string;
  /** Top-level headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject?: string;
}

/** One request the emulator answered. It never holds a token or a secret, only their state. */
export interface GmailTestCall {
  readonly operation: GmailOperation | 'unknown';
  readonly method: string;
  /** The path without the query. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly userId?: string;
  /** Whether a bearer token came, and whether the emulator knows it. */
  readonly authorization: 'valid' | 'invalid' | 'missing';
  /** The status answered, `'hang'` or `'drop'`. */
  readonly status: number | 'hang' | 'drop';
  /** Token endpoint: the grant type, and for a service account's assertion its `sub` and `scope`. */
  readonly grantType?: string;
  readonly subject?: string;
  readonly scope?: string;
}

/** A Gmail API emulator on 127.0.0.1, with its token endpoint and a mailbox. */
export interface GmailTestServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** The `rootUrl` for googleapis: `http://127.0.0.1:<port>/`. */
  readonly rootUrl: string;
  /** The OAuth token endpoint: give it to `new OAuth2Client({ endpoints: { oauth2TokenUrl } })`. */
  readonly tokenUrl: string;
  readonly script: GmailServerScript;
  /** Messages accepted by `users.messages.send`, in order. */
  readonly messages: readonly GmailTestMessage[];
  /** Every request answered, in order. */
  readonly calls: readonly GmailTestCall[];
  /** Messages in the mailbox (bounces to read back), newest last. */
  readonly mailbox: readonly GmailMailboxMessage[];
  /** Puts a raw RFC 822 message into the mailbox. */
  addToMailbox(raw: string, options?: GmailMailboxMessageOptions): GmailMailboxMessage;
  /** Clears the scripts, the recorded messages and calls, the mailbox and issued tokens. */
  reset(): void;
  /** Closes every connection and stops listening. */
  close(): Promise<void>;
}

interface Route {
  readonly operation: GmailOperation;
  readonly userId?: string;
  readonly messageId?: string;
}

function route(method: string, path: string): Route | undefined {
  if (method === 'POST' && path === '/token') return { operation: 'token' };
  const match = /^(?:\/upload)?\/gmail\/v1\/users\/([^/]+)\/(.+)$/.exec(path);
  if (!match?.[1] || !match[2]) return undefined;
  const userId = decodeURIComponent(match[1]);
  const rest = match[2];
  if (method === 'POST' && rest === 'messages/send') return { operation: 'send', userId };
  if (method === 'GET' && rest === 'profile') return { operation: 'profile', userId };
  if (method === 'GET' && rest === 'messages') return { operation: 'list', userId };
  const get = /^messages\/([^/]+)$/.exec(rest);
  if (method === 'GET' && get?.[1])
    return { operation: 'get', userId, messageId: decodeURIComponent(get[1]) };
  return undefined;
}

/**
 * Starts an emulator of the Gmail API (`users.messages.send`, `users.getProfile`,
 * `users.messages.list` and `get`) and of Google's OAuth token endpoint on 127.0.0.1, for the
 * real googleapis client. It answers with Gmail's own error bodies, can be scripted per call and
 * per recipient, and records requests without their tokens.
 */
export async function createGmailTestServer(
  options: GmailTestServerOptions = {},
): Promise<GmailTestServer> {
  const book = new GmailScriptBook();
  const configuredTokens = new Set(options.accessTokens ?? [gmailTestAccessToken]);
  const issuedTokens = new Set<string>();
  const messages: GmailTestMessage[] = [];
  const calls: GmailTestCall[] = [];
  let mailbox: GmailMailboxMessage[] = [];
  let counter = 0;
  let generation = 0;
  const nextId = () => (++counter).toString(16).padStart(16, '18c0000000000000');

  const accept = (userId: string, raw: string): GmailTestMessage => {
    const summary = readRawMessage(raw);
    const id = nextId();
    const message: GmailTestMessage = {
      id,
      threadId: id,
      userId,
      raw,
      headers: summary.headers,
      to: summary.to,
      cc: summary.cc,
      bcc: summary.bcc,
      ...(summary.headers.subject !== undefined ? { subject: summary.headers.subject } : {}),
    };
    messages.push(message);
    return message;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const started = generation;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const body = await text(request);
    const found = route(method, url.pathname);
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    const authorization: GmailTestCall['authorization'] = !header
      ? 'missing'
      : bearer && (configuredTokens.has(bearer) || issuedTokens.has(bearer))
        ? 'valid'
        : 'invalid';
    const base = {
      operation: found?.operation ?? ('unknown' as const),
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(found?.userId !== undefined ? { userId: found.userId } : {}),
      authorization,
    };
    let extra: Partial<GmailTestCall> = {};
    const answerWith = async (answer: GmailAnswerObject) => {
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      const status = answer.hang ? 'hang' : answer.drop ? 'drop' : (answer.status ?? 200);
      if (started === generation) calls.push({ ...base, ...extra, status });
      if (answer.hang) return; // the socket is destroyed on close()
      if (answer.drop) {
        request.socket.destroy();
        return;
      }
      const payload = answer.raw ?? JSON.stringify(answer.body ?? {});
      response.writeHead(answer.status ?? 200, {
        'content-type': answer.raw === undefined ? 'application/json; charset=UTF-8' : 'text/plain',
        ...answer.headers,
      });
      response.end(payload);
    };

    if (!found) return answerWith(gmailErrors.notFound());
    if (found.operation === 'token') {
      const form = new URLSearchParams(body);
      const grantType = form.get('grant_type') ?? undefined;
      const claims = grantType?.includes('jwt-bearer') ? jwtClaims(form.get('assertion')) : {};
      extra = {
        ...(grantType ? { grantType } : {}),
        ...(typeof claims.sub === 'string' ? { subject: claims.sub } : {}),
        ...(typeof claims.scope === 'string' ? { scope: claims.scope } : {}),
      };
      const scripted = await book.answer({ operation: 'token' });
      if (scripted) return answerWith(scripted);
      const refresh = form.get('refresh_token');
      if (
        grantType === 'refresh_token' &&
        (!refresh || (options.refreshTokens && !options.refreshTokens.includes(refresh)))
      )
        return answerWith(gmailTokenErrors.invalidGrant());
      const accessToken = `ya29.issued-${nextId()}`;
      issuedTokens.add(accessToken);
      return answerWith({
        body: {
          access_token: accessToken,
          expires_in: 3599,
          token_type: 'Bearer',
          scope: claims.scope ?? 'https://www.googleapis.com/auth/gmail.send',
        },
      });
    }
    if (authorization !== 'valid') return answerWith(gmailErrors.invalidCredentials());

    const userId = found.userId ?? 'me';
    if (found.operation === 'send') {
      const raw = readSendBody(body);
      const summary = raw === undefined ? undefined : readRawMessage(raw);
      const recipients = summary ? [...summary.to, ...summary.cc, ...summary.bcc] : [];
      const scripted = await book.answer({ operation: 'send', userId, recipients });
      if (scripted) {
        // A scripted answer accepts the message only when it says so (`accept`).
        if (!scripted.accept || raw === undefined) return answerWith(scripted);
        const message = accept(userId, raw);
        return answerWith({
          body: { id: message.id, threadId: message.threadId, labelIds: ['SENT'] },
          ...scripted,
        });
      }
      if (raw === undefined || !summary)
        return answerWith(
          gmailError400(
            "'raw' RFC822 payload message string or uploading message via /upload/* URL required",
          ),
        );
      if (summary.invalidTo) return answerWith(gmailErrors.invalidToHeader());
      if (!recipients.length) return answerWith(gmailErrors.recipientAddressRequired());
      const message = accept(userId, raw);
      return answerWith({
        body: { id: message.id, threadId: message.threadId, labelIds: ['SENT'] },
      });
    }
    const scripted = await book.answer({ operation: found.operation, userId });
    if (scripted) return answerWith(scripted);
    if (found.operation === 'profile') {
      return answerWith({
        body: {
          emailAddress: options.emailAddress ?? 'sender@mailgate.test',
          messagesTotal: mailbox.length + messages.length,
          threadsTotal: mailbox.length + messages.length,
          historyId: String(1000 + counter),
        },
      });
    }
    if (found.operation === 'list') {
      const matching = mailbox
        .filter((message) => matchesQuery(message, url.searchParams.get('q') ?? undefined))
        .sort((a, b) => b.internalDate - a.internalDate);
      const max = Math.min(500, Number(url.searchParams.get('maxResults') ?? 100) || 100);
      const offset = Number(url.searchParams.get('pageToken') ?? 0) || 0;
      const page = matching.slice(offset, offset + max);
      const next = offset + max < matching.length ? String(offset + max) : undefined;
      return answerWith({
        body: {
          ...(page.length ? { messages: page.map(({ id, threadId }) => ({ id, threadId })) } : {}),
          ...(next ? { nextPageToken: next } : {}),
          resultSizeEstimate: matching.length,
        },
      });
    }
    const message = mailbox.find((candidate) => candidate.id === found.messageId);
    if (!message) return answerWith(gmailErrors.notFound());
    const format = url.searchParams.get('format') ?? 'full';
    return answerWith({
      body: {
        id: message.id,
        threadId: message.threadId,
        labelIds: message.labelIds,
        snippet: '',
        sizeEstimate: Buffer.byteLength(message.raw),
        historyId: String(1000 + counter),
        internalDate: String(message.internalDate),
        ...(format === 'raw' ? { raw: Buffer.from(message.raw).toString('base64url') } : {}),
      },
    });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    host: '127.0.0.1',
    port,
    url,
    rootUrl: `${url}/`,
    tokenUrl: `${url}/token`,
    script: book,
    messages,
    calls,
    get mailbox() {
      return mailbox;
    },
    addToMailbox(raw, mailboxOptions = {}) {
      const id = mailboxOptions.id ?? nextId();
      const message: GmailMailboxMessage = {
        id,
        threadId: id,
        raw,
        internalDate: internalDateOf(raw, mailboxOptions.internalDate),
        labelIds: mailboxOptions.labelIds ?? ['INBOX'],
      };
      mailbox = [...mailbox, message];
      return message;
    },
    reset() {
      generation++;
      book.clear();
      messages.length = 0;
      calls.length = 0;
      mailbox = [];
      issuedTokens.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function gmailError400(message: string): GmailAnswerObject {
  return {
    status: 400,
    body: {
      error: {
        code: 400,
        message,
        errors: [{ message, domain: 'global', reason: 'invalidArgument' }],
        status: 'INVALID_ARGUMENT',
      },
    },
  };
}

/** The decoded `raw` of a send request's JSON body, if it has one. */
function readSendBody(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { raw?: unknown };
    return typeof parsed.raw === 'string' && parsed.raw ? decodeBase64Url(parsed.raw) : undefined;
  } catch {
    return undefined;
  }
}

/** The claims of a JWT assertion (the signature is not checked: this is a test double). */
function jwtClaims(assertion: string | null): Record<string, unknown> {
  const payload = assertion?.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(decodeBase64Url(payload)) as Record<string, unknown>;
  } catch {
    return {};
  }
}
