import { err, ok, type Result } from 'neverthrow';
import { memoryLedgerStore } from '../ledger/memory-ledger-store';
import type {
  AddressChange,
  AddressStatus,
  ForgottenAddress,
  LedgerMessage,
  MessageFilter,
} from '../ledger/types';
import { memoryMailingStore } from '../mailing/memory-mailing-store';
import type {
  MailingFilter,
  MailingRecipient,
  MailingRef,
  MailingSummary,
  MailingThresholds,
} from '../mailing/types';
import type { NotSent, Preflight, Sent } from '../outcome';
import { defaultPolicies } from '../policy/default-policies';
import type { Policy } from '../policy/policy';
import { describeIn, type LocaleTexts } from '../reasons/describe-in';
import type { Reason } from '../reasons/reason';
import type { Locale, ReasonText } from '../reasons/reason-types';
import { resolveLocale } from '../reasons/resolve-locale';
import type { SendRequestInput } from '../request/request';
import { memoryStores } from '../stores/memory-stores';
import type { AuditActor, Page } from '../stores/types';
import type { Transport } from '../transport/transport';
import { resolveUnsubscribe, type UnsubscribeConfig } from '../unsubscribe/unsubscribe-config';
import { createBulkRun } from './bulk-run';
import { type Decision, decideBatch } from './decide';
import { deliverBatch } from './deliver-batch';
import { type GateContext, type GateStores, type MailgateHooks, safeHook } from './gate-context';
import { type IngestError, type IngestInput, type IngestResult, ingestEvents } from './ingest';
import {
  type AddressChangeInput,
  type ConfirmationInput,
  type LedgerError,
  ledgerQueries,
  type MessageRecord,
  type SweepResult,
} from './ledger-queries';
import { GateLifecycle } from './lifecycle';
import {
  type MailingRecipientsOptions,
  mailingQueries,
  UNENGAGED_AFTER_MS,
} from './mailing-queries';
import { notSent } from './not-sent';
import { recipientIdOf } from './prepare-request';
import type { BulkOptions, BulkRun } from './send-bulk';
import { errorMessage } from './with-timeout';

/** What `createMailgate` takes: a transport, and optionally stores, policies, a locale, hooks, time-outs and a clock. */
export interface MailgateConfig {
  /** Where messages go: smtpTransport(…), sesTransport(…), or your own. */
  readonly transport: Transport;
  /**
   * Suppressions, counters, idempotency keys and the delivery ledger; each defaults to an
   * in-memory store.
   */
  readonly stores?: Partial<GateStores>;
  /**
   * The key (at least 16 bytes) of the keyed hash that keeps an address blocked after
   * `forget`; from the host's secrets. Without it `forget` answers an error; a shorter
   * one makes the gate misconfigured (every request `invalid_request`).
   */
  readonly erasureKey?: string;
  /** The domain of the Message-ID mailgate generates (`<id@domain>`); default: the sender's. */
  readonly messageIdDomain?: string;
  /** The policies, in the order `explain` reports; default: `defaultPolicies()`. */
  readonly policies?: readonly Policy[];
  /**
   * The language of `describe` and of `onUndeliverable`'s text (default 'en'). English is
   * built in; for 'nl' or 'sv' pass that language's texts in `texts`.
   */
  readonly locale?: Locale;
  /**
   * Reason texts in other languages, from `@mailgate/core/locales`:
   * `texts: { nl }` or `texts: { nl, sv }`. A locale without texts is described in English
   * (and `hooks.onError` hears of it when it is the gate's own `locale`). They are not
   * built in so that a bundle of the gate carries one language, not three.
   */
  readonly texts?: LocaleTexts;
  readonly hooks?: MailgateHooks;
  /** How long a store may take before mailgate refuses to guess (default 2,000 ms). */
  readonly storeTimeoutMs?: number;
  /** How long a transport may take to answer one message (default 120,000 ms). */
  readonly sendTimeoutMs?: number;
  /** How long an idempotency key is remembered (default 7 days). */
  readonly idempotencyTtlMs?: number;
  /**
   * When mailings pause themselves: thresholds over the defaults
   * (`defaultMailingThresholds`), for every tenant and per tenant; a mailing's own
   * (`MailingRef.thresholds`) go over both.
   */
  readonly mailings?: {
    readonly thresholds?: Partial<MailingThresholds>;
    readonly tenants?: Readonly<Record<string, Partial<MailingThresholds>>>;
  };
  /** The clock; for tests. */
  readonly now?: () => number;
  /**
   * One-click unsubscribe (RFC 8058): messages of these categories (default marketing)
   * get `List-Unsubscribe` and `List-Unsubscribe-Post` with a signed link to
   * `unsubscribeHandler`.
   */
  readonly unsubscribe?: UnsubscribeConfig;
}

