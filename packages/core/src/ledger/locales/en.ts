import type { StatusTexts } from '../status-types';

/** English texts for every status. */
export const en: StatusTexts = {
  none: {
    title: 'None',
    description: 'Nothing has happened to this message yet. Every message starts here.',
  },
  queued: {
    title: 'Queued',
    description: 'The message is in the queue and about to be sent.',
  },
  sent: {
    title: 'Sent',
    description:
      'The message was handed to the mail provider. Whether it reached the mailbox is not known yet.',
  },
  delivered: {
    title: 'Delivered',
    description: "The receiving mail server accepted the message for the recipient's mailbox.",
  },
  deferred: {
    title: 'Deferred',
    description:
      'Delivery was delayed: the provider keeps trying, and the status may still change.',
  },
  soft_bounced: {
    title: 'Soft bounce',
    description:
      'The message came back for a temporary reason, such as a full mailbox or a network problem. It is tried again for five days; after that it counts as bounced.',
  },
  bounced: {
    title: 'Bounced',
    description:
      "The message could not be delivered to the recipient's mailbox and will not be tried again.",
  },
  invalid: {
    title: 'Invalid address',
    description:
      'The message could not be delivered because the address is wrong, most likely a typo.',
  },
  complained: {
    title: 'Marked as spam',
    description: 'The recipient marked the message as spam or junk in their e-mail program.',
  },
  unsubscribed: {
    title: 'Unsubscribed',
    description: 'The recipient said they do not want to receive these messages.',
  },
  blocked: {
    title: 'Blocked',
    description:
      'The message was not sent, because of an earlier status of the recipient or a rule. The reason says which.',
  },
  opened: {
    title: 'Opened',
    description:
      'The message was opened. Opens are weak evidence: some mail programs open every message.',
  },
  clicked: {
    title: 'Clicked',
    description: 'The recipient clicked a link in the message.',
  },
  unknown: {
    title: 'Unknown',
    description:
      'Something unexpected happened, or it is not known whether the message went out. Usually temporary.',
  },
  unconfirmed: {
    title: 'Unconfirmed',
    description: 'The address has not been confirmed, and no confirmation request was sent.',
  },
  confirmation_requested: {
    title: 'Confirmation requested',
    description:
      'A confirmation request was sent to the address; the recipient has not answered yet.',
  },
  confirmed: {
    title: 'Confirmed',
    description: 'The recipient confirmed the address: mailings may be sent to it.',
  },
  problem_bounced: {
    title: 'Problem (bounced)',
    description:
      'A message to this address bounced. Nothing is sent to it until the address is corrected.',
  },
  problem_complained: {
    title: 'Problem (spam)',
    description:
      'The recipient marked a message as spam. Nothing is sent to this address any more.',
  },
  problem_unsubscribed: {
    title: 'Problem (unsubscribed)',
    description: 'The recipient unsubscribed from all messages. Nothing is sent to this address.',
  },
  problem_blocked: {
    title: 'Problem (blocked)',
    description:
      'The mail provider blocks this address after earlier problems. Nothing is sent to it.',
  },
  problem_invalid: {
    title: 'Problem (invalid)',
    description:
      'A message to this address bounced because the address is wrong. Correct it on the record.',
  },
};
