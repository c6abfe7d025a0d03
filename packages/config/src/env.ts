import type { MailgateHooks } from '@mailgate/core';
import type { ConfigProblem } from './problems';
import { problem } from './problems';
import type { TransportConfig } from './schema';
import { parseTransportUrl, type TransportType, type TransportUrlParts } from './transport-url';

/** An environment: `process.env`, or any record of the same shape. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * What environment variables cannot carry: functions and clients made by the host. Each
 * applies to every transport of its kind.
 */
export interface RuntimeOptions {
  readonly graph?: {
    /** Returns a current Graph access token (e.g. from @azure/identity). */
    readonly accessToken?: () => Promise<string> | string;
    readonly fetch?: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  };
  /** A google-auth-library client (OAuth2Client, or a JWT with domain-wide delegation). */
  readonly gmail?: { readonly auth?: object };
  readonly ses?: {
    readonly credentials?: () => Promise<{
      readonly accessKeyId: string;
      readonly secretAccessKey: string;
      readonly sessionToken?: string;
    }>;
  };
  readonly hooks?: MailgateHooks;
}

/** The variables each transport's options are read from, besides its URL. */
export const transportVariables: Record<TransportType, Record<string, string>> = {
  smtp: {},
  ses: {
    endpoint: 'MAILGATE_SES_ENDPOINT',
    credentials: 'AWS_ACCESS_KEY_ID',
  },
  graph: {
    clientId: 'MAILGATE_GRAPH_CLIENT_ID',
    clientSecret: 'MAILGATE_GRAPH_CLIENT_SECRET',
    accessToken: 'MAILGATE_GRAPH_ACCESS_TOKEN',
    authorityUrl: 'MAILGATE_GRAPH_AUTHORITY_URL',
    baseUrl: 'MAILGATE_GRAPH_BASE_URL',
  },
  gmail: {
    clientId: 'MAILGATE_GMAIL_CLIENT_ID',
    clientSecret: 'MAILGATE_GMAIL_CLIENT_SECRET',
    refreshToken: 'MAILGATE_GMAIL_REFRESH_TOKEN',
    accessToken: 'MAILGATE_GMAIL_ACCESS_TOKEN',
    rootUrl: 'MAILGATE_GMAIL_ROOT_URL',
    tokenUrl: 'MAILGATE_GMAIL_TOKEN_URL',
  },
};

/** Configuration fields read from single variables. */
export const fieldVariables: Record<string, string> = {
  'failover.coolDownMs': 'MAILGATE_FAILOVER_COOL_DOWN_MS',
  stores: 'MAILGATE_STORE',
  'stores.suppressions': 'MAILGATE_SUPPRESSION_STORE',
  'stores.counters': 'MAILGATE_COUNTER_STORE',
  'stores.idempotency': 'MAILGATE_IDEMPOTENCY_STORE',
  'policies.frequencyCap.max': 'MAILGATE_FREQUENCY_CAP',
  'policies.frequencyCap.periodDays': 'MAILGATE_FREQUENCY_CAP_DAYS',
  'policies.monthlyQuota.max': 'MAILGATE_MONTHLY_QUOTA',
  'policies.sunset.days': 'MAILGATE_SUNSET_DAYS',
  'policies.sunset': 'MAILGATE_SUNSET_DAYS',
  'policies.transactionalCategories': 'MAILGATE_TRANSACTIONAL_CATEGORIES',
  locale: 'MAILGATE_LOCALE',
  'timeouts.storeMs': 'MAILGATE_STORE_TIMEOUT_MS',
  'timeouts.sendMs': 'MAILGATE_SEND_TIMEOUT_MS',
  'timeouts.idempotencyTtlMs': 'MAILGATE_IDEMPOTENCY_TTL_MS',
};

export interface EnvConfig {
  /** The configuration the variables describe, not yet checked. */
  readonly config: Record<string, unknown>;
  readonly problems: ConfigProblem[];
  /** The variable a transport at `transport` / `failover.transports[i]` came from. */
  readonly transportSources: Map<string, { variable: string; type: TransportType }>;
}

