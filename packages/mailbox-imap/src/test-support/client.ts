import { ImapFlow } from 'imapflow';
import type { Dovecot } from './dovecot';

/** A connected client of the throwaway Dovecot's user, to look at the mailbox from outside. */
export async function connectClient(server: Dovecot): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: server.port,
    secure: false,
    auth: { user: server.user, pass: server.pass },
    logger: false,
  });
  await client.connect();
  return client;
}
