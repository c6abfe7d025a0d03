export {
  createGmailTestServer,
  type GmailTestCall,
  type GmailTestMessage,
  type GmailTestServer,
  type GmailTestServerOptions,
  gmailTestAccessToken,
} from './create-gmail-test-server';
export { type GmailErrorItem, gmailError, gmailErrors, gmailTokenErrors } from './gmail-errors';
export type { GmailMailboxMessage, GmailMailboxMessageOptions } from './gmail-mailbox';
export type {
  GmailAnswer,
  GmailAnswerObject,
  GmailCall,
  GmailOperation,
  GmailScript,
  GmailServerScript,
} from './gmail-script';
export { gmailTestServerEmulator } from './gmail-test-server-emulator';
