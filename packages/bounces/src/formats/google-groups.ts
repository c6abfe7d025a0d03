import type { FormatReader } from './context';
import { failedRecipientsHeader, genericText } from './generic-text';

/**
 * Google Groups refusing a post: the failed "recipient" is the group, and the notice —
 * in the sender's language, so beyond any text rule — says the group does not exist or
 * does not accept posts from this sender. The report's shape says it: a Google
 * mailer-daemon, and X-Failed-Recipients on googlegroups.com.
 */
export const googleGroups: FormatReader = {
  name: 'google-groups',
  read(ctx) {
    const failed = failedRecipientsHeader(ctx);
    if (!failed || !/@google(?:mail|groups)\.com/i.test(ctx.from)) return undefined;
    if (![...failed].every((a) => a.endsWith('@googlegroups.com'))) return undefined;
    const result = genericText.read(ctx);
    if (!result) return undefined;
    for (const raw of result.recipients) raw.structural = 'sender_rejected';
    return result;
  },
};
