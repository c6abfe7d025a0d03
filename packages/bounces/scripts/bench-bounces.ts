/**
 * Throughput of parseBounce over the development corpus, one core, and optionally a CPU
 * profile of the timed loop only (not the reading of files nor the JIT warm-up).
 *
 *   pnpm --filter @mailgate/bounces bench                  # messages/s
 *   pnpm --filter @mailgate/bounces bench --profile out.cpuprofile
 *   pnpm --filter @mailgate/bounces bench --crlf --seconds 5
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { parseBounce } from '../src/index';
import { corpusDir } from './corpus-dir';

const emailDir = join(corpusDir() ?? 'shared/corpus/bounces', 'emails');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const seconds = Number(arg('--seconds') ?? 3);
const profile = arg('--profile');
const crlf = process.argv.includes('--crlf');

if (!existsSync(emailDir)) {
  console.log(`No corpus at ${emailDir}; nothing to measure.`);
  process.exit(0);
}
const files = readdirSync(emailDir)
  .filter((f) => f.endsWith('.eml'))
  .sort()
  .map((f) => readFileSync(join(emailDir, f)));
const buffers = crlf
  ? files.map((b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1'))
  : files;

function pass(): void {
  for (const b of buffers) parseBounce(b);
}

for (let i = 0; i < 5; i++) pass(); // warm-up (JIT)

const session = profile ? new Session() : undefined;
const post = (method: string, params?: object) =>
  new Promise<unknown>((ok, fail) =>
    session!.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res))),
  );
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
}

const rates: number[] = [];
const end = performance.now() + seconds * 1000;
while (performance.now() < end) {
  const start = performance.now();
  pass();
  rates.push(buffers.length / ((performance.now() - start) / 1000));
}

if (session) {
  const { profile: data } = (await post('Profiler.stop')) as { profile: unknown };
  writeFileSync(profile!, JSON.stringify(data));
  session.disconnect();
}

rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
const best = rates[rates.length - 1]!;
console.log(
  `${buffers.length} files${crlf ? ' (CRLF)' : ''}, ${rates.length} passes: median ${Math.round(median)} messages/s, best ${Math.round(best)}`,
);
