import { generate } from 'selfsigned';

/** A self-signed certificate for 127.0.0.1 and localhost, made at run time. */
export interface TestCertificate {
  /** The certificate (PEM). Pass it as `tls.ca` to trust the test server. */
  readonly cert: string;
  /** The private key (PEM). */
  readonly key: string;
}

let pending: Promise<TestCertificate> | undefined;

/** Makes the test certificate once per process; an EC key keeps that quick. */
export function testCertificate(): Promise<TestCertificate> {
  pending ??= generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 24 * 60 * 60 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then(
    (result) => ({ cert: result.cert, key: result.private }),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
