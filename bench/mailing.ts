/**
 * What a mailing's bookkeeping costs (the write-ahead claim and the settling of every
 * batch, the rate checks, the mailing's id on every ledger row): the same 100,000
 * requests through the recording transport with and without `mailing`, against the
 * dry-run throughput of `sendBulk` — all measured in this run, alternating, best of
 * `rounds` each. Target: the bookkeeping takes at most 20% of the time a dry run of the
 * same requests takes.
 *
 * The bookkeeping is the difference between a send with and one without a mailing: the
 * ledger records every send either way, so only what the mailing adds counts. The
 * difference of two sends ten times the dry run's length is noisy on a shared machine,
 * so it is given three ways: by wall time, by the process's CPU time (which other
 * processes disturb far less), and directly — the CPU time spent in the mailing store's
 * calls, timed around each call (the memory store's work is synchronous), which leaves
 * out the gate's side and the garbage it leaves.
 *
 *   node --expose-gc --import tsx mailing.ts [recipients] [rounds]
 */
import {
  createMailgate,
  type MailingStore,
  memoryMailingStore,
  recordingTransport,
} from '../packages/core/src/index';
import { makeRequests, NOW } from './preflight';

export interface MailingBenchFigures {
  readonly recipients: number;
  readonly rounds: number;
  readonly dryRunPerSecond: number;
  readonly sendPerSecond: number;
  readonly sendWithMailingPerSecond: number;
  /** Wall time the mailing adds to the send, ms. */
  readonly bookkeepingMs: number;
  /** `bookkeepingMs` as a fraction of the dry run's time (target ≤ 0.2). */
  readonly ofDryRun: number;
  /** `bookkeepingMs` as a fraction of the send's time without a mailing. */
  readonly ofSend: number;
  /** CPU time the mailing adds to the send, ms, and as a fraction of the dry run's CPU time. */
  readonly bookkeepingCpuMs: number;
  readonly cpuOfDryRun: number;
  /** CPU time spent in the mailing store's calls during the run, ms, and of the dry run's CPU time. */
  readonly storeMs: number;
  readonly storeOfDryRun: number;
}

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly storeMs: number;
}

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
    transport: recordingTransport(),
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

export async function measureMailing(count = 100_000, rounds = 5): Promise<MailingBenchFigures> {
  const best = {
    dry: { wallMs: Infinity, cpuMs: Infinity, storeMs: Infinity },
    send: { wallMs: Infinity, cpuMs: Infinity, storeMs: Infinity },
    mailing: { wallMs: Infinity, cpuMs: Infinity, storeMs: Infinity },
  };
  for (let round = 0; round < rounds; round++)
    for (const mode of ['dry', 'send', 'mailing'] as const) {
      const timing = await run(count, mode);
      const kept = best[mode];
      best[mode] = {
        wallMs: Math.min(kept.wallMs, timing.wallMs),
        cpuMs: Math.min(kept.cpuMs, timing.cpuMs),
        storeMs: Math.min(kept.storeMs, timing.storeMs),
      };
    }
  const bookkeepingMs = Math.max(0, best.mailing.wallMs - best.send.wallMs);
  const bookkeepingCpuMs = Math.max(0, best.mailing.cpuMs - best.send.cpuMs);
  return {
    recipients: count,
    rounds,
    dryRunPerSecond: (count / best.dry.wallMs) * 1000,
    sendPerSecond: (count / best.send.wallMs) * 1000,
    sendWithMailingPerSecond: (count / best.mailing.wallMs) * 1000,
    bookkeepingMs,
    ofDryRun: bookkeepingMs / best.dry.wallMs,
    ofSend: bookkeepingMs / best.send.wallMs,
    bookkeepingCpuMs,
    cpuOfDryRun: bookkeepingCpuMs / best.dry.cpuMs,
    storeMs: best.mailing.storeMs,
    storeOfDryRun: best.mailing.storeMs / best.dry.cpuMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    await measureMailing(Number(process.argv[2] ?? 100_000), Number(process.argv[3] ?? 5)),
  );
}
