import { normalizeAddress } from '../address/normalize-address';
import { resolveThresholds } from '../mailing/thresholds';
import type {
  ClaimAnswer,
  MailingDelta,
  MailingRef,
  MailingThresholds,
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
    const fields = (index: number) => {
      const prepared = decisions[index]!.prepared!;
      return {
        recipientId: prepared.request.recipient.id,
        address: prepared.display,
        idempotencyKey: prepared.request.context.idempotencyKey,
      };
    };
    const claims: number[] = [];
    for (const index of indices) {
      if (decisions[index]!.prepared!.request.context.tenant !== ref.tenant)
        refused.set(
          index,
          notSent('invalid_request', 'policy', {
            ...fields(index),
            detail: `the request's tenant is not the mailing's (${ref.tenant})`,
          }),
        );
      else claims.push(index);
    }
    const now = context.now();
    const claimed = await callStore(
      () =>
        context.stores.mailings.claim(
          { ...ref, thresholds },
          claims.map((index) => {
            const prepared = decisions[index]!.prepared!;
            return {
              recipientId: prepared.request.recipient.id,
              // Normalized once already, when the request was prepared.
              address:
                prepared.policyRequest?.address ??
                normalizeAddress(prepared.display!) ??
                prepared.display!,
              messageId: ids[index]!,
            };
          }),
          { now, leaseMs: leaseMs(context), ...(remainingOf === undefined ? {} : { remainingOf }) },
        ),
      context.storeTimeoutMs,
    );
    // By index in the batch: 1 when this run claimed the recipient (no Set per batch).
    const sendable = new Uint8Array(decisions.length);
    if (!claimed.ok || claimed.value.mailing === undefined) {
      const detail = claimed.ok
        ? `the mailing ${remainingOf?.parentId} to send the remaining of is unknown`
        : `the mailing store did not answer (${claimed.failure.kind}); nothing was sent rather than send without a record`;
      for (const index of claims)
        refused.set(
          index,
          notSent(claimed.ok ? 'invalid_request' : 'suppression_store_unavailable', 'policy', {
            ...fields(index),
            detail,
          }),
        );
      if (claimed.ok) held = true;
    } else {
      if (claimed.value.mailing.state === 'paused') held = true;
      claims.forEach((index, i) => {
        const answer = claimed.value.answers[i];
        if (answer === 'claimed') sendable[index] = 1;
        else
          refused.set(
            index,
            answer === 'unengaged'
              ? notSent('low_engagement', 'policy', fields(index))
              : answer === 'held' || answer === undefined
                ? notSent('campaign_paused', 'policy', fields(index))
                : notSent('duplicate_request', 'policy', {
                    ...fields(index),
                    detail: DETAILS[answer]!,
                  }),
          );
      });
    }

    const settle = async (outcomes: ReadonlyArray<Sent | NotSent | undefined>) => {
      if (!claimed.ok || claimed.value.mailing === undefined) return;
      const recipients: RecipientSettlement[] = [];
      const notSentCounts: Partial<Record<Reason, number>> = {};
      const delta = {
        handedOver: 0,
        sent: 0,
        refused: 0,
        failed: 0,
        uncertain: 0,
        bounced: 0,
        complaints: 0,
        unsubscribes: 0,
        importedUnsubscribes: 0,
        notSent: notSentCounts,
      } satisfies Required<MailingDelta>;
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
        if (sendable[index] !== 1) continue;
        const state = settledState(outcome);
        recipients.push({ recipientId: decisions[index]!.prepared!.request.recipient.id, state });
        if (state !== 'released') {
          delta.handedOver++;
          delta[state]++;
        }
        changed = true;
      }
      if (!changed) return;
      const now = context.now();
      const settled = await callStore(
        () => context.stores.mailings.settle(key, recipients, delta, now),
        context.storeTimeoutMs,
      );
      if (!settled.ok) return fail('mailings.settle', settled.failure.message);
      if (settled.value !== undefined && (await pauseIfTripped(context, settled.value, now)))
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
