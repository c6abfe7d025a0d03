import { normalizeAddress } from '../address/normalize-address';
import { zeroCounts } from '../mailing/counts';
import { resolveThresholds } from '../mailing/thresholds';
import type {
  ClaimAnswer,
  MailingRef,
  MailingThresholds,
  RecipientClaim,
  RecipientSettlement,
} from '../mailing/types';
import type { NotSent, Sent } from '../outcome';
import type { Reason } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import type { Decision } from './decide';
import { type GateContext, safeHook } from './gate-context';
import { leaseMs } from './idempotency-claims';
import { pauseIfTripped } from './mailing-pause';
import { notSent } from './not-sent';
import { callStore } from './with-timeout';

/** One batch of a mailing: what may be handed over, and how to settle it afterwards. */
export interface MailingBatch {
  /** Requests of the batch that must not be sent, with their outcome. */
  readonly refused: ReadonlyMap<number, NotSent>;
  /** Records how the batch ended (`outcomes[index]`), then checks the rates. */
  settle(outcomes: ReadonlyArray<Sent | NotSent | undefined>): Promise<void>;
}

/** The mailing side of a `sendBulk` run (`BulkOptions.mailing`). */
export interface MailingRun {
  readonly ref: MailingRef;
  /** The mailing was found paused (or was paused by this run): hand nothing more over. */
  readonly held: boolean;
  /** Reads the state and writes the batch's recipients ahead of the hand-off: one store call. */
  admit(
    decisions: readonly Decision[],
    indices: readonly number[],
    ids: readonly string[],
  ): Promise<MailingBatch>;
  /** The run ended without being stopped: the mailing is done, unless the run is one `part`. */
  finish(): Promise<void>;
}

const NOT_COUNTED = new Set<Reason>(['duplicate_request', 'campaign_paused']);

const DETAILS: Partial<Record<ClaimAnswer, string>> = {
  mailed: 'already handed to a transport in this mailing (or the one it sends the remaining of)',
  in_flight: 'another process is handing this message to a transport right now',
  uncertain:
    'a process stopped while handing this message to a transport: it may have gone out, so it is not sent again (list it with mailingRecipients)',
};

/**
 * Starts the mailing side of a run. `remainingOf` makes it `sendToRemaining`: the parent's
 * recipients and the unengaged are left out.
 */
