/*
 * Which jobs of a queued mailing have not ended, in two Redis sets beside its progress
 * (`<progress key>:open` and `:closed`): the mailing is done when none is open. A job id
 * is opened before its job is added and closed when its run ends; an id closed once is
 * never opened again, so a producer or a worker that adds the same job again after a crash
 * (a no-op in BullMQ, or a rerun that sends nothing) cannot keep the mailing open for ever.
 */

/** What these scripts need of a BullMQ backend's Redis client (`queue.getBackend().client`). */
export interface ScriptClient {
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): void;
  runCommand(name: string, args: unknown[]): Promise<unknown>;
}

const OPEN = 'mailgateOpenJobs';
const CLOSE = 'mailgateCloseJob';

const scripts = {
  [OPEN]: `
for i = 1, #ARGV do
  if redis.call('SISMEMBER', KEYS[2], ARGV[i]) == 0 then redis.call('SADD', KEYS[1], ARGV[i]) end
end
return 0`,
  [CLOSE]: `
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('SREM', KEYS[1], ARGV[1])
return redis.call('SCARD', KEYS[1])`,
};

const defined = new WeakSet<ScriptClient>();

function run(client: ScriptClient, name: keyof typeof scripts, args: string[]): Promise<unknown> {
  if (!defined.has(client)) {
    for (const [command, lua] of Object.entries(scripts))
      client.defineCommand(command, { numberOfKeys: 2, lua });
    defined.add(client);
  }
  return client.runCommand(name, args);
}

const keys = (progressKey: string) => [`${progressKey}:open`, `${progressKey}:closed`];

/** Opens job ids of a mailing (those not closed before), in one round trip. */
export async function openJobs(
  client: ScriptClient,
  progressKey: string,
  jobIds: readonly string[],
): Promise<void> {
  if (jobIds.length === 0) return;
  await run(client, OPEN, [...keys(progressKey), ...jobIds]);
}

/** Closes a job id; answers how many of the mailing's jobs are still open (0: it is done). */
export async function closeJob(
  client: ScriptClient,
  progressKey: string,
  jobId: string,
): Promise<number> {
  return Number(await run(client, CLOSE, [...keys(progressKey), jobId]));
}
