import type { Reason } from '../reasons/reason';

/**
 * What receivers write when they refuse, phrase by phrase (research/reasons.md §3
 * and Sisimai's `Reason/*.pm` lists). Each rule is a list of lowercase phrases
 * matched with `includes` on the normalised text (lowercase, one space between
 * words), plus at most one bounded regex for phrases whose words vary. No rule can
 * backtrack catastrophically: the regexes have no nested quantifiers and every gap
 * is bounded.
 *
 * Order matters: the first rule that matches decides. The more specific a rule,
 * the earlier it stands ("sender address rejected: user unknown" is about the
 * sender; "listed at spamhaus" is a block list, not spam content).
 */
export interface TextRule {
  readonly reason: Reason;
  readonly phrases?: readonly string[];
  readonly pattern?: RegExp;
  /**
   * Words without which the pattern cannot match (each of its alternatives contains one):
   * the pattern runs only on texts that contain one of them.
   */
  readonly needs?: readonly string[];
}

/**
 * Our own login at the submission server failed. Checked after the SPF/DKIM/DMARC
 * rule, because "DMARC authentication failed" is about the sender's domain, not
 * about our credentials.
 */
export const inboxAuthRule: TextRule = {
  reason: 'inbox_auth_failed',
  phrases: [
    'username and password not accepted',
    'authentication unsuccessful',
    'authentication failed',
    'authentication failure',
    'authentication credentials invalid',
    'authentication required',
    'authentication is required',
    'authentication mechanism is too weak',
    'application-specific password required',
    'log in through your web browser',
    'smtpclientauthentication',
    'client not authenticated',
    'client was not authenticated',
    'invalid login',
    'invalid credentials',
    'bad username or password',
    'incorrect authentication data',
    'password transition',
    'must be authenticated',
    'not authenticated',
  ],
};

