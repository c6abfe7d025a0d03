/**
 * The SMTP command a reply answered. nodemailer reports it as `err.command` with
 * its own spellings ('CONN', 'AUTH PLAIN', 'MAIL FROM', 'RCPT TO', 'DATA'); any
 * other string is accepted and normalised, unknown ones are simply ignored.
 */
export type SmtpCommand =
  | 'CONN'
  | 'EHLO'
  | 'HELO'
  | 'STARTTLS'
  | 'AUTH'
  | 'MAIL'
  | 'RCPT'
  | 'DATA'
  | 'BDAT'
  | 'QUIT'
  // Any other spelling ('AUTH PLAIN', 'rcpt to', 'MAIL FROM'): normalised below.
  | (string & {});

/** The few phases of a session that change what a refusal means. */
export type SmtpPhase =
  | 'connect'
  | 'greeting'
  | 'tls'
  | 'auth'
  | 'mail'
  | 'rcpt'
  | 'data'
  | 'other';

const phaseByVerb: Readonly<Record<string, SmtpPhase>> = {
  CONN: 'connect',
  CONNECT: 'connect',
  CONNECTION: 'connect',
  GREETING: 'connect',
  BANNER: 'connect',
  EHLO: 'greeting',
  HELO: 'greeting',
  LHLO: 'greeting',
  STARTTLS: 'tls',
  TLS: 'tls',
  AUTH: 'auth',
  MAIL: 'mail',
  RCPT: 'rcpt',
  DATA: 'data',
  BDAT: 'data',
  // 'end of DATA' as Postfix writes it in "(in reply to end of DATA command)".
  END: 'data',
};

/**
 * The phase of a command spelled any way nodemailer, Postfix or a human writes it:
 * case-insensitive, first word only ('AUTH PLAIN' → auth, 'RCPT TO' → rcpt).
 */
export function commandPhase(command: string | undefined): SmtpPhase | undefined {
  if (typeof command !== 'string' || command.length === 0) return undefined;
  const verb = /^\s*([A-Za-z]+)/.exec(command.length > 64 ? command.slice(0, 64) : command);
  if (!verb?.[1]) return undefined;
  return phaseByVerb[verb[1].toUpperCase()] ?? 'other';
}

/**
 * Bounce texts often name the command themselves: Postfix "(in reply to RCPT TO
 * command)", Exim "after RCPT TO:<…>", qmail "for RCPT TO response", DragonFly
 * "did not like our final DATA". Used only when the caller passed no command.
 */
const inReplyTo =
  /\b(?:in reply to|after|for|did not like our|not like our|while (?:sending|performing)) (?:the )?(?:(end of data|final data)|(initial connection)|(rcpt to|mail from|data|ehlo|helo|lhlo|starttls|auth)\b)/;

// qmail: "Connected to 192.0.2.1 but my name was rejected." / "… but sender was rejected."
const qmailPhase = /\bbut (my name|sender) was rejected/;

export function phaseFromText(lowerText: string): SmtpPhase | undefined {
  const qmail = qmailPhase.exec(lowerText);
  if (qmail) return qmail[1] === 'my name' ? 'greeting' : 'mail';
  const match = inReplyTo.exec(lowerText);
  if (!match) return undefined;
  if (match[1]) return 'data';
  // Exim: "SMTP error from remote mail server after initial connection".
  if (match[2]) return 'connect';
  return commandPhase(match[3]);
}
