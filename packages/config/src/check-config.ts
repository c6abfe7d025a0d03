import type { MailgateHooks } from '@mailgate/core';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { type ConfigProblem, joinPath, problem } from './problems';
import {
  type CheckedConfig,
  mailgateConfigSchema,
  type TransportEntry,
  transportConfigSchema,
} from './schema';
import { parseStoreUrl, type StoreTarget } from './store-url';
import { parseTransportUrl, type TransportUrlParts } from './transport-url';

export type CheckedTransport = z.output<typeof transportConfigSchema>;

/** A configuration that can be built: every URL read, every option checked. */
export interface ResolvedConfig {
  /** The primary transport first, then the failover chain. */
  readonly transports: readonly { readonly path: string; readonly config: CheckedTransport }[];
  readonly coolDownMs?: number;
  readonly stores: {
    readonly suppressions: StoreTarget;
    readonly counters: StoreTarget;
    readonly idempotency: StoreTarget;
  };
  readonly policies: NonNullable<CheckedConfig['policies']>;
  readonly locale?: CheckedConfig['locale'];
  readonly timeouts: NonNullable<CheckedConfig['timeouts']>;
  readonly hooks?: MailgateHooks;
}

/** Names the field a problem is about: a config path, or the variable it came from. */
export type PathNamer = (path: readonly PropertyKey[]) => string;

const configPath: PathNamer = (path) => joinPath('', ...path);

/**
 * Checks a configuration and lists every problem in it, not only the first. A transport or
 * store given as a URL is read here; two entries naming the same transport are refused.
 */
export function checkConfig(
  input: unknown,
  name: PathNamer = configPath,
): Result<ResolvedConfig, ConfigProblem[]> {
  const problems: ConfigProblem[] = [];
  const parsed = mailgateConfigSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...fromIssue(issue, name));
  }
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const failover = (raw.failover ?? {}) as { transports?: unknown };
  const entries: { path: readonly PropertyKey[]; value: unknown }[] = [
    { path: ['transport'], value: raw.transport },
    ...(Array.isArray(failover.transports)
      ? failover.transports.map((value, index) => ({
          path: ['failover', 'transports', index],
          value,
        }))
      : []),
  ];
  const transports: { path: string; config: CheckedTransport }[] = [];
  for (const entry of entries) {
    if (typeof entry.value !== 'string') {
      // Its problems are among the schema's; checked alone, so that duplicates are found too.
      const checked = transportConfigSchema.safeParse(entry.value);
      if (checked.success) transports.push({ path: configPath(entry.path), config: checked.data });
      continue;
    }
    const url = parseTransportUrl(entry.value, name(entry.path));
    if (url.isErr()) {
      problems.push(...url.error);
      continue;
    }
    const checked = transportConfigSchema.safeParse(fromUrl(url.value));
    if (checked.success) transports.push({ path: configPath(entry.path), config: checked.data });
    else
      for (const issue of checked.error.issues) {
        problems.push(...fromIssue({ ...issue, path: [...entry.path, ...issue.path] }, name));
      }
  }
  problems.push(...duplicates(transports, name, entries));

  const stores = storeTargets(raw.stores, name, problems);
  if (problems.length > 0 || !parsed.success) return err(problems);
  const config = parsed.data;
  return ok({
    transports,
    ...(config.failover?.coolDownMs === undefined
      ? {}
      : { coolDownMs: config.failover.coolDownMs }),
    stores,
    policies: config.policies ?? {},
    ...(config.locale === undefined ? {} : { locale: config.locale }),
    timeouts: config.timeouts ?? {},
    ...(config.hooks === undefined ? {} : { hooks: config.hooks }),
  });
}

/** The options a URL gives; everything else takes the transport's default. */
function fromUrl(parts: TransportUrlParts): TransportEntry {
  return parts;
}

/**
 * The same transport twice in a chain would only send the same failure twice. "The same"
 * is the same server and account; credentials are left out of the comparison.
 */
