import {
  createMailgate,
  defaultPolicies,
  failoverTransport,
  type Mailgate,
  type Transport,
} from '@mailgate/core';
import { nl, sv } from '@mailgate/core/locales';
import { err, ok, type Result } from 'neverthrow';
import { buildStores, storePackages } from './build-stores';
import { buildTransport, transportPackages } from './build-transport';
import { checkConfig, type PathNamer, type ResolvedConfig } from './check-config';
import {
  configFromEnv,
  type Env,
  fieldVariables,
  type RuntimeOptions,
  transportVariables,
} from './env';
import { type ImportPackage, importPackage, type PackageName } from './import-package';
import { type ConfigProblem, joinPath, problem } from './problems';
import type { MailgateFileConfig } from './schema';

/** Read the configuration from environment variables (`process.env` unless given). */
export interface EnvInput extends RuntimeOptions {
  readonly env?: Env;
}

export type ConfigInput = MailgateFileConfig | EnvInput;

/**
 * Builds a gate from configuration: an object (`defineConfig`, a parsed JSON file) or
 * `{ env }`. Every problem is listed at once, with the field or variable it is in and never
 * its value; nothing is left open when there is one. Async: the transport and store
 * packages are imported only when the configuration names them.
 */
export async function createMailgateFromConfig(
  input: ConfigInput = {},
): Promise<Result<Mailgate, ConfigProblem[]>> {
  return buildMailgate(input, importPackage);
}

/** The same, with the package loader given; for tests of a package that is not installed. */
export async function buildMailgate(
  input: ConfigInput,
  load: ImportPackage,
): Promise<Result<Mailgate, ConfigProblem[]>> {
  try {
    const checked = resolve(input);
    if (checked.isErr()) return err(checked.error);
    return await build(checked.value, load);
  } catch {
    // Never a throw out of here; and never the error's text, which might quote a value.
    return err([problem('invalid_option', '', 'the configuration could not be read')]);
  }
}

/** The checked configuration of `input`: an object, or `{ env }`. */
export function resolve(input: ConfigInput): Result<ResolvedConfig, ConfigProblem[]> {
  if (typeof input !== 'object' || input === null) {
    return err([problem('invalid_option', '', 'must be a configuration object or { env }')]);
  }
  if ('transport' in input) return checkConfig(input);
  const { env = globalThis.process?.env ?? {}, ...runtime } = input as EnvInput;
  const fromEnv = configFromEnv(env, runtime);
  const checked = checkConfig(fromEnv.config, envNamer(fromEnv.transportSources));
  if (fromEnv.problems.length === 0) return checked;
  // A variable that could not be read is left out of the config: say so once, not twice.
  const named = new Set(fromEnv.problems.map((item) => item.path));
  const rest = checked.isErr() ? checked.error.filter((item) => !named.has(item.path)) : [];
  return err([...fromEnv.problems, ...rest]);
}

function envNamer(sources: ReturnType<typeof configFromEnv>['transportSources']): PathNamer {
  return (path) => {
    const transportAt =
      path[0] === 'transport' ? 1 : path[0] === 'failover' && path[1] === 'transports' ? 3 : 0;
    if (transportAt > 0) {
      const source = sources.get(joinPath('', ...path.slice(0, transportAt)));
      const field = path[transportAt];
      const variable =
        source && typeof field === 'string' ? transportVariables[source.type][field] : undefined;
      const fallback =
        transportAt === 1 ? 'MAILGATE_TRANSPORT' : `MAILGATE_FAILOVER[${String(path[2])}]`;
      return variable ?? source?.variable ?? fallback;
    }
    for (let end = path.length; end > 0; end--) {
      const variable = fieldVariables[joinPath('', ...path.slice(0, end))];
      if (variable !== undefined) return variable;
    }
    return joinPath('', ...path);
  };
}

