import type { Reason } from './reason';
import type { ReasonCategory, ReasonInfo, Stage } from './reason-types';

/*
 * How the flags are meant:
 *
 * - `permanent`: the same message, sent again unchanged, meets the same refusal until a
 *   person changes something (the address, the record, a setting, a DNS record, the account).
 * - `retryable`: trying again later, unchanged and without anyone acting, has a fair chance to
 *   succeed, so an automatic retry with back-off is sensible. Never true when `permanent` is.
 * - Neither: the cause is not final but a timer will not fix it either (a paused run, a bounce
 *   without a usable cause, a queue that already gave up after days). A person decides.
 * - `suppress`: a failure with this reason is evidence that the address itself cannot receive
 *   mail, so ingesting it puts the address on the suppression list (as `previously_bounced`).
 *   Only the hard bounces of Sisimai (UserUnknown, HostUnknown, HasMoved, NotAccept) and a
 *   disabled mailbox do. Policy-stage reasons are read from the lists, never written to them.
 */

function info(
  category: ReasonCategory,
  stage: Stage,
  permanent: boolean,
  retryable: boolean,
  suppress = false,
): ReasonInfo {
  return { category, stage, permanent, retryable, suppress };
}

/** Final until someone changes something; never retried automatically. */
const final = (category: ReasonCategory, stage: Stage): ReasonInfo =>
  info(category, stage, true, false);

/** Temporary; retrying later with back-off is sensible. */
const transient = (category: ReasonCategory, stage: Stage): ReasonInfo =>
  info(category, stage, false, true);

/** Not final, but waiting alone will not help: a person has to look. */
const onHold = (category: ReasonCategory, stage: Stage): ReasonInfo =>
  info(category, stage, false, false);

/** A hard bounce: final, and the address goes on the suppression list. */
const hard = (category: ReasonCategory, stage: Stage): ReasonInfo =>
  info(category, stage, true, false, true);

