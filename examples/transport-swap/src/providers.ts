import {
  createGmailTestServer,
  createGraphTestServer,
  createSesTestServer,
  createSmtpTestServer,
  type GmailTestServer,
  type GraphTestServer,
  gmailTestAccessToken,
  type SesTestServer,
  type SmtpTestServer,
} from '@mailgate/testkit';
import type { TransportConfig } from './transport-from-config';

const smtpAuth = { user: 'mailer', pass: 'smtp-secret' };
const ses = { accessKeyId: 'AKIDSWAP', secretAccessKey: 'swap-secret-key' };
const graphToken = 'graph-swap-token';

/** The four providers, each an emulator on 127.0.0.1 from @mailgate/testkit. */
export interface Providers {
  readonly smtp: SmtpTestServer;
  readonly ses: SesTestServer;
  readonly graph: GraphTestServer;
  readonly gmail: GmailTestServer;
  /**
   * The four operators' configurations; `wrong` gives each the credentials it would
   * refuse, `unreachable` a port on which nothing listens.
   */
  configs(wrong?: boolean, unreachable?: number): Record<string, TransportConfig>;
  reset(): void;
  close(): Promise<void>;
}

/** Starts the four emulators; in production the configurations name real providers. */
export async function startProviders(): Promise<Providers> {
  const [smtp, sesServer, graph, gmail] = await Promise.all([
    createSmtpTestServer({ auth: smtpAuth }),
    createSesTestServer({ accessKeyId: ses.accessKeyId }),
    createGraphTestServer({ accessToken: graphToken }),
    createGmailTestServer(),
  ]);
  return {
    smtp,
    ses: sesServer,
    graph,
    gmail,
    configs(wrong = false, unreachable?: number) {
      const at = (url: string) =>
        unreachable === undefined ? url : url.replace(/:\d+/, `:${unreachable}`);
      return {
        smtp: {
          kind: 'smtp',
          host: smtp.host,
          port: unreachable ?? smtp.port,
          user: smtpAuth.user,
          pass: wrong ? 'nope' : smtpAuth.pass,
        },
        ses: {
          kind: 'ses',
          region: 'eu-west-1',
          endpoint: at(sesServer.url),
          accessKeyId: wrong ? 'AKIDWRONG' : ses.accessKeyId,
          secretAccessKey: ses.secretAccessKey,
        },
        graph: {
          kind: 'graph',
          user: 'jobs@agency.example',
          accessToken: () => (wrong ? 'revoked' : graphToken),
          baseUrl: at(graph.baseUrl),
          fetch: graph.fetch,
        },
        gmail: {
          kind: 'gmail',
          accessToken: wrong ? 'ya29.revoked' : gmailTestAccessToken,
          rootUrl: at(gmail.rootUrl),
        },
      };
    },
    reset() {
      smtp.reset();
      sesServer.reset();
      graph.reset();
      gmail.reset();
    },
    async close() {
      await Promise.all([smtp.close(), sesServer.close(), graph.close(), gmail.close()]);
    },
  };
}
