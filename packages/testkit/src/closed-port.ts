import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';

/**
 * A port on 127.0.0.1 on which nothing listens (a server opened and closed, never connected
 * to): point a transport at it to see how it reports a provider it cannot reach.
 */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
