import type { ConformanceEmulator } from '../conformance/transport-conformance';
import {
  createGraphTestServer,
  type GraphTestServer,
  type GraphTestServerOptions,
} from './create-graph-test-server';

/** The Graph emulator for the conformance suite: `delivered` counts the messages sendMail took. */
export function graphTestServerEmulator(
  options: GraphTestServerOptions = {},
): ConformanceEmulator<GraphTestServer> {
  return {
    start: () => createGraphTestServer(options),
    stop: (server) => server.close(),
    reset: (server) => server.reset(),
    delivered: (server) => server.sent.length,
  };
}
