import { describe, expect, it } from 'vitest';
import {
  idHeaders,
  MAILGATE_ID_HEADER,
  messageIdHeader,
  parseMessageIdHeader,
  parseVerpAddress,
  verpAddress,
} from './id-carriers';
import { createMessageId } from './message-id';

const id = createMessageId(Date.UTC(2026, 0, 1));

describe('id carriers', () => {
  it('should put the id in a header and in the Message-ID', () => {
    expect(idHeaders(id, 'mail.example.se')).toEqual({
      [MAILGATE_ID_HEADER]: id,
      'Message-ID': `<${id}@mail.example.se>`,
    });
  });

  it('should read the id back from a quoted Message-ID, whatever its case and brackets', () => {
    const header = messageIdHeader(id, 'mail.example.se');
    expect(parseMessageIdHeader(header)).toBe(id);
    expect(parseMessageIdHeader(` ${header.toLowerCase()} `)).toBe(id);
    expect(parseMessageIdHeader(`${id}@mail.example.se`)).toBe(id);
  });

  it('should not read an id from a Message-ID that is not ours', () => {
    expect(parseMessageIdHeader('<CAF=abc123@mail.gmail.com>')).toBeUndefined();
    expect(parseMessageIdHeader(`<${id}>`)).toBeUndefined();
    expect(parseMessageIdHeader(42 as never)).toBeUndefined();
  });

  it('should make a VERP return path and parse it back', () => {
    const verp = verpAddress(id, 'example.se');
    expect(verp).toBe(`bounces+${id}@example.se`);
    expect(parseVerpAddress(verp)).toBe(id);
    expect(parseVerpAddress(`<${verp.toLowerCase()}>`)).toBe(id);
    expect(parseVerpAddress(verpAddress(id, 'example.se', 'return'), 'return')).toBe(id);
  });

  it('should not take an ordinary address for a VERP address', () => {
    expect(parseVerpAddress('ada+news@example.se')).toBeUndefined();
    expect(parseVerpAddress(`other+${id}@example.se`)).toBeUndefined();
    expect(parseVerpAddress('bounces+NOTANID@example.se')).toBeUndefined();
    expect(parseVerpAddress(`bounces+${id}`)).toBeUndefined();
  });
});
