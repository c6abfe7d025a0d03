import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type SesAnswer, sesErrorStatus } from './ses-answer';

/** Options of `createSesTestServer`. */
export interface SesTestServerOptions {
  /**
   * Accept only requests signed with this access key id; others get `403
   * UnrecognizedClientException`, as AWS answers an unknown key. Signatures are not checked.
   */
  readonly accessKeyId?: string;
  /**
   * The verified identities (addresses or domains). When given, a SendEmail whose sender is
   * not among them gets `MessageRejected: Email address is not verified…`, as in SES.
   */
  readonly verifiedIdentities?: readonly string[];
  /** The region named in texts. Default `us-east-1`. */
  readonly region?: string;
  /** The largest request body accepted, in bytes. Default 40 MB (SES's own limit). */
  readonly maxBodyBytes?: number;
}

/** One request the emulator answered. Never holds the Authorization header. */
export interface SesTestCall {
  /** `SendEmail`, `GetAccount`, `GetSuppressedDestination`, … or `Unknown`. */
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Request headers, names in lower case, without `authorization` and `x-amz-security-token`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, if any. */
  readonly body: unknown;
  /** The SDK's attempt number (`amz-sdk-request: attempt=N`), constant invocation id across retries. */
  readonly attempt?: number;
  readonly invocationId?: string;
  /** The status answered (0 when the call hung or was dropped). */
  readonly status: number;
  /** The exception answered, if any. */
  readonly error?: string;
}

/** An attachment of a message the SES emulator accepted. */
export interface SesTestAttachment {
  readonly fileName: string;
  readonly contentType?: string;
  readonly content: Buffer;
}

/** An e-mail the emulator accepted. */
export interface SesSentEmail {
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  /** Every envelope recipient (addresses only, lower case). */
  readonly recipients: readonly string[];
  readonly replyTo: readonly string[];
  readonly subject?: string;
  readonly text?: string;
  readonly html?: string;
  readonly headers: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly attachments: readonly SesTestAttachment[];
  /** The MIME message, for Raw content. */
  readonly raw?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly configurationSetName?: string;
}

/** An address on the SES emulator's account-level suppression list. */
export interface SesSuppressedEntry {
  readonly emailAddress: string;
  readonly reason: 'BOUNCE' | 'COMPLAINT';
  /** Seconds since the epoch. */
  readonly lastUpdateTime: number;
}

/** Scripts the emulator's answers: per call, per recipient, per operation. */
export interface SesServerScript {
  /**
   * Answers the next calls, one answer each, in order (optionally only calls of `operation`).
   * Per-call answers win over every other script.
   */
  next(answers: SesAnswer | readonly SesAnswer[], options?: { readonly operation?: string }): void;
  /** Answers every SendEmail that has `address` among its recipients (To, Cc or Bcc). */
  recipient(address: string, answer: SesAnswer): void;
  /** Answers every call of `operation` (`'*'`: every call). */
  always(operation: string, answer: SesAnswer): void;
}

/** An Amazon SES v2 emulator on 127.0.0.1. */
export interface SesTestServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** `http://127.0.0.1:<port>`: the `endpoint` of the SES client. */
  readonly url: string;
  readonly script: SesServerScript;
  /** Every request, in order. */
  readonly calls: readonly SesTestCall[];
  /** The e-mails accepted, in order. */
  readonly sent: readonly SesSentEmail[];
  /** The account-level suppression list, by lower-case address. */
  readonly suppressionList: ReadonlyMap<string, SesSuppressedEntry>;
  /** Puts an address on the account-level suppression list. */
  suppress(address: string, reason?: 'BOUNCE' | 'COMPLAINT', lastUpdateTime?: number): void;
  /** Forgets scripts, calls, sent e-mails and the suppression list. */
  reset(): void;
  /** Ends hanging calls, closes every connection and stops listening. */
  close(): Promise<void>;
}

