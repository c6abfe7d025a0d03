/**
 * Where the reader stopped in one mailbox. `uidValidity` names the mailbox's UID
 * generation: when the server changes it (the mailbox was recreated), the old `lastUid`
 * means nothing and reading starts over. `pendingMove`/`pendingFlag` are the messages a
 * read handled whose move or flag has not yet been confirmed: they are redone first, so a
 * dropped connection between ingest and move neither re-ingests nor strands them.
 */
export interface ImapCursor {
  readonly uidValidity: string;
  readonly lastUid: number;
  readonly pendingMove: readonly number[];
  readonly pendingFlag: readonly number[];
}
