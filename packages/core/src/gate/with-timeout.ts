/** Why a store call produced no usable answer. */
export type StoreFailure = {
  readonly kind: 'timeout' | 'error' | 'malformed';
  readonly message: string;
};

export type StoreResult<T> = { ok: true; value: T } | { ok: false; failure: StoreFailure };

export interface StoreCallOptions<T> {
  /** Checks the answer's shape; an answer that fails is no answer (`malformed`). */
  readonly valid?: (value: unknown) => value is T;
  /**
   * Called with an answer that came after the deadline: the gate already acted as if the
   * store were down, so whatever the late answer did (a claim) may need undoing.
   */
  readonly late?: (value: T) => void;
}

/**
 * Runs a store call with a deadline. A store that throws, rejects, hangs or answers
 * nonsense gives a `StoreFailure` instead of a value: the gate must then refuse to guess.
 */
export async function callStore<T>(
  call: () => PromiseLike<T> | T,
  timeoutMs: number,
  options: StoreCallOptions<T> = {},
): Promise<StoreResult<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const deadline = new Promise<StoreResult<T>>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve({
        ok: false,
        failure: { kind: 'timeout', message: `no answer within ${timeoutMs} ms` },
      });
    }, timeoutMs);
  });
  try {
    const attempt = Promise.resolve()
      .then(call)
      .then(
        (value): StoreResult<T> => {
          if (options.valid !== undefined && !options.valid(value))
            return {
              ok: false,
              failure: {
                kind: 'malformed',
                message: 'the store gave an answer of the wrong shape',
              },
            };
          if (timedOut) options.late?.(value);
          return { ok: true, value };
        },
        (error: unknown): StoreResult<T> => ({
          ok: false,
          failure: { kind: 'error', message: errorMessage(error) },
        }),
      );
    return await Promise.race([attempt, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export function errorMessage(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
    return String(error).slice(0, 500);
  } catch {
    // An error whose name, message or toString throws (a hostile proxy) is still an error.
    return 'an error that could not be read';
  }
}