interface Route {
  readonly operation: string;
  readonly method: string;
  readonly pattern: RegExp;
}

const routes: readonly Route[] = [
  { operation: 'SendEmail', method: 'POST', pattern: /^\/v2\/email\/outbound-emails$/ },
  { operation: 'GetAccount', method: 'GET', pattern: /^\/v2\/email\/account$/ },
  {
    operation: 'GetSuppressedDestination',
    method: 'GET',
    pattern: /^\/v2\/email\/suppression\/addresses\/([^/]+)$/,
  },
  {
    operation: 'DeleteSuppressedDestination',
    method: 'DELETE',
    pattern: /^\/v2\/email\/suppression\/addresses\/([^/]+)$/,
  },
  {
    operation: 'PutSuppressedDestination',
    method: 'PUT',
    pattern: /^\/v2\/email\/suppression\/addresses$/,
  },
  {
    operation: 'ListSuppressedDestinations',
    method: 'GET',
    pattern: /^\/v2\/email\/suppression\/addresses$/,
  },
];

const hiddenHeaders = new Set(['authorization', 'x-amz-security-token']);

/** Reply of a handler: status and JSON body, or an error. */
type Reply = { status: number; json: unknown } | { error: string; message: string };

/**
 * An Amazon SES v2 emulator on 127.0.0.1 speaking restJson1, for the real
 * `@aws-sdk/client-sesv2` (`endpoint: server.url`). It answers SendEmail, GetAccount and the
 * suppression-list operations, can be scripted per call, per recipient and per operation, and
 * records every request (without its Authorization header).
 */
