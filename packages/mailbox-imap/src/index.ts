export { type ImapBouncesOptions, imapBounces } from './imap-bounces';
export type { ImapCursor } from './imap-cursor';