/**
 * The gate. Requests and events are typed for TypeScript callers, and still validated at
 * run time: data from JavaScript or from outside (a queue, a webhook) gets a typed
 * refusal (`invalid_request`, `invalid_event`), never a throw.
 */
export interface Mailgate {
  /** Would this be sent, and to which address? No side effects. */
  check(request: SendRequestInput): Promise<Result<Preflight, NotSent>>;
  /** Every reason this would not be sent, in policy order; `[]` when it would go out. */
  explain(request: SendRequestInput): Promise<NotSent[]>;
  /** Decides, sends, and answers with exactly one outcome. */
  send(request: SendRequestInput): Promise<Result<Sent, NotSent>>;
  /** A mailing: one outcome per request, as an async iterable, with progress and pause. */
  sendBulk(
    requests: Iterable<SendRequestInput> | AsyncIterable<SendRequestInput>,
    options?: BulkOptions,
  ): BulkRun;
  /**
   * Applies delivery events (bounces, complaints, unsubscribes, deliveries, …) to the
   * ledger and the suppression list, so that the next send decides with them: one event,
   * many, or what mailgate's readers answer (a `parseBounce` report, `readBounces`' result,
   * an SES notification). Each is matched to its recorded message, whose tenant it takes.
   */
  ingest(input: IngestInput): Promise<Result<IngestResult, IngestError>>;
  /** A recorded message (by `outcome.id`) with its events; `undefined` when none. */
  message(id: string): Promise<Result<MessageRecord | undefined, LedgerError>>;
  /** Recorded messages by recipient, address, mailing, status, a page at a time. */
  messages(filter?: MessageFilter): Promise<Result<Page<LedgerMessage>, LedgerError>>;
  /** Where an address stands for a tenant: confirmation state, or which problem. */
  addressStatus(
    address: string,
    options: { readonly tenant: string },
  ): Promise<Result<AddressStatus, LedgerError>>;
  /** Who changed which address of a recipient, from what to what, when; oldest first. */
  addressHistory(
    recipientId: string,
    options: { readonly tenant: string },
  ): Promise<Result<readonly AddressChange[], LedgerError>>;
  /** Records an address change: the new address starts unconfirmed, the old keeps its history. */
  changeAddress(change: AddressChangeInput): Promise<Result<void, LedgerError>>;
  /** Double opt-in: marks a confirmation requested (again) or confirmed. */
  setConfirmation(change: ConfirmationInput): Promise<Result<AddressStatus, LedgerError>>;
  /**
   * Right to erasure: removes the address from the ledger in every tenant; it stays
   * blocked through a keyed hash (`erasureKey`).
   */
  forget(address: string): Promise<Result<ForgottenAddress, LedgerError>>;
  /**
   * Moves time on: soft bounces past the window become bounced, their addresses problems
   * and suppressed. Reads show this already; call it for statuses to move on their own.
   */
  sweep(now?: number, limit?: number): Promise<Result<SweepResult, LedgerError>>;
  /** A mailing's state, counts and rates, from any process; `undefined` when unknown. */
  mailing(
    id: string,
    options: { readonly tenant: string },
  ): Promise<Result<MailingSummary | undefined, LedgerError>>;
  /** Mailings by tenant, state or parent, a page at a time. */
  mailings(filter?: MailingFilter): Promise<Result<Page<MailingSummary>, LedgerError>>;
  /** Pauses a mailing on every process: what is not yet handed over gets `campaign_paused`. */
  pauseMailing(
    id: string,
    options: { readonly tenant: string; readonly by?: AuditActor },
  ): Promise<Result<MailingSummary, LedgerError>>;
  /**
   * Lets a paused mailing run again; then `sendBulk` the same requests with the same
   * `mailing`: whoever was handed over before is skipped, the rest decided afresh.
   */
  resumeMailing(
    id: string,
    options: { readonly tenant: string; readonly by?: AuditActor },
  ): Promise<Result<MailingSummary, LedgerError>>;
  /**
   * Marks a running mailing `done`: for a mailing sent in parts (`MailingRef.part`, as
   * @mailgate/queue-bullmq's jobs do), once every part has ended. A paused or done mailing
   * is left as it is (the answer says its state); an unknown one is `invalid_argument`.
   */
  finishMailing(
    id: string,
    options: { readonly tenant: string },
  ): Promise<Result<MailingSummary, LedgerError>>;
  /**
   * The recipients handed over in a mailing, a page at a time: by state (`uncertain`: may
   * have gone out), or those without confirmed opt-in, or not engaged for six months.
   */
  mailingRecipients(
    id: string,
    options: MailingRecipientsOptions,
  ): Promise<Result<Page<MailingRecipient>, LedgerError>>;
  /**
   * Seed 003's "send to the remaining contacts": a new mailing (`options.mailing`) linked
   * to mailing `id`, to the requests whose recipient was not handed over in it
   * (`duplicate_request` otherwise), leaving out the unengaged (`low_engagement`: first
   * mailed longer ago than `unengagedAfterMs`, default six months, without an open or
   * click since) and, as every send does, the suppressed.
   */
  sendToRemaining(
    id: string,
    requests: Iterable<SendRequestInput> | AsyncIterable<SendRequestInput>,
    options: BulkOptions & { readonly mailing: MailingRef; readonly unengagedAfterMs?: number },
  ): BulkRun;
  /** Title, cause and remedy of a reason, in the gate's language unless another is given. */
  describe(reason: Reason, locale?: Locale): ReasonText;
  /**
   * Closes the gate: sends in flight finish, bulk runs stop (requests not yet sent get
   * `gate_closed`), and once that work has ended the transport is closed. Every call
   * after it answers `gate_closed` without touching the stores or the transport.
   */
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;

/**
 * Creates a gate. Never throws: a config that can't work (no transport) gives a gate
 * that answers every request with `invalid_request` and says why in `detail`.
 *
 * @example
 * ```ts
 * import { createMailgate } from '@mailgate/core';
 * import { smtpTransport } from '@mailgate/transport-smtp';
 *
 * const gate = createMailgate({ transport: smtpTransport({ host: 'smtp.example.com', port: 587 }) });
 * const result = await gate.send({
 *   recipient: { id: 'cand-81', addresses: [{ address: 'ada@example.com' }] },
 *   message: { from: 'jobs@agency.example', subject: 'A vacancy for you', text: '…' },
 *   context: { mode: 'individual', category: 'recruiting' },
 * });
 * result.match(
 *   (sent) => console.log('sent', sent.messageId),
 *   (notSent) => console.log(notSent.reason, gate.describe(notSent.reason).title),
 * );
 * await gate.close();
 * ```
 */
export function createMailgate(config: MailgateConfig): Mailgate {
  const unsubscribe = resolveUnsubscribe(config?.unsubscribe);
  const problem =
    configProblem(config) ?? (typeof unsubscribe === 'string' ? unsubscribe : undefined);
  const context: GateContext = {
    transport: config?.transport,
    stores: {
      ...memoryStores(),
      ledger: memoryLedgerStore(),
      mailings: memoryMailingStore(),
      ...config?.stores,
    },
    erasureKey: config?.erasureKey,
    messageIdDomain: config?.messageIdDomain,
    policies: config?.policies ?? defaultPolicies(),
    locale: config?.locale ?? 'en',
    texts: config?.texts ?? {},
    hooks: config?.hooks ?? {},
    storeTimeoutMs: positive(config?.storeTimeoutMs, 2_000),
    sendTimeoutMs: positive(config?.sendTimeoutMs, 120_000),
    idempotencyTtlMs: positive(config?.idempotencyTtlMs, 7 * DAY_MS),
    mailingThresholds: config?.mailings?.thresholds,
    tenantThresholds: config?.mailings?.tenants,
    now: config?.now ?? Date.now,
    lifecycle: new GateLifecycle(),
    unsubscribe: typeof unsubscribe === 'object' ? unsubscribe : undefined,
  };
  const misconfigured = () =>
    notSent('invalid_request', 'resolve', { detail: `mailgate is misconfigured: ${problem}` });
  // After close(): nothing is decided, claimed or sent; the request is not even read.
  const closed = (request: unknown) =>
    notSent('gate_closed', 'policy', {
      recipientId: recipientIdOf(request),
      detail: 'the gate was closed; nothing was sent',
    });
  warnOfMissingTexts(context);
  const lifecycle = context.lifecycle;
  let closing: Promise<void> | undefined;

  const decideOne = async (request: unknown, all: boolean): Promise<Decision> => {
    const [decision] = await decideBatch([request], {
      stores: context.stores,
      policies: context.policies,
      storeTimeoutMs: context.storeTimeoutMs,
      now: context.now(),
      all,
      project: false,
      ledger: { store: context.stores.ledger, erasureKey: context.erasureKey },
    });
    return decision!;
  };

  return {
    async check(request) {
      if (problem) return err(misconfigured());
      if (lifecycle.closed) return err(closed(request));
      try {
        const decision = await decideOne(request, false);
        const blocked = decision.blocked[0];
        if (blocked !== undefined) return err(blocked);
        const prepared = decision.prepared!;
        return ok({
          status: 'ready',
          recipientId: prepared.request.recipient.id,
          address: prepared.display!,
          warnings: prepared.warnings,
        });
      } catch (error) {
        return err(internalFailure(context, error, 'check'));
      }
    },

    async explain(request) {
      if (problem) return [misconfigured()];
      if (lifecycle.closed) return [closed(request)];
      try {
        return [...(await decideOne(request, true)).blocked];
      } catch (error) {
        return [internalFailure(context, error, 'explain')];
      }
    },

    async send(request) {
      let outcome: Sent | NotSent | undefined;
      if (problem) outcome = misconfigured();
      else if (lifecycle.closed) outcome = closed(request);
      else {
        try {
          // Followed, so that close() waits for it; the counting after the send is not
          // waited for here (a slow counter store must not hold the outcome back).
          await lifecycle.track(
            decideOne(request, false).then((decision) =>
              deliverBatch(context, [decision], {
                concurrency: 1,
                interrupt: async () => (lifecycle.closed ? 'gate_closed' : undefined),
                emit: (_index, result) => {
                  outcome = result;
                },
              }),
            ),
          );
        } catch (error) {
          outcome = internalFailure(context, error, 'send');
        }
      }
      const final = outcome ?? internalFailure(context, new Error('no outcome'), 'send');
      safeHook(context, (hooks) => hooks.onOutcome?.(final), 'onOutcome');
      return final.status === 'sent' ? ok(final) : err(final);
    },

    sendBulk(requests, options) {
      return createBulkRun(
        context,
        requests,
        options ?? {},
        problem === undefined ? undefined : misconfigured,
      );
    },

    sendToRemaining(id, requests, options) {
      const after = positive(options?.unengagedAfterMs, UNENGAGED_AFTER_MS);
      const mailing = { ...options?.mailing, parentId: id } as MailingRef;
      return createBulkRun(
        context,
        requests,
        { ...options, mailing },
        problem === undefined ? undefined : misconfigured,
        { parentId: id, unengagedBefore: context.now() - after },
      );
    },

    ...guarded(context, ledgerQueries(context)),
    ...guarded(context, mailingQueries(context)),

    async ingest(input) {
      try {
        return await ingestEvents(context, input);
      } catch (error) {
        safeHook(context, (hooks) => hooks.onError?.(error, 'ingest'), 'onError');
        return err({ type: 'store_unavailable', message: 'ingest failed' });
      }
    },

    describe(reason, locale) {
      return describeIn(context.texts, reason, locale ?? context.locale);
    },

    close() {
      closing ??= (async () => {
        // Sends in flight finish and runs stop handing out new ones; then the transport goes.
        await lifecycle.close();
        try {
          await context.transport?.close?.();
        } catch (error) {
          safeHook(context, (hooks) => hooks.onError?.(error, 'transport.close'), 'onError');
        }
      })();
      return closing;
    },
  };
}

/** A bug in mailgate or in a host's store must still end in one outcome, and fail closed. */
export function internalFailure(context: GateContext, error: unknown, where: string): NotSent {
  safeHook(context, (hooks) => hooks.onError?.(error, where), 'onError');
  return notSent('unknown', 'policy', {
    detail: `internal error in ${where}: ${errorMessage(error)}`,
    retryable: false,
  });
}

/**
 * The ledger calls, each made safe: a bug (or a host's store that throws synchronously)
 * still ends in a typed error, never a throw.
 */
function guarded<
  T extends Record<string, (...args: never[]) => Promise<Result<unknown, LedgerError>>>,
>(context: GateContext, calls: T): T {
  const safe: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(calls)) {
    safe[name] = async (...args: never[]) => {
      try {
        return await call(...args);
      } catch (error) {
        safeHook(context, (hooks) => hooks.onError?.(error, name), 'onError');
        return err({ type: 'store_unavailable', message: `internal error in ${name}` });
      }
    };
  }
  return safe as T;
}

