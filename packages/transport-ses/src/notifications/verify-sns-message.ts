import { createVerify, X509Certificate } from 'node:crypto';
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

const snsHost = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

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
/** Certificates by URL, shared by every verification in the process. */
const certificates = new Map<string, Promise<X509Certificate>>();

async function defaultFetchCertificate(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'error' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

function certificateFor(url: string, options: SnsVerifyOptions): Promise<X509Certificate> {
  const cached = certificates.get(url);
  if (cached) return cached;
  const fetchCertificate = options.fetchCertificate ?? defaultFetchCertificate;
  const pending = Promise.resolve()
    .then(() => fetchCertificate(url))
    .then((pem) => {
      if (typeof pem !== 'string' || pem.length > 16_384) throw new Error('not a certificate');
      return new X509Certificate(pem);
    });
  // A failed fetch is not cached: the next message tries again.
  pending.catch(() => certificates.delete(url));
  if (certificates.size >= maxCachedCertificates) {
    const oldest = certificates.keys().next().value;
    if (oldest !== undefined) certificates.delete(oldest);
  }
  certificates.set(url, pending);
  return pending;
}

const fail = (type: SesNotificationError['type'], message: string) => ({ type, message }) as const;

/**
 * Verifies an SNS message: topic, signing-certificate URL, certificate, signature (version 1,
 * RSA-SHA1; version 2, RSA-SHA256) and age. Answers the refusal, or undefined when it holds.
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
    const algorithm =
      envelope.SignatureVersion === '1'
        ? 'RSA-SHA1'
        : envelope.SignatureVersion === '2'
          ? 'RSA-SHA256'
          : undefined;
    if (!algorithm) {
      return fail(
        'unsupported_signature_version',
        `SignatureVersion ${envelope.SignatureVersion} is not 1 or 2`,
      );
    }
    if (!isSnsUrl(envelope.SigningCertURL, true)) {
      return fail(
        'untrusted_certificate_url',
        'SigningCertURL is not an https .pem URL on an SNS host',
      );
    }
    const now = options.now?.() ?? Date.now();
    let certificate: X509Certificate;
    try {
      certificate = await certificateFor(envelope.SigningCertURL, options);
    } catch {
      return fail(
        'certificate_unavailable',
        'the signing certificate could not be fetched or read',
      );
    }
    if (now < Date.parse(certificate.validFrom) || now > Date.parse(certificate.validTo)) {
      return fail('invalid_certificate', 'the signing certificate is not valid now');
    }
    if (options.trustedIssuers?.length) {
      const issued = options.trustedIssuers.some((pem) => {
        try {
          const issuer = new X509Certificate(pem);
          return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
        } catch {
          return false;
        }
      });
      if (!issued)
        return fail(
          'invalid_certificate',
          'the signing certificate was not issued by a trusted issuer',
        );
    }
    const signature = Buffer.from(envelope.Signature, 'base64');
    const verifier = createVerify(algorithm);
    verifier.update(stringToSign(envelope), 'utf8');
    if (signature.length === 0 || !verifier.verify(certificate.publicKey, signature)) {
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
