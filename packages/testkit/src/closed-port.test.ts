import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { closedPort } from './closed-port';

describe('closedPort', () => {
  it('gives a port on which a connection is refused', async () => {
    const port = await closedPort();
    const code = await new Promise<string | undefined>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(undefined);
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code));
    });
    expect(code).toBe('ECONNREFUSED');
  });
});
