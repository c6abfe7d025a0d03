import type { ConformanceEmulator } from '../conformance/transport-conformance';
import {
  createSesTestServer,
  type SesTestServer,
  type SesTestServerOptions,
} from './create-ses-test-server';

/** The SES v2 emulator as an emulator for the conformance suite. */
export function sesTestServerEmulator(
  options: SesTestServerOptions = {},
): ConformanceEmulator<SesTestServer> {
  return {
    start: () => createSesTestServer(options),
    stop: (server) => server.close(),
    reset: (server) => server.reset(),
    delivered: (server) => server.sent.length,
  };
}
