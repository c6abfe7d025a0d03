/**
 * The `detail` texts mailgate writes itself, in one place so that they can be read (and
 * tested) together. A detail is a short lower-case English fragment for logs and support
 * screens; `describe(reason)` gives the translated title, cause and remedy.
 */
export const details = {
  noAddress: (label: string | undefined) =>
    label === undefined
      ? 'the recipient has no address'
      : `the recipient has no address labelled ${quote(label)}`,
  wrongRecipientType: (wanted: string, actual: string) =>
    `the message is for recipients of type ${quote(wanted)}; this recipient is of type ${quote(actual)}`,
  flaggedInvalid: () => 'the address was marked invalid after an earlier bounce',
  addressNotConfirmed: (state: 'unconfirmed' | 'confirmation_requested') =>
    state === 'unconfirmed'
      ? 'the address is not confirmed'
      : 'the address is not confirmed yet: a confirmation was requested',
  subscriptionPending: () => 'the subscription is waiting for confirmation',
  frequencyCapped: (count: number, max: number, days: number) =>
    `${count} of ${plural(max, 'mailing')} in ${plural(days, 'day')}`,
  monthlyLimit: (count: number, max: number) => `${count} of ${plural(max, 'message')} this month`,
  lowEngagement: (days: number) => `no engagement for ${plural(days, 'day')}`,
  sentBefore: () => 'this idempotency key was sent before',
} as const;

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Host-given names are quoted, so a label such as "home" reads as a name, not a word. */
function quote(name: string): string {
  return `"${name}"`;
}
