import type {
  MailingCounts,
  MailingPause,
  MailingRate,
  MailingRecord,
  MailingSummary,
  MailingThresholds,
} from './types';

/**
 * The default thresholds of a mailing, from what providers and receivers publish
 * (docs/concepts/mailings.md has the table with the sources):
 * - hard bounces 5%: Amazon SES puts an account under review at 5% (and may pause it at
 *   10%); one mailing should not bring a whole account there.
 * - complaints 0.3%: the spam rate Gmail and Yahoo tell bulk senders never to reach
 *   (Gmail's target is under 0.1%; SES reviews at 0.1% and may pause at 0.5%).
 * - unsubscribes 1%: where Brevo suspends a campaign and Klaviyo flags it.
 * - 500 messages before a rate counts (and at least `MIN_EVENTS` events), so that the
 *   first few answers of a mailing do not stop it.
 */
export const defaultMailingThresholds: MailingThresholds = {
  hardBounceRate: 0.05,
  complaintRate: 0.003,
  unsubscribeRate: 0.01,
  minSample: 500,
};

/** A rate counts only with at least this many events: one complaint is not a trend. */
export const MIN_EVENTS = 3;

/**
 * The thresholds in force: the mailing's over the tenant's over the defaults. A value that
 * is not a finite number ≥ 0 is ignored (the next level's applies).
 */
export function resolveThresholds(
  ...levels: ReadonlyArray<Partial<MailingThresholds> | undefined>
): MailingThresholds {
  const resolved: Record<string, number> = { ...defaultMailingThresholds };
  for (const level of levels) {
    if (typeof level !== 'object' || level === null) continue;
    for (const name of Object.keys(defaultMailingThresholds)) {
      const value = (level as Record<string, unknown>)[name];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) resolved[name] = value;
    }
  }
  return resolved as unknown as MailingThresholds;
}

function rate(count: number, sample: number, threshold: number, minSample: number): MailingRate {
  return {
    rate: sample === 0 ? 0 : count / sample,
    count,
    sample,
    threshold,
    counts: sample >= minSample && count >= MIN_EVENTS,
  };
}

/**
 * A mailing's rates: hard bounces over the messages handed over; complaints and
 * unsubscribes over the messages accepted and not bounced (those that could reach a person).
 */
export function mailingRates(counts: MailingCounts, thresholds: MailingThresholds) {
  const attempted = counts.handedOver - counts.uncertain - counts.inFlight;
  const reached = Math.max(0, counts.sent - counts.bounced);
  const { minSample } = thresholds;
  return {
    hardBounce: rate(
      counts.refused + counts.bounced,
      Math.max(0, attempted),
      thresholds.hardBounceRate,
      minSample,
    ),
    complaint: rate(counts.complaints, reached, thresholds.complaintRate, minSample),
    unsubscribe: rate(counts.unsubscribes, reached, thresholds.unsubscribeRate, minSample),
  };
}

/** A mailing record with its rates. */
export function summarize(record: MailingRecord): MailingSummary {
  return { ...record, rates: mailingRates(record.counts, record.thresholds) };
}

const causes = [
  ['hardBounce', 'hard_bounce_rate'],
  ['complaint', 'complaint_rate'],
  ['unsubscribe', 'unsubscribe_rate'],
] as const;

/** The first rate of a running mailing at or past its threshold, as a pause; `undefined` when none. */
export function trippedPause(
  summary: Pick<MailingSummary, 'state' | 'rates'>,
  now: number,
): MailingPause | undefined {
  if (summary.state === 'paused') return undefined;
  for (const [name, cause] of causes) {
    const r = summary.rates[name];
    if (r.counts && r.rate >= r.threshold)
      return { cause, rate: r.rate, threshold: r.threshold, sample: r.sample, at: now };
  }
  return undefined;
}
