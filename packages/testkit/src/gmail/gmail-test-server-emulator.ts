import type { ConformanceEmulator } from '../conformance/transport-conformance';
import {
  createGmailTestServer,
  type GmailTestServer,
  type GmailTestServerOptions,
} from './create-gmail-test-server';

/** The Gmail emulator for the conformance suite. */
export function gmailTestServerEmulator(
  options: GmailTestServerOptions = {},
): ConformanceEmulator<GmailTestServer> {
  return {
    start: () => createGmailTestServer(options),
    stop: (server) => server.close(),
    reset: (server) => server.reset(),
    delivered: (server) => server.messages.length,
  };
}
