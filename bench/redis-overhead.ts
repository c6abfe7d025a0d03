/**
 * The per-send cost of keeping counters and idempotency keys in Redis rather than in
 * memory: the same mailing (N recipients, each with an idempotency key) through
 * smtpTransport to the testkit SMTP server, once with the memory stores and once with
 * `redisStores(redis, { only: ['counters', 'idempotency'] })`, taking turns, the better
 * of each side's runs counting. Needs a Redis server: MAILGATE_BENCH_REDIS_URL, else
 * MAILGATE_TEST_REDIS_URL, else redis://127.0.0.1:6379. Keys under a prefix of its own,
 * deleted after.
 *
 *   cd bench && node --import tsx redis-overhead.ts [messages]
 */
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import {
  createMailgate,
  memoryStores,
  type SendRequestInput,
  type Stores,
} from '../packages/core/src/index';
import { redisStores } from '../packages/store-redis/src/index';
import { createSmtpTestServer, type SmtpTestServer } from '../packages/testkit/src/index';
import { smtpTransport } from '../packages/transport-smtp/src/index';

export interface RedisOverheadFigures {
  readonly messages: number;
  readonly memoryPerSecond: number;
  readonly redisPerSecond: number;
  /** How much longer a send takes with Redis: memory / redis − 1 (target ≤ 0.10). */
  readonly overhead: number;
}

export function benchRedisUrl(): string {
  return (
    process.env.MAILGATE_BENCH_REDIS_URL ??
    process.env.MAILGATE_TEST_REDIS_URL ??
    'redis://127.0.0.1:6379'
  );
}

function requests(run: string, count: number): SendRequestInput[] {
  const message = { from: { address: 'news@sender.example' }, subject: 'News', text: 'Hello' };
  return Array.from({ length: count }, (_, i) => ({
    recipient: {
      id: `r${i}`,
      type: 'member',
      addresses: [{ address: `person.${i}@example.test`, label: 'private', state: 'confirmed' }],
    },
    message,
    context: { mode: 'bulk', category: 'marketing', tenant: 'club', idempotencyKey: `${run}:${i}` },
  }));
}

let runs = 0;

/** Messages per second of one mailing on `stores` (a fresh mailing each time). */
async function timed(server: SmtpTestServer, stores: () => Stores, count: number) {
  server.reset();
  const transport = smtpTransport({ host: server.host, port: server.port, maxConnections: 5 });
  const gate = createMailgate({ transport, stores: stores() });
  const batch = requests(`run${++runs}`, count);
  const started = performance.now();
  const summary = await gate.sendBulk(batch, { concurrency: 16 }).done();
  const seconds = (performance.now() - started) / 1000;
  await gate.close();
  if (summary.sent !== count || server.messages.length !== count) {
    throw new Error(
      `expected ${count} messages, ${summary.sent} sent, ${server.messages.length} received`,
    );
  }
  return count / seconds;
}

export async function measureRedisOverhead(messages = 5_000): Promise<RedisOverheadFigures> {
  const redis = new Redis(benchRedisUrl(), { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const prefix = `mailgate-bench:${process.pid}:`;
  const server = await createSmtpTestServer();
  try {
    const memory = () => memoryStores();
    const withRedis = () => ({
      ...memoryStores(),
      ...redisStores(redis, { prefix, only: ['counters', 'idempotency'] }),
    });
    await timed(server, memory, Math.min(1_000, messages));
    await timed(server, withRedis, Math.min(1_000, messages));
    let memoryPerSecond = 0;
    let redisPerSecond = 0;
    for (let round = 0; round < 2; round++) {
      memoryPerSecond = Math.max(memoryPerSecond, await timed(server, memory, messages));
      redisPerSecond = Math.max(redisPerSecond, await timed(server, withRedis, messages));
    }
    return {
      messages,
      memoryPerSecond,
      redisPerSecond,
      overhead: memoryPerSecond / redisPerSecond - 1,
    };
  } finally {
    await server.close();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await measureRedisOverhead(Number(process.argv[2] ?? 5_000)));
}
