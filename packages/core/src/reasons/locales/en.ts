import type { ReasonTexts } from '../reason-types';

/** English texts for every reason. */
export const en: ReasonTexts = {
  // Recipient and address
  no_address: {
    title: 'No address to send to',
    cause:
      'The message asks for a kind of address (private or business) that this recipient does not have, and using their other address is not allowed.',
    remedy:
      "Add the missing address to the recipient's record, or change the template to use the address they do have. You can also let the template fall back to the other address when the preferred one is empty.",
  },
  wrong_recipient_type: {
    title: 'Wrong kind of recipient',
    cause:
      'The template is set up for another kind of recipient, for example contacts, while this message went to a candidate (or the other way round).',
    remedy:
      'Open the template, set its recipient to the kind of person you are writing to, save it and send again.',
  },
  invalid_recipient_address: {
    title: 'Recipient address is not valid',
    cause:
      'The recipient\'s e-mail address is not written like a real address, for example a missing "@", a space or a stray character.',
    remedy: "Correct the address on the recipient's record and send the message again.",
  },
  invalid_sender_address: {
    title: 'Sender address is not valid',
    cause: 'The address the message would be sent from is not a correctly written e-mail address.',
    remedy:
      'Check the sender address in your profile or mailbox settings, fix it, then send again. Ask your administrator if you cannot change it yourself.',
  },
  role_address: {
    title: 'Shared role address',
    cause:
      'The address belongs to a role or a team rather than a person, such as info@ or sales@, and your settings do not allow sending mailings to those.',
    remedy:
      'Ask the organisation for the address of the person you want to reach and add it to the record.',
  },
  disposable_address: {
    title: 'Throw-away address',
    cause:
      'The address belongs to a service for temporary mailboxes. Such mailboxes stop existing quickly, so mail to them is not sent.',
    remedy: 'Ask the recipient for an address they use regularly and update their record.',
  },
  recipient_domain_unknown: {
    title: 'Recipient domain does not exist',
    cause:
      'The part of the address after the "@" is not a domain that can receive e-mail. Usually it is misspelled, such as "gmial.com" or ".con" instead of ".com".',
    remedy:
      "Check the spelling of the domain, compare it with the address on a CV or signature if you have one, and correct the recipient's record.",
  },
  invalid_request: {
    title: 'Message could not be prepared',
    cause:
      'Something required for this message was missing or unusable, so it could not be sent at all.',
    remedy:
      'Try again from the screen where you started. If it keeps happening, report it to your administrator or support, mentioning when it happened.',
  },

  // Consent and suppression
  unsubscribed_from_type: {
    title: 'Unsubscribed from this kind of mail',
    cause:
      'The recipient unsubscribed from this type of message. They may still receive other types.',
    remedy:
      'Respect their choice and leave them out of this kind of mailing. They can subscribe again themselves, for example through a preference page.',
  },
  unsubscribed_from_all: {
    title: 'Unsubscribed from all mail',
    cause: 'The recipient unsubscribed from every type of message you send.',
    remedy:
      'Do not send them mailings. Only the recipient can change this, by subscribing again themselves.',
  },
  opt_in_unconfirmed: {
    title: 'Address not confirmed yet',
    cause:
      'The recipient has not yet confirmed their address or subscription with the confirmation link, so mailings may not go to them.',
    remedy:
      'Wait for the confirmation, or send a new confirmation request if the first one was missed. Changing the address resets the confirmation.',
  },
  recipient_opted_out_of_platform: {
    title: 'Recipient refuses mail from this platform',
    cause:
      'This person asked not to receive any e-mail sent through this platform, or reported such mail as spam. An address known to trap spammers is blocked the same way.',
    remedy:
      'Contact support if you believe this is a mistake. To lift the block you need to show that the person is real and wants your e-mail.',
  },
  company_opted_out: {
    title: "Recipient's company opted out",
    cause:
      "The recipient's company explicitly asked not to receive any e-mail sent through this platform.",
    remedy: 'Reach this person another way, for example by phone.',
  },
  domain_blocked: {
    title: 'Recipient domain is blocked',
    cause:
      'The owner of this e-mail domain asked not to receive e-mail sent through this platform, so no address on that domain gets mail from it.',
    remedy: 'Contact the recipient another way, or ask them for an address on a different domain.',
  },
  recipient_status_blocked: {
    title: 'Status does not allow mailings',
    cause:
      'The recipient\'s status, for example "not available" or "deceased", is set up so that people with it receive no mailings.',
    remedy:
      "Check whether the status is right and change it if not. If it is right, leaving them out is intended. You can still write to them individually from the recipient's own record instead of from a list.",
  },
  recipient_group_blocked: {
    title: 'Group does not allow mailings',
    cause: 'The recipient is in a group, such as "Do not mail", whose members receive no mailings.',
    remedy:
      "Check whether they belong in that group and remove them from it if not. If they do, leaving them out is intended. You can still write to them individually from the recipient's own record instead of from a list.",
  },
  address_flagged_invalid: {
    title: 'Address marked as incorrect',
    cause:
      'An earlier message to this address bounced, so the address was marked as incorrect and is skipped.',
    remedy:
      "Open the recipient's record, check the address and correct it, or clear the incorrect mark if the address is actually fine.",
  },
  previously_bounced: {
    title: 'Earlier mail to this address bounced',
    cause:
      'A previous message to this address could not be delivered and the failure was permanent, so it is no longer sent to.',
    remedy:
      'Look for typing mistakes such as ".con" instead of ".com" or "gmai.com" instead of "gmail.com", and correct the address. If it is definitely right, support or your administrator can take it off the block list so that you can send again.',
  },
  globally_bounced: {
    title: 'Address bounced for other senders',
    cause:
      'Mail to this address bounced permanently for another sender on this platform. Such results are kept per address, not per organisation, so they affect everyone.',
    remedy:
      'Check the address for mistakes and ask the recipient for a current address. Contact support if you are sure the address works.',
  },
  previously_complained: {
    title: 'Recipient marked earlier mail as spam',
    cause:
      'The recipient, or their mail provider, marked a previous message as spam or unwanted, so no more mail is sent to them.',
    remedy:
      'If you both agree that they want your e-mail, ask support to lift the block. The recipient should also move one of your messages out of the junk folder, or add your address to their safe senders, so it does not happen again.',
  },
  frequency_capped: {
    title: 'Mailing limit for this recipient reached',
    cause:
      'This recipient already received the maximum number of mailings allowed for the current period in your settings.',
    remedy:
      'Send it once the period is over, or raise the limit in your settings if it is too strict.',
  },
  low_engagement: {
    title: 'Recipient no longer engages',
    cause:
      'This recipient has not opened or clicked anything for a long time. Mailing people who ignore you harms your reputation, so they are skipped.',
    remedy:
      'Take people who have not responded for months (six months is a common limit) off your mailing lists, or ask them once whether they still want to hear from you.',
  },
  duplicate_request: {
    title: 'Already sent',
    cause:
      'This exact message was already sent, or is being sent right now, so it was not sent a second time.',
    remedy: 'Check the message history before sending again. Nothing else is needed.',
  },
  policy_failed: {
    title: 'Sending check could not finish',
    cause:
      'One of the checks that decide whether a message may go out did not finish. To be safe, the message was not sent.',
    remedy:
      'Try again in a few minutes. If it keeps happening, report it to your administrator or support.',
  },

  // The sending run and the account
  cancelled: {
    title: 'Sending cancelled',
    cause: 'The sending was cancelled before this message went out.',
    remedy: 'If that was not intended, send or schedule the message again.',
  },
  campaign_paused: {
    title: 'Mailing paused',
    cause:
      'The mailing was stopped automatically because too many messages bounced, were reported as spam or led to unsubscribes. This protects your sending reputation.',
    remedy:
      'Before resuming, remove recipients who never gave permission, make sure unsubscribes from other systems are imported, and drop contacts you have not mailed in over six months. Then send to the remaining recipients.',
  },
  gate_closed: {
    title: 'Mailer shut down',
    cause:
      'The application was shutting down its mailer when this message was to be sent, so it was not handed to the mail provider.',
    remedy: 'Send the message again once the application is running; nothing went out.',
  },
  sender_deleted: {
    title: 'Sender no longer exists',
    cause:
      'The user who scheduled this message was removed before it was due to be sent, so it did not go out.',
    remedy: 'Schedule the message again as another user.',
  },
  account_monthly_limit: {
    title: 'Monthly sending limit reached',
    cause: "Your account has used up this month's allowance of e-mails.",
    remedy:
      'Wait until the limit resets next month, or ask your provider or administrator for a higher limit.',
  },
  account_suspended: {
    title: 'Sending account suspended',
    cause:
      'Sending from your account has been suspended, usually because of breaches of the sending rules or delivery problems such as many bounces or spam reports.',
    remedy:
      'Contact your administrator or the provider to find out why and what is needed to lift the suspension.',
  },

  // The sender's mailbox and the provider
  inbox_auth_failed: {
    title: 'Inbox sign-in failed',
    cause:
      'Your e-mail provider refused the sign-in or the permission needed to send from your inbox, for example because a password changed or access was withdrawn.',
    remedy:
      'Reconnect your inbox and send again. If that does not help, contact your e-mail provider or IT administrator.',
  },
  inbox_connection_failed: {
    title: 'Could not connect to the mail server',
    cause: 'The connection to your mail server or e-mail provider failed.',
    remedy:
      'Try again later. If it keeps happening, contact your e-mail provider or IT administrator.',
  },
  inbox_suspended: {
    title: 'Inbox suspended by provider',
    cause: 'Your e-mail provider has suspended your ability to send from this inbox.',
    remedy: 'Contact your e-mail provider or IT administrator to get sending enabled again.',
  },
  sender_mailbox_full: {
    title: 'Your mailbox is full',
    cause:
      'Your own mailbox has reached its size limit, so your provider would not send and save the message.',
    remedy:
      'Delete or archive old messages, empty the deleted items folder, then send again. Your IT administrator can also raise the limit.',
  },
  tenant_migration_permission_error: {
    title: 'Send permission error after mailbox move',
    cause:
      'Your mailbox was moved from one Microsoft 365 organisation (tenant) to another, and the connection still refers to the old one, so sending is not permitted.',
    remedy:
      'Ask an administrator of the old Microsoft 365 tenant to remove this app under Enterprise applications in Microsoft Entra ID (formerly Azure Active Directory). Then reconnect your inbox.',
  },
  send_as_denied: {
    title: 'Not allowed to send as this address',
    cause:
      'The account used for sending has no permission to send on behalf of the address in the "From" field.',
    remedy:
      'Send from your own address, or ask your IT administrator to grant "send as" permission for this address.',
  },
  provider_rate_limited: {
    title: 'Provider sending limit reached',
    cause:
      'Your e-mail provider reports that you sent too many messages in a certain period. Each provider has its own limits.',
    remedy:
      'Wait at least a day before sending again, or ask your provider for a higher sending limit.',
  },
  provider_timeout: {
    title: 'E-mail provider did not respond in time',
    cause: 'The request to your e-mail provider to send this message timed out.',
    remedy:
      "Check whether the message was sent after all before trying again later. If it keeps happening, check your provider's status page.",
  },
  microsoft_timeout: {
    title: 'Microsoft did not respond in time',
    cause: 'The request to Microsoft to send this message took too long and was abandoned.',
    remedy:
      "Check whether the message was sent after all before trying again later. If it keeps happening, check Microsoft's service status.",
  },
  message_invalid: {
    title: 'Message refused by provider',
    cause:
      'Your e-mail provider refused the message itself before trying to deliver it, for example because of its size, an attachment or its format.',
    remedy:
      'Make the message smaller or simpler (fewer or smaller attachments) and try again. If that does not help, contact support.',
  },
  suppression_store_unavailable: {
    title: 'Block list could not be checked',
    cause:
      'The list of addresses that must not receive mail could not be read. Rather than risk mailing someone on it, the message was held back.',
    remedy: 'Try again in a few minutes. The message can go out once the list is reachable.',
  },
  unknown: {
    title: 'Not sent',
    cause: 'The message was not sent, and no specific reason could be found.',
    remedy:
      'Try again later. If it fails again, contact support and mention when you sent the message.',
  },

  // Delivery, from the receiving side
  recipient_unknown: {
    title: 'Recipient address does not exist',
    cause:
      "The recipient's mail server says there is no mailbox with this address. Often the address is misspelled or the person has left the organisation.",
    remedy:
      "Check the address for typing mistakes, compare it with a CV or signature if you have one, and correct the recipient's record. Otherwise ask the person for their current address.",
  },
  recipient_moved: {
    title: 'Recipient has moved',
    cause:
      'The mailbox no longer exists at this address, and the receiving side did not pass on a new one.',
    remedy: 'Ask the recipient for their new address and update their record.',
  },
  mailbox_disabled: {
    title: 'Mailbox disabled',
    cause:
      "The recipient's mailbox has been switched off or blocked by their provider, often because the account was closed.",
    remedy:
      'Reach the person another way and ask for an address they use now, then update their record.',
  },
  mailbox_full: {
    title: "Recipient's mailbox is full",
    cause: "The recipient's mailbox is full and cannot accept new messages right now.",
    remedy:
      'Usually nothing: delivery is retried for a while. If it keeps failing, contact the recipient another way.',
  },
  message_too_large: {
    title: 'Message too large',
    cause: "The message, with its attachments, is larger than the recipient's mail server accepts.",
    remedy:
      'Make the attachments smaller or fewer, or share large files through a link, then send again.',
  },
  rejected_as_spam: {
    title: 'Rejected as spam',
    cause: "The recipient's mail server judged the message to be spam and refused it.",
    remedy:
      'Make the message look less like advertising: fewer links and images, no shortened links, a clear subject. Then send it again. If it keeps happening, check your sending settings with your administrator.',
  },
  virus_detected: {
    title: 'Virus found in message',
    cause:
      "The recipient's mail server found something it considers harmful, usually in an attachment.",
    remedy:
      'Check the attachments with a virus scanner, or send them in another format or through a link.',
  },
  content_rejected: {
    title: 'Message content refused',
    cause:
      "The recipient's mail server refused the message because of its content or the way it is put together.",
    remedy:
      'Try sending a simpler version, without unusual attachments or formatting. If that does not help, contact support.',
  },
  not_rfc_compliant: {
    title: 'Message not built to e-mail standards',
    cause:
      "The recipient's mail server refused the message because it does not follow the e-mail standards, for example in its headers.",
    remedy:
      'This usually needs a technical fix. Report it to support with the address it was sent to.',
  },
  policy_rejected: {
    title: "Refused by the recipient's rules",
    cause:
      "The receiving organisation's mail rules do not allow this message, for example because of attachments, its size or who may write to this address.",
    remedy:
      'Reach the recipient another way and ask whether they can receive this kind of message, or send a plainer version.',
  },
  recipient_filtered: {
    title: "Stopped by recipient's filter",
    cause:
      "A filter at the recipient's side refused the message, for example a setting that only allows mail from known senders.",
    remedy: 'Ask the recipient to add your address to their allowed senders, then send again.',
  },
  delivery_expired: {
    title: 'Delivery attempts gave up',
    cause:
      "The recipient's mail server could not be reached for several days, so the delivery attempts stopped.",
    remedy:
      'Check that the address is right. If it is, try again later or contact the recipient another way.',
  },
  suppressed_by_provider: {
    title: 'Address blocked by your e-mail provider',
    cause:
      'Your e-mail provider did not send the message because the address is on its own block list, usually after an earlier bounce or spam report.',
    remedy:
      'Check the address. If it is right and the recipient wants your mail, ask your administrator to remove it from the block list at the provider.',
  },
  delivery_failed: {
    title: 'Could not be delivered',
    cause:
      'The message was sent but came back undelivered, without a clear explanation from the receiving side.',
    remedy:
      'Check the address for mistakes. If it looks right and this happens again, contact support so they can look up the delivery details.',
  },
  sender_blocked: {
    title: 'Sending server blocked',
    cause:
      "The recipient's mail server refused mail from the server your message came from, for example because it is on a block list.",
    remedy:
      'Try again later. If it keeps happening, ask your administrator or provider to check whether the sending server is blocked.',
  },
  sender_bad_reputation: {
    title: 'Poor sender reputation',
    cause:
      "The recipient's mail server refused the message because mail from your domain or server has a poor reputation, often after many bounces or spam reports.",
    remedy:
      'Send less and only to people who asked for your mail, and clean your lists. Ask your administrator to review the sending setup.',
  },
  sender_ptr_missing: {
    title: 'Sending server not properly identified',
    cause:
      "The recipient's mail server refused the message because the server that sent it has no proper name in the internet's address system (reverse DNS).",
    remedy:
      'Ask your administrator or e-mail provider to set up reverse DNS for the sending server.',
  },
  sender_authentication_failed: {
    title: 'Sender could not be verified',
    cause:
      "The recipient's mail server could not confirm that the message really comes from your domain, because checks such as SPF, DKIM or DMARC failed.",
    remedy:
      "Ask your administrator to check your domain's SPF, DKIM and DMARC records for this way of sending.",
  },
  sender_rejected: {
    title: 'Sender address refused',
    cause: "The recipient's mail server refused the address the message was sent from.",
    remedy:
      'Check that the sender address exists and is set up correctly, or send from another address. Your administrator can help.',
  },
  relay_denied: {
    title: 'Mail server refused to pass it on',
    cause:
      'A mail server refused to forward the message, because it does not handle mail for this address or does not accept mail from your server.',
    remedy:
      'Check the recipient address. If it is right, ask your administrator to check the mail server settings.',
  },
  security_rejected: {
    title: 'Refused for security reasons',
    cause:
      "The recipient's mail server refused the message under its security rules, for example because your server is not allowed to deliver to this address.",
    remedy:
      'Reach the recipient another way and ask whether they can receive mail from you. Your administrator can look at the technical details.',
  },
  tls_failed: {
    title: 'Secure connection failed',
    cause:
      "A secure, encrypted connection to the recipient's mail server could not be set up, so the message was not handed over.",
    remedy:
      'Try again later. If it keeps happening, ask your administrator or provider to check the encryption settings.',
  },
  receiver_rate_limited: {
    title: "Recipient's server asked to slow down",
    cause:
      "The recipient's mail server got too many messages from you in a short time and refused more for now.",
    remedy:
      'Nothing right away: sending again later usually works. For large mailings, spread them over a longer period.',
  },
  domain_not_accepting_mail: {
    title: 'Domain does not accept e-mail',
    cause:
      "The recipient's domain exists but is set up to receive no e-mail at all, so the address cannot be used.",
    remedy: 'Ask the recipient for another address and update their record.',
  },
  network_error: {
    title: 'Network problem on the way',
    cause: "A network problem prevented the message from reaching the recipient's mail server.",
    remedy: 'Try again later. These problems are usually temporary.',
  },
  receiver_system_error: {
    title: "Fault at the recipient's mail server",
    cause: "The recipient's mail server had a technical fault and could not accept the message.",
    remedy: 'Try again later. If it keeps failing, contact the recipient another way.',
  },
  receiver_system_full: {
    title: "Recipient's mail server is overloaded",
    cause: "The recipient's mail server is out of storage space or overloaded.",
    remedy: 'Try again later. These problems are usually solved on their side.',
  },
  receiver_mailer_error: {
    title: 'Delivery program failed at the recipient',
    cause:
      "The program that puts mail into the recipient's mailbox reported an error, so the message did not arrive.",
    remedy: 'Try again later. If it keeps failing, contact the recipient another way.',
  },
  smtp_syntax_error: {
    title: 'Mail servers could not understand each other',
    cause:
      "The recipient's mail server did not understand a command from the sending server, so the message could not be handed over.",
    remedy:
      'This needs a technical fix on the sending side. Report it to your administrator or support.',
  },
};
