import { describe, expect, it } from 'vitest';
import { secretRedactor } from './secret-redactor';
import type { TransportResult } from './transport';

// An opaque token as personal Microsoft accounts get them, and a JWT.
const opaque = `EwB4A8l6BAAU${'x7Kq9Zp2Lm4Nw8Rt'.repeat(8)}AAE=`;
const jwt = [
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9',
  'eyJ0aWQiOiIxMTExIiwidXBuIjoiYUBiLmV4YW1wbGUifQ',
  'c2lnbmF0dXJlLWJ5dGVzLW9mLXRoZS10b2tlbg',
].join('.');

describe('secretRedactor', () => {
  it('should remove the secrets a transport used, whole and in fragments, from every provider text it returns', () => {
    const redactor = secretRedactor({ secrets: ['hunter2-long-password'], names: ['ann@x.test'] });
    redactor.remember(opaque, jwt);
    const result: TransportResult = {
      status: 'accepted',
      refused: [
        {
          address: 'ann@x.test',
          reason: 'unknown',
          permanent: false,
          provider: {
            name: 'graph',
            text: `token ${opaque.slice(0, 40)}… rejected for ann@x.test`,
          },
        },
      ],
    };
    const failure: TransportResult = {
      status: 'failed',
      reason: 'inbox_auth_failed',
      permanent: true,
      retryable: false,
      provider: {
        name: 'graph',
        code: opaque,
        text: `bad token ${jwt.split('.').slice(0, 2).join('.')} (pw hunter2-long-password; tail ${opaque.slice(-30)})`,
      },
    };
    const read = { events: [], unread: [{ id: 'm1', failure }], failure };

    const cleanResult = redactor.result(result);
    const cleanFailure = redactor.result(failure);
    const cleanRead = redactor.result(read);
    const everything = JSON.stringify([cleanResult, cleanFailure, cleanRead]);
    for (const part of [opaque.slice(0, 20), opaque.slice(-20), jwt.split('.')[1], 'hunter2']) {
      expect(everything).not.toContain(part);
    }
    // Addresses and ids stay: a name is removed only from provider texts, never from fields.
    expect(cleanResult).toMatchObject({
      refused: [
        { address: 'ann@x.test', provider: { text: 'token [redacted]… rejected for [redacted]' } },
      ],
    });
    expect(cleanFailure).toMatchObject({ provider: { code: '[redacted]' } });
    expect(cleanRead.unread[0]?.id).toBe('m1');
  });

  it('should keep texts without secrets, and the same object', () => {
    const redactor = secretRedactor({ secrets: [opaque] });
    const failure: TransportResult = {
      status: 'failed',
      reason: 'recipient_unknown',
      permanent: true,
      retryable: false,
      provider: { name: 'smtp', text: '550 5.1.1 <ann@x.test>: Recipient address rejected' },
    };
    expect(redactor.result(failure)).toBe(failure);
    expect(redactor.text('a short run EwB4A8l6 is not a fragment')).toBe(
      'a short run EwB4A8l6 is not a fragment',
    );
  });

  it('should keep only the newest remembered tokens', () => {
    const redactor = secretRedactor();
    const tokens = Array.from({ length: 20 }, () => crypto.randomUUID() + crypto.randomUUID());
    redactor.remember(...tokens);
    expect(redactor.text(`x ${tokens[19]} y`)).toBe('x [redacted] y');
    expect(redactor.text(`x ${tokens[12]} y`)).toBe('x [redacted] y');
    expect(redactor.text(`x ${tokens[11]} y`)).toBe(`x ${tokens[11]} y`);
    expect(redactor.text(`x ${tokens[0]} y`)).toBe(`x ${tokens[0]} y`);
  });
});
