import { capped, MAX_ADDRESS } from './limits';
import { cleanAddress, findAddresses } from './raw-recipient';
import type { HeaderMap } from './split-message';
import type { OriginalMessage } from './types';

/**
 * Addresses that are the sender's: the report's own To (a bounce goes to the envelope
 * sender), the original message's From, and an address the notice greets ("Sorry
 * <you@…>.", "Hello you@…,"). Read from a notice's text, none of them is ever the failed
 * recipient: that guess would suppress the sender's own address.
 */
export function senderAddresses(
  headers: HeaderMap,
  original: OriginalMessage | undefined,
  greeted: Iterable<string>,
): Set<string> {
  const set = new Set<string>(greeted);
  for (const value of headers.get('to') ?? []) for (const a of findAddresses(value)) set.add(a);
  if (original?.from) for (const a of findAddresses(original.from)) set.add(a);
  return set;
}

/** Greetings open a notice; only its first lines are looked at. */
const GREETING_SPAN = 1024;
const GREETING = /^[ \t]*(?:sorry|hello|hi|dear|hallo|bonjour|greetings)[ \t,:]+<?/i;
/** Some line of a text opens with a greeting and an address: most notices have none. */
const ANY_GREETING = /^[ \t]*(?:sorry|hello|hi|dear|hallo|bonjour|greetings)[ \t,:]+<?[^\s@<>]+@/im;

/** Addresses a notice greets its reader by, at the start of one of its first lines. */
export function greetedAddresses(notice: string): string[] {
  const found: string[] = [];
  const head = capped(notice, GREETING_SPAN);
  if (!head.includes('@') || !ANY_GREETING.test(head)) return found;
  for (const line of head.split('\n')) {
    const m = GREETING.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length, m[0].length + MAX_ADDRESS);
    const end = rest.search(/[\s>,]/);
    const address = cleanAddress(end < 0 ? rest : rest.slice(0, end));
    if (address) found.push(address);
  }
  return found;
}
