/** What kind of mistake a configuration holds. */
export type ConfigProblemCode =
  | 'invalid_url'
  | 'unknown_transport'
  | 'unknown_store'
  | 'missing_option'
  | 'invalid_option'
  | 'duplicate_transport'
  | 'missing_package'
  | 'unreadable_file'
  | 'store_unavailable'
  | 'transport_unavailable';

/**
 * One thing wrong with a configuration. `path` names the field (`transport.auth.pass`,
 * `failover.transports[1]`) or the environment variable (`MAILGATE_TRANSPORT`); `message`
 * never repeats the field's value, so a problem can be logged even when the value is a secret.
 */
export interface ConfigProblem {
  readonly code: ConfigProblemCode;
  readonly path: string;
  readonly message: string;
  /** For `missing_package`: the package to install. */
  readonly package?: string;
}

export function problem(
  code: ConfigProblemCode,
  path: string,
  message: string,
  extra: { package?: string } = {},
): ConfigProblem {
  return { code, path, message, ...extra };
}

/** `transport` + `auth` + 0 → `transport.auth[0]`. */
export function joinPath(base: string, ...keys: readonly PropertyKey[]): string {
  let path = base;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path;
}
