import { createSign, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** Options of `createSnsSigner`. */
export interface SnsSignerOptions {
  /** Default `us-east-1`. */
  readonly region?: string;
  /** Default `arn:aws:sns:<region>:123456789012:ses-events`. */
  readonly topicArn?: string;
  /**
   * The organization (`O=`) of the test CA, the signing certificate's issuer. Default none;
   * `'Amazon'` makes a certificate that passes the verifier's default issuer pin.
   */
  readonly issuerOrganization?: string;
}

/** Options of one signed SNS message. */
export interface SnsSignOptions {
  readonly topicArn?: string;
  readonly messageId?: string;
  /** Default: now. */
  readonly timestamp?: Date;
  readonly subject?: string;
  /** Default `'2'` (RSA-SHA256). */
  readonly signatureVersion?: '1' | '2';
}

/** A signed SNS message, as SNS posts it. */
export type SnsTestMessage = Readonly<Record<string, string>>;

/** Signs SNS messages with a test CA's certificate made at run time, and serves it on 127.0.0.1. */
export interface SnsSigner {
  readonly topicArn: string;
  /** The real-looking certificate URL the messages name (`https://sns.<region>.amazonaws.com/….pem`). */
  readonly certificateUrl: string;
  /** The signing certificate (PEM). */
  readonly certificate: string;
  /** The test CA's certificate (PEM), for `trustedIssuers`. */
  readonly caCertificate: string;
  /**
   * Fetches a certificate URL from the local server instead of AWS (pass as
   * `fetchCertificate`). Any SNS URL maps to the same path on 127.0.0.1.
   */
  fetchCertificate(url: string): Promise<string>;
  /** The URLs fetched, in order (to check caching). */
  readonly fetched: readonly string[];
  /** A signed `Notification` carrying `message` (an object is JSON-encoded). */
  notification(message: string | object, options?: SnsSignOptions): SnsTestMessage;
  /** A signed `SubscriptionConfirmation` message. */
  subscriptionConfirmation(options?: SnsSignOptions): SnsTestMessage;
  /** A signed `UnsubscribeConfirmation` message. */
  unsubscribeConfirmation(options?: SnsSignOptions): SnsTestMessage;
  /** Signs any envelope as given (its `Signature` is replaced). */
  sign(envelope: Readonly<Record<string, string>>): SnsTestMessage;
  /** Stops the certificate server. */
  close(): Promise<void>;
}

/** Makes a test CA and an RSA signing certificate it issued, and starts the certificate server. */
export async function createSnsSigner(options: SnsSignerOptions = {}): Promise<SnsSigner> {
  const region = options.region ?? 'us-east-1';
  const topicArn = options.topicArn ?? `arn:aws:sns:${region}:123456789012:ses-events`;
  const notAfterDate = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const caName = [
    { name: 'commonName', value: 'mailgate test SNS CA' },
    ...(options.issuerOrganization
      ? [{ name: 'organizationName', value: options.issuerOrganization }]
      : []),
  ];
  const ca = await generate(caName, {
    // selfsigned signs with the CA key in the leaf's algorithm: both RSA, as SNS uses.
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true, digitalSignature: true },
    ],
  });
  const signing = await generate([{ name: 'commonName', value: `sns.${region}.amazonaws.com` }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
    ],
  });
  const path = `/SimpleNotificationService-${randomUUID().replace(/-/g, '')}.pem`;
  const certificateUrl = `https://sns.${region}.amazonaws.com${path}`;
  const server = createServer((request, response) => {
    if (request.url === path) {
      response.writeHead(200, { 'content-type': 'application/x-pem-file' });
      response.end(signing.cert);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const fetched: string[] = [];

  const sign = (envelope: Readonly<Record<string, string>>): SnsTestMessage => {
    const keys =
      envelope.Type === 'Notification'
        ? [
            'Message',
            'MessageId',
            ...('Subject' in envelope ? ['Subject'] : []),
            'Timestamp',
            'TopicArn',
            'Type',
          ]
        : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
    const text = keys.map((key) => `${key}\n${envelope[key] ?? ''}\n`).join('');
    const signer = createSign(envelope.SignatureVersion === '1' ? 'RSA-SHA1' : 'RSA-SHA256');
    signer.update(text, 'utf8');
    return { ...envelope, Signature: signer.sign(signing.private, 'base64') };
  };
  const common = (type: string, message: string, signOptions: SnsSignOptions = {}) => ({
    Type: type,
    MessageId: signOptions.messageId ?? randomUUID(),
    TopicArn: signOptions.topicArn ?? topicArn,
    Message: message,
    Timestamp: (signOptions.timestamp ?? new Date()).toISOString(),
    SignatureVersion: signOptions.signatureVersion ?? '2',
    Signature: '',
    SigningCertURL: certificateUrl,
  });
  const confirmation = (type: string, signOptions?: SnsSignOptions) => {
    const token = randomUUID().replace(/-/g, '');
    const base = common(
      type,
      `You have chosen to subscribe to the topic ${signOptions?.topicArn ?? topicArn}.`,
      signOptions,
    );
    return sign({
      ...base,
      Token: token,
      SubscribeURL: `https://sns.${region}.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(base.TopicArn)}&Token=${token}`,
    });
  };

  return {
    topicArn,
    certificateUrl,
    certificate: signing.cert,
    caCertificate: ca.cert,
    fetched,
    async fetchCertificate(url) {
      fetched.push(url);
      const local = new URL(url);
      const response = await fetch(`http://127.0.0.1:${port}${local.pathname}`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.text();
    },
    notification(message, signOptions) {
      const text = typeof message === 'string' ? message : JSON.stringify(message);
      const base = common('Notification', text, signOptions);
      return sign({
        ...base,
        ...(signOptions?.subject !== undefined ? { Subject: signOptions.subject } : {}),
        UnsubscribeURL: `https://sns.${region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(base.TopicArn)}:1`,
      });
    },
    subscriptionConfirmation: (signOptions) =>
      confirmation('SubscriptionConfirmation', signOptions),
    unsubscribeConfirmation: (signOptions) => confirmation('UnsubscribeConfirmation', signOptions),
    sign,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
