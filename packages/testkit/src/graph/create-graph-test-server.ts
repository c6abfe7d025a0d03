import { createHash, randomUUID } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { text } from 'node:stream/consumers';
import { testCertificate } from '../smtp/test-certificate';
import { type GraphAnswer, graphAnswers } from './graph-answers';
import { createHttpsFetch, type FetchFunction } from './https-fetch';

/** Options of `createGraphTestServer`. */
export interface GraphTestServerOptions {
  /** Serve https with a test certificate (default), or plain http. The Graph client sends its bearer token only on https. */
  readonly https?: boolean;
  /**
   * The one access token the emulator accepts. Without it, any bearer token is accepted. A
   * request without a token is answered 401 `InvalidAuthenticationToken` either way, as Graph does.
   */
  readonly accessToken?: string;
}

/** A response for the scripted route: one answer, one per call (the last repeats), or computed. */
export type GraphResponse =
  | GraphAnswer
  | readonly GraphAnswer[]
  | ((call: {
      readonly callNumber: number;
      readonly recipients: readonly string[];
    }) => GraphAnswer);

/** A request the emulator answered. The Authorization header is never stored. */
export interface GraphTestCall {
  readonly method: string;
  /** The path without the query, e.g. `/v1.0/users/me@x.test/sendMail`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Request headers in lower case, without `authorization`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether a `Bearer` token came with the request. */
  readonly bearer: boolean;
  /** The SHA-256 (hex) of the bearer token, to compare with the expected one's hash. */
  readonly tokenHash?: string;
  readonly body: string;
  /** The status answered (0 when the connection was dropped). */
  readonly status: number;
}

/** A message sendMail accepted (or delivered before an error, with `deliver: true`). */
export interface GraphSentMail {
  /** The user in the path (`me` for /me/sendMail). */
  readonly user: string;
  /** The JSON `message` resource as posted, or undefined for the MIME form. */
  readonly message?: Readonly<Record<string, unknown>>;
  /** The decoded MIME, for the MIME form. */
  readonly mime?: string;
  readonly saveToSentItems?: boolean;
  /** Every recipient address (to, cc, bcc), in lower case. */
  readonly recipients: readonly string[];
  readonly subject?: string;
}

/** A message in the emulated mailbox, for readBounces. */
export interface GraphMailboxMessage {
  readonly id: string;
  readonly receivedDateTime: string;
  readonly subject: string;
  readonly from?: { readonly emailAddress: { readonly address: string; readonly name?: string } };
  /** The full MIME, served by `GET …/messages/{id}/$value`. */
  readonly raw: string;
}

/** How the Graph emulator answers, per call or per recipient. */
export interface GraphTestScript {
  /** How sendMail answers: per call (calls answered by a recipient's script do not count). Without it, 202. */
  sendMail(response: GraphResponse): void;
  /** How sendMail answers when the message goes to this recipient (to, cc or bcc). Wins over `sendMail`. */
  recipient(address: string, answer: GraphAnswer): void;
  /** How listing the mailbox's messages answers. Without it, the list. */
  listMessages(response: GraphResponse): void;
}

/** A Microsoft Graph emulator on 127.0.0.1 over HTTPS. */
export interface GraphTestServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** `https://127.0.0.1:<port>/`: the Graph client's `baseUrl`. */
  readonly baseUrl: string;
  /** The test certificate (PEM) the server uses, for https. */
  readonly certificate?: string;
  /** A fetch that trusts the test certificate: give it to the client (`graphTransport({ fetch })`). */
  readonly fetch: FetchFunction;
  readonly script: GraphTestScript;
  readonly calls: readonly GraphTestCall[];
  readonly sent: readonly GraphSentMail[];
  readonly mailbox: {
    /** Puts a message (its MIME) in the mailbox; subject and from are read from its headers. */
    add(input: {
      readonly raw: string;
      readonly receivedDateTime?: Date | string;
    }): GraphMailboxMessage;
    readonly messages: readonly GraphMailboxMessage[];
  };
  /** The SHA-256 (hex) of a token, as in `calls[].tokenHash`. */
  hashToken(token: string): string;
  /** Forgets scripts, calls, sent mail and mailbox messages. */
  reset(): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * A Microsoft Graph emulator on 127.0.0.1 (https by default) for `POST /users/{id}/sendMail`,
 * `GET /users/{id}/messages` and `GET /users/{id}/messages/{id}/$value`, answering with Graph's
 * own error bodies and headers, scriptable per call and per recipient.
 */
