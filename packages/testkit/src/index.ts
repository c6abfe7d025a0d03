export {
  createSmtpTestServer,
  type SmtpTestCall,
  type SmtpTestMessage,
  type SmtpTestServer,
  type SmtpTestServerOptions,
} from './smtp/create-smtp-test-server';
export type {
  SmtpAnswer,
  SmtpAnswerObject,
  SmtpCall,
  SmtpCommand,
  SmtpFaultOptions,
  SmtpScript,
} from './smtp/smtp-script';
export type { SmtpServerScript } from './smtp/smtp-script-book';
