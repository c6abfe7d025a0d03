import { addressHasher } from '../ledger/hash-address';
import type { AddressStatusProblem, LedgerScreenEntry, LedgerStore } from '../ledger/types';
import type { PolicyRequest } from '../policy/policy';
import type { Suppression } from '../stores/types';
import { callStore, type StoreResult } from './with-timeout';

/** What the ledger said about a batch before it was decided. */
export interface LedgerNews {
  /** By position in the batch: the address was forgotten (`gate.forget`). */
  readonly forgotten: ReadonlySet<number>;
  /**
   * By position: a problem time made that the suppression list does not hold yet (a soft
   * bounce past the window, no sweep since), as the entry that will hold it once swept.
   */
  readonly due: ReadonlyMap<number, Suppression>;
}

/** The ledger's part of deciding a batch: where to ask, and the erasure key. */
export interface LedgerScreen {
  readonly store: LedgerStore;
  readonly erasureKey: string | undefined;
}

const hashers = new Map<string, ReturnType<typeof addressHasher>>();

/**
 * Asks the ledger about a whole batch in one call (`LedgerStore.screen`), beside the
 * suppression look-up: forgotten addresses (by their keyed hash, when the gate has an
 * erasure key) and problems that only time made. A ledger that does not answer fails the
 * batch (fail closed: a message the ledger cannot record is not sent).
 */
export async function screenBatch(
  screen: LedgerScreen,
  requests: readonly PolicyRequest[],
  now: number,
  timeoutMs: number,
): Promise<StoreResult<LedgerNews>> {
  const entries: LedgerScreenEntry[] = new Array(requests.length);
  const key = screen.erasureKey;
  if (key === undefined) {
    for (let i = 0; i < requests.length; i++) {
      const request = requests[i]!;
      entries[i] = { tenant: request.context.tenant, address: request.address };
    }
  } else {
    let hash = hashers.get(key);
    if (hash === undefined) {
      hash = addressHasher(key);
      hashers.clear();
      hashers.set(key, hash);
    }
    const hashes = await Promise.all(requests.map((request) => hash(request.address)));
    for (let i = 0; i < requests.length; i++) {
      const request = requests[i]!;
      const found = hashes[i]!;
      entries[i] = {
        tenant: request.context.tenant,
        address: request.address,
        ...(found.isOk() ? { hash: found.value } : {}),
      };
    }
  }
  const answer = await callStore(() => screen.store.screen(entries, now), timeoutMs, {
    valid: (value): value is ScreenAnswer => isScreenAnswer(value, entries.length),
  });
  if (!answer.ok) return answer;
  const forgotten = new Set<number>();
  const due = new Map<number, Suppression>();
  for (const hit of answer.value) {
    if (hit.forgotten === true) forgotten.add(hit.index);
    if (hit.problem !== undefined) {
      const request = requests[hit.index]!;
      due.set(hit.index, dueSuppression(request, hit.problem));
    }
  }
  return { ok: true, value: { forgotten, due } };
}

type ScreenAnswer = Awaited<ReturnType<LedgerStore['screen']>>;

function isScreenAnswer(value: unknown, count: number): value is ScreenAnswer {
  if (!Array.isArray(value)) return false;
  for (const hit of value) {
    if (typeof hit !== 'object' || hit === null) return false;
    const index = (hit as { index?: unknown }).index;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count)
      return false;
  }
  return true;
}

/** The suppression the sweep will write for a problem time made: a bounce, as the sweep does. */
function dueSuppression(request: PolicyRequest, problem: AddressStatusProblem): Suppression {
  return {
    key: request.address,
    scope: { tenant: request.context.tenant },
    reason: 'previously_bounced',
    source: `ledger: ${problem.detail ?? 'soft-bounced past the window'}`,
    createdAt: problem.lastAt,
  };
}