async function build(
  config: ResolvedConfig,
  load: ImportPackage,
): Promise<Result<Mailgate, ConfigProblem[]>> {
  // Every package first, so that all the missing ones are named at once.
  const wanted = transportsWanted(config);
  for (const name of ['suppressions', 'counters', 'idempotency'] as const) {
    for (const pkg of storePackages(config.stores[name])) {
      if (!wanted.has(pkg)) wanted.set(pkg, `stores.${name}`);
    }
  }
  const modules = await loadPackages(wanted, load);
  if (modules.isErr()) return err(modules.error);
  const built = await buildTransports(config, modules.value);
  if (built.isErr()) return err(built.error);
  const transports = built.value;
  const closeTransports = () => closeAll(transports);

  const onError = (error: unknown) => config.hooks?.onError?.(error, 'store-client');
  const opened = await buildStores(config.stores, modules.value, onError);
  if ('problems' in opened) {
    await closeTransports();
    return err(opened.problems);
  }

  const gate = createMailgate({
    transport:
      transports.length === 1
        ? transports[0]!
        : failoverTransport(transports, {
            ...(config.coolDownMs === undefined ? {} : { coolDownMs: config.coolDownMs }),
          }),
    stores: opened.ok.stores,
    policies: defaultPolicies(config.policies),
    ...(config.locale === undefined ? {} : { locale: config.locale }),
    // A configured gate may be set to any locale, so it carries every language's texts.
    texts: { nl, sv },
    ...(config.hooks === undefined ? {} : { hooks: config.hooks }),
    ...(config.timeouts.storeMs === undefined ? {} : { storeTimeoutMs: config.timeouts.storeMs }),
    ...(config.timeouts.sendMs === undefined ? {} : { sendTimeoutMs: config.timeouts.sendMs }),
    ...(config.timeouts.idempotencyTtlMs === undefined
      ? {}
      : { idempotencyTtlMs: config.timeouts.idempotencyTtlMs }),
  });
  let closing: Promise<void> | undefined;
  return ok({
    ...gate,
    // The gate closes its transport; the database clients opened here are closed after it.
    close: () => {
      closing ??= gate.close().finally(() => opened.ok.close());
      return closing;
    },
  });
}

/** The packages the transports of `config` need, each with the field that names it first. */
export function transportsWanted(config: ResolvedConfig): Map<PackageName, string> {
  const wanted = new Map<PackageName, string>();
  for (const { path, config: transport } of config.transports) {
    for (const name of transportPackages(transport)) if (!wanted.has(name)) wanted.set(name, path);
  }
  return wanted;
}

/** Loads every wanted package; the problems name every one that is missing, at once. */
export async function loadPackages(
  wanted: ReadonlyMap<PackageName, string>,
  load: ImportPackage,
): Promise<Result<Record<string, unknown>, ConfigProblem[]>> {
  const modules: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  await Promise.all(
    [...wanted].map(async ([name, path]) => {
      const loaded = await load(name);
      if (loaded.isOk()) modules[name] = loaded.value;
      else
        problems.push(
          loaded.error === 'missing'
            ? problem('missing_package', path, `needs the package ${name}: npm install ${name}`, {
                package: name,
              })
            : problem('missing_package', path, `could not load the package ${name}`, {
                package: name,
              }),
        );
    }),
  );
  return problems.length > 0 ? err(problems) : ok(modules);
}

/** Builds the transports of `config`, primary first; on a problem none is left open. */
export async function buildTransports(
  config: ResolvedConfig,
  modules: Record<string, unknown>,
): Promise<Result<Transport[], ConfigProblem[]>> {
  const transports: Transport[] = [];
  const problems: ConfigProblem[] = [];
  for (const { path, config: transport } of config.transports) {
    try {
      transports.push(buildTransport(transport, modules));
    } catch {
      problems.push(
        problem('transport_unavailable', path, 'could not be created from its options'),
      );
    }
  }
  if (problems.length === 0) return ok(transports);
  await closeAll(transports);
  return err(problems);
}

function closeAll(transports: readonly Transport[]): Promise<unknown> {
  return Promise.all(
    transports.map((transport) =>
      Promise.resolve()
        .then(() => transport.close?.())
        .catch(() => {}),
    ),
  );
}
