import type { Transport } from '@mailgate/core';
import type { CheckedTransport } from './check-config';
import { clientCredentialsToken } from './graph-token';
import type { PackageModule } from './import-package';

/** The packages a transport needs; loaded before anything is built. */
export function transportPackages(config: CheckedTransport) {
  switch (config.type) {
    case 'smtp':
      return ['@mailgate/transport-smtp'] as const;
    case 'ses':
      return config.credentials === undefined
        ? (['@mailgate/transport-ses', '@aws-sdk/credential-providers'] as const)
        : (['@mailgate/transport-ses'] as const);
    case 'graph':
      return ['@mailgate/transport-graph'] as const;
    case 'gmail':
      return config.auth === undefined
        ? (['@mailgate/transport-gmail', 'google-auth-library'] as const)
        : (['@mailgate/transport-gmail'] as const);
  }
}

export interface Loaded {
  readonly '@mailgate/transport-smtp'?: PackageModule<'@mailgate/transport-smtp'>;
  readonly '@mailgate/transport-ses'?: PackageModule<'@mailgate/transport-ses'>;
  readonly '@mailgate/transport-graph'?: PackageModule<'@mailgate/transport-graph'>;
  readonly '@mailgate/transport-gmail'?: PackageModule<'@mailgate/transport-gmail'>;
  readonly 'google-auth-library'?: PackageModule<'google-auth-library'>;
  readonly '@aws-sdk/credential-providers'?: PackageModule<'@aws-sdk/credential-providers'>;
}

type AwsCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** Builds one transport from its checked options; the packages are loaded already. */
export function buildTransport(config: CheckedTransport, loaded: Loaded): Transport {
  switch (config.type) {
    case 'smtp': {
      const { type: _type, ...options } = config;
      return need(loaded['@mailgate/transport-smtp']).smtpTransport(options);
    }
    case 'ses': {
      const { type: _type, credentials, ...options } = config;
      const chain = loaded['@aws-sdk/credential-providers']?.fromNodeProviderChain as
        | (() => () => Promise<AwsCredentials>)
        | undefined;
      return need(loaded['@mailgate/transport-ses']).sesTransport({
        ...options,
        credentials: credentials ?? need(chain)(),
      });
    }
    case 'graph': {
      const { type: _type, clientId, clientSecret, accessToken, authorityUrl, ...options } = config;
      const getAccessToken =
        accessToken === undefined
          ? clientCredentialsToken({
              tenantId: config.tenantId,
              clientId: need(clientId),
              clientSecret: need(clientSecret),
              ...(authorityUrl === undefined ? {} : { authorityUrl }),
              ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
            })
          : typeof accessToken === 'string'
            ? () => accessToken
            : accessToken;
      return need(loaded['@mailgate/transport-graph']).graphTransport({
        ...options,
        getAccessToken,
      });
    }
    case 'gmail': {
      const gmail = need(loaded['@mailgate/transport-gmail']);
      let auth = config.auth as Parameters<typeof gmail.gmailTransport>[0]['auth'] | undefined;
      if (auth === undefined) {
        const { OAuth2Client } = need(loaded['google-auth-library']);
        const client = new OAuth2Client({
          ...(config.clientId === undefined ? {} : { clientId: config.clientId }),
          ...(config.clientSecret === undefined ? {} : { clientSecret: config.clientSecret }),
          ...(config.tokenUrl === undefined
            ? {}
            : { endpoints: { oauth2TokenUrl: config.tokenUrl } }),
        });
        client.setCredentials(
          config.refreshToken === undefined
            ? { access_token: config.accessToken ?? null }
            : { refresh_token: config.refreshToken },
        );
        auth = client as unknown as typeof auth;
      }
      return gmail.gmailTransport({
        auth: need(auth),
        userId: config.user,
        ...(config.rootUrl === undefined ? {} : { rootUrl: config.rootUrl }),
        ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
      });
    }
  }
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('a package or an option checked earlier is missing');
  return value;
}
