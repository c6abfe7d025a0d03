import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini keeps its error messages out of the bundle; mailgate's `invalid_request`
 * details quote them, so core installs zod's English messages, unless the host has set
 * a locale of its own. Called where the schemas are built, so that no bundler can drop it.
 */
export function useZodMessages(): void {
  if (z.config().localeError === undefined) z.config(en());
}
