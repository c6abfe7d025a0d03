/**
 * Memory and lookup speed of the in-memory suppression store at a million entries.
 *
 *   cd bench && node --expose-gc --import tsx suppression-memory.ts
 *
 * Memory counts everything the store holds — the key strings included — as the growth
 * of the V8 heap plus the ArrayBuffers behind the typed-array columns (those live
 * outside the heap, so `heapUsed` alone would flatter the store).
 */
import { pathToFileURL } from 'node:url';
import type { Suppression, SuppressionInput, SuppressionStore } from '../packages/core/src/index';
import { memorySuppressionStore } from '../packages/core/src/index';

export interface SuppressionMemoryFigures {
  readonly entries: number;
  readonly averageKeyLength: number;
  /** Heap (V8 objects and strings) bytes per stored suppression. */
  readonly heapBytesPerSuppression: number;
  /** ArrayBuffer (typed-array column) bytes per stored suppression. */
  readonly columnBytesPerSuppression: number;
  /** Both together: the store's cost per suppression, audit record of the add included. */
  readonly bytesPerSuppression: number;
  readonly addsPerSecond: number;
  /** Keys looked up per second, in batches of 1,000, half of them hits. */
  readonly lookupsPerSecond: number;
  /** The same lookups in a plain `Map<string, Suppression[]>` holding the same entries. */
  readonly baselineLookupsPerSecond: number;
  /** `lookupsPerSecond / baselineLookupsPerSecond`: above 1, the store is faster. */
  readonly lookupRatio: number;
}

const firstNames = ['anna', 'erik', 'lars', 'emma', 'sofia', 'johan', 'maria', 'peter'];
const moreFirstNames = ['lena', 'karl', 'nina', 'olle', 'sara', 'jan', 'eva', 'thomas'];
const first = [...firstNames, ...moreFirstNames];
const last = ['berg', 'jansen', 'lind', 'devries', 'nilsson', 'smit', 'holm', 'bakker', 'dahl'];
const domains = [
  'gmail.com',
  'outlook.com',
  'telia.se',
  'ziggo.nl',
  'web.de',
  'icloud.com',
  'gmx.net',
  'kpn.nl',
];

/** The i-th of 1,152,000 distinct, realistic addresses (`anna.berg123@telia.se`). */
function address(i: number, domainSet = domains): string {
  const f = first[i % first.length];
  const l = last[Math.floor(i / first.length) % last.length];
  const n = Math.floor(i / (first.length * last.length)) % 1000;
  const d = domainSet[Math.floor(i / (first.length * last.length * 1000)) % domainSet.length];
  return `${f}.${l}${n}@${d}`;
}

function retainedBytes(): { heap: number; buffers: number } {
  globalThis.gc?.();
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, buffers: usage.arrayBuffers };
}

async function fill(store: SuppressionStore, entries: number): Promise<number> {
  let characters = 0;
  for (let start = 0; start < entries; start += 1000) {
    const batch: SuppressionInput[] = [];
    for (let i = start; i < Math.min(entries, start + 1000); i++) {
      const key = address(i);
      characters += key.length;
      batch.push({
        key,
        scope: { tenant: 'acme' },
        reason: 'previously_bounced',
        source: 'import',
      });
    }
    await store.add(batch, { actor: 'bench', note: 'imported bounces' });
  }
  return characters / entries;
}

/** Batches of fresh lookup keys: every other one a hit. */
function lookupBatches(entries: number): string[][] {
  // Fresh string objects, as a request would bring them, in an order unrelated to the
  // order they were added in (a stride coprime to the count), so hits are not served
  // from cache lines that the previous key already loaded.
  const batches: string[][] = [];
  for (let start = 0; start < entries; start += 1000) {
    const keys: string[] = [];
    for (let n = start; n < Math.min(entries, start + 1000); n++) {
      const i = (n * 7919) % entries;
      keys.push(n % 2 === 0 ? address(i) : address(i, ['hotmail.com', 'yahoo.com']));
    }
    batches.push(keys);
  }
  return batches;
}

