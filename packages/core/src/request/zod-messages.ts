import * as z from 'zod/mini';

/** The unit a size limit counts in, by what was measured. */
const UNITS: Readonly<Record<string, string>> = {
  string: ' characters',
  array: ' items',
  set: ' items',
  file: ' bytes',
};

/** What zod hands a locale: the issue's code and the fields that code carries. */
interface RawIssue {
  readonly code?: string;
  readonly expected?: string;
  readonly input?: unknown;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly inclusive?: boolean;
  readonly origin?: string;
  readonly format?: string;
  readonly values?: readonly unknown[];
  readonly divisor?: unknown;
}

function received(input: unknown): string {
  if (input === null) return 'null';
  return Array.isArray(input) ? 'array' : typeof input;
}

/**
 * mailgate's words for the issues its schemas raise, quoted in `invalid_request` details.
 * zod/mini keeps its own messages out of the bundle, and its English locale costs a gate
 * 2.7 KB for kinds of issue mailgate never raises; these say the same in fewer words.
 */
function message(issue: RawIssue): string {
  const unit = UNITS[issue.origin ?? ''] ?? '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${received(issue.input)}`;
    case 'too_big':
      return `too big: ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}${unit}`;
    case 'too_small':
      return `too small: ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}${unit}`;
    case 'invalid_format':
      return `not a valid ${issue.format ?? 'value'}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'not_multiple_of':
      return `not a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return 'invalid';
  }
}

/**
 * Installs mailgate's messages for zod, unless the host has set a locale of its own.
 * Called where the schemas are built, so that no bundler can drop it.
 */
export function useZodMessages(): void {
  if (z.config().localeError === undefined) z.config({ localeError: message });
}
