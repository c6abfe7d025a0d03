import { describe, expect, it } from 'vitest';
import { formatTransportUrl, parseTransportUrl, type TransportUrlParts } from './transport-url';

const forms: [string, TransportUrlParts][] = [
  [
    'smtp://mailer:s3cret@smtp.example.com:587',
    {
      type: 'smtp',
      host: 'smtp.example.com',
      port: 587,
      secure: false,
      auth: { user: 'mailer', pass: 's3cret' },
    },
  ],
  [
    'smtps://smtp.example.com:465',
    { type: 'smtp', host: 'smtp.example.com', port: 465, secure: true },
  ],
  [
    'smtp://jobs%40agency.example:p%40ss%3Aw%2Frd%25%20x@127.0.0.1:2525',
    {
      type: 'smtp',
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      auth: { user: 'jobs@agency.example', pass: 'p@ss:w/rd% x' },
    },
  ],
  ['ses://eu-west-1', { type: 'ses', region: 'eu-west-1' }],
  [
    'ses://AKIDEXAMPLE:wJal%2FrXUtn%2BFEMI@us-east-1',
    {
      type: 'ses',
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJal/rXUtn+FEMI' },
    },
  ],
  [
    'graph://9f3c1a2b-0000-4000-8000-000000000001/jobs%40agency.example',
    {
      type: 'graph',
      tenantId: '9f3c1a2b-0000-4000-8000-000000000001',
      user: 'jobs@agency.example',
    },
  ],
  [
    'graph://app-id:se%23cr%3Dt@contoso.onmicrosoft.com/jobs%40agency.example',
    {
      type: 'graph',
      tenantId: 'contoso.onmicrosoft.com',
      user: 'jobs@agency.example',
      clientId: 'app-id',
      clientSecret: 'se#cr=t',
    },
  ],
  ['gmail://me', { type: 'gmail', user: 'me' }],
  ['gmail://jobs@agency.example', { type: 'gmail', user: 'jobs@agency.example' }],
];

describe('transport URLs', () => {
  it.each(forms)('should read %s and write it back the same', (url, parts) => {
    expect(parseTransportUrl(url, 'MAILGATE_TRANSPORT')._unsafeUnwrap()).toEqual(parts);
    expect(formatTransportUrl(parts)).toBe(url);
  });

  it('should give SMTP its default ports: 587, and 465 for smtps', () => {
    expect(parseTransportUrl('smtp://relay.example', 'x')._unsafeUnwrap()).toMatchObject({
      port: 587,
    });
    expect(parseTransportUrl('smtps://relay.example', 'x')._unsafeUnwrap()).toMatchObject({
      port: 465,
      secure: true,
    });
  });

  it('should read back every password it percent-encodes', () => {
    const awkward = ['p@ss', 'a:b/c?d#e', '100%', ' spaced ', 'ünï©ødé', '%41', '&=+;,'];
    for (const pass of awkward) {
      const parts: TransportUrlParts = {
        type: 'smtp',
        host: 'smtp.example.com',
        port: 587,
        secure: false,
        auth: { user: 'u@x', pass },
      };
      expect(parseTransportUrl(formatTransportUrl(parts), 'x')._unsafeUnwrap()).toEqual(parts);
    }
  });

  it('should leave the secret out when asked to redact', () => {
    const url = 'smtp://mailer:hunter2@smtp.example.com:587';
    const parts = parseTransportUrl(url, 'x')._unsafeUnwrap();
    expect(formatTransportUrl(parts, true)).toBe('smtp://mailer:***@smtp.example.com:587');
  });

  it.each([
    ['smtp://mailer:hunter2@', 'invalid_url'],
    ['smtp://mailer:hunter2%zz@smtp.example.com', 'invalid_url'],
    ['smtp://mailer:hunter2@smtp.example.com:587/path', 'invalid_url'],
    ['smtp://mailer:hunter2@smtp.example.com:99999', 'invalid_url'],
    ['hunter2', 'invalid_url'],
    ['ftp://mailer:hunter2@files.example', 'unknown_transport'],
    ['ses://hunter2-not-a-region', 'invalid_url'],
    ['ses://AKID:@eu-west-1', 'invalid_url'],
    ['graph://tenant', 'invalid_url'],
    ['graph://app:hunter2@tenant', 'invalid_url'],
    ['gmail://user:hunter2@example.com', 'invalid_url'],
  ])('should refuse %s with %s, naming the variable and not the secret', (url, code) => {
    const problems = parseTransportUrl(url, 'MAILGATE_TRANSPORT')._unsafeUnwrapErr();
    expect(problems).toEqual([expect.objectContaining({ code, path: 'MAILGATE_TRANSPORT' })]);
    expect(JSON.stringify(problems)).not.toContain('hunter2');
  });
});
