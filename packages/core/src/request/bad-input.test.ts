import { describe, expect, it } from 'vitest';
import { createMailgate } from '../gate/create-mailgate';
import { aRequest } from '../test-support/requests';
import { recordingTransport } from '../transport/recording-transport';
import { fastParseRequest } from './fast-parse-request';
import { isHeaderText } from './header-text';
import { sendRequestSchema } from './request';

const lineBreaks: [string, string][] = [
  ['CR', '\r'],
  ['LF', '\n'],
  ['VT', '\v'],
  ['FF', '\f'],
  ['NEL', '\u0085'],
  ['LINE SEPARATOR', '\u2028'],
  ['PARAGRAPH SEPARATOR', '\u2029'],
  ['NUL', '\0'],
  ['a lone high surrogate', '\ud83d'],
  ['a lone low surrogate', '\ude00'],
];

type Overrides = Parameters<typeof aRequest>[0];
/** Every field that ends up in a header, with `bad` put into it. */
const headerBound = (bad: string): [string, Overrides][] => [
  ['the subject', { message: { subject: `Hi${bad}there` } }],
  ['the sender name', { message: { from: { address: 'jobs@agency.example', name: `A${bad}` } } }],
  ['a cc name', { message: { cc: [{ address: 'cc@example.com', name: `C${bad}` }] } }],
  ['the reply-to name', { message: { replyTo: { address: 'r@example.com', name: `R${bad}` } } }],
  ['the recipient name', { recipient: { name: `Ada${bad}` } }],
  ['a header value', { message: { headers: { 'X-Campaign': `nov${bad}` } } }],
  [
    'an attachment name',
    { message: { attachments: [{ filename: `cv${bad}.pdf`, content: 'x' }] } },
  ],
  [
    'an attachment type',
    { message: { attachments: [{ filename: 'cv.pdf', content: 'x', contentType: `a${bad}` }] } },
  ],
  ['a tag value', { message: { tags: { campaign: `nov${bad}` } } }],
  ['a tag key', { message: { tags: { [`camp${bad}aign`]: 'nov' } } }],
  ['the idempotency key', { context: { idempotencyKey: `key${bad}` } }],
];

const cases = lineBreaks.flatMap(([charName, bad]) =>
  headerBound(bad).map(([field, overrides]) => [`${charName} in ${field}`, overrides] as const),
);

async function sendThrough(request: unknown) {
  const transport = recordingTransport();
  const gate = createMailgate({ transport });
  const result = await gate.send(request as Parameters<typeof gate.send>[0]);
  return { outcome: result._unsafeUnwrapErr(), transport };
}

describe('header-bound fields', () => {
  it.each(cases)('should refuse %s at the gate, in both parsers', async (_name, overrides) => {
    const request = aRequest(overrides);
    expect(fastParseRequest(request)).toBeUndefined();
    expect(sendRequestSchema.safeParse(request).success).toBe(false);
    const { outcome, transport } = await sendThrough(request);
    expect(outcome).toMatchObject({ reason: 'invalid_request', stage: 'resolve' });
    expect(transport.sent).toHaveLength(0);
  });

  it('should accept characters outside the basic plane, written as surrogate pairs', async () => {
    const request = aRequest({
      message: { subject: 'Jobs 🚀', tags: { 'rocket-🚀': '🚀' } },
      recipient: { name: 'Ada 👩‍💻' },
    });
    expect(fastParseRequest(request)).toEqual(sendRequestSchema.parse(request));
    const transport = recordingTransport();
    const result = await createMailgate({ transport }).send(request);
    expect(result.isOk()).toBe(true);
    expect(transport.sent[0]?.subject).toBe('Jobs 🚀');
  });

  it('should allow a tab, which folds headers but ends no line', () => {
    expect(isHeaderText('a\tb')).toBe(true);
    expect(isHeaderText('\ud83d\ude80')).toBe(true);
    expect(isHeaderText('\ude80\ud83d')).toBe(false);
  });
});

describe('invalid_request details', () => {
  const keyed = (key: string): [string, Overrides][] => [
    ['a tag key', { message: { tags: { [key]: 'x' } } }],
    ['a header name', { message: { headers: { [key]: 'x' } } }],
    [
      'a subscription type',
      { recipient: { subscriptions: { byType: { [key]: 'maybe' as never } } } },
    ],
    ['a transport name', { message: { transportOptions: { [key]: 'x' as never } } }],
  ];

  it.each(keyed(`X-${'k'.repeat(1 << 20)}`))(
    'should name the field of a megabyte-long key in %s with a short excerpt',
    async (_field, overrides) => {
      const { outcome } = await sendThrough(aRequest(overrides));
      expect(outcome.reason).toBe('invalid_request');
      expect(outcome.detail!.length).toBeLessThan(300);
      expect(outcome.detail).toMatch(/^(message|recipient)\.[\w.]+\."X-k{14}…": /);
    },
  );

  it.each(keyed('X-A\r\nBcc: all@example.com'))(
    'should show a key with a line break in %s as printable text only',
    async (_field, overrides) => {
      const { outcome } = await sendThrough(aRequest(overrides));
      expect(outcome.reason).toBe('invalid_request');
      expect(outcome.detail).toContain('"X-A??Bcc: all@ex…"');
      expect(outcome.detail).toMatch(/^[ -~…]+$/);
    },
  );
});
