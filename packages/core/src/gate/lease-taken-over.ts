/**
 * Idempotency keys whose lease had lapsed and that another claimant took over before this
 * batch's `confirm` or `release` (`action`). After a confirm, the other claimant may have
 * sent the message as well; after a release, the key was left to the other claimant.
 */
export class LeaseTakenOverError extends Error {
  override readonly name = 'LeaseTakenOverError';

  constructor(
    readonly action: 'confirm' | 'release',
    readonly keys: readonly string[],
  ) {
    super(
      action === 'confirm'
        ? `${keys.length} idempotency key(s) were taken over by another claimant after this lease lapsed; the message may have gone out twice`
        : `${keys.length} idempotency key(s) were taken over by another claimant after this lease lapsed; their claims were left to it`,
    );
  }
}