/** Rules that beat every status code: they name the cause better than any code does. */
export const strongRules: readonly TextRule[] = [
  // --- The submission server speaking about our own account (never in a bounce). ---
  {
    reason: 'provider_rate_limited',
    phrases: [
      'daily user sending limit exceeded',
      'daily sending quota exceeded',
      'daily smtp relay limit exceeded',
      'peak smtp relay limit exceeded',
      'submissionquotaexceeded',
      'submission quota exceeded',
      'sender thread limit exceeded',
      'concurrent connections limit exceeded',
      'reached your daily limit for message recipients',
      'message submission rate for this client has exceeded',
      'tenant has exceeded threshold',
      'too many login attempts',
    ],
  },
  {
    // Exchange Online: our own mailbox is over its quota and may no longer send.
    reason: 'sender_mailbox_full',
    pattern: /storedrv\.submission.{0,80}quotaexceeded/,
    needs: ['storedrv'],
  },
  {
    reason: 'send_as_denied',
    phrases: [
      'sendasdenied',
      'send as denied',
      'permissions to send as this sender',
      'not allowed to send as',
      'not authorized to send as',
      'not owned by user',
      'not owned by auth user',
      'sending from unregistered domains',
      'email address is not verified',
      "'send mail as'",
      'send mail as feature',
      'identities failed the check',
    ],
  },
  {
    reason: 'inbox_suspended',
    phrases: [
      'spam abuse detected',
      'bad outbound sender',
      'sending account has been banned',
      'your account has been suspended',
      'account has been disabled for sending',
    ],
  },
  {
    reason: 'tls_failed',
    phrases: [
      'starttls',
      'tls required',
      'tls is required',
      'requiretls',
      'tls handshake',
      'tls negotiation',
      'tls connection',
      'must use tls',
      'encryption required',
      'encryption needed',
      'tlsa record',
      'mta-sts',
      'ssl routines',
      'certificate verify failed',
    ],
  },
  // --- Phrases that would otherwise be taken by a broader word of a later rule. ---
  {
    // "Duplicate header 'DKIM-Signature'": the message breaks RFC 5322, not a DKIM check.
    reason: 'not_rfc_compliant',
    phrases: ['duplicate header'],
  },
  {
    // The receiver wants our client to log in before it relays or accepts (Sisimai SecurityError),
    // or refuses what its security policy forbids; not our own login ("authentication required").
    reason: 'security_rejected',
    phrases: [
      'unauthenticated senders not allowed',
      'unauthenticated senders are not allowed',
      'turn on smtp authentication',
      'authentication turned on in your email client',
      'not authorized to send mail, authentication is required',
      "you don't authenticate",
      'could not retrieve credentials',
      'account not subscribed to ses',
      'executable files are not allowed',
      'is a dead domain',
    ],
  },
  {
    // MailEnable and Sendmail refuse to relay for a client that did not log in: not a login
    // that failed.
    reason: 'relay_denied',
    phrases: [
      'requires authentication when attempting to send to a non-local',
      'relaying denied. proper authentication required',
      // Sendmail's proto.m4: "Relaying denied. IP name lookup failed [ip]" and "… IP name
      // possibly forged [ip]": the refusal is of the relay, the lookup only why it is not allowed.
      'relaying denied. ip name',
    ],
  },
  {
    // cPanel's Exim for an unrouteable address: "The account or domain may not exist, they may
    // be blacklisted, or missing the proper dns entries" names the domain first.
    reason: 'recipient_domain_unknown',
    phrases: ['the account or domain may not exist'],
  },
  {
    // The address (not the client's IP) is on the receiver's list, or the sender is named a
    // spammer: about the envelope sender, not the content.
    reason: 'sender_rejected',
    phrases: [
      'address that has been blacklisted',
      'address has been blacklisted',
      'sender blacklisted',
      'sender is in my black list',
      'sender is spammer',
      'reject spammers',
      'from a spammer is rejected',
      'spam reporting address',
      'this server does not accept mail from',
      // RFC 7505 §4.2: "550 5.7.27 Sender address has null MX" (its "null mx" is the sender's).
      'sender address has null mx',
    ],
  },
  {
    // The client (its IP or host), not the message, is what the receiver refuses.
    reason: 'sender_blocked',
    phrases: ['client host rejected: was not authenticated'],
  },
  {
    // Links and words of spam filters that name a list or a virus too.
    reason: 'rejected_as_spam',
    phrases: ['help_spam_16', 'blacklisted url', 'spam or virus', 'spam/virus', 'rule imposed as'],
  },
  {
    // The count of Received: headers is a check of the message (Exim: "Too many "Received"
    // headers - suspected mail loop"), and so is the header's size.
    reason: 'content_rejected',
    phrases: [
      'too many "received" headers',
      'too many received: headers',
      'header size exceeds maximum permitted',
    ],
  },
  {
    reason: 'policy_rejected',
    phrases: [
      'recipient is not accepting mail with',
      'do not accept messages containing images or other attachments',
    ],
  },
  {
    // The receiving host's own set-up failed: its MX loops back to itself, a directory (LDAP)
    // lookup or a local program broke, a read waited too long.
    reason: 'receiver_system_error',
    phrases: [
      'loops back to myself',
      'it would create a mail loop',
      'loop was found in the mail exchanger',
      'aliasing/forwarding loop broken',
      'loop alert:',
      'loop back warning',
      'detected a loop condition',
      'dns violates rfc 1035',
      'timeout waiting for input',
      'search on ldap server',
      'unable to contact ldap server',
      'unable to login into ldap server',
      'in ldap attribute',
      'ldap attribute is not given',
      'temporary failure in ldap lookup',
      'homedir creat',
      'while executing qmail-forward',
      'too many results returned but needs to be unique',
    ],
  },
  {
    // qmail: the recipient's disk, not the mailbox quota ("mailbox unavailable (not enough free space)").
    reason: 'receiver_system_full',
    phrases: ['not enough free space'],
  },
  {
    // "User has too many messages on the server": the mailbox holds too much, not a rate.
    reason: 'mailbox_full',
    phrases: ['too many messages on the server'],
  },
  {
    // qmail-send's give-up after its queue lifetime, when every attempt found no host to talk
    // to ("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try
    // again; this message has been in the queue too long."): the delivery expired.
    reason: 'delivery_expired',
    pattern: /able to establish an smtp connection.{0,80}not going to try again/,
    needs: ['establish an smtp'],
  },
  {
    // A cause of the failure named next to the give-up ("Message expired, DNS query failed";
    // "wasn't able to establish an SMTP connection … in the queue too long"): the cause wins.
    reason: 'network_error',
    phrases: [
      'dns query failed',
      "wasn't able to establish an smtp connection",
      'was not able to establish an smtp connection',
      'unable to establish an smtp connection',
    ],
  },
  // --- The sender's standing with the receiver. ---
  {
    reason: 'sender_authentication_failed',
    phrases: [
      'sender is unauthenticated',
      'unauthenticated email',
      'sender policy framework',
      'authentication level',
      'authentication checks',
      'arc validation',
      'spf check: fail',
      'spf=fail',
      'spf= fail',
      'dkim=fail',
      'dmarc=fail',
      'senderid',
      'sender id (pra)',
      'spf.pobox.com',
      'inspect your spf settings',
      "doesn't meet the authentication requirements",
    ],
    pattern:
      /\bbad spf|\bper (?:it'?s|its|the) spf record|\b(?:spf|dkim|dmarc)\b.{0,60}\b(?:fail|did not pass|does not pass|not pass|violation|validation|verification|policy|softfail|invalid|reject|alignment)|\b(?:fail(?:s|ed|ing)?(?: to pass)?|did not pass|does not pass|violat\w*)\b.{0,40}\b(?:spf|dkim|dmarc)\b/,
    needs: ['spf', 'dkim', 'dmarc'],
  },
  // Exchange: the recipient (a group) accepts only senders authenticated inside the organisation.
  { reason: 'security_rejected', phrases: ['resolver.rst.authrequired'] },
  inboxAuthRule,
  {
    reason: 'sender_ptr_missing',
    phrases: [
      'ptr record',
      'ptr-record',
      'ptr resource record',
      'reverse dns',
      'reverse-dns',
      'rdns',
      'reverse lookup',
      'reverse hostname',
      'reverse dns lookup',
      'no ptr',
      'cannot find your hostname',
      'ip name lookup failed',
      'unresolvable relay host name',
      'your address has no dns name',
      'does not point to the sending ip',
      'mismatches client ip',
      // "service permits 2 unverifyable sending IPs - <host> is not <ip>": the client's name
      // does not resolve to its address (one report; the words say so in either spelling).
      'unverifyable sending ip',
      'unverifiable sending ip',
      'generic dns ptr',
      'host name of your ip',
      'hostname verification',
      'cannot resolve your address',
      'cannot resolve your hostname',
    ],
  },
  {
    // Postfix's reject_rbl_client and its imitators: "Client host [ip] blocked using <list>"
    // names a DNS block list, whatever the list is called ("Barracuda Reputation").
    reason: 'sender_blocked',
    phrases: ['blocked using'],
  },
  {
    // Yahoo defers an IP its users complain about ("unexpected volume or user complaints").
    reason: 'sender_bad_reputation',
    phrases: [
      'reputation',
      'sender score',
      'senderscore',
      'deferred due to unexpected volume or user complaints',
    ],
  },
  {
    reason: 'receiver_rate_limited',
    phrases: [
      'receiving mail too quickly',
      'receiving mail at a rate',
      'too many connections',
      'too many concurrent',
      'too many simultaneous',
      'too many recipients',
      'too many messages',
      'too many mails',
      'too many sessions',
      'try again slower',
      'try later slower',
      'rate limit',
      'rate-limit',
      'ratelimit',
      'throttl',
      'excessive volume',
      'unexpected volume',
      'message receive limit',
      'recipient thread limit exceeded',
      'max message per connection',
      'maximum number of connections',
      'connection rate',
      'sending rate',
      'exceeded the rate',
      'too fast',
      'frequency limited',
      'too frequently',
      'too many smtp sessions',
      'too many errors from your ip',
      'trop de connexions',
      'max emails per hour',
      'numerous attempts to deliver this message',
      'resolver.adr.reciplimit',
    ],
    pattern: /\bconnection(?:s)? (?:count |per \w+ )?(?:limit|exceeded)/,
    needs: ['connection'],
  },
  {
    // Block lists and IP/host blocks; before spam, since "listed at Spamhaus" is not spam content.
    reason: 'sender_blocked',
    phrases: [
      'spamhaus',
      'spamcop',
      'barracuda',
      'sorbs',
      'dnsbl',
      'blacklist',
      'black list',
      'blocklist',
      'block list',
      'blocked using',
      'banned sending ip',
      'connections will not be accepted',
      'unusual rate of unsolicited mail',
      'traffic not accepted from this ip',
      'client host blocked',
      'client host rejected',
      'your ip address has been blocked',
      'ip address is blocked',
      'has been blocked by',
      'sending ip',
      'your ip',
      'ip blocked',
      'ip address blocked',
      'permanently deferred',
      'mail from your ip',
      'blocked due to',
      'helo command rejected',
      'rejected because of your ip',
      'not accept mail from your',
      'access denied, traffic',
      'on our block list',
      'smtp server of your isp',
      'dynamic ip',
      'dial-up',
      'dialup',
      'residential ip',
      'sender ip address',
      'your access ip',
      'bad ip profile',
      'invalid ip for sending mail',
      'listed as abusive',
      // Sisimai's Blocked list (Outlook.com's SC-004 text names the IP's unwanted mail).
      'too many unwanted messages',
      'currently sending spam',
      'spam ips blocked',
      'you are sending spam',
      'looks suspiciously like spammer',
      'open proxy',
      'esmtp not accepting connections',
      // "… which is an open relay": the client is a known open relay (ORDB-style lists).
      'is an open relay',
      'confirm this mail server',
      'server requires confirmation',
      'has not passed validation',
      'refused - see http',
      'go away',
    ],
    // Outlook.com: "messages from 192.0.2.1 weren't sent" (S3150 and kin); "mail from 192.0.2.1
    // refused"; Exchange Online 5.7.513 and Postfix "Client host [192.0.2.1] blocked by …"; Yahoo's "messages from 192.0.2.1 temporarily deferred due to user complaints".
    // "Not listed in" is a directory's word for an unknown user (Domino), not a block list.
    pattern:
      /(?:messages|mail) from \[?[\d.]+\]? (?:weren't sent|refused|temporarily deferred due to user complaints)|\b(?:rbl|bl\d\d|rbls)\b|(?<!not )listed (?:in|on|at|by)\b|client host \[[\w.:]{1,45}\] (?:blocked|rejected)/,
    needs: ['messages from', 'mail from', 'bl', 'listed', 'client host'],
  },
  {
    reason: 'virus_detected',
    phrases: ['virus', 'malware', 'infected', 'trojan', 'potentially executable attachment'],
  },
  {
    reason: 'not_rfc_compliant',
    phrases: [
      'rfc 5322',
      'rfc5322',
      'rfc 2822',
      'rfc2822',
      'rfc 822',
      'rfc822 ',
      'rfc-822',
      'not rfc compliant',
      'not compliant with',
      'does not conform',
      'missing a valid',
      'multiple from',
      'bare lf',
      'bare linefeed',
      'bare cr',
      'header are not accepted',
      'headers are not accepted',
      'duplicate header',
      'duplicated message-id',
      'rfcmessagenoncompliant',
      // A message line longer than RFC 5322's 998 characters (Exim: "message has lines too
      // long for transport"); a command line too long is smtp_syntax_error's "line too long".
      'lines too long',
    ],
  },
  {
    reason: 'rejected_as_spam',
    phrases: [
      'spam',
      'unsolicited',
      'junk mail',
      'bulk mail',
      'content filter',
      'suspicious',
      'phish',
      'scam',
      'unwanted mail',
      'message content rejected',
      'classified as',
      'blocked by ironport',
      'blacklisted url',
      'uribl',
      'surbl',
      'bulk email',
      'bulk e-mail',
      'bulk.advertising',
      'reject, id=',
      'mail score (',
      'unacceptable content',
      'banned content',
      'rejecting mail content',
      'blocked by our filter',
      'recurrent pattern detection',
      'our system has detected that this message is',
    ],
  },
  // --- The receiving mailbox and domain. ---
  {
    reason: 'suppressed_by_provider',
    phrases: [
      'suppression list',
      'suppressionlist',
      'has suppressed sending',
      'address is suppressed',
      'recipient is suppressed',
      'previously bounced',
      'previously hard bounced',
      'inactive recipient',
      'marked as inactive',
    ],
  },
  {
    reason: 'mailbox_full',
    phrases: [
      'mailbox full',
      'mailbox is full',
      'mailbox size limit exceeded',
      'mailbox has exceeded',
      'mailbox exceeded',
      "recipient's mailbox exceeded",
      'mailbox exceeds',
      'mailbox quota',
      'mailbox would exceed',
      'mail box full',
      'mailfolder is full',
      'inbox is full',
      'inbox is out of storage',
      'out of storage space',
      'over quota',
      'overquota',
      'quota exceeded',
      'quotaexceeded',
      'quota exceed',
      'exceeded storage',
      'exceeds storage',
      'exceeded its quota',
      'exceed the quota',
      'quota full',
      'quota violation',
      'disk quota',
      'user has exceeded',
      'account is full',
      'account is over',
      'full mailbox',
      'not enough storage space in',
      'is full',
      'storage allocation',
      'error writing message: file too large',
      'insufficient storage space',
      'exceeding receiving limits',
      'boite du destinataire pleine',
      'too much mail data',
      'space has been used up',
    ],
  },
  {
    reason: 'message_too_large',
    phrases: [
      'line limit exceeded',
      'message too large',
      'message too big',
      'message is too large',
      'message is too big',
      'mail too large',
      'email too large',
      'message size exceeds',
      'message size limit',
      'message size exceeded',
      'message exceeds',
      'message length exceeds',
      'message file too big',
      'size limit',
      'size exceeds',
      'exceeds size',
      'exceeds the maximum',
      'exceeded the maximum',
      'max message size',
      'maximum message size',
      'larger than the maximum',
      'larger than the current system limit',
      'exceeds the size',
      'too large for',
      'size of the message',
      'maximum inbound message size',
      'maximum incoming message size',
      'maximum size the user accepts',
      'taille limite du message',
      'resolver.rst.recipsizelimit',
    ],
  },
  {
    reason: 'recipient_moved',
    phrases: [
      'has been replaced by',
      'mailbox has moved',
      'address has moved',
      'has moved to',
      'user has moved',
      'no longer at this address',
      'address has changed',
    ],
  },
  {
    reason: 'domain_not_accepting_mail',
    phrases: [
      'does not accept mail',
      "doesn't accept mail",
      'does not accept e-mail',
      'not accepting mail',
      'not accepting network messages',
      'accepts no mail',
      'null mx',
      'nullmx',
      'no mail service',
      'does not receive mail',
      'not configured to receive mail',
      'domain is not accepting',
      'mail receiving disabled',
      'no route for current request',
      'indicated no smtp service',
      'no host found for existing smtp connection',
      'seem to reject all mails',
      'no mx found for',
    ],
  },
  {
    reason: 'relay_denied',
    phrases: [
      'relay access denied',
      'relaying denied',
      'relay denied',
      'relay not permitted',
      'relaying not permitted',
      'relay prohibited',
      'relaying prohibited',
      'relaying not allowed',
      'relay not allowed',
      'not permitted to relay',
      'not allowed to relay',
      'unable to relay',
      'cannot relay',
      "can't relay",
      'we do not relay',
      'no relaying',
      'relaying disallowed',
      'relaying mail to',
      'relay rejected',
      'invalid credentials for relay',
      'allowed rcpthost',
      'not a gateway',
      'relay access',
      'is not authorized to send email directly to our servers',
      'as a relay',
      'insecure mail relay',
      'not an open relay',
      'configured to relay',
      'smtp relay error',
      'not local host',
      "we don't handle mail for",
      'specified domain is not allowed',
    ],
  },
  {
    reason: 'sender_rejected',
    phrases: [
      'sender address rejected',
      'sender rejected',
      'sender verify failed',
      'sender verification failed',
      'sender address verification',
      'domain of sender address',
      'sender domain',
      'sender not allowed',
      'sender is not allowed',
      'invalid sender',
      'bad sender',
      'unknown sender',
      'sender unknown',
      'sender denied',
      'sender refused',
      'from address rejected',
      'mail from address',
      'envelope sender',
      'return path',
      'return-path',
      'senders address',
      "sender's address",
      'sender address is',
      'your sender',
      'from: address',
      'address of sender',
      'email address of the sender',
      'mail from rejected',
      'refused to accept the mail from',
      'not a member of',
      'permission to post',
      'your envelope sender',
      'sender email address rejected',
      'sender not pre-approved',
      'sender was rejected',
      'unroutable sender address',
      'empty email address',
      'bogus mail from',
      'returned mail not accepted here',
      'no third-party dsns',
      'unsigned dsn',
      'batv',
      'backscatter protection',
      "isn't on the recipient's list of senders",
      "can't determine purported responsible address",
      'bouncedeny',
      'valid-address-filter',
      'delivery not authorized, message refused',
      'e2110',
      'senderfilterconfig',
      'emetteur invalide',
      'envelope blocked',
      'provide a valid from',
      'fully qualified email address required',
      'invalid domain, see <url:',
      'registered gateway user',
      'recursive cname records',
      'rule imposed mailbox access for',
      'submit messages to this e-mail system',
      'not allowed to post',
      'are not member',
      'not member article',
      'reject mail from',
    ],
  },
  {
    // A resolver that failed for now (SERVFAIL, a time-out) is not a domain that does not exist.
    reason: 'network_error',
    phrases: [
      'name server reply',
      'temporary dns',
      'servfail',
      'host not found, try again',
      'hop count exceeded',
      'too many hops',
      'routing loop',
      'mail loop',
      'forwarding loop',
    ],
  },
  {
    // Gmail gave up after the receiving server refused every connection.
    reason: 'delivery_expired',
    phrases: ['did not accept our requests to connect', 'message expired', 'delivery time expired'],
  },
  {
    // The receiving host's local delivery program failed (Sisimai MailerError).
    reason: 'receiver_mailer_error',
    phrases: [
      'command died with status',
      'command failed:',
      'command output:',
      'pipe to |',
      'procmail',
      'maildrop',
      'local delivery program',
      ' || exit ',
      'mailer error',
      'mailer-error',
    ],
  },
  {
    // qmail when the domain has neither MX nor address records (a name it cannot find at
    // all is "couldn't find any host named"): the domain exists but takes no mail.
    reason: 'domain_not_accepting_mail',
    phrases: [
      "couldn't find a mail exchanger or ip address",
      // Sendmail and Yahoo for a domain whose MX is ".": a null MX.
      'name server: .: host not found',
      'no mx record found for domain=',
    ],
  },
  {
    reason: 'recipient_domain_unknown',
    phrases: [
      'host unknown',
      'unknown host',
      'host not found',
      'host or domain name not found',
      'domain not found',
      'domain name not found',
      'domain does not exist',
      "domain doesn't exist",
      'domain must exist',
      'no such domain',
      'unknown domain',
      'domain unknown',
      'name or service not known',
      'nxdomain',
      'unrouteable address',
      'unroutable address',
      'domain is not reachable',
      'mail domain mentioned in email address is unknown',
      'the account or domain may not exist',
      'domain is not valid',
      'invalid domain',
      'bad destination system',
      'no mx record',
      'host unreachable',
      'all host address lookups failed permanently',
      'mx records point to non-existent hosts',
      "couldn't find any host",
      'dns server returned answer with no data',
      'nonexistentdomain',
      'domain doesnt exist',
      'illegal host/domain name',
    ],
    // "553 mx.example.org does not exist": a host name (two dots or more), not a mailbox.
    pattern: /\bhost [\w.-]+ not found|(?:^|[\s:(])(?:[a-z0-9-]+\.){2,}[a-z]{2,} does not exist/,
    needs: ['not found', 'does not exist'],
  },
  {
    reason: 'mailbox_disabled',
    phrases: [
      'account disabled',
      'account is disabled',
      'account has been disabled',
      'mailbox disabled',
      'mailbox is disabled',
      'mailbox has been disabled',
      'has been disabled',
      'is disabled',
      'user disabled',
      'user is disabled',
      'suspended',
      'is currently suspended',
      'temporarily locked',
      'account is locked',
      'mailbox is frozen',
      'deactivated',
      'inactive user',
      'inactive account',
      'account is inactive',
      'mailbox is inactive',
      'mailbox inactive',
      'temporarily inactive',
      'archived recipient',
      'no longer accepts mail',
      'user is terminated',
      'account expired',
      'mailbox unavailable or access denied',
      'account is blocked',
      'recipient account is blocked',
      'is inactive',
      'temporary locked',
      'account that you tried to reach is disabled',
      'discontinued',
      'extended inactivity',
      'account is temporarily limited',
      'suspend the service',
      'boite du destinataire archivee',
      // qmail-ldap, in its several spellings of "administratively disabled".
      'mailaddress is administrativ',
    ],
  },
  {
    reason: 'recipient_unknown',
    phrases: [
      'user unknown',
      'unknown user',
      'user not found',
      'no such user',
      'no such mailbox',
      'no such recipient',
      'no such address',
      'no such person',
      'no such account',
      'recipient unknown',
      'unknown recipient',
      'recipient not found',
      'recipnotfound',
      'recipientnotfound',
      'user does not exist',
      "user doesn't exist",
      'user not exist',
      'mailbox not found',
      'mailbox does not exist',
      "mailbox doesn't exist",
      'mailbox not present',
      'no mailbox here',
      'mailbox unavailable',
      'invalid mailbox',
      'invalid recipient',
      'bad recipient',
      'unknown local part',
      'unknown or illegal alias',
      'addressee unknown',
      'address unknown',
      'address not found',
      'account that you tried to reach does not exist',
      "doesn't have a",
      'does not have an account',
      'inactive email address',
      'no account',
      'account does not exist',
      'unknown account',
      'non-existent',
      'nonexistent',
      'non existent',
      'recipient rejected',
      'recipient does not exist',
      'is not a valid mailbox',
      'not a valid recipient',
      'invalid address',
      'address invalid',
      'address is invalid',
      'bad address',
      'unknown address',
      'no valid recipients',
      'user invalid',
      'invalid user',
      'not listed in',
      'unknown alias',
      'alias unknown',
      'this user doesn',
      'the email account that you tried to reach does not exist',
      'does not exist here',
      'not a known user',
      'is not a valid user',
      'recipient name is not recognized',
      'invalid final delivery userid',
      'not a valid user',
      'user not known',
      'unknown mailbox',
      'mailbox invalid',
      'mailbox is unavailable',
      'mailbox unavaiable',
      'no mail box available for this user',
      'address not present in directory',
      'email address could not be found',
      "address couldn't be found",
      "user's email name is not found",
      'not found recipient account',
      'destination addresses were unknown',
      'destination server rejected recipients',
      'not an active address at this host',
      'there is no one at this address',
      'wrong or no longer valid',
      'rejected: account unavailable',
      "can't accept user",
      'recipient is not accepted',
      'recipient is not local',
      'recipient not ok',
      'not a local address',
      'not email addresses',
      'envelope recipient has been denied',
      'resolver.adr.recipient notfound',
      'unknown e-mail address',
      'unknown email address',
      'unknown local-part',
      'invalid or unknown virtual user',
      'user missing home directory',
      // qmail's lists of refused and of valid recipients.
      'badrcptto',
      'badrecipientto',
      'validrcptto',
      'utilisateur inconnu',
      'nessun utente simile',
      'no existe dicha persona',
      'no existe ese usuario',
      'weil die adresse nicht gefunden wurde',
      'no se encuentra en el directorio de domino',
      "l'annuaire domino",
    ],
    // "User x was not found", "No x in name directory" (Domino), "user (x) unknown".
    pattern:
      /\b(?:user|recipient) (?:[^ ]{1,64} )?was not found\b|\bno [^ ]{1,64} in name directory|\buser \([^ ()]{1,64}\) unknown/,
    needs: ['was not found', 'in name directory', ') unknown'],
  },
  {
    reason: 'recipient_filtered',
    phrases: [
      'filtered',
      'refused by recipient',
      'rejected by recipient',
      'blocked by the recipient',
      'blocked by recipient',
      'recipient has blocked',
      'user reject',
      'user refuses',
      'refuses to receive',
      'refuse to receive',
      'recipient preferences',
      "recipient's rules",
      'due to user rules',
      'only accepting mail from specific',
      'resolver.rst.notauthorized',
      // Exchange Online 5.7.124 "Sender not in allowed-senders list" (a group's restriction).
      'allowed-senders list',
      'allowed senders list',
      'not authorized to send to this recipient',
      'not authorized to send to this group',
      'restricted sms e-mail',
      'this account is protected',
      'account is protected by',
      'bounced address',
      'is not accepting any mail',
      'refuses to accept your mail',
      'cannot route mail to user',
    ],
  },
  // --- The message itself. ---
  {
    reason: 'content_rejected',
    phrases: [
      'improper use of 8-bit data',
      '8-bit data',
      'message header size',
      'header size',
      'header line',
      'invalid mime',
      'mime complexity',
      'mime header',
      'improperly-formatted',
      'improperly formatted',
      'base64 encoding',
      'attachment',
      'content rejected',
      'message content',
      'content type',
      'file type',
      'message rejected: duplicate',
      'too many received',
      'encoding',
      'conversion',
    ],
  },
  {
    reason: 'policy_rejected',
    phrases: [
      'local policy',
      'policy reasons',
      'policy violation',
      'violates',
      'violation of',
      'policy restriction',
      'external forwarding',
      'administrative prohibition',
      'policy rejection',
      'prohibited by policy',
      'rejected due to policy',
      'rejected for policy',
      'content policy',
      'acceptable use',
      'protocol violation',
      'header error',
      'non-member to a members-only list',
      'closed mailing list',
      'not subscribed to this group',
      'organizational settings',
      'message given low priority',
      'content presents a potential',
      'mass mailer',
    ],
  },
  // --- The receiving system and the way to it. ---
  {
    reason: 'receiver_system_full',
    phrases: [
      'insufficient system storage',
      'system storage',
      'mail system full',
      'system full',
      'disk full',
      'disk is full',
      'out of disk',
      'no space left',
      'not enough disk',
      'insufficient disk',
      'system is full',
      'queue full',
      'queue is full',
    ],
  },
  {
    reason: 'network_error',
    phrases: [
      'network error',
      'network is unreachable',
      'no route to host',
      'name server',
      'nameserver',
      'dns lookup',
      'dns error',
      'dns failure',
      'dns query',
      'temporary dns',
      'mx lookup',
      'lookup failure',
      'name service error',
      'routing loop',
      'mail loop',
      'forwarding loop',
      'loop detected',
      'too many hops',
      'hop count exceeded',
      'unable to route',
      'could not connect',
      'connection reset',
      'broken pipe',
      'lost connection',
      'connection lost',
      'connection closed',
      'connection dropped',
      'connection refused',
      'unrouteable mail domain',
      'host is unreachable',
      'unable to resolve route',
      'no valid route to',
      'routes to destination blocked',
      'address family mismatch',
      'could not retrieve source address',
      'dns records for the destination computer could not be found',
      'mxloopback',
      'message looping',
      'maximum hop count',
      // qmail: the MX names this host, which does not take the domain as its own.
      'listed as a best-preference mx',
    ],
  },
  {
    reason: 'delivery_expired',
    phrases: [
      'delivery time expired',
      'message expired',
      'has expired',
      'expired',
      'retry timeout exceeded',
      'retry time not reached',
      'timed out',
      'timeout',
      'time-out',
      'too long in the queue',
      'could not be delivered for',
      'has not been delivered for',
      'been unable to deliver',
      'giving up',
      'given up',
      'i gave up',
      'maximum time',
      'delivery attempts',
      'queue too long',
      'retry period',
      'no answer from host',
      'not delivered within',
      'still undelivered after',
      'will keep trying until',
    ],
    // "Delivery failed 20 attempts": the queue's count of tries, then it gave up.
    pattern: /\bdelivery failed (?:after )?\d+ attempts/,
    needs: ['delivery failed'],
  },
  {
    reason: 'smtp_syntax_error',
    phrases: [
      'syntax error',
      'command unrecognized',
      'command not recognized',
      'unrecognized command',
      'unrecognised command',
      'bad sequence of commands',
      'improper sequence of commands',
      'malformed address',
      'command not implemented',
      'parameter not implemented',
      'invalid command',
      'syntax of the command',
      'line too long',
      // Exim's address parser.
      'angle-brackets nested too deep',
      'expected word or "<"',
      'domain missing in source-routed address',
    ],
  },
  {
    reason: 'receiver_system_error',
    phrases: [
      'system error',
      'internal error',
      'server error',
      'local error',
      'configuration error',
      'config error',
      'misconfigured',
      'temporary local problem',
      'temporary server problem',
      'service unavailable',
      'service not available',
      'service currently unavailable',
      'resources temporarily unavailable',
      'interrupted system call',
      'error while being processed',
      'transaction failed',
      'operation now in progress',
      'no mdb',
      'could not load drd',
      'write error',
      "can't create user output file",
      'delivery to file forbidden',
      'delivery to pipe forbidden',
      'local delivery failed',
      'bad interpreter',
      'several matches found in domino directory',
      'resolver.adr.badprimary',
      'resolver.adr.invalidinsmtp',
      'resolver.adr.ambiguous',
    ],
  },
];

/**
 * A final-delivery agent or a receiver's directory saying the mailbox does not exist.
 * They speak for the mailbox itself, so no command is needed to trust them (see
 * `userUnknown` in classify-smtp-reply.ts).
 */
export const finalDeliveryRules: readonly TextRule[] = [
  {
    reason: 'recipient_unknown',
    phrases: [
      'the recipient name is not recognized', // Exchange's directory
      'invalid final delivery userid', // IMail
      'mail.local: unknown user', // BSD mail.local
      'vdeliver: invalid or unknown virtual user', // vpopmail
      'user missing home directory',
      // Yahoo checks the mailbox after DATA and says so with its own code "dd".
      "delivery error: dd this user doesn't have",
      // Domino's and Notes' directories.
      'not listed in domino directory',
      'not listed in public name & address book',
      // Google Workspace for a Google-hosted address that does not exist.
      "because the address couldn't be found",
    ],
  },
];

/**
 * Vague words, consulted only after a specific status code failed to decide: they
 * lean one way, but a "5.1.1" or "5.2.2" next to them says more.
 */
export const weakRules: readonly TextRule[] = [
  {
    // Postfix prefixes every RCPT restriction with it; the words after it say more.
    reason: 'recipient_unknown',
    phrases: [
      'does not exist',
      "doesn't exist",
      'not exist',
      'no mailbox',
      'recipient address rejected',
    ],
  },
  // The DSN's diagnostic type says the local delivery agent, not SMTP, failed.
  { reason: 'receiver_mailer_error', phrases: ['x-unix;', 'x-postfix;'] },
  {
    // A delay warning or a give-up that names no cause (Exim's "Delay reason:", a frozen
    // message); the code or the receiver's words after them say more when there are any.
    reason: 'delivery_expired',
    phrases: [
      'delay reason:',
      'no action is required on your part',
      'has been delayed',
      'has been frozen',
      'frozen on arrival',
      'have been failing for a long time',
      'after multiple retries',
      // DragonFly dma's give-up, in Sisimai's Expired list.
      'could not deliver for the last',
      'allowed queue period',
      'has not been collected after',
      'server did not respond',
      'host not reachable',
      'failed to deliver to domain',
      'could not find a gateway for',
    ],
  },
  { reason: 'policy_rejected', phrases: ['policy', 'prohibited', 'not permitted'] },
  {
    // "Access denied" alone names no client, address or content: it is RFC 3463's X.7.1
    // "delivery not authorized, message refused" in words (Exchange, Gmail and Sendmail's
    // access map all answer so). Read before "denied", which leans to a block of the client.
    reason: 'security_rejected',
    phrases: ['access denied'],
  },
  {
    reason: 'sender_blocked',
    phrases: ['blocked', 'banned', 'denied', 'not allowed'],
  },
  {
    reason: 'security_rejected',
    phrases: ['security', 'encrypt', 'not authorized', 'unauthorized'],
  },
  { reason: 'inbox_auth_failed', phrases: ['authentication', 'auth '] },
];

/**
 * A tier of rules compiled into one scan of the text for all its phrases, so that a text
 * is read once instead of once per phrase. The phrases are filed by their first three
 * characters; at each place of the text only the few filed under the three characters
 * there are compared, first by their first eight characters packed into two numbers. The
 * lowest rule index seen anywhere wins, and a rule's pattern runs only when no phrase of an
 * earlier rule matched (and the text has one of its `needs`). The result is the same as
 * trying the rules one by one.
 */
export type RuleMatcher = (text: string) => TextRule | undefined;

interface Filed {
  readonly phrase: string;
  readonly index: number;
  /**
   * The phrase's first four characters and the four after them, 7 bits of each (see `pack4`),
   * with masks for a phrase shorter than eight: two comparisons of numbers pass over most
   * phrases filed under the same key before a comparison of strings.
   */
  readonly head: number;
  readonly headMask: number;
  readonly tail: number;
  readonly tailMask: number;
}

const TABLE_BITS = 12;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** How many characters of a phrase file it (fewer when a phrase is shorter). */
const KEY_LENGTH = 3;

export function compileRules(rules: readonly TextRule[]): RuleMatcher {
  const table: Filed[][] = Array.from({ length: TABLE_MASK + 1 }, () => []);
  // The words patterns need are found by the same scan as the phrases: a text is read once
  // however many patterns wait on it.
  const needIds = new Map<string, number>();
  for (const rule of rules)
    for (const word of rule.needs ?? []) if (!needIds.has(word)) needIds.set(word, needIds.size);
  let minLength = Number.POSITIVE_INFINITY;
  for (const rule of rules)
    for (const phrase of rule.phrases ?? [])
      if (phrase.length > 0 && phrase.length < minLength) minLength = phrase.length;
  const keyLength = Math.min(KEY_LENGTH, minLength);
  // Needed words too short to file under a key ("bl") are looked for when a pattern asks.
  const unfiled = [...needIds.keys()].filter((word) => word.length < keyLength);
  for (const word of needIds.keys())
    if (word.length >= keyLength && word.length < minLength) minLength = word.length;
  // Which first two characters (7 bits of each) any phrase starts with: most places of a
  // text start none, and are passed over with one look-up.
  const starts = new Uint8Array(1 << 14);
  // Which slots hold anything: with three-character keys, most places of a text key an
  // empty slot and are passed over with one look-up.
  const occupied = new Uint8Array(TABLE_MASK + 1);
  const file = (phrase: string, index: number) => {
    const slot = key(phrase, 0, keyLength);
    const headMask = packMask(phrase.length);
    const tailMask = packMask(phrase.length - 4);
    const head = pack4(phrase, 0) & headMask;
    const tail = pack4(phrase, 4) & tailMask;
    table[slot]!.push({ phrase, index, head, headMask, tail, tailMask });
    occupied[slot] = 1;
    starts[pair(phrase, 0)] = 1;
  };
  // Needed words first in every slot (index -1 - id), so the scan never stops before them.
  for (const [word, id] of needIds) if (word.length >= keyLength) file(word, -1 - id);
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    for (const phrase of rule.phrases ?? []) {
      if (seen.has(phrase) || phrase.length === 0) continue;
      seen.add(phrase);
      file(phrase, index);
    }
  });
  // A one-character phrase would start at any pair: then the look-up passes nothing over.
  if (minLength < 2) starts.fill(1);
  // Rules are added in order, so each slot is sorted by rule index already.
  const withPattern = rules.flatMap((rule, index) =>
    rule.pattern
      ? [{ index, pattern: rule.pattern, needs: rule.needs?.map((word) => needIds.get(word)!) }]
      : [],
  );
  // found[id] === call: the needed word `id` occurs in the text of this call.
  const found = new Uint32Array(needIds.size);
  let call = 0;
  const anyFound = (ids: readonly number[]) => {
    for (let k = 0; k < ids.length; k++) if (found[ids[k]!] === call) return true;
    return false;
  };

  return (text) => {
    call = (call + 1) >>> 0 || 1;
    for (const word of unfiled) if (text.includes(word)) found[needIds.get(word)!] = call;
    let best = rules.length;
    const last = text.length - minLength;
    // The characters at i and i + 1 roll along: each place reads one new character for
    // the first look-up, which passes over most places (with keyLength 3 no phrase is shorter,
    // so the third character is inside the text).
    let c1 = text.charCodeAt(0);
    for (let i = 0; i <= last && best > 0; i++) {
      const c0 = c1;
      c1 = text.charCodeAt(i + 1);
      if (starts[((c0 & 127) << 7) | (c1 & 127)] === 0) continue;
      const c2 = text.charCodeAt(i + 2);
      const slot =
        keyLength === 3 ? (c0 * 961 + c1 * 31 + c2) & TABLE_MASK : key(text, i, keyLength);
      if (occupied[slot] === 0) continue;
      // pack4(text, i) from the characters already read; the next four only for a phrase
      // whose first four agree.
      const head =
        ((c0 & 127) << 21) |
        ((c1 & 127) << 14) |
        ((c2 & 127) << 7) |
        (text.charCodeAt(i + 3) & 127);
      let tail = -1;
      const filed = table[slot]!;
      for (let j = 0; j < filed.length; j++) {
        const entry = filed[j]!;
        if (entry.index >= best) break;
        if ((head & entry.headMask) !== entry.head) continue;
        if (tail < 0) tail = pack4(text, i + 4);
        if ((tail & entry.tailMask) !== entry.tail) continue;
        if (!text.startsWith(entry.phrase, i)) continue;
        if (entry.index < 0) {
          found[-1 - entry.index] = call;
          continue;
        }
        best = entry.index;
        break;
      }
    }
    for (let p = 0; p < withPattern.length; p++) {
      const { index, pattern, needs } = withPattern[p]!;
      if (index >= best) break;
      if (needs !== undefined && !anyFound(needs)) continue;
      if (pattern.test(text)) {
        best = index;
        break;
      }
    }
    return rules[best];
  };
}

/** The first two characters at `at`, 7 bits of each. */
function pair(text: string, at: number): number {
  return ((text.charCodeAt(at) & 127) << 7) | (text.charCodeAt(at + 1) & 127);
}

/**
 * Four characters from `at`, 7 bits of each, in one number. Past the end of the text a
 * character counts as 0 (no phrase has one); characters beyond ASCII fold onto others, which
 * lets a phrase through to the full comparison but never turns one away.
 */
function pack4(text: string, at: number): number {
  return (
    ((text.charCodeAt(at) & 127) << 21) |
    ((text.charCodeAt(at + 1) & 127) << 14) |
    ((text.charCodeAt(at + 2) & 127) << 7) |
    (text.charCodeAt(at + 3) & 127)
  );
}

/** The bits of `pack4` that a phrase of `length` more characters fills. */
function packMask(length: number): number {
  if (length >= 4) return 0xfffffff;
  if (length <= 0) return 0;
  const unused = 7 * (4 - length);
  return (0xfffffff >>> unused) << unused;
}

function key(text: string, at: number, length: number): number {
  let h = 0;
  for (let k = 0; k < length; k++) h = h * 31 + text.charCodeAt(at + k);
  return h & TABLE_MASK;
}
