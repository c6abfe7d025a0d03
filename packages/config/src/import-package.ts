import { err, ok, type Result } from 'neverthrow';

/**
 * The optional peer dependencies, each loaded only when the configuration names it: an
 * SMTP-only application installs neither the AWS, nor the Google, nor the Microsoft SDK.
 */
const loaders = {
  '@mailgate/transport-smtp': () => import('@mailgate/transport-smtp'),
  '@mailgate/transport-ses': () => import('@mailgate/transport-ses'),
  '@mailgate/transport-graph': () => import('@mailgate/transport-graph'),
  '@mailgate/transport-gmail': () => import('@mailgate/transport-gmail'),
  '@mailgate/store-postgres': () => import('@mailgate/store-postgres'),
  '@mailgate/store-redis': () => import('@mailgate/store-redis'),
  'google-auth-library': () => importByName<GoogleAuthLibrary>('google-auth-library'),
  ioredis: () => import('ioredis'),
  pg: () => import('pg'),
  '@electric-sql/pglite': () => import('@electric-sql/pglite'),
  // Not a dev dependency here: typed by hand where it is used.
  '@aws-sdk/credential-providers': () => importByName('@aws-sdk/credential-providers'),
} as const;

/** What is used of google-auth-library (its own types drag in gaxios's). */
interface GoogleAuthLibrary {
  OAuth2Client: new (options: {
    clientId?: string;
    clientSecret?: string;
    endpoints?: { oauth2TokenUrl?: string };
  }) => {
    setCredentials(credentials: { access_token?: string | null; refresh_token?: string }): void;
  };
}

export type PackageName = keyof typeof loaders;
export type PackageModule<N extends PackageName> = Awaited<ReturnType<(typeof loaders)[N]>>;

/** Loads a package; `missing` when it is not installed, `failed` when it did not load. */
export type ImportPackage = <N extends PackageName>(
  name: N,
) => Promise<Result<PackageModule<N>, 'missing' | 'failed'>>;

export const importPackage: ImportPackage = async <N extends PackageName>(name: N) => {
  try {
    return ok((await loaders[name]()) as PackageModule<N>);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return err(
      code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' ? 'missing' : 'failed',
    );
  }
};

function importByName<T = Record<string, unknown>>(name: string): Promise<T> {
  return import(name);
}
