import {
  GetSuppressedDestinationCommand,
  ListSuppressedDestinationsCommand,
  PutSuppressedDestinationCommand,
  type SESv2Client,
} from '@aws-sdk/client-sesv2';
import {
  normalizeAddress,
  type Suppression,
  type SuppressionInput,
  type SuppressionReason,
  type SuppressionScope,
  type TransportFailed,
} from '@mailgate/core';
import { err, ok, type Result } from 'neverthrow';
import { mapSesError } from './map-ses-error';

/** Is the address on the account-level suppression list? */
export type SesSuppressionLookup =
  | { readonly status: 'suppressed'; readonly reason: 'BOUNCE' | 'COMPLAINT' }
  | { readonly status: 'not_suppressed' }
  | TransportFailed;

/** GetSuppressedDestination: a 404 means "not on the list". Never throws. */
export async function lookupSesSuppression(
  client: SESv2Client,
  address: string,
  options: { readonly abortSignal?: AbortSignal } = {},
): Promise<SesSuppressionLookup> {
  try {
    const answer = await client.send(
      new GetSuppressedDestinationCommand({ EmailAddress: address }),
      options.abortSignal ? { abortSignal: options.abortSignal } : {},
    );
    const reason = answer.SuppressedDestination?.Reason;
    return { status: 'suppressed', reason: reason === 'COMPLAINT' ? 'COMPLAINT' : 'BOUNCE' };
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'NotFoundException') {
      return { status: 'not_suppressed' };
    }
    return mapSesError(error, { operation: 'read' });
  }
}

/** Which mailgate suppressions belong on the SES account's list. */
export interface PushSuppressionsOptions {
  /**
   * The SES list is account-wide: it stops mail for every tenant. By default only `global`
   * entries are mirrored; `true` mirrors tenant entries too.
   */
  readonly includeTenantEntries?: boolean;
  /**
   * The reasons to mirror. Default: hard bounces, complaints, platform opt-outs and addresses
   * flagged invalid. Unsubscribes are left out: SES would block transactional mail too.
   */
  readonly reasons?: readonly SuppressionReason[];
}

/** What `pushSuppressionsToSes` did. */
export interface PushSuppressionsSummary {
  /** Addresses put on the SES list. */
  readonly put: readonly string[];
  /** Entries left out, and why. */
  readonly skipped: ReadonlyArray<{ readonly key: string; readonly why: string }>;
  /** Addresses SES refused or that could not be sent, with the mapped failure. */
  readonly failed: ReadonlyArray<{ readonly key: string; readonly failure: TransportFailed }>;
}

const defaultPushReasons: readonly SuppressionReason[] = [
  'previously_bounced',
  'previously_complained',
  'recipient_opted_out_of_platform',
  'address_flagged_invalid',
];

/**
 * Mirrors mailgate suppressions into the SES account-level suppression list
 * (PutSuppressedDestination, one call per address: BOUNCE, or COMPLAINT for complaints).
 * Domain entries are skipped: SES suppresses addresses only. Never throws.
 */
export async function pushSuppressionsToSes(
  client: SESv2Client,
  entries: readonly Suppression[],
  options: PushSuppressionsOptions = {},
): Promise<PushSuppressionsSummary> {
  const reasons = new Set(options.reasons ?? defaultPushReasons);
  const put: string[] = [];
  const skipped: Array<{ key: string; why: string }> = [];
  const failed: Array<{ key: string; failure: TransportFailed }> = [];
  const done = new Set<string>();
  for (const entry of entries) {
    if (entry.key.startsWith('@')) {
      skipped.push({ key: entry.key, why: 'SES suppresses addresses, not domains' });
    } else if (entry.scope !== 'global' && !options.includeTenantEntries) {
      skipped.push({ key: entry.key, why: 'a tenant entry; the SES list is account-wide' });
    } else if (!reasons.has(entry.reason)) {
      skipped.push({ key: entry.key, why: `reason ${entry.reason} is not mirrored` });
    } else if (!done.has(entry.key)) {
      done.add(entry.key);
      try {
        await client.send(
          new PutSuppressedDestinationCommand({
            EmailAddress: entry.key,
            Reason: entry.reason === 'previously_complained' ? 'COMPLAINT' : 'BOUNCE',
          }),
        );
        put.push(entry.key);
      } catch (error) {
        failed.push({ key: entry.key, failure: mapSesError(error, { operation: 'read' }) });
      }
    }
  }
  return { put, skipped, failed };
}

/** Options of `pullSuppressionsFromSes`. */
export interface PullSuppressionsOptions {
  /** Only these SES reasons. Default both. */
  readonly reasons?: ReadonlyArray<'BOUNCE' | 'COMPLAINT'>;
  /** Only entries updated at or after this time. */
  readonly since?: Date;
  /** The scope of the entries made. Default `'global'` (the SES list is account-wide). */
  readonly scope?: SuppressionScope;
  /** Entries per page (1 to 1000). Default 1000. */
  readonly pageSize?: number;
  /** Stop after this many pages. Default 100. */
  readonly maxPages?: number;
}

/** Every entry of the SES list, or why a page could not be read. */
export type PullSuppressionsResult = Result<
  { readonly suppressions: readonly SuppressionInput[] },
  {
    readonly failure: TransportFailed;
    /** The entries read before the failure. */
    readonly suppressions: readonly SuppressionInput[];
  }
>;

/**
 * Reads the SES account-level suppression list (ListSuppressedDestinations, every page) as
 * entries for a mailgate `SuppressionStore`: BOUNCE becomes `previously_bounced`, COMPLAINT
 * `previously_complained`, source `'ses'`. Never throws.
 */
export async function pullSuppressionsFromSes(
  client: SESv2Client,
  options: PullSuppressionsOptions = {},
): Promise<PullSuppressionsResult> {
  const suppressions: SuppressionInput[] = [];
  const scope = options.scope ?? 'global';
  let nextToken: string | undefined;
  for (let page = 0; page < (options.maxPages ?? 100); page++) {
    try {
      const answer = await client.send(
        new ListSuppressedDestinationsCommand({
          ...(options.reasons ? { Reasons: [...options.reasons] } : {}),
          ...(options.since ? { StartDate: options.since } : {}),
          PageSize: Math.min(1000, Math.max(1, options.pageSize ?? 1000)),
          ...(nextToken ? { NextToken: nextToken } : {}),
        }),
      );
      for (const summary of answer.SuppressedDestinationSummaries ?? []) {
        const key = summary.EmailAddress ? normalizeAddress(summary.EmailAddress) : undefined;
        if (key === undefined) continue;
        suppressions.push({
          key,
          scope,
          reason: summary.Reason === 'COMPLAINT' ? 'previously_complained' : 'previously_bounced',
          source: 'ses',
          ...(summary.LastUpdateTime ? { createdAt: summary.LastUpdateTime.getTime() } : {}),
        });
      }
      nextToken = answer.NextToken;
      if (!nextToken) break;
    } catch (error) {
      return err({ failure: mapSesError(error, { operation: 'read' }), suppressions });
    }
  }
  return ok({ suppressions });
}
