import { SingleBar } from 'cli-progress';
import type { CliIo } from './io';

/** A progress bar for long operations, or nothing. */
export interface Progress {
  tick(count?: number): void;
  stop(): void;
}

const none: Progress = { tick() {}, stop() {} };

/**
 * A bar on stderr, only when stderr is a terminal, the output is not JSON and the work is
 * long enough to be worth one; otherwise a progress that does nothing, so a pipe or a log
 * never gets the bar's control characters.
 */
export function startProgress(
  io: CliIo,
  options: { readonly total: number; readonly label: string; readonly json: boolean },
): Progress {
  if (options.json || io.stderr.isTTY !== true || options.total < 200) return none;
  const bar = new SingleBar({
    format: `${options.label} [{bar}] {value}/{total}`,
    stream: io.stderr as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(options.total, 0);
  return {
    tick: (count = 1) => bar.increment(count),
    stop: () => bar.stop(),
  };
}
