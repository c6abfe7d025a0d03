import { describe, expect, it } from 'vitest';
import { mappedFailure } from './transport-helpers';

const provider = { name: 'test', code: 'E1' };

describe('mappedFailure', () => {
  it('keeps what the mapper decided for a failure that surely did not send', () => {
    expect(
      mappedFailure({
        reason: 'provider_rate_limited',
        permanent: false,
        retryAfterMs: 5_000,
        provider,
      }),
    ).toEqual({
      status: 'failed',
      reason: 'provider_rate_limited',
      permanent: false,
      retryable: true,
      retryAfterMs: 5_000,
      provider,
    });
  });

  it('makes a permanent failure not retryable, whatever the mapper said', () => {
    const failure = mappedFailure({
      reason: 'recipient_unknown',
      permanent: true,
      retryable: true,
      provider,
    });
    expect(failure).toMatchObject({ permanent: true, retryable: false });
    expect(failure.uncertain).toBeUndefined();
  });

  it('honours a transient failure the mapper says not to retry', () => {
    expect(
      mappedFailure({ reason: 'unknown', permanent: false, retryable: false, provider }),
    ).toMatchObject({ permanent: false, retryable: false });
  });

  it('makes an uncertain failure neither permanent nor retryable, with no wait', () => {
    expect(
      mappedFailure({
        reason: 'provider_timeout',
        permanent: true,
        retryable: true,
        uncertain: true,
        retryAfterMs: 1_000,
        provider,
      }),
    ).toEqual({
      status: 'failed',
      reason: 'provider_timeout',
      permanent: false,
      retryable: false,
      uncertain: true,
      provider,
    });
  });
});
