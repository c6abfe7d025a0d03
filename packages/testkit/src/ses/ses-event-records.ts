/** SES event records (configuration-set event publishing), as SNS carries them in `Message`. */
const mail = (address: string) => ({
  timestamp: new Date().toISOString(),
  messageId: `0100-${crypto.randomUUID()}-000000`,
  source: 'news@sender.test',
  destination: [address],
});

/** A bounce: permanent (`Permanent/General`, a user unknown) unless `transient` is set. */
export function sesBounceRecord(address: string, options: { transient?: boolean } = {}) {
  return {
    eventType: 'Bounce',
    mail: mail(address),
    bounce: {
      bounceType: options.transient ? 'Transient' : 'Permanent',
      bounceSubType: options.transient ? 'MailboxFull' : 'General',
      bouncedRecipients: [
        {
          emailAddress: address,
          status: options.transient ? '4.2.2' : '5.1.1',
          diagnosticCode: options.transient
            ? 'smtp; 452 4.2.2 mailbox full'
            : 'smtp; 550 5.1.1 user unknown',
        },
      ],
      timestamp: new Date().toISOString(),
      feedbackId: crypto.randomUUID(),
    },
  };
}

/** A complaint (feedback type `abuse`). */
export function sesComplaintRecord(address: string) {
  return {
    eventType: 'Complaint',
    mail: mail(address),
    complaint: {
      complainedRecipients: [{ emailAddress: address }],
      complaintFeedbackType: 'abuse',
      timestamp: new Date().toISOString(),
      feedbackId: crypto.randomUUID(),
    },
  };
}
