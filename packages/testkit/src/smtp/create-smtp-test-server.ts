import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';
import {
  parseSmtpReply,
  type SmtpAnswerObject,
  type SmtpScriptCommand,
  toAnswerObject,
} from './smtp-script';
import { SmtpScriptBook, type SmtpServerScript } from './smtp-script-book';
import { type TestCertificate, testCertificate } from './test-certificate';

/** Options of `createSmtpTestServer`. */
export interface SmtpTestServerOptions {
  /**
   * Require AUTH (PLAIN or LOGIN) with these credentials before MAIL FROM. Without it, AUTH is
   * offered but optional, and any credentials are accepted.
   */
  readonly auth?: { readonly user: string; readonly pass: string };
  /**
   * TLS: `'starttls'` offers STARTTLS; `'require-starttls'` also refuses AUTH and MAIL FROM
   * before it; `'implicit'` speaks TLS from the first byte (like port 465). Default: none. The
   * certificate is made at run time; trust it with `tls: { ca: server.certificate }`.
   */
  readonly tls?: 'starttls' | 'require-starttls' | 'implicit';
  /** Waits this long before every answer (also settable with `server.script.latency`). */
  readonly latencyMs?: number;
  /** The largest message accepted, in bytes (advertised as SIZE). */
  readonly size?: number;
}

/** A message the server accepted. */
export interface SmtpTestMessage {
  /** The server's queue id, also in its 250 reply. */
  readonly id: string;
  readonly sessionId: string;
  /** The envelope sender (MAIL FROM). */
  readonly from: string;
  /** The envelope recipients the server accepted (RCPT TO). */
  readonly to: readonly string[];
  /** The message as received (headers and body, CRLF line ends). */
  readonly raw: string;
  /** The top-level headers, names in lower case (the first of each). */
  readonly headers: Readonly<Record<string, string>>;
  readonly subject?: string;
  readonly messageId?: string;
  /** The user that authenticated, if any. */
  readonly user?: string;
  /** Whether the session was encrypted. */
  readonly secure: boolean;
}

/** One command the server answered, and how. */
export interface SmtpTestCall {
  readonly command: SmtpScriptCommand;
  readonly sessionId: string;
  /** MAIL FROM / RCPT TO address; AUTH user name (never the password). */
  readonly address?: string;
  /** The reply sent (`'250 Accepted'`), or `'(dropped)'`, `'(raw)'`, `'(lost reply)'`. */
  readonly answer: string;
}

/** A scriptable SMTP server on 127.0.0.1. */
export interface SmtpTestServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** `smtp://127.0.0.1:<port>` (`smtps://` with implicit TLS). */
  readonly url: string;
  /** The test certificate (PEM), when TLS is on. */
  readonly certificate?: string;
  /** Scripts the answers: per command, per address, per call. */
  readonly script: SmtpServerScript;
  /** The messages accepted, in order. */
  readonly messages: readonly SmtpTestMessage[];
  /** Every command answered through a script hook, in order. */
  readonly calls: readonly SmtpTestCall[];
  /** How many connections were opened. */
  readonly connectionCount: number;
  /** Clears the scripts, the recorded messages and calls. */
  reset(): void;
  /** Closes every connection and stops listening. */
  close(): Promise<void>;
}

const dropped = Symbol('dropped');
type Dropped = typeof dropped;

/**
 * Starts a scriptable SMTP server on 127.0.0.1 (a free port), for tests: it accepts everything
 * until told otherwise, and records every message it accepts.
 */
