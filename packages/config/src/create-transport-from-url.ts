import type { Transport } from '@mailgate/core';
import { err, ok, type Result } from 'neverthrow';
import {
  buildTransports,
  type EnvInput,
  loadPackages,
  resolve,
  transportsWanted,
} from './create-mailgate-from-config';
import { type Env, transportVariables } from './env';
import { type ImportPackage, importPackage } from './import-package';
import { type ConfigProblem, problem } from './problems';
import { formatTransportUrl, parseTransportUrl } from './transport-url';

/** A transport built from its URL, and the URL as it may be printed (secrets as `***`). */
export interface TransportFromUrl {
  readonly transport: Transport;
  readonly display: string;
}

// The variables a transport reads besides its URL; nothing else of the environment (a
// store URL, a locale) can make a transport URL fail.
const transportEnv = new Set([
  ...Object.values(transportVariables).flatMap((variables) => Object.values(variables)),
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
]);

/**
 * Builds one transport from a URL as `MAILGATE_TRANSPORT` takes it (`smtp://…`, `ses://…`,
 * `graph://…`, `gmail://…`), with the rest of its options read from `env` as
 * `createMailgateFromConfig({ env })` reads them (`MAILGATE_SES_ENDPOINT`,
 * `MAILGATE_GRAPH_ACCESS_TOKEN`, …). For tools that check a transport, such as
 * `mailgate verify`; the caller closes it. Problems name the variable, never its value.
 */
export async function createTransportFromUrl(
  url: string,
  input: EnvInput = {},
): Promise<Result<TransportFromUrl, ConfigProblem[]>> {
  return buildTransportFromUrl(url, input, importPackage);
}

/** The same, with the package loader given; for tests of a package that is not installed. */
export async function buildTransportFromUrl(
  url: string,
  input: EnvInput,
  load: ImportPackage,
): Promise<Result<TransportFromUrl, ConfigProblem[]>> {
  try {
    if (typeof url !== 'string') {
      return err([problem('invalid_url', 'MAILGATE_TRANSPORT', 'must be a string')]);
    }
    const parts = parseTransportUrl(url, 'MAILGATE_TRANSPORT');
    if (parts.isErr()) return err(parts.error);
    const { env = globalThis.process?.env ?? {}, ...runtime } = input;
    const picked: Record<string, string | undefined> = { MAILGATE_TRANSPORT: url };
    for (const [name, value] of Object.entries(env as Env)) {
      if (transportEnv.has(name)) picked[name] = value;
    }
    const checked = resolve({ ...runtime, env: picked });
    if (checked.isErr()) return err(checked.error);
    const modules = await loadPackages(transportsWanted(checked.value), load);
    if (modules.isErr()) return err(modules.error);
    const built = await buildTransports(checked.value, modules.value);
    if (built.isErr()) return err(built.error);
    return ok({ transport: built.value[0]!, display: formatTransportUrl(parts.value, true) });
  } catch {
    return err([problem('invalid_option', '', 'the transport could not be read')]);
  }
}
