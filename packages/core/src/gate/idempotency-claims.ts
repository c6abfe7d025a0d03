import { createMessageId } from '../ledger/message-id';
import type { GateContext } from './gate-context';
import { LeaseTakenOverError } from './lease-taken-over';
import { isClaimAnswer } from './store-answers';
import { afterSend } from './store-bookkeeping';
import { callStore, type StoreResult } from './with-timeout';

/**
 * Every claim and release of idempotency keys goes through here, so that how a claim is
 * taken and given back is decided in one place.
 *
 * Claims the keys for sending, in the name of `owner` (from `leaseOwner`): per key,
 * whether this call claimed it. A claim that answers after the store time-out was already
 * treated as "store unavailable", so nothing will be sent under it: what the late answer
 * claimed is given back at once, or the key would read as "sent" for the whole time to
 * live.
 */
export function claimKeys(
  context: GateContext,
  keys: readonly string[],
  owner: string,
): Promise<StoreResult<readonly boolean[]>> {
  return callStore(
    () => context.stores.idempotency.claim(keys, leaseMs(context), owner),
    context.storeTimeoutMs,
    {
      valid: (value): value is readonly boolean[] => isClaimAnswer(value, keys.length),
      late: (claimed) => {
        const taken = keys.filter((_, i) => claimed[i] === true);
        if (taken.length > 0) void context.lifecycle.track(releaseKeys(context, taken, owner));
      },
    },
  );
}

/**
 * A new owner token for one claim: a ULID (random, and unique across machines), so that
 * only this batch's confirm and release act on the keys it claims.
 */
export function leaseOwner(context: GateContext): string {
  return createMessageId(context.now());
}

/**
 * A claim is a lease: long enough for the send it guards (the transport's time-out plus
 * the store calls around it, with a margin), so that a process that dies mid-send frees
 * its keys; a send that went out confirms them for the whole time to live.
 */
export function leaseMs(context: GateContext): number {
  return context.sendTimeoutMs + 4 * context.storeTimeoutMs + 60_000;
}

/**
 * Marks keys as sent after sends that went out or may have: never claimable again. A key
 * another claimant had taken over meanwhile (this lease lapsed mid-send) may have been
 * sent twice: reported to `onError` as a `LeaseTakenOverError`.
 */
export function confirmKeys(
  context: GateContext,
  keys: readonly string[],
  owner: string,
): Promise<void> {
  return afterSend(
    context,
    () => context.stores.idempotency.confirm(keys, context.idempotencyTtlMs, owner),
    'idempotency.confirm',
    takenOver(keys, 'confirm'),
  );
}

/**
 * Gives claims back after sends that surely did not go out, so they may be tried again.
 * A key another claimant had taken over stays theirs: reported to `onError`.
 */
export function releaseKeys(
  context: GateContext,
  keys: readonly string[],
  owner: string,
): Promise<void> {
  return afterSend(
    context,
    () => context.stores.idempotency.release(keys, owner),
    'idempotency.release',
    takenOver(keys, 'release'),
  );
}

/** Checks a confirm or release answer: one boolean per key, false where taken over. */
function takenOver(keys: readonly string[], action: 'confirm' | 'release') {
  return {
    valid: (value: unknown): value is readonly boolean[] => isClaimAnswer(value, keys.length),
    problem: (owned: readonly boolean[]) => {
      const lost = keys.filter((_, i) => owned[i] === false);
      return lost.length === 0 ? undefined : new LeaseTakenOverError(action, lost);
    },
  };
}
