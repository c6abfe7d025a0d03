import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { normalizeAddress } from '../address/normalize-address';
import { bounceEventType } from '../ledger/from-outcome';
import { matchEvents } from '../ledger/match-events';
import type { Match } from '../ledger/matching';
import type { LedgerEventType, MatchKind } from '../ledger/statuses';
import type { LedgerEventInput } from '../ledger/types';
import { type Reason, reasonIds } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import { describeIssues, issueField } from '../request/describe-issues';
import { useZodMessages } from '../request/zod-messages';
import type { SuppressionInput, SuppressionReason } from '../stores/types';
import type { GateContext } from './gate-context';
import { eventsOf } from './ingest-input';
import { applyAndNotify } from './ledger-apply';
import { countMailingEvents } from './mailing-events';
import { callStore } from './with-timeout';

useZodMessages();

const text = z.string().check(z.minLength(1), z.maxLength(256));
const common = {
  address: z.string().check(z.minLength(3), z.maxLength(512)),
  /**
   * The tenant whose sends the event protects. Taken from the matched message when there
   * is one; required when none matches, unless `scope` is 'global'.
   */
  tenant: z.optional(text),
  /** 'global': the suppression applies to every tenant of the platform. Default 'tenant'. */
  scope: z.optional(z.enum(['tenant', 'global'])),
  /** Where the event came from: 'bounce-mailbox', 'ses', 'webhook', … */
  source: z.optional(text),
  /** When it happened (ms since the epoch); default: now. */
  at: z.optional(z.number()),
  /** The provider's id of the event (SNS MessageId, …): the same id is applied once. */
  id: z.optional(text),
  /** The message it is about: a mailgate id (`outcome.id`) or the provider's `messageId`. */
  messageId: z.optional(z.string().check(z.minLength(1), z.maxLength(998))),
  /** Message-ID headers the report quotes, for matching. */
  quotedMessageIds: z.optional(
    z.array(z.string().check(z.minLength(1), z.maxLength(998))).check(z.maxLength(10)),
  ),
  /** The receiving side's words (personal data: erased by `forget`). */
  detail: z.optional(z.string().check(z.maxLength(1000))),
  /** The SES package's record of the event, for the host's logs; ingest reads `ses.messageId`. */
  ses: z.optional(z.unknown()),
};

/**
 * Strict objects: a field ingest does not know (a misspelt `subscription_type`, a
 * `permanent` on a complaint) is refused by name rather than dropped without a word.
 */
export const deliveryEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('bounce'),
    ...common,
    reason: z.enum(reasonIds as [Reason, ...Reason[]]),
    permanent: z.boolean(),
  }),
  z.strictObject({ type: z.literal('complaint'), ...common, feedbackType: z.optional(text) }),
  z.strictObject({
    type: z.literal('unsubscribe'),
    ...common,
    subscriptionType: z.optional(text),
  }),
  z.strictObject({ type: z.enum(['delivered', 'delayed', 'opened', 'clicked']), ...common }),
]);

/**
 * A delivery event: a bounce, a complaint, an unsubscribe, or a plain delivery signal.
 * `tenant` is required at run time unless a recorded message matches or `scope` is 'global'.
 */
export type DeliveryEvent = z.input<typeof deliveryEventSchema>;

/** A report as `parseBounce` (@mailgate/bounces) answers it, read by shape. */
export interface BounceReportLike {
  readonly kind: string;
  readonly recipients: readonly object[];
  /** The original's Message-ID, for matching. */
  readonly originalMessageId?: string;
  readonly original?: { readonly messageId?: string };
}

/** What `readBounces` of the Graph and Gmail transports answers, read by shape. */
export interface MailboxReadLike {
  readonly reports: readonly { readonly report: BounceReportLike; readonly receivedAt?: number }[];
}

/** What `parseSesNotification` (@mailgate/transport-ses) answers for an event. */
export interface SesNotificationLike {
  readonly kind: 'event';
  readonly messageId: string;
  readonly events: readonly DeliveryEvent[];
}

/**
 * What `gate.ingest` takes: one event, many, or what mailgate's readers answer — a
 * `parseBounce` report, `readBounces`' result, an SES notification — read by shape.
 */
