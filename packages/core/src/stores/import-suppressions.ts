import { err, ok, type Result } from 'neverthrow';
import type { MailingStore } from '../mailing/types';
import { adminError, describe, type SuppressionAdminError, storeCall } from './admin-errors';
import { checkActor, checkReason, checkScope, checkSubscriptionType } from './admin-validation';
import { isSuppressionReason, normalizeSuppressionKey } from './suppression-key';
import type {
  AuditActor,
  Suppression,
  SuppressionInput,
  SuppressionReason,
  SuppressionScope,
  SuppressionStore,
} from './types';

/** One row of an import: an address, or an address with its own reason and type. */
export type ImportSuppressionRow =
  | string
  | {
      readonly address: string;
      readonly reason?: SuppressionReason;
      readonly subscriptionType?: string;
    };

/** Options of `importSuppressions`: the scope, the source and who imports. */
export interface ImportSuppressionsOptions {
  readonly scope: SuppressionScope;
  /** Where the rows come from, e.g. 'import:hubspot'; kept on every entry. */
  readonly source: string;
  readonly by: AuditActor;
  /**
   * The reason of rows that name none: by default `unsubscribed_from_type` when a
   * `subscriptionType` is given, else `unsubscribed_from_all`.
   */
  readonly reason?: SuppressionReason;
  /** The subscription type of rows that name none. */
  readonly subscriptionType?: string;
  /** Rows per store write; 1,000 by default. */
  readonly batchSize?: number;
  /** The clock that tells which existing entries are still in force. */
  readonly now?: () => number;
  /**
   * The mailing store the gate was given (`stores.mailings`). Each new unsubscribe
   * (`unsubscribed_from_all`, `unsubscribed_from_type`) is then counted, once, in the
   * mailings its address is in: `counts.importedUnsubscribes` of `gate.mailing` (seed
   * 003's "import the unsubscribes of other systems", mailing-aware).
   */
  readonly mailings?: MailingStore;
}

/** A row of an import that was not stored, and why. */
export interface ImportInvalidRow {
  /** Index of the row in the input, from 0. */
  readonly row: number;
  readonly value: unknown;
  readonly problem: string;
}

/** What `importSuppressions` did: how many were added, skipped, and the invalid rows. */
export interface ImportSuppressionsSummary {
  readonly added: number;
  /** Rows already on the list in this scope, or repeated earlier in the input. */
  readonly skippedDuplicates: number;
  readonly invalid: readonly ImportInvalidRow[];
  /**
   * With `mailings`: new unsubscribes the mailing store failed to count. They are stored
   * (and suppressed) all the same; only the mailings' `importedUnsubscribes` miss them.
   */
  readonly uncountedInMailings?: number;
}

type Entry = SuppressionInput & { readonly subscriptionType: string | undefined };

/**
 * Imports suppressions kept elsewhere, such as the unsubscribes of another mailing
 * system. Each row is validated and normalized; rows that are not e-mail addresses are
 * reported in `invalid` with their index, never stored. Whole domains are refused here
 * on purpose: one stray `@gmail.com` row would silence a mail provider for the scope —
 * use `addSuppression({ domain })` for that. Rows go to the store in batches (a lookup to
 * skip entries already there, then one `add`), so re-running an import is harmless.
 */
export async function importSuppressions(
  store: SuppressionStore,
  rows: Iterable<ImportSuppressionRow> | AsyncIterable<ImportSuppressionRow>,
  options: ImportSuppressionsOptions,
): Promise<Result<ImportSuppressionsSummary, SuppressionAdminError>> {
  try {
    const checked = checkOptions(options);
    if (checked.isErr()) return err(checked.error);
    const { scope, by, defaults } = checked.value;
    const batchSize = options.batchSize ?? 1000;
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      return adminError('invalid_input', 'batchSize must be a whole number of at least 1');
    }
    const clock = options.now ?? Date.now;
    const invalid: ImportInvalidRow[] = [];
    const seen = new Set<string>();
    let addedCount = 0;
    let skippedDuplicates = 0;
    let uncounted = 0;
    let batch: Entry[] = [];

    const flush = async (): Promise<Result<void, SuppressionAdminError>> => {
      const entries = batch;
      batch = [];
      const fresh = await freshEntries(store, entries, scope, clock());
      if (fresh.isErr()) return err(fresh.error);
      skippedDuplicates += entries.length - fresh.value.length;
      if (fresh.value.length === 0) return ok(undefined);
      const written = await storeCall('adding imported suppressions', () =>
        store.add(fresh.value, by),
      );
      if (written.isOk()) {
        addedCount += fresh.value.length;
        if (options.mailings !== undefined)
          uncounted += await countInMailings(options.mailings, fresh.value, clock());
      }
      return written;
    };

    let index = 0;
    try {
      for await (const row of rows) {
        const entry = readRow(row, defaults, scope, options.source);
        if (typeof entry === 'string') {
          invalid.push({ row: index, value: row, problem: entry });
        } else {
          const identity = `${entry.key}\u0000${entry.reason}\u0000${entry.subscriptionType ?? ''}`;
          if (seen.has(identity)) skippedDuplicates++;
          else {
            seen.add(identity);
            batch.push(entry);
          }
        }
        index++;
        if (batch.length >= batchSize) {
          const flushed = await flush();
          if (flushed.isErr()) return err(stopped(flushed.error, addedCount));
        }
      }
    } catch (cause) {
      return adminError('invalid_input', `reading row ${index} failed: ${describe(cause)}`);
    }
    if (batch.length > 0) {
      const flushed = await flush();
      if (flushed.isErr()) return err(stopped(flushed.error, addedCount));
    }
    const summary = { added: addedCount, skippedDuplicates, invalid };
    return ok(
      options.mailings === undefined ? summary : { ...summary, uncountedInMailings: uncounted },
    );
  } catch (cause) {
    return adminError('invalid_input', `unreadable input: ${describe(cause)}`);
  }
}

