// @mailgate/core/disposable: the maintained list of disposable-email-domains, as the npm
// package disposable-email-domains-js (CC0). Its own entry point, so that the 145 KB list
// lands only in the bundles of those who import it.
//
// The package is CommonJS whose function `require`s its JSON file: a named import of that
// function works from our ESM build (Node detects `exports.x =`), from our CJS build, in
// bundlers and in vitest, and reads no file itself, so core stays free of Node built-ins.
// (A default import would be `undefined` in the CJS build, because the package sets
// `__esModule`.)
import { disposableEmailBlocklist } from 'disposable-email-domains-js';

/**
 * The maintained list of throw-away mail domains (`mailinator.com`, …), for
 * `useDisposableDomains` from `@mailgate/core`. Empty, rather than an exception, when the
 * list cannot be loaded (a broken install).
 */
export function disposableDomains(): readonly string[] {
  try {
    return disposableEmailBlocklist();
  } catch {
    return [];
  }
}
