/** Redis (or BullMQ) did not do what was asked; what was done before it stays done. */
export interface QueueError {
  readonly kind: 'queue_unavailable' | 'invalid_input';
  /** What went wrong, without connection strings or credentials. */
  readonly message: string;
}

/** Redis URLs can carry a password: any `scheme://user:pass@` in a message is cut out. */
function withoutCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]*@/gi, '$1');
}

export function queueError(
  error: unknown,
  kind: QueueError['kind'] = 'queue_unavailable',
): QueueError {
  const message = error instanceof Error ? error.message : String(error);
  return { kind, message: withoutCredentials(message) };
}
