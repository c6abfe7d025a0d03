// Test helper (not exported): the Redis server to test against, and a prefix of one's own.
// Also used by @mailgate/queue-bullmq's tests (its test-support/test-redis.ts).
import { Redis, type RedisOptions } from 'ioredis';

export const REDIS_URL_VARIABLE = 'MAILGATE_TEST_REDIS_URL';

/**
 * `MAILGATE_TEST_REDIS_URL`. Without it the Redis tests are skipped with one line saying
 * how to run them — except in CI, where they are mandatory and a missing server fails.
 */
export function redisUrl(suite: string): string | undefined {
  const url = process.env[REDIS_URL_VARIABLE];
  if (url) return url;
  if (process.env.CI === 'true') {
    throw new Error(`${suite}: ${REDIS_URL_VARIABLE} is not set, and CI needs the Redis tests`);
  }
  console.log(
    `${suite}: skipped (no Redis server); run with ${REDIS_URL_VARIABLE}=redis://127.0.0.1:6379`,
  );
  return undefined;
}

/** A prefix no other test file (or earlier run) uses. */
export function testPrefix(name: string): string {
  return `mailgate-test:${name}:${process.pid}:${Math.random().toString(36).slice(2, 8)}:`;
}

export function connect(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { lazyConnect: false, ...options });
}

/** Deletes every key under the prefix. */
export async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
