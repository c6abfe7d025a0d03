import { describe, expect, it } from 'vitest';
import { hostileInputs } from './__fixtures__/hostile-inputs';
import { MAX_MESSAGE, MAX_RECIPIENTS } from './limits';
import { parseBounce } from './parse-bounce';

/**
 * parseBounce reads mail anyone can send, synchronously: its time must grow no faster
 * than its input. Each construct is parsed at 64 KiB and at 256 KiB; the larger must
 * take less than 4× the smaller (linear, with margin — quadratic would be 16×) and less
 * than 100 ms.
 *
 * CI runs on two shared cores beside other suites, so the time taken is this process's
 * CPU time, which other processes do not add to as they add to the wall clock; each
 * figure is the least of several interleaved runs, times under a floor count as the
 * floor (below it a ratio measures the clock, not the parser), and a failed comparison
 * is measured again before it counts. Inputs are strings, so the figures are the
 * parser's own, not the byte decoder's.
 */

const KiB = 1024;
const FLOOR_MS = 0.5;
const RUNS = 5;
const ATTEMPTS = 3;

/** Milliseconds of CPU time (user and system) one parse takes. */
function timeOnce(input: string): number {
  const start = process.cpuUsage();
  parseBounce(input);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function measure(small: string, large: string): { small: number; large: number } {
  let s = Number.POSITIVE_INFINITY;
  let l = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS; i++) {
    s = Math.min(s, timeOnce(small));
    l = Math.min(l, timeOnce(large));
  }
  return { small: s, large: l };
}

const fits = (t: { small: number; large: number }) =>
  t.large < 4 * Math.max(t.small, FLOOR_MS) && t.large < 100;

describe('parseBounce on hostile input', () => {
  it.each(Object.entries(hostileInputs))('reads %s in linear time', (_, make) => {
    const small = make(64 * KiB);
    const large = make(256 * KiB);
    // Warm-up: the first runs compile the parser's code paths for this shape.
    timeOnce(small);
    timeOnce(large);
    let times = measure(small, large);
    for (let attempt = 1; attempt < ATTEMPTS && !fits(times); attempt++) {
      times = measure(small, large);
    }
    expect(times.large).toBeLessThan(4 * Math.max(times.small, FLOOR_MS));
    expect(times.large).toBeLessThan(100);
  });

  it('reads at most MAX_RECIPIENTS recipients of one report', () => {
    const report = parseBounce(hostileInputs['a DSN naming 20,000+ recipients']!(1024 * KiB));
    expect(report.kind).toBe('bounce');
    expect(report.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(report.recipients[0]).toMatchObject({ address: 'user0@example.org' });
  });

  it('reads a string only as far as it reads the same message as bytes', () => {
    const head = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: sender@example.com',
      'Subject: Undelivered Mail',
      'Content-Type: text/plain',
      '',
      '',
    ].join('\n');
    // The only address stands beyond the cap: neither form gets to it.
    const text = `${head}${'x'.repeat(MAX_MESSAGE)}\nada@example.org: 550 5.1.1 User unknown\n`;
    const fromString = parseBounce(text);
    expect(fromString).toEqual(parseBounce(new TextEncoder().encode(text)));
    expect(fromString.recipients).toEqual([]);
  });

  it('caps the unfolded length of a header it returns', () => {
    const subject = `Undelivered ${'x'.repeat(100 * KiB)}`;
    const report = parseBounce(
      `From: MAILER-DAEMON@mx.example.net\nTo: sender@example.com\nSubject: ${subject}\n\nada@example.org: 550 5.1.1 User unknown\n`,
    );
    expect(report.kind).toBe('bounce');
    expect(report.subject!.length).toBeLessThanOrEqual(16 * KiB);
    expect(report.subject!.startsWith('Undelivered x')).toBe(true);
  });
});
