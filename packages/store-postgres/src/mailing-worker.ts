// Test helper (not exported): one process of a mailing sent by several, for
// multi-process.server.test.ts. Started with `node --import tsx` from the repository root
// (tsx follows the root tsconfig's paths to the sources); reads its settings from the
// MAILGATE_WORKER environment variable (JSON), sends the mailing through the testkit SMTP
// server, and prints its summary as one JSON line.
import { createMailgate, type IdempotencyStore, type SendRequestInput } from '@mailgate/core';
import { redisStores } from '@mailgate/store-redis';
import { smtpTransport } from '@mailgate/transport-smtp';
import { Redis } from 'ioredis';
import pg from 'pg';
import { postgresStores } from './postgres-stores';

export interface WorkerSettings {
  readonly postgresUrl: string;
  readonly schema: string;
  /** Counters and idempotency in Redis, under this prefix; else in PostgreSQL. */
  readonly redis?: { readonly url: string; readonly prefix: string };
  readonly smtpPort: number;
  /** The mailing: recipients 0 … count-1, idempotency keys `${mailing}:${i}`. */
  readonly mailing: string;
  readonly count: number;
  /** A lease shorter than the gate's own (which is over a minute), for the kill test. */
  readonly leaseMs?: number;
}

/** The request of recipient `i`: the same in every process. */
export function mailingRequest(mailing: string, i: number): SendRequestInput {
  return {
    recipient: {
      id: `r-${i}`,
      type: 'candidate',
      addresses: [{ address: `person${i}@example.com`, label: 'private', state: 'confirmed' }],
    },
    message: { from: { address: 'jobs@agency.example' }, subject: mailing, text: 'Hello' },
    context: {
      mode: 'bulk',
      category: 'marketing',
      tenant: 'acme',
      idempotencyKey: `${mailing}:${i}`,
    },
  };
}

/** The store, with every claim taking `leaseMs` whatever the gate asks for. */
function leasedFor(store: IdempotencyStore, leaseMs: number): IdempotencyStore {
  return {
    claim: (keys, _leaseMs, owner) => store.claim(keys, leaseMs, owner),
    confirm: (keys, ttlMs, owner) => store.confirm(keys, ttlMs, owner),
    release: (keys, owner) => store.release(keys, owner),
  };
}

async function main(settings: WorkerSettings): Promise<void> {
  const pool = new pg.Pool({
    connectionString: settings.postgresUrl,
    options: `-c search_path=${settings.schema}`,
    max: 4,
  });
  pool.on('error', () => {});
  const redis = settings.redis && new Redis(settings.redis.url);
  const shared = postgresStores(pool);
  const stores = redis
    ? {
        ...shared,
        ...redisStores(redis, {
          prefix: settings.redis!.prefix,
          only: ['counters', 'idempotency'],
        }),
      }
    : shared;
  const idempotency =
    settings.leaseMs === undefined
      ? stores.idempotency
      : leasedFor(stores.idempotency, settings.leaseMs);
  const gate = createMailgate({
    transport: smtpTransport({ host: '127.0.0.1', port: settings.smtpPort, maxConnections: 4 }),
    stores: { ...stores, idempotency },
    storeTimeoutMs: 15_000,
  });
  const requests = Array.from({ length: settings.count }, (_, i) =>
    mailingRequest(settings.mailing, i),
  );
  const summary = await gate.sendBulk(requests, { batchSize: 500, concurrency: 16 }).done();
  await gate.close();
  console.log(JSON.stringify({ sent: summary.sent, byReason: summary.byReason }));
  redis?.disconnect();
  await pool.end();
}

const settings = process.env.MAILGATE_WORKER;
if (settings !== undefined) {
  main(JSON.parse(settings) as WorkerSettings).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