export type IngestInput =
  | DeliveryEvent
  | BounceReportLike
  | MailboxReadLike
  | SesNotificationLike
  | readonly (DeliveryEvent | BounceReportLike)[];

/** What happened to one event of the input. */
export interface IngestedEvent {
  /** `applied`; `duplicate` (seen before); `global` (no message, a platform-wide suppression only); `ignored` (a DMARC failure report). */
  readonly result: 'applied' | 'duplicate' | 'global' | 'ignored';
  /** The mailgate id of the matched message. */
  readonly id?: string;
  /** How it was matched. */
  readonly match?: MatchKind;
  readonly tenant?: string;
}

/** What `gate.ingest` did with its input. */
export interface IngestResult {
  /** The first suppression the input implied, if any (for one event: the one it added). */
  readonly suppressed: SuppressionReason | undefined;
  /** One entry per event the input held, in order. */
  readonly events: readonly IngestedEvent[];
}

/** Why `gate.ingest` did nothing: a malformed event, or a store that failed. */
export type IngestError =
  | {
      readonly type: 'invalid_event';
      /** The field at fault ('tenant', 'events[2].reason', …), or 'event' for the event as a whole. */
      readonly field: string;
      readonly message: string;
    }
  | { readonly type: 'store_unavailable'; readonly message: string };

type ParsedEvent = z.output<typeof deliveryEventSchema>;

/**
 * Ingests delivery events: reads them, matches each to its recorded message (the tenant
 * and mailing come from it), applies them to the ledger in one call and writes the
 * suppressions they imply in one more. All or nothing before the writes: an invalid
 * event, or one with neither a match nor a tenant, refuses the whole input and changes
 * nothing. A store failure answers `store_unavailable`; ingesting the same input again
 * is safe (events are applied once, their suppressions answered again).
 */
export async function ingestEvents(
  context: GateContext,
  input: unknown,
): Promise<Result<IngestResult, IngestError>> {
  const raw = eventsOf(input);
  if (raw === undefined) return invalid('events', 'events: at most 100,000 events in one call');
  const many = Array.isArray(input) || raw.length !== 1;
  const prefix = (i: number, field: string) => (many ? `events[${i}].${field}` : field);
  const events: ParsedEvent[] = [];
  const addresses: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const parsed = deliveryEventSchema.safeParse(raw[i]);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      const field = issueField(issues[0], 'event');
      return invalid(prefix(i, field), describeIssues(issues, 'event'));
    }
    const address = normalizeAddress(parsed.data.address);
    if (address === undefined)
      return invalid(prefix(i, 'address'), 'address: not an e-mail address');
    events.push(parsed.data);
    addresses.push(address);
  }
  const now = context.now();
  const matched = await callStore(
    () =>
      matchEvents(
        context.stores.ledger,
        events.map((event, i) => ({
          ...(event.messageId === undefined ? {} : { messageId: event.messageId }),
          ...(event.quotedMessageIds === undefined
            ? {}
            : { quotedMessageIds: event.quotedMessageIds }),
          address: addresses[i]!,
          ...(event.tenant === undefined ? {} : { tenant: event.tenant }),
          at: event.at ?? now,
        })),
        now,
      ),
    context.storeTimeoutMs,
  );
  if (!matched.ok) return unavailable('ledger', matched.failure.message);
  const ledgerEvents: LedgerEventInput[] = [];
  const globals: SuppressionInput[] = [];
  const answers: Array<{
    result: IngestedEvent['result'];
    ledger?: number;
    match?: Match;
    tenant?: string;
  }> = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const match = matched.value[i];
    const tenant = match?.message.tenant ?? event.tenant;
    const at = event.at ?? now;
    if (tenant === undefined && event.scope !== 'global')
      return invalid(
        prefix(i, 'tenant'),
        "tenant: required: the tenant whose sends this event protects (or scope: 'global'); no recorded message matched the event",
      );
    if (event.type === 'complaint' && event.feedbackType === 'auth-failure') {
      // A DMARC failure report: no person complained, nothing changes.
      answers.push({ result: 'ignored' });
      continue;
    }
    if (event.scope === 'global') {
      const entry = globalSuppression(event, addresses[i]!, at);
      if (entry !== undefined) globals.push(entry);
    }
    if (tenant === undefined) {
      answers.push({ result: 'global' });
      continue;
    }
    answers.push({
      result: 'applied',
      ledger: ledgerEvents.length,
      ...(match ? { match } : {}),
      tenant,
    });
    ledgerEvents.push(toLedgerEvent(event, addresses[i]!, tenant, at, match));
  }
  if (globals.length > 0) {
    const stored = await callStore(
      () => context.stores.suppressions.add(globals, { actor: 'ingest', note: 'global event' }),
      context.storeTimeoutMs,
    );
    if (!stored.ok) return unavailable('suppression', stored.failure.kind);
  }
  const applied = await applyAndNotify(context, ledgerEvents, now);
  if (!applied.ok)
    return unavailable(applied.store === 'ledger' ? 'ledger' : 'suppression', applied.failure.kind);
  // The mailings' rates move with the events, and may pause a mailing on every process.
  await countMailingEvents(context, ledgerEvents, applied.value, now);
  const suppressed = globals[0]?.reason ?? applied.value.suppressions[0]?.reason;
  return ok({
    suppressed,
    events: answers.map(({ result, ledger, match, tenant }) => {
      const answer = ledger === undefined ? undefined : applied.value.events[ledger];
      return {
        result: answer?.result === 'duplicate' ? 'duplicate' : result,
        ...(match === undefined ? {} : { id: match.message.id, match: match.by }),
        ...(tenant === undefined ? {} : { tenant }),
      };
    }),
  });
}

