import type { Result } from 'neverthrow';
import type { SuppressionAdminError } from '../stores/admin-errors';
import {
  type ImportSuppressionRow,
  type ImportSuppressionsOptions,
  type ImportSuppressionsSummary,
  importSuppressionRows,
} from '../stores/import-suppressions';
import type { SuppressionInput, SuppressionReason } from '../stores/types';
import { type GateContext, safeHook } from './gate-context';
import { callStore } from './with-timeout';

/** The imported reasons a mailing counts as unsubscribes from another system. */
const UNSUBSCRIBES = new Set<SuppressionReason>([
  'unsubscribed_from_all',
  'unsubscribed_from_type',
]);

/**
 * Seed 003's "import the unsubscribes of other systems", mailing-aware: the rows go to the
 * gate's suppression list as `importSuppressions` puts them there, and each batch's new
 * unsubscribes are counted in the mailings their addresses are in
 * (`counts.importedUnsubscribes`), one store call per scope. A failure to count goes to
 * `onError`: the suppressions, which are what keeps the addresses from being mailed, are
 * stored all the same.
 */
export function importUnsubscribes(
  context: GateContext,
  rows: Iterable<ImportSuppressionRow> | AsyncIterable<ImportSuppressionRow>,
  options: ImportSuppressionsOptions,
): Promise<Result<ImportSuppressionsSummary, SuppressionAdminError>> {
  const now = () => options?.now?.() ?? context.now();
  return importSuppressionRows(
    context.stores.suppressions,
    rows,
    { ...options, now },
    async (entries: readonly SuppressionInput[]) => {
      const byScope = new Map<string | undefined, string[]>();
      for (const entry of entries) {
        if (!UNSUBSCRIBES.has(entry.reason)) continue;
        const tenant = entry.scope === 'global' ? undefined : entry.scope.tenant;
        let keys = byScope.get(tenant);
        if (keys === undefined) {
          keys = [];
          byScope.set(tenant, keys);
        }
        keys.push(entry.key);
      }
      for (const [tenant, keys] of byScope) {
        const counted = await callStore(
          () => context.stores.mailings.addImported(tenant, keys, now()),
          context.storeTimeoutMs,
        );
        if (!counted.ok)
          safeHook(
            context,
            (hooks) => hooks.onError?.(new Error(counted.failure.message), 'mailings.addImported'),
            'onError',
          );
      }
    },
  );
}
