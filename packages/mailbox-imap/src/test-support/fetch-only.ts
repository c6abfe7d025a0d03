import { connectClient } from './client';
import type { Dovecot } from './dovecot';

/** Seconds a bare client takes to fetch every message of the INBOX (after a warm-up open). */
export async function fetchOnly(server: Dovecot): Promise<number> {
  const client = await connectClient(server);
  try {
    await client.mailboxOpen('INBOX', { readOnly: true });
    const started = performance.now();
    let count = 0;
    for await (const message of client.fetch('1:*', { uid: true, source: true })) {
      if (message.source) count += 1;
    }
    if (count === 0) throw new Error('the mailbox is empty');
    return (performance.now() - started) / 1000;
  } finally {
    await client.logout();
  }
}
