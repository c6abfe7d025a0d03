import { describeReason } from '@mailgate/core';
import { describe, expect, it } from 'vitest';
import { createMailgateFromConfig } from './create-mailgate-from-config';

describe('MAILGATE_LOCALE', () => {
  it.each(['nl', 'sv'] as const)(
    'should describe reasons in %s, as describeReason does',
    async (locale) => {
      const result = await createMailgateFromConfig({
        env: { MAILGATE_TRANSPORT: 'smtp://127.0.0.1:2525', MAILGATE_LOCALE: locale },
      });
      const gate = result._unsafeUnwrap();
      expect(gate.describe('mailbox_full')).toEqual(describeReason('mailbox_full', locale));
      expect(gate.describe('mailbox_full')).not.toEqual(describeReason('mailbox_full', 'en'));
      await gate.close();
    },
  );
});
