import type { Reason } from '../reasons/reason';
import type { TextRule } from './text-rules';

/**
 * Codes and phrases that one receiver puts in its refusals and documents on its
 * postmaster pages ("AUP#CDRBL" at Cox, "RCP-P1" at Facebook, "OFR_506" at Orange).
 * They name the cause more exactly than any status code or general phrase, so they are
 * read first and the command does not change them.
 *
 * The tables follow Sisimai's rhost modules (BSD-2-Clause, https://github.com/sisimai),
 * checked against the receivers' own postmaster pages, each cited with its receiver. Only
 * what identifies the receiver from the reply alone is here: a rule of Sisimai's that
 * needs the remote host's name, or wording that other receivers use too ("user unknown"),
 * is left to the general rules of text-rules.ts.
 *
 * The text is normalised (lowercase, one space between words, no word holding an `@`).
 * A short code stands between boundaries, so that "ib508" does not fire inside "ib5080"
 * and "rcp-p1" not inside a host name "rcp-p1.example.net".
 */
export const receiverRules: readonly TextRule[] = [
  // --- Cox: AUP#xxx codes, https://www.cox.com/residential/support/cox-postmaster-email-administration.html
  {
    reason: 'sender_blocked',
    phrases: ['cox too many bad commands from'],
    pattern: /\b(?:cxbl|cdrbl|ipbl\d{4,5})\b/,
    needs: ['cxbl', 'cdrbl', 'ipbl'],
  },
  {
    reason: 'sender_ptr_missing',
    phrases: ['dns check failure - try again later'],
    pattern: /\bcxdns\b/,
    needs: ['cxdns'],
  },
  { reason: 'sender_authentication_failed', pattern: /\bcxsndr\b/, needs: ['cxsndr'] },
  { reason: 'sender_rejected', pattern: /\bcxsmtp\b/, needs: ['cxsmtp'] },
  {
    reason: 'receiver_rate_limited',
    pattern: /\b(?:cxcnct|cxmxrt)\b/,
    needs: ['cxcnct', 'cxmxrt'],
  },
  { reason: 'security_rejected', pattern: /\b(?:cxthrt|cxmj)\b/, needs: ['cxthrt', 'cxmj'] },
  { reason: 'rejected_as_spam', pattern: /\burlbl\d{3,4}\b/, needs: ['urlbl'] },

  // --- Spectrum (Charter): AUP#I-1234, AUP#In-1234, AUP#1234,
  // https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes
  spectrum('sender_blocked', '1000|12[0-4]\\d|1250'),
  spectrum('sender_rejected', '10[1-7]\\d|1080|1500|1520'),
  spectrum('receiver_system_error', '1090'),
  spectrum('sender_ptr_missing', '11[0-4]\\d|1150'),
  spectrum('policy_rejected', '11[6-8]\\d|1190|1560'),
  spectrum('network_error', '1260'),
  spectrum('receiver_rate_limited', '13\\d\\d|14[0-8]\\d|1490|1540|1550|1580'),
  spectrum('message_too_large', '1530'),

  // --- Orange, Wanadoo, La Poste: OFR_416, OFR004_405, LPN007_420, LPNAAA_101,
  // https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/ and https://postmaster.orange.fr
  orange('sender_blocked', '101|102|103|510|999'),
  orange('receiver_rate_limited', '104'),
  orange('security_rejected', '305|402'),
  {
    ...orange('sender_authentication_failed', '401|517'),
    phrases: ['spf/dns de votre nom de domaine'],
  },
  orange('sender_rejected', '403|405|415|421'),
  orange('recipient_unknown', '416'),
  orange('mailbox_full', '417'),
  orange('mailbox_disabled', '420|426'),
  orange('receiver_system_error', '505'),
  orange('rejected_as_spam', '506'),
  orange('message_too_large', '514'),
  orange('policy_rejected', '630'),

  // --- Facebook: XXX-P1 (permanent) and XXX-T1 (temporary), https://www.facebook.com/postmaster/response_codes
  facebook('recipient_unknown', /(?:rcp-p1|int-p[134])/, ['rcp-p', 'int-p']),
  facebook('recipient_filtered', /rcp-p[23]/, ['rcp-p']),
  facebook('mailbox_disabled', /rcp-t4/, ['rcp-t']),
  facebook('mailbox_full', /int-p7/, ['int-p']),
  facebook('receiver_system_error', /rcp-t1/, ['rcp-t']),
  facebook('message_too_large', /(?:msg-p1|int-p2)/, ['msg-p', 'int-p']),
  facebook('content_rejected', /msg-p2/, ['msg-p']),
  facebook('not_rfc_compliant', /msg-p3/, ['msg-p']),
  facebook('receiver_rate_limited', /(?:con-t[1-4]|msg-t1)/, ['con-t', 'msg-t']),
  facebook('sender_rejected', /dns-(?:p[12]|t1)/, ['dns-p', 'dns-t']),
  facebook('sender_ptr_missing', /dns-(?:p3|t2)/, ['dns-p', 'dns-t']),
  facebook('sender_blocked', /pol-(?:p[1-4]|t[1-3])/, ['pol-p', 'pol-t']),
  facebook('virus_detected', /pol-p5/, ['pol-p']),
  facebook('rejected_as_spam', /pol-p6/, ['pol-p']),
  facebook('sender_authentication_failed', /pol-p7/, ['pol-p']),
  facebook('policy_rejected', /pol-p8/, ['pol-p']),

  // --- GoDaddy (secureserver.net): IBxxx codes, https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685
  { reason: 'security_rejected', pattern: /\bib401\b/, needs: ['ib401'] },
  { reason: 'not_rfc_compliant', pattern: /\bib50[12]\b/, needs: ['ib50'] },
  { reason: 'sender_rejected', pattern: /\bib506\b/, needs: ['ib506'] },
  { reason: 'sender_authentication_failed', pattern: /\bib508\b/, needs: ['ib508'] },
  { reason: 'sender_ptr_missing', pattern: /\bib108\b/, needs: ['ib108'] },
  { reason: 'rejected_as_spam', pattern: /\bib212\b/, needs: ['ib212'] },
  { reason: 'virus_detected', pattern: /\bib705\b/, needs: ['ib705'] },
  {
    reason: 'receiver_rate_limited',
    pattern: /\bib(?:007|101|504|510|60[57])\b/,
    needs: ['ib00', 'ib10', 'ib5', 'ib60'],
  },
  { reason: 'sender_blocked', pattern: /\bib1(?:0[4-6]|1[0-3])\b/, needs: ['ib10', 'ib11'] },
  { reason: 'sender_bad_reputation', pattern: /\bib103\b/, needs: ['ib103'] },

  // --- Mimecast, https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754
  { reason: 'sender_authentication_failed', phrases: ['sender invalid - envelope rejected'] },
  {
    reason: 'sender_bad_reputation',
    phrases: [
      'local ct ip reputation',
      'internal resources are temporarily unavailable',
      'internal resource temporarily unavailable',
    ],
  },
  {
    reason: 'sender_rejected',
    phrases: [
      'administrative prohibition envelope blocked',
      'envelope blocked - user',
      'manually blocked senders',
      'blocked senders - block policy',
      'block policy for envelope from address',
    ],
  },
  {
    reason: 'policy_rejected',
    phrases: [
      'anti-spoofing policy',
      'content examination policy',
      'host network not allowed',
      'host network, not allowed',
    ],
  },
  { reason: 'virus_detected', phrases: ['email rejected due to security policies'] },
  { reason: 'rejected_as_spam', phrases: ['mcspamsignature'] },
  {
    reason: 'tls_failed',
    phrases: ['this route requires', 'configuration is invalid for this certificate'],
  },
  { reason: 'message_too_large', phrases: ['maximum email size exceeded'] },
  { reason: 'relay_denied', phrases: ['open relay not allowed', 'open relay is not allowed'] },
  { reason: 'domain_not_accepting_mail', phrases: ['account inbounds disabled'] },
  { reason: 'delivery_failed', phrases: ['account outbounds disabled'] },
  { reason: 'network_error', phrases: ['incorrect hostname used for inbounds'] },
  { reason: 'security_rejected', phrases: ['submitter failed to authenticate'] },
  {
    reason: 'receiver_rate_limited',
    phrases: ['account service is temporarily unavailable', 'exceeding outbound thread limit'],
  },
  {
    reason: 'receiver_system_error',
    phrases: [
      'unable to process connection at this time',
      'unable to process an email at this time',
      'message ended early',
    ],
  },

  // --- Tencent (QQ Mail), https://service.mail.qq.com/detail/122
  { reason: 'sender_blocked', phrases: ['suspected bounce attacks', 'suspected spam ip'] },
  { reason: 'sender_rejected', phrases: ['mail is rejected by recipients'] },
  { reason: 'rejected_as_spam', phrases: ['spam is embedded in the email', 'mail content denied'] },
  { reason: 'mailbox_disabled', phrases: ['is a deactivated mailbox'] },
  {
    // "denined" is how Tencent (detail/122/166) and Sisimai spell it: a sending rate limit.
    reason: 'receiver_rate_limited',
    phrases: [
      'ip frequency limited',
      'domain frequency limited',
      'sender frequency limited',
      'connection frequency limited',
      'frequency of receiving messages is limited',
      'mailbox unavailable or access denined',
    ],
  },

  // --- Yahoo (and AOL): [TSSxx] codes, https://senders.yahooinc.com/smtp-error-codes
  {
    // "[TSS09] All messages from 192.0.2.1 will be permanently deferred" (Sisimai: Rejected).
    reason: 'sender_rejected',
    phrases: ['unresolvable rfc.5321'],
    pattern: /\btss(?:09|11)\b/,
    needs: ['tss'],
  },
  {
    // "[TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user
    // complaints": Yahoo defers an IP whose mail its users complain about. Sisimai's own
    // tables say BadReputation for it (and Rejected in one place); it is not a rate limit.
    reason: 'sender_bad_reputation',
    pattern: /\btss04\b/,
    needs: ['tss04'],
  },

  // --- Microsoft 365 and Outlook.com: Exchange Online NDR texts,
  // https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
  // and Outlook.com's own codes (RP-001, SC-001, DY-001, OU-001),
  // https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx
  // RP-001/002/003: "exceeded the rate limit / connection limit allowed" (the limit is set
  // from the IP's reputation, but what the receiver asks is to send slower); SC-001 and
  // OU-002: "rejected for policy reasons … IP/domain reputation".
  facebook('receiver_rate_limited', /rp-00[1-3]/, ['rp-00']),
  facebook('sender_bad_reputation', /(?:sc-001|ou-002)/, ['sc-001', 'ou-002']),
  {
    reason: 'sender_blocked',
    phrases: [
      'access denied, bad helo',
      'access denied, rejected by recipient',
      'does not accept email over ipv6',
    ],
    pattern: /(?<![\w.-])(?:sc-00[34]|dy-001|ou-001)(?![\w-]|\.\w)/,
    needs: ['sc-00', 'dy-001', 'ou-001'],
  },
  {
    reason: 'policy_rejected',
    phrases: ['x-dg-ref header is too long'],
    pattern: /(?<![\w.-])sc-002(?![\w-]|\.\w)/,
    needs: ['sc-002'],
  },
  // "The likely cause is a compromised or virus infected server" (Sisimai: VirusDetected).
  facebook('virus_detected', /dy-002/, ['dy-002']),
  { reason: 'mailbox_disabled', phrases: ['access denied, banned recipient'] },
  { reason: 'receiver_rate_limited', phrases: ['has exceeded permitted limits within'] },
  {
    reason: 'domain_not_accepting_mail',
    phrases: ['hosted tenant which has no mail-enabled subscriptions'],
  },
  {
    reason: 'recipient_unknown',
    phrases: [
      'recipient address reserved by rfc 2606',
      'recipient addresses in single label domains not accepted',
    ],
  },
  {
    // DANE and MTA-STS failures of Exchange Online's outbound connection.
    reason: 'tls_failed',
    phrases: [
      'starttls-not-supported:',
      'certificate-expired:',
      'tlsa-invalid:',
      'dnssec-invalid:',
      'certificate-host-mismatch:',
      'failed mta-sts validation',
    ],
  },
  {
    reason: 'receiver_system_error',
    phrases: [
      'suspiciousremoteservererror',
      'pfa agent busy',
      'message failed to be replicated',
      'journaling archive is disabled',
    ],
  },

  // --- T-Online (Deutsche Telekom), https://postmaster.t-online.de/index.en.html §4.6–4.7:
  // "554 IP=<ip> - A problem occurred. (…) (BL)" is its block list; "(NOWL)" an IP without
  // reputation, "(DIAL)" a dial-up range, both read by the general rules from their words.
  {
    reason: 'sender_blocked',
    pattern: /\bip=[\d.:a-f]{3,45} - .{0,200}\(bl\)/,
    needs: ['ip='],
  },

  // --- Gmail and Google Workspace, https://support.google.com/a/answer/3726730
  {
    reason: 'sender_authentication_failed',
    phrases: [
      'spf record of the sending domain has one or more suspicious entries',
      'has an spf record with a hard fail policy',
      'fails to pass spf checks',
      'aligned with either the authenticated spf or dkim',
      'add a dmarc record to',
    ],
  },
  {
    reason: 'sender_blocked',
    phrases: [
      'ip not in whitelist for rcpt domain',
      'helo/ehlo argument is invalid',
      'empty helo/ehlo argument not allowed',
    ],
  },
  {
    reason: 'sender_ptr_missing',
    phrases: ['does not match the ip address of the hostname specified in the pointer'],
  },
  { reason: 'sender_rejected', phrases: ['mail sending denied'] },
  { reason: 'relay_denied', phrases: ['mail relay denied', 'invalid credentials for relay'] },
  {
    reason: 'message_too_large',
    phrases: [
      "google's message size limit",
      "google's message header size limit",
      "exceeds google's limit of",
      "exceeds google's header name limit",
      'bytes per individual header size',
    ],
  },
  {
    reason: 'not_rfc_compliant',
    phrases: [
      'unicode character in a disallowed header',
      'encoded-word syntax is not permitted',
      'mail message is malformed',
    ],
  },
  {
    reason: 'policy_rejected',
    phrases: ['illegal attachment on your message', 'sending messages with the same message-id'],
  },
  { reason: 'security_rejected', phrases: ['no identity changes permitted'] },
  { reason: 'smtp_syntax_error', phrases: ['smtp protocol violation'] },
  { reason: 'receiver_system_error', phrases: ['domain policy size per transaction exceeded'] },

  // --- Broadcom (Symantec) Email Security.cloud, formerly MessageLabs,
  // https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html
  { reason: 'sender_authentication_failed', phrases: ['domain authentication fail'] },
  {
    reason: 'sender_bad_reputation',
    pattern: /connection rejected by policy \[\d{1,2}\.\d{1,2}\]/,
    needs: ['connection rejected by policy'],
  },
  { reason: 'sender_blocked', phrases: ['your ip is in the pbl'] },
  {
    reason: 'sender_rejected',
    phrases: [
      'sender envelope domain not allowed for sender ip address',
      'your domain has been blocked',
      'your domain has been blacklisted',
      'your email address has been blocked',
      'your envelope sender is in my badmailfrom list',
    ],
  },
  { reason: 'relay_denied', phrases: ['as a relay, but i have not been configured'] },
  { reason: 'tls_failed', phrases: ['tls/sslv3 connection required'] },
  { reason: 'content_rejected', phrases: ['stray linefeeds in message'] },
  { reason: 'not_rfc_compliant', phrases: ['requested action aborted [4]'] },
  { reason: 'rejected_as_spam', phrases: ['filtered by outbound scanning'] },
  { reason: 'recipient_unknown', phrases: ['recipient mailbox is not allowed'] },

  // --- Zoho Mail, https://smtpfieldmanual.com/provider/zoho
  { reason: 'sender_blocked', phrases: ['greylisted, try again after some time'] },
  {
    reason: 'sender_rejected',
    phrases: ['reason: email flagged as spam', 'mail rejected by destination domain'],
  },
  { reason: 'policy_rejected', phrases: ['mailbox delivery restricted by policy error'] },
  { reason: 'virus_detected', phrases: ['detected by zoho mail'] },

  // --- i.ua: a link to the code's page, https://mail.i.ua/err/<code>/
  { reason: 'relay_denied', pattern: /\.i\.ua\/err\/[16]\//, needs: ['i.ua/err/'] },
  { reason: 'recipient_unknown', pattern: /\.i\.ua\/err\/2\//, needs: ['i.ua/err/'] },
  { reason: 'mailbox_disabled', pattern: /\.i\.ua\/err\/3\//, needs: ['i.ua/err/'] },
  { reason: 'mailbox_full', pattern: /\.i\.ua\/err\/4\//, needs: ['i.ua/err/'] },
  { reason: 'receiver_rate_limited', pattern: /\.i\.ua\/err\/5\//, needs: ['i.ua/err/'] },
  { reason: 'sender_blocked', pattern: /\.i\.ua\/err\/[79]\//, needs: ['i.ua/err/'] },
  { reason: 'sender_rejected', pattern: /\.i\.ua\/err\/8\//, needs: ['i.ua/err/'] },
  { reason: 'recipient_filtered', pattern: /\.i\.ua\/err\/10\//, needs: ['i.ua/err/'] },
];

/** Spectrum's AUP codes: "AUP#1260", "AUP#I-1260", "AUP#In-1260"; `codes` is an alternation. */
function spectrum(reason: Reason, codes: string): TextRule {
  return { reason, pattern: new RegExp(`\\baup#[a-z]{0,3}-?(?:${codes})\\b`), needs: ['aup#'] };
}

/** Orange, Wanadoo and La Poste codes: "OFR_416", "OFR004_405", "LPN007_420", "LPNAAA_101". */
function orange(reason: Reason, codes: string): TextRule {
  return {
    reason,
    pattern: new RegExp(`\\b(?:ofr|lpn|ouk)(?:aaa|\\d\\d\\d)?_?(?:${codes})\\b`),
    needs: ['ofr', 'lpn', 'ouk'],
  };
}

/**
 * Facebook's codes ("RCP-P1", "POL-T2"), not inside a host name or a longer code
 * ("pol-p3.example.net", "rcp-p10").
 */
function facebook(reason: Reason, code: RegExp, needs: readonly string[]): TextRule {
  return { reason, pattern: new RegExp(`(?<![\\w.-])${code.source}(?![\\w-]|\\.\\w)`), needs };
}
