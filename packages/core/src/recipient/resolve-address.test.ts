import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { details } from '../reasons/details';
import type { Message } from '../request/request';
import { type Recipient, type RecipientAddress, recipientSchema } from './recipient';
import {
  fallbackIndex,
  type Resolution,
  resolveAddress,
  resolvedIndex,
  UNRESOLVED,
} from './resolve-address';

const candidate = (addresses: Recipient['addresses'], type = 'candidate'): Recipient =>
  recipientSchema.parse({ id: 'c-1', type, addresses });
const message = (fields: Partial<Message> = {}): Message => ({
  from: 'hr@agency.example',
  subject: 'Hello',
  ...fields,
});

describe('resolveAddress', () => {
  const businessOnly = candidate([{ address: 'ada@work.example', label: 'business' }]);

  it('should refuse when the template wants the private address and the candidate has only a business one', () => {
    const result = resolveAddress(businessOnly, message({ addressLabel: 'private' }));
    expect(result).toMatchObject({ ok: false, reason: 'no_address' });
  });

  it('should fall back to the other address when the template allows it', () => {
    const result = resolveAddress(
      businessOnly,
      message({ addressLabel: 'private', fallbackToOtherAddress: true }),
    );
    expect(result).toMatchObject({
      ok: true,
      fallback: true,
      chosen: { address: 'ada@work.example' },
    });
  });

  it('should pick the wanted kind when the recipient has both', () => {
    const both = candidate([
      { address: 'ada@work.example', label: 'business' },
      { address: 'ada@home.example', label: 'private' },
    ]);
    expect(resolveAddress(both, message({ addressLabel: 'private' }))).toMatchObject({
      ok: true,
      fallback: false,
      chosen: { address: 'ada@home.example' },
    });
  });

  it('should refuse a recipient without any address, even with fallback', () => {
    const result = resolveAddress(
      candidate([]),
      message({ addressLabel: 'private', fallbackToOtherAddress: true }),
    );
    expect(result).toMatchObject({ ok: false, reason: 'no_address' });
  });

  it('should treat a blank address as missing', () => {
    expect(
      resolveAddress(candidate([{ address: '  ', label: 'private' }]), message()),
    ).toMatchObject({
      ok: false,
      reason: 'no_address',
    });
  });

  it('should refuse a message for contacts sent to a candidate', () => {
    const result = resolveAddress(businessOnly, message({ recipientType: 'contact' }));
    expect(result).toMatchObject({ ok: false, reason: 'wrong_recipient_type' });
  });

  it('should refuse an address flagged invalid after a bounce, and not fall back past it', () => {
    const flagged = candidate([
      { address: 'ada@home.example', label: 'private', state: 'flagged_invalid' },
      { address: 'ada@work.example', label: 'business' },
    ]);
    const result = resolveAddress(
      flagged,
      message({ addressLabel: 'private', fallbackToOtherAddress: true }),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'address_flagged_invalid',
      address: 'ada@home.example',
    });
  });

  it('should prefer an unflagged address when falling back', () => {
    const recipient = candidate([
      { address: 'old@work.example', label: 'business', state: 'flagged_invalid' },
      { address: 'new@work.example', label: 'business' },
    ]);
    const result = resolveAddress(
      recipient,
      message({ addressLabel: 'private', fallbackToOtherAddress: true }),
    );
    expect(result).toMatchObject({ ok: true, chosen: { address: 'new@work.example' } });
  });

  it('should use the first address when the message names no kind', () => {
    expect(resolveAddress(businessOnly, message())).toMatchObject({
      ok: true,
      chosen: { address: 'ada@work.example' },
    });
  });
});

/** The resolution as first written, object by object: the reference for the fast one. */
function reference(recipient: Recipient, message: Message): Resolution {
  const wantedType = message.recipientType;
  if (wantedType !== undefined && recipient.type !== undefined && wantedType !== recipient.type) {
    return {
      ok: false,
      reason: 'wrong_recipient_type',
      detail: details.wrongRecipientType(wantedType, recipient.type),
    };
  }
  const label = message.addressLabel;
  let chosen: { address: RecipientAddress; fallback: boolean } | undefined;
  let first: RecipientAddress | undefined;
  let firstUnflagged: RecipientAddress | undefined;
  for (const entry of recipient.addresses) {
    if ([...entry.address].every((c) => c.charCodeAt(0) <= 32)) continue;
    if (label === undefined || entry.label === label) {
      chosen = { address: entry, fallback: false };
      break;
    }
    first ??= entry;
    if (entry.state !== 'flagged_invalid') firstUnflagged ??= entry;
  }
  if (chosen === undefined && message.fallbackToOtherAddress === true) {
    const other = firstUnflagged ?? first;
    if (other !== undefined) chosen = { address: other, fallback: true };
  }
  if (chosen === undefined) {
    return { ok: false, reason: 'no_address', detail: details.noAddress(label) };
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

describe('resolvedIndex', () => {
  const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const label = fc.constantFrom('private', 'business');
  const recipient = fc.record({
    id: fc.constant('r'),
    type: maybe(fc.constantFrom('candidate', 'contact')),
    addresses: fc.array(
      fc.record({
        address: fc.constantFrom('a@b.example', ' ', '', 'c@d.example'),
        label: maybe(label),
        state: maybe(fc.constantFrom('confirmed', 'flagged_invalid')),
      }),
      { maxLength: 4 },
    ),
  });
  const aMessage = fc.record({
    recipientType: maybe(fc.constantFrom('candidate', 'contact')),
    addressLabel: maybe(label),
    fallbackToOtherAddress: maybe(fc.boolean()),
  });

  it('should choose as the reference does, and resolveAddress should say so', () => {
    fc.assert(
      fc.property(recipient, aMessage, (r, m) => {
        const parsed = recipientSchema.parse(r);
        const msg = message(m);
        const expected = reference(parsed, msg);
        expect(resolveAddress(parsed, msg)).toEqual(expected);
        const index = resolvedIndex(parsed, msg);
        if (!expected.ok) {
          expect(index).toBe(UNRESOLVED);
          return;
        }
        const at = expected.fallback ? fallbackIndex(index) : index;
        expect(index < 0).toBe(expected.fallback);
        expect(parsed.addresses[at]).toBe(expected.chosen);
      }),
      { numRuns: 3000 },
    );
  });
});
