import { err } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { buildMailgate, createMailgateFromConfig } from './create-mailgate-from-config';
import type { ImportPackage } from './import-package';

const secret = 'hunter2-secret';

async function problemsOf(input: Parameters<typeof createMailgateFromConfig>[0]) {
  const result = await createMailgateFromConfig(input);
  expect(result.isErr()).toBe(true);
  const problems = result._unsafeUnwrapErr();
  expect(JSON.stringify(problems)).not.toContain(secret);
  return problems;
}

describe('a configuration that cannot work', () => {
  it('should list every problem of the environment at once, each with its variable', async () => {
    const problems = await problemsOf({
      env: {
        MAILGATE_TRANSPORT: `smtp://mailer:${secret}@smtp.example.com:587`,
        MAILGATE_FAILOVER: `ftp://x:${secret}@files.example, smtp://other:${secret}@SMTP.example.com:587,smtp://mailer:${secret}@smtp.example.com:587`,
        MAILGATE_STORE: `mongodb://u:${secret}@db.example`,
        MAILGATE_STORE_TIMEOUT_MS: 'soon',
        MAILGATE_LOCALE: 'fr',
      },
    });
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual(
      expect.arrayContaining([
        { code: 'unknown_transport', path: 'MAILGATE_FAILOVER[0]' },
        { code: 'duplicate_transport', path: 'MAILGATE_FAILOVER[2]' },
        { code: 'unknown_store', path: 'MAILGATE_STORE' },
        { code: 'invalid_option', path: 'MAILGATE_STORE_TIMEOUT_MS' },
        { code: 'invalid_option', path: 'MAILGATE_LOCALE' },
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('should name a failover cool-down given without a failover', async () => {
    const env = { MAILGATE_TRANSPORT: 'smtp://smtp.example.com:587' };
    expect(await problemsOf({ env: { ...env, MAILGATE_FAILOVER_COOL_DOWN_MS: '5000' } })).toEqual([
      expect.objectContaining({ code: 'invalid_option', path: 'MAILGATE_FAILOVER_COOL_DOWN_MS' }),
    ]);
  });

  it('should name a missing transport variable', async () => {
    expect(await problemsOf({ env: {} })).toEqual([
      expect.objectContaining({ code: 'missing_option', path: 'MAILGATE_TRANSPORT' }),
    ]);
  });

  it('should name the variables a Graph or Gmail transport still needs', async () => {
    const problems = await problemsOf({
      env: {
        MAILGATE_TRANSPORT: 'graph://contoso.onmicrosoft.com/jobs@agency.example',
        MAILGATE_GRAPH_CLIENT_SECRET: secret,
        MAILGATE_FAILOVER: 'gmail://jobs@agency.example',
        MAILGATE_GMAIL_CLIENT_SECRET: secret,
      },
    });
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'missing_option', path: 'MAILGATE_GRAPH_CLIENT_ID' },
      { code: 'missing_option', path: 'MAILGATE_GMAIL_CLIENT_ID' },
      { code: 'missing_option', path: 'MAILGATE_GMAIL_REFRESH_TOKEN' },
    ]);
  });

  it('should give the field path of each problem in a config object', async () => {
    const problems = await problemsOf({
      transport: { type: 'smtp', host: '', auth: { user: 'mailer', pass: secret }, port: 70_000 },
      failover: {
        transports: [
          { type: 'sendgrid', apiKey: secret } as never,
          { type: 'ses', region: 'eu-west-1', credentials: { accessKeyId: 'AKID' } } as never,
        ],
      },
      stores: { counters: { type: 'redis' } as never },
      policies: { frequencyCap: { max: -1 } },
    });
    expect(problems.map(({ code, path }) => ({ code, path }))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_option', path: 'transport.host' },
        { code: 'invalid_option', path: 'transport.port' },
        { code: 'unknown_transport', path: 'failover.transports[0].type' },
        { code: 'missing_option', path: 'failover.transports[1].credentials.secretAccessKey' },
        { code: 'missing_option', path: 'stores.counters.url' },
        { code: 'invalid_option', path: 'policies.frequencyCap.max' },
      ]),
    );
  });

  it('should refuse the same transport twice, by URL or by object', async () => {
    const problems = await problemsOf({
      transport: `smtp://mailer:${secret}@smtp.example.com`,
      failover: {
        transports: [
          {
            type: 'smtp',
            host: 'smtp.example.com',
            port: 587,
            auth: { user: 'mailer', pass: 'x' },
          },
        ],
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'duplicate_transport', path: 'failover.transports[0]' }),
    ]);
  });

  it('should name every package to install, and open nothing', async () => {
    const missing: ImportPackage = async () => err('missing');
    const result = await buildMailgate(
      {
        env: {
          MAILGATE_TRANSPORT: 'ses://eu-west-1',
          MAILGATE_FAILOVER: 'gmail://me',
          MAILGATE_GMAIL_ACCESS_TOKEN: secret,
          MAILGATE_STORE: 'pglite:./data',
          MAILGATE_COUNTER_STORE: 'redis://127.0.0.1:6379',
        },
      },
      missing,
    );
    const problems = result._unsafeUnwrapErr();
    expect(problems.every((item) => item.code === 'missing_package')).toBe(true);
    expect(problems.map((item) => item.package).sort()).toEqual([
      '@aws-sdk/credential-providers',
      '@electric-sql/pglite',
      '@mailgate/store-postgres',
      '@mailgate/store-redis',
      '@mailgate/transport-gmail',
      '@mailgate/transport-ses',
      'google-auth-library',
      'ioredis',
    ]);
    expect(problems.find((item) => item.package === '@mailgate/transport-ses')?.message).toContain(
      'npm install @mailgate/transport-ses',
    );
  });

  it('should say a store that cannot be reached, without its URL', async () => {
    const problems = await problemsOf({
      transport: 'smtp://127.0.0.1:2525',
      stores: `postgres://mailgate:${secret}@127.0.0.1:1/mailgate`,
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'store_unavailable', path: 'stores' }),
    ]);
  });

  it('should refuse what is not a configuration, without throwing', async () => {
    expect((await createMailgateFromConfig(null as never))._unsafeUnwrapErr()).toEqual([
      expect.objectContaining({ code: 'invalid_option' }),
    ]);
  });
});
