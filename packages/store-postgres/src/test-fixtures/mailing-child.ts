// Test fixture (not exported): one process sending a mailing on a PostgreSQL schema, for
// the process-death test, which kills it with SIGKILL mid-run and resumes in another.
// Run with `node --import tsx`; it imports the sources, so no build is needed.
import pg from 'pg';
import { createMailgate, type SendRequestInput } from '../../../core/src/index';
import { smtpTransport } from '../../../transport-smtp/src/index';
import { postgresStores } from '../postgres-stores';

/** The requests of the mailing: the same list in every process. */
export function mailingRequests(count: number): SendRequestInput[] {
  return Array.from({ length: count }, (_, i) => ({
    recipient: { id: `c-${i}`, addresses: [{ address: `p${i}@example.test`, state: 'confirmed' }] },
    message: { from: 'news@sender.test', subject: 'News', text: 'Hello' },
    context: { mode: 'bulk', category: 'marketing', tenant: 'acme' },
  }));
}

async function main() {
  const [url, schema, port, count] = process.argv.slice(2);
  const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}`, max: 4 });
  const gate = createMailgate({
    transport: smtpTransport({ host: '127.0.0.1', port: Number(port), pool: true }),
    stores: postgresStores(pool),
  });
  const run = gate.sendBulk(mailingRequests(Number(count)), {
    mailing: { id: 'news', tenant: 'acme' },
    batchSize: 25,
    concurrency: 4,
    onProgress: (progress) => process.stdout.write(`progress ${progress.sent}\n`),
  });
  await run.done();
  process.stdout.write('done\n');
  await gate.close();
  await pool.end();
}

if (process.argv[1]?.endsWith('mailing-child.ts')) void main();
