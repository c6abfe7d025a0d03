import { hashAddress } from '../ledger/hash-address';
import type { GateContext } from './gate-context';
import type { PreparedRequest } from './prepare-request';
import { callStore, type StoreResult } from './with-timeout';

/**
 * Asks the ledger, once per batch before anything is sent, which addresses were
 * forgotten (`gate.forget`): they stay blocked through their keyed hash. The call is made
 * even without an erasure key, so that a ledger that is down stops the batch (fail
 * closed: a message the ledger cannot record is not sent). Answers, per request, whether
 * its address was forgotten.
 */
export async function forgottenAddresses(
  context: GateContext,
  prepared: readonly PreparedRequest[],
): Promise<StoreResult<readonly boolean[]>> {
  const key = context.erasureKey;
  const hashes: string[] = [];
  const at: number[] = [];
  if (key !== undefined) {
    const results = await Promise.all(
      prepared.map((request) =>
        request.policyRequest === undefined
          ? undefined
          : hashAddress(request.policyRequest.address, key),
      ),
    );
    results.forEach((result, i) => {
      if (result?.isOk()) {
        at.push(i);
        hashes.push(result.value);
      }
    });
  }
  const answer = await callStore(
    () => context.stores.ledger.isForgotten(hashes),
    context.storeTimeoutMs,
    {
      valid: (value): value is readonly boolean[] =>
        Array.isArray(value) && value.length === hashes.length,
    },
  );
  if (!answer.ok) return answer;
  const forgotten = new Array<boolean>(prepared.length).fill(false);
  at.forEach((index, i) => {
    forgotten[index] = answer.value[i] === true;
  });
  return { ok: true, value: forgotten };
}
