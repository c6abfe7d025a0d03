/**
 * The per-send cost of keeping counters and idempotency keys in Redis rather than in
 * memory: the same mailing (N recipients, each with an idempotency key, under a frequency
 * cap and a monthly quota so that the counters are read before and written after every
 * batch) through smtpTransport to the testkit SMTP server, once with the memory stores and
 * once with `redisStores(redis, { only: ['counters', 'idempotency'] })`.
 *
 * The machine is shared and noisy, so: one warm-up run per side; then rounds in which
 * both sides run back to back, in alternating order (memory first, then Redis first), and
 * the overhead is the median of the rounds' ratios — a slow spell of the machine slows
 * both runs of a round, not one side's figure. Beside the throughput, the time the gate
 * spent waiting on the counter and idempotency stores (any call in flight, wall clock) and
 * how many calls and round trips it made are measured directly: `storeOverhead`, that time
 * beyond the memory stores' as a share of a send, bounds the overhead the throughput ratio
 * estimates, without the noise of the SMTP hop (which dominates on a loaded machine).
 *
 * Needs a Redis server: MAILGATE_BENCH_REDIS_URL, else MAILGATE_TEST_REDIS_URL, else
 * redis://127.0.0.1:6379. Keys under a prefix of its own, deleted after.
 *
 *   cd bench && node --import tsx redis-overhead.ts [messages] [rounds]
 */
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import {
  createMailgate,
  defaultPolicies,
  memoryStores,
  type SendRequestInput,
  type Stores,
} from '../packages/core/src/index';
import { redisStores } from '../packages/store-redis/src/index';
import { dropPrefix } from '../packages/store-redis/src/test-redis';
import { createSmtpTestServer, type SmtpTestServer } from '../packages/testkit/src/index';
import { smtpTransport } from '../packages/transport-smtp/src/index';
import { median } from './stats';

export interface RedisOverheadFigures {
  readonly messages: number;
  readonly rounds: number;
  /** Median messages per second of each side's timed runs. */
  readonly memoryPerSecond: number;
  readonly redisPerSecond: number;
  /** How much longer a send takes with Redis: the median round's memory / redis − 1 (target ≤ 0.10). */
  readonly overhead: number;
  /** Each round's memory / redis − 1, in the order run. */
  readonly roundOverheads: readonly number[];
  /** Wall-clock µs per send with a counter or idempotency call in flight (median run). */
  readonly memoryStoreMicrosPerSend: number;
  readonly redisStoreMicrosPerSend: number;
  /** Counter and idempotency calls per batch of the gate. */
  readonly callsPerBatch: number;
  /** Round trips to Redis per batch: calls started in the same tick share one. */
  readonly roundTripsPerBatch: number;
  /** The share of a send spent waiting on Redis beyond the memory stores (see `SideFigures.storeOverhead`). */
  readonly storeOverhead: number;
  readonly batchSize: number;
}

export function benchRedisUrl(): string {
  return (
    process.env.MAILGATE_BENCH_REDIS_URL ??
    process.env.MAILGATE_TEST_REDIS_URL ??
    'redis://127.0.0.1:6379'
  );
}

const BATCH_SIZE = 500;

function requests(run: string, count: number): SendRequestInput[] {
  const message = { from: { address: 'news@sender.example' }, subject: 'News', text: 'Hello' };
  return Array.from({ length: count }, (_, i) => ({
    recipient: {
      id: `r${i}`,
      type: 'member',
      addresses: [
        { address: `person.${i}@${run}.example.test`, label: 'private', state: 'confirmed' },
      ],
    },
    message,
    context: { mode: 'bulk', category: 'marketing', tenant: run, idempotencyKey: `${run}:${i}` },
  }));
}

/**
 * The time any call of the wrapped stores was in flight, how many calls there were, and in
 * how many bursts (calls started in the same tick: ioredis writes them without waiting
 * for each other's answers, so a burst costs one round trip).
 */
class StoreClock {
  busyMs = 0;
  calls = 0;
  bursts = 0;
  private inFlight = 0;
  private since = 0;
  private burstOpen = false;

  wrap<T extends object>(store: T): T {
    const wrapped: Record<string, unknown> = {};
    for (const [name, method] of Object.entries(store)) {
      if (typeof method !== 'function') continue;
      wrapped[name] = async (...args: unknown[]) => {
        this.calls++;
        if (!this.burstOpen) {
          this.bursts++;
          this.burstOpen = true;
          process.nextTick(() => {
            this.burstOpen = false;
          });
        }
        if (this.inFlight++ === 0) this.since = performance.now();
        try {
          return await method.apply(store, args);
        } finally {
          if (--this.inFlight === 0) this.busyMs += performance.now() - this.since;
        }
      };
    }
    return wrapped as T;
  }
}

interface Run {
  readonly perSecond: number;
  readonly storeMicrosPerSend: number;
  readonly calls: number;
  readonly bursts: number;
}

let runs = 0;

