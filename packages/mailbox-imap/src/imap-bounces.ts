import type { BounceRead, BounceSource } from '@mailgate/bounces';
import { ImapFlow, type ImapFlowOptions } from 'imapflow';
import type { ImapCursor } from './imap-cursor';
import { type BatchRead, readBatch } from './read-batch';
import { uidSet } from './uid-set';

export interface ImapBouncesOptions {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (port 993). Default: true on 993, else STARTTLS when offered. */
  readonly secure?: boolean;
  readonly auth: { readonly user: string; readonly pass?: string; readonly accessToken?: string };
  /** The mailbox bounces arrive in. Default `INBOX`. */
  readonly mailbox?: string;
  /** Where handled reports go (created when missing). Default `mailgate-processed`. */
  readonly moveTo?: string;
  /** Messages per read: the unit between two cursor saves. Default 100. */
  readonly batchSize?: number;
  /** Put on every event: the tenant whose sends the events protect. */
  readonly tenant?: string;
  /**
   * The gate's `unsubscribe.keys`: with them, a mailto unsubscribe in the mailbox (the
   * token in its subject) becomes an `unsubscribe` event and is moved like a report; one
   * with a forged or expired token is flagged and changes nothing. Without them such mail
   * is left alone like any other.
   */
  readonly unsubscribeKeys?: readonly string[];
  /** The cursor store's key. Default `imap:<user>@<host>/<mailbox>`. */
  readonly name?: string;
  /** More imapflow options (TLS, proxy, timeouts). Logging is off unless given here. */
  readonly client?: Partial<ImapFlowOptions>;
}

/**
 * The bounce mailbox as a source for `watchBounces`: reads the messages after the cursor's
 * UID, turns each report into delivery events, and — once the loop has ingested them and
 * stored the cursor — moves the reports to `moveTo` and flags what it could not read.
 * Ordinary mail is neither moved nor flagged. Never deletes a message.
 */
