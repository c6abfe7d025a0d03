/**
 * The IMAP bounce reader against a local throwaway Dovecot: messages read, parsed and
 * ingested (memory stores) per second, moves included.
 *
 *   cd bench && node --import tsx imap-reader.ts
 */
import { pathToFileURL } from 'node:url';
import { memoryCursorStore, watchBounces } from '../packages/bounces/src/index';
import { createMailgate, memoryStores, recordingTransport } from '../packages/core/src/index';
import { imapBounces } from '../packages/mailbox-imap/src/index';
import { dovecotInstalled, startDovecot } from '../packages/mailbox-imap/src/test-support/dovecot';
import { fetchOnly } from '../packages/mailbox-imap/src/test-support/fetch-only';
import { mixedMailbox } from '../packages/mailbox-imap/src/test-support/mixed-mailbox';

export { dovecotInstalled };

export interface ImapReaderFigures {
  readonly messages: number;
  readonly messagesPerSecond: number;
  readonly ingested: number;
  /** Messages per second of this process's CPU time (Dovecot's own time not counted). */
  readonly messagesPerCpuSecond: number;
  /**
   * The baseline, in the same run on the same mailbox: a bare imapflow client fetching
   * every message (`BODY.PEEK[]`, one command) and doing nothing with it — what the
   * server and the machine allow at best, however busy the machine is.
   */
  readonly fetchOnlyPerSecond: number;
}

export async function measureImapReader(count = 2_000): Promise<ImapReaderFigures> {
  const server = await startDovecot();
  try {
    for (const message of mixedMailbox(count)) await server.deliver(message.name, message.raw);
    // The baseline opens the mailbox first, so Dovecot's one-off indexing of the new
    // messages counts for neither.
    const fetchSeconds = await fetchOnly(server);
    const gate = createMailgate({ transport: recordingTransport(), stores: memoryStores() });
    const source = imapBounces({
      host: '127.0.0.1',
      port: server.port,
      secure: false,
      auth: { user: server.user, pass: server.pass },
      batchSize: 500,
      tenant: 'bench',
    });
    const started = performance.now();
    const cpu = process.cpuUsage();
    const summary = await watchBounces(source, { gate, cursorStore: memoryCursorStore() });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    if (summary.stoppedBy !== 'done') throw new Error(summary.failure?.message ?? 'run failed');
    return {
      messages: summary.scanned,
      messagesPerSecond: summary.scanned / seconds,
      messagesPerCpuSecond: summary.scanned / cpuSeconds,
      ingested: summary.ingested,
      fetchOnlyPerSecond: count / fetchSeconds,
    };
  } finally {
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureImapReader();
  console.log(figures);
}