const EVENT_TYPES: Record<Exclude<ParsedEvent['type'], 'bounce'>, LedgerEventType> = {
  complaint: 'complaint',
  unsubscribe: 'unsubscribe',
  delivered: 'delivered',
  delayed: 'deferred',
  opened: 'open',
  clicked: 'click',
};

function toLedgerEvent(
  event: ParsedEvent,
  address: string,
  tenant: string,
  at: number,
  match: Match | undefined,
): LedgerEventInput {
  const type =
    event.type === 'bounce'
      ? bounceEventType(event.reason, event.permanent)
      : EVENT_TYPES[event.type];
  const reason = event.type === 'bounce' ? event.reason : undefined;
  const subscriptionType = event.type === 'unsubscribe' ? event.subscriptionType : undefined;
  const messageId = match?.message.id;
  return {
    // The provider's event id, or the event's content: the same event is applied once.
    // Its own time counts, not the time of ingesting: a report read twice is one event.
    id:
      event.id ??
      `ingest:${contentKey([type, address, tenant, event.at, reason, subscriptionType, messageId])}`,
    type,
    tenant,
    address,
    ...(messageId === undefined ? {} : { messageId, match: match!.by }),
    at,
    ...(reason === undefined ? {} : { reason }),
    ...(subscriptionType === undefined ? {} : { subscriptionType }),
    source: event.source ?? event.type,
    ...(event.detail === undefined ? {} : { detail: event.detail }),
  };
}

/** A platform-wide suppression for an event with `scope: 'global'`. */
function globalSuppression(
  event: ParsedEvent,
  key: string,
  at: number,
): SuppressionInput | undefined {
  const base = { key, scope: 'global', source: event.source ?? event.type, createdAt: at } as const;
  switch (event.type) {
    case 'bounce':
      return event.permanent && reasonInfo[event.reason].suppress
        ? { ...base, reason: 'previously_bounced' }
        : undefined;
    case 'complaint':
      return { ...base, reason: 'previously_complained' };
    case 'unsubscribe':
      return event.subscriptionType === undefined
        ? { ...base, reason: 'unsubscribed_from_all' }
        : { ...base, reason: 'unsubscribed_from_type', subscriptionType: event.subscriptionType };
    default:
      return undefined;
  }
}

/** A short key of the event's content (FNV-1a, 2 × 32 bits): not a secret, just an id. */
function contentKey(parts: readonly unknown[]): string {
  const text = JSON.stringify(parts);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

function invalid(field: string, message: string): Result<never, IngestError> {
  return err({ type: 'invalid_event', field, message });
}

function unavailable(store: string, why: string): Result<never, IngestError> {
  return err({
    type: 'store_unavailable',
    message: `the ${store} store failed (${why}); nothing is lost: ingest the same input again`,
  });
}
