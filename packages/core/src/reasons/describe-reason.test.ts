import { describe, expect, it } from 'vitest';
import { describeReason, locales, reasonTexts, resolveLocale } from './describe-reason';
import { reasonIds } from './reason';
import type { Locale } from './reason-types';

describe('reasonTexts', () => {
  it('should have the three locales', () => {
    expect([...locales].sort()).toEqual(['en', 'nl', 'sv']);
  });

  for (const locale of ['en', 'nl', 'sv'] as const) {
    describe(locale, () => {
      const texts = reasonTexts[locale];

      it('should have texts for every reason and nothing else', () => {
        expect(Object.keys(texts).sort()).toEqual([...reasonIds].sort());
      });

      it('should have a non-empty title, cause and remedy for every reason', () => {
        for (const id of reasonIds) {
          const text = texts[id];
          for (const field of ['title', 'cause', 'remedy'] as const) {
            expect(text[field].trim().length, `${id}.${field}`).toBeGreaterThan(0);
            expect(text[field], `${id}.${field}`).toBe(text[field].trim());
          }
        }
      });

      it('should give every reason its own title', () => {
        const seen = new Map<string, string>();
        for (const id of reasonIds) {
          const title = texts[id].title.toLowerCase();
          expect(seen.get(title), `${id} shares its title with ${seen.get(title)}`).toBeUndefined();
          seen.set(title, id);
        }
      });

      it('should keep titles short, without a final full stop', () => {
        for (const id of reasonIds) {
          const { title } = texts[id];
          expect(title.length, id).toBeLessThanOrEqual(60);
          expect(title.endsWith('.'), id).toBe(false);
        }
      });

      it('should write causes and remedies as full sentences', () => {
        for (const id of reasonIds) {
          for (const field of ['cause', 'remedy'] as const) {
            const value = texts[id][field];
            expect(value, `${id}.${field}`).toMatch(/^[\p{Lu}"'0-9]/u);
            expect(value, `${id}.${field}`).toMatch(/[.!?]$/);
          }
        }
      });
    });
  }

  for (const locale of ['nl', 'sv'] as const) {
    it(`should translate every ${locale} text rather than repeat the English`, () => {
      for (const id of reasonIds) {
        for (const field of ['title', 'cause', 'remedy'] as const) {
          expect(reasonTexts[locale][id][field], `${id}.${field}`).not.toBe(
            reasonTexts.en[id][field],
          );
        }
      }
    });
  }

  it('should keep the facts from the help centres in the remedies', () => {
    expect(reasonTexts.en.recipient_status_blocked.remedy).toMatch(/individually/);
    expect(reasonTexts.nl.recipient_group_blocked.remedy).toMatch(/detailscherm/);
    expect(reasonTexts.sv.recipient_group_blocked.remedy).toMatch(/detaljvy/);
    expect(reasonTexts.en.tenant_migration_permission_error.remedy).toMatch(
      /Enterprise applications/,
    );
    expect(reasonTexts.en.provider_rate_limited.remedy).toMatch(/at least a day/);
    expect(reasonTexts.nl.provider_rate_limited.remedy).toMatch(/minstens een dag/);
    expect(reasonTexts.sv.provider_rate_limited.remedy).toMatch(/minst ett dygn/);
  });
});

describe('describeReason', () => {
  it('should describe a reason in English by default', () => {
    expect(describeReason('mailbox_full')).toBe(reasonTexts.en.mailbox_full);
  });

  it('should describe a reason in the requested locale', () => {
    expect(describeReason('mailbox_full', 'nl')).toBe(reasonTexts.nl.mailbox_full);
    expect(describeReason('mailbox_full', 'sv')).toBe(reasonTexts.sv.mailbox_full);
  });

  it('should accept language tags with a region', () => {
    expect(describeReason('recipient_unknown', 'nl-NL')).toBe(reasonTexts.nl.recipient_unknown);
    expect(describeReason('recipient_unknown', 'nl-BE')).toBe(reasonTexts.nl.recipient_unknown);
    expect(describeReason('recipient_unknown', 'sv-SE')).toBe(reasonTexts.sv.recipient_unknown);
    expect(describeReason('recipient_unknown', 'sv_FI')).toBe(reasonTexts.sv.recipient_unknown);
    expect(describeReason('recipient_unknown', 'en-GB')).toBe(reasonTexts.en.recipient_unknown);
    expect(describeReason('recipient_unknown', 'NL')).toBe(reasonTexts.nl.recipient_unknown);
  });

  it('should fall back to English for an unknown locale', () => {
    expect(describeReason('mailbox_full', 'de')).toBe(reasonTexts.en.mailbox_full);
    expect(describeReason('mailbox_full', 'de-DE')).toBe(reasonTexts.en.mailbox_full);
    expect(describeReason('mailbox_full', '')).toBe(reasonTexts.en.mailbox_full);
    expect(describeReason('mailbox_full', 'nlx')).toBe(reasonTexts.en.mailbox_full);
  });

  it('should describe an unknown reason as unknown', () => {
    expect(describeReason('no_such_reason')).toBe(reasonTexts.en.unknown);
    expect(describeReason('', 'sv')).toBe(reasonTexts.sv.unknown);
    expect(describeReason('toString', 'nl')).toBe(reasonTexts.nl.unknown);
    expect(describeReason('__proto__')).toBe(reasonTexts.en.unknown);
  });

  it('should never throw, whatever it is given', () => {
    const junk: unknown[] = [undefined, null, 42, {}, [], Symbol('x'), () => 1];
    for (const reason of junk) {
      for (const locale of junk) {
        expect(() => describeReason(reason as string, locale as Locale)).not.toThrow();
        expect(describeReason(reason as string, locale as string)).toBe(reasonTexts.en.unknown);
      }
    }
  });

  it('should describe every reason in every locale', () => {
    for (const locale of locales) {
      for (const id of reasonIds) {
        expect(describeReason(id, locale)).toBe(reasonTexts[locale][id]);
      }
    }
  });
});

describe('resolveLocale', () => {
  it('should take the language part of a tag', () => {
    expect(resolveLocale('sv-SE')).toBe('sv');
    expect(resolveLocale(' nl ')).toBe('nl');
    expect(resolveLocale('en-US')).toBe('en');
    expect(resolveLocale('fr')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });
});
