import { describe, expect, it } from 'vitest';
import { parseSmtpUrl, secretsOfUrl } from './transport-url';

describe('parseSmtpUrl', () => {
  it('should read host, port, user and a percent-encoded password', () => {
    expect(parseSmtpUrl('smtp://mailer%40acme.example:p%40ss%3Aw@smtp.example.com:2525')).toEqual({
      ok: true,
      url: {
        host: 'smtp.example.com',
        port: 2525,
        secure: false,
        user: 'mailer@acme.example',
        pass: 'p@ss:w',
        display: 'smtp://mailer%40acme.example:***@smtp.example.com:2525',
      },
    });
  });

  it('should default to 587, and to 465 with TLS for smtps', () => {
    expect(parseSmtpUrl('smtp://smtp.example.com')).toMatchObject({
      url: { port: 587, secure: false },
    });
    expect(parseSmtpUrl('smtps://smtp.example.com')).toMatchObject({
      url: { port: 465, secure: true },
    });
  });

  it('should never repeat the input in its problem', () => {
    for (const text of ['smtp//u:hunter2@host', 'ses://u:hunter2@host', 'smtp://:hunter2@host']) {
      const parsed = parseSmtpUrl(text);
      expect(parsed.ok).toBe(false);
      expect(JSON.stringify(parsed)).not.toContain('hunter2');
    }
  });

  it('should find the password of a URL, also of one it cannot parse', () => {
    expect(secretsOfUrl('smtp://u:p%40ss@host')).toEqual(['p%40ss', 'p@ss']);
    expect(secretsOfUrl('smtp//u:hunter2@host')).toEqual(['hunter2']);
  });
});
