import { testStores } from '@mailgate/testkit/vitest';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisStores } from './redis-stores';
import { connect, dropPrefix, redisUrl, testPrefix } from './test-redis';

const url = redisUrl('@mailgate/store-redis tests');

describe.skipIf(url === undefined)('redisStores', () => {
  const prefix = testPrefix('stores');
  let redis: Redis;
  beforeAll(() => {
    redis = connect(url!);
  });
  afterAll(async () => {
    await dropPrefix(redis, prefix);
    redis.disconnect();
  });

  testStores({ name: 'redis', create: (now) => redisStores(redis, { prefix, now }) });

  it('should give only the stores asked for', () => {
    const stores = redisStores(redis, { prefix, only: ['counters', 'idempotency'] });
    expect(Object.keys(stores).sort()).toEqual(['counters', 'idempotency']);
  });

  it('should answer a batch in one round trip and keep every key under the prefix', async () => {
    const stores = redisStores(redis, { prefix: `${prefix}rt:` });
    const keys = Array.from({ length: 500 }, (_, i) => `rt${i}@example.com`);
    const monitor = await redis.monitor();
    const commands: string[] = [];
    // The server is shared with other test files: count only what this client sent.
    const own = `:${(redis as unknown as { stream: { localPort: number } }).stream.localPort}`;
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source.endsWith(own)) commands.push(String(args[0]));
    });
    await stores.counters.increment(keys, 60_000);
    await stores.counters.get(keys);
    await stores.idempotency.claim(keys, 60_000, 'o1');
    await stores.suppressions.add(
      keys.map((key) => ({
        key,
        scope: { tenant: 'rt' },
        reason: 'previously_bounced',
        source: 'x',
      })),
      { actor: 'test' },
    );
    await stores.suppressions.lookup('rt', keys, Date.now());
    await new Promise((resolve) => setTimeout(resolve, 100));
    monitor.disconnect();
    // What the client sent is one EVALSHA per call, and one pipeline of HVALS for the
    // look-up.
    const sent = commands.filter((command) => command.toLowerCase() === 'evalsha');
    expect(sent).toHaveLength(4);
    const stray = (await redis.keys('*rt*@example.com')).filter((key) => !key.startsWith(prefix));
    expect(stray).toEqual([]);
  });

  it('should give each key to exactly one of several clients claiming a mailing at once', async () => {
    const clients = Array.from({ length: 4 }, () => connect(url!));
    try {
      const keys = Array.from({ length: 500 }, (_, i) => `race-${i}`);
      const answers = await Promise.all(
        clients.map((client, i) =>
          redisStores(client, { prefix }).idempotency.claim(keys, 60_000, `c${i}`),
        ),
      );
      const winners = keys.map((_, i) => answers.filter((answer) => answer[i]).length);
      expect(winners.every((count) => count === 1)).toBe(true);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });
});
