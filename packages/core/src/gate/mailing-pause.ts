import { describePauseIn } from '../mailing/pause-text';
import { mailingRates, summarize, trippedPause } from '../mailing/thresholds';
import type { MailingRecord, MailingSummary } from '../mailing/types';
import { type GateContext, safeHook } from './gate-context';
import { callStore } from './with-timeout';

/**
 * Pauses a mailing whose rate passed its threshold, in the store (so every process sees
 * it), and tells `onMailingPaused` — once: only the call that changed the state reports.
 * Answers whether the mailing is paused now.
 */
export async function pauseIfTripped(
  context: GateContext,
  record: MailingRecord,
  now: number,
): Promise<boolean> {
  if (record.state === 'paused') return true;
  // Checked after every batch: the rates alone, not a copy of the whole record.
  const rates = mailingRates(record.counts, record.thresholds);
  const pause = trippedPause({ state: record.state, rates }, now);
  if (pause === undefined) return false;
  const set = await callStore(
    () => context.stores.mailings.setState(record, 'paused', pause, now),
    context.storeTimeoutMs,
  );
  if (!set.ok || set.value === undefined) {
    safeHook(
      context,
      (hooks) =>
        hooks.onError?.(
          new Error(set.ok ? 'unknown mailing' : set.failure.message),
          'mailings.setState',
        ),
      'onError',
    );
    return false;
  }
  if (set.value.changed) reportPause(context, summarize(set.value.mailing));
  return set.value.mailing.state === 'paused';
}

/** Tells `onMailingPaused` about a pause, with its texts in the gate's language. */
export function reportPause(context: GateContext, mailing: MailingSummary): void {
  const pause = mailing.pause;
  if (pause === undefined || context.hooks.onMailingPaused === undefined) return;
  safeHook(
    context,
    (hooks) =>
      hooks.onMailingPaused?.({
        mailing,
        cause: pause.cause,
        ...(pause.rate === undefined ? {} : { rate: pause.rate }),
        ...(pause.threshold === undefined ? {} : { threshold: pause.threshold }),
        ...(pause.sample === undefined ? {} : { sample: pause.sample }),
        text: describePauseIn(context.texts, pause, context.locale),
      }),
    'onMailingPaused',
  );
}
