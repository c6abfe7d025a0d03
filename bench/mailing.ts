/**
 * What a mailing's bookkeeping costs (the write-ahead claim and the settling of every
 * batch, the rate checks, the mailing's id on every ledger row): the same 100,000
 * requests sent with and without `mailing`, against the dry-run throughput of `sendBulk`,
 * all measured in this run. Target: the bookkeeping takes at most 20% of the time a dry
 * run of the same requests takes.
 *
 * The bookkeeping is the difference between a send with and one without a mailing: the
 * ledger records every send either way, so only what the mailing adds counts. That is a
 * small difference of two long runs, so the bench is built to keep it out of the noise:
 *
 * - It runs the built package (`@mailgate/core`'s dist, what a host imports), not the
 *   sources through a loader.
 * - The transport accepts every message and keeps none: a transport that kept 100,000
 *   messages would make the garbage collector's work, not mailgate's, the larger part of
 *   both runs.
 * - Rounds run a dry run, then the send with and the send without a mailing back to back,
 *   in an order that alternates; each round gives one difference, and the figure is the
 *   median of the rounds' differences (a slow spell of the machine slows both runs of a
 *   round). It is given by wall time and by the process's CPU time.
 * - Directly too: the CPU time spent inside the mailing store's calls, timed around each
 *   call (the memory store's work is synchronous), which leaves out the gate's side.
 *
 *   pnpm build && cd bench && node --expose-gc --import tsx mailing.ts [recipients] [rounds]
 */
import {
  createMailgate,
  type MailingStore,
  memoryMailingStore,
  type Transport,
} from '../packages/core/dist/index.js';
import { makeRequests, NOW } from './preflight';

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
  /** Median CPU time the mailing adds to the send, ms, and as a fraction of the dry run's. */
  readonly bookkeepingCpuMs: number;
  readonly cpuOfDryRun: number;
  /** Median CPU time inside the mailing store's calls, ms, and of the dry run's CPU time. */
  readonly storeMs: number;
  readonly storeOfDryRun: number;
}

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly storeMs: number;
}

/** Accepts every message at once and keeps nothing. */
const acceptAll: Transport = {
  specificationVersion: 'v1',
  name: 'accept-all',
  send: async () => ({ status: 'accepted' }),
};

let runs = 0;

/** A mailing store that adds up the CPU time spent in its calls (before each answers). */
function timed(store: MailingStore, spent: { ms: number }): MailingStore {
  const wrapped: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(store) as [string, (...a: unknown[]) => unknown][])
    wrapped[name] = (...args: unknown[]) => {
      const start = process.cpuUsage();
      try {
        return call(...args);
      } finally {
        const used = process.cpuUsage(start);
        spent.ms += (used.user + used.system) / 1000;
      }
    };
  return wrapped as unknown as MailingStore;
}

async function run(count: number, mode: 'dry' | 'send' | 'mailing'): Promise<Timing> {
  const spent = { ms: 0 };
  const gate = createMailgate({
    transport: acceptAll,
    now: () => NOW,
    stores: { mailings: timed(memoryMailingStore(), spent) },
  });
  const requests = makeRequests(count);
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await gate
    .sendBulk(requests, {
      dryRun: mode === 'dry',
      breaker: false,
      ...(mode === 'mailing' ? { mailing: { id: `bench-${runs++}`, tenant: 'club' } } : {}),
    })
    .done();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, storeMs: spent.ms };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function measureMailing(count = 100_000, rounds = 9): Promise<MailingBenchFigures> {
  // One of each first, untimed: the code is compiled and the heap grown before any figure.
  for (const mode of ['dry', 'send', 'mailing'] as const) await run(count, mode);
  const dry: Timing[] = [];
  const send: Timing[] = [];
  const mailing: Timing[] = [];
  for (let round = 0; round < rounds; round++) {
    dry.push(await run(count, 'dry'));
    if (round % 2 === 0) {
      send.push(await run(count, 'send'));
      mailing.push(await run(count, 'mailing'));
    } else {
      mailing.push(await run(count, 'mailing'));
      send.push(await run(count, 'send'));
    }
  }
  const wall = (runs: readonly Timing[]) => median(runs.map((timing) => timing.wallMs));
  const cpu = (runs: readonly Timing[]) => median(runs.map((timing) => timing.cpuMs));
  const roundMs = mailing.map((timing, i) => timing.wallMs - send[i]!.wallMs);
  const bookkeepingMs = Math.max(0, median(roundMs));
  const bookkeepingCpuMs = Math.max(
    0,
    median(mailing.map((timing, i) => timing.cpuMs - send[i]!.cpuMs)),
  );
  const storeMs = median(mailing.map((timing) => timing.storeMs));
  return {
    recipients: count,
    rounds,
    dryRunPerSecond: (count / wall(dry)) * 1000,
    sendPerSecond: (count / wall(send)) * 1000,
    sendWithMailingPerSecond: (count / wall(mailing)) * 1000,
    bookkeepingMs,
    ofDryRun: bookkeepingMs / wall(dry),
    ofSend: bookkeepingMs / wall(send),
    roundMs,
    bookkeepingCpuMs,
    cpuOfDryRun: bookkeepingCpuMs / cpu(dry),
    storeMs,
    storeOfDryRun: storeMs / cpu(dry),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    await measureMailing(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 9)),
  );
}
