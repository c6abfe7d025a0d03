export type { GmailMessageOptions } from './convert-to-raw-message';
export { type GmailTransport, gmailTransport } from './gmail-transport';
export type { GmailTransportOptions } from './gmail-transport-options';
export { type GmailErrorContext, mapGmailError } from './map-gmail-error';
export type { ReadBouncesOptions, ReadBouncesResult } from './read-bounces';
