import type { Redis } from 'ioredis';

/** The name of a script command that `withScripts` defined on the client. */
export type ScriptName =
  | 'mgIncrement'
  | 'mgGet'
  | 'mgClaim'
  | 'mgConfirm'
  | 'mgRelease'
  | 'mgAdd'
  | 'mgLift'
  | 'mgScan'
  | 'mgForget';

type Call = (...args: (string | number)[]) => Promise<unknown>;

interface Queued {
  readonly name: ScriptName;
  readonly args: (string | number)[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Runner = (name: ScriptName, args: (string | number)[]) => Promise<unknown>;

// One runner per client, so that stores made by separate `redisStores` calls on one
// client share the pipeline too.
const runners = new WeakMap<Redis, Runner>();

/**
 * Runs script commands, sending those the stores are asked for in one tick as one
 * pipeline: the gate's bookkeeping after a batch (a `confirm` and an `increment` per time
 * to live, all started at once) then costs one write, one wake-up of the server and one
 * round trip, not one each. A lone call goes out by itself, a tick (`process.nextTick`)
 * later. Each call still answers or fails on its own.
 */
export function coalescing(redis: Redis): Runner {
  const known = runners.get(redis);
  if (known !== undefined) return known;
  let queued: Queued[] | undefined;
  const flush = () => {
    const calls = queued ?? [];
    queued = undefined;
    if (calls.length === 1) {
      const [only] = calls;
      (redis as unknown as Record<ScriptName, Call>)
        [only!.name](...only!.args)
        .then(only!.resolve, only!.reject);
      return;
    }
    const pipeline = redis.pipeline();
    for (const call of calls)
      (pipeline as unknown as Record<ScriptName, Call>)[call.name](...call.args);
    pipeline.exec().then(
      (replies) => {
        calls.forEach((call, i) => {
          const [error, value] = replies?.[i] ?? [new Error('Redis gave no reply')];
          if (error) call.reject(error);
          else call.resolve(value);
        });
      },
      (error: unknown) => {
        for (const call of calls) call.reject(error);
      },
    );
  };
  const runner: Runner = (name, args) =>
    new Promise((resolve, reject) => {
      if (queued === undefined) {
        queued = [];
        process.nextTick(flush);
      }
      queued.push({ name, args, resolve, reject });
    });
  runners.set(redis, runner);
  return runner;
}
