// `mailgate verify` with each URL form @mailgate/config reads, against the testkit's
// emulators: the options besides the URL come from the same variables as MAILGATE_TRANSPORT's.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createGmailTestServer,
  createGraphTestServer,
  createSesTestServer,
  type GmailTestServer,
  type GraphTestServer,
  gmailTestAccessToken,
  type SesTestServer,
} from '@mailgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailgate } from './cli-test-support';

const sesKey = { id: 'AKIDVERIFY', secret: 'verify-secret-key' };
const graphToken = 'graph-verify-token';
let ses: SesTestServer;
let graph: GraphTestServer;
let gmail: GmailTestServer;
/** Node.js trusts the Graph emulator's test certificate through this file. */
let graphCa: string;

beforeAll(async () => {
  [ses, graph, gmail] = await Promise.all([
    createSesTestServer({ accessKeyId: sesKey.id }),
    createGraphTestServer({ accessToken: graphToken }),
    createGmailTestServer(),
  ]);
  graphCa = join(await mkdtemp(join(tmpdir(), 'mailgate-verify-')), 'graph-ca.pem');
  await writeFile(graphCa, graph.certificate ?? '');
});
afterAll(async () => {
  await Promise.all([ses.close(), graph.close(), gmail.close()]);
});

/** Each provider's URL and variables; `wrong` gives each a credential it refuses. */
function providers(wrong: boolean) {
  return {
    ses: {
      url: 'ses://eu-west-1',
      env: {
        MAILGATE_SES_ENDPOINT: ses.url,
        AWS_ACCESS_KEY_ID: wrong ? 'AKIDWRONG' : sesKey.id,
        AWS_SECRET_ACCESS_KEY: sesKey.secret,
        // The AWS SDK warns on Node.js 20 (the machine's) that it will need 22.
        NODE_NO_WARNINGS: '1',
      },
      secret: sesKey.secret,
    },
    graph: {
      url: 'graph://contoso.onmicrosoft.com/jobs%40agency.example',
      env: {
        MAILGATE_GRAPH_ACCESS_TOKEN: wrong ? 'revoked-graph-token' : graphToken,
        MAILGATE_GRAPH_BASE_URL: graph.baseUrl,
        NODE_EXTRA_CA_CERTS: graphCa,
      },
      secret: wrong ? 'revoked-graph-token' : graphToken,
    },
    gmail: {
      url: 'gmail://me',
      env: {
        MAILGATE_GMAIL_ACCESS_TOKEN: wrong ? 'ya29.revoked' : gmailTestAccessToken,
        MAILGATE_GMAIL_ROOT_URL: gmail.rootUrl,
      },
      secret: wrong ? 'ya29.revoked' : gmailTestAccessToken,
    },
  };
}

describe('mailgate verify through SES, Graph and Gmail', () => {
  it.each(['ses', 'graph', 'gmail'] as const)(
    'should accept the credentials %s takes, and print no secret',
    async (kind) => {
      const { url, env, secret } = providers(false)[kind];
      const ran = await mailgate(['verify', url, '--json'], undefined, 30_000, env);
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      expect(JSON.parse(ran.stdout)).toEqual({ ok: true, url });
      expect(ran.stdout + ran.stderr).not.toContain(secret);
    },
  );

  it.each(['ses', 'graph', 'gmail'] as const)(
    'should exit 5 for credentials %s refuses, and print no secret',
    async (kind) => {
      const { url, env, secret } = providers(true)[kind];
      const ran = await mailgate(['verify', url], undefined, 30_000, env);
      expect(ran.code).toBe(5);
      expect(ran.stderr).toMatch(
        new RegExp(`^mailgate: ${url.replace(/[/.]/g, '\\$&')}: inbox_auth_failed`),
      );
      expect(ran.stdout + ran.stderr).not.toContain(secret);
    },
  );

  it('should name the variable a provider still needs', async () => {
    const ran = await mailgate(
      ['verify', 'graph://contoso.onmicrosoft.com/jobs%40agency.example'],
      undefined,
      30_000,
      {
        MAILGATE_GRAPH_BASE_URL: graph.baseUrl,
      },
    );
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^mailgate: transport URL: MAILGATE_GRAPH_/);
  });
});
