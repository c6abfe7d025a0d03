/**
 * The few fields of an X.509 certificate (RFC 5280) that SNS verification needs, read from
 * its DER bytes with no Node built-in, so that verification runs on edge runtimes with
 * WebCrypto alone. The bytes that are signed (`tbs`) and the names (`issuer`, `subject`) are
 * kept as the exact slices of the input: the issuer check compares names byte for byte and
 * the certificate signature is checked over the bytes as received, never re-encoded.
 */
export interface Certificate {
  /** The TBSCertificate, as encoded: what the issuer signed. */
  readonly tbs: Uint8Array;
  /** The hash of the issuer's RSA signature, from the signature algorithm. */
  readonly signatureHash: RsaHash | undefined;
  readonly signature: Uint8Array;
  readonly issuer: Uint8Array;
  readonly subject: Uint8Array;
  /** Organization (`O=`) values of the issuer. */
  readonly issuerOrganizations: readonly string[];
  readonly notBefore: number;
  readonly notAfter: number;
  /** SubjectPublicKeyInfo, as encoded: WebCrypto imports it as `spki`. */
  readonly publicKey: Uint8Array;
}

export type RsaHash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

interface Element {
  readonly tag: number;
  /** Where the element's value starts and ends. */
  readonly valueStart: number;
  readonly end: number;
  readonly start: number;
}

/** Reads one DER element at `offset`; throws on anything malformed (the caller catches). */
function element(bytes: Uint8Array, offset: number, limit = bytes.length): Element {
  if (offset + 2 > limit) throw new Error('truncated');
  const tag = bytes[offset]!;
  let length = bytes[offset + 1]!;
  let valueStart = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // Certificates are far below 16 MiB: three length bytes at most.
    if (count === 0 || count > 3 || valueStart + count > limit) throw new Error('bad length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[valueStart + i]!;
    valueStart += count;
  }
  const end = valueStart + length;
  if (end > limit) throw new Error('truncated');
  return { tag, valueStart, end, start: offset };
}

function children(bytes: Uint8Array, parent: Element): Element[] {
  const list: Element[] = [];
  for (let offset = parent.valueStart; offset < parent.end; ) {
    const child = element(bytes, offset, parent.end);
    list.push(child);
    offset = child.end;
  }
  return list;
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** sha1/sha256/sha384/sha512 WithRSAEncryption (1.2.840.113549.1.1.5, .11, .12, .13). */
const rsaSignatureHashes: Readonly<Record<string, RsaHash>> = {
  '2a864886f70d010105': 'SHA-1',
  '2a864886f70d01010b': 'SHA-256',
  '2a864886f70d01010c': 'SHA-384',
  '2a864886f70d01010d': 'SHA-512',
};
const organizationOid = '55040a'; // 2.5.4.10

function readTime(bytes: Uint8Array, time: Element): number {
  const text = new TextDecoder().decode(bytes.subarray(time.valueStart, time.end));
  const match = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match || (time.tag === 0x17) !== (match[1]!.length === 2)) throw new Error('bad time');
  const short = Number(match[1]);
  // UTCTime: years 50–99 are 19xx (RFC 5280, 4.1.2.5.1).
  const year = match[1]!.length === 4 ? short : short >= 50 ? 1900 + short : 2000 + short;
  return Date.UTC(year, Number(match[2]) - 1, Number(match[3]), ...match.slice(4).map(Number));
}

function organizations(bytes: Uint8Array, name: Element): string[] {
  const found: string[] = [];
  for (const set of children(bytes, name)) {
    for (const attribute of children(bytes, set)) {
      const [type, value] = children(bytes, attribute);
      if (type && value && hex(bytes.subarray(type.valueStart, type.end)) === organizationOid)
        found.push(new TextDecoder().decode(bytes.subarray(value.valueStart, value.end)));
    }
  }
  return found;
}

/** The DER bytes of the first certificate in a PEM text. */
export function pemToDer(pem: string): Uint8Array {
  const match = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/.exec(pem);
  if (!match) throw new Error('not a PEM certificate');
  return Uint8Array.from(atob(match[1]!.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
}

/** Reads a certificate's DER bytes; throws when they are not a certificate. */
export function readCertificate(der: Uint8Array): Certificate {
  const root = element(der, 0);
  if (root.tag !== 0x30 || root.end !== der.length) throw new Error('not a certificate');
  const [tbs, algorithm, signature] = children(der, root);
  if (tbs?.tag !== 0x30 || algorithm?.tag !== 0x30 || signature?.tag !== 0x03)
    throw new Error('not a certificate');
  const fields = children(der, tbs);
  // The version ([0] EXPLICIT) is absent in version 1 certificates; then come the serial
  // number and the signature algorithm.
  const body = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  const [, , issuer, validity, subject, publicKey] = body;
  if (issuer?.tag !== 0x30 || validity?.tag !== 0x30 || subject?.tag !== 0x30)
    throw new Error('not a certificate');
  if (publicKey?.tag !== 0x30) throw new Error('not a certificate');
  const [notBefore, notAfter] = children(der, validity);
  if (!notBefore || !notAfter) throw new Error('no validity');
  const [oid] = children(der, algorithm);
  const slice = (e: Element) => der.subarray(e.start, e.end);
  return {
    tbs: slice(tbs),
    signatureHash: oid ? rsaSignatureHashes[hex(der.subarray(oid.valueStart, oid.end))] : undefined,
    // A BIT STRING's first byte counts the unused bits: 0 for a signature.
    signature: der.subarray(signature.valueStart + 1, signature.end),
    issuer: slice(issuer),
    subject: slice(subject),
    issuerOrganizations: organizations(der, issuer),
    notBefore: readTime(der, notBefore),
    notAfter: readTime(der, notAfter),
    publicKey: slice(publicKey),
  };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Verifies an RSASSA-PKCS1-v1_5 signature with WebCrypto. */
export async function verifyRsa(
  publicKey: Uint8Array,
  hash: RsaHash,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  const key = await crypto.subtle.importKey(
    'spki',
    publicKey as Uint8Array<ArrayBuffer>,
    { name: 'RSASSA-PKCS1-v1_5', hash },
    false,
    ['verify'],
  );
  return crypto.subtle.verify(
    'RSASSA-PKCS1-v1_5',
    key,
    signature as Uint8Array<ArrayBuffer>,
    data as Uint8Array<ArrayBuffer>,
  );
}

/** Did `issuer` issue `certificate`: its subject is the certificate's issuer, and its key signed it. */
export async function issuedBy(certificate: Certificate, issuer: Certificate): Promise<boolean> {
  if (!certificate.signatureHash || !sameBytes(certificate.issuer, issuer.subject)) return false;
  return verifyRsa(
    issuer.publicKey,
    certificate.signatureHash,
    certificate.signature,
    certificate.tbs,
  );
}
