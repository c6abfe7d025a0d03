import {
  type Certificate,
  issuedBy,
  pemToDer,
  readCertificate,
  verifyRsa,
} from './read-certificate';
import type { SesNotificationError, SnsVerifyOptions } from './sns-types';

/** The SNS fields that are signed, and their order. */
export interface SnsEnvelope {
  readonly Type: 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  readonly MessageId: string;
  readonly TopicArn: string;
  readonly Message: string;
  readonly Timestamp: string;
  readonly SignatureVersion: string;
  readonly Signature: string;
  readonly SigningCertURL: string;
  readonly Subject?: string;
  readonly Token?: string;
  readonly SubscribeURL?: string;
  readonly UnsubscribeURL?: string;
}

/**
 * SNS's own hosts: `sns.<region>.amazonaws.com` (commercial and GovCloud regions, such as
 * `us-east-1`, `us-gov-west-1`) and `sns.cn-<direction>-<n>.amazonaws.com.cn` (China). A real
 * region name, not any label: S3 serves buckets on `<bucket>.s3.amazonaws.com` and the like
 * with a valid AWS certificate, so a bucket called "sns" must never pass for SNS.
 */
const direction = '(?:north|south|east|west|central|northeast|northwest|southeast|southwest)';
const snsHost = new RegExp(
  `^sns\\.(?:(?!cn-)[a-z]{2}(?:-gov)?-${direction}-\\d{1,2}\\.amazonaws\\.com|cn-${direction}-\\d{1,2}\\.amazonaws\\.com\\.cn)$`,
);

/** Is the URL an https URL on an SNS host (and, for certificates, a `.pem` path)? */
export function isSnsUrl(value: string, pem: boolean): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    snsHost.test(url.hostname) &&
    (!pem || (url.pathname.endsWith('.pem') && url.search === '' && url.hash === ''))
  );
}

/** The string SNS signs: `Key\nValue\n` for each signed key, in this order. */
export function stringToSign(envelope: SnsEnvelope): string {
  const keys =
    envelope.Type === 'Notification'
      ? [
          'Message',
          'MessageId',
          ...(envelope.Subject !== undefined ? ['Subject'] : []),
          'Timestamp',
          'TopicArn',
          'Type',
        ]
      : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
  return keys
    .map(
      (key) => `${key}\n${String((envelope as unknown as Record<string, unknown>)[key] ?? '')}\n`,
    )
    .join('');
}

const maxCachedCertificates = 32;
type CertificateCache = Map<string, Promise<Certificate>>;
/**
 * Certificates by URL, one cache per `fetchCertificate` function: a certificate fetched by one
 * caller's fetcher is never used for a caller with another fetcher (or the default one).
 */
const caches = new WeakMap<NonNullable<SnsVerifyOptions['fetchCertificate']>, CertificateCache>();

