import { connect, type Socket } from 'node:net';
import { connect as connectTls, type TLSSocket } from 'node:tls';

/**
 * A minimal SMTP client for testing the test server itself: it sends a line, and hands back the
 * next complete reply as the server wrote it. Internal; not exported from the package.
 */
export interface RawSmtpClient {
  /** The greeting, or the reply to a command. Resolves `'(closed)'` once the server hung up. */
  next(): Promise<string>;
  command(line: string): Promise<string>;
  /** Writes without waiting for a reply (message bodies). */
  write(text: string): void;
  /** Upgrades to TLS after a `220` reply to STARTTLS. */
  startTls(ca: string): Promise<void>;
  close(): void;
}

export async function rawSmtpClient(
  port: number,
  options: { readonly tls?: { readonly ca: string } } = {},
): Promise<RawSmtpClient> {
  let socket: Socket | TLSSocket = options.tls
    ? connectTls({ host: '127.0.0.1', port, ca: options.tls.ca, servername: 'localhost' })
    : connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => {
    socket.once(options.tls ? 'secureConnect' : 'connect', () => resolve());
    socket.once('error', reject);
  });
  socket.on('error', () => {});

  let buffer = '';
  let current: string[] = [];
  const replies: string[] = [];
  const waiters: Array<(reply: string) => void> = [];
  let closed = false;
  const deliver = (reply: string) => {
    const waiter = waiters.shift();
    if (waiter) waiter(reply);
    else replies.push(reply);
  };
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let index = buffer.indexOf('\n');
    while (index !== -1) {
      const line = buffer.slice(0, index).replace(/\r$/, '');
      buffer = buffer.slice(index + 1);
      current.push(line);
      if (!/^\d{3}-/.test(line)) {
        deliver(current.join('\n'));
        current = [];
      }
      index = buffer.indexOf('\n');
    }
  };
  const onClose = () => {
    if (buffer) deliver(buffer);
    buffer = '';
    closed = true;
    while (waiters.length) waiters.shift()?.('(closed)');
  };
  const attach = (target: Socket | TLSSocket) => {
    target.on('data', onData);
    target.on('close', onClose);
  };
  attach(socket);

  const next = () =>
    new Promise<string>((resolve) => {
      const reply = replies.shift();
      if (reply !== undefined) resolve(reply);
      else if (closed) resolve('(closed)');
      else waiters.push(resolve);
    });

  return {
    next,
    command(line) {
      socket.write(`${line}\r\n`);
      return next();
    },
    write(text) {
      socket.write(text);
    },
    async startTls(ca) {
      socket.off('data', onData);
      socket.off('close', onClose);
      const plain = socket;
      socket = connectTls({ socket: plain, ca, servername: 'localhost' });
      await new Promise<void>((resolve, reject) => {
        socket.once('secureConnect', () => resolve());
        socket.once('error', reject);
      });
      socket.on('error', () => {});
      attach(socket);
    },
    close() {
      socket.destroy();
    },
  };
}
