import { err, ok, type Result } from 'neverthrow';

/** Why an admin function on the suppression list did nothing. */
export interface SuppressionAdminError {
  readonly type: 'invalid_address' | 'invalid_input' | 'store_failed' | 'note_required';
  readonly message: string;
}

export function adminError(
  type: SuppressionAdminError['type'],
  message: string,
): Result<never, SuppressionAdminError> {
  return err({ type, message });
}

/** Runs a store call; whatever it throws or rejects with becomes `store_failed`. */
export async function storeCall<T>(
  what: string,
  call: () => Promise<T>,
): Promise<Result<T, SuppressionAdminError>> {
  try {
    return ok(await call());
  } catch (cause) {
    return adminError('store_failed', `${what} failed: ${describe(cause)}`);
  }
}

/** A thrown value as text, for the error message. */
export function describe(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  try {
    return String(cause);
  } catch {
    return 'an unprintable error';
  }
}
