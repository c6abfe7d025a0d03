import { err, ok, type Result } from 'neverthrow';
import { normalizeAddress } from '../address/normalize-address';
import { problemSuppressionReasons } from '../ledger/address-effects';
import { expiryEvent } from '../ledger/escalation';
import { hashAddress } from '../ledger/hash-address';
import type { ConfirmationState } from '../ledger/statuses';
import type {
  AddressChange,
  AddressStatus,
  ForgottenAddress,
  LedgerEvent,
  LedgerMessage,
  MessageFilter,
} from '../ledger/types';
import type { Page } from '../stores/types';
import { checkLimit, checkMessageFilter } from './check-message-filter';
import type { GateContext } from './gate-context';
import { settle } from './ledger-apply';
import { countMailingEvents } from './mailing-events';
import { callStore } from './with-timeout';

/** Why a ledger call of the gate has no answer. */
export type LedgerError =
  | {
      /** An argument is missing or wrong; nothing was read or changed. */
      readonly type: 'invalid_argument';
      readonly field: string;
      readonly message: string;
    }
  | {
      /** The ledger (or, for `sweep`, the suppression store) failed: try again. */
      readonly type: 'store_unavailable';
      readonly message: string;
    }
  | {
      /** `forget` needs `erasureKey` in the gate's config. */
      readonly type: 'erasure_key_missing';
      readonly message: string;
    };

/** A recorded message with the events that changed it, oldest first. */
export interface MessageRecord extends LedgerMessage {
  readonly events: readonly LedgerEvent[];
}

/** An address change, as the host reports it. */
export interface AddressChangeInput {
  readonly tenant: string;
  readonly recipientId: string;
  /** The old address; absent when the recipient had none. */
  readonly from?: string;
  /** The new address; absent when it was removed. */
  readonly to?: string;
  /** Who changed it. */
  readonly actor: string;
  /** When (default: now). */
  readonly at?: number;
}

/** A change of the double opt-in state of an address. */
export interface ConfirmationInput {
  readonly tenant: string;
  readonly address: string;
  /** `confirmation_requested` (again: a new request), `confirmed`, or back to `unconfirmed`. */
  readonly state: ConfirmationState;
  readonly actor?: string;
  readonly at?: number;
}

/** What `sweep` did. */
export interface SweepResult {
  /** How many soft-bounced messages it counted as bounced. */
  readonly expired: number;
  /** More are due: call again. */
  readonly more: boolean;
}

type Answer<T> = Promise<Result<T, LedgerError>>;