function duplicates(
  transports: readonly { path: string; config: CheckedTransport }[],
  name: PathNamer,
  entries: readonly { path: readonly PropertyKey[] }[],
): ConfigProblem[] {
  const seen = new Map<string, string>();
  const problems: ConfigProblem[] = [];
  for (const transport of transports) {
    const key = identity(transport.config);
    const first = seen.get(key);
    const entry = entries.find((candidate) => configPath(candidate.path) === transport.path);
    const path = entry ? name(entry.path) : transport.path;
    if (first !== undefined) {
      problems.push(
        problem('duplicate_transport', path, `names the same transport as ${first} again`),
      );
    } else seen.set(key, path);
  }
  return problems;
}

function identity(config: CheckedTransport): string {
  switch (config.type) {
    case 'smtp':
      return `smtp|${config.host.toLowerCase()}|${config.port ?? (config.secure ? 465 : 587)}|${config.auth?.user ?? ''}`;
    case 'ses':
      return `ses|${config.region}|${config.endpoint ?? ''}`;
    case 'graph':
      return `graph|${config.tenantId.toLowerCase()}|${config.user.toLowerCase()}|${config.baseUrl ?? ''}`;
    case 'gmail':
      return `gmail|${config.user.toLowerCase()}|${config.rootUrl ?? ''}`;
  }
}

function storeTargets(
  value: unknown,
  name: PathNamer,
  problems: ConfigProblem[],
): ResolvedConfig['stores'] {
  const memory: StoreTarget = { type: 'memory' };
  const one = (target: unknown, path: readonly PropertyKey[]): StoreTarget => {
    if (target === undefined) return memory;
    if (typeof target !== 'string') return target as StoreTarget;
    const parsed = parseStoreUrl(target, name(path));
    if (parsed.isOk()) return parsed.value;
    problems.push(...parsed.error);
    return memory;
  };
  if (value === undefined || typeof value === 'string' || isTarget(value)) {
    const target = one(value, ['stores']);
    return { suppressions: target, counters: target, idempotency: target };
  }
  const each = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  return {
    suppressions: one(each.suppressions, ['stores', 'suppressions']),
    counters: one(each.counters, ['stores', 'counters']),
    idempotency: one(each.idempotency, ['stores', 'idempotency']),
  };
}

function isTarget(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'type' in value;
}

interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly discriminator?: string;
  readonly errors?: readonly (readonly Issue[])[];
}

/**
 * A zod issue as problems: zod's messages name types and keys, never the input. A union
 * that failed (a URL string or an object) is reported by the branch the value was meant
 * for: the one that failed on more than the value's type.
 */
function fromIssue(issue: Issue, name: PathNamer): ConfigProblem[] {
  const path = name(issue.path);
  if (issue.code === 'invalid_union' && issue.discriminator === 'type') {
    const store = issue.path.includes('stores');
    return [
      problem(
        store ? 'unknown_store' : 'unknown_transport',
        path,
        store
          ? 'names an unknown store type (expected memory, pglite, postgres or redis)'
          : 'names an unknown transport type (expected smtp, ses, graph or gmail)',
      ),
    ];
  }
  if (issue.code === 'invalid_union' && issue.errors !== undefined) {
    const meant = issue.errors.filter(
      (branch) =>
        !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
    );
    const depth = (branch: readonly Issue[]) =>
      Math.max(...branch.map((inner) => inner.path.length));
    const deepest = [...meant].sort((a, b) => depth(b) - depth(a))[0];
    if (deepest !== undefined && (meant.length === 1 || depth(deepest) > 0)) {
      return deepest.flatMap((inner) =>
        fromIssue({ ...inner, path: [...issue.path, ...inner.path] }, name),
      );
    }
    const missing = issue.errors.every((branch) =>
      branch.some((inner) => /received undefined/.test(inner.message) && inner.path.length === 0),
    );
    if (missing) return [problem('missing_option', path, 'is required')];
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    return [problem('missing_option', path, 'is required')];
  }
  if (issue.code === 'custom' && /is required/.test(issue.message)) {
    return [problem('missing_option', path, issue.message)];
  }
  return [problem('invalid_option', path, issue.message)];
}
