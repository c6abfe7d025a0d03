import { describe, expect, it } from 'vitest';
import type { TransportFailed } from './transport';
import {
  backoffDelay,
  connectionFailure,
  redactFailure,
  redactText,
  waitUnlessAborted,
} from './transport-helpers';

const failure = (text?: string): TransportFailed => ({
  status: 'failed',
  reason: 'inbox_auth_failed',
  permanent: true,
  retryable: false,
  provider: { name: 'smtp', ...(text === undefined ? {} : { text }) },
});

describe('waitUnlessAborted', () => {
  it('should wait and answer true', async () => {
    expect(await waitUnlessAborted(1, undefined)).toBe(true);
  });

  it('should answer false at once when aborted before or during the wait', async () => {
    expect(await waitUnlessAborted(60_000, AbortSignal.abort())).toBe(false);
    const controller = new AbortController();
    const waiting = waitUnlessAborted(60_000, controller.signal);
    controller.abort();
    expect(await waiting).toBe(false);
  });
});

describe('backoffDelay', () => {
  const options = { initialDelayMs: 200, maxDelayMs: 5_000 };

  it('should use the provider wait when it fits, and refuse one that does not', () => {
    expect(backoffDelay({ retryAfterMs: 1_000 }, 1, options)).toBe(1_000);
    expect(backoffDelay({ retryAfterMs: 60_000 }, 1, options)).toBeUndefined();
  });

  it('should double the wait per retry, within ±20 %, capped', () => {
    for (const [retry, base] of [
      [1, 200],
      [2, 400],
      [3, 800],
    ] as const) {
      const wait = backoffDelay({}, retry, options)!;
      expect(wait).toBeGreaterThanOrEqual(base * 0.8);
      expect(wait).toBeLessThanOrEqual(base * 1.2);
    }
    expect(backoffDelay({}, 20, options)).toBe(5_000);
  });
});

describe('redactFailure', () => {
  it('should remove secrets and pattern matches from the provider text', () => {
    const redacted = redactFailure(
      failure('535 bad password hunter22 for token ya29.abc'),
      ['hunter22'],
      [/ya29\.\w+/g],
    );
    expect(redacted.provider?.text).toBe('535 bad password [redacted] for token [redacted]');
  });

  it('should keep the same object when nothing was secret', () => {
    const original = failure('535 authentication failed');
    expect(redactFailure(original, ['abc', 'zzzzzz'])).toBe(original);
    expect(redactFailure(failure(), ['hunter22'])).toEqual(failure());
    expect(redactText('user abc', ['abc', ''])).toBe('user [redacted]');
  });
});

describe('connectionFailure', () => {
  it('should tell a request that never left from one whose connection broke', () => {
    expect(connectionFailure('ECONNREFUSED')).toBe('never_connected');
    expect(connectionFailure('UND_ERR_CONNECT_TIMEOUT')).toBe('never_connected');
    expect(connectionFailure('ECONNRESET')).toBe('connection_lost');
    expect(connectionFailure('ECONNABORTED')).toBe('connection_lost');
    expect(connectionFailure('EAUTH')).toBeUndefined();
    expect(connectionFailure(undefined)).toBeUndefined();
  });
});
