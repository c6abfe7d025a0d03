/** How the gate makes unsubscribe links: `createMailgate({ unsubscribe: { url, keys, categories } })`. */
export interface UnsubscribeConfig {
  /**
   * The https address where `unsubscribeHandler` answers, e.g.
   * `https://mail.example.com/unsubscribe`; the token is added as the `token` query parameter.
   */
  readonly url: string;
  /**
   * The secrets tokens are signed with (each at least 16 characters), from the host's
   * secrets: the first signs, all are accepted. To rotate, put a new key first and drop
   * the old one once its links have expired.
   */
  readonly keys: readonly string[];
  /** The categories (`context.category`) whose messages get the headers; default `['marketing']`. */
  readonly categories?: readonly string[];
  /**
   * An address whose mailbox mailgate reads (the bounce mailbox): adds a `mailto:` to
   * `List-Unsubscribe`, with the token in the subject, for receivers that do not POST.
   */
  readonly mailto?: string;
  /** How long a link works, in days; default 90 (CAN-SPAM asks for at least 30). */
  readonly expiresInDays?: number;
}

/** The config, checked and with its defaults. */
export interface ResolvedUnsubscribe {
  readonly url: URL;
  readonly keys: readonly string[];
  readonly categories: ReadonlySet<string>;
  readonly mailto: string | undefined;
  readonly ttlMs: number;
}

const DAY_MS = 86_400_000;

/** The config resolved, or what is wrong with it (the gate then refuses every send). */
export function resolveUnsubscribe(
  config: UnsubscribeConfig | undefined,
): ResolvedUnsubscribe | string | undefined {
  if (config === undefined) return undefined;
  if (typeof config !== 'object' || config === null) return 'unsubscribe must be an object';
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    return 'unsubscribe.url must be an absolute https URL';
  }
  // RFC 8058: the one-click URI must be https.
  if (url.protocol !== 'https:') return 'unsubscribe.url must be an https URL (RFC 8058)';
  const keys = config.keys;
  if (!Array.isArray(keys) || keys.length === 0)
    return 'unsubscribe.keys must list at least one key';
  if (keys.some((key) => typeof key !== 'string' || key.length < 16))
    return 'unsubscribe.keys: every key must be text of at least 16 characters';
  const categories = config.categories ?? ['marketing'];
  if (!Array.isArray(categories) || categories.some((category) => typeof category !== 'string'))
    return 'unsubscribe.categories must be a list of categories';
  const mailto = config.mailto;
  if (
    mailto !== undefined &&
    (typeof mailto !== 'string' || !/^[^\s@<>?,]+@[^\s@<>?,]+$/.test(mailto))
  )
    return 'unsubscribe.mailto must be an e-mail address';
  const days = config.expiresInDays ?? 90;
  if (typeof days !== 'number' || !(days > 0)) return 'unsubscribe.expiresInDays must be positive';
  return {
    url,
    keys: [...keys],
    categories: new Set(categories),
    mailto,
    ttlMs: days * DAY_MS,
  };
}
