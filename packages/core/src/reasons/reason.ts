/**
 * The reason catalogue: one id for every way a message can end up not sent or not
 * delivered. Ids are stable forever once published; add, never rename.
 */
export const Reason = {
  // Recipient and address (stage `resolve`)
  no_address: 'no_address',
  wrong_recipient_type: 'wrong_recipient_type',
  invalid_recipient_address: 'invalid_recipient_address',
  invalid_sender_address: 'invalid_sender_address',
  role_address: 'role_address',
  disposable_address: 'disposable_address',
  recipient_domain_unknown: 'recipient_domain_unknown',
  invalid_request: 'invalid_request',

  // Consent and suppression (stage `policy`)
  unsubscribed_from_type: 'unsubscribed_from_type',
  unsubscribed_from_all: 'unsubscribed_from_all',
  opt_in_unconfirmed: 'opt_in_unconfirmed',
  recipient_opted_out_of_platform: 'recipient_opted_out_of_platform',
  company_opted_out: 'company_opted_out',
  domain_blocked: 'domain_blocked',
  recipient_status_blocked: 'recipient_status_blocked',
  recipient_group_blocked: 'recipient_group_blocked',
  address_flagged_invalid: 'address_flagged_invalid',
  previously_bounced: 'previously_bounced',
  globally_bounced: 'globally_bounced',
  previously_complained: 'previously_complained',
  frequency_capped: 'frequency_capped',
  low_engagement: 'low_engagement',
  duplicate_request: 'duplicate_request',
  policy_failed: 'policy_failed',

  // The sending run and the account (stage `policy` or `transport`)
  cancelled: 'cancelled',
  campaign_paused: 'campaign_paused',
  gate_closed: 'gate_closed',
  sender_deleted: 'sender_deleted',
  account_monthly_limit: 'account_monthly_limit',
  account_suspended: 'account_suspended',

  // The sender's mailbox and the provider (stage `transport`)
  inbox_auth_failed: 'inbox_auth_failed',
  inbox_connection_failed: 'inbox_connection_failed',
  inbox_suspended: 'inbox_suspended',
  sender_mailbox_full: 'sender_mailbox_full',
  tenant_migration_permission_error: 'tenant_migration_permission_error',
  send_as_denied: 'send_as_denied',
  provider_rate_limited: 'provider_rate_limited',
  provider_timeout: 'provider_timeout',
  microsoft_timeout: 'microsoft_timeout',
  message_invalid: 'message_invalid',
  suppression_store_unavailable: 'suppression_store_unavailable',
  unknown: 'unknown',

  // Delivery, from the receiving side (stage `transport` or `delivery`)
  recipient_unknown: 'recipient_unknown',
  recipient_moved: 'recipient_moved',
  mailbox_disabled: 'mailbox_disabled',
  mailbox_full: 'mailbox_full',
  message_too_large: 'message_too_large',
  rejected_as_spam: 'rejected_as_spam',
  virus_detected: 'virus_detected',
  content_rejected: 'content_rejected',
  not_rfc_compliant: 'not_rfc_compliant',
  policy_rejected: 'policy_rejected',
  recipient_filtered: 'recipient_filtered',
  delivery_expired: 'delivery_expired',
  suppressed_by_provider: 'suppressed_by_provider',
  delivery_failed: 'delivery_failed',
  sender_blocked: 'sender_blocked',
  sender_bad_reputation: 'sender_bad_reputation',
  sender_ptr_missing: 'sender_ptr_missing',
  sender_authentication_failed: 'sender_authentication_failed',
  sender_rejected: 'sender_rejected',
  relay_denied: 'relay_denied',
  security_rejected: 'security_rejected',
  tls_failed: 'tls_failed',
  receiver_rate_limited: 'receiver_rate_limited',
  domain_not_accepting_mail: 'domain_not_accepting_mail',
  network_error: 'network_error',
  receiver_system_error: 'receiver_system_error',
  receiver_system_full: 'receiver_system_full',
  receiver_mailer_error: 'receiver_mailer_error',
  smtp_syntax_error: 'smtp_syntax_error',
} as const;

export type Reason = (typeof Reason)[keyof typeof Reason];

/** Every reason id, in catalogue order. */
export const reasonIds: readonly Reason[] = Object.values(Reason);

const reasonSet: ReadonlySet<string> = new Set(reasonIds);

/** Whether a value is a reason id of the catalogue. */
export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && reasonSet.has(value);
}
