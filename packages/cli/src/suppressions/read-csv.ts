import type { ImportSuppressionRow, SuppressionReason } from '@mailgate/core';
import { parse } from 'csv-parse/sync';

/** An export format we know by its header row. */
export type CsvFormat =
  | 'hubspot'
  | 'mailchimp'
  | 'sendgrid'
  | 'mailgun'
  | 'postmark'
  | 'ses'
  | 'brevo'
  | 'generic'
  | 'plain';

/** The rows of a CSV file, each with the line it was on, ready for `importSuppressions`. */
export interface CsvRows {
  readonly format: CsvFormat;
  readonly rows: readonly ImportSuppressionRow[];
  /** The line of each row in the file, from 1, for the summary of rejected rows. */
  readonly lines: readonly number[];
}

/** Why a CSV file cannot be read at all; nothing of it is imported. */
export interface CsvProblem {
  readonly line?: number;
  readonly message: string;
}

// Header names of the address column, lower case without spaces, dashes or underscores.
const addressColumns = ['email', 'emailaddress', 'address', 'recipient', 'mail'];
const reasonColumns = ['reason', 'suppressionreason', 'type', 'status', 'unsubreason'];

/** Header signatures of common exports, the most specific first. */
const signatures: readonly { format: CsvFormat; columns: readonly string[] }[] = [
  // HubSpot's contact and unsubscribe exports: "Email", "Unsubscribed from all email", …
  { format: 'hubspot', columns: ['unsubscribedfromallemail'] },
  { format: 'hubspot', columns: ['recordid'] },
  { format: 'mailchimp', columns: ['emailaddress', 'unsubtime'] },
  { format: 'mailchimp', columns: ['emailaddress', 'cleantime'] },
  { format: 'postmark', columns: ['suppressionreason'] },
  { format: 'ses', columns: ['emailaddress', 'reason', 'lastupdatetime'] },
  { format: 'mailgun', columns: ['address', 'createdat'] },
  { format: 'sendgrid', columns: ['email', 'created'] },
  { format: 'brevo', columns: ['email', 'blockedat'] },
];

/**
 * Reads a CSV export of unsubscribes, bounces or complaints. The address column is found
 * by its header (`Email`, `Email Address`, `address`, …); a file without a header, one
 * address per line, works too. A reason column, where there is one, maps bounces and
 * complaints to their own reasons; other rows take the import's default reason.
 *
 * A file that is not valid CSV (an unclosed quote, a row with more fields than the header)
 * is refused whole, so that nothing of it is imported.
 */
export function readSuppressionCsv(
  text: string,
): { ok: true; value: CsvRows } | { ok: false; problem: CsvProblem } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count_less: true,
      delimiter: sniffDelimiter(text),
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (cause) {
    const line = (cause as { lines?: unknown }).lines;
    return {
      ok: false,
      problem: {
        ...(typeof line === 'number' ? { line } : {}),
        message: (cause instanceof Error ? cause.message : String(cause)).replace(
          /^Invalid Record Length: /,
          '',
        ),
      },
    };
  }
  if (records.length === 0) return { ok: true, value: { format: 'plain', rows: [], lines: [] } };
  const header = records[0]!.record.map(columnKey);
  const addressAt = header.findIndex((name) => addressColumns.includes(name));
  if (addressAt < 0) {
    if (records[0]!.record.length === 1 && records[0]!.record[0]!.includes('@')) {
      return {
        ok: true,
        value: {
          format: 'plain',
          rows: records.map((entry) => entry.record[0] ?? ''),
          lines: records.map((entry) => entry.info.lines),
        },
      };
    }
    return {
      ok: false,
      problem: {
        line: 1,
        message: 'no address column: expected a header such as "Email" or "Email Address"',
      },
    };
  }
  const reasonAt = header.findIndex((name) => reasonColumns.includes(name));
  const format =
    signatures.find((signature) => signature.columns.every((column) => header.includes(column)))
      ?.format ?? 'generic';
  const body = records.slice(1);
  return {
    ok: true,
    value: {
      format,
      rows: body.map((entry) => {
        const address = entry.record[addressAt] ?? '';
        const reason = reasonAt < 0 ? undefined : reasonFromExport(entry.record[reasonAt] ?? '');
        return reason === undefined ? address : { address, reason };
      }),
      lines: body.map((entry) => entry.info.lines),
    },
  };
}

function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The separator of the header line: comma, semicolon (European spreadsheets) or tab. */
function sniffDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

/** The words exports use for why an address is suppressed. */
function reasonFromExport(value: string): SuppressionReason | undefined {
  const word = value.toLowerCase();
  if (/complain|spam|abuse/.test(word)) return 'previously_complained';
  if (/bounce|invalid|clean/.test(word)) return 'previously_bounced';
  return undefined;
}
