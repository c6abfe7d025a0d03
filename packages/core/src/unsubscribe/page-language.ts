import { type UnsubscribeLanguage, unsubscribeLanguages } from './page-texts';

const MAX_HEADER = 1024;

/**
 * The page's language: the tenant's setting when it names one of ours, else the best
 * match of `Accept-Language` (RFC 9110 §12.5.4: by weight, then by order), else English.
 */
export function pageLanguage(
  tenantSetting: string | undefined,
  acceptLanguage: string | null,
): UnsubscribeLanguage {
  const own = primary(tenantSetting ?? '');
  if (own !== undefined) return own;
  let best: UnsubscribeLanguage | undefined;
  let bestWeight = 0;
  for (const part of (acceptLanguage ?? '').slice(0, MAX_HEADER).split(',')) {
    const [tag = '', ...parameters] = part.split(';');
    const language = primary(tag.trim());
    if (language === undefined) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(weight) && weight > bestWeight) {
      best = language;
      bestWeight = weight;
    }
  }
  return best ?? 'en';
}

/** `nl-BE` → `nl`, when it is one of the page's languages. */
function primary(tag: string): UnsubscribeLanguage | undefined {
  const language = tag.split('-')[0]!.toLowerCase();
  return unsubscribeLanguages.find((known) => known === language);
}
