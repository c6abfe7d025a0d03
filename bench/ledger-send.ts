/**
 * What the delivery ledger costs on the send path and on preflight: the same mailing
 * through the recording transport with the memory ledger and with a ledger that keeps
 * nothing, alternating, best of three each, in the same run.
 *
 *   node --expose-gc --import tsx ledger-send.ts [recipients]
 */
import {
  createMailgate,
  type LedgerStore,
  memoryLedgerStore,
  recordingTransport,
} from '../packages/core/src/index';
import { makeRequests, NOW } from './preflight';

export interface LedgerSendFigures {
  readonly recipients: number;
  readonly sendWithLedgerPerSecond: number;
  readonly sendWithoutLedgerPerSecond: number;
  /** Extra time the ledger adds to a send, as a fraction (0.1 = 10%). */
  readonly sendOverhead: number;
  readonly preflightOverhead: number;
}

/** A ledger that answers every call at once and keeps nothing: the baseline. */
function nullLedger(): LedgerStore {
  const empty = { events: [], addresses: [], suppressions: [] };
  return {
    recordMessages: async (messages) => messages.length,
    applyEvents: async (events) => ({
      ...empty,
      events: events.map((event) => ({ id: event.id, result: 'applied' as const })),
    }),
    getMessages: async (ids) => ids.map(() => undefined),
    getMessagesByProviderId: async (ids) => ids.map(() => undefined),
    getMessagesByHeader: async (ids) => ids.map(() => undefined),
    getEvents: async (ids) => ids.map(() => []),
    listMessages: async () => ({ items: [] }),
    getAddressStatuses: async () => [],
    setConfirmations: async () => [],
    recordAddressChanges: async () => {},
    addressHistory: async (_tenant, ids) => ids.map(() => []),
    sweep: async () => ({ ...empty, more: false }),
    forget: async () => [],
    isForgotten: async (hashes) => hashes.map(() => false),
    screen: async () => [],
  };
}

async function run(count: number, ledger: LedgerStore, dryRun: boolean): Promise<number> {
  const gate = createMailgate({
    transport: recordingTransport(),
    stores: { ledger },
    now: () => NOW,
  });
  const requests = makeRequests(count);
  globalThis.gc?.();
  const start = performance.now();
  const cpu = process.cpuUsage();
  await gate.sendBulk(requests, { dryRun, breaker: false }).done();
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - start;
  // CPU time as well: on a shared machine other processes stretch the wall clock.
  return useCpuTime ? (used.user + used.system) / 1000 : wall;
}

/** Measure CPU time instead of wall time (`--cpu`): steadier on a busy machine. */
const useCpuTime = process.argv.includes('--cpu');

async function best(count: number, dryRun: boolean): Promise<[number, number]> {
  let withLedger = Number.POSITIVE_INFINITY;
  let without = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    without = Math.min(without, await run(count, nullLedger(), dryRun));
    withLedger = Math.min(withLedger, await run(count, memoryLedgerStore(), dryRun));
  }
  return [withLedger, without];
}

export async function measureLedgerSend(count = 100_000): Promise<LedgerSendFigures> {
  const [sendWith, sendWithout] = await best(count, false);
  const [preflightWith, preflightWithout] = await best(count * 5, true);
  return {
    recipients: count,
    sendWithLedgerPerSecond: (count / sendWith) * 1000,
    sendWithoutLedgerPerSecond: (count / sendWithout) * 1000,
    sendOverhead: sendWith / sendWithout - 1,
    preflightOverhead: preflightWith / preflightWithout - 1,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
  console.log({ clock: useCpuTime ? 'cpu' : 'wall', ...(await measureLedgerSend(count)) });
}
