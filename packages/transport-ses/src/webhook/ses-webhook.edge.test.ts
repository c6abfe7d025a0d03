import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { EdgeVM } from '@edge-runtime/vm';
import { createSnsSigner, type SnsSigner, sesBounceRecord } from '@mailgate/testkit';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The handler and a gate, bundled for a browser-like platform: a Node built-in anywhere in
 * their imports fails the build, and the bundle then runs in Vercel's edge runtime VM, with
 * only the web APIs an edge runtime has.
 */
async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        export { sesWebhook } from ${JSON.stringify(here('./index.ts'))};
        export { createMailgate, memoryStores, recordingTransport } from ${JSON.stringify(here('../../../core/src/index.ts'))};
      `,
      resolveDir: here('.'),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'mailgate',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let signer: SnsSigner;
let certificates: Server;
let certificateBase: string;
beforeAll(async () => {
  signer = await createSnsSigner();
  // The VM fetches the certificate over loopback, with its own fetch.
  certificates = createServer((_, response) => response.end(signer.certificate));
  await new Promise<void>((resolve) => certificates.listen(0, '127.0.0.1', resolve));
  certificateBase = `http://127.0.0.1:${(certificates.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await signer.close();
  await new Promise<void>((resolve) => certificates.close(() => resolve()));
});

describe('sesWebhook on an edge runtime', () => {
  it('should verify a signed notification and suppress the address inside the edge VM', async () => {
    const vm = new EdgeVM();
    // No Node globals in the VM: what runs there has only the web platform.
    expect(vm.evaluate('typeof process === "undefined" || typeof process.versions?.node')).not.toBe(
      'string',
    );
    vm.evaluate(await bundle());
    const genuine = signer.notification(sesBounceRecord('ann@example.test'));
    const forged = { ...genuine, Message: JSON.stringify(sesBounceRecord('eve@example.test')) };
    const run = `(async () => {
      const { sesWebhook, createMailgate, memoryStores, recordingTransport } = mailgate;
      const stores = memoryStores();
      const gate = createMailgate({ transport: recordingTransport(), stores });
      const handler = sesWebhook({
        gate,
        topics: [${JSON.stringify(signer.topicArn)}],
        tenant: 'acme',
        verify: {
          trustedIssuers: [${JSON.stringify(signer.caCertificate)}],
          fetchCertificate: async (url) =>
            (await fetch(${JSON.stringify(certificateBase)} + new URL(url).pathname)).text(),
        },
      });
      const post = (body) => handler(new Request('https://edge.test/ses', { method: 'POST', body }));
      const statuses = [
        (await post(${JSON.stringify(JSON.stringify(genuine))})).status,
        (await post(${JSON.stringify(JSON.stringify(forged))})).status,
        (await post(${JSON.stringify(JSON.stringify(genuine))})).status,
      ];
      const suppressed = (await stores.suppressions.list()).items.map((entry) => entry.key);
      return JSON.stringify({ statuses, suppressed });
    })()`;
    const outcome = JSON.parse(await vm.evaluate(run));
    expect(outcome).toEqual({ statuses: [200, 403, 200], suppressed: ['ann@example.test'] });
  });
});
