import { type ParsedReport, parseBounce } from '@mailgate/bounces';

/**
 * What to do with one message: `handle` a report (ingest its events, move it),
 * `leave` ordinary mail alone, or `flag` what looks like a report but cannot be read.
 */
export type Verdict =
  | { readonly action: 'handle'; readonly report: ParsedReport }
  | { readonly action: 'leave' }
  | { readonly action: 'flag' };

export function readMessage(source: Uint8Array | undefined): Verdict {
  if (source === undefined || source.length === 0) return { action: 'flag' };
  let report: ParsedReport;
  try {
    report = parseBounce(source);
  } catch {
    return { action: 'flag' };
  }
  if (report.kind === 'not_a_report') return { action: 'leave' };
  // A bounce or complaint that names no recipient says nothing we could act on: a person
  // should look at it.
  if ((report.kind === 'bounce' || report.kind === 'complaint') && report.recipients.length === 0)
    return { action: 'flag' };
  return { action: 'handle', report };
}
