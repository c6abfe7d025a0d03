/** Why a store call produced no answer. */
export type StoreFailure = { readonly kind: 'timeout' | 'error'; readonly message: string };

/**
 * Runs a store call with a deadline. A store that throws, rejects or hangs gives a
 * `StoreFailure` instead of a value: the gate must then refuse to guess.
 */
export async function callStore<T>(
  call: () => Promise<T>,
  timeoutMs: number,
): Promise<{ ok: true; value: T } | { ok: false; failure: StoreFailure }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<{ ok: false; failure: StoreFailure }>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          failure: { kind: 'timeout', message: `no answer within ${timeoutMs} ms` },
        }),
      timeoutMs,
    );
  });
  try {
    const attempt = Promise.resolve()
      .then(call)
      .then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({
          ok: false as const,
          failure: { kind: 'error' as const, message: errorMessage(error) },
        }),
      );
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}
