import { describe, expect, it } from 'vitest';
import type { Message } from '../request/request';
import { type Recipient, recipientSchema } from './recipient';
import { resolveAddress } from './resolve-address';

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
