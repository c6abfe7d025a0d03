import { err, ok, type Result } from 'neverthrow';
import { summarize } from '../mailing/thresholds';
import type {
  MailingFilter,
  MailingRecipient,
  MailingSummary,
  RecipientState,
} from '../mailing/types';
import type { AuditActor, Page } from '../stores/types';
import { checkFilterObject, checkLimit, type FilterProblem } from './check-message-filter';
import type { GateContext } from './gate-context';
import type { LedgerError } from './ledger-queries';
import { reportPause } from './mailing-pause';
import { callStore } from './with-timeout';

/** Six months (26 weeks), HubSpot's "not engaged" line in seed 003. */
export const UNENGAGED_AFTER_MS = 26 * 7 * 86_400_000;

/** Which recipients of a mailing `gate.mailingRecipients` lists. */
export interface MailingRecipientsOptions {
  readonly tenant: string;
  /** Only this state; `uncertain` lists what may have gone out and is never resent. */
  readonly state?: RecipientState;
  /**
   * The cleaning steps of seed 003: `confirmed_opt_in` lists those whose address is not
   * confirmed (double opt-in) in the ledger; `engagement` those first mailed longer ago
   * than `unengagedAfterMs` with no open or click since.
   */
  readonly without?: 'confirmed_opt_in' | 'engagement';
  /** Default six months. */
  readonly unengagedAfterMs?: number;
  readonly cursor?: string;
  readonly limit?: number;
}

type Answer<T> = Promise<Result<T, LedgerError>>;

/** The gate's mailing calls: arguments checked, store failures as typed errors, never a throw. */
export function mailingQueries(context: GateContext) {
  const store = () => context.stores.mailings;
  const call = async <T>(run: () => PromiseLike<T>, name = 'mailing'): Answer<T> => {
    const answer = await callStore(run, context.storeTimeoutMs);
    return answer.ok
      ? ok(answer.value)
      : err({
          type: 'store_unavailable',
          message: `the ${name} store failed (${answer.failure.kind})`,
        });
  };
  const checked = (id: unknown, options: { tenant?: unknown } | undefined) =>
    !isText(id)
      ? invalid('id', 'id: the mailing id is required')
      : !isText(options?.tenant)
        ? invalid('tenant', 'tenant: required')
        : undefined;
  const setState = async (
    id: string,
    options: { tenant: string; by?: AuditActor },
    state: 'paused' | 'running' | 'done',
  ): Answer<MailingSummary> => {
    const problem = checked(id, options);
    if (problem) return problem;
    const now = context.now();
    const pause = { cause: 'manual' as const, at: now, ...(options.by ? { by: options.by } : {}) };
    const set = await call(() =>
      store().setState(
        { tenant: options.tenant, id },
        state,
        state === 'paused' ? pause : undefined,
        now,
      ),
    );
    if (set.isErr()) return err(set.error);
    if (set.value === undefined) return invalid('id', `id: no mailing ${id} for this tenant`);
    const summary = summarize(set.value.mailing);
    if (state === 'paused' && set.value.changed) reportPause(context, summary);
    return ok(summary);
  };

  return {
    async mailing(id: string, options: { tenant: string }): Answer<MailingSummary | undefined> {
      const problem = checked(id, options);
      if (problem) return problem;
      const found = await call(() => store().get([{ tenant: options.tenant, id }], context.now()));
      return found.map(([record]) => (record === undefined ? undefined : summarize(record)));
    },

    async mailings(filter: MailingFilter = {}): Answer<Page<MailingSummary>> {
      const problem = checkMailingFilter(filter);
      if (problem) return invalid(problem.field, problem.message);
      const page = await call(() => store().list(filter, context.now()));
      return page.map((found) => ({ ...found, items: found.items.map(summarize) }));
    },

    pauseMailing(id: string, options: { tenant: string; by?: AuditActor }) {
      return setState(id, options, 'paused');
    },

    resumeMailing(id: string, options: { tenant: string; by?: AuditActor }) {
      return setState(id, options, 'running');
    },

    finishMailing(id: string, options: { tenant: string }) {
      return setState(id, options, 'done');
    },

    async mailingRecipients(
      id: string,
      options: MailingRecipientsOptions,
    ): Answer<Page<MailingRecipient>> {
      const problem = checked(id, options);
      if (problem) return problem;
      const { tenant, without } = options;
      const now = context.now();
      const page = await call(() =>
        store().recipients(
          { tenant, id },
          {
            ...(options.state === undefined ? {} : { state: options.state }),
            ...(options.cursor === undefined ? {} : { cursor: options.cursor }),
            ...(options.limit === undefined ? {} : { limit: options.limit }),
          },
          now,
        ),
      );
      if (page.isErr() || without === undefined) return page;
      const { items } = page.value;
      const addresses = items.map((item) => item.address);
      let keep: readonly boolean[];
      if (without === 'confirmed_opt_in') {
        const statuses = await call(
          () =>
            context.stores.ledger.getAddressStatuses(
              addresses.map((address) => ({ tenant, address })),
              now,
            ),
          'ledger',
        );
        if (statuses.isErr()) return err(statuses.error);
        keep = statuses.value.map((status) => status.confirmation !== 'confirmed');
      } else {
        const since = now - (options.unengagedAfterMs ?? UNENGAGED_AFTER_MS);
        const activity = await call(() => store().activity(tenant, addresses));
        if (activity.isErr()) return err(activity.error);
        keep = activity.value.map(
          (known) =>
            known?.firstSentAt !== undefined &&
            known.firstSentAt < since &&
            (known.lastEngagedAt ?? -Infinity) < since,
        );
      }
      return ok({ ...page.value, items: items.filter((_, i) => keep[i] === true) });
    },
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 256;
}

function invalid(field: string, message: string): Result<never, LedgerError> {
  return err({ type: 'invalid_argument', field, message });
}

const mailingStates: readonly unknown[] = ['running', 'paused', 'done'];

/**
 * Checks `gate.mailings`' filter as `gate.messages` checks its own: `state: 'bogus'` or
 * `limit: 'x'` answers `invalid_argument`, not a page that looks like an answer.
 */
function checkMailingFilter(filter: unknown): FilterProblem | undefined {
  const object = checkFilterObject(filter, ['tenant', 'parentId', 'cursor']);
  if (!object.ok) return object;
  if (object.f.state !== undefined && !mailingStates.includes(object.f.state))
    return { ok: false, field: 'state', message: "state: 'running', 'paused' or 'done'" };
  return checkLimit(object.f.limit);
}