type Lookup = (keys: readonly string[]) => Promise<ReadonlyArray<unknown>>;

/** Keys per second over all batches; the best of three passes, as the machine is shared. */
async function timeLookups(lookup: Lookup, entries: number): Promise<number> {
  let best = 0;
  for (let pass = 0; pass < 3; pass++) {
    const batches = lookupBatches(entries);
    const started = performance.now();
    let hits = 0;
    for (const keys of batches) {
      for (const found of await lookup(keys)) if (found !== undefined) hits++;
    }
    const seconds = (performance.now() - started) / 1000;
    if (hits < entries / 2 - 1000) throw new Error(`only ${hits} hits: the bench is broken`);
    best = Math.max(best, entries / seconds);
  }
  return best;
}

/** The obvious store, for the ratio: one Map of key → array of entry objects. */
function naiveLookup(entries: number): Lookup {
  const map = new Map<string, Suppression[]>();
  for (let i = 0; i < entries; i++) {
    const key = address(i);
    const entry: Suppression = {
      key,
      scope: { tenant: 'acme' },
      reason: 'previously_bounced',
      source: 'import',
      createdAt: 0,
    };
    map.set(key, [entry]);
  }
  return async (keys) => keys.map((key) => map.get(key));
}

export async function measureSuppressionMemory(
  entries = 1_000_000,
): Promise<SuppressionMemoryFigures> {
  if (globalThis.gc === undefined) console.warn('run with --expose-gc: figures include garbage');
  const before = retainedBytes();
  const store = memorySuppressionStore();
  const started = performance.now();
  const averageKeyLength = await fill(store, entries);
  const addsPerSecond = entries / ((performance.now() - started) / 1000);
  // One audit record per stored entry: a repeated address would have been skipped.
  const stored = await store.audit({ cursor: String(entries - 2), limit: 2 });
  if (stored.items.length !== 1) throw new Error('generated addresses repeat: the bench is broken');
  const after = retainedBytes();
  const heapBytesPerSuppression = (after.heap - before.heap) / entries;
  const columnBytesPerSuppression = (after.buffers - before.buffers) / entries;
  const now = Date.now();
  const lookupsPerSecond = await timeLookups((keys) => store.lookup('acme', keys, now), entries);
  const baselineLookupsPerSecond = await timeLookups(naiveLookup(entries), entries);
  return {
    entries,
    averageKeyLength,
    heapBytesPerSuppression,
    columnBytesPerSuppression,
    bytesPerSuppression: heapBytesPerSuppression + columnBytesPerSuppression,
    addsPerSecond,
    lookupsPerSecond,
    baselineLookupsPerSecond,
    lookupRatio: lookupsPerSecond / baselineLookupsPerSecond,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureSuppressionMemory();
  const round = (n: number) => Math.round(n * 10) / 10;
  const perSecond = (n: number) => Math.round(n).toLocaleString('en');
  console.log(`suppressions stored:         ${figures.entries.toLocaleString('en')}`);
  console.log(`average key length:          ${round(figures.averageKeyLength)} characters`);
  console.log(`heap bytes / suppression:    ${round(figures.heapBytesPerSuppression)}`);
  console.log(`column bytes / suppression:  ${round(figures.columnBytesPerSuppression)}`);
  console.log(`total bytes / suppression:   ${round(figures.bytesPerSuppression)} (target ≤ 150)`);
  console.log(`adds / s:                    ${perSecond(figures.addsPerSecond)}`);
  console.log(`lookups / s (1,000 a batch): ${perSecond(figures.lookupsPerSecond)}`);
  console.log(`  plain Map baseline:        ${perSecond(figures.baselineLookupsPerSecond)}`);
  console.log(`  ratio to the baseline:     ${Math.round(figures.lookupRatio * 100) / 100}`);
}