/** What each reason means for the address and for trying again. */
export const reasonInfo: { readonly [R in Reason]: ReasonInfo } = {
  // Recipient and address
  no_address: final('address', 'resolve'),
  // The template or request names the wrong kind of recipient: fix the request, not the person.
  wrong_recipient_type: final('request', 'resolve'),
  invalid_recipient_address: final('address', 'resolve'),
  invalid_sender_address: final('sender', 'resolve'),
  role_address: final('address', 'resolve'),
  disposable_address: final('address', 'resolve'),
  // Listed with the address checks (a DNS lookup before sending), but it is also Sisimai's
  // HostUnknown, a hard bounce: ingesting it suppresses the address.
  recipient_domain_unknown: hard('address', 'resolve'),
  invalid_request: final('request', 'resolve'),

  // Consent and suppression
  unsubscribed_from_type: final('consent', 'policy'),
  unsubscribed_from_all: final('consent', 'policy'),
  // Final until the recipient confirms; a timer does not make that happen.
  opt_in_unconfirmed: final('consent', 'policy'),
  recipient_opted_out_of_platform: final('consent', 'policy'),
  company_opted_out: final('consent', 'policy'),
  domain_blocked: final('consent', 'policy'),
  // The host's own data about the recipient forbids mailings (a status such as "deceased", a
  // "do not mail" group); not the recipient saying no, so `address`, not `consent`.
  recipient_status_blocked: final('address', 'policy'),
  recipient_group_blocked: final('address', 'policy'),
  address_flagged_invalid: final('suppression', 'policy'),
  previously_bounced: final('suppression', 'policy'),
  globally_bounced: final('suppression', 'policy'),
  previously_complained: final('suppression', 'policy'),
  // The cap frees up when the period ends.
  frequency_capped: transient('run', 'policy'),
  low_engagement: final('suppression', 'policy'),
  // The message was already sent (or is being sent) under this idempotency key.
  duplicate_request: final('request', 'policy'),
  // A policy threw. Nothing was sent, so a retry cannot duplicate; the usual cause is a data
  // source a policy reads being briefly unavailable.
  policy_failed: transient('internal', 'policy'),

  // The sending run and the account
  cancelled: final('run', 'policy'),
  // The run waits for a person to review it and resume it; a timer will not.
  campaign_paused: onHold('run', 'policy'),
  // The host closed the gate (shutting down); another gate, or this host after a restart, may send it.
  gate_closed: transient('run', 'policy'),
  sender_deleted: final('sender', 'policy'),
  // The limit resets with the next period.
  account_monthly_limit: transient('account', 'policy'),
  // Usually reported by the provider (SES AccountSuspendedException, SendingPausedException).
  account_suspended: final('account', 'transport'),

  // The sender's mailbox and the provider
  inbox_auth_failed: final('sender', 'transport'),
  inbox_connection_failed: transient('provider', 'transport'),
  inbox_suspended: final('sender', 'transport'),
  // The sender's own mailbox is over its quota (Graph ErrorQuotaExceeded); someone must free space.
  sender_mailbox_full: final('sender', 'transport'),
  tenant_migration_permission_error: final('sender', 'transport'),
  send_as_denied: final('sender', 'transport'),
  provider_rate_limited: transient('provider', 'transport'),
  provider_timeout: transient('provider', 'transport'),
  microsoft_timeout: transient('provider', 'transport'),
  message_invalid: final('content', 'transport'),
  suppression_store_unavailable: transient('internal', 'policy'),
  // Nothing says whether waiting helps, and a blind retry may repeat an unknown failure.
  unknown: onHold('internal', 'transport'),

  // Delivery, from the receiving side (also seen synchronously at `transport`)
  recipient_unknown: hard('recipient', 'delivery'),
  recipient_moved: hard('recipient', 'delivery'),
  // Sisimai counts Suspend as soft. A disabled mailbox is nearly always an account that was
  // closed (someone left the company), so mailgate treats it as hard.
  mailbox_disabled: hard('recipient', 'delivery'),
  mailbox_full: transient('recipient', 'delivery'),
  message_too_large: final('content', 'delivery'),
  // The same content meets the same filter; not the address's fault, so no suppression.
  rejected_as_spam: final('content', 'delivery'),
  virus_detected: final('content', 'delivery'),
  content_rejected: final('content', 'delivery'),
  not_rfc_compliant: final('content', 'delivery'),
  policy_rejected: final('content', 'delivery'),
  // Sisimai Filtered: a filter at the receiver refused it. Soft in Sisimai: not suppressed.
  recipient_filtered: final('recipient', 'delivery'),
  // The receiving side gave up after retrying for days; one more timer rarely helps.
  delivery_expired: onHold('receiver', 'delivery'),
  // The provider's own suppression list refused the address. Not copied into mailgate's list:
  // the provider keeps refusing on its own, and a removal there must not be outlived here.
  // Category `recipient`, so that a failover does not route around the provider's list.
  suppressed_by_provider: final('recipient', 'delivery'),
  // Sisimai OnHold: a bounce without a usable cause.
  delivery_failed: onHold('receiver', 'delivery'),
  // Blocklists expire and 4.7.1 is often greylisting: retry with back-off.
  sender_blocked: transient('reputation', 'delivery'),
  sender_bad_reputation: transient('reputation', 'delivery'),
  // Needs a DNS change on the sending side.
  sender_ptr_missing: final('reputation', 'delivery'),
  sender_authentication_failed: final('reputation', 'delivery'),
  sender_rejected: final('reputation', 'delivery'),
  relay_denied: final('receiver', 'delivery'),
  security_rejected: final('receiver', 'delivery'),
  tls_failed: final('receiver', 'delivery'),
  receiver_rate_limited: transient('receiver', 'delivery'),
  // Sisimai NotAccept (null MX and the like): hard when permanent.
  domain_not_accepting_mail: hard('recipient', 'delivery'),
  network_error: transient('receiver', 'delivery'),
  receiver_system_error: transient('receiver', 'delivery'),
  receiver_system_full: transient('receiver', 'delivery'),
  receiver_mailer_error: transient('receiver', 'delivery'),
  // The SMTP conversation itself went wrong; the same client will say the same thing again.
  smtp_syntax_error: final('receiver', 'delivery'),
};
