import { err, ok, type Result } from 'neverthrow';
import { setDisposableDomains } from './disposable-domain';
import { forgetDomains } from './domain-cache';
import { toAsciiDomain } from './normalize-address';

/** Why `useDisposableDomains` refused a list. */
export interface DisposableDomainsError {
  readonly problem: 'not_a_list';
  readonly detail: string;
}

/**
 * Gives core the list of throw-away mail domains that `isDisposableDomain`,
 * `validateAddress` (`disposable`) and the `disposable-address` policy check, for the
 * whole process, replacing any earlier list. Core ships none: pass the maintained one,
 * `useDisposableDomains(disposableDomains())` with `disposableDomains` from
 * `@mailgate/core/disposable`, or your own.
 *
 * Entries are domains in any case, internationalized or not; entries that are not valid
 * domains are skipped. Returns how many domains the list holds now; when `domains` cannot
 * be read as a list, the error, and the list in use stays as it was.
 */
export function useDisposableDomains(
  domains: Iterable<string>,
): Result<number, DisposableDomainsError> {
  const set = new Set<string>();
  try {
    for (const entry of domains) {
      if (typeof entry !== 'string' || entry.length === 0 || entry.length > 255) continue;
      let name = toAsciiDomain(entry.trim());
      if (name === undefined) continue;
      if (name.endsWith('.')) name = name.slice(0, -1);
      if (name.includes('.')) set.add(name);
    }
  } catch {
    return err({
      problem: 'not_a_list',
      detail: 'the disposable domains could not be read as a list of strings',
    });
  }
  setDisposableDomains(set);
  // Cached domains carry the old answer.
  forgetDomains();
  return ok(set.size);
}
