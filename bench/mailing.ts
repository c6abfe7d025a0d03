/**
 * What a mailing's bookkeeping costs (the write-ahead claim and the settling of every
 * batch, the rate checks, the mailing's id on every ledger row): the same 100,000
 * requests sent with and without `mailing`, against the dry-run throughput of `sendBulk`,
 * all measured in this run. Target: the bookkeeping takes at most 20% of the time a dry
 * run of the same requests takes.
 *
 * Each kind of run (dry run, send, send with a mailing) runs in a process of its own, so
 * that what V8 compiled for one kind does not slow the others down; a process warms up,
 * then times `RUNS` runs and keeps their median. Rounds start one process of each kind,
 * the two sends in an order that alternates. Two measures:
 *
 * - By difference: the wall time the mailing adds to the send, the median over the
 *   rounds. It is a small difference of two long runs, which vary by ±15% on a shared
 *   machine, so the rounds are printed too.
 * - Directly: one more run of each process is sampled by V8's CPU profiler (every
 *   100 µs); the samples whose stack is in the mailing's code (`core/src/mailing/`,
 *   `core/src/gate/mailing-*`) add up to the time the bookkeeping itself runs, the
 *   gate's side and the store's, against the dry run's process sampled the same way.
 *   Garbage collection is not in it (it is printed beside it).
 *
 * The transport accepts every message and keeps none: a transport that kept 100,000
 * messages would make the garbage collector's work, not mailgate's, the larger part of
 * both sends.
 *
 *   cd bench && node --expose-gc --import tsx mailing.ts [recipients] [rounds]
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createMailgate, memoryMailingStore, type Transport } from '../packages/core/src/index';
import { cpuAttribution } from './cpu-attribution';
import { makeRequests, NOW } from './preflight';
import { median } from './stats';

export interface MailingBenchFigures {
  readonly recipients: number;
  readonly rounds: number;
  /** Median recipients (messages) per second of each kind of run. */
  readonly dryRunPerSecond: number;
  readonly sendPerSecond: number;
  readonly sendWithMailingPerSecond: number;
  /** Median over the rounds of the wall time the mailing adds to the send, ms. */
  readonly bookkeepingMs: number;
  /** `bookkeepingMs` as a fraction of the dry run's median time (target ≤ 0.2). */
  readonly ofDryRun: number;
  /** `bookkeepingMs` as a fraction of the send's median time without a mailing. */
  readonly ofSend: number;
  /** The rounds' wall-time differences, ms, in the order run. */
  readonly roundMs: readonly number[];
  /** Median profiled time in the mailing's code (gate and store) per send, ms. */
  readonly profiledMs: number;
  /** Of it, the memory mailing store's part, ms. */
  readonly profiledStoreMs: number;
  /** `profiledMs` against the profiled dry run's time (target ≤ 0.2). */
  readonly profiledOfDryRun: number;
  /** Median profiled garbage collection of the send without and with a mailing, ms. */
  readonly gcMs: { readonly send: number; readonly mailing: number };
}

type Mode = 'dry' | 'send' | 'mailing';

/** What one process measured of its kind of run. */
interface ProcessFigures {
  /** Median wall time of the timed runs, ms. */
  readonly wallMs: number;
  /** The profiled run: all samples but idle, the mailing's code, its store, GC (ms). */
  readonly profiledMs: number;
  readonly mailingMs: number;
  readonly storeMs: number;
  readonly gcMs: number;
}

/** Timed runs per process, after one to warm up. */
const RUNS = 3;

/** The mailing's code (its folder in core, and the gate's files that run it), and the memory store's part. */
const CODE = {
  mailing: [/\/core\/src\/mailing\/[^/]+\.ts$/, /\/core\/src\/gate\/mailing-[^/]+\.ts$/],
  store: [/\/core\/src\/mailing\/(memory-mailing-store|mailing-rows)\.ts$/],
};

