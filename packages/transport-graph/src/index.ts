export { convertToGraphMessage, idempotencyHeader } from './convert-to-graph-message';
export { type GraphTransport, graphTransport } from './graph-transport';
export type {
  GraphFetch,
  GraphRetryOptions,
  GraphTransportOptions,
} from './graph-transport-options';
export { type GraphErrorContext, mapGraphError } from './map-graph-error';
export {
  type GraphMessageSummary,
  isLikelyReport,
  type ReadBouncesOptions,
  type ReadBouncesResult,
} from './read-bounces';
