import type { ConformanceEmulator } from '../conformance/transport-conformance';
import {
  createSmtpTestServer,
  type SmtpTestServer,
  type SmtpTestServerOptions,
} from './create-smtp-test-server';

/** The SMTP test server as an emulator for the conformance suite. */
export function smtpTestServerEmulator(
  options: SmtpTestServerOptions = {},
): ConformanceEmulator<SmtpTestServer> {
  return {
    start: () => createSmtpTestServer(options),
    stop: (server) => server.close(),
    reset: (server) => server.reset(),
    delivered: (server) => server.messages.length,
  };
}
