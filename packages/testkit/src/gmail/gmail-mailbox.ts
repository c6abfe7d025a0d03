import { readRawMessage } from './read-raw-message';

/** A message in the emulated mailbox, served by `users.messages.list` and `get`. */
export interface GmailMailboxMessage {
  readonly id: string;
  readonly threadId: string;
  /** The message as RFC 822 text. */
  readonly raw: string;
  /** When Gmail received it, in ms since the epoch. */
  readonly internalDate: number;
  readonly labelIds: readonly string[];
}

/** Options of a message put in the Gmail emulator's mailbox. */
export interface GmailMailboxMessageOptions {
  readonly id?: string;
  /** Default: the Date header of the message, else now. */
  readonly internalDate?: number | Date;
  /** Default `['INBOX']`. */
  readonly labelIds?: readonly string[];
}

/**
 * Matches Gmail's search syntax as far as bounce readers use it: `from:x`, `from:(x OR y)`,
 * `after:` / `before:` with epoch seconds or `YYYY/MM/DD`, `in:inbox`. Other terms are ignored.
 */
export function matchesQuery(message: GmailMailboxMessage, query: string | undefined): boolean {
  if (!query) return true;
  const { headers } = readRawMessage(message.raw);
  const from = (headers.from ?? '').toLowerCase();
  for (const term of terms(query)) {
    const colon = term.indexOf(':');
    if (colon <= 0) continue;
    const key = term.slice(0, colon).toLowerCase();
    const value = term.slice(colon + 1);
    if (key === 'from') {
      const options = value
        .replace(/^\(|\)$/g, '')
        .split(/\s+OR\s+|\s+|\|/)
        .filter(Boolean)
        .map((option) => option.toLowerCase().replace(/^"|"$/g, ''));
      if (!options.some((option) => from.includes(option))) return false;
    } else if (key === 'after' || key === 'before') {
      const at = dateOf(value);
      if (at === undefined) continue;
      if (key === 'after' && !(message.internalDate > at)) return false;
      if (key === 'before' && !(message.internalDate < at)) return false;
    } else if (key === 'in' || key === 'label') {
      if (!message.labelIds.some((label) => label.toLowerCase() === value.toLowerCase()))
        return false;
    }
  }
  return true;
}

/** Splits a query into terms, keeping `key:(a OR b)` and quoted values whole. */
function terms(query: string): string[] {
  return query.match(/[\w-]+:\([^)]*\)|[\w-]+:"[^"]*"|\S+/g) ?? [];
}

function dateOf(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The receive time of a raw message: its Date header, else now. */
export function internalDateOf(raw: string, given: number | Date | undefined): number {
  if (given !== undefined) return typeof given === 'number' ? given : given.getTime();
  const date = readRawMessage(raw).headers.date;
  const parsed = date ? Date.parse(date) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : Date.now();
}
