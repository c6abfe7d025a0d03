// Test helper (not exported): the Redis server to test against, and names of one's own.
import type { Redis } from 'ioredis';

export const REDIS_URL_VARIABLE = 'MAILGATE_TEST_REDIS_URL';

/**
 * `MAILGATE_TEST_REDIS_URL`. Without it the Redis tests are skipped with one line saying
 * how to run them, except in CI, where they are mandatory and a missing server fails.
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

/** A name no other test file (or earlier run) uses; BullMQ names may not contain ':'. */
export function uniqueName(name: string): string {
  return `mgq-${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Deletes every key under the prefix (queues and stores of one test). */
export async function dropPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** Polls until `check` holds; fails after `ms`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Whether a BullMQ queue has nothing left to do (waiting, active, delayed). */
export async function drained(queue: {
  getJobCounts(...types: string[]): Promise<Record<string, number>>;
}): Promise<boolean> {
  const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'paused');
  return Object.values(counts).every((count) => count === 0);
}