async function defaultFetchCertificate(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'error' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

function certificateFor(url: string, options: SnsVerifyOptions): Promise<Certificate> {
  const fetchCertificate = options.fetchCertificate ?? defaultFetchCertificate;
  let certificates = caches.get(fetchCertificate);
  if (!certificates) {
    certificates = new Map();
    caches.set(fetchCertificate, certificates);
  }
  const cache = certificates;
  const cached = cache.get(url);
  if (cached) return cached;
  const pending = Promise.resolve()
    .then(() => fetchCertificate(url))
    .then((pem) => {
      if (typeof pem !== 'string' || pem.length > 16_384) throw new Error('not a certificate');
      return readCertificate(pemToDer(pem));
    });
  // A failed fetch is not cached: the next message tries again.
  pending.catch(() => cache.delete(url));
  if (cache.size >= maxCachedCertificates) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(url, pending);
  return pending;
}

/** SNS MessageIds are UUIDs; nothing else may take their place in the signed string. */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The signed string is `Key\nValue\n` pairs: a value holding a line break could carry a key
 * of its own (a Subject moved into MessageId signs the same string under a new id). Only
 * Message may hold line breaks; it comes first and is followed by a fixed key.
 */
function envelopeRefusal(envelope: SnsEnvelope): string | undefined {
  if (!uuid.test(envelope.MessageId)) return 'MessageId is not a UUID';
  const lineBroken = (
    ['MessageId', 'TopicArn', 'Timestamp', 'Subject', 'Token', 'SubscribeURL'] as const
  ).find((key) => /[\r\n]/.test(envelope[key] ?? ''));
  return lineBroken ? `${lineBroken} holds a line break` : undefined;
}

/**
 * Amazon's certificate authorities (Amazon RSA 2048 M01–M04 under Amazon Root CA 1) sign
 * SNS's certificates: the default pin when no `trustedIssuers` are given.
 */
function issuedByAmazon(certificate: Certificate): boolean {
  return certificate.issuerOrganizations.includes('Amazon');
}

async function issuedByOneOf(certificate: Certificate, pems: readonly string[]): Promise<boolean> {
  for (const pem of pems) {
    try {
      if (await issuedBy(certificate, readCertificate(pemToDer(pem)))) return true;
    } catch {
      // An unreadable issuer certificate trusts nothing.
    }
  }
  return false;
}

/** Base64 bytes, or undefined when the text is not base64. */
function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

const fail = (type: SesNotificationError['type'], message: string) => ({ type, message }) as const;

/**
 * Verifies an SNS message: topic, MessageId and line breaks, signing-certificate URL,
 * certificate and its issuer, signature (version 2, RSA-SHA256; version 1, RSA-SHA1, only when
 * allowed) and age, with WebCrypto
 * and `fetch` only, so that it runs on edge runtimes. Answers the refusal, or undefined when it holds.
 * Never throws.
 */
export async function verifySnsMessage(
  envelope: SnsEnvelope,
  options: SnsVerifyOptions,
): Promise<SesNotificationError | undefined> {
  try {
    if (!options.topicArns.includes(envelope.TopicArn)) {
      return fail(
        'unexpected_topic',
        `topic ${envelope.TopicArn} is not one of the configured topics`,
      );
    }
    const refusal = envelopeRefusal(envelope);
    if (refusal) return fail('invalid_envelope', refusal);
    const algorithm =
      envelope.SignatureVersion === '2'
        ? 'SHA-256'
        : envelope.SignatureVersion === '1' && options.allowSignatureVersion1 === true
          ? 'SHA-1'
          : undefined;
    if (!algorithm) {
      return fail(
        'unsupported_signature_version',
        envelope.SignatureVersion === '1'
          ? 'SignatureVersion 1 (SHA1) is not accepted: set the topic attribute SignatureVersion to 2, or allowSignatureVersion1'
          : `SignatureVersion ${envelope.SignatureVersion.slice(0, 16)} is not 2`,
      );
    }
    if (!isSnsUrl(envelope.SigningCertURL, true)) {
      return fail(
        'untrusted_certificate_url',
        'SigningCertURL is not an https .pem URL on an SNS host',
      );
    }
    const now = options.now?.() ?? Date.now();
    let certificate: Certificate;
    try {
      certificate = await certificateFor(envelope.SigningCertURL, options);
    } catch {
      return fail(
        'certificate_unavailable',
        'the signing certificate could not be fetched or read',
      );
    }
    if (now < certificate.notBefore || now > certificate.notAfter) {
      return fail('invalid_certificate', 'the signing certificate is not valid now');
    }
    const issued = options.trustedIssuers?.length
      ? await issuedByOneOf(certificate, options.trustedIssuers)
      : issuedByAmazon(certificate);
    if (!issued)
      return fail(
        'invalid_certificate',
        'the signing certificate was not issued by a trusted issuer',
      );
    const signature = fromBase64(envelope.Signature);
    const signed = new TextEncoder().encode(stringToSign(envelope));
    if (
      signature === undefined ||
      signature.length === 0 ||
      !(await verifyRsa(certificate.publicKey, algorithm, signature, signed))
    ) {
      return fail('invalid_signature', 'the signature does not match the message');
    }
    const maxAgeMs = options.maxAgeMs ?? 60 * 60 * 1_000;
    const sentAt = Date.parse(envelope.Timestamp);
    if (Number.isNaN(sentAt)) return fail('invalid_envelope', 'Timestamp is not a date');
    if (maxAgeMs > 0 && (now - sentAt > maxAgeMs || sentAt - now > 5 * 60 * 1_000)) {
      return fail(
        'stale',
        `the message was sent at ${envelope.Timestamp}, outside the accepted window`,
      );
    }
    return undefined;
  } catch {
    return fail('invalid_signature', 'the signature could not be checked');
  }
}
