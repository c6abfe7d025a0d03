import { describe, expect, it } from 'vitest';
import { createMailgate } from '../gate/create-mailgate';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { pageLanguage } from './page-language';

const keys = ['a-key-for-the-unsubscribe-links-01'];

describe('the gate with unsubscribe', () => {
  it('should refuse every send when the unsubscribe config cannot work', async () => {
    for (const unsubscribe of [
      { url: 'http://mail.example.com/u', keys },
      { url: 'not a url', keys },
      { url: 'https://mail.example.com/u', keys: [] },
      { url: 'https://mail.example.com/u', keys: ['short'] },
      { url: 'https://mail.example.com/u', keys, mailto: 'not an address' },
    ]) {
      const transport = recordingTransport();
      const gate = createMailgate({ transport, unsubscribe });
      const result = await gate.send(aRequest());
      expect(result._unsafeUnwrapErr()).toMatchObject({ reason: 'invalid_request' });
      expect(result._unsafeUnwrapErr().detail).toMatch(/unsubscribe/);
      expect(transport.sent).toEqual([]);
    }
  });

  it('should add the headers to the configured categories only, and keep a host’s own', async () => {
    const transport = recordingTransport();
    const gate = createMailgate({
      transport,
      unsubscribe: { url: 'https://mail.example.com/u?list=1', keys, categories: ['news'] },
    });
    await gate.send(aRequest({ context: { category: 'news' } }));
    await gate.send(aRequest({ context: { category: 'marketing' } }));
    await gate.send(
      aRequest({
        context: { category: 'news' },
        message: { headers: { 'list-unsubscribe': '<https://own.example/u>' } },
      }),
    );
    const [news, marketing, own] = transport.sent;
    expect(news!.headers?.['List-Unsubscribe']).toMatch(
      /^<https:\/\/mail\.example\.com\/u\?list=1&token=[\w-]+>$/,
    );
    expect(news!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(marketing!.headers?.['List-Unsubscribe']).toBeUndefined();
    expect(own!.headers).toMatchObject({ 'list-unsubscribe': '<https://own.example/u>' });
    expect(own!.headers?.['List-Unsubscribe']).toBeUndefined();
    expect(own!.headers?.['List-Unsubscribe-Post']).toBeUndefined();
  });
});

describe('pageLanguage', () => {
  it('should take the tenant setting, else the best Accept-Language, else English', () => {
    expect(pageLanguage('sv-SE', 'nl')).toBe('sv');
    expect(pageLanguage(undefined, 'de, nl-BE;q=0.8, sv;q=0.9')).toBe('sv');
    expect(pageLanguage('fr', 'fr, nl;q=0.1')).toBe('nl');
    expect(pageLanguage(undefined, 'de, *;q=0.5')).toBe('en');
    expect(pageLanguage(undefined, null)).toBe('en');
  });
});
