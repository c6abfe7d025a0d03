const units: Readonly<Record<string, number>> = {
  s: 1_000,
  sec: 1_000,
  secs: 1_000,
  second: 1_000,
  seconds: 1_000,
  m: 60_000,
  min: 60_000,
  mins: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
};

const patterns = [
  // "try again in 5 minutes", "retry after 30 seconds", "please try again later in 2 min"
  /\b(?:try(?:\s+again)?|retry|resend|come\s+back)\b[^.\d]{0,20}?\b(?:in|after)\s+(\d{1,6})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|h)\b/i,
  // "wait 60 seconds", "wait for 5 minutes"
  /\bwait\s+(?:for\s+)?(\d{1,6})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|h)\b/i,
];

/**
 * The wait a server asks for in its reply text, in ms: "421 4.7.0 Try again in 5 minutes"
 * → 300000. `undefined` when the text names no time.
 */
export function parseRetryAfter(text: string | undefined): number | undefined {
  if (!text) return undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const amount = Number(match[1]);
    const unit = units[(match[2] ?? '').toLowerCase()];
    if (unit !== undefined && Number.isFinite(amount)) return amount * unit;
  }
  return undefined;
}