/** One mailing (fresh keys, fresh tenant) on `stores`, timed from start to summary. */
async function timed(server: SmtpTestServer, stores: () => Stores, count: number): Promise<Run> {
  server.reset();
  const clock = new StoreClock();
  const own = stores();
  const transport = smtpTransport({ host: server.host, port: server.port, maxConnections: 5 });
  const gate = createMailgate({
    transport,
    stores: {
      ...own,
      counters: clock.wrap(own.counters),
      idempotency: clock.wrap(own.idempotency),
    },
    policies: defaultPolicies({ frequencyCap: { max: 100 }, monthlyQuota: { max: 100_000_000 } }),
  });
  const batch = requests(`run${++runs}-${process.pid}`, count);
  const started = performance.now();
  const summary = await gate.sendBulk(batch, { concurrency: 16, batchSize: BATCH_SIZE }).done();
  const seconds = (performance.now() - started) / 1000;
  await gate.close();
  if (summary.sent !== count || server.messages.length !== count) {
    throw new Error(
      `expected ${count} messages, ${summary.sent} sent, ${server.messages.length} received`,
    );
  }
  return {
    perSecond: count / seconds,
    storeMicrosPerSend: (clock.busyMs * 1000) / count,
    calls: clock.calls,
    bursts: clock.bursts,
  };
}

/** What `compareSides` measured of one side. */
export interface SideFigures {
  /** Median messages per second. */
  readonly perSecond: number;
  /** Median over the rounds of (the first side's rate / this side's rate) − 1. */
  readonly overhead: number;
  readonly roundOverheads: readonly number[];
  /** Median wall-clock µs per send with a counter or idempotency call in flight. */
  readonly storeMicrosPerSend: number;
  /** Counter and idempotency calls per batch. */
  readonly callsPerBatch: number;
  /** Bursts of them per batch: calls started in the same tick. */
  readonly burstsPerBatch: number;
  /**
   * Median over the rounds of (this side's store µs per send − the first side's) / the
   * first side's µs per send: the share of a send spent waiting on these stores beyond the
   * first side's. An upper bound of the overhead (a call that overlaps other work counts
   * whole), and far steadier than the throughput ratio on a loaded machine.
   */
  readonly storeOverhead: number;
}

/**
 * Times the same mailing on each side's stores, a warm-up run each, then `rounds` rounds
 * in which every side runs once, in an order that rotates from round to round. Each
 * side's overhead is against the first side, taken round by round.
 */
export async function compareSides(
  server: SmtpTestServer,
  sides: Readonly<Record<string, () => Stores>>,
  messages: number,
  rounds: number,
): Promise<Record<string, SideFigures>> {
  const names = Object.keys(sides);
  for (const name of names) await timed(server, sides[name]!, Math.min(1_000, messages));
  const runsOf = new Map<string, Run[]>(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]!);
    for (const name of order) runsOf.get(name)!.push(await timed(server, sides[name]!, messages));
  }
  const base = runsOf.get(names[0]!)!;
  const batches = Math.ceil(messages / BATCH_SIZE);
  return Object.fromEntries(
    names.map((name) => {
      const own = runsOf.get(name)!;
      const roundOverheads = own.map((run, i) => base[i]!.perSecond / run.perSecond - 1);
      const storeOverheads = own.map(
        (run, i) =>
          ((run.storeMicrosPerSend - base[i]!.storeMicrosPerSend) * base[i]!.perSecond) / 1e6,
      );
      return [
        name,
        {
          perSecond: median(own.map((run) => run.perSecond)),
          overhead: median(roundOverheads),
          roundOverheads,
          storeMicrosPerSend: median(own.map((run) => run.storeMicrosPerSend)),
          callsPerBatch: own[0]!.calls / batches,
          burstsPerBatch: own[0]!.bursts / batches,
          storeOverhead: median(storeOverheads),
        },
      ];
    }),
  );
}

export async function measureRedisOverhead(
  messages = 3_000,
  rounds = 11,
): Promise<RedisOverheadFigures> {
  const redis = new Redis(benchRedisUrl(), { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  const prefix = `mailgate-bench:${process.pid}:`;
  const server = await createSmtpTestServer();
  try {
    const figures = await compareSides(
      server,
      {
        memory: () => memoryStores(),
        redis: () => ({
          ...memoryStores(),
          ...redisStores(redis, { prefix, only: ['counters', 'idempotency'] }),
        }),
      },
      messages,
      rounds,
    );
    const memory = figures.memory!;
    const inRedis = figures.redis!;
    return {
      messages,
      rounds,
      memoryPerSecond: memory.perSecond,
      redisPerSecond: inRedis.perSecond,
      overhead: inRedis.overhead,
      roundOverheads: inRedis.roundOverheads,
      memoryStoreMicrosPerSend: memory.storeMicrosPerSend,
      redisStoreMicrosPerSend: inRedis.storeMicrosPerSend,
      callsPerBatch: inRedis.callsPerBatch,
      roundTripsPerBatch: inRedis.burstsPerBatch,
      storeOverhead: inRedis.storeOverhead,
      batchSize: BATCH_SIZE,
    };
  } finally {
    await server.close();
    await dropPrefix(redis, prefix);
    redis.disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureRedisOverhead(
    Number(process.argv[2] ?? 3_000),
    Number(process.argv[3] ?? 11),
  );
  console.log(figures);
}