export async function createSesTestServer(
  options: SesTestServerOptions = {},
): Promise<SesTestServer> {
  const region = options.region ?? 'us-east-1';
  const maxBodyBytes = options.maxBodyBytes ?? 40 * 1024 * 1024;
  const calls: SesTestCall[] = [];
  const sent: SesSentEmail[] = [];
  const suppressionList = new Map<string, SesSuppressedEntry>();
  let queue: Array<{ answer: SesAnswer; operation?: string }> = [];
  let byRecipient = new Map<string, SesAnswer>();
  let byOperation = new Map<string, SesAnswer>();
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();

  const script: SesServerScript = {
    next(answers, scriptOptions) {
      const list = Array.isArray(answers) ? answers : [answers as SesAnswer];
      for (const answer of list) {
        queue.push({
          answer,
          ...(scriptOptions?.operation ? { operation: scriptOptions.operation } : {}),
        });
      }
    },
    recipient(address, answer) {
      byRecipient.set(address.toLowerCase(), answer);
    },
    always(operation, answer) {
      byOperation.set(operation, answer);
    },
  };

  const pickAnswer = (operation: string, recipients: readonly string[]): SesAnswer | undefined => {
    const index = queue.findIndex(
      (entry) => entry.operation === undefined || entry.operation === operation,
    );
    if (index >= 0) {
      const [entry] = queue.splice(index, 1);
      return entry?.answer;
    }
    for (const recipient of recipients) {
      const answer = byRecipient.get(recipient);
      if (answer) return answer;
    }
    return byOperation.get(operation) ?? byOperation.get('*');
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (hiddenHeaders.has(name) || value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const sdkRequest = /attempt=(\d+)/.exec(headers['amz-sdk-request'] ?? '');
    const route = routes.find(
      (candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname),
    );
    const operation = route?.operation ?? 'Unknown';
    const { text, tooLarge } = await readBody(request, maxBodyBytes);
    let body: unknown;
    let bodyError = false;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        bodyError = true;
      }
    }
    const call: {
      -readonly [K in keyof SesTestCall]: SesTestCall[K];
    } = {
      operation,
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      ...(sdkRequest?.[1] ? { attempt: Number(sdkRequest[1]) } : {}),
      ...(headers['amz-sdk-invocation-id']
        ? { invocationId: headers['amz-sdk-invocation-id'] }
        : {}),
      status: 0,
    };
    calls.push(call);

    const reply = (answer: Reply | SesAnswer): void => {
      if ('hang' in answer) {
        hanging.add(response);
        response.once('close', () => hanging.delete(response));
        return;
      }
      if ('drop' in answer) {
        request.socket.destroy();
        return;
      }
      if ('pass' in answer) return;
      const requestId = randomUUID();
      if ('error' in answer) {
        const status = ('status' in answer && answer.status) || sesErrorStatus[answer.error] || 400;
        call.status = status;
        call.error = answer.error;
        response.writeHead(status, {
          'content-type': 'application/json',
          'x-amzn-requestid': requestId,
          'x-amzn-errortype': answer.error,
          ...('headers' in answer ? answer.headers : {}),
        });
        response.end(JSON.stringify({ message: answer.message ?? answer.error }));
        return;
      }
      if ('body' in answer) {
        call.status = answer.status;
        response.writeHead(answer.status, {
          'content-type': answer.contentType ?? 'text/plain',
          ...answer.headers,
        });
        response.end(answer.body);
        return;
      }
      call.status = answer.status;
      response.writeHead(answer.status, {
        'content-type': 'application/json',
        'x-amzn-requestid': requestId,
      });
      response.end(JSON.stringify(answer.json));
    };

    const accessKeyId = /Credential=([^/,\s]+)\//.exec(request.headers.authorization ?? '')?.[1];
    if (options.accessKeyId !== undefined && accessKeyId !== options.accessKeyId) {
      reply({
        error: 'UnrecognizedClientException',
        message: 'The security token included in the request is invalid.',
      });
      return;
    }
    if (tooLarge) {
      reply({ status: 413, body: 'Request Entity Too Large', contentType: 'text/plain' });
      return;
    }
    const email = operation === 'SendEmail' && !bodyError ? readEmail(body) : undefined;
    const scripted = pickAnswer(operation, email?.recipients ?? []);
    if (scripted && !('pass' in scripted)) {
      reply(scripted);
      return;
    }
    if (bodyError) {
      reply({ error: 'SerializationException', message: 'Could not parse the request body.' });
      return;
    }
    switch (operation) {
      case 'SendEmail':
        reply(sendEmail(email));
        return;
      case 'GetAccount':
        reply({ status: 200, json: account(sent.length) });
        return;
      case 'GetSuppressedDestination': {
        const address = decodeURIComponent(route?.pattern.exec(url.pathname)?.[1] ?? '');
        const entry = suppressionList.get(address.toLowerCase());
        reply(
          entry
            ? { status: 200, json: { SuppressedDestination: toSuppressedDestination(entry) } }
            : {
                error: 'NotFoundException',
                message: `Email address ${address} does not exist on your suppression list.`,
              },
        );
        return;
      }
      case 'DeleteSuppressedDestination': {
        const address = decodeURIComponent(route?.pattern.exec(url.pathname)?.[1] ?? '');
        reply(
          suppressionList.delete(address.toLowerCase())
            ? { status: 200, json: {} }
            : {
                error: 'NotFoundException',
                message: `Email address ${address} does not exist on your suppression list.`,
              },
        );
        return;
      }
      case 'PutSuppressedDestination': {
        const input = (body ?? {}) as { EmailAddress?: unknown; Reason?: unknown };
        if (
          typeof input.EmailAddress !== 'string' ||
          !input.EmailAddress.includes('@') ||
          (input.Reason !== 'BOUNCE' && input.Reason !== 'COMPLAINT')
        ) {
          reply({ error: 'BadRequestException', message: 'Invalid suppressed destination.' });
          return;
        }
        suppress(input.EmailAddress, input.Reason);
        reply({ status: 200, json: {} });
        return;
      }
      case 'ListSuppressedDestinations':
        reply(listSuppressed(url.searchParams));
        return;
      default:
        reply({
          status: 404,
          body: JSON.stringify({ message: 'Not Found' }),
          contentType: 'application/json',
          headers: { 'x-amzn-errortype': 'UnknownOperationException' },
        });
    }
  };

  const sendEmail = (email: ReturnType<typeof readEmail>): Reply => {
    if (!email?.from) {
      return { error: 'BadRequestException', message: 'Missing required field FromEmailAddress.' };
    }
    if (email.recipients.length === 0) {
      return { error: 'BadRequestException', message: "Missing required header 'To'." };
    }
    const illegal = [email.fromAddress, ...email.recipients].find(
      (address) => !/^[^@\s<>]+@[^@\s<>]+$/.test(address),
    );
    if (illegal !== undefined) return { error: 'BadRequestException', message: 'Illegal address' };
    if (options.verifiedIdentities) {
      const verified = options.verifiedIdentities.map((identity) => identity.toLowerCase());
      const domain = email.fromAddress.split('@')[1] ?? '';
      if (!verified.includes(email.fromAddress) && !verified.includes(domain)) {
        return {
          error: 'MessageRejected',
          message: `Email address is not verified. The following identities failed the check in region ${region.toUpperCase()}: ${email.fromAddress}`,
        };
      }
    }
    const messageId = `0100019${Date.now().toString(16)}-${randomUUID()}-000000`;
    sent.push({ messageId, ...email.message });
    return { status: 200, json: { MessageId: messageId } };
  };

  const suppress = (
    address: string,
    reason: 'BOUNCE' | 'COMPLAINT' = 'BOUNCE',
    lastUpdateTime = Math.floor(Date.now() / 1000),
  ): void => {
    suppressionList.set(address.toLowerCase(), { emailAddress: address, reason, lastUpdateTime });
  };

  const listSuppressed = (query: URLSearchParams): Reply => {
    const reasons = query.getAll('Reason');
    const pageSize = Math.min(Number(query.get('PageSize') ?? 1000) || 1000, 1000);
    const start = Number(query.get('NextToken') ?? 0);
    if (!Number.isInteger(start) || start < 0) {
      return { error: 'InvalidNextTokenException', message: 'The token is invalid.' };
    }
    const entries = [...suppressionList.values()].filter(
      (entry) => reasons.length === 0 || reasons.includes(entry.reason),
    );
    const page = entries.slice(start, start + pageSize);
    const next = start + pageSize < entries.length ? String(start + pageSize) : undefined;
    return {
      status: 200,
      json: {
        SuppressedDestinationSummaries: page.map((entry) => ({
          EmailAddress: entry.emailAddress,
          Reason: entry.reason,
          LastUpdateTime: entry.lastUpdateTime,
        })),
        ...(next ? { NextToken: next } : {}),
      },
    };
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    url: `http://127.0.0.1:${port}`,
    script,
    calls,
    sent,
    suppressionList,
    suppress,
    reset() {
      calls.length = 0;
      sent.length = 0;
      suppressionList.clear();
      queue = [];
      byRecipient = new Map();
      byOperation = new Map();
      for (const response of hanging) response.destroy();
      hanging.clear();
    },
    close() {
      for (const response of hanging) response.destroy();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<{ text: string; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) tooLarge = true;
    else chunks.push(chunk as Buffer);
  }
  return { text: tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge };
}