/** Reads mailgate's variables from `env` into a configuration object. */
export function configFromEnv(env: Env, runtime: RuntimeOptions = {}): EnvConfig {
  const problems: ConfigProblem[] = [];
  const transportSources = new Map<string, { variable: string; type: TransportType }>();
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const config: Record<string, unknown> = {};

  const transport = (text: string, variable: string, at: string) => {
    const parsed = parseTransportUrl(text, variable);
    if (parsed.isErr()) {
      problems.push(...parsed.error);
      return undefined;
    }
    transportSources.set(at, { variable, type: parsed.value.type });
    return withEnv(parsed.value, read, runtime);
  };

  const primary = read('MAILGATE_TRANSPORT');
  if (primary === undefined) {
    problems.push(
      problem('missing_option', 'MAILGATE_TRANSPORT', 'is required (e.g. smtp://host:587)'),
    );
  } else {
    config.transport = transport(primary, 'MAILGATE_TRANSPORT', 'transport');
  }
  const failover = read('MAILGATE_FAILOVER');
  if (failover === undefined && read('MAILGATE_FAILOVER_COOL_DOWN_MS') !== undefined) {
    problems.push(
      problem('invalid_option', 'MAILGATE_FAILOVER_COOL_DOWN_MS', 'needs MAILGATE_FAILOVER'),
    );
  }
  if (failover !== undefined) {
    const urls = failover.split(',').map((url) => url.trim());
    config.failover = {
      transports: urls.map((url, index) => {
        const variable = `MAILGATE_FAILOVER[${index}]`;
        if (url !== '') return transport(url, variable, `failover.transports[${index}]`);
        problems.push(problem('invalid_url', variable, 'is empty (a stray comma?)'));
        return undefined;
      }),
      ...number('MAILGATE_FAILOVER_COOL_DOWN_MS', 'coolDownMs'),
    };
  }

  const stores: Record<string, string> = {};
  const all = read('MAILGATE_STORE');
  for (const [name, variable] of [
    ['suppressions', 'MAILGATE_SUPPRESSION_STORE'],
    ['counters', 'MAILGATE_COUNTER_STORE'],
    ['idempotency', 'MAILGATE_IDEMPOTENCY_STORE'],
  ] as const) {
    const value = read(variable) ?? all;
    if (value !== undefined) stores[name] = value;
  }
  const mixed = Object.values(stores).some((value) => value !== all);
  if (mixed) config.stores = stores;
  else if (all !== undefined) config.stores = all;

  const policies: Record<string, unknown> = {};
  const cap = number('MAILGATE_FREQUENCY_CAP', 'max');
  const capDays = number('MAILGATE_FREQUENCY_CAP_DAYS', 'periodDays');
  if (cap.max !== undefined) policies.frequencyCap = { ...cap, ...capDays };
  else if (capDays.periodDays !== undefined) {
    problems.push(
      problem(
        'missing_option',
        'MAILGATE_FREQUENCY_CAP',
        'is required with MAILGATE_FREQUENCY_CAP_DAYS',
      ),
    );
  }
  const quota = number('MAILGATE_MONTHLY_QUOTA', 'max');
  if (quota.max !== undefined) policies.monthlyQuota = quota;
  const sunset = read('MAILGATE_SUNSET_DAYS');
  if (sunset === 'off') policies.sunset = false;
  else if (sunset !== undefined) policies.sunset = number('MAILGATE_SUNSET_DAYS', 'days');
  const categories = read('MAILGATE_TRANSACTIONAL_CATEGORIES');
  if (categories !== undefined) {
    policies.transactionalCategories = categories.split(',').map((category) => category.trim());
  }
  if (Object.keys(policies).length > 0) config.policies = policies;

  const locale = read('MAILGATE_LOCALE');
  if (locale !== undefined) config.locale = locale;
  const timeouts = {
    ...number('MAILGATE_STORE_TIMEOUT_MS', 'storeMs'),
    ...number('MAILGATE_SEND_TIMEOUT_MS', 'sendMs'),
    ...number('MAILGATE_IDEMPOTENCY_TTL_MS', 'idempotencyTtlMs'),
  };
  if (Object.keys(timeouts).length > 0) config.timeouts = timeouts;
  if (runtime.hooks !== undefined) config.hooks = runtime.hooks;
  return { config, problems, transportSources };

  function number<K extends string>(variable: string, key: K): Partial<Record<K, number>> {
    const value = read(variable);
    if (value === undefined) return {};
    if (!/^\d+$/.test(value)) {
      problems.push(problem('invalid_option', variable, 'must be a whole number'));
      return {};
    }
    return { [key]: Number(value) } as Partial<Record<K, number>>;
  }
}

/** A transport's URL, completed with its variables and the host's functions. */
function withEnv(
  parts: TransportUrlParts,
  read: (name: string) => string | undefined,
  runtime: RuntimeOptions,
): TransportConfig {
  const pick = (entries: Record<string, string | undefined | object>) =>
    Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  switch (parts.type) {
    case 'smtp':
      return { ...parts, ...(parts.auth ? { auth: parts.auth } : {}) };
    case 'ses': {
      const accessKeyId = read('AWS_ACCESS_KEY_ID');
      const secretAccessKey = read('AWS_SECRET_ACCESS_KEY');
      const sessionToken = read('AWS_SESSION_TOKEN');
      const fromEnv =
        accessKeyId !== undefined || secretAccessKey !== undefined
          ? pick({ accessKeyId, secretAccessKey, sessionToken })
          : undefined;
      return {
        type: 'ses',
        region: parts.region,
        ...pick({
          endpoint: read('MAILGATE_SES_ENDPOINT'),
          credentials: runtime.ses?.credentials ?? parts.credentials ?? fromEnv,
        }),
      } as TransportConfig;
    }
    case 'graph':
      return {
        type: 'graph',
        tenantId: parts.tenantId,
        user: parts.user,
        ...pick({
          clientId: parts.clientId ?? read('MAILGATE_GRAPH_CLIENT_ID'),
          clientSecret: parts.clientSecret ?? read('MAILGATE_GRAPH_CLIENT_SECRET'),
          accessToken: runtime.graph?.accessToken ?? read('MAILGATE_GRAPH_ACCESS_TOKEN'),
          authorityUrl: read('MAILGATE_GRAPH_AUTHORITY_URL'),
          baseUrl: read('MAILGATE_GRAPH_BASE_URL'),
          fetch: runtime.graph?.fetch,
        }),
      } as TransportConfig;
    case 'gmail':
      return {
        type: 'gmail',
        user: parts.user,
        ...pick({
          clientId: read('MAILGATE_GMAIL_CLIENT_ID'),
          clientSecret: read('MAILGATE_GMAIL_CLIENT_SECRET'),
          refreshToken: read('MAILGATE_GMAIL_REFRESH_TOKEN'),
          accessToken: read('MAILGATE_GMAIL_ACCESS_TOKEN'),
          rootUrl: read('MAILGATE_GMAIL_ROOT_URL'),
          tokenUrl: read('MAILGATE_GMAIL_TOKEN_URL'),
          auth: runtime.gmail?.auth,
        }),
      } as TransportConfig;
  }
}
