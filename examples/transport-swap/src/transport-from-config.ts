import type { Transport } from '@mailgate/core';
import { gmailTransport } from '@mailgate/transport-gmail';
import { graphTransport } from '@mailgate/transport-graph';
import { sesTransport } from '@mailgate/transport-ses';
import { smtpTransport } from '@mailgate/transport-smtp';
import { OAuth2Client } from 'google-auth-library';

/**
 * An operator's configuration: which provider sends, and how to reach it. Swapping SMTP
 * for Graph is a change here, and nowhere in the host application's code.
 */
export type TransportConfig =
  | {
      readonly kind: 'smtp';
      readonly host: string;
      readonly port: number;
      readonly user?: string;
      readonly pass?: string;
    }
  | {
      readonly kind: 'ses';
      readonly region: string;
      readonly endpoint?: string;
      readonly accessKeyId: string;
      readonly secretAccessKey: string;
    }
  | {
      readonly kind: 'graph';
      readonly user: string;
      readonly accessToken: () => Promise<string> | string;
      readonly baseUrl?: string;
      readonly fetch?: Parameters<typeof graphTransport>[0]['fetch'];
    }
  | { readonly kind: 'gmail'; readonly accessToken: string; readonly rootUrl?: string };

/** The one place that knows the providers; retries are left to each transport's defaults. */
export function transportFromConfig(config: TransportConfig): Transport {
  switch (config.kind) {
    case 'smtp':
      return smtpTransport({
        host: config.host,
        port: config.port,
        ...(config.user === undefined
          ? {}
          : { auth: { user: config.user, pass: config.pass ?? '' } }),
        retry: false,
      });
    case 'ses':
      return sesTransport({
        region: config.region,
        ...(config.endpoint === undefined ? {} : { endpoint: config.endpoint }),
        credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
        retry: false,
      });
    case 'graph':
      return graphTransport({
        user: config.user,
        getAccessToken: config.accessToken,
        ...(config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl }),
        ...(config.fetch === undefined ? {} : { fetch: config.fetch }),
        retry: false,
      });
    case 'gmail': {
      const auth = new OAuth2Client();
      auth.setCredentials({
        access_token: config.accessToken,
        expiry_date: Date.now() + 3_600_000,
      });
      return gmailTransport({
        auth,
        ...(config.rootUrl === undefined ? {} : { rootUrl: config.rootUrl }),
      });
    }
  }
}
