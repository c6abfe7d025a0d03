/**
 * Memory and ingest speed of the in-memory delivery ledger.
 *
 *   cd bench && node --expose-gc --import tsx ledger-memory.ts
 *
 * Memory counts everything the store holds for a recorded message — its id, recipient
 * id, address and provider id strings included — as the growth of the V8 heap plus the
 * ArrayBuffers behind the typed-array columns. Ingest is what `gate.ingest` will do per
 * batch: match the events by provider id (`matchEvents`), then apply them.
 */
import { pathToFileURL } from 'node:url';
import type { LedgerEventInput, LedgerMessageInput, LedgerStore } from '../packages/core/src/index';
import { createMessageId, matchEvents, memoryLedgerStore } from '../packages/core/src/index';

export interface LedgerMemoryFigures {
  readonly messages: number;
  readonly heapBytesPerMessage: number;
  readonly columnBytesPerMessage: number;
  /** Both together: the store's cost per recorded message. */
  readonly bytesPerMessage: number;
  readonly recordsPerSecond: number;
  /** Events matched by provider id and applied, per second, in batches of 1,000 (best pass). */
  readonly eventsPerSecond: number;
  /**
   * The same per second of CPU time used by the process (GC threads included): what one
   * core does, whatever else the machine is running at the time.
   */
  readonly eventsPerCpuSecond: number;
}

const first = ['anna', 'erik', 'lars', 'emma', 'sofia', 'johan', 'maria', 'peter', 'lena', 'karl'];
const last = ['berg', 'jansen', 'lind', 'devries', 'nilsson', 'smit', 'holm', 'bakker', 'dahl'];
const domains = ['gmail.com', 'outlook.com', 'telia.se', 'ziggo.nl', 'web.de', 'kpn.nl'];

/** The i-th of a million distinct, realistic addresses (`anna.berg123@telia.se`). */
function address(i: number): string {
  const f = first[i % first.length];
  const l = last[Math.floor(i / first.length) % last.length];
  const n = Math.floor(i / (first.length * last.length)) % 10_000;
  const d = domains[Math.floor(i / (first.length * last.length * 10_000)) % domains.length];
  return `${f}.${l}${n}@${d}`;
}

/** A provider id shaped like Amazon SES's (60 characters). */
function providerId(i: number): string {
  const hex = i.toString(16).padStart(8, '0');
  return `0100018c7f5a${hex}-2f1d4c6a-7b8e-4f2a-9c3d-1e2f${hex}-000000`;
}

function retainedBytes(): { heap: number; buffers: number } {
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, buffers: usage.arrayBuffers };
}

/** Matches `events` events of `type` by provider id and applies them, 1,000 a batch. */
async function ingest(
  store: LedgerStore,
  type: LedgerEventInput['type'],
  events: number,
  now: number,
): Promise<number> {
  let applied = 0;
  for (let from = 0; from < events; from += 1000) {
    const count = Math.min(events, from + 1000) - from;
    const queries = Array.from({ length: count }, (_, k) => ({
      messageId: providerId(from + k),
      at: now,
    }));
    const matches = await matchEvents(store, queries, now);
    const batch: LedgerEventInput[] = matches.map((match, k) => ({
      id: `${type}-${from + k}`,
      type,
      tenant: match!.message.tenant,
      address: match!.message.address ?? '',
      messageId: match!.message.id,
      match: match!.by,
      at: now,
      source: 'ses',
    }));
    const result = await store.applyEvents(batch, now);
    for (const event of result.events) if (event.result === 'applied') applied++;
  }
  return applied;
}

export async function measureLedgerMemory(messages = 1_000_000): Promise<LedgerMemoryFigures> {
  if (globalThis.gc === undefined) console.warn('run with --expose-gc: figures include garbage');
  const start = Date.UTC(2026, 0, 1);
  const before = retainedBytes();
  const store = memoryLedgerStore();
  const recordStarted = performance.now();
  for (let from = 0; from < messages; from += 1000) {
    const batch: LedgerMessageInput[] = [];
    for (let i = from; i < Math.min(messages, from + 1000); i++) {
      batch.push({
        id: createMessageId(start + i),
        tenant: 'acme',
        recipientId: `member-${i}`,
        address: address(i),
        category: 'newsletter',
        mailingId: `mailing-${Math.floor(i / 100_000)}`,
        transport: 'ses',
        providerMessageId: providerId(i),
        status: 'sent',
        at: start + i,
      });
    }
    if ((await store.recordMessages(batch)) !== batch.length)
      throw new Error('the bench is broken');
  }
  const recordsPerSecond = messages / ((performance.now() - recordStarted) / 1000);
  const after = retainedBytes();
  const heapBytesPerMessage = (after.heap - before.heap) / messages;
  const columnBytesPerMessage = (after.buffers - before.buffers) / messages;

  // Three passes of 100,000 events (deliveries, then opens, then clicks), the best one
  // counted, as the machine is shared.
  const events = Math.min(messages, 100_000);
  const now = start + messages;
  let eventsPerSecond = 0;
  let eventsPerCpuSecond = 0;
  for (const type of ['delivered', 'open', 'click'] as const) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const applied = await ingest(store, type, events, now);
    const used = process.cpuUsage(cpu);
    if (applied !== events) throw new Error(`only ${applied} events applied: the bench is broken`);
    eventsPerSecond = Math.max(eventsPerSecond, events / ((performance.now() - started) / 1000));
    const cpuSeconds = (used.user + used.system) / 1e6;
    eventsPerCpuSecond = Math.max(eventsPerCpuSecond, events / cpuSeconds);
  }
  return {
    messages,
    heapBytesPerMessage,
    columnBytesPerMessage,
    bytesPerMessage: heapBytesPerMessage + columnBytesPerMessage,
    recordsPerSecond,
    eventsPerSecond,
    eventsPerCpuSecond,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureLedgerMemory();
  const round = (n: number) => Math.round(n * 10) / 10;
  const perSecond = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`messages recorded:        ${figures.messages.toLocaleString('en')}`);
  console.log(`heap bytes / message:     ${round(figures.heapBytesPerMessage)}`);
  console.log(`column bytes / message:   ${round(figures.columnBytesPerMessage)}`);
  console.log(`total bytes / message:    ${round(figures.bytesPerMessage)} (target ≤ 400)`);
  console.log(`records / s:              ${perSecond(figures.recordsPerSecond)}`);
  console.log(`events ingested / s:      ${perSecond(figures.eventsPerSecond)} (target ≥ 50,000)`);
  console.log(`  per CPU second:         ${perSecond(figures.eventsPerCpuSecond)}`);
}