interface Defaults {
  readonly reason: SuppressionReason;
  readonly subscriptionType: string | undefined;
}

function checkOptions(options: ImportSuppressionsOptions) {
  const scope = checkScope(options?.scope);
  if (scope.isErr()) return err(scope.error);
  const by = checkActor(options.by, false);
  if (by.isErr()) return err(by.error);
  if (typeof options.source !== 'string' || options.source.trim() === '') {
    return adminError('invalid_input', "source must say where the rows come from ('import:…')");
  }
  const reason = checkReason(
    options.reason ??
      (options.subscriptionType === undefined ? 'unsubscribed_from_all' : 'unsubscribed_from_type'),
  );
  if (reason.isErr()) return err(reason.error);
  if (options.subscriptionType !== undefined) {
    const type = checkSubscriptionType('unsubscribed_from_type', options.subscriptionType);
    if (type.isErr()) return err(type.error);
  }
  const defaults: Defaults = { reason: reason.value, subscriptionType: options.subscriptionType };
  return ok({ scope: scope.value, by: by.value, defaults });
}

/** The entry a row stands for, or the problem with it. */
function readRow(
  row: unknown,
  defaults: Defaults,
  scope: SuppressionScope,
  source: string,
): Entry | string {
  const fields = (typeof row === 'object' && row !== null ? row : { address: row }) as {
    address?: unknown;
    reason?: unknown;
    subscriptionType?: unknown;
  };
  if (typeof fields.address !== 'string') return 'no address';
  const key = normalizeSuppressionKey(fields.address);
  if (key === undefined) return 'not an e-mail address';
  if (key.startsWith('@')) return 'a whole domain: add it with addSuppression({ domain })';
  const reason = fields.reason ?? defaults.reason;
  if (!isSuppressionReason(reason)) return `unknown reason: ${String(reason)}`;
  const type = checkSubscriptionType(reason, fields.subscriptionType ?? defaults.subscriptionType);
  if (type.isErr()) return type.error.message;
  return { key, scope, reason, subscriptionType: type.value, source };
}

/** The entries of a batch that are not yet in force in the scope. */
async function freshEntries(
  store: SuppressionStore,
  entries: readonly Entry[],
  scope: SuppressionScope,
  now: number,
): Promise<Result<Entry[], SuppressionAdminError>> {
  // For the global scope any tenant will do: global entries apply to all of them.
  const tenant = scope === 'global' ? '' : scope.tenant;
  const found = await storeCall('looking up existing suppressions', () =>
    store.lookup(
      tenant,
      entries.map((entry) => entry.key),
      now,
    ),
  );
  return found.map((existing) =>
    entries.filter((entry, i) => !existing[i]?.some((current) => sameEntry(current, entry, scope))),
  );
}

function sameEntry(current: Suppression, entry: Entry, scope: SuppressionScope): boolean {
  const sameScope =
    current.scope === 'global' || scope === 'global'
      ? current.scope === scope
      : current.scope.tenant === scope.tenant;
  return (
    sameScope &&
    current.reason === entry.reason &&
    (current.subscriptionType ?? undefined) === entry.subscriptionType
  );
}

/** The imported reasons a mailing counts as unsubscribes from another system. */
const UNSUBSCRIBES = new Set<SuppressionReason>([
  'unsubscribed_from_all',
  'unsubscribed_from_type',
]);

/**
 * Counts a stored batch's new unsubscribes in the mailings their addresses are in, one
 * store call per scope; answers how many the mailing store failed to count.
 */
async function countInMailings(
  mailings: MailingStore,
  entries: readonly SuppressionInput[],
  now: number,
): Promise<number> {
  const byScope = new Map<string | undefined, string[]>();
  for (const entry of entries) {
    if (!UNSUBSCRIBES.has(entry.reason)) continue;
    const tenant = entry.scope === 'global' ? undefined : entry.scope.tenant;
    const keys = byScope.get(tenant);
    if (keys === undefined) byScope.set(tenant, [entry.key]);
    else keys.push(entry.key);
  }
  let uncounted = 0;
  for (const [tenant, keys] of byScope) {
    const counted = await storeCall('counting imported unsubscribes', () =>
      Promise.resolve(mailings.addImported(tenant, keys, now)),
    );
    if (counted.isErr()) uncounted += keys.length;
  }
  return uncounted;
}

function stopped(error: SuppressionAdminError, added: number): SuppressionAdminError {
  return { type: error.type, message: `${error.message} (import stopped after ${added} added)` };
}
