import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bracketedAddress, cleanAddress, findCommand, withoutFirstAddress } from './raw-recipient';
import { parseContentType } from './split-message';
import { stripHtml } from './strip-html';

/**
 * The scanners that replaced backtracking patterns read exactly what the patterns read.
 * On short inputs the patterns are cheap, so they serve as the specification here.
 */

const textOf = (alphabet: string[], maxLength = 40) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((parts) => parts.join(''));

const runs = { numRuns: 3000 };

describe('scanners read what the patterns they replaced read', () => {
  it('Content-Type parameters', () => {
    const pattern = /([\w.-]+)\*?\s*=\s*(?:"([^"]*)"?|([^;\s]+))/g;
    fc.assert(
      fc.property(textOf(['a', 'B', '-', '.', '*', '=', ';', ' ', '"', '\t', '_', '/']), (tail) => {
        const value = `text/plain${tail}`;
        const rest = value.slice(/^\s*([\w.+-]+\/[\w.+-]+)/.exec(value)![0].length);
        const expected: Record<string, string> = {};
        for (const m of rest.matchAll(pattern)) {
          expected[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
        }
        expect(parseContentType(value).params).toEqual(rest.includes('=') ? expected : {});
      }),
      runs,
    );
  });

  it('the address in angle brackets', () => {
    fc.assert(
      fc.property(textOf(['<', '>', '@', 'a', 'b', ' ', '.', '\n']), (text) => {
        expect(bracketedAddress(text)).toBe(/<([^<>\s]+@[^<>\s]+)>/.exec(text)?.[1]);
      }),
      runs,
    );
  });

  it('the text without its first address', () => {
    fc.assert(
      fc.property(textOf(['<', '>', '@', 'a', '.', ' ', '-', '!', ':', '@b.c']), (text) => {
        expect(withoutFirstAddress(text)).toBe(
          text.replace(/<?[\w.!#$%&'*+/=?^`{|}~-]+@[\w.-]+>?/, ''),
        );
      }),
      runs,
    );
  });

  it('a cleaned address', () => {
    const before = (value: string): string | undefined => {
      let v = value.trim();
      const semi = v.indexOf(';');
      if (semi >= 0 && semi < 12 && /^[\w-]+;/.test(v)) v = v.slice(semi + 1).trim();
      const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(v);
      if (angle) v = angle[1]!;
      const quoted = /"[^"]+"@[\w.-]+/.exec(v);
      if (quoted) return quoted[0].toLowerCase();
      v = v.replace(/^[\s"'<(]+|[\s"'>),.:;]+$/g, '');
      if (v.startsWith('@') && v.includes(':')) return undefined;
      if (v.toLowerCase().startsWith('mailto:')) v = v.slice(7);
      const at = v.lastIndexOf('@');
      if (at <= 0 || at === v.length - 1 || /\s/.test(v)) return undefined;
      return v.toLowerCase();
    };
    const parts = ['a', 'B', '.', '@', '<', '>', '"', "'", ' ', ';', '(', ')', ':', ',', 'rfc822;'];
    fc.assert(
      fc.property(textOf(parts), (value) => {
        expect(cleanAddress(value)).toBe(value ? before(value) : undefined);
      }),
      runs,
    );
  });

  it('HTML as text', () => {
    const before = (html: string) =>
      html
        .replace(/<(?:script|style)[\s\S]*?<\/(?:script|style)>/gi, '')
        .replace(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&');
    const parts = [
      '<',
      '>',
      'a',
      ' ',
      '/',
      '<br>',
      '</p>',
      '<script>',
      '</script>',
      '<style',
      '</STYLE>',
      '&amp;',
      '&lt;',
    ];
    fc.assert(
      fc.property(textOf(parts, 20), (html) => {
        expect(stripHtml(html)).toBe(before(html));
      }),
      runs,
    );
  });

  it('a refused greeting in a transcript ("<<< 554" opening a line, before any ">>>")', () => {
    const before = (text: string) => {
      if (!text.includes('<<<') || !/^\s*<<<\s*[45]\d\d/m.test(text)) return undefined;
      const firstReply = text.search(/<<<\s*[45]\d\d/);
      const firstSent = text.indexOf('>>>');
      return firstSent < 0 || firstReply < firstSent ? 'CONNECT' : undefined;
    };
    fc.assert(
      fc.property(textOf(['<<<', '<', ' ', '\n', '\t', '5', '4', '0', 'x', '>>>']), (text) => {
        expect(findCommand(text)).toBe(before(text));
      }),
      runs,
    );
  });
});
