import { err, ok, type Result } from 'neverthrow';
import * as z from 'zod/mini';
import { normalizeAddress } from '../address/normalize-address';
import { type Reason, reasonIds } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import { describeIssues, issueField } from '../request/describe-issues';
import { useZodMessages } from '../request/zod-messages';
import type { SuppressionInput, SuppressionReason } from '../stores/types';
import type { GateContext } from './gate-context';
import { callStore } from './with-timeout';

useZodMessages();

const text = z.string().check(z.minLength(1), z.maxLength(256));
const common = {
  address: z.string().check(z.minLength(3), z.maxLength(512)),
  /**
   * The tenant whose sends the event protects: required unless `scope` is 'global'. An
   * event without one would protect nobody whose sends carry a tenant.
   */
  tenant: z.optional(text),
  /** 'global': the suppression applies to every tenant of the platform. Default 'tenant'. */
  scope: z.optional(z.enum(['tenant', 'global'])),
  /** Where the event came from: 'bounce-mailbox', 'ses', 'webhook', … */
  source: z.optional(text),
  /** When it happened (ms since the epoch); default: now. */
  at: z.optional(z.number()),
  /** The SES package's record of the event, for the host's logs; ingest does not read it. */
  ses: z.optional(z.unknown()),
};

/**
 * Strict objects: a field ingest does not know (a misspelt `subscription_type`, a
 * `permanent` on a complaint) is refused by name rather than dropped without a word.
 */
const eventSchema = z.discriminatedUnion('type', [
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

export const deliveryEventSchema = eventSchema.check(
  z.superRefine((event, issues) => {
    if (event.tenant === undefined && event.scope !== 'global') {
      issues.addIssue({
        code: 'custom',
        path: ['tenant'],
        message: "required: the tenant whose sends this event protects (or scope: 'global')",
      });
    }
  }),
);

/**
 * A delivery event: a bounce, a complaint, an unsubscribe, or a plain delivery signal.
 * `tenant` is required at run time unless `scope` is 'global'.
 */
export type DeliveryEvent = z.input<typeof deliveryEventSchema>;

/** What `gate.ingest` did with an event. */
export interface IngestResult {
  /** The suppression the event added, if it added one. */
  readonly suppressed: SuppressionReason | undefined;
}

/** Why `gate.ingest` did nothing: a malformed event, or a store that failed. */
export type IngestError =
  | {
      readonly type: 'invalid_event';
      /** The field at fault ('tenant', 'scope', …), or 'event' for the event as a whole. */
      readonly field: string;
      readonly message: string;
    }
  | { readonly type: 'store_unavailable'; readonly message: string };

/**
 * Applies a delivery event to the stores: a hard bounce of the recipient's own making
 * suppresses the address (`previously_bounced`); a complaint suppresses it
 * (`previously_complained`), except a DMARC failure report, which no person sent; an
 * unsubscribe records it. Soft bounces and delivery signals change nothing.
 */
export async function ingestEvent(
  context: GateContext,
  input: unknown,
): Promise<Result<IngestResult, IngestError>> {
  const parsed = deliveryEventSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    return err({
      type: 'invalid_event',
      field: issueField(issues[0], 'event'),
      message: describeIssues(issues, 'event'),
    });
  }
  const event = parsed.data;
  const key = normalizeAddress(event.address);
  if (key === undefined)
    return err({
      type: 'invalid_event',
      field: 'address',
      message: 'address: not an e-mail address',
    });
  const entry = suppressionFor(event, key, event.at ?? context.now());
  if (entry === undefined) return ok({ suppressed: undefined });
  const stored = await callStore(
    () =>
      context.stores.suppressions.add([entry], { actor: 'ingest', note: `${event.type} event` }),
    context.storeTimeoutMs,
  );
  if (!stored.ok)
    return err({
      type: 'store_unavailable',
      message: `the suppression store failed (${stored.failure.kind})`,
    });
  return ok({ suppressed: entry.reason });
}

function suppressionFor(
  event: z.output<typeof deliveryEventSchema>,
  key: string,
  at: number,
): SuppressionInput | undefined {
  // The schema has made sure there is a tenant unless the scope is global.
  const scope = event.scope === 'global' ? 'global' : { tenant: event.tenant! };
  const base = { key, scope, source: event.source ?? event.type, createdAt: at } as const;
  switch (event.type) {
    case 'bounce':
      return event.permanent && reasonInfo[event.reason].suppress
        ? { ...base, reason: 'previously_bounced' }
        : undefined;
    case 'complaint':
      return event.feedbackType === 'auth-failure'
        ? undefined
        : { ...base, reason: 'previously_complained' };
    case 'unsubscribe':
      return event.subscriptionType === undefined
        ? { ...base, reason: 'unsubscribed_from_all' }
        : { ...base, reason: 'unsubscribed_from_type', subscriptionType: event.subscriptionType };
    default:
      return undefined;
  }
}