export function mailingRun(
  context: GateContext,
  ref: MailingRef,
  remainingOf?: { readonly parentId: string; readonly unengagedBefore: number },
): MailingRun {
  const thresholds: MailingThresholds = resolveThresholds(
    context.mailingThresholds,
    context.tenantThresholds?.[ref.tenant],
    ref.thresholds,
  );
  const key = { tenant: ref.tenant, id: ref.id };
  let held = false;
  const fail = (where: string, message: string) =>
    safeHook(context, (hooks) => hooks.onError?.(new Error(message), where), 'onError');

  const admit = async (
    decisions: readonly Decision[],
    indices: readonly number[],
    ids: readonly string[],
  ): Promise<MailingBatch> => {
    const refused = new Map<number, NotSent>();
    const refuse = (index: number, reason: Reason, detail?: string) => {
      const prepared = decisions[index]!.prepared!;
      refused.set(
        index,
        notSent(reason, 'policy', {
          recipientId: prepared.request.recipient.id,
          address: prepared.display,
          idempotencyKey: prepared.request.context.idempotencyKey,
          detail,
        }),
      );
    };
    // One pass over the batch reads each request once: the tenant check and the claim.
    const claims: number[] = [];
    const recipients: RecipientClaim[] = [];
    for (const index of indices) {
      const prepared = decisions[index]!.prepared!;
      const { request } = prepared;
      if (request.context.tenant !== ref.tenant) {
        refuse(
          index,
          'invalid_request',
          `the request's tenant is not the mailing's (${ref.tenant})`,
        );
        continue;
      }
      claims.push(index);
      recipients.push({
        recipientId: request.recipient.id,
        // Normalized once already, when the request was prepared.
        address:
          prepared.policyRequest?.address ??
          normalizeAddress(prepared.display!) ??
          prepared.display!,
        messageId: ids[index]!,
      });
    }
    const now = context.now();
    const claimed = await callStore(
      () =>
        context.stores.mailings.claim({ ...ref, thresholds }, recipients, {
          now,
          leaseMs: leaseMs(context),
          ...(remainingOf === undefined ? {} : { remainingOf }),
        }),
      context.storeTimeoutMs,
    );
    // By index in the batch: 1 + the recipient's place in `recipients` when this run
    // claimed it, 0 otherwise (no Set per batch).
    const sendable = new Int32Array(decisions.length);
    if (!claimed.ok || claimed.value.mailing === undefined) {
      const detail = claimed.ok
        ? `the mailing ${remainingOf?.parentId} to send the remaining of is unknown`
        : `the mailing store did not answer (${claimed.failure.kind}); nothing was sent rather than send without a record`;
      for (const index of claims)
        refuse(index, claimed.ok ? 'invalid_request' : 'suppression_store_unavailable', detail);
      if (claimed.ok) held = true;
    } else {
      if (claimed.value.mailing.state === 'paused') held = true;
      const { answers } = claimed.value;
      for (let i = 0; i < claims.length; i++) {
        const index = claims[i]!;
        const answer = answers[i];
        if (answer === 'claimed') sendable[index] = i + 1;
        else if (answer === 'unengaged') refuse(index, 'low_engagement');
        else if (answer === 'held' || answer === undefined) refuse(index, 'campaign_paused');
        else refuse(index, 'duplicate_request', DETAILS[answer]);
      }
    }

    const settle = async (outcomes: ReadonlyArray<Sent | NotSent | undefined>) => {
      if (!claimed.ok || claimed.value.mailing === undefined) return;
      const settled: RecipientSettlement[] = [];
      const delta = zeroCounts();
      const notSentCounts = delta.notSent;
      let changed = false;
      for (let index = 0; index < outcomes.length; index++) {
        const outcome = outcomes[index];
        if (outcome === undefined) continue;
        if (
          outcome.status === 'not_sent' &&
          !NOT_COUNTED.has(outcome.reason) &&
          outcome.stage !== 'transport'
        ) {
          notSentCounts[outcome.reason] = (notSentCounts[outcome.reason] ?? 0) + 1;
          changed = true;
        }
        const place = sendable[index]!;
        if (place === 0) continue;
        const state = settledState(outcome);
        settled.push({ recipientId: recipients[place - 1]!.recipientId, state });
        if (state !== 'released') {
          delta.handedOver++;
          delta[state]++;
        }
        changed = true;
      }
      if (!changed) return;
      const now = context.now();
      const after = await callStore(
        () => context.stores.mailings.settle(key, settled, delta, now),
        context.storeTimeoutMs,
      );
      if (!after.ok) return fail('mailings.settle', after.failure.message);
      if (after.value !== undefined && (await pauseIfTripped(context, after.value, now)))
        held = true;
    };
    return { refused, settle };
  };

  return {
    ref,
    get held() {
      return held;
    },
    admit,
    async finish() {
      // One part of a mailing sent by many runs: its end says nothing of the others.
      if (ref.part === true) return;
      const set = await callStore(
        () => context.stores.mailings.setState(key, 'done', undefined, context.now()),
        context.storeTimeoutMs,
      );
      if (!set.ok) fail('mailings.setState', set.failure.message);
    },
  };
}

/** Where a recipient this run claimed stands after its outcome. */
function settledState(outcome: Sent | NotSent): RecipientSettlement['state'] {
  if (outcome.status === 'sent') return 'sent';
  // Never handed over (a cap or a stop held it): released, sendable again.
  if (outcome.stage !== 'transport' && outcome.stage !== 'delivery') return 'released';
  if (outcome.uncertain === true) return 'uncertain';
  return reasonInfo[outcome.reason].suppress ? 'refused' : 'failed';
}
