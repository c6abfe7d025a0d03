/**
 * mailgate on PostgreSQL: the suppression list, counters, idempotency keys and the delivery
 * ledger in one database. Embedded (PGlite, in ./data/mailgate) by default; on a server
 * when DATABASE_URL is set:
 *
 *   pnpm start                                                     # PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm start # a server
 *
 * Run it twice: the second run sends nothing, because the keys of the first are stored.
 */
import { createMailgate } from '@mailgate/core';
import { createSmtpTestServer } from '@mailgate/testkit';
import { smtpTransport } from '@mailgate/transport-smtp';
import { recordUnsubscribe, sendNewsletter } from './mailing';
import { openStores } from './open-stores';

const opened = await openStores({
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  dataDir: process.env.MAILGATE_DATA_DIR ?? './data/mailgate',
});
// Stands in for your mail server: a local test server that accepts everything.
const smtp = await createSmtpTestServer();
const gate = createMailgate({
  transport: smtpTransport({ host: smtp.host, port: smtp.port }),
  stores: opened.stores,
});
try {
  console.log(`stores: ${opened.where}`);
  await recordUnsubscribe(opened.stores);
  const summary = await sendNewsletter(gate, 'newsletter-2026-11');
  console.log(`sent ${summary.sent} of ${summary.total}; not sent:`, summary.byReason);
  const page = await gate.messages({ tenant: 'club', mailingId: 'newsletter-2026-11' });
  if (page.isOk())
    console.log(`the ledger holds ${page.value.items.length} messages of this mailing`);
} finally {
  await gate.close();
  await smtp.close();
  await opened.close();
}
