import { describe, expect, it } from 'vitest';
import { reasonIds } from './reason';
import { reasonInfo } from './reason-info';

const entries = reasonIds.map((id) => [id, reasonInfo[id]] as const);

describe('reasonInfo', () => {
  it('should describe every reason id and nothing else', () => {
    expect(Object.keys(reasonInfo).sort()).toEqual([...reasonIds].sort());
  });

  it('should never mark a permanent reason as retryable', () => {
    const both = entries.filter(([, info]) => info.permanent && info.retryable).map(([id]) => id);
    expect(both).toEqual([]);
  });

  it('should only suppress addresses for permanent reasons', () => {
    const wrong = entries.filter(([, info]) => info.suppress && !info.permanent).map(([id]) => id);
    expect(wrong).toEqual([]);
  });

  it('should only suppress addresses for failures on the recipient side', () => {
    const wrong = entries
      .filter(([, info]) => info.suppress)
      .filter(([, info]) => info.category !== 'recipient' && info.category !== 'address')
      .map(([id]) => id);
    expect(wrong).toEqual([]);
  });

  it("should suppress exactly Sisimai's hard bounces and a disabled mailbox", () => {
    const suppressing = entries.filter(([, info]) => info.suppress).map(([id]) => id);
    expect(suppressing.sort()).toEqual(
      [
        'domain_not_accepting_mail',
        'mailbox_disabled',
        'recipient_domain_unknown',
        'recipient_moved',
        'recipient_unknown',
      ].sort(),
    );
  });

  it('should not suppress addresses for sender-side, reputation or transient reasons', () => {
    for (const [id, info] of entries) {
      if (['sender', 'reputation', 'provider', 'account', 'internal'].includes(info.category)) {
        expect(info.suppress, id).toBe(false);
      }
      if (info.retryable) expect(info.suppress, id).toBe(false);
    }
  });

  it('should treat temporary receiving-side trouble as retryable', () => {
    for (const id of [
      'mailbox_full',
      'receiver_rate_limited',
      'network_error',
      'receiver_system_error',
      'receiver_system_full',
      'provider_rate_limited',
      'provider_timeout',
      'microsoft_timeout',
      'inbox_connection_failed',
      'suppression_store_unavailable',
    ] as const) {
      expect(reasonInfo[id], id).toMatchObject({ permanent: false, retryable: true });
    }
  });

  it('should treat consent and earlier feedback as permanent', () => {
    for (const [id, info] of entries) {
      if (info.category === 'consent' || info.category === 'suppression') {
        expect(info.permanent, id).toBe(true);
      }
    }
  });

  it('should put every consent and suppression reason at the policy stage', () => {
    for (const [id, info] of entries) {
      if (info.category === 'consent' || info.category === 'suppression') {
        expect(info.stage, id).toBe('policy');
      }
    }
  });

  it('should put the receiving side at the delivery stage', () => {
    for (const [id, info] of entries) {
      if (info.category === 'receiver' || info.category === 'reputation') {
        expect(info.stage, id).toBe('delivery');
      }
    }
  });

  it('should keep the unknown reasons from being retried blindly', () => {
    expect(reasonInfo.unknown).toMatchObject({
      permanent: false,
      retryable: false,
      suppress: false,
    });
    expect(reasonInfo.delivery_failed).toMatchObject({ permanent: false, retryable: false });
  });
});
