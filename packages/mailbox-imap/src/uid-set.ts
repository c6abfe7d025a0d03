/**
 * An IMAP UID set for ascending UIDs, runs of consecutive UIDs written as ranges
 * (`1:40,42,44:90`): one short command for a whole batch instead of a UID per message.
 * Only consecutive UIDs are joined, so no UID outside the list is named.
 */
export function uidSet(uids: readonly number[]): string {
  const sorted = [...uids].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let end = start;
  for (let i = 1; i <= sorted.length; i++) {
    const uid = sorted[i];
    if (uid !== undefined && end !== undefined && (uid === end || uid === end + 1)) {
      end = uid;
      continue;
    }
    if (start !== undefined) parts.push(start === end ? String(start) : `${start}:${end}`);
    start = uid;
    end = uid;
  }
  return parts.join(',');
}