export function imapBounces(options: ImapBouncesOptions): BounceSource<ImapCursor> {
  const mailbox = options.mailbox ?? 'INBOX';
  const moveTo = options.moveTo ?? 'mailgate-processed';
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 100));
  let client: ImapFlow | undefined;
  let uidValidity = '';

  async function open(): Promise<ImapFlow> {
    if (client?.usable) return client;
    await drop();
    const fresh = new ImapFlow({
      host: options.host,
      port: options.port,
      ...(options.secure === undefined ? {} : { secure: options.secure }),
      auth: options.auth as ImapFlowOptions['auth'],
      logger: false,
      ...options.client,
    });
    // A dropped connection surfaces as a failed command; the error event must not go unhandled.
    fresh.on('error', () => undefined);
    client = fresh;
    await fresh.connect();
    const list = await fresh.list();
    if (!list.some((entry) => entry.path === moveTo)) await fresh.mailboxCreate(moveTo);
    const opened = await fresh.mailboxOpen(mailbox);
    uidValidity = String(opened.uidValidity);
    return fresh;
  }

  async function drop(): Promise<void> {
    const old = client;
    client = undefined;
    if (old) await old.logout().catch(() => old.close());
  }

  // Moves and flags what a read handled, each as one command over a UID set. UID MOVE of a
  // message already moved is a no-op.
  async function settle(imap: ImapFlow, cursor: ImapCursor): Promise<ImapCursor> {
    if (cursor.pendingFlag.length > 0)
      done(await imap.messageFlagsAdd(uidSet(cursor.pendingFlag), ['\\Flagged'], { uid: true }));
    if (cursor.pendingMove.length > 0)
      done(await imap.messageMove(uidSet(cursor.pendingMove), moveTo, { uid: true }));
    return { ...cursor, pendingMove: [], pendingFlag: [] };

    // imapflow answers a command that failed (a dropped connection among the causes) with
    // false instead of throwing: the work then stays pending in the cursor for the next
    // read. Moving or flagging UIDs that are gone is no failure (the server answers OK).
    function done(answer: unknown): void {
      if (!answer) throw new Error('the server did not confirm moving or flagging the reports');
    }
  }

  // The next batch, fetched while the loop ingests the current one: the server's time
  // overlaps with ours. Used only when the next read starts exactly where it was planned.
  let ahead: Planned | undefined;

  function plan(imap: ImapFlow, after: number, uids: readonly number[]): Planned {
    const batch = uids.slice(0, batchSize);
    const first = batch[0] ?? after + 1;
    const last = batch[batch.length - 1] ?? after;
    const result = readBatch(imap, first, last, options).then(
      (read) => ({ ok: true as const, read }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    return {
      uidValidity,
      after,
      last,
      rest: uids.slice(batch.length),
      count: batch.length,
      result,
    };
  }

  const failed = (cursor: ImapCursor | undefined, error: unknown): BounceRead<ImapCursor> => {
    ahead = undefined;
    void drop();
    return {
      events: [],
      cursor: cursor ?? { uidValidity: '', lastUid: 0, pendingMove: [], pendingFlag: [] },
      done: false,
      scanned: 0,
      failure: `imap ${options.host}: ${describe(error)}`,
    };
  };

  return {
    name: options.name ?? `imap:${options.auth.user}@${options.host}/${mailbox}`,

    async read(stored) {
      try {
        const imap = await open();
        let cursor: ImapCursor =
          stored && stored.uidValidity === uidValidity
            ? stored
            : { uidValidity, lastUid: 0, pendingMove: [], pendingFlag: [] };
        cursor = await settle(imap, cursor);
        let current = ahead;
        ahead = undefined;
        if (!current || current.uidValidity !== uidValidity || current.after !== cursor.lastUid) {
          const found = await imap.search({ uid: `${cursor.lastUid + 1}:*` }, { uid: true });
          // `n:*` names the last message even when its UID is below n: keep only the new ones.
          const uids = (found || []).filter((uid) => uid > cursor.lastUid).sort((a, b) => a - b);
          if (uids.length === 0) return { events: [], cursor, done: true, scanned: 0 };
          current = plan(imap, cursor.lastUid, uids);
        }
        const fetched = await current.result;
        if (!fetched.ok) throw fetched.error;
        if (current.rest.length > 0) ahead = plan(imap, current.last, current.rest);
        return {
          events: fetched.read.events,
          cursor: {
            uidValidity,
            lastUid: current.last,
            pendingMove: fetched.read.move,
            pendingFlag: fetched.read.flag,
          },
          done: current.rest.length === 0,
          scanned: current.count,
        };
      } catch (error) {
        return failed(stored, error);
      }
    },

    async acknowledge(cursor) {
      // A failure here is reported by the loop; the stored cursor keeps the pending work.
      return settle(await open(), cursor);
    },

    async wait(ms, signal) {
      const imap = client;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          imap?.off('exists', done);
          signal?.removeEventListener('abort', done);
          resolve();
        }
        // imapflow IDLEs on its own while nothing else runs; EXISTS wakes the loop early.
        imap?.on('exists', done);
        signal?.addEventListener('abort', done, { once: true });
      });
    },

    async close() {
      ahead = undefined;
      await drop();
    },
  };
}

/** A batch whose fetch has started: the UIDs after `after` up to `last`, and those beyond. */
interface Planned {
  readonly uidValidity: string;
  readonly after: number;
  readonly last: number;
  readonly count: number;
  readonly rest: readonly number[];
  readonly result: Promise<{ ok: true; read: BatchRead } | { ok: false; error: unknown }>;
}

// The server's words or the socket's code; never the options (they hold the password).
function describe(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'the read failed';
  const { code, responseText, message } = error as Record<string, unknown>;
  const text =
    typeof responseText === 'string' ? responseText : typeof message === 'string' ? message : '';
  return (
    [typeof code === 'string' ? code : '', text].filter(Boolean).join(' ') || 'the read failed'
  );
}
