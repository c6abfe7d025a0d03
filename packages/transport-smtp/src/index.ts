export { type SmtpMessageOptions, toMailOptions } from './convert-to-nodemailer-message';
export { mapSmtpError, type SmtpErrorContext } from './map-smtp-error';
export { type SmtpTransport, smtpTransport } from './smtp-transport';
export type {
  SmtpAuth,
  SmtpRetryOptions,
  SmtpTransportOptions,
  SmtpVerpOptions,
} from './smtp-transport-options';
