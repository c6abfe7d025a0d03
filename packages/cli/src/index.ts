export { CliError, ExitCode } from './exit-codes';
export type { CliIo, OutputStream } from './io';
export { type RunOptions, run } from './program';
export type { OpenedStore, OpenStore } from './suppressions/open-store';
