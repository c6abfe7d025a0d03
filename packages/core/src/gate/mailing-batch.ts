import { normalizeAddress } from '../address/normalize-address';
import { resolveThresholds } from '../mailing/thresholds';
import type {
  ClaimAnswer,
  MailingDelta,
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

/** A recipient of a batch, as claimed and then settled. */
interface Entry extends RecipientClaim {
  state: RecipientSettlement['state'];
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
    // The batch's requests of the mailing's tenant, each with one object for both calls:
    // claimed with its address and message id, settled with its state (each store reads
    // only what its call needs).
    const claims: number[] = [];
    const entries: Entry[] = [];
    for (const index of indices) {
      const prepared = decisions[index]!.prepared!;
      if (prepared.request.context.tenant !== ref.tenant) {
        refused.set(
          index,
          notSent('invalid_request', 'policy', {
            ...fields(index),
            detail: `the request's tenant is not the mailing's (${ref.tenant})`,
          }),
        );
        continue;
      }
      claims.push(index);
      entries.push({
        recipientId: prepared.request.recipient.id,
        // Normalized once already, when the request was prepared.
        address:
          prepared.policyRequest?.address ??
          normalizeAddress(prepared.display!) ??
          prepared.display!,
        messageId: ids[index]!,
        state: 'released',
      });
    }
    const now = context.now();
    const claimed = await callStore(
      () =>
        context.stores.mailings.claim({ ...ref, thresholds }, entries, {
          now,
          leaseMs: leaseMs(context),
          ...(remainingOf === undefined ? {} : { remainingOf }),
        }),
      context.storeTimeoutMs,
    );
    // The entries this run claimed, and their indices in the batch.
    const mine: Entry[] = [];
    const mineAt: number[] = [];
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
      const { answers } = claimed.value;
      for (let i = 0; i < claims.length; i++) {
        const index = claims[i]!;
        const answer = answers[i];
        if (answer === 'claimed') {
          mine.push(entries[i]!);
          mineAt.push(index);
        } else
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
      }
    }

    const settle = async (outcomes: ReadonlyArray<Sent | NotSent | undefined>) => {
      if (!claimed.ok || claimed.value.mailing === undefined) return;
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
      // Refusals before the hand-over, of every request of the batch.
      for (let index = 0; index < outcomes.length; index++) {
        const outcome = outcomes[index];
        if (
          outcome?.status === 'not_sent' &&
          outcome.stage !== 'transport' &&
          !NOT_COUNTED.has(outcome.reason)
        ) {
          notSentCounts[outcome.reason] = (notSentCounts[outcome.reason] ?? 0) + 1;
          changed = true;
        }
      }
      // Where each recipient this run claimed stands.
      const settled: Entry[] = [];
      for (let i = 0; i < mine.length; i++) {
        const outcome = outcomes[mineAt[i]!];
        if (outcome === undefined) continue;
        const entry = mine[i]!;
        entry.state = settledState(outcome);
        settled.push(entry);
        switch (entry.state) {
          case 'released':
            break;
          case 'sent':
            delta.handedOver++;
            delta.sent++;
            break;
          default:
            delta.handedOver++;
            delta[entry.state]++;
        }
      }
      if (!changed && settled.length === 0) return;
      const now = context.now();
      const result = await callStore(
        () => context.stores.mailings.settle(key, settled, delta, now),
        context.storeTimeoutMs,
      );
      if (!result.ok) return fail('mailings.settle', result.failure.message);
      if (result.value !== undefined && (await pauseIfTripped(context, result.value, now)))
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
