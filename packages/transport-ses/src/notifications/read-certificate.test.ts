import { createSnsSigner, type SnsSigner } from '@mailgate/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuedBy, pemToDer, readCertificate } from './read-certificate';

let amazon: SnsSigner;
let other: SnsSigner;
beforeAll(async () => {
  amazon = await createSnsSigner({ issuerOrganization: 'Amazon' });
  other = await createSnsSigner();
});
afterAll(async () => {
  await amazon.close();
  await other.close();
});

describe('readCertificate', () => {
  it("should read the issuer's organization, the validity and the signature hash", () => {
    const certificate = readCertificate(pemToDer(amazon.certificate));
    expect(certificate.issuerOrganizations).toEqual(['Amazon']);
    expect(certificate.signatureHash).toBe('SHA-256');
    expect(certificate.notBefore).toBeLessThan(Date.now());
    expect(certificate.notAfter).toBeGreaterThan(Date.now());
    expect(readCertificate(pemToDer(other.certificate)).issuerOrganizations).toEqual([]);
  });

  it('should tell which certificate authority issued a certificate', async () => {
    const certificate = readCertificate(pemToDer(amazon.certificate));
    expect(await issuedBy(certificate, readCertificate(pemToDer(amazon.caCertificate)))).toBe(true);
    expect(await issuedBy(certificate, readCertificate(pemToDer(other.caCertificate)))).toBe(false);
  });

  it('should refuse truncated, padded and non-certificate bytes', () => {
    const der = pemToDer(amazon.certificate);
    expect(() => readCertificate(der.subarray(0, der.length - 1))).toThrow();
    expect(() => readCertificate(Uint8Array.from([...der, 0]))).toThrow();
    expect(() => readCertificate(Uint8Array.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]))).toThrow();
    expect(() => pemToDer('not a certificate')).toThrow();
  });
});