export async function createGraphTestServer(
  options: GraphTestServerOptions = {},
): Promise<GraphTestServer> {
  const useHttps = options.https ?? true;
  const certificate = useHttps ? await testCertificate() : undefined;
  const calls: GraphTestCall[] = [];
  const sent: GraphSentMail[] = [];
  const messages: GraphMailboxMessage[] = [];
  let sendMailResponse: GraphResponse | undefined;
  let listResponse: GraphResponse | undefined;
  const byRecipient = new Map<string, GraphAnswer>();
  let sendMailCalls = 0;
  let listCalls = 0;
  const sockets = new Set<Socket>();
  let baseUrl = '';

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await text(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const authorization = request.headers.authorization;
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers)) {
      if (key !== 'authorization' && value !== undefined)
        headers[key] = Array.isArray(value) ? value.join(', ') : value;
    }
    const record = (status: number) =>
      calls.push({
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers,
        bearer: token !== undefined,
        ...(token !== undefined ? { tokenHash: hashToken(token) } : {}),
        body,
        status,
      });

    const answer: GraphAnswer = (await route()) ?? graphAnswers.accepted;
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (answer.drop) {
      record(0);
      request.socket.destroy();
      return;
    }
    record(answer.status ?? 202);
    write(response, answer, headers['client-request-id']);

    async function route(): Promise<GraphAnswer | undefined> {
      if (token === undefined) return graphAnswers.accessTokenEmpty;
      if (options.accessToken !== undefined && token !== options.accessToken)
        return graphAnswers.invalidAuthenticationToken;
      const path = url.pathname.replace(/^\/(v1\.0|beta)/, '');
      const sendMail = /^\/(?:users\/([^/]+)|(me))\/sendMail$/i.exec(path);
      if (sendMail && request.method === 'POST') {
        const mail = readSendMail(decodeURIComponent(sendMail[1] ?? 'me'), body, headers);
        if (!mail) return graphAnswers.invalidMime;
        // A recipient's script wins and does not count as a call of the per-call script.
        const scripted = mail.recipients.map((address) => byRecipient.get(address)).find(Boolean);
        const answer =
          scripted ??
          pick(sendMailResponse, { callNumber: sendMailCalls++, recipients: mail.recipients });
        const status = answer?.status ?? 202;
        if ((status >= 200 && status < 300) || answer?.deliver) sent.push(mail);
        return answer;
      }
      const list = /^\/(?:users\/[^/]+|me)\/messages$/i.exec(path);
      if (list && request.method === 'GET') {
        const scripted = pick(listResponse, { callNumber: listCalls++, recipients: [] });
        return scripted ?? listMessages(url);
      }
      const value = /^\/(?:users\/[^/]+|me)\/messages\/([^/]+)\/\$value$/i.exec(path);
      if (value && request.method === 'GET') {
        const found = messages.find((message) => message.id === decodeURIComponent(value[1] ?? ''));
        if (!found)
          return {
            status: 404,
            code: 'ErrorItemNotFound',
            message: 'The specified object was not found in the store.',
          };
        return { status: 200, body: found.raw, contentType: 'text/plain' };
      }
      return {
        status: 400,
        code: 'BadRequest',
        message: `Resource not found for the segment '${path.split('/').pop() ?? ''}'.`,
      };
    }
  };

  const listMessages = (url: URL): GraphAnswer => {
    const filter = url.searchParams.get('$filter') ?? '';
    const since = /receivedDateTime\s+(ge|gt)\s+(\S+)/i.exec(filter);
    const top = Number(url.searchParams.get('$top') ?? 10) || 10;
    const skip = Number(url.searchParams.get('$skip') ?? 0) || 0;
    const ascending = /receivedDateTime\s+asc/i.test(url.searchParams.get('$orderby') ?? '');
    const selected = messages
      .filter((message) => {
        if (!since?.[2]) return true;
        const bound = Date.parse(since[2]);
        const at = Date.parse(message.receivedDateTime);
        return since[1]?.toLowerCase() === 'ge' ? at >= bound : at > bound;
      })
      .sort((a, b) => (ascending ? 1 : -1) * a.receivedDateTime.localeCompare(b.receivedDateTime));
    const page = selected.slice(skip, skip + top).map(({ raw: _raw, ...rest }) => rest);
    const next = new URL(url.pathname + url.search, baseUrl);
    next.searchParams.set('$skip', String(skip + top));
    return {
      status: 200,
      body: JSON.stringify({
        '@odata.context': `${baseUrl}v1.0/$metadata#users('x')/messages`,
        value: page,
        ...(skip + top < selected.length ? { '@odata.nextLink': next.toString() } : {}),
      }),
      contentType: 'application/json',
    };
  };

  const listener = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  };
  const server = certificate
    ? createHttpsServer({ cert: certificate.cert, key: certificate.key }, listener)
    : createHttpServer(listener);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `${useHttps ? 'https' : 'http'}://127.0.0.1:${port}/`;

  return {
    host: '127.0.0.1',
    port,
    baseUrl,
    ...(certificate ? { certificate: certificate.cert } : {}),
    fetch: createHttpsFetch({ ca: certificate?.cert ?? '' }),
    script: {
      sendMail(response) {
        sendMailResponse = response;
      },
      recipient(address, answer) {
        byRecipient.set(address.toLowerCase(), answer);
      },
      listMessages(response) {
        listResponse = response;
      },
    },
    calls,
    sent,
    mailbox: {
      add(input) {
        const message = mailboxMessage(input.raw, input.receivedDateTime);
        messages.push(message);
        return message;
      },
      messages,
    },
    hashToken,
    reset() {
      calls.length = 0;
      sent.length = 0;
      messages.length = 0;
      byRecipient.clear();
      sendMailResponse = undefined;
      listResponse = undefined;
      sendMailCalls = 0;
      listCalls = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function pick(
  response: GraphResponse | undefined,
  call: { callNumber: number; recipients: readonly string[] },
): GraphAnswer | undefined {
  if (response === undefined) return undefined;
  if (typeof response === 'function') return response(call);
  if (Array.isArray(response)) return response[Math.min(call.callNumber, response.length - 1)];
  return response as GraphAnswer;
}

function write(response: ServerResponse, answer: GraphAnswer, clientRequestId?: string): void {
  const status = answer.status ?? 202;
  const requestId = randomUUID();
  const headers: Record<string, string> = {
    'request-id': requestId,
    'client-request-id': clientRequestId ?? requestId,
    'x-ms-ags-diagnostic':
      '{"ServerInfo":{"DataCenter":"Loopback","Slice":"E","Ring":"0","ScaleUnit":"000","RoleInstance":"EMULATOR"}}',
    'strict-transport-security': 'max-age=31536000',
    ...answer.headers,
  };
  let body = answer.body;
  if (body === undefined && answer.code !== undefined) {
    body = JSON.stringify({
      error: {
        code: answer.code,
        message: answer.message ?? '',
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': requestId,
          'client-request-id': headers['client-request-id'],
        },
      },
    });
    headers['content-type'] = answer.contentType ?? 'application/json';
  } else if (body !== undefined) {
    headers['content-type'] = answer.contentType ?? 'text/plain';
  }
  response.writeHead(status, headers);
  response.end(body);
}

function readSendMail(
  user: string,
  body: string,
  headers: Record<string, string>,
): GraphSentMail | undefined {
  if ((headers['content-type'] ?? '').startsWith('text/plain')) {
    const mime = Buffer.from(body.trim(), 'base64').toString('utf8');
    if (!mime.includes(':')) return undefined;
    const header = (name: string) => readHeader(mime, name);
    const recipients = ['to', 'cc', 'bcc'].flatMap((name) => addressesIn(header(name) ?? ''));
    const subject = header('subject');
    return { user, mime, recipients, ...(subject !== undefined ? { subject } : {}) };
  }
  let parsed: { message?: Record<string, unknown>; saveToSentItems?: boolean };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return undefined;
  }
  const message = parsed.message ?? {};
  const recipients = ['toRecipients', 'ccRecipients', 'bccRecipients'].flatMap((key) => {
    const list = message[key];
    return Array.isArray(list)
      ? list.flatMap((entry: { emailAddress?: { address?: string } }) =>
          entry?.emailAddress?.address ? [entry.emailAddress.address.toLowerCase()] : [],
        )
      : [];
  });
  return {
    user,
    message,
    recipients,
    ...(typeof parsed.saveToSentItems === 'boolean'
      ? { saveToSentItems: parsed.saveToSentItems }
      : {}),
    ...(typeof message.subject === 'string' ? { subject: message.subject } : {}),
  };
}

function mailboxMessage(raw: string, received: Date | string | undefined): GraphMailboxMessage {
  const subject = readHeader(raw, 'subject') ?? '';
  const fromHeader = readHeader(raw, 'from') ?? '';
  const address = addressesIn(fromHeader)[0];
  const name = /^\s*"?([^"<]+?)"?\s*</.exec(fromHeader)?.[1];
  const at = received === undefined ? new Date() : new Date(received);
  return {
    id: `AAMkAD${randomUUID().replace(/-/g, '')}`,
    receivedDateTime: `${at.toISOString().slice(0, 19)}Z`,
    subject,
    ...(address ? { from: { emailAddress: { address, ...(name ? { name } : {}) } } } : {}),
    raw,
  };
}

/** The first header of that name in the header block, unfolded. */
function readHeader(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded);
  return match?.[1]?.trim();
}

function addressesIn(value: string): string[] {
  return [...value.matchAll(/[^\s<>,;"]+@[^\s<>,;"]+/g)].map((match) => match[0].toLowerCase());
}
