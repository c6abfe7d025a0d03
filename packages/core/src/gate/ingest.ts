import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { normalizeAddress } from '../address/normalize-address';
import { type Reason, reasonIds } from '../reasons/reason';
import { reasonInfo } from '../reasons/reason-info';
import type { SuppressionInput, SuppressionReason } from '../stores/types';
import type { GateContext } from './gate-context';
import { callStore } from './with-timeout';

const text = z.string().min(1).max(256);
const common = {
  address: z.string().min(3).max(512),
  tenant: text.optional(),
  /** Where the event came from: 'bounce-mailbox', 'ses', 'webhook', … */
  source: text.optional(),
  /** When it happened (ms since the epoch); default: now. */
  at: z.number().finite().optional(),
};

export const deliveryEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('bounce'),
    ...common,
    reason: z.enum(reasonIds as [Reason, ...Reason[]]),
    permanent: z.boolean(),
    /** A platform that sends for many tenants may record a hard bounce for all of them. */
    scope: z.enum(['tenant', 'global']).optional(),
  }),
  z.object({ type: z.literal('complaint'), ...common, feedbackType: text.optional() }),
  z.object({ type: z.literal('unsubscribe'), ...common, subscriptionType: text.optional() }),
  z.object({ type: z.enum(['delivered', 'delayed', 'opened', 'clicked']), ...common }),
]);

/** A delivery event: a bounce, a complaint, an unsubscribe, or a plain delivery signal. */
export type DeliveryEvent = z.input<typeof deliveryEventSchema>;

/** What `gate.ingest` did with an event. */
export interface IngestResult {
  /** The suppression the event added, if it added one. */
  readonly suppressed: SuppressionReason | undefined;
}

/** Why `gate.ingest` did nothing: a malformed event, or a store that failed. */
export type IngestError =
  | { readonly type: 'invalid_event'; readonly message: string }
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
    const issue = parsed.error.issues[0];
    return err({
      type: 'invalid_event',
      message: `${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  const event = parsed.data;
  const key = normalizeAddress(event.address);
  if (key === undefined)
    return err({ type: 'invalid_event', message: 'address: not an e-mail address' });
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
  const scope =
    event.type === 'bounce' && event.scope === 'global'
      ? 'global'
      : { tenant: event.tenant ?? 'default' };
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
