/**
 * What a mailing's bookkeeping costs (the write-ahead claim and the settling of every
 * batch, the rate checks): the same 100,000 requests through the recording transport with
 * and without `mailing`, against the dry-run throughput of `sendBulk` — all measured in
 * this run, alternating, best of three each. Target: the bookkeeping takes at most 20% of
 * the time a dry run of the same requests takes.
 *
 *   node --expose-gc --import tsx mailing.ts [recipients]
 */
import { createMailgate, recordingTransport } from '../packages/core/src/index';
import { makeRequests, NOW } from './preflight';

export interface MailingBenchFigures {
  readonly recipients: number;
  readonly dryRunPerSecond: number;
  readonly sendPerSecond: number;
  readonly sendWithMailingPerSecond: number;
  /** Time the mailing adds to the send, ms. */
  readonly bookkeepingMs: number;
  /** `bookkeepingMs` as a fraction of the dry run's time (target ≤ 0.2). */
  readonly ofDryRun: number;
  /** `bookkeepingMs` as a fraction of the send's time without a mailing. */
  readonly ofSend: number;
}

let runs = 0;

async function run(count: number, mode: 'dry' | 'send' | 'mailing'): Promise<number> {
  const gate = createMailgate({ transport: recordingTransport(), now: () => NOW });
  const requests = makeRequests(count);
  globalThis.gc?.();
  const start = performance.now();
  await gate
    .sendBulk(requests, {
      dryRun: mode === 'dry',
      breaker: false,
      ...(mode === 'mailing' ? { mailing: { id: `bench-${runs++}`, tenant: 'club' } } : {}),
    })
    .done();
  return performance.now() - start;
}

export async function measureMailing(count = 100_000): Promise<MailingBenchFigures> {
  const best = { dry: Infinity, send: Infinity, mailing: Infinity };
  for (let round = 0; round < 3; round++)
    for (const mode of ['dry', 'send', 'mailing'] as const)
      best[mode] = Math.min(best[mode], await run(count, mode));
  const bookkeepingMs = Math.max(0, best.mailing - best.send);
  return {
    recipients: count,
    dryRunPerSecond: (count / best.dry) * 1000,
    sendPerSecond: (count / best.send) * 1000,
    sendWithMailingPerSecond: (count / best.mailing) * 1000,
    bookkeepingMs,
    ofDryRun: bookkeepingMs / best.dry,
    ofSend: bookkeepingMs / best.send,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await measureMailing(Number(process.argv[2] ?? 100_000)));
}