/** The gate's ledger calls: arguments checked, store failures as typed errors, never a throw. */
export function ledgerQueries(context: GateContext) {
  const ledger = () => context.stores.ledger;
  const call = async <T>(run: () => PromiseLike<T>): Answer<T> => {
    const answer = await callStore(run, context.storeTimeoutMs);
    return answer.ok
      ? ok(answer.value)
      : err({ type: 'store_unavailable', message: `the ledger failed (${answer.failure.kind})` });
  };

  return {
    async message(id: string): Answer<MessageRecord | undefined> {
      if (!isText(id)) return invalid('id', 'id: a mailgate id (outcome.id) is required');
      const key = id.trim().toUpperCase();
      const found = await call(() => ledger().getMessages([key], context.now()));
      if (found.isErr()) return err(found.error);
      const message = found.value[0];
      if (message === undefined) return ok(undefined);
      const events = await call(() => ledger().getEvents([message.id]));
      return events.map((lists) => ({ ...message, events: lists[0] ?? [] }));
    },

    async messages(filter: MessageFilter = {}): Answer<Page<LedgerMessage>> {
      const checked = checkMessageFilter(filter);
      if (!checked.ok) return invalid(checked.field, checked.message);
      return call(() => ledger().listMessages(checked.filter, context.now()));
    },

    async addressStatus(address: string, options: { tenant: string }): Answer<AddressStatus> {
      const key = normalizeAddress(address);
      if (key === undefined) return invalid('address', 'address: not an e-mail address');
      if (!isText(options?.tenant)) return invalid('tenant', 'tenant: required');
      const now = context.now();
      const found = await call(() =>
        ledger().getAddressStatuses([{ tenant: options.tenant, address: key }], now),
      );
      if (found.isErr()) return err(found.error);
      const status = found.value[0]!;
      if (status.problem === undefined) return ok(status);
      // One truth with the suppression list: a problem whose suppressions were all lifted
      // (a resubscribe, an administrator) no longer stands — unless time made it (a soft
      // bounce past the window that no sweep has written down yet).
      const [entries, pending] = await Promise.all([
        call(() => context.stores.suppressions.lookup(options.tenant, [key], now)),
        call(() => ledger().screen([{ tenant: options.tenant, address: key }], now)),
      ]);
      if (entries.isErr()) return err(entries.error);
      if (pending.isErr()) return err(pending.error);
      if (pending.value.some((hit) => hit.problem !== undefined)) return ok(status);
      if ((entries.value[0] ?? []).some((entry) => problemSuppressionReasons.has(entry.reason)))
        return ok(status);
      const { problem: _lifted, ...rest } = status;
      return ok({ ...rest, status: status.confirmation });
    },

    async addressHistory(
      recipientId: string,
      options: { tenant: string },
    ): Answer<readonly AddressChange[]> {
      if (!isText(recipientId)) return invalid('recipientId', 'recipientId: required');
      if (!isText(options?.tenant)) return invalid('tenant', 'tenant: required');
      const found = await call(() => ledger().addressHistory(options.tenant, [recipientId]));
      return found.map((lists) => lists[0] ?? []);
    },

    async changeAddress(change: AddressChangeInput): Answer<void> {
      if (!isText(change?.tenant)) return invalid('tenant', 'tenant: required');
      if (!isText(change.recipientId)) return invalid('recipientId', 'recipientId: required');
      if (!isText(change.actor)) return invalid('actor', 'actor: who changed it is required');
      const from = change.from === undefined ? undefined : normalizeAddress(change.from);
      const to = change.to === undefined ? undefined : normalizeAddress(change.to);
      if (change.from !== undefined && from === undefined)
        return invalid('from', 'from: not an e-mail address');
      if (change.to !== undefined && to === undefined)
        return invalid('to', 'to: not an e-mail address');
      if (from === undefined && to === undefined)
        return invalid('to', 'to: a change needs an old or a new address');
      const row: AddressChange = {
        tenant: change.tenant,
        recipientId: change.recipientId,
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        actor: change.actor,
        at: change.at ?? context.now(),
      };
      return call(() => ledger().recordAddressChanges([row]));
    },

    async setConfirmation(change: ConfirmationInput): Answer<AddressStatus> {
      if (!isText(change?.tenant)) return invalid('tenant', 'tenant: required');
      const address = normalizeAddress(change.address);
      if (address === undefined) return invalid('address', 'address: not an e-mail address');
      if (!['unconfirmed', 'confirmation_requested', 'confirmed'].includes(change.state))
        return invalid('state', 'state: unconfirmed, confirmation_requested or confirmed');
      const found = await call(() =>
        ledger().setConfirmations([
          {
            tenant: change.tenant,
            address,
            state: change.state,
            at: change.at ?? context.now(),
            ...(change.actor === undefined ? {} : { actor: change.actor }),
          },
        ]),
      );
      if (found.isErr()) return err(found.error);
      const status = found.value[0];
      return status === undefined ? invalid('state', 'state: the ledger refused it') : ok(status);
    },

    async forget(address: string): Answer<ForgottenAddress> {
      if (context.erasureKey === undefined)
        return err({
          type: 'erasure_key_missing',
          message: 'forget needs erasureKey in the gate config (a secret of at least 16 bytes)',
        });
      const key = normalizeAddress(address);
      if (key === undefined) return invalid('address', 'address: not an e-mail address');
      const hash = await hashAddress(key, context.erasureKey);
      if (hash.isErr()) return invalid('erasureKey', hash.error.message);
      // The ledger first: its record of the hash is what keeps the address blocked once
      // the suppression list no longer names it. Both calls can be repeated.
      const kept = await call(() =>
        ledger().forget([{ address: key, hash: hash.value }], context.now()),
      );
      if (kept.isErr()) return err(kept.error);
      const rewritten = await callStore(
        () => context.stores.suppressions.forget([{ key, hash: hash.value }]),
        context.storeTimeoutMs,
      );
      if (!rewritten.ok)
        return err({
          type: 'store_unavailable',
          message: `the suppression store failed (${rewritten.failure.kind}); forget again`,
        });
      return ok(kept.value[0]!);
    },

    async sweep(now: number = context.now(), limit?: number): Answer<SweepResult> {
      if (typeof now !== 'number' || !Number.isFinite(now))
        return invalid('now', 'now: ms since the epoch');
      const badLimit = checkLimit(limit);
      if (badLimit !== undefined) return invalid(badLimit.field, badLimit.message);
      const swept = await call(() => ledger().sweep(now, limit));
      if (swept.isErr()) return err(swept.error);
      const result = swept.value;
      // The store wrote the expiry events; these are them again, for the hooks.
      const events = result.events.map((answer) =>
        answer.message === undefined
          ? { id: answer.id, type: 'expired' as const, tenant: '', address: '', at: now }
          : expiryEvent(answer.message),
      );
      const settled = await settle(context, events, result);
      if (!settled.ok)
        return err({
          type: 'store_unavailable',
          message: `the suppression store failed (${settled.failure.kind}); sweep again`,
        });
      // An expiry is a hard bounce of its message: it counts in the message's mailing.
      await countMailingEvents(context, events, result, now);
      const expired = result.events.filter((answer) => answer.result === 'applied').length;
      return ok({ expired, more: result.more });
    },
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 256;
}

function invalid(field: string, message: string): Result<never, LedgerError> {
  return err({ type: 'invalid_argument', field, message });
}
