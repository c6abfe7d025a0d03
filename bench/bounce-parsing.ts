/**
 * parseBounce on hostile input against real mail, in the same run: each hostile
 * construct at 1 MiB (as bytes, the way mail arrives), and the median throughput over
 * real reports (the development corpus when it is beside the clone, else the package's
 * own fixtures).
 *
 *   cd bench && node --import tsx bounce-parsing.ts
 *
 * Times are this process's CPU time, which other processes on a shared machine do not add
 * to as they add to the wall clock (on an idle machine the two agree). A hostile figure is
 * the best of a few runs; the worst construct is the slowest of those best runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusDir } from '../packages/bounces/scripts/corpus-dir';
import { hostileInputs } from '../packages/bounces/src/__fixtures__/hostile-inputs';
import { parseBounce } from '../packages/bounces/src/index';

const MiB = 1024 * 1024;

export interface HostileFigure {
  readonly construct: string;
  readonly ms: number;
  readonly mibPerSecond: number;
}

export interface BounceParsingFigures {
  /** Every construct at 1 MiB, slowest first. */
  readonly hostile: readonly HostileFigure[];
  readonly realSource: string;
  readonly realMessages: number;
  readonly realMessagesPerSecond: number;
  readonly realMibPerSecond: number;
}

/** Milliseconds of CPU time since `start` (a process.cpuUsage() reading). */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function best(input: Uint8Array, runs: number): number {
  let ms = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    parseBounce(input);
    ms = Math.min(ms, cpuMs(start));
  }
  return ms;
}

function realMail(): { source: string; buffers: Uint8Array[] } {
  const corpus = corpusDir();
  const dir = corpus
    ? join(corpus, 'emails')
    : fileURLToPath(new URL('../packages/bounces/src/__fixtures__/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  return {
    source: corpus ? 'development corpus' : 'package fixtures',
    buffers: files.sort().map((f) => readFileSync(join(dir, f))),
  };
}

export async function measureBounceParsing({ runs = 5, seconds = 3 } = {}) {
  const hostile: HostileFigure[] = [];
  for (const [construct, make] of Object.entries(hostileInputs)) {
    const input = new TextEncoder().encode(make(MiB));
    parseBounce(input); // warm-up
    const ms = best(input, runs);
    hostile.push({ construct, ms, mibPerSecond: input.length / MiB / (ms / 1000) });
  }
  hostile.sort((a, b) => b.ms - a.ms);

  const { source, buffers } = realMail();
  const bytes = buffers.reduce((sum, b) => sum + b.length, 0);
  for (let i = 0; i < 20; i++) for (const b of buffers) parseBounce(b); // warm-up (JIT)
  const passSeconds: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || passSeconds.length < 5) {
    const start = process.cpuUsage();
    for (const b of buffers) parseBounce(b);
    passSeconds.push(cpuMs(start) / 1000);
  }
  passSeconds.sort((a, b) => a - b);
  const median = passSeconds[Math.floor(passSeconds.length / 2)]!;
  return {
    hostile,
    realSource: source,
    realMessages: buffers.length,
    realMessagesPerSecond: buffers.length / median,
    realMibPerSecond: bytes / MiB / median,
  } satisfies BounceParsingFigures;
}

/** The figures as `pnpm bench` prints them. */
export function printBounceParsing(figures: BounceParsingFigures): void {
  const fmt = (value: number, digits = 0) =>
    value.toLocaleString('en', { maximumFractionDigits: digits });
  const worst = figures.hostile[0]!;
  console.log(
    `worst hostile, 1 MiB:  ${fmt(worst.mibPerSecond, 1)} MiB/s (${fmt(worst.ms, 1)} ms, target ≤ 50 ms): ${worst.construct}`,
  );
  console.log(
    `real mail, median:     ${fmt(figures.realMibPerSecond, 1)} MiB/s (${fmt(figures.realMessagesPerSecond)} messages/s over ${figures.realMessages} files of the ${figures.realSource})`,
  );
  console.log(
    `next slowest hostile:  ${figures.hostile
      .slice(1, 4)
      .map((h) => `${fmt(h.ms, 1)} ms ${h.construct}`)
      .join('; ')}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureBounceParsing();
  printBounceParsing(figures);
  if (process.argv.includes('--all')) {
    for (const h of figures.hostile)
      console.log(`${h.ms.toFixed(1).padStart(8)} ms  ${h.construct}`);
  }
}