function configProblem(config: MailgateConfig | undefined): string | undefined {
  if (typeof config !== 'object' || config === null) return 'the config must be an object';
  const transport = config.transport as Partial<Transport> | undefined;
  if (typeof transport !== 'object' || transport === null) return 'a transport is required';
  if (typeof transport.send !== 'function') return 'the transport has no send function';
  if (typeof transport.name !== 'string') return 'the transport has no name';
  if (config.policies !== undefined && !Array.isArray(config.policies))
    return 'policies must be an array';
  // A key `forget` would refuse could not find the addresses forgotten under the real one
  // either: every request would go out unscreened. Refused here, as early as possible.
  const key = config.erasureKey as unknown;
  if (key !== undefined && (typeof key !== 'string' || new TextEncoder().encode(key).length < 16))
    return 'erasureKey must be text of at least 16 bytes';
  return undefined;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** A gate asked for Dutch or Swedish without their texts describes in English: say so once. */
function warnOfMissingTexts(context: GateContext): void {
  const locale = resolveLocale(context.locale);
  if (locale === 'en' || context.texts[locale] !== undefined) return;
  const message = `no reason texts for locale '${locale}': describing in English; pass texts: { ${locale} } from '@mailgate/core/locales'`;
  safeHook(context, (hooks) => hooks.onError?.(new Error(message), 'config.texts'), 'onError');
}
