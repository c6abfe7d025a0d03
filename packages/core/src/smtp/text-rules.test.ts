import { describe, expect, it } from 'vitest';
import { receiverRules } from './receiver-rules';
import { compileRules, strongRules, type TextRule, weakRules } from './text-rules';

const rules: readonly TextRule[] = [
  { reason: 'recipient_unknown', phrases: ['user unknown in virtual'] },
  { reason: 'mailbox_full', phrases: ['mailbox full', 'over quota'] },
  { reason: 'sender_blocked', pattern: /\blisted (?:in|on) \w+/, needs: ['listed'] },
  { reason: 'rejected_as_spam', phrases: ['spam', 'user unknown'] },
];

/** The rules one by one, as the compiled matcher must answer. */
function oneByOne(list: readonly TextRule[], text: string) {
  return list.find(
    (rule) =>
      rule.phrases?.some((phrase) => text.includes(phrase)) || rule.pattern?.test(text) === true,
  )?.reason;
}

describe('compileRules', () => {
  const compiled = compileRules(rules);
  const match = (text: string) => compiled(text)?.reason;

  it('gives the earliest rule any of whose phrases occurs anywhere', () => {
    expect(match('spam, and the mailbox full')).toBe('mailbox_full');
    expect(match('x user unknown in virtual table')).toBe('recipient_unknown');
    expect(match('user unknown')).toBe('rejected_as_spam');
    expect(match('nothing to see')).toBeUndefined();
    expect(match('')).toBeUndefined();
  });

  it('finds phrases that overlap or start inside another', () => {
    expect(match('mailbox fullover quota')).toBe('mailbox_full');
    expect(match('ususer unknown in virtual')).toBe('recipient_unknown');
  });

  it('runs a pattern only before the best phrase found, and only when its words are there', () => {
    expect(match('spam: listed in zen')).toBe('sender_blocked');
    expect(match('over quota; listed in zen')).toBe('mailbox_full');
  });

  it('finds needed words shorter than the key and longer ones alike', () => {
    const short = compileRules([
      { reason: 'sender_blocked', pattern: /\bbl\d\b/, needs: ['bl'] },
      { reason: 'relay_denied', pattern: /relaying denied/, needs: ['relaying'] },
      { reason: 'mailbox_full', phrases: ['mailbox full'] },
    ]);
    expect(short('listed on bl7, mailbox full')?.reason).toBe('sender_blocked');
    expect(short('relaying denied; mailbox full')?.reason).toBe('relay_denied');
    expect(short('mailbox full')?.reason).toBe('mailbox_full');
    expect(short('nothing here')).toBeUndefined();
  });

  it('compares phrases shorter than eight characters, beyond ASCII, and at the end of a text', () => {
    const short = compileRules([
      { reason: 'recipient_unknown', phrases: ["l'annuaire domino"] },
      { reason: 'sender_blocked', phrases: ['rbl'] },
      { reason: 'mailbox_full', phrases: ['full'] },
      { reason: 'rejected_as_spam', phrases: ['spam or virus'] },
    ]);
    expect(short("non répertorié dans l'annuaire domino")?.reason).toBe('recipient_unknown');
    expect(short('listed on an rbl')?.reason).toBe('sender_blocked');
    expect(short('mailbox is full')?.reason).toBe('mailbox_full');
    expect(short('spam or virus found')?.reason).toBe('rejected_as_spam');
    expect(short('ful')).toBeUndefined();
    expect(short('fulx')).toBeUndefined();
    expect(short('spam or viru')).toBeUndefined();
    // "ì" and "l", "ï" and "o" share their low 7 bits: the packed check lets them through, the
    // full comparison does not.
    expect(short('fulì')).toBeUndefined();
    expect(short('spam ïr virus')).toBeUndefined();
  });

  it('answers as the rules tried one by one do, for the real tiers', () => {
    const strong = compileRules(strongRules);
    const weak = compileRules(weakRules);
    const receivers = compileRules(receiverRules);
    const texts = [
      '550 5.1.1 user unknown',
      'mailbox is full',
      'message rejected as spam by content filter',
      'client host rejected: listed on zen.spamhaus.org',
      'dkim=fail (body hash did not verify)',
      'host mx.example.org not found',
      'the mailbox does not exist',
      'all quiet',
      '550 5.1.0 sender rejected. aup#cdrbl',
      '550 mail rejete. mail rejected. ofr_506 [506]',
      'rcp-p1 http://postmaster.facebook.com/response_codes recipient address does not exist',
      'user x not listed in domino directory',
      'mail from 192.0.2.1 refused: too many bad commands',
      'user nobody was not found in ldap',
      'mailbox is unavailable (not enough free space)',
      'too many "received" headers - suspected mail loop',
      'mailaddress is administrativley disabled',
    ];
    for (const text of texts) {
      expect(strong(text)?.reason).toBe(oneByOne(strongRules, text));
      expect(weak(text)?.reason).toBe(oneByOne(weakRules, text));
      expect(receivers(text)?.reason).toBe(oneByOne(receiverRules, text));
    }
  });
});
