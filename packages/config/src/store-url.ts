import { err, ok, type Result } from 'neverthrow';
import { type ConfigProblem, problem } from './problems';

/** Where one store lives. */
export type StoreTarget =
  | { readonly type: 'memory' }
  | { readonly type: 'pglite'; readonly dataDir?: string }
  | { readonly type: 'postgres'; readonly url: string }
  | { readonly type: 'redis'; readonly url: string; readonly prefix?: string };

export const storeTypes = ['memory', 'pglite', 'postgres', 'redis'] as const;

/**
 * Reads `memory:`, `pglite:` (in memory) or `pglite:./data`, `postgres://…` /
 * `postgresql://…`, `redis://…` / `rediss://…`. Problems name `path`, never the URL: it may
 * hold a password.
 */
export function parseStoreUrl(text: string, path: string): Result<StoreTarget, ConfigProblem[]> {
  const trimmed = text.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    return err([problem('invalid_url', path, 'is not a store URL (expected e.g. pglite:./data)')]);
  }
  const rest = trimmed.slice(scheme.length + 1);
  switch (scheme) {
    case 'memory':
      return rest === ''
        ? ok({ type: 'memory' })
        : err([problem('invalid_url', path, 'memory: takes nothing after the colon')]);
    case 'pglite':
      return ok(rest === '' ? { type: 'pglite' } : { type: 'pglite', dataDir: rest });
    case 'postgres':
    case 'postgresql':
    case 'redis':
    case 'rediss': {
      let url: URL;
      try {
        url = new URL(trimmed);
      } catch {
        return err([problem('invalid_url', path, 'is not a well-formed URL')]);
      }
      if (url.hostname === '') return err([problem('invalid_url', path, 'names no host')]);
      return ok(
        scheme.startsWith('redis')
          ? { type: 'redis', url: trimmed }
          : { type: 'postgres', url: trimmed },
      );
    }
    default:
      return err([
        problem(
          'unknown_store',
          path,
          `names an unknown store scheme "${scheme}:" (expected memory, pglite, postgres or redis)`,
        ),
      ]);
  }
}
