/** What the description needs of a zod issue. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly PropertyKey[];
  readonly issues?: readonly Issue[];
}

/**
 * `where: what` for the first of `issues`, and how many more there are. A path holds
 * the host's own record keys (tags, headers, …): a field name is shown as it is, any
 * other key only as a short excerpt of printable ASCII, so a detail never carries a
 * line break or a megabyte of the host's data into an outcome or a log.
 */
export function describeIssues(issues: readonly Issue[], whole: string): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${issueField(first, whole)}: ${first === undefined ? 'invalid' : what(first)}${more}`;
}

/** The field an issue is about, as `describeIssues` names it; `whole` for the input itself. */
export function issueField(issue: Issue | undefined, whole: string): string {
  if (issue === undefined) return whole;
  const path = issue.path.map(segment);
  // An unknown field is named by its key, which zod gives beside the path.
  const unknown = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
  if (unknown !== undefined) path.push(segment(unknown));
  return path.length === 0 ? whole : path.join('.');
}

function what(issue: Issue): string {
  // zod's own words for these repeat the key; say what is wrong without it.
  if (issue.code === 'unrecognized_keys') {
    const others = (issue.keys?.length ?? 1) - 1;
    return `unknown field${others > 0 ? ` (and ${others} more unknown)` : ''}`;
  }
  const inner = issue.issues?.[0];
  if (issue.code === 'invalid_key' && inner !== undefined)
    return `invalid key: ${excerpt(inner.message, 200)}`;
  return excerpt(issue.message, 200);
}

/** A path segment: an index or a field name as it is, any other key as an excerpt. */
function segment(key: PropertyKey): string {
  if (typeof key === 'number') return String(key);
  if (typeof key === 'string' && /^[A-Za-z_$][\w$-]{0,63}$/.test(key)) return key;
  return `"${excerpt(String(key), 16).replace(/["\\]/g, '?')}"`;
}

/** At most `max` characters of `text`, anything but printable ASCII as `?`. */
export function excerpt(text: string, max: number): string {
  const head = text.length > max ? text.slice(0, max) : text;
  return head.replace(/[^ -~]/g, '?') + (text.length > max ? '…' : '');
}
