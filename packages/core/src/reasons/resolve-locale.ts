import type { Locale } from './reason-types';

/**
 * The supported locale for a tag such as 'nl', 'nl-NL', 'sv_SE' or 'EN-gb': its language
 * part, when that is a supported locale; otherwise 'en'.
 */
export function resolveLocale(locale: unknown): Locale {
  if (typeof locale !== 'string') return 'en';
  const language = locale.trim().toLowerCase().split(/[-_]/, 1)[0];
  return language === 'nl' || language === 'sv' ? language : 'en';
}
