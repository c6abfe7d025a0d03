import type { SuppressionStore } from '@mailgate/core';
import { CliError, ExitCode } from '../exit-codes';

/** A suppression store the CLI opened, and how to let it go. */
export interface OpenedStore {
  readonly suppressions: SuppressionStore;
  /** Lets the store go: closes its connections. */
  close(): Promise<void>;
}

/** Opens the store a `--store` option names. Tests pass their own. */
export type OpenStore = (location: string) => Promise<OpenedStore>;

/** The `--store` value as it may be printed: a password in a URL replaced by `***`. */
export function displayStore(location: string): string {
  try {
    const url = new URL(location);
    if (url.password !== '') url.password = '***';
    return url.protocol.length > 2 ? url.toString() : location;
  } catch {
    return location;
  }
}

/**
 * The one place that turns `--store` into a store. PostgreSQL (`postgres://…`) and a PGlite
 * folder come with `@mailgate/store-postgres`, which this version of the CLI does not
 * carry yet: until then every `--store` is refused here, before anything is read or written.
 */
export const openStore: OpenStore = async (location) => {
  throw new CliError(
    ExitCode.unavailable,
    `store ${displayStore(location)} cannot be opened: PostgreSQL and PGlite stores are not wired into this version of the CLI yet`,
  );
};