export async function createSmtpTestServer(
  options: SmtpTestServerOptions = {},
): Promise<SmtpTestServer> {
  const book = new SmtpScriptBook();
  if (options.latencyMs) book.latency(options.latencyMs);
  const messages: SmtpTestMessage[] = [];
  const calls: SmtpTestCall[] = [];
  let connectionCount = 0;
  let queueCounter = 0;
  let generation = 0;
  /** The generation each session's current call started in (SMTP answers one call at a time). */
  const callGeneration = new Map<string, number>();
  const begin = (session: SMTPServerSession) => {
    callGeneration.set(session.id, generation);
  };
  const certificate: TestCertificate | undefined = options.tls
    ? await testCertificate()
    : undefined;
  const requireTls = options.tls === 'require-starttls';

  const socketOf = (session: SMTPServerSession): Socket | undefined => {
    for (const connection of server.connections) {
      if (connection.id === session.id) return connection._socket;
    }
    return undefined;
  };
  const drop = (session: SMTPServerSession): Dropped => {
    socketOf(session)?.destroy();
    return dropped;
  };
  const writeRaw = (session: SMTPServerSession, raw: string): Dropped => {
    const socket = socketOf(session);
    if (socket && !socket.destroyed) socket.end(`${raw}\r\n`);
    return dropped;
  };
  const record = (
    command: SmtpScriptCommand,
    session: SMTPServerSession,
    answer: string,
    address?: string,
  ) => {
    // A call still in flight when the server is reset belongs to the test before.
    if (callGeneration.get(session.id) !== generation) return;
    calls.push(
      address === undefined
        ? { command, sessionId: session.id, answer }
        : { command, sessionId: session.id, address, answer },
    );
  };

  /**
   * Applies an answer that is not the normal one. Answers `undefined` when the normal answer
   * should follow, an Error carrying the reply to refuse, or `dropped` when the connection is gone.
   */
  const apply = async (
    command: SmtpScriptCommand,
    session: SMTPServerSession,
    answer: SmtpAnswerObject,
    address: string | undefined,
  ): Promise<Error | Dropped | undefined> => {
    const delay = answer.delayMs ?? book.latencyMs;
    if (delay > 0) await sleep(delay);
    if (answer.raw !== undefined) {
      record(command, session, '(raw)', address);
      return writeRaw(session, answer.raw);
    }
    if (answer.drop) {
      record(command, session, '(dropped)', address);
      return drop(session);
    }
    if (answer.reply === undefined) return undefined;
    const reply = parseSmtpReply(answer.reply);
    if (reply.code < 400) return undefined;
    record(command, session, answer.reply, address);
    return Object.assign(new Error(reply.text), { responseCode: reply.code });
  };

  const serverOptions: SMTPServerOptions = {
    logger: false,
    disableReverseLookup: true,
    hideENHANCEDSTATUSCODES: true,
    authOptional: !options.auth,
    allowInsecureAuth: !requireTls,
    authMethods: ['PLAIN', 'LOGIN'],
    ...(options.size ? { size: options.size } : {}),
    ...(certificate ? { key: certificate.key, cert: certificate.cert } : { hideSTARTTLS: true }),
    ...(options.tls === 'implicit' ? { secure: true } : {}),
    onConnect(session, callback) {
      begin(session);
      connectionCount++;
      void (async () => {
        const answer = toAnswerObject(await book.answer('CONNECT', { sessionId: session.id }));
        const outcome = await apply('CONNECT', session, answer, undefined);
        if (outcome === dropped) return;
        if (!outcome) record('CONNECT', session, '220 ready');
        callback(outcome);
      })().catch(callback);
    },
    onAuth(auth, session, callback) {
      begin(session);
      void (async () => {
        const user = auth.username ?? '';
        const answer = toAnswerObject(
          await book.answer('AUTH', { sessionId: session.id, address: user }),
        );
        const outcome = await apply('AUTH', session, answer, user);
        if (outcome === dropped) return;
        if (outcome) return callback(outcome);
        if (requireTls && !session.secure) {
          record('AUTH', session, '530 5.7.0 Must issue a STARTTLS command first', user);
          return callback(smtpError(530, '5.7.0 Must issue a STARTTLS command first'));
        }
        const valid =
          !options.auth || (user === options.auth.user && auth.password === options.auth.pass);
        if (!valid) {
          record('AUTH', session, '535 5.7.8 Authentication credentials invalid', user);
          return callback(smtpError(535, '5.7.8 Authentication credentials invalid'));
        }
        record('AUTH', session, '235 Authentication successful', user);
        callback(null, { user });
      })().catch((error: Error) => callback(error));
    },
    onMailFrom(address, session, callback) {
      begin(session);
      void (async () => {
        if (requireTls && !session.secure) {
          record(
            'MAIL FROM',
            session,
            '530 5.7.0 Must issue a STARTTLS command first',
            address.address,
          );
          return callback(smtpError(530, '5.7.0 Must issue a STARTTLS command first'));
        }
        const answer = toAnswerObject(
          await book.answer('MAIL FROM', { sessionId: session.id, address: address.address }),
        );
        const outcome = await apply('MAIL FROM', session, answer, address.address);
        if (outcome === dropped) return;
        if (!outcome) record('MAIL FROM', session, '250 Accepted', address.address);
        callback(outcome);
      })().catch(callback);
    },
    onRcptTo(address, session, callback) {
      begin(session);
      void (async () => {
        const answer = toAnswerObject(
          await book.answer('RCPT TO', { sessionId: session.id, address: address.address }),
        );
        const outcome = await apply('RCPT TO', session, answer, address.address);
        if (outcome === dropped) return;
        if (!outcome) record('RCPT TO', session, '250 Accepted', address.address);
        callback(outcome);
      })().catch(callback);
    },
    onData(stream, session, callback) {
      begin(session);
      stream.on('error', () => {});
      // A message still in flight when the server is reset belongs to the test before.
      const born = generation;
      const accept = (message: SmtpTestMessage) => {
        if (born === generation) messages.push(message);
      };
      const envelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
      };
      void (async () => {
        const answer = toAnswerObject(
          await book.answer('DATA', { sessionId: session.id, envelope }),
        );
        if (answer.drop === true) {
          // Mid-DATA: the message is never complete, so it is never accepted.
          record('DATA', session, '(dropped)');
          stream.resume();
          drop(session);
          return;
        }
        const raw = await readAll(stream);
        if (answer.drop === 'after-accept') {
          accept(toMessage(`Q${++queueCounter}`, session, envelope, raw));
          record('DATA', session, '(lost reply)');
          drop(session);
          return;
        }
        const outcome = await apply('DATA', session, answer, undefined);
        if (outcome === dropped) return;
        if (outcome) return callback(outcome);
        const id = `Q${++queueCounter}`;
        accept(toMessage(id, session, envelope, raw));
        const reply = answer.reply
          ? parseSmtpReply(answer.reply).text
          : `2.0.0 Ok: queued as ${id}`;
        record('DATA', session, `250 ${reply}`);
        callback(null, reply);
      })().catch((error: Error) => callback(error));
    },
  };

  const server = new SMTPServer({
    ...serverOptions,
    onClose(session) {
      callGeneration.delete(session.id);
    },
  });
  server.on('error', () => {
    // Clients that drop their connection are part of the tests; nothing to report.
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    host: '127.0.0.1',
    port,
    url: `${options.tls === 'implicit' ? 'smtps' : 'smtp'}://127.0.0.1:${port}`,
    ...(certificate ? { certificate: certificate.cert } : {}),
    script: book,
    messages,
    calls,
    get connectionCount() {
      return connectionCount;
    },
    reset() {
      generation++;
      book.clear();
      if (options.latencyMs) book.latency(options.latencyMs);
      messages.length = 0;
      calls.length = 0;
      connectionCount = 0;
    },
    close() {
      return new Promise<void>((resolve) => {
        for (const connection of server.connections) connection._socket.destroy();
        server.close(() => resolve());
      });
    },
  };
}

function smtpError(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function toMessage(
  id: string,
  session: SMTPServerSession,
  envelope: { from: string; to: string[] },
  raw: string,
): SmtpTestMessage {
  const headers = parseHeaders(raw);
  const user = typeof session.user === 'string' ? session.user : undefined;
  return {
    id,
    sessionId: session.id,
    from: envelope.from,
    to: envelope.to,
    raw,
    headers,
    ...(headers.subject !== undefined ? { subject: headers.subject } : {}),
    ...(headers['message-id'] !== undefined ? { messageId: headers['message-id'] } : {}),
    ...(user !== undefined ? { user } : {}),
    secure: session.secure,
  };
}

function parseHeaders(raw: string): Record<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in headers)) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}
