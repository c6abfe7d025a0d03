export type { RecordedResponse, RecordingTransport } from '@mailgate/core';
export { recordingTransport } from '@mailgate/core';
export { closedPort } from './closed-port';
export type { ConformanceStores } from './conformance/mailing-store-conformance';
export {
  type MountedSesWebhook,
  type SesWebhookConformanceCase,
  type SesWebhookConformanceOptions,
  type SesWebhookMount,
  sesWebhookConformanceCases,
} from './conformance/ses-webhook-conformance';
export {
  type ConformanceClock,
  conformanceClock,
  hostileStrings,
  type StoreConformanceCase,
  type StoreConformanceOptions,
  storeConformanceCases,
} from './conformance/store-conformance';
export {
  type ConformanceAddresses,
  type ConformanceCase,
  type ConformanceEmulator,
  conformanceAddresses,
  type Scenario,
  type ScenarioContext,
  type ScenarioSetup,
  type TransportConformanceOptions,
  transportConformanceCases,
} from './conformance/transport-conformance';
export * from './gmail/index';
export {
  createGraphTestServer,
  type GraphMailboxMessage,
  type GraphResponse,
  type GraphSentMail,
  type GraphTestCall,
  type GraphTestScript,
  type GraphTestServer,
  type GraphTestServerOptions,
} from './graph/create-graph-test-server';
export { type GraphAnswer, graphAnswers, invalidRecipientAnswer } from './graph/graph-answers';
export { graphTestServerEmulator } from './graph/graph-test-server-emulator';
export { createHttpsFetch, type FetchFunction } from './graph/https-fetch';
export { type ServedWebHandler, serveWebHandler } from './http/serve-web-handler';
export { type MimeHeaderField, mimeHeaderFields } from './mime/header-fields';
export {
  createSesTestServer,
  type SesSentEmail,
  type SesServerScript,
  type SesSuppressedEntry,
  type SesTestAttachment,
  type SesTestCall,
  type SesTestServer,
  type SesTestServerOptions,
} from './ses/create-ses-test-server';
export { type SesAnswer, sesAnswers, sesError, sesErrorStatus } from './ses/ses-answer';
export { sesBounceRecord, sesComplaintRecord } from './ses/ses-event-records';
export { sesTestServerEmulator } from './ses/ses-test-server-emulator';
export {
  createSnsSigner,
  type SnsSigner,
  type SnsSignerOptions,
  type SnsSignOptions,
  type SnsTestMessage,
} from './ses/sns-signer';
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
  SmtpFaultOptions,
  SmtpScript,
  SmtpScriptCommand,
} from './smtp/smtp-script';
export type { SmtpServerScript } from './smtp/smtp-script-book';
export { smtpTestServerEmulator } from './smtp/smtp-test-server-emulator';
