// Test helper (not exported): the Redis server to test against (shared with
// @mailgate/store-redis's tests), and names of one's own.
export {
  dropPrefix,
  REDIS_URL_VARIABLE,
  redisUrl,
} from '../../../store-redis/src/test-redis';

/** A name no other test file (or earlier run) uses; BullMQ names may not contain ':'. */
export function uniqueName(name: string): string {
  return `mgq-${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
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
