import { details } from '../reasons/details';
import type { Reason } from '../reasons/reason';
import type { Message } from '../request/request';
import type { Recipient, RecipientAddress } from './recipient';

/** Which address `resolveAddress` chose for a message, or why none. */
export type Resolution =
  | { readonly ok: true; readonly chosen: RecipientAddress; readonly fallback: boolean }
  | {
      readonly ok: false;
      readonly reason: Reason;
      readonly detail: string;
      readonly address?: string;
    };

/**
 * Picks the address a message goes to, as a template-driven CRM does: the message
 * names the kind of recipient it is written for and the kind of address it wants
 * (private, business), with or without falling back to another address.
 *
 * - A message for candidates sent to a contact (or the reverse) is `wrong_recipient_type`.
 * - No address of the wanted kind, and no fallback allowed (or none to fall back to):
 *   `no_address`.
 * - The chosen address was flagged invalid after an earlier bounce:
 *   `address_flagged_invalid`. The fallback does not skip it: the address exists, it is
 *   wrong, and the remedy is to correct it or clear the flag.
 */
export function resolveAddress(recipient: Recipient, message: Message): Resolution {
  const chosen = resolvedIndex(recipient, message);
  if (chosen === UNRESOLVED) return unresolved(recipient, message);
  return chosen >= 0
    ? { ok: true, chosen: recipient.addresses[chosen]!, fallback: false }
    : { ok: true, chosen: recipient.addresses[fallbackIndex(chosen)]!, fallback: true };
}

/** `resolvedIndex` found no usable address: `resolveAddress` says why. */
export const UNRESOLVED = -1;

/** The index of a fallback answer of `resolvedIndex`. */
export function fallbackIndex(resolved: number): number {
  return -resolved - 2;
}

/**
 * `resolveAddress` without an object per answer, for the bulk path: the index of the
 * chosen address; `-(index + 2)` (see `fallbackIndex`) for a fallback, `UNRESOLVED`
 * when `resolveAddress` would refuse.
 */
export function resolvedIndex(recipient: Recipient, message: Message): number {
  const wantedType = message.recipientType;
  if (wantedType !== undefined && recipient.type !== undefined && wantedType !== recipient.type) {
    return UNRESOLVED;
  }
  const addresses = recipient.addresses;
  const label = message.addressLabel;
  let first = -1;
  let firstUnflagged = -1;
  let chosen = UNRESOLVED;
  for (let i = 0; i < addresses.length; i++) {
    const entry = addresses[i]!;
    if (isBlank(entry.address)) continue;
    if (label === undefined || entry.label === label) {
      chosen = i;
      break;
    }
    if (first < 0) first = i;
    if (firstUnflagged < 0 && entry.state !== 'flagged_invalid') firstUnflagged = i;
  }
  if (chosen === UNRESOLVED) {
    // Prefer another address that is not known to be bad.
    const other = firstUnflagged >= 0 ? firstUnflagged : first;
    if (message.fallbackToOtherAddress !== true || other < 0) return UNRESOLVED;
    chosen = -other - 2;
  }
  const index = chosen >= 0 ? chosen : fallbackIndex(chosen);
  return addresses[index]!.state === 'flagged_invalid' ? UNRESOLVED : chosen;
}

/** The resolution spelled out, with the reason and detail of a refusal. */
function unresolved(recipient: Recipient, message: Message): Resolution {
  const wantedType = message.recipientType;
  if (wantedType !== undefined && recipient.type !== undefined && wantedType !== recipient.type) {
    return {
      ok: false,
      reason: 'wrong_recipient_type',
      detail: details.wrongRecipientType(wantedType, recipient.type),
    };
  }
  const chosen = chooseAddress(
    recipient.addresses,
    message.addressLabel,
    message.fallbackToOtherAddress === true,
  );
  if (chosen === undefined) {
    return { ok: false, reason: 'no_address', detail: details.noAddress(message.addressLabel) };
  }
  if (chosen.address.state === 'flagged_invalid') {
    return {
      ok: false,
      reason: 'address_flagged_invalid',
      detail: details.flaggedInvalid(),
      address: chosen.address.address,
    };
  }
  return { ok: true, chosen: chosen.address, fallback: chosen.fallback };
}

function chooseAddress(
  addresses: readonly RecipientAddress[],
  label: string | undefined,
  fallback: boolean,
): { address: RecipientAddress; fallback: boolean } | undefined {
  let first: RecipientAddress | undefined;
  let firstUnflagged: RecipientAddress | undefined;
  for (const entry of addresses) {
    if (isBlank(entry.address)) continue;
    if (label === undefined || entry.label === label) return { address: entry, fallback: false };
    first ??= entry;
    if (entry.state !== 'flagged_invalid') firstUnflagged ??= entry;
  }
  if (!fallback) return undefined;
  // Prefer another address that is not known to be bad.
  const other = firstUnflagged ?? first;
  return other === undefined ? undefined : { address: other, fallback: true };
}

function isBlank(address: string): boolean {
  for (let i = 0; i < address.length; i++) if (address.charCodeAt(i) > 32) return false;
  return true;
}