function account(sentCount: number): unknown {
  return {
    DedicatedIpAutoWarmupEnabled: false,
    EnforcementStatus: 'HEALTHY',
    ProductionAccessEnabled: true,
    SendingEnabled: true,
    SendQuota: { Max24HourSend: 50_000, MaxSendRate: 14, SentLast24Hours: sentCount },
  };
}

function toSuppressedDestination(entry: SesSuppressedEntry): unknown {
  return {
    EmailAddress: entry.emailAddress,
    Reason: entry.reason,
    LastUpdateTime: entry.lastUpdateTime,
    Attributes: { MessageId: 'emulated', FeedbackId: 'emulated' },
  };
}

/** The address in `"Name" <a@b>` or `a@b`, lower case. */
function addressOf(mailbox: string): string {
  const angle = /<([^<>]*)>\s*$/.exec(mailbox);
  return (angle?.[1] ?? mailbox).trim().toLowerCase();
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function textOf(value: unknown): string | undefined {
  const data = (value as { Data?: unknown } | undefined)?.Data;
  return typeof data === 'string' ? data : undefined;
}

/** Reads a SendEmail request body into what was sent (Simple or Raw content). */
function readEmail(body: unknown):
  | {
      from: string;
      fromAddress: string;
      recipients: string[];
      message: Omit<SesSentEmail, 'messageId'>;
    }
  | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const input = body as Record<string, unknown>;
  const destination = (input.Destination ?? {}) as Record<string, unknown>;
  const content = (input.Content ?? {}) as Record<string, unknown>;
  const simple = content.Simple as Record<string, unknown> | undefined;
  const rawData = (content.Raw as { Data?: unknown } | undefined)?.Data;
  const raw =
    typeof rawData === 'string' ? Buffer.from(rawData, 'base64').toString('utf8') : undefined;
  let to = strings(destination.ToAddresses);
  let cc = strings(destination.CcAddresses);
  const bcc = strings(destination.BccAddresses);
  let from = typeof input.FromEmailAddress === 'string' ? input.FromEmailAddress : '';
  if (raw !== undefined) {
    const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
    const header = (name: string) =>
      new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im')
        .exec(head)?.[1]
        ?.replace(/\r?\n[ \t]/g, ' ');
    if (to.length + cc.length + bcc.length === 0) {
      to = (header('To') ?? '').split(',').filter((part) => part.trim());
      cc = (header('Cc') ?? '').split(',').filter((part) => part.trim());
    }
    from ||= header('From') ?? '';
  }
  const tags: Record<string, string> = {};
  for (const tag of Array.isArray(input.EmailTags) ? input.EmailTags : []) {
    const { Name, Value } = (tag ?? {}) as { Name?: unknown; Value?: unknown };
    if (typeof Name === 'string' && typeof Value === 'string') tags[Name] = Value;
  }
  const headers = (Array.isArray(simple?.Headers) ? simple.Headers : []).flatMap((entry) => {
    const { Name, Value } = (entry ?? {}) as { Name?: unknown; Value?: unknown };
    return typeof Name === 'string' && typeof Value === 'string'
      ? [{ name: Name, value: Value }]
      : [];
  });
  const attachments = (Array.isArray(simple?.Attachments) ? simple.Attachments : []).flatMap(
    (entry) => {
      const item = (entry ?? {}) as Record<string, unknown>;
      if (typeof item.FileName !== 'string' || typeof item.RawContent !== 'string') return [];
      return [
        {
          fileName: item.FileName,
          ...(typeof item.ContentType === 'string' ? { contentType: item.ContentType } : {}),
          content: Buffer.from(item.RawContent, 'base64'),
        },
      ];
    },
  );
  const body_ = (simple?.Body ?? {}) as Record<string, unknown>;
  const subject = textOf(simple?.Subject);
  const text = textOf(body_.Text);
  const html = textOf(body_.Html);
  const recipients = [...to, ...cc, ...bcc].map(addressOf);
  return {
    from,
    fromAddress: addressOf(from),
    recipients,
    message: {
      from,
      to,
      cc,
      bcc,
      recipients,
      replyTo: strings(input.ReplyToAddresses),
      ...(subject !== undefined ? { subject } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(html !== undefined ? { html } : {}),
      headers,
      attachments,
      ...(raw !== undefined ? { raw } : {}),
      tags,
      ...(typeof input.ConfigurationSetName === 'string'
        ? { configurationSetName: input.ConfigurationSetName }
        : {}),
    },
  };
}