/** Accepts every message at once and keeps nothing. */
const acceptAll: Transport = {
  specificationVersion: 'v1',
  name: 'accept-all',
  send: async () => ({ status: 'accepted' }),
};

let runs = 0;

/** One run; with `profile`, sampled by the CPU profiler (the send only, not the set-up). */
async function run(
  count: number,
  mode: Mode,
  profile?: (work: () => Promise<void>) => Promise<void>,
): Promise<number> {
  const gate = createMailgate({
    transport: acceptAll,
    now: () => NOW,
    stores: { mailings: memoryMailingStore() },
  });
  const requests = makeRequests(count);
  globalThis.gc?.();
  const send = async () => {
    await gate
      .sendBulk(requests, {
        dryRun: mode === 'dry',
        breaker: false,
        ...(mode === 'mailing' ? { mailing: { id: `bench-${runs++}`, tenant: 'club' } } : {}),
      })
      .done();
  };
  const start = performance.now();
  await (profile === undefined ? send() : profile(send));
  return performance.now() - start;
}

/** The work of one process: a warm-up run, `RUNS` timed runs, one profiled run. */
async function measureInThisProcess(count: number, mode: Mode): Promise<ProcessFigures> {
  await run(count, mode);
  const walls: number[] = [];
  for (let i = 0; i < RUNS; i++) walls.push(await run(count, mode));
  let profiled: Awaited<ReturnType<typeof cpuAttribution<keyof typeof CODE>>> | undefined;
  await run(count, mode, async (send) => {
    profiled = await cpuAttribution(CODE, send);
  });
  return {
    wallMs: median(walls),
    profiledMs: profiled!.totalMs,
    mailingMs: profiled!.ms.mailing,
    storeMs: profiled!.ms.store,
    gcMs: profiled!.gcMs,
  };
}

function inChildProcess(count: number, mode: Mode): Promise<ProcessFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', mode, String(count)], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (figures) => resolve(figures as ProcessFigures));
    child.once('exit', (code) =>
      reject(new Error(`the ${mode} process exited (${code}) without figures`)),
    );
  });
}

export async function measureMailing(count = 100_000, rounds = 5): Promise<MailingBenchFigures> {
  const of: Record<Mode, ProcessFigures[]> = { dry: [], send: [], mailing: [] };
  for (let round = 0; round < rounds; round++) {
    const order: Mode[] = round % 2 === 0 ? ['dry', 'send', 'mailing'] : ['dry', 'mailing', 'send'];
    for (const mode of order) of[mode].push(await inChildProcess(count, mode));
  }
  const wall = (mode: Mode) => median(of[mode].map((figures) => figures.wallMs));
  const roundMs = of.mailing.map((figures, i) => figures.wallMs - of.send[i]!.wallMs);
  const bookkeepingMs = Math.max(0, median(roundMs));
  const profiledMs = median(of.mailing.map((figures) => figures.mailingMs));
  return {
    recipients: count,
    rounds,
    dryRunPerSecond: (count / wall('dry')) * 1000,
    sendPerSecond: (count / wall('send')) * 1000,
    sendWithMailingPerSecond: (count / wall('mailing')) * 1000,
    bookkeepingMs,
    ofDryRun: bookkeepingMs / wall('dry'),
    ofSend: bookkeepingMs / wall('send'),
    roundMs,
    profiledMs,
    profiledStoreMs: median(of.mailing.map((figures) => figures.storeMs)),
    profiledOfDryRun: profiledMs / median(of.dry.map((figures) => figures.profiledMs)),
    gcMs: {
      send: median(of.send.map((figures) => figures.gcMs)),
      mailing: median(of.mailing.map((figures) => figures.gcMs)),
    },
  };
}

if (process.argv[2] === '--child') {
  const figures = await measureInThisProcess(Number(process.argv[4]), process.argv[3] as Mode);
  process.send?.(figures);
  process.disconnect?.();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    await measureMailing(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 5)),
  );
}
